// Compiled JSON Schemas for tests: our result schema and the shared SARIF 2.1.0 schema. Each is
// compiled once per worker (50-190 ms each) and shared: a validator keeps no state between calls
// but `errors`, which describes the call just made.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { REFERENCE } from './repo.ts';

export function ajv(options: { validateSchema?: boolean } = {}): Ajv2020 {
  const a = new Ajv2020({ allErrors: true, strict: false, validateSchema: options.validateSchema ?? true });
  (addFormats as unknown as (a: Ajv2020) => void)(a);
  return a;
}

const compiled = new Map<string, ValidateFunction>();
function once(key: string, compile: () => ValidateFunction): ValidateFunction {
  let v = compiled.get(key);
  if (!v) compiled.set(key, (v = compile()));
  return v;
}

export function resultValidator() {
  return once('result', () => ajv().compile(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'schemas', 'result.schema.json'), 'utf8'))));
}

/** The shared reference folder, or a clear failure in CI / a skip reason elsewhere. */
export function reference(path: string): string | null {
  const p = join(REFERENCE, path);
  if (existsSync(p)) return p;
  if (process.env.CI) throw new Error(`shared reference missing: ${p} (CI expects ../shared/reference beside the repository)`);
  console.warn(`skipping: shared reference not found at ${p}`);
  return null;
}

export function sarifValidator() {
  const p = reference('sarif/sarif-schema-2.1.0.json');
  if (!p) return null;
  return once(`sarif ${p}`, () => {
    // The published schema misplaces an `anyOf` under region.properties (as GitHub's copy does);
    // meta-validation would reject the schema itself, so it is compiled as it stands.
    const schema = JSON.parse(readFileSync(p, 'utf8'));
    const region = schema.definitions?.region;
    if (region?.properties?.anyOf) {
      region.anyOf = region.properties.anyOf;
      delete region.properties.anyOf;
    }
    return ajv().compile(schema);
  });
}

/** Our JSON Schema of a Gemara v1.4.1 EvaluationLog, with the shared Gemara definitions it uses. */
export function gemaraEvaluationLogValidator() {
  return once('gemara', () => {
    const read = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'schemas', name), 'utf8'));
    const a = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
    (addFormats as unknown as (a: Ajv2020) => void)(a);
    a.addSchema(read('gemara-common.schema.json'));
    return a.compile(read('gemara-evaluationlog.schema.json'));
  });
}
