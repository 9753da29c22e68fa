// `slam insights init`: a draft security-insights.yml from the facts the repository shows.
import { gatherGitFacts } from '../facts/git.ts';
import { gatherLicense } from '../facts/license.ts';
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
  const first = license.files.find((f) => f.atRoot && f.match?.spdxId);
  const spdx = first?.versionChoice?.spdxId === null ? undefined : (first?.match?.spdxId ?? undefined);
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
