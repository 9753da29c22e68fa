// One careful GET against the GitHub REST API: a timeout per attempt, a cap on the body size,
// retries with backoff on server errors, network errors and secondary rate limits, and a
// classification of every failure into a short, honest reason. Octokit (from @actions/github)
// builds URLs and headers (auth, user agent, API version, proxy-aware fetch); our fetch wrapper
// sees the raw response so that nothing it does can read an unbounded body.
import { readCapped } from '../read-capped.ts';
import type { RetryOptions } from './types.ts';
import { trimEnd } from '../text.ts';

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 5 * 1024 * 1024;
const DEFAULT_RETRY: Required<RetryOptions> = { attempts: 3, baseDelayMs: 500, maxDelayMs: 20_000 };

export type FailureKind =
  | 'timeout'
  | 'too-large'
  | 'truncated'
  | 'not-json'
  | 'network'
  | 'server-error'
  | 'rate-limited'
  | 'http';

export interface ApiSuccess {
  ok: true;
  status: number;
  data: unknown;
  /** GitHub's Link header offered a next page. */
  hasNextPage: boolean;
}

export interface ApiFailure {
  ok: false;
  kind: FailureKind;
  /** Short, specific and token-free, e.g. "server error after 3 attempts (last HTTP 502)". */
  reason: string;
  status?: number;
  /** GitHub's `message` field from an error body, when there was one (token-free, shortened). */
  apiMessage?: string;
}

export type ApiResult = ApiSuccess | ApiFailure;

export interface ApiClient {
  /** `route` is an Octokit route such as `GET /repos/{owner}/{repo}`; params fill it and the query. */
  get(route: string, params: Record<string, string | number>): Promise<ApiResult>;
}

export interface ApiClientOptions {
  token: string;
  apiUrl: string;
  timeoutMs?: number;
  maxResponseBytes?: number;
  retry?: RetryOptions;
  /** Stops every request and retry at once (the run's time limit). */
  signal?: AbortSignal;
}

type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

/** What one attempt ended with, before retry decisions. */
type AttemptOutcome =
  | { type: 'response'; response: RawResponse }
  | { type: 'failure'; kind: 'timeout' | 'too-large' | 'truncated' | 'network'; detail: string };

const silentLog = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

export async function createApiClient(options: ApiClientOptions): Promise<ApiClient> {
  const timeoutMs = positive(options.timeoutMs, DEFAULT_TIMEOUT_MS);
  const maxBytes = positive(options.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES);
  const retry = {
    attempts: Math.max(1, Math.floor(positive(options.retry?.attempts, DEFAULT_RETRY.attempts))),
    baseDelayMs: nonNegative(options.retry?.baseDelayMs, DEFAULT_RETRY.baseDelayMs),
    maxDelayMs: nonNegative(options.retry?.maxDelayMs, DEFAULT_RETRY.maxDelayMs),
  };
  const token = options.token;
  const stop = options.signal;
  const scrub = (text: string): string => scrubToken(text, token);
  const stopped: ApiFailure = { ok: false, kind: 'timeout', reason: "not answered before the run's time limit" };

  // Loaded lazily: the CLI must start fast and the bundle should not pay for it when offline.
  const github = await import('@actions/github');
  const utils = await import('@actions/github/lib/utils');
  const defaultFetch = (utils.defaults.request as { fetch?: FetchLike } | undefined)?.fetch;
  const innerFetch: FetchLike = defaultFetch ?? ((url, init) => globalThis.fetch(url, init));
  const octokit = github.getOctokit(token, { baseUrl: trimEnd(options.apiUrl, '/'), log: silentLog });

  async function attempt(route: string, params: Record<string, string | number>): Promise<AttemptOutcome> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    let outcome: AttemptOutcome | undefined;

    const wrappedFetch: FetchLike = async (url, init) => {
      const signals = [controller.signal, ...(init?.signal ? [init.signal] : []), ...(stop ? [stop] : [])];
      const signal = signals.length === 1 ? controller.signal : AbortSignal.any(signals);
      let response: Response;
      try {
        response = await innerFetch(url, { ...init, signal });
      } catch (error) {
        outcome = timedOut
          ? { type: 'failure', kind: 'timeout', detail: '' }
          : { type: 'failure', kind: 'network', detail: scrub(describeNetworkError(error)) };
        throw error;
      }
      const read = await readCapped(response, maxBytes);
      if (read.type !== 'ok') {
        outcome = timedOut
          ? { type: 'failure', kind: 'timeout', detail: '' }
          : { type: 'failure', kind: read.type, detail: '' };
        throw new Error(read.type);
      }
      const text = new TextDecoder('utf-8').decode(read.bytes);
      outcome = { type: 'response', response: { status: response.status, headers: response.headers, text } };
      // Hand Octokit a small, already-read copy; it never touches the network body.
      const headers = new Headers(response.headers);
      headers.delete('content-length');
      headers.delete('content-encoding');
      const nullBody = [101, 103, 204, 205, 304].includes(response.status);
      return new Response(nullBody ? null : read.bytes, {
        status: response.status,
        statusText: response.statusText,
        headers,
      });
    };

    try {
      await octokit.request(route, {
        ...params,
        request: { fetch: wrappedFetch, parseSuccessResponseBody: false },
      });
    } catch (error) {
      // Octokit throws for HTTP errors and for whatever our wrapper threw; `outcome` knows which.
      if (!outcome) {
        outcome = timedOut
          ? { type: 'failure', kind: 'timeout', detail: '' }
          : { type: 'failure', kind: 'network', detail: scrub(describeNetworkError(error)) };
      }
    } finally {
      clearTimeout(timer);
    }
    return outcome ?? { type: 'failure', kind: 'network', detail: 'no response' };
  }

  async function get(route: string, params: Record<string, string | number>): Promise<ApiResult> {
    let last: ApiFailure | undefined;
    for (let n = 1; n <= retry.attempts; n++) {
      if (stop?.aborted) return stopped;
      const outcome = await attempt(route, params);
      if (stop?.aborted) return stopped;
      const isLast = n === retry.attempts;
      const backoff = Math.min(retry.baseDelayMs * 2 ** (n - 1), retry.maxDelayMs);

      if (outcome.type === 'failure') {
        switch (outcome.kind) {
          case 'timeout':
            return { ok: false, kind: 'timeout', reason: `timed out after ${timeoutMs} ms` };
          case 'too-large':
            return { ok: false, kind: 'too-large', reason: `response too large (over ${formatBytes(maxBytes)})` };
          case 'truncated':
            return { ok: false, kind: 'truncated', reason: 'response truncated' };
          case 'network':
            last = {
              ok: false,
              kind: 'network',
              reason: `network error after ${n} attempt${n === 1 ? '' : 's'}${outcome.detail ? `: ${outcome.detail}` : ''}`,
            };
            if (isLast) return last;
            await sleep(backoff, stop);
            continue;
        }
      }

      const { status, headers, text } = outcome.response;
      if (status >= 200 && status < 300) return parseSuccess(status, headers, text);

      const apiMessage = errorMessage(text, scrub);
      const base = { ok: false as const, status, ...(apiMessage ? { apiMessage } : {}) };

      if (status >= 500) {
        last = { ...base, kind: 'server-error', reason: `server error after ${n} attempt${n === 1 ? '' : 's'} (last HTTP ${status})` };
        if (isLast) return last;
        await sleep(backoff, stop);
        continue;
      }

      if (status === 403 || status === 429) {
        const retryAfter = parseRetryAfter(headers.get('retry-after'));
        const secondary = /secondary rate limit/i.test(apiMessage ?? '') || retryAfter !== null;
        const remaining = headers.get('x-ratelimit-remaining');
        if (!secondary && remaining === '0') {
          const reset = Number(headers.get('x-ratelimit-reset'));
          const until = Number.isFinite(reset) && reset > 0 ? `; resets at ${new Date(reset * 1000).toISOString()}` : '';
          return { ...base, kind: 'rate-limited', reason: `rate limited (HTTP ${status}): API rate limit exhausted${until}` };
        }
        if (secondary || status === 429) {
          const wait = retryAfter !== null ? retryAfter * 1000 : backoff;
          if (retryAfter !== null && wait > retry.maxDelayMs) {
            return {
              ...base,
              kind: 'rate-limited',
              reason: `rate limited (HTTP ${status}, secondary rate limit): GitHub asked to wait ${retryAfter} s, longer than this run waits`,
            };
          }
          last = {
            ...base,
            kind: 'rate-limited',
            reason: `rate limited (HTTP ${status}, secondary rate limit) after ${n} attempt${n === 1 ? '' : 's'}`,
          };
          if (isLast) return last;
          await sleep(Math.min(wait, retry.maxDelayMs), stop);
          continue;
        }
      }

      return { ...base, kind: 'http', reason: `HTTP ${status}` };
    }
    /* c8 ignore next */
    return last ?? { ok: false, kind: 'network', reason: 'no attempt made' };
  }

  return { get };
}

function parseSuccess(status: number, headers: Headers, text: string): ApiResult {
  const hasNextPage = /rel="next"/.test(headers.get('link') ?? '');
  if (status === 204 || text.length === 0) return { ok: true, status, data: null, hasNextPage };
  try {
    return { ok: true, status, data: JSON.parse(text) as unknown, hasNextPage };
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const trimmed = text.trimStart();
    const looksJson = trimmed.startsWith('{') || trimmed.startsWith('[');
    if (looksJson && /end of JSON input|Unterminated|Expected .* after|Bad control character/i.test(message) && endsEarly(text)) {
      return { ok: false, kind: 'truncated', status, reason: 'response truncated' };
    }
    return { ok: false, kind: 'not-json', status, reason: 'response was not JSON' };
  }
}

/** A JSON document cut short has unbalanced brackets; a malformed complete one usually does not. */
function endsEarly(text: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const ch of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
  }
  return inString || depth > 0;
}

function errorMessage(text: string, scrub: (s: string) => string): string | undefined {
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed && typeof parsed === 'object' && typeof (parsed as { message?: unknown }).message === 'string') {
      return shorten(scrub((parsed as { message: string }).message));
    }
  } catch {
    // not JSON: no message to report
  }
  return undefined;
}

function parseRetryAfter(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(value);
  if (Number.isFinite(date)) return Math.max(0, Math.ceil((date - Date.now()) / 1000));
  return null;
}

function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    return shorten(typeof code === 'string' ? code : cause.message);
  }
  return shorten(error.message);
}

export function scrubToken(text: string, token: string | undefined): string {
  if (!token || token.length < 4) return text;
  return text.split(token).join('***');
}

function shorten(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  return `${bytes} bytes`;
}

function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

function nonNegative(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** Waits `ms`, or less when `signal` aborts. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
