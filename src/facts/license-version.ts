// Which of two SPDX ids that share one license text a license file is. GPL-2.0-only and
// GPL-2.0-or-later (and the LGPL, AGPL and GFDL versions) have the same text: the choice is made
// where the project declares its license, in a package manifest's license field (pandoc.cabal:5
// `license: GPL-2.0-or-later`) or in a notice ("either version 2 of the License, or (at your
// option) any later version", pandoc's COPYRIGHT:9), or in a preamble above the license's own text
// that keeps to this version (libgit2's COPYING:4). When nothing declares it, both stay possible.
import { readOutline } from './outlines.ts';
import type { RepoSnapshot } from './snapshot.ts';

export interface VersionDeclaration {
  spdxId: string;
  path: string;
  line: number;
  /** What the file says, shortened. */
  text: string;
}

export interface VersionChoice {
  /** The ids the text cannot tell apart: `<base>-only` and `<base>-or-later`. */
  candidates: [string, string];
  /** The one the project declares; null when nothing declares either, or declarations disagree. */
  spdxId: string | null;
  /** The declarations found, in the order read (manifests, then notices); at most MAX_DECLARATIONS. */
  declarations: VersionDeclaration[];
}

const MAX_DECLARATIONS = 4;
const MAX_TEXT = 120;
/** Characters of a notice read: a notice states the license near its top. */
const MAX_NOTICE_CHARS = 64 * 1024;
/** Characters before an "or later" sentence searched for the license it is about. */
const FAMILY_WINDOW = 300;

/** `<base>-only` and `<base>-or-later`, when the ids are exactly that pair; else null. */
export function versionPair(ids: readonly string[]): { base: string; only: string; orLater: string } | null {
  if (ids.length !== 2) return null;
  const only = ids.find((i) => i.endsWith('-only'));
  const orLater = ids.find((i) => i.endsWith('-or-later'));
  if (!only || !orLater) return null;
  const base = only.slice(0, -'-only'.length);
  return orLater === `${base}-or-later` ? { base, only, orLater } : null;
}

/** The manifests whose license field names an SPDX expression, by file name at the root. */
const MANIFEST: { test: (name: string) => boolean; values: (lines: string[]) => Array<{ line: number; value: string }> }[] = [
  { test: (n) => n === 'package.json' || n === 'composer.json', values: jsonLicense },
  { test: (n) => n === 'Cargo.toml', values: (l) => tomlLicense(l, 'package') },
  { test: (n) => n === 'pyproject.toml', values: (l) => tomlLicense(l, 'project') },
  { test: (n) => n.endsWith('.cabal') && n.length > 6, values: cabalLicense },
  { test: (n) => n.endsWith('.gemspec') && n.length > 8, values: gemspecLicense },
];

/**
 * The license fields of the package manifests at the root (Cargo.toml's `license = "MIT OR Apache-2.0"`), in file order:
 * where the project states how several license files combine.
 */
export function manifestLicenses(snap: RepoSnapshot): Array<{ path: string; line: number; value: string }> {
  const out: Array<{ path: string; line: number; value: string }> = [];
  for (const f of snap.files) {
    if (f.kind === 'submodule' || f.path.includes('/')) continue;
    const manifest = MANIFEST.find((m) => m.test(f.path));
    if (!manifest || out.length >= MAX_DECLARATIONS) continue;
    const r = snap.read(f.path);
    if (!r.ok) continue;
    const lines = r.text.split('\n');
    for (const v of manifest.values(lines)) out.push({ path: f.path, line: v.line, value: v.value.trim() });
  }
  return out;
}

const NOTICE = /^(?:copyright|notice)(?:\.(?:md|txt|markdown|rst))?$/i;
const README = /^readme(?:\.(?:md|markdown|txt))?$/i;

/**
 * The version choice for a license file whose text matches `ids` equally (an -only / -or-later
 * pair), from the root's manifests and notices; null when the ids are not such a pair.
 * `licensePaths` are the license files themselves: the GPL's own text holds the "or (at your
 * option) any later version" sentence in its how-to appendix, which declares nothing.
 */
export function chooseVersion(snap: RepoSnapshot, ids: readonly string[], licensePaths: ReadonlySet<string>): VersionChoice | null {
  const pair = versionPair(ids);
  if (!pair) return null;
  const declarations: VersionDeclaration[] = [];
  const root = snap.files.filter((f) => f.kind !== 'submodule' && !f.path.includes('/') && !licensePaths.has(f.path)).map((f) => f.path);
  for (const path of root) {
    const manifest = MANIFEST.find((m) => m.test(path));
    if (!manifest || declarations.length >= MAX_DECLARATIONS) continue;
    const r = snap.read(path);
    if (!r.ok) continue;
    const lines = r.text.split('\n');
    for (const v of manifest.values(lines)) {
      const id = choiceInExpression(v.value, pair);
      if (id) {
        declarations.push({ spdxId: id, path, line: v.line, text: short(lines[v.line - 1]) });
        break;
      }
    }
  }
  for (const path of [...root.filter((p) => NOTICE.test(p)), ...root.filter((p) => README.test(p))]) {
    if (declarations.length >= MAX_DECLARATIONS) break;
    const r = snap.read(path);
    if (!r.ok) continue;
    const lines = r.text.slice(0, MAX_NOTICE_CHARS).split('\n');
    const found = noticeChoice(README.test(path) ? licenseSection(snap, path, lines) : numbered(lines), pair);
    if (found) declarations.push({ ...found, path });
  }
  // A preamble above the license's own text that keeps to this version (libgit2's and git's COPYING: "the only valid version
  // of the GPL as far as this project is concerned is _this_ particular version of the license (ie v2, not v2.2 or v3.x").
  for (const path of [...licensePaths].filter((p) => !p.includes('/')).sort()) {
    if (declarations.length >= MAX_DECLARATIONS) break;
    const r = snap.read(path);
    if (!r.ok) continue;
    const title = LICENSE_TITLE.exec(r.text.slice(0, MAX_NOTICE_CHARS));
    const m = title ? ONLY_THIS_VERSION.exec(r.text.slice(0, title.index)) : null;
    if (m) declarations.push({ spdxId: pair.only, path, line: r.text.slice(0, m.index).split('\n').length, text: short(m[0]) });
  }
  const ids2 = new Set(declarations.map((d) => d.spdxId));
  return { candidates: [pair.only, pair.orLater], spdxId: ids2.size === 1 ? declarations[0].spdxId : null, declarations };
}

/** The title line of the GNU licenses' own text, below any preamble of the project's. */
const LICENSE_TITLE = /^[ \t]*GNU (?:(?:LESSER|LIBRARY|AFFERO) )?GENERAL PUBLIC LICENSE[ \t]*$|^[ \t]*GNU FREE DOCUMENTATION LICENSE[ \t]*$/m;

/** A preamble's statement that only this version of the license applies, not a later one. */
const ONLY_THIS_VERSION = /\bonly valid version of the (?:A|L)?GPL\b[^.]{0,200}?[\s_]this_? particular version\b/i;

/** The pair's id an SPDX expression names (`GPL-2.0-or-later`, `GPL-2.0+`, `GPL-2.0-only`), when it names one of them and not both. */
function choiceInExpression(value: string, pair: { base: string; only: string; orLater: string }): string | null {
  const base = pair.base.toLowerCase();
  const named = new Set<string>();
  for (const token of value.toLowerCase().split(/[\s()[\]"',]+/)) {
    if (token === `${base}-or-later` || token === `${base}+`) named.add(pair.orLater);
    else if (token === `${base}-only`) named.add(pair.only);
  }
  return named.size === 1 ? [...named][0] : null;
}

/** A notice's first declaration of the pair: an SPDX id on a line, or an "or (at your option) any later version" sentence about the license. */
function noticeChoice(lines: Array<{ line: number; text: string }>, pair: { base: string; only: string; orLater: string }): Omit<VersionDeclaration, 'path'> | null {
  for (const l of lines) {
    const id = choiceInExpression(l.text, pair);
    if (id) return { spdxId: id, line: l.line, text: short(l.text) };
  }
  // The sentence runs over lines: read the lines as one text, and map the match back to its line.
  const text = lines.map((l) => l.text).join('\n');
  const family = familyOf(pair.base);
  const version = pair.base.slice(pair.base.lastIndexOf('-') + 1);
  if (!family) return null;
  const re = new RegExp(OR_LATER.source, 'gi');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (!sameVersion(m[1], version)) continue;
    // The sentence goes on from the name of the license: "the GNU General Public License as
    // published by ...; either version 2", "the [GPL], version 2 or later"; a sentence between
    // them ("Requires Python version 3 or later") is about something else.
    const before = text.slice(Math.max(0, m.index - FAMILY_WINDOW), m.index);
    const named = lastFamily(before);
    if (named?.family !== family || /[.!?](?:\s|$)/.test(before.slice(named.end))) continue;
    const at = lines[text.slice(0, m.index).split('\n').length - 1];
    return { spdxId: pair.orLater, line: at.line, text: short(m[0]) };
  }
  return null;
}

/**
 * "version 2 of the License, or (at your option) any later version", "Version 1.3 or any later
 * version", "version 2 or later" / "or greater".
 */
const OR_LATER = /\bversion\s+(\d+(?:\.\d+)?)(?:\s+of\s+the\s+license)?,?\s+or\s+(?:\(at\s+your\s+option\)\s+)?(?:any\s+later\s+version|later|greater|newer)\b/;

/** `2` and `2.0` are the same version; `2.1` is not `2`. */
function sameVersion(said: string, version: string): boolean {
  const norm = (v: string) => (v.includes('.') ? v : `${v}.0`);
  return norm(said) === norm(version);
}

type Family = 'GPL' | 'LGPL' | 'AGPL' | 'GFDL';

function familyOf(base: string): Family | null {
  const m = /^(GPL|LGPL|AGPL|GFDL)-\d/.exec(base);
  return m ? (m[1] as Family) : null;
}

/** Names of the licenses, for the one an "or later" sentence follows. */
const FAMILY_NAME = /\b(?:GNU\s+)?(?:(affero)\s+|(lesser|library)\s+)?general\s+public\s+license\b|\b(?:GNU\s+)?(free\s+documentation)\s+license\b|\b(A|L)?GPL(?:v\d)?\b|\bG?FDL\b/gi;

/** The license the text names last, and where its name ends: an "or later" sentence right after it is about it. */
function lastFamily(text: string): { family: Family; end: number } | null {
  let last: { family: Family; end: number } | null = null;
  FAMILY_NAME.lastIndex = 0;
  for (let m = FAMILY_NAME.exec(text); m !== null; m = FAMILY_NAME.exec(text)) {
    const prefix = m[4]?.toUpperCase();
    const end = m.index + m[0].length;
    if (m[1] || prefix === 'A') last = { family: 'AGPL', end };
    else if (m[2] || prefix === 'L') last = { family: 'LGPL', end };
    else if (m[3] || /fdl/i.test(m[0])) last = { family: 'GFDL', end };
    else last = { family: 'GPL', end };
  }
  return last;
}

/**
 * The lines of a README's first license section, numbered from 1: from the README's outline (the
 * one the documents facts share, which knows code fences and setext headings), up to the next
 * heading of the same or a higher level.
 */
function licenseSection(snap: RepoSnapshot, path: string, lines: string[]): Array<{ line: number; text: string }> {
  const r = readOutline(snap, path);
  if (!r.ok) return [];
  const headings = r.outline.headings;
  const at = headings.findIndex((h) => /licen[cs]/i.test(h.text));
  if (at < 0) return [];
  const h = headings[at];
  const end = headings.slice(at + 1).find((n) => n.level <= h.level)?.line ?? lines.length + 1;
  return numbered(lines).slice(h.line, end - 1);
}

function numbered(lines: string[]): Array<{ line: number; text: string }> {
  return lines.map((text, i) => ({ line: i + 1, text }));
}

/** A declaration as quoted in evidence: blanks collapsed, shortened. */
function short(text: string): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 3)}...` : s;
}

/** The top-level `license` of a JSON manifest: a string, or the first of an array (composer.json). */
function jsonLicense(lines: string[]): Array<{ line: number; value: string }> {
  let doc: unknown;
  try {
    doc = JSON.parse(lines.join('\n'));
  } catch {
    return [];
  }
  const v = doc && typeof doc === 'object' ? (doc as Record<string, unknown>)['license'] : undefined;
  const value = typeof v === 'string' ? v : Array.isArray(v) ? v.filter((x) => typeof x === 'string').join(' OR ') : null;
  if (value === null) return [];
  const at = lines.findIndex((l) => /^\s*"license"\s*:/.test(l));
  return [{ line: at < 0 ? 1 : at + 1, value }];
}

/** `license = "..."` (or `license = { text = "..." }`) in a TOML table. */
function tomlLicense(lines: string[], table: string): Array<{ line: number; value: string }> {
  let current = '';
  for (let i = 0; i < lines.length; i++) {
    const header = /^\s*\[([^\]]*)\]/.exec(lines[i]);
    if (header) {
      current = header[1].trim();
      continue;
    }
    if (current !== table) continue;
    const m = /^\s*license\s*=\s*(?:\{\s*text\s*=\s*)?"([^"]*)"/.exec(lines[i]);
    if (m) return [{ line: i + 1, value: m[1] }];
  }
  return [];
}

/** A .cabal file's top-level `license:` field (cabal-version 2.2 and later take an SPDX expression). */
function cabalLicense(lines: string[]): Array<{ line: number; value: string }> {
  for (let i = 0; i < lines.length; i++) {
    const m = /^license\s*:(.*)$/i.exec(lines[i]);
    if (m) return [{ line: i + 1, value: m[1] }];
  }
  return [];
}

/** `spec.license = "..."` / `s.licenses = ["...", "..."]` in a gemspec. */
function gemspecLicense(lines: string[]): Array<{ line: number; value: string }> {
  const out: Array<{ line: number; value: string }> = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /\.licen[cs]es?\s*=(.*)$/.exec(lines[i]);
    if (m) out.push({ line: i + 1, value: m[1] });
  }
  return out;
}
