// Reading GitHub releases: which assets are signatures, SBOMs, provenance, checksums or
// licenses, whether asset names carry the version, and whether the body reads like notes.
// Pure functions over already-parsed API data.
import type { AssetKind, ReleaseAsset, ReleaseInfo, ReleasesSummary } from './types.ts';

const SIGNATURE_SUFFIXES = ['.sig', '.asc', '.sigstore', '.sigstore.json', '.bundle', '.minisig', '.p7s'];
const CERTIFICATE_SUFFIXES = ['.pem', '.crt', '.cert'];
const SBOM_SUFFIXES = ['.spdx', '.spdx.json', '.spdx.xml', '.spdx.yaml', '.spdx.yml', '.cdx.json', '.cdx.xml'];
const CHECKSUM_SUFFIXES = ['.sha256', '.sha512', '.sha256sum', '.sha512sum', '.sha1', '.md5'];

/** What an asset is, judged by its name only. A signature over a checksum file is a signature. */
export function classifyAsset(name: string): AssetKind[] {
  const lower = name.toLowerCase();
  const kinds: AssetKind[] = [];
  if (SIGNATURE_SUFFIXES.some((s) => lower.endsWith(s))) return ['signature'];
  if (CERTIFICATE_SUFFIXES.some((s) => lower.endsWith(s))) return ['certificate'];
  if (
    SBOM_SUFFIXES.some((s) => lower.endsWith(s)) ||
    /(^|[^a-z])s?bom\.(json|xml)$/.test(lower) ||
    /(^|[^a-z])sbom([^a-z]|$)/.test(lower) ||
    lower.includes('cyclonedx')
  ) {
    kinds.push('sbom');
  }
  if (lower.endsWith('.intoto.jsonl') || lower.endsWith('.intoto.json') || lower.includes('provenance')) {
    kinds.push('provenance');
  }
  if (
    CHECKSUM_SUFFIXES.some((s) => lower.endsWith(s)) ||
    /^(sha(1|256|384|512)|md5)sums?([._-].*)?$/.test(lower) ||
    /(^|[^a-z])checksums?([^a-z]|$)/.test(lower)
  ) {
    kinds.push('checksum');
  }
  if (/(^|[^a-z])(licen[cs]es?|copying|notice)([^a-z]|$)/.test(lower)) kinds.push('license');
  return kinds;
}

/**
 * The version a tag names: `v1.2.3` → `1.2.3`, `tool-v2.0.0-rc.1` → `2.0.0-rc.1`;
 * a tag without a dotted number is its own version.
 */
export function versionFromTag(tag: string): string {
  const match = /(?<!\d)\d+(?:\.\d+)+(?:[-+][0-9A-Za-z.-]+)?/.exec(tag);
  return match ? match[0] : tag.replace(/^v(?=\d)/, '');
}

export function assetContainsVersion(assetName: string, tag: string): boolean {
  const version = versionFromTag(tag);
  if (!version) return false;
  return assetName.toLowerCase().includes(version.toLowerCase());
}

const CHANGE_WORDS =
  /(change ?log|what'?s changed|release notes|breaking|bug ?fix|fix(es|ed)?\b|features?\b|added|removed|deprecat|security|improvements?|full changelog)/i;

/** True when a release body reads like release notes: change words and some structure. */
export function looksLikeChangelog(body: string): boolean {
  const text = body.trim();
  if (text.length < 20) return false;
  const bullets = text.split(/\r?\n/).filter((line) => /^\s*([-*+]|\d+\.)\s+\S/.test(line)).length;
  const headings = /^\s{0,3}#{1,6}\s+\S/m.test(text);
  return CHANGE_WORDS.test(text) && (bullets >= 1 || headings || text.length >= 80);
}

export interface RawAsset {
  name: string;
  size: number;
  browserDownloadUrl: string;
}

export interface RawRelease {
  tagName: string;
  name: string | null;
  draft: boolean;
  prerelease: boolean;
  publishedAt: string | null;
  htmlUrl: string;
  body: string;
  assets: RawAsset[];
}

/** Of a release body kept in the facts: GitHub allows 125 000 characters; instructions come early. */
const MAX_BODY_CHARS = 100_000;

export function describeRelease(raw: RawRelease): ReleaseInfo {
  const assets: ReleaseAsset[] = raw.assets.map((asset) => ({
    name: asset.name,
    size: asset.size,
    browserDownloadUrl: asset.browserDownloadUrl,
    kinds: classifyAsset(asset.name),
    containsVersion: assetContainsVersion(asset.name, raw.tagName),
  }));
  const has = (kind: AssetKind) => assets.some((a) => a.kinds.includes(kind));
  // Signatures, certificates, checksum lists, provenance and licenses are commonly named after
  // the artifact or not versioned at all; the version check is about the artifacts themselves.
  const artifacts = assets.filter(
    (a) => !a.kinds.some((k) => k !== 'sbom'),
  );
  return {
    tagName: raw.tagName,
    name: raw.name,
    draft: raw.draft,
    prerelease: raw.prerelease,
    publishedAt: raw.publishedAt,
    htmlUrl: raw.htmlUrl,
    bodyLength: raw.body.length,
    hasChangelogBody: looksLikeChangelog(raw.body),
    ...(raw.body.trim() ? { body: raw.body.slice(0, MAX_BODY_CHARS) } : {}),
    assets,
    hasSignature: has('signature'),
    hasSbom: has('sbom'),
    hasProvenance: has('provenance'),
    hasChecksums: has('checksum'),
    hasLicense: has('license'),
    assetNamesContainVersion: artifacts.length > 0 && artifacts.every((a) => a.containsVersion),
  };
}

/** Derived facts over the published (non-draft) releases. */
export function summariseReleases(releases: ReleaseInfo[]): ReleasesSummary {
  const published = releases.filter((r) => !r.draft);
  const seen = new Map<string, number>();
  for (const r of published) seen.set(r.tagName, (seen.get(r.tagName) ?? 0) + 1);
  const duplicateTagNames = [...seen].filter(([, count]) => count > 1).map(([tag]) => tag);
  const latest = [...published]
    .filter((r) => r.publishedAt)
    .sort((a, b) => Date.parse(b.publishedAt ?? '') - Date.parse(a.publishedAt ?? ''))[0] ?? published[0];
  const count = (pred: (r: ReleaseInfo) => boolean) => published.filter(pred).length;
  return {
    publishedCount: published.length,
    releasesExist: published.length > 0,
    uniqueTagNames: duplicateTagNames.length === 0,
    duplicateTagNames,
    latest: latest ? { tagName: latest.tagName, publishedAt: latest.publishedAt, htmlUrl: latest.htmlUrl } : null,
    withAssets: count((r) => r.assets.length > 0),
    withSignatures: count((r) => r.hasSignature),
    withSbom: count((r) => r.hasSbom),
    withProvenance: count((r) => r.hasProvenance),
    withChecksums: count((r) => r.hasChecksums),
    withLicense: count((r) => r.hasLicense),
    withChangelogBody: count((r) => r.hasChangelogBody),
    withVersionedAssetNames: count((r) => r.assetNamesContainVersion),
  };
}
