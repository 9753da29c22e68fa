// The validators compiled at build time (src/validators/, written by src/dev/compile-schemas.ts)
// are the files the script writes now, and answer exactly as Ajv compiling the same schema with the
// same options at run time answers: the same verdict and the same errors, field for field (with
// the schema and data of each error where the unit asks for them), on real documents and on
// thousands of variants of them with a key removed, a value of the wrong type or an unknown key.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { RunContext } from '../src/attestation/context.ts';
import { buildStatement } from '../src/attestation/statement.ts';
import { compileUnit, UNITS, VALIDATORS_DIR, type SchemaUnit } from '../src/dev/compile-schemas.ts';
import { evaluate } from '../src/engine.ts';
import * as eventValidators from '../src/validators/event.js';
import * as gemaraValidators from '../src/validators/gemara.js';
import * as predicateValidators from '../src/validators/result-predicate.js';
import * as resultValidators from '../src/validators/result.js';
import * as insightsValidators from '../src/validators/security-insights.js';
import * as configValidators from '../src/validators/slam-config.js';
import { sampleResult } from './helpers/fake-sigstore.ts';
import { makeRepo } from './helpers/repo.ts';
import { reference } from './helpers/schemas.ts';
import { MINIMAL } from './security-insights/helpers.ts';
import { SAMPLE_RUN_CONTEXT } from './helpers/run-context.ts';

const root = join(import.meta.dirname, '..');
const addFormats = ((formatsPlugin as unknown as { default?: unknown }).default ?? formatsPlugin) as (a: Ajv2020, f?: string[]) => unknown;
const MODULES: Record<string, Record<string, ValidateFunction>> = {
  'security-insights': insightsValidators,
  gemara: gemaraValidators,
  'slam-config': configValidators,
  result: resultValidators,
  'result-predicate': predicateValidators,
  event: eventValidators,
};

/** Ajv compiling the unit's schemas now, with the options the run used to compile them with. */
function runtimeAjv(unit: SchemaUnit): Ajv2020 {
  const ajv = new Ajv2020({ ...unit.options });
  if (unit.formats === 'all') addFormats(ajv);
  else if (unit.formats !== null) addFormats(ajv, unit.formats);
  for (const f of unit.schemas) ajv.addSchema(JSON.parse(readFileSync(join(root, 'schemas', f), 'utf8')));
  return ajv;
}

/**
 * Calls `visit` with the document and with variants of it: each key removed, each value replaced
 * by one of another type, an unknown key added. Each variant is made in place and undone after
 * its visit (copying a large result document thousands of times took most of this test's time);
 * the number of visits is returned.
 */
function forEachVariant(doc: unknown, visit: (d: unknown) => void, max = 200): number {
  visit(doc);
  let visits = 1;
  const all: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    if (path.length > 0) all.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(doc, []);
  // At most `max` places, spread over the whole document.
  const step = Math.max(1, all.length / max);
  const paths = Array.from({ length: Math.min(max, all.length) }, (_, i) => all[Math.floor(i * step)]);
  const parentOf = (path: (string | number)[]) => path.slice(0, -1).reduce<unknown>((c, k) => (c as Record<string | number, unknown>)[k], doc) as Record<string | number, unknown>;
  for (const path of paths) {
    const parent = parentOf(path);
    const last = path[path.length - 1];
    const value = parent[last];
    for (const replacement of [null, typeof value === 'string' ? 7 : 'text', typeof value === 'object' ? 'not a date' : { x: 1 }, [], '2026-02-30', 'http:// spaced']) {
      parent[last] = replacement;
      visit(doc);
      visits++;
    }
    parent[last] = value;
    if (Array.isArray(parent)) {
      parent.splice(last as number, 1);
      visit(doc);
      parent.splice(last as number, 0, value);
    } else {
      delete parent[last];
      visit(doc);
      parent[last] = value;
    }
    visits++;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      (value as Record<string, unknown>)['zz-unknown'] = true;
      visit(doc);
      delete (value as Record<string, unknown>)['zz-unknown'];
      visits++;
    }
  }
  return visits;
}

/** Each schema object of an error (verbose units carry them) written once, then reused: most errors share a few. */
const written = new WeakMap<object, string>();
function withSchemasOnce(this: unknown, key: string, value: unknown): unknown {
  if ((key !== 'schema' && key !== 'parentSchema') || value === null || typeof value !== 'object') return value;
  let text = written.get(value);
  if (text === undefined) written.set(value, (text = JSON.stringify(value)));
  return text;
}

/** Validates one document both ways and expects the same verdict and errors; true when it is invalid. */
function expectSameAnswer(compiled: ValidateFunction, runtime: ValidateFunction, doc: unknown): boolean {
  const a = compiled(doc);
  const b = runtime(doc);
  if (a !== b) expect({ doc: structuredClone(doc), compiled: a }).toEqual({ doc, compiled: b });
  // Compared as JSON, each schema written once: a deep comparison of thousands of errors is slow.
  const [x, y] = [JSON.stringify(compiled.errors ?? null, withSchemasOnce), JSON.stringify(runtime.errors ?? null, withSchemasOnce)];
  if (x !== y) expect({ doc: structuredClone(doc), errors: JSON.parse(x) }).toEqual({ doc, errors: JSON.parse(y) });
  return !a;
}

const yamlOf = (path: string) => parse(readFileSync(path, 'utf8')) as unknown;

const ctx: RunContext = SAMPLE_RUN_CONTEXT;

async function evaluatedResult(): Promise<unknown> {
  const repo = makeRepo({ 'README.md': '# widget\n', 'security-insights.yml': MINIMAL, LICENSE: 'MIT License\n' });
  try {
    return JSON.parse(JSON.stringify((await evaluate(repo.root, { level: 3, offline: true })).result));
  } finally {
    repo.cleanup();
  }
}

/** Real documents for each unit's exports. */
async function corpus(): Promise<Record<string, Record<string, unknown[]>>> {
  const si = [yamlOf(join(root, 'security-insights.yml')), parse(MINIMAL)];
  for (const name of ['example-full.yml', 'example-minimum.yml', 'example-multi-repository-project.yml', 'example-multi-repository-project-reuse.yml']) {
    const p = reference(`security-insights-v2.2.0/${name}`);
    if (p) si.push(yamlOf(p));
  }
  const gemara = (name: string) => {
    const p = reference(`gemara-v1.4.1/test-data/${name}`);
    return p ? [yamlOf(p)] : [];
  };
  const result = [sampleResult(), await evaluatedResult()];
  const predicate = result.map((r) => {
    const doc = structuredClone(r) as { subject: { repository: string; commit: string; ref: string } };
    doc.subject = { repository: ctx.repository, commit: ctx.sha, ref: ctx.ref };
    return buildStatement('security-slam-result.json', Buffer.from(JSON.stringify(doc)), ctx).predicate as unknown;
  });
  return {
    'security-insights': { document: si },
    gemara: {
      threat: [...gemara('good-threat-catalog.yaml'), ...gemara('bad-threat-invalid-group.yaml')],
      capability: [...gemara('good-capability-catalog.yaml'), ...gemara('bad-capability-invalid-group.yaml')],
    },
    'slam-config': { config: [{ level: 2 }, { 'foundation-maturity': 'incubating' }, { level: '3', 'foundation-maturity': 'sandbox' }, { level: 4 }, [], 'level: 2'] },
    result: { result },
    'result-predicate': { predicate },
    event: { event: [yamlOf(join(root, 'docs', 'event-example.yml'))] },
  };
}

describe('validators compiled at build time', () => {
  it('are the files src/dev/compile-schemas.ts writes (npm run build writes them)', () => {
    expect(UNITS.map((u) => u.file).sort()).toEqual(Object.keys(MODULES).sort());
    for (const unit of UNITS) {
      const { js, dts } = compileUnit(unit);
      expect(readFileSync(join(VALIDATORS_DIR, `${unit.file}.js`), 'utf8'), `src/validators/${unit.file}.js is stale: run npm run build`).toBe(js);
      expect(readFileSync(join(VALIDATORS_DIR, `${unit.file}.d.ts`), 'utf8'), `src/validators/${unit.file}.d.ts is stale: run npm run build`).toBe(dts);
    }
  });

  it('answer as Ajv compiling the schema at run time does, on real documents and their variants', { timeout: 60_000 }, async () => {
    const docs = await corpus();
    for (const unit of UNITS) {
      const ajv = runtimeAjv(unit);
      for (const [name, id] of Object.entries(unit.exports)) {
        const real = docs[unit.file][name];
        expect(real.length, `${unit.file}.${name} has documents to compare on`).toBeGreaterThan(0);
        const runtime = ajv.getSchema(id) as ValidateFunction;
        let invalid = 0;
        let visits = 0;
        for (const doc of real) visits += forEachVariant(doc, (d) => void (expectSameAnswer(MODULES[unit.file][name], runtime, d) && invalid++));
        // The variants reach the errors, not only the valid path.
        expect(invalid, `${unit.file}.${name}`).toBeGreaterThan(visits / 4);
      }
    }
  });

  it("answer as Ajv does for each Security Insights definition, on every value of the examples", () => {
    const unit = UNITS.find((u) => u.file === 'security-insights') as SchemaUnit;
    const ajv = runtimeAjv(unit);
    const schema = JSON.parse(readFileSync(join(root, 'schemas', unit.schemas[0]), 'utf8')) as { $id: string; $defs: Record<string, unknown> };
    const values: unknown[] = [];
    const walk = (v: unknown) => {
      values.push(v);
      if (Array.isArray(v)) v.forEach(walk);
      else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(yamlOf(join(root, 'security-insights.yml')));
    walk(parse(MINIMAL));
    const defs = Object.keys(schema.$defs);
    expect(defs.length).toBeGreaterThan(10);
    for (const name of defs) {
      const compiled = insightsValidators[`def_${name}` as keyof typeof insightsValidators] as ValidateFunction;
      const runtime = ajv.getSchema(`${schema.$id}#/$defs/${name}`) as ValidateFunction;
      for (const value of values) expectSameAnswer(compiled, runtime, value);
    }
  });
});
