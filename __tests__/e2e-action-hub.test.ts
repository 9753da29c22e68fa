// The bundled action as the runner runs it (INPUT_* variables, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT),
// reading the grc.store hub through SLAM_GRC_HUB_URL and the GitHub API through GITHUB_API_URL,
// both loopback fakes: Defender's hub sub-check, the disagreement with its reason in the job
// summary and the result file, and an output for the hub verdict.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from './github/fake-github.ts';
import { FakeGrcHub, standardScenarios } from './helpers/fake-grc-hub.ts';
import { makeRepo } from './helpers/repo.ts';
import { runActionAsync } from './helpers/run-dist.ts';
import { resultValidator } from './helpers/schemas.ts';

const PUBLISH = `name: Publish
on:
  push:
    branches: [main]
jobs:
  results:
    permissions:
      contents: read
      id-token: write
    uses: revanite-io/pvtr-publish-results/.github/workflows/publish.yml@v1
    with:
      target: acme/review@1.0.0
`;

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

describe('dist/index.js with the grc.store hub', () => {
  it('shows the hub verdict and the disagreement on branch protection with its reason; Defender keeps our status', async () => {
    const hub = await FakeGrcHub.start(standardScenarios(new Date()));
    cleanups.push(() => hub.close());
    const github = await FakeGitHub.start();
    cleanups.push(() => github.close());
    const repo = makeRepo({ 'README.md': '# Demo\n', '.github/workflows/publish.yml': PUBLISH }, { git: true });
    cleanups.push(() => repo.cleanup());
    const token = 'ghs_' + 'T0kenValueForTheFakeApi'.repeat(2);
    const run = await runActionAsync(repo.root, { 'github-token': token, level: '2' }, { GITHUB_API_URL: github.baseUrl, GITHUB_REPOSITORY: `${github.state.owner}/${github.state.repo}`, SLAM_GRC_HUB_URL: hub.baseUrl });
    expect(run.code, run.stderr).toBe(0);
    expect(hub.paths()).toEqual(['/v1/targets/acme/review', expect.stringMatching(/^\/v1\/catalogs\/acme\/review-osps-baseline\/versions\//)]);

    const result = JSON.parse(readFileSync(run.outputs['result-file'], 'utf8'));
    expect(resultValidator()(result)).toBe(true);
    expect(result.schemaVersion).toBe('1.1.0');
    expect(result.hubComparison).toMatchObject({ target: 'acme/review@1.0.0', hub: 'hub.grc.store', page: 'https://hub.grc.store/v1/targets/acme/review', verdict: 'partial', result: 'Failed', evaluatedLevel: 2 });
    const d = result.hubComparison.disagreements.find((x: { id: string }) => x.id === 'OSPS-AC-03.01');
    expect(d).toMatchObject({ ours: 'pass', hub: 'Needs Review', reason: 'hub-token-cannot-read' });
    const defender = result.objectives.find((o: { id: string }) => o.id === 'defender');
    expect(defender.checks.map((c: { id: string }) => c.id).slice(0, 2)).toEqual(['all-requirements', 'published-on-hub']);
    expect(run.outputs['defender-grc-hub']).toBe('partial');
    expect(run.outputs['objective-defender']).toBe(defender.status);

    expect(run.summary).toContain('### Defender on the grc.store hub: 🟡 partial');
    expect(run.summary).toContain('](https://hub.grc.store/v1/targets/acme/review)');
    expect(run.summary).toMatch(/\| \[OSPS-AC-03\.01\]\([^)]+\) \| ✅ pass \| 📝 Needs Review \| \*\*the hub's job token cannot read branch rules or settings\*\*: we read it from the GitHub API/);
    expect(run.summary).toMatch(/<br>hub: 🟡 partial \|/);
    expect(run.summary).not.toContain(hub.baseUrl); // the mirror's address is not a page for people
    for (const text of [run.summary, JSON.stringify(result), run.stderr]) expect(text).not.toContain(token);
  }, 120_000);
});
