// index.html in a real headless Chromium (Debian's /usr/bin/chromium driven by playwright-core):
// the page shows the leaderboard, the grid and the verification lines; its own style passes its
// Content-Security-Policy; a screenshot has the expected size, is not blank, and shows each status
// cell in its colour; hostile strings stay text; it prints to PDF; and it makes no network request.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml, STATUS_COLOURS } from '../../src/organizer/report-html.ts';
import { score } from '../../src/organizer/score.ts';
import type { EventOutcome } from '../../src/organizer/verify-event.ts';
import { parseEvent } from '../../src/organizer/event.ts';
import { SMALL_EVENT, smallEventFixture } from './results.ts';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`skipping the browser test of index.html: ${CHROMIUM} is not installed (apt-get install -y chromium)`);

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const VIEWPORT = { width: 1280, height: 900 };
const HOSTILE_NAME = 'Evil <script>document.title="pwned"</script><img src="http://127.0.0.1:9/x.png">';

/** The page's getComputedStyle (this project compiles without the DOM library). */
type Styled = { getComputedStyle(e: unknown): { backgroundColor: string; breakBefore: string } };
type BrowserContext = import('playwright-core').BrowserContext;
let context: BrowserContext | undefined;
let dir: string;
let file: string;

beforeAll(async () => {
  if (!hasChromium) return;
  dir = mkdtempSync(join(tmpdir(), 'slam-html-'));
  const f = await smallEventFixture();
  // A participant whose name and rejection detail try to inject markup and load a remote image.
  const event = parseEvent(SMALL_EVENT.replace('name: Ghost', `name: '${HOSTILE_NAME}'`), 'e.yml');
  const hostile: EventOutcome = {
    path: 'ghost/a/artifacts/9',
    verdict: 'rejected',
    reason: 'bad-signature',
    detail: '<img src="http://127.0.0.1:9/detail.png"><a href="javascript:alert(1)">x</a>',
    runUrl: 'javascript:alert(1)',
    repository: 'ghost/a',
    folderRepository: 'ghost/a',
    participant: HOSTILE_NAME,
    artifactId: 9,
  };
  const outcomes = [...f.outcomes, hostile];
  const report = score({ event, outcomes, records: f.records, now: new Date('2027-03-21T00:00:00Z') });
  file = join(dir, 'index.html');
  writeFileSync(file, renderHtml(report, { outcomes, verified: 5, rejected: 3, records: f.records, seconds: 0 }));
  const { chromium } = await import('playwright-core');
  // A new, empty profile (--user-data-dir) for this run only.
  context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, args: FLAGS, headless: true, viewport: VIEWPORT });
});

afterAll(async () => {
  await context?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!hasChromium)('index.html in headless Chromium', () => {
  it('shows the leaderboard, the grid, before/after and verification; no request leaves the page; the screenshot shows the status colours', async () => {
    // Two witnesses: everything routed through the context, and every request the page made.
    const routed: string[] = [];
    const requests: string[] = [];
    await context!.route('**/*', (route) => {
      routed.push(route.request().url());
      return route.request().url().startsWith('file:') ? route.continue() : route.abort();
    });
    const page = await context!.newPage();
    page.on('request', (r) => requests.push(r.url()));
    const console: string[] = [];
    page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

    // Only the page itself: no script, style, font or image was requested.
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(routed).toEqual([pathToFileURL(file).href]);
    // The page's own style passed its CSP (no violation reported) and hostile markup stayed text.
    expect(console.filter((c) => /Content Security Policy|Refused/.test(c))).toEqual([]);
    expect(await page.title()).toBe('Security Slam Test Edition: Security Slam results');
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('#grid th', { hasText: '<script>' }).count()).toBe(1);

    // The leaderboard, most objectives first.
    const board = await page.locator('#leaderboard tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim())));
    expect(board.map((r) => [r[0], r[1], r[3]])).toEqual([
      ['1', 'Gadget: the "fast" one', '5 / 6'],
      ['2', 'Lowlevel', '1 / 6'],
      ['3', 'Widget', '1 / 6'],
      ['4', HOSTILE_NAME, '0 / 6'],
    ]);
    expect(board[0][4]).toBe('Cleaner Chronicler Inspector Mechanizer Defender');

    // The grid: one row per participant, one cell per objective, the status written and coloured.
    const widget = page.locator('#grid tr[data-participant="Widget"]');
    expect(await widget.locator('td').allTextContents()).toEqual(['met', 'partial', 'unmet', 'partial', 'partial', 'unmet']);
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    expect(await widget.locator('td[data-objective="cleaner"]').evaluate((td) => (globalThis as unknown as Styled).getComputedStyle(td).backgroundColor)).toBe(rgb(STATUS_COLOURS.met));
    expect(await widget.locator('td[data-objective="chronicler"]').getAttribute('title')).toBe('held back by acme/widget-helm (do the rest of chronicler)');

    // Before and after, and the verification lines.
    const w = page.locator('article[data-participant="Widget"]');
    expect(await w.locator('tr[data-objective="cleaner"] td').allTextContents()).toEqual(['Cleaner', 'partial', 'met', '']);
    expect(await w.textContent()).toContain('OSPS-DO-01.01 fail → pass (acme/widget)');
    expect(await page.locator('#verification tr.verify-row').count()).toBe(8);
    expect(await page.locator('#verification tr[data-verdict="rejected"]').first().textContent()).toContain('outside-window');
    expect(await page.locator('#verification a[href="https://github.com/acme/widget/actions/runs/12/attempts/1"]').count()).toBe(1);

    // The screenshot: the expected size, not blank, and the status cells in their colours.
    const png = await page.screenshot({ fullPage: false });
    const img = decodePng(png);
    expect([img.width, img.height]).toEqual([VIEWPORT.width, VIEWPORT.height]);
    let ink = 0;
    for (let i = 0; i < img.width * img.height; i++) if (img.pixel(i % img.width, Math.floor(i / img.width)).some((c) => c < 200)) ink++;
    expect(ink / (img.width * img.height)).toBeGreaterThan(0.02);
    for (const [objective, status] of [
      ['cleaner', 'met'],
      ['inspector', 'unmet'],
      ['chronicler', 'partial'],
    ] as const) {
      await widget.locator(`td[data-objective="${objective}"]`).scrollIntoViewIfNeeded();
      const box = (await widget.locator(`td[data-objective="${objective}"]`).boundingBox())!;
      const shot = decodePng(await page.screenshot());
      // A corner of the cell (inside its border, away from the text) is the status colour.
      const [r, g, b] = shot.pixel(Math.round(box.x + 4), Math.round(box.y + 4));
      const want = [1, 3, 5].map((i) => parseInt(STATUS_COLOURS[status].slice(i, i + 2), 16));
      expect([r, g, b].map((c, i) => Math.abs(c - want[i]) <= 3), `${objective} cell colour ${[r, g, b]} vs ${want}`).toEqual([true, true, true]);
    }

    // Printable: the print stylesheet applies and Chromium makes a PDF of it.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#verification').evaluate((s) => (globalThis as unknown as Styled).getComputedStyle(s).breakBefore)).toBe('page');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(routed).toEqual([pathToFileURL(file).href]);
  });
});

/** A minimal PNG decoder (8-bit RGB or RGBA, non-interlaced, as Chromium writes screenshots). */
function decodePng(buf: Buffer): { width: number; height: number; pixel(x: number, y: number): number[] } {
  expect(buf.subarray(1, 4).toString()).toBe('PNG');
  let off = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (off < buf.length) {
    const len = buf.readUInt32BE(off);
    const type = buf.subarray(off + 4, off + 8).toString('latin1');
    const data = buf.subarray(off + 8, off + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect(data[8]).toBe(8);
      channels = data[9] === 6 ? 4 : data[9] === 2 ? 3 : 0;
      expect(channels).toBeGreaterThan(0);
      expect(data[12]).toBe(0);
    } else if (type === 'IDAT') idat.push(data);
    off += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[y * stride + x - channels] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels] : 0;
      let v = line[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[y * stride + x] = v & 0xff;
    }
  }
  return { width, height, pixel: (x, y) => [...out.subarray(y * stride + x * channels, y * stride + x * channels + 3)] };
}
