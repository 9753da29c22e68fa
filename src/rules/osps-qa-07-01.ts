// OSPS-QA-07.01: At least one approval before merging.
// A pull request is required and at least one approving review (rulesets or classic protection).
// GitHub never counts the author's own approval, so any required approval is a non-author's.
// When the API gives no answer, a required approving review count of 1 or more that the tree
// declares for the default branch (`.asf.yaml` protected_branches, `.github/settings.yml`) makes it
// attested (helpers/declared-settings.ts).
import type { Facts } from '../facts/types.ts';
import { branchFact } from './helpers/branch-protection.ts';
import { declaredDefaultBranch, declaredEvidence, orDeclared } from './helpers/declared-settings.ts';
import { apiEvidence, apiUnknownDetail } from './helpers/evidence.ts';
import { insightsEvidence, insightsField } from './helpers/insights.ts';
import { fail, type Outcome, pass, unknown } from './types.ts';

export const id = 'OSPS-QA-07.01';

export function evaluate(facts: Facts): Outcome {
  const bp = facts.github.branchProtection;
  const remediation =
    'Add a branch ruleset on the default branch with "Require a pull request before merging" and "Required approvals" set to 1 or more.';
  const pr = branchFact(facts, bp.pullRequestRequired, {
    yes: 'a pull request is required',
    no: 'no pull request is required, so changes can merge without review',
    question: 'whether approvals are required on the default branch',
    remediation,
  });
  const declared = declaredDefaultBranch(facts).flatMap(({ file, branch }) =>
    branch.approvals && branch.approvals.value >= 1 ? [declaredEvidence(file, branch.approvals.line, `${branch.approvals.value} approving review(s) declared required before merging to ${branch.name}`)] : [],
  );
  const confirm = 'Run with a token that can read branch protection (administration: read) to confirm the declared approvals.';
  if (pr.status !== 'pass') {
    if (pr.status === 'unknown' && declared.length > 0) return orDeclared(facts, pr, declared, confirm);
    const policy = insightsField(facts, 'repository.documentation.review-policy');
    if (pr.status === 'unknown' && policy && typeof policy.value === 'string')
      pr.evidence.unshift(insightsEvidence(facts, 'repository.documentation.review-policy', `the project documents its review policy at ${policy.value}`));
    return orDeclared(facts, pr, [], confirm);
  }
  const n = bp.requiredApprovals;
  if (n.value === null) return orDeclared(facts, unknown(apiUnknownDetail({ reason: n.note ?? 'no answer' }, 'the number of required approvals'), remediation, pr.evidence), declared, confirm);
  const ev = n.sources.map((s) => apiEvidence(facts, s, `${n.value} approving review(s) required${n.note ? ` (${n.note})` : ''}`));
  if (n.value >= 1) return pass([...ev, ...pr.evidence]);
  return fail([...ev, ...pr.evidence], remediation);
}
