import { existsSync, lstatSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RepoSnapshot } from '../../src/facts/snapshot.ts';
import { draftSecurityInsights, gatherSecurityInsights, writeDraft } from '../../src/facts/security-insights/index.ts';
import { evaluateCleaner } from '../../src/objectives/cleaner.ts';
import { validateDocument } from '../../src/facts/security-insights/schema.ts';
import { makeRepo, snap } from './helpers.ts';
import { draftInsightsFile } from '../../src/cli/insights-init.ts';
import { licenseText } from '../helpers/license-texts.ts';

const RICH = {
  'SECURITY.md': 'Report privately to security@acme.dev (not to example@example.com).\n',
  LICENSE: 'Apache License 2.0',
  'CONTRIBUTING.md': 'x',
  'GOVERNANCE.md': 'x',
  'CODE_OF_CONDUCT.md': 'x',
  'CHANGELOG.md': 'x',
  '.github/CODEOWNERS': '# owners\n* @alice @bob @acme/team\n/docs/ @carol\n',
  '.github/dependabot.yml': 'version: 2\n',
  '.github/workflows/codeql.yml': 'on:\n  push:\n  schedule:\n    - cron: "0 0 * * 0"\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: github/codeql-action/init@v3\n      - uses: github/codeql-action/analyze@v3\n',
  '.github/workflows/release.yml': 'on:\n  push:\n    tags: ["v*"]\njobs:\n  r:\n    steps:\n      - uses: goreleaser/goreleaser-action@v6\n      - uses: actions/attest-build-provenance@v2\n      - uses: aquasecurity/trivy-action@master\n',
};

describe('draftSecurityInsights', () => {
  it('drafts a 2.2.0 file from what the repository shows, which validates; Cleaner is unmet until its placeholders are replaced', async () => {
    const s = snap(RICH);
    const d = draftSecurityInsights(s, { repositoryUrl: 'https://github.com/acme/widget', licenseSpdx: 'Apache-2.0', now: new Date('2025-05-01T00:00:00Z') });
    expect(d.problems).toEqual([]);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data navigated freely
    const data = parse(d.yaml) as Record<string, any>;
    expect(validateDocument(data)).toEqual([]);
    expect(data.header).toMatchObject({ 'schema-version': '2.2.0', 'last-updated': '2025-05-01', url: 'https://raw.githubusercontent.com/acme/widget/HEAD/security-insights.yml' });
    expect(data.project['vulnerability-reporting'].contact.email).toBe('security@acme.dev');
    expect(data.project['vulnerability-reporting'].policy).toBe('https://github.com/acme/widget/blob/HEAD/SECURITY.md');
    expect(data.repository.license).toEqual({ url: 'https://github.com/acme/widget/blob/HEAD/LICENSE', expression: 'Apache-2.0' });
    expect(data.repository.documentation['contributing-guide']).toBe('https://github.com/acme/widget/blob/HEAD/CONTRIBUTING.md');
    expect(data.repository.documentation.governance).toBe('https://github.com/acme/widget/blob/HEAD/GOVERNANCE.md');
    expect(data.project.documentation['code-of-conduct']).toBe('https://github.com/acme/widget/blob/HEAD/CODE_OF_CONDUCT.md');
    expect(data.repository['core-team'].map((c: { name: string }) => c.name)).toEqual(['alice', 'bob']);
    expect(data.repository['accepts-automated-change-request']).toBe(true);
    expect(data.repository.release['automated-pipeline']).toBe(true);
    expect(data.repository.release.changelog).toBe('https://github.com/acme/widget/blob/HEAD/CHANGELOG.md');
    expect(data.repository.release.attestations[0]['predicate-uri']).toBe('https://slsa.dev/provenance/v1');
    const tools = Object.fromEntries(data.repository.security.tools.map((t: { name: string; type: string; integration: unknown }) => [t.name, [t.type, t.integration]]));
    expect(tools.CodeQL).toEqual(['SAST', { adhoc: true, ci: true, release: false }]);
    expect(tools.Trivy).toEqual(['container', { adhoc: false, ci: true, release: true }]);
    expect(tools.Dependabot[0]).toBe('SCA');
    // Placeholders are listed, and marked in the file.
    expect(d.placeholders.some((p) => p.startsWith('project.administrators[0].name'))).toBe(true);
    expect(d.yaml).toContain('TODO-administrator-name');
    expect(d.yaml).toContain('# TODO: confirm');

    // The written draft is found and judged like any other file, with links that resolve in this repository.
    const dir = s.root;
    expect(writeDraft(dir, d.yaml, { force: false }).written).toBe(true);
    const facts = await gatherSecurityInsights(RepoSnapshot.open(dir), { offline: true, now: new Date('2025-05-02T00:00:00Z') });
    expect(facts.file?.valid).toBe(true);
    expect(facts.diagnostics.filter((x) => /no such file/.test(x.message))).toEqual([]);
    // The draft still holds placeholders (administrator, self-assessment): a draft, not the project's statement.
    expect(facts.placeholders.map((p) => p.field)).toEqual(['project.administrators[0].name', 'repository.security.assessments.self.comment']);
    expect(evaluateCleaner(facts).status).toBe('unmet');
    // Filled in, the same file meets Cleaner.
    const filled = d.yaml.replace('TODO-administrator-name', 'Alice Admin').replace('TODO: Self assessment has not yet been completed.', 'Self assessment has not yet been completed.');
    writeFileSync(join(dir, 'security-insights.yml'), filled);
    const after = await gatherSecurityInsights(RepoSnapshot.open(dir), { offline: true, now: new Date('2025-05-02T00:00:00Z') });
    expect(after.placeholders).toEqual([]);
    expect(evaluateCleaner(after).status).toBe('met');
  });

  it('an empty repository: every unknown value is a placeholder, and the draft still validates', () => {
    const d = draftSecurityInsights(snap({ 'README.md': 'x' }), {});
    expect(d.problems).toEqual([]);
    expect(validateDocument(parse(d.yaml))).toEqual([]);
    for (const field of ['project.name', 'repository.url', 'header.url', 'repository.license.expression', 'repository.license.url', 'project.vulnerability-reporting.policy', 'repository.core-team[0].name']) {
      expect(d.placeholders.some((p) => p.startsWith(`${field}:`)), field).toBe(true);
    }
    expect(d.yaml).toContain('TODO-SPDX-expression');
  });

  it('hostile text in the repository cannot break out of YAML values', () => {
    const d = draftSecurityInsights(snap({ 'SECURITY.md': 'mail "x"@evil.dev or a@b.co\n', 'package.json': '{"name":"x\\ny: 1"}' }), { repositoryUrl: 'https://github.com/acme/w', projectName: 'a: b\n- "c"' });
    expect(d.problems).toEqual([]);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data navigated freely
    const data = parse(d.yaml) as Record<string, any>;
    expect(data.project.name).toBe('a: b\n- "c"');
    expect(data.project['vulnerability-reporting'].contact.email).toBe('a@b.co');
    expect(JSON.stringify(data.repository.release)).not.toContain('y: 1');
  });
});

describe('draftInsightsFile: the license expression', () => {
  const expression = async (files: Record<string, string>) => {
    const out = await draftInsightsFile(makeRepo(files), { force: false, print: true });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data navigated freely
    return (parse(out.printed ?? '') as Record<string, any>).repository.license.expression;
  };
  const dual = { 'LICENSE-APACHE': licenseText('Apache-2.0'), 'LICENSE-MIT': licenseText('MIT') };

  it("of several license files is the manifest's (log's Cargo.toml `MIT OR Apache-2.0`), not the first file's license alone", async () => {
    expect(await expression({ ...dual, 'Cargo.toml': '[package]\nname = "x"\nlicense = "MIT OR Apache-2.0"\n' })).toBe('MIT OR Apache-2.0');
    // Cargo's old slash means OR (walkdir's `Unlicense/MIT`).
    expect(await expression({ ...dual, 'Cargo.toml': '[package]\nname = "x"\nlicense = "Apache-2.0/MIT"\n' })).toBe('Apache-2.0 OR MIT');
    // No manifest says how they combine, or one names other licenses: left to the project.
    expect(await expression(dual)).toBe('TODO-SPDX-expression');
    expect(await expression({ ...dual, 'package.json': '{"name": "x", "license": "MIT"}' })).toBe('TODO-SPDX-expression');
    // One license file: its license.
    expect(await expression({ LICENSE: licenseText('MIT') })).toBe('MIT');
  });
});

describe('writeDraft', () => {
  it('never overwrites without force, and replaces (not follows) a symlink with force', () => {
    const dir = makeRepo({ 'security-insights.yml': 'original\n' });
    const r = writeDraft(dir, 'new\n', { force: false });
    expect(r).toMatchObject({ written: false, reason: expect.stringMatching(/already exists/) });
    expect(readFileSync(join(dir, 'security-insights.yml'), 'utf8')).toBe('original\n');
    expect(writeDraft(dir, 'new\n', { force: true }).written).toBe(true);
    expect(readFileSync(join(dir, 'security-insights.yml'), 'utf8')).toBe('new\n');

    const outside = join(mkdtempSync(join(tmpdir(), 'si-out-')), 'target.yml');
    writeFileSync(outside, 'outside\n');
    const dir2 = makeRepo({ 'README.md': 'x' });
    symlinkSync(outside, join(dir2, 'security-insights.yml'));
    expect(writeDraft(dir2, 'new\n', { force: false }).written).toBe(false);
    expect(writeDraft(dir2, 'new\n', { force: true }).written).toBe(true);
    expect(readFileSync(outside, 'utf8')).toBe('outside\n');
    expect(lstatSync(join(dir2, 'security-insights.yml')).isSymbolicLink()).toBe(false);
  });

  it('writes a new file', () => {
    const dir = makeRepo({ 'README.md': 'x' });
    expect(existsSync(join(dir, 'security-insights.yml'))).toBe(false);
    expect(writeDraft(dir, 'x: 1\n', { force: false })).toMatchObject({ written: true, path: join(dir, 'security-insights.yml') });
  });
});
