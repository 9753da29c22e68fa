import { describe, expect, it } from 'vitest';
import { dice, KeySet, normalizeText, shingle } from '../../src/facts/spdx/normalize.ts';

describe('normalizeText', () => {
  it('drops copyright lines, placeholders and "all rights reserved", lower-cases, strips punctuation', () => {
    const t = 'Copyright (c) 2024 Jane Doe. All rights reserved.\n\n## The <PROJECT> Licence\n\nPermission is **granted** to [name of copyright owner], see [the site](https://x.example).';
    expect(normalizeText(t)).toBe('the license permission is granted to see the site');
  });
  it('keeps sentences that merely mention copyright', () => {
    expect(normalizeText('The above copyright notice shall be included.')).toBe('the above copyright notice shall be included');
    expect(normalizeText('Copyright and Similar Rights means rights')).toBe('copyright and similar rights means rights');
  });
  it('folds British spellings and typographic characters', () => {
    expect(normalizeText('Licensor authorises the licensee \u2014 \u201cAS IS\u201d')).toBe(normalizeText('Licensor authorizes the licensee - "AS IS"'));
    expect(normalizeText('Licence, licences, sublicence')).toBe('license licenses sublicense');
  });
});

describe('shingle and dice', () => {
  it('identical texts score 1, reflow does not matter, a changed word costs a little', () => {
    const a = shingle('Redistribution and use in source and binary forms are permitted.');
    const b = shingle('Redistribution and use\nin source and binary\nforms are permitted.');
    const c = shingle('Redistribution and use in source and binary forms are forbidden.');
    expect(dice(a.full, b.full)).toBe(1);
    expect(dice(a.full, c.full)).toBeLessThan(1);
    expect(dice(a.full, c.full)).toBeGreaterThan(0.8);
  });
  it('word order matters through word pairs', () => {
    const a = shingle('you may not sell the software but you may copy it');
    const b = shingle('you may sell the software but you may not copy it');
    expect(dice(a.full, b.full)).toBeLessThan(0.9);
  });
  it('splits off the operative terms at END OF TERMS AND CONDITIONS', () => {
    const s = shingle('Terms apply here. END OF TERMS AND CONDITIONS How to apply: add a notice.');
    expect(s.termsWords).toBe(3);
    expect(s.terms?.size).toBeGreaterThan(0);
    expect(shingle('no marker here').terms).toBeNull();
  });
  it('KeySet de-duplicates', () => {
    const k = new KeySet(new Uint32Array([4, 4, 6, 8, 6]));
    expect(k.size).toBe(3);
    expect(k.has(6)).toBe(true);
    expect(k.has(10)).toBe(false);
  });
});
