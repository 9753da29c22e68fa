// The one classifier of `uses:` references, shared by findings, detectors and rules.
import type { RefKind, UsesRef } from './types.ts';
import { trimEnd } from '../text.ts';

const FULL_SHA = /^[0-9a-f]{40}$/i;
const SHA256_DIGEST = /^sha256:[0-9a-f]{64}$/i;
/** v1, v1.2, v1.2.3, 1.0, v2.0.0-beta.1, v1.2.3+build: a version, optionally with a pre-release or build suffix. */
const TAG_LIKE = /^v?\d+(\.\d+)*([-+][0-9A-Za-z][0-9A-Za-z.-]*)?$/;
const NAME = /^[A-Za-z0-9_.-]+$/;
const WORKFLOW_PATH = /^\.github\/workflows\/[^/]+\.ya?ml$/i;

/** Kind of a git ref written after `@`. */
export function refKind(ref: string | null): RefKind {
  if (ref === null || ref === '') return 'none';
  if (FULL_SHA.test(ref)) return 'sha';
  if (TAG_LIKE.test(ref)) return 'tag';
  return 'branch';
}

function base(raw: string): UsesRef {
  return {
    raw,
    kind: 'invalid',
    isWorkflow: false,
    owner: null,
    repo: null,
    path: null,
    ref: null,
    refKind: 'none',
    image: null,
    pinned: false,
    problem: null,
  };
}

/**
 * Classifies a `uses:` value.
 * @param value the value as written (surrounding spaces are ignored)
 * @param repository owner/name of the repository under evaluation, when known: refs to it are
 *   `same-repository` and count as pinned (they move with the code that calls them)
 */
export function classifyUses(value: string, repository?: string | null): UsesRef {
  const raw = typeof value === 'string' ? value : String(value);
  const v = raw.trim();
  const out = base(raw);
  if (v === '') {
    out.problem = 'empty uses';
    return out;
  }
  if (v.includes('${{')) {
    out.kind = 'expression';
    out.problem = 'expressions are not evaluated in uses:';
    return out;
  }
  if (v.startsWith('./') || v === '.') {
    out.kind = 'local';
    out.pinned = true;
    const p = v === '.' ? '' : trimEnd(v.slice(2), '/');
    out.path = p;
    out.isWorkflow = WORKFLOW_PATH.test(p);
    return out;
  }
  if (/^docker:\/\//i.test(v)) {
    out.kind = 'docker';
    let img = v.slice('docker://'.length);
    const at = img.indexOf('@');
    if (at >= 0) {
      const digest = img.slice(at + 1);
      img = img.slice(0, at);
      out.ref = digest;
      if (SHA256_DIGEST.test(digest)) {
        out.refKind = 'sha';
        out.pinned = true;
      } else {
        out.refKind = 'branch';
        out.problem = 'digest is not sha256:<64 hex>';
      }
    }
    // A tag follows the last ':' after the last '/', so registry ports (host:5000/img) stay in the name.
    const slash = img.lastIndexOf('/');
    const colon = img.indexOf(':', slash + 1);
    if (colon >= 0) {
      const tag = img.slice(colon + 1);
      img = img.slice(0, colon);
      if (out.ref === null) {
        out.ref = tag;
        out.refKind = TAG_LIKE.test(tag) ? 'tag' : 'branch';
      }
    }
    out.image = img;
    if (img === '') {
      out.kind = 'invalid';
      out.problem = 'docker:// without an image';
      out.pinned = false;
    }
    return out;
  }
  const at = v.lastIndexOf('@');
  const target = at >= 0 ? v.slice(0, at) : v;
  const ref = at >= 0 ? v.slice(at + 1) : null;
  const parts = target.split('/');
  if (parts.length < 2 || !NAME.test(parts[0]) || !NAME.test(parts[1]) || parts.slice(2).some((p) => p === '')) {
    out.problem = 'not owner/repo[/path]@ref';
    out.ref = ref;
    out.refKind = refKind(ref);
    return out;
  }
  out.owner = parts[0];
  out.repo = parts[1];
  out.path = parts.length > 2 ? parts.slice(2).join('/') : null;
  out.ref = ref;
  out.refKind = refKind(ref);
  out.isWorkflow = out.path !== null && WORKFLOW_PATH.test(out.path);
  const same = typeof repository === 'string' && repository.toLowerCase() === `${out.owner}/${out.repo}`.toLowerCase();
  if (same) {
    out.kind = 'same-repository';
    out.pinned = true;
  } else {
    out.kind = out.isWorkflow ? 'reusable-workflow' : 'action';
    out.pinned = out.refKind === 'sha';
  }
  if (ref === null || ref === '') {
    // GitHub requires a ref for remote actions and workflows.
    out.problem = 'no @ref';
    if (!same) out.kind = 'invalid';
  }
  return out;
}

/** `owner/repo` lower-cased for action / reusable-workflow / same-repository refs, else null. */
export function repoSlug(u: UsesRef): string | null {
  return u.owner !== null && u.repo !== null ? `${u.owner}/${u.repo}`.toLowerCase() : null;
}

/** A folder path in the repository as `uses: ./x` and an action's `dir` compare: no `.`, empty or trailing segments. */
export function normDir(p: string): string {
  return p
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/');
}

/** `owner/repo/path` lower-cased without the ref, for matching tool names. */
export function usesTarget(u: UsesRef): string {
  if (u.kind === 'docker') return `docker://${u.image ?? ''}`.toLowerCase();
  if (u.owner !== null && u.repo !== null) return [u.owner, u.repo, ...(u.path ? [u.path] : [])].join('/').toLowerCase();
  return u.raw.trim().toLowerCase();
}

/** Version in a trailing comment: `v4.1.1`, `tag=v4.1.1`, `pin@v4.1.1`, `4.1.1`. */
export function versionFromComment(comment: string | null): string | null {
  if (comment === null) return null;
  const m = /(?:^|[\s=@:])(v?\d+(?:\.\d+)*(?:[-+][0-9A-Za-z.-]+)?)\b/.exec(comment);
  return m ? m[1] : null;
}
