// A folder that is not a git checkout, or holds no files, is evaluated with a warning, and nothing
// passes on "0 of 0 files": requirements that rest on the file list or on what is in version
// control are unknown, with the reason. A checkout evaluated as usual keeps its verdicts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from '../src/engine.ts';
import { runWarnings } from '../src/facts/gaps.ts';
import { makeRepo, type TempRepo } from './helpers/repo.ts';
import { BASE62, randomFrom } from './repo-facts/helpers.ts';
import { ACTION_SOURCE, runAction } from './helpers/run-dist.ts';
import { resultValidator } from './helpers/schemas.ts';
import { tinyElf } from './helpers/binaries.ts';

const REPO_ROOT = join(import.meta.dirname, '..');
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});
function tree(files: Record<string, string | Buffer>, git = false): TempRepo {
  const r = makeRepo(files, { git });
  cleanups.push(r.cleanup);
  return r;
}
const status = (controls: { id: string; status: string }[], id: string) => controls.find((c) => c.id === id)?.status;
/** Requirements that pass on absence: no executables, no binaries, no secrets, no CI pipelines, no dependencies. */
const ABSENCE = ['OSPS-QA-05.01', 'OSPS-QA-05.02', 'OSPS-BR-07.01', 'OSPS-AC-04.01', 'OSPS-BR-01.01', 'OSPS-QA-02.01', 'OSPS-BR-05.01'];

describe('not a repository', () => {
  it('an empty folder: a warning, and nothing passes or is not-applicable on an empty file list', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slam-empty-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const { result, facts } = await evaluate(dir, { offline: true, level: 3 });
    expect(facts.listing).toBe('empty');
    expect(facts.history).toBe('none');
    expect(runWarnings(facts)[0]).toMatch(/holds no files/);
    expect(result.notes[0].detail).toMatch(/holds no files/);
    for (const id of ABSENCE) expect([id, status(result.controls, id)]).toEqual([id, 'unknown']);
    expect(result.controls.filter((c) => c.status === 'pass' || c.status === 'not-applicable').map((c) => c.id)).toEqual([]);
    expect(resultValidator()(result)).toBe(true);
  });

  it('a folder with files but no git: what is in version control is unknown; a secret found still fails', async () => {
    const plain = tree({ 'README.md': '# Demo\n', 'tool.bin': tinyElf() });
    const { result, facts } = await evaluate(plain.root, { offline: true, level: 3 });
    expect(facts.listing).toBe('walk');
    expect(facts.history).toBe('none');
    expect(runWarnings(facts)[0]).toMatch(/is not a git checkout/);
    expect(status(result.controls, 'OSPS-BR-07.01')).toBe('unknown');
    const br07 = result.controls.find((c) => c.id === 'OSPS-BR-07.01');
    expect(br07?.evidence.at(-1)?.detail).toMatch(/not decided: the folder is not a git checkout/);
    // A finding is evidence wherever it was read: a fail stays a fail.
    expect(status(result.controls, 'OSPS-QA-05.01')).toBe('fail');
    const token = 'gh' + 'p_' + randomFrom(BASE62, 36);
    const leaky = tree({ 'README.md': '# Demo\n', 'src/app.js': `const t = "${token}";\n` });
    const leak = await evaluate(leaky.root, { offline: true });
    expect(status(leak.result.controls, 'OSPS-BR-07.01')).toBe('fail');
  });

  it('near miss: a git checkout keeps its passes and gets no warning', async () => {
    const r = tree({ 'README.md': '# Demo\n' }, true);
    const { result, facts } = await evaluate(r.root, { offline: true, level: 3 });
    expect(facts.listing).toBe('git');
    expect(facts.history).toBe('available');
    expect(facts.gaps).toEqual({});
    expect(runWarnings(facts)).toEqual([]);
    expect(status(result.controls, 'OSPS-QA-05.01')).toBe('pass');
    expect(status(result.controls, 'OSPS-BR-07.01')).toBe('pass');
  });

  it('the command line warns on standard error', () => {
    const plain = tree({ 'README.md': '# Demo\n' });
    const r = spawnSync(process.execPath, [join(REPO_ROOT, 'src', 'cli.ts'), 'evaluate', plain.root, '--offline'], { encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '' }, timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^warning: .* is not a git checkout/m);
    const bad = spawnSync(process.execPath, [join(REPO_ROOT, 'src', 'cli.ts'), 'evaluate', plain.root, '--offline', '--time-limit', '0'], { encoding: 'utf8', timeout: 60_000 });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--time-limit must be a number of seconds/);
  }, 60_000);
});

describe('the action', () => {
  it('warns when path resolves outside the workspace, and when it is not a git checkout', () => {
    const ws = tree({ 'README.md': '# Workspace\n' }, true);
    const elsewhere = tree({ 'README.md': '# Elsewhere\n' });
    const r = runAction(ws.root, { 'github-token': '', offline: 'true', path: elsewhere.root }, {}, ACTION_SOURCE);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning::path ".*" resolves to .*, outside the workspace/);
    expect(r.stdout).toMatch(/::warning::.* is not a git checkout/);
    const inside = runAction(ws.root, { 'github-token': '', offline: 'true', path: '.' }, {}, ACTION_SOURCE);
    expect(inside.stdout).not.toMatch(/::warning::path/);
    expect(inside.stdout).not.toMatch(/not a git checkout/);
    const dotdot = runAction(ws.root, { 'github-token': '', offline: 'true', path: '../' + elsewhere.root.split('/').pop() }, {}, ACTION_SOURCE);
    expect(dotdot.stdout).toMatch(/::warning::path "\.\.\/.*" resolves to .*, outside the workspace/);
  }, 120_000);
});
