// YAML parsing with source positions, hardened against hostile input.
import { LineCounter, parseDocument } from 'yaml';
import { readPlainData } from '../yaml-data.ts';
import { fromYamlNode, type YNode } from '../workflows/yaml-tree.ts';
import type { Node } from 'yaml';
import type { Diagnostic, Position } from './types.ts';

/** Largest text we parse as a Security Insights file; real files are a few KiB. */
export const MAX_PARSE_BYTES = 2 * 1024 * 1024;
/** Alias expansions allowed before the document is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;
/** Positions recorded per document. */
export const MAX_POSITIONS = 20_000;
const MAX_DEPTH = 64;
/** Nesting beyond this is refused before parsing (the parser recurses). */
export const MAX_NESTING = 200;

/**
 * Runs a YAML parse with no stack traces captured: the parser makes an Error object per problem
 * (one per character of a line of stray ']'), and capturing each one's stack triples the time.
 */
export function withoutStacks<T>(parse: () => T): T {
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parse();
  } finally {
    Error.stackTraceLimit = saved;
  }
}

const code = (ch: string) => ch.charCodeAt(0);
const [NL, CR, TAB, SPACE] = [code('\n'), code('\r'), code('\t'), code(' ')];
const [DASH, QUESTION, COLON, HASH] = [code('-'), code('?'), code(':'), code('#')];
const [DQUOTE, SQUOTE] = [code('"'), code("'")];
const [LBRACKET, RBRACKET, LBRACE, RBRACE] = [code('['), code(']'), code('{'), code('}')];

/** The characters the estimate acts on once a line's indentation is read. */
const SIGNIFICANT = /[\n"'#[\]{}:]/g;

/**
 * A cheap upper estimate of nesting: flow brackets, block indicators and indentation per line, and
 * keys on one line (`a: b: c:` nests a mapping per key, and the YAML parser takes quadratic time
 * on a long line of them). It runs on every YAML file before it is parsed, so after a line's
 * indentation it jumps from one significant character to the next with a regular expression, and
 * over a quoted string or a comment with indexOf, instead of stepping through every character.
 */
export function nestingEstimate(text: string): number {
  const length = text.length;
  let max = 0;
  let flow = 0;
  let lead = 0;
  let keys = 0;
  let lineStart = true;
  let lineEnd = -1;
  let i = 0;
  while (i < length) {
    if (lineStart) {
      // Indentation (half a level a space) and block indicators ('- ', '? ', ': ', a level each).
      const c = text.charCodeAt(i);
      if (c === NL) {
        lead = 0;
        keys = 0;
        i++;
        continue;
      }
      if (c === SPACE) {
        lead += 0.5;
        i++;
        continue;
      }
      if (c === DASH || c === QUESTION || c === COLON) {
        const n = text.charCodeAt(i + 1);
        if (n === SPACE || n === NL) {
          lead += 1;
          i += 2;
          continue;
        }
      }
      lineStart = false;
      if (lead > max) max = Math.ceil(lead);
    }
    SIGNIFICANT.lastIndex = i;
    const found = SIGNIFICANT.exec(text);
    if (found === null) break;
    i = found.index;
    const c = text.charCodeAt(i);
    if (c === NL) {
      lineStart = true;
      lead = 0;
      keys = 0;
      i++;
    } else if (c === DQUOTE || c === SQUOTE || c === HASH) {
      // A quoted string ends at its quote or at the line's end; a comment at the line's end. The
      // end of a line is looked for once per line: a line of many quoted strings stays linear.
      if (lineEnd < i) {
        const eol = text.indexOf('\n', i);
        lineEnd = eol < 0 ? length : eol;
      }
      if (c === HASH) i = lineEnd;
      else {
        const close = text.indexOf(c === DQUOTE ? '"' : "'", i + 1);
        i = close >= 0 && close < lineEnd ? close + 1 : lineEnd;
      }
    } else {
      if (c === LBRACKET || c === LBRACE) {
        flow++;
        if (flow > max) max = flow;
      } else if ((c === RBRACKET || c === RBRACE) && flow > 0) flow--;
      else if (c === COLON && flow === 0) {
        const n = text.charCodeAt(i + 1);
        if (i + 1 >= length || n === SPACE || n === TAB || n === NL || n === CR) {
          keys++;
          if (Math.ceil(lead) + keys > max) max = Math.ceil(lead) + keys;
        }
      }
      i++;
    }
  }
  return Math.max(max, Math.ceil(lead));
}

export interface NodePositions {
  /** Position of the key (map entries) or of the item (sequence entries). */
  key: Position;
  /** Position of the value node itself. */
  value: Position;
}

export interface ParsedYaml {
  /** False when the YAML has errors (the data may still be partly usable). */
  ok: boolean;
  data: unknown;
  diagnostics: Diagnostic[];
  positions: Map<string, NodePositions>;
}

export function joinPath(parent: string, key: string): string {
  return parent === '' ? key : `${parent}.${key}`;
}

export function parseYaml(text: string, file: string, options: { library?: boolean } = {}): ParsedYaml {
  const diagnostics: Diagnostic[] = [];
  const positions = new Map<string, NodePositions>();
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_PARSE_BYTES) {
    diagnostics.push({
      severity: 'error',
      message: `The file is ${Math.round(bytes / 1024)} KiB, larger than the ${MAX_PARSE_BYTES / 1024 / 1024} MiB this tool parses; a Security Insights file is normally a few KiB.`,
      path: file,
      line: 0,
      column: 0,
    });
    return { ok: false, data: null, diagnostics, positions };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const depth = nestingEstimate(text);
  if (depth > MAX_NESTING) {
    diagnostics.push({
      severity: 'error',
      message: `The YAML nests about ${depth} levels deep (more than ${MAX_NESTING}); it was not parsed. A Security Insights file nests fewer than 10 levels.`,
      path: file,
      line: 1,
      column: 1,
    });
    return { ok: false, data: null, diagnostics, positions };
  }
  const lc = new LineCounter();
  const pos = (offset: number | undefined): Position => {
    if (offset === undefined) return { line: 1, column: 1 };
    const p = lc.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const tabWarning = () => {
    if (!/^\t/m.test(text)) return;
    const p = pos(text.search(/^\t/m));
    diagnostics.push({ severity: 'warning', message: 'A line starts with a tab; YAML indentation must use spaces.', path: file, line: p.line, column: p.column });
  };
  // Plain YAML (nearly every Security Insights file) is read without the library: its values are the same.
  const plain = options.library ? null : readPlainData(text);
  if (plain) {
    for (const start of plain.lineStarts) lc.addNewLine(start);
    tabWarning();
    recordPositions(plain.tree, pos, positions, file, diagnostics);
    return { ok: true, data: plain.data, diagnostics, positions };
  }
  let doc;
  try {
    doc = withoutStacks(() => parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, strict: true }));
  } catch (e) {
    diagnostics.push({ severity: 'error', message: `YAML cannot be parsed: ${errorText(e)}`, path: file, line: 0, column: 0 });
    return { ok: false, data: null, diagnostics, positions };
  }
  let ok = true;
  for (const e of doc.errors) {
    ok = false;
    const p = pos(e.pos[0]);
    diagnostics.push({ severity: 'error', message: `YAML error (${e.code}): ${cleanYamlMessage(e.message)}`, path: file, line: p.line, column: p.column });
  }
  for (const w of doc.warnings) {
    const p = pos(w.pos[0]);
    diagnostics.push({ severity: 'warning', message: `YAML warning (${w.code}): ${cleanYamlMessage(w.message)}`, path: file, line: p.line, column: p.column });
  }
  if (!doc.errors.some((e) => e.code === 'TAB_AS_INDENT')) tabWarning();

  let data: unknown = null;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const msg = errorText(e);
    const bomb = /alias/i.test(msg);
    diagnostics.push({
      severity: 'error',
      message: bomb
        ? `The YAML expands aliases too many times (${msg}); the file was not read further.`
        : `The YAML cannot be turned into data: ${msg}`,
      path: file,
      line: 1,
      column: 1,
    });
    return { ok: false, data: null, diagnostics, positions };
  }
  recordPositions(fromYamlNode(doc.contents as Node | null, new Map()), pos, positions, file, diagnostics);
  return { ok, data, diagnostics, positions };
}

/**
 * Records where each key and item is, walking the node tree (not the data), so aliases are never
 * expanded. A scalar key is named by its text as written.
 */
function recordPositions(root: YNode | null, pos: (offset: number | undefined) => Position, positions: Map<string, NodePositions>, file: string, diagnostics: Diagnostic[]): void {
  positions.set('', { key: pos(root?.start ?? 0), value: pos(root?.start ?? 0) });
  const stack: { node: YNode | null; path: string; depth: number }[] = [{ node: root, path: '', depth: 0 }];
  let capped = false;
  while (stack.length > 0 && !capped) {
    const { node, path, depth } = stack.pop() as { node: YNode | null; path: string; depth: number };
    if (!node || depth > MAX_DEPTH) continue;
    if (node.kind === 'map') {
      for (const pair of node.items) {
        const k = pair.key;
        const childPath = joinPath(path, k?.kind === 'scalar' ? k.key : '');
        const keyPos = pos(k?.start);
        const valuePos = pair.value ? pos(pair.value.start) : keyPos;
        if (!positions.has(childPath)) {
          if (positions.size >= MAX_POSITIONS) {
            capped = true;
            break;
          }
          positions.set(childPath, { key: keyPos, value: valuePos });
        }
        stack.push({ node: pair.value, path: childPath, depth: depth + 1 });
      }
    } else if (node.kind === 'seq') {
      for (let i = 0; i < node.items.length && !capped; i++) {
        const it = node.items[i];
        if (positions.size >= MAX_POSITIONS) capped = true;
        else {
          const childPath = `${path}[${i}]`;
          // An empty item is placed where its sequence is.
          const at = it ? pos(it.start) : (positions.get(path)?.value ?? { line: 1, column: 1 });
          positions.set(childPath, { key: at, value: at });
          stack.push({ node: it, path: childPath, depth: depth + 1 });
        }
      }
    }
  }
  if (capped) {
    diagnostics.push({
      severity: 'warning',
      message: `The document has more than ${MAX_POSITIONS} nodes; positions were recorded for the first ${MAX_POSITIONS} only.`,
      path: file,
      line: 1,
      column: 1,
    });
  }
}

function cleanYamlMessage(msg: string): string {
  // yaml appends " at line N, column M" and a source excerpt; we give the position separately.
  return msg.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
}

export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message.split('\n')[0];
  return String(e);
}
