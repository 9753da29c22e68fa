import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../src/engine.ts';
import { toSarif } from '../src/reporters/sarif.ts';
import { tinyElf } from './helpers/binaries.ts';
import { makeRepo, type TempRepo } from './helpers/repo.ts';
import { sarifValidator } from './helpers/schemas.ts';

let repo: TempRepo;
beforeAll(() => {
  const elf = tinyElf();
  repo = makeRepo({ 'README.md': '# Demo\n', 'bin/tool': elf, 'dir with space/a b.exe': elf, 'SECURITY.md': '# Security\n\nBe nice.\n' });
});
afterAll(() => repo.cleanup());

type Sarif = { runs: { tool: { driver: { rules: { id: string; helpUri: string; help: { markdown: string }; properties: Record<string, unknown> }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]; partialFingerprints: Record<string, string> }[]; automationDetails: { id: string } }[] };

describe('SARIF', () => {
  it('validates against the SARIF 2.1.0 schema', async () => {
    const validate = sarifValidator();
    if (!validate) return;
    const { result } = await evaluate(repo.root, { level: 3, offline: true });
    const sarif = toSarif(result);
    const ok = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('has one rule per requirement, with help, tags and security-severity', async () => {
    const { result } = await evaluate(repo.root, { level: 2, offline: true });
    const run = (toSarif(result) as unknown as Sarif).runs[0];
    expect(run.tool.driver.rules).toHaveLength(43);
    for (const r of run.tool.driver.rules) {
      expect(r.helpUri).toMatch(/^https:\/\/baseline\.openssf\.org\//);
      expect(r.help.markdown).toContain(r.id);
      expect(Number(r.properties['security-severity'])).toBeGreaterThan(0);
      expect(r.properties.tags).toContain('security');
    }
    expect(run.automationDetails.id).toBe('security-slam/osps-baseline/level-2/');
  });

  it('reports each failing file at its location, every result located, unknowns as notes', async () => {
    const { result } = await evaluate(repo.root, { level: 1, offline: true });
    const run = (toSarif(result) as unknown as Sarif).runs[0];
    const qa = run.results.filter((r) => r.ruleId === 'OSPS-QA-05.01');
    expect(qa.map((r) => r.locations[0].physicalLocation.artifactLocation.uri).sort()).toEqual(['bin/tool', 'dir%20with%20space/a%20b.exe']);
    for (const r of run.results) expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    expect(run.results.some((r) => r.level === 'note')).toBe(true);
    const lic = run.results.find((r) => r.ruleId === 'OSPS-LE-03.01');
    expect(lic?.locations[0].physicalLocation.artifactLocation.uri).toBe('README.md');
    const quiet = (toSarif(result, { unknownAsNotes: false }) as unknown as Sarif).runs[0];
    expect(quiet.results.some((r) => r.level === 'note')).toBe(false);
  });

  it('keeps fingerprints stable across runs and distinct across findings', async () => {
    const a = (toSarif((await evaluate(repo.root, { level: 1, offline: true })).result) as unknown as Sarif).runs[0].results;
    const b = (toSarif((await evaluate(repo.root, { level: 1, offline: true })).result) as unknown as Sarif).runs[0].results;
    expect(a.map((r) => r.partialFingerprints)).toEqual(b.map((r) => r.partialFingerprints));
    const prints = a.map((r) => r.partialFingerprints['slamFinding/v1']);
    expect(new Set(prints).size).toBe(prints.length);
  });
});

describe('SARIF for GitHub code scanning', () => {
  let wf: TempRepo;
  beforeAll(() => {
    const step = '      - run: echo "${{ github.event.issue.title }}"\n';
    wf = makeRepo(
      {
        'README.md': '# Demo\n',
        '.github/workflows/ci.yml': `on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n${step}${step}  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n${step}`,
      },
      { git: true },
    );
  });
  afterAll(() => wf.cleanup());

  it('gives every result its own fingerprint when the same finding occurs twice in one file', async () => {
    const { result } = await evaluate(wf.root, { level: 3, offline: true });
    const run = (toSarif(result) as unknown as Sarif).runs[0];
    const untrusted = run.results.filter((r) => r.ruleId === 'OSPS-BR-01.01');
    expect(untrusted.length).toBe(3);
    const unpinned = run.results.filter((r) => r.ruleId === 'workflow/unpinned-action');
    expect(unpinned.length).toBe(2);
    const prints = run.results.map((r) => r.partialFingerprints['slamFinding/v1']);
    expect(new Set(prints).size).toBe(prints.length);
    // Stable: the same tree gives the same fingerprints, in the same order.
    const again = (toSarif((await evaluate(wf.root, { level: 3, offline: true })).result) as unknown as Sarif).runs[0];
    expect(again.results.map((r) => r.partialFingerprints['slamFinding/v1'])).toEqual(prints);
  });

  it('never uses a URL, an absolute path or a path leaving the root as a location', async () => {
    const { result } = await evaluate(wf.root, { level: 3, offline: true });
    const failing = result.controls.find((c) => c.status === 'fail');
    if (!failing) throw new Error('fixture has no failing requirement');
    // Evidence can name a parent Security Insights file by its URL.
    failing.evidence = [
      { kind: 'security-insights', path: 'https://example.org/security-insights.yml', line: 3, detail: 'inherited from the parent file' },
      { kind: 'file', path: '/etc/passwd', detail: 'absolute' },
      { kind: 'file', path: '../outside.md', detail: 'outside' },
      { kind: 'file', path: 'C:/Windows/win.ini', detail: 'a drive letter' },
    ];
    const sarif = toSarif(result) as unknown as Sarif;
    const mine = sarif.runs[0].results.filter((r) => r.ruleId === failing.id);
    expect(mine.length).toBe(1);
    expect(mine[0].locations[0].physicalLocation.artifactLocation.uri).toBe(failing.location?.path);
    for (const r of sarif.runs[0].results) {
      const uri = decodeURIComponent(r.locations[0].physicalLocation.artifactLocation.uri);
      expect(uri).not.toMatch(/^[a-z][a-z0-9+.-]*:|^\/|(^|\/)\.\.(\/|$)/i);
    }
    const validate = sarifValidator();
    if (validate) expect(validate(sarif)).toBe(true);
  });
});
