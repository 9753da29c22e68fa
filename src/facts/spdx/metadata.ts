// Small, synchronous facts about SPDX ids: known or not, OSI-approved, FSF free, deprecated.
// Uses the metadata-only list of spdx-license-list (about 120 KB, no license texts);
// the texts are prepared at build time (index-file.ts) and read by identify.ts only when needed.
import spdxList from 'spdx-license-list';
import fsfData from './fsf-libre.json' with { type: 'json' };

export interface LicenseInfo {
  id: string;
  name: string;
  osiApproved: boolean;
  fsfLibre: boolean;
  deprecated: boolean;
}

/**
 * Ids the SPDX License List marks isDeprecatedLicenseId (spdx-license-list drops that flag).
 * Source: spdx/license-list-data json/licenses.json.
 */
export const DEPRECATED_IDS: ReadonlySet<string> = new Set([
  'AGPL-1.0', 'AGPL-3.0', 'BSD-2-Clause-FreeBSD', 'BSD-2-Clause-NetBSD', 'bzip2-1.0.5', 'eCos-2.0',
  'GFDL-1.1', 'GFDL-1.2', 'GFDL-1.3', 'GPL-1.0', 'GPL-1.0+', 'GPL-2.0', 'GPL-2.0+',
  'GPL-2.0-with-autoconf-exception', 'GPL-2.0-with-bison-exception', 'GPL-2.0-with-classpath-exception',
  'GPL-2.0-with-font-exception', 'GPL-2.0-with-GCC-exception', 'GPL-3.0', 'GPL-3.0+',
  'GPL-3.0-with-autoconf-exception', 'GPL-3.0-with-GCC-exception', 'LGPL-2.0', 'LGPL-2.0+', 'LGPL-2.1',
  'LGPL-2.1+', 'LGPL-3.0', 'LGPL-3.0+', 'Nunit', 'StandardML-NJ', 'wxWindows',
]);

export const FSF_LIBRE_IDS: ReadonlySet<string> = new Set(fsfData.ids);

const byLowerId = new Map<string, string>();
for (const id of Object.keys(spdxList)) byLowerId.set(id.toLowerCase(), id);

/** The canonical spelling of an SPDX license id (ids match case-insensitively), or null if unknown. */
export function canonicalId(id: string): string | null {
  return byLowerId.get(id.trim().toLowerCase()) ?? null;
}

export function isDeprecated(id: string): boolean {
  return DEPRECATED_IDS.has(id) || id.endsWith('+');
}

/** Facts about one SPDX license id, or null when the id is not on the SPDX License List. */
export function licenseInfo(id: string): LicenseInfo | null {
  const canon = canonicalId(id);
  if (!canon) return null;
  const entry = spdxList[canon];
  return {
    id: canon,
    name: entry.name,
    osiApproved: entry.osiApproved === true,
    fsfLibre: FSF_LIBRE_IDS.has(canon) || isFsfLibreByFamily(canon),
    deprecated: isDeprecated(canon),
  };
}

/**
 * The FSF judges a license, not SPDX's version-choice spelling of it: when the SPDX list flags the
 * bare id (AGPL-1.0) as FSF free, the -only / -or-later / + spellings of the same text are too.
 */
function isFsfLibreByFamily(id: string): boolean {
  const m = /^(.*?)(-only|-or-later|\+)$/.exec(id);
  return m !== null && FSF_LIBRE_IDS.has(m[1]);
}
