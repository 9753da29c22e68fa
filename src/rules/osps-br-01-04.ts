// TODO header
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
