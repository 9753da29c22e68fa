// OSPS-SA-03.01: A security assessment.
// Reads the same facts as the Inspector objective (src/objectives/inspector.ts) and agrees with it:
// a complete self-assessment (every required section of the OpenSSF template filled) or a complete
// Gemara ThreatCatalog passes, as does a third-party assessment in the repository (declared in Security
// Insights, or a committed audit report linked from a section or sentence on a security audit,
// helpers/audit-reports.ts; a report found only by its name is unknown), and so does a committed
// threat model that rates its threats by risk or priority (envoyproxy/gateway's
// threat-model.md, "High Priority Findings"): that rating is the assessment; a Security
// Insights entry that says the assessment is not done wins over a file that looks done. An
// assessment kept elsewhere is attested. Applies once the project has made a release: evidence
// found passes whatever the release state; without evidence the release state decides between fail,
// not-applicable and unknown (releaseGated, helpers/release.ts). A report on another site linked from
// a section or sentence on a security audit (nats-server's README, Trail of Bits) is attested.
import { completeThreatCatalogs } from '../facts/assessment/index.ts';
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { docsNamed, incompleteCatalogEvidence, THREAT_MODEL_PATH, thirdParty } from './helpers/assessment.ts';
import { externalAuditReports, linkedAuditReports, namedAuditReports } from './helpers/audit-reports.ts';
import { capEvidence, fileEvidence } from './helpers/evidence.ts';
import { releaseGated } from './helpers/release.ts';
import { sectionEvidence } from './helpers/sections.ts';
import { attested, type Outcome, pass, unknown } from './types.ts';

const SI_SELF = 'repository.security.assessments.self';

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

/** A section of findings ranked by priority or severity: which problems are likely and impactful. */
const RANKED_HEADING = /\b(?:critical|high|medium|low)[- ](?:priority|severity|risk) (?:findings|threats|risks)\b|\b(?:threats|risks|findings) by (?:priority|risk|severity)\b/i;
/** Else a section that weighs the risk of each threat. */
const RISK_HEADING = /\brisk (?:assessment|analysis|rating|matrix|register)\b|\brisk vs\.? threat\b/i;

/** Threat model documents under docs/ with a section that rates their threats, one section each. */
function ratedThreatModels(facts: Facts): Evidence[] {
  const out: Evidence[] = [];
  for (const doc of docsNamed(facts, THREAT_MODEL_PATH)) {
    const headings = (doc.outline?.headings ?? []).filter((h) => h.sectionChars >= 80);
    const heading = headings.find((h) => RANKED_HEADING.test(h.text)) ?? headings.find((h) => RISK_HEADING.test(h.text));
    if (heading) out.push(sectionEvidence({ doc, heading }, 'threat model that rates its threats by risk or priority (the likely and impactful problems)'));
  }
  return out;
}

export const id = 'OSPS-SA-03.01';

export function evaluate(facts: Facts): Outcome {
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
  const audits = linkedAuditReports(facts);
  const rated = ratedThreatModels(facts);
  if (tp.inRepo.length > 0 || audits.length > 0 || rated.length > 0) return pass(capEvidence([...tp.inRepo, ...audits, ...rated]));
  if (!saysNotDone && ref && ref.target.kind === 'external' && refEv)
    return attested([{ ...refEv, url: ref.target.url }], `Commit the self-assessment to this repository and point ${SI_SELF} evidence at it, so that it can be checked.`);
  if (tp.external.length > 0) return attested(capEvidence(tp.external), 'Commit the third-party assessment report (or a self-assessment) to the repository so that it can be checked.');
  const away = saysNotDone ? [] : externalAuditReports(facts);
  if (away.length > 0) return attested(capEvidence(away), 'Commit the third-party audit report (or a self-assessment) to the repository, or reference it from Security Insights repository.security.assessments.third-party, so that it can be checked.');

  const seen: Evidence[] = [...notDone, ...tp.broken];
  if (saysNotDone && found.length > 0) seen.push(...found.map((e) => ({ ...e, detail: `${e.detail}, but Security Insights says the assessment is not done` })));
  for (const d of a.selfAssessments.filter((x) => !x.looksComplete)) {
    seen.push(fileEvidence(d.path, d.unreadable ? `self-assessment not read: ${d.unreadable}` : `incomplete self-assessment: required sections not filled: ${d.requiredNotFilled.join(', ') || 'stage says incomplete'}`));
  }
  for (const t of a.gemara.threatCatalogs.filter((c) => !completeCats.includes(c))) seen.push(incompleteCatalogEvidence(t));
  if (ref && !saysNotDone && refEv && !(ref.target.kind === 'local' && ref.target.exists)) seen.push(refEv);
  if (seen.length === 0) seen.push({ kind: 'note', detail: 'no security assessment found: no self-assessment document, no Gemara ThreatCatalog, no assessment in Security Insights' });
  const remediation = saysNotDone && found.length > 0
    ? `Update ${SI_SELF} in Security Insights: its comment says the assessment is not done while ${found[0].path ?? 'a document'} looks complete.`
    : `Perform a security assessment and commit it: a self-assessment following the OpenSSF template (for example docs/security/self-assessment.md) or a Gemara ThreatCatalog with its CapabilityCatalog, and reference it from Security Insights ${SI_SELF}.`;
  const named = namedAuditReports(facts);
  if (named.length > 0)
    return unknown(
      `${named.length === 1 ? 'a file is' : 'files are'} named as a security audit report, but no document says what ${named.length === 1 ? 'it is' : 'they are'} and ${named.length === 1 ? 'it is' : 'they are'} not read (PDF)`,
      'Link the audit report from SECURITY.md or the README, saying who performed the audit and when, or reference it from Security Insights repository.security.assessments.third-party.',
      capEvidence([...seen.filter((e) => e.kind !== 'note'), ...named.map((p) => fileEvidence(p, 'file named as a security audit report'))]),
    );
  return releaseGated(facts, capEvidence(seen), remediation);
}
