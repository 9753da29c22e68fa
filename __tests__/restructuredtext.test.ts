// reStructuredText outlined as Markdown (src/facts/restructuredtext.ts): section titles, literal
// blocks, hyperlinks and markup come out as the outline reader knows them, on the lines of the
// .rst file. Shapes from real projects: python-tuf's CONTRIBUTING.rst, Flask's and requests' Sphinx docs.
import { describe, expect, it } from 'vitest';
import { CONVERTED_FENCE as FENCE, parseMarkdown } from '../src/facts/markdown.ts';
import { restructuredToMarkdown } from '../src/facts/restructuredtext.ts';

const outline = (rst: string) => parseMarkdown(restructuredToMarkdown(rst));

describe('reStructuredText outline', () => {
  it('reads section titles by their adornment, levels in order of first use, on their own lines', () => {
    const o = outline(
      [
        '==============', //  1
        ' Contributing', //   2  an overlined title may be inset
        '==============', //  3
        '', //                4
        'Read this first.', // 5
        '', //                6
        'Testing', //         7
        '~~~~~~~', //         8
        '', //                9
        'Run the tests.', // 10
        '', //               11
        'Unit tests', //     12
        '^^^^^^^^^^', //     13
        '', //               14
        'Fast ones.', //     15
        '', //               16
        'Release', //        17
        '~~~~~~~', //        18  the second style again: level 2
        '', //               19
        'Maintainers tag releases.', // 20
      ].join('\n'),
    );
    expect(o.headings.map((h) => [h.level, h.text, h.line])).toEqual([
      [1, 'Contributing', 2],
      [2, 'Testing', 7],
      [3, 'Unit tests', 12],
      [2, 'Release', 17],
    ]);
    expect(o.headings[1].body).toBe('Run the tests.');
    expect(o.lineCount).toBe(20);
  });

  it('does not take transitions, table borders or a line inside a paragraph for titles', () => {
    const o = outline(['Some prose', 'that goes on', '------------', '', '----------', '', '=====  =====', 'A      B', '=====  =====', '', 'Title', '-----', '', 'Text.'].join('\n'));
    expect(o.headings.map((h) => h.text)).toEqual(['Title']);
    expect(o.headings[0].line).toBe(11);
  });

  it('fences literal blocks (`::`, expanded `::` and code directives) so their lines are code, not prose or titles', () => {
    const o = outline(
      [
        'Testing', //                           1
        '=======', //                           2
        '', //                                  3
        'Run the whole suite with tox::', //    4
        '', //                                  5
        '    tox -e py312', //                  6
        '    # not a heading', //               7
        '', //                                  8
        'Then the unit tests:', //              9
        '', //                                 10
        '::', //                               11
        '', //                                 12
        '    python3 aggregate_tests.py', //   13
        '', //                                 14
        '.. code-block:: console', //          15
        '   :linenos:', //                     16
        '', //                                 17
        '   $ make coverage', //               18
        '', //                                 19
        'Done.', //                            20
      ].join('\n'),
    );
    expect(o.headings.map((h) => h.text)).toEqual(['Testing']);
    const h = o.headings[0];
    expect(h.code).toContain('tox -e py312');
    expect(h.code).toContain('# not a heading');
    expect(h.code).toContain('python3 aggregate_tests.py');
    expect(h.code).toContain('$ make coverage');
    // The marker's paragraph stays prose with one colon; code is not prose.
    expect(h.body).toBe('Run the whole suite with tox: Then the unit tests: Done.');
  });

  it('ends a literal block opened in a list item\'s first line where the item\'s text comes back (pytest\'s CONTRIBUTING.rst)', () => {
    const o = outline(
      [
        'Long version', //                                           1
        '~~~~~~~~~~~~', //                                           2
        '', //                                                       3
        '#. Clone your fork locally and create a branch::', //       4
        '', //                                                       5
        '    $ git clone git@github.com:you/pytest.git', //          6
        '', //                                                       7
        '   Given we have "major.minor.micro" version numbers.', //  8
        '', //                                                       9
        '- Install pre-commit::', //                                10
        '', //                                                      11
        '    $ pre-commit install', //                              12
        '', //                                                      13
        '  Afterwards it runs whenever you commit.', //             14
      ].join('\n'),
    );
    const h = o.headings[0];
    expect(h.code).toBe('$ git clone git@github.com:you/pytest.git $ pre-commit install');
    expect(h.body).toContain('Given we have "major.minor.micro" version numbers.');
    expect(h.body).toContain('Afterwards it runs whenever you commit.');
  });
  it('reads hyperlinks: embedded, wrapped onto the next line, named references, simple references and :doc:', () => {
    const o = outline(
      [
        'Contribute by following our `style guidelines <https://github.com/secure-systems-lab/style.md>`_ and', //  1
        'the `development guidelines', //                                                         2
        '<https://github.com/secure-systems-lab/dev-workflow.md>`_.', //                                            3
        'Report problems in the `issue tracker`_, ask on Discourse_ or read :doc:`install`.', //  4
        'See `the FAQ <faq_>`_ and `anonymous <https://gitlab.com/o/anon>`__.', //                 5
        '', //                                                                                   6
        '.. _issue tracker: https://github.com/o/r/issues', //                                   7
        '.. _Discourse: https://discuss.python.org/', //                                         8
        '.. _faq: https://tuf.readthedocs.io/faq', //                                                    9
      ].join('\n'),
    );
    const inOrder = [...o.links].sort((a, b) => a.line - b.line || a.column - b.column);
    expect(inOrder.map((l) => [l.text, l.target, l.line])).toEqual([
      ['style guidelines', 'https://github.com/secure-systems-lab/style.md', 1],
      ['development guidelines', 'https://github.com/secure-systems-lab/dev-workflow.md', 2],
      ['issue tracker', 'https://github.com/o/r/issues', 4],
      ['Discourse', 'https://discuss.python.org/', 4],
      ['install', 'install.rst', 4],
      ['the FAQ', 'https://tuf.readthedocs.io/faq', 5],
      ['anonymous', 'https://gitlab.com/o/anon', 5],
    ]);
  });

  it("reads badges defined as substitutions and a target's URI on the line below it, at the line that shows them (pluggy's README.rst)", () => {
    const o = outline(
      [
        '|pypi| |gitter| |logo|', //                                   1
        '', //                                                         2
        'Please `read the docs`_, or see |nothing| and a | b.', //     3
        '', //                                                         4
        '.. |pypi| image:: https://img.shields.io/pypi/v/pluggy.svg', // 5
        '    :target: https://pypi.org/pypi/pluggy', //                6
        '', //                                                         7
        '.. |gitter| image:: https://badges.gitter.im/o/r.svg', //     8
        '    :alt: Join the chat at https://gitter.im/o/r', //        9
        '    :target: https://gitter.im/o/r?utm_source=badge', //     10
        '', //                                                        11
        '.. |logo| image:: https://example.org/logo.svg', //          12
        '', //                                                        13
        '.. _read the docs:', //                                      14
        '   https://pluggy.readthedocs.io/', //                       15
        '   en/latest/', //                                           16
        '.. _internal:', //                                           17
        '', //                                                        18
        'Text.', //                                                   19
      ].join('\n'),
    );
    expect(o.links.map((l) => [l.text, l.target, l.line, l.image ?? false])).toEqual([
      ['pypi', 'https://pypi.org/pypi/pluggy', 1, true],
      ['Join the chat at https://gitter.im/o/r', 'https://gitter.im/o/r?utm_source=badge', 1, true],
      ['read the docs', 'https://pluggy.readthedocs.io/en/latest/', 3, false],
    ]);
    expect(o.lead).toContain('see |nothing| and a | b.');
  });

  it('turns inline literals and code roles into code, other roles into their text, even when a literal wraps', () => {
    const o = outline(['Usage', '-----', '', 'Call ``slam evaluate .`` or :command:`slam verify`, see :ref:`the guide <guide>`; append a ``Signed-off-by:', 'Your Name`` trailer.'].join('\n'));
    const h = o.headings[0];
    expect(h.code).toBe('slam evaluate . slam verify');
    expect(h.body).toBe('Call or , see the guide; append a Signed-off-by: Your Name trailer.');
  });

  it('leaves comments and markup-only directives out of the prose and keeps an admonition\'s words', () => {
    const o = outline(
      [
        '.. This file is generated; edit the template instead.', // 1
        '   It has two lines.', //                                  2
        '', //                                                      3
        'Guide', //                                                 4
        '=====', //                                                 5
        '', //                                                      6
        '.. toctree::', //                                          7
        '   :maxdepth: 2', //                                       8
        '', //                                                      9
        '   install', //                                           10
        '   usage', //                                             11
        '', //                                                     12
        '.. note:: Tests run on every pull request.', //           13
        '', //                                                     14
        '   CI runs them on Linux.', //                            15
        '', //                                                     16
        '.. |badge| image:: https://img.example.org/b.svg', //     17
      ].join('\n'),
    );
    expect(o.lead).toBe('');
    expect(o.headings[0].body).toBe('Tests run on every pull request. CI runs them on Linux.');
  });

  it('reads deeply nested directives, comments and footnotes in linear time (each indented body is scanned once)', () => {
    // A first version scanned every nested body again: 32 s for these 3,000 lines of notes.
    for (const marker of ['.. note:: x', '.. x', '.. [1] x', '.. code-block:: sh', '.. _a:']) {
      const text = Array.from({ length: 3000 }, (_, i) => ' '.repeat(i) + marker).join('\n');
      const started = performance.now();
      expect(restructuredToMarkdown(text).split('\n').length).toBe(3000);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });

  it('expands a bounded number of badges, however often a text shows them', () => {
    const uri = `https://img.example.org/${'b'.repeat(400)}.svg`;
    const text = `${'|b| '.repeat(5000)}\n\n.. |b| image:: ${uri}\n    :target: ${uri}\n`;
    const md = restructuredToMarkdown(text);
    expect(md.split(uri).length - 1).toBe(200);
    expect(md.length).toBeLessThan(text.length + 200 * uri.length);
  });

  it('reads an auto-numbered list item (`#.`, `#)`) as an ordered list item, not as text joined to the item before', () => {
    const md = restructuredToMarkdown('#. Fork it.\n#. Write a test which shows that the bug\n   was fixed.\n  #) Nested.\n#.not an item\n\nRun::\n\n  #. in a literal block\n');
    expect(md.split('\n')).toEqual(['1. Fork it.', '1. Write a test which shows that the bug', '   was fixed.', '  1) Nested.', '#.not an item', '', 'Run:', FENCE, '  #. in a literal block', '']);
  });

  it('keeps the number of lines, whatever the text (CR, CRLF, long lines, stray markup)', () => {
    for (const text of ['a\r\nb\rc\n', '`'.repeat(5000), '``\n``\n`x\n`_', '.. \n..\n::\n\n  x', '_'.repeat(3000) + '\n.. _a: b\n' + 'a_ '.repeat(2000), 'Title\n' + '='.repeat(20000)])
      expect(restructuredToMarkdown(text).split('\n').length).toBe(text.split(/\r\n|\r|\n/).length);
  });
});
