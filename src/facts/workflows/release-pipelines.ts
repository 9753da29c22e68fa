// Releases cut outside GitHub Actions: a Cloud Build (or GitLab CI / CircleCI) configuration whose
// step runs `goreleaser release`, directly or through a target of the root Makefile. sigstore's Go
// repositories (fulcio) release this way: cut-release.yml hands off to a reusable workflow that runs
// release/cloudbuild.yaml, whose step runs `make release`, whose recipe (release/release.mk) runs
// `goreleaser release`; what that release signs and which SBOMs it makes is in .goreleaser.yml.
// A snapshot run (`--snapshot`, `--skip=publish`) publishes nothing and is not a release.
import type { FileEntry } from '../snapshot.ts';
import { type Makefile, MakefileCache } from './makefile.ts';
import { commandWords, normalise, splitCommands } from './test-runs.ts';
import type { ExternalReleaseFact } from './types.ts';

const PIPELINE_FILE = /(?:^|\/)cloudbuild(?:[-_.][\w.-]+)?\.ya?ml$|^\.gitlab-ci\.ya?ml$|^\.circleci\/config\.ya?ml$/;
const MAX_FILES = 20;
const MAX_CHARS = 200_000;
const MAX_MAKE_DEPTH = 4;

/** `goreleaser release` that publishes (not a snapshot or a run that skips publishing). */
function goreleaserRelease(words: string[]): boolean {
  const at = words.indexOf('goreleaser');
  if (at < 0 || words[at + 1] !== 'release') return false;
  return !words.slice(at + 2).some((w) => w === '--snapshot' || w === '--skip-publish' || (w.startsWith('--skip=') && w.includes('publish')));
}

/** The make targets a command names, or null when it is not a plain `make` in the root folder. */
function makeTargets(words: string[]): string[] | null {
  const at = words.findIndex((w) => w === 'make' || w === 'gmake' || w === '$(MAKE)');
  if (at < 0) return null;
  const targets: string[] = [];
  for (const w of words.slice(at + 1)) {
    if (w === '-C' || w === '-f' || w.startsWith('--directory') || w.startsWith('--file')) return null;
    if (!w.startsWith('-') && !w.includes('=')) targets.push(w);
  }
  return targets;
}

/** The recipe line of `target` (or of what it depends on, or makes with $(MAKE)) that runs a release. */
function makeRelease(mk: Makefile, target: string, depth: number, seen: Set<string>): string | null {
  if (depth > MAX_MAKE_DEPTH || seen.has(target)) return null;
  seen.add(target);
  const rule = mk.rules.get(target);
  if (!rule) return null;
  for (const r of rule.recipe) {
    for (const cmd of splitCommands(r.text)) {
      const words = commandWords(cmd);
      if (goreleaserRelease(words)) return `goreleaser release (${r.file ?? 'Makefile'}:${r.line})`;
      for (const t of makeTargets(words) ?? []) {
        const found = makeRelease(mk, t, depth + 1, seen);
        if (found) return `make ${t} → ${found}`;
      }
    }
  }
  for (const p of rule.prereqs) {
    const found = makeRelease(mk, p, depth + 1, seen);
    if (found) return `make ${p} → ${found}`;
  }
  return null;
}

/** The lines of CI configurations outside .github/workflows that cut a goreleaser release. */
export function externalReleases(files: readonly FileEntry[], read: (path: string) => string | null, makefiles: MakefileCache = new MakefileCache(read, normalise)): ExternalReleaseFact[] {
  const configs = files.filter((f) => f.kind !== 'submodule' && PIPELINE_FILE.test(f.path)).slice(0, MAX_FILES);
  if (configs.length === 0) return [];
  // The root Makefile, as make run at the root reads it (the analysis's parse of it, shared).
  const makefile = (): Makefile | null => (makefiles.get('', 'Makefile') ?? makefiles.get('', 'makefile') ?? makefiles.get('', 'GNUmakefile'))?.mk ?? null;
  const out: ExternalReleaseFact[] = [];
  for (const f of configs) {
    const text = read(f.path);
    if (text === null || text.length > MAX_CHARS) continue;
    const lines = text.split('\n');
    for (const [i, raw] of lines.entries()) {
      const line = raw.trim();
      if (line.startsWith('#') || !(line.includes('goreleaser') || line.includes('make'))) continue;
      // YAML's list and quoting marks around the words: `args: [make, release]`, `- '-c'`.
      for (const cmd of splitCommands(line.replace(/[[\]"']|,(?=\s|$)/g, ' '))) {
        const words = commandWords(cmd);
        if (goreleaserRelease(words)) {
          out.push({ path: f.path, line: i + 1, text: line.slice(0, 120), via: '' });
          break;
        }
        const targets = makeTargets(words);
        const m = targets && targets.length > 0 ? makefile() : null;
        const via = m && targets ? targets.map((t) => makeRelease(m, t, 0, new Set())).find((v) => v !== null) : undefined;
        if (via) {
          out.push({ path: f.path, line: i + 1, text: line.slice(0, 120), via: `make ${targets?.join(' ') ?? ''} → ${via}` });
          break;
        }
      }
    }
  }
  return out;
}
