// The whole run's time budget: a stalled GitHub API or a stalled git cannot hold the run past it;
// what was not read by then is unknown with the reason, and every report is still written.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../src/engine.ts';
import { toMarkdown } from '../src/reporters/markdown.ts';
import { toSarif } from '../src/reporters/sarif.ts';
import { gitProcessesLeftIn, HAS_PROC, mkfifo } from './helpers/hostile.ts';
import { makeRepo, type TempRepo } from './helpers/repo.ts';
import { ACTION_SOURCE, runActionAsync } from './helpers/run-dist.ts';
import { resultValidator } from './helpers/schemas.ts';

/** A GitHub API that accepts every request and never answers. */
let api: Server;
let apiUrl = '';
const sockets = new Set<import('node:net').Socket>();
beforeAll(async () => {
  api = createServer(() => {});
  api.on('connection', (s) => sockets.add(s));
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
});
afterAll(() => {
  for (const s of sockets) s.destroy();
  api.close();
});

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()?.cleanup();
});
function repo(files: Record<string, string> = { 'README.md': '# Demo\n\nA demo project.\n', 'SECURITY.md': '# Security\n\nMail security@example.org.\n' }) {
  const r = makeRepo(files, { git: true, remote: 'https://github.com/example/demo.git' });
  repos.push(r);
  return r.root;
}

describe('time limit', () => {
  it('a GitHub API that never answers: the run ends at the limit, API requirements unknown with the reason, reports valid', async () => {
    const root = repo();
    const started = Date.now();
    const { result, facts } = await evaluate(root, { offline: false, token: 'test-token', repository: 'example/demo', apiUrl, timeLimitSeconds: 2, level: 3 });
    const ms = Date.now() - started;
    // Each API request alone would wait 10 s, three times, before giving up.
    expect(ms).toBeLessThan(8_000);
    expect(facts.gaps?.github).toEqual({ kind: 'unread', reason: 'time limit of 2 s reached before the GitHub API answered' });
    // Local facts were read in time: they keep their verdicts.
    expect(facts.gaps?.documents).toBeUndefined();
    const reason = /time limit of 2 s reached before the GitHub API answered/;
    const ac = result.controls.find((c) => c.id === 'OSPS-AC-03.01');
    expect(ac?.status).toBe('unknown');
    expect(ac?.evidence.some((e) => reason.test(e.detail))).toBe(true);
    expect(result.notes[0].detail).toMatch(reason);
    expect(resultValidator()(result)).toBe(true);
    expect(toMarkdown(result)).toMatch(reason);
    expect(JSON.stringify(toSarif(result, { unknownAsNotes: true }))).toMatch(reason);
  }, 30_000);

  it.skipIf(!HAS_PROC)('a git that stalls (a FIFO .gitignore no check finds): killed at the limit, nothing decided on unread facts', async () => {
    const root = repo();
    mkdirSync(join(root, 'newdir'));
    writeFileSync(join(root, 'newdir', 'file.txt'), 'x\n');
    mkfifo(join(root, 'newdir', '.gitignore'));
    const started = Date.now();
    const { result, facts } = await evaluate(root, { offline: true, timeLimitSeconds: 2 });
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(await gitProcessesLeftIn(root)).toEqual([]);
    // The tracked files were listed; the untracked listing was stopped, and said so.
    expect(facts.files.map((f) => f.path)).toEqual(['README.md', 'SECURITY.md']);
    expect(facts.notes.some((n) => /untracked files were not listed: the run was stopped first/.test(n.detail))).toBe(true);
    expect(facts.gaps?.secrets?.kind).toBe('unread');
    // Nothing passes on facts that were never read.
    for (const c of result.controls) {
      if (c.status === 'unknown') continue;
      expect(c.evidence.some((e) => /not decided/.test(e.detail))).toBe(false);
    }
    const br07 = result.controls.find((c) => c.id === 'OSPS-BR-07.01');
    expect(br07?.status).toBe('unknown');
    expect(br07?.evidence[0].detail).toMatch(/time limit of 2 s reached before/);
    expect(resultValidator()(result)).toBe(true);
  }, 30_000);

  it('the action: time-limit input, a warning, and the summary, SARIF and result still written', async () => {
    const ws = repo();
    const r = await runActionAsync(ws, { 'github-token': 'test-token', 'time-limit': '2' }, { GITHUB_API_URL: apiUrl }, ACTION_SOURCE);
    expect(r.code).toBe(0);
    // The warning names the first fact left unread: on a loaded machine that can be a local one.
    expect(r.stdout).toMatch(/::warning::time limit of 2 s reached before /);
    expect(r.summary).toMatch(/time limit of 2 s reached/);
    const result = JSON.parse(readFileSync(r.outputs['result-file'], 'utf8'));
    // The hanging API is among what was not read, whatever else the budget cut.
    expect(result.notes.some((n: { detail: string }) => n.detail.includes('the GitHub API answered'))).toBe(true);
    expect(resultValidator()(result)).toBe(true);
    expect(JSON.parse(readFileSync(r.outputs['sarif-file'], 'utf8')).version).toBe('2.1.0');
    const bad = await runActionAsync(ws, { 'github-token': '', 'time-limit': 'soon' }, {}, ACTION_SOURCE);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('::error::time-limit must be a number of seconds');
  }, 60_000);
});
