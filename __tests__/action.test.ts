// The action's entry point (src/action.ts) run as the runner runs it: inputs, outputs, the job summary.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo, type TempRepo } from './helpers/repo.ts';
import { ACTION_SOURCE, runAction } from './helpers/run-dist.ts';

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()?.cleanup();
});
function workspace() {
  const r = makeRepo({ 'README.md': '# Demo\n\nA demo project.\n' }, { git: true, remote: 'https://github.com/example/demo.git' });
  repos.push(r);
  return r.root;
}
const run = (ws: string, inputs: Record<string, string>, env: Record<string, string> = {}) => runAction(ws, { 'github-token': '', ...inputs }, env, ACTION_SOURCE);

describe('src/action.ts', () => {
  it('still writes the files and sets the outputs when GITHUB_STEP_SUMMARY is unset, with a warning', () => {
    const ws = workspace();
    const r = run(ws, { offline: 'true' }, { GITHUB_STEP_SUMMARY: '' });
    expect(r.stdout).not.toContain('::error::');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning::.*job summary/);
    expect(r.stdout.match(/::warning::job summary not written/g)).toHaveLength(1);
    expect(r.outputs['level']).toBe('1');
    expect(JSON.parse(readFileSync(r.outputs['result-file'], 'utf8')).level).toBe(1);
  }, 60_000);

  it('reads boolean inputs as YAML booleans and rejects anything else with a clear error', () => {
    const ws = workspace();
    const upper = run(ws, { offline: 'True', 'unknown-as-notes': 'FALSE' });
    expect(upper.code).toBe(0);
    expect(JSON.parse(readFileSync(upper.outputs['result-file'], 'utf8')).run.offline).toBe(true);
    const sarif = JSON.parse(readFileSync(upper.outputs['sarif-file'], 'utf8'));
    expect(sarif.runs[0].results.filter((x: { level: string }) => x.level === 'note' && /^OSPS-/.test((x as unknown as { ruleId: string }).ruleId))).toEqual([]);
    const bad = run(ws, { offline: 'yes' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('::error::offline must be "true" or "false", not "yes"');
    const badNotes = run(ws, { offline: 'true', 'unknown-as-notes': 'no' });
    expect(badNotes.code).toBe(1);
    expect(badNotes.stdout).toContain('::error::unknown-as-notes must be "true" or "false", not "no"');
  }, 60_000);
});

describe('src/action.ts reports for a monorepo subfolder', () => {
  it('writes SARIF URIs from the repository root and links the summary to the files at the commit', () => {
    const r = makeRepo({ 'README.md': '# Mono\n', 'services/api/README.md': '# API\n', 'services/api/SECURITY.md': '# Security\n\nBe nice.\n' }, { git: true, remote: 'https://github.com/example/demo.git' });
    repos.push(r);
    const res = run(r.root, { offline: 'true', path: 'services/api' }, { GITHUB_SERVER_URL: 'https://github.com' });
    expect(res.code).toBe(0);
    const sarif = JSON.parse(readFileSync(res.outputs['sarif-file'], 'utf8')) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]; properties: { evaluatedPath: string } }[] };
    const uris = sarif.runs[0].results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris.length).toBeGreaterThan(0);
    for (const u of uris) expect(u).toMatch(/^services\/api\//);
    expect(sarif.runs[0].results.find((x) => x.ruleId === 'OSPS-VM-02.01')?.locations[0].physicalLocation.artifactLocation.uri).toBe('services/api/SECURITY.md');
    expect(sarif.runs[0].properties.evaluatedPath).toBe('services/api');
    // GITHUB_SHA is the commit the links use.
    expect(res.summary).toContain(`](https://github.com/example/demo/blob/${'a'.repeat(40)}/services/api/SECURITY.md#L1)`);
    expect(res.summary).toContain('`security-slam-result.json`');
  }, 60_000);
});
