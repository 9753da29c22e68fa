// OSPS-BR-03.02: Releases are distributed over encrypted channels.
// The distribution points in Security Insights (`repository.release.distribution-points`) and
// README links whose text names downloads, installation or packages, and the public registry a README
// install command fetches the project's own package from (`npm i undici`; `go get sigs.k8s.io/yaml`: the Go module proxy), and where the release workflows
// publish (`gh release create`: GitHub releases; `npm publish`: the npm registry), and where a package.json's own
// scripts publish it (`"postversion": "npm publish"`: the npm registry): any plain-text channel fails
// (helpers/channels.ts); a point without a URL scheme is unknown. GitHub releases are served over
// HTTPS and pass. No channel and no release: not applicable; release state unknown: unknown.
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { channelsOutcome, channelVerdict, manifestPublishChannels, readmeChannels, readmeInstallChannels, releaseWorkflowChannels, siListChannels } from './helpers/channels.ts';
import { capEvidence } from './helpers/evidence.ts';
import { officialLatest, releaseState } from './helpers/release.ts';
import { notApplicable, type Outcome, pass, unknown } from './types.ts';
import { insightsFile } from './helpers/insights.ts';

/** Link text naming where releases are fetched; "Release notes" (pip's news page) names what changed, not a channel, unless it leads to a releases page. */
const DISTRIBUTION_TEXT = /\b(download|downloads|install(ation)?|releases?(?! notes?\b)|binar(y|ies)|packages?)\b/i;
const RELEASE_NOTES_TEXT = /\brelease notes?\b/i;
/** A GitHub releases page, where each release's assets are downloaded. */
const RELEASES_PAGE = /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/releases(?:[/?#]|$)/i;

export const id = 'OSPS-BR-03.02';

export function evaluate(facts: Facts): Outcome {
  const points = siListChannels(facts, 'repository.release.distribution-points', 'uri');
  // "Release notes" that lead to a GitHub releases page (serde's) lead to the downloads too.
  const notes = readmeChannels(facts, RELEASE_NOTES_TEXT).filter((c) => RELEASES_PAGE.test(c.uri));
  const readme = [...readmeChannels(facts, DISTRIBUTION_TEXT), ...notes, ...readmeInstallChannels(facts), ...releaseWorkflowChannels(facts), ...manifestPublishChannels(facts)];
  const remediation = 'Publish releases only over HTTPS (or through a package registry that uses it) and change the distribution URLs named to https://.';
  const decided = channelsOutcome(facts, [...points, ...readme], 'distribution channel', remediation);
  if (decided?.status === 'fail') return decided;
  const unclear = points.filter((c) => channelVerdict(c.uri) === 'other');
  const rel = facts.github.releases;
  const latest = officialLatest(facts);
  const ghReleases: Evidence[] =
    rel.state === 'ok' && latest
      ? [{ kind: 'api', url: latest.htmlUrl, detail: `releases are published on GitHub and downloaded over HTTPS (${rel.data.summary.publishedCount} release(s), latest ${latest.tagName})` }]
      : [];
  if (unclear.length > 0)
    return unknown(
      `distribution point(s) without a URL scheme could not be judged: ${unclear.map((c) => c.uri).join(', ')}`,
      'Write each distribution point as an https:// URL (for a registry, the package page URL).',
      [...unclear.map((c) => c.evidence), ...(decided?.evidence ?? []), ...ghReleases],
    );
  if (decided) return pass(capEvidence([...decided.evidence, ...ghReleases]));
  if (ghReleases.length > 0) return pass(ghReleases);
  const rs = releaseState(facts);
  if (rs.state === 'none') return notApplicable('the project lists no distribution channel and has made no release', [rs.evidence]);
  if (rs.state === 'unknown') return unknown(`no distribution channel is listed in Security Insights; ${rs.reason}`, `List where releases are published in ${insightsFile(facts)} (repository.release.distribution-points) with https:// URLs.`);
  return unknown(
    'the project has tags but lists no distribution channel, so where releases are published could not be checked',
    `List where releases are published in ${insightsFile(facts)} (repository.release.distribution-points) with https:// URLs, or publish GitHub releases.`,
    [rs.evidence],
  );
}
