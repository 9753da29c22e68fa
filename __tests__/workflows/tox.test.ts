// What `tox -e ENV` runs (tox.ts): the environment's commands in tox.ini, read for the scanners a
// step runs through tox (in-toto's [testenv:lint] runs bandit on every pull request).
import { describe, expect, test } from 'vitest';
import { analyzeWorkflows } from '../../src/facts/workflows/index.ts';
import { readToxIni, toxDefaultEnvironments, toxEnvironments, toxEnvScript } from '../../src/facts/workflows/tox.ts';
import { memorySource } from './helpers.ts';

const TOX_INI = [
  '[tox]', // 1
  'envlist = lint,py{38,39}', // 2
  '', // 3
  '[testenv]', // 4
  'deps = -rrequirements-test.txt', // 5
  'commands =', // 6
  '    coverage run tests/runtests.py', // 7
  '    lint: ruff check .', // 8
  '', // 9
  '[testenv:lint]', // 10
  'commands = black --check .', // 11
  '    # bandit, a security linter', // 12
  '    bandit -r in_toto', // 13
].join('\n');
const ini = (text: string) => readToxIni(text.split('\n'));

describe('the environments a command line runs', () => {
  test.each([
    ['tox -e lint,type', ['lint', 'type']],
    ['tox run -e lint', ['lint']],
    ['python -m tox -e lint', ['lint']],
    ['uvx tox -elint', ['lint']],
    ['tox --version', []],
    ['echo tox -e lint', []],
    ['pip install tox', []],
    // An assignment alone has no command word (it threw, as the fuzz suite found).
    ['TOXENV=py312', []],
    ['TOXENV=lint tox', null],
  ])('%s', (line, envs) => {
    expect(toxEnvironments(line)).toEqual(envs);
  });

  test('`tox` alone runs the default list (null)', () => {
    expect(toxEnvironments('tox')).toBeNull();
    expect(toxEnvironments('tox -p auto')).toBeNull();
  });

  test('a matrix value is each of the values the job runs with; an unknown key or another expression names none', () => {
    expect(toxEnvironments('tox -e ${{ matrix.toxenv }}', { toxenv: ['py', 'lint'] })).toEqual(['py', 'lint']);
    expect(toxEnvironments('tox -e ${{matrix.py}}-${{ matrix.kind }}', { py: ['py38', 'py39'], kind: ['unit'] })).toEqual(['py38-unit', 'py39-unit']);
    expect(toxEnvironments('tox -e ${{ matrix.other }}', { toxenv: ['lint'] })).toEqual([]);
    expect(toxEnvironments('tox -e ${{ inputs.env }}', { toxenv: ['lint'] })).toEqual([]);
  });
});

describe("an environment's commands in tox.ini", () => {
  const kept = (env: string) =>
    (toxEnvScript(ini(TOX_INI), env) ?? [])
      .map((l, i) => [i + 1, l] as const)
      .filter(([, l]) => l !== '')
      .map(([n, l]) => `${n}:${l.length - l.trimStart().length + 1} ${l.trim()}`);

  test('its own section, each command at its line and column, comments left out', () => {
    expect(kept('lint')).toEqual(['11:12 black --check .', '13:5 bandit -r in_toto']);
  });

  test("an environment without a section of its own runs [testenv]'s commands, a factor's lines only for that factor", () => {
    expect(kept('py38')).toEqual(['7:5 coverage run tests/runtests.py']);
    expect(kept('lint-ci')).toEqual(['7:5 coverage run tests/runtests.py', '8:11 ruff check .']);
    const base = TOX_INI.replace('[testenv:lint]', '[other]');
    expect((toxEnvScript(ini(base), 'lint') ?? []).map((l) => l.trim()).filter((l) => l !== '')).toEqual(['coverage run tests/runtests.py', 'ruff check .']);
  });

  test('no commands for it: null', () => {
    expect(toxEnvScript(ini('[tox]\nenvlist = py\n'), 'py')).toBeNull();
  });

  test('the default list keeps the named environments; generated ones run [testenv]', () => {
    expect(toxDefaultEnvironments(ini(TOX_INI))).toEqual(['lint', '']);
  });
});

describe('scanners run through tox count where the step runs', () => {
  const workflow = (matrix: string) =>
    ['on: pull_request', 'jobs:', '  test:', '    runs-on: x', '    strategy:', '      matrix:', matrix, '    steps:', '      - run: tox -e ${{ matrix.toxenv }}'].join('\n');

  test("bandit in [testenv:lint], run by a matrix include's `toxenv: lint`, is a SAST scan at its line in tox.ini", () => {
    const wf = workflow(['        toxenv: [py]', '        include:', '          - toxenv: lint'].join('\n'));
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/ci.yml': wf, 'tox.ini': TOX_INI }));
    expect(facts.detectors.sast.found).toBe(true);
    expect(facts.detectors.sast.hits).toMatchObject([{ tool: 'bandit', via: 'script', path: 'tox.ini', line: 13, column: 5, workflow: '.github/workflows/ci.yml', qualifies: true }]);
  });

  test('a matrix that never names the lint environment runs no bandit', () => {
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/ci.yml': workflow('        toxenv: [py38, py39]'), 'tox.ini': TOX_INI }));
    expect(facts.detectors.sast.hits).toEqual([]);
  });
});
