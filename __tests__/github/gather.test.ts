import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gatherGitHubFacts } from '../../src/facts/github/index.ts';
import type { Answer, GatherGitHubOptions, GitHubFacts } from '../../src/facts/github/index.ts';
import { FakeGitHub, forbidden } from './fake-github.ts';

const TOKEN = 'ghs_FAKEt0kenForTests1234567890abcdef';

let fake: FakeGitHub;

beforeEach(async () => {
  fake = await FakeGitHub.start();
});

afterEach(async () => {
  await fake.close();
});

function gather(extra: Partial<GatherGitHubOptions> = {}, server: FakeGitHub = fake): Promise<GitHubFacts> {
  return gatherGitHubFacts({
    repository: 'octo-org/demo',
    token: TOKEN,
    apiUrl: server.baseUrl,
    offline: false,
    timeoutMs: 3000,
    retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 3000 },
    scannerWorkflowFiles: ['.github/workflows/slam.yml'],
    ...extra,
  });
}

function ok<T>(answer: Answer<T>): T {
  if (answer.state !== 'ok') throw new Error(`expected an answer, got unknown: ${answer.reason}`);
  return answer.data;
}

function unknown<T>(answer: Answer<T>) {
  if (answer.state !== 'unknown') throw new Error('expected unknown, got an answer');
  return answer;
}

function expectNoToken(facts: GitHubFacts): void {
  const json = JSON.stringify(facts);
  expect(json).not.toContain(TOKEN);
  expect(json).not.toContain(TOKEN.slice(4, 20));
}

describe('gatherGitHubFacts happy path', () => {
  it('answers every question with documented shapes and derives the summaries', async () => {
    const facts = await gather();
    expectNoToken(facts);
    expect(JSON.parse(JSON.stringify(facts))).toEqual(facts); // plain JSON data

    expect(facts.queried).toBe(true);
    expect(facts.defaultBranch).toEqual({ name: 'main', from: 'api' });
    expect(facts.repo).toEqual({
      state: 'ok',
      source: { endpoint: 'GET /repos/{owner}/{repo}' },
      data: {
        fullName: 'octo-org/demo',
        visibility: 'public',
        private: false,
        defaultBranch: 'main',
        hasIssues: true,
        hasDiscussions: true,
        archived: false,
        fork: false,
        htmlUrl: 'https://github.com/octo-org/demo',
      },
    });

    const rules = ok(facts.branchRules);
    expect(rules.rules.map((r) => r.type)).toEqual(['deletion', 'non_fast_forward', 'pull_request', 'required_status_checks']);
    const pr = rules.rules.find((r) => r.type === 'pull_request')!;
    expect(pr).toMatchObject({ requiredApprovingReviewCount: 2, dismissStaleReviewsOnPush: true, requireCodeOwnerReview: true, rulesetSourceType: 'Organization' });
    expect(rules.rules.find((r) => r.type === 'required_status_checks')!.requiredStatusChecks).toEqual(['ci/test', 'ci/lint']);

    expect(ok(facts.classicProtection)).toMatchObject({
      enabled: true,
      pullRequestReviewsRequired: true,
      requiredApprovingReviewCount: 1,
      statusChecksRequired: true,
      requiredStatusChecks: ['ci/test'],
      enforceAdmins: true,
      allowForcePushes: false,
      allowDeletions: false,
    });
    expect(ok(facts.branch)).toEqual({
      name: 'main',
      commitSha: '7fd1a60b01f91b314f59955a4e4d4e80d8edf11d',
      protected: true,
      statusCheckEnforcement: 'non_admins',
      statusCheckContexts: ['ci/test'],
    });

    const bp = facts.branchProtection;
    expect(bp.branch).toBe('main');
    expect(bp.pullRequestRequired.value).toBe(true);
    expect(bp.pullRequestRequired.sources).toEqual([
      'GET /repos/{owner}/{repo}/rules/branches/{branch}',
      'GET /repos/{owner}/{repo}/branches/{branch}/protection',
    ]);
    expect(bp.requiredApprovals).toEqual({ value: 2, sources: ['GET /repos/{owner}/{repo}/rules/branches/{branch}'] });
    expect(bp.statusChecksRequired.value).toBe(true);
    expect(bp.deletionBlocked.value).toBe(true);
    expect(bp.forcePushBlocked.value).toBe(true);

    const releases = ok(facts.releases);
    expect(releases.truncated).toBe(false);
    expect(releases.releases).toHaveLength(3);
    const v120 = releases.releases[0];
    expect(v120).toMatchObject({
      tagName: 'v1.2.0',
      hasChangelogBody: true,
      hasSignature: true,
      hasSbom: true,
      hasProvenance: true,
      hasChecksums: true,
      hasLicense: true,
      assetNamesContainVersion: true,
    });
    expect(v120.assets[0]).toEqual({
      name: 'demo_1.2.0_linux_amd64.tar.gz',
      size: 1048576,
      browserDownloadUrl: 'https://github.com/octo-org/demo/releases/download/v1.2.0/demo_1.2.0_linux_amd64.tar.gz',
      kinds: [],
      containsVersion: true,
    });
    expect(v120.bodyLength).toBeGreaterThan(50);
    expect(releases.summary).toEqual({
      publishedCount: 2,
      releasesExist: true,
      uniqueTagNames: true,
      duplicateTagNames: [],
      latest: { tagName: 'v1.2.0', publishedAt: '2026-02-01T10:00:00Z', htmlUrl: 'https://github.com/octo-org/demo/releases/tag/v1.2.0' },
      withAssets: 2,
      withSignatures: 1,
      withSbom: 1,
      withProvenance: 1,
      withChecksums: 1,
      withLicense: 1,
      withChangelogBody: 1,
      withVersionedAssetNames: 1,
    });

    expect(ok(facts.tags)).toEqual({ names: ['v1.2.0', 'v1.1.0'], truncated: false });
    expect(facts.privateVulnerabilityReporting).toEqual({
      state: 'ok',
      data: { enabled: true },
      source: { endpoint: 'GET /repos/{owner}/{repo}/private-vulnerability-reporting' },
    });
    expect(facts.workflowPermissions).toEqual({ state: 'ok', data: { defaultPermissions: 'write' }, source: { endpoint: 'GET /repos/{owner}/{repo}/actions/permissions/workflow' } });
    const advisories = ok(facts.securityAdvisories);
    expect(advisories.count).toBe(1);
    expect(advisories.advisories[0]).toMatchObject({ ghsaId: 'GHSA-abcd-1234-efgh', cveId: 'CVE-2026-12345', htmlUrl: 'https://github.com/octo-org/demo/security/advisories/GHSA-abcd-1234-efgh' });

    expect(facts.scannerRuns).toHaveLength(1);
    expect(facts.scannerRuns[0].workflow).toBe('.github/workflows/slam.yml');
    expect(facts.scannerRuns[0].branch).toBe('main');
    expect(ok(facts.scannerRuns[0].lastSuccess)).toEqual({
      id: 30433642,
      htmlUrl: 'https://github.com/octo-org/demo/actions/runs/30433642',
      event: 'schedule',
      headSha: 'acb5820ced9479c074f688cc328bf03f341a511d',
      createdAt: '2026-03-02T04:00:00Z',
      updatedAt: '2026-03-02T04:03:10Z',
    });
  });

  it('asks each endpoint once, authenticated, with the documented queries', async () => {
    await gather();
    const paths = fake.requests.map((r) => r.path).sort();
    expect(paths).toEqual(
      [
        '/repos/octo-org/demo',
        '/repos/octo-org/demo/actions/permissions/workflow',
        '/repos/octo-org/demo/actions/workflows/slam.yml/runs?status=success&branch=main&per_page=1',
        '/repos/octo-org/demo/branches/main',
        '/repos/octo-org/demo/branches/main/protection',
        '/repos/octo-org/demo/private-vulnerability-reporting',
        '/repos/octo-org/demo/releases?per_page=100',
        '/repos/octo-org/demo/rules/branches/main?per_page=100',
        '/repos/octo-org/demo/security-advisories?state=published&per_page=100',
        '/repos/octo-org/demo/tags?per_page=100',
        '/repos/octo-org/.github/git/trees/HEAD?recursive=1',
      ].sort(),
    );
    expect(fake.requests.every((r) => r.method === 'GET' && r.hasAuthorization)).toBe(true);
    expect(fake.requests.every((r) => r.authorization === undefined)).toBe(true);
  });

  it('sends the token in the Authorization header and nowhere in the facts', async () => {
    const recording = await FakeGitHub.start({ recordAuthorization: true });
    try {
      const facts = await gather({}, recording);
      expect(recording.requests.length).toBeGreaterThan(0);
      for (const r of recording.requests) expect(r.authorization).toBe(`token ${TOKEN}`);
      expectNoToken(facts);
    } finally {
      await recording.close();
    }
  });

  it('runs requests in parallel, and with a default-branch hint even before the repository answers', async () => {
    // Three slow routes: sequential asking would take at least 1000 ms (repository, then rules).
    const slow = { delayMs: 500 };
    fake.override(fake.repoPath(), { ...slow, body: fake.state.repository });
    fake.override(fake.repoPath('/releases'), { ...slow, body: fake.state.releases });
    fake.override(fake.repoPath('/rules/branches/main'), { ...slow, body: fake.state.rules });
    const started = Date.now();
    const facts = await gather({ defaultBranchHint: 'main' });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(480);
    expect(elapsed).toBeLessThan(950);
    expect(ok(facts.branchRules).rules).toHaveLength(4);
    expect(facts.defaultBranch).toEqual({ name: 'main', from: 'api' });
    expect(fake.requests).toHaveLength(11);
  });

  it('asks again about the real default branch when the hint was wrong', async () => {
    fake.state.repository = { ...fake.state.repository, default_branch: 'trunk' };
    fake.state.branch = { ...fake.state.branch, name: 'trunk' };
    fake.state.workflowRuns['slam.yml'][0].head_branch = 'trunk';
    const facts = await gather({ defaultBranchHint: 'main' });
    expect(facts.defaultBranch).toEqual({ name: 'trunk', from: 'api' });
    expect(ok(facts.branch).name).toBe('trunk');
    expect(ok(facts.branchRules).branch).toBe('trunk');
    expect(ok(facts.scannerRuns[0].lastSuccess)?.id).toBe(30433642);
    expect(fake.requestsTo(fake.repoPath('/branches/main'))).toHaveLength(1);
    expect(fake.requestsTo(fake.repoPath('/branches/trunk'))).toHaveLength(1);
  });

  it('notes when there are more releases than the first page', async () => {
    fake.state.releasesHaveNextPage = true;
    const facts = await gather();
    expect(ok(facts.releases).truncated).toBe(true);
  });

  it('treats "Branch not protected" as an answer, and an empty rule list as no rules', async () => {
    fake.state.protection = null;
    fake.state.rules = [];
    fake.state.branch = { ...fake.state.branch, protected: false, protection: { enabled: false, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } } };
    const facts = await gather();
    expect(ok(facts.classicProtection).enabled).toBe(false);
    const bp = facts.branchProtection;
    expect(bp.pullRequestRequired.value).toBe(false);
    expect(bp.requiredApprovals.value).toBe(0);
    expect(bp.statusChecksRequired.value).toBe(false);
    expect(bp.deletionBlocked.value).toBe(false);
    expect(bp.forcePushBlocked.value).toBe(false);
  });

  it('reports no successful run, and a workflow GitHub does not know', async () => {
    fake.state.workflowRuns['slam.yml'][0].conclusion = 'failure';
    const facts = await gather({ scannerWorkflowFiles: ['.github/workflows/slam.yml', '.github/workflows/missing.yml'] });
    expect(facts.scannerRuns[0].lastSuccess).toEqual({
      state: 'ok',
      data: null,
      source: { endpoint: 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs' },
    });
    const missing = unknown(facts.scannerRuns[1].lastSuccess);
    expect(missing.reason).toMatch(/^not found \(HTTP 404\)/);
    expect(missing.permission).toBe('actions: read');
  });
});

describe('gatherGitHubFacts permissions and errors', () => {
  it('names the permission when rulesets and classic protection are forbidden (403)', async () => {
    fake.override(fake.repoPath('/branches/main/protection'), { status: 403, body: forbidden() });
    fake.override(fake.repoPath('/rules/branches/main'), { status: 403, body: forbidden() });
    const facts = await gather();
    const classic = unknown(facts.classicProtection);
    expect(classic.reason).toMatch(/^token lacks permission \(HTTP 403\): needs administration: read/);
    expect(classic.reason).toContain('Resource not accessible by integration');
    expect(classic.permission).toBe('administration: read');
    expect(classic.httpStatus).toBe(403);
    expect(classic.endpoint).toBe('GET /repos/{owner}/{repo}/branches/{branch}/protection');
    expect(unknown(facts.branchRules).permission).toBe('metadata: read');
    // The branch says it is protected, and nothing else could be read: the summary cannot tell.
    expect(facts.branchProtection.pullRequestRequired.value).toBeNull();
    expect(facts.branchProtection.pullRequestRequired.note).toContain('rulesets unknown: token lacks permission');
    expect(facts.branchProtection.deletionBlocked.value).toBeNull();
    expect(facts.branchProtection.requiredApprovals.value).toBeNull();
    // Status checks are visible on the branch itself.
    expect(facts.branchProtection.statusChecksRequired).toEqual({ value: true, sources: ['GET /repos/{owner}/{repo}/branches/{branch}'] });
    // Everything else still answered.
    expect(facts.repo.state).toBe('ok');
    expect(facts.releases.state).toBe('ok');
  });

  it('still derives from rulesets when only classic protection is forbidden', async () => {
    fake.override(fake.repoPath('/branches/main/protection'), { status: 403, body: forbidden() });
    const facts = await gather();
    const bp = facts.branchProtection;
    expect(bp.pullRequestRequired).toEqual({ value: true, sources: ['GET /repos/{owner}/{repo}/rules/branches/{branch}'] });
    expect(bp.requiredApprovals.value).toBe(2);
    expect(bp.requiredApprovals.note).toMatch(/at least 2/);
    expect(bp.forcePushBlocked.value).toBe(true);
  });

  it('uses the branch\'s protected=false to rule out classic protection when it cannot be read', async () => {
    fake.override(fake.repoPath('/branches/main/protection'), { status: 403, body: forbidden() });
    fake.state.rules = [{ type: 'deletion', ruleset_source_type: 'Repository', ruleset_source: 'octo-org/demo', ruleset_id: 1 }];
    fake.state.branch = { ...fake.state.branch, protected: false, protection: undefined };
    const facts = await gather();
    const bp = facts.branchProtection;
    expect(bp.deletionBlocked.value).toBe(true);
    expect(bp.pullRequestRequired.value).toBe(false);
    expect(bp.pullRequestRequired.sources).toContain('GET /repos/{owner}/{repo}/branches/{branch}');
    expect(bp.forcePushBlocked.value).toBe(false);
  });

  it('reports 404 as not found', async () => {
    fake.override(fake.repoPath('/private-vulnerability-reporting'), { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } });
    const facts = await gather();
    const pvr = unknown(facts.privateVulnerabilityReporting);
    expect(pvr.reason).toMatch(/^not found \(HTTP 404\)/);
    expect(pvr.httpStatus).toBe(404);
    expect(pvr.permission).toBe('administration: read');
  });

  it('makes every branch-level answer unknown when the repository itself is not found', async () => {
    fake.override(fake.repoPath(), { status: 404, body: { message: 'Not Found' } });
    const facts = await gather();
    expect(unknown(facts.repo).reason).toMatch(/^not found \(HTTP 404\)/);
    expect(facts.defaultBranch).toEqual({ name: null, from: null });
    expect(unknown(facts.branchRules).reason).toMatch(/^default branch unknown \(repository metadata: not found/);
    expect(unknown(facts.scannerRuns[0].lastSuccess).reason).toMatch(/^default branch unknown/);
    expect(facts.branchProtection.pullRequestRequired.value).toBeNull();
    expect(fake.requestsTo(fake.repoPath('/rules/branches/main'))).toHaveLength(0);
  });

  it('reports a rejected token (401)', async () => {
    fake.override(fake.repoPath('/tags'), { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' } });
    const facts = await gather();
    expect(unknown(facts.tags).reason).toMatch(/^token was rejected \(HTTP 401\)/);
  });

  it('retries a server error and succeeds', async () => {
    fake.override(fake.repoPath('/releases'), { status: 500, body: { message: 'Server Error' } }, { body: fake.state.releases });
    const facts = await gather();
    expect(ok(facts.releases).releases).toHaveLength(3);
    expect(fake.requestsTo(fake.repoPath('/releases'))).toHaveLength(2);
  });

  it('gives up after three server errors', async () => {
    fake.override(fake.repoPath('/releases'), { status: 502, rawBody: '<html>Bad gateway</html>', contentType: 'text/html' });
    const facts = await gather();
    const releases = unknown(facts.releases);
    expect(releases.reason).toBe('server error after 3 attempts (last HTTP 502)');
    expect(releases.httpStatus).toBe(502);
    expect(fake.requestsTo(fake.repoPath('/releases'))).toHaveLength(3);
  });

  it('waits for retry-after on a secondary rate limit, then succeeds', async () => {
    fake.override(
      fake.repoPath('/tags'),
      {
        status: 403,
        headers: { 'retry-after': '1' },
        body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits' },
      },
      { body: fake.state.tags },
    );
    const facts = await gather();
    expect(ok(facts.tags).names).toEqual(['v1.2.0', 'v1.1.0']);
    const calls = fake.requestsTo(fake.repoPath('/tags'));
    expect(calls).toHaveLength(2);
    expect(calls[1].at - calls[0].at).toBeGreaterThanOrEqual(950);
  });

  it('reports a persistent secondary rate limit as rate limited', async () => {
    fake.override(fake.repoPath('/tags'), { status: 429, body: { message: 'You have exceeded a secondary rate limit.' } });
    const facts = await gather();
    expect(unknown(facts.tags).reason).toMatch(/^rate limited \(HTTP 429, secondary rate limit\) after 3 attempts/);
    expect(fake.requestsTo(fake.repoPath('/tags'))).toHaveLength(3);
  });

  it('does not wait for a retry-after longer than its budget', async () => {
    fake.override(fake.repoPath('/tags'), { status: 403, headers: { 'retry-after': '3600' }, body: { message: 'secondary rate limit' } });
    const facts = await gather();
    expect(unknown(facts.tags).reason).toMatch(/^rate limited .*asked to wait 3600 s/);
    expect(fake.requestsTo(fake.repoPath('/tags'))).toHaveLength(1);
  });

  it('does not retry an exhausted primary rate limit', async () => {
    fake.override(fake.repoPath('/tags'), {
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1893456000' },
      body: { message: 'API rate limit exceeded for installation ID 1.' },
    });
    const facts = await gather();
    expect(unknown(facts.tags).reason).toMatch(/^rate limited \(HTTP 403\): API rate limit exhausted; resets at 2030-01-01T00:00:00.000Z/);
    expect(fake.requestsTo(fake.repoPath('/tags'))).toHaveLength(1);
  });
});

describe('gatherGitHubFacts hostile or broken responses', () => {
  it('reports a body that is not JSON', async () => {
    fake.override(fake.repoPath('/releases'), { rawBody: '<!doctype html><title>Sign in to your proxy</title>', contentType: 'text/html' });
    fake.override(fake.repoPath('/tags'), { rawBody: 'not json at all' });
    const facts = await gather();
    expect(unknown(facts.releases).reason).toBe('response was not JSON');
    expect(unknown(facts.tags).reason).toBe('response was not JSON');
  });

  it('reports a connection dropped before the declared length as truncated', async () => {
    const full = JSON.stringify(fake.state.releases);
    fake.override(fake.repoPath('/releases'), { rawBody: full, truncateAfterBytes: Math.floor(full.length / 2) });
    const facts = await gather();
    expect(unknown(facts.releases).reason).toBe('response truncated');
    expect(facts.repo.state).toBe('ok');
  });

  it('reports JSON cut short (complete HTTP body) as truncated', async () => {
    const full = JSON.stringify(fake.state.releases);
    fake.override(fake.repoPath('/releases'), { rawBody: full.slice(0, 500) });
    const facts = await gather();
    expect(unknown(facts.releases).reason).toBe('response truncated');
  });

  it('refuses a streamed body over the cap', async () => {
    fake.override(fake.repoPath('/releases'), { streamBytes: 6 * 1024 * 1024 });
    const facts = await gather();
    expect(unknown(facts.releases).reason).toBe('response too large (over 5 MB)');
    expect(facts.tags.state).toBe('ok');
  });

  it('refuses a declared Content-Length over the cap without reading it', async () => {
    fake.override(fake.repoPath('/releases'), { rawBody: JSON.stringify([{ tag_name: 'x'.repeat(3000) }]) });
    const facts = await gather({ maxResponseBytes: 1024 });
    expect(unknown(facts.releases).reason).toBe('response too large (over 1024 bytes)');
  });

  it('times out a hanging route and answers the rest', async () => {
    fake.override(fake.repoPath('/security-advisories'), { hang: true });
    fake.override(fake.repoPath('/tags'), { delayMs: 2000, body: fake.state.tags });
    const started = Date.now();
    const facts = await gather({ timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(unknown(facts.securityAdvisories).reason).toBe('timed out after 300 ms');
    expect(unknown(facts.tags).reason).toBe('timed out after 300 ms');
    expect(facts.repo.state).toBe('ok');
    expect(facts.releases.state).toBe('ok');
  });

  it('reports an unexpected shape instead of guessing', async () => {
    fake.override(fake.repoPath(), { body: [] });
    fake.override(fake.repoPath('/private-vulnerability-reporting'), { body: { enabled: 'yes' } });
    const facts = await gather();
    expect(unknown(facts.repo).reason).toBe('response did not have the documented shape: repository is not an object');
    expect(unknown(facts.privateVulnerabilityReporting).reason).toMatch(/documented shape: enabled is not a boolean/);
  });

  it('reads the default workflow permissions, and a 403 as unknown naming administration: read', async () => {
    fake.state.workflowPermissions.default_workflow_permissions = 'read';
    expect(ok((await gather()).workflowPermissions)).toEqual({ defaultPermissions: 'read' });
    fake.override(fake.repoPath('/actions/permissions/workflow'), { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' } });
    const answer = unknown((await gather()).workflowPermissions);
    expect(answer.reason).toMatch(/HTTP 403\): needs administration: read/);
    expect(answer.permission).toBe('administration: read');
  });

  it('keeps the token out of the facts even when the server echoes it', async () => {
    fake.override(fake.repoPath('/tags'), { status: 403, body: { message: `token ${TOKEN} may not do this` } });
    fake.state.releases = [{ ...fake.state.releases[0], name: `release ${TOKEN}`, body: TOKEN }];
    const facts = await gather();
    expectNoToken(facts);
    expect(unknown(facts.tags).reason).toContain('token *** may not do this');
    expect(ok(facts.releases).releases[0].name).toBe('release ***');
  });

  it('reports a server that is not there as a network error', async () => {
    const gone = await FakeGitHub.start();
    const url = gone.baseUrl;
    await gone.close();
    const facts = await gatherGitHubFacts({
      repository: 'octo-org/demo',
      token: TOKEN,
      apiUrl: url,
      offline: false,
      retry: { attempts: 2, baseDelayMs: 1 },
    });
    expect(unknown(facts.repo).reason).toMatch(/^network error after 2 attempts/);
    expectNoToken(facts);
  });
});

describe('gatherGitHubFacts without asking', () => {
  it('sends nothing without a token', async () => {
    const facts = await gather({ token: undefined });
    expect(fake.requests).toHaveLength(0);
    expect(facts.queried).toBe(false);
    expect(facts.skippedReason).toBe('no token');
    for (const answer of [facts.repo, facts.branchRules, facts.classicProtection, facts.branch, facts.releases, facts.tags, facts.privateVulnerabilityReporting, facts.securityAdvisories, facts.scannerRuns[0].lastSuccess]) {
      expect(answer).toMatchObject({ state: 'unknown', reason: 'no token' });
    }
    expect(facts.branchProtection.pullRequestRequired.value).toBeNull();
    expect(facts.branchProtection.pullRequestRequired.note).toContain('no token');
  });

  it('sends nothing offline, even with a token', async () => {
    const facts = await gather({ offline: true });
    expect(fake.requests).toHaveLength(0);
    expect(facts.skippedReason).toBe('offline run');
    expect(facts.repo).toMatchObject({ state: 'unknown', reason: 'offline run', endpoint: 'GET /repos/{owner}/{repo}' });
    expect(facts.releases).toMatchObject({ state: 'unknown', reason: 'offline run' });
    expectNoToken(facts);
  });

  it('sends nothing for a repository name that is not owner/name', async () => {
    const facts = await gather({ repository: 'just-a-name' });
    expect(fake.requests).toHaveLength(0);
    expect(facts.repo).toMatchObject({ state: 'unknown', reason: 'repository "just-a-name" is not in owner/name form' });
  });
});

describe('gatherGitHubFacts on GitHub Enterprise Server', () => {
  it('respects an API URL with a path prefix', async () => {
    const ghe = await FakeGitHub.start({ prefix: '/api/v3' });
    try {
      expect(ghe.baseUrl).toMatch(/\/api\/v3$/);
      const facts = await gather({}, ghe);
      expect(facts.apiUrl).toBe(ghe.baseUrl);
      expect(facts.repo.state).toBe('ok');
      expect(facts.releases.state).toBe('ok');
      expect(facts.branchProtection.pullRequestRequired.value).toBe(true);
      expect(ghe.requests.length).toBe(11);
      expect(ghe.requests.every((r) => r.route.startsWith('/repos/octo-org/demo') || r.route.startsWith('/repos/octo-org/.github/'))).toBe(true);
    } finally {
      await ghe.close();
    }
  });

  it('accepts a trailing slash on the API URL', async () => {
    const ghe = await FakeGitHub.start({ prefix: '/api/v3' });
    try {
      const facts = await gather({ apiUrl: `${ghe.baseUrl}/` }, ghe);
      expect(facts.repo.state).toBe('ok');
    } finally {
      await ghe.close();
    }
  });
});

describe('gatherGitHubFacts API URL default', () => {
  it('uses GITHUB_API_URL when no apiUrl is given', async () => {
    vi.stubEnv('GITHUB_API_URL', fake.baseUrl);
    try {
      const facts = await gather({ apiUrl: undefined });
      expect(facts.apiUrl).toBe(fake.baseUrl);
      expect(facts.repo.state).toBe('ok');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('defaults to https://api.github.com', async () => {
    vi.stubEnv('GITHUB_API_URL', '');
    try {
      const facts = await gather({ apiUrl: undefined, offline: true });
      expect(facts.apiUrl).toBe('https://api.github.com');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("gatherGitHubFacts: the owner's default community health files", () => {
  it('lists the files of the owner\'s .github repository, and says when there is none', async () => {
    const server = await FakeGitHub.start();
    try {
      server.state.orgHealthPaths = ['SECURITY.md', '.github/ISSUE_TEMPLATE/bug.yml', 'profile/README.md'];
      const facts = await gatherGitHubFacts({ repository: `${server.state.owner}/${server.state.repo}`, token: TOKEN, apiUrl: server.baseUrl, offline: false, retry: { attempts: 1, baseDelayMs: 1 } });
      expect(facts.orgHealthFiles).toMatchObject({ state: 'ok', data: { repository: 'octo-org/.github', exists: true, paths: ['SECURITY.md', '.github/ISSUE_TEMPLATE/bug.yml', 'profile/README.md'] } });
      server.state.orgHealthPaths = null;
      const none = await gatherGitHubFacts({ repository: `${server.state.owner}/${server.state.repo}`, token: TOKEN, apiUrl: server.baseUrl, offline: false, retry: { attempts: 1, baseDelayMs: 1 } });
      expect(none.orgHealthFiles).toMatchObject({ state: 'ok', data: { exists: false, paths: [] } });
    } finally {
      await server.close();
    }
  });
});

describe('gatherGitHubFacts: deployment environments that gate privileged jobs', () => {
  it('reads required reviewers, says when the environment does not exist, and when the token may not read it', async () => {
    fake.override(fake.repoPath('/environments/external-prs'), {
      body: { id: 1, name: 'external-prs', protection_rules: [{ id: 2, type: 'wait_timer', wait_timer: 5 }, { id: 3, type: 'required_reviewers', prevent_self_review: true, reviewers: [{ type: 'Team', reviewer: { slug: 'maintainers' } }, { type: 'User', reviewer: { login: 'a' } }] }] },
    });
    fake.override(fake.repoPath('/environments/unprotected'), { body: { id: 4, name: 'unprotected', protection_rules: [] } });
    fake.override(fake.repoPath('/environments/secret'), { status: 403, body: forbidden() });
    const facts = await gather({ environments: ['external-prs', 'unprotected', 'never-used', 'secret', 'external-prs'] });
    expectNoToken(facts);
    expect(facts.environments.map((e) => e.name)).toEqual(['external-prs', 'unprotected', 'never-used', 'secret']);
    expect(ok(facts.environments[0].answer)).toEqual({ name: 'external-prs', requiredReviewers: 2, preventSelfReview: true });
    expect(ok(facts.environments[1].answer)).toEqual({ name: 'unprotected', requiredReviewers: 0, preventSelfReview: null });
    expect(ok(facts.environments[2].answer)).toBeNull();
    expect(unknown(facts.environments[3].answer)).toMatchObject({ permission: 'actions: read', endpoint: 'GET /repos/{owner}/{repo}/environments/{environment_name}' });
    expect(fake.requestsTo(fake.repoPath('/environments/external-prs'))).toHaveLength(1);
  });

  it('asks nothing offline, and says why', async () => {
    const facts = await gather({ offline: true, environments: ['external-prs'] });
    expect(facts.environments).toEqual([{ name: 'external-prs', answer: { state: 'unknown', reason: 'offline run', endpoint: 'GET /repos/{owner}/{repo}/environments/{environment_name}' } }]);
    expect(fake.requests).toEqual([]);
  });
});
