// The hostile-tree suite: a checkout (and a plain folder) holding symlink escapes and loops,
// FIFOs, sparse multi-GiB files, YAML alias bombs, deep nesting, names that are not UTF-8 or hold
// control characters, and 50,000 workflows. The evaluation must finish well inside its time
// limit, open nothing outside the tree (a canary FIFO there sees any open), report nothing from
// outside, leave no git behind, and still write a valid result, SARIF and summary.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate } from '../src/engine.ts';
import { toMarkdown } from '../src/reporters/markdown.ts';
import { toSarif } from '../src/reporters/sarif.ts';
import { gitProcessesIn, HAS_STRACE, STRACE_FILTER } from './helpers/hostile.ts';
import { buildHostileTree, type HostileTree } from './helpers/hostile-tree.ts';
import { resultValidator, sarifValidator } from './helpers/schemas.ts';
import { BASE62, randomFrom } from './repo-facts/helpers.ts';

const REPO_ROOT = join(import.meta.dirname, '..');
const trees: HostileTree[] = [];
afterAll(async () => {
  // Removed concurrently: 50,000 workflow files take a while to unlink.
  await Promise.all(trees.map(async (t) => {
    t.canary.stop();
    await Promise.all([rm(t.root, { recursive: true, force: true }), rm(t.outside, { recursive: true, force: true })]);
  }));
}, 180_000);

const suiteStarted = Date.now();
afterAll(() => console.log(`hostile-tree suite: ${((Date.now() - suiteStarted) / 1000).toFixed(1)} s`));

for (const git of [true, false]) {
  describe(git ? 'a hostile git checkout' : 'a hostile plain folder', () => {
    it('is evaluated in bounded time, opens nothing outside, reports nothing from outside, and writes valid reports', async () => {
      const t0 = Date.now();
      // 50,000 workflows in the checkout; the plain folder's walk is the same code either way.
      const tree = buildHostileTree({ git, workflows: git ? 50_000 : 2_500, token: 'gh' + 'p_' + randomFrom(BASE62, 36) });
      trees.push(tree);
      const built = Date.now() - t0;
      const started = Date.now();
      const { result, facts } = await evaluate(tree.root, { offline: true, level: 3, timeLimitSeconds: 60 });
      const ms = Date.now() - started;
      console.log(`${git ? 'git checkout' : 'plain folder'}: built in ${(built / 1000).toFixed(1)} s, evaluated in ${(ms / 1000).toFixed(1)} s`);

      // Nothing outside the tree was opened, and nothing from there reported. The canary sees a
      // blocking open (git's); our own reads open without blocking and refuse a symlink out
      // before opening, which the notes below show (and strace, where installed, confirms).
      expect(tree.canary.stop()).toBe(false);
      expect(facts.secrets.findings.filter((f) => /escape/.test(f.path))).toEqual([]);
      expect(JSON.stringify(result)).not.toContain(tree.outsideSecret);
      expect(JSON.stringify(result)).not.toContain('outside@example.org');
      expect(gitProcessesIn(tree.root)).toEqual([]);
      // Finished on its own, well inside the limit: nothing was cut short by it.
      expect(ms).toBeLessThan(45_000);
      expect(Object.values(facts.gaps ?? {}).filter((g) => g?.kind === 'unread')).toEqual([]);

      // What was refused is said, in the notes and the workflow facts.
      const notes = facts.notes.map((n) => `${n.path}: ${n.detail}`).join('\n');
      for (const escape of ['docs/escape.md', 'GOVERNANCE.md'])
        expect(notes).toMatch(new RegExp(`^${escape.replace(/\./g, '\\.')}: symlink to a target outside the repository; not followed$`, 'm'));
      expect(notes).toMatch(/README\.txt: skipped: 4\.0 GiB is over the/);
      expect(facts.workflows.parseErrors.some((e) => new RegExp(`only the first 2000 of ${git ? '5000' : '250'}\\d workflow files were read`).test(e.message))).toBe(true);
      expect(facts.files.some((f) => f.path === 'bad\\xff\\xfe.md')).toBe(true);
      if (git) {
        expect(facts.listing).toBe('git');
        expect(facts.history).toBe('available');
      } else {
        expect(facts.listing).toBe('walk');
      }

      // The reports are whole and valid.
      const validate = resultValidator();
      expect(validate(result), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      const sarif = toSarif(result, { unknownAsNotes: true });
      const sarifValid = sarifValidator();
      if (sarifValid) expect(sarifValid(sarif), JSON.stringify(sarifValid.errors?.slice(0, 3))).toBe(true);
      expect(toMarkdown(result)).toMatch(/Level 3/);
    }, 120_000);
  });
}

describe.skipIf(!HAS_STRACE)('strace on the hostile checkout', () => {
  it('the command line opens no path outside the tree', () => {
    const tree = buildHostileTree({ git: true, workflows: 500, token: 'gh' + 'p_' + randomFrom(BASE62, 36) });
    trees.push(tree);
    const trace = `${tree.outside}.trace`;
    try {
      const r = spawnSync('strace', [...STRACE_FILTER, '-f', '-qq', '-e', 'trace=open,openat,openat2', '-o', trace, process.execPath, join(REPO_ROOT, 'src', 'cli.ts'), 'evaluate', tree.root, '--offline', '--format', 'json', '--time-limit', '90'], { encoding: 'utf8', timeout: 150_000, maxBuffer: 64 * 1024 * 1024 });
      expect(r.status).toBe(0);
      const opened = readFileSync(trace, 'utf8').split('\n').filter((l) => l.includes(tree.outside) && !/ENOENT/.test(l));
      expect(opened).toEqual([]);
    } finally {
      rmSync(trace, { force: true });
    }
  }, 180_000);
});
