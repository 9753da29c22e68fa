// OSPS-VM-05.02: SCA findings are addressed before a release.
// A section whose heading names releases together with dependencies, SCA, audits or
// vulnerabilities, or a sentence saying releases are held back by known vulnerabilities or SCA
// findings ("no release ships with open critical advisories"); a statement that they do not block
// is not taken. A dependency policy declared in Security Insights outside the tree is attested; the
// in-tree document it names, or a dependency policy section, that says neither is unknown
// (helpers/remediation-policy.ts).
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { capEvidence } from './helpers/evidence.ts';
import { DEP_WORD, depPolicy, GENERAL_DEP_POLICY, THRESHOLD_WORD } from './helpers/remediation-policy.ts';
import { sectionEvidence } from './helpers/sections.ts';
import { POLICY_ROLES, sectionsIn } from './helpers/security-policy.ts';
import { findStatementIn, statementEvidence } from './helpers/statements.ts';
import { attested, fail, type Outcome, pass, unknown } from './types.ts';

const RELEASE_WORD = /releas/i;

const SCA_RELEASE_WORD = /dependenc|\bsca\b|software composition|vulnerab|audit|security (scans?|checks?|review)/i;

/** Releases held back by known vulnerabilities or SCA findings: a release word, a finding word and a gate. */
const RELEASE_GATE = String.raw`\bblock\w*\b|\bgat(?:e|ed|es|ing)\b|\b(?:must|shall|need to|needs to|have to|has to|are required to|is required to|will) (?:be )?(?:\w+ )?(?:fixed|addressed|resolved|remediated|triaged|cleared|upgraded|patched|reviewed)\b|\bno releases?\b.{0,80}\b(?:while|until|with|if)\b|\b(?:not|never|cannot|can't|won't) (?:be )?(?:released|tagged|published|shipped|cut)\b|\bwithout (?:any )?(?:known|open|unresolved)\b`;

const SCA_FINDING = String.raw`vulnerab\w*|\bsca\b|software composition|\baudit\b|\badvisor(?:y|ies)\b|\bcves?\b|dependabot alerts`;

/**
 * "Findings" alone are of any scan: vitest's CONTRIBUTING "workflow-security findings block the merge before they can reach a
 * release branch" speaks of its workflow linter. They are SCA findings only in a sentence that names dependencies.
 */
const DEPENDENCY_FINDINGS = String.raw`(?=.*\bfindings\b)(?=.*\bdependenc)`;

const RELEASE_STATEMENT = new RegExp(
  `^(?=.*\\b(?:releas\\w*|tag(?:s|ged|ging)?|publish\\w*|ship\\w*)\\b)(?:(?=.*(?:${SCA_FINDING}))|${DEPENDENCY_FINDINGS})(?=.*(?:${RELEASE_GATE}))`,
  'i',
);

const RELEASE_NOT =
  /\b(?:not|never)\s+(?:\w+\s+){0,2}(?:block\w*|gat\w*|prevent\w*|stop\w*|hold\w*|wait\w*|delay\w*)|\b\w+n[’']t\s+(?:\w+\s+){0,2}(?:block\w*|gat\w*|prevent\w*|stop\w*|hold\w*|wait\w*|delay\w*)|\bregardless\b|\boptional\b|\bbest[- ]effort\b|\bmay (?:still )?(?:be )?(?:released|shipped|published)/i;

export const id = 'OSPS-VM-05.02';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  const hits = sectionsIn(facts, POLICY_ROLES, (t) => RELEASE_WORD.test(t) && SCA_RELEASE_WORD.test(t), 40);
  if (hits.length > 0) return pass(capEvidence(hits.map((h) => sectionEvidence(h, 'policy for addressing dependency (SCA) findings before a release'))));
  const stated = findStatementIn(facts, POLICY_ROLES, RELEASE_STATEMENT, { reject: RELEASE_NOT });
  if (stated) return pass([statementEvidence(stated, 'SCA findings are addressed before a release')]);
  const remediation =
    'Document that SCA findings (vulnerable or disallowed dependencies) must be addressed before any release, for example a "Dependency checks before release" section in the release process or SECURITY.md, and make the release workflow run the SCA tool as a gate.';
  const decl = depPolicy(facts);
  // The document Security Insights names is in the tree and was read above: judged, not attested (as in VM-05.01).
  const named = decl.state === 'in-repo' ? facts.documents.byPath[decl.path] : undefined;
  if (decl.state === 'in-repo' && named?.outline && POLICY_ROLES.includes(named.role))
    return unknown(`the dependency management policy Security Insights names (${decl.path}) was read, but neither its headings nor a sentence of its prose says SCA findings are addressed before a release`, remediation, [decl.evidence]);
  if (decl.state === 'in-repo' || decl.state === 'declared')
    return attested([decl.evidence], 'Make sure the dependency management policy says SCA findings are addressed before every release, under a heading that says so.');
  const policy = sectionsIn(facts, POLICY_ROLES, (t) => (DEP_WORD.test(t) && THRESHOLD_WORD.test(t)) || GENERAL_DEP_POLICY.test(t));
  if (policy.length > 0)
    return unknown(
      `a dependency policy section was found ("${policy[0].heading.text}" in ${policy[0].doc.path}), but neither its heading nor a sentence of its prose says SCA findings are addressed before a release`,
      remediation,
      policy.slice(0, 5).map((h) => sectionEvidence(h, 'dependency policy section')),
    );
  const evidence: Evidence[] = decl.state === 'broken-link' || decl.state === 'negative' ? [decl.evidence] : [];
  evidence.push({ kind: 'note', detail: 'no policy on addressing SCA findings before a release: no such section or sentence in SECURITY.md, CONTRIBUTING, governance, the README or docs/' });
  return fail(evidence, remediation);
}
