// A Security Insights file and an issue template chooser in plain YAML are read without the `yaml`
// library (facts/yaml-data.ts); what the facts get must be what the library's reading gives: the
// data (every scalar typed by the core schema), the positions, the diagnostics and the contact
// links. Checked on every YAML file of the repository and its fixtures and on generated documents
// full of scalars that look like numbers, booleans and nulls, and keys the library treats apart.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { yamlFiles } from '../helpers/yaml-files.ts';
import { parseYaml } from '../../src/facts/security-insights/parse.ts';
import { contactLinksIn } from '../../src/facts/issue-config.ts';
import { readPlainData } from '../../src/facts/yaml-data.ts';

/** parseYaml and contactLinksIn agree with the library's reading of `text`; true when the fast reader read it. */
function agrees(text: string): boolean {
  const fast = parseYaml(text, 'f.yml');
  const lib = parseYaml(text, 'f.yml', { library: true });
  // Object.is for every value: 0 and -0, NaN, 1 and '1' are told apart.
  expect(isDeepStrictEqual(fast.data, lib.data), `data of ${JSON.stringify(text.slice(0, 200))}`).toBe(true);
  expect(fast.ok).toBe(lib.ok);
  expect([...fast.positions]).toEqual([...lib.positions]);
  expect(fast.diagnostics).toEqual(lib.diagnostics);
  expect(contactLinksIn(text)).toEqual(contactLinksIn(text, { library: true }));
  return readPlainData(text) !== null;
}

const SCALARS = [
  '2.0.0', '1', '-1', '+1', '0', '-0', '007', '0o17', '0o8', '0x1F', '0xG', '1.5', '.5', '1.', '-.5', '1e3', '1E-3', '+1.5e+2', '.inf', '-.Inf', '+.INF', '.NaN', '.nan', 'nan', 'inf',
  'true', 'True', 'TRUE', 'tRue', 'false', 'yes', 'no', 'on', 'null', 'Null', 'NULL', 'nULL', '~', '', '"2.0"', "'true'", '"a\\tb"', "'it''s'", 'https://x.example/a#b',
  'plain words # a comment', '"quoted # not a comment"', '1_000', '12:30', '2024-01-01', '[]', '{}', '[a, 1, true]', '|\n  block text\n  two', '>-\n  folded\n  text',
];
const KEYS = ['name', 'version', '__proto__', 'constructor', 'toString', '<<', '1', 'true', 'null', '~', '"quoted key"', "'single'", 'a b', 'x-y', 'name'];

type Tree = { kind: 'scalar'; v: string } | { kind: 'map'; pairs: [string, Tree][] } | { kind: 'seq'; items: Tree[] };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ t: Tree }>((tie) => ({
  t: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('scalar' as const), v: fc.constantFrom(...SCALARS) }),
    fc.record({ kind: fc.constant('map' as const), pairs: fc.array(fc.tuple(fc.constantFrom(...KEYS), tie('t')), { minLength: 1, maxLength: 4 }) }),
    fc.record({ kind: fc.constant('seq' as const), items: fc.array(tie('t'), { minLength: 1, maxLength: 3 }) }),
  ),
})).t;

/** Block YAML of a tree, `indent` spaces in. */
function render(t: Tree, indent: number): string {
  const pad = ' '.repeat(indent);
  const inline = (s: string) => s.replace(/\n/g, `\n${pad}`);
  if (t.kind === 'scalar') return inline(t.v);
  if (t.kind === 'map') return t.pairs.map(([k, v]) => `${pad}${k}:${v.kind === 'scalar' ? ` ${render(v, indent + 2)}` : `\n${render(v, indent + 2)}`}`).join('\n');
  return t.items.map((v) => `${pad}-${v.kind === 'scalar' ? ` ${render(v, indent + 2)}` : `\n${render(v, indent + 2)}`}`).join('\n');
}

describe('plain YAML as data', () => {
  it('agrees with the library on every YAML file of the repository and its fixtures, and reads most of them itself', () => {
    const files = [...yamlFiles('__tests__'), ...yamlFiles('.github'), 'action.yml', 'security-insights.yml'];
    let read = 0;
    for (const f of files) if (agrees(readFileSync(f, 'utf8'))) read++;
    expect(read).toBeGreaterThan(files.length / 2);
    // This repository's own Security Insights file is read the fast way.
    expect(readPlainData(readFileSync('security-insights.yml', 'utf8'))).not.toBeNull();
  });

  it('agrees with the library on generated documents of look-alike scalars and special keys', () => {
    let read = 0;
    fc.assert(
      fc.property(tree, (t) => {
        const text = t.kind === 'scalar' ? `key: ${render(t, 2)}\n` : `${render(t, 0)}\n`;
        if (agrees(text)) read++;
      }),
      { numRuns: 400 },
    );
    // Most generated documents are plain; the check above is not only of the library against itself.
    expect(read).toBeGreaterThan(100);
  });

  it('types plain scalars by the core schema and keeps quoted ones as strings', () => {
    const text = 'a: 1\nb: "1"\nc: 0x1F\nd: .inf\ne: ~\nf: True\ng: 2.0.0\nh: -0\ni: 1e3\n';
    expect(readPlainData(text)?.data).toEqual({ a: 1, b: '1', c: 31, d: Infinity, e: null, f: true, g: '2.0.0', h: -0, i: 1000 });
  });

  it('leaves to the library a duplicate key (its error stands), a merge key and a key that is not a string', () => {
    for (const text of ['a: 1\na: 2\n', '<<: x\n', '1: x\n', 'null: x\n']) expect(readPlainData(text), text).toBeNull();
    const dup = parseYaml('name: a\nname: b\n', 'f.yml');
    expect(dup.ok).toBe(false);
    expect(dup.diagnostics.map((d) => d.message).join(' ')).toMatch(/DUPLICATE_KEY/);
  });

  it('makes `__proto__` an own key, as the library does, never the prototype', () => {
    const r = readPlainData('__proto__:\n  polluted: yes\n');
    expect(r).not.toBeNull();
    const data = r?.data as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
