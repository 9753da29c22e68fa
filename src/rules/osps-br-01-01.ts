// OSPS-BR-01.01: Untrusted input is not expanded into CI/CD scripts.
// Fails on untrusted event data (titles, bodies, branch names, commit messages) expanded with `${{
// }}` into `run:` or `script:`, as found by the workflow analysis (facts/workflows/findings.ts).
// Decided by workflowVerdict (helpers/workflows.ts): errors and warnings fail, each with
// file:line:column; notes (guarded cases) are shown but do not fail; no workflows at all is not
// applicable, another CI system's configuration unknown.
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
