// OSPS-QA-02.01: A list of direct dependencies.
// Pass when a recognised manifest exists (listing ecosystems and paths; a setup.cfg or pyproject.toml that declares no
// dependency, tool settings only, is not cited beside one that does). Without one: fail when the
// project has code in a language whose package manager supports a dependency list (the catalog's
// "when the package management system supports it"); not-applicable when it has no such code (only
// C/C++, shell, or no code), since no standard dependency list exists there, nor for Python scripts that import only the
// standard library (facts/python-imports.ts: libexpat's helpers). Security Insights
// `repository.no-third-party-packages: true` without a manifest is attested. The manifests of tests, examples and templates
// are cited only for an ecosystem that has no other: they list what a fixture or a user's copy needs, not the project.
import type { Facts } from '../facts/types.ts';
import { TEST_DIRS, underFolder } from '../facts/test-folders.ts';
import { capEvidence, fileEvidence, shallowestFirst } from './helpers/evidence.ts';
import { insightsEvidence, insightsField } from './helpers/insights.ts';
import { codeLanguages, stdlibOnlyPython } from './helpers/languages.ts';
import { attested, fail, notApplicable, type Outcome, pass } from './types.ts';

export const id = 'OSPS-QA-02.01';

/** Manifests that are as often only the settings of tools (flake8, black, pytest) as a list of dependencies. */
const TOOL_CONFIG = /(?:^|\/)(?:setup\.cfg|pyproject\.toml)$/;

/**
 * Folders whose manifests are not the project's dependency list: the tests' sample packages (pypa/pip's
 * tests/data/packages/NAME/setup.py, pypa/build's tests/packages/legacy/setup.py), examples (vitest's examples/basic/package.json)
 * and templates a user copies (jekyll's lib/theme_template/Gemfile).
 */
const NOT_OWN_DIRS: ReadonlySet<string> = new Set([...TEST_DIRS, 'example', 'examples', 'demo', 'demos', 'template', 'templates']);
const TEMPLATE_DIR = /[-_]templates?$/i;

function notOwn(path: string): boolean {
  return underFolder(path, NOT_OWN_DIRS) || path.split('/').slice(0, -1).some((d) => TEMPLATE_DIR.test(d));
}

/** The project's own manifests of an ecosystem, or all of them when it has none of its own. */
function ownFirst(paths: string[]): string[] {
  const own = paths.filter((p) => !notOwn(p));
  return own.length > 0 ? own : paths;
}

export function evaluate(facts: Facts): Outcome {
  const eco = facts.dependencies.ecosystems.filter((e) => e.manifests.length > 0);
  if (eco.length > 0) {
    // At the same depth, the files that list dependencies come first (a .cabal file before cabal.project).
    const lists = new Set(facts.dependencies.manifests.filter((m) => m.declaresDependencies === true).map((m) => m.path));
    // A file that doubles as tool configuration, read and found to declare nothing (urllib3's setup.cfg, flake8 settings
    // only), is no list when another of its ecosystem is one. A go.mod, Cargo.toml or setup.py is the package's manifest
    // even then (a workspace root, or install_requires taken from a variable, which is not read).
    const empty = new Set(facts.dependencies.manifests.filter((m) => m.declaresDependencies === false && TOOL_CONFIG.test(m.path)).map((m) => m.path));
    const cited = (paths: string[]) => (paths.some((p) => lists.has(p)) ? paths.filter((p) => !empty.has(p)) : paths);
    const rank = (p: string) => p.split('/').length * 2 - (lists.has(p) ? 1 : 0);
    const first = (paths: string[]) => paths.sort((a, b) => rank(a) - rank(b));
    // The ecosystem with the shallowest manifest first: dapr's root go.mod before a test app's composer.json.
    // An ecosystem of tests' or examples' manifests only comes after every other.
    const depth = (e: (typeof eco)[number]) => (e.manifests.every(notOwn) ? 1000 : 0) + Math.min(...ownFirst(e.manifests).map((m) => m.split('/').length));
    const ordered = eco.map((e, i) => ({ e, i, d: depth(e) })).sort((a, b) => a.d - b.d || a.i - b.i);
    return pass(capEvidence(ordered.flatMap(({ e }) => first(shallowestFirst(cited(ownFirst(e.manifests)))).slice(0, 3).map((m) => fileEvidence(m, `${e.name} dependency list`, 1)))));
  }
  // Python scripts that import only the standard library (libexpat's test and build helpers) have nothing to list.
  const stdlib = stdlibOnlyPython(facts);
  const langs = codeLanguages(facts).filter((l) => l.packageManager && !(stdlib && l.name === 'Python'));
  const none = insightsField(facts, 'repository.no-third-party-packages');
  if (langs.length > 0) {
    if (none?.value === true)
      return attested([insightsEvidence(facts, 'repository.no-third-party-packages', 'the project declares it uses no third-party packages')]);
    // The Python files were read (a few scripts): the import that needs a manifest is the evidence, not the first file
    // (libevent's extra/release/changelog.py imports git, GitPython; its event_rpcgen.py only the standard library).
    const imported = facts.dependencies.python?.thirdParty ?? null;
    return fail(
      langs.map((l) =>
        l.name === 'Python' && imported
          ? fileEvidence(imported.path, `${l.files} ${l.name} file(s) but no dependency manifest, and this one imports ${imported.module}, which is neither the standard library nor a module of the repository`, imported.line)
          : fileEvidence(l.example, `${l.files} ${l.name} file(s) but no dependency manifest`),
      ),
      `Add the ecosystem's dependency manifest listing the direct dependencies (${langs.map((l) => MANIFEST_HINT[l.name] ?? 'its manifest').join(', ')}).`,
    );
  }
  const other = codeLanguages(facts).filter((l) => !l.packageManager);
  return notApplicable(
    other.length > 0
      ? `no dependency manifest, and the code (${other.map((l) => l.name).join(', ')}) has no standard package manager with a dependency list${stdlib ? '; its Python scripts need none' : ''}`
      : `no source code in a language with a package manager${stdlib ? ' beyond Python scripts that need none' : ''}, and no dependency manifest`,
    stdlib ? [stdlib] : [],
  );
}

const MANIFEST_HINT: Record<string, string> = {
  'JavaScript/TypeScript': 'package.json',
  Python: 'pyproject.toml or requirements.txt',
  Go: 'go.mod',
  Rust: 'Cargo.toml',
  'Java/Kotlin/Scala': 'pom.xml or build.gradle',
  Ruby: 'Gemfile',
  PHP: 'composer.json',
  'C#/F#': 'a .csproj with PackageReference',
  Swift: 'Package.swift',
  Dart: 'pubspec.yaml',
  Elixir: 'mix.exs',
  Haskell: 'a .cabal file with build-depends',
};
