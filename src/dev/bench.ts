// `npm run bench`: a benchmark, not a test. Every figure is compared with a floor or a peer measured
// in the same run, because only ratios measured together are comparable across machines, and the
// run ends with one table: figure, floor or peer, ratio, goal, and whether it holds (the README's
// performance section quotes it). Parts (BENCH_ONLY picks one, comma-separated):
//   peers        argo-cd at a pinned commit against repolinter and the floor (bench-peers.ts)
//   curve        synthetic trees of 1k, 10k and 100k files (bench-curve.ts)
//   action       the action end to end against the evaluation alone (bench-action.ts)
//   startup      `slam --help` against `node -e ''`
//   attestation  signing and `slam verify` throughput against the fake Sigstore
//   organizer    collect, verify --event and score at event scale
//   tests        `npm test` wall time (only when asked: BENCH_ONLY=tests or BENCH_TESTS=1)
// BENCH_RUNS sets the runs per measurement (median; default 5).
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { benchAction } from './bench-action.ts';
import { benchAttestation } from './bench-attestation.ts';
import { benchCurve } from './bench-curve.ts';
import { measure, summarise } from './bench-measure.ts';
import { benchOrganizer } from './bench-organizer.ts';
import { benchPeers } from './bench-peers.ts';
import { limitRow, printTable } from './bench-table.ts';

const root = join(import.meta.dirname, '..', '..');
// BENCH_CLI measures another build of the command line (e.g. one bundled from an older commit).
const cli = process.env.BENCH_CLI ?? join(root, 'dist', 'cli.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const WORKFLOWS = Number(process.env.BENCH_WORKFLOWS ?? 500);
const cache = join(root, 'node_modules', '.cache', 'bench');

const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;
const wanted = (part: string) => (only ? only.has(part) : part !== 'tests' || process.env.BENCH_TESTS === '1');
const started = new Date();

if (wanted('peers')) benchPeers(cli, cache, RUNS);
if (wanted('curve')) benchCurve(cli, Math.min(RUNS, 3), SIZES, WORKFLOWS);
if (wanted('action')) await benchAction(root, cli, RUNS);
if (wanted('startup')) {
  const bare = summarise(Array.from({ length: 10 }, () => measure(process.execPath, ['-e', ''], root)));
  const help = summarise(Array.from({ length: 10 }, () => measure(process.execPath, [cli, '--help'], root)));
  console.log(`start-up: slam --help ${help.ms.toFixed(0)} ms wall (${help.cpuMs.toFixed(0)} ms CPU), node -e '' ${bare.ms.toFixed(0)} ms wall: ${(help.ms / bare.ms).toFixed(2)}x`);
}
if (wanted('attestation')) await benchAttestation(cli);
if (wanted('organizer')) await benchOrganizer();
if (wanted('tests')) {
  const t0 = performance.now();
  const r = spawnSync('npx', ['vitest', 'run', '--reporter=dot'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm test failed (exit ${r.status})`);
  limitRow('`npm test`, wall time', (performance.now() - t0) / 1000, 120, (s) => `${s.toFixed(0)} s`);
}

printTable(
  `Node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)} at the end; ${started.toISOString().slice(0, 10)}; ${cli === join(root, 'dist', 'cli.js') ? 'dist/cli.js' : cli}`,
  join(cache, 'table.md'),
);
