// OSPS-QA-04.01: The project's codebases are listed.
// The list of codebases is Security Insights `project.repositories` (helpers/repository.ts). More
// than one entry: the list is documented (pass). Exactly one entry that is this repository: a
// single-repository project, not applicable. Anything else (no file, no field, one entry
// elsewhere): unknown, since a checkout cannot tell whether other repositories belong to the
// project.
import type { Facts } from '../facts/types.ts';
import { capEvidence } from './helpers/evidence.ts';
import { projectRepositories } from './helpers/repository.ts';
import { notApplicable, type Outcome, pass, unknown } from './types.ts';
import { insightsFile } from './helpers/insights.ts';

export const id = 'OSPS-QA-04.01';

export function evaluate(facts: Facts): Outcome {
  const r = projectRepositories(facts);
  if (r.kind === 'multi') return pass(capEvidence([{ kind: 'note', detail: `${r.count} codebases listed in project.repositories` }, ...r.evidence]));
  if (r.kind === 'single') return notApplicable('single-repository project', [r.evidence]);
  return unknown(
    `whether the project has more than one repository could not be told: ${r.why}`,
    `List every repository of the project in ${insightsFile(facts)} under project.repositories (name, url, comment); a single-repository project lists just this one.`,
    r.evidence,
  );
}
