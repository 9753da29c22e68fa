import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BODY_SAMPLE, codeLineOf, lineBounds, parseMarkdown, splitLines } from '../src/facts/markdown.ts';

describe('Markdown outline', () => {
  it("reads a tab- or 4-space-indented block after a blank line as code, not headings (libgit2's README), but not a list item's continuation", () => {
    const text = 'Building\n--------\n\nTo list all build options, do the\nfollowing:\n\n\t# Create and set up a build directory\n\t$ cmake ..\n\n\t# List all build options and their values\n\t$ cmake -L\n\n## Options\n    # four spaces\n\nA paragraph\n    # continued, not code\n\n- an item\n\n    its second paragraph\n';
    const o = parseMarkdown(text, { indentedCode: true });
    expect(o.headings.map((h) => [h.level, h.text])).toEqual([
      [2, 'Building'],
      [2, 'Options'],
    ]);
    expect(o.headings[0].code).toMatch(/cmake -L/);
    expect(o.headings[1].body).toMatch(/its second paragraph/);
    expect(o.headings[1].body).not.toMatch(/four spaces/);
    // An mkdocs admonition's body is indented prose.
    expect(parseMarkdown('## Examples\n\n??? example\n\n    The example shows how `get_allocator()` is used.\n', { indentedCode: true }).headings[0].body).toMatch(/The example shows/);
    // Other formats converted to Markdown, and plain text, keep their indented prose.
    expect(parseMarkdown(text).headings.map((h) => h.text)).toContain('List all build options and their values');
  });
  it('reads headings (ATX, setext, HTML) with section sizes, skipping code fences', () => {
    const o = parseMarkdown('# Title\n\nIntro text.\n\n## Install\n\n```sh\n# not a heading\nnpm i\n```\n\nRun it.\n\nUsage\n-----\n\nCall `tool --help` to see more.\n\n<h3>Extra</h3>\n');
    expect(o.headings.map((h) => [h.level, h.text, h.line])).toEqual([[1, 'Title', 1], [2, 'Install', 5], [2, 'Usage', 14], [3, 'Extra', 19]]);
    const install = o.headings[1];
    expect(install.body).toBe('Run it.');
    expect(install.code).toBe('# not a heading npm i');
    expect(o.headings[2].code).toBe('tool --help');
    expect(o.headings[0].sectionChars).toBeGreaterThan(o.headings[0].ownChars);
  });

  it("ends a fence opened in a list item with the item (harden-runner's README never closes one), not a fence at the top level", () => {
    const text = '## Start\n\n- Add this as the first step:\n   ```yaml\n   steps:\n\n     - uses: x\n\n**Tip**: paste your workflow.\n\n## Discussions\n\nJoin us.\n';
    const o = parseMarkdown(text);
    expect(o.headings.map((h) => [h.text, h.line])).toEqual([['Start', 1], ['Discussions', 11]]);
    expect(o.headings[0].code).toBe('steps: - uses: x');
    expect(o.headings[0].body).toMatch(/\*\*Tip\*\*: paste your workflow/);
    // At the top level, or in an item whose fence is indented as its content, less-indented lines are code.
    expect(parseMarkdown('# A\n\n   ```\n# not a heading\n   ```\n').headings.map((h) => h.text)).toEqual(['A']);
    expect(parseMarkdown('# A\n\nText\n\n- item\n\nparagraph\n   ```\n# not a heading\n   ```\n').headings.map((h) => h.text)).toEqual(['A']);
    expect(parseMarkdown('# A\n\n1. item\n   ```\n   # in the fence\n   ```\n# B\n').headings.map((h) => h.text)).toEqual(['A', 'B']);
  });
  it('keeps a link reference definition in its section\'s body but counts none of its characters as prose', () => {
    const o = parseMarkdown('# Versions\n\nSee [the policy][p].\n\n[p]: https://example.org/a/very/long/path/to/the/version/skew/policy/page\n');
    expect(o.headings[0].ownChars).toBe('Seethepolicy][p].'.length + 1);
    expect(o.proseChars).toBe(o.headings[0].ownChars);
    expect(o.headings[0].body).toContain('[p]: https://example.org/');
  });
  it('knows the line of each command of a section\'s code, inline or fenced', () => {
    const h = parseMarkdown('# Build\n\nInstall `make` first.\n\n```sh\n./configure\nmake install\n```\n').headings[0];
    expect(h.code).toBe('make ./configure make install');
    expect([codeLineOf(h, 'make'), codeLineOf(h, './configure'), codeLineOf(h, 'make install'), codeLineOf(h, 'cmake'), codeLineOf(h, '')]).toEqual([3, 6, 7, 1, 1]);
  });
  it("reads a backslash-escaped character in a heading as that character, and drops emphasis and code marks (execa's \\`command\\`)", () => {
    const o = parseMarkdown('### execa\\`command\\`\n\ntext\n\n## A \\# b and **bold** `code`\n\ntext\n');
    expect(o.headings.map((h) => h.text)).toEqual(['execa`command`', 'A # b and bold code']);
  });
  it('skips HTML comment blocks: their text is not prose, their URLs are not links (apache/commons-lang\'s SECURITY.md)', () => {
    const text = '<!---\n Licensed to the Apache Software Foundation (ASF) under one or more\n contributor license agreements.\n\n      https://www.apache.org/licenses/LICENSE-2.0\n\n## Not a heading\n-->\nThe Apache Commons security page is [https://commons.apache.org/security.html](https://commons.apache.org/security.html).\n<!-- a note --> hidden too\n\n## Heading\n\nSee [after](https://acme.dev/after).\n';
    const o = parseMarkdown(text);
    expect(o.headings.map((h) => [h.text, h.line])).toEqual([['Heading', 12]]);
    expect(o.links.map((l) => [l.target, l.line])).toEqual([['https://commons.apache.org/security.html', 9], ['https://acme.dev/after', 14]]);
    expect(o.lead).toBe('The Apache Commons security page is [https://commons.apache.org/security.html](https://commons.apache.org/security.html).');
    // Inside a code fence, and after text on its line, `<!--` opens nothing.
    const code = parseMarkdown('## A\n\n```html\n<!-- x\n```\n\nText <!-- inline\n\n## B\n');
    expect(code.headings.map((h) => h.text)).toEqual(['A', 'B']);
  });

  it('skips a page\'s YAML front matter, which is metadata and not a heading; its title is the page\'s heading, at its line', () => {
    const o = parseMarkdown('---\ntitle: Correct and incorrect code usage\nlayout: doc\ntags:\n  - docs\n---\n\nThe project\'s code blocks.\n\n## Usage\n\nWrite it so.\n');
    expect(o.headings.map((h) => [h.level, h.text, h.line])).toEqual([[1, 'Correct and incorrect code usage', 2], [2, 'Usage', 10]]);
    // The prose before the page's own headings is the title's section.
    expect(o.headings[0].body).toBe("The project's code blocks.");
    expect(o.headings[0].sectionChars).toBeGreaterThan(o.headings[0].ownChars);
    expect(o.lead).toBe('');
    expect(o.titledInFrontMatter).toBe(true);
    // A quoted title loses its quotes (jekyll's `title: "Becoming a Maintainer"`); front matter without one adds no heading.
    expect(parseMarkdown('---\ntitle: "Becoming a Maintainer"\n---\n\n## 1. Use Jekyll\n').headings.map((h) => h.text)).toEqual(['Becoming a Maintainer', '1. Use Jekyll']);
    expect(parseMarkdown('---\nlayout: doc\n---\n\nText.\n').headings).toEqual([]);
    expect(parseMarkdown('# Title\n').titledInFrontMatter).toBeUndefined();
    // A thematic break opening a file, above prose and a setext heading, is not front matter.
    const rule = parseMarkdown('---\nSome text here.\n---\n');
    expect(rule.headings.map((h) => h.text)).toEqual(['Some text here.']);
    // Nor is an unclosed block.
    expect(parseMarkdown('---\ntitle: x\n\n# Title\n').headings.map((h) => h.text)).toEqual(['Title']);
  });

  it('tells a table of contents from a section with prose', () => {
    const o = parseMarkdown('## Contents\n\n- [Overview](#overview)\n- [Goals](#goals)\n\n## Overview\n\nThe project does things.\n');
    expect(o.headings[0].linkListOnly).toBe(true);
    expect(o.headings[1].linkListOnly).toBe(false);
  });

  it('takes a section whose only line is "See the [page](url)" for a pointer, not a section with prose (pvtr-github-repo)', () => {
    const o = parseMarkdown('## GitHub Actions Usage\n\nSee the [OSPS Scanner](https://github.com/marketplace/actions/scanner)\n\n## Usage\n\nSee the [Scanner](https://x.dev/s) for the inputs it reads and the results it writes.\n');
    expect(o.headings.map((h) => h.linkListOnly)).toEqual([true, false]);
  });

  it('takes a list of issues and pull requests for work items, not the section\'s own statement', () => {
    const o = parseMarkdown(
      [
        '## Threat model (OSPS-SA-03.02)',
        '',
        '- [#2142](https://github.com/o/r/issues/2142) - Feature: assess the presence of a threat model',
        '1. [!4723](https://gitlab.com/o/r/-/merge_requests/4723) — draft, closed',
        '- [fix](https://github.com/o/r/pull/12#discussion_r1) follow-up',
        '',
        '## Threat model',
        '',
        '- [Threat model](docs/threat-model.md) - our STRIDE analysis of the API server',
        '',
        '## Known issues',
        '',
        '- [#7](https://github.com/o/r/issues/7) is fixed: the parser now rejects deep nesting.',
        'Attackers with write access to a repository can still change its workflows.',
      ].join('\n'),
    );
    expect(o.headings.map((h) => h.linkListOnly)).toEqual([true, false, false]);
  });

  it("reads an HTML image inside a Markdown link as a linked image with its alt text (dtolnay/anyhow's badges)", () => {
    const o = parseMarkdown('# x\n\n[<img alt="crates.io" src="https://img.shields.io/crates/v/x.svg?style=for-the-badge" height="20">](https://crates.io/crates/x)\n[<b>bold</b>](https://b.dev/)\n');
    expect(o.links.map((l) => [l.text, l.target, l.image ?? false])).toEqual([
      ['crates.io', 'https://crates.io/crates/x', true],
      ['<b>bold</b>', 'https://b.dev/', false],
    ]);
  });
  it('starts a link at the nearest bracket, and a linked image (a badge) at the bracket before it', () => {
    // As expressjs/express's README: an unmatched '[' before the link is text.
    const o = parseMarkdown(
      '# x\n\n* [Website](https://expressjs.com/) - [[website repo](https://github.com/expressjs/expressjs.com)]\nSee [a [b](https://b.dev/) too.\n[![Version](https://img.shields.io/v.svg)](https://pypi.org/project/x/)\n',
    );
    expect(o.links.map((l) => [l.text, l.target, l.column, l.image ?? false])).toEqual([
      ['Website', 'https://expressjs.com/', 3, false],
      ['website repo', 'https://github.com/expressjs/expressjs.com', 40, false],
      ['b', 'https://b.dev/', 8, false],
      ['Version', 'https://pypi.org/project/x/', 1, true],
    ]);
    // As jgm/pandoc's README (generated by pandoc): a badge's alt text wrapped onto the next line.
    const wrapped = parseMarkdown('# x\n\n[![hackage\nrelease](https://img.shields.io/hackage/v/x.svg)](https://hackage.haskell.org/package/x)\n');
    expect(wrapped.links.map((l) => [l.text, l.target, l.line, l.column, l.image ?? false])).toEqual([['hackage release', 'https://hackage.haskell.org/package/x', 3, 1, true]]);
    // As rustup's doc/user-guide/src/security.md: a shortcut reference link whose text wraps; an undefined label is no link.
    const reference = parseMarkdown('# Security\n\nIf you wish to report a security issue, please follow the [Rust security\npolicy]. Or [not a\nlink].\n\n[Rust security policy]: https://www.rust-lang.org/policies/security\n');
    expect(reference.links.map((l) => [l.text, l.target, l.line, l.column])).toEqual([['Rust security policy', 'https://www.rust-lang.org/policies/security', 3, 59]]);
    // As python-tuf's blog posts: the destination on the next line, its `)` there or on the line after; the URL is not a bare link of its own.
    const dest = parseMarkdown('# Post\n\nRead the full report here: [Source Code Audit](\n    https://tuf.dev/audits/x41.pdf).\nWe [released 1.0](\n    https://tuf.dev/1.0.html\n). Then https://tuf.dev/next.\n');
    expect(dest.links.map((l) => [l.text, l.target, l.line, l.column])).toEqual([
      ['Source Code Audit', 'https://tuf.dev/audits/x41.pdf', 3, 28],
      ['released 1.0', 'https://tuf.dev/1.0.html', 5, 4],
      ['https://tuf.dev/next', 'https://tuf.dev/next', 7, 9],
    ]);
  });

  it("keeps a code span that is a link's whole text in the section's prose, and blanks other code (rustls's CONTRIBUTING)", () => {
    const o = parseMarkdown('# C\n\n## Testing\n\n- Features should have (at least)\n  API-level tests (see [`rustls-test/tests/api/`](rustls-test/tests/api/)). Run `cargo test`.\n');
    expect(o.headings[1].body).toContain('(see [rustls-test/tests/api/](rustls-test/tests/api/))');
    expect(o.headings[1].body).not.toContain('cargo test');
  });

  it('reads HTML anchors as links: the text, or a linked image\'s alt text (README badges written in HTML)', () => {
    // As psf/black's README: badges as <a href><img alt></a> inside a centred paragraph.
    const o = parseMarkdown(
      [
        '# x',
        '<a href="https://pypi.org/project/black/"><img alt="PyPI" src="https://img.shields.io/pypi/v/black"></a>',
        "<p>See <A HREF='https://black.readthedocs.io/en/stable/'>the <b>documentation</b></a> or <a data-href=\"no\" href=https://discord.gg/abc>chat</a>.</p>",
        '<a name="top"></a><abbr title="x">y</abbr><a href="">empty</a>',
      ].join('\n'),
    );
    expect(o.links.map((l) => [l.text, l.target, l.line, l.column, l.image ?? false])).toEqual([
      ['PyPI', 'https://pypi.org/project/black/', 2, 1, true],
      ['the documentation', 'https://black.readthedocs.io/en/stable/', 3, 8, false],
      ['chat', 'https://discord.gg/abc', 3, 90, false],
    ]);
  });

  it("reads an HTML anchor whose content and '</a>' are on the lines after it (httpx's and fastapi's README badges)", () => {
    const o = parseMarkdown(
      [
        '<p align="center">',
        '<a href="https://pypi.org/project/httpx/">',
        '    <img src="https://badge.fury.io/py/httpx.svg" alt="Package version">',
        '</a> <a href="https://x.dev/">',
        '  the <b>site</b>',
        '</a>',
        '<a href="https://never.dev/">',
        '',
        'never closed</a>',
        '</p>',
      ].join('\n'),
    );
    expect(o.links.map((l) => [l.text, l.target, l.line, l.column, l.image ?? false])).toEqual([
      ['Package version', 'https://pypi.org/project/httpx/', 2, 1, true],
      ['the site', 'https://x.dev/', 4, 6, false],
      // A blank line ends the HTML block: the anchor has no text.
      ['', 'https://never.dev/', 7, 1, false],
    ]);
  });

  it("decodes the character references of an HTML anchor's href (axios's sponsor links)", () => {
    const o = parseMarkdown('# x\n<a href="https://stytch.com/?utm_source&#x3D;oss&amp;utm_campaign&#61;axios&bogus;">Website</a>\n');
    expect(o.links.map((l) => l.target)).toEqual(['https://stytch.com/?utm_source=oss&utm_campaign=axios&bogus;']);
  });

  it('resolves reference links against the definitions anywhere in the document', () => {
    // As expressjs/express's README: badges and links by reference, defined at the bottom.
    const md = [
      '# x',
      '',
      '[![NPM Version][npm-version-image]][npm-url]',
      '[![Build](https://img.shields.io/b.svg)][ci]',
      'See the [npm registry][] and [the guide][Guide], or [Contributing].',
      'An image ![logo][img] alone, [undefined][nope], a checkbox [x] and [text](https://inline.dev/).',
      '',
      '[npm-url]: https://npmjs.org/package/express',
      '[npm-version-image]: https://badgen.net/npm/v/express',
      '[ci]: https://github.com/o/r/actions',
      '[npm registry]: <https://www.npmjs.com/>',
      '  [guide]: https://guide.dev/start "Getting started"',
      '[contributing]: CONTRIBUTING.md',
      '[img]: logo.png',
      '[ci]: https://second.dev/ignored',
    ].join('\n');
    expect(parseMarkdown(md).links.map((l) => [l.text, l.target, l.line, l.column, l.image ?? false])).toEqual([
      ['NPM Version', 'https://npmjs.org/package/express', 3, 1, true],
      ['Build', 'https://github.com/o/r/actions', 4, 1, true],
      ['npm registry', 'https://www.npmjs.com/', 5, 9, false],
      ['the guide', 'https://guide.dev/start', 5, 30, false],
      ['Contributing', 'CONTRIBUTING.md', 5, 53, false],
      ['text', 'https://inline.dev/', 6, 68, false],
    ]);
    // Without definitions, brackets are text and definition-like lines are not skipped.
    expect(parseMarkdown('# x\n\n[a][b] and [c]\n').links).toEqual([]);
  });

  it('reads reference links in linear time on hostile lines', () => {
    const defs = Array.from({ length: 2000 }, (_, i) => `[l${i}]: https://d${i}.dev/`).join('\n');
    const lines = ['['.repeat(100_000), ']['.repeat(50_000), `[${'x'.repeat(250)}]`.repeat(400), '[l1]'.repeat(20_000), `${'!['.repeat(30_000)}l1][l2]`];
    const t0 = performance.now();
    const o = parseMarkdown(`# x\n\n${lines.join('\n')}\n\n${defs}\n`);
    expect(o.links.length).toBeGreaterThan(0);
    expect(o.links.length).toBeLessThanOrEqual(10_000);
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('reads a link whose text is a URL once, not again as a bare URL (rustls\'s SECURITY.md, HTML anchors alike)', () => {
    const o = parseMarkdown(
      '# x\n\nSee [https://docs.rs/rustls/](https://docs.rs/rustls/), [the old https://a.dev/ page](https://b.dev/), <a href="https://c.dev/">https://c.dev/</a> and https://d.dev/.\n',
    );
    expect(o.links.map((l) => [l.text, l.target, l.column])).toEqual([
      ['https://docs.rs/rustls/', 'https://docs.rs/rustls/', 5],
      ['the old https://a.dev/ page', 'https://b.dev/', 57],
      ['https://c.dev/', 'https://c.dev/', 104],
      ['https://d.dev/', 'https://d.dev/', 152],
    ]);
  });

  it('gives the prose just before a place, back to its heading', () => {
    const o = parseMarkdown('# Policy\n\nReport to security@acme.dev.\n\n## Timeline\n\nWe contact our downstream\npackagers ahead of a release:\n\n- Red Hat (maint@redhat.dev)\n');
    const at = o.emails.find((e) => e.address === 'maint@redhat.dev') as { line: number; column: number };
    expect(at).toEqual({ address: 'maint@redhat.dev', line: 10, column: 12 });
    expect(o.proseBefore(at.line, at.column, 300)).toBe('We contact our downstream packagers ahead of a release: - Red Hat (');
    const capped = o.proseBefore(at.line, at.column, 20);
    expect(capped).toBe('release: - Red Hat (');
    // The first section's prose is not read from the second.
    expect(o.proseBefore(3, 11, 300)).toBe('Report to ');
  });

  it('finds links, e-mail addresses and stated timeframes with positions', () => {
    const o = parseMarkdown('# Security\n\nMail security@acme.dev; we answer within 3 business days and fix within ninety days.\nSee [policy](https://acme.dev/p) or <https://acme.dev/q>.\n');
    expect(o.emails).toEqual([{ address: 'security@acme.dev', line: 3, column: 6 }]);
    expect(o.timeframes.map((t) => t.text)).toEqual(['3 business days', 'ninety days']);
    expect(o.links.map((l) => l.target)).toEqual(['https://acme.dev/p', 'https://acme.dev/q']);
  });

  it('bounds samples and stays linear on 5,000 headings with long bodies', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `## H${i}\n\n${'word '.repeat(400)}\n`).join('\n');
    const t0 = Date.now();
    const o = parseMarkdown(text);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(o.headings).toHaveLength(5000);
    expect(o.headings[0].body.length).toBeLessThanOrEqual(BODY_SAMPLE);
    const total = o.headings.reduce((n, h) => n + h.body.length, 0);
    expect(total).toBeLessThanOrEqual(512 * 1024 + BODY_SAMPLE);
  });
});

describe('line bounds (proseBefore cuts lines from the text where they lie)', () => {
  it('finds the lines splitLines cuts, for any mix of CRLF, CR and LF', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b c', '\n', '\r', '\r\n', '\n\r', ' ', '# h')).map((parts) => parts.join('')), (text) => {
        const { starts, ends } = lineBounds(text);
        expect(Array.from(starts, (s, i) => text.slice(s, ends[i]))).toEqual(splitLines(text));
      }),
    );
  });

  it('proseBefore reads the lines before a link in a CRLF document as in an LF one', () => {
    const lines = ['# Verify', '', 'Releases are signed with cosign.', 'Check them with', 'the [guide](docs/verify.md).'];
    const lf = parseMarkdown(lines.join('\n'));
    const crlf = parseMarkdown(lines.join('\r\n'));
    expect(lf.proseBefore(5, 5, 200)).toBe('Releases are signed with cosign. Check them with the ');
    expect(crlf.proseBefore(5, 5, 200)).toBe(lf.proseBefore(5, 5, 200));
    expect(lf.proseBefore(5, 5, 20)).toBe('Check them with the ');
  });
});
