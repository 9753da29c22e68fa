// Builds throwaway repositories for tests: a map of paths to contents, optionally a git repo.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { needsRealGit, writeGitCheckout } from './git-write.ts';

export type Tree = Record<string, string | Buffer>;

export interface TempRepo {
  root: string;
  cleanup(): void;
}

const IDENTITY = { name: 'Test', email: 'test@example.com' };

/**
 * A temporary folder holding `files`; with `git`, a checkout on branch main with one commit of
 * all of them (and a remote, and a lightweight tag, when asked). Plain trees are committed by
 * writing the repository directly (helpers/git-write.ts, no process); trees git would treat
 * specially (.gitignore, .gitattributes, unusual names) by git itself.
 */
export function makeRepo(files: Tree, options: { git?: boolean; remote?: string; tag?: string } = {}): TempRepo {
  const root = mkdtempSync(join(tmpdir(), 'slam-test-'));
  for (const [path, content] of Object.entries(files)) {
    const abs = join(root, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  if (options.git) {
    const paths = Object.keys(files);
    if (!needsRealGit(paths)) writeGitCheckout(root, paths, { identity: IDENTITY, remote: options.remote, tag: options.tag });
    else {
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', `user.name=${IDENTITY.name}`, '-c', `user.email=${IDENTITY.email}`, '-c', 'commit.gpgsign=false', '-c', 'maintenance.auto=false', ...args], { cwd: root, stdio: 'ignore' });
      git('init', '-q', '-b', 'main');
      if (options.remote) git('remote', 'add', 'origin', options.remote);
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', 'initial');
      if (options.tag) git('tag', options.tag);
    }
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export const REFERENCE = join(import.meta.dirname, '..', '..', '..', 'shared', 'reference');
