// Uploads the result, its Sigstore bundle and the SARIF as one workflow artifact, with the real
// `@actions/artifact` client (the Actions results service). The client already retries HTTP 5xx
// and 429 answers itself (five attempts); this layer retries what it gives up on at once (a
// refused or reset connection, a blob-storage failure, a stalled upload) with a fresh
// CreateArtifact, and never retries what cannot change (a bad name, a quota, a name already used).
import { copyFileSync, constants, lstatSync, mkdirSync, mkdtempSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface UploadRequest {
  /** Artifact name (input `artifact-name`). */
  name: string;
  /** Files to put at the root of the artifact, by their base names. */
  files: string[];
  /** 1-90; undefined: the repository's setting. */
  retentionDays?: number;
  /** A folder the files are copied into first (RUNNER_TEMP), so the zip holds exactly them. */
  stagingDir: string;
  /** Attempts of the whole upload (default 3). */
  attempts?: number;
  /** Wait before the second attempt, doubled for each later one (default 2000 ms). */
  backoffMs?: number;
  log?: (line: string) => void;
}

export interface UploadResult {
  id: number;
  /** `sha256:<hex>` of the zip, as the REST API reports an artifact's digest. */
  digest: string;
  size: number;
  attempts: number;
}

export class UploadError extends Error {}

/** Characters the results service refuses in an artifact name (as the client validates them). */
const FORBIDDEN_NAME_CHARACTERS = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];

/** Why `name` cannot name an artifact, or null when it can. */
export function artifactNameProblem(name: string): string | null {
  if (name.trim() === '') return 'artifact-name must not be empty';
  if (name.length > 256) return 'artifact-name must be at most 256 characters';
  const bad = FORBIDDEN_NAME_CHARACTERS.find((c) => name.includes(c));
  if (bad) return `artifact-name must not contain ${JSON.stringify(bad)}`;
  return null;
}

/** Why no artifact can be uploaded from this process, or null when the runner provides the service. */
export function uploadUnavailable(env: NodeJS.ProcessEnv): string | null {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) return 'ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set (not a GitHub Actions job)';
  return null;
}

export async function uploadResultArtifact(request: UploadRequest): Promise<UploadResult> {
  const problem = artifactNameProblem(request.name);
  if (problem) throw new UploadError(problem);
  const staged = stage(request.files, request.stagingDir);
  const attempts = request.attempts ?? 3;
  // Loaded only when there is something to upload: the client and its Azure SDK take most of a second to import.
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  let wait = request.backoffMs ?? 2000;
  for (let attempt = 1; ; attempt++) {
    try {
      const r = await client.uploadArtifact(request.name, staged.files, staged.dir, { retentionDays: request.retentionDays });
      if (r.id === undefined || !r.digest) throw new UploadError('the results service did not return an artifact id and digest');
      return { id: r.id, digest: `sha256:${r.digest}`, size: r.size ?? 0, attempts: attempt };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (!retryable(e) || attempt >= attempts) throw new UploadError(`artifact "${request.name}" not uploaded after ${attempt} attempt(s): ${firstLine(message)}`);
      request.log?.(`artifact upload attempt ${attempt} of ${attempts} failed (${firstLine(message)}); retrying in ${wait} ms`);
      await new Promise((resolve) => setTimeout(resolve, wait));
      wait *= 2;
    }
  }
}

/** Copies the files into a fresh folder by base name; refuses a missing file, a symlink or two files with one name. */
function stage(files: string[], stagingDir: string): { dir: string; files: string[] } {
  mkdirSync(stagingDir, { recursive: true });
  const dir = mkdtempSync(join(stagingDir, 'slam-artifact-'));
  const out: string[] = [];
  for (const file of files) {
    let st;
    try {
      st = lstatSync(file);
    } catch {
      throw new UploadError(`cannot upload ${file}: it does not exist`);
    }
    if (!st.isFile()) throw new UploadError(`cannot upload ${file}: not a regular file`);
    const target = join(dir, basename(file));
    try {
      copyFileSync(file, target, constants.COPYFILE_EXCL);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UploadError(code === 'EEXIST' ? `two files named ${basename(file)} cannot share one artifact: give result-file and sarif-file different names` : `cannot stage ${file}: ${String(e)}`);
    }
    out.push(target);
  }
  return { dir, files: out };
}

/** Whether another attempt could succeed. */
function retryable(e: unknown): boolean {
  if (e instanceof UploadError) return false;
  const name = e instanceof Error ? e.name : '';
  if (['FilesNotFoundError', 'UsageError', 'GHESNotSupportedError'].includes(name)) return false;
  const message = e instanceof Error ? e.message : String(e);
  // The client's own retries are spent, or the service refused the request for good (4xx).
  if (message.includes('Failed to make request after') || message.includes('Received non-retryable error')) return false;
  if (message.includes('is not valid') || message.includes('validation is empty')) return false;
  return true;
}

function firstLine(s: string): string {
  const line = s.split('\n', 1)[0];
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
