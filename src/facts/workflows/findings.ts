// Findings: places in workflows and composite actions that are evidence against an OSPS Baseline
// requirement (or, with requirement null, hardening advice).
import { artifactRunIn, downloadOutside, downloadSubfolder, loaderEnv } from './artifact-runs.ts';
import { contextPaths, findExpressions, inputName, isUntrustedPath, requiredEvents, valuePaths } from './expressions.ts';
import { type EnvScopes, envEntry } from './env.ts';
import { gateBefore } from './gates.ts';
import { isGitFetch, readsOnlyMetadata } from './metadata-only.ts';
import { type Chain, describeChain, type FlowJob, type FlowSource, shellLines, ValueFlow } from './head-flow.ts';
import type { YamlFile } from './parse.ts';
import { tagRequiredReason } from './hub-publishing.ts';
import { classifyUses, repoSlug, usesTarget } from './uses.ts';
import type { ActionFact, Finding, InputDecl, JobFact, Position, Severity, StepFact, UsesFact, WorkflowFact } from './types.ts';

/** Findings kept in total; past this, `findingsTruncated` is set. */
export const MAX_FINDINGS = 5_000;

/** Triggers that run with the base repository's secrets and a write-capable token while handling outside input. */
export const PRIVILEGED_TRIGGERS: readonly string[] = ['pull_request_target', 'workflow_run', 'issue_comment'];

/**
 * `with:` inputs that are scripts. Expressions are expanded before the action sees the text, so
 * `${{ }}` there is an injection just as in `run:`. `actions/github-script`'s `script` is the
 * common case; the generic names cover ssh / retry / shell-runner actions.
 */
export const SCRIPT_INPUTS: readonly string[] = ['script', 'run', 'command', 'commands', 'cmd', 'shell-script', 'inline-script'];

/** Input types whose values GitHub constrains (not free text): not flagged when used in a script. */
const SAFE_INPUT_TYPES = new Set(['boolean', 'number', 'choice', 'environment']);

export interface ParsedWorkflow {
  file: YamlFile;
  workflow: WorkflowFact;
}

export interface ParsedAction {
  file: YamlFile;
  action: ActionFact;
}

export class FindingSink {
  readonly findings: Finding[] = [];
  truncated = false;
  /** path, line, column and kind already reported: an aliased job or step is reported once, where its text is. */
  private readonly seen = new Set<string>();

  add(file: YamlFile, kind: Finding['kind'], requirement: string | null, severity: Severity, at: Position, message: string, extra?: Pick<Finding, 'gate' | 'gatedSeverity'>): void {
    const key = `${file.path}\0${at.line}\0${at.column}\0${kind}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (this.findings.length >= MAX_FINDINGS) {
      this.truncated = true;
      return;
    }
    const snippet = file.lineAt(at.line);
    const f: Finding = { kind, requirement, severity, path: file.path, line: at.line, column: at.column, message };
    if (snippet) f.snippet = snippet;
    if (extra) Object.assign(f, extra);
    this.findings.push(f);
  }
}

function short(s: string, n = 120): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 3) + '...' : one;
}

/** Scripts of a step: `run:` and script-like `with:` inputs. */
function scriptsOf(step: StepFact): Array<{ fact: object; label: string; at: Position }> {
  const out: Array<{ fact: object; label: string; at: Position }> = [];
  if (step.run) out.push({ fact: step.run, label: 'run:', at: step.run });
  if (step.uses) {
    const isGithubScript = repoSlug(step.uses) === 'actions/github-script';
    for (const [k, v] of Object.entries(step.with)) {
      const key = k.toLowerCase();
      if ((isGithubScript && key === 'script') || SCRIPT_INPUTS.includes(key)) out.push({ fact: v, label: `with.${k} of ${short(step.uses.raw, 60)}`, at: v });
    }
  }
  return out;
}

/** Where the inputs used in a script are declared, to tell typed (safe) inputs from free text. */
interface InputScope {
  kind: 'workflow' | 'action';
  decls: Array<Record<string, InputDecl>>;
  /** Inputs (lower case) of a composite action that every caller in the repository fills with a fixed value (action-callers.ts). */
  fixed?: ReadonlySet<string>;
  /** workflow_call inputs (lower case) every calling job in the repository fills with a fixed value, and no workflow_dispatch input shares the name. */
  fixedCall?: ReadonlySet<string>;
  /**
   * The workflow has no workflow_call trigger, so `github.event_name` is its own event: a step that runs only on an
   * event other than workflow_dispatch gets empty inputs.
   */
  eventTellsInputs?: boolean;
}

/**
 * The condition under which a step gets no workflow inputs, in words, or null: its `if:` (or its job's) requires an
 * event other than workflow_dispatch (markupsafe's publish.yaml creates the release `if: github.event_name == 'push'`
 * from `inputs.tag || github.ref_name`). Only for a workflow nothing calls: a called workflow's event_name is the caller's.
 */
function inputlessCondition(scope: InputScope, conds: ReadonlyArray<string | null>): string | null {
  if (!scope.eventTellsInputs) return null;
  for (const cond of conds) {
    const { is, isNot } = requiredEvents(cond);
    const other = is.find((e) => e !== 'workflow_dispatch');
    if (other !== undefined) return `on ${other} (\`if: ${short(cond ?? '', 80)}\`)`;
    if (isNot.includes('workflow_dispatch')) return `on events other than workflow_dispatch (\`if: ${short(cond ?? '', 80)}\`)`;
  }
  return null;
}

/** Whether no collaborator chooses the input's text: a typed workflow input, or a composite action input its callers fix. */
function inputIsConstrained(scope: InputScope, name: string): boolean {
  if (name === '') return false;
  if (scope.kind === 'action') return scope.fixed?.has(name) ?? false;
  // Input names are case-insensitive; expressions read them in lower case.
  const found = scope.decls.flatMap((d) => Object.keys(d).filter((k) => k.toLowerCase() === name).map((k) => d[k]));
  // Declared in no trigger, no one can set it: GitHub refuses a dispatch or call with inputs the
  // workflow does not declare (axios's publish.yml, copied from notify.yml, reads an undeclared
  // `inputs.tag`). Otherwise declared in every trigger that has it, with a constrained type.
  return found.every((d) => SAFE_INPUT_TYPES.has(d.type.toLowerCase()));
}

/**
 * Manual and reusable inputs as the source of a flow (head-flow.ts): followed through env, step
 * outputs and job outputs to a script, and ended by a check of the whole value (validation.ts).
 * An action fed one is not taken to give it back: only what a script writes is followed.
 */
function inputSource(scope: InputScope): FlowSource {
  return {
    // `github.event.inputs.x` is `inputs.x` by another name: one name, so that a check of either holds for both.
    path: (p) => {
      const n = inputName(p);
      return n === null || inputIsConstrained(scope, n) ? null : n === '' ? 'inputs' : `inputs.${n}`;
    },
    passThrough: false,
    commandsCarry: false,
    validation: true,
  };
}

/** Env maps that apply to a step, innermost first (step, job, workflow). */
type EnvChain = EnvScopes;

/**
 * `env.NAME` paths whose value (looked up step, job, workflow) expands untrusted input:
 * `${{ env.TITLE }}` in a script is as unsafe as the expression TITLE was set from.
 */
function taintedEnv(file: YamlFile, paths: string[], chain: EnvChain): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!p.startsWith('env.')) continue;
    const v = envEntry(chain, p.slice(4).split('.')[0])?.value;
    if (v === undefined) continue;
    const text = file.fullText.get(v) ?? v.value;
    if (findExpressions(text).some((e) => valuePaths(e.body).some(isUntrustedPath))) out.push(`${p} = ${short(v.value, 60)}`);
  }
  return out;
}

function checkScripts(sink: FindingSink, file: YamlFile, job: FlowJob, scope: InputScope, inputs: ValueFlow, outer: EnvChain = [], jobIf: string | null = null): void {
  for (const step of job.steps) {
    const chain: EnvChain = [step.env, ...outer];
    const inputless = inputlessCondition(scope, [step.if, jobIf]);
    for (const script of scriptsOf(step)) {
      const text = file.fullText.get(script.fact) ?? '';
      let cursor = 0;
      for (const expr of findExpressions(text)) {
        const found = file.findInSource(script.fact, expr.text, cursor);
        if (found) cursor = found.offset + expr.text.length;
        const at = found?.pos ?? script.at;
        const paths = valuePaths(expr.body);
        const untrusted = [...paths.filter(isUntrustedPath), ...taintedEnv(file, paths, chain)];
        if (untrusted.length > 0) {
          sink.add(
            file,
            'untrusted-input',
            'OSPS-BR-01.01',
            'error',
            at,
            `${short(expr.text)} expands untrusted input (${untrusted.join(', ')}) into ${script.label}; anyone who can open an issue or pull request controls it. Pass it through env: and quote "$VAR" instead.`,
          );
          continue;
        }
        const chains = paths.map((p) => inputs.pathChain(p, job, step.index)).filter((c): c is Chain => c !== null);
        if (chains.length > 0 && inputless !== null)
          // Shown, not failed: on that event the inputs are empty, whatever a collaborator would type.
          sink.add(file, 'collaborator-input', 'OSPS-BR-01.04', 'note', at, `${short(expr.text)} expands a workflow input into ${script.label}, but the step runs only ${inputless}, when workflow inputs are empty; no collaborator chooses it.`);
        else if (chains.length > 0) sink.add(file, 'collaborator-input', 'OSPS-BR-01.04', 'warning', at, inputMessage(expr.text, chains, scope, script.label));
        else {
          // Shown, not failed: the reader sees why the expansion is no collaborator input.
          const fixed = [...new Set(paths.map(inputName).filter((n): n is string => n !== null && n !== '' && (scope.fixedCall?.has(n) ?? false)))];
          if (fixed.length > 0)
            sink.add(file, 'collaborator-input', 'OSPS-BR-01.04', 'note', at, `${short(expr.text)} expands workflow_call input${fixed.length > 1 ? 's' : ''} ${fixed.join(', ')} into ${script.label}, which every job of this repository that calls the workflow fills with a fixed value; no collaborator chooses it.`);
        }
      }
    }
  }
}

/**
 * What an expansion of inputs says: the inputs, and for one reached through env or an output
 * (`steps.version.outputs.version`, which carries inputs.version through $VERSION) the way it came.
 */
function inputMessage(expr: string, chains: Chain[], scope: InputScope, label: string): string {
  const names = [...new Set(chains.map((c) => inputName(c[c.length - 1]) ?? c[c.length - 1]))].map((n) => n || '(all inputs)');
  const ways = [...new Set(chains.filter((c) => c.length > 1).map((c) => `${c[0]}${describeChain(c)}`))];
  const what = scope.kind === 'action' ? 'composite action input' : 'workflow input';
  const check = 'check its whole value in an earlier step (`[[ "$VAR" =~ ^[0-9.]+$ ]] || exit 1`)';
  const fix = scope.kind === 'action' ? `Pass it through env: and quote "$VAR", or ${check}.` : `Pass it through env: and quote "$VAR", ${check}, or give it a boolean/number/choice type.`;
  return `${short(expr)} expands a ${what} (${names.join(', ')}) into ${label} without validation${ways.length > 0 ? ` (${ways.join('; ')})` : ''}. ${fix}`;
}

// ---- Privileged triggers running pull request code (OSPS-BR-01.03) ----

const GIT_FETCH_PR = /\bgit\s+(?:-c\s+\S+\s+)*(?:fetch|checkout|pull|switch|clone|worktree\s+add)\b/;

/** fetchOnly: a `git fetch` whose script goes on with git metadata reads only (the working tree is still the base). */
interface CheckoutHit {
  at: Position;
  how: string;
  runsInScript?: boolean;
  fetchOnly?: boolean;
}

/**
 * Where step `index` of `job` brings the pull request's code into the job, or null: a checkout
 * (actions/checkout, git fetch/checkout, gh pr checkout) of a value that carries the head, directly
 * or through env, step outputs, job outputs or shell variables (head-flow.ts).
 */
function untrustedCheckout(file: YamlFile, flow: ValueFlow, job: JobFact, index: number): CheckoutHit | null {
  const step = job.steps[index];
  if (step.uses && repoSlug(step.uses) === 'actions/checkout') {
    for (const v of [step.with['ref'], step.with['repository']]) {
      if (!v) continue;
      const chain = flow.expressionChain(file.fullText.get(v) ?? v.value, job, index);
      if (chain) return { at: v, how: `actions/checkout of ${short(v.value, 80)}${describeChain(chain)}` };
    }
    return null;
  }
  if (step.run) {
    let hit: CheckoutHit | null = null;
    for (const { line, locals } of flow.scriptLines(job, step)) {
      if (hit) {
        if (hit.fetchOnly && !readsOnlyMetadata(line)) hit.fetchOnly = false;
        // The same script goes on to run something other than git, or gh talking to the API about the pull request
        // (a Dependabot auto-merge's `gh pr checkout`, then `gh pr status`, `gh pr review --approve`, `gh pr merge --auto`): it runs the code it fetched.
        if (!/^(?:git|echo|cd|printf|set|export)\b/.test(line) && !readsOnlyMetadata(line)) {
          hit.runsInScript = true;
          break;
        }
        continue;
      }
      let chain: string[] | null = null;
      if (/\bgh\s+pr\s+checkout\b/.test(line)) chain = ['gh pr checkout'];
      else if (GIT_FETCH_PR.test(line)) chain = flow.lineChain(line, job, index, locals);
      if (chain) {
        const found = file.findInSource(step.run, line) ?? file.findInSource(step.run, line.slice(0, 40));
        hit = { at: found?.pos ?? step.run, how: `\`${short(line, 80)}\`${chain.length > 1 ? describeChain(chain) : ''}`, fetchOnly: isGitFetch(line) && readsOnlyMetadata(line) };
        if (/&&|;/.test(line.slice(line.search(GIT_FETCH_PR) + 1).replace(/&&\s*git\b/g, ''))) hit.runsInScript = true;
      }
    }
    return hit;
  }
  return null;
}

/**
 * workflow_run only: artifacts of the triggering run were built from the pull request's code
 * (artifact poisoning), so downloading them brings that code in as well.
 */
function untrustedArtifact(file: YamlFile, wf: WorkflowFact, step: StepFact): { at: Position; how: string; artifact: true } | null {
  if (!wf.effectiveEvents.includes('workflow_run') || !step.uses) return null;
  const slug = repoSlug(step.uses);
  if (slug === 'dawidd6/action-download-artifact') return { at: step.uses, how: `${short(step.uses.raw, 80)} (artifacts of another run)`, artifact: true };
  if (slug === 'actions/download-artifact') {
    const runId = step.with['run-id'];
    if (runId && /workflow_run\.id/.test(file.fullText.get(runId) ?? runId.value)) return { at: runId, how: 'actions/download-artifact of the triggering run', artifact: true };
  }
  // GitHub's documented pattern (nlohmann/json's comment_check_amalgamation.yml): github.rest.actions.downloadArtifact in a github-script.
  const script = step.with['script'];
  if (slug === 'actions/github-script' && script && /\.downloadArtifact\(/.test(file.fullText.get(script) ?? script.value))
    return { at: script, how: 'actions/github-script calling downloadArtifact (artifacts of another run)', artifact: true };
  return null;
}

/** Actions that do not execute the checked-out code. */
const NON_EXECUTING = [
  /^actions\/checkout$/,
  /^actions\/(upload|download)-artifact$/,
  /^actions\/cache(\/.*)?$/,
  /^actions\/github-script$/,
  /^actions\/labeler$/,
  /^actions\/stale$/,
  /^peter-evans\/create-or-update-comment$/,
  /^marocchino\/sticky-pull-request-comment$/,
];

/**
 * After a fetch that leaves the working tree alone, a run: step brings the commits into play only
 * if it does more than read their metadata (a DCO job's `git log --pretty=%B`, `gh pr comment`).
 */
function runsFetched(file: YamlFile, step: StepFact): boolean {
  if (step.run) return !readsOnlyMetadata(file.fullText.get(step.run) ?? step.run.text);
  return executesCode(step);
}

function executesCode(step: StepFact): boolean {
  if (step.run) return true;
  if (!step.uses) return false;
  if (step.uses.kind === 'local') return true;
  const target = usesTarget(step.uses);
  return !NON_EXECUTING.some((re) => re.test(target));
}

function jobUsesSecrets(file: YamlFile, wf: WorkflowFact, job: JobFact): boolean {
  if (job.secrets !== null) return true;
  const texts: string[] = [];
  for (const v of [...Object.values(wf.env), ...Object.values(job.env)]) texts.push(file.fullText.get(v) ?? v.value);
  for (const s of job.steps) {
    for (const v of [...Object.values(s.with), ...Object.values(s.env)]) texts.push(file.fullText.get(v) ?? v.value);
    if (s.run) texts.push(file.fullText.get(s.run) ?? s.run.text);
  }
  return texts.some((t) => findExpressions(t).some((e) => contextPaths(e.body).some((p) => p.startsWith('secrets.') && p !== 'secrets.github_token')));
}

function tokenDescription(wf: WorkflowFact, job: JobFact): string {
  const p = job.permissions.kind !== 'absent' ? job.permissions : wf.permissions;
  if (p.kind === 'absent') return 'the default GITHUB_TOKEN (write unless the repository default is read-only)';
  if (p.kind === 'write-all') return 'a write-all GITHUB_TOKEN';
  if (p.kind === 'map') {
    const writes = Object.entries(p.scopes).filter(([, v]) => v === 'write').map(([k]) => k);
    return writes.length > 0 ? `a GITHUB_TOKEN with write on ${writes.join(', ')}` : 'a read-only GITHUB_TOKEN';
  }
  return 'a read-only GITHUB_TOKEN';
}

/** Whether a text names a folder as a path of its own (`./poetry-docs`, `poetry-docs/x`, `--dir=poetry-docs`), not inside another name. Linear. */
function namesFolder(text: string, folder: string): boolean {
  for (let at = text.indexOf(folder); at >= 0; at = text.indexOf(folder, at + 1)) {
    const before = at === 0 ? ' ' : text[at - 1];
    const after = text[at + folder.length] ?? ' ';
    if (/[\s/='"(:,]/.test(before) && /[\s/'")\]:;,]/.test(after) && (before !== '/' || text.slice(0, at).endsWith('./'))) return true;
  }
  return false;
}

/**
 * After a checkout into a subfolder (`path: poetry-docs`), the first later step that names the
 * folder: where the pull request's files are used (poetry's docs.yaml hands them to `poetry run
 * python bin/website build --local ./poetry-docs`). Null when no step names it.
 */
function stepNamingFolder(file: YamlFile, later: readonly StepFact[], folder: string): { at: Position; what: string } | null {
  for (const step of later) {
    if (step.workingDirectory !== null && namesFolder(step.workingDirectory, folder)) return { at: step, what: `runs a step in it (working-directory: ${short(step.workingDirectory, 60)})` };
    if (step.uses && (namesFolder(step.uses.raw, folder) || Object.values(step.with).some((v) => namesFolder(file.fullText.get(v) ?? v.value, folder))))
      return { at: step.uses, what: `hands it to \`uses: ${short(step.uses.raw, 80)}\`` };
    if (!step.run) continue;
    for (const line of shellLines(file.fullText.get(step.run) ?? step.run.text)) {
      if (!namesFolder(line, folder)) continue;
      const found = file.findInSource(step.run, line) ?? file.findInSource(step.run, line.slice(0, 40));
      return { at: found?.pos ?? step.run, what: `hands it to \`${short(line, 80)}\`` };
    }
  }
  return null;
}

/** One step less severe: what a gate in front of a finding does. */
function lower(s: Severity): Severity {
  return s === 'error' ? 'warning' : 'note';
}

function checkPrivileged(sink: FindingSink, file: YamlFile, wf: WorkflowFact): void {
  const privileged = wf.effectiveEvents.filter((e) => PRIVILEGED_TRIGGERS.includes(e));
  if (privileged.length === 0) return;
  const flow = new ValueFlow(file, wf);
  for (const job of wf.jobs) {
    for (let i = 0; i < job.steps.length; i++) {
      const hit = untrustedCheckout(file, flow, job, i) ?? untrustedArtifact(file, wf, job.steps[i]);
      if (!hit) continue;
      // Downloaded artifacts are data until a step runs them; a checkout is code that any later step may run.
      // A download into a subfolder keeps the working folder the checkout's, unless a default working-directory moves it.
      const into = job.workingDirectory === null && wf.workingDirectory === null && 'artifact' in hit ? downloadSubfolder(job.steps[i].with['path']?.value) : null;
      // A download into the runner's temporary folder leaves the working folder the checkout's, unless an env of the job points a program at it.
      const outsideFolder = job.workingDirectory === null && wf.workingDirectory === null && 'artifact' in hit ? downloadOutside(job.steps[i].with['path']?.value) : null;
      const outside = outsideFolder !== null && !loaderEnv(job.env, outsideFolder) && !loaderEnv(wf.env, outsideFolder) ? outsideFolder : null;
      const artifactRun = 'artifact' in hit ? artifactRunIn(file, job.steps.slice(i + 1), into, outside) : undefined;
      const fetchOnly = 'fetchOnly' in hit && hit.fetchOnly === true && hit.runsInScript !== true;
      const later = job.steps.slice(i + 1);
      const runsLater =
        artifactRun !== undefined
          ? artifactRun !== null
          : ('runsInScript' in hit && hit.runsInScript === true) || (fetchOnly ? later.some((s) => runsFetched(file, s)) : later.some(executesCode));
      const fetchUnrun = fetchOnly && !runsLater;
      // A checkout into a subfolder: the step that uses the folder is where its code may run.
      const checkoutFolder = !('artifact' in hit) && job.workingDirectory === null && wf.workingDirectory === null ? downloadSubfolder(job.steps[i].with['path']?.value) : null;
      const named = artifactRun === undefined && runsLater && !('artifact' in hit) && hit.runsInScript !== true && checkoutFolder !== null ? stepNamingFolder(file, later, checkoutFolder) : null;
      const gate = gateBefore(file, wf, job, i);
      const found: Severity = runsLater ? 'error' : artifactRun === null || fetchUnrun ? 'note' : 'warning';
      // A condition or a permission check is in the file: it lowers the severity here. An
      // environment's reviewers are a repository setting: the rule decides with the API's answer.
      const severity = gate && gate.kind !== 'environment' ? lower(found) : found;
      const exposure = `${jobUsesSecrets(file, wf, job) ? 'secrets and ' : ''}${tokenDescription(wf, job)}`;
      const mitigation = !gate
        ? ''
        : gate.kind === 'environment'
          ? `; it runs in ${gate.detail} (line ${gate.line}), whose required reviewers, if set, approve each run`
          : `; mitigated by ${gate.detail} (line ${gate.line})`;
      sink.add(
        file,
        'privileged-untrusted-checkout',
        'OSPS-BR-01.03',
        severity,
        hit.at,
        `job ${job.id} runs on ${privileged.join(', ')} with ${exposure} and brings in the pull request's code (${hit.how})` +
          (artifactRun ? `; line ${artifactRun.at.line} runs it: ${artifactRun.what}` : '') +
          (artifactRun === null
            ? outside !== null
              ? '; no later step runs it (it is downloaded outside the working folder, and each later step only reads the checkout or hands the files to a script of the checkout as data)'
              : '; no later step runs it (each only reads, unpacks or uploads the files, with tools present before the download)'
            : '') +
          (named ? ` into ${checkoutFolder}/; line ${named.at.line} ${named.what}, which may run it` : '') +
          (artifactRun === undefined && runsLater && !named ? '; later steps run it' : '') +
          (fetchUnrun ? '; it only fetches the commits (the working tree stays the base checkout) and no later step checks them out or runs anything but git metadata reads and gh comments' : '') +
          mitigation +
          (artifactRun === null || fetchUnrun
            ? '. Keep this job from running anything of the download (no checkout of it, no install after it).'
            : '. Run untrusted code in a pull_request workflow without secrets instead.'),
        gate ? { gate, ...(gate.kind === 'environment' ? { gatedSeverity: lower(found) } : {}) } : undefined,
      );
      break;
    }
  }
}

// ---- Permissions (OSPS-AC-04.01, OSPS-AC-04.02) ----
//
// Interpretation, for GitHub Actions:
// - OSPS-AC-04.01 ("tasks with no permissions specified get the lowest permissions"): the token a
//   job gets when nothing is declared comes from a repository / organisation setting that a
//   checkout cannot see, and was read-write by default for older repositories. A workflow whose
//   top level has no `permissions:` while some job also has none is therefore evidence against
//   04.01 ('permissions-missing', warning; a note for a workflow triggered only by workflow_call,
//   whose token is bounded by its caller's). Declaring `permissions:` (even `{}` or `read-all`)
//   at the top level, or on every job, makes the workflow independent of that setting; so does a
//   job that calls a workflow of this repository which declares its own.
// - OSPS-AC-04.02 ("only the minimum privileges necessary"): `write-all` anywhere is never minimal
//   ('permissions-write-all', error). A write scope at the workflow level is granted to every job,
//   including jobs that do not need it ('permissions-broad-write', warning; a note when the
//   workflow has a single job, where workflow and job level are the same). Write scopes on a job
//   are taken as needed: a checkout cannot tell what a job needs.

/** Whether a workflow declares `permissions:` at its top level or on every job, so that its jobs' tokens do not depend on the repository's default. */
export function declaresPermissions(wf: WorkflowFact): boolean {
  return wf.permissions.kind !== 'absent' || (wf.jobs.length > 0 && wf.jobs.every((j) => j.permissions.kind !== 'absent'));
}

/** The workflows of this repository by path, to judge a job that calls one of them. */
export type LocalWorkflows = ReadonlyMap<string, WorkflowFact>;

function checkPermissions(sink: FindingSink, file: YamlFile, wf: WorkflowFact, local: LocalWorkflows): void {
  const rootAt: Position = file.nodePos(file.root);
  if (wf.permissions.kind === 'absent' && wf.jobs.length > 0) {
    // A job that calls a reusable workflow of this repository which declares its own permissions
    // runs with those (a called workflow can only narrow its caller's token): nodejs/undici's
    // triggered-autobahn.yml calls autobahn.yml, which declares `contents: read`.
    const callsDeclared = (j: WorkflowFact['jobs'][number]) => {
      const callee = j.uses?.kind === 'local' && j.uses.isWorkflow && j.uses.path ? local.get(j.uses.path.replace(/^\.\//, '')) : undefined;
      return callee !== undefined && callee.valid && declaresPermissions(callee);
    };
    const missing = wf.jobs.filter((j) => j.permissions.kind === 'absent' && !callsDeclared(j)).map((j) => j.id);
    if (missing.length > 0) {
      const names = missing.length > 10 ? `${missing.slice(0, 10).join(', ')} and ${missing.length - 10} more` : missing.join(', ');
      // A workflow that is only ever called (workflow_call) gets at most its caller's token, so
      // the caller decides; still worth a note, since the caller may not restrict it.
      const onlyCalled = wf.triggers.events.length > 0 && wf.triggers.events.every((e) => e === 'workflow_call');
      sink.add(
        file,
        'permissions-missing',
        'OSPS-AC-04.01',
        onlyCalled ? 'note' : 'warning',
        rootAt,
        `no top-level permissions: and none on job${missing.length > 1 ? 's' : ''} ${names}; ${missing.length > 1 ? 'they get' : 'it gets'} ${
          onlyCalled ? "the calling workflow's GITHUB_TOKEN permissions" : "the repository's default GITHUB_TOKEN permissions, which may be read-write"
        }. Add \`permissions: {}\` or \`contents: read\` at the top and grant more per job.`,
      );
    }
  }
  if (wf.permissions.kind === 'write-all' && wf.permissions.position) {
    sink.add(file, 'permissions-write-all', 'OSPS-AC-04.02', 'error', wf.permissions.position, 'permissions: write-all gives every job write access to everything; grant only the scopes each job needs.');
  }
  for (const job of wf.jobs) {
    if (job.permissions.kind === 'write-all' && job.permissions.position) {
      sink.add(file, 'permissions-write-all', 'OSPS-AC-04.02', 'error', job.permissions.position, `job ${job.id} has permissions: write-all; grant only the scopes it needs.`);
    }
  }
  if (wf.permissions.kind === 'map') {
    // A job with a permissions: block of its own gets only that: the workflow-level grant reaches
    // the other jobs (mochajs/mocha's release-please.yml grants id-token: write at the top, and
    // only its publishing job, the one that needs it, has no block of its own).
    const reach = wf.jobs.filter((j) => j.permissions.kind === 'absent');
    const own = wf.jobs.length - reach.length;
    const others = own === 0 ? '' : ` (the other ${own} declare${own === 1 ? 's' : ''} ${own === 1 ? 'its' : 'their'} own permissions)`;
    const single = reach.length <= 1;
    for (const [scope, level] of Object.entries(wf.permissions.scopes)) {
      if (level !== 'write') continue;
      const uses = single ? [] : reach.map((j) => scopeUse(file, j, scope));
      if (uses.length > 0 && uses.every((u) => u !== null)) {
        // Every job that gets it uses the scope: granted at the top, it gives no job more than it needs.
        const each = own === 0 ? `each of its ${wf.jobs.length} jobs` : `each of the ${reach.length} jobs that get it`;
        sink.add(
          file,
          'permissions-broad-write',
          'OSPS-AC-04.02',
          'note',
          wf.permissions.scopePositions[scope],
          `${scope}: write is granted at the workflow level, and ${each} uses it (${reach.map((j, i) => `${j.id}: ${uses[i]}`).join('; ').slice(0, 400)})${others}; granting it per job would keep a new job read-only.`,
        );
        continue;
      }
      const message =
        wf.jobs.length === 1
          ? `${scope}: write is granted at the workflow level; the workflow has one job, but moving it to that job keeps new jobs read-only.`
          : reach.length === 0
            ? `${scope}: write is granted at the workflow level, but every job declares its own permissions, so none gets it; a new job without its own would.`
            : reach.length === 1
              ? `${scope}: write is granted at the workflow level and reaches only job ${reach[0].id}${others}; moving it to that job keeps new jobs read-only.`
              : own === 0
                ? `${scope}: write is granted at the workflow level, so all ${wf.jobs.length} jobs get it; grant it only on the job that needs it.`
                : `${scope}: write is granted at the workflow level, so ${reach.length} of its ${wf.jobs.length} jobs get it${others}; grant it only on the job that needs it.`;
      sink.add(file, 'permissions-broad-write', 'OSPS-AC-04.02', single ? 'note' : 'warning', wf.permissions.scopePositions[scope], message);
    }
  }
}

/** Actions (owner/name, lower case, as repoSlug gives them) that write with the token's `contents` scope (releases, commits, pages) or ask for an OIDC token (`id-token`). */
const SCOPE_ACTIONS: Record<string, ReadonlySet<string>> = {
  contents: new Set([
    'softprops/action-gh-release', 'ncipollo/release-action', 'actions/create-release', 'actions/upload-release-asset', 'svenstaro/upload-release-action',
    'goreleaser/goreleaser-action', 'stefanzweifel/git-auto-commit-action', 'endbug/add-and-commit', 'peter-evans/create-pull-request',
    'jamesives/github-pages-deploy-action', 'peaceiris/actions-gh-pages', 'googleapis/release-please-action', 'changesets/action',
  ]),
  'id-token': new Set([
    'actions/attest-build-provenance', 'actions/attest', 'actions/attest-sbom', 'sigstore/gh-action-sigstore-python', 'pypa/gh-action-pypi-publish',
    'aws-actions/configure-aws-credentials', 'google-github-actions/auth', 'azure/login', 'actions/deploy-pages',
  ]),
  // Uploading code-scanning results (SARIF) needs security-events: write: rhysd/actionlint's codeql.yaml grants it at the
  // top, and each of its jobs, one per language, runs codeql-action/analyze. These are actions of one repository, named
  // with their folder (usesTarget): codeql-action/init alone uploads nothing.
  'security-events': new Set(['github/codeql-action/analyze', 'github/codeql-action/upload-sarif']),
};
/** Commands of a run step that write with `contents`, use an OIDC token or upload code-scanning results. */
const SCOPE_COMMANDS: Record<string, RegExp> = {
  contents: /\bgh\s+release\s+(?:create|upload|edit|delete)\b|\bgit\s+push\b/,
  'id-token': /\bcosign\s+(?:sign|attest)(?:-blob)?\b|\bACTIONS_ID_TOKEN_REQUEST_(?:URL|TOKEN)\b/,
  'security-events': /\bcodeql\s+github\s+upload-results\b/,
};

/**
 * What in a job uses a write scope of its token, in words, or null when nothing is seen: a known
 * action or command for `contents`, `id-token` and `security-events`. Other scopes are never judged used. A job that
 * calls a reusable workflow passes the token on, and that workflow's own permissions decide.
 */
function scopeUse(file: YamlFile, job: JobFact, scope: string): string | null {
  if (job.uses) return `calls ${short(job.uses.raw, 80)}`;
  const actions = SCOPE_ACTIONS[scope];
  const commands = SCOPE_COMMANDS[scope];
  if (!actions || !commands) return null;
  for (const st of job.steps) {
    const slug = st.uses ? repoSlug(st.uses) : null;
    if (slug && actions.has(slug)) return slug;
    const target = st.uses && slug ? usesTarget(st.uses) : null;
    if (target && actions.has(target)) return target;
    if (st.run) {
      const m = commands.exec(file.fullText.get(st.run) ?? st.run.text);
      if (m) return `\`${m[0]}\``;
    }
  }
  return null;
}

// ---- Pinning (hardening) ----

function checkPinned(sink: FindingSink, file: YamlFile, u: UsesFact | null): void {
  if (!u || u.pinned) return;
  if (u.kind !== 'action' && u.kind !== 'reusable-workflow' && u.kind !== 'docker') return;
  // Some reusable workflows only work when called by tag; pinning them would break them.
  const byDesign = tagRequiredReason(u);
  if (byDesign !== null) {
    sink.add(file, 'tag-pinned-by-design', null, 'note', u, byDesign);
    return;
  }
  const what = u.kind === 'docker' ? `Docker image ${short(u.raw, 100)}` : short(u.raw, 100);
  const by =
    u.kind === 'docker'
      ? u.refKind === 'none'
        ? 'has no tag or digest'
        : `is pinned to a tag (${u.ref}), not a sha256 digest`
      : u.refKind === 'tag'
        ? `is pinned to a tag (${u.ref}), not a full commit SHA`
        : u.refKind === 'branch'
          ? `follows a branch or short ref (${u.ref}), not a full commit SHA`
          : 'has no ref';
  const comment = u.comment !== null ? ` (comment: # ${short(u.comment, 60)})` : '';
  sink.add(file, 'unpinned-action', null, 'warning', u, `${what} ${by}${comment}; a moved tag or branch changes the code that runs.`);
}

/**
 * Findings of a workflow file; `fixedCall` names the workflow_call inputs every caller in the
 * repository fills with a fixed value (action-callers.ts): no call can set them otherwise, so they
 * are left out of the call's declarations (a workflow_dispatch input of the same name stays open).
 */
export function workflowFindings(sink: FindingSink, p: ParsedWorkflow, local: LocalWorkflows = new Map(), fixedCall: ReadonlySet<string> = new Set()): void {
  const { file, workflow: wf } = p;
  if (!wf.valid) return;
  const dispatch = wf.triggers.events.includes('workflow_dispatch') ? wf.triggers.dispatchInputs : {};
  const open = new Set(Object.keys(dispatch).map((k) => k.toLowerCase()));
  const callInputs = Object.fromEntries(Object.entries(wf.triggers.callInputs).filter(([k]) => !fixedCall.has(k.toLowerCase())));
  const scope: InputScope = {
    kind: 'workflow',
    decls: [
      ...(wf.triggers.events.includes('workflow_dispatch') ? [dispatch] : []),
      ...(wf.triggers.events.includes('workflow_call') ? [callInputs] : []),
    ],
    fixedCall: new Set([...fixedCall].filter((n) => !open.has(n))),
    eventTellsInputs: !wf.triggers.events.includes('workflow_call'),
  };
  const inputs = new ValueFlow(file, wf, inputSource(scope));
  for (const job of wf.jobs) checkScripts(sink, file, job, scope, inputs, [job.env, wf.env], job.if);
  checkPrivileged(sink, file, wf);
  checkPermissions(sink, file, wf, local);
  for (const job of wf.jobs) {
    checkPinned(sink, file, job.uses);
    for (const s of job.steps) checkPinned(sink, file, s.uses);
  }
}

/** Findings of an action file; `fixed` names the inputs every caller in the repository fills with a fixed value (action-callers.ts). */
export function actionFindings(sink: FindingSink, p: ParsedAction, repository: string | null, fixed: ReadonlySet<string> = new Set()): void {
  const { file, action } = p;
  if (!action.valid) return;
  const scope: InputScope = { kind: 'action', decls: [], fixed };
  // A composite action's steps read as one job: its env is the steps' own, its outputs are not read here.
  const job: FlowJob = { id: '', steps: action.steps, env: {}, outputs: {} };
  checkScripts(sink, file, job, scope, new ValueFlow(file, { env: {}, jobs: [job] }, inputSource(scope)));
  for (const s of action.steps) checkPinned(sink, file, s.uses);
  const img = action.image;
  if (img && /^docker:\/\//i.test(img.value.trim())) {
    checkPinned(sink, file, { ...classifyUses(img.value, repository), line: img.line, column: img.column, comment: null, commentVersion: null });
  }
}
