// TODO header
import type { Facts } from '../facts/types.ts';
import { capEvidence } from './helpers/evidence.ts';
import { projectRepositories } from './helpers/repository.ts';
import { notApplicable, type Outcome, pass, unknown } from './types.ts';

export const id = 'OSPS-QA-04.01';

export function evaluate(facts: Facts): Outcome {
  const r = projectRepositories(facts);
  if (r.kind === 'multi') return pass(capEvidence([{ kind: 'note', detail: `${r.count} codebases listed in project.repositories` }, ...r.evidence]));
  if (r.kind === 'single') return notApplicable('single-repository project', [r.evidence]);
  return unknown(
    `whether the project has more than one repository could not be told: ${r.why}`,
    'List every repository of the project in security-insights.yml under project.repositories (name, url, comment); a single-repository project lists just this one.',
    r.evidence,
  );
}
