// Evidence lists paths nearest the root first, then in the locale's order: the same order as the
// plain expression, made without a collator per comparison.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shallowestFirst } from '../../src/rules/helpers/evidence.ts';

const plain = (paths: string[]) => [...paths].sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
const segment = fc.constantFrom('a', 'B', 'b', 'é', 'z', 'go.mod', 'package.json', '10', '9', '_x', '');

describe('shallowestFirst', () => {
  it('orders as depth then localeCompare would, and leaves its input alone', () => {
    expect(shallowestFirst(['b/go.mod', 'go.mod', 'a/b/go.mod', 'A/go.mod'])).toEqual(['go.mod', 'A/go.mod', 'b/go.mod', 'a/b/go.mod']);
    fc.assert(
      fc.property(fc.array(fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/')), { maxLength: 40 }), (paths) => {
        const copy = [...paths];
        expect(shallowestFirst(paths)).toEqual(plain(paths));
        expect(paths).toEqual(copy);
      }),
      { numRuns: 1000 },
    );
  });
});
