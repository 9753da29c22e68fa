// Security Insights and hardening findings carried into the result, SARIF, job summary and CLI.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from '../src/engine.ts';
import { toMarkdown } from '../src/reporters/markdown.ts';
import { toSarif } from '../src/reporters/sarif.ts';
import { makeRepo, type TempRepo, type Tree } from './helpers/repo.ts';
import { runCli } from './helpers/run-dist.ts';
import { resultValidator, sarifValidator } from './helpers/schemas.ts';

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()?.cleanup();
});
function repo(files: Tree, git = false) {
  const r = makeRepo(files, { git, remote: git ? 'https://github.com/o/r.git' : undefined });
  repos.push(r);
  return r.root;
}

// A 2.2.0 file with a misspelled key on line 14 (dependency-managment-policy) and a hostile string.
const SI_WITH_TYPO = `header:
  schema-version: 2.2.0
  last-updated: '2026-10-01'
  last-reviewed: '2026-10-01'
  url: https://github.com/o/r/raw/main/security-insights.yml
project:
  name: Demo <img src=x onerror=alert(1)>
  administrators:
    - name: Ada
      primary: true
  repositories:
    - name: r
      url: https://github.com/o/r
      comment: main
  vulnerability-reporting:
    reports-accepted: true
    bug-bounty-available: false
repository:
  url: https://github.com/o/r
  status: active
  accepts-change-request: true
  accepts-automated-change-request: false
  core-team:
    - name: Ada
      primary: true
  license:
    url: https://github.com/o/r/blob/main/LICENSE
    expression: MIT
  documentation:
    dependency-managment-policy: https://github.com/o/r/blob/main/DEPS.md
  security:
    assessments:
      self:
        comment: not done yet
`;

const UNPINNED = `name: ci
on: [push]
permissions:
  contents: read
jobs:
  t:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
`;

type SarifRun = { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn?: number } } }[] }[] };

describe('Security Insights in the result', () => {
  it('carries the file used, its version, validity and diagnostics with positions', async () => {
    const root = repo({ 'security-insights.yml': SI_WITH_TYPO, 'README.md': '# r\n' });
    const { result } = await evaluate(root, { level: 1, offline: true, repository: 'o/r' });
    expect(resultValidator()(result)).toBe(true);
    const si = result.securityInsights;
    expect(si).toMatchObject({ path: 'security-insights.yml', schemaVersion: '2.2.0', valid: false, legacy: false });
    const typo = si?.diagnostics.find((d) => d.message.includes('dependency-managment-policy'));
    expect(typo?.severity).toBe('error');
    expect(typo?.line).toBe(30);
    expect(typo?.message).toMatch(/dependency-management-policy/);
  });

  it('is null without a file, and the summary says how to start one', async () => {
    const root = repo({ 'README.md': '# r\n' });
    const { result } = await evaluate(root, { level: 1, offline: true });
    expect(result.securityInsights).toBeNull();
    expect(toMarkdown(result)).toContain('slam insights init');
  });

  it('puts each diagnostic in SARIF on the file line, and escapes it in the job summary', async () => {
    const root = repo({ 'security-insights.yml': SI_WITH_TYPO, 'README.md': '# r\n' });
    const { result } = await evaluate(root, { level: 1, offline: true, repository: 'o/r' });
    const sarif = toSarif(result);
    const validate = sarifValidator();
    if (validate) expect(validate(sarif)).toBe(true);
    const run = (sarif as unknown as { runs: SarifRun[] }).runs[0];
    const r = run.results.find((x) => x.ruleId === 'security-insights/error');
    expect(r?.locations[0].physicalLocation.artifactLocation.uri).toBe('security-insights.yml');
    expect(r?.locations[0].physicalLocation.region.startLine).toBe(30);
    expect(run.tool.driver.rules[r?.ruleIndex ?? -1].id).toBe('security-insights/error');
    const md = toMarkdown(result);
    expect(md).toContain('`security-insights.yml:30`:'); // a code span: rendered as written
    expect(md).not.toContain('<img');
  });
});

describe('hardening findings', () => {
  it('reports an action not pinned to a commit SHA in the result and in SARIF, with its position', async () => {
    const root = repo({ '.github/workflows/ci.yml': UNPINNED, 'README.md': '# r\n' });
    const { result } = await evaluate(root, { level: 1, offline: true });
    const f = result.findings.find((x) => x.id === 'workflow/unpinned-action');
    expect(f).toMatchObject({ path: '.github/workflows/ci.yml', line: 9, severity: 'warning' });
    const run = (toSarif(result) as unknown as { runs: SarifRun[] }).runs[0];
    const r = run.results.find((x) => x.ruleId === 'workflow/unpinned-action');
    expect(r?.level).toBe('warning');
    expect(r?.locations[0].physicalLocation.region.startLine).toBe(9);
  });
});

describe('slam insights init', () => {
  it('writes a draft that validates, and never overwrites without --force', () => {
    const root = repo({ 'README.md': '# r\n', 'SECURITY.md': '# Security\n\nMail security@example.org\n' }, true);
    const first = runCli(['insights', 'init', root]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/wrote .*security-insights\.yml/);
    const text = readFileSync(join(root, 'security-insights.yml'), 'utf8');
    expect(text).toContain('schema-version: 2.2.0');
    expect(text).toContain('https://github.com/o/r');
    const again = runCli(['insights', 'init', root]);
    expect(again.code).not.toBe(0); // the status itself: cli.test.ts (this runs the committed bundle)
    expect(readFileSync(join(root, 'security-insights.yml'), 'utf8')).toBe(text);
    const forced = runCli(['insights', 'init', root, '--force']);
    expect(forced.code).toBe(0);
    const json = JSON.parse(runCli(['evaluate', root, '--offline', '-f', 'json']).stdout);
    expect(json.securityInsights.valid).toBe(true);
  });

  it('prints the draft with --print and writes nothing', () => {
    const root = repo({ 'README.md': '# r\n' });
    const r = runCli(['insights', 'init', root, '--print']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('schema-version: 2.2.0');
    expect(existsSync(join(root, 'security-insights.yml'))).toBe(false);
  });
});
