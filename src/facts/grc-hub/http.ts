// One careful GET of a JSON document from the grc.store hub's public read API: no token, a
// deadline per attempt that covers the body as well as the headers (a stalled connection ends
// as a timeout), a byte cap, no redirects, one retry on a server or network error, and every
// failure classified into a short reason.
import { readCapped } from '../read-capped.ts';

export const DEFAULT_HUB_TIMEOUT_MS = 10_000;
export const DEFAULT_HUB_MAX_BYTES = 5 * 1024 * 1024;

export interface HubHttpOptions {
  timeoutMs?: number;
  maxBytes?: number;
  /** Attempts for a server or network error (default 2). */
  attempts?: number;
  /** Wait before the second attempt (default 500 ms). */
  retryDelayMs?: number;
}

export type HubFailureKind = 'timeout' | 'too-large' | 'truncated' | 'not-json' | 'network' | 'not-found' | 'server-error' | 'http';

export type HubGet = { ok: true; status: number; data: unknown } | { ok: false; kind: HubFailureKind; reason: string; status?: number };

type Attempt = HubGet;

export async function getHubJson(url: string, options: HubHttpOptions = {}): Promise<HubGet> {
  const timeoutMs = positive(options.timeoutMs, DEFAULT_HUB_TIMEOUT_MS);
  const maxBytes = positive(options.maxBytes, DEFAULT_HUB_MAX_BYTES);
  const attempts = Math.max(1, Math.floor(positive(options.attempts, 2)));
  const delay = options.retryDelayMs !== undefined && options.retryDelayMs >= 0 ? options.retryDelayMs : 500;
  let last: Attempt | undefined;
  for (let n = 1; n <= attempts; n++) {
    last = await once(url, timeoutMs, maxBytes);
    const retryable = !last.ok && (last.kind === 'server-error' || last.kind === 'network');
    if (!retryable) return last;
    if (!last.ok && last.kind === 'server-error') last = { ...last, reason: `server error after ${n} attempt${n === 1 ? '' : 's'} (last HTTP ${last.status})` };
    if (!last.ok && last.kind === 'network') last = { ...last, reason: `network error after ${n} attempt${n === 1 ? '' : 's'}: ${last.reason}` };
    if (n < attempts && delay > 0) await new Promise((resolve) => setTimeout(resolve, delay * 2 ** (n - 1)));
  }
  return last ?? { ok: false, kind: 'network', reason: 'no attempt made' };
}

async function once(url: string, timeoutMs: number, maxBytes: number): Promise<Attempt> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const timeout: Attempt = { ok: false, kind: 'timeout', reason: `timed out after ${timeoutMs} ms` };
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, redirect: 'manual', headers: { accept: 'application/json', 'user-agent': 'security-slam-action' } });
    } catch (error) {
      return timedOut ? timeout : { ok: false, kind: 'network', reason: describe(error) };
    }
    const status = response.status;
    if (status !== 200) {
      await response.body?.cancel().catch(() => {});
      if (status === 404) return { ok: false, kind: 'not-found', status, reason: 'not found (HTTP 404)' };
      if (status >= 500) return { ok: false, kind: 'server-error', status, reason: `HTTP ${status}` };
      if (status >= 300 && status < 400) return { ok: false, kind: 'http', status, reason: `HTTP ${status}: redirects are not followed` };
      return { ok: false, kind: 'http', status, reason: `HTTP ${status}` };
    }
    const body = await readCapped(response, maxBytes);
    if (body.type === 'too-large') return { ok: false, kind: 'too-large', status, reason: `response too large (over ${maxBytes} bytes)` };
    if (body.type === 'truncated') return timedOut ? timeout : { ok: false, kind: 'truncated', status, reason: 'response cut short' };
    const text = new TextDecoder('utf-8').decode(body.bytes);
    try {
      return { ok: true, status, data: JSON.parse(text) as unknown };
    } catch {
      return { ok: false, kind: 'not-json', status, reason: 'response was not JSON' };
    }
  } finally {
    clearTimeout(timer);
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const cause = (error as { cause?: unknown }).cause;
  const code = cause instanceof Error ? (cause as { code?: unknown }).code : undefined;
  const text = typeof code === 'string' ? code : cause instanceof Error ? cause.message : error.message;
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}
