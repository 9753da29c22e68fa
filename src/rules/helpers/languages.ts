// The programming languages of the project's own code (vendored and generated paths left out), and
// whether each has a package manager with a dependency list (OSPS-BR-05.01, OSPS-QA-02.01).
import type { Facts } from '../../facts/types.ts';
import type { Evidence } from '../../model/evidence.ts';
import { fileEvidence } from './evidence.ts';

export interface CodeLanguage {
  name: string;
  /** The language has a standard package manager with a dependency list (OSPS-QA-02.01's "when supported"). */
  packageManager: boolean;
  files: number;
  example: string;
}

const LANGUAGES: { name: string; exts: string[]; packageManager: boolean }[] = [
  { name: 'JavaScript/TypeScript', exts: ['js', 'mjs', 'cjs', 'jsx', 'ts', 'tsx', 'mts', 'cts'], packageManager: true },
  { name: 'Python', exts: ['py'], packageManager: true },
  { name: 'Go', exts: ['go'], packageManager: true },
  { name: 'Rust', exts: ['rs'], packageManager: true },
  { name: 'Java/Kotlin/Scala', exts: ['java', 'kt', 'kts', 'scala'], packageManager: true },
  { name: 'Ruby', exts: ['rb'], packageManager: true },
  { name: 'PHP', exts: ['php'], packageManager: true },
  { name: 'C#/F#', exts: ['cs', 'fs'], packageManager: true },
  { name: 'Swift', exts: ['swift'], packageManager: true },
  { name: 'Dart', exts: ['dart'], packageManager: true },
  { name: 'Elixir', exts: ['ex', 'exs'], packageManager: true },
  { name: 'Haskell', exts: ['hs', 'lhs'], packageManager: true },
  { name: 'C/C++', exts: ['c', 'h', 'cc', 'cpp', 'cxx', 'hpp', 'hh'], packageManager: false },
  { name: 'Shell', exts: ['sh', 'bash', 'zsh', 'ps1'], packageManager: false },
];

const LANGUAGE_BY_EXT = new Map(LANGUAGES.flatMap((l) => l.exts.map((e) => [e, l] as const)));

/**
 * Directories whose code is not the project's own (vendored, fixtures, generated), and the top-level packaging/ folder,
 * whose recipes wrap the software for another package manager (libsodium's packaging/dotnet-core/: a NuGet project and
 * the C# program that tests the package, built by a project its workflow generates).
 */
const NOT_OWN = /(^|\/)(node_modules|vendor|third[_-]?party|testdata|fixtures?|examples?|dist|build)\/|^packaging\//i;

/** Computed once per facts object: three rules ask, and a repository can have 100,000 files. */
const LANGUAGE_CACHE = new WeakMap<Facts, CodeLanguage[]>();

/** Languages of the project's own source files, by extension (config files like *.config.js count too). */
export function codeLanguages(facts: Facts): CodeLanguage[] {
  const cached = LANGUAGE_CACHE.get(facts);
  if (cached) return cached.map((l) => ({ ...l }));
  const out = new Map<string, CodeLanguage>();
  for (const f of facts.files) {
    if (f.kind === 'submodule') continue;
    const dot = f.path.lastIndexOf('.');
    if (dot < 0 || dot < f.path.lastIndexOf('/')) continue; // no extension: no language by extension
    if (NOT_OWN.test(f.path)) continue;
    const lang = LANGUAGE_BY_EXT.get(f.path.slice(dot + 1).toLowerCase());
    if (!lang) continue;
    const cur = out.get(lang.name);
    if (cur) cur.files++;
    else out.set(lang.name, { name: lang.name, packageManager: lang.packageManager, files: 1, example: f.path });
  }
  const langs = [...out.values()];
  LANGUAGE_CACHE.set(facts, langs);
  return langs.map((l) => ({ ...l }));
}

/**
 * Evidence that the project's Python files, with no Python manifest, import only the standard library and modules of the
 * repository (libexpat's two helper scripts): they have no third-party dependency to list or ingest. Null otherwise.
 */
export function stdlibOnlyPython(facts: Facts): Evidence | null {
  const py = facts.dependencies.python;
  if (!py || py.thirdParty !== null) return null;
  const n = py.files.length;
  const at = py.sample ? { path: py.sample.path, line: py.sample.line } : { path: py.files[0], line: 1 };
  const shown = py.sample ? ` (${py.sample.modules.join(', ')})` : '';
  return fileEvidence(at.path, `the ${n} Python file(s) import only the standard library${shown} and modules of the repository: no third-party dependency`, at.line);
}
