import { describe, expect, it } from 'vitest';
import { gatherSecurityInsights } from '../../src/facts/security-insights/index.ts';
import { evaluateCleaner } from '../../src/objectives/cleaner.ts';
import type { SecurityInsightsFacts } from '../../src/facts/security-insights/index.ts';
import { MINIMAL, NOW, snap } from '../security-insights/helpers.ts';

const gather = (files: Record<string, string>): Promise<SecurityInsightsFacts> => gatherSecurityInsights(snap(files), { offline: true, now: NOW });
const REPO = { 'SECURITY.md': 'x', LICENSE: 'x' };

describe('the Cleaner objective', () => {
  it('is met by a valid current file with contacts, reporting process and release practices', async () => {
    const r = evaluateCleaner(await gather({ 'security-insights.yml': MINIMAL, ...REPO }));
    expect(r).toMatchObject({ id: 'cleaner', title: 'Cleaner', status: 'met', missing: [] });
    expect(r.checks.map((c) => [c.id, c.status])).toEqual([
      ['file-present', 'pass'],
      ['schema-valid', 'pass'],
      ['no-placeholders', 'pass'],
      ['security-contacts', 'pass'],
      ['vulnerability-reporting', 'pass'],
      ['release-practices', 'pass'],
      ['at-root', 'pass'],
    ]);
    const contact = r.checks.find((c) => c.id === 'security-contacts')!.evidence[0];
    expect(contact).toMatchObject({ kind: 'security-insights', path: 'security-insights.yml', line: 18 });
  });

  it('is unmet without a file', async () => {
    const r = evaluateCleaner(await gather({ 'README.md': 'x' }));
    expect(r.status).toBe('unmet');
    expect(r.missing[0]).toMatch(/security-insights.yml/);
  });

  it('is partial when the file falls short, naming each field to fill', async () => {
    const text = MINIMAL.replace(/    contact:\n(      .*\n)+/, '').replace('    policy: https://github.com/acme/widget/blob/main/SECURITY.md\n', '').replace(/  release:\n(    .*\n)+/, '');
    const r = evaluateCleaner(await gather({ 'security-insights.yml': text, ...REPO }));
    expect(r.status).toBe('partial');
    const failed = Object.fromEntries(r.checks.filter((c) => c.status === 'fail').map((c) => [c.id, c.missing]));
    expect(Object.keys(failed).sort()).toEqual(['release-practices', 'security-contacts', 'vulnerability-reporting']);
    expect(failed['security-contacts']).toMatch(/project\.vulnerability-reporting\.contact/);
    expect(failed['vulnerability-reporting']).toMatch(/project\.vulnerability-reporting\.policy/);
    expect(failed['release-practices']).toMatch(/repository\.release/);
    expect(r.missing).toHaveLength(3);
  });

  it('is partial for an invalid file, with the schema errors as evidence', async () => {
    const r = evaluateCleaner(await gather({ 'security-insights.yml': MINIMAL.replace('status: active', 'status: alive'), ...REPO }));
    expect(r.status).toBe('partial');
    const schema = r.checks.find((c) => c.id === 'schema-valid')!;
    expect(schema.status).toBe('fail');
    expect(schema.evidence[0]).toMatchObject({ path: 'security-insights.yml', detail: expect.stringMatching(/repository.status/) });
  });

  it('is partial for a legacy 1.0.0 file', async () => {
    const legacy = 'header:\n  schema-version: 1.0.0\n  expiration-date: 2030-01-01T00:00:00.000Z\nsecurity-contacts:\n  - type: email\n    value: s@acme.dev\n';
    const r = evaluateCleaner(await gather({ 'SECURITY-INSIGHTS.yml': legacy }));
    expect(r.status).toBe('partial');
    expect(r.checks.find((c) => c.id === 'schema-valid')?.missing).toMatch(/1\.0\.0 does not meet the current schema/);
    expect(r.checks.find((c) => c.id === 'security-contacts')?.status).toBe('pass');
  });

  it('notes a file outside the root without blocking', async () => {
    const r = evaluateCleaner(await gather({ '.github/security-insights.yml': MINIMAL, ...REPO }));
    expect(r.status).toBe('met');
    const root = r.checks.find((c) => c.id === 'at-root')!;
    expect(root.status).toBe('fail');
    expect(root.missing).toMatch(/advisory/);
  });

  it('accepts repository.documentation.security-policy as the reporting process, and a changelog as release practice', async () => {
    const text = MINIMAL.replace('    policy: https://github.com/acme/widget/blob/main/SECURITY.md\n', '')
      .replace(/    distribution-points:\n(      .*\n)+/, '    distribution-points:\n      - uri: pkg:npm/widget\n        comment: npm\n    changelog: https://acme.dev/changes\n')
      .replace('  license:\n', '  documentation:\n    security-policy: https://acme.dev/security\n  license:\n');
    const r = evaluateCleaner(await gather({ 'security-insights.yml': text, ...REPO }));
    expect(r.status).toBe('met');
    expect(r.checks.find((c) => c.id === 'vulnerability-reporting')!.evidence.some((e) => /acme.dev\/security/.test(e.detail))).toBe(true);
  });
});
