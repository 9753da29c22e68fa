// Everything the rules may know about a repository, gathered once before any rule runs.
// Plain data only: rules must be able to run on a Facts object built by hand in a test.
import type { FileEntry, SnapshotNote } from './snapshot.ts';
import type { GitFacts } from './git.ts';
import type { LicenseFacts } from './license.ts';
import type { DocumentFacts } from './documents.ts';
import type { ArtifactFacts } from './artifacts.ts';

export interface RunContext {
  offline: boolean;
  /** True when a GitHub token was supplied (the token itself never enters facts). */
  hasToken: boolean;
  /** owner/name of the repository under evaluation, when known. */
  repository: string | null;
}

export interface Facts {
  root: string;
  files: readonly FileEntry[];
  /** Problems met while reading the tree: skipped files, symlinks not followed. */
  notes: SnapshotNote[];
  git: GitFacts;
  context: RunContext;
  license: LicenseFacts;
  documents: DocumentFacts;
  artifacts: ArtifactFacts;
}
