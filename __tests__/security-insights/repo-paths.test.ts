// repoPathCandidates: which repository paths a GitHub blob/tree/raw URL may point at. The ref may
// contain slashes, but a split is offered only when its ref could be a branch.
import { describe, expect, it } from 'vitest';
import { repoPathCandidates } from '../../src/facts/security-insights/checks.ts';

const R = 'o/r';

describe('repoPathCandidates', () => {
  it('puts the split with a plain ref first', () => {
    expect(repoPathCandidates('https://github.com/o/r/blob/main/SECURITY.md', R)).toEqual(['SECURITY.md']);
    expect(repoPathCandidates('https://github.com/o/r/blob/develop/docs/SECURITY.md#contact', R)?.[0]).toBe('docs/SECURITY.md');
  });
  it('does not read main/.github as a ref: a root CONTRIBUTING.md is not a candidate for .github/CONTRIBUTING.md', () => {
    expect(repoPathCandidates('https://github.com/o/r/blob/main/.github/CONTRIBUTING.md', R)).toEqual(['.github/CONTRIBUTING.md']);
  });
  it('does not read main/docs, a commit or a version tag followed by a folder as a ref', () => {
    expect(repoPathCandidates('https://github.com/o/r/blob/main/docs/SECURITY.md', R)).toEqual(['docs/SECURITY.md']);
    expect(repoPathCandidates('https://github.com/o/r/blob/0123456789abcdef0123456789abcdef01234567/docs/x.md', R)).toEqual(['docs/x.md']);
    expect(repoPathCandidates('https://github.com/o/r/blob/v1.2.0/docs/x.md', R)).toEqual(['docs/x.md']);
  });
  it('offers a slashed ref that could be a branch after the plain split', () => {
    expect(repoPathCandidates('https://github.com/o/r/blob/release/1.2/docs/SECURITY.md', R)).toEqual(['1.2/docs/SECURITY.md', 'docs/SECURITY.md', 'SECURITY.md']);
    expect(repoPathCandidates('https://raw.githubusercontent.com/o/r/refs/heads/feature/x/README.md', R)).toEqual(['x/README.md', 'README.md']);
  });
  it('leaves out refs git refuses (a component starting with a dot, "..", ending in .lock)', () => {
    expect(repoPathCandidates('https://github.com/o/r/blob/topic/.hidden/a.md', R)).toEqual(['.hidden/a.md']);
    expect(repoPathCandidates('https://github.com/o/r/blob/topic/x.lock/a.md', R)).toEqual(['x.lock/a.md']);
  });
  it('reads a URL that ends at the ref as the repository root, and ignores other repositories', () => {
    expect(repoPathCandidates('https://github.com/o/r/tree/main', R)).toEqual(['']);
    expect(repoPathCandidates('https://github.com/other/r/blob/main/SECURITY.md', R)).toBeNull();
    expect(repoPathCandidates('https://example.org/o/r/blob/main/SECURITY.md', R)).toBeNull();
  });
});
