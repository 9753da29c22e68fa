// The organizers' part of `npm run bench` (alone: BENCH_ONLY=organizer npm run bench).
//
// collect: 2,000 artifacts (200 repositories × 10, realistic result sizes) from the loopback
// artifacts API, at the default concurrency and twice it, as artifacts per second; the floor is
// downloading the same 2,000 zips with bare fetch at the same concurrency (no listing, no checks,
// no extraction).
//
// verify + score: 1,000 genuine signed results (fake Sigstore on loopback) placed as collect
// places them, then `slam score` run as organizers run it, its wall time and peak RSS measured
// with GNU time; the peer is @sigstore/verify alone verifying the same 1,000 bundles in this
// process. Targets: verify + score under 30 s and under 500 MB.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { startFakeSigstore } from '../../__tests__/helpers/fake-sigstore.ts';
import { FakeArtifactsApi } from '../../__tests__/organizer/fake-artifacts.ts';
import { baseResult } from '../../__tests__/organizer/results.ts';
import { buildZip } from '../../__tests__/helpers/zip-builder.ts';
import { collect } from '../organizer/collect.ts';
import { parseEvent } from '../organizer/event.ts';
import { mapPool } from '../organizer/pool.ts';
import { writeRecord, type ArtifactRecord } from '../organizer/records.ts';
import { verifyCollected } from '../organizer/verify-event.ts';
import { measure } from './bench-measure.ts';
import { addRow, limitRow } from './bench-table.ts';

const root = join(import.meta.dirname, '..', '..');
const REPOS = Number(process.env.BENCH_COLLECT_REPOS ?? 200);
const PER_REPO = Number(process.env.BENCH_COLLECT_PER_REPO ?? 10);

function eventYaml(repos: string[]): string {
  return `name: Bench Slam
window: { start: 2027-02-20T00:00:00Z, end: 2027-03-20T23:59:59Z }
trust:
  signer-workflow: '^https://github\\.com/security-slam/security-slam-action/\\.github/workflows/slam\\.yml@refs/tags/v1$'
participants:
${repos.map((r, i) => `  - name: P${i}\n    repositories: [${r}]\n    level: 1\n`).join('')}`;
}

export async function benchCollect(): Promise<void> {
  const result = await baseResult(1);
  const api = await FakeArtifactsApi.start();
  const dir = mkdtempSync(join(tmpdir(), 'slam-bench-collect-'));
  try {
    const repos = Array.from({ length: REPOS }, (_, i) => `bench-org/repo-${i}`);
    let id = 1;
    let zipBytes = 0;
    for (const repository of repos) {
      const artifacts = Array.from({ length: PER_REPO }, (_, k) => {
        const r = { ...result, subject: { repository, commit: createHash('sha1').update(`${repository}${k}`).digest('hex'), ref: 'refs/heads/main' } };
        const json = JSON.stringify(r, null, 2);
        const zip = buildZip([
          { name: 'security-slam-result.json', data: json },
          { name: 'security-slam-result.json.sigstore.json', data: JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', pad: 'x'.repeat(4000) }) },
          { name: 'security-slam.sarif', data: JSON.stringify({ version: '2.1.0', runs: [] }) },
        ]);
        zipBytes += zip.length;
        return { id: id++, createdAt: new Date(Date.UTC(2027, 1, 21 + (k % 25))).toISOString(), zip };
      });
      api.addRepo({ repository, artifacts });
    }
    const total = REPOS * PER_REPO;
    const event = parseEvent(eventYaml(repos), 'bench.yml');
    console.log(`collect: ${total} artifacts in ${REPOS} repositories, zips ${(zipBytes / total / 1024).toFixed(1)} KiB on average, loopback API`);
    for (const concurrency of [8, 16]) {
      // Floor: the same zips with bare fetch (API redirect then blob), same concurrency.
      const ids = Array.from({ length: total }, (_, i) => ({ repo: repos[Math.floor(i / PER_REPO)], id: i + 1 }));
      let t = performance.now();
      await mapPool(ids, concurrency, async ({ repo, id }) => {
        const r = await fetch(`${api.baseUrl}/repos/${repo}/actions/artifacts/${id}/zip`, { redirect: 'manual', headers: { authorization: 'Bearer x' } });
        await r.arrayBuffer();
        const z = await fetch(r.headers.get('location') as string);
        await z.arrayBuffer();
      });
      const floorS = (performance.now() - t) / 1000;
      const out = join(dir, `out-${concurrency}`);
      t = performance.now();
      const report = await collect({ event, out, token: 'bench-token', apiUrl: api.baseUrl, concurrency });
      const collectS = (performance.now() - t) / 1000;
      const collected = report.repositories.reduce((n, r) => n + r.downloaded, 0);
      t = performance.now();
      const again = await collect({ event, out, token: 'bench-token', apiUrl: api.baseUrl, concurrency });
      const againS = (performance.now() - t) / 1000;
      console.log(
        `  concurrency ${String(concurrency).padStart(2)}: collect ${collected} in ${collectS.toFixed(1)} s = ${(collected / collectS).toFixed(0)} artifacts/s; bare fetch of the same zips ${floorS.toFixed(1)} s = ${(total / floorS).toFixed(0)}/s; ratio ${(collectS / floorS).toFixed(2)}x; second run ${againS.toFixed(1)} s, ${again.downloaded} downloaded`,
      );
      if (collected !== total || again.downloaded !== 0) throw new Error(`collect bench: expected ${total} then 0 downloads, got ${collected} then ${again.downloaded}`);
    }
  } finally {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Wall and CPU seconds of work done in this process. */
async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; s: number; cpuS: number }> {
  const c = process.cpuUsage();
  const t = performance.now();
  const value = await work();
  const used = process.cpuUsage(c);
  return { value, s: (performance.now() - t) / 1000, cpuS: (used.user + used.system) / 1e6 };
}

const RESULTS = Number(process.env.BENCH_VERIFY_RESULTS ?? 1000);
const PER_REPOSITORY = 4;

export async function benchVerifyScore(): Promise<void> {
  const cli = process.env.BENCH_CLI ?? join(root, 'dist', 'cli.js');
  if (!existsSync(cli) || !/score DIR/.test(spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' }).stdout)) throw new Error(`${cli} has no score command: run npm run build first (or set BENCH_CLI)`);
  const fake = await startFakeSigstore();
  const dir = mkdtempSync(join(tmpdir(), 'slam-bench-verify-'));
  try {
    const out = join(dir, 'collected');
    const repos = Array.from({ length: Math.ceil(RESULTS / PER_REPOSITORY) }, (_, i) => `bench-org/project-${i}`);
    const now = Date.now();
    const eventFile = join(dir, 'event.yml');
    const participants = Array.from({ length: Math.ceil(repos.length / 2) }, (_, i) => repos.slice(2 * i, 2 * i + 2));
    writeFileSync(
      eventFile,
      `name: Bench Slam
window: { start: ${new Date(now - 86_400_000).toISOString()}, end: ${new Date(now + 86_400_000).toISOString()} }
trust:
  signer-workflow: '^https://github\\.com/security-slam/security-slam-action/\\.github/workflows/slam\\.yml@refs/tags/v1$'
  trusted-root: ${fake.trustedRootPath}
  tool-versions: '>=0.1.0'
participants:
${participants.map((r, i) => `  - name: Project ${i}\n    repositories: [${r.join(', ')}]\n    level: 2\n`).join('')}`,
    );
    const base = await baseResult(2);
    const t0 = performance.now();
    const records = new Map<string, ArtifactRecord[]>();
    await mapPool(
      Array.from({ length: RESULTS }, (_, i) => i),
      4,
      async (i) => {
        const repository = repos[Math.floor(i / PER_REPOSITORY)];
        const commit = createHash('sha1').update(`${repository}/${i}`).digest('hex');
        const folder = join(out, ...repository.split('/'), 'artifacts', String(i + 1));
        const result = { ...base, subject: { repository, commit, ref: 'refs/heads/main' } };
        await fake.signResult(folder, { repository, sha: commit, ref: 'refs/heads/main', runId: 5000 + i, result });
        const list = records.get(repository) ?? [];
        list.push({ id: i + 1, name: 'security-slam-result', digest: null, zipSha256: '0'.repeat(64), sizeInBytes: 0, runId: 5000 + i, headBranch: 'main', headSha: commit, createdAt: new Date(now).toISOString(), expiresAt: null, downloadedAt: new Date(now).toISOString(), state: 'extracted', files: readdirSync(folder) });
        records.set(repository, list);
      },
    );
    for (const [repository, artifacts] of records) {
      writeRecord(out, { version: 1, repository, participant: '', checkedAt: new Date(now).toISOString(), status: 'collected', detail: '', defaultBranch: 'main', repositoryId: 1, fullName: repository, artifacts });
    }
    const resultKiB = readFileSync(join(out, 'bench-org', 'project-0', 'artifacts', '1', 'security-slam-result.json')).length / 1024;
    console.log(`verify + score: ${RESULTS} genuine signed results (${resultKiB.toFixed(0)} KiB each) in ${repos.length} repositories, ${participants.length} participants; signed in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    // The peer: @sigstore/verify alone on the same bundles (parse, chain, log, timestamp, signature).
    const bundles = [...records].flatMap(([repository, list]) => list.map((a) => join(out, ...repository.split('/'), 'artifacts', String(a.id), 'security-slam-result.json.sigstore.json')));
    // Measured first: our trust loader tunes @sigstore/core's DER encoder for the whole process.
    const peer = await timed(() => {
      const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(JSON.parse(readFileSync(fake.trustedRootPath, 'utf8')))));
      for (const b of bundles) verifier.verify(toSignedEntity(bundleFromJSON(JSON.parse(readFileSync(b, 'utf8')))));
    });
    // Our verification in this process (the one verifier plus the event's checks).
    const event = parseEvent(readFileSync(eventFile, 'utf8'), eventFile);
    const ours = await timed(() => verifyCollected(event, out));
    const v = ours.value;
    if (v.verified !== RESULTS) throw new Error(`verify bench: ${v.verified} of ${RESULTS} verified; first rejection: ${v.outcomes.find((o) => o.verdict === 'rejected')?.detail}`);
    // slam score as organizers run it: verify + score + every report file, wall time and peak RSS.
    const report = join(dir, 'report');
    const runs = [0, 1, 2].map(() => measure(process.execPath, [cli, 'score', out, '--event', eventFile, '--out', report], dir));
    runs.sort((a, b) => a.ms - b.ms);
    const m = runs[1];
    const peak = Math.max(...runs.map((r) => r.rssMiB));
    const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
    const line = (name: string, s: number, cpuS: number, rest: string) => console.log(`  ${name.padEnd(44)} ${s.toFixed(1).padStart(5)} s wall ${cpuS.toFixed(1).padStart(5)} s CPU  ${rest}`);
    line('@sigstore/verify alone (peer)', peer.s, peer.cpuS, `${(RESULTS / peer.s).toFixed(0)} bundles/s`);
    line('verify --event, in process', ours.s, ours.cpuS, `${(RESULTS / ours.s).toFixed(0)} results/s, ${(ours.s / peer.s).toFixed(2)}x the peer (CPU ${(ours.cpuS / peer.cpuS).toFixed(2)}x)`);
    line('slam score: verify + score + report files', m.ms / 1000, m.cpuMs / 1000, `median of 3, peak ${peak.toFixed(0)} MiB, ${(m.ms / 1000 / peer.s).toFixed(2)}x the peer (CPU ${(m.cpuMs / 1000 / peer.cpuS).toFixed(2)}x)`);
    const ok = m.ms < 30_000 && peak < 500;
    console.log(`  targets (verify + score < 30 s and < 500 MB): ${ok ? 'met' : 'NOT met'} (load average ${load} on ${availableParallelism()} CPUs)`);
    addRow({
      figure: `\`slam score\` of ${RESULTS} signed results (verify + score + reports): wall time`,
      value: `${(m.ms / 1000).toFixed(1)} s`,
      against: `@sigstore/verify alone ${peer.s.toFixed(1)} s`,
      ratio: m.ms / 1000 / peer.s,
      goal: '< 30 s',
      holds: m.ms < 30_000,
    });
    limitRow(`\`slam score\` of ${RESULTS} signed results: peak memory`, peak * 1.048576, 500, (mb) => `${mb.toFixed(0)} MB`);
  } finally {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchOrganizer(): Promise<void> {
  await benchCollect();
  await benchVerifyScore();
}
