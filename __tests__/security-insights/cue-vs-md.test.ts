// schema.cue decides validity (it is what `cue vet` applies); schema.md is the field reference
// people read. Where the two differ on whether a field must be present, this file (1) finds every
// difference by reading both files, (2) checks the list against the one in docs/security-insights.md,
// and (3) has a test per difference that our validator does what cue vet does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { gatherSecurityInsights } from '../../src/facts/security-insights/index.ts';
import { SCHEMA, validateDocument } from '../../src/facts/security-insights/schema.ts';
import { MINIMAL, NOW, readReference, requireReference, snap } from './helpers.ts';

const ref = requireReference();

interface CueField {
  optional: boolean;
  type: string;
}

/** `#Name: { ... }` blocks of schema.cue: fields one tab deep, and inline structs (`x: { ... }`) as `Name.x`. */
function cueDefinitions(cue: string): Map<string, Map<string, CueField>> {
  const defs = new Map<string, Map<string, CueField>>();
  for (const m of cue.matchAll(/^#(\w+): \{\n([\s\S]*?)^\}/gm)) {
    const fields = new Map<string, CueField>();
    defs.set(m[1], fields);
    let inline: Map<string, CueField> | null = null;
    for (const line of m[2].split('\n')) {
      const two = /^\t\t("?)([\w-]+)\1(\?)?:(.*)$/.exec(line);
      if (inline && two) {
        inline.set(two[2], { optional: two[3] === '?', type: two[4].trim() });
        continue;
      }
      if (/^\t\}/.test(line)) inline = null;
      const one = /^\t("?)([\w-]+)\1(\?)?:(.*)$/.exec(line);
      if (!one) continue;
      fields.set(one[2], { optional: one[3] === '?', type: one[4].trim() });
      if (one[4].trim() === '{') {
        inline = new Map();
        defs.set(`${m[1]}.${one[2]}`, inline);
      }
    }
  }
  return defs;
}

/**
 * Whether `cue vet` requires the field to be present. A field written without `?` is required only
 * when its value is incomplete without data: a regular field whose definition has only optional
 * fields (`results: #SecurityToolResults`) unifies to `{}`, which is concrete, so its absence passes.
 */
function cueRequires(defs: Map<string, Map<string, CueField>>, def: string, field: string): boolean {
  const f = defs.get(def)?.get(field);
  if (!f || f.optional) return false;
  const ref = /^#(\w+)\b/.exec(f.type.trim());
  const target = ref ? defs.get(ref[1]) : f.type.trim() === '{' ? defs.get(`${def}.${field}`) : undefined;
  if (target) return [...target.keys()].some((k) => cueRequires(defs, ref ? ref[1] : `${def}.${field}`, k));
  return true;
}

/** `## #Name` sections of schema.md: each documented field and whether it is marked _Required_. */
function mdDefinitions(md: string): Map<string, Map<string, boolean>> {
  const defs = new Map<string, Map<string, boolean>>();
  let cur: Map<string, boolean> | null = null;
  for (const line of md.split('\n')) {
    const h = /^## #(\w+)\s*$/.exec(line);
    if (h) {
      cur = new Map();
      defs.set(h[1], cur);
      continue;
    }
    if (/^## /.test(line)) cur = null;
    const f = /^`([\w-]+)` \*\*.*?\*\*( _Required_)?\s*$/.exec(line);
    if (cur && f) cur.set(f[1], f[2] !== undefined);
  }
  return defs;
}

interface Difference {
  field: string;
  cue: 'required' | 'optional';
  md: 'required' | 'optional' | 'not documented';
}

function differences(): Difference[] {
  const cue = cueDefinitions(readReference('schema.cue'));
  const md = mdDefinitions(readReference('schema.md'));
  const out: Difference[] = [];
  for (const [def, fields] of cue) {
    const [mdDef] = def.split('.');
    const documented = def.includes('.') ? undefined : md.get(mdDef);
    for (const name of fields.keys()) {
      const c = cueRequires(cue, def, name) ? 'required' : 'optional';
      const m = documented?.has(name) ? (documented.get(name) ? 'required' : 'optional') : 'not documented';
      if (c !== m) out.push({ field: `${def}.${name}`, cue: c, md: m });
    }
  }
  for (const [def, fields] of md)
    for (const [name, req] of fields) if (!cue.get(def)?.has(name)) out.push({ field: `${def}.${name}`, cue: 'optional', md: req ? 'required' : 'optional' });
  return out.sort((a, b) => a.field.localeCompare(b.field));
}

/** The differences as docs/security-insights.md lists them (the table after "Required or optional"). */
const DOCUMENTED: Difference[] = [
  { field: 'SecurityPosture.assessments.self', cue: 'required', md: 'not documented' },
  { field: 'SecurityPosture.assessments.third-party', cue: 'optional', md: 'not documented' },
  { field: 'SecurityTool.results', cue: 'optional', md: 'required' },
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data navigated freely
const base = (): Record<string, any> => parse(MINIMAL);
const tool = (): Record<string, unknown> => ({ name: 'CodeQL', type: 'SAST', rulesets: ['default'], integration: { adhoc: false, ci: true, release: false }, results: {} });
const gather = (text: string) => gatherSecurityInsights(snap({ 'security-insights.yml': text }), { offline: true, now: NOW });

describe.skipIf(!ref)('schema.cue against schema.md: every required/optional difference', () => {
  it('the differences found by reading both files are the ones docs/security-insights.md lists', () => {
    expect(differences()).toEqual(DOCUMENTED);
    const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'security-insights.md'), 'utf8');
    for (const d of DOCUMENTED) {
      const [def, ...rest] = d.field.split('.');
      expect(doc, d.field).toContain(`\`#${def}\``);
      expect(doc, d.field).toContain(`\`${rest.join('.')}\``);
    }
  });

  it('our JSON Schema requires exactly the fields cue vet requires, per definition', () => {
    const cue = cueDefinitions(readReference('schema.cue'));
    for (const [def, fields] of cue) {
      if (def.includes('.')) continue;
      const want = [...fields.keys()].filter((f) => cueRequires(cue, def, f)).sort();
      expect([...(SCHEMA.$defs?.[def]?.required ?? [])].sort(), def).toEqual(want);
    }
  });
});

describe('each difference behaves as cue vet does', () => {
  it('SecurityTool.results: schema.md says Required, but an absent `results` is valid (every field of #SecurityToolResults is optional)', async () => {
    const d = base();
    const t = tool();
    delete t.results;
    d.repository.security.tools = [t];
    expect(validateDocument(d)).toEqual([]);
    const text = MINIMAL.replace(
      '  security:\n',
      '  security:\n    tools:\n      - name: CodeQL\n        type: SAST\n        rulesets: [default]\n        integration: {adhoc: false, ci: true, release: false}\n',
    );
    const f = await gather(text);
    expect(f.file?.valid).toBe(true);
    expect(f.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
    expect(f.diagnostics.some((x) => /results/.test(x.message))).toBe(false);
  });

  it('SecurityTool.results: present but not a mapping is still an error (null, a list)', () => {
    const d = base();
    d.repository.security.tools = [{ ...tool(), results: null }];
    expect(validateDocument(d).length).toBeGreaterThan(0);
    d.repository.security.tools = [{ ...tool(), results: [] }];
    expect(validateDocument(d).length).toBeGreaterThan(0);
  });

  it('SecurityTool.results: an attestation given in it must be complete', () => {
    const d = base();
    d.repository.security.tools = [{ ...tool(), results: { ci: { name: 'scan' } } }];
    const missing = validateDocument(d).filter((e) => e.keyword === 'required').map((e) => (e.params as { missingProperty: string }).missingProperty);
    expect(missing.sort()).toEqual(['location', 'predicate-uri']);
  });

  it('SecurityPosture.assessments.self: not in schema.md, required by schema.cue', async () => {
    const text = MINIMAL.replace('      self:\n        comment: Not done yet.\n', '      third-party: []\n');
    const f = await gather(text);
    expect(f.file?.valid).toBe(false);
    const d = f.diagnostics.find((x) => x.field === 'repository.security.assessments.self');
    expect(d?.severity).toBe('error');
    expect(d?.line).toBe(text.split('\n').findIndex((l) => l.includes('assessments:')) + 1);
  });

  it('SecurityPosture.assessments.third-party: not in schema.md, optional in schema.cue; an empty list is valid too', () => {
    const d = base();
    expect(d.repository.security.assessments['third-party']).toBeUndefined();
    expect(validateDocument(d)).toEqual([]);
    d.repository.security.assessments['third-party'] = [];
    expect(validateDocument(d)).toEqual([]);
    d.repository.security.assessments['third-party'] = [{ name: 'no comment' }];
    expect(validateDocument(d).length).toBeGreaterThan(0);
  });

  it('the fields both files mark required stay required: removing SecurityTool integration, rulesets or type is an error', () => {
    for (const k of ['integration', 'rulesets', 'type', 'name']) {
      const d = base();
      const t = tool();
      delete t[k];
      d.repository.security.tools = [t];
      const missing = validateDocument(d).filter((e) => e.keyword === 'required').map((e) => (e.params as { missingProperty: string }).missingProperty);
      expect(missing, k).toEqual([k]);
    }
  });

  it('project and repository: optional in both files (schema.md says in prose which files need them; that is a warning, not an error)', async () => {
    const header = MINIMAL.slice(0, MINIMAL.indexOf('project:'));
    const f = await gather(header);
    expect(f.file?.valid).toBe(true);
    expect(f.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
    expect(f.diagnostics.some((x) => x.severity === 'warning' && /no `project` section/.test(x.message))).toBe(true);
  });
});
