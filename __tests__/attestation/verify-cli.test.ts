// `slam verify` as a user runs it: src/cli.ts in a child process, and the bundled dist/cli.js.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSigstore, type FakeSigstore } from '../helpers/fake-sigstore.ts';
import { runCli } from '../helpers/run-dist.ts';
import { reference } from '../helpers/schemas.ts';
import { buildZip } from '../helpers/zip-builder.ts';

const CLI = join(import.meta.dirname, '..', '..', 'src', 'cli.ts');
function slam(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let sig: FakeSigstore;
let base: string;
let good: string;
let dev: string;
let zip: string;
beforeAll(async () => {
  sig = await startFakeSigstore();
  base = mkdtempSync(join(tmpdir(), 'slam-verify-cli-'));
  good = join(base, 'good');
  dev = join(base, 'dev');
  await sig.signResult(good, { repository: 'acme/widget', ref: 'refs/heads/main', runId: 42 });
  await sig.signResult(dev, { repository: 'acme/widget', ref: 'refs/heads/dev' });
  zip = join(base, 'artifact.zip');
  writeFileSync(zip, buildZip(['security-slam-result.json', 'security-slam-result.json.sigstore.json'].map((name) => ({ name, data: readFileSync(join(good, name)) }))));
});
afterAll(async () => {
  await sig.close();
  rmSync(base, { recursive: true, force: true });
});

describe('slam verify (src/cli.ts)', () => {
  it('exits 0 when every PATH is verified, with one line each and a count', () => {
    const r = slam('verify', good, zip, '--trusted-root', sig.trustedRootPath, '--repository', 'acme/widget', '--ref', 'main');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(new RegExp(`^verified  ${good}: signed by https://github\\.com/security-slam/security-slam-action/\\.github/workflows/slam\\.yml@refs/tags/v1 for acme/widget at refs/heads/main`));
    expect(lines[1]).toMatch(/^verified {2}.*artifact\.zip: /);
    expect(lines[2]).toBe('2 verified, 0 rejected');
  });

  it('checks every PATH even when some fail, in order, and exits 1 (JSON form)', () => {
    const r = slam('verify', dev, join(base, 'missing'), good, '--trusted-root', sig.trustedRootPath, '--ref', 'refs/heads/main', '--format', 'json');
    expect(r.code).toBe(1);
    const { results } = JSON.parse(r.stdout);
    expect(results.map((x: { path: string }) => x.path)).toEqual([dev, join(base, 'missing'), good]);
    for (const x of results) expect(Object.keys(x)).toEqual(['path', 'verdict', 'reason', 'detail', 'repository', 'commit', 'ref', 'signerWorkflow', 'runUrl']);
    expect(results[0]).toMatchObject({ verdict: 'rejected', reason: 'wrong-ref', detail: 'signed for refs/heads/dev, not refs/heads/main', repository: null });
    expect(results[1]).toMatchObject({ verdict: 'rejected', reason: 'malformed' });
    expect(results[2]).toEqual({
      path: good,
      verdict: 'verified',
      reason: null,
      detail: expect.stringMatching(/^signed by /),
      repository: 'acme/widget',
      commit: 'c'.repeat(40),
      ref: 'refs/heads/main',
      signerWorkflow: 'https://github.com/security-slam/security-slam-action/.github/workflows/slam.yml@refs/tags/v1',
      runUrl: 'https://github.com/acme/widget/actions/runs/42/attempts/1',
    });
  });

  it('many PATHs are verified in parallel and reported in the order given', () => {
    const paths = Array.from({ length: 20 }, (_, i) => (i % 3 === 0 ? dev : good));
    const r = slam('verify', ...paths, '--trusted-root', sig.trustedRootPath, '--ref', 'main', '-f', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).results.map((x: { verdict: string }) => x.verdict)).toEqual(paths.map((p) => (p === dev ? 'rejected' : 'verified')));
  });

  it.each([
    [['verify'], /verify needs at least one PATH/],
    [['verify', 'x', '--format', 'sarif'], /--format must be one of text, json/],
    [['verify', 'x', '--signer-workflow', '(unclosed'], /--signer-workflow is not a valid regular expression/],
    [['verify', 'x', '--repository', 'nope'], /--repository must look like owner\/name/],
    [['verify', 'x', '--trusted-root', '/nonexistent/root.json'], /cannot read trusted root \/nonexistent\/root\.json: ENOENT/],
    [['verify', 'x', '--predicate-type', 'not a uri'], /--predicate-type must be a URI/],
    [['verify', 'x', '--level', '2'], /unknown option --level for verify/],
  ])('bad usage exits 2 with one line: %j', (args, why) => {
    const r = slam(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(why);
  });

  it('--help lists verify and its options', () => {
    const r = slam('--help');
    expect(r.stdout).toContain('slam verify PATH...');
    expect(r.stdout).toContain('--signer-workflow REGEX');
    expect(r.stdout).toContain('--allow-self-hosted');
  });

  it('the real public-good bundle, with its predicate type and signer named, offline', (ctx) => {
    const root = reference('sigstore-real-bundle');
    if (!root) return ctx.skip();
    const dir = mkdtempSync(join(tmpdir(), 'slam-real-'));
    try {
      copyFileSync(join(root, 'reusable-workflow-artifact'), join(dir, 'reusable-workflow-artifact'));
      copyFileSync(join(root, 'reusable-workflow-attestation.sigstore.json'), join(dir, 'reusable-workflow-artifact.sigstore.json'));
      const ok = slam('verify', dir, '--predicate-type', 'https://slsa.dev/provenance/v1', '--signer-workflow', 'https://github\\.com/github/artifact-attestations-workflows/\\.github/workflows/attest\\.yml@[0-9a-f]{40}', '--repository', 'malancas/attest-demo', '-f', 'json');
      expect(ok.code, ok.stderr).toBe(0);
      expect(JSON.parse(ok.stdout).results[0]).toMatchObject({ verdict: 'verified', repository: 'malancas/attest-demo' });
      const other = slam('verify', dir, '--predicate-type', 'https://slsa.dev/provenance/v1');
      expect(other.code).toBe(1);
      expect(other.stdout).toMatch(/rejected .*: untrusted-signer: signed by https:\/\/github\.com\/github\/artifact-attestations-workflows/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('slam verify (dist/cli.js, the bundle users run)', () => {
  it('verifies an artifact zip and rejects a forged one with the bundled verifier', () => {
    const ok = runCli(['verify', zip, good, '--trusted-root', sig.trustedRootPath, '-f', 'json']);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).results.map((x: { verdict: string }) => x.verdict)).toEqual(['verified', 'verified']);
    const edited = join(base, 'edited');
    rmSync(edited, { recursive: true, force: true });
    spawnSync('cp', ['-r', good, edited]);
    writeFileSync(join(edited, 'security-slam-result.json'), '{}');
    const bad = runCli(['verify', edited, '--trusted-root', sig.trustedRootPath]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/rejected .*: digest-mismatch: /);
  });

  it('the public-good trusted root is bundled: the real bundle verifies with no --trusted-root', (ctx) => {
    const root = reference('sigstore-real-bundle');
    if (!root) return ctx.skip();
    const dir = mkdtempSync(join(tmpdir(), 'slam-real-'));
    try {
      copyFileSync(join(root, 'reusable-workflow-artifact'), join(dir, 'reusable-workflow-artifact'));
      copyFileSync(join(root, 'reusable-workflow-attestation.sigstore.json'), join(dir, 'reusable-workflow-artifact.sigstore.json'));
      const r = runCli(['verify', dir, '--predicate-type', 'https://slsa.dev/provenance/v1', '--signer-workflow', 'https://github\\.com/github/artifact-attestations-workflows/.*']);
      expect(r.code, r.stdout + r.stderr).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
