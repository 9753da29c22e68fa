// OSPS-SA: security assessment — design documentation of actors and actions (SA-01.01),
// descriptions of external interfaces (SA-02.01), a security assessment (SA-03.01) and a threat
// model with attack surface analysis (SA-03.02). All four apply "when the project has made a
// release": evidence found passes whatever the release state; without evidence the release state
// decides between fail, not-applicable and unknown.
// SA-03.01 and SA-03.02 read the same facts as the Inspector objective (src/objectives/inspector.ts)
// and agree with it: a complete self-assessment or a complete Gemara ThreatCatalog, and a Security
// Insights entry that says the assessment is not done wins over a file that looks done.
import { completeThreatCatalogs } from '../facts/assessment/index.ts';
import { documentsOf, type DocumentInfo, type DocumentRole } from '../facts/documents.ts';
import type { Facts } from '../facts/types.ts';
import { capEvidence, fileEvidence, releaseState, sectionEvidence, substantive, type SectionHit } from './helpers.ts';
import { declaration, insightsEvidence, insightsField, inRepoPath } from './insights.ts';
import type { Evidence } from '../model/evidence.ts';
import { attested, fail, notApplicable, pass, unknown, type Outcome, type Rule } from './types.ts';

/**
 * Applies the release gate when no evidence was found: released → fail, no release →
 * not-applicable, cannot tell → unknown. `seen` is evidence that explains the miss.
 */
export function releaseGated(facts: Facts, seen: Evidence[], remediation: string): Outcome {
  const rel = releaseState(facts);
  if (rel.state === 'released') return fail([...seen, rel.evidence], remediation);
  if (rel.state === 'none') return notApplicable('the project has not made a release, so this requirement does not apply yet', [...seen, rel.evidence]);
  return unknown(`${rel.reason}; the requirement applies once the project has made a release`, remediation, seen);
}

/** Sections in documents of the given roles whose heading matches, every hit (not only the first). */
function sectionsIn(facts: Facts, roles: DocumentRole[], heading: RegExp, minChars = 80): SectionHit[] {
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

/** Documents under docs/ whose path names the topic and that have enough prose to say something. */
function docsNamed(facts: Facts, path: RegExp): DocumentInfo[] {
  return documentsOf(facts.documents, 'docs').filter((d) => path.test(d.path) && substantive(d, 200));
}

/** Files in the tree by name that no fact module reads (their content is unknown here). */
function unreadNamed(facts: Facts, name: RegExp): string[] {
  return facts.files.filter((f) => f.kind !== 'submodule' && name.test(f.path) && !facts.documents.byPath[f.path]).map((f) => f.path);
}

// SA-01.01 ----------------------------------------------------------------------------------

const DESIGN_HEADING = /\b(architecture|design( overview| documentation)?|how (it|\w+) works|system overview|components|internals|actors|data ?flow|sequence diagrams?)\b/i;
const DESIGN_PATH = /(^|\/)(architecture|design|internals|how[-_ ]it[-_ ]works)[^/]*$|\/(architecture|design)\//i;
const DESIGN_FILE = /^(docs?\/)?(architecture|design)(\.[a-z]+)?$/i;

export const sa0101: Rule = {
  id: 'OSPS-SA-01.01',
  evaluate(facts: Facts): Outcome {
    const evidence: Evidence[] = [];
    // A self-assessment whose Actors and Actions sections are filled documents exactly this.
    for (const doc of facts.assessment.selfAssessments) {
      const actors = doc.sections.find((s) => s.id === 'actors' && s.state === 'filled');
      const actions = doc.sections.find((s) => s.id === 'actions' && s.state === 'filled');
      if (actors && actions) {
        evidence.push(fileEvidence(doc.path, `self-assessment describes the system's actors: section "${actors.heading ?? actors.title}"`, actors.line));
        evidence.push(fileEvidence(doc.path, `self-assessment describes the system's actions: section "${actions.heading ?? actions.title}"`, actions.line));
      }
    }
    for (const d of docsNamed(facts, DESIGN_PATH)) evidence.push(fileEvidence(d.path, 'design documentation', 1));
    for (const hit of sectionsIn(facts, ['docs', 'readme', 'contributing'], DESIGN_HEADING)) evidence.push(sectionEvidence(hit, 'design documentation'));
    const si = declaration(facts, 'project.documentation.design', 'design documentation');
    if (si.state === 'in-repo') evidence.push(si.evidence);
    if (evidence.length > 0) return pass(capEvidence(dedupe(evidence)));
    if (si.state === 'declared') return attested([si.evidence], 'Commit the design documentation to the repository (for example docs/architecture.md) so it can be checked, and link it from project.documentation.design.');

    const seen: Evidence[] = [];
    if (si.state === 'broken-link') seen.push(si.evidence);
    const unread = unreadNamed(facts, DESIGN_FILE);
    const remediation =
      'Add design documentation that names every actor (users, services, subsystems that influence one another) and the actions between them, for example docs/architecture.md or the Actors and Actions sections of a security self-assessment, and link it from Security Insights project.documentation.design.';
    if (unread.length > 0)
      return unknown(
        `${unread[0]} looks like design documentation by its name, but its content is not read by this check (only Markdown under docs/ and the well-known community files are)`,
        'Move the design document under docs/ (for example docs/architecture.md) or link it from Security Insights project.documentation.design.',
        [...seen, fileEvidence(unread[0], 'design document found by name, content not read')],
      );
    seen.push({ kind: 'note', detail: 'no design documentation found: no architecture or design document under docs/, no Architecture/Design section, no Actors and Actions sections in a self-assessment, no project.documentation.design in Security Insights' });
    return releaseGated(facts, seen, remediation);
  },
};

// SA-02.01 ----------------------------------------------------------------------------------

const INTERFACE_HEADING = /\b(api|apis|interfaces?|usage|command[- ]line|cli|commands|inputs|outputs|endpoints|(configuration |cli |api |command )?reference|options|flags|arguments|sdk|protocol|webhooks?)\b/i;
const INTERFACE_PATH = /(^|\/)(api|apis|reference|usage|cli|commands|interfaces?|endpoints|sdk|protocol)([-_.][^/]*)?(\/|\.(md|markdown|mdx)$)/i;
const NOT_INTERFACE = /\?|\bquestions?\b|\bfaq\b|troubleshoot|known issues/i;
const INTERFACE_SPEC = /(^|\/)[^/]*(openapi|swagger|asyncapi)[^/]*\.(ya?ml|json)$/i;

export const sa0201: Rule = {
  id: 'OSPS-SA-02.01',
  evaluate(facts: Facts): Outcome {
    const evidence: Evidence[] = [];
    for (const f of facts.files) {
      if (f.kind !== 'submodule' && INTERFACE_SPEC.test(f.path) && !/(^|\/)(node_modules|vendor|third_party|testdata|fixtures?)\//i.test(f.path))
        evidence.push(fileEvidence(f.path, 'machine-readable interface description (OpenAPI/AsyncAPI)', 1));
    }
    for (const d of docsNamed(facts, INTERFACE_PATH)) evidence.push(fileEvidence(d.path, 'interface documentation', 1));
    for (const hit of sectionsIn(facts, ['readme', 'docs'], INTERFACE_HEADING)) {
      // Questions and answers about usage are not a description of the interface.
      if (NOT_INTERFACE.test(hit.heading.text) || /(^|\/)faq[^/]*$/i.test(hit.doc.path)) continue;
      evidence.push(sectionEvidence(hit, 'describes an external interface'));
    }
    if (evidence.length > 0) {
      evidence.push({ kind: 'note', detail: 'whether every external interface of the released assets is described is for a reviewer to confirm' });
      return pass(capEvidence(dedupe(evidence)));
    }
    const si = declaration(facts, 'project.documentation.design', 'design documentation');
    if (si.state === 'in-repo' || si.state === 'declared')
      return attested([si.evidence], 'Describe every external interface (API, command line, inputs and outputs, file formats) in the repository, for example a "Usage" or "API" section in the README or docs/api.md.');
    const seen: Evidence[] = [{ kind: 'note', detail: 'no description of external interfaces found: no API/Usage/CLI/Reference section in the README or docs/, no docs/api or docs/reference document, no OpenAPI or AsyncAPI file' }];
    return releaseGated(facts, seen, 'Document every external interface of the released software (APIs, command line, inputs and outputs, data formats): a "Usage" or "API" section in the README, or docs/api.md / docs/reference.md.');
  },
};

// SA-03.01 ----------------------------------------------------------------------------------

const SI_SELF = 'repository.security.assessments.self';
const SI_THIRD = 'repository.security.assessments.third-party';

/** Evidence of `repository.security.assessments.third-party` entries: in-repo files that exist, and external links. */
function thirdParty(facts: Facts): { inRepo: Evidence[]; external: Evidence[]; broken: Evidence[] } {
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

function selfRefEvidence(facts: Facts): Evidence | null {
  const ref = facts.assessment.securityInsights;
  if (!ref) return null;
  return {
    kind: 'security-insights',
    ...(ref.path !== undefined ? { path: ref.path } : {}),
    ...(ref.line !== undefined ? { line: ref.line } : {}),
    ...(ref.column !== undefined ? { column: ref.column } : {}),
    detail: `${SI_SELF}: evidence ${ref.value ? JSON.stringify(ref.value.slice(0, 200)) : 'not set'}${ref.comment ? `, comment ${JSON.stringify(ref.comment.slice(0, 120))}` : ''}`,
  };
}

export const sa0301: Rule = {
  id: 'OSPS-SA-03.01',
  evaluate(facts: Facts): Outcome {
    const a = facts.assessment;
    const ref = a.securityInsights;
    const refEv = selfRefEvidence(facts);
    const tp = thirdParty(facts);
    const completeDocs = a.selfAssessments.filter((d) => d.looksComplete);
    const completeCats = completeThreatCatalogs(a.gemara);
    const found: Evidence[] = [
      ...completeDocs.map((d) => fileEvidence(d.path, 'security self-assessment with every required section of the OpenSSF template filled', d.stage?.line)),
      ...completeCats.map((t) => fileEvidence(t.path, `complete Gemara ThreatCatalog ${JSON.stringify(t.id ?? t.title ?? '')} with ${t.entryCount} threat(s)`, t.line)),
    ];
    const saysNotDone = ref?.saysNotDone === true;
    const notDone: Evidence[] = saysNotDone && refEv ? [{ ...refEv, detail: `${refEv.detail}: says the self-assessment is not done (${JSON.stringify(ref?.notDoneReason ?? '')}); Security Insights wins over the files` }] : [];

    // Security Insights saying "not done" wins over a file that looks done (as the Inspector decides).
    if (!saysNotDone && found.length > 0) {
      if (refEv) found.push(refEv);
      return pass(capEvidence([...found, ...tp.inRepo]));
    }
    if (tp.inRepo.length > 0) return pass(capEvidence(tp.inRepo));
    if (!saysNotDone && ref && ref.target.kind === 'external' && refEv)
      return attested([{ ...refEv, url: ref.target.url }], `Commit the self-assessment to this repository and point ${SI_SELF} evidence at it, so that it can be checked.`);
    if (tp.external.length > 0) return attested(capEvidence(tp.external), 'Commit the third-party assessment report (or a self-assessment) to the repository so that it can be checked.');

    const seen: Evidence[] = [...notDone, ...tp.broken];
    if (saysNotDone && found.length > 0) seen.push(...found.map((e) => ({ ...e, detail: `${e.detail}, but Security Insights says the assessment is not done` })));
    for (const d of a.selfAssessments.filter((x) => !x.looksComplete)) {
      seen.push(fileEvidence(d.path, d.unreadable ? `self-assessment not read: ${d.unreadable}` : `incomplete self-assessment: required sections not filled: ${d.requiredNotFilled.join(', ') || 'stage says incomplete'}`));
    }
    for (const t of a.gemara.threatCatalogs.filter((c) => !completeCats.includes(c))) seen.push(fileEvidence(t.path, `Gemara ThreatCatalog that is not complete (${t.valid ? 'capability references do not all resolve to a valid CapabilityCatalog' : `${t.errors.length} schema error(s)`})`, t.line));
    if (ref && !saysNotDone && refEv && !(ref.target.kind === 'local' && ref.target.exists)) seen.push(refEv);
    if (seen.length === 0) seen.push({ kind: 'note', detail: 'no security assessment found: no self-assessment document, no Gemara ThreatCatalog, no assessment in Security Insights' });
    const remediation = saysNotDone && found.length > 0
      ? `Update ${SI_SELF} in Security Insights: its comment says the assessment is not done while ${found[0].path ?? 'a document'} looks complete.`
      : `Perform a security assessment and commit it: a self-assessment following the OpenSSF template (for example docs/security/self-assessment.md) or a Gemara ThreatCatalog with its CapabilityCatalog, and reference it from Security Insights ${SI_SELF}.`;
    return releaseGated(facts, capEvidence(seen), remediation);
  },
};

// SA-03.02 ----------------------------------------------------------------------------------

const THREAT_HEADING = /\bthreat[- ]?model(s|ling|ing)?\b|\battack (surface|vectors?|trees?)\b|\bthreats?( and mitigations| analysis)?$|\bstride\b/i;
const THREAT_PATH = /(^|\/)[^/]*(threat[-_ ]?model|attack[-_ ]?surface)[^/]*$/i;

export const sa0302: Rule = {
  id: 'OSPS-SA-03.02',
  evaluate(facts: Facts): Outcome {
    const a = facts.assessment;
    const completeCats = completeThreatCatalogs(a.gemara);
    const evidence: Evidence[] = completeCats.map((t) =>
      fileEvidence(t.path, `Gemara ThreatCatalog ${JSON.stringify(t.id ?? t.title ?? '')}: ${t.entryCount} threat(s), each mapped to the capabilities (attack surface) it affects`, t.line),
    );
    for (const d of docsNamed(facts, THREAT_PATH)) evidence.push(fileEvidence(d.path, 'threat model document', 1));
    for (const hit of sectionsIn(facts, ['docs', 'security', 'readme', 'contributing'], THREAT_HEADING)) evidence.push(sectionEvidence(hit, 'threat model'));
    // Self-assessments are read by their own module; their headings are in `sections` only for
    // template sections, so threat-model headings inside them come from the docs outline above.
    if (evidence.length > 0) return pass(capEvidence(dedupe(evidence)));

    const tp = thirdParty(facts);
    if (tp.inRepo.length > 0 || tp.external.length > 0)
      return attested(capEvidence([...tp.inRepo, ...tp.external]), 'Commit a threat model with its attack surface analysis (a Gemara ThreatCatalog with its CapabilityCatalog, or a "Threat model" document under docs/) so it can be checked.');

    const seen: Evidence[] = [...tp.broken];
    for (const t of a.gemara.threatCatalogs) seen.push(fileEvidence(t.path, `Gemara ThreatCatalog that is not complete (${t.valid ? 'capability references do not all resolve to a valid CapabilityCatalog' : `${t.errors.length} schema error(s)`})`, t.line));
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
  },
};

function dedupe(items: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return items.filter((e) => {
    const k = `${e.path}:${e.line}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export const SA_RULES: readonly Rule[] = [sa0101, sa0201, sa0301, sa0302];
