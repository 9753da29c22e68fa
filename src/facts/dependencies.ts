// Dependency manifests, lockfiles, container base images, submodules and vendored code.
// Feeds OSPS-QA-02.01 (a dependency list exists) and OSPS-BR-05.01 (dependencies come in through
// standard tooling: a package manager's manifest plus lockfile rather than `curl ... | sh`).
// Files are chosen by name from the listing; only those candidates are read, each at most once.
// Files under test-input folders (testdata/, fixtures/, ...) are the tests' inputs: their manifests
// are not the project's, and their pipes are kept apart.
import { type PythonImports, readPythonImports } from './python-imports.ts';
import type { Evidence } from '../model/evidence.ts';
import type { RepoSnapshot } from './snapshot.ts';
import { TEST_INPUT_DIRS, underFolder } from './test-folders.ts';

export type DependencyFileKind = 'manifest' | 'lockfile';

export interface DependencyManifest {
  path: string;
  ecosystem: string;
  kind: DependencyFileKind;
  /** True when the file declares at least one dependency, false when it declares none, null when not checked or unreadable. */
  declaresDependencies: boolean | null;
  /** A package.json read: whether npm would publish it, and the line of `"provenance": true` in its publishConfig. */
  npmPublish?: NpmPublish;
  /** A Cargo.toml read: the `name` of its `[package]` (serde-rs/json's crate is `serde_json`), when it declares one. */
  crateName?: string;
  /** A go.mod read: the path its `module` line declares (opentelemetry-go's `go.opentelemetry.io/otel`), which need not be the repository's. */
  goModule?: string;
}

export interface NpmPublish {
  /** It has a name and is not `private` (npm refuses to publish a private package). */
  publishable: boolean;
  /** The line of `publishConfig.provenance: true` (npm publishes it with signed provenance), or null. */
  provenanceLine: number | null;
  /**
   * The first of its `scripts` that publishes the package (minimatch's `"postversion": "npm publish"`, a
   * `changelogen --release --publish`), when there is one: the project releases to a registry by hand.
   */
  publishScript?: NpmPublishScript;
}

export interface NpmPublishScript {
  /** The script's name (`postversion`, `release`). */
  name: string;
  /** The command of the script that publishes (`npm publish --access public`), at most 200 characters. */
  command: string;
  /** The line of the script's entry in package.json. */
  line: number;
  /** Where it publishes when told: a `--registry` option of the command, else `publishConfig.registry`; null for the default. */
  registry: string | null;
}

export interface EcosystemSummary {
  name: string;
  /** Paths of the ecosystem's manifests (outside node_modules and vendored directories). */
  manifests: string[];
  lockfiles: string[];
  /** A lockfile is present (or, for Python, every requirements file pins exact versions). */
  pinned: boolean;
}

export interface DockerfileFrom {
  path: string;
  line: number;
  /** The image reference as written (may contain ${ARG} references). */
  image: string;
  pinnedByDigest: boolean;
}

export interface Submodule {
  path: string;
  url: string | null;
  /** Where the submodule is declared (.gitmodules line) or listed (the index). */
  line: number | null;
}

export interface VendoredDirectory {
  path: string;
  files: number;
}

export interface DependencyFacts {
  manifests: DependencyManifest[];
  ecosystems: EcosystemSummary[];
  dockerfiles: DockerfileFrom[];
  submodules: Submodule[];
  vendored: VendoredDirectory[];
  /** Downloads piped into a shell or interpreter (`curl ... | sh`), in scripts, Dockerfiles and workflows. */
  pipeInstalls: Evidence[];
  /** The same in files under test-input folders (testdata/, fixtures/, ...): inputs of the tests, not run by the build. */
  pipeInstallsInTestInputs: Evidence[];
  /**
   * The same in the contributors' dev container (.devcontainer/, run when a Codespace opens), when no
   * workflow names a dev container (which could run it in CI): not the build and release pipeline.
   */
  pipeInstallsInDevEnvironment: Evidence[];
  /**
   * The same in scripts of performance and load tests (perf/, benchmarks/, ...) that no workflow, Makefile, other script or
   * package.json names: run by hand to measure the software, not by the build and release pipeline.
   */
  pipeInstallsInMeasurement: Evidence[];
  /** True when a list was cut at its cap; the counts above are then lower bounds. */
  truncated: boolean;
  /** Without any manifest: what the project's few Python files import (python-imports.ts), when they could all be read. */
  python?: PythonImports;
  /**
   * The registry configuration files (.npmrc, .yarnrc, .yarnrc.yml) beside a package.json whose script publishes it without
   * naming a registry, and at the root: whether each names a registry, which `npm publish` may then use instead of the public one.
   */
  registryConfigs?: RegistryConfig[];
}

export interface RegistryConfig {
  path: string;
  /**
   * True when a setting names a registry or a registry's host (`registry=`, `@scope:registry=`, `//host/:_authToken=`, yarn's
   * `registry`, `npmRegistryServer`, `npmPublishRegistry`, `npmScopes`); false when none does (h3's .npmrc, only
   * `ignore-workspace-root-check=true`); null when the file could not be read.
   */
  namesRegistry: boolean | null;
}

/** Files that can name another registry for `npm publish` (npm and pnpm read .npmrc, yarn its .yarnrc). */
export const REGISTRY_CONFIG_FILES: readonly string[] = ['.npmrc', '.yarnrc', '.yarnrc.yml'];
const MAX_REGISTRY_CONFIG_BYTES = 64 * 1024;
/** A line of such a file that names a registry or a registry host's credentials. */
const REGISTRY_SETTING = /registry|^\s*["']?\/\/|npmScopes/i;

function namesRegistry(text: string): boolean {
  return text.split('\n').some((line) => !/^\s*[#;]/.test(line) && REGISTRY_SETTING.test(line));
}

const MAX_MANIFESTS = 5000;
const MAX_SCRIPTS = 5000;
const MAX_PIPE_INSTALLS = 200;
const MAX_FROM_LINES = 2000;
const MAX_SCRIPT_BYTES = 1024 * 1024;
/** Total bytes this module reads; past it, manifests are listed without being read and scripts are not scanned. */
const MAX_TOTAL_BYTES = 64 * 1024 * 1024;

interface Matcher {
  ecosystem: string;
  kind: DependencyFileKind;
  test: (base: string) => boolean;
  declares?: (text: string) => boolean | null;
}

const exact = (...names: string[]) => {
  const set = new Set(names);
  return Object.assign((base: string) => set.has(base), { names });
};

const MATCHERS: Matcher[] = [
  { ecosystem: 'npm', kind: 'manifest', test: exact('package.json'), declares: npmDeclares },
  { ecosystem: 'npm', kind: 'lockfile', test: exact('package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb') },
  { ecosystem: 'go', kind: 'manifest', test: exact('go.mod'), declares: (t) => /^[ \t]*require\b/m.test(t) },
  { ecosystem: 'go', kind: 'lockfile', test: exact('go.sum') },
  { ecosystem: 'cargo', kind: 'manifest', test: exact('Cargo.toml'), declares: cargoDeclares },
  { ecosystem: 'cargo', kind: 'lockfile', test: exact('Cargo.lock') },
  { ecosystem: 'pypi', kind: 'manifest', test: (b) => /^requirements.*\.(txt|in)$/i.test(b), declares: (t) => requirementLines(t).length > 0 },
  { ecosystem: 'pypi', kind: 'manifest', test: exact('pyproject.toml'), declares: pyprojectDeclares },
  { ecosystem: 'pypi', kind: 'manifest', test: exact('Pipfile'), declares: (t) => tomlSectionHasEntries(t, /^(dev-)?packages$/) },
  { ecosystem: 'pypi', kind: 'manifest', test: exact('setup.py'), declares: (t) => /\binstall_requires\s*=\s*\[\s*[^\]\s]/.test(t) },
  { ecosystem: 'pypi', kind: 'manifest', test: exact('setup.cfg'), declares: (t) => /^[ \t]*install_requires[ \t]*=[ \t]*(?:\S|(?:\r?\n)+[ \t]+\S)/m.test(t) },
  { ecosystem: 'pypi', kind: 'lockfile', test: exact('Pipfile.lock', 'poetry.lock', 'uv.lock', 'pdm.lock', 'pylock.toml') },
  { ecosystem: 'maven', kind: 'manifest', test: exact('pom.xml'), declares: (t) => /<dependency>/.test(t) },
  { ecosystem: 'gradle', kind: 'manifest', test: exact('build.gradle', 'build.gradle.kts'), declares: gradleDeclares },
  { ecosystem: 'gradle', kind: 'manifest', test: exact('libs.versions.toml') },
  { ecosystem: 'gradle', kind: 'lockfile', test: (b) => b === 'gradle.lockfile' || (b.endsWith('.lockfile') && b.startsWith('buildscript-gradle')) },
  { ecosystem: 'rubygems', kind: 'manifest', test: (b) => b === 'Gemfile' || b === 'gems.rb' || b.endsWith('.gemspec'), declares: (t) => /^[ \t]*(gem|s\.add_(runtime_|development_)?dependency|spec\.add_(runtime_|development_)?dependency)\b/m.test(t) },
  { ecosystem: 'rubygems', kind: 'lockfile', test: exact('Gemfile.lock', 'gems.locked') },
  { ecosystem: 'composer', kind: 'manifest', test: exact('composer.json'), declares: composerDeclares },
  { ecosystem: 'composer', kind: 'lockfile', test: exact('composer.lock') },
  { ecosystem: 'nuget', kind: 'manifest', test: (b) => /\.(cs|fs|vb)proj$/.test(b) || b === 'Directory.Packages.props' || b === 'packages.config', declares: (t) => /<(PackageReference|PackageVersion|package)\s/i.test(t) },
  { ecosystem: 'nuget', kind: 'lockfile', test: exact('packages.lock.json') },
  { ecosystem: 'swift', kind: 'manifest', test: exact('Package.swift'), declares: (t) => /\.package\s*\(/.test(t) },
  { ecosystem: 'swift', kind: 'lockfile', test: exact('Package.resolved') },
  { ecosystem: 'pub', kind: 'manifest', test: exact('pubspec.yaml'), declares: (t) => /^(dev_)?dependencies:\s*\n[ \t]+\S/m.test(t) },
  { ecosystem: 'pub', kind: 'lockfile', test: exact('pubspec.lock') },
  { ecosystem: 'hex', kind: 'manifest', test: exact('mix.exs'), declares: (t) => /\{\s*:[a-z_0-9]+\s*,/.test(t) },
  { ecosystem: 'hex', kind: 'lockfile', test: exact('mix.lock') },
  // Haskell: a package's .cabal file lists its build-depends; cabal.project and stack.yaml say how the packages build.
  { ecosystem: 'hackage', kind: 'manifest', test: (b) => b.length > 6 && b.endsWith('.cabal'), declares: (t) => /^[ \t]*build-depends[ \t]*:/im.test(t) },
  { ecosystem: 'hackage', kind: 'manifest', test: exact('cabal.project', 'stack.yaml') },
  { ecosystem: 'hackage', kind: 'lockfile', test: exact('cabal.project.freeze', 'stack.yaml.lock') },
  { ecosystem: 'helm', kind: 'manifest', test: exact('Chart.yaml'), declares: (t) => /^dependencies:[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*-\s/m.test(t) },
  { ecosystem: 'helm', kind: 'lockfile', test: exact('Chart.lock') },
  // Bazel modules (Bzlmod): a MODULE.bazel lists the module's direct dependencies as bazel_dep(...) entries, fetched from a
  // registry (google/googletest's: abseil-cpp, re2); MODULE.bazel.lock pins what was resolved.
  { ecosystem: 'bazel', kind: 'manifest', test: exact('MODULE.bazel'), declares: (t) => /^[ \t]*bazel_dep[ \t]*\(/m.test(t) },
  { ecosystem: 'bazel', kind: 'lockfile', test: exact('MODULE.bazel.lock') },
];

/** The first matcher of each exact name, and the matchers that test names otherwise (in order). */
const EXACT_MATCHER = new Map<string, number>();
const OTHER_MATCHERS: number[] = [];
MATCHERS.forEach((m, i) => {
  const names = (m.test as { names?: string[] }).names;
  if (!names) OTHER_MATCHERS.push(i);
  else for (const n of names) if (!EXACT_MATCHER.has(n)) EXACT_MATCHER.set(n, i);
});

/** The pip requirements matcher (requirements.txt, requirements-dev.in). */
const REQUIREMENTS_MATCHER = MATCHERS.find((m) => m.ecosystem === 'pypi' && m.test('requirements.txt'));

/**
 * A requirements file of a requirements/ folder, named for what it installs: pip-tools' layout of inputs and their
 * compiled pins (pypa/gh-action-pypi-publish's requirements/runtime.in and runtime.txt, installed by its Dockerfile with
 * `-r requirements/runtime.in`; a Django project's requirements/base.txt, dev.txt). Only a .txt or .in file directly in it.
 */
function inRequirementsFolder(path: string, base: string): boolean {
  const dir = path.slice(0, path.length - base.length - 1);
  return (dir === 'requirements' || dir.endsWith('/requirements')) && /\.(?:txt|in)$/i.test(base);
}

/** A line of a pip requirements file: a package (with extras, a version specifier or a marker), an include, an editable, a URL. */
const REQUIREMENT_LINE = /^(?:-[rce]\s|--(?:requirement|constraint|editable)\s|(?:git\+)?https?:\/\/|[a-z0-9][\w.-]*(?:\[[\w,. -]*\])?\s*(?:[<>=!~;@]|$))/i;

/**
 * Whether a file of a requirements/ folder is pip requirements, every line of it: the folder's name alone does not say so
 * (a product's requirements/ of prose specifications, "The server must ...").
 */
function requirementsText(text: string): boolean {
  const lines = requirementLines(text);
  return lines.length > 0 && lines.every((l) => REQUIREMENT_LINE.test(l));
}

/** The first of MATCHERS whose test accepts `base`, without calling every test. */
function matcherFor(base: string): Matcher | undefined {
  let best = EXACT_MATCHER.get(base) ?? MATCHERS.length;
  // Indexed: called for every file, where baseline-compiled `for…of` allocates per step (launch.ts).
  for (let k = 0; k < OTHER_MATCHERS.length; k++) {
    const i = OTHER_MATCHERS[k];
    if (i >= best) break;
    if (MATCHERS[i].test(base)) {
      best = i;
      break;
    }
  }
  return MATCHERS[best];
}

/** Directory names whose content is someone else's code, copied in. */
const VENDOR_DIRS = new Set(['vendor', 'third_party', 'third-party', 'thirdparty', 'node_modules']);

function segments(path: string): string[] {
  return path.split('/');
}

/** Index of the first vendored directory segment, or -1. */
function vendoredAt(parts: string[]): number {
  for (let i = 0; i < parts.length - 1; i++) if (VENDOR_DIRS.has(parts[i])) return i;
  return -1;
}

export function isDockerfileName(base: string): boolean {
  const lower = base.toLowerCase();
  return lower === 'dockerfile' || lower === 'containerfile' || lower.startsWith('dockerfile.') || lower.endsWith('.dockerfile') || lower.endsWith('.containerfile');
}

const isMakefileName = (base: string) => base === 'Makefile' || base === 'makefile' || base === 'GNUmakefile' || base.endsWith('.mk');

function isScriptCandidate(path: string, base: string, kind: string): boolean {
  if (isDockerfileName(base)) return true;
  if (/\.(sh|bash|zsh|ksh|ps1)$/i.test(base)) return true;
  if (isMakefileName(base)) return true;
  if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return true;
  if (/^\.github\/actions\/.+\/action\.ya?ml$/.test(path) || base === 'action.yml' || base === 'action.yaml') return true;
  // An extension-less executable is usually a script.
  return kind === 'executable' && !base.includes('.');
}

/** The contributors' dev container (devcontainer.json and the scripts it runs when a Codespace opens). */
const DEV_CONTAINER_DIR = '.devcontainer/';

/**
 * Folders of performance, load and benchmark runs (sigstore/rekor's scripts/performance/index-storage/index-performance.sh
 * sets up a bastion host, helm included, to time a deployed log; kyverno's docs/perf-testing/provision/ makes a cluster):
 * their scripts measure the software by hand, they do not build or release it.
 */
const MEASUREMENT_DIRS: ReadonlySet<string> = new Set([
  'perf', 'performance', 'perf-testing', 'perf-tests', 'perftest', 'perftests', 'performance-testing', 'performance-tests',
  'benchmark', 'benchmarks', 'benchmarking', 'load-testing', 'load-test', 'load-tests', 'loadtest', 'loadtests', 'loadtesting',
]);

export function gatherDependencies(snapshot: RepoSnapshot): DependencyFacts {
  const manifests: DependencyManifest[] = [];
  const dockerfiles: DockerfileFrom[] = [];
  const pipeInstalls: Evidence[] = [];
  const pipeInstallsInTestInputs: Evidence[] = [];
  const pipeInstallsInDevEnvironment: Evidence[] = [];
  const pipeInstallsInMeasurement: Evidence[] = [];
  let devContainerInCi = false;
  const vendoredCounts = new Map<string, number>();
  const submodules: Submodule[] = [];
  const scripts: string[] = [];
  /** The package.json files read, which may name a measurement script in their `scripts`. */
  const namers: string[] = [];
  let truncated = false;
  let budget = MAX_TOTAL_BYTES;
  /**
   * Reads a file when it fits in the remaining budget; with `head`, only when its head passes (an extension-less executable
   * that is a compiled program, packaging's tests/manylinux/hello-world-* ELF files, is not read, nor noted as invalid UTF-8).
   */
  const readText = (path: string, maxBytes: number, head?: (text: string) => boolean): string | null => {
    const size = snapshot.size(path);
    if (size === null || size > maxBytes) return null;
    if (size > budget) {
      truncated = true;
      return null;
    }
    budget -= size;
    const r = head ? snapshot.readWhen(path, head) : snapshot.read(path);
    return r?.ok ? r.text : null;
  };

  for (const f of snapshot.files) {
    const base = f.path.slice(f.path.lastIndexOf('/') + 1);
    // Every vendored directory name holds 'vendor', 'third' or 'node_modules': split only those paths.
    if (f.path.includes('vendor') || f.path.includes('third') || f.path.includes('node_modules')) {
      const parts = segments(f.path);
      const v = vendoredAt(parts);
      if (v >= 0) {
        const dir = parts.slice(0, v + 1).join('/');
        vendoredCounts.set(dir, (vendoredCounts.get(dir) ?? 0) + 1);
        continue;
      }
    }
    if (f.kind === 'submodule') {
      submodules.push({ path: f.path, url: null, line: null });
      continue;
    }
    if (f.kind === 'symlink') continue;
    // A manifest among test inputs (testdata/, fixtures/, ...) is a test's input, not the project's.
    let matched = matcherFor(base);
    if (!matched && inRequirementsFolder(f.path, base)) {
      const text = readText(f.path, MAX_SCRIPT_BYTES);
      if (text !== null && requirementsText(text)) matched = REQUIREMENTS_MATCHER;
    }
    const m = matched && !underFolder(f.path, TEST_INPUT_DIRS) ? matched : null;
    if (m && manifests.length >= MAX_MANIFESTS) {
      truncated = true;
    } else if (m) {
      let declares: boolean | null = null;
      const text = m.declares ? readText(f.path, Infinity) : null;
      if (m.declares && text !== null) {
        try {
          declares = m.declares(text);
        } catch {
          declares = null;
        }
      }
      if (m.ecosystem === 'npm' && text !== null) namers.push(text);
      const npmPublish = m.ecosystem === 'npm' && m.kind === 'manifest' && text !== null ? npmPublishOf(text) : null;
      const crateName = m.ecosystem === 'cargo' && m.kind === 'manifest' && text !== null ? cargoPackageName(text) : null;
      const goModule = m.ecosystem === 'go' && m.kind === 'manifest' && text !== null ? goModulePath(text) : null;
      manifests.push({ path: f.path, ecosystem: m.ecosystem, kind: m.kind, declaresDependencies: declares, ...(npmPublish ? { npmPublish } : {}), ...(crateName ? { crateName } : {}), ...(goModule ? { goModule } : {}) });
    }
    if (isScriptCandidate(f.path, base, f.kind)) {
      if (scripts.length < MAX_SCRIPTS) scripts.push(f.path);
      else truncated = true;
    }
  }

  // Submodules as declared in .gitmodules, merged with the index entries.
  const gm = snapshot.get('.gitmodules') ? snapshot.read('.gitmodules') : null;
  if (gm && gm.ok) {
    for (const decl of parseGitmodules(gm.text)) {
      const existing = submodules.find((s) => s.path === decl.path);
      if (existing) {
        existing.url = decl.url;
        existing.line = decl.line;
      } else submodules.push(decl);
    }
  }

  // The file names of measurement scripts that a workflow, a Makefile, another script or a package.json names: those may
  // run in CI, and count as the pipeline's.
  const measurement = (path: string) => underFolder(path, MEASUREMENT_DIRS);
  const measured = new Set(scripts.filter(measurement).map((p) => p.slice(p.lastIndexOf('/') + 1)));
  const named = new Set<string>();
  const noteNamed = (text: string) => {
    for (const name of measured) if (!named.has(name) && text.includes(name)) named.add(name);
  };
  for (const text of namers) noteNamed(text);
  for (const path of scripts) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    // A script is text: a NUL byte in its head is a binary's.
    const text = readText(path, MAX_SCRIPT_BYTES, base.includes('.') ? undefined : (head) => !head.includes('\0'));
    if (text === null || text.includes('\0')) continue;
    if (isDockerfileName(base)) {
      for (const from of parseDockerfileFroms(text)) {
        if (dockerfiles.length >= MAX_FROM_LINES) {
          truncated = true;
          break;
        }
        dockerfiles.push({ path, ...from });
      }
    }
    if (path.startsWith('.github/workflows/') && text.toLowerCase().includes('devcontainer')) devContainerInCi = true;
    if (!measurement(path)) noteNamed(text);
    const list = underFolder(path, TEST_INPUT_DIRS) ? pipeInstallsInTestInputs : path.startsWith(DEV_CONTAINER_DIR) ? pipeInstallsInDevEnvironment : measurement(path) ? pipeInstallsInMeasurement : pipeInstalls;
    for (const hit of findPipeInstalls(text, isMakefileName(base))) {
      if (list.length >= MAX_PIPE_INSTALLS) {
        truncated = true;
        break;
      }
      list.push({ kind: path.startsWith('.github/workflows/') ? 'workflow' : 'file', path, line: hit.line, column: hit.column, detail: hit.detail });
    }
  }

  // A workflow that names a dev container (devcontainers/ci, `devcontainer up`) may run its scripts in CI.
  if (devContainerInCi) pipeInstalls.push(...pipeInstallsInDevEnvironment.splice(0));
  // A measurement script something else names may be run by the pipeline: its pipes count, in the order found.
  const run = pipeInstallsInMeasurement.filter((e) => named.has((e.path ?? '').slice((e.path ?? '').lastIndexOf('/') + 1)));
  pipeInstalls.push(...run);
  const ecosystems = summarise(manifests, snapshot);
  // The registry configuration a publishing script without a registry of its own may take its target from.
  const configPaths = new Set<string>();
  for (const m of manifests) {
    if (!m.npmPublish?.publishScript || m.npmPublish.publishScript.registry !== null) continue;
    const dir = m.path.slice(0, m.path.lastIndexOf('/') + 1);
    for (const f of REGISTRY_CONFIG_FILES) for (const p of [dir + f, f]) if (snapshot.get(p)) configPaths.add(p);
  }
  const registryConfigs: RegistryConfig[] = [...configPaths].sort().map((path) => {
    const text = readText(path, MAX_REGISTRY_CONFIG_BYTES);
    return { path, namesRegistry: text === null ? null : namesRegistry(text) };
  });
  // Only without any manifest: the rules ask what Python scripts import only then.
  const python = ecosystems.length > 0 ? null : readPythonImports(snapshot);
  return {
    manifests,
    ecosystems,
    dockerfiles,
    submodules,
    vendored: [...vendoredCounts].map(([path, files]) => ({ path, files })).sort((a, b) => (a.path < b.path ? -1 : 1)),
    pipeInstalls,
    pipeInstallsInTestInputs,
    pipeInstallsInDevEnvironment,
    pipeInstallsInMeasurement: pipeInstallsInMeasurement.filter((e) => !run.includes(e)),
    truncated,
    ...(python ? { python } : {}),
    ...(registryConfigs.length > 0 ? { registryConfigs } : {}),
  };
}

function summarise(manifests: DependencyManifest[], snapshot: RepoSnapshot): EcosystemSummary[] {
  const by = new Map<string, EcosystemSummary>();
  for (const m of manifests) {
    let e = by.get(m.ecosystem);
    if (!e) by.set(m.ecosystem, (e = { name: m.ecosystem, manifests: [], lockfiles: [], pinned: false }));
    (m.kind === 'lockfile' ? e.lockfiles : e.manifests).push(m.path);
  }
  for (const e of by.values()) {
    e.pinned = e.lockfiles.length > 0;
    if (!e.pinned && e.name === 'pypi') {
      // pip-compile style: requirements files where every requirement pins an exact version.
      // A requirements/ folder's .txt files too (pip-compile's output, requirements/runtime.txt); its .in files are the inputs.
      const reqs = e.manifests.filter((p) => /(^|\/)requirements(?:[^/]*|\/[^/]*)\.txt$/i.test(p));
      if (reqs.length > 0) {
        e.pinned = reqs.every((p) => {
          const r = snapshot.read(p);
          if (!r.ok) return false;
          const lines = requirementLines(r.text);
          return lines.length > 0 && lines.every((l) => pinsExactly(l) || /^-r\s|^--requirement\s|^-c\s/.test(l));
        });
      }
    }
  }
  return [...by.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}

function npmDeclares(text: string): boolean | null {
  const j = parseJsonObject(text);
  if (!j) return null;
  for (const k of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies', 'bundledDependencies']) {
    const v = j[k];
    if (Array.isArray(v) ? v.length > 0 : v && typeof v === 'object' && Object.keys(v).length > 0) return true;
  }
  return false;
}

/**
 * Whether npm would publish a package.json, and where its publishConfig asks for provenance
 * (sigstore-js's packages: `"publishConfig": { "provenance": true }`, which `npm publish` and
 * `changeset publish` honour). `private` is truthy as npm reads it (`"private": "true"` too).
 */
function npmPublishOf(text: string): NpmPublish | null {
  const j = parseJsonObject(text);
  if (!j) return null;
  const publishable = typeof j.name === 'string' && j.name !== '' && !j.private;
  const config = j.publishConfig;
  const provenance = config !== null && typeof config === 'object' && (config as Record<string, unknown>).provenance === true;
  const configRegistry = config !== null && typeof config === 'object' ? (config as Record<string, unknown>).registry : undefined;
  const publishScript = publishScriptOf(text, j.scripts, typeof configRegistry === 'string' ? configRegistry : null);
  return { publishable, provenanceLine: provenance ? keyLine(text, 'publishConfig', 'provenance') : null, ...(publishScript ? { publishScript } : {}) };
}

/** How many scripts are looked at, and the longest command read. */
const MAX_NPM_SCRIPTS = 200;
const MAX_SCRIPT_COMMAND = 2000;

/** Options of npm, pnpm and yarn whose value is the next word (`npm -w b publish`). */
const VALUE_OPTIONS = new Set(['-w', '--workspace', '--filter', '-F', '--prefix', '-C', '--dir', '--cwd']);

/** The first script whose command publishes the package (see publishCommand). */
function publishScriptOf(text: string, scripts: unknown, configRegistry: string | null): NpmPublishScript | null {
  if (scripts === null || typeof scripts !== 'object' || Array.isArray(scripts)) return null;
  for (const [name, command] of Object.entries(scripts as Record<string, unknown>).slice(0, MAX_NPM_SCRIPTS)) {
    if (typeof command !== 'string' || command.length > MAX_SCRIPT_COMMAND) continue;
    const found = publishCommand(command);
    if (found) return { name, command: found.command.slice(0, 200), line: keyLine(text, 'scripts', name), registry: found.registry ?? configRegistry };
  }
  return null;
}

/**
 * The part of a script's command line that publishes: `npm publish`, `pnpm publish`, `yarn publish` or `yarn npm
 * publish` (options between the tool and the verb allowed), or changelogen with `--publish` (which runs the package
 * manager's publish); not `--dry-run`. Its `--registry` option, when it has one.
 */
function publishCommand(command: string): { command: string; registry: string | null } | null {
  for (const part of command.split(/&&|\|\||[;&|\n]/)) {
    const words = part.trim().split(/\s+/);
    let i = 0;
    while (i < words.length && /^[A-Za-z_]\w*=/.test(words[i])) i++;
    if (words[i] === 'npx') i++;
    const tool = words[i];
    const rest = words.slice(i + 1);
    if (rest.includes('--dry-run')) continue;
    const verbs = rest.filter((w, k) => !w.startsWith('-') && !VALUE_OPTIONS.has(rest[k - 1] ?? ''));
    const publishes =
      ((tool === 'npm' || tool === 'pnpm') && verbs[0] === 'publish') ||
      (tool === 'yarn' && (verbs[0] === 'publish' || (verbs[0] === 'npm' && verbs[1] === 'publish'))) ||
      (tool === 'changelogen' && rest.includes('--publish'));
    if (!publishes) continue;
    const at = rest.findIndex((w) => w === '--registry' || w.startsWith('--registry='));
    const registry = at < 0 ? null : rest[at] === '--registry' ? (rest[at + 1] ?? null) : rest[at].slice('--registry='.length);
    return { command: part.trim(), registry };
  }
  return null;
}

/** The line of the `"key"` entry after `"parent"` (1 when it cannot be told). */
function keyLine(text: string, parent: string, key: string): number {
  const from = text.indexOf(JSON.stringify(parent));
  const at = from < 0 ? -1 : text.indexOf(`${JSON.stringify(key)}`, from);
  if (at < 0) return 1;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function composerDeclares(text: string): boolean | null {
  const j = parseJsonObject(text);
  if (!j) return null;
  for (const k of ['require', 'require-dev']) {
    const v = j[k];
    // "php" and "ext-*" entries are platform requirements, not packages.
    if (v && typeof v === 'object' && Object.keys(v).some((name) => name !== 'php' && !name.startsWith('ext-'))) return true;
  }
  return false;
}

function parseJsonObject(text: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * A requirement line that pins one exact version: `name==1.2 ; marker` or `name===1.2 --hash=...`.
 * Read from its first '==' on, so that a long line is read once.
 */
function pinsExactly(line: string): boolean {
  const at = line.indexOf('==');
  if (at < 0) return false;
  const version = /^===?\s*[^\s,;*]+/.exec(line.slice(at));
  if (!version) return false;
  const tail = line.slice(at + version[0].length);
  return /^\s*(?:;.*)?$/.test(tail) || /^(?:\s+--hash=\S+)*\s*\\?$/.test(tail);
}

function cargoDeclares(text: string): boolean {
  return tomlSectionHasEntries(text, /^(workspace\.)?(dev-|build-)?dependencies(\..+)?$|^target\..+\.(dev-|build-)?dependencies(\..+)?$/);
}

/** The `name = "…"` of a Cargo.toml's `[package]` table, or null (a virtual workspace manifest has none). */
export function cargoPackageName(text: string): string | null {
  let inPackage = false;
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t.startsWith('[')) inPackage = t.replace(/\s/g, '') === '[package]';
    else if (inPackage) {
      const m = /^name\s*=\s*["']([A-Za-z0-9_-]{1,64})["']/.exec(t);
      if (m) return m[1];
    }
  }
  return null;
}

/** The module path a go.mod declares on its `module` line (`module go.opentelemetry.io/otel`, or quoted), or null. */
export function goModulePath(text: string): string | null {
  for (const line of text.split('\n')) {
    const m = /^module[ \t]+"?([A-Za-z0-9._~/-]{1,300})"?[ \t]*(?:\/\/.*)?$/.exec(line.trim());
    if (m) return m[1];
  }
  return null;
}

function pyprojectDeclares(text: string): boolean {
  // PEP 621: dependencies = ["x", ...] under [project]; Poetry: [tool.poetry.dependencies] beyond python.
  for (const m of text.matchAll(/^[ \t]*dependencies[ \t]*=[ \t]*\[/gm)) if (listStartsWithString(text, m.index + m[0].length)) return true;
  if (/^[ \t]*\[project\.optional-dependencies\][ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*[A-Za-z0-9_.-]+[ \t]*=[ \t]*\[\s*["']/m.test(text)) return true;
  if (/^[ \t]*\[dependency-groups\][ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*[A-Za-z0-9_.-]+[ \t]*=[ \t]*\[\s*["']/m.test(text)) return true;
  return tomlSectionHasEntries(text, /^tool\.poetry\.(dev-)?dependencies$|^tool\.poetry\.group\..+\.dependencies$/, (key) => key !== 'python');
}

/** After a TOML array's '[': is its first item (past blanks and comment lines) a string? */
function listStartsWithString(text: string, from: number): boolean {
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (c === '#') {
      const eol = text.indexOf('\n', i);
      if (eol < 0) return false;
      i = eol + 1;
    } else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
    else return c === '"' || c === "'";
  }
  return false;
}

/** True when a TOML table whose name matches `section` has at least one key (optionally filtered). */
function tomlSectionHasEntries(text: string, section: RegExp, keep: (key: string) => boolean = () => true): boolean {
  let inSection = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = /^\[\[?([^\]]+)\]/.exec(line);
    if (header) {
      const name = header[1].trim().replace(/["']/g, '');
      inSection = section.test(name);
      // [dependencies.foo] is itself a dependency entry.
      if (inSection && /(^|\.)dependencies\.[^.]+$/.test(name)) return true;
      continue;
    }
    if (inSection) {
      const key = /^["']?([A-Za-z0-9_.-]+)["']?\s*=/.exec(line);
      if (key && keep(key[1])) return true;
    }
  }
  return false;
}

function gradleDeclares(text: string): boolean {
  return /\b(implementation|api|compileOnly|runtimeOnly|testImplementation|testRuntimeOnly|androidTestImplementation|annotationProcessor|kapt|ksp|classpath|compile|testCompile)\s*[('"]/.test(text);
}

/** Requirement lines of a pip requirements file: comments, blanks and pip options removed (except -r/-c includes). */
function requirementLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) continue;
    if (line.startsWith('-') && !/^(-r|--requirement|-c|--constraint|-e|--editable)\s/.test(line)) continue;
    if (/^\s*--hash=/.test(line)) continue;
    out.push(line);
  }
  return out;
}

export function parseGitmodules(text: string): Submodule[] {
  const out: Submodule[] = [];
  let current: Submodule | null = null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && out.length < 10_000; i++) {
    const line = lines[i].trim();
    if (/^\[submodule\b/.test(line)) {
      current = { path: '', url: null, line: i + 1 };
      out.push(current);
      continue;
    }
    if (!current) continue;
    const kv = /^(path|url)\s*=(.*)$/.exec(line);
    if (kv) {
      if (kv[1] === 'path') current.path = kv[2].trim();
      else current.url = kv[2].trim();
    }
  }
  return out.filter((s) => s.path !== '');
}

/** FROM lines of a Dockerfile, following line continuations; stage references and `scratch` are left out. */
export function parseDockerfileFroms(text: string): { line: number; image: string; pinnedByDigest: boolean }[] {
  const out: { line: number; image: string; pinnedByDigest: boolean }[] = [];
  const stages = new Set<string>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const startLine = i + 1;
    let logical = lines[i];
    while (/\\\s*$/.test(logical) && i + 1 < lines.length && logical.length < 8192) {
      logical = logical.replace(/\\\s*$/, ' ') + lines[++i];
    }
    const m = /^\s*FROM\s(.*)$/i.exec(logical);
    if (!m) continue;
    const words = m[1].trim().split(/\s+/).filter((w) => !w.startsWith('--'));
    const image = words[0];
    if (!image) continue;
    const isStageRef = stages.has(image.toLowerCase());
    if (words.length >= 3 && words[1].toLowerCase() === 'as') stages.add(words[2].toLowerCase());
    if (image.toLowerCase() === 'scratch' || isStageRef) continue;
    out.push({ line: startLine, image, pinnedByDigest: /@sha256:[0-9a-f]{64}\b/i.test(image) });
  }
  return out;
}

// A download in one stage of a pipeline, the next stage a shell or an interpreter: `curl … | sudo sh`,
// `iwr … | iex`. Matched stage by stage (one regular expression across the line rescanned the rest
// of the line from every `curl` on it), then `sh -c "$(curl …)"`.
const SHELL_DOWNLOADER = /\b(?:curl|wget)\b/;
const ANY_DOWNLOADER = /\b(?:curl|wget|iwr|Invoke-WebRequest|irm|Invoke-RestMethod)\b/;
const INTO_SHELL = /^\s*(?:sudo\s+(?:-\S+\s+)*)?(?:env\s+[^\s=]+=\S*\s+)*(?:ba|z|da|k)?sh\b/;
const INTO_INTERPRETER = /^\s*(?:sudo\s+)?(?:python3?|perl|ruby|node|iex|Invoke-Expression)\b/;
const SHELL_OF_DOWNLOAD = /\b(?:ba|z)?sh\s+(?:-c\s+)?(?:["']\s*)?[<$]\(\s*(?:curl|wget)\b/;

/** The first download piped into an interpreter on a line: where it starts and its text. */
function pipeInstall(line: string): { index: number; text: string } | null {
  let best: { index: number; text: string } | null = null;
  const sub = SHELL_OF_DOWNLOAD.exec(line);
  if (sub) best = { index: sub.index, text: sub[0] };
  let commandStart = 0;
  for (const command of line.split(/[;&]/)) {
    let stageStart = commandStart;
    const stages = command.split('|');
    for (let k = 0; k + 1 < stages.length; k++) {
      const stage = stages[k];
      const next = stages[k + 1];
      const into = SHELL_DOWNLOADER.test(stage) ? (INTO_SHELL.exec(next) ?? INTO_INTERPRETER.exec(next)) : ANY_DOWNLOADER.test(stage) ? INTO_INTERPRETER.exec(next) : null;
      if (into) {
        const d = (SHELL_DOWNLOADER.test(stage) && INTO_SHELL.test(next) ? SHELL_DOWNLOADER : ANY_DOWNLOADER).exec(stage);
        const index = stageStart + (d?.index ?? 0);
        const end = stageStart + stage.length + 1 + into[0].length;
        if (best === null || index < best.index) best = { index, text: line.slice(index, end) };
        break;
      }
      stageStart += stage.length + 1;
    }
    commandStart += command.length + 1;
  }
  return best;
}

const isBlank = (c: string) => c === ' ' || c === '\t' || c === '\r';

/** Words after which the next word starts a command (`then echo ...`), and make's recipe prefixes. */
const BEFORE_COMMAND = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', 'time']);
/** A pipe into a shell, after a command that printed text (`echo "curl x | sh" | sh`): then the text runs. */
const INTO_A_SHELL = /^\s*(?:sudo\s+)?(?:ba|z|da|k)?sh\b/;

/**
 * The line with the text the shell does not run blanked, columns kept: a trailing comment, and the quoted arguments
 * of echo and printf (helm's Makefile:122 prints `echo "  curl -sSfL .../install.sh | sh -s -- ..."` as a hint).
 * Printed text still counts when it holds a command substitution (`echo "$(curl ... | sh)"`), is piped into a shell,
 * or is written to a file (`> get.sh`), which may run later; printed to the terminal (stdout, `>&2`) it does not.
 */
export function shellRunText(line: string): string {
  if (!line.includes('#') && !line.includes('"') && !line.includes("'")) return line;
  const out = line.split('');
  let quote = '';
  let quoteStart = 0;
  let head: string | null = null;
  let word = '';
  // Quoted arguments of the current echo or printf, blanked when the command ends unless its output may run.
  let printed: Array<[number, number]> = [];
  let written = false;
  const endWord = () => {
    if (head === null && word !== '') {
      const w = word.replace(/^[@+-]+/, '');
      if (w !== '' && !BEFORE_COMMAND.has(w) && !/^[A-Za-z_]\w*=/.test(w)) head = w;
    }
    word = '';
  };
  const endCommand = (runs: boolean) => {
    endWord();
    if (!runs && !written) for (const [a, b] of printed) for (let k = a; k < b; k++) out[k] = ' ';
    printed = [];
    written = false;
    head = null;
  };
  let i = 0;
  for (; i < line.length; i++) {
    const c = line[i];
    if (quote !== '') {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) {
        // A command substitution in double quotes runs (make's escaped \$$( does not).
        if ((head === 'echo' || head === 'printf') && !(quote === '"' && /\$\(|`/.test(line.slice(quoteStart + 1, i).replace(/\\\$+\(/g, ''))))
          printed.push([quoteStart + 1, i]);
        quote = '';
      }
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      quoteStart = i;
      word += 'q';
    } else if (c === '\\') {
      i++;
      word += 'x';
    } else if (c === '#' && (i === 0 || isBlank(line[i - 1]))) {
      endCommand(false);
      for (let k = i; k < line.length; k++) out[k] = ' ';
      return out.join('');
    } else if (c === '>' && line[i + 1] !== '&') {
      endWord();
      written = true;
    } else if (c === '|' && line[i + 1] !== '|') endCommand(INTO_A_SHELL.test(line.slice(i + 1, i + 40)));
    else if (c === ';' || c === '|' || c === '&' || c === '(' || c === ')') endCommand(false);
    else if (isBlank(c)) endWord();
    else word += c;
  }
  endCommand(false);
  return out.join('');
}

/** make's functions that print their argument or stop with it: the text is a message, never run. */
const MAKE_MESSAGE = /\$[({](?:warning|info|error)\s/g;

/**
 * The line with the messages of make's $(warning ...), $(info ...) and $(error ...) blanked, columns kept: cobra's
 * Makefile:5 warns `$(warning "could not find golangci-lint ..., run: curl -sfL .../golangci-lint.sh | sh")`. A message
 * that holds $(shell ...) is kept: make runs that.
 */
export function makeRunText(line: string): string {
  if (!line.includes('$')) return line;
  const out = line.split('');
  // Each character is scanned once: a message nested in one already read is skipped, and an unclosed one ends the line.
  let scanned = 0;
  for (const m of line.matchAll(MAKE_MESSAGE)) {
    if (m.index < scanned) continue;
    const open = line[m.index + 1];
    const close = open === '(' ? ')' : '}';
    let depth = 1;
    let end = m.index + 2;
    for (; end < line.length && depth > 0; end++) {
      if (line[end] === open) depth++;
      else if (line[end] === close) depth--;
    }
    if (depth > 0) break;
    scanned = end;
    if (/\$[({]shell\s/.test(line.slice(m.index + m[0].length, end - 1))) continue;
    for (let k = m.index; k < end; k++) out[k] = ' ';
  }
  return out.join('');
}

/** Downloads piped straight into a shell or interpreter; in a Makefile (`make`), not those in make's messages. */
export function findPipeInstalls(text: string, make = false): { line: number; column: number; detail: string }[] {
  const out: { line: number; column: number; detail: string }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && out.length < 50; i++) {
    const line = lines[i];
    if (line.length > 4096 || !/curl|wget|iwr|invoke-/i.test(line)) continue;
    if (/^\s*#(?!!)/.test(line)) continue; // a comment, in shell, YAML, Dockerfile and make
    const m = pipeInstall(shellRunText(make ? makeRunText(line) : line));
    if (!m) continue;
    const text = line.slice(m.index, m.index + m.text.length);
    const shown = text.length > 120 ? text.slice(0, 117) + '...' : text;
    out.push({ line: i + 1, column: m.index + 1, detail: `download piped into an interpreter: "${shown}"` });
  }
  return out;
}
