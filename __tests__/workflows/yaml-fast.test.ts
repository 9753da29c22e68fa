// The fast reader of plain workflow YAML must give exactly the tree the `yaml` library's document
// converts to (values, keys, positions, line starts), only for text the library reads without
// error, and the workflow and action facts built on it must be those the library's reading gives.
// Checked on every YAML file of this repository and its fixtures, on generated workflow-like YAML
// (comments, blank lines, block scalars with every chomping, flow collections, quoting, values on
// the next line, indentless sequences) and on the same with one character changed.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { yamlFiles } from '../helpers/yaml-files.ts';
import { LineCounter, parseDocument } from 'yaml';
import { parseAction, parseWorkflow } from '../../src/facts/workflows/parse.ts';
import { readPlainYaml, UNKNOWN_END } from '../../src/facts/workflows/yaml-fast.ts';
import { fromYamlNode, type YNode } from '../../src/facts/workflows/yaml-tree.ts';

/** The library's tree with the ends the fast reader leaves unknown left out, node for node. */
function masked(lib: YNode | null, fast: YNode | null): unknown {
  if (lib === null || fast === null || lib.kind !== fast.kind) return lib;
  const out: Record<string, unknown> = { ...lib };
  if ((lib.kind === 'map' || lib.kind === 'seq') && fast.end === UNKNOWN_END) out.end = UNKNOWN_END;
  if (lib.kind === 'map' && fast.kind === 'map') out.items = lib.items.map((p, i) => ({ key: masked(p.key, fast.items[i]?.key ?? null), value: masked(p.value, fast.items[i]?.value ?? null) }));
  if (lib.kind === 'seq' && fast.kind === 'seq') out.items = lib.items.map((x, i) => masked(x, fast.items[i] ?? null));
  return out;
}

/** Checks the fast reader against the library on one text; true when the fast reader read it. */
function agrees(text: string): boolean {
  const fast = readPlainYaml(text);
  const facts = (fastYaml: boolean) =>
    JSON.stringify([parseWorkflow('.github/workflows/w.yml', text, 'o/r', { fastYaml }), parseAction('a/action.yml', text, 'o/r', { fastYaml })].map((p) => ({ ...p, file: p.file.errors })));
  expect(facts(true), 'facts from the fast reading').toBe(facts(false));
  if (fast === null) return false;
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: false, keepSourceTokens: false });
  expect(doc.errors.map((e) => e.message), 'the library reads it without error').toEqual([]);
  const lib = fromYamlNode(doc.contents as Parameters<typeof fromYamlNode>[0], new Map());
  expect(fast.tree).toEqual(masked(lib, fast.tree));
  expect(fast.lineStarts).toEqual(lc.lineStarts);
  return true;
}

describe('fast YAML reader', () => {
  it('agrees with the library on every YAML file of the repository and its fixtures, and reads the repository workflows itself', () => {
    const files = [...yamlFiles('__tests__'), ...yamlFiles('.github'), 'action.yml', 'security-insights.yml'];
    let read = 0;
    for (const f of files) if (agrees(readFileSync(f, 'utf8'))) read++;
    expect(read).toBeGreaterThan(files.length / 2);
    for (const f of yamlFiles('.github/workflows')) expect(readPlainYaml(readFileSync(f, 'utf8')), f).not.toBeNull();
  });

  it('reads a typical workflow, and leaves anchors, tags, tabs, CRLF, several documents and multi-line plain scalars to the library', () => {
    const wf = 'name: CI\non:\n  push:\n    branches: [main]\njobs:\n  a:\n    runs-on: ubuntu-latest # pinned\n    steps:\n      - uses: actions/checkout@v4\n      - run: |\n          npm ci\n          npm test\n';
    expect(readPlainYaml(wf)).not.toBeNull();
    for (const other of ['a: &x 1\nb: *x\n', 'a: !!str 1\n', 'a:\n\tb: 1\n', 'a: 1\r\nb: 2\r\n', 'a: 1\n---\nb: 2\n', 'a: one\n  two\n', '? a\n: b\n', 'a: "x\n  y"\n']) {
      expect(readPlainYaml(other), JSON.stringify(other)).toBeNull();
      agrees(other);
    }
  });

  it('shows a block collection as the library does, trailing comments included', () => {
    const text = 'on: push\njobs:\n  a:\n    runs-on:\n      group: big\n      labels:\n        x: 1\n        # trailing\n    steps:\n      - run: x\n';
    expect(readPlainYaml(text)?.tree).toBeTruthy();
    const fast = parseWorkflow('w.yml', text, null);
    // The library's range of a nested mapping runs over its trailing comment to the next token.
    expect(fast.workflow.jobs[0].runsOn).toBe('group: big\n      labels:\n        x: 1\n        # trailing\n    ');
    expect(JSON.stringify(fast.workflow)).toBe(JSON.stringify(parseWorkflow('w.yml', text, null, { fastYaml: false }).workflow));
  });

  // Workflow-like YAML from a seeded generator: structure, quoting and comments vary together.
  function generate(seed: number[]): string {
    let k = 0;
    const r = () => (seed.length === 0 ? 0.5 : seed[k++ % seed.length] / 1_000_000);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length) % xs.length];
    const out: string[] = [];
    const sp = (n: number) => ' '.repeat(n);
    const PLAIN = ['x', 'ubuntu-latest', 'true', '1.0', '~', 'null', 'a:b', 'http://h/p?q=1', '${{ github.event.x }}', '--flag', 'é😀', '-x', "it's", 'a "q"', 'v1 #not', 'x#y', '0o7', 'NULL', 'a, b', 'k: v'];
    const DQ = ['"x"', '"a\\nb"', '"\\"q\\""', '"\\u00e9\\x41"', '"a # b"', '"\\\\"', '""', '"\\q"'];
    const SQ = ["'x'", "'it''s'", "''", "'a: b'"];
    const comment = (indent: number) => {
      if (r() < 0.15) out.push(sp(pick([0, indent, indent + 2, Math.max(0, indent - 2)])) + pick(['# c', '#', '# - name: old']));
      if (r() < 0.1) out.push(pick(['', ' ', sp(indent + 3)]));
    };
    const tail = () => (r() < 0.2 ? pick(['  # note', ' #n', '   ']) : '');
    const scalarText = () => (r() < 0.6 ? pick(PLAIN) : r() < 0.7 ? pick(DQ) : pick(SQ));
    const block = (indent: number) => {
      out[out.length - 1] += ' ' + pick(['|', '|-', '|+', '>', '>-', '>+']) + tail();
      const inner = indent + pick([2, 4]);
      const n = 1 + Math.floor(r() * 4);
      for (let i = 0; i < n; i++) {
        if (r() < 0.2) out.push(pick(['', sp(inner), sp(inner + 2), sp(1)]));
        out.push(sp(inner + (r() < 0.15 ? 2 : 0)) + pick(['echo hi', 'x: y', '# not a comment', 'a  b', '- item']));
      }
      if (r() < 0.3) out.push(pick(['', sp(inner), sp(inner + 1)]));
    };
    const value = (indent: number, depth: number, inSeq: boolean) => {
      const v = r();
      if (depth < 4 && v < 0.25) {
        out[out.length - 1] += tail();
        if (r() < 0.5) map(indent + pick([2, 4]), depth + 1);
        else seq(!inSeq && r() < 0.3 ? indent : indent + 2, depth + 1);
      } else if (v < 0.4) block(indent);
      else if (v < 0.5) out[out.length - 1] += ' ' + pick(['[a, "b", c]', '[]', '[ x ]', '{a: b, c: [d]}', '{}', '{ k: "v", e: }']) + tail();
      else if (v < 0.57) out[out.length - 1] += tail();
      else if (v < 0.62) out.push(sp(indent + 2) + scalarText());
      else out[out.length - 1] += ' ' + scalarText() + tail();
    };
    const key = () => pick(['name', 'on', 'run', 'uses', 'with', 'env', 'if', '"quoted"', "'q'", 'runs-on', 'a b', 'x.y', 'steps', '-k', 'on']);
    const map = (indent: number, depth: number, first?: string) => {
      const n = 1 + Math.floor(r() * 4);
      for (let i = 0; i < n; i++) {
        if (i > 0 || first === undefined) comment(indent);
        if (i === 0 && first !== undefined) out[out.length - 1] += first + key() + ':';
        else out.push(sp(indent) + key() + ':');
        value(indent, depth, false);
      }
    };
    const seq = (indent: number, depth: number) => {
      const n = 1 + Math.floor(r() * 3);
      for (let i = 0; i < n; i++) {
        comment(indent);
        out.push(sp(indent) + '-');
        const v = r();
        if (v < 0.4 && depth < 4) {
          out.pop();
          out.push(sp(indent));
          map(indent + 2, depth + 1, '- ');
        } else if (v < 0.5) value(indent, depth, true);
        else out[out.length - 1] += ' ' + scalarText() + tail();
      }
    };
    if (r() < 0.15) out.push(pick(['---', '--- # doc', '# head']));
    map(0, 0);
    comment(0);
    return out.join('\n') + pick(['\n', '', '\n\n']);
  }

  // Unbiased draws: fast-check leans towards extreme values otherwise, and every choice would be the first.
  const seeds = fc.array(fc.noBias(fc.integer({ min: 0, max: 999_999 })), { minLength: 20, maxLength: 200 });

  it('agrees with the library on generated workflow-like YAML, reading most of it itself', () => {
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(seeds, (seed) => {
        runs++;
        if (agrees(generate(seed))) read++;
      }),
      { numRuns: 400 },
    );
    expect(read).toBeGreaterThan(runs / 4);
  });

  it('agrees with the library on generated YAML with one character changed', () => {
    fc.assert(
      fc.property(seeds, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.constantFrom(' ', '\t', ':', '#', '-', '\n', '"', "'", '|', '>', '&', '*', '[', ']', '{', '}', ',', '\\', '!', '?', ''), (seed, where, ch) => {
        const text = generate(seed);
        const at = Math.floor(where * (text.length + 1));
        agrees(text.slice(0, at) + ch + text.slice(at + (ch === '' ? 1 : 0)));
      }),
      { numRuns: 400 },
    );
  });
});
