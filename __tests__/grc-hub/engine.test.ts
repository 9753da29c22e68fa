// The hub in a whole evaluation: asked while the GitHub API is asked (not after it), through
// SLAM_GRC_HUB_URL or the grcHubUrl option, and never when the run is offline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine.ts';
import { FakeGitHub } from '../github/fake-github.ts';
import { FakeGrcHub, standardScenarios } from '../helpers/fake-grc-hub.ts';
import { makeRepo, type TempRepo } from '../helpers/repo.ts';

const NOW = new Date('2026-10-20T12:00:00Z');
const PUBLISH = `name: Publish
on:
  schedule:
    - cron: '0 6 * * 1'
jobs:
  results:
    permissions:
      contents: read
      id-token: write
    uses: revanite-io/pvtr-publish-results/.github/workflows/publish.yml@v1
    with:
      config: .pvtr/config.yml
      target: acme/fresh@1.0.0
      license: CC0-1.0
`;

let hub: FakeGrcHub;
let repo: TempRepo;
beforeAll(async () => {
  hub = await FakeGrcHub.start(standardScenarios(NOW));
  repo = makeRepo({ 'README.md': '# x\n', '.github/workflows/publish.yml': PUBLISH });
});
afterAll(async () => {
  await hub.close();
  repo.cleanup();
});

describe('the hub in an evaluation', () => {
  it('is asked concurrently with the GitHub API', async () => {
    const github = await FakeGitHub.start();
    try {
      const DELAY = 1_500;
      github.override(github.repoPath(), { body: { ...github.state.repository }, delayMs: DELAY });
      const before = hub.requests.length;
      const { facts } = await evaluate(repo.root, { level: 1, offline: false, token: 'test-token', repository: `${github.state.owner}/${github.state.repo}`, apiUrl: github.baseUrl, defaultBranch: 'main', grcHubUrl: hub.baseUrl, now: NOW });
      expect(facts.grcHub.state).toBe('ok');
      expect(facts.grcHub.state === 'ok' && facts.grcHub.verdict.result).toBe('Passed');
      const repoAsked = github.requestsTo(github.repoPath())[0].at;
      const hubAsked = hub.requests.slice(before).map((r) => r.at);
      expect(hubAsked).toHaveLength(2);
      // Both hub requests (target, then its log) arrived before GitHub answered the delayed one.
      expect(Math.max(...hubAsked)).toBeLessThan(repoAsked + DELAY);
    } finally {
      await github.close();
    }
  }, 60_000);

  it('follows SLAM_GRC_HUB_URL without a token, and asks nothing offline', async () => {
    const saved = process.env.SLAM_GRC_HUB_URL;
    process.env.SLAM_GRC_HUB_URL = hub.baseUrl;
    try {
      const before = hub.requests.length;
      const online = await evaluate(repo.root, { level: 1, offline: false, repository: 'acme/widget', now: NOW });
      expect(online.facts.grcHub.state).toBe('ok');
      expect(hub.requests.length).toBe(before + 2);
      const offline = await evaluate(repo.root, { level: 1, offline: true, repository: 'acme/widget', now: NOW });
      expect(offline.facts.grcHub).toMatchObject({ state: 'unknown', reason: 'offline run' });
      expect(hub.requests.length).toBe(before + 2);
    } finally {
      if (saved === undefined) delete process.env.SLAM_GRC_HUB_URL;
      else process.env.SLAM_GRC_HUB_URL = saved;
    }
  }, 60_000);
});
