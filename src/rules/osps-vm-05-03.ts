// OSPS-VM-05.03: Every change is checked for vulnerable or malicious dependencies.
// A dependency (SCA) scan in a workflow that runs before merging (pull_request,
// pull_request_target, merge_group); if the default branch requires no status checks, the scan
// cannot block and fails; when the API cannot say, the scan's check declared required in the tree
// (.asf.yaml, .github/settings.yml) makes it attested. A scan only on push or on a schedule fails;
// a tool declared in Security Insights as integrated in CI and not contradicted by the workflows is
// attested (perChange, helpers/scans.ts). No scan in any workflow while a root Makefile target runs
// one (etcd's `run-govulncheck`) and the repository is run by Prow (OWNERS_ALIASES), whose presubmit
// jobs are configured in another repository: unknown, not fail, as OSPS-VM-06.02 does for gosec.
import type { Facts } from '../facts/types.ts';
import { fileEvidence } from './helpers/evidence.ts';
import { prowOwners } from './helpers/external-ci.ts';
import { perChange } from './helpers/scans.ts';
import { type Outcome, unknown } from './types.ts';

export const id = 'OSPS-VM-05.03';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  const outcome = perChange(facts, {
    detector: facts.workflows.detectors.dependencyChecks,
    siType: /\bsca\b|software composition|dependenc|vulnerab/i,
    what: 'dependency (SCA) scan',
    remediation:
      'Add a workflow on pull_request that checks dependencies for known vulnerabilities and malicious packages (actions/dependency-review-action, osv-scanner, or your ecosystem\'s audit), require its status check before merging, and list the tool in Security Insights repository.security.tools with type SCA.',
  });
  if (outcome.status !== 'fail' || facts.workflows.detectors.dependencyChecks.hits.length > 0) return outcome;
  const scans = facts.workflows.makeScans ?? [];
  const prow = prowOwners(facts);
  if (scans.length === 0 || !prow) return outcome;
  const first = scans[0];
  return unknown(
    `no dependency (SCA) scan in the GitHub Actions workflows, but ${first.path} has a target \`${first.target}\` that runs ${first.tool}, and ${prow} shows the repository is run by Prow, whose presubmit jobs are configured in another repository (such as kubernetes/test-infra), so whether they run it on every change cannot be read`,
    `Run the dependency scan (make ${first.target}) in a workflow on pull_request, or make sure a Prow presubmit job runs it and is required before merging; listing ${first.tool} in Security Insights repository.security.tools (type SCA, integration.ci: true) states it.`,
    [...scans.map((s) => fileEvidence(s.path, `make target \`${s.target}\` runs ${s.tool}, a dependency (SCA) scan`, s.line)), fileEvidence(prow, 'Prow owners aliases: the repository is run by Prow', 1)],
  );
}
