// OSPS-SA-03.02: A threat model with attack surface analysis.
// A complete Gemara ThreatCatalog (each threat mapped to the capabilities it affects), a threat
// model document, or a threat model / attack surface section in docs/, SECURITY, the README or
// CONTRIBUTING passes; a third-party assessment is attested, and so is a sentence of the README or the security policy, in a
// section with links, saying a threat model was made (spire's). A threat model found by name whose
// content is not read is unknown, and so is a ThreatCatalog in the layout of Gemara before v1
// (privateer's .github/threat-assessment.yaml): it is a threat model, but its completeness is
// judged by a schema it was not written for. Applies once the project has made a release: evidence
// found passes whatever the release state; without evidence the release state decides between
// fail, not-applicable and unknown (releaseGated, helpers/release.ts).
import { completeThreatCatalogs, GEMARA_SCHEMA_VERSION } from '../facts/assessment/index.ts';
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { dedupe, docsNamed, incompleteCatalogEvidence, sectionsIn, THREAT_MODEL_PATH, thirdParty, unreadNamed } from './helpers/assessment.ts';
import { capEvidence, fileEvidence } from './helpers/evidence.ts';
import { releaseGated, releaseState } from './helpers/release.ts';
import { sectionEvidence, sectionLinks } from './helpers/sections.ts';
import { findStatementIn, statementEvidence } from './helpers/statements.ts';
import { attested, type Outcome, pass, unknown } from './types.ts';

const THREAT_HEADING = /\bthreat[- ]?model(s|ling|ing)?\b|\battack (surface|vectors?|trees?)\b|\bthreats?( and mitigations| analysis)?$|\bstride\b/i;

/** A sentence that names a threat model. */
const THREAT_MODEL_SAID = /\bthreat[- ]?model(?:s|ling|ing)?\b/i;
/**
 * One that says none was made, that one is planned or wished for, or that tells users to make their own; or one that
 * opens by telling the reader to weigh it (webpki's SECURITY.md "Consider the threat model." before reporting a bug),
 * which says nothing of a model made or where it is.
 */
const NOT_MADE = /^\W*(?:please\s+)?(?:consider|remember|mind|(?:keep|bear)\s+in\s+mind|think\s+about|take\s+into\s+account)\b|\b(?:not|no|never|without|plan\w*|will|todo|future|upcoming|should|could|would|help\w*|your|yours|own)\b/i;

export const id = 'OSPS-SA-03.02';

export function evaluate(facts: Facts): Outcome {
  const a = facts.assessment;
  const completeCats = completeThreatCatalogs(a.gemara);
  const evidence: Evidence[] = completeCats.map((t) =>
    fileEvidence(t.path, `Gemara ThreatCatalog ${JSON.stringify(t.id ?? t.title ?? '')}: ${t.entryCount} threat(s), each mapped to the capabilities (attack surface) it affects`, t.line),
  );
  for (const d of docsNamed(facts, THREAT_MODEL_PATH)) evidence.push(fileEvidence(d.path, 'threat model document', 1));
  for (const hit of sectionsIn(facts, ['docs', 'security', 'readme', 'contributing'], THREAT_HEADING)) evidence.push(sectionEvidence(hit, 'threat model'));
  // Self-assessments are read by their own module; their headings are in `sections` only for
  // template sections, so threat-model headings inside them come from the docs outline above.
  if (evidence.length > 0) return pass(capEvidence(dedupe(evidence)));

  const tp = thirdParty(facts);
  if (tp.inRepo.length > 0 || tp.external.length > 0)
    return attested(capEvidence([...tp.inRepo, ...tp.external]), 'Commit a threat model with its attack surface analysis (a Gemara ThreatCatalog with its CapabilityCatalog, or a "Threat model" document under docs/) so it can be checked.');
  // The README or the security policy says, in a section with links, that a threat model was made (spire's README "Security
  // Assessments": "Please find the reports and supporting material, including the threat model exercise results, below").
  const said = findStatementIn(facts, ['readme', 'security'], THREAT_MODEL_SAID, { reject: NOT_MADE, anySection: true, section: (h, doc) => sectionLinks(doc, h).length > 0 });
  if (said)
    return attested([statementEvidence(said, 'says a threat model was made and links its results')], 'Commit the threat model with its attack surface analysis (a Gemara ThreatCatalog with its CapabilityCatalog, or a "Threat model" document under docs/) so it can be checked.');

  const seen: Evidence[] = [...tp.broken];
  for (const t of a.gemara.threatCatalogs) seen.push(incompleteCatalogEvidence(t));
  const older = a.gemara.threatCatalogs.find((t) => t.olderGemara !== undefined);
  if (older && releaseState(facts).state !== 'none')
    return unknown(
      `${older.path} is a Gemara ThreatCatalog of ${older.entryCount} threat(s) in the layout of Gemara before v1; this check validates catalogs against Gemara v${GEMARA_SCHEMA_VERSION} only, so whether it is complete (each threat mapped to the capabilities it affects) is not decided`,
      `Move ${older.path} to Gemara v${GEMARA_SCHEMA_VERSION}: metadata.type: ThreatCatalog and metadata.gemara-version, groups with a group on each threat, the imported lists merged into imports, and the capabilities in a CapabilityCatalog of their own that the threats reference.`,
      capEvidence(seen),
    );
  const unread = unreadNamed(facts, /(^|\/)[^/]*threat[-_ ]?model[^/]*\.(md|markdown|mdx|rst|txt|adoc)$/i);
  if (unread.length > 0)
    return unknown(
      `${unread[0]} looks like a threat model by its name, but its content is not read by this check (only Markdown under docs/ and the well-known community files are)`,
      'Move the threat model under docs/ (for example docs/threat-model.md), or commit it as a Gemara ThreatCatalog.',
      [...seen, fileEvidence(unread[0], 'threat model found by name, content not read')],
    );
  if (seen.length === 0) seen.push({ kind: 'note', detail: 'no threat model found: no complete Gemara ThreatCatalog, no threat model or attack surface section under docs/ or in SECURITY.md' });
  return releaseGated(
    facts,
    capEvidence(seen),
    'Model the threats to the project and its attack surface and commit the result: a Gemara ThreatCatalog with the CapabilityCatalog it references, or a docs/threat-model.md with "Threat model" and "Attack surface" sections; reference it from Security Insights.',
  );
}
