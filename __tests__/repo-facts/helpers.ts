// Fixture repositories for the repository fact tests: plain directories and real git repositories.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { needsRealGit, writeGitCheckout } from '../helpers/git-write.ts';

const made: string[] = [];

/** A temporary directory holding `files` (path → content). */
export function makeTree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'slam-facts-'));
  made.push(dir);
  writeTree(dir, files);
  return dir;
}

export function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    const abs = join(dir, ...path.split('/'));
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
}

export function cleanup(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Tess Ter', '-c', 'user.email=tess@example.com', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', '-c', 'maintenance.auto=false', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
  });
}

/**
 * A git checkout of `files` on branch main with one commit of all of them: what
 * `git init && git add -A && git commit -m <message>` leaves, written without starting git
 * (helpers/git-write.ts) unless the tree holds something git treats specially.
 */
export function gitTree(files: Record<string, string | Buffer>, message = 'initial'): string {
  const root = makeTree(files);
  const paths = Object.keys(files);
  if (!needsRealGit(paths)) writeGitCheckout(root, paths, { identity: { name: 'Tess Ter', email: 'tess@example.com' }, message });
  else {
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', message);
  }
  return root;
}

/** A random string over `alphabet`, so that no real-looking secret is ever committed in this repository. */
export function randomFrom(alphabet: string, length: number): string {
  const bytes = randomBytes(length * 2);
  let out = '';
  for (let i = 0; out.length < length; i++) out += alphabet[bytes[i % bytes.length] % alphabet.length];
  // Guard against an accidental placeholder-looking draw (e.g. "xxxx").
  return /(.)\1\1/.test(out) || /xxxx|1234567|abcdefg|your|fake|example|sample|dummy|insert|replace|redacted|changeme|placeholder/i.test(out) ? randomFrom(alphabet, length) : out;
}

export const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
