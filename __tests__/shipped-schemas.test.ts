// Every JSON Schema this project ships is valid against its meta-schema and compiles in strict
// mode: the evaluation compiles them without that check (src/facts/shipped-schema.ts), so it is
// made here, once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { SHIPPED_SCHEMA } from '../src/facts/shipped-schema.ts';
import { validateDocument } from '../src/facts/security-insights/schema.ts';

const dir = join(import.meta.dirname, '..', 'schemas');
const files = readdirSync(dir).filter((f) => f.endsWith('.schema.json'));

describe('shipped schemas', () => {
  it('are all valid against the 2020-12 meta-schema', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    const ajv = new Ajv2020({ strict: false, validateSchema: true });
    for (const f of files) {
      const schema = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      expect(ajv.validateSchema(schema), `${f}: ${ajv.errorsText(ajv.errors)}`).toBe(true);
    }
  });

  it('a schema the meta-schema rejects is caught here, not only by a run that validated it', () => {
    const ajv = new Ajv2020({ strict: false, validateSchema: true });
    expect(ajv.validateSchema({ type: 'objekt', minItems: -1 })).toBe(false);
    // The run's options compile such a schema without complaint: this test is the check.
    const run = new Ajv2020({ strict: false, ...SHIPPED_SCHEMA });
    addFormats(run);
    expect(() => run.compile({ minItems: -1 })).not.toThrow();
  });

  it('answers the same with the run options as with the defaults', () => {
    const si = JSON.parse(readFileSync(join(dir, 'security-insights-2.x.schema.json'), 'utf8'));
    const plain = new Ajv2020({ allErrors: true, strict: true, strictTuples: false, verbose: true });
    addFormats(plain, ['date']);
    const validate = plain.compile(si);
    for (const doc of [{}, { header: { 'schema-version': '2.0.0' } }, { header: { 'schema-version': 2, 'last-updated': 'not a date' }, project: { name: 5 } }]) {
      const expected = validate(doc) ? [] : (validate.errors ?? []);
      expect(validateDocument(doc).map((e) => [e.instancePath, e.schemaPath, e.keyword, e.message])).toEqual(expected.map((e) => [e.instancePath, e.schemaPath, e.keyword, e.message]));
    }
  });
});
