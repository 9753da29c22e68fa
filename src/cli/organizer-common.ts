// What the organizer commands (collect, verify --event, score) share on the command line.
import { statSync } from 'node:fs';
import { EventError, loadEvent, type SlamEvent } from '../organizer/event.ts';
import { UsageError } from './args.ts';

/** The event file, or a usage error listing every problem with its line. */
export function loadEventOrUsage(file: string): SlamEvent {
  try {
    return loadEvent(file);
  } catch (e) {
    if (!(e instanceof EventError)) throw e;
    const n = e.problems.length;
    throw new UsageError(`${file}: ${n === 1 ? 'a problem' : `${n} problems`} to fix:\n${e.message}`);
  }
}

/** DIR must be a folder slam collect wrote (or at least a folder). */
export function requireFolder(dir: string): void {
  let ok = false;
  try {
    ok = statSync(dir).isDirectory();
  } catch {
    ok = false;
  }
  if (!ok) throw new UsageError(`${dir} is not a folder (give the folder slam collect --out wrote)`);
}
