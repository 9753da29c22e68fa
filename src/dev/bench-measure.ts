// How `npm run bench` measures one command: wall time, CPU time of the whole process tree (user +
// system, children included, as GNU time reports them) and peak RSS. CPU time is the figure the
// goals use, because this machine is shared and wall time grows with other load.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measured {
  ms: number;
  cpuMs: number;
  rssMiB: number;
  stdout: string;
}

/** One command, synchronously. `okStatuses` lists exit statuses that are not a failure (a linter that found problems exits 1). */
export function measure(cmd: string, args: string[], cwd: string, okStatuses: number[] = [0]): Measured {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', cmd, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!okStatuses.includes(r.status ?? -1)) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-800)}`);
  const [user, sys, kb] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { ms, cpuMs: (user + sys) * 1000, rssMiB: kb / 1024, stdout: r.stdout };
}

/** One command without blocking this process (servers it talks to run here), with its environment. */
export async function measureAsync(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Measured & { code: number | null; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'slam-bench-time-'));
  try {
    const timeFile = join(dir, 'time');
    const t0 = process.hrtime.bigint();
    const child = spawn('/usr/bin/time', ['-o', timeFile, '-f', '%U %S %M', cmd, ...args], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const [user, sys, kb] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    return { ms, cpuMs: (user + sys) * 1000, rssMiB: kb / 1024, stdout, stderr, code };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The median CPU and wall time and the highest peak RSS of several runs. */
export function summarise(runs: Measured[]): { cpuMs: number; ms: number; rssMiB: number } {
  return { cpuMs: median(runs.map((r) => r.cpuMs)), ms: median(runs.map((r) => r.ms)), rssMiB: Math.max(...runs.map((r) => r.rssMiB)) };
}
