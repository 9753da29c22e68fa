// OSPS-QA-07.01: At least one approval before merging.
// A pull request is required and at least one approving review (rulesets or classic protection).
// GitHub never counts the author's own approval, so any required approval is a non-author's.
import type { Facts } from '../facts/types.ts';
import { branchFact } from './helpers/branch-protection.ts';
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
  if (pr.status !== 'pass') {
    const policy = insightsField(facts, 'repository.documentation.review-policy');
    if (pr.status === 'unknown' && policy && typeof policy.value === 'string')
      pr.evidence.unshift(insightsEvidence(facts, 'repository.documentation.review-policy', `the project documents its review policy at ${policy.value}`));
    return pr;
  }
  const n = bp.requiredApprovals;
  if (n.value === null) return unknown(apiUnknownDetail({ reason: n.note ?? 'no answer' }, 'the number of required approvals'), remediation, pr.evidence);
  const ev = n.sources.map((s) => apiEvidence(facts, s, `${n.value} approving review(s) required${n.note ? ` (${n.note})` : ''}`));
  if (n.value >= 1) return pass([...ev, ...pr.evidence]);
  return fail([...ev, ...pr.evidence], remediation);
}
