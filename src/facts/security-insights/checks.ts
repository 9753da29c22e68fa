// Checks beyond the schema, reported as warnings: stale dates, links into the repository that
// point at missing files, malformed URLs and mailto links, contact lists without a primary.
import { placeholderReason, templateReason } from '../placeholder.ts';
import type { RepoSnapshot } from '../snapshot.ts';
import type { NodePositions } from './parse.ts';
import { joinPath } from './parse.ts';
import { schemaAt, toSchemaPath } from './schema.ts';
import { positionOf, quote } from './validate.ts';
import type { Diagnostic, PlaceholderField } from './types.ts';
import { cutAt, trimEnd } from '../text.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
const MAX_STRINGS = 5000;

export interface CheckContext {
  file: string;
  positions: Map<string, NodePositions>;
  snapshot: RepoSnapshot;
  now: Date;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function get(root: unknown, field: string): unknown {
  let cur: unknown = root;
  for (const seg of field.split('.')) {
    if (!isObj(cur) || !Object.hasOwn(cur, seg)) return undefined;
    cur = cur[seg];
  }
  return cur;
}

function diag(ctx: CheckContext, severity: Diagnostic['severity'], field: string, message: string, which: 'key' | 'value' = 'value'): Diagnostic {
  const p = positionOf(ctx.positions, field, which);
  return { severity, message, path: ctx.file, line: p.line, column: p.column, field: field || undefined };
}

/** Parses YYYY-MM-DD as a UTC date, or null. */
export function parseDate(v: unknown): Date | null {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return null;
  const d = new Date(`${v}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v ? null : d;
}

function dateChecks(data: unknown, ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const now = ctx.now.getTime();
  for (const f of ['header.last-updated', 'header.last-reviewed']) {
    const d = parseDate(get(data, f));
    if (!d) continue;
    const ageDays = Math.floor((now - d.getTime()) / DAY_MS);
    if (ageDays > 365) {
      out.push(diag(ctx, 'warning', f, `\`${f}\` is ${ageDays} days old (more than a year); review the file and update the date.`));
    } else if (d.getTime() - now > DAY_MS) {
      out.push(diag(ctx, 'warning', f, `\`${f}\` is in the future (${get(data, f) as string}).`));
    }
  }
  const updated = parseDate(get(data, 'header.last-updated'));
  const reviewed = parseDate(get(data, 'header.last-reviewed'));
  if (updated && reviewed && reviewed.getTime() < updated.getTime()) {
    out.push(diag(ctx, 'info', 'header.last-reviewed', '`header.last-reviewed` is earlier than `header.last-updated`; a review normally follows the last update.'));
  }
  return out;
}

/** Checks on a legacy (1.x) file: its expiration date. */
export function legacyChecks(data: unknown, ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const raw = get(data, 'header.expiration-date');
  const exp = typeof raw === 'string' ? new Date(raw) : null;
  if (exp && !Number.isNaN(exp.getTime()) && exp.getTime() < ctx.now.getTime()) {
    out.push(diag(ctx, 'warning', 'header.expiration-date', `\`header.expiration-date\` (${quote(raw as string)}) is in the past; the file has expired.`));
  }
  return out;
}

/** Every string value in the document with its dot path (bounded). */
function strings(root: unknown): { field: string; value: string; key: string }[] {
  const out: { field: string; value: string; key: string }[] = [];
  const stack: { v: unknown; field: string; key: string; depth: number }[] = [{ v: root, field: '', key: '', depth: 0 }];
  while (stack.length > 0 && out.length < MAX_STRINGS) {
    const { v, field, key, depth } = stack.pop() as { v: unknown; field: string; key: string; depth: number };
    if (depth > 64) continue;
    if (typeof v === 'string') out.push({ field, value: v, key });
    else if (Array.isArray(v)) v.forEach((x, i) => stack.push({ v: x, field: `${field}[${i}]`, key, depth: depth + 1 }));
    else if (isObj(v)) for (const k of Object.keys(v)) stack.push({ v: v[k], field: joinPath(field, k), key: k, depth: depth + 1 });
  }
  return out.reverse();
}

/** owner/repo of a GitHub URL, lower-cased, or null. */
export function githubRepoOf(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const m = /^https?:\/\/(?:www\.)?github\.com\/([^/\s]+)\/([^/\s#?]+?)(?:\.git)?\/?(?:[#?].*)?$/i.exec(url);
  return m ? `${m[1]}/${m[2]}`.toLowerCase() : null;
}

/**
 * The repository path a URL points into, when it is a blob/tree/raw URL of the evaluated repository.
 * Returns the candidate paths, best first. GitHub's URLs do not say where the ref ends and the path
 * begins, so the first candidate takes a plain ref (`main`, `v1.2.0`, a commit); later candidates
 * take a ref with slashes, and only when it could be a branch: `release/1.2` yes, but not
 * `main/.github` (a ref component cannot begin with a dot), `main/docs` (a branch `main` excludes
 * branches under `main/`), nor anything under a commit or a version tag. Callers take the first
 * candidate that exists, so a slashed ref is used only when the plain split's path is missing.
 */
export function repoPathCandidates(url: string, repo: string): string[] | null {
  let rest: string | null = null;
  const gh = /^https?:\/\/(?:www\.)?github\.com\/([^/]+)\/([^/]+)\/(?:blob|tree|raw)\/(.+)$/i.exec(url);
  const raw = /^https?:\/\/raw\.githubusercontent\.com\/([^/]+)\/([^/]+)\/(.+)$/i.exec(url);
  const m = gh ?? raw;
  if (!m || `${m[1]}/${m[2]}`.toLowerCase() !== repo) return null;
  rest = cutAt(m[3], '#?');
  let segs = rest.split('/').filter((s) => s !== '');
  if (raw && segs[0] === 'refs' && (segs[1] === 'heads' || segs[1] === 'tags')) segs = segs.slice(2);
  // A ref component git accepts (git check-ref-format), and a first component that can have others under it.
  const validComponent = (c: string) => !/^\.|\.lock$|\.$|\.\.|@\{|[\x00-\x20~^:?*[\\\x7f]/.test(c) && c !== '@';
  const leaf = (c: string) => /^(?:[0-9a-f]{40}|[0-9a-f]{64}|HEAD|main|master|trunk|gh-pages|v?\d+(?:\.\d+)+(?:[-+][\w.]+)?)$/i.test(c);
  const branchLike = (ref: string[]) => ref.length === 1 || (!leaf(ref[0]) && ref.every(validComponent));
  // A URL that ends at the ref (`/tree/main`) is the repository's root.
  if (segs.length === 1) return [''];
  const out: string[] = [];
  for (let i = 1; i < segs.length && i <= 10; i++) {
    if (!branchLike(segs.slice(0, i))) continue;
    try {
      out.push(segs.slice(i).map((s) => decodeURIComponent(s)).join('/'));
    } catch {
      /* malformed escape: skip this split */
    }
  }
  return out;
}

/** Pages GitHub serves under a repository; a first segment outside them is no GitHub page. */
const REPO_ROUTES = new Set(
  'actions activity agents archive attestations blame blob branches codespaces commit commits community compare contributors custom-properties deployments discussions edit find forks graphs issues labels milestone milestones models network new packages projects pull pulls pulse raw releases rules search security settings stargazers tags tree watchers wiki'.split(' '),
);

/** A document's or license's file name: what a hand-written link to a file of the repository ends in. */
const FILE_NAME = /\.(?:md|markdown|mdx|rst|txt|adoc|asciidoc|ya?ml|json|html?)$|^(?:LICEN[CS]E|COPYING|NOTICE)$/i;

/**
 * The path a hand-written link of this repository without `blob/<ref>/` means
 * (`https://github.com/o/r/SECURITY.md`, which GitHub answers with a 404): the rest of the URL, when
 * its first segment is not one of GitHub's pages and it ends in a file name. Null for anything else.
 */
export function bareRepoPath(url: string, repo: string): string | null {
  const m = /^https?:\/\/(?:www\.)?github\.com\/([^/]+)\/([^/]+)\/([^#?]+)/i.exec(url);
  if (!m || `${m[1]}/${m[2]}`.toLowerCase() !== repo) return null;
  const segs = m[3].split('/').filter((s) => s !== '');
  if (segs.length === 0 || REPO_ROUTES.has(segs[0].toLowerCase()) || !FILE_NAME.test(segs[segs.length - 1])) return null;
  try {
    return segs.map((s) => decodeURIComponent(s)).join('/');
  } catch {
    return null;
  }
}

function existsInSnapshot(snapshot: RepoSnapshot, path: string): boolean {
  const p = trimEnd(path.replace(/^\.\//, ''), '/');
  if (p === '') return true;
  if (snapshot.has(p)) return true;
  const prefix = p + '/';
  return snapshot.files.some((f) => f.path.startsWith(prefix));
}

function linkChecks(data: unknown, ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const repo = githubRepoOf(get(data, 'repository.url'));
  for (const { field, value, key } of strings(data)) {
    if (out.length > 100) break;
    const v = value.trim();
    if (/^https?:\/\//i.test(v)) {
      let u: URL | null = null;
      try {
        u = new URL(v);
      } catch {
        out.push(diag(ctx, 'warning', field, `\`${field}\` does not parse as a URL: ${quote(v)}.`));
        continue;
      }
      if (!u.hostname.includes('.') && u.hostname !== 'localhost') {
        out.push(diag(ctx, 'warning', field, `\`${field}\` has a host without a domain (${quote(u.hostname)}); is the URL complete?`));
      }
      if (/^(localhost|127\.|0\.0\.0\.0|\[::1\])/.test(u.hostname)) {
        out.push(diag(ctx, 'warning', field, `\`${field}\` points at a local address (${quote(u.hostname)}), which readers cannot open.`));
      }
      if (repo && !v.includes('{')) {
        const cands = repoPathCandidates(v, repo);
        if (cands && cands.length > 0 && !cands.some((c) => existsInSnapshot(ctx.snapshot, c))) {
          out.push(diag(ctx, 'warning', field, `\`${field}\` links to ${quote(cands[0])} in this repository, but no such file is in the checked-out tree.`));
        }
      }
    } else if (/^mailto:/i.test(v)) {
      const addr = v.slice(7).split('?')[0];
      let decoded = addr;
      try {
        decoded = decodeURIComponent(addr);
      } catch {
        /* keep raw */
      }
      if (!EMAIL.test(decoded)) out.push(diag(ctx, 'warning', field, `\`${field}\` is a mailto link without a valid address: ${quote(v)}.`));
    } else if (key === 'uri' && isRelativePath(v)) {
      if (!existsInSnapshot(ctx.snapshot, v)) {
        out.push(diag(ctx, 'warning', field, `\`${field}\` is a relative path ${quote(v)}, but no such file is in the repository.`));
      }
    }
  }
  return out;
}

function isRelativePath(v: string): boolean {
  if (v === '' || v.length > 500 || /\s/.test(v)) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(v)) return false; // has a scheme (pkg:, oci:, ...)
  if (v.startsWith('/') || v.split('/').includes('..')) return false;
  return v.startsWith('./') || v.includes('/') || /\.(md|txt|ya?ml|json|rst|adoc|html)$/i.test(v);
}

function contactChecks(data: unknown, ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of ['project.administrators', 'repository.core-team', 'repository.security.champions']) {
    const list = get(data, f);
    if (!Array.isArray(list) || list.length === 0) continue;
    const primaries = list.filter((c) => isObj(c) && c.primary === true).length;
    if (primaries === 0) out.push(diag(ctx, 'warning', f, `No entry of \`${f}\` has \`primary: true\`; mark the first point of contact.`, 'key'));
    else if (primaries > 1) out.push(diag(ctx, 'warning', f, `${primaries} entries of \`${f}\` have \`primary: true\`; the specification says only one should.`, 'key'));
  }
  const contact = get(data, 'project.vulnerability-reporting.contact');
  if (isObj(contact) && contact.email === undefined && contact.social === undefined) {
    out.push(
      diag(ctx, 'warning', 'project.vulnerability-reporting.contact', '`project.vulnerability-reporting.contact` has no `email` or `social`; reporters need a way to reach it.', 'key'),
    );
  }
  return out;
}

function structureChecks(data: unknown, ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!isObj(data)) return out;
  const child = get(data, 'header.project-si-source') !== undefined;
  if (!child && data.project === undefined) {
    out.push(
      diag(ctx, 'warning', '', 'The file has no `project` section; the specification requires it in single-repository files and parent files (child files set `header.project-si-source` instead).', 'key'),
    );
  }
  if (child && data.repository === undefined) {
    out.push(diag(ctx, 'warning', '', 'The file sets `header.project-si-source` (a child file) but has no `repository` section, which the specification requires in child files.', 'key'));
  }
  if (child && data.project !== undefined) {
    out.push(diag(ctx, 'info', 'project', 'The file sets `header.project-si-source` and also has a `project` section; the specification says child files omit `project` and inherit it.', 'key'));
  }
  if (!child && data.project !== undefined && data.repository === undefined) {
    out.push(diag(ctx, 'info', '', 'The file has no `repository` section; that is only expected in a parent file of a multi-repository project.', 'key'));
  }
  return out;
}

/** Free-text fields, read sentence by sentence: "TODO: not done yet." is a placeholder, a note that mentions a TODO among real words is not. */
const FREE_TEXT_KEYS = new Set(['comment']);
const MAX_PLACEHOLDER_DIAGNOSTICS = 100;

/** Whether the schema requires `key` in the mapping at `field`'s parent (so an empty string there stands for a missing value). */
function requiredHere(field: string, key: string): boolean {
  const parent = field.endsWith(`.${key}`) ? field.slice(0, -key.length - 1) : '';
  return schemaAt(toSchemaPath(parent))?.required?.includes(key) === true;
}

/**
 * Placeholder values (src/facts/placeholder.ts): our own draft's TODO-… names and
 * https://TODO-….example URLs, example.com hosts, you@…, <your-email>, changeme; and empty strings
 * where the schema requires a value. A warning per field, on the value's line.
 */
export function placeholderChecks(data: unknown, ctx: CheckContext): { diagnostics: Diagnostic[]; fields: PlaceholderField[] } {
  const diagnostics: Diagnostic[] = [];
  const fields: PlaceholderField[] = [];
  for (const { field, value, key } of strings(data)) {
    if (fields.length >= MAX_PLACEHOLDER_DIAGNOSTICS) break;
    let reason: string | null;
    if (value.trim() === '') reason = requiredHere(field, key) ? 'empty, where the schema requires a value' : null;
    else if (FREE_TEXT_KEYS.has(key)) reason = templateReason(value);
    else if (/^-----BEGIN /.test(value.trim())) reason = null;
    else reason = placeholderReason(value);
    if (reason === null) continue;
    const d = diag(ctx, 'warning', field, `\`${field}\` is a placeholder (${reason}): ${quote(value)}. Replace it with the project's real value, or remove the field if it is optional; a placeholder is not evidence.`);
    diagnostics.push(d);
    fields.push({ field, line: d.line, column: d.column, reason });
  }
  return { diagnostics, fields };
}

/** All checks beyond the schema, for a 2.x document. */
export function extraChecks(data: unknown, ctx: CheckContext): Diagnostic[] {
  return [...structureChecks(data, ctx), ...dateChecks(data, ctx), ...contactChecks(data, ctx), ...linkChecks(data, ctx)];
}
