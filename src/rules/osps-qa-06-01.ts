// OSPS-QA-06.01: Automated tests run before a change is accepted.
// A test step (npm test, go test, pytest, cargo test, …) in a workflow that runs on pull_request,
// pull_request_target or merge_group. Commands are followed to what they run
// (facts/workflows/test-runs.ts): a make target through the Makefile's recipes and prerequisites, a
// package script through package.json, a repository script through its lines (also when a make
// recipe or a package script runs it), tox/nox environments, maven/gradle goals, chart-testing;
// a target or script that can be read and runs no tests (`make lint`, a `test` script that only
// lints) is not a test run, one that cannot be read counts by its name. A runner counts as a command
// word, not inside another word (`install-gotestsum`, `pytest-speed`) or named to an installer. A
// job calling another repository's reusable workflow, which is not read, counts by its name: a test
// word in the file name or the job's name (`swift_package_test.yml`, job `tests`) counts; a file name
// that says only `ci` gives unknown when nothing else decides.
// Tests that run only after merging (push) are shown but fail, since they do not run before the
// commit is accepted; so do tests whose only pre-merge trigger is pull_request_target in a job that checks out the
// base branch (helpers/workflows.ts baseOnlyOnPullRequestTarget: node-glob's ci.yml), which test the merged code. No workflow runs tests at all: the project's statement that its tests run on
// pull requests in a CI outside GitHub Actions (etcd's and kind's Prow, configured in
// kubernetes/test-infra) is attested, since the tool cannot read that CI; the configuration of
// another CI in the tree (.gitlab-ci.yml, azure-pipelines.yml, .circleci/, ...), or Prow's
// OWNERS_ALIASES, gives unknown, since it is not analysed; else fail. With Prow's OWNERS_ALIASES, the project's section on
// its tests saying they run on every pull request, naming no CI (trust-manager's README "Testing"), is attested too. A section on
// the project's CI saying it runs on internal systems or another CI by name (googletest's README "Continuous Integration")
// gives unknown, not fail.
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { capEvidence, fileEvidence } from './helpers/evidence.ts';
import { baseOnlyOnPullRequestTarget, pathFilters } from './helpers/workflows.ts';
import { EXTERNAL_CI, otherCiConfigs, prowOwners, statedCiElsewhere, statedExternalTests, statedTestsOnEveryPullRequest } from './helpers/external-ci.ts';
import { statementEvidence } from './helpers/statements.ts';
import { attested, fail, type Outcome, pass, unknown } from './types.ts';

export const id = 'OSPS-QA-06.01';

export function evaluate(facts: Facts): Outcome {
  const d = facts.workflows.detectors.tests;
  // The paths filters of each hit's workflow, looked up once: the order and the evidence both need them.
  const filters = new Map(d.hits.map((h) => [h, h.qualifies ? pathFilters(facts, h) : null]));
  const ev = (h: (typeof d.hits)[number]): Evidence => {
    const only = filters.get(h) ?? null;
    const paths = only ? ` (only on changes to ${only.slice(0, 3).join(', ')}${only.length > 3 ? ', …' : ''})` : '';
    return { kind: 'workflow', path: h.path, line: h.line, column: h.column, detail: `runs tests: ${h.tool} (${h.text}) in ${h.workflow} on ${h.triggers.join(', ')}${paths}` };
  };
  // A reusable workflow of another repository named only for CI may run tests: it is not read, so it decides nothing.
  const hits = d.hits.filter((h) => h.byName !== 'ci');
  const baseOnly = hits.filter((h) => h.qualifies && baseOnlyOnPullRequestTarget(facts, h));
  // Runs on every change come first: trivy's chart tests run only when helm/trivy/** changes, its unit tests on any pull request.
  const good = hits.filter((h) => h.qualifies && !baseOnly.includes(h)).sort((a, b) => Number(filters.get(a) != null) - Number(filters.get(b) != null));
  // One script run by several steps of a workflow (rustup's ci/run.bash, from each platform's job) is one line of evidence.
  if (good.length > 0) return pass(capEvidence([...new Map(good.map(ev).map((e) => [`${e.path}:${e.line}:${e.detail}`, e])).values()]));
  const remediation = 'Add a workflow that runs the test suite `on: pull_request` (and merge_group if you use a merge queue), and make it a required status check.';
  const ci = d.hits.filter((h) => h.byName === 'ci' && h.qualifies);
  if (ci.length > 0) {
    const calls = ci.map((h): Evidence => ({ kind: 'workflow', path: h.path, line: h.line, column: h.column, detail: `may run tests: ${h.tool} (${h.text}) in ${h.workflow} on ${h.triggers.join(', ')}` }));
    return unknown('no recognised test command; the reusable workflow(s) of another repository called on pull requests may run tests, but are not read offline', remediation, capEvidence(calls));
  }
  if (baseOnly.length > 0)
    return fail(
      capEvidence([
        {
          kind: 'note',
          detail:
            "tests run on pull_request_target, but the job checks out the base branch (actions/checkout without ref:), so they test the code already merged, not the pull request's change; its other triggers run after merging or by hand",
        },
        ...hits.map(ev),
      ]),
      'Run the test suite in a workflow `on: pull_request` (which checks out the change, with a read-only token), and make it a required status check; do not check out the pull request\'s code in pull_request_target.',
    );
  if (hits.length > 0) return fail(capEvidence([{ kind: 'note', detail: `tests run in CI, but not on pull requests (needs ${d.requires})` }, ...hits.map(ev)]), remediation);
  const n = facts.workflows.workflows.length;
  const analysed = n === 0 ? 'no GitHub Actions workflows' : `${n} workflow(s) analysed; none runs a recognised test command`;
  const stated = statedExternalTests(facts);
  if (stated) {
    const ci = EXTERNAL_CI.exec(`${stated.heading.text} ${stated.heading.body}`)?.[0] ?? 'another CI';
    return attested(
      [statementEvidence(stated, `states that tests run before changes are merged, in ${ci}, whose jobs the tool cannot read`), { kind: 'note', detail: analysed }],
      `Make the ${ci} jobs that run the tests required status checks on the default branch; the tool cannot confirm them from the repository.`,
    );
  }
  const other = otherCiConfigs(facts);
  if (other.length > 0) {
    const shown = other.slice(0, 5);
    return unknown(
      `${analysed}; the CI configuration of another system (${shown.join(', ')}${other.length > shown.length ? ', …' : ''}) is not analysed`,
      remediation,
      shown.map((p) => fileEvidence(p, 'CI configuration of another system, not analysed: it may run tests on pull requests', 1)),
    );
  }
  // The project says its CI runs elsewhere (googletest's "We use Google's internal systems for continuous integration"): the
  // tool cannot read whether it runs the tests on each change.
  const elsewhere = statedCiElsewhere(facts);
  if (elsewhere) return unknown(`${analysed}; the project says its CI runs on systems the tool cannot read, so whether they run the tests before changes are merged cannot be told`, remediation, [elsewhere]);
  const prow = prowOwners(facts);
  // The project's section on its tests says they run on every pull request: in Prow, which the tool cannot read.
  const every = prow ? statedTestsOnEveryPullRequest(facts) : undefined;
  if (prow && every)
    return attested(
      [
        statementEvidence(every, 'states that the tests run on every pull request'),
        fileEvidence(prow, 'Prow owners aliases: the repository is run by Prow, whose jobs are configured in another repository', 1),
        { kind: 'note', detail: analysed },
      ],
      'Make the Prow jobs that run the tests required status checks on the default branch; the tool cannot confirm them from the repository.',
    );
  if (prow)
    return unknown(
      `${analysed}; ${prow} shows the repository is run by Prow, whose jobs are configured in another repository (such as kubernetes/test-infra), so whether they run tests on pull requests cannot be read`,
      remediation,
      [fileEvidence(prow, 'Prow owners aliases: the repository is run by Prow', 1)],
    );
  return fail([{ kind: 'note', detail: analysed }], remediation);
}
