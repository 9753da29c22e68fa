// The result file a sign-only run is asked to sign (a workflow artifact from an earlier job):
// it must be a regular file of bounded size holding a result document that meets
// schemas/result.schema.json, or the step fails with a clear reason before anything is signed.
import { lstatSync, readFileSync } from 'node:fs';
import { result as validate } from '../validators/result.js';

const MAX_RESULT_BYTES = 20 * 1024 * 1024;

export class ResultFileError extends Error {}

export function checkResultFile(path: string): void {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    throw new ResultFileError(`result-file ${path} does not exist (mode sign-only signs an existing result)`);
  }
  if (!st.isFile()) throw new ResultFileError(`result-file ${path} is not a regular file`);
  if (st.size > MAX_RESULT_BYTES) throw new ResultFileError(`result-file ${path} is larger than ${MAX_RESULT_BYTES / 1024 / 1024} MiB`);
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ResultFileError(`result-file ${path} is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!validate(doc)) {
    const first = (validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
    throw new ResultFileError(`result-file ${path} is not a Security Slam result (schemas/result.schema.json): ${first.join('; ')}`);
  }
}
