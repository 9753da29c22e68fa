import { readCapped } from './read-capped.ts';

// HTTPS GET of a small text document (a parent Security Insights file): time- and size-bounded.
export async function fetchText(url: string, options: { timeoutMs?: number; maxBytes?: number; signal?: AbortSignal } = {}): Promise<string> {
  if (!url.startsWith('https://')) throw new Error('only HTTPS URLs are fetched');
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 10_000);
  const res = await fetch(url, { redirect: 'follow', signal: options.signal ? AbortSignal.any([timeout, options.signal]) : timeout });
  // A redirect may not downgrade to plain HTTP (fetch follows it before we see it).
  if (res.url && !res.url.startsWith('https://')) throw new Error('redirected to a URL that is not HTTPS');
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const body = await readCapped(res, maxBytes);
  if (body.type === 'too-large') throw new Error(`larger than ${maxBytes} bytes`);
  if (body.type === 'truncated') throw new Error('the response was cut short');
  return new TextDecoder('utf-8').decode(body.bytes);
}
