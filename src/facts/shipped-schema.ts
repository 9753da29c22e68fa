/**
 * Ajv options for a JSON Schema this project ships and compiles during an evaluation: it is not
 * validated against the meta-schema at run time (__tests__/shipped-schemas.test.ts does that once
 * for every file in schemas/), and the generated code is not optimised, since it validates a
 * document or two. Both change how long the compile takes (the Security Insights schema: about
 * 100 ms -> 55 ms), not what a validator answers.
 */
export const SHIPPED_SCHEMA = { validateSchema: false, code: { optimize: false } } as const;
