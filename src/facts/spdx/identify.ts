// Which SPDX license is this license file? For OSPS-LE-02.01 ("the license MUST meet the OSI Open
// Source Definition or the FSF Free Software Definition").
//
// 1. An "SPDX-License-Identifier: <expression>" line wins: the author said what the license is.
// 2. Otherwise the text is compared with every license text of the SPDX License List (package
//    spdx-license-list). Both sides are normalised (normalize.ts) and compared as sets of words and
//    word pairs with the Sørensen–Dice coefficient. The reference side is prepared at build time
//    (index-file.ts: dist/spdx-index.json); only the winner's text is read, for the words it lacks.
// 3. A file that matches nothing as a whole is tried as several licenses one after the other,
//    cut at separator lines and license title lines (e.g. MIT text, then "Apache License").
// 4. A file that is only a license's standard notice ("Licensed under the Apache License, Version
//    2.0 ... You may obtain a copy of the License at ...") names that license as plainly as its text.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dice, diceWith, shingle, tokenize, type Shingled } from './normalize.ts';
import { lineAt } from '../text.ts';
import { evaluateExpression } from './expression.ts';
import { licenseInfo } from './metadata.ts';
import { INDEX_FILE, indexFromList, readIndexFiles, type IndexedLicense, type SpdxIndex, type SpdxList, type Tier } from './index-file.ts';

export { isApproved, evaluateExpression } from './expression.ts';
export { licenseInfo } from './metadata.ts';

export interface LicenseMatch {
  /** An SPDX id, or an SPDX expression (from an identifier line, or "A AND B" for concatenated texts). */
  spdxId: string | null;
  name?: string;
  /** 0..1: the similarity of the text for text matches; 1 for a known SPDX identifier. */
  confidence: number;
  method: 'spdx-identifier' | 'text-match' | 'standard-notice' | 'none';
  /** Other non-deprecated ids whose reference text is exactly as close (GPL-3.0-only vs GPL-3.0-or-later). */
  alternatives: string[];
  osiApproved: boolean;
  fsfLibre: boolean;
  /** osiApproved || fsfLibre: acceptable for OSPS-LE-02.01. */
  approved: boolean;
  /** Why nothing was identified, or what is doubtful about the identification. */
  reason?: string;
  /** For a file holding several licenses one after another: each part, in file order. */
  parts?: LicensePart[];
  /**
   * For a file only part of which is a license text (the rest not identified): that text's own similarity, and its share
   * of the file's words, and whether the file opens or ends with it. `confidence` is the similarity scaled by the share.
   */
  partial?: { at: 'start' | 'end' | 'between'; confidence: number; share: number };
  /** For a standard notice: the 1-based line where it starts. */
  line?: number;
}

export interface LicensePart {
  spdxId: string;
  confidence: number;
  approved: boolean;
}

/**
 * Minimum Sørensen–Dice similarity (words and word pairs) for a text match. Real license files
 * differ from the SPDX reference text by a filled-in copyright line, a project name in BSD clause 3,
 * a heading, a reflow, markdown, "Licence": that keeps them at 0.95-1.0 (tests measure it). Close
 * relatives differ by more: BSD-2-Clause vs BSD-3-Clause ~0.85, MIT vs MIT-0 and ISC vs 0BSD below
 * 0.85, GPL-3.0 vs AGPL-3.0 ~0.9 but each matches itself at 1.0, and the best match wins. 0.90 is
 * the point where an edited or unknown text stops being called a standard license; the best score is
 * reported as confidence so callers can ask for more.
 */
export const MATCH_THRESHOLD = 0.9;
/**
 * Minimum ratio of word counts (shorter / longer) for a text match. Sets ignore repetition, so a
 * text pasted twice, or a license followed by a long addendum of repeated words, would otherwise
 * still score high.
 */
export const MIN_LENGTH_RATIO = 0.8;
/** Only this much of a file is examined: license texts are shorter (AGPL-3.0 is ~34 KB). */
export const MAX_TEXT_CHARS = 64 * 1024;
/** Candidates whose size alone bounds their similarity below this are not compared at all. */
const PREFILTER_BOUND = 0.8;
/** Scores closer than this are ties (identical reference texts score exactly the same). */
const TIE_EPSILON = 1e-9;
const MAX_CUTS = 40;
const MAX_PARTS = 4;
const MAX_SPLIT_MATCHES = 120;
const MIN_WORDS = 8;
/** A whole-text match below this similarity is also tried as several concatenated licenses. */
const SPLIT_IF_BELOW = 0.985;
/** Concatenations are less certain than single texts: how the licenses combine is not stated. */
const SPLIT_CONFIDENCE_FACTOR = 0.95;
const MAX_EXTRA_WORDS = 12;

export interface IndexStats {
  /** Reading the prebuilt index (or, from the sources, the list from node_modules). */
  loadMs: number;
  /** Preparing the tiers asked for so far (from the sources: normalising and hashing their texts). */
  indexMs: number;
  /** Licenses in the tiers loaded so far: the common tier first, every license once a text needs it. */
  licenses: number;
}

let lastIndexStats: IndexStats | null = null;
let defaultIndex: SpdxIndex | null = null;

/** Milliseconds from a monotonic clock; not `performance`, whose first use loads perf_hooks into an evaluation that needs nothing else of it. */
function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Timing of the lazy loads, for the performance test and diagnostics. */
export function indexStats(): IndexStats | null {
  return lastIndexStats;
}

/**
 * The index beside the bundles (dist/spdx-index.json, written by npm run build). Running from the
 * sources without it, the same index is made from the installed spdx-license-list; a bundle
 * without it is a broken build, not a reason to normalise 5 MB of texts on every run.
 */
function openDefaultIndex(): SpdxIndex {
  const t0 = nowMs();
  const self = fileURLToPath(import.meta.url);
  const beside = join(dirname(self), '..');
  let index: SpdxIndex;
  if (existsSync(join(beside, INDEX_FILE))) index = readIndexFiles(beside);
  else if (self.endsWith('.ts')) index = indexFromList(JSON.parse(readFileSync(createRequire(import.meta.url).resolve('spdx-license-list/spdx-full.json'), 'utf8')) as SpdxList);
  else throw new Error(`${INDEX_FILE} is missing beside the bundle (npm run build writes it)`);
  lastIndexStats = { loadMs: nowMs() - t0, indexMs: 0, licenses: 0 };
  return index;
}

function loadTier(tier: Tier, source?: SpdxIndex): readonly IndexedLicense[] {
  const index = source ?? (defaultIndex ??= openDefaultIndex());
  const t0 = nowMs();
  const licenses = index.tier(tier);
  if (!source && lastIndexStats) lastIndexStats = { ...lastIndexStats, indexMs: lastIndexStats.indexMs + (nowMs() - t0), licenses: Math.max(lastIndexStats.licenses, licenses.length) };
  return licenses;
}

interface Scored {
  lic: IndexedLicense;
  score: number;
  lengthRatio: number;
}

function sizeBound(a: number, b: number): number {
  return (2 * Math.min(a, b)) / (a + b);
}

function ratio(a: number, b: number): number {
  return a === 0 || b === 0 ? 0 : Math.min(a, b) / Math.max(a, b);
}

/** All candidates worth comparing, best first. */
/**
 * The licenses scored against the text, best first. With `onlyTop`, only what decides the top and its ties is scored:
 * licenses are taken by their size bound (the best score their size allows), highest first, and the rest are passed over
 * once that bound falls below the best score found (argo-cd's Apache-2.0 LICENSE: one license of the 219 common ones
 * reaches 1.0, and the others' sizes bound them below it). Without it every candidate is scored (closestLicenses).
 */
function rank(p: Shingled, licenses: readonly IndexedLicense[], onlyTop: boolean): Scored[] {
  const mine = p.terms ?? p.full;
  const mineWords = p.terms ? p.termsWords : p.words;
  const candidates: { lic: IndexedLicense; whole: number; terms: number; bound: number }[] = [];
  for (const lic of licenses) {
    const whole = sizeBound(p.full.size, lic.size);
    const terms = lic.termsSize > 0 ? sizeBound(mine.size, lic.termsSize) : -1;
    if (whole >= PREFILTER_BOUND || terms >= PREFILTER_BOUND) candidates.push({ lic, whole, terms, bound: Math.max(whole >= PREFILTER_BOUND ? whole : -1, terms >= PREFILTER_BOUND ? terms : -1) });
  }
  if (onlyTop) candidates.sort((x, y) => y.bound - x.bound);
  const out: Scored[] = [];
  let top = -1;
  for (const { lic, whole, terms, bound } of candidates) {
    if (onlyTop && bound < top - TIE_EPSILON) break;
    let best = -1;
    let lengthRatio = 0;
    // Whole text against whole text.
    if (whole >= PREFILTER_BOUND) {
      best = diceWith(p.full, lic.keys(), lic.size);
      lengthRatio = ratio(p.words, lic.words);
    }
    // Operative terms only: the how-to-apply appendix of GPL/Apache texts is often left out.
    if (terms >= PREFILTER_BOUND) {
      const s = diceWith(mine, lic.keys(), lic.termsSize);
      if (s > best) {
        best = s;
        lengthRatio = ratio(mineWords, lic.termsWords);
      }
    }
    if (best >= 0) out.push({ lic, score: best, lengthRatio });
    if (best > top) top = best;
  }
  out.sort(
    (a, b) =>
      b.score - a.score ||
      Number(a.lic.deprecated) - Number(b.lic.deprecated) ||
      suffixRank(a.lic.id) - suffixRank(b.lic.id) ||
      (a.lic.id < b.lic.id ? -1 : a.lic.id > b.lic.id ? 1 : 0),
  );
  return out;
}

/**
 * Among identical texts prefer the plain id, then "-only" (a license file alone grants that version;
 * "or later" is said in per-file notices, not in the license text), then the rest.
 */
function suffixRank(id: string): number {
  if (id.endsWith('-only')) return 1;
  if (id.endsWith('-or-later')) return 2;
  if (/-with-|-exception/i.test(id)) return 3;
  return 0;
}

function accepted(s: Scored | undefined): boolean {
  return s !== undefined && s.score >= MATCH_THRESHOLD && s.lengthRatio >= MIN_LENGTH_RATIO;
}

function alternativesOf(ranked: Scored[]): string[] {
  const best = ranked[0];
  return ranked
    .slice(1)
    .filter((s) => Math.abs(s.score - best.score) <= TIE_EPSILON && !s.lic.deprecated)
    .map((s) => s.lic.id);
}

function none(reason: string): LicenseMatch {
  return { spdxId: null, confidence: 0, method: 'none', alternatives: [], osiApproved: false, fsfLibre: false, approved: false, reason };
}

/** Does the text look like binary data rather than text? */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) odd++;
  }
  return odd > sample.length * 0.02;
}

const SPDX_LINE = /SPDX-License-Identifier:[ \t]*([^\r\n]*)/i;

const COMMENT_CLOSERS = ['*/', '-->', '#}', '%>', '"', "'", ';', ','];

/** The expression without a comment closer (`*` `/`, `-->`, a quote...), trailing dots and blanks. */
function trimIdentifier(rest: string): string {
  let s = rest.trimEnd();
  const closer = COMMENT_CLOSERS.find((c) => s.endsWith(c));
  if (closer) s = s.slice(0, -closer.length);
  let end = s.length;
  while (end > 0 && (s[end - 1] === '.' || s[end - 1].trim() === '')) end--;
  return s.slice(0, end).trim();
}

function fromIdentifier(text: string): LicenseMatch | null {
  const m = SPDX_LINE.exec(text);
  if (!m) return null;
  // Drop comment closers and trailing punctuation around the expression.
  const raw = trimIdentifier(m[1]);
  const verdict = evaluateExpression(raw);
  if (!verdict) return null;
  const single = verdict.ids.length === 1 ? licenseInfo(verdict.ids[0]) : null;
  const unknown = verdict.unknownIds;
  return {
    spdxId: verdict.expression,
    ...(single ? { name: single.name } : {}),
    confidence: unknown.length === 0 ? 1 : 0.5,
    method: 'spdx-identifier',
    alternatives: [],
    osiApproved: verdict.osiApproved,
    fsfLibre: verdict.fsfLibre,
    approved: verdict.approved,
    ...(unknown.length > 0 ? { reason: `not on the SPDX License List: ${unknown.join(', ')}` } : {}),
  };
}

/**
 * Well-known riders that take a free license's freedoms away while leaving its text intact, so the
 * text still matches the free license. Not on the SPDX License List, hence detected by phrase.
 */
const NON_FREE_RIDERS: readonly { ref: string; name: string; test: RegExp }[] = [
  {
    ref: 'LicenseRef-Commons-Clause',
    name: 'Commons Clause License Condition',
    test: /commons\s+clause[\s\S]{0,2000}?does\s+not\s+grant\s+to\s+you,?\s+the\s+right\s+to\s+sell/i,
  },
];

/**
 * Candidate cut points (character offsets of line starts) for a file holding several licenses:
 * after separator lines (---, ===, ***), and before title-like lines: a short line after a blank
 * line that names a license, or a short line standing alone between blank lines ("Third party
 * notices").
 */
function cutPoints(text: string): number[] {
  const cuts: number[] = [];
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < lines.length && cuts.length < MAX_CUTS; i++) {
    const line = lines[i].trim();
    const start = offset;
    offset += lines[i].length + 1;
    if (line.length === 0 || start === 0) continue;
    const prevBlank = i === 0 || lines[i - 1].trim().length === 0;
    // Two or more blank lines end a text (jq's COPYING: the MIT text, then the notices of bundled code, each after three).
    if (i >= 2 && prevBlank && lines[i - 2].trim().length === 0) {
      cuts.push(start);
      continue;
    }
    const nextBlank = i + 1 >= lines.length || lines[i + 1].trim().length === 0;
    if (/^(?:[-=*_~#+]\s*){3,}$/.test(line)) {
      cuts.push(offset);
      continue;
    }
    if (!prevBlank || /[.,;:]$/.test(line) || /^(?:copyright|\(c\)|©)/i.test(line)) continue;
    const words = line.split(/\s+/).length;
    if ((words <= 12 && /licen[cs]e|copying/i.test(line)) || (words <= 8 && nextBlank)) cuts.push(start);
  }
  return [...new Set(cuts)].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b);
}

interface PartMatch {
  best: Scored;
  alternatives: string[];
  words: number;
}

function matchPart(text: string, index: readonly IndexedLicense[], onlyTop: boolean): PartMatch | null {
  const sh = shingle(text);
  if (sh.words < MIN_WORDS) return null;
  const ranked = rank(sh, index, onlyTop);
  if (!ranked[0] || !accepted(ranked[0])) return null;
  return { best: ranked[0], alternatives: alternativesOf(ranked), words: sh.words };
}

/** Splits the text into consecutive parts that each match a license; null when no split does. */
function splitMatch(text: string, index: readonly IndexedLicense[], onlyTop: boolean): PartMatch[] | null {
  const cuts = cutPoints(text);
  if (cuts.length === 0) return null;
  let budget = MAX_SPLIT_MATCHES;
  const bounds = [0, ...cuts, text.length];
  const memo = new Map<string, PartMatch | null>();
  const part = (a: number, b: number): PartMatch | null => {
    const key = `${a}:${b}`;
    if (memo.has(key)) return memo.get(key) ?? null;
    if (budget-- <= 0) return null;
    const slice = text.slice(bounds[a], bounds[b]);
    const r = /\S/.test(slice) ? matchPart(slice, index, onlyTop) : null;
    memo.set(key, r);
    return r;
  };
  const solve = (from: number, depth: number): PartMatch[] | null => {
    if (from === bounds.length - 1) return [];
    if (depth >= MAX_PARTS) return null;
    // Try the longest remaining piece first: fewer, bigger parts are the likelier reading.
    for (let to = bounds.length - 1; to > from; to--) {
      if (from === 0 && to === bounds.length - 1) continue; // the whole text already failed
      const p = part(from, to);
      if (!p) continue;
      const rest = solve(to, depth + 1);
      if (rest) return [p, ...rest];
    }
    return null;
  };
  const parts = solve(0, 0);
  return parts && parts.length > 1 ? parts : null;
}

/**
 * The largest single license found in some prefix of the text, else in some suffix, when no full
 * split works. A file that opens with a license text is that project's license, whatever notices
 * of bundled code follow (jq's COPYING: MIT, then the dtoa, ICU and BSD notices): a longer
 * third-party text at the end must not stand for it.
 */
function partialMatch(text: string, index: readonly IndexedLicense[], totalWords: number, onlyTop: boolean): (PartMatch & { at: 'start' | 'end' | 'between'; offset: number }) | null {
  let budget = MAX_SPLIT_MATCHES / 2;
  const cuts = cutPoints(text);
  for (const side of ['prefix', 'suffix'] as const) {
    let best: (PartMatch & { offset: number }) | null = null;
    for (const c of cuts) {
      if (budget-- <= 0) break;
      const p = matchPart(side === 'prefix' ? text.slice(0, c) : text.slice(c), index, onlyTop);
      if (p && (!best || p.words * p.best.score > best.words * best.best.score)) best = { ...p, offset: side === 'prefix' ? 0 : c };
    }
    if (best && best.words < totalWords) return { ...best, at: side === 'prefix' ? 'start' : 'end' };
  }
  return betweenMatch(text, cuts, index, onlyTop);
}

/**
 * A preamble saying that the license text after it is the project's: lodash's LICENSE, "The following license applies to all parts
 * of this software except as documented below:", then the MIT text between "====" lines, then a CC0 waiver for sample code and a
 * note on vendored code. A text between two cuts is read as the project's license only after such words: without them it is as
 * likely a bundled component's notice.
 */
const LICENSE_APPLIES = /\b(?:following|this) licen[cs]e (?:applies|governs)\b|\blicensed under the following\b|\bunder the terms of the following licen[cs]e\b/i;
const MAX_PREAMBLE_CHARS = 2000;

/** The offset of the first non-blank character at or after `offset`: a cut may fall on the blank line before a text. */
function firstNonBlank(text: string, offset: number): number {
  const at = text.slice(offset).search(/\S/);
  return at < 0 ? offset : offset + at;
}

/** The license text between two cuts of the file, right after a preamble that says it applies (LICENSE_APPLIES). */
function betweenMatch(text: string, cuts: number[], index: readonly IndexedLicense[], onlyTop: boolean): (PartMatch & { at: 'between'; offset: number }) | null {
  const from = cuts.findIndex((c) => c <= MAX_PREAMBLE_CHARS && LICENSE_APPLIES.test(text.slice(0, c)));
  if (from < 0) return null;
  for (let to = from + 1; to < cuts.length && to <= from + MAX_PARTS; to++) {
    const p = matchPart(text.slice(cuts[from], cuts[to]), index, onlyTop);
    if (p) return { ...p, at: 'between', offset: cuts[from] };
  }
  return null;
}

function weightedScore(parts: PartMatch[]): number {
  const totalWords = parts.reduce((sum, p) => sum + p.words, 0);
  return parts.reduce((sum, p) => sum + p.best.score * p.words, 0) / totalWords;
}

function fromParts(parts: PartMatch[]): LicenseMatch {
  const ids = [...new Set(parts.map((p) => p.best.lic.id))];
  const free = (p: PartMatch) => p.best.lic.osi || p.best.lic.fsf;
  return {
    spdxId: ids.join(' AND '),
    confidence: round(weightedScore(parts) * SPLIT_CONFIDENCE_FACTOR),
    method: 'text-match',
    alternatives: [],
    osiApproved: parts.every((p) => p.best.lic.osi),
    fsfLibre: parts.every(free) && parts.some((p) => p.best.lic.fsf),
    approved: parts.every(free),
    reason: `the file holds ${parts.length} license texts one after another (${parts.map((p) => p.best.lic.id).join(', ')}); read as all of them applying`,
    parts: parts.map((p) => ({ spdxId: p.best.lic.id, confidence: round(p.best.score), approved: free(p) })),
  };
}

/**
 * Words of the text that the matched license text does not have (after normalisation, so not the
 * copyright line): a project name in BSD clause 3 is harmless, "may not be used for commercial
 * purposes" is not. Reported in the reason so a reader can judge; at most MAX_EXTRA_WORDS.
 */
function extraWords(text: string, id: string, source: SpdxIndex | undefined): string[] {
  const reference = (source ?? defaultIndex)?.text(id) ?? null;
  if (reference === null) return [];
  const known = new Set(tokenize(reference));
  const extra: string[] = [];
  for (const w of tokenize(text)) {
    if (!known.has(w) && !extra.includes(w)) {
      extra.push(w);
      if (extra.length >= MAX_EXTRA_WORDS) break;
    }
  }
  return extra;
}

function fromScored(best: Scored, alternatives: string[], extra: string[] = []): LicenseMatch {
  return {
    ...(extra.length > 0 ? { reason: `words not in the ${best.lic.id} text: ${extra.join(', ')}` } : {}),
    spdxId: best.lic.id,
    name: best.lic.name,
    confidence: round(best.score),
    method: 'text-match',
    alternatives,
    osiApproved: best.lic.osi,
    fsfLibre: best.lic.fsf,
    approved: best.lic.osi || best.lic.fsf,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Identifies the SPDX license of a license file's text. Never throws; unidentified texts give
 * spdxId null and a reason. Only the first MAX_TEXT_CHARS characters are examined.
 */
/** `exhaustive` scores every candidate license (tests compare it with the default, which scores only what decides the top). */
export function identifyLicense(input: string, options: { index?: SpdxIndex; exhaustive?: boolean } = {}): Promise<LicenseMatch> {
  try {
    return Promise.resolve(identify(input, options.index, !options.exhaustive));
  } catch (e) {
    return Promise.resolve(none(`license identification failed: ${e instanceof Error ? e.message : String(e)}`));
  }
}

function identify(input: string, source: SpdxIndex | undefined, onlyTop: boolean): LicenseMatch {
  if (typeof input !== 'string') return none('not text');
  const truncated = input.length > MAX_TEXT_CHARS;
  const text = truncated ? input.slice(0, MAX_TEXT_CHARS) : input;
  if (text.trim().length === 0) return none('the file is empty');
  if (looksBinary(text)) return none('the file is not text (binary content)');

  const declared = fromIdentifier(text);
  if (declared) return declared;

  const sh = shingle(text);
  if (sh.words < MIN_WORDS) return none(`too little text to identify (${sh.words} words)`);
  // Common licenses first; a clear, whole-text match there needs no other index.
  const common = loadTier('common', source);
  const quick = rank(sh, common, onlyTop);
  if (accepted(quick[0]) && quick[0].score >= SPLIT_IF_BELOW) return fromScored(quick[0], alternativesOf(quick), extraWords(text, quick[0].lic.id, source));
  const index = loadTier('all', source);
  const ranked = rank(sh, index, onlyTop);
  const top = ranked[0];

  let result: LicenseMatch;
  if (top && accepted(top)) {
    result = fromScored(top, alternativesOf(ranked), extraWords(text, top.lic.id, source));
    // A long license can absorb a short one pasted before or after it (MIT then Apache-2.0 still
    // scores ~0.96 as Apache-2.0). When part of the text is unexplained, see whether it splits.
    if (top.score < SPLIT_IF_BELOW) {
      const parts = splitMatch(text, index, onlyTop);
      if (parts && weightedScore(parts) > top.score) result = fromParts(parts);
    }
  } else {
    const parts = splitMatch(text, index, onlyTop);
    if (parts) {
      result = fromParts(parts);
    } else {
      const partial = partialMatch(text, index, sh.words, onlyTop);
      if (partial) {
        const share = partial.words / sh.words;
        result = {
          ...fromScored(partial.best, partial.alternatives),
          confidence: round(partial.best.score * Math.min(1, share)),
          reason: `only part of the file (${Math.round(share * 100)}% of its words) is the ${partial.best.lic.id} text; the rest was not identified`,
          partial: { at: partial.at, confidence: round(partial.best.score), share: round(Math.min(1, share)) },
          ...(partial.at === 'start' ? {} : { line: lineAt(text, firstNonBlank(text, partial.offset)) }),
        };
      } else {
        const notice = fromNotice(text, sh);
        if (notice) return notice;
        if (!top) return none('no SPDX license text of similar length');
        const why = top.score >= MATCH_THRESHOLD ? `its length differs (ratio ${top.lengthRatio.toFixed(2)})` : `${Math.round(top.score * 100)}% similar`;
        return { ...none(`no SPDX license text matches; closest is ${top.lic.id}, ${why}`), confidence: round(top.score) };
      }
    }
  }

  for (const rider of NON_FREE_RIDERS) {
    if (rider.test.test(text)) {
      result = {
        ...result,
        spdxId: `${result.spdxId} AND ${rider.ref}`,
        approved: false,
        osiApproved: false,
        fsfLibre: false,
        reason: `the ${result.spdxId} text is combined with the ${rider.name}, which withholds the right to sell; neither OSI nor FSF accept that`,
      };
    }
  }
  if (truncated) result = { ...result, reason: [result.reason, `only the first ${MAX_TEXT_CHARS} characters were examined`].filter(Boolean).join('; ') };
  return result;
}

/**
 * The standard notices (SPDX "standard license header") of licenses whose projects often keep only
 * the notice in LICENSE: it names the license and where its text is, which is what LE-02.01 asks.
 */
const NOTICES: readonly { id: string; start: string; text: string }[] = [
  {
    id: 'Apache-2.0',
    start: 'licensed under',
    text: 'Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance with the License. You may obtain a copy of the License at http://www.apache.org/licenses/LICENSE-2.0 Unless required by applicable law or agreed to in writing, software distributed under the License is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the License for the specific language governing permissions and limitations under the License.',
  },
  {
    id: 'MPL-2.0',
    start: 'source code form',
    text: 'This Source Code Form is subject to the terms of the Mozilla Public License, v. 2.0. If a copy of the MPL was not distributed with this file, You can obtain one at http://mozilla.org/MPL/2.0/.',
  },
];
let noticeShingles: Shingled[] | null = null;

/** A file that is one standard notice (a copyright line aside), as a match of its license. */
function fromNotice(text: string, sh: Shingled): LicenseMatch | null {
  noticeShingles ??= NOTICES.map((n) => shingle(n.text));
  for (let i = 0; i < NOTICES.length; i++) {
    const ref = noticeShingles[i];
    const score = dice(sh.full, ref.full);
    if (score < MATCH_THRESHOLD || ratio(sh.words, ref.words) < MIN_LENGTH_RATIO) continue;
    const info = licenseInfo(NOTICES[i].id);
    if (!info) continue;
    const lower = text.toLowerCase();
    const at = lower.indexOf(NOTICES[i].start);
    return {
      spdxId: info.id,
      name: info.name,
      confidence: round(score),
      method: 'standard-notice',
      alternatives: [],
      osiApproved: info.osiApproved,
      fsfLibre: info.fsfLibre,
      approved: info.osiApproved || info.fsfLibre,
      reason: `the file holds the standard ${info.id} notice, not the license text`,
      ...(at >= 0 ? { line: lineAt(text, at) } : {}),
    };
  }
  return null;
}

/** For tests and diagnostics: the closest reference texts and their scores. */
export function closestLicenses(text: string, count = 5, options: { index?: SpdxIndex } = {}): Promise<{ id: string; score: number; lengthRatio: number }[]> {
  const index = loadTier('all', options.index);
  const ranked = rank(shingle(text.slice(0, MAX_TEXT_CHARS)), index, false);
  return Promise.resolve(ranked.slice(0, count).map((s) => ({ id: s.lic.id, score: round(s.score), lengthRatio: round(s.lengthRatio) })));
}
