// A fake Sigstore on 127.0.0.1 (random port) for tests: Fulcio, Rekor v1 and an RFC 3161
// timestamp authority built from @sigstore/mock's parts, plus a GitHub Actions OIDC endpoint that
// issues unsigned tokens with GitHub's claims. It writes a SigningConfig and a TrustedRoot that
// name these services, so the real @sigstore/sign signs against it and the real
// @sigstore/verify verifies what it signed.
//
//   const sig = await startFakeSigstore();
//   const { resultPath, bundlePath } = await sig.signResult(dir, { repository: 'acme/widget', ref: 'refs/heads/main' });
//   ... slam verify dir --trusted-root sig.trustedRootPath ...
//   await sig.close();
//
// The deep imports keep @sigstore/mock's nock-based helpers (and nock) out of the process.
import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import { bundleBuilderFromSigningConfig } from '@sigstore/sign';
import { fulcioHandler, initializeCA, initializeCTLog, type CTLog } from '@sigstore/mock/dist/fulcio/index.js';
import { initializeTLog, type TLog } from '@sigstore/mock/dist/rekor/index.js';
import { initializeTSA, tsaHandler, type TSA } from '@sigstore/mock/dist/timestamp/index.js';
import type { Handler } from '@sigstore/mock/dist/shared.types.js';
import { readRunContext } from '../../src/attestation/context.ts';
import { loadSigningConfig, signResultFile, type SignOutcome } from '../../src/attestation/sign.ts';
import { PAYLOAD_TYPE } from '../../src/attestation/statement.ts';

export const OUR_WORKFLOW = 'security-slam/security-slam-action/.github/workflows/slam.yml@refs/tags/v1';
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** Who signs: the GitHub claims of the job's OIDC token (and so the certificate's extensions). */
export interface SignAs {
  /** owner/name of the calling repository. Default acme/widget. */
  repository?: string;
  repositoryId?: number;
  ref?: string;
  sha?: string;
  /** job_workflow_ref: the workflow the certificate's SAN names. Default our slam.yml at v1. */
  workflow?: string;
  /** workflow_ref: the caller's workflow. */
  callerWorkflow?: string;
  eventName?: string;
  runId?: number;
  runAttempt?: number;
  runnerEnvironment?: string;
  /** Overrides the token's issuer (default GitHub's). */
  issuer?: string;
}

export interface SignResultOptions extends SignAs {
  /** Default security-slam-result.json. */
  fileName?: string;
  /** The result document (object, written as JSON) or exact bytes; default sampleResult(). */
  result?: unknown;
  /** Values of the run context that differ from the token's claims (GITHUB_* variables). */
  envOverrides?: Record<string, string>;
}

export interface FakeSigstoreOptions {
  /** Witness with Rekor (default true) and/or the TSA (default true). */
  tlog?: boolean;
  tsa?: boolean;
  /** Leave the transparency log out of the trusted root (for TSA-only instances). */
  trustedRootWithoutTlog?: boolean;
  /** Fixed clock of the certificate authority (its certificates are valid 10 minutes from it). */
  caClock?: Date;
}

type Service = 'fulcio' | 'rekor' | 'tsa' | 'oidc';

export interface FakeSigstore {
  url: string;
  dir: string;
  signingConfig: Record<string, unknown>;
  signingConfigPath: string;
  trustedRoot: Record<string, unknown>;
  trustedRootPath: string;
  /** Every request: service and the status answered. */
  requests: { service: Service; status: number; at: number }[];
  /** Answer the next `count` requests to a service with `status` (default 503). */
  failNext(service: Service, count: number, status?: number): void;
  /** The GitHub claims a token for `as` carries. */
  claims(as?: SignAs): Record<string, string>;
  /** A job's environment for `as`: the GITHUB_* run context and the OIDC request variables. */
  env(as?: SignAs): Record<string, string>;
  /** Writes a result file into `dir` and signs it with our signResultFile, as the action does. */
  signResult(dir: string, options?: SignResultOptions): Promise<SignOutcome & { resultPath: string }>;
  /** Signs any payload with the real @sigstore/sign as `as` (for forgeries: what an attacker's own job can sign). */
  signPayload(payload: Buffer | string | object, as?: SignAs, payloadType?: string): Promise<SerializedBundle>;
  close(): Promise<void>;
}

/** A schema-valid result document about a repository, commit and ref. */
export function sampleResult(repository = 'acme/widget', commit = 'c'.repeat(40), ref = 'refs/heads/main'): Record<string, unknown> {
  const ids = ['cleaner', 'chronicler', 'inspector', 'mechanizer', 'defender', 'cra-readiness'];
  return {
    schemaVersion: '1.0.0',
    tool: { name: 'security-slam-action', version: '0.1.0', informationUri: 'https://github.com/security-slam/security-slam-action' },
    subject: { repository, commit, ref },
    generatedAt: '2026-03-01T12:00:00.000Z',
    catalog: { id: 'osps-baseline', version: '2026.02.19' },
    level: 1,
    levelSource: 'config',
    run: { offline: false, hasToken: true },
    controls: [],
    summary: [{ level: 1, total: 0, pass: 0, fail: 0, attested: 0, unknown: 0, 'not-applicable': 0 }],
    objectives: ids.map((id, i) => ({ id, title: id, status: i < 2 ? 'met' : 'unmet', checks: [], missing: [] })),
    nextStep: null,
    securityInsights: null,
    findings: [],
    notes: [],
  };
}

const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const spki = (k: KeyObject) => k.export({ format: 'der', type: 'spki' }) as Buffer;
const FAST_RETRY = { retries: 2, minTimeoutMs: 10, maxTimeoutMs: 50 };

export async function startFakeSigstore(options: FakeSigstoreOptions = {}): Promise<FakeSigstore> {
  const withTlog = options.tlog ?? true;
  const withTsa = options.tsa ?? true;
  const dir = mkdtempSync(join(tmpdir(), 'slam-fake-sigstore-'));
  const requests: { service: Service; status: number; at: number }[] = [];
  const failures = new Map<Service, { count: number; status: number }>();
  const tokens = new Map<string, Record<string, string>>();
  const handlers: Partial<Record<Service, Handler>> = {};

  const server: Server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const key = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const ctKeys = key();
  const tlogKeys = key();
  const tsaKeys = key();
  const ctlog: CTLog = await initializeCTLog(ctKeys);
  const ca = await initializeCA(key(), ctlog, options.caClock);
  const tlog: TLog = await initializeTLog(`${url}/rekor`, tlogKeys);
  const tsa: TSA = await initializeTSA(tsaKeys);
  // Whole seconds: pkijs writes genTime's fraction without trailing zeros (".05"), which
  // @sigstore/core refuses ("invalid time") about one time in ten; real TSAs write none or three digits.
  (tsa as unknown as { getCurrentTime: () => Date }).getCurrentTime = () => new Date(Math.floor(Date.now() / 1000) * 1000);

  // Fulcio: the mock takes the SAN from one claim; GitHub's is https://github.com/ + job_workflow_ref.
  const fulcio = fulcioHandler(ca, { subjectClaim: 'fake_san' });
  handlers.fulcio = {
    path: fulcio.path,
    fn: async (body) => {
      const json = JSON.parse(body) as { credentials: { oidcIdentityToken: string } };
      const [header, payload] = json.credentials.oidcIdentityToken.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, string>;
      json.credentials.oidcIdentityToken = `${header}.${b64url({ ...claims, fake_san: `https://github.com/${claims.job_workflow_ref}` })}.`;
      return fulcio.fn(JSON.stringify(json));
    },
  };
  // Rekor v1: log a DSSE entry in the form Rekor stores it (hashes and signatures), not as proposed.
  handlers.rekor = {
    path: '/api/v1/log/entries',
    fn: async (body) => {
      const proposed = JSON.parse(body) as { kind: string; apiVersion: string; spec: { proposedContent?: { envelope: string; verifiers: string[] } } };
      let entry: object = proposed;
      if (proposed.kind === 'dsse' && proposed.spec.proposedContent) {
        const { envelope, verifiers } = proposed.spec.proposedContent;
        const env = JSON.parse(envelope) as { payload: string; signatures: { sig: string }[] };
        const sha = (b: Buffer | string) => ({ algorithm: 'sha256', value: createHash('sha256').update(b).digest('hex') });
        entry = {
          apiVersion: '0.0.1',
          kind: 'dsse',
          spec: {
            envelopeHash: sha(envelope),
            payloadHash: sha(Buffer.from(env.payload, 'base64')),
            signatures: env.signatures.map((s, i) => ({ signature: s.sig, verifier: verifiers[i] ?? verifiers[0] })),
          },
        };
      }
      return { statusCode: 201, response: JSON.stringify(await tlog.log(entry)), contentType: 'application/json' };
    },
  };
  handlers.tsa = tsaHandler(tsa);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const u = new URL(req.url ?? '/', url);
    const [, service, ...rest] = u.pathname.split('/');
    const path = `/${rest.join('/')}`;
    const send = (status: number, body: string | Uint8Array, type = 'application/json') => {
      requests.push({ service: service as Service, status, at: Date.now() });
      res.writeHead(status, { 'Content-Type': type });
      res.end(body);
    };
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const fail = failures.get(service as Service);
    if (fail && fail.count > 0) {
      fail.count--;
      send(fail.status, JSON.stringify({ message: 'injected failure' }));
      return;
    }
    if (service === 'oidc' && req.method === 'GET' && path === '/token') {
      const auth = req.headers.authorization ?? '';
      const claims = tokens.get(auth.replace(/^bearer /i, ''));
      if (!claims) return send(401, JSON.stringify({ message: 'bad request token' }));
      if (u.searchParams.get('audience') !== 'sigstore') return send(400, JSON.stringify({ message: 'audience must be sigstore' }));
      const now = Math.floor(Date.now() / 1000);
      const jwt = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ ...claims, aud: 'sigstore', iat: now, nbf: now, exp: now + 300 })}.`;
      return send(200, JSON.stringify({ count: 1, value: jwt }));
    }
    const handler = handlers[service as Service];
    if (req.method !== 'POST' || !handler || handler.path !== path) return send(404, JSON.stringify({ message: `no route ${req.method} ${u.pathname}` }));
    const out = await handler.fn(Buffer.concat(chunks).toString());
    const body = typeof out.response === 'string' ? out.response : Buffer.from(out.response.buffer, out.response.byteOffset, out.response.byteLength);
    send(out.statusCode, body, out.contentType ?? 'text/plain');
  }

  const start = '2020-01-01T00:00:00.000Z';
  const signingConfig = {
    mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
    caUrls: [{ url: `${url}/fulcio`, majorApiVersion: 1, validFor: { start }, operator: 'fake' }],
    oidcUrls: [],
    rekorTlogUrls: withTlog ? [{ url: `${url}/rekor`, majorApiVersion: 1, validFor: { start }, operator: 'fake' }] : [],
    tsaUrls: withTsa ? [{ url: `${url}/tsa/api/v1/timestamp`, majorApiVersion: 1, validFor: { start }, operator: 'fake' }] : [],
    ...(withTlog ? { rekorTlogConfig: { selector: 'ANY' } } : {}),
    ...(withTsa ? { tsaConfig: { selector: 'ANY' } } : {}),
  };
  const logKey = (k: Buffer) => ({ rawBytes: k.toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } });
  const logId = (k: Buffer) => ({ keyId: createHash('sha256').update(k).digest('base64') });
  const der = (b: ArrayBufferView) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64');
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: options.trustedRootWithoutTlog ? [] : [{ baseUrl: `${url}/rekor`, hashAlgorithm: 'SHA2_256', publicKey: logKey(spki(tlogKeys.publicKey)), logId: logId(spki(tlogKeys.publicKey)) }],
    certificateAuthorities: [{ subject: { organization: 'sigstore.mock', commonName: 'sigstore' }, uri: `${url}/fulcio`, certChain: { certificates: [{ rawBytes: der(ca.rootCertificate) }] }, validFor: { start } }],
    ctlogs: [{ baseUrl: `${url}/ctlog`, hashAlgorithm: 'SHA2_256', publicKey: logKey(Buffer.from(ctlog.publicKey)), logId: { keyId: der(ctlog.logID) } }],
    timestampAuthorities: [
      { subject: { organization: 'sigstore.mock', commonName: 'tsa' }, uri: `${url}/tsa`, certChain: { certificates: [{ rawBytes: der(tsa.intCertificate) }, { rawBytes: der(tsa.rootCertificate) }] }, validFor: { start } },
    ],
  };
  const signingConfigPath = join(dir, 'signing-config.json');
  const trustedRootPath = join(dir, 'trusted-root.json');
  writeFileSync(signingConfigPath, JSON.stringify(signingConfig, null, 2));
  writeFileSync(trustedRootPath, JSON.stringify(trustedRoot, null, 2));

  let serial = 0;
  const defaults = (as: SignAs = {}) => {
    const repository = as.repository ?? 'acme/widget';
    const ref = as.ref ?? 'refs/heads/main';
    return {
      repository,
      repositoryId: as.repositoryId ?? 4242,
      ref,
      sha: as.sha ?? 'c'.repeat(40),
      workflow: as.workflow ?? OUR_WORKFLOW,
      callerWorkflow: as.callerWorkflow ?? `${repository}/.github/workflows/security-slam.yml@${ref}`,
      eventName: as.eventName ?? 'push',
      runId: as.runId ?? 1234567,
      runAttempt: as.runAttempt ?? 1,
      runnerEnvironment: as.runnerEnvironment ?? 'github-hosted',
      issuer: as.issuer ?? GITHUB_ISSUER,
    };
  };
  const claims = (as: SignAs = {}): Record<string, string> => {
    const d = defaults(as);
    return {
      iss: d.issuer,
      sub: `repo:${d.repository}:ref:${d.ref}`,
      repository: d.repository,
      repository_id: String(d.repositoryId),
      repository_owner: d.repository.split('/')[0],
      repository_owner_id: '77',
      repository_visibility: 'public',
      ref: d.ref,
      sha: d.sha,
      job_workflow_ref: d.workflow,
      job_workflow_sha: 'f'.repeat(40),
      workflow_ref: d.callerWorkflow,
      workflow_sha: d.sha,
      event_name: d.eventName,
      run_id: String(d.runId),
      run_attempt: String(d.runAttempt),
      runner_environment: d.runnerEnvironment,
    };
  };
  const requestToken = (as: SignAs = {}): string => {
    const t = `request-token-${++serial}-${Math.random().toString(36).slice(2)}`;
    tokens.set(t, claims(as));
    return t;
  };
  const env = (as: SignAs = {}): Record<string, string> => {
    const d = defaults(as);
    return {
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: d.repository,
      GITHUB_REPOSITORY_ID: String(d.repositoryId),
      GITHUB_SHA: d.sha,
      GITHUB_REF: d.ref,
      GITHUB_RUN_ID: String(d.runId),
      GITHUB_RUN_ATTEMPT: String(d.runAttempt),
      GITHUB_EVENT_NAME: d.eventName,
      RUNNER_ENVIRONMENT: d.runnerEnvironment,
      ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/oidc/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken(as),
    };
  };

  return {
    url,
    dir,
    signingConfig,
    signingConfigPath,
    trustedRoot,
    trustedRootPath,
    requests,
    failNext(service, count, status = 503) {
      failures.set(service, { count, status });
    },
    claims,
    env,
    async signResult(target, opts = {}) {
      const d = defaults(opts);
      mkdirSync(target, { recursive: true });
      const resultPath = join(target, opts.fileName ?? 'security-slam-result.json');
      const result = opts.result ?? sampleResult(d.repository, d.sha, d.ref);
      writeFileSync(resultPath, Buffer.isBuffer(result) ? result : JSON.stringify(result, null, 2) + '\n');
      const jobEnv = { ...env(opts), ...opts.envOverrides };
      const outcome = await signResultFile(resultPath, { signingConfig: signingConfigPath, context: readRunContext(jobEnv), env: jobEnv, retry: FAST_RETRY, timeoutMs: 10_000 });
      return { ...outcome, resultPath };
    },
    async signPayload(payload, as = {}, payloadType = PAYLOAD_TYPE) {
      const data = Buffer.isBuffer(payload) ? payload : Buffer.from(typeof payload === 'string' ? payload : JSON.stringify(payload));
      const c = claims(as);
      const token = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ ...c, aud: 'sigstore' })}.`;
      const builder = bundleBuilderFromSigningConfig({
        signingConfig: loadSigningConfig(signingConfigPath),
        identityProvider: { getToken: async () => token },
        bundleType: 'dsseEnvelope',
        fetchOptions: { timeout: 10_000, retry: { retries: 0 } },
      });
      return bundleToJSON(await builder.create({ data, type: payloadType }));
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
