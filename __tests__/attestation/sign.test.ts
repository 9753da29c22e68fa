// Signing with the real @sigstore/sign against the fake Fulcio, Rekor, TSA and OIDC endpoint;
// bundles checked with the real @sigstore/verify.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { certificateClaims } from '../../src/attestation/certificate.ts';
import { readRunContext } from '../../src/attestation/context.ts';
import { canRequestOidcToken, loadSigningConfig, signResultFile, SigningError } from '../../src/attestation/sign.ts';
import { sampleResult, startFakeSigstore, type FakeSigstore } from '../helpers/fake-sigstore.ts';

let sig: FakeSigstore;
beforeAll(async () => {
  sig = await startFakeSigstore();
});
afterAll(async () => {
  await sig.close();
});
const temps: string[] = [];
function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'slam-sign-'));
  temps.push(d);
  return d;
}
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
  sig.requests.length = 0;
});

const FAST = { retries: 2, minTimeoutMs: 10, maxTimeoutMs: 50 };

function verifyRaw(bundle: unknown, trustedRoot: unknown = sig.trustedRoot, tlogThreshold = 1) {
  return new Verifier(toTrustMaterial(TrustedRoot.fromJSON(trustedRoot)), { tlogThreshold }).verify(toSignedEntity(bundleFromJSON(bundle)));
}

async function refusal(p: Promise<unknown>): Promise<SigningError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(SigningError);
  return e as SigningError;
}

describe('signResultFile', () => {
  it('writes <result>.sigstore.json: a v0.3 bundle, DSSE over our statement, Fulcio certificate, Rekor entry and timestamp', async () => {
    const dir = temp();
    const out = await sig.signResult(dir, { repository: 'acme/widget', ref: 'refs/heads/main', runId: 77, runAttempt: 3 });
    expect(out.bundlePath).toBe(join(dir, 'security-slam-result.json.sigstore.json'));
    const bundle = JSON.parse(readFileSync(out.bundlePath, 'utf8'));
    expect(bundle).toEqual(out.bundle);
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(bundle.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json');
    expect(JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString())).toEqual(out.statement);
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);
    expect(bundle.verificationMaterial.tlogEntries[0].kindVersion).toEqual({ kind: 'dsse', version: '0.0.1' });
    expect(bundle.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1);
    expect(sig.requests.map((r) => `${r.service} ${r.status}`)).toEqual(['oidc 200', 'fulcio 201', 'rekor 201', 'tsa 201']);

    const signer = verifyRaw(bundle);
    expect(signer.identity?.subjectAlternativeName).toBe('https://github.com/security-slam/security-slam-action/.github/workflows/slam.yml@refs/tags/v1');
    const claims = certificateClaims(X509Certificate.parse(Buffer.from(bundle.verificationMaterial.certificate.rawBytes, 'base64')));
    expect(claims).toMatchObject({
      issuer: 'https://token.actions.githubusercontent.com',
      sourceRepository: 'acme/widget',
      sourceRepositoryDigest: 'c'.repeat(40),
      sourceRepositoryRef: 'refs/heads/main',
      sourceRepositoryIdentifier: '4242',
      runnerEnvironment: 'github-hosted',
      buildTrigger: 'push',
      runInvocationUri: 'https://github.com/acme/widget/actions/runs/77/attempts/3',
    });
    expect(out.statement.predicate.run.url).toBe(claims.runInvocationUri);
  });

  it('sign-only: signs an existing result file as it is, byte for byte', async () => {
    const dir = temp();
    const resultPath = join(dir, 'custom.json');
    const bytes = Buffer.from(JSON.stringify(sampleResult()));
    writeFileSync(resultPath, bytes);
    const env = sig.env();
    const out = await signResultFile(resultPath, { signingConfig: sig.signingConfigPath, context: readRunContext(env), env, retry: FAST });
    expect(readFileSync(resultPath)).toEqual(bytes);
    expect(out.bundlePath).toBe(`${resultPath}.sigstore.json`);
    expect(out.statement.subject[0].name).toBe('custom.json');
  });

  it('retries Fulcio, Rekor, the TSA and the OIDC endpoint with backoff on transient failures', async () => {
    sig.failNext('oidc', 1, 503);
    sig.failNext('fulcio', 2, 503);
    sig.failNext('rekor', 1, 429);
    sig.failNext('tsa', 1, 500);
    const out = await sig.signResult(temp());
    expect(existsSync(out.bundlePath)).toBe(true);
    const byService = (s: string) => sig.requests.filter((r) => r.service === s).map((r) => r.status);
    expect(byService('oidc')).toEqual([503, 200]);
    expect(byService('fulcio')).toEqual([503, 503, 201]);
    expect(byService('rekor')).toEqual([429, 201]);
    expect(byService('tsa')).toEqual([500, 201]);
    verifyRaw(out.bundle);
  });

  it('a service that keeps failing is a "service" SigningError naming it; no bundle is written, the result stays', async () => {
    const dir = temp();
    sig.failNext('rekor', 10, 503);
    const e = await refusal(sig.signResult(dir));
    expect(e.kind).toBe('service');
    expect(e.message).toMatch(/^transparency log \(Rekor\) failed: /);
    expect(sig.requests.filter((r) => r.service === 'rekor')).toHaveLength(3);
    expect(existsSync(join(dir, 'security-slam-result.json'))).toBe(true);
    expect(existsSync(join(dir, 'security-slam-result.json.sigstore.json'))).toBe(false);
    sig.failNext('rekor', 0);
    sig.requests.length = 0;

    sig.failNext('fulcio', 1, 400);
    const e2 = await refusal(sig.signResult(temp()));
    expect(e2.message).toMatch(/^certificate authority \(Fulcio\) failed: /);
    expect(sig.requests.filter((r) => r.service === 'fulcio').map((r) => r.status)).toEqual([400]); // a 400 is not retried
  });

  it('without id-token: write there is no OIDC request variable: a "no-oidc" error that says what to grant, before any request', async () => {
    const env = { ...sig.env(), ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' };
    expect(canRequestOidcToken(env)).toBe(false);
    expect(canRequestOidcToken(sig.env())).toBe(true);
    const dir = temp();
    writeFileSync(join(dir, 'r.json'), JSON.stringify(sampleResult()));
    const e = await refusal(signResultFile(join(dir, 'r.json'), { signingConfig: sig.signingConfigPath, context: readRunContext(env), env, retry: FAST }));
    expect(e.kind).toBe('no-oidc');
    expect(e.message).toMatch(/permissions: id-token: write/);
    expect(sig.requests).toEqual([]);
  });

  it('a refused OIDC request is "no-oidc" and never shows the request token', async () => {
    const env = { ...sig.env(), ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'secret-request-token-xyz' };
    const dir = temp();
    writeFileSync(join(dir, 'r.json'), JSON.stringify(sampleResult()));
    const e = await refusal(signResultFile(join(dir, 'r.json'), { signingConfig: sig.signingConfigPath, context: readRunContext(env), env, retry: FAST }));
    expect(e.kind).toBe('no-oidc');
    expect(e.message).toMatch(/HTTP 401/);
    expect(e.message).not.toContain('secret-request-token-xyz');
  });

  it('a certificate that disagrees with the run context is refused before anything is written ("claims")', async () => {
    const dir = temp();
    // The job's variables say another commit than the token GitHub issued.
    const e = await refusal(sig.signResult(dir, { envOverrides: { GITHUB_SHA: 'd'.repeat(40) }, result: { ...sampleResult(), subject: { repository: null, commit: null, ref: null } } }));
    expect(e.kind).toBe('claims');
    expect(e.message).toMatch(/the predicate's commit is d{40}, the certificate's c{40}/);
    expect(existsSync(join(dir, 'security-slam-result.json.sigstore.json'))).toBe(false);
  });

  it('a result about another commit is a "result" error, before any request', async () => {
    const e = await refusal(sig.signResult(temp(), { result: sampleResult('acme/widget', 'e'.repeat(40)) }));
    expect(e.kind).toBe('result');
    expect(sig.requests).toEqual([]);
    const missing = await refusal(signResultFile('/nonexistent/r.json', { signingConfig: sig.signingConfigPath, context: readRunContext(sig.env()) }));
    expect(missing.message).toBe('cannot read /nonexistent/r.json: ENOENT');
  });

  it('witnesses with a timestamp only when the signing config names no transparency log', async () => {
    const tsaOnly = await startFakeSigstore({ tlog: false, trustedRootWithoutTlog: true });
    try {
      const out = await tsaOnly.signResult(temp());
      expect(out.bundle.verificationMaterial.tlogEntries ?? []).toEqual([]);
      expect(out.bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1);
      expect(tsaOnly.requests.map((r) => r.service)).toEqual(['oidc', 'fulcio', 'tsa']);
      verifyRaw(out.bundle, tsaOnly.trustedRoot, 0);
    } finally {
      await tsaOnly.close();
    }
  });
});

describe('loadSigningConfig', () => {
  it('public-good is shipped as data: Fulcio, Rekor v1 and timestamp.sigstore.dev', () => {
    const c = loadSigningConfig('public-good');
    expect(c.caUrls.map((s) => s.url)).toEqual(['https://fulcio.sigstore.dev']);
    expect(c.rekorTlogUrls.map((s) => [s.url, s.majorApiVersion])).toEqual([['https://rekor.sigstore.dev', 1]]);
    expect(c.tsaUrls.map((s) => s.url)).toEqual(['https://timestamp.sigstore.dev/api/v1/timestamp']);
  });

  it('refuses a missing file, another media type, no CA and no witness with one sentence each', () => {
    const dir = temp();
    const write = (o: unknown) => {
      const p = join(dir, `c${Math.random()}.json`);
      writeFileSync(p, JSON.stringify(o));
      return p;
    };
    const good = sig.signingConfig;
    expect(() => loadSigningConfig('/nonexistent.json')).toThrow('cannot read signing config /nonexistent.json: ENOENT');
    expect(() => loadSigningConfig(write({ ...good, mediaType: 'application/json' }))).toThrow(/is not a application\/vnd\.dev\.sigstore\.signingconfig\.v0\.2\+json document/);
    expect(() => loadSigningConfig(write({ ...good, caUrls: [] }))).toThrow(/names no certificate authority/);
    const { rekorTlogConfig: _r, tsaConfig: _t, ...unwitnessed } = good;
    expect(() => loadSigningConfig(write(unwitnessed))).toThrow(/neither a transparency log nor a timestamp authority/);
    expect(() => loadSigningConfig(write({ ...good, caUrls: [{ url: 'file:///etc/passwd', majorApiVersion: 1 }] }))).toThrow(/not http\(s\)/);
  });
});
