// Where HEAD is and what the tags are, asked in the same rev-parse that checks the work tree: the
// answers must be what `rev-parse --verify -q HEAD`, `symbolic-ref -q HEAD` and `tag --list` say,
// in every state of HEAD; and one evaluation asks git each of its questions once (counted through
// a git on PATH that logs).
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gatherFacts } from '../../src/facts/gather.ts';
import { gatherGitFacts, gatherGitFactsAsync } from '../../src/facts/git.ts';
import { originUrlOf } from '../../src/facts/git-dir.ts';
import { cleanup, git, makeTree } from './helpers.ts';

afterAll(cleanup);

/** What git itself says, asked the old way: one command a question. */
function asked(root: string): { commit: string | null; ref: string | null; tags: string[] } {
  const run = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
    } catch {
      return null;
    }
  };
  return { commit: run('rev-parse', '--verify', '-q', 'HEAD'), ref: run('symbolic-ref', '-q', 'HEAD'), tags: (run('tag', '--list') ?? '').split('\n').filter(Boolean) };
}

function repo(files: Record<string, string> = { 'README.md': '# r\n' }): string {
  const root = makeTree(files);
  git(root, 'init', '-q');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'first');
  return root;
}

describe('HEAD from the probe', () => {
  const states: Array<[string, () => string]> = [
    ['on a branch', () => repo()],
    ['detached', () => {
      const r = repo();
      git(r, 'checkout', '-q', '--detach');
      return r;
    }],
    ['with no commit yet', () => {
      const r = makeTree({ 'README.md': '# r\n' });
      git(r, 'init', '-q');
      return r;
    }],
    ['with a file named HEAD in the work tree', () => repo({ HEAD: 'not a revision\n', 'README.md': '# r\n' })],
    ['on a branch whose name is also a tag', () => {
      const r = repo();
      git(r, 'tag', 'main');
      return r;
    }],
    ['with tags whose names sort in byte order', () => {
      const r = repo();
      for (const t of ['v1.10.0', 'v1.9.0', 'V2', 'refs-like/refs/tags/x', 'ünïcode']) git(r, 'tag', t);
      return r;
    }],
    // Odd but possible: HEAD's ref is a tag's, and the probe's answer holds that tag twice.
    ['with HEAD naming a tag', () => {
      const r = repo();
      git(r, 'tag', 'v1');
      git(r, 'symbolic-ref', 'HEAD', 'refs/tags/v1');
      return r;
    }],
  ];
  for (const [name, make] of states) {
    it(`answers as git's own questions do: ${name}`, async () => {
      const root = make();
      const want = asked(root);
      const sync = gatherGitFacts(root);
      expect({ commit: sync.commit, ref: sync.ref, tags: sync.tags }).toEqual(want);
      expect(sync.isRepo).toBe(true);
      // A fresh module state is not needed: the async path reads the same cached probe or asks again.
      const async = await gatherGitFactsAsync(root);
      expect(async).toEqual(sync);
    });
  }
});

describe('git processes of one evaluation', () => {
  it('asks each question once, and HEAD and the tags within the probe', async () => {
    const root = repo({ 'README.md': '# r\n', 'src/a.js': 'x\n' });
    git(root, 'tag', 'v1.0.0');
    git(root, 'remote', 'add', 'origin', 'https://github.com/o/r.git');
    const bin = makeTree({});
    const log = join(bin, 'calls.log');
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(join(bin, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> "${log}"\nexec "${real}" "$@"\n`);
    chmodSync(join(bin, 'git'), 0o755);
    writeFileSync(log, '');
    const saved = process.env.PATH;
    process.env.PATH = `${bin}:${saved}`;
    let facts;
    try {
      ({ facts } = await gatherFacts(root, { offline: true }));
    } finally {
      process.env.PATH = saved;
    }
    expect(facts.git).toMatchObject({ isRepo: true, ref: 'refs/heads/main', repository: 'o/r', tags: ['v1.0.0'] });
    expect(facts.git.commit).toMatch(/^[0-9a-f]{40}$/);
    // The subcommand of each call: what follows the safety settings (-c k=v pairs).
    const calls = readFileSync(log, 'utf8').trim().split('\n').map((l) => l.replace(/^--no-pager /, '').replace(/(?:-c \S+ )+/, '').split(' ').slice(0, 2).join(' '));
    // remote.origin.url is read from .git/config while it is inspected: no `git config --get`.
    expect(calls.sort()).toEqual(['grep --threads=1', 'log --no-show-signature', 'ls-files -z', 'ls-files -z', 'rev-parse --is-shallow-repository'].sort());
  });

  it('asks git for the remote where the configuration includes another file', async () => {
    const root = repo();
    writeFileSync(join(root, '.git', 'origin.cfg'), '[remote "origin"]\n\turl = https://github.com/o/included.git\n');
    git(root, 'config', 'include.path', 'origin.cfg');
    expect((await gatherGitFactsAsync(root)).repository).toBe('o/included');
    expect(gatherGitFacts(root).repository).toBe('o/included');
  });
});

describe('remote.origin.url read from the configuration', () => {
  it.each([
    ['[core]\n\tbare = false\n[remote "origin"]\n\turl = https://github.com/o/r.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n', 'https://github.com/o/r.git'],
    ['[remote "origin"]\n\tURL = "git@github.com:o/r.git" ; a comment\n', 'git@github.com:o/r.git'],
    ['[remote "origin"]\n\turl = https://a.example/1\n\turl = https://github.com/o/last.git\n', 'https://github.com/o/last.git'],
    ['[remote "upstream"]\n\turl = https://github.com/u/r.git\n', null],
    ['[remote "Origin"]\n\turl = https://github.com/o/r.git\n', null],
    ['', null],
  ])('%j', (text, url) => {
    expect(originUrlOf(text)).toBe(url);
  });
  it.each([
    '[include]\n\tpath = other.cfg\n[remote "origin"]\n\turl = https://github.com/o/r.git\n',
    '[includeIf "gitdir:/x/"]\n\tpath = other.cfg\n',
    '[remote.origin]\n\turl = https://github.com/o/r.git\n',
    '[remote "origin"]\n\turl = https://github.com/o/\\\n r.git\n',
  ])('leaves %j to git', (text) => {
    expect(originUrlOf(text)).toBeUndefined();
  });
});
