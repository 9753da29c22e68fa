import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from '../src/engine.ts';
import { escapeMarkdown } from '../src/reporters/escape.ts';
import { toMarkdown } from '../src/reporters/markdown.ts';
import { tinyElf } from './helpers/binaries.ts';
import { makeRepo, type TempRepo, type Tree } from './helpers/repo.ts';

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()?.cleanup();
});
async function summaryOf(files: Tree, level: 1 | 2 | 3 = 1) {
  const r = makeRepo(files);
  repos.push(r);
  const { result } = await evaluate(r.root, { level, offline: true });
  return { md: toMarkdown(result), result };
}

describe('job summary', () => {
  it('shows each level at a glance, failing requirements first with what to do, the rest folded', async () => {
    const { md } = await summaryOf({ 'README.md': '# x\n' }, 2);
    expect(md).toMatch(/Level 1: \d+ of 24 pass/);
    expect(md).toMatch(/Level 2: \d+ of 43 pass/);
    const firstFail = md.indexOf('❌ [OSPS-');
    const firstUnknown = md.indexOf('❔ [OSPS-');
    expect(firstFail).toBeGreaterThan(0);
    expect(firstFail).toBeLessThan(firstUnknown);
    expect(md).toContain('**What to do:**');
    expect(md).toContain('](https://baseline.openssf.org/versions/2026-02-19#osps-le-03)');
    expect(md).toMatch(/<details><summary>Passing, attested and not applicable \(\d+\)<\/summary>/);
  });

  it('escapes hostile text from the repository so it cannot inject Markdown or HTML', async () => {
    const evil = '<img src=x onerror=alert(1)> [click](https://evil.example) **bold** @everyone | col';
    const { md } = await summaryOf({ 'SECURITY.md': `# Security\n\n## ${evil}\n\nWrite to us at the address below, any time you like, day or night.\n`, [`docs/${'a'.repeat(10)}<script>.md`]: 'x' });
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('[click](');
    expect(md).not.toContain('@everyone');
    const escaped = escapeMarkdown(evil);
    expect(escaped).toContain('&lt;img');
    expect(escaped).toContain('\\[click\\]\\(https');
    expect(escaped).toContain('&#124;');
  });

  it('stays under 1 MiB for a repository with thousands of findings', async () => {
    const files: Tree = { 'README.md': '# x' };
    const elf = tinyElf();
    for (let i = 0; i < 3000; i++) files[`bin/${'x'.repeat(150)}-${i}`] = elf;
    const { md, result } = await summaryOf(files, 3);
    expect(result.controls.find((c) => c.id === 'OSPS-QA-05.01')?.status).toBe('fail');
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
  });
});

describe('job summary: unknowns and what would decide them', () => {
  it('says per level how many pass, fail and are unknown, and what would answer the unknowns', async () => {
    const { md } = await summaryOf({ 'README.md': '# x\n' }, 2);
    expect(md).toMatch(/Level 1: \d+ of 24 pass, \d+ fail, \d+ unknown/);
    expect(md).toContain('**What would turn unknowns into answers:**');
    expect(md).toMatch(/- an online run with a token: .*OSPS-AC-03\.01/);
  });

  it('names the token permission when the API refuses one', async () => {
    const { FakeGitHub, forbidden } = await import('./github/fake-github.ts');
    const fake = await FakeGitHub.start();
    try {
      fake.state.rules = [];
      fake.override(fake.repoPath('/branches/main/protection'), { status: 403, body: forbidden() });
      const r = makeRepo({ 'README.md': '# x\n' });
      repos.push(r);
      const { result } = await evaluate(r.root, { level: 1, offline: false, token: 'test-token', repository: `${fake.state.owner}/${fake.state.repo}`, apiUrl: fake.baseUrl, defaultBranch: 'main' });
      const md = toMarkdown(result);
      expect(md).toMatch(/- a token with administration: read: .*OSPS-AC-03\.01/);
      expect(md).not.toContain('test-token');
    } finally {
      await fake.close();
    }
  });
});

describe('job summary: size', () => {
  it('stays under 1 MiB when every list is full of text that escaping makes longer', async () => {
    const { result } = await summaryOf({ 'README.md': '# x\n', '.github/workflows/ci.yml': 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n' }, 3);
    // Each character of this text becomes five or six bytes once escaped; the emoji four.
    const hostile = (n: number) => '|&@<>'.repeat(Math.ceil(n / 5)).slice(0, n);
    const path = `${hostile(300)}/${'😀'.repeat(100)}`;
    result.controls.forEach((c, i) => {
      c.status = i % 2 === 0 ? 'fail' : 'pass';
      c.evidence = Array.from({ length: 100 }, () => ({ kind: 'file' as const, path, line: 1, detail: hostile(2000) }));
      c.remediation = hostile(2000);
    });
    result.findings = Array.from({ length: 500 }, (_, i) => ({ id: 'workflow/unpinned-action', severity: 'warning' as const, path, line: i + 1, message: hostile(2000) }));
    result.notes = Array.from({ length: 200 }, () => ({ path, detail: hostile(2000) }));
    result.securityInsights = { path, schemaVersion: hostile(100), valid: false, legacy: false, diagnostics: Array.from({ length: 200 }, () => ({ severity: 'error' as const, message: hostile(2000), path, line: 1, column: 1 })) };
    for (const o of result.objectives) {
      o.status = 'unmet';
      o.missing = Array.from({ length: 50 }, () => hostile(2000));
    }
    const md = toMarkdown(result);
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
    // The notes and findings say how many there are even when cut.
    expect(md).toContain('Hardening findings (500)');
  });
});
