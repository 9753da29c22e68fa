// Evidence lists paths nearest the root first, then by name with ASCII case folded (no collator:
// ICU's costs milliseconds to make, and its order follows the machine's locale).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shallowestFirst } from '../../src/rules/helpers/evidence.ts';

const folded = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const byName = (a: string, b: string) => (folded(a) < folded(b) ? -1 : folded(a) > folded(b) ? 1 : a < b ? -1 : a > b ? 1 : 0);
const plain = (paths: string[]) => [...paths].sort((a, b) => a.split('/').length - b.split('/').length || byName(a, b));
const segment = fc.constantFrom('a', 'B', 'b', 'é', 'z', 'go.mod', 'package.json', '10', '9', '_x', '');

describe('shallowestFirst', () => {
  it('orders by depth, then by name with ASCII case folded, and leaves its input alone', () => {
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
