// OSPS-QA-01.01: The source code is publicly readable.
// Read from GET /repos/{owner}/{repo}: visibility public passes with the repository's URL; private
// or internal fails; no answer is unknown, since a checkout cannot tell who may read it
// (publicRepo, helpers/repository.ts). A declared `repository.url` in Security Insights is added to
// an unknown.
import type { Facts } from '../facts/types.ts';
import { insightsEvidence, insightsField } from './helpers/insights.ts';
import { publicRepo } from './helpers/repository.ts';
import { type Outcome, pass } from './types.ts';

export const id = 'OSPS-QA-01.01';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  const { outcome, evidence } = publicRepo(facts, 'its source code');
  if (outcome) {
    const url = insightsField(facts, 'repository.url');
    if (outcome.status === 'unknown' && url && typeof url.value === 'string')
      outcome.evidence.unshift(insightsEvidence(facts, 'repository.url', `the project declares its repository at ${url.value}`));
    return outcome;
  }
  return pass(evidence);
}
