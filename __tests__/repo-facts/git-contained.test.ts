// A hostile .git cannot make git read outside the tree, stall, report another repository, or
// outlive the run. Each repository here points git at a canary FIFO outside the tree: if anything
// opens it, the canary sees it (and lets the reader go on instead of stalling).
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gatherFacts } from '../../src/facts/gather.ts';
import { inspectGitDir } from '../../src/facts/git-dir.ts';
import { RepoSnapshot } from '../../src/facts/snapshot.ts';
import { Canary, gitProcessesIn, gitProcessesLeftIn, HAS_PROC, HAS_STRACE, mkfifo, STRACE_FILTER } from '../helpers/hostile.ts';
import { BASE62, cleanup, git, gitTree, makeTree, randomFrom } from './helpers.ts';

afterAll(cleanup);

const REPO_ROOT = join(import.meta.dirname, '..', '..');
const token = () => 'gh' + 'p_' + randomFrom(BASE62, 36);

/** A committed repository with a README and a source file. */
function repo(files: Record<string, string> = {}): string {
  return gitTree({ 'README.md': '# demo\n', 'src/app.js': 'export {};\n', ...files }, 'first');
}

/** A folder outside every repository, with a canary FIFO in it. */
function outside(): { dir: string; canary: Canary } {
  const dir = makeTree({ 'readme.txt': 'outside the repository\n' });
  return { dir, canary: new Canary(join(dir, 'canary')) };
}

async function gatherTimed(root: string) {
  const started = Date.now();
  const r = await gatherFacts(root, { offline: true });
  return { ...r, ms: Date.now() - started };
}

describe('git configuration that names files outside the tree', () => {
  it('core.excludesFile, core.attributesFile and mailmap.file at a FIFO outside: never opened, git still used', async () => {
    const root = repo();
    const out = outside();
    appendFileSync(join(root, '.git', 'config'), `[core]\n\texcludesFile = ${out.canary.path}\n\tattributesFile = ${out.canary.path}\n[mailmap]\n\tfile = ${out.canary.path}\n[log]\n\tmailmap = true\n`);
    const { facts, snapshot, ms } = await gatherTimed(root);
    expect(out.canary.stop()).toBe(false);
    expect(snapshot.fromGit).toBe(true);
    expect(facts.git.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(facts.dco.commitsVisible).toBe(1);
    expect(ms).toBeLessThan(20_000);
  });

  it('an include outside the tree: git is not run, the folder is read plainly, and the note says why', async () => {
    const root = repo();
    const out = outside();
    writeFileSync(join(out.dir, 'extra.config'), '[core]\n\tbare = false\n');
    appendFileSync(join(root, '.git', 'config'), `[include]\n\tpath = ${join(out.dir, 'extra.config')}\n[includeIf "gitdir:/"]\n\tpath = ${out.canary.path}\n`);
    const { facts, snapshot } = await gatherTimed(root);
    expect(out.canary.stop()).toBe(false);
    expect(snapshot.fromGit).toBe(false);
    expect(facts.git.isRepo).toBe(false);
    expect(facts.notes.find((n) => n.path === '.git')?.detail).toMatch(/git was not run: .*includes .*outside the repository/);
    expect(facts.files.map((f) => f.path)).toEqual(['README.md', 'src/app.js']);
  });

  it('an include the runner wrote (RUNNER_TEMP, as actions/checkout does) is allowed', () => {
    const root = repo();
    const runnerTemp = makeTree({ 'git-credentials.config': '[http]\n\textraheader = x\n' });
    appendFileSync(join(root, '.git', 'config'), `[includeIf "gitdir:${root}/.git"]\n\tpath = ${join(runnerTemp, 'git-credentials.config')}\n`);
    expect(inspectGitDir(root, runnerTemp).kind).toBe('ok');
    expect(inspectGitDir(root, undefined)).toMatchObject({ kind: 'refused' });
  });

  it('objects borrowed from outside (alternates) or a .git symlinked outside: refused', () => {
    const root = repo();
    const other = repo();
    writeFileSync(join(root, '.git', 'objects', 'info', 'alternates'), `${join(other, '.git', 'objects')}\n`);
    expect(inspectGitDir(root)).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/alternates borrows objects/) });
    const linked = makeTree({ 'README.md': '# linked\n' });
    symlinkSync(join(other, '.git'), join(linked, '.git'));
    expect(inspectGitDir(linked)).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/outside the repository/) });
  });
});

describe('FIFOs where git reads', () => {
  it('.git/info/exclude as a FIFO: git is not run, no stall', async () => {
    const root = repo();
    rmSync(join(root, '.git', 'info', 'exclude'), { force: true });
    const canary = new Canary(join(root, '.git', 'info', 'exclude'));
    const { snapshot, ms } = await gatherTimed(root);
    expect(canary.stop()).toBe(false);
    expect(snapshot.fromGit).toBe(false);
    expect(snapshot.notes.find((n) => n.path === '.git')?.detail).toMatch(/info\/exclude is not a regular file/);
    expect(ms).toBeLessThan(20_000);
  });

  it('a .gitignore FIFO in a tracked folder: tracked files listed, untracked ones skipped with a note, no stall', async () => {
    const root = repo();
    writeFileSync(join(root, 'src', 'untracked.js'), 'x\n');
    // No canary here: the untracked listing, started with the tracked one, may reach the FIFO
    // first and wait on it; it is stopped (killed) as soon as the tracked folders are checked.
    mkfifo(join(root, 'src', '.gitignore'));
    const { snapshot, ms } = await gatherTimed(root);
    expect(gitProcessesIn(root)).toEqual([]);
    expect(snapshot.fromGit).toBe(true);
    expect(snapshot.files.map((f) => f.path)).toEqual(['README.md', 'src/app.js']);
    expect(snapshot.notes.find((n) => n.path === 'src/.gitignore')?.detail).toMatch(/untracked files were not listed/);
    expect(ms).toBeLessThan(20_000);
  });

  it('a .gitattributes FIFO: git grep is not used, the secret is still found by reading the files', async () => {
    const t = token();
    const root = repo({ 'src/key.js': `const t = "${t}";\n` });
    const canary = new Canary(join(root, '.gitattributes'));
    const { facts, ms } = await gatherTimed(root);
    expect(canary.stop()).toBe(false);
    expect(facts.secrets.findings.map((f) => f.path)).toEqual(['src/key.js']);
    expect(ms).toBeLessThan(20_000);
  });
});

describe('a .git that names another repository', () => {
  it('is not followed: the folder is read plainly, with a note, and the other repository is not reported', async () => {
    const other = repo({ 'only-in-other.txt': 'x\n' });
    const root = makeTree({ 'README.md': '# mine\n' });
    writeFileSync(join(root, '.git'), `gitdir: ${join(other, '.git')}\n`);
    const { facts, snapshot } = await gatherTimed(root);
    expect(snapshot.fromGit).toBe(false);
    expect(facts.git).toMatchObject({ isRepo: false, commit: null });
    expect(facts.files.map((f) => f.path)).toEqual(['README.md']);
    expect(facts.notes.find((n) => n.path === '.git')?.detail).toMatch(/names the git directory .*outside the repository/);
  });

  it('a linked worktree (its git directory points back at it) is read with git; another worktree\'s is not', async () => {
    const main = repo();
    const wt = join(makeTree({}), 'wt');
    git(main, 'worktree', 'add', '-q', wt);
    const snapshot = await RepoSnapshot.openAsync(wt);
    expect(snapshot.fromGit).toBe(true);
    expect(snapshot.files.map((f) => f.path)).toEqual(['README.md', 'src/app.js']);
    // A tree that borrows that worktree's git directory is not that worktree.
    const thief = makeTree({ 'README.md': '# thief\n' });
    writeFileSync(join(thief, '.git'), readFileSync(join(wt, '.git'), 'utf8'));
    expect(inspectGitDir(thief)).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/not this work tree's/) });
  });

  it('a gitdir inside the tree is followed (a relocated git directory)', async () => {
    const root = repo();
    renameSync(join(root, '.git'), join(root, '.git-real'));
    writeFileSync(join(root, '.git'), 'gitdir: .git-real\n');
    git(root, 'config', 'core.worktree', root);
    const snapshot = await RepoSnapshot.openAsync(root);
    expect(snapshot.fromGit).toBe(true);
    expect(snapshot.files.map((f) => f.path)).toContain('src/app.js');
  });
});

describe('git grep stays inside the tree', () => {
  it('a tracked folder replaced by a symlink out of the tree is not searched or read', async () => {
    const t = token();
    const root = repo({ 'd/f.txt': 'x\n', 'd/canary': 'x\n' });
    const out = outside();
    writeFileSync(join(out.dir, 'f.txt'), `const t = "${t}";\n`);
    rmSync(join(root, 'd'), { recursive: true });
    symlinkSync(out.dir, join(root, 'd'));
    const { facts } = await gatherTimed(root);
    expect(out.canary.stop()).toBe(false);
    expect(facts.secrets.findings).toEqual([]);
    expect(facts.notes.some((n) => n.path === 'd' && /symlink/.test(n.detail))).toBe(true);
  });
});

describe('git children die with the run', () => {
  /** A repository whose untracked listing stalls: a FIFO .gitignore in an untracked folder (found by no check beforehand). */
  function stallingRepo(): string {
    const root = repo();
    mkdirSync(join(root, 'newdir'));
    writeFileSync(join(root, 'newdir', 'file.txt'), 'x\n');
    mkfifo(join(root, 'newdir', '.gitignore'));
    return root;
  }

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it.skipIf(!HAS_PROC)(`${signal} to the command line kills the git it started`, async () => {
      const root = stallingRepo();
      const child = spawn(process.execPath, [join(REPO_ROOT, 'src', 'cli.ts'), 'evaluate', root, '--offline'], { stdio: 'ignore' });
      const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, sig) => resolve(sig ?? code)));
      // Wait until git is stuck on the FIFO (the untracked listing waits up to 30 s on it).
      const deadline = Date.now() + 25_000;
      let seen: number[] = [];
      while (seen.length === 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
        seen = gitProcessesIn(root);
      }
      expect(seen.length).toBeGreaterThan(0);
      child.kill(signal);
      expect(await exited).toBe(signal);
      expect(await gitProcessesLeftIn(root, 5_000)).toEqual([]);
    }, 60_000);
  }
});

describe.skipIf(!HAS_STRACE)('strace: nothing outside the tree is opened', () => {
  it('by git or by us, on a checkout whose configuration names files outside it', () => {
    const root = repo({ '.mailmap': 'x\n' });
    const out = mkdtempSync(join(tmpdir(), 'slam-outside-'));
    try {
      for (const f of ['ignore', 'attributes', 'mailmap']) writeFileSync(join(out, f), '*\n');
      appendFileSync(join(root, '.git', 'config'), `[core]\n\texcludesFile = ${out}/ignore\n\tattributesFile = ${out}/attributes\n[mailmap]\n\tfile = ${out}/mailmap\n`);
      const trace = join(out, '..', `${out.split('/').pop()}.trace`);
      const r = spawnSync('strace', [...STRACE_FILTER, '-f', '-qq', '-e', 'trace=open,openat,openat2,execve', '-o', trace, process.execPath, join(REPO_ROOT, 'src', 'cli.ts'), 'evaluate', root, '--offline', '--format', 'json'], { encoding: 'utf8', timeout: 60_000 });
      expect(r.status).toBe(0);
      const lines = readFileSync(trace, 'utf8').split('\n');
      rmSync(trace, { force: true });
      expect(lines.filter((l) => l.includes(out))).toEqual([]);
      // git ran (so the check above saw git's opens, not an evaluation that never asked git).
      expect(lines.some((l) => /execve\("[^"]*git"/.test(l))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 90_000);
});
