// A fast reader for the plain YAML workflows are written in: block mappings and sequences,
// one-line plain and quoted scalars, literal and folded block scalars, one-line flow sequences of
// scalars and `{}`, comments. It gives the tree the `yaml` library's document converts to
// (yaml-tree.ts), with the same values and positions, or null for anything else: anchors, tags,
// tabs, multi-line plain or quoted scalars, document markers, explicit keys, anything the library
// would call an error. The library then reads the file. Block scalars and quoted scalars are read
// by the library's own rules (ported from yaml 2's lexer and composer), so that their values and
// ends are the library's. The end of a block collection depends on how the library's parser
// assigns trailing comments; it is left unknown here (-1) and asked of the library when a reader
// needs it (rare: a collection shown as text).
import type { YMap, YNode, YPair, YScalar, YSeq } from './yaml-tree.ts';

export interface PlainYaml {
  tree: YNode;
  /** Offsets where lines start, as the library's LineCounter records them. */
  lineStarts: number[];
}

/** The end of a block collection, unknown to the fast reader. */
export const UNKNOWN_END = -1;

/** Thrown inside the reader when the text is not plain workflow YAML. */
class NotPlain extends Error {}
const NOT_PLAIN = new NotPlain();

/** Characters that make the fast reader give up wherever they are. */
const FORBIDDEN = /[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\u2028\u2029]/;
/** Characters a plain scalar may not start with (an indicator or a reserved character). */
const PLAIN_START_STOP = new Set(['#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
/** Longest implicit key the library accepts (it says 1024). */
const MAX_KEY = 1000;
const MAX_DEPTH = 200;

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};

/** The tree of `text`, or null when it is not plain workflow YAML. */
export function readPlainYaml(text: string): PlainYaml | null {
  if (FORBIDDEN.test(text)) return null;
  try {
    return new Reader(text).read();
  } catch (e) {
    if (e === NOT_PLAIN) return null;
    throw e;
  }
}

function scalar(start: number, end: number, source: string, plain: boolean): YScalar {
  return { kind: 'scalar', start, end, text: plain && NULLS.has(source) ? '' : source, key: source };
}

class Reader {
  private readonly text: string;
  private readonly starts: number[] = [0];
  private readonly ends: number[] = [];
  /** Per line: leading spaces, and -1 for a blank or comment-only line. */
  private readonly indents: number[] = [];
  private line = 0;
  private depth = 0;

  constructor(text: string) {
    this.text = text;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      this.ends.push(i);
      this.starts.push(i + 1);
    }
    this.ends.push(text.length);
    for (let l = 0; l < this.starts.length; l++) {
      let p = this.starts[l];
      const end = this.ends[l];
      while (p < end && text.charCodeAt(p) === 32) p++;
      this.indents.push(p === end || text.charCodeAt(p) === 35 ? -1 : p - this.starts[l]);
    }
  }

  read(): PlainYaml {
    this.skipEmpty();
    if (this.line >= this.starts.length || this.indents[this.line] !== 0) throw NOT_PLAIN;
    let first = this.starts[this.line];
    // A first `---` (alone, or with a comment) starts the one document; any other marker or a directive is left to the library.
    if (this.text.startsWith('---', first)) {
      this.restOfLine(first + 3, this.ends[this.line]);
      this.line++;
      this.skipEmpty();
      if (this.line >= this.starts.length || this.indents[this.line] !== 0) throw NOT_PLAIN;
      first = this.starts[this.line];
    }
    if (this.text.startsWith('---', first) || this.text.startsWith('...', first) || this.text[first] === '%') throw NOT_PLAIN;
    const tree = this.blockMap(this.line, 0);
    this.skipEmpty();
    if (this.line < this.starts.length) throw NOT_PLAIN;
    return { tree, lineStarts: this.starts };
  }

  /** Moves past blank and comment-only lines (a tab in them is left to the library). */
  private skipEmpty(): void {
    while (this.line < this.starts.length && this.indents[this.line] < 0) {
      if (this.text.slice(this.starts[this.line], this.ends[this.line]).includes('\t')) throw NOT_PLAIN;
      this.line++;
    }
  }

  /** The first line at or after `from` that is neither blank nor a comment, or the line count. */
  private nextContent(from: number): number {
    let l = from;
    while (l < this.starts.length && this.indents[l] < 0) l++;
    return l;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw NOT_PLAIN;
  }

  /** A block mapping whose first key is at `col` of line `l` (a compact mapping in a sequence item starts mid-line). */
  private blockMap(l: number, col: number): YMap {
    this.enter();
    const items: YPair[] = [];
    const map: YMap = { kind: 'map', start: this.starts[l] + col, end: UNKNOWN_END, items };
    this.line = l;
    let at = this.starts[l] + col;
    for (;;) {
      items.push(this.entry(at, col));
      this.skipEmpty();
      if (this.line >= this.starts.length) break;
      const indent = this.indents[this.line];
      if (indent < col) break;
      if (indent > col) throw NOT_PLAIN;
      at = this.starts[this.line] + col;
      if (this.isSeqItem(at)) throw NOT_PLAIN;
    }
    this.depth--;
    return map;
  }

  /** A block sequence whose dashes are at `col`. */
  private blockSeq(l: number, col: number): YSeq {
    this.enter();
    const items: (YNode | null)[] = [];
    const seq: YSeq = { kind: 'seq', start: this.starts[l] + col, end: UNKNOWN_END, items };
    this.line = l;
    for (;;) {
      const dash = this.starts[this.line] + col;
      if (!this.isSeqItem(dash)) throw NOT_PLAIN;
      items.push(this.seqItem(dash, col));
      this.skipEmpty();
      if (this.line >= this.starts.length) break;
      const indent = this.indents[this.line];
      if (indent < col) break;
      if (indent > col) throw NOT_PLAIN;
      // A mapping key at the dashes' column ends an indentless sequence (its parent mapping goes on).
      if (!this.isSeqItem(this.starts[this.line] + col)) break;
    }
    this.depth--;
    return seq;
  }

  private isSeqItem(p: number): boolean {
    const t = this.text;
    return t[p] === '-' && (p + 1 >= t.length || t[p + 1] === ' ' || t[p + 1] === '\n');
  }

  /** One sequence item from its dash at `dash` (column `col`); leaves `line` after it. */
  private seqItem(dash: number, col: number): YNode | null {
    const t = this.text;
    const l = this.line;
    const eol = this.ends[l];
    let p = dash + 1;
    while (p < eol && t[p] === ' ') p++;
    if (p >= eol || t[p] === '#') {
      if (t[p] === '#' && p === dash + 1) throw NOT_PLAIN;
      return this.valueBelow(l, p, col, false);
    }
    const c = t[p];
    if (c === '-' && (p + 1 >= eol || t[p + 1] === ' ')) throw NOT_PLAIN;
    // `- key: value`: a compact mapping at the key's column.
    if (this.keyEnd(p, eol) >= 0) return this.blockMap(l, p - this.starts[l]);
    return this.inlineValue(p, eol, col);
  }

  /** A mapping entry whose key starts at `at` (column `col`); leaves `line` after it. */
  private entry(at: number, col: number): YPair {
    const t = this.text;
    const l = this.line;
    const eol = this.ends[l];
    const colon = this.keyEnd(at, eol);
    if (colon < 0) throw NOT_PLAIN;
    let key: YScalar;
    if (t[at] === '"' || t[at] === "'") {
      key = this.quoted(at, eol);
      if (key.end !== colon) throw NOT_PLAIN;
    } else {
      const source = t.slice(at, colon);
      if (source.length > MAX_KEY || source.endsWith(' ') || source.endsWith(':') || this.badPlainStart(at, eol, false)) throw NOT_PLAIN;
      key = scalar(at, colon, source, true);
    }
    let p = colon + 1;
    while (p < eol && t[p] === ' ') p++;
    if (p >= eol || t[p] === '#') {
      if (t[p] === '#' && p === colon + 1) throw NOT_PLAIN;
      return { key, value: this.valueBelow(l, p, col, true) };
    }
    const c = t[p];
    if (c === '-' && (p + 1 >= eol || t[p + 1] === ' ')) throw NOT_PLAIN;
    // `a: b: c` is a mapping in a compact mapping: an error the library reports.
    if (this.keyEnd(p, eol) >= 0) throw NOT_PLAIN;
    return { key, value: this.inlineValue(p, eol, col) };
  }

  /**
   * The value of a key or dash with nothing after it on its line (`at` is where the line's spaces
   * end: a comment or the line's end): a block collection on the following lines, or null there.
   */
  private valueBelow(l: number, at: number, col: number, inMap: boolean): YNode | null {
    const next = this.nextContent(l + 1);
    for (let i = l + 1; i < next; i++) if (this.text.slice(this.starts[i], this.ends[i]).includes('\t')) throw NOT_PLAIN;
    if (next < this.starts.length) {
      const indent = this.indents[next];
      const p = this.starts[next] + indent;
      if (indent > col) {
        this.line = next;
        if (this.isSeqItem(p)) return this.blockSeq(next, indent);
        if (this.keyEnd(p, this.ends[next]) >= 0) return this.blockMap(next, indent);
        // A one-line value on a line of its own (a block scalar there is left to the library).
        if (this.text[p] === '|' || this.text[p] === '>') throw NOT_PLAIN;
        return this.inlineValue(p, this.ends[next], col);
      }
      // A sequence may sit at its key's own column.
      if (inMap && indent === col && this.isSeqItem(p)) return this.blockSeq(next, indent);
    }
    this.line = l + 1;
    return scalar(at, at, '', true);
  }

  /** After a one-line value: the next content line must not be more indented (a continuation the library would read). */
  private noContinuation(col: number): void {
    const next = this.nextContent(this.line);
    if (next < this.starts.length && this.indents[next] > col) throw NOT_PLAIN;
  }

  /**
   * Where the `:` of an implicit key starting at `p` is (followed by a space or the line's end),
   * or -1 when the line holds no key there. A quoted key ends at its closing quote.
   */
  private keyEnd(p: number, eol: number): number {
    const t = this.text;
    if (t[p] === '"' || t[p] === "'") {
      const close = this.quoteEnd(p, eol);
      if (close < 0) return -1;
      return t[close + 1] === ':' && (close + 2 >= eol || t[close + 2] === ' ') ? close + 1 : -1;
    }
    if (t[p] === '[' || t[p] === '{' || t[p] === '|' || t[p] === '>' || t[p] === '#') return -1;
    for (let i = p; i < eol; i++) {
      const c = t[i];
      if (c === ':' && (i + 1 >= eol || t[i + 1] === ' ')) return i;
      if (c === '#' && i > p && t[i - 1] === ' ') return -1;
      if (c === '\t') throw NOT_PLAIN;
    }
    return -1;
  }

  /** True when a plain scalar may not start at `p` (in a flow collection, flow indicators follow too). */
  private badPlainStart(p: number, eol: number, flow: boolean): boolean {
    const t = this.text;
    const c = t[p];
    if (PLAIN_START_STOP.has(c)) return true;
    if (c === '-' || c === '?' || c === ':') {
      const n = t[p + 1];
      if (p + 1 >= eol || n === ' ' || (flow && (n === ',' || n === '[' || n === ']' || n === '{' || n === '}'))) return true;
    }
    return false;
  }

  /**
   * A value that starts at `p` on the current line (ending at `eol`), in a collection at column
   * `col`: a scalar or a one-line flow collection, or a block scalar that runs on; leaves `line`
   * after it.
   */
  private inlineValue(p: number, eol: number, col: number): YNode {
    if (this.text[p] === '|' || this.text[p] === '>') return this.blockScalar(p, eol, col);
    const node = this.oneLineValue(p, eol);
    this.line++;
    this.noContinuation(col);
    return node;
  }

  /** A scalar or flow collection that starts at `p` and ends on its line. */
  private oneLineValue(p: number, eol: number): YNode {
    const t = this.text;
    const c = t[p];
    let node: YNode;
    let end: number;
    if (c === '"' || c === "'") {
      node = this.quoted(p, eol);
      end = node.end;
    } else if (c === '[') {
      node = this.flowSeq(p, eol);
      end = node.end;
    } else if (c === '{') {
      node = this.flowMap(p, eol);
      end = node.end;
    } else {
      if (this.badPlainStart(p, eol, false)) throw NOT_PLAIN;
      // A plain scalar runs to a comment (` #`) or the line's end, trailing spaces left out.
      let stop = eol;
      for (let i = p + 1; i < eol; i++) {
        if (t[i] === '#' && t[i - 1] === ' ') {
          stop = i;
          break;
        }
        if (t[i] === '\t') throw NOT_PLAIN;
      }
      end = stop;
      while (end > p && t[end - 1] === ' ') end--;
      const source = t.slice(p, end);
      if (source.endsWith(':')) throw NOT_PLAIN;
      return scalar(p, end, source, true);
    }
    this.restOfLine(end, eol);
    return node;
  }

  /** After a value: only spaces, then a comment after at least one of them, to the line's end. */
  private restOfLine(from: number, eol: number): void {
    const t = this.text;
    let i = from;
    while (i < eol && t[i] === ' ') i++;
    if (i < eol && !(t[i] === '#' && i > from)) throw NOT_PLAIN;
  }

  /** Where the closing quote of a quoted scalar opening at `p` is, on its line; -1 when not there. */
  private quoteEnd(p: number, eol: number): number {
    const t = this.text;
    const q = t[p];
    let end = t.indexOf(q, p + 1);
    if (q === "'") {
      while (end !== -1 && t[end + 1] === "'") end = t.indexOf("'", end + 2);
    } else {
      while (end !== -1) {
        let n = 0;
        while (t[end - 1 - n] === '\\') n += 1;
        if (n % 2 === 0) break;
        end = t.indexOf('"', end + 1);
      }
    }
    return end === -1 || end >= eol ? -1 : end;
  }

  /** A one-line quoted scalar at `p`, read as the library reads it (escapes, '' in single quotes). */
  private quoted(p: number, eol: number): YScalar {
    const t = this.text;
    const close = this.quoteEnd(p, eol);
    if (close < 0) throw NOT_PLAIN;
    const inner = t.slice(p + 1, close);
    if (inner.includes('\t')) throw NOT_PLAIN;
    let value: string;
    if (t[p] === "'") {
      value = inner.replaceAll("''", "'");
    } else {
      value = '';
      for (let i = 0; i < inner.length; i++) {
        const ch = inner[i];
        if (ch !== '\\') {
          value += ch;
          continue;
        }
        const next = inner[++i];
        const cc = ESCAPES[next];
        if (cc !== undefined) value += cc;
        else if (next === 'x' || next === 'u' || next === 'U') {
          const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
          const hex = inner.substr(i + 1, length);
          if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) throw NOT_PLAIN;
          const code = parseInt(hex, 16);
          if (code > 0x10ffff) throw NOT_PLAIN;
          value += String.fromCodePoint(code);
          i += length;
        } else throw NOT_PLAIN;
      }
    }
    return { kind: 'scalar', start: p, end: close + 1, text: value, key: value };
  }

  /**
   * A scalar in a one-line flow collection starting at `i`: quoted, or plain up to a flow
   * indicator (trailing spaces left out); `key` when it is a mapping key, which ends at `: `.
   */
  private flowScalar(i: number, eol: number, key: boolean): YScalar {
    const t = this.text;
    const c = t[i];
    if (c === '"' || c === "'") return this.quoted(i, eol);
    if (this.badPlainStart(i, eol, true)) throw NOT_PLAIN;
    let end = i;
    let k = i;
    for (; k < eol; k++) {
      const ch = t[k];
      if (ch === ',' || ch === ']' || ch === '[' || ch === '{' || ch === '}') break;
      if (ch === ':' && (k + 1 >= eol || ' ,[]{}'.includes(t[k + 1]))) {
        if (key && t[k + 1] === ' ') break;
        throw NOT_PLAIN;
      }
      if (ch === '#' && t[k - 1] === ' ') throw NOT_PLAIN;
      if (ch === '\t') throw NOT_PLAIN;
      if (ch !== ' ') end = k + 1;
    }
    return scalar(i, end, t.slice(i, end), true);
  }

  /** Where the next non-space character is, from `i`. */
  private skipSpaces(i: number, eol: number): number {
    while (i < eol && this.text[i] === ' ') i++;
    return i;
  }

  /** A one-line flow sequence of scalars at `p` (`[a, "b"]`, `[]`). */
  private flowSeq(p: number, eol: number): YSeq {
    const t = this.text;
    const items: (YNode | null)[] = [];
    let i = this.skipSpaces(p + 1, eol);
    if (t[i] === ']') return { kind: 'seq', start: p, end: i + 1, items };
    for (;;) {
      i = this.skipSpaces(i, eol);
      if (i >= eol) throw NOT_PLAIN;
      const item = this.flowScalar(i, eol, false);
      items.push(item);
      i = this.skipSpaces(item.end, eol);
      if (t[i] === ',') {
        i = this.skipSpaces(i + 1, eol);
        // A trailing comma, or two in a row, is left to the library.
        if (t[i] === ']' || t[i] === ',') throw NOT_PLAIN;
        continue;
      }
      if (t[i] === ']') return { kind: 'seq', start: p, end: i + 1, items };
      throw NOT_PLAIN;
    }
  }

  /** A one-line flow mapping at `p` of scalar keys and scalar or flow-sequence values (`{a: b, c: [d]}`, `{}`). */
  private flowMap(p: number, eol: number): YMap {
    const t = this.text;
    const items: YPair[] = [];
    let i = this.skipSpaces(p + 1, eol);
    if (t[i] === '}') return { kind: 'map', start: p, end: i + 1, items };
    for (;;) {
      i = this.skipSpaces(i, eol);
      if (i >= eol) throw NOT_PLAIN;
      const key = this.flowScalar(i, eol, true);
      if (t[key.end] !== ':' || t[key.end + 1] !== ' ') throw NOT_PLAIN;
      i = this.skipSpaces(key.end + 2, eol);
      let value: YNode;
      if (t[i] === ',' || t[i] === '}') value = scalar(i, i, '', true);
      else if (t[i] === '[') value = this.flowSeq(i, eol);
      else value = this.flowScalar(i, eol, false);
      items.push({ key, value });
      i = this.skipSpaces(value.end, eol);
      if (t[i] === ',') {
        i = this.skipSpaces(i + 1, eol);
        if (t[i] === '}' || t[i] === ',') throw NOT_PLAIN;
        continue;
      }
      if (t[i] === '}') return { kind: 'map', start: p, end: i + 1, items };
      throw NOT_PLAIN;
    }
  }

  /**
   * A block scalar whose header (`|`, `>`, with a chomping indicator) is at `p`, in a collection
   * at column `col`. Its extent is the library lexer's (parseBlockScalar), its value the library
   * composer's (resolveBlockScalar); an explicit indentation indicator is left to the library.
   */
  private blockScalar(p: number, eol: number, col: number): YScalar {
    const t = this.text;
    const folded = t[p] === '>';
    let h = p + 1;
    let keep = false;
    let chomp = '';
    while (h < eol && (t[h] === '-' || t[h] === '+')) {
      if (chomp) throw NOT_PLAIN;
      chomp = t[h];
      keep = t[h] === '+';
      h++;
    }
    if (h < eol && t[h] !== ' ') throw NOT_PLAIN;
    this.restOfLine(h, eol);
    const headerLine = this.line;
    if (headerLine + 1 >= this.starts.length) throw NOT_PLAIN;
    const pos = this.starts[headerLine + 1];
    // The lexer: how far the scalar runs.
    const indentNext = col + 1;
    let nl = pos - 1;
    let indent = 0;
    let i = pos;
    for (; i < t.length; i++) {
      const ch = t[i];
      if (ch === ' ') indent += 1;
      else if (ch === '\n') {
        nl = i;
        indent = 0;
      } else break;
    }
    if (i < t.length && t[i] === '\t') throw NOT_PLAIN;
    if (indent >= indentNext) {
      const contentIndent = indent;
      do {
        const cs = this.continueScalar(nl + 1, contentIndent);
        if (cs === -1) break;
        nl = t.indexOf('\n', cs);
      } while (nl !== -1);
      if (nl === -1) nl = t.length;
    }
    let j = nl + 1;
    while (t[j] === ' ') j++;
    if (t[j] === '\t') throw NOT_PLAIN;
    if (!keep) {
      for (;;) {
        let k = nl - 1;
        const lastChar = k;
        while (t[k] === ' ') k--;
        if (t[k] === '\n' && k >= pos && k + 1 + indent > lastChar) nl = k;
        else break;
      }
    }
    const sourceEnd = Math.min(nl + 1, t.length);
    const source = t.slice(pos, sourceEnd);
    if (source.includes('\t')) throw NOT_PLAIN;
    const value = resolveBlock(source, col, folded, chomp);
    // Lines of the scalar are done; the reader goes on after them.
    let after = headerLine + 1;
    while (after < this.starts.length && this.starts[after] < sourceEnd) after++;
    this.line = after;
    this.noContinuation(col);
    return { kind: 'scalar', start: p, end: sourceEnd, text: value, key: value };
  }

  /** The lexer's continueScalar for a block scalar's lines (indentNext > 0, at the end of the text). */
  private continueScalar(offset: number, indentNext: number): number {
    const t = this.text;
    let n = 0;
    let ch = t[offset];
    while (ch === ' ') ch = t[++n + offset];
    return ch === '\n' || n >= indentNext ? offset + n : -1;
  }
}

/**
 * resolveBlockScalar of yaml 2 for a header without indentation indicator, on a source without
 * tabs or carriage returns; anything it would report as an error makes the reader give up.
 */
function resolveBlock(source: string, scalarIndent: number, folded: boolean, chomp: string): string {
  const lines = splitLines(source);
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    if (lines[i][1] === '') chompStart = i;
    else break;
  }
  // Empty contents, an unusual case, are left to the library.
  if (chompStart === 0) throw NOT_PLAIN;
  let trimIndent = scalarIndent;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === '') {
      if (indent.length > trimIndent) trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) throw NOT_PLAIN;
      trimIndent = indent.length;
      contentStart = i;
      if (trimIndent === 0) throw NOT_PLAIN;
      break;
    }
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i][0].length > trimIndent) chompStart = i + 1;
  }
  let value = '';
  let sep = '';
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i) value += lines[i][0].slice(trimIndent) + '\n';
  for (let i = contentStart; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content && indent.length < trimIndent) throw NOT_PLAIN;
    if (!folded) {
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
    } else if (indent.length > trimIndent) {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  if (chomp === '+') {
    for (let i = chompStart; i < lines.length; ++i) value += '\n' + lines[i][0].slice(trimIndent);
    if (value[value.length - 1] !== '\n') value += '\n';
  } else if (chomp !== '-') value += '\n';
  return value;
}

/** The source's lines as [indent, content] (yaml 2's splitLines, without a regular expression). */
function splitLines(source: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let start = 0;
  for (;;) {
    const nl = source.indexOf('\n', start);
    const line = nl < 0 ? source.slice(start) : source.slice(start, nl);
    let n = 0;
    while (n < line.length && line.charCodeAt(n) === 32) n++;
    out.push([line.slice(0, n), line.slice(n)]);
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}
