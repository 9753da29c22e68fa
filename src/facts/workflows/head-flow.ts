// Data flow inside one workflow: which values carry a pull request's head (its branch, commit or
// repository) to the place where a job checks code out. Sources are the event's head fields,
// `refs/pull/N/head|merge`, and API answers about a pull request's head (`gh pr view --json
// headRefOid`, a github-script that reads `.head.sha`). Values flow through env (workflow, job and
// step `env:`, and `$GITHUB_ENV` writes of earlier steps), step outputs (`$GITHUB_OUTPUT` writes,
// and actions fed such a value), job `outputs:` and `needs.<job>.outputs`, and shell variables
// assigned earlier in the same script. Every lookup is memoised and cycles end the search, so a
// workflow is walked in time linear in its size. No regular expression here can backtrack
// super-linearly: scripts are cut with indexOf and tested with anchored or single-class patterns.
import { envEntry } from './env.ts';
import { findExpressions, valuePaths } from './expressions.ts';
import type { YamlFile } from './parse.ts';
import { repoSlug } from './uses.ts';
import type { JobFact, StepFact, ValueFact, WorkflowFact } from './types.ts';

/** From the value used back to its source: ['needs.prep.outputs.ref', 'steps.pr.outputs.sha', 'github.event.pull_request.head.sha']. */
export type Chain = string[];

/** Context paths that name the pull request's head (its code), not the base. */
const PR_HEAD_PATHS = [
  'github.head_ref',
  'github.event.pull_request.head.sha',
  'github.event.pull_request.head.ref',
  'github.event.pull_request.head.repo.full_name',
  'github.event.pull_request.head.repo.clone_url',
  'github.event.pull_request.merge_commit_sha',
  'github.event.workflow_run.head_sha',
  'github.event.workflow_run.head_branch',
  'github.event.workflow_run.head_commit.id',
  'github.event.workflow_run.head_repository.full_name',
  'github.event.workflow_run.pull_requests.*.head.sha',
  'github.event.workflow_run.pull_requests.*.head.ref',
].map((p) => p.split('.'));

export function isPrHeadPath(p: string): boolean {
  const segs = p.split('.');
  return PR_HEAD_PATHS.some((hs) => hs.length === segs.length && hs.every((s, i) => s === '*' || segs[i] === '*' || s === segs[i]));
}

/** `refs/pull/N/head`, `pull/N/merge`: a pull request's ref written out. */
const PR_REF = /refs\/pull\/|(?:^|[\s:'"/])pull\/[^\s/]+\/(?:head|merge)\b/;

/** Shell variables that GitHub sets to the pull request's head branch. */
const HEAD_ENV_VARS: Record<string, string> = { GITHUB_HEAD_REF: 'github.head_ref' };

/** An API answer about a pull request's head: gh pr view/gh api/curl output, or a script reading it. */
const HEAD_FIELD = /headRef(?:Oid|Name)|\.head\.(?:sha|ref)\b|\bhead_sha\b|\bhead\.repo\.full_name\b/;
const PR_API = /\bgh\s+pr\s+view\b|\bgh\s+api\b|\bcurl\b|\bwget\b|\bpulls\.get\b|\bgithub\.rest\.pulls\b|\/pulls\//;

const GITHUB_SCRIPT_HEAD = 'actions/github-script reading a pull request head';
/** core.setOutput('name', value) with a literal name; the value is read to the end of its line. */
const SET_OUTPUT = /\bcore\.setOutput\(\s*(?:'([\w.-]{1,100})'|"([\w.-]{1,100})")\s*,([^\n]{0,300})/g;
/** A value that is not the head: a literal, or a base field (`….base.sha`, `….base.ref`). */
const NOT_HEAD_VALUE = /^(?:'[^'\\]{0,200}'|"[^"\\]{0,200}"|\d{1,20}|true|false|null|[\w$]{1,60}(?:\.[\w$]{1,60}){0,8}\.base\.(?:sha|ref))$/;

/** A setOutput call's value as written: its line's rest without the closing parenthesis and semicolon. */
function valueOf(rest: string): string {
  let v = rest.trim();
  if (v.endsWith(';')) v = v.slice(0, -1).trimEnd();
  if (v.endsWith(')')) v = v.slice(0, -1).trimEnd();
  return v;
}

/**
 * The outputs of an actions/github-script step whose script reads a pull request's head. When every
 * core.setOutput call names its output literally, only the outputs whose value may be the head are
 * tainted (a value that is a literal or a base field is not; any other value is), and `result`
 * when the script returns a value; otherwise every output is. So a script that sets both the base
 * and the head taints only the head.
 */
function scriptOutputsOf(script: string): StepOutputs {
  const named = new Map<string, Chain>();
  let calls = 0;
  for (let i = script.indexOf('setOutput('); i >= 0; i = script.indexOf('setOutput(', i + 1)) calls++;
  const found = [...script.matchAll(SET_OUTPUT)];
  if (calls === 0 || found.length !== calls) return { all: [GITHUB_SCRIPT_HEAD], named };
  for (const m of found) {
    const name = m[1] ?? m[2];
    if (!NOT_HEAD_VALUE.test(valueOf(m[3]))) named.set(name, [`core.setOutput('${name}', …) of ${GITHUB_SCRIPT_HEAD}`]);
  }
  if (/\breturn\b/.test(script)) named.set('result', [`the value returned by ${GITHUB_SCRIPT_HEAD}`]);
  return { all: null, named };
}

/** Actions whose outputs are the head of the pull request a comment was made on. */
const HEAD_OUTPUT_ACTIONS = new Set(['xt0rted/pull-request-comment-branch', 'alessbell/pull-request-comment-branch', 'gotson/pull-request-comment-branch']);

/** Depth of nested lookups (env -> output -> job output -> ...); a real workflow needs a handful. */
const MAX_DEPTH = 32;
/** Lines of one script read for outputs and variables. */
const MAX_SCRIPT_LINES = 5_000;
/** Characters of a line examined. */
const MAX_LINE = 4_000;

/** The lines of a shell script, with `\`-continued lines joined and comments dropped. */
export function shellLines(text: string): string[] {
  const out: string[] = [];
  let pending = '';
  const raw = text.split('\n', MAX_SCRIPT_LINES);
  for (const r of raw) {
    let line = r.length > MAX_LINE ? r.slice(0, MAX_LINE) : r;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.endsWith('\\')) {
      pending += line.slice(0, -1) + ' ';
      continue;
    }
    const full = (pending + line).trim();
    pending = '';
    if (full === '' || full.startsWith('#')) continue;
    out.push(full);
  }
  if (pending.trim() !== '') out.push(pending.trim());
  return out;
}

/** A `name=value` written to a file GitHub reads back ($GITHUB_OUTPUT, $GITHUB_ENV), or a `::set-output`. */
export interface Write {
  target: 'output' | 'env';
  name: string;
  value: string;
}

/** Reads `echo "name=value" >> "$GITHUB_OUTPUT"` (printf, tee -a, the legacy ::set-output) from one line. */
export function writeOf(line: string): Write | null {
  const legacy = line.indexOf('::set-output name=');
  if (legacy >= 0) {
    const rest = line.slice(legacy + '::set-output name='.length);
    const sep = rest.indexOf('::');
    if (sep > 0) return { target: 'output', name: rest.slice(0, sep).trim(), value: rest.slice(sep + 2) };
    return null;
  }
  const isOut = line.includes('GITHUB_OUTPUT');
  const isEnv = !isOut && line.includes('GITHUB_ENV');
  if (!isOut && !isEnv) return null;
  // The part written: before the redirection (or the tee) that names the file.
  let cut = line.indexOf('>>');
  const tee = line.indexOf('| tee');
  if (cut < 0 || (tee >= 0 && tee < cut)) cut = tee;
  if (cut < 0) return null;
  let body = line.slice(0, cut).trim();
  const echo = firstCommand(body, ['echo', 'printf']);
  if (echo < 0) return null;
  body = body.slice(echo).replace(/^(?:echo|printf)\s+/, '');
  while (body.startsWith('-')) {
    const sp = body.indexOf(' ');
    if (sp < 0) return null;
    body = body.slice(sp + 1).trimStart();
  }
  body = unquote(body);
  const eq = body.indexOf('=');
  const heredoc = body.indexOf('<<');
  const at = heredoc >= 0 && (eq < 0 || heredoc < eq) ? heredoc : eq;
  if (at <= 0) return null;
  const name = lastWord(body.slice(0, at));
  if (name === '' || !/^[\w-]+$/.test(name)) return null;
  // A heredoc's value is on the lines that follow; the caller reads the whole script for it.
  return { target: isOut ? 'output' : 'env', name, value: heredoc === at ? '\0heredoc' : body.slice(eq + 1) };
}

/** Offset of the first of `words` used as a command (at the start, or after ; & | ( or a space), or -1. */
function firstCommand(text: string, words: string[]): number {
  let best = -1;
  for (const w of words) {
    let i = text.indexOf(w);
    while (i >= 0) {
      const before = i === 0 ? ' ' : text[i - 1];
      const after = text[i + w.length] ?? ' ';
      if (' \t;&|({'.includes(before) && (after === ' ' || after === '\t')) {
        if (best < 0 || i < best) best = i;
        break;
      }
      i = text.indexOf(w, i + 1);
    }
  }
  return best;
}

function unquote(s: string): string {
  let out = '';
  for (const c of s) if (c !== '"' && c !== "'") out += c;
  return out.trim();
}

function lastWord(s: string): string {
  const t = s.trimEnd();
  let i = t.length;
  while (i > 0 && !' \t;{('.includes(t[i - 1])) i--;
  return t.slice(i);
}

/** A shell assignment at the start of a line: `NAME=value`, `export NAME=value`, `local NAME=value`. */
export function assignmentOf(line: string): { name: string; value: string } | null {
  let s = line;
  for (const kw of ['export ', 'local ', 'readonly ', 'declare ']) {
    if (s.startsWith(kw)) {
      s = s.slice(kw.length).trimStart();
      while (s.startsWith('-')) {
        const sp = s.indexOf(' ');
        if (sp < 0) return null;
        s = s.slice(sp + 1).trimStart();
      }
      break;
    }
  }
  const eq = s.indexOf('=');
  if (eq <= 0) return null;
  const name = s.slice(0, eq);
  if (!/^[A-Za-z_]\w*$/.test(name)) return null;
  return { name, value: s.slice(eq + 1) };
}

/** `$NAME` and `${NAME}` references in shell text (each name once, in order). */
export function shellVars(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\$\{?([A-Za-z_]\w{0,100})/g)) if (!out.includes(m[1])) out.push(m[1]);
  return out;
}

interface StepOutputs {
  /** Chain for every output of the step (an action fed a head value), or null. */
  all: Chain | null;
  named: Map<string, Chain>;
}

/** Where a head value flows in one workflow; ask `expressionChain` / `scriptChains` per step. */
export class HeadFlow {
  private readonly jobs = new Map<string, JobFact>();
  private readonly stepOutputs = new Map<StepFact, StepOutputs>();
  private readonly jobOutputs = new Map<string, Chain | null>();
  private readonly envWrites = new Map<JobFact, Array<{ index: number; name: string; chain: Chain | null }>>();
  private readonly busy = new Set<object | string>();
  private depth = 0;

  private readonly file: YamlFile;
  private readonly wf: WorkflowFact;

  constructor(file: YamlFile, wf: WorkflowFact) {
    this.file = file;
    this.wf = wf;
    for (const j of wf.jobs) if (!this.jobs.has(j.id.toLowerCase())) this.jobs.set(j.id.toLowerCase(), j);
  }

  private text(v: ValueFact | { text: string }): string {
    return this.file.fullText.get(v) ?? ('value' in v ? v.value : v.text);
  }

  /** Runs `fn` once per key at a time, within the depth bound; null on a cycle. */
  private guarded<T>(key: object | string, fn: () => T | null): T | null {
    if (this.busy.has(key) || this.depth >= MAX_DEPTH) return null;
    this.busy.add(key);
    this.depth++;
    try {
      return fn();
    } finally {
      this.depth--;
      this.busy.delete(key);
    }
  }

  /**
   * The chain by which text evaluated in `job` before step `index` (-1: at the job level) carries
   * the pull request's head, or null. Expressions and written-out pull request refs count.
   */
  expressionChain(text: string, job: JobFact, index: number): Chain | null {
    for (const e of findExpressions(text)) {
      for (const p of valuePaths(e.body)) {
        const c = this.pathChain(p, job, index);
        if (c) return c;
      }
    }
    if (PR_REF.test(outsideExpressions(text))) return ['a refs/pull/… ref'];
    return null;
  }

  private pathChain(p: string, job: JobFact, index: number): Chain | null {
    if (isPrHeadPath(p)) return [p];
    const segs = p.split('.');
    if (segs[0] === 'env' && segs.length >= 2) {
      const c = this.envChain(segs[1], job, index, true);
      return c ? [p, ...c] : null;
    }
    if (segs[0] === 'steps' && segs.length >= 4 && segs[2] === 'outputs') {
      const c = this.stepOutputChain(job, segs[1], segs[3], index);
      return c ? [p, ...c] : null;
    }
    if (segs[0] === 'needs' && segs.length >= 4 && segs[2] === 'outputs') {
      const c = this.jobOutputChain(segs[1], segs[3]);
      return c ? [p, ...c] : null;
    }
    return null;
  }

  /** An env variable as a step at `index` of `job` sees it: step env, earlier $GITHUB_ENV writes, job env, workflow env. */
  envChain(name: string, job: JobFact, index: number, ignoreCase: boolean): Chain | null {
    const same = (k: string) => (ignoreCase ? k.toLowerCase() === name.toLowerCase() : k === name);
    const step = index >= 0 ? job.steps[index] : undefined;
    const own = step ? envEntry([step.env], name, ignoreCase)?.value : undefined;
    if (own) return this.guarded(own, () => this.expressionChain(this.text(own), job, index));
    if (index > 0) {
      const writes = this.writesToEnv(job);
      for (let i = writes.length - 1; i >= 0; i--) {
        const w = writes[i];
        if (w.index < index && same(w.name)) return w.chain ? [`$GITHUB_ENV ${w.name}`, ...w.chain] : null;
      }
    }
    const outer = envEntry([job.env, this.wf.env], name, ignoreCase)?.value;
    if (outer) return this.guarded(outer, () => this.expressionChain(this.text(outer), job, -1));
    const builtIn = Object.keys(HEAD_ENV_VARS).find(same);
    return builtIn ? [HEAD_ENV_VARS[builtIn]] : null;
  }

  private writesToEnv(job: JobFact): Array<{ index: number; name: string; chain: Chain | null }> {
    let list = this.envWrites.get(job);
    if (list) return list;
    list = [];
    this.envWrites.set(job, list);
    for (const step of job.steps) {
      if (!step.run || !this.text(step.run).includes('GITHUB_ENV')) continue;
      const found = this.guarded(step, () => this.readScript(job, step));
      for (const w of found?.env ?? []) list.push({ index: step.index, name: w.name, chain: w.chain });
    }
    return list;
  }

  private stepOutputChain(job: JobFact, id: string, name: string, before: number): Chain | null {
    const step = job.steps.find((s) => s.id !== null && s.id.toLowerCase() === id && s.index < before);
    if (!step) return null;
    const outs = this.outputsOf(job, step);
    if (!outs) return null;
    if (outs.all) return outs.all;
    for (const [k, c] of outs.named) if (k.toLowerCase() === name) return c;
    return null;
  }

  private outputsOf(job: JobFact, step: StepFact): StepOutputs | null {
    const cached = this.stepOutputs.get(step);
    if (cached) return cached;
    const computed = this.guarded(step, (): StepOutputs => {
      const named = new Map<string, Chain>();
      if (step.run) {
        for (const w of this.readScript(job, step).output) if (w.chain) named.set(w.name, w.chain);
        return { all: null, named };
      }
      if (step.uses) {
        const slug = repoSlug(step.uses);
        if (slug && HEAD_OUTPUT_ACTIONS.has(slug)) return { all: [`${slug} (the head of the pull request commented on)`], named };
        for (const [k, v] of Object.entries(step.with)) {
          const t = this.text(v);
          const c = this.expressionChain(t, job, step.index);
          if (c) return { all: [`with.${k} of ${step.uses.raw.trim()}`, ...c], named };
          if (slug === 'actions/github-script' && k === 'script' && HEAD_FIELD.test(t)) return scriptOutputsOf(t);
        }
      }
      return { all: null, named };
    });
    if (computed) this.stepOutputs.set(step, computed);
    return computed;
  }

  private jobOutputChain(jobId: string, name: string): Chain | null {
    const key = `${jobId}\0${name}`;
    if (this.jobOutputs.has(key)) return this.jobOutputs.get(key) ?? null;
    const job = this.jobs.get(jobId);
    let chain: Chain | null = null;
    if (job) {
      const k = Object.keys(job.outputs).find((x) => x.toLowerCase() === name);
      if (k !== undefined) {
        const v = job.outputs[k];
        chain = this.guarded(v, () => this.expressionChain(this.text(v), job, job.steps.length));
        if (chain) chain = [`jobs.${job.id}.outputs.${k}`, ...chain];
      }
    }
    this.jobOutputs.set(key, chain);
    return chain;
  }

  /**
   * A run step's script read line by line: shell variables assigned from a head value, and the
   * outputs and env variables it writes, each with its chain.
   */
  readScript(job: JobFact, step: StepFact): { output: Array<{ name: string; chain: Chain | null }>; env: Array<{ name: string; chain: Chain | null }> } {
    const output: Array<{ name: string; chain: Chain | null }> = [];
    const env: Array<{ name: string; chain: Chain | null }> = [];
    if (!step.run) return { output, env };
    const text = this.text(step.run);
    const lines = shellLines(text);
    const locals = new Map<string, Chain | null>();
    for (const line of lines) {
      const w = writeOf(line);
      if (w) {
        const value = w.value === '\0heredoc' ? text : w.value;
        (w.target === 'output' ? output : env).push({ name: w.name, chain: this.lineChain(value, job, step.index, locals) });
        continue;
      }
      const a = assignmentOf(line);
      if (a) locals.set(a.name, this.lineChain(a.value, job, step.index, locals));
    }
    return { output, env };
  }

  /** The chain of one shell line (or value): expressions, head API calls, then $VARS (script locals, then env). */
  lineChain(line: string, job: JobFact, index: number, locals: Map<string, Chain | null>): Chain | null {
    const direct = this.expressionChain(line, job, index);
    if (direct) return direct;
    if (PR_API.test(line) && HEAD_FIELD.test(line)) return [`\`${short(line)}\` (an API answer about the pull request's head)`];
    for (const v of shellVars(line)) {
      if (locals.has(v)) {
        const c = locals.get(v);
        if (c) return [`$${v}`, ...c];
        continue;
      }
      const c = this.envChain(v, job, index, false);
      if (c) return [`$${v}`, ...c];
    }
    return null;
  }

  /** Each line of a run step with the shell variables known before it, for callers that look for a use. */
  *scriptLines(job: JobFact, step: StepFact): Generator<{ line: string; locals: Map<string, Chain | null> }> {
    if (!step.run) return;
    const locals = new Map<string, Chain | null>();
    for (const line of shellLines(this.text(step.run))) {
      yield { line, locals };
      const a = assignmentOf(line);
      if (a) locals.set(a.name, this.lineChain(a.value, job, step.index, locals));
    }
  }
}

/** The text with every `${{ }}` expression blanked out (a ref written around them is still seen). */
function outsideExpressions(text: string): string {
  let out = '';
  let at = 0;
  for (const e of findExpressions(text)) {
    out += text.slice(at, e.offset) + ' ';
    at = e.offset + e.text.length;
  }
  return out + text.slice(at);
}

function short(s: string, n = 80): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 3) + '...' : one;
}

/** "a (from c through b)" for a chain [a, b, c]; just "a" for a direct use. */
export function describeChain(chain: Chain): string {
  if (chain.length <= 1) return '';
  const source = chain[chain.length - 1];
  const through = chain.slice(1, -1);
  return through.length > 0 ? `, which carries ${source} through ${through.join(', ')}` : `, which carries ${source}`;
}
