// OSPS-GV-03.01: A contribution guide.
// A CONTRIBUTING document with some prose, or one that says how to contribute in a sentence or two
// ("Open a pull request against main."), heading or not; or a "Contributing" section in the README
// or docs/ (not one that only grants the license of contributions: "Unless you explicitly state otherwise, any
// contribution ... shall be licensed as MIT"), or a section of the development page (docs/development.md, an Antora development.adoc)
// that says how to submit a pull request or patch; the
// Security Insights contributing-guide link is checked against the tree and a link to a missing
// file fails. Without a guide of its own, the owner's default CONTRIBUTING.md (.github repository)
// is attested, since GitHub shows it but its text is not read here (unknown when that repository
// could not be read). A Security Insights link that
// contradicts the tree fails; a document section passes; a declaration elsewhere is attested
// (decideDocs, helpers/documentation.ts), and so is a guide or section that only links to a page
// out of the repository (helpers/elsewhere.ts), however short ("See the contributing docs for
// details.", sigstore-js's README). Otherwise fail.
import { type DocumentInfo, documentOf, documentsOf } from '../facts/documents.ts';
import { bodyLineOf, type Heading } from '../facts/markdown.ts';
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { decideDocs, siDocs } from './helpers/documentation.ts';
import { fileEvidence } from './helpers/evidence.ts';
import { DEFAULT_CONTRIBUTING, orgDefaults, orgDefaultsUnread } from './helpers/org-defaults.ts';
import { documentElsewhere, pointerOnly, sectionElsewhere } from './helpers/elsewhere.ts';
import { findProjectSection, linkedFrom, sectionEvidence, sectionIn, substantive } from './helpers/sections.ts';
import { attested, fail, type Outcome, unknown } from './types.ts';

/**
 * A sentence that says how to contribute: an action (open, send, submit, …) on a channel (a pull
 * or merge request, a patch, an issue), or forking. Bounded gaps: linear in the text.
 */
const HOW_TO_CONTRIBUTE = /\b(?:open|send|submit|create|file|raise|propose|make|post|mail)\b[^.\n]{0,60}?\b(?:pull requests?|PRs?|merge requests?|MRs?|patch(?:es)?|issues?)\b|\bfork\b[^.\n]{0,80}?\b(?:pull request|PR|branch)\b/i;

/**
 * The inbound license grant of a README's "Contribution" section ("Unless you explicitly state otherwise, any contribution
 * intentionally submitted for inclusion in the work by you ... shall be licensed as MIT"): it says under what license a
 * contribution is accepted, not how to make one. Bounded gap: linear in the text.
 */
const LICENSE_GRANT = /\b(?:shall|will) be (?:dual[- ]?)?licen[sc]ed\b|\bcontributions?\b[^.\n]{0,80}?\bare licen[sc]ed\b/i;

/** A section that only grants the license of contributions, with no sentence on how to contribute. */
function licenseGrantOnly(h: Heading): boolean {
  return LICENSE_GRANT.test(h.body) && !HOW_TO_CONTRIBUTE.test(h.body);
}

/** Where a short guide says how to contribute: the sentence and its line, from the lead or a section's prose. */
function saysHowToContribute(doc: DocumentInfo): { line: number; text: string } | null {
  const o = doc.outline;
  if (!o) return null;
  const parts: Array<{ text: string; line: number; h?: Heading }> = [{ text: o.lead, line: o.leadLine }, ...o.headings.slice(0, 20).map((h) => ({ text: h.body, line: h.line, h }))];
  for (const p of parts) {
    const m = HOW_TO_CONTRIBUTE.exec(p.text);
    if (!m) continue;
    const start = Math.max(p.text.lastIndexOf('.', m.index) + 1, 0);
    const end = p.text.indexOf('.', m.index + m[0].length);
    const sentence = p.text.slice(start, end < 0 ? undefined : end + 1).trim();
    return { line: p.h ? bodyLineOf(p.h, sentence) : p.line, text: sentence.length > 140 ? `${sentence.slice(0, 137)}...` : sentence };
  }
  return null;
}

/** A linked contribution guide: a substantive document, or one with a "Contributing" section. */
function contributionGuide(doc: DocumentInfo): Heading | undefined {
  const first = doc.outline?.headings[0];
  if (first && substantive(doc)) return first;
  return sectionIn(doc, (h) => /contribut/i.test(h.text), 60);
}

/** A page of contribution docs: docs/developer-guide/contributing.md, docs/community/contribute/pr.md. */
const CONTRIBUTING_PAGE = /(?:^|\/)contribut[\w-]*(?:\/|\.[a-z]+$)/i;

/**
 * The project's development page (logging-log4j2's development.adoc: "Content is aimed for users who want to
 * contribute source code patches"), by its file name.
 */
const DEVELOPMENT_PAGE = /(?:^|\/)(?:development|developing|developer[-_]guide|hacking)(?:\.[a-z]+)?$/i;
/** How a change is submitted: an action on a pull or merge request or a patch ("Simply submit a pull request"); an issue is not a change. */
const HOW_TO_SUBMIT = /\b(?:open|send|submit|create|raise|propose|make|post|mail)\b[^.\n]{0,60}?\b(?:pull requests?|PRs?|merge requests?|MRs?|patch(?:es)?)\b/i;

/** A section on contributing; not "Top Contributors", a list of people. */
const CONTRIBUTING_HEADING = /\bcontribut(?:e|ing|ions?)\b|\bcontributor\S{0,2} guide/i;

/** Where the guide is only a link out: a CONTRIBUTING that hands the process to a website, or such a "Contributing" section. */
function guideElsewhere(facts: Facts): Evidence[] {
  const what = 'the contribution guide is kept outside this repository; links to';
  for (const doc of documentsOf(facts.documents, 'contributing')) {
    const l = documentElsewhere(facts, doc);
    if (l) return [fileEvidence(doc.path, `${what} ${l.target.slice(0, 200)}`, l.line, l.column)];
  }
  const hit = findProjectSection(facts, ['readme', 'docs'], (h, doc) => CONTRIBUTING_HEADING.test(h.text) && sectionElsewhere(facts, doc, h) !== undefined, 0);
  const l = hit && sectionElsewhere(facts, hit.doc, hit.heading);
  return hit && l ? [fileEvidence(hit.doc.path, `${what} ${l.target.slice(0, 200)} (section "${hit.heading.text}")`, l.line, l.column)] : [];
}

export const id = 'OSPS-GV-03.01';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  const found: Evidence[] = [];
  // A guide or section that only sends the reader to a website explains nothing here: attested below.
  const all = documentsOf(facts.documents, 'contributing');
  const guides = all.filter((d) => documentElsewhere(facts, d) === undefined);
  // When the project's own guide hands over, a "Contributions" aside elsewhere is no guide: a section must say how, or be on a contributing page.
  const strict = guides.length < all.length;
  // A guide that only points to another in this tree (followed as a contribution document) is cited by the one it points to.
  const guide = guides.find((d) => substantive(d) && !pointerOnly(d)) ?? guides.find((d) => substantive(d));
  const short = guide ? undefined : guides.map((d) => ({ d, how: saysHowToContribute(d) })).find((x) => x.how !== null);
  if (guide) found.push(fileEvidence(guide.path, `contribution guide${linkedFrom(guide)}`, 1));
  else if (short?.how) found.push(fileEvidence(short.d.path, `short contribution guide that says how to contribute: "${short.how.text}"${linkedFrom(short.d)}`, short.how.line || 1));
  else {
    const section =
      findProjectSection(facts, ['readme', 'docs'], (h, doc) => CONTRIBUTING_HEADING.test(h.text) && !licenseGrantOnly(h) && sectionElsewhere(facts, doc, h) === undefined && (!strict || CONTRIBUTING_PAGE.test(doc.path) || HOW_TO_CONTRIBUTE.test(h.body)), 60) ??
      // A section of the development page that says how to submit a change ("I am not a committer. How shall I submit a patch?").
      findProjectSection(facts, ['docs'], (h, doc) => doc.kind === 'project' && DEVELOPMENT_PAGE.test(doc.path) && (HOW_TO_SUBMIT.test(h.text) || HOW_TO_SUBMIT.test(h.body)), 60);
    if (section) found.push(sectionEvidence(section, 'contribution process explained'));
  }
  const si = siDocs(facts, ['repository.documentation.contributing-guide'], 'contribution guide', contributionGuide);
  return decideDocs(found, si, 'repository.documentation.contributing-guide', () => {
    const away = guideElsewhere(facts);
    if (away.length > 0) return attested(away, 'Check that the linked page explains how to contribute to this repository, or add the process to CONTRIBUTING.md.');
    const empty = documentOf(facts.documents, 'contributing');
    // No guide of its own: GitHub shows the owner's default CONTRIBUTING.md, whose text is not read here.
    const inherited = empty ? [] : orgDefaults(facts, DEFAULT_CONTRIBUTING, 'contribution guide');
    if (inherited.length > 0)
      return attested([inherited[0].evidence], 'Check that the organization\'s CONTRIBUTING.md explains how to contribute to this repository, or add a CONTRIBUTING.md here.');
    const evidence: Evidence[] = empty
      ? [fileEvidence(empty.path, empty.unreadable ? `contribution guide cannot be read (${empty.unreadable})` : 'contribution guide is nearly empty', 1)]
      : [{ kind: 'note', detail: 'no CONTRIBUTING file and no "Contributing" section in the README' }];
    const unread = empty ? null : orgDefaultsUnread(facts, 'CONTRIBUTING.md');
    if (unread) return unknown(`no contribution guide in the repository, and ${unread}`, 'Run with a GitHub token (contents: read) so the owner\'s .github repository can be read, or add CONTRIBUTING.md here explaining how to propose changes.', evidence);
    return fail(evidence, 'Add CONTRIBUTING.md explaining how to propose changes: where to discuss, how to open a pull request, and what review to expect.');
  });
}
