import { describe, expect, test } from 'vitest';
import { analyzeWorkflows } from '../../src/facts/workflows/index.ts';
import { madeTargets, StepScripts } from '../../src/facts/workflows/step-scripts.ts';
import { parseMakefile } from '../../src/facts/workflows/makefile.ts';
import { memorySource } from './helpers.ts';

describe('the Makefile targets a command line makes', () => {
  test.each([
    ['make lint', [{ dir: '', targets: ['lint'], assignments: [] }]],
    ['make -j4 V=1 lint vet', [{ dir: '', targets: ['lint', 'vet'], assignments: [['V', '1']] }]],
    ['make -C tools check && echo done', [{ dir: 'tools', targets: ['check'], assignments: [] }]],
    ['make --directory=./sub/ test', [{ dir: 'sub', targets: ['test'], assignments: [] }]],
    ['$(MAKE) vet', [{ dir: '', targets: ['vet'], assignments: [] }]],
    ['cd x; gmake all', [{ dir: '', targets: ['all'], assignments: [] }]],
    // The shell's quotes are not part of a value; `:=` assigns too.
    ['$(MAKE) -s run ARGS="--help" MODE:=fast', [{ dir: '', targets: ['run'], assignments: [['ARGS', '--help'], ['MODE', 'fast']] }]],
    ['make', null],
    ['make -f other.mk lint', null],
    ['make -C ../up lint', null],
    ['echo make lint', null],
    ['cmake --build .', null],
  ])('%s', (line, expected) => {
    expect(madeTargets(line)).toEqual(expected);
  });
});

const MAKEFILE = [
  'BANDIT ?= bandit', // 1
  '', // 2
  '.PHONY: lint check', // 3
  'lint: check', // 4
  '\truff check .', // 5
  '\t$(MAKE) audit', // 6
  '', // 7
  'check:', // 8
  '\tmypy src', // 9
  '', // 10
  'audit:', // 11
  '\t$(BANDIT) -c pyproject.toml -r src', // 12
  '', // 13
  'test:', // 14
  '\tpytest', // 15
].join('\n');

describe("the recipes of the targets a step makes", () => {
  test('the target, its prerequisites and what its recipes make, at their Makefile lines, variables expanded', () => {
    const scripts = new StepScripts((p) => (p === 'Makefile' ? MAKEFILE : null)).forStep(['make lint'], '', undefined, null, undefined);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatchObject({ path: 'Makefile', make: true });
    const kept = scripts[0].lines.map((l, i) => [i + 1, l]).filter(([, l]) => l !== '');
    expect(kept).toEqual([[5, 'ruff check .'], [6, 'make audit'], [9, 'mypy src'], [12, 'bandit -c pyproject.toml -r src']]);
    // No such target, no Makefile there, or a folder an expression decides: nothing.
    expect(new StepScripts((p) => (p === 'Makefile' ? MAKEFILE : null)).forStep(['make docs'], '', undefined, null, undefined)).toEqual([]);
    expect(new StepScripts(() => null).forStep(['make lint'], '', undefined, null, undefined)).toEqual([]);
    expect(new StepScripts((p) => (p === 'Makefile' ? MAKEFILE : null)).forStep(['make lint'], null, undefined, null, undefined)).toEqual([]);
  });

  test("a scanner a make target runs counts where the step runs (sigstore-python's `make lint` runs bandit)", () => {
    const wf = 'on: [pull_request]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: make lint\n';
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/lint.yml': wf, Makefile: MAKEFILE }));
    expect(facts.detectors.sast.found).toBe(true);
    expect(facts.detectors.sast.hits).toMatchObject([{ tool: 'bandit', via: 'script', path: 'Makefile', line: 12, workflow: '.github/workflows/lint.yml', qualifies: true }]);
    // `make test` makes no scanner; and the test run is the resolver's (pytest through the Makefile), found once.
    const tests = analyzeWorkflows(memorySource({ '.github/workflows/lint.yml': wf.replace('make lint', 'make test'), Makefile: MAKEFILE }));
    expect(tests.detectors.sast.hits).toEqual([]);
    expect(tests.detectors.tests.hits).toHaveLength(1);
  });


  // actionlint: `lint` depends on the stamp file `.linttimestamp`, whose recipe runs govulncheck; `.PHONY` and `.c.o` are no targets.
  test('a target named with a leading dot (a stamp file) is made, but never the default goal; special targets and suffix rules are not', () => {
    const makefile = '.PHONY: lint\n.c.o:\n\tcc -c $<\n.linttimestamp: go.mod\n\tgovulncheck ./...\n\ttouch .linttimestamp\nlint: .linttimestamp\n\tgo vet ./...\n';
    const wf = 'on: [pull_request]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make lint\n';
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/lint.yml': wf, Makefile: makefile }));
    expect(facts.detectors.dependencyChecks.hits).toMatchObject([{ tool: 'govulncheck', via: 'script', path: 'Makefile', line: 5 }]);
    const mk = parseMakefile(makefile);
    expect([...mk.rules.keys()]).toEqual(['.linttimestamp', 'lint']);
    expect(mk.first).toBe('lint');
  });

  // buf: `make lint` reaches `shortlint`, whose recipe in make/go/go.mk runs govulncheck.
  test('recipes of targets defined in an included file are read at their lines there', () => {
    const makefile = 'include make/go.mk\n\nlint: shortlint\n\tgo vet ./...\n';
    const included = 'shortlint:\n\t@echo checking\n\tgovulncheck ./...\n';
    const wf = 'on: [pull_request]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make lint\n';
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/lint.yml': wf, Makefile: makefile, 'make/go.mk': included }));
    expect(facts.detectors.dependencyChecks.hits).toMatchObject([{ tool: 'govulncheck', via: 'script', path: 'make/go.mk', line: 3 }]);
  });

  test('the Makefile is read and parsed once for the test runs `make test` reaches and the recipes `make lint` runs', () => {
    const wf = 'on: [pull_request]\njobs:\n  ci:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: make lint\n      - run: make test\n';
    const source = memorySource({ '.github/workflows/ci.yml': wf, Makefile: MAKEFILE });
    const reads: string[] = [];
    const counted = { ...source, read: (path: string) => (reads.push(path), source.read(path)) };
    const facts = analyzeWorkflows(counted);
    expect(facts.detectors.sast.hits).toMatchObject([{ tool: 'bandit', path: 'Makefile', line: 12 }]);
    expect(facts.detectors.tests.hits).toMatchObject([{ tool: expect.stringContaining('pytest') }]);
    expect(reads.filter((p) => p === 'Makefile')).toHaveLength(1);
  });

  test("golangci-lint run through `go run …@<version>` in a make recipe runs the gosec the root configuration enables (spire)", () => {
    const makefile = 'lint: lint-code\n\nlint-code: | go-check\n\t$(E)GOLANGCI_LINT_CACHE="x" \\\n\t\tgo run github.com/golangci/golangci-lint/v2/cmd/golangci-lint@$(shell awk \'/golangci-lint/{print $$2}\' .tool-versions) \\\n\t\trun --max-issues-per-linter=0 ./...\n';
    const wf = 'on: [pull_request]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: make lint\n';
    const golangci = 'version: "2"\nlinters:\n  enable:\n    - gosec\n';
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/pr.yml': wf, Makefile: makefile, '.golangci.yml': golangci }));
    expect(facts.detectors.sast.hits).toMatchObject([{ tool: 'gosec (enabled in .golangci.yml:4, run by golangci-lint)', via: 'script', path: 'Makefile', line: 4 }]);
    // Another configuration named on the line: not the root's.
    const other = analyzeWorkflows(memorySource({ '.github/workflows/pr.yml': wf, Makefile: makefile.replace('run --max', 'run -c other.yml --max'), '.golangci.yml': golangci }));
    expect(other.detectors.sast.hits).toEqual([]);
  });

  test('scripts the step\'s scripts and recipes run are followed two levels down', () => {
    const wf = (run: string) => `on: [pull_request]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ${run}\n`;
    // A make recipe that runs a script that runs gosec (the Kubernetes hack/verify-*.sh way).
    const make = analyzeWorkflows(memorySource({ '.github/workflows/a.yml': wf('make verify'), Makefile: 'verify:\n\t./hack/verify-all.sh\n', 'hack/verify-all.sh': '#!/bin/sh\n./hack/verify-gosec.sh\n', 'hack/verify-gosec.sh': '#!/bin/sh\ngosec ./...\n' }));
    expect(make.detectors.sast.hits).toMatchObject([{ tool: 'gosec', via: 'script', path: 'hack/verify-gosec.sh', line: 2 }]);
    // fastapi's test step: a script that runs a script that runs pytest.
    const tests = analyzeWorkflows(memorySource({ '.github/workflows/a.yml': wf('uv run --no-sync bash scripts/test-cov.sh'), 'scripts/test-cov.sh': '#!/usr/bin/env bash\nset -e\nbash scripts/test.sh --cov ${@}\n', 'scripts/test.sh': '#!/usr/bin/env bash\nexport PYTHONPATH=./docs_src\npytest -n auto tests\n' }));
    expect(tests.detectors.tests.found).toBe(true);
    // Three levels down is past the bound.
    const deep = analyzeWorkflows(memorySource({ '.github/workflows/a.yml': wf('./a/1.sh'), 'a/1.sh': './a/2.sh\n', 'a/2.sh': './a/3.sh\n', 'a/3.sh': './a/4.sh\n', 'a/4.sh': 'gosec ./...\n' }));
    expect(deep.detectors.sast.hits).toEqual([]);
  });
});
