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
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeArtifactsApi } from '../../__tests__/organizer/fake-artifacts.ts';
import { baseResult } from '../../__tests__/organizer/results.ts';
import { buildZip } from '../../__tests__/helpers/zip-builder.ts';
import { collect } from '../organizer/collect.ts';
import { parseEvent } from '../organizer/event.ts';
import { mapPool } from '../organizer/pool.ts';

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

/** Wall time in ms and peak RSS in MiB of one command, using GNU time for the RSS. */
export function measure(cmd: string, args: string[], cwd: string): { ms: number; rssMiB: number; stdout: string } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-800)}`);
  const kb = Number(r.stderr.trim().split('\n').pop());
  return { ms, rssMiB: kb / 1024, stdout: r.stdout };
}

export async function benchOrganizer(): Promise<void> {
  await benchCollect();
}
