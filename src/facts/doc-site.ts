// The project's documentation site, when it is built from a folder of this repository (MkDocs:
// mkdocs.yml, on its own host or on Read the Docs). A CONTRIBUTING.md that says "Please refer to
// [the Contribution Guide](https://argo-cd.readthedocs.io/en/latest/developer-guide/code-contributions/)"
// hands over a page whose source is docs/developer-guide/code-contributions.md in this tree: the
// project's words, here, and not a page kept elsewhere.
import { parseWebUrl } from '../model/web-url.ts';
import type { RepoSnapshot } from './snapshot.ts';

export interface DocSite {
  /** The site's host (trivy.dev), or null when only Read the Docs names it (`slugs`). */
  host: string | null;
  /** The path the site lives under on its host ('' or 'okhttp/'), without a leading slash. */
  prefix: string;
  /** Read the Docs project names that are this repository's (its name, its owner's), lower case. */
  slugs: string[];
  /** The folder the pages are built from, without a trailing slash (docs). */
  dir: string;
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

/** The documentation site of this repository, from its MkDocs configuration; null without one. */
export function readDocSite(snap: RepoSnapshot, repository: string | null): DocSite | null {
  const config = CONFIGS.find((p) => snap.get(p)?.kind === 'file');
  if (!config) return null;
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
  let host: string | null = null;
  let prefix = '';
  if (url) {
    try {
      const u = new URL(url);
      host = u.hostname.toLowerCase();
      const p = trimSlashes(u.pathname);
      prefix = p === '' ? '' : `${p}/`;
    } catch {
      host = null;
    }
  }
  // On Read the Docs the site's name is its project's, not in the configuration (argo-cd's site_url
  // is `!ENV READTHEDOCS_CANONICAL_URL`): this repository's name or its owner's.
  const onReadTheDocs = READTHEDOCS_CONFIGS.some((p) => snap.get(p)?.kind === 'file');
  const slugs = onReadTheDocs && repository ? [...new Set(repository.toLowerCase().split('/').reverse())] : [];
  if (host === null && slugs.length === 0) return null;
  return { host, prefix, slugs, dir };
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
  // Read the Docs puts a language and a version first (en/latest/); a versioned MkDocs site (mike)
  // a version, sometimes under docs/ (trivy.dev/docs/latest/…): the page's path starts after them.
  const starts = [0];
  for (let i = 0; i < segments.length - 1 && i < 3 && (LANGUAGE.test(segments[i]) || VERSION.test(segments[i]) || DOCS_SEGMENT.test(segments[i])); i++) starts.unshift(i + 1);
  const out: string[] = [];
  for (const s of starts) {
    const page = segments.slice(s).join('/').replace(/\.html?$/i, '').replace(/\/index$/i, '');
    const base = page === '' ? site.dir : `${site.dir}/${page}`;
    out.push(...(page === '' ? [] : [`${base}.md`]), `${base}/index.md`, `${base}/README.md`);
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
