// Small helpers shared by rules: finding documents and sections, capping evidence lists.
import { documentsOf, type DocumentInfo, type DocumentRole } from '../facts/documents.ts';
import type { Heading } from '../facts/markdown.ts';
import type { Facts } from '../facts/types.ts';
import type { Evidence } from './types.ts';

export const MAX_EVIDENCE = 25;

/** Caps a list of evidence, adding a line that says how many were left out. */
export function capEvidence(items: Evidence[], max = MAX_EVIDENCE): Evidence[] {
  if (items.length <= max) return items;
  return [...items.slice(0, max), { kind: 'note', detail: `and ${items.length - max} more` }];
}

export interface SectionHit {
  doc: DocumentInfo;
  heading: Heading;
}

/**
 * The first section, in documents of the given roles (in order), whose heading matches and whose
 * body tells the reader something (not an empty heading, not a table of contents).
 */
export function findSectionIn(facts: Facts, roles: DocumentRole[], heading: RegExp, minChars = 40): SectionHit | undefined {
  for (const role of roles) {
    for (const doc of documentsOf(facts.documents, role)) {
      const h = doc.outline?.headings.find(
        (x) => heading.test(x.text) && x.sectionChars >= minChars && !(x.linkListOnly && x.sectionChars === x.ownChars),
      );
      if (h) return { doc, heading: h };
    }
  }
  return undefined;
}

export function sectionEvidence(hit: SectionHit, what: string): Evidence {
  return { kind: 'file', path: hit.doc.path, line: hit.heading.line, detail: `${what}: section "${hit.heading.text}"` };
}

export function fileEvidence(path: string, detail: string, line?: number, column?: number): Evidence {
  const e: Evidence = { kind: 'file', path, detail };
  if (line !== undefined) e.line = line;
  if (column !== undefined) e.column = column;
  return e;
}

/** A document with enough prose to say something (more than a title). */
export function substantive(doc: DocumentInfo, minChars = 80): boolean {
  return doc.outline !== null && doc.outline.proseChars >= minChars;
}

/** Turns an unknown API answer into the words of an `unknown` outcome: what failed and what would decide it. */
export function apiUnknownDetail(answer: { reason: string; permission?: string }, what: string): string {
  const perm = answer.permission ? `; a token with ${answer.permission} would decide it` : '';
  return `${what} could not be read from the GitHub API: ${answer.reason}${perm}`;
}

export type ReleaseState =
  | { state: 'released'; evidence: Evidence }
  | { state: 'none'; evidence: Evidence }
  | { state: 'unknown'; reason: string };

/**
 * Whether the project has made a release: the API's releases first, then tags in the checkout.
 * Release-gated requirements are not applicable without a release, unknown when it cannot be told.
 */
export function releaseState(facts: Facts): ReleaseState {
  const rel = facts.github.releases;
  if (rel.state === 'ok') {
    const s = rel.data.summary;
    if (s.releasesExist && s.latest)
      return { state: 'released', evidence: { kind: 'api', url: s.latest.htmlUrl, detail: `${s.publishedCount} published release(s); latest ${s.latest.tagName}` } };
    const tags = facts.github.tags;
    if (tags.state === 'ok' && tags.data.names.length > 0)
      return { state: 'released', evidence: { kind: 'api', detail: `no GitHub releases, but ${tags.data.names.length} tag(s), e.g. ${tags.data.names[0]}` } };
    if (tags.state === 'ok') return { state: 'none', evidence: { kind: 'api', detail: 'the repository has no releases and no tags' } };
  }
  if (facts.git.tags.length > 0)
    return { state: 'released', evidence: { kind: 'git', detail: `${facts.git.tags.length} tag(s) in the checkout, e.g. ${facts.git.tags[facts.git.tags.length - 1]}` } };
  const why = rel.state === 'unknown' ? rel.reason : 'tags could not be read';
  return { state: 'unknown', reason: `whether the project has made a release could not be told (${why}; no tags in the checkout)` };
}
