// The grc.store hub's Defender verdict for a participant (issue 13), when the event's `defender`
// is grc-store or either. Collect asks a HubVerdictSource once per participant (in the shard that
// holds its first repository) and records the answer in that repository's hub.json; score reads
// it back and awards Defender by the event's rule. The reader of the hub itself lives with the
// hub facts (issue 13's fetchHubVerdict); this file only defines the hook and what is recorded.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Participant } from './event.ts';
import { HUB_FILE, repoDir } from './records.ts';

export interface HubVerdict {
  /** passed: the latest hub result passes at the participant's level and is fresh. */
  state: 'passed' | 'failed' | 'stale' | 'unknown';
  /** One sentence, shown in every output; text from the hub, escaped where shown. */
  detail: string;
  /** When the hub's evaluation ran (ISO). */
  runAt?: string;
  /** The hub page of the target (https on the hub's own host only). */
  url?: string;
  target: string;
  checkedAt: string;
}

export type HubVerdictSource = (target: string, participant: Participant) => Promise<Omit<HubVerdict, 'target' | 'checkedAt'>>;

/** Used until issue 13's hub reader is wired in: says so rather than guessing. */
export const noHubReader: HubVerdictSource = async () => ({ state: 'unknown', detail: 'this build of slam has no grc.store hub reader; the hub verdict was not read' });

export function readHubVerdict(out: string, participant: Participant): HubVerdict | null {
  const file = join(repoDir(out, participant.repositories[0]), HUB_FILE);
  if (!existsSync(file)) return null;
  try {
    const v = JSON.parse(readFileSync(file, 'utf8')) as HubVerdict;
    if (!['passed', 'failed', 'stale', 'unknown'].includes(v?.state) || typeof v.detail !== 'string') return null;
    return v;
  } catch {
    return null;
  }
}
