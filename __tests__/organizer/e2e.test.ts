// The organizer's whole path with real signed results: genuine results signed by the real
// @sigstore/sign against the fake Sigstore, zipped and served by the loopback artifacts API,
// collected by `slam collect`, then a forgery corpus placed where collect puts results; every
// forgery is rejected with its reason, every genuine result accepted, the event's own checks
// (repository, ref, window, tool version) applied, and the outcomes list scored from them.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readRunContext } from '../../src/attestation/context.ts';
import { buildStatement, PREDICATE_TYPE } from '../../src/attestation/statement.ts';
import { collect } from '../../src/organizer/collect.ts';
import { parseEvent, type SlamEvent } from '../../src/organizer/event.ts';
import { readRecord, writeRecord } from '../../src/organizer/records.ts';
import { renderOutcomes } from '../../src/organizer/report-files.ts';
import { score } from '../../src/organizer/score.ts';
import { verifyCollected, type EventOutcome } from '../../src/organizer/verify-event.ts';
import { sampleResult, startFakeSigstore, type FakeSigstore, type SignAs } from '../helpers/fake-sigstore.ts';
import { buildZip } from '../helpers/zip-builder.ts';
import { FakeArtifactsApi } from './fake-artifacts.ts';

const CLI = join(import.meta.dirname, '..', '..', 'src', 'cli.ts');
const RESULT = 'security-slam-result.json';
const BUNDLE = `${RESULT}.sigstore.json`;
const sha = (n: number) => n.toString(16).padStart(40, '0');

let fake: FakeSigstore;
let api: FakeArtifactsApi;
let base: string;
let out: string;
let event: SlamEvent;
let eventFile: string;
let genuine: Map<string, { dir: string; repository: string; sha: string }>;
let outcomes: EventOutcome[];

function eventText(window: { start: string; end: string }): string {
  return `name: End-to-End Slam
window: { start: ${window.start}, end: ${window.end} }
trust:
  signer-workflow: '^https://github\\.com/security-slam/security-slam-action/\\.github/workflows/slam\\.yml@refs/tags/v1$'
  trusted-root: ${fake.trustedRootPath}
  tool-versions: '>=0.1.0'
participants:
  - name: Widget
    repositories: [acme/widget, acme/widget-helm]
    level: 1
    advisor: A. Person
    logo: /project-logos/widget.png
  - name: Gadget
    repositories: [gadget/gadget]
    level: 1
  - name: Ghost
    repositories: [ghost/gone]
    level: 1
`;
}

/** A result of `repository` signed genuinely (our workflow, GitHub-hosted, on main unless said). */
async function signed(name: string, repository: string, commit: string, result: Record<string, unknown>, as: SignAs = {}): Promise<string> {
  const dir = join(base, 'signed', name);
  mkdirSync(dir, { recursive: true });
  await fake.signResult(dir, { repository, sha: commit, ref: 'refs/heads/main', result, ...as });
  return dir;
}

function zipOf(dir: string): Buffer {
  return buildZip(readdirSync(dir).map((f) => ({ name: f, data: readFileSync(join(dir, f)) })));
}

/** Places a folder where collect puts artifact `id` of `repository`, and records it as collect would. */
function place(repository: string, id: number, files: Record<string, Buffer | string>, headSha: string | null = null): void {
  const dir = join(out, ...repository.split('/'), 'artifacts', String(id));
  mkdirSync(dir, { recursive: true });
  for (const [f, data] of Object.entries(files)) writeFileSync(join(dir, f), data);
  const rec = readRecord(out, repository)!;
  rec.artifacts.push({ id, name: 'security-slam-result', digest: null, zipSha256: '0'.repeat(64), sizeInBytes: 1, runId: id, headBranch: 'main', headSha, createdAt: new Date().toISOString(), expiresAt: null, downloadedAt: new Date().toISOString(), state: 'extracted', files: Object.keys(files) });
  writeRecord(out, rec);
}

function folderFiles(dir: string): Record<string, Buffer> {
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]));
}

beforeAll(async () => {
  fake = await startFakeSigstore();
  api = await FakeArtifactsApi.start();
  base = mkdtempSync(join(tmpdir(), 'slam-e2e-organizer-'));
  out = join(base, 'collected');
  const now = Date.now();
  const window = { start: new Date(now - 86_400_000).toISOString(), end: new Date(now + 86_400_000).toISOString() };
  eventFile = join(base, 'event.yml');
  writeFileSync(eventFile, eventText(window));
  event = parseEvent(readFileSync(eventFile, 'utf8'), eventFile);

  // Genuine results, signed in this order (first and last matter for Widget).
  const widgetFirst = sampleResult('acme/widget', sha(1));
  (widgetFirst.objectives as { status: string }[])[0].status = 'unmet';
  genuine = new Map();
  const plan: [string, string, string, Record<string, unknown>, number][] = [
    ['widget-first', 'acme/widget', sha(1), widgetFirst, 101],
    ['helm', 'acme/widget-helm', sha(3), { ...sampleResult('acme/widget-helm', sha(3)), objectives: (sampleResult().objectives as { id: string; status: string }[]).map((o) => ({ ...o, status: o.id === 'cleaner' ? 'met' : 'unmet' })) }, 201],
    ['gadget', 'gadget/gadget', sha(4), sampleResult('gadget/gadget', sha(4)), 301],
    ['widget-last', 'acme/widget', sha(2), sampleResult('acme/widget', sha(2)), 102],
  ];
  for (const [name, repository, commit, result, id] of plan) {
    const dir = await signed(name, repository, commit, result);
    genuine.set(name, { dir, repository, sha: commit });
    const created = new Date(now - 3_600_000 + id).toISOString();
    const repo = api.repos.get(repository) ?? (api.addRepo({ repository }), api.repos.get(repository)!);
    repo.artifacts.push({ id, createdAt: created, zip: zipOf(dir), headSha: commit, runId: id });
  }
  await collect({ event, out, token: 'e2e-token', apiUrl: api.baseUrl, concurrency: 4 });

  // The forgery corpus, where collect puts results.
  const w = genuine.get('widget-last')!;
  const edited = folderFiles(w.dir);
  edited[RESULT] = Buffer.from(edited[RESULT].toString().replace('"level": 1', '"level": 3').replace('"level":1', '"level":3'));
  place('acme/widget', 901, edited, w.sha);
  const flipped = folderFiles(w.dir);
  const b = JSON.parse(flipped[BUNDLE].toString());
  const sig = Buffer.from(b.dsseEnvelope.signatures[0].sig, 'base64');
  sig[10] ^= 0x01;
  b.dsseEnvelope.signatures[0].sig = sig.toString('base64');
  flipped[BUNDLE] = Buffer.from(JSON.stringify(b));
  place('acme/widget', 902, flipped, w.sha);
  place('acme/widget', 903, folderFiles(await signed('evil-workflow', 'acme/widget', sha(5), sampleResult('acme/widget', sha(5)), { workflow: 'acme/widget/.github/workflows/release.yml@refs/heads/main' })), sha(5));
  place('acme/widget-helm', 904, folderFiles(genuine.get('gadget')!.dir), sha(4));
  place('acme/widget', 905, folderFiles(await signed('feature', 'acme/widget', sha(6), sampleResult('acme/widget', sha(6), 'refs/heads/feature'), { ref: 'refs/heads/feature' })), sha(6));
  place('acme/widget', 906, folderFiles(await signed('self-hosted', 'acme/widget', sha(7), sampleResult('acme/widget', sha(7)), { runnerEnvironment: 'self-hosted' })), sha(7));
  place('acme/widget', 907, folderFiles(await signed('old-tool', 'acme/widget', sha(8), { ...sampleResult('acme/widget', sha(8)), tool: { name: 'security-slam-action', version: '0.0.9', informationUri: 'https://github.com/security-slam/security-slam-action' } })), sha(8));
  // The statement's predicate names another commit than the certificate; another predicate type.
  const as: SignAs = { repository: 'gadget/gadget', sha: sha(9), ref: 'refs/heads/main' };
  const bytes = Buffer.from(JSON.stringify(sampleResult('gadget/gadget', sha(9))));
  const statement = buildStatement(RESULT, bytes, readRunContext(fake.env(as)));
  place('gadget/gadget', 908, { [RESULT]: bytes, [BUNDLE]: JSON.stringify(await fake.signPayload({ ...statement, predicate: { ...statement.predicate, commit: sha(10) } }, as)) }, sha(9));
  place('gadget/gadget', 909, { [RESULT]: bytes, [BUNDLE]: JSON.stringify(await fake.signPayload({ ...statement, predicateType: 'https://slsa.dev/provenance/v1' }, as)) }, sha(9));
  // Valid JSON that is not our result schema, signed genuinely by our workflow.
  const odd = Buffer.from(JSON.stringify({ ...sampleResult('gadget/gadget', sha(9)), controls: 'all fine' }));
  const oddStatement = buildStatement(RESULT, odd, readRunContext(fake.env(as)));
  place('gadget/gadget', 910, { [RESULT]: odd, [BUNDLE]: JSON.stringify(await fake.signPayload(oddStatement, as)) }, sha(9));
  place('gadget/gadget', 911, { [RESULT]: bytes, [BUNDLE]: '{"mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json", "verificationMaterial": ' }, sha(9));
  place('gadget/gadget', 912, { [RESULT]: bytes, [BUNDLE]: 'not json at all' }, sha(9));
  // A genuine result in the folder of a repository that is no participant's.
  cpSync(genuine.get('gadget')!.dir, join(out, 'stranger', 'repo', 'artifacts', '913'), { recursive: true });

  outcomes = (await verifyCollected(event, out)).outcomes;
}, 180_000);

afterAll(async () => {
  await api?.close();
  await fake?.close();
  if (base) rmSync(base, { recursive: true, force: true });
});

const byId = (id: number) => outcomes.find((o) => o.path.endsWith(`/artifacts/${id}`))!;

describe('organizer end to end with real signed results', () => {
  it('collect fetched the genuine zips; every genuine result is verified with the certificate facts', () => {
    expect(readRecord(out, 'ghost/gone')?.status).toBe('not-found');
    for (const id of [101, 102, 201, 301]) {
      const o = byId(id);
      expect(o, String(id)).toMatchObject({ verdict: 'verified', signerWorkflow: 'https://github.com/security-slam/security-slam-action/.github/workflows/slam.yml@refs/tags/v1', ref: 'refs/heads/main' });
      expect(Date.parse(o.signedAt!)).toBeGreaterThan(Date.now() - 600_000);
      expect(o.runUrl).toMatch(/^https:\/\/github\.com\/.+\/actions\/runs\/[0-9]+/);
    }
    expect(byId(101)).toMatchObject({ repository: 'acme/widget', commit: sha(1), folderRepository: 'acme/widget', participant: 'Widget' });
  });

  it('every forgery is rejected with its reason', () => {
    const expected: [number, string][] = [
      [901, 'digest-mismatch'],
      [902, 'bad-signature'],
      [903, 'untrusted-signer'],
      [904, 'wrong-repository'],
      [905, 'wrong-ref'],
      [906, 'self-hosted-runner'],
      [907, 'untrusted-tool-version'],
      [908, 'claims-mismatch'],
      [909, 'wrong-predicate-type'],
      [910, 'malformed'],
      [911, 'malformed'],
      [912, 'malformed'],
      [913, 'wrong-repository'],
    ];
    if (process.env.SLAM_E2E_DEBUG) for (const o of outcomes) console.log(o.path, o.verdict, o.reason, o.detail);
    for (const [id, reason] of expected) expect([id, byId(id)?.verdict, byId(id)?.reason, byId(id)?.detail], String(id)).toEqual([id, 'rejected', reason, expect.any(String)]);
    expect(byId(904).detail).toBe('signed for gadget/gadget but found in the folder of acme/widget-helm');
    expect(byId(905).detail).toMatch(/refs\/heads\/feature/);
    expect(byId(907).detail).toBe('made by security-slam-action 0.0.9; the event accepts >=0.1.0');
    expect(byId(913).detail).toMatch(/stranger\/repo\/, which is not a participant repository/);
    expect(outcomes.filter((o) => o.verdict === 'verified').map((o) => o.artifactId).sort()).toEqual([101, 102, 201, 301]);
  });

  it('a window that has ended: every genuine result is outside-window (signing time from the log, not the result)', async () => {
    const past = parseEvent(eventText({ start: '2026-01-01T00:00:00Z', end: '2026-02-01T00:00:00Z' }), eventFile);
    const v = await verifyCollected(past, out);
    for (const id of [101, 102, 201, 301]) {
      const o = v.outcomes.find((x) => x.artifactId === id)!;
      expect(o.reason, String(id)).toBe('outside-window');
      expect(o.detail).toMatch(/^signed at 20[0-9-]+T.*, outside the window 2026-01-01T00:00:00.000Z to 2026-02-01T00:00:00.000Z$/);
    }
  });

  it('the outcomes list of the event, field by field, from the verified results only', () => {
    const records = new Map(event.participants.flatMap((p) => p.repositories).map((r) => [r, readRecord(out, r)]));
    const report = score({ event, outcomes, records });
    const front = parse(renderOutcomes(report).split('---\n')[1]) as { badges: string[]; projects: Record<string, unknown>[] };
    expect(front.badges).toEqual(['cleaner', 'chronicler', 'inspector', 'mechanizer', 'defender', 'cra-readiness']);
    const expected = [
      // Widget: its last acme/widget result meets cleaner and chronicler; widget-helm only cleaner.
      { name: 'Widget', advisor: 'A. Person', repoUrl: 'https://github.com/acme', logoUrl: '/project-logos/widget.png', completed: ['cleaner'] },
      { name: 'Gadget', repoUrl: 'https://github.com/gadget/gadget', completed: ['cleaner', 'chronicler'] },
      { name: 'Ghost', repoUrl: 'https://github.com/ghost/gone', completed: [] },
    ];
    expect(front.projects).toHaveLength(3);
    front.projects.forEach((p, i) => {
      expect(Object.keys(p)).toEqual(Object.keys(expected[i]));
      for (const [k, v] of Object.entries(expected[i])) expect(p[k], `${expected[i].name}.${k}`).toEqual(v);
    });
    const widget = report.participants[0];
    expect(widget.repositories[0]).toMatchObject({ verified: 2, first: { commit: sha(1) }, last: { commit: sha(2) } });
    // Cleaner: unmet in acme/widget's first result, met in both repositories' last ones.
    expect(widget.changes.objectivesGained).toEqual(['cleaner']);
    expect(widget.objectives.find((o) => o.id === 'chronicler')).toMatchObject({ status: 'partial', heldBackBy: [{ repository: 'acme/widget-helm' }] });
    expect(widget.repositories[0].rejections.map((r) => r.reason).sort()).toEqual(['bad-signature', 'digest-mismatch', 'self-hosted-runner', 'untrusted-signer', 'untrusted-tool-version', 'wrong-ref']);
    expect(PREDICATE_TYPE).toMatch(/\/v1$/);
  });

  it('the command line: verify --event (text and JSON, exit 1 with rejections) and score writing the report, nothing outside --out', async () => {
    const json = await slam(['verify', out, '--event', eventFile, '--format', 'json']);
    expect(json.code).toBe(1);
    const rows = JSON.parse(json.stdout).results as Record<string, unknown>[];
    expect(Object.keys(rows[0]).slice(0, 9)).toEqual(['path', 'verdict', 'reason', 'detail', 'repository', 'commit', 'ref', 'signerWorkflow', 'runUrl']);
    expect(rows.filter((r) => r.verdict === 'verified')).toHaveLength(4);
    const text = await slam(['verify', out, '--event', eventFile]);
    expect(text.stdout).toMatch(/^rejected {2}acme\/widget-helm\/artifacts\/904: wrong-repository: /m);
    expect(text.stdout).toMatch(/^4 verified, 13 rejected/m);
    const clash = await slam(['verify', out, '--event', eventFile, '--repository', 'a/b']);
    expect(clash.code).toBe(2);
    const before = readdirSync(base).sort();
    const report = join(base, 'report');
    const s = await slam(['score', out, '--event', eventFile, '--out', report]);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stdout).toMatch(/^End-to-End Slam: 4 results verified, 13 rejected/);
    expect(readdirSync(base).sort()).toEqual([...before, 'report'].sort());
    expect(readdirSync(report).sort()).toEqual(['index.html', 'outcomes.md', 'results.csv', 'results.json', 'results.md', 'verification.json']);
  }, 120_000);
});

function slam(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1', GITHUB_TOKEN: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
