// The prebuilt SPDX index (src/facts/spdx/index-file.ts): what `npm run build` writes beside the
// bundles must identify every text exactly as the reference texts normalised at run time do, read
// only what a run needs, be the same bytes on every build, and fail clearly when it is damaged.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closestLicenses, identifyLicense } from '../../src/facts/spdx/identify.ts';
import { buildIndexFiles, indexFromList, INDEX_FILE, KEYS_FILE, parseIndex, readIndexFiles, TEXTS_FILE, type RangeReader, type SpdxList } from '../../src/facts/spdx/index-file.ts';

const require = createRequire(import.meta.url);
const list = JSON.parse(readFileSync(require.resolve('spdx-license-list/spdx-full.json'), 'utf8')) as SpdxList;
const files = buildIndexFiles(list, 'spdx-license-list@test');
const dir = mkdtempSync(join(tmpdir(), 'slam-spdx-index-'));
writeFileSync(join(dir, INDEX_FILE), files.index);
writeFileSync(join(dir, KEYS_FILE), files.keys);
writeFileSync(join(dir, TEXTS_FILE), files.texts);
/** The reference: every text normalised and hashed in memory, as the sources do without a build. */
const reference = indexFromList(list);
const prebuilt = readIndexFiles(dir);

const text = (id: string): string => {
  const t = list[id]?.licenseText;
  if (!t) throw new Error(`no ${id} text`);
  return t;
};
const reflow = (t: string) => t.replace(/([^\n])\n(?!\n)/g, '$1 ').replace(/[ \t]+/g, ' ');

describe('the prebuilt SPDX index', () => {
  it('holds, for every license with a text, the same flags, counts and keys as the texts normalised at run time', () => {
    const built = prebuilt.tier('all');
    const expected = reference.tier('all');
    expect(built.length).toBeGreaterThan(600);
    expect(built.map((l) => l.id)).toEqual(expected.map((l) => l.id));
    for (let i = 0; i < built.length; i++) {
      const [b, e] = [built[i], expected[i]];
      const { keys: bk, ...bMeta } = b;
      const { keys: ek, ...eMeta } = e;
      expect(bMeta, b.id).toEqual(eMeta);
      expect(bk().length, b.id).toBe(b.size);
      expect(Buffer.from(bk().buffer, bk().byteOffset, bk().byteLength).equals(Buffer.from(ek().buffer, ek().byteOffset, ek().byteLength)), b.id).toBe(true);
    }
    expect(prebuilt.tier('common').map((l) => l.id)).toEqual(reference.tier('common').map((l) => l.id));
    expect(prebuilt.text('Apache-2.0')).toBe(text('Apache-2.0'));
    expect(prebuilt.text('no-such-license')).toBeNull();
  });

  it('identifies a sample of texts exactly as the reference texts do: whole, reflowed, halved, concatenated', async () => {
    const ids = Object.keys(list).filter((id) => list[id].licenseText);
    const sample = ids.filter((_, i) => i % 23 === 0).concat(['MIT', 'Apache-2.0', 'GPL-3.0-or-later', 'BSD-3-Clause', 'BUSL-1.1', 'CC0-1.0']);
    const inputs: string[] = [];
    for (const id of sample) inputs.push(text(id), reflow(text(id)), text(id).slice(0, text(id).length >> 1), `${text('MIT')}\n\n---\n\n${text(id)}`);
    inputs.push('Permission is granted to use this software for anything except selling it. No warranty of any kind.');
    let identified = 0;
    for (const input of inputs) {
      const fromFiles = await identifyLicense(input, { index: prebuilt });
      expect(fromFiles).toEqual(await identifyLicense(input, { index: reference }));
      if (fromFiles.spdxId) identified++;
    }
    expect(identified).toBeGreaterThan(inputs.length / 2);
    expect(await closestLicenses(text('GPL-2.0-only'), 5, { index: prebuilt })).toEqual(await closestLicenses(text('GPL-2.0-only'), 5, { index: reference }));
  });

  it('is the same bytes when built twice (dist/ stays reproducible)', () => {
    const again = buildIndexFiles(list, 'spdx-license-list@test');
    expect(again.index).toBe(files.index);
    expect(again.keys).toBe(files.keys);
    expect(again.texts).toBe(files.texts);
    // The texts file is one JSON array: the byte ranges are into a valid document.
    expect((JSON.parse(files.texts) as string[]).length).toBe(prebuilt.tier('all').length);
  });

  it('reads only the keys of candidates of similar size and only the winner\'s text', async () => {
    const reads: { file: string; length: number }[] = [];
    const read: RangeReader = (file, offset, length) => {
      reads.push({ file, length });
      return Buffer.from(file === KEYS_FILE ? files.keys : files.texts).subarray(offset, offset + length);
    };
    const index = parseIndex(files.index, read);
    const m = await identifyLicense(text('Apache-2.0'), { index });
    expect(m.spdxId).toBe('Apache-2.0');
    const texts = reads.filter((r) => r.file === TEXTS_FILE);
    expect(texts).toHaveLength(1);
    expect(texts[0].length).toBe(Buffer.byteLength(JSON.stringify(text('Apache-2.0'))));
    const keyReads = reads.filter((r) => r.file === KEYS_FILE).length;
    expect(keyReads).toBeGreaterThan(0);
    expect(keyReads).toBeLessThan(index.tier('common').length / 2);
    // A second identification reuses the keys already decoded.
    await identifyLicense(text('Apache-2.0'), { index });
    expect(reads.filter((r) => r.file === KEYS_FILE)).toHaveLength(keyReads);
  });

  it('a damaged or foreign index gives a clear reason, not a wrong license', async () => {
    const short = mkdtempSync(join(tmpdir(), 'slam-spdx-short-'));
    writeFileSync(join(short, INDEX_FILE), files.index);
    writeFileSync(join(short, KEYS_FILE), files.keys.slice(0, 1000));
    writeFileSync(join(short, TEXTS_FILE), files.texts);
    const m = await identifyLicense(text('MIT'), { index: readIndexFiles(short) });
    expect(m).toMatchObject({ spdxId: null, method: 'none', approved: false });
    expect(m.reason).toMatch(/spdx-keys\.txt .*rebuild with npm run build/);
    expect(() => parseIndex('{"licenses":[]}', read0)).toThrow(/not a slam-spdx-index\/1 file/);
  });
});

const read0: RangeReader = () => Buffer.alloc(0);
