// OSPS-LE-02.02: Released assets are under an OSI-approved or FSF free license.
// Security Insights `repository.release.license.expression` decides when present; else the source
// license at the root, which the source archives of every release carry (approved: pass, not
// approved: fail, not identified: attested when every license field of the root's package manifests declares an approved
// expression, the license the published package states, else unknown). No license at all: the release gate decides
// (helpers/release.ts).
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { fileEvidence } from './helpers/evidence.ts';
import { declaredExpression, licenseIdOf, manifestDeclared, releaseLicenseAsset, SOURCE_ARCHIVES } from './helpers/license.ts';
import { releaseGate } from './helpers/release.ts';
import { attested, fail, type Outcome, pass, unknown } from './types.ts';
import { insightsFile } from './helpers/insights.ts';

export const id = 'OSPS-LE-02.02';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  const declared = declaredExpression(facts, 'repository.release.license.expression');
  const asset = releaseLicenseAsset(facts);
  if (declared?.approved === false)
    return fail([declared.evidence], 'License the released assets under an OSI-approved or FSF free license, and declare it in repository.release.license.expression.');
  if (declared?.approved === true) return pass([declared.evidence, ...(asset ? [asset] : [])]);
  const root = facts.license.files.filter((f) => f.atRoot);
  const refused = root.filter((f) => f.match?.spdxId && !f.match.approved);
  const approved = root.filter((f) => f.match?.spdxId && f.match.approved);
  const remediation = `License released assets under an OSI-approved or FSF free license: keep an approved LICENSE at the root (it ships in the source archives of every release) and, when binaries carry a different license, declare it in repository.release.license of ${insightsFile(facts)}.`;
  if (refused.length > 0)
    return fail(refused.map((f) => fileEvidence(f.path, `the source license, ${licenseIdOf(f)}, which releases carry unless another is declared, is neither OSI-approved nor FSF free`, 1)), remediation);
  if (approved.length > 0) {
    const evidence: Evidence[] = approved.map((f) =>
      fileEvidence(f.path, `released assets carry the source license ${licenseIdOf(f)} (approved): no different license is declared for them (repository.release.license is absent), and ${SOURCE_ARCHIVES}`, 1),
    );
    if (asset) evidence.push(asset);
    if (declared) evidence.push(declared.evidence);
    return pass(evidence);
  }
  // The license field of a package manifest is the license the published package declares (sidekiq.gemspec's `gem.license`).
  const manifest = root.length > 0 ? manifestDeclared(facts) : null;
  if (manifest?.approved)
    return attested(
      [...manifest.evidence, ...root.map((f) => fileEvidence(f.path, 'license text not identified', 1))],
      'The license text could not be identified; put the unmodified text of the license the package manifest declares in the root license file, which ships in every release.',
    );
  if (root.length > 0)
    return unknown('the source license text could not be identified, and no license is declared for released assets (repository.release.license)', remediation, root.map((f) => fileEvidence(f.path, 'license text not identified', 1)));
  return releaseGate(facts, 'no license for released assets: no LICENSE at the root and no repository.release.license in Security Insights', remediation);
}
