// deliverResult: the decision, the real signer against the fake Sigstore services, and the upload
// through the real artifact client against the loopback results service, in process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliverResult, type DeliverSettings, type Signer } from '../../src/attestation/deliver.ts';
import { DEFAULT_SIGNER_WORKFLOW, loadTrustMaterial, verifyPath } from '../../src/attestation/verify.ts';
import { FakeResultsService, readZip } from '../helpers/fake-results-service.ts';
import { sampleResult, startFakeSigstore } from '../helpers/fake-sigstore.ts';

let fake: FakeResultsService;
let dir: string;
const saved = { ...process.env };
beforeEach(async () => {
  fake = await FakeResultsService.start();
  Object.assign(process.env, fake.env());
  dir = mkdtempSync(join(tmpdir(), 'slam-deliver-'));
  writeFileSync(join(dir, 'security-slam-result.json'), '{"schemaVersion":"1.0.0"}\n');
  writeFileSync(join(dir, 'security-slam.sarif'), '{"version":"2.1.0"}\n');
});
afterEach(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
});

function settings(change: Partial<DeliverSettings> = {}): DeliverSettings {
  return {
    sign: 'auto',
    signingConfig: 'public-good',
    upload: true,
    artifactName: 'security-slam-result',
    resultFile: join(dir, 'security-slam-result.json'),
    sarifFile: join(dir, 'security-slam.sarif'),
    stagingDir: join(dir, 'tmp'),
    env: { ...fake.env(), GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/t', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' },
    event: { repository: { default_branch: 'main', fork: false } },
    ...change,
  };
}
function logger() {
  const lines: string[] = [];
  return { lines, log: { info: (l: string) => lines.push(l), warning: (l: string) => lines.push(`warning: ${l}`) } };
}
/** Writes `<result>.sigstore.json` as the real signer does, and records what it was asked. */
function writingSigner(calls: unknown[]): Signer {
  return async (resultPath, options) => {
    calls.push({ resultPath, options });
    writeFileSync(`${resultPath}.sigstore.json`, '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"}');
    return { bundlePath: `${resultPath}.sigstore.json` };
  };
}

describe('deliverResult', () => {
  it('signs with the real signer, puts the bundle beside the result and SARIF, and the artifact verifies', async () => {
    const sig = await startFakeSigstore();
    try {
      const as = { repository: 'acme/widget', ref: 'refs/heads/main', sha: 'a'.repeat(40) };
      writeFileSync(join(dir, 'security-slam-result.json'), JSON.stringify(sampleResult(as.repository, as.sha, as.ref), null, 2) + '\n');
      const { lines, log } = logger();
      const s = settings({ signingConfig: sig.signingConfigPath, env: { ...fake.env(), ...sig.env(as) } });
      const d = await deliverResult(s, log);
      expect(d.failures).toEqual([]);
      expect(d.signed).toBe(true);
      expect(d.bundleFile).toBe(join(dir, 'security-slam-result.json.sigstore.json'));
      expect(lines).toContain(`Signed: ${d.bundleFile}`);
      const zip = fake.artifacts.get('security-slam-result')!.bytes;
      expect([...readZip(zip).keys()].sort()).toEqual(['security-slam-result.json', 'security-slam-result.json.sigstore.json', 'security-slam.sarif']);
      const zipPath = join(dir, 'artifact.zip');
      writeFileSync(zipPath, zip);
      const outcome = await verifyPath(zipPath, { signerWorkflow: DEFAULT_SIGNER_WORKFLOW, repository: as.repository, ref: 'main' }, await loadTrustMaterial(sig.trustedRootPath));
      expect({ verdict: outcome.verdict, detail: outcome.detail }).toEqual({ verdict: 'verified', detail: expect.any(String) });
      expect(outcome.claims?.commit).toBe(as.sha);
    } finally {
      await sig.close();
    }
  });

  it('a signer that cannot reach the OIDC endpoint: a warning under auto, a failure under true, the files still uploaded', async () => {
    const retryless: Signer = async () => {
      throw new Error('no OIDC token: connect ECONNREFUSED 127.0.0.1:1');
    };
    const auto = logger();
    const d = await deliverResult(settings(), auto.log, retryless);
    expect(d.signed).toBe(false);
    expect(d.failures).toEqual([]);
    expect(auto.lines).toContain('warning: Not signed: signing failed: no OIDC token: connect ECONNREFUSED 127.0.0.1:1');
    expect(d.artifact?.files.map((f) => f.split('/').pop())).toEqual(['security-slam-result.json', 'security-slam.sarif']);
    const strict = logger();
    const t = await deliverResult(settings({ sign: 'true', artifactName: 'second' }), strict.log, retryless);
    expect(t.failures).toEqual(['Not signed: signing failed: no OIDC token: connect ECONNREFUSED 127.0.0.1:1']);
    expect(t.artifact).not.toBeNull();
  });

  it('a signing-config path that is not a file fails signing with that reason, before the signer runs', async () => {
    const calls: unknown[] = [];
    const { lines, log } = logger();
    const d = await deliverResult(settings({ signingConfig: join(dir, 'nope.json') }), log, writingSigner(calls));
    expect(calls).toEqual([]);
    expect(d.signError).toBe(`signing-config ${join(dir, 'nope.json')} is not a file`);
    expect(lines).toContain(`warning: Not signed: signing failed: signing-config ${join(dir, 'nope.json')} is not a file`);
  });

  it('a signer that reports a bundle it did not write is a failure, not a signed result', async () => {
    const { log } = logger();
    const d = await deliverResult(settings({ sign: 'true' }), log, async () => ({ bundlePath: join(dir, 'ghost.sigstore.json') }));
    expect(d.signed).toBe(false);
    expect(d.failures[0]).toMatch(/^Not signed: signing failed: the signer reported .*ghost\.sigstore\.json, which is not a file$/);
  });

  it('a missing SARIF is left out rather than failing the upload', async () => {
    const { log } = logger();
    const d = await deliverResult(settings({ sign: 'false', sarifFile: join(dir, 'none.sarif') }), log);
    expect(d.artifact?.files).toEqual([join(dir, 'security-slam-result.json')]);
  });
});
