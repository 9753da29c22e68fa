import { readFileSync } from 'node:fs';
import { parseMarkdown } from '../src/facts/markdown.ts';
const o = parseMarkdown(readFileSync('/tmp/real/requests/.github/SECURITY.md', 'utf8'));
for (const h of o.headings) console.log(h.level, h.line, JSON.stringify(h.text), h.body.length, h.body.includes('python-maint'));
console.log(o.emails);
