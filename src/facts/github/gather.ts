// Gathers everything the rules want from the GitHub REST API, once per run, all requests in
// parallel. Without a token, or offline, nothing is sent and every answer says why.
import { posix } from 'node:path';
import { summariseBranchProtection } from './branch.ts';
import { createApiClient, scrubToken, type ApiClient, type ApiFailure, type ApiResult } from './http.ts';
import { describeRelease, summariseReleases, type RawRelease } from './releases.ts';
import { trimEnd } from '../text.ts';
import type {
  Answer,
  BranchData,
  BranchRule,
  BranchRulesData,
  ClassicProtectionData,
  EnvironmentData,
  GatherGitHubOptions,
  GitHubFacts,
  PrivateVulnerabilityReportingData,
  WorkflowPermissionsData,
  ReleasesData,
  RepositoryMetadata,
  ScannerWorkflowRuns,
  SecurityAdvisoriesData,
  OrgHealthFiles,
  TagsData,
  UnknownAnswer,
  WorkflowRunInfo,
} from './types.ts';

export const ENDPOINTS = {
  repo: 'GET /repos/{owner}/{repo}',
  branchRules: 'GET /repos/{owner}/{repo}/rules/branches/{branch}',
  classicProtection: 'GET /repos/{owner}/{repo}/branches/{branch}/protection',
  branch: 'GET /repos/{owner}/{repo}/branches/{branch}',
  releases: 'GET /repos/{owner}/{repo}/releases',
  tags: 'GET /repos/{owner}/{repo}/tags',
  privateVulnerabilityReporting: 'GET /repos/{owner}/{repo}/private-vulnerability-reporting',
  securityAdvisories: 'GET /repos/{owner}/{repo}/security-advisories',
  workflowPermissions: 'GET /repos/{owner}/{repo}/actions/permissions/workflow',
  workflowRuns: 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
  orgHealthFiles: 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
  environment: 'GET /repos/{owner}/{repo}/environments/{environment_name}',
} as const;

/** Token permissions (fine-grained / workflow `permissions:` names) each endpoint needs. */
export const PERMISSIONS = {
  repo: 'metadata: read',
  branchRules: 'metadata: read',
  classicProtection: 'administration: read',
  branch: 'contents: read',
  releases: 'contents: read',
  tags: 'metadata: read',
  privateVulnerabilityReporting: 'administration: read',
  securityAdvisories: 'repository security advisories: read',
  workflowPermissions: 'administration: read',
  workflowRuns: 'actions: read',
  orgHealthFiles: 'contents: read (of the owner\'s .github repository)',
  environment: 'actions: read',
} as const;

/** Environments asked about per run: a real repository gates its privileged jobs with one or two. */
const MAX_ENVIRONMENTS = 10;

type Key = keyof typeof ENDPOINTS;

export const DEFAULT_API_URL = 'https://api.github.com';

/** Shape problems in a 200 response: the server answered, but not with what GitHub documents. */
class ShapeError extends Error {}

export async function gatherGitHubFacts(options: GatherGitHubOptions): Promise<GitHubFacts> {
  const apiUrl = trimEnd(options.apiUrl || process.env.GITHUB_API_URL || DEFAULT_API_URL, '/');
  const scannerFiles = options.scannerWorkflowFiles ?? [];
  const environmentNames = [...new Set(options.environments ?? [])].slice(0, MAX_ENVIRONMENTS);
  const [owner, repo, ...rest] = options.repository.split('/');
  const hint = options.defaultBranchHint?.trim() || null;

  let skip: string | null = null;
  if (options.offline) skip = 'offline run';
  else if (!options.token) skip = 'no token';
  else if (!owner || !repo || rest.length > 0) skip = `repository "${options.repository}" is not in owner/name form`;
  if (skip !== null || !options.token) return skipped(options.repository, apiUrl, skip ?? 'no token', scannerFiles, hint, environmentNames);

  const token = options.token;
  let client: ApiClient;
  try {
    client = await createApiClient({
      token,
      apiUrl,
      timeoutMs: options.timeoutMs,
      maxResponseBytes: options.maxResponseBytes,
      retry: options.retry,
      signal: options.signal,
    });
  } catch (error) {
    const message = scrubToken(error instanceof Error ? error.message : String(error), token);
    return skipped(options.repository, apiUrl, `GitHub client could not be loaded: ${message}`, scannerFiles, hint, environmentNames);
  }
  const base = { owner, repo };

  const ask = async <T>(key: Key, params: Record<string, string | number>, parse: (data: unknown, more: boolean) => T, special?: (f: ApiFailure) => T | undefined): Promise<Answer<T>> => {
    const endpoint = ENDPOINTS[key];
    let result: ApiResult;
    try {
      result = await client.get(endpoint, { ...base, ...params });
    } catch (error) {
      // Never let one odd request sink the whole gathering.
      return { state: 'unknown', reason: `request failed: ${scrubToken(error instanceof Error ? error.message : String(error), token)}`, endpoint };
    }
    if (!result.ok) {
      const handled = special?.(result);
      if (handled !== undefined) return { state: 'ok', data: handled, source: { endpoint } };
      return failureToUnknown(result, endpoint, PERMISSIONS[key]);
    }
    try {
      return { state: 'ok', data: parse(result.data, result.hasNextPage), source: { endpoint } };
    } catch (error) {
      if (error instanceof ShapeError) {
        return { state: 'unknown', reason: `response did not have the documented shape: ${error.message}`, endpoint, httpStatus: result.status };
      }
      return { state: 'unknown', reason: `response could not be read: ${error instanceof Error ? error.message : String(error)}`, endpoint, httpStatus: result.status };
    }
  };

  const branchLevel = (branch: string) => gatherBranchLevel(ask, branch, scannerFiles);

  const repoP = ask('repo', {}, parseRepository);
  const hintedP = hint ? branchLevel(hint) : null;
  const releasesP = ask('releases', { per_page: 100 }, parseReleases);
  const tagsP = ask('tags', { per_page: 100 }, parseTags);
  const pvrP = ask('privateVulnerabilityReporting', {}, parsePrivateVulnerabilityReporting);
  const workflowPermissionsP = ask('workflowPermissions', {}, parseWorkflowPermissions);
  const advisoriesP = ask('securityAdvisories', { state: 'published', per_page: 100 }, parseAdvisories);
  const environmentsP = Promise.all(
    environmentNames.map(async (name) => ({
      name,
      // GitHub answers 404 for an environment that does not exist yet: a job creates it, unprotected, on first use.
      answer: await ask('environment', { environment_name: name }, parseEnvironment, (f) => (f.status === 404 && !/resource not accessible/i.test(f.apiMessage ?? '') ? null : undefined)),
    })),
  );
  const orgRepo = `${owner}/.github`;
  const orgHealthP =
    repo === '.github'
      ? Promise.resolve<Answer<OrgHealthFiles>>({ state: 'ok', data: { repository: orgRepo, exists: true, paths: [], truncated: false }, source: { endpoint: ENDPOINTS.orgHealthFiles } })
      : ask('orgHealthFiles', { repo: '.github', tree_sha: 'HEAD', recursive: 1 }, (d) => parseOrgHealthFiles(d, orgRepo), (f) =>
          f.status === 404
            ? { repository: orgRepo, exists: false, paths: [], truncated: false }
            : // An empty repository (no commit yet) has no tree: it holds no defaults.
              f.status === 409 && /repository is empty/i.test(f.apiMessage ?? '')
              ? { repository: orgRepo, exists: true, paths: [], truncated: false }
              : undefined,
        );

  const repoAnswer = await repoP;
  const apiBranch = repoAnswer.state === 'ok' ? repoAnswer.data.defaultBranch : null;
  let defaultBranch: GitHubFacts['defaultBranch'];
  let level: BranchLevel;
  if (apiBranch && apiBranch !== hint) {
    // No hint, or a wrong one: ask again about the branch GitHub calls the default.
    if (hintedP) await hintedP;
    defaultBranch = { name: apiBranch, from: 'api' };
    level = await branchLevel(apiBranch);
  } else if (hint && hintedP) {
    defaultBranch = { name: hint, from: apiBranch ? 'api' : 'hint' };
    level = await hintedP;
  } else {
    const reason = `default branch unknown (repository metadata: ${repoAnswer.state === 'unknown' ? repoAnswer.reason : 'no default branch'})`;
    defaultBranch = { name: null, from: null };
    level = unknownBranchLevel({ state: 'unknown', reason }, scannerFiles);
  }

  const facts: GitHubFacts = {
    repository: options.repository,
    apiUrl,
    queried: true,
    skippedReason: null,
    defaultBranch,
    repo: repoAnswer,
    branchRules: level.rules,
    classicProtection: level.classic,
    branch: level.branch,
    branchProtection: summariseBranchProtection(defaultBranch.name, level.rules, level.classic, level.branch),
    releases: await releasesP,
    tags: await tagsP,
    privateVulnerabilityReporting: await pvrP,
    workflowPermissions: await workflowPermissionsP,
    securityAdvisories: await advisoriesP,
    scannerRuns: level.runs,
    orgHealthFiles: await orgHealthP,
    environments: await environmentsP,
  };
  // Defence in depth: nothing the server sent back may smuggle the token into the facts.
  return scrubDeep(facts, token);
}

type Ask = <T>(
  key: Key,
  params: Record<string, string | number>,
  parse: (data: unknown, more: boolean) => T,
  special?: (f: ApiFailure) => T | undefined,
) => Promise<Answer<T>>;

interface BranchLevel {
  rules: Answer<BranchRulesData>;
  classic: Answer<ClassicProtectionData>;
  branch: Answer<BranchData>;
  runs: ScannerWorkflowRuns[];
}

async function gatherBranchLevel(ask: Ask, branch: string, scannerFiles: string[]): Promise<BranchLevel> {
  const rulesP = ask('branchRules', { branch, per_page: 100 }, (data, more) => parseBranchRules(branch, data, more));
  const classicP = ask('classicProtection', { branch }, (data) => parseClassicProtection(branch, data), (failure) =>
    failure.status === 404 && /branch not protected/i.test(failure.apiMessage ?? '') ? notProtected(branch) : undefined,
  );
  const branchP = ask('branch', { branch }, parseBranch);
  const runsP = Promise.all(
    scannerFiles.map(async (workflow): Promise<ScannerWorkflowRuns> => ({
      workflow,
      branch,
      lastSuccess: await ask(
        'workflowRuns',
        { workflow_id: posix.basename(workflow), status: 'success', branch, per_page: 1 },
        parseLastRun,
      ),
    })),
  );
  return { rules: await rulesP, classic: await classicP, branch: await branchP, runs: await runsP };
}

function unknownBranchLevel(unknown: UnknownAnswer, scannerFiles: string[]): BranchLevel {
  return {
    rules: { ...unknown, endpoint: ENDPOINTS.branchRules },
    classic: { ...unknown, endpoint: ENDPOINTS.classicProtection },
    branch: { ...unknown, endpoint: ENDPOINTS.branch },
    runs: scannerFiles.map((workflow) => ({ workflow, branch: null, lastSuccess: { ...unknown, endpoint: ENDPOINTS.workflowRuns } })),
  };
}

/** GitHub facts with every answer unknown for `reason` (nothing asked), e.g. when the run's time limit came first. */
export function unansweredGitHubFacts(options: GatherGitHubOptions, reason: string): GitHubFacts {
  const apiUrl = trimEnd(options.apiUrl || process.env.GITHUB_API_URL || DEFAULT_API_URL, '/');
  return skipped(options.repository, apiUrl, reason, options.scannerWorkflowFiles ?? [], options.defaultBranchHint?.trim() || null, options.environments ?? []);
}

function skipped(repository: string, apiUrl: string, reason: string, scannerFiles: string[], hint: string | null, environments: string[]): GitHubFacts {
  const unknown = (key: Key): UnknownAnswer => ({ state: 'unknown', reason, endpoint: ENDPOINTS[key] });
  const rules = unknown('branchRules');
  const classic = unknown('classicProtection');
  const branch = unknown('branch');
  return {
    repository,
    apiUrl,
    queried: false,
    skippedReason: reason,
    defaultBranch: { name: hint, from: hint ? 'hint' : null },
    repo: unknown('repo'),
    branchRules: rules,
    classicProtection: classic,
    branch,
    branchProtection: summariseBranchProtection(hint, rules, classic, branch),
    releases: unknown('releases'),
    tags: unknown('tags'),
    privateVulnerabilityReporting: unknown('privateVulnerabilityReporting'),
    workflowPermissions: unknown('workflowPermissions'),
    securityAdvisories: unknown('securityAdvisories'),
    scannerRuns: scannerFiles.map((workflow) => ({ workflow, branch: hint, lastSuccess: unknown('workflowRuns') })),
    orgHealthFiles: unknown('orgHealthFiles'),
    environments: environments.map((name) => ({ name, answer: unknown('environment') })),
  };
}

/** An environment and its protection rules: the number of required reviewers is what gates a run. */
export function parseEnvironment(data: unknown): EnvironmentData {
  const o = obj(data, 'environment');
  const name = reqStr(o, 'name', 'environment');
  let requiredReviewers = 0;
  let preventSelfReview: boolean | null = null;
  for (const rule of Array.isArray(o.protection_rules) ? (o.protection_rules as unknown[]) : []) {
    if (!rule || typeof rule !== 'object' || (rule as Obj).type !== 'required_reviewers') continue;
    const r = rule as Obj;
    requiredReviewers += Array.isArray(r.reviewers) ? (r.reviewers as unknown[]).length : 1;
    if (typeof r.prevent_self_review === 'boolean') preventSelfReview = r.prevent_self_review;
  }
  return { name, requiredReviewers, preventSelfReview };
}

const MAX_ORG_PATHS = 2_000;

/** The `.github` repository's tree: only paths matter (which default files exist). */
function parseOrgHealthFiles(data: unknown, repository: string): OrgHealthFiles {
  const o = obj(data, 'tree');
  if (!Array.isArray(o.tree)) throw new ShapeError('tree is not a list');
  const paths: string[] = [];
  for (const entry of o.tree as unknown[]) {
    if (paths.length >= MAX_ORG_PATHS) break;
    if (entry && typeof entry === 'object' && typeof (entry as { path?: unknown }).path === 'string' && (entry as { type?: unknown }).type === 'blob')
      paths.push((entry as { path: string }).path);
  }
  return { repository, exists: true, paths, truncated: o.truncated === true || paths.length >= MAX_ORG_PATHS };
}

export function failureToUnknown(failure: ApiFailure, endpoint: string, permission: string): UnknownAnswer {
  const out: UnknownAnswer = { state: 'unknown', reason: failure.reason, endpoint };
  if (failure.status !== undefined) out.httpStatus = failure.status;
  if (failure.kind === 'http') {
    switch (failure.status) {
      case 401:
        out.reason = 'token was rejected (HTTP 401)';
        break;
      case 403:
        out.reason = `token lacks permission (HTTP 403): needs ${permission}`;
        out.permission = permission;
        break;
      case 404:
        // GitHub also answers 404 when the token may not see the resource.
        out.reason = `not found (HTTP 404); a token without ${permission} also gets 404`;
        out.permission = permission;
        break;
      case 410:
        out.reason = 'gone (HTTP 410): the feature is disabled for this repository';
        break;
      default:
        out.reason = `unexpected HTTP ${failure.status ?? 'status'}`;
    }
    if (failure.apiMessage) out.reason += ` — GitHub said: "${failure.apiMessage}"`;
  }
  return out;
}

// Parsers: documented response shapes → our trimmed data. Unknown extra fields are ignored;
// missing required ones raise ShapeError.

type Obj = Record<string, unknown>;

function obj(value: unknown, what: string): Obj {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ShapeError(`${what} is not an object`);
  return value as Obj;
}

function arr(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new ShapeError(`${what} is not an array`);
  return value;
}

function reqStr(o: Obj, key: string, what: string): string {
  const v = o[key];
  if (typeof v !== 'string') throw new ShapeError(`${what}.${key} is not a string`);
  return v;
}

function optStr(o: Obj, key: string): string | null {
  const v = o[key];
  return typeof v === 'string' ? v : null;
}

function optBool(o: Obj, key: string): boolean | null {
  const v = o[key];
  return typeof v === 'boolean' ? v : null;
}

function optNum(o: Obj, key: string): number | null {
  const v = o[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function enabledFlag(o: Obj, key: string): boolean | null {
  const v = o[key];
  if (v && typeof v === 'object' && typeof (v as Obj).enabled === 'boolean') return (v as Obj).enabled as boolean;
  return null;
}

export function parseRepository(data: unknown): RepositoryMetadata {
  const o = obj(data, 'repository');
  const isPrivate = optBool(o, 'private');
  if (isPrivate === null) throw new ShapeError('repository.private is not a boolean');
  return {
    fullName: reqStr(o, 'full_name', 'repository'),
    visibility: optStr(o, 'visibility') ?? (isPrivate ? 'private' : 'public'),
    private: isPrivate,
    defaultBranch: reqStr(o, 'default_branch', 'repository'),
    hasIssues: optBool(o, 'has_issues'),
    hasDiscussions: optBool(o, 'has_discussions'),
    archived: optBool(o, 'archived') ?? false,
    fork: optBool(o, 'fork') ?? false,
    htmlUrl: reqStr(o, 'html_url', 'repository'),
  };
}

export function parseBranchRules(branch: string, data: unknown, more: boolean): BranchRulesData {
  const rules: BranchRule[] = arr(data, 'rules').map((item, i) => {
    const o = obj(item, `rules[${i}]`);
    const rule: BranchRule = {
      type: reqStr(o, 'type', `rules[${i}]`),
      rulesetId: optNum(o, 'ruleset_id'),
      rulesetSource: optStr(o, 'ruleset_source'),
      rulesetSourceType: optStr(o, 'ruleset_source_type'),
    };
    const p = o.parameters && typeof o.parameters === 'object' ? (o.parameters as Obj) : {};
    if (rule.type === 'pull_request') {
      rule.requiredApprovingReviewCount = optNum(p, 'required_approving_review_count') ?? 0;
      rule.dismissStaleReviewsOnPush = optBool(p, 'dismiss_stale_reviews_on_push') ?? false;
      rule.requireCodeOwnerReview = optBool(p, 'require_code_owner_review') ?? false;
      rule.requireLastPushApproval = optBool(p, 'require_last_push_approval') ?? false;
    } else if (rule.type === 'required_status_checks') {
      const checks = Array.isArray(p.required_status_checks) ? p.required_status_checks : [];
      rule.requiredStatusChecks = checks
        .map((c) => (c && typeof c === 'object' ? optStr(c as Obj, 'context') : null))
        .filter((c): c is string => c !== null);
      rule.strictRequiredStatusChecksPolicy = optBool(p, 'strict_required_status_checks_policy') ?? false;
    }
    return rule;
  });
  return { branch, rules, truncated: more };
}

export function parseClassicProtection(branch: string, data: unknown): ClassicProtectionData {
  const o = obj(data, 'protection');
  const reviews = o.required_pull_request_reviews && typeof o.required_pull_request_reviews === 'object' ? (o.required_pull_request_reviews as Obj) : null;
  const checksObj = o.required_status_checks && typeof o.required_status_checks === 'object' ? (o.required_status_checks as Obj) : null;
  const contexts = new Set<string>();
  if (checksObj) {
    for (const c of Array.isArray(checksObj.contexts) ? checksObj.contexts : []) if (typeof c === 'string') contexts.add(c);
    for (const c of Array.isArray(checksObj.checks) ? checksObj.checks : []) {
      const context = c && typeof c === 'object' ? optStr(c as Obj, 'context') : null;
      if (context) contexts.add(context);
    }
  }
  return {
    branch,
    enabled: true,
    pullRequestReviewsRequired: reviews !== null,
    requiredApprovingReviewCount: reviews ? (optNum(reviews, 'required_approving_review_count') ?? 0) : 0,
    dismissStaleReviews: reviews ? (optBool(reviews, 'dismiss_stale_reviews') ?? false) : false,
    requireCodeOwnerReviews: reviews ? (optBool(reviews, 'require_code_owner_reviews') ?? false) : false,
    statusChecksRequired: contexts.size > 0,
    requiredStatusChecks: [...contexts],
    enforceAdmins: enabledFlag(o, 'enforce_admins') ?? false,
    // Classic protection blocks force pushes and deletions unless explicitly allowed.
    allowForcePushes: enabledFlag(o, 'allow_force_pushes') ?? false,
    allowDeletions: enabledFlag(o, 'allow_deletions') ?? false,
  };
}

function notProtected(branch: string): ClassicProtectionData {
  return {
    branch,
    enabled: false,
    pullRequestReviewsRequired: false,
    requiredApprovingReviewCount: 0,
    dismissStaleReviews: false,
    requireCodeOwnerReviews: false,
    statusChecksRequired: false,
    requiredStatusChecks: [],
    enforceAdmins: false,
    allowForcePushes: true,
    allowDeletions: true,
  };
}

export function parseBranch(data: unknown): BranchData {
  const o = obj(data, 'branch');
  const isProtected = optBool(o, 'protected');
  if (isProtected === null) throw new ShapeError('branch.protected is not a boolean');
  const commit = o.commit && typeof o.commit === 'object' ? optStr(o.commit as Obj, 'sha') : null;
  const protection = o.protection && typeof o.protection === 'object' ? (o.protection as Obj) : null;
  const checks = protection?.required_status_checks && typeof protection.required_status_checks === 'object' ? (protection.required_status_checks as Obj) : null;
  const contexts = new Set<string>();
  if (checks) {
    for (const c of Array.isArray(checks.contexts) ? checks.contexts : []) if (typeof c === 'string') contexts.add(c);
    for (const c of Array.isArray(checks.checks) ? checks.checks : []) {
      const context = c && typeof c === 'object' ? optStr(c as Obj, 'context') : null;
      if (context) contexts.add(context);
    }
  }
  return {
    name: reqStr(o, 'name', 'branch'),
    commitSha: commit,
    protected: isProtected,
    statusCheckEnforcement: checks ? optStr(checks, 'enforcement_level') : null,
    statusCheckContexts: [...contexts],
  };
}

export function parseReleases(data: unknown, more: boolean): ReleasesData {
  const raws: RawRelease[] = arr(data, 'releases').map((item, i) => {
    const o = obj(item, `releases[${i}]`);
    const assets = Array.isArray(o.assets) ? o.assets : [];
    return {
      tagName: reqStr(o, 'tag_name', `releases[${i}]`),
      name: optStr(o, 'name'),
      draft: optBool(o, 'draft') ?? false,
      prerelease: optBool(o, 'prerelease') ?? false,
      publishedAt: optStr(o, 'published_at'),
      htmlUrl: optStr(o, 'html_url') ?? '',
      body: optStr(o, 'body') ?? '',
      assets: assets.map((a, j) => {
        const ao = obj(a, `releases[${i}].assets[${j}]`);
        return {
          name: reqStr(ao, 'name', `releases[${i}].assets[${j}]`),
          size: optNum(ao, 'size') ?? 0,
          browserDownloadUrl: optStr(ao, 'browser_download_url') ?? '',
        };
      }),
    };
  });
  const releases = raws.map(describeRelease);
  return { releases, truncated: more, summary: summariseReleases(releases) };
}

export function parseTags(data: unknown, more: boolean): TagsData {
  const names = arr(data, 'tags').map((item, i) => reqStr(obj(item, `tags[${i}]`), 'name', `tags[${i}]`));
  return { names, truncated: more };
}

export function parsePrivateVulnerabilityReporting(data: unknown): PrivateVulnerabilityReportingData {
  const o = obj(data, 'private vulnerability reporting');
  const enabled = optBool(o, 'enabled');
  if (enabled === null) throw new ShapeError('enabled is not a boolean');
  return { enabled };
}

export function parseWorkflowPermissions(data: unknown): WorkflowPermissionsData {
  const o = obj(data, 'workflow permissions');
  const d = o.default_workflow_permissions;
  if (d !== 'read' && d !== 'write') throw new ShapeError('default_workflow_permissions is neither "read" nor "write"');
  return { defaultPermissions: d };
}

export function parseAdvisories(data: unknown, more: boolean): SecurityAdvisoriesData {
  const advisories = arr(data, 'advisories').map((item, i) => {
    const o = obj(item, `advisories[${i}]`);
    return {
      ghsaId: reqStr(o, 'ghsa_id', `advisories[${i}]`),
      cveId: optStr(o, 'cve_id'),
      htmlUrl: optStr(o, 'html_url') ?? '',
      severity: optStr(o, 'severity'),
      summary: optStr(o, 'summary'),
      publishedAt: optStr(o, 'published_at'),
    };
  });
  return { count: advisories.length, advisories, truncated: more };
}

export function parseLastRun(data: unknown): WorkflowRunInfo | null {
  const o = obj(data, 'workflow runs');
  const runs = arr(o.workflow_runs, 'workflow_runs');
  if (runs.length === 0) return null;
  const run = obj(runs[0], 'workflow_runs[0]');
  const id = optNum(run, 'id');
  if (id === null) throw new ShapeError('workflow_runs[0].id is not a number');
  return {
    id,
    htmlUrl: reqStr(run, 'html_url', 'workflow_runs[0]'),
    event: optStr(run, 'event'),
    headSha: optStr(run, 'head_sha'),
    createdAt: optStr(run, 'created_at'),
    updatedAt: optStr(run, 'updated_at'),
  };
}

function scrubDeep<T>(value: T, token: string): T {
  if (token.length < 4) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.includes(token) ? scrubToken(v, token) : v;
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
