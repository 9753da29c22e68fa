// OSPS-BR-02.01: Each release has a unique version identifier.
// Each published release has its own tag (GitHub refuses two releases on one tag, but a release can
// be re-pointed: a duplicate or a tag without any digit, like `latest` or `nightly`, is not a
// unique version identifier). Pre-releases and drafts are not official releases and do not fail.
// Tags without GitHub releases are unique by construction in git. No release at all: the release
// gate decides (helpers/release.ts).
import type { Facts } from '../facts/types.ts';
import { compareNatural } from '../model/order.ts';
import { apiEvidence } from './helpers/evidence.ts';
import { gate, officialLatest, ownTags, releaseEvidence, releaseState } from './helpers/release.ts';
import { fail, type Outcome, pass } from './types.ts';

const VERSIONISH = /\d/;
/** A tag that is a version alone (0.4.33, v1.2.0), not a package's (env_logger-0.4.3). */
const BARE_VERSION = /^v?\d/i;

export const id = 'OSPS-BR-02.01';

export function evaluate(facts: Facts): Outcome {
  const rel = facts.github.releases;
  if (rel.state === 'ok' && rel.data.summary.releasesExist) {
    const s = rel.data.summary;
    const ev = apiEvidence(facts, rel.source.endpoint, `${s.publishedCount} published release(s)`);
    if (!s.uniqueTagNames)
      return fail(
        [ev, { kind: 'note', detail: `tag names used by more than one release: ${s.duplicateTagNames.join(', ')}` }],
        'Give every release its own version tag (SemVer such as v1.2.3, or CalVer) and never reuse a tag for a second release.',
      );
    const official = rel.data.releases.filter((r) => !r.draft && !r.prerelease);
    const unversioned = official.filter((r) => !VERSIONISH.test(r.tagName));
    if (unversioned.length > 0)
      return fail(
        [ev, ...unversioned.slice(0, 10).map((r) => releaseEvidence(r, `tag "${r.tagName}" names no version`))],
        'Tag each official release with a version identifier (v1.2.3, 2026.03.1) instead of a moving name such as "latest" or "nightly", or mark such builds as pre-releases.',
      );
    const latest = officialLatest(facts);
    const examples = official.slice(0, 5).map((r) => r.tagName).join(', ');
    return pass([ev, ...(latest ? [releaseEvidence(latest, 'latest release')] : []), { kind: 'note', detail: `every release has its own tag${examples ? `, e.g. ${examples}` : ''}${rel.data.truncated ? ' (first 100 releases read)' : ''}` }]);
  }
  const gated = gate(facts, 'a unique version identifier per release');
  if (gated) return gated;
  const tags = facts.github.tags.state === 'ok' ? facts.github.tags.data.names : facts.git.tags;
  const versioned = tags.filter((t) => VERSIONISH.test(t));
  // The examples are the newest by version (v0.24.1 before v0.9.7, which sorts last as text), the project's own tags
  // (helpers/release.ts ownTags: also Apache's rel/commons-io-2.22.0) before those of a module in a subfolder
  // (controller-runtime's tools/setup-envtest/v0.24.0), and of those a bare version (0.4.33, v1.2.0) before one named for a
  // package (log's env_logger-0.4.3, of a crate that has left the repository), which sorts first as text; and a version
  // before a tag that ends in a letter (pallets' 2.1.x, marking a maintenance line, which sorts above 2.1.2 by version).
  const own = new Set(ownTags(facts, versioned));
  const bare = (t: string) => (BARE_VERSION.test(t) ? 0 : 1);
  const settled = (t: string) => (/\d$/.test(t) ? 0 : 1);
  const examples = [...[...own].sort((a, b) => bare(a) - bare(b) || settled(a) - settled(b) || compareNatural(b, a)), ...versioned.filter((t) => !own.has(t))].slice(0, 3).join(', ');
  if (versioned.length > 0)
    return pass([
      releaseState(facts).state === 'released' && facts.github.tags.state === 'ok'
        ? apiEvidence(facts, facts.github.tags.source.endpoint, `${tags.length} tag(s), e.g. ${examples}`)
        : { kind: 'git', detail: `${tags.length} tag(s) in the checkout, e.g. ${examples}` },
      { kind: 'note', detail: 'releases are git tags, each unique by construction and naming a version' },
    ]);
  return fail(
    [{ kind: 'note', detail: `tags name no version: ${tags.slice(0, 5).join(', ')}` }],
    'Tag each release with a version identifier such as v1.2.3 (SemVer) or 2026.03.1 (CalVer).',
  );
}
