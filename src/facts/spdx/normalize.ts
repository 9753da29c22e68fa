// Turns license text into comparable words: the same normalisation is applied to the text under
// test and to every reference text, so anything it throws away is thrown away on both sides.

/** Lines that state a copyright (a year, "(c)", "©" or a template placeholder right after the word). */
const COPYRIGHT_LINE = /^[ \t>*#_-]*(?:copyright\b[ \t]*(?:\(c\)|©|&copy;|\d{4}|\[|<|\{|\$)|\(c\)[ \t]*\d|©).*$/gim;
/** Template placeholders in the SPDX texts and in hand-filled templates: <year>, [yyyy], {{ owner }}. */
const PLACEHOLDERS = /<[^<>\n]{1,80}>|\[[^[\]\n]{1,80}\](?!\()|\{\{[^{}\n]{0,80}\}\}/g;
const MARKDOWN_LINK = /\[([^[\]\n]{1,200})\]\([^()\n]{0,300}\)/g;
const MARKDOWN_AUTOLINK = /<((?:https?|mailto):[^<>\s]{1,300})>/g;
const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]{0,200})?\/?>/gi;

/**
 * British/American and other spelling variants seen in license files, folded word by word so that
 * "Licence" or "authorised" are not counted as differences.
 */
const VARIANTS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const suffix of ['e', 'es', 'ed', 'ee', 'ees', 'or', 'ors', 'ing']) {
    m.set(`licenc${suffix}`, `licens${suffix}`);
    m.set(`sublicenc${suffix}`, `sublicens${suffix}`);
  }
  for (const stem of ['authori', 'organi', 'recogni', 'summari', 'characteri', 'utili', 'minimi', 'emphasi', 'reali'])
    for (const suffix of ['se', 'ses', 'sed', 'sing', 'sation', 'sations'])
      m.set(stem + suffix, stem + 'z' + suffix.slice(1));
  const pairs: [string, string][] = [
    ['behaviour', 'behavior'], ['behaviours', 'behaviors'], ['favour', 'favor'], ['favourable', 'favorable'],
    ['centre', 'center'], ['acknowledgement', 'acknowledgment'], ['acknowledgements', 'acknowledgments'],
    ['judgement', 'judgment'], ['judgements', 'judgments'], ['labelled', 'labeled'], ['cancelled', 'canceled'],
    ['whilst', 'while'], ['programme', 'program'], ['programmes', 'programs'],
  ];
  for (const [a, b] of pairs) m.set(a, b);
  return m;
})();

/** Lower-cased, copyright lines and placeholders removed, markdown and punctuation stripped, words joined by one space. */
export function normalizeText(raw: string): string {
  return tokenize(raw).join(' ');
}

/** The words of a license text after normalisation (for diagnostics and tests; matching uses hashes). */
export function tokenize(raw: string): string[] {
  const t = cleanText(raw);
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= t.length; i++) {
    if (i < t.length && isWordChar(t.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const w = t.slice(start, i);
      words.push(VARIANTS.get(w) ?? w);
      start = -1;
    }
  }
  return words;
}

/**
 * Regex-level normalisation: typographic characters to ASCII, markdown links and HTML tags to their
 * text, copyright lines and template placeholders removed, lower case.
 */
export function cleanText(raw: string): string {
  let t = raw;
  if (/[^\x00-\x7f]/.test(t)) {
    t = t.normalize('NFKC');
    t = t.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"');
    t = t.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ');
  }
  if (t.includes('](')) t = t.replace(MARKDOWN_LINK, '$1');
  if (t.includes('<')) t = t.replace(MARKDOWN_AUTOLINK, '$1').replace(HTML_TAG, ' ');
  t = t.replace(COPYRIGHT_LINE, ' ');
  t = t.toLowerCase();
  if (t.includes('all rights reserved')) t = t.replace(/\ball rights reserved\b/g, ' ');
  return t.replace(PLACEHOLDERS, ' ');
}

/**
 * Words are runs of letters and digits; everything else (markdown, punctuation, "&") separates
 * them. Non-ASCII letters count as letters; general punctuation and symbols do not.
 */
function isWordChar(c: number): boolean {
  if (c < 0xc0) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xfe30 && c <= 0xfe4f) && !(c >= 0xff00 && c <= 0xff0f) && c !== 0xfffd;
}

// ---- Hashed shingles ------------------------------------------------------------------------
// The reference corpus is 5 MB / 780,000 words; making a string per word costs more than the
// whole time budget on a small machine. Words are therefore hashed while scanning (FNV-1a, 32 bit)
// and compared as numbers. A collision merges two words, which can only move a similarity by a
// hair: with ~10,000 distinct words and bigrams per text, one is unlikely anywhere.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashString(w: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), FNV_PRIME);
  return unigramKey(h);
}

/** Word keys are even, pair keys odd, and neither is 0 (the empty slot of KeySet). */
function unigramKey(h: number): number {
  return (h & ~1) >>> 0 || 2;
}

function pairKey(a: number, b: number): number {
  return ((Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(b, 0xc2b2ae35)) | 1) >>> 0;
}

const VARIANT_KEYS: ReadonlyMap<number, number> = new Map([...VARIANTS].map(([from, to]) => [hashString(from), hashString(to)]));
/** A 4096-bit filter over VARIANT_KEYS: almost every word skips the map lookup. */
const VARIANT_FILTER = new Uint8Array(512);
for (const k of VARIANT_KEYS.keys()) VARIANT_FILTER[(k >>> 3) & 511] |= 1 << (k & 7);

/** Reused between calls: the key buffer for a text is as long as the text, and is copied out by KeySet. */
let scratch = new Uint32Array(1 << 16);

interface HashedText {
  words: number;
  /** Word and word-pair keys, with repeats; a view of the scratch buffer, valid until the next call. */
  keys: Uint32Array;
  /** Keys and words before offset `mark` (or all of them when mark is beyond the text). */
  markKeys: number;
  markWords: number;
}

/**
 * Hashes the words of a cleaned text into word keys and word-pair keys. Pairs make the measure
 * sensitive to wording (BSD-2 vs BSD-3, MIT vs MIT-0); single words keep it tolerant of small edits.
 */
function hashWords(clean: string, mark: number): HashedText {
  const n = clean.length;
  if (scratch.length < n + 2) scratch = new Uint32Array(n + 2);
  const keys = scratch;
  let k = 0;
  let words = 0;
  let markKeys = -1;
  let markWords = 0;
  let h = FNV_OFFSET;
  let inWord = false;
  let prev = 0;
  for (let i = 0; i <= n; i++) {
    if (i === mark) {
      markKeys = k;
      markWords = words;
    }
    const c = i < n ? clean.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && isWordChar(c))) {
      h = Math.imul(h ^ c, FNV_PRIME);
      inWord = true;
    } else if (inWord) {
      let w = (h & ~1) >>> 0 || 2;
      if (VARIANT_FILTER[(w >>> 3) & 511] & (1 << (w & 7))) w = VARIANT_KEYS.get(w) ?? w;
      keys[k++] = w;
      if (words > 0) keys[k++] = pairKey(prev, w);
      prev = w;
      words++;
      h = FNV_OFFSET;
      inWord = false;
    }
  }
  if (markKeys < 0) {
    markKeys = k;
    markWords = words;
  }
  return { words, keys: keys.subarray(0, k), markKeys, markWords };
}

/** Where the operative terms end ("END OF TERMS AND CONDITIONS" in GPL, LGPL, AGPL, Apache), or -1. */
export function termsEnd(clean: string): number {
  const i = clean.indexOf('end of terms and conditions');
  if (i >= 0) return i;
  const m = /\bend\W+of\W+terms\W+and\W+conditions\b/.exec(clean);
  return m ? m.index : -1;
}

/** A set of keys: open addressing with linear probing in a power-of-two table; 0 marks an empty slot. */
export class KeySet {
  readonly size: number;
  readonly unique: Uint32Array;
  private readonly table: Uint32Array;
  private readonly mask: number;

  constructor(keys: Uint32Array) {
    let cap = 16;
    while (cap < keys.length * 2) cap *= 2;
    const table = new Uint32Array(cap);
    const mask = cap - 1;
    const unique = new Uint32Array(keys.length);
    let n = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
      for (;;) {
        const v = table[slot];
        if (v === 0) {
          table[slot] = key;
          unique[n++] = key;
          break;
        }
        if (v === key) break;
        slot = (slot + 1) & mask;
      }
    }
    this.table = table;
    this.mask = mask;
    this.size = n;
    this.unique = unique.slice(0, n);
  }

  has(key: number): boolean {
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
    for (;;) {
      const v = this.table[slot];
      if (v === key) return true;
      if (v === 0) return false;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** Sørensen–Dice coefficient 2|A∩B| / (|A|+|B|), probing the larger set with the smaller one. */
export function dice(a: KeySet, b: KeySet): number {
  return a.size <= b.size ? diceWith(b, a.unique, a.size) : diceWith(a, b.unique, b.size);
}

/**
 * The same coefficient between a set and the first n keys of a list of distinct keys (a reference
 * text from the prebuilt index): |A∩B| counted from B's side, which is the same number.
 */
export function diceWith(a: KeySet, keys: Uint32Array, n: number): number {
  if (a.size + n === 0) return 0;
  let common = 0;
  for (let i = 0; i < n; i++) if (a.has(keys[i])) common++;
  return (2 * common) / (a.size + n);
}

export interface Shingled {
  words: number;
  full: KeySet;
  /** The operative terms only, when the text has an "END OF TERMS AND CONDITIONS" marker. */
  terms: KeySet | null;
  termsWords: number;
}

/** Everything the matcher needs from one text. */
export function shingle(raw: string): Shingled {
  const clean = cleanText(raw);
  const end = termsEnd(clean);
  const hw = hashWords(clean, end);
  // The terms set must be built before anything reuses the scratch buffer.
  const hasTerms = end > 0 && hw.markWords > 0;
  const terms = hasTerms ? new KeySet(hw.keys.subarray(0, hw.markKeys)) : null;
  return { words: hw.words, full: new KeySet(hw.keys), terms, termsWords: hasTerms ? hw.markWords : 0 };
}
