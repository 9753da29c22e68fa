// Gathers every fact once, before any rule runs. Local facts are read from the snapshot; the
// GitHub API and a parent Security Insights file are asked concurrently with them.
import { gatherArtifacts } from './artifacts.ts';
import { gatherAssessment, type SelfAssessmentRefInput } from './assessment/index.ts';
import { gatherDco } from './dco.ts';
import { gatherDependencies } from './dependencies.ts';
import { gatherDocuments } from './documents.ts';
import { fetchText } from './fetch-text.ts';
import { gatherGitFactsAsync } from './git.ts';
import { gatherGitHubFacts } from './github/index.ts';
import { gatherLicense } from './license.ts';
import { prefilterSecrets, scanSecrets } from './secrets.ts';
import { gatherSecurityInsights, siField, type SecurityInsightsFacts } from './security-insights/index.ts';
import { RepoSnapshot } from './snapshot.ts';
import type { Facts } from './types.ts';
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
  now?: Date;
}

export async function gatherFacts(path: string, options: GatherOptions): Promise<{ facts: Facts; snapshot: RepoSnapshot }> {
  // git works on the other core while this thread gathers: it lists tracked and untracked files
  // at once, answers its small questions at once, then searches the tracked files for the secret
  // rules' literals until scanSecrets needs the answer. `await turn()` between the steps lets the
  // event loop collect what a finished process wrote.
  const snapshot = await RepoSnapshot.openAsync(path);
  const secretPrefilter = prefilterSecrets(snapshot).catch(() => null);
  const git = await gatherGitFactsAsync(snapshot.root);
  const repository = options.repository ?? git.repository;
  const branchFromRef = git.ref?.startsWith('refs/heads/') ? git.ref.slice('refs/heads/'.length) : null;
  const defaultBranch = options.defaultBranch ?? branchFromRef;
  const workflows = analyzeWorkflows(snapshot, { repository, defaultBranch });

  const githubPromise = gatherGitHubFacts({
    repository: repository ?? '',
    token: options.token,
    apiUrl: options.apiUrl,
    offline: options.offline,
    defaultBranchHint: defaultBranch ?? undefined,
    scannerWorkflowFiles: [...new Set(workflows.scanners.map((s) => s.path))],
    // An environment chosen by an expression cannot be asked about by name.
    environments: workflows.findings.flatMap((f) => (f.gate?.environment && !f.gate.environment.includes('${{') ? [f.gate.environment] : [])),
  });
  const siPromise = gatherSecurityInsights(snapshot, { offline: options.offline, now: options.now, fetchText: (url) => fetchText(url) });

  await turn();
  const license = await gatherLicense(snapshot);
  const documents = gatherDocuments(snapshot, { repository });
  await turn();
  const artifacts = gatherArtifacts(snapshot);
  await turn();
  const dependencies = gatherDependencies(snapshot);
  const vex = findVex(snapshot);
  await turn();
  const dco = gatherDco(snapshot);
  const secrets = scanSecrets(snapshot, { prefilter: await secretPrefilter });
  const securityInsights = await siPromise;
  const repositoryUrl = repository ? `https://github.com/${repository}` : undefined;
  const assessment = gatherAssessment(snapshot, { selfAssessmentRef: selfRef(securityInsights), repositoryUrl });
  const github = await githubPromise;

  const facts: Facts = {
    root: snapshot.root,
    files: snapshot.files,
    notes: snapshot.notes,
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
    securityInsights,
    github,
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
