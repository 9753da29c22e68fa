// OSPS-AC-03.01: Direct commits to the primary branch are blocked.
// Prevented when a pull request is required (ruleset `pull_request` rule or classic "require a pull
// request before merging"), read from the branch-protection facts (helpers/branch-protection.ts):
// true passes, false fails, no answer is unknown naming the token that would decide it. Blocking
// force pushes alone does not stop a direct commit, so it is shown as evidence but does not decide.
// Rulesets' bypass lists are not visible to a read-only token; classic protection that does not
// apply to administrators is noted.
import type { Facts } from '../facts/types.ts';
import { branchFact } from './helpers/branch-protection.ts';
import { apiEvidence } from './helpers/evidence.ts';
import type { Outcome } from './types.ts';

export const id = 'OSPS-AC-03.01';

export function evaluate(facts: Facts): Outcome {
  const bp = facts.github.branchProtection;
  const out = branchFact(facts, bp.pullRequestRequired, {
    yes: 'changes must come through a pull request (direct pushes are refused)',
    no: 'no rule requires a pull request, so direct commits are accepted',
    question: 'whether direct commits to the default branch are blocked',
    remediation:
      'Add a branch ruleset (or classic branch protection) on the default branch with "Require a pull request before merging", and block force pushes.',
  });
  if (out.status === 'pass') {
    if (bp.forcePushBlocked.value === true) out.evidence.push(...bp.forcePushBlocked.sources.map((s) => apiEvidence(facts, s, 'force pushes are blocked')));
    const c = facts.github.classicProtection;
    if (c.state === 'ok' && c.data.enabled && c.data.pullRequestReviewsRequired && !c.data.enforceAdmins && !bp.pullRequestRequired.sources.some((s) => s.includes('/rules/')))
      out.evidence.push({ kind: 'note', detail: 'classic protection does not apply to administrators ("Do not allow bypassing the above settings" is off)' });
  }
  return out;
}
