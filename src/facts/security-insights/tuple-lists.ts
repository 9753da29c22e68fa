// The lists the Security Insights schema writes as CUE's open tuples, [#X, ...]: `prefixItems`
// whose first entry is a $ref to definition X. schema.cue checks only the first entry; the
// specification means every entry to be an X, which validate.ts checks on its own, with the
// definition's validator. Pure, over any schema object, so that the build (src/dev/
// compile-schemas.ts) knows which definitions to compile without loading what it compiles.
import { joinPath } from './parse.ts';

/** What the walk reads of a JSON Schema. */
export interface SchemaNode {
  $ref?: string;
  $defs?: Record<string, SchemaNode>;
  properties?: Record<string, SchemaNode>;
  prefixItems?: SchemaNode[];
  type?: string;
}

/** `s` with its `#/$defs/...` references followed in `root` (at most ten). */
export function resolveIn<T extends SchemaNode>(root: T, s: T): T {
  let cur = s;
  for (let i = 0; i < 10 && cur.$ref; i++) {
    const m = /^#\/\$defs\/(.+)$/.exec(cur.$ref);
    const next = m ? (root.$defs?.[m[1]] as T | undefined) : undefined;
    if (!next) break;
    cur = next;
  }
  return cur;
}

/** Every open-tuple list of the schema: its field path (dots) and the definition its entries are. */
export function tupleLists(root: SchemaNode): { field: string; def: string }[] {
  const out: { field: string; def: string }[] = [];
  const visit = (s: SchemaNode, path: string, depth: number): void => {
    if (depth > 12) return;
    const r = resolveIn(root, s);
    for (const [k, child] of Object.entries(r.properties ?? {})) {
      const p = joinPath(path, k);
      const c = resolveIn(root, child);
      if (c.prefixItems?.[0]?.$ref) out.push({ field: p, def: c.prefixItems[0].$ref.replace('#/$defs/', '') });
      else if (c.type === 'object' || c.properties) visit(child, p, depth + 1);
    }
  };
  visit(root, '', 0);
  return out;
}
