// Encrypted channels (OSPS-BR-03.01 / 03.02). Channels are the URLs the project lists: Security
// Insights fields that name project channels, README links of the project's own whose text names
// the website, documentation or downloads, and README badges (or links) that lead to a package registry (the
// project's page there), and a link to the repository's own releases page whatever its text. A source or configuration file
// shown on GitHub (a workflow's `blob/` page) is cited for what it says, never a channel. Any `http://`, `ftp://` or `git://`
// channel fails on its line (loopback addresses are ignored).
import { type DocumentInfo, documentsOf } from '../../facts/documents.ts';
import type { Heading } from '../../facts/markdown.ts';
import type { Facts } from '../../facts/types.ts';
import { REGISTRY_CONFIG_FILES } from '../../facts/dependencies.ts';
import type { DetectorHit, ValueFact } from '../../facts/workflows/types.ts';
import type { Evidence } from '../../model/evidence.ts';
import { fail, type Outcome, pass } from '../types.ts';
import { capEvidence, fileEvidence, linkShown } from './evidence.ts';
import { insightsEvidence, insightsField } from './insights.ts';
import { ancestors, headingAt } from './sections.ts';
import { inTestWorkflow } from './workflows.ts';

export interface Channel {
  uri: string;
  evidence: Evidence;
}

export function siStringChannel(facts: Facts, field: string): Channel | null {
  const f = insightsField(facts, field);
  if (!f || typeof f.value !== 'string' || f.value.trim() === '') return null;
  return { uri: f.value.trim(), evidence: insightsEvidence(facts, field, `${field}: ${f.value.trim()}`) };
}

export function siListChannels(facts: Facts, list: string, key: string): Channel[] {
  const f = insightsField(facts, list);
  if (!f || !Array.isArray(f.value)) return [];
  const out: Channel[] = [];
  f.value.forEach((_, i) => {
    const c = siStringChannel(facts, `${list}[${i}].${key}`);
    if (c) out.push(c);
  });
  return out;
}

/** Package registries: a project's page there is where its releases are published and downloaded. */
const REGISTRY_HOSTS = new Set([
  'pypi.org', 'npmjs.com', 'npmjs.org', 'crates.io', 'rubygems.org', 'packagist.org', 'nuget.org', 'central.sonatype.com', 'search.maven.org',
  'hub.docker.com', 'quay.io', 'artifacthub.io', 'anaconda.org', 'pkg.go.dev', 'hex.pm', 'pub.dev', 'cocoapods.org', 'metacpan.org',
  'cran.r-project.org', 'juliahub.com', 'open-vsx.org', 'marketplace.visualstudio.com', 'plugins.gradle.org', 'hackage.haskell.org', 'stackage.org',
]);

/** True when a URL is a page on a package registry. */
function registryPage(uri: string): boolean {
  const host = /^[a-z][a-z0-9+.-]{0,20}:\/\/([^/?#:@\s]{1,253})/i.exec(uri)?.[1]?.toLowerCase();
  return host !== undefined && REGISTRY_HOSTS.has(host.startsWith('www.') ? host.slice(4) : host);
}

/** "Go to" is filler ("Go to the download page"); a bare "Go" names the language (openfga's "[Go downloads](https://go.dev/dl/)"). */
const GO_TO = /\bgo to\b/gi;

/** Words a link's text may hold besides the channel's own words, the project's name and version numbers, and still be a bare label ("the latest release", "Installation guide"). */
const LABEL_WORDS = new Set(
  'a an the our its this here now latest current stable official full online project page pages site guide guides instructions instruction notes user users reference api more information info details how to for of and from on in at with via see visit read get'.split(' '),
);

/**
 * Where a URL is on GitHub: the owner (of github.com/owner/..., or of an <owner>.github.io site) and
 * the repository (of github.com/owner/repo/..., or of a project site's <owner>.github.io/repo/...; null for an owner's
 * page or the owner's own site), lower-cased; null for other hosts. node-glob's README links
 * isaacs.github.io/path-scurry, another project's documentation on its owner's site.
 */
function githubPlace(uri: string): { owner: string; repo: string | null } | null {
  const m = /^https?:\/\/(?:www\.)?([^/?#:@\s]{1,253})(?:\/([^/?#\s]{1,100}))?(?:\/([^/?#\s]{1,100}))?/i.exec(uri);
  if (!m) return null;
  const host = m[1].toLowerCase();
  if (host === 'github.com') return { owner: m[2]?.toLowerCase() ?? '', repo: m[3] ? m[3].toLowerCase().replace(/\.git$/, '') : null };
  return host.endsWith('.github.io') ? { owner: host.slice(0, -'.github.io'.length), repo: m[2] ? m[2].toLowerCase() : null } : null;
}

/** A sponsor's advertisement says so in its query (axios's "utm_medium=paid_sponsorship"): the sponsor's site, not the project's. */
function sponsorLink(uri: string): boolean {
  const q = uri.indexOf('?');
  return q >= 0 && uri.slice(q).toLowerCase().includes('sponsor');
}

/** Whether a URL's host or path (not its query: a sponsor's link carries utm_campaign=axios-http) holds a word of the project's. */
function sitePathNames(uri: string, project: ReadonlySet<string>): boolean {
  let where: string;
  try {
    const u = new URL(uri);
    where = `${u.hostname}${u.pathname}`.toLowerCase();
  } catch {
    return false;
  }
  return [...project].some((w) => w.length >= 3 && where.includes(w));
}

/**
 * One issue, pull request, discussion, commit or comparison on GitHub: a work item the README cites (bat's "due to [a name
 * clash with another package](https://github.com/sharkdp/bat/issues/982)"), not where releases or documentation are served.
 */
const WORK_ITEM = /^https?:\/\/(?:www\.)?github\.com\/[^/?#\s]+\/[^/?#\s]+\/(?:(?:issues|pull|discussions)\/\d|commit\/[0-9a-f]{7}|compare\/)/i;

/**
 * Whether a README link is a channel of the project itself, not a third party's page: a GitHub
 * link into this repository or to its owner's page or site (any other owner's is someone else's;
 * another repository of the owner counts under a bare label), or, elsewhere, a link
 * whose text is a bare label, nothing but the channel's words, the project's name and filler
 * ("Download", "the latest release", "Installation guide"). "install Cosign" is not: it names
 * someone else's tool, on someone else's site.
 */
function ownChannel(facts: Facts, text: string, target: string, words: RegExp): boolean {
  if (WORK_ITEM.test(target)) return false;
  const place = githubPlace(target);
  const [own, name] = (facts.context.repository ?? '').toLowerCase().split('/');
  if (place !== null && own) {
    if (place.owner !== own) return false;
    // Another repository of the same owner (ossf/allstar's "OpenSSF Scorecard documentation" in
    // ossf/scorecard) is another project's page unless a bare label names it as this one's.
    if (place.repo === null || place.repo === name) return true;
  }
  const project = new Set([own, name, ...(name ?? '').split(/[-_.]/)].filter(Boolean));
  // A bare label speaks for the project only on a site that names it or its owner: axios's sponsor
  // table labels Stytch's and Descope's own sites "Website" and "Documentation".
  if (place === null && own && !sitePathNames(target, project)) return false;
  return text
    .toLowerCase()
    .replace(GO_TO, ' ')
    .replace(words, ' ')
    .split(/[^a-z0-9]+/)
    .every((w) => w === '' || LABEL_WORDS.has(w) || project.has(w) || /^v?\d+$/.test(w));
}

/**
 * The README's words just before a link say the releases are there: okhttp's "The latest release
 * is available on [Maven Central](...)", spire's "Pre-built releases of SPIRE can be found at
 * <https://github.com/spiffe/spire/releases>".
 */
const RELEASES_AT = /\breleases?\b[^.]{0,60}\b(?:available|found|published|hosted|distributed)\b[^.]{0,20}$/i;
/** "Documentation for ... all releases can be found on our website" (strimzi's) is where the documentation is. */
const ABOUT_RELEASES = /\b(?:documentation|docs|notes|changelogs?|announcements?|blog)\b/i;

function releasesAt(before: string): boolean {
  return RELEASES_AT.test(before) && !ABOUT_RELEASES.test(before.slice(before.lastIndexOf('.') + 1));
}

/**
 * A CI status badge's page (fastify's "Web site" badge is the status of its website.yml workflow): the badge names
 * the workflow, not a channel.
 */
const CI_STATUS_PAGE = /^https?:\/\/(?:github\.com\/[^/]+\/[^/]+\/actions(?:[/?#]|$)|(?:app\.)?travis-ci\.(?:org|com)\/|(?:app\.)?circleci\.com\/|ci\.appveyor\.com\/)/i;

/**
 * A README section on packages others make ("Third-party packages", "Unofficial builds", "Community packages"): pip-audit's
 * lists conda-forge's badges and says "Third-party packages are **not** directly supported by this project". Its badges,
 * links and install commands are not the project's channels.
 */
const OTHERS_PACKAGES = /\b(?:third[- ]party|unofficial|community[- ](?:maintained|supported|packages?|builds?|distributions?)|not officially (?:supported|maintained))\b/i;

function othersPackages(doc: DocumentInfo, h: Heading | undefined): boolean {
  return h !== undefined && [h, ...ancestors(doc, h)].some((x) => OTHERS_PACKAGES.test(x.text));
}

/**
 * A registry page of the project's own package, which a plain README link may name as a badge does (go-retryablehttp's "For
 * more usage and examples see the [pkg.go.dev](https://pkg.go.dev/github.com/hashicorp/go-retryablehttp)"): a Go package
 * page whose module path is this repository, or a page whose last path segment is the repository's name (ownPackage); a
 * link to a dependency's page names another package.
 */
function ownRegistryPage(facts: Facts, uri: string): boolean {
  const repository = (facts.github.repository || facts.context.repository)?.toLowerCase();
  const m = /^https?:\/\/(?:www\.)?([^/?#:@\s]{1,253})(\/[^?#\s]{0,300})?/i.exec(uri);
  if (!repository || !m) return false;
  const path = (m[2] ?? '').toLowerCase();
  if (m[1].toLowerCase() === 'pkg.go.dev') {
    const own = `/github.com/${repository}`;
    return path.startsWith(own) && /^(?:$|[/@])/.test(path.slice(own.length));
  }
  const last = path.split('/').filter((x) => x !== '').pop();
  return last !== undefined && ownPackage(last, repository.slice(repository.indexOf('/') + 1));
}

/** Extensions of source and configuration files, which a repository shows on GitHub as code, not as a page to read. */
const SOURCE_EXTENSIONS = new Set(
  'yml yaml json toml ini cfg go js mjs cjs jsx ts mts cts tsx py rs java kt kts scala rb php sh bash ps1 c h cc cpp hpp cs swift proto xml gradle mod sum lock'.split(' '),
);

/**
 * A source or configuration file of a repository shown on GitHub (`blob/main/.github/workflows/release.yml`, a `.go` file): a
 * README cites it for what it says (slsa-verifier's option table: "Supported for new [tag](…) and [release](…) triggers", two
 * workflows of its example repository), not as where the project's website, documentation or releases are served.
 */
function repositorySourceFile(uri: string): boolean {
  const path = /^https?:\/\/(?:www\.)?github\.com\/[^/?#\s]+\/[^/?#\s]+\/(?:blob|raw)\/([^?#\s]+)/i.exec(uri)?.[1];
  if (path === undefined) return false;
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 && SOURCE_EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
}

/**
 * This repository's releases page on GitHub, or one release there (`https://github.com/o/r/releases/tag/v2.7.1`): where its
 * release assets are downloaded, whatever the link's text (often the address itself, or the version).
 */
function ownReleasesPage(facts: Facts, uri: string): boolean {
  const repository = (facts.github.repository || facts.context.repository)?.toLowerCase();
  if (!repository) return false;
  const page = `https://github.com/${repository}/releases`;
  const u = uri.toLowerCase();
  return u.startsWith(page) && /^(?:$|[/?#])/.test(u.slice(page.length));
}

/**
 * Channels named by the README: links of the project's own whose text matches `textRe` (see
 * ownChannel), links the words before them introduce as where releases are, and badges that lead
 * to a registry page (a badge describes the project itself; a plain link to a registry may name a
 * dependency). A badge's text is what the badge shows:
 * "Downloads" on a badge is a download count (a link to a statistics site), not where releases are
 * downloaded from, so that word does not name a badge.
 */
export function readmeChannels(facts: Facts, textRe: RegExp): Channel[] {
  const out: Channel[] = [];
  const words = new RegExp(textRe.source, 'gi');
  for (const doc of documentsOf(facts.documents, 'readme').slice(0, 1)) {
    for (const l of doc.outline?.links ?? []) {
      if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(l.target) || othersPackages(doc, headingAt(doc, l.line))) continue;
      const text = l.image ? l.text.replace(/\bdownloads?\b/gi, ' ') : l.text;
      if (repositorySourceFile(l.target)) continue;
      const named = textRe.test(text) && l.text !== l.target && !sponsorLink(l.target) && !(l.image && CI_STATUS_PAGE.test(l.target)) && ownChannel(facts, text, l.target, words);
      const said = !l.image && !named && doc.outline !== null && releasesAt(doc.outline.proseBefore(l.line, l.column, 120));
      // The repository's releases page, for channels of releases ("Download the binary from the latest release at <its URL>").
      const releases = !l.image && !named && !said && textRe.test('releases') && ownReleasesPage(facts, l.target);
      const registry = registryPage(l.target) && (l.image || ownRegistryPage(facts, l.target));
      if (!named && !said && !releases && !registry) continue;
      if (out.some((c) => c.uri === l.target && c.evidence.line === l.line)) continue;
      const what = l.image ? 'badge' : 'link';
      const why = named ? '' : said ? ' (where the README says releases are)' : releases ? " (the repository's releases page)" : l.image ? ' (a package registry)' : " (the project's own page on a package registry)";
      out.push({ uri: l.target, evidence: fileEvidence(doc.path, `README ${what} ${linkShown(l.text, l.target)}${why}`, l.line, l.column) });
    }
  }
  return out;
}

/**
 * Install commands of a public registry's client, and the page of the package they name there: the
 * registry serves it over HTTPS. Flags may stand between the command and the name ("npm install -g x").
 * A build file's dependency declaration installs from a registry too: Maven and Gradle fetch a
 * `<groupId>`/`<artifactId>` or `"group:artifact:version"` from Maven Central unless told otherwise
 * (jackson-core's README "Maven" section, okhttp's `implementation("com.squareup.okhttp3:okhttp:5.2.0")`).
 * `name` is the package name matched against the repository's, `page` its page on the registry, `shown` what the evidence quotes
 * (the command, or a dependency's coordinates).
 */
const INSTALL_COMMANDS: {
  re: RegExp;
  registry: string;
  name: (m: RegExpExecArray) => string;
  page: (m: RegExpExecArray) => string;
  shown?: (m: RegExpExecArray) => string;
  own?: (m: RegExpExecArray, repository: string) => boolean;
}[] = [
  { re: /\b(?:npm (?:i|install|add)|yarn add|pnpm (?:add|i|install)|bun add)(?: -{1,2}[a-z][\w-]*)* (@?\w[\w.-]*(?:\/\w[\w.-]*)?)/gi, registry: 'npm', name: (m) => m[1], page: (m) => `https://www.npmjs.com/package/${m[1]}` },
  { re: /\b(?:pip3?|uv pip|pipx) install(?: -{1,2}[a-z][\w-]*)* (\w[\w.-]*)/gi, registry: 'PyPI', name: (m) => m[1], page: (m) => `https://pypi.org/project/${m[1]}/` },
  { re: /\bcargo (?:install|add)(?: -{1,2}[a-z][\w-]*)* (\w[\w-]*)/gi, registry: 'crates.io', name: (m) => m[1], page: (m) => `https://crates.io/crates/${m[1]}` },
  { re: /\bgem install(?: -{1,2}[a-z][\w-]*)* (\w[\w.-]*)/gi, registry: 'RubyGems', name: (m) => m[1], page: (m) => `https://rubygems.org/gems/${m[1]}` },
  { re: /<groupId>\s*(\w[\w.-]*)\s*<\/groupId>\s*<artifactId>\s*(\w[\w.-]*)\s*<\/artifactId>/gi, registry: 'Maven Central', name: (m) => m[2], page: (m) => `https://central.sonatype.com/artifact/${m[1]}/${m[2]}`, shown: (m) => `dependency ${m[1]}:${m[2]}` },
  { re: /\b(?:implementation|api|compile|runtimeOnly)\s*(?:\(\s*)?["'](\w[\w.-]*):(\w[\w.-]*):/g, registry: 'Maven Central', name: (m) => m[2], page: (m) => `https://central.sonatype.com/artifact/${m[1]}/${m[2]}`, shown: (m) => `dependency ${m[1]}:${m[2]}` },
  // `go get sigs.k8s.io/yaml`, `go install github.com/o/r/cmd/r@latest`: the Go module proxy serves the module (its page on pkg.go.dev).
  { re: /\bgo (?:get|install)(?: -{1,2}[a-z][\w-]*)* ([\w-]{1,63}(?:\.[\w-]{1,63}){1,5}(?:\/[\w.~-]{1,100}){1,8})/gi, registry: 'the Go module proxy', name: (m) => m[1], page: (m) => `https://pkg.go.dev/${m[1]}`, own: (m, repository) => ownGoModule(m[1], repository) },
];

/** Code hosts whose module paths name an owner first: only this repository's path there is its own. */
const CODE_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org']);

/**
 * A Go module path that is this repository's: `github.com/<owner>/<repo>` (or a package under it), or a vanity path whose
 * first segment is the repository's name (`sigs.k8s.io/yaml`, `go.uber.org/zap`); not another owner's repository of the same
 * name, nor `gopkg.in/yaml.v3` in a repository named yaml.
 */
function ownGoModule(path: string, repository: string): boolean {
  const parts = path.toLowerCase().split('/');
  const own = repository.toLowerCase().split('/');
  if (CODE_HOSTS.has(parts[0])) return parts[0] === 'github.com' && parts[1] === own[0] && parts[2] === own[1];
  return parts[1] !== undefined && ownPackage(parts[1], own[1] ?? '');
}

/** A package name that is the repository's own (npm's `@scope/name` too; PyPI's `-`, `_` and `.` alike). */
function ownPackage(name: string, repo: string): boolean {
  const norm = (x: string) => x.toLowerCase().replace(/[-_.]+/g, '-');
  const bare = name.startsWith('@') ? name.slice(name.indexOf('/') + 1) : name;
  return norm(bare) === norm(repo);
}

/**
 * Where the README tells users to install the project's own package from a public registry (undici's
 * "## Install": `npm i undici`): that registry is a distribution channel, its page the URL. Only the
 * package named after the repository counts: `npm install -g yarn` as a prerequisite is another project's.
 */
export function readmeInstallChannels(facts: Facts): Channel[] {
  const repository = facts.github.repository || facts.context.repository;
  const repo = repository?.split('/')[1];
  if (!repository || !repo) return [];
  const out: Channel[] = [];
  for (const doc of documentsOf(facts.documents, 'readme').slice(0, 1))
    for (const h of doc.outline?.headings ?? []) {
      if (!h.code || othersPackages(doc, h)) continue;
      for (const c of INSTALL_COMMANDS) {
        c.re.lastIndex = 0;
        for (let m = c.re.exec(h.code); m; m = c.re.exec(h.code)) {
          if (!(c.own ? c.own(m, repository) : ownPackage(c.name(m), repo))) continue;
          const uri = c.page(m);
          const shown = (c.shown ? c.shown(m) : m[0]).slice(0, 100);
          if (!out.some((x) => x.uri === uri)) out.push({ uri, evidence: fileEvidence(doc.path, `README section "${h.text.slice(0, 80)}" installs the project from ${c.registry} (${shown}): ${uri}`, h.line) });
        }
      }
      if (out.length >= 3) return out;
    }
  return out;
}

/**
 * Where a release tool publishes when its command names no other place: GitHub releases for `gh
 * release` and goreleaser (its default), the public registries for the package publishers. All serve
 * only HTTPS.
 */
const PUBLISHED_TO: Record<string, { name: string; url: (repository: string) => string }> = {
  'github release': { name: 'GitHub releases', url: (r) => `https://github.com/${r}/releases` },
  goreleaser: { name: 'GitHub releases (goreleaser)', url: (r) => `https://github.com/${r}/releases` },
  pypi: { name: 'PyPI', url: () => 'https://upload.pypi.org/legacy/' },
  'npm publish': { name: 'the npm registry', url: () => 'https://registry.npmjs.org/' },
  'cargo publish': { name: 'crates.io', url: () => 'https://crates.io/' },
};
/** A command line that names where it publishes: an address, or an option naming another registry or repository. */
const NAMED_TARGET = /\b(?:https?|ftp):\/\/|--(?:registry|repository(?:-url)?|index|index-url|publish-url)\b|\s-r\s/i;
const ADDRESS = /\b(?:https?|ftp):\/\/[^\s'"`)]{1,200}/i;

/**
 * Inputs of a publishing action that name where it publishes: pypa/gh-action-pypi-publish's `repository-url` (and its
 * older `repository_url`; structlog's Test PyPI job sets it to https://test.pypi.org/legacy/), JS-DevTools/npm-publish's `registry`.
 */
const TARGET_INPUTS: Record<string, readonly string[]> = { pypi: ['repository-url', 'repository_url'], 'npm publish': ['registry'] };

/** The `with:` input naming the target of the action a `uses` hit is on (a workflow step, a composite action's step, a called workflow's job), or undefined. */
function targetInput(facts: Facts, hit: DetectorHit): ValueFact | undefined {
  const names = TARGET_INPUTS[hit.tool];
  if (hit.via !== 'uses' || !names) return undefined;
  const at = (u: { line: number; column: number } | null) => u !== null && u.line === hit.line && u.column === hit.column;
  const job = facts.workflows.workflows.find((w) => w.path === hit.path)?.jobs.find((j) => j.id === hit.job);
  const steps = job ? job.steps : (facts.workflows.actions.find((a) => a.path === hit.path)?.steps ?? []);
  const inputs = job && at(job.uses) ? job.with : steps.find((st) => at(st.uses))?.with;
  if (!inputs) return undefined;
  for (const n of names) if (Object.hasOwn(inputs, n)) return inputs[n];
  return undefined;
}

/**
 * Where the release workflows publish (the releases detector's qualifying hits): a `gh release
 * create` or goreleaser step publishes GitHub releases, `npm publish` the npm registry, and so on. A
 * command that names its target is judged by the address it names (`--repository-url http://…`
 * fails); one that names it without an address (`--repository testpypi`) is left out.
 */
export function releaseWorkflowChannels(facts: Facts): Channel[] {
  const repository = facts.github.repository || facts.context.repository;
  const out: Channel[] = [];
  // A workflow's own step before a script line a step reaches (twine's `tox -e release` in a CI workflow, whose
  // tox.ini runs `twine upload`): for one channel, the step a reader finds in the release workflow is the evidence.
  // A step of a test job (structlog's release-test-pypi, to Test PyPI) comes after the release's own.
  const rank = (h: DetectorHit) => Number(h.via === 'script') * 2 + Number(inTestWorkflow(h));
  const hits = [...facts.workflows.detectors.releases.hits].sort((a, b) => rank(a) - rank(b));
  for (const hit of hits) {
    const to = PUBLISHED_TO[hit.tool];
    if (!to || !hit.qualifies || out.length >= 3) continue;
    // GitHub releases go to this repository's releases page, whatever the command's text (its notes may hold links).
    const github = hit.tool === 'github release' || hit.tool === 'goreleaser';
    if (github && !repository) continue;
    // An action's input names its target as a command's option does (`repository-url: https://test.pypi.org/legacy/`).
    const input = github ? undefined : targetInput(facts, hit);
    const named = !github && (input !== undefined || (hit.via !== 'uses' && NAMED_TARGET.test(hit.text)));
    const address = named ? ADDRESS.exec(input?.value ?? hit.text)?.[0] : undefined;
    if (named && address === undefined) continue;
    const uri = address ?? to.url(repository ?? '');
    if (out.some((c) => c.uri === uri)) continue;
    const where = address ? `to ${address}` : `to ${to.name}`;
    const pos = input ?? hit;
    out.push({ uri, evidence: fileEvidence(hit.path, `the release workflow ${hit.workflow} publishes ${where} (\`${hit.text.slice(0, 100)}\`): ${uri}`, pos.line, pos.column) });
  }
  return out;
}

/**
 * Where a package.json's own scripts publish the package (minimatch's `"postversion": "npm publish"`, run by a
 * maintainer's `npm version`): the registry the command or publishConfig names, else the public npm registry. A
 * package npm would not publish (private, nameless) is left out, and so is one beside a registry configuration file
 * (.npmrc at its folder or the root) that names a registry or could not be read; one that names none (h3's .npmrc,
 * `ignore-workspace-root-check=true`) leaves the public registry the target. The shallowest manifests are read first: the
 * root package.json speaks for the project before a copy of an old release kept for a benchmark (rimraf's
 * benchmark/old-rimraf/package.json, which sorts before it).
 */
export function manifestPublishChannels(facts: Facts): Channel[] {
  const out: Channel[] = [];
  let present: Set<string> | undefined;
  const depth = (path: string) => path.split('/').length;
  for (const m of [...facts.dependencies.manifests].sort((a, b) => depth(a.path) - depth(b.path))) {
    const script = m.npmPublish?.publishable ? m.npmPublish.publishScript : undefined;
    if (!script || out.length >= 3) continue;
    const dir = m.path.slice(0, m.path.lastIndexOf('/') + 1);
    present ??= new Set(facts.files.map((f) => f.path));
    const listed = present;
    const configs = new Map((facts.dependencies.registryConfigs ?? []).map((c) => [c.path, c.namesRegistry]));
    // A configuration file not read as one (listed, but not among the facts' registry configurations) may name one too.
    const mayName = (p: string) => listed.has(p) && configs.get(p) !== false;
    if (!script.registry && REGISTRY_CONFIG_FILES.some((f) => mayName(f) || mayName(dir + f))) continue;
    const uri = script.registry ?? 'https://registry.npmjs.org/';
    if (out.some((c) => c.uri === uri)) continue;
    const where = script.registry ? `to ${script.registry}` : 'to the npm registry';
    out.push({ uri, evidence: fileEvidence(m.path, `script "${script.name.slice(0, 60)}" publishes the package ${where} (\`${script.command.slice(0, 100)}\`): ${uri}`, script.line) });
  }
  return out;
}

type Verdict = 'encrypted' | 'plain' | 'other';

export function channelVerdict(uri: string): Verdict {
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(uri);
  if (!m) return 'other';
  const scheme = m[1].toLowerCase();
  if (scheme === 'http') {
    const host = /^http:\/\/([^/:?#]+)/i.exec(uri)?.[1]?.toLowerCase() ?? '';
    if (host === 'localhost' || host.startsWith('127.') || host === '[::1]') return 'other';
    return 'plain';
  }
  if (scheme === 'ftp' || scheme === 'git' || scheme === 'telnet') return 'plain';
  if (scheme === 'https' || scheme === 'ssh' || scheme === 'git+ssh' || scheme === 'ftps' || scheme === 'sftp') return 'encrypted';
  return 'other';
}

export function channelsOutcome(facts: Facts, channels: Channel[], noun: string, remediation: string): Outcome | null {
  const plain = channels.filter((c) => channelVerdict(c.uri) === 'plain');
  if (plain.length > 0)
    return fail(capEvidence(plain.map((c) => ({ ...c.evidence, detail: `unencrypted ${noun}: ${c.evidence.detail}` }))), remediation);
  const encrypted = channels.filter((c) => channelVerdict(c.uri) === 'encrypted');
  if (encrypted.length > 0) return pass(capEvidence(encrypted.map((c) => c.evidence)));
  return null;
}
