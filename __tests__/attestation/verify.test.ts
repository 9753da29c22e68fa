// The verifier against genuine results and the forgery corpus. Genuine bundles are signed by our
// signResultFile with the real @sigstore/sign against the fake Sigstore; forgeries are what an
// attacker can make (edit files, sign with their own workflow identity, replay another
// repository's result); everything is checked by the real @sigstore/verify under our policy.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from '@sigstore/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { certificateClaims } from '../../src/attestation/certificate.ts';
import { buildStatement, PREDICATE_TYPE, sha256Hex } from '../../src/attestation/statement.ts';
import { DEFAULT_SIGNER_WORKFLOW, loadTrustMaterial, TrustRootError, verifyPath, type RejectReason, type Trust, type VerifyOutcome, type VerifyPolicy } from '../../src/attestation/verify.ts';
import { sampleResult, startFakeSigstore, type FakeSigstore, type SignAs } from '../helpers/fake-sigstore.ts';
import { reference } from '../helpers/schemas.ts';
import { buildZip, UNIX_SYMLINK } from '../helpers/zip-builder.ts';

let sig: FakeSigstore;
let trust: Trust;
beforeAll(async () => {
  sig = await startFakeSigstore();
  trust = await loadTrustMaterial(sig.trustedRootPath);
});
afterAll(async () => {
  await sig.close();
});
const temps: string[] = [];
function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'slam-verify-'));
  temps.push(d);
  return d;
}
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

const OURS: VerifyPolicy = { signerWorkflow: DEFAULT_SIGNER_WORKFLOW };
const RESULT = 'security-slam-result.json';
const BUNDLE = `${RESULT}.sigstore.json`;

async function genuine(as: Parameters<FakeSigstore['signResult']>[1] = {}): Promise<string> {
  const dir = temp();
  await sig.signResult(dir, as);
  return dir;
}

async function expectRejected(path: string, reason: RejectReason, policy: Partial<VerifyPolicy> = {}, t: Trust = trust): Promise<VerifyOutcome> {
  const o = await verifyPath(path, { ...OURS, ...policy }, t);
  expect(o.verdict, o.detail).toBe('rejected');
  expect(o.reason, o.detail).toBe(reason);
  expect(o.claims).toBeUndefined();
  expect(o.result).toBeUndefined();
  expect(o.detail.length).toBeGreaterThan(10);
  return o;
}

const readBundle = (dir: string) => JSON.parse(readFileSync(join(dir, BUNDLE), 'utf8'));
const writeBundle = (dir: string, b: unknown) => writeFileSync(join(dir, BUNDLE), JSON.stringify(b));

/** A folder with a result and a bundle the caller signed with sig.signPayload (the attacker's way). */
async function forged(statement: object, as: SignAs = {}, resultBytes?: Buffer): Promise<string> {
  const dir = temp();
  if (resultBytes) writeFileSync(join(dir, RESULT), resultBytes);
  writeBundle(dir, await sig.signPayload(statement, as));
  return dir;
}

const ctxFor = (as: { sha?: string; ref?: string; runId?: number } = {}) => ({
  serverUrl: 'https://github.com',
  repository: 'acme/widget',
  repositoryId: 4242,
  sha: as.sha ?? 'c'.repeat(40),
  ref: as.ref ?? 'refs/heads/main',
  runId: as.runId ?? 1234567,
  runAttempt: 1,
  eventName: 'push',
  runnerEnvironment: 'github-hosted',
});

describe('genuine results', () => {
  it('are verified from a folder, a bundle file and an artifact zip, with the claims from the certificate and the time from the log', async () => {
    const before = Date.now();
    const dir = await genuine({ repository: 'acme/widget', ref: 'refs/heads/main', runId: 555, runAttempt: 2 });
    const zipPath = join(temp(), 'security-slam-result.zip');
    writeFileSync(zipPath, buildZip([RESULT, BUNDLE].map((name) => ({ name, data: readFileSync(join(dir, name)) })).concat({ name: 'security-slam.sarif', data: Buffer.from('{}') })));
    for (const path of [dir, join(dir, BUNDLE), zipPath]) {
      const o = await verifyPath(path, OURS, trust);
      expect(o.verdict, o.detail).toBe('verified');
      expect(o.path).toBe(path);
      expect(o.reason).toBeUndefined();
      expect(o.claims).toMatchObject({
        repository: 'acme/widget',
        repositoryId: '4242',
        commit: 'c'.repeat(40),
        ref: 'refs/heads/main',
        signerWorkflow: 'https://github.com/security-slam/security-slam-action/.github/workflows/slam.yml@refs/tags/v1',
        runUrl: 'https://github.com/acme/widget/actions/runs/555/attempts/2',
        runnerEnvironment: 'github-hosted',
        event: 'push',
      });
      // The verified time, not the result's own generatedAt (2026-03-01 in the sample).
      const signedAt = Date.parse(o.claims!.signedAt);
      expect(signedAt).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 - 1000);
      expect(signedAt).toBeLessThanOrEqual(Date.now());
      expect(o.result).toEqual(JSON.parse(readFileSync(join(dir, RESULT), 'utf8')));
      expect(o.resultFile).toMatch(/security-slam-result\.json$/);
    }
  });

  it('signArtifactZip mints a downloaded artifact (result, bundle, SARIF) that verifies', async () => {
    const zipPath = join(temp(), 'security-slam-result.zip');
    await sig.signArtifactZip(zipPath, { repository: 'acme/gadget', ref: 'refs/heads/trunk' });
    const o = await verifyPath(zipPath, { ...OURS, repository: 'acme/gadget', ref: 'trunk' }, trust);
    expect(o.verdict, o.detail).toBe('verified');
    expect(o.resultFile).toBe(`${zipPath}!security-slam-result.json`);
  });

  it('the policy narrows: repository (any case), ref (bare names are branches), a custom signer workflow, self-hosted allowed', async () => {
    const dir = await genuine({ repository: 'Acme/Widget', ref: 'refs/heads/main' });
    const ok = (p: Partial<VerifyPolicy>) => verifyPath(dir, { ...OURS, ...p }, trust).then((o) => expect(o.verdict, o.detail).toBe('verified'));
    await ok({ repository: 'acme/widget', ref: 'refs/heads/main' });
    await ok({ ref: 'main' });
    await ok({ signerWorkflow: /https:\/\/github\.com\/security-slam\/security-slam-action\/\.github\/workflows\/slam\.yml@refs\/tags\/v1/ });
    const selfHosted = await genuine({ runnerEnvironment: 'self-hosted' });
    await verifyPath(selfHosted, { ...OURS, allowSelfHosted: true }, trust).then((o) => expect(o.verdict).toBe('verified'));
  });

  it('a release tag in any of v1, v1.2, v1.2.3 is our signer; a branch, a lookalike repository or another file is not', async () => {
    for (const tag of ['v1', 'v1.2', 'v10.2.3']) {
      const o = await verifyPath(await genuine({ workflow: `security-slam/security-slam-action/.github/workflows/slam.yml@refs/tags/${tag}` }), OURS, trust);
      expect(o.verdict, tag).toBe('verified');
    }
    for (const workflow of [
      'security-slam/security-slam-action/.github/workflows/slam.yml@refs/heads/main',
      'security-slam/security-slam-action/.github/workflows/slam.yml@refs/tags/v1-evil',
      'security-slam/security-slam-action-evil/.github/workflows/slam.yml@refs/tags/v1',
      'security-slam/security-slam-action/.github/workflows/other.yml@refs/tags/v1',
      'evil/security-slam-action/.github/workflows/slam.yml@refs/tags/v1',
    ]) {
      const o = await expectRejected(await genuine({ workflow }), 'untrusted-signer');
      expect(o.detail).toContain(`signed by https://github.com/${workflow}`);
    }
  });
});

describe('the forgery corpus: each rejected with its reason', () => {
  it('a result edited after signing: digest-mismatch', async () => {
    const dir = await genuine();
    const doc = JSON.parse(readFileSync(join(dir, RESULT), 'utf8'));
    doc.objectives[2].status = 'met';
    writeFileSync(join(dir, RESULT), JSON.stringify(doc, null, 2) + '\n');
    const o = await expectRejected(dir, 'digest-mismatch');
    expect(o.detail).toMatch(/has SHA-256 [0-9a-f]{64}, but the statement signs [0-9a-f]{64}/);
    // One added byte is enough.
    const dir2 = await genuine();
    writeFileSync(join(dir2, RESULT), Buffer.concat([readFileSync(join(dir2, RESULT)), Buffer.from(' ')]));
    await expectRejected(dir2, 'digest-mismatch');
  });

  it('a flipped signature byte: bad-signature', async () => {
    const dir = await genuine();
    const b = readBundle(dir);
    const sigBytes = Buffer.from(b.dsseEnvelope.signatures[0].sig, 'base64');
    sigBytes[10] ^= 0x01;
    b.dsseEnvelope.signatures[0].sig = sigBytes.toString('base64');
    writeBundle(dir, b);
    expect((await expectRejected(dir, 'bad-signature')).detail).toMatch(/TIMESTAMP_ERROR|TLOG_BODY_ERROR|SIGNATURE_ERROR/);
  });

  it('a statement signed by another workflow (the project signing with its own job): untrusted-signer', async () => {
    const dir = await genuine({ workflow: 'acme/widget/.github/workflows/security-slam.yml@refs/heads/main' });
    const o = await expectRejected(dir, 'untrusted-signer');
    expect(o.detail).toContain('acme/widget/.github/workflows/security-slam.yml@refs/heads/main');
    // A caller-supplied expression is matched against the whole SAN, never a part of it.
    await expectRejected(dir, 'untrusted-signer', { signerWorkflow: /security-slam\.yml/ });
    const own = await verifyPath(dir, { signerWorkflow: /https:\/\/github\.com\/acme\/widget\/\.github\/workflows\/security-slam\.yml@refs\/heads\/main/ }, trust);
    expect(own.verdict, own.detail).toBe('verified');
  });

  it('a token from another issuer: untrusted-signer', async () => {
    const o = await expectRejected(await genuine({ issuer: 'https://gitlab.example.com' }), 'untrusted-signer');
    expect(o.detail).toMatch(/issuer is https:\/\/gitlab\.example\.com/);
  });

  it("repository A's genuine result checked as repository B: wrong-repository", async () => {
    const o = await expectRejected(await genuine({ repository: 'acme/widget' }), 'wrong-repository', { repository: 'other/project' });
    expect(o.detail).toBe('signed for acme/widget, not other/project');
  });

  it('a result from another branch checked with --ref: wrong-ref', async () => {
    const dir = await genuine({ ref: 'refs/heads/feature', sha: 'd'.repeat(40) });
    expect((await expectRejected(dir, 'wrong-ref', { ref: 'refs/heads/main' })).detail).toBe('signed for refs/heads/feature, not refs/heads/main');
    await expectRejected(dir, 'wrong-ref', { ref: 'main' });
    await expectRejected(await genuine({ ref: 'refs/pull/7/merge', eventName: 'pull_request' }), 'wrong-ref', { ref: 'main' });
  });

  it("a predicate whose commit differs from the certificate's: claims-mismatch", async () => {
    const bytes = Buffer.from(JSON.stringify(sampleResult('acme/widget', 'd'.repeat(40))));
    const statement = buildStatement(RESULT, bytes, ctxFor({ sha: 'd'.repeat(40) }));
    const o = await expectRejected(await forged(statement, { sha: 'c'.repeat(40) }, bytes), 'claims-mismatch');
    expect(o.detail).toBe(`the predicate's commit is ${'d'.repeat(40)}, the certificate's ${'c'.repeat(40)}`);
  });

  it('a predicate naming another run, and a result document that disagrees with its predicate: claims-mismatch', async () => {
    const bytes = Buffer.from(JSON.stringify(sampleResult()));
    const otherRun = buildStatement(RESULT, bytes, ctxFor({ runId: 999 }));
    expect((await expectRejected(await forged(otherRun, {}, bytes), 'claims-mismatch')).detail).toMatch(/predicate's run is .*runs\/999\/attempts\/1, the certificate's .*runs\/1234567\/attempts\/1/);
    // The predicate agrees with the certificate, the signed result itself names another commit.
    const lying = Buffer.from(JSON.stringify(sampleResult('acme/widget', 'e'.repeat(40))));
    const statement = buildStatement(RESULT, Buffer.from(JSON.stringify(sampleResult())), ctxFor());
    statement.subject[0].digest.sha256 = sha256Hex(lying);
    expect((await expectRejected(await forged(statement, {}, lying), 'claims-mismatch')).detail).toMatch(/the result is about commit e{40}/);
  });

  it('another predicate type signed by our workflow: wrong-predicate-type', async () => {
    const bytes = Buffer.from(JSON.stringify(sampleResult()));
    const statement = { ...buildStatement(RESULT, bytes, ctxFor()), predicateType: 'https://slsa.dev/provenance/v1' };
    const dir = await forged(statement, {}, bytes);
    expect((await expectRejected(dir, 'wrong-predicate-type')).detail).toBe(`the statement's predicate type is "https://slsa.dev/provenance/v1", not ${PREDICATE_TYPE}`);
    // Named explicitly, it is verified, but its predicate is not read as a result.
    const o = await verifyPath(dir, { ...OURS, predicateType: 'https://slsa.dev/provenance/v1' }, trust);
    expect(o.verdict, o.detail).toBe('verified');
    expect(o.result).toBeUndefined();
    expect(o.detail).toMatch(/not interpreted/);
    // And ours named where another type is expected.
    await expectRejected(await genuine(), 'wrong-predicate-type', { predicateType: 'https://slsa.dev/provenance/v1' });
  });

  it('a result signed on a self-hosted runner: self-hosted-runner', async () => {
    expect((await expectRejected(await genuine({ runnerEnvironment: 'self-hosted' }), 'self-hosted-runner')).detail).toMatch(/self-hosted, not a GitHub-hosted runner/);
  });

  it('a bundle that is not JSON, truncated, empty, another media type or not an attestation: malformed', async () => {
    const dir = await genuine();
    const raw = readFileSync(join(dir, BUNDLE));
    for (const bytes of [Buffer.from('not json at all'), raw.subarray(0, Math.floor(raw.length / 2)), Buffer.alloc(0), Buffer.from('[]'), Buffer.from('null')]) {
      writeFileSync(join(dir, BUNDLE), bytes);
      await expectRejected(dir, 'malformed');
    }
    const b = JSON.parse(raw.toString());
    // The first spelling of the v0.3 media type is the same format.
    writeBundle(dir, { ...b, mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.3' });
    expect((await verifyPath(dir, OURS, trust)).verdict).toBe('verified');
    writeBundle(dir, { ...b, mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.2' });
    expect((await expectRejected(dir, 'malformed')).detail).toMatch(/not a Sigstore bundle v0\.3/);
    const { dsseEnvelope: _d, ...noEnvelope } = b;
    writeBundle(dir, { ...noEnvelope, messageSignature: { messageDigest: { algorithm: 'SHA2_256', digest: 'AAAA' }, signature: 'AAAA' } });
    expect((await expectRejected(dir, 'malformed')).detail).toMatch(/no DSSE envelope/);
    writeBundle(dir, { ...b, verificationMaterial: { ...b.verificationMaterial, tlogEntries: 'x' } });
    await expectRejected(dir, 'malformed');
  });

  it('two signatures, two certificates, a certificate chain, or a key instead of a certificate', async () => {
    const dir = await genuine();
    const b = readBundle(dir);
    writeBundle(dir, { ...b, dsseEnvelope: { ...b.dsseEnvelope, signatures: [b.dsseEnvelope.signatures[0], b.dsseEnvelope.signatures[0]] } });
    expect((await expectRejected(dir, 'malformed')).detail).toMatch(/has 2 signatures; exactly one/);
    writeBundle(dir, { ...b, dsseEnvelope: { ...b.dsseEnvelope, signatures: [] } });
    expect((await expectRejected(dir, 'malformed')).detail).toMatch(/has 0 signatures/);
    const cert = b.verificationMaterial.certificate;
    const { certificate: _c, ...noCert } = b.verificationMaterial;
    writeBundle(dir, { ...b, verificationMaterial: { ...b.verificationMaterial, x509CertificateChain: { certificates: [cert, cert] } } });
    expect((await expectRejected(dir, 'malformed')).detail).toMatch(/both certificate and x509CertificateChain/);
    writeBundle(dir, { ...b, verificationMaterial: { ...noCert, x509CertificateChain: { certificates: [cert, cert] } } });
    expect((await expectRejected(dir, 'malformed')).detail).toMatch(/certificate chain; a v0\.3 bundle carries exactly one certificate/);
    writeBundle(dir, { ...b, verificationMaterial: noCert });
    expect((await expectRejected(dir, 'malformed')).detail).toMatch(/carries no certificate/);
    writeBundle(dir, { ...b, verificationMaterial: { ...noCert, publicKey: { hint: 'abc' } } });
    await expectRejected(dir, 'untrusted-signer');
  });

  it('a certificate that had expired when the log and the timestamp saw the signature: bad-signature', async () => {
    const old = await startFakeSigstore({ caClock: new Date(Date.now() - 60 * 60 * 1000) });
    try {
      const dir = temp();
      await old.signResult(dir);
      const cert = X509Certificate.parse(Buffer.from(readBundle(dir).verificationMaterial.certificate.rawBytes, 'base64'));
      expect(cert.notAfter.getTime()).toBeLessThan(Date.now() - 40 * 60 * 1000);
      const o = await expectRejected(dir, 'bad-signature', {}, await loadTrustMaterial(old.trustedRootPath));
      expect(o.detail).toMatch(/CERTIFICATE_ERROR/);
    } finally {
      await old.close();
    }
  });

  it('a genuine bundle from a Sigstore the trusted root does not name: bad-signature', async () => {
    const other = await startFakeSigstore();
    try {
      const dir = temp();
      await other.signResult(dir);
      await expectRejected(dir, 'bad-signature');
    } finally {
      await other.close();
    }
  });

  it('a log entry or timestamp altered after signing: bad-signature', async () => {
    const dir = await genuine();
    const b = readBundle(dir);
    const entry = b.verificationMaterial.tlogEntries[0];
    writeBundle(dir, { ...b, verificationMaterial: { ...b.verificationMaterial, tlogEntries: [{ ...entry, integratedTime: String(Number(entry.integratedTime) - 86400) }] } });
    await expectRejected(dir, 'bad-signature');
    writeBundle(dir, { ...b, verificationMaterial: { ...b.verificationMaterial, tlogEntries: [] } });
    expect((await expectRejected(dir, 'bad-signature')).detail).toMatch(/TLOG_ERROR/);
    const ts = Buffer.from(b.verificationMaterial.timestampVerificationData.rfc3161Timestamps[0].signedTimestamp, 'base64');
    ts[ts.length - 5] ^= 0xff;
    writeBundle(dir, { ...b, verificationMaterial: { ...b.verificationMaterial, timestampVerificationData: { rfc3161Timestamps: [{ signedTimestamp: ts.toString('base64') }] } } });
    await expectRejected(dir, 'bad-signature').catch(async () => expectRejected(dir, 'malformed'));
  });

  it('a statement with two subjects or none, or a payload that is not an in-toto statement: malformed', async () => {
    const bytes = Buffer.from(JSON.stringify(sampleResult()));
    const s = buildStatement(RESULT, bytes, ctxFor());
    expect((await expectRejected(await forged({ ...s, subject: [s.subject[0], { name: 'x', digest: { sha256: 'a'.repeat(64) } }] }, {}, bytes), 'malformed')).detail).toMatch(/2 subjects; exactly one/);
    expect((await expectRejected(await forged({ ...s, subject: [] }, {}, bytes), 'malformed')).detail).toMatch(/0 subjects/);
    expect((await expectRejected(await forged({ ...s, _type: 'https://in-toto.io/Statement/v0.1' }, {}, bytes), 'malformed')).detail).toMatch(/not an in-toto Statement v1/);
    const textDir = temp();
    writeFileSync(join(textDir, RESULT), bytes);
    writeBundle(textDir, await sig.signPayload('hello', {}, 'text/plain'));
    expect((await expectRejected(textDir, 'malformed')).detail).toMatch(/of type "text\/plain", not an in-toto statement/);
  });

  it('a predicate that does not match our schema: malformed', async () => {
    const bytes = Buffer.from(JSON.stringify(sampleResult()));
    const s = buildStatement(RESULT, bytes, ctxFor());
    const o = await expectRejected(await forged({ ...s, predicate: { ...s.predicate, level: 9 } }, {}, bytes), 'malformed');
    expect(o.detail).toMatch(/does not match the .*result\/v1 schema: \/level/);
  });

  it('the result file missing beside its bundle, or a folder with no bundle or two: malformed', async () => {
    const dir = await genuine();
    rmSync(join(dir, RESULT));
    expect((await expectRejected(dir, 'malformed')).detail).toMatch(/the result file the bundle signs \(security-slam-result\.json\) is missing/);
    await expectRejected(join(dir, BUNDLE), 'malformed');
    expect((await expectRejected(temp(), 'malformed')).detail).toMatch(/holds no bundle/);
    const two = await genuine();
    copyFileSync(join(two, BUNDLE), join(two, 'copy.json.sigstore.json'));
    expect((await expectRejected(two, 'malformed')).detail).toMatch(/holds 2 bundles/);
    expect((await expectRejected('/nonexistent/path', 'malformed')).detail).toBe('cannot read /nonexistent/path: ENOENT');
  });

  it('a result renamed beside its bundle is still found by the subject name; a result that is a link is refused', async () => {
    const dir = await genuine();
    const renamed = temp();
    copyFileSync(join(dir, BUNDLE), join(renamed, 'attestation.sigstore.json'));
    copyFileSync(join(dir, RESULT), join(renamed, RESULT));
    expect((await verifyPath(renamed, OURS, trust)).verdict).toBe('verified');
    const linked = temp();
    copyFileSync(join(dir, BUNDLE), join(linked, BUNDLE));
    (await import('node:fs')).symlinkSync(join(dir, RESULT), join(linked, RESULT));
    expect((await expectRejected(linked, 'malformed')).detail).toMatch(/is a symbolic link/);
  });

  it('hostile artifact zips: malformed, the other checks never reached, nothing written', async () => {
    const dir = await genuine();
    const files = [RESULT, BUNDLE].map((name) => ({ name, data: readFileSync(join(dir, name)) }));
    const cases: [string, Buffer, RegExp][] = [
      ['traversal', buildZip([...files, { name: '../../evil.json', data: 'x' }]), /invalid relative path|climbs out/],
      ['absolute', buildZip([...files, { name: '/tmp/evil.json', data: 'x' }]), /absolute path/],
      ['symlink', buildZip([...files, { name: 'link', data: '/etc/passwd', externalAttributes: UNIX_SYMLINK }]), /symbolic link/],
      ['bomb', buildZip([...files, { name: 'bomb.bin', data: Buffer.alloc(51 * 1024 * 1024) }]), /at most 52428800/],
      ['too many', buildZip([...files, ...Array.from({ length: 1000 }, (_, i) => ({ name: `f${i}`, data: '' }))]), /1002 entries; at most 1000/],
      ['truncated', buildZip(files).subarray(0, 300), /not a readable zip/],
      ['two bundles', buildZip([...files, { name: 'x.sigstore.json', data: files[1].data }]), /2 bundles/],
      ['no bundle', buildZip([files[0]]), /holds no bundle/],
    ];
    const base = temp();
    for (const [name, zip, why] of cases) {
      const p = join(base, `${name.replace(/ /g, '-')}.zip`);
      writeFileSync(p, zip);
      const o = await expectRejected(p, 'malformed');
      expect(o.detail, name).toMatch(why);
    }
    expect(new Set((await import('node:fs')).readdirSync(base)).size).toBe(cases.length);
  });
});

describe('the real public-good bundle (../shared/reference/sigstore-real-bundle), offline', () => {
  const SLSA = 'https://slsa.dev/provenance/v1';
  const ATTEST = /https:\/\/github\.com\/github\/artifact-attestations-workflows\/\.github\/workflows\/attest\.yml@[0-9a-f]{40}/;

  function realFolder(dir: string): string | null {
    const root = reference('sigstore-real-bundle');
    if (!root) return null;
    const folder = join(dir, 'real');
    mkdirSync(folder);
    copyFileSync(join(root, 'reusable-workflow-artifact'), join(folder, 'reusable-workflow-artifact'));
    copyFileSync(join(root, 'reusable-workflow-attestation.sigstore.json'), join(folder, 'reusable-workflow-artifact.sigstore.json'));
    return folder;
  }

  it('is verified with its trusted root and with the public-good root shipped in @sigstore/tuf, naming its signer and repository', async (ctx) => {
    const folder = realFolder(temp());
    if (!folder) return ctx.skip();
    const roots = [await loadTrustMaterial(reference('sigstore-real-bundle/trusted_root.json')!), await loadTrustMaterial('public-good')];
    for (const t of roots) {
      const o = await verifyPath(folder, { signerWorkflow: ATTEST, repository: 'malancas/attest-demo', ref: 'refs/heads/main', predicateType: SLSA }, t);
      expect(o.verdict, `${t.source}: ${o.detail}`).toBe('verified');
      expect(o.claims).toEqual({
        repository: 'malancas/attest-demo',
        repositoryId: '804070735',
        commit: '95baf27389e83e6a5c48f42e190d48d7abcea19e',
        ref: 'refs/heads/main',
        signerWorkflow: 'https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml@09b495c3f12c7881b3cc17209a327792065c1a1d',
        runUrl: 'https://github.com/malancas/attest-demo/actions/runs/9228858953/attempts/1',
        runnerEnvironment: 'github-hosted',
        event: 'workflow_dispatch',
        signedAt: '2024-05-24T19:14:24.000Z',
      });
      expect(o.result).toBeUndefined();
    }
  });

  it('is rejected with another signer, another repository, our predicate type, or an edited artifact', async (ctx) => {
    const folder = realFolder(temp());
    if (!folder) return ctx.skip();
    const t = await loadTrustMaterial(reference('sigstore-real-bundle/trusted_root.json')!);
    await expectRejected(folder, 'untrusted-signer', { predicateType: SLSA }, t);
    await expectRejected(folder, 'untrusted-signer', { signerWorkflow: /https:\/\/github\.com\/malancas\/attest-demo\/.*/, predicateType: SLSA }, t);
    await expectRejected(folder, 'wrong-repository', { signerWorkflow: ATTEST, repository: 'acme/widget', predicateType: SLSA }, t);
    await expectRejected(folder, 'wrong-predicate-type', { signerWorkflow: ATTEST }, t);
    writeFileSync(join(folder, 'reusable-workflow-artifact'), 'edited');
    await expectRejected(folder, 'digest-mismatch', { signerWorkflow: ATTEST, predicateType: SLSA }, t);
    // Our fake Sigstore's root does not vouch for it.
    await expectRejected(folder, 'bad-signature', { signerWorkflow: ATTEST, predicateType: SLSA }, trust);
  });

  it('sigstoreBundle-invalid-signature.json is rejected: bad-signature', async (ctx) => {
    const bundle = reference('sigstore-real-bundle/sigstoreBundle-invalid-signature.json');
    if (!bundle) return ctx.skip();
    const t = await loadTrustMaterial(reference('sigstore-real-bundle/trusted_root.json')!);
    await expectRejected(bundle, 'bad-signature', { signerWorkflow: /^/ }, t);
  });

  it('its certificate extensions decode to strings (the DER UTF8String of .8 and later, not raw bytes)', (ctx) => {
    const p = reference('sigstore-real-bundle/reusable-workflow-attestation.sigstore.json');
    if (!p) return ctx.skip();
    const cert = X509Certificate.parse(Buffer.from(JSON.parse(readFileSync(p, 'utf8')).verificationMaterial.certificate.rawBytes, 'base64'));
    expect(certificateClaims(cert)).toEqual({
      subjectAlternativeName: 'https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml@09b495c3f12c7881b3cc17209a327792065c1a1d',
      issuer: 'https://token.actions.githubusercontent.com',
      buildSignerUri: 'https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml@09b495c3f12c7881b3cc17209a327792065c1a1d',
      buildSignerDigest: '09b495c3f12c7881b3cc17209a327792065c1a1d',
      runnerEnvironment: 'github-hosted',
      sourceRepositoryUri: 'https://github.com/malancas/attest-demo',
      sourceRepository: 'malancas/attest-demo',
      sourceRepositoryDigest: '95baf27389e83e6a5c48f42e190d48d7abcea19e',
      sourceRepositoryRef: 'refs/heads/main',
      sourceRepositoryIdentifier: '804070735',
      buildConfigUri: 'https://github.com/malancas/attest-demo/.github/workflows/shared.yml@refs/heads/main',
      buildTrigger: 'workflow_dispatch',
      runInvocationUri: 'https://github.com/malancas/attest-demo/actions/runs/9228858953/attempts/1',
    });
  });
});

describe('loadTrustMaterial', () => {
  it('loads once and is reused: 200 verifications of one bundle share one verifier', async () => {
    const dir = await genuine();
    const outcomes = await Promise.all(Array.from({ length: 200 }, () => verifyPath(dir, OURS, trust)));
    expect(outcomes.every((o) => o.verdict === 'verified')).toBe(true);
  });

  it('its faster DER growth leaves every encoding byte for byte as it was', async () => {
    const dir = await genuine();
    const b = readBundle(dir);
    const certDer = Buffer.from(b.verificationMaterial.certificate.rawBytes, 'base64');
    const tsDer = Buffer.from(b.verificationMaterial.timestampVerificationData.rfc3161Timestamps[0].signedTimestamp, 'base64');
    const { ASN1Obj, ByteStream } = await import('@sigstore/core');
    expect((ByteStream as unknown as { BLOCK_SIZE: number }).BLOCK_SIZE).toBe(64);
    const roots = [certDer, tsDer, ...(sig.trustedRoot.certificateAuthorities as { certChain: { certificates: { rawBytes: string }[] } }[]).map((c) => Buffer.from(c.certChain.certificates[0].rawBytes, 'base64'))];
    for (const der of roots) expect(ASN1Obj.parseBuffer(der).toDER().equals(der)).toBe(true);
    expect(X509Certificate.parse(certDer).tbsCertificate.toDER().length).toBeGreaterThan(200);
  });

  it('refuses a missing file, another document and an empty root with TrustRootError', async () => {
    const dir = temp();
    await expect(loadTrustMaterial('/nonexistent/root.json')).rejects.toThrow(TrustRootError);
    writeFileSync(join(dir, 'x.json'), JSON.stringify({ mediaType: 'application/json' }));
    await expect(loadTrustMaterial(join(dir, 'x.json'))).rejects.toThrow(/is not a Sigstore trusted root/);
    writeFileSync(join(dir, 'y.json'), JSON.stringify({ ...sig.trustedRoot, certificateAuthorities: [] }));
    await expect(loadTrustMaterial(join(dir, 'y.json'))).rejects.toThrow(/lists no certificate authority/);
    writeFileSync(join(dir, 'z.json'), '{');
    await expect(loadTrustMaterial(join(dir, 'z.json'))).rejects.toThrow(/cannot read trusted root/);
  });

  it('a TSA-only instance (its root lists no log) verifies bundles with a timestamp and no log entry', async () => {
    const tsaOnly = await startFakeSigstore({ tlog: false, trustedRootWithoutTlog: true });
    try {
      const dir = temp();
      await tsaOnly.signResult(dir);
      const t = await loadTrustMaterial(tsaOnly.trustedRootPath);
      expect(t.requiresTlog).toBe(false);
      const o = await verifyPath(dir, OURS, t);
      expect(o.verdict, o.detail).toBe('verified');
      // Where the root has a log, a bundle without an entry is not enough.
      await expectRejected(dir, 'bad-signature');
    } finally {
      await tsaOnly.close();
    }
  });
});
