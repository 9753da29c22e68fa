// src/cli.ts run as a user runs it: exit status 0 when it did its work, 2 on bad usage or a path
// it cannot read or write (one line on stderr, never a stack trace), 1 only on an internal error.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo, type TempRepo } from './helpers/repo.ts';

const CLI = join(import.meta.dirname, '..', 'src', 'cli.ts');
const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()?.cleanup();
});
function slam(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, GITHUB_TOKEN: '', NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function oneLine(stderr: string) {
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(/^slam: /);
}

describe('slam exit status', () => {
  it('exits 2 with one line when --output cannot be written, or the path is missing', () => {
    const r = makeRepo({ 'README.md': '# x\n' });
    repos.push(r);
    const out = slam('evaluate', r.root, '--offline', '--output', join(r.root, 'no-such-dir', 'x.json'));
    expect(out.code).toBe(2);
    oneLine(out.stderr);
    expect(out.stderr).toContain('cannot write');
    const missing = slam('evaluate', join(r.root, 'nope'), '--offline');
    expect(missing.code).toBe(2);
    oneLine(missing.stderr);
  }, 60_000);

  it('insights init: exits 2 when the draft cannot be written (missing path, a file in the way, not forced)', () => {
    const r = makeRepo({ 'README.md': '# x\n' });
    repos.push(r);
    const missing = slam('insights', 'init', join(r.root, 'nope'));
    expect(missing.code).toBe(2);
    oneLine(missing.stderr);
    // A folder where the file would go: not overwritten without --force, and cannot be replaced with it.
    mkdirSync(join(r.root, 'security-insights.yml'));
    const refused = slam('insights', 'init', r.root);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already exists/);
    const blocked = slam('insights', 'init', r.root, '--force');
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toMatch(/cannot write/);
    expect(blocked.stderr).not.toMatch(/\n +at /);
    const printed = slam('insights', 'init', r.root, '--print');
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain('schema-version: 2.2.0');
    expect(() => readFileSync(join(r.root, 'security-insights.yml'))).toThrow();
  }, 60_000);
});
