// Generated executables and unreviewable binaries in the tree (OSPS-QA-05.01 / 05.02): one verdict
// over the files facts/artifacts.ts inspected by content.
import type { ArtifactFinding } from '../../facts/artifacts.ts';
import type { Facts } from '../../facts/types.ts';
import { fail, type Outcome, pass } from '../types.ts';
import { capEvidence, fileEvidence } from './evidence.ts';

export function verdict(found: ArtifactFinding[], facts: Facts, none: string, remediation: string): Outcome {
  if (found.length === 0)
    return pass([{ kind: 'note', detail: `${none}: ${facts.artifacts.inspected} of ${facts.files.length} files inspected by content (the rest are text by extension)` }]);
  return fail(capEvidence(found.map((f) => fileEvidence(f.path, f.what))), remediation);
}
