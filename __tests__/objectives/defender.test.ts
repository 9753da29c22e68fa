import { describe, expect, it } from 'vitest';
import { requirementsAt } from '../../src/catalog/catalog.ts';
import { effortOf, evaluateDefender, evaluateDefenderDetailed } from '../../src/objectives/defender.ts';
import { attestationLink } from '../../src/objectives/helpers.ts';
import { makeControls } from './controls.ts';

describe('Defender objective', () => {
  it('met: every requirement passes, is not applicable, or is attested with a link', () => {
    const controls = makeControls(2, {
      'OSPS-BR-02.01': { status: 'not-applicable', evidence: [{ kind: 'note', detail: 'no release yet' }] },
      'OSPS-AC-01.01': { status: 'attested', evidence: [{ kind: 'security-insights', path: 'security-insights.yml', line: 3, detail: 'MFA: field declares "https://github.com/orgs/o/settings/security"' }] },
      'OSPS-GV-01.01': { status: 'attested', evidence: [{ kind: 'security-insights', path: 'security-insights.yml', line: 9, detail: 'governance: repository.documentation.governance links to GOVERNANCE.md' }] },
    });
    const r = evaluateDefender(controls, 2);
    expect(r.status).toBe('met');
    expect(r.missing).toEqual([]);
    expect(r.checks).toHaveLength(1);
    expect(r.checks[0].evidence[0].detail).toContain(`${requirementsAt(2).length} of ${requirementsAt(2).length}`);
  });

  it('a bare attestation ("true") does not count; a URL or an in-repository document does', () => {
    expect(attestationLink({ evidence: [{ kind: 'security-insights', path: 'security-insights.yml', detail: 'declared in repository.x: true' }] })).toBeNull();
    expect(attestationLink({ evidence: [{ kind: 'api', url: 'https://github.com/o/r/settings', detail: 'settings' }] })).toBe('https://github.com/o/r/settings');
    expect(attestationLink({ evidence: [{ kind: 'file', path: 'docs/mfa.md', detail: 'statement' }] })).toBe('docs/mfa.md');
    const r = evaluateDefender(makeControls(1, { 'OSPS-AC-01.01': { status: 'attested', evidence: [{ kind: 'security-insights', path: 'security-insights.yml', detail: 'MFA: declared in field: true' }] } }), 1);
    expect(r.status).toBe('partial');
    const c = r.checks.find((x) => x.id === 'OSPS-AC-01.01');
    expect(c?.status).toBe('fail');
    expect(c?.missing).toMatch(/bare declaration; link real evidence/);
  });

  it('partial: blockers in order of effort (documentation, settings, CI, releases), unknowns last', () => {
    const controls = makeControls(2, {
      'OSPS-BR-06.01': { status: 'fail', remediation: 'sign releases' },
      'OSPS-AC-04.01': { status: 'fail', remediation: 'declare permissions' },
      'OSPS-AC-03.01': { status: 'fail', remediation: 'add a ruleset' },
      'OSPS-DO-06.01': { status: 'fail', remediation: 'write a dependency policy' },
      'OSPS-QA-01.01': { status: 'unknown' },
    });
    const d = evaluateDefenderDetailed(controls, 2);
    expect(d.result.status).toBe('partial');
    expect(d.blockers.map((b) => b.id)).toEqual(['OSPS-DO-06.01', 'OSPS-AC-03.01', 'OSPS-AC-04.01', 'OSPS-BR-06.01', 'OSPS-QA-01.01']);
    expect(d.blockers.map((b) => b.tier)).toEqual([1, 2, 3, 4, 2]);
    expect(d.result.missing[0]).toMatch(/^OSPS-DO-06\.01 .*write a dependency policy/);
    expect(d.blockers[0].helpUri).toMatch(/^https:\/\//);
    expect(d.result.checks[0]).toMatchObject({ id: 'all-requirements', status: 'fail' });
  });

  it('unknown when the only gaps are unknowns; unmet when nothing is met', () => {
    expect(evaluateDefender(makeControls(1, { 'OSPS-AC-03.01': { status: 'unknown' } }), 1).status).toBe('unknown');
    expect(evaluateDefender(makeControls(1, {}, 'fail'), 1).status).toBe('unmet');
  });

  it('a requirement missing from the result is unknown, not a pass', () => {
    const controls = makeControls(1).filter((c) => c.id !== 'OSPS-LE-03.01');
    const r = evaluateDefender(controls, 1);
    expect(r.status).toBe('unknown');
    expect(r.checks.find((c) => c.id === 'OSPS-LE-03.01')?.status).toBe('unknown');
  });

  it('effort table: every requirement has a tier', () => {
    for (const r of requirementsAt(3)) expect([1, 2, 3, 4]).toContain(effortOf(r.id));
    expect(effortOf('OSPS-VM-05.03')).toBe(3);
    expect(effortOf('OSPS-VM-05.01')).toBe(1);
    expect(effortOf('OSPS-QA-06.01')).toBe(3);
    expect(effortOf('OSPS-QA-06.02')).toBe(1);
  });
});
