// The folders of a repository's tests, by name. Test inputs (testdata/, fixtures/, golden/,
// corpus/ and OSS-Fuzz's corpora/, samples/, the test-resources/ of Gradle and Kotlin builds) are
// data the tests read: a binary there is an input, and a script there is not run by the build. The
// folders of the tests themselves (test/, e2e/, spec/) hold code that runs, in the test suite.

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
