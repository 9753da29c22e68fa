// "Did you mean" hints: misspelled keys (edit distance) and keys placed at the wrong level.
import { keyLocations, schemaAt, toSchemaPath } from './schema.ts';

/** Optimal string alignment distance (Levenshtein plus adjacent transposition), bounded input. */
export function editDistance(a: string, b: string): number {
  a = a.slice(0, 80);
  b = b.slice(0, 80);
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  const d: number[][] = [];
  for (let i = 0; i <= n; i++) d.push(new Array<number>(m + 1).fill(0));
  for (let i = 0; i <= n; i++) d[i][0] = i;
  for (let j = 0; j <= m; j++) d[0][j] = j;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  }
  return d[n][m];
}

function normalize(k: string): string {
  return k.toLowerCase().replace(/[\s_.]+/g, '-');
}

/** The closest of `candidates` to `word`, when close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const nw = normalize(word);
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    if (c === word) continue;
    const d = normalize(c) === nw ? 0 : editDistance(nw, normalize(c));
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  const limit = Math.max(2, Math.floor(nw.length / 4));
  return best !== undefined && bestD <= limit ? best : undefined;
}

function parentOf(schemaPath: string): string | null {
  if (schemaPath === '') return null;
  if (schemaPath.endsWith('[]')) return schemaPath.slice(0, -2);
  const i = schemaPath.lastIndexOf('.');
  return i < 0 ? '' : schemaPath.slice(0, i);
}

function show(schemaPath: string): string {
  return schemaPath === '' ? 'the top level' : `\`${schemaPath}\``;
}

/**
 * A hint for an unknown key `key` found in the object at instance path `parentField`
 * ('' for the top level), or undefined when we have nothing useful to say.
 */
export function unknownKeyHint(parentField: string, key: string): string | undefined {
  const sp = toSchemaPath(parentField);
  const here = schemaAt(sp);
  const allowed = Object.keys(here?.properties ?? {});
  const typo = closest(key, allowed);
  if (typo) return `Did you mean \`${typo}\`?`;

  const nk = normalize(key);
  const places = keyLocations().filter((l) => l.key === key || normalize(l.key) === nk);
  if (places.length === 0) {
    // A misspelled key that also sits at the wrong level.
    const near = keyLocations().filter((l) => editDistance(normalize(l.key), nk) <= 1);
    if (near.length === 1) return `Did you mean \`${near[0].key}\` under ${show(near[0].parent)}?`;
    return allowed.length > 0 ? `Allowed here: ${allowed.map((a) => `\`${a}\``).join(', ')}.` : undefined;
  }
  const up = parentOf(sp);
  const rank = (p: string): number => {
    if (p === up) return 0; // one level up
    if (parentOf(p) === sp) return 1; // one level down
    if (up !== null && parentOf(p) === up) return 2; // under a sibling
    return 3;
  };
  const sorted = [...places].sort((a, b) => rank(a.parent) - rank(b.parent) || a.parent.length - b.parent.length);
  const best = rank(sorted[0].parent);
  const chosen = sorted.filter((p) => rank(p.parent) === best).slice(0, 3);
  const where = chosen.map((p) => `${show(p.parent)} (as \`${p.parent === '' ? p.key : `${p.parent}.${p.key}`}\`)`).join(' or ');
  const relation = ['one level up', 'one level down', 'under a sibling', 'elsewhere'][best];
  return `\`${key}\` belongs ${relation}, under ${where}.`;
}
