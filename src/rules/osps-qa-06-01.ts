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
// commit is accepted. No workflows with tests at all: fail.
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { capEvidence } from './helpers/evidence.ts';
import { fail, type Outcome, pass, unknown } from './types.ts';

export const id = 'OSPS-QA-06.01';

export function evaluate(facts: Facts): Outcome {
  const d = facts.workflows.detectors.tests;
  const ev = (h: (typeof d.hits)[number]): Evidence => ({ kind: 'workflow', path: h.path, line: h.line, column: h.column, detail: `runs tests: ${h.tool} (${h.text}) in ${h.workflow} on ${h.triggers.join(', ')}` });
  // A reusable workflow of another repository named only for CI may run tests: it is not read, so it decides nothing.
  const hits = d.hits.filter((h) => h.byName !== 'ci');
  const good = hits.filter((h) => h.qualifies);
  if (good.length > 0) return pass(capEvidence(good.map(ev)));
  const remediation = 'Add a workflow that runs the test suite `on: pull_request` (and merge_group if you use a merge queue), and make it a required status check.';
  const ci = d.hits.filter((h) => h.byName === 'ci' && h.qualifies);
  if (ci.length > 0) {
    const calls = ci.map((h): Evidence => ({ kind: 'workflow', path: h.path, line: h.line, column: h.column, detail: `may run tests: ${h.tool} (${h.text}) in ${h.workflow} on ${h.triggers.join(', ')}` }));
    return unknown('no recognised test command; the reusable workflow(s) of another repository called on pull requests may run tests, but are not read offline', remediation, capEvidence(calls));
  }
  if (hits.length > 0) return fail(capEvidence([{ kind: 'note', detail: `tests run in CI, but not on pull requests (needs ${d.requires})` }, ...hits.map(ev)]), remediation);
  if (facts.workflows.workflows.length === 0) {
    const other = facts.files.filter((f) => /^(\.gitlab-ci\.ya?ml|\.circleci\/config\.ya?ml|Jenkinsfile|\.travis\.ya?ml|azure-pipelines\.ya?ml)$/.test(f.path));
    if (other.length > 0)
      return unknown(`no GitHub Actions workflows; the CI configuration of another system (${other.map((f) => f.path).join(', ')}) is not analysed`, remediation);
  }
  return fail([{ kind: 'note', detail: `${facts.workflows.workflows.length} workflow(s) analysed; none runs a recognised test command` }], remediation);
}
