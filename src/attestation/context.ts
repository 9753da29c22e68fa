// The run that signs: read once from the runner's GITHUB_* variables and the event payload.
// These values go into the predicate; Fulcio states the same ones in the certificate from the
// OIDC token, and the verifier requires the two to agree.
import { readFileSync, statSync } from 'node:fs';

export interface RunContext {
  /** e.g. https://github.com (GITHUB_SERVER_URL). */
  serverUrl: string;
  /** owner/name (GITHUB_REPOSITORY). */
  repository: string;
  /** Numeric repository id (GITHUB_REPOSITORY_ID, else the event's repository.id). */
  repositoryId?: number;
  /** The commit (GITHUB_SHA). */
  sha: string;
  /** The full ref, e.g. refs/heads/main (GITHUB_REF). */
  ref: string;
  runId: number;
  runAttempt: number;
  /** push, schedule, workflow_dispatch, pull_request... (GITHUB_EVENT_NAME). */
  eventName: string;
  /** The repository's default branch, from the event payload (repository.default_branch). */
  defaultBranch?: string;
  /** github-hosted or self-hosted (RUNNER_ENVIRONMENT), when the runner says. */
  runnerEnvironment?: string;
}

export class ContextError extends Error {}

const MAX_EVENT_BYTES = 25 * 1024 * 1024;

/** Reads the run context; throws ContextError naming the first variable missing or malformed. */
export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const need = (name: string, ok: (v: string) => boolean, what: string): string => {
    const v = env[name];
    if (v === undefined || v === '') throw new ContextError(`${name} is not set: signing needs the GitHub Actions run context`);
    if (!ok(v)) throw new ContextError(`${name} is not ${what}: ${JSON.stringify(v.slice(0, 100))}`);
    return v;
  };
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/(?<!\/)\/+$/, '');
  if (!/^https:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(serverUrl)) throw new ContextError(`GITHUB_SERVER_URL is not an https origin: ${JSON.stringify(serverUrl.slice(0, 100))}`);
  const repository = need('GITHUB_REPOSITORY', (v) => /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/.test(v), 'owner/name');
  const sha = need('GITHUB_SHA', (v) => /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(v), 'a full commit SHA');
  const ref = need('GITHUB_REF', (v) => /^refs\/[^\s]{1,250}$/.test(v), 'a full ref (refs/...)');
  const runId = Number(need('GITHUB_RUN_ID', positive, 'a positive integer'));
  const runAttempt = Number(need('GITHUB_RUN_ATTEMPT', positive, 'a positive integer'));
  const eventName = need('GITHUB_EVENT_NAME', (v) => /^[a-z_]{1,64}$/.test(v), 'an event name');
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const idFromEnv = env.GITHUB_REPOSITORY_ID;
  const repositoryId = idFromEnv && positive(idFromEnv) ? Number(idFromEnv) : event.repositoryId;
  const runner = env.RUNNER_ENVIRONMENT;
  return {
    serverUrl,
    repository,
    ...(repositoryId !== undefined ? { repositoryId } : {}),
    sha,
    ref,
    runId,
    runAttempt,
    eventName,
    ...(event.defaultBranch !== undefined ? { defaultBranch: event.defaultBranch } : {}),
    ...(runner === 'github-hosted' || runner === 'self-hosted' ? { runnerEnvironment: runner } : {}),
  };
}

/** The run's URL as Fulcio writes it in the run invocation URI extension. */
export function runUrl(ctx: Pick<RunContext, 'serverUrl' | 'repository' | 'runId' | 'runAttempt'>): string {
  return `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}/attempts/${ctx.runAttempt}`;
}

function positive(v: string): boolean {
  return /^[1-9][0-9]{0,15}$/.test(v) && Number.isSafeInteger(Number(v));
}

/** The parts of the event payload we use; a missing or unreadable payload gives none of them. */
function readEvent(file: string | undefined): { defaultBranch?: string; repositoryId?: number } {
  if (!file) return {};
  try {
    if (statSync(file).size > MAX_EVENT_BYTES) return {};
    const event = JSON.parse(readFileSync(file, 'utf8')) as { repository?: { default_branch?: unknown; id?: unknown } };
    const b = event.repository?.default_branch;
    const id = event.repository?.id;
    return {
      ...(typeof b === 'string' && b.length > 0 && b.length < 256 ? { defaultBranch: b } : {}),
      ...(typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? { repositoryId: id } : {}),
    };
  } catch {
    return {};
  }
}
