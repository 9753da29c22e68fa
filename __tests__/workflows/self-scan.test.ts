// A Baseline scanner project scanning itself counts as its recurring Baseline scan (Mechanizer):
// the workflow builds the scanner from the repository and runs it on the OSPS Baseline.
import { describe, expect, it } from 'vitest';
import { analyzeWorkflows } from '../../src/facts/workflows/index.ts';
import { evaluateMechanizer } from '../../src/objectives/mechanizer.ts';
import { evaluateTree, securityInsights } from '../objectives/helpers.ts';
import { memorySource } from './helpers.ts';

const SHA = 'b4ffde65f46336ab88eb53be808477a3936bae11';

function selfScan(on: string[], steps: string[]): string {
  return ['name: self-scan', 'on:', ...on, 'permissions:', '  contents: read', 'jobs:', '  scan:', '    runs-on: ubuntu-latest', '    steps:', `      - uses: actions/checkout@${SHA} # v4.1.1`, ...steps].join('\n');
}

const ON_PUSH_AND_SCHEDULE = ['  push:', '    branches: [main]', '  schedule:', "    - cron: '0 3 * * *'"];
const CONFIG = 'loglevel: info\nservices:\n  self:\n    plugin: repo-scanner\n    policy:\n      catalogs: [OSPS_B]\n      applicability: [Maturity Level 1]\n';

describe('a scanner built from the repository and run on the Baseline', () => {
  it('make build, then the binary with a configuration that names the OSPS Baseline', () => {
    const wf = selfScan(ON_PUSH_AND_SCHEDULE, ['      - run: make build', '      - run: ./repo-scanner scan --config .github/scan-config.yml']);
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/self-scan.yml': wf, '.github/scan-config.yml': CONFIG }), { repository: 'octo-org/repo-scanner' });
    expect(facts.scanners).toEqual([
      {
        path: '.github/workflows/self-scan.yml',
        line: 15,
        column: 14,
        job: 'scan',
        uses: 'the scanner built from this repository (`./repo-scanner scan --config .github/scan-config.yml`; its configuration .github/scan-config.yml names the OSPS Baseline)',
        triggers: ['push', 'schedule'],
        recurring: true,
        recurringReasons: ['push to main', 'schedule'],
        selfBuilt: true,
      },
    ]);
  });

  it('go run in place with the catalog named on the command line, and privateer run', () => {
    const goRun = selfScan(ON_PUSH_AND_SCHEDULE, ['      - run: go run ./cmd/scanner --catalog osps-baseline --level 1']);
    expect(analyzeWorkflows(memorySource({ '.github/workflows/s.yml': goRun })).scanners.map((s) => s.selfBuilt)).toEqual([true]);
    const pvtr = selfScan(ON_PUSH_AND_SCHEDULE, ['      - run: go build -o ~/.privateer/bin/repo-scanner .', '      - run: privateer run --config ./scan.yml']);
    expect(analyzeWorkflows(memorySource({ '.github/workflows/s.yml': pvtr, 'scan.yml': CONFIG })).scanners.map((s) => s.uses)).toEqual([
      'the scanner built from this repository (`privateer run --config ./scan.yml`; its configuration scan.yml names the OSPS Baseline)',
    ]);
  });

  it('only on pull requests: found, not recurring', () => {
    const wf = selfScan(['  pull_request:'], ['      - run: go run . --catalog OSPS_B']);
    expect(analyzeWorkflows(memorySource({ '.github/workflows/s.yml': wf })).scanners.map((s) => s.recurring)).toEqual([false]);
  });

  it.each([
    ['a built program that is not run on the Baseline', ['      - run: make build', '      - run: ./bin/app --version']],
    ['the Baseline named, but nothing built here', ['      - run: ./repo-scanner --catalog OSPS_B']],
    ['a configuration that does not name the Baseline', ['      - run: make', '      - run: ./bin/scan --config other.yml']],
    ['an echo of the word', ['      - run: make', '      - run: echo "osps baseline scan pending"']],
  ])('near miss: %s', (_name, steps) => {
    const wf = selfScan(ON_PUSH_AND_SCHEDULE, steps);
    expect(analyzeWorkflows(memorySource({ '.github/workflows/s.yml': wf, 'other.yml': 'catalogs: [CIS]\n' })).scanners).toEqual([]);
  });
});

describe('Mechanizer with a self-scanning scanner project', () => {
  it('is met when the scanner is listed in Security Insights under the project\'s own name', async () => {
    const wf = selfScan(ON_PUSH_AND_SCHEDULE, ['      - run: make build', '      - run: ./r scan --config .github/scan-config.yml']);
    const tools = `    tools:\n      - name: r\n        type: other\n        rulesets: default\n        integration:\n          adhoc: false\n          ci: true\n          release: false\n        results: {}\n`;
    const { facts } = await evaluateTree({ '.github/workflows/self-scan.yml': wf, '.github/scan-config.yml': CONFIG, Makefile: 'build:\n\tgo build -o r .\n', 'security-insights.yml': securityInsights({ tools }) });
    const r = evaluateMechanizer(facts);
    expect(r.checks.find((c) => c.id === 'recurring-scan')?.status).toBe('pass');
    expect(r.checks.find((c) => c.id === 'listed-in-security-insights')?.status).toBe('pass');
    expect(r.status).toBe('met');
  });
});
