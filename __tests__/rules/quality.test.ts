// OSPS-QA rules (QA-05 is tested elsewhere): fixtures that pass, fail, and are unknown /
// attested / not applicable.
import { afterEach, describe, expect, it } from 'vitest';
import { forbidden, type FakeState } from '../github/fake-github.ts';
import { BODY, cleanupRepos, control, details, insights } from './fixtures-acbrqa/helpers.ts';
import { CLOUD_BUILD_RELEASE } from './fixtures-acbrqa/cloud-build.ts';

afterEach(cleanupRepos);

/** An Apache project's checkout on main: its .asf.yaml applies to it. */
const APACHE = { git: true, repository: 'apache/demo' };

// logging-log4j2's .asf.yaml, shortened.
const ASF_YAML = `github:
  features:
    issues: true
  protected_branches:
    main:
      required_status_checks:
        checks:
          - context: "build / build (ubuntu-latest)"
          - context: "CodeQL"
      required_pull_request_reviews:
        required_approving_review_count: 1
`;

const PROBOT_SETTINGS = `branches:
  - name: main
    protection:
      required_pull_request_reviews:
        required_approving_review_count: 1
      required_status_checks:
        contexts: ["test"]
`;

const privateRepo = (s: FakeState) => {
  s.repository = { ...s.repository, private: true, visibility: 'private' };
};

describe('OSPS-QA-01.01 public repository', () => {
  it('passes for a public repository, with the endpoint', async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-QA-01.01', {});
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ kind: 'api' });
    expect(c.evidence[0].url).toMatch(/\/repos\/octo-org\/demo$/);
    expect(details(c)).toMatch(/public at https:\/\/github\.com\/octo-org\/demo/);
  });
  it('fails for a private repository', async () => {
    expect((await control({ 'README.md': '# x' }, 'OSPS-QA-01.01', { state: privateRepo })).status).toBe('fail');
  });
  it('is unknown offline and when the API refuses', async () => {
    const off = await control({ 'README.md': '# x' }, 'OSPS-QA-01.01');
    expect(off.status).toBe('unknown');
    expect(details(off)).toMatch(/offline/);
    const refused = await control({ 'README.md': '# x' }, 'OSPS-QA-01.01', { overrides: { '': { status: 403, body: forbidden() } } });
    expect(refused.status).toBe('unknown');
    expect(details(refused)).toMatch(/403/);
  });
});

describe('OSPS-QA-01.02 public history', () => {
  it('passes for a public git repository, naming the commit', async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-QA-01.02', {}, { git: true });
    expect(c.status).toBe('pass');
    expect(c.evidence.some((e) => e.kind === 'git' && /[0-9a-f]{40}/.test(e.detail))).toBe(true);
  });
  it('fails for a private repository and is unknown offline', async () => {
    expect((await control({ 'README.md': '# x' }, 'OSPS-QA-01.02', { state: privateRepo })).status).toBe('fail');
    expect((await control({ 'README.md': '# x' }, 'OSPS-QA-01.02')).status).toBe('unknown');
  });
});

describe('OSPS-QA-02.01 dependency list', () => {
  it("cites the root manifest first, before a test app's of another ecosystem (dapr: go.mod before tests/apps/actorphp/composer.json)", async () => {
    const c = await control({ 'go.mod': 'module example.org/demo\n\ngo 1.22\n', 'main.go': 'package main\n', 'tests/apps/php/composer.json': '{"require": {"php": ">=8.1"}}\n', 'tests/apps/php/index.php': '<?php echo 1;\n' }, 'OSPS-QA-02.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'go.mod' });
  });
  it("does not cite the tests' sample packages, an example's or a template's manifest beside the project's own (pip's tests/data/completion_paths/requirements.txt)", async () => {
    const tree = {
      'pyproject.toml': '[project]\nname = "demo"\ndependencies = ["packaging>=24"]\n',
      'build-project/pyproject.toml': '[project]\nname = "build-demo"\ndependencies = ["build"]\n',
      'tests/data/completion_paths/requirements.txt': 'requests\n',
      'tests/data/packages/FSPkg/setup.py': 'from setuptools import setup\nsetup(name="FSPkg", install_requires=["six"])\n',
      'examples/basic/package.json': '{"dependencies": {"left-pad": "1.0.0"}}\n',
      'lib/theme_template/Gemfile': 'source "https://rubygems.org"\ngem "jekyll"\n',
      'src/demo/__init__.py': 'x = 1\n',
    };
    const c = await control(tree, 'OSPS-QA-02.01');
    expect(c.status).toBe('pass');
    // The npm and rubygems ecosystems have only an example's and a template's manifest: cited, but after the project's own.
    expect(c.evidence.map((e) => `${e.path}:${e.line}`)).toEqual(['pyproject.toml:1', 'build-project/pyproject.toml:1', 'examples/basic/package.json:1', 'lib/theme_template/Gemfile:1']);
    // Only tests' packages: still the dependency lists found, cited.
    const only = await control({ 'tests/data/packages/FSPkg/setup.py': tree['tests/data/packages/FSPkg/setup.py'], 'src/demo/__init__.py': 'x = 1\n' }, 'OSPS-QA-02.01');
    expect([only.status, only.evidence[0].path]).toEqual(['pass', 'tests/data/packages/FSPkg/setup.py']);
  });
  it("does not cite a setup.cfg of tool settings that declares no dependency beside a manifest that does (urllib3's flake8 settings)", async () => {
    const pyproject = '[project]\nname = "demo"\n\n[project.optional-dependencies]\nbrotli = [\n  "brotli>=1.2.0",\n]\n';
    const c = await control({ 'pyproject.toml': pyproject, 'setup.cfg': '[flake8]\nmax-line-length=99\n', 'src/demo/__init__.py': 'x = 1\n' }, 'OSPS-QA-02.01');
    expect(c.status).toBe('pass');
    expect(c.evidence.map((e) => e.path)).toEqual(['pyproject.toml']);
    // A Cargo workspace root declares none itself, and is still the manifest to start from (tokio's Cargo.toml).
    const workspace = await control({ 'Cargo.toml': '[workspace]\nmembers = ["core"]\n', 'core/Cargo.toml': '[package]\nname = "core"\n\n[dependencies]\nbytes = "1"\n', 'core/src/lib.rs': 'pub fn f() {}\n' }, 'OSPS-QA-02.01');
    expect(workspace.evidence.map((e) => e.path)).toEqual(['Cargo.toml', 'core/Cargo.toml']);
  });
  it('passes with a manifest, naming it', async () => {
    const c = await control({ 'go.mod': 'module example.org/demo\n\ngo 1.22\n', 'main.go': 'package main\n' }, 'OSPS-QA-02.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'go.mod' });
  });
  it("passes with the requirements files of a requirements/ folder (pypa/gh-action-pypi-publish's pip-tools runtime.in and runtime.txt), not a folder of prose", async () => {
    const tree = {
      'oidc-exchange.py': 'import json\n\nimport id  # pylint: disable=redefined-builtin\nimport requests\n',
      'requirements/runtime.in': 'twine\n\n# NOTE: Used to detect an ambient OIDC credential.\nid ~= 1.0\n\nrequests\n',
      'requirements/runtime.txt': '#\n# This file is autogenerated by pip-compile\n#\nid==1.3.0\n    # via -r runtime.in\nrequests==2.31.0\n',
    };
    const c = await control(tree, 'OSPS-QA-02.01');
    expect(c.status).toBe('pass');
    expect(c.evidence.map((e) => [e.path, e.line])).toEqual([
      ['requirements/runtime.in', 1],
      ['requirements/runtime.txt', 1],
    ]);
    // A requirements/ folder of prose specifications lists no dependency: the script's import still fails.
    const prose = await control({ 'oidc-exchange.py': tree['oidc-exchange.py'], 'requirements/server.txt': 'The server must answer within 2 seconds.\n' }, 'OSPS-QA-02.01');
    expect(prose.status).toBe('fail');
    expect(prose.evidence[0]).toMatchObject({ path: 'oidc-exchange.py', line: 3 });
  });
  it('fails for Python code without a manifest, naming a file', async () => {
    const c = await control({ 'app/main.py': 'import requests\n' }, 'OSPS-QA-02.01');
    expect(c.status).toBe('fail');
    expect(c.evidence[0].path).toBe('app/main.py');
    expect(c.remediation).toMatch(/pyproject\.toml/);
  });
  it('passes for Haskell with a .cabal file, named before cabal.project, and fails without one', async () => {
    const c = await control({ 'cabal.project': 'packages: .\n', 'demo.cabal': 'library\n  build-depends: base\n', 'src/Demo.hs': 'module Demo where\n', 'tools/x.py': 'import json\n' }, 'OSPS-QA-02.01');
    expect([c.status, c.evidence[0].path]).toEqual(['pass', 'demo.cabal']);
    const d = await control({ 'src/Demo.hs': 'module Demo where\n' }, 'OSPS-QA-02.01');
    expect([d.status, d.remediation]).toEqual(['fail', expect.stringMatching(/\.cabal/)]);
  });
  it("is not applicable for C code with Python scripts that import only the standard library and each other (libexpat's helpers), naming the import", async () => {
    const tree = { 'lib/xmlparse.c': 'int x;\n', 'tests/udiffer.py': "#!/usr/bin/env python3\n'''Diff two files.'''\nimport argparse\nimport difflib, sys\nfrom textwrap import dedent\nfrom . import util\nimport helpgen\n", 'xmlwf/helpgen.py': 'import os.path as p\n' };
    const c = await control(tree, 'OSPS-QA-02.01');
    expect(c.status).toBe('not-applicable');
    expect(c.evidence[0]).toMatchObject({ path: 'tests/udiffer.py', line: 3, detail: expect.stringContaining('import only the standard library (argparse)') });
    expect((await control({ ...tree, 'xmlwf/helpgen.py': 'import os\n    import yaml\n' }, 'OSPS-QA-02.01')).status).toBe('fail');
  });
  it("passes for C++ with Python test scripts when a MODULE.bazel lists the direct dependencies (google/googletest's bazel_dep entries)", async () => {
    const py = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`googletest/test/gtest_${i}_test.py`, 'import gtest_test_utils\nimport os\n']));
    const tree = { 'googletest/src/gtest.cc': 'int x;\n', ...py, 'MODULE.bazel': 'module(name = "googletest")\n\nbazel_dep(\n    name = "re2",\n    version = "2025-11-05",\n)\n' };
    const c = await control(tree, 'OSPS-QA-02.01');
    expect([c.status, c.evidence[0].path, c.evidence[0].detail]).toEqual(['pass', 'MODULE.bazel', 'bazel dependency list']);
    expect((await control(tree, 'OSPS-BR-05.01')).status).toBe('pass');
  });
  it("reads no import in a docstring line that starts with \"from\" (libevent's event_rpcgen.py), and fails at the script that imports a package (its release helper's `import git`)", async () => {
    const rpcgen = '#!/usr/bin/env python\nimport argparse\nimport sys\n\ndef main():\n    \"\"\"Reads the arguments\n           from a command-line with CommandLine(sys.argv).\n    \"\"\"\n';
    const tree = { 'event.c': 'int x;\n', 'event_rpcgen.py': rpcgen, 'test/check.py': 'import math\nimport re\n' };
    expect((await control(tree, 'OSPS-QA-02.01')).status).toBe('not-applicable');
    const c = await control({ ...tree, 'extra/release/changelog.py': '#!/usr/bin/env python3\n\nimport git\nimport argparse\n' }, 'OSPS-QA-02.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['fail', { path: 'extra/release/changelog.py', line: 3, detail: expect.stringContaining('imports git') }]);
  });
  it('is not applicable for C code or no code at all', async () => {
    expect((await control({ 'src/main.c': 'int main(void){return 0;}\n' }, 'OSPS-QA-02.01')).status).toBe('not-applicable');
    expect((await control({ 'README.md': '# x' }, 'OSPS-QA-02.01')).status).toBe('not-applicable');
  });
  it('does not count vendored code', async () => {
    expect((await control({ 'vendor/lib/x.py': 'x = 1\n' }, 'OSPS-QA-02.01')).status).toBe('not-applicable');
  });
  it("does not count the top-level packaging/ folder's code (libsodium's packaging/dotnet-core/test.cs, which tests its NuGet package), only there", async () => {
    const tree = { 'src/sodium.c': 'int x;\n', 'packaging/dotnet-core/libsodium.pkgproj': '<Project Sdk="Microsoft.NET.Sdk">\n</Project>\n', 'packaging/dotnet-core/test.cs': 'class T { static void Main() {} }\n' };
    for (const id of ['OSPS-QA-02.01', 'OSPS-BR-05.01']) expect((await control(tree, id)).status, id).toBe('not-applicable');
    // The same program beside the sources is the project's C# code, with nothing that lists what it uses.
    expect((await control({ ...tree, 'src/bindings/Sodium.cs': 'class S {}\n' }, 'OSPS-QA-02.01')).status).toBe('fail');
  });
});

describe('OSPS-QA-02.02 SBOM with releases', () => {
  it('passes when the latest release carries an SBOM', async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-QA-02.02', {});
    expect(c.status).toBe('pass');
    expect(details(c)).toMatch(/demo_1\.2\.0\.spdx\.json/);
  });
  const noSbom = (s: FakeState) => {
    const r = s.releases[0] as { assets: Record<string, unknown>[] };
    r.assets = r.assets.filter((a) => !/spdx/.test(String(a.name)));
  };
  it('fails when released assets come without an SBOM', async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-QA-02.02', { state: noSbom });
    expect(c.status).toBe('fail');
    expect(details(c)).toMatch(/none an SBOM/);
  });
  it('passes when a release workflow generates one', async () => {
    const wf = 'on:\n  push:\n    tags: ["v*"]\npermissions:\n  contents: read\njobs:\n  sbom:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: anchore/sbom-action@f325610c9f50a54015d37c8d16cb3b0e2c8f4de0\n';
    const c = await control({ '.github/workflows/release.yml': wf }, 'OSPS-QA-02.02', { state: noSbom });
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: '.github/workflows/release.yml', line: 10 });
  });
  it('passes when a Cloud Build release runs goreleaser (through make) with sboms:', async () => {
    const c = await control(CLOUD_BUILD_RELEASE, 'OSPS-QA-02.02', { state: noSbom });
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'release/cloudbuild.yaml', line: 7 });
    expect(c.evidence[1]).toMatchObject({ path: '.goreleaser.yml', line: 2 });
  });
  it('is not applicable without a release, or when releases upload no compiled assets', async () => {
    expect((await control({ 'README.md': '# x' }, 'OSPS-QA-02.02', { state: (s) => ((s.releases = []), (s.tags = [])) })).status).toBe('not-applicable');
    const sourceOnly = await control({ 'README.md': '# x' }, 'OSPS-QA-02.02', {
      state: (s) => {
        (s.releases[0] as { assets: unknown[] }).assets = [];
      },
    });
    expect(sourceOnly.status).toBe('not-applicable');
  });
});

describe('OSPS-QA-03.01 required status checks', () => {
  it('passes when checks are required', async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-QA-03.01', {});
    expect(c.status).toBe('pass');
    expect(details(c)).toMatch(/status checks must pass/);
  });
  it('fails when no check is required', async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-QA-03.01', {
      state: (s) => {
        s.rules = s.rules.filter((r) => r.type !== 'required_status_checks');
        s.protection = { ...s.protection, required_status_checks: null };
        s.branch = { ...s.branch, protection: { enabled: true, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } } };
      },
    });
    expect(c.status).toBe('fail');
  });
  it('is unknown offline', async () => {
    expect((await control({ 'README.md': '# x' }, 'OSPS-QA-03.01')).status).toBe('unknown');
  });
  // logging-log4j2: .asf.yaml protected_branches, which the ASF infrastructure applies to GitHub.
  it('is attested offline by the required status checks .asf.yaml declares for the default branch, on their lines', async () => {
    const c = await control({ '.asf.yaml': ASF_YAML }, 'OSPS-QA-03.01', undefined, APACHE);
    expect(c.status).toBe('attested');
    expect(c.evidence.slice(0, 2)).toMatchObject([
      { path: '.asf.yaml', line: 8 },
      { path: '.asf.yaml', line: 9 },
    ]);
    expect(c.evidence[0].detail).toMatch(/status check "build \/ build \(ubuntu-latest\)" declared required before merging to main \(the ASF infrastructure applies it/);
    expect(details(c)).toMatch(/not confirmed in GitHub's settings/);
  });
  it('takes no declaration for another branch, from a repository outside the ASF, or from an .asf.yaml that does not parse', async () => {
    const other = await control({ '.asf.yaml': ASF_YAML.replace('    main:', '    release:') }, 'OSPS-QA-03.01', undefined, APACHE);
    expect(other.status).toBe('unknown');
    const fork = await control({ '.asf.yaml': ASF_YAML }, 'OSPS-QA-03.01', undefined, { git: true, repository: 'someone/demo' });
    expect(fork.status).toBe('unknown');
    const broken = await control({ '.asf.yaml': `${ASF_YAML}  bad: [\n` }, 'OSPS-QA-03.01', undefined, APACHE);
    expect(broken.status).toBe('unknown');
    expect(broken.evidence[0]).toMatchObject({ path: '.asf.yaml' });
    expect(broken.evidence[0].detail).toMatch(/could not be read: YAML error at line \d+/);
  });
  it('is attested by probot\'s .github/settings.yml branch protection', async () => {
    const c = await control({ '.github/settings.yml': PROBOT_SETTINGS }, 'OSPS-QA-03.01', undefined, { git: true });
    expect(c.status).toBe('attested');
    expect(c.evidence[0]).toMatchObject({ path: '.github/settings.yml', line: 7 });
    expect(c.evidence[0].detail).toMatch(/Settings app \(probot\)/);
  });
  it('follows the API over the file: no required check fails whatever .asf.yaml declares', async () => {
    const c = await control({ '.asf.yaml': ASF_YAML }, 'OSPS-QA-03.01', {
      state: (s) => {
        s.rules = s.rules.filter((r) => r.type !== 'required_status_checks');
        s.protection = { ...s.protection, required_status_checks: null };
        s.branch = { ...s.branch, protection: { enabled: true, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } } };
      },
    });
    expect(c.status).toBe('fail');
  });
});

describe('OSPS-QA-04.01 / 04.02 multi-repository projects', () => {
  const two = insights({
    project: {
      repositories: [
        { name: 'demo', url: 'https://github.com/octo-org/demo', comment: 'Main.' },
        { name: 'demo-operator', url: 'https://github.com/octo-org/demo-operator', comment: 'Kubernetes operator.' },
      ],
    },
  });
  it('04.01 passes when project.repositories lists the codebases, pointing at each', async () => {
    const c = await control({ 'security-insights.yml': two }, 'OSPS-QA-04.01');
    expect(c.status).toBe('pass');
    expect(c.evidence.filter((e) => e.kind === 'security-insights')).toHaveLength(2);
  });
  it('04.01 and 04.02 are not applicable when the one listed repository is this one', async () => {
    const si = insights();
    expect((await control({ 'security-insights.yml': si }, 'OSPS-QA-04.01')).status).toBe('not-applicable');
    const c = await control({ 'security-insights.yml': si }, 'OSPS-QA-04.02');
    expect(c.status).toBe('not-applicable');
    expect(details(c)).toMatch(/single-repository/);
  });
  it('04.01 is unknown without a list, or when the one entry is another repository', async () => {
    expect((await control({ 'README.md': '# x' }, 'OSPS-QA-04.01')).status).toBe('unknown');
    const other = insights({ project: { repositories: [{ name: 'x', url: 'https://github.com/someone/else', comment: 'x' }] } });
    expect((await control({ 'security-insights.yml': other }, 'OSPS-QA-04.01')).status).toBe('unknown');
  });
  it('04.02 is unknown for a multi-repository project with releases, not applicable without releases', async () => {
    const c = await control({ 'security-insights.yml': two }, 'OSPS-QA-04.02', {});
    expect(c.status).toBe('unknown');
    expect(details(c)).toMatch(/2 repositories/);
    expect((await control({ 'security-insights.yml': two }, 'OSPS-QA-04.02', { state: (s) => ((s.releases = []), (s.tags = [])) })).status).toBe('not-applicable');
  });
});

describe('OSPS-QA-06.01 tests in CI before merging', () => {
  const wf = (on: string) => `on: [${on}]\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: go test ./...\n`;
  it('passes with a test step on pull_request, at its line', async () => {
    const c = await control({ '.github/workflows/ci.yml': wf('pull_request') }, 'OSPS-QA-06.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: '.github/workflows/ci.yml', line: 8 });
  });
  it("cites first the tests that run on every pull request, then those a paths filter limits (trivy's publish-chart.yaml: only helm/trivy/**)", async () => {
    const chart = 'on:\n  pull_request:\n    paths:\n      - "helm/widget/**"\npermissions:\n  contents: read\njobs:\n  chart:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ct lint-and-install --charts helm/widget\n';
    const c = await control({ '.github/workflows/chart.yml': chart, '.github/workflows/test.yml': wf('pull_request') }, 'OSPS-QA-06.01');
    expect(c.status).toBe('pass');
    expect(c.evidence.map((e) => `${e.path}:${e.line}`)).toEqual(['.github/workflows/test.yml:8', '.github/workflows/chart.yml:11']);
    expect(c.evidence[1].detail).toMatch(/\(only on changes to helm\/widget\/\*\*\)$/);
    expect(c.evidence[0].detail).not.toMatch(/only on changes/);
  });
  it("passes on a Cake bootstrapper whose default target depends on a task that runs DotNetTest (App-vNext/Polly's build.ps1 and cake.cs)", async () => {
    const ci = `on: [pull_request]\npermissions:\n  contents: read\njobs:\n  build:\n    runs-on: windows-latest\n    steps:\n      - name: Build, Test and Package\n        shell: pwsh\n        run: ./build.ps1\n`;
    const cake = (body: string) =>
      `#:sdk Cake.Sdk\nvar target = Argument<string>("target", "Default");\nTask("__RunTests")\n    .Does(() =>\n{\n    ${body}\n});\nTask("Build")\n    .IsDependentOn("__RunTests");\nTask("Default")\n    .IsDependentOn("Build");\nawait RunTargetAsync(target);\n`;
    const boot = 'Param([string]$Script = "cake.cs", [string]$Target = "Default")\n& dotnet $Script -- "--target=$Target"\n';
    const c = await control({ '.github/workflows/ci.yml': ci, 'build.ps1': boot, 'cake.cs': cake('DotNetTest(proj.FullPath, settings);') }, 'OSPS-QA-06.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: '.github/workflows/ci.yml', line: 10, detail: expect.stringContaining('cake → target Default → task __RunTests (DotNetTest, cake.cs:6)') }]);
    // A Cake build that runs no test task runs no tests.
    const none = await control({ '.github/workflows/ci.yml': ci, 'build.ps1': boot, 'cake.cs': cake('DotNetPack("./src");') }, 'OSPS-QA-06.01');
    expect(none.status).not.toBe('pass');
  });
  it('cites a script run by several jobs once (rustup: ci/run.bash from each platform job)', async () => {
    const ci = `on: [pull_request]\npermissions:\n  contents: read\njobs:\n  linux:\n    runs-on: ubuntu-latest\n    steps:\n      - run: bash ci/run.bash\n  macos:\n    runs-on: macos-latest\n    steps:\n      - run: bash ci/run.bash\n`;
    const c = await control({ '.github/workflows/ci.yml': ci, 'ci/run.bash': 'set -e\ncargo test --locked\n' }, 'OSPS-QA-06.01');
    expect(c.status).toBe('pass');
    expect(c.evidence).toMatchObject([{ path: 'ci/run.bash', line: 2 }]);
  });
  it("does not count the tests of another project checked out into a folder (fastify's citgm-package.yml: a dependent package's npm test); the owner's other repositories are the project's", async () => {
    const citgm = 'on: [pull_request]\npermissions:\n  contents: read\njobs:\n  citgm:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm link\n      - uses: actions/checkout@v4\n        with:\n          repository: ${{ steps.repository-url.outputs.result }}\n          path: package\n      - name: Run Tests of the package\n        working-directory: package\n        run: npm test\n';
    const c = await control({ '.github/workflows/citgm.yml': citgm, 'package.json': '{"name":"widget","scripts":{"test":"node --test"}}' }, 'OSPS-QA-06.01');
    expect(c.status).toBe('fail');
    const own = await control({ '.github/workflows/citgm.yml': citgm.replace('repository: ${{ steps.repository-url.outputs.result }}', 'repository: ${{ github.repository }}'), 'package.json': '{"name":"widget","scripts":{"test":"node --test"}}' }, 'OSPS-QA-06.01');
    expect(own.status).toBe('pass');
    const sameOwner = await control({ '.github/workflows/citgm.yml': citgm.replace('repository: ${{ steps.repository-url.outputs.result }}', 'repository: ${{ github.repository_owner }}/end-to-end-tests'), 'package.json': '{"name":"widget","scripts":{"test":"node --test"}}' }, 'OSPS-QA-06.01');
    expect(sameOwner.status).toBe('pass');
  });
  it('fails when tests run only after merging', async () => {
    const c = await control({ '.github/workflows/ci.yml': wf('push') }, 'OSPS-QA-06.01');
    expect(c.status).toBe('fail');
    expect(details(c)).toMatch(/not on pull requests/);
  });
  it("fails when the only pre-merge run is on pull_request_target with the base branch checked out (node-glob's ci.yml), not when the job checks out the change", async () => {
    const ci = (on: string, checkout: string) => `on:\n  push:\n    branches: [main]\n${on}permissions:\n  contents: read\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v6\n${checkout}      - run: npm install\n      - run: npm test\n`;
    const pkg = { 'package.json': '{"name":"widget","scripts":{"test":"tap"}}' };
    const base = await control({ '.github/workflows/ci.yml': ci('  pull_request_target:\n', ''), ...pkg }, 'OSPS-QA-06.01');
    expect(base.status).toBe('fail');
    expect(details(base)).toMatch(/checks out the base branch/);
    expect(base.evidence[1]).toMatchObject({ path: '.github/workflows/ci.yml', line: 13 });
    const head = ci('  pull_request_target:\n', '        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n');
    expect((await control({ '.github/workflows/ci.yml': head, ...pkg }, 'OSPS-QA-06.01')).status).toBe('pass');
    expect((await control({ '.github/workflows/ci.yml': ci('  pull_request:\n  pull_request_target:\n', ''), ...pkg }, 'OSPS-QA-06.01')).status).toBe('pass');
  });
  it('fails without any CI tests', async () => {
    expect((await control({ 'README.md': '# x' }, 'OSPS-QA-06.01')).status).toBe('fail');
  });
  // etcd: its workflows run no tests; Prow runs them on pull requests, configured in kubernetes/test-infra.
  const lint = `on: [pull_request]\npermissions:\n  contents: read\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: golangci-lint run\n`;
  it('is attested when the project states that its tests run on pull requests in a CI outside GitHub Actions (etcd, kind on Prow)', async () => {
    const etcd = await control(
      {
        '.github/workflows/lint.yml': lint,
        'Documentation/contributor-guide/prow_jobs.md':
          "# Prow jobs\n\n## How Prow is used for etcd Testing\n\netcd's CI is managed by kubernetes/test-infra, running Prow.\n\nWhen a pull request is submitted, the CI of etcd uses Prow to run the tests.\n",
      },
      'OSPS-QA-06.01',
    );
    expect(etcd.status).toBe('attested');
    expect(etcd.evidence[0]).toMatchObject({ path: 'Documentation/contributor-guide/prow_jobs.md', line: 7 });
    expect(etcd.evidence[0].detail).toMatch(/in Prow.*uses Prow to run the tests/);
    const kind = await control(
      {
        'CONTRIBUTING.md': "# Contributing\n\n## CI\n\nThe project runs on Kubernetes' CI, prow (prow.k8s.io).\nWe ensure that the tests continue to work before merging any code changes.\n",
      },
      'OSPS-QA-06.01',
    );
    expect(kind.status).toBe('attested');
    expect(kind.evidence[0]).toMatchObject({ path: 'CONTRIBUTING.md', line: 6 });
  });
  it('is not attested by a mention of CI, by instructions to run tests yourself, or by tests after merging', async () => {
    for (const text of [
      'etcd uses Prow to run CI jobs; past test results are on testgrid.',
      'Please run the tests locally before opening a pull request; Jenkins checks the build.',
      'Jenkins runs the tests after a pull request is merged.',
      'Prow can run the tests on a pull request when a member comments /ok-to-test.',
      'Postsubmit jobs on Prow run the tests for every merged pull request.',
      'When a pull request is submitted, GitHub Actions runs the tests.',
    ]) {
      const c = await control({ '.github/workflows/lint.yml': lint, 'CONTRIBUTING.md': `# Contributing\n\n## Testing\n\n${text}\n` }, 'OSPS-QA-06.01');
      expect(c.status, text).toBe('fail');
    }
  });
  it('is unknown, not failed, with the CI configuration of another system in the tree, even beside GitHub workflows without tests', async () => {
    // Newtonsoft.Json: azure-pipelines.yml runs the build and its tests; its only workflow is CodeQL.
    const c = await control({ '.github/workflows/lint.yml': lint, 'azure-pipelines.yml': 'trigger:\n- master\nsteps:\n- pwsh: .\\Build\\runbuild.ps1\n' }, 'OSPS-QA-06.01');
    expect(c.status).toBe('unknown');
    expect(c.evidence[0]).toMatchObject({ path: 'azure-pipelines.yml', line: 1 });
    expect(details(c)).toMatch(/1 workflow\(s\) analysed.*azure-pipelines\.yml\) is not analysed/);
    const buildkite = await control({ '.buildkite/pipeline.yml': 'steps:\n  - command: make test\n' }, 'OSPS-QA-06.01');
    expect([buildkite.status, buildkite.evidence[0]?.path]).toEqual(['unknown', '.buildkite/pipeline.yml']);
  });
  it('is unknown beside housekeeping workflows when TeamCity builds the project (ktor: teamcity.default.properties, .teamcity/)', async () => {
    const stale = 'on:\n  schedule:\n    - cron: "0 0 * * *"\npermissions:\n  issues: write\njobs:\n  stale:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/stale@5bef64f19d7facfb25b37b414482c7164d639639\n';
    const ktor = await control({ '.github/workflows/stale.yml': stale, 'teamcity.default.properties': 'env.GRADLE_OPTS=-Xmx512m\n' }, 'OSPS-QA-06.01');
    expect(ktor.status).toBe('unknown');
    expect(ktor.evidence[0]).toMatchObject({ path: 'teamcity.default.properties', line: 1 });
    expect(details(ktor)).toMatch(/1 workflow\(s\) analysed; none runs a recognised test command; the CI configuration of another system \(teamcity\.default\.properties\) is not analysed/);
    const xml = await control({ '.github/workflows/stale.yml': stale, '.teamcity/Demo/project-config.xml': '<project/>\n' }, 'OSPS-QA-06.01');
    expect([xml.status, xml.evidence[0]?.path]).toEqual(['unknown', '.teamcity/Demo/project-config.xml']);
    // Nothing suggests tests run anywhere: still a failure.
    expect((await control({ '.github/workflows/stale.yml': stale, 'docs/teamcity.properties.md': '# x\n' }, 'OSPS-QA-06.01')).status).toBe('fail');
  });
  it("is unknown, not failed, when the project's CI section says it runs on internal systems (googletest's README), not when it names GitHub Actions", async () => {
    const readme = (ci: string) => ({ 'README.md': `# GoogleTest\n\n### Announcements\n\n#### Continuous Integration\n\n${ci}\n\n## Welcome\n\nA test framework.\n`, 'ci/linux-presubmit.sh': '#!/bin/bash\nset -e\nctest -j4\n' });
    const c = await control(readme("We use Google's internal systems for continuous integration."), 'OSPS-QA-06.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['unknown', { path: 'README.md', line: 7, detail: expect.stringContaining("internal systems for continuous integration") }]);
    expect((await control(readme('We use GitHub Actions for continuous integration, on internal runners.'), 'OSPS-QA-06.01')).status).toBe('fail');
    expect((await control(readme('Every commit is built.'), 'OSPS-QA-06.01')).status).toBe('fail');
  });
  it('is unknown for a repository run by Prow (OWNERS_ALIASES), whose jobs are configured elsewhere (cert-manager)', async () => {
    const c = await control({ '.github/workflows/lint.yml': lint, OWNERS: 'approvers:\n- maintainers\n', OWNERS_ALIASES: 'aliases:\n  maintainers:\n  - a\n' }, 'OSPS-QA-06.01');
    expect(c.status).toBe('unknown');
    expect(c.evidence[0]).toMatchObject({ path: 'OWNERS_ALIASES' });
    expect(details(c)).toMatch(/Prow/);
    expect((await control({ '.github/workflows/lint.yml': lint, OWNERS: 'maintainers:\n- a\n' }, 'OSPS-QA-06.01')).status).toBe('fail');
  });
  it("is attested when the project's section on its tests says they run on every pull request, in a repository run by Prow (trust-manager)", async () => {
    const prow = { '.github/workflows/lint.yml': lint, OWNERS: 'approvers:\n- maintainers\n', OWNERS_ALIASES: 'aliases:\n  maintainers:\n  - a\n' };
    const readme = (text: string) => `# tool\n\n## Developing tool\n\nUse \`make test-smoke\` to run the smoke tests in a Kind cluster.\n\n### Testing\n\ntool has various categories of tests. ${text}\n\n- \`make test-unit\` - Runs the unit tests\n`;
    const c = await control({ ...prow, 'README.md': readme('All categories are run against every PR, along with other checks.') }, 'OSPS-QA-06.01');
    expect([c.status, ...c.evidence.slice(0, 2)]).toMatchObject(['attested', { path: 'README.md', line: 9, detail: expect.stringContaining('every PR') }, { path: 'OWNERS_ALIASES', line: 1 }]);
    // An instruction to the contributor, a possibility, or jobs after merging say nothing of the CI; nor does Prow's absence.
    for (const text of ['Before submitting a PR, run all categories.', 'Maintainers can run all categories against every PR.', 'All categories are run nightly, not on every PR.']) {
      expect((await control({ ...prow, 'README.md': readme(text) }, 'OSPS-QA-06.01')).status, text).toBe('unknown');
    }
    expect((await control({ '.github/workflows/lint.yml': lint, 'README.md': readme('All categories are run against every PR.') }, 'OSPS-QA-06.01')).status).toBe('fail');
  });
});

describe('OSPS-QA-06.02 documented testing', () => {
  // Nothing found in a tree without a contribution guide of its own is unknown offline: the owner's default CONTRIBUTING.md,
  // which GitHub shows in its place, was not read (org-defaults.test.ts).
  it("fails, citing where the contribution guide speaks of tests without saying how to run them (gittuf's \"Contributor Workflow\")", async () => {
    const guide = '# Contributing Guide\n\n## Contributor Workflow\n\nPull requests must include tests for the changes in behavior they introduce. They are reviewed by one or more maintainers and undergo automated testing such as unit and build testing.\n';
    const c = await control({ 'CONTRIBUTING.md': guide }, 'OSPS-QA-06.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['fail', { path: 'CONTRIBUTING.md', line: 3 }]);
    expect(c.evidence[0].detail).toMatch(/gives no command to run them/);
  });
  it("passes on a contribution guide's step whose code runs a `just` test recipe (cattrs' \"Get Started!\"), not on \"just test\" in prose", async () => {
    const guide =
      '# Contributing\n\n## Get Started!\n\nHere is how to set up the project for local development.\n\n1. When you are done making changes, check that your changes pass lints and the tests:\n\n```shell\n$ just lint\n$ just test\n```\n';
    const c = await control({ 'CONTRIBUTING.md': guide }, 'OSPS-QA-06.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'CONTRIBUTING.md', line: 3 }]);
    const prose = '# Contributing\n\n## Get Started!\n\nFork the project, make your change, and just test it on your machine before you open a pull request.\n';
    expect((await control({ 'CONTRIBUTING.md': prose }, 'OSPS-QA-06.02')).status).toBe('fail');
  });
  it('passes on a README without headings that says how the test program runs and gives its command (zlib\'s plain-text README)', async () => {
    const readme = 'ZLIB DATA COMPRESSION LIBRARY\n\nzlib is a general purpose data compression library.  All the code is\nthread safe.\n\nTo compile all files and run the test program, follow the instructions given at\nthe top of Makefile.in.  In short \"./configure; make test\", and if that goes\nwell, \"make install\" should work for most flavors of Unix.\n';
    const c = await control({ README: readme }, 'OSPS-QA-06.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README', line: 6 }]);
    expect(c.evidence[0].detail).toMatch(/^documents how tests are run: "To compile all files and run the test program, .*\(a README without headings\), and gives `make test`$/);
    expect((await control({ README: 'TOOL\n\nTo compile it and run the test program, follow the instructions in the manual.\n' }, 'OSPS-QA-06.02')).status).toBe('unknown');
  });
  it("reads a pull request template's checklist item that the test command passes (node-gyp's), not one that only names the runner", async () => {
    const guide = '# Contributing to demo\n\n## Code of Conduct\n\nPlease read the Code of Conduct, which explains the minimum behaviour expected of contributors.\n';
    const tpl = '<!--\nThank you for your pull request.\n-->\n\n##### Checklist\n<!-- Remove items that do not apply. -->\n\n- [ ] `npm install && npm run lint && npm test` passes\n- [ ] tests are included\n\n##### Description of change\n';
    const c = await control({ 'CONTRIBUTING.md': guide, '.github/PULL_REQUEST_TEMPLATE.md': tpl }, 'OSPS-QA-06.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: '.github/PULL_REQUEST_TEMPLATE.md', line: 8, detail: expect.stringContaining('`npm install && npm run lint && npm test`') }]);
    const named = '## Checklist\n\n- [ ] Added tests (we use jest)\n';
    expect((await control({ 'CONTRIBUTING.md': guide, '.github/PULL_REQUEST_TEMPLATE.md': named }, 'OSPS-QA-06.02')).status).toBe('fail');
  });
  it("cites the contribution guide before the instructions for coding agents, which count only alone (vitest's AGENTS.md)", async () => {
    const agents = '# Agent guide\n\n## Testing\n\nRun `pnpm test` to run the unit tests before you finish a change.\n';
    const guide = '# Contributing\n\n## Repo Setup\n\nTo develop and test the package, run `pnpm install`, then `pnpm run test` to run the tests.\n';
    const both = await control({ 'AGENTS.md': agents, 'CONTRIBUTING.md': guide }, 'OSPS-QA-06.02');
    expect([both.status, both.evidence[0]]).toMatchObject(['pass', { path: 'CONTRIBUTING.md', line: 3 }]);
    const alone = await control({ 'AGENTS.md': agents }, 'OSPS-QA-06.02');
    expect([alone.status, alone.evidence[0]]).toMatchObject(['pass', { path: 'AGENTS.md', line: 3 }]);
    expect(alone.evidence[0].detail).toMatch(/instructions for coding agents/);
  });
  it("passes on the coding agents' \"Build Commands\" that say to run all the tests with `dotnet test`, before their \"Testing patterns\" without a command (App-vNext/Polly's AGENTS.md)", async () => {
    const agents = (code: string) =>
      `# Coding Agent Instructions\n\n## Build Commands\n\n\`\`\`bash\n# Build only\ndotnet build\n\n${code}\n\`\`\`\n\n## Testing patterns\n\n- **xUnit** for unit tests; **FsCheck** for property-based tests.\n- Coverage is collected in CI and uploaded to Codecov.\n`;
    const c = await control({ 'AGENTS.md': agents('# Run all tests\ndotnet test') }, 'OSPS-QA-06.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'AGENTS.md', line: 3, detail: expect.stringContaining('instructions for coding agents: section "Build Commands"') }]);
    // A command that is not said to run the tests does not say how they are run.
    expect((await control({ 'AGENTS.md': agents('# Restore the tools\ndotnet tool restore') }, 'OSPS-QA-06.02')).status).toBe('fail');
  });
  it("passes on a contribution guide's step that says to run the tests and names the script CI runs them with (serilog's `build.ps1`), not on a script CI does not run", async () => {
    const guide = '# Contributing\n\n## Making a PR\n\n* Fork the repository and create a branch with a descriptive name.\n* Run the build and tests.\n    * Windows platforms can use the `build.ps1` script\n    * nix/OSX platforms can use the `build.sh` script\n* Create the PR.\n';
    const ci = 'on:\n  pull_request:\njobs:\n  build:\n    runs-on: windows-latest\n    steps:\n      - uses: actions/checkout@08eba0b27e820071cde6df949e0beb9ba4906955\n      - shell: pwsh\n        run: |\n          ./Build.ps1\n';
    const script = 'dotnet build -c Release\n& dotnet test -c Release --no-build\n';
    const c = await control({ 'CONTRIBUTING.md': guide, 'Build.ps1': script, '.github/workflows/ci.yml': ci }, 'OSPS-QA-06.02');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'CONTRIBUTING.md', line: 6, detail: expect.stringContaining('names `build.ps1`, which runs the tests in CI (Build.ps1:2: dotnet test)') }] });
    // The script is in the tree but no workflow runs it: what it does is not known.
    expect((await control({ 'CONTRIBUTING.md': guide, 'Build.ps1': script }, 'OSPS-QA-06.02')).status).toBe('fail');
  });
  it("passes on a contribution guide's \"Testing\" section that names the script CI runs the tests with (go-containerregistry's `./hack/presubmit.sh`), not on a script CI does not run", async () => {
    const guide = '# How to Contribute\n\n## Code reviews\n\nAll submissions require review.\n\n## Testing\n\nEnsure the following passes:\n```\n./hack/presubmit.sh\n```\nand commit any resultant changes to `go.mod` and `go.sum`.\n';
    const ci = 'on:\n  pull_request:\njobs:\n  presubmit:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@08eba0b27e820071cde6df949e0beb9ba4906955\n      - run: ./hack/presubmit.sh\n';
    const script = '#!/bin/bash\nset -o errexit\ngo build ./...\ngo test ./...\n';
    const c = await control({ 'CONTRIBUTING.md': guide, 'hack/presubmit.sh': script, '.github/workflows/presubmit.yaml': ci }, 'OSPS-QA-06.02');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'CONTRIBUTING.md', line: 7, detail: expect.stringContaining('section "Testing" names `hack/presubmit.sh`, which runs the tests in CI (hack/presubmit.sh:4: go test)') }] });
    // The script is in the tree but no workflow runs it: what it does is not known.
    expect((await control({ 'CONTRIBUTING.md': guide, 'hack/presubmit.sh': script }, 'OSPS-QA-06.02')).status).toBe('fail');
  });
  it("passes on a docs/ page's testing section whose `make` target CI runs the tests with (in-toto/attestation's docs/testing.md), not on one CI does not run", async () => {
    const page = '# Implementation tests\n\nWe provide a set of basic tests for the language bindings.\n\n## Testing the Go bindings\n\nThe Go packages provide tests for the statement layer.\n\n### Running the Go tests\n\nTo run all tests:\n\n```shell\nmake go_test\n```\n';
    const makefile = 'go_test:\n\tgo test ./...\n';
    const ci = 'on:\n  pull_request:\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@08eba0b27e820071cde6df949e0beb9ba4906955\n      - run: make go_test\n';
    const c = await control({ 'README.md': '# bindings\n', 'docs/testing.md': page, Makefile: makefile, '.github/workflows/go.yml': ci }, 'OSPS-QA-06.02');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'docs/testing.md', line: 14, detail: expect.stringContaining('gives `make go_test`, the command CI runs the tests with (.github/workflows/go.yml:8') }] });
    // Without a workflow that runs it, a product page's testing section may teach the reader to test their own code.
    expect((await control({ 'README.md': '# bindings\n', 'docs/testing.md': page, Makefile: makefile }, 'OSPS-QA-06.02')).status).not.toBe('pass');
    const other = ci.replace('make go_test', 'make lint');
    expect((await control({ 'README.md': '# bindings\n', 'docs/testing.md': page, Makefile: `${makefile}lint:\n\tgo vet ./...\n`, '.github/workflows/go.yml': other }, 'OSPS-QA-06.02')).status).not.toBe('pass');
  });
  it("passes on a contribution guide's testing section whose `task` target runs the tests through the Taskfile, though CI runs another (goreleaser's `task ci`)", async () => {
    const guide = '# Contributing\n\n## Testing your changes\n\nYou can build from the source as you go:\n\n```sh\ntask build\n```\n\nWhen you are satisfied with the changes, we suggest you run:\n\n```sh\ntask ci\n```\n';
    const taskfile = "version: '3'\ntasks:\n  build:\n    cmds:\n      - go build ./...\n  test:\n    cmds:\n      - go test -race ./...\n  ci:\n    cmds:\n      - task: build\n      - task: test\n";
    const c = await control({ 'CONTRIBUTING.md': guide, 'Taskfile.yml': taskfile }, 'OSPS-QA-06.02');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'CONTRIBUTING.md', line: 14, detail: expect.stringContaining('gives `task ci`, which runs the tests (task ci → go test (Taskfile.yml:8))') }] });
    // Near miss: the target the guide gives builds only.
    expect((await control({ 'CONTRIBUTING.md': guide, 'Taskfile.yml': taskfile.replace('      - task: test\n', '') }, 'OSPS-QA-06.02')).status).toBe('fail');
  });
  it('passes with a Running tests section in CONTRIBUTING', async () => {
    const c = await control({ 'CONTRIBUTING.md': `# Contributing\n\n## Running tests\n\n${BODY}` }, 'OSPS-QA-06.02');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'CONTRIBUTING.md', line: 3 });
  });
  it('cites the section about running the tests, not an earlier one where tests are only a word (vite\'s "Debugging Errors in Vitest Tests")', async () => {
    const guide = [
      '# Contributing',
      '',
      '## Debugging Errors in Vitest Tests Using Playwright',
      '',
      'Some errors are hidden by the layers of the test runner. Run the tests with the `debug-serve` script to attach a debugger.',
      '',
      '## Running Tests',
      '',
      '### Integration Tests',
      '',
      '- `pnpm test` runs every integration test in serve and build mode, and the unit tests.',
      '',
    ].join('\n');
    const c = await control({ 'CONTRIBUTING.md': guide }, 'OSPS-QA-06.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'CONTRIBUTING.md', line: 7, detail: expect.stringContaining('"Running Tests"') }]);
  });
  it('cites the section that gives the test command, not a later "Vulnerability Tests" section on the product\'s checks (bandit)', async () => {
    const guide = [
      '# Contributing',
      '',
      '## Pull Requests',
      '',
      'Fork the repository and create your own branch. You can test any changes with tox:',
      '',
      '```shell',
      'pip install tox',
      'tox run -e py310',
      '```',
      '',
      '## Vulnerability Tests',
      '',
      'Vulnerability tests or "plugins" are defined in files in the plugins directory. Results are aggregated for output at the completion of a test run.',
      '',
    ].join('\n');
    const c = await control({ 'CONTRIBUTING.md': guide }, 'OSPS-QA-06.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'CONTRIBUTING.md', line: 3, detail: expect.stringContaining('"Pull Requests"') }]);
    // Alone, a testing section that says in prose how the tests run still counts.
    const prose = '# Contributing\n\n## Tests\n\nThe tests run on every pull request, in the CI workflow, on Linux and Windows.\n';
    expect((await control({ 'CONTRIBUTING.md': prose }, 'OSPS-QA-06.02')).status).toBe('pass');
  });
  it('passes with a testing guide beside the community files in .github/ (pvtr-github-repo), but not with another .github/ page', async () => {
    const guide = '# Testing\n\nThis doc describes how we test.\n\n## How to write tests for packages\n\nFor each function within a package, there shall be a corresponding test function.\n\n## How to run tests locally\n\n```\ngo test -v ./...\n```\n';
    const c = await control({ '.github/TESTING.md': guide }, 'OSPS-QA-06.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: '.github/TESTING.md', line: 9 }]);
    const other = await control({ '.github/copilot-instructions.md': guide }, 'OSPS-QA-06.02');
    expect(other.status).toBe('unknown');
  });
  it("does not take the benchmark's README that the contribution guide links (logr's \"Running the benchmark\", `go test -bench`) for the tests' documentation", async () => {
    const guide = '# Contributing\n\n## Performance\n\nAny proposed code change must include results of running the [benchmark](./benchmark) before and after the change.\n';
    const bench = '# Benchmarking demo\n\nAny major changes to the library must be benchmarked before and after the change.\n\n## Running the benchmark\n\n```\n$ go test -bench=\'.\' -test.benchmem ./benchmark/\n```\n';
    const c = await control({ 'CONTRIBUTING.md': guide, 'benchmark/README.md': bench }, 'OSPS-QA-06.02');
    expect(c.status).toBe('fail');
    expect(details(c)).not.toMatch(/benchmark\/README\.md/);
    // A section on the tests and the benchmarks still counts.
    const both = bench.replace('## Running the benchmark', '## Running the tests and benchmarks');
    expect((await control({ 'CONTRIBUTING.md': guide, 'benchmark/README.md': both }, 'OSPS-QA-06.02')).status).toBe('pass');
  });
  it('passes with a Mage test target in a Unit tests section (trivy)', async () => {
    const c = await control({ 'CONTRIBUTING.md': '# Contributing\n\n## Unit tests\n\nYour PR must pass all the unit tests.\n\n```\n$ mage test:unit\n```\n' }, 'OSPS-QA-06.02');
    expect([c.status, c.evidence[0].line]).toEqual(['pass', 3]);
  });
  it.each([
    // ktor: a Kotlin Multiplatform test task under a Building heading.
    ['To build, use `./gradlew assemble`; to run tests use\n\n`./gradlew jvmTest` which runs all tests on the JVM.\n'],
    ['Run the tests with `./gradlew :core:allTests` before you push.\n'],
    // okio: a lifecycle task before the test task, as `clean` before Maven's `verify`.
    ['Get working code on a personal branch with tests passing before you submit a PR:\n\n```\n./gradlew clean check\n```\n'],
    // log4j2: the Maven wrapper.
    ['Run the tests with `./mvnw verify` before you push.\n'],
    ['Run the tests with `./mvnw clean verify` before you push.\n'],
  ])('passes with a Gradle test task or the Maven wrapper in CONTRIBUTING: %s', async (text) => {
    const c = await control({ 'CONTRIBUTING.md': `# Contributing\n\n## Building the project\n\n${text}` }, 'OSPS-QA-06.02');
    expect([c.status, c.evidence[0]?.line]).toEqual(['pass', 3]);
  });
  it('passes with a Nix flake output for tests in CONTRIBUTING (crossplane: `./nix.sh run .#test`)', async () => {
    const env = '# Contributing\n\n## Establishing a Development Environment\n\n1. Run `./nix.sh run .#test` to verify everything works.\n\n```sh\n./nix.sh run .#test         # Run unit tests\n./nix.sh run .#e2e          # Run E2E tests\n```\n';
    expect((await control({ 'CONTRIBUTING.md': env }, 'OSPS-QA-06.02')).status).toBe('pass');
    expect((await control({ 'CONTRIBUTING.md': '# Contributing\n\n## Setup\n\n```\nnix build .#checks.x86_64-linux.test-apis\n```\n' }, 'OSPS-QA-06.02')).status).toBe('pass');
    // Other outputs, another repository's flake and `nix flake check` (which may run only linters) do not count.
    for (const code of ['./nix.sh run .#generate', 'nix build .#packages.x86_64-linux.test-image', 'nix run github:x/y#test', './nix.sh flake check'])
      expect((await control({ 'CONTRIBUTING.md': `# Contributing\n\n## Setup\n\n\`\`\`\n${code}\n\`\`\`\n` }, 'OSPS-QA-06.02')).status).toBe('fail');
  });
  it('does not take a Gradle task that only builds for a test run', async () => {
    expect((await control({ 'CONTRIBUTING.md': '# Contributing\n\n## Building the project\n\nRun tests in your IDE. Build with `./gradlew assemble` or `./gradlew latest`.\n' }, 'OSPS-QA-06.02')).status).toBe('fail');
    // Nor a build that excludes the tests.
    expect((await control({ 'CONTRIBUTING.md': '# Contributing\n\n## Building the project\n\nRun tests in your IDE.\n\n```\n./gradlew clean assemble -x test\n```\n' }, 'OSPS-QA-06.02')).status).toBe('fail');
  });
  it('passes on the steps of a contribution guide not named CONTRIBUTING (rust-lang/rustup doc/dev-guide/src/index.md)', async () => {
    const c = await control({ 'README.md': '# rustup\n', 'doc/dev-guide/src/index.md': '# Contributing to rustup\n\n1. Fork it!\n2. Create your feature branch: `git checkout -b my-new-feature`\n3. Test it: `cargo test --features=test`\n4. Submit a pull request :D\n\nA more formal solution involves installing rustup into a temporary directory as your dedicated test environment:\n\n```bash\ncargo build\nmkdir home\nRUSTUP_HOME=home CARGO_HOME=home target/debug/rustup-init --no-modify-path -y\n```\n' }, 'OSPS-QA-06.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'doc/dev-guide/src/index.md', line: 5, detail: expect.stringContaining('`cargo test --features=test`') }]);
  });
  it("cites the line of a guide's title section that gives the test command, not the title (assertj's CONTRIBUTING.md: `./mvnw clean verify` at 7)", async () => {
    const guide = '# Contributing\n\nThank you for your interest in contributing.\n\n* Use JDK 25 or newer to build the project.\n* Execute `./mvnw spotless:apply` before submitting your PR\n* You can execute `./mvnw clean verify` to make sure all tests are passing\n\n## Rebase your PR on `main`\n\nWe squash and rebase pull requests on main; please do not merge main into your branch.\n';
    const c = await control({ 'CONTRIBUTING.md': guide }, 'OSPS-QA-06.02');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'CONTRIBUTING.md', line: 7, detail: expect.stringContaining('`./mvnw clean verify`') }] });
  });
  it('passes on a README "Building" section whose bare `mvn` runs all tests (apache/commons-lang), not on tests run otherwise', async () => {
    const readme = '# Apache Commons Lang\n\n## Building\n\nBuilding requires a Java JDK and Apache Maven.\n\nFrom a command shell, run `mvn` without arguments to invoke the default Maven goal to run all tests and checks.\n';
    const c = await control({ 'README.md': readme }, 'OSPS-QA-06.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 3 }]);
    expect(c.evidence[0].detail).toContain('`mvn` runs them');
    expect((await control({ 'README.md': '# T\n\n## Building\n\nRun `mvn package` to build the jar. Run tests in your IDE.\n' }, 'OSPS-QA-06.02')).status).toBe('unknown');
  });
  it('passes on a README "Development" section that gives the test command (viper, fd), not on a usage section\'s', async () => {
    const viper = '# Viper\n\n## Install\n\n```shell\ngo get github.com/spf13/viper\n```\n\n## Development\n\nInstall Go, then run `make deps`.\n\nRun the test suite:\n\n```shell\nmake test\n```\n';
    const c = await control({ 'README.md': viper }, 'OSPS-QA-06.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 9, detail: expect.stringContaining('"Development"') }]);
    const fd = '# fd\n\n## Development\n```bash\ngit clone https://github.com/sharkdp/fd\n\n# Build\ncd fd\ncargo build\n\n# Run unit tests and integration tests\ncargo test\n```\n';
    expect((await control({ 'README.md': fd }, 'OSPS-QA-06.02')).status).toBe('pass');
    // A bare `make check` among the steps of building from source (jq's) does not say it runs the tests.
    const jq = '# jq\n\n## Installation\n\n### Building from source\n\n#### Instructions\n\n```console\nautoreconf -i\n./configure --with-oniguruma=builtin\nmake -j8\nmake check\nsudo make install\n```\n';
    expect((await control({ 'README.md': jq }, 'OSPS-QA-06.02')).status).toBe('unknown');
    const usage = '# testrunner\n\n## Example\n\nWrite a test, then run the tests:\n\n```\n$ pytest\n```\n';
    expect((await control({ 'README.md': usage }, 'OSPS-QA-06.02')).status).toBe('unknown');
  });
  it("fails on a README FAQ answering a user's question about testing their own code (ky's), not on one asking how the tests are run", async () => {
    const faq = '# ky\n\n## Usage\n\nCall it.\n\n## FAQ\n\n#### How do I test a browser library that uses this?\n\nUse a test runner that can run in the browser, like [Vitest](https://vitest.dev/guide/browser/) or [Playwright](https://playwright.dev).\n\n#### How do I mock Ky in tests?\n\nUse MSW, or pass a custom `fetch` to jest mocks.\n';
    expect((await control({ 'README.md': faq }, 'OSPS-QA-06.02')).status).toBe('unknown');
    const ours = '# ky\n\n## FAQ\n\n#### How do I run the tests?\n\nRun `npm test`.\n';
    expect(await control({ 'README.md': ours }, 'OSPS-QA-06.02')).toMatchObject({ status: 'pass', evidence: [{ path: 'README.md', line: 5 }] });
  });
  it("does not pass on a README usage section on testing the reader's code with the library (afero's \"Testing Made Simple\"), only on one about the project's tests", async () => {
    const usage = "# afero\n\n## Real-World Use Cases\n\n### Testing Made Simple\n\nOne of the library's greatest strengths is making filesystem code easily testable:\n\n```go\nfunc TestSave(t *testing.T) {\n    fs := afero.NewMemMapFs()\n}\n```\n\n- Fast: no disk I/O, tests run in memory\n";
    expect((await control({ 'README.md': usage }, 'OSPS-QA-06.02')).status).not.toBe('pass');
    // The same section with the command that runs the tests, or a heading about the tests, still counts.
    const run = usage.replace('- Fast', 'Run the tests with `go test ./...`.\n\n- Fast');
    expect(await control({ 'README.md': run }, 'OSPS-QA-06.02')).toMatchObject({ status: 'pass', evidence: [{ path: 'README.md', line: 5 }] });
    const ours = usage.replace('### Testing Made Simple', '### Testing');
    expect(await control({ 'README.md': ours }, 'OSPS-QA-06.02')).toMatchObject({ status: 'pass', evidence: [{ path: 'README.md', line: 5 }] });
  });
  it("does not pass on a README \"Policy Testing\" section whose `make policy-tester` builds a tool that checks the reader's policies (policy-controller's)", async () => {
    const section = (make: string) =>
      `# Widget\n\nAn admission controller.\n\n## Policy Testing\n\nThis repo includes a \`policy-tester\` tool which enables checking a policy against various images.\n\nIn the root of this repo, run the following to build:\n\n\`\`\`\n${make}\n\`\`\`\n\nThen run it pointing to a YAML file containing a policy, and an image to evaluate the policy against:\n\n\`\`\`\n./policy-tester --policy=test/testdata/cip.yaml --image=ghcr.io/o/image:v1\n\`\`\`\n`;
    expect((await control({ 'README.md': section('make policy-tester') }, 'OSPS-QA-06.02')).status).not.toBe('pass');
    // A make target named for the tests still counts.
    expect(await control({ 'README.md': section('make policy-test') }, 'OSPS-QA-06.02')).toMatchObject({ status: 'pass', evidence: [{ path: 'README.md', line: 5 }] });
  });
  it("does not pass on a README \"Testing\" section whose only runner is a library call in the reader's tests (lru-cache's `jest.useFakeTimers()`)", async () => {
    const usage =
      "# lru-cache\n\n## Usage\n\nMake a cache.\n\n## Testing\n\nWhen writing tests that involve TTL-related functionality, import the module dynamically within your tests.\n\n```ts\n// mocking timers, e.g. jest.useFakeTimers()\nconst { LRUCache } = await import('lru-cache')\n```\n\nOr mock a decorator in yours:\n\n```python\nimport pytest\n\n@pytest.fixture\ndef clock(): ...\n```\n";
    expect((await control({ 'README.md': usage }, 'OSPS-QA-06.02')).status).not.toBe('pass');
    // The runner's command itself still counts.
    const ours = usage.replace('Or mock a decorator in yours:', 'Run the tests with `npx jest`.');
    expect(await control({ 'README.md': ours }, 'OSPS-QA-06.02')).toMatchObject({ status: 'pass', evidence: [{ path: 'README.md', line: 7 }] });
  });
  it("does not fail on a README \"Testing\" section that advises the reader on testing their own macros (dtolnay/syn's), only on the project's own", async () => {
    const readme =
      "# Parser for Rust source code\n\n## Example of a derive macro\n\nUse it.\n\n## Testing\n\nWhen testing macros, we often care not just that the macro can be used\nsuccessfully but also that when the macro is provided with invalid input it\nproduces maximally helpful error messages. Consider using the [`trybuild`] crate\nto write tests for errors that are emitted by your macro or errors detected by\nthe Rust compiler in the expanded code.\n\n[`trybuild`]: https://github.com/dtolnay/trybuild\n";
    const c = await control({ 'README.md': readme }, 'OSPS-QA-06.02');
    expect(c.status).toBe('unknown');
    expect(c.evidence.some((e) => e.path === 'README.md')).toBe(false);
    // A testing section that speaks of the project's tests without saying how they run still fails, at that section.
    const ours = readme.replace(/When testing macros[\s\S]*expanded code\./, 'The crate has unit tests and a large suite of regression tests that parse real code.');
    expect(await control({ 'README.md': ours }, 'OSPS-QA-06.02')).toMatchObject({ status: 'fail', evidence: [{ path: 'README.md', line: 7 }] });
  });
  it("passes on a monorepo component README's project-level section that runs the tests (eslint/js's packages/eslint-visitor-keys), not on its usage section", async () => {
    const root = '# ESLint JS\n\n## Packages\n\n- [`espree`](packages/espree)\n- [`eslint-visitor-keys`](packages/eslint-visitor-keys)\n';
    const keys = '# eslint-visitor-keys\n\n## Usage\n\nCall `getKeys(node)`.\n\n## Contributing\n\nWelcome. See the contribution guidelines.\n\n### Development commands\n\n- `npm test` runs tests and measures code coverage.\n- `npm run lint` checks source codes with ESLint.\n';
    const c = await control({ 'README.md': root, 'packages/espree/README.md': '# Espree\n\n## Usage\n\nParse code.\n', 'packages/eslint-visitor-keys/README.md': keys }, 'OSPS-QA-06.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'packages/eslint-visitor-keys/README.md', line: 11 }]);
    const usage = '# widget-runner\n\n## Usage\n\nWrite a test, then run the tests:\n\n```\n$ npm test\n```\n';
    expect((await control({ 'README.md': root, 'packages/eslint-visitor-keys/README.md': usage }, 'OSPS-QA-06.02')).status).toBe('unknown');
  });
  it('passes on the test suite\'s own README that runs its script (notation\'s test/e2e/README.md), not on a README in its test data', async () => {
    const e2e = '# A Quick Introduction on how Notation end-to-end test works\n\n## Setting up\n\n### Local environment\n\n- Install Golang.\n- Install Docker.\n- Run `cd ./test/e2e`\n- Run `./run.sh <absolute_path_to_notation_binary>`\n';
    const c = await control({ 'README.md': '# Notation\n', 'test/e2e/README.md': e2e }, 'OSPS-QA-06.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'test/e2e/README.md', line: 10 }]);
    expect(c.evidence[0].detail).toContain('tests in test/e2e/ are run: section "Local environment" gives `./run.sh`');
    expect((await control({ 'README.md': '# Notation\n', 'test/e2e/testdata/README.md': e2e }, 'OSPS-QA-06.02')).status).toBe('unknown');
    expect((await control({ 'README.md': '# Notation\n', 'tools/e2e/README.md': e2e }, 'OSPS-QA-06.02')).status).toBe('unknown');
  });
  it("cites the README's sentence whose command runs this repository's package (pflag's `go test github.com/spf13/pflag`), not a section named after the test tool", async () => {
    const readme =
      '# pflag\n\n## Installation\n\nInstall by running:\n\n    go get github.com/octo-org/demo@latest\n\nRun tests by running:\n\n    go test github.com/octo-org/demo\n\n## Usage\n\nImport it.\n\n### Using pflag with go test\n\n`pflag` does not parse the shorthand versions of go test\'s built-in flags. If you call `pflag.Parse()` in `TestMain`, running:\n\n```bash\ngo test /your/tests -run ^YourTest -v --your-test-pflags\n```\n\nignores `-v`.\n';
    const c = await control({ 'README.md': readme }, 'OSPS-QA-06.02');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'README.md', line: 9 }]);
    expect(c.evidence[0].detail).toContain('"Run tests by running:"');
    // Another repository's package is the reader's code, not this project's tests.
    expect((await control({ 'README.md': readme.replace("go test github.com/octo-org/demo", "go test github.com/octo-org/other") }, 'OSPS-QA-06.02')).evidence[0]).not.toMatchObject({ line: 9 });
  });
  it('fails without one, and for an empty heading', async () => {
    expect((await control({ 'CONTRIBUTING.md': `# Contributing\n\n## Pull requests\n\n${BODY}` }, 'OSPS-QA-06.02')).status).toBe('fail');
    expect((await control({ 'CONTRIBUTING.md': '# Contributing\n\n## Testing\n\nTBD\n' }, 'OSPS-QA-06.02')).status).toBe('fail');
  });
});

const FILELOCK_GUIDE =
  '# Contributing\n\nThis page lists the steps needed to set up a development environment and contribute to the project.\n\n1. Fork and clone this repo.\n1. Run tests: `tox run`\n\n## Coverage\n\nEvery environment in the matrix must reach 100%, and so must the combined report. Cover a line rather than excluding it wherever it is reachable, and prefer a test that drives a path directly.\n';

describe('OSPS-QA-06.03 policy that changes add tests', () => {
  it("passes on a contribution guide's \"Coverage\" section that every change must keep at 100% (filelock's), not on a fact or a lower gate", async () => {
    const c = await control({ 'README.md': '# Tool\n', 'CONTRIBUTING.md': FILELOCK_GUIDE }, 'OSPS-QA-06.03');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'CONTRIBUTING.md', line: 10, detail: expect.stringContaining('"Every environment in the matrix must reach 100%') }]);
    const never = FILELOCK_GUIDE.replace('Every environment in the matrix must reach 100%, and so must the combined report.', 'Coverage must not decrease.');
    expect((await control({ 'README.md': '# Tool\n', 'CONTRIBUTING.md': never }, 'OSPS-QA-06.03')).status).toBe('pass');
    for (const said of ['We have 100% coverage in every environment.', 'Coverage must stay above 80% in every environment.']) {
      const other = FILELOCK_GUIDE.replace('Every environment in the matrix must reach 100%, and so must the combined report.', said);
      expect((await control({ 'README.md': '# Tool\n', 'CONTRIBUTING.md': other }, 'OSPS-QA-06.03')).status, said).toBe('fail');
    }
  });
  it("passes on a bullet of a responsibilities section that asks a change to \"add or fix at least one test\" (h11's CONTRIBUTING.md)", async () => {
    const guide =
      '# Contributing to h11\n\n## Contributor responsibilities\n\n* Code should work across all currently supported Python releases.\n\n* If you change the code, then you have to also add or fix at least\n  one test. (See below for how to run the test suite.) This helps us\n  make sure that we won\'t later accidentally break whatever you just\n  fixed, and undo your hard work.\n';
    const c = await control({ 'README.md': '# Tool\n', 'CONTRIBUTING.md': guide }, 'OSPS-QA-06.03');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'CONTRIBUTING.md', line: 7, detail: expect.stringContaining('add or fix at least one test') }]);
  });
  it("reads a contribution guide's section past the first 1,500 characters: the expectation is often one item of a long list (certmagic's \"Write tests.\")", async () => {
    const items = Array.from({ length: 12 }, (_, i) => `- **Expectation ${i}.** Keep the change focused on one concern and describe its reason in the pull request, with a link to the issue it resolves.\n`).join('\n');
    const guide = `# Contributing\n\n## Contributing code\n\n${items}\n- **Write tests.** Tests are essential! Written properly, they ensure your change works. CI checks should pass.\n`;
    const c = await control({ 'README.md': '# Tool\n', '.github/CONTRIBUTING.md': guide }, 'OSPS-QA-06.03');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: '.github/CONTRIBUTING.md', line: 29, detail: expect.stringContaining('"Write tests."') }]);
    // Another document's sections keep the shorter sample.
    const page = await control({ 'README.md': '# Tool\n', 'docs/development.md': guide.replace('# Contributing', '# Development') }, 'OSPS-QA-06.03');
    expect(page.status).not.toBe('pass');
  });
  it("is attested, not failed, when CONTRIBUTING.md only points at a guide kept elsewhere (cert-manager's website); QA-06.02 alike", async () => {
    const files = { 'README.md': '# Tool\n', 'CONTRIBUTING.md': '# Contributing\n\nPlease refer to the [Tool Contributing guide](https://tool.example.io/docs/contributing/).\n' };
    for (const id of ['OSPS-QA-06.03', 'OSPS-QA-06.02']) {
      const c = await control(files, id);
      expect([c.status, c.evidence[0]]).toMatchObject(['attested', { path: 'CONTRIBUTING.md', line: 3 }]);
      expect(c.evidence[0].detail).toContain('https://tool.example.io/docs/contributing/');
    }
    // A guide of its own that says nothing on tests still fails.
    expect((await control({ 'README.md': '# Tool\n', 'CONTRIBUTING.md': `# Contributing\n\n## Pull requests\n\n${BODY}` }, 'OSPS-QA-06.03')).status).toBe('fail');
  });
  it("is attested, not failed, when the only testing section is a release how-to's \"Testing the Template\" and CONTRIBUTING.md points at a guide kept elsewhere (kubescape's KREW_RELEASE.md)", async () => {
    const files = {
      'README.md': '# Tool\n',
      'CONTRIBUTING.md': '# Contributing\n\nThe project manages this document in the central project repository.\n\nGo to the [centralized CONTRIBUTING.md](https://github.com/o/project-governance/blob/main/CONTRIBUTING.md)\n',
      'KREW_RELEASE.md': `# Krew Release Automation Guide\n\n## Testing the Template\n\nBefore committing changes to \`.krew.yaml\`, you can test how the template will be rendered using Docker.\n\n${BODY}`,
    };
    for (const id of ['OSPS-QA-06.02', 'OSPS-QA-06.03']) {
      const c = await control(files, id);
      expect([c.status, c.evidence[0]], id).toMatchObject(['attested', { path: 'CONTRIBUTING.md', line: 5 }]);
    }
  });
  // A guide of some length, whose opening alone hands it over: delegatingIntro, which reads the link's last segment.
  it("is attested when a longer guide's opening hands it to a website folder whose link ends in a slash (trust-manager); DO-07.01 alike", async () => {
    const dco = `## DCO Sign off\n\n${BODY.repeat(5)}\nTo sign your work, add a Signed-off-by line at the end of your commit message.\n`;
    const guide = (link: string) => `# Contributing\n\nYou can find our full contributing guide on [our website](${link}).\n\n${dco}`;
    for (const link of ['https://tool.example.io/docs/contributing/', 'https://tool.example.io/docs/contributing/#flow']) {
      for (const id of ['OSPS-QA-06.03', 'OSPS-DO-07.01']) {
        const c = await control({ 'README.md': '# Tool\n', 'CONTRIBUTING.md': guide(link) }, id);
        expect([c.status, c.evidence[0]], `${id} ${link}`).toMatchObject(['attested', { path: 'CONTRIBUTING.md', line: 3, detail: expect.stringContaining(link) }]);
      }
    }
    // A link to the website's home page names no guide.
    expect((await control({ 'README.md': '# Tool\n', 'CONTRIBUTING.md': guide('https://tool.example.io/') }, 'OSPS-QA-06.03')).status).toBe('fail');
  });
  it("fails, not attested, when the guide's opening links the Contributor License Agreement to sign: that is no guide kept elsewhere (okio)", async () => {
    const intro = 'Contributing\n============\n\nWe are not seeking new committers at this time, but some small contributions are welcome.\n\nBefore code can be accepted all contributors must complete our\n[Individual Contributor License Agreement (CLA)][cla].\n\n';
    const code = 'Code Contributions\n------------------\n\nPlease make every effort to follow existing conventions and style in order to keep the code as\nreadable as possible.\n\n';
    for (const target of ['https://forms.acme.dev/viewform?formkey=abc', 'https://cla.developers.google.com/']) {
      const c = await control({ 'README.md': '# Tool\n', 'CONTRIBUTING.md': `${intro}${code} [cla]: ${target}\n` }, 'OSPS-QA-06.03');
      expect([c.status, c.evidence.some((e) => e.detail.includes('kept outside'))], target).toEqual(['fail', false]);
    }
  });
  it("fails, not attested, when the guide's opening links the Contributor Code of Conduct (composer's .github/CONTRIBUTING.md)", async () => {
    const guide = 'Contributing to Tool\n====================\n\nPlease note that this project is released with a\n[Contributor Code of Conduct](https://github.com/acme/tool/blob/main/CODE_OF_CONDUCT.md).\nBy participating in this project you agree to abide by its terms.\n\nReporting Issues\n----------------\n\nWhen reporting issues, please try to be as descriptive as possible, and include as much relevant information as you can.\n';
    const c = await control({ 'README.md': '# Tool\n', '.github/CONTRIBUTING.md': guide }, 'OSPS-QA-06.03');
    expect([c.status, c.evidence.some((e) => e.detail.includes('kept outside'))]).toEqual(['fail', false]);
  });
  it('reads a pull request template\'s HTML comments, the instructions a contributor reads (flask), and not a guide\'s hidden ones', async () => {
    const comment = '<!--\nEnsure each step in CONTRIBUTING.rst is complete, especially the following:\n\n- Add tests that demonstrate the correct behavior of the change. Tests\n  should fail without the change.\n-->\n';
    const c = await control({ '.github/pull_request_template.md': comment }, 'OSPS-QA-06.03');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: '.github/pull_request_template.md', line: 4 }]);
    expect((await control({ 'CONTRIBUTING.md': `# Contributing\n\n${comment}` }, 'OSPS-QA-06.03')).status).toBe('fail');
  });
  it('passes with a heading that states the policy', async () => {
    const c = await control({ 'CONTRIBUTING.md': `# Contributing\n\n## Test requirements\n\n${BODY}` }, 'OSPS-QA-06.03');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'CONTRIBUTING.md', line: 3 });
  });
  it('passes with a how-to heading whose prose obliges (trivy\'s "Adding Tests")', async () => {
    const c = await control({ 'CONTRIBUTING.md': '# Contributing\n\n## Adding Tests\n\nAll Rego checks need to have tests. There are many examples of these in the checks directory.\n' }, 'OSPS-QA-06.03');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'CONTRIBUTING.md', line: 3 }]);
  });
  it('is unknown for a "Writing unit tests" section that asks for more tests and says what one must test (zizmor)', async () => {
    const body = 'We can always use more unit tests! Pick a part of the Rust codebase and start testing.\n\nKeep the cardinal rule of unit testing in mind: a unit test must test **a single unit** of behavior.\n';
    expect((await control({ 'CONTRIBUTING.md': `# Contributing\n\n### Writing unit tests\n\n${body}` }, 'OSPS-QA-06.03')).status).toBe('unknown');
  });
  it('reads the subsections of a how-to heading (pvtr-github-repo\'s "How to write tests for packages")', async () => {
    const guide = '# Testing\n\n## How to write tests for packages\n\n### Test files\n\n- For each package, a new file shall be created: [packagename]_test.go\n\n### Test functions\n\n- For each function within a package, there shall be a corresponding test function.\n\n## Generate test coverage report locally\n\nRun `make coverage` and open the report in your browser to see it.\n';
    const c = await control({ '.github/TESTING.md': guide }, 'OSPS-QA-06.03');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: '.github/TESTING.md', line: 3 }]);
  });
  it('is unknown for a "Writing tests" section that only explains the test helpers (rust-lang/rustup dev-guide)', async () => {
    const body = 'Rustup provides a number of test helpers in the `rustup::test` module which is conditionally enabled with the `test` feature. The existing tests under `tests/suite` provide good examples of how to use these helpers.\n';
    const c = await control({ 'doc/dev-guide/src/coding-standards.md': `# Coding standards\n\n## Writing tests\n\n${body}` }, 'OSPS-QA-06.03');
    expect([c.status, c.evidence[0]]).toMatchObject(['unknown', { path: 'doc/dev-guide/src/coding-standards.md', line: 3 }]);
  });
  it('passes with a "How to write tests" section of .github/TESTING.md (pvtr-github-repo)', async () => {
    const guide = '# Testing\n\n## How to write tests for packages\n\nFor each package, a new file shall be created following this naming convention: [packagename]_test.go. For each function within a package, there shall be a corresponding test function.\n';
    const c = await control({ '.github/TESTING.md': guide }, 'OSPS-QA-06.03');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: '.github/TESTING.md', line: 3 }]);
  });
  it('reads a docs/ page the contribution guide delegates to, whatever its name (hyper\'s docs/PULL_REQUESTS.md)', async () => {
    const contributing = '# Contributing\n\n## [Pull Requests](./docs/PULL_REQUESTS.md)\n\n- [Submitting a Pull Request](./docs/PULL_REQUESTS.md#submitting-a-pull-request)\n';
    const page = '# Pull Requests\n\n## Submitting a Pull Request\n\n### Tests\n\nIf the change being proposed alters code, it is either adding new functionality or fixing broken functionality. In both of these cases, the pull request should include one or more tests to ensure that it does not regress in the future.\n';
    const c = await control({ 'CONTRIBUTING.md': contributing, 'docs/PULL_REQUESTS.md': page }, 'OSPS-QA-06.03');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'docs/PULL_REQUESTS.md', line: 7 }]);
    expect(c.evidence[0].detail).toMatch(/should include one or more tests/);
  });
  it('passes with a pull request template that asks about tests', async () => {
    const c = await control({ '.github/pull_request_template.md': '## Description\n\n## Tests\n\n- [ ] I added or updated tests\n' }, 'OSPS-QA-06.03');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: '.github/pull_request_template.md', line: 3 });
  });
  it("is unknown, not passed, for a pull request template that asks how the change was tested (go-retryablehttp's)", async () => {
    const tpl =
      '## Description\n\n<!-- Provide a summary of what the PR does and why it is being submitted. -->\n\n## How Has This Been Tested?\n\n<!-- Describe how the changes have been tested. Provide test instructions or details. -->\n';
    const c = await control({ '.github/pull_request_template.md': tpl }, 'OSPS-QA-06.03');
    expect([c.status, c.evidence[0]]).toMatchObject(['unknown', { path: '.github/pull_request_template.md', line: 5 }]);
    expect(c.evidence[0].detail).toMatch(/"How Has This Been Tested\?" asks how the change was tested/);
    // Nor does "include test steps" ask for tests; "include tests" still does.
    expect((await control({ '.github/pull_request_template.md': '## Notes\n\n- Include test steps for the reviewer.\n' }, 'OSPS-QA-06.03')).status).not.toBe('pass');
    expect((await control({ '.github/pull_request_template.md': '## Notes\n\n- Include tests for the change.\n' }, 'OSPS-QA-06.03')).status).toBe('pass');
  });
  it.each([
    // The evidence line is the statement's own line, not its heading's.
    ['CONTRIBUTING.md', '# Contributing\n\n## Pull requests\n\nKeep changes small. Changes must include tests for the behaviour they add or fix.\n', 5, /Changes must include tests/],
    ['CONTRIBUTING.md', '# Contributing\n\n## Testing\n\nRun `npm test` before you push. Please add or update tests with every change.\n', 5, /add or update tests/],
    ['CONTRIBUTING.md', '# Contributing\n\n## Review\n\nPull requests without tests will not be merged.\n', 5, /without tests will not be merged/],
    ['CONTRIBUTING.md', '# Contributing\n\n## Guidelines\n\n- Follow the style guide.\n- New features require unit tests.\n', 6, /New features require unit tests/],
    ['.github/pull_request_template.md', '## Checklist\n\n- [ ] I have added tests that prove my fix is effective\n', 3, /I have added tests/],
    ['docs/contributing-guide.md', '# Guide\n\n## Submitting changes\n\nEvery change should come with appropriate tests.\n', 5, /should come with appropriate tests/],
    ['.github/PULL_REQUEST_TEMPLATE.md', '<!--\nPlease only send a pull request to branches that are still supported: https://widget.dev/docs/releases\n\nIf you are unsure which branch to use, please read: https://widget.dev/docs/contributions\n\nPull requests without a descriptive title, thorough description, or tests will be closed.\n-->\n', 6, /or tests will be closed/],
    ['docs/contribute/pull-requests.md', '# Pull requests\n\n### Step 5: Double check your submission\n\n- All changes must be accompanied by tests, even old ones.\n', 5, /must be accompanied by tests/],
    ['docs/contribute/core-rules.md', '# Core rules\n\n## Rule Unit Tests\n\nEach bundled rule must have a set of unit tests submitted with it to be accepted.\n', 5, /must have a set of unit tests/],
    ['CONTRIBUTING.md', '# Contributing\n\n## Pull requests\n\n* Make sure to add tests for it.\n', 5, /Make sure to add tests/],
    ['.github/PULL_REQUEST_TEMPLATE.md', 'Before submitting the PR make sure the following are checked:\n\n* [ ] Squashed related commits together.\n* [ ] Added tests.\n', 4, /Added tests/],
    // vite: a bullet in the middle of a section, after sentences the whole-section test could not anchor to
    ['CONTRIBUTING.md', '# Contributing\n\n## Pull Request Guidelines\n\nCheckout a topic branch from a base branch and merge back against it.\n\n- If adding a new feature:\n  - Add accompanying test case.\n', 8, /Add accompanying test case/],
    // click: inside the template's guidance comment
    ['.github/pull_request_template.md', '<!--\nBefore opening a PR, open a ticket describing the issue.\n\nEnsure each step in CONTRIBUTING.rst is complete, especially the following:\n\n- Add tests that demonstrate the correct behavior of the change. Tests should fail without the change.\n-->\n', 6, /Add tests that demonstrate/],
    // rustls: a parenthesis between the verb and the tests, over a wrapped line
    ['CONTRIBUTING.md', '# Contributing\n\n## Testing\n\n- Features involving additions to the public API should have (at least)\n  API-level tests (see [`rustls-test/tests/api/`](rustls-test/tests/api/)).\n', 5, /should have \(at least\) API-level tests/],
    // axios: a request to update the tests with every change
    ['CONTRIBUTING.md', '# Contributing\n\n## Testing\n\nPlease update the tests to reflect your code changes. Pull requests will not be accepted if they are failing on GitHub actions.\n', 5, /Please update the tests/],
    // logging-log4j2
    ['.github/pull_request_template.md', '## Checklist\n\n* Base your changes on `2.x` branch\n* Tests are provided\n', 4, /Tests are provided/],
    // nats-server: the reverse order, with emphasis and "test coverage"
    ['CONTRIBUTING.md', '# Contributing\n\nA good pull request includes:\n\n- A succinct yet descriptive title.\n- Unit tests where appropriate. Bug fixes will benefit from the addition of regression tests. New features will **NOT** be accepted without suitable test coverage!\n', 6, /NOT\W+be accepted without suitable test coverage/],
    // envoyproxy/gateway: a checklist item written noun first, and a coverage requirement for added code
    ['.github/PULL_REQUEST_TEMPLATE.md', '## Checklist\n\n- [ ] **DCO**: All commits are signed off.\n- [ ] **Tests added/updated**: New/changed code is covered by appropriate tests. N/A if this PR does not contain code changes.\n', 4, /Tests added\/updated/],
    ['docs/community/contributing.md', '# Contributing\n\n## Submitting a PR\n\n* Submit your PR.\n* PRs are expected to have 100% test coverage for added code. This can be verified with a coverage build.\n', 6, /100% test coverage for added code/],
    // python-tuf: unit testing as a verb, the words in a link
    ['docs/CONTRIBUTING.rst', 'Instructions for contributors\n~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n\nContribute by submitting pull requests against the "develop" branch.\nAll submitted code should follow our style guidelines\nand must be `unit tested <#unit-tests>`_.\n', 5, /must be unit tested/],
    ['GOVERNANCE.md', '# Governance\n\n## Contributions\n\nContributors must follow the code of conduct, and must unit test any new software feature or change.\n', 5, /must unit test any new software feature/],
    // cobra: a numbered item of "Submitting changes" that asks to ensure the tests
    ['CONTRIBUTING.md', '# Contributing\n\n## Submitting changes\n\n1. CLA: Upon submitting a Pull Request (PR), contributors will be prompted to\n   sign a CLA.\n1. Tests: If you are submitting code, please ensure you have adequate tests\n   for the feature. Tests can be run via `go test ./...` or `make test`.\n', 7, /ensure you have adequate tests/],
    // googletest: a numbered step of "Contributing A Patch", the code that "has" the tests, in a guide whose "The Google Test
    // and Google Mock Communities" names the product, not testing
    ['CONTRIBUTING.md', '# How to become a contributor\n\n## Contributing A Patch\n\n5.  Fork the desired repo, develop and test your code changes.\n6.  Ensure that your code adheres to the existing style.\n7.  Ensure that your code has an appropriate set of unit tests which all pass.\n8.  Submit a pull request.\n\n## The Google Test and Google Mock Communities\n\nThe Google Test community exists primarily through the discussion group.\n', 7, /Ensure that your code has an appropriate set of unit tests/],
    // urllib3: an auto-numbered reStructuredText list, quoted without the next item's "#."
    ['docs/contributing.rst', 'Contributing\n============\n\n#. Fork the repository to start making your changes.\n#. Write a test which shows that the bug was fixed or that the feature works\n   as expected.\n#. Format your changes with black.\n', 5, /"Write a test which shows that the bug was fixed or that the feature works as expected\."/],
    // spire: two nouns joined by a slash before the verb
    ['.github/PULL_REQUEST_TEMPLATE.md', '**Pull Request check list**\n\n- [ ] Commit conforms to CONTRIBUTING.md?\n- [ ] Proper tests/regressions included?\n- [ ] Documentation updated?\n', 4, /Proper tests\/regressions included/],
    // sigstore/model-transparency: a checklist item that new code is covered by tests
    ['.github/pull_request_template.md', '##### Checklist\n\n- [ ] All commits are signed-off\n- [ ] All new code is covered by tests. Aim for at least 90% coverage.\n', 4, /All new code is covered by tests/],
    // python-jsonschema: the tests asked for beside the change, in a section on fixing a bug
    ['CONTRIBUTING.rst', 'Contributing\n============\n\nFixing a Bug?\n-------------\n\nPlease open a new GitHub pull request with the change, along with new tests.\n', 7, /pull request with the change, along with new tests/],
    // prettier: a checklist item written with a typographic apostrophe
    ['.github/PULL_REQUEST_TEMPLATE.md', '## Checklist\n\n- [ ] I\u2019ve added tests to confirm my change works.\n- [ ] I\u2019ve read the contributing guidelines.\n', 3, /I\u2019ve added tests to confirm my change works/],
    // pino: a ground rule for contributors that is a coverage figure alone
    ['CONTRIBUTING.md', '# Project\n\n## Rules\n\nThere are a few basic ground-rules for contributors:\n\n1. **Non-main branches** ought to be used for ongoing work.\n1. Contributors should attempt to adhere to the prevailing code-style.\n1. 100% code coverage\n1. Pull requests must be opened by a human.\n', 9, /"100% code coverage"/],
    // witness: "Testing changes if needed" beside "Docs changes if needed", under "Acceptance Criteria Met"
    ['.github/PULL_REQUEST_TEMPLATE.md', '## What this PR does\n\nDescription\n\n## Acceptance Criteria Met\n\n- [ ] Docs changes if needed\n- [ ] Testing changes if needed\n- [ ] All workflow checks passing (automatically enforced)\n', 8, /Testing changes if needed/],
    // pyca/pyopenssl: a pull request as the subject that tests what it brings, under "Patches" > "Code"
    ['CONTRIBUTING.rst', 'Contributing\n============\n\nPatches\n-------\n\nCode\n^^^^\n\n- Pull requests that introduce code must test all new behavior they introduce as well as for previously untested or poorly tested behavior that they touch.\n- Pull requests are not allowed to break existing tests.\n', 10, /Pull requests that introduce code must test all new behavior/],
    // pipx, tox: tox-dev's checklist asks the contributor to ensure that there are tests
    ['.github/PULL_REQUEST_TEMPLATE.md', '### Thanks for contributing\n\n- [ ] ran the linter to address style issues\n- [ ] ensured there are test(s) validating the fix\n- [ ] updated/extended the documentation\n', 4, /ensured there are test\(s\) validating the fix/],
  ])('passes with a policy stated in the prose of %s', async (path, text, line, quote) => {
    const c = await control({ [path]: text }, 'OSPS-QA-06.03');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path, line });
    expect(c.evidence[0].detail).toMatch(quote);
  });
  it.each([
    ['optional tests', 'Tests are optional for small changes to the documentation and examples.'],
    ['running tests', 'You must run the tests before you push; see the tests folder for examples.'],
    ['passing tests', 'All pull requests must have the tests passing in CI.'],
    ['a softened request', 'Adding tests is welcome but not required for your pull request.'],
    ['a reminder to run them', 'Make sure to run the tests on your machine before you push your branch.'],
    ['a coverage report', 'The coverage build should report the test coverage of each package.'],
    ['a coverage figure', 'The project has 100% code coverage, which CI reports on every push.'],
    ['testing by hand', 'Every change must be tested by hand on Linux and macOS before it is merged.'],
    ['a request that the tests pass', 'Please ensure that all tests pass and that you have run the linter before you open a pull request.'],
    ['a change released with the tests', 'The fix was released along with new tests in version 2.1.'],
    ['testing the changes', 'Testing changes locally with `make test` saves a round of review.'],
    ["testing one's own changes", 'Before you open a pull request with your changes, you should test the code on Linux and macOS.'],
  ])('does not pass on %s in a Testing section', async (_what, sentence) => {
    const c = await control({ 'CONTRIBUTING.md': `# Contributing\n\n## Testing\n\n${sentence}\n` }, 'OSPS-QA-06.03');
    expect(c.status).toBe('unknown');
    expect(c.evidence[0]).toMatchObject({ path: 'CONTRIBUTING.md', line: 3 });
  });
  it('a Testing section that lists tests "that do not require root" softens no policy', async () => {
    const c = await control({ 'CONTRIBUTING.md': '# Contributing\n\n## Testing\n\n- `make test`: run all unit tests that do not require `root` privileges\n- `make root-test`: run the tests which require `root`\n' }, 'OSPS-QA-06.03');
    expect(c.status).toBe('unknown');
    expect(details(c)).toMatch(/neither its heading nor its prose says/);
    expect(details(c)).not.toMatch(/optional or not required/);
  });
  it('does not take a policy heading whose prose says tests are optional', async () => {
    const c = await control({ 'CONTRIBUTING.md': '# Contributing\n\n## Test requirements\n\nTests are optional; maintainers will add them when needed.\n' }, 'OSPS-QA-06.03');
    expect(c.status).toBe('unknown');
    expect(details(c)).toMatch(/optional or not required/);
  });
  it("passes on a step to add tests in a how-to under a project guide's \"Contributing\" heading (gosec's DEVELOPMENT.md \"Add an AST rule\")", async () => {
    const guide = (top: string) =>
      `# Development\n\n## ${top}\n\nThe tool supports two kinds of checks.\n\n### Add an AST rule\n\n1. Create a new file in \`rules/\`.\n2. Register the rule in \`rules/rulelist.go\`.\n3. Add tests and samples:\n   - sample code in \`testutils/\`\n   - rule tests in \`rules/\`\n`;
    const c = await control({ 'README.md': '# Tool\n', 'DEVELOPMENT.md': guide('Contributing: adding rules and analyzers') }, 'OSPS-QA-06.03');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'DEVELOPMENT.md', line: 11, detail: expect.stringContaining('"Add tests and samples:"') }]);
    // Under a heading about something else, the same steps are a how-to of the product.
    expect((await control({ 'README.md': '# Tool\n', 'DEVELOPMENT.md': guide('Extending the tool') }, 'OSPS-QA-06.03')).status).not.toBe('pass');
  });
  it('does not read a user guide in docs/ as the contribution policy', async () => {
    const c = await control({ 'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request.\n', 'docs/plugins.md': '# Plugins\n\n## Writing a plugin\n\nYour plugin must include tests before it is listed.\n' }, 'OSPS-QA-06.03');
    expect(c.status).toBe('fail');
  });
  it("is attested when the README links the contribution guide elsewhere (express's \"[Contributing Guide]\"), unknown offline with no guide at all, as GV-03.02", async () => {
    const readme = '# widget\n\n## Contributing\n\nContributions take many forms.\n\nSee the [Contributing Guide](https://github.com/o/.github/blob/HEAD/CONTRIBUTING.md) for more technical details on contributing.\n';
    const linked = await control({ 'README.md': readme }, 'OSPS-QA-06.03');
    expect([linked.status, linked.evidence[0]]).toMatchObject(['attested', { path: 'README.md', line: 7 }]);
    expect(linked.evidence[0].detail).toMatch(/contribution guide is kept outside this repository; the README links to https:\/\/github\.com\/o\/\.github\/blob\/HEAD\/CONTRIBUTING\.md/);
    expect(linked.remediation).toMatch(/^Check that the contribution guide it links asks changes to add or update tests, or: /);
    const none = await control({ 'README.md': '# widget\n' }, 'OSPS-QA-06.03');
    expect(none.status).toBe('unknown');
    expect(none.evidence.map((e) => e.detail).join(' ')).toMatch(/owner's default CONTRIBUTING\.md \(from [\w-]+\/\.github\)/);
  });
  it("does not read a bug report's request for the reporter's test code as the policy", async () => {
    // As mocha's CONTRIBUTING: "Include your test code or file(s)." under "Filing Issues" > "I Found a
    // Bug" and "Propose a Change" asks for a reproduction; the policy is under "Contributing Code".
    const issues =
      '# Contributing\n\n## Filing Issues\n\nSearch the tracker first.\n\n### I Found a Bug\n\nFile an issue using the template.\n\n- Include your test code or file(s).\n\n### Propose a Change\n\n- Explain why you want the change\n- Include your test code or file(s).\n\n';
    const code = '## Contributing Code\n\n1. Make your changes.\n   - Unit and/or integration **tests are required** for any code change.\n';
    const c = await control({ 'CONTRIBUTING.md': issues + code }, 'OSPS-QA-06.03');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'CONTRIBUTING.md', line: 21 }]);
    expect(details(c)).toMatch(/section "Contributing Code"/);
    const only = await control({ 'CONTRIBUTING.md': issues }, 'OSPS-QA-06.03');
    expect(only.status).toBe('fail');
  });
  it('is unknown for a plain Testing section, fails with nothing', async () => {
    const plain = await control({ 'CONTRIBUTING.md': `# Contributing\n\n## Testing\n\n${BODY}` }, 'OSPS-QA-06.03');
    expect(plain.status).toBe('unknown');
    expect(plain.evidence[0].path).toBe('CONTRIBUTING.md');
    expect((await control({ 'CONTRIBUTING.md': `# Contributing\n\n## Pull requests\n\n${BODY}` }, 'OSPS-QA-06.03')).status).toBe('fail');
  });
});

describe('OSPS-QA-07.01 required approval', () => {
  it('passes with required approvals, giving the count', async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-QA-07.01', {});
    expect(c.status).toBe('pass');
    expect(details(c)).toMatch(/2 approving review\(s\) required/);
  });
  it('fails when a pull request is required but no approval', async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-QA-07.01', {
      state: (s) => {
        s.rules = s.rules.map((r) => (r.type === 'pull_request' ? { ...r, parameters: { ...(r.parameters as object), required_approving_review_count: 0 } } : r));
        s.protection = { ...s.protection, required_pull_request_reviews: { ...(s.protection!.required_pull_request_reviews as object), required_approving_review_count: 0 } };
      },
    });
    expect(c.status).toBe('fail');
    expect(details(c)).toMatch(/0 approving/);
  });
  it('fails when no pull request is required', async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-QA-07.01', {
      state: (s) => {
        s.rules = [];
        s.protection = null;
        s.branch = { ...s.branch, protected: false };
      },
    });
    expect(c.status).toBe('fail');
  });
  it('is attested offline by the approving reviews .asf.yaml requires on the default branch, and not by a count of 0', async () => {
    const c = await control({ '.asf.yaml': ASF_YAML }, 'OSPS-QA-07.01', undefined, APACHE);
    expect(c.status).toBe('attested');
    expect(c.evidence[0]).toMatchObject({ path: '.asf.yaml', line: 11 });
    expect(c.evidence[0].detail).toMatch(/1 approving review\(s\) declared required before merging to main/);
    const none = await control({ '.asf.yaml': ASF_YAML.replace('required_approving_review_count: 1', 'required_approving_review_count: 0') }, 'OSPS-QA-07.01', undefined, APACHE);
    expect(none.status).toBe('unknown');
    const probot = await control({ '.github/settings.yml': PROBOT_SETTINGS }, 'OSPS-QA-07.01', undefined, { git: true });
    expect([probot.status, probot.evidence[0]?.path, probot.evidence[0]?.line]).toEqual(['attested', '.github/settings.yml', 5]);
  });
  it('follows the API over the file: no required pull request fails whatever .asf.yaml declares', async () => {
    const c = await control({ '.asf.yaml': ASF_YAML }, 'OSPS-QA-07.01', {
      state: (s) => {
        s.rules = [];
        s.protection = null;
        s.branch = { ...s.branch, protected: false };
      },
    });
    expect(c.status).toBe('fail');
  });
  it('is unknown offline, showing a declared review policy', async () => {
    const si = insights({ repository: { documentation: { 'review-policy': 'https://demo.acme.dev/review' } } });
    const c = await control({ 'security-insights.yml': si }, 'OSPS-QA-07.01');
    expect(c.status).toBe('unknown');
    expect(c.evidence[0]).toMatchObject({ kind: 'security-insights' });
  });
});
