import { readFileSync } from 'node:fs';
import { parseMarkdown } from '../src/facts/markdown.ts';
const o = parseMarkdown(readFileSync('/tmp/real/kyverno/DEPENDENCY-POLICY.md', 'utf8'));
for (const h of o.headings) console.log(h.level, JSON.stringify(h.text), h.sectionChars, h.template ?? '', h.linkListOnly);
