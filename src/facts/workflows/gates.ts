// Gates that keep outsiders from reaching a privileged job's checkout: a condition that admits
// only members (author association OWNER / MEMBER / COLLABORATOR), the same repository (not a
// fork), pull requests Dependabot or Renovate opened, or a label a maintainer sets; a permission check through the API, or a script's check of the
// author association that fails the job, before the checkout (unless the checkout runs anyway); a
// deployment environment (whose required reviewers, when set, approve each run). A gate in a job
// this one needs counts too, since GitHub skips a job whose needed job was skipped or failed
// (unless its own condition says always()).
import type { YamlFile } from './parse.ts';
import { repoSlug } from './uses.ts';
import type { FindingGate, JobFact, StepFact, WorkflowFact } from './types.ts';

/** Conditions that keep fork pull requests out: same repository, not a fork, a label a maintainer sets. */
const SAME_REPO_OR_LABEL = /head\.repo\.full_name\s*==|==\s*github\.repository\b|head\.repo\.fork\s*==\s*false|!\s*github\.event\.pull_request\.head\.repo\.fork|labels\.\*\.name|github\.event\.label\.name/;

const MEMBER_ROLE = /\b(?:OWNER|MEMBER|COLLABORATOR)\b/;

/**
 * A condition that admits only pull requests Dependabot or Renovate opened: their author (`pull_request.user.login`), whose
 * `[bot]` login no person can take, pushes its branches to the repository itself. Not `github.actor`, which is whoever
 * triggered this run (a Dependabot rebase of someone else's pull request), nor a condition with `||`, which admits more.
 */
const UPDATE_BOT_AUTHOR = /\bpull_request\.user\.login\s*==\s*'(?:dependabot|renovate)\[bot\]'|'(?:dependabot|renovate)\[bot\]'\s*==\s*github\.event\.pull_request\.user\.login\b/;

/** Actions that check the actor's permission on the repository through the API. */
const PERMISSION_ACTIONS = new Set([
  'actions-cool/check-user-permission',
  'prince-chrismc/check-actor-permissions-action',
  'lannonbr/repo-permission-check-action',
  'sushichop/action-repository-permission',
  'skjnldsv/check-actor-permission',
  'tspascoal/get-user-teams-membership',
]);

/** Jobs of `needs` followed, transitively. */
const MAX_NEEDS = 50;

/**
 * What a condition admits, in words, or null when it does not keep outsiders out. `pushesAfterLabel`:
 * the workflow runs again on a pull request's new commits (pull_request_target's `synchronize`), so a
 * label on the pull request (`labels.*.name`, not the `github.event.label.name` just added) admits
 * commits pushed after a maintainer set it (poetry's docs.yaml).
 */
export function conditionGate(cond: string | null, pushesAfterLabel = false): string | null {
  if (!cond) return null;
  if (cond.includes('author_association') && MEMBER_ROLE.test(cond) && !(cond.includes('!=') && !cond.includes('==') && !cond.includes('contains('))) return 'admits only owners, members or collaborators (author_association)';
  if (UPDATE_BOT_AUTHOR.test(cond) && !cond.includes('||')) return 'admits only pull requests opened by a dependency update bot (pull_request.user.login), whose branches are in this repository';
  if (!SAME_REPO_OR_LABEL.test(cond)) return null;
  if (!cond.includes('label')) return 'admits only pull requests from the same repository';
  return pushesAfterLabel && cond.includes('labels.*.name')
    ? 'needs a label a maintainer sets, which stays on the pull request: commits pushed after it (synchronize) run without another look'
    : 'needs a label a maintainer sets';
}

/** Whether pull_request_target runs the workflow on a pull request's new commits: `synchronize` among its types, or no types (the default includes it). */
function runsOnNewCommits(wf: WorkflowFact): boolean {
  if (!wf.triggers.events.includes('pull_request_target')) return false;
  const types = wf.triggers.filters['pull_request_target']?.types ?? null;
  return types === null || types.includes('synchronize');
}

/** True when a step asks the API for the actor's permission (an action for it, or `gh api …/collaborators/…/permission`). */
export function isPermissionCheck(file: YamlFile, step: StepFact): boolean {
  const slug = step.uses ? repoSlug(step.uses) : null;
  if (slug && PERMISSION_ACTIONS.has(slug)) return true;
  const s = stepScript(file, step);
  if (!s) return false;
  return (s.text.includes('/collaborators/') && s.text.includes('/permission')) || s.text.includes('getCollaboratorPermissionLevel') || (s.via === 'github-script' && s.text.includes('checkCollaborator'));
}

/**
 * True when a step checks in its own script that the commenter or actor is an owner, member or
 * collaborator (the author association) and fails the job otherwise: a github-script step that
 * reads the association, names one of those roles and calls core.setFailed or throws, or a run step
 * that reads it, names a role and exits non-zero. The steps after it then run only for members.
 */
export function isAssociationCheck(file: YamlFile, step: StepFact): boolean {
  const s = stepScript(file, step);
  if (!s) return false;
  const fails = s.via === 'github-script' ? /\bcore\.setFailed\s*\(|\bthrow\b/ : /\bexit\s+[1-9]/;
  return s.text.includes('author_association') && MEMBER_ROLE.test(s.text) && fails.test(s.text);
}

/** The script a step runs: its `run:`, or the `script` of actions/github-script; null for any other step. */
function stepScript(file: YamlFile, step: StepFact): { text: string; via: 'run' | 'github-script' } | null {
  if (step.uses) {
    if (repoSlug(step.uses) !== 'actions/github-script') return null;
    const script = step.with['script'];
    return { text: script ? (file.fullText.get(script) ?? script.value) : '', via: 'github-script' };
  }
  return step.run ? { text: file.fullText.get(step.run) ?? step.run.text, via: 'run' } : null;
}

function runsWhateverNeedsDid(cond: string | null): boolean {
  return cond !== null && /\balways\s*\(|!\s*cancelled\s*\(|\bfailure\s*\(/.test(cond);
}

/**
 * The gate in front of step `index` of `job`, or null: its own condition, the job's, a permission
 * check before it, the job's environment; then the same in the jobs it needs.
 */
export function gateBefore(file: YamlFile, wf: WorkflowFact, job: JobFact, index: number): FindingGate | null {
  const step = job.steps[index];
  const pushes = runsOnNewCommits(wf);
  const own = gateInJob(file, job, index, step, pushes);
  if (own) return own;
  if (runsWhateverNeedsDid(job.if)) return null;
  const byId = new Map(wf.jobs.map((j) => [j.id, j] as const));
  const seen = new Set<string>([job.id]);
  const queue = [...job.needs];
  while (queue.length > 0 && seen.size <= MAX_NEEDS) {
    const id = queue.shift() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    const needed = byId.get(id);
    if (!needed) continue;
    const g = gateInJob(file, needed, needed.steps.length, undefined, pushes);
    if (g) return { ...g, detail: `${g.detail}, in job ${needed.id}, which job ${job.id} needs` };
    if (!runsWhateverNeedsDid(needed.if)) queue.push(...needed.needs);
  }
  return null;
}

function gateInJob(file: YamlFile, job: JobFact, index: number, step: StepFact | undefined, pushes: boolean): FindingGate | null {
  if (step) {
    const s = conditionGate(step.if, pushes);
    if (s) return { kind: 'condition', detail: `the step's condition ${s}`, path: file.path, ...condPos(step) };
  }
  const j = conditionGate(job.if, pushes);
  if (j) return { kind: 'condition', detail: `job ${job.id}'s condition ${j}`, path: file.path, ...condPos(job) };
  // An earlier step that fails the job keeps the later ones from running, unless they run anyway.
  const runsAnyway = step !== undefined && runsWhateverNeedsDid(step.if);
  for (const s of runsAnyway ? [] : job.steps.slice(0, index)) {
    const named = s.name ? ` (step "${s.name.slice(0, 60)}")` : '';
    if (isPermissionCheck(file, s)) return { kind: 'permission-check', detail: `a permission check of the actor through the API${named}`, path: file.path, line: s.line, column: s.column };
    if (isAssociationCheck(file, s))
      return { kind: 'permission-check', detail: `a check in the step's script that admits only owners, members or collaborators (author_association) and fails the job otherwise${named}`, path: file.path, line: s.line, column: s.column };
  }
  if (job.environment && job.environment.value.trim() !== '')
    return { kind: 'environment', detail: `environment "${job.environment.value.slice(0, 60)}"`, environment: job.environment.value.trim(), path: file.path, line: job.environment.line, column: job.environment.column };
  return null;
}

/** Where an `if:` is written (the job or step's own line when unknown). */
function condPos(owner: { line: number; column: number; ifAt?: { line: number; column: number } | null }): { line: number; column: number } {
  return owner.ifAt ? { line: owner.ifAt.line, column: owner.ifAt.column } : { line: owner.line, column: owner.column };
}
