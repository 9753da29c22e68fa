// OSPS-VM-06.02: Every change is checked by static analysis (SAST).
// A SAST tool in a workflow that runs before merging (pull_request, pull_request_target,
// merge_group); if the default branch requires no status checks, the scan cannot block and fails;
// when the API cannot say, the scan's check declared required in the tree (.asf.yaml,
// .github/settings.yml) makes it attested. A scan only on push or on a schedule fails; a tool
// declared in Security Insights as integrated in CI and not contradicted by the workflows is
// attested (perChange, helpers/scans.ts).
import type { Facts } from '../facts/types.ts';
import { perChange } from './helpers/scans.ts';
import type { Outcome } from './types.ts';

export const id = 'OSPS-VM-06.02';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  return perChange(facts, {
    detector: facts.workflows.detectors.sast,
    siType: /\bsast\b|static/i,
    what: 'SAST scan',
    remediation:
      'Add a workflow on pull_request that runs a SAST tool (github/codeql-action, semgrep, or your language\'s security linter), require its status check before merging, and list the tool in Security Insights repository.security.tools with type SAST.',
  });
}
