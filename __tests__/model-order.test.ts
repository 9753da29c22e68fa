import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareNatural, compareText } from '../src/model/order.ts';

describe('compareText', () => {
  it('orders ASCII letters ignoring case first, as a reader expects of file names', () => {
    expect(['Pipfile', 'build.gradle', 'go.mod', 'Cargo.toml'].sort(compareText)).toEqual(['build.gradle', 'Cargo.toml', 'go.mod', 'Pipfile']);
  });
  it('puts a shorter prefix first and breaks a tie of case by code unit', () => {
    expect(compareText('docs', 'docs/a')).toBeLessThan(0);
    expect(compareText('README', 'readme')).toBeLessThan(0);
    expect(compareText('same', 'same')).toBe(0);
  });
  it('is a total order: antisymmetric, and zero only for equal strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(compareText(a, b)) + Math.sign(compareText(b, a))).toBe(0);
        expect(compareText(a, b) === 0).toBe(a === b);
      }),
    );
  });
});

describe('compareNatural', () => {
  it('compares runs of digits as numbers', () => {
    expect(['v1.10.md', 'v1.9.md', 'v1.09.1.md', 'v2.0.md'].sort(compareNatural)).toEqual(['v1.09.1.md', 'v1.9.md', 'v1.10.md', 'v2.0.md']);
    expect(compareNatural('release-100', 'release-99')).toBeGreaterThan(0);
  });
  it('is antisymmetric, zero only for equal strings, and transitive on samples', () => {
    const text = fc.stringMatching(/^[a-c0-9.]{0,8}$/);
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        expect(Math.sign(compareNatural(a, b)) + Math.sign(compareNatural(b, a))).toBe(0);
        expect(compareNatural(a, b) === 0).toBe(a === b);
        const [x, y, z] = [a, b, c].sort(compareNatural);
        expect(compareNatural(x, z)).toBeLessThanOrEqual(0);
        expect(compareNatural(x, y)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
