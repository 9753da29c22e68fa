// What `pre-commit run` and pre-commit/action run (pre-commit.ts): the hooks of
// .pre-commit-config.yaml, read for the scanners a step runs through them (pydantic's zizmor hook).
import { describe, expect, test } from 'vitest';
import { analyzeWorkflows } from '../../src/facts/workflows/index.ts';
import { preCommitHooksRun, preCommitScript } from '../../src/facts/workflows/pre-commit.ts';
import { memorySource } from './helpers.ts';

const CONFIG = [
  'repos:', // 1
  '  - repo: https://github.com/pre-commit/pre-commit-hooks', // 2
  '    rev: v6.0.0', // 3
  '    hooks:', // 4
  '      - id: check-yaml', // 5
  '  - repo: https://github.com/zizmorcore/zizmor-pre-commit', // 6
  '    rev: v1.23.1', // 7
  '    hooks:', // 8
  '      - id: zizmor # workflows', // 9
  '  - repo: local', // 10
  '    hooks:', // 11
  '      - id: bandit-local', // 12
  '        name: bandit', // 13
  "        entry: 'bandit -r src'", // 14
  '        language: system', // 15
  '      - id: gitleaks', // 16
  '        stages: [manual]', // 17
].join('\n');

describe('the hooks a command line runs', () => {
  test.each([
    ['pre-commit run --all-files', []],
    ['pre-commit run zizmor --all-files', ['zizmor']],
    ['uvx pre-commit run --show-diff-on-failure --color=always --all-files', []],
    ['prek run --hook-stage manual gitleaks', ['gitleaks']],
    ['pre-commit run --files a.py b.py', []],
  ])('%s', (line, hooks) => {
    expect(preCommitHooksRun(line)).toEqual(hooks);
  });

  test('a line that runs no pre-commit hook: null', () => {
    expect(preCommitHooksRun('pip install pre-commit')).toBeNull();
    expect(preCommitHooksRun('pre-commit install')).toBeNull();
    // An assignment alone has no command word (fastapi's bump-pre-commit-hooks.yml); it threw before.
    expect(preCommitHooksRun('branch="bump-pre-commit-hooks"')).toBeNull();
    expect(preCommitHooksRun('X=1 Y=2; pre-commit run zizmor')).toEqual(['zizmor']);
  });
});

describe('the hooks of .pre-commit-config.yaml as commands', () => {
  const kept = (only: string[] = []) =>
    (preCommitScript(CONFIG.split('\n'), only) ?? [])
      .map((l, i) => [i + 1, l] as const)
      .filter(([, l]) => l !== '')
      .map(([n, l]) => `${n}:${l.length - l.trimStart().length + 1} ${l.trim()}`);

  test("each hook at its id, a local hook's entry at its entry; a manual-stage hook does not run by default", () => {
    expect(kept()).toEqual(['5:13 check-yaml .', '9:13 zizmor .', '14:17 bandit -r src']);
  });

  test('only the hooks named', () => {
    expect(kept(['zizmor'])).toEqual(['9:13 zizmor .']);
    expect(preCommitScript(CONFIG.split('\n'), ['nothing-here'])).toBeNull();
  });
});

describe('scanners run as pre-commit hooks count where the step runs', () => {
  const wf = (step: string) => ['on: pull_request', 'jobs:', '  lint:', '    runs-on: x', '    steps:', step].join('\n');

  test('pre-commit/action runs the zizmor and bandit hooks: hits at their lines in the configuration', () => {
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/ci.yml': wf('      - uses: pre-commit/action@2c7b3805fd2a0fd8c1884dcaebf91fc102a13ecd'), '.pre-commit-config.yaml': CONFIG }));
    expect(facts.detectors.sast.hits.map((h) => `${h.tool} ${h.via} ${h.path}:${h.line}:${h.column} ${h.qualifies}`)).toEqual([
      'bandit script .pre-commit-config.yaml:14:17 true',
      'zizmor script .pre-commit-config.yaml:9:13 true',
    ]);
  });

  test('`pre-commit run check-yaml` runs neither scanner', () => {
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/ci.yml': wf('      - run: pre-commit run check-yaml --all-files'), '.pre-commit-config.yaml': CONFIG }));
    expect(facts.detectors.sast.hits).toEqual([]);
  });
});
