// OpenAPI, Swagger and AsyncAPI descriptions of the project's interface (OSPS-SA-02.01). A file is a
// candidate by its name (openapi.yaml, api/swagger.json, asyncapi.yml), outside vendored code, tests
// and dependency records, and counts only when it holds the `openapi`, `swagger` or `asyncapi` key
// that every such description has at its top level. go-github's
// openapi_operations.yaml, a list of the GitHub API operations the client wraps, has neither.
import type { RepoSnapshot } from './snapshot.ts';
import { TEST_DIRS, underFolder } from './test-folders.ts';

export interface InterfaceSpec {
  path: string;
  format: 'openapi' | 'swagger' | 'asyncapi';
}

const SPEC_NAME = /(?:^|\/)[^/]*(?:openapi|swagger|asyncapi)[^/]*\.(?:ya?ml|json)$/i;

/**
 * Folders whose specs are not the project's interface: vendored code, and a test's inputs or expected output (ktor's
 * ktor-server-routing-openapi/jvm/test-resources/expected/openapi.json, what the plugin's tests must generate), and
 * licensed's cache of its dependencies' licenses, a file per dependency named after it (actions/checkout's
 * .licenses/npm/@octokit/openapi-types.dep.yml).
 */
export const NOT_SPEC_DIRS: ReadonlySet<string> = new Set([...TEST_DIRS, 'node_modules', 'vendor', 'third_party', 'test-resources', 'test_resources', 'testresources', 'expected', '.licenses']);

/** The version key a description opens with: at the start of a YAML line, or as a JSON member. */
const YAML_KEY = /^["']?(openapi|swagger|asyncapi)["']?[ \t]*:/m;
const JSON_KEY = /"(openapi|swagger|asyncapi)"[ \t\r\n]*:/;

/** Candidates read at most, and the bytes of each and of all: a tree of generated clients may hold thousands. */
const MAX_CANDIDATES = 200;
const MAX_FILE_BYTES = 4 * 1024 * 1024;
const MAX_TOTAL_BYTES = 32 * 1024 * 1024;

/**
 * The interface descriptions of the tree, by name and by the version key they hold: in the head, or anywhere at the top
 * level, since generators that sort keys put it late (kubescape's go-swagger httphandler/docs/swagger.yaml: `swagger:
 * "2.0"` at line 532, after `definitions:`).
 */
export function findInterfaceSpecs(snap: RepoSnapshot): InterfaceSpec[] {
  const out: InterfaceSpec[] = [];
  let candidates = 0;
  let total = 0;
  for (const f of snap.files) {
    if (f.kind === 'submodule' || !SPEC_NAME.test(f.path) || underFolder(f.path, NOT_SPEC_DIRS)) continue;
    if (++candidates > MAX_CANDIDATES || total >= MAX_TOTAL_BYTES) break;
    const r = snap.readBytes(f.path, MAX_FILE_BYTES);
    if (!r.ok) continue;
    total += r.bytes.length;
    const text = r.bytes.toString('utf8');
    const m = (f.path.toLowerCase().endsWith('.json') ? JSON_KEY : YAML_KEY).exec(text) ?? JSON_KEY.exec(text);
    if (m) out.push({ path: f.path, format: m[1] as InterfaceSpec['format'] });
  }
  return out;
}
