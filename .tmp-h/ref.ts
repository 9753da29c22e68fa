import { parseMarkdown } from '../src/facts/markdown.ts';
const md = [
  '# x', '',
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
  '[^1]: a footnote',
].join('\n');
console.log(parseMarkdown(md).links);
