// The blank-counting helpers the Markdown reader runs on every line: the same answers as the
// one-line expressions they stand for, on any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseBlanks, isSpace, nonBlankChars } from '../src/facts/text.ts';

// Every character \s matches, and some that it does not (a zero-width space, a NUL).
const BLANKS = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\0'];
const text = fc.array(fc.oneof(fc.constantFrom(...BLANKS), fc.string({ maxLength: 4 }), fc.constantFrom('a', 'é', '😀')), { maxLength: 30 }).map((parts) => parts.join(''));

describe('blank helpers', () => {
  it('isSpace is /\\s/ on every code unit of the Basic Multilingual Plane', () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it('nonBlankChars and collapseBlanks agree with the expressions they replace', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(nonBlankChars(s)).toBe(s.replace(/\s+/g, '').length);
        expect(collapseBlanks(s)).toBe(s.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 5000 },
    );
  });

  it('collapseBlanks with a limit agrees with the whole up to the limit, and is not empty when the whole is not', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 40 }), fc.integer({ min: 0, max: 60 }), (parts, max) => {
        const s = parts.join('');
        const whole = s.replace(/\s+/g, ' ').trim();
        const cut = collapseBlanks(s, max);
        expect(cut.slice(0, max)).toBe(whole.slice(0, max));
        expect(cut === '').toBe(whole === '');
      }),
      { numRuns: 5000 },
    );
  });

  it('hands back the same string when there is nothing to tidy', () => {
    const line = 'A line of prose with single spaces.';
    expect(collapseBlanks(line)).toBe(line);
    expect(collapseBlanks(' x')).toBe('x');
    expect(nonBlankChars('  a b\u3000c\t')).toBe(3);
  });
});
