// The whole signed path as a project meets it: the bundled action (dist/index.js) run as the runner
// runs it evaluates, signs with the real @sigstore/sign against the fake Fulcio, Rekor and TSA,
// uploads through the real @actions/artifact client to the loopback results service, and the
// bundled `slam verify` (dist/cli.js) accepts the uploaded zip; the same for the reusable
// workflow's sign-only job. Nothing of our own is replaced.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeResultsService, readZip } from './helpers/fake-results-service.ts';
import { startFakeSigstore, type FakeSigstore } from './helpers/fake-sigstore.ts';
import { licenseText } from './helpers/license-texts.ts';
import { makeRepo, type TempRepo } from './helpers/repo.ts';
import { runActionAsync, runCli } from './helpers/run-dist.ts';

let repo: TempRepo;
let sig: FakeSigstore;
let results: FakeResultsService;
let dir: string;
let head: string;

beforeAll(async () => {
  repo = makeRepo({ LICENSE: licenseText('Apache-2.0'), 'README.md': '# Widget\n\nA widget.\n' }, { git: true, remote: 'https://github.com/acme/widget.git' });
  head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo.root, encoding: 'utf8' }).trim();
  sig = await startFakeSigstore();
  results = await FakeResultsService.start();
  dir = mkdtempSync(join(tmpdir(), 'slam-signed-'));
});
afterAll(async () => {
  await sig?.close();
  await results?.close();
  repo?.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const as = () => ({ repository: 'acme/widget', ref: 'refs/heads/main', sha: head, eventName: 'push' });

function pushEvent(): string {
  const file = join(dir, 'push.json');
  writeFileSync(file, JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'acme/widget', id: 4242, default_branch: 'main', fork: false } }));
  return file;
}

function verifyZip(name: string, extra: string[] = []) {
  const zip = join(dir, `${name}.zip`);
  writeFileSync(zip, results.artifacts.get(name)!.bytes);
  const r = runCli(['verify', zip, '--trusted-root', sig.trustedRootPath, '--repository', 'acme/widget', '--format', 'json', ...extra]);
  return { code: r.code, json: JSON.parse(r.stdout) as { results: { verdict: string; reason?: string; detail: string; repository?: string; commit?: string; ref?: string }[] } };
}

describe('a signed result, end to end through the bundles', () => {
  it('evaluate + sign + upload in one step: the uploaded zip verifies with slam verify', async () => {
    const r = await runActionAsync(repo.root, { 'github-token': '', offline: 'true', 'signing-config': sig.signingConfigPath }, { ...results.env(), ...sig.env(as()), GITHUB_EVENT_PATH: pushEvent() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs.signed).toBe('true');
    expect(r.outputs['bundle-file']).toMatch(/security-slam-result\.json\.sigstore\.json$/);
    expect(r.summary).toContain('slam verify');
    const entries = readZip(results.artifacts.get('security-slam-result')!.bytes);
    expect([...entries.keys()].sort()).toEqual(['security-slam-result.json', 'security-slam-result.json.sigstore.json', 'security-slam.sarif']);
    expect(entries.get('security-slam-result.json')!.equals(readFileSync(r.outputs['result-file']))).toBe(true);

    const ok = verifyZip('security-slam-result');
    expect(ok.json.results[0]).toMatchObject({ verdict: 'verified', repository: 'acme/widget', commit: head });
    expect(ok.code).toBe(0);
    // The same genuine artifact, checked as another project's or another branch's, is refused.
    const other = runCli(['verify', join(dir, 'security-slam-result.zip'), '--trusted-root', sig.trustedRootPath, '--repository', 'acme/other', '--format', 'json']);
    expect(JSON.parse(other.stdout).results[0]).toMatchObject({ verdict: 'rejected', reason: 'wrong-repository' });
    expect(other.code).toBe(1);
    const branch = verifyZip('security-slam-result', ['--ref', 'refs/heads/release']);
    expect(branch.json.results[0]).toMatchObject({ verdict: 'rejected', reason: 'wrong-ref' });
  });

  it('the reusable workflow split: evaluate without OIDC, then sign-only signs that exact file', async () => {
    const evaluated = await runActionAsync(repo.root, { 'github-token': '', offline: 'true', sign: 'false', upload: 'false' }, { ...sig.env(as()), ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '', GITHUB_EVENT_PATH: pushEvent() });
    expect(evaluated.code).toBe(0);
    expect(evaluated.outputs.signed).toBe('false');
    const before = readFileSync(evaluated.outputs['result-file']);
    const signed = await runActionAsync(dir, { mode: 'sign-only', 'result-file': evaluated.outputs['result-file'], 'sarif-file': evaluated.outputs['sarif-file'], 'signing-config': sig.signingConfigPath, 'artifact-name': 'sign-job', sign: 'true', offline: 'true', 'github-token': '' }, { ...results.env(), ...sig.env(as()), GITHUB_EVENT_PATH: pushEvent() });
    expect(signed.code).toBe(0);
    expect(signed.outputs.signed).toBe('true');
    expect(readFileSync(evaluated.outputs['result-file']).equals(before)).toBe(true);
    const ok = verifyZip('sign-job');
    expect(ok.json.results[0]).toMatchObject({ verdict: 'verified', ref: 'refs/heads/main' });
  });
});
