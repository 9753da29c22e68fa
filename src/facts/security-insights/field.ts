// Pure helpers for rules: read a field with its position, and turn it into evidence.
import type { Evidence } from '../../model/evidence.ts';
import { placeholderReason } from '../placeholder.ts';
import type { PlaceholderField, Position, SecurityInsightsFacts } from './types.ts';

export interface SiField {
  value: unknown;
  line: number;
  column: number;
  /** Repository-relative path of the file, or the parent file's URL for inherited project fields. */
  path: string;
  /** True when the value comes from the parent file named by header.project-si-source. */
  fromParent: boolean;
}

/** Splits 'repository.security.tools[0].name' into ['repository', 'security', 'tools', 0, 'name']. */
export function parseFieldPath(field: string): (string | number)[] | null {
  const out: (string | number)[] = [];
  for (const part of field.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) return null;
    if (m[1] !== '') out.push(m[1]);
    else if (m[2] === '') return null;
    for (const idx of m[2].match(/\d+/g) ?? []) out.push(Number(idx));
  }
  return out;
}

function canonical(segs: (string | number)[]): string {
  let s = '';
  for (const seg of segs) s = typeof seg === 'number' ? `${s}[${seg}]` : s === '' ? seg : `${s}.${seg}`;
  return s;
}

function lookup(data: unknown, segs: (string | number)[]): { found: boolean; value: unknown } {
  let cur: unknown = data;
  for (const seg of segs) {
    if (typeof seg === 'number') {
      if (!Array.isArray(cur) || seg >= cur.length) return { found: false, value: undefined };
      cur = cur[seg];
    } else {
      if (cur === null || typeof cur !== 'object' || Array.isArray(cur) || !Object.hasOwn(cur, seg)) return { found: false, value: undefined };
      cur = (cur as Record<string, unknown>)[seg];
    }
  }
  return { found: true, value: cur };
}

function nearest(positions: Record<string, Position> | undefined, segs: (string | number)[]): Position {
  if (!positions) return { line: 0, column: 0 };
  for (let n = segs.length; n >= 0; n--) {
    const key = canonical(segs.slice(0, n));
    if (Object.hasOwn(positions, key)) return positions[key];
  }
  return { line: 1, column: 1 };
}

/**
 * The value with every placeholder field under `path` left out (undefined when the value itself is
 * one): a placeholder is never evidence, so no reader of the file sees it. Copies only when needed.
 */
function withoutPlaceholders(value: unknown, path: string, placeholders: readonly PlaceholderField[]): unknown {
  if (placeholders.length === 0) return value;
  const inside = placeholders.filter((p) => p.field === path || p.field.startsWith(`${path}.`) || p.field.startsWith(`${path}[`) || path === '');
  if (inside.length === 0) return value;
  if (inside.some((p) => p.field === path)) return undefined;
  const drop = new Set(inside.map((p) => p.field));
  const walk = (v: unknown, at: string, depth: number): unknown => {
    if (depth > 64) return v;
    if (Array.isArray(v)) return v.map((x, i) => walk(x, `${at}[${i}]`, depth + 1)).filter((x) => x !== undefined);
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        const child = at === '' ? k : `${at}.${k}`;
        if (drop.has(child)) continue;
        const w = walk(x, child, depth + 1);
        if (w !== undefined) out[k] = w;
      }
      return out;
    }
    return v;
  };
  return walk(value, path, 0);
}

/** A parent file's value with placeholder strings left out (the parent's fields are not listed in `placeholders`). */
function stripPlaceholderStrings(v: unknown, depth: number): unknown {
  if (typeof v === 'string') return v.trim() !== '' && placeholderReason(v) !== null ? undefined : v;
  if (depth > 64 || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => stripPlaceholderStrings(x, depth + 1)).filter((x) => x !== undefined);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === 'comment') {
      out[k] = x;
      continue;
    }
    const w = stripPlaceholderStrings(x, depth + 1);
    if (w !== undefined) out[k] = w;
  }
  return out;
}

/**
 * A field of the Security Insights file with its line and column, or undefined when absent or a
 * placeholder (see SecurityInsightsFacts.placeholders).
 * Project fields of a child file come from the loaded parent file when the file has no `project`.
 */
export function siField(si: SecurityInsightsFacts, field: string): SiField | undefined {
  const segs = parseFieldPath(field);
  if (!segs || !si.file) return undefined;
  const local = lookup(si.data, segs);
  if (local.found) {
    const value = withoutPlaceholders(local.value, canonical(segs), si.placeholders ?? []);
    if (value === undefined) return undefined;
    const p = nearest(si.positions, segs);
    return { value, line: p.line, column: p.column, path: si.file.path, fromParent: false };
  }
  const data = si.data as Record<string, unknown> | null;
  const hasLocalProject = data !== null && typeof data === 'object' && Object.hasOwn(data, 'project');
  if (segs[0] === 'project' && !hasLocalProject && si.parent?.state === 'loaded') {
    const inherited = lookup(si.parent.data, segs);
    const value = inherited.found ? stripPlaceholderStrings(inherited.value, 0) : undefined;
    if (value !== undefined) {
      const p = nearest(si.parent.positions, segs);
      return { value, line: p.line, column: p.column, path: si.parent.url, fromParent: true };
    }
  }
  return undefined;
}

/** Evidence of kind 'security-insights' pointing at a field (or at the file when the field is absent). */
export function siEvidence(si: SecurityInsightsFacts, field: string, detail: string): Evidence {
  const f = siField(si, field);
  if (f) {
    if (f.fromParent) return { kind: 'security-insights', url: f.path, line: f.line, column: f.column, detail };
    return { kind: 'security-insights', path: f.path, line: f.line, column: f.column, detail };
  }
  const segs = parseFieldPath(field) ?? [];
  const p = nearest(si.file ? si.positions : undefined, segs);
  const ev: Evidence = { kind: 'security-insights', detail };
  if (si.file) {
    ev.path = si.file.path;
    if (p.line > 0) {
      ev.line = p.line;
      ev.column = p.column;
    }
  }
  return ev;
}
