// A loopback fake of the GitHub REST API's artifact endpoints for many repositories, answering in
// GitHub's documented shapes: GET /repos/{o}/{r}, the artifact list (per_page/page with a Link
// rel="next" header), and the zip endpoint, which answers 302 to a short-lived URL on a second
// server (another origin, like GitHub's blob storage). Tests queue overrides per path (status,
// headers, body, delay, a connection that never answers) and read the request logs, including
// whether an Authorization header reached each server.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeResponse } from '../github/fake-github.ts';

export interface FakeArtifact {
  id: number;
  name?: string;
  createdAt: string;
  expired?: boolean;
  headBranch?: string;
  headSha?: string;
  runId?: number;
  /** Default: the repository's id (a fork's run has another). */
  headRepositoryId?: number;
  zip: Buffer;
  /** Default: sha256 of zip; null leaves it out. */
  digest?: string | null;
}

export interface FakeRepo {
  repository: string;
  id?: number;
  defaultBranch?: string;
  artifacts?: FakeArtifact[];
}

export interface Logged {
  path: string;
  route: string;
  hasAuthorization: boolean;
  at: number;
}

const ARTIFACT_NAME = 'security-slam-result';

export class FakeArtifactsApi {
  readonly repos = new Map<string, Required<FakeRepo>>();
  readonly requests: Logged[] = [];
  readonly blobRequests: Logged[] = [];
  baseUrl = '';
  blobUrl = '';
  private readonly servers: Server[] = [];
  private readonly overrides = new Map<string, FakeReply[]>();
  private readonly once = new Set<string>();
  private nextRepoId = 1000;

  static async start(): Promise<FakeArtifactsApi> {
    const fake = new FakeArtifactsApi();
    fake.baseUrl = await fake.listen((req, res) => fake.handleApi(req, res));
    fake.blobUrl = await fake.listen((req, res) => fake.handleBlob(req, res));
    return fake;
  }

  addRepo(r: FakeRepo): void {
    this.repos.set(r.repository.toLowerCase(), { id: this.nextRepoId++, defaultBranch: 'main', artifacts: [], ...r });
  }

  /** Responses for a path (API or blob, without query) are used in order; the last repeats. */
  override(path: string, ...responses: FakeReply[]): void {
    this.overrides.set(path, responses);
  }

  /** One response for a path's next request; the path then answers as usual again. */
  overrideOnce(path: string, response: FakeReply): void {
    this.overrides.set(path, [response]);
    this.once.add(path);
  }

  clearOverride(path: string): void {
    this.overrides.delete(path);
    this.once.delete(path);
  }

  zipDownloads(): Logged[] {
    return this.blobRequests;
  }

  async close(): Promise<void> {
    for (const s of this.servers) {
      s.closeAllConnections();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    }
  }

  private async listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
    const server = createServer(handler);
    server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    this.servers.push(server);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  private log(list: Logged[], req: IncomingMessage, url: URL): void {
    list.push({ path: `${url.pathname}${url.search}`, route: url.pathname, hasAuthorization: typeof req.headers.authorization === 'string', at: Date.now() });
  }

  private takeOverride(route: string): FakeReply | undefined {
    const queue = this.overrides.get(route);
    if (!queue || queue.length === 0) return undefined;
    if (this.once.has(route)) {
      this.clearOverride(route);
      return queue[0];
    }
    return queue.length > 1 ? queue.shift() : queue[0];
  }

  private handleApi(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.baseUrl);
    this.log(this.requests, req, url);
    const o = this.takeOverride(url.pathname);
    if (o) return send(res, o);
    let m = /^\/repos\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (m) {
      const repo = this.repos.get(`${m[1]}/${m[2]}`.toLowerCase());
      if (!repo) return send(res, { status: 404, body: { message: 'Not Found', status: '404' } });
      return send(res, { body: { id: repo.id, name: m[2], full_name: repo.repository, default_branch: repo.defaultBranch, private: false, html_url: `https://github.com/${repo.repository}` } });
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/actions\/artifacts$/.exec(url.pathname);
    if (m) {
      const key = `${m[1]}/${m[2]}`;
      const repo = this.repos.get(key.toLowerCase());
      if (!repo) return send(res, { status: 404, body: { message: 'Not Found', status: '404' } });
      const name = url.searchParams.get('name');
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
      const page = Number(url.searchParams.get('page') ?? 1);
      // Newest first, as GitHub lists them.
      const all = repo.artifacts.filter((a) => !name || (a.name ?? ARTIFACT_NAME) === name).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      const last = Math.max(1, Math.ceil(all.length / perPage));
      if (page < last) {
        const link = (p: number) => `<${this.baseUrl}${url.pathname}?name=${encodeURIComponent(name ?? '')}&per_page=${perPage}&page=${p}>`;
        headers.link = `${link(page + 1)}; rel="next", ${link(last)}; rel="last"`;
      }
      return send(res, { headers, body: { total_count: all.length, artifacts: slice.map((a) => this.describe(repo, a)) } });
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/actions\/artifacts\/([0-9]+)\/zip$/.exec(url.pathname);
    if (m) {
      const repo = this.repos.get(`${m[1]}/${m[2]}`.toLowerCase());
      const a = repo?.artifacts.find((x) => x.id === Number(m![3]));
      if (!repo || !a) return send(res, { status: 404, body: { message: 'Not Found', status: '404' } });
      if (a.expired) return send(res, { status: 410, body: { message: 'Artifact has expired', status: '410' } });
      return send(res, { status: 302, headers: { location: `${this.blobUrl}/blob/${a.id}?sig=short-lived&se=${Date.now() + 60_000}` }, rawBody: '' });
    }
    send(res, { status: 404, body: { message: 'Not Found', status: '404' } });
  }

  private handleBlob(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.blobUrl);
    this.log(this.blobRequests, req, url);
    const o = this.takeOverride(url.pathname);
    if (o) return send(res, o);
    const m = /^\/blob\/([0-9]+)$/.exec(url.pathname);
    const id = m ? Number(m[1]) : -1;
    for (const repo of this.repos.values()) {
      const a = repo.artifacts.find((x) => x.id === id);
      if (a) {
        res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(a.zip.length) });
        res.end(a.zip);
        return;
      }
    }
    send(res, { status: 404, rawBody: 'BlobNotFound', contentType: 'application/xml' });
  }

  private describe(repo: Required<FakeRepo>, a: FakeArtifact): Record<string, unknown> {
    const expires = new Date(Date.parse(a.createdAt) + 90 * 86_400_000).toISOString();
    const digest = a.digest === undefined ? `sha256:${createHash('sha256').update(a.zip).digest('hex')}` : a.digest;
    return {
      id: a.id,
      node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
      name: a.name ?? ARTIFACT_NAME,
      size_in_bytes: a.zip.length,
      url: `${this.baseUrl}/repos/${repo.repository}/actions/artifacts/${a.id}`,
      archive_download_url: `${this.baseUrl}/repos/${repo.repository}/actions/artifacts/${a.id}/zip`,
      expired: a.expired ?? false,
      created_at: a.createdAt,
      updated_at: a.createdAt,
      expires_at: a.expired ? a.createdAt : expires,
      ...(digest !== null ? { digest } : {}),
      workflow_run: {
        id: a.runId ?? a.id * 10,
        repository_id: repo.id,
        head_repository_id: a.headRepositoryId ?? repo.id,
        head_branch: a.headBranch ?? repo.defaultBranch,
        head_sha: a.headSha ?? 'a'.repeat(40),
      },
    };
  }
}

/** FakeResponse, plus a body that stops after some bytes with the connection left open. */
type FakeReply = FakeResponse & { stallAfterBytes?: number };

function send(res: ServerResponse, r: FakeReply): void {
  if (r.hang) return;
  if (r.delayMs) {
    setTimeout(() => send(res, { ...r, delayMs: 0 }), r.delayMs).unref();
    return;
  }
  const text = r.rawBody ?? (r.body === undefined ? '' : JSON.stringify(r.body));
  const bytes = Buffer.from(text);
  const headers: Record<string, string> = {
    'content-type': r.contentType ?? 'application/json; charset=utf-8',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'content-length': String(bytes.length),
    ...r.headers,
  };
  res.writeHead(r.status ?? 200, headers);
  if (r.stallAfterBytes !== undefined) {
    res.write(bytes.subarray(0, r.stallAfterBytes));
    return;
  }
  if (r.truncateAfterBytes !== undefined) {
    res.write(bytes.subarray(0, r.truncateAfterBytes), () => res.socket?.destroy());
    return;
  }
  res.end(bytes);
}
