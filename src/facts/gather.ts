// Gathers every fact once, before any rule runs. Local facts are read from the snapshot; the
// GitHub API, the grc.store hub and a parent Security Insights file are asked concurrently with them. The whole run
// has a time budget: when it ends, what was not gathered yet is given up on (git killed, requests
// aborted), replaced by empty placeholder data, and marked as a gap that makes any verdict resting
// on it unknown, with the reason.
import { gatherArtifacts } from './artifacts.ts';
import { gatherAssessment, type SelfAssessmentRefInput } from './assessment/index.ts';
import { Budget, DEFAULT_TIME_LIMIT_SECONDS, gatherOne } from './budget.ts';
import { gatherDcoAsync, readDcoHistoryAsync, unreadDcoFacts } from './dco.ts';
import { gatherDependencies } from './dependencies.ts';
import { gatherDocuments } from './documents.ts';
import { fetchText } from './fetch-text.ts';
import { gatherGitFactsAsync, noGitFacts } from './git.ts';
import { gatherGitHubFacts, unansweredGitHubFacts, type GatherGitHubOptions } from './github/index.ts';
import { gatherGrcHubFacts } from './grc-hub/index.ts';
import { gatherLicense } from './license.ts';
import { gatherRepoSettings } from './repo-settings.ts';
import { prefilterSecrets, scanSecrets } from './secrets.ts';
import { gatherSecurityInsights, siField, type SecurityInsightsFacts } from './security-insights/index.ts';
import { checkRoot, RepoSnapshot } from './snapshot.ts';
import type { FactGaps, FactKey, Facts, History, Listing } from './types.ts';
import { findVex } from './vex.ts';
import { analyzeWorkflows } from './workflows/index.ts';

export interface GatherOptions {
  offline: boolean;
  /** GitHub token; used for API facts only, never stored in facts or results. */
  token?: string;
  /** owner/name; defaults to the git remote. */
  repository?: string;
  /** Default branch when the caller knows it (the Actions event payload). */
  defaultBranch?: string;
  /** GitHub API base URL; defaults to GITHUB_API_URL, then https://api.github.com. */
  apiUrl?: string;
  /** Base URL replacing the grc.store hub's; defaults to SLAM_GRC_HUB_URL, then the hub the publishing workflow names. */
  grcHubUrl?: string;
  /** Per-request deadline for the hub (default 10 s); tests shorten it. */
  grcHubTimeoutMs?: number;
  now?: Date;
  /** The whole run's time budget in seconds (default 300; Infinity for none). */
  timeLimitSeconds?: number;
  /** Ends the run's budget early (a caller's own cancellation). */
  signal?: AbortSignal;
}

/** Facts read from the file list whose absences prove nothing when there is no list worth the name. */
const FROM_FILE_LIST: FactKey[] = ['files', 'workflows', 'dependencies', 'artifacts', 'secrets'];
/** Facts about what is in version control: a folder's files (ignored ones included) do not tell it. */
const FROM_VERSION_CONTROL: FactKey[] = ['artifacts', 'secrets'];

export async function gatherFacts(path: string, options: GatherOptions): Promise<{ facts: Facts; snapshot: RepoSnapshot }> {
  const budget = new Budget(options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS, options.signal);
  try {
    return await gatherWithin(budget, path, options);
  } finally {
    budget.dispose();
  }
}

async function gatherWithin(budget: Budget, path: string, options: GatherOptions): Promise<{ facts: Facts; snapshot: RepoSnapshot }> {
  const signal = budget.signal;
  const gaps: FactGaps = {};
  // Gathers one fact within the budget, or gives it up (out of time, or an internal error): placeholder data and a gap saying why.
  const within = <T>(key: FactKey, what: string, gather: () => T | Promise<T>, placeholder: (why: string) => T | Promise<T>): Promise<T> =>
    gatherOne(budget, what, gather, placeholder, (why) => {
      gaps[key] ??= { kind: 'unread', reason: why };
    });

  // git works on the other core while this thread gathers. Once one rev-parse has said where the
  // work tree and HEAD are, everything that needs no file list starts at the same time: the two
  // listings (tracked, untracked), the small questions and the history for DCO; once the files
  // are listed, git searches the tracked ones for the secret rules' strings until scanSecrets
  // needs the answer. `await turn()` between the steps lets the event loop collect what a
  // finished process wrote. Every git is asked once.
  const root = checkRoot(path);
  const gitAnswer = gatherGitFactsAsync(root, signal);
  const dcoHistory = readDcoHistoryAsync(root, {}, { signal });
  // Awaited below, under the budget; a failure must not go unhandled before then.
  gitAnswer.catch(() => undefined);
  dcoHistory.catch(() => undefined);
  // Not raced: the budget's end kills the listing git, and the snapshot keeps what was listed by
  // then (tracked files without the untracked ones, or nothing), saying so in its notes.
  const snapshot = await RepoSnapshot.openAsync(root, { signal });
  if (snapshot.stopped) gaps.files = { kind: 'unread', reason: budget.reason('the files were listed') };
  else if (budget.expired) gaps.files = { kind: 'incomplete', reason: budget.reason('every file was listed') };
  const empty = RepoSnapshot.empty(snapshot.root);
  const secretPrefilter = prefilterSecrets(snapshot, signal).catch(() => null);
  const git = await within('git', 'git answered', () => gitAnswer, noGitFacts);
  const repository = options.repository ?? git.repository;
  const branchFromRef = git.ref?.startsWith('refs/heads/') ? git.ref.slice('refs/heads/'.length) : null;
  const defaultBranch = options.defaultBranch ?? branchFromRef;
  const workflows = await within('workflows', 'the workflows were read', () => analyzeWorkflows(snapshot, { repository, defaultBranch, stop: () => budget.expired }), () => analyzeWorkflows(empty, { repository, defaultBranch }));

  const githubOptions: GatherGitHubOptions = {
    repository: repository ?? '',
    token: options.token,
    apiUrl: options.apiUrl,
    offline: options.offline,
    defaultBranchHint: defaultBranch ?? undefined,
    scannerWorkflowFiles: [...new Set(workflows.scanners.map((s) => s.path))],
    signal,
    // An environment chosen by an expression cannot be asked about by name.
    environments: workflows.findings.flatMap((f) => (f.gate?.environment && !f.gate.environment.includes('${{') ? [f.gate.environment] : [])),
  };
  const githubPromise = budget.expired ? null : gatherGitHubFacts(githubOptions);
  const hubPromise = budget.expired ? null : gatherGrcHubFacts({ publishing: workflows.hubPublishing, offline: options.offline, baseUrl: options.grcHubUrl, timeoutMs: options.grcHubTimeoutMs, now: options.now });
  const siOptions = { offline: options.offline, now: options.now, fetchText: (url: string) => fetchText(url, { signal }) };
  const siPromise = budget.expired ? null : gatherSecurityInsights(snapshot, siOptions);
  const siPlaceholder = () => gatherSecurityInsights(empty, { ...siOptions, offline: true });

  await turn();
  const license = await within('license', 'the license was read', () => gatherLicense(snapshot), () => gatherLicense(empty));
  const documents = await within('documents', 'the documents were read', () => gatherDocuments(snapshot, { repository, tags: git.tags }), () => gatherDocuments(empty));
  await turn();
  // Manifests first: the executables sniff then takes the head of a Dockerfile or script it already read.
  const dependencies = await within('dependencies', 'the dependency manifests were read', () => gatherDependencies(snapshot), () => gatherDependencies(empty));
  await turn();
  const artifacts = await within('artifacts', 'the files were inspected for executables and binaries', () => gatherArtifacts(snapshot), () => gatherArtifacts(empty));
  const repoSettings = await within('repoSettings', 'the repository settings files were read', () => gatherRepoSettings(snapshot), () => gatherRepoSettings(empty));
  const vex = await within('vex', 'the VEX documents were looked for', () => findVex(snapshot), () => findVex(empty));
  await turn();
  const dco = await within('dco', 'the commit history was read', () => gatherDcoAsync(snapshot, {}, { signal }, dcoHistory), (why) => unreadDcoFacts(`the commit history was not read: ${why}`));
  const secrets = await within('secrets', 'the files were scanned for secrets', async () => scanSecrets(snapshot, { prefilter: await secretPrefilter }), () => scanSecrets(empty, { prefilter: null }));
  const securityInsights = await within('securityInsights', 'the Security Insights file was read', () => siPromise ?? siPlaceholder(), siPlaceholder);
  const repositoryUrl = repository ? `https://github.com/${repository}` : undefined;
  const assessment = await within('assessment', 'the security assessment was read', () => gatherAssessment(snapshot, { selfAssessmentRef: selfRef(securityInsights), repositoryUrl }), () => gatherAssessment(empty, { repositoryUrl }));
  const github = await within('github', 'the GitHub API answered', () => githubPromise ?? unansweredGitHubFacts(githubOptions, 'not asked'), (why) => unansweredGitHubFacts(githubOptions, why));
  const hubPlaceholder = () => ({ state: 'not-configured' as const, reason: budget.reason('the grc.store hub answered') });
  const grcHub = await within('grcHub', 'the grc.store hub answered', () => hubPromise ?? hubPlaceholder(), hubPlaceholder);

  const listing: Listing = snapshot.files.length === 0 ? 'empty' : snapshot.fromGit ? 'git' : 'walk';
  const history: History = git.isRepo && git.commit ? (git.shallow ? 'shallow' : 'available') : 'none';
  const notes = snapshot.notes;
  if (!gaps.files) {
    // Absences in an empty folder or an unversioned one prove nothing.
    const why =
      listing === 'empty'
        ? 'the folder holds no files (an empty folder, or the wrong path?): what is absent from it says nothing'
        : listing === 'walk'
          ? 'the folder is not a git checkout: its files were listed as found, ignored ones included, so what is in version control cannot be told'
          : null;
    for (const key of listing === 'empty' ? FROM_FILE_LIST : listing === 'walk' ? FROM_VERSION_CONTROL : []) gaps[key] ??= { kind: 'incomplete', reason: why ?? '' };
    if (why) notes.unshift({ path: '.', detail: why });
  }
  const unread = Object.values(gaps).filter((g) => g?.kind === 'unread');
  if (unread.length > 0) notes.unshift({ path: '.', detail: `${budget.reason('everything was read')}: ${[...new Set(unread.map((g) => g?.reason))].join('; ')}` });

  const facts: Facts = {
    root: snapshot.root,
    files: snapshot.files,
    listing,
    history,
    gaps,
    notes,
    git,
    context: {
      offline: options.offline,
      hasToken: Boolean(options.token),
      repository,
      defaultBranch: github.defaultBranch.name ?? defaultBranch,
    },
    license,
    documents,
    artifacts,
    workflows,
    repoSettings,
    securityInsights,
    github,
    grcHub,
    dependencies,
    secrets,
    vex,
    dco,
    assessment,
  };
  return { facts, snapshot };
}

/** Lets the event loop run pending callbacks (a child process that ended) between synchronous steps. */
function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The Security Insights `repository.security.assessments.self` entry, as the assessment facts take it. */
function selfRef(si: SecurityInsightsFacts): SelfAssessmentRefInput | undefined {
  const entry = siField(si, 'repository.security.assessments.self');
  if (!entry || typeof entry.value !== 'object' || entry.value === null) return undefined;
  const v = entry.value as Record<string, unknown>;
  const str = (x: unknown) => (typeof x === 'string' ? x : undefined);
  return { value: str(v.evidence) ?? '', comment: str(v.comment), name: str(v.name), date: str(v.date), path: entry.path, line: entry.line, column: entry.column };
}
