// The job summary's signature and artifact section: one status line, the artifact, and commands
// that check a signed result, read from the bundle's own certificate and statement.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Delivery } from '../../src/attestation/deliver.ts';
import { attestationMarkdown, bundleFacts, statusLine } from '../../src/attestation/summary.ts';
import { reference } from '../helpers/schemas.ts';

const dir = mkdtempSync(join(tmpdir(), 'slam-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const base: Delivery = {
  decision: { sign: false, fail: false, reason: 'Not signed: pull_request runs are not signed (`sign: auto` signs push, schedule, workflow_dispatch and release runs of the default branch).' },
  signed: false,
  bundleFile: null,
  signError: null,
  artifact: { name: 'security-slam-result', id: 4242, digest: `sha256:${'a'.repeat(64)}`, files: ['/w/security-slam-result.json', '/w/security-slam.sarif'] },
  artifactProblem: null,
  failures: [],
};
const run = { repository: 'example/demo', runId: '987654' };

describe('statusLine', () => {
  it('says signed, why not, or that signing failed', () => {
    expect(statusLine(base)).toBe(base.decision.reason);
    expect(statusLine({ ...base, decision: { sign: true, fail: false, reason: 'Signing: push run of refs/heads/main, the default branch.' }, signError: 'Fulcio answered 503' })).toBe('Not signed: signing failed: Fulcio answered 503');
    expect(statusLine({ ...base, signed: true, decision: { sign: true, fail: false, reason: 'Signing: push run of refs/heads/main, the default branch.' } })).toBe('Signed: push run of refs/heads/main, the default branch.');
  });
});

describe('attestationMarkdown', () => {
  it('an unsigned result: the reason, the artifact and its files, no verify commands', () => {
    const md = attestationMarkdown(base, run);
    expect(md).toMatch(/^### Signature and artifact\n\nNot signed: pull\\_request runs are not signed/);
    expect(md).toContain(`| security\\-slam\\-result (id 4242) | sha256:${'a'.repeat(64)} | security\\-slam\\-result\\.json, security\\-slam\\.sarif |`);
    expect(md).not.toContain('slam verify');
    expect(md).not.toContain('gh attestation');
  });

  it('no artifact: says why', () => {
    const md = attestationMarkdown({ ...base, artifact: null, artifactProblem: 'Artifact not uploaded: `upload` is false.' }, run);
    expect(md).toContain('Artifact not uploaded: `upload` is false\\.'); // our code span, shown as code
    expect(md).not.toContain('| artifact |');
  });

  it('escapes hostile text from the event and the service', () => {
    const md = attestationMarkdown({ ...base, decision: { ...base.decision, reason: 'Not signed: refs/heads/<img src=x onerror=alert(1)> @org/team | x is not the default branch.' }, artifactProblem: null, artifact: null }, run);
    expect(md).not.toMatch(/<img|@org|\| x/);
  });

  it('a signed result: the signer and predicate type from the bundle, and the download, slam verify and gh attestation verify commands', (ctx) => {
    const real = reference('sigstore-real-bundle/reusable-workflow-attestation.sigstore.json');
    if (!real) return ctx.skip();
    const bundle = join(dir, 'security-slam-result.json.sigstore.json');
    copyFileSync(real, bundle);
    expect(bundleFacts(bundle)).toEqual({
      signer: 'https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml@09b495c3f12c7881b3cc17209a327792065c1a1d',
      predicateType: 'https://slsa.dev/provenance/v1',
    });
    const signed: Delivery = { ...base, signed: true, bundleFile: bundle, decision: { sign: true, fail: false, reason: 'Signing: push run of refs/heads/main, the default branch.' } };
    const md = attestationMarkdown(signed, run);
    expect(md).toContain('Signed: push run of refs/heads/main, the default branch\\.');
    expect(md).toContain('```sh\n');
    expect(md).toContain('gh run download 987654 --repo example/demo --name security-slam-result --dir security-slam-result\n');
    expect(md).toContain("slam verify security-slam-result --repository example/demo --signer-workflow '^https://github\\.com/github/artifact-attestations-workflows/\\.github/workflows/attest\\.yml@09b495c3f12c7881b3cc17209a327792065c1a1d$'\n");
    expect(md).toContain(
      'gh attestation verify security-slam-result/security-slam-result.json --bundle security-slam-result/security-slam-result.json.sigstore.json --repo example/demo --signer-workflow github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml --predicate-type https://slsa.dev/provenance/v1\n',
    );
  });

  it('shell-quotes an artifact name with spaces and quotes', (ctx) => {
    const real = reference('sigstore-real-bundle/reusable-workflow-attestation.sigstore.json');
    if (!real) return ctx.skip();
    const bundle = join(dir, 'r.json.sigstore.json');
    copyFileSync(real, bundle);
    const md = attestationMarkdown({ ...base, signed: true, bundleFile: bundle, artifact: { ...base.artifact!, name: "it's $(x)" } }, run);
    expect(md).toContain(`--name 'it'\\''s $(x)' --dir 'it'\\''s $(x)'`);
  });

  it('signed by this repository\'s reusable workflow at a tag: slam verify needs no --signer-workflow', () => {
    // A self-signed certificate whose SAN names our workflow: enough for the summary, which reads and never verifies.
    const key = join(dir, 'key.pem');
    const cert = join(dir, 'cert.der');
    const san = 'https://github.com/security-slam/security-slam-action/.github/workflows/slam.yml@refs/tags/v1';
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', key, '-outform', 'DER', '-out', cert, '-days', '1', '-subj', '/O=test', '-addext', `subjectAltName=URI:${san}`], { stdio: 'ignore' });
    const statement = { _type: 'https://in-toto.io/Statement/v1', predicateType: 'https://example.org/slam-result/v1', subject: [], predicate: {} };
    const bundle = join(dir, 'ours.json.sigstore.json');
    writeFileSync(bundle, JSON.stringify({ verificationMaterial: { certificate: { rawBytes: readFileSync(cert).toString('base64') } }, dsseEnvelope: { payload: Buffer.from(JSON.stringify(statement)).toString('base64') } }));
    expect(bundleFacts(bundle)).toEqual({ signer: san, predicateType: 'https://example.org/slam-result/v1' });
    const md = attestationMarkdown({ ...base, signed: true, bundleFile: bundle }, run);
    expect(md).toContain('slam verify security-slam-result --repository example/demo\n');
    expect(md).toContain('--signer-workflow github.com/security-slam/security-slam-action/.github/workflows/slam.yml --predicate-type https://example.org/slam-result/v1\n');
  });

  it('a bundle it cannot read still gives the commands, without signer or predicate type', () => {
    const bundle = join(dir, 'bad.json.sigstore.json');
    writeFileSync(bundle, '{"verificationMaterial": {"certificate": {"rawBytes": "bm90IGEgY2VydA=="}}}');
    expect(bundleFacts(bundle)).toEqual({});
    const md = attestationMarkdown({ ...base, signed: true, bundleFile: bundle }, run);
    expect(md).toContain("Signed by the workflow named in the bundle's certificate");
    expect(md).toContain('gh attestation verify security-slam-result/bad.json --bundle security-slam-result/bad.json.sigstore.json --repo example/demo\n');
  });
});
