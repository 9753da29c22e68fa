import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { RepoSnapshot } from '../../src/facts/snapshot.ts';
import { analyzeWorkflows, MAX_YAML_CHARS } from '../../src/facts/workflows/index.ts';
import { memorySource } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'slam-wf-perf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ordinaryWorkflow(i: number): string {
  return `name: CI ${i}
on:
  push:
    branches: [main]
  pull_request:
permissions:
  contents: read
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1
      - uses: actions/setup-node@v4
        with:
          node-version: 22
          cache: npm
      - run: npm ci
      - run: npm run lint
  test:
    runs-on: \${{ matrix.os }}
    strategy:
      matrix:
        os: [ubuntu-latest, macos-latest, windows-latest]
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1
      - run: |
          npm ci
          npm test -- --shard=${i % 4}
        env:
          REF: \${{ github.head_ref }}
      - uses: codecov/codecov-action@v4
        with:
          token: \${{ secrets.CODECOV_TOKEN }}
`;
}

// A bound against pathological slowness (a quadratic step would take minutes), not a benchmark:
// `npm run bench` measures the time; this only has to hold on a loaded CI machine.
test('500 ordinary workflows from disk in bounded time', () => {
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
  for (let i = 0; i < 500; i++) writeFileSync(join(dir, '.github', 'workflows', `ci-${i}.yml`), ordinaryWorkflow(i));
  const snapshot = RepoSnapshot.open(dir);
  const started = performance.now();
  const facts = analyzeWorkflows(snapshot);
  const ms = performance.now() - started;
  console.log(`500 workflows analysed in ${ms.toFixed(0)} ms`);
  expect(facts.workflows).toHaveLength(500);
  expect(facts.parseErrors).toEqual([]);
  expect(facts.findings.filter((f) => f.kind === 'unpinned-action')).toHaveLength(1000);
  expect(facts.detectors.tests.found).toBe(true);
  expect(ms).toBeLessThan(20_000);
});

test('an oversized workflow is reported, not parsed', () => {
  const text = 'on: push\njobs: {}\n# ' + 'x'.repeat(MAX_YAML_CHARS);
  const facts = analyzeWorkflows(memorySource({ '.github/workflows/big.yml': text }));
  expect(facts.parseErrors).toMatchObject([{ path: '.github/workflows/big.yml', kind: 'limit' }]);
  expect(facts.workflows).toMatchObject([{ valid: false }]);
});
