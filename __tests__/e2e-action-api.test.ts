// The bundled action with a token, against a loopback server that answers like the GitHub API.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from './github/fake-github.ts';
import { makeRepo, type TempRepo } from './helpers/repo.ts';
import { runActionAsync } from './helpers/run-dist.ts';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

describe('dist/index.js with a token and the GitHub API', () => {
  it('turns API-only requirements into answers with endpoint evidence, and never prints the token', async () => {
    const fake = await FakeGitHub.start();
    cleanups.push(() => fake.close());
    const repo: TempRepo = makeRepo({ 'README.md': '# Demo\n' }, { git: true });
    cleanups.push(() => repo.cleanup());
    const token = 'ghs_' + 'T0kenValueForTheFakeApi'.repeat(2);
    const slug = `${fake.state.owner}/${fake.state.repo}`;
    const run = await runActionAsync(repo.root, { 'github-token': token, level: '2' }, { GITHUB_API_URL: fake.baseUrl, GITHUB_REPOSITORY: slug });
    expect(run.code).toBe(0);
    expect(fake.requests.length).toBeGreaterThan(0);
    const result = JSON.parse(readFileSync(run.outputs['result-file'], 'utf8'));
    expect(result.run).toEqual({ offline: false, hasToken: true });
    const byId = Object.fromEntries(result.controls.map((c: { id: string; status: string }) => [c.id, c]));
    expect(byId['OSPS-AC-03.01'].status).toBe('pass');
    expect(byId['OSPS-QA-01.01'].status).toBe('pass');
    expect(JSON.stringify(byId['OSPS-AC-03.01'].evidence)).toMatch(/rules\/branches|protection/);
    for (const text of [run.summary, JSON.stringify(result), run.stdout.replace(`::add-mask::${token}`, ''), run.stderr]) expect(text).not.toContain(token);
  });
});
