import { describe, expect, it } from 'vitest';
import { gatherAssessment } from '../../src/facts/assessment/index.ts';
import type { SelfAssessmentRefInput } from '../../src/facts/assessment/index.ts';
import { evaluateInspector } from '../../src/objectives/inspector.ts';
import { CAPABILITY_CATALOG, COMPLETE_SELF_ASSESSMENT, THREAT_CATALOG, makeRepo } from './helpers.ts';

const REPO = 'https://github.com/acme/widgetd';
const SI = { present: true, path: 'security-insights.yml' };
const at = (value: string, comment = 'Done by the maintainers in 2025.'): SelfAssessmentRefInput => ({ value, comment, path: 'security-insights.yml', line: 40, column: 7 });

function run(files: Record<string, string>, ref?: SelfAssessmentRefInput, si: { present: boolean; path?: string; problem?: string; legacy?: boolean } = SI) {
  const facts = gatherAssessment(makeRepo(files), { selfAssessmentRef: ref, repositoryUrl: REPO });
  return { facts, result: evaluateInspector(facts, si) };
}
const check = (r: ReturnType<typeof evaluateInspector>, id: string) => r.checks.find((c) => c.id === id);

describe('Inspector objective', () => {
  it('met: a complete self-assessment referenced by a relative path', () => {
    const { result } = run({ 'docs/security/self-assessment.md': COMPLETE_SELF_ASSESSMENT }, at('docs/security/self-assessment.md'));
    expect(result.status).toBe('met');
    expect(result.missing).toEqual([]);
    expect(check(result, 'self-assessment')?.status).toBe('pass');
    expect(check(result, 'security-insights-reference')?.status).toBe('pass');
    expect(check(result, 'security-insights-reference')?.evidence[0]).toMatchObject({ kind: 'security-insights', path: 'security-insights.yml', line: 40, column: 7 });
    expect(check(result, 'security-insights-consistent')?.status).toBe('pass');
  });

  it('met: referenced by a GitHub blob URL into this repository, with a slash in the branch name', () => {
    const { result, facts } = run({ 'SECURITY-ASSESSMENT.md': COMPLETE_SELF_ASSESSMENT }, at(`${REPO}/blob/release/v1/SECURITY-ASSESSMENT.md#overview`));
    expect(facts.securityInsights?.target).toEqual({ kind: 'local', path: 'SECURITY-ASSESSMENT.md', exists: true });
    expect(result.status).toBe('met');
  });

  it('met: a file Security Insights points at is analysed even when its name does not say assessment', () => {
    const { result, facts } = run({ 'docs/threat-model.md': COMPLETE_SELF_ASSESSMENT }, at('./docs/threat-model.md'));
    expect(facts.selfAssessments.map((d) => [d.path, d.foundBy])).toEqual([['docs/threat-model.md', ['security-insights']]]);
    expect(result.status).toBe('met');
  });

  it("says a schema 1.x file has no such field, rather than that its entry is missing (kubewarden-controller's SECURITY-INSIGHTS.yml 1.0.0)", () => {
    const { result } = run({ 'docs/security/self-assessment.md': COMPLETE_SELF_ASSESSMENT }, undefined, { present: true, path: 'SECURITY-INSIGHTS.yml', legacy: true });
    const c = check(result, 'security-insights-reference');
    expect(c?.evidence.map((e) => e.detail)).toContain('SECURITY-INSIGHTS.yml is Security Insights schema 1.x, which has no repository.security.assessments.self; its fields are not read');
    expect(result.missing.join(' ')).toMatch(/in a Security Insights 2\.x file \(SECURITY-INSIGHTS\.yml is schema 1\.x\)/);
  });

  it('partial: a complete self-assessment with no Security Insights reference', () => {
    const { result } = run({ 'docs/self-assessment.md': COMPLETE_SELF_ASSESSMENT });
    expect(result.status).toBe('partial');
    expect(check(result, 'assessment-document')?.status).toBe('pass');
    expect(result.missing).toEqual(['reference the assessment from security-insights.yml at repository.security.assessments.self pointing at docs/self-assessment.md']);
    const noFile = evaluateInspector(gatherAssessment(makeRepo({ 'docs/self-assessment.md': COMPLETE_SELF_ASSESSMENT })), { present: false });
    expect(noFile.missing[0]).toMatch(/^add security-insights.yml with repository.security.assessments.self pointing at docs\/self-assessment.md/);
  });

  it('not met: a self-assessment that is only a table of contents', () => {
    const toc = '# Self-assessment\n\n## Table of contents\n\n* [Metadata](#metadata)\n* [Overview](#overview)\n* [Actors](#actors)\n* [Appendix](#appendix)\n';
    const { result } = run({ 'self-assessment.md': toc }, at('self-assessment.md'));
    expect(result.status).toBe('partial');
    expect(check(result, 'assessment-document')?.status).toBe('fail');
    expect(result.missing[0]).toMatch(/^complete self-assessment.md: add sections Metadata, Overview, Background, Actors/);
  });

  it('not met: headings present but bodies empty or copied template text', () => {
    const text = COMPLETE_SELF_ASSESSMENT.replace(/(### Actors\n\n)[^#]*/, '$1These are the individual parts of your system that interact to provide the desired functionality.\n\n').replace(
      /(## Appendix\n)[\s\S]*$/,
      '$1',
    );
    const { result } = run({ 'docs/self-assessment.md': text }, at('docs/self-assessment.md'));
    expect(result.status).toBe('partial');
    const sa = check(result, 'self-assessment');
    expect(sa?.status).toBe('fail');
    expect(sa?.missing).toBe('complete docs/self-assessment.md: write the body of Appendix; replace the template text in Actors');
    expect(sa?.evidence.map((e) => e.detail)).toContain('section "Actors": template text not filled in');
  });

  it('met: a valid Gemara threat catalog with its capability catalog, referenced from Security Insights', () => {
    const { result } = run({ 'security/threats.yaml': THREAT_CATALOG, 'security/capabilities.yaml': CAPABILITY_CATALOG }, at(`${REPO}/blob/main/security/threats.yaml`));
    expect(result.status).toBe('met');
    expect(check(result, 'gemara-threat-catalog')?.status).toBe('pass');
    expect(check(result, 'self-assessment')).toBeUndefined();
  });

  it('met: Security Insights may point at the directory holding the catalogs', () => {
    const { result } = run({ '.gemara/threats.yaml': THREAT_CATALOG, '.gemara/capabilities.yaml': CAPABILITY_CATALOG }, at('.gemara/'));
    expect(result.status).toBe('met');
  });

  it('partial: a threat catalog referencing capabilities that do not exist', () => {
    const threats = THREAT_CATALOG.replace('- reference-id: CAP-APPLY', '- reference-id: CAP-TELEPORT');
    const { result } = run({ 'security/threats.yaml': threats, 'security/capabilities.yaml': CAPABILITY_CATALOG }, at('security/threats.yaml'));
    expect(result.status).toBe('partial');
    const g = check(result, 'gemara-threat-catalog');
    expect(g?.status).toBe('fail');
    expect(g?.evidence.some((e) => e.path === 'security/threats.yaml' && e.line === 36 && /CAP-TELEPORT/.test(e.detail))).toBe(true);
    expect(g?.missing).toMatch(/define or correct the capabilities CAP-TELEPORT/);
  });

  it('partial: a threat catalog without its capability catalog', () => {
    const { result } = run({ 'threat-catalog.yaml': THREAT_CATALOG }, at('threat-catalog.yaml'));
    expect(result.status).toBe('partial');
    expect(result.missing[0]).toBe('complete threat-catalog.yaml: commit the CapabilityCatalog "WIDGETD-CAPS" it references');
  });

  it('Security Insights saying "not yet completed" wins over a document that looks done, and the mismatch is reported', () => {
    const { result, facts } = run({ 'docs/self-assessment.md': COMPLETE_SELF_ASSESSMENT }, at('docs/self-assessment.md', 'Self assessment has not yet been completed.\n'));
    expect(facts.securityInsights?.saysNotDone).toBe(true);
    expect(facts.mismatch?.detail).toMatch(/says the assessment is not done .* but docs\/self-assessment.md looks complete/);
    expect(result.status).toBe('partial');
    const c = check(result, 'security-insights-consistent');
    expect(c?.status).toBe('fail');
    expect(c?.evidence[0]).toMatchObject({ kind: 'security-insights', path: 'security-insights.yml', line: 40 });
    expect(result.missing.some((m) => /update repository.security.assessments.self in security-insights.yml/.test(m))).toBe(true);
  });

  it('Security Insights with "TODO" and no evidence while a Gemara catalog is complete is a mismatch too', () => {
    const { result, facts } = run({ 'threats.yaml': THREAT_CATALOG, 'capabilities.yaml': CAPABILITY_CATALOG }, { value: '', comment: 'TODO' });
    expect(facts.mismatch).not.toBeNull();
    expect(result.status).toBe('partial');
    expect(check(result, 'security-insights-reference')?.missing).toBe('set evidence in security-insights.yml at repository.security.assessments.self pointing at threats.yaml');
  });

  it('unmet: nothing at all, even when Security Insights says the assessment is not done', () => {
    expect(run({ 'README.md': '# x\n' }).result.status).toBe('unmet');
    const { result } = run({ 'README.md': '# x\n' }, { value: '', comment: 'Self assessment has not yet been completed.' });
    expect(result.status).toBe('unmet');
    expect(check(result, 'security-insights-consistent')?.status).toBe('pass');
    expect(result.missing[0]).toMatch(/^commit a Gemara ThreatCatalog with the CapabilityCatalog it references, or a security self-assessment/);
  });

  it('partial: evidence that points outside this repository or at a missing file', () => {
    const ext = run({ 'README.md': '# x\n' }, at('https://github.com/cncf/tag-security/blob/main/assessments/widgetd/self-assessment.md'));
    expect(ext.facts.securityInsights?.target.kind).toBe('external');
    expect(ext.result.status).toBe('partial');
    expect(check(ext.result, 'security-insights-reference')?.missing).toMatch(/^commit the assessment to this repository/);
    const gone = run({ 'docs/self-assessment.md': COMPLETE_SELF_ASSESSMENT }, at('docs/old-assessment.md'));
    expect(gone.result.status).toBe('partial');
    expect(check(gone.result, 'security-insights-reference')?.missing).toBe('point repository.security.assessments.self evidence at a file that exists (docs/self-assessment.md)');
  });

  it('unknown when the Security Insights file could not be read but the document is complete', () => {
    const { result } = run({ 'docs/self-assessment.md': COMPLETE_SELF_ASSESSMENT }, undefined, { present: true, problem: 'malformed YAML at line 3' });
    expect(result.status).toBe('unknown');
    expect(check(result, 'security-insights-reference')?.status).toBe('unknown');
  });

  it('a comment that merely mentions findings is not read as "not done"', () => {
    const { result } = run({ 'docs/self-assessment.md': COMPLETE_SELF_ASSESSMENT }, at('docs/self-assessment.md', 'Completed in March 2025; no critical findings.'));
    expect(result.status).toBe('met');
  });
});
