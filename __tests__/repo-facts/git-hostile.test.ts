// Git asked questions about a hostile checkout: its .git/config and .gitattributes must not make
// git run a program, change what git answers, or hang the evaluation; the caller's GIT_*
// environment (a git hook sets GIT_DIR and GIT_INDEX_FILE) must not point git at another repository.
import { existsSync, readdirSync, appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gatherFacts } from '../../src/facts/gather.ts';
import { RepoSnapshot } from '../../src/facts/snapshot.ts';
import { BASE62, cleanup, git, makeTree, randomFrom } from './helpers.ts';

afterAll(cleanup);

const ghToken = 'gh' + 'p_' + randomFrom(BASE62, 36);

function hostileRepo(markerDir: string): string {
  const root = makeTree({
    'README.md': '# demo\n',
    'src/app.js': `const t = "${ghToken}";\n`,
    '.gitattributes': '* filter=evil diff=evil merge=evil\n',
  });
  git(root, 'init', '-q');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-s', '-m', 'first');
  git(root, 'commit', '-q', '-s', '--allow-empty', '-m', 'second');
  git(root, 'tag', 'v1.0.0');
  git(root, 'tag', 'v1.1.0');
  const m = (name: string) => `touch '${join(markerDir, name)}'`;
  appendFileSync(
    join(root, '.git', 'config'),
    [
      '[core]',
      `\tfsmonitor = ${m('fsmonitor')}; echo`,
      `\tpager = ${m('pager')}; cat`,
      `\tsshCommand = ${m('ssh')}`,
      `\taskPass = ${m('askpass')}`,
      `\teditor = ${m('editor')}`,
      '\thooksPath = .git/hooks-from-config',
      '[filter "evil"]',
      `\tclean = ${m('clean')}; cat`,
      `\tsmudge = ${m('smudge')}; cat`,
      `\tprocess = ${m('process')}`,
      '[diff "evil"]',
      `\ttextconv = ${m('textconv')}; cat`,
      `\tcommand = ${m('diff-command')}`,
      '[diff]',
      `\texternal = ${m('diff-external')}`,
      '[merge "evil"]',
      `\tdriver = ${m('merge-driver')}`,
      '[log]',
      '\tshowSignature = true',
      '[gpg]',
      `\tprogram = ${m('gpg')}`,
      '[gpg "ssh"]',
      `\tprogram = ${m('gpg-ssh')}`,
      '[credential]',
      `\thelper = !${m('credential')}`,
      '[pager]',
      `\tlog = ${m('pager-log')}`,
      `\ttag = ${m('pager-tag')}`,
      `\tgrep = ${m('pager-grep')}`,
      '[column]',
      '\tui = always',
      '[i18n]',
      '\tlogOutputEncoding = UTF-16',
      '[grep]',
      '\tpatternType = perl',
      '\tfullName = false',
      '',
    ].join('\n'),
  );
  // Hooks everywhere git could look for them.
  for (const dir of [join(root, '.git', 'hooks'), join(root, '.git', 'hooks-from-config')]) {
    execFileSync('mkdir', ['-p', dir]);
    for (const hook of ['post-checkout', 'post-index-change', 'reference-transaction', 'pre-auto-gc', 'fsmonitor-watchman']) {
      appendFileSync(join(dir, hook), `#!/bin/sh\n${m(`hook-${hook}`)}\n`, { mode: 0o755 });
    }
  }
  return root;
}

describe('git on a hostile checkout', () => {
  it('runs no program named in .git/config or .gitattributes, and answers as without them', async () => {
    const markers = mkdtempSync(join(tmpdir(), 'slam-markers-'));
    try {
      const root = hostileRepo(markers);
      const { facts } = await gatherFacts(root, { offline: true });
      expect(readdirSync(markers)).toEqual([]);
      // column.ui must not lay the tags out in columns on one line.
      expect([...facts.git.tags].sort()).toEqual(['v1.0.0', 'v1.1.0']);
      // i18n.logOutputEncoding must not garble the history the sign-offs are read from.
      expect(facts.dco.commitsExamined).toBe(2);
      expect(facts.dco.signedOff).toBe(2);
      // grep.patternType and grep.fullName must not change what git grep finds.
      expect(facts.secrets.findings.map((f) => `${f.kind} ${f.path}`)).toEqual(['github-token src/app.js']);
      expect(facts.files.map((f) => f.path)).toEqual(['.gitattributes', 'README.md', 'src/app.js']);
    } finally {
      rmSync(markers, { recursive: true, force: true });
    }
  });

  it('ignores the caller\'s GIT_DIR, GIT_WORK_TREE and GIT_INDEX_FILE', async () => {
    const other = makeTree({ 'only-in-other.txt': 'x\n' });
    git(other, 'init', '-q');
    git(other, 'add', '-A');
    git(other, 'commit', '-q', '-m', 'other');
    const root = makeTree({ 'README.md': '# mine\n' });
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'mine');
    const mine = git(root, 'rev-parse', 'HEAD').trim();
    const saved = { GIT_DIR: process.env.GIT_DIR, GIT_WORK_TREE: process.env.GIT_WORK_TREE, GIT_INDEX_FILE: process.env.GIT_INDEX_FILE };
    process.env.GIT_DIR = join(other, '.git');
    process.env.GIT_WORK_TREE = other;
    process.env.GIT_INDEX_FILE = join(other, '.git', 'index');
    try {
      const { facts } = await gatherFacts(root, { offline: true });
      expect(facts.git.commit).toBe(mine);
      expect(facts.files.map((f) => f.path)).toEqual(['README.md']);
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });

  it('does not hang on a configuration that includes a FIFO: lists the directory instead and says why', async () => {
    const root = makeTree({ 'README.md': '# demo\n' });
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'first');
    const fifo = join(root, '.git', 'stall');
    execFileSync('mkfifo', [fifo]);
    appendFileSync(join(root, '.git', 'config'), `[include]\n\tpath = ${fifo}\n`);
    const started = Date.now();
    const snap = await RepoSnapshot.openAsync(root);
    expect(Date.now() - started).toBeLessThan(25_000);
    expect(snap.fromGit).toBe(false);
    expect(snap.files.map((f) => f.path)).toEqual(['README.md']);
    expect(snap.notes.some((n) => /git/.test(n.detail))).toBe(true);
    expect(existsSync(fifo)).toBe(true);
  }, 30_000);
});
