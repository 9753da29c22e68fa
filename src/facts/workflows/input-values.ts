// The values a caller gives the inputs of a local composite action (`with:` on the step) or of a
// local reusable workflow (`with:` on the job), so that a script that runs `${{ inputs.command }}`
// is read as the command the caller wrote: libgit2's run-build action runs the `command:` its
// Test step gives, witness's witness.yml runs the `command: go test ...` of release.yml's job.
import { replaceExpressions } from './expressions.ts';
import type { YamlFile } from './parse.ts';
import type { ValueFact } from './types.ts';

/** An input's value and where it was written (`path:line`). */
export interface InputValue {
  value: string;
  from: string;
}

/** Input values by lower-case name. */
export type InputValues = ReadonlyMap<string, InputValue>;

/** Sets of input values followed per step (one per caller). */
export const MAX_INPUT_SETS = 20;
/** Characters of a value put into a line. */
const MAX_VALUE = 2_000;

const INPUT_REF = /^inputs\.([A-Za-z_][\w-]{0,100})$/;

/**
 * The values a caller gives: its `with:` entries, its own inputs (`outer`) put into them, and the
 * literal defaults of the inputs it leaves out.
 */
export function callerInputs(file: YamlFile, given: Record<string, ValueFact>, defaults: Record<string, string | null>, outer: InputValues | null): InputValues {
  const out = new Map<string, InputValue>();
  for (const [name, d] of Object.entries(defaults)) if (d !== null && !d.includes('${{')) out.set(name.toLowerCase(), { value: d, from: `${file.path} (default)` });
  for (const [name, v] of Object.entries(given)) {
    const text = file.fullText.get(v) ?? v.value;
    const sub = outer ? withInputs(text, outer) : null;
    out.set(name.toLowerCase(), sub ? { value: sub.text, from: sub.from } : { value: text, from: `${file.path}:${v.line}` });
  }
  return out;
}

/** `text` with each `${{ inputs.NAME }}` replaced by its value, and where the first value came from; null when nothing was replaced. */
export function withInputs(text: string, inputs: InputValues): { text: string; from: string } | null {
  let from: string | null = null;
  const out = replaceExpressions(text, (body) => {
    const name = INPUT_REF.exec(body)?.[1];
    const v = name === undefined ? undefined : inputs.get(name.toLowerCase());
    if (v === undefined || v.value.length > MAX_VALUE) return undefined;
    from ??= v.from;
    return v.value;
  });
  return from === null ? null : { text: out, from };
}
