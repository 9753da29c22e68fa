// Whether this run signs its result (input `sign`), and one line that says why, for the log and
// the job summary. Pure: the facts come from the runner's environment and the event payload.
//
// `auto` signs only what an organizer should trust: a push, schedule, workflow_dispatch or
// release run of the default branch of a repository that is not a fork, in a job that can ask
// for an OIDC token. Anything else (pull requests, forks, other branches, no `id-token: write`)
// is not signed and the step does not fail. `true` signs whatever the event, or fails the step
// with the reason; `false` never signs.
import { stripControl } from '../reporters/escape.ts';
import { payloadDefaultBranch } from './event.ts';

export type SignMode = 'auto' | 'true' | 'false';

export interface SignFacts {
  /** GITHUB_EVENT_NAME. */
  eventName: string;
  /** GITHUB_REF. */
  ref: string;
  /** The event payload's `repository.default_branch`. */
  defaultBranch?: string;
  /** The event payload's `repository.fork`. */
  fork?: boolean;
  /** The event payload's `release.target_commitish` (release events). */
  releaseTarget?: string;
  /** ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are both set. */
  oidc: boolean;
}

export interface SignDecision {
  sign: boolean;
  /** Fail the step (sign: true and signing is impossible). */
  fail: boolean;
  /** One line for the log and the job summary. */
  reason: string;
}

export const SIGNED_EVENTS = ['push', 'schedule', 'workflow_dispatch', 'release'] as const;

const NO_OIDC = 'no OIDC token can be requested (the job needs `permissions: id-token: write`; pull requests from forks never get one)';

export function parseSignMode(value: string): SignMode {
  if (value === '' || value === 'auto') return 'auto';
  if (['true', 'True', 'TRUE'].includes(value)) return 'true';
  if (['false', 'False', 'FALSE'].includes(value)) return 'false';
  throw new Error(`sign must be "auto", "true" or "false", not "${show(value)}"`);
}

export function decideSigning(mode: SignMode, facts: SignFacts): SignDecision {
  const notSigned = (why: string): SignDecision => ({ sign: false, fail: false, reason: `Not signed: ${why}.` });
  if (mode === 'false') return notSigned('`sign` is false');
  const run = `${show(facts.eventName) || 'unknown'} run of ${show(facts.ref) || 'an unknown ref'}`;
  if (mode === 'true') {
    if (!facts.oidc) return { sign: false, fail: true, reason: `Cannot sign (\`sign: true\`): ${NO_OIDC}.` };
    return { sign: true, fail: false, reason: `Signing (\`sign: true\`): ${run}.` };
  }
  if (!(SIGNED_EVENTS as readonly string[]).includes(facts.eventName)) {
    return notSigned(`${show(facts.eventName) ? `${show(facts.eventName)} runs` : 'runs without an event name'} are not signed (\`sign: auto\` signs push, schedule, workflow_dispatch and release runs of the default branch)`);
  }
  if (facts.fork === true) return notSigned('this repository is a fork (`sign: auto` signs the default branch of the original repository only)');
  if (!facts.defaultBranch) return notSigned('the event payload does not name the default branch');
  const defaultRef = `refs/heads/${facts.defaultBranch}`;
  if (facts.eventName === 'release') {
    const target = facts.releaseTarget ?? '';
    if (target !== facts.defaultBranch && target !== defaultRef) {
      return notSigned(`the release targets ${show(target) || 'an unknown commit'}, not the default branch ${show(facts.defaultBranch)}`);
    }
  } else if (facts.ref !== defaultRef) {
    return notSigned(`${show(facts.ref) || 'this ref'} is not the default branch (${show(defaultRef)})`);
  }
  if (!facts.oidc) return notSigned(NO_OIDC);
  return { sign: true, fail: false, reason: `Signing: ${run}, the default branch.` };
}

/** The facts from the runner's environment and the parsed event payload (anything else in it is ignored). */
export function signFactsFrom(env: NodeJS.ProcessEnv, event: unknown): SignFacts {
  const payload = isObject(event) ? event : {};
  const repository = isObject(payload.repository) ? payload.repository : {};
  const release = isObject(payload.release) ? payload.release : {};
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    defaultBranch: payloadDefaultBranch(event),
    fork: typeof repository.fork === 'boolean' ? repository.fork : undefined,
    releaseTarget: typeof release.target_commitish === 'string' ? release.target_commitish : undefined,
    oidc: Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN),
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A value from the event, made safe for one log line: no control characters, at most 120 characters. */
function show(v: string): string {
  const s = stripControl(v).trim();
  return s.length > 120 ? `${s.slice(0, 119)}…` : s;
}
