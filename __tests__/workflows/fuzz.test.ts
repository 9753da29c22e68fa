import fc from 'fast-check';
import { expect, test } from 'vitest';
import { analyzeWorkflows, classifyUses } from '../../src/facts/workflows/index.ts';
import { fixture, memorySource } from './helpers.ts';

const FRAGMENTS = [
  'on: push\n',
  'on: [pull_request_target, issue_comment]\n',
  'on:\n  workflow_call:\n    inputs: {x: {type: string}}\n',
  'permissions: write-all\n',
  'permissions:\n  contents: write\n',
  'jobs:\n',
  '  a: &a\n',
  '  b: *a\n',
  '  c:\n    uses: ./.github/workflows/w.yml\n',
  '    runs-on: x\n',
  '    steps:\n',
  '      - uses: actions/checkout@v4 # v4\n',
  '      - uses: ${{ x }}\n',
  '      - run: echo ${{ github.event.issue.title }}\n',
  '      - run: |\n          echo ${{ inputs.x }}\n',
  '        with: {ref: "${{ github.head_ref }}"}\n',
  '      - *a\n',
  '      - [1, 2]\n',
  '  - x\n',
  '%YAML 1.1\n---\n',
  '? [a]\n: b\n',
  '<<: *a\n',
  '"\\u0000": x\n',
  '\t\n',
  '${{\n',
  '--- \n',
];

test('analyzeWorkflows never throws on shuffled workflow fragments', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }), fc.string({ maxLength: 20 }), (parts, noise) => {
      const text = parts.join('') + noise;
      const facts = analyzeWorkflows(
        memorySource({ '.github/workflows/w.yml': text, '.github/workflows/x.yaml': fixture('untrusted-input.yml') + noise, 'a/action.yml': text }),
        { repository: 'o/r' },
      );
      expect(() => JSON.stringify(facts)).not.toThrow();
      for (const f of facts.findings) {
        expect(f.line).toBeGreaterThanOrEqual(1);
        expect(f.column).toBeGreaterThanOrEqual(1);
      }
    }),
    { numRuns: 300 },
  );
});

test('analyzeWorkflows never throws on arbitrary text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      analyzeWorkflows(memorySource({ '.github/workflows/w.yml': text, 'action.yml': text }));
    }),
    { numRuns: 300 },
  );
});

test('classifyUses never throws', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 80 }), fc.option(fc.string({ maxLength: 20 })), (v, repo) => {
      const u = classifyUses(v, repo);
      expect(['local', 'same-repository', 'docker', 'action', 'reusable-workflow', 'expression', 'invalid']).toContain(u.kind);
    }),
    { numRuns: 1000 },
  );
});
