import { describe, expect, it } from 'vitest';
import { gatherSecurityInsights } from '../../src/facts/security-insights/index.ts';
import { MINIMAL, NOW, snap } from './helpers.ts';

const LEGACY = `header:
  schema-version: 1.0.0
  expiration-date: '2024-01-01T00:00:00.000Z'
  last-updated: '2023-01-01'
  last-reviewed: '2023-01-01'
  project-url: https://github.com/acme/widget
  project-release: '1.0'
project-lifecycle:
  status: active
contribution-policy:
  accepts-pull-requests: true
security-contacts:
  - type: email
    value: security@acme.dev
vulnerability-reporting:
  accepts-vulnerability-reports: true
`;

const gather = (files: Record<string, string>) => gatherSecurityInsights(snap(files), { offline: true, now: NOW });

describe('locating the Security Insights file', () => {
  it('finds security-insights.yml at the root', async () => {
    const f = await gather({ 'security-insights.yml': MINIMAL });
    expect(f.file).toMatchObject({ path: 'security-insights.yml', atRoot: true, nameIsStandard: true, valid: true, legacy: false, schemaVersion: '2.2.0' });
    expect(f.candidates).toEqual([expect.objectContaining({ path: 'security-insights.yml', used: true })]);
    expect(f.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('finds .github/security-insights.yml and notes it is not at the root', async () => {
    const f = await gather({ '.github/security-insights.yml': MINIMAL });
    expect(f.file).toMatchObject({ path: '.github/security-insights.yml', atRoot: false, nameIsStandard: true, valid: true });
    expect(f.diagnostics.some((d) => d.severity === 'info' && /root/.test(d.message))).toBe(true);
  });

  it('accepts .yaml', async () => {
    const f = await gather({ 'security-insights.yaml': MINIMAL });
    expect(f.file?.path).toBe('security-insights.yaml');
    expect(f.file?.nameIsStandard).toBe(true);
  });

  it.each(['.github/SECURITY-INSIGHTS.yml', 'SECURITY_INSIGHTS.yml', 'security_insights.yaml', 'SecurityInsights.yml'])('finds %s and warns the name is not standard', async (path) => {
    const f = await gather({ [path]: MINIMAL });
    expect(f.file?.path).toBe(path);
    expect(f.file?.nameIsStandard).toBe(false);
    expect(f.file?.valid).toBe(true);
    expect(f.diagnostics.some((d) => d.severity === 'warning' && d.path === path && /specification names it security-insights\.yml/.test(d.message))).toBe(true);
  });

  it('recognises a legacy 1.0.0 SECURITY-INSIGHTS.yml: parsed for evidence, not valid', async () => {
    const f = await gather({ 'SECURITY-INSIGHTS.yml': LEGACY });
    expect(f.file).toMatchObject({ path: 'SECURITY-INSIGHTS.yml', legacy: true, valid: false, schemaVersion: '1.0.0' });
    expect((f.data as Record<string, unknown>)['security-contacts']).toBeDefined();
    const err = f.diagnostics.find((d) => d.severity === 'error' && /legacy schema/.test(d.message));
    expect(err).toMatchObject({ line: 2, field: 'header.schema-version' });
    expect(f.diagnostics.some((d) => d.field === 'header.expiration-date' && /past/.test(d.message))).toBe(true);
  });

  it('prefers a current-schema file at the spec name over a legacy file, and says why', async () => {
    const f = await gather({ 'SECURITY-INSIGHTS.yml': LEGACY, '.github/security-insights.yml': MINIMAL });
    expect(f.file?.path).toBe('.github/security-insights.yml');
    expect(f.candidates.map((c) => [c.path, c.used])).toEqual([
      ['.github/security-insights.yml', true],
      ['SECURITY-INSIGHTS.yml', false],
    ]);
    expect(f.candidates[1].why).toMatch(/legacy/);
    expect(f.diagnostics.some((d) => d.path === 'SECURITY-INSIGHTS.yml' && d.severity === 'warning' && /ignored/.test(d.message))).toBe(true);
  });

  it('prefers the root over .github when both are current, deterministically', async () => {
    for (let i = 0; i < 3; i++) {
      const f = await gather({ '.github/security-insights.yml': MINIMAL, 'security-insights.yml': MINIMAL, 'security_insights.yml': MINIMAL });
      expect(f.file?.path).toBe('security-insights.yml');
      expect(f.candidates.map((c) => c.path)).toEqual(['security-insights.yml', '.github/security-insights.yml', 'security_insights.yml']);
      expect(f.candidates.filter((c) => c.used)).toHaveLength(1);
    }
  });

  it('prefers a current file with an odd name over a legacy file', async () => {
    const f = await gather({ 'SECURITY-INSIGHTS.yml': LEGACY.replace('', ''), '.github/SECURITY-INSIGHTS.yml': MINIMAL });
    expect(f.file?.path).toBe('.github/SECURITY-INSIGHTS.yml');
    expect(f.file?.legacy).toBe(false);
  });

  it('reports nothing when there is no file', async () => {
    const f = await gather({ 'README.md': '# hi' });
    expect(f).toMatchObject({ file: null, candidates: [], diagnostics: [], data: null, parent: null });
  });

  it('produces JSON-serialisable facts', async () => {
    const f = await gather({ 'security-insights.yml': MINIMAL });
    expect(JSON.parse(JSON.stringify(f))).toEqual(f);
    expect(f.positions['project.vulnerability-reporting.contact.email']).toEqual({ line: 20, column: 7 });
    expect(f.positions['repository.core-team[0]']).toEqual({ line: 29, column: 7 });
  });
});
