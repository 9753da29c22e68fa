// OSPS-BR-03.01: Project channels use encrypted transport.
// The channels are the URLs the project lists: the Security Insights fields that name project
// channels (homepage, repository, documentation links, ...) and README links whose text names the
// website, documentation or downloads. Any `http://`, `ftp://` or `git://` channel fails on its
// line (loopback addresses are ignored; helpers/channels.ts). Without any listed channel, the
// repository's own GitHub URL (HTTPS only) is the channel; with none known, unknown.
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { type Channel, channelsOutcome, readmeChannels, siListChannels, siStringChannel } from './helpers/channels.ts';
import { apiEvidence } from './helpers/evidence.ts';
import { type Outcome, pass, unknown } from './types.ts';
import { insightsFile } from './helpers/insights.ts';

const CHANNEL_FIELDS = [
  'header.url',
  'project.homepage',
  'project.roadmap',
  'project.funding',
  'repository.url',
  'project.documentation.detailed-guide',
  'project.documentation.quickstart-guide',
  'project.documentation.code-of-conduct',
  'project.documentation.release-process',
  'project.documentation.support-policy',
  'project.documentation.signature-verification',
  'project.documentation.design',
  'project.vulnerability-reporting.policy',
];

const README_CHANNEL_TEXT = /\b(web ?site|home ?page|documentation|docs|download|downloads|install(ation)?|releases?|project page)\b/i;

function githubRepoChannel(facts: Facts): Evidence | null {
  const repo = facts.github.repo;
  if (repo.state === 'ok' && /^https:\/\//.test(repo.data.htmlUrl))
    return apiEvidence(facts, repo.source.endpoint, `the repository is served at ${repo.data.htmlUrl} (GitHub serves only HTTPS)`);
  const remote = facts.git.remoteUrl;
  if (remote && /^(https:\/\/github\.com\/|git@github\.com:|ssh:\/\/git@github\.com\/)/i.test(remote))
    return { kind: 'git', detail: `the repository's remote is ${remote.replace(/\/\/[^@/]*@/, '//')} on github.com, which serves only HTTPS and SSH` };
  return null;
}

export const id = 'OSPS-BR-03.01';

export function evaluate(facts: Facts): Outcome {
  const channels = [
    ...CHANNEL_FIELDS.map((f) => siStringChannel(facts, f)).filter((c): c is Channel => c !== null),
    ...siListChannels(facts, 'project.repositories', 'url'),
    ...siListChannels(facts, 'repository.release.distribution-points', 'uri'),
    ...readmeChannels(facts, README_CHANNEL_TEXT),
  ];
  const remediation = 'Serve every listed project channel over HTTPS (or SSH) and change the http:// links named to https://.';
  const decided = channelsOutcome(facts, channels, 'channel', remediation);
  if (decided) {
    const gh = githubRepoChannel(facts);
    if (decided.status === 'pass' && gh) decided.evidence.push(gh);
    return decided;
  }
  const gh = githubRepoChannel(facts);
  if (gh) return pass([gh, { kind: 'note', detail: 'no other channel is listed in Security Insights or linked from the README as the website, documentation or downloads' }]);
  return unknown(
    'no project channel is listed (Security Insights project.homepage, repository.url, documentation links, or README links to the website or docs), and the repository\'s own URL is not known',
    `List the project's channels in ${insightsFile(facts)} (project.homepage, repository.url) with https:// URLs.`,
  );
}
