// Git, asked read-only questions about the checkout. The repository is hostile input: never let its
// configuration run programs (fsmonitor; hooks, filters, textconv, pagers and gpg do not run for
// these commands and options), open files outside the tree, change the shape of an answer, or hang
// the run. Three layers keep it so:
//  - before git runs, its git directory is inspected (git-dir.ts): a `.git` that names another
//    repository, a FIFO, a symlink or an include outside the tree means git does not run at all;
//  - git runs with no system or global configuration (HOME and XDG_CONFIG_HOME empty), GIT_DIR and
//    GIT_WORK_TREE set to what was inspected, and every setting that names a file or a program
//    overridden on the command line (command-line settings win over the repository's);
//  - every git is time-bounded, stoppable through an AbortSignal, and started in its own process
//    group, which is killed whole on a time limit, an abort, and when this process exits or is
//    told to stop (SIGTERM, SIGINT, SIGHUP).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { devNull } from 'node:os';
import { dirname } from 'node:path';
import { inspectGitDir } from './git-dir.ts';

// Command-line settings win over the repository's: no fsmonitor program, no signature checks
// (gpg.program), tags one to a line, history in UTF-8 whatever i18n.logOutputEncoding says; no
// file outside the tree through core.excludesFile, core.attributesFile or mailmap.file (an empty
// path is no file); no remote contacted (a partial clone would fetch missing objects).
const GIT_SAFE_ARGS = [
  '--no-pager',
  '-c', 'core.fsmonitor=false', '-c', 'core.untrackedCache=false', '-c', 'safe.directory=*',
  '-c', 'log.showSignature=false', '-c', 'column.ui=never', '-c', 'i18n.logOutputEncoding=UTF-8',
  '-c', 'core.excludesFile=', '-c', 'core.attributesFile=', '-c', 'mailmap.file=', '-c', 'mailmap.blob=', '-c', 'log.mailmap=false',
  '-c', 'protocol.allow=never', '-c', 'credential.helper=', '-c', 'gc.auto=0', '-c', 'maintenance.auto=false', '-c', 'color.ui=never',
];
// Pathspecs keep their documented meaning (':(exclude,literal)path') whatever the caller's
// environment says; no configuration but the repository's own (inspected) and the command line's;
// no replacement objects rewriting history; no lazy fetch of a partial clone's missing objects.
const GIT_OWN_ENV = {
  GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_LITERAL_PATHSPECS: '0', GIT_GLOB_PATHSPECS: '0', GIT_NOGLOB_PATHSPECS: '0', GIT_ICASE_PATHSPECS: '0',
  GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_SYSTEM: devNull, GIT_CONFIG_GLOBAL: devNull, GIT_ATTR_NOSYSTEM: '1',
  GIT_NO_REPLACE_OBJECTS: '1', GIT_NO_LAZY_FETCH: '1', HOME: devNull, XDG_CONFIG_HOME: devNull,
};
/**
 * The caller's environment without its GIT_* variables (a git hook or an alias that runs the
 * evaluation sets GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE or GIT_CONFIG_PARAMETERS, which would
 * point git at another repository or bring back settings the arguments above turn off), with git
 * pointed at the inspected git directory and work tree.
 */
function gitEnv(root: string, gitDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.toUpperCase().startsWith('GIT_')) env[k] = v;
  return { ...env, ...extra, ...GIT_OWN_ENV, GIT_DIR: gitDir, GIT_WORK_TREE: root, GIT_CEILING_DIRECTORIES: dirname(root) };
}
/**
 * Every git command is time-bounded. The first question, whether the root is a work tree, is
 * small; a listing of a very large tree gets longer.
 */
const PROBE_TIMEOUT_MS = 10_000;
/** How long a stopped git is waited for after it is killed, at most. */
const KILL_WAIT_MS = 1_000;
const DEFAULT_TIMEOUT_MS = 120_000;

/** What a git command printed and how it exited (git grep exits 1 when nothing matches). */
export interface GitOutput {
  status: number;
  stdout: string;
}

/** Extra environment (GIT_ALLOC_LIMIT), a time limit, an abort signal and the output's decoding for one git command. */
export interface GitLimits {
  env?: Record<string, string>;
  timeoutMs?: number;
  /** Aborting kills the command (its whole process group); its answer is then null. */
  signal?: AbortSignal;
  /** 'latin1' keeps each byte of the output as one character: file names need not be UTF-8. */
  encoding?: 'utf8' | 'latin1';
  /**
   * Takes the output as it comes instead of keeping it (the answer's stdout is then empty), so
   * that a long answer is read within bounded memory; `maxBuffer` still bounds its total size.
   */
  onStdout?: (chunk: Buffer) => void;
}

/** Runs git in `root` when `root` is the top of a work tree; null when it is not or git fails. */
export function runGit(root: string, args: string[], maxBuffer = 512 * 1024 * 1024): string | null {
  const info = workTreeInfo(root);
  if (info === null) return null;
  const known = knownAnswer(info, args);
  if (known !== undefined) return known;
  const r = rawGitSync(root, info.gitDir, args, maxBuffer);
  return r !== null && r.status === 0 ? r.stdout : null;
}

/** runGit without blocking, stoppable through `limits.signal`. */
export async function runGitText(root: string, args: string[], limits: GitLimits = {}, maxBuffer = 512 * 1024 * 1024): Promise<string | null> {
  const info = await workTreeInfoAsync(root, limits.signal);
  if (info === null) return null;
  const known = knownAnswer(info, args);
  if (known !== undefined) return known;
  const r = await rawGitAsync(root, info.gitDir, args, maxBuffer, limits);
  return r !== null && r.status === 0 ? r.stdout : null;
}

/** Answers already known from the one rev-parse that checked the work tree top. */
function knownAnswer(info: WorkTreeInfo, args: string[]): string | undefined {
  if (args.length === 2 && args[0] === 'rev-parse') {
    if (args[1] === '--git-dir') return info.gitDirLine;
    if (args[1] === '--is-shallow-repository') return info.shallow;
  }
  return undefined;
}

/** Like runGit, but reports any exit status (null only when git cannot run, times out or `root` is not a work tree top). */
export function runGitStatus(root: string, args: string[], maxBuffer = 64 * 1024 * 1024, limits: GitLimits = {}): GitOutput | null {
  const info = workTreeInfo(root);
  if (info === null) return null;
  return rawGitSync(root, info.gitDir, args, maxBuffer, limits);
}

/** runGitStatus without blocking: the JavaScript thread works on while git runs. */
export async function runGitAsync(root: string, args: string[], maxBuffer = 64 * 1024 * 1024, limits: GitLimits = {}): Promise<GitOutput | null> {
  const info = await workTreeInfoAsync(root, limits.signal);
  if (info === null) return null;
  return rawGitAsync(root, info.gitDir, args, maxBuffer, limits);
}

/** Why git was not run on `root` (its .git is not contained in the tree), or null. */
export function gitRefusal(root: string): string | null {
  return refusals.get(root) ?? null;
}

interface WorkTreeInfo {
  /** The inspected git directory (GIT_DIR). */
  gitDir: string;
  /** `git rev-parse --git-dir` output, newline included, as runGit would return it. */
  gitDirLine: string;
  shallow: string;
  /** HEAD's commit and, when on a branch, its full ref name; null when the probe could not tell (no commit yet). */
  head: { commit: string; ref: string | null } | null;
  /** The tags' names, from the probe that told where HEAD is; null when that probe failed. */
  tags: string[] | null;
}

const infoCache = new Map<string, WorkTreeInfo | null>();
const pendingInfo = new Map<string, Promise<WorkTreeInfo | null>>();
const refusals = new Map<string, string>();
/** remote.origin.url as read from the configuration while it was inspected (null: none), where that was certain. */
const origins = new Map<string, string | null>();
const PROBE = ['rev-parse', '--is-shallow-repository', '--git-dir', '--show-toplevel'];
/**
 * The probe that also asks where HEAD is and what the tags are, in the same process (one git the
 * fewer to start): HEAD's commit, its full ref name ('HEAD' when detached), then every tag's name
 * as `git tag --list` prints it (`--symbolic`: a tag named like a branch is not refused as
 * ambiguous, as it is by full name); `--` keeps a file named HEAD from making the question
 * ambiguous. When it fails (HEAD has no commit yet, or `root` is not the top of a work tree) the
 * plain probe is asked, and the tags are asked of `git tag` with the other facts.
 */
const PROBE_WITH_HEAD = [...PROBE, 'HEAD', '--symbolic-full-name', 'HEAD', '--symbolic', '--tags', '--'];

/** The inspected git directory of `root`, or null (and the reason kept) when git may not read it. */
function contained(root: string): string | null {
  const verdict = inspectGitDir(root);
  if (verdict.kind === 'ok') {
    if (verdict.originUrl !== undefined) origins.set(root, verdict.originUrl);
    return verdict.gitDir;
  }
  if (verdict.kind === 'refused') refusals.set(root, verdict.reason);
  return null;
}

/** One rev-parse answers whether `root` is a work tree top, where its git directory is, whether it is shallow and where HEAD is. */
function workTreeInfo(root: string): WorkTreeInfo | null {
  const cached = infoCache.get(root);
  if (cached !== undefined) return cached;
  const gitDir = contained(root);
  const limits = { timeoutMs: PROBE_TIMEOUT_MS };
  let info: WorkTreeInfo | null = null;
  if (gitDir !== null) {
    const withHead = rawGitSync(root, gitDir, PROBE_WITH_HEAD, undefined, limits);
    info = (withHead?.status === 0 ? probeAnswer(root, gitDir, withHead, true) : null) ?? probeAnswer(root, gitDir, rawGitSync(root, gitDir, PROBE, undefined, limits), false);
  }
  infoCache.set(root, info);
  return info;
}

async function workTreeInfoAsync(root: string, signal?: AbortSignal): Promise<WorkTreeInfo | null> {
  const cached = infoCache.get(root);
  if (cached !== undefined) return cached;
  let pending = pendingInfo.get(root);
  if (!pending) {
    pending = (async () => {
      const gitDir = contained(root);
      if (gitDir === null) {
        infoCache.set(root, null);
        return null;
      }
      const limits = { timeoutMs: PROBE_TIMEOUT_MS, signal };
      const withHead = await rawGitAsync(root, gitDir, PROBE_WITH_HEAD, undefined, limits);
      const info = (withHead?.status === 0 ? probeAnswer(root, gitDir, withHead, true) : null) ?? (signal?.aborted ? null : probeAnswer(root, gitDir, await rawGitAsync(root, gitDir, PROBE, undefined, limits), false));
      // An aborted probe decides nothing: the next caller asks again.
      if (!signal?.aborted) infoCache.set(root, info);
      return info;
    })().finally(() => pendingInfo.delete(root));
    pendingInfo.set(root, pending);
  }
  return pending;
}

function probeAnswer(root: string, gitDir: string, r: GitOutput | null, withHead: boolean): WorkTreeInfo | null {
  if (r === null || r.status !== 0) return null;
  let out = r.stdout;
  let head: WorkTreeInfo['head'] = null;
  let tags: string[] | null = null;
  if (withHead) {
    // The top level is `root` when the probe is right (checked below), so it takes as many lines
    // as `root` has; then come a commit, a ref name and the tags (none holds a newline) and '--'.
    const lines = out.replace(/\n$/, '').split('\n');
    const at = 2 + root.split('\n').length;
    const [commit, ref] = [lines[at], lines[at + 1]];
    if (lines.length < at + 3 || lines[lines.length - 1] !== '--' || !/^[0-9a-f]{40,64}$/.test(commit ?? '')) return null;
    head = { commit, ref: ref === 'HEAD' || ref === '' ? null : ref };
    tags = lines.slice(at + 2, -1);
    out = lines.slice(0, at).join('\n') + '\n';
  }
  // The first two answers hold no newline; the top level (a path) takes the rest.
  const a = out.indexOf('\n');
  const b = a < 0 ? -1 : out.indexOf('\n', a + 1);
  const top = b < 0 ? '' : out.slice(b + 1).replace(/\n$/, '');
  let ok = false;
  if (top) {
    try {
      ok = realpathSync(top) === root;
    } catch {
      ok = false;
    }
  }
  return ok ? { gitDir, shallow: out.slice(0, a + 1), gitDirLine: out.slice(a + 1, b + 1), head, tags } : null;
}

function rawGitSync(root: string, gitDir: string, args: string[], maxBuffer = 64 * 1024 * 1024, limits: GitLimits = {}): GitOutput | null {
  if (limits.signal?.aborted) return null;
  const r = spawnSync('git', [...GIT_SAFE_ARGS, ...args], {
    cwd: root,
    maxBuffer,
    timeout: limits.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    killSignal: 'SIGKILL',
    stdio: ['ignore', 'pipe', 'ignore'],
    env: gitEnv(root, gitDir, limits.env),
  });
  if (r.error || r.status === null || r.signal) return null;
  // Bytes, handed on whole (a streaming reader takes them as one chunk) or decoded.
  if (limits.onStdout) {
    limits.onStdout(r.stdout);
    return { status: r.status, stdout: '' };
  }
  return { status: r.status, stdout: r.stdout.toString(limits.encoding ?? 'utf8') };
}

// ---- Child processes that cannot outlive the run ----------------------------------------------

/** Running git processes, each the leader of its own process group (POSIX). */
const live = new Set<ChildProcess>();
const GROUPS = process.platform !== 'win32';
const STOP_SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGINT', 'SIGHUP'];
let armed = false;

/** Kills a child and, on POSIX, every process it started (its process group). */
function killTree(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    if (GROUPS) process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGKILL');
  } catch {
    try {
      child.kill('SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

/** Kills every running git (and what it started); called on exit and on a stop signal. */
export function killAllGit(): void {
  for (const c of live) killTree(c);
}

function onStopSignal(signal: NodeJS.Signals): void {
  killAllGit();
  disarm();
  // Then do what the signal would have done had we not listened (unless someone else listens).
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function arm(): void {
  if (armed) return;
  armed = true;
  process.on('exit', killAllGit);
  for (const s of STOP_SIGNALS) process.on(s, onStopSignal);
}

function disarm(): void {
  if (!armed) return;
  armed = false;
  process.off('exit', killAllGit);
  for (const s of STOP_SIGNALS) process.off(s, onStopSignal);
}

function rawGitAsync(root: string, gitDir: string, args: string[], maxBuffer = 64 * 1024 * 1024, limits: GitLimits = {}): Promise<GitOutput | null> {
  const signal = limits.signal;
  if (signal?.aborted) return Promise.resolve(null);
  return new Promise((resolve) => {
    let child: ChildProcess;
    try {
      child = spawn('git', [...GIT_SAFE_ARGS, ...args], { cwd: root, env: gitEnv(root, gitDir, limits.env), stdio: ['ignore', 'pipe', 'ignore'], detached: GROUPS });
    } catch {
      resolve(null);
      return;
    }
    live.add(child);
    arm();
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const settle = (out: GitOutput | null) => {
      live.delete(child);
      if (live.size === 0) disarm();
      resolve(out);
    };
    // `gone`: the child has exited (its 'close') or never started (its 'error'). Otherwise it is
    // killed and the answer waits for it to be gone, up to KILL_WAIT_MS, so that no git stopped
    // here outlives the question (a listing stopped on a FIFO is still being torn down otherwise).
    const finish = (out: GitOutput | null, gone: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
      killTree(child);
      if (gone || child.exitCode !== null || child.signalCode !== null) return settle(out);
      const cap = setTimeout(() => settle(out), KILL_WAIT_MS);
      child.once('exit', () => {
        clearTimeout(cap);
        settle(out);
      });
    };
    const stop = () => finish(null, false);
    const timer = setTimeout(stop, limits.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    signal?.addEventListener('abort', stop, { once: true });
    const onStdout = limits.onStdout;
    child.stdout?.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBuffer) stop();
      else if (onStdout) onStdout(chunk);
      else chunks.push(chunk);
    });
    child.on('error', () => finish(null, true));
    child.on('close', (status, sig) => {
      // A number is the exit status; anything else (a signal) is a failure.
      finish(typeof status === 'number' && !sig ? { status, stdout: Buffer.concat(chunks).toString(limits.encoding ?? 'utf8') } : null, true);
    });
  });
}

// ---- The repository's own facts ----------------------------------------------------------------

export interface GitFacts {
  isRepo: boolean;
  commit: string | null;
  /** Full ref name, e.g. refs/heads/main, when on a branch. */
  ref: string | null;
  remoteUrl: string | null;
  /** owner/name parsed from a GitHub-style remote URL. */
  repository: string | null;
  shallow: boolean;
  tags: string[];
}

const NOT_A_REPO: GitFacts = { isRepo: false, commit: null, ref: null, remoteUrl: null, repository: null, shallow: false, tags: [] };
const FACT_QUERIES = [['rev-parse', '--verify', '-q', 'HEAD'], ['symbolic-ref', '-q', 'HEAD'], ['config', '--get', 'remote.origin.url'], ['tag', '--list']];

/** The git facts of a folder git was not asked about. */
export function noGitFacts(): GitFacts {
  return { ...NOT_A_REPO, tags: [] };
}

/** The one question the probe that told where HEAD is leaves open: the remote's URL. */
const REMOTE_QUERY = FACT_QUERIES[2];

export function gatherGitFacts(root: string): GitFacts {
  const info = workTreeInfo(root);
  if (info === null) return { ...NOT_A_REPO };
  if (info.head && info.tags) return gitFacts(root, info.head.commit, info.head.ref, origins.has(root) ? (origins.get(root) ?? null) : runGit(root, REMOTE_QUERY), info.tags);
  const [head, symbolic, remote, tagList] = FACT_QUERIES.map((q) => runGit(root, q));
  return gitFacts(root, head, symbolic, remote, nonEmptyLines(tagList));
}

/** gatherGitFacts with its git questions asked at the same time, stoppable through `signal`. */
export async function gatherGitFactsAsync(root: string, signal?: AbortSignal): Promise<GitFacts> {
  const info = await workTreeInfoAsync(root, signal);
  if (info === null) return { ...NOT_A_REPO };
  const ask = async (q: string[]) => {
    const a = await runGitAsync(root, q, 64 * 1024 * 1024, { signal });
    return a !== null && a.status === 0 ? a.stdout : null;
  };
  if (info.head && info.tags) return gitFacts(root, info.head.commit, info.head.ref, origins.has(root) ? (origins.get(root) ?? null) : await ask(REMOTE_QUERY), info.tags);
  const [head, symbolic, remote, tagList] = await Promise.all(FACT_QUERIES.map(ask));
  return gitFacts(root, head, symbolic, remote, nonEmptyLines(tagList));
}

function nonEmptyLines(out: string | null): string[] {
  return (out?.split('\n') ?? []).filter(Boolean);
}

/** The facts from git's answers (printed answers keep their newline; a missing one is null). */
function gitFacts(root: string, head: string | null, symbolic: string | null, remote: string | null, tags: string[]): GitFacts {
  const commit = head?.trim() || null;
  const ref = symbolic?.trim() || null;
  const remoteUrl = remote?.trim() || null;
  const shallow = infoCache.get(root)?.shallow.trim() === 'true';
  return { isRepo: true, commit, ref, remoteUrl, repository: remoteUrl ? parseRepository(remoteUrl) : null, shallow, tags: tags.slice(0, 10_000) };
}

/** owner/name from https://github.com/o/n(.git), git@github.com:o/n.git, ssh://git@host/o/n. */
export function parseRepository(url: string): string | null {
  const m = /^(?:[a-z+]+:\/\/)?(?:[^@/]+@)?[^/:]+[:/]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? `${m[1]}/${m[2]}` : null;
}
