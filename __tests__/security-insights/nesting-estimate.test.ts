// nestingEstimate runs on every YAML file before it is parsed, so it jumps between the characters
// it acts on, and over quoted text and comments, instead of stepping through every character. It
// must give exactly what the plain loop it replaced gave (kept here as the reference) on any text,
// and stay linear on hostile input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nestingEstimate } from '../../src/facts/security-insights/parse.ts';

/** The character-by-character estimate, as it was written first. */
function reference(text: string): number {
  let max = 0;
  let flow = 0;
  let quote: string | null = null;
  let lineStart = true;
  let lead = 0;
  let keys = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      lineStart = true;
      lead = 0;
      keys = 0;
      quote = null;
      continue;
    }
    if (lineStart) {
      if (c === ' ') {
        lead += 0.5;
        continue;
      }
      if ((c === '-' || c === '?' || c === ':') && (text[i + 1] === ' ' || text[i + 1] === '\n')) {
        lead += 1;
        i++;
        continue;
      }
      lineStart = false;
      if (lead > max) max = Math.ceil(lead);
    }
    if (quote) {
      if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#') {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if (c === '[' || c === '{') {
      flow++;
      if (flow > max) max = flow;
    } else if ((c === ']' || c === '}') && flow > 0) flow--;
    else if (c === ':' && flow === 0) {
      const n = text[i + 1];
      if (n === undefined || n === ' ' || n === '\t' || n === '\n' || n === '\r') {
        keys++;
        if (Math.ceil(lead) + keys > max) max = Math.ceil(lead) + keys;
      }
    }
  }
  return Math.max(max, Math.ceil(lead));
}

/** Text made of the characters the estimate looks at, and some it does not. */
const yamlish = fc.string({ unit: fc.constantFrom('\n', '\r', '\t', ' ', ' ', ' ', '-', '?', ':', '"', "'", '#', '[', ']', '{', '}', 'a', 'b', '1', 'é'), maxLength: 200 });

describe('nestingEstimate', () => {
  it('gives what the character-by-character loop gives, on any text', () => {
    fc.assert(fc.property(yamlish, (text) => nestingEstimate(text) === reference(text)), { numRuns: 3000 });
  });

  it('gives what it gave on real YAML', () => {
    const samples = [
      'on:\n  push:\n    branches: [main]\njobs:\n  t:\n    steps:\n      - run: echo "a: b" # c: d\n',
      "a: 'it''s: here'\nb: {c: [d, {e: f}]}\n- - - x\n? k\n: v\n",
      'x: "unterminated\ny: z: w:\n',
    ];
    for (const s of samples) expect(nestingEstimate(s)).toBe(reference(s));
  });

  it('stays linear on a long line full of quoted strings', () => {
    // Looking for the line's end at every quote took 0.55 s on 800 KB, and four times that at twice the size.
    const line = `${'"a" \'b\' '.repeat(400_000)}# c\n`;
    const started = performance.now();
    expect(nestingEstimate(line)).toBe(0);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
