// A loopback Actions results service that the real `@actions/artifact` client can upload to.
// It speaks the twirp JSON calls the client makes (CreateArtifact, FinalizeArtifact) and the
// Azure block-blob calls of the signed upload URL (PUT comp=block, PUT comp=blocklist), checks
// what a real service checks (the runtime token, the backend ids of its `scp` claim, the size and
// `sha256:` hash of the finished upload, one artifact per name in a run), and keeps every
// uploaded zip so tests can open it. `fail()` makes a call answer with an error status a number
// of times (or always), to test retries.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inflateRawSync } from 'node:zlib';

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';
const MAX_BODY = 64 * 1024 * 1024;

export type FailTarget = 'CreateArtifact' | 'FinalizeArtifact' | 'block' | 'blocklist';

export interface StoredArtifact {
  id: number;
  name: string;
  runBackendId: string;
  jobBackendId: string;
  expiresAt: string | null;
  mimeType: string | null;
  /** The committed blob: the zip the client built. */
  bytes: Buffer;
  finalized: boolean;
  size: number | null;
  /** As the client sent it: `sha256:<hex>`. */
  hash: string | null;
}

export interface LoggedCall {
  kind: FailTarget | 'blob-put' | 'other';
  method: string;
  status: number;
  artifact?: string;
}

/** An unsigned JWT (alg none) like the runner's ACTIONS_RUNTIME_TOKEN: the client decodes `scp`, never verifies. */
export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: `Actions.GenericRead:${runBackendId} Actions.Results:${runBackendId}:${jobBackendId}`, exp: Math.floor(Date.now() / 1000) + 3600 })}.`;
}

export class FakeResultsService {
  readonly url: string;
  readonly runBackendId = 'c0ffee00-0000-4000-8000-000000000001';
  readonly jobBackendId = 'c0ffee00-0000-4000-8000-000000000002';
  readonly token: string;
  readonly calls: LoggedCall[] = [];
  /** By artifact name. */
  readonly artifacts = new Map<string, StoredArtifact>();
  private readonly server: Server;
  private readonly failures = new Map<FailTarget, { status: number; remaining: number }>();
  private readonly staged = new Map<number, Map<string, Buffer>>();
  private readonly sig = randomBytes(16).toString('hex');
  private nextId = 4242;

  private constructor(server: Server) {
    this.server = server;
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    this.token = runtimeToken(this.runBackendId, this.jobBackendId);
  }

  static async start(): Promise<FakeResultsService> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const fake = new FakeResultsService(server);
    server.on('request', (req, res) => {
      fake.handle(req, res).catch((e: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ code: 'internal', msg: String(e) }));
      });
    });
    return fake;
  }

  /** The variables the runner gives a JavaScript action for artifacts. */
  env(): Record<string, string> {
    return {
      ACTIONS_RUNTIME_TOKEN: this.token,
      ACTIONS_RESULTS_URL: `${this.url}/`,
      // The client refuses hosts it takes for GitHub Enterprise Server.
      GITHUB_SERVER_URL: 'https://github.com',
      NO_PROXY: '127.0.0.1,localhost',
      no_proxy: '127.0.0.1,localhost',
    };
  }

  /** Answer the next `times` calls of this kind (Infinity: every call) with `status`. */
  fail(target: FailTarget, status: number, times: number): void {
    this.failures.set(target, { status, remaining: times });
  }

  count(kind: LoggedCall['kind']): number {
    return this.calls.filter((c) => c.kind === kind).length;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const body = await readBody(req);
    if (req.method === 'POST' && url.pathname.startsWith(TWIRP)) return this.twirp(url.pathname.slice(TWIRP.length), req, body, res);
    if (req.method === 'PUT' && url.pathname.startsWith('/devstoreaccount1/artifacts/')) return this.blob(url, body, res);
    this.calls.push({ kind: 'other', method: req.method ?? '', status: 404 });
    res.writeHead(404).end();
  }

  private twirp(method: string, req: IncomingMessage, body: Buffer, res: ServerResponse): void {
    const kind = method === 'CreateArtifact' || method === 'FinalizeArtifact' ? method : 'other';
    const answer = (status: number, payload: object) => {
      this.calls.push({ kind, method, status, artifact: typeof request?.name === 'string' ? request.name : undefined });
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
    };
    let request: Record<string, unknown> | undefined;
    try {
      request = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    } catch {
      return answer(400, { code: 'malformed', msg: 'body is not JSON' });
    }
    if (req.headers.authorization !== `Bearer ${this.token}`) return answer(401, { code: 'unauthenticated', msg: 'bad runtime token' });
    if (kind === 'other') return answer(404, { code: 'bad_route', msg: `no such method ${method}` });
    const injected = this.takeFailure(kind);
    if (injected) return answer(injected, { code: 'internal', msg: 'injected failure' });
    if (request.workflow_run_backend_id !== this.runBackendId || request.workflow_job_run_backend_id !== this.jobBackendId) {
      return answer(403, { code: 'permission_denied', msg: 'backend ids do not match the token' });
    }
    const name = request.name;
    if (typeof name !== 'string' || name === '') return answer(400, { code: 'invalid_argument', msg: 'name is required' });
    const existing = this.artifacts.get(name);
    if (kind === 'CreateArtifact') {
      if (request.version !== 7) return answer(400, { code: 'invalid_argument', msg: `unsupported version ${String(request.version)}` });
      if (existing?.finalized) return answer(409, { code: 'already_exists', msg: `an artifact named ${name} already exists in this run` });
      // An artifact created but never finalized (an upload that failed) may be created again.
      const id = existing?.id ?? this.nextId++;
      this.artifacts.set(name, {
        id,
        name,
        runBackendId: this.runBackendId,
        jobBackendId: this.jobBackendId,
        expiresAt: typeof request.expires_at === 'string' ? request.expires_at : null,
        mimeType: typeof request.mime_type === 'string' ? request.mime_type : null,
        bytes: Buffer.alloc(0),
        finalized: false,
        size: null,
        hash: null,
      });
      this.staged.set(id, new Map());
      return answer(200, { ok: true, signed_upload_url: `${this.url}/devstoreaccount1/artifacts/${id}.zip?sv=2025-01-05&sr=b&sig=${this.sig}` });
    }
    if (!existing || existing.finalized) return answer(404, { code: 'not_found', msg: `no artifact ${name} being uploaded` });
    const size = Number(request.size);
    const hash = typeof request.hash === 'string' ? request.hash : null;
    if (size !== existing.bytes.length) return answer(400, { code: 'invalid_argument', msg: `size ${String(request.size)} but ${existing.bytes.length} bytes were uploaded` });
    const actual = `sha256:${createHash('sha256').update(existing.bytes).digest('hex')}`;
    if (hash !== actual) return answer(400, { code: 'invalid_argument', msg: `hash ${String(hash)} does not match the upload (${actual})` });
    existing.finalized = true;
    existing.size = size;
    existing.hash = hash;
    return answer(200, { ok: true, artifact_id: String(existing.id) });
  }

  private blob(url: URL, body: Buffer, res: ServerResponse): void {
    const comp = url.searchParams.get('comp');
    const kind: LoggedCall['kind'] = comp === 'block' ? 'block' : comp === 'blocklist' ? 'blocklist' : 'blob-put';
    const answer = (status: number, text = '') => {
      this.calls.push({ kind, method: 'PUT', status });
      res.writeHead(status, { 'x-ms-request-id': randomBytes(8).toString('hex'), 'x-ms-version': '2025-01-05', etag: '"0x1"', 'last-modified': new Date().toUTCString(), 'content-type': 'application/xml' }).end(text);
    };
    if (url.searchParams.get('sig') !== this.sig) return answer(403, '<Error><Code>AuthenticationFailed</Code></Error>');
    const id = Number(/^\/devstoreaccount1\/artifacts\/(\d{1,12})\.zip$/.exec(url.pathname)?.[1]);
    const artifact = [...this.artifacts.values()].find((a) => a.id === id && !a.finalized);
    const staged = this.staged.get(id);
    if (!artifact || !staged) return answer(404, '<Error><Code>BlobNotFound</Code></Error>');
    if (kind !== 'blob-put') {
      const injected = this.takeFailure(kind);
      if (injected) return answer(injected, '<Error><Code>InternalError</Code></Error>');
    }
    if (kind === 'block') {
      const blockId = url.searchParams.get('blockid');
      if (!blockId) return answer(400, '<Error><Code>InvalidQueryParameterValue</Code></Error>');
      staged.set(blockId, body);
      return answer(201);
    }
    if (kind === 'blocklist') {
      const ids = latestBlockIds(body.toString('utf8'));
      const parts: Buffer[] = [];
      for (const b of ids) {
        const part = staged.get(b);
        if (!part) return answer(400, '<Error><Code>InvalidBlockList</Code></Error>');
        parts.push(part);
      }
      artifact.bytes = Buffer.concat(parts);
      return answer(201);
    }
    // A single-shot upload (x-ms-blob-type: BlockBlob).
    artifact.bytes = body;
    return answer(201);
  }

  private takeFailure(kind: FailTarget): number | null {
    const f = this.failures.get(kind);
    if (!f || f.remaining <= 0) return null;
    f.remaining--;
    return f.status;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) req.destroy(new Error('body too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The ids of `<Latest>…</Latest>` in a Put Block List body, in order (plain scanning, no regex over the body). */
function latestBlockIds(xml: string): string[] {
  const ids: string[] = [];
  let at = 0;
  for (;;) {
    const open = xml.indexOf('<Latest>', at);
    if (open < 0) return ids;
    const close = xml.indexOf('</Latest>', open);
    if (close < 0) return ids;
    ids.push(xml.slice(open + 8, close));
    at = close + 9;
  }
}

/**
 * The entries of a zip the client built (trusted test data: no bounds beyond the format's own),
 * read from the central directory so data descriptors need no special case.
 */
export function readZip(zip: Buffer): Map<string, Buffer> {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + compressed);
    if (!name.endsWith('/')) out.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}
