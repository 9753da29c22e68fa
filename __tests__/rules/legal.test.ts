// OSPS-LE rules: DCO/CLA on every commit, license of released assets and in released source, and
// Security Insights license fields as evidence (a broken link into the repository fails).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine.ts';
import type { ControlResult } from '../../src/result/types.ts';
import { FakeGitHub, defaultState } from '../github/fake-github.ts';
import { licenseText } from '../helpers/license-texts.ts';
import { makeRepo, type TempRepo, type Tree } from '../helpers/repo.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await FakeGitHub.start();
});
afterAll(async () => {
  await gh.close();
});

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'ignore' });

type Mode = 'unknown' | 'tagged' | 'none' | 'api';

async function run(root: string, id: string, mode: Mode): Promise<ControlResult> {
  let options: Parameters<typeof evaluate>[1] = { level: 3, offline: true, repository: 'o/r' };
  if (mode === 'none' || mode === 'api') {
    const s = defaultState();
    gh.state = mode === 'none' ? { ...s, owner: 'o', repo: 'r', releases: [], tags: [] } : { ...s, owner: 'o', repo: 'r' };
    options = { level: 3, offline: false, token: 'test-token', repository: 'o/r', apiUrl: gh.baseUrl, defaultBranch: 'main' };
  }
  const { result } = await evaluate(root, options);
  const c = result.controls.find((x) => x.id === id);
  if (!c) throw new Error(`${id} missing`);
  return c;
}

async function control(files: Tree, id: string, mode: Mode = 'unknown'): Promise<ControlResult> {
  const r: TempRepo = makeRepo(files, { git: mode === 'tagged', tag: mode === 'tagged' ? 'v1.0.0' : undefined });
  cleanups.push(r.cleanup);
  return run(r.root, id, mode);
}

function insights(license: { url: string; expression: string }, release?: { url: string; expression: string }): string {
  return `header:
  schema-version: 2.2.0
  last-updated: '2026-01-01'
  last-reviewed: '2026-01-01'
  url: https://github.com/o/r/raw/main/security-insights.yml
project:
  name: R
  administrators:
    - name: Ada Admin
      primary: true
  repositories:
    - name: r
      url: https://github.com/o/r
      comment: The repository.
  vulnerability-reporting:
    reports-accepted: true
    bug-bounty-available: false
repository:
  url: https://github.com/o/r
  status: active
  accepts-change-request: true
  accepts-automated-change-request: true
  core-team:
    - name: Alice
      primary: true
  license:
    url: ${license.url}
    expression: ${license.expression}
${release ? `  release:\n    automated-pipeline: true\n    license:\n      url: ${release.url}\n      expression: ${release.expression}\n` : ''}`;
}

describe('OSPS-LE-01.01 DCO or CLA on every commit', () => {
  it('passes when every commit is signed off, failing once one is not', async () => {
    const r = makeRepo({ 'README.md': '# T\n' }, { git: true });
    cleanups.push(r.cleanup);
    git(r.root, 'commit', '-q', '--amend', '-s', '--no-edit');
    const ok = await run(r.root, 'OSPS-LE-01.01', 'unknown');
    expect(ok.status).toBe('pass');
    expect(ok.evidence[0]).toMatchObject({ kind: 'git' });
    expect(ok.evidence[0].detail).toMatch(/all 1 non-merge commit/);
    git(r.root, 'commit', '-q', '--allow-empty', '-m', 'unsigned change');
    const bad = await run(r.root, 'OSPS-LE-01.01', 'unknown');
    expect(bad.status).toBe('fail');
    expect(bad.evidence[0].detail).toMatch(/1 of 2/);
    expect(bad.evidence.some((e) => /has no Signed-off-by/.test(e.detail))).toBe(true);
    expect(bad.remediation).toMatch(/DCO/);
  });
  it("sets aside unsigned commits by GitHub App bots (crossplane's Renovate), but not a person's", async () => {
    const r = makeRepo({ 'README.md': '# T\n' }, { git: true });
    cleanups.push(r.cleanup);
    git(r.root, 'commit', '-q', '--amend', '-s', '--no-edit');
    const bot = ['-c', 'user.name=renovate[bot]', '-c', 'user.email=29139614+renovate[bot]@users.noreply.github.com'];
    execFileSync('git', [...bot, '-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', 'chore(deps): update'], { cwd: r.root, stdio: 'ignore' });
    const ok = await run(r.root, 'OSPS-LE-01.01', 'unknown');
    expect(ok.status).toBe('pass');
    expect(ok.evidence[0].detail).toMatch(/all 1 non-merge commit.*; 1 more commit\(s\) by GitHub App bots \(renovate\[bot\]\) have none and are set aside/);
    git(r.root, 'commit', '-q', '--allow-empty', '-m', 'unsigned change');
    const bad = await run(r.root, 'OSPS-LE-01.01', 'unknown');
    expect(bad.status).toBe('fail');
    expect(bad.evidence[0].detail).toMatch(/^1 of 2 non-merge/);
    expect(bad.evidence.filter((e) => /has no Signed-off-by/.test(e.detail))).toHaveLength(1);
  });
  it("sets aside the Copilot coding agent's commits (allstar): a [bot] author name with a no-reply address, not a person's [bot]-named commit elsewhere", async () => {
    const r = makeRepo({ 'README.md': '# T\n' }, { git: true });
    cleanups.push(r.cleanup);
    git(r.root, 'commit', '-q', '--amend', '-s', '--no-edit');
    const agent = ['-c', 'user.name=copilot-swe-agent[bot]', '-c', 'user.email=198982749+Copilot@users.noreply.github.com'];
    execFileSync('git', [...agent, '-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', 'Remove dead code'], { cwd: r.root, stdio: 'ignore' });
    // The same agent under its account's name, "Copilot".
    const account = ['-c', 'user.name=Copilot', '-c', 'user.email=198982749+Copilot@users.noreply.github.com'];
    execFileSync('git', [...account, '-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', 'Initial plan'], { cwd: r.root, stdio: 'ignore' });
    const ok = await run(r.root, 'OSPS-LE-01.01', 'unknown');
    expect(ok.status).toBe('pass');
    expect(ok.evidence[0].detail).toMatch(/all 1 non-merge commit.*; 2 more commit\(s\) by GitHub App bots \(Copilot, copilot-swe-agent\[bot\]\) have none and are set aside/);
    const named = ['-c', 'user.name=builder[bot]', '-c', 'user.email=builder@example.com'];
    execFileSync('git', [...named, '-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', 'unsigned change'], { cwd: r.root, stdio: 'ignore' });
    const bad = await run(r.root, 'OSPS-LE-01.01', 'unknown');
    expect(bad.status).toBe('fail');
    expect(bad.evidence[0].detail).toMatch(/^1 of 2 non-merge/);
  });
  it('passes with a configured DCO check even when history lacks sign-offs', async () => {
    const r = makeRepo({ 'README.md': '# T\n', '.github/dco.yml': 'require:\n  members: false\n' }, { git: true });
    cleanups.push(r.cleanup);
    const c = await run(r.root, 'OSPS-LE-01.01', 'unknown');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: '.github/dco.yml' });
  });
  it('a bot workflow that commits with --signoff checks nobody\'s commits: unsigned history still fails', async () => {
    const bump = 'on: schedule\njobs:\n  bump:\n    runs-on: ubuntu-latest\n    steps:\n      - run: git commit --signoff -m "build(deps): bump version"\n';
    const check = 'on: pull_request\njobs:\n  signoff:\n    runs-on: ubuntu-latest\n    steps:\n      - run: git log --format=%B origin/main..HEAD | grep -q "Signed-off-by:"\n';
    const bot = makeRepo({ 'README.md': '# T\n', '.github/workflows/bump.yml': bump }, { git: true });
    const checked = makeRepo({ 'README.md': '# T\n', '.github/workflows/sign-off.yml': check }, { git: true });
    cleanups.push(bot.cleanup, checked.cleanup);
    expect((await run(bot.root, 'OSPS-LE-01.01', 'unknown')).status).toBe('fail');
    const c = await run(checked.root, 'OSPS-LE-01.01', 'unknown');
    expect([c.status, c.evidence[0].path, c.evidence[0].detail]).toEqual(['pass', '.github/workflows/sign-off.yml', 'workflow checks Signed-off-by trailers']);
  });
  it('is attested when a workflow reports the license/cla status in the merge queue (trivy\'s bypass-cla.yaml)', async () => {
    const wf = 'name: CLA\non:\n  merge_group:\njobs:\n  cla:\n    name: license/cla\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "No test required"\n';
    const r = makeRepo({ 'README.md': '# T\n', '.github/workflows/bypass-cla.yaml': wf }, { git: true });
    cleanups.push(r.cleanup);
    const c = await run(r.root, 'OSPS-LE-01.01', 'unknown');
    expect([c.status, c.evidence[0].path, c.evidence[0].line]).toEqual(['attested', '.github/workflows/bypass-cla.yaml', 6]);
    expect(c.evidence[1].detail).toMatch(/a workflow stands in for a CLA app's required status/);
  });
  it("is attested when the guide says a DCO bot checks pull requests and most commits are signed off (dapr's CONTRIBUTING.md)", async () => {
    const guide = '# Contribution Guidelines\n\nMost contributions require you to signoff on your commits via\nthe Developer Certificate of Origin (DCO). When you submit a pull request, a DCO-bot will automatically determine\nwhether you need to provide signoff for your commit.\n';
    const r = makeRepo({ 'README.md': '# T\n', 'CONTRIBUTING.md': guide }, { git: true });
    cleanups.push(r.cleanup);
    git(r.root, 'commit', '-q', '--amend', '-s', '--no-edit');
    git(r.root, 'commit', '-q', '--allow-empty', '-s', '-m', 'signed');
    git(r.root, 'commit', '-q', '--allow-empty', '-m', 'squash merged (#10153)');
    const c = await run(r.root, 'OSPS-LE-01.01', 'unknown');
    expect([c.status, c.evidence[0].path, c.evidence[0].line]).toEqual(['attested', 'CONTRIBUTING.md', 4]);
    expect(c.evidence[1].detail).toMatch(/^1 of 3 .*names a DCO check on pull requests/);
    // Most commits unsigned: the guide's check is not what history shows.
    git(r.root, 'commit', '-q', '--allow-empty', '-m', 'unsigned');
    git(r.root, 'commit', '-q', '--allow-empty', '-m', 'unsigned again');
    expect((await run(r.root, 'OSPS-LE-01.01', 'unknown')).status).toBe('fail');
    // A link to the DCO app names the check too (witness's pull request template).
    const linked = makeRepo({ 'README.md': '# T\n', '.github/PULL_REQUEST_TEMPLATE.md': '- [ ] [DCO Sign-off](https://github.com/apps/dco)\n' }, { git: true });
    cleanups.push(linked.cleanup);
    git(linked.root, 'commit', '-q', '--allow-empty', '-s', '-m', 'signed');
    git(linked.root, 'commit', '-q', '--allow-empty', '-s', '-m', 'signed again');
    expect((await run(linked.root, 'OSPS-LE-01.01', 'unknown')).evidence[0]).toMatchObject({ path: '.github/PULL_REQUEST_TEMPLATE.md', line: 1 });
  });
  it('is unknown in a shallow checkout, saying fetch-depth: 0 would decide it', async () => {
    const src = makeRepo({ 'README.md': '# T\n' }, { git: true });
    cleanups.push(src.cleanup);
    git(src.root, 'commit', '-q', '--allow-empty', '-m', 'second');
    const dir = mkdtempSync(join(tmpdir(), 'slam-shallow-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${src.root}`, join(dir, 'c')], { stdio: 'ignore' });
    const c = await run(join(dir, 'c'), 'OSPS-LE-01.01', 'unknown');
    expect(c.status).toBe('unknown');
    expect(c.evidence.map((e) => e.detail).join(' ')).toMatch(/shallow.*fetch-depth: 0/);
  });
  it('is unknown outside a git repository', async () => {
    const c = await control({ 'README.md': '# T\n' }, 'OSPS-LE-01.01');
    expect(c.status).toBe('unknown');
    expect(c.evidence.map((e) => e.detail).join(' ')).toMatch(/not a git work tree/);
  });
});

describe('OSPS-LE-03.01 / 02.01 with Security Insights repository.license', () => {
  it('LE-03.01 fails when repository.license.url links to a missing file, naming the field', async () => {
    const c = await control({ LICENSE: licenseText('MIT'), 'security-insights.yml': insights({ url: 'https://github.com/o/r/blob/main/COPYING.txt', expression: 'MIT' }) }, 'OSPS-LE-03.01');
    expect(c.status).toBe('fail');
    expect(c.evidence[0].detail).toContain('repository.license.url');
    expect(c.remediation).toContain('repository.license.url');
  });
  it('LE-03.01 passes with the field pointing at the license', async () => {
    const c = await control({ LICENSE: licenseText('MIT'), 'security-insights.yml': insights({ url: 'https://github.com/o/r/blob/main/LICENSE', expression: 'MIT' }) }, 'OSPS-LE-03.01');
    expect(c.status).toBe('pass');
    expect(c.evidence.some((e) => e.kind === 'security-insights')).toBe(true);
  });
  it('LE-02.01 fails when the declared expression is not an open source license', async () => {
    const c = await control({ LICENSE: licenseText('MIT'), 'security-insights.yml': insights({ url: 'https://github.com/o/r/blob/main/LICENSE', expression: 'BUSL-1.1' }) }, 'OSPS-LE-02.01');
    expect(c.status).toBe('fail');
    expect(c.evidence[0].detail).toMatch(/repository\.license\.expression.*BUSL-1\.1/);
  });
  it("LE-02.01 passes on the license a COPYING file opens with, before the notices of bundled code (jq's), and says the rest was not identified", async () => {
    const notices =
      '\n\n\nThe documentation in docs/ is licensed under the Creative Commons CC BY 3.0 license, which can be found on its web site.\n\n\n' +
      'This program incorporates the example number formatter, whose author grants permission to use, copy, modify and distribute it for any purpose without fee, provided that this entire notice is included in all copies. '.repeat(3) +
      '\n\n\nThis program incorporates a modified date parser distributed under the following license:\n\n';
    const c = await control({ COPYING: licenseText('MIT') + notices + licenseText('BSD-3-Clause') }, 'OSPS-LE-02.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'COPYING', line: 1, detail: expect.stringMatching(/^identified as MIT by the text the file opens with, 9\d% similar \(the rest, \d+% of its words, was not identified/) });
  });
  it("LE-02.01 passes on the license text a LICENSE gives between separators after saying that it applies (lodash's), cited at its line", async () => {
    const preamble =
      'Copyright Widget Foundation and other contributors <https://widget.dev/>\n\nBased on Gadget.js, copyright Someone Else\n\nThis software consists of voluntary contributions made by many\nindividuals. For exact contribution history, see the revision history.\n\nThe following license applies to all parts of this software except as\ndocumented below:\n\n====\n\n';
    const rest =
      '\n====\n\nCopyright and related rights for sample code are waived via CC0. Sample\ncode is defined as all source code displayed within the prose of the\ndocumentation.\n\nCC0: http://creativecommons.org/publicdomain/zero/1.0/\n\n====\n\nFiles located in the node_modules and vendor directories are externally\nmaintained libraries used by this software which have their own\nlicenses; we recommend you read them, as their terms may differ from the\nterms above.\n';
    const mit = licenseText('MIT').replace(/^[\s\S]*?(?=Permission is hereby granted)/, '');
    const c = await control({ LICENSE: preamble + mit + rest }, 'OSPS-LE-02.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['pass', { path: 'LICENSE', line: 13, detail: expect.stringMatching(/^identified as MIT by the text the file gives after saying that it applies, 9\d% similar \(the rest/) }]);
    // Without the words saying that it applies, a license text between notices may be a bundled component's: not identified.
    const bundled = await control({ LICENSE: preamble.replace('The following license applies to all parts of this software except as\ndocumented below:', 'Gadget.js is bundled in vendor/ under its own terms:') + mit + rest }, 'OSPS-LE-02.01');
    expect(bundled.status).toBe('unknown');
    expect(bundled.evidence[0]).toMatchObject({ path: 'LICENSE', detail: expect.stringMatching(/^license text not identified/) });
  });
  it("LE-02.01 says a root LICENSE that names the other license files hands the license to them (rustls's), not that its text is unidentified", async () => {
    const pointer = 'Widget is distributed under the following two licenses:\n\n- Apache License version 2.0.\n- MIT license.\n\nThese are included as LICENSE-APACHE and LICENSE-MIT\nrespectively.  You may use this software under the terms of either.\n';
    const c = await control({ LICENSE: pointer, 'LICENSE-APACHE': licenseText('Apache-2.0'), 'LICENSE-MIT': licenseText('MIT') }, 'OSPS-LE-02.01');
    expect(c.status).toBe('pass');
    expect(c.evidence.find((e) => e.path === 'LICENSE')).toMatchObject({ line: 6, detail: 'holds no license text of its own: it names the license files LICENSE-APACHE, LICENSE-MIT' });
  });
  it("LE-02.01 says a root COPYING that names the licenses of the other license files hands the license to them (walkdir's), not that it is closest to some license", async () => {
    const pointer = 'This project is dual-licensed under the Unlicense and MIT licenses.\n\nYou may use this code under the terms of either license.\n';
    const files = { COPYING: pointer, UNLICENSE: licenseText('Unlicense'), 'LICENSE-MIT': licenseText('MIT') };
    const c = await control(files, 'OSPS-LE-02.01');
    expect(c.status).toBe('pass');
    expect(c.evidence.find((e) => e.path === 'COPYING')).toMatchObject({ line: 1, detail: 'holds no license text of its own: it names the licenses of LICENSE-MIT, UNLICENSE' });
    // A text that names only one of them is not a pointer to both.
    const one = await control({ ...files, COPYING: 'This project is licensed under the MIT license, with our own additions.\n' }, 'OSPS-LE-02.01');
    expect(one.evidence.find((e) => e.path === 'COPYING')?.detail).toMatch(/^license text not identified/);
  });
  it('LE-02.01 is attested when the text is not identified but an approved license is declared', async () => {
    const c = await control({ LICENSE: 'Our own words about licensing.\n', 'security-insights.yml': insights({ url: 'https://github.com/o/r/blob/main/LICENSE', expression: 'Apache-2.0' }) }, 'OSPS-LE-02.01');
    expect(c.status).toBe('attested');
    expect(c.evidence[0].detail).toMatch(/Apache-2\.0/);
  });
});

describe("OSPS-LE-02.01 / 02.02: a license text not identified beside a package manifest's license field (sidekiq)", () => {
  const pointer =
    'Copyright (c) Contributed Systems LLC\n\nWidget is an Open Source project licensed under the terms of\nthe LGPLv3 license.  Please see <http://www.gnu.org/licenses/lgpl-3.0.html>\nfor license text.\n\nWidget Pro has a commercial-friendly license.\nYou can find the commercial license in COMM-LICENSE.txt.\n';
  const gemspec = (license: string) => `Gem::Specification.new do |gem|\n  gem.name = "widget"\n  gem.license = ${license}\nend\n`;
  it('both are attested from the approved license the gemspec declares, at its line; the text stays not identified', async () => {
    for (const id of ['OSPS-LE-02.01', 'OSPS-LE-02.02']) {
      const c = await control({ 'LICENSE.txt': pointer, 'widget.gemspec': gemspec('"LGPL-3.0"') }, id, 'tagged');
      expect(c.status).toBe('attested');
      expect(c.evidence[0]).toMatchObject({ path: 'widget.gemspec', line: 3, detail: 'the package manifest declares the license LGPL-3.0; OSI-approved' });
      expect(c.evidence[1]).toMatchObject({ path: 'LICENSE.txt', detail: expect.stringMatching(/^license text not identified/) });
    }
  });
  it('stays unknown when the field names no approved license, or is not one expression', async () => {
    const refused = await control({ 'LICENSE.txt': pointer, 'package.json': '{\n  "name": "widget",\n  "license": "UNLICENSED"\n}\n' }, 'OSPS-LE-02.01');
    expect(refused.status).toBe('unknown');
    expect(refused.evidence.find((e) => e.path === 'package.json')).toMatchObject({ line: 3, detail: expect.stringMatching(/UNLICENSED; neither OSI-approved nor FSF free/) });
    expect((await control({ 'LICENSE.txt': pointer, 'widget.gemspec': gemspec('["MIT", "Nonsense"]') }, 'OSPS-LE-02.01')).status).toBe('unknown');
    expect((await control({ 'LICENSE.txt': pointer }, 'OSPS-LE-02.02', 'tagged')).status).toBe('unknown');
  });
});

describe("OSPS-LE-03.01 / 02.01: a root license file named for its license first (rack's MIT-LICENSE)", () => {
  it('passes both from MIT-LICENSE at the root, and a logo license in a folder does not stand for it', async () => {
    const files = { 'MIT-LICENSE': licenseText('MIT'), 'contrib/LICENSE.md': '# Contributed Materials\n\n## Logo\n\nCopyright, 2022, by an artist.\n' };
    expect(await control(files, 'OSPS-LE-03.01')).toMatchObject({ status: 'pass', evidence: [{ path: 'MIT-LICENSE', line: 1 }] });
    const c = await control(files, 'OSPS-LE-02.01');
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'MIT-LICENSE', line: 1 }] });
    expect(c.evidence[0].detail).toMatch(/^identified as MIT/);
  });
  it('a THIRD-PARTY-LICENSE at the root is not the project\'s license file', async () => {
    expect((await control({ 'THIRD-PARTY-LICENSE': licenseText('MIT') }, 'OSPS-LE-03.01')).status).toBe('fail');
  });
});

describe('OSPS-LE-02.01 / 02.02: -only or -or-later, for a text the same for both', () => {
  const detailOf = (c: ControlResult) => c.evidence.map((e) => e.detail).join('\n');
  it('takes the choice from a package manifest, at its line (pandoc.cabal:5)', async () => {
    const cabal = 'cabal-version:   2.4\nname:            pandoc\nversion:         3.10.2\nbuild-type:      Simple\nlicense:         GPL-2.0-or-later\nlicense-file:    COPYING.md\n';
    const files = { 'COPYING.md': licenseText('GPL-2.0-only'), 'pandoc.cabal': cabal };
    const c = await control(files, 'OSPS-LE-02.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0].detail).toMatch(/^identified as GPL-2\.0-or-later by its text, \d+% similar \(the text is the same for GPL-2\.0-only; the project declares GPL-2\.0-or-later in pandoc\.cabal:5 "license: GPL-2\.0-or-later"\)/);
    expect(c.evidence[1]).toMatchObject({ path: 'pandoc.cabal', line: 5 });
    const released = await control(files, 'OSPS-LE-02.02', 'tagged');
    expect(released.evidence[0].detail).toMatch(/source license GPL-2\.0-or-later \(approved\)/);
  });
  it.each([
    ['package.json', '{\n  "name": "x",\n  "license": "LGPL-2.1-only"\n}\n', 'LGPL-2.1', 'LGPL-2.1-only', 3],
    ['Cargo.toml', '[package]\nname = "x"\nlicense = "AGPL-3.0-or-later OR MIT"\n', 'AGPL-3.0', 'AGPL-3.0-or-later', 3],
    ['pyproject.toml', '[tool.x]\nlicense = "GPL-3.0-only"\n[project]\nname = "x"\nlicense = "GPL-3.0-or-later"\n', 'GPL-3.0', 'GPL-3.0-or-later', 5],
    ['x.gemspec', 'Gem::Specification.new do |s|\n  s.name = "x"\n  s.licenses = ["GPL-2.0+"]\nend\n', 'GPL-2.0', 'GPL-2.0-or-later', 3],
  ])('takes it from %s', async (manifest, text, base, id, line) => {
    const c = await control({ COPYING: licenseText(`${base}-only`), [manifest]: text }, 'OSPS-LE-02.01');
    expect(c.evidence[0].detail).toMatch(new RegExp(`^identified as ${id.replace(/[.+]/g, '\\$&')} `));
    expect(c.evidence[1]).toMatchObject({ path: manifest, line });
  });
  it('takes it from an "or (at your option) any later version" notice, at the line the sentence starts', async () => {
    const notice = 'Demo\nCopyright (C) 2026 Example\n\nThis program is free software; you can redistribute it and/or modify\nit under the terms of the GNU General Public License as published by\nthe Free Software Foundation; either version 3 of the License, or\n(at your option) any later version.\n';
    const c = await control({ COPYING: licenseText('GPL-3.0-only'), COPYRIGHT: notice }, 'OSPS-LE-02.01');
    expect(c.evidence[0].detail).toMatch(/^identified as GPL-3\.0-or-later .*in COPYRIGHT:6 "version 3 of the License, or \(at your option\) any later version"/);
    expect(c.evidence[1]).toMatchObject({ path: 'COPYRIGHT', line: 6 });
  });
  it('reads a README license section from its outline: a "# License" comment in a code block starts none', async () => {
    const fenced = '# Demo\n\n```sh\n# License: GNU General Public License, version 3 or later\n```\n';
    const none = await control({ COPYING: licenseText('GPL-3.0-only'), 'README.md': fenced }, 'OSPS-LE-02.01');
    expect(none.evidence[0].detail).toMatch(/^identified as GPL-3\.0-only or GPL-3\.0-or-later /);
    const section = '# Demo\n\nLicense\n=======\n\nThis program is under the GNU General Public License, version 3 or later.\n';
    const said = await control({ COPYING: licenseText('GPL-3.0-only'), 'README.md': section }, 'OSPS-LE-02.01');
    expect(said.evidence[0].detail).toMatch(/^identified as GPL-3\.0-or-later .*in README\.md:6 /);
  });
  it('keeps both when nothing declares which, and does not read another version, another license or a README outside its license section', async () => {
    const readme = '# Demo\n\nRequires the GPL tools, version 3 or later.\n\n## License\n\nReleased under the GPL. Needs Python version 3 or later.\nThe LGPL, version 3 or later, covers the bundled library.\nSome parts are under the GPL, version 2 or later.\n';
    const c = await control({ COPYING: licenseText('GPL-3.0-only'), 'README.md': readme, 'package.json': '{"name": "x", "license": "GPL-3.0"}' }, 'OSPS-LE-02.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0].detail).toMatch(/^identified as GPL-3\.0-only or GPL-3\.0-or-later by its text, \d+% similar \(the two share one text, and no package manifest license field or notice at the root says which\); OSI-approved/);
    expect(c.evidence).toHaveLength(1);
    const released = await control({ COPYING: licenseText('GPL-3.0-only') }, 'OSPS-LE-02.02', 'tagged');
    expect(released.evidence[0].detail).toMatch(/source license GPL-3\.0-only or GPL-3\.0-or-later \(approved\)/);
  });
  it("takes -only from a preamble above the license text that keeps to this version (libgit2's and git's COPYING)", async () => {
    const preamble = ' libgit2 is Copyright (C) the libgit2 contributors,\n unless otherwise stated.\n\n Note that the only valid version of the GPL as far as this project\n is concerned is _this_ particular version of the license (ie v2, not\n v2.2 or v3.x or whatever), unless explicitly otherwise stated.\n\n----------------------------------------------------------------------\n\n';
    const c = await control({ COPYING: preamble + licenseText('GPL-2.0-only') }, 'OSPS-LE-02.01');
    expect(c.evidence[0].detail).toMatch(/^identified as GPL-2\.0-only .*the project declares GPL-2\.0-only in COPYING:4 "only valid version of the GPL/);
    // Without a preamble the license's own text says nothing of which.
    expect((await control({ COPYING: licenseText('GPL-2.0-only') }, 'OSPS-LE-02.01')).evidence[0].detail).toMatch(/^identified as GPL-2\.0-only or GPL-2\.0-or-later /);
  });
  it('keeps both when declarations disagree, naming each', async () => {
    const c = await control({ COPYING: licenseText('GPL-2.0-only'), 'Cargo.toml': '[package]\nlicense = "GPL-2.0-only"\n', NOTICE: 'Licensed under the GPL, version 2 or later.\n' }, 'OSPS-LE-02.01');
    expect(detailOf(c)).toMatch(/identified as GPL-2\.0-only or GPL-2\.0-or-later .*declarations disagree: GPL-2\.0-only in Cargo\.toml:2 .*; GPL-2\.0-or-later in NOTICE:1/);
  });
});

describe('OSPS-LE-02.01: a LICENSE holding only the standard notice', () => {
  it('passes from the Apache-2.0 notice, pointing at the line it starts and saying the text is not there', async () => {
    const notice =
      'Copyright 2018 Example University\n\nLicensed under the Apache License, Version 2.0 (the "License");\nyou may not use this file except in compliance with the License.\nYou may obtain a copy of the License at\n\n    http://www.apache.org/licenses/LICENSE-2.0\n\nUnless required by applicable law or agreed to in writing, software\ndistributed under the License is distributed on an "AS IS" BASIS,\nWITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.\nSee the License for the specific language governing permissions and\nlimitations under the License.\n';
    const c = await control({ LICENSE: notice }, 'OSPS-LE-02.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'LICENSE', line: 3 });
    expect(c.evidence[0].detail).toMatch(/^identified as Apache-2\.0 by its standard license notice \(the file does not hold the license text\); OSI-approved/);
  });
});

describe('OSPS-LE-02.02 license of released assets', () => {
  it('passes with an approved source license and no different release license, explaining why', async () => {
    const c = await control({ LICENSE: licenseText('Apache-2.0') }, 'OSPS-LE-02.02', 'tagged');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'LICENSE' });
    expect(c.evidence[0].detail).toMatch(/Apache-2\.0.*repository\.release\.license is absent/);
  });
  it('fails for a source-available license, and for a declared release license that is not open source', async () => {
    expect((await control({ LICENSE: licenseText('BUSL-1.1') }, 'OSPS-LE-02.02', 'tagged')).status).toBe('fail');
    const c = await control(
      { LICENSE: licenseText('MIT'), 'security-insights.yml': insights({ url: 'https://github.com/o/r/blob/main/LICENSE', expression: 'MIT' }, { url: 'https://example.org/eula', expression: 'BUSL-1.1' }) },
      'OSPS-LE-02.02',
    );
    expect(c.status).toBe('fail');
    expect(c.evidence[0].detail).toContain('repository.release.license.expression');
  });
  it('fails without any license once released; not applicable before; unknown when it cannot be told', async () => {
    expect((await control({ 'README.md': '# T\n' }, 'OSPS-LE-02.02', 'tagged')).status).toBe('fail');
    expect((await control({ 'README.md': '# T\n' }, 'OSPS-LE-02.02', 'none')).status).toBe('not-applicable');
    expect((await control({ 'README.md': '# T\n' }, 'OSPS-LE-02.02', 'unknown')).status).toBe('unknown');
  });
});

describe('OSPS-LE-03.02 license in released source or alongside assets', () => {
  it('passes with a LICENSE at the root, saying source archives carry it', async () => {
    const c = await control({ LICENSE: licenseText('MIT') }, 'OSPS-LE-03.02', 'tagged');
    expect(c.status).toBe('pass');
    expect(c.evidence[0].detail).toMatch(/source archives/);
  });
  it('passes from a LICENSE asset on the latest release (API evidence)', async () => {
    const c = await control({ 'README.md': '# T\n' }, 'OSPS-LE-03.02', 'api');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ kind: 'api' });
    expect(c.evidence[0].url).toMatch(/releases\/download\/v1\.2\.0\/LICENSE$/);
  });
  it('fails when repository.release.license.url links into the repository at nothing', async () => {
    const c = await control(
      { LICENSE: licenseText('MIT'), 'security-insights.yml': insights({ url: 'https://github.com/o/r/blob/main/LICENSE', expression: 'MIT' }, { url: 'https://github.com/o/r/blob/main/dist/LICENSE.bin.txt', expression: 'MIT' }) },
      'OSPS-LE-03.02',
    );
    expect(c.status).toBe('fail');
    expect(c.evidence[0].detail).toContain('repository.release.license.url');
  });
  it('without a license in the tree: unknown offline (a release asset may carry it), pass when the release read online carries one, not applicable before a release', async () => {
    const online = await control({ 'README.md': '# T\n' }, 'OSPS-LE-03.02', 'api');
    expect(online.status).toBe('pass');
    expect(online.evidence[0].detail).toMatch(/ships a license file alongside its assets/);
    const offline = await control({ 'README.md': '# T\n' }, 'OSPS-LE-03.02', 'tagged');
    expect(offline.status).toBe('unknown');
    expect(offline.evidence.map((e) => e.detail).join(' ')).toMatch(/would decide it/);
    expect(offline.remediation).toMatch(/LICENSE/);
    expect((await control({ 'README.md': '# T\n' }, 'OSPS-LE-03.02', 'none')).status).toBe('not-applicable');
  });
});
