// Support scope and end of security updates (OSPS-DO-04.01 / 05.01): one check, with each rule's
// heading words and the words of its statement under any heading. A sentence on when a report may be disclosed
// ("do not disclose ... until a fix has been announced") is no support statement. GitHub's SECURITY.md template
// committed unfilled states nothing about the project and fails, naming the file; a section that only
// links to a page out of the repository is attested (helpers/elsewhere.ts); nothing found while SECURITY.md only hands the
// security policy to a page elsewhere is unknown, and so is nothing found in a repository without a SECURITY.md of its own
// whose owner's .github repository has one (GitHub shows it there; its text is not read).
import { type DocumentInfo, type DocumentRole, documentsOf } from '../../facts/documents.ts';
import type { Heading } from '../../facts/markdown.ts';
import { SECURITY_CONTACTS_PATH } from '../../facts/security-contacts.ts';
import type { Facts } from '../../facts/types.ts';
import type { Evidence } from '../../model/evidence.ts';
import { attested, fail, type Outcome, unknown } from '../types.ts';
import { decideDocs, POINTER_PROSE, siDocs } from './documentation.ts';
import { sectionElsewhere } from './elsewhere.ts';
import { capEvidence, fileEvidence } from './evidence.ts';
import { releaseGate } from './release.ts';
import { DEFAULT_SECURITY_POLICY, orgDefaults } from './org-defaults.ts';
import { externalPolicyLinks } from './security-policy.ts';
import { findSectionWhere, headingIs, MAX_HEADINGS_PER_DOC, projectSection, sectionEvidence, sectionIn, templateSectionWhere } from './sections.ts';
import { isTemplateSection, sentencesOf, statementEvidence, type StatementHit } from './statements.ts';
import { adviceText, type Advice } from './insights.ts';

/**
 * The links of a SECURITY.md that says nothing itself and hands the security policy to a page outside the repository
 * (kyverno's: "follow the security practices published and maintained at https://github.com/kyverno/community/blob/main/SECURITY.md").
 */
function delegatedSecurityPolicy(facts: Facts): Evidence[] {
  const docs = documentsOf(facts.documents, 'security');
  // No SECURITY.md at all, and the README or the contribution guide links the policy kept elsewhere
  // (express's: GitHub's policy page, which shows the owner's default SECURITY.md): the same. Not the
  // process a SECURITY_CONTACTS file sends reporters to (kind's, Kubernetes' own): it is where to report, not the support policy.
  if (docs.length === 0) return externalPolicyLinks(facts).filter((e) => e.path !== SECURITY_CONTACTS_PATH);
  if (docs.some((d) => d.outline === null || d.outline.proseChars >= POINTER_PROSE)) return [];
  return externalPolicyLinks(facts).filter((e) => docs.some((d) => d.path === e.path));
}

/**
 * Nothing here, and the repository has no SECURITY.md of its own: GitHub shows it the owner's default
 * from its .github repository (isaacs/.github's SECURITY.md, "Supported Versions", for minimatch), whose text is not
 * read here: unknown when the owner has one. Null when it has none, or its .github repository was not read (offline): a
 * default SECURITY.md is common, one that states supported versions less so, and the fail stands, as for GOVERNANCE.md.
 */
function ownerDefaultPolicy(facts: Facts, what: string, remediation: string, evidence: Evidence[]): Outcome | null {
  if (documentsOf(facts.documents, 'security').length > 0) return null;
  const inherited = orgDefaults(facts, DEFAULT_SECURITY_POLICY, 'security policy');
  if (inherited.length === 0) return null;
  return unknown(
    `no statement of ${what} in this repository, which has no SECURITY.md of its own; GitHub shows it the owner's default, whose text is not read here`,
    `Check that the owner's SECURITY.md states this for this repository, or: ${remediation}`,
    [inherited[0].evidence, ...evidence],
  );
}

/**
 * A page of one release's notes, named for its version (gateway's site/content/en/news/releases/notes/v1.4.5.md, whose
 * "Security updates" lists that release's fixes): a changelog entry wherever it is kept.
 */
const RELEASE_NOTE_PAGE = /(?:^|\/)v?\d{1,4}(?:\.\d{1,6}){1,3}(?:-[a-z]{1,10}(?:\.?\d{1,4})?)?\.(?:md|markdown|rst|adoc|txt)$/i;

/** Changelog headings that describe a release's content. */
const RELEASE_ENTRY = /\bsecurity (?:updates?|fix(?:es)?|patch(?:es)?|releases?)\b|\blts\b|\blong[- ]term support\b/i;
/** The contribution guide too: clap keeps its "Version Support Policy" (versions, their support, end of life) in CONTRIBUTING.md. */
const SUPPORT_ROLES: DocumentRole[] = ['support', 'security', 'readme', 'docs', 'governance', 'contributing', 'changelog'];

/**
 * Prose about which toolchain or platform a release needs: "The minimum Swift version supported by ... releases"
 * (swift-argument-parser's "Supported Versions" table), "officially supports Python 3.10+", "MSRV".
 */
const COMPATIBILITY =
  /\b(?:minimum|minimal|oldest)\b[^.|]{0,40}\bversions?\b|\bmsrv\b|\b(?:supports|requires|compatible with)\s+(?!(?:versions?|releases?|branch(?:es)?|the|only|all|latest|current|each|every)\b)[a-z][\w.+#-]{0,30}\s+v?\d/i;
/** Words of a support statement about the project's own releases: fixes, maintenance, end of life, a supported/unsupported mark. */
const SUPPORT_TERMS =
  /\b(?:security|fix(?:es|ed)?|patch(?:es|ed)?|maintained|maintenance|unsupported|no longer|end[- ]of[- ](?:life|support)|eol|lts|long[- ]term|backport\w*|ended|until)\b|\u2705|\u274c|:white_check_mark:|:x:/i;

/**
 * Where a support statement is read whatever its heading: project documents, the README, a version-policy page and the
 * project sections of other docs/ pages (helm's CONTRIBUTING.md "Helm v3", pydantic's docs/version-policy.md "Pydantic
 * V1"). Not the changelog: its entries name fixes ("fixed a bug where updates hung until restart"), not a policy.
 */
const STATEMENT_ROLES: DocumentRole[] = ['support', 'security', 'readme', 'contributing', 'governance', 'docs'];
/**
 * The end of a period: "until July 8th 2026", "until the release of V3", "for 8 months", "end of life"; or a window
 * counted in releases: "for the latest two stable releases" (etcd's branch management), "the current and previous
 * minor series" (nats-server's RELEASES.md), "patch releases to the previous two MINOR releases" (grpc-go's versioning.md); or support
 * bounded to the latest release, until the next one: "provides support for the latest release and best effort critical bug
 * fixes for the latest 3.6.x release" (sigstore-python's README); or fixes shipped in the latest release line alone, which a
 * line stops getting when the next one is out: "Security fixes are published in the latest release line" (a SECURITY.md's
 * "Reporting a Vulnerability"), "only the latest release receives security fixes" (not "the latest release notes"); or one
 * release line supported at a time, which the next one ends: "Only one major version is supported at a time, and changes are
 * not backported to older versions" (mockito's README).
 */
const PERIOD =
  /\b(?:published|released|shipped|provided|applied|issued|backported|made available) (?:only )?(?:in|to|for|on) the (?:latest|current|most recent|newest) (?:stable |minor |major )?(?:release|version)(?: lines?| series| branch(?:es)?)?\b(?! notes)|\bthe (?:latest|current|most recent|newest) (?:stable |minor |major )?(?:release|version)(?: lines?| series| branch(?:es)?)? (?:only )?(?:receives?|gets?)\b|\buntil\b|\bcurrent and (?:the )?previous (?:stable |minor |major )?(?:series|releases?|versions?|release (?:lines?|branch(?:es)?|series)|branch(?:es)?)\b|\bfor (?:at least )?(?:\d{1,3}|one|two|three|four|six|nine|twelve|eighteen|twenty-four) (?:more )?(?:months?|years?)\b|\bend[- ]of[- ]life\b|\b(?:latest|last|most recent|newest|previous) (?:[2-9]|two|three|four|five) (?:stable |minor |major |supported )?(?:releases|versions|release (?:lines|branches|series)|branches|minor versions)\b|\bsupport(?:s|ed)?\b[^.]{0,30}?\bthe (?:latest|current|most recent|newest) (?:stable |non-prerelease |minor |major )?(?:release|version)\b|\bthe (?:latest|current|most recent|newest) (?:stable |non-prerelease |minor |major )?(?:release|version)s? (?:is|are) (?:supported|maintained)\b|\bonly (?:one|a single) (?:stable |minor |major )?(?:release|version)(?: line| series| branch)? (?:is|will be) (?:supported|maintained)\b/i;

/**
 * A sentence on when a report may be made public: "Please do not disclose security-related issues publicly until a fix has
 * been announced" (guzzle's README) bounds the reporter's silence, not the fixes a release line gets.
 */
const DISCLOSURE = /\b(?:disclos(?:e|ed|es|ing|ure)|embargo(?:ed|es)?)\b/i;

/**
 * A sentence on which versions of a language, runtime or platform the software builds or runs with: "Recent Go toolchain
 * is necessary to build actionlint from source. Last two major versions of Go are supported." (rhysd/actionlint's
 * docs/install.md), "the last three minor versions of Kubernetes are supported". Compatibility, not the fixes the
 * project's own releases get.
 */
const RUNTIME_VERSIONS =
  /\b(?:releases?|versions?|release (?:lines?|series)|series)\s+of\s+(?:the\s+)?(?:go(?:lang)?|node(?:\.?js)?|python|ruby|java|jdk|openjdk|rust|php|perl|erlang|elixir|swift|kotlin|scala|dotnet|\.net|deno|bun|kubernetes|k8s|typescript|android|ios)(?![\w-])/i;

/**
 * A sentence that states which fixes a release line gets and until when: `fixes` names them, PERIOD bounds them
 * ("Helm v3 will continue to receive bug fixes ... until July 8th 2026. Security enhancements will still be applied until
 * November 11th 2026").
 */
function supportStatement(fixes: RegExp): (s: string) => boolean {
  return (s) => PERIOD.test(s) && fixes.test(s);
}

/** A sentence of a section that states support, not when a report may be disclosed nor which runtime versions it needs. */
function statedIn(body: string, stated: (s: string) => boolean): string | undefined {
  return sentencesOf(body).find((s) => stated(s) && !DISCLOSURE.test(s) && !RUNTIME_VERSIONS.test(s));
}

/** The first section, in STATEMENT_ROLES documents, whose prose has a support statement. */
function findSupportStatement(facts: Facts, stated: (s: string) => boolean): StatementHit | undefined {
  const seen = new Set<string>();
  for (const role of STATEMENT_ROLES)
    for (const doc of documentsOf(facts.documents, role)) {
      if (seen.has(doc.path)) continue;
      seen.add(doc.path);
      const h = statementHeading(doc, stated);
      if (h) return { doc, heading: h, sentence: statedIn(h.body, stated) ?? '' };
    }
  return undefined;
}

/**
 * A page whose name says it is the support policy (pydantic's docs/version-policy.md) or the
 * project's versioning (grpc-go's Documentation/versioning.md, "Versioning and Releases"): every
 * section of it speaks for the project here.
 */
const POLICY_PAGE = /(?:^|[/_-])(?:version(?:ing)?|support|releases?|maintenance|lts)[-_]?(?:polic(?:y|ies)|life[-_]?cycle)(?:[/_.-]|$)|(?:^|\/)versioning\.(?:md|markdown|rst|adoc)$/i;

/**
 * Pages named for the policy are read first, in every role: fastify's docs/Reference/LTS.md ("Major releases ... are
 * supported for a minimum period of six months") before the note in docs/Guides/Migration-Guide-V5.md that sorts first.
 */
const SUPPORT_PAGE = new RegExp(`${POLICY_PAGE.source}|(?:^|/)(?:lts|long[-_]term[-_]support|support|supported[-_]versions|eol|end[-_]of[-_]life)\\.[a-z]+$`, 'i');

/** The first section of a document with a support statement (its whole prose is tested first: most sections have none). */
function statementHeading(doc: DocumentInfo, stated: (s: string) => boolean): Heading | undefined {
  const anySection = doc.role === 'readme' || POLICY_PAGE.test(doc.path);
  const hs = (doc.outline?.headings ?? []).slice(0, MAX_HEADINGS_PER_DOC);
  return hs.find((h) => stated(h.body) && !isTemplateSection(h) && (anySection || projectSection(doc, h)) && statedIn(h.body, stated) !== undefined);
}

/**
 * A table's header row with an end-of-life column (gateway's news/releases/matrix.md: "| Envoy Gateway version | Envoy Proxy
 * version | … | End of Life |", a date for each release line): when each version stops being supported, whatever the
 * heading. The first cell is the first column's name, which must name the project's versions, not a runtime's ("| Python |
 * End of life |" is the interpreter's). Bounded: a row of at most 12 cells of at most 80 characters.
 */
const EOL_HEADER = /\|([^|]{1,80})\|(?:[^|]{1,80}\|){0,10}[ \t]*(?:end[- ]of[- ](?:life|support)|eol|security support (?:until|ends))[ \t*]*\|/i;
const VERSION_COLUMN = /\b(?:versions?|releases?|branch(?:es)?|series|lines?)\b/i;
const RUNTIME_COLUMN = /\b(?:go(?:lang)?|node(?:\.?js)?|python|ruby|java|jdk|openjdk|rust|php|perl|erlang|elixir|swift|kotlin|scala|dotnet|\.net|deno|bun|kubernetes|k8s|typescript|android|ios|os|platform|runtime|toolchain|compiler)\b/i;

/** The first section, in STATEMENT_ROLES documents (not one release's notes), whose table gives each version's end of life. */
function findEolTable(facts: Facts): StatementHit | undefined {
  for (const role of STATEMENT_ROLES)
    for (const doc of documentsOf(facts.documents, role)) {
      if (RELEASE_NOTE_PAGE.test(doc.path)) continue;
      for (const h of (doc.outline?.headings ?? []).slice(0, MAX_HEADINGS_PER_DOC)) {
        const m = EOL_HEADER.exec(h.body);
        if (m && VERSION_COLUMN.test(m[1]) && !RUNTIME_COLUMN.test(m[1]) && !isTemplateSection(h)) return { doc, heading: h, sentence: m[0] };
      }
    }
  return undefined;
}

/** Where security updates are announced: a place to hear of them, not which releases get them. */
const ANNOUNCED = /\b(?:posted|published|announced|distributed|sent|notif\w*|subscrib\w*)\b/i;
/** Words that tie a section to releases or a period: which versions, until when. */
export const RELEASE_TERMS = /\b(?:versions?|releases?|branch(?:es)?|supported|unsupported|maintained|until|end[- ]of[- ](?:life|support)|eol|lts|latest|older|previous|current)\b|\b\d{1,4}\.\d/i;

/**
 * A "Security updates" section that only says where updates are announced (sinatra's "will be posted
 * on the mailing list", undici's "notifications will be distributed via GitHub Security Advisories").
 */
function announcementOnly(h: Heading): boolean {
  return ANNOUNCED.test(h.body) && !RELEASE_TERMS.test(h.body);
}

/** A table or prose of the runtimes a release runs on (rubocop's "Support Matrix": "Supported runtime Ruby version | Last supported RuboCop version"). */
const RUNTIME_SUPPORT = /\bsupported (?:runtime|platform|interpreter|compiler|toolchain)s?\b|\b(?:runtime|platform|toolchain) (?:support|versions?)\b/i;
/** Fixes the project's own releases get: what turns a runtime matrix into a support statement (its "EOL" is the runtime's). */
const OWN_FIXES = /\bsecurity\b|\bfix(?:es)?\b|\bpatch(?:es)?\b|\bbackport\w*/i;

/** A heading that names support itself; "Release Policy" may be only about versioning. */
const SUPPORT_NAMED = /support|\blts\b|\beol\b|end[- ]of[- ]life|maintain|life ?cycle|secur/i;
/** Prose that speaks of support: which releases get it, until when. */
const SUPPORT_PROSE = /\bsupport(?:ed|s)?\b|\bmaintained\b|\buntil\b|\beol\b|\bend[- ]of[- ](?:life|support)\b|\blts\b|\blong[- ]term\b|\bsecurity\b|\bbackport\w*/i;

/** A section on support: its heading says so, or its prose does (rubocop's "Release Policy" is semantic versioning). */
function saysSupport(h: Heading): boolean {
  return SUPPORT_NAMED.test(h.text) || SUPPORT_PROSE.test(h.body);
}

/**
 * The formats, encodings or specifications a release reads and writes (protobom's README "Supported Versions and Formats": "the
 * current support for formats and encodings", a table of SPDX 2.3 and CycloneDX 1.6, each "supported" or "planned").
 */
const FORMAT_SUPPORT = /\b(?:formats?|encodings?|specifications?|file types?)\b/i;

/**
 * A section whose prose only says which toolchain or platform versions releases need, or which versions of a format they
 * handle: compatibility, not support. So is a "Support Policy" whose prose, naming no fixes, maintenance or end of life, says
 * which versions of a runtime or platform the releases run on (policy-controller's README: "This policy-controller's versions
 * are able to run in the following versions of Kubernetes", a table of ✓ marks).
 */
function compatibilityOnly(h: Heading): boolean {
  if (SUPPORT_TERMS.test(h.body)) return RUNTIME_SUPPORT.test(h.body) && !OWN_FIXES.test(h.body);
  return COMPATIBILITY.test(h.body) || FORMAT_SUPPORT.test(h.text) || FORMAT_SUPPORT.test(h.body) || RUNTIME_VERSIONS.test(h.body) || (RUNTIME_SUPPORT.test(h.body) && !OWN_FIXES.test(h.body));
}

/**
 * `heading`: the words of a section on the topic; `fixes`: the words of a sentence that, with a period (PERIOD), states
 * it under any heading; `body`, when given, what the section's prose must say.
 */
export function supportCheck(heading: RegExp, fixes: RegExp, what: string, missing: string, advice: Advice, body?: RegExp): (facts: Facts) => Outcome {
  const stated = supportStatement(fixes);
  // Nor a release team's task ("Update supported versions" in cluster-api's communications handbook: edit versions.md).
  const about = headingIs(heading, /\b(getting support|get support|how to get|contact|commercial support)\b|^(?:update|updating|bump|bumping|add|adding|remove|removing)\b/i);
  // GitHub's SECURITY.md template has a "Supported Versions" section with made-up versions (5.1.x,
  // 5.0.x, 4.0.x): committed unfilled, it states nothing about this project.
  // A changelog's "Security Fixes" or "v2.4 LTS" names what one release holds, not how long releases are supported (falcosecurity/falco's).
  // A "Supported Versions" table of minimum toolchain versions says what a release runs on, not how long it is supported,
  // and a "Security updates" section that says where they are posted says nothing of which releases get them.
  // A product page's "Exit on EOL" is a feature; there only a project-level heading speaks for the project, and only when
  // its prose names a release, version or period: kustomize's helmCharts.md "Long term support" says which changes one
  // feature will get ("we cannot support the entire helm feature set"), not which releases get fixes.
  const onTopicAnyBody = (h: Heading, doc: DocumentInfo) =>
    about(h) && (doc.kind === 'project' || (projectSection(doc, h) && RELEASE_TERMS.test(h.body))) && saysSupport(h) && !isTemplateSection(h) && !((doc.role === 'changelog' || RELEASE_NOTE_PAGE.test(doc.path)) && RELEASE_ENTRY.test(h.text)) && !compatibilityOnly(h) && !announcementOnly(h);
  const onTopic = (h: Heading, doc: DocumentInfo) => onTopicAnyBody(h, doc) && (!body || body.test(h.body));
  return (facts: Facts): Outcome => {
    // "Supported Versions: please see [our support policy](https://…)" states nothing here: attested below, not a pass.
    const test = (h: Heading, doc: DocumentInfo) => onTopic(h, doc) && sectionElsewhere(facts, doc, h) === undefined;
    const remediation = adviceText(advice, facts);
    const found: Evidence[] = [];
    const section = findSectionWhere(facts, SUPPORT_ROLES, test, 40, SUPPORT_PAGE);
    if (section) found.push(sectionEvidence(section, what));
    else {
      // A dated statement of fixes is a support statement whatever its heading ("## Helm v3", "## Pydantic V1").
      const statement = findSupportStatement(facts, stated);
      if (statement) found.push(statementEvidence(statement, what));
      else {
        const table = findEolTable(facts);
        if (table) found.push(statementEvidence(table, `${what}, a table of versions with an end-of-life column`));
      }
    }
    const si = siDocs(facts, ['project.documentation.support-policy'], what, (doc) => sectionIn(doc, test, 40) ?? statementHeading(doc, stated));
    if (found.length === 0 && si.confirmed.length === 0 && si.broken.length === 0) {
      const template = templateSectionWhere(facts, SUPPORT_ROLES, about);
      if (template)
        return fail(
          capEvidence([sectionEvidence(template, template.heading.template ?? 'template text not filled in'), ...si.declared]),
          `Replace the template text in ${template.doc.path}: list the versions of this project that receive security updates and say until when (or remove the section). ${remediation}`,
        );
    }
    return decideDocs(found, si, 'project.documentation.support-policy', () => {
      const away = findSectionWhere(facts, SUPPORT_ROLES, (h, doc) => onTopic(h, doc) && sectionElsewhere(facts, doc, h) !== undefined, 40);
      const link = away && sectionElsewhere(facts, away.doc, away.heading);
      if (!away || !link) {
        // Name the section that has the heading but not the words (trivy's "Supported Versions": "no supportability commitment").
        const vague = body && findSectionWhere(facts, SUPPORT_ROLES, (h, doc) => onTopicAnyBody(h, doc) && !body.test(h.body), 40);
        const gate = releaseGate(facts, vague ? `no statement of ${what}: section "${vague.heading.text}" in ${vague.doc.path} names no release, version or period` : missing, remediation);
        // Nothing here, and SECURITY.md only hands the policy to a page elsewhere (kyverno's and cert-manager's community
        // repositories): that page may state it (kyverno's does, cert-manager's does not), and it is not read, so the
        // repository cannot tell.
        const handedOver = gate.status === 'fail' && !vague ? delegatedSecurityPolicy(facts) : [];
        if (handedOver.length > 0)
          return unknown(
            // The file that hands it over: SECURITY.md, or with none the README's security section (eslint/js's README.md).
            `no statement of ${what} in this repository, whose ${handedOver[0].path ?? 'SECURITY.md'} hands the security policy to a page elsewhere; whether that page states it is not read here`,
            `Check that the security policy it links states this, or: ${remediation}`,
            handedOver,
          );
        return gate.status === 'fail' && !vague ? (ownerDefaultPolicy(facts, what, remediation, gate.evidence) ?? gate) : gate;
      }
      const detail = `${what}: section "${away.heading.text}" only links to a page outside this repository: ${link.target.slice(0, 200)}`;
      return attested([fileEvidence(away.doc.path, detail, link.line, link.column)], `Check that the linked page states this, or: ${remediation}`);
    });
  };
}
