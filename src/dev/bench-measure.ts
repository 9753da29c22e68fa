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
export function measure(cmd: string, args: string[], cwd: string, okStatuses: number[] = [0], env: NodeJS.ProcessEnv = process.env): Measured {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', cmd, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
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

/**
 * The floor of an evaluation, the least the job could cost on a tree: start Node (`node -e 0`),
 * list the index (`git ls-files`) and one multi-threaded fixed-string `git grep -F -I -l` for a few
 * secret prefixes. Its three commands are measured between the runs of what is compared with it,
 * so that both see the same load.
 */
export class Floor {
  private static readonly GREP = ['grep', '-F', '-I', '-l', ...['PRIVATE KEY', 'AKIA', 'ghp_', 'github_pat_', 'xoxb-', 'sk_live_'].flatMap((p) => ['-e', p])];
  static readonly LABEL = 'node -e 0 + git ls-files + git grep -F';
  private readonly runs: Record<'node' | 'list' | 'grep', Measured[]> = { node: [], list: [], grep: [] };

  /** Measures the three commands once each in `dir`. */
  measure(dir: string): void {
    this.runs.node.push(measure(process.execPath, ['-e', '0'], dir));
    this.runs.list.push(measure('git', ['ls-files', '-z'], dir));
    this.runs.grep.push(measure('git', Floor.GREP, dir, [0, 1]));
  }

  /** The sum of the three medians, in CPU milliseconds. */
  cpuMs(): number {
    return summarise(this.runs.node).cpuMs + summarise(this.runs.list).cpuMs + summarise(this.runs.grep).cpuMs;
  }

  /** Each command's median CPU, for the log. */
  describe(format: (ms: number) => string): string {
    return `node -e 0 ${format(summarise(this.runs.node).cpuMs)}, git ls-files ${format(summarise(this.runs.list).cpuMs)}, git grep ${format(summarise(this.runs.grep).cpuMs)}`;
  }
}

/** `slam evaluate` of the current folder, offline, its report thrown away. */
export function evaluateArgs(cli: string, ...extra: string[]): string[] {
  return [cli, 'evaluate', '.', '--offline', ...extra, '--format', 'json', '--output', '/dev/null'];
}

/** The environment of a run as a GitHub runner makes it: no compiled code kept from an earlier run (launch.ts). */
export const COLD_ENV: NodeJS.ProcessEnv = { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' };
