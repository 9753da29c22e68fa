// Every JSON Schema this project ships is valid against its meta-schema: the build compiles them
// into src/validators/ without that check (src/dev/compile-schemas.ts), so it is made here, once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

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
});
