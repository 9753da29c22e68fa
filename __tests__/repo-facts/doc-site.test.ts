// The project's documentation site: its pages lead to the files of this tree they are built from.
import { describe, expect, it } from 'vitest';
import { sitePathCandidates, type DocSite } from '../../src/facts/doc-site.ts';

const ownHost: DocSite = { host: 'widget.dev', prefix: '', slugs: [], dir: 'docs' };
const readTheDocs: DocSite = { host: null, prefix: '', slugs: ['widget', 'octo-org'], dir: 'docs' };

describe('documentation site pages', () => {
  it('maps a page of the site to its Markdown source, after a version and a docs/ segment', () => {
    expect(sitePathCandidates(ownHost, 'https://widget.dev/docs/latest/community/contribute/pr/')?.[0]).toBe('docs/community/contribute/pr.md');
    expect(sitePathCandidates(ownHost, 'https://widget.dev/guide/install.html')).toContain('docs/guide/install.md');
    expect(sitePathCandidates(ownHost, 'https://widget.dev/')).toEqual(['docs/index.md', 'docs/README.md']);
  });
  it('maps a Read the Docs page of this repository after its language and version', () => {
    expect(sitePathCandidates(readTheDocs, 'https://widget.readthedocs.io/en/latest/developer-guide/code-contributions/')?.[0]).toBe('docs/developer-guide/code-contributions.md');
  });
  it('leaves other sites, another Read the Docs project and paths that climb out alone', () => {
    expect(sitePathCandidates(ownHost, 'https://other.dev/guide/')).toBeNull();
    expect(sitePathCandidates(readTheDocs, 'https://urllib3.readthedocs.io/en/latest/')).toBeNull();
    expect(sitePathCandidates(ownHost, 'mailto:a@widget.dev')).toBeNull();
    expect(sitePathCandidates({ ...ownHost, prefix: 'widget/' }, 'https://widget.dev/other/page/')).toBeNull();
    // The URL parser resolves dot segments, so a page can only name a path under the site's folder.
    expect(sitePathCandidates(ownHost, 'https://widget.dev/a/%2E%2E/%2E%2E/etc/passwd')?.every((p) => p.startsWith('docs/'))).toBe(true);
  });
});

describe('an Antora site: its pages are AsciiDoc files of its components\' modules', () => {
  const antora: DocSite = {
    host: 'logging.example.org',
    prefix: 'widget/2.x/',
    slugs: [],
    dir: '',
    antora: [{ dir: 'src/site/antora', name: 'home', modules: ['ROOT', 'admin'] }],
  };
  const pages = 'src/site/antora/modules';

  it('maps a page of the site to its source in the ROOT module, or in the module its URL names', () => {
    expect(sitePathCandidates(antora, 'https://logging.example.org/widget/2.x/development.html')?.[0]).toBe(`${pages}/ROOT/pages/development.adoc`);
    expect(sitePathCandidates(antora, 'https://logging.example.org/widget/2.x/manual/api.html#loggers')).toContain(`${pages}/ROOT/pages/manual/api.adoc`);
    expect(sitePathCandidates(antora, 'https://logging.example.org/widget/2.x/admin/setup.html')).toContain(`${pages}/admin/pages/setup.adoc`);
    expect(sitePathCandidates(antora, 'https://logging.example.org/widget/2.x/')).toEqual([`${pages}/ROOT/pages/index.adoc`]);
  });
  it('after the component\'s name and a version, as a versioned Antora site publishes it', () => {
    const site: DocSite = { ...antora, prefix: '' };
    expect(sitePathCandidates(site, 'https://logging.example.org/home/1.4/usage.html')?.[0]).toBe(`${pages}/ROOT/pages/usage.adoc`);
  });
  it('leaves other sites and other paths of the same host alone', () => {
    expect(sitePathCandidates(antora, 'https://logging.example.org/other/development.html')).toBeNull();
    expect(sitePathCandidates(antora, 'https://example.org/widget/2.x/development.html')).toBeNull();
  });
});

describe('a Hugo or Zola site: a section\'s page is its folder\'s _index.md', () => {
  const hugo: DocSite = { host: 'widget.dev', prefix: '', slugs: [], dir: 'site/content', sections: true };
  it('maps a page to its Markdown file, its bundle\'s index.md or its section\'s _index.md', () => {
    expect(sitePathCandidates(hugo, 'https://widget.dev/resources/support/')).toEqual(['site/content/resources/support.md', 'site/content/resources/support/index.md', 'site/content/resources/support/_index.md', 'site/content/resources/support/README.md']);
    // An MkDocs site has no section pages.
    expect(sitePathCandidates(ownHost, 'https://widget.dev/resources/support/')).not.toContain('docs/resources/support/_index.md');
  });
});
