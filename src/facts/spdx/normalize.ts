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
    ['whilst', 'while'], ['programme', 'program'], ['programmes', 'programs'], ['copyleft', 'copyleft'],
  ];
  for (const [a, b] of pairs) m.set(a, b);
  return m;
})();

export interface NormalizedText {
  /** Words of the whole text, in order. */
  words: string[];
  /**
   * Words up to "END OF TERMS AND CONDITIONS" when the text has that marker, else null: it ends the
   * operative terms of GPL, LGPL, AGPL and Apache texts, and the how-to-apply appendix after it is
   * often left out of LICENSE files.
   */
  termsWords: string[] | null;
}

/** Lower-cased, copyright lines and placeholders removed, markdown and punctuation stripped, words joined by one space. */
export function normalizeText(raw: string): string {
  return tokenize(raw).join(' ');
}

/** The words of a license text after normalisation. */
export function tokenize(raw: string): string[] {
  let t = raw;
  if (/[^\x00-\x7f]/.test(t)) {
    t = t.normalize('NFKC');
    // Typographic quotes, dashes and spaces to ASCII.
    t = t.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"');
    t = t.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ');
  }
  if (t.includes('](')) t = t.replace(MARKDOWN_LINK, '$1');
  if (t.includes('<')) t = t.replace(MARKDOWN_AUTOLINK, '$1').replace(HTML_TAG, ' ');
  t = t.replace(COPYRIGHT_LINE, ' ');
  t = t.toLowerCase();
  if (t.includes('all rights reserved')) t = t.replace(/\ball rights reserved\b/g, ' ');
  t = t.replace(PLACEHOLDERS, ' ');
  return splitWords(t);
}

/**
 * Words are runs of letters and digits; everything else (markdown, punctuation, "&") separates
 * them. A character loop rather than a Unicode regex: this runs over 5 MB of reference texts.
 */
function splitWords(t: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : 32;
    const word =
      (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xfe30 && c <= 0xfe4f) && !(c >= 0xff00 && c <= 0xff0f) && c !== 0xfffd);
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const w = t.slice(start, i);
      words.push(VARIANTS.get(w) ?? w);
      start = -1;
    }
  }
  return words;
}

export function normalizedWords(raw: string): NormalizedText {
  const words = tokenize(raw);
  let termsWords: string[] | null = null;
  for (let i = 0; i + 4 < words.length; i++) {
    if (words[i] === 'end' && words[i + 1] === 'of' && words[i + 2] === 'terms' && words[i + 3] === 'and' && words[i + 4] === 'conditions') {
      termsWords = words.slice(0, i);
      break;
    }
  }
  return { words, termsWords };
}
