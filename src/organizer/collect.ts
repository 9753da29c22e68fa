// `slam collect`: for each participant repository (this shard's share), the signed-result
// artifacts from the default branch inside the event window, downloaded once and extracted
// safely into OUT (layout in records.ts). Reads the GitHub REST API only, never a repository.
//
// Per repository: GET /repos/{o}/{r} (the default branch), then every page of
// GET /repos/{o}/{r}/actions/artifacts?name=…; an artifact is kept when its run is on the default
// branch of the repository itself (not a fork's branch of the same name), was created inside the
// window, and has not expired. Each kept artifact not already in OUT is downloaded through the
// API's redirect (the token stays with the API), checked against GitHub's digest, read with the
// attestation zip reader's limits, and must hold one bundle with its result beside it.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { BUNDLE_SUFFIX } from '../attestation/locate.ts';
import { extractZip, ZipError } from '../attestation/zip.ts';
import type { Participant, SlamEvent } from './event.ts';
import { GitHubApi, type ApiOptions, type Failure } from './github-api.ts';
import { grcHubReader, type HubVerdict, type HubVerdictSource } from './hub.ts';
import { mapPool } from './pool.ts';
import { artifactDir, HUB_FILE, readRecord, repoDir, TMP_DIR, writeJsonAtomic, writeRecord, type ArtifactRecord, type RepoRecord, type RepoStatus } from './records.ts';

const PAGE_SIZE = 100;
/** 100 pages of 100: far more than a year of daily runs keeps (artifacts expire after 90 days). */
const MAX_PAGES = 100;

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export interface CollectOptions {
  event: SlamEvent;
  out: string;
  token: string;
  apiUrl: string;
  shard?: Shard;
  concurrency?: number;
  /** Timeouts and limits of the API client (tests shorten them). */
  api?: Partial<Omit<ApiOptions, 'token' | 'apiUrl' | 'onRateLimit'>>;
  hub?: HubVerdictSource;
  onProgress?: (p: CollectProgress) => void;
}

export interface CollectProgress {
  repositories: number;
  listed: number;
  toDownload: number;
  downloaded: number;
  failed: number;
  /** Set while a rate limit pauses every request. */
  pausedUntil: number | null;
}

export interface RepoSummary {
  repository: string;
  participant: string;
  status: RepoStatus;
  detail: string;
  httpStatus?: number;
  /** Artifacts of the default branch inside the window, not expired. */
  inWindow: number;
  downloaded: number;
  alreadyHere: number;
  refused: number;
  failed: number;
}

export interface CollectReport {
  shard: Shard;
  repositories: RepoSummary[];
  downloaded: number;
  bytes: number;
  seconds: number;
  rateLimitPauses: number;
}

interface ListedArtifact {
  id: number;
  name: string;
  expired: boolean;
  createdAt: string;
  expiresAt: string | null;
  digest: string | null;
  sizeInBytes: number;
  runId: number | null;
  headBranch: string | null;
  headSha: string | null;
  headRepositoryId: number | null;
}

interface RepoWork {
  repository: string;
  participant: Participant;
  record: RepoRecord;
  summary: RepoSummary;
  tasks: ListedArtifact[];
  listFailed: boolean;
  expiredOnDownload: number;
}

/** The repositories of a shard: every Nth of the event's repositories, in event order. */
export function shardRepositories(event: SlamEvent, shard: Shard): { repository: string; participant: Participant }[] {
  const all = event.participants.flatMap((participant) => participant.repositories.map((repository) => ({ repository, participant })));
  return all.filter((_, i) => i % shard.count === shard.index - 1);
}

export async function collect(options: CollectOptions): Promise<CollectReport> {
  const started = Date.now();
  const { event, out } = options;
  const shard = options.shard ?? { index: 1, count: 1 };
  const concurrency = Math.max(1, Math.min(64, options.concurrency ?? 8));
  const progress: CollectProgress = { repositories: 0, listed: 0, toDownload: 0, downloaded: 0, failed: 0, pausedUntil: null };
  let pauses = 0;
  const api = new GitHubApi({
    ...options.api,
    token: options.token,
    apiUrl: options.apiUrl,
    onRateLimit: (ms) => {
      pauses++;
      progress.pausedUntil = Date.now() + ms;
      options.onProgress?.({ ...progress });
    },
  });
  const tell = () => {
    if (progress.pausedUntil !== null && progress.pausedUntil < Date.now()) progress.pausedUntil = null;
    options.onProgress?.({ ...progress });
  };

  mkdirSync(out, { recursive: true });
  const tmp = join(out, TMP_DIR, `${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(tmp, { recursive: true });
  const repos = shardRepositories(event, shard);
  progress.repositories = repos.length;
  let bytes = 0;
  try {
    const work = await mapPool(repos, concurrency, async ({ repository, participant }) => {
      const w = await listRepository(api, event, out, repository, participant);
      progress.listed++;
      progress.toDownload += w.tasks.length;
      tell();
      return w;
    });

    const tasks = work.flatMap((w) => w.tasks.map((a) => ({ w, a })));
    await mapPool(tasks, concurrency, async ({ w, a }) => {
      const r = await fetchArtifact(api, out, tmp, w, a);
      if (r.ok) {
        bytes += r.bytes;
        progress.downloaded++;
      } else progress.failed++;
      tell();
    });

    for (const w of work) finish(w, event);
    await recordHubVerdicts(options, new Set(repos.map((r) => r.repository)));
    for (const w of work) writeRecord(out, w.record);
    return { shard, repositories: work.map((w) => w.summary), downloaded: progress.downloaded, bytes, seconds: (Date.now() - started) / 1000, rateLimitPauses: pauses };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    const tmpRoot = join(out, TMP_DIR);
    if (existsSync(tmpRoot) && readdirSync(tmpRoot).length === 0) rmSync(tmpRoot, { recursive: true, force: true });
  }
}

async function listRepository(api: GitHubApi, event: SlamEvent, out: string, repository: string, participant: Participant): Promise<RepoWork> {
  const previous = readRecord(out, repository);
  const record: RepoRecord = {
    version: 1,
    repository,
    participant: participant.name,
    checkedAt: new Date().toISOString(),
    status: 'error',
    detail: '',
    defaultBranch: previous?.defaultBranch ?? null,
    repositoryId: previous?.repositoryId ?? null,
    fullName: previous?.fullName ?? null,
    artifacts: (previous?.artifacts ?? []).filter((a) => a.state === 'refused' || existsSync(artifactDir(out, repository, a.id))),
  };
  const summary: RepoSummary = { repository, participant: participant.name, status: 'error', detail: '', inWindow: 0, downloaded: 0, alreadyHere: 0, refused: 0, failed: 0 };
  const w: RepoWork = { repository, participant, record, summary, tasks: [], listFailed: false, expiredOnDownload: 0 };
  const [owner, name] = repository.split('/').map(encodeURIComponent);

  const repo = await api.json(`/repos/${owner}/${name}`);
  if (!repo.ok) return failed(w, repo, 'the repository');
  const data = repo.data as { default_branch?: unknown; id?: unknown; full_name?: unknown };
  if (typeof data?.default_branch !== 'string' || data.default_branch === '') return failed(w, { ok: false, kind: 'not-json', reason: 'GitHub did not say which branch is the default' }, 'the repository');
  record.defaultBranch = data.default_branch;
  record.repositoryId = Number.isSafeInteger(data.id) ? (data.id as number) : null;
  record.fullName = typeof data.full_name === 'string' ? data.full_name : null;

  const listed: ListedArtifact[] = [];
  let next: string | null = `/repos/${owner}/${name}/actions/artifacts?name=${encodeURIComponent(event.artifactName)}&per_page=${PAGE_SIZE}`;
  for (let page = 0; next !== null; page++) {
    if (page === MAX_PAGES) {
      record.detail = `listing stopped after ${MAX_PAGES} pages`;
      break;
    }
    const r = await api.json(next);
    if (!r.ok) return failed(w, r, 'the artifact list');
    const items = (r.data as { artifacts?: unknown })?.artifacts;
    if (!Array.isArray(items)) return failed(w, { ok: false, kind: 'not-json', reason: 'the artifact list had no artifacts array' }, 'the artifact list');
    for (const item of items) {
      const a = toListed(item);
      if (a) listed.push(a);
    }
    next = r.next;
  }

  const { startMs, endMs } = event.window;
  const named = listed.filter((a) => a.name === event.artifactName);
  const inWindow = named.filter((a) => {
    const t = Date.parse(a.createdAt);
    const ownRepo = a.headRepositoryId === null || record.repositoryId === null || a.headRepositoryId === record.repositoryId;
    return a.headBranch === record.defaultBranch && ownRepo && t >= startMs && t <= endMs;
  });
  const live = inWindow.filter((a) => !a.expired && (a.expiresAt === null || Date.parse(a.expiresAt) > Date.now()));
  summary.inWindow = live.length;
  const have = new Map(record.artifacts.map((a) => [a.id, a]));
  for (const a of live) {
    // Artifacts are immutable: an id seen before (kept or refused) is never downloaded again.
    const h = have.get(a.id);
    if (!h) w.tasks.push(a);
    else if (h.state === 'extracted') summary.alreadyHere++;
    else summary.refused++;
  }
  const branch = record.defaultBranch;
  if (named.length === 0) summary.detail = `no artifact named ${event.artifactName}`;
  else if (inWindow.length === 0) summary.detail = `${named.length} artifact${s(named.length)} named ${event.artifactName}, none from ${branch} inside the window`;
  else if (live.length === 0) summary.detail = `${inWindow.length} artifact${s(inWindow.length)} from ${branch} inside the window, all expired`;
  record.status = live.length === 0 ? (inWindow.length > 0 ? 'expired' : 'none-in-window') : 'collected';
  return w;
}

/** Downloads, checks and extracts one artifact; updates the repository's record as it goes. */
async function fetchArtifact(api: GitHubApi, out: string, tmp: string, w: RepoWork, a: ListedArtifact): Promise<{ ok: true; bytes: number } | { ok: false }> {
  const [owner, name] = w.repository.split('/').map(encodeURIComponent);
  const zip = join(tmp, `${a.id}.zip`);
  const got = await api.download(`/repos/${owner}/${name}/actions/artifacts/${a.id}/zip`, zip);
  if (!got.ok) {
    rmSync(zip, { force: true });
    w.summary.failed++;
    const expired = got.status === 410;
    note(w, expired ? `artifact ${a.id} expired before it was downloaded (HTTP 410)` : `artifact ${a.id}: ${got.reason}`);
    if (expired) {
      w.summary.inWindow--;
      w.expiredOnDownload++;
    }
    return { ok: false };
  }
  const base: Omit<ArtifactRecord, 'state'> = {
    id: a.id,
    name: a.name,
    digest: a.digest,
    zipSha256: got.sha256,
    sizeInBytes: got.bytes,
    runId: a.runId,
    headBranch: a.headBranch,
    headSha: a.headSha,
    createdAt: a.createdAt,
    expiresAt: a.expiresAt,
    downloadedAt: new Date().toISOString(),
  };
  const refuse = (detail: string) => {
    w.summary.refused++;
    note(w, `artifact ${a.id} refused: ${detail}`);
    upsert(w, { ...base, state: 'refused', detail });
    writeRecord(out, w.record);
    return { ok: true as const, bytes: got.bytes };
  };
  try {
    if (a.digest && a.digest.toLowerCase() !== `sha256:${got.sha256}`) return refuse(`the zip's SHA-256 (${got.sha256.slice(0, 12)}…) differs from the digest GitHub lists (${a.digest.slice(0, 19)}…)`);
    const staging = join(tmp, String(a.id));
    let files: string[];
    try {
      files = (await extractZip(zip, staging)).map((f) => relative(staging, f).split(sep).join('/'));
    } catch (e) {
      rmSync(staging, { recursive: true, force: true });
      if (e instanceof ZipError) return refuse(e.message);
      throw e;
    }
    const problem = contentsProblem(files);
    if (problem) {
      rmSync(staging, { recursive: true, force: true });
      return refuse(problem);
    }
    const dest = artifactDir(out, w.repository, a.id);
    rmSync(dest, { recursive: true, force: true });
    mkdirSync(join(dest, '..'), { recursive: true });
    renameSync(staging, dest);
    w.summary.downloaded++;
    upsert(w, { ...base, state: 'extracted', files: files.sort() });
    writeRecord(out, w.record);
    return { ok: true, bytes: got.bytes };
  } finally {
    rmSync(zip, { force: true });
  }
}

/** An artifact holds one signed result: one bundle, the file it signs beside it, SARIF at most. */
export function contentsProblem(files: string[]): string | null {
  const bundles = files.filter((f) => f.endsWith(BUNDLE_SUFFIX));
  if (bundles.length === 0) return `no Sigstore bundle (*${BUNDLE_SUFFIX}) in the artifact: it holds ${files.length === 0 ? 'nothing' : files.slice(0, 5).join(', ')}`;
  if (bundles.length > 1) return `${bundles.length} bundles (${bundles.slice(0, 5).join(', ')}); an artifact holds one signed result`;
  const result = bundles[0].slice(0, -BUNDLE_SUFFIX.length);
  if (!files.includes(result)) return `the bundle ${bundles[0]} has no ${result} beside it`;
  const others = files.filter((f) => f !== result && f !== bundles[0] && f.endsWith('.json') && !f.endsWith('.sarif.json'));
  if (others.length > 0) return `more than one result: ${[result, ...others].slice(0, 5).join(', ')}; an artifact holds one signed result`;
  return null;
}

function finish(w: RepoWork, event: SlamEvent): void {
  const { record, summary } = w;
  const extracted = record.artifacts.filter((a) => a.state === 'extracted').length;
  if (w.listFailed) {
    if (extracted > 0) note(w, `${extracted} result${s(extracted)} kept from earlier runs`);
  } else if (extracted > 0) {
    record.status = 'collected';
    const parts = [`${summary.downloaded} downloaded`, `${summary.alreadyHere} already here`];
    if (summary.refused) parts.push(`${summary.refused} refused`);
    if (summary.failed) parts.push(`${summary.failed} failed`);
    record.detail = [`${extracted} result${s(extracted)} from ${record.defaultBranch} (${parts.join(', ')})`, record.detail].filter(Boolean).join('; ');
  } else if (summary.refused > 0) {
    record.status = 'refused';
  } else if (summary.failed > 0) {
    record.status = w.expiredOnDownload === summary.failed ? 'expired' : 'error';
  }
  if (!record.detail) record.detail = summary.detail || `${event.artifactName}: nothing kept`;
  summary.status = record.status;
  summary.detail = record.detail;
  if (record.httpStatus !== undefined) summary.httpStatus = record.httpStatus;
}

function failed(w: RepoWork, f: Failure, what: string): RepoWork {
  const status: RepoStatus = f.status === 404 || f.status === 410 ? 'not-found' : f.status === 403 || f.status === 451 ? 'no-access' : 'error';
  const words: Record<string, string> = {
    'not-found': f.status === 410 ? 'gone (HTTP 410)' : 'not found (HTTP 404): renamed, deleted or private',
    'no-access': `no access (HTTP ${f.status}): the token cannot read ${what}`,
  };
  w.listFailed = true;
  w.record.status = status;
  w.record.detail = words[status] ?? `${what}: ${f.reason}`;
  if (f.status !== undefined) w.record.httpStatus = f.status;
  return w;
}

async function recordHubVerdicts(options: CollectOptions, inShard: Set<string>): Promise<void> {
  const { event, out } = options;
  if (event.defender === 'signed-result') return;
  const source = options.hub ?? grcHubReader();
  for (const p of event.participants) {
    if (!p.hubTarget || !inShard.has(p.repositories[0])) continue;
    let verdict: Omit<HubVerdict, 'target' | 'checkedAt'>;
    try {
      verdict = await source(p.hubTarget, p);
    } catch (e) {
      verdict = { state: 'unknown', detail: `the hub could not be read: ${e instanceof Error ? e.message : String(e)}` };
    }
    writeJsonAtomic(join(repoDir(out, p.repositories[0]), HUB_FILE), { ...verdict, target: p.hubTarget, checkedAt: new Date().toISOString() });
  }
}

function upsert(w: RepoWork, a: ArtifactRecord): void {
  const i = w.record.artifacts.findIndex((x) => x.id === a.id);
  if (i >= 0) w.record.artifacts[i] = a;
  else w.record.artifacts.push(a);
  w.record.artifacts.sort((x, y) => x.createdAt.localeCompare(y.createdAt) || x.id - y.id);
}

function note(w: RepoWork, line: string): void {
  w.record.detail = w.record.detail ? `${w.record.detail}; ${line}` : line;
}

/** One entry of GitHub's artifact list, or null when it lacks what we rely on. */
function toListed(item: unknown): ListedArtifact | null {
  if (!item || typeof item !== 'object') return null;
  const a = item as Record<string, unknown>;
  const run = (a.workflow_run && typeof a.workflow_run === 'object' ? a.workflow_run : {}) as Record<string, unknown>;
  if (!Number.isSafeInteger(a.id) || (a.id as number) <= 0 || typeof a.name !== 'string' || typeof a.created_at !== 'string' || !Number.isFinite(Date.parse(a.created_at))) return null;
  const int = (v: unknown) => (Number.isSafeInteger(v) ? (v as number) : null);
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const digest = str(a.digest);
  return {
    id: a.id as number,
    name: a.name,
    expired: a.expired === true,
    createdAt: a.created_at,
    expiresAt: str(a.expires_at),
    digest: digest && /^sha256:[0-9a-fA-F]{64}$/.test(digest) ? digest : null,
    sizeInBytes: int(a.size_in_bytes) ?? 0,
    runId: int(run.id),
    headBranch: str(run.head_branch),
    headSha: str(run.head_sha),
    headRepositoryId: int(run.head_repository_id),
  };
}

function s(n: number): string {
  return n === 1 ? '' : 's';
}
