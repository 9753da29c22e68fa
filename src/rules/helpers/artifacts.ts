// Generated executables and unreviewable binaries in the tree (OSPS-QA-05.01 / 05.02): one verdict
// over the files facts/artifacts.ts inspected by content.
import type { ArtifactFinding } from '../../facts/artifacts.ts';
import type { Facts } from '../../facts/types.ts';
import type { Evidence } from '../../model/evidence.ts';
import { fail, type Outcome, pass } from '../types.ts';
import { capEvidence, fileEvidence } from './evidence.ts';

/**
 * Fails on each file found, passes when none; `apart` (binary test data), `vendored` (binary data
 * of vendored dependencies) and `reviewable` (binary data of a documented format, e.g. DER
 * certificates) are files shown but not counted, named so that a person can check the call.
 */
export function verdict(found: ArtifactFinding[], facts: Facts, none: string, remediation: string, apart: ArtifactFinding[] = [], vendored: ArtifactFinding[] = [], reviewable: ArtifactFinding[] = []): Outcome {
  const shown: Evidence[] = [];
  const sample = (list: ArtifactFinding[]) => `${list.slice(0, 3).map((f) => `${f.path} (${f.what})`).join(', ')}${list.length > 3 ? ', …' : ''}`;
  if (reviewable.length > 0) shown.push({ kind: 'note', detail: `${reviewable.length} binary file(s) of a documented data format, readable with a common tool (openssl for DER certificates and keys and for .NET strong-name keys, msgunfmt for gettext message catalogs, keytool for Java KeyStores), are not counted: ${sample(reviewable)}` });
  if (apart.length > 0) shown.push({ kind: 'note', detail: `${apart.length} binary file(s) in test-data folders or named as test data are inputs of the tests and not counted: ${sample(apart)}` });
  if (vendored.length > 0) shown.push({ kind: 'note', detail: `${vendored.length} binary file(s) in vendored dependency folders are the dependencies' own content and not counted: ${sample(vendored)}` });
  if (found.length === 0)
    return pass([{ kind: 'note', detail: `${none}: ${facts.artifacts.inspected} of ${facts.files.length} files inspected by content (the rest are text by extension)` }, ...shown]);
  return fail(capEvidence([...found.map((f) => fileEvidence(f.path, f.what)), ...shown]), remediation);
}
