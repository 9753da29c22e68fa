// Shared helpers for the objective tests: Baseline results built by hand (robust to rules that are
// still being written), and fixture repositories evaluated end to end.
import type { Level } from '../../src/catalog/catalog.ts';
import { evaluate, type EvaluateOptions } from '../../src/engine.ts';
import { makeRepo, type Tree } from '../helpers/repo.ts';

export { makeControls, withControls, type ControlOverride } from './controls.ts';

export async function evaluateTree(files: Tree, level: Level = 1, options: Partial<EvaluateOptions> = {}) {
  const repo = makeRepo(files);
  try {
    return await evaluate(repo.root, { level, offline: true, repository: 'o/r', ...options });
  } finally {
    repo.cleanup();
  }
}

export const BLOB = 'https://github.com/o/r/blob/main';

/** A Security Insights 2.2.0 file for repository o/r; `extra` is appended under `repository:`. */
export function securityInsights(opts: { documentation?: Record<string, string>; projectDocumentation?: Record<string, string>; tools?: string; policy?: string; selfAssessment?: string } = {}): string {
  const doc = opts.documentation ? `  documentation:\n${Object.entries(opts.documentation).map(([k, v]) => `    ${k}: ${v}`).join('\n')}\n` : '';
  const pdoc = opts.projectDocumentation ? `  documentation:\n${Object.entries(opts.projectDocumentation).map(([k, v]) => `    ${k}: ${v}`).join('\n')}\n` : '';
  return `header:
  schema-version: 2.2.0
  last-updated: '2026-03-01'
  last-reviewed: '2026-03-01'
  url: ${BLOB}/security-insights.yml
project:
  name: R
  administrators:
    - name: Ada Admin
      primary: true
${pdoc}  repositories:
    - name: r
      url: https://github.com/o/r
      comment: The only repository.
  vulnerability-reporting:
    reports-accepted: true
    bug-bounty-available: false
    contact:
      name: Security team
      email: security@acme.dev
      primary: true
    policy: ${opts.policy ?? `${BLOB}/SECURITY.md`}
repository:
  url: https://github.com/o/r
  status: active
  accepts-change-request: true
  accepts-automated-change-request: true
  core-team:
    - name: Alice
      primary: true
  license:
    url: ${BLOB}/LICENSE
    expression: Apache-2.0
${doc}  release:
    automated-pipeline: true
    distribution-points:
      - uri: https://github.com/o/r/releases
        comment: GitHub Releases
  security:
    assessments:
      self:
${opts.selfAssessment ?? '        comment: Not done yet.'}
${opts.tools ?? ''}`;
}

export const SLAM_TOOL = `    tools:
      - name: Security Slam
        type: OSPS Baseline scanner
        rulesets: default
        integration:
          adhoc: true
          ci: true
          release: false
        results: {}
`;

export const SCAN_RECURRING = `name: security-slam
on:
  push:
    branches: [main]
  schedule:
    - cron: "0 4 * * 1"
permissions:
  contents: read
jobs:
  scan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1
      - uses: security-slam/security-slam-action@0123456789abcdef0123456789abcdef01234567 # v1
`;

export const SCAN_PR_ONLY = SCAN_RECURRING.replace(/on:\n[\s\S]*?permissions:/, 'on:\n  pull_request:\n    branches: [main]\npermissions:');

export const SCAN_COMMENTED = `name: security-slam
on:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  scan:
    runs-on: ubuntu-latest
    steps:
      - run: echo "scanner disabled for now"
      # - uses: security-slam/security-slam-action@0123456789abcdef0123456789abcdef01234567
`;
