// OSPS-AC-04.02: CI/CD tasks are granted only the permissions they need.
// Fails on `write-all` anywhere, or write scopes at the workflow level of a multi-job workflow
// (facts/workflows/findings.ts); a single-job workflow's workflow-level scopes are a note, not a
// failure. Decided by workflowVerdict (helpers/workflows.ts).
import type { Facts } from '../facts/types.ts';
import { workflowVerdict } from './helpers/workflows.ts';
import type { Outcome } from './types.ts';

export const id = 'OSPS-AC-04.02';

export function evaluate(facts: Facts): Outcome {
  return workflowVerdict(facts, 'OSPS-AC-04.02', {
    none: 'no permissions: write-all and no write scope granted to every job of a multi-job workflow',
    remediation: 'Replace `write-all` with the scopes each job needs, and move write scopes from the workflow level to the job that needs them.',
  });
}
