// What every report format shares: the objectives' titles and the leaderboard's order.
import type { ObjectiveId } from '../objectives/types.ts';
import type { ParticipantScore, ScoreReport } from './score.ts';

export const OBJECTIVE_TITLES: Record<ObjectiveId, string> = {
  cleaner: 'Cleaner',
  chronicler: 'Chronicler',
  inspector: 'Inspector',
  mechanizer: 'Mechanizer',
  defender: 'Defender',
  'cra-readiness': 'CRA Readiness',
};

/** Participants by objectives met (most first), then by name: the leaderboard's order. */
export function leaderboard(report: ScoreReport): ParticipantScore[] {
  return [...report.participants].sort((a, b) => b.completed.length - a.completed.length || a.name.localeCompare(b.name));
}
