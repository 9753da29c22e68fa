// OSPS-VM-05.01: A policy with thresholds for remediating findings in dependencies.
// A section whose heading names dependencies (or SCA) together with a threshold word (remediation,
// threshold, severity, SLA, triage, licenses), a sentence in a dependency or security section
// that sets a severity, a remediation and a deadline or gate ("critical vulnerabilities in
// dependencies are fixed within 7 days"), or a sentence of a dependency policy section that sets
// the severities that are remediated ("CVEs in dependencies will be patched ... if ... of high or
// critical severity"). A dependency policy declared in Security Insights outside the tree is
// attested; a dependency policy section without thresholds (a heading "Dependencies Policy" is
// not one by itself), or the in-tree document Security Insights names, is unknown
// (helpers/remediation-policy.ts).
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { capEvidence } from './helpers/evidence.ts';
import { DEADLINE, DEP_WORD, depPolicy, GENERAL_DEP_POLICY, proseStatement, REMEDIATE, REMEDIATION_NOT, SEVERITY, THRESHOLD_HEADING_WORD } from './helpers/remediation-policy.ts';
import { sectionEvidence } from './helpers/sections.ts';
import { POLICY_ROLES, sectionsIn } from './helpers/security-policy.ts';
import { findStatementIn, statementEvidence } from './helpers/statements.ts';
import { attested, fail, type Outcome, pass, unknown } from './types.ts';

const REMEDIATION_STATEMENT = new RegExp(`^(?=.*(?:${SEVERITY}))(?=.*${REMEDIATE})(?=.*(?:${DEADLINE}))`, 'i');

const DEP_PROSE = String.raw`dependenc|third[- ]party|\bsca\b|software composition|supply[- ]chain|vulnerable (?:packages|libraries|components|versions)|\blibrar(?:y|ies)\b|\bpackages?\b|dependabot|renovate|\b(?:npm|pnpm|yarn|pip|cargo|bundler) audit\b|osv-scanner|govulncheck|\bupstream\b`;

const DEP_STATEMENT = new RegExp(`^(?=.*(?:${DEP_PROSE}))${REMEDIATION_STATEMENT.source.slice(1)}`, 'i');

const DEP_SECTION = new RegExp(`${DEP_PROSE}|${GENERAL_DEP_POLICY.source}`, 'i');

/** The severities that are remediated, without a deadline: a threshold when a dependency policy says it. */
const SEVERITY_REMEDIATED = new RegExp(`^(?=.*(?:${SEVERITY}))(?=.*${REMEDIATE})`, 'i');

/** A section that is the project's policy on dependencies: "Dependency Upgrade Policy", "Vulnerable dependencies". */
function namedDepPolicy(text: string): boolean {
  return DEP_WORD.test(text) && /polic|vulnerab/i.test(text);
}

/** A section about the project's dependencies in general: "Dependency updates", or a named policy. */
function depPolicySection(text: string): boolean {
  return GENERAL_DEP_POLICY.test(text) || namedDepPolicy(text);
}

/** "Sometimes it's ok if not critical": a severity that is let go, not one that is remediated. */
const SEVERITY_NOT = new RegExp(`${REMEDIATION_NOT.source}|\\bnot (?:\\w+ )?(?:critical|high|severe)\\b`, 'i');

export const id = 'OSPS-VM-05.01';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  const strong = sectionsIn(facts, POLICY_ROLES, (t) => (DEP_WORD.test(t) && THRESHOLD_HEADING_WORD.test(t)) || /remediation (polic|thresholds?|slas?|timelines?)/i.test(t));
  if (strong.length > 0) return pass(capEvidence(strong.map((h) => sectionEvidence(h, 'policy for remediating findings in dependencies'))));
  const stated = proseStatement(facts, DEP_STATEMENT, REMEDIATION_STATEMENT, DEP_SECTION, REMEDIATION_NOT);
  if (stated) return pass([statementEvidence(stated, 'threshold for remediating findings in dependencies')]);
  const severities = findStatementIn(facts, POLICY_ROLES, SEVERITY_REMEDIATED, { reject: SEVERITY_NOT, section: (h) => namedDepPolicy(h.text) });
  if (severities) return pass([statementEvidence(severities, 'severity threshold for remediating findings in dependencies')]);
  const decl = depPolicy(facts);
  const remediation =
    'Document a dependency remediation policy (for example a "Dependency vulnerability remediation" section in SECURITY.md or docs/dependency-policy.md): the severity thresholds and time limits for fixing vulnerable dependencies and the licenses that are not allowed, and how findings are triaged; link it from Security Insights repository.documentation.dependency-management-policy.';
  const general = sectionsIn(facts, POLICY_ROLES, depPolicySection);
  const generalEvidence = general.slice(0, 5).map((h) => sectionEvidence(h, 'dependency policy section'));
  // The document Security Insights names is in the tree and was read above: judged, not attested.
  const named = decl.state === 'in-repo' ? facts.documents.byPath[decl.path] : undefined;
  if (decl.state === 'in-repo' && named?.outline && POLICY_ROLES.includes(named.role))
    return unknown(`the dependency management policy Security Insights names (${decl.path}) was read, but neither its headings nor a sentence of its prose sets remediation thresholds (severities and time limits) for vulnerable dependencies`, remediation, [decl.evidence, ...generalEvidence]);
  if (decl.state === 'in-repo' || decl.state === 'declared')
    return attested([decl.evidence], 'Make sure the dependency management policy states the remediation thresholds for vulnerability and license findings, under a heading that says so (for example "Vulnerability remediation").');
  if (general.length > 0)
    return unknown(
      `a dependency policy section was found ("${general[0].heading.text}" in ${general[0].doc.path}), but neither its heading nor a sentence of its prose sets remediation thresholds (severities and time limits) for vulnerable dependencies`,
      remediation,
      generalEvidence,
    );
  const evidence: Evidence[] = decl.state === 'broken-link' || decl.state === 'negative' ? [decl.evidence] : [];
  evidence.push({ kind: 'note', detail: 'no dependency remediation policy: no section or sentence on remediating dependency vulnerabilities or licenses in SECURITY.md, CONTRIBUTING, governance or docs/, and no dependency-management-policy in Security Insights' });
  return fail(evidence, remediation);
}
