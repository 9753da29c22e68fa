// Signs a result file: in-toto statement -> DSSE envelope -> Fulcio certificate from the job's
// GitHub OIDC token -> witnessed as the SigningConfig says (Rekor entry and/or RFC 3161
// timestamp) -> `<result file>.sigstore.json` (bundle v0.3). Works on an existing result file,
// so the reusable workflow's sign job (which never reads the repository) uses it as is.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { SigningConfig } from '@sigstore/protobuf-specs';
import { bundleBuilderFromSigningConfig, type IdentityProvider } from '@sigstore/sign';
import { certificateClaims } from './certificate.ts';
import { claimsDisagreement } from './claims.ts';
import type { RunContext } from './context.ts';
import publicGood from './public-good-signing-config.json' with { type: 'json' };
import { buildStatement, PAYLOAD_TYPE, StatementError, type Statement } from './statement.ts';

export const SIGNING_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json';
const MAX_RESULT_BYTES = 50 * 1024 * 1024;
const MAX_CONFIG_BYTES = 1024 * 1024;

export type SigningFailure = 'no-oidc' | 'config' | 'result' | 'service' | 'claims';

export class SigningError extends Error {
  readonly kind: SigningFailure;
  constructor(kind: SigningFailure, message: string) {
    super(message);
    this.name = 'SigningError';
    this.kind = kind;
  }
}

export interface RetryOptions {
  /** Retries after the first try, for 5xx, 408, 429 and network errors. */
  retries: number;
  /** First wait; each next one doubles, up to maxTimeoutMs. */
  minTimeoutMs: number;
  maxTimeoutMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { retries: 4, minTimeoutMs: 1000, maxTimeoutMs: 15_000 };

export interface SignOptions {
  /** `public-good` (shipped), or a path to a SigningConfig v0.2 JSON file. */
  signingConfig: string;
  context: RunContext;
  /** Default: the job's GitHub OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN), audience sigstore. */
  identity?: IdentityProvider;
  retry?: RetryOptions;
  /** Per request, default 15 s. */
  timeoutMs?: number;
  /** Default `<resultPath>.sigstore.json`. */
  bundlePath?: string;
  env?: NodeJS.ProcessEnv;
}

export interface SignOutcome {
  bundlePath: string;
  bundle: SerializedBundle;
  statement: Statement;
}

/** Reads and checks a SigningConfig: `public-good` or a file path. */
export function loadSigningConfig(spec: string): SigningConfig {
  let json: unknown;
  if (spec === 'public-good') {
    json = publicGood;
  } else {
    try {
      if (statSync(spec).size > MAX_CONFIG_BYTES) throw new SigningError('config', `signing config ${spec} is larger than 1 MiB`);
      json = JSON.parse(readFileSync(spec, 'utf8'));
    } catch (e) {
      if (e instanceof SigningError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      throw new SigningError('config', `cannot read signing config ${spec}: ${code ?? (e instanceof Error ? e.message : String(e))}`);
    }
  }
  const mediaType = (json as { mediaType?: unknown } | null)?.mediaType;
  if (mediaType !== SIGNING_CONFIG_MEDIA_TYPE) throw new SigningError('config', `signing config ${spec} is not a ${SIGNING_CONFIG_MEDIA_TYPE} document (mediaType ${JSON.stringify(mediaType)})`);
  let config: SigningConfig;
  try {
    config = SigningConfig.fromJSON(json);
  } catch (e) {
    throw new SigningError('config', `signing config ${spec} is invalid: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (config.caUrls.length === 0) throw new SigningError('config', `signing config ${spec} names no certificate authority (caUrls)`);
  if (!config.rekorTlogConfig && !config.tsaConfig) throw new SigningError('config', `signing config ${spec} names neither a transparency log nor a timestamp authority: the signature would have no trusted time`);
  for (const s of [...config.caUrls, ...config.rekorTlogUrls, ...config.tsaUrls]) {
    if (!/^https?:\/\//.test(s.url)) throw new SigningError('config', `signing config ${spec} has a service URL that is not http(s): ${JSON.stringify(s.url)}`);
  }
  return config;
}

/** True when the job can ask for an OIDC token (it has `permissions: id-token: write`). */
export function canRequestOidcToken(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}

/** The job's GitHub OIDC token for audience `sigstore`, retried with backoff. The token is never logged. */
export function githubOidcProvider(env: NodeJS.ProcessEnv = process.env, retry: RetryOptions = DEFAULT_RETRY, timeoutMs = 15_000): IdentityProvider {
  return {
    async getToken(): Promise<string> {
      const endpoint = env.ACTIONS_ID_TOKEN_REQUEST_URL;
      const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
      if (!endpoint || !bearer) throw new SigningError('no-oidc', 'no OIDC token: the job needs "permissions: id-token: write" (ACTIONS_ID_TOKEN_REQUEST_URL is not set; pull requests from forks never get one)');
      const url = new URL(endpoint);
      url.searchParams.set('audience', 'sigstore');
      return withRetry(retry, async () => {
        let response: Response;
        try {
          response = await fetch(url, { headers: { Authorization: `bearer ${bearer}`, Accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
        } catch (e) {
          throw new Transient(`OIDC token request failed: ${e instanceof Error ? e.message : String(e)}`);
        }
        if (!response.ok) {
          const message = `OIDC token request answered HTTP ${response.status}`;
          throw response.status >= 500 || response.status === 429 || response.status === 408 ? new Transient(message) : new SigningError('no-oidc', message);
        }
        const body = (await response.json().catch(() => null)) as { value?: unknown } | null;
        if (typeof body?.value !== 'string' || body.value.split('.').length !== 3) throw new SigningError('no-oidc', 'OIDC token answer holds no token');
        return body.value;
      });
    },
  };
}

class Transient extends Error {}

async function withRetry<T>(retry: RetryOptions, f: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await f();
    } catch (e) {
      if (!(e instanceof Transient) || attempt >= retry.retries) throw e instanceof Transient ? new SigningError('no-oidc', `${e.message} (after ${attempt + 1} tries)`) : e;
      const wait = Math.min(retry.maxTimeoutMs, retry.minTimeoutMs * 2 ** attempt);
      await new Promise((r) => setTimeout(r, wait * (0.5 + Math.random() / 2)));
    }
  }
}

/**
 * Signs `resultPath` and writes its bundle. Throws SigningError (never writes a partial
 * bundle): `no-oidc`, `config`, `result` (not a result about this run), `service` (Fulcio,
 * Rekor or the TSA failed after retries), `claims` (the certificate disagrees with the run).
 */
export async function signResultFile(resultPath: string, options: SignOptions): Promise<SignOutcome> {
  const retry = options.retry ?? DEFAULT_RETRY;
  const signingConfig = loadSigningConfig(options.signingConfig);
  let bytes: Buffer;
  try {
    if (statSync(resultPath).size > MAX_RESULT_BYTES) throw new SigningError('result', `${resultPath} is larger than 50 MiB`);
    bytes = readFileSync(resultPath);
  } catch (e) {
    if (e instanceof SigningError) throw e;
    throw new SigningError('result', `cannot read ${resultPath}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  let statement: Statement;
  try {
    statement = buildStatement(basename(resultPath), bytes, options.context);
  } catch (e) {
    if (e instanceof StatementError) throw new SigningError('result', e.message);
    throw e;
  }
  const identity = options.identity ?? githubOidcProvider(options.env ?? process.env, retry, options.timeoutMs);
  const builder = bundleBuilderFromSigningConfig({
    signingConfig,
    identityProvider: identity,
    bundleType: 'dsseEnvelope',
    fetchOptions: {
      timeout: options.timeoutMs ?? 15_000,
      retry: { retries: retry.retries, factor: 2, minTimeout: retry.minTimeoutMs, maxTimeout: retry.maxTimeoutMs, randomize: true },
    },
  });
  let bundle: SerializedBundle;
  try {
    bundle = bundleToJSON(await builder.create({ data: Buffer.from(JSON.stringify(statement)), type: PAYLOAD_TYPE }));
  } catch (e) {
    throw serviceError(e);
  }
  // The certificate states the run as GitHub saw it; a predicate that disagrees would be rejected
  // by every verifier, so say it now instead of publishing it.
  const raw = bundle.verificationMaterial.certificate?.rawBytes;
  if (!raw) throw new SigningError('service', 'the certificate authority returned no certificate');
  const disagreement = claimsDisagreement(statement.predicate, certificateClaims(X509Certificate.parse(Buffer.from(raw, 'base64'))));
  if (disagreement) throw new SigningError('claims', `the signing certificate disagrees with this run: ${disagreement}`);
  const bundlePath = options.bundlePath ?? `${resultPath}.sigstore.json`;
  writeFileSync(bundlePath, JSON.stringify(bundle, null, 2) + '\n');
  return { bundlePath, bundle, statement };
}

function serviceError(e: unknown): SigningError {
  if (e instanceof SigningError) return e;
  const cause = (e as { cause?: unknown }).cause;
  if (cause instanceof SigningError) return cause;
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: string }).code;
  if (code === 'IDENTITY_TOKEN_READ_ERROR' || code === 'IDENTITY_TOKEN_PARSE_ERROR') return new SigningError('no-oidc', `${message}${cause instanceof Error ? `: ${cause.message}` : ''}`);
  const where: Record<string, string> = {
    CA_CREATE_SIGNING_CERTIFICATE_ERROR: 'certificate authority (Fulcio)',
    TLOG_CREATE_ENTRY_ERROR: 'transparency log (Rekor)',
    TLOG_FETCH_ENTRY_ERROR: 'transparency log (Rekor)',
    TSA_CREATE_TIMESTAMP_ERROR: 'timestamp authority',
  };
  const detail = cause instanceof Error && cause.message && !message.includes(cause.message) ? `${message}: ${cause.message}` : message;
  return new SigningError('service', `${code && where[code] ? `${where[code]} failed` : 'signing failed'}: ${detail}`);
}
