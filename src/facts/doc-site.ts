// The project's documentation site, when it is built from a folder of this repository (MkDocs:
// mkdocs.yml, on its own host or on Read the Docs). A CONTRIBUTING.md that says "Please refer to
// [the Contribution Guide](https://argo-cd.readthedocs.io/en/latest/developer-guide/code-contributions/)"
// hands over a page whose source is docs/developer-guide/code-contributions.md in this tree: the
// project's words, here, and not a page kept elsewhere. An Antora site (antora.ts) maps the same
// way, its pages being AsciiDoc files of its components' modules.
import { parseWebUrl } from '../model/web-url.ts';
import { type AntoraComponent, antoraSiteUrl } from './antora.ts';
import type { RepoSnapshot } from './snapshot.ts';

export interface DocSite {
  /** The site's host (trivy.dev), or null when only Read the Docs names it (`slugs`). */
  host: string | null;
  /** The path the site lives under on its host ('' or 'okhttp/'), without a leading slash. */
  prefix: string;
  /** Read the Docs project names that are this repository's (its name, its owner's), lower case. */
  slugs: string[];
  /** The folder the pages are built from, without a trailing slash (docs); for Antora, unused ('' ). */
  dir: string;
  /** An Antora site: its components, whose modules' pages the URLs lead to (instead of `dir`). */
  antora?: AntoraComponent[];
  /** A Hugo or Zola site: a section's page is its folder's _index.md. */
  sections?: true;
}

const CONFIGS = ['mkdocs.yml', 'mkdocs.yaml'];
const READTHEDOCS_CONFIGS = ['.readthedocs.yaml', '.readthedocs.yml', 'readthedocs.yaml', 'readthedocs.yml'];
/** Lines of mkdocs.yml read for its two keys: they stand near the top. */
const MAX_CONFIG_LINES = 2_000;
const SITE_URL = /^site_url:[ \t]*['"]?(https?:\/\/[^\s'"#]{1,300})/;
const DOCS_DIR = /^docs_dir:[ \t]*['"]?([\w./-]{1,200})/;
/** A language and a version before a page's path on a versioned site: en/latest/, latest/, v0.50/, 2.x/. */
const LANGUAGE = /^[a-z]{2}(?:[-_][a-z]{2,4})?$/i;
const DOCS_SEGMENT = /^(?:docs?|documentation)$/i;
const VERSION = /^(?:latest|stable|dev|devel|main|master|next|nightly|v?\d+(?:\.(?:\d+|x))*)$/i;

/**
 * The documentation site of this repository, from its MkDocs configuration, else from an Antora
 * playbook's site URL with the tree's Antora components; null without either.
 */
export function readDocSite(snap: RepoSnapshot, repository: string | null, antora: readonly AntoraComponent[] = []): DocSite | null {
  const config = CONFIGS.find((p) => snap.get(p)?.kind === 'file');
  if (!config) return antora.length > 0 ? antoraSite(snap, antora) : staticSite(snap);
  const r = snap.read(config);
  if (!r.ok) return null;
  let url: string | null = null;
  let dir = 'docs';
  let lines = 0;
  for (const line of r.text.split('\n')) {
    if (++lines > MAX_CONFIG_LINES) break;
    url ??= SITE_URL.exec(line)?.[1] ?? null;
    const d = DOCS_DIR.exec(line)?.[1];
    if (d) dir = d;
  }
  dir = trimSlashes(dir.replace(/^\.\//, ''));
  if (dir === '' || dir.split('/').some((s) => s === '..' || s === '.')) return null;
  const { host, prefix } = hostAndPrefix(url);
  // On Read the Docs the site's name is its project's, not in the configuration (argo-cd's site_url
  // is `!ENV READTHEDOCS_CANONICAL_URL`): this repository's name or its owner's.
  const onReadTheDocs = READTHEDOCS_CONFIGS.some((p) => snap.get(p)?.kind === 'file');
  const slugs = onReadTheDocs && repository ? [...new Set(repository.toLowerCase().split('/').reverse())] : [];
  if (host === null && slugs.length === 0) return null;
  return { host, prefix, slugs, dir };
}

/** An Antora site: the playbook's URL is where its pages are published; without one no URL is known to be the site's. */
function antoraSite(snap: RepoSnapshot, antora: readonly AntoraComponent[]): DocSite | null {
  const { host, prefix } = hostAndPrefix(antoraSiteUrl(snap));
  return host === null ? null : { host, prefix, slugs: [], dir: '', antora: [...antora] };
}

/** A Hugo or Zola site's base URL (Hugo's baseURL, Zola's base_url) and Hugo's contentDir, as top-level keys of YAML, TOML or JSON. */
const BASE_URL = /^(?:"base_?url"|base_?url)[ \t]*[:=][ \t]*['"]?(https?:\/\/[^\s'"#,]{1,300})/i;
const CONTENT_DIR = /^(?:"contentdir"|contentdir)[ \t]*[:=][ \t]*['"]?([\w./-]{1,200})/i;

/**
 * A Hugo or Zola site kept at the root or in a root folder (contour's site/config.yaml with `baseURL:
 * "https://projectcontour.io/"`, its pages in site/content/): a link to a page of that host is the page's source
 * here (https://projectcontour.io/resources/security-process -> site/content/resources/security-process.md). Only a
 * configuration that names the site's URL, beside a content folder that holds files, makes one.
 */
function staticSite(snap: RepoSnapshot): DocSite | null {
  for (const f of snap.files) {
    if (f.kind !== 'file') continue;
    const slash = f.path.indexOf('/');
    if (slash !== f.path.lastIndexOf('/') || !SITE_CONFIG.test(slash < 0 ? f.path : f.path.slice(slash + 1))) continue;
    const r = snap.read(f.path);
    if (!r.ok) continue;
    let url: string | null = null;
    let content = 'content';
    let lines = 0;
    for (const raw of r.text.split('\n')) {
      if (++lines > MAX_CONFIG_LINES) break;
      // A TOML table's keys are not the site's (Hugo's [params] base_url); JSON's top-level keys are indented.
      if (raw.startsWith('[')) break;
      const line = f.path.endsWith('.json') ? raw.trimStart() : raw;
      url ??= BASE_URL.exec(line)?.[1] ?? null;
      const d = CONTENT_DIR.exec(line)?.[1];
      if (d) content = d;
    }
    content = trimSlashes(content.replace(/^\.\//, ''));
    if (url === null || content === '' || content.split('/').some((s) => s === '..' || s === '.')) continue;
    const dir = slash < 0 ? content : `${f.path.slice(0, slash)}/${content}`;
    if (!snap.files.some((g) => g.kind === 'file' && g.path.startsWith(`${dir}/`))) continue;
    const { host, prefix } = hostAndPrefix(url);
    if (host !== null) return { host, prefix, slugs: [], dir, sections: true };
  }
  return null;
}

/** A site URL's host and the path it lives under ('' or 'log4j/2.x/'). */
function hostAndPrefix(url: string | null): { host: string | null; prefix: string } {
  if (!url) return { host: null, prefix: '' };
  try {
    const u = new URL(url);
    const p = trimSlashes(u.pathname);
    return { host: u.hostname.toLowerCase(), prefix: p === '' ? '' : `${p}/` };
  } catch {
    return { host: null, prefix: '' };
  }
}

/** The repository paths a URL of the site may be built from, most likely first; null when the URL is not the site's. */
export function sitePathCandidates(site: DocSite, url: string): string[] | null {
  const u = parseWebUrl(url);
  if (u === null) return null;
  const host = u.hostname.toLowerCase();
  let path = decodePath(u.pathname);
  if (path === null) return null;
  if (site.host !== null && host === site.host) {
    if (!path.startsWith(site.prefix)) return null;
    path = path.slice(site.prefix.length);
  } else if (!(host.endsWith('.readthedocs.io') && site.slugs.includes(host.slice(0, -'.readthedocs.io'.length)))) return null;
  const segments = path.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  if (site.antora) return antoraCandidates(site.antora, segments);
  // Read the Docs puts a language and a version first (en/latest/); a versioned MkDocs site (mike)
  // a version, sometimes under docs/ (trivy.dev/docs/latest/…): the page's path starts after them.
  const starts = [0];
  for (let i = 0; i < segments.length - 1 && i < 3 && (LANGUAGE.test(segments[i]) || VERSION.test(segments[i]) || DOCS_SEGMENT.test(segments[i])); i++) starts.unshift(i + 1);
  const out: string[] = [];
  for (const s of starts) {
    const page = segments.slice(s).join('/').replace(/\.html?$/i, '').replace(/\/index$/i, '');
    const base = page === '' ? site.dir : `${site.dir}/${page}`;
    out.push(...(page === '' ? [] : [`${base}.md`]), `${base}/index.md`, ...(site.sections ? [`${base}/_index.md`] : []), `${base}/README.md`);
  }
  return out;
}

/**
 * The page sources an Antora URL may be built from. Its path is [component/][version/][module/]page.html,
 * where the ROOT component and module and an unversioned component have no segment of their own.
 */
function antoraCandidates(components: readonly AntoraComponent[], segments: string[]): string[] {
  const out: string[] = [];
  for (const c of components) {
    const starts = [0];
    let i = 0;
    if (c.name !== null && c.name !== 'ROOT' && segments.length > 1 && segments[0] === c.name) starts.unshift((i = 1));
    if (i < segments.length - 1 && VERSION.test(segments[i])) starts.unshift(i + 1);
    for (const s of starts) {
      let rest = segments.slice(s);
      let module = c.modules.includes('ROOT') ? 'ROOT' : c.modules[0];
      if (rest.length > 1 && c.modules.includes(rest[0])) {
        module = rest[0];
        rest = rest.slice(1);
      }
      const page = rest.join('/').replace(/\.html?$/i, '');
      const base = `${c.dir === '' ? '' : `${c.dir}/`}modules/${module}/pages`;
      if (page === '' || page === 'index') out.push(`${base}/index.adoc`);
      else out.push(`${base}/${page}.adoc`, `${base}/${page}/index.adoc`);
    }
  }
  return out;
}

/** The folders of a Maven site (src/site/site.xml) whose pages are outlined: its Markdown and AsciiDoc sources. */
export function mavenSiteDirs(snap: RepoSnapshot): string[] {
  if (snap.get('src/site/site.xml')?.kind !== 'file') return [];
  return ['src/site/markdown', 'src/site/asciidoc'];
}

/** A static site generator's configuration: Hugo's hugo.toml (or its older config.toml), Zola's config.toml. */
const SITE_CONFIG = /^(?:hugo|config)\.(?:toml|ya?ml|json)$/;

/**
 * The content/ folders of Hugo or Zola sites kept at the root or in a root folder (goreleaser's www/hugo.yaml and
 * www/content/, rustls's website/config.toml): the pages of the project's documentation site, read as docs/ is.
 */
export function staticSiteContentDirs(snap: RepoSnapshot): string[] {
  const out: string[] = [];
  for (const f of snap.files) {
    if (f.kind !== 'file') continue;
    const slash = f.path.indexOf('/');
    if (slash !== f.path.lastIndexOf('/') || !SITE_CONFIG.test(slash < 0 ? f.path : f.path.slice(slash + 1))) continue;
    const dir = slash < 0 ? 'content' : `${f.path.slice(0, slash)}/content`;
    if (!out.includes(dir)) out.push(dir);
  }
  return out;
}

/** A path without its leading and trailing slashes (a loop: a pattern for this could backtrack). */
function trimSlashes(p: string): string {
  let a = 0;
  let b = p.length;
  while (a < b && p[a] === '/') a++;
  while (b > a && p[b - 1] === '/') b--;
  return p.slice(a, b);
}

function decodePath(p: string): string | null {
  try {
    return decodeURIComponent(p).replace(/^\/+/, '');
  } catch {
    return null;
  }
}
