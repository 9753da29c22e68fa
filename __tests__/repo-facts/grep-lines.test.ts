// Reading `git grep -z -n` output: records are "name NUL number NUL line LF", names may hold a
// newline or a colon, lines a NUL; whatever the chunking, the same lines come out, and lines
// beyond the limits mark their file to be read whole instead of being kept.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GrepLineReader, type GrepLineLimits } from '../../src/facts/grep-lines.ts';

const WIDE: GrepLineLimits = { maxLineBytes: 1 << 20, maxLinesPerFile: 1 << 20, maxTotalBytes: 1 << 30 };

const rec = (name: string | Buffer, line: number, text: string | Buffer) =>
  Buffer.concat([Buffer.isBuffer(name) ? name : Buffer.from(name), Buffer.from(`\0${line}\0`), Buffer.isBuffer(text) ? text : Buffer.from(text), Buffer.from('\n')]);

function read(chunks: Buffer[], limits = WIDE): GrepLineReader {
  const r = new GrepLineReader(limits);
  for (const c of chunks) r.push(c);
  r.end();
  return r;
}

const plain = (r: GrepLineReader) => Object.fromEntries([...r.files].map(([k, v]) => [k, v?.map((l) => `${l.line}:${l.text}`) ?? null]));

describe('GrepLineReader', () => {
  it('reads names holding a newline or a colon, and lines holding a NUL, a colon or a CR', () => {
    const out = Buffer.concat([
      rec('a:1:b', 1, 'x ghp_ y\r'),
      rec('a:1:b', 3, 'second: line'),
      rec('new\nline.txt', 7, 'npm_\0after nul'),
      rec('plain', 12, ''),
    ]);
    const r = read([out]);
    expect(r.failed).toBe(false);
    expect(plain(r)).toEqual({ 'a:1:b': ['1:x ghp_ y\r', '3:second: line'], 'new\nline.txt': ['7:npm_\0after nul'], plain: ['12:'] });
  });

  it('gives the same lines however the output is cut into chunks', () => {
    const out = Buffer.concat([rec('d/é.txt', 1, 'héllo ghp_'), rec('n\nl:2', 2, 'a\0b:c'), rec('n\nl:2', 40, 'x'.repeat(300)), rec('z', 9, 'last')]);
    const whole = plain(read([out]));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: out.length }), { maxLength: 12 }), (cuts) => {
        const at = [0, ...[...cuts].sort((a, b) => a - b), out.length];
        const chunks = at.slice(1).map((end, i) => out.subarray(at[i], end));
        const r = read(chunks);
        expect(r.failed).toBe(false);
        expect(plain(r)).toEqual(whole);
      }),
    );
  });

  it('decodes lines as a file is decoded: a byte-order mark opening line 1 left out, invalid UTF-8 replaced', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const bad = Buffer.from([0x61, 0xe2, 0x82, 0x20, 0xff, 0x62]);
    const r = read([Buffer.concat([rec('f', 1, Buffer.concat([bom, Buffer.from('x')])), rec('f', 2, Buffer.concat([bom, Buffer.from('y')])), rec('g', 5, bad)])]);
    expect(plain(r)).toEqual({ f: ['1:x', '2:\uFEFFy'], g: [`5:${new TextDecoder().decode(bad)}`] });
    expect(r.files.get('g')?.[0].text).toBe('a\uFFFD \uFFFDb');
  });

  it('keeps names byte for byte (latin1), whatever their encoding', () => {
    const name = Buffer.from([0x61, 0xff, 0x0a, 0x3a]);
    const r = read([rec(name, 1, 'x')]);
    expect([...r.files.keys()]).toEqual([name.toString('latin1')]);
  });

  it('marks a file whose line is over the length cap to be read whole, in any chunking, and reads on', () => {
    const long = 'A'.repeat(5000) + ' ghp_';
    const out = Buffer.concat([rec('a', 1, 'short'), rec('a', 2, long), rec('a', 3, 'after'), rec('b', 1, 'fine')]);
    const limits = { ...WIDE, maxLineBytes: 4096 };
    for (const size of [1, 7, 100, 4096, 4097, 1 << 20]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < out.length; i += size) chunks.push(out.subarray(i, i + size));
      const r = read(chunks, limits);
      expect(r.failed).toBe(false);
      expect(plain(r)).toEqual({ a: null, b: ['1:fine'] });
    }
    // A line of exactly the cap is kept.
    expect(plain(read([rec('c', 1, 'B'.repeat(4096))], limits)).c).toHaveLength(1);
  });

  it('marks a file read whole past the lines per file, and every file past the total', () => {
    const many = Buffer.concat([1, 2, 3, 4].map((n) => rec('many', n, `l${n}`)));
    expect(plain(read([many, rec('few', 1, 'x')], { ...WIDE, maxLinesPerFile: 3 }))).toEqual({ many: null, few: ['1:x'] });
    const r = read([rec('a', 1, '12345'), rec('b', 1, '12345'), rec('c', 1, '1')], { ...WIDE, maxTotalBytes: 8 });
    expect(plain(r)).toEqual({ a: ['1:12345'], b: null, c: ['1:1'] });
  });

  it('marks a file read whole when its lines do not come in order', () => {
    expect(plain(read([rec('a', 5, 'x'), rec('a', 5, 'y')]))).toEqual({ a: null });
    expect(plain(read([rec('a', 5, 'x'), rec('b', 1, 'y'), rec('a', 2, 'z')]))).toEqual({ a: null, b: ['1:y'] });
  });

  it('fails on output that is not git grep -z -n, and on a cut answer', () => {
    for (const bad of ['name\0x1\0text\n', 'name\0\0text\n', 'name\x0007\x00text\n', '\0' + '1\0text\n', 'name\x001234567890123\0t\n']) {
      expect(read([Buffer.from(bad, 'latin1')]).failed, JSON.stringify(bad)).toBe(true);
    }
    const cut = new GrepLineReader(WIDE);
    cut.push(Buffer.from('name\x001\x00no end'));
    expect(cut.end()).toBe(false);
    const within = new GrepLineReader({ ...WIDE, maxLineBytes: 4 });
    within.push(Buffer.from('name\x001\x00a line cut past the cap'));
    expect(within.end()).toBe(false);
    const empty = new GrepLineReader(WIDE);
    expect(empty.end()).toBe(true);
    expect(empty.files.size).toBe(0);
  });

  it('does not keep a name without end', () => {
    const r = new GrepLineReader(WIDE);
    r.push(Buffer.alloc(300 * 1024, 0x61));
    expect(r.end()).toBe(false);
  });
});
