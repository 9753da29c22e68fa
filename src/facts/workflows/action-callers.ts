// Who fills a composite action's inputs. An action under .github/ (.github/actions/setup/) is kept
// for this repository's own workflows: another repository could call it by
// `owner/repo/.github/actions/setup@ref`, but does not in practice, so its callers are the steps of
// this repository that use it. When each of them fills an input with a literal, a value of a
// literal matrix or a value no collaborator chooses at run time (a secret, the run's id), or leaves
// it to a literal default, no collaborator supplies that input, and a script that expands it is no
// evidence against OSPS-BR-01.04 (laravel/framework's setup-php-project). An action elsewhere (the
// repository's own action.yml) is for others to call, and keeps every input open.
import { findExpressions, valuePaths } from './expressions.ts';
import type { ParsedAction, ParsedWorkflow } from './findings.ts';
import type { YamlFile } from './parse.ts';
import type { ActionFact, JobFact, StepFact, WorkflowFact } from './types.ts';
import { normDir } from './uses.ts';

/** A step of this repository that uses a local action. */
export interface ActionCall {
  file: YamlFile;
  step: StepFact;
  /** The job it is in; null in a composite action, where the caller's matrix is not known. */
  job: JobFact | null;
}

/** Context values that no collaborator sets when starting a run: ids of the run and repository, paths of the runner, and secrets (set by admins). */
const FIXED_GITHUB = new Set([
  'github.sha', 'github.workflow_sha', 'github.run_id', 'github.run_number', 'github.run_attempt', 'github.repository', 'github.repository_id',
  'github.repository_owner', 'github.repository_owner_id', 'github.workspace', 'github.action_path', 'github.server_url', 'github.api_url',
  'github.graphql_url', 'github.event_name', 'github.job', 'github.retention_days', 'github.token',
]);

function fixedPath(p: string, job: JobFact | null): boolean {
  if (p === 'matrix' || p.startsWith('matrix.')) return job?.matrix === 'literal';
  return FIXED_GITHUB.has(p) || p.startsWith('runner.') || p.startsWith('strategy.') || p.startsWith('secrets.');
}

/** Whether text is a literal, or its expressions can only yield fixed values. */
function fixedText(text: string, job: JobFact | null): boolean {
  return findExpressions(text).every((e) => valuePaths(e.body).every((p) => fixedPath(p, job)));
}

/** The steps of the repository's workflows and composite actions that use a local action, by the action's folder. */
export function actionCalls(workflows: readonly ParsedWorkflow[], actions: readonly ParsedAction[]): Map<string, ActionCall[]> {
  const out = new Map<string, ActionCall[]>();
  const add = (file: YamlFile, step: StepFact, job: JobFact | null) => {
    const u = step.uses;
    if (!u || u.isWorkflow) return;
    if (u.kind !== 'local' && u.kind !== 'same-repository') return;
    const dir = normDir(u.path ?? '');
    const list = out.get(dir) ?? [];
    list.push({ file, step, job });
    out.set(dir, list);
  };
  for (const w of workflows) for (const job of w.workflow.jobs) for (const step of job.steps) add(w.file, step, job);
  for (const a of actions) for (const step of a.action.steps) add(a.file, step, null);
  return out;
}

/**
 * The inputs (lower case) of a composite action under .github/ that every caller fills with a
 * fixed value, or none when the action has no caller here or the callers may not all be known.
 */
export function fixedInputs(action: ActionFact, calls: readonly ActionCall[], allCallersKnown: boolean): Set<string> {
  const out = new Set<string>();
  if (!allCallersKnown || !action.path.startsWith('.github/') || calls.length === 0) return out;
  for (const [name, decl] of Object.entries(action.inputs)) {
    const key = name.toLowerCase();
    const fixed = calls.every((c) => {
      const given = Object.keys(c.step.with).find((k) => k.toLowerCase() === key);
      if (given === undefined) return decl.default === null || fixedText(decl.default, null);
      const v = c.step.with[given];
      return fixedText(c.file.fullText.get(v) ?? v.value, c.job);
    });
    if (fixed) out.add(key);
  }
  return out;
}

/** A job of this repository that calls a local reusable workflow. */
export interface WorkflowCall {
  file: YamlFile;
  job: JobFact;
}

/** The jobs of the repository's workflows that call a local reusable workflow (`uses: ./.github/workflows/x.yml`), by the called file's path. */
export function workflowCalls(workflows: readonly ParsedWorkflow[]): Map<string, WorkflowCall[]> {
  const out = new Map<string, WorkflowCall[]>();
  for (const w of workflows) {
    for (const job of w.workflow.jobs) {
      const u = job.uses;
      if (!u || !u.isWorkflow || u.kind !== 'local' || !u.path) continue;
      const path = u.path.replace(/^\.\//, '');
      const list = out.get(path) ?? [];
      list.push({ file: w.file, job });
      out.set(path, list);
    }
  }
  return out;
}

/**
 * The `workflow_call` inputs (lower case) of a reusable workflow that every job of this repository
 * calling it fills with a fixed value or leaves to the default written in the workflow (mochajs/mocha's
 * npm-script.yml: its callers pass `npm-script: lint`, `node-versions: "20,22,24"` and values of
 * literal matrices). Another repository may call the workflow too, but it then runs in that
 * repository, with its token: no collaborator of this one chooses the value. None when the workflow
 * has no caller here or the callers may not all be known.
 */
export function fixedCallInputs(workflow: WorkflowFact, calls: readonly WorkflowCall[], allCallersKnown: boolean): Set<string> {
  const out = new Set<string>();
  if (!allCallersKnown || calls.length === 0 || !workflow.triggers.events.includes('workflow_call')) return out;
  for (const name of Object.keys(workflow.triggers.callInputs)) {
    const key = name.toLowerCase();
    const fixed = calls.every((c) => {
      const given = Object.keys(c.job.with).find((k) => k.toLowerCase() === key);
      if (given === undefined) return true;
      const v = c.job.with[given];
      return fixedText(c.file.fullText.get(v) ?? v.value, c.job);
    });
    if (fixed) out.add(key);
  }
  return out;
}
