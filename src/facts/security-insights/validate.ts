// Schema validation with diagnostics a maintainer can act on: line, column, field path,
// what was expected, and "did you mean" hints.
import { SCHEMA, resolveRef, validateDefinition, validateDocument } from './schema.ts';
import type { JsonSchema, SchemaError } from './schema.ts';
import type { NodePositions } from './parse.ts';
import { joinPath } from './parse.ts';
import { unknownKeyHint } from './suggest.ts';
import type { Diagnostic, Position, Severity } from './types.ts';

/** Cap on schema diagnostics per file, so a hostile file cannot flood the report. */
export const MAX_SCHEMA_DIAGNOSTICS = 200;

export interface ValidationResult {
  /** True when the document meets the schema as `cue vet` applies it. */
  valid: boolean;
  diagnostics: Diagnostic[];
}

export interface ValidationContext {
  file: string;
  positions: Map<string, NodePositions>;
  schemaVersion: string | null;
}

/** Converts a JSON pointer into a dot path, using the data to tell array indices from keys. */
export function pointerToField(root: unknown, pointer: string, base = ''): string {
  if (pointer === '') return base;
  let field = base;
  let cur: unknown = root;
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur)) {
      field = `${field}[${seg}]`;
      cur = cur[Number(seg)];
    } else {
      field = joinPath(field, seg);
      cur = cur && typeof cur === 'object' && Object.hasOwn(cur, seg) ? (cur as Record<string, unknown>)[seg] : undefined;
    }
  }
  return field;
}

/** Position of a field: its key (which: 'key') or its value; falls back to the nearest ancestor. */
export function positionOf(positions: Map<string, NodePositions>, field: string, which: 'key' | 'value'): Position {
  let f = field;
  for (let i = 0; i < 100; i++) {
    const p = positions.get(f);
    if (p) return which === 'key' ? p.key : p.value;
    if (f === '') break;
    const m = /^(.*)\[\d+\]$/.exec(f);
    if (m) f = m[1];
    else {
      const dot = f.lastIndexOf('.');
      f = dot < 0 ? '' : f.slice(0, dot);
    }
  }
  return { line: 1, column: 1 };
}

export function describeValue(v: unknown): string {
  if (v === null || v === undefined) return 'nothing (an empty value)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the text ${quote(v)}`;
  if (typeof v === 'boolean') return `the boolean ${v}`;
  if (typeof v === 'number') return `the number ${v}`;
  return typeof v;
}

export function quote(s: string): string {
  const t = s.length > 80 ? `${s.slice(0, 77)}...` : s;
  return JSON.stringify(t);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  boolean: 'true or false',
  object: 'a mapping of keys to values',
  array: 'a list',
  number: 'a number',
  integer: 'a whole number',
};

function valueAt(root: unknown, pointer: string): unknown {
  let cur: unknown = root;
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, seg)) return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

/** Renames between 2.x versions that we tolerate in files declaring the older version. */
const RENAMED_IN_2_2: { parent: string; old: string; now: string }[] = [
  { parent: 'project.vulnerability-reporting', old: 'security-policy', now: 'policy' },
];
/** Fields added in 2.2.0 (not in 2.0.0 / 2.1.0). */
const ADDED_IN_2_2 = ['project.documentation.design', 'project.vulnerability-reporting.policy'];
/** Fields added in 2.1.0 (not in 2.0.0). */
const ADDED_IN_2_1 = ['project.steward', 'project.documentation.support-policy'];

function errorsToDiagnostics(
  errors: SchemaError[],
  root: unknown,
  ctx: ValidationContext,
  severity: Severity,
  base: string,
  prefix: string,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  const patternFields = new Set(errors.filter((e) => e.keyword === 'pattern' || e.keyword === 'type').map((e) => e.instancePath));
  const older = ctx.schemaVersion === '2.0.0' || ctx.schemaVersion === '2.1.0';
  for (const e of errors) {
    // Past the cap, keep counting but skip the work of describing (hints are costly).
    if (out.length > MAX_SCHEMA_DIAGNOSTICS) {
      out.push({ severity, message: '', path: ctx.file, line: 1, column: 1 });
      continue;
    }
    const field = pointerToField(root, e.instancePath, base);
    let message: string;
    let at: Position;
    let diagField = field;
    let sev = severity;
    const parentSchema = e.parentSchema as JsonSchema | undefined;
    switch (e.keyword) {
      case 'required': {
        const missing = String((e.params as { missingProperty: string }).missingProperty);
        diagField = joinPath(field, missing);
        const where = field === '' ? 'The document' : `\`${field}\``;
        const child = parentSchema?.properties?.[missing];
        const expected = child ? describeSchema(child) : 'a value';
        message = `${where} is missing the required field \`${missing}\` (expected ${expected}).`;
        at = positionOf(ctx.positions, field, 'key');
        break;
      }
      case 'additionalProperties': {
        const key = String((e.params as { additionalProperty: string }).additionalProperty);
        diagField = joinPath(field, key);
        at = positionOf(ctx.positions, diagField, 'key');
        const rename = RENAMED_IN_2_2.find((r) => r.parent === field && r.old === key);
        if (rename && older) {
          sev = 'info';
          message = `\`${diagField}\` is the ${ctx.schemaVersion} name; schema 2.2.0 renamed it \`${rename.now}\`. Accepted for a ${ctx.schemaVersion} file; rename it when you move to 2.2.0.`;
          break;
        }
        const where = field === '' ? 'the top level' : `\`${field}\``;
        const hint = rename ? `Schema 2.2.0 renamed it \`${rename.now}\`.` : unknownKeyHint(field, key);
        message = `\`${key}\` is not a field of ${where}.${hint ? ` ${hint}` : ''}`;
        break;
      }
      case 'type': {
        const v = valueAt(root, e.instancePath);
        const want = String((e.params as { type: string }).type);
        message = `\`${field || '(document)'}\` must be ${TYPE_WORDS[want] ?? want}; found ${describeValue(v)}.`;
        if (want === 'array' && (typeof v === 'string' || typeof v === 'object')) message += ' Write it as a YAML list (lines starting with "- ").';
        if (want === 'string' && (typeof v === 'number' || typeof v === 'boolean')) message += ' Quote the value to make it text.';
        at = positionOf(ctx.positions, field, 'value');
        break;
      }
      case 'pattern':
      case 'format': {
        if (e.keyword === 'format' && patternFields.has(e.instancePath)) continue;
        const v = valueAt(root, e.instancePath);
        const desc = parentSchema?.description ?? `text matching ${String((e.params as { pattern?: string }).pattern ?? '')}`;
        const real = e.keyword === 'format' ? 'a real calendar date, written YYYY-MM-DD' : desc;
        message = `\`${field}\` must be ${real}; found ${describeValue(v)}.`;
        at = positionOf(ctx.positions, field, 'value');
        break;
      }
      case 'enum': {
        const v = valueAt(root, e.instancePath);
        const allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
        const ci = typeof v === 'string' ? allowed.find((a) => a.toLowerCase() === v.toLowerCase()) : undefined;
        message = `\`${field}\` must be one of ${allowed.map((a) => `\`${a}\``).join(', ')}; found ${describeValue(v)}.${ci ? ` Did you mean \`${ci}\`?` : ''}`;
        at = positionOf(ctx.positions, field, 'value');
        break;
      }
      case 'minItems':
        message = `\`${field}\` must list at least one entry.`;
        at = positionOf(ctx.positions, field, 'key');
        break;
      default:
        message = `\`${field || '(document)'}\` ${e.message ?? 'does not meet the schema'}.`;
        at = positionOf(ctx.positions, field, 'value');
    }
    const dedupe = `${diagField}|${message}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    out.push({ severity: sev, message: prefix + message, path: ctx.file, line: at.line, column: at.column, field: diagField || undefined });
  }
  return out;
}

function describeSchema(s: JsonSchema): string {
  const r = resolveRef(s);
  if (r.description) return r.description;
  if (r.enum) return `one of ${r.enum.map((v) => `\`${String(v)}\``).join(', ')}`;
  if (r.type === 'array') return 'a list';
  if (r.type === 'object') return 'a mapping';
  return r.type ? (TYPE_WORDS[r.type] ?? r.type) : 'a value';
}

/** Arrays written [#X, ...] in CUE: schema path (no indices) and the item definition. */
function openTupleLists(): { field: string; def: string }[] {
  const out: { field: string; def: string }[] = [];
  const visit = (s: JsonSchema, path: string, depth: number): void => {
    if (depth > 12) return;
    const r = resolveRef(s);
    for (const [k, child] of Object.entries(r.properties ?? {})) {
      const p = joinPath(path, k);
      const c = resolveRef(child);
      if (c.prefixItems?.[0]?.$ref) out.push({ field: p, def: c.prefixItems[0].$ref.replace('#/$defs/', '') });
      else if (c.type === 'object' || c.properties) visit(child, p, depth + 1);
    }
  };
  visit(SCHEMA, '', 0);
  return out;
}
let tupleLists: { field: string; def: string }[] | null = null;

function getPath(root: unknown, field: string): unknown {
  let cur: unknown = root;
  for (const seg of field.split('.')) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur) || !Object.hasOwn(cur, seg)) return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

/** Validates a parsed 2.x document. */
export function validateInsights(data: unknown, ctx: ValidationContext): ValidationResult {
  const errors = validateDocument(data);
  let diagnostics = errorsToDiagnostics(errors, data, ctx, 'error', '', '');
  const valid = !diagnostics.some((d) => d.severity === 'error');

  // The documented intent that CUE does not enforce: every entry of a [#X, ...] list is an X.
  tupleLists ??= openTupleLists();
  for (const { field, def } of tupleLists) {
    const list = getPath(data, field);
    if (!Array.isArray(list)) continue;
    for (let i = 1; i < list.length && i < 1000; i++) {
      const errs = validateDefinition(def, list[i]);
      if (errs.length === 0) continue;
      diagnostics.push(
        ...errorsToDiagnostics(
          errs,
          list[i],
          ctx,
          'warning',
          `${field}[${i}]`,
          `The specification says every entry of \`${field}\` is a ${def} (schema.cue checks only the first, so this does not make the file invalid): `,
        ),
      );
    }
  }

  // Version-specific notes for files that declare an older 2.x version.
  if (ctx.schemaVersion === '2.0.0' || ctx.schemaVersion === '2.1.0') {
    const added = ctx.schemaVersion === '2.0.0' ? [...ADDED_IN_2_1, ...ADDED_IN_2_2] : ADDED_IN_2_2;
    for (const f of added) {
      if (getPath(data, f) === undefined) continue;
      const p = positionOf(ctx.positions, f, 'key');
      diagnostics.push({
        severity: 'info',
        message: `\`${f}\` is not part of schema ${ctx.schemaVersion}, which the header declares; set \`header.schema-version\` to 2.2.0.`,
        path: ctx.file,
        line: p.line,
        column: p.column,
        field: f,
      });
    }
  }

  if (diagnostics.length > MAX_SCHEMA_DIAGNOSTICS) {
    const dropped = diagnostics.length - MAX_SCHEMA_DIAGNOSTICS;
    diagnostics = diagnostics.slice(0, MAX_SCHEMA_DIAGNOSTICS);
    diagnostics.push({ severity: 'info', message: `${dropped} more schema findings were not listed.`, path: ctx.file, line: 1, column: 1 });
  }
  return { valid, diagnostics };
}
