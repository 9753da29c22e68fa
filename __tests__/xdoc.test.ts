// Maven xdoc pages read as Markdown, line for line (src/facts/xdoc.ts): apache/commons-lang's src/site/xdoc/.
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../src/facts/markdown.ts';
import { xdocToMarkdown } from '../src/facts/xdoc.ts';

describe('xdocToMarkdown', () => {
  const page = [
    '<?xml version="1.0"?>',
    '<!-- a license header',
    '<section name="Commented out">',
    '-->',
    '<document xmlns="http://maven.apache.org/XDOC/2.0"',
    '  xsi:schemaLocation="http://maven.apache.org/XDOC/2.0 https://maven.apache.org/xsd/xdoc-2.0.xsd">',
    '  <properties>',
    '    <title>Building &amp; testing</title>',
    '    <author email="dev@commons.apache.org">Apache Commons Team</author>',
    '  </properties>',
    '  <body>',
    '    <section name="Maven Goals">',
    '      <p>Run <code>mvn</code>, see the <a href="https://commons.apache.org/building.html">build instructions</a>.</p>',
    '      <subsection name=\'Source\'>',
    '      <source>',
    '# not a heading',
    '      </source>',
    '      <ul><li>one</li><li>two</li></ul>',
    '      <h3>3.  UTILITY CLASSES</h3>',
    '    </section>',
    '  </body>',
    '</document>',
  ].join('\n');
  it('keeps the lines; writes sections, subsections, headings and the title as headings, links as links, source as code', () => {
    const md = xdocToMarkdown(page);
    const lines = md.split('\n');
    expect(lines).toHaveLength(22);
    expect(lines.slice(0, 7).join('')).toBe('');
    expect(lines[7]).toBe('# Building & testing');
    expect(lines[8]).toBe('');
    expect(lines[11]).toBe('## Maven Goals');
    expect(lines[12]).toBe('Run mvn, see the [build instructions](https://commons.apache.org/building.html).');
    expect(lines[13]).toBe('### Source');
    expect(lines[15]).toBe('# not a heading');
    expect(lines[17]).toBe('- one - two');
    expect(lines[18]).toBe('#### 3. UTILITY CLASSES');
    const o = parseMarkdown(md);
    expect(o.headings.map((h) => [h.text, h.line])).toEqual([
      ['Building & testing', 8],
      ['Maven Goals', 12],
      ['Source', 14],
      ['3. UTILITY CLASSES', 19],
    ]);
    expect(o.links.map((l) => [l.target, l.line])).toEqual([['https://commons.apache.org/building.html', 13]]);
  });
  it('stays linear on a page of unclosed tags', () => {
    const hostile = `${'<a href="x" '.repeat(20_000)}\n${'<section name="'.repeat(20_000)}\n`;
    const t = performance.now();
    xdocToMarkdown(hostile);
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
