// The grc.store hub client against a loopback fake of the hub's read API: every scenario of the
// issue ends in a verdict or an honest unknown with its reason, never a throw, within its bounds.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchHubVerdict, gatherGrcHubFacts, hubBaseUrl, type HubVerdict, type HubVerdictAnswer } from '../../src/facts/grc-hub/index.ts';
import { analyzeWorkflows } from '../../src/facts/workflows/index.ts';
import { FakeGrcHub, standardScenarios, privateerLog, type Scenario } from '../helpers/fake-grc-hub.ts';
import { reference } from '../helpers/schemas.ts';
import { memorySource } from '../workflows/helpers.ts';

const NOW = new Date('2026-10-20T12:00:00Z');
let hub: FakeGrcHub;

function realScanScenario(): Scenario | null {
  const p = reference('gemara-v1.4.1/test-data/pvtr-baseline-scan.yaml');
  if (!p) return null;
  return { kind: 'published', result: 'Failed', runAt: '2026-10-18T00:00:00Z', log: parse(readFileSync(p, 'utf8')) as Record<string, unknown> };
}

beforeAll(async () => {
  const extra: Record<string, Scenario> = {
    'bad-coordinates': { kind: 'published', result: 'Passed', runAt: '2026-10-18T00:00:00Z', log: null, logCoordinates: { log_id: '../../admin' } },
    'odd-result': { kind: 'published', result: 'Passed', runAt: '2026-10-18T00:00:00Z', log: null, extra: { result: 'Great' } },
    empty: { kind: 'raw', body: JSON.stringify({ namespace: 'acme', id: 'empty', versions: [] }) },
    'not-a-log': { kind: 'published', result: 'Passed', runAt: '2026-10-18T00:00:00Z', log: { hello: 'world' } },
    wrapped: { kind: 'published', result: 'Passed', runAt: '2026-10-18T00:00:00Z', log: { content: privateerLog({ level: 1, runAt: '2026-10-18T00:00:00Z' }) } },
    html: { kind: 'raw', body: '<!DOCTYPE html><html><body>Maintenance</body></html>', contentType: 'text/html' },
  };
  const real = realScanScenario();
  if (real) extra['real-v141'] = real;
  hub = await FakeGrcHub.start({ ...standardScenarios(NOW), ...extra });
});
afterAll(() => hub.close());

const target = (id: string) => ({ namespace: 'acme', id, version: '1.0.0' });
const ask = (id: string, options: Parameters<typeof fetchHubVerdict>[2] = {}) => fetchHubVerdict(target(id), 'hub.grc.store', { baseUrl: hub.baseUrl, now: NOW, retryDelayMs: 0, ...options });

function verdict(a: HubVerdictAnswer): HubVerdict {
  if (a.state !== 'ok') throw new Error(`expected a verdict, got unknown: ${a.reason}`);
  return a.verdict;
}
function unknown(a: HubVerdictAnswer) {
  if (a.state !== 'unknown') throw new Error('expected unknown');
  return a;
}
const requested = (from: number) => hub.paths().slice(from);

describe('reading a target from the hub', () => {
  it('Passed and fresh: result, counts, age, and the log per requirement', async () => {
    const before = hub.requests.length;
    const v = verdict(await ask('fresh'));
    expect(v).toMatchObject({ result: 'Passed', stale: false, ageDays: 2, hub: 'hub.grc.store', url: `${hub.baseUrl}/v1/targets/acme/fresh`, targetVersion: '1.0.0', evaluatedLevel: 1 });
    expect(v.counts).toEqual({ passed: 24, not_run: 41 });
    expect(v.runAt).toBe('2026-10-18T12:00:00.000Z');
    expect(v.perRequirement?.['OSPS-AC-01.01']).toEqual({ result: 'Passed', message: 'OSPS-AC-01.01 looks fine', levels: [1, 2, 3] });
    expect(v.perRequirement?.['OSPS-AC-04.01']?.result).toBe('Not Run');
    expect(v.perRequirement?.['OSPS-BR-01.02']?.result).toBe('Not Run');
    expect(Object.keys(v.perRequirement ?? {})).toHaveLength(65);
    expect(v.log.state === 'ok' && v.log.data.author).toEqual({ id: 'openssf/github-repo', name: 'github-repo', version: '0.29.0' });
    expect(requested(before)).toEqual(['/v1/targets/acme/fresh', `/v1/catalogs/acme/fresh-osps-baseline/versions/1.0.0-20261018T120000Z`]);
  });

  it('Passed but stale: older than 30 days', async () => {
    const v = verdict(await ask('stale'));
    expect(v).toMatchObject({ result: 'Passed', stale: true, ageDays: 45 });
  });

  it('Failed with two requirements, with the hub\'s messages', async () => {
    const v = verdict(await ask('failing'));
    expect(v.result).toBe('Failed');
    const failed = Object.entries(v.perRequirement ?? {}).filter(([, r]) => r.result === 'Failed');
    expect(failed.map(([id]) => id)).toEqual(['OSPS-DO-02.01', 'OSPS-VM-02.01']);
    expect(failed[0][1].message).toBe('Repository does not accept vulnerability reports');
    expect(v.counts.failed).toBe(2);
  });

  it('Needs Review on branch protection (OSPS-AC-03.01) in a Level 2 scan', async () => {
    const v = verdict(await ask('review'));
    expect(v.perRequirement?.['OSPS-AC-03.01']).toMatchObject({ result: 'Needs Review', message: 'Branch protection could not be read with the job token' });
    expect(v.evaluatedLevel).toBe(2);
  });

  it('tells the level the hub\'s scan ran at, from `Maturity Level N` labels as well as maturity-N', async () => {
    const lower = verdict(await ask('lower'));
    expect(lower.evaluatedLevel).toBe(1);
    expect(lower.perRequirement?.['OSPS-GV-01.01']).toMatchObject({ result: 'Not Run', levels: [2, 3] });
    expect(verdict(await ask('level2')).evaluatedLevel).toBe(2);
  });

  it('reads the real Privateer v1.4.1 scan as the log (requirements without reference-id, Maturity Level labels)', async () => {
    if (!hub.scenarios['real-v141']) return;
    const v = verdict(await ask('real-v141'));
    expect(v.log.state).toBe('ok');
    expect(v.evaluatedLevel).toBe(1);
    expect(v.perRequirement?.['OSPS-DO-02.01']?.result).toBe('Failed');
    expect(v.perRequirement?.['OSPS-BR-01.02']?.result).toBe('Needs Review');
    expect(v.perRequirement?.['OSPS-AC-04.01']).toMatchObject({ result: 'Not Run', levels: [2, 3] });
    expect(Object.keys(v.perRequirement ?? {})).toHaveLength(54);
  });

  it('a target the hub does not know (404), or with nothing published yet', async () => {
    const a = unknown(await ask('missing'));
    expect(a).toMatchObject({ notPublished: true, httpStatus: 404, reason: 'the hub has no target acme/missing (HTTP 404)' });
    const nobody = unknown(await ask('nobody'));
    expect(nobody.notPublished).toBe(true);
    expect(unknown(await ask('empty')).reason).toBe('the hub has no published result for acme/empty yet');
  });

  it('500: retried once, then unknown with the status', async () => {
    const before = hub.requests.length;
    const a = unknown(await ask('broken'));
    expect(a.reason).toBe("the hub's answer for acme/broken: server error after 2 attempts (last HTTP 500)");
    expect(a.httpStatus).toBe(500);
    expect(requested(before)).toEqual(['/v1/targets/acme/broken', '/v1/targets/acme/broken']);
  });

  it('a stalled connection times out (the deadline covers the body, not only the headers)', async () => {
    const t0 = Date.now();
    const a = unknown(await ask('stalled', { timeoutMs: 300 }));
    expect(a.reason).toBe("the hub's answer for acme/stalled: timed out after 300 ms");
    expect(Date.now() - t0).toBeLessThan(3_000);
  });

  it('a body over 5 MB is refused, streamed or declared', async () => {
    for (const id of ['huge', 'huge-declared']) {
      const a = unknown(await ask(id));
      expect(a.reason, id).toBe(`the hub's answer for acme/${id}: response too large (over ${5 * 1024 * 1024} bytes)`);
    }
    // A smaller cap applies just the same.
    expect(unknown(await ask('fresh', { maxBytes: 100 })).reason).toMatch(/too large \(over 100 bytes\)/);
  });

  it('malformed JSON, an HTML page, an unknown result or a log path that is not a plain name: unknown with the reason', async () => {
    expect(unknown(await ask('malformed')).reason).toBe("the hub's answer for acme/malformed: response was not JSON");
    expect(unknown(await ask('html')).reason).toBe("the hub's answer for acme/html: response was not JSON");
    expect(unknown(await ask('odd-result')).reason).toMatch(/did not have the documented shape: versions\[0\]\.latest\.result is not a Gemara result \("Great"\)/);
    const before = hub.requests.length;
    expect(unknown(await ask('bad-coordinates')).reason).toMatch(/log_id is not a plain name/);
    expect(requested(before)).toEqual(['/v1/targets/acme/bad-coordinates']); // never asked for ../../admin
  });

  it('a log that cannot be read leaves the target\'s verdict, with the reason for the log', async () => {
    const v = verdict(await ask('no-log'));
    expect(v.result).toBe('Passed');
    expect(v.perRequirement).toBeNull();
    expect(v.log).toMatchObject({ state: 'unknown' });
    expect(v.log.state === 'unknown' && v.log.reason).toMatch(/EvaluationLog acme\/no-log-osps-baseline@.*not found \(HTTP 404\)/);
    const notLog = verdict(await ask('not-a-log'));
    expect(notLog.log.state === 'unknown' && notLog.log.reason).toMatch(/has no `evaluations` list/);
    expect(verdict(await ask('wrapped')).perRequirement?.['OSPS-AC-01.01']?.result).toBe('Passed');
  });

  it('hostile strings are cut and stripped, odd counts dropped, extra fields ignored', async () => {
    const v = verdict(await ask('hostile'));
    const m = v.perRequirement?.['OSPS-QA-01.01']?.message ?? '';
    expect(m.length).toBeLessThanOrEqual(300);
    expect(m).not.toMatch(/[\u0000-\u001f\u202e]/);
    expect(m.startsWith('<script>alert(1)</script>')).toBe(true); // escaping is the reporters' job
    expect(v.counts).toEqual({ passed: 20, failed: 1, '[31mred [0m': 2 });
    // Links survive only when they are https:// on the hub's own host.
    expect(v.perRequirement?.['OSPS-QA-02.01']?.message).toBe('See [link removed] [link removed] and https://hub.grc.store/v1/targets/acme/hostile.');
  });
});

describe('where the hub is', () => {
  it('is one of the two grc.store hubs, or SLAM_GRC_HUB_URL', async () => {
    expect(hubBaseUrl('hub.grc.store', undefined)).toEqual({ ok: true, url: 'https://hub.grc.store' });
    expect(hubBaseUrl('hub.preview.grc.store', '')).toEqual({ ok: true, url: 'https://hub.preview.grc.store' });
    expect(hubBaseUrl('evil.example', undefined)).toEqual({ ok: false, reason: 'evil.example is not a grc.store hub' });
    expect(hubBaseUrl('hub.grc.store', 'http://127.0.0.1:9/mirror/')).toEqual({ ok: true, url: 'http://127.0.0.1:9/mirror' });
    expect(hubBaseUrl('hub.grc.store', 'ftp://mirror.example')).toEqual({ ok: false, reason: 'SLAM_GRC_HUB_URL is not an http(s) URL' });
    expect(hubBaseUrl('hub.grc.store', 'https://user:pw@mirror.example').ok).toBe(false);
    const saved = process.env.SLAM_GRC_HUB_URL;
    process.env.SLAM_GRC_HUB_URL = hub.baseUrl;
    try {
      const v = verdict(await fetchHubVerdict(target('fresh'), 'hub.preview.grc.store', { now: NOW }));
      expect(v.url).toBe(`${hub.baseUrl}/v1/targets/acme/fresh`);
    } finally {
      if (saved === undefined) delete process.env.SLAM_GRC_HUB_URL;
      else process.env.SLAM_GRC_HUB_URL = saved;
    }
  });
});

describe('hub facts from the publishing workflow', () => {
  const workflow = (target: string, on = 'push:\n    branches: [main]') =>
    analyzeWorkflows(
      memorySource({ '.github/workflows/publish.yml': `on:\n  ${on}\njobs:\n  results:\n    uses: revanite-io/pvtr-publish-results/.github/workflows/publish.yml@v1\n    with:\n      target: ${target}\n      license: CC0-1.0\n` }),
      { repository: 'acme/widget', defaultBranch: 'main' },
    ).hubPublishing;

  it('asks the hub about the target the workflow names', async () => {
    const facts = await gatherGrcHubFacts({ publishing: workflow('acme/fresh@1.0.0'), offline: false, baseUrl: hub.baseUrl, now: NOW, retryDelayMs: 0 });
    expect(facts.state).toBe('ok');
    expect(facts.state === 'ok' && facts.verdict.result).toBe('Passed');
    expect(facts.state === 'ok' && facts.source).toEqual({ path: '.github/workflows/publish.yml', line: 6, job: 'results' });
  });

  it('offline: unknown without a request; no workflow: not configured', async () => {
    const before = hub.requests.length;
    const offline = await gatherGrcHubFacts({ publishing: workflow('acme/fresh@1.0.0'), offline: true, baseUrl: hub.baseUrl, now: NOW });
    expect(offline).toMatchObject({ state: 'unknown', reason: 'offline run', target: { namespace: 'acme', id: 'fresh' }, hub: 'hub.grc.store' });
    expect(await gatherGrcHubFacts({ publishing: [], offline: false, baseUrl: hub.baseUrl })).toEqual({ state: 'not-configured', reason: 'no workflow publishes to grc.store (revanite-io/pvtr-publish-results)' });
    expect((await gatherGrcHubFacts({ publishing: workflow('${{ vars.T }}'), offline: false, baseUrl: hub.baseUrl })).state).toBe('not-configured');
    expect(requested(before)).toEqual([]);
  });

  it('a pull-request-only workflow is still asked about, so the report can say what the hub holds', async () => {
    const facts = await gatherGrcHubFacts({ publishing: workflow('acme/failing@1.0.0', 'pull_request:'), offline: false, baseUrl: hub.baseUrl, now: NOW });
    expect(facts.state === 'ok' && facts.verdict.result).toBe('Failed');
  });
});
