// OSPS-VM-05.03: Every change is checked for vulnerable or malicious dependencies.
// A dependency (SCA) scan in a workflow that runs before merging (pull_request,
// pull_request_target, merge_group); if the default branch requires no status checks, the scan
// cannot block and fails; when the API cannot say, the scan's check declared required in the tree
// (.asf.yaml, .github/settings.yml) makes it attested. A scan only on push or on a schedule fails;
// a tool declared in Security Insights as integrated in CI and not contradicted by the workflows is
// attested (perChange, helpers/scans.ts).
import type { Facts } from '../facts/types.ts';
import { perChange } from './helpers/scans.ts';
import type { Outcome } from './types.ts';

export const id = 'OSPS-VM-05.03';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  return perChange(facts, {
    detector: facts.workflows.detectors.dependencyChecks,
    siType: /\bsca\b|software composition|dependenc|vulnerab/i,
    what: 'dependency (SCA) scan',
    remediation:
      'Add a workflow on pull_request that checks dependencies for known vulnerabilities and malicious packages (actions/dependency-review-action, osv-scanner, or your ecosystem\'s audit), require its status check before merging, and list the tool in Security Insights repository.security.tools with type SCA.',
  });
}
