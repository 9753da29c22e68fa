// SPDX license expressions (SPDX spec, annex D): ids, "+", WITH exceptions, AND, OR, parentheses.
// Enough to decide whether an expression as a whole is OSI/FSF acceptable:
//   OR  – acceptable when any side is (the recipient may choose it),
//   AND – acceptable when every side is,
//   WITH – judged by the base license (exceptions only add permissions).
import { licenseInfo } from './metadata.ts';

export type ExpressionNode =
  | { kind: 'license'; id: string; plus: boolean; exception?: string }
  | { kind: 'and' | 'or'; left: ExpressionNode; right: ExpressionNode };

export interface ExpressionVerdict {
  /** The expression re-written with canonical id spelling. */
  expression: string;
  approved: boolean;
  osiApproved: boolean;
  fsfLibre: boolean;
  /** Ids in the expression that are not on the SPDX License List (LicenseRef-*, typos). */
  unknownIds: string[];
  /** The license ids named, in order, canonical spelling where known. */
  ids: string[];
}

const MAX_EXPRESSION_LENGTH = 1000;
const MAX_DEPTH = 32;

type Token = { t: 'id'; v: string } | { t: 'and' | 'or' | 'with' | '(' | ')' };

function tokenize(expr: string): Token[] | null {
  const out: Token[] = [];
  const re = /\(|\)|[A-Za-z0-9][A-Za-z0-9.+:-]*/y;
  let pos = 0;
  for (;;) {
    while (pos < expr.length && /\s/.test(expr[pos])) pos++;
    if (pos >= expr.length) break;
    re.lastIndex = pos;
    const m = re.exec(expr);
    if (!m) return null;
    pos = re.lastIndex;
    const w = m[0];
    const lw = w.toLowerCase();
    if (w === '(' || w === ')') out.push({ t: w });
    else if (lw === 'and' || lw === 'or' || lw === 'with') out.push({ t: lw });
    else out.push({ t: 'id', v: w });
  }
  return out;
}

/** Parses an SPDX expression; null when it is not one (free text, unbalanced parentheses, ...). */
export function parseExpression(expr: string): ExpressionNode | null {
  if (expr.length === 0 || expr.length > MAX_EXPRESSION_LENGTH) return null;
  const tokens = tokenize(expr);
  if (!tokens || tokens.length === 0) return null;
  let i = 0;
  const peek = () => tokens[i];

  // or := and ("OR" and)* ; and := with ("AND" with)* ; with := atom ("WITH" id)? ; atom := id | "(" or ")"
  function parseOr(depth: number): ExpressionNode | null {
    let left = parseAnd(depth);
    while (left && peek()?.t === 'or') {
      i++;
      const right = parseAnd(depth);
      if (!right) return null;
      left = { kind: 'or', left, right };
    }
    return left;
  }
  function parseAnd(depth: number): ExpressionNode | null {
    let left = parseWith(depth);
    while (left && peek()?.t === 'and') {
      i++;
      const right = parseWith(depth);
      if (!right) return null;
      left = { kind: 'and', left, right };
    }
    return left;
  }
  function parseWith(depth: number): ExpressionNode | null {
    const atom = parseAtom(depth);
    if (!atom) return null;
    if (peek()?.t === 'with') {
      i++;
      const ex = peek();
      if (atom.kind !== 'license' || !ex || ex.t !== 'id') return null;
      i++;
      return { ...atom, exception: ex.v };
    }
    return atom;
  }
  function parseAtom(depth: number): ExpressionNode | null {
    if (depth > MAX_DEPTH) return null;
    const tok = peek();
    if (!tok) return null;
    if (tok.t === '(') {
      i++;
      const inner = parseOr(depth + 1);
      if (!inner || peek()?.t !== ')') return null;
      i++;
      return inner;
    }
    if (tok.t !== 'id') return null;
    i++;
    // "GPL-2.0+" is itself a (deprecated) list id; otherwise a trailing + means "or later".
    const plus = tok.v.endsWith('+') && licenseInfo(tok.v) === null;
    return { kind: 'license', id: plus ? tok.v.slice(0, -1) : tok.v, plus };
  }

  const node = parseOr(0);
  if (!node || i !== tokens.length) return null;
  return node;
}

interface Eval {
  approved: boolean;
  osi: boolean;
  fsf: boolean;
  text: string;
}

function evaluateNode(node: ExpressionNode, unknown: string[], ids: string[]): Eval {
  if (node.kind === 'license') {
    const info = licenseInfo(node.id);
    const id = info?.id ?? node.id;
    ids.push(id);
    if (!info) unknown.push(node.id);
    const osi = info?.osiApproved ?? false;
    const fsf = info?.fsfLibre ?? false;
    const text = `${id}${node.plus ? '+' : ''}${node.exception ? ` WITH ${node.exception}` : ''}`;
    return { approved: osi || fsf, osi, fsf, text };
  }
  const l = evaluateNode(node.left, unknown, ids);
  const r = evaluateNode(node.right, unknown, ids);
  const wrap = (e: Eval, child: ExpressionNode) => (child.kind !== 'license' && child.kind !== node.kind ? `(${e.text})` : e.text);
  const text = `${wrap(l, node.left)} ${node.kind.toUpperCase()} ${wrap(r, node.right)}`;
  if (node.kind === 'or') return { approved: l.approved || r.approved, osi: l.osi || r.osi, fsf: l.fsf || r.fsf, text };
  return { approved: l.approved && r.approved, osi: l.osi && r.osi, fsf: l.fsf && r.fsf, text };
}

/** Evaluates an SPDX expression for OSI/FSF acceptability; null when the text is not an expression. */
export function evaluateExpression(expr: string): ExpressionVerdict | null {
  const node = parseExpression(expr.trim());
  if (!node) return null;
  const unknownIds: string[] = [];
  const ids: string[] = [];
  const e = evaluateNode(node, unknownIds, ids);
  return { expression: e.text, approved: e.approved, osiApproved: e.osi, fsfLibre: e.fsf, unknownIds, ids };
}

/**
 * Whether an SPDX id or expression (Security Insights `license.expression`, package.json
 * "license", Cargo "license", ...) is OSI-approved or FSF free. Unknown ids and malformed
 * expressions are not approved.
 */
export function isApproved(spdxIdOrExpression: string): boolean {
  return evaluateExpression(spdxIdOrExpression)?.approved ?? false;
}
