// Evidence that is one link away. A CONTRIBUTING.md that says "the rules are in
// contribute/README.md" delegates to that file; a SECURITY.md may do the same with docs/security.md;
// a README of a monorepo or chart collection lists its components and links to each one's README.
// Links are followed inside the repository only (relative paths that stay under the root, and
// blob/tree URLs of this same repository), up to two hops, a bounded number of documents, each
// read once through the snapshot.
import type { MarkdownOutline } from './markdown.ts';
import { type DocSite, sitePathCandidates } from './doc-site.ts';
import { readOutline } from './outlines.ts';
import { repoPathCandidates } from './security-insights/checks.ts';
import type { RepoSnapshot } from './snapshot.ts';

/** Hops followed from a document found by its name. */
export const MAX_HOPS = 2;
/** Documents added by following links, in all. */
export const MAX_LINKED_DOCS = 40;
/** Links examined per document. */
const MAX_LINKS_PER_DOC = 200;

/** Text documents a link may lead to; a folder leads to its README. */
const TEXT_DOC = /\.(md|markdown|mdx|rst|txt|adoc|asciidoc)$/i;
const FOLDER_INDEX = ['README.md', 'readme.md', 'Readme.md', 'README.markdown', 'README.rst', 'README.txt', 'README', 'index.md', '_index.md'];

/**
 * The repository path a link in `from` points at, when it is a text document (or a folder with a
 * README) inside this repository; null for anything else (another site, another repository, a path
 * that climbs out of the root, a missing file, an anchor in the same page). A page of the project's
 * documentation site (`site`) leads to the file it is built from.
 */
export function resolveDocLink(snap: RepoSnapshot, from: string, target: string, repository: string | null, site: DocSite | null = null): string | null {
  const raw = target.trim();
  if (raw === '' || raw.startsWith('#')) return null;
  let candidates: string[];
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) {
    if (!/^https?:/i.test(raw)) return null;
    // A page of the project's documentation site is the file of this tree it is built from (doc-site.ts).
    candidates = (repository ? repoPathCandidates(raw, repository.toLowerCase()) : null) ?? (site ? sitePathCandidates(site, raw) : null) ?? [];
  } else {
    const clean = raw.replace(/[#?][^]*/, '');
    let decoded: string;
    try {
      decoded = decodeURIComponent(clean);
    } catch {
      return null;
    }
    const dir = decoded.startsWith('/') ? '' : from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
    const p = inside(dir, decoded);
    candidates = p === null ? [] : [p];
  }
  for (const c of candidates) {
    const p = c.replace(/(?<!\/)\/+$/, '');
    const entry = p === '' ? undefined : snap.get(p);
    if (entry && entry.kind === 'file') return TEXT_DOC.test(p) || !p.slice(p.lastIndexOf('/') + 1).includes('.') ? p : null;
    if (entry) return null;
    for (const name of FOLDER_INDEX) {
      const index = p === '' ? name : `${p}/${name}`;
      if (snap.get(index)?.kind === 'file') return index;
    }
  }
  return null;
}

/** `rel` resolved under `dir`, or null when it climbs out of the repository. */
function inside(dir: string, rel: string): string | null {
  const parts = dir === '' ? [] : dir.split('/');
  for (const s of rel.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(s);
  }
  return parts.join('/');
}

export interface LinkedDocument {
  path: string;
  outline: MarkdownOutline | null;
  unreadable?: string;
  /** The document and line whose link led here. */
  via: { path: string; line: number };
  hops: number;
}

/**
 * Follows links from `start` (documents with their outlines) breadth first, up to MAX_HOPS, keeping
 * the links `follow` accepts; `known` gives the outline of a document already read (never read
 * again). Every other document is read once, through the snapshot, and outlined.
 */
export function followLinks(
  snap: RepoSnapshot,
  start: Array<{ path: string; outline: MarkdownOutline | null }>,
  repository: string | null,
  follow: (link: { text: string; target: string; line: number }, from: { path: string; outline: MarkdownOutline | null }, to: string) => boolean,
  known: (path: string) => { outline: MarkdownOutline | null; unreadable?: string } | undefined,
  budget: { left: number },
  site: DocSite | null = null,
): LinkedDocument[] {
  const out: LinkedDocument[] = [];
  const seen = new Set<string>(start.map((d) => d.path));
  let frontier: Array<{ path: string; outline: MarkdownOutline | null; hops: number }> = start.map((d) => ({ ...d, hops: 0 }));
  while (frontier.length > 0) {
    const next: typeof frontier = [];
    for (const from of frontier) {
      if (from.hops >= MAX_HOPS || !from.outline) continue;
      for (const link of from.outline.links.slice(0, MAX_LINKS_PER_DOC)) {
        if (budget.left <= 0) return out;
        const to = resolveDocLink(snap, from.path, link.target, repository, site);
        if (to === null || seen.has(to) || !follow(link, from, to)) continue;
        seen.add(to);
        budget.left--;
        const already = known(to);
        let outline: MarkdownOutline | null = already?.outline ?? null;
        let unreadable: string | undefined = already?.unreadable;
        if (!already) {
          const r = readOutline(snap, to);
          if (r.ok) outline = r.outline;
          else unreadable = r.reason;
        }
        const doc: LinkedDocument = { path: to, outline, via: { path: from.path, line: link.line }, hops: from.hops + 1, ...(unreadable ? { unreadable } : {}) };
        out.push(doc);
        next.push({ path: to, outline, hops: from.hops + 1 });
      }
    }
    frontier = next;
  }
  return out;
}
