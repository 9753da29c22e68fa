import { describe, expect, it } from 'vitest';
import { blankComments } from '../src/facts/html-comments.ts';

describe('blankComments', () => {
  it('blanks the comments it is asked to, keeping lines and columns; an open comment runs to the end', () => {
    const text = 'a <!-- one\ntwo --> b\n<!-- keep --> c <!-- open\nend';
    const all = blankComments(text);
    expect(all.split('\n').map((l) => l.length)).toEqual(text.split('\n').map((l) => l.length));
    const squeezed = (t: string) => t.replace(/ +/g, ' ');
    expect(squeezed(all)).toBe('a \n b\n c \n ');
    expect(squeezed(blankComments(text, (c) => !c.includes('keep')))).toBe('a \n b\n<!-- keep --> c \n ');
    expect(blankComments('no comment here')).toBe('no comment here');
  });
});
