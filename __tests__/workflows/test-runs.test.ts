// Tests on every change (OSPS-QA-06.01): a CI command is followed to what it runs — make targets
// through the Makefile, package scripts through package.json — and the runner is recognised;
// targets and scripts that run no tests stay no.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeWorkflows } from '../../src/facts/workflows/index.ts';
import { parseMakefile, expandMake } from '../../src/facts/workflows/makefile.ts';
import { commandWords, splitCommands } from '../../src/facts/workflows/test-runs.ts';
import { replaceExpressions } from '../../src/facts/workflows/expressions.ts';
import { withInputs } from '../../src/facts/workflows/input-values.ts';
import { memorySource } from './helpers.ts';

/** The tests detector's hits for a pull_request workflow whose one step runs `run` (in `wd`), with extra files. */
function testHits(run: string, files: Record<string, string> = {}, wd?: string): string[] {
  const wf = ['on: pull_request', 'permissions: {}', 'jobs:', '  t:', '    runs-on: x', '    steps:', `      - run: ${JSON.stringify(run)}`, ...(wd ? [`        working-directory: ${wd}`] : [])].join('\n');
  const facts = analyzeWorkflows(memorySource({ '.github/workflows/t.yml': wf, ...files }));
  expect(facts.parseErrors).toEqual([]);
  return facts.detectors.tests.hits.map((h) => h.tool);
}

const GO_MAKEFILE = [
  'GO ?= go',
  'COVER := coverage.out',
  '',
  '.PHONY: all build lint test test-cov check',
  'all: build test',
  '',
  'build: ## Build the binary',
  '\t$(GO) build -o bin/tool ./cmd/tool',
  '',
  'lint:',
  '\t@golangci-lint run ./...',
  '',
  'check: lint',
  '',
  'test: unit',
  'unit:',
  '\t$(GO) test -race ./...',
  '',
  'test-cov:',
  '\t-$(GO) test -coverprofile=$(COVER) \\',
  '\t  ./...',
  '',
  'sub:',
  '\t$(MAKE) -C tools verify',
].join('\n');

describe('make: the target is followed to its recipe', () => {
  test('a target whose recipe runs go test, with variables and a continued line', () => {
    expect(testHits('make test-cov', { Makefile: GO_MAKEFILE })).toEqual(['make test-cov → go test (Makefile:20)']);
  });

  test('through prerequisites, the default goal, and a sub-make in another folder', () => {
    expect(testHits('make test', { Makefile: GO_MAKEFILE })).toEqual(['make test → go test (Makefile:17)']);
    expect(testHits('make', { Makefile: GO_MAKEFILE })).toEqual(['make all → go test (Makefile:17)']);
    expect(testHits('make sub', { Makefile: GO_MAKEFILE, 'tools/Makefile': 'verify:\n\tcargo test --locked\n' })).toEqual(['make sub → make verify → cargo test (tools/Makefile:2)']);
    expect(testHits('make -C tools verify', { 'tools/Makefile': 'verify:\n\tcargo test --locked\n' })).toEqual(['make verify → cargo test (tools/Makefile:2)']);
  });

  test('near misses: make lint, make build, and a check target that only lints stay no', () => {
    expect(testHits('make lint', { Makefile: GO_MAKEFILE })).toEqual([]);
    expect(testHits('make build', { Makefile: GO_MAKEFILE })).toEqual([]);
    expect(testHits('make check', { Makefile: GO_MAKEFILE })).toEqual([]);
  });

  test('without a Makefile to read, a target counts by its name only', () => {
    expect(testHits('make test')).toEqual(['make test']);
    expect(testHits('make test-cov')).toEqual([]);
    expect(testHits('make test', { Makefile: 'include common.mk\n' })).toEqual(['make test']);
    // A goal handed to a program (syft: `%:` runs `go run -C .make . $@`): by its name.
    expect(testHits('make unit', { Makefile: '%:\n\tgo run -C .make . $@\n' })).toEqual(['make unit']);
    expect(testHits('make integration')).toEqual(['make integration']);
    expect(testHits('make lint', { Makefile: '%:\n\tgo run -C .make . $@\n' })).toEqual([]);
  });

  test('included files are read in place, from the folder make runs in (envoyproxy/gateway)', () => {
    const common = ['ROOT := tools/make', 'include $(ROOT)/golang.mk', '-include missing.mk tools/make/*.mk', 'include tools/make/golang.mk'].join('\n');
    const golang = ['.PHONY: go.test.coverage', 'go.test.coverage: go.build ## unit and integration tests', '\t@$(LOG_TARGET)', '\tgo test ./... -race', 'go.build:', '\tgo build ./...'].join('\n');
    expect(testHits('make go.test.coverage', { Makefile: common, 'tools/make/golang.mk': golang })).toEqual(['make go.test.coverage → go test (tools/make/golang.mk:4)']);
    expect(testHits('make go.build', { Makefile: common, 'tools/make/golang.mk': golang })).toEqual([]);
    // A file that includes itself is read once.
    expect(testHits('make t', { Makefile: 'include Makefile\nt:\n\techo\n' })).toEqual([]);
  });

  test('a wrapper Makefile that hands its goals to another make is followed (envoyproxy/gateway)', () => {
    const wrapper = ['_run:', '\t@$(MAKE) --warn-undefined-variables -f tools/make/common.mk $(MAKECMDGOALS)', '.PHONY: _run', '$(if $(MAKECMDGOALS),$(MAKECMDGOALS): %: _run)'].join('\n');
    // A prerequisite in an included file that only looks the runner up is not a test run (dapr's test-deps).
    const dapr = { Makefile: 'test: test-deps\n\tgotestsum --format pkgname\ninclude tests/dapr_tests.mk\n', 'tests/dapr_tests.mk': 'test-deps:\n\tcommand -v gotestsum || go install gotest.tools/gotestsum@latest\n' };
    expect(testHits('make test', dapr)).toEqual(['make test → go test (Makefile:2)']);
    const files = { Makefile: wrapper, 'tools/make/common.mk': 'include tools/make/golang.mk\n', 'tools/make/golang.mk': 'e2e:\n\tgo test ./test/e2e\nlint:\n\tgolangci-lint run\n' };
    expect(testHits('make e2e', files)).toEqual(['make e2e → Makefile:2 make e2e → go test (tools/make/golang.mk:2)']);
    expect(testHits('make lint', files)).toEqual([]);
    // The match-anything rule `%:` with `$@`.
    expect(testHits('make unit', { Makefile: '%:\n\t$(MAKE) -C build $@\n', 'build/Makefile': 'unit:\n\tctest\n' })).toEqual(['make unit → Makefile:2 make unit → ctest (build/Makefile:2)']);
  });

  test("a recipe that installs the runner under an assignment of an unexpanded make function is no test run (keda's `GOBIN=$(shell pwd)/bin go install …gotestsum`)", () => {
    const keda = [
      'LOCALBIN ?= $(shell pwd)/bin',
      'GOTESTSUM ?= $(LOCALBIN)/gotestsum',
      'build: gotestsum',
      '\tgo build -o bin/keda ./cmd',
      'test: gotestsum',
      '\t$(GOTESTSUM) --format standard-quiet',
      'gotestsum: $(GOTESTSUM)',
      '$(GOTESTSUM):',
      '\ttest -s $(LOCALBIN)/gotestsum || GOBIN=$(LOCALBIN) go install gotest.tools/gotestsum@latest',
    ].join('\n');
    expect(testHits('make build', { Makefile: keda })).toEqual([]);
    expect(testHits('make test', { Makefile: keda })).toEqual(['make test → go test (Makefile:6)']);
    expect(commandWords('GOBIN=$(shell pwd)/bin go install gotest.tools/gotestsum@latest')).toEqual(['go', 'install', 'gotest.tools/gotestsum@latest']);
    expect(commandWords('CI=1 A=$(x) make test')).toEqual(['make', 'test']);
  });

  test("a target's own recipe is read even when its prerequisites use up the visits (helm-controller's `test`)", () => {
    // Eight prerequisites that generate, download and lint, each a wide tree of targets, before the recipe's go test.
    const prereqs = Array.from({ length: 8 }, (_, i) => `p${i}`);
    const trees = prereqs.flatMap((p) => [`${p}: ${Array.from({ length: 40 }, (_, j) => `${p}x${j}`).join(' ')}`, ...Array.from({ length: 40 }, (_, j) => `${p}x${j}:\n\techo ${p}${j}`)]);
    const makefile = [`test: ${prereqs.join(' ')}`, '\tgo test ./... -coverprofile cover.out', ...trees].join('\n');
    expect(testHits('make test', { Makefile: makefile })).toEqual(['make test → go test (Makefile:2)']);
  });

  test('a cycle of prerequisites and a deep chain end quickly', () => {
    expect(testHits('make a', { Makefile: 'a: b\nb: a\n\techo hi\n' })).toEqual([]);
    const chain = Array.from({ length: 3000 }, (_, i) => `t${i}: t${i + 1}`).join('\n') + '\nt3000:\n\tgo test ./...\n';
    const started = performance.now();
    testHits('make t0', { Makefile: chain });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  test('the reader: rules, recipes, variables, target-specific variables and define blocks', () => {
    const mk = parseMakefile(['X = 1', 'X += 2', 'Y ?= 3', 'Y ?= 4', 'define BLOCK', 'not: a rule', 'endef', 't: X = 5', '$(Y)t: a | b ; echo inline', '\tsecond', '%.o: %.c', '\tcc $<'].join('\n'));
    expect(mk.vars.get('X')).toBe('1 2');
    expect(mk.vars.get('Y')).toBe('3');
    expect([...mk.rules.keys()]).toEqual(['3t']);
    expect(mk.rules.get('3t')).toEqual({ prereqs: ['a', 'b'], recipe: [{ text: 'echo inline', line: 9 }, { text: 'second', line: 10 }], line: 9 });
    expect(expandMake('$(MAKE) $(X) ${Y} $$HOME $(shell x) $(UNSET)', mk.vars)).toBe('make 1 2 3 $HOME $(shell x) $(UNSET)');
  });

  test('hostile Makefiles stay linear', () => {
    const started = performance.now();
    parseMakefile(`${'a'.repeat(200_000)}:${' b'.repeat(50_000)}\n\t${'$('.repeat(50_000)}\n${'X = $(X)$(X)\n'.repeat(1000)}`);
    const loop = parseMakefile('A = $(B)$(B)$(B)$(B)\nB = $(A)$(A)$(A)$(A)\n');
    expect(expandMake('$(A)', loop.vars).length).toBeLessThanOrEqual(4000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

const TASKFILE = [
  'version: "3"', // 1
  'tasks:', // 2
  '  setup:', // 3
  '    cmds:', // 4
  '      - go mod tidy', // 5
  '  test:', // 6
  '    desc: Run tests', // 7
  '    vars:', // 8
  "      RACE: '-race'", // 9
  '    cmds:', // 10
  '      - go test {{.RACE}} -failfast ./... -timeout=15m', // 11
  '  lint:', // 12
  '    cmds:', // 13
  '      - golangci-lint run ./...', // 14
  '  ci:', // 15
  '    deps: [setup]', // 16
  '    cmds:', // 17
  '      - task: lint', // 18
  '      - task: test', // 19
  '  default:', // 20
  '    cmds:', // 21
  '      - task: ci', // 22
  '  web:', // 23
  '    dir: www', // 24
  '    cmds: [npm test]', // 25
].join('\n');

describe('go-task: the task is followed in the Taskfile', () => {
  test("a task whose commands run go test, directly, through the tasks it calls, or as the default task (goreleaser's task test)", () => {
    expect(testHits('task test', { 'Taskfile.yml': TASKFILE })).toEqual(['task test → go test (Taskfile.yml:11)']);
    expect(testHits('task ci -- -v', { 'Taskfile.yml': TASKFILE })).toEqual(['task ci → go test (Taskfile.yml:11)']);
    expect(testHits('task', { 'Taskfile.yml': TASKFILE })).toEqual(['task default → go test (Taskfile.yml:11)']);
    expect(testHits('go-task -d sub test', { 'sub/Taskfile.yaml': TASKFILE })).toEqual(['task test → go test (sub/Taskfile.yaml:11)']);
  });

  test("a task's dir: is where its commands run", () => {
    expect(testHits('task web', { 'Taskfile.yml': TASKFILE, 'www/package.json': '{"scripts":{"test":"vitest run"}}' })).toEqual([expect.stringContaining("task web → npm test → js test runner (www/package.json")]);
  });

  test('near misses: a task that only lints or sets up stays no, and without a Taskfile only the name counts', () => {
    expect(testHits('task lint', { 'Taskfile.yml': TASKFILE })).toEqual([]);
    expect(testHits('task setup', { 'Taskfile.yml': TASKFILE })).toEqual([]);
    expect(testHits('task test')).toEqual(['task test']);
    expect(testHits('task licenses:check')).toEqual([]);
  });

  test('a cycle of tasks and a hostile Taskfile end quickly', () => {
    const cycle = 'version: "3"\ntasks:\n  a:\n    cmds: [{task: b}]\n  b:\n    cmds: [{task: a}]\n';
    expect(testHits('task a', { 'Taskfile.yml': cycle })).toEqual([]);
    const many = `version: "3"\ntasks:\n${Array.from({ length: 3000 }, (_, i) => `  t${i}:\n    cmds: [{task: t${i + 1}}, echo ${i}]`).join('\n')}\n`;
    const started = Date.now();
    expect(testHits('task t0', { 'Taskfile.yml': many })).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

const JUSTFILE = [
  'python := ""', // 1
  'covcleanup := "true"',
  '',
  '# Sync the environment.',
  'sync version="":', // 5
  "    uv sync {{ if python != '' { '-p ' + python } else { '' } }} --all-groups",
  '',
  'lint:',
  '\tuv run ruff check src/ tests',
  '', // 10
  'test *args="-x tests":',
  "    uv run {{ if python != '' { '-p ' + python } else { '' } }} --group test pytest {{args}}",
  '',
  'cov *args="tests": sync',
  '    @uv run coverage run -m \\', // 15
  '      pytest {{args}}',
  '    -uv run coverage report',
  '',
  'testall: (sync "3.12") && lint',
  '    just python=python3.12 test', // 20
  '',
  'alias t := test',
  '',
  'docs output_dir="_build": ## the docs',
  '    make -C docs html', // 25
  '',
  'py-check:',
  '    #!/usr/bin/env python3',
  '    import subprocess; subprocess.run(["pytest"])',
  '', // 30
  'sh-check:',
  '    #!/usr/bin/env bash',
  '    set -euo pipefail',
  '    go test ./...',
].join('\n');

describe('just: the recipe is followed in the justfile', () => {
  test("a recipe whose body runs pytest, with its parameters, overrides, dependencies, aliases and continued lines (cattrs' just cov)", () => {
    expect(testHits('just test', { Justfile: JUSTFILE })).toEqual(['just test → pytest (Justfile:12)']);
    expect(testHits('just python=python3.13 covcleanup="false" cov', { Justfile: JUSTFILE })).toEqual(['just cov → pytest (Justfile:15)']);
    expect(testHits('just --set python 3.12 t tests/unit', { justfile: JUSTFILE })).toEqual(['just test → pytest (justfile:12)']);
    expect(testHits('just testall', { Justfile: JUSTFILE })).toEqual(['just testall → just test → pytest (Justfile:12)']);
    expect(testHits('just sh-check', { Justfile: JUSTFILE })).toEqual(['just sh-check → go test (Justfile:34)']);
  });

  test("a computed expression is one word: its && is not the shell's", () => {
    expect(testHits("just python=${{ startsWith(matrix.v, 'pypy') && matrix.v || format('python{0}', matrix.v) }} cov", { Justfile: JUSTFILE })).toEqual(['just cov → pytest (Justfile:15)']);
  });

  test('the justfile of a folder above, of -f, or of the folder before the recipe; the first recipe by default', () => {
    expect(testHits('just test', { 'Justfile': JUSTFILE }, 'sub/dir')).toEqual(['just test → pytest (Justfile:12)']);
    expect(testHits('just -f ci/tasks.just test', { 'ci/tasks.just': JUSTFILE })).toEqual(['just test → pytest (ci/tasks.just:12)']);
    expect(testHits('just py/test', { 'py/justfile': JUSTFILE })).toEqual(['just test → pytest (py/justfile:12)']);
    expect(testHits('just', { '.justfile': 'check: test\ntest:\n  cargo test\n' })).toEqual(['just check → cargo test (.justfile:3)']);
    expect(testHits('just', { justfile: 'build:\n  cargo build\n[default]\nci:\n  cargo test\n' })).toEqual(['just ci → cargo test (justfile:5)']);
  });

  test("near misses: a recipe's argument is not a recipe, a recipe that lints or builds docs stays no, a script in another language is not read, and without a justfile only the name counts", () => {
    expect(testHits('just docs test', { Justfile: JUSTFILE })).toEqual([]);
    expect(testHits('just lint', { Justfile: JUSTFILE })).toEqual([]);
    expect(testHits('just sync', { Justfile: JUSTFILE })).toEqual([]);
    expect(testHits('just py-check', { Justfile: JUSTFILE })).toEqual([]);
    expect(testHits('just --list', { Justfile: JUSTFILE })).toEqual([]);
    expect(testHits('just test')).toEqual(['just test']);
    expect(testHits('just sub::test')).toEqual(['just sub::test']);
    expect(testHits('just fmt')).toEqual([]);
  });

  test('a cycle of recipes and a hostile justfile end quickly', () => {
    expect(testHits('just a', { justfile: 'a: b\n  echo a\nb: a\n  echo b\n' })).toEqual([]);
    const many = Array.from({ length: 3000 }, (_, i) => `t${i}: t${i + 1}\n  echo ${i}`).join('\n');
    const odd = `${'a'.repeat(50_000)} ${'(x '.repeat(20_000)}: ${'('.repeat(20_000)}\n  {{${'{'.repeat(20_000)}\n${'"'.repeat(30_000)}:\n`;
    const started = Date.now();
    expect(testHits('just t0', { justfile: many })).toEqual([]);
    expect(testHits('just a', { justfile: odd })).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('npm, pnpm, yarn: the script is followed in package.json', () => {
  const pkg = (scripts: Record<string, string>) => JSON.stringify({ name: 'x', scripts });

  test('a script that runs a test runner, directly or through other scripts', () => {
    expect(testHits('npm test', { 'package.json': pkg({ test: 'vitest run' }) })).toEqual(['npm test → js test runner (package.json script "test")']);
    expect(testHits('npm run ci', { 'package.json': pkg({ ci: 'npm run lint && npm run test:unit', lint: 'eslint .', 'test:unit': 'jest --ci' }) })).toEqual([
      'npm run ci → npm run test:unit → js test runner (package.json script "test:unit")',
    ]);
    expect(testHits('pnpm verify', { 'package.json': pkg({ verify: 'run-s lint unit', lint: 'eslint .', unit: 'node --test' }) })).toEqual([
      'pnpm verify → pnpm run unit → node --test (package.json script "unit")',
    ]);
    expect(testHits('yarn jest --ci', { 'package.json': pkg({}) })).toEqual(['js test runner']);
    // corepack runs the package manager it names (nodejs/corepack's CI).
    expect(testHits('corepack yarn test', { 'package.json': pkg({ test: 'vitest' }) })).toEqual(['yarn test → js test runner (package.json script "test")']);
    expect(testHits('corepack yarn lint', { 'package.json': pkg({ test: 'vitest', lint: 'eslint .' }) })).toEqual([]);
  });

  test("borp (node:test's runner in the fastify/pino ecosystem) and tstyche (type tests) are test runners: fastify's npm run unit", () => {
    expect(testHits('npm run unit', { 'package.json': pkg({ unit: 'borp' }) })).toEqual(['npm run unit → js test runner (package.json script "unit")']);
    expect(testHits('npm run test:types', { 'package.json': pkg({ 'test:types': 'tstyche' }) })).toEqual(['npm run test:types → js test runner (package.json script "test:types")']);
  });

  test('through a coverage or environment wrapper in front of the command (nyc, c8, cross-env)', () => {
    // As expressjs/express: `npm run test-ci`, whose script wraps `npm test` in nyc.
    const files = { 'package.json': pkg({ test: 'mocha --check-leaks test/', 'test-ci': 'nyc --exclude examples --exclude test --reporter=lcovonly npm test', lint: 'eslint .' }) };
    expect(testHits('npm run test-ci', files)).toEqual(['npm run test-ci → npm test → js test runner (package.json script "test")']);
    expect(testHits('c8 --reporter text npm run test', files)).toEqual(['npm run test → js test runner (package.json script "test")']);
    expect(testHits('cross-env CI=1 npm test', files)).toEqual(['npm test → js test runner (package.json script "test")']);
    // Near misses: the wrapped command runs no tests, or there is no command this file follows.
    expect(testHits('nyc --reporter text npm run lint', files)).toEqual([]);
    expect(testHits('nyc report --reporter=lcov', files)).toEqual([]);
  });

  test('in the step\'s working directory, or after cd', () => {
    const files = { 'web/package.json': pkg({ test: 'vitest' }), 'package.json': pkg({ test: 'eslint .' }) };
    expect(testHits('npm test', files, 'web')).toEqual(['npm test → js test runner (web/package.json script "test")']);
    expect(testHits('cd web && npm test', files)).toEqual(['npm test → js test runner (web/package.json script "test")']);
    expect(testHits('npm --prefix web test', files)).toEqual(['npm test → js test runner (web/package.json script "test")']);
    expect(testHits('npm test', files)).toEqual([]);
  });

  test('near misses: a test script that only lints, npm init\'s placeholder, a build script', () => {
    expect(testHits('npm test', { 'package.json': pkg({ test: 'eslint . && prettier --check .' }) })).toEqual([]);
    expect(testHits('npm test', { 'package.json': pkg({ test: 'echo "Error: no test specified" && exit 1' }) })).toEqual([]);
    expect(testHits('npm run build', { 'package.json': pkg({ build: 'tsc -p .' }) })).toEqual([]);
  });

  test("a script named by the job's matrix, or by the expression's default (rollup's `npm run ${{ matrix.command || 'test:only' }}`)", () => {
    const files = { 'package.json': pkg({ 'ci:coverage': 'NODE_OPTIONS=--x nyc --reporter lcovonly mocha', 'test:only': 'mocha test/test.js', lint: 'eslint .' }) };
    const matrixHits = (matrix: string[], run: string) => {
      const wf = ['on: pull_request', 'jobs:', '  t:', '    runs-on: x', '    strategy:', '      matrix:', ...matrix.map((l) => `        ${l}`), '    steps:', '      - run: echo', `      - run: cp a dist/ && npm run ${run}`].join('\n');
      return analyzeWorkflows(memorySource({ '.github/workflows/t.yml': wf, ...files })).detectors.tests.hits.map((h) => `${h.line}:${h.tool}`);
    };
    const include = ['node: [18, 24]', 'include:', '  - node: 24', "    command: 'lint'", '  - node: 18', "    command: 'ci:coverage'"];
    expect(matrixHits(include, "${{ matrix.command || 'test:only' }}")).toEqual(['15:npm run ci:coverage → js test runner (package.json script "ci:coverage")']);
    expect(matrixHits(['node: [18, 24]'], "${{ matrix.command || 'test:only' }}")).toEqual(['10:npm run test:only → js test runner (package.json script "test:only")']);
    // Near misses: every value the matrix gives lints (its default is not read then), and a key it has no value for.
    expect(matrixHits(['node: [18, 24]', 'command: [lint]'], "${{ matrix.command || 'test:only' }}")).toEqual([]);
    expect(matrixHits(['node: [18, 24]'], '${{ matrix.command }}')).toEqual([]);
    // A whole command from the matrix (kustomize's `run: ${{ matrix.test-cmd }}`) is run; a value given as an argument is data
    // (pluggy's `run_downstream.py "${{ matrix.recipe }}"`, whose recipes name downstream projects, pytest among them).
    expect(matrixHits(['include:', '  - test-cmd: go test -race ./...'], '&& ${{ matrix.test-cmd }}')).toEqual(['11:go test']);
    expect(matrixHits(['recipe: [conda, pytest]'], 'x && uv run downstream/run.py "${{ matrix.recipe }}"')).toEqual([]);
  });

  test('workspaces and missing scripts count by the name, as before', () => {
    expect(testHits('pnpm -r test', { 'package.json': pkg({}) })).toEqual(['npm/pnpm/yarn/bun test']);
    expect(testHits('npm test --workspaces', { 'package.json': pkg({}) })).toEqual(['npm/pnpm/yarn/bun test']);
    expect(testHits('npm test')).toEqual(['npm/pnpm/yarn/bun test']);
    expect(testHits('npm run ci')).toEqual([]);
  });
});

describe('other runners and their near misses', () => {
  test.each([
    ['tox -e py312', ['tox/nox']],
    ['tox', ['tox/nox']],
    ['tox -e lint,docs', []],
    ['nox -s lint', []],
    ['nox -s tests-3.12', ['tox/nox']],
    ['mvn -B verify', ['maven']],
    ['mvn -B -DskipTests package install', []],
    ['./gradlew build', ['gradle']],
    ['./gradlew build -x test', []],
    ['ct lint --config ct.yaml', ['chart-testing']],
    ['ct install --target-branch main', ['chart-testing']],
    ['helm lint charts/app', []],
    ['bats test/cli.bats', ['bats']],
    ['ctest --test-dir build', ['ctest']],
    ['cargo test --workspace', ['cargo test']],
    ['cargo build --release', []],
    ['cross test --target s390x-unknown-linux-gnu', ['cargo test']],
    // A runner counts as the command run, not inside another word or given to an installer (containerd, pydantic).
    ['script/setup/install-gotestsum', []],
    ['uv pip uninstall pytest-speed', []],
    ['npm uninstall jest', []],
    ['GINKGO_SKIP_TEST+=("--ginkgo.skip" "$SKIP_TEST")', []],
    ['go run gotest.tools/gotestsum@v1.12.0 --format pkgname -- ./...', ['go test']],
    ['$(go env GOPATH)/bin/ginkgo -r --randomize-all', ['go test']],
    // cobra's `make richtest`: richgo wraps go test to colour its output.
    ['RICHGO_FORCE_COLOR=1 richgo test -v ./...', ['go test']],
    ['go install github.com/kyoh86/richgo@latest', []],
    ['uv run coverage run -m pytest tests/mypy', ['pytest']],
    ['./node_modules/.bin/jest --ci', ['js test runner']],
    ['bundle exec rake test:unit', ['ruby tests']],
    // Mage targets by name (trivy).
    ['mage test:unit', ['mage test']],
    ['mage -v test', ['mage test']],
    ['mage lint:run', []],
    ['mage testdata', []],
    ['Rscript -e "devtools::test()"', ['R CMD check']],
    ['node --experimental-vm-modules node_modules/jest/bin/jest.js', ['js test runner']],
    // mocha's `clean` script removes its build output named after the runner: a file, not a run.
    ['rimraf mocha.js mocha.js.map', []],
    ['vendor/bin/simple-phpunit --verbose', ['php tests']],
    ['[[ "${MATRIX_INSTALL_STEPS}" = *\'pytest\'* ]] && options+=\' -DVSFTPD=NO\'', []],
    // CMake targets are not read: a target counts by its name (curl).
    ['cmake --build bld --verbose --target curl-pytest-ci', ['cmake --build --target curl-pytest-ci']],
    ['cmake --build bld --target test-ci', ['cmake --build --target test-ci']],
    ['cmake --build bld --target testdeps', []],
    ['cmake --build bld --target build-tests', []],
    ['cmake --build build --target ci_test_compiler_${{ matrix.compiler }}', []],
    // Flake outputs of this repository count by their last attribute's name (crossplane); flake.nix is not read.
    ['nix build .#checks.x86_64-linux.test .#checks.x86_64-linux.test-apis --print-build-logs', ['nix build .#checks.x86_64-linux.test']],
    ['nix build .#checks.x86_64-linux.go-lint .#checks.x86_64-linux.test-apis', ['nix build .#checks.x86_64-linux.test-apis']],
    ['nix run .#e2e -- -test.failfast --test-suite=base', ['nix run .#e2e']],
    ['nix run .#generate -- test', []],
    ['nix build .#packages.x86_64-linux.test-image', []],
    ['nix run github:someone/tools#test', []],
    ['nix flake check', []],
    ['nix develop --command go test ./...', ['go test']],
  ])('`%s`', (cmd, expected) => {
    expect(testHits(cmd)).toEqual(expected);
  });

  test.each([
    ['task default: :test', 'bundle exec rake', ['rake → default task test (Rakefile:2)']],
    ['task :default => %w[spec rubocop]', 'rake', ['rake → default task spec (Rakefile:2)']],
    ['task(default: [:rubocop, "test:unit"])', 'bundle exec rake --trace', ['rake → default task test:unit (Rakefile:2)']],
    ['task default: :rubocop', 'bundle exec rake', []],
    ['task default: :test', 'rake build', []],
    [null, 'bundle exec rake', []],
  ])('a bare rake runs the Rakefile\'s default task (sinatra: `task default: :test`): %s', (task, cmd, expected) => {
    const files: Record<string, string> = task === null ? {} : { Rakefile: `require 'rake/testtask'\n${task}\n` };
    expect(testHits(cmd, files)).toEqual(expected);
  });

  // App-vNext/Polly's cake.cs (a file-based app), run by build.ps1: Default → Build → __RunTests, which calls DotNetTest.
  const cake = (tests: string) =>
    [
      '#:sdk Cake.Sdk',
      'var target = Argument<string>("target", "Default");',
      'Task("__Clean")',
      '    .Does(() => CleanDirectories("./artifacts"));',
      'Task("__RunTests")',
      '    .Does(() =>',
      '{',
      `    ${tests}`,
      '});',
      'Task("__Pack")',
      '    .Does(() => DotNetPack("./src"));',
      'Task("Build")',
      '    .IsDependentOn("__Clean")',
      '    .IsDependentOn("__RunTests")',
      '    .IsDependentOn("__Pack");',
      'Task("Default")',
      '    .IsDependentOn("Build");',
      'Task("Pack")',
      '    .IsDependentOn("__Pack");',
      'await RunTargetAsync(target);',
    ].join('\n');
  const bootstrap = '[CmdletBinding()]\nParam([string]$Script = "cake.cs", [string]$Target = "Default")\n& dotnet $Script -- "--target=$Target"\n';
  test.each([
    ['./build.ps1', { 'build.ps1': bootstrap, 'cake.cs': cake('DotNetTest(proj.FullPath, settings);') }, ['cake → target Default → task __RunTests (DotNetTest, cake.cs:8)']],
    ['./build.sh --target=Build', { 'build.sh': 'dotnet tool restore\ndotnet cake "$@"\n', 'build.cake': cake('DotNetTest("./test");') }, ['cake → target Build → task __RunTests (DotNetTest, build.cake:8)']],
    ['dotnet cake --target Pack', { 'build.cake': cake('DotNetTest("./test");') }, []],
    ['./build.ps1', { 'build.ps1': bootstrap, 'cake.cs': cake('Information("no tests yet");') }, []],
    // A build.ps1 that names no Cake is not read as its bootstrapper.
    ['./build.ps1', { 'build.ps1': 'msbuild /t:Build\n', 'cake.cs': cake('DotNetTest("./test");') }, []],
  ])('a Cake bootstrapper or `dotnet cake` runs the Cake script\'s target (App-vNext/Polly): `%s`', (cmd, files, expected) => {
    expect(testHits(cmd, files)).toEqual(expected);
  });

  const pom = (build: string) => `<?xml version="1.0"?>\n<project>\n  <!-- <build><defaultGoal>test</defaultGoal></build> -->\n  <build>\n${build}\n  </build>\n  <profiles><profile><build><defaultGoal>test</defaultGoal></build></profile></profiles>\n</project>\n`;
  test.each([
    ['    <defaultGoal>clean verify apache-rat:check</defaultGoal>', 'mvn --errors --batch-mode -Ddoclint=all', ['maven → default goal clean verify apache-rat:check (pom.xml:5)']],
    ['    <defaultGoal>clean verify</defaultGoal>', './mvnw -B -P release', ['maven → default goal clean verify (pom.xml:5)']],
    ['    <defaultGoal>clean verify</defaultGoal>', 'mvn -B -DskipTests', []],
    ['    <defaultGoal>clean package</defaultGoal>', 'mvn -B', []],
    ['    <defaultGoal>verify</defaultGoal>', 'mvn -B -f other/pom.xml', []],
    ['    <finalName>x</finalName>', 'mvn -B', []],
  ])('a bare mvn runs the POM\'s default goal (apache/commons-lang): %s', (build, cmd, expected) => {
    expect(testHits(cmd, { 'pom.xml': pom(build) })).toEqual(expected);
  });

  test('an env value written plainly stands for its expression (BurntSushi/ripgrep: `${{ env.CARGO }} test`)', () => {
    const wf = (jobEnv: string, stepEnv: string) =>
      [
        'on: pull_request',
        'permissions: {}',
        'env:',
        '  RUNNER: make',
        'jobs:',
        '  t:',
        '    runs-on: x',
        ...(jobEnv ? ['    env:', `      ${jobEnv}`] : []),
        '    steps:',
        '      - run: ${{ env.CARGO }} test --workspace ${{ env.TARGET_FLAGS }}',
        ...(stepEnv ? ['        env:', `          ${stepEnv}`] : []),
        '      - run: ${{ env.runner }} check',
      ].join('\n');
    const tools = (text: string) => analyzeWorkflows(memorySource({ '.github/workflows/t.yml': text, Makefile: 'check:\n\tpytest -q\n' })).detectors.tests.hits.map((h) => `${h.line}:${h.tool}`);
    expect(tools(wf('CARGO: cargo', ''))).toEqual(['11:cargo test', '12:make check → pytest (Makefile:2)']);
    expect(tools(wf('CARGO: cargo', 'CARGO: cross'))).toEqual(['11:cargo test', '14:make check → pytest (Makefile:2)']);
    // Near misses: a value that is itself an expression, and no value at all.
    expect(tools(wf('CARGO: ${{ matrix.cargo }}', ''))).toEqual(['12:make check → pytest (Makefile:2)']);
    expect(tools(wf('', ''))).toEqual(['10:make check → pytest (Makefile:2)']);
  });

  test('an env or input value is put into a line as written: one replacement for both, `$` patterns kept', () => {
    const values: Record<string, string> = { 'env.A': "x$&y$'z", 'env.B': '$$' };
    expect(replaceExpressions('run ${{ env.A }} and ${{ env.B }} but ${{ env.C }}', (b) => values[b])).toBe("run x$&y$'z and $$ but ${{ env.C }}");
    expect(replaceExpressions('no expression', () => 'v')).toBe('no expression');
    const inputs = new Map([['command', { value: 'ctest -R "$&"', from: 'ci.yml:3' }]]);
    expect(withInputs('${{ inputs.Command }} -V ${{ inputs.other }}', inputs)).toEqual({ text: 'ctest -R "$&" -V ${{ inputs.other }}', from: 'ci.yml:3' });
    expect(withInputs('make', inputs)).toBeNull();
  });

  test('the chart-testing action counts as a test run', () => {
    const wf = ['on: pull_request', 'jobs:', '  t:', '    runs-on: x', '    steps:', '      - uses: helm/chart-testing-action@0d28d3144d3a25ea2cc349d6e59901c4ff469b3b # v2.7.0'].join('\n');
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/t.yml': wf }));
    expect(facts.detectors.tests.hits.map((h) => h.tool)).toEqual(['chart-testing']);
  });

  test('a repository script followed from the step, with a make target inside', () => {
    expect(testHits('./hack/ci.sh', { 'hack/ci.sh': '#!/bin/sh\nset -e\nmake lint\nmake test-cov\n', Makefile: GO_MAKEFILE })).toEqual(['make test-cov → go test (Makefile:20)']);
  });

  test("the test suite's own runner program, which loads a test framework (puma's `test/runner`, a Ruby script that requires minitest)", () => {
    const runner = "#!/usr/bin/env ruby\n\n=begin\nA simplified test runner.\n=end\n\nrequire 'bundler/setup'\nrequire 'minitest'\n\nDir['test_*.rb', base: __dir__].sort.each { |tf| require_relative tf }\n";
    expect(testHits('test/runner --verbose', { 'test/runner': runner })).toEqual(['minitest (the test suite\'s runner script)']);
    expect(testHits('tests/run.py', { 'tests/run.py': 'import sys\nimport pytest\n\nsys.exit(pytest.main(sys.argv[1:]))\n' })).toEqual(['pytest (the test suite\'s runner script)']);
    // Outside the test folder, or without a framework, a program is read as before: only a line that starts a program counts.
    expect(testHits('tools/runner', { 'tools/runner': runner })).toEqual([]);
    expect(testHits('test/fixtures.rb', { 'test/fixtures.rb': "require 'json'\nputs JSON.dump({})\n" })).toEqual([]);
  });

  test("rake after options and variable assignments (jekyll's `rake TESTOPTS=$testopts test`), on a continued line", () => {
    expect(testHits('script/test', { 'script/test': '#!/bin/bash\nfor ruby in $rubies; do\n  time $ruby -S bundle exec \\\n    rake TESTOPTS=$testopts test\ndone\n' })).toEqual(['ruby tests']);
    expect(testHits('bundle exec rake -t TESTOPTS=-v spec')).toEqual(['ruby tests']);
    expect(testHits('bundle exec rake TESTOPTS=-v build')).toEqual([]);
  });

  test('a script run by its relative path without ./ (httpx: `run: scripts/test`), also from a make recipe', () => {
    const script = '#!/bin/sh -e\nexport PREFIX=""\n${PREFIX}coverage run -m pytest "$@"\n';
    expect(testHits('scripts/test', { 'scripts/test': script })).toEqual(['pytest']);
    expect(testHits('CI=1 scripts/test --fast', { 'scripts/test': script })).toEqual(['pytest']);
    expect(testHits('make check', { Makefile: 'check:\n\tscripts/test\n', 'scripts/test': script })).toEqual(['make check → scripts/test → pytest (scripts/test:3)']);
    // Near misses: a path read by another command, and a tool path that is no repository file.
    expect(testHits('cat scripts/test', { 'scripts/test': script })).toEqual([]);
    expect(testHits('scripts/setup', { 'scripts/setup': 'script/setup/install-gotestsum\ncp "${GOPATH}/bin/gotestsum" /usr/local/bin/\n' })).toEqual([]);
    expect(testHits('make unit', { Makefile: 'unit:\n\tvendor/bin/phpunit\n' })).toEqual(['make unit → php tests (Makefile:2)']);
    // A long setup script before the target's test run does not use up the command's budget (gateway's create-cluster.sh).
    const setup = Array.from({ length: 250 }, (_, i) => `kubectl apply -f step${i}.yaml`).join('\n');
    const mk = 'conformance: create-cluster run\ncreate-cluster:\n\ttools/hack/create-cluster.sh\nrun:\n\tcd test && go test ./conformance\n';
    expect(testHits('make conformance', { Makefile: mk, 'tools/hack/create-cluster.sh': setup })).toEqual(['make conformance → go test (Makefile:5)']);
  });

  test('command splitting and words', () => {
    expect(splitCommands('a && b || c; d | e & f')).toEqual(['a', 'b', 'c', 'd', 'e & f']);
    expect(splitCommands('&&& ;;|||x')).toEqual(['&', 'x']);
    expect(commandWords('CI=1 sudo -E timeout 60 "make" test')).toEqual(['make', 'test']);
    // runc's CI: sudo's options, an environment, and `--` before the command.
    expect(commandWords('sudo -E PATH="$PATH" -- make EXTRA_FLAGS=-race localunittest')).toEqual(['make', 'EXTRA_FLAGS=-race', 'localunittest']);
    expect(commandWords('sudo -u runner -H npm test')).toEqual(['npm', 'test']);
    // A `--` of the command's own stays.
    expect(commandWords('go test -- -v')).toEqual(['go', 'test', '--', '-v']);
  });
});

describe("another repository's reusable workflow, not read, counts by its name", () => {
  const called = (job: string, name: string | null, uses: string) => {
    const wf = ['on: pull_request', 'permissions: {}', 'jobs:', `  ${job}:`, ...(name ? [`    name: ${name}`] : []), `    uses: ${uses}`].join('\n');
    return analyzeWorkflows(memorySource({ '.github/workflows/t.yml': wf })).detectors.tests.hits.map((h) => `${h.byName}: ${h.tool}`);
  };
  test.each([
    ['tests', 'Test', 'swiftlang/github-workflows/.github/workflows/swift_package_test.yml@0.0.13', ['tests: swift_package_test.yml of swiftlang/github-workflows, not read here: its file name says it runs tests']],
    ['go', 'Unit tests', 'octo-org/shared/.github/workflows/go.yml@v1', ['tests: go.yml of octo-org/shared, not read here: the job\'s name (Unit tests) says it runs tests']],
    ['build', null, 'octo-org/shared/.github/workflows/ci.yml@v1', ['ci: ci.yml of octo-org/shared, not read here: its file name says CI']],
    // Near misses: a name that says something else, or nothing about tests.
    ['tests', null, 'octo-org/shared/.github/workflows/publish-test-results.yml@v1', []],
    ['test', null, 'octo-org/shared/.github/workflows/release.yml@v1', []],
    ['build', 'Build', 'octo-org/shared/.github/workflows/go.yml@v1', []],
  ])('job %s (%s) calls %s', (job, name, uses, expected) => {
    expect(called(job, name, uses)).toEqual(expected);
  });
});

describe('a repository script that moves to its own folder or the root', () => {
  test('cd "$(dirname "$0")/.." is the repository root, so npm test is followed into package.json', () => {
    const files = { '.ci/run': '#!/usr/bin/env bash\nset -e\ncd "$(dirname "$0")/.."\nnpm ci\nnpm test\n', 'package.json': JSON.stringify({ scripts: { test: 'vitest run' } }) };
    expect(testHits('bash .ci/run', files)).toEqual(['npm test → js test runner (package.json script "test")']);
    const lintOnly = { ...files, 'package.json': JSON.stringify({ scripts: { test: 'eslint .' } }) };
    expect(testHits('bash .ci/run', lintOnly)).toEqual([]);
  });
});

test('splitCommands cuts as a character-by-character reading does, on any line', () => {
  /** The reading it replaced: characters appended one by one, a separator flushing the command. */
  const byCharacter = (line: string): string[] => {
    const out: string[] = [];
    let cur = '';
    const s = line.length > 2000 ? line.slice(0, 2000) : line;
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (c === ';' || c === '|' || (c === '&' && s[i + 1] === '&')) {
        if (cur.trim() !== '') out.push(cur.trim());
        cur = '';
        if ((c === '&' || c === '|') && s[i + 1] === c) i++;
        continue;
      }
      cur += c;
    }
    if (cur.trim() !== '') out.push(cur.trim());
    return out;
  };
  const piece = fc.constantFrom('&', '&&', '|', '||', ';', ' ', 'a', 'make test', '\t', 'é');
  fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(2100), (parts, pad) => {
    const line = parts.join('') + (pad > 1990 ? 'x'.repeat(pad) + '; y' : '');
    expect(splitCommands(line)).toEqual(byCharacter(line));
  }));
});

describe("a caller's input that carries the test command", () => {
  const composite = [
    'name: Run Build Step',
    'inputs:',
    '  command:',
    '    required: true',
    '  shell:',
    '    default: bash',
    'runs:',
    '  using: composite',
    '  steps:',
    '  - run: |',
    '      if [ -n "${{ inputs.container }}" ]; then',
    '        docker run --rm img /bin/bash -c "${{ inputs.command }}"',
    '      else',
    '        ${{ inputs.command }}',
    '      fi',
    '    shell: ${{ inputs.shell }}',
  ].join('\n');
  const caller = (command: string) =>
    ['on: pull_request', 'permissions: {}', 'jobs:', '  build:', '    runs-on: x', '    steps:', '    - uses: actions/checkout@v4', '    - name: Test', '      uses: ./.github/actions/run-build', '      with:', `        command: ${command}`].join('\n');
  const hits = (files: Record<string, string>) => analyzeWorkflows(memorySource(files)).detectors.tests.hits.map((h) => `${h.path}:${h.line} ${h.tool} | ${h.text}`);

  test('a local composite action runs the command its caller gives (libgit2 run-build)', () => {
    expect(hits({ '.github/workflows/main.yml': caller('ctest --output-on-failure'), '.github/actions/run-build/action.yml': composite })).toEqual([
      '.github/actions/run-build/action.yml:12 ctest, the command given by .github/workflows/main.yml:11 | docker run --rm img /bin/bash -c "ctest --output-on-failure"',
    ]);
    expect(hits({ '.github/workflows/main.yml': caller('cmake --build build'), '.github/actions/run-build/action.yml': composite })).toEqual([]);
  });

  test("a local reusable workflow runs the command its calling job gives (witness's witness.yml)", () => {
    const reusable = ['on:', '  workflow_call:', '    inputs:', '      command:', '        type: string', 'permissions: {}', 'jobs:', '  run:', '    runs-on: x', '    steps:', '      - uses: actions/checkout@v4', '      - run: ${{ inputs.command }}'].join('\n');
    const release = (command: string) => ['on: [push, pull_request]', 'permissions: {}', 'jobs:', '  fmt:', '    uses: ./.github/workflows/witness.yml', '    with:', '      command: go fmt ./...', '  unit-test:', '    uses: ./.github/workflows/witness.yml', '    with:', `      command: ${command}`].join('\n');
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/witness.yml': reusable, '.github/workflows/release.yml': release('go test -v ./...') }));
    expect(facts.detectors.tests.hits.map((h) => `${h.path}:${h.line} ${h.tool} | ${h.text} ${h.qualifies}`)).toEqual([
      '.github/workflows/witness.yml:12 go test, the command given by .github/workflows/release.yml:11 | go test -v ./... true',
    ]);
    expect(facts.detectors.tests.found).toBe(true);
    const noTests = analyzeWorkflows(memorySource({ '.github/workflows/witness.yml': reusable, '.github/workflows/release.yml': release('go vet ./...') }));
    expect(noTests.detectors.tests.hits).toEqual([]);
  });
});

describe('a job that checks the repository out into a folder (libgit2: path: source)', () => {
  test('its composite action and the script its command runs are read from the checkout, and a tool variable is followed', () => {
    const action = ['name: Run Build Step', 'inputs:', '  command:', '    required: true', 'runs:', '  using: composite', '  steps:', '  - run: ${{ inputs.command }}', '    shell: bash'].join('\n');
    const main = [
      'on: pull_request', 'permissions: {}', 'jobs:', '  build:', '    runs-on: x', '    steps:',
      '    - uses: actions/checkout@v4', '      with:', '        path: source',
      '    - name: Test', '      uses: ./source/.github/actions/run-build', '      with:', '        command: cd ${BUILD_WORKSPACE:-.}/build && ../source/ci/test.sh',
    ].join('\n');
    const script = ['#!/usr/bin/env bash', 'set -e', 'CTEST=$(which ctest)', 'run_test() {', '  "${CTEST}" -V -R "^${1}$"', '}', 'run_test offline'].join('\n');
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/main.yml': main, '.github/actions/run-build/action.yml': action, 'ci/test.sh': script }));
    expect(facts.detectors.tests.hits.map((h) => `${h.path}:${h.line} ${h.tool} | ${h.text}`)).toEqual(['ci/test.sh:5 ctest, in ci/test.sh run by the command given by .github/workflows/main.yml:13 | "${CTEST}" -V -R "^${1}$"']);
    expect(facts.detectors.tests.found).toBe(true);
  });
});
