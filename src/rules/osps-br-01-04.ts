// OSPS-BR-01.04: Manual and reusable inputs are validated before use.
// Fails on workflow_dispatch, workflow_call and composite-action inputs expanded into scripts
// without validation, directly or through env, step outputs and job outputs (a `v` stripped into
// `$GITHUB_OUTPUT`), as found by the workflow analysis (facts/workflows/findings.ts). A choice,
// boolean or number type is safe, and so is a value whose whole text an earlier step checks against
// a pattern of safe characters, stopping the job otherwise (facts/workflows/validation.ts); a
// composite action under .github/ whose callers in the repository all pass literals or literal
// matrix values gets no collaborator input (facts/workflows/action-callers.ts), nor does a
// workflow_call input that every calling job of the repository fixes (shown as a note). Decided by
// workflowVerdict (helpers/workflows.ts): errors and warnings fail, each with file:line:column;
// notes (guarded cases) are shown but do not fail; no workflows at all is not applicable, another
// CI system's configuration unknown.
import type { Facts } from '../facts/types.ts';
import { workflowVerdict } from './helpers/workflows.ts';
import type { Outcome } from './types.ts';

export const id = 'OSPS-BR-01.04';

export function evaluate(facts: Facts): Outcome {
  return workflowVerdict(facts, 'OSPS-BR-01.04', {
    none: 'no workflow_dispatch, workflow_call or composite-action input expanded into a script without validation',
    remediation:
      'Give manual inputs a `choice`, `boolean` or `number` type, or pass them through `env:` and validate the quoted "$VAR" in the script before use.',
  });
}
