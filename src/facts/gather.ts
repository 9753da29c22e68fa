// Gathers every fact once, before any rule runs.
import { gatherArtifacts } from './artifacts.ts';
import { gatherDocuments } from './documents.ts';
import { gatherGitFacts } from './git.ts';
import { gatherLicense } from './license.ts';
import { RepoSnapshot } from './snapshot.ts';
import type { Facts } from './types.ts';

export interface GatherOptions {
  offline: boolean;
  token?: string;
  /** owner/name; defaults to the git remote. */
  repository?: string;
}

export async function gatherFacts(path: string, options: GatherOptions): Promise<{ facts: Facts; snapshot: RepoSnapshot }> {
  const snapshot = RepoSnapshot.open(path);
  const git = gatherGitFacts(snapshot.root);
  const repository = options.repository ?? git.repository;
  const facts: Facts = {
    root: snapshot.root,
    files: snapshot.files,
    notes: snapshot.notes,
    git,
    context: { offline: options.offline, hasToken: Boolean(options.token), repository },
    license: await gatherLicense(snapshot),
    documents: gatherDocuments(snapshot),
    artifacts: gatherArtifacts(snapshot),
  };
  return { facts, snapshot };
}
