// OSPS-AC-04.01: CI/CD tasks without declared permissions get the lowest permissions.
// The repository's "Workflow permissions" default decides what an undeclared task gets and is not
// visible to this action, so a workflow is compliant when it declares `permissions:` at the top
// level or on every job, a job that calls a workflow of this repository counting as declared when
// that workflow declares its own (facts/workflows/findings.ts). Decided by workflowVerdict
// (helpers/workflows.ts): errors and warnings fail; notes (a called-only workflow) do not. A pass
// lists each workflow's top-level permissions.
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { capEvidence } from './helpers/evidence.ts';
import { workflowVerdict } from './helpers/workflows.ts';
import type { Outcome } from './types.ts';

export const id = 'OSPS-AC-04.01';

export function evaluate(facts: Facts): Outcome {
  const out = workflowVerdict(facts, 'OSPS-AC-04.01', {
    none: 'each declares permissions: at the top level or on every job (or calls a workflow of this repository that does)',
    remediation: 'Add `permissions: {}` (or `contents: read`) at the top of each workflow named, and grant more per job; also set Settings → Actions → Workflow permissions to "Read repository contents".',
  });
  if (out.status === 'pass') {
    const declared = facts.workflows.workflows
      .filter((w) => w.valid && w.permissions.position)
      .map((w): Evidence => ({ kind: 'workflow', path: w.path, line: w.permissions.position!.line, column: w.permissions.position!.column, detail: `top-level permissions: ${w.permissions.kind}` }));
    out.evidence = capEvidence([...out.evidence, ...declared]);
  }
  return out;
}
