import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../src/engine.ts';
import { toSarif } from '../src/reporters/sarif.ts';
import { tinyElf } from './helpers/binaries.ts';
import { renderGfm } from './helpers/gfm.ts';
import { makeRepo, type TempRepo } from './helpers/repo.ts';
import { resultValidator, sarifValidator } from './helpers/schemas.ts';

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

type SarifResult = { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; partialFingerprints: Record<string, string> };
type SarifRunFull = { tool: Sarif['runs'][number]['tool']; results: SarifResult[]; properties: Record<string, unknown>; originalUriBaseIds: Record<string, unknown>; invocations?: { toolExecutionNotifications: { message: { text: string } }[] }[] };
function runOf(sarif: unknown): SarifRunFull {
  return (sarif as { runs: SarifRunFull[] }).runs[0];
}
const uriOf = (r: SarifResult) => r.locations[0].physicalLocation.artifactLocation.uri;

describe('SARIF a security team can live with', () => {
  const WORKFLOW = 'on: push\npermissions:\n  contents: read\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo build\n';
  const SI = 'header:\n  schema-version: 2.2.0\n  last-updated: "2025-01-01"\n  last-reviewed: "2025-01-01"\n  url: https://example.org/si.yml\n';

  it('puts one alert per requirement on the file its fix touches, not a pile on README.md:1', async () => {
    const r = makeRepo({ 'README.md': '# Demo\n', 'SECURITY.md': '# Security\n\nBe nice.\n', 'CONTRIBUTING.md': '# Contributing\n\nThanks!\n', 'GOVERNANCE.md': '# Governance\n\nWe decide.\n', '.github/workflows/build.yml': WORKFLOW, 'security-insights.yml': SI }, { git: true });
    try {
      const { result } = await evaluate(r.root, { level: 3, offline: true });
      const run = runOf(toSarif(result));
      const on = (id: string) => run.results.filter((x) => x.ruleId === id).map(uriOf);
      expect(on('OSPS-VM-02.01')).toEqual(['SECURITY.md']);
      expect(on('OSPS-VM-01.01')).toEqual(['SECURITY.md']);
      expect(on('OSPS-GV-03.02')).toEqual(['CONTRIBUTING.md']);
      expect(on('OSPS-GV-01.02')).toEqual(['GOVERNANCE.md']);
      expect(on('OSPS-QA-06.01')).toEqual(['.github/workflows/build.yml']);
      expect(on('OSPS-QA-04.01')).toEqual(['security-insights.yml']);
      // One alert per requirement (none here has instances), and the README only where it is the place.
      const perRule = new Map<string, number>();
      for (const x of run.results) perRule.set(x.ruleId, (perRule.get(x.ruleId) ?? 0) + 1);
      for (const [id, n] of perRule) if (id.startsWith('OSPS-')) expect(n, id).toBe(1);
      const onReadme = run.results.filter((x) => uriOf(x) === 'README.md').map((x) => x.ruleId);
      // Where the README is the place (user guide, verifying releases, interfaces), or the last file left for a missing LICENSE, which the message names.
      const readmeIsThePlace = ['OSPS-DO-01.01', 'OSPS-DO-03.01', 'OSPS-DO-03.02', 'OSPS-SA-02.01'];
      for (const id of onReadme) {
        if (readmeIsThePlace.includes(id)) continue;
        expect(id).toMatch(/^OSPS-LE-/);
        expect(run.results.find((x) => x.ruleId === id)?.message.text).toContain('The fix adds LICENSE');
      }
      expect(run.results.length).toBeGreaterThan(3 * onReadme.length);
      const validate = sarifValidator();
      if (validate) expect(validate(toSarif(result)), JSON.stringify(validate.errors)).toBe(true);
    } finally {
      r.cleanup();
    }
  });

  it('names the file to create when it does not exist, on the closest file that does', async () => {
    const r = makeRepo({ 'README.md': '# Demo\n', 'CONTRIBUTING.md': '# Contributing\n\nThanks!\n' });
    try {
      const { result } = await evaluate(r.root, { level: 2, offline: true });
      expect(result.controls.find((c) => c.id === 'OSPS-VM-02.01')?.location).toEqual({ path: 'README.md', line: 1, create: 'SECURITY.md' });
      expect(result.controls.find((c) => c.id === 'OSPS-GV-01.02')?.location).toEqual({ path: 'CONTRIBUTING.md', line: 1, create: 'GOVERNANCE.md' });
      expect(resultValidator()(result)).toBe(true);
      const run = runOf(toSarif(result));
      const vm = run.results.find((x) => x.ruleId === 'OSPS-VM-02.01');
      expect(uriOf(vm as SarifResult)).toBe('README.md');
      expect(vm?.message.text).toContain('The fix adds SECURITY.md, which does not exist yet; code scanning shows an alert only on an existing file, so this one is on README.md.');
      const gv = run.results.find((x) => x.ruleId === 'OSPS-GV-01.02');
      expect(uriOf(gv as SarifResult)).toBe('CONTRIBUTING.md');
      expect(gv?.message.text).toContain('The fix adds GOVERNANCE.md');
    } finally {
      r.cleanup();
    }
  });

  it('keeps the alert (its fingerprint) when the fix moves it from README.md to the new file', async () => {
    const r = makeRepo({ 'README.md': '# Demo\n' });
    try {
      const before = runOf(toSarif((await evaluate(r.root, { level: 1, offline: true })).result)).results.find((x) => x.ruleId === 'OSPS-VM-02.01');
      writeFileSync(join(r.root, 'SECURITY.md'), '# Security\n\nBe nice.\n');
      const after = runOf(toSarif((await evaluate(r.root, { level: 1, offline: true })).result)).results.find((x) => x.ruleId === 'OSPS-VM-02.01');
      expect(uriOf(before as SarifResult)).toBe('README.md');
      expect(uriOf(after as SarifResult)).toBe('SECURITY.md');
      expect(after?.partialFingerprints).toEqual(before?.partialFingerprints);
    } finally {
      r.cleanup();
    }
  });

  it('gives each rule help with what to do and an example to adapt', async () => {
    const { result } = await evaluate(repo.root, { level: 3, offline: true });
    const rules = runOf(toSarif(result)).tool.driver.rules;
    const vm = rules.find((x) => x.id === 'OSPS-VM-01.01');
    const md = vm?.help.markdown ?? '';
    expect(md).toContain('**What to do:**');
    const rendered = renderGfm(md);
    expect(rendered.code.some((c) => c.includes('## Coordinated disclosure'))).toBe(true);
    expect(rendered.links.map((l) => l.url)).toContain('https://baseline.openssf.org/versions/2026-02-19#osps-vm-01');
    const withExample = rules.filter((x) => x.id.startsWith('OSPS-') && x.help.markdown.includes('**Example**'));
    expect(withExample.length).toBeGreaterThanOrEqual(40);
  });

  it('writes URIs from the repository root when the evaluated folder is a monorepo subfolder', async () => {
    const r = makeRepo({ 'README.md': '# Mono\n', 'services/api/README.md': '# API\n', 'services/api/bin/tool': tinyElf() }, { git: true });
    try {
      const sub = join(r.root, 'services', 'api');
      const { workTreePrefix } = await import('../src/facts/work-tree.ts');
      expect(workTreePrefix(sub)).toBe('services/api/');
      expect(workTreePrefix(r.root)).toBe('');
      expect(workTreePrefix(sub, sub)).toBeNull(); // the search stops at the workspace
      const { result } = await evaluate(sub, { level: 1, offline: true });
      const sarif = toSarif(result, { uriPrefix: workTreePrefix(sub) ?? '' });
      const run = runOf(sarif);
      expect(run.results.length).toBeGreaterThan(0);
      for (const x of run.results) expect(uriOf(x)).toMatch(/^services\/api\//);
      expect(run.results.filter((x) => x.ruleId === 'OSPS-QA-05.01').map(uriOf)).toEqual(['services/api/bin/tool']);
      expect(run.properties.evaluatedPath).toBe('services/api');
      expect(run.originalUriBaseIds['%SRCROOT%']).toBeDefined();
      const validate = sarifValidator();
      if (validate) expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    } finally {
      r.cleanup();
    }
  });

  it('percent-encodes the real bytes of a file name that is not UTF-8', async () => {
    const r = makeRepo({ 'README.md': '# x\n' });
    const elf = tinyElf();
    // bin/caf\xe9 (Latin-1 é) and bin/ok-é (UTF-8).
    mkdirSync(join(r.root, 'bin'));
    writeFileSync(Buffer.concat([Buffer.from(join(r.root, 'bin') + '/'), Buffer.from([0x63, 0x61, 0x66, 0xe9])]), elf);
    writeFileSync(join(r.root, 'bin', 'ok-é'), elf);
    try {
      const { result, nameBytes } = await evaluate(r.root, { level: 1, offline: true });
      for (const options of [{ nameBytes }, {}]) {
        const uris = runOf(toSarif(result, options)).results.filter((x) => x.ruleId === 'OSPS-QA-05.01').map(uriOf).sort();
        expect(uris).toEqual(['bin/caf%E9', 'bin/ok-%C3%A9']);
      }
    } finally {
      r.cleanup();
    }
  });

  it('says when a rule has more results than it reports, in the run properties and a notification', async () => {
    const elf = tinyElf();
    const tree: Record<string, Buffer | string> = { 'README.md': '# x\n' };
    for (let i = 0; i < 60; i++) tree[`bin/t${i}`] = elf;
    const r = makeRepo(tree);
    try {
      const { result } = await evaluate(r.root, { level: 1, offline: true });
      const sarif = toSarif(result);
      const run = runOf(sarif);
      expect(run.results.filter((x) => x.ruleId === 'OSPS-QA-05.01')).toHaveLength(50);
      expect(run.properties.truncated).toContainEqual({ ruleId: 'OSPS-QA-05.01', reported: 50, total: 60 });
      expect(run.invocations?.[0].toolExecutionNotifications.map((n) => n.message.text)).toContain('OSPS-QA-05.01: 50 of 60 results reported here; the result file (JSON) lists every one, and the job summary counts them.');
      expect(result.controls.find((c) => c.id === 'OSPS-QA-05.01')?.evidence.filter((e) => e.path?.startsWith('bin/')).length).toBe(60);
      const validate = sarifValidator();
      if (validate) expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    } finally {
      r.cleanup();
    }
  });
});
