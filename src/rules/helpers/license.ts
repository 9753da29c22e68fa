// License evidence (OSPS-LE): Security Insights license links and SPDX expressions judged against
// the OSI and FSF lists, and the license shipped with the latest release.
import { evaluateExpression } from '../../facts/spdx/expression.ts';
import type { Facts } from '../../facts/types.ts';
import type { Evidence } from '../../model/evidence.ts';
import { declaration, insightsEvidence, insightsField } from './insights.ts';

/** A Security Insights license link into the repository whose target is missing: a contradiction. */
export function brokenLicenseLink(facts: Facts, field: string): Evidence | null {
  const d = declaration(facts, field, 'license');
  return d.state === 'broken-link' ? d.evidence : null;
}

/** What a Security Insights license expression field says, judged against the OSI and FSF lists. */
export function declaredExpression(facts: Facts, field: string): { approved: boolean | null; evidence: Evidence } | null {
  const f = insightsField(facts, field);
  if (!f || typeof f.value !== 'string' || f.value.trim() === '') return null;
  const v = evaluateExpression(f.value);
  if (!v) return { approved: null, evidence: insightsEvidence(facts, field, `${field} ${JSON.stringify(f.value.slice(0, 100))} is not an SPDX license expression`) };
  if (v.approved) {
    const by = [v.osiApproved ? 'OSI-approved' : '', v.fsfLibre ? 'FSF free' : ''].filter(Boolean).join(', ');
    return { approved: true, evidence: insightsEvidence(facts, field, `${field} declares ${v.expression}; ${by}`) };
  }
  const unk = v.unknownIds.length > 0 ? ` (not on the SPDX License List: ${v.unknownIds.join(', ')})` : '';
  return { approved: false, evidence: insightsEvidence(facts, field, `${field} declares ${v.expression}, neither OSI-approved nor FSF free${unk}`) };
}

export const ADD_LICENSE = 'Add a LICENSE (or COPYING) file at the repository root with the full text of an OSI-approved license such as Apache-2.0 or MIT.';

/** The newest published release's license asset, when the API was read. */
export function releaseLicenseAsset(facts: Facts): Evidence | null {
  const rel = facts.github.releases;
  if (rel.state !== 'ok') return null;
  const latest = rel.data.releases.find((r) => !r.draft);
  const asset = latest?.assets.find((a) => a.kinds.includes('license'));
  if (!latest || !asset) return null;
  return { kind: 'api', url: asset.browserDownloadUrl, detail: `release ${latest.tagName} ships a license file alongside its assets: ${asset.name}` };
}

export const SOURCE_ARCHIVES = 'the source archives GitHub builds for each release tag contain the repository tree at that tag';
