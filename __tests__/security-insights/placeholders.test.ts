// Placeholders are never evidence: a Security Insights file with TODO-… names, https://TODO-….example
// URLs or the usual placeholders (example.com hosts, you@…, <your-email>, changeme, [INSERT …],
// empty required values) gets a warning per field on its line, leaves Cleaner unmet, and no
// requirement passes or is attested on a placeholder value.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine.ts';
import { draftSecurityInsights, gatherSecurityInsights } from '../../src/facts/security-insights/index.ts';
import { placeholderReason, templateReason } from '../../src/facts/placeholder.ts';
import { RepoSnapshot } from '../../src/facts/snapshot.ts';
import { evaluateCleaner } from '../../src/objectives/cleaner.ts';
import { draftInsightsFile } from '../../src/cli/insights-init.ts';
import { licenseText } from '../helpers/license-texts.ts';
import { makeRepo, type TempRepo } from '../helpers/repo.ts';
import { MINIMAL, NOW, snap } from './helpers.ts';

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()?.cleanup();
});

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('placeholderReason', () => {
  it.each([
    'TODO-project-name',
    'https://TODO-repository-url.example',
    'TODO',
    'TBD',
    'FIXME later',
    'https://example.com/security',
    'https://docs.example.org/guide',
    'security@example.net',
    'https://widget.test/',
    'https://nowhere.invalid/x',
    'changeme',
    '<your-email>',
    'you@yourcompany.dev',
    'https://github.com/your-org/widget',
    '[INSERT CONTACT METHOD]',
    'https://github.com/acme/{project-name}/issues',
    'https://github.com/{{ org }}/widget',
    'Lorem ipsum dolor sit amet',
  ])('%s is a placeholder', (v) => {
    expect(placeholderReason(v)).not.toBeNull();
  });

  it.each([
    'Widget',
    'https://github.com/acme/widget',
    'security@acme.dev',
    'https://acme.dev/releases/{version}',
    'https://examples.dev/guide',
    'https://github.com/acme/todo-app',
    'Apache-2.0',
    'pkg:npm/widget',
    'https://example-corp.dev/x',
    '[the documentation](https://acme.dev/docs)',
  ])('%s is not a placeholder', (v) => {
    expect(placeholderReason(v)).toBeNull();
  });

  it('free text is a template only when placeholders make up much of it', () => {
    expect(templateReason('TODO: Self assessment has not yet been completed.')).not.toBeNull();
    expect(templateReason('Use this section to tell people how to report a vulnerability.')).not.toBeNull();
    expect(templateReason('[Describe how releases are made]')).not.toBeNull();
    expect(templateReason('We run CodeQL on every pull request. Findings block the merge. A TODO in code must name an issue.')).toBeNull();
  });
});

describe('a Security Insights file straight from `slam insights init`', () => {
  it('names the license the project declares for a GPL text, and leaves it TODO when nothing says -only or -or-later', async () => {
    const expression = async (files: Record<string, string>) => {
      const r = makeRepo(files);
      repos.push(r);
      const out = await draftInsightsFile(r.root, { force: false, print: true });
      const line = (out.printed ?? '').split('\n').find((l) => l.trimStart().startsWith('expression: '));
      return line?.trim().slice('expression: '.length);
    };
    expect(await expression({ COPYING: licenseText('GPL-2.0-only'), 'x.cabal': 'name: x\nlicense: GPL-2.0-or-later\n' })).toBe('GPL-2.0-or-later');
    expect(await expression({ COPYING: licenseText('GPL-2.0-only') })).toMatch(/TODO/);
  });

  it('validates, but each TODO field is a warning on its line, Cleaner is unmet, and no requirement passes on a placeholder', async () => {
    const r = makeRepo({ 'README.md': '# Widget\n' });
    repos.push(r);
    const draft = draftSecurityInsights(RepoSnapshot.open(r.root), { now: NOW });
    expect(draft.problems).toEqual([]);
    writeFileSync(join(r.root, 'security-insights.yml'), draft.yaml);

    const si = await gatherSecurityInsights(RepoSnapshot.open(r.root), { offline: true, now: NOW });
    expect(si.file?.valid).toBe(true);
    // Every line of the draft whose value holds a TODO marker has a warning with that line and its field.
    const todoLines = draft.yaml
      .split('\n')
      .map((l, i) => ({ l, line: i + 1 }))
      .filter(({ l }) => /:\s.*TODO/.test(l.replace(/#[^]*/, '')) && !/^\s*comment:/.test(l) || /comment: 'TODO|comment: TODO/.test(l));
    expect(todoLines.length).toBeGreaterThanOrEqual(8);
    for (const { l, line } of todoLines) {
      const d = si.diagnostics.find((x) => x.severity === 'warning' && x.line === line && /is a placeholder/.test(x.message));
      expect(d, `warning for line ${line}: ${l}`).toBeDefined();
      expect(d?.field).toBeTruthy();
      expect(si.placeholders.some((p) => p.line === line && p.field === d?.field)).toBe(true);
    }
    for (const field of ['project.name', 'repository.url', 'header.url', 'repository.license.url', 'repository.license.expression', 'project.vulnerability-reporting.policy', 'project.administrators[0].name', 'repository.core-team[0].name'])
      expect(si.placeholders.map((p) => p.field), field).toContain(field);

    const cleaner = evaluateCleaner(si);
    expect(cleaner.status).toBe('unmet');
    const check = cleaner.checks.find((c) => c.id === 'no-placeholders');
    expect(check?.status).toBe('fail');
    expect(check?.evidence[0]).toMatchObject({ path: 'security-insights.yml', line: si.placeholders[0].line });

    const { result } = await evaluate(r.root, { level: 3, offline: true });
    expect(result.objectives.find((o) => o.id === 'cleaner')?.status).toBe('unmet');
    const br = result.controls.find((c) => c.id === 'OSPS-BR-03.01');
    expect(br?.status).not.toBe('pass');
    // No pass or attestation rests on a placeholder line of the file.
    const placeholderLines = new Set(si.placeholders.map((p) => p.line));
    for (const c of result.controls) {
      if (c.status !== 'pass' && c.status !== 'attested') continue;
      for (const e of c.evidence) {
        const onPlaceholder = e.path === 'security-insights.yml' && e.line !== undefined && placeholderLines.has(e.line);
        expect(onPlaceholder, `${c.id} (${c.status}) rests on ${e.path}:${e.line}: ${e.detail}`).toBe(false);
      }
    }
  });
});

describe('the usual placeholders in a hand-written file', () => {
  const text = MINIMAL.replace('email: security@acme.dev', 'email: you@example.com')
    .replace('  repositories:\n', '  homepage: https://TODO.example\n  repositories:\n')
    .replace('    - name: Alice\n', "    - name: ''\n")
    .replace('      - uri: https://github.com/acme/widget/releases\n        comment: GitHub Releases\n', '      - uri: https://github.com/acme/widget/releases\n        comment: GitHub Releases\n      - uri: https://downloads.example.org/widget\n        comment: changeme\n');

  it('gives a warning per field, with its line', async () => {
    const si = await gatherSecurityInsights(snap({ 'security-insights.yml': text }), { offline: true, now: NOW });
    const warn = (field: string) => si.diagnostics.find((d) => d.field === field && d.severity === 'warning' && /placeholder/.test(d.message));
    expect(warn('project.vulnerability-reporting.contact.email')?.line).toBe(lineOf(text, 'you@example.com'));
    expect(warn('project.homepage')?.line).toBe(lineOf(text, 'TODO.example'));
    expect(warn('repository.core-team[0].name')?.message).toMatch(/empty, where the schema requires a value/);
    expect(warn('repository.release.distribution-points[1].uri')?.line).toBe(lineOf(text, 'downloads.example.org'));
    expect(warn('repository.release.distribution-points[1].comment')).toBeDefined();
    expect(evaluateCleaner(si).status).toBe('unmet');
  });

  it('OSPS-BR-03.01 does not pass on https://TODO.example, and VM-02.01 does not pass on you@example.com', async () => {
    const r = makeRepo({ 'security-insights.yml': text.replace('policy: https://github.com/acme/widget/blob/main/SECURITY.md', 'policy: https://TODO-policy.example') });
    repos.push(r);
    const { result } = await evaluate(r.root, { level: 3, offline: true, repository: 'acme/widget' });
    const br = result.controls.find((c) => c.id === 'OSPS-BR-03.01');
    expect(br?.evidence.some((e) => /TODO/.test(e.detail))).toBe(false);
    const vm = result.controls.find((c) => c.id === 'OSPS-VM-02.01');
    expect(vm?.status).not.toBe('pass');
    expect(vm?.evidence.some((e) => /you@example\.com/.test(e.detail))).toBe(false);
  });

  it('near miss: a real file, a comment that mentions a TODO among real words, a changelog URL with {version}: no placeholder', async () => {
    const real = MINIMAL.replace('        comment: Not done yet.\n', '        comment: Not done yet. We track the TODO list for it in the issue tracker, and review it every quarter.\n').replace(
      '        comment: GitHub Releases\n',
      '        comment: GitHub Releases\n    changelog: https://github.com/acme/widget/releases/tag/{version}\n',
    );
    const si = await gatherSecurityInsights(snap({ 'security-insights.yml': real }), { offline: true, now: NOW });
    expect(si.placeholders).toEqual([]);
    expect(si.diagnostics.filter((d) => /placeholder/.test(d.message))).toEqual([]);
    expect(evaluateCleaner(si).status).toBe('met');
  });
});
