// Publishing to the grc.store hub: a job that calls revanite-io/pvtr-publish-results' reusable
// workflow, which runs the Privateer OSPS Baseline scanner and publishes the signed EvaluationLog.
// The hub accepts a log only when the signing certificate names that workflow at one tag per hub
// (refs/tags/v1 for hub.grc.store, refs/tags/v1.0.0-rc for hub.preview.grc.store), so the call is
// by tag by design, and a SHA-pinned call is refused.
import type { HubPublishingFact, JobFact, RefKind, UsesRef } from './types.ts';
import { usesTarget } from './uses.ts';

export const PUBLISH_WORKFLOW = 'revanite-io/pvtr-publish-results/.github/workflows/publish.yml';

/** The two hubs the workflow accepts, each with the one tag whose certificate it trusts. */
export const GRC_HUBS: Readonly<Record<string, string>> = { 'hub.grc.store': 'v1', 'hub.preview.grc.store': 'v1.0.0-rc' };
export const DEFAULT_HUB = 'hub.grc.store';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const VERSION = /^[^\s@]{1,100}$/;
const MAX_TEXT = 200;

/** A reusable workflow that must be called by tag; the reason, or null for any other `uses:`. */
export function tagRequiredReason(u: UsesRef): string | null {
  if (u.kind !== 'reusable-workflow' || u.refKind !== 'tag') return null;
  const target = usesTarget(u);
  if (target === PUBLISH_WORKFLOW) {
    return `${short(u.raw)} is called by tag on purpose: grc.store accepts a result only when its signing certificate names this workflow at refs/tags/v1 (v1.0.0-rc for the preview hub), and refuses a SHA-pinned call; not reported as an unpinned action.`;
  }
  if (target.startsWith('slsa-framework/slsa-github-generator/.github/workflows/')) {
    return `${short(u.raw)} is called by tag on purpose: the SLSA generator's reusable workflows verify their own release tag and fail when called at a commit SHA; not reported as an unpinned action.`;
  }
  return null;
}

export interface HubPublishingContext {
  path: string;
  repository: string | null;
  triggers: string[];
  recurringReasons: string[];
}

/** The publishing call of a job, or null when the job does not call the publish workflow. */
export function hubPublishingOf(job: JobFact, ctx: HubPublishingContext): HubPublishingFact | null {
  const u = job.uses;
  if (!u || u.kind !== 'reusable-workflow' || usesTarget(u) !== PUBLISH_WORKFLOW) return null;
  const problems: string[] = [];

  const targetValue = job.with['target'] ?? null;
  const resolved = targetValue ? resolveExpressions(targetValue.value, ctx.repository) : null;
  const target = resolved !== null ? parseTarget(resolved) : null;
  if (!targetValue) problems.push('no `with.target`: the workflow requires `<namespace>/<id>@<version>`');
  else if (!target) problems.push(`with.target ${JSON.stringify(short(targetValue.value))} is not \`<namespace>/<id>@<version>\` (or uses an expression that cannot be read here)`);

  const hubValue = job.with['hub'] ?? null;
  let hub: string | null = DEFAULT_HUB;
  if (hubValue) {
    hub = hubHost(hubValue.value);
    if (hub === null) {
      problems.push(
        hubValue.value.includes('${{')
          ? 'with.hub is an expression: which hub it publishes to cannot be read here'
          : `with.hub ${JSON.stringify(short(hubValue.value))} is not https://hub.grc.store or https://hub.preview.grc.store; the workflow refuses any other hub`,
      );
    }
  }

  const ref = u.ref;
  const tagOk = refProblem(u.refKind, ref, hub, problems);
  const recurring = ctx.recurringReasons.length > 0;
  if (!recurring) {
    const on = ctx.triggers.length > 0 ? ctx.triggers.join(', ') : 'no trigger';
    problems.push(`the workflow runs on ${on} only: publish from the default branch on push, on a schedule or on release`);
  }
  const dryRun = job.with['dry-run'];
  if (dryRun && /^\s*true\s*$/i.test(dryRun.value)) problems.push('dry-run: true publishes nothing');

  return {
    path: ctx.path,
    line: u.line,
    column: u.column,
    job: job.id,
    uses: short(u.raw.trim()),
    ref,
    refKind: u.refKind,
    target: target ?? null,
    targetText: targetValue ? short(targetValue.value) : null,
    targetLine: targetValue?.line ?? null,
    hub,
    hubLine: hubValue?.line ?? null,
    triggers: ctx.triggers,
    recurring,
    recurringReasons: ctx.recurringReasons,
    qualifies: recurring && tagOk && target !== null && hub !== null && problems.length === 0,
    problems,
  };
}

function refProblem(kind: RefKind, ref: string | null, hub: string | null, problems: string[]): boolean {
  if (kind === 'sha') {
    problems.push('called at a commit SHA: the hub checks that the signing certificate names refs/tags/v1 and refuses a SHA-pinned call; call it by tag (@v1)');
    return false;
  }
  if (kind !== 'tag' || ref === null) {
    problems.push(`called at ${ref ? `"${short(ref)}"` : 'no ref'}: call it by tag (@v1, or @v1.0.0-rc for the preview hub)`);
    return false;
  }
  if (hub !== null && GRC_HUBS[hub] !== ref) {
    problems.push(`${hub} accepts results only from @${GRC_HUBS[hub]}, not @${short(ref)}`);
    return false;
  }
  return true;
}

/** `https://hub.grc.store`, `hub.grc.store/`: the host, when it is one of the two hubs; else null. */
export function hubHost(value: string): string | null {
  const v = value.trim().toLowerCase().replace(/^https:\/\//, '').replace(/(?<!\/)\/+$/, '');
  return Object.hasOwn(GRC_HUBS, v) ? v : null;
}

/** `<namespace>/<id>@<version>`; the version may be an expression (null), namespace and id may not. */
export function parseTarget(text: string): { namespace: string; id: string; version: string | null } | null {
  const t = text.trim();
  if (t.length > 300) return null;
  const at = t.indexOf('@');
  const path = at >= 0 ? t.slice(0, at) : t;
  const version = at >= 0 ? t.slice(at + 1) : '';
  const parts = path.split('/');
  if (parts.length !== 2 || !NAME.test(parts[0]) || !NAME.test(parts[1])) return null;
  if (at < 0 || version === '') return null;
  return { namespace: parts[0], id: parts[1], version: VERSION.test(version) && !version.includes('${{') ? version : null };
}

/** Fills the expressions whose value is known before the run: the repository and its owner. */
function resolveExpressions(text: string, repository: string | null): string | null {
  if (!text.includes('${{')) return text;
  const [owner, name] = repository?.split('/') ?? [];
  const values: Record<string, string | undefined> = { repository: repository ?? undefined, repository_owner: owner, 'event.repository.name': name };
  let unresolved = false;
  const at = text.indexOf('@');
  const head = at >= 0 ? text.slice(0, at) : text;
  const filled = head.replace(/\$\{\{\s*github\.([a-z_.]{1,40})\s*\}\}/g, (whole, key: string) => {
    const v = values[key];
    if (v === undefined) unresolved = true;
    return v ?? whole;
  });
  if (unresolved || filled.includes('${{')) return null;
  return at >= 0 ? filled + text.slice(at) : filled;
}

function short(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > MAX_TEXT ? `${one.slice(0, MAX_TEXT - 1)}…` : one;
}
