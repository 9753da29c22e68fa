// The bundled action as the runner runs it, deciding whether to sign and uploading its files
// through the real @actions/artifact client to the loopback results service. Pull requests,
// forks and jobs without id-token get one clear line of why nothing was signed, and lose nothing.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkdown, mdRich } from '../src/reporters/escape.ts';
import { FakeResultsService, readZip } from './helpers/fake-results-service.ts';
import { licenseText } from './helpers/license-texts.ts';
import { makeRepo, type TempRepo } from './helpers/repo.ts';
import { runActionAsync, type ActionRun } from './helpers/run-dist.ts';
import { resultValidator } from './helpers/schemas.ts';

const GOOD = {
  LICENSE: licenseText('Apache-2.0'),
  'README.md': '# Demo\n\nA demo project.\n',
  'SECURITY.md': '# Security policy\n\nReport vulnerabilities privately to security@example.org.\n',
};
const DEAD_OIDC = { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/token?api-version=2.0', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token' };

let repo: TempRepo;
let eventsDir: string;
let fake: FakeResultsService;
beforeAll(() => {
  repo = makeRepo(GOOD, { git: true, remote: 'https://github.com/example/demo.git' });
  eventsDir = mkdtempSync(join(tmpdir(), 'slam-events-'));
});
afterAll(() => {
  repo.cleanup();
  rmSync(eventsDir, { recursive: true, force: true });
});
afterEach(async () => {
  await fake?.close();
});

function event(name: string, payload: object): string {
  const file = join(eventsDir, `${name}.json`);
  writeFileSync(file, JSON.stringify(payload));
  return file;
}
const pushEvent = () => event('push', { ref: 'refs/heads/main', repository: { full_name: 'example/demo', default_branch: 'main', fork: false } });

async function run(inputs: Record<string, string>, env: Record<string, string>): Promise<ActionRun> {
  fake ??= await FakeResultsService.start();
  return runActionAsync(repo.root, { 'github-token': '', offline: 'true', ...inputs }, { GITHUB_RUN_ID: '987654', ...fake.env(), ...env });
}
async function freshFake() {
  await fake?.close();
  fake = await FakeResultsService.start();
}

/** The lines of the log that say whether the result was signed. */
const signingLines = (r: ActionRun) => r.stdout.split('\n').filter((l) => /^(::\w+::)?(Not signed|Signing|Cannot sign)\b/.test(l));

function expectFilesIntact(r: ActionRun) {
  const result = JSON.parse(readFileSync(r.outputs['result-file'], 'utf8'));
  expect(resultValidator()(result)).toBe(true);
  const sarif = JSON.parse(readFileSync(r.outputs['sarif-file'], 'utf8'));
  expect(sarif.version).toBe('2.1.0');
  expect(r.summary).toContain('## Security Slam: OSPS Baseline Level 1');
}

/** The uploaded zip holds exactly these files, byte for byte, and the outputs name it. */
function expectArtifact(r: ActionRun, name: string, files: string[]) {
  const stored = fake.artifacts.get(name);
  expect(stored?.finalized).toBe(true);
  const entries = readZip(stored!.bytes);
  expect([...entries.keys()].sort()).toEqual(files.map((f) => f.split('/').pop()).sort());
  for (const f of files) expect(entries.get(f.split('/').pop()!)?.equals(readFileSync(f))).toBe(true);
  expect(r.outputs['artifact-id']).toBe(String(stored!.id));
  expect(r.outputs['artifact-digest']).toBe(`sha256:${createHash('sha256').update(stored!.bytes).digest('hex')}`);
  expect(r.summary).toContain(`${escapeMarkdown(name)} (id ${stored!.id})`);
}

describe('dist/index.js: when not to sign, and the artifact', () => {
  beforeAll(async () => {
    fake = await FakeResultsService.start();
  });

  it('push to the default branch without id-token: not signed with one line, result and SARIF uploaded as one artifact', async () => {
    await freshFake();
    const r = await run({ 'retention-days': '5' }, { GITHUB_EVENT_PATH: pushEvent() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const reason = 'Not signed: no OIDC token can be requested (the job needs `permissions: id-token: write`; pull requests from forks never get one).';
    expect(signingLines(r)).toEqual([reason]);
    expect(r.summary).toContain(mdRich(reason, {}, 300)); // our `permissions: id-token: write` as code
    expect(r.summary).toContain('### Signature and artifact');
    expect(r.outputs.signed).toBe('false');
    expect(r.outputs['bundle-file']).toBe('');
    expectFilesIntact(r);
    expectArtifact(r, 'security-slam-result', [r.outputs['result-file'], r.outputs['sarif-file']]);
    const days = (Date.parse(fake.artifacts.get('security-slam-result')!.expiresAt!) - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(5);
    expect(r.stdout).not.toContain('::warning::');
    expect(r.stdout).not.toContain(fake.token);
  });

  it('pull request (even with an OIDC endpoint): not signed with one line, the step passes, nothing lost', async () => {
    await freshFake();
    const pr = event('pr', { number: 7, pull_request: { head: { repo: { fork: true } } }, repository: { full_name: 'example/demo', default_branch: 'main', fork: false } });
    const r = await run({ 'artifact-name': 'slam-pr' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/7/merge', GITHUB_EVENT_PATH: pr, ...DEAD_OIDC });
    expect(r.code).toBe(0);
    expect(signingLines(r)).toEqual(['Not signed: pull_request runs are not signed (`sign: auto` signs push, schedule, workflow_dispatch and release runs of the default branch).']);
    expect(r.outputs.signed).toBe('false');
    expectFilesIntact(r);
    expectArtifact(r, 'slam-pr', [r.outputs['result-file'], r.outputs['sarif-file']]);
  });

  it('a fork pushing to its own default branch: not signed with one line', async () => {
    await freshFake();
    const fork = event('fork', { ref: 'refs/heads/main', repository: { full_name: 'someone/demo', default_branch: 'main', fork: true } });
    const r = await run({}, { GITHUB_EVENT_PATH: fork, GITHUB_REPOSITORY: 'someone/demo', ...DEAD_OIDC });
    expect(r.code).toBe(0);
    expect(signingLines(r)).toEqual(['Not signed: this repository is a fork (`sign: auto` signs the default branch of the original repository only).']);
    expectFilesIntact(r);
    expect(fake.artifacts.get('security-slam-result')?.finalized).toBe(true);
  });

  it('signing that fails under auto is a warning: the step passes and the result and SARIF are still uploaded', async () => {
    await freshFake();
    const r = await run({}, { GITHUB_EVENT_PATH: pushEvent(), ...DEAD_OIDC });
    expect(r.code).toBe(0);
    expect(signingLines(r)[0]).toBe('Signing: push run of refs/heads/main, the default branch.');
    expect(r.stdout).toMatch(/^::warning::Not signed: signing failed: .+$/m);
    expect(r.summary).toContain(escapeMarkdown('Not signed: signing failed: ').trimEnd());
    expect(r.outputs.signed).toBe('false');
    expectFilesIntact(r);
    expectArtifact(r, 'security-slam-result', [r.outputs['result-file'], r.outputs['sarif-file']]);
  });

  it('sign: true without id-token fails the step with the reason, after writing and uploading everything', async () => {
    await freshFake();
    const pr = event('pr2', { number: 8, repository: { full_name: 'example/demo', default_branch: 'main' } });
    const r = await run({ sign: 'true' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/8/merge', GITHUB_EVENT_PATH: pr });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error::Cannot sign \(`sign: true`\): no OIDC token can be requested/m);
    expectFilesIntact(r);
    expectArtifact(r, 'security-slam-result', [r.outputs['result-file'], r.outputs['sarif-file']]);
  });

  it('sign: true with a signer that fails is an error', async () => {
    await freshFake();
    const r = await run({ sign: 'true' }, { GITHUB_EVENT_PATH: pushEvent(), ...DEAD_OIDC });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error::Not signed: signing failed: .+$/m);
    expectFilesIntact(r);
    expect(fake.artifacts.get('security-slam-result')?.finalized).toBe(true);
  });

  it('an upload that always fails is a warning under auto (after retries), an error under sign: true; the files stay', async () => {
    await freshFake();
    fake.fail('block', 403, Infinity);
    const r = await run({}, { GITHUB_EVENT_PATH: pushEvent() });
    expect(r.code).toBe(0);
    expect(fake.count('CreateArtifact')).toBe(3);
    expect(r.stdout).toMatch(/^::warning::Artifact not uploaded: artifact "security-slam-result" not uploaded after 3 attempt\(s\): /m);
    expect(r.outputs['artifact-id']).toBe('');
    expect(r.outputs['artifact-digest']).toBe('');
    expect(r.summary).toContain('Artifact not uploaded');
    expectFilesIntact(r);

    await freshFake();
    fake.fail('block', 403, Infinity);
    const strict = await run({ sign: 'true' }, { GITHUB_EVENT_PATH: pushEvent(), ...DEAD_OIDC });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/^::error::Artifact not uploaded: /m);
    expectFilesIntact(strict);
  });

  it('upload: false, or no results service, uploads nothing and says so in one line', async () => {
    await freshFake();
    const off = await run({ upload: 'false' }, { GITHUB_EVENT_PATH: pushEvent() });
    expect(off.code).toBe(0);
    expect(off.stdout).toContain('Artifact not uploaded: `upload` is false.');
    expect(fake.calls).toEqual([]);
    const outside = await run({}, { GITHUB_EVENT_PATH: pushEvent(), ACTIONS_RUNTIME_TOKEN: '', ACTIONS_RESULTS_URL: '' });
    expect(outside.code).toBe(0);
    expect(outside.stdout).toMatch(/^Artifact not uploaded: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set/m);
    expect(outside.stdout).not.toContain('::warning::');
    expect(fake.calls).toEqual([]);
  });

  it('rejects bad signing and artifact inputs with a clear error before evaluating', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ sign: 'yes' }, '::error::sign must be "auto", "true" or "false", not "yes"'],
      [{ 'retention-days': '91' }, '::error::retention-days must be a whole number of days from 1 to 90'],
      [{ 'retention-days': '0' }, '::error::retention-days must be a whole number of days from 1 to 90'],
      [{ 'artifact-name': 'a/b' }, '::error::artifact-name must not contain "/"'],
      [{ mode: 'sign' }, '::error::mode must be "evaluate" or "sign-only", not "sign"'],
      [{ upload: 'maybe' }, '::error::upload must be "true" or "false", not "maybe"'],
    ];
    for (const [inputs, error] of cases) {
      const r = await run(inputs, { GITHUB_EVENT_PATH: pushEvent() });
      expect(r.code, JSON.stringify(inputs)).toBe(1);
      expect(r.stdout).toContain(error);
    }
  });
});

describe('dist/index.js in sign-only mode', () => {
  let resultFile: string;
  let sarifFile: string;
  beforeAll(async () => {
    const evaluated = await run({ upload: 'false' }, { GITHUB_EVENT_PATH: pushEvent() });
    expect(evaluated.code).toBe(0);
    resultFile = join(eventsDir, 'downloaded-result.json');
    sarifFile = join(eventsDir, 'downloaded.sarif');
    copyFileSync(evaluated.outputs['result-file'], resultFile);
    copyFileSync(evaluated.outputs['sarif-file'], sarifFile);
  });

  it('signs (or says why not) and uploads an existing result without evaluating it', async () => {
    await freshFake();
    const pr = event('pr3', { number: 9, repository: { full_name: 'example/demo', default_branch: 'main' } });
    const before = readFileSync(resultFile);
    const r = await run({ mode: 'sign-only', 'result-file': resultFile, 'sarif-file': sarifFile, 'artifact-name': 'signed-result' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/9/merge', GITHUB_EVENT_PATH: pr });
    expect(r.code).toBe(0);
    expect(signingLines(r)).toEqual(['Not signed: pull_request runs are not signed (`sign: auto` signs push, schedule, workflow_dispatch and release runs of the default branch).']);
    expect(r.summary).toContain('## Security Slam: signature and artifact');
    expect(r.summary).not.toContain('OSPS Baseline Level');
    expect(r.stdout).not.toContain('OSPS Baseline Level');
    expect(readFileSync(resultFile).equals(before)).toBe(true);
    expect(r.outputs['result-file']).toBe(resultFile);
    expect(r.outputs.signed).toBe('false');
    expectArtifact(r, 'signed-result', [resultFile, sarifFile]);
  });

  it('refuses a missing result, one that is not JSON and one that is not a Security Slam result', async () => {
    await freshFake();
    const notJson = join(eventsDir, 'not.json');
    writeFileSync(notJson, '{"schemaVersion": ');
    const other = join(eventsDir, 'other.json');
    writeFileSync(other, JSON.stringify({ schemaVersion: '1.0.0', tool: { name: 'x' } }));
    const cases: [string, RegExp][] = [
      [join(eventsDir, 'missing.json'), /::error::result-file .*missing\.json does not exist \(mode sign-only signs an existing result\)/],
      [notJson, /::error::result-file .*not\.json is not JSON: /],
      [other, /::error::result-file .*other\.json is not a Security Slam result \(schemas\/result\.schema\.json\): /],
    ];
    for (const [file, error] of cases) {
      const r = await run({ mode: 'sign-only', 'result-file': file, sign: 'true' }, { GITHUB_EVENT_PATH: pushEvent(), ...DEAD_OIDC });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(error);
    }
    expect(fake.calls).toEqual([]);
  });
});
