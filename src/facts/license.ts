// License files: where they are (OSPS-LE-03.01) and which SPDX license their text is (OSPS-LE-02.01).
import { chooseVersion, manifestLicenses, type VersionChoice } from './license-version.ts';
import type { RepoSnapshot } from './snapshot.ts';
import { identifyLicense, licenseInfo, type LicenseMatch } from './spdx/identify.ts';
import { type Reservation, reservesAllRights } from './spdx/reserved.ts';

export interface LicenseFile {
  path: string;
  /** At the root, or inside a root LICENSE/ directory: where the Baseline asks for it. */
  atRoot: boolean;
  match: LicenseMatch | null;
  unreadable?: string;
  /** For a text that matched no license: the line where it reserves all rights while granting none. */
  reserved?: Reservation;
  /**
   * For a text the same for `<id>-only` and `<id>-or-later` (GPL, LGPL, AGPL, GFDL): which one the
   * project declares, and where. When one is declared, `match` names it.
   */
  versionChoice?: VersionChoice;
  /**
   * For a text that matched no license: the other license files at the root it names, with the line of the first
   * (rustls's LICENSE: "Rustls is distributed under the following three licenses: ... included as LICENSE-APACHE,
   * LICENSE-MIT and LICENSE-ISC"): it hands the license over to them rather than holding one.
   */
  refersTo?: { files: string[]; line: number; byLicense?: boolean };
}

export interface LicenseFacts {
  files: LicenseFile[];
  /**
   * The license fields of the package manifests at the root (sidekiq.gemspec:9 `gem.license = "LGPL-3.0"`), read only
   * when a root license file's text names no license it could be matched to (sidekiq's LICENSE.txt: "licensed under the
   * terms of the LGPLv3 license. Please see <http://www.gnu.org/licenses/lgpl-3.0.html>"): the project's own statement of
   * its license, the text of which is not in the repository. The values are as written (quotes kept).
   */
  manifestLicenses?: Array<{ path: string; line: number; value: string }>;
}

const LICENSE_NAME = /^(licen[cs]e|copying|unlicense)([._-][A-Za-z0-9._-]*)?$/i;
/** Source files named like licenses (license.ts, license.go) are code, not license texts. */
const CODE_EXT = /\.(ts|tsx|js|jsx|mjs|cjs|py|go|rs|java|kt|rb|php|cs|c|h|cc|cpp|swift|scala|sh|json|ya?ml|toml|xml|tmpl|tpl|css|scss|vue|svelte|dart|ex|exs|lua|pl|sql)$/i;

function isLicenseName(base: string): boolean {
  return LICENSE_NAME.test(base) && !CODE_EXT.test(base);
}
/**
 * A root license file named for its license first, as Ruby projects name it (rack's and rails' MIT-LICENSE, GitHub's
 * licensee reads it too): the family's name, an optional version, then LICENSE or COPYING. Not THIRD-PARTY-LICENSE.
 */
const NAMED_LICENSE = /^(?:mit|bsd|isc|apache|gpl|lgpl|agpl|mpl|epl|zlib|cc0)(?:[._-]?\d+(?:\.\d+)*)?[_-](?:licen[cs]e|copying)(?:\.(?:md|markdown|txt|rst))?$/i;
const MAX_LICENSE_FILES = 20;

export async function gatherLicense(snap: RepoSnapshot): Promise<LicenseFacts> {
  const found: { path: string; atRoot: boolean }[] = [];
  for (const f of snap.files) {
    if (f.kind === 'submodule') continue;
    const slash = f.path.lastIndexOf('/');
    if (slash < 0 && NAMED_LICENSE.test(f.path)) {
      found.push({ path: f.path, atRoot: true });
      continue;
    }
    const first = f.path.charCodeAt(0) | 0x20; // cheap pre-filter on 100,000 paths: l, c, u or a folder named licenses
    const base = f.path.slice(slash + 1);
    const b0 = base.charCodeAt(0) | 0x20;
    if (first !== 0x6c && b0 !== 0x6c && b0 !== 0x63 && b0 !== 0x75) continue;
    const parts = f.path.split('/');
    const inRootLicenseDir = parts.length === 2 && /^licen[cs]es?$/i.test(parts[0]);
    if (parts.length === 1 && isLicenseName(base)) found.push({ path: f.path, atRoot: true });
    else if (inRootLicenseDir && !CODE_EXT.test(base)) found.push({ path: f.path, atRoot: true });
    else if (parts.length <= 3 && isLicenseName(base) && !/(^|\/)(node_modules|vendor|third_party)\//.test(f.path))
      found.push({ path: f.path, atRoot: false });
  }
  // With a license file at the root, a root LICENSES/ folder is REUSE's: the texts of every license
  // used somewhere in the tree, which .reuse/dep5 or REUSE.toml assigns to parts of it (nlohmann/json's
  // GPL-3.0 text covers one third-party test folder). They are not the project's license.
  const rootFile = found.some((f) => !f.path.includes('/'));
  const project = rootFile ? found.filter((f) => !f.atRoot || !f.path.includes('/')) : found;
  const files: LicenseFile[] = [];
  /** Short texts that matched nothing and name no other file: read again below for the licenses they name. */
  const pointers = new Map<LicenseFile, string>();
  for (const { path, atRoot } of project.slice(0, MAX_LICENSE_FILES)) {
    if (!atRoot) {
      files.push({ path, atRoot, match: null });
      continue;
    }
    const r = snap.read(path);
    if (!r.ok) files.push({ path, atRoot, match: null, unreadable: r.reason });
    else {
      const match = await identifyLicense(r.text);
      const reserved = match.spdxId ? null : reservesAllRights(r.text);
      const refersTo = match.spdxId || reserved ? null : namedLicenseFiles(r.text, path, found);
      const file: LicenseFile = { path, atRoot, match, ...(reserved ? { reserved } : {}), ...(refersTo ? { refersTo } : {}) };
      files.push(file);
      if (!match.spdxId && !reserved && !refersTo && r.text.length <= MAX_POINTER_TEXT) pointers.set(file, r.text);
    }
  }
  for (const [file, text] of pointers) {
    const refersTo = namedLicenses(text, file.path, files);
    if (refersTo) file.refersTo = refersTo;
  }
  const paths = new Set(found.map((f) => f.path));
  for (const f of files) {
    const m = f.match;
    if (m?.method !== 'text-match' || m.spdxId === null || m.alternatives.length === 0) continue;
    const choice = chooseVersion(snap, [m.spdxId, ...m.alternatives], paths);
    if (!choice) continue;
    f.versionChoice = choice;
    if (choice.spdxId !== null && choice.spdxId !== m.spdxId) f.match = withId(m, choice.spdxId, choice.candidates);
  }
  if (!files.some((f) => f.atRoot && f.match !== null && f.match.spdxId === null && !f.reserved && !f.refersTo)) return { files };
  return { files, manifestLicenses: manifestLicenses(snap) };
}

/** The longest text read as a pointer to other license files, not a license of its own. */
const MAX_POINTER_TEXT = 4000;

/** The other root license files a short text names (by file name), with the line of the first; null when it names none. */
function namedLicenseFiles(text: string, self: string, found: readonly { path: string; atRoot: boolean }[]): { files: string[]; line: number } | null {
  if (text.length > MAX_POINTER_TEXT) return null;
  const others = found.filter((f) => f.atRoot && !f.path.includes('/') && f.path !== self).map((f) => f.path);
  const at = new Map<string, number>();
  for (const o of others) {
    const i = nameAt(text, o);
    if (i >= 0) at.set(o, i);
  }
  if (at.size === 0) return null;
  const first = Math.min(...at.values());
  return { files: [...at.keys()], line: text.slice(0, first).split('\n').length };
}

/**
 * The other root license files whose identified license a short text names by its family, a word of its own (BurntSushi's
 * COPYING: "This project is dual-licensed under the Unlicense and MIT licenses", beside UNLICENSE and LICENSE-MIT), with
 * the line of the first; null when it names none. Every such file must be named: a text naming one of two is no pointer.
 */
function namedLicenses(text: string, self: string, files: readonly LicenseFile[]): { files: string[]; line: number; byLicense: true } | null {
  const others = files.filter((f) => f.atRoot && !f.path.includes('/') && f.path !== self && f.match?.spdxId);
  if (others.length === 0) return null;
  const lower = text.toLowerCase();
  const at = new Map<string, number>();
  for (const o of others) {
    const family = (o.match?.spdxId ?? '').split('-')[0].toLowerCase();
    const i = family.length >= 3 ? wordAt(lower, family) : -1;
    if (i < 0) return null;
    at.set(o.path, i);
  }
  const first = Math.min(...at.values());
  return { files: [...at.keys()], line: text.slice(0, first).split('\n').length, byLicense: true };
}

/** Where `word` stands in `text` as a word of its own (MIT, not "MITRE" or "submit"), or -1. */
function wordAt(text: string, word: string): number {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!/\w/.test(text.charAt(i - 1)) && !/\w/.test(text.charAt(i + word.length))) return i;
  }
  return -1;
}

/** Where a file name stands in a text as a whole name (COPYING, not the start of COPYING.LESSER), or -1. */
function nameAt(text: string, name: string): number {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const next = text.charAt(i + name.length);
    const after = text.charAt(i + name.length + 1);
    if (/[\w-]/.test(next) || (next === '.' && /\w/.test(after))) continue;
    return i;
  }
  return -1;
}

/** The match under the id the project declares, the other of the pair its alternative. */
function withId(m: LicenseMatch, id: string, pair: readonly string[]): LicenseMatch {
  const info = licenseInfo(id);
  if (!info) return m;
  return { ...m, spdxId: id, name: info.name, alternatives: pair.filter((p) => p !== id), osiApproved: info.osiApproved, fsfLibre: info.fsfLibre, approved: info.osiApproved || info.fsfLibre };
}
