// src/attestation/upload.ts with the real @actions/artifact client against the loopback results service.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { artifactNameProblem, uploadResultArtifact, uploadUnavailable } from '../../src/attestation/upload.ts';
import { FakeResultsService, readZip } from '../helpers/fake-results-service.ts';

let fake: FakeResultsService;
let dir: string;
const saved = { ...process.env };

beforeEach(async () => {
  fake = await FakeResultsService.start();
  Object.assign(process.env, fake.env());
  delete process.env.GITHUB_RETENTION_DAYS;
  dir = mkdtempSync(join(tmpdir(), 'slam-upload-'));
});
afterEach(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
});

function files() {
  mkdirSync(join(dir, 'out'));
  const result = join(dir, 'security-slam-result.json');
  const bundle = join(dir, 'security-slam-result.json.sigstore.json');
  const sarif = join(dir, 'out', 'security-slam.sarif');
  writeFileSync(result, '{"schemaVersion":"1"}\n');
  writeFileSync(bundle, '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"}\n');
  writeFileSync(sarif, '{"version":"2.1.0","runs":[]}\n');
  return [result, bundle, sarif];
}

describe('uploadResultArtifact', () => {
  it('uploads one zip holding exactly the files by base name, with the retention asked, and returns the id and digest the service stored', async () => {
    const r = await uploadResultArtifact({ name: 'security-slam-result', files: files(), retentionDays: 7, stagingDir: join(dir, 'tmp') });
    const stored = fake.artifacts.get('security-slam-result');
    expect(stored?.finalized).toBe(true);
    expect(r.id).toBe(stored?.id);
    expect(r.digest).toBe(`sha256:${createHash('sha256').update(stored!.bytes).digest('hex')}`);
    expect(stored?.hash).toBe(r.digest);
    expect(r.attempts).toBe(1);
    const entries = readZip(stored!.bytes);
    expect([...entries.keys()].sort()).toEqual(['security-slam-result.json', 'security-slam-result.json.sigstore.json', 'security-slam.sarif']);
    expect(entries.get('security-slam.sarif')?.toString()).toBe('{"version":"2.1.0","runs":[]}\n');
    const days = (Date.parse(stored!.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThan(7.1);
  });

  it('recovers from a 500 of CreateArtifact through the client\'s own retry', async () => {
    fake.fail('CreateArtifact', 500, 1);
    const r = await uploadResultArtifact({ name: 'n', files: files(), stagingDir: join(dir, 'tmp') });
    expect(fake.calls.filter((c) => c.kind === 'CreateArtifact').map((c) => c.status)).toEqual([500, 200]);
    expect(r.attempts).toBe(1);
    expect(fake.artifacts.get('n')?.finalized).toBe(true);
  });

  it('retries a failed blob upload with a fresh CreateArtifact and backoff, and succeeds', async () => {
    fake.fail('block', 403, 1);
    const log: string[] = [];
    const started = Date.now();
    const r = await uploadResultArtifact({ name: 'n', files: files(), stagingDir: join(dir, 'tmp'), backoffMs: 50, log: (l) => log.push(l) });
    expect(r.attempts).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
    expect(fake.count('CreateArtifact')).toBe(2);
    expect(log).toEqual([expect.stringMatching(/^artifact upload attempt 1 of 3 failed \(.+\); retrying in 50 ms$/)]);
    expect(readZip(fake.artifacts.get('n')!.bytes).size).toBe(3);
  });

  it('gives up after the attempts with one clear error when the service always fails', async () => {
    fake.fail('block', 403, Infinity);
    const log: string[] = [];
    await expect(uploadResultArtifact({ name: 'n', files: files(), stagingDir: join(dir, 'tmp'), backoffMs: 10, log: (l) => log.push(l) })).rejects.toThrow(/^artifact "n" not uploaded after 3 attempt\(s\): /);
    expect(fake.count('CreateArtifact')).toBe(3);
    expect(log.length).toBe(2);
    expect(fake.artifacts.get('n')?.finalized).toBe(false);
  });

  it('retries a refused connection, then reports it', async () => {
    await fake.close();
    await expect(uploadResultArtifact({ name: 'n', files: files(), stagingDir: join(dir, 'tmp'), backoffMs: 10 })).rejects.toThrow(/not uploaded after 3 attempt\(s\): Failed to CreateArtifact: Unable to make request: ECONNREFUSED/);
    fake = await FakeResultsService.start();
  });

  it('does not retry what cannot change: a name already used in the run', async () => {
    await uploadResultArtifact({ name: 'n', files: files().slice(0, 1), stagingDir: join(dir, 'tmp') });
    await expect(uploadResultArtifact({ name: 'n', files: [join(dir, 'security-slam-result.json')], stagingDir: join(dir, 'tmp'), backoffMs: 10 })).rejects.toThrow(/after 1 attempt\(s\): .*409/);
  });

  it('refuses a bad name, a missing file, a symlink and two files with one base name before any request', async () => {
    const [result, , sarif] = files();
    await expect(uploadResultArtifact({ name: 'a/b', files: [result], stagingDir: dir })).rejects.toThrow('artifact-name must not contain "/"');
    await expect(uploadResultArtifact({ name: 'n', files: [join(dir, 'missing.json')], stagingDir: dir })).rejects.toThrow(/missing\.json: it does not exist/);
    symlinkSync(sarif, join(dir, 'link.sarif'));
    await expect(uploadResultArtifact({ name: 'n', files: [join(dir, 'link.sarif')], stagingDir: dir })).rejects.toThrow(/not a regular file/);
    writeFileSync(join(dir, 'out', 'security-slam-result.json'), '{}');
    await expect(uploadResultArtifact({ name: 'n', files: [result, join(dir, 'out', 'security-slam-result.json')], stagingDir: dir })).rejects.toThrow(/two files named security-slam-result\.json/);
    expect(fake.calls).toEqual([]);
  });
});

describe('artifact names and availability', () => {
  it.each([
    ['security-slam-result', null],
    ['', 'artifact-name must not be empty'],
    ['a:b', 'artifact-name must not contain ":"'],
    ['x'.repeat(257), 'artifact-name must be at most 256 characters'],
    ['a\nb', 'artifact-name must not contain "\\n"'],
  ])('%j -> %j', (name, problem) => expect(artifactNameProblem(name)).toBe(problem));

  it('needs the runtime token and results URL', () => {
    expect(uploadUnavailable({})).toMatch(/ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set/);
    expect(uploadUnavailable({ ACTIONS_RUNTIME_TOKEN: 'x', ACTIONS_RESULTS_URL: 'http://127.0.0.1:1' })).toBeNull();
  });
});
