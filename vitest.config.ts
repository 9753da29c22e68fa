import { defineConfig } from 'vitest/config';

// Files that must start in a fresh process: they measure a first, cold call (the lazy load of the
// SPDX list). Every other file shares its worker's module cache with the files before it: the
// per-file process and module graph cost more than half of the suite's CPU time on two cores.
const COLD = ['__tests__/spdx/hostile.test.ts'];
// The bundled action and CLI (dist/) run as the runner and users run them, with loopback fake
// services: mostly waiting on child processes, retries and servers, so they are handed to the
// workers first (projects are dispatched in name order: cold, e2e, heavy, shared) and overlap
// with the CPU-bound files. `npx vitest run --project '!e2e'` runs all that needs no build.
const E2E = ['__tests__/e2e-*.test.ts'];
// The longest files that run in the worker (a fixture folder per case, a tree of 50,000
// workflows): dispatched right after the end-to-end ones. With cached durations vitest starts
// the longest files first anyway; on a clean clone it orders by file size, and these short files
// with long runs would start last and leave one worker running alone at the end.
const HEAVY = ['__tests__/rules/fixtures.test.ts', '__tests__/rules/documentation.test.ts', '__tests__/hostile-tree.test.ts', '__tests__/attestation/verify-cli.test.ts'];

export default defineConfig({
  test: {
    // The compile cache and an in-memory temporary folder for every process of the run.
    globalSetup: ['__tests__/helpers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Vitest's default on two cores is a single worker; many tests wait on git, child processes
    // and loopback servers, so a third worker keeps both cores busy.
    maxWorkers: 3,
    // The JSON report lets .ci/run print a plain "N passed, N failed" closing line.
    reporters: ['default', 'json'],
    outputFile: { json: 'node_modules/.cache/vitest/report.json' },
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: ['__tests__/**/*.test.ts'], exclude: [...COLD, ...E2E, ...HEAVY], pool: 'forks', isolate: false },
      },
      {
        extends: true,
        test: { name: 'heavy', include: HEAVY, pool: 'forks', isolate: false },
      },
      {
        extends: true,
        test: { name: 'e2e', include: E2E, pool: 'forks', isolate: false },
      },
      {
        extends: true,
        test: { name: 'cold', include: COLD, pool: 'forks', isolate: true },
      },
    ],
  },
});
