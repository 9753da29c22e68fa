// A small, configurable fake of the GitHub REST API on 127.0.0.1 (random port), for tests.
// Routes answer with the shapes GitHub documents; tests change `state` for different data, or
// `override()` a path to answer with a status, headers, a raw/truncated/huge body, a delay, or
// never. Every request is logged (method, path, whether Authorization was present); the
// Authorization value itself is kept only when `recordAuthorization` is set.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { trimEnd } from '../../src/facts/text.ts';

export interface FakeResponse {
  status?: number;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as-is (overrides `body`). */
  rawBody?: string;
  /** Default `application/json; charset=utf-8`. */
  contentType?: string;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Never answer (the socket stays open until the client gives up or the server closes). */
  hang?: boolean;
  /** Declare the full Content-Length, send only this many bytes, then drop the connection. */
  truncateAfterBytes?: number;
  /** Stream a valid JSON array of at least this many bytes, chunked, with no Content-Length. */
  streamBytes?: number;
}

export interface LoggedRequest {
  method: string;
  /** Path below the API prefix, with the query string. */
  path: string;
  /** Path below the API prefix, without the query string. */
  route: string;
  query: Record<string, string>;
  hasAuthorization: boolean;
  /** Only when the fake was started with `recordAuthorization: true`. */
  authorization?: string;
  apiVersion: string | null;
  at: number;
}

export interface FakeState {
  owner: string;
  repo: string;
  repository: Record<string, unknown>;
  rules: Record<string, unknown>[];
  /** null: 404 "Branch not protected". */
  protection: Record<string, unknown> | null;
  branch: Record<string, unknown>;
  releases: Record<string, unknown>[];
  /** Send a Link header with rel="next" on the releases list. */
  releasesHaveNextPage: boolean;
  tags: Record<string, unknown>[];
  privateVulnerabilityReporting: { enabled: boolean };
  /** The Actions "Workflow permissions" setting, as GET actions/permissions/workflow answers it. */
  workflowPermissions: { default_workflow_permissions: string; can_approve_pull_request_reviews: boolean };
  advisories: Record<string, unknown>[];
  /** Runs per workflow file name, newest first. */
  workflowRuns: Record<string, Record<string, unknown>[]>;
  /** Files of the owner's `.github` repository (default community health files); null: no such repository. */
  orgHealthPaths: string[] | null;
}

export interface FakeGitHubOptions {
  /** API path prefix, e.g. `/api/v3` for a GitHub Enterprise Server style URL. */
  prefix?: string;
  recordAuthorization?: boolean;
  state?: Partial<FakeState>;
}

export class FakeGitHub {
  readonly baseUrl: string;
  readonly prefix: string;
  readonly requests: LoggedRequest[] = [];
  state: FakeState;
  private readonly server: Server;
  private readonly overrides = new Map<string, FakeResponse[]>();
  private readonly recordAuthorization: boolean;
  private readonly timers = new Set<NodeJS.Timeout>();

  private constructor(server: Server, baseUrl: string, options: FakeGitHubOptions) {
    this.server = server;
    this.baseUrl = baseUrl;
    this.prefix = options.prefix ?? '';
    this.recordAuthorization = options.recordAuthorization ?? false;
    this.state = { ...defaultState(), ...options.state };
  }

  static async start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
    const prefix = trimEnd(options.prefix ?? '', '/');
    const holder: { fake?: FakeGitHub } = {};
    const server = createServer((req, res) => {
      if (holder.fake) holder.fake.handle(req, res);
      else res.destroy();
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const fake = new FakeGitHub(server, `http://127.0.0.1:${port}${prefix}`, { ...options, prefix });
    holder.fake = fake;
    return fake;
  }

  /** `path` is below the prefix and without a query, e.g. `/repos/octo-org/demo/releases`. Responses are used in order; the last repeats. */
  override(path: string, ...responses: FakeResponse[]): void {
    this.overrides.set(path, responses);
  }

  /** Paths for this fake's repository, for `override()`. */
  repoPath(suffix = ''): string {
    return `/repos/${this.state.owner}/${this.state.repo}${suffix}`;
  }

  requestsTo(route: string): LoggedRequest[] {
    return this.requests.filter((r) => r.route === route);
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (this.prefix && !url.pathname.startsWith(`${this.prefix}/`)) {
      this.log(req, url, url.pathname);
      this.send(res, { status: 404, body: notFound() });
      return;
    }
    const route = url.pathname.slice(this.prefix.length);
    this.log(req, url, route);

    const queue = this.overrides.get(route);
    if (queue && queue.length > 0) {
      const response = queue.length > 1 ? queue.shift()! : queue[0];
      this.send(res, response);
      return;
    }
    this.send(res, this.route(req.method ?? 'GET', route, url.searchParams));
  }

  private log(req: IncomingMessage, url: URL, route: string): void {
    const auth = req.headers.authorization;
    this.requests.push({
      method: req.method ?? 'GET',
      path: `${route}${url.search}`,
      route,
      query: Object.fromEntries(url.searchParams),
      hasAuthorization: typeof auth === 'string' && auth.length > 0,
      ...(this.recordAuthorization && auth ? { authorization: auth } : {}),
      apiVersion: (req.headers['x-github-api-version'] as string | undefined) ?? null,
      at: Date.now(),
    });
  }

  private route(method: string, route: string, query: URLSearchParams): FakeResponse {
    if (method !== 'GET') return { status: 404, body: notFound() };
    const s = this.state;
    const base = `/repos/${s.owner}/${s.repo}`;
    if (route === base) return { body: s.repository };
    if (route === `/repos/${s.owner}/.github/git/trees/HEAD`) {
      if (s.orgHealthPaths === null) return { status: 404, body: notFound() };
      return { body: { sha: 'f'.repeat(40), url: `${this.baseUrl}${route}`, truncated: false, tree: s.orgHealthPaths.map((path) => ({ path, mode: '100644', type: 'blob', sha: 'e'.repeat(40), size: 100 })) } };
    }
    if (!route.startsWith(`${base}/`)) return { status: 404, body: notFound() };
    const rest = route.slice(base.length + 1);

    let m: RegExpExecArray | null;
    if ((m = /^rules\/branches\/(.+)$/.exec(rest))) return { body: s.rules };
    if ((m = /^branches\/(.+)\/protection$/.exec(rest))) {
      if (s.protection === null) {
        return {
          status: 404,
          body: { message: 'Branch not protected', documentation_url: 'https://docs.github.com/rest/branches/branch-protection#get-branch-protection', status: '404' },
        };
      }
      return { body: s.protection };
    }
    if ((m = /^branches\/(.+)$/.exec(rest))) {
      const name = decodeURIComponent(m[1]);
      return name === s.branch.name ? { body: s.branch } : { status: 404, body: { message: 'Branch not found', documentation_url: 'https://docs.github.com/rest/branches/branches#get-a-branch', status: '404' } };
    }
    if (rest === 'releases') {
      const perPage = Number(query.get('per_page') ?? 30);
      const headers: Record<string, string> = {};
      if (s.releasesHaveNextPage) headers.link = `<${this.baseUrl}${base}/releases?per_page=${perPage}&page=2>; rel="next", <${this.baseUrl}${base}/releases?per_page=${perPage}&page=3>; rel="last"`;
      return { body: s.releases.slice(0, perPage), headers };
    }
    if (rest === 'tags') return { body: s.tags.slice(0, Number(query.get('per_page') ?? 30)) };
    if (rest === 'private-vulnerability-reporting') return { body: s.privateVulnerabilityReporting };
    if (rest === 'actions/permissions/workflow') return { body: s.workflowPermissions };
    if (rest === 'security-advisories') {
      const state = query.get('state');
      return { body: s.advisories.filter((a) => !state || a.state === state) };
    }
    if ((m = /^actions\/workflows\/([^/]+)\/runs$/.exec(rest))) {
      const file = decodeURIComponent(m[1]);
      const runs = s.workflowRuns[file];
      if (!runs) return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-workflow', status: '404' } };
      const filtered = runs.filter(
        (r) =>
          (!query.get('status') || r.conclusion === query.get('status') || r.status === query.get('status')) &&
          (!query.get('branch') || r.head_branch === query.get('branch')),
      );
      const perPage = Number(query.get('per_page') ?? 30);
      return { body: { total_count: filtered.length, workflow_runs: filtered.slice(0, perPage) } };
    }
    return { status: 404, body: notFound() };
  }

  private send(res: ServerResponse, response: FakeResponse): void {
    if (response.hang) return;
    if (response.delayMs && response.delayMs > 0) {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.send(res, { ...response, delayMs: 0 });
      }, response.delayMs);
      this.timers.add(timer);
      return;
    }
    const status = response.status ?? 200;
    const headers: Record<string, string> = {
      'content-type': response.contentType ?? 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      ...response.headers,
    };

    if (response.streamBytes !== undefined) {
      res.writeHead(status, headers);
      const chunk = `${JSON.stringify({ name: 'x'.repeat(1000) })},`;
      let sent = 0;
      res.write('[');
      const pump = (): void => {
        while (sent < response.streamBytes!) {
          sent += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end('{}]');
      };
      res.on('error', () => {});
      pump();
      return;
    }

    const text = response.rawBody ?? (response.body === undefined ? '' : JSON.stringify(response.body));
    const bytes = Buffer.from(text, 'utf8');
    headers['content-length'] = String(bytes.length);
    res.writeHead(status, headers);
    if (response.truncateAfterBytes !== undefined) {
      res.write(bytes.subarray(0, response.truncateAfterBytes), () => {
        res.socket?.destroy();
      });
      return;
    }
    res.end(bytes);
  }
}

export function notFound(): Record<string, unknown> {
  return { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' };
}

/** The body GitHub sends a workflow token that may not read a resource. */
export function forbidden(docs = 'https://docs.github.com/rest'): Record<string, unknown> {
  return { message: 'Resource not accessible by integration', documentation_url: docs, status: '403' };
}

// Canned data in the documented response shapes (trimmed to the fields that matter plus a few
// neighbours, so parsers are exercised against realistic objects).
export function defaultState(): FakeState {
  const owner = 'octo-org';
  const repo = 'demo';
  const html = `https://github.com/${owner}/${repo}`;
  const api = `https://api.github.com/repos/${owner}/${repo}`;
  const asset = (id: number, name: string, size: number, tag: string) => ({
    url: `${api}/releases/assets/${id}`,
    browser_download_url: `${html}/releases/download/${tag}/${name}`,
    id,
    node_id: `RA_${id}`,
    name,
    label: '',
    state: 'uploaded',
    content_type: 'application/octet-stream',
    size,
    download_count: 3,
    created_at: '2026-02-01T10:00:00Z',
    updated_at: '2026-02-01T10:00:00Z',
  });
  const release = (id: number, tag: string, publishedAt: string, body: string, assets: unknown[], extra: Record<string, unknown> = {}) => ({
    url: `${api}/releases/${id}`,
    html_url: `${html}/releases/tag/${tag}`,
    assets_url: `${api}/releases/${id}/assets`,
    upload_url: `https://uploads.github.com/repos/${owner}/${repo}/releases/${id}/assets{?name,label}`,
    tarball_url: `${api}/tarball/${tag}`,
    zipball_url: `${api}/zipball/${tag}`,
    id,
    node_id: `RE_${id}`,
    tag_name: tag,
    target_commitish: 'main',
    name: tag,
    body,
    draft: false,
    prerelease: false,
    created_at: publishedAt,
    published_at: publishedAt,
    author: { login: 'octocat', id: 1, type: 'User' },
    assets,
    ...extra,
  });
  return {
    owner,
    repo,
    repository: {
      id: 1296269,
      node_id: 'MDEwOlJlcG9zaXRvcnkxMjk2MjY5',
      name: repo,
      full_name: `${owner}/${repo}`,
      owner: { login: owner, id: 2, type: 'Organization' },
      private: false,
      visibility: 'public',
      html_url: html,
      description: 'A demo project',
      fork: false,
      url: api,
      default_branch: 'main',
      has_issues: true,
      has_projects: true,
      has_wiki: false,
      has_discussions: true,
      archived: false,
      disabled: false,
      pushed_at: '2026-03-01T10:00:00Z',
      created_at: '2020-01-26T19:01:12Z',
      updated_at: '2026-03-01T10:00:00Z',
      license: { key: 'apache-2.0', name: 'Apache License 2.0', spdx_id: 'Apache-2.0' },
    },
    rules: [
      { type: 'deletion', ruleset_source_type: 'Repository', ruleset_source: `${owner}/${repo}`, ruleset_id: 42 },
      { type: 'non_fast_forward', ruleset_source_type: 'Repository', ruleset_source: `${owner}/${repo}`, ruleset_id: 42 },
      {
        type: 'pull_request',
        ruleset_source_type: 'Organization',
        ruleset_source: owner,
        ruleset_id: 7,
        parameters: {
          allowed_merge_methods: ['merge', 'squash', 'rebase'],
          dismiss_stale_reviews_on_push: true,
          require_code_owner_review: true,
          require_last_push_approval: false,
          required_approving_review_count: 2,
          required_review_thread_resolution: false,
        },
      },
      {
        type: 'required_status_checks',
        ruleset_source_type: 'Repository',
        ruleset_source: `${owner}/${repo}`,
        ruleset_id: 42,
        parameters: {
          do_not_enforce_on_create: false,
          required_status_checks: [{ context: 'ci/test', integration_id: 15368 }, { context: 'ci/lint' }],
          strict_required_status_checks_policy: true,
        },
      },
    ],
    protection: {
      url: `${api}/branches/main/protection`,
      required_status_checks: {
        url: `${api}/branches/main/protection/required_status_checks`,
        strict: true,
        contexts: ['ci/test'],
        checks: [{ context: 'ci/test', app_id: null }],
      },
      required_pull_request_reviews: {
        url: `${api}/branches/main/protection/required_pull_request_reviews`,
        dismiss_stale_reviews: true,
        require_code_owner_reviews: false,
        required_approving_review_count: 1,
        require_last_push_approval: false,
      },
      enforce_admins: { url: `${api}/branches/main/protection/enforce_admins`, enabled: true },
      required_linear_history: { enabled: false },
      allow_force_pushes: { enabled: false },
      allow_deletions: { enabled: false },
      block_creations: { enabled: false },
      required_conversation_resolution: { enabled: false },
      lock_branch: { enabled: false },
      allow_fork_syncing: { enabled: false },
    },
    branch: {
      name: 'main',
      commit: { sha: '7fd1a60b01f91b314f59955a4e4d4e80d8edf11d', url: `${api}/commits/7fd1a60b01f91b314f59955a4e4d4e80d8edf11d` },
      _links: { self: `${api}/branches/main`, html: `${html}/tree/main` },
      protected: true,
      protection: {
        enabled: true,
        required_status_checks: { enforcement_level: 'non_admins', contexts: ['ci/test'], checks: [{ context: 'ci/test', app_id: null }] },
      },
      protection_url: `${api}/branches/main/protection`,
    },
    releases: [
      release(
        3,
        'v1.2.0',
        '2026-02-01T10:00:00Z',
        "## What's Changed\n- Fix path traversal in archive extraction (security)\n- Add SBOM to releases\n\n**Full Changelog**: v1.1.0...v1.2.0",
        [
          asset(301, 'demo_1.2.0_linux_amd64.tar.gz', 1048576, 'v1.2.0'),
          asset(302, 'demo_1.2.0_linux_amd64.tar.gz.sigstore.json', 4096, 'v1.2.0'),
          asset(303, 'demo_1.2.0.spdx.json', 20480, 'v1.2.0'),
          asset(304, 'multiple.intoto.jsonl', 8192, 'v1.2.0'),
          asset(305, 'SHA256SUMS', 256, 'v1.2.0'),
          asset(306, 'LICENSE', 11357, 'v1.2.0'),
        ],
      ),
      release(2, 'v1.1.0', '2025-11-01T10:00:00Z', 'Bug fixes.', [asset(201, 'demo-linux-amd64.tar.gz', 1000000, 'v1.1.0')]),
      release(1, 'v1.3.0-rc.1', '2026-03-01T10:00:00Z', '', [], { draft: true, published_at: null }),
    ],
    releasesHaveNextPage: false,
    tags: [
      { name: 'v1.2.0', commit: { sha: 'c5b97d5ae6c19d5c5df71a34c7fbeeda2479ccbc', url: `${api}/commits/c5b97d5` }, zipball_url: `${api}/zipball/v1.2.0`, tarball_url: `${api}/tarball/v1.2.0`, node_id: 'REF_1' },
      { name: 'v1.1.0', commit: { sha: 'a5b97d5ae6c19d5c5df71a34c7fbeeda2479ccbc', url: `${api}/commits/a5b97d5` }, zipball_url: `${api}/zipball/v1.1.0`, tarball_url: `${api}/tarball/v1.1.0`, node_id: 'REF_2' },
    ],
    privateVulnerabilityReporting: { enabled: true },
    // A repository created before February 2023 keeps GitHub's old default: read and write.
    workflowPermissions: { default_workflow_permissions: 'write', can_approve_pull_request_reviews: false },
    advisories: [
      {
        ghsa_id: 'GHSA-abcd-1234-efgh',
        cve_id: 'CVE-2026-12345',
        url: `https://api.github.com/repos/${owner}/${repo}/security-advisories/GHSA-abcd-1234-efgh`,
        html_url: `${html}/security/advisories/GHSA-abcd-1234-efgh`,
        summary: 'Path traversal in archive extraction',
        description: 'A crafted archive could write outside the target directory.',
        severity: 'high',
        state: 'published',
        published_at: '2026-02-01T12:00:00Z',
        created_at: '2026-01-20T12:00:00Z',
        updated_at: '2026-02-01T12:00:00Z',
        vulnerabilities: [{ package: { ecosystem: 'npm', name: 'demo' }, vulnerable_version_range: '< 1.2.0', patched_versions: '1.2.0' }],
      },
      {
        ghsa_id: 'GHSA-draf-tttt-0000',
        cve_id: null,
        html_url: `${html}/security/advisories/GHSA-draf-tttt-0000`,
        summary: 'Draft',
        severity: 'low',
        state: 'draft',
        published_at: null,
      },
    ],
    orgHealthPaths: null,
    workflowRuns: {
      'slam.yml': [
        {
          id: 30433642,
          name: 'Security Slam',
          node_id: 'MDEyOldvcmtmbG93IFJ1bjI2OTI4OQ==',
          head_branch: 'main',
          head_sha: 'acb5820ced9479c074f688cc328bf03f341a511d',
          path: '.github/workflows/slam.yml',
          run_number: 562,
          event: 'schedule',
          status: 'completed',
          conclusion: 'success',
          workflow_id: 159038,
          url: `${api}/actions/runs/30433642`,
          html_url: `${html}/actions/runs/30433642`,
          created_at: '2026-03-02T04:00:00Z',
          updated_at: '2026-03-02T04:03:10Z',
          run_started_at: '2026-03-02T04:00:05Z',
        },
      ],
    },
  };
}
