// The collection folder's layout and its records, shared by collect (writes), verify and score
// (read). One folder per repository, so that shards collected on different machines merge by
// copying folders together:
//
//   OUT/<owner>/<name>/collect.json            what collect saw (status, default branch, artifacts)
//   OUT/<owner>/<name>/artifacts/<id>/…        one extracted artifact: result, bundle, SARIF
//   OUT/<owner>/<name>/hub.json                the grc.store verdict, when the event asks for it
//   OUT/.tmp/                                  downloads in progress (never read by verify)
//
// Owner and name come from the event file (checked: no `.`/`..`, no separators) and are lower-cased,
// as GitHub compares them; artifact ids are checked to be plain integers before they become paths.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const RECORD_FILE = 'collect.json';
export const HUB_FILE = 'hub.json';
export const ARTIFACTS_DIR = 'artifacts';
export const TMP_DIR = '.tmp';
const MAX_RECORD_BYTES = 16 * 1024 * 1024;

export type RepoStatus = 'collected' | 'none-in-window' | 'not-found' | 'no-access' | 'expired' | 'refused' | 'error';

export interface ArtifactRecord {
  id: number;
  name: string;
  /** GitHub's digest of the zip (`sha256:<hex>`), when it gave one. */
  digest: string | null;
  /** SHA-256 of the bytes downloaded. */
  zipSha256: string;
  sizeInBytes: number;
  runId: number | null;
  headBranch: string | null;
  headSha: string | null;
  createdAt: string;
  expiresAt: string | null;
  downloadedAt: string;
  /** extracted: in artifacts/<id>/; refused: the zip broke a rule and nothing was kept. */
  state: 'extracted' | 'refused';
  detail?: string;
  /** The files extracted, relative to the artifact's folder. */
  files?: string[];
}

export interface RepoRecord {
  version: 1;
  /** owner/name as written in the event file. */
  repository: string;
  participant: string;
  checkedAt: string;
  status: RepoStatus;
  /** One sentence: what happened, e.g. "3 artifacts in the window; 1 new". */
  detail: string;
  httpStatus?: number;
  /** GitHub's answer for the repository: the default branch results must come from. */
  defaultBranch: string | null;
  repositoryId: number | null;
  /** The name GitHub answers with (differs after a rename or transfer). */
  fullName: string | null;
  artifacts: ArtifactRecord[];
}

/** The repository's folder below OUT. */
export function repoDir(out: string, repository: string): string {
  const [owner, name] = repository.toLowerCase().split('/');
  if (!owner || !name || name === '.' || name === '..' || owner.includes('\\') || name.includes('\\')) throw new Error(`not a repository name: ${repository}`);
  return join(out, owner, name);
}

export function artifactDir(out: string, repository: string, id: number): string {
  if (!Number.isSafeInteger(id) || id <= 0) throw new Error(`not an artifact id: ${id}`);
  return join(repoDir(out, repository), ARTIFACTS_DIR, String(id));
}

/** The record collect left, or null when there is none (or it cannot be read as one). */
export function readRecord(out: string, repository: string): RepoRecord | null {
  const file = join(repoDir(out, repository), RECORD_FILE);
  if (!existsSync(file)) return null;
  try {
    const text = readFileSync(file, 'utf8');
    if (text.length > MAX_RECORD_BYTES) return null;
    const r = JSON.parse(text) as RepoRecord;
    if (r?.version !== 1 || !Array.isArray(r.artifacts)) return null;
    return r;
  } catch {
    return null;
  }
}

/** Written whole then renamed: an interrupted run leaves the previous record, never half of one. */
export function writeJsonAtomic(file: string, data: unknown): void {
  mkdirSync(join(file, '..'), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(data, null, 2)}\n`);
  renameSync(tmp, file);
}

export function writeRecord(out: string, record: RepoRecord): void {
  writeJsonAtomic(join(repoDir(out, record.repository), RECORD_FILE), record);
}
