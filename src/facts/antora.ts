// An Antora documentation site built from this tree: each component descriptor (antora.yml) names a
// component whose pages are AsciiDoc files under modules/<module>/pages/ next to it, and the
// playbook (antora-playbook.yml) gives the site's URL. Apache Log4j keeps its site in
// src/site/antora/ (antora.yml, modules/ROOT/pages/*.adoc) and publishes it at
// https://logging.apache.org/log4j/2.x, so its README's link to .../2.x/development.html is
// modules/ROOT/pages/development.adoc here.
import type { RepoSnapshot } from './snapshot.ts';

export interface AntoraComponent {
  /** The folder holding antora.yml, without a trailing slash ('' at the root). */
  dir: string;
  /** The component's name from antora.yml; ROOT's pages have no name segment in their URLs. */
  name: string | null;
  /** The modules that have pages (ROOT first), each modules/<name>/pages/ under `dir`. */
  modules: string[];
}

/** Components read, shallowest first: a site has one or a few; more are copies (test fixtures, examples). */
const MAX_COMPONENTS = 3;
/** Lines of antora.yml or the playbook read for their keys. */
const MAX_CONFIG_LINES = 500;
/** Folders whose antora.yml is not this project's site: vendored code, fixtures, examples, build output. */
const NOT_OWN = /(?:^|\/)(?:node_modules|vendor|third[-_]?party|tests?|testdata|fixtures?|__tests__|examples?|target|build|dist)\//i;
const PLAYBOOKS = ['antora-playbook.yml', 'antora-playbook.yaml', 'docs/antora-playbook.yml', 'docs/antora-playbook.yaml'];
const NAME = /^name:[ \t]*['"]?([\w.-]{1,100})/;
const SITE_KEY = /^site:[ \t]*$/;
const URL_KEY = /^[ \t]+url:[ \t]*['"]?(https?:\/\/[^\s'"#]{1,300})/;

/** The folder of each component descriptor of the tree (its modules' pages included), at most MAX_COMPONENTS. */
export function antoraComponents(snap: RepoSnapshot): AntoraComponent[] {
  const dirs: string[] = [];
  for (const f of snap.files) {
    if (f.kind !== 'file' || !(f.path === 'antora.yml' || f.path.endsWith('/antora.yml')) || NOT_OWN.test(f.path)) continue;
    dirs.push(f.path.slice(0, Math.max(0, f.path.length - '/antora.yml'.length)));
  }
  dirs.sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  const out: AntoraComponent[] = [];
  for (const dir of dirs.slice(0, MAX_COMPONENTS)) {
    const modules = modulesWithPages(snap, dir);
    if (modules.length === 0) continue;
    out.push({ dir, name: firstMatch(snap, dir === '' ? 'antora.yml' : `${dir}/antora.yml`, NAME), modules });
  }
  return out;
}

/** The site's URL from the playbook's `site.url`, or null. */
export function antoraSiteUrl(snap: RepoSnapshot): string | null {
  const playbook = PLAYBOOKS.find((p) => snap.get(p)?.kind === 'file');
  if (!playbook) return null;
  const r = snap.read(playbook);
  if (!r.ok) return null;
  let inSite = false;
  let n = 0;
  for (const line of r.text.split('\n')) {
    if (++n > MAX_CONFIG_LINES) break;
    if (SITE_KEY.test(line)) inSite = true;
    else if (/^\S/.test(line) && !line.startsWith('#')) inSite = false;
    else if (inSite) {
      const url = URL_KEY.exec(line)?.[1];
      if (url) return url;
    }
  }
  return null;
}

/** The modules under a component folder that have pages: modules/<name>/pages/. */
function modulesWithPages(snap: RepoSnapshot, dir: string): string[] {
  const prefix = dir === '' ? 'modules/' : `${dir}/modules/`;
  const found = new Set<string>();
  for (const f of snap.files) {
    if (f.kind !== 'file' || !f.path.startsWith(prefix)) continue;
    const rest = f.path.slice(prefix.length);
    const slash = rest.indexOf('/');
    if (slash > 0 && rest.startsWith('pages/', slash + 1)) found.add(rest.slice(0, slash));
  }
  return [...found].sort((a, b) => (a === 'ROOT' ? -1 : b === 'ROOT' ? 1 : a.localeCompare(b)));
}

/** The first capture of `re` on a line of a small configuration file, or null. */
function firstMatch(snap: RepoSnapshot, path: string, re: RegExp): string | null {
  const r = snap.read(path);
  if (!r.ok) return null;
  let n = 0;
  for (const line of r.text.split('\n')) {
    if (++n > MAX_CONFIG_LINES) break;
    const m = re.exec(line);
    if (m) return m[1];
  }
  return null;
}

/** The folders of this tree an Antora component's pages are in. */
export function antoraPageDirs(components: readonly AntoraComponent[]): string[] {
  return components.flatMap((c) => c.modules.map((m) => `${c.dir === '' ? '' : `${c.dir}/`}modules/${m}/pages`));
}
