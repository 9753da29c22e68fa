// The folders of a repository's tests, by name. Test inputs (testdata/, fixtures/, golden/,
// corpus/ and OSS-Fuzz's corpora/, samples/, the test-resources/ of Gradle and Kotlin builds) are
// data the tests read: a binary there is an input, and a script there is not run by the build. The
// folders of the tests themselves (test/, e2e/, spec/) hold code that runs, in the test suite.
// A folder named for tests in a compound (rustls's test-ca/, ktor's ktor-test-server/) or whose own
// README opens by saying it holds test material (rustls's bogo/, "the TLS test suite for boringssl")
// is one of the tests' too: see testMaterialFolders.
import type { RepoSnapshot } from './snapshot.ts';

/** Folders of test inputs. */
export const TEST_INPUT_DIRS: ReadonlySet<string> = new Set([
  'testdata', 'test-data', 'test_data', 'fixtures', '__fixtures__', 'testfixtures', 'golden', 'goldens', 'corpus', 'corpora', 'samples',
  'test-resources', 'testresources', 'test_resources',
]);

/** Folders of tests: their inputs and their code. */
export const TEST_DIRS: ReadonlySet<string> = new Set([...TEST_INPUT_DIRS, 'test', 'tests', '__tests__', 'spec', 'specs', 'e2e', 'testing']);

/** True when one of the folders above `path` (not the file itself) has one of these names, in any case. */
export function underFolder(path: string, dirs: ReadonlySet<string>): boolean {
  const parts = path.split('/');
  for (let i = 0; i < parts.length - 1; i++) if (dirs.has(parts[i].toLowerCase())) return true;
  return false;
}

/** Words that name a folder for tests when they are one of its name's parts. */
const TEST_WORDS: ReadonlySet<string> = new Set(['test', 'tests', 'testing', 'testdata', 'fixture', 'fixtures']);

/** A folder name that opens with a word for a stand-in, which serves the tests: dummyserver/, fakeserver/, mock_backend/. */
const STAND_IN = /^(?:dummy|fake|mock)/;

/**
 * True for a folder name one of whose `-`, `_` or `.` separated words says test: test-ca, test_certs,
 * rustls-test, e2e-tests. A word inside another (contest, latest, pytest) does not count. A stand-in's
 * folder (urllib3's dummyserver/, its test HTTP server with its throwaway keys) is the tests' too.
 */
export function testNamedFolder(name: string): boolean {
  const lower = name.toLowerCase();
  if (STAND_IN.test(lower)) return true;
  if (!lower.includes('test') && !lower.includes('fixture')) return false;
  return lower.split(/[-_.]/).some((w) => TEST_WORDS.has(w));
}

/** Words of a data file's name that say what it holds is for the tests when the name says data too: fuzz_data, fuzz-corpus. */
const FUZZ_WORDS: ReadonlySet<string> = new Set(['fuzz', 'fuzzing', 'fuzzer']);
const DATA_WORDS: ReadonlySet<string> = new Set(['data', 'corpus', 'corpora', 'seeds', 'inputs']);

/**
 * True for a data file whose own name (before its first dot) says it is the tests' input: test_data.zip, test_corpus.zip,
 * testdata.tar (a word of testNamedFolder's), fuzz_data.zip (a fuzzing word and a data word). brotli keeps its test
 * corpora as java/org/brotli/integration/test_data.zip and js/test_data.tar. "latest.bin" and "contest.zip" are not.
 */
export function testNamedData(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const dot = base.indexOf('.');
  const name = dot < 0 ? base : base.slice(0, dot);
  if (!name.includes('test') && !name.includes('fixture') && !name.includes('fuzz')) return false;
  const words = name.split(/[-_]/);
  return words.some((w) => TEST_WORDS.has(w)) || (words.some((w) => FUZZ_WORDS.has(w)) && words.some((w) => DATA_WORDS.has(w)));
}

/** Folders named for fuzzing, and the folders of a fuzzer's inputs below them. */
const FUZZ_DIRS: ReadonlySet<string> = new Set(['fuzz', 'fuzzing', 'fuzzer', 'fuzzers']);
const FUZZ_INPUT_DIRS: ReadonlySet<string> = new Set(['regressions', 'regression', 'crashes', 'artifacts', 'seeds', 'inputs', 'testcases']);

/**
 * True for a fuzzer's input: a file in a folder of inputs below a fuzzing folder (regex's
 * fuzz/regressions/clusterfuzz-testcase-minimized-*, cargo-fuzz's fuzz/artifacts/, fuzz/crashes/). The bytes that once crashed a
 * fuzz target are the tests' input, as a corpus/ is; a fuzz/ folder alone (its targets, a build script) is not.
 */
export function fuzzInput(path: string): boolean {
  const parts = path.toLowerCase().split('/');
  const fuzz = parts.findIndex((p, i) => i < parts.length - 1 && FUZZ_DIRS.has(p));
  if (fuzz < 0) return false;
  for (let i = fuzz + 1; i < parts.length - 1; i++) if (FUZZ_INPUT_DIRS.has(parts[i])) return true;
  return false;
}

/** True when one of the folders above `path` is named for tests in a compound (testNamedFolder). */
export function underTestNamedFolder(path: string): boolean {
  const parts = path.split('/');
  for (let i = 0; i < parts.length - 1; i++) if (testNamedFolder(parts[i])) return true;
  return false;
}

const README = /^readme(?:\.(?:md|markdown|rst|txt))?$/i;
/** A README title that names tests ("Rustls Test CA", "Testing Certificates", "Certificate Test Data"). */
const TITLE_TEST = /\btest(?:s|ing)?\b/i;
/**
 * An opening paragraph that says the folder holds test material: "is the TLS test suite for
 * boringssl", "contains various test certificate authorities", "used by the integration tests".
 */
const OPENING_TEST = /\b(?:is|are) (?:the|an?) (?:[\w-]+ ){0,3}test suite\b|\btest (?:cas?|certificate authorit(?:y|ies)|certs?|certificates?|keys?|data|fixtures?|vectors?|inputs?)\b|\bused (?:by|in) (?:the )?(?:[\w-]+ ){0,3}tests\b/i;
/** READMEs looked at, at most: a tree of 100,000 folders must stay fast. */
const MAX_READMES = 2000;

/** A README's first heading and first paragraph of prose, as one line. */
function opening(text: string): { title: string; prose: string } {
  let title = '';
  const prose: string[] = [];
  for (const raw of text.split('\n', 60)) {
    const line = raw.trim();
    if (line === '') {
      if (prose.length > 0) break;
    } else if (line.startsWith('#')) {
      if (prose.length > 0) break;
      if (title === '') title = line.replace(/^#+/, '');
    } else if (/^[=~-]{3,}$/.test(line)) {
      // A reStructuredText or setext title's underline (or overline): the line before was its text.
      if (prose.length === 1 && title === '') title = prose.pop() ?? '';
      else if (prose.length > 0) break;
    } else prose.push(line);
  }
  return { title, prose: prose.join(' ') };
}

const memo = new WeakMap<RepoSnapshot, ReadonlySet<string>>();

/**
 * Folders (each with a trailing slash) whose own README says, in its title or its opening
 * paragraph, that they hold test material. The repository's root README describes the project, not
 * a folder, and is not read; a README whose opening says nothing of tests makes nothing a test folder.
 */
export function testMaterialFolders(snap: RepoSnapshot): ReadonlySet<string> {
  const known = memo.get(snap);
  if (known) return known;
  const folders = new Set<string>();
  let looked = 0;
  for (const f of snap.files) {
    if (f.kind !== 'file' && f.kind !== 'executable') continue;
    const slash = f.path.lastIndexOf('/');
    if (slash < 0 || !README.test(f.path.slice(slash + 1))) continue;
    if (++looked > MAX_READMES) break;
    const says = (head: string) => {
      const o = opening(head);
      return TITLE_TEST.test(o.title) || OPENING_TEST.test(o.prose);
    };
    const r = snap.readWhen(f.path, says);
    if (r?.ok) folders.add(f.path.slice(0, slash + 1));
  }
  memo.set(snap, folders);
  return folders;
}

/** True when `path` is inside one of `folders` (as testMaterialFolders gives them). */
export function inFolders(path: string, folders: ReadonlySet<string>): boolean {
  if (folders.size === 0) return false;
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) if (folders.has(path.slice(0, i + 1))) return true;
  return false;
}
