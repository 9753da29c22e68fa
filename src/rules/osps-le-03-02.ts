// OSPS-LE-03.02: The license is shipped with released assets.
// A license asset on the latest release, or a license file at the root of the tree (the source
// archives GitHub builds for each release tag carry it) passes; a Security Insights
// `repository.release.license.url` into the repository at a missing file fails, and one elsewhere
// is attested. Nothing found: the release gate decides (helpers/release.ts).
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { fileEvidence } from './helpers/evidence.ts';
import { declaration } from './helpers/insights.ts';
import { brokenLicenseLink, releaseLicenseAsset, SOURCE_ARCHIVES } from './helpers/license.ts';
import { forgeUnread, releaseGate, releaseState } from './helpers/release.ts';
import { attested, fail, type Outcome, pass } from './types.ts';

export const id = 'OSPS-LE-03.02';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  const broken = brokenLicenseLink(facts, 'repository.release.license.url');
  if (broken)
    return fail([broken], 'Fix repository.release.license.url in the Security Insights file: point it at the license shipped with the releases (a file that exists, or the release page).');
  const found: Evidence[] = [];
  const asset = releaseLicenseAsset(facts);
  if (asset) found.push(asset);
  const root = facts.license.files.filter((f) => f.atRoot);
  for (const f of root.slice(0, 3))
    found.push(fileEvidence(f.path, `license file at the root of the checked-out tree; ${SOURCE_ARCHIVES}, so releases cut from this tree include it`, 1));
  const d = declaration(facts, 'repository.release.license.url', 'license of released assets');
  if (d.state === 'in-repo') found.push(d.evidence);
  if (found.length > 0) return pass(found);
  if (d.state === 'declared') return attested([d.evidence], 'Keep a LICENSE file at the repository root so every release\'s source archive contains it.');
  const unread = forgeUnread(
    facts,
    'no license file at the root of the tree (so release source archives carry none)',
    'a license file uploaded with a release',
    'Add a LICENSE file at the repository root (it then ships in every release\'s source archive), and attach it to releases that publish binaries.',
  );
  if (unread && releaseState(facts).state === 'released') return unread;
  return releaseGate(
    facts,
    'no license file at the root of the tree (so release source archives carry none) and no license file among the latest release\'s assets',
    'Add a LICENSE file at the repository root (it then ships in every release\'s source archive), and attach it to releases that publish binaries.',
  );
}
