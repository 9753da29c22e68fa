// Evidence one link away: project documents that delegate to another file, followed inside the
// repository only, up to two hops, each file read once; component READMEs of a monorepo.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveDocLink } from '../../src/facts/doc-links.ts';
import { documentsOf, gatherDocuments } from '../../src/facts/documents.ts';
import { RepoSnapshot } from '../../src/facts/snapshot.ts';
import { makeRepo, type TempRepo, type Tree } from '../helpers/repo.ts';

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()?.cleanup();
  vi.restoreAllMocks();
});
function snap(tree: Tree): RepoSnapshot {
  const r = makeRepo(tree);
  repos.push(r);
  return RepoSnapshot.open(r.root);
}

describe('resolveDocLink: inside the repository only', () => {
  const s = () =>
    snap({
      'CONTRIBUTING.md': 'x',
      'contribute/README.md': 'x',
      'docs/dev/guide.md': 'x',
      'docs/dev/notes.txt': 'x',
      'docs/logo.png': 'x',
      'bin/tool': 'x',
    });

  it('relative paths, folders (their README), anchors and queries, percent-escapes, root-relative paths', () => {
    const sn = s();
    expect(resolveDocLink(sn, 'CONTRIBUTING.md', 'contribute/README.md', null)).toBe('contribute/README.md');
    expect(resolveDocLink(sn, 'CONTRIBUTING.md', './contribute/', null)).toBe('contribute/README.md');
    expect(resolveDocLink(sn, 'CONTRIBUTING.md', 'contribute#rules', null)).toBe('contribute/README.md');
    expect(resolveDocLink(sn, 'docs/dev/guide.md', '../../contribute/README.md?plain=1', null)).toBe('contribute/README.md');
    expect(resolveDocLink(sn, 'docs/dev/guide.md', '/CONTRIBUTING.md', null)).toBe('CONTRIBUTING.md');
    expect(resolveDocLink(sn, 'contribute/README.md', '../docs/dev/notes%2Etxt', null)).toBe('docs/dev/notes.txt');
  });

  it('near misses: climbing out of the root, other repositories and sites, anchors, images, missing files', () => {
    const sn = s();
    expect(resolveDocLink(sn, 'CONTRIBUTING.md', '../CONTRIBUTING.md', 'octo-org/demo')).toBeNull();
    expect(resolveDocLink(sn, 'docs/dev/guide.md', '../../../etc/passwd', 'octo-org/demo')).toBeNull();
    expect(resolveDocLink(sn, 'CONTRIBUTING.md', 'https://github.com/octo-org/other/blob/main/CONTRIBUTING.md', 'octo-org/demo')).toBeNull();
    expect(resolveDocLink(sn, 'CONTRIBUTING.md', 'https://example.org/contribute/README.md', 'octo-org/demo')).toBeNull();
    expect(resolveDocLink(sn, 'CONTRIBUTING.md', '#rules', 'octo-org/demo')).toBeNull();
    expect(resolveDocLink(sn, 'CONTRIBUTING.md', 'docs/logo.png', 'octo-org/demo')).toBeNull();
    expect(resolveDocLink(sn, 'CONTRIBUTING.md', 'docs/missing.md', 'octo-org/demo')).toBeNull();
    expect(resolveDocLink(sn, 'CONTRIBUTING.md', 'mailto:a@b.c', 'octo-org/demo')).toBeNull();
    expect(resolveDocLink(sn, 'CONTRIBUTING.md', '%E0%A4%A', 'octo-org/demo')).toBeNull();
  });

  it('a github.com blob or tree URL of this same repository is a link into it', () => {
    const sn = s();
    expect(resolveDocLink(sn, 'CONTRIBUTING.md', 'https://github.com/Octo-Org/Demo/blob/main/docs/dev/guide.md#setup', 'octo-org/demo')).toBe('docs/dev/guide.md');
    expect(resolveDocLink(sn, 'CONTRIBUTING.md', 'https://github.com/octo-org/demo/tree/main/contribute', 'octo-org/demo')).toBe('contribute/README.md');
    expect(resolveDocLink(sn, 'CONTRIBUTING.md', 'https://github.com/octo-org/demo/blob/main/docs/dev/guide.md', null)).toBeNull();
  });
});

describe('gatherDocuments follows delegation', () => {
  it('gives the linked file the role, with the link it came by, up to two hops, each file read once', () => {
    const read = vi.spyOn(RepoSnapshot.prototype as unknown as { readUncached(p: string): unknown }, 'readUncached');
    const sn = snap({
      'CONTRIBUTING.md': '# Contributing\n\nSee [the handbook](handbook/README.md) and our [code of conduct](CODE_OF_CONDUCT.md).\n',
      'CODE_OF_CONDUCT.md': '# Code of conduct\n\nBe kind.\n',
      'handbook/README.md': '# Handbook\n\n- [Reviews](reviews.md)\n- [Back to contributing](../CONTRIBUTING.md)\n',
      'handbook/reviews.md': '# Reviews\n\nThe third hop is [here](deeper.md).\n',
      'handbook/deeper.md': '# Deeper\n\nNot reached.\n',
      'SECURITY.md': '# Security\n\nThe policy is in the [security docs](https://github.com/octo-org/demo/blob/main/docs/security.md).\n',
      'docs/security.md': '# Reporting\n\nWrite to security@demo.test.\n',
    });
    const docs = gatherDocuments(sn, { repository: 'octo-org/demo' });
    expect(documentsOf(docs, 'contributing').map((d) => [d.path, d.via])).toEqual([
      ['CONTRIBUTING.md', undefined],
      ['handbook/README.md', { path: 'CONTRIBUTING.md', line: 3 }],
      ['handbook/reviews.md', { path: 'handbook/README.md', line: 3 }],
    ]);
    expect(documentsOf(docs, 'code-of-conduct').map((d) => d.path)).toEqual(['CODE_OF_CONDUCT.md']);
    expect(documentsOf(docs, 'security').map((d) => d.path)).toEqual(['SECURITY.md', 'docs/security.md']);
    const perPath = new Map<string, number>();
    for (const [p] of read.mock.calls) perPath.set(p as string, (perPath.get(p as string) ?? 0) + 1);
    expect([...perPath.values()].every((n) => n === 1)).toBe(true);
    expect(perPath.has('handbook/deeper.md')).toBe(false);
  });

  it('a substantive guide delegates only links about its topic', () => {
    const long = 'We review every change carefully and explain what we expect. '.repeat(12);
    const sn = snap({
      'CONTRIBUTING.md': `# Contributing\n\n${long}\n\nInstall the tool as the [user guide](docs/install.md) says. Code style: see [style](docs/style.md).\n`,
      'docs/install.md': '# Install\n\nRun the installer.\n',
      'docs/style.md': '# Style\n\nUse the formatter.\n',
    });
    const docs = gatherDocuments(sn, { repository: null });
    expect(documentsOf(docs, 'contributing').map((d) => d.path)).toEqual(['CONTRIBUTING.md', 'docs/style.md']);
  });

  it('near miss: a long security policy that refers to its self-assessment does not make it the policy', () => {
    const long = 'Reports are answered within three days and fixed in the next release. '.repeat(12);
    const sn = snap({
      'SECURITY.md': `# Security\n\n${long}\n\nThe maintainers keep a self-assessment, [docs/security/self-assessment.md](docs/security/self-assessment.md).\nSee the [vulnerability reporting process](docs/security/reporting.md).\n`,
      'docs/security/self-assessment.md': '# Self-assessment\n\n## Goals\n\nThe token is never printed.\n',
      'docs/security/reporting.md': '# Reporting\n\nWrite to security@demo.test.\n',
    });
    const docs = gatherDocuments(sn, { repository: null });
    expect(documentsOf(docs, 'security').map((d) => d.path)).toEqual(['SECURITY.md', 'docs/security/reporting.md']);
  });

  it('a README section on reporting vulnerabilities hands over the policy it links; other sections do not', () => {
    const sn = snap({
      'README.md': '# widget\n\n## Usage\n\nSee the [guide](guide/README.md).\n\n## Reporting a security vulnerability\n\nSee [security disclosure and release process](security/README.md) for details.\n',
      'guide/README.md': '# Guide\n',
      'security/README.md': '# Security\n\nPlease email security@widget.test.\n',
    });
    const docs = gatherDocuments(sn, { repository: null });
    expect(documentsOf(docs, 'security').map((d) => [d.path, d.via])).toEqual([['security/README.md', { path: 'README.md', line: 9 }]]);
    expect(documentsOf(docs, 'component-readme').map((d) => d.path)).toEqual(['guide/README.md']);
  });

  it("leaves out an advisory the entry says the project was never vulnerable to, in its next paragraph (commons-compress's libbzip2 CVE)", () => {
    const notes = [
      'Release Notes',
      '',
      'Fixed Bugs:',
      '',
      '* BZip2CompressorInputStream now incorporates a similar patch as',
      '  the one that fixed CVE-2019-12900 in libbzip2.',
      '',
      '  Commons Compress has not been vulnerable to this CVE as it',
      '  would have rejected a file with too many selectors.',
      '* Fixed an out-of-memory error, CVE-2024-25710.',
      '  * Not affected by CVE-2024-0001 upstream.',
      '* Marked tests that fail on older Python patch releases as expected to fail due to missing a security fix for CVE-2021-23336.',
      '',
    ].join('\n');
    const docs = gatherDocuments(snap({ 'CHANGELOG.txt': notes }), { repository: null });
    expect(documentsOf(docs, 'changelog').map((d) => d.advisoryIds?.map((a) => a.id))).toEqual([['CVE-2024-25710']]);
  });

  it("leaves out the advisories of a list its lead-in says come from dependencies (flagger's \"CVEs fixed (originating from dependencies):\"), not those of another list", () => {
    const notes = [
      '# Changelog',
      '',
      '## 1.22.2',
      '',
      'This release updates packages used by the project.',
      '',
      'CVEs fixed (originating from dependencies):',
      '* CVE-2022-37434',
      '* CVE-2022-27191',
      '',
      '## 1.22.1',
      '',
      'Security fixes:',
      '',
      '* CVE-2022-11111',
      '  in the webhook handler',
      '',
    ].join('\n');
    const docs = gatherDocuments(snap({ 'CHANGELOG.md': notes }), { repository: null });
    expect(documentsOf(docs, 'changelog').map((d) => d.advisoryIds)).toEqual([[{ id: 'CVE-2022-11111', line: 15 }]]);
  });

  it('without a changelog at the root, the documentation site\'s changelog page is the changelog, at any depth', () => {
    const notes = '# Release notes\n\n## 1.0.1\n\n### Security fixes\n\nFix GHSA-qf9m-vfgh-m389.\n';
    const docs = gatherDocuments(snap({ 'docs/en/docs/release-notes.md': notes, 'docs/en/docs/history.md': '# History\n' }), { repository: null });
    expect(documentsOf(docs, 'changelog').map((d) => [d.path, d.kind, d.advisoryIds])).toEqual([['docs/en/docs/release-notes.md', 'project', [{ id: 'GHSA-qf9m-vfgh-m389', line: 7 }]]]);
    const withRoot = gatherDocuments(snap({ 'CHANGELOG.md': '# Changelog\n', 'docs/en/docs/release-notes.md': notes }), { repository: null });
    expect(documentsOf(withRoot, 'changelog').map((d) => d.path)).toEqual(['CHANGELOG.md']);
  });

  it('a release-notes folder: the newest released lines by the tags, not lines still to come', () => {
    const tree = {
      'CHANGELOG/CHANGELOG-4.0.md': '# v4.0.0 (TBD)\n',
      'CHANGELOG/CHANGELOG-3.8.md': '# v3.8.0 (TBC)\n',
      'CHANGELOG/CHANGELOG-3.10.md': '# v3.10.0\n',
      'CHANGELOG/CHANGELOG-3.9.md': '# v3.9.0\n\nFix GHSA-xg4h-6gfc-h4m8.\n',
    };
    const paths = (tags?: string[]) => documentsOf(gatherDocuments(snap(tree), { repository: null, ...(tags ? { tags } : {}) }), 'changelog').map((d) => d.path);
    expect(paths(['v3.8.0-alpha.0', 'v3.10.2', 'v3.9.1', 'v2.3.8'])).toEqual(['CHANGELOG/CHANGELOG-3.10.md', 'CHANGELOG/CHANGELOG-3.9.md']);
    // Without a tag to tell lines to come, the newest line that names a fixed advisory is read too.
    expect(paths([])).toEqual(['CHANGELOG/CHANGELOG-4.0.md', 'CHANGELOG/CHANGELOG-3.10.md', 'CHANGELOG/CHANGELOG-3.9.md']);
    expect(paths(['v0.1.0'])).toEqual(['CHANGELOG/CHANGELOG-4.0.md', 'CHANGELOG/CHANGELOG-3.10.md', 'CHANGELOG/CHANGELOG-3.9.md']);
  });

  it('a release-notes folder in the documentation (dapr\'s docs/release_notes/) is the changelog, and its entries are no policy pages', () => {
    const tree = {
      'docs/release_notes/v1.9.6.md': '# Dapr 1.9.6\n\nFixes CVE-2022-0001.\n',
      'docs/release_notes/v1.11.2.md': '# Dapr 1.11.2\n\n## Security: Potential DoS in the placement service (CVE-2023-37475)\n\n### Problem\n\nAn issue in the placement API.\n',
      'docs/release_notes/v1.18.2.md': '# Dapr 1.18.2\n',
      'docs/release_notes/v1.18.3.md': '# Dapr 1.18.3\n',
      'docs/release_notes/template.md': '# Dapr x.y.z\n',
      'docs/development/setup.md': '# Setup\n',
      'docs/changes/breaking.md': '# Breaking changes to come\n',
    };
    // The newest two, then the newest older one that names a fixed vulnerability.
    const docs = gatherDocuments(snap(tree), { repository: null, tags: ['v1.18.3', 'v1.11.2'] });
    expect(documentsOf(docs, 'changelog').map((d) => [d.path, d.advisoryIds?.map((a) => a.id)])).toEqual([
      ['docs/release_notes/v1.18.3.md', []],
      ['docs/release_notes/v1.18.2.md', []],
      ['docs/release_notes/v1.11.2.md', ['CVE-2023-37475']],
    ]);
    expect(documentsOf(docs, 'docs').map((d) => d.path).sort()).toEqual(['docs/changes/breaking.md', 'docs/development/setup.md']);
    const withRoot = gatherDocuments(snap({ ...tree, 'CHANGELOG/CHANGELOG-1.0.md': '# v1.0.0\n' }), { repository: null });
    expect(documentsOf(withRoot, 'changelog').map((d) => d.path)).toEqual(['CHANGELOG/CHANGELOG-1.0.md', 'docs/release_notes/v1.18.3.md', 'docs/release_notes/v1.11.2.md']);
  });

  it("a hidden release-notes folder (chainsaw's .release-notes/) is the changelog, without its template or the notes of no release yet", () => {
    const tree = {
      '.release-notes/_template.md': '# Release notes\n\nRelease notes for `TODO`.\n',
      '.release-notes/main.md': '# Release notes\n\nRelease notes for `main`.\n',
      '.release-notes/v0.2.9.md': '# Release notes\n\n## Fixes\n\n- Fixed a panic\n',
      '.release-notes/v0.2.14.md': '# Release notes\n\n## Fixes\n\n- Fixed a race\n',
      '.release-notes/v0.2.15.md': '# Release notes\n\n## New features\n\n- Status subresource patches\n',
    };
    const docs = gatherDocuments(snap(tree), { repository: null, tags: ['v0.2.15', 'v0.2.15-beta.4', 'v0.2.14'] });
    expect(documentsOf(docs, 'changelog').map((d) => d.path)).toEqual(['.release-notes/v0.2.15.md', '.release-notes/v0.2.14.md']);
    // Only the template and the notes to come: no changelog.
    const none = gatherDocuments(snap({ '.release-notes/_template.md': '# Release notes\n', '.release-notes/main.md': '# Release notes\n' }), { repository: null, tags: ['v0.1.0'] });
    expect(documentsOf(none, 'changelog')).toEqual([]);
  });

  it("with a root changelog that names no advisory, the newest file of a release-notes folder that names one is a changelog too (okhttp's docs/changelogs/)", () => {
    const tree = {
      'CHANGELOG.md': 'Change Log\n==========\n\n## Version 5.4.0\n\n * Fix: Limit each HTTP/2 response to 256 KiB of total headers.\n\nSee [4.x Change log](https://widget.dev/changelogs/changelog_4x/) for the legacy version changelogs.\n',
      'docs/changelogs/upgrading_to_widget_4.md': '# Upgrading to Widget 4\n',
      'docs/changelogs/changelog_4x.md': '# Change Log\n\n## Version 4.9.2\n\n * Fix: Strictly verify hostnames. This issue is tracked as [CVE-2021-0341].\n',
      'docs/changelogs/changelog_3x.md': '# Change Log\n\n## Version 3.14.0\n\n * Fix: CVE-2016-2402.\n',
    };
    const docs = gatherDocuments(snap(tree), { repository: null, tags: ['parent-5.4.0', 'parent-4.9.2'] });
    expect(documentsOf(docs, 'changelog').map((d) => [d.path, d.advisoryIds?.map((a) => a.id)])).toEqual([
      ['CHANGELOG.md', []],
      ['docs/changelogs/changelog_4x.md', ['CVE-2021-0341']],
    ]);
    // A root changelog that names one is enough: the folder is not read.
    const named = gatherDocuments(snap({ ...tree, 'CHANGELOG.md': '# Changes\n\n## 5.4.0\n\n- Fix CVE-2026-0001.\n' }), { repository: null });
    expect(documentsOf(named, 'changelog').map((d) => d.path)).toEqual(['CHANGELOG.md']);
  });

  it('component READMEs: linked from an index README, and in well-known component folders', () => {
    const sn = snap({
      'README.md': '# Charts\n\n- [api](deploy/api/README.md)\n- [web](charts/web)\n',
      'deploy/api/README.md': '# api\n',
      'charts/web/README.md': '# web\n',
      'packages/cli/README.md': '# cli\n',
      'packages/cli/src/README.md': '# not a component README\n',
    });
    const docs = gatherDocuments(sn, { repository: null });
    expect(documentsOf(docs, 'component-readme').map((d) => d.path)).toEqual(['deploy/api/README.md', 'charts/web/README.md', 'packages/cli/README.md']);
  });
});

describe('gatherDocuments reads the documentation site\'s sources kept outside docs/', () => {
  const playbook = 'site:\n  title: Widget\n  url: "https://logging.example.org/widget/2.x"\ncontent:\n  sources:\n    - url: .\n';
  const guide = `= Getting started\n\n${'Add the dependency, write a configuration file and log your first message. '.repeat(5)}\n`;

  it('an Antora component\'s pages (not its partials), and a site link to a page leads to its source', () => {
    const sn = snap({
      'README.adoc': '= Widget\n\n== Contributing\n\nSee https://logging.example.org/widget/2.x/development.html[the Development page].\n',
      'antora-playbook.yaml': playbook,
      'src/site/antora/antora.yml': 'name: home\ntitle: Home\nversion: ~\n',
      'src/site/antora/modules/ROOT/pages/manual/getting-started.adoc': guide,
      'src/site/antora/modules/ROOT/pages/development.adoc': '= Development\n\n== Pull requests\n\nOpen a pull request against main.\n',
      'src/site/antora/modules/ROOT/partials/snippet.adoc': '= Snippet\n',
      'src/site/antora/modules/ROOT/nav.adoc': '* xref:index.adoc[]\n',
    });
    const docs = gatherDocuments(sn, { repository: 'octo-org/widget' });
    expect(documentsOf(docs, 'docs').map((d) => d.path)).toEqual(['src/site/antora/modules/ROOT/pages/development.adoc', 'src/site/antora/modules/ROOT/pages/manual/getting-started.adoc']);
    expect(docs.site?.host).toBe('logging.example.org');
    expect(resolveDocLink(sn, 'README.adoc', 'https://logging.example.org/widget/2.x/development.html', 'octo-org/widget', docs.site ?? null)).toBe('src/site/antora/modules/ROOT/pages/development.adoc');
  });

  it('a Maven site\'s Markdown and AsciiDoc pages when src/site/site.xml declares the site', () => {
    const tree = { 'src/site/markdown/usage.md': '# Usage\n\nRun it.\n', 'src/site/asciidoc/faq.adoc': '= FAQ\n', 'src/site/resources/notes.md': '# Notes\n' };
    const paths = (t: Tree) => documentsOf(gatherDocuments(snap(t), { repository: null }), 'docs').map((d) => d.path);
    expect(paths({ ...tree, 'src/site/site.xml': '<project/>\n' })).toEqual(['src/site/asciidoc/faq.adoc', 'src/site/markdown/usage.md']);
    expect(paths(tree)).toEqual([]);
  });

  it('near misses: an Antora component in test fixtures, and no site URL without a playbook', () => {
    const sn = snap({
      'src/test/resources/antora/antora.yml': 'name: fixture\n',
      'src/test/resources/antora/modules/ROOT/pages/index.adoc': '= Fixture\n',
      'site/antora.yml': 'name: widget\n',
      'site/modules/ROOT/pages/index.adoc': '= Widget\n',
    });
    const docs = gatherDocuments(sn, { repository: null });
    expect(documentsOf(docs, 'docs').map((d) => d.path)).toEqual(['site/modules/ROOT/pages/index.adoc']);
    expect(docs.site).toBeUndefined();
  });
});

describe('Antora attributes', () => {
  it("resolves a page's {name} references from antora.yml, the playbook and the page's own entries (logging-log4j2's download page)", () => {
    const sn = snap({
      'antora-playbook.yaml': 'site:\n  url: https://logging.acme.dev/widget\nasciidoc:\n  attributes:\n    page-toclevels: "4@"\n    dist-host: https://downloads.acme.dev\n',
      'src/site/antora/antora.yml': 'name: widget\nversion: ~\nasciidoc:\n  attributes:\n    # Commons\n    logging-services-url: "https://logging.acme.dev"\n    block: |\n      not a value\n',
      'src/site/antora/modules/ROOT/pages/download.adoc':
        '= Download\n:dist-url: {dist-host}/widget\n\nVerify them by following the instructions in {logging-services-url}/download.html[the Download page]; get {dist-url}/widget.zip[the zip]. {unknown-attr} stays.\n',
    });
    const docs = gatherDocuments(sn, { repository: null });
    const page = docs.byPath['src/site/antora/modules/ROOT/pages/download.adoc'];
    expect(page.outline?.links.map((l) => [l.target, l.line])).toEqual([
      ['https://logging.acme.dev/download.html', 4],
      ['https://downloads.acme.dev/widget/widget.zip', 4],
    ]);
    expect(page.outline?.headings[0].body).toContain('{unknown-attr} stays');
  });
});
