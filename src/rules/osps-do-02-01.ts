// OSPS-DO-02.01: A guide for reporting defects.
// An issue template whose file name says it is for defects (bug, problem, crash, ...) and whose own
// name, if it gives one, does not name only another purpose (feature request, discussion), or one
// named otherwise that asks for the steps to reproduce or the expected and actual behaviour, or a section
// on reporting bugs in CONTRIBUTING, the README, SUPPORT or docs/, or a section on the issue tracker that says how to
// report a bug (also a Maven site's issue-tracking page, commons-lang's; in the README, one not under a project-level heading
// when it links this repository's issue tracker: kombu's "Bug tracker"), or a link there to this repository's issue form
// (by its text or the words leading into it, "open a [new issue on GitHub]")
// that tells a reader with a problem to open one, or that sits in a section whose prose asks for bug reports (libevent's
// README: "To report bugs, issues, or ask for new features:"; not a sentence on security reports or one that says not to), or a contact link of the issue template chooser (config.yml) with a URL,
// named for a problem or saying to report one (not the security contact); without templates of its own,
// the owner's default issue templates (.github repository) count, as GitHub shows them (unknown,
// not fail, when that repository could not be read). A
// feature-request template alone does not count. Nothing found: fail once released, not applicable
// before, unknown when the release state cannot be told (releaseGate, helpers/release.ts).
import { type DocumentInfo, documentsOf } from '../facts/documents.ts';
import type { Facts } from '../facts/types.ts';
import { capEvidence, fileEvidence } from './helpers/evidence.ts';
import { orgDefaults, orgDefaultsUnread } from './helpers/org-defaults.ts';
import { releaseGate } from './helpers/release.ts';
import { findProjectSection, findSectionWhere, headingAt, headingIs, type SectionHit, sectionEvidence, sectionLinks } from './helpers/sections.ts';
import { type Outcome, pass, unknown } from './types.ts';
import { quoteSentence, sentenceOf, sentencesOf } from './helpers/statements.ts';

const DEFECT_HEADING = /\b(bugs?|defects?|issues?|problems?)\b.*\b(report|file|filing|submit|open)|\b(report|reporting|file|filing|submit|submitting|open|opening)\b.*\b(bugs?|defects?|issues?|problems?)\b|^bug reports?$|^issues?$|\b(?:found|find|spotted|encountered|seeing) (?:a |an )?(?:bugs?|defects?|problems?)\b/i;

/**
 * A section on the issue tracker whose prose says how to report a bug (apache/commons-lang's issue-tracking page, "Apache
 * Commons Lang Issue tracking": "If you would like to report a bug … please do the following: … Submit either a bug report
 * or enhancement request"; pypa/build's contributing guide, "Issue Tracking": "When reporting bugs, include detailed
 * information about the issue"; celery/kombu's README, "Bug tracker": "If you have any suggestions, bug reports or annoyances
 * please report them to our issue tracker at https://github.com/celery/kombu/issues/", a README template many projects share).
 */
const TRACKER_HEADING = /\b(?:issue|bug|defect)s? track(?:ing|ers?)\b/i;
const REPORT_PROSE =
  /\breport(?:ing)? (?:a |an |any )?(?:bugs?|defects?|problems?)\b|\bsubmit (?:a |an |either a )?bug reports?\b|\b(?:bugs?|defects?|problems?)\b[^.]{0,60}\breport (?:them|it)\b/i;
const trackerSection = (h: { text: string; body: string }) => TRACKER_HEADING.test(h.text) && REPORT_PROSE.test(h.body);

/**
 * The README's own "Bug tracker" section, not under a project-level heading: it counts when it also links this repository's
 * issue tracker, so that a product's page on tracking bugs (a tracker's own README) is not read as the project's guide.
 */
function readmeTrackerSection(facts: Facts): SectionHit | undefined {
  const repo = facts.context.repository?.toLowerCase();
  if (!repo) return undefined;
  const ownTracker = (target: string) => {
    const t = target.toLowerCase().replace(/^http:/, 'https:');
    return t.startsWith(`https://github.com/${repo}/issues`) && /^(?:\/|[?#]|$)/.test(t.slice(`https://github.com/${repo}/issues`.length));
  };
  return findSectionWhere(facts, ['readme'], (h, doc) => trackerSection(h) && sectionLinks(doc, h).some((l) => ownTracker(l.target)), 40);
}

const DEFECT_TEMPLATE = /bug|defect|problem|crash|regression|error|issue|broken/i;

/**
 * A template's own name, when it gives one, says what it is for: gittuf's issue.yml is "Discussion /
 * Feature Request", whatever its file name says. One that names only another purpose is no defect guide.
 */
const OTHER_PURPOSE = /\b(?:feature|enhancement|discussion|question|proposal|idea|suggestion|request|support|documentation|docs)\b/i;
const DEFECT_NAME = /\b(?:bugs?|defects?|problems?|crash\w*|regressions?|errors?|broken)\b/i;

function forDefects(d: DocumentInfo): boolean {
  if (!DEFECT_TEMPLATE.test(baseName(d.path))) return false;
  return namesNoOtherPurpose(d);
}

function namesNoOtherPurpose(d: DocumentInfo): boolean {
  return !d.templateName || !OTHER_PURPOSE.test(d.templateName) || DEFECT_NAME.test(d.templateName);
}

/**
 * A template named after a part of the software (prettier's formatting.md, "✨ Formatting", and integration.md, "⚙
 * Integration") that asks what a defect report needs: the steps to reproduce, or the expected and the actual behaviour.
 * Not one whose file name or own name says it is for another purpose (feature_request.md asking for the "current behavior").
 */
function asksForDefectReport(d: DocumentInfo): boolean {
  return d.defectPrompt !== undefined && !OTHER_PURPOSE.test(baseName(d.path)) && namesNoOtherPurpose(d);
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * A link to this repository's issue form or tracker that tells the reader to open one, about a problem: sigstore-python's
 * README, "My problem is something else": "Please [open an issue](https://github.com/sigstore/sigstore-python/issues/new?template=bug.md)".
 * The problem is said by the heading, the section's prose or the form's template.
 */
const ISSUE_LINK_TEXT = /\b(?:open|opening|file|filing|submit|submitting|report|reporting|create|raise)\b[^.]{0,40}\b(?:issues?|bugs?|tickets?|bug reports?)\b|^(?:bug reports?|new issue|issue tracker)$/i;
const PROBLEM_WORDS = /\b(?:bugs?|defects?|problems?|errors?|crash\w*|broken|fails?|failures?)\b/i;

/** The issue form's template, when the link names one (`?template=bug.md`). */
function bugTemplate(target: string): boolean {
  return (/[?&]template=[^&#]*/.exec(target)?.[0] ?? '').toLowerCase().includes('bug');
}

/** A sentence on bug reports that sends them elsewhere, or security reports anywhere: not the guide to this tracker. */
const NOT_HERE = /\b(?:security|vulnerabilit\w*|do not|don't|never|instead|rather than)\b/i;

/**
 * Where a sentence asks for bug reports: a few words before REPORT_PROSE's match, to the next colon. A section's paragraphs run
 * together in its prose, so libevent's "To report bugs, issues, or ask for new features:" follows the link before it.
 */
function askedFrom(x: string): string {
  const m = REPORT_PROSE.exec(x);
  if (!m) return x;
  const before = x.slice(0, m.index).trimEnd().split(/\s+/);
  const lead: string[] = [];
  for (let i = before.length - 1; i >= 0 && lead.length < 4 && !/[:>.!?]$/.test(before[i]); i--) lead.unshift(before[i]);
  const rest = x.slice(m.index);
  const colon = rest.indexOf(': ');
  return [...lead, colon >= 0 ? rest.slice(0, colon + 1) : rest].join(' ').trim();
}

/** Characters before a link read for the words that lead into it ("open a [new issue on GitHub]"). */
const LEAD_IN_CHARS = 60;
/** "Open" that describes issues rather than asks for one: "take a look at the open [issues]", "an open bug or feature request issue". */
const OPEN_AS_ADJECTIVE = /\b(?:the|an?|any|all|existing|currently)\s+open\b/i;

function issueLink(facts: Facts): { doc: DocumentInfo; line: number; column: number; text: string } | undefined {
  const repo = facts.context.repository;
  if (!repo) return undefined;
  const prefix = `https://github.com/${repo.toLowerCase()}/issues`;
  for (const role of ['contributing', 'readme', 'support'] as const) {
    for (const doc of documentsOf(facts.documents, role)) {
      const o = doc.outline;
      if (!o) continue;
      for (const l of o.links) {
        const t = l.target.toLowerCase();
        if (!t.startsWith(prefix) || !/^(?:\/new\b|\/?(?:[?#]|$))/.test(t.slice(prefix.length))) continue;
        // The link's text, or the words that lead into it: mio's README, "It's also possible to open a [new issue on
        // GitHub] to ask questions, report bugs or suggest new features"; "please open an [issue](…)".
        const own = l.text.trim();
        const said = ISSUE_LINK_TEXT.test(own) ? own : `${sentenceOf(o.proseBefore(l.line, l.column, LEAD_IN_CHARS)).replace(/\s+/g, ' ').trim()} [${own}]`;
        const words = said.replace(/[[\]]/g, '');
        const heading = headingAt(doc, l.line);
        if (!ISSUE_LINK_TEXT.test(words) || (said !== own && OPEN_AS_ADJECTIVE.test(words))) {
          // The section's prose asks for bug reports and the link is where they go: libevent's README "USEFUL LINKS", "To report
          // bugs, issues, or ask for new features:", then "Bugs, Features [RFC], and Issues: https://github.com/libevent/libevent/issues".
          const asked = heading === undefined ? undefined : sentencesOf(heading.body).find((x) => REPORT_PROSE.test(x) && !NOT_HERE.test(x));
          if (asked) return { doc, line: l.line, column: l.column, text: quoteSentence(askedFrom(asked), 80) };
          continue;
        }
        if (bugTemplate(l.target) || (heading !== undefined && (PROBLEM_WORDS.test(heading.text) || PROBLEM_WORDS.test(heading.body))) || (heading === undefined && PROBLEM_WORDS.test(o.lead)))
          return { doc, line: l.line, column: l.column, text: said.slice(-80) };
      }
    }
  }
  return undefined;
}

/**
 * A contact link of the issue template chooser (.github/ISSUE_TEMPLATE/config.yml) that sends a reader with a problem
 * somewhere: fastapi's "Question or Problem": "Ask a question or ask about a problem in GitHub Discussions", with its
 * URL. GitHub shows it to everyone who opens an issue. Named for a defect, or its text says to report one; a security
 * contact is the vulnerability channel, not the defect guide.
 */
const CONTACT_REPORT = /\b(?:report|reporting|ask about|file|submit|raise|open)\b[^.\n]{0,30}?\b(?:bugs?|defects?|problems?|crash\w*|regressions?)\b/i;

function chooserLink(facts: Facts): { path: string; line: number; name: string } | undefined {
  for (const doc of documentsOf(facts.documents, 'issue-template')) {
    for (const c of doc.contactLinks ?? []) {
      if (!/^https?:\/\//i.test(c.url.trim()) || /\b(?:security|vulnerabilit\w*)\b/i.test(`${c.name} ${c.about}`)) continue;
      if (DEFECT_NAME.test(c.name) || CONTACT_REPORT.test(c.about)) return { path: doc.path, line: c.line, name: c.name.slice(0, 80) };
    }
  }
  return undefined;
}

export const id = 'OSPS-DO-02.01';

export function evaluate(facts: Facts): Outcome {
  const templates = documentsOf(facts.documents, 'issue-template').filter((d) => !/\/config\.ya?ml$/i.test(d.path));
  // Judged by the template's own file name: every template sits under .github/ISSUE_TEMPLATE/, so
  // the folder says nothing, and a feature-request or proposal template is not a defect guide.
  const bug = templates.filter(forDefects);
  if (bug.length > 0) return pass(capEvidence(bug.map((d) => fileEvidence(d.path, 'issue template for reporting defects', 1))));
  const asking = templates.filter(asksForDefectReport);
  if (asking.length > 0)
    return pass(capEvidence(asking.map((d) => fileEvidence(d.path, `issue template that asks what a defect report needs ("${d.defectPrompt?.text ?? ''}")`, d.defectPrompt?.line ?? 1))));
  const section =
    findProjectSection(facts, ['contributing', 'readme', 'support', 'docs'], headingIs(DEFECT_HEADING), 40) ??
    findProjectSection(facts, ['contributing', 'readme', 'support', 'docs', 'site-page'], trackerSection, 40) ??
    readmeTrackerSection(facts);
  if (section) return pass([sectionEvidence(section, 'explains how to report defects')]);
  const link = issueLink(facts);
  if (link) return pass([fileEvidence(link.doc.path, `tells readers with a problem to report it on this repository's issue tracker ("${link.text}")`, link.line, link.column)]);
  const contact = chooserLink(facts);
  if (contact) return pass([fileEvidence(contact.path, `the issue template chooser sends readers with a problem to a place to report it (contact link "${contact.name}")`, contact.line)]);
  // GitHub uses the owner's default issue templates only when this repository has no
  // .github/ISSUE_TEMPLATE/ files at all (a config.yml alone counts as having some).
  const ownTemplateFiles = facts.files.some((f) => f.path.startsWith('.github/ISSUE_TEMPLATE/'));
  const inherited = ownTemplateFiles
    ? []
    : orgDefaults(facts, /^(\.github\/)?ISSUE_TEMPLATE\/[^/]+$/i, 'issue template').filter((d) => DEFECT_TEMPLATE.test(baseName(d.path)));
  if (inherited.length > 0) return pass(inherited.map((d) => d.evidence));
  const others = templates.slice(0, 5).map((d) => fileEvidence(d.path, 'issue template whose name does not say it is for reporting defects (bug, defect, problem, issue)', 1));
  const outcome = releaseGate(
    facts,
    templates.length > 0
      ? `no issue template for reporting defects under .github/ISSUE_TEMPLATE/ (${templates.length} other template(s)) and no section on reporting bugs in README, CONTRIBUTING or SUPPORT`
      : 'no issue templates under .github/ISSUE_TEMPLATE/ and no section on reporting bugs in README, CONTRIBUTING or SUPPORT',
    'Add a bug report template (.github/ISSUE_TEMPLATE/bug_report.yml) or a "Reporting bugs" section in CONTRIBUTING.md that says where and how to report a defect.',
    others,
  );
  // A released project fails only when the owner's defaults were read and hold no bug template.
  const unread = ownTemplateFiles ? null : orgDefaultsUnread(facts, 'issue templates');
  if (unread && outcome.status === 'fail') return unknown(`no guide for reporting defects in the repository, and ${unread}`, outcome.remediation, outcome.evidence.filter((e) => e.kind !== 'note'));
  return outcome;
}
