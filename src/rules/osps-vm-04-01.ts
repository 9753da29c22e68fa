// OSPS-VM-04.01: Discovered vulnerabilities are published.
// Published GitHub security advisories (from the API), a "Security" section in the changelog,
// changelog entries naming fixed vulnerabilities by CVE or GHSA identifier (not an entry that updates a dependency to take
// in its fix: the advisory is the dependency's), or entries labelled as security fixes
// ("SECURITY FIX: Prevent sending invalid HTTP header names", uvicorn's) pass, as do the sections of the project
// site's security page named by one (Apache Commons' src/site/xdoc/security.xml). Else the
// mechanism is looked for: a changelog entry sending readers to the advisories of the vulnerabilities
// a release fixed ("see the advisories on GitHub"; not of its dependencies'), the security policy links an advisories list, the ecosystem's advisory
// database (RustSec, PyPA, Go, RubySec) or one of this repository's own advisories, has a section about
// advisories or announcements, or a sentence saying where vulnerabilities are
// published ("We publish a GitHub Security Advisory and request a CVE once a fix is released"; "we will open a
// Security Advisory", the maintainers, not the reporter);
// reporting privately is not publishing. With nothing published yet, a stated mechanism is
// attested; a security policy that names none is unknown; no policy at all fails. Without the API,
// unknown (or attested with a mechanism). A security policy kept in another repository, linked
// from the README, stands for the mechanism: attested.
import { type DocumentInfo, documentsOf } from '../facts/documents.ts';
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { apiUnknownDetail, capEvidence, fileEvidence } from './helpers/evidence.ts';
import { dedupe } from './helpers/scans.ts';
import { headingAt, sectionEvidence } from './helpers/sections.ts';
import { externalPolicyLinks, policyDocs, repoUrl, sectionsIn, VR } from './helpers/security-policy.ts';
import { statementEvidence, statementInDoc } from './helpers/statements.ts';
import { attested, fail, type Outcome, pass, unknown } from './types.ts';

const ADVISORY_LIST = /\/security\/advisories\/?$|\/security\/advisories\?|github\.com\/advisories|cve\.org|nvd\.nist\.gov|osv\.dev/i;

/**
 * A language ecosystem's advisory database, where a project publishes by submitting its advisory
 * (rustls's SECURITY.md: "Submit an advisory to [rustsec/advisory-db](https://github.com/RustSec/advisory-db)").
 */
const ECOSYSTEM_DB = /^https?:\/\/(?:(?:www\.)?github\.com\/(?:rustsec\/advisory-db|pypa\/advisory-database|golang\/vulndb|rubysec\/ruby-advisory-db|github\/advisory-database)(?:[/?#]|$)|(?:www\.)?(?:rustsec\.org|rubysec\.com|vuln\.go\.dev)(?:[/?#]|$)|pkg\.go\.dev\/vuln(?:[/?#]|$))/i;

/** The same database read to check dependencies ("cargo-audit checks our dependencies against RustSec"): not where this project publishes. */
const DEPENDENCY_CHECK = /\b(?:dependenc\w*|audit\w*|scan\w*|check\w*|monitor\w*)\b/i;

/**
 * A link to the advisories page given as the way to report ("Report it to this repository directly
 * using [private vulnerability reporting](…/security/advisories)", cli/cli): reporting privately is
 * not publishing, unless the same words say something is published there.
 */
const REPORTING = /\breport/i;
const PUBLISHING = /\b(?:publish|announc|disclos)/i;
const reportingOnly = (words: string) => REPORTING.test(words) && !PUBLISHING.test(words);

/** The rest of a link to one advisory, after this repository's `/security/advisories/`: its GHSA identifier. */
const GHSA_PAGE = /^ghsa(?:-[0-9a-z]{4}){3}\/?(?:[?#].*)?$/i;

/**
 * A link to one of this repository's own published advisories (vite's SECURITY.md cites
 * GHSA-356w-63v5-8wf4 as an example in scope): its vulnerabilities are published as GitHub
 * advisories. Another repository's advisory says nothing of this one's.
 */
function ownAdvisoryPage(facts: Facts, target: string): boolean {
  const base = repoUrl(facts)?.toLowerCase();
  if (!base) return false;
  const prefix = `${base.endsWith('/') ? base.slice(0, -1) : base}/security/advisories/`;
  const t = target.trim().toLowerCase();
  return t.startsWith(prefix) && GHSA_PAGE.test(t.slice(prefix.length));
}

const PUBLISH_HEADING = /advisor(y|ies)|security (announcements?|bulletins?|notices?|releases?|updates?)|\bcves?\b|known vulnerabilit|published vulnerabilit|vulnerability (disclosures?|announcements?)|(past|previous) (vulnerabilit|issues)/i;

const CHANGELOG_SECURITY = /^(security|security fixes|security updates|security advisories|vulnerabilit(y|ies)( fixes| fixed)?)$/i;

/**
 * The maintainers opening or creating the advisory themselves (allstar's "If the issue is confirmed as a
 * vulnerability, we will open a Security Advisory and acknowledge your contributions as part of it"):
 * "we", not the reporter ("please open a security advisory" is how to report).
 */
const MAINTAINERS_OPEN = String.raw`we(?:'ll|\u2019ll| will| shall| would)?(?: then)? (?:open|create) (?:a|an|the)`;

/**
 * A sentence of the security policy saying where vulnerability data is published: a publishing verb
 * and a place (GitHub Security Advisories, CVE, an advisories page, OSV, a security announcement
 * list; release notes or the changelog only when the sentence is about vulnerabilities or security
 * fixes). "We publish a GitHub Security Advisory and request a CVE once a fix is released"; "an advisory will be sent
 * out via GitHub's security advisory functionality" (python-jsonschema's .github/SECURITY.md).
 */
const PUBLISH_VERB = String.raw`\b(?:publish\w*|announc\w*|disclos\w*|post(?:ed|ing)|list(?:ed|ing)|issu(?:ed|ing)|issues? (?:a|an|the)|(?<!pull )request(?:s|ed|ing)? (?:a|an|the)|(?:be|been|is|are|was|were) requested|assign(?:s|ed|ing)?|obtain\w*|document(?:ed|ing)|record(?:ed|ing)|credit(?:s|ed|ing)?|sen(?:d|ds|t|ding) out|${MAINTAINERS_OPEN})\b`;

const PUBLISH_PLACE = String.raw`\b(?:(?:github |repository |public )?security advisor(?:y|ies)|github advisor(?:y|ies)|advisor(?:y|ies) (?:page|database|feed)|ghsa|cves?|cve (?:ids?|numbers?|identifiers?|records?)|osv(?:\.dev)?|security (?:announcements?|announce|bulletins?|notices?) (?:list|mailing list|page|channel)?|security mailing list)\b`;

const RELEASE_NOTES_PLACE = String.raw`(?=.*\b(?:vulnerabilit\w*|security fix\w*|security issues?)\b)(?=.*\b(?:release notes|changelog)\b)`;

const PUBLISH_STATEMENT = new RegExp(`^(?=.*${PUBLISH_VERB})(?:(?=.*${PUBLISH_PLACE})|${RELEASE_NOTES_PLACE})`, 'i');

/**
 * Reporting (privately, a draft advisory) is not publishing; "we do not publish advisories" neither, nor "no CVE or advisory will
 * be issued" (vite's SECURITY.md, of reports outside its threat model). Nor is the reporter told to disclose what they found
 * (rust-random/rand's "Please disclose it at [security advisory](…/security/advisories/new)", the private reporting form).
 */
const PUBLISH_NOT = /\b(?:private(?:ly)?|draft|report(?:s|ed|ing)? (?:it|them|a|the|vulnerabilit\w*|security)|submit\w*)\b|\b(?:please|you (?:can|may|should|must|could))\s+(?:\w+\s+)?disclos\w*|^disclose\b|\b(?:not|never|no)\s+(?:\w+\s+){0,2}(?:publish|announc|disclos|issu|request|assign|post|list)\w*|\b\w+n[’']t\s+(?:\w+\s+){0,2}(?:publish|announc|disclos|issu|request|assign|post|list)\w*|\bno\s+(?:\w+\s+){0,3}(?:will|would|shall|is|are)\s+(?:be\s+)?(?:publish|announc|disclos|issu|assign|post|list)\w*/i;


/**
 * A changelog entry that sends readers to the advisories of the vulnerabilities a release fixed
 * (gittuf's v0.14.0: "This release also fixes security vulnerabilities, see the advisories on GitHub
 * for more information"): the project says it published them there; the advisories themselves are
 * read only from the API, so a person confirms.
 */
const CHANGELOG_ADVISORIES = /^(?=.*\b(?:vulnerabilit\w*|security (?:fix\w*|issues?))\b)(?=.*\b(?:(?:security )?advisor(?:y|ies)|ghsa|cves?)\b)(?=.*\b(?:see|read|published|posted|issued|details?|described)\b)/i;
const CHANGELOG_ADVISORIES_NOT = /\b(?:dependenc\w*|upstream|third[- ]party)\b/i;

function changelogPointsToAdvisories(facts: Facts): Evidence | undefined {
  for (const doc of documentsOf(facts.documents, 'changelog')) {
    const said = statementInDoc(doc, CHANGELOG_ADVISORIES, { reject: CHANGELOG_ADVISORIES_NOT, maxHeadings: 200 });
    if (said) return statementEvidence(said, 'the changelog says the vulnerabilities a release fixed are published as advisories');
  }
  return undefined;
}

/**
 * A heading that only names the whole log ("Changelog", jackson-core's release-notes/VERSION-2.x banner "=== Releases ===",
 * whose versions are plain lines below it): it is not the section of the release that fixed the vulnerability, so the
 * evidence names none and the line says where the entry is.
 */
const LOG_TITLE = /^[\s=#*~-]*(?:releases?|release notes|change ?log|changes|history|news|what['’]s new)[\s=#*~-]*$/i;

/** Evidence for the first `max` changelog entries `entries` gives, each said by `what` with the release section it is in. */
function changelogEntries<T extends { line: number }>(facts: Facts, entries: (doc: DocumentInfo) => readonly T[], what: (e: T) => string, max: number): Evidence[] {
  const out: Evidence[] = [];
  for (const doc of documentsOf(facts.documents, 'changelog'))
    for (const e of entries(doc)) {
      const at = headingAt(doc, e.line);
      const h = at && !LOG_TITLE.test(at.text) ? at : undefined;
      out.push(fileEvidence(doc.path, `${what(e)}${h ? ` (section "${h.text.slice(0, 80)}")` : ''}`, e.line));
      if (out.length >= max) return out;
    }
  return out;
}

/**
 * Fixed vulnerabilities named by their CVE or advisory identifier in the changelog's entries
 * (express's History.md: "Security fix for CVE-2024-51999 (GHSA-pj86-cfqh-vqx6)"; composer's
 * "Security: Validate package names (GHSA-499r-g7pc-vmp9)"): published where users read releases.
 */
// The facts set aside an identifier that a dependency update takes in (documents.ts advisoryIdsIn).
const namedInChangelog = (facts: Facts): Evidence[] => changelogEntries<{ id: string; line: number }>(facts, (doc) => doc.advisoryIds ?? [], ({ id }) => `fixed vulnerability ${id} published in the changelog`, 3);

/**
 * Changelog entries labelled as fixing a vulnerability of the project, without an identifier (uvicorn's CHANGELOG.md: "SECURITY
 * FIX: Ensure path value is escaped before logging to the console"): the release notes say what was fixed, where users read
 * releases. Read only when no entry names a CVE or advisory.
 */
const labelledInChangelog = (facts: Facts): Evidence[] =>
  changelogEntries<{ text: string; line: number }>(facts, (doc) => doc.securityFixes ?? [], ({ text }) => `security fix published in the changelog: ${JSON.stringify(text.slice(0, 120))}`, 2);

/**
 * A changelog "Security" section that only records an edit of the security policy (axios's
 * "### Security" / "- Update SECURITY.md [#4687]") publishes no vulnerability.
 */
const POLICY_EDIT = /\bsecurity(?:\.md\b| policy\b)/i;
const FIX_WORDS = /\b(?:cve|ghsa|vulnerab\w*|fix\w*|patch\w*|exploit\w*|advisor(?:y|ies))\b/i;

function policyEditOnly(body: string): boolean {
  return POLICY_EDIT.test(body) && !FIX_WORDS.test(body);
}

/**
 * A section of the project's site named by a CVE or GitHub advisory identifier: Apache Commons' security page
 * (src/site/xdoc/security.xml) gives each vulnerability fixed its own subsection, "CVE-2024-47554".
 */
const SECTION_ADVISORY_ID = /\bCVE-\d{4}-\d{4,7}\b|\bGHSA(?:-[0-9a-z]{4}){3}\b/i;

/**
 * A section of the site's security page named by the release that fixed what it lists (commons-compress's
 * security.xml, "Fixed in Apache Commons Compress 1.26.0", whose prose names CVE-2024-25710): counted when its prose names
 * an identifier.
 */
const FIXED_IN_HEADING = /^fixed in\b/i;

export const id = 'OSPS-VM-04.01';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  const adv = facts.github.securityAdvisories;
  const published: Evidence[] = [];
  if (adv.state === 'ok')
    for (const a of adv.data.advisories)
      published.push({ kind: 'api', url: a.htmlUrl, detail: `published security advisory ${a.ghsaId}${a.cveId ? ` (${a.cveId})` : ''}${a.summary ? `: ${JSON.stringify(a.summary.slice(0, 100))}` : ''}` });
  for (const hit of sectionsIn(facts, ['changelog'], (t) => CHANGELOG_SECURITY.test(t.trim()), 20))
    if (!policyEditOnly(hit.heading.body)) published.push(sectionEvidence(hit, 'security fixes published in the changelog'));
  // The site's page of the project's own vulnerabilities before a changelog line naming an identifier, which may be
  // another product's: commons-compress's RELEASE-NOTES.txt names libbzip2's CVE-2019-12900, "Commons Compress has not
  // been vulnerable to this CVE", while its security.xml has a section for each CVE it fixed.
  if (published.length === 0)
    for (const hit of sectionsIn(facts, ['site-page'], (t) => SECTION_ADVISORY_ID.test(t) || FIXED_IN_HEADING.test(t), 0)) {
      const inHeading = SECTION_ADVISORY_ID.test(hit.heading.text);
      const named = inHeading ? null : SECTION_ADVISORY_ID.exec(hit.heading.body);
      if (!inHeading && named === null) continue;
      published.push(fileEvidence(hit.doc.path, `fixed vulnerability published on the project's site: section "${hit.heading.text.slice(0, 80)}"${named ? ` names ${named[0]}` : ''}`, hit.heading.line));
      if (published.length >= 3) break;
    }
  if (published.length === 0) published.push(...namedInChangelog(facts));
  if (published.length === 0) published.push(...labelledInChangelog(facts));
  if (published.length > 0) return pass(capEvidence(published));

  const mechanism: Evidence[] = [];
  for (const d of policyDocs(facts, [`${VR}.policy`, 'repository.documentation.security-policy']))
    for (const l of d.outline.links) {
      if (ADVISORY_LIST.test(l.target)) {
        if (!reportingOnly(`${d.outline.proseBefore(l.line, l.column, 160)} ${l.text}`)) mechanism.push(fileEvidence(d.path, `says where vulnerabilities are published: ${l.target.slice(0, 120)}`, l.line, l.column));
      } else if (ECOSYSTEM_DB.test(l.target) && !DEPENDENCY_CHECK.test(`${d.outline.proseBefore(l.line, l.column, 160)} ${l.text}`))
        mechanism.push(fileEvidence(d.path, `says vulnerabilities are published in the ecosystem's advisory database: ${l.target.slice(0, 120)}`, l.line, l.column));
      else if (ownAdvisoryPage(facts, l.target)) mechanism.push(fileEvidence(d.path, `links an advisory this repository published (its vulnerabilities are published as GitHub security advisories): ${l.target.slice(0, 120)}`, l.line, l.column));
    }
  for (const hit of sectionsIn(facts, ['security', 'docs', 'readme'], (t) => PUBLISH_HEADING.test(t), 40)) mechanism.push(sectionEvidence(hit, 'says how discovered vulnerabilities are published'));
  for (const d of policyDocs(facts, [`${VR}.policy`, 'repository.documentation.security-policy'])) {
    // The prose before any heading too: a short policy is often one paragraph (go-containerregistry's SECURITY.md).
    const said = statementInDoc({ path: d.path, role: 'security', kind: 'project', outline: d.outline }, PUBLISH_STATEMENT, { reject: PUBLISH_NOT, lead: true });
    if (said) mechanism.push(statementEvidence(said, 'says where vulnerabilities are published'));
  }
  const pointed = changelogPointsToAdvisories(facts);
  if (pointed) mechanism.push(pointed);
  // A policy kept in another repository (as VM-01.01 accepts it) may say where: the project's word, for a person to check.
  if (mechanism.length === 0 && policyDocs(facts, [`${VR}.policy`, 'repository.documentation.security-policy']).length === 0)
    mechanism.push(...externalPolicyLinks(facts).map((e) => ({ ...e, detail: `${e.detail}; whether it says where vulnerabilities are published is not read here` })));
  const remediation = 'Publish each fixed vulnerability as a GitHub security advisory (with CVE, affected versions and mitigation), and state in SECURITY.md where advisories are published (for example a link to the repository\'s Security → Advisories page).';
  if (adv.state === 'ok') {
    const api: Evidence = { kind: 'api', ...(repoUrl(facts) ? { url: `${repoUrl(facts)}/security/advisories` } : {}), detail: `no published security advisories (${adv.source.endpoint})` };
    if (mechanism.length > 0) return attested(capEvidence([...dedupe(mechanism), api]), 'Nothing has been published yet; when a vulnerability is fixed, publish it there as the policy says.');
    const policies = policyDocs(facts, [`${VR}.policy`, 'repository.documentation.security-policy']);
    if (policies.length > 0)
      return unknown(
        `nothing has been published yet, and no heading, link or sentence in ${policies[0].path} says where vulnerabilities will be published`,
        remediation,
        [api, fileEvidence(policies[0].path, 'security policy without a link to where advisories are published', 1)],
      );
    return fail([api, { kind: 'note', detail: 'no published advisories, no security section in the changelog, and no SECURITY.md saying where vulnerabilities are published' }], remediation);
  }
  if (mechanism.length > 0) return attested(capEvidence([...dedupe(mechanism), { kind: 'note', detail: apiUnknownDetail(adv, 'Published security advisories') }]), remediation);
  return unknown(apiUnknownDetail(adv, 'Published security advisories'), remediation, [{ kind: 'note', detail: 'no security section in the changelog, and SECURITY.md does not say where vulnerabilities are published' }]);
}
