import { describe, expect, it } from 'vitest';
import { evaluateChronicler, isChroniclerRequirement } from '../../src/objectives/chronicler.ts';
import { BLOB, evaluateTree, makeControls, securityInsights, withControls } from './helpers.ts';

const DOCS = {
  'README.md': '# r\n\nA tool.\n',
  'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request against main; a maintainer reviews it within a week. Run the tests first.\n',
  'SECURITY.md': '# Security policy\n\n## Reporting a vulnerability\n\nE-mail security@acme.dev; we answer within three days and coordinate disclosure with you.\n',
};

describe('Chronicler objective', () => {
  it('which requirements it covers', () => {
    expect(['OSPS-DO-01.01', 'OSPS-GV-03.02', 'OSPS-VM-01.01', 'OSPS-VM-03.01', 'OSPS-GV-01.02'].every(isChroniclerRequirement)).toBe(true);
    expect(['OSPS-GV-02.01', 'OSPS-VM-04.01', 'OSPS-AC-01.01'].some(isChroniclerRequirement)).toBe(false);
  });

  it('met: every document is there and Security Insights links each one it has a field for', async () => {
    const si = securityInsights({ documentation: { 'contributing-guide': `${BLOB}/CONTRIBUTING.md`, 'security-policy': `${BLOB}/SECURITY.md` }, projectDocumentation: { 'detailed-guide': 'https://r.acme.dev/docs' } });
    const { facts } = await evaluateTree({ ...DOCS, 'security-insights.yml': si });
    const controls = makeControls(1, {
      'OSPS-GV-03.01': { status: 'pass', evidence: [{ kind: 'file', path: 'CONTRIBUTING.md', line: 1, detail: 'contribution guide' }] },
      'OSPS-VM-02.01': { status: 'pass', evidence: [{ kind: 'file', path: 'SECURITY.md', line: 1, detail: 'contact' }] },
    });
    const r = evaluateChronicler(facts, controls, 1);
    expect(r.status).toBe('met');
    expect(r.checks.map((c) => c.id)).toEqual(['OSPS-DO-01.01', 'OSPS-DO-02.01', 'OSPS-GV-03.01', 'OSPS-VM-02.01']);
    const gv = r.checks.find((c) => c.id === 'OSPS-GV-03.01');
    expect(gv?.evidence).toContainEqual(expect.objectContaining({ kind: 'security-insights', path: 'security-insights.yml', detail: expect.stringContaining('links to CONTRIBUTING.md') }));
  });

  it('partial: documents present but not linked; each missing link names the Security Insights field', async () => {
    const { facts } = await evaluateTree({ ...DOCS });
    const r = evaluateChronicler(facts, makeControls(2, { 'OSPS-GV-01.01': { status: 'fail' }, 'OSPS-GV-01.02': { status: 'fail' } }), 2);
    expect(r.status).toBe('partial');
    expect(r.missing).toContainEqual(expect.stringContaining('`repository.documentation.contributing-guide`'));
    expect(r.missing).toContainEqual(expect.stringContaining('`repository.documentation.governance`'));
    expect(r.missing).toContainEqual(expect.stringContaining('`project.vulnerability-reporting.policy`'));
    expect(r.missing.find((m) => m.includes('governance'))).toMatch(/GOVERNANCE\.md/);
    // Level 2 adds governance, dependency policy, build-from-source and disclosure requirements.
    expect(r.checks.map((c) => c.id)).toEqual(expect.arrayContaining(['OSPS-GV-01.01', 'OSPS-GV-01.02', 'OSPS-DO-06.01', 'OSPS-DO-07.01', 'OSPS-VM-01.01', 'OSPS-VM-03.01']));
  });

  it("asks for a missing document's link in a 2.x file when the Security Insights file is schema 1.x (kubewarden-controller's SECURITY-INSIGHTS.yml 1.0.0)", async () => {
    const legacy = 'header:\n  schema-version: 1.0.0\n  last-updated: "2024-08-12"\n  last-reviewed: "2023-08-12"\n  expiration-date: "2030-10-01T01:00:00.000Z"\n  project-url: https://github.com/o/r\nproject-lifecycle:\n  status: active\n  bug-fixes-only: false\n';
    const { facts } = await evaluateTree({ ...DOCS, 'SECURITY-INSIGHTS.yml': legacy });
    const r = evaluateChronicler(facts, makeControls(2, { 'OSPS-GV-01.02': { status: 'fail' } }), 2);
    const governance = r.missing.find((m) => m.includes('governance'));
    expect(governance).toMatch(/in a Security Insights 2\.x file \(SECURITY-INSIGHTS\.yml is schema 1\.x\)/);
    expect(r.missing.some((m) => m.endsWith('in SECURITY-INSIGHTS.yml'))).toBe(false);
  });

  it('unmet: no document at all', async () => {
    const { facts } = await evaluateTree({ 'main.c': 'int main(void) { return 0; }\n' });
    const r = evaluateChronicler(facts, makeControls(1, {}, 'fail'), 1);
    expect(r.status).toBe('unmet');
    expect(r.checks.every((c) => c.status === 'fail')).toBe(true);
  });

  it('not applicable counts as met; unknown makes the objective unknown only when nothing fails', async () => {
    const si = securityInsights({ documentation: { 'contributing-guide': `${BLOB}/CONTRIBUTING.md`, 'security-policy': `${BLOB}/SECURITY.md` } });
    const { facts } = await evaluateTree({ ...DOCS, 'security-insights.yml': si });
    const base = makeControls(1, { 'OSPS-DO-01.01': { status: 'not-applicable', evidence: [{ kind: 'note', detail: 'no release yet' }] } });
    expect(evaluateChronicler(facts, base, 1).status).toBe('met');
    const unknown = withControls(base, { 'OSPS-DO-02.01': { status: 'unknown', evidence: [{ kind: 'note', detail: 'offline run' }] } });
    expect(evaluateChronicler(facts, unknown, 1).status).toBe('unknown');
    const failing = withControls(unknown, { 'OSPS-VM-02.01': { status: 'fail' } });
    expect(evaluateChronicler(facts, failing, 1).status).toBe('partial');
  });

  it('an attestation counts only with a link; an unobservable document linked from Security Insights counts', async () => {
    const si = securityInsights({ documentation: { 'contributing-guide': `${BLOB}/CONTRIBUTING.md`, 'security-policy': `${BLOB}/SECURITY.md` }, projectDocumentation: { 'detailed-guide': 'https://r.acme.dev/docs' } });
    const { facts } = await evaluateTree({ ...DOCS, 'security-insights.yml': si });
    const bare = makeControls(1, { 'OSPS-DO-01.01': { status: 'attested', evidence: [{ kind: 'security-insights', path: 'security-insights.yml', detail: 'user guide: declared true' }] } });
    expect(evaluateChronicler(facts, bare, 1).checks.find((c) => c.id === 'OSPS-DO-01.01')?.status).toBe('fail');
    const unknown = makeControls(1, { 'OSPS-DO-01.01': { status: 'unknown' } });
    const c = evaluateChronicler(facts, unknown, 1).checks.find((x) => x.id === 'OSPS-DO-01.01');
    expect(c?.status).toBe('pass');
    expect(c?.evidence.at(-1)?.detail).toContain('https://r.acme.dev/docs');
  });

  it('trap: Security Insights contradicts the documents (links a file that is not there)', async () => {
    const si = securityInsights({ documentation: { 'contributing-guide': `${BLOB}/docs/CONTRIBUTING-old.md`, 'security-policy': `${BLOB}/SECURITY.md` } });
    const { facts } = await evaluateTree({ ...DOCS, 'security-insights.yml': si });
    const r = evaluateChronicler(facts, makeControls(1, { 'OSPS-GV-03.01': { status: 'pass', evidence: [{ kind: 'file', path: 'CONTRIBUTING.md', detail: 'contribution guide' }] } }), 1);
    const gv = r.checks.find((c) => c.id === 'OSPS-GV-03.01');
    expect(gv?.status).toBe('fail');
    expect(gv?.missing).toMatch(/not in the repository, while CONTRIBUTING\.md is; point `repository\.documentation\.contributing-guide` at CONTRIBUTING\.md/);
  });

  it('trap: a "Verify Installation" section is not a guide to verifying releases (Level 3)', async () => {
    const readme = '# r\n\n## Verify Installation\n\nRun `r --version` and check that it prints a version number, then run `r doctor` to see your setup.\n';
    const { facts, result } = await evaluateTree({ ...DOCS, 'README.md': readme }, 3);
    const r = evaluateChronicler(facts, result.controls, 3);
    for (const id of ['OSPS-DO-03.01', 'OSPS-DO-03.02']) expect(r.checks.find((c) => c.id === id)?.status).not.toBe('pass');
    expect(r.status).not.toBe('met');
  });
});
