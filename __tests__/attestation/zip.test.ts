// The artifact zip reader against hostile archives built byte by byte.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractZip, readZip, ZipError } from '../../src/attestation/zip.ts';
import { buildZip, UNIX_SYMLINK } from '../helpers/zip-builder.ts';

const temps: string[] = [];
function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'slam-zip-'));
  temps.push(d);
  return d;
}
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function refusal(source: Buffer | string, limits = {}): Promise<ZipError> {
  const e = await readZip(source, limits).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ZipError);
  return e as ZipError;
}

/** Extraction is refused and leaves nothing behind: not in the target, not beside it. */
async function refusedExtraction(zip: Buffer): Promise<ZipError> {
  const base = temp();
  const target = join(base, 'out');
  const e = await extractZip(zip, target).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ZipError);
  expect(readdirSync(base)).toEqual([]);
  return e as ZipError;
}

describe('readZip: good archives', () => {
  it('reads files in order, from bytes and from a path, stored and deflated, skipping folders', async () => {
    const zip = buildZip([
      { name: 'security-slam-result.json', data: '{"a":1}\n' },
      { name: 'nested/', data: '' },
      { name: 'nested/x.sarif', data: 'x'.repeat(10_000), method: 0 },
    ]);
    const fromBytes = await readZip(zip);
    expect(fromBytes.map((f) => f.name)).toEqual(['security-slam-result.json', 'nested/x.sarif']);
    expect(fromBytes[0].data.toString()).toBe('{"a":1}\n');
    expect(fromBytes[1].data.length).toBe(10_000);
    const file = join(temp(), 'a.zip');
    writeFileSync(file, zip);
    expect((await readZip(file)).map((f) => f.data.length)).toEqual([8, 10_000]);
  });

  it('reads an archive made by Info-ZIP zip (when installed)', async (ctx) => {
    if (!existsSync('/usr/bin/zip')) return ctx.skip();
    const dir = temp();
    mkdirSync(join(dir, 'src', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'src', 'r.json'), '{}');
    writeFileSync(join(dir, 'src', 'sub', 'b.txt'), 'hello '.repeat(1000));
    execFileSync('zip', ['-qr', join(dir, 'a.zip'), '.'], { cwd: join(dir, 'src') });
    const files = await readZip(join(dir, 'a.zip'));
    expect(files.map((f) => f.name).sort()).toEqual(['r.json', 'sub/b.txt']);
  });

  it('extracts into a target folder and nowhere else', async () => {
    const base = temp();
    const written = await extractZip(buildZip([{ name: 'a.json', data: '1' }, { name: 'd/b.json', data: '2' }]), join(base, 'out'));
    expect(written.map((p) => p.slice(base.length))).toEqual(['/out/a.json', '/out/d/b.json']);
    expect(readFileSync(join(base, 'out', 'd', 'b.json'), 'utf8')).toBe('2');
    expect(readdirSync(base)).toEqual(['out']);
  });
});

describe('readZip: hostile archives', () => {
  it('a zip bomb: 60 MB of zeros declared honestly is refused before inflating', async () => {
    const zip = buildZip([{ name: 'bomb.bin', data: Buffer.alloc(60 * 1024 * 1024) }]);
    expect(zip.length).toBeLessThan(200_000);
    const e = await refusal(zip);
    expect(e.message).toMatch(/"bomb\.bin" declares 62914560 bytes; at most 52428800/);
  });

  it('a zip bomb that lies about its size stops while inflating', async () => {
    const zip = buildZip([{ name: 'liar.bin', data: Buffer.alloc(60 * 1024 * 1024), declaredSize: 1000 }]);
    const t0 = performance.now();
    const e = await refusal(zip);
    expect(e.message).toMatch(/"liar\.bin" inflates to more than the 1000 bytes it declares/);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('the actual inflated size is bounded even below the declared size limit', async () => {
    const zip = buildZip([{ name: 'big.bin', data: Buffer.alloc(3000), declaredSize: 2000 }]);
    expect((await refusal(zip, { maxEntryBytes: 2500 })).message).toMatch(/inflates to more than the 2000 bytes it declares/);
    const honest = buildZip([{ name: 'big.bin', data: Buffer.alloc(3000) }]);
    expect((await refusal(honest, { maxEntryBytes: 2500 })).message).toMatch(/declares 3000 bytes; at most 2500/);
  });

  it('a short entry (fewer bytes than declared) and a wrong CRC are refused', async () => {
    expect((await refusal(buildZip([{ name: 'a', data: 'abc', declaredSize: 10 }]))).message).toMatch(/"a" holds fewer bytes than the 10 it declares/);
    expect((await refusal(buildZip([{ name: 'a', data: 'abc', crc: 1234 }]))).message).toMatch(/"a" fails its CRC-32 check/);
  });

  it('the total across entries is bounded', async () => {
    const zip = buildZip([{ name: 'a', data: Buffer.alloc(600) }, { name: 'b', data: Buffer.alloc(600) }]);
    expect((await refusal(zip, { maxTotalBytes: 1000 })).message).toMatch(/add up to more than 1000 bytes/);
  });

  it.each([
    ['../evil.json', /climbs out|invalid relative path/],
    ['a/../../evil.json', /climbs out|invalid relative path/],
    ['/etc/passwd', /absolute path/],
    ['C:/Windows/evil.json', /absolute path|drive letter/],
    ['C:evil.json', /absolute path|drive letter/],
    ['..\\evil.json', /backslash|invalid characters/],
    ['a\\..\\..\\evil.json', /backslash|invalid characters/],
    ['a//b.json', /empty or '\.' part/],
    ['./a.json', /empty or '\.' part/],
    ['a\u0000b.json', /control character/],
    ['file.json:stream', /':'/],
  ])('refuses the entry name %j', async (name, why) => {
    const zip = buildZip([{ name: 'ok.json', data: '{}' }, { name, data: 'x' }]);
    expect((await refusal(zip)).message).toMatch(why);
    await refusedExtraction(zip);
  });

  it('refuses a symbolic link entry (Unix mode in the external attributes), whatever its target', async () => {
    const zip = buildZip([{ name: 'link', data: '/etc/passwd', externalAttributes: UNIX_SYMLINK, method: 0 }]);
    const e = await refusal(zip);
    expect(e.message).toBe('zip entry "link" is a symbolic link');
    expect(e.entry).toBe('link');
    await refusedExtraction(zip);
  });

  it('refuses devices and pipes, and a folder mode on a file name', async () => {
    expect((await refusal(buildZip([{ name: 'fifo', data: '', externalAttributes: (0o010644 << 16) >>> 0 }]))).message).toMatch(/not a plain file or folder \(mode 10000\)/);
    expect((await refusal(buildZip([{ name: 'dir', data: '', externalAttributes: (0o040755 << 16) >>> 0 }]))).message).toMatch(/marked as a folder/);
  });

  it('refuses 1,001 entries from the central directory count alone, and a directory that holds fewer than it says', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({ name: `f${i}.json`, data: '{}' }));
    expect((await refusal(buildZip(many))).message).toBe('zip has 1001 entries; at most 1000 are accepted');
    const thousand = buildZip(many.slice(0, 1000));
    expect(await readZip(thousand)).toHaveLength(1000);
    const e = await refusal(buildZip(many.slice(0, 3), { entryCount: 5 }));
    expect(e.message).toMatch(/^not a readable zip \(damaged, truncated or not a zip\): /);
  });

  it('refuses duplicate names, also when they differ only in case, and a file where a folder must be', async () => {
    expect((await refusal(buildZip([{ name: 'a.json', data: '1' }, { name: 'a.json', data: '2' }]))).message).toMatch(/"a\.json" appears twice/);
    expect((await refusal(buildZip([{ name: 'A.json', data: '1' }, { name: 'a.json', data: '2' }]))).message).toMatch(/appears twice/);
    expect((await refusal(buildZip([{ name: 'a', data: '1' }, { name: 'a/b', data: '2' }]))).message).toMatch(/lies under "a", which is a file/);
    expect((await refusal(buildZip([{ name: 'a/b', data: '1' }, { name: 'a', data: '2' }]))).message).toMatch(/is a file where other entries need a folder/);
  });

  it('refuses encrypted entries and unknown compression methods', async () => {
    expect((await refusal(buildZip([{ name: 'secret', data: 'x', flags: 1 }]))).message).toBe('zip entry "secret" is encrypted');
    // Stored and encrypted: yauzl already finds the sizes inconsistent (no room for the encryption header).
    expect(await refusal(buildZip([{ name: 'secret', data: 'x', flags: 1, method: 0 }]))).toBeInstanceOf(ZipError);
    expect((await refusal(buildZip([{ name: 'bz', data: 'x', method: 12 }]))).message).toMatch(/compression method 12/);
  });

  it('refuses truncated archives, garbage and empty input with one clear sentence', async () => {
    const zip = buildZip([{ name: 'a.json', data: 'x'.repeat(5000) }, { name: 'b.json', data: 'y'.repeat(5000) }]);
    for (const cut of [zip.length - 10, Math.floor(zip.length / 2), 40, 0]) {
      const e = await refusal(zip.subarray(0, cut));
      expect(e.message).toMatch(/^not a readable zip \(damaged, truncated or not a zip\): /);
    }
    expect((await refusal(Buffer.from('{"not":"a zip"}'))).message).toMatch(/not a readable zip/);
    // Central directory intact, the first local header wiped: the data is not where the directory points.
    const hole = Buffer.from(zip);
    hole.fill(0, 0, 30);
    expect((await refusal(hole)).message).toMatch(/"a\.json" cannot be read: invalid local file header signature/);
  });

  it('a missing path is a ZipError naming the path', async () => {
    expect((await refusal('/nonexistent/a.zip')).message).toBe('cannot read /nonexistent/a.zip: ENOENT');
  });
});

describe('extractZip: the target folder', () => {
  it('never follows a link already in the target, nor overwrites a file there', async () => {
    const base = temp();
    const target = join(base, 'out');
    const outside = join(base, 'outside');
    mkdirSync(target);
    mkdirSync(outside);
    symlinkSync(outside, join(target, 'd'));
    const e = await extractZip(buildZip([{ name: 'd/x.json', data: 'pwned' }]), target).then(
      () => null,
      (err: unknown) => err as Error,
    );
    expect(e?.message).toMatch(/would be written outside/);
    expect(readdirSync(outside)).toEqual([]);

    symlinkSync(join(outside, 'victim'), join(target, 'f.json'));
    const e2 = await extractZip(buildZip([{ name: 'f.json', data: 'pwned' }]), target).then(
      () => null,
      (err: unknown) => err as Error,
    );
    expect(e2?.message).toMatch(/"f\.json" cannot be written: a file is already there/);
    expect(existsSync(join(outside, 'victim'))).toBe(false);
    expect(lstatSync(join(target, 'f.json')).isSymbolicLink()).toBe(true);
  });

  it('writes nothing when any entry is refused, even after good ones', async () => {
    await refusedExtraction(buildZip([{ name: 'good.json', data: '{}' }, { name: 'x', data: 'y', externalAttributes: UNIX_SYMLINK }]));
  });
});
