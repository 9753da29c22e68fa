// OSPS-SA-02.01: Descriptions of the external interfaces of released assets.
// An OpenAPI/AsyncAPI description that holds its version key (facts/interface-specs.ts; not a test's input or expected output, nor a dependency's license record, nor a proposal's), a public API dump
// (api/*.api), an operator's generated CustomResourceDefinitions (config/crd/bases/, or a crds/ folder's <group>_<plural>.yaml), interface documentation under docs/ (api, reference, cli, usage, ...), a manual page (jq's jq.1.prebuilt;
// facts/man-pages.ts), or an
// API/Usage/CLI/Reference section in the README or a product page of docs/ (not questions and
// answers, not a section written for contributors, not a decision record's "Considered Options" or "API changes", not the internal API, not a contributor's page, not a heading whose interface word is
// only the product's name: cli/cli's "# GitHub CLI", "GitHub CLI project layout"), or in a
// component's README of a monorepo (packages/client/README.md "Usage", its functions' signatures;
// not a test's or an example's README, nor its section for contributors; not a section that only hands the interface to its
// reference elsewhere in a sentence or two, whose README link to the reference is cited instead; not a migration guide's, nor a changelog's);
// a GitHub Action's root metadata describing each of its inputs and outputs;
// whether every interface is described is left to a reviewer. A design proposal's folder (docs/proposals/) is not read. Design documentation declared in
// Security Insights is attested. A docs/ page that documents the API object by object (Sphinx
// autodoc, a domain directive, mkdocstrings; facts/api-directives.ts) is interface documentation
// whatever it is called. Applies once the project has made a release: evidence found passes
// whatever the release state; without evidence the release state decides between fail,
// not-applicable and unknown (releaseGated, helpers/release.ts).
import { type DocumentInfo, documentsOf } from '../facts/documents.ts';
import { NOT_SPEC_DIRS } from '../facts/interface-specs.ts';
import { underFolder } from '../facts/test-folders.ts';
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { changelogFile, dedupe, docsNamed, sectionsIn, THREAT_MODEL_PATH } from './helpers/assessment.ts';
import { capEvidence, fileEvidence, linkShown } from './helpers/evidence.ts';
import { isDecisionRecord } from './helpers/decision-records.ts';
import { handsOverTo } from './helpers/elsewhere.ts';
import { declaration } from './helpers/insights.ts';
import { releaseGated } from './helpers/release.ts';

import { intoThisRepository, repositoryName } from './helpers/repository.ts';
import { ancestors, findSectionWhere, headingAt, PROPOSAL_DIR, sectionEvidence } from './helpers/sections.ts';
import { attested, type Outcome, pass } from './types.ts';

/**
 * "SDK" and "webhook" as words of their own, not inside a product's name (hyper's VISION.md use case "Low-Level
 * Client Library (curl, reqwest, aws-sdk)"; a logger's list of third-party transports, "pino-discord-webhook"); a protocol, not how it is implemented (hyper's
 * "Protocol Codecs"; containerd's "Bootstrap protocol (2.3+)" is an interface).
 */
const INTERFACE_HEADING = /\b(api|apis|interfaces?|usage|command[- ]line|cli|commands|inputs|outputs|endpoints|(configuration |cli |api |command )?reference|options|flags|arguments)\b|(?<![\w-])(?:sdks?|webhooks?)(?![\w-])|\bprotocol\b(?! (?:codecs?|implementations?|internals)\b)/i;

const INTERFACE_PATH = /(^|\/)(api|apis|reference|usage|cli|commands|interfaces?|endpoints|sdk|protocol)([-_.][^/]*)?(\/|\.[a-z]+$)/i;

/**
 * A page of a reference folder that is about the project, not its interface (quart's docs/reference/logo.rst,
 * versioning.rst): its file name says so. A name with an interface word of its own ("api-versioning") still counts.
 */
const NOT_INTERFACE_PAGE = /(?:^|\/)(?:logos?|branding|versioning|versions|changelog|changes|history|release[-_]?notes|licen[cs]e|credits|authors|contributors|acknowledge?ments|code[-_]of[-_]conduct)\.[a-z]+$/i;

/**
 * How much of a resource something uses ("Throughput and memory usage benchmarks", rustls's
 * BENCHMARKING.md; "High memory usage during scan"): a measurement, not how to use the software.
 */
const USAGE_HEADING = /\b(?:usage|command[- ]line|cli|commands|running|run)\b/i;
const RESOURCE_USAGE = /\b(?:memory|cpu|disk|resource|bandwidth|network|storage|gpu|power|energy|heap|ram|data)\s+usage\b/gi;
/**
 * Data a test compares against ("Reference Files (Compatibility Tests)", libarchive's doc/WRITING_TESTS.md: sample archives
 * the tests decode) or an implementation to compare with: a reference of that kind is no interface reference.
 */
const REFERENCE_DATA = /\breference\s+(?:files?|data|images?|outputs?|archives?|samples?|results?|values?|implementations?)\b/gi;
/** A platform's API level (gson's README "Minimum Android API level"): which platforms the software runs on, not its interface. */
const API_LEVEL = /\bapi\s+levels?\b/gi;

/**
 * A component README's section for the people who work on it ("Development commands", "Contributing"): the tools of
 * development, not the package's interface.
 */
const CONTRIBUTOR_HEADING = /\b(?:contribut|develop|hacking|release process|maintainer)/i;
/** Folders of examples and demos: their README shows the example, not a released package's interface. */
const EXAMPLE_DIRS: ReadonlySet<string> = new Set(['example', 'examples', 'demo', 'demos', 'playground', 'playgrounds']);

/**
 * Questions, the internal API ("The internal error API", libgit2's docs/error-handling.md), which is not external, and
 * a heading that is a quoted claim (a README's "Common Misconceptions": "\"CORS protects my API from unauthorized access\"").
 */
const NOT_INTERFACE = /\?|\bquestions?\b|\bfaq\b|troubleshoot|known issues|\binternal\b|^["\u201c][^"\u201d]*["\u201d]$/i;

/**
 * A section that says it is written for the project's contributors (keda's CREATE-NEW-SCALER.md "Scaler interface": "a KEDA
 * `Scaler` Go interface declared in pkg/scalers/scaler.go. This documentation … is targeted towards contributors and
 * maintainers"), in its own text, a parent's or the page's lead: the code's internal interface, not one of the released software.
 */
const FOR_CONTRIBUTORS = /\b(?:targeted|intended|aimed|written|meant)\s+(?:at|towards?|for)\s+(?:the\s+)?(?:project's\s+)?(?:contributors|maintainers|developers of)\b/i;

/**
 * A migration or upgrade guide (MIGRATION.md, docs/5.migration/, UPGRADING.md, upgrade-guide.md, composer's UPGRADE-2.0.md, or a page titled "Migration guide for v1
 * to v2", h3's): its "App interface and router" says what changed for those who already use the software, not what the
 * interface is. Any path segment that begins with the word (a numbered docs folder's "5.migration" too), or the page's title.
 */
const MIGRATION_SEGMENT = /^(?:\d+[._-])?(?:migrat|upgrad(?:e|ing)(?:[-_](?:guides?|notes?|to[-_]\w|v?\d)|s?(?:\.[a-z]+)?$))/i;
/** Not a how-to of upgrading the software itself (pipx's docs/how-to/upgrade-pipx.rst, "Upgrade pipx"). */
const MIGRATION_TITLE = /^(?:migrat|upgrad)\w*(?:\s+(?:guide|notes?|from|to)\b|$)|\b(?:migration|upgrade|upgrading) guide\b/i;

function migrationGuide(doc: DocumentInfo): boolean {
  // Not a README: a package named "upgrade-kit" (packages/upgrade-kit/README.md) describes its own interface.
  if (doc.role !== 'docs') return false;
  const title = doc.outline?.headings.find((h) => h.level === 1);
  return doc.path.split('/').some((seg) => MIGRATION_SEGMENT.test(seg)) || (title !== undefined && MIGRATION_TITLE.test(title.text.trim()));
}

/** A page of the internals (docs/internals/, docs/internal-api.rst): the code's own interfaces, not the released software's. */
const INTERNAL_PATH = /(?:^|\/)internals?(?:[/_.-]|$)/i;

/**
 * Choices, not an interface: "Self-Hosted Options" (werkzeug's deployment page lists WSGI servers), "Installation
 * options", "Support options".
 */
const CHOICE_OPTIONS = /\b(?:self-hosted|hosted|hosting|deployment|deploying|installation|install|installing|support|funding|sponsorship|payment|pricing|licensing|learning|training|alternative|other)\s+options\b/gi;

const SPEC_NAMES = { openapi: 'OpenAPI', swagger: 'OpenAPI 2 / Swagger', asyncapi: 'AsyncAPI' } as const;

/**
 * The CustomResourceDefinitions a Kubernetes operator built with kubebuilder generates into config/crd/bases/ (keda's
 * keda.sh_scaledobjects.yaml): the OpenAPI schema of each resource its users write, every field with its description.
 */
const CRD_BASES = /^config\/crd\/bases\/[^/]+\.ya?ml$/i;
/**
 * The same CRDs kept in a crds/ or crd/ folder elsewhere, named as controller-gen names them, <group>_<plural>.yaml
 * (crossplane's cluster/crds/apiextensions.crossplane.io_compositions.yaml, trust-manager's deploy/crds/,
 * a chart's crds/): the name, with its API group, says what the file is. Not a test's, an example's or a proposal's.
 */
const CRD_NAME = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+_[a-z0-9]+\.ya?ml$/;
const CRD_DIRS: ReadonlySet<string> = new Set(['crds', 'crd']);

function crdFile(path: string): boolean {
  if (CRD_BASES.test(path)) return true;
  return CRD_NAME.test(path.slice(path.lastIndexOf('/') + 1)) && underFolder(path, CRD_DIRS) && !underFolder(path, NOT_SPEC_DIRS) && !underFolder(path, EXAMPLE_DIRS) && !PROPOSAL_DIR.test(path);
}

/** A public API dump of Kotlin's binary-compatibility validator (ktor-utils/api/ktor-utils.api): every public declaration, checked in CI. */
const API_DUMP = /(?:^|\/)api\/(?:[^/]+\/)?[^/]+\.api$/;

/**
 * A README link to the interface reference published elsewhere: its text says so ("API Docs", "CLI
 * reference"), or names a custom resource, an operator's API ("GitRepository CRD", fluxcd/flux2's).
 */
const REFERENCE_TEXT = /\b(?:api|apis|cli|command[- ]line|commands?|sdk|crds?)\b.{0,20}\b(?:docs?|documentation|reference)\b|^(?:the )?reference(?: docs| documentation)?$|\bcrds?$/i;
/** A README section that is the project's documentation pointer, alone or with another subject (express's "Docs & Community"). */
const DOCS_HEADING = /^(?:api )?(?:documentation|docs|reference)(?:\s*(?:&|and)\s+[a-z][\w ]{0,30})?$/i;
/** Link text that names an interface reference as such. */
const REFERENCE_NAMED = /\b(?:api|apis|docs?|documentation|reference|javadocs?|rustdoc|godoc)\b/i;
/** Hosts that publish a package's interface documentation from its source (rustdoc, godoc, javadoc). */
const REFERENCE_HOST = /^https:\/\/(?:docs\.rs|pkg\.go\.dev|godoc\.org|(?:www\.)?javadoc\.io)\//i;

/**
 * Link text that is the name of a reference generated from the code's doc comments (moshi's "The [Javadoc][javadoc]
 * catalogs the complete Moshi API"): the interface reference, when its address is the project's.
 */
const GENERATED_REFERENCE = /^(?:the )?(?:api )?(?:javadocs?|kdocs?|dokka|scaladocs?|typedoc|rustdoc|godoc|doxygen)$/i;

/** Whether an address names the repository as one of its host's labels or path's segments (square.github.io/moshi/1.x/moshi/). */
function namesRepository(target: string, name: string): boolean {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return false;
  }
  return url.hostname.toLowerCase().split('.').includes(name) || url.pathname.toLowerCase().split('/').includes(name);
}

/**
 * Whether an address is the docs.rs page of a crate this repository defines (its Cargo.toml's package name), which need
 * not be the repository's name: rust-lang/cc-rs publishes the crate cc (https://docs.rs/cc), rustls/webpki the crate
 * rustls-webpki (https://docs.rs/rustls-webpki/). A path segment, whole: docs.rs/cc is not docs.rs/ccache.
 */
function ownCrateDocs(facts: Facts, target: string): boolean {
  const crates = facts.dependencies.manifests.flatMap((m) => (m.crateName ? [m.crateName.toLowerCase()] : []));
  if (crates.length === 0 || !/^https:\/\/docs\.rs\//i.test(target)) return false;
  try {
    return crates.includes(new URL(target).pathname.toLowerCase().split('/')[1] ?? '');
  } catch {
    return false;
  }
}

/**
 * Whether an address is the pkg.go.dev (or godoc.org) page of a Go module this repository declares (a go.mod's `module`
 * line), or of a package in it: opentelemetry-go's README badge links https://pkg.go.dev/go.opentelemetry.io/otel, its
 * go.mod says `module go.opentelemetry.io/otel`. Whole path segments (…/otel is not …/otelx); a version after `@` is dropped, and
 * so is the mod/ of a module page.
 */
function ownModuleDocs(facts: Facts, target: string): boolean {
  const modules = facts.dependencies.manifests.flatMap((m) => (m.goModule ? [m.goModule.toLowerCase()] : []));
  if (modules.length === 0 || !/^https:\/\/(?:pkg\.go\.dev|godoc\.org)\//i.test(target)) return false;
  let path: string;
  try {
    path = decodeURIComponent(new URL(target).pathname).toLowerCase().slice(1);
  } catch {
    return false;
  }
  // The module's own page, pkg.go.dev/mod/<module> (mapstructure's README badge and "Usage & Example" link
  // https://pkg.go.dev/mod/github.com/go-viper/mapstructure/v2), names the module after its mod/ segment.
  if (path.startsWith('mod/')) path = path.slice(4);
  const at = path.indexOf('@');
  if (at >= 0) path = path.slice(0, at);
  while (path.endsWith('/')) path = path.slice(0, -1);
  return modules.some((m) => path === m || path.startsWith(`${m}/`));
}

/**
 * The README's link to the project's interface reference, when the repository holds none itself:
 * a Rust crate's or Go module's API is described by its doc comments and read on docs.rs or
 * pkg.go.dev (tokio's README: "[API Docs](https://docs.rs/tokio/latest/tokio)").
 */
function referenceLink(facts: Facts): Evidence | null {
  const name = repositoryName(facts);
  for (const readme of documentsOf(facts.documents, 'readme').slice(0, 1))
    // A link whose text names the reference ("API Javadoc", gson's) before one into a page of it ("`GsonBuilder.disableJdkUnsafe()`").
    for (const l of [...(readme.outline?.links ?? [])].sort((a, b) => Number(REFERENCE_NAMED.test(b.text)) - Number(REFERENCE_NAMED.test(a.text)))) {
      // Without the repository's name (offline, no remote), the README's own "Documentation" section says whose docs they are (rustls's "# Documentation https://docs.rs/rustls/").
      const ownSection = !l.image && DOCS_HEADING.test(headingAt(readme, l.line)?.text.trim() ?? '');
      // A badge describes the project itself: hyper's "[![Released API docs](https://docs.rs/hyper/badge.svg)](https://docs.rs/hyper)".
      const badge = l.image && REFERENCE_TEXT.test(l.text.trim());
      const hosted = REFERENCE_HOST.test(l.target) && ((name !== null && l.target.toLowerCase().includes(`/${name}`)) || ownSection || badge || ownCrateDocs(facts, l.target) || ownModuleDocs(facts, l.target));
      // Its own generated reference, wherever it is published: "[Javadoc](https://square.github.io/moshi/1.x/moshi/)"; not the tool's manual.
      const generated = !l.image && /^https:\/\//i.test(l.target) && GENERATED_REFERENCE.test(l.text.trim()) && ((name !== null && namesRepository(l.target, name)) || ownSection);
      if (hosted || generated || (!l.image && REFERENCE_TEXT.test(l.text.trim()) && /^https?:\/\//.test(l.target)))
        return fileEvidence(readme.path, `links to its interface reference: ${linkShown(l.text, l.target, 80, 200)}`, l.line, l.column);
    }
  return null;
}

/**
 * The README's "Documentation" section linking the project's documentation kept elsewhere (nats-server's
 * "## Documentation" → "[Official Documentation](https://docs.nats.io)"): the interfaces may be described
 * there, which is not read here; the project's word, for a person to confirm. The link must say it
 * is the documentation (its text or address): the section's "Official Website" is not.
 */
const DOCS_LINK = /\b(?:docs?|documentation|reference|manual)\b/i;

function documentationSite(facts: Facts): Evidence | null {
  for (const readme of documentsOf(facts.documents, 'readme').slice(0, 1))
    for (const l of readme.outline?.links ?? []) {
      if (l.image || !/^https:\/\//i.test(l.target) || intoThisRepository(facts, l.target)) continue;
      const heading = headingAt(readme, l.line)?.text.trim() ?? '';
      if (DOCS_HEADING.test(heading) && DOCS_LINK.test(`${l.text} ${l.target}`)) return fileEvidence(readme.path, `the documentation is kept outside this repository: the README's section "${heading}" links ${linkShown(l.text, l.target, 80, 200)}`, l.line, l.column);
    }
  return null;
}

/**
 * The product's name when it holds an interface word: the README's title ("# GitHub CLI", cli/cli's)
 * when it also has a word of its own (a title "Usage" names no product). A heading that only names
 * the product ("GitHub CLI & hub", "GitHub CLI project layout", "Working with the GitHub CLI Team")
 * is about the product, not a description of its interface; "using the CLI" still is.
 */
function productName(facts: Facts): string | null {
  const readme = documentsOf(facts.documents, 'readme')[0];
  const title = readme?.outline?.headings[0];
  if (title?.level !== 1) return null;
  const text = title.text.trim().toLowerCase();
  if (text.length > 60 || !INTERFACE_HEADING.test(text)) return null;
  return /[a-z0-9]/.test(text.replace(INTERFACE_WORDS, ' ')) ? text : null;
}

const INTERFACE_WORDS = new RegExp(INTERFACE_HEADING.source, 'gi');

function withoutName(heading: string, product: string | null): string {
  return product === null ? heading : heading.toLowerCase().split(product).join(' ');
}

/**
 * A GitHub Action's interface is its inputs and outputs: the metadata at the root (action.yml) that describes each one
 * (`description:`, which GitHub shows on the action's page) describes what a workflow passes in and gets back.
 * An input or output without a description leaves part of it undescribed: not counted.
 */
function actionMetadata(facts: Facts): Evidence | null {
  const action = facts.workflows.actions.find((a) => a.dir === '' && a.valid && a.using !== null);
  const at = action?.interface;
  if (!action || !at || at.undescribed.length > 0) return null;
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  return { kind: 'file', path: action.path, line: at.line, column: at.column, detail: `the action's metadata describes each of its ${count(at.inputs, 'input')} and ${count(at.outputs, 'output')} (description:), as GitHub shows them on the action's page` };
}

export const id = 'OSPS-SA-02.01';

export function evaluate(facts: Facts): Outcome {
  const evidence: Evidence[] = [];
  // Not a design proposal's (cluster-api's docs/proposals/images/topology-mutation-hook/runtime-sdk-openapi.yaml): a change argued for, not the released interface.
  for (const spec of facts.documents.interfaceSpecs ?? []) if (!PROPOSAL_DIR.test(spec.path)) evidence.push(fileEvidence(spec.path, `machine-readable interface description (${SPEC_NAMES[spec.format]})`, 1));
  // config/crd/bases/ first, then the shallowest folder of them.
  const crds = facts.files.filter((f) => f.kind === 'file' && crdFile(f.path)).sort((a, b) => Number(CRD_BASES.test(b.path)) - Number(CRD_BASES.test(a.path)) || a.path.split('/').length - b.path.split('/').length);
  if (crds.length > 0) {
    const dir = crds[0].path.slice(0, crds[0].path.lastIndexOf('/') + 1);
    const inDir = crds.filter((f) => f.path.startsWith(dir) && !f.path.slice(dir.length).includes('/')).length;
    evidence.push(fileEvidence(crds[0].path, `custom resource definition: the OpenAPI schema of a resource the operator serves${inDir > 1 ? `, one of ${inDir} in ${dir}` : ''}`, 1));
  }
  const dumps = facts.files.filter((f) => f.kind === 'file' && API_DUMP.test(f.path) && !underFolder(f.path, NOT_SPEC_DIRS));
  if (dumps.length > 0) evidence.push(fileEvidence(dumps[0].path, `public API listing (binary-compatibility dump)${dumps.length > 1 ? `, one of ${dumps.length}` : ''}`, 1));
  const named = docsNamed(facts, INTERFACE_PATH).filter((d) => !isDecisionRecord(d) && !PROPOSAL_DIR.test(d.path) && !NOT_INTERFACE_PAGE.test(d.path));
  for (const d of named) evidence.push(fileEvidence(d.path, 'interface documentation', 1));
  // A page that documents the API object by object (generated from the code, or written in a domain directive: libuv's
  // ".. c:type:: uv_async_t") describes the interface whatever it is called (werkzeug's docs/wrappers.rst
  // ".. autoclass:: Request"); not an internal or contributor's page, nor a test's or an example's.
  const generated = documentsOf(facts.documents, 'docs').filter(
    (d) => d.apiDirective !== undefined && d.kind === 'product' && !named.includes(d) && !INTERNAL_PATH.test(d.path) && !underFolder(d.path, NOT_SPEC_DIRS) && !underFolder(d.path, EXAMPLE_DIRS),
  );
  generated.slice(0, 3).forEach((d, i) => {
    const more = i === 2 && generated.length > 3 ? ` (and ${generated.length - 3} more such pages)` : '';
    if (d.apiDirective) evidence.push(fileEvidence(d.path, `API reference, object by object: "${d.apiDirective.text}"${more}`, d.apiDirective.line));
  });
  // A manual page describes a command's (or a library's, a file format's) interface: jq's jq.1.prebuilt.
  for (const m of (facts.documents.manPages ?? []).slice(0, 3)) evidence.push(fileEvidence(m.path, `manual page ${m.name}(${m.section}), the reference of the interface it documents`, m.line));
  const metadata = actionMetadata(facts);
  if (metadata) evidence.push(metadata);
  const product = productName(facts);
  // A monorepo's packages each describe their own interface in their README (sigstore-js's packages/client/README.md "Usage").
  const components = new Set(facts.documents.roles['component-readme'] ?? []);
  for (const hit of sectionsIn(facts, ['readme', 'docs', 'component-readme'], INTERFACE_HEADING)) {
    // Questions and answers about usage are not a description of the interface, nor a decision record's "Considered Options".
    if (NOT_INTERFACE.test(hit.heading.text) || /(^|\/)faq[^/]*$/i.test(hit.doc.path) || isDecisionRecord(hit.doc)) continue;
    // A design proposal's "CLI Specs for new subcommands" (oras's docs/proposals/) argues a change; it does not describe the released interface.
    if (PROPOSAL_DIR.test(hit.doc.path)) continue;
    // A threat model names interfaces as what an attacker reaches (lodash's threat-model.md "Stateful or Accessor-Backed Path
    // Arguments", a non-vulnerability): it does not describe them to their users.
    if (THREAT_MODEL_PATH.test(hit.doc.path)) continue;
    // A changelog's "Go API Changelog" (opentelemetry-collector's CHANGELOG-API.md) lists changes to the interface, not the interface.
    if (changelogFile(hit.doc.path)) continue;
    if (migrationGuide(hit.doc)) continue;
    // A section that hands the interface to its reference elsewhere (mapstructure's README "Usage & Example": a sentence and
    // a link to its pkg.go.dev page) describes nothing itself: the README's link to the reference is cited below.
    if (handsOverTo(facts, hit.doc, hit.heading, (l) => REFERENCE_HOST.test(l.target) || DOCS_LINK.test(l.text))) continue;
    if (FOR_CONTRIBUTORS.test(hit.doc.outline?.lead ?? '') || [hit.heading, ...ancestors(hit.doc, hit.heading)].some((h) => FOR_CONTRIBUTORS.test(h.body))) continue;
    if (!INTERFACE_HEADING.test(withoutName(hit.heading.text, product).replace(RESOURCE_USAGE, ' ').replace(API_LEVEL, ' ').replace(CHOICE_OPTIONS, ' ').replace(REFERENCE_DATA, ' '))) continue;
    if (components.has(hit.doc.path) && hit.doc.role !== 'readme') {
      if (underFolder(hit.doc.path, NOT_SPEC_DIRS) || underFolder(hit.doc.path, EXAMPLE_DIRS) || CONTRIBUTOR_HEADING.test(hit.heading.text)) continue;
    }
    // A contributor's page ("Cargo Commands" in docs/contributing/) describes the tools of development, not the released software.
    else if (hit.doc.kind === 'project' && hit.doc.role !== 'readme') continue;
    evidence.push(sectionEvidence(hit, 'describes an external interface'));
  }
  if (evidence.length === 0) {
    // A usage section of commands only (pvtr-github-repo's "Docker Usage": docker run with the config and results mounts) shows how the software is invoked.
    const commands = findSectionWhere(facts, ['readme'], (h) => USAGE_HEADING.test(h.text.replace(RESOURCE_USAGE, ' ')) && !NOT_INTERFACE.test(h.text) && h.code.length >= 40, 0);
    if (commands) evidence.push(sectionEvidence(commands, 'shows how the software is invoked (commands, no prose)'));
  }
  if (evidence.length === 0) {
    const link = referenceLink(facts);
    if (link) evidence.push(link);
  }
  if (evidence.length > 0) {
    evidence.push({ kind: 'note', detail: 'whether every external interface of the released assets is described is for a reviewer to confirm' });
    return pass(capEvidence(dedupe(evidence)));
  }
  const si = declaration(facts, 'project.documentation.design', 'design documentation');
  if (si.state === 'in-repo' || si.state === 'declared')
    return attested([si.evidence], 'Describe every external interface (API, command line, inputs and outputs, file formats) in the repository, for example a "Usage" or "API" section in the README or docs/api.md.');
  const seen: Evidence[] = [{ kind: 'note', detail: 'no description of external interfaces found: no API/Usage/CLI/Reference section in the README, docs/ or a component README, no docs/api or docs/reference document, no OpenAPI or AsyncAPI file' }];
  const remediation = 'Document every external interface of the released software (APIs, command line, inputs and outputs, data formats): a "Usage" or "API" section in the README, or docs/api.md / docs/reference.md.';
  const gated = releaseGated(facts, seen, remediation);
  const site = gated.status === 'not-applicable' ? null : documentationSite(facts);
  if (site) return attested([site], `Check that the documentation it links describes every external interface of the released software (APIs, command line, configuration, protocols), or: ${remediation}`);
  return gated;
}
