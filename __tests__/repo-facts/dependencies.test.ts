import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RepoSnapshot } from '../../src/facts/snapshot.ts';
import { cargoPackageName, findPipeInstalls, gatherDependencies, goModulePath, parseDockerfileFroms } from '../../src/facts/dependencies.ts';
import { cleanup, makeTree } from './helpers.ts';
import { tinyElf } from '../helpers/binaries.ts';

afterAll(cleanup);

const sha = 'a'.repeat(20) + '0123456789abcdef'.repeat(2) + 'b'.repeat(12);

describe('gatherDependencies', () => {
  const root = makeTree({
    'package.json': JSON.stringify({ name: 'x', dependencies: { yaml: '^2.0.0' } }),
    'package-lock.json': '{"lockfileVersion":3}',
    'tools/empty/package.json': JSON.stringify({ name: 'empty', scripts: {} }),
    'tools/broken/package.json': '{ not json',
    'node_modules/yaml/package.json': JSON.stringify({ name: 'yaml', dependencies: { a: '1' } }),
    'go.mod': 'module example.com/x\n\ngo 1.22\n\nrequire (\n\tgolang.org/x/mod v0.1.0\n)\n',
    'crates/a/Cargo.toml': '[package]\nname = "a"\n\n[dependencies]\nserde = "1"\n',
    'crates/b/Cargo.toml': '[package]\nname = "b"\nversion = "0.1.0"\n',
    'crates/c/Cargo.toml': '[package]\nname = "c"\n\n[target.\'cfg(unix)\'.dependencies.libc]\nversion = "0.2"\n',
    'Cargo.lock': '# generated\n',
    'py/requirements.txt': '# pinned\nflask==3.0.0 \\\n    --hash=sha256:abc\nrequests==2.31.0\n',
    'py/pyproject.toml': '[project]\nname = "p"\ndependencies = [\n  "flask>=3",\n]\n',
    'py2/requirements-dev.txt': 'pytest>=8\n',
    'poetry/pyproject.toml': '[tool.poetry.dependencies]\npython = "^3.11"\n',
    'svc/App.csproj': '<Project><ItemGroup><PackageReference Include="Newtonsoft.Json" Version="13.0.1" /></ItemGroup></Project>',
    'Gemfile': "source 'https://rubygems.org'\ngem 'rails'\n",
    'vendor/github.com/foo/bar/go.mod': 'module github.com/foo/bar\n',
    'third_party/lib/x.c': 'int x;',
    '.gitmodules': '[submodule "deps/lib"]\n\tpath = deps/lib\n\turl = https://github.com/o/lib.git\n',
    'Dockerfile': [
      '# syntax=docker/dockerfile:1',
      `FROM --platform=$BUILDPLATFORM golang:1.22@sha256:${sha} AS build`,
      'RUN go build ./...',
      'FROM \\',
      '  alpine:3.19',
      'COPY --from=build /out /out',
      'FROM build AS test',
      'FROM scratch',
      '',
    ].join('\n'),
    'scripts/install.sh': '#!/bin/sh\n# curl https://example.com/i.sh | sh   (a comment: not an install)\ncurl -fsSL https://get.example.com | sudo bash\ncurl -o tool.tgz https://example.com/tool.tgz\n',
    // Inputs of the tests: a scanner's test data, not run by the build. Test code (test/, e2e/) runs in CI and counts.
    'checks/raw/testdata/script-invalid.sh': 'curl bla | bash\n',
    'test/e2e/setup.sh': 'curl -sSL https://kind.example/install | bash\n',
    'internal/scan/testdata/pom.xml': '<project><dependencies><dependency><artifactId>x</artifactId></dependency></dependencies></project>\n',
    '.github/workflows/ci.yml': 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: wget -qO- https://x.example/setup | sh -s -- -y\n      - run: curl -sSf https://x.example/a.json | jq .\n',
  });
  const facts = gatherDependencies(RepoSnapshot.open(root));
  const byPath = (p: string) => facts.manifests.find((m) => m.path === p);

  it('lists manifests and lockfiles by ecosystem, skipping node_modules and vendored directories', () => {
    expect(byPath('package.json')).toEqual({ path: 'package.json', ecosystem: 'npm', kind: 'manifest', declaresDependencies: true, npmPublish: { publishable: true, provenanceLine: null } });
    expect(byPath('package-lock.json')?.kind).toBe('lockfile');
    expect(byPath('node_modules/yaml/package.json')).toBeUndefined();
    expect(byPath('vendor/github.com/foo/bar/go.mod')).toBeUndefined();
    expect(byPath('svc/App.csproj')).toMatchObject({ ecosystem: 'nuget', declaresDependencies: true });
    expect(byPath('Gemfile')).toMatchObject({ ecosystem: 'rubygems', declaresDependencies: true });
    expect(byPath('Dockerfile')).toBeUndefined();
  });

  it('tells manifests that declare dependencies from those that do not', () => {
    expect(byPath('tools/empty/package.json')?.declaresDependencies).toBe(false);
    expect(byPath('tools/broken/package.json')?.declaresDependencies).toBeNull();
    expect(byPath('tools/broken/package.json')?.npmPublish).toBeUndefined();
    expect(byPath('go.mod')?.declaresDependencies).toBe(true);
    expect(byPath('crates/a/Cargo.toml')?.declaresDependencies).toBe(true);
    expect(byPath('crates/b/Cargo.toml')?.declaresDependencies).toBe(false);
    expect(byPath('crates/c/Cargo.toml')?.declaresDependencies).toBe(true);
    expect(byPath('py/pyproject.toml')?.declaresDependencies).toBe(true);
    // Poetry's python entry is the interpreter, not a dependency.
    expect(byPath('poetry/pyproject.toml')?.declaresDependencies).toBe(false);
  });

  it('marks an ecosystem pinned only when it has a lockfile', () => {
    const eco = Object.fromEntries(facts.ecosystems.map((e) => [e.name, e]));
    expect(eco.npm.pinned).toBe(true);
    expect(eco.npm.manifests).toEqual(['package.json', 'tools/broken/package.json', 'tools/empty/package.json']);
    expect(eco.cargo.pinned).toBe(true);
    expect(eco.go.pinned).toBe(false); // go.mod without go.sum
    expect(eco.rubygems.pinned).toBe(false);
    // One requirements file pins exact versions, the other does not: not pinned.
    expect(eco.pypi.pinned).toBe(false);
    // A manifest among a test's inputs is not the project's: no maven ecosystem.
    expect(eco.maven).toBeUndefined();
    expect(byPath('internal/scan/testdata/pom.xml')).toBeUndefined();
  });

  it('treats fully pinned requirements files as pinned', () => {
    const f = gatherDependencies(RepoSnapshot.open(makeTree({ 'requirements.txt': 'flask==3.0.0\n-r base.txt\n', 'base.txt': '' })));
    expect(f.ecosystems).toEqual([{ name: 'pypi', manifests: ['requirements.txt'], lockfiles: [], pinned: true }]);
    const g = gatherDependencies(RepoSnapshot.open(makeTree({ 'requirements.txt': 'flask>=3.0.0\n' })));
    expect(g.ecosystems[0].pinned).toBe(false);
  });

  it("reads a requirements/ folder's pip-tools files as pypi manifests, pinned when its .txt files pin every requirement", () => {
    const f = gatherDependencies(RepoSnapshot.open(makeTree({ 'requirements/runtime.in': 'twine\nid ~= 1.0\n', 'requirements/runtime.txt': 'id==1.3.0\n    # via -r runtime.in\ntwine==5.0.0\n', 'requirements/README.txt': 'Run pip-compile to update these files.\n' })));
    expect(f.ecosystems).toEqual([{ name: 'pypi', manifests: ['requirements/runtime.in', 'requirements/runtime.txt'], lockfiles: [], pinned: true }]);
  });

  it('reads Haskell packages: .cabal files with their build-depends, cabal.project, stack.yaml and their lockfiles (as jgm/pandoc)', () => {
    const f = gatherDependencies(RepoSnapshot.open(makeTree({
      'pandoc.cabal': 'name: pandoc\nlibrary\n  Build-Depends:    base >= 4.18 && < 5\n',
      'cli/cli.cabal': 'name: cli\nexecutable cli\n  main-is: Main.hs\n',
      'cabal.project': 'packages: . cli\n',
      'stack.yaml': 'resolver: lts-22.0\n',
      'stack.yaml.lock': 'snapshots: []\n',
    })));
    expect(f.ecosystems).toEqual([{ name: 'hackage', manifests: ['cabal.project', 'cli/cli.cabal', 'pandoc.cabal', 'stack.yaml'], lockfiles: ['stack.yaml.lock'], pinned: true }]);
    expect(f.manifests.find((m) => m.path === 'pandoc.cabal')?.declaresDependencies).toBe(true);
    expect(f.manifests.find((m) => m.path === 'cli/cli.cabal')?.declaresDependencies).toBe(false);
  });

  it("reads Bazel modules: a MODULE.bazel with its bazel_dep entries and MODULE.bazel.lock (google/googletest's abseil-cpp, re2)", () => {
    const f = gatherDependencies(RepoSnapshot.open(makeTree({
      'MODULE.bazel': 'module(\n    name = "googletest",\n)\n\n# Only direct dependencies need to be listed below.\nbazel_dep(\n    name = "abseil-cpp",\n    version = "20260526.0",\n)\n',
      'MODULE.bazel.lock': '{}\n',
      'examples/MODULE.bazel': 'module(name = "example")\n',
    })));
    expect(f.ecosystems).toEqual([{ name: 'bazel', manifests: ['MODULE.bazel', 'examples/MODULE.bazel'], lockfiles: ['MODULE.bazel.lock'], pinned: true }]);
    expect(f.manifests.find((m) => m.path === 'MODULE.bazel')?.declaresDependencies).toBe(true);
    expect(f.manifests.find((m) => m.path === 'examples/MODULE.bazel')?.declaresDependencies).toBe(false);
  });

  it('reads Dockerfile FROM lines, skipping stage references and scratch', () => {
    expect(facts.dockerfiles).toEqual([
      { path: 'Dockerfile', line: 2, image: `golang:1.22@sha256:${sha}`, pinnedByDigest: true },
      { path: 'Dockerfile', line: 4, image: 'alpine:3.19', pinnedByDigest: false },
    ]);
  });

  it('reports submodules and vendored directories', () => {
    expect(facts.submodules).toEqual([{ path: 'deps/lib', url: 'https://github.com/o/lib.git', line: 1 }]);
    expect(facts.vendored).toEqual([
      { path: 'node_modules', files: 1 },
      { path: 'third_party', files: 1 },
      { path: 'vendor', files: 1 },
    ]);
  });

  it('flags downloads piped into a shell, not plain downloads or comments', () => {
    const places = facts.pipeInstalls.map((e) => `${e.kind}:${e.path}:${e.line}:${e.column}`);
    expect(places).toEqual(['workflow:.github/workflows/ci.yml:6:14', 'file:scripts/install.sh:3:1', 'file:test/e2e/setup.sh:1:1']);
    expect(facts.pipeInstallsInTestInputs.map((e) => `${e.path}:${e.line}`)).toEqual(['checks/raw/testdata/script-invalid.sh:1']);
    expect(facts.truncated).toBe(false);
  });

  it('recognises other pipe-install shapes and leaves near-misses alone', () => {
    expect(findPipeInstalls('bash <(curl -s https://x.example/i)')).toHaveLength(1);
    expect(findPipeInstalls('sh -c "$(curl -fsSL https://x.example/i)"')).toHaveLength(1);
    expect(findPipeInstalls('curl https://x.example/get.py | python3 -')).toHaveLength(1);
    expect(findPipeInstalls('iwr https://x.example/install.ps1 -useb | iex')).toHaveLength(1);
    expect(findPipeInstalls('curl -s https://x.example | grep -q ok')).toHaveLength(0);
    expect(findPipeInstalls('echo curl is nice | shasum')).toHaveLength(0);
  });

  it('leaves out a pipe the shell only prints or that sits in a comment (helm Makefile:122), not one that runs', () => {
    const hint = '\t\techo "  curl -sSfL https://x.example/install.sh | sh -s -- -b \\$$(go env GOPATH)/bin v2"; \\';
    expect(findPipeInstalls(hint)).toEqual([]);
    expect(findPipeInstalls("if [ -z \"$X\" ]; then printf '%s\\n' 'run: wget -qO- https://x.example/i | sh' >&2; fi")).toEqual([]);
    expect(findPipeInstalls('make lint  # or: curl https://x.example/i | sh')).toEqual([]);
    expect(findPipeInstalls('echo "$(curl -fsSL https://x.example/i | sh)"')).toHaveLength(1);
    expect(findPipeInstalls('echo "curl -fsSL https://x.example/i | sh" | bash')).toHaveLength(1);
    expect(findPipeInstalls('echo "curl -fsSL https://x.example/i | sh" > get.sh && sh get.sh')).toHaveLength(1);
    expect(findPipeInstalls('echo "installing" && curl -fsSL https://x.example/i | sh')).toEqual([{ line: 1, column: 22, detail: 'download piped into an interpreter: "curl -fsSL https://x.example/i | sh"' }]);
    expect(findPipeInstalls('bash -c "curl -fsSL https://x.example/i | sh"')).toHaveLength(1);
  });

  it("leaves out a pipe in the message of make's $(warning), $(info) or $(error) in a Makefile (cobra Makefile:5), not one make runs", () => {
    const warn = 'ifeq (, $(shell which golangci-lint))\n$(warning "could not find golangci-lint in $(PATH), run: curl -sfL https://x.example/golangci-lint.sh | sh")\nendif\n';
    expect(findPipeInstalls(warn, true)).toEqual([]);
    expect(findPipeInstalls('lint:\n\t$(info run: curl -sfL https://x.example/i | sh) golangci-lint run\n', true)).toEqual([]);
    expect(findPipeInstalls('X := ${error install it: wget -qO- https://x.example/i | bash}\n', true)).toEqual([]);
    // What make runs still counts: $(shell ...) inside a message, a recipe after it, and the same text outside a Makefile.
    expect(findPipeInstalls('$(info $(shell curl -sfL https://x.example/i | sh))\n', true)).toHaveLength(1);
    expect(findPipeInstalls('tools:\n\t$(info installing) curl -sfL https://x.example/i | sh\n', true)).toEqual([{ line: 2, column: 21, detail: 'download piped into an interpreter: "curl -sfL https://x.example/i | sh"' }]);
    expect(findPipeInstalls('$(warning curl -sfL https://x.example/i | sh)\n')).toHaveLength(1);
    const f = gatherDependencies(RepoSnapshot.open(makeTree({ 'go.mod': 'module x\n', Makefile: warn, 'tools.mk': warn, 'install.sh': '$(warning curl -sfL https://x.example/i | sh)\n' })));
    expect(f.pipeInstalls.map((e) => `${e.path}:${e.line}`)).toEqual(['install.sh:1']);
  });

  it("reads an extension-less executable as a script only when it is text: a compiled program is passed over, not noted as invalid UTF-8 (packaging's tests/manylinux/hello-world-*)", () => {
    const elf = Buffer.concat([tinyElf(), Buffer.from([0xff, 0xfe])]);
    const root = makeTree({ 'tests/manylinux/hello-world-x86_64': elf, 'tools/setup': '#!/bin/sh\ncurl -fsSL https://x.example/i | sh\n' });
    for (const p of ['tests/manylinux/hello-world-x86_64', 'tools/setup']) chmodSync(join(root, p), 0o755);
    const snap = RepoSnapshot.open(root);
    const f = gatherDependencies(snap);
    expect([f.pipeInstalls.map((e) => `${e.path}:${e.line}`), snap.notes.filter((n) => /UTF-8/.test(n.detail))]).toEqual([['tools/setup:2'], []]);
  });
  it('parses FROM with ARG images and lower-case keywords', () => {
    expect(parseDockerfileFroms('ARG BASE=alpine\nfrom ${BASE}\n')).toEqual([{ line: 2, image: '${BASE}', pinnedByDigest: false }]);
  });

  it('sets a dev container\'s pipes apart unless a workflow names a dev container (pallets/jinja .devcontainer/on-create-command.sh)', () => {
    const script = '#!/bin/bash\nset -e\nif ! command -v uv >/dev/null; then\n    curl -LsSf https://astral.sh/uv/install.sh | sh\nfi\n';
    const tree = { '.devcontainer/devcontainer.json': '{"onCreateCommand": ".devcontainer/on-create-command.sh"}\n', '.devcontainer/on-create-command.sh': script, '.github/workflows/tests.yaml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: uv run tox\n' };
    const f = gatherDependencies(RepoSnapshot.open(makeTree(tree)));
    expect([f.pipeInstalls, f.pipeInstallsInDevEnvironment.map((e) => `${e.path}:${e.line}`)]).toEqual([[], ['.devcontainer/on-create-command.sh:4']]);
    const ci = gatherDependencies(RepoSnapshot.open(makeTree({ ...tree, '.github/workflows/dev.yaml': 'on: push\njobs:\n  d:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: devcontainers/ci@v0.3\n' })));
    expect([ci.pipeInstalls.map((e) => `${e.path}:${e.line}`), ci.pipeInstallsInDevEnvironment]).toEqual([['.devcontainer/on-create-command.sh:4'], []]);
  });
  it("sets a performance script's pipes apart unless a workflow, a Makefile or a package.json names it (sigstore/rekor's scripts/performance/)", () => {
    const script = '#!/bin/bash\nset -o errexit\nsetup_bastion() {\n    if ! which helm >/dev/null ; then\n        curl https://raw.githubusercontent.com/helm/helm/main/scripts/get-helm-3 | bash\n    fi\n}\n';
    const tree = { 'scripts/performance/index-storage/index-performance.sh': script, '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n' };
    const f = gatherDependencies(RepoSnapshot.open(makeTree(tree)));
    expect([f.pipeInstalls, f.pipeInstallsInMeasurement.map((e) => `${e.path}:${e.line}`)]).toEqual([[], ['scripts/performance/index-storage/index-performance.sh:5']]);
    const where = (t: Record<string, string>) => gatherDependencies(RepoSnapshot.open(makeTree({ ...tree, ...t }))).pipeInstalls.map((e) => `${e.path}:${e.line}`);
    expect(where({ '.github/workflows/perf.yml': 'on: push\njobs:\n  p:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./scripts/performance/index-storage/index-performance.sh\n' })).toEqual(['scripts/performance/index-storage/index-performance.sh:5']);
    expect(where({ Makefile: 'perf:\n\tbash scripts/performance/index-storage/index-performance.sh\n' })).toEqual(['scripts/performance/index-storage/index-performance.sh:5']);
    expect(where({ 'package.json': '{"scripts": {"perf": "bash scripts/performance/index-storage/index-performance.sh"}}' })).toEqual(['scripts/performance/index-storage/index-performance.sh:5']);
    // A script elsewhere still counts.
    expect(where({ 'scripts/setup.sh': script })).toEqual(['scripts/setup.sh:5']);
  });
  it("tells which package.json npm would publish and where one asks for signed provenance (sigstore-js's publishConfig)", () => {
    const f = gatherDependencies(RepoSnapshot.open(makeTree({
      'packages/signed/package.json': `${JSON.stringify({ name: 'signed', publishConfig: { access: 'public', provenance: true } }, null, 2)}\n`,
      'packages/private/package.json': JSON.stringify({ name: 'private', private: 'true', publishConfig: { provenance: false } }),
    })));
    const at = (p: string) => f.manifests.find((m) => m.path === p)?.npmPublish;
    expect(at('packages/signed/package.json')).toEqual({ publishable: true, provenanceLine: 5 });
    expect(at('packages/private/package.json')).toEqual({ publishable: false, provenanceLine: null });
  });
  it("finds the script that publishes a package by hand (minimatch's `\"postversion\": \"npm publish\"`), not a dry run", () => {
    const pkg = (scripts: Record<string, string>, extra: Record<string, unknown> = {}) => `${JSON.stringify({ name: 'demo', version: '1.0.0', scripts, ...extra }, null, 2)}\n`;
    const f = gatherDependencies(RepoSnapshot.open(makeTree({
      'package.json': pkg({ test: 'tap', preversion: 'npm test', postversion: 'npm publish', prepublishOnly: 'git push origin --follow-tags' }),
      'packages/a/package.json': pkg({ release: 'pnpm build && changelogen --release --publish --push' }),
      'packages/b/package.json': pkg({ release: 'NODE_ENV=production npm --workspace b publish --registry=https://npm.acme.dev/' }),
      'packages/c/package.json': pkg({ check: 'npm publish --dry-run', publish: 'echo done' }, { publishConfig: { registry: 'https://npm.acme.dev/' } }),
    })));
    const at = (p: string) => f.manifests.find((m) => m.path === p)?.npmPublish?.publishScript;
    expect(at('package.json')).toEqual({ name: 'postversion', command: 'npm publish', line: 7, registry: null });
    expect(at('packages/a/package.json')).toMatchObject({ name: 'release', command: 'changelogen --release --publish --push', line: 5, registry: null });
    expect(at('packages/b/package.json')).toMatchObject({ command: 'NODE_ENV=production npm --workspace b publish --registry=https://npm.acme.dev/', registry: 'https://npm.acme.dev/' });
    expect(at('packages/c/package.json')).toBeUndefined();
  });
  it("reads the crate a Cargo.toml declares as its [package] (serde-rs/json's `serde_json`), not a dependency's or a workspace's name", () => {
    expect(cargoPackageName('[package]\nname = "serde_json"\nversion = "1.0.0"\n\n[dependencies]\nserde = { version = "1" }\n')).toBe('serde_json');
    expect(cargoPackageName('[workspace]\nmembers = ["a"]\n\n[dependencies.other]\nname = "renamed"\n')).toBeNull();
    expect(cargoPackageName('[lib]\nname = "json_lib"\n\n[ package ]\nname = \'json\'\n')).toBe('json');
    const root = makeTree({ 'Cargo.toml': '[package]\nname = "serde_json"\n\n[dependencies]\nserde = "1"\n' });
    expect(gatherDependencies(RepoSnapshot.open(root)).manifests).toMatchObject([{ path: 'Cargo.toml', crateName: 'serde_json' }]);
  });
  it("reads the module path a go.mod declares (opentelemetry-go's `go.opentelemetry.io/otel`), quoted or not, not a require line's", () => {
    expect(goModulePath('// the API\nmodule go.opentelemetry.io/otel\n\ngo 1.23\n\nrequire github.com/google/go-cmp v0.7.0\n')).toBe('go.opentelemetry.io/otel');
    expect(goModulePath('module "example.com/m" // comment\n')).toBe('example.com/m');
    expect(goModulePath('go 1.23\nrequire example.com/module v1.0.0\n')).toBeNull();
    const root = makeTree({ 'go.mod': 'module go.opentelemetry.io/otel\n\nrequire github.com/google/go-cmp v0.7.0\n' });
    expect(gatherDependencies(RepoSnapshot.open(root)).manifests).toMatchObject([{ path: 'go.mod', goModule: 'go.opentelemetry.io/otel' }]);
  });
  it('returns empty facts for a tree without dependencies', () => {
    const f = gatherDependencies(RepoSnapshot.open(makeTree({ 'README.md': '# hi\n' })));
    expect(f).toEqual({ manifests: [], ecosystems: [], dockerfiles: [], submodules: [], vendored: [], pipeInstalls: [], pipeInstallsInTestInputs: [], pipeInstallsInDevEnvironment: [], pipeInstallsInMeasurement: [], truncated: false });
  });
});
