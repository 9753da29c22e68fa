// Reads an HTTP response body up to a byte cap, refusing a larger declared or streamed body.
export type CappedBody = { type: 'ok'; bytes: Uint8Array<ArrayBuffer> } | { type: 'too-large' } | { type: 'truncated' };

export async function readCapped(response: Response, maxBytes: number): Promise<CappedBody> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    return { type: 'too-large' };
  }
  if (!response.body) return { type: 'ok', bytes: new Uint8Array(0) };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => {});
        return { type: 'too-large' };
      }
      chunks.push(value);
    }
  } catch {
    // The connection closed before the declared length arrived (or the read was aborted).
    return { type: 'truncated' };
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { type: 'ok', bytes };
}
