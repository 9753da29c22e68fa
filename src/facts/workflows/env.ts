// The env a step sees, scope by scope: its own `env:`, then its job's, then the workflow's.
import type { ValueFact } from './types.ts';

/** The scopes of env a step sees, nearest first. */
export type EnvScopes = ReadonlyArray<Readonly<Record<string, ValueFact>>>;

/**
 * The entry that sets `name` in the nearest scope that sets it, or undefined. Expressions
 * (`env.NAME`) ignore case; a shell's `$NAME` does not (`ignoreCase` false).
 */
export function envEntry(scopes: EnvScopes, name: string, ignoreCase = true): { key: string; value: ValueFact } | undefined {
  const wanted = ignoreCase ? name.toLowerCase() : name;
  for (const env of scopes) {
    const key = Object.keys(env).find((k) => (ignoreCase ? k.toLowerCase() : k) === wanted);
    if (key !== undefined) return { key, value: env[key] };
  }
  return undefined;
}
