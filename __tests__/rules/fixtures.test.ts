// Fixture folders: __tests__/fixtures/<rule file name>/<status>-<what it shows>/ holds the files of a
// small repository; it is evaluated offline at Level 3 and the rule must give the status the folder
// name starts with (pass, fail, attested, unknown, not-applicable). It is a git checkout with one
// commit, as a project's is; an optional _case.json sets { "git": false } for a plain folder or
// { "tag": "v1.0.0" } for a checkout with a release tag, { "releasesRead": true } to evaluate against
// a fake GitHub API whose releases are read (their notes say nothing of the fixture's subject). A file
// named `<name>.hex` is written as `<name>` with its hexadecimal text decoded (whitespace and
// `#` comments ignored): binary cases stay reviewable text in this repository.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine.ts';
import { STATUSES } from '../../src/model/evidence.ts';
import { FakeGitHub } from '../github/fake-github.ts';
import { makeRepo, type TempRepo, type Tree } from '../helpers/repo.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()?.cleanup();
});

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await FakeGitHub.start();
});
afterAll(async () => {
  await fake.close();
});

function tree(dir: string): Tree {
  const out: Tree = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (!(d === dir && e === '_case.json')) {
        const rel = relative(dir, p).split('\\').join('/');
        if (rel.endsWith('.hex')) out[rel.slice(0, -4)] = fromHex(readFileSync(p, 'utf8'));
        else out[rel] = readFileSync(p);
      }
    }
  };
  walk(dir);
  return out;
}

/** Bytes from hexadecimal text; `#` starts a comment to the end of the line. */
function fromHex(text: string): Buffer {
  const hex = text
    .split('\n')
    .map((l) => l.split('#')[0])
    .join('')
    .replace(/\s+/g, '');
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(hex)) throw new Error('a .hex fixture holds something other than pairs of hexadecimal digits');
  return Buffer.from(hex, 'hex');
}

const cases = readdirSync(FIXTURES).flatMap((rule) =>
  readdirSync(join(FIXTURES, rule)).map((name) => ({ rule, name, dir: join(FIXTURES, rule, name) })),
);
const idOf = (rule: string) => rule.toUpperCase().replace(/^(OSPS-[A-Z]{2}-\d\d)-(\d\d)$/, '$1.$2');
const statusOf = (name: string) => [...STATUSES].sort((a, b) => b.length - a.length).find((s) => name.startsWith(`${s}-`));

describe('rule fixture folders', () => {
  it('exist, and each case folder names the status it expects', () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(statusOf(c.name), `${c.rule}/${c.name}`).toBeDefined();
  });

  it.each(cases.map((c) => [`${c.rule}/${c.name}`, c] as const))('%s', async (_name, c) => {
    const opts = (() => {
      try {
        return JSON.parse(readFileSync(join(c.dir, '_case.json'), 'utf8')) as { git?: boolean; tag?: string; releasesRead?: boolean };
      } catch {
        return {};
      }
    })();
    const r = makeRepo(tree(c.dir), { git: opts.git !== false, tag: opts.tag });
    repos.push(r);
    const { result } = opts.releasesRead
      ? await evaluate(r.root, { level: 3, offline: false, token: 'test-token', repository: `${fake.state.owner}/${fake.state.repo}`, apiUrl: fake.baseUrl, defaultBranch: 'main' })
      : await evaluate(r.root, { level: 3, offline: true, repository: 'octo-org/demo' });
    const control = result.controls.find((x) => x.id === idOf(c.rule));
    expect(control, idOf(c.rule)).toBeDefined();
    expect(control?.status, control?.evidence.map((e) => e.detail).join('\n')).toBe(statusOf(c.name));
  });
});
