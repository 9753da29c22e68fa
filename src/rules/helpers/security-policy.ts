// The security policy as the vulnerability-management rules read it (OSPS-VM): the policy documents
// (SECURITY.md or the file Security Insights names), the Security Insights vulnerability-reporting
// contact and reports-accepted fields, and policies kept outside the repository.
import { type DocumentInfo, type DocumentRole, documentsOf, SECURITY_REPORTING_HEADING } from '../../facts/documents.ts';
import type { Email, Link, MarkdownOutline } from '../../facts/markdown.ts';
import type { Facts } from '../../facts/types.ts';
import type { Evidence } from '../../model/evidence.ts';
import { fileEvidence } from './evidence.ts';
import { declaration, insightsEvidence, insightsField } from './insights.ts';
import { intoThisRepository, urlFileName } from './repository.ts';
import { ancestors, headingAt, projectSection, type SectionHit, sectionEmails, sectionLinks } from './sections.ts';

export const VR = 'project.vulnerability-reporting';

/**
 * A link to a security policy kept outside this repository: an organization's `.github` or
 * governance repository, or (from SECURITY.md) the project's website: prometheus/prometheus's
 * SECURITY.md sends the reader to https://prometheus.io/docs/operating/security/.
 */
const EXTERNAL_POLICY = /^https?:\/\/[^\s]+\/security\.(md|markdown|rst|txt)(#\S*)?$|^https?:\/\/[^\s]+\/security[-_]policy\b/i;
/**
 * A website's security or disclosure page, by the last segment of its path: prometheus's
 * /docs/operating/security/, apache.org/security/, logging.apache.org/security.html, curl's
 * vuln-disclosure.html, JetBrains' responsible-disclosure.html. Not a GitHub page (its Security tab).
 */
const SECURITY_PAGE_NAME = /^(?:security|(?:responsible|coordinated|vulnerability|vuln|security)[-_]disclosure(?:[-_](?:policy|process))?|disclosure[-_](?:policy|process)|report[-_]a[-_]vulnerability|vulnerability[-_]report(?:ing)?)$/i;
const PAGE_EXTENSION = /\.(?:html?|php|aspx?)$/i;

const GITHUB_LINK = /^https?:\/\/(?:www\.)?github\.com\//i;

/** A document in a GitHub repository (`…/blob/<ref>/<path>.md`). */
const GITHUB_DOCUMENT = /^https?:\/\/(?:www\.)?github\.com\/[\w.-]+\/[\w.-]+\/blob\/[^\s?#]+\.(?:md|markdown|rst|adoc|txt)(?:#\S*)?$/i;

function websiteSecurityPage(target: string): boolean {
  if (GITHUB_LINK.test(target)) return false;
  return SECURITY_PAGE_NAME.test(urlFileName(target).replace(PAGE_EXTENSION, ''));
}

/**
 * Words that present such a page as the policy or the way to report, in the link text or the prose
 * before it ("the security policy ... can be found here", "reach out ... via our responsible
 * disclosure process"); not a "Security Guide" to hardening the product (kyverno's).
 */
const POLICY_WORDS = /\bpolic(?:y|ies)\b|\breport|\bdisclos/i;
/** Inside SECURITY.md itself, a link to "the Security page" is the policy (logging-log4j2's SECURITY.adoc holds only that link). */
const SECURITY_PAGE_TEXT = /\bsecurity (?:page|site|process|procedures?)\b/i;
/**
 * GitHub's security policy page of a repository: it shows that repository's SECURITY.md or, where
 * it has none, the owner's default one from its `.github` repository (expressjs/express's README:
 * "please see [Security Policies and Procedures](https://github.com/expressjs/express/security/policy)").
 */
const GITHUB_POLICY_PAGE = /^https?:\/\/(?:www\.)?github\.com\/[\w.-]+\/[\w.-]+\/security\/policy\/?(?:#\S*)?$/i;

/**
 * The reporting page of a coordinated-disclosure platform that takes private reports for the
 * project (Tidelift's security contact for urllib3 and black, a HackerOne or huntr program), or of
 * the bug bounty program of the company that owns it, which every repository of its organizations
 * sends reporters to (facebook/zstd's SECURITY.md: "safely reported via the Meta Bug Bounty program:
 * https://www.facebook.com/whitehat"; Google's Bug Hunters, Microsoft's MSRC report form).
 */
const DISCLOSURE_PLATFORM =
  /^https?:\/\/(?:www\.)?(?:tidelift\.com\/security|hackerone\.com\/[\w-]+|bugcrowd\.com\/[\w-]+|huntr\.(?:com|dev)\/|app\.intigriti\.com\/|yeswehack\.com\/|zerodayinitiative\.com\/|facebook\.com\/whitehat\b|bugbounty\.meta\.com\b|bughunters\.google\.com\b|g\.co\/vulnz\b|msrc\.microsoft\.com\/(?:create-report|report)\b)/i;

/** A link to a disclosure platform's reporting page, as evidence of a private channel; null for any other link. */
export function platformEvidence(path: string, l: { target: string; line: number; column: number }): Evidence | null {
  if (!DISCLOSURE_PLATFORM.test(l.target)) return null;
  const rest = l.target.slice(l.target.indexOf('//') + 2);
  const host = rest.slice(0, rest.search(/[/?#]|$/));
  return fileEvidence(path, `private reporting through ${host.startsWith('www.') ? host.slice(4) : host}: ${l.target.slice(0, 200)}`, l.line, l.column);
}

const SECURITY_SECTION = /secur|vulnerab/i;

/** Characters of prose, besides the link's own text, that a pointer to the policy may have ("Please see"): not a sentence ("Read the Security Guide before deploying"). */
const POINTER_WORDS_MAX = 12;

/**
 * A security policy that is only a pointer to one page: a security heading at most, one link and
 * hardly a word besides (dapr's SECURITY.md: "## Security Policy" and the URL of its website's
 * support-security-issues page). It hands the whole policy over, whatever the page is called.
 */
function pointerOnly(outline: MarkdownOutline): boolean {
  if (outline.links.length !== 1 || outline.emails.length > 0) return false;
  return outline.proseChars - outline.links[0].text.length <= POINTER_WORDS_MAX && outline.headings.every((h) => SECURITY_SECTION.test(h.text));
}

/** Characters of prose a SECURITY.md that hands the policy to a website's page may have: a sentence or two, no policy of its own. */
const STUB_PROSE_MAX = 400;

/** What a link to a policy page says of itself, in its text or its address: security, vulnerabilities, disclosure, a policy. */
const POLICY_LINK = /secur|vulnerab|disclos|polic|advisor|cve/i;

/**
 * A short security policy with no address, whose one link is a web page outside GitHub that names itself a policy or a
 * security page (oras's "[security policy](https://oras.land/docs/community/reporting_security_concerns)"); not a person's
 * home page to find an address on (bat's "please contact [David Peter](https://david-peter.de/) via email"). The words
 * around it are checked by the caller.
 */
function websiteStub(outline: MarkdownOutline, link: { text: string; target: string }): boolean {
  const target = link.target;
  if (!/^https?:\/\//i.test(target) || GITHUB_LINK.test(target) || !POLICY_LINK.test(`${link.text} ${target.replace(/^https?:\/\/[^/]*/i, '')}`)) return false;
  return outline.emails.length === 0 && outline.proseChars <= STUB_PROSE_MAX && outline.headings.every((h) => SECURITY_SECTION.test(h.text));
}

/** The first SECURITY.md with a section on reporting of its own, and whether a line lies in that section. */
function reportingSectionOfPolicy(facts: Facts): { path: string; lines: (line: number) => boolean } | undefined {
  for (const doc of documentsOf(facts.documents, 'security')) {
    const h = doc.outline?.headings.find((x) => SECURITY_REPORTING_HEADING.test(x.text));
    if (h)
      return {
        path: doc.path,
        lines: (line) => {
          const at = headingAt(doc, line);
          return at !== undefined && (at === h || ancestors(doc, at).includes(h));
        },
      };
  }
  return undefined;
}

/** Whether a GitHub URL names a repository of another owner than this one's (false when this repository is not known). */
function otherOwner(facts: Facts, url: string): boolean {
  const owner = facts.context.repository?.split('/')[0]?.toLowerCase();
  const m = /^https?:\/\/(?:www\.)?github\.com\/([\w.-]+)\//i.exec(url);
  return !!owner && m !== null && m[1].toLowerCase() !== owner;
}

/**
 * Links to a security policy kept elsewhere: in the repository's own SECURITY.md (a stub that says
 * "the policy is in the central repository"), or in a security section of the README or CONTRIBUTING
 * ("please refer to the organization's security process"). Many organizations keep one SECURITY.md
 * in their `.github` or governance repository; that document is the project's policy, but this check
 * does not read it, so it is the project's word, not an observation.
 */
export function externalPolicyLinks(facts: Facts): Evidence[] {
  const out: Evidence[] = [];
  const ownPolicy = documentsOf(facts.documents, 'security').length > 0;
  const ownReporting = reportingSectionOfPolicy(facts);
  const websitePageFrom = new Set<string>();
  /** `outline` is the document's, to read the words before the link; `inPolicy` when it is SECURITY.md itself. */
  const consider = (path: string, l: { text: string; target: string; line: number; column: number }, outline: MarkdownOutline | null, inPolicy: boolean) => {
    if (out.some((e) => e.detail?.endsWith(l.target))) return;
    if (GITHUB_POLICY_PAGE.test(l.target) && intoThisRepository(facts, l.target)) {
      // This repository's own page: with no SECURITY.md here, it shows the owner's default policy.
      if (!ownPolicy) out.push(fileEvidence(path, `the security policy is the owner's default one, kept outside this repository (the tree holds no SECURITY.md); links to GitHub's policy page ${l.target.slice(0, 200)}`, l.line, l.column));
      return;
    }
    // Another owner's policy page, outside the reporting section of a SECURITY.md that has one, is that project's policy (an
    // upstream's), not this one's kept elsewhere: vitest's SECURITY.md bases its threat model on Vite's, sends reports on
    // Vite's code there (under "Dev Server"), and has its own "Reporting a Vulnerability".
    if (GITHUB_POLICY_PAGE.test(l.target) && otherOwner(facts, l.target) && ownReporting !== undefined && !(path === ownReporting.path && ownReporting.lines(l.line))) return;
    const words = () => (outline === null ? '' : `${outline.proseBefore(l.line, l.column, 200)} ${l.text}`);
    // Inside SECURITY.md, "the security page is <URL>" (apache/commons-lang) presents it as the policy too.
    const presented = () => outline !== null && (POLICY_WORDS.test(words()) || (inPolicy && SECURITY_PAGE_TEXT.test(words())));
    // Only a document's first such page: pip's SECURITY.md points to python.org's policy, then to PyPI's malware reporting.
    const website = !websitePageFrom.has(path) && ((websiteSecurityPage(l.target) && presented()) || (inPolicy && outline !== null && pointerOnly(outline) && !GITHUB_LINK.test(l.target)));
    // A SECURITY.md whose one link is a document in another repository, presented as the policy or
    // the way to report (grpc-go: "For information on gRPC Security Policy and reporting potential
    // security issues, please see [gRPC CVE Process](https://github.com/grpc/proposal/blob/master/P4-grpc-cve-process.md)").
    // Or whose one link, in a few words, is a website's page presented so (oras's SECURITY.md: "Please follow the [security
    // policy](https://oras.land/docs/community/reporting_security_concerns) to report a security vulnerability or concern").
    const handedOver = inPolicy && outline !== null && outline.links.length === 1 && (GITHUB_DOCUMENT.test(l.target) || websiteStub(outline, l)) && POLICY_WORDS.test(words());
    const policyLink = EXTERNAL_POLICY.test(l.target) || GITHUB_POLICY_PAGE.test(l.target) || website || handedOver;
    if (!policyLink || DISCLOSURE_PLATFORM.test(l.target) || intoThisRepository(facts, l.target)) return;
    if (website) websitePageFrom.add(path);
    out.push(fileEvidence(path, `the security policy is kept outside this repository; links to ${l.target.slice(0, 200)}`, l.line, l.column));
  };
  for (const doc of documentsOf(facts.documents, 'security')) for (const l of doc.outline?.links ?? []) consider(doc.path, l, doc.outline, true);
  for (const role of ['readme', 'contributing'] as DocumentRole[])
    for (const doc of documentsOf(facts.documents, role))
      for (const h of doc.outline?.headings ?? []) if (SECURITY_SECTION.test(h.text)) for (const l of sectionLinks(doc, h)) consider(doc.path, l, doc.outline, false);
  out.push(...securityContactsPolicy(facts).filter((e) => !out.some((o) => o.detail === e.detail)));
  return out.slice(0, 3);
}


/** Words that send a reader somewhere to report ("report security vulnerabilities ... follow the instructions at"). */
const REPORT_WORDS = /\breport/i;

/**
 * The security process a Kubernetes project's SECURITY_CONTACTS sends reporters to, in its comment
 * (kind's: "DO NOT REPORT SECURITY VULNERABILITIES DIRECTLY TO THESE NAMES, FOLLOW THE INSTRUCTIONS
 * AT https://kubernetes.io/security/"): a policy or security page elsewhere, presented as where to
 * report, when the repository has no SECURITY.md. Not its link to the embargo policy the contacts agree to,
 * which is no reporting process.
 */
export function securityContactsPolicy(facts: Facts): Evidence[] {
  const contacts = facts.documents.securityContacts;
  // A SECURITY.md of its own is the policy; the file only adds who the contacts are.
  if (!contacts || documentsOf(facts.documents, 'security').length > 0) return [];
  // Only the first such page: it is where the file sends reporters.
  const l = contacts.links.find((x) => (EXTERNAL_POLICY.test(x.target) || websiteSecurityPage(x.target)) && REPORT_WORDS.test(x.before) && !DISCLOSURE_PLATFORM.test(x.target) && !intoThisRepository(facts, x.target));
  return l ? [fileEvidence(contacts.path, `the security policy is kept outside this repository; links to ${l.target.slice(0, 200)}`, l.line, l.column)] : [];
}


export interface ReportingSection {
  doc: DocumentInfo;
  outline: MarkdownOutline;
  emails: Email[];
  links: Link[];
  /** Where it is, for evidence: `(README section "Security Reports")`. */
  where: string;
  /** The section, when it is one (not a lone link to the reporting form, nor an issue template's contact link). */
  section?: SectionHit;
}

/** GitHub's private vulnerability reporting form. */
export const REPORT_FORM = /\/security\/advisories\/new\/?$/i;
const VULNERABILITY_WORDS = /\bvulnerab|\bsecurity\b/i;
/**
 * A policy that names GitHub's private reporting form in words rather than linking it ("use the Private vulnerability reporting
 * feature … under the Security tab", trivy's; "navigate to the Security tab for the repo and click "Report a vulnerability"", the
 * SECURITY.md encode's projects share): VM-03.01 reads it as the private channel, VM-02.01 as the contact.
 */
export const PVR_STATEMENT = /\bprivate(?:ly)? vulnerability report(?:ing|s)?\b|\b(?:private(?:ly)? report(?:ing)?|report a vulnerability)\b[^.]{0,80}\bsecurity tab\b|\bsecurity tab\b[^.]{0,80}\breport a vulnerability\b/i;
/** The repository's Security tab or its advisories list, where GitHub shows the "Report a vulnerability" button. */
export const SECURITY_TAB = /\/security\/advisories\/?$|^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/security\/?$/i;
const REPORT_THERE = /\breport|\b(?:privately|confidentially|responsibly|please) disclos|\bdisclos\w* (?:\S+ ){0,6}?(?:privately|confidentially|responsibly)\b/i;

/**
 * The part of the sentence before a link: falco's README says "Full reports of various security
 * audits can be found here." and then links its Security tab "for detailed updates on security
 * advisories"; the earlier sentence's "reports" does not make that link a reporting channel.
 */
function sentenceEnd(before: string): string {
  for (let i = before.length - 2; i >= 0; i--) {
    const c = before[i];
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(before[i + 1])) return before.slice(i + 1);
  }
  return before;
}

/**
 * The link's text or its sentence says to report there: rack's SECURITY.md "please use the "Report a Vulnerability"
 * button at [the top of this page](https://github.com/rack/rack/security)"; not a link to where advisories are published.
 */
export function saysReportThere(o: MarkdownOutline, l: Link): boolean {
  return REPORT_THERE.test(l.text) || REPORT_THERE.test(sentenceEnd(o.proseBefore(l.line, l.column, 160)));
}
/**
 * Prose that says how to report security issues, read under a plain "Security" heading (sops's
 * README: "Please report any security issues privately using GitHub's advisory form"). A word may be
 * emphasised: cni's README "If you have a _security_ issue to report", where `\b` finds no edge after `_`. Or what to do on
 * finding one (guzzle's README, and the many PHP packages that copied it: "If you discover a security vulnerability within
 * this package, please send an email to security@tidelift.com"), with a few words of belief between (pyca/pyopenssl's CONTRIBUTING.rst
 * "Security": "If you feel that you found a security-relevant bug …, please send us a GPG-encrypted e-mail"; "If you think
 * you have found a security issue"); not "If you like to find out more about the security model".
 */
const REPORTING_PROSE =
  /(?<![a-z0-9])report(?:ing)?(?![a-z0-9])[^.]{0,80}(?<![a-z0-9])(?:security|vulnerabilit)|(?<![a-z0-9])(?:security|vulnerabilit)[^.]{0,80}(?<![a-z0-9])report(?:ed|ing)?(?![a-z0-9])|(?<![a-z0-9])if (?:you|anyone)(?: (?:think|feel|believe|suspect|that|you|they|have|has|may|might|ever|should|do|did)){0,4} (?:discover(?:ed)?|find|found|identif(?:y|ied))(?![a-z0-9])[^.]{0,40}(?<![a-z0-9])(?:security|vulnerabilit)/i;

/**
 * Places outside the security policy where the project says how to report security issues, with
 * the addresses and links written there: sections of the README and the contribution guide on
 * reporting (composer has no SECURITY.md, and its README's "Security Reports" says "Please send any
 * sensitive issue to security@packagist.org"), or a security section whose prose says how to report
 * (sops's "Security"); elsewhere in them, a sentence on reporting a
 * vulnerability that links this repository's private reporting form (eslint's CONTRIBUTING, under
 * "Filing Issues"); and the issue template chooser's security contact link (fastapi's config.yml).
 */
export function reportingSections(facts: Facts): ReportingSection[] {
  const out: ReportingSection[] = [];
  for (const role of ['readme', 'contributing'] as DocumentRole[])
    for (const doc of documentsOf(facts.documents, role)) {
      const outline = doc.outline;
      if (!outline) continue;
      const name = role === 'readme' ? 'README' : 'contribution guide';
      const inSections = new Set<Link>();
      for (const h of outline.headings)
        if ((SECURITY_REPORTING_HEADING.test(h.text) || (SECURITY_SECTION.test(h.text) && REPORTING_PROSE.test(h.body))) && h.template === undefined) {
          const links = sectionLinks(doc, h);
          for (const l of links) inSections.add(l);
          out.push({ doc, outline, emails: contactEmails(doc, sectionEmails(doc, h)), links, where: `(${name} section "${h.text.slice(0, 80)}")`, section: { doc, heading: h } });
        }
      for (const l of outline.links)
        if (!inSections.has(l) && REPORT_FORM.test(l.target) && intoThisRepository(facts, l.target) && VULNERABILITY_WORDS.test(`${outline.proseBefore(l.line, l.column, 160)} ${l.text}`)) {
          const h = headingAt(doc, l.line);
          out.push({ doc, outline, emails: [], links: [l], where: `(${name}${h ? ` section "${h.text.slice(0, 80)}"` : ''})` });
        }
    }
  for (const doc of documentsOf(facts.documents, 'issue-template'))
    for (const c of doc.contactLinks ?? []) {
      if (!doc.outline || !VULNERABILITY_WORDS.test(`${c.name} ${c.about}`)) continue;
      const emails = contactEmails(doc, doc.outline.emails.filter((e) => e.line >= c.line && e.line <= c.endLine));
      const links = c.url ? [{ text: c.name, target: c.url, line: c.line, column: 1 }] : [];
      out.push({ doc, outline: doc.outline, emails, links, where: `(issue template contact link "${c.name.slice(0, 80)}")` });
    }
  return out;
}

export const EXTERNAL_POLICY_REMEDIATION =
  'Keep the policy where it is, but make it checkable here: state the essentials in this repository\'s SECURITY.md (how to report privately, the contact, the response timeframe), or point Security Insights project.vulnerability-reporting at the policy and name the contact there.';

/** What `project.vulnerability-reporting.contact` says: a reachable contact, a name only, or unknown. */
export function insightsContact(facts: Facts): { reachable?: Evidence; unreachable?: Evidence; unknownReason?: string; email?: string } {
  const d = declaration(facts, `${VR}.contact`, 'security contact');
  if (d.state === 'unknown') return { unknownReason: d.reason };
  const f = insightsField(facts, `${VR}.contact`);
  if (!f || f.value === null || typeof f.value !== 'object' || Array.isArray(f.value)) return {};
  const c = f.value as Record<string, unknown>;
  const name = typeof c.name === 'string' && c.name.trim() ? c.name.trim().slice(0, 80) : 'unnamed contact';
  const email = typeof c.email === 'string' && c.email.trim() ? c.email.trim() : undefined;
  const social = typeof c.social === 'string' && c.social.trim() ? c.social.trim() : undefined;
  if (email) return { email, reachable: insightsEvidence(facts, `${VR}.contact.email`, `Security Insights names the security contact ${JSON.stringify(name)} <${email.slice(0, 120)}>`) };
  if (social) return { reachable: insightsEvidence(facts, `${VR}.contact.social`, `Security Insights names the security contact ${JSON.stringify(name)} (${social.slice(0, 120)})`) };
  return { unreachable: insightsEvidence(facts, `${VR}.contact`, `Security Insights names the security contact ${JSON.stringify(name)} but gives no e-mail address or handle to reach them`) };
}

/** `project.vulnerability-reporting.reports-accepted`, when it is a boolean. */
export function reportsAccepted(facts: Facts): { value: boolean; evidence: Evidence } | null {
  const d = declaration(facts, `${VR}.reports-accepted`, 'vulnerability reports');
  const f = insightsField(facts, `${VR}.reports-accepted`);
  if (d.state === 'unknown' || !f || typeof f.value !== 'boolean') return null;
  return { value: f.value, evidence: insightsEvidence(facts, `${VR}.reports-accepted`, `Security Insights ${VR}.reports-accepted is ${f.value}`) };
}

/** The security policy documents plus any in-repo documents Security Insights links as policy. */
export function policyDocs(facts: Facts, fields: string[]): { path: string; outline: MarkdownOutline }[] {
  const out: { path: string; outline: MarkdownOutline }[] = [];
  const add = (path: string) => {
    const doc = facts.documents.byPath[path];
    if (doc?.outline && !out.some((o) => o.path === path)) out.push({ path, outline: doc.outline });
  };
  for (const d of documentsOf(facts.documents, 'security')) add(d.path);
  for (const field of fields) {
    const d = declaration(facts, field, 'policy');
    if (d.state === 'in-repo') add(d.path);
  }
  return out;
}

/** Every matching section that speaks for the project (a policy), in documents of these roles. */
export function sectionsIn(facts: Facts, roles: DocumentRole[], match: (text: string) => boolean, minChars = 60): SectionHit[] {
  const hits: SectionHit[] = [];
  for (const role of roles)
    for (const doc of documentsOf(facts.documents, role))
      for (const h of doc.outline?.headings ?? [])
        if (match(h.text) && h.sectionChars >= minChars && h.template === undefined && projectSection(doc, h) && !(h.linkListOnly && h.sectionChars === h.ownChars) && !hits.some((x) => x.doc.path === doc.path && x.heading.line === h.line)) hits.push({ doc, heading: h });
  return hits;
}

export function repoUrl(facts: Facts): string | undefined {
  const r = facts.github.repo;
  if (r.state === 'ok') return r.data.htmlUrl;
  return facts.context.repository ? `https://github.com/${facts.context.repository}` : undefined;
}

/** Words of an address's local part that name a list that announces or discusses, not a contact for private reports. */
const LIST_WORDS = new Set(['announce', 'announcement', 'announcements', 'news', 'newsletter', 'updates', 'users', 'discuss', 'discussion', 'dev', 'devel', 'general', 'community', 'noreply', 'no-reply']);
const SECURITY_WORDS = /secur|vuln|psirt|cert/i;
/**
 * Words of a list's local part that name a closed list of the people who handle reports, not subscribers: the
 * maintainers' list of a foundation's list host (keda's SECURITY.md, "Private Disclosure Processes":
 * cncf-keda-maintainers@lists.cncf.io), a private list, a product security committee's.
 */
const PRIVATE_LIST_WORDS = new Set(['maintainers', 'maintainer', 'private', 'psc']);

/** True for the address of an announcement or discussion list (by its local part, or a list host unless the list is a security one or the maintainers'). */
function listAddress(address: string): boolean {
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at).toLowerCase();
  const host = address.slice(at + 1).toLowerCase();
  const words = local.split(/[-_.+]/);
  if (local === 'no-reply' || words.some((w) => LIST_WORDS.has(w))) return !(SECURITY_WORDS.test(local) && !words.some((w) => w.startsWith('announce') || w === 'news' || w === 'updates'));
  const listHost = host.startsWith('lists.') || host.startsWith('groups.') || host === 'googlegroups.com';
  return listHost && !SECURITY_WORDS.test(local) && !words.some((w) => PRIVATE_LIST_WORDS.has(w));
}

/** Sections about announcements, releases or the community: an address there is for subscribers, not for reports. */
const LIST_SECTION = /\b(announce\w*|advisories|notifications?|newsletter|mailing lists?|stay (?:informed|up to date)|subscribe|community|release notes?)\b/i;
const REPORT_SECTION = /\breport\w*|\bcontact\b|\bdisclos\w*/i;

/**
 * The e-mail addresses of a security policy that can receive a private report: not an announcement
 * or discussion list (by its address, or because it is given in a section about announcements or
 * mailing lists rather than about reporting).
 */
export function contactEmails(doc: DocumentInfo, emails: readonly Email[] = doc.outline?.emails ?? []): Email[] {
  return emails.filter((e) => {
    // A list host is fine for a private security list (security@lists.example); an announcement list is not.
    if (listAddress(e.address)) return false;
    const h = headingAt(doc, e.line);
    if (h && LIST_SECTION.test(h.text) && !REPORT_SECTION.test(h.text)) return false;
    return !(doc.outline && NOTIFIED.test(doc.outline.proseBefore(e.line, e.column, 300)));
  });
}

/**
 * What a policy says just before the people it notifies ahead of a release (downstream packagers,
 * distributors, a pre-notification list), in the 300 characters of its section before an address:
 * psf/requests lists "Python Maintenance Team, Red Hat (python-maint@redhat.com)" among those it
 * contacts "ahead of a public release". Such an address is not where a vulnerability is reported.
 */
const NOTIFIED = /\bdownstream\b|\b(?:re)?packagers?\b|\bdistributors?\b|\bpre-?(?:notification|disclosure) list\b|\bembargo(?:ed)? list\b|\bahead of (?:a |the |our )?(?:public |planned )?releases?\b/i;


export const POLICY_ROLES: DocumentRole[] = ['security', 'contributing', 'governance', 'docs', 'readme'];
