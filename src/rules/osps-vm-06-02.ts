// OSPS-VM-06.02: Every change is checked by static analysis (SAST).
// A SAST tool in a workflow that runs before merging (pull_request, pull_request_target,
// merge_group); if the default branch requires no status checks, the scan cannot block and fails;
// when the API cannot say, the scan's check declared required in the tree (.asf.yaml,
// .github/settings.yml) makes it attested. A scan only on push or on a schedule fails; a tool
// declared in Security Insights as integrated in CI and not contradicted by the workflows is
// attested; a pull request job calling another repository's scan workflow, not read here, leaves it unknown
// (perChange, helpers/scans.ts). No SAST in any workflow while the root golangci-lint
// configuration enables gosec and the repository is run by Prow (OWNERS_ALIASES), whose presubmit
// jobs are configured in another repository (cert-manager's `make verify`): unknown, not fail; so is a root SonarCloud
// configuration (sonar-project.properties) that no workflow runs, for SonarCloud's app analyses pull requests itself.
import type { Facts } from '../facts/types.ts';
import { fileEvidence } from './helpers/evidence.ts';
import { prowOwners } from './helpers/external-ci.ts';
import { perChange, SAST_CALL, SCA_CALL } from './helpers/scans.ts';
import { type Outcome, unknown } from './types.ts';

/** SonarCloud or SonarQube analysis settings at the root: automatic analysis reads them with no workflow. */
const SONAR_CONFIG = /^(?:sonar-project|\.sonarcloud)\.properties$/;

export const id = 'OSPS-VM-06.02';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  const outcome = perChange(facts, {
    detector: facts.workflows.detectors.sast,
    siType: /\bsast\b|static/i,
    what: 'SAST scan',
    calls: { own: SAST_CALL, other: SCA_CALL },
    remediation:
      'Add a workflow on pull_request that runs a SAST tool (github/codeql-action, semgrep, or your language\'s security linter), require its status check before merging, and list the tool in Security Insights repository.security.tools with type SAST.',
  });
  if (outcome.status !== 'fail' || facts.workflows.detectors.sast.hits.length > 0) return outcome;
  // SonarCloud's automatic analysis runs from its GitHub app on every pull request, with no workflow: the project's
  // configuration at the root (sonar-project.properties, .sonarcloud.properties) is all the tree shows of it.
  const sonar = facts.files.find((f) => f.kind === 'file' && SONAR_CONFIG.test(f.path));
  if (sonar)
    return unknown(
      `no SAST scan in the GitHub Actions workflows, but ${sonar.path} configures SonarCloud (or SonarQube) analysis, which no workflow runs: SonarCloud's automatic analysis runs from its GitHub app on pull requests, so whether it checks every change and blocks a failing one cannot be read`,
      "Make the SonarCloud check (its quality gate) a required status check on the default branch, or run the scan in a workflow on pull_request; listing it in Security Insights repository.security.tools (type SAST, integration.ci: true) states it.",
      [fileEvidence(sonar.path, 'SonarCloud (SonarQube) analysis configured, run by no workflow', 1)],
    );
  const gosec = facts.workflows.golangciGosec;
  const prow = prowOwners(facts);
  if (!gosec || !prow) return outcome;
  return unknown(
    `no SAST scan in the GitHub Actions workflows, but gosec is enabled in ${gosec.path} and ${prow} shows the repository is run by Prow, whose presubmit jobs are configured in another repository (such as kubernetes/test-infra), so whether they run it on every change cannot be read`,
    'Run golangci-lint (with gosec) in a workflow on pull_request, or make sure a Prow presubmit job runs it and is required before merging; listing gosec in Security Insights repository.security.tools (type SAST, integration.ci: true) states it.',
    [fileEvidence(gosec.path, 'gosec is enabled in the golangci-lint configuration', gosec.line), fileEvidence(prow, 'Prow owners aliases: the repository is run by Prow', 1)],
  );
}
