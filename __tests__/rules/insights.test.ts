// inRepoPath: a link into the repository is checked against the tree, trying the split with a plain
// ref first and a slashed ref (a branch such as release/1.2) only when that path is missing.
import { afterEach, describe, expect, it } from 'vitest';
import type { Facts } from '../../src/facts/types.ts';
import { inRepoPath } from '../../src/rules/helpers/insights.ts';
import { cleanupRepos, control, insights } from './fixtures-acbrqa/helpers.ts';

afterEach(cleanupRepos);

const facts = (paths: string[]): Facts => ({ files: paths.map((path) => ({ path, kind: 'file' })), context: { repository: 'octo-org/demo' } }) as unknown as Facts;
const url = (rest: string) => `https://github.com/octo-org/demo/${rest}`;

describe('inRepoPath', () => {
  it('does not find .github/CONTRIBUTING.md in a root CONTRIBUTING.md (main/.github is no ref)', () => {
    expect(inRepoPath(facts(['CONTRIBUTING.md']), url('blob/main/.github/CONTRIBUTING.md'))).toBe('missing');
    expect(inRepoPath(facts(['CONTRIBUTING.md', '.github/CONTRIBUTING.md']), url('blob/main/.github/CONTRIBUTING.md'))).toBe('.github/CONTRIBUTING.md');
  });
  it('does not find docs/SECURITY.md in a root SECURITY.md (main/docs is no ref)', () => {
    expect(inRepoPath(facts(['SECURITY.md']), url('blob/main/docs/SECURITY.md'))).toBe('missing');
  });
  it('prefers the plain ref, and falls back to a branch with a slash only when that path is missing', () => {
    expect(inRepoPath(facts(['docs/SECURITY.md']), url('blob/release/1.2/docs/SECURITY.md'))).toBe('docs/SECURITY.md');
    expect(inRepoPath(facts(['1.2/docs/SECURITY.md', 'docs/SECURITY.md']), url('blob/release/1.2/docs/SECURITY.md'))).toBe('1.2/docs/SECURITY.md');
  });
  it('reads relative paths and other hosts as before', () => {
    expect(inRepoPath(facts(['docs/a.md']), './docs/a.md#x')).toBe('docs/a.md');
    expect(inRepoPath(facts([]), 'docs/a.md')).toBe('missing');
    expect(inRepoPath(facts([]), 'https://example.org/policy')).toBeNull();
  });
  it('reads a hand-written link without blob/<ref>/ as the file it names, but not GitHub\'s own pages', () => {
    expect(inRepoPath(facts([]), url('SECURITY.md'))).toBe('missing');
    expect(inRepoPath(facts(['docs/SECURITY.md']), url('docs/SECURITY.md'))).toBe('docs/SECURITY.md');
    expect(inRepoPath(facts([]), url('security/policy'))).toBeNull();
    expect(inRepoPath(facts([]), url('releases/download/v1.0/notes.md'))).toBeNull();
    expect(inRepoPath(facts([]), url('wiki'))).toBeNull();
  });
});

describe('a Security Insights link into .github/ with only a root file', () => {
  it('fails GV-03.01 as a link to nothing instead of counting the root CONTRIBUTING.md', async () => {
    const si = insights({ repository: { documentation: { 'contributing-guide': 'https://github.com/octo-org/demo/blob/main/.github/CONTRIBUTING.md' } } });
    const c = await control({ 'security-insights.yml': si, 'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request against main; a maintainer reviews every change before merging.\n' }, 'OSPS-GV-03.01');
    expect(c.status).toBe('fail');
    expect(c.evidence.map((e) => e.detail).join(' ')).toMatch(/contributing-guide.*not in the repository/);
  });
});
