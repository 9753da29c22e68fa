// OSPS-VM-02.01: Security contacts.
// An e-mail address, a link to private vulnerability reporting or to a disclosure platform's
// reporting page (Tidelift, HackerOne, ...) in the security policy or in a section of the README
// or the contribution guide on reporting security issues, a
// reachable contact in Security Insights `project.vulnerability-reporting.contact`, or a contact
// section of SECURITY.md that names how to reach the project in words (not GitHub's unfilled
// template), or a sentence of it on whom to contact to report (bat's "please contact [David Peter](…) via email") or that sends
// reporters to GitHub's private reporting form in words ("click "Report a vulnerability"" on the Security tab), passes, and so does such a section of the README or the contribution guide on reporting vulnerabilities
// when the policy names none. A policy kept outside the repository, or the owner's default SECURITY.md
// (.github repository) when the repository has none, is attested, and so is the process a Kubernetes
// SECURITY_CONTACTS file sends reporters to (with the contacts it lists); unknown when that repository
// could not be read.
import { documentsOf } from '../facts/documents.ts';
import type { Facts } from '../facts/types.ts';
import type { Email, Link, MarkdownOutline } from '../facts/markdown.ts';
import type { Evidence } from '../model/evidence.ts';
import { capEvidence, fileEvidence } from './helpers/evidence.ts';
import { DEFAULT_SECURITY_POLICY, orgDefaults, orgDefaultsUnread } from './helpers/org-defaults.ts';
import { dedupe } from './helpers/scans.ts';
import { findSectionWhere, sectionEvidence, templateSectionWhere } from './helpers/sections.ts';
import { findStatementIn, statementEvidence } from './helpers/statements.ts';
import { contactEmails, EXTERNAL_POLICY_REMEDIATION, externalPolicyLinks, insightsContact, platformEvidence, PVR_STATEMENT, REPORT_FORM, reportingSections, saysReportThere } from './helpers/security-policy.ts';
import { attested, fail, type Outcome, pass, unknown } from './types.ts';
import { insightsFile } from './helpers/insights.ts';
import { intoThisRepository } from './helpers/repository.ts';

/**
 * The advisories list (where the form's button is), the policy page or the repository's Security tab
 * itself: a contact only where the line says to report there; urllib3 links the list as where it
 * publishes, phoenix the tab both as where advisories are published and, privately, to disclose.
 */
const ADVISORY_PAGE = /\/security\/advisories\/?$|\/security\/policy\/?$|^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/security\/?$/i;

const CONTACT_HEADING = /contact|report(ing)? (a )?(security|vulnerabilit)|security (team|contacts?|response)|disclos/i;

/**
 * A means of reaching the project named in words (the section has no address or reporting link):
 * an e-mail, a private report or draft advisory, the Security tab's button, a bug-bounty platform,
 * a chat, a handle. A "Disclosure" section that only says what happens after a report names none, nor a scanner's README
 * on noisy vulnerability reports ("vulnerability feeds would have an infinite signal-to-noise ratio": not the Signal app).
 */
const CONTACT_MEANS =
  /\be-?mail\b|\bmail (?:to|us)\b|\b(?:private(?:ly)?|confidential(?:ly)?) (?:report|disclos|vulnerability report|security advisor)\w*|\breport a vulnerability\b|\bsecurity tab\b|\bdraft (?:a |the )?(?:github )?(?:security )?advisory\b|\b(?:contact|reach|write to|message) (?:us|me|the|our|a|an|any)\b|\b(?:hackerone|bugcrowd|huntr|intigriti|yeswehack)\b|\b(?:slack|discord|matrix|keybase|signal)\b(?!-)|(?:^|\s)@[A-Za-z0-9][\w-]{0,38}\b/i;

/** The form named as not in use: "Private vulnerability reporting is not enabled", "we do not use GitHub's private vulnerability reporting". */
const PVR_NOT_USED = /\b(?:is|are)\s+not\s+(?:enabled|available|used|supported|monitored)\b|\bdisabled\b|\bno longer\b|\b(?:do|does)(?:\s+not|n[\u2019']t)\s+(?:use|support|accept|monitor)\b/i;

/** A sentence on how to report that names a means of reaching someone: "To report a security vulnerability, please contact … via email". */
const REPORT_BY = /\b(?:to|for) report(?:ing)?\b[^.]{0,80}\b(?:contact|e-?mail|write to|reach out to)\b/i;

export const id = 'OSPS-VM-02.01';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  const policies = documentsOf(facts.documents, 'security');
  const contacts: Evidence[] = [];
  /** The addresses and reporting links of a policy, or of a section (`where` names it in the evidence). */
  const contactsIn = (path: string, o: MarkdownOutline, emails: readonly Email[], links: readonly Link[], where = '') => {
    for (const e of emails) contacts.push(fileEvidence(path, `security contact e-mail address ${e.address}${where}`, e.line, e.column));
    for (const l of links) {
      if (l.target.startsWith('mailto:')) continue; // counted as an e-mail above
      // Another repository's policy page or advisories list (aio-libs' issue template: "Please learn how to report security
      // vulnerabilities here", linking aio-libs/.github's /security/policy) is a policy kept elsewhere, not a contact here.
      if (REPORT_FORM.test(l.target) || (ADVISORY_PAGE.test(l.target) && intoThisRepository(facts, l.target) && saysReportThere(o, l)))
        contacts.push(fileEvidence(path, `link to private vulnerability reporting${where}`, l.line, l.column));
      else {
        const platform = platformEvidence(path, l);
        if (platform) contacts.push(platform);
      }
    }
  };
  for (const doc of policies) if (doc.outline) contactsIn(doc.path, doc.outline, contactEmails(doc), doc.outline.links);
  // Where the security policy names none, a README or contribution-guide section may (composer's).
  if (contacts.length === 0) for (const r of reportingSections(facts)) contactsIn(r.doc.path, r.outline, r.emails, r.links, ` ${r.where}`);
  const si = insightsContact(facts);
  if (contacts.length > 0) return pass(capEvidence(dedupe([...contacts, ...(si.reachable ? [si.reachable] : [])])));
  if (si.reachable) return pass([si.reachable]);
  const real = findSectionWhere(facts, ['security'], (h) => CONTACT_HEADING.test(h.text) && CONTACT_MEANS.test(h.body), 60);
  if (real) return pass([sectionEvidence(real, 'security contact section that names how to reach the project')]);
  // Under any heading of the policy, a sentence that says whom to contact to report (bat's whole SECURITY.md: "To report a
  // security vulnerability, please contact [David Peter](https://david-peter.de/) via email.").
  const said = findStatementIn(facts, ['security'], REPORT_BY, { lead: true });
  if (said) return pass([statementEvidence(said, 'security policy says how to reach the project')]);
  // A sentence that sends reporters to GitHub's private reporting form in words, as a link to it would ("navigate to the Security
  // tab for the repo and click "Report a vulnerability""): the form reaches the maintainers, whether or not it is enabled (VM-03.01).
  const form = findStatementIn(facts, ['security'], PVR_STATEMENT, { lead: true, reject: PVR_NOT_USED });
  if (form) return pass([statementEvidence(form, 'security policy names the private vulnerability reporting form as the way to reach the project')]);
  const section = templateSectionWhere(facts, ['security'], (h) => CONTACT_HEADING.test(h.text));
  const evidence: Evidence[] = policies.length > 0
    ? policies.map((d) => fileEvidence(d.path, d.unreadable ? `security policy cannot be read (${d.unreadable})` : 'security policy names no contact: no e-mail address or reporting link', 1))
    : [{ kind: 'note', detail: 'no SECURITY.md at the root, in .github/ or in docs/' }];
  if (section) evidence.push(sectionEvidence(section, section.heading.template ?? 'template text, not filled in'));
  if (si.unreachable) evidence.push(si.unreachable);
  if (si.unknownReason) return unknown(`the Security Insights project section could not be read (${si.unknownReason}), and the repository's security policy names no contact`, 'Name a security contact in SECURITY.md, or make the parent Security Insights file (header.project-si-source) reachable.', evidence);
  const elsewhere = externalPolicyLinks(facts);
  // The contacts a SECURITY_CONTACTS file lists (kind's) are the security team's contacts for this repository, beside the process it links.
  const listed = facts.documents.securityContacts;
  const named = listed && listed.handles.length > 0 && elsewhere.some((e) => e.path === listed.path)
    ? [fileEvidence(listed.path, `lists ${listed.handles.length} security contact(s) of this repository: ${listed.handles.slice(0, 5).map((h) => h.name).join(', ')}${listed.handles.length > 5 ? ', ...' : ''}`, listed.handles[0].line)]
    : [];
  if (elsewhere.length > 0 && !section) return attested([...elsewhere, ...named, ...(si.unreachable ? [si.unreachable] : [])], EXTERNAL_POLICY_REMEDIATION);
  // No policy names one, here or elsewhere: a README or contribution-guide section on reporting vulnerabilities may, in
  // words (ripgrep's README "Vulnerability reporting": "please contact Andrew Gallant. The contact page has my email address").
  const told = reportingSections(facts).find((r) => r.section && CONTACT_MEANS.test(r.section.heading.body));
  if (told?.section) return pass([sectionEvidence(told.section, 'section on reporting vulnerabilities that names how to reach the project')]);
  // No policy of its own: GitHub shows the owner's default SECURITY.md, whose text is not read here.
  const inherited = policies.length === 0 ? orgDefaults(facts, DEFAULT_SECURITY_POLICY, 'security policy') : [];
  if (inherited.length > 0) return attested([inherited[0].evidence], 'Check that the organization\'s SECURITY.md names a security contact for this repository, or add SECURITY.md here.');
  const unread = policies.length === 0 ? orgDefaultsUnread(facts, 'SECURITY.md') : null;
  if (unread) return unknown(`no security policy in the repository, and ${unread}`, 'Run with a GitHub token (contents: read) so the owner\'s .github repository can be read, or add SECURITY.md here naming a security contact.', evidence);
  return fail(evidence, `Add SECURITY.md naming who to contact about vulnerabilities: a security e-mail address, or a link to the repository's private vulnerability reporting form; or fill project.vulnerability-reporting.contact (name and email) in ${insightsFile(facts)}.`);
}
