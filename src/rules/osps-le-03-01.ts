// OSPS-LE-03.01: The license is kept in a well-known place in the repository.
// A LICENSE or COPYING file (or LICENSE/ directory, or one named for its license first: MIT-LICENSE) at the root passes, unless Security Insights
// `repository.license.url` links into the repository at a file that is not there; a license only
// elsewhere in the tree fails, as does none.
import type { Facts } from '../facts/types.ts';
import { fileEvidence } from './helpers/evidence.ts';
import { declaration } from './helpers/insights.ts';
import { ADD_LICENSE, brokenLicenseLink } from './helpers/license.ts';
import { fail, type Outcome, pass } from './types.ts';

export const id = 'OSPS-LE-03.01';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  const root = facts.license.files.filter((f) => f.atRoot);
  const broken = brokenLicenseLink(facts, 'repository.license.url');
  if (root.length > 0) {
    const evidence = root.map((f) => fileEvidence(f.path, 'license file at the repository root', 1));
    if (broken) return fail([broken, ...evidence], 'Fix repository.license.url in the Security Insights file: point it at the license file in the repository (e.g. the URL of LICENSE on the default branch).');
    const d = declaration(facts, 'repository.license.url', 'license');
    if (d.state === 'in-repo') evidence.push(d.evidence);
    return pass(evidence);
  }
  const elsewhere = facts.license.files.filter((f) => !f.atRoot);
  if (elsewhere.length > 0)
    return fail(
      elsewhere.map((f) => fileEvidence(f.path, 'license file found, but not at the repository root', 1)),
      'Move or copy the license to LICENSE (or COPYING, or a LICENSE/ directory) at the repository root.',
    );
  return fail([{ kind: 'note', detail: 'no LICENSE, COPYING or LICENSE/ directory at the repository root' }], ADD_LICENSE);
}
