// argo-cd at a pinned commit, evaluated offline, against a peer and a floor measured in the same run:
//   - peer: repolinter 0.12.0 (`repolinter lint .`, its default rule set), a general-purpose
//     repository linter that checks far less;
//   - floor: what the job cannot avoid: start Node (`node -e 0`), list the index (`git ls-files`)
//     and one multi-threaded fixed-string `git grep -F -I -l` for a few secret prefixes.
// Goals (issue 11): CPU ≤ 0.3× repolinter's and ≤ 5× the floor; peak memory ≤ 120 MiB on Node 24.
//
// The tree: BENCH_ARGO names a checkout of that commit; otherwise it is cloned into
// node_modules/.cache/bench/argo-cd from BENCH_ARGO_REPO (default GitHub; a local mirror works).
// repolinter is installed once into node_modules/.cache/bench/repolinter (BENCH_REPOLINTER names
// its executable instead); when it cannot be had (no registry), its row says so.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { addRow, cpuSeconds, limitRow, mebibytes, ratioRow } from './bench-table.ts';
import { COLD_ENV, evaluateArgs, Floor, measure, summarise, type Measured } from './bench-measure.ts';

export const ARGO_COMMIT = '37ee0097cf851bc2dd7665fc081bbce61a7e836e';

function argoTree(cache: string): string {
  const given = process.env.BENCH_ARGO;
  const dir = given ?? join(cache, 'argo-cd');
  if (!given && !existsSync(join(dir, '.git'))) {
    const source = process.env.BENCH_ARGO_REPO ?? 'https://github.com/argoproj/argo-cd.git';
    console.log(`cloning argo-cd from ${source} into ${dir} (once)…`);
    mkdirSync(cache, { recursive: true });
    execFileSync('git', ['clone', '-q', '--no-checkout', source, dir], { stdio: 'inherit' });
    spawnSync('git', ['checkout', '-q', ARGO_COMMIT], { cwd: dir, stdio: 'inherit' });
  }
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
  if (head !== ARGO_COMMIT) throw new Error(`${dir} is at ${head}, not argo-cd ${ARGO_COMMIT}: check that commit out (or unset BENCH_ARGO)`);
  return dir;
}

function repolinter(cache: string): string | null {
  if (process.env.BENCH_REPOLINTER) return process.env.BENCH_REPOLINTER;
  const dir = join(cache, 'repolinter');
  const bin = join(dir, 'node_modules', '.bin', 'repolinter');
  if (!existsSync(bin)) {
    console.log(`installing repolinter@0.12.0 into ${dir} (once)…`);
    mkdirSync(dir, { recursive: true });
    const r = spawnSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', '--no-save', '--loglevel=error', 'repolinter@0.12.0'], { stdio: 'inherit' });
    if (r.status !== 0 || !existsSync(bin)) return null;
  }
  return bin;
}

export function benchPeers(cli: string, cache: string, runs: number): void {
  const dir = argoTree(cache);
  const linter = repolinter(cache);
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: dir, encoding: 'utf8' }).split('\0').filter(Boolean).length;
  const m: Record<'slam' | 'cold' | 'repolinter', Measured[]> = { slam: [], cold: [], repolinter: [] };
  const floorRuns = new Floor();
  // Interleaved, so that every command sees the same load from other processes.
  for (let i = 0; i < runs; i++) {
    // The command line keeps its compiled code between runs (launch.ts): the figure is a user's
    // next run; a cold one (a runner's, the first on a machine) is shown beside it.
    m.slam.push(measure(process.execPath, evaluateArgs(cli), dir));
    m.cold.push(measure(process.execPath, evaluateArgs(cli), dir, [0], COLD_ENV));
    if (linter) m.repolinter.push(measure(linter, ['lint', '.'], dir, [0, 1]));
    floorRuns.measure(dir);
  }
  const slam = summarise(m.slam);
  const floor = floorRuns.cpuMs();
  const cold = summarise(m.cold);
  console.log(`argo-cd ${ARGO_COMMIT.slice(0, 8)} (${files} files), median of ${runs}: slam ${cpuSeconds(slam.cpuMs)} (${(slam.ms / 1000).toFixed(2)} s wall; cold, without the compile cache: ${cpuSeconds(cold.cpuMs)}), floor ${cpuSeconds(floor)} (${floorRuns.describe(cpuSeconds)})`);
  if (linter) {
    const peer = summarise(m.repolinter);
    console.log(`  repolinter 0.12.0: ${cpuSeconds(peer.cpuMs)}, peak ${mebibytes(peer.rssMiB)}`);
    ratioRow('argo-cd, `slam evaluate --offline`: CPU against repolinter', slam.cpuMs, peer.cpuMs, cpuSeconds, 'repolinter 0.12.0', 0.3);
  } else {
    addRow({ figure: 'argo-cd, `slam evaluate --offline`: CPU against repolinter', value: cpuSeconds(slam.cpuMs), against: 'repolinter could not be installed', ratio: null, goal: '≤ 0.3×', holds: false });
  }
  ratioRow('argo-cd, `slam evaluate --offline`: CPU against the floor', slam.cpuMs, floor, cpuSeconds, Floor.LABEL, 5);
  const major = Number(process.versions.node.split('.')[0]);
  limitRow(`argo-cd, \`slam evaluate --offline\`: peak memory (Node ${major})`, slam.rssMiB, 120, mebibytes);
}
