// The grc.store hub's Defender verdict for a participant (issue 13), when the event's `defender`
// is grc-store or either. Collect asks a HubVerdictSource once per participant (in the shard that
// holds its first repository) and records the answer in that repository's hub.json; score reads
// it back and awards Defender by the event's rule. The reader of the hub itself lives with the
// hub facts (fetchHubVerdict); the judgement is the Defender sub-check's own (judgeHubVerdict).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fetchHubVerdict, hubPageUrl, parseHubTarget, type HubOptions } from '../facts/grc-hub/index.ts';
import { judgeHubVerdict } from '../objectives/hub.ts';
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

/**
 * Reads the hub (`hub.grc.store`, or the mirror SLAM_GRC_HUB_URL names) and judges the latest
 * result at the participant's level as Defender's hub sub-check does: met is passed; stale as
 * the only thing missing is stale; anything else missing is failed; undecided is unknown.
 */
export function grcHubReader(hubHost = 'hub.grc.store', options: HubOptions = {}): HubVerdictSource {
  return async (hubTarget, participant) => {
    const target = parseHubTarget(hubTarget);
    if (!target) return { state: 'unknown', detail: `hub-target ${JSON.stringify(hubTarget.slice(0, 100))} is not <namespace>/<id>` };
    const url = hubPageUrl(hubHost, target) ?? undefined;
    const answer = await fetchHubVerdict(target, hubHost, options);
    if (answer.state === 'unknown') return { state: 'unknown', detail: answer.reason, ...(url ? { url } : {}) };
    const j = judgeHubVerdict(answer.verdict, participant.level);
    const state = j.verdict === 'met' ? 'passed' : j.verdict === 'unknown' ? 'unknown' : j.stale && j.missing.length === 1 ? 'stale' : 'failed';
    const detail = j.verdict === 'met' ? `${answer.verdict.result} at Level ${answer.verdict.evaluatedLevel}` : (j.reason ?? j.missing.join('; '));
    return { state, detail, ...(answer.verdict.runAt ? { runAt: answer.verdict.runAt } : {}), ...(url ? { url } : {}) };
  };
}

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
