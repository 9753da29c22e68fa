// The launcher: an evaluation relaunches itself once with V8 settings for a short batch job.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHED_FLAGS, compileCacheDir, keepsCompileCache, NO_RELAUNCH_ENV, relaunchArgs, relaunchEnv, RELAUNCHED_ENV, TUNED_FLAGS, TUNED_MALLOC, type LaunchState } from '../src/launch.ts';
import { makeRepo } from './helpers/repo.ts';
import { runAction, runCli } from './helpers/run-dist.ts';

const node = '/usr/bin/node';
const state = (argv: string[], more: Partial<LaunchState> = {}): LaunchState => ({ execPath: node, argv: [node, '/x/dist/cli.js', ...argv], execArgv: [], env: {}, ...more });

describe('relaunchArgs', () => {
  it('relaunches an evaluation with the tuned flags, keeping Node options and every argument in order', () => {
    expect(relaunchArgs('cli', state(['evaluate', 'a b', '--format', 'json'], { execArgv: ['--enable-source-maps'] }))).toEqual([
      node,
      ...TUNED_FLAGS,
      '--enable-source-maps',
      '/x/dist/cli.js',
      'evaluate',
      'a b',
      '--format',
      'json',
    ]);
    // The command is the first word that is not a flag.
    expect(relaunchArgs('cli', state(['--level', 'evaluate']))).not.toBeNull();
    expect(relaunchArgs('action', state([]))?.slice(1, 1 + TUNED_FLAGS.length)).toEqual(TUNED_FLAGS);
  });

  it('compiles eagerly only for the command line when it keeps a compile cache', () => {
    const flags = (entry: 'cli' | 'action', more: Partial<LaunchState>) => relaunchArgs(entry, state(['evaluate'], more))?.slice(1, -2);
    expect(flags('cli', { home: '/home/u' })).toEqual([...TUNED_FLAGS, ...CACHED_FLAGS]);
    expect(flags('cli', { env: { NODE_COMPILE_CACHE: '/c' } })).toEqual([...TUNED_FLAGS, ...CACHED_FLAGS]);
    expect(flags('cli', { env: { XDG_CACHE_HOME: '/x' } })).toEqual([...TUNED_FLAGS, ...CACHED_FLAGS]);
    // No cache: the flag would only cost (no home, Node's switch off, the action).
    expect(flags('cli', {})).toEqual([...TUNED_FLAGS]);
    expect(flags('cli', { home: '/home/u', env: { NODE_DISABLE_COMPILE_CACHE: '1' } })).toEqual([...TUNED_FLAGS]);
    expect(flags('action', { home: '/home/u' })).toEqual([...TUNED_FLAGS]);
  });

  it('leaves other commands, a relaunched process, an opt-out and flags of the user alone', () => {
    expect(relaunchArgs('cli', state(['--help']))).toBeNull();
    expect(relaunchArgs('cli', state(['verify', 'evaluate']))).toBeNull();
    expect(relaunchArgs('cli', state(['evaluate'], { env: { [RELAUNCHED_ENV]: '1' } }))).toBeNull();
    expect(relaunchArgs('action', state([], { env: { [NO_RELAUNCH_ENV]: '' } }))).toBeNull();
    expect(relaunchArgs('cli', state(['evaluate'], { execArgv: ['--max-opt=3'] }))).toBeNull();
    expect(relaunchArgs('cli', state(['evaluate'], { execArgv: ['--max-semi-space-size=64'] }))).toBeNull();
    expect(relaunchArgs('cli', state(['evaluate'], { execArgv: ['--single-threaded'] }))).toBeNull();
    expect(relaunchArgs('action', state([], { env: { NODE_OPTIONS: '--enable-source-maps  --max-semi-space-size=16' } }))).toBeNull();
    expect(relaunchArgs('action', state([], { env: { NODE_OPTIONS: '--require ./probe.cjs' } }))).not.toBeNull();
    expect(relaunchArgs('cli', state(['evaluate'], { execArgv: ['--max-old-space-size=4096'] }))).not.toBeNull();
    expect(relaunchArgs('cli', { ...state([]), argv: [node] })).toBeNull();
  });
});

describe('relaunchEnv', () => {
  it("marks the process as relaunched and tunes glibc's allocator, keeping the rest of the environment", () => {
    expect(relaunchEnv({ PATH: '/bin', GITHUB_TOKEN: 't' })).toEqual({ PATH: '/bin', GITHUB_TOKEN: 't', [RELAUNCHED_ENV]: '1', GLIBC_TUNABLES: TUNED_MALLOC });
    // Only tunables glibc reads, separated as it expects.
    for (const t of TUNED_MALLOC.split(':')) expect(t).toMatch(/^glibc\.malloc\.(hugetlb|mmap_threshold|trim_threshold)=\d+$/);
  });

  it('keeps tunables the user set, even empty ones', () => {
    expect(relaunchEnv({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' }).GLIBC_TUNABLES).toBe('glibc.malloc.arena_max=2');
    expect(relaunchEnv({ GLIBC_TUNABLES: '' }).GLIBC_TUNABLES).toBe('');
  });
});

describe('compileCacheDir', () => {
  it("is the user's own cache folder: $XDG_CACHE_HOME when absolute, else ~/.cache, never a shared one", () => {
    expect(compileCacheDir({ XDG_CACHE_HOME: '/c' }, '/home/u')).toBe('/c/security-slam-action/compile-cache');
    expect(compileCacheDir({ XDG_CACHE_HOME: 'rel' }, '/home/u')).toBe('/home/u/.cache/security-slam-action/compile-cache');
    expect(compileCacheDir({}, '/home/u')).toBe('/home/u/.cache/security-slam-action/compile-cache');
    expect(compileCacheDir({}, '')).toBeNull();
    expect(compileCacheDir({ XDG_CACHE_HOME: '' }, 'relative')).toBeNull();
  });
});

// Each process started from the bundle records its pid and V8 flags through a preload that
// NODE_OPTIONS carries across the relaunch.
const probeDir = mkdtempSync(join(tmpdir(), 'slam-launch-'));
afterAll(() => rmSync(probeDir, { recursive: true, force: true }));
const probe = join(probeDir, 'probe.cjs');
writeFileSync(probe, "require('node:fs').appendFileSync(process.env.PROBE_LOG, JSON.stringify([process.pid, process.execArgv, process.env.GLIBC_TUNABLES ?? null]) + '\\n');\n");
let runs = 0;
function probed(): { log: string; env: Record<string, string>; starts: () => Array<[number, string[], string | null]> } {
  const log = join(probeDir, `log-${runs++}`);
  writeFileSync(log, '');
  return {
    log,
    env: { NODE_OPTIONS: `--require ${probe}`, PROBE_LOG: log },
    starts: () => readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as [number, string[], string | null]),
  };
}
const canExec = typeof (process as unknown as { execve?: unknown }).execve === 'function';

describe.skipIf(!canExec)('the bundled entry files', () => {
  const repo = makeRepo({ 'README.md': '# Demo\n', 'SECURITY.md': 'Contact security@example.org\n' });
  afterAll(() => repo.cleanup());

  it('dist/cli.js evaluate replaces itself once (same pid) and its output and exit code come through', () => {
    const p = probed();
    const r = runCli(['evaluate', repo.root, '--offline', '--fail-on', 'fail'], { env: p.env });
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/Level 1: \d+ of 24 pass/);
    const starts = p.starts();
    expect(starts).toHaveLength(2);
    expect(starts[1][0]).toBe(starts[0][0]);
    expect(starts[0][1]).not.toContain(TUNED_FLAGS[0]);
    // The command line compiles eagerly when it keeps a compile cache (as here, unless the runner turned it off).
    const cached = keepsCompileCache(process.env, process.env.HOME ?? '');
    expect(starts[1][1]).toEqual([...TUNED_FLAGS, ...(cached ? CACHED_FLAGS : [])]);
    // The relaunched process has the tuned allocator (unless the test runner set tunables of its own).
    const own = process.env.GLIBC_TUNABLES;
    expect(starts.map((s) => s[2])).toEqual([own ?? null, own ?? TUNED_MALLOC]);
  });

  it("keeps the user's glibc tunables across the relaunch", () => {
    const p = probed();
    const r = runCli(['evaluate', repo.root, '--offline'], { env: { ...p.env, GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' } });
    expect(r.code).toBe(0);
    expect(p.starts().map((s) => s[2])).toEqual(['glibc.malloc.arena_max=2', 'glibc.malloc.arena_max=2']);
  });

  it('dist/cli.js --help and SLAM_NO_RELAUNCH run in the first process', () => {
    const help = probed();
    expect(runCli(['--help'], { env: help.env }).code).toBe(0);
    expect(help.starts()).toHaveLength(1);
    const optOut = probed();
    const r = runCli(['evaluate', repo.root, '--offline'], { env: { ...optOut.env, [NO_RELAUNCH_ENV]: '1' } });
    expect(r.code).toBe(0);
    expect(optOut.starts()).toHaveLength(1);
  });

  it('dist/index.js, run as the runner runs it, relaunches and still writes its summary and outputs', () => {
    const p = probed();
    const r = runAction(repo.root, { offline: 'true', sign: 'false', 'github-token': '' }, p.env);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.summary).toMatch(/Level 1: \d+ of 24 pass/);
    expect(r.outputs.level).toBeDefined();
    const starts = p.starts();
    expect(starts).toHaveLength(2);
    expect(starts[1][1]).toEqual([...TUNED_FLAGS]);
    expect(starts[1][2]).toBe(process.env.GLIBC_TUNABLES ?? TUNED_MALLOC);
  });
});

const hasCompileCache = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function';

describe.skipIf(!hasCompileCache)("the command line's compile cache", () => {
  const repo = makeRepo({ 'README.md': '# Demo\n' });
  const cacheHome = mkdtempSync(join(tmpdir(), 'slam-cache-'));
  afterAll(() => {
    repo.cleanup();
    rmSync(cacheHome, { recursive: true, force: true });
  });
  const entries = (home: string) => {
    const dir = join(home, 'security-slam-action', 'compile-cache');
    if (!existsSync(dir)) return 0;
    return readdirSync(dir).reduce((n, v) => n + readdirSync(join(dir, v)).length, 0);
  };

  it("keeps the bundle's compiled code in the user's cache folder, and the next run gives the same answer", () => {
    const home = join(cacheHome, 'cli');
    const first = runCli(['evaluate', repo.root, '--offline', '--format', 'json'], { env: { XDG_CACHE_HOME: home, NODE_COMPILE_CACHE: undefined, NODE_DISABLE_COMPILE_CACHE: undefined } });
    expect(first.code).toBe(0);
    expect(entries(home)).toBeGreaterThan(1);
    const second = runCli(['evaluate', repo.root, '--offline', '--format', 'json'], { env: { XDG_CACHE_HOME: home, NODE_COMPILE_CACHE: undefined, NODE_DISABLE_COMPILE_CACHE: undefined } });
    expect(second.code).toBe(0);
    const controls = (out: string) => (JSON.parse(out) as { controls: unknown[] }).controls;
    expect(controls(second.stdout)).toEqual(controls(first.stdout));
  });

  it("is not kept by the action, nor when Node's switch turns it off", () => {
    const action = join(cacheHome, 'action');
    expect(runAction(repo.root, { offline: 'true', sign: 'false', 'github-token': '' }, { XDG_CACHE_HOME: action }).code).toBe(0);
    expect(entries(action)).toBe(0);
    const off = join(cacheHome, 'off');
    expect(runCli(['evaluate', repo.root, '--offline'], { env: { XDG_CACHE_HOME: off, NODE_COMPILE_CACHE: undefined, NODE_DISABLE_COMPILE_CACHE: '1' } }).code).toBe(0);
    expect(entries(off)).toBe(0);
  });
});
