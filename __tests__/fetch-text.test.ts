import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { fetchText } from '../src/facts/fetch-text.ts';

describe('fetchText (parent Security Insights file)', () => {
  it('refuses plain HTTP before making any request', async () => {
    let hits = 0;
    const server = createServer((_req, res) => {
      hits++;
      res.end('header: {}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const { port } = server.address() as AddressInfo;
    try {
      await expect(fetchText(`http://127.0.0.1:${port}/security-insights.yml`)).rejects.toThrow(/only HTTPS/);
      expect(hits).toBe(0);
    } finally {
      server.close();
    }
  });
});
