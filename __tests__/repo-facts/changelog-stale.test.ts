// A changelog whose headings stop at an older release line than the newest tag of the same series:
// the current releases' notes are kept elsewhere (gson's CHANGELOG.md, newest "## Version 2.10").
import { afterEach, describe, expect, it } from 'vitest';
import { documentsOf, gatherDocuments } from '../../src/facts/documents.ts';
import { RepoSnapshot } from '../../src/facts/snapshot.ts';
import { makeRepo, type TempRepo, type Tree } from '../helpers/repo.ts';

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()?.cleanup();
});
function snap(tree: Tree): RepoSnapshot {
  const r = makeRepo(tree);
  repos.push(r);
  return RepoSnapshot.open(r.root);
}

const ENTRY = '* Support for serializing and deserializing records, on Java 16 and newer, with a fix for the type adapter.\n';
const GSON =
  `Change Log\n==========\n\nThe change log for versions newer than 2.10 is available only on the [GitHub Releases page](https://github.com/acme/widget/releases).\n\n` +
  `## Version 2.10\n\n${ENTRY}\n## Version 2.9.1\n\n${ENTRY}\n## Version 2.9.0\n\n${ENTRY}`;
const TAGS = ['1.7', 'gson-2.2.4', 'gson-parent-2.9.0', 'gson-parent-2.9.1', 'gson-parent-2.10', 'gson-parent-2.13.2-rc1', 'gson-parent-2.14.0'];

function changelog(tree: Tree, tags: string[]) {
  const docs = gatherDocuments(snap(tree), { repository: 'acme/widget', tags });
  return documentsOf(docs, 'changelog').find((d) => d.path === 'CHANGELOG.md');
}

describe('a changelog that stops before the newest release line', () => {
  it('is marked with the newest tag of the series that tagged its newest entry (gson)', () => {
    expect(changelog({ 'CHANGELOG.md': GSON }, TAGS)?.olderThanRelease).toBe('gson-parent-2.14.0');
  });
  it("takes any tag of its newest entry's release line for that entry's (mapstructure: \"## 1.5.1\", tags v1.5.0 and v2.4.0)", () => {
    const fork = `> As of v2 of this library, change log can be found in GitHub releases.\n\n## 1.5.1\n\n${ENTRY}\n## 1.5.0\n\n${ENTRY}`;
    expect(changelog({ 'CHANGELOG.md': fork }, ['v1.4.3', 'v1.5.0', 'v1.6.0', 'v2.4.0'])?.olderThanRelease).toBe('v2.4.0');
    expect(changelog({ 'CHANGELOG.md': fork }, ['v1.4.3', 'v1.5.0'])?.olderThanRelease).toBeUndefined();
  });
  it('is not marked when it names the newest release line, when no tag names its newest entry, or for another series of tags', () => {
    const current = GSON.replace('## Version 2.10', '## Version 2.14.0\n\n* Fix.\n\n## Version 2.10');
    expect(changelog({ 'CHANGELOG.md': current }, TAGS)?.olderThanRelease).toBeUndefined();
    // A patch release of the named line is the same line.
    expect(changelog({ 'CHANGELOG.md': GSON }, ['gson-parent-2.10', 'gson-parent-2.10.1'])?.olderThanRelease).toBeUndefined();
    expect(changelog({ 'CHANGELOG.md': GSON }, ['v3.0.0'])?.olderThanRelease).toBeUndefined();
    // A monorepo's other component has its own line: widget-extra-v0.12.0 beside widget-v0.8.4.
    const widget = `# Changelog\n\n## 0.8.4\n\n${ENTRY}\n## 0.8.3\n\n${ENTRY}`;
    expect(changelog({ 'CHANGELOG.md': widget }, ['widget-v0.8.3', 'widget-v0.8.4', 'widget-extra-v0.12.0'])?.olderThanRelease).toBeUndefined();
  });
});

describe('a changelog whose entries are major release lines', () => {
  // node-glob's changelog.md: "## 13", "## 12", then "## 11.1", beside v13.0.6.
  const GLOB = `# changeglob\n\n## 13\n\n${ENTRY}\n## 12\n\n${ENTRY}\n## 11.1\n\n${ENTRY}`;
  it('is not marked while its newest major line is the newest tag\'s, and is marked once a newer major is tagged', () => {
    expect(changelog({ 'CHANGELOG.md': GLOB }, ['v11.1.0', 'v12.0.0', 'v13.0.0', 'v13.0.6'])?.olderThanRelease).toBeUndefined();
    expect(changelog({ 'CHANGELOG.md': GLOB }, ['v11.1.0', 'v13.0.6', 'v14.0.1'])?.olderThanRelease).toBe('v14.0.1');
  });
});

describe('a monorepo whose components are tagged by folder', () => {
  const ROOT = `# Changelog\n\n## [0.4.2](https://github.com/acme/widget/compare/v0.4.1...v0.4.2) (2023-03-09)\n\n${ENTRY}`;
  const PART = (v: string) => `# Changelog\n\n## [${v}](https://github.com/acme/widget/compare/widget/v0.16.0...widget/v${v}) (2026-07-27)\n\n${ENTRY}`;
  const MONO_TAGS = ['v0.4.2', 'widget/v0.4.2', 'widget/v0.16.0', 'widget/v0.16.1', 'core/v0.16.1', 'widget-proxy/v0.9.7'];
  const gather = (tree: Tree, tags: string[]) => documentsOf(gatherDocuments(snap(tree), { repository: 'acme/widget', tags }), 'changelog');

  it("reads the tagged folder's changelog when the root one stops before the newest releases (release-please, Go module tags)", () => {
    const docs = gather({ 'CHANGELOG.md': ROOT, 'widget/CHANGELOG.md': PART('0.16.1'), 'core/CHANGELOG.md': PART('0.16.1') }, MONO_TAGS);
    expect(docs.find((d) => d.path === 'CHANGELOG.md')?.olderThanRelease).toBeDefined();
    // The folder named after the repository first; each is stale only against its own folder's tags.
    expect(docs.map((d) => [d.path, d.olderThanRelease])).toEqual([
      ['CHANGELOG.md', docs[0].olderThanRelease],
      ['widget/CHANGELOG.md', undefined],
      ['core/CHANGELOG.md', undefined],
    ]);
  });
  it('marks a component changelog that stops before its own newest tag, and adds none beside a current root changelog', () => {
    const stale = gather({ 'CHANGELOG.md': ROOT, 'widget/CHANGELOG.md': PART('0.4.2') }, MONO_TAGS);
    expect(stale.find((d) => d.path === 'widget/CHANGELOG.md')?.olderThanRelease).toBe('widget/v0.16.1');
    const current = gather({ 'CHANGELOG.md': ROOT.replace('0.4.2', '0.16.1'), 'widget/CHANGELOG.md': PART('0.16.1') }, ['v0.16.1', 'widget/v0.16.1']);
    expect(current.map((d) => d.path)).toEqual(['CHANGELOG.md']);
  });
  it("reads a crate's changelog tagged by its name and a hyphen (release-plz's tonic-v0.14.6), at the root or under crates/, not a tag of no such folder", () => {
    const tags = ['v0.4.2', 'v0.14.5', 'widget-v0.14.6', 'widget-build-v0.12.1', 'widget-build-v0.14.6', 'gson-parent-2.14.0'];
    const docs = gather({ 'CHANGELOG.md': ROOT, 'widget/CHANGELOG.md': PART('0.14.6'), 'crates/widget-build/CHANGELOG.md': `# Changelog\n\n## [0.12.1] - 2026-01-01\n\n${ENTRY}` }, tags);
    expect(docs.map((d) => [d.path, d.olderThanRelease])).toEqual([
      ['CHANGELOG.md', 'v0.14.5'],
      ['widget/CHANGELOG.md', undefined],
      ['crates/widget-build/CHANGELOG.md', 'widget-build-v0.14.6'],
    ]);
    // Without such a folder, only the root changelog.
    expect(gather({ 'CHANGELOG.md': ROOT, 'other/CHANGELOG.md': PART('0.14.6') }, tags).map((d) => d.path)).toEqual(['CHANGELOG.md']);
  });
});

describe('a history/ folder of the documentation, one changelog per package (hatch)', () => {
  it("is the changelog, the one named for the repository first; a docs blog's posts are no documentation", () => {
    const tree = {
      'docs/history/widget.md': `# Widget history\n\n## [1.18.0] - 2026-08-11\n\n${ENTRY}`,
      'docs/history/widgetling.md': `# Widgetling history\n\n## [1.27.0] - 2026-08-01\n\n${ENTRY}`,
      'docs/blog/posts/release-widget-1100.md': '# Widget v1.10.0\n\n## Test command\n\nThe new `widget test` command runs your tests.\n',
      'docs/blog/index.md': '# Blog\n',
      'docs/usage.md': '# Usage\n',
    };
    const docs = gatherDocuments(snap(tree), { repository: 'acme/widget', tags: ['widget-v1.18.0', 'widgetling-v1.27.0'] });
    expect(documentsOf(docs, 'changelog').map((d) => d.path)).toEqual(['docs/history/widget.md', 'docs/history/widgetling.md']);
    expect(documentsOf(docs, 'docs').map((d) => d.path)).toEqual(['docs/usage.md']);
  });
});
