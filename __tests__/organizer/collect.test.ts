// `slam collect` against a loopback GitHub artifacts API: pagination past 100, the zip redirect to
// another host (no token there), 403/404/410, primary and secondary rate limits, stalled
// connections, hostile zips, shards, and a second run that downloads nothing.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collect, contentsProblem, shardRepositories, type CollectOptions } from '../../src/organizer/collect.ts';
import { ProgressLine } from '../../src/organizer/collect-report.ts';
import { parseEvent, type SlamEvent } from '../../src/organizer/event.ts';
import { readRecord } from '../../src/organizer/records.ts';
import { buildZip, UNIX_SYMLINK } from '../helpers/zip-builder.ts';
import { FakeArtifactsApi, type FakeArtifact } from './fake-artifacts.ts';

const TOKEN = 'ghs_collectTestToken1234567890';
const CLI = join(import.meta.dirname, '..', '..', 'src', 'cli.ts');

function eventText(participants: { name: string; repositories: string[] }[]): string {
  return `name: Collect Test
window: { start: 2027-02-20T00:00:00Z, end: 2027-03-20T23:59:59Z }
trust:
  signer-workflow: '^https://github\\.com/security-slam/security-slam-action/\\.github/workflows/slam\\.yml@refs/tags/v1$'
participants:
${participants.map((p) => `  - name: ${p.name}\n    repositories: [${p.repositories.join(', ')}]\n    level: 1\n`).join('')}`;
}

function goodZip(tag: string): Buffer {
  return buildZip([
    { name: 'security-slam-result.json', data: JSON.stringify({ tag }) },
    { name: 'security-slam-result.json.sigstore.json', data: JSON.stringify({ bundle: tag }) },
    { name: 'security-slam.sarif', data: '{}' },
  ]);
}

const at = (day: number, hour = 12) => new Date(Date.UTC(2027, 1, 20 + day, hour)).toISOString();

let api: FakeArtifactsApi;
let base: string;
let out: string;
beforeEach(async () => {
  api = await FakeArtifactsApi.start();
  base = mkdtempSync(join(tmpdir(), 'slam-collect-'));
  out = join(base, 'out');
});
afterEach(async () => {
  await api.close();
  rmSync(base, { recursive: true, force: true });
});

function run(event: SlamEvent, extra: Partial<CollectOptions> = {}) {
  return collect({ event, out, token: TOKEN, apiUrl: api.baseUrl, concurrency: 4, api: { timeoutMs: 2_000, baseDelayMs: 10 }, ...extra });
}

describe('slam collect', () => {
  it('lists every page, keeps default-branch runs of the repository itself inside the window, downloads through the redirect without the token', async () => {
    const after: FakeArtifact[] = Array.from({ length: 110 }, (_, i) => ({ id: 5000 + i, createdAt: at(40, i % 24), zip: goodZip(`late${i}`) }));
    const wanted: FakeArtifact[] = [
      { id: 101, createdAt: at(1), zip: goodZip('first'), headSha: '1'.repeat(40), runId: 9001 },
      { id: 102, createdAt: at(20), zip: goodZip('last'), headSha: '2'.repeat(40), runId: 9002 },
    ];
    const unwanted: FakeArtifact[] = [
      { id: 103, createdAt: at(5), zip: goodZip('branch'), headBranch: 'feature' },
      { id: 104, createdAt: at(6), zip: goodZip('fork'), headRepositoryId: 999_999 },
      { id: 105, createdAt: at(7), zip: goodZip('expired'), expired: true },
      { id: 106, createdAt: at(-3), zip: goodZip('before') },
      { id: 107, createdAt: at(8), zip: goodZip('other-name'), name: 'something-else' },
    ];
    api.addRepo({ repository: 'acme/widget', artifacts: [...after, ...wanted, ...unwanted] });
    api.addRepo({ repository: 'acme/widget-helm', defaultBranch: 'trunk', artifacts: [{ id: 201, createdAt: at(3), zip: goodZip('helm'), headBranch: 'trunk' }] });
    api.addRepo({ repository: 'quiet/project', artifacts: [{ id: 301, createdAt: at(-10), zip: goodZip('old') }] });
    const event = parseEvent(eventText([{ name: 'Widget', repositories: ['acme/widget', 'acme/widget-helm'] }, { name: 'Quiet', repositories: ['quiet/project'] }]), 'e.yml');

    const report = await run(event);
    expect(report.repositories.map((r) => [r.repository, r.status, r.inWindow, r.downloaded])).toEqual([
      ['acme/widget', 'collected', 2, 2],
      ['acme/widget-helm', 'collected', 1, 1],
      ['quiet/project', 'none-in-window', 0, 0],
    ]);
    expect(report.repositories[2].detail).toBe('1 artifact named security-slam-result, none from main inside the window');
    // Two pages of the listing, followed through Link rel="next".
    expect(api.requests.filter((r) => r.route === '/repos/acme/widget/actions/artifacts').map((r) => new URL(r.path, 'http://x').searchParams.get('page'))).toEqual([null, '2']);
    // The token went to the API on every call and never to the blob host.
    expect(api.requests.every((r) => r.hasAuthorization)).toBe(true);
    expect(api.blobRequests.map((r) => r.route).sort()).toEqual(['/blob/101', '/blob/102', '/blob/201']);
    expect(api.blobRequests.some((r) => r.hasAuthorization)).toBe(false);

    const rec = readRecord(out, 'acme/widget')!;
    expect(rec).toMatchObject({ status: 'collected', defaultBranch: 'main', participant: 'Widget' });
    expect(rec.artifacts.map((a) => [a.id, a.state, a.runId, a.headSha, a.headBranch])).toEqual([
      [101, 'extracted', 9001, '1'.repeat(40), 'main'],
      [102, 'extracted', 9002, '2'.repeat(40), 'main'],
    ]);
    expect(rec.artifacts[0].digest).toBe(`sha256:${rec.artifacts[0].zipSha256}`);
    expect(readdirSync(join(out, 'acme', 'widget', 'artifacts', '101')).sort()).toEqual(['security-slam-result.json', 'security-slam-result.json.sigstore.json', 'security-slam.sarif']);
    expect(readFileSync(join(out, 'acme', 'widget', 'artifacts', '102', 'security-slam-result.json'), 'utf8')).toBe('{"tag":"last"}');
    expect(readRecord(out, 'acme/widget-helm')?.defaultBranch).toBe('trunk');
    expect(existsSync(join(out, '.tmp'))).toBe(false);

    // A second run downloads nothing it already has, and says so.
    const before = api.blobRequests.length;
    const zipCalls = api.requests.filter((r) => r.route.endsWith('/zip')).length;
    const again = await run(event);
    expect(api.blobRequests.length).toBe(before);
    expect(api.requests.filter((r) => r.route.endsWith('/zip')).length).toBe(zipCalls);
    expect(again.repositories[0]).toMatchObject({ status: 'collected', downloaded: 0, alreadyHere: 2 });
    expect(again.downloaded).toBe(0);

    // A new artifact appears: only it is fetched.
    api.repos.get('acme/widget')!.artifacts.push({ id: 108, createdAt: at(25), zip: goodZip('newer') });
    const third = await run(event);
    expect(third.repositories[0]).toMatchObject({ downloaded: 1, alreadyHere: 2 });
    expect(api.blobRequests.length).toBe(before + 1);
  });

  it('403, 404 and 410 are recorded per repository and the others go on; a participant whose every repository is gone says so', async () => {
    api.addRepo({ repository: 'ok/one', artifacts: [{ id: 1, createdAt: at(2), zip: goodZip('ok') }] });
    api.addRepo({ repository: 'locked/repo' });
    api.override('/repos/locked/repo/actions/artifacts', { status: 403, body: { message: 'Resource not accessible by integration', status: '403' } });
    api.addRepo({ repository: 'gone/expired', artifacts: [{ id: 7, createdAt: at(2), zip: goodZip('late') }] });
    api.override('/repos/gone/expired/actions/artifacts/7/zip', { status: 410, body: { message: 'Artifact has expired' } });
    api.addRepo({ repository: 'old/expired', artifacts: [{ id: 8, createdAt: at(2), zip: goodZip('x'), expired: true }] });
    const event = parseEvent(
      eventText([
        { name: 'Vanished', repositories: ['vanished/a', 'vanished/b'] },
        { name: 'Fine', repositories: ['ok/one'] },
        { name: 'Locked', repositories: ['locked/repo'] },
        { name: 'Late', repositories: ['gone/expired', 'old/expired'] },
      ]),
      'e.yml',
    );
    const report = await run(event);
    const byRepo = Object.fromEntries(report.repositories.map((r) => [r.repository, r]));
    expect(byRepo['vanished/a']).toMatchObject({ status: 'not-found', httpStatus: 404, detail: 'not found (HTTP 404): renamed, deleted or private' });
    expect(byRepo['vanished/b'].status).toBe('not-found');
    expect(byRepo['ok/one']).toMatchObject({ status: 'collected', downloaded: 1 });
    expect(byRepo['locked/repo']).toMatchObject({ status: 'no-access', httpStatus: 403 });
    expect(byRepo['locked/repo'].detail).toContain('the token cannot read the artifact list');
    expect(byRepo['gone/expired']).toMatchObject({ status: 'expired', inWindow: 0 });
    expect(byRepo['gone/expired'].detail).toContain('expired before it was downloaded (HTTP 410)');
    expect(byRepo['old/expired']).toMatchObject({ status: 'expired', detail: '1 artifact from main inside the window, all expired' });
    expect(readRecord(out, 'vanished/b')?.status).toBe('not-found');
  });

  it('waits out a secondary rate limit (retry-after) and an exhausted primary limit (x-ratelimit-reset), then goes on', async () => {
    api.addRepo({ repository: 'slow/one', artifacts: [{ id: 11, createdAt: at(2), zip: goodZip('a') }] });
    api.addRepo({ repository: 'slow/two', artifacts: [{ id: 12, createdAt: at(2), zip: goodZip('b') }] });
    // Each override answers once with the limit, then the real route (whatever the machine's load).
    api.overrideOnce('/repos/slow/one/actions/artifacts', { status: 403, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit.' } });
    const reset = String(Math.floor(Date.now() / 1000) + 1);
    api.overrideOnce('/repos/slow/two', { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, body: { message: 'API rate limit exceeded for installation ID 1.' } });
    const event = parseEvent(eventText([{ name: 'Slow', repositories: ['slow/one', 'slow/two'] }]), 'e.yml');
    const pauses: number[] = [];
    const t0 = Date.now();
    const report = await run(event, { onProgress: (p) => p.pausedUntil && pauses.push(p.pausedUntil) });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
    expect(report.repositories.map((r) => r.status)).toEqual(['collected', 'collected']);
    expect(report.rateLimitPauses).toBeGreaterThanOrEqual(1);
    expect(pauses.length).toBeGreaterThan(0);
    // Nobody asked again while the pause lasted: requests after the 403s came a second later.
    const limited = api.requests.filter((r) => r.route === '/repos/slow/one/actions/artifacts');
    expect(limited.length).toBeGreaterThanOrEqual(2);
    expect(limited[limited.length - 1].at - limited[0].at).toBeGreaterThanOrEqual(900);
  });

  it('a rate limit longer than the run waits fails that repository only, with the wait GitHub asked for', async () => {
    api.addRepo({ repository: 'a/limited' });
    api.addRepo({ repository: 'a/fine', artifacts: [{ id: 21, createdAt: at(2), zip: goodZip('x') }] });
    api.override('/repos/a/limited', { status: 429, headers: { 'retry-after': '7200' }, body: { message: 'secondary rate limit' } });
    const event = parseEvent(eventText([{ name: 'L', repositories: ['a/limited'] }, { name: 'F', repositories: ['a/fine'] }]), 'e.yml');
    const report = await run(event, { api: { maxRateLimitWaitMs: 5_000, timeoutMs: 2_000 } });
    expect(report.repositories[0]).toMatchObject({ status: 'error' });
    expect(report.repositories[0].detail).toContain('GitHub asked to wait 7200 s, more than this run waits');
    expect(report.repositories[1].status).toBe('collected');
  });

  it('a stalled connection times out (API and blob host); the other repositories are collected', async () => {
    api.addRepo({ repository: 'stall/api' });
    api.addRepo({ repository: 'stall/blob', artifacts: [{ id: 31, createdAt: at(2), zip: goodZip('s') }] });
    api.addRepo({ repository: 'stall/body', artifacts: [{ id: 33, createdAt: at(2), zip: goodZip('b') }] });
    api.addRepo({ repository: 'fine/repo', artifacts: [{ id: 32, createdAt: at(2), zip: goodZip('f') }] });
    api.override('/repos/stall/api', { hang: true });
    api.override('/blob/31', { hang: true });
    api.override('/blob/33', { stallAfterBytes: 10, rawBody: 'PK'.repeat(500), contentType: 'application/zip' });
    const event = parseEvent(eventText([{ name: 'S', repositories: ['stall/api', 'stall/blob', 'stall/body'] }, { name: 'F', repositories: ['fine/repo'] }]), 'e.yml');
    const t0 = Date.now();
    const report = await run(event, { api: { timeoutMs: 300, attempts: 2, baseDelayMs: 10 } });
    expect(Date.now() - t0).toBeLessThan(10_000);
    const [a, b, d, c] = report.repositories;
    expect(a).toMatchObject({ status: 'error' });
    expect(a.detail).toMatch(/no answer within 300 ms \(2 attempts\)/);
    expect(b).toMatchObject({ status: 'error', failed: 1 });
    expect(b.detail).toMatch(/artifact 31: no answer within 300 ms/);
    expect(d).toMatchObject({ status: 'error', failed: 1 });
    expect(d.detail).toMatch(/artifact 33: the download stalled for 300 ms/);
    expect(c.status).toBe('collected');
    expect(existsSync(join(out, 'stall', 'blob', 'artifacts', '31'))).toBe(false);
    expect(readdirSync(base)).toEqual(['out']);
  });

  it('hostile zips are refused with the reason, nothing lands outside --out, the good artifact beside them is kept', async () => {
    const resultPair = [
      { name: 'security-slam-result.json', data: '{}' },
      { name: 'security-slam-result.json.sigstore.json', data: '{}' },
    ];
    const bad: [number, Buffer, RegExp][] = [
      [41, buildZip([...resultPair, { name: 'second-result.json', data: '{}' }, { name: 'second-result.json.sigstore.json', data: '{}' }]), /2 bundles/],
      [42, buildZip([{ name: 'security-slam-result.json', data: '{}' }]), /no Sigstore bundle/],
      [43, buildZip([...resultPair, { name: '../escape.txt', data: 'x' }]), /climbs out|refused/],
      [44, buildZip([...resultPair, { name: '/etc/evil', data: 'x' }]), /absolute/],
      [45, buildZip([...resultPair, { name: 'link', data: '/etc/passwd', externalAttributes: UNIX_SYMLINK }]), /symbolic link/],
      [46, buildZip([...resultPair, { name: 'huge.bin', data: 'x', declaredSize: 1024 * 1024 * 1024 }]), /declares 1073741824 bytes/],
      [47, buildZip([{ name: 'security-slam-result.json.sigstore.json', data: '{}' }]), /has no security-slam-result\.json beside it/],
      [48, buildZip([...resultPair, { name: 'extra.json', data: '{}' }]), /more than one result/],
      [49, Buffer.from('this is not a zip'), /not a readable zip/],
    ];
    api.addRepo({ repository: 'evil/repo', artifacts: [...bad.map(([id, zip]) => ({ id, createdAt: at(2), zip })), { id: 40, createdAt: at(3), zip: goodZip('good') }] });
    api.addRepo({ repository: 'evil/digest', artifacts: [{ id: 50, createdAt: at(2), zip: goodZip('tampered'), digest: `sha256:${'0'.repeat(64)}` }] });
    const event = parseEvent(eventText([{ name: 'Evil', repositories: ['evil/repo', 'evil/digest'] }]), 'e.yml');
    const report = await run(event);
    expect(report.repositories[0]).toMatchObject({ status: 'collected', downloaded: 1, refused: bad.length });
    expect(report.repositories[1]).toMatchObject({ status: 'refused', refused: 1 });
    expect(report.repositories[1].detail).toMatch(/differs from the digest GitHub lists/);
    const rec = readRecord(out, 'evil/repo')!;
    for (const [id, , why] of bad) {
      const a = rec.artifacts.find((x) => x.id === id)!;
      expect(a.state, String(id)).toBe('refused');
      expect(a.detail, String(id)).toMatch(why);
      expect(existsSync(join(out, 'evil', 'repo', 'artifacts', String(id)))).toBe(false);
    }
    expect(readdirSync(join(out, 'evil', 'repo', 'artifacts'))).toEqual(['40']);
    // Nothing beside --out, nothing outside the repositories' folders.
    expect(readdirSync(base)).toEqual(['out']);
    expect(readdirSync(out).sort()).toEqual(['evil']);
    // Refused artifacts are not downloaded again.
    const n = api.blobRequests.length;
    await run(event);
    expect(api.blobRequests.length).toBe(n);
  });

  it('--shard I/N takes every Nth repository; shards together cover each repository once and merge by copying folders', async () => {
    const repos = Array.from({ length: 7 }, (_, i) => `org/r${i}`);
    for (const [i, r] of repos.entries()) api.addRepo({ repository: r, artifacts: [{ id: 600 + i, createdAt: at(2), zip: goodZip(r) }] });
    const event = parseEvent(eventText([{ name: 'A', repositories: repos.slice(0, 3) }, { name: 'B', repositories: repos.slice(3) }]), 'e.yml');
    const shards = [1, 2, 3].map((index) => shardRepositories(event, { index, count: 3 }).map((x) => x.repository));
    expect(shards).toEqual([
      ['org/r0', 'org/r3', 'org/r6'],
      ['org/r1', 'org/r4'],
      ['org/r2', 'org/r5'],
    ]);
    const reports = [];
    for (const index of [1, 2, 3]) reports.push(await run(event, { shard: { index, count: 3 } }));
    expect(reports.flatMap((r) => r.repositories.map((x) => x.repository)).sort()).toEqual(repos);
    expect(readdirSync(join(out, 'org')).sort()).toEqual(repos.map((r) => r.split('/')[1]));
  });

  it('the progress line: rewritten in place on a terminal, with the rate-limit wait; silent elsewhere', () => {
    const written: string[] = [];
    const tty = { isTTY: true, columns: 200, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
    const line = new ProgressLine(tty);
    line.update({ repositories: 3, listed: 3, toDownload: 5, downloaded: 2, failed: 1, pausedUntil: Date.now() + 30_000 });
    line.done();
    expect(written[0]).toMatch(/^\r\x1b\[2Kcollect: 3\/3 repositories listed, 2\/5 artifacts downloaded, 1 failed, waiting (29|30) s for the rate limit$/);
    expect(written[1]).toBe('\r\x1b[2K');
    const pipe: string[] = [];
    const quiet = new ProgressLine({ isTTY: false, write: (s: string) => pipe.push(s) } as unknown as NodeJS.WriteStream);
    quiet.update({ repositories: 1, listed: 1, toDownload: 0, downloaded: 0, failed: 0, pausedUntil: null });
    quiet.done();
    expect(pipe).toEqual([]);
  });

  it('contentsProblem: one bundle, its result beside it, SARIF allowed', () => {
    expect(contentsProblem(['r.json', 'r.json.sigstore.json', 'x.sarif', 'x.sarif.json'])).toBeNull();
    expect(contentsProblem([])).toMatch(/holds nothing/);
  });

  it('the command line: the table, a token that is never printed, usage errors', async () => {
    api.addRepo({ repository: 'cli/one', artifacts: [{ id: 71, createdAt: at(2), zip: goodZip('c') }] });
    const eventFile = join(base, 'event.yml');
    writeFileSync(eventFile, eventText([{ name: 'Cli', repositories: ['cli/one', 'cli/missing'] }]));
    const r = await slam(['collect', '--event', eventFile, '--out', out, '--concurrency', '2'], { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: api.baseUrl });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^repository\s+participant\s+status\s+in window\s+new\s+had\s+refused\s+what happened$/m);
    expect(r.stdout).toMatch(/^cli\/one\s+Cli\s+collected\s+1\s+1\s+0\s+0\s+1 result from main/m);
    expect(r.stdout).toMatch(/^cli\/missing\s+Cli\s+not found\s+0/m);
    expect(r.stdout).toMatch(/shard 1\/1: 2 repositories \(collected 1, not found 1\)/);
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
    const noToken = await slam(['collect', '--event', eventFile, '--out', out], { GITHUB_TOKEN: '', GITHUB_API_URL: api.baseUrl });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toMatch(/collect needs a token in GITHUB_TOKEN/);
    const badShard = await slam(['collect', '--event', eventFile, '--out', out, '--shard', '3/2'], { GITHUB_TOKEN: TOKEN });
    expect(badShard.code).toBe(2);
    expect(badShard.stderr).toMatch(/--shard must be I\/N with 1 <= I <= N/);
    writeFileSync(eventFile, 'name: x\n');
    const badEvent = await slam(['collect', '--event', eventFile, '--out', out], { GITHUB_TOKEN: TOKEN });
    expect(badEvent.code).toBe(2);
    expect(badEvent.stderr).toMatch(/problems to fix:\n.*event\.yml:1:1: the event file needs "window"/);
  });
});

function slam(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('slam collect with defender: either', () => {
  it('records each participant\'s grc.store verdict, judged at its level by the hub sub-check, once per participant', async () => {
    const { FakeGrcHub, standardScenarios } = await import('../helpers/fake-grc-hub.ts');
    const { grcHubReader, readHubVerdict } = await import('../../src/organizer/hub.ts');
    const now = new Date('2026-10-20T12:00:00Z');
    const hub = await FakeGrcHub.start(standardScenarios(now));
    try {
      for (const r of ['acme/widget', 'acme/widget-helm', 'stale/one', 'gone/one']) api.addRepo({ repository: r, artifacts: [] });
      const text = `defender: either\n${eventText([
        { name: 'Widget', repositories: ['acme/widget', 'acme/widget-helm'] },
        { name: 'Stale', repositories: ['stale/one'] },
        { name: 'Gone', repositories: ['gone/one'] },
      ])}`
        .replace('    repositories: [acme/widget, acme/widget-helm]\n', '    repositories: [acme/widget, acme/widget-helm]\n    hub-target: acme/fresh\n')
        .replace('    repositories: [stale/one]\n', '    repositories: [stale/one]\n    hub-target: acme/stale\n')
        .replace('    repositories: [gone/one]\n', '    repositories: [gone/one]\n    hub-target: acme/missing\n');
      const event = parseEvent(text, 'e.yml');
      await run(event, { hub: grcHubReader('hub.grc.store', { baseUrl: hub.baseUrl, now, retryDelayMs: 0, timeoutMs: 2_000 }) });
      const [widget, stale, gone] = event.participants.map((p) => readHubVerdict(out, p));
      expect(widget).toMatchObject({ state: 'passed', detail: 'Passed at Level 1', target: 'acme/fresh', url: 'https://hub.grc.store/v1/targets/acme/fresh' });
      expect(stale).toMatchObject({ state: 'stale', detail: expect.stringMatching(/^the latest result is stale: 45 days old/) });
      expect(gone).toMatchObject({ state: 'unknown', detail: 'the hub has no target acme/missing (HTTP 404)' });
      // Recorded in the folder of the participant's first repository only.
      expect(existsSync(join(out, 'acme', 'widget-helm', 'hub.json'))).toBe(false);
    } finally {
      await hub.close();
    }
  });
});
