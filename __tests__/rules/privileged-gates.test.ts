// OSPS-BR-01.03 with an environment in front of a privileged checkout: the environment's required
// reviewers are read from the GitHub API (a loopback fake), and decide whether the finding fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine.ts';
import { FakeGitHub } from '../github/fake-github.ts';
import { makeRepo } from '../helpers/repo.ts';

const WORKFLOW = '.github/workflows/preview-files.yml';
const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'osps-br-01-03', 'unknown-environment-gate-offline', WORKFLOW), 'utf8');

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await FakeGitHub.start();
});
afterAll(async () => {
  await fake.close();
});

async function br0103(environment: { status?: number; body: unknown }) {
  fake.override(fake.repoPath('/environments/external-contributors'), environment);
  const r = makeRepo({ [WORKFLOW]: text, 'README.md': '# demo\n' });
  try {
    const { result } = await evaluate(r.root, { level: 3, offline: false, token: 'test-token', repository: `${fake.state.owner}/${fake.state.repo}`, apiUrl: fake.baseUrl, defaultBranch: 'main' });
    const c = result.controls.find((x) => x.id === 'OSPS-BR-01.03');
    if (!c) throw new Error('no OSPS-BR-01.03');
    return c;
  } finally {
    r.cleanup();
  }
}

describe('OSPS-BR-01.03: an environment gate, decided with the API', () => {
  it('passes when the environment requires reviewers, naming the gate and its line', async () => {
    const c = await br0103({ body: { id: 1, name: 'external-contributors', protection_rules: [{ id: 2, type: 'required_reviewers', reviewers: [{ type: 'Team', reviewer: { slug: 'maintainers' } }] }] } });
    expect(c.status).toBe('pass');
    const details = c.evidence.map((e) => `${e.path}:${e.line} ${e.detail}`).join('\n');
    expect(details).toContain('requires 1 reviewer(s) to approve each run (GitHub API): the gate');
    expect(details).toContain(`${WORKFLOW}:9 mitigation for ${WORKFLOW}:13: environment "external-contributors"`);
  });

  it('fails when the environment requires no reviewers, or does not exist', async () => {
    const none = await br0103({ body: { id: 1, name: 'external-contributors', protection_rules: [{ id: 3, type: 'wait_timer', wait_timer: 1 }] } });
    expect(none.status).toBe('fail');
    expect(none.evidence.map((e) => e.detail).join('\n')).toContain('requires no reviewers (GitHub API): no gate');
    const missing = await br0103({ status: 404, body: { message: 'Not Found' } });
    expect(missing.status).toBe('fail');
    expect(missing.evidence.map((e) => e.detail).join('\n')).toContain('does not exist yet');
  });

  it('is unknown when the token may not read the environment, saying what would decide it', async () => {
    const c = await br0103({ status: 403, body: { message: 'Resource not accessible by integration' } });
    expect(c.status).toBe('unknown');
    expect(c.evidence.map((e) => e.detail).join('\n')).toMatch(/whether environment "external-contributors" requires reviewers, which would gate .*preview-files\.yml:13, could not be read from the GitHub API: token lacks permission \(HTTP 403\): needs actions: read/);
  });
});

describe('OSPS-BR-01.03: an environment chosen by an expression', () => {
  it('is not asked about by name; unknown, saying to check it by hand', async () => {
    const dynamic = text.replace('environment: external-contributors', "environment: ${{ github.event.pull_request.head.repo.fork && 'external' || 'internal' }}");
    const r = makeRepo({ [WORKFLOW]: dynamic, 'README.md': '# demo\n' });
    try {
      const before = fake.requests.length;
      const { result } = await evaluate(r.root, { level: 3, offline: false, token: 'test-token', repository: `${fake.state.owner}/${fake.state.repo}`, apiUrl: fake.baseUrl, defaultBranch: 'main' });
      const c = result.controls.find((x) => x.id === 'OSPS-BR-01.03');
      expect(c?.status).toBe('unknown');
      expect(c?.evidence.map((e) => e.detail).join('\n')).toContain('chosen by an expression');
      expect(fake.requests.slice(before).some((q) => q.route.includes('/environments/'))).toBe(false);
    } finally {
      r.cleanup();
    }
  });
});
