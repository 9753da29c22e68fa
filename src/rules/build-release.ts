// OSPS-BR rules: CI/CD input handling, release identifiers, encrypted channels, release notes,
// dependency tooling, signed releases, and secrets.
import { documentsOf } from '../facts/documents.ts';
import type { ReleaseInfo } from '../facts/github/types.ts';
import type { Facts } from '../facts/types.ts';
import type { Detector } from '../facts/workflows/types.ts';
import { apiEvidence, workflowVerdict } from './access.ts';
import { capEvidence, fileEvidence, findSectionIn, findStatementIn, releaseState, sectionEvidence, statementEvidence, substantive } from './helpers.ts';
import { declaration, insightsEvidence, insightsField } from './insights.ts';
import { codeLanguages } from './quality.ts';
import type { Evidence } from '../model/evidence.ts';
import { attested, fail, notApplicable, pass, unknown, type Outcome, type Rule } from './types.ts';

// ---- OSPS-BR-01.01 / 01.03 / 01.04: what CI/CD pipelines do with untrusted input ----
// Decided by the workflow analysis (facts/workflows/findings.ts): untrusted event data expanded
// into scripts (01.01), privileged triggers that bring in pull request code (01.03), workflow and
// composite-action inputs expanded into scripts without validation (01.04). Errors and warnings
// fail; notes (guarded cases) are shown but do not fail (see workflowVerdict in access.ts).

export const br0101: Rule = {
  id: 'OSPS-BR-01.01',
  evaluate: (facts) =>
    workflowVerdict(facts, 'OSPS-BR-01.01', {
      none: 'no untrusted event data (titles, bodies, branch names, commit messages) expanded into a script',
      remediation:
        'Pass each untrusted value through `env:` and use it as a quoted "$VAR" in the script, instead of expanding `${{ github.event... }}` inside `run:` or `script:`.',
    }),
};

export const br0103: Rule = {
  id: 'OSPS-BR-01.03',
  evaluate: (facts) =>
    workflowVerdict(facts, 'OSPS-BR-01.03', {
      none: 'no privileged trigger (pull_request_target, workflow_run, issue_comment) checks out or runs pull request code',
      remediation:
        'Do not check out or download the pull request\'s code in pull_request_target / workflow_run jobs that hold secrets or a write token; build and test it in a `pull_request` workflow with read-only permissions instead.',
    }),
};

export const br0104: Rule = {
  id: 'OSPS-BR-01.04',
  evaluate: (facts) =>
    workflowVerdict(facts, 'OSPS-BR-01.04', {
      none: 'no workflow_dispatch, workflow_call or composite-action input expanded into a script without validation',
      remediation:
        'Give manual inputs a `choice`, `boolean` or `number` type, or pass them through `env:` and validate the quoted "$VAR" in the script before use.',
    }),
};

// ---- Releases ----

/** The newest published release that is not a pre-release (else the newest published one). */
export function officialLatest(facts: Facts): ReleaseInfo | null {
  const rel = facts.github.releases;
  if (rel.state !== 'ok') return null;
  const published = rel.data.releases.filter((r) => !r.draft);
  const newest = (list: ReleaseInfo[]) =>
    [...list].sort((a, b) => Date.parse(b.publishedAt ?? '') - Date.parse(a.publishedAt ?? ''))[0] ?? null;
  return newest(published.filter((r) => !r.prerelease && r.publishedAt)) ?? newest(published.filter((r) => r.publishedAt)) ?? published[0] ?? null;
}

function releaseEvidence(r: ReleaseInfo, detail: string): Evidence {
  return { kind: 'api', url: r.htmlUrl, detail: `release ${r.tagName}: ${detail}` };
}

/** Outcome for a release-gated rule when there is no release, or none can be seen; null to go on. */
function gate(facts: Facts, what: string): Outcome | null {
  const rs = releaseState(facts);
  if (rs.state === 'none') return notApplicable(`the project has made no release, so ${what} does not apply yet`, [rs.evidence]);
  if (rs.state === 'unknown') return unknown(rs.reason, 'Run with a GitHub token (contents: read) so releases can be read.');
  return null;
}

// OSPS-BR-02.01: each published release has its own tag (GitHub refuses two releases on one tag,
// but a release can be re-pointed: a duplicate or a tag without any digit, like `latest` or
// `nightly`, is not a unique version identifier). Pre-releases and drafts are not official
// releases and do not fail. Tags without GitHub releases are unique by construction in git.
const VERSIONISH = /\d/;

export const br0201: Rule = {
  id: 'OSPS-BR-02.01',
  evaluate(facts: Facts): Outcome {
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
    if (versioned.length > 0)
      return pass([
        releaseState(facts).state === 'released' && facts.github.tags.state === 'ok'
          ? apiEvidence(facts, facts.github.tags.source.endpoint, `${tags.length} tag(s), e.g. ${versioned.slice(0, 3).join(', ')}`)
          : { kind: 'git', detail: `${tags.length} tag(s) in the checkout, e.g. ${versioned.slice(0, 3).join(', ')}` },
        { kind: 'note', detail: 'releases are git tags, each unique by construction and naming a version' },
      ]);
    return fail(
      [{ kind: 'note', detail: `tags name no version: ${tags.slice(0, 5).join(', ')}` }],
      'Tag each release with a version identifier such as v1.2.3 (SemVer) or 2026.03.1 (CalVer).',
    );
  },
};

// OSPS-BR-02.02: the latest official release's uploaded artifacts carry its version in their
// names (signatures, checksums, provenance and license files are exempt, see facts/github/releases.ts).
// A release with no uploaded assets has only GitHub's source archives, which are named by the tag.
// Older releases are reported but do not decide. Releases only as tags: asset names unknown.
export const br0202: Rule = {
  id: 'OSPS-BR-02.02',
  evaluate(facts: Facts): Outcome {
    const gated = gate(facts, 'naming release assets after the release');
    if (gated) return gated;
    const latest = officialLatest(facts);
    const rel = facts.github.releases;
    if (!latest || rel.state !== 'ok')
      return unknown(
        'the project has tags but no GitHub releases could be read, so the names of its release assets could not be checked',
        'Publish releases on GitHub with assets named after the version (tool_1.2.3_linux_amd64.tar.gz), or run with a token that can read releases.',
      );
    const s = rel.data.summary;
    const older = { kind: 'note' as const, detail: `${s.withVersionedAssetNames} of ${s.withAssets} release(s) with assets name every artifact after the version` };
    if (latest.assets.length === 0)
      return pass([releaseEvidence(latest, 'no uploaded assets; only GitHub\'s source archives, which carry the tag name'), older]);
    const artifacts = latest.assets.filter((a) => !a.kinds.some((k) => k === 'signature' || k === 'certificate' || k === 'checksum' || k === 'provenance' || k === 'license'));
    const bad = artifacts.filter((a) => !a.containsVersion);
    if (artifacts.length === 0)
      return pass([releaseEvidence(latest, 'its assets are only signatures, checksums, provenance or license files'), older]);
    if (bad.length === 0) return pass([releaseEvidence(latest, `all ${artifacts.length} artifact(s) carry the version, e.g. ${artifacts[0].name}`), older]);
    return fail(
      capEvidence([...bad.map((a): Evidence => ({ kind: 'api', url: a.browserDownloadUrl, detail: `asset "${a.name}" of ${latest.tagName} does not carry the version` })), older]),
      `Name every release artifact after the release version (e.g. ${'tool_<version>_<os>_<arch>.tar.gz'}) so a downloaded file still says which release it came from.`,
    );
  },
};

// ---- OSPS-BR-03.01 / 03.02: encrypted channels ----
// Channels are the URLs the project lists: Security Insights fields that name project channels,
// and README links whose text names the website, documentation or downloads. Any `http://`,
// `ftp://` or `git://` channel fails on its line (loopback addresses are ignored). Without any
// listed channel, the repository's own GitHub URL (HTTPS only) is the channel.

interface Channel {
  uri: string;
  evidence: Evidence;
}

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

function siStringChannel(facts: Facts, field: string): Channel | null {
  const f = insightsField(facts, field);
  if (!f || typeof f.value !== 'string' || f.value.trim() === '') return null;
  return { uri: f.value.trim(), evidence: insightsEvidence(facts, field, `${field}: ${f.value.trim()}`) };
}

function siListChannels(facts: Facts, list: string, key: string): Channel[] {
  const f = insightsField(facts, list);
  if (!f || !Array.isArray(f.value)) return [];
  const out: Channel[] = [];
  f.value.forEach((_, i) => {
    const c = siStringChannel(facts, `${list}[${i}].${key}`);
    if (c) out.push(c);
  });
  return out;
}

const README_CHANNEL_TEXT = /\b(web ?site|home ?page|documentation|docs|download|downloads|install(ation)?|releases?|project page)\b/i;
const DISTRIBUTION_TEXT = /\b(download|downloads|install(ation)?|releases?|binar(y|ies)|packages?)\b/i;

function readmeChannels(facts: Facts, textRe: RegExp): Channel[] {
  const out: Channel[] = [];
  for (const doc of documentsOf(facts.documents, 'readme').slice(0, 1)) {
    for (const l of doc.outline?.links ?? []) {
      if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(l.target)) continue;
      if (!textRe.test(l.text) || l.text === l.target) continue;
      out.push({ uri: l.target, evidence: fileEvidence(doc.path, `README link "${l.text}" → ${l.target}`, l.line, l.column) });
    }
  }
  return out;
}

type Verdict = 'encrypted' | 'plain' | 'other';

function channelVerdict(uri: string): Verdict {
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(uri);
  if (!m) return 'other';
  const scheme = m[1].toLowerCase();
  if (scheme === 'http') {
    const host = /^http:\/\/([^/:?#]+)/i.exec(uri)?.[1]?.toLowerCase() ?? '';
    if (host === 'localhost' || host.startsWith('127.') || host === '[::1]') return 'other';
    return 'plain';
  }
  if (scheme === 'ftp' || scheme === 'git' || scheme === 'telnet') return 'plain';
  if (scheme === 'https' || scheme === 'ssh' || scheme === 'git+ssh' || scheme === 'ftps' || scheme === 'sftp') return 'encrypted';
  return 'other';
}

function channelsOutcome(facts: Facts, channels: Channel[], noun: string, remediation: string): Outcome | null {
  const plain = channels.filter((c) => channelVerdict(c.uri) === 'plain');
  if (plain.length > 0)
    return fail(capEvidence(plain.map((c) => ({ ...c.evidence, detail: `unencrypted ${noun}: ${c.evidence.detail}` }))), remediation);
  const encrypted = channels.filter((c) => channelVerdict(c.uri) === 'encrypted');
  if (encrypted.length > 0) return pass(capEvidence(encrypted.map((c) => c.evidence)));
  return null;
}

function githubRepoChannel(facts: Facts): Evidence | null {
  const repo = facts.github.repo;
  if (repo.state === 'ok' && /^https:\/\//.test(repo.data.htmlUrl))
    return apiEvidence(facts, repo.source.endpoint, `the repository is served at ${repo.data.htmlUrl} (GitHub serves only HTTPS)`);
  const remote = facts.git.remoteUrl;
  if (remote && /^(https:\/\/github\.com\/|git@github\.com:|ssh:\/\/git@github\.com\/)/i.test(remote))
    return { kind: 'git', detail: `the repository's remote is ${remote.replace(/\/\/[^@/]*@/, '//')} on github.com, which serves only HTTPS and SSH` };
  return null;
}

export const br0301: Rule = {
  id: 'OSPS-BR-03.01',
  evaluate(facts: Facts): Outcome {
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
      'List the project\'s channels in security-insights.yml (project.homepage, repository.url) with https:// URLs.',
    );
  },
};

export const br0302: Rule = {
  id: 'OSPS-BR-03.02',
  evaluate(facts: Facts): Outcome {
    const points = siListChannels(facts, 'repository.release.distribution-points', 'uri');
    const readme = readmeChannels(facts, DISTRIBUTION_TEXT);
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
    if (rs.state === 'unknown') return unknown(`no distribution channel is listed in Security Insights; ${rs.reason}`, 'List where releases are published in security-insights.yml (repository.release.distribution-points) with https:// URLs.');
    return unknown(
      'the project has tags but lists no distribution channel, so where releases are published could not be checked',
      'List where releases are published in security-insights.yml (repository.release.distribution-points) with https:// URLs, or publish GitHub releases.',
      [rs.evidence],
    );
  },
};

// ---- OSPS-BR-04.01: release notes ----
// The latest official release's body reads like release notes (facts/github/releases.ts); else a
// changelog document in the repository with some content; else Security Insights
// `repository.release.changelog` (in-repo link: pass; URL elsewhere: attested). Whether the notes
// mention security changes cannot be told from a body's shape; that is left to a person.
export const br0401: Rule = {
  id: 'OSPS-BR-04.01',
  evaluate(facts: Facts): Outcome {
    const gated = gate(facts, 'release notes');
    if (gated?.status === 'not-applicable') return gated;
    const latest = officialLatest(facts);
    const rel = facts.github.releases;
    const evidence: Evidence[] = [];
    if (latest && rel.state === 'ok') {
      if (latest.hasChangelogBody)
        return pass([
          releaseEvidence(latest, 'the release description reads like release notes'),
          { kind: 'note', detail: `${rel.data.summary.withChangelogBody} of ${rel.data.summary.publishedCount} release(s) have release notes` },
        ]);
      evidence.push(releaseEvidence(latest, latest.bodyLength === 0 ? 'the release has no description' : 'the release description does not read like release notes'));
    }
    const changelog = documentsOf(facts.documents, 'changelog').find((d) => substantive(d, 80));
    if (changelog) return pass([fileEvidence(changelog.path, 'changelog in the repository', 1), ...evidence]);
    const d = declaration(facts, 'repository.release.changelog', 'release notes');
    if (d.state === 'in-repo') return pass([d.evidence, ...evidence]);
    if (d.state === 'declared') return attested([d.evidence, ...evidence]);
    if (d.state === 'broken-link' || d.state === 'negative') evidence.push(d.evidence);
    if (gated) return { ...gated, evidence: [...evidence, ...gated.evidence] };
    return fail(
      evidence.length > 0 ? evidence : [{ kind: 'note', detail: 'no release notes: no CHANGELOG file and no repository.release.changelog in Security Insights' }],
      'Describe each release\'s functional and security changes under a "## Changelog" heading in the GitHub release, or keep a CHANGELOG.md and link it from security-insights.yml (repository.release.changelog).',
    );
  },
};

/** Paths nearest the root first (the project's own manifest before those of sub-packages). */
export function shallowestFirst(paths: string[]): string[] {
  return [...paths].sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
}

// ---- OSPS-BR-05.01: standard dependency tooling ----
// Dependencies come in through a package manager when there is a recognised manifest; a download
// piped into a shell (`curl … | sh`) in a script, Dockerfile or workflow fails. A manifest without a
// lockfile still uses standard tooling (pinning is OSPS-VM / Scorecard's concern) and is noted.
// Nothing ingested: not-applicable when the repository has no code of a language with a package
// manager; unknown when it has such code but no manifest (how dependencies arrive is not visible).
export const br0501: Rule = {
  id: 'OSPS-BR-05.01',
  evaluate(facts: Facts): Outcome {
    const dep = facts.dependencies;
    if (dep.pipeInstalls.length > 0)
      return fail(
        capEvidence(dep.pipeInstalls.map((e) => ({ ...e, detail: `download piped into a shell: ${e.detail}` }))),
        'Install dependencies with the ecosystem\'s package manager from a manifest and lockfile (or a pinned, checksum-verified download) instead of piping a download into a shell.',
      );
    if (dep.ecosystems.length > 0) {
      const ev = dep.ecosystems.map((e): Evidence => {
        const manifests = shallowestFirst(e.manifests);
        const lockfiles = shallowestFirst(e.lockfiles);
        return fileEvidence(manifests[0] ?? lockfiles[0] ?? '', `${e.name}: ${e.manifests.length} manifest(s)${lockfiles.length > 0 ? `, lockfile ${lockfiles[0]}` : ', no lockfile'}`, 1);
      });
      return pass(capEvidence([...ev, { kind: 'note', detail: 'no download piped into a shell in scripts, Dockerfiles or workflows' }]));
    }
    const langs = codeLanguages(facts).filter((l) => l.packageManager);
    if (langs.length > 0)
      return unknown(
        `code in ${langs.map((l) => l.name).join(', ')} but no dependency manifest: how dependencies are ingested could not be told`,
        'Declare dependencies in the ecosystem\'s manifest (package.json, go.mod, pyproject.toml, ...) and let the package manager fetch them.',
      );
    return notApplicable('the build ingests no dependencies that can be seen: no dependency manifest, no code in a language with a package manager, no download piped into a shell');
  },
};

// ---- OSPS-BR-06.01: signed releases ----
// Observed when the latest official release has a signature asset (.sig, .asc, .sigstore.json,
// .bundle, …) or signed provenance (.intoto.jsonl); or a workflow that runs on release / push /
// dispatch signs or attests what it builds (cosign, actions/attest-build-provenance, SLSA
// generator, …), with the step as evidence. A checksum list alone is not signed and does not count.
// Security Insights `repository.release.attestations` without either is attested.
function detectorEvidence(d: Detector, what: string): Evidence[] {
  return d.hits.filter((h) => h.qualifies).map((h) => ({ kind: 'workflow', path: h.path, line: h.line, column: h.column, detail: `${what}: ${h.tool} (${h.text}) in ${h.workflow}, runs on ${h.triggers.join(', ')}` }));
}

export const br0601: Rule = {
  id: 'OSPS-BR-06.01',
  evaluate(facts: Facts): Outcome {
    const gated = gate(facts, 'signing releases');
    if (gated?.status === 'not-applicable') return gated;
    const latest = officialLatest(facts);
    const evidence: Evidence[] = [];
    if (latest) {
      const sigs = latest.assets.filter((a) => a.kinds.includes('signature') || a.kinds.includes('provenance'));
      if (sigs.length > 0)
        return pass(capEvidence([releaseEvidence(latest, 'the release carries signatures or signed provenance'), ...sigs.map((a): Evidence => ({ kind: 'api', url: a.browserDownloadUrl, detail: `${a.kinds.join(', ')}: ${a.name}` }))]));
      evidence.push(releaseEvidence(latest, latest.hasChecksums ? 'checksums but no signature or provenance asset' : 'no signature or provenance asset'));
    }
    const wf = [...detectorEvidence(facts.workflows.detectors.signing, 'signs'), ...detectorEvidence(facts.workflows.detectors.provenance, 'attests provenance')];
    if (wf.length > 0) return pass(capEvidence([...wf, ...evidence]));
    const att = insightsField(facts, 'repository.release.attestations');
    if (att && Array.isArray(att.value) && att.value.length > 0)
      return attested([insightsEvidence(facts, 'repository.release.attestations', `${att.value.length} release attestation(s) declared`), ...evidence]);
    if (gated) return { ...gated, evidence: [...evidence, ...gated.evidence] };
    return fail(
      evidence.length > 0 ? evidence : [{ kind: 'note', detail: 'no signature or provenance on releases and no signing step in a release workflow' }],
      'Sign release assets in the release workflow (e.g. cosign sign-blob, or actions/attest-build-provenance) and publish the signatures or a signed checksum manifest with each release.',
    );
  },
};

// ---- OSPS-BR-07.01: secrets kept out of version control ----
// Fails on each high-confidence secret outside test/fixture/example/docs paths (severity error),
// with file:line:column and a 4-character preview. Low-confidence matches and those under test
// paths are shown for review but do not fail by themselves (projects commit throwaway test keys;
// a person should look). Passing needs a complete scan with nothing decisive; a secret scanner in
// CI is shown as evidence but not required (GitHub's own secret scanning is not visible to a
// repository token). A scan cut short by its byte budget is unknown unless a scanner runs in CI.
export const br0701: Rule = {
  id: 'OSPS-BR-07.01',
  evaluate(facts: Facts): Outcome {
    const s = facts.secrets;
    const ev = (f: (typeof s.findings)[number], prefix: string): Evidence => fileEvidence(f.path, `${prefix}${f.kind} (${f.preview}): ${f.detail}`, f.line, f.column);
    const decisive = s.findings.filter((f) => f.confidence === 'high' && f.severity === 'error');
    const review = s.findings.filter((f) => !(f.confidence === 'high' && f.severity === 'error'));
    const reviewEv = review.slice(0, 10).map((f) => ev(f, 'to review, not decisive: '));
    if (decisive.length > 0)
      return fail(
        capEvidence([...decisive.map((f) => ev(f, '')), ...reviewEv]),
        'Remove each secret named from the repository, rotate it (it is leaked: it stays in git history), keep secrets in the CI secret store, and add a secret scanner (gitleaks, GitHub push protection) to stop new ones.',
      );
    const scanners = detectorEvidence(facts.workflows.detectors.secretScanning, 'secret scanning in CI');
    const tools = insightsField(facts, 'repository.security.tools');
    const siTools: Evidence[] = [];
    if (tools && Array.isArray(tools.value))
      tools.value.forEach((t, i) => {
        if (t && typeof t === 'object' && (t as Record<string, unknown>).type === 'secret')
          siTools.push(insightsEvidence(facts, `repository.security.tools[${i}]`, `secret scanner declared: ${String((t as Record<string, unknown>).name)}`));
      });
    const scanNote: Evidence = { kind: 'note', detail: `${s.scannedFiles} file(s) scanned, no high-confidence secret outside test and example paths${s.capped ? ' (scan stopped early at its budget)' : ''}` };
    const gitignore = facts.files.some((f) => f.path === '.gitignore') ? [fileEvidence('.gitignore', '.gitignore present', 1)] : [];
    const all = capEvidence([scanNote, ...scanners, ...siTools, ...gitignore, ...reviewEv]);
    if (s.capped && scanners.length === 0)
      return unknown('the secret scan stopped at its byte budget before reading every file, and no secret scanner runs in CI', 'Add a secret scanner (gitleaks, trufflehog) to CI so every commit is checked.', all);
    return pass(all);
  },
};

// ---- OSPS-BR-07.02: a policy for managing secrets ----
// A documentation policy: a section about secrets or credentials (their storage, access, rotation)
// in SECURITY, CONTRIBUTING, GOVERNANCE or docs/ (README last, since a README's "Secrets" section
// is often about the tool's own configuration). Section prose counts too: a sentence about the
// project's secrets or credentials that says how they are stored, who can access them, or that they
// are rotated, revoked or never committed ("Release credentials are stored as GitHub Actions
// secrets, readable only by maintainers, and rotated every year"), in SECURITY, CONTRIBUTING,
// GOVERNANCE, MAINTAINERS or CRA-READINESS, or in a docs/ section about security, releases, CI or maintenance.
// The README's prose is not read for it (it tells users how to configure their own keys).
// Security Insights has no field for it.
const SECRETS_HEADING = /\bsecrets?\b|\bcredentials?\b|key management|\b(api )?keys? (handling|rotation|management|storage)|token (handling|rotation|management|storage)/i;
const SECRET_NOUN =
  String.raw`\bsecrets\b|\bcredentials?\b|\b(?:api|access|deploy|deployment|signing|private|ssh|gpg|pgp|release|publishing|registry|cloud) (?:keys?|tokens?)\b|\b(?:personal access|npm|pypi|github|auth|authentication|publish(?:ing)?|ci) tokens?\b|\bpasswords?\b|\bsecret (?:keys?|tokens?|values?|material|store|manager)\b`;
const SECRET_MANAGEMENT =
  String.raw`\b(?:stor(?:e|ed|es|ing)|kept|keep|held|manag(?:e|ed|es|ing)|rotat\w*|revok\w*|expir\w*|renew\w*|access(?:ible)? (?:to|only|is|by)|only (?:maintainers|administrators|admins|owners)|vaults?|encrypted|(?:never|not) (?:be )?(?:committed|stored|hard[- ]?coded|checked in|shared|logged|printed)|scoped|least privilege|environment secrets|secrets? managers?|key management)\b`;
const SECRETS_STATEMENT = new RegExp(`^(?=.*(?:${SECRET_NOUN}))(?=.*${SECRET_MANAGEMENT})`, 'i');
// A hypothetical ("you'd need to store a token in your repository secrets", "this would require a
// PAT") weighs an option the project did not take; it is not how the project manages its secrets.
const SECRETS_NOT = /\bno (?:formal |written |documented )?(?:policy|process|rules?)\b|\bnot (?:yet )?(?:documented|defined|written down)\b|\b(?:have|has) not (?:yet )?(?:defined|documented)\b|\b(?:you|we|they|it|one)(?:'d| would)\b|\bwould (?:need|have|require|be)\b|\b(?:could|might)\b/i;
const SECRETS_DOCS_SECTION = /secur|secrets?|credentials?|release|publish|\bci\b|continuous|infrastructure|maintain|governance|deploy|signing|access/i;

export const br0702: Rule = {
  id: 'OSPS-BR-07.02',
  evaluate(facts: Facts): Outcome {
    const hit = findSectionIn(facts, ['security', 'contributing', 'governance', 'docs', 'readme'], SECRETS_HEADING, 80);
    if (hit) return pass([sectionEvidence(hit, 'policy for managing secrets and credentials')]);
    const stated =
      findStatementIn(facts, ['security', 'contributing', 'governance', 'maintainers', 'cra-readiness'], SECRETS_STATEMENT, { reject: SECRETS_NOT }) ??
      findStatementIn(facts, ['docs'], SECRETS_STATEMENT, { reject: SECRETS_NOT, heading: SECRETS_DOCS_SECTION });
    if (stated) return pass([statementEvidence(stated, 'states how secrets and credentials are managed')]);
    return fail(
      [{ kind: 'note', detail: 'no section on managing secrets or credentials in SECURITY, CONTRIBUTING, GOVERNANCE, docs/ or README, and no sentence in their prose saying how secrets are stored, accessed or rotated' }],
      'Add a "Secrets and credentials" section to SECURITY.md saying where the project\'s secrets are stored (e.g. GitHub Actions secrets), who can access them, and when and how they are rotated.',
    );
  },
};

export const BR_RULES: readonly Rule[] = [br0101, br0103, br0104, br0201, br0202, br0301, br0302, br0401, br0501, br0601, br0701, br0702];
