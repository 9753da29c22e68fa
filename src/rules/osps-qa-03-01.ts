// OSPS-QA-03.01: Status checks must pass before merging.
// Read from the branch-protection facts (rulesets or classic protection on the default branch):
// true passes, false fails, no answer is unknown naming the token that would decide it
// (helpers/branch-protection.ts).
import type { Facts } from '../facts/types.ts';
import { branchFact } from './helpers/branch-protection.ts';
import type { Outcome } from './types.ts';

export const id = 'OSPS-QA-03.01';

export function evaluate(facts: Facts): Outcome {
  return branchFact(facts, facts.github.branchProtection.statusChecksRequired, {
    yes: 'status checks must pass before merging',
    no: 'no status check is required before merging',
    question: 'whether status checks are required on the default branch',
    remediation: 'Add a branch ruleset on the default branch with "Require status checks to pass" and select the CI checks (tests, lint) that must pass.',
  });
}
