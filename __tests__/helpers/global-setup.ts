// Run once by vitest before any worker starts (vitest.config.ts, globalSetup). What it sets in
// process.env reaches every worker and every process the tests start.
import { mkdtempSync, readdirSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Fixture trees are built in memory when this much of a tmpfs is free (a container's 64 MiB /dev/shm is not enough). */
const MIN_FREE_BYTES = 2 * 1024 ** 3;

let runDir: string | undefined;

export function setup(): void {
  // Node's on-disk code cache (and, for src/*.ts, its type-stripped output): the suite starts
  // about 130 Node processes (the CLI and the action, from src/ and dist/) that compile the same
  // modules. Only start-up time changes.
  process.env.NODE_COMPILE_CACHE ??= join(tmpdir(), 'node-compile-cache');
  // The tests create and delete thousands of files and hundreds of git checkouts. On a disk
  // file system (here ext4 mounted with discard) that costs 4-6 times the CPU it costs on a
  // tmpfs, so the run's temporary folder goes to /dev/shm where there is one with room.
  // TMPDIR set by the caller wins.
  if (process.platform === 'linux' && !process.env.TMPDIR) {
    try {
      removeAbandoned();
      const fs = statfsSync('/dev/shm');
      if (fs.bavail * fs.bsize >= MIN_FREE_BYTES) {
        runDir = mkdtempSync(`/dev/shm/slam-tests-${process.pid}-`);
        process.env.TMPDIR = runDir;
      }
    } catch {
      // No /dev/shm: the default temporary folder.
    }
  }
}

/** The folders of runs that were killed before their teardown (their vitest process is gone): memory, not disk. */
function removeAbandoned(): void {
  for (const name of readdirSync('/dev/shm')) {
    const pid = /^slam-tests-(\d+)-/.exec(name)?.[1];
    if (!pid || alive(Number(pid))) continue;
    rmSync(join('/dev/shm', name), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function teardown(): void {
  // Whatever a test left behind goes with the run's folder.
  if (runDir) rmSync(runDir, { recursive: true, force: true });
}
