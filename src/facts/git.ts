// Git, asked read-only questions about the checkout. The repository is hostile input:
// never let its configuration run programs (fsmonitor; hooks, filters, textconv, pagers and gpg do
// not run for these commands and options), change the shape of an answer, or hang the run.
import { execFile, spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';

// Command-line settings win over the repository's: no fsmonitor program, no signature checks
// (gpg.program), tags one to a line, history in UTF-8 whatever i18n.logOutputEncoding says.
const GIT_SAFE_ARGS = [
  '-c', 'core.fsmonitor=false', '-c', 'core.untrackedCache=false', '-c', 'safe.directory=*',
  '-c', 'log.showSignature=false', '-c', 'column.ui=never', '-c', 'i18n.logOutputEncoding=UTF-8',
];
// Pathspecs keep their documented meaning (':(exclude,literal)path') whatever the caller's environment says.
const GIT_OWN_ENV = { GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_LITERAL_PATHSPECS: '0', GIT_GLOB_PATHSPECS: '0', GIT_NOGLOB_PATHSPECS: '0', GIT_ICASE_PATHSPECS: '0' };
/**
 * The caller's environment without its GIT_* variables: a git hook or an alias that runs the
 * evaluation sets GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE or GIT_CONFIG_PARAMETERS, which would
 * point git at another repository or bring back settings the arguments above turn off.
 */
function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.toUpperCase().startsWith('GIT_')) env[k] = v;
  return { ...env, ...extra, ...GIT_OWN_ENV };
}
/**
 * Every git command is time-bounded: a hostile configuration can name a FIFO (include.path,
 * core.excludesFile) that git would wait on for ever. The first question, whether the root is a
 * work tree, is small; a listing of a very large tree gets longer.
 */
const PROBE_TIMEOUT_MS = 10_000;
const DEFAULT_TIMEOUT_MS = 120_000;

/** What a git command printed and how it exited (git grep exits 1 when nothing matches). */
export interface GitOutput {
  status: number;
  stdout: string;
}

/** Runs git in `root` when `root` is the top of a work tree; null when it is not or git fails. */
export function runGit(root: string, args: string[], maxBuffer = 512 * 1024 * 1024): string | null {
  const info = workTreeInfo(root);
  if (info === null) return null;
  // Answers already known from the one rev-parse that checked the work tree top.
  if (args.length === 2 && args[0] === 'rev-parse') {
    if (args[1] === '--git-dir') return info.gitDir;
    if (args[1] === '--is-shallow-repository') return info.shallow;
  }
  const r = rawGit(root, args, maxBuffer);
  return r !== null && r.status === 0 ? r.stdout : null;
}

/** Extra environment (GIT_ALLOC_LIMIT), a time limit and the output's decoding for one git command. */
export interface GitLimits {
  env?: Record<string, string>;
  timeoutMs?: number;
  /** 'latin1' keeps each byte of the output as one character: file names need not be UTF-8. */
  encoding?: 'utf8' | 'latin1';
}

/** Like runGit, but reports any exit status (null only when git cannot run, times out or `root` is not a work tree top). */
export function runGitStatus(root: string, args: string[], maxBuffer = 64 * 1024 * 1024, limits: GitLimits = {}): GitOutput | null {
  if (workTreeInfo(root) === null) return null;
  return rawGit(root, args, maxBuffer, limits);
}

/** runGitStatus without blocking: the JavaScript thread works on while git runs. */
export function runGitAsync(root: string, args: string[], maxBuffer = 64 * 1024 * 1024, limits: GitLimits = {}): Promise<GitOutput | null> {
  if (workTreeInfo(root) === null) return Promise.resolve(null);
  return new Promise((resolve) => {
    try {
      execFile('git', [...GIT_SAFE_ARGS, ...args], { cwd: root, encoding: limits.encoding ?? 'utf8', maxBuffer, timeout: limits.timeoutMs ?? DEFAULT_TIMEOUT_MS, env: gitEnv(limits.env) }, (err, stdout) => {
        if (!err) return resolve({ status: 0, stdout });
        const code = (err as { code?: unknown }).code;
        // A number is the exit status; anything else (spawn failure, maxBuffer exceeded, a signal, the time limit) is a failure.
        resolve(typeof code === 'number' && !(err as { killed?: boolean }).killed && !(err as { signal?: unknown }).signal ? { status: code, stdout } : null);
      }).stdin?.end();
    } catch {
      resolve(null);
    }
  });
}

interface WorkTreeInfo {
  /** `git rev-parse --git-dir` output, newline included, as runGit would return it. */
  gitDir: string;
  shallow: string;
}

const infoCache = new Map<string, WorkTreeInfo | null>();

/** One rev-parse answers whether `root` is a work tree top, where its git directory is and whether it is shallow. */
function workTreeInfo(root: string): WorkTreeInfo | null {
  const cached = infoCache.get(root);
  if (cached !== undefined) return cached;
  let info: WorkTreeInfo | null = null;
  const r = rawGit(root, ['rev-parse', '--is-shallow-repository', '--git-dir', '--show-toplevel'], undefined, { timeoutMs: PROBE_TIMEOUT_MS });
  if (r !== null && r.status === 0) {
    // The first two answers hold no newline; the top level (a path) takes the rest.
    const a = r.stdout.indexOf('\n');
    const b = a < 0 ? -1 : r.stdout.indexOf('\n', a + 1);
    const top = b < 0 ? '' : r.stdout.slice(b + 1).replace(/\n$/, '');
    let ok = false;
    if (top) {
      try {
        ok = realpathSync(top) === root;
      } catch {
        ok = false;
      }
    }
    if (ok) info = { shallow: r.stdout.slice(0, a + 1), gitDir: r.stdout.slice(a + 1, b + 1) };
  }
  infoCache.set(root, info);
  return info;
}

function rawGit(cwd: string, args: string[], maxBuffer = 64 * 1024 * 1024, limits: GitLimits = {}): GitOutput | null {
  const r = spawnSync('git', [...GIT_SAFE_ARGS, ...args], {
    cwd,
    encoding: limits.encoding ?? 'utf8',
    maxBuffer,
    timeout: limits.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'ignore'],
    env: gitEnv(limits.env),
  });
  if (r.error || r.status === null || r.signal) return null;
  return { status: r.status, stdout: r.stdout };
}

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

export function gatherGitFacts(root: string): GitFacts {
  if (workTreeInfo(root) === null) return { ...NOT_A_REPO };
  return gitFacts(root, FACT_QUERIES.map((q) => runGit(root, q)));
}

/** gatherGitFacts with its git questions asked at the same time. */
export async function gatherGitFactsAsync(root: string): Promise<GitFacts> {
  if (workTreeInfo(root) === null) return { ...NOT_A_REPO };
  const answers = await Promise.all(FACT_QUERIES.map((q) => runGitAsync(root, q, 64 * 1024 * 1024)));
  return gitFacts(root, answers.map((a) => (a !== null && a.status === 0 ? a.stdout : null)));
}

function gitFacts(root: string, [head, symbolic, remote, tagList]: (string | null)[]): GitFacts {
  const commit = head?.trim() || null;
  const ref = symbolic?.trim() || null;
  const remoteUrl = remote?.trim() || null;
  const shallow = runGit(root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
  const tags = (tagList?.split('\n') ?? []).filter(Boolean).slice(0, 10_000);
  return { isRepo: true, commit, ref, remoteUrl, repository: remoteUrl ? parseRepository(remoteUrl) : null, shallow, tags };
}

/** owner/name from https://github.com/o/n(.git), git@github.com:o/n.git, ssh://git@host/o/n. */
export function parseRepository(url: string): string | null {
  const m = /^(?:[a-z+]+:\/\/)?(?:[^@/]+@)?[^/:]+[:/]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? `${m[1]}/${m[2]}` : null;
}
