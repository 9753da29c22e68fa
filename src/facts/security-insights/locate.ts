// Finding the Security Insights file in a snapshot, and choosing one when there are several.
import type { RepoSnapshot } from '../snapshot.ts';

/** Directories the specification accepts besides the root: the source forge's folder. */
export const FORGE_DIRS = ['.github', '.gitlab', '.forgejo', '.gitea'] as const;
/** The names the specification gives. */
export const STANDARD_NAMES = ['security-insights.yml', 'security-insights.yaml'] as const;
/** The 1.0.0 file name (Security Slam 2023). */
export const LEGACY_NAME = 'SECURITY-INSIGHTS.yml';
/** Any case, any separator (or none) between the two words, .yml or .yaml. */
const NAME_RE = /^security[-_. ]?insights\.ya?ml$/i;
const MAX_CANDIDATES = 10;

export interface Located {
  path: string;
  dir: string;
  base: string;
  atRoot: boolean;
  /** Exactly a name the specification gives. */
  standardName: boolean;
}

/** Files that look like a Security Insights file, in a stable order (root first, then forge dirs). */
export function locateCandidates(snapshot: RepoSnapshot): Located[] {
  const out: Located[] = [];
  for (const dir of ['', ...FORGE_DIRS]) {
    for (const f of snapshot.filesIn(dir, (b) => NAME_RE.test(b))) {
      if (f.kind === 'submodule') continue;
      const base = dir === '' ? f.path : f.path.slice(dir.length + 1);
      out.push({ path: f.path, dir, base, atRoot: dir === '', standardName: (STANDARD_NAMES as readonly string[]).includes(base) });
      if (out.length >= MAX_CANDIDATES) return out;
    }
  }
  return out;
}

export type Generation = 'current' | 'legacy' | 'unknown';

/** Sort key: lower is preferred. */
export function preference(c: Located, gen: Generation): number[] {
  const genRank = gen === 'current' ? 0 : gen === 'legacy' ? 2 : 3;
  const nameRank = c.standardName ? 0 : 1;
  const dirRank = c.atRoot ? 0 : 1 + FORGE_DIRS.indexOf(c.dir as (typeof FORGE_DIRS)[number]);
  const extRank = c.base.endsWith('.yml') ? 0 : 1;
  return [genRank + nameRank, dirRank, extRank];
}

export function compareCandidates(a: { c: Located; gen: Generation }, b: { c: Located; gen: Generation }): number {
  const pa = preference(a.c, a.gen);
  const pb = preference(b.c, b.gen);
  for (let i = 0; i < pa.length; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return a.c.path < b.c.path ? -1 : a.c.path > b.c.path ? 1 : 0;
}

export function describeWhy(c: Located, gen: Generation): string {
  const parts: string[] = [];
  parts.push(gen === 'current' ? 'schema 2.x' : gen === 'legacy' ? 'legacy schema 1.x' : 'schema not recognised');
  parts.push(c.standardName ? 'name given by the specification' : 'name not given by the specification');
  parts.push(c.atRoot ? 'at the repository root' : `in ${c.dir}/`);
  return parts.join(', ');
}
