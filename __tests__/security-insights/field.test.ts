import { describe, expect, it } from 'vitest';
import { gatherSecurityInsights, parseFieldPath, siEvidence, siField } from '../../src/facts/security-insights/index.ts';
import { MINIMAL, NOW, snap } from './helpers.ts';

const TOOLS = MINIMAL.replace(
  '  security:\n',
  '  security:\n    tools:\n      - name: CodeQL\n        type: SAST\n        rulesets: [default]\n        integration: {adhoc: false, ci: true, release: false}\n        results: {}\n',
);

describe('siField and siEvidence', () => {
  it('parses dot paths with indices', () => {
    expect(parseFieldPath('repository.security.tools[0].name')).toEqual(['repository', 'security', 'tools', 0, 'name']);
    expect(parseFieldPath('a[1][2]')).toEqual(['a', 1, 2]);
    expect(parseFieldPath('a.[x]')).toBeNull();
  });

  it('returns value and position, including array entries', async () => {
    const f = await gatherSecurityInsights(snap({ 'security-insights.yml': TOOLS }), { offline: true, now: NOW });
    const line = TOOLS.split('\n').findIndex((l) => l.includes('- name: CodeQL')) + 1;
    expect(siField(f, 'repository.security.tools[0].name')).toEqual({ value: 'CodeQL', line, column: 9, path: 'security-insights.yml', fromParent: false });
    expect(siField(f, 'repository.security.tools[0].rulesets[0]')?.value).toBe('default');
    expect(siField(f, 'repository.security.assessments.self')?.value).toEqual({ comment: 'Not done yet.' });
    expect(siField(f, 'repository.security.tools[1]')).toBeUndefined();
    expect(siField(f, 'repository.nothing')).toBeUndefined();
  });

  it('builds evidence at the field, or at the nearest ancestor when the field is absent', async () => {
    const f = await gatherSecurityInsights(snap({ 'security-insights.yml': TOOLS }), { offline: true, now: NOW });
    expect(siEvidence(f, 'header.url', 'canonical URL')).toEqual({ kind: 'security-insights', path: 'security-insights.yml', line: 5, column: 3, detail: 'canonical URL' });
    const absent = siEvidence(f, 'repository.release.attestations', 'none');
    expect(absent).toMatchObject({ kind: 'security-insights', path: 'security-insights.yml', line: TOOLS.split('\n').indexOf('  release:') + 1 });
  });

  it('returns undefined when there is no file', async () => {
    const f = await gatherSecurityInsights(snap({ 'README.md': 'x' }), { offline: true });
    expect(siField(f, 'header')).toBeUndefined();
    expect(siEvidence(f, 'header', 'x')).toEqual({ kind: 'security-insights', detail: 'x' });
  });
});
