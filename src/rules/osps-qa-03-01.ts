// OSPS-QA-03.01: Status checks must pass before merging.
// Read from the branch-protection facts (rulesets or classic protection on the default branch):
// true passes, false fails, no answer is unknown naming the token that would decide it
// (helpers/branch-protection.ts). When the API gives no answer, required status checks the tree
// declares for the default branch (`.asf.yaml` protected_branches, `.github/settings.yml`) make
// it attested (helpers/declared-settings.ts).
import type { Facts } from '../facts/types.ts';
import { branchFact } from './helpers/branch-protection.ts';
import { declaredDefaultBranch, declaredEvidence, orDeclared } from './helpers/declared-settings.ts';
import type { Outcome } from './types.ts';

export const id = 'OSPS-QA-03.01';

export function evaluate(facts: Facts): Outcome {
  const api = branchFact(facts, facts.github.branchProtection.statusChecksRequired, {
    yes: 'status checks must pass before merging',
    no: 'no status check is required before merging',
    question: 'whether status checks are required on the default branch',
    remediation: 'Add a branch ruleset on the default branch with "Require status checks to pass" and select the CI checks (tests, lint) that must pass.',
  });
  const declared = declaredDefaultBranch(facts).flatMap(({ file, branch }) =>
    branch.checks.slice(0, 5).map((c) => declaredEvidence(file, c.line, `status check ${JSON.stringify(c.value)} declared required before merging to ${branch.name}`)),
  );
  return orDeclared(facts, api, declared, 'Run with a token that can read branch protection (administration: read) to confirm the declared status checks.');
}
