// Builds throwaway repositories for tests: a map of paths to contents, optionally a git repo.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export type Tree = Record<string, string | Buffer>;

export interface TempRepo {
  root: string;
  cleanup(): void;
}

export function makeRepo(files: Tree, options: { git?: boolean; remote?: string } = {}): TempRepo {
  const root = mkdtempSync(join(tmpdir(), 'slam-test-'));
  for (const [path, content] of Object.entries(files)) {
    const abs = join(root, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  if (options.git) {
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: root, stdio: 'ignore' });
    git('init', '-q', '-b', 'main');
    if (options.remote) git('remote', 'add', 'origin', options.remote);
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', 'initial');
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export const REFERENCE = join(import.meta.dirname, '..', '..', '..', 'shared', 'reference');
