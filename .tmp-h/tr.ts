import { readFileSync } from 'node:fs';
import { TestRunResolver } from '../src/facts/workflows/test-runs.ts';
const r = new TestRunResolver({ read: (p) => { try { return readFileSync('/tmp/real/express/' + p, 'utf8'); } catch { return null; } } });
console.log(JSON.stringify(r.line('npm run test-ci', '')));
console.log(JSON.stringify(r.line('npm test', '')));
console.log(JSON.stringify(r.line('nyc --exclude examples --exclude test --exclude benchmarks --reporter=lcovonly --reporter=text npm test', '')));
