// Security assessment documents (OSPS-SA): sections and documents found by name under docs/, files
// that look like assessments but are not read, and third-party assessments declared in Security
// Insights.
import { GEMARA_SCHEMA_VERSION, type GemaraCatalog } from '../../facts/assessment/index.ts';
import { type DocumentInfo, type DocumentRole, documentsOf } from '../../facts/documents.ts';
import type { Facts } from '../../facts/types.ts';
import type { Evidence } from '../../model/evidence.ts';
import { fileEvidence } from './evidence.ts';
import { inRepoPath, insightsEvidence, insightsField } from './insights.ts';
import { type SectionHit, substantive } from './sections.ts';

/** Sections in documents of the given roles whose heading matches, every hit (not only the first). */
export function sectionsIn(facts: Facts, roles: DocumentRole[], heading: RegExp, minChars = 80): SectionHit[] {
  const hits: SectionHit[] = [];
  for (const role of roles) {
    for (const doc of documentsOf(facts.documents, role)) {
      for (const h of doc.outline?.headings ?? []) {
        if (heading.test(h.text) && h.sectionChars >= minChars && !(h.linkListOnly && h.sectionChars === h.ownChars)) hits.push({ doc, heading: h });
      }
    }
  }
  return hits;
}

/** A file named as a threat model or attack surface analysis (docs/threat-model.md). */
export const THREAT_MODEL_PATH = /(^|\/)[^/]*(threat[-_ ]?model|attack[-_ ]?surface)[^/]*$/i;

/** A changelog's file name, with a suffix of its own (opentelemetry-collector's CHANGELOG-API.md, CHANGES.rst, release-notes.md). */
const CHANGELOG_NAME = /^(?:changelog|changes|release[-_]?notes)(?:[-_.]|$)/i;

/**
 * A changelog: its sections are the changes of a release ("🚀 New components 🚀", "Go API Changelog"), not a description
 * of the design or of the interface as it is.
 */
export function changelogFile(path: string): boolean {
  return CHANGELOG_NAME.test(path.slice(path.lastIndexOf('/') + 1));
}

/** Documents under docs/ whose path names the topic and that have enough prose to say something. */
export function docsNamed(facts: Facts, path: RegExp): DocumentInfo[] {
  return documentsOf(facts.documents, 'docs').filter((d) => path.test(d.path) && substantive(d, 200));
}

/** Files in the tree by name that no fact module reads (their content is unknown here). */
export function unreadNamed(facts: Facts, name: RegExp): string[] {
  return facts.files.filter((f) => f.kind !== 'submodule' && name.test(f.path) && !facts.documents.byPath[f.path]).map((f) => f.path);
}

const SI_THIRD = 'repository.security.assessments.third-party';

/** Evidence of `repository.security.assessments.third-party` entries: in-repo files that exist, and external links. */
export function thirdParty(facts: Facts): { inRepo: Evidence[]; external: Evidence[]; broken: Evidence[] } {
  const out = { inRepo: [] as Evidence[], external: [] as Evidence[], broken: [] as Evidence[] };
  const f = insightsField(facts, SI_THIRD);
  if (!f || !Array.isArray(f.value)) return out;
  f.value.forEach((entry: unknown, i: number) => {
    if (entry === null || typeof entry !== 'object') return;
    const e = entry as Record<string, unknown>;
    const field = `${SI_THIRD}[${i}]`;
    const name = typeof e.name === 'string' ? ` ${JSON.stringify(e.name.slice(0, 80))}` : '';
    const link = typeof e.evidence === 'string' ? e.evidence.trim() : '';
    if (!link) return; // a comment alone is a bare "yes"
    const p = inRepoPath(facts, link);
    if (p === 'missing') out.broken.push(insightsEvidence(facts, `${field}.evidence`, `third-party assessment${name}: evidence links to a file that is not in the repository`));
    else if (p) out.inRepo.push(insightsEvidence(facts, `${field}.evidence`, `third-party assessment${name}: report committed at ${p}`));
    else out.external.push({ ...insightsEvidence(facts, `${field}.evidence`, `third-party assessment${name}: report published at ${link.slice(0, 200)}`), url: link });
  });
  return out;
}

export function dedupe(items: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return items.filter((e) => {
    const k = `${e.path}:${e.line}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * A ThreatCatalog that is not complete, as evidence: a catalog in the layout of Gemara before v1
 * is said to be one, and an invalid catalog names its first schema errors, so that a maintainer
 * can tell a version to move to from a mistake to fix.
 */
export function incompleteCatalogEvidence(t: GemaraCatalog): Evidence {
  const name = `Gemara ThreatCatalog ${JSON.stringify(t.id ?? t.title ?? '')}`;
  const first = t.errors.slice(0, 3).map((e) => `${e.line !== undefined ? `line ${e.line}: ` : ''}${e.detail.replace(/^schema: /, '')}`).join('; ');
  const errors = `${t.errors.length} schema error(s) against Gemara v${GEMARA_SCHEMA_VERSION}, first: ${first}`;
  if (t.olderGemara !== undefined)
    return fileEvidence(t.path, `${name} in the layout of Gemara before v1 (${t.olderGemara}): ${t.entryCount} threat(s), not checked; ${errors}`, t.line);
  if (t.valid) return fileEvidence(t.path, `${name} that is not complete: capability references do not all resolve to a valid CapabilityCatalog`, t.line);
  return fileEvidence(t.path, `${name} that is not complete: ${errors}`, t.line);
}
