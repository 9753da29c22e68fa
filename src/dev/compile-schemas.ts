// Compiles the JSON Schemas of schemas/ that a run validates against into JavaScript, once, at build
// time (Ajv's standalone code), into src/validators/. Compiling the Security Insights schema at run
// time took about 55 ms of every evaluation of a project that has the file, and loaded Ajv's
// compiler (290 KB) into the run; the compiled module loads and first validates in about 8 ms.
//
// Each unit keeps the Ajv options its caller used when it compiled at run time, so every answer
// (valid or not, and each error with its message and, where asked, its schema) stays the same;
// __tests__/validators.test.ts checks that against Ajv compiling at test time, and that the
// committed files are what this script writes. `npm run build` runs it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import { _ } from 'ajv/dist/compile/codegen/index.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import formatsPlugin from 'ajv-formats';

export interface SchemaUnit {
  /** The module written to src/validators/<file>.js, with its .d.ts. */
  file: string;
  /** Files of schemas/, all added to one Ajv instance so that they can refer to each other. */
  schemas: string[];
  options: Options;
  /** ajv-formats: every format, or only these. */
  formats: 'all' | string[] | null;
  /** Export name -> the $id of the schema it validates. */
  exports: Record<string, string>;
  /** Also export each definition of the first schema, as def_<Name>. */
  defs?: boolean;
}

const SI_ID = 'https://security-slam.dev/schemas/security-insights-2.x.schema.json';
const RESULT_ID = 'https://github.com/security-slam/security-slam-action/schemas/result.schema.json';
const PREDICATE_ID = 'https://github.com/security-slam/security-slam-action/schemas/result-predicate.schema.json';
const EVENT_ID = 'https://github.com/security-slam/security-slam-action/schemas/event.schema.json';
const CONFIG_ID = 'https://github.com/security-slam/security-slam-action/schemas/slam-config.schema.json';

export const UNITS: readonly SchemaUnit[] = [
  {
    // src/facts/security-insights/schema.ts. strictTuples is off because CUE's [#X, ...] is an open
    // tuple; verbose, because the messages quote the schema's descriptions.
    file: 'security-insights',
    schemas: ['security-insights-2.x.schema.json'],
    options: { allErrors: true, strict: true, strictTuples: false, verbose: true },
    formats: ['date'],
    exports: { document: SI_ID },
    defs: true,
  },
  {
    // src/facts/assessment/gemara.ts
    file: 'gemara',
    schemas: ['gemara-common.schema.json', 'gemara-threat-catalog.schema.json', 'gemara-capability-catalog.schema.json'],
    options: { allErrors: true, strict: true, strictRequired: false },
    formats: 'all',
    exports: {
      threat: 'urn:security-slam-action:schema:gemara-threat-catalog:1.4.1',
      capability: 'urn:security-slam-action:schema:gemara-capability-catalog:1.4.1',
    },
  },
  // src/config/load.ts
  { file: 'slam-config', schemas: ['slam-config.schema.json'], options: { allErrors: true, strict: true }, formats: null, exports: { config: CONFIG_ID } },
  // src/attestation/result-file.ts and src/organizer/verify-event.ts: the first problem is enough.
  { file: 'result', schemas: ['result.schema.json'], options: { allErrors: false, strict: false }, formats: 'all', exports: { result: RESULT_ID } },
  // src/attestation/statement.ts
  { file: 'result-predicate', schemas: ['result-predicate.schema.json'], options: { allErrors: true, strict: true }, formats: null, exports: { predicate: PREDICATE_ID } },
  // src/organizer/event.ts
  { file: 'event', schemas: ['event.schema.json'], options: { allErrors: true, strict: true }, formats: 'all', exports: { event: EVENT_ID } },
];

const root = join(import.meta.dirname, '..', '..');
export const VALIDATORS_DIR = join(root, 'src', 'validators');

type Json = Record<string, unknown>;
const readSchema = (file: string): Json => JSON.parse(readFileSync(join(root, 'schemas', file), 'utf8')) as Json;
const addFormats = ((formatsPlugin as unknown as { default?: unknown }).default ?? formatsPlugin) as (a: Ajv2020, f?: string[]) => unknown;
const standalone = ((standaloneCode as unknown as { default?: unknown }).default ?? standaloneCode) as (a: Ajv2020, refs: Record<string, string>) => string;

// The generated code reaches Ajv's run-time helpers and ajv-formats with require(). An ES module has
// no require, so each becomes an import of the module's namespace; __cjs gives the exports object
// whether Node (default = module.exports) or webpack (the exports object itself) built the namespace.
const REQUIRE = /require\("([^"]+)"\)/g;
const CJS_HELPER = 'const __cjs = (ns) => (ns.default !== undefined && ns.default.__esModule ? ns.default : ns);';

/** The module text and its declarations for one unit. */
export function compileUnit(unit: SchemaUnit): { js: string; dts: string } {
  const ajv = new Ajv2020({
    ...unit.options,
    // The meta-schema check runs in __tests__/shipped-schemas.test.ts; code.formats names the formats
    // the generated code calls (ajv-formats' own table).
    validateSchema: false,
    code: { source: true, esm: true, optimize: true, lines: true, formats: _`require("ajv-formats/dist/formats").fullFormats` },
  });
  if (unit.formats === 'all') addFormats(ajv);
  else if (unit.formats !== null) addFormats(ajv, unit.formats);
  const first = readSchema(unit.schemas[0]);
  for (const f of unit.schemas) ajv.addSchema(f === unit.schemas[0] ? first : readSchema(f));
  const refs: Record<string, string> = { ...unit.exports };
  if (unit.defs) for (const name of Object.keys((first.$defs ?? {}) as Json)) refs[`def_${name}`] = `${String(first.$id)}#/$defs/${name}`;
  const code = standalone(ajv, refs);

  const modules: string[] = [];
  const body = code.replace(/^"use strict";/, '').replace(REQUIRE, (_m, spec: string) => {
    let i = modules.indexOf(spec);
    if (i < 0) i = modules.push(spec) - 1;
    return `__cjs(__m${i})`;
  });
  const head = [
    `// Generated by src/dev/compile-schemas.ts from schemas/${unit.schemas.join(', schemas/')} (npm run build). Do not edit.`,
    '/* eslint-disable */',
    ...modules.map((m, i) => `import * as __m${i} from '${m}.js';`),
    ...(modules.length > 0 ? [CJS_HELPER] : []),
  ];
  const js = `${head.join('\n')}\n${body.trim()}\n`;
  const dts =
    `// Generated by src/dev/compile-schemas.ts (npm run build). Do not edit.\nimport type { ValidateFunction } from 'ajv';\n` +
    Object.keys(refs)
      .map((name) => `export declare const ${name}: ValidateFunction;\n`)
      .join('');
  return { js, dts };
}

/** Writes every unit's module and declarations into src/validators/. */
export function writeValidators(dir: string = VALIDATORS_DIR): void {
  for (const unit of UNITS) {
    const { js, dts } = compileUnit(unit);
    writeFileSync(join(dir, `${unit.file}.js`), js);
    writeFileSync(join(dir, `${unit.file}.d.ts`), dts);
  }
}

if (import.meta.main) writeValidators();
