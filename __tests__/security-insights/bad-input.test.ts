import { symlinkSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RepoSnapshot } from '../../src/facts/snapshot.ts';
import { gatherSecurityInsights } from '../../src/facts/security-insights/index.ts';
import { evaluateCleaner } from '../../src/objectives/cleaner.ts';
import type { SecurityInsightsFacts } from '../../src/facts/security-insights/index.ts';
import { parseYaml } from '../../src/facts/security-insights/parse.ts';
import { MINIMAL, NOW, makeRepo, snap } from './helpers.ts';

async function gatherText(text: string | Buffer): Promise<{ f: SecurityInsightsFacts; ms: number }> {
  const s = snap({ 'security-insights.yml': text });
  const t = Date.now();
  const f = await gatherSecurityInsights(s, { offline: true, now: NOW });
  return { f, ms: Date.now() - t };
}

const errors = (f: SecurityInsightsFacts) => f.diagnostics.filter((d) => d.severity === 'error');

describe('hostile and broken input: a diagnostic, never a crash', () => {
  it('invalid YAML: an error with line and column', async () => {
    const { f } = await gatherText('header:\n  schema-version: 2.2.0\n  url: [unclosed\nproject: {\n');
    expect(f.file?.valid).toBe(false);
    const e = errors(f).find((d) => /YAML error/.test(d.message));
    expect(e).toBeDefined();
    expect(e!.line).toBeGreaterThan(0);
    expect(evaluateCleaner(f).status).toBe('partial');
  });

  it('a billion-laughs alias bomb is refused quickly', async () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const { f, ms } = await gatherText(lines.join('\n') + '\n');
    expect(ms).toBeLessThan(5000);
    expect(errors(f).some((d) => /aliases too many times/.test(d.message))).toBe(true);
    expect(f.data).toBeNull();
    expect(f.file?.valid).toBe(false);
  });

  it('a 50 MB file: the snapshot refuses it and we say so', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 'a');
    const { f, ms } = await gatherText(big);
    expect(ms).toBeLessThan(5000);
    expect(f.file?.path).toBe('security-insights.yml');
    expect(errors(f)[0].message).toMatch(/cannot be read: skipped: 50\.0 MiB is over the 5\.0 MiB read limit/);
    expect(evaluateCleaner(f).status).toBe('partial');
  });

  it('a document that is a list, or a scalar, or empty', async () => {
    for (const [text, found] of [
      ['- a\n- b\n', 'a list'],
      ['just text\n', 'the text "just text"'],
      ['', 'nothing'],
      ['42\n', 'the number 42'],
    ] as const) {
      const { f } = await gatherText(text);
      expect(f.file?.valid).toBe(false);
      expect(errors(f).some((d) => d.message.includes('must be a mapping') && d.message.includes(found)), text).toBe(true);
    }
  });

  it('duplicate keys: an error at the second key', async () => {
    const text = MINIMAL.replace('  name: Widget\n', '  name: Widget\n  name: Gadget\n');
    const { f } = await gatherText(text);
    expect(f.file?.valid).toBe(false);
    const e = errors(f).find((d) => /DUPLICATE_KEY/.test(d.message));
    expect(e).toMatchObject({ line: text.split('\n').indexOf('  name: Gadget') + 1, column: 3 });
  });

  it('tabs used as indentation: an error on that line', async () => {
    const text = MINIMAL.replace('  name: Widget\n', '\tname: Widget\n');
    const { f } = await gatherText(text);
    expect(f.file?.valid).toBe(false);
    const e = errors(f).find((d) => /tab/i.test(d.message));
    expect(e?.line).toBe(text.split('\n').indexOf('\tname: Widget') + 1);
  });

  it('a byte-order mark is ignored', async () => {
    const { f } = await gatherText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(MINIMAL)]));
    expect(f.file?.valid).toBe(true);
    expect(f.positions['header']).toEqual({ line: 1, column: 1 });
    const direct = parseYaml('\uFEFF' + MINIMAL, 'x');
    expect(direct.ok).toBe(true);
    expect(direct.positions.get('header')?.key).toEqual({ line: 1, column: 1 });
  });

  it('a symlink out of the repository is not followed', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'si-outside-'));
    writeFileSync(join(outside, 'secret.yml'), MINIMAL);
    const dir = makeRepo({ 'README.md': 'x' });
    symlinkSync(join(outside, 'secret.yml'), join(dir, 'security-insights.yml'));
    const f = await gatherSecurityInsights(RepoSnapshot.open(dir), { offline: true, now: NOW });
    expect(f.file?.path).toBe('security-insights.yml');
    expect(f.data).toBeNull();
    expect(errors(f)[0].message).toMatch(/symlink.*outside the repository; not followed/);
  });

  it('deep nesting is refused before parsing, quickly', async () => {
    const { f, ms } = await gatherText('['.repeat(100_000) + ']'.repeat(100_000));
    expect(ms).toBeLessThan(3000);
    expect(errors(f)[0].message).toMatch(/nests about \d+ levels deep/);
  });

  it('invalid UTF-8 is reported and the rest still parses', async () => {
    const { f } = await gatherText(Buffer.concat([Buffer.from(MINIMAL.replace('Widget', 'Wid')), Buffer.from([0xff, 0xfe, 0x0a])]));
    expect(f.diagnostics.some((d) => /not valid UTF-8/.test(d.message))).toBe(true);
  });

  it('a __proto__ key does not pollute prototypes', async () => {
    const { f } = await gatherText(MINIMAL + '__proto__:\n  polluted: true\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(errors(f).some((d) => d.field === '__proto__')).toBe(true);
  });

  it('many errors are capped', async () => {
    const junk = Array.from({ length: 3000 }, (_, i) => `junk${i}: ${i}`).join('\n');
    const { f, ms } = await gatherText(MINIMAL + junk + '\n');
    expect(ms).toBeLessThan(10_000);
    expect(f.diagnostics.length).toBeLessThan(300);
    expect(f.diagnostics.some((d) => /more schema findings were not listed/.test(d.message))).toBe(true);
  });
});
