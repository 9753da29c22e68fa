import { readFileSync } from 'node:fs';
import { parseMarkdown } from '../src/facts/markdown.ts';
import { templateReason } from '../src/facts/placeholder.ts';
const files = readFileSync('/tmp/mdh/list.txt', 'utf8').trim().split('\n').map((p) => readFileSync('/tmp/argo/' + p, 'utf8'));
const bodies: string[] = [];
for (const f of files) for (const h of parseMarkdown(f).headings) bodies.push(h.body);
console.log('bodies', bodies.length, 'chars', bodies.reduce((a, b) => a + b.length, 0));
const src = readFileSync(new URL('../src/facts/placeholder.ts', import.meta.url), 'utf8');
let n = 0;
for (let k = 0; k < 3; k++) {
  const t0 = process.cpuUsage();
  for (const b of bodies) if (templateReason(b)) n++;
  const t = process.cpuUsage(t0);
  console.log('templateReason ms', ((t.user + t.system) / 1000).toFixed(1), n);
}
