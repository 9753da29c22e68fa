// Everything the rules may know about a repository, gathered once before any rule runs.
// Plain data only: rules must be able to run on a Facts object built by hand in a test.
import type { ArtifactFacts } from './artifacts.ts';
import type { AssessmentFacts } from './assessment/index.ts';
import type { DcoFacts } from './dco.ts';
import type { DependencyFacts } from './dependencies.ts';
import type { DocumentFacts } from './documents.ts';
import type { GitFacts } from './git.ts';
import type { GitHubFacts } from './github/index.ts';
import type { GrcHubFacts } from './grc-hub/index.ts';
import type { LicenseFacts } from './license.ts';
import type { RepoSettingsFacts } from './repo-settings.ts';
import type { SecretFacts } from './secrets.ts';
import type { SecurityInsightsFacts } from './security-insights/index.ts';
import type { FileEntry, SnapshotNote } from './snapshot.ts';
import type { VexFacts } from './vex.ts';
import type { WorkflowFacts } from './workflows/index.ts';

export interface RunContext {
  offline: boolean;
  /** True when a GitHub token was supplied (the token itself never enters facts). */
  hasToken: boolean;
  /** owner/name of the repository under evaluation, when known. */
  repository: string | null;
  /** Default branch name, when known (event payload, API, or the checked-out branch). */
  defaultBranch: string | null;
}

/** How the file list was made: by git, by walking a folder that is not a git checkout, or from a folder with no files. */
export type Listing = 'git' | 'walk' | 'empty';
/** The commit history the checkout shows: all of it, part of it (a shallow clone), or none. */
export type History = 'available' | 'shallow' | 'none';

/** The facts a rule may read that can have a gap. */
export type FactKey = 'files' | 'git' | 'license' | 'documents' | 'artifacts' | 'workflows' | 'securityInsights' | 'github' | 'dependencies' | 'secrets' | 'vex' | 'dco' | 'assessment' | 'grcHub' | 'repoSettings';

/**
 * A fact that cannot carry a verdict by itself. `unread`: it was never gathered (the run's time
 * limit came first) and holds empty placeholder data, so any status read from it is unknown.
 * `incomplete`: it was read, but its absences prove nothing (an empty folder, a folder that is not
 * a git checkout), so a pass or not-applicable read from it is unknown.
 */
export interface FactGap {
  kind: 'unread' | 'incomplete';
  reason: string;
}

export type FactGaps = Partial<Record<FactKey, FactGap>>;

export interface Facts {
  root: string;
  files: readonly FileEntry[];
  /** How `files` was made. */
  listing: Listing;
  /** The history git shows. */
  history: History;
  /** Facts a verdict cannot rest on, and why; absent or empty when every fact is whole. */
  gaps?: FactGaps;
  /** Problems met while reading the tree: skipped files, symlinks not followed. */
  notes: SnapshotNote[];
  git: GitFacts;
  context: RunContext;
  license: LicenseFacts;
  documents: DocumentFacts;
  artifacts: ArtifactFacts;
  workflows: WorkflowFacts;
  /** Repository settings declared in the tree (.asf.yaml, .github/settings.yml). */
  repoSettings: RepoSettingsFacts;
  securityInsights: SecurityInsightsFacts;
  github: GitHubFacts;
  /** The grc.store hub's latest published result for the target the publishing workflow names. */
  grcHub: GrcHubFacts;
  dependencies: DependencyFacts;
  secrets: SecretFacts;
  vex: VexFacts;
  dco: DcoFacts;
  assessment: AssessmentFacts;
}
