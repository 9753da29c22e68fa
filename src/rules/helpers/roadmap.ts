// Roadmap pages: what a project plans or has built into its product, not how it works as a project
// or how a user verifies its releases (gittuf's docs/roadmap.md, "Integrate in-toto Attestations").
import type { DocumentInfo } from '../../facts/documents.ts';
import type { Heading } from '../../facts/markdown.ts';
import { ancestors } from './sections.ts';

/** docs/roadmap.md, ROADMAP.md, docs/roadmap-2025.md. */
const ROADMAP_PATH = /(?:^|\/)roadmap[^/]*$/i;
const ROADMAP_WORD = /\broadmap\b/i;

/** A section of a roadmap: on a roadmap page (by its name or its title, "# gittuf Roadmap"), or under a "Roadmap" heading. */
export function inRoadmap(doc: DocumentInfo, h: Heading): boolean {
  if (ROADMAP_PATH.test(doc.path) || ROADMAP_WORD.test(h.text)) return true;
  const first = doc.outline?.headings[0];
  if (first !== undefined && first.level === 1 && ROADMAP_WORD.test(first.text)) return true;
  return ancestors(doc, h).some((p) => ROADMAP_WORD.test(p.text));
}
