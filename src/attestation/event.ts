// The event payload the runner wrote to GITHUB_EVENT_PATH, parsed once. A missing, oversized or
// malformed file is `undefined`: every reader of it must cope with fields that are not there.
import { readFileSync, statSync } from 'node:fs';

/** GitHub caps webhook payloads at 25 MB. */
const MAX_EVENT_BYTES = 25 * 1024 * 1024;

export function readEventPayload(env: NodeJS.ProcessEnv): unknown {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return undefined;
  try {
    if (statSync(file).size > MAX_EVENT_BYTES) return undefined;
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** The default branch named in the payload (push, pull_request, schedule... all carry `repository`). */
export function payloadDefaultBranch(event: unknown): string | undefined {
  const repository = typeof event === 'object' && event !== null ? (event as { repository?: { default_branch?: unknown } }).repository : undefined;
  const b = typeof repository === 'object' && repository !== null ? repository.default_branch : undefined;
  return typeof b === 'string' && b.length > 0 && b.length < 256 ? b : undefined;
}
