// Git, asked read-only questions about the checkout. The repository is hostile input:
// never let its configuration run programs (fsmonitor, hooks do not run for these commands).
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';

const GIT_SAFE_ARGS = ['-c', 'core.fsmonitor=false', '-c', 'core.untrackedCache=false', '-c', 'safe.directory=*'];

/** Runs git in `root` when `root` is the top of a work tree; null when it is not or git fails. */
export function runGit(root: string, args: string[], maxBuffer = 512 * 1024 * 1024): string | null {
  if (!isWorkTreeTop(root)) return null;
  return rawGit(root, args, maxBuffer);
}

const topCache = new Map<string, boolean>();

function isWorkTreeTop(root: string): boolean {
  const cached = topCache.get(root);
  if (cached !== undefined) return cached;
  const top = rawGit(root, ['rev-parse', '--show-toplevel'])?.trim();
  let ok = false;
  if (top) {
    try {
      ok = realpathSync(top) === root;
    } catch {
      ok = false;
    }
  }
  topCache.set(root, ok);
  return ok;
}

function rawGit(cwd: string, args: string[], maxBuffer = 64 * 1024 * 1024): string | null {
  try {
    return execFileSync('git', [...GIT_SAFE_ARGS, ...args], {
      cwd,
      encoding: 'utf8',
      maxBuffer,
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
    });
  } catch {
    return null;
  }
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

export function gatherGitFacts(root: string): GitFacts {
  const isRepo = runGit(root, ['rev-parse', '--git-dir']) !== null;
  if (!isRepo) return { isRepo: false, commit: null, ref: null, remoteUrl: null, repository: null, shallow: false, tags: [] };
  const commit = runGit(root, ['rev-parse', '--verify', '-q', 'HEAD'])?.trim() || null;
  const ref = runGit(root, ['symbolic-ref', '-q', 'HEAD'])?.trim() || null;
  const remoteUrl = runGit(root, ['config', '--get', 'remote.origin.url'])?.trim() || null;
  const shallow = runGit(root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
  const tags = (runGit(root, ['tag', '--list'])?.split('\n') ?? []).filter(Boolean).slice(0, 10_000);
  return { isRepo, commit, ref, remoteUrl, repository: remoteUrl ? parseRepository(remoteUrl) : null, shallow, tags };
}

/** owner/name from https://github.com/o/n(.git), git@github.com:o/n.git, ssh://git@host/o/n. */
export function parseRepository(url: string): string | null {
  const m = /^(?:[a-z+]+:\/\/)?(?:[^@/]+@)?[^/:]+[:/]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? `${m[1]}/${m[2]}` : null;
}
