// E-mail addresses spelled out against harvesters: `security at python dot org` (pip's SECURITY.md),
// `security [at] example [dot] org`, `name (at) example (dot) com`, `NAME AT EXAMPLE DOT ORG`.
// Read word by word (no regular expression runs over the line), so that prose does not turn into an
// address: the plain lowercase form needs `dot` before the last part and a well-known top-level
// domain ("look at this dot product" is no address), the bracketed and capital forms any domain.

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
function marker(word: string): { kind: 'at' | 'dot'; strong: boolean } | null {
  const open = word[0];
  const close = word[word.length - 1];
  const bracketed = word.length >= 4 && ((open === '[' && close === ']') || (open === '(' && close === ')') || (open === '{' && close === '}') || (open === '<' && close === '>'));
  const inner = bracketed ? word.slice(1, -1).trim() : word;
  const lower = inner.toLowerCase();
  if (lower !== 'at' && lower !== 'dot') return null;
  if (!bracketed && inner !== lower && inner !== lower.toUpperCase()) return null;
  return { kind: lower, strong: bracketed || inner === 'AT' || inner === 'DOT' };
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

/** The spelled-out addresses of one line. */
export function spelledEmails(line: string): SpelledEmail[] {
  // Cheap refusal: every spelling has "at" and "dot" in some case.
  if (!/dot/i.test(line)) return [];
  const words = wordsOf(line);
  const out: SpelledEmail[] = [];
  for (let i = 1; i + 3 < words.length; i++) {
    const at = marker(words[i].text);
    if (at?.kind !== 'at') continue;
    const local = core(words[i - 1].text, 'start');
    if (!LOCAL.test(local.text) || marker(local.text)) continue;
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
