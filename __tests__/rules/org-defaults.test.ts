// Default community health files from the owner's .github repository, read through the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine.ts';
import type { Level } from '../../src/catalog/catalog.ts';
import type { ControlResult } from '../../src/result/types.ts';
import { FakeGitHub } from '../github/fake-github.ts';
import { makeRepo, type Tree } from '../helpers/repo.ts';

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await FakeGitHub.start();
});
afterAll(async () => {
  await fake.close();
});

async function controls(files: Tree, orgPaths: string[] | null, level: Level = 1): Promise<Record<string, ControlResult>> {
  fake.state.orgHealthPaths = orgPaths;
  const r = makeRepo(files);
  try {
    const { result } = await evaluate(r.root, { level, offline: false, token: 'test-token', repository: `${fake.state.owner}/${fake.state.repo}`, apiUrl: fake.baseUrl, defaultBranch: 'main' });
    return Object.fromEntries(result.controls.map((c) => [c.id, c]));
  } finally {
    r.cleanup();
  }
}

describe("the owner's default community health files", () => {
  it('count for a repository without its own: bug template passes, SECURITY.md and CONTRIBUTING.md are attested with a link', async () => {
    const c = await controls({ 'README.md': '# demo\n' }, ['SECURITY.md', '.github/CONTRIBUTING.md', '.github/ISSUE_TEMPLATE/bug_report.yml', '.github/ISSUE_TEMPLATE/feature.yml', 'profile/README.md']);
    expect(c['OSPS-DO-02.01'].status).toBe('pass');
    expect(c['OSPS-DO-02.01'].evidence.map((e) => e.url)).toEqual(['https://github.com/octo-org/.github/blob/HEAD/.github/ISSUE_TEMPLATE/bug_report.yml']);
    expect(c['OSPS-VM-02.01'].status).toBe('attested');
    expect(c['OSPS-VM-02.01'].evidence[0]).toMatchObject({ kind: 'api', url: 'https://github.com/octo-org/.github/blob/HEAD/SECURITY.md' });
    expect(c['OSPS-GV-03.01'].status).toBe('attested');
  });

  it("the owner's default SECURITY.md is the disclosure policy a repository without its own has (notation, httpx, axios): attested, unknown when unread", async () => {
    const c = await controls({ 'README.md': '# demo\n' }, ['SECURITY.md'], 2);
    expect(c['OSPS-VM-01.01'].status).toBe('attested');
    expect(c['OSPS-VM-01.01'].evidence[0]).toMatchObject({ kind: 'api', url: 'https://github.com/octo-org/.github/blob/HEAD/SECURITY.md' });
    const none = await controls({ 'README.md': '# demo\n' }, null, 2);
    expect(none['OSPS-VM-01.01'].status).toBe('fail');
    const r = makeRepo({ 'README.md': '# demo\n' });
    try {
      const { result } = await evaluate(r.root, { level: 2, offline: true });
      const vm = result.controls.find((x) => x.id === 'OSPS-VM-01.01');
      expect(vm?.status).toBe('unknown');
      expect(vm?.evidence.map((e) => e.detail).join(' ')).toMatch(/owner's default SECURITY\.md .* was not read \(offline run\)/);
    } finally {
      r.cleanup();
    }
  });

  it('do not count when the repository has issue template files of its own, or when the owner has no .github repository', async () => {
    const own = await controls({ 'README.md': '# demo\n', '.github/ISSUE_TEMPLATE/config.yml': 'blank_issues_enabled: false\n' }, ['.github/ISSUE_TEMPLATE/bug_report.yml']);
    expect(own['OSPS-DO-02.01'].status).not.toBe('pass');
    const none = await controls({ 'README.md': '# demo\n' }, null);
    expect(none['OSPS-VM-02.01'].status).toBe('fail');
    expect(none['OSPS-GV-03.01'].status).toBe('fail');
  });

  it('leave the verdict unknown, not fail, when the owner\'s .github repository could not be read', async () => {
    const denied = await FakeGitHub.start();
    const r = makeRepo({ 'README.md': '# demo\n' });
    try {
      denied.override('/repos/octo-org/.github/git/trees/HEAD', { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } });
      const { result } = await evaluate(r.root, { level: 1, offline: false, token: 'test-token', repository: 'octo-org/demo', apiUrl: denied.baseUrl, defaultBranch: 'main' });
      const c = Object.fromEntries(result.controls.map((x) => [x.id, x]));
      for (const id of ['OSPS-VM-02.01', 'OSPS-DO-02.01', 'OSPS-GV-03.01']) {
        expect(c[id].status, id).toBe('unknown');
        expect(c[id].evidence.map((e) => e.detail).join(' '), id).toMatch(/owner's default .* \(from octo-org\/\.github\) .* was not read \(token lacks permission \(HTTP 403\)/);
      }
    } finally {
      r.cleanup();
      await denied.close();
    }
  });

  it('an empty .github repository (GitHub answers 409) holds no defaults', async () => {
    const empty = await FakeGitHub.start();
    const r = makeRepo({ 'README.md': '# demo\n' });
    try {
      empty.override('/repos/octo-org/.github/git/trees/HEAD', { status: 409, body: { message: 'Git Repository is empty.', documentation_url: 'https://docs.github.com/rest/git/trees#get-a-tree', status: '409' } });
      const { result } = await evaluate(r.root, { level: 1, offline: false, token: 'test-token', repository: 'octo-org/demo', apiUrl: empty.baseUrl, defaultBranch: 'main' });
      const c = Object.fromEntries(result.controls.map((x) => [x.id, x]));
      expect(c['OSPS-VM-02.01'].status).toBe('fail');
      expect(c['OSPS-GV-03.01'].status).toBe('fail');
    } finally {
      r.cleanup();
      await empty.close();
    }
  });

  it("the owner's default GOVERNANCE.md is the governance a repository without its own has: GV-01.02 and GV-04.01 attested, not failed", async () => {
    const c = await controls({ 'README.md': '# demo\n' }, ['GOVERNANCE.md', 'SECURITY.md'], 3);
    for (const id of ['OSPS-GV-01.02', 'OSPS-GV-04.01']) {
      expect(c[id].status, id).toBe('attested');
      expect(c[id].evidence[0], id).toMatchObject({ kind: 'api', url: 'https://github.com/octo-org/.github/blob/HEAD/GOVERNANCE.md' });
    }
    // Without one there, or with a GOVERNANCE.md of its own that says nothing on roles, the fail stands.
    const none = await controls({ 'README.md': '# demo\n' }, ['SECURITY.md'], 3);
    expect(none['OSPS-GV-01.02'].status).toBe('fail');
    const own = await controls({ 'GOVERNANCE.md': '# Governance\n\nDecisions are made in the open, on the issue tracker, by lazy consensus.\n' }, ['GOVERNANCE.md'], 3);
    expect(own['OSPS-GV-01.02'].status).toBe('fail');
  });

  it("the owner's default CONTRIBUTING.md may say how the tests run (QA-06.02), as it may state the test policy (QA-06.03): attested, unknown when unread, not failed", async () => {
    const c = await controls({ 'README.md': '# demo\n' }, ['.github/CONTRIBUTING.md'], 3);
    for (const id of ['OSPS-QA-06.02', 'OSPS-QA-06.03']) {
      expect(c[id].status, id).toBe('attested');
      expect(c[id].evidence[0], id).toMatchObject({ kind: 'api', url: 'https://github.com/octo-org/.github/blob/HEAD/.github/CONTRIBUTING.md' });
    }
    const none = await controls({ 'README.md': '# demo\n' }, ['SECURITY.md'], 3);
    expect(none['OSPS-QA-06.02'].status).toBe('fail');
    const r = makeRepo({ 'README.md': '# demo\n' });
    try {
      const { result } = await evaluate(r.root, { level: 3, offline: true });
      const qa = result.controls.find((x) => x.id === 'OSPS-QA-06.02');
      expect(qa?.status).toBe('unknown');
      expect(qa?.evidence.map((e) => e.detail).join(' ')).toMatch(/owner's default CONTRIBUTING\.md .* was not read \(offline run\)/);
    } finally {
      r.cleanup();
    }
  });

  it('never override a repository file of its own', async () => {
    const c = await controls({ 'SECURITY.md': '# Security\n\nWrite to security@acme.dev.\n' }, ['SECURITY.md']);
    expect(c['OSPS-VM-02.01'].status).toBe('pass');
    expect(c['OSPS-VM-02.01'].evidence[0].path).toBe('SECURITY.md');
  });
});
