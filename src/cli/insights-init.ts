// `slam insights init`: a draft security-insights.yml from the facts the repository shows.
import { gatherGitFacts } from '../facts/git.ts';
import { gatherLicense } from '../facts/license.ts';
import { manifestLicenses } from '../facts/license-version.ts';
import { draftSecurityInsights, writeDraft } from '../facts/security-insights/index.ts';
import { RepoSnapshot } from '../facts/snapshot.ts';

export interface InitOutcome {
  written: boolean;
  printed?: string;
  messages: string[];
}

export async function draftInsightsFile(path: string, options: { force: boolean; print: boolean }): Promise<InitOutcome> {
  const snapshot = RepoSnapshot.open(path);
  const git = gatherGitFacts(snapshot.root);
  const license = await gatherLicense(snapshot);
  // A text the same for -only and -or-later that the project does not choose between is left TODO, not guessed.
  const identified = license.files.filter((f) => f.atRoot && f.match?.spdxId);
  const ids = [...new Set(identified.map((f) => f.match?.spdxId ?? ''))];
  const spdx = identified.some((f) => f.versionChoice?.spdxId === null) ? undefined : ids.length === 1 ? ids[0] : ids.length > 1 ? combined(manifestLicenses(snapshot), ids) : undefined;
  const branch = git.ref?.startsWith('refs/heads/') ? git.ref.slice('refs/heads/'.length) : undefined;
  const draft = draftSecurityInsights(snapshot, {
    repositoryUrl: git.repository ? `https://github.com/${git.repository}` : undefined,
    licenseSpdx: spdx,
    projectName: git.repository?.split('/')[1],
    defaultBranch: branch,
  });
  const messages: string[] = [];
  if (draft.placeholders.length > 0) messages.push(`${draft.placeholders.length} value(s) could not be determined and are marked TODO: ${draft.placeholders.join(', ')}`);
  for (const p of draft.problems) messages.push(`draft problem: ${p}`);
  if (options.print) return { written: false, printed: draft.yaml, messages };
  const w = writeDraft(snapshot.root, draft.yaml, { force: options.force });
  if (w.written) messages.unshift(`wrote ${w.path}; review every TODO before committing it`);
  else messages.unshift(`${w.reason ?? 'not written'} (use --force to overwrite, or --print to see the draft)`);
  return { written: w.written, messages };
}

/**
 * Several license files (LICENSE-APACHE and LICENSE-MIT): how they combine is the project's to say, in a manifest's
 * license field that names exactly those licenses (Cargo.toml's `license = "MIT OR Apache-2.0"`; Cargo's old
 * `Unlicense/MIT` means OR). Without one it is left TODO: the first file's license alone would drop the others.
 */
function combined(declared: ReadonlyArray<{ value: string }>, ids: readonly string[]): string | undefined {
  const want = new Set(ids.map((i) => i.toLowerCase()));
  for (const d of declared) {
    const expression = d.value.split('/').map((p) => p.trim()).join(' OR ');
    const tokens = expression.split(/[\s()]+/).filter((t) => t !== '');
    const named = new Set(tokens.filter((t, i) => !/^(?:and|or|with)$/i.test(t) && !/^with$/i.test(tokens[i - 1] ?? '')).map((t) => t.replace(/\+$/, '').toLowerCase()));
    if (named.size === want.size && [...named].every((t) => want.has(t))) return expression;
  }
  return undefined;
}
