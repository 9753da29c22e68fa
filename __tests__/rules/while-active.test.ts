// "While active" requirements are not applicable when Security Insights repository.status says the
// repository is no longer active (inactive, abandoned, suspended, unsupported, moved).
import { afterEach, describe, expect, it } from 'vitest';
import { RULES, WHILE_ACTIVE } from '../../src/rules/index.ts';
import { cleanupRepos, control, details, insights } from './fixtures-acbrqa/helpers.ts';

afterEach(cleanupRepos);

describe('"While active" requirements of a repository that is not active', () => {
  it.each(['abandoned', 'inactive', 'moved', 'suspended', 'unsupported'])('are not applicable when repository.status is %s, citing the field', async (status) => {
    const c = await control({ 'README.md': '# Demo\n', 'security-insights.yml': insights({ repository: { status } }) }, 'OSPS-VM-01.01');
    expect(c.status).toBe('not-applicable');
    expect(c.evidence[0]).toMatchObject({ kind: 'security-insights', detail: expect.stringContaining(`"${status}"`) });
    expect(details(c)).toMatch(/applies only while a project is active/);
  });
  it('still apply while active, in development (WIP) or a concept', async () => {
    for (const status of ['active', 'WIP', 'concept']) {
      const c = await control({ 'README.md': '# Demo\n', 'security-insights.yml': insights({ repository: { status } }) }, 'OSPS-VM-01.01');
      // Decided as ever: offline, the owner's default SECURITY.md (which GitHub shows here) is not read.
      expect(c.status, status).toBe('unknown');
    }
  });
  it('leave other requirements alone', async () => {
    const c = await control({ 'README.md': '# Demo\n', 'security-insights.yml': insights({ repository: { status: 'abandoned' } }) }, 'OSPS-BR-07.02');
    expect(c.status).toBe('fail');
  });
  it('cover exactly the 26 requirements that begin "While active", each with a rule', () => {
    expect(WHILE_ACTIVE.size).toBe(26);
    const ids = new Set(RULES.map((r) => r.id));
    expect([...WHILE_ACTIVE].filter((id) => !ids.has(id))).toEqual([]);
    expect([...WHILE_ACTIVE].some((id) => id.startsWith('OSPS-AC-'))).toBe(false);
  });
});
