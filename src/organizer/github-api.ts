// The GitHub REST calls `slam collect` makes: JSON pages (repository, artifact listings) and
// artifact zips. Not src/facts/github/http.ts, on purpose: an evaluation must fail fast and
// never wait out a rate limit, while collection from thousands of repositories must pause every
// worker together when GitHub says so (primary or secondary limit) and go on afterwards, and must
// stream zips to disk through a redirect that never carries the token. Shared with http.ts: the
// capped body reader and the token scrubber.
import { createWriteStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { readCapped } from '../facts/read-capped.ts';
import { scrubToken } from '../facts/github/http.ts';

export interface ApiOptions {
  token: string;
  /** e.g. https://api.github.com or http://127.0.0.1:PORT in tests. */
  apiUrl: string;
  /** No response headers, or no body bytes, for this long: the connection has stalled. */
  timeoutMs?: number;
  maxJsonBytes?: number;
  maxZipBytes?: number;
  /** Attempts for server errors, network errors and stalls (rate limits are waited out separately). */
  attempts?: number;
  baseDelayMs?: number;
  /** Longest single rate-limit wait this run accepts; longer ones fail the request. */
  maxRateLimitWaitMs?: number;
  /** Told about every rate-limit pause (for the progress line). */
  onRateLimit?: (waitMs: number, why: string) => void;
}

export type FailureKind = 'http' | 'timeout' | 'network' | 'too-large' | 'not-json' | 'rate-limited' | 'redirect';

export interface Failure {
  ok: false;
  kind: FailureKind;
  status?: number;
  /** Short and token-free. */
  reason: string;
}

export type JsonResult = { ok: true; status: number; data: unknown; next: string | null } | Failure;
export type DownloadResult = { ok: true; bytes: number; sha256: string } | Failure;

const DEFAULTS = { timeoutMs: 30_000, maxJsonBytes: 8 * 1024 * 1024, maxZipBytes: 256 * 1024 * 1024, attempts: 3, baseDelayMs: 1_000, maxRateLimitWaitMs: 3_600_000 };
/** GitHub's advice when a secondary limit comes without retry-after: wait at least a minute. */
const SECONDARY_DEFAULT_WAIT_MS = 60_000;
const MAX_RATE_LIMIT_WAITS = 20;

export class GitHubApi {
  private readonly o: Required<Omit<ApiOptions, 'onRateLimit'>> & Pick<ApiOptions, 'onRateLimit'>;
  private readonly origin: string;
  private readonly base: string;
  /** Every request waits until then: one rate limit pauses all workers. */
  private pausedUntil = 0;

  constructor(options: ApiOptions) {
    this.o = { ...DEFAULTS, ...definedOnly(options) } as GitHubApi['o'];
    this.base = options.apiUrl.replace(/(?<!\/)\/+$/, '');
    this.origin = new URL(this.base).origin;
  }

  /** GET a JSON document: `path` below the API base (with its query), or a same-origin next-page URL. */
  async json(pathOrUrl: string): Promise<JsonResult> {
    const url = this.resolve(pathOrUrl);
    if (!url) return { ok: false, kind: 'redirect', reason: 'a next-page link pointed to another host; not followed' };
    const r = await this.request(url, 'json');
    if (!r.ok) return r;
    const body = await this.readBody(r.response, r.abort, this.o.maxJsonBytes);
    if (!body.ok) return body;
    try {
      return { ok: true, status: r.response.status, data: JSON.parse(Buffer.from(body.bytes).toString('utf8')) as unknown, next: nextLink(r.response.headers.get('link'), this.origin) };
    } catch {
      return { ok: false, kind: 'not-json', status: r.response.status, reason: 'the answer was not JSON' };
    }
  }

  /**
   * Downloads an artifact zip to `dest`: the API answers 302 with a short-lived URL on another
   * host, fetched without the token. Streams to disk, hashing as it goes, within maxZipBytes.
   */
  async download(path: string, dest: string): Promise<DownloadResult> {
    const first = await this.request(`${this.base}${path}`, 'redirect');
    if (!first.ok) return first;
    const status = first.response.status;
    if (status < 300 || status >= 400) {
      await first.response.body?.cancel().catch(() => {});
      // Some servers answer the zip directly; GitHub never does, so refuse rather than guess.
      return { ok: false, kind: 'redirect', status, reason: `expected a redirect to the zip, got HTTP ${status}` };
    }
    const location = first.response.headers.get('location');
    await first.response.body?.cancel().catch(() => {});
    let target: URL;
    try {
      target = new URL(location ?? '', `${this.base}/`);
    } catch {
      return { ok: false, kind: 'redirect', status, reason: 'the redirect had no usable location' };
    }
    if (target.protocol !== 'https:' && !(target.protocol === 'http:' && isLoopback(target.hostname))) {
      return { ok: false, kind: 'redirect', status, reason: `the redirect went to ${target.protocol}// (only https is followed)` };
    }
    // Never the token: the URL carries its own short-lived signature.
    const second = await this.request(target.href, 'blob');
    if (!second.ok) return second;
    return this.saveBody(second.response, second.abort, dest);
  }

  private resolve(pathOrUrl: string): string | null {
    if (pathOrUrl.startsWith('/')) return `${this.base}${pathOrUrl}`;
    try {
      const u = new URL(pathOrUrl);
      return u.origin === this.origin ? u.href : null;
    } catch {
      return null;
    }
  }

  /** One request with retries; rate limits pause everyone and do not use up attempts. */
  private async request(url: string, mode: 'json' | 'redirect' | 'blob'): Promise<{ ok: true; response: Response; abort: () => void } | Failure> {
    let attempt = 0;
    let rateWaits = 0;
    for (;;) {
      await this.waitForGate();
      attempt++;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), this.o.timeoutMs);
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'GET',
          redirect: mode === 'blob' ? 'follow' : 'manual',
          signal: controller.signal,
          headers: mode === 'blob' ? { 'user-agent': 'security-slam-collect' } : this.apiHeaders(),
        });
      } catch (e) {
        clearTimeout(timer);
        const kind = controller.signal.aborted ? 'timeout' : 'network';
        if (attempt < this.o.attempts) {
          await sleep(this.backoff(attempt));
          continue;
        }
        const reason = kind === 'timeout' ? `no answer within ${this.o.timeoutMs} ms (${attempt} attempts)` : `network error after ${attempt} attempts: ${this.scrub(describe(e))}`;
        return { ok: false, kind, reason };
      }
      clearTimeout(timer);
      if (mode !== 'blob') this.observe(response);
      const s = response.status;
      if (s === 403 || s === 429) {
        const wait = await this.rateLimitWait(response);
        if (wait !== null) {
          if (wait > this.o.maxRateLimitWaitMs || ++rateWaits > MAX_RATE_LIMIT_WAITS) {
            return { ok: false, kind: 'rate-limited', status: s, reason: `rate limited: GitHub asked to wait ${Math.ceil(wait / 1000)} s, more than this run waits` };
          }
          this.pause(wait, s === 429 || response.headers.get('retry-after') ? 'secondary rate limit' : 'rate limit exhausted');
          attempt--;
          continue;
        }
        return { ok: false, kind: 'http', status: s, reason: `HTTP ${s}` };
      }
      if (s >= 500) {
        await response.body?.cancel().catch(() => {});
        if (attempt < this.o.attempts) {
          await sleep(this.backoff(attempt));
          continue;
        }
        return { ok: false, kind: 'http', status: s, reason: `server error after ${attempt} attempts (last HTTP ${s})` };
      }
      if (s >= 400) {
        await response.body?.cancel().catch(() => {});
        return { ok: false, kind: 'http', status: s, reason: `HTTP ${s}` };
      }
      if (mode === 'json' && s >= 300) {
        await response.body?.cancel().catch(() => {});
        return { ok: false, kind: 'redirect', status: s, reason: `HTTP ${s} redirect not followed` };
      }
      return { ok: true, response, abort: () => controller.abort() };
    }
  }

  private apiHeaders(): Record<string, string> {
    const h: Record<string, string> = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', 'user-agent': 'security-slam-collect' };
    if (this.o.token) h.authorization = `Bearer ${this.o.token}`;
    return h;
  }

  /** A 403/429 that is a rate limit: how long to wait; null for a real refusal. */
  private async rateLimitWait(response: Response): Promise<number | null> {
    const h = response.headers;
    const body = await readCapped(response, 64 * 1024).catch(() => null);
    const text = body?.type === 'ok' ? Buffer.from(body.bytes).toString('utf8') : '';
    const retryAfter = parseRetryAfter(h.get('retry-after'));
    if (retryAfter !== null) return retryAfter * 1000;
    if (h.get('x-ratelimit-remaining') === '0') {
      const reset = Number(h.get('x-ratelimit-reset'));
      return Number.isFinite(reset) && reset > 0 ? Math.max(1000, reset * 1000 - Date.now() + 1000) : SECONDARY_DEFAULT_WAIT_MS;
    }
    if (/rate limit/i.test(text.slice(0, 2000)) || response.status === 429) return SECONDARY_DEFAULT_WAIT_MS;
    return null;
  }

  /** A success that used the last request of the hour: pause before the next one fails. */
  private observe(response: Response): void {
    if (response.status >= 400) return;
    if (response.headers.get('x-ratelimit-remaining') !== '0') return;
    const reset = Number(response.headers.get('x-ratelimit-reset'));
    if (Number.isFinite(reset) && reset > 0) {
      const wait = reset * 1000 - Date.now() + 1000;
      if (wait > 0 && wait <= this.o.maxRateLimitWaitMs) this.pause(wait, 'rate limit exhausted');
    }
  }

  private pause(ms: number, why: string): void {
    const until = Date.now() + ms;
    if (until > this.pausedUntil) {
      this.pausedUntil = until;
      this.o.onRateLimit?.(ms, why);
    }
  }

  private async waitForGate(): Promise<void> {
    for (let now = Date.now(); now < this.pausedUntil; now = Date.now()) await sleep(this.pausedUntil - now);
  }

  private backoff(attempt: number): number {
    return Math.min(this.o.baseDelayMs * 2 ** (attempt - 1), 30_000);
  }

  private scrub(text: string): string {
    return scrubToken(text, this.o.token);
  }

  /** A capped body with a stall timer that restarts on every chunk. */
  private async readBody(response: Response, abort: () => void, max: number): Promise<{ ok: true; bytes: Uint8Array } | Failure> {
    const idle = new IdleTimer(this.o.timeoutMs, abort);
    try {
      const tapped = idle.tap(response);
      const r = await readCapped(tapped, max);
      if (idle.fired) return { ok: false, kind: 'timeout', status: response.status, reason: `the answer stalled for ${this.o.timeoutMs} ms` };
      if (r.type === 'too-large') return { ok: false, kind: 'too-large', status: response.status, reason: `the answer is larger than ${max} bytes` };
      if (r.type === 'truncated') return { ok: false, kind: 'network', status: response.status, reason: 'the answer was cut short' };
      return { ok: true, bytes: r.bytes };
    } finally {
      idle.stop();
    }
  }

  private async saveBody(response: Response, abort: () => void, dest: string): Promise<DownloadResult> {
    const max = this.o.maxZipBytes;
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > max) {
      await response.body?.cancel().catch(() => {});
      return { ok: false, kind: 'too-large', status: response.status, reason: `the zip declares ${declared} bytes, more than the ${max} accepted` };
    }
    const out = createWriteStream(dest, { flags: 'wx', mode: 0o600 });
    const opened = new Promise<void>((resolve, reject) => {
      out.once('open', () => resolve());
      out.once('error', reject);
    });
    const hash = createHash('sha256');
    let bytes = 0;
    let failure: Failure | null = null;
    const reader = response.body?.getReader();
    const idle = new IdleTimer(this.o.timeoutMs, abort);
    try {
      await opened;
      for (;;) {
        if (!reader) break;
        let chunk: Awaited<ReturnType<typeof reader.read>>;
        try {
          chunk = await reader.read();
        } catch {
          failure = idle.fired ? { ok: false, kind: 'timeout', reason: `the download stalled for ${this.o.timeoutMs} ms` } : { ok: false, kind: 'network', reason: 'the download was cut short' };
          break;
        }
        if (chunk.done) {
          if (idle.fired) failure = { ok: false, kind: 'timeout', reason: `the download stalled for ${this.o.timeoutMs} ms` };
          break;
        }
        idle.kick();
        bytes += chunk.value.byteLength;
        if (bytes > max) {
          failure = { ok: false, kind: 'too-large', reason: `the zip is larger than the ${max} bytes accepted` };
          await reader.cancel().catch(() => {});
          break;
        }
        hash.update(chunk.value);
        if (!out.write(chunk.value)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      }
    } catch (e) {
      failure = { ok: false, kind: 'network', reason: `cannot write the download: ${(e as NodeJS.ErrnoException).code ?? describe(e)}` };
    } finally {
      idle.stop();
      await new Promise<void>((resolve) => out.end(() => resolve()));
    }
    if (failure) return failure;
    if (Number.isFinite(declared) && declared > 0 && bytes !== declared) return { ok: false, kind: 'network', reason: `the download ended after ${bytes} of ${declared} bytes` };
    return { ok: true, bytes, sha256: hash.digest('hex') };
  }
}

/** A timer restarted by every chunk; when it fires, the body is cancelled. */
class IdleTimer {
  fired = false;
  private timer: NodeJS.Timeout | null = null;
  private readonly ms: number;
  private readonly onFire: () => void;
  constructor(ms: number, onFire: () => void) {
    this.ms = ms;
    this.onFire = onFire;
    this.kick();
  }
  kick(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.fired = true;
      this.onFire();
    }, this.ms);
  }
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
  /** The same response with a body that kicks the timer on every chunk. */
  tap(response: Response): Response {
    if (!response.body) return response;
    const kick = () => this.kick();
    const body = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          kick();
          controller.enqueue(chunk);
        },
      }),
    );
    return new Response(body, { status: response.status, headers: response.headers });
  }
}

/** The rel="next" URL of a Link header, only when it stays on the API's origin. */
export function nextLink(header: string | null, origin: string): string | null {
  if (!header || header.length > 8192) return null;
  for (const part of header.split(',')) {
    const open = part.indexOf('<');
    const close = part.indexOf('>', open + 1);
    if (open < 0 || close < 0) continue;
    const params = part.slice(close + 1).split(';').map((p) => p.trim().toLowerCase());
    if (!params.includes('rel="next"') && !params.includes('rel=next')) continue;
    try {
      const u = new URL(part.slice(open + 1, close));
      return u.origin === origin ? u.href : null;
    } catch {
      return null;
    }
  }
  return null;
}

function parseRetryAfter(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, Math.ceil((date - Date.now()) / 1000)) : null;
}

function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]' || host === '::1';
}

function describe(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const cause = (e as { cause?: unknown }).cause;
  if (cause instanceof Error) return (cause as NodeJS.ErrnoException).code ?? cause.message;
  return e.message;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
