// OSPS-VM-03.01: A private channel for reporting vulnerabilities.
// An e-mail address or a disclosure platform's reporting page (Tidelift's security contact, a
// HackerOne program) in the security policy or in a README or contribution-guide section on
// reporting security issues, a reachable e-mail contact in Security Insights, or
// GitHub private vulnerability reporting enabled (from the API, with the policy's link to the form, or to the Security tab where it
// says to report: rack's "Report a Vulnerability" button)
// passes. Security Insights `reports-accepted: false` contradicts any channel and fails. A link to
// the form while the feature is disabled does not count; the API unread is unknown. A security
// policy kept in another repository, linked from the README, is attested (as for VM-01.01), and so is a contact page outside
// the repository that the policy or a reporting section says gives a private e-mail address (ripgrep's README, bat's SECURITY.md).
import type { Facts } from '../facts/types.ts';
import { type Email, headingAtLine, type Link, type MarkdownOutline } from '../facts/markdown.ts';
import type { Evidence } from '../model/evidence.ts';
import { apiUnknownDetail, capEvidence, fileEvidence } from './helpers/evidence.ts';
import { intoThisRepository, relativeTarget } from './helpers/repository.ts';
import { dedupe } from './helpers/scans.ts';
import { contactEmails, EXTERNAL_POLICY_REMEDIATION, externalPolicyLinks, insightsContact, platformEvidence, policyDocs, PVR_STATEMENT, REPORT_FORM, reportingSections, reportsAccepted, repoUrl, saysReportThere, SECURITY_TAB, VR } from './helpers/security-policy.ts';
import { statementEvidence, statementInDoc } from './helpers/statements.ts';
import { attested, fail, type Outcome, pass, unknown } from './types.ts';



/** A reporting section's words for a private channel kept on the page it links. */
const PRIVATE_CONTACT_PROSE = /\b(?:e-?mail|pgp|gpg|encrypted)\b/i;
const CONTACT_WORDS = /\bcontact\b/i;

/**
 * A README or contribution-guide section on reporting that sends reporters to a contact page
 * outside the repository which, it says, gives a private address (ripgrep's README: "[contact
 * Andrew Gallant](https://blog.burntsushi.net/about/). The contact page has my email address and
 * PGP public key"): the project's word for a private channel that cannot be checked here.
 */
function contactPages(facts: Facts, policies: readonly { path: string; outline: MarkdownOutline }[]): Evidence[] {
  const out: Evidence[] = [];
  // So does the security policy itself (bat's SECURITY.md: "please contact [David Peter](https://david-peter.de/) via email"),
  // read section by section.
  for (const d of policies) {
    for (const l of d.outline.links) {
      const body = headingAtLine(d.outline, l.line)?.body ?? d.outline.lead;
      if (!/^https?:\/\//i.test(l.target) || intoThisRepository(facts, l.target) || REPORT_FORM.test(l.target) || !PRIVATE_CONTACT_PROSE.test(body)) continue;
      if (!CONTACT_WORDS.test(`${d.outline.proseBefore(l.line, l.column, 160)} ${l.text}`)) continue;
      out.push(fileEvidence(d.path, `sends reporters to a contact page outside the repository (${l.target.slice(0, 120)}) that, it says, gives a private e-mail address`, l.line, l.column));
      return out;
    }
  }
  for (const r of reportingSections(facts)) {
    if (!r.section || !PRIVATE_CONTACT_PROSE.test(r.section.heading.body)) continue;
    for (const l of r.links) {
      if (!/^https?:\/\//i.test(l.target) || intoThisRepository(facts, l.target) || REPORT_FORM.test(l.target)) continue;
      if (!CONTACT_WORDS.test(`${r.outline.proseBefore(l.line, l.column, 160)} ${l.text}`)) continue;
      out.push(fileEvidence(r.doc.path, `sends reporters to a contact page outside the repository (${l.target.slice(0, 120)}) that, it says, gives a private e-mail address ${r.where}`, l.line, l.column));
      break;
    }
  }
  return out;
}

/** Reports sent privately to the addresses a file lists: "please do so privately to the email addresses listed in the MAINTAINERS file" (cni). */
const PRIVATE_TO_LISTED = /\bprivate(?:ly)?\b[^.]{0,120}\b(?:e-?mail|addresses)\b/i;

/**
 * A README or contribution-guide section on reporting that sends reports privately to the e-mail
 * addresses a file of the repository lists, and the file lists some (cni's README "Security":
 * "please do so privately to the email addresses listed in the [MAINTAINERS](MAINTAINERS) file").
 */
function listedAddresses(facts: Facts): Evidence[] {
  for (const r of reportingSections(facts)) {
    if (!r.section || !PRIVATE_TO_LISTED.test(r.section.heading.body)) continue;
    for (const l of r.links) {
      const path = relativeTarget(r.doc.path, l.target);
      const listed = path === null ? undefined : facts.documents.byPath[path]?.outline?.emails;
      if (path === null || !listed || listed.length === 0) continue;
      return [
        fileEvidence(r.doc.path, `private reporting by e-mail to the addresses listed in ${path} ${r.where}`, l.line, l.column),
        fileEvidence(path, `${listed.length} e-mail address(es), the first ${listed[0].address}`, listed[0].line, listed[0].column),
      ];
    }
  }
  return [];
}

export const id = 'OSPS-VM-03.01';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  const docs = policyDocs(facts, [`${VR}.policy`, 'repository.documentation.security-policy']);
  const ra = reportsAccepted(facts);
  const pvr = facts.github.privateVulnerabilityReporting;
  const base = repoUrl(facts);
  const means: Evidence[] = [];
  const pvrLinks: Evidence[] = [];
  /** The private channels of a policy, or of a section (`where` names it in the evidence). */
  const channelsIn = (path: string, o: MarkdownOutline, emails: readonly Email[], links: readonly Link[], where = '') => {
    for (const e of emails) means.push(fileEvidence(path, `private reporting by e-mail to ${e.address}${e.written ? ` (written "${e.written}")` : ''}${where}`, e.line, e.column));
    for (const l of links) {
      if (l.target.startsWith('mailto:')) continue;
      if (REPORT_FORM.test(l.target)) pvrLinks.push(fileEvidence(path, `link to the private vulnerability reporting form${where}`, l.line, l.column));
      // The Security tab, where the policy says to report: GitHub's "Report a vulnerability" button there opens the form.
      else if (SECURITY_TAB.test(l.target) && saysReportThere(o, l))
        pvrLinks.push(fileEvidence(path, `link to the Security tab, whose "Report a vulnerability" button opens the private reporting form${where}`, l.line, l.column));
      else {
        const platform = platformEvidence(path, l);
        if (platform) means.push(platform);
      }
    }
  };
  for (const d of docs) channelsIn(d.path, d.outline, contactEmails({ path: d.path, role: 'security', kind: 'project', outline: d.outline }), d.outline.links);
  if (pvrLinks.length === 0) {
    for (const d of docs) {
      const hit = statementInDoc({ path: d.path, role: 'security', kind: 'project', outline: d.outline }, PVR_STATEMENT, { lead: true });
      if (hit) pvrLinks.push(statementEvidence(hit, 'names the private vulnerability reporting form'));
    }
  }
  // Where the security policy names none, a README or contribution-guide section may (composer's).
  if (means.length === 0) for (const r of reportingSections(facts)) channelsIn(r.doc.path, r.outline, r.emails, r.links, ` ${r.where}`);
  if (means.length === 0) means.push(...listedAddresses(facts));
  const contact = insightsContact(facts);
  if (contact.email && contact.reachable) means.push({ ...contact.reachable, detail: `${contact.reachable.detail} for private reports` });
  const pvrEvidence: Evidence | null =
    pvr.state === 'ok'
      ? { kind: 'api', ...(base ? { url: `${base}/security/advisories/new` } : {}), detail: `private vulnerability reporting is ${pvr.data.enabled ? 'enabled' : 'disabled'} (${pvr.source.endpoint})` }
      : null;

  // The project's own declaration that it takes no reports contradicts any channel it documents.
  if (ra && !ra.value) {
    const contradicted = [...means, ...pvrLinks, ...(pvrEvidence && pvr.state === 'ok' && pvr.data.enabled ? [pvrEvidence] : [])];
    return fail(
      capEvidence([{ ...ra.evidence, detail: `${ra.evidence.detail}: the project says it does not accept vulnerability reports${contradicted.length ? ', contradicting the reporting channels below' : ''}` }, ...contradicted]),
      `Set ${VR}.reports-accepted to true in Security Insights if the channels in SECURITY.md are meant to be used; otherwise provide a private reporting channel and update both.`,
    );
  }
  if (pvr.state === 'ok' && pvr.data.enabled && pvrEvidence) means.push(pvrEvidence, ...pvrLinks);
  if (means.length > 0) {
    if (ra?.value) means.push(ra.evidence);
    return pass(capEvidence(dedupe(means)));
  }
  const evidence: Evidence[] = [];
  if (pvrEvidence) evidence.push(pvrEvidence);
  if (pvr.state === 'ok' && !pvr.data.enabled) evidence.push(...pvrLinks.map((e) => ({ ...e, detail: `${e.detail}, but private vulnerability reporting is disabled, so the form does not exist` })));
  else if (pvr.state === 'unknown') evidence.push(...pvrLinks);
  if (contact.unreachable) evidence.push(contact.unreachable);
  // The policy kept in another repository (kubewarden's README: "See SECURITY.md on the kubewarden/community repo")
  // names the channel there, as VM-01.01 and VM-02.01 accept: the project's word, for a person to confirm.
  // So does a policy page of the repository that only sends reporters to a policy kept elsewhere
  // (rustup's doc/user-guide/src/security.md: "please follow the [Rust security policy]"), as VM-02.01 reads it.
  const elsewhere =
    pvr.state === 'ok' && pvr.data.enabled ? [] : docs.length === 0 ? externalPolicyLinks(facts) : pvrLinks.length === 0 ? externalPolicyLinks(facts).filter((e) => docs.some((d) => d.path === e.path)) : [];
  if (elsewhere.length > 0) return attested(capEvidence([...elsewhere, ...evidence]), EXTERNAL_POLICY_REMEDIATION);
  const contactPage = pvr.state === 'ok' && pvr.data.enabled ? [] : contactPages(facts, docs);
  if (contactPage.length > 0) return attested(capEvidence([...contactPage, ...evidence]), EXTERNAL_POLICY_REMEDIATION);
  if (docs.length === 0) evidence.push({ kind: 'note', detail: 'no SECURITY.md at the root, in .github/ or in docs/' });
  else if (pvrLinks.length === 0) evidence.push(...docs.map((d) => fileEvidence(d.path, 'security policy gives no private channel: no e-mail address, no link to the private reporting form', 1)));
  const remediation = `Enable GitHub private vulnerability reporting (Settings → Security → Private vulnerability reporting) and link ${base ?? 'https://github.com/<owner>/<repo>'}/security/advisories/new from SECURITY.md, or give a security e-mail address there (and in Security Insights ${VR}.contact.email).`;
  if (pvr.state === 'unknown') return unknown(apiUnknownDetail(pvr, 'Whether private vulnerability reporting is enabled'), remediation, evidence);
  return fail(evidence, remediation);
}
