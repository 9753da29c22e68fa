// Small configuration files (a Security Insights file, an issue template chooser) as data, read by
// the fast reader of plain YAML (workflows/yaml-fast.ts) when it accepts the text. The `yaml`
// library reads anything else. Its first parse of a run is cold code: argo-cd's 5 KiB
// SECURITY-INSIGHTS.yml took 15-25 ms that way, the fast reader under 2 ms. The values are the
// library's: plain scalars resolve by the YAML 1.2 core schema, as the library's default does.
import { readPlainYaml } from './workflows/yaml-fast.ts';
import type { YNode, YScalar } from './workflows/yaml-tree.ts';

export interface PlainData {
  /** What the library's toJS() gives for the same text. */
  data: unknown;
  tree: YNode | null;
  /** Offsets where lines start, for the library's LineCounter (positions). */
  lineStarts: number[];
}

// The core schema's tests, as the library writes them (yaml 2, schema/core).
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar's value by the core schema (the library's order of tests). */
function resolvePlain(source: string): unknown {
  if (NULL.test(source)) return null;
  if (BOOL.test(source)) return source[0] === 't' || source[0] === 'T';
  if (INT_OCT.test(source)) return parseInt(source.slice(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (INT_HEX.test(source)) return parseInt(source.slice(2), 16);
  if (FLOAT_NAN.test(source)) return source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? -Infinity : Infinity;
  if (FLOAT_EXP.test(source) || FLOAT.test(source)) return parseFloat(source);
  return source;
}

/** The value of a scalar of `text`: quoted and block scalars are strings, plain ones resolve. */
export function scalarValue(s: YScalar, text: string): unknown {
  const first = text[s.start];
  if (s.end > s.start && (first === '"' || first === "'" || first === '|' || first === '>')) return s.text;
  return resolvePlain(s.key);
}

/** Thrown inside toData when the library's reading could differ (left to the library). */
const DECLINE = Symbol('decline');

function toData(node: YNode | null, text: string): unknown {
  if (node === null) return null;
  if (node.kind === 'scalar') return scalarValue(node, text);
  if (node.kind === 'seq') return node.items.map((item) => toData(item, text));
  if (node.kind === 'alias') throw DECLINE;
  const out: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const pair of node.items) {
    const k = pair.key;
    // Only string keys: the library turns others into strings its own way, and `<<` may merge.
    if (k === null || k.kind !== 'scalar') throw DECLINE;
    const key = scalarValue(k, text);
    if (typeof key !== 'string' || key === '<<' || seen.has(key)) throw DECLINE;
    seen.add(key);
    const value = toData(pair.value, text);
    // As the library does: a key Object.prototype has (`__proto__`, `constructor`) becomes an own property.
    if (key in out) Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
    else out[key] = value;
  }
  return out;
}

/**
 * The data of `text` when it is plain YAML whose every mapping key is a string met once, else null
 * (the library then reads it, and says what is wrong).
 */
export function readPlainData(text: string): PlainData | null {
  const plain = readPlainYaml(text);
  if (plain === null) return null;
  try {
    return { data: toData(plain.tree, text), tree: plain.tree, lineStarts: plain.lineStarts };
  } catch (e) {
    if (e === DECLINE) return null;
    throw e;
  }
}

/** Where a node's value ends: a block collection's end is its last value's. */
export function valueEnd(node: YNode): number {
  if (node.kind === 'map') {
    const last = node.items[node.items.length - 1];
    const n = last ? (last.value ?? last.key) : null;
    return n ? valueEnd(n) : node.end;
  }
  if (node.kind === 'seq') {
    const last = node.items[node.items.length - 1];
    return last ? valueEnd(last) : node.end;
  }
  return node.end;
}
