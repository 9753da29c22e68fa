// What the GitHub REST API told us about the repository, as plain JSON-serialisable data.
// Every sub-answer is either an answer with the endpoint it came from, or an honest "unknown"
// that says why (no token, offline, missing permission, server trouble, ...). The token itself
// never appears anywhere in these facts.

/** Where an answer came from, e.g. `GET /repos/{owner}/{repo}`. */
export interface ApiSource {
  endpoint: string;
}

export interface KnownAnswer<T> {
  state: 'ok';
  data: T;
  source: ApiSource;
}

export interface UnknownAnswer {
  state: 'unknown';
  /** Honest and specific: "no token", "offline run", "token lacks permission (HTTP 403): needs ...". */
  reason: string;
  /** A token permission that would likely turn this into an answer, e.g. `administration: read`. */
  permission?: string;
  /** The endpoint that was (or would have been) asked. */
  endpoint?: string;
  /** The last HTTP status seen, when there was one. */
  httpStatus?: number;
}

export type Answer<T> = KnownAnswer<T> | UnknownAnswer;

// 1. Repository metadata ------------------------------------------------------------------

export interface RepositoryMetadata {
  fullName: string;
  /** `public`, `private` or `internal`; derived from `private` when the field is absent. */
  visibility: string;
  private: boolean;
  defaultBranch: string;
  hasIssues: boolean | null;
  hasDiscussions: boolean | null;
  archived: boolean;
  fork: boolean;
  htmlUrl: string;
}

// 2. Rules on the default branch ----------------------------------------------------------

/** One active rule from `GET /repos/{owner}/{repo}/rules/branches/{branch}`, trimmed. */
export interface BranchRule {
  type: string;
  rulesetId: number | null;
  rulesetSource: string | null;
  rulesetSourceType: string | null;
  /** For `pull_request` rules. */
  requiredApprovingReviewCount?: number;
  dismissStaleReviewsOnPush?: boolean;
  requireCodeOwnerReview?: boolean;
  requireLastPushApproval?: boolean;
  /** For `required_status_checks` rules: the check contexts. */
  requiredStatusChecks?: string[];
  strictRequiredStatusChecksPolicy?: boolean;
}

export interface BranchRulesData {
  branch: string;
  rules: BranchRule[];
  /** True when GitHub offered a next page that we did not read. */
  truncated: boolean;
}

/** Classic branch protection, `GET /repos/{owner}/{repo}/branches/{branch}/protection`. */
export interface ClassicProtectionData {
  branch: string;
  /** False when GitHub answered 404 "Branch not protected" to a token allowed to see protection. */
  enabled: boolean;
  pullRequestReviewsRequired: boolean;
  requiredApprovingReviewCount: number;
  dismissStaleReviews: boolean;
  requireCodeOwnerReviews: boolean;
  statusChecksRequired: boolean;
  requiredStatusChecks: string[];
  enforceAdmins: boolean;
  allowForcePushes: boolean;
  allowDeletions: boolean;
}

/** `GET /repos/{owner}/{repo}/branches/{branch}`, visible to read-only tokens. */
export interface BranchData {
  name: string;
  commitSha: string | null;
  protected: boolean;
  /** From the branch's `protection.required_status_checks`, when GitHub includes it. */
  statusCheckEnforcement: string | null;
  statusCheckContexts: string[];
}

/** One merged fact: true, false, or null when it cannot be told from what we could read. */
export interface DerivedFact<T> {
  value: T | null;
  /** Endpoints whose answers decided the value (empty when the value is null). */
  sources: string[];
  /** Why the value is null, or a caveat about it. */
  note?: string;
}

export interface BranchProtectionSummary {
  branch: string | null;
  pullRequestRequired: DerivedFact<boolean>;
  requiredApprovals: DerivedFact<number>;
  statusChecksRequired: DerivedFact<boolean>;
  deletionBlocked: DerivedFact<boolean>;
  forcePushBlocked: DerivedFact<boolean>;
}

// 3. Releases and tags --------------------------------------------------------------------

export type AssetKind = 'signature' | 'certificate' | 'sbom' | 'provenance' | 'checksum' | 'license';

export interface ReleaseAsset {
  name: string;
  size: number;
  browserDownloadUrl: string;
  kinds: AssetKind[];
  /** The asset name contains the release's version (e.g. `tool_1.2.3_linux.tar.gz` for v1.2.3). */
  containsVersion: boolean;
}

export interface ReleaseInfo {
  tagName: string;
  name: string | null;
  draft: boolean;
  prerelease: boolean;
  publishedAt: string | null;
  htmlUrl: string;
  bodyLength: number;
  /** The body reads like release notes or a changelog (headings, bullet lists, change words). */
  hasChangelogBody: boolean;
  /** The body's first 100 000 characters (GitHub allows 125 000), for what the notes say (how to verify the release); absent when empty. */
  body?: string;
  assets: ReleaseAsset[];
  hasSignature: boolean;
  hasSbom: boolean;
  hasProvenance: boolean;
  hasChecksums: boolean;
  hasLicense: boolean;
  /** Every artifact (asset that is not a signature, certificate, checksum list, provenance or license) carries the version in its name; false when there are none. */
  assetNamesContainVersion: boolean;
}

export interface ReleasesData {
  releases: ReleaseInfo[];
  /** True when more releases exist than the first page (100) we read. */
  truncated: boolean;
  summary: ReleasesSummary;
}

export interface ReleasesSummary {
  /** Releases that are not drafts. */
  publishedCount: number;
  releasesExist: boolean;
  uniqueTagNames: boolean;
  duplicateTagNames: string[];
  latest: { tagName: string; publishedAt: string | null; htmlUrl: string } | null;
  withAssets: number;
  withSignatures: number;
  withSbom: number;
  withProvenance: number;
  withChecksums: number;
  withLicense: number;
  withChangelogBody: number;
  withVersionedAssetNames: number;
}

export interface TagsData {
  names: string[];
  truncated: boolean;
}

// 4-5. Vulnerability management -------------------------------------------------------------

/** The repository's Actions setting "Workflow permissions": what GITHUB_TOKEN a job gets when its workflow declares no `permissions:`. */
export interface WorkflowPermissionsData {
  /** read: contents and packages read; write: read and write on every scope. */
  defaultPermissions: 'read' | 'write';
}

export interface PrivateVulnerabilityReportingData {
  enabled: boolean;
}

export interface SecurityAdvisory {
  ghsaId: string;
  cveId: string | null;
  htmlUrl: string;
  severity: string | null;
  summary: string | null;
  publishedAt: string | null;
}

export interface SecurityAdvisoriesData {
  count: number;
  advisories: SecurityAdvisory[];
  truncated: boolean;
}

// 6. Scanner workflow runs (Mechanizer) -----------------------------------------------------

export interface WorkflowRunInfo {
  id: number;
  htmlUrl: string;
  event: string | null;
  headSha: string | null;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface ScannerWorkflowRuns {
  /** The path as given, e.g. `.github/workflows/slam.yml`. */
  workflow: string;
  branch: string | null;
  /** The newest successful run on the default branch, or null when there is none. */
  lastSuccess: Answer<WorkflowRunInfo | null>;
}

// 7. Deployment environments that gate privileged jobs (OSPS-BR-01.03) ---------------------

export interface EnvironmentData {
  name: string;
  /** Reviewers who must approve each run that uses the environment (0: none required). */
  requiredReviewers: number;
  /** True when the environment may not be approved by the person who triggered the run. */
  preventSelfReview: boolean | null;
}

export interface EnvironmentAnswer {
  /** The name as the workflow writes it. */
  name: string;
  /** null data: no such environment (GitHub creates it, unprotected, on first use). */
  answer: Answer<EnvironmentData | null>;
}

// Everything --------------------------------------------------------------------------------

/**
 * The owner's `.github` repository: GitHub shows its community health files (SECURITY.md,
 * CONTRIBUTING.md, issue templates, ...) for every repository of the owner that has none of its own.
 */
export interface OrgHealthFiles {
  /** owner/.github */
  repository: string;
  /** False when the owner has no `.github` repository (HTTP 404). */
  exists: boolean;
  /** Paths in that repository (capped). */
  paths: string[];
  truncated: boolean;
}

export interface GitHubFacts {
  /** owner/name as given. */
  repository: string;
  /** The API base URL used (or that would have been used). */
  apiUrl: string;
  /** Whether any request was sent; false for offline runs and runs without a token. */
  queried: boolean;
  /** Why nothing was asked, when `queried` is false. */
  skippedReason: string | null;
  /** The default branch the branch-level questions were asked about. */
  defaultBranch: { name: string | null; from: 'api' | 'hint' | null };
  repo: Answer<RepositoryMetadata>;
  branchRules: Answer<BranchRulesData>;
  classicProtection: Answer<ClassicProtectionData>;
  branch: Answer<BranchData>;
  branchProtection: BranchProtectionSummary;
  releases: Answer<ReleasesData>;
  tags: Answer<TagsData>;
  privateVulnerabilityReporting: Answer<PrivateVulnerabilityReportingData>;
  /** The default GITHUB_TOKEN permissions of workflows that declare none (`GET /repos/{owner}/{repo}/actions/permissions/workflow`). */
  workflowPermissions: Answer<WorkflowPermissionsData>;
  securityAdvisories: Answer<SecurityAdvisoriesData>;
  scannerRuns: ScannerWorkflowRuns[];
  /** Default community health files of the owner (`GET /repos/{owner}/.github/git/trees/HEAD`). */
  orgHealthFiles: Answer<OrgHealthFiles>;
  /** The deployment environments asked about (those that gate privileged jobs), with their protection. */
  environments: EnvironmentAnswer[];
}

export interface GatherGitHubOptions {
  /** owner/name */
  repository: string;
  token?: string;
  /** Default: `GITHUB_API_URL`, else https://api.github.com. GHE: https://ghe.example.com/api/v3 */
  apiUrl?: string;
  offline: boolean;
  /** Per request attempt, headers and body. Default 10 000 ms. */
  timeoutMs?: number;
  /** Lets branch-level questions run in parallel with the repository question. */
  defaultBranchHint?: string;
  /** Workflow files whose last successful default-branch run to look up, e.g. `.github/workflows/slam.yml`. */
  scannerWorkflowFiles?: string[];
  /** Deployment environments whose protection rules to read (those gating privileged jobs). */
  environments?: string[];
  /** Retry policy; tests make the delays short. */
  retry?: RetryOptions;
  /** Largest response body accepted, in bytes. Default 5 MB. */
  maxResponseBytes?: number;
  /** Stops every request at once (the run's time limit); what was not answered is unknown. */
  signal?: AbortSignal;
}

export interface RetryOptions {
  /** Total attempts per request, including the first. Default 3. */
  attempts?: number;
  /** First backoff delay; doubles each retry. Default 500 ms. */
  baseDelayMs?: number;
  /** Longest single wait, also for `retry-after`; a longer `retry-after` is not waited for. Default 20 000 ms. */
  maxDelayMs?: number;
}
