// AsciiDoc outlined as Markdown (src/facts/asciidoc.ts): titles, listing blocks, link macros and
// cross references come out as the outline reader knows them, on the lines of the .adoc file.
import { describe, expect, it } from 'vitest';
import { asciidocToMarkdown } from '../src/facts/asciidoc.ts';
import { parseMarkdown } from '../src/facts/markdown.ts';

const outline = (adoc: string) => parseMarkdown(asciidocToMarkdown(adoc));

describe('AsciiDoc outline', () => {
  it('leaves inline anchors before a section title out of its text', () => {
    const o = parseMarkdown(asciidocToMarkdown('= Custom configuration\n\n== [[AddingToCurrent]] [[Appending]] Modifying configuration components\n\nText.\n'));
    expect(o.headings.map((h) => [h.level, h.text, h.line])).toEqual([[1, 'Custom configuration', 1], [2, 'Modifying configuration components', 3]]);
  });
  it('reads section titles by their = signs, and leaves attribute entries, block attributes and comments out', () => {
    const o = outline(
      [
        '= Contributing', //                 1
        ':toc: left', //                     2
        '// a comment', //                   3
        '', //                               4
        'Read this first.', //               5
        '', //                               6
        '== Running the tests', //           7
        '', //                               8
        '[source,bash]', //                  9
        '----', //                          10
        'make test', //                     11
        '# not a heading', //               12
        '----', //                          13
        '', //                              14
        'CI runs them on every pull request.', // 15
        '--', //                            16
        '=== Unit tests', //                17
        '////', //                          18
        '== not a title inside a comment', // 19
        '////', //                          20
        'Fast ones.', //                    21
      ].join('\n'),
    );
    expect(o.headings.map((h) => [h.level, h.text, h.line])).toEqual([
      [1, 'Contributing', 1],
      [2, 'Running the tests', 7],
      [3, 'Unit tests', 17],
    ]);
    expect(o.headings[1].code).toBe('make test # not a heading');
    expect(o.headings[1].body).toBe('CI runs them on every pull request.');
    expect(o.headings[0].body).toBe('Read this first.');
    expect(o.lineCount).toBe(21);
  });

  it('reads link macros as links and cross references as their text', () => {
    const o = outline(
      [
        '== Links',
        '',
        'See the https://strimzi.io/docs/operators/latest/overview[documentation,window=_blank] and link:docs/DEV_GUIDE.md[the developer guide].',
        'Write to mailto:security@strimzi.io[the security team]; read <<building,Building>> or xref:install.adoc[Installing].',
        'A bare https://github.com/strimzi/strimzi-kafka-operator/issues link stays one.',
      ].join('\n'),
    );
    expect(o.links.map((l) => [l.text, l.target, l.line])).toEqual([
      ['documentation', 'https://strimzi.io/docs/operators/latest/overview', 3],
      ['the developer guide', 'docs/DEV_GUIDE.md', 3],
      ['the security team', 'mailto:security@strimzi.io', 4],
      ['https://github.com/strimzi/strimzi-kafka-operator/issues', 'https://github.com/strimzi/strimzi-kafka-operator/issues', 5],
    ]);
    expect(o.headings[0].body).toContain('read Building or Installing.');
  });

  it('reads image macros as images, and a link whose text is an image or that an image links as a linked badge', () => {
    const o = outline(
      [
        '= Project',
        '',
        'https://search.maven.org/artifact/dev.acme/lib[image:https://img.shields.io/maven-central/v/dev.acme/lib?versionPrefix=2.[Maven Central (2.x)]]',
        'image:https://img.shields.io/badge/docs-site-blue[Docs,link="https://docs.acme.dev/lib"] image:logo.png[Logo]',
        'Read the https://acme.dev[website].',
      ].join('\n'),
    );
    expect(o.links.map((l) => [l.text, l.target, l.line, l.image === true])).toEqual([
      ['Maven Central (2.x)', 'https://search.maven.org/artifact/dev.acme/lib', 3, true],
      ['Docs', 'https://docs.acme.dev/lib', 4, true],
      ['website', 'https://acme.dev', 5, false],
    ]);
  });

  it('keeps the number of lines and stays linear on hostile text', () => {
    for (const text of ['a\r\nb\rc\n', 'https://'.repeat(1500), '<<'.repeat(5000), 'xref:'.repeat(2000), '----\n'.repeat(3000), 'link:x['.repeat(2000)]) {
      const started = performance.now();
      expect(asciidocToMarkdown(text).split('\n').length).toBe(text.split(/\r\n|\r|\n/).length);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });
});
