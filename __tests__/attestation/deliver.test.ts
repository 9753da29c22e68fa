// deliverResult: the decision, the signer behind the seam, and the upload, in process, against the
// loopback results service. The signer is the one thing replaced here (it lands from another
// branch); the e2e tests run the bundled action with the seam as it ships.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliverResult, type DeliverSettings, type Signer } from '../../src/attestation/deliver.ts';
import { signResultFile } from '../../src/attestation/sign-seam.ts';
import { FakeResultsService, readZip } from '../helpers/fake-results-service.ts';

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
  it('signs through the signer it is given and puts the bundle in the artifact beside the result and SARIF', async () => {
    const calls: { resultPath: string; options: { signingConfig: string; context: { env: unknown; event: unknown } } }[] = [];
    const { lines, log } = logger();
    const s = settings();
    const d = await deliverResult(s, log, writingSigner(calls));
    expect(d.signed).toBe(true);
    expect(d.failures).toEqual([]);
    expect(d.bundleFile).toBe(join(dir, 'security-slam-result.json.sigstore.json'));
    expect(calls).toHaveLength(1);
    expect(calls[0].resultPath).toBe(s.resultFile);
    expect(calls[0].options.signingConfig).toBe('public-good');
    expect(calls[0].options.context.event).toBe(s.event);
    expect(calls[0].options.context.env).toBe(s.env);
    expect([...readZip(fake.artifacts.get('security-slam-result')!.bytes).keys()].sort()).toEqual(['security-slam-result.json', 'security-slam-result.json.sigstore.json', 'security-slam.sarif']);
    expect(lines[0]).toBe('Signing: push run of refs/heads/main, the default branch.');
    expect(lines).toContain(`Signed: ${d.bundleFile}`);
  });

  it('the seam as shipped: signing is not available, a warning under auto, a failure under true', async () => {
    await expect(signResultFile('x', { signingConfig: 'public-good', context: { env: {}, event: undefined } })).rejects.toThrow('signing not available in this build');
    const auto = logger();
    const d = await deliverResult(settings(), auto.log);
    expect(d.signed).toBe(false);
    expect(d.failures).toEqual([]);
    expect(auto.lines).toContain('warning: Not signed: signing failed: signing not available in this build');
    expect(d.artifact?.files.map((f) => f.split('/').pop())).toEqual(['security-slam-result.json', 'security-slam.sarif']);
    const strict = logger();
    const t = await deliverResult(settings({ sign: 'true', artifactName: 'second' }), strict.log);
    expect(t.failures).toEqual(['Not signed: signing failed: signing not available in this build']);
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
