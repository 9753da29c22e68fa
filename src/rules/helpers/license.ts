// License evidence (OSPS-LE): Security Insights license links and SPDX expressions judged against
// the OSI and FSF lists, and the license shipped with the latest release.
import type { LicenseFile } from '../../facts/license.ts';
import type { VersionDeclaration } from '../../facts/license-version.ts';
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

/** A manifest's license value as written: one quoted string (`"LGPL-3.0"`, `'MIT'.freeze`), or a bare one from JSON or TOML. */
const QUOTED = /^(["'])([^"']{1,200})\1(?:\.freeze)?,?$/;

/**
 * What the license fields of the root's package manifests declare, when the root license text could not be identified
 * (facts/license.ts): the project's statement of its license, which the text cannot confirm. Approved only when every field
 * names an SPDX expression that is OSI-approved or FSF free; null when there is no field, or one is not a single expression.
 */
export function manifestDeclared(facts: Facts): { approved: boolean; evidence: Evidence[] } | null {
  const fields = facts.license.manifestLicenses ?? [];
  if (fields.length === 0) return null;
  const evidence: Evidence[] = [];
  let approved = true;
  for (const f of fields) {
    const raw = f.value.trim();
    const value = QUOTED.exec(raw)?.[2] ?? (/["'[\]]/.test(raw) ? null : raw);
    const v = value === null ? null : evaluateExpression(value);
    if (!v) return null;
    const by = [v.osiApproved ? 'OSI-approved' : '', v.fsfLibre ? 'FSF free' : ''].filter(Boolean).join(', ');
    evidence.push({ kind: 'file', path: f.path, line: f.line, detail: `the package manifest declares the license ${v.expression}; ${v.approved ? by : 'neither OSI-approved nor FSF free'}` });
    approved &&= v.approved;
  }
  return { approved, evidence };
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

/**
 * The license of a root license file as it is shown: its id, or both ids of an -only / -or-later
 * pair whose shared text the project does not choose between (facts/license-version.ts).
 */
export function licenseIdOf(f: LicenseFile): string {
  const c = f.versionChoice;
  if (c && c.spdxId === null) return c.candidates.join(' or ');
  return f.match?.spdxId ?? '';
}

/** How the -only / -or-later choice of a license file was made, for its evidence; '' when the text needs none. */
export function versionChoiceNote(f: LicenseFile): string {
  const c = f.versionChoice;
  if (!c) return ` (text identical to ${f.match?.alternatives.join(', ') ?? ''})`;
  const where = (d: VersionDeclaration) => `${d.path}:${d.line} "${d.text}"`;
  if (c.spdxId !== null) {
    const other = c.candidates.find((id) => id !== c.spdxId) ?? '';
    return ` (the text is the same for ${other}; the project declares ${c.spdxId} in ${where(c.declarations[0])})`;
  }
  if (c.declarations.length > 0) return ` (the two share one text, and the project's declarations disagree: ${c.declarations.map((d) => `${d.spdxId} in ${where(d)}`).join('; ')})`;
  return ' (the two share one text, and no package manifest license field or notice at the root says which)';
}

/** The declaration that chose between -only and -or-later, as evidence at its line. */
export function versionChoiceEvidence(f: LicenseFile): Evidence[] {
  const c = f.versionChoice;
  if (!c || c.spdxId === null) return [];
  const d = c.declarations[0];
  return [{ kind: 'file', path: d.path, line: d.line, detail: `declares the license as ${d.spdxId}, which the text of ${f.path} alone cannot tell from ${c.candidates.find((id) => id !== d.spdxId) ?? ''}: "${d.text}"` }];
}
