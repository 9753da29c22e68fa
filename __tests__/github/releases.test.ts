import { describe, expect, it } from 'vitest';
import { classifyAsset, looksLikeChangelog, versionFromTag } from '../../src/facts/github/index.ts';
import { describeRelease, summariseReleases } from '../../src/facts/github/releases.ts';

describe('classifyAsset', () => {
  it.each([
    ['tool_1.0.0_linux_amd64.tar.gz', []],
    ['tool_1.0.0_linux_amd64.tar.gz.sig', ['signature']],
    ['tool.tar.gz.asc', ['signature']],
    ['tool.sigstore', ['signature']],
    ['tool.tar.gz.sigstore.json', ['signature']],
    ['tool.bundle', ['signature']],
    ['tool.minisig', ['signature']],
    ['SHA256SUMS.asc', ['signature']],
    ['checksums.txt.sig', ['signature']],
    ['tool.pem', ['certificate']],
    ['tool.crt', ['certificate']],
    ['tool.spdx', ['sbom']],
    ['tool.spdx.json', ['sbom']],
    ['tool.cdx.json', ['sbom']],
    ['bom.json', ['sbom']],
    ['tool-sbom.json', ['sbom']],
    ['tool_1.0.0_sbom.zip', ['sbom']],
    ['multiple.intoto.jsonl', ['provenance']],
    ['tool.provenance.json', ['provenance']],
    ['SHA256SUMS', ['checksum']],
    ['sha512sums.txt', ['checksum']],
    ['checksums.txt', ['checksum']],
    ['tool_1.0.0_checksums.txt', ['checksum']],
    ['tool.tar.gz.sha256', ['checksum']],
    ['LICENSE', ['license']],
    ['LICENSE.txt', ['license']],
    ['THIRD_PARTY_LICENSES.md', ['license']],
    ['COPYING', ['license']],
    ['symbomb.tar.gz', []],
    ['licensed-tool.tar.gz', []],
  ])('%s → %j', (name, kinds) => {
    expect(classifyAsset(name)).toEqual(kinds);
  });
});

describe('versionFromTag', () => {
  it.each([
    ['v1.2.3', '1.2.3'],
    ['1.2.3', '1.2.3'],
    ['tool-v2.0.0-rc.1', '2.0.0-rc.1'],
    ['release-2026.02', '2026.02'],
    ['v7', '7'],
    ['nightly', 'nightly'],
  ])('%s → %s', (tag, version) => {
    expect(versionFromTag(tag)).toBe(version);
  });
});

describe('looksLikeChangelog', () => {
  it('accepts generated and hand-written notes', () => {
    expect(looksLikeChangelog("## What's Changed\n* Bump x by @bot in #1\n\n**Full Changelog**: v1...v2")).toBe(true);
    expect(looksLikeChangelog('### Bug fixes\n- Handle empty input\n### Features\n- New flag')).toBe(true);
    expect(looksLikeChangelog('This release fixes a crash when the configuration file is missing and adds a --quiet flag.')).toBe(true);
  });

  it('rejects empty and contentless bodies', () => {
    expect(looksLikeChangelog('')).toBe(false);
    expect(looksLikeChangelog('Bug fixes.')).toBe(false);
    expect(looksLikeChangelog('Release 1.2.3 of the project, see the website for more details about it')).toBe(false);
  });
});

describe('describeRelease and summariseReleases', () => {
  const base = { name: null, draft: false, prerelease: false, publishedAt: '2026-01-01T00:00:00Z', htmlUrl: 'https://example.test/r', body: '' };

  it('checks versioned names on artifacts only, and counts duplicate tags among published releases', () => {
    const a = describeRelease({
      ...base,
      tagName: 'v2.0.0',
      assets: [
        { name: 'tool-2.0.0-linux.tar.gz', size: 1, browserDownloadUrl: 'u' },
        { name: 'tool-2.0.0.spdx.json', size: 1, browserDownloadUrl: 'u' },
        { name: 'checksums.txt', size: 1, browserDownloadUrl: 'u' },
        { name: 'checksums.txt.sig', size: 1, browserDownloadUrl: 'u' },
        { name: 'multiple.intoto.jsonl', size: 1, browserDownloadUrl: 'u' },
      ],
    });
    expect(a.assetNamesContainVersion).toBe(true);
    expect(a.hasSignature && a.hasSbom && a.hasChecksums && a.hasProvenance).toBe(true);
    expect(a.hasLicense).toBe(false);

    const b = describeRelease({ ...base, tagName: 'v2.0.0', assets: [{ name: 'tool-linux.tar.gz', size: 1, browserDownloadUrl: 'u' }] });
    expect(b.assetNamesContainVersion).toBe(false);
    const draft = describeRelease({ ...base, tagName: 'v3.0.0', draft: true, publishedAt: null, assets: [] });
    expect(draft.assetNamesContainVersion).toBe(false);

    const summary = summariseReleases([a, b, draft]);
    expect(summary.publishedCount).toBe(2);
    expect(summary.uniqueTagNames).toBe(false);
    expect(summary.duplicateTagNames).toEqual(['v2.0.0']);
    expect(summary.withVersionedAssetNames).toBe(1);
  });

  it('has nothing to say about no releases', () => {
    const summary = summariseReleases([]);
    expect(summary.releasesExist).toBe(false);
    expect(summary.latest).toBeNull();
    expect(summary.uniqueTagNames).toBe(true);
  });
});
