// Tools for tests on hostile trees: a canary FIFO that tells whether anything opened it, the git
// processes working in a folder (Linux /proc), and strace when it is installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, constants, existsSync, openSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';

export function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

/**
 * A FIFO that records whether some process opened it for reading. A reader blocks in open() until
 * a writer comes; the canary polls with a non-blocking writer open, which succeeds only while a
 * reader has it open, records the fact and closes (the reader then reads end-of-file and goes on,
 * so a process that opens the canary is seen, not stalled).
 */
export class Canary {
  opened = false;
  readonly path: string;
  private readonly timer: NodeJS.Timeout;

  constructor(path: string) {
    this.path = path;
    mkfifo(path);
    this.timer = setInterval(() => this.poll(), 5);
  }

  poll(): void {
    try {
      const fd = openSync(this.path, constants.O_WRONLY | constants.O_NONBLOCK);
      this.opened = true;
      closeSync(fd);
    } catch {
      /* ENXIO: nobody reads it */
    }
  }

  stop(): boolean {
    clearInterval(this.timer);
    this.poll();
    return this.opened;
  }
}

/** Pids of git processes whose working directory is `dir` (Linux only; empty elsewhere). */
export function gitProcessesIn(dir: string): number[] {
  if (!existsSync('/proc/self/cwd')) return [];
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readlinkSync(`/proc/${name}/cwd`) !== dir) continue;
      const comm = readFileSync(`/proc/${name}/comm`, 'utf8').trim();
      if (comm.startsWith('git')) out.push(Number(name));
    } catch {
      /* gone, or not ours */
    }
  }
  return out;
}

export const HAS_PROC = existsSync('/proc/self/cwd');

/** True when `strace` can trace a child here (installed, and ptrace allowed). */
export const HAS_STRACE = (() => {
  try {
    return spawnSync('strace', ['-f', '-qq', '-e', 'trace=none', 'true'], { stdio: 'ignore', timeout: 5000 }).status === 0;
  } catch {
    return false;
  }
})();

/**
 * `strace -f` options that stop the traced processes only at the system calls asked for (a
 * seccomp filter), where this strace supports it: the same trace at a third less CPU.
 */
export const STRACE_FILTER: string[] = (() => {
  try {
    return spawnSync('strace', ['--seccomp-bpf', '-f', '-qq', '-e', 'trace=openat', 'true'], { stdio: 'ignore', timeout: 5000 }).status === 0 ? ['--seccomp-bpf'] : [];
  } catch {
    return [];
  }
})();

/**
 * gitProcessesIn once the processes a run killed have had `graceMs` to die: a SIGKILL takes effect
 * at once, but on a loaded machine the kernel may still be tearing the process down when the run
 * returns. A git still there after the grace was left running.
 */
export async function gitProcessesLeftIn(dir: string, graceMs = 2000): Promise<number[]> {
  const until = Date.now() + graceMs;
  while (gitProcessesIn(dir).length > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
  return gitProcessesIn(dir);
}
