// OSPS-AC-03.02: Deleting the primary branch is prevented.
// A ruleset `deletion` rule, or classic branch protection (which blocks deletion unless "Allow
// deletions" is ticked), read from the branch-protection facts: true passes, false fails, no answer
// is unknown naming the token that would decide it (helpers/branch-protection.ts). When the API gives
// no answer, protection the tree declares for the default branch (`.github/settings.yml`,
// `.asf.yaml` protected_branches) without `allow_deletions: true` makes it attested
// (helpers/declared-settings.ts).
import type { Facts } from '../facts/types.ts';
import { branchFact } from './helpers/branch-protection.ts';
import { declaredDefaultBranch, declaredEvidence, orDeclared } from './helpers/declared-settings.ts';
import type { Outcome } from './types.ts';

export const id = 'OSPS-AC-03.02';

export function evaluate(facts: Facts): Outcome {
  const out = branchFact(facts, facts.github.branchProtection.deletionBlocked, {
    yes: 'deletion of the branch is blocked',
    no: 'nothing blocks deleting the branch',
    question: 'whether deleting the default branch is blocked',
    remediation: 'Add a branch ruleset on the default branch with "Restrict deletions" (or classic branch protection, which blocks deletion unless "Allow deletions" is ticked).',
  });
  const declared = declaredDefaultBranch(facts).flatMap(({ file, branch }) =>
    branch.allowDeletions?.value === true ? [] : [declaredEvidence(file, branch.line, `branch protection declared for ${branch.name}, which blocks deleting it (no allow_deletions: true)`)],
  );
  return orDeclared(facts, out, declared, 'Run with a token that can read branch protection (administration: read) to confirm the declared protection.');
}
