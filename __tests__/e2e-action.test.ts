// The bundled action run as the runner runs it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { licenseText } from './helpers/license-texts.ts';
import { makeRepo, type TempRepo } from './helpers/repo.ts';
import { runAction } from './helpers/run-dist.ts';
import { resultValidator, sarifValidator } from './helpers/schemas.ts';

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()?.cleanup();
});
function workspace(files: Record<string, string | Buffer>) {
  const r = makeRepo(files, { git: true, remote: 'https://github.com/example/demo.git' });
  repos.push(r);
  return r.root;
}

const GOOD = {
  LICENSE: licenseText('Apache-2.0'),
  'README.md': '# Demo\n\nA demo project.\n',
  'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request against main; every change is reviewed by a maintainer.\n\n## Reporting bugs\n\nOpen an issue with the version, the steps and what you expected to happen.\n',
  'SECURITY.md': '# Security policy\n\nReport vulnerabilities privately to security@example.org.\n',
};

describe('dist/index.js as a GitHub Action', () => {
  it('writes the job summary, SARIF, result file and outputs', () => {
    const ws = workspace(GOOD);
    const run = runAction(ws, { level: '2', 'github-token': '', offline: 'true', 'fail-on': 'none' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.summary).toContain('## Security Slam: OSPS Baseline Level 2');
    expect(run.summary).toMatch(/Level 1: \d+ of 24 pass/);
    expect(run.outputs['result-file']).toBe(join(ws, 'security-slam-result.json'));
    expect(run.outputs['sarif-file']).toBe(join(ws, 'security-slam.sarif'));
    const result = JSON.parse(readFileSync(run.outputs['result-file'], 'utf8'));
    const validate = resultValidator();
    expect(validate(result)).toBe(true);
    expect(result.level).toBe(2);
    expect(result.subject.repository).toBe('example/demo');
    expect(run.outputs['level-1-passed']).toBe(String(result.summary[0].pass));
    expect(run.outputs['level-2-total']).toBe('43');
    expect(Number(run.outputs['level-1-passed'])).toBeGreaterThanOrEqual(7);
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file'], 'utf8'));
    const sv = sarifValidator();
    if (sv) expect(sv(sarif)).toBe(true);
  });

  it('fails the step only when fail-on asks and something fails', () => {
    const ws = workspace({ 'README.md': '# nothing here\n' });
    const lenient = runAction(ws, { 'fail-on': 'none', offline: 'true', 'github-token': '' });
    expect(lenient.code).toBe(0);
    const strict = runAction(ws, { 'fail-on': 'fail', offline: 'true', 'github-token': '' });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/::error::\d+ requirement\(s\) fail at Level 1: .*OSPS-LE-03\.01/);
  });

  it('honours custom output paths and rejects bad inputs with a clear error', () => {
    const ws = workspace(GOOD);
    const run = runAction(ws, { 'sarif-file': 'out/x.sarif', 'result-file': 'out/r.json', offline: 'true', 'github-token': '' });
    expect(existsSync(join(ws, 'out/x.sarif'))).toBe(true);
    expect(existsSync(join(ws, 'out/r.json'))).toBe(true);
    const bad = runAction(ws, { level: '4', offline: 'true', 'github-token': '' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('::error::level must be 1, 2 or 3, not "4"');
    const missing = runAction(ws, { path: 'nope', offline: 'true', 'github-token': '' });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/::error::path does not exist/);
    expect(run.code).toBe(0);
  });

  it('masks the token and never prints it', () => {
    const ws = workspace(GOOD);
    const token = 'ghs_' + 'S3cr3tT0k3nValue'.repeat(2);
    const run = runAction(ws, { 'github-token': token, offline: 'true' });
    expect(run.stdout).toContain('::add-mask::');
    const printed = run.stdout.replace(`::add-mask::${token}`, '');
    expect(printed).not.toContain(token);
    expect(run.summary).not.toContain(token);
    expect(readFileSync(run.outputs['result-file'], 'utf8')).not.toContain(token);
  });
});

describe('dist/index.js job summary, read as GitHub renders it', () => {
  it('links files at the commit and requirements to their pages, shows code as code, and keeps repository text inert', async () => {
    const { mentions, renderGfm } = await import('./helpers/gfm.ts');
    const ws = workspace({ ...GOOD, 'SECURITY.md': '# Security policy\n\n## Contact `x` | <script>alert(1)</script> @org/team [x](javascript:alert(1))\n\nReport vulnerabilities privately to security@example.org.\n' });
    const run = runAction(ws, { level: '2', 'github-token': '', offline: 'true' }, { GITHUB_SERVER_URL: 'https://github.com' });
    expect(run.code).toBe(0);
    const r = renderGfm(run.summary);
    const sha = JSON.parse(readFileSync(run.outputs['result-file'], 'utf8')).subject.commit as string;
    const urls = r.links.map((l) => l.url);
    expect(urls).toContain(`https://github.com/example/demo/blob/${sha}/SECURITY.md#L1`);
    expect(urls.some((u) => u.startsWith('https://baseline.openssf.org/versions/2026-02-19#osps-'))).toBe(true);
    for (const u of urls) expect(u).toMatch(/^(https:\/\/|mailto:)/);
    for (const u of urls) expect(u).not.toContain('\\');
    expect(r.code).toContain('security-slam-result.json');
    expect(r.html.filter((h) => !(h === '</details>' || h === '<br>' || /^<details><summary>[^<>]*<\/summary>$/.test(h)))).toEqual([]);
    expect(mentions(r.text)).toEqual([]);
    for (const t of r.tables) expect(new Set(t.cells).size).toBe(1);
  });
});
