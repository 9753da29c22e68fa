import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RepoSnapshot } from '../../src/facts/snapshot.ts';
import { gatherDco } from '../../src/facts/dco.ts';
import { cleanup, git, makeTree, writeTree } from './helpers.ts';

afterAll(cleanup);

const SOB = 'Signed-off-by: Tess Ter <tess@example.com>';

function commit(dir: string, file: string, ...messages: string[]): void {
  writeTree(dir, { [file]: `${file} ${Math.random()}\n` });
  git(dir, 'add', '--', file);
  git(dir, 'commit', '-q', ...messages.flatMap((m) => ['-m', m]));
}

function signedRepo(): string {
  const dir = makeTree({
    'DCO': 'Developer Certificate of Origin\nVersion 1.1\n',
    'CONTRIBUTING.md': '# Contributing\n\nWe use the DCO. Each commit needs a\n`Signed-off-by:` line: use `git commit -s`.\n',
    '.github/workflows/dco.yml': 'name: DCO\non: pull_request\njobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n      # a comment that mentions cla-assistant\n      - uses: tim-actions/dco@v1\n',
    '.github/dco.yml': 'require:\n  members: false\n',
  });
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'initial', '-m', SOB);
  commit(dir, 'a.txt', 'signed a', SOB);
  commit(dir, 'b.txt', 'unsigned b');
  commit(dir, 'c.txt', 'signed by someone else', 'Signed-off-by: Other <other@example.com>');
  commit(dir, 'd.txt', 'not a trailer', 'we forgot the Signed-off-by: line');
  git(dir, 'checkout', '-q', '-b', 'topic');
  commit(dir, 'e.txt', 'topic work', SOB);
  git(dir, 'checkout', '-q', 'main');
  commit(dir, 'f.txt', 'main work', SOB);
  git(dir, 'merge', '-q', '--no-ff', '-m', 'Merge topic', 'topic');
  return dir;
}

describe('gatherDco', () => {
  const repo = signedRepo();

  it('counts sign-offs in non-merge commits', () => {
    const f = gatherDco(RepoSnapshot.open(repo), {});
    expect(f).toMatchObject({
      isRepo: true,
      shallow: false,
      commitsVisible: 8,
      commitsExamined: 7,
      signedOff: 5,
      signedOffByAuthor: 4,
      mergeCommitsSkipped: 1,
      unsignedByBots: 0,
      decidable: true,
      reason: 'the whole history (8 commit(s)) was examined',
    });
    expect(f.unsigned.map((e) => e.detail)).toEqual([expect.stringMatching(/^commit [0-9a-f]{12} has no Signed-off-by trailer$/), expect.any(String)]);
  });

  it('honours maxCommits', () => {
    const f = gatherDco(RepoSnapshot.open(repo), { maxCommits: 3 });
    expect(f.commitsVisible).toBe(3);
    expect(f.mergeCommitsSkipped).toBe(1);
    expect(f.commitsExamined).toBe(2);
    expect(f.reason).toBeUndefined();
  });

  it('finds the DCO file, the DCO check and the contributing guide mentions', () => {
    const f = gatherDco(RepoSnapshot.open(repo));
    expect(f.dcoFile).toEqual({ kind: 'file', path: 'DCO', detail: 'DCO file with the Developer Certificate of Origin text' });
    expect(f.claOrDcoCheck).toEqual([
      { kind: 'file', path: '.github/dco.yml', detail: 'DCO app (probot/dco) configuration' },
      // line 1 "name: DCO" is the first line mentioning the DCO; the comment on line 7 is not read as a check
      { kind: 'workflow', path: '.github/workflows/dco.yml', line: 1, column: 1, detail: 'workflow runs a DCO check' },
    ]);
    expect(f.docMentions.map((e) => `${e.line}:${e.column}:${e.detail.slice(0, 4)}`)).toEqual(['3:12:DCO:', '4:2:DCO:', '4:29:DCO:']);
  });

  it('cannot decide from a depth-1 shallow clone, and says so', () => {
    const dest = mkdtempSync(join(tmpdir(), 'slam-facts-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, dest], { stdio: 'ignore' });
    const f = gatherDco(RepoSnapshot.open(dest));
    expect(f).toMatchObject({ isRepo: true, shallow: true, commitsVisible: 1, decidable: false });
    expect(f.reason).toMatch(/^shallow clone: only 1 commit\(s\) visible/);
    // The tree is still read.
    expect(f.dcoFile?.path).toBe('DCO');
  });

  it('is undecidable outside git and in a repository without commits', () => {
    const plain = makeTree({ 'CONTRIBUTING.md': 'Please sign our Contributor License Agreement (CLA).\nCLASSES are not CLAs.\n' });
    const f = gatherDco(RepoSnapshot.open(plain));
    expect(f).toMatchObject({ isRepo: false, decidable: false, commitsVisible: 0, dcoFile: null, claOrDcoCheck: [] });
    expect(f.reason).toMatch(/not a git work tree/);
    expect(f.docMentions.map((e) => `${e.line}:${e.column}:${e.detail}`)).toEqual([
      '1:17:CLA: mentions a Contributor License Agreement',
      '1:48:CLA: mentions the CLA',
    ]);
    const empty = makeTree({ 'x.txt': 'x' });
    git(empty, 'init', '-q');
    expect(gatherDco(RepoSnapshot.open(empty))).toMatchObject({ isRepo: true, decidable: false, reason: expect.stringMatching(/no commits/) });
  });

  it('reads a phrase wrapped over two lines, and not a license header in an HTML comment (ASF)', () => {
    const asf = makeTree({
      'CONTRIBUTING.md': '<!--\nLicensed to the Apache Software Foundation (ASF) under one or more\ncontributor license agreements.  See the NOTICE file.\n-->\n# Contributing\n',
      '.github/pull_request_template.md': '<!-- Licensed to the Apache Software Foundation (ASF) under one or more contributor license agreements. --> Thanks!\n',
    });
    expect(gatherDco(RepoSnapshot.open(asf)).docMentions).toEqual([]);
    // A template's other comments are the instructions a contributor reads.
    const template = makeTree({ '.github/pull_request_template.md': '<!--\nSign off your commits: the DCO check requires it.\n-->\n' });
    expect(gatherDco(RepoSnapshot.open(template)).docMentions.map((e) => `${e.line}:${e.detail}`)).toEqual(['2:DCO: names a DCO check on pull requests (a DCO bot, app or status check)', '2:DCO: mentions the DCO']);
    const wrapped = makeTree({ 'CONTRIBUTING.md': '# Legal\n\nYou will need to sign the [Contributor License\nAgreement](https://identity.linuxfoundation.org/projects/cncf).\n' });
    expect(gatherDco(RepoSnapshot.open(wrapped)).docMentions.map((e) => `${e.line}:${e.column}:${e.detail}`)).toEqual(['3:28:CLA: mentions a Contributor License Agreement']);
  });

  it('finds CLA checks and ignores near-miss words', () => {
    const dir = makeTree({
      '.clabot': '{"contributors": []}',
      '.github/workflows/cla.yml': 'on: pull_request_target\njobs:\n  cla:\n    steps:\n      - uses: contributor-assistant/github-action@v2.6.1\n',
      '.github/workflows/build.yml': 'jobs:\n  build:\n    steps:\n      - run: make dcomponents CLASSPATH=x\n',
      'DCO.md': 'just a file\n',
    });
    const f = gatherDco(RepoSnapshot.open(dir));
    expect(f.claOrDcoCheck.map((e) => `${e.path}:${e.line ?? ''}:${e.detail}`)).toEqual([
      '.clabot::CLA bot (clabot) configuration',
      '.github/workflows/cla.yml:5:workflow runs CLA Assistant',
    ]);
    expect(f.dcoFile).toEqual({ kind: 'file', path: 'DCO.md', detail: 'file named DCO, without the Developer Certificate of Origin text' });
  });

  it('does not let the repository configuration run a program while reading history', () => {
    const dir = makeTree({ 'a.txt': 'a' });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'one', '-m', SOB);
    // A commit carrying a (fake) signature, so that showing signatures would call gpg.program.
    const tree = git(dir, 'rev-parse', 'HEAD^{tree}').trim();
    const parent = git(dir, 'rev-parse', 'HEAD').trim();
    const body = `tree ${tree}\nparent ${parent}\nauthor T <t@example.com> 1700000000 +0000\ncommitter T <t@example.com> 1700000000 +0000\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----\n\nsigned\n\n${SOB}\n`;
    writeFileSync(join(dir, 'commit.txt'), body);
    const sha = git(dir, 'hash-object', '-t', 'commit', '-w', 'commit.txt').trim();
    git(dir, 'update-ref', 'HEAD', sha);
    const marker = join(dir, 'PWNED');
    const evil = join(dir, 'evil.sh');
    writeFileSync(evil, `#!/bin/sh\ntouch '${marker}'\nexit 1\n`);
    chmodSync(evil, 0o755);
    git(dir, 'config', 'log.showSignature', 'true');
    git(dir, 'config', 'gpg.program', evil);
    // Sanity: plain git log would run it.
    execFileSync('git', ['log', '-n', '1'], { cwd: dir, stdio: 'ignore' });
    expect(existsSync(marker)).toBe(true);
    execFileSync('rm', [marker]);
    const f = gatherDco(RepoSnapshot.open(dir));
    expect(existsSync(marker)).toBe(false);
    expect(f).toMatchObject({ commitsVisible: 2, signedOff: 2 });
  });
});
