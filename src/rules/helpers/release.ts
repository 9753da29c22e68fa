// Whether the project has released, and the release gate. Release-gated requirements: evidence
// found passes whatever the release state; without evidence, a released project fails, an
// unreleased one is not applicable, and one whose release state cannot be told is unknown.
import { newestRelease } from '../../facts/documents.ts';
import type { ReleaseInfo } from '../../facts/github/types.ts';
import type { Facts } from '../../facts/types.ts';
import type { Evidence } from '../../model/evidence.ts';
import { fail, notApplicable, type Outcome, unknown } from '../types.ts';

/**
 * Applies the release gate when no evidence was found: released → fail, no release →
 * not-applicable, cannot tell → unknown. `seen` is evidence that explains the miss.
 */
export function releaseGated(facts: Facts, seen: Evidence[], remediation: string): Outcome {
  const rel = releaseState(facts);
  if (rel.state === 'released') return fail([...seen, rel.evidence], remediation);
  if (rel.state === 'none') return notApplicable('the project has not made a release, so this requirement does not apply yet', [...seen, rel.evidence]);
  return unknown(`${rel.reason}; the requirement applies once the project has made a release`, remediation, seen);
}

/** The newest published release that is not a pre-release (else the newest published one). */
export function officialLatest(facts: Facts): ReleaseInfo | null {
  const rel = facts.github.releases;
  if (rel.state !== 'ok') return null;
  const published = rel.data.releases.filter((r) => !r.draft);
  const newest = (list: ReleaseInfo[]) =>
    [...list].sort((a, b) => Date.parse(b.publishedAt ?? '') - Date.parse(a.publishedAt ?? ''))[0] ?? null;
  return newest(published.filter((r) => !r.prerelease && r.publishedAt)) ?? newest(published.filter((r) => r.publishedAt)) ?? published[0] ?? null;
}

export function releaseEvidence(r: ReleaseInfo, detail: string): Evidence {
  return { kind: 'api', url: r.htmlUrl, detail: `release ${r.tagName}: ${detail}` };
}

/** Outcome for a release-gated rule when there is no release, or none can be seen; null to go on. */
export function gate(facts: Facts, what: string): Outcome | null {
  const rs = releaseState(facts);
  if (rs.state === 'none') return notApplicable(`the project has made no release, so ${what} does not apply yet`, [rs.evidence]);
  if (rs.state === 'unknown') return unknown(rs.reason, 'Run with a GitHub token (contents: read) so releases can be read.');
  return null;
}

/** The outcome when nothing was found: fail once released, not applicable before, unknown when it cannot be told. */
export function releaseGate(facts: Facts, missing: string, remediation: string, evidence: Evidence[] = []): Outcome {
  const rs = releaseState(facts);
  if (rs.state === 'released') return fail([...evidence, { kind: 'note', detail: missing }, rs.evidence], remediation);
  if (rs.state === 'none') return notApplicable(`the project has not made a release, so this is not yet required (${missing})`, [...evidence, rs.evidence]);
  return unknown(`${missing}; ${rs.reason}, and this is required only once the project has released`, remediation, evidence);
}

export type ReleaseState =
  | { state: 'released'; evidence: Evidence }
  | { state: 'none'; evidence: Evidence }
  | { state: 'unknown'; reason: string };

/**
 * Whether the project has made a release: the API's releases first, then tags in the checkout.
 * Release-gated requirements are not applicable without a release, unknown when it cannot be told.
 */
export function releaseState(facts: Facts): ReleaseState {
  const rel = facts.github.releases;
  if (rel.state === 'ok') {
    const s = rel.data.summary;
    if (s.releasesExist && s.latest)
      return { state: 'released', evidence: { kind: 'api', url: s.latest.htmlUrl, detail: `${s.publishedCount} published release(s); latest ${s.latest.tagName}` } };
    const tags = facts.github.tags;
    if (tags.state === 'ok' && tags.data.names.length > 0)
      return { state: 'released', evidence: { kind: 'api', detail: `no GitHub releases, but ${tags.data.names.length} tag(s), e.g. ${tags.data.names[0]}` } };
    if (tags.state === 'ok') return { state: 'none', evidence: { kind: 'api', detail: 'the repository has no releases and no tags' } };
  }
  // The example is the newest release by version (git lists tags as text, where v0.9.7 comes after v0.24.1), the
  // project's own before a module's in a subfolder (viper's remote/v1.21.0 beside v1.21.0).
  if (facts.git.tags.length > 0) {
    const tags = facts.git.tags;
    const own = ownTags(facts, tags);
    // Of two tags of one version, the one of no folder (v1.21.0 before a rel/ or v/ prefixed one).
    const example = newestRelease([...own.filter((t) => !t.includes('/')), ...own.filter((t) => t.includes('/'))])?.tag ?? newestRelease(tags)?.tag ?? tags[tags.length - 1];
    return { state: 'released', evidence: { kind: 'git', detail: `${facts.git.tags.length} tag(s) in the checkout, e.g. ${example}` } };
  }
  const why = rel.state === 'unknown' ? rel.reason : 'tags could not be read';
  return { state: 'unknown', reason: `whether the project has made a release could not be told (${why}; no tags in the checkout)` };
}

/**
 * The project's own tags: those of no folder (v1.2.3), and those whose prefix names no folder of the tree, a release
 * marker (Apache's rel/commons-io-2.22.0, rustls's v/0.23.43). A tag whose prefix is a folder is a module's there
 * (viper's remote/v1.21.0, controller-runtime's tools/setup-envtest/v0.24.0).
 */
export function ownTags(facts: Facts, tags: readonly string[]): string[] {
  const folders = new Map<string, boolean>();
  const isFolder = (prefix: string) => {
    let known = folders.get(prefix);
    if (known === undefined) {
      known = facts.files.some((f) => f.path.startsWith(`${prefix}/`));
      folders.set(prefix, known);
    }
    return known;
  };
  return tags.filter((t) => !t.includes('/') || !isFolder(t.slice(0, t.lastIndexOf('/'))));
}

/**
 * For a requirement whose evidence may be on the forge rather than in the repository (release
 * notes in a GitHub release, signatures or an SBOM among its assets): when GitHub's releases could
 * not be read (offline, no token, an API error), finding nothing here decides nothing. Returns the
 * `unknown` outcome that says what would decide it; null when releases were read (the caller
 * decides).
 */
export function forgeUnread(facts: Facts, missing: string, onForge: string, remediation: string, evidence: Evidence[] = []): Outcome | null {
  const rel = facts.github.releases;
  if (rel.state === 'ok') return null;
  return unknown(
    `${missing}; ${onForge} would be on the project's GitHub releases, which were not read (${rel.reason}): a run that can read releases (online, with a token that has contents: read) would decide it`,
    remediation,
    evidence,
  );
}

/** Release tooling whose every release writes release notes on the forge: configuration files, and publishing steps in workflows. */
const NOTES_CONFIG: [RegExp, string][] = [
  [/^\.?goreleaser\.ya?ml$/, 'GoReleaser, which writes a changelog into each release it publishes'],
  [/^(?:release-please-config\.json|\.release-please-manifest\.json)$/, 'release-please, which writes release notes for each release'],
  [/^\.changeset\/config\.json$/, 'Changesets, which writes a changelog entry for each release'],
  [/^(?:\.releaserc(?:\.(?:json|ya?ml|js|cjs|mjs))?|release\.config\.(?:js|cjs|mjs))$/, 'semantic-release, which writes release notes for each release'],
  [/^\.github\/release-drafter\.ya?ml$/, 'Release Drafter, which drafts release notes for each release'],
  [/^\.github\/release\.ya?ml$/, 'GitHub\'s generated release notes (.github/release.yml configures them)'],
  [/^cliff\.toml$/, 'git-cliff, which generates the changelog from commits'],
];
const NOTES_TOOLS = /^(?:goreleaser|release-please|github generated notes)$/;
const NOTES_BY: Record<string, string> = { 'github generated notes': "GitHub's generated release notes" };

/** Evidence that the project's release tooling writes release notes on every release (not decisive: the notes are on the forge). */
export function releaseNotesTooling(facts: Facts): Evidence[] {
  const out: Evidence[] = [];
  for (const f of facts.files) {
    if (out.length >= 3) break;
    const hit = NOTES_CONFIG.find(([re]) => re.test(f.path));
    if (hit) out.push({ kind: 'file', path: f.path, line: 1, detail: `release notes are written by ${hit[1]}` });
  }
  const seen = new Set<string>();
  for (const h of facts.workflows.detectors.releases.hits) {
    if (out.length >= 4) break;
    // One line of a script run by several jobs (cli/cli's script/release) is one piece of evidence.
    const at = `${h.path}:${h.line}:${h.tool}`;
    if (seen.has(at)) continue;
    seen.add(at);
    if (h.qualifies && NOTES_TOOLS.test(h.tool)) out.push({ kind: 'workflow', path: h.path, line: h.line, column: h.column, detail: NOTES_BY[h.tool] ? `the release workflow asks for ${NOTES_BY[h.tool]} on each release it creates` : `the release workflow runs ${h.tool}, which writes release notes for each release` });
  }
  return out;
}
