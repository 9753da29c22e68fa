// ---- OSPS-BR-01.01 / 01.03 / 01.04: what CI/CD pipelines do with untrusted input ----
// Decided by the workflow analysis (facts/workflows/findings.ts): untrusted event data expanded
// into scripts (01.01), privileged triggers that bring in pull request code (01.03), workflow and
// composite-action inputs expanded into scripts without validation (01.04). Errors and warnings
// fail; notes (guarded cases) are shown but do not fail (see workflowVerdict in access.ts).
import type { Facts } from '../facts/types.ts';
import { workflowVerdict } from './helpers/workflows.ts';
import type { Outcome } from './types.ts';

export const id = 'OSPS-BR-01.01';

export function evaluate(facts: Facts): Outcome {
  return workflowVerdict(facts, 'OSPS-BR-01.01', {
    none: 'no untrusted event data (titles, bodies, branch names, commit messages) expanded into a script',
    remediation:
      'Pass each untrusted value through `env:` and use it as a quoted "$VAR" in the script, instead of expanding `${{ github.event... }}` inside `run:` or `script:`.',
  });
}
