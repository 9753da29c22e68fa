// OSPS-AC-03.01: Direct commits to the primary branch are blocked.
// Prevented when a pull request is required (ruleset `pull_request` rule or classic "require a pull
// request before merging"), read from the branch-protection facts (helpers/branch-protection.ts):
// true passes, false fails, no answer is unknown naming the token that would decide it. Blocking
// force pushes alone does not stop a direct commit, so it is shown as evidence but does not decide.
// Rulesets' bypass lists are not visible to a read-only token; classic protection that does not
// apply to administrators is noted. When the API gives no answer, a pull request the tree declares
// required on the default branch (`required_pull_request_reviews` in `.github/settings.yml` or
// `.asf.yaml` protected_branches) makes it attested (helpers/declared-settings.ts).
import type { Facts } from '../facts/types.ts';
import { branchFact } from './helpers/branch-protection.ts';
import { declaredDefaultBranch, declaredEvidence, orDeclared } from './helpers/declared-settings.ts';
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
  if (out.status === 'unknown') {
    const declared = declaredDefaultBranch(facts).flatMap(({ file, branch }) =>
      branch.pullRequest ? [declaredEvidence(file, branch.pullRequest.line, `a pull request with reviews declared required before merging to ${branch.name}`)] : [],
    );
    return orDeclared(facts, out, declared, 'Run with a token that can read branch protection (administration: read) to confirm the declared pull request requirement.');
  }
  if (out.status === 'pass') {
    if (bp.forcePushBlocked.value === true) out.evidence.push(...bp.forcePushBlocked.sources.map((s) => apiEvidence(facts, s, 'force pushes are blocked')));
    const c = facts.github.classicProtection;
    if (c.state === 'ok' && c.data.enabled && c.data.pullRequestReviewsRequired && !c.data.enforceAdmins && !bp.pullRequestRequired.sources.some((s) => s.includes('/rules/')))
      out.evidence.push({ kind: 'note', detail: 'classic protection does not apply to administrators ("Do not allow bypassing the above settings" is off)' });
  }
  return out;
}
