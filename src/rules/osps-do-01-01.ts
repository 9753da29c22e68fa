// OSPS-DO-01.01: User guides for the basic functionality.
// A "Usage", "Getting started", "Quick start" or "Tutorial" section with some prose in the README
// or docs/ (in the README, a usage section of commands alone too, the earlier one cited) (not a contributor or developer section, nor an aim on a goals page: gateway's GOALS.md
// "Disrupt current Envoy usage patterns"), or in a component's README of a monorepo or
// chart collection (charts/x/README.md, linked from the root README or in a components folder: a
// "Usage" section, or "Installing" with its commands), or a guide document under docs/; without a guide section, a
// library README's "API" section whose calls are shown with concrete arguments in two sections or more (mime-types's
// `mime.lookup('json')`; signatures alone are a reference), or two README sections or more whose prose explains a task and
// whose code calls the project's own crate or Go module (serde-rs/json's "Parsing JSON as strongly typed data structures",
// `serde_json::from_str`); Security
// Insights quickstart and detailed guides are checked against the tree. Without any, a command's manual page
// (section 1 or 8: brotli's docs/brotli.1), or its help text in a README section on the command line, is its user guide. A Maven site's xdoc page titled as the user guide
// (commons-compress's src/site/xdoc/examples.xml, "Commons Compress User Guide") is one too. A Security Insights link
// that contradicts the tree fails; a document section passes; a declaration elsewhere is attested
// (decideDocs, helpers/documentation.ts). A README that only links documentation elsewhere (by its
// text, the words that lead into it, or the project's own page on docs.rs or pkg.go.dev, however shown) is attested, as is one whose usage section only hands
// the guide to such a page in a sentence or two, without commands. Nothing
// found: fail once released, not applicable before, unknown when the release state cannot be told
// (releaseGate, helpers/release.ts). A threat model is no guide: its "Examples of Vulnerabilities (in scope)" (lodash's
// threat-model.md) show attacks, not how to use the software.
import { type DocumentInfo, documentsOf } from '../facts/documents.ts';
import type { Heading, Link } from '../facts/markdown.ts';
import type { Facts } from '../facts/types.ts';
import { unquoted } from '../facts/text.ts';
import type { Evidence } from '../model/evidence.ts';
import { decideDocs, siDocs } from './helpers/documentation.ts';
import { THREAT_MODEL_PATH } from './helpers/assessment.ts';
import { fileEvidence } from './helpers/evidence.ts';
import { releaseGate } from './helpers/release.ts';
import { repositoryName } from './helpers/repository.ts';
import { handsOverTo } from './helpers/elsewhere.ts';
import { findSectionWhere, GUIDE_MIN_CHARS, PROPOSAL_DIR, type SectionHit, sectionEvidence, sectionIn, sectionLinks, subsections, substantive, underProjectHeading } from './helpers/sections.ts';
import { attested, type Outcome } from './types.ts';
import { insightsFile } from './helpers/insights.ts';
import { inGoals } from './helpers/roadmap.ts';

/** "The Basics" of a docs page or README is the first use of the software (python-jsonschema's docs/validate.rst, syft's README, attrs's docs/examples.md). */
const USER_GUIDE_HEADING = /\b(usage|using|use it|how (?:to|do (?:i|you|we)|can (?:i|you)) use|getting started|get started|quick ?start|tutorials?|user(?:'s)? (guide|manual|documentation)|guides?|examples?|walkthrough|first steps|basic use|basics)\b/i;

/**
 * "Running <the command>" is how to use it (uber-go/mock's README "Running mockgen", its modes and flags; etcd's "Running
 * etcd"), not running the project's tests, benchmarks, linters or formatters (osv-scanner's docs/README.md "Running the
 * formatter"), or running it locally to develop it.
 */
const RUNNING_HEADING = /^running\b/i;
const RUNNING_NOT = /\b(?:tests?|testing|test suite|specs?|benchmarks?|lint(?:ers?|ing)?|format(?:ters?|ting)?|e2e|locally)\b/i;

/**
 * Not a user guide: contributing, development, building it (zstd's lib/README.md "Windows : using MinGW+MSYS to create DLL"),
 * or moving from one version to another (h3's MIGRATION.md "Migration guide for v1 to v2", undici's README "Migration Guide":
 * what changed, for those who already use it, not the basic functionality).
 */
const USER_GUIDE_NOT = /\b(contribut|develop|hacking|build(ing)? from|internal|release process|maintainer|migrat|upgrad|compil(?:e|ing|ation)\b|to (?:build|compile|cross-?compile|create (?:a |the )?(?:dll|librar|binar|static|shared|package)))/i;

/**
 * A page named as a guide, or any page of a folder of guides or tutorials (external-dns's docs/tutorials/aws.md). A name may
 * begin with the number that orders it (Nuxt Content's and Docusaurus's docs/1.guide/2.app.md, 0.index.md, 01-intro.md).
 */
const ORDER = String.raw`(?:\d{1,4}[._-])?`;
const USER_GUIDE_DOC = new RegExp(String.raw`(^|\/)${ORDER}(guides?|usage|get(ting)?[-_ ]?started|quick[-_ ]?start|tutorials?|user[-_ ]?(guide|manual)|manual|how[-_ ]?to|intro(duction)?|overview|index|readme|install(ation)?|configur(e|ation))[^/]*$|(?:^|\/)${ORDER}(?:guides?|tutorials|how[-_]?tos|user[-_]?guides?)\/[^/]+$`, 'i');

/**
 * A blog post, a news item or a decision record (docs/_posts/, blog/, docs/adr/), or a page or folder named by its date
 * (rustls's website/content/perf/2024-11-28-threading/index.md, a performance report): written at a date, not the user
 * guide (python-tuf's "Example with expired metadata:").
 */
const DATED_POST = /(?:^|\/)(?:(?:_posts|posts|blog|news|adrs?|decisions)\/|\d{4}-\d{2}-\d{2})/i;

/**
 * A folder of contributor, developer or maintainer documentation (rustup's doc/dev-guide/, tokio's docs/contributing/,
 * eslint's docs/src/maintain/ "How ESLint is Maintained"): not for users.
 */
const DEVELOPER_DIR = /(?:^|\/)(?:dev(?:el(?:oper|opment))?(?:[-_]?(?:guide|docs?))?|contribut\w*|hacking|internals?|maintain(?:ers?|ing)?)\//i;

/**
 * A design document or proposal outside a proposals folder, by its file name or its title (python-tuf's
 * docs/repository-library-design.md, "Python-tuf repository API proposal"): its "Example concrete Repository
 * implementation" shows the developers what a design allows, not a user how to work the software.
 */
const DESIGN_PAGE = /(?:^|[-_/])(?:design|proposal|rfc)(?:[-_.][^/]*)?$/i;
const PROPOSAL_TITLE = /\b(?:proposals?|design (?:documents?|docs?))\b/i;

function designPage(doc: DocumentInfo): boolean {
  // A README's title names the project, whatever its words ("Proposal Manager").
  if (doc.role === 'readme') return false;
  const title = doc.outline?.headings[0];
  return DESIGN_PAGE.test(doc.path) || (title !== undefined && title.level === 1 && PROPOSAL_TITLE.test(title.text));
}

/**
 * A list of the project's adopters (ADOPTERS.md, a root USERS.md): its "Organizations Using Helm" names who uses the
 * software, it does not say how to use it.
 */
const ADOPTERS_DOC = /(?:^|\/)adopters[^/]*$|^users\.[a-z]+$/i;
/** A heading over such a list: "Adopters", "Organizations using Helm", "Companies that use X", "Who is using X". */
const ADOPTERS_HEADING = /^adopters\b|\b(?:organi[sz]ations|companies|adopters|users|teams|projects|products|who(?:'s| is| are)?) (?:that |who )?(?:are )?(?:using|use|uses)\b/i;

/**
 * A heading over a list of posts written by others: external-dns's README "User Demo How-To Blogs and Examples" links
 * blog posts on medium.com and elsewhere, which do not speak for the project.
 */
const THIRD_PARTY_HEADING = /\b(?:blogs?|blog posts?|articles|videos|podcasts?|webinars?|press)\b/i;

/** The README and pages named as guides are read first (gateway's tasks/quickstart.md before an API page's "Examples"). */
const GUIDE_PAGE = /(?:^|\/)readme[^/]*$|(?:quick[-_ ]?start|get(?:ting)?[-_ ]?started|tutorials?|user[-_ ]?(?:guide|manual)|usage)[^/]*$/i;

/** A page under a documentation folder, at any depth (docs/, doc/, documentation/, site/, website/). */
const DOCS_FOLDER = /(?:^|\/)(?:docs?|documentation|site|website)\//i;

/** A page named as a guide (quickstart.md), not a folder's README or index. */
function namedGuide(path: string): boolean {
  return GUIDE_PAGE.test(path) && !FOLDER_INDEX.test(path);
}

/** Guide pages by name first, a folder's README or index last: a docs folder's README is often only its table of contents. */
const FOLDER_INDEX = new RegExp(String.raw`(?:^|\/)${ORDER}(?:readme|index)(?:\.[^/]*)?$`, 'i');

/** The documentation by a link's whole text; "latest" or "current" too (mockito's README: "[latest documentation](https://javadoc.io/…/Mockito.html)"). */
const DOCS_LINK_TEXT = /^(the |read the )?(?:(?:latest|current|complete|detailed) )?(official |full |online |user |project )?(documentation|docs|user guide|user manual|manual|getting started( guide)?|quick ?start( guide)?|tutorials?|guides?|book|handbook)$|^(an )?overview( of [\w .-]{1,40})?$/i;

/**
 * The project's documentation on a host that publishes a package's documentation from its doc comments (a Rust crate's
 * docs.rs page, a Go module's pkg.go.dev page), whatever the link shows: a badge's alt text is often the host's name
 * ("docs.rs"). The crate or module must be named after the repository, or be a crate a Cargo.toml here declares as its
 * `[package]` (serde-rs/json's `serde_json`): a dependency's page is someone else's.
 */
const PACKAGE_DOCS_HOST = /^https:\/\/(?:docs\.rs|pkg\.go\.dev|godoc\.org)\//i;

function ownPackageDocs(target: string, names: string[]): boolean {
  if (names.length === 0 || !PACKAGE_DOCS_HOST.test(target)) return false;
  try {
    const segments = new URL(target).pathname.toLowerCase().split('/');
    return names.some((n) => segments.includes(n));
  } catch {
    return false;
  }
}

/**
 * The words that lead into a bare link and say it is the documentation: libevent's README, "There's a pretty good
 * work-in-progress manual up at <http://…/libevent-book/>"; "The documentation is available at". Not "report documentation
 * issues at": only where the documentation is.
 */
const DOCS_LEAD_IN = /\b(?:documentation|docs|manual|user guide|handbook|tutorials?)\s+(?:(?:is|are|can be)\s+)?(?:(?:up|available|hosted|published|online|found|located|kept)\s+)?(?:at|on|here:?|in)\s*[<(]?$/i;

/** A README section that is where the documentation is: "Documentation", "Docs", "User documentation". */
const DOCS_HEADING = /^(?:(?:user|project|full|online) )?(?:documentation|docs)$/i;


/**
 * A heading that promises how to use the software, whose commands make a guide without prose; not
 * "Example: ..." (jq's README shows one docker run under it and keeps its guide at jqlang.org).
 */
const USAGE_HEADING = /\b(?:usage|how to use|getting started|get started|quick ?start|basic use)\b/i;
/** Characters of code (a command block) that make a usage section a guide without prose. */
const GUIDE_MIN_CODE = 40;
/**
 * A README section headed only "Example(s)" whose code shows a whole use of the software (a library's
 * require, call and output): a guide without prose; "Example: <one task>" is not (jq's one docker run).
 */
const EXAMPLE_ONLY_HEADING = /^examples?:?$/i;
const EXAMPLE_MIN_CODE = 200;

/** A heading that names a user guide: "Usage", "Getting started", …, or "Running <the command>". */
function guideHeading(h: Heading): boolean {
  if (USER_GUIDE_NOT.test(h.text)) return false;
  return USER_GUIDE_HEADING.test(h.text) || (RUNNING_HEADING.test(h.text.trim()) && !RUNNING_NOT.test(h.text));
}

/**
 * A library README's "API" section that shows its calls at work, each with a concrete argument (mime-types's
 * `mime.lookup('json') // 'application/json'` under "### mime.lookup(path)"): the user guide to its basic functionality.
 * Signatures alone (`globby(patterns, options?)`, `Type: string`) are a reference, not a guide.
 */
const API_HEADING = /^(?:the )?(?:public )?api(?: (?:reference|usage|overview))?$/i;
/** A call with a literal first argument: `lookup('json')`, `parse("1 + 1")`, `add(2, 3)`, `create({ a: 1 })`. */
const EXAMPLE_CALL = /[\w$]\(\s*['"`\d[{]/;
/** Sections (the "API" section or its subsections) whose code shows such a call: more than one function at work. */
const API_MIN_EXAMPLES = 2;

function apiByExample(h: Heading, doc: DocumentInfo): boolean {
  if (!API_HEADING.test(h.text.trim())) return false;
  const parts = [h, ...subsections(doc, h)];
  const shown = parts.filter((x) => EXAMPLE_CALL.test(x.code)).length;
  return shown >= API_MIN_EXAMPLES && parts.reduce((n, x) => n + x.code.length, 0) >= EXAMPLE_MIN_CODE;
}

/** After `<crate>::`, a path that ends in a call or a macro: `from_str(`, `value::to_value(`, `json!`. */
const CALLED_PATH = /^(?:\w{1,60}::){0,4}\w{1,60}\s?[(!]/;

/** A crate's item used (`use serde_json::{Result, Value};`) or called (`serde_json::from_str(data)`) in code; not a type named in prose (`anyhow::Error`). */
function callsCrate(code: string, crate: string): boolean {
  const path = `${crate}::`;
  for (let at = code.indexOf(path); at >= 0; at = code.indexOf(path, at + 1)) {
    if (at > 0 && /\w/.test(code.charAt(at - 1))) continue; // my_serde_json::
    if (code.slice(Math.max(0, at - 4), at) === 'use ' || CALLED_PATH.test(code.slice(at + path.length, at + path.length + 200))) return true;
  }
  return false;
}

/**
 * The project's own crate or Go module used in a section's code (serde-rs/json's README "Parsing JSON as strongly typed
 * data structures": `serde_json::from_str(data)?`, `use serde_json::{Result, Value};`; a Go import of the module), by the
 * names its Cargo.toml and go.mod declare: the section shows the software at work. A crate's name in a Cargo.toml snippet
 * (`serde_json = "1.0"`) or a type named in inline code (anyhow's "The `anyhow::Error` type works…") is not a use.
 */
function callsOwnPackage(code: string, crates: readonly string[], modules: readonly string[]): boolean {
  if (code === '') return false;
  return crates.some((c) => callsCrate(code, c)) || modules.some((m) => code.includes(`"${m}"`) || code.includes(`"${m}/`));
}

/** Sections of the README, with prose, whose code calls the project's own package: a guide by example from two on. */
const OWN_CALL_MIN_SECTIONS = 2;

/**
 * A library README whose sections teach its basic tasks by example, without a heading that names a guide (serde-rs/json's
 * "Operating on untyped JSON values", "Parsing JSON as strongly typed data structures", "Constructing JSON values"): each
 * explains a task in prose and calls the crate in its code. Two such sections or more, outside contributor, development,
 * migration and benchmark sections; the first is cited.
 */
function ownPackageExamples(facts: Facts): SectionHit | undefined {
  const crates = facts.dependencies.manifests.flatMap((m) => (m.crateName ? [m.crateName.replace(/-/g, '_')] : []));
  const modules = facts.dependencies.manifests.flatMap((m) => (m.goModule ? [m.goModule] : []));
  if (crates.length === 0 && modules.length === 0) return undefined;
  for (const doc of documentsOf(facts.documents, 'readme').slice(0, 1)) {
    const shown = (doc.outline?.headings ?? []).filter(
      (h) => h.level > 1 && h.sectionChars >= GUIDE_MIN_CHARS && !USER_GUIDE_NOT.test(h.text) && !BENCHMARK_HEADING.test(h.text) && !underProjectHeading(doc, h) && callsOwnPackage(h.code, crates, modules),
    );
    if (shown.length >= OWN_CALL_MIN_SECTIONS) return { doc, heading: shown[0] };
  }
  return undefined;
}

function userGuideSection(doc: DocumentInfo): Heading | undefined {
  return sectionIn(doc, guideHeading, GUIDE_MIN_CHARS);
}

/** Install steps in a component's README (a chart, a package): with a usage section, or alone as its guide. */
const INSTALL_HEADING = /\b(install(ing|ation)?|setup|set up|deploy(ing|ment)?)\b/i;

/**
 * A component README of a monorepo or chart collection that tells a user how to install and use
 * the component (an "Installing the chart" section with its commands): a user guide.
 */
function componentGuide(facts: Facts): SectionHit | undefined {
  return findSectionWhere(facts, ['component-readme'], (h) => INSTALL_HEADING.test(h.text) && !USER_GUIDE_NOT.test(h.text) && (h.code !== '' || h.sectionChars >= 80), 0);
}

/**
 * "Examples" alone names a guide only with code in it or on a page of guides: hyper's TENETS.md
 * "### Examples" are instances of a principle in prose, nothing on using the software.
 */
const EXAMPLES_HEADING = /\bexamples?\b/i;
const GUIDE_WORDS_HEADING = new RegExp(USER_GUIDE_HEADING.source.replace('|examples?', ''), 'i');
const EXAMPLE_DOC = /(?:^|\/)examples?(?:[-_./]|$)/i;

/**
 * Examples that measure the software against others: ripgrep's README "Quick examples comparing tools" is a table of
 * benchmark timings, not how to use it.
 */
const BENCHMARK_HEADING = /\bbenchmark|\bcompar\w* (?:(?:with|to|against) )?(?:other |similar )?(?:tools|programs|libraries|alternatives|implementations)\b/i;

function guideSection(h: Heading, doc: DocumentInfo): boolean {
  if (BENCHMARK_HEADING.test(h.text)) return false;
  if (GUIDE_WORDS_HEADING.test(h.text) || !EXAMPLES_HEADING.test(h.text)) return true;
  return sectionHasCode(h, doc) || USER_GUIDE_DOC.test(doc.path) || EXAMPLE_DOC.test(doc.path);
}

/** Code in the section or its subsections (jinja's "Example Extensions" keeps its code under "Cache"). */
function sectionHasCode(h: Heading, doc: DocumentInfo): boolean {
  const hs = doc.outline?.headings ?? [];
  const at = hs.indexOf(h);
  if (h.code !== '') return true;
  for (let i = at + 1; at >= 0 && i < hs.length && hs[i].level > h.level; i++) if (hs[i].code !== '') return true;
  return false;
}

/**
 * A page of the docs that speaks to the project's contributors (DEVELOP.md, docs/developer-guide/,
 * CONTRIBUTING pages: documentKind's project pages): its "Quickstart" sets up a development
 * environment (envoyproxy/gateway's site/content/en/community/DEVELOP.md, argo-cd's
 * docs/developer-guide/code-contributions.md), not the software for a user.
 */
function contributorPage(doc: DocumentInfo): boolean {
  return doc.role === 'docs' && doc.kind === 'project';
}

/** The repository's name, or a crate its Cargo.toml files declare (serde-rs/json's `serde_json`): the project's own packages. */
function ownPackageNames(facts: Facts): string[] {
  const repoName = repositoryName(facts);
  return [...(repoName === null ? [] : [repoName]), ...facts.dependencies.manifests.flatMap((m) => (m.crateName ? [m.crateName.toLowerCase()] : []))];
}

/** A link to documentation kept elsewhere: by its text ("documentation", "user guide"), or the project's own docs.rs or pkg.go.dev page. */
function docsElsewhere(l: Link, names: string[]): boolean {
  return DOCS_LINK_TEXT.test(unquoted(l.text)) || ownPackageDocs(l.target, names);
}

/**
 * A guide section that hands the guide to documentation elsewhere rather than giving it (mapstructure's README "Usage &
 * Example", a sentence and a link to its pkg.go.dev page): the link is the project's word, attested below; the heading is no guide.
 */
function handsOver(facts: Facts, doc: DocumentInfo, h: Heading): boolean {
  const names = ownPackageNames(facts);
  return handsOverTo(facts, doc, h, (l) => docsElsewhere(l, names));
}

/**
 * A README section on the command line ("Command Line Interface", "CLI") that shows the command's help text: its usage
 * line and options (rimraf's README, `Usage: rimraf <path> [<path> ...]` and each flag), what a section 1 manual page says.
 */
const CLI_HEADING = /^(?:the )?(?:command[- ]line(?: (?:interface|tool|options|reference|help))?|cli(?: (?:reference|options|help))?)$/i;
const HELP_USAGE = /(?:^|\s)usage:\s+[\w.-]/i;
const HELP_OPTION = /(?:^|\s)--?[a-z\d][\w-]*/gi;
/** Options the help text lists: enough to tell it from one example command. */
const HELP_MIN_OPTIONS = 3;

function helpText(h: Heading): boolean {
  return CLI_HEADING.test(h.text.trim()) && HELP_USAGE.test(h.code) && (h.code.match(HELP_OPTION)?.length ?? 0) >= HELP_MIN_OPTIONS;
}

/** The title of a site's user guide page: "Commons Compress User Guide", "Commons Lang - User guide". */
const SITE_GUIDE_TITLE = /\b(?:user(?:'s)? (?:guide|manual)|getting started|quick ?start|tutorials?|usage)\b/i;

/**
 * The pages a Maven site keeps its user guide in (xdoc.ts reads them by name: commons-compress's
 * src/site/xdoc/examples.xml), counted by their title, the page's only heading of level 1, and
 * some prose: a page named examples.xml titled otherwise is not cited.
 */
function siteGuides(facts: Facts): Evidence[] {
  const out: Evidence[] = [];
  for (const d of documentsOf(facts.documents, 'site-page')) {
    const title = d.outline?.headings.find((h) => h.level === 1);
    if (title && SITE_GUIDE_TITLE.test(title.text) && !USER_GUIDE_NOT.test(title.text) && substantive(d, 200))
      out.push(fileEvidence(d.path, `user guide page of the project's site: "${title.text.slice(0, 80)}"`, title.line));
    if (out.length >= 3) break;
  }
  return out;
}

export const id = 'OSPS-DO-01.01';

export function evaluate(facts: Facts): Outcome {
  const found: Evidence[] = [];
  // Commands without prose are a guide too: pvtr-github-repo's "Docker Usage" is a docker build and docker run.
  const commands = (h: Heading) =>
    (USAGE_HEADING.test(h.text) && guideHeading(h) && h.code.length >= GUIDE_MIN_CODE) || (EXAMPLE_ONLY_HEADING.test(h.text.trim()) && h.code.length >= EXAMPLE_MIN_CODE);
  const prose = findSectionWhere(facts, ['readme', 'docs', 'component-readme'], (h, doc) => guideHeading(h) && guideSection(h, doc) && !DATED_POST.test(doc.path) && !PROPOSAL_DIR.test(doc.path) && !designPage(doc) && !ADOPTERS_DOC.test(doc.path) && !THREAT_MODEL_PATH.test(doc.path) && !ADOPTERS_HEADING.test(h.text) && !THIRD_PARTY_HEADING.test(h.text) && !contributorPage(doc) && !inGoals(doc, h) && !handsOver(facts, doc, h), GUIDE_MIN_CHARS, GUIDE_PAGE);
  // In the same README, a "Quick Start" of commands before it is the guide to the basics (ofetch's install and import lines,
  // ahead of "Using Native Fetch", a feature's section).
  const first = prose?.doc.role === 'readme' ? sectionIn(prose.doc, (h) => h.line < prose.heading.line && commands(h), 0) : undefined;
  const guided = (first && prose ? { doc: prose.doc, heading: first } : prose) ?? findSectionWhere(facts, ['readme'], commands, 0);
  // Without a guide section, a README's "API" whose calls are shown with their arguments, before a component's install steps.
  // Then a library README whose sections call its own crate or module in their code, each a task explained in prose.
  const api = guided ? undefined : findSectionWhere(facts, ['readme'], apiByExample, GUIDE_MIN_CHARS);
  const byCalls = guided || api ? undefined : ownPackageExamples(facts);
  const section = guided ?? api ?? byCalls ?? componentGuide(facts);
  const component = section !== undefined && (facts.documents.roles['component-readme'] ?? []).includes(section.doc.path);
  const what = api ? "user guide by example, the library's calls shown at work" : byCalls ? "user guide by example, a task explained and the project's own package called in its code, as in other sections" : 'user guide';
  if (section && !component) found.push(sectionEvidence(section, what));
  const guides = documentsOf(facts.documents, 'docs')
    .filter((d) => USER_GUIDE_DOC.test(d.path) && !PROPOSAL_DIR.test(d.path) && !designPage(d) && !THREAT_MODEL_PATH.test(d.path) && !DEVELOPER_DIR.test(d.path) && !DATED_POST.test(d.path) && substantive(d, 200))
    .sort((a, b) => Number(namedGuide(b.path)) - Number(namedGuide(a.path)) || Number(FOLDER_INDEX.test(a.path)) - Number(FOLDER_INDEX.test(b.path)));
  // A page already cited for its guide section is not cited again; one outside docs/ (gson's UserGuide.md) is no page of a docs folder.
  const cited = section && !component ? section.doc.path : undefined;
  for (const g of guides.filter((d) => d.path !== cited).slice(0, 3)) found.push(fileEvidence(g.path, DOCS_FOLDER.test(g.path) ? 'user documentation in the docs folder' : 'user documentation page', 1));
  found.push(...siteGuides(facts));
  // The project's own guide (ripgrep's GUIDE.md) before a component's README (crates/globset/README.md "Example: one glob").
  if (section && component) found.push(sectionEvidence(section, "user guide in a component's README"));
  // Without a guide in prose, the manual page of a command (section 1, or 8 for administration) is its user's guide: how to
  // run it, its modes and options (brotli's docs/brotli.1, "User Manual"). A library's section 3 pages are its API reference.
  // The same help text in a README section is that guide too.
  const help = found.length === 0 ? findSectionWhere(facts, ['readme'], helpText, 0) : undefined;
  if (help) found.push(sectionEvidence(help, "user guide to the command, the command's help text (how to run it, its options)"));
  if (found.length === 0)
    for (const m of (facts.documents.manPages ?? []).filter((x) => x.section === '1' || x.section === '8').slice(0, 3))
      found.push(fileEvidence(m.path, `manual page ${m.name}(${m.section}), the user's guide to the command: how to run it and its options`, m.line));
  const si = siDocs(facts, ['project.documentation.quickstart-guide', 'project.documentation.detailed-guide'], 'user guide', userGuideSection);
  const outcome = decideDocs(found, si, 'project.documentation.detailed-guide', () => {
    // A README that sends readers to documentation elsewhere: declared, not observed.
    const external: Evidence[] = [];
    const names = ownPackageNames(facts);
    for (const doc of documentsOf(facts.documents, 'readme')) {
      for (const l of doc.outline?.links ?? []) {
        if (/^https?:\/\//i.test(l.target) && (DOCS_LINK_TEXT.test(unquoted(l.text)) || ownPackageDocs(l.target, names) || DOCS_LEAD_IN.test(doc.outline?.proseBefore(l.line, l.column, 80) ?? '')))
          external.push(fileEvidence(doc.path, `links to documentation elsewhere: ${l.target}`, l.line, l.column));
        if (external.length >= 3) break;
      }
      // A section headed "Documentation" whose links leave the repository: whatever their text
      // (commons-lang's "the Apache Commons Lang homepage", "the Javadoc"), that is where it sends readers.
      if (external.length === 0)
        for (const h of doc.outline?.headings ?? []) {
          if (!DOCS_HEADING.test(h.text)) continue;
          for (const l of sectionLinks(doc, h).filter((x) => /^https?:\/\//i.test(x.target)).slice(0, 3))
            external.push(fileEvidence(doc.path, `links to documentation elsewhere: ${l.target} (section "${h.text}")`, l.line, l.column));
          if (external.length > 0) break;
        }
    }
    if (external.length > 0) return attested(external, `Add a "Usage" or "Getting started" section to the README (or docs/), or link the guide from project.documentation.detailed-guide in ${insightsFile(facts)}.`);
    return releaseGate(
      facts,
      'no user guide found: no "Usage", "Getting started" or "Quick start" section with text in the README or docs/, and no guide under docs/',
      `Add a "Getting started" / "Usage" section to README.md (or a guide under docs/) explaining how to install, configure and use the basic functionality, and link it from project.documentation.quickstart-guide in ${insightsFile(facts)}.`,
    );
  });
  return outcome;
}
