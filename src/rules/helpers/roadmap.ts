// Roadmap pages and design proposals: what a project plans or has built into its product, not how it works as a project,
// how a user verifies its releases (gittuf's docs/roadmap.md, "Integrate in-toto Attestations") or what its interface is.
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

/** GOALS.md, docs/goals.md, docs/non-goals.md: what the project means to be. */
const GOALS_PATH = /(?:^|\/)(?:non[-_]?)?goals[^/]*$/i;
/** "Goals", "Non-goals", "Objectives", "Non-objectives", "Design goals": a title or heading stating aims. */
const GOALS_HEADING = /^(?:(?:design|project) )?(?:non[- ]?)?(?:goals|objectives)$/i;

/**
 * A section of a goals page (by its name or its title, "# Goals"), or under a "Goals" or
 * "Non-objectives" heading: an aim of the project, not a guide (envoyproxy/gateway's GOALS.md
 * "Non-objectives" › "Disrupt current Envoy usage patterns").
 */
export function inGoals(doc: DocumentInfo, h: Heading): boolean {
  if (GOALS_PATH.test(doc.path) || GOALS_HEADING.test(h.text.trim())) return true;
  const first = doc.outline?.headings[0];
  if (first !== undefined && first.level === 1 && GOALS_HEADING.test(first.text.trim())) return true;
  return ancestors(doc, h).some((p) => GOALS_HEADING.test(p.text.trim()));
}

