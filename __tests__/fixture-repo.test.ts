// The test helper that writes git checkouts without git (helpers/git-write.ts) must leave what
// `git init && git add -A && git commit` leaves: the same tree, an index git finds clean, objects
// that pass fsck. Every fixture checkout of the suite relies on it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { needsRealGit, writeGitCheckout } from './helpers/git-write.ts';
import type { Tree } from './helpers/repo.ts';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

const ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' };
/** Runs git commands in one shell (one process started from here, not one per command); the outputs, in order. */
function gitAll(cwd: string, commands: string[][]): string[] {
  const quote = (a: string) => `'${a.replace(/'/g, `'\\''`)}'`;
  const script = commands.map((c) => `git ${c.map(quote).join(' ')} || echo "exit $?"; printf '\\0'`).join('\n');
  return execFileSync('/bin/sh', ['-c', script], { cwd, encoding: 'utf8', env: ENV, stdio: ['ignore', 'pipe', 'pipe'] }).split('\0').slice(0, -1);
}

function folder(files: Tree): string {
  const root = mkdtempSync(join(tmpdir(), 'slam-gitwrite-'));
  made.push(root);
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), c);
  }
  return root;
}

function byGit(files: Tree, remote: string): string {
  const root = folder(files);
  const out = gitAll(root, [['init', '-q', '-b', 'main'], ['remote', 'add', 'origin', remote], ['add', '-A'], ['-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', 'initial']]);
  expect(out).toEqual(['', '', '', '']);
  return root;
}

function written(files: Tree, options: { remote?: string; tag?: string } = {}): string {
  const root = folder(files);
  writeGitCheckout(root, Object.keys(files), { identity: { name: 'Test', email: 'test@example.com' }, ...options });
  return root;
}

const TREES: Record<string, Tree> = {
  'an empty commit': {},
  'one file': { 'README.md': '# Demo\n' },
  'names git sorts with a directory as name/': {
    'a.b': '1',
    'a/b': '2',
    'a-b': '3',
    a0: '4',
    'a/b.c/d': '5',
    'a/b-c': '6',
    'A/x': '7',
    'docs/z.md': '8',
    'docs.md': '9',
  },
  'deep folders, empty and binary files, CRLF and a long name': {
    'src/deep/er/still/file.ts': 'export {};\r\nconst a = 1;\r\n',
    'empty.txt': '',
    'bin/tool': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0xff]),
    [`docs/${'n'.repeat(140)}.md`]: 'long\n',
    'space name/with, comma=and@plus+.md': 'x\n',
    '.github/workflows/ci.yml': 'on: push\n',
  },
};

describe('git checkouts written without git', () => {
  it.each(Object.entries(TREES))('%s: the same tree as git add -A && git commit, a clean index, objects that pass fsck', (_name, files) => {
    expect(needsRealGit(Object.keys(files))).toBe(false);
    const ours = written(files, { remote: 'https://github.com/example/demo.git', tag: 'v1.0.0' });
    const theirs = byGit(files, 'https://github.com/example/demo.git');
    const [theirTree, theirFiles] = gitAll(theirs, [['rev-parse', 'HEAD^{tree}'], ['ls-files', '-s']]);
    const [tree, listed, head, log, remote, tag, commit, diffFiles, status, fsck] = gitAll(ours, [
      ['rev-parse', 'HEAD^{tree}'],
      ['ls-files', '-s'],
      ['symbolic-ref', 'HEAD'],
      ['log', '--format=%an <%ae>|%cn <%ce>|%s'],
      ['remote', 'get-url', 'origin'],
      ['rev-parse', 'v1.0.0'],
      ['rev-parse', 'HEAD'],
      // The index's stat data matches the files: plumbing that does not refresh sees no change.
      ['diff-files', '--quiet'],
      ['status', '--porcelain=v1', '--untracked-files=all'],
      ['fsck', '--strict', '--no-dangling'],
    ]);
    expect(tree).toBe(theirTree);
    expect(listed).toBe(theirFiles);
    expect(head).toBe('refs/heads/main\n');
    expect(log).toBe('Test <test@example.com>|Test <test@example.com>|initial\n');
    expect(remote).toBe('https://github.com/example/demo.git\n');
    expect(tag).toBe(commit);
    expect(commit).toMatch(/^[0-9a-f]{40}\n$/);
    expect(diffFiles).toBe('');
    expect(status).toBe('');
    expect(fsck).toBe('');
  });

  it('leaves to git the trees git treats specially', () => {
    expect(needsRealGit(['README.md', 'src/a.ts', '.github/workflows/ci.yml', '.editorconfig', '.gitlab-ci.yml'])).toBe(false);
    for (const p of ['.gitignore', 'sub/.gitattributes', '.gitmodules', '.git/config', '.GIT/x', '.git./x', 'GIT~1/x', '.', 'a./b', 'x ', 'a\\b', 'caf\u00e9.md', 'a//b', '../x', 'a:b'])
      expect([p, needsRealGit([p])]).toEqual([p, true]);
  });
});
