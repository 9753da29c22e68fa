// The contract docs/gemara.md gives the organizer tools (slam collect / score with
// `defender: grc-store | either`): a participant's hub-target asked with fetchHubVerdict and judged
// at the participant's level with judgeHubVerdict, exactly as the docs show it, against the fake hub.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/catalog/catalog.ts';
import { fetchHubVerdict, hubPageUrl, parseHubTarget } from '../../src/facts/grc-hub/index.ts';
import { judgeHubVerdict } from '../../src/objectives/hub.ts';
import { FakeGrcHub, standardScenarios } from '../helpers/fake-grc-hub.ts';

const NOW = new Date('2026-10-20T12:00:00Z');
let hub: FakeGrcHub;
beforeAll(async () => {
  hub = await FakeGrcHub.start(standardScenarios(NOW));
});
afterAll(() => hub.close());

/** The docs' example: what an organizer records for one participant. */
async function hubVerdictFor(hubTarget: string, level: Level, hubHost = 'hub.grc.store') {
  const target = parseHubTarget(hubTarget);
  if (!target) return { state: 'unknown', detail: `hub-target ${JSON.stringify(hubTarget)} is not <namespace>/<id>` };
  const answer = await fetchHubVerdict(target, hubHost, { baseUrl: hub.baseUrl, now: NOW, retryDelayMs: 0, timeoutMs: 1_000 });
  const url = hubPageUrl(hubHost, target) ?? undefined;
  if (answer.state === 'unknown') return { state: 'unknown', detail: answer.reason, url };
  const j = judgeHubVerdict(answer.verdict, level);
  const state = j.verdict === 'met' ? 'passed' : j.verdict === 'unknown' ? 'unknown' : j.stale && j.missing.length === 1 ? 'stale' : 'failed';
  return { state, detail: j.verdict === 'met' ? `${answer.verdict.result} at Level ${answer.verdict.evaluatedLevel}` : (j.reason ?? j.missing.join('; ')), runAt: answer.verdict.runAt ?? undefined, url };
}

describe('the hub verdict for organizers', () => {
  it('parses an event file\'s hub-target, with or without a version', () => {
    expect(parseHubTarget('acme/widget')).toEqual({ namespace: 'acme', id: 'widget', version: null });
    expect(parseHubTarget(' acme/widget@1.2.0 ')).toEqual({ namespace: 'acme', id: 'widget', version: '1.2.0' });
    for (const bad of ['acme', 'acme/widget/x', '../x/y', 'acme/wid get', '', 'acme/']) expect(parseHubTarget(bad), bad).toBeNull();
  });

  it('passed, stale, failed (naming requirements, or the wrong level) and unknown, with the run time and the page', async () => {
    expect(await hubVerdictFor('acme/fresh', 1)).toEqual({ state: 'passed', detail: 'Passed at Level 1', runAt: '2026-10-18T12:00:00.000Z', url: 'https://hub.grc.store/v1/targets/acme/fresh' });
    expect(await hubVerdictFor('acme/stale', 1)).toMatchObject({ state: 'stale', detail: expect.stringMatching(/^the latest result is stale: 45 days old/) });
    expect(await hubVerdictFor('acme/failing', 1)).toMatchObject({ state: 'failed', detail: '2 requirement(s) at Level 1 are not Passed on the hub: OSPS-DO-02.01 (Failed), OSPS-VM-02.01 (Failed)' });
    expect(await hubVerdictFor('acme/lower', 2)).toMatchObject({ state: 'failed', detail: expect.stringMatching(/^wrong level: the hub's scan ran at Level 1, below the project's Level 2/) });
    expect(await hubVerdictFor('acme/level2', 1)).toMatchObject({ state: 'passed' });
    expect(await hubVerdictFor('acme/missing', 1)).toEqual({ state: 'unknown', detail: 'the hub has no target acme/missing (HTTP 404)', url: 'https://hub.grc.store/v1/targets/acme/missing' });
    expect(await hubVerdictFor('acme/no-log', 1)).toMatchObject({ state: 'unknown', detail: expect.stringMatching(/^the hub's EvaluationLog could not be read: /) });
    expect(await hubVerdictFor('not a target', 1)).toMatchObject({ state: 'unknown' });
  });

  it('a hub that is not grc.store is refused before any request', async () => {
    const before = hub.requests.length;
    const answer = await fetchHubVerdict({ namespace: 'acme', id: 'fresh', version: null }, 'evil.example', { baseUrl: '', now: NOW });
    expect(answer).toEqual({ state: 'unknown', reason: 'evil.example is not a grc.store hub', url: null });
    expect(hub.requests.length).toBe(before);
  });
});
