import { defineConfig } from 'vitest/config';

// Files that must start in a fresh process: they measure a first, cold call (the lazy load of the
// SPDX list). Every other file shares its worker's module cache with the files before it: the
// per-file process and module graph cost more than half of the suite's CPU time on two cores.
const COLD = ['__tests__/spdx/hostile.test.ts'];

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
        test: { name: 'shared', include: ['__tests__/**/*.test.ts'], exclude: COLD, pool: 'forks', isolate: false },
      },
      {
        extends: true,
        test: { name: 'cold', include: COLD, pool: 'forks', isolate: true },
      },
    ],
  },
});
