// The YAML of a workflow as the facts read it: mappings, sequences and scalars with the place of
// each in the text, and nothing else (no tags, comments or JavaScript values). Built once per file,
// either from the `yaml` library's document or by the fast reader (yaml-fast.ts), which must give
// the very same tree for every file it accepts.
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Node, Scalar } from 'yaml';

interface YBase {
  /** Where the node starts and where its value ends in the text (the `yaml` library's range[0] and range[1]). */
  start: number;
  end: number;
  /** The anchor defined on the node (`&name`), if any. */
  anchor?: string;
}

export interface YScalar extends YBase {
  kind: 'scalar';
  /** The value as written: a string's value, a number or boolean as its source, '' for null. */
  text: string;
  /** The value as a mapping key: like `text`, but a null key is its source ('~', 'null'). */
  key: string;
}

export interface YPair {
  key: YNode | null;
  value: YNode | null;
}

export interface YMap extends YBase {
  kind: 'map';
  items: YPair[];
}

export interface YSeq extends YBase {
  kind: 'seq';
  items: (YNode | null)[];
}

export interface YAlias extends YBase {
  kind: 'alias';
  /** The anchor it names. */
  name: string;
}

export type YNode = YScalar | YMap | YSeq | YAlias;

/** Anchored nodes in document order (each list sorted by start), as aliases are resolved. */
export type AnchorMap = Map<string, Array<{ start: number; node: YNode }>>;

/** What a key or value scalar of the `yaml` library reads as (see YScalar). */
function scalarStrings(s: Scalar): { text: string; key: string } {
  const v = s.value;
  if (typeof v === 'string') return { text: v, key: v };
  const source = typeof s.source === 'string' ? s.source : null;
  return { text: v === null || v === undefined ? '' : (source ?? String(v)), key: source ?? String(v) };
}

/**
 * The tree of a `yaml` library document node, and its anchors recorded in document order (a node
 * before its children, a key before its value). Nodes of no known kind (a bare Pair) become null.
 */
export function fromYamlNode(node: Node | null | undefined, anchors: AnchorMap): YNode | null {
  if (node === null || node === undefined) return null;
  const r = node.range;
  const start = r ? r[0] : 0;
  const end = r ? r[1] : 0;
  let out: YNode;
  if (isScalar(node)) {
    const { text, key } = scalarStrings(node);
    out = { kind: 'scalar', start, end, text, key };
  } else if (isAlias(node)) {
    return { kind: 'alias', start, end, name: node.source };
  } else if (isMap(node)) {
    const items: YPair[] = [];
    out = { kind: 'map', start, end, items };
    record(out, node, anchors);
    for (const pair of node.items) items.push({ key: fromYamlNode(pair.key as Node | null, anchors), value: fromYamlNode(pair.value as Node | null, anchors) });
    return out;
  } else if (isSeq(node)) {
    const items: (YNode | null)[] = [];
    out = { kind: 'seq', start, end, items };
    record(out, node, anchors);
    for (const item of node.items) items.push(fromYamlNode(item as Node | null, anchors));
    return out;
  } else {
    return null;
  }
  record(out, node, anchors);
  return out;
}

function record(out: YNode, node: Node, anchors: AnchorMap): void {
  if (!node.anchor || !node.range) return;
  out.anchor = node.anchor;
  const list = anchors.get(node.anchor);
  const def = { start: node.range[0], node: out };
  if (list) list.push(def);
  else anchors.set(node.anchor, [def]);
}
