// Synthetic trees of growing size (BENCH_SIZES, default 1,000, 10,000 and 100,000 files, each with
// BENCH_WORKFLOWS workflows): the cost of `slam evaluate --offline --level 3` above the floor (the
// same floor as for argo-cd: start Node, list the index, one fixed-string git grep) beside the
// number of files the evaluation's own process opens (counted once per tree with strace, outside
// .git; git itself is not traced, its reads are the floor's). Goals
// (issue 11): the cost above the floor grows no faster than the files opened, and 100,000 files stay
// under 300 MB.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addRow, cpuSeconds, limitRow, mebibytes } from './bench-table.ts';
import { buildTree } from './bench-tree.ts';
import { evaluateArgs, Floor, measure, summarise, type Measured } from './bench-measure.ts';
import { NO_RELAUNCH_ENV } from '../launch.ts';

/** Distinct files of the tree (not folders, not under .git) that `slam evaluate`'s own process opens (git not traced), or null without strace. */
function filesOpened(cli: string, dir: string): number | null {
  const log = join(mkdtempSync(join(tmpdir(), 'slam-bench-strace-')), 'trace');
  try {
    // Only our own process is traced (-b execve leaves each git at its exec): traced, git grep ran
    // so slowly on 100,000 files that it passed its time limit and the secrets scan read every
    // file itself, as it does when git cannot answer, which is not what an untraced run does.
    // Without the relaunch, which is an execve too; the files opened do not depend on V8's settings.
    const env = { ...process.env, [NO_RELAUNCH_ENV]: '1' };
    const r = spawnSync('strace', ['-f', '-b', 'execve', '-qq', '-Y', '-e', 'trace=open,openat', '-o', log, process.execPath, ...evaluateArgs(cli, '--level', '3')], { cwd: dir, env, stdio: 'ignore' });
    if (r.error || r.status !== 0 || !existsSync(log)) return null;
    const opened = new Set<string>();
    for (const line of readFileSync(log, 'latin1').split('\n')) {
      const q = line.indexOf('"');
      // Failed opens and folders (listing the work tree) are not files read.
      if (q < 0 || line.includes('= -1 ') || line.includes('O_DIRECTORY')) continue;
      const end = line.indexOf('"', q + 1);
      let p = line.slice(q + 1, end);
      if (p.startsWith(dir + '/')) p = p.slice(dir.length + 1);
      else if (p.startsWith('/')) continue;
      if (p === '.git' || p.startsWith('.git/') || p === '.' || p === '') continue;
      opened.add(p);
    }
    return opened.size;
  } finally {
    rmSync(join(log, '..'), { recursive: true, force: true });
  }
}

interface Point {
  files: number;
  floorCpuMs: number;
  slamCpuMs: number;
  rssMiB: number;
  opened: number | null;
}

export function benchCurve(cli: string, runs: number, sizes: number[], workflows: number): void {
  const points: Point[] = [];
  for (const files of sizes) {
    // BENCH_DIR keeps the trees between runs (for profiling); by default they are temporary.
    const keep = process.env.BENCH_DIR;
    const dir = keep ? join(keep, String(files)) : mkdtempSync(join(tmpdir(), 'slam-bench-'));
    try {
      const t0 = Date.now();
      if (!existsSync(join(dir, '.git'))) {
        mkdirSync(dir, { recursive: true });
        buildTree(dir, files, workflows);
      }
      console.log(`synthetic repository: ${files} files + ${workflows} workflows (ready in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      const evaluations: Measured[] = [];
      const floor = new Floor();
      for (let i = 0; i < runs; i++) {
        evaluations.push(measure(process.execPath, evaluateArgs(cli, '--level', '3'), dir));
        floor.measure(dir);
      }
      const slam = summarise(evaluations);
      points.push({ files, floorCpuMs: floor.cpuMs(), slamCpuMs: slam.cpuMs, rssMiB: slam.rssMiB, opened: filesOpened(cli, dir) });
    } finally {
      if (!keep) rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log('\n| files | floor | slam evaluate | above the floor | files opened | peak memory |\n| --- | --- | --- | --- | --- | --- |');
  for (const p of points) console.log(`| ${p.files} | ${cpuSeconds(p.floorCpuMs)} | ${cpuSeconds(p.slamCpuMs)} | ${cpuSeconds(p.slamCpuMs - p.floorCpuMs)} | ${p.opened ?? 'n/a (no strace)'} | ${mebibytes(p.rssMiB)} |`);
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length > 1 && first.opened && last.opened) {
    const costGrowth = (last.slamCpuMs - last.floorCpuMs) / Math.max(first.slamCpuMs - first.floorCpuMs, 1);
    const readGrowth = last.opened / first.opened;
    addRow({
      figure: `synthetic ${first.files} → ${last.files} files: growth of the cost above the floor`,
      value: `${costGrowth.toFixed(1)}×`,
      against: `growth of the files opened ${readGrowth.toFixed(1)}× (${first.opened} → ${last.opened})`,
      ratio: costGrowth / readGrowth,
      goal: '≤ 1×',
      holds: costGrowth <= readGrowth,
    });
  }
  // The goal is in megabytes (10^6 bytes).
  if (last.files >= 100_000) limitRow(`synthetic ${last.files} files: peak memory`, last.rssMiB * 1.048576, 300, (mb) => `${mb.toFixed(0)} MB`);
}
