import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { keyLocations, schemaAt, validateDocument } from '../../src/facts/security-insights/schema.ts';
import type { JsonSchema } from '../../src/facts/security-insights/schema.ts';
import { MINIMAL, readReference, requireReference } from './helpers.ts';

const EXAMPLES = ['example-full.yml', 'example-minimum.yml', 'example-multi-repository-project.yml', 'example-multi-repository-project-reuse.yml'];
const ref = requireReference();

/** Every (parent dot path with indices, required key) where the parent object exists in `data`. */
function requiredSites(data: unknown): { parent: string; key: string; schemaParent: string }[] {
  const out: { parent: string; key: string; schemaParent: string }[] = [];
  const walk = (v: unknown, path: string, schemaPath: string): void => {
    if (Array.isArray(v)) {
      // Only the first entry: CUE's [#X, ...] constrains the first entry only.
      if (v.length > 0) walk(v[0], `${path}[0]`, `${schemaPath}[]`);
      return;
    }
    if (v === null || typeof v !== 'object') return;
    const s: JsonSchema | undefined = schemaAt(schemaPath);
    for (const key of s?.required ?? []) out.push({ parent: path, key, schemaParent: schemaPath });
    for (const [k, child] of Object.entries(v)) walk(child, path === '' ? k : `${path}.${k}`, schemaPath === '' ? k : `${schemaPath}.${k}`);
  };
  walk(data, '', '');
  return out;
}

function deleteAt(data: unknown, parent: string, key: string): unknown {
  const clone = structuredClone(data) as Record<string, unknown>;
  let cur: unknown = clone;
  for (const seg of parent === '' ? [] : parent.split('.')) {
    const m = /^(.*?)\[(\d+)\]$/.exec(seg);
    cur = m ? ((cur as Record<string, unknown[]>)[m[1]])[Number(m[2])] : (cur as Record<string, unknown>)[seg];
  }
  delete (cur as Record<string, unknown>)[key];
  return clone;
}

function allRequiredInSchema(): Set<string> {
  const set = new Set<string>();
  const parents = new Set(['', ...keyLocations().map((l) => (l.parent === '' ? l.key : `${l.parent}.${l.key}`))]);
  for (const p of [...parents, ...[...parents].map((p) => `${p}[]`)]) {
    for (const r of schemaAt(p)?.required ?? []) set.add(`${p}|${r}`);
  }
  return set;
}

describe.skipIf(!ref)('the reference examples', () => {
  for (const name of EXAMPLES) {
    it(`${name} validates against our schema`, () => {
      expect(validateDocument(parse(readReference(name)))).toEqual([]);
    });
  }

  it('removing any required field from example-full makes it invalid, and every required field of the schema is exercised', () => {
    const data = parse(readReference('example-full.yml'));
    const sites = requiredSites(data);
    const covered = new Set<string>();
    for (const { parent, key, schemaParent } of sites) {
      const errors = validateDocument(deleteAt(data, parent, key));
      const hit = errors.some((e) => e.keyword === 'required' && (e.params as { missingProperty: string }).missingProperty === key);
      expect(hit, `removing ${parent}.${key} should fail validation`).toBe(true);
      covered.add(`${schemaParent}|${key}`);
    }
    expect(sites.length).toBeGreaterThan(30);
    // Every required field the schema declares at a place the schema can reach is covered.
    const missing = [...allRequiredInSchema()].filter((r) => !covered.has(r));
    expect(missing).toEqual([]);
  });
  // Which fields cue vet requires, per definition, is checked in cue-vs-md.test.ts.
});

describe('our schema without the reference folder', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data navigated freely
  const base = parse(MINIMAL) as Record<string, any>;

  it('accepts our minimal file', () => {
    expect(validateDocument(base)).toEqual([]);
  });

  it('rejects unknown keys (CUE definitions are closed)', () => {
    const d = structuredClone(base);
    d.project.nickname = 'w';
    expect(validateDocument(d).map((e) => e.keyword)).toContain('additionalProperties');
  });

  it('constrains only the first entry of a [#Contact, ...] list, like cue vet', () => {
    const d = structuredClone(base);
    d.repository['core-team'].push({ name: 'Bob' });
    expect(validateDocument(d)).toEqual([]);
    d.repository['core-team'][0] = { name: 'Bob' };
    expect(validateDocument(d).length).toBeGreaterThan(0);
  });

  it('requires at least one entry in [#X, ...] lists', () => {
    const d = structuredClone(base);
    d.project.administrators = [];
    expect(validateDocument(d).map((e) => e.keyword)).toContain('minItems');
  });

  it('checks dates are real calendar dates and URLs are http(s)', () => {
    const d = structuredClone(base);
    d.header['last-updated'] = '2025-02-30';
    d.header.url = 'ftp://example.com/x';
    const kw = validateDocument(d).map((e) => `${e.instancePath}:${e.keyword}`);
    expect(kw).toContain('/header/last-updated:format');
    expect(kw).toContain('/header/url:pattern');
  });

  it('accepts every rulesets list of strings, rejects a bare string', () => {
    const d = structuredClone(base);
    d.repository.security.tools = [{ name: 'x', type: 'SAST', rulesets: ['a', 'b'], integration: { adhoc: false, ci: true, release: false }, results: {} }];
    expect(validateDocument(d)).toEqual([]);
    d.repository.security.tools[0].rulesets = 'default';
    expect(validateDocument(d).length).toBeGreaterThan(0);
  });

  it('has no project-or-repository requirement at the top (only header), as in schema.cue', () => {
    expect(validateDocument({ header: base.header })).toEqual([]);
  });
});
