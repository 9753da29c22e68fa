// OSPS-QA-04.02: Subprojects enforce requirements as strict as the primary codebase.
// Cannot be checked from one repository: each listed repository needs its own evaluation, so a
// multi-repository project is unknown. A single-repository project (helpers/repository.ts), or one
// that has made no release, is not applicable.
import type { Facts } from '../facts/types.ts';
import { capEvidence } from './helpers/evidence.ts';
import { releaseState } from './helpers/release.ts';
import { projectRepositories } from './helpers/repository.ts';
import { notApplicable, type Outcome, unknown } from './types.ts';
import { insightsFile } from './helpers/insights.ts';

export const id = 'OSPS-QA-04.02';

export function evaluate(facts: Facts): Outcome {
  const r = projectRepositories(facts);
  if (r.kind === 'single') return notApplicable('single-repository project', [r.evidence]);
  const rs = releaseState(facts);
  if (rs.state === 'none') return notApplicable('the project has made no release', [rs.evidence]);
  if (r.kind === 'multi')
    return unknown(
      `the project lists ${r.count} repositories; whether each enforces requirements as strict as this one can only be told by evaluating each of them`,
      'Run this action in every repository listed in project.repositories at the same level, and link each result from its security-insights.yml.',
      capEvidence(r.evidence),
    );
  return unknown(
    `whether the release comprises several repositories could not be told: ${r.why}`,
    `List every repository of the project in ${insightsFile(facts)} under project.repositories; a single-repository project lists just this one.`,
    r.evidence,
  );
}
