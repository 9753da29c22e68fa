// OSPS-SA-03.01: A security assessment.
// Reads the same facts as the Inspector objective (src/objectives/inspector.ts) and agrees with it:
// a complete self-assessment (every required section of the OpenSSF template filled) or a complete
// Gemara ThreatCatalog passes, as does a third-party assessment in the repository (declared in Security
// Insights, or a committed audit report linked from a section or sentence on a security audit,
// helpers/audit-reports.ts; a report found only by its name is unknown), and so does a committed
// threat model that rates its threats by risk or priority (envoyproxy/gateway's
// threat-model.md, "High Priority Findings", or aiohttp's THREAT_MODEL.md, which says its risks are ranked by
// likelihood and impact): that rating is the assessment; a Security
// Insights entry that says the assessment is not done wins over a file that looks done. An
// assessment kept elsewhere is attested. Applies once the project has made a release: evidence
// found passes whatever the release state; without evidence the release state decides between fail,
// not-applicable and unknown (releaseGated, helpers/release.ts). A report on another site linked from
// a section or sentence on a security audit (nats-server's README, Trail of Bits) is attested, and so is
// a threat model that names the problems it considers without rating them (fastify's SECURITY.md
// "Threat Model" and its "Examples of Vulnerabilities"): for a person to weigh. A threat model that
// names no problem (only its attack surface) is no assessment.
import { completeThreatCatalogs } from '../facts/assessment/index.ts';
import type { DocumentInfo } from '../facts/documents.ts';
import { bodyLineOf, type Heading } from '../facts/markdown.ts';
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { docsNamed, incompleteCatalogEvidence, THREAT_MODEL_PATH, thirdParty } from './helpers/assessment.ts';
import { externalAuditReports, linkedAuditReports, namedAuditReports } from './helpers/audit-reports.ts';
import { capEvidence, fileEvidence } from './helpers/evidence.ts';
import { releaseGated } from './helpers/release.ts';
import { sectionsIn } from './helpers/security-policy.ts';
import { sectionEvidence } from './helpers/sections.ts';
import { quoteSentence, sentencesOf } from './helpers/statements.ts';
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

/**
 * Else a sentence saying how its threats are rated, by likelihood and impact: aiohttp's THREAT_MODEL.md "Methodology",
 * "Risk is ranked High / Medium / Low based on a rough product of likelihood and impact" (each threat's rating then sits
 * in a table column under a subsection, which the outline does not keep).
 */
const RATED_WORD = /\b(?:ranked|rated|scored|graded|prioriti[sz]ed)\b/i;
const LIKELIHOOD_WORD = /\b(?:likelihood|probability|exploitability)\b/i;
const IMPACT_WORD = /\b(?:impact|severity)\b/i;

function ratingSentence(doc: DocumentInfo): { heading: Heading; sentence: string } | undefined {
  const o = doc.outline;
  if (!o) return undefined;
  for (const heading of o.leadSection ? [o.leadSection, ...o.headings] : o.headings) {
    const sentence = sentencesOf(heading.body).find((x) => RATED_WORD.test(x) && LIKELIHOOD_WORD.test(x) && IMPACT_WORD.test(x));
    if (sentence) return { heading, sentence };
  }
  return undefined;
}

/** Threat model documents under docs/ with a section that rates their threats, or a sentence saying how they are rated, one each. */
function ratedThreatModels(facts: Facts): Evidence[] {
  const out: Evidence[] = [];
  for (const doc of docsNamed(facts, THREAT_MODEL_PATH)) {
    const headings = (doc.outline?.headings ?? []).filter((h) => h.sectionChars >= 80);
    const heading = headings.find((h) => RANKED_HEADING.test(h.text)) ?? headings.find((h) => RISK_HEADING.test(h.text));
    if (heading) {
      out.push(sectionEvidence({ doc, heading }, 'threat model that rates its threats by risk or priority (the likely and impactful problems)'));
      continue;
    }
    const said = ratingSentence(doc);
    if (said)
      out.push(fileEvidence(doc.path, `threat model that rates its threats by likelihood and impact: "${quoteSentence(said.sentence)}"${said.heading.text ? ` (section "${said.heading.text.slice(0, 80)}")` : ''}`, bodyLineOf(said.heading, said.sentence)));
  }
  return out;
}

/** A section on the project's threat model (fastify's SECURITY.md "Threat Model": what is trusted, what is not, examples of vulnerabilities). */
const THREAT_MODEL_HEADING = /\b(?:threat[- ]model(?:ing|s)?|attack surface(?: analysis)?)\b/i;

/**
 * A threat model the project states without rating its threats: a section of the security policy,
 * the README or docs/, or a threat model document under docs/. It names what the project defends and
 * against whom, which is where an assessment starts; whether it weighs the likely and impactful
 * problems is for a person to confirm.
 */
function statedThreatModels(facts: Facts): Evidence[] {
  const out: Evidence[] = [];
  for (const hit of sectionsIn(facts, ['security', 'readme', 'docs'], (t) => THREAT_MODEL_HEADING.test(t), 300)) {
    const named = namedThreats(hit.doc, hit.heading);
    if (named) out.push(sectionEvidence(hit, `threat model that names the problems it considers (section "${named.text.slice(0, 80)}"), its threats not rated by risk or priority`));
  }
  for (const doc of docsNamed(facts, THREAT_MODEL_PATH)) {
    const named = namedThreats(doc);
    if (named && !out.some((e) => e.path === doc.path)) out.push(fileEvidence(doc.path, `threat model document that names the problems it considers (section "${named.text.slice(0, 80)}"), its threats not rated by risk or priority`, named.line));
  }
  return out;
}

/**
 * A subsection that lists the problems considered ("Examples of Vulnerabilities", "Threats", "Attack scenarios"), or the
 * security requirements the input must not break and the limitations accepted (pino-pretty's SECURITY.md "Security
 * requirements": log content must not "Cause JavaScript code or shell commands to execute"; "Accepted limitations": "Very
 * large or deeply nested records may slow or terminate the formatter"); an "Attack surface" or "Untrusted input" alone names none.
 */
const NAMED_THREATS_HEADING = /\b(?:vulnerabilit(?:y|ies)|threats|attacks|attack (?:vectors|scenarios)|risks|in scope|security requirements|(?:accepted|known) limitations)\b/i;

/** The first heading within the section under `under` (or anywhere in the document) that lists the problems the threat model considers. */
function namedThreats(doc: DocumentInfo, under?: Heading): Heading | undefined {
  const hs = doc.outline?.headings ?? [];
  const from = under ? hs.indexOf(under) + 1 : 0;
  for (let i = from; i < hs.length && (!under || hs[i].level > under.level); i++)
    if (NAMED_THREATS_HEADING.test(hs[i].text) && !THREAT_MODEL_HEADING.test(hs[i].text) && hs[i].sectionChars >= 60) return hs[i];
  return undefined;
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

  const models = saysNotDone ? [] : statedThreatModels(facts);
  if (models.length > 0)
    return attested(capEvidence(models), `Check that the threat model names the most likely and impactful problems; rate its threats by likelihood and impact (or commit a self-assessment following the OpenSSF template) and reference it from Security Insights ${SI_SELF}.`);

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
