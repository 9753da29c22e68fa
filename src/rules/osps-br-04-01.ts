// OSPS-BR-04.01: Releases have release notes.
// The latest official release's body reads like release notes (facts/github/releases.ts); else a
// changelog document in the repository with some content (a folder of release notes whose newest
// file is for an older release line than the newest tag does not count, nor a changelog whose headings stop at one:
// gson's CHANGELOG.md, newest "## Version 2.10" beside gson-parent-2.14.0; one that only sends the reader to a page
// elsewhere, log4j's RELEASE-NOTES.adoc, is attested: the notes are not here, and the page's source on a
// site built from this tree passes only when it holds the notes itself); else Security Insights
// `repository.release.changelog` (in-repo link: pass; URL elsewhere: attested). Whether the notes
// mention security changes cannot be told from a body's shape; that is left to a person.
import { documentsOf } from '../facts/documents.ts';
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { documentElsewhere, documentPointer, pointerOnly } from './helpers/elsewhere.ts';
import { fileEvidence } from './helpers/evidence.ts';
import { insightsFile, declaration } from './helpers/insights.ts';
import { siteSource } from './helpers/repository.ts';
import { forgeUnread, gate, officialLatest, releaseEvidence, releaseNotesTooling } from './helpers/release.ts';
import { substantive } from './helpers/sections.ts';
import { attested, fail, type Outcome, pass } from './types.ts';

export const id = 'OSPS-BR-04.01';

export function evaluate(facts: Facts): Outcome {
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
  const allChangelogs = documentsOf(facts.documents, 'changelog');
  const changelogs = allChangelogs.filter((d) => substantive(d, 80));
  // Release notes that stop at an old release line are not the releases' notes (kubewarden's RELEASE_NOTES_v0.3.0.md beside v1.9 tags).
  const changelog = changelogs.find((d) => !pointerOnly(d) && d.olderThanRelease === undefined);
  if (changelog) return pass([fileEvidence(changelog.path, 'changelog in the repository', 1), ...evidence]);
  for (const old of changelogs.filter((d) => d.olderThanRelease !== undefined).slice(0, 1))
    evidence.push(fileEvidence(old.path, `release notes in the repository stop at an older release line than the newest tag ${old.olderThanRelease}: the current releases' notes are elsewhere`, 1));
  const d = declaration(facts, 'repository.release.changelog', 'release notes');
  if (d.state === 'in-repo') return pass([d.evidence, ...evidence]);
  if (d.state === 'declared') return attested([d.evidence, ...evidence]);
  // A stub whose one sentence links the notes elsewhere ("See https://logging.apache.org/…/release-notes.html[the Release Notes page]"): the project's word, for a person to confirm.
  // However short: lodash's CHANGELOG is only the address of its wiki page, too little text to count as a changelog.
  for (const stub of allChangelogs) {
    const to = documentElsewhere(facts, stub);
    if (to) return attested([fileEvidence(stub.path, `changelog only points to release notes elsewhere: ${to.target}`, to.line), ...evidence]);
    // The page is built from this tree (log4j's release-notes.html from src/site/antora/…/release-notes.adoc): its source
    // holds the notes, or is itself a stub (log4j's: "Its content will be auto-generated during build").
    const link = documentPointer(stub);
    const page = link && siteSource(facts, link.target);
    if (!link || !page) continue;
    if (substantive(page, 80) && !pointerOnly(page)) return pass([fileEvidence(page.path, `release notes page ${link.target.slice(0, 200)}, linked from ${stub.path}:${link.line}`, 1), ...evidence]);
    return attested(
      [fileEvidence(stub.path, `changelog only points to the release notes page ${link.target.slice(0, 200)}`, link.line), fileEvidence(page.path, "the page's source in this tree holds no release notes of its own", 1), ...evidence],
    );
  }
  if (d.state === 'broken-link' || d.state === 'negative') evidence.push(d.evidence);
  // A changelog with headings and no entries (the "## Unreleased / ### Fixed / ### Security" template HashiCorp's
  // repositories were given) is there, but holds no notes: said so, not "no CHANGELOG file".
  const blank = changelogs.length === 0 ? allChangelogs[0] : undefined;
  if (blank) evidence.push(fileEvidence(blank.path, 'changelog without entries: its headings have next to no text under them', 1));
  const tooling = releaseNotesTooling(facts);
  if (gated) return { ...gated, evidence: [...evidence, ...tooling, ...gated.evidence] };
  const remediation = `Describe each release's functional and security changes under a "## Changelog" heading in the GitHub release, or keep a CHANGELOG.md and link it from ${insightsFile(facts)} (repository.release.changelog).`;
  // Release notes are usually written in the GitHub release itself: unread, their absence here decides nothing.
  const none = changelogs.some((c) => c.olderThanRelease !== undefined)
    ? 'no changelog that reaches the newest release'
    : blank
      ? `no entries in ${blank.path}`
      : 'no CHANGELOG file';
  const unread = forgeUnread(facts, `${none} and no repository.release.changelog in Security Insights`, 'release notes', remediation, [...evidence, ...tooling]);
  if (unread) return unread;
  return fail(
    evidence.length > 0 ? [...evidence, ...tooling] : [{ kind: 'note', detail: `no release notes: ${none} and no repository.release.changelog in Security Insights` }, ...tooling],
    remediation,
  );
}
