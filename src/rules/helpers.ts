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
