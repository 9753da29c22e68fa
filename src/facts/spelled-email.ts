// E-mail addresses spelled out against harvesters: `security at python dot org` (pip's SECURITY.md),
// `security [at] example [dot] org`, `name (at) example (dot) com`, `NAME AT EXAMPLE DOT ORG`.
// Read word by word (no regular expression runs over the line), so that prose does not turn into an
// address: the plain lowercase form needs `dot` before the last part and a well-known top-level
// domain ("look at this dot product" is no address), the bracketed and capital forms any domain.
// A domain written whole after the spelled `at` is read only when the `at` is bracketed
// (`security [at] example.com`), or both parts are quoted alike (referencing's SECURITY.md:
// "`Julian+Security` at `GrayVines.com`") or in one code span and the domain ends in a well-known
// top-level domain: "available at pypi.org" is prose, not an address.

export interface SpelledEmail {
  address: string;
  /** As written, for the evidence. */
  written: string;
  /** 1-based column of its first character. */
  column: number;
}

/** Top-level domains the plain lowercase form may end with. */
const PLAIN_TLDS = new Set(['com', 'org', 'net', 'io', 'dev', 'edu', 'gov', 'info', 'co', 'us', 'uk', 'de', 'fr', 'eu', 'ch', 'nl', 'se', 'no', 'fi', 'dk', 'at', 'be', 'it', 'es', 'pl', 'cz', 'jp', 'cn', 'kr', 'in', 'au', 'ca', 'br', 'ru', 'me', 'sh', 'ai', 'app', 'cloud', 'tech']);
const LOCAL = /^[A-Za-z0-9._%+-]{1,64}$/;
const LABEL = /^[A-Za-z0-9-]{1,63}$/;
const MAX_LABELS = 8;

type Word = { text: string; column: number };

/** 'at' / 'dot' when the word is one of their spellings, with whether it is the strong (bracketed or capital) form. */
function marker(word: string): { kind: 'at' | 'dot'; strong: boolean; bracketed: boolean } | null {
  const open = word[0];
  const close = word[word.length - 1];
  const bracketed = word.length >= 4 && ((open === '[' && close === ']') || (open === '(' && close === ')') || (open === '{' && close === '}') || (open === '<' && close === '>'));
  const inner = bracketed ? word.slice(1, -1).trim() : word;
  const lower = inner.toLowerCase();
  if (lower !== 'at' && lower !== 'dot') return null;
  if (!bracketed && inner !== lower && inner !== lower.toUpperCase()) return null;
  return { kind: lower, strong: bracketed || inner === 'AT' || inner === 'DOT', bracketed };
}

/** The line's words, with a bracketed marker written against its neighbours (`security[at]example[dot]org`) set apart. */
function wordsOf(line: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
    let j = i;
    while (j < line.length && line[j] !== ' ' && line[j] !== '\t') j++;
    if (j > i) splitMarkers(line.slice(i, j), i + 1, out);
    i = j;
  }
  return out;
}

const BRACKETED = ['[at]', '(at)', '{at}', '<at>', '[dot]', '(dot)', '{dot}', '<dot>'];

function splitMarkers(word: string, column: number, out: Word[]): void {
  const lower = word.toLowerCase();
  let start = 0;
  for (let k = 0; k < lower.length; k++) {
    const m = BRACKETED.find((b) => lower.startsWith(b, k));
    if (m === undefined) continue;
    if (k > start) out.push({ text: word.slice(start, k), column: column + start });
    out.push({ text: word.slice(k, k + m.length), column: column + k });
    start = k + m.length;
    k = start - 1;
  }
  if (start < word.length) out.push({ text: word.slice(start), column: column + start });
}

/** Quotes, backticks and punctuation around a word (`security`, "org".) are not part of it. */
function core(word: string, side: 'start' | 'end' | 'both'): { text: string; offset: number } {
  let a = 0;
  let b = word.length;
  const wrap = (c: string) => c === '`' || c === '"' || c === "'" || c === '*' || c === '_' || c === '(' || c === ')' || c === ',' || c === ';' || c === ':' || c === '.' || c === '!' || c === '?' || c === '<' || c === '>';
  if (side !== 'end') while (a < b && wrap(word[a])) a++;
  if (side !== 'start') while (b > a && wrap(word[b - 1])) b--;
  return { text: word.slice(a, b), offset: a };
}

/** Punctuation that may follow a quoted part (`GrayVines.com`.). */
const TRAILING = new Set([',', ';', ':', '.', '!', '?', ')']);

/** The length of a word without the punctuation that follows it. */
function trimmedLength(word: string): number {
  let b = word.length;
  while (b > 0 && TRAILING.has(word[b - 1])) b--;
  return b;
}

/**
 * The local part and the domain of `local at domain` written as code or quotes: each part quoted alike (`Julian+Security`
 * at `GrayVines.com`, "sec" at "example.org") or the whole address in one code span (`security at example.com`), with
 * where the quoted text starts and ends (1-based columns, end exclusive); null otherwise.
 */
function quotedParts(before: Word, after: Word): { local: string; domain: string; first: number; end: number } | null {
  const q = before.text[0];
  if (q !== '`' && q !== '"' && q !== "'") return null;
  const lb = trimmedLength(before.text);
  const db = trimmedLength(after.text);
  const localClosed = lb >= 3 && before.text[lb - 1] === q;
  const domainOpened = after.text[0] === q;
  if (db < (domainOpened ? 3 : 1) || after.text[db - 1] !== q) return null;
  if (localClosed !== domainOpened || (!localClosed && q !== '`')) return null;
  return {
    local: before.text.slice(1, localClosed ? lb - 1 : undefined),
    domain: after.text.slice(domainOpened ? 1 : 0, db - 1),
    first: before.column,
    end: after.column + db,
  };
}

/** A domain written whole (`GrayVines.com`): its labels, or null. */
function wholeDomain(text: string): string[] | null {
  const labels = text.split('.');
  if (labels.length < 2 || labels.length > MAX_LABELS || !labels.every((l) => LABEL.test(l))) return null;
  return /^[A-Za-z]{2,24}$/.test(labels[labels.length - 1]) ? labels : null;
}

/**
 * `local at domain.tld`, the domain written whole after a spelled `at` that is bracketed or between two parts quoted
 * alike (`Julian+Security` at `GrayVines.com`) or in one code span; not when a spelled `dot` follows (`sec [at] corp.example [dot] com`
 * mixes the two). Null otherwise.
 */
function wholeDomainAddress(line: string, words: readonly Word[], i: number, bracketed: boolean): SpelledEmail | null {
  const before = words[i - 1];
  const after = words[i + 1];
  if (i + 2 < words.length && marker(words[i + 2].text)?.kind === 'dot') return null;
  const parts = quotedParts(before, after);
  if (parts) {
    // Code names files and functions too ("`load` at `module.py`"): a well-known top-level domain, as the plain form needs.
    const labels = wholeDomain(parts.domain);
    if (!labels || !PLAIN_TLDS.has(labels[labels.length - 1].toLowerCase()) || !LOCAL.test(parts.local)) return null;
    return { address: `${parts.local}@${labels.join('.')}`.toLowerCase(), written: line.slice(parts.first - 1, parts.end - 1), column: parts.first };
  }
  if (!bracketed) return null;
  const local = core(before.text, 'both');
  const domain = core(after.text, 'both');
  const labels = wholeDomain(domain.text);
  if (!labels || !LOCAL.test(local.text)) return null;
  const first = before.column + local.offset;
  return { address: `${local.text}@${labels.join('.')}`.toLowerCase(), written: line.slice(first - 1, after.column - 1 + domain.offset + domain.text.length), column: first };
}

/** The spelled-out addresses of one line. */
export function spelledEmails(line: string): SpelledEmail[] {
  // Cheap refusal: every spelling has an "at" in some case.
  if (!/\bat\b/i.test(line)) return [];
  const words = wordsOf(line);
  const out: SpelledEmail[] = [];
  for (let i = 1; i + 1 < words.length; i++) {
    const at = marker(words[i].text);
    if (at?.kind !== 'at') continue;
    const local = core(words[i - 1].text, 'start');
    if (marker(local.text)) continue;
    const whole = wholeDomainAddress(line, words, i, at.bracketed);
    if (whole) {
      out.push(whole);
      i++;
      continue;
    }
    if (!LOCAL.test(local.text)) continue;
    const labels: string[] = [];
    let strong = at.strong;
    let k = i + 1;
    let last = words[k];
    let lastCore = core(last.text, 'end');
    if (!LABEL.test(lastCore.text)) continue;
    labels.push(lastCore.text);
    while (labels.length < MAX_LABELS && k + 2 < words.length) {
      const dot = marker(words[k + 1].text);
      if (dot?.kind !== 'dot') break;
      const next = core(words[k + 2].text, 'end');
      if (!LABEL.test(next.text)) break;
      strong ||= dot.strong;
      labels.push(next.text);
      last = words[k + 2];
      lastCore = next;
      k += 2;
    }
    if (labels.length < 2) continue;
    const tld = labels[labels.length - 1];
    if (!/^[A-Za-z]{2,24}$/.test(tld) || (!strong && !PLAIN_TLDS.has(tld))) continue;
    const first = words[i - 1].column + local.offset;
    const end = last.column + lastCore.offset + lastCore.text.length;
    out.push({ address: `${local.text}@${labels.join('.')}`.toLowerCase(), written: line.slice(first - 1, end - 1), column: first });
    i = k;
  }
  return out;
}
