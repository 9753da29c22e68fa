// The project's documentation as outlines: which well-known documents exist, where, and what
// sections they have. Rules ask "is there a section that tells the reader how to X".
import { followLinks, type LinkedDocument, MAX_LINKED_DOCS, resolveDocLink } from './doc-links.ts';
import { type CodeOwners, codeOwnersIn } from './codeowners.ts';
import { type ProwOwners, prowAliasesIn, prowOwnersIn } from './prow-owners.ts';
import { type ContactLink, contactLinksIn, type DefectPrompt, defectPromptIn, templateNameIn } from './issue-config.ts';
import { headingAtLine, type MarkdownOutline } from './markdown.ts';
import { type OutlineResult, readOutline } from './outlines.ts';
import { antoraComponents, antoraPageDirs } from './antora.ts';
import { type DocSite, mavenSiteDirs, readDocSite, staticSiteContentDirs } from './doc-site.ts';
import { dependencyParagraphsIn } from './dependency-paragraphs.ts';
import { type ApiDirective, apiDirectiveIn } from './api-directives.ts';
import { type PomDevelopers, readPomDevelopers } from './pom-developers.ts';
import { readSecurityContacts, type SecurityContacts } from './security-contacts.ts';
import { type InterfaceSpec, findInterfaceSpecs } from './interface-specs.ts';
import { type ManPage, readManPages } from './man-pages.ts';
import { readReleaseNotesTemplate } from './release-notes-template.ts';
import { XDOC_TOPIC } from './xdoc.ts';
import type { RepoSnapshot } from './snapshot.ts';
import { compareNatural } from '../model/order.ts';

export type DocumentRole =
  | 'readme'
  | 'contributing'
  | 'security'
  | 'support'
  | 'governance'
  | 'maintainers'
  | 'codeowners'
  | 'code-of-conduct'
  | 'changelog'
  | 'license'
  | 'issue-template'
  | 'pull-request-template'
  | 'cra-readiness'
  | 'docs'
  /** The README of a component of a monorepo or chart collection (charts/x/README.md): a user guide of that component. */
  | 'component-readme'
  /** A page of a design/, architecture/, proposals/, rfcs/, keps/ or enhancements/ folder at the root or in specs/ (cert-manager's dated design documents, falco's proposals, notation's specs/proposals/): read only as design documentation. */
  | 'design'
  /** The release notes the release tool writes into every GitHub release, from its configuration (GoReleaser's release.header/footer; release-notes-template.ts). */
  | 'release-notes'
  /**
   * A page of a Maven site's xdoc sources the rules ask for (xdoc.ts XDOC_TOPIC: the download and issue-tracking pages of
   * apache/commons-lang): the project's word on how it distributes releases and takes reports, read only by those rules.
   */
  | 'site-page'
  /**
   * The README of a top-level folder that is a part of the software (hyper's capi/README.md, the C API: how to build it),
   * not of tests, examples, documentation or tooling: read only for build instructions (OSPS-DO-07.01).
   */
  | 'folder-readme'
  /** The README of the project's own test suite (notation's test/e2e/README.md: how its end-to-end tests run): read only for how tests run (OSPS-QA-06.02). */
  | 'test-readme';

/**
 * Who a document speaks for. Project documents say how the project works: governance,
 * contributing, security policy, maintainers, support, release process, code of conduct, templates,
 * the README (whose project sections count; rules judge its sections by heading), and pages under
 * docs/ whose names say they are about the project (docs/governance.md, docs/contributing/...).
 * Product documents describe the software: user guides, API references, operator manuals, blog
 * posts, anything else under docs/. Governance-type requirements take evidence from project
 * documents, and from a product document only in a section under a project-level heading.
 */
export type DocumentKind = 'project' | 'product';

export interface DocumentInfo {
  path: string;
  role: DocumentRole;
  kind: DocumentKind;
  /** Null when the file could not be read (reason in `unreadable`). */
  outline: MarkdownOutline | null;
  unreadable?: string;
  /** For a document reached by a link: the document and line that link is on. */
  via?: { path: string; line: number };
  /**
   * For a changelog: the first CVE or GitHub advisory identifiers it names (not on a line that sets one aside), with their lines,
   * anywhere in the text (a plain-text changelog has few headings, so its sections' samples miss
   * most entries: jackson-databind's release-notes/VERSION-2.x names CVEs from line 726 on).
   */
  advisoryIds?: { id: string; line: number }[];
  /**
   * For a changelog: its first entries labelled as fixing a vulnerability of the project without naming an identifier
   * (uvicorn's CHANGELOG.md, line 596: "* SECURITY FIX: Prevent sending invalid HTTP header names and values. (#725)"),
   * anywhere in the text, with their lines; not a dependency's update nor an edit of the security policy.
   */
  securityFixes?: { text: string; line: number }[];
  /**
   * For a contribution guide: its first few paragraphs (or list items) that speak of new or added dependencies, anywhere in the text,
   * whitespace collapsed, with the line each starts on. A section keeps only the start of its prose, and such a policy is
   * often one item of a long list (grpc-go's "PR Contents", line 116: "If your contribution introduces new dependencies,
   * you will need a discussion with gRPC-Go maintainers").
   */
  dependencyParagraphs?: { text: string; line: number }[];
  /** For the issue template chooser (.github/ISSUE_TEMPLATE/config.yml): its contact links. */
  contactLinks?: ContactLink[];
  /** For an issue template: the name it shows in GitHub's chooser (its top-level or front-matter `name:`), when it gives one. */
  templateName?: string;
  /** For an issue template: where it asks for the steps to reproduce, or for the expected and the actual behaviour (what a defect report needs). */
  defectPrompt?: DefectPrompt;
  /**
   * For a release-notes file named for a version (RELEASE_NOTES_v0.3.0.md), or a changelog whose headings name
   * versions (gson's CHANGELOG.md, newest "## Version 2.10"): the newest release tag, when the file's newest
   * release line (major.minor) is older than it: the notes stop before the releases.
   */
  olderThanRelease?: string;
  /** For a docs/ page: its first directive that documents an API object (Sphinx autodoc or domain, mkdocstrings; facts/api-directives.ts). */
  apiDirective?: ApiDirective;
  /** For CODEOWNERS: the people and teams its rules name. */
  codeOwners?: CodeOwners;
  /** For a Prow OWNERS file (no extension): who has review or approval rights, aliases of the root OWNERS_ALIASES expanded, emeritus lists apart. */
  prowOwners?: ProwOwners;
}

export interface DocumentFacts {
  /** Every document read, keyed by path. */
  byPath: Record<string, DocumentInfo>;
  /** The project's documentation site built from this tree (mkdocs.yml, an Antora playbook), whose pages lead to their files. */
  site?: DocSite;
  /** Paths by role, best candidate first (root, then .github/, then docs/). */
  roles: Partial<Record<DocumentRole, string[]>>;
  /** The developers the root pom.xml names (`<developers>`), when it names any. */
  pomDevelopers?: PomDevelopers;
  /** Manual pages (roff) at the root or in man/ or doc/ (jq's jq.1.prebuilt), when there are any. */
  manPages?: ManPage[];
  /** OpenAPI, Swagger and AsyncAPI descriptions, each opening with its version key, when there are any. */
  interfaceSpecs?: InterfaceSpec[];
  /** The root SECURITY_CONTACTS file of a Kubernetes project (its contacts, and where its comment sends reporters), when there is one. */
  securityContacts?: SecurityContacts;
}

/**
 * A documentation site's security page where GitHub does not look: doc/, documentation/ or
 * website/docs/security.md, or a docs/security/ folder's page (docs/security.md itself is a
 * community file, found with the others).
 */
const DOCS_SECURITY_PAGE = /^(?:docs?|documentation|website\/docs)\/(?:security|security\/(?:security|index|readme))\.(?:md|markdown|rst|adoc)$/i;
/**
 * An mdBook's security page (rustup's doc/user-guide/src/security.md): a book's sources sit in a
 * src/ folder beside its SUMMARY.md, under doc/, docs/, documentation/ or book/.
 */
const MDBOOK_SECURITY_PAGE = /^(?:docs?|documentation|book)\/(?:[\w.-]+\/)?src\/security\.md$/i;

/**
 * A root bug bounty page (retrofit's and okio's BUG-BOUNTY.md, "Serious about security": "If you believe you have
 * discovered a security vulnerability, please follow the guidelines at https://bugcrowd.com/squareopensource"): where
 * GitHub shows no SECURITY.md of the repository, it is the project's word on how to report a vulnerability.
 */
const BUG_BOUNTY_PAGE = /^bug[-_]?bount(?:y|ies)\.(?:md|markdown|rst|adoc)$/i;

/**
 * A heading on reporting security issues ("Security Reports", "Reporting a security vulnerability"):
 * in the README or the contribution guide, its section is where the project says how to report.
 */
export const SECURITY_REPORTING_HEADING = /\b(?:security|vulnerabilit(?:y|ies))\b.{0,40}\b(?:reports?|reporting|contacts?|disclosures?|issues?|bugs?)\b|\breport(?:ing)?\b.{0,40}\b(?:security|vulnerabilit(?:y|ies))\b/i;

/**
 * A CVE or GitHub advisory identifier, also in the Sphinx role form sphinx-issues renders as a link
 * (pallets/jinja's CHANGES.rst: ":ghsa:`cpwx-vrp4-4pq7`", ":cve:`2024-22195`"), which drops the prefix.
 */
const ADVISORY_ID = /\bCVE-\d{4}-\d{4,7}\b|\bGHSA(?:-[0-9a-z]{4}){3}\b|:(ghsa|cve):`((?:[0-9a-z]{4}-){2}[0-9a-z]{4}|\d{4}-\d{4,7})`/gi;
const MAX_ADVISORY_IDS = 3;
/**
 * A changelog line that sets an advisory aside rather than fixing it: laravel's "Ignore PHPUnit
 * security advisory GHSA-qrr6-mg7r-m243" (an audit exception), or one recording that the project is
 * not affected: trivy's "**vex:** add CVE-2025-66564 as not_affected into Trivy VEX file".
 */
const SET_ASIDE = /\b(?:ignor\w*|suppress\w*|silenc\w*|allow-?list\w*|dismiss\w*|waiv\w*|mute[ds]?|vex|not[\s_-]affected|unaffected|false[\s-]positives?|(?:not|never) (?:been )?(?:vulnerable|affected|impacted)|xfail\w*|expected to fail|missing (?:a |the )?security fix)\b/i;

/**
 * The entry that holds an offset of a changelog: its line and the lines that continue it (indented, or blank before an
 * indented one), at most 600 characters. commons-compress's RELEASE-NOTES.txt names libbzip2's CVE-2019-12900 and says, in
 * the entry's next paragraph, "Commons Compress has not been vulnerable to this CVE".
 */
function entryAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset) + 1;
  let end = text.indexOf('\n', offset);
  while (end >= 0 && end - start < 600) {
    let next = end + 1;
    while (text[next] === '\n' || text[next] === '\r') next++;
    if (text[next] !== ' ' && text[next] !== '\t') break;
    // Another entry, indented as a nested list's: not this one's.
    let first = next;
    while (text[first] === ' ' || text[first] === '\t') first++;
    if ('*-+'.includes(text[first]) || /\d/.test(text[first] ?? '')) break;
    const after = text.indexOf('\n', next);
    end = after;
  }
  return text.slice(start, end < 0 ? undefined : end).slice(0, 600);
}

/**
 * A changelog line that updates a dependency to take in its fix (node-gyp's "**deps:** upgrade tar to 7.5.4 to address
 * CVE-2026-23950", "Bump lodash from 4.17.20 to 4.17.21", prometheus's "UI: Bump `sanitize-html` to fix a cross-site scripting
 * vulnerability (CVE-2026-44990)", "update the Go toolchain to 1.22.2 to fix CVE-…"): the advisory is the dependency's,
 * published by it; the release that takes it in publishes no vulnerability of the project's own. So is a change made "Via
 * prometheus/common v0.69.0 (CVE-2025-4673, …)".
 */
const DEPENDENCY_UPDATE =
  /\bdeps?\b|\b(?:dependabot|renovate|bump(?:s|ed|ing)?)\b|\bdependenc(?:y|ies)\b|\b(?:upgrad(?:e[sd]?|ing)|updat(?:e[sd]?|ing))\s+(?:\S+\s+){0,3}?(?:to|from)\s+v?\d|\bvia\s+\S+\s+v?\d+\.\d/i;

/**
 * An advisory cited as the example of a class of attack that a feature guards against: bat's "Add a `--sanitize` flag ...
 * Mitigates Trojan-Source-style spoofing (CVE-2021-42574)", the compilers' Unicode bidi advisory. The class is named "X-style" or
 * "X-like" just before the identifier; the advisory is another product's, and the entry fixes no vulnerability of this one.
 * (Not "similar to those fixed in CVE-…": runc's own earlier advisories.) Read on the 80 characters before the identifier.
 */
const ATTACK_CLASS = /\b[a-z]\w*-(?:style|like)\b[^.;()\n]{0,40}\(?$/i;

/** The line of `text` that holds `offset`, at most 1,000 characters of it. */
function lineHolding(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, Math.min(end < 0 ? text.length : end, start + 1_000));
}

/** A line that is a list item, or indented (it continues one). */
const LIST_LINE = /^(?:[ \t]+\S|[ \t]*(?:[-*+]|\d{1,4}[.)])[ \t])/;
/** How far up a list is read for the sentence that leads into it. */
const MAX_LIST_LINES = 60;

/**
 * The sentence that leads into the list holding an offset, when the offset is in a list item: the nearest line above the
 * list that is neither an item nor blank, and ends in a colon (flagger's CHANGELOG.md "CVEs fixed (originating from
 * dependencies):", then one CVE a line). A heading, or prose that is no lead-in, gives "".
 */
function listLeadIn(text: string, offset: number): string {
  let start = text.lastIndexOf('\n', offset) + 1;
  if (!LIST_LINE.test(text.slice(start, start + 20))) return '';
  for (let i = 0; i < MAX_LIST_LINES && start > 0; i++) {
    const prev = text.lastIndexOf('\n', start - 2) + 1;
    const line = text.slice(prev, Math.min(start - 1, prev + 1_000));
    start = prev;
    if (line.trim() === '' || LIST_LINE.test(line)) continue;
    return line.trimEnd().endsWith(':') && !line.startsWith('#') ? line : '';
  }
  return '';
}

/**
 * The first few distinct advisory identifiers of a text, each with the line it first appears on; not one its entry sets
 * aside, nor one a dependency update takes in (DEPENDENCY_UPDATE, on its line or in the lead-in of its list): those would use up the few kept before the project's own
 * (prometheus's CHANGELOG.md names two dependencies' CVEs at lines 50 and 59, its own at 164).
 */
function advisoryIdsIn(text: string): { id: string; line: number }[] {
  const out: { id: string; line: number }[] = [];
  let line = 1;
  let from = 0;
  for (const m of text.matchAll(ADVISORY_ID)) {
    for (let i = text.indexOf('\n', from); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
    from = m.index;
    const id = m[1] ? `${m[1].toUpperCase()}-${m[2]}` : m[0];
    if (SET_ASIDE.test(entryAt(text, m.index)) || DEPENDENCY_UPDATE.test(lineHolding(text, m.index)) || DEPENDENCY_UPDATE.test(listLeadIn(text, m.index)) || ATTACK_CLASS.test(text.slice(Math.max(0, m.index - 80), m.index).trimEnd())) continue;
    if (out.some((o) => o.id.toUpperCase() === id.toUpperCase())) continue; // a link's text and target name it twice
    out.push({ id, line });
    if (out.length >= MAX_ADVISORY_IDS) break;
  }
  return out;
}

/**
 * A changelog entry (a list item, or a line of its own) that opens with a security-fix label: "SECURITY FIX:", "Security fix -",
 * "**Security:** Fix …", "[Security] Prevent …". A bare "Security" label needs a word of fixing after it ("Security: add
 * SECURITY.md" fixes nothing).
 */
const SECURITY_FIX_LABEL = /^[ \t]*(?:[-*+][ \t]+|\d{1,4}[.)][ \t]+)?(?:\[security(?:[ \t]+(fix(?:es)?|patch(?:es)?))?\]|[*_(]{0,2}security(?:[ \t]+(fix(?:es)?|patch(?:es)?))?[*_)]{0,2}[ \t]*[:\-–—][*_]{0,2})[ \t]+(\S.*)$/i;
const FIX_WORD = /\b(?:fix\w*|prevent\w*|patch\w*|vulnerab\w*|escap\w*|sanitiz\w*|validat\w*|reject\w*|exploit\w*|injection|traversal|xss|csrf|ssrf|dos|denial)\b/i;
/** A dependency's update (its vulnerability, not the project's) or an edit of the policy. */
const NOT_OWN_FIX = /\b(?:bump\w*|upgrad\w*|dependenc\w*|deps|dependabot|renovate|security\.md|security policy)\b|\bupdat\w* (?:\S+ ){0,3}to\b/i;
const MAX_SECURITY_FIXES = 3;

/** Lines of an entry read after its first: a wrapped entry says what it fixes on the next line. */
const MAX_CONTINUATION_LINES = 3;
/** A line that starts another entry or section, which ends a wrapped entry. */
const ENTRY_START = /^[ \t]*(?:[-*+][ \t]|\d{1,4}[.)][ \t]|#)/;

/** The lines that continue the entry ending at `from` (up to a blank line, another entry or a heading), joined. */
function continuationOf(text: string, from: number): string {
  let out = '';
  for (let i = 0; i < MAX_CONTINUATION_LINES && from < text.length; i++) {
    const end = text.indexOf('\n', from);
    const next = text.slice(from, end < 0 ? undefined : end);
    if (next.trim() === '' || next.length > 1_000 || ENTRY_START.test(next)) break;
    out += ` ${next.trim()}`;
    from = end < 0 ? text.length : end + 1;
  }
  return out;
}

/**
 * The first few changelog entries labelled as security fixes of the project, each with its line. A wrapped entry is read
 * on to its end (libsodium's ChangeLog: " - Security: `crypto_core_ed25519_is_valid_point()` now properly" / "rejects
 * small-order points that are not in the main subgroup").
 */
function securityFixesIn(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let line = 0;
  for (let from = 0; from <= text.length && out.length < MAX_SECURITY_FIXES; line++) {
    const end = text.indexOf('\n', from);
    const raw = text.slice(from, end < 0 ? undefined : end);
    from = end < 0 ? text.length + 1 : end + 1;
    if (raw.length > 1_000 || !/security/i.test(raw)) continue;
    const m = SECURITY_FIX_LABEL.exec(raw);
    if (!m) continue;
    const entry = (m[1] ?? m[2]) === undefined && !FIX_WORD.test(m[3]) ? raw + continuationOf(text, from) : raw;
    if (NOT_OWN_FIX.test(entry) || ((m[1] ?? m[2]) === undefined && !FIX_WORD.test(entry.slice(raw.length - m[3].length)))) continue;
    out.push({ text: entry.trim().slice(0, 200), line: line + 1 });
  }
  return out;
}

/**
 * A root folder of release notes, one file per release line or per release; a hidden one too (chainsaw's
 * .release-notes/v0.2.15.md, which its release guide has renamed from main.md at each release).
 */
const RELEASE_NOTES_DIR = /^(?:\.?release[-_]?notes|changelogs?|changes)\//i;
/**
 * A folder of release notes in the documentation, at any depth (dapr's docs/release_notes/v1.18.3.md,
 * okhttp's docs/changelogs/): its entries ("Security: Potential DoS in avro dependency", ".NET Version
 * Support") record releases, they are not the project's policies. Not "changes", which under docs/ may
 * describe breaking changes to come (vite's docs/changes/). A history/ folder holds one changelog per package (pypa/hatch's
 * docs/history/hatch.md and hatchling.md): the one named for the repository is read first.
 */
const DOCS_RELEASE_NOTES_DIR = /^(?:docs?|documentation|website\/docs|site\/content)\/(?:[^/]+\/)*(?:release[-_]?notes|changelogs?|history)\//i;
/** Files of such a folder that are not notes: credits, its README, templates (chainsaw's _template.md), the notes of no release yet (main.md). */
const NOT_NOTES = /^(?:credits|authors|contributors|readme|_?template|\.)|^(?:main|master|unreleased)\.[a-z]+$/i;
/** Release-note files read from such a folder: the newest few are enough to show there are notes. */
const MAX_RELEASE_NOTES_FILES = 2;
/**
 * Older files of such a folder, searched for the newest that names a fixed advisory when the newest
 * few name none (a folder with one file per patch release): dapr's v1.18.3.md and v1.18.2.md fix no vulnerability,
 * its v1.18.0.md fixes CVE-2026-33186.
 */
const MAX_RELEASE_NOTES_SEARCHED = 12;

/**
 * The files of a release-notes folder, newest first by name (VERSION-3.x before VERSION-2.x). Files
 * of lines newer than the newest release tag are left out while released ones remain: etcd keeps CHANGELOG-4.0.md ("v4.0.0 (TBD)") and CHANGELOG-3.8.md for lines
 * not released yet, and its advisories are in those of 3.7 and 3.6.
 */
function releaseNotesFiles(snap: RepoSnapshot, tags: readonly string[], repository: string | null | undefined): string[] {
  const found: string[] = [];
  for (const f of snap.files) {
    if (f.kind !== 'file') continue;
    const dir = RELEASE_NOTES_DIR.exec(f.path) ?? DOCS_RELEASE_NOTES_DIR.exec(f.path);
    if (!dir) continue;
    const base = f.path.slice(dir[0].length);
    // Text by its name: a text extension, none, or a version's (VERSION-2.x, 1.30); not .toml or .json.
    if (base.includes('/') || NOT_NOTES.test(base) || (base.includes('.') && !TEXT_DOC.test(base) && !/\.(?:\d+|x)$/i.test(base))) continue;
    found.push(f.path);
  }
  // A root folder before one in the documentation, each newest first.
  const name = repository?.slice(repository.indexOf('/') + 1).toLowerCase();
  const own = (p: string) => Number(name !== undefined && p.slice(p.lastIndexOf('/') + 1).toLowerCase().startsWith(`${name}.`));
  found.sort((a, b) => Number(DOCS_RELEASE_NOTES_DIR.test(a)) - Number(DOCS_RELEASE_NOTES_DIR.test(b)) || own(b) - own(a) || compareNatural(b, a));
  let newest: number[] | null = null;
  for (const t of tags) {
    const v = trailingVersion(t);
    if (v && v.length >= 2 && (!newest || compareVersions(v, newest) > 0)) newest = v;
  }
  const released = newest ? found.filter((p) => !isNewerLine(p, newest)) : found;
  return released.length > 0 ? released : found;
}

/** Where the run of digits and dots a name ends with begins (the name's length when there is none). */
function versionStart(name: string): number {
  let i = name.length;
  while (i > 0 && /[\d.]/.test(name[i - 1])) i--;
  return i;
}

/** The version a name ends with ("v3.7.1", "jackson-databind-2.17.0", "CHANGELOG-1.30"), as numbers; null when it ends otherwise (a pre-release "v3.8.0-alpha.0" ends with one number only). */
function trailingVersion(name: string): number[] | null {
  const run = name.slice(versionStart(name));
  if (run === '' || run.startsWith('.') || run.endsWith('.') || run.includes('..')) return null;
  return run.split('.').map(Number);
}

function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The newest release tag by its trailing version (two parts at least), or null: v0.24.1 before v0.9.7, which sorts last as text. */
export function newestRelease(tags: readonly string[]): { tag: string; version: number[] } | null {
  let best: { tag: string; version: number[] } | null = null;
  for (const tag of tags) {
    const v = trailingVersion(tag);
    if (v && v.length >= 2 && (!best || compareVersions(v, best.version) > 0)) best = { tag, version: v };
  }
  return best;
}

/** Whether a notes file names a release line (major.minor) older than the release `newest`'s: kubewarden's RELEASE_NOTES_v0.3.0.md beside v1.9 tags. */
function olderLine(path: string, newest: readonly number[]): boolean {
  const v = trailingVersion(path.slice(path.lastIndexOf('/') + 1).replace(/\.(?:md|markdown|mdx|rst|txt|adoc|asciidoc)$/i, ''));
  return v !== null && v.length >= 2 && compareVersions(v.slice(0, 2), newest.slice(0, 2)) < 0;
}

/** Whether a notes file names a release line (CHANGELOG-3.8.md, VERSION-3.x) newer than the release `newest`, compared on the line's own parts. */
function isNewerLine(path: string, newest: readonly number[]): boolean {
  const stem = path.slice(path.lastIndexOf('/') + 1).replace(/\.(?:md|markdown|mdx|rst|txt|adoc|asciidoc)$/i, '').replace(/\.x$/i, '');
  const v = trailingVersion(stem);
  return v !== null && compareVersions(v, newest.slice(0, v.length)) > 0;
}

/** The file name of a changelog a root changelog may hand over to (axum/CHANGELOG.md). */
const CHANGELOG_FILE = /^(?:changelog|changes|history|news|release[-_]?notes)(?:\.(?:md|markdown|mdx|rst|txt|adoc|asciidoc))?$/i;
/** The prose of a changelog that only hands over to another: a sentence or two. */
const MAX_STUB_PROSE = 300;
/** The links of such a stub looked at. */
const MAX_STUB_LINKS = 5;

/** How many headings of a changelog are read for the versions they name: the newest comes near the top. */
const MAX_VERSION_HEADINGS = 200;

/** A heading that is a major release line alone: node-glob's changelog.md titles its entries "## 13", "## 12", then "## 11.1". */
const MAJOR_LINE_HEADING = /^v?(\d{1,6})(?:\.x)?$/i;

/**
 * The newest version the headings of a changelog name ("## Version 2.10", "## [1.2.3] - 2024-05-01"), two parts at least, or
 * a major line alone ("## 13", one part), or null.
 */
function newestNamedVersion(doc: DocumentInfo): number[] | null {
  let best: number[] | null = null;
  for (const h of (doc.outline?.headings ?? []).slice(0, MAX_VERSION_HEADINGS)) {
    const major = MAJOR_LINE_HEADING.exec(h.text.trim());
    if (major) {
      const v = [Number(major[1])];
      if (!best || compareVersions(v, best) > 0) best = v;
      continue;
    }
    for (const run of h.text.slice(0, 200).split(/[^\d.]+/)) {
      const v = trailingVersion(run);
      if (v && v.length >= 2 && (!best || compareVersions(v, best) > 0)) best = v;
    }
  }
  return best;
}

/** A tag's name before its version when it is a component's: a name, then "-v" or "-" ("tonic-v", "tonic-build-"). */
const CRATE_TAG_STEM = /^([A-Za-z][\w.-]{0,100}?)-v?$/;

/** How many components' changelogs are read when the root changelog stops before the newest releases. */
const MAX_COMPONENT_CHANGELOGS = 3;

/**
 * The changelogs of a monorepo's components tagged by their folder (release-please's and Go's module tags: "flagd/v0.16.1",
 * "core/v0.16.1" beside flagd/CHANGELOG.md and core/CHANGELOG.md), each with the tags of its folder: the folder named
 * after the repository first, then by name. A tag counts when it is the folder, a slash and the version, or a crate's name, a
 * hyphen and the version (hyperium/tonic's "tonic-v0.14.6" beside tonic/CHANGELOG.md, its root CHANGELOG.md stopped at 0.12.3).
 */
function componentChangelogs(snap: RepoSnapshot, tags: readonly string[], repository: string | null | undefined): { path: string; tags: string[] }[] {
  const byDir = new Map<string, string[]>();
  for (const tag of tags) {
    const slash = tag.lastIndexOf('/');
    const start = versionStart(tag);
    if ((trailingVersion(tag)?.length ?? 0) < 2) continue;
    let dir: string;
    if (slash > 0 && /^v?$/i.test(tag.slice(slash + 1, start))) dir = tag.slice(0, slash);
    else {
      // A crate's or package's tag, its name, a hyphen and the version (release-plz's and cargo-release's "tonic-v0.14.6"):
      // the folder of that name at the root, or under crates/ or packages/.
      const stem = CRATE_TAG_STEM.exec(tag.slice(0, start))?.[1];
      const found = stem === undefined || slash >= 0 ? undefined : [stem, `crates/${stem}`, `packages/${stem}`].find((d) => snap.filesIn(d, (base) => CHANGELOG_FILE.test(base)).length > 0);
      if (found === undefined) continue;
      dir = found;
    }
    const list = byDir.get(dir);
    if (list) list.push(tag);
    else byDir.set(dir, [tag]);
  }
  const name = repository?.slice(repository.indexOf('/') + 1).toLowerCase();
  const dirs = [...byDir.keys()].sort((a, b) => Number(b.toLowerCase() === name) - Number(a.toLowerCase() === name) || (a < b ? -1 : a > b ? 1 : 0));
  const out: { path: string; tags: string[] }[] = [];
  for (const dir of dirs) {
    const file = snap.filesIn(dir, (base) => CHANGELOG_FILE.test(base)).find((f) => f.kind === 'file');
    if (file) out.push({ path: file.path, tags: byDir.get(dir) ?? [] });
    if (out.length >= MAX_COMPONENT_CHANGELOGS) break;
  }
  return out;
}

/**
 * The newest tag of the series that tagged the release line (major.minor) of the changelog's newest named version, when it
 * is on a newer line: gson's CHANGELOG.md stops at "## Version 2.10" ("versions newer than 2.10 … only on the GitHub Releases
 * page"), tagged gson-parent-2.10, beside gson-parent-2.14.0. Only that series' tags count: a monorepo's other components
 * (axum-extra-v0.12 beside axum-v0.8) have their own lines. Undefined when no tag names that version.
 */
function staleChangelog(doc: DocumentInfo, tags: readonly string[]): string | undefined {
  const named = newestNamedVersion(doc);
  if (!named) return undefined;
  const versioned = tags.map((tag) => ({ tag, version: trailingVersion(tag) })).filter((t): t is { tag: string; version: number[] } => t.version !== null && t.version.length >= 2);
  const stemOf = ({ tag }: { tag: string }) => tag.slice(0, versionStart(tag));
  // A major line alone ("## 13") is tagged by any release of that major, and is stale only before a newer major.
  const line = Math.min(named.length, 2);
  // Any release of the named line tags it: mapstructure's CHANGELOG.md stops at "## 1.5.1", its tags at v1.5.0 and v2.4.0.
  const tagsNamed = (t: { version: number[] }) => compareVersions(t.version.slice(0, line), named.slice(0, line)) === 0;
  const stems = new Set(versioned.filter(tagsNamed).map(stemOf));
  if (stems.size === 0) return undefined;
  let newest: { tag: string; version: number[] } | undefined;
  for (const t of versioned) if (stems.has(stemOf(t)) && (!newest || compareVersions(t.version, newest.version) > 0)) newest = t;
  return newest && compareVersions(newest.version.slice(0, line), named.slice(0, line)) > 0 ? newest.tag : undefined;
}

/** A changelog page of a documentation site, at any depth (docs/en/docs/release-notes.md, docs/source/changelog.rst). */
const DOCS_CHANGELOG = /^(?:docs?|documentation|website\/docs|site\/content)\/(?:[^/]+\/)*(?:changelog|changes|release[-_]notes)\.(?:md|markdown|mdx|rst|txt|adoc|asciidoc)$/i;

/** The shallowest changelog page of the documentation site (the first by name among equals), if any. */
function docsChangelog(snap: RepoSnapshot): string | undefined {
  let best: string | undefined;
  const depth = (p: string) => p.split('/').length;
  for (const f of snap.files) {
    if (f.kind !== 'file' || !DOCS_CHANGELOG.test(f.path) || HISTORICAL.test(f.path)) continue;
    if (!best || depth(f.path) < depth(best) || (depth(f.path) === depth(best) && f.path < best)) best = f.path;
  }
  return best;
}

/** Where GitHub looks for community health files, in its order of preference. */
const COMMUNITY_DIRS = ['', '.github/', 'docs/'];

/**
 * Changelog names that, under docs/, name another page: vite's docs/releases.md is its release policy (release cycle, supported
 * versions) and only links the changelog; a docs/history.md tells the project's story. At the root they are the changelog.
 */
const ROOT_ONLY_CHANGELOG = /^(?:history|news|releases)(?:\.[a-z]+)?$/i;

/**
 * A line that opens a release's entry: a version ("## 2.11.0", "v1.2 (2020-01-02)", "Version 3.1.6",
 * "[1.0.0] - 2024-05-01", "## Widget 2.0"), an ISO date, "[Unreleased]" or "Changes in release 1.2".
 */
const RELEASE_ENTRY_LINE = /^[\s#=*+-]*\[?(?:v?\d+\.\d+|(?:version|release)\s+v?\d|unreleased\b|\d{4}-\d{2}-\d{2}\b)|^#{1,6}\s[^\n]{0,80}\bv?\d+\.\d|\b(?:changes|release) (?:in|for) (?:release |version )?v?\d+\.\d/i;
/**
 * A version number on a line that titles a release: a plain-text changelog names many ("Widget 1.2"
 * over its entry), a release policy names them in its prose or a table of its release branches.
 */
const VERSION_ON_LINE = /\bv?\d+\.\d+\b/;
/**
 * How long a line naming a release can be: containerd's RELEASES.md ("# Versioning and Release")
 * names v1.0.0, release/1.0 and v2.3 on three lines of wrapped prose, and its release branches in a table.
 */
const RELEASE_TITLE_CHARS = 60;
/** How many lines are looked at: a changelog's first release comes near the top. */
const CHANGELOG_SHAPE_LINES = 300;

/**
 * Whether a HISTORY/NEWS/RELEASES file lists releases (an entry line, or versions on three short lines
 * that are not table rows), rather than describing how releases are made and supported.
 */
function changelogShaped(text: string): boolean {
  let start = 0;
  let versioned = 0;
  for (let i = 0; i < CHANGELOG_SHAPE_LINES && start < text.length; i++) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (RELEASE_ENTRY_LINE.test(line)) return true;
    const title = line.trim();
    if (title.length <= RELEASE_TITLE_CHARS && !title.startsWith('|') && VERSION_ON_LINE.test(title) && ++versioned >= 3) return true;
    start = end === -1 ? text.length : end + 1;
  }
  return false;
}

/** A changelog of a monorepo's package (vite's packages/vite/CHANGELOG.md). */
const PACKAGE_CHANGELOG = /^(?:packages|crates|libs)\/([^/]+)\/(?:changelog|changes|history)\.(?:md|markdown|rst|txt|adoc)$/i;

/** The changelog of the package named after the repository (packages/vite/ in vitejs/vite), else of the first package by name. */
function packageChangelog(snap: RepoSnapshot, repository: string | null | undefined): string | undefined {
  const name = repository?.slice(repository.indexOf('/') + 1).toLowerCase();
  // Not a package of the documentation, tests or benchmarks: zod's packages/docs-v3/CHANGELOG.md is the v3 docs site's,
  // whose notes stop at 3.x while the library is tagged v4.4.3.
  // The package named after the repository is its own whatever its name (a project called "demo").
  const found = snap.files.filter((f) => f.kind === 'file' && PACKAGE_CHANGELOG.test(f.path)).map((f) => f.path);
  found.sort();
  return found.find((p) => p.split('/')[1].toLowerCase() === name) ?? found.find((p) => !NOT_A_PACKAGE.test(p.split('/')[1]));
}

/** A package of a monorepo that is no part of the software: its documentation site, tests, examples, benchmarks (a version suffix too, docs-v3). */
const NOT_A_PACKAGE = /^(?:docs?|documentation|website|site|www|tests?|testing|e2e|integration|examples?|samples?|demos?|bench(?:es|marks?)?|playground)(?:[-_.]\w+)?$/i;

/** A changelog directly in a top-level folder: expat/Changes, src/NEWS. */
const PART_CHANGELOG = /^([^/]+)\/(?:changelog|changes|history|news)(?:\.(?:md|markdown|rst|txt|adoc))?$/i;

/**
 * The changelog of the one top-level folder that is a part of the software (not tests, docs or tooling: NOT_A_PART) and
 * holds one, when it lists releases: libexpat keeps the library, its README and its Changes (release entries with their
 * CVEs) in expat/. Of several such folders, the one named after the repository is the project's (a Rust workspace's
 * tracing/CHANGELOG.md in tokio-rs/tracing, beside tracing-core/ and tracing-subscriber/); two others (client/ and
 * server/) are two parts, neither the project's; none is guessed.
 */
function partChangelog(snap: RepoSnapshot, repository: string | null | undefined): { path: string; read: OutlineResult } | undefined {
  const top = (p: string) => p.slice(0, p.indexOf('/')).toLowerCase();
  let found = snap.files.filter((f) => f.kind === 'file' && PART_CHANGELOG.test(f.path) && !NOT_A_PART.test(top(f.path)));
  const name = repository?.slice(repository.indexOf('/') + 1).toLowerCase();
  if (new Set(found.map((f) => top(f.path))).size > 1) found = found.filter((f) => top(f.path) === name);
  if (found.length === 0) return undefined;
  const path = found.map((f) => f.path).sort()[0];
  const read = readOutline(snap, path);
  return read.ok && changelogShaped(read.text) ? { path, read } : undefined;
}

const ROLE_NAMES: [DocumentRole, RegExp][] = [
  ['readme', /^readme(\.[a-z]+)?$/i],
  ['contributing', /^contributing(\.[a-z]+)?$/i],
  ['security', /^security(\.[a-z]+)?$/i],
  ['support', /^support(\.[a-z]+)?$/i],
  ['governance', /^governance(\.[a-z]+)?$/i],
  ['maintainers', /^(maintainers|owners|committers|codeowners-list)(\.[a-z]+)?$/i],
  ['codeowners', /^codeowners$/i],
  ['code-of-conduct', /^code[_-]of[_-]conduct(\.[a-z]+)?$/i],
  ['changelog', /^(changelog|changes|history|news|releases|release[_-]notes)(\.[a-z]+)?$/i],
  ['cra-readiness', /^cra[-_]?readiness(\.[a-z]+)?$/i],
];

const TEXT_DOC = /\.(md|markdown|mdx|rst|txt|adoc|asciidoc)$/i;
/**
 * Lists of work not done (TODO.md, KNOWN_BUGS.md): each heading is a plan or a defect, not how the
 * project works (curl's TODO item "Package curl for Windows in a signed installer").
 */
const WORK_LIST = /(?:^|\/)(?:todo|to-do|known[-_ ]?(?:bugs|issues)|wishlist)\.[a-z]+$/i;
/**
 * The posts of a static site's content folder: blog/ or posts/, at its top, under a language folder (en/) or a news/ folder
 * (gateway's site/content/en/news/blogs/). The rest of news/ may be more than posts: gateway's news/releases/matrix.md is its
 * table of supported versions.
 */
const SITE_POSTS = /^(?:[a-z]{2}(?:[-_][a-z]{2})?\/)?(?:news\/)?(?:blogs?|posts)\//i;
/**
 * The blog of a documentation folder, at any depth (pypa/hatch's docs/blog/posts/release-hatch-1100.md, vite's
 * docs/blog/announcing-vite4-3.md, mocha's docs/src/content/docs/blog/): posts about one release's features, not the
 * project's documentation, and not its policies ("Test command" in a release post is a new command of the product).
 */
const DOCS_BLOG = /^(?:docs?|documentation|website\/docs)\/(?:[^/]+\/)*blogs?\//i;
/**
 * Legal agreements with users (EULA.md, TERMS.md, terms-of-service.md, PRIVACY.md): the terms of using the software, not
 * how to use it or how the project works (goreleaser's EULA.md "2.1 Using the Licensed Software in your capacity as an
 * employee" is no user guide).
 */
const LEGAL_AGREEMENT = /(?:^|\/)(?:eula|end[-_]user[-_]licen[cs]e[-_]agreement|terms(?:[-_]of[-_](?:service|use))?|privacy(?:[-_]policy)?)\.[a-z]+$/i;
/**
 * Pages kept for the record in a historical or archive folder (containerd's docs/historical/: 2017 status reports and the first
 * designs; jackson-databind's attic/): they do not speak for the project today, so they are not read as its documentation.
 */
const HISTORICAL = /(?:^|\/)(?:historical|archived?|attic)\//i;
/**
 * Documentation files read beyond the well-known names: Markdown, reStructuredText (Sphinx) and
 * AsciiDoc, outlined alike. The docs role holds nothing else, so rules match its pages by name
 * only and never restate the formats.
 */
const OUTLINED_DOC = /\.(md|markdown|mdx|rst|adoc|asciidoc)$/i;

/**
 * A docs/ page (or root Markdown file) whose path names a project topic, not a product one. A
 * policy counts when its name says what the project's policy is about (DEPENDENCY-POLICY.md,
 * docs/deprecation-policy.md): "policies" alone may be the product's (a policy engine's docs).
 * "Security" is SECURITY_PAGE's. A root MAINTENANCE.md says how the project maintains its releases
 * (sinatra's: which series get bug and security fixes), and a root VERSIONING.md how it versions and supports them
 * (controller-runtime's "Compatibility and Release Support"); docs/maintenance.md may be the product's.
 */
const PROJECT_DOC_PATH =
  /^(?:maintenance|versioning)\.[a-z]+$|(?:^|[/_-])(?:governance|contribut\w*|maintainers?|maintainership|maintaining|collaborators?|owners|committers|support|releases?|releasing|release[-_]process|code[-_]of[-_]conduct|community|charter|funding|sponsors?|sponsorship|backers|steering|roadmap|development|developing|developer[-_]guide|dev[-_]?(?:guide|docs)|hacking|building|build[-_]from[-_]source|dev[-_]setup|(?:dependency|dependencies|vulnerability|remediation|deprecation|versioning|backport|maintenance|patch)[-_](?:management[-_])?polic(?:y|ies)|dependency[-_]management)(?:[/_.-]|$)/i;

/**
 * A security page of the project: "security" leading the name of a page or folder at the root or
 * right under the documentation folder (docs/security.md, docs/security/self-assessment.md,
 * security-policy.md). Deeper, or after another word, it is the product's security
 * (docs/libcurl/libcurl-security.md, Strimzi's documentation/modules/security/).
 */
const SECURITY_PAGE = /^(?:[^/]+\/)?security(?:[/_.-]|$)/i;

/** Instructions to coding agents at the root (agents.md and its kin): how to build, test and change the project. */
const AGENT_INSTRUCTIONS = /^(?:agents|claude|gemini)\.md$/i;

/** Whether a document instructs coding agents (AGENTS.md and its kin): a prompt, whose "role" is the agent's, not a member's. */
export function agentInstructions(path: string): boolean {
  return AGENT_INSTRUCTIONS.test(path);
}

/**
 * A contributor's guide kept beside the community files in .github/, named for its topic
 * (pvtr-github-repo's .github/TESTING.md: how to write tests, how to run them locally and in CI).
 */
const GITHUB_GUIDE = /^(?:testing|tests|running[-_]tests|development|developing|developer[-_]guide|hacking|building|releasing|release[-_]process)\.(?:md|markdown|rst|adoc|asciidoc)$/i;

/** The kind of a document of a role at a path (see DocumentKind): .github/ holds the repository's files, not the product's. */
export function documentKind(role: DocumentRole, path: string): DocumentKind {
  if (role === 'design') return 'product';
  if (role === 'site-page') return 'project';
  if (role === 'folder-readme') return 'product';
  if (role === 'test-readme') return 'project';
  if (role !== 'docs') return 'project';
  return PROJECT_DOC_PATH.test(path) || SECURITY_PAGE.test(path) || AGENT_INSTRUCTIONS.test(path) || path.startsWith('.github/') ? 'project' : 'product';
}
const MAX_DOCS_FILES = 300;
/**
 * A folder of design documents at the root, or in a root folder of specifications (notation's specs/proposals/: "Proposal
 * for Supporting Blob Signing and Verification", its scenarios and flows). Under docs/ they are read as docs/ pages.
 */
const DESIGN_DIR = /^(?:specs?\/)?(?:design|architecture|proposals|rfcs?|keps|enhancements)\//i;
/** Design documents read from a root design/, architecture/ or proposals/ folder (and its kin): enough to show there are some. */
const MAX_DESIGN_DOCS = 20;

/**
 * Words of a docs/ path that say it may hold what rules look for (how to test, build, contribute,
 * verify, use the API; the project's policies). Past the cap, such pages are read before the rest:
 * curl's 900 pages of docs/ put its test suite's guide after 500 reference pages of its library.
 */
const TOPIC_PATH = /test|build|develop|contribut|hacking|security|threat|design|architect|api\b|reference|usage|guide|install|quick[-_]?start|getting[-_]?started|tutorial|support|releas|govern|maintain|dependenc|polic|verif|sign|faq|roadmap|overview|intro|index|readme/i;

/** A folder named for a version of the documentation: 1.33, v1.0.0, 2.x. */
const VERSION_FOLDER = /^v?\d{1,4}(?:\.(?:\d{1,4}|x)){1,3}$/i;

/**
 * The paths with the pages of older documentation versions last, newest first: a site that keeps a copy of its docs per
 * release (projectcontour/contour's site/content/docs/ holds main/, 1.20/ … 1.33/ and v1.0.0/ … v1.19.1/, 1,700 pages)
 * documents today's software in main/ and its newest version, while v1.0.0/README.md's "Get started" is 2019's. A folder
 * counts as a version only beside another version folder. The order is otherwise kept.
 */
function olderVersionsLast(paths: string[]): string[] {
  const siblings = new Map<string, Map<string, number[]>>();
  const at = (p: string): { parent: string; name: string } | undefined => {
    const parts = p.split('/');
    for (let i = 0; i < parts.length - 1; i++) if (VERSION_FOLDER.test(parts[i])) return { parent: parts.slice(0, i).join('/'), name: parts[i] };
    return undefined;
  };
  for (const p of paths) {
    const v = at(p);
    if (!v) continue;
    const names = siblings.get(v.parent) ?? new Map<string, number[]>();
    names.set(v.name, v.name.replace(/^v/i, '').split('.').map((n) => (n.toLowerCase() === 'x' ? Infinity : Number(n))));
    siblings.set(v.parent, names);
  }
  // Each version folder's rank among its siblings, newest 0; a folder alone is no version of a set.
  const rank = new Map<string, number>();
  for (const [parent, names] of siblings) {
    if (names.size < 2) continue;
    [...names].sort((a, b) => compareVersions(b[1], a[1])).forEach(([name], i) => rank.set(`${parent}/${name}`, i));
  }
  if (rank.size === 0) return paths;
  const order = (p: string) => {
    const v = at(p);
    return v ? (rank.get(`${v.parent}/${v.name}`) ?? 0) : 0;
  };
  return paths.map((p, i) => ({ p, i, r: order(p) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.p);
}

/** At most `cap` of the paths, in their order: all when they fit; else top-level pages and pages named for a topic first, then the rest. */
function withinCap(paths: string[], cap: number): string[] {
  if (paths.length <= cap) return paths;
  if (cap <= 0) return [];
  const first = (p: string) => p.indexOf('/') === p.lastIndexOf('/') || TOPIC_PATH.test(p.slice(p.indexOf('/') + 1));
  const chosen = new Set(paths.filter(first).slice(0, cap));
  for (const p of paths) {
    if (chosen.size >= cap) break;
    chosen.add(p);
  }
  return paths.filter((p) => chosen.has(p));
}

/**
 * Project documents that may delegate to another file, and the words (in the link's text or the
 * target's file name) that show the link hands over the same document: "the rules are in
 * [contribute/README.md]", "[security policy](docs/policy.md)". A long SECURITY.md that links its
 * self-assessment refers to it; it does not make it the security policy.
 */
const DELEGATES: Array<[DocumentRole, RegExp]> = [
  ['contributing', /contribut|develop|hacking|pull.?request|review|style|convention|commit|guidelines/i],
  ['security', /security.?(?:policy|process|md\b)|vulnerab|disclos|reporting/i],
  ['governance', /govern|charter|maintainer|steering|decision/i],
  ['support', /support|help|faq/i],
  ['maintainers', /maintainer|owner|committer/i],
];

const PROJECT_DELEGATES = new Set<DocumentRole>(['contributing', 'governance', 'maintainers']);

/** The words a link is judged by: its text (a path as text counts by its file name) and the target's file name. */
function linkWords(text: string, to: string): string {
  const t = text.trim();
  const named = /^[\w./-]+$/.test(t) && t.includes('/') ? t.slice(t.lastIndexOf('/') + 1) : t;
  const parts = to.split('/');
  const base = parts[parts.length - 1];
  // A folder's README is named by its folder (contribute/README.md).
  const name = (README_NAME.test(base) || /^_?index\./i.test(base)) && parts.length > 1 ? parts[parts.length - 2] : base;
  return `${named} ${name}`;
}

/** A document that says little itself and points elsewhere: each of its in-repository links is followed. */
function thin(outline: MarkdownOutline | null): boolean {
  return outline !== null && outline.proseChars < 600 && outline.links.length <= 15;
}

const README_NAME = /(^|\/)readme(\.(md|markdown|mdx|rst|txt))?$/i;

/** Folders whose subfolders are a monorepo's components, each with its README (charts/web/README.md). */
const COMPONENT_DIRS = new Set(['charts', 'packages', 'apps', 'cmd', 'crates', 'modules', 'plugins', 'services', 'libs', 'components', 'operators', 'addons', 'extensions', 'sdks', 'providers']);
const MAX_COMPONENT_READMES = 20;

/**
 * Top-level folders whose README is not about a part of the software: tests and their data, examples, documentation and
 * the website (witness's docs-website/, a Docusaurus site whose README "Build" runs `yarn build`; website-docs/), benchmarks
 * and fuzzing, scripts and CI, releases, vendored or deprecated code.
 */
const NOT_A_PART = /^(?:\.[^/]*|tests?|testing|testdata|test[-_]data|e2e|spec|specs|fixtures|examples?|samples?|demos?|(?:docs?|documentation)(?:[-_](?:website|site|web))?|(?:web)?site(?:[-_]docs?)?|website|www|book|benches|benchmarks?|bench|fuzz|ci|scripts?|hack|tools?|build|release|releases|dist|vendor|third[-_]party|deprecated|attic|archive|rfcs?|design|proposals)$/i;
const MAX_FOLDER_READMES = 30;

/** A README in a root folder of tests, or one or two folders below it (test/e2e/README.md); not in their data (testdata/, fixtures/). */
const TEST_README = /^(?:tests?|testing|e2e|integration[-_]tests?)\/(?:(?!testdata\/|test-data\/|fixtures\/)[^/]+\/){0,2}readme(?:\.(?:md|markdown|rst))?$/i;
const MAX_TEST_READMES = 10;

export interface GatherDocumentsOptions {
  /** owner/name: its github.com blob and tree URLs count as links into the repository. */
  repository?: string | null;
  /** The tags of the checkout: a release-notes folder's files for lines not released yet are passed over. */
  tags?: readonly string[];
}

export function gatherDocuments(snap: RepoSnapshot, options: GatherDocumentsOptions = {}): DocumentFacts {
  const byPath: Record<string, DocumentInfo> = {};
  const roles: Partial<Record<DocumentRole, string[]>> = {};
  const add = (path: string, role: DocumentRole, read?: OutlineResult) => {
    if (!byPath[path]) {
      const r = read ?? readOutline(snap, path);
      const kind = documentKind(role, path);
      byPath[path] = r.ok ? { path, role, kind, outline: r.outline } : { path, role, kind, outline: null, unreadable: r.reason };
      if (r.ok && role === 'changelog') {
        byPath[path].advisoryIds = advisoryIdsIn(r.text);
        const fixes = securityFixesIn(r.text);
        if (fixes.length > 0) byPath[path].securityFixes = fixes;
      }
      if (r.ok && role === 'contributing') {
        const paragraphs = dependencyParagraphsIn(r.text);
        if (paragraphs.length > 0) byPath[path].dependencyParagraphs = paragraphs;
      }
      if (r.ok && role === 'issue-template' && /\/config\.ya?ml$/i.test(path)) byPath[path].contactLinks = contactLinksIn(r.text);
      else if (r.ok && role === 'issue-template') {
        const name = templateNameIn(r.text);
        if (name) byPath[path].templateName = name;
        const prompt = defectPromptIn(r.text);
        if (prompt) byPath[path].defectPrompt = prompt;
      }
      if (r.ok && role === 'codeowners') byPath[path].codeOwners = codeOwnersIn(r.text);
      if (r.ok && role === 'docs') {
        const api = apiDirectiveIn(path, r.text);
        if (api) byPath[path].apiDirective = api;
      }
      if (r.ok && role === 'maintainers' && PROW_OWNERS.test(path)) {
        const owners = prowOwnersIn(r.text, prowAliases(snap));
        if (owners) byPath[path].prowOwners = owners;
      }
    }
    (roles[role] ??= []).push(path);
  };

  for (const dir of COMMUNITY_DIRS) {
    for (const f of snap.filesIn(dir)) {
      if (f.kind === 'submodule') continue;
      const base = f.path.slice(dir.length);
      for (const [role, re] of ROLE_NAMES) {
        if (re.test(base) && (role === 'codeowners' || TEXT_DOC.test(base) || !base.includes('.'))) {
          if (role === 'changelog' && dir === 'docs/' && ROOT_ONLY_CHANGELOG.test(base)) break;
          if (role === 'changelog' && ROOT_ONLY_CHANGELOG.test(base)) {
            // nats-server's RELEASES.md is its release workflow and support statement, with no release listed: a project page.
            const r = readOutline(snap, f.path);
            add(f.path, r.ok && !changelogShaped(r.text) ? 'docs' : role, r);
            break;
          }
          add(f.path, role);
          break;
        }
      }
    }
  }
  // Two changelogs at the root (jq's GNU ChangeLog, last written in 2015, and NEWS.md, which names
  // 1.8.1): the one whose headings name the newest release is read first.
  if ((roles.changelog?.length ?? 0) > 1) {
    const newest = newestRelease(options.tags ?? []);
    const version = newest?.version.join('.');
    if (version !== undefined) {
      const names = (p: string) => (byPath[p]?.outline?.headings ?? []).some((h) => h.text.includes(version));
      roles.changelog = [...(roles.changelog ?? [])].sort((a, b) => Number(names(b)) - Number(names(a)));
    }
  }
  // A root changelog that is a sentence handing over to another changelog of this tree (axum's CHANGELOG.md, "axum's
  // changelog has moved and now lives [here](https://github.com/tokio-rs/axum/blob/main/axum/CHANGELOG.md)"): the
  // linked file is the changelog, read before the stub.
  for (const path of [...(roles.changelog ?? [])]) {
    const o = byPath[path]?.outline;
    if (!o || o.proseChars > MAX_STUB_PROSE || o.headings.length > 1) continue;
    for (const l of o.links.slice(0, MAX_STUB_LINKS)) {
      const to = l.image ? null : resolveDocLink(snap, path, l.target, options.repository ?? null);
      if (to === null || Object.hasOwn(byPath, to) || !CHANGELOG_FILE.test(to.slice(to.lastIndexOf('/') + 1))) continue;
      add(to, 'changelog');
      byPath[to].via = { path, line: l.line };
      roles.changelog = [to, ...(roles.changelog ?? []).filter((p) => p !== to)];
      break;
    }
  }
  for (const path of roles.changelog ?? []) {
    const doc = byPath[path];
    const stale = doc?.role === 'changelog' ? staleChangelog(doc, options.tags ?? []) : undefined;
    if (stale) doc.olderThanRelease = stale;
  }
  // A root changelog that stops before the newest releases of a monorepo whose components are tagged by folder
  // ("flagd/v0.16.1"): each tagged folder's changelog (flagd/CHANGELOG.md) holds its releases' notes, and is stale only
  // against its own tags.
  if ((roles.changelog ?? []).length > 0 && (roles.changelog ?? []).every((p) => byPath[p]?.olderThanRelease !== undefined)) {
    for (const c of componentChangelogs(snap, options.tags ?? [], options.repository)) {
      if (byPath[c.path]) continue;
      add(c.path, 'changelog');
      const stale = staleChangelog(byPath[c.path], c.tags);
      if (stale) byPath[c.path].olderThanRelease = stale;
    }
  }
  // Without a changelog file at the root, a folder of release notes is the changelog
  // (jackson-databind's release-notes/VERSION-2.x; Kubernetes-style CHANGELOG/CHANGELOG-1.30.md;
  // dapr's docs/release_notes/v1.18.3.md).
  if (!roles.changelog) {
    const notes = releaseNotesFiles(snap, options.tags ?? [], options.repository);
    const newest = newestRelease(options.tags ?? []);
    for (const path of notes.slice(0, MAX_RELEASE_NOTES_FILES)) {
      add(path, 'changelog');
      if (newest && byPath[path] && olderLine(path, newest.version)) byPath[path].olderThanRelease = newest.tag;
    }
    const named = (roles.changelog ?? []).some((p) => (byPath[p]?.advisoryIds ?? []).length > 0);
    for (const path of named ? [] : notes.slice(MAX_RELEASE_NOTES_FILES, MAX_RELEASE_NOTES_FILES + MAX_RELEASE_NOTES_SEARCHED)) {
      const r = readOutline(snap, path);
      if (r.ok && advisoryIdsIn(r.text).length > 0) {
        add(path, 'changelog', r);
        break;
      }
    }
  }
  // Without either, the documentation site's changelog page is the changelog (fastapi's
  // docs/en/docs/release-notes.md): else its release entries read as the project's policies.
  if (!roles.changelog) {
    const page = docsChangelog(snap);
    if (page) add(page, 'changelog');
  }
  // Without any, a monorepo's releases are its packages': their changelogs are the release notes.
  if (!roles.changelog) {
    const page = packageChangelog(snap, options.repository);
    if (page) add(page, 'changelog');
  }
  // Without any, the project kept in one top-level folder has its changelog there (libexpat's expat/Changes).
  if (!roles.changelog) {
    const page = partChangelog(snap, options.repository);
    if (page) add(page.path, 'changelog', page.read);
  }
  // A changelog that names no fixed advisory may leave the older release lines to a folder of release notes (okhttp's
  // CHANGELOG.md, "See [4.x Change log](…) for the legacy version changelogs": docs/changelogs/changelog_4x.md, "This issue is
  // tracked as [CVE-2021-0341]"): the newest file of the folder that names one is read as a changelog too.
  if (roles.changelog && !roles.changelog.some((p) => (byPath[p]?.advisoryIds ?? []).length > 0)) {
    const newest = newestRelease(options.tags ?? []);
    for (const path of releaseNotesFiles(snap, options.tags ?? [], options.repository).slice(0, MAX_RELEASE_NOTES_SEARCHED)) {
      if (path in byPath) continue;
      const r = readOutline(snap, path);
      if (!r.ok || advisoryIdsIn(r.text).length === 0) continue;
      add(path, 'changelog', r);
      if (newest && byPath[path] && olderLine(path, newest.version)) byPath[path].olderThanRelease = newest.tag;
      break;
    }
  }
  // Without a SECURITY.md where GitHub looks, the documentation site's security page is the policy
  // (okhttp's docs/security/security.md: supported versions, reporting, verifying artifacts), else a root bug bounty page.
  if (!roles.security) {
    const isFile = (path: string) => snap.files.some((f) => f.kind === 'file' && f.path === path);
    const page =
      snap.files.find((f) => f.kind === 'file' && DOCS_SECURITY_PAGE.test(f.path)) ??
      snap.files.find((f) => f.kind === 'file' && MDBOOK_SECURITY_PAGE.test(f.path) && isFile(`${f.path.slice(0, f.path.lastIndexOf('/'))}/SUMMARY.md`)) ??
      snap.files.find((f) => f.kind === 'file' && BUG_BOUNTY_PAGE.test(f.path));
    if (page) add(page.path, 'security');
  }
  for (const f of snap.files) {
    if (f.kind === 'submodule') continue;
    if (f.path.startsWith('.github/ISSUE_TEMPLATE/') && !f.path.slice(23).includes('/')) add(f.path, 'issue-template');
    // GitHub's single issue template of old, still shown for every new issue (in-toto's, python-tuf's).
    else if (/^(\.github\/|docs\/)?issue_template\.md$/i.test(f.path)) add(f.path, 'issue-template');
    else if (/^(\.github\/|docs\/)?pull_request_template\.md$/i.test(f.path) || f.path.startsWith('.github/PULL_REQUEST_TEMPLATE/'))
      add(f.path, 'pull-request-template');
  }
  let docsCount = 0;
  // Other Markdown and reStructuredText at the root (BUILDING.md, ARCHITECTURE.md, THREAT_MODEL.rst, ...)
  // and the named guides in .github/ (TESTING.md, DEVELOPMENT.md) read as documentation, within one cap.
  const guides = [...snap.filesIn('', (base) => OUTLINED_DOC.test(base)), ...snap.filesIn('.github/', (base) => GITHUB_GUIDE.test(base))];
  for (const f of guides) {
    if (docsCount >= MAX_DOCS_FILES) break;
    if (f.kind === 'submodule' || byPath[f.path] || WORK_LIST.test(f.path) || LEGAL_AGREEMENT.test(f.path)) continue;
    add(f.path, 'docs');
    docsCount++;
  }
  // The documentation site's sources kept elsewhere read as docs/ does: an Antora component's pages
  // (logging-log4j2's src/site/antora/modules/ROOT/pages/), a Maven site's src/site/markdown/, a Hugo
  // or Zola site's content/ (goreleaser's www/content/).
  const antora = antoraComponents(snap);
  const mavenSite = mavenSiteDirs(snap);
  const staticSites = staticSiteContentDirs(snap).map((d) => `${d}/`);
  const siteDirs = [...antoraPageDirs(antora), ...mavenSite].map((d) => `${d}/`).concat(staticSites);
  const docs: string[] = [];
  for (const f of snap.files) {
    if (f.kind === 'submodule' || byPath[f.path]) continue;
    // A site's blog or news posts were written at a date, about that day's release or feature (goreleaser's
    // www/content/blog/goreleaser-v2.17.md "Post-release verification" shows the product's new command): not its documentation.
    const site = staticSites.length === 0 ? undefined : staticSites.find((d) => f.path.startsWith(d));
    if (site !== undefined && SITE_POSTS.test(f.path.slice(site.length))) continue;
    const inDocs = /^(docs?|documentation|website\/docs|site\/content)\//i.test(f.path) || siteDirs.some((d) => f.path.startsWith(d));
    if (inDocs && OUTLINED_DOC.test(f.path) && !WORK_LIST.test(f.path) && !LEGAL_AGREEMENT.test(f.path) && !HISTORICAL.test(f.path) && !DOCS_RELEASE_NOTES_DIR.test(f.path) && !DOCS_BLOG.test(f.path)) docs.push(f.path);
  }
  for (const path of withinCap(olderVersionsLast(docs), MAX_DOCS_FILES - docsCount)) add(path, 'docs');
  // A Maven site's xdoc pages (XML) on the topics rules read (xdoc.ts): apache/commons-lang's download and issue-tracking pages.
  if (mavenSite.length > 0) for (const f of snap.filesIn('src/site/xdoc/', (base) => base.endsWith('.xml'))) if (f.kind === 'file' && XDOC_TOPIC.test(f.path)) add(f.path, 'site-page');
  // Design documents kept at the root are design documentation only: their "Examples" or
  // "Supported Versions" sections are about a proposal, not how to use or support the software.
  let designs = 0;
  for (const f of snap.files) {
    if (designs >= MAX_DESIGN_DOCS) break;
    if (f.kind === 'submodule' || byPath[f.path] || !DESIGN_DIR.test(f.path) || !OUTLINED_DOC.test(f.path) || HISTORICAL.test(f.path)) continue;
    add(f.path, 'design');
    designs++;
  }
  const notes = readReleaseNotesTemplate(snap);
  if (notes && !byPath[notes.path]) {
    byPath[notes.path] = { path: notes.path, role: 'release-notes', kind: 'project', outline: notes.outline };
    roles['release-notes'] = [notes.path];
  }
  const site = readDocSite(snap, options.repository ?? null, antora);
  followDelegation(snap, byPath, roles, options.repository ?? null, site);
  const pomDevelopers = readPomDevelopers(snap);
  const manPages = readManPages(snap);
  const securityContacts = readSecurityContacts(snap);
  const interfaceSpecs = findInterfaceSpecs(snap);
  return {
    byPath,
    roles,
    ...(site ? { site } : {}),
    ...(pomDevelopers ? { pomDevelopers } : {}),
    ...(manPages.length > 0 ? { manPages } : {}),
    ...(securityContacts ? { securityContacts } : {}),
    ...(interfaceSpecs.length > 0 ? { interfaceSpecs } : {}),
  };
}

/** The path's segments when it has exactly `n` of them, else null: counted first, so that the paths of a large tree are not split. */
function segmentsIf(path: string, n: number): string[] | null {
  let slashes = 0;
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) if (++slashes >= n) return null;
  return slashes === n - 1 ? path.split('/') : null;
}

/**
 * Links that lead to the evidence: a project document (CONTRIBUTING, SECURITY, GOVERNANCE, ...)
 * that sends the reader to another file for its substance gives that file its role; the root
 * README's links to components' READMEs, and the READMEs of well-known component folders, are the
 * components' user guides.
 */
function followDelegation(snap: RepoSnapshot, byPath: Record<string, DocumentInfo>, roles: Partial<Record<DocumentRole, string[]>>, repository: string | null, site: DocSite | null): void {
  const budget = { left: MAX_LINKED_DOCS };
  const known = (p: string) => byPath[p];
  const adopt = (d: Pick<LinkedDocument, 'path' | 'outline' | 'unreadable'> & { via?: LinkedDocument['via'] }, role: DocumentRole) => {
    const list = (roles[role] ??= []);
    if (list.includes(d.path)) return;
    list.push(d.path);
    const info = byPath[d.path];
    if (!info) byPath[d.path] = { path: d.path, role, kind: documentKind(role, d.path), outline: d.outline, ...(d.via ? { via: d.via } : {}), ...(d.unreadable ? { unreadable: d.unreadable } : {}) };
    else {
      if (d.via) info.via ??= d.via;
      // A docs/ page the contribution guide or the governance hands its substance to is the
      // project's, whatever its name (hyper's CONTRIBUTING -> docs/PULL_REQUESTS.md). Not so for
      // SECURITY or SUPPORT: they link the product's pages (argo-cd's operator-manual/security.md).
      if (info.role === 'docs' && info.kind === 'product' && PROJECT_DELEGATES.has(role)) info.kind = 'project';
    }
  };
  // A link to a document that has a role of its own by its name (the root README, a code of
  // conduct, a changelog, a license) is not delegation.
  const ownRole = (to: string) => {
    const known = byPath[to];
    if (known && known.role !== 'docs') return true;
    const base = to.slice(to.lastIndexOf('/') + 1);
    return (!to.includes('/') && README_NAME.test(to)) || /^(licen[cs]e|copying|notice|authors|code[_-]of[_-]conduct|changelog|changes|history)([._-]|$)/i.test(base);
  };
  for (const [role, topic] of DELEGATES) {
    const start = (roles[role] ?? []).map((p) => byPath[p]).filter((d): d is DocumentInfo => d !== undefined && d.via === undefined);
    const linked = followLinks(snap, start, repository, (link, from, to) => !ownRole(to) && !HISTORICAL.test(to) && (thin(from.outline) || topic.test(linkWords(link.text, to))), known, budget, site);
    for (const d of linked) adopt(d, role);
  }
  // A README or contribution-guide section on reporting vulnerabilities that links a file hands
  // over the security policy (etcd's "Reporting a security vulnerability" -> security/README.md),
  // which is then no component's README.
  const guides = [...(roles.readme ?? []), ...(roles.contributing ?? [])].map((p) => byPath[p]).filter((d): d is DocumentInfo => d !== undefined && d.via === undefined);
  const guidePaths = new Set(guides.map((d) => d.path));
  const reporting = followLinks(snap, guides, repository, (link, from, to) => guidePaths.has(from.path) && !ownRole(to) && !HISTORICAL.test(to) && inReportingSection(from.outline, link.line), known, budget, site);
  for (const d of reporting) adopt(d, 'security');
  const readme = (roles.readme ?? []).map((p) => byPath[p]).find((d) => d !== undefined && !d.path.includes('/'));
  if (readme) {
    const components = followLinks(snap, [readme], repository, (_link, _from, to) => README_NAME.test(to) && to.includes('/') && byPath[to]?.role !== 'security', known, budget, site);
    for (const d of components) adopt(d, 'component-readme');
  }
  let folders = 0;
  for (const f of snap.files) {
    if (folders >= MAX_FOLDER_READMES) break;
    const parts = segmentsIf(f.path, 2);
    if (parts === null || f.kind !== 'file' || !README_NAME.test(parts[1]) || NOT_A_PART.test(parts[0]) || COMPONENT_DIRS.has(parts[0].toLowerCase()) || byPath[f.path]) continue;
    adopt({ path: f.path, ...readOutlineFields(snap, f.path) }, 'folder-readme');
    folders++;
  }
  let tests = 0;
  for (const f of snap.files) {
    if (tests >= MAX_TEST_READMES) break;
    if (f.kind !== 'file' || !TEST_README.test(f.path) || byPath[f.path]) continue;
    adopt({ path: f.path, ...readOutlineFields(snap, f.path) }, 'test-readme');
    tests++;
  }
  let n = (roles['component-readme'] ?? []).length;
  for (const f of snap.files) {
    if (n >= MAX_COMPONENT_READMES) break;
    const parts = segmentsIf(f.path, 3);
    if (parts === null || f.kind === 'submodule' || !COMPONENT_DIRS.has(parts[0].toLowerCase()) || !README_NAME.test(parts[2])) continue;
    if ((roles['component-readme'] ?? []).includes(f.path)) continue;
    const r = byPath[f.path] ? null : readOutline(snap, f.path);
    const outline = byPath[f.path]?.outline ?? (r?.ok ? r.outline : null);
    adopt({ path: f.path, outline, ...(r && !r.ok ? { unreadable: r.reason } : {}) }, 'component-readme');
    n++;
  }
}

/** A file's outline, or why it could not be read, as a linked document carries them. */
/** A Prow OWNERS file: the name alone, in YAML (OWNERS.md is a document for people to read). */
const PROW_OWNERS = /(?:^|\/)OWNERS$/;

const aliasesRead = new WeakMap<RepoSnapshot, Map<string, string[]>>();

/** The aliases of the root OWNERS_ALIASES (Prow's), read once, when an OWNERS file is (the root's and .github/'s share them). */
function prowAliases(snap: RepoSnapshot): Map<string, string[]> {
  let aliases = aliasesRead.get(snap);
  if (!aliases) {
    const r = snap.files.some((f) => f.kind === 'file' && f.path === 'OWNERS_ALIASES') ? snap.read('OWNERS_ALIASES') : null;
    aliases = r?.ok ? prowAliasesIn(r.text) : new Map<string, string[]>();
    aliasesRead.set(snap, aliases);
  }
  return aliases;
}

function readOutlineFields(snap: RepoSnapshot, path: string): { outline: MarkdownOutline | null; unreadable?: string } {
  const r = readOutline(snap, path);
  return r.ok ? { outline: r.outline } : { outline: null, unreadable: r.reason };
}

/** Whether a line of a document lies in a section whose heading is on reporting security issues. */
function inReportingSection(outline: MarkdownOutline | null, line: number): boolean {
  const h = headingAtLine(outline, line);
  return h !== undefined && SECURITY_REPORTING_HEADING.test(h.text);
}

/** First readable document of a role. */
export function documentOf(docs: DocumentFacts, role: DocumentRole): DocumentInfo | undefined {
  for (const p of docs.roles[role] ?? []) {
    const d = docs.byPath[p];
    if (d) return d;
  }
  return undefined;
}

export function documentsOf(docs: DocumentFacts, role: DocumentRole): DocumentInfo[] {
  return (docs.roles[role] ?? []).map((p) => docs.byPath[p]).filter((d): d is DocumentInfo => d !== undefined);
}
