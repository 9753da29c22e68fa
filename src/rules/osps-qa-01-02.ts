// OSPS-QA-01.02: The history of changes is public, with authors and dates.
// The git history GitHub serves publicly records each commit's author and date: a public repository
// passes, with the checked-out commit as further evidence; private fails and no answer is unknown
// (publicRepo, helpers/repository.ts).
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { publicRepo } from './helpers/repository.ts';
import { type Outcome, pass } from './types.ts';

export const id = 'OSPS-QA-01.02';

export function evaluate(facts: Facts): Outcome {
  const { outcome, evidence } = publicRepo(facts, 'its history of changes');
  if (outcome) return outcome;
  const git: Evidence[] = facts.git.commit
    ? [{ kind: 'git', detail: `git history with author and date per commit; checked-out commit ${facts.git.commit}${facts.git.shallow ? ' (shallow checkout; the full history is on GitHub)' : ''}` }]
    : [{ kind: 'note', detail: 'the public repository is a git repository: every commit records its author, committer and date' }];
  return pass([...evidence, ...git]);
}
