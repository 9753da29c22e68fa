import { describe, expect, test } from 'vitest';
import { analyzeWorkflows, globMatch, isBaselineScannerRepo } from '../../src/facts/workflows/index.ts';
import type { DetectorHit, WorkflowFacts } from '../../src/facts/workflows/index.ts';
import { fixture, memorySource, workflowSource } from './helpers.ts';

function hits(facts: WorkflowFacts, name: keyof WorkflowFacts['detectors']): string[] {
  return facts.detectors[name].hits.map((h: DetectorHit) => `${h.tool} ${h.via} ${h.line}:${h.column} ${h.qualifies}`);
}

describe('tests on pull requests (OSPS-QA-06.01)', () => {
  test('npm run test on pull_request, ignoring a commented-out line', () => {
    const facts = analyzeWorkflows(workflowSource('tests-on-pr.yml'));
    expect(facts.detectors.tests.found).toBe(true);
    expect(hits(facts, 'tests')).toEqual(['npm/pnpm/yarn/bun test run 17:11 true']);
    expect(facts.detectors.tests.hits[0].triggers).toEqual(['pull_request', 'push']);
  });

  test('tests only on a schedule do not qualify', () => {
    const facts = analyzeWorkflows(workflowSource('tests-nightly-only.yml'));
    expect(facts.detectors.tests.found).toBe(false);
    expect(hits(facts, 'tests')).toEqual(['go test run 11:14 false']);
  });

  test.each([
    'npm test',
    'npm t',
    'pnpm test',
    'yarn test',
    'yarn run test:unit',
    'bun test',
    'go test -race ./...',
    'cargo test --workspace',
    'cargo nextest run',
    'cargo hack test --feature-powerset --lib',
    'cargo hack --each-feature test',
    'cargo +nightly miri test',
    'cargo llvm-cov --workspace --lcov --output-path lcov.info',
    'cargo tarpaulin --out Xml',
    'pytest -q',
    'python -m pytest',
    'tox -e py312',
    'mvn -B verify',
    './mvnw test',
    './gradlew check',
    'gradle test',
    'make test',
    'make -C build check',
    'ctest --output-on-failure',
    'dotnet test',
    'bundle exec rspec',
    'bundle exec rake test',
    'npx vitest run',
    'ts-scripts test',
    'npx kcd-scripts test --coverage',
    'aegir test -t node',
    'swift test',
    'mix test',
    'node test',
    'node ./test/index.js',
    // A `;` in quotes is the value's, not the end of the command (stamina's ci.yml).
    `uvx --with "tomli; python_version<'3.11'" tox -e py312`,
    'tox run -f py312-tests',
    // A shell's -c command line is resolved as a step's line is.
    'bash -c "npm test"',
    "sh -c 'go vet ./... && go test ./...'",
  ])('recognises `%s`', (cmd) => {
    const wf = `on: pull_request\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: ${cmd}\n`;
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/t.yml': wf }));
    expect(facts.detectors.tests.found).toBe(true);
  });

  test.each([
    ['cabal test --test-show-details=direct', 'cabal/stack test'],
    ['stack test --fast', 'cabal/stack test'],
    ['swift test', 'swift test'],
    ['flutter test', 'dart/flutter test'],
    ['bazel test //...', 'bazel test'],
  ])('names the runner of `%s` as %s', (cmd, tool) => {
    const wf = `on: pull_request\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: ${cmd}\n`;
    expect(analyzeWorkflows(memorySource({ '.github/workflows/t.yml': wf })).detectors.tests.hits[0]?.tool).toBe(tool);
  });

  test.each(['echo test', 'npm ci', 'go build ./...', 'make', 'cargo build', '# npm test', 'npm run lint', 'cargo hack check --each-feature', 'cargo llvm-cov report --lcov', 'go test -c -o /dev/null ./...', 'cargo test --no-run', 'yarn add -D jest@^27 memfs@^3 --ignore-scripts', 'node tests.js', 'tox run -f lint', 'tox run --factors typing', 'tox --parallel auto --notest', 'bash -c "echo test"'])('does not take `%s` for tests', (cmd) => {
    const wf = `on: pull_request\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: ${JSON.stringify(cmd)}\n`;
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/t.yml': wf }));
    expect(facts.detectors.tests.hits).toEqual([]);
  });

  test('tests inside a local composite action count, at the action position, with the workflow triggers', () => {
    const wf = ['on: merge_group', 'jobs:', '  t:', '    runs-on: x', '    steps:', '      - uses: ./.github/actions/setup'].join('\n');
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/t.yml': wf, '.github/actions/setup/action.yml': fixture('composite-setup.action.yml') }));
    expect(facts.detectors.tests.found).toBe(true);
    expect(facts.detectors.tests.hits[0]).toMatchObject({ path: '.github/actions/setup/action.yml', workflow: '.github/workflows/t.yml', line: 13, column: 12, triggers: ['merge_group'] });
  });

  test('composite actions that use themselves do not loop', () => {
    const action = ['runs:', '  using: composite', '  steps:', '    - uses: ./a', '    - run: go test ./...', '      shell: bash'].join('\n');
    const wf = ['on: pull_request', 'jobs:', '  t:', '    runs-on: x', '    steps:', '      - uses: ./a'].join('\n');
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/t.yml': wf, 'a/action.yml': action }));
    expect(facts.detectors.tests.hits).toHaveLength(1);
  });
});

describe('security tools', () => {
  test('CodeQL analyze, dependency review, govulncheck and gitleaks on pull_request and push', () => {
    const facts = analyzeWorkflows(workflowSource('security-scans.yml'));
    expect(facts.detectors.sast.found).toBe(true);
    expect(hits(facts, 'sast')).toEqual(['codeql uses 15:15 true']);
    expect(facts.detectors.dependencyChecks.found).toBe(true);
    expect(hits(facts, 'dependencyChecks')).toEqual(['dependency-review uses 19:15 true', 'govulncheck run 20:14 true']);
    expect(facts.detectors.secretScanning.found).toBe(true);
    expect(hits(facts, 'secretScanning')).toEqual(['gitleaks uses 24:15 true']);
  });

  test.each([
    // logging-log4j2: job analyze calls the ASF logging-parent's CodeQL workflow.
    ['sast', 'apache/logging-parent/.github/workflows/codeql-analysis-reusable.yaml@gha/v0', 'codeql (codeql-analysis-reusable.yaml of apache/logging-parent, not read here: its file name says codeql) uses 5:11 true'],
    ['sast', 'octo-org/shared/.github/workflows/semgrep.yml@v1', 'semgrep (semgrep.yml of octo-org/shared, not read here: its file name says semgrep) uses 5:11 true'],
    ['dependencyChecks', 'octo-org/shared/.github/workflows/dependency-review.yml@v1', 'dependency-review (dependency-review.yml of octo-org/shared, not read here: its file name says dependency-review) uses 5:11 true'],
  ])("another repository's reusable %s workflow counts by its file name: %s", (name, uses, expected) => {
    const wf = ['on: pull_request', 'permissions: {}', 'jobs:', '  analyze:', `    uses: ${uses}`].join('\n');
    expect(hits(analyzeWorkflows(memorySource({ '.github/workflows/s.yml': wf })), name as 'sast')).toEqual([expected]);
  });

  test("a reusable workflow whose file name names no scanner is no scan (release, lint)", () => {
    for (const uses of ['octo-org/shared/.github/workflows/release.yml@v1', 'octo-org/shared/.github/workflows/codeql-results-report.yml@v1', 'octo-org/codeql-tools/.github/workflows/build.yml@v1']) {
      const wf = ['on: pull_request', 'permissions: {}', 'jobs:', '  analyze:', `    uses: ${uses}`].join('\n');
      const facts = analyzeWorkflows(memorySource({ '.github/workflows/s.yml': wf }));
      expect([facts.detectors.sast.hits, facts.detectors.dependencyChecks.hits]).toEqual([[], []]);
    }
  });

  // kubewarden-controller: .golangci.yml enables gosec; ci.yml runs golangci/golangci-lint-action on pull requests.
  describe('gosec enabled in the golangci-lint configuration, run by golangci-lint', () => {
    const lint = (step: string) => ['on: pull_request', 'jobs:', '  golangci:', '    runs-on: x', '    steps:', '      - uses: actions/checkout@v4', step].join('\n');
    const action = '      - uses: golangci/golangci-lint-action@v9\n        with:\n          version: v2.12.2';
    const v2 = 'version: "2"\nlinters:\n  enable:\n    - errcheck\n    - gosec # security problems\n';
    const sast = (files: Record<string, string>) => hits(analyzeWorkflows(memorySource(files)), 'sast');
    test.each([
      ['the action, version 2 enable list', action, { '.golangci.yml': v2 }, ['gosec (enabled in .golangci.yml:5, run by golangci-lint) uses 7:15 true']],
      ['`golangci-lint run`, version 2 default: all', '      - run: golangci-lint run ./...', { '.golangci.yaml': 'version: "2"\nlinters:\n  default: all\n  disable:\n    - wsl\n' }, ['gosec (enabled in .golangci.yaml:3, run by golangci-lint) run 7:14 true']],
      ['version 1 enable-all', action, { '.golangci.yml': 'linters:\n  enable-all: true\n' }, ['gosec (enabled in .golangci.yml:2, run by golangci-lint) uses 7:15 true']],
    ])('%s', (_name, step, files, expected) => {
      expect(sast({ '.github/workflows/lint.yml': lint(step), ...files })).toEqual(expected);
    });
    test.each([
      ['gosec not enabled (version 2 standard linters)', action, { '.golangci.yml': 'version: "2"\nlinters:\n  enable:\n    - errcheck\n' }],
      ['gosec disabled under default: all', action, { '.golangci.yml': 'version: "2"\nlinters:\n  default: all\n  disable:\n    - gosec\n' }],
      ['no configuration', action, {}],
      ['another configuration', '      - run: golangci-lint run --config tools/.golangci.yml', { '.golangci.yml': v2 }],
      ['the action in another folder', `${action}\n          working-directory: tools`, { '.golangci.yml': v2 }],
      ['golangci-lint named, not run', '      - run: go install github.com/golangci/golangci-lint/cmd/golangci-lint@latest', { '.golangci.yml': v2 }],
    ])('no gosec: %s', (_name, step, files) => {
      expect(sast({ '.github/workflows/lint.yml': lint(step), ...files })).toEqual([]);
    });
  });

  test('SAST only on a schedule does not qualify', () => {
    const wf = fixture('security-scans.yml').replace(/on:\n {2}pull_request:\n {2}push:\n {4}branches: \[main\]/, 'on:\n  schedule:\n    - cron: "0 0 * * 0"');
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/s.yml': wf }));
    expect(facts.detectors.sast.found).toBe(false);
    expect(facts.detectors.sast.hits).toHaveLength(1);
    expect(facts.detectors.secretScanning.found).toBe(true);
  });

  test.each([
    ['sast', 'semgrep ci'],
    ['sast', 'gosec ./...'],
    ['sast', 'bandit -r src'],
    ['sast', 'zizmor .github/workflows'],
    ['dependencyChecks', 'osv-scanner -r .'],
    ['dependencyChecks', 'trivy fs .'],
    ['dependencyChecks', 'grype dir:.'],
    ['dependencyChecks', 'npm audit --audit-level=high'],
    ['dependencyChecks', 'cargo deny check'],
    ['dependencyChecks', 'cargo audit'],
    ['dependencyChecks', 'pip-audit'],
    ['secretScanning', 'trufflehog git file://.'],
    ['secretScanning', 'detect-secrets scan'],
    ['secretScanning', 'ggshield secret scan ci'],
  ] as const)('%s: `%s`', (detector, cmd) => {
    const wf = `on: [push]\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: ${cmd}\n`;
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/t.yml': wf }));
    expect(facts.detectors[detector].found).toBe(true);
  });

  // A scanner counts when it is the command run, not when its name is a folder or file of an argument (zizmor's ci.yml:113).
  test.each([
    ['sast', 'REGISTRY_COUNT=$(grep -c "register_audit!" crates/zizmor/src/registry.rs)', false],
    ['sast', 'crates/zizmor/tests/integration/test-data/several-vulnerabilities.yml', false],
    ['sast', 'yamllint zizmor.yml semgrep.yml', false],
    ['sast', './target/release/zizmor --format sarif .', true],
    ['sast', 'uvx zizmor@1.5.0 .', true],
    ['sast', 'go run github.com/securego/gosec/v2/cmd/gosec@latest ./...', true],
    ['dependencyChecks', 'cat internal/osv-scanner/config.toml', false],
    ['dependencyChecks', './osv-scanner-linux-amd64 scan -r .', true],
    ['dependencyChecks', 'make verify-govulncheck', true],
    ['sast', 'brew install zizmor', false],
    ['sast', 'python -m pip install semgrep==1.90.0', false],
    ['sast', 'pip install semgrep && semgrep scan --config auto .', true],
    ['dependencyChecks', 'go install golang.org/x/vuln/cmd/govulncheck@latest', false],
    ['secretScanning', 'python "$(dirname "$0")/gitleaks/report.py"', false],
    // Asked for its usage or version only, or named in text a command prints or searches: no scan.
    ['dependencyChecks', 'pip-audit --help', false],
    ['dependencyChecks', 'grype version', false],
    ['dependencyChecks', 'osv-scanner --version && echo ok', false],
    ['dependencyChecks', 'grep -q pip-audit requirements-dev.txt', false],
    ['dependencyChecks', "awk '/x/{f=1;next} /@end-pip-audit-help@/{f=0}' README.md", false],
    ['dependencyChecks', 'bash -c "echo start; pip-audit -r requirements.txt"', true],
    ['dependencyChecks', 'pip-audit --help; pip-audit -r requirements.txt', true],
    // A path ending in the tool's name is run only as the command or after a runner.
    ['dependencyChecks', 'chmod -R +x snapshot/**/grype', false],
    ['sast', 'gh release upload --repo zizmorcore/zizmor v1.0.0 dist/*', false],
    ['sast', 'cp "${RELEASE_DIR}/zizmor" out/', false],
    ['dependencyChecks', 'docker run --rm -v "$PWD:/src" anchore/grype dir:/src', true],
    ['dependencyChecks', 'CI=1 ./bin/osv-scanner scan -r .', true],
  ] as const)('%s: `%s` -> %s', (detector, cmd, found) => {
    const wf = `on: [push]\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: ${JSON.stringify(cmd)}\n`;
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/t.yml': wf }));
    expect(facts.detectors[detector].found).toBe(found);
  });

  test('a Go source file given to `go test` is no script whose lines run scanners (kube-state-metrics\' e2e.sh)', () => {
    const wf = 'on: [push]\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: bash tests/e2e.sh\n';
    const files = { '.github/workflows/t.yml': wf, 'tests/e2e.sh': '#!/bin/sh\ngo test -race -v ./tests/e2e/auth_test.go\n', 'tests/e2e/auth_test.go': 'package e2e\n\nfunc f() {\n\tout, err := exec.Command("curl", "localhost:8080/metrics").Output() // nolint:gosec\n}\n' };
    expect(analyzeWorkflows(memorySource(files)).detectors.sast.hits).toEqual([]);
    const shell = { ...files, 'tests/e2e.sh': '#!/bin/sh\nsh ./tests/e2e/scan.sh\n', 'tests/e2e/scan.sh': 'gosec ./...\n' };
    expect(analyzeWorkflows(memorySource(shell)).detectors.sast.hits).toMatchObject([{ tool: 'gosec', path: 'tests/e2e/scan.sh' }]);
  });

  // pip-audit's Makefile: `make check-readme` compares `$(MAKE) -s run ARGS="--help"` with its README.
  test.each([
    ['ARGS="--help"', false],
    ["ARGS='-r requirements.txt'", true],
  ] as const)('a variable set on a recursive make command line reaches the recipe it runs: %s -> %s', (assignment, found) => {
    const makefile = `ARGS ?=\nrun:\n\tpip-audit $(ARGS)\n\ncheck-readme:\n\t@diff README.md <( $(MAKE) -s run ${assignment} )\n`;
    const wf = 'on: [push]\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: make check-readme\n';
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/t.yml': wf, Makefile: makefile }));
    expect(facts.detectors.dependencyChecks.found).toBe(found);
  });
});

describe('release signing, SBOM, provenance, releases (OSPS-BR-06.01, OSPS-QA-02.02)', () => {
  test('a tag-push release with cosign, syft, goreleaser and attest-build-provenance', () => {
    const facts = analyzeWorkflows(workflowSource('release.yml'));
    // cosign-installer alone is not signing (it is as often used to verify); attest-build-provenance signs.
    expect(hits(facts, 'signing')).toEqual(['attest-build-provenance uses 21:15 true']);
    expect(hits(facts, 'sbom')).toEqual(['syft uses 17:15 true']);
    expect(hits(facts, 'provenance')).toEqual(['attest-build-provenance uses 21:15 true']);
    expect(hits(facts, 'releases')).toEqual(['goreleaser uses 18:15 true']);
  });

  test('goreleaser signs and sboms come from .goreleaser.yaml', () => {
    const facts = analyzeWorkflows(
      workflowSource('release.yml', { '.goreleaser.yaml': 'version: 2\nsigns:\n  - artifacts: checksum\nsboms:\n  - artifacts: archive\n' }),
    );
    expect(facts.detectors.signing.hits.map((h) => h.tool)).toContain('goreleaser signs');
    expect(facts.detectors.sbom.hits.map((h) => h.tool)).toContain('goreleaser sboms');
  });

  test('goreleaser-action with install-only runs nothing: no release, signing or SBOM from it (cli/cli)', () => {
    const wf = (w: string) => ['on:', '  push:', '    tags: ["v*"]', 'jobs:', '  r:', '    runs-on: x', '    steps:', '      - uses: goreleaser/goreleaser-action@v6', '        with:', `          ${w}`, '      - run: script/release --local "$TAG"'].join('\n');
    const config = { '.goreleaser.yml': 'version: 2\nsigns:\n  - artifacts: checksum\nsboms:\n  - artifacts: archive\n' };
    const only = analyzeWorkflows(memorySource({ '.github/workflows/r.yml': wf('install-only: true'), ...config }));
    expect([hits(only, 'releases'), hits(only, 'signing'), hits(only, 'sbom')]).toEqual([[], [], []]);
    const runs = analyzeWorkflows(memorySource({ '.github/workflows/r.yml': wf('args: release --clean'), ...config }));
    expect(hits(runs, 'releases')).toEqual(['goreleaser uses 8:15 true']);
    expect(runs.detectors.signing.hits.map((h) => h.tool)).toContain('goreleaser signs');
    expect(hits(analyzeWorkflows(memorySource({ '.github/workflows/r.yml': wf('args: --clean'), ...config })), 'releases')).toEqual(['goreleaser uses 8:15 true']);
  });

  test("goreleaser run for another command or a snapshot releases, signs and makes SBOMs of nothing (goreleaser's own CI: args: check)", () => {
    const wf = (w: string) => ['on:', '  push:', '    tags: ["v*"]', 'jobs:', '  r:', '    runs-on: x', '    steps:', '      - uses: goreleaser/goreleaser-action@v6', '        with:', `          ${w}`].join('\n');
    const config = { '.goreleaser.yml': 'version: 2\nsigns:\n  - artifacts: checksum\nsboms:\n  - artifacts: archive\n' };
    for (const args of ['args: check', 'args: healthcheck', 'args: release --snapshot --clean', 'args: build --single-target']) {
      const facts = analyzeWorkflows(memorySource({ '.github/workflows/r.yml': wf(args), ...config }));
      expect([args, hits(facts, 'releases'), hits(facts, 'signing'), hits(facts, 'sbom')]).toEqual([args, [], [], []]);
    }
    const run = (line: string) => analyzeWorkflows(memorySource({ '.github/workflows/r.yml': ['on:', '  push:', '    tags: ["v*"]', 'jobs:', '  r:', '    runs-on: x', '    steps:', `      - run: ${line}`].join('\n'), ...config }));
    expect(hits(run('goreleaser release --snapshot --clean'), 'signing')).toEqual([]);
    expect(run('goreleaser release --clean').detectors.signing.hits.map((h) => h.tool)).toContain('goreleaser signs');
  });

  test.each(['skx/github-action-publish-binaries@master', 'taiki-e/upload-rust-binary-action@v1', 'shogo82148/actions-upload-release-asset@v1'])("an action that uploads a GitHub release's assets publishes the release (zstd's %s)", (uses) => {
    const wf = ['on:', '  release:', '    types: [published]', 'jobs:', '  r:', '    runs-on: x', '    steps:', `      - uses: ${uses}`].join('\n');
    expect(hits(analyzeWorkflows(memorySource({ '.github/workflows/r.yml': wf })), 'releases')).toEqual(['github release uses 8:15 true']);
  });

  test("a release created with GitHub's generated notes is a notes tool (cli/cli's gh release create --generate-notes)", () => {
    const wf = (steps: string[]) => ['on:', '  push:', '    tags: ["v*"]', 'jobs:', '  r:', '    runs-on: x', '    steps:', ...steps].join('\n');
    const gh = analyzeWorkflows(memorySource({ '.github/workflows/r.yml': wf(['      - run: gh release create "$TAG" --title "$TAG" --generate-notes dist/*']) }));
    expect(hits(gh, 'releases')).toEqual(['github release run 8:14 true', 'github generated notes run 8:14 true']);
    const action = analyzeWorkflows(memorySource({ '.github/workflows/r.yml': wf(['      - uses: softprops/action-gh-release@v2', '        with:', '          generate_release_notes: true']) }));
    expect(hits(action, 'releases')).toEqual(['github release uses 8:15 true', 'github generated notes uses 8:15 true']);
    // The flag in an arguments array on another line of the step (cli/cli's deployment.yml).
    const args = analyzeWorkflows(memorySource({ '.github/workflows/r.yml': wf(['      - run: |', '          args=("$TAG" --generate-notes)', '          gh release create "${args[@]}"']) }));
    expect(hits(args, 'releases')).toEqual(['github release run 10:11 true', 'github generated notes run 10:11 true']);
    const plain = analyzeWorkflows(memorySource({ '.github/workflows/r.yml': wf(['      - run: gh release create "$TAG" --notes-file notes.md']) }));
    expect(hits(plain, 'releases')).toEqual(['github release run 8:14 true']);
  });

  test.each([
    ['true', true],
    ['false', false],
  ] as const)("JS-DevTools/npm-publish with `provenance: %s` (zod's release.yml) -> provenance %s", (value, found) => {
    const wf = `on:\n  push:\n    tags: ['v*']\npermissions:\n  id-token: write\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: JS-DevTools/npm-publish@v4\n        with:\n          token: \${{ secrets.NPM_TOKEN }}\n          provenance: ${value}\n`;
    expect(analyzeWorkflows(memorySource({ '.github/workflows/release.yml': wf })).detectors.provenance.hits.length > 0).toBe(found);
  });

  test('a reusable SLSA generator job counts as provenance and signing', () => {
    const wf = [
      'on:',
      '  release:',
      '    types: [published]',
      'jobs:',
      '  provenance:',
      '    uses: slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@v2.0.0',
    ].join('\n');
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/p.yml': wf }));
    expect(facts.detectors.provenance.found).toBe(true);
    expect(facts.detectors.signing.found).toBe(true);
    expect(facts.detectors.provenance.hits[0]).toMatchObject({ line: 6, column: 11, via: 'uses' });
  });

  test('slsa-github-generator signs in its builder and generator workflows, not in its helper actions', () => {
    // slsa-github-generator's own builder workflows check out code, pick random numbers and detect
    // the calling workflow with actions of the same repository before they sign.
    const step = (a: string) => `      - uses: slsa-framework/slsa-github-generator/${a}@main`;
    const wf = ['on: workflow_call', 'jobs:', '  b:', '    runs-on: x', '    steps:', step('.github/actions/rng'), step('.github/actions/secure-builder-checkout'), step('actions/delegator/setup-generic'), step('.github/actions/generate-attestations'), step('.github/actions/sign-attestations')].join('\n');
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/builder_x_slsa3.yml': wf }));
    expect(facts.detectors.signing.hits.map((h) => h.line)).toEqual([10]);
    expect(facts.detectors.provenance.hits.map((h) => h.line)).toEqual([9]);
  });

  test.each([
    ['id-token on the job, no npm token (nodejs/undici)', ['permissions:', '  contents: read', 'jobs:', '  p:', '    runs-on: x', '    permissions:', '      id-token: write', '    steps:', '      - run: npm publish --access public'], ['npm trusted publishing']],
    ['id-token on the workflow, the job declares none', ['permissions:', '  id-token: write', 'jobs:', '  p:', '    runs-on: x', '    steps:', '      - run: npm publish'], ['npm trusted publishing']],
    ['an npm token in the step env', ['jobs:', '  p:', '    runs-on: x', '    permissions:', '      id-token: write', '    steps:', '      - run: npm publish', '        env:', '          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}'], []],
    ['no OIDC token', ['jobs:', '  p:', '    runs-on: x', '    permissions:', '      contents: read', '    steps:', '      - run: npm publish'], []],
    ['provenance turned off', ['jobs:', '  p:', '    runs-on: x', '    permissions:', '      id-token: write', '    steps:', '      - run: npm publish --no-provenance'], []],
  ])('npm trusted publishing attaches provenance: %s', (_name, body, expected) => {
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/p.yml': ['on:', '  push:', '    tags: [v*]', ...body].join('\n') }));
    expect(facts.parseErrors).toEqual([]);
    expect(facts.detectors.provenance.hits.map((h) => h.tool)).toEqual(expected);
  });

  test.each([
    ['signpath/github-action-submit-signing-request@v2', 'SignPath', 'the files of the artifact it submits to SignPath'],
    ['azure/trusted-signing-action@v0.5.0', 'Azure Trusted Signing', 'Windows executables and installers (Authenticode)'],
    ['indygreg/apple-code-sign-action@v1', 'rcodesign', 'macOS binaries and installer packages'],
  ])('code signing by `uses: %s` signs one platform\'s files', (uses, tool, covers) => {
    const wf = ['on: workflow_dispatch', 'jobs:', '  w:', '    runs-on: x', '    steps:', `      - uses: ${uses}`].join('\n');
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/r.yml': wf }));
    expect(facts.detectors.signing.hits).toMatchObject([{ tool, covers, via: 'uses', line: 6, qualifies: true }]);
  });

  test.each([
    ['codesign --force --options runtime -s "5U2WKE6DES" pandoc/usr/local/bin/pandoc', 'codesign'],
    ['xcrun codesign --timestamp -fs "$IDENTITY" dist/app', 'codesign'],
    ['/usr/bin/codesign --sign "$IDENTITY" app', 'codesign'],
    ['xcrun notarytool submit pandoc.pkg --keychain-profile=pandoc --wait', 'notarytool'],
    ['productsign --sign "Developer ID Installer: X" in.pkg out.pkg', 'productsign'],
    ['productbuild --distribution d.xml --sign \'Developer ID Installer: X\' out.pkg', 'productsign'],
    ['signtool sign /fd SHA256 /tr http://ts /td SHA256 app.exe', 'signtool'],
    ['& "C:\\Program Files (x86)\\Windows Kits\\10\\bin\\x64\\signtool.exe" sign /a app.msi', 'signtool'],
    ['AzureSignTool sign -kvu $URL -tr http://ts app.exe', 'AzureSignTool'],
    ['osslsigncode sign -pkcs12 cert.pfx -in app.exe -out signed.exe', 'osslsigncode'],
    ['Set-AuthenticodeSignature -FilePath app.ps1 -Certificate $cert', 'Set-AuthenticodeSignature'],
    ['jarsigner -keystore ks.jks target/app.jar release', 'jarsigner'],
    ['apksigner sign --ks release.jks app.apk', 'apksigner'],
    ['dotnet nuget sign out/*.nupkg --certificate-path cert.pfx', 'nuget sign'],
  ])('code signing `%s` is %s, of one platform\'s files', (cmd, tool) => {
    const wf = ['on: workflow_dispatch', 'jobs:', '  w:', '    runs-on: x', '    steps:', `      - run: ${JSON.stringify(cmd)}`].join('\n');
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/r.yml': wf }));
    expect(facts.detectors.signing.hits.map((h) => [h.tool, h.covers !== undefined])).toEqual([[tool, true]]);
  });

  test.each([
    'codesign --verify --deep --strict app',
    'codesign -dvvv app',
    'electron-builder --mac --no-codesign -s x',
    'make nocodesign -s',
    'openssl req -addext "extendedKeyUsage = codeSigning" -s x',
    'signtool verify /pa app.exe',
    'xcrun notarytool history --keychain-profile p',
    'jarsigner -verify -verbose app.jar',
    'gh attestation verify app --repo o/r',
    'apple-actions/import-codesign-certs',
  ])('`%s` signs nothing', (cmd) => {
    const wf = ['on: workflow_dispatch', 'jobs:', '  w:', '    runs-on: x', '    steps:', `      - run: ${JSON.stringify(cmd)}`].join('\n');
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/r.yml': wf }));
    expect(facts.detectors.signing.hits).toEqual([]);
  });

  test('npm publish --provenance and signing only on pull requests', () => {
    const wf = ['on: pull_request', 'jobs:', '  p:', '    runs-on: x', '    steps:', '      - run: npm publish --provenance --dry-run', '      - run: cosign sign-blob x'].join('\n');
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/p.yml': wf }));
    expect(facts.detectors.provenance.hits).toHaveLength(1);
    expect(facts.detectors.provenance.found).toBe(false);
    expect(facts.detectors.signing.found).toBe(false);
  });
});

describe('OSPS Baseline scanners (Mechanizer)', () => {
  test('this action on push to main and a schedule is recurring', () => {
    const facts = analyzeWorkflows(workflowSource('scanner-recurring.yml'));
    expect(facts.scanners).toEqual([
      {
        path: '.github/workflows/scanner-recurring.yml',
        line: 14,
        column: 15,
        job: 'scan',
        uses: 'cncf-tag-security/security-slam-action@v1',
        triggers: ['push', 'schedule'],
        recurring: true,
        recurringReasons: ['push to main', 'schedule'],
      },
    ]);
  });

  test('osps-baseline-action only on pull_request is not recurring', () => {
    const facts = analyzeWorkflows(workflowSource('scanner-pr-only.yml'));
    expect(facts.scanners).toHaveLength(1);
    expect(facts.scanners[0]).toMatchObject({ line: 9, column: 15, recurring: false, recurringReasons: [], triggers: ['pull_request'] });
  });

  test('the pvtr reusable workflow on release is recurring', () => {
    const facts = analyzeWorkflows(workflowSource('scanner-reusable.yml'));
    expect(facts.scanners).toHaveLength(1);
    expect(facts.scanners[0]).toMatchObject({ line: 9, column: 11, recurring: true, recurringReasons: ['release'] });
  });

  test('a commented-out scanner does not count', () => {
    expect(analyzeWorkflows(workflowSource('scanner-commented.yml')).scanners).toEqual([]);
  });

  test('a scanner in an invalid workflow does not count', () => {
    const wf = fixture('scanner-recurring.yml') + '  broken: [\n';
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/x.yml': wf }));
    expect(facts.scanners).toEqual([]);
    expect(facts.parseErrors.length).toBeGreaterThan(0);
  });

  test('push filters: other branches only, tags only, branches-ignore, known default branch', () => {
    const make = (on: string) => `on:\n${on}\njobs:\n  s:\n    runs-on: x\n    steps:\n      - uses: someone/security-slam-action@v1\n`;
    const reasons = (on: string, defaultBranch: string | null = null) =>
      analyzeWorkflows(memorySource({ '.github/workflows/s.yml': make(on) }), { defaultBranch }).scanners[0].recurringReasons;
    expect(reasons('  push:\n    branches: [develop]')).toEqual([]);
    expect(reasons('  push:\n    branches: ["release/**", "ma*"]')).toEqual(['push to main']);
    expect(reasons('  push:\n    branches: ["**", "!main", "!master"]')).toEqual([]);
    expect(reasons('  push:\n    tags: ["v*"]')).toEqual(['push of tags (release)']);
    expect(reasons('  push:\n    branches-ignore: [main]')).toEqual(['push to master']);
    expect(reasons('  push:\n    branches: [trunk]', 'trunk')).toEqual(['push to trunk']);
    expect(reasons('  push:\n    paths: ["src/**"]')).toEqual(['push to main (paths filtered)']);
    expect(reasons('  workflow_dispatch:')).toEqual([]);
  });

  test('a scanner in a reusable workflow inherits the caller triggers', () => {
    const caller = 'on:\n  schedule:\n    - cron: "0 0 * * *"\njobs:\n  c:\n    uses: ./.github/workflows/scan.yml\n';
    const callee = 'on: workflow_call\njobs:\n  s:\n    runs-on: x\n    steps:\n      - uses: revanite-io/osps-baseline-action@v1\n';
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/ci.yml': caller, '.github/workflows/scan.yml': callee }));
    expect(facts.scanners).toHaveLength(2);
    expect(facts.scanners[0]).toMatchObject({ path: '.github/workflows/scan.yml', triggers: ['schedule'], recurring: true, recurringReasons: ['schedule via .github/workflows/ci.yml'] });
    // The calling job runs the scanner too, on its own triggers.
    expect(facts.scanners[1]).toMatchObject({ path: '.github/workflows/ci.yml', job: 'c', line: 6, uses: './.github/workflows/scan.yml', triggers: ['schedule'], recurring: true, recurringReasons: ['schedule'] });
  });

  test('a reusable workflow of this project running its own action checked out at job.workflow_sha, and its local caller', () => {
    const callee = [
      'on: workflow_call',
      'jobs:',
      '  evaluate:',
      '    runs-on: x',
      '    steps:',
      '      - uses: actions/checkout@08eba0b27e820071cde6df949e0beb9ba4906955 # v4.3.0',
      '        with:',
      '          repository: ${{ job.workflow_repository }}',
      '          ref: ${{ job.workflow_sha }}',
      '          path: slam-action',
      '      - uses: ./slam-action',
      '      - uses: ./other',
      '',
    ].join('\n');
    const caller = 'on:\n  push:\n    branches: [main]\njobs:\n  slam:\n    uses: ./.github/workflows/slam.yml\n';
    const files = { '.github/workflows/slam.yml': callee, '.github/workflows/security-slam.yml': caller };
    const ours = analyzeWorkflows(memorySource(files), { repository: 'security-slam/security-slam-action' }).scanners;
    expect(ours.map((x) => [x.path, x.uses, x.recurring])).toEqual([
      ['.github/workflows/slam.yml', './slam-action', true],
      ['.github/workflows/security-slam.yml', './.github/workflows/slam.yml', true],
    ]);
    // In another repository the same folder is that repository's own action, not a scanner.
    expect(analyzeWorkflows(memorySource(files), { repository: 'o/other' }).scanners).toEqual([]);
    // A checkout of another repository into the folder is not the workflow's own action.
    const other = callee.replace('${{ job.workflow_repository }}', 'someone/else');
    expect(analyzeWorkflows(memorySource({ ...files, '.github/workflows/slam.yml': other }), { repository: 'security-slam/security-slam-action' }).scanners).toEqual([]);
  });

  test('the project itself using `uses: ./`', () => {
    const wf = 'on: push\njobs:\n  s:\n    runs-on: x\n    steps:\n      - uses: ./\n';
    expect(analyzeWorkflows(memorySource({ '.github/workflows/s.yml': wf }), { repository: 'cncf-tag-security/security-slam-action' }).scanners).toHaveLength(1);
    expect(analyzeWorkflows(memorySource({ '.github/workflows/s.yml': wf }), { repository: 'o/other' }).scanners).toHaveLength(0);
  });

  test('names', () => {
    expect(isBaselineScannerRepo('cncf-tag-security/security-slam-action')).toBe(true);
    expect(isBaselineScannerRepo('fork/my-security-slam-action')).toBe(true);
    expect(isBaselineScannerRepo('security-slam/evaluate')).toBe(true);
    expect(isBaselineScannerRepo('revanite-io/osps-baseline-action')).toBe(true);
    expect(isBaselineScannerRepo('revanite-io/pvtr-publish-results')).toBe(true);
    expect(isBaselineScannerRepo('actions/checkout')).toBe(false);
    expect(isBaselineScannerRepo(null)).toBe(false);
  });
});

test('globMatch', () => {
  expect(globMatch('main', 'main')).toBe(true);
  expect(globMatch('ma*', 'main')).toBe(true);
  expect(globMatch('*', 'feature/x')).toBe(false);
  expect(globMatch('**', 'feature/x')).toBe(true);
  expect(globMatch('release/v[0-9]', 'release/v1')).toBe(true);
  expect(globMatch('(a|b)', '(a|b)')).toBe(true);
});

describe('scripts a step runs', () => {
  const wf = (run: string) => `on: pull_request\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: ${run}\n`;

  test('tests inside `bash .ci/run` are found at their line in the script', () => {
    const script = '#!/usr/bin/env bash\nset -e\necho "== npm test"\n# npm test\n  npm test\n';
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/t.yml': wf('bash .ci/run'), '.ci/run': script }));
    expect(facts.detectors.tests.found).toBe(true);
    expect(facts.detectors.tests.hits).toMatchObject([{ path: '.ci/run', workflow: '.github/workflows/t.yml', via: 'script', line: 5, column: 3, text: 'npm test' }]);
  });

  test('a script function called with a test subcommand is followed (rustup ci/run.bash: build_test test → target_cargo → cargo "${cmd}")', () => {
    const script = [
      '#!/bin/bash',
      'target_cargo() {',
      '    cmd="$1"',
      '    shift',
      '    cargo "${cmd}" --locked --target "$TARGET" "$@"',
      '}',
      'target_cargo build',
      'build_test() {',
      '  local cmd="$1"',
      '  shift',
      '  if [ "build" = "${cmd}" ]; then',
      '    target_cargo "${cmd}" --workspace --all-targets',
      '  else',
      '    target_cargo "${cmd}" --workspace --tests',
      '  fi',
      '}',
      'build_test build',
      'if [ -z "$SKIP_TESTS" ]; then',
      '  RUSTUP_CI=1 build_test test',
      'fi',
    ].join('\n');
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/t.yml': wf('bash ci/run.bash'), 'ci/run.bash': script }));
    expect(facts.detectors.tests.hits).toMatchObject([{ path: 'ci/run.bash', via: 'script', line: 19, column: 3, text: 'RUSTUP_CI=1 build_test test', tool: "cargo test, through the script's function build_test → target_cargo" }]);
    // Near misses: the functions called only to build, or a test call inside a function never called.
    const buildOnly = script.replace('RUSTUP_CI=1 build_test test', 'build_test check');
    expect(analyzeWorkflows(memorySource({ '.github/workflows/t.yml': wf('bash ci/run.bash'), 'ci/run.bash': buildOnly })).detectors.tests.hits).toEqual([]);
    const uncalled = 'run_tests() {\n  target_cargo test\n}\ntarget_cargo() {\n  cargo "$1"\n}\ntarget_cargo build\n';
    expect(analyzeWorkflows(memorySource({ '.github/workflows/t.yml': wf('bash ci/run.bash'), 'ci/run.bash': uncalled })).detectors.tests.hits).toEqual([]);
  });

  test('./scripts/test.sh and python tools/check.py are followed; missing files and ../ are not', () => {
    const facts = analyzeWorkflows(
      memorySource({
        '.github/workflows/t.yml': wf('./scripts/test.sh && python tools/check.py && bash ../outside.sh && bash missing.sh'),
        'scripts/test.sh': 'go test ./...\n',
        'tools/check.py': 'import os\nos.system("bandit -r src")\n',
      }),
    );
    expect(facts.detectors.tests.hits.map((h) => h.path)).toEqual(['scripts/test.sh']);
  });

  test("a Python script's `import pytest` or \"pytest\" in its data (poetry's fixture generator) does not run tests; subprocess.run(['pytest']) does", () => {
    const gen = 'import json\n\nfixture_py.write_text(f\"\"\"# this file is generated\nimport pytest\nfrom pytest import fixture\n\"\"\")\nreleases = [Release(\"pytest\", \"3.5.0\")]\n';
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/t.yml': wf('python tests/fixtures/generate.py'), 'tests/fixtures/generate.py': gen }));
    expect(facts.detectors.tests.hits).toEqual([]);
    const runner = analyzeWorkflows(memorySource({ '.github/workflows/t.yml': wf('python tools/run.py'), 'tools/run.py': 'import sys\nsubprocess.run(["pytest", "-q"])\n' }));
    expect(runner.detectors.tests.hits.map((h) => [h.path, h.line])).toEqual([['tools/run.py', 2]]);
  });

  test('the root action named Security Slam counts as a scanner when the repository name is unknown', () => {
    const run = 'on:\n  schedule:\n    - cron: "0 0 * * 0"\njobs:\n  s:\n    runs-on: x\n    steps:\n      - uses: ./\n';
    const files = { '.github/workflows/s.yml': run, 'action.yml': 'name: Security Slam\nruns:\n  using: node24\n  main: dist/index.js\n' };
    expect(analyzeWorkflows(memorySource(files)).scanners).toMatchObject([{ uses: './', recurring: true }]);
    expect(analyzeWorkflows(memorySource({ ...files, 'action.yml': 'name: Something else\nruns:\n  using: node24\n  main: x.js\n' })).scanners).toEqual([]);
  });

  // A script many steps run is read once per rule (runDetectors keeps the answers): every step still gets its own hit.
  test('a script run by steps of two workflows gives each workflow its hit, at the script\'s line', () => {
    const script = '#!/bin/sh\nset -e\n# gosec ./...\n  gosec ./...\ngo test ./...\n';
    const push = wf('./hack/check.sh').replace('on: pull_request', 'on: push');
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/a.yml': wf('./hack/check.sh'), '.github/workflows/b.yml': push, 'hack/check.sh': script }));
    const where = (h: DetectorHit) => `${h.workflow} ${h.path}:${h.line}:${h.column} ${h.via} ${h.qualifies}`;
    expect(facts.detectors.sast.hits.map(where)).toEqual(['.github/workflows/a.yml hack/check.sh:4:3 script true', '.github/workflows/b.yml hack/check.sh:4:3 script true']);
    expect(facts.detectors.tests.hits.map(where)).toEqual(['.github/workflows/a.yml hack/check.sh:5:1 script true', '.github/workflows/b.yml hack/check.sh:5:1 script false']);
  });

  test('the same command in two folders is resolved in each: `make test` runs tests only where the Makefile has them', () => {
    const job = (wd: string) => `  ${wd}:\n    runs-on: x\n    steps:\n      - run: make test\n        working-directory: ${wd}\n`;
    const flow = `on: pull_request\njobs:\n${job('docs')}${job('api')}`;
    const files = { '.github/workflows/t.yml': flow, 'api/Makefile': 'test:\n\tgo test ./...\n', 'docs/Makefile': 'test:\n\tmkdocs build --strict\n' };
    const facts = analyzeWorkflows(memorySource(files));
    expect(facts.detectors.tests.hits.map((h) => `${h.job} ${h.tool}`)).toEqual(['api make test → go test (api/Makefile:2)']);
  });
});

describe('scanners named by their tools', () => {
  test("C static analysers count as SAST (libexpat's scan-build, cppcheck, Coverity)", () => {
    const wf = (run: string) => `on: [pull_request]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ${run}\n`;
    for (const [run, tool] of [['scan-build-19 --status-bugs make', 'clang static analyzer'], ['cppcheck --enable=all src', 'cppcheck'], ['cov-build --dir cov-int make', 'coverity']]) {
      const facts = analyzeWorkflows(memorySource({ '.github/workflows/a.yml': wf(run) }));
      expect(facts.detectors.sast.hits.map((h) => h.tool)).toEqual([tool]);
    }
    expect(analyzeWorkflows(memorySource({ '.github/workflows/a.yml': wf('clang-format -i src/*.c') })).detectors.sast.hits).toEqual([]);
  });
  test("FOSSA's action and CLI are dependency scans (flagger)", () => {
    const wf = (step: string) => `on: [push, pull_request]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - ${step}\n`;
    for (const step of ['uses: fossa-contrib/fossa-action@v3', 'uses: fossas/fossa-action@v1', 'run: fossa analyze && fossa test']) {
      expect(analyzeWorkflows(memorySource({ '.github/workflows/scan.yml': wf(step) })).detectors.dependencyChecks.hits.map((h) => h.tool)).toEqual(['fossa']);
    }
  });
  test("cargo audit through actions-rs/audit-check, the older action (tracing, clap)", () => {
    const wf = 'on: [pull_request]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions-rs/audit-check@v1\n        with:\n          token: ${{ secrets.GITHUB_TOKEN }}\n';
    expect(analyzeWorkflows(memorySource({ '.github/workflows/audit.yml': wf })).detectors.dependencyChecks.hits.map((h) => h.tool)).toEqual(['cargo audit/deny']);
  });
  test("a job only for tags in a workflow no tag starts never runs, so its steps count for nothing (twine's release job)", () => {
    const wf = (on: string, cond: string) => `on:\n${on}\njobs:\n  release:\n    if: "${cond}"\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm publish\n`;
    const releases = (on: string, cond: string) => analyzeWorkflows(memorySource({ '.github/workflows/main.yml': wf(on, cond) })).detectors.releases.hits.length;
    const never = '  push:\n    branches: [main]\n  pull_request:\n  schedule:\n    - cron: "0 0 * * *"';
    expect(releases(never, "github.event_name == 'push' && contains(github.ref, 'refs/tags/')")).toBe(0);
    expect(releases(never, "github.ref_type == 'tag'")).toBe(0);
    // A push without filters, a tags filter, a manual run or a release can bring a tag; a condition that is not only for tags runs.
    expect(releases('  push:', "startsWith(github.ref, 'refs/tags/')")).toBe(1);
    expect(releases("  push:\n    tags: ['v*']", "startsWith(github.ref, 'refs/tags/')")).toBe(1);
    expect(releases(`${never}\n  workflow_dispatch:`, "startsWith(github.ref, 'refs/tags/')")).toBe(1);
    expect(releases(never, "startsWith(github.ref, 'refs/tags/') || github.event_name == 'schedule'")).toBe(1);
    expect(releases(never, "!startsWith(github.ref, 'refs/tags/')")).toBe(1);
  });
});
