// The first real checks, each with fixtures that pass and fixtures that fail.
import { afterEach, describe, expect, it } from 'vitest';
import { rootCertificates } from 'node:tls';
import { evaluate } from '../src/engine.ts';
import type { ControlResult } from '../src/result/types.ts';
import { javaClass, tinyElf } from './helpers/binaries.ts';
import { licenseText } from './helpers/license-texts.ts';
import { makeRepo, type TempRepo, type Tree } from './helpers/repo.ts';

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()?.cleanup();
});

async function control(files: Tree, id: string, git = false): Promise<ControlResult> {
  const r = makeRepo(files, { git });
  repos.push(r);
  const { result } = await evaluate(r.root, { level: 3, offline: true });
  const c = result.controls.find((x) => x.id === id);
  if (!c) throw new Error(`${id} missing`);
  return c;
}

const ELF = tinyElf();

describe('OSPS-LE-03.01 license file location', () => {
  it('passes with LICENSE at the root', async () => {
    const c = await control({ LICENSE: licenseText('MIT') }, 'OSPS-LE-03.01');
    expect(c.status).toBe('pass');
    expect(c.location).toEqual({ path: 'LICENSE', line: 1 });
  });
  it('passes with a LICENSES/ directory and with COPYING', async () => {
    expect((await control({ 'LICENSES/MIT.txt': licenseText('MIT') }, 'OSPS-LE-03.01')).status).toBe('pass');
    expect((await control({ COPYING: licenseText('GPL-3.0-only') }, 'OSPS-LE-03.01')).status).toBe('pass');
  });
  it("with a root LICENSE, a REUSE LICENSES/ folder holds other parts' licenses, not the project's", async () => {
    const tree = { 'LICENSE.MIT': licenseText('MIT'), 'LICENSES/MIT.txt': licenseText('MIT'), 'LICENSES/GPL-3.0-only.txt': licenseText('GPL-3.0-only') };
    for (const id of ['OSPS-LE-02.01', 'OSPS-LE-02.02', 'OSPS-LE-03.01']) {
      const c = await control(tree, id);
      expect(c.status, id).toBe('pass');
      expect(c.evidence.map((e) => e.path), id).toEqual(['LICENSE.MIT']);
    }
    expect((await control({ 'LICENSES/GPL-3.0-only.txt': licenseText('GPL-3.0-only') }, 'OSPS-LE-02.01')).evidence[0].detail).toContain('GPL-3.0-only');
  });
  it('fails when the license is only in a subfolder, naming it', async () => {
    const c = await control({ 'docs/LICENSE': licenseText('MIT'), 'README.md': '# x' }, 'OSPS-LE-03.01');
    expect(c.status).toBe('fail');
    expect(c.evidence[0].path).toBe('docs/LICENSE');
  });
  it('fails without any license and anchors the finding to the README', async () => {
    const c = await control({ 'README.md': '# x', 'src/license.ts': 'export {}' }, 'OSPS-LE-03.01');
    expect(c.status).toBe('fail');
    expect(c.location).toEqual({ path: 'README.md', line: 1, create: 'LICENSE' });
  });
});

describe('OSPS-LE-02.01 approved license', () => {
  it('passes for Apache-2.0 and MIT identified from their text', async () => {
    const a = await control({ LICENSE: licenseText('Apache-2.0') }, 'OSPS-LE-02.01');
    expect(a.status).toBe('pass');
    expect(a.evidence[0].detail).toMatch(/Apache-2\.0/);
    const m = await control({ 'LICENSE.md': licenseText('MIT', 'Jane Doe') }, 'OSPS-LE-02.01');
    expect(m.evidence[0].detail).toMatch(/\bMIT\b/);
    expect(m.status).toBe('pass');
  });
  it('fails for a source-available license that is neither OSI nor FSF approved', async () => {
    const c = await control({ LICENSE: licenseText('BUSL-1.1') }, 'OSPS-LE-02.01');
    expect(c.status).toBe('fail');
    expect(c.evidence[0].detail).toMatch(/BUSL-1\.1/);
  });
  it('is unknown, not a guessed pass, for a text it cannot identify', async () => {
    const c = await control({ LICENSE: 'The Demo Terms. Do what we say.\n' }, 'OSPS-LE-02.01');
    expect(c.status).toBe('unknown');
  });
  it('fails, saying why, for a text that reserves all rights and grants none', async () => {
    const c = await control({ LICENSE: 'All rights reserved. Do what we say.\n' }, 'OSPS-LE-02.01');
    expect(c.status).toBe('fail');
    expect(c.evidence[0].detail).toContain('reserves all rights');
  });
  it('fails without a license file', async () => {
    expect((await control({ 'README.md': '# x' }, 'OSPS-LE-02.01')).status).toBe('fail');
  });
});

describe('OSPS-GV-03.01 contribution guide', () => {
  it('passes with CONTRIBUTING.md in .github/', async () => {
    const c = await control({ '.github/CONTRIBUTING.md': '# Contributing\n\nFork the repository, create a branch, open a pull request; a maintainer reviews it within a week.\n' }, 'OSPS-GV-03.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0].path).toBe('.github/CONTRIBUTING.md');
  });
  it('passes with a real Contributing section in the README', async () => {
    const c = await control({ 'README.md': '# Tool\n\nDoes things.\n\n## Contributing\n\nOpen an issue to discuss, then send a pull request with tests. We review every change.\n' }, 'OSPS-GV-03.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0].line).toBe(5);
  });
  it('fails with an empty CONTRIBUTING file; an empty README heading alone is unknown offline', async () => {
    // Without a CONTRIBUTING file of its own, the owner's default (not read offline) may be shown: unknown, not pass.
    expect((await control({ 'README.md': '# Tool\n\n## Contributing\n\n## License\n\nMIT\n' }, 'OSPS-GV-03.01')).status).toBe('unknown');
    expect((await control({ 'CONTRIBUTING.md': '# TODO\n' }, 'OSPS-GV-03.01')).status).toBe('fail');
  });
});

describe('OSPS-DO-02.01 reporting defects', () => {
  it('passes with a bug report issue template', async () => {
    const c = await control({ '.github/ISSUE_TEMPLATE/bug_report.yml': 'name: Bug report\nbody: []\n' }, 'OSPS-DO-02.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0].path).toBe('.github/ISSUE_TEMPLATE/bug_report.yml');
  });
  it('passes with a "Reporting bugs" section', async () => {
    const c = await control({ 'CONTRIBUTING.md': '# Contributing\n\n## Reporting bugs\n\nOpen an issue on GitHub with the version, what you did and what happened.\n' }, 'OSPS-DO-02.01');
    expect(c.status).toBe('pass');
  });
  it('does not count a template chooser config (release-gated: unknown when whether the project released cannot be told)', async () => {
    // Offline, no git: the release state is unknown, so a missing guide is unknown rather than fail
    // (__tests__/rules/documentation.test.ts covers the fail with a tagged release).
    const c = await control({ '.github/ISSUE_TEMPLATE/config.yml': 'blank_issues_enabled: false\n', 'README.md': '# x\n' }, 'OSPS-DO-02.01');
    expect(c.status).toBe('unknown');
    expect(c.remediation).toMatch(/bug_report/);
  });
});

describe('OSPS-VM-02.01 security contacts', () => {
  it('passes with an e-mail address in SECURITY.md, on its line', async () => {
    const c = await control({ 'SECURITY.md': '# Security\n\nReport vulnerabilities to security@acme.dev.\n' }, 'OSPS-VM-02.01');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]).toMatchObject({ path: 'SECURITY.md', line: 3 });
  });
  it('passes with a link to private vulnerability reporting', async () => {
    const c = await control({ '.github/SECURITY.md': '# Security\n\n[Report a vulnerability](https://github.com/o/r/security/advisories/new)\n' }, 'OSPS-VM-02.01');
    expect(c.status).toBe('pass');
  });
  it('fails when SECURITY.md names nobody; with none, unknown offline', async () => {
    const c = await control({ 'SECURITY.md': '# Security\n\nWe take security seriously.\n' }, 'OSPS-VM-02.01');
    expect(c.status).toBe('fail');
    expect(c.evidence[0].path).toBe('SECURITY.md');
    // With none, GitHub may show the owner's default SECURITY.md, which is not read offline.
    expect((await control({ 'README.md': '# x' }, 'OSPS-VM-02.01')).status).toBe('unknown');
  });
});

describe('OSPS-QA-05.01 and QA-05.02 committed binaries', () => {
  it('pass for a tree of sources, images and fonts', async () => {
    const png = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(32)]);
    const files = { 'src/a.ts': 'x', 'logo.png': png, 'font.woff2': Buffer.concat([Buffer.from('wOF2'), Buffer.alloc(16)]), 'gradlew': '#!/bin/sh\necho hi\n' };
    // A checkout: in a folder that is not one, what is in version control cannot be told.
    expect((await control(files, 'OSPS-QA-05.01', true)).status).toBe('pass');
    expect((await control(files, 'OSPS-QA-05.02', true)).status).toBe('pass');
    expect((await control(files, 'OSPS-QA-05.01')).status).toBe('unknown');
  });
  it('QA-05.01 fails for an ELF binary even with a harmless name, and for a Java class', async () => {
    const c = await control({ 'tools/helper': ELF, 'lib/A.class': javaClass() }, 'OSPS-QA-05.01');
    expect(c.status).toBe('fail');
    expect(c.evidence.map((e) => e.path).sort()).toEqual(['lib/A.class', 'tools/helper']);
  });
  it('QA-05.02 fails for a committed archive and an unknown binary blob', async () => {
    const zip = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(30)]);
    const c = await control({ 'vendor.zip': zip, 'data/blob.dat': Buffer.from([1, 0, 2, 0, 3]) }, 'OSPS-QA-05.02');
    expect(c.status).toBe('fail');
    expect(c.evidence.map((e) => e.path).sort()).toEqual(['data/blob.dat', 'vendor.zip']);
  });
  it("QA-05.02 passes a DER certificate (rustls's benches/data/cert-*.der), naming it as reviewable with openssl", async () => {
    const der = Buffer.from(rootCertificates[0].replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
    const c = await control({ 'benches/data/cert-github.0.der': der }, 'OSPS-QA-05.02', true);
    expect(c.status).toBe('pass');
    expect(c.evidence.map((e) => e.detail).join('\n')).toContain('benches/data/cert-github.0.der (X.509 certificate (DER))');
  });
});
