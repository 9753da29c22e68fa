// GitHub REST API facts: see gather.ts. Import types from here; the gatherer loads
// @actions/github lazily so importing this module stays cheap.
export { gatherGitHubFacts, unansweredGitHubFacts, ENDPOINTS, PERMISSIONS, DEFAULT_API_URL } from './gather.ts';
export { classifyAsset, versionFromTag, looksLikeChangelog } from './releases.ts';
export { summariseBranchProtection } from './branch.ts';
export type * from './types.ts';
