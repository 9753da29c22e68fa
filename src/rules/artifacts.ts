// OSPS-QA-05: no generated executables and no unreviewable binaries in version control.
import type { ArtifactFinding } from '../facts/artifacts.ts';
import type { Facts } from '../facts/types.ts';
import { capEvidence, fileEvidence } from './helpers.ts';
import { fail, pass, type Outcome, type Rule } from './types.ts';

function verdict(found: ArtifactFinding[], facts: Facts, none: string, remediation: string): Outcome {
  if (found.length === 0)
    return pass([{ kind: 'note', detail: `${none}: ${facts.artifacts.inspected} of ${facts.files.length} files inspected by content (the rest are text by extension)` }]);
  return fail(capEvidence(found.map((f) => fileEvidence(f.path, f.what))), remediation);
}

export const qa0501: Rule = {
  id: 'OSPS-QA-05.01',
  evaluate: (facts) =>
    verdict(facts.artifacts.executables, facts, 'no generated executables',
      'Remove compiled executables, libraries and bytecode from the repository; build them in CI and publish them as release assets.'),
};

export const qa0502: Rule = {
  id: 'OSPS-QA-05.02',
  evaluate: (facts) =>
    verdict(facts.artifacts.binaries, facts, 'no unreviewable binaries',
      'Remove archives and opaque binary files from the repository, or replace them with the sources and a script that produces them.'),
};

export const ARTIFACT_RULES: readonly Rule[] = [qa0501, qa0502];
