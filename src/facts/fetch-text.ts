// HTTPS GET of a small text document (a parent Security Insights file): time- and size-bounded.
export async function fetchText(url: string, options: { timeoutMs?: number; maxBytes?: number } = {}): Promise<string> {
  if (!url.startsWith('https://')) throw new Error('only HTTPS URLs are fetched');
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });
  // A redirect may not downgrade to plain HTTP (fetch follows it before we see it).
  if (res.url && !res.url.startsWith('https://')) throw new Error('redirected to a URL that is not HTTPS');
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new Error(`larger than ${maxBytes} bytes`);
  const reader = res.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new Error(`larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}
