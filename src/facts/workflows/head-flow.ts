// Data flow inside one workflow (or one composite action): which values carry a source to the
// place where a job uses them. Values flow through env (workflow, job and step `env:`, and
// `$GITHUB_ENV` writes of earlier steps), step outputs (`$GITHUB_OUTPUT` writes, and, for the head,
// actions fed such a value), job `outputs:` and `needs.<job>.outputs`, and shell variables assigned
// earlier in the same script. What a source is comes from a FlowSource: HEAD_SOURCE follows a pull
// request's head (its branch, commit or repository: the event's head fields, `refs/pull/N/head|merge`,
// and API answers about a pull request's head such as `gh pr view --json headRefOid` or a
// github-script that reads `.head.sha`) to a checkout; findings.ts follows manual and reusable
// inputs to a script with its own source, for which a check of the whole value that stops the job
// on a mismatch ends the flow (validation.ts). Every lookup is memoised and cycles end the search,
// so a workflow is walked in time linear in its size. No regular expression here can backtrack
// super-linearly: scripts are cut with indexOf and tested with anchored or single-class patterns.
import { envEntry } from './env.ts';
import { findExpressions, valuePaths } from './expressions.ts';
import type { YamlFile } from './parse.ts';
import { repoSlug } from './uses.ts';
import type { JobFact, StepFact, ValueFact } from './types.ts';
import { literalValue, ScriptChecks } from './validation.ts';

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

/**
 * Commands whose output is made of the text they are given (filters, and interpreters that may
 * print it): a value piped through them is still that value. Any other command's output is its
 * own: `$(crane digest img:$TAG)` is a digest, not the tag.
 */
const TEXT_COMMANDS = new Set([
  'echo', 'printf', 'sed', 'tr', 'cut', 'awk', 'gawk', 'mawk', 'head', 'tail', 'grep', 'egrep', 'fgrep', 'jq', 'yq', 'xargs', 'basename',
  'dirname', 'cat', 'rev', 'sort', 'uniq', 'paste', 'fold', 'fmt', 'column', 'envsubst', 'tee', 'iconv', 'base64', 'xxd',
  'bash', 'sh', 'zsh', 'python', 'python3', 'perl', 'ruby', 'node', 'pwsh',
]);
/** Nesting of command substitutions read; deeper text is kept as it is. */
const MAX_SUBSTITUTION_DEPTH = 16;

/** Where the `)` that closes the `(` before `from` is, skipping quoted text, or -1. */
function closingParen(text: string, from: number): number {
  let depth = 1;
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === '(') {
      depth++;
    } else if (c === ')' && --depth === 0) {
      return i;
    }
  }
  return -1;
}

/** Whether the output of a command list is made of text it was given: the last command of one of its pipelines is a text command. */
function printsItsInput(list: string): boolean {
  let depth = 0;
  let quote = '';
  let start = 0;
  const lasts: string[] = [];
  const cut = (end: number, next: number) => {
    lasts.push(list.slice(start, end));
    start = next;
  };
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && c === '|' && list[i + 1] !== '|' && list[i - 1] !== '|') start = i + 1;
    else if (depth === 0 && (c === ';' || ((c === '&' || c === '|') && list[i + 1] === c))) cut(i, c === ';' ? i + 1 : i + 2);
  }
  cut(list.length, list.length);
  return lasts.some((command) => {
    const words = command.trim().split(' ').filter((w) => w !== '');
    let k = 0;
    while (k < words.length && (/^[A-Za-z_]\w*=/.test(words[k]) || ['command', 'exec', 'env', 'sudo'].includes(words[k]))) k++;
    const word = words[k] ?? '';
    return word.startsWith('$') || TEXT_COMMANDS.has(word.slice(word.lastIndexOf('/') + 1));
  });
}

/**
 * Shell text with each command substitution (`$(…)`, backquotes, `$((…))`) blanked out whose
 * output is not made of the text it was given (printsItsInput), so that only what a value can
 * still be is followed: `$(echo "$TAG" | sed 's/^v//')` is the tag, `$(make publish)` is not.
 */
export function withoutCommandOutputs(text: string, depth = 0): string {
  if (depth >= MAX_SUBSTITUTION_DEPTH || (!text.includes('$(') && !text.includes('`'))) return text;
  let out = '';
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const backquote = text[i] === '`';
    if (!backquote && !(text[i] === '$' && text[i + 1] === '(')) continue;
    const open = backquote ? i + 1 : i + 2;
    const close = backquote ? text.indexOf('`', open) : closingParen(text, open);
    if (close < 0) break;
    const inner = text.slice(open, close);
    const arithmetic = !backquote && inner.startsWith('(');
    out += text.slice(at, i) + (arithmetic || !printsItsInput(inner) ? ' ' : `${text.slice(i, open)}${withoutCommandOutputs(inner, depth + 1)}${text[close]}`);
    at = close + 1;
    i = close;
  }
  return out + text.slice(at);
}

export interface StepOutputs {
  /** Chain for every output of the step (an action fed a source value), or null. */
  all: Chain | null;
  named: Map<string, Chain>;
}

/** What a flow follows, and what ends it. */
export interface FlowSource {
  /** The chain's last link when context path `p` (lower case, as valuePaths gives it) is a source, else null. */
  path(p: string): string | null;
  /** A source written out in text outside expressions (a `refs/pull/…` ref), or null. */
  literal?(text: string): string | null;
  /** A shell line whose output is a source (an API answer about the head), or null. */
  line?(line: string): string | null;
  /** Shell variables GitHub sets to a source value, by name. */
  builtInEnv?: Readonly<Record<string, string>>;
  /** The outputs a `uses:` step gives whatever it is fed (an action that reports the head), or null. */
  actionOutputs?(slug: string | null): StepOutputs | null;
  /** The outputs a script input gives (a github-script reading the head), or null. */
  scriptOutputs?(slug: string | null, key: string, text: string): StepOutputs | null;
  /** Whether an action fed a source value is taken to give it back in every output. */
  passThrough: boolean;
  /**
   * Whether a command's output carries a source value among its arguments: yes for the head
   * (`git rev-parse "$HEAD_REF"` is the head still), no for text typed by hand, which only text
   * commands give back (withoutCommandOutputs).
   */
  commandsCarry: boolean;
  /**
   * Whether a check of the whole value against a pattern of safe characters that stops the job on
   * a mismatch ends the flow (validation.ts): yes for a version string typed by hand, no for the
   * head, whose code is just as much the pull request's whatever its name looks like.
   */
  validation: boolean;
}

/** A pull request's head, followed to a checkout (OSPS-BR-01.03). */
export const HEAD_SOURCE: FlowSource = {
  path: (p) => (isPrHeadPath(p) ? p : null),
  literal: (text) => (PR_REF.test(text) ? 'a refs/pull/… ref' : null),
  line: (line) => (PR_API.test(line) && HEAD_FIELD.test(line) ? `\`${short(line)}\` (an API answer about the pull request's head)` : null),
  builtInEnv: HEAD_ENV_VARS,
  actionOutputs: (slug) => (slug && HEAD_OUTPUT_ACTIONS.has(slug) ? { all: [`${slug} (the head of the pull request commented on)`], named: new Map() } : null),
  scriptOutputs: (slug, key, text) => (slug === 'actions/github-script' && key === 'script' && HEAD_FIELD.test(text) ? scriptOutputsOf(text) : null),
  passThrough: true,
  commandsCarry: true,
  validation: false,
};

/** The part of a job a flow reads: a workflow's job, or a composite action's steps as one. */
export type FlowJob = Pick<JobFact, 'id' | 'steps' | 'env' | 'outputs'>;

/** What a step checks before the steps after it run (validation.ts): context paths, and env variables by name. */
interface Checked {
  index: number;
  paths: Set<string>;
  env: Set<string>;
}

/** A step whose `if:` may skip it: a check in it does not hold for the steps after it. */
function mayBeSkipped(step: StepFact): boolean {
  if (step.if === null) return false;
  const bare = step.if.replace(/\s/g, '');
  const cond = bare.startsWith('${{') && bare.endsWith('}}') ? bare.slice(3, -2) : bare;
  return !/^(?:success|always)\(\)$/i.test(cond);
}

/** Where a source's value flows in one workflow; ask `pathChain`, `expressionChain` / `lineChain` per step. */
export class ValueFlow {
  private readonly jobs = new Map<string, FlowJob>();
  private readonly stepOutputs = new Map<StepFact, StepOutputs>();
  private readonly jobOutputs = new Map<string, Chain | null>();
  private readonly envWrites = new Map<FlowJob, Array<{ index: number; name: string; chain: Chain | null }>>();
  private readonly checks = new Map<FlowJob, Checked[]>();
  private readonly busy = new Set<object | string>();
  private depth = 0;

  private readonly file: YamlFile;
  private readonly env: Record<string, ValueFact>;
  private readonly source: FlowSource;

  constructor(file: YamlFile, wf: { env: Record<string, ValueFact>; jobs: readonly FlowJob[] }, source: FlowSource = HEAD_SOURCE) {
    this.file = file;
    this.env = wf.env;
    this.source = source;
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
   * the source, or null. Expressions and sources written out count.
   */
  expressionChain(text: string, job: FlowJob, index: number): Chain | null {
    for (const e of findExpressions(text)) {
      for (const p of valuePaths(e.body)) {
        const c = this.pathChain(p, job, index);
        if (c) return c;
      }
    }
    const written = this.source.literal?.(outsideExpressions(text));
    return written ? [written] : null;
  }

  /** The chain by which context path `p`, read in `job` before step `index`, carries the source, or null. */
  pathChain(p: string, job: FlowJob, index: number): Chain | null {
    const chain = this.pathChainUnchecked(p, job, index);
    return chain && this.checkedLink(chain, job, index) ? null : chain;
  }

  private pathChainUnchecked(p: string, job: FlowJob, index: number): Chain | null {
    const own = this.source.path(p);
    if (own !== null) return [own];
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

  /**
   * Whether a step of `job` before `index` checked a value the chain passes through: one of this
   * job's (up to the first job output), or its source, which is the same in every job. A check
   * stops the job on a mismatch, so whatever was derived from the value, before or after it, is safe.
   */
  private checkedLink(chain: Chain, job: FlowJob, index: number): boolean {
    if (!this.source.validation) return false;
    const other = chain.findIndex((l) => l.startsWith('jobs.'));
    const links = [...(other < 0 ? chain : chain.slice(0, other)), chain[chain.length - 1]];
    return this.checkedBefore(job, index, (c) => links.some((l) => c.paths.has(l)));
  }

  /** An env variable as a step at `index` of `job` sees it: step env, earlier $GITHUB_ENV writes, job env, workflow env. */
  envChain(name: string, job: FlowJob, index: number, ignoreCase: boolean): Chain | null {
    const same = (k: string) => (ignoreCase ? k.toLowerCase() === name.toLowerCase() : k === name);
    const step = index >= 0 ? job.steps[index] : undefined;
    const own = step ? envEntry([step.env], name, ignoreCase)?.value : undefined;
    if (own) return this.guarded(own, () => this.expressionChain(this.text(own), job, index));
    let written: { index: number; name: string; chain: Chain | null } | undefined;
    if (index > 0) {
      const writes = this.writesToEnv(job);
      for (let i = writes.length - 1; i >= 0 && !written; i--) if (writes[i].index < index && same(writes[i].name)) written = writes[i];
    }
    // A check holds for the value it saw: one made after the last $GITHUB_ENV write (a step sees its own writes only after it).
    const since = written?.index ?? -1;
    if (this.checkedBefore(job, index, (c) => c.index > since && [...c.env].some(same))) return null;
    if (written) return written.chain ? [`$GITHUB_ENV ${written.name}`, ...written.chain] : null;
    const outer = envEntry([job.env, this.env], name, ignoreCase)?.value;
    if (outer) return this.guarded(outer, () => this.expressionChain(this.text(outer), job, -1));
    const builtIn = Object.keys(this.source.builtInEnv ?? {}).find(same);
    return builtIn ? [(this.source.builtInEnv ?? {})[builtIn]] : null;
  }

  private writesToEnv(job: FlowJob): Array<{ index: number; name: string; chain: Chain | null }> {
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

  /**
   * Whether a step of `job` before step `index` checks a value `test` names and stops the job when
   * it does not match (validation.ts). Only for a source that validation ends; read from the
   * scripts' text alone, so that it never asks for a chain.
   */
  private checkedBefore(job: FlowJob, index: number, test: (c: Checked) => boolean): boolean {
    if (!this.source.validation || index <= 0) return false;
    let list = this.checks.get(job);
    if (!list) {
      list = [];
      for (const step of job.steps) {
        if (!step.run || mayBeSkipped(step)) continue;
        const checked: Checked = { index: step.index, paths: new Set(), env: new Set() };
        for (const { checks, assigned } of this.walk(step)) {
          // A variable of the script itself is the script's business (scriptLines); env is the job's.
          if (checks === null || assigned.has(checks)) continue;
          const own = envEntry([step.env], checks, false)?.value;
          const outer = own ? undefined : envEntry([job.env, this.env], checks, false)?.value;
          const set = own ?? outer;
          if (!own) checked.env.add(checks);
          // A context path written bare in the value is checked with it: each is a part of the whole
          // (`VERSION: v${{ inputs.version }}`). A path read by a function is not (`fromJSON(inputs.x).a`).
          for (const e of set ? findExpressions(this.text(set)) : []) if (/^[A-Za-z_][\w.-]{0,200}$/.test(e.body)) checked.paths.add(this.source.path(e.body.toLowerCase()) ?? e.body.toLowerCase());
        }
        if (checked.paths.size > 0 || checked.env.size > 0) list.push(checked);
      }
      this.checks.set(job, list);
    }
    return list.some((c) => c.index < index && test(c));
  }

  private stepOutputChain(job: FlowJob, id: string, name: string, before: number): Chain | null {
    const step = job.steps.find((s) => s.id !== null && s.id.toLowerCase() === id && s.index < before);
    if (!step) return null;
    const outs = this.outputsOf(job, step);
    if (!outs) return null;
    if (outs.all) return outs.all;
    for (const [k, c] of outs.named) if (k.toLowerCase() === name) return c;
    return null;
  }

  private outputsOf(job: FlowJob, step: StepFact): StepOutputs | null {
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
        const given = this.source.actionOutputs?.(slug);
        if (given) return given;
        for (const [k, v] of Object.entries(step.with)) {
          const t = this.text(v);
          if (this.source.passThrough) {
            const c = this.expressionChain(t, job, step.index);
            if (c) return { all: [`with.${k} of ${step.uses.raw.trim()}`, ...c], named };
          }
          const fromScript = this.source.scriptOutputs?.(slug, k, t);
          if (fromScript) return fromScript;
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
   * A run step's script read line by line: shell variables assigned from a source value, and the
   * outputs and env variables it writes, each with its chain.
   */
  readScript(job: FlowJob, step: StepFact): { output: Array<{ name: string; chain: Chain | null }>; env: Array<{ name: string; chain: Chain | null }> } {
    const output: Array<{ name: string; chain: Chain | null }> = [];
    const env: Array<{ name: string; chain: Chain | null }> = [];
    if (!step.run) return { output, env };
    const text = this.text(step.run);
    for (const { line, locals } of this.scriptLines(job, step)) {
      const w = writeOf(line);
      if (!w) continue;
      const value = w.value === '\0heredoc' ? text : w.value;
      (w.target === 'output' ? output : env).push({ name: w.name, chain: this.lineChain(value, job, step.index, locals) });
    }
    return { output, env };
  }

  /** The chain of one shell line (or value): expressions, source API calls, then $VARS (script locals, then env). */
  lineChain(text: string, job: FlowJob, index: number, locals: Map<string, Chain | null>): Chain | null {
    const line = this.source.commandsCarry ? text : withoutCommandOutputs(text);
    const direct = this.expressionChain(line, job, index);
    if (direct) return direct;
    const answer = this.source.line?.(line);
    if (answer) return [answer];
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

  /**
   * Each line of a run step with the shell variables known before it, for callers that look for a
   * use. A variable the script has checked (validation.ts) carries nothing after the check.
   */
  *scriptLines(job: FlowJob, step: StepFact): Generator<{ line: string; locals: Map<string, Chain | null> }> {
    for (const { line, locals, checks } of this.walk(step)) {
      yield { line, locals };
      const a = assignmentOf(line);
      if (a) locals.set(a.name, this.lineChain(a.value, job, step.index, locals));
      if (checks !== null) locals.set(checks, null);
    }
  }

  /**
   * The lines of a run step, each with the variable it checks (validation.ts; null when the source
   * is not ended by validation), the names the script assigned before it, and the map of the
   * script's variables, which the caller fills in.
   */
  private *walk(step: StepFact): Generator<{ line: string; locals: Map<string, Chain | null>; checks: string | null; assigned: ReadonlySet<string> }> {
    if (!step.run) return;
    const locals = new Map<string, Chain | null>();
    const assigned = new Set<string>();
    const patterns = new Map<string, string>();
    const lines = shellLines(this.text(step.run));
    const reader = this.source.validation ? new ScriptChecks(lines, step.shell) : null;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const checks = reader ? reader.checkedAt(i, patterns) : null;
      yield { line, locals, checks, assigned };
      const a = assignmentOf(line);
      if (a) {
        assigned.add(a.name);
        const literal = literalValue(a.value);
        if (literal !== null) patterns.set(a.name, literal);
        else patterns.delete(a.name);
      }
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
