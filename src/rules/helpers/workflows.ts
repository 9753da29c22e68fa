// Workflow findings for one requirement as an outcome (OSPS-AC-04, OSPS-BR-01), other CI systems
// this action does not analyse, and detector hits as evidence.
import { TEST_DIRS, underFolder } from '../../facts/test-folders.ts';
import type { Facts } from '../../facts/types.ts';
import type { Detector, DetectorHit, Finding, JobFact, UsesFact, WorkflowFact } from '../../facts/workflows/types.ts';
import type { Evidence } from '../../model/evidence.ts';
import { fail, notApplicable, type Outcome, pass, unknown } from '../types.ts';
import { capEvidence } from './evidence.ts';

/** CI systems other than GitHub Actions, whose pipelines this action does not analyse. */
const OTHER_CI = /^(\.gitlab-ci\.ya?ml|\.circleci\/config\.ya?ml|Jenkinsfile|\.travis\.ya?ml|azure-pipelines\.ya?ml|\.drone\.ya?ml|bitbucket-pipelines\.ya?ml|\.buildkite\/.+\.ya?ml|\.woodpecker(\.ya?ml|\/.+\.ya?ml)|\.cirrus\.ya?ml|appveyor\.ya?ml|\.forgejo\/workflows\/.+\.ya?ml|\.gitea\/workflows\/.+\.ya?ml)$/;

export function otherCiFiles(facts: Facts): string[] {
  return facts.files.filter((f) => OTHER_CI.test(f.path)).map((f) => f.path);
}

/** A finding, and the gate in front of it (its mitigation) at its own line. */
function findingEvidence(f: Finding): Evidence[] {
  const snippet = f.snippet ? ` — "${f.snippet}"` : '';
  const out: Evidence[] = [{ kind: 'workflow', path: f.path, line: f.line, column: f.column, detail: `${f.severity}: ${f.message}${snippet}` }];
  if (f.gate) out.push({ kind: 'workflow', path: f.gate.path, line: f.gate.line, column: f.gate.column, detail: `mitigation for ${f.path}:${f.line}: ${f.gate.detail}` });
  return out;
}

/**
 * A finding behind a deployment environment, judged with the API's answer about the environment:
 * required reviewers lower it to `gatedSeverity`; none (or no such environment) leave it; an
 * unanswered question leaves it, with the reason, `undecided` when the answer would change the verdict.
 */
function withEnvironmentGate(facts: Facts, f: Finding): { finding: Finding; undecided?: string } {
  const env = f.gate?.kind === 'environment' ? f.gate.environment : undefined;
  if (!env || !f.gatedSeverity) return { finding: f };
  const a = facts.github.environments.find((e) => e.name === env)?.answer;
  if (!a || a.state === 'unknown') {
    const why = env.includes('${{') ? 'the environment is chosen by an expression; check by hand that the one a fork\'s run gets requires reviewers' : (a?.reason ?? facts.github.skippedReason ?? 'not asked');
    const changes = f.severity !== 'note' && f.gatedSeverity === 'note';
    return {
      finding: { ...f, message: `${f.message} Whether environment "${env}" requires reviewers could not be read from the GitHub API: ${why}.` },
      ...(changes ? { undecided: `whether environment "${env}" requires reviewers, which would gate ${f.path}:${f.line}, could not be read from the GitHub API: ${why}` } : {}),
    };
  }
  if (a.data && a.data.requiredReviewers > 0)
    return { finding: { ...f, severity: f.gatedSeverity, message: `${f.message} Environment "${env}" requires ${a.data.requiredReviewers} reviewer(s) to approve each run (GitHub API): the gate.` } };
  return { finding: { ...f, message: `${f.message} Environment "${env}" ${a.data ? 'requires no reviewers' : 'does not exist yet, so it requires no reviewers'} (GitHub API): no gate.` } };
}

/**
 * Workflow findings for one requirement as an outcome.
 * - no GitHub Actions workflows or actions: not-applicable, or unknown when another CI system's
 *   configuration is present (not analysed);
 * - findings of severity error or warning: fail, each with file:line:column;
 * - findings of severity note only (a guarded or called-only case the analysis judged low risk):
 *   pass, with the notes as evidence for a person to review;
 * - files GitHub would run but that could not be analysed (size limit, unreadable), or findings cut
 *   at their cap: unknown, unless something already fails.
 */
export function workflowVerdict(facts: Facts, id: string, text: { none: string; remediation: string }): Outcome {
  const wf = facts.workflows;
  const judged = wf.findings.filter((f) => f.requirement === id).map((f) => withEnvironmentGate(facts, f));
  const own = judged.map((j) => j.finding);
  const failing = own.filter((f) => f.severity !== 'note');
  const notes = own.filter((f) => f.severity === 'note');
  const valid = wf.workflows.filter((w) => w.valid);
  const testInputs = new Set(wf.testInputActions);
  const actions = wf.actions.filter((a) => a.valid && a.using === 'composite' && !testInputs.has(a.path));
  const undecided = judged.filter((j) => j.undecided !== undefined && j.finding.severity !== 'note');
  if (failing.length > 0 && undecided.length === failing.length)
    return unknown(undecided.map((j) => j.undecided).join('; '), `${text.remediation} Or require reviewers on the environment and run with a token (actions: read) so that it can be read.`, capEvidence([...failing, ...notes].flatMap(findingEvidence)));
  if (failing.length > 0) return fail(capEvidence([...failing, ...notes].flatMap(findingEvidence)), text.remediation);

  const unanalysed = wf.parseErrors.filter((e) => e.kind === 'limit' || e.kind === 'unreadable');
  const broken = wf.parseErrors.filter((e) => e.kind === 'yaml' || e.kind === 'structure');
  if (wf.workflows.length === 0 && wf.parseErrors.length === 0) {
    const other = otherCiFiles(facts);
    if (other.length > 0)
      return unknown(
        `no GitHub Actions workflows; CI configuration of another system is present (${other.slice(0, 5).join(', ')}) and is not analysed`,
        'Review those pipelines by hand for this requirement, or move CI to GitHub Actions where it can be checked.',
      );
    return notApplicable('no CI/CD pipelines: no GitHub Actions workflows in .github/workflows and no other CI configuration');
  }
  const scope = `${valid.length} workflow(s)${actions.length > 0 ? ` and ${actions.length} composite action(s)` : ''} analysed`;
  const evidence: Evidence[] = [{ kind: 'note', detail: `${scope}, ${text.none}` }, ...notes.flatMap(findingEvidence)];
  if (testInputs.size > 0) {
    const first = [...testInputs].slice(0, 3).join(', ');
    evidence.push({ kind: 'note', detail: `${testInputs.size} action file(s) in test folders not analysed: inputs of the project's tests that no workflow uses (${first}${testInputs.size > 3 ? ', ...' : ''})` });
  }
  for (const e of broken)
    evidence.push({ kind: 'workflow', path: e.path, line: e.line, column: e.column, detail: `not analysed: ${e.message} (GitHub does not run a workflow it cannot parse)` });
  if (unanalysed.length > 0)
    return unknown(
      `${unanalysed.length} workflow file(s) GitHub may run could not be analysed`,
      'Split or shorten the workflow files named so that they can be analysed.',
      [...evidence, ...unanalysed.map((e): Evidence => ({ kind: 'workflow', path: e.path, line: e.line, column: e.column, detail: `not analysed: ${e.message}` }))],
    );
  if (wf.findingsTruncated)
    return unknown('workflow findings were cut at their cap before every file was analysed', 'Fix the findings reported and run the evaluation again.', evidence);
  if (valid.length === 0 && actions.length === 0)
    return notApplicable('no workflow that GitHub can run: every workflow file fails to parse', evidence);
  return pass(capEvidence(evidence));
}

/**
 * One line of evidence per step: a step two tools of the detector match is cited once with both (`npm publish --provenance`
 * is npm provenance and, with no npm token, npm trusted publishing; eslint/js's release-please.yml), so that the cap keeps
 * the other steps.
 */
export function detectorEvidence(d: Detector, what: string, hits: readonly DetectorHit[] = d.hits): Evidence[] {
  const steps = new Map<string, { h: DetectorHit; tools: string[]; workflows: DetectorHit[] }>();
  for (const h of hits) {
    if (!h.qualifies) continue;
    const key = `${h.path}:${h.line}:${h.column}:${h.text}`;
    const step = steps.get(key);
    if (!step) steps.set(key, { h, tools: [h.tool], workflows: [h] });
    else {
      if (!step.tools.includes(h.tool)) step.tools.push(h.tool);
      // A Makefile or script line that several workflows reach is cited once, with each of them (keda's Makefile:272
      // `cosign sign` runs from main-build.yml and from release-build.yml on a tag).
      if (!step.workflows.some((w) => w.workflow === h.workflow)) step.workflows.push(h);
    }
  }
  return [...steps.values()].map(({ h, tools, workflows }) => {
    const where = workflows
      .slice(0, MAX_WORKFLOWS_NAMED)
      .map((w) => `${w.workflow}, runs on ${w.triggers.join(', ')}`)
      .join('; and in ');
    const more = workflows.length > MAX_WORKFLOWS_NAMED ? ` (and ${workflows.length - MAX_WORKFLOWS_NAMED} more workflows)` : '';
    return { kind: 'workflow', path: h.path, line: h.line, column: h.column, detail: `${what}: ${tools.join(' and ')} (${h.text}) in ${where}${more}` };
  });
}

/** Workflows named for one step that several reach. */
const MAX_WORKFLOWS_NAMED = 3;

/** Words in a workflow's file name or a job's id that make it a test of the software (an end-to-end test signs a demo image, not a release). */
const TEST_WORDS = new Set(['e2e', 'test', 'tests', 'testing', 'conformance', 'integration', 'smoke', 'verify', 'verification', 'demo', 'example', 'examples', 'sample', 'samples']);

/**
 * True when a hit is in a test workflow or job (its file name or job id holds one of TEST_WORDS),
 * or in a script of the tests that a step runs (sigstore/rekor's tests/cleanup-index-test.sh signs
 * test blobs with minisign).
 */
export function inTestWorkflow(h: DetectorHit): boolean {
  if (h.via === 'script' && underFolder(h.path, TEST_DIRS)) return true;
  const file = h.workflow.slice(h.workflow.lastIndexOf('/') + 1).replace(/\.ya?ml$/i, '');
  return [file, h.job].some((name) => name.toLowerCase().split(/[^a-z0-9]+/).some((w) => TEST_WORDS.has(w)));
}

/** Words in a workflow's file name or a job's id that make it build the contributors' development environment, not a release. */
const DEV_ENVIRONMENT_WORDS = new Set(['devcontainer', 'devcontainers', 'codespace', 'codespaces']);

/**
 * True when a hit is in a workflow or job that builds the contributors' development environment (ktor's devcontainer.yml signs
 * and attests ghcr.io/ktorio/devcontainer, a dev-container image): what it signs is not a release asset.
 */
export function inDevEnvironmentWorkflow(h: DetectorHit): boolean {
  const file = h.workflow.slice(h.workflow.lastIndexOf('/') + 1).replace(/\.ya?ml$/i, '');
  return [file, h.job].some((name) => {
    const words = name.toLowerCase().split(/[^a-z0-9]+/);
    return words.some((w, i) => DEV_ENVIRONMENT_WORDS.has(w) || (w === 'dev' && /^containers?$/.test(words[i + 1] ?? '')));
  });
}

/** Jobs of valid workflows that call a reusable workflow of another repository, which is not read here. */
export function callsElsewhere(facts: Facts): Array<{ workflow: WorkflowFact; job: JobFact; uses: UsesFact }> {
  const out: Array<{ workflow: WorkflowFact; job: JobFact; uses: UsesFact }> = [];
  for (const workflow of facts.workflows.workflows) {
    if (!workflow.valid) continue;
    for (const job of workflow.jobs) if (job.uses && job.uses.kind === 'reusable-workflow') out.push({ workflow, job, uses: job.uses });
  }
  return out;
}

/** The evidence of such a call: `job <id> runs on <triggers> and calls <uses>`, then what the caller says of it. */
export function callEvidence(call: { workflow: WorkflowFact; job: JobFact; uses: UsesFact }, triggers: readonly string[], after: string): Evidence {
  const raw = call.uses.raw.trim();
  const shown = raw.length > 120 ? `${raw.slice(0, 117)}...` : raw;
  return { kind: 'workflow', path: call.workflow.path, line: call.uses.line, column: call.uses.column, detail: `job ${call.job.id} runs on ${triggers.join(', ')} and calls ${shown}${after}` };
}

/** A pull request's code named in a job's step: its head or merge ref, or the pull request's fields. */
const PR_CODE = /github\.event\.pull_request|github\.head_ref|\bGITHUB_HEAD_REF\b|refs\/pull\/|\bgh\s+pr\s+checkout\b/;

/**
 * True when a hit runs before merging only on pull_request_target, in a job that checks out the base branch: an
 * actions/checkout without `ref:` gets the base's commit there, not the pull request's (node-glob's ci.yml runs
 * `npm test` on push and pull_request_target), and nothing in the job, nor any BR-01.03 finding in its workflow,
 * reaches the pull request's code. Such a run tests the code already merged, not the change.
 */
export function baseOnlyOnPullRequestTarget(facts: Facts, h: DetectorHit): boolean {
  const preMerge = h.triggers.filter((t) => t === 'pull_request' || t === 'pull_request_target' || t === 'merge_group');
  if (preMerge.length !== 1 || preMerge[0] !== 'pull_request_target') return false;
  const wf = facts.workflows.workflows.find((w) => w.path === h.workflow);
  const job = wf?.jobs.find((j) => j.id === h.job);
  if (!wf || !job || job.uses !== null || job.steps.length === 0) return false;
  if (facts.workflows.findings.some((f) => f.requirement === 'OSPS-BR-01.03' && (f.path === wf.path || f.path === h.path))) return false;
  const checkouts = job.steps.filter((s) => s.uses?.owner?.toLowerCase() === 'actions' && s.uses.repo?.toLowerCase() === 'checkout');
  if (checkouts.length === 0 || checkouts.some((s) => Object.hasOwn(s.with, 'ref'))) return false;
  return !job.steps.some((s) => PR_CODE.test(s.run?.text ?? '') || Object.values(s.with).some((v) => PR_CODE.test(v.value)) || Object.values(s.env).some((v) => PR_CODE.test(v.value)));
}

/** The triggers that run before a change is accepted. */
export const PRE_MERGE: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target', 'merge_group']);

/**
 * The `paths` filters that limit every pre-merge trigger of the hit's workflow, or null when some
 * pre-merge trigger runs on any change (click's zizmor.yaml: `pull_request: paths: ["**\/*.yaml?"]`
 * never sees a Python change). `paths-ignore` leaves the scan on every other change and is not counted.
 */
export function pathFilters(facts: Facts, h: DetectorHit): string[] | null {
  const wf = facts.workflows.workflows.find((w) => w.path === h.workflow);
  const own = wf?.triggers.events.filter((e) => PRE_MERGE.has(e)) ?? [];
  if (!wf || own.length === 0) return null;
  const paths: string[] = [];
  for (const e of own) {
    const p = wf.triggers.filters[e]?.paths;
    if (!p || p.length === 0) return null;
    for (const x of p) if (!paths.includes(x)) paths.push(x);
  }
  return paths;
}
