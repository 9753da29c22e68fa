// OSPS-VM-01.01: A coordinated disclosure policy with a response timeframe.
// The security policy (SECURITY.md, or the file Security Insights names) needs a section about
// reporting, disclosure or response (or one named for the security contact whose prose says how to report) and a stated timeframe (a heading about timing, or a time
// statement such as "within 3 business days", said in a disclosure or response section or of
// responding to reports: an MSRV or support window of "12 months" is no response time): pass. A section without a timeframe
// fails (unknown when the prose could not be read for one), citing a response time said without a number ("within a few
// business days"), which is not a clear timeframe. Security Insights `reports-accepted:
// false` contradicts the policy and fails; a policy declared elsewhere, an organization-level
// policy linked from the repository, or the owner's default SECURITY.md GitHub shows in place of a
// missing one, is attested (unknown while the owner's .github repository is unread).
import type { Heading, MarkdownOutline } from '../facts/markdown.ts';
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { capEvidence, fileEvidence } from './helpers/evidence.ts';
import { type Declaration, declaration } from './helpers/insights.ts';
import { DEFAULT_SECURITY_POLICY, orgDefaults, orgDefaultsUnread } from './helpers/org-defaults.ts';
import { DISCLOSURE_HEADING, responseTimeframes, responseTimeHeadings } from './helpers/response-timeframes.ts';
import { dedupe } from './helpers/scans.ts';
import { EXTERNAL_POLICY_REMEDIATION, externalPolicyLinks, policyDocs, reportsAccepted, VR } from './helpers/security-policy.ts';
import { attested, fail, type Outcome, pass, unknown } from './types.ts';

function headingHits(docs: { path: string; outline: MarkdownOutline }[], re: RegExp, minChars: number): { path: string; heading: Heading }[] {
  const hits: { path: string; heading: Heading }[] = [];
  for (const d of docs)
    for (const h of d.outline.headings) if (re.test(h.text) && h.sectionChars >= minChars && !(h.linkListOnly && h.sectionChars === h.ownChars)) hits.push({ path: d.path, heading: h });
  return hits;
}


/** Prose about reporting or disclosing, read where a policy has no section heading of its own. */
const DISCLOSURE_PROSE = /\b(?:report|disclos)/i;

/** Where a policy speaks of disclosure: a section, or the policy's text as a whole. */
interface DisclosurePlace {
  path: string;
  line: number;
  /** How evidence names it: `section "Reporting"`. */
  where: string;
}

/**
 * A policy that is a title and its text, or text alone (fmt's SECURITY.md: "# Security Policy", then
 * "To report a security issue, please disclose it at …"): the whole policy is its disclosure section.
 * Read only when no heading of the policy is about disclosure.
 */
function untitledPolicies(docs: { path: string; outline: MarkdownOutline }[]): DisclosurePlace[] {
  const hits: DisclosurePlace[] = [];
  for (const d of docs) {
    const [title, ...rest] = d.outline.headings;
    const lead = d.outline.leadSection;
    if (title === undefined) {
      if (lead && lead.ownChars >= 60 && lead.template === undefined && DISCLOSURE_PROSE.test(lead.body)) hits.push({ path: d.path, line: lead.line, where: 'the text of the policy, which has no headings' });
    } else if (title.level === 1 && rest.every((h) => h.level > 1) && title.ownChars >= 60 && title.template === undefined && DISCLOSURE_PROSE.test(title.body))
      hits.push({ path: d.path, line: title.line, where: `the text under the policy's title "${title.text}"` });
  }
  return hits;
}

/**
 * A section named for the security contact or security issues, not for reporting, whose prose says how to report
 * (black's SECURITY.md, "Security contact information": "To report a security vulnerability, please use the
 * Tidelift security contact"): the policy's disclosure section. Read only when no heading is about disclosure.
 */
const CONTACT_HEADING = /\bcontacts?\b|\bsecurity (?:issues?|bugs?|concerns?|problems?|flaws?)\b/i;

function contactSections(docs: { path: string; outline: MarkdownOutline }[]): DisclosurePlace[] {
  const hits: DisclosurePlace[] = [];
  for (const d of docs)
    for (const h of d.outline.headings)
      if (CONTACT_HEADING.test(h.text) && h.ownChars >= 60 && h.template === undefined && DISCLOSURE_PROSE.test(h.body)) hits.push({ path: d.path, line: h.line, where: `section "${h.text}"` });
  return hits;
}

/**
 * A reporting section too short to count (under the 60 characters a disclosure section needs): step-security/harden-runner's
 * SECURITY.md "Reporting a Vulnerability", whose one line is "Please report security vulnerabilities to info@…". The policy has
 * the section; it is cited for how little it says, rather than said to be missing.
 */
function shortSection(d: { path: string; outline: MarkdownOutline }): Evidence | undefined {
  const h = d.outline.headings.find((x) => DISCLOSURE_HEADING.test(x.text) && x.sectionChars > 0 && x.template === undefined);
  return h && fileEvidence(d.path, `section "${h.text.slice(0, 80)}" has ${h.sectionChars} characters of text: too little for a disclosure policy (how to report, what happens next, a response time)`, h.line);
}

export const id = 'OSPS-VM-01.01';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  const fields = [`${VR}.policy`, 'repository.documentation.security-policy'];
  const docs = policyDocs(facts, fields);
  const ra = reportsAccepted(facts);
  const headed = headingHits(docs, DISCLOSURE_HEADING, 60).map((h): DisclosurePlace => ({ path: h.path, line: h.heading.line, where: `section "${h.heading.text}"` }));
  const contact = headed.length > 0 ? [] : contactSections(docs);
  const disclosure = headed.length > 0 ? headed : contact.length > 0 ? contact : untitledPolicies(docs);
  const timeHeadings = docs.flatMap((d) => responseTimeHeadings(d.outline).filter((h) => h.sectionChars >= 20 && !(h.linkListOnly && h.sectionChars === h.ownChars)).map((heading) => ({ path: d.path, heading })));
  const timeEvidence: Evidence[] = timeHeadings.map((h) => fileEvidence(h.path, `response timeframe: section "${h.heading.text}"`, h.heading.line));
  // Durations of something else (a support window, an MSRV): said why they do not count when nothing else does.
  const setAside: Evidence[] = [];
  // A response time without a number ("we acknowledge reports within a few business days"): read, and said why it does not count.
  const vague: Evidence[] = [];
  let timeframesRead = false;
  for (const d of docs) {
    const t = d.outline.timeframes;
    if (t === undefined) continue;
    timeframesRead = true;
    const { kept, setAside: other } = responseTimeframes(d.outline, t);
    for (const x of kept) {
      const said = x.timeframe.text.slice(0, 80);
      if (x.timeframe.vague) vague.push(fileEvidence(d.path, `"${said}" is said of responding to reports, but names no number: it is not a clear response time`, x.timeframe.line, x.timeframe.column));
      else timeEvidence.push(fileEvidence(d.path, `response timeframe stated: "${said}"`, x.timeframe.line, x.timeframe.column));
    }
    for (const x of other)
      setAside.push(fileEvidence(d.path, `"${x.timeframe.text.slice(0, 80)}" is not a response time: it is not said of responding to reports${x.section ? ` (section "${x.section.text.slice(0, 80)}")` : ''}`, x.timeframe.line, x.timeframe.column));
  }
  const sectionEv = disclosure.map((h) => fileEvidence(h.path, `disclosure policy: ${h.where}`, h.line));
  const refusal = ra && !ra.value ? [{ ...ra.evidence, detail: `${ra.evidence.detail}: the project says it does not accept vulnerability reports` }] : [];
  if ((disclosure.length > 0 || timeHeadings.length > 0) && timeEvidence.length > 0 && refusal.length === 0)
    return pass(capEvidence(dedupe([...sectionEv, ...timeEvidence])));

  const siPolicy = firstOf(facts, fields, 'disclosure policy');
  if (refusal.length > 0)
    return fail(
      [...refusal, ...sectionEv.slice(0, 3)],
      `Security Insights ${VR}.reports-accepted is false, which contradicts a coordinated disclosure policy: set it to true and keep SECURITY.md's disclosure section with its response time, or, if reports are really not accepted, say so in SECURITY.md.`,
    );
  if (disclosure.length > 0) {
    // A reporting section that sends the reader to the policy kept elsewhere (prometheus's SECURITY.md:
    // "the security policy ... can be found here") defers the timeframe to a document not read here.
    const deferred = siPolicy.state === 'absent' ? externalPolicyLinks(facts) : [];
    if (deferred.length > 0) return attested([...deferred, ...sectionEv.slice(0, 2)], EXTERNAL_POLICY_REMEDIATION);
    if (timeframesRead)
      return fail(
        [...sectionEv, ...vague.slice(0, 3), ...setAside.slice(0, 3)],
        `State in ${disclosure[0].path} how quickly the project responds to a report${vague.length > 0 ? ', with a number of days' : ''} (for example "we acknowledge reports within 3 business days and aim to release a fix within 90 days").`,
      );
    return unknown(
      `${disclosure[0].path} has a disclosure policy (${disclosure[0].where}, line ${disclosure[0].line}), but no heading states a response time and the section's prose is not read for one by this version`,
      `Make sure ${disclosure[0].path} states a response timeframe (for example under a "Response timeline" heading: "we acknowledge reports within 3 business days").`,
      sectionEv,
    );
  }
  if (siPolicy.state === 'declared')
    return attested([siPolicy.evidence], 'Commit the disclosure policy with its response timeframe to the repository as SECURITY.md so that it can be checked.');
  const evidence: Evidence[] = [];
  if (siPolicy.state === 'broken-link' || siPolicy.state === 'negative') evidence.push(siPolicy.evidence);
  if (docs.length > 0) evidence.push(...docs.map((d) => shortSection(d) ?? fileEvidence(d.path, 'security policy has no section on reporting, disclosure or response', 1)));
  else evidence.push({ kind: 'note', detail: `no SECURITY.md at the root, in .github/ or in docs/${siPolicy.state === 'absent' ? ', and no disclosure policy in Security Insights' : ''}` });
  // A broken repository link does not settle it while the parent file, which may name the organization's policy, is unread.
  const projectUnread = siPolicy.state === 'unknown' ? siPolicy : siPolicy.state === 'broken-link' ? unreadProject(facts, fields) : undefined;
  if (projectUnread) return unknown(`the Security Insights project section could not be read (${projectUnread.reason})`, 'Add SECURITY.md with a coordinated disclosure section.', evidence);
  const elsewhere = siPolicy.state === 'absent' ? externalPolicyLinks(facts) : [];
  if (elsewhere.length > 0) return attested(elsewhere, EXTERNAL_POLICY_REMEDIATION);
  // No policy of its own: GitHub shows the owner's default SECURITY.md (as VM-02.01 reads it), whose text is not read here.
  const own = docs.length > 0 || siPolicy.state !== 'absent';
  const inherited = own ? [] : orgDefaults(facts, DEFAULT_SECURITY_POLICY, 'security policy');
  if (inherited.length > 0) return attested([inherited[0].evidence], "Check that the organization's SECURITY.md has a coordinated disclosure policy with a response timeframe that covers this repository, or add SECURITY.md here.");
  const unread = own ? null : orgDefaultsUnread(facts, 'SECURITY.md');
  if (unread) return unknown(`no security policy in the repository, and ${unread}`, "Run with a GitHub token (contents: read) so the owner's .github repository can be read, or add SECURITY.md here with a coordinated disclosure section and a response timeframe.", evidence);
  return fail(
    evidence,
    'Add a coordinated vulnerability disclosure policy to SECURITY.md: how to report privately, what happens next, and a clear response timeframe (for example "acknowledged within 3 business days, fixed or disclosed within 90 days"); link it from Security Insights project.vulnerability-reporting.policy.',
  );
}

function firstOf(facts: Facts, fields: string[], what: string): Declaration {
  const all = fields.map((f) => declaration(facts, f, what));
  return all.find((d) => d.state === 'in-repo') ?? all.find((d) => d.state === 'declared') ?? all.find((d) => d.state === 'broken-link') ?? all.find((d) => d.state === 'negative') ?? all.find((d) => d.state === 'unknown') ?? { state: 'absent' };
}

function unreadProject(facts: Facts, fields: string[]): { reason: string } | undefined {
  for (const f of fields) {
    const d = declaration(facts, f, 'disclosure policy');
    if (d.state === 'unknown') return d;
  }
  return undefined;
}
