// Escaping by context, checked by reading the output as GitHub-flavoured Markdown: prose stays prose,
// code spans show their text, links go where they should and only to https:/http: or the repository.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileUrl, mdCode, mdLink, mdPath, mdRich, mdText, safeUrl } from '../src/reporters/escape.ts';
import { mentions, renderGfm } from './helpers/gfm.ts';

const SHA = 'c0ffee'.padEnd(40, '0');
const files = { serverUrl: 'https://github.com', repository: 'octo/demo', commit: SHA };
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '[data](data:text/html;base64,PHNjcmlwdD4=)',
  '![img](https://evil.example/x.png)',
  '@org/team and @everyone, cc:@admin',
  '| a | b |',
  '`code` ``more`` ```',
  '**bold** _em_ ~~gone~~ $x^2$',
  '<https://evil.example>',
  '&lt;script&gt; &#64;octocat',
  '\\`escaped\\` \\',
  '# heading\n\n- item\n> quote',
];

/**
 * Every link goes to http(s), or is GFM's autolink of an e-mail address that shows that very
 * address (GitHub links `a@b.c` in any text; it can send nowhere else); no raw HTML; no mentions.
 */
function inert(md: string) {
  const r = renderGfm(md);
  for (const l of r.links) {
    if (l.url.startsWith('mailto:')) expect(l.url, md).toBe(`mailto:${l.text}`);
    else expect(l.url, md).toMatch(/^https?:\/\//);
  }
  expect(r.html, md).toEqual([]);
  expect(mentions(r.text), md).toEqual([]);
  return r;
}

describe('mdText: prose', () => {
  it.each(HOSTILE)('keeps %j as the same words, inert', (s) => {
    const r = inert(mdText(s));
    // The only links are the https URLs the text itself shows, to exactly those URLs.
    for (const l of r.links) expect(s).toContain(decodeURI(l.url).replace(/\/$/, ''));
    expect(r.code).toEqual([]);
    // The words survive (whitespace on one line; a zero-width space after each @).
    const shown = [r.text, ...r.links.map((l) => l.text)].join('');
    for (const word of s.split(/\s+/)) for (const part of word.split(/https:\/\/[^)>\s]+/)) expect(shown.replaceAll('\u200b', '')).toContain(part);
  });

  it('links an https URL in prose to itself, with no backslash in it', () => {
    const r = inert(mdText('Published at https://github.com/o/r/security/advisories.'));
    expect(r.links).toEqual([{ url: 'https://github.com/o/r/security/advisories', text: 'https://github.com/o/r/security/advisories' }]);
  });

  it('keeps an e-mail address whole (GitHub links it) and breaks only mentions', () => {
    const r = renderGfm(mdText('write to security@example.org or @octocat'));
    expect(r.links).toEqual([{ url: 'mailto:security@example.org', text: 'security@example.org' }]);
    expect(r.text).toContain('@\u200boctocat');
    expect(mentions(r.text)).toEqual([]);
  });
});

describe('mdCode: code spans', () => {
  it.each(['slam insights init', 'a`b', '``x``', '`', '<b>not html</b>', '@org/team', 'a|b', 'C:\\path\\*'])('shows %j exactly', (s) => {
    const r = inert(`x ${mdCode(s)} y`);
    expect(r.code).toEqual([s]);
  });

  it('keeps a table cell whole when the code has a pipe', () => {
    const md = `| a | b |\n| --- | --- |\n| ${mdCode('x | y', { cell: true })} | z |`;
    const r = inert(md);
    expect(r.tables).toEqual([{ rows: 2, cells: [2, 2] }]);
    expect(r.code).toEqual(['x | y']);
  });
});

describe('links', () => {
  it('percent-encodes what would end or split a link, and keeps the URL', () => {
    for (const url of ['https://github.com/o/r/blob/main/SECURITY.md', 'https://en.wikipedia.org/wiki/Foo_(bar)', 'https://x.example/?a=1&b=2&lt=3', 'https://x.example/a b|c"d\'e[f]', 'HTTP://EXAMPLE.org/Path']) {
      const r = inert(`| ${mdLink('label', url)} |\n| --- |\n| x |`);
      expect(r.tables[0].cells).toEqual([1, 1]);
      expect(r.links).toHaveLength(1);
      expect(decodeURI(r.links[0].url)).toBe(decodeURI(new URL(url).href).replace(/%28/g, '(').replace(/%29/g, ')'));
    }
  });

  it('refuses every scheme but https: and http:', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd', '//evil.example/x', 'https//nope', 'mailto:a@b.c']) {
      expect(safeUrl(url)).toBeNull();
      const r = inert(mdLink('label', url));
      expect(r.links).toEqual([]);
      expect(r.text).toBe('label');
    }
  });

  it('links a path of the repository to the file at the evaluated commit, with its line', () => {
    const r = inert(mdPath('docs/a b(1).md', 3, { files }));
    expect(r.links).toEqual([{ url: `https://github.com/octo/demo/blob/${SHA}/docs/a%20b%281%29.md#L3`, text: 'docs/a b(1).md:3' }]);
    expect(fileUrl('x.md', undefined, { ...files, prefix: 'services/api/' })).toBe(`https://github.com/octo/demo/blob/${SHA}/services/api/x.md`);
  });

  it('shows a path that leaves the repository, or any path without a commit, as code', () => {
    for (const [path, ctx] of [['../etc/passwd', { files }], ['/etc/passwd', { files }], ['https://evil.example/x', { files }], ['a.md', {}], ['a.md', { files: { ...files, commit: 'main' } }]] as const) {
      const r = inert(mdPath(path, 1, ctx));
      expect(r.links).toEqual([]);
      expect(r.code).toEqual([`${path}:1`]);
    }
  });
});

describe('mdRich: our sentences with code and URLs', () => {
  it('renders our backticks as code and URLs as links, trailing punctuation outside', () => {
    const r = inert(mdRich('Run `slam insights init`; see https://github.com/o/r/security/advisories/new. Or (https://example.org/a_(b)).'));
    expect(r.code).toEqual(['slam insights init']);
    expect(r.links.map((l) => decodeURI(l.url))).toEqual(['https://github.com/o/r/security/advisories/new', 'https://example.org/a_(b)']);
    expect(r.text).toContain('Run ');
    expect(r.text).not.toContain('\\');
  });

  it.each(HOSTILE)('keeps repository text %j inert inside a sentence', (s) => {
    const r = inert(mdRich(`heading "${s}" at line 3`));
    for (const l of r.links) expect(s).toContain(decodeURI(l.url).replace(/\/$/, ''));
  });

  it('cuts at the limit without leaving a half link', () => {
    const r = inert(mdRich(`see https://example.org/${'a'.repeat(100)}`, {}, 40));
    expect(r.links).toEqual([]);
    expect(r.text.replaceAll('\u200b', '').length).toBeLessThanOrEqual(40);
    expect(r.text.endsWith('…')).toBe(true);
  });

  it('keeps a table cell whole for code that holds a backslash before a pipe (fast-check seed -1109878308)', () => {
    for (const s of ['`\\|`', '`a\\|b`', 'run `x \\| y` now']) {
      const md = `| h | i |\n| --- | --- |\n| ${mdRich(s, { cell: true })} | ${mdText(s)} |`;
      expect(inert(md).tables, s).toEqual([{ rows: 2, cells: [2, 2] }]);
    }
  });
  it('lets an e-mail address be the mailto autolink of itself, in prose and in a table cell (fast-check seed -1383613148)', () => {
    for (const s of ['a@a.a', 'write to security@example.org.', 'x@y.z](javascript:alert(1))']) {
      const md = `| h | i |\n| --- | --- |\n| ${mdRich(s, { cell: true })} | ${mdText(s)} |`;
      const r = inert(md);
      expect(r.tables, s).toEqual([{ rows: 2, cells: [2, 2] }]);
    }
  });
  it('is inert for any text, in a table cell too', () => {
    const alphabet = fc.constantFrom(...'ab `|<>[]()!@#&;:/\\*_~$.\n'.split(''), 'https://', 'javascript:', '@org/team', '<script>', '&#64;', '](', '\u202e', '\x1b[31m');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), (s) => {
        const md = `| h | i |\n| --- | --- |\n| ${mdRich(s, { cell: true })} | ${mdText(s)} |`;
        const r = inert(md);
        expect(r.tables).toEqual([{ rows: 2, cells: [2, 2] }]);
      }),
      { numRuns: 400 },
    );
  });

  it('stays linear on long runs of backticks and brackets', () => {
    const nasty = '` `` ``` '.repeat(5000) + ')'.repeat(20000) + 'https://x.example/' + ')'.repeat(20000);
    const t = performance.now();
    mdRich(nasty, {}, 100_000);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
