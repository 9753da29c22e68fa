// Our JSON Schema for Security Insights 2.x (written from schema.cue), compiled at build time
// (src/validators/), plus an index of where each key is allowed, used for "did you mean" hints.
import type { ErrorObject, ValidateFunction } from 'ajv';
import * as compiled from '../../validators/security-insights.js';
import schemaJson from '../../../schemas/security-insights-2.x.schema.json' with { type: 'json' };

export const SCHEMA = schemaJson as unknown as JsonSchema;
export const SCHEMA_ID = SCHEMA.$id as string;

/** Schema versions of the 2.x line this module knows. */
export const KNOWN_VERSIONS = ['2.0.0', '2.1.0', '2.2.0'] as const;
export const CURRENT_VERSION = '2.2.0';

export interface JsonSchema {
  $id?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema | boolean;
  prefixItems?: JsonSchema[];
  minItems?: number;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  additionalProperties?: boolean;
}

export type SchemaError = ErrorObject;

/** Each definition's validator, by name ("Contact"). */
const DEFINITIONS = new Map<string, ValidateFunction>(
  Object.entries(compiled)
    .filter(([k]) => k.startsWith('def_'))
    .map(([k, v]) => [k.slice('def_'.length), v]),
);

/** Validates a parsed document against the 2.x schema. */
export function validateDocument(data: unknown): SchemaError[] {
  const v = compiled.document;
  return v(data) ? [] : [...(v.errors ?? [])];
}

/** Validates a value against one definition, e.g. "Contact". */
export function validateDefinition(name: string, data: unknown): SchemaError[] {
  const v = DEFINITIONS.get(name);
  if (!v) throw new Error(`unknown definition ${name}`);
  return v(data) ? [] : [...(v.errors ?? [])];
}

export function resolveRef(s: JsonSchema): JsonSchema {
  let cur = s;
  for (let i = 0; i < 10 && cur.$ref; i++) {
    const m = /^#\/\$defs\/(.+)$/.exec(cur.$ref);
    const next = m ? SCHEMA.$defs?.[m[1]] : undefined;
    if (!next) break;
    cur = next;
  }
  return cur;
}

/** A place in the schema where a key is allowed, e.g. {parent: 'repository', key: 'core-team'}. */
export interface KeyLocation {
  /** Schema path of the containing object; '' is the document root; array entries are written []. */
  parent: string;
  key: string;
  /** The definition name of the value, when it is a $ref. */
  def?: string;
}

let locations: KeyLocation[] | null = null;

/** Every (parent, key) pair the schema allows, walking $refs (the schema has no cycles). */
export function keyLocations(): KeyLocation[] {
  if (locations) return locations;
  const out: KeyLocation[] = [];
  const visit = (s: JsonSchema, path: string, depth: number): void => {
    if (depth > 20) return;
    const r = resolveRef(s);
    if (r.properties) {
      for (const [key, child] of Object.entries(r.properties)) {
        const def = child.$ref ? child.$ref.replace('#/$defs/', '') : undefined;
        out.push({ parent: path, key, def });
        visit(child, path === '' ? key : `${path}.${key}`, depth + 1);
      }
    }
    const item = r.prefixItems?.[0] ?? (typeof r.items === 'object' ? r.items : undefined);
    if (item) visit(item, `${path}[]`, depth + 1);
  };
  visit(SCHEMA, '', 0);
  locations = out;
  return out;
}

/** The object schema at a schema path ('' root, 'project.administrators[]'), or undefined. */
export function schemaAt(schemaPath: string): JsonSchema | undefined {
  let cur: JsonSchema | undefined = resolveRef(SCHEMA);
  for (const seg of splitSchemaPath(schemaPath)) {
    if (!cur) return undefined;
    if (seg === '[]') {
      const item: JsonSchema | undefined = cur.prefixItems?.[0] ?? (typeof cur.items === 'object' ? cur.items : undefined);
      cur = item ? resolveRef(item) : undefined;
    } else {
      const p: JsonSchema | undefined = cur.properties?.[seg];
      cur = p ? resolveRef(p) : undefined;
    }
  }
  return cur;
}

/** Splits 'a.b[].c' or 'a.b[3].c' into ['a', 'b', '[]', 'c'] (indices become []). */
export function splitSchemaPath(path: string): string[] {
  const out: string[] = [];
  for (const part of path.split('.')) {
    if (part === '') continue;
    const m = /^([^[]*)((?:\[\d*\])*)$/.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    if (m[1]) out.push(m[1]);
    const brackets = m[2].match(/\[\d*\]/g) ?? [];
    for (let i = 0; i < brackets.length; i++) out.push('[]');
  }
  return out;
}

/** The schema path of an instance path: indices replaced by []. */
export function toSchemaPath(field: string): string {
  return field.replace(/\[\d+\]/g, '[]');
}
