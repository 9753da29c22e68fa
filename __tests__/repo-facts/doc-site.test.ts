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
