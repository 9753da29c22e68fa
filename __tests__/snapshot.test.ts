import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findHazards, RepoSnapshot, SnapshotError } from '../src/facts/snapshot.ts';
import { makeRepo, type TempRepo } from './helpers/repo.ts';

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()?.cleanup();
});
const repo = (...a: Parameters<typeof makeRepo>) => {
  const r = makeRepo(...a);
  repos.push(r);
  return r;
};

describe('RepoSnapshot', () => {
  it('lists tracked and untracked-but-not-ignored files from git, marking executables and symlinks', () => {
    const r = repo({ 'a.txt': 'a', 'bin/run': '#!/bin/sh\n', '.gitignore': 'ignored.txt\n', 'ignored.txt': 'x' }, { git: true });
    execFileSync('chmod', ['+x', join(r.root, 'bin/run')]);
    execFileSync('git', ['add', 'bin/run'], { cwd: r.root });
    writeFileSync(join(r.root, 'new.md'), 'new');
    symlinkSync('a.txt', join(r.root, 'link'));
    const snap = RepoSnapshot.open(r.root);
    expect(snap.fromGit).toBe(true);
    const paths = snap.files.map((f) => f.path);
    expect(paths).toContain('a.txt');
    expect(paths).toContain('new.md');
    expect(paths).not.toContain('ignored.txt');
    expect(snap.get('new.md')?.tracked).toBe(false);
    expect(snap.get('bin/run')?.kind).toBe('executable');
    expect(snap.get('link')?.kind).toBe('symlink');
  });

  it('walks the tree when it is not a git checkout, skipping .git folders', () => {
    const r = repo({ 'x/y/z.txt': 'z', 'README.md': '# hi', '.git/config': 'nope' });
    const snap = RepoSnapshot.open(r.root);
    expect(snap.fromGit).toBe(false);
    expect(snap.files.map((f) => f.path)).toEqual(['README.md', 'x/y/z.txt']);
  });

  it('never reads through a symlink that leaves the repository, and survives symlink loops', () => {
    const outside = mkdtempSync(join(tmpdir(), 'slam-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'TOP SECRET');
    const r = repo({ 'in.txt': 'inside' });
    symlinkSync(join(outside, 'secret.txt'), join(r.root, 'escape.txt'));
    symlinkSync('loop-b', join(r.root, 'loop-a'));
    symlinkSync('loop-a', join(r.root, 'loop-b'));
    symlinkSync('in.txt', join(r.root, 'inner-link'));
    const snap = RepoSnapshot.open(r.root);
    const escaped = snap.read('escape.txt');
    expect(escaped.ok).toBe(false);
    expect(JSON.stringify(escaped)).not.toContain('TOP SECRET');
    expect(!escaped.ok && escaped.reason).toMatch(/outside the repository/);
    expect(snap.peek('escape.txt', (h) => h.length)).toBeNull();
    const loop = snap.read('loop-a');
    expect(!loop.ok && loop.reason).toMatch(/loop/);
    const inner = snap.read('inner-link');
    expect(inner.ok && inner.text).toBe('inside');
    expect(snap.notes.some((n) => n.path === 'escape.txt')).toBe(true);
  });

  it('skips a 1 GB file with a note instead of reading it', () => {
    const r = repo({ 'small.txt': 'ok' });
    writeFileSync(join(r.root, 'huge.bin'), '');
    truncateSync(join(r.root, 'huge.bin'), 1024 * 1024 * 1024); // sparse: no disk used
    const snap = RepoSnapshot.open(r.root);
    const t0 = Date.now();
    const res = snap.read('huge.bin');
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(res.ok).toBe(false);
    expect(!res.ok && res.reason).toMatch(/1\.0 GiB is over the 5\.0 MiB read limit/);
  });

  it('reads once, strips a BOM, and notes invalid UTF-8', () => {
    const r = repo({ 'bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# Title')]), 'bad.txt': Buffer.from([0x61, 0xff, 0xfe, 0x62]) });
    const snap = RepoSnapshot.open(r.root);
    const bom = snap.read('bom.md');
    expect(bom.ok && bom.text).toBe('# Title');
    writeFileSync(join(r.root, 'bom.md'), 'changed');
    const again = snap.read('bom.md');
    expect(again.ok && again.text).toBe('# Title');
    const bad = snap.read('bad.txt');
    expect(bad.ok && bad.invalidUtf8).toBe(true);
    expect(snap.notes.find((n) => n.path === 'bad.txt')?.detail).toMatch(/UTF-8/);
  });

  it('handles names with newlines from git and refuses paths that climb out', () => {
    const r = repo({ 'line\nbreak.md': 'x' }, { git: true });
    const snap = RepoSnapshot.open(r.root);
    expect(snap.has('line\nbreak.md')).toBe(true);
    expect(snap.read('line\nbreak.md').ok).toBe(true);
    expect(snap.read('../etc/passwd').ok).toBe(false);
    expect(snap.read('/etc/passwd').ok).toBe(false);
  });

  it('does not read a FIFO or a directory as a file', () => {
    const r = repo({ 'a.txt': 'a' });
    execFileSync('mkfifo', [join(r.root, 'pipe')]);
    mkdirSync(join(r.root, 'dir'));
    const snap = RepoSnapshot.open(r.root);
    const pipe = snap.read('pipe');
    expect(!pipe.ok && pipe.reason).toMatch(/not a regular file/);
    expect(snap.read('dir').ok).toBe(false);
  });

  it('lets a caller sniff the first bytes of a file, whatever its name', () => {
    const r = repo({ 'looks.txt': Buffer.from([0x41, 0x00, 0x42]), 'text.bin': 'plain text' });
    const snap = RepoSnapshot.open(r.root);
    expect(snap.peek('looks.txt', (h) => h.includes(0))).toBe(true);
    expect(snap.peek('text.bin', (h) => h.toString())).toBe('plain text');
  });

  it('lists tracked and untracked files in one sorted order, the same from open and openAsync', async () => {
    const r = repo({ 'b/x.txt': 'x', 'd.txt': 'd', 'b.txt': 'b', 'a-b/c.txt': 'c' }, { git: true });
    for (const p of ['a.txt', 'b/a.txt', 'c.txt', 'e/f.txt', 'b0.txt']) {
      mkdirSync(join(r.root, p, '..'), { recursive: true });
      writeFileSync(join(r.root, p), p);
    }
    const snap = RepoSnapshot.open(r.root);
    const paths = snap.files.map((f) => f.path);
    expect(paths).toEqual([...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual(['a-b/c.txt', 'a.txt', 'b.txt', 'b/a.txt', 'b/x.txt', 'b0.txt', 'c.txt', 'd.txt', 'e/f.txt']);
    expect(snap.files.filter((f) => !f.tracked).map((f) => f.path)).toEqual(['a.txt', 'b/a.txt', 'b0.txt', 'c.txt', 'e/f.txt']);
    const viaAsync = await RepoSnapshot.openAsync(r.root);
    expect(viaAsync.files).toEqual(snap.files);
    expect(viaAsync.fromGit).toBe(true);
    expect(snap.filesIn('b').map((f) => f.path)).toEqual(['b/a.txt', 'b/x.txt']);
    expect(snap.filesIn('').map((f) => f.path)).toEqual(['a.txt', 'b.txt', 'b0.txt', 'c.txt', 'd.txt']);
  });

  it('reads bytes uncached, within a limit, with the same refusals as read', () => {
    const outside = mkdtempSync(join(tmpdir(), 'slam-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'TOP SECRET');
    const r = repo({ 'a.txt': 'hello', 'big.txt': 'x'.repeat(5000) });
    symlinkSync(join(outside, 'secret.txt'), join(r.root, 'escape.txt'));
    const snap = RepoSnapshot.open(r.root);
    const a = snap.readBytes('a.txt', 100);
    expect(a.ok && a.bytes.toString()).toBe('hello');
    writeFileSync(join(r.root, 'a.txt'), 'changed');
    const again = snap.readBytes('a.txt', 100);
    expect(again.ok && again.bytes.toString()).toBe('changed');
    const big = snap.readBytes('big.txt', 4096);
    expect(big).toMatchObject({ ok: false, size: 5000, reason: expect.stringContaining('over the') });
    const escaped = snap.readBytes('escape.txt', 100);
    expect(escaped.ok).toBe(false);
    expect(JSON.stringify(escaped)).not.toContain('TOP SECRET');
    expect(snap.readBytes('../etc/passwd', 100).ok).toBe(false);
    expect(snap.readBytes('a.txt/', 100).ok).toBe(false);
  });

  it('gives the bytes of a file it read as text without opening it again, exactly as they are on disk', () => {
    // 8,191 ASCII bytes, then a character of four bytes across the 8 KiB head; a file with a byte
    // order mark and one that is not UTF-8 are read again, since their text is not their bytes.
    const across = Buffer.from('a'.repeat(8191) + '😀 and more é\n');
    const r = repo({ 'across.txt': across, 'bom.txt': Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69]), 'bad.txt': Buffer.from([0x61, 0xff, 0x62]), 'small.txt': 'héllo' });
    const snap = RepoSnapshot.open(r.root);
    for (const p of ['across.txt', 'bom.txt', 'bad.txt', 'small.txt']) expect(snap.read(p).ok, p).toBe(true);
    const head = snap.readHead('across.txt', 1 << 20, 8192);
    expect(head.ok && head.bytes.equals(across.subarray(0, 8192))).toBe(true);
    expect(head.ok && head.size).toBe(across.length);
    const whole = snap.readBytes('across.txt', 1 << 20);
    expect(whole.ok && whole.bytes.equals(across)).toBe(true);
    expect(snap.peek('across.txt', (b) => b.equals(across.subarray(0, 8192)))).toBe(true);
    expect(snap.readBytes('across.txt', 100)).toMatchObject({ ok: false, size: across.length });
    expect(snap.peek('small.txt', (b) => b.toString())).toBe('héllo');
    expect(snap.peek('bom.txt', (b) => [...b])).toEqual([0xef, 0xbb, 0xbf, 0x68, 0x69]);
    expect(snap.peek('bad.txt', (b) => [...b])).toEqual([0x61, 0xff, 0x62]);
    expect(Object.fromEntries([...snap.reads].map(([p, x]) => [p, x.times]))).toEqual({ 'across.txt': 1, 'small.txt': 1, 'bom.txt': 2, 'bad.txt': 2 });
  });

  it('does not read a listed file through a folder replaced by a symlink out of the repository', () => {
    const outside = mkdtempSync(join(tmpdir(), 'slam-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'TOP SECRET');
    const r = repo({ 'sub/secret.txt': 'inside', 'ok/a.txt': 'a' }, { git: true });
    const snap = RepoSnapshot.open(r.root);
    execFileSync('rm', ['-r', join(r.root, 'sub')]);
    symlinkSync(outside, join(r.root, 'sub'));
    const res = snap.read('sub/secret.txt');
    expect(res.ok).toBe(false);
    expect(JSON.stringify(res)).not.toContain('TOP SECRET');
    expect(snap.readBytes('sub/secret.txt', 100).ok).toBe(false);
    expect(snap.peek('sub/secret.txt', (h) => h.length)).toBeNull();
    const a = snap.read('ok/a.txt');
    expect(a.ok && a.text).toBe('a');
  });

  it('marks tracked files git reads from the index (assume-unchanged, skip-worktree)', () => {
    const r = repo({ 'a.txt': 'a', 'b.txt': 'b', 'c.txt': 'c' }, { git: true });
    execFileSync('git', ['update-index', '--assume-unchanged', 'a.txt'], { cwd: r.root });
    execFileSync('git', ['update-index', '--skip-worktree', 'b.txt'], { cwd: r.root });
    const snap = RepoSnapshot.open(r.root);
    expect([...snap.gitReadsIndex].sort()).toEqual(['a.txt', 'b.txt']);
    expect(snap.files.map((f) => f.path)).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('throws a clear error for a missing path or a file', () => {
    expect(() => RepoSnapshot.open('/no/such/dir')).toThrow(new SnapshotError('path does not exist: /no/such/dir'));
    const r = repo({ 'f.txt': 'x' });
    expect(() => RepoSnapshot.open(join(r.root, 'f.txt'))).toThrow(/not a directory/);
  });
});

describe('RepoSnapshot: file names that are not UTF-8', () => {
  const token = 'gh' + 'p_' + 'Zq8wE3rT5yU7iO9pA1sD2fG4hJ6kL0xCvBnM';
  const bad = (s: string) => Buffer.from(s.replace('\\xff', '\xff').replace('\\xfe', '\xfe'), 'latin1');
  function treeWithBadNames(git: boolean): string {
    const r = repo({ 'README.md': '# hi\n' }, {});
    mkdirSync(Buffer.concat([Buffer.from(r.root + '/'), bad('d\\xfe')]));
    writeFileSync(Buffer.concat([Buffer.from(r.root + '/'), bad('a\\xff.txt')]), `token = "${token}"\n`);
    writeFileSync(Buffer.concat([Buffer.from(r.root + '/'), bad('a\\xfe.txt')]), 'second\n');
    writeFileSync(Buffer.concat([Buffer.from(r.root + '/'), bad('d\\xfe/inner.md')]), 'inner\n');
    if (git) {
      execFileSync('git', ['init', '-q'], { cwd: r.root });
      execFileSync('git', ['add', '-A'], { cwd: r.root });
    }
    return r.root;
  }

  for (const git of [true, false]) {
    it(`lists, reads and scans them, each under its own name with \\xNN escapes (${git ? 'git' : 'plain walk'})`, async () => {
      const root = treeWithBadNames(git);
      const snap = await RepoSnapshot.openAsync(root);
      expect(snap.fromGit).toBe(git);
      expect(snap.files.map((f) => f.path)).toEqual(['README.md', 'a\\xfe.txt', 'a\\xff.txt', 'd\\xfe/inner.md']);
      const r = snap.read('a\\xfe.txt');
      expect(r.ok && r.text).toBe('second\n');
      const inner = snap.read('d\\xfe/inner.md');
      expect(inner.ok && inner.text).toBe('inner\n');
      expect(snap.notes.some((n) => /not valid UTF-8/.test(n.detail) && /\\xNN/.test(n.detail))).toBe(true);
      const { scanSecrets, prefilterSecrets } = await import('../src/facts/secrets.ts');
      const found = scanSecrets(snap, { prefilter: await prefilterSecrets(snap) });
      expect(found.findings.map((f) => `${f.kind} ${f.path}`)).toEqual(['github-token a\\xff.txt']);
      expect(found.skipped).toEqual([]);
    });
  }

  it('reads dependency manifests under such names', async () => {
    const root = treeWithBadNames(false);
    writeFileSync(Buffer.concat([Buffer.from(root + '/'), bad('d\\xfe/package.json')]), '{"dependencies": {"left-pad": "1.3.0"}}\n');
    const { gatherDependencies } = await import('../src/facts/dependencies.ts');
    const deps = gatherDependencies(RepoSnapshot.open(root));
    expect(deps.manifests).toEqual([{ path: 'd\\xfe/package.json', ecosystem: 'npm', kind: 'manifest', declaresDependencies: true, npmPublish: { publishable: false, provenanceLine: null } }]);
  });
});

describe('RepoSnapshot: limits', () => {
  it('stops listing at maxFiles from git as from a plain walk, with a note', async () => {
    for (const git of [true, false]) {
      const r = repo({ 'a.txt': 'a', 'b.txt': 'b', 'c.txt': 'c' }, { git });
      writeFileSync(join(r.root, 'd-untracked.txt'), 'd');
      for (const snap of [RepoSnapshot.open(r.root, { maxFiles: 2 }), await RepoSnapshot.openAsync(r.root, { maxFiles: 2 })]) {
        expect(snap.fromGit).toBe(git);
        expect(snap.files).toHaveLength(2);
        expect(snap.notes).toContainEqual({ path: '.', detail: 'listing stopped at 2 files' });
      }
    }
  });
});

describe('findHazards', () => {
  it('finds a .gitignore or .gitattributes that is not a file, and folders replaced by symlinks, whatever the folder names are', () => {
    const r = repo({ 'README.md': '# hi\n', 'a/x.txt': 'x', 'b/x.txt': 'x', 'c/d/x.txt': 'x', 'ok/.gitignore': 'y\n', 'ok/x.txt': 'x' }, { git: true });
    const raw = (s: string) => Buffer.concat([Buffer.from(r.root + '/'), Buffer.from(s, 'latin1')]);
    // A folder whose name is not UTF-8, holding a FIFO .gitattributes.
    mkdirSync(raw('e\xfe'));
    writeFileSync(Buffer.concat([raw('e\xfe'), Buffer.from('/x.txt')]), 'x');
    execFileSync('git', ['add', '-A'], { cwd: r.root });
    execFileSync('mkfifo', [join(r.root, 'a', '.gitignore')]);
    execFileSync('mkfifo', [join(r.root, '.gitattributes')]);
    // An argument cannot carry the raw byte: the shell's printf writes it.
    execFileSync('sh', ['-c', 'mkfifo "$(printf \'e\\376\')/.gitattributes"'], { cwd: r.root });
    mkdirSync(join(r.root, 'b', '.gitignore'));
    renameSync(join(r.root, 'c'), join(r.root, 'c-moved'));
    symlinkSync(join(r.root, 'c-moved'), join(r.root, 'c'));
    const staged = execFileSync('git', ['ls-files', '-z', '-v', '--stage'], { cwd: r.root, encoding: 'latin1' });
    const h = findHazards(r.root, staged);
    expect(h.ignoreFiles.sort()).toEqual(['a/.gitignore', 'b/.gitignore']);
    expect(h.attributeFiles.sort()).toEqual(['.gitattributes', 'e\\xfe/.gitattributes']);
    expect(h.symlinkedDirs).toEqual(['c']);
  });
});
