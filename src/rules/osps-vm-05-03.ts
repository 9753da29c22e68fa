// OSPS-VM-05.03: Every change is checked for vulnerable or malicious dependencies.
// A dependency (SCA) scan in a workflow that runs before merging (pull_request,
// pull_request_target, merge_group), or before merging every change to a dependency file (a paths filter that includes
// every manifest, lockfile and Dockerfile of the repository); if the default branch requires no status checks, the scan
// cannot block and fails; when the API cannot say, the scan's check declared required in the tree
// (.asf.yaml, .github/settings.yml) makes it attested. A scan only on push or on a schedule fails;
// a tool declared in Security Insights as integrated in CI and not contradicted by the workflows is
// attested; a pull request job calling another repository's scan workflow, not read here, leaves it unknown
// (perChange, helpers/scans.ts). No scan in any workflow while a root Makefile target runs
// one (etcd's `run-govulncheck`) and the repository is run by Prow (OWNERS_ALIASES), whose presubmit
// jobs are configured in another repository: unknown, not fail, as OSPS-VM-06.02 does for gosec.
import type { Facts } from '../facts/types.ts';
import { fileEvidence } from './helpers/evidence.ts';
import { prowOwners } from './helpers/external-ci.ts';
import { perChange, SAST_CALL, SCA_CALL } from './helpers/scans.ts';
import { type Outcome, unknown } from './types.ts';
import { globMatch } from '../facts/workflows/filter-pattern.ts';

/**
 * A scan whose pull_request `paths` filter lists the dependency files (clap's audit.yml: `**\/Cargo.toml`,
 * `**\/Cargo.lock`) runs on every change that can bring in a dependency, when the filter includes every manifest,
 * lockfile and Dockerfile of the repository and nothing else brings dependencies in (no vendored code, no submodule).
 */
/**
 * Whether a `paths` filter includes a file, `!` excluding again what came before. In a path, `**\/` may also stand for no
 * folder at all (GitHub's "`**\/README.md`: a file named README.md anywhere in the repository"), which the branch patterns
 * of globMatch do not know: the pattern is also tried without it.
 */
function pathIncluded(patterns: string[], file: string): boolean {
  let included = false;
  for (const raw of patterns) {
    const negated = raw.startsWith('!');
    const p = negated ? raw.slice(1) : raw;
    if (globMatch(p, file) || globMatch(p.replaceAll('**/', ''), file)) included = !negated;
  }
  return included;
}

function dependencyFilesCovered(facts: Facts, paths: string[]): string | null {
  const deps = facts.dependencies;
  if (deps.truncated || deps.vendored.length > 0 || deps.submodules.length > 0) return null;
  const files = [...deps.manifests.map((m) => m.path), ...deps.dockerfiles.map((d) => d.path)].filter((p, i, a) => a.indexOf(p) === i);
  if (files.length === 0 || !files.every((f) => pathIncluded(paths, f))) return null;
  return `includes every dependency manifest and lockfile of the repository (${files.length}), so every change that can bring in a dependency is scanned`;
}

export const id = 'OSPS-VM-05.03';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  const outcome = perChange(facts, {
    detector: facts.workflows.detectors.dependencyChecks,
    siType: /\bsca\b|software composition|dependenc|vulnerab/i,
    what: 'dependency (SCA) scan',
    filterCovers: dependencyFilesCovered,
    calls: { own: SCA_CALL, other: SAST_CALL },
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
