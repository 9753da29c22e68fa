import { describe, expect, it } from 'vitest';
import { gatherSecurityInsights } from '../../src/facts/security-insights/index.ts';
import type { Diagnostic, SecurityInsightsFacts } from '../../src/facts/security-insights/index.ts';
import { editDistance, closest } from '../../src/facts/security-insights/suggest.ts';
import { MINIMAL, NOW, snap } from './helpers.ts';

const gather = (text: string, extra: Record<string, string> = {}, now = NOW): Promise<SecurityInsightsFacts> =>
  gatherSecurityInsights(snap({ 'security-insights.yml': text, ...extra }), { offline: true, now });

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const byField = (f: SecurityInsightsFacts, field: string): Diagnostic[] => f.diagnostics.filter((d) => d.field === field);

describe('schema diagnostics', () => {
  it('points a missing required property at its parent mapping', async () => {
    const text = MINIMAL.replace('    bug-bounty-available: false\n', '');
    const f = await gather(text);
    expect(f.file?.valid).toBe(false);
    const [d] = byField(f, 'project.vulnerability-reporting.bug-bounty-available');
    expect(d).toMatchObject({ severity: 'error', path: 'security-insights.yml', line: lineOf(text, 'vulnerability-reporting:'), column: 3 });
    expect(d.message).toMatch(/missing the required field `bug-bounty-available` \(expected true or false\)/);
  });

  it('points a wrong value at the value, says what was expected and what was found', async () => {
    const text = MINIMAL.replace('reports-accepted: true', 'reports-accepted: yes please');
    const f = await gather(text);
    const [d] = byField(f, 'project.vulnerability-reporting.reports-accepted');
    expect(d).toMatchObject({ severity: 'error', line: lineOf(text, 'reports-accepted'), column: 23 });
    expect(d.message).toMatch(/must be true or false; found the text "yes please"/);
  });

  it('describes URL, email and date problems', async () => {
    const text = MINIMAL.replace('email: security@acme.dev', 'email: security-at-acme').replace("last-updated: '2025-03-01'", "last-updated: '2025-13-01'").replace('policy: https://', 'policy: www.');
    const f = await gather(text);
    expect(byField(f, 'project.vulnerability-reporting.contact.email')[0].message).toMatch(/email address/);
    expect(byField(f, 'header.last-updated')[0].message).toMatch(/YYYY-MM-DD/);
    const url = byField(f, 'project.vulnerability-reporting.policy')[0];
    expect(url.message).toMatch(/web URL beginning with http:\/\/ or https:\/\//);
    expect(url.line).toBe(lineOf(text, 'policy: www.'));
  });

  it('suggests the right spelling for a misspelled key', async () => {
    const text = MINIMAL.replace('  license:\n', '  documentation:\n    dependency-managment-policy: https://example.org/deps\n  license:\n');
    const f = await gather(text);
    const [d] = byField(f, 'repository.documentation.dependency-managment-policy');
    expect(d).toMatchObject({ severity: 'error', line: lineOf(text, 'dependency-managment-policy'), column: 5 });
    expect(d.message).toMatch(/Did you mean `dependency-management-policy`\?/);
  });

  it('suggests a case or separator fix', async () => {
    const text = MINIMAL.replace('bug-bounty-available', 'bug_bounty_available');
    const f = await gather(text);
    expect(byField(f, 'project.vulnerability-reporting.bug_bounty_available')[0].message).toMatch(/Did you mean `bug-bounty-available`/);
  });

  it('says where a misplaced key belongs: under a sibling (repository.core-team placed under project)', async () => {
    const text = MINIMAL.replace('  repositories:\n', '  core-team:\n    - name: Carol\n      primary: true\n  repositories:\n');
    const f = await gather(text);
    const [d] = byField(f, 'project.core-team');
    expect(d.line).toBe(lineOf(text, 'core-team:'));
    expect(d.message).toMatch(/belongs under a sibling, under `repository` \(as `repository.core-team`\)/);
  });

  it('says where a misplaced key belongs: one level up and one level down', async () => {
    const up = await gather(MINIMAL.replace('    bug-bounty-available: false\n', '    bug-bounty-available: false\n    roadmap: https://example.org/roadmap\n'));
    expect(byField(up, 'project.vulnerability-reporting.roadmap')[0].message).toMatch(/one level up, under `project`/);
    const down = await gather(MINIMAL.replace('  name: Widget\n', '  name: Widget\n  code-of-conduct: https://example.org/coc\n'));
    expect(byField(down, 'project.code-of-conduct')[0].message).toMatch(/one level down, under `project.documentation`/);
  });

  it('explains the 2.2.0 rename of vulnerability-reporting.security-policy', async () => {
    const text = MINIMAL.replace('    policy: https://', '    security-policy: https://');
    const f = await gather(text);
    expect(byField(f, 'project.vulnerability-reporting.security-policy')[0]).toMatchObject({ severity: 'error' });
    expect(byField(f, 'project.vulnerability-reporting.security-policy')[0].message).toMatch(/renamed it `policy`/);
    // ...and accepts it, as info, in a file declaring 2.1.0.
    const old = await gather(text.replace('schema-version: 2.2.0', 'schema-version: 2.1.0'));
    expect(old.file?.valid).toBe(true);
    expect(byField(old, 'project.vulnerability-reporting.security-policy')[0]).toMatchObject({ severity: 'info' });
  });

  it('notes 2.2.0-only fields in a file that declares 2.0.0', async () => {
    const f = await gather(MINIMAL.replace('schema-version: 2.2.0', 'schema-version: 2.0.0').replace('  name: Widget\n', '  name: Widget\n  documentation:\n    design: https://example.org/design\n'));
    expect(f.file?.valid).toBe(true);
    expect(byField(f, 'project.documentation.design')[0]).toMatchObject({ severity: 'info' });
    expect(byField(f, 'project.vulnerability-reporting.policy')[0]).toMatchObject({ severity: 'info' });
  });

  it('warns about an unknown newer 2.x version and rejects a non-2.x version', async () => {
    const newer = await gather(MINIMAL.replace('schema-version: 2.2.0', 'schema-version: 2.9.0'));
    expect(byField(newer, 'header.schema-version')[0]).toMatchObject({ severity: 'warning' });
    expect(newer.file?.valid).toBe(true);
    const odd = await gather(MINIMAL.replace('schema-version: 2.2.0', 'schema-version: 3.0.0'));
    expect(odd.file?.valid).toBe(false);
    expect(byField(odd, 'header.schema-version')[0]).toMatchObject({ severity: 'error' });
  });

  it('warns (not invalid) when a later contact misses `primary`, per schema.md but not schema.cue', async () => {
    const text = MINIMAL.replace('    - name: Alice\n      primary: true\n', '    - name: Alice\n      primary: true\n    - name: Bob\n      email: bob@acme.dev\n');
    const f = await gather(text);
    expect(f.file?.valid).toBe(true);
    const [d] = byField(f, 'repository.core-team[1].primary');
    expect(d).toMatchObject({ severity: 'warning', line: lineOf(text, '- name: Bob'), column: 7 });
    expect(d.message).toMatch(/schema.cue checks only the first/);
  });

  it('lists every schema error, each with a position', async () => {
    const text = MINIMAL.replace('status: active', 'status: Active').replace('expression: Apache-2.0', 'expression: 2').replace('    - name: Ada Admin\n', '    - nom: Ada Admin\n');
    const f = await gather(text);
    const errs = f.diagnostics.filter((d) => d.severity === 'error');
    expect(errs.map((e) => e.field).sort()).toEqual(['project.administrators[0].name', 'project.administrators[0].nom', 'repository.license.expression', 'repository.status'].sort());
    for (const e of errs) expect(e.line).toBeGreaterThan(0);
    expect(byField(f, 'repository.status')[0].message).toMatch(/Did you mean `active`/);
    expect(byField(f, 'repository.license.expression')[0].message).toMatch(/Quote the value/);
  });
});

describe('checks beyond the schema', () => {
  it('warns when last-updated is more than a year old, using the given now', async () => {
    const fresh = await gather(MINIMAL, {}, new Date('2025-06-01T00:00:00Z'));
    expect(byField(fresh, 'header.last-updated')).toEqual([]);
    const stale = await gather(MINIMAL, {}, new Date('2026-06-01T00:00:00Z'));
    expect(byField(stale, 'header.last-updated')[0]).toMatchObject({ severity: 'warning', line: 3 });
    expect(byField(stale, 'header.last-updated')[0].message).toMatch(/more than a year/);
  });

  it('warns about links into the repository that point at missing files', async () => {
    const text = MINIMAL.replace('  license:\n', '  documentation:\n    contributing-guide: https://github.com/acme/widget/blob/main/CONTRIBUTING.md\n    governance: https://github.com/ACME/widget/blob/feature/x/docs/GOVERNANCE.md\n  license:\n');
    const f = await gather(text, { 'SECURITY.md': 'x', LICENSE: 'x', 'docs/GOVERNANCE.md': 'x' });
    const missing = byField(f, 'repository.documentation.contributing-guide');
    expect(missing[0]).toMatchObject({ severity: 'warning', line: lineOf(text, 'contributing-guide') });
    expect(missing[0].message).toMatch(/"CONTRIBUTING.md".*no such file/);
    // A ref with a slash still resolves; present files are not reported.
    expect(byField(f, 'repository.documentation.governance')).toEqual([]);
    expect(byField(f, 'repository.license.url')).toEqual([]);
    expect(byField(f, 'project.vulnerability-reporting.policy')).toEqual([]);
  });

  it('does not check links to other repositories or with {version} placeholders', async () => {
    const text = MINIMAL.replace('https://github.com/acme/widget/blob/main/SECURITY.md', 'https://github.com/other/repo/blob/main/SECURITY.md');
    const f = await gather(text, { LICENSE: 'x' });
    expect(byField(f, 'project.vulnerability-reporting.policy')).toEqual([]);
  });

  it('checks relative paths in Link uris against the snapshot', async () => {
    const text = MINIMAL.replace('uri: https://github.com/acme/widget/releases', 'uri: ./docs/RELEASES.md');
    const missing = await gather(text, { 'SECURITY.md': 'x', LICENSE: 'x' });
    expect(byField(missing, 'repository.release.distribution-points[0].uri')[0].message).toMatch(/relative path/);
    const present = await gather(text, { 'SECURITY.md': 'x', LICENSE: 'x', 'docs/RELEASES.md': 'x' });
    expect(byField(present, 'repository.release.distribution-points[0].uri')).toEqual([]);
  });

  it('checks mailto links and URL shape', async () => {
    const text = MINIMAL.replace('uri: https://github.com/acme/widget/releases', 'uri: mailto:nobody').replace('url: https://github.com/acme/widget/raw', 'url: https://intranet/raw');
    const f = await gather(text, { 'SECURITY.md': 'x', LICENSE: 'x' });
    expect(byField(f, 'repository.release.distribution-points[0].uri')[0].message).toMatch(/mailto link without a valid address/);
    expect(byField(f, 'header.url')[0].message).toMatch(/host without a domain/);
  });

  it('warns when no contact in a list is primary, and when several are', async () => {
    const none = await gather(MINIMAL.replace('    - name: Alice\n      primary: true\n', '    - name: Alice\n      primary: false\n'));
    expect(byField(none, 'repository.core-team')[0]).toMatchObject({ severity: 'warning', line: lineOf(MINIMAL, 'core-team:') });
    const two = await gather(MINIMAL.replace('    - name: Alice\n      primary: true\n', '    - name: Alice\n      primary: true\n    - name: Bob\n      primary: true\n'));
    expect(byField(two, 'repository.core-team')[0].message).toMatch(/only one should/);
  });

  it('warns when a single-repository file has no project section', async () => {
    const text = MINIMAL.slice(0, MINIMAL.indexOf('project:')) + MINIMAL.slice(MINIMAL.indexOf('repository:'));
    const f = await gather(text);
    expect(f.file?.valid).toBe(true);
    expect(f.diagnostics.some((d) => d.severity === 'warning' && /no `project` section/.test(d.message))).toBe(true);
  });
});

describe('edit distance', () => {
  it('counts edits and transpositions', () => {
    expect(editDistance('env-depedencies-policy', 'env-dependencies-policy')).toBe(1);
    expect(editDistance('abcd', 'abdc')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(closest('env-depedencies-policy', ['env-dependencies-policy', 'governance'])).toBe('env-dependencies-policy');
    expect(closest('zzzzzz', ['governance'])).toBeUndefined();
  });
});
