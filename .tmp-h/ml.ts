import { inlineLinks, parseMarkdown } from '../src/facts/markdown.ts';
console.log(inlineLinks('See [a [b](https://b.example/) too.'));
console.log(parseMarkdown('# x\n\nSee [a [b](https://b.example/) too.\n').links);
console.log(parseMarkdown('# x\n\nSee [b](https://b.example/) too.\n').links);
