// src/cli.ts run as a user runs it: exit status 0 when it did its work, 2 on bad usage or a path
// it cannot read or write (one line on stderr, never a stack trace), 1 only on an internal error.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync } from 'node:fs';
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

describe('slam evaluate in scripts', () => {
  const PASSING = {
    'README.md': '# Demo\n\n## Usage\n\nRun `demo --help` to see the options; the tool reads a file and prints a summary of it to the terminal.\n',
    'CONTRIBUTING.md': '# Contributing\n\n## How to contribute\n\nDiscuss larger changes in an issue first. Fork the repository, create a branch, and open a pull request against main. A maintainer reviews every pull request within a week and merges it once the tests pass.\n',
    'SECURITY.md': '# Security\n\n## Reporting a vulnerability\n\nReport vulnerabilities privately by e-mail to security@demo-project.org; we answer within three days.\n',
  };

  it('--fail-on fail exits 3 when a requirement fails at the level, writing the report all the same; 0 otherwise', async () => {
    const { licenseText } = await import('./helpers/license-texts.ts');
    const failing = makeRepo({ 'README.md': '# x\n' }, { git: true });
    const passing = makeRepo({ ...PASSING, LICENSE: licenseText('MIT') });
    repos.push(failing, passing);
    const out = join(failing.root, 'report.json');
    const three = slam('evaluate', failing.root, '--offline', '--fail-on', 'fail', '-f', 'json', '-o', out);
    expect(three.code).toBe(3);
    oneLine(three.stderr);
    expect(three.stderr).toMatch(/^slam: \d+ requirement\(s\) fail at Level 1: OSPS-/);
    const written = JSON.parse(readFileSync(out, 'utf8')) as { controls: { id: string; status: string }[] };
    for (const id of three.stderr.split(': ').pop()?.trim().split(', ') ?? []) expect(written.controls.find((c) => c.id === id)?.status).toBe('fail');
    // Without the flag, or with none, the same findings exit 0.
    expect(slam('evaluate', failing.root, '--offline').code).toBe(0);
    expect(slam('evaluate', failing.root, '--offline', '--fail-on', 'none').code).toBe(0);
    const zero = slam('evaluate', passing.root, '--offline', '--fail-on', 'fail');
    expect(zero.stdout).toMatch(/Level 1: \d+ of 24 pass, 0 fail/);
    expect(zero.code).toBe(0);
    const bad = slam('evaluate', failing.root, '--fail-on', 'warn');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('slam: --fail-on must be fail or none\n');
  }, 120_000);

  it('says in words why the output cannot be written, before evaluating anything', () => {
    const r = makeRepo({ 'README.md': '# x\n', 'docs/a.md': 'a\n' });
    repos.push(r);
    const cases: [string, string][] = [
      [r.root, `slam: cannot write ${r.root}: it is a folder\n`],
      [join(r.root, 'missing', 'x.json'), `slam: cannot write ${join(r.root, 'missing', 'x.json')}: its folder ${join(r.root, 'missing')} does not exist\n`],
      [join(r.root, 'README.md', 'x.json'), `slam: cannot write ${join(r.root, 'README.md', 'x.json')}: ${join(r.root, 'README.md')} is a file, not a folder\n`],
    ];
    for (const [output, message] of cases) {
      // The path to evaluate does not exist either: the output is checked first, so its error is the one shown.
      const res = slam('evaluate', join(r.root, 'no-such-repository'), '--offline', '-o', output);
      expect(res.code, output).toBe(2);
      expect(res.stderr).toBe(message);
      expect(res.stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
    }
    // The file that is there is left as it was.
    expect(readFileSync(join(r.root, 'README.md'), 'utf8')).toBe('# x\n');
  }, 60_000);

  it('says "permission denied" for a folder it may not write in', (ctx) => {
    const r = makeRepo({ 'README.md': '# x\n' });
    repos.push(r);
    const locked = join(r.root, 'locked');
    mkdirSync(locked, { mode: 0o555 });
    chmodSync(locked, 0o555);
    chmodSync(r.root, 0o755);
    // root may write anywhere: run the command as an unprivileged user when this test runs as root.
    const uid = process.getuid?.() === 0 ? 65534 : undefined;
    if (process.getuid === undefined) return ctx.skip();
    const res = spawnSync(process.execPath, [CLI, 'evaluate', r.root, '--offline', '-o', join(locked, 'x.json')], { encoding: 'utf8', timeout: 60_000, uid, gid: uid, env: { ...process.env, GITHUB_TOKEN: '', NO_COLOR: '1', HOME: r.root } });
    expect(res.stderr).toBe(`slam: cannot write ${join(locked, 'x.json')}: permission denied\n`);
    expect(res.status).toBe(2);
  }, 60_000);

  it('documents the exit statuses in --help', () => {
    const help = slam('--help').stdout;
    expect(help).toContain('--fail-on fail|none');
    expect(help).toMatch(/0 {2}the command did its work/);
    expect(help).toMatch(/1 {2}an internal error/);
    expect(help).toMatch(/2 {2}bad usage/);
    expect(help).toMatch(/3 {2}evaluate --fail-on fail: a requirement fails at the level/);
  });
});
