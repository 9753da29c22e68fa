// An Antora documentation site built from this tree: each component descriptor (antora.yml) names a
// component whose pages are AsciiDoc files under modules/<module>/pages/ next to it, and the
// playbook (antora-playbook.yml) gives the site's URL. Apache Log4j keeps its site in
// src/site/antora/ (antora.yml, modules/ROOT/pages/*.adoc) and publishes it at
// https://logging.apache.org/log4j/2.x, so its README's link to .../2.x/development.html is
// modules/ROOT/pages/development.adoc here.
import type { RepoSnapshot } from './snapshot.ts';
import { compareText } from '../model/order.ts';

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
  dirs.sort((a, b) => a.split('/').length - b.split('/').length || compareText(a, b));
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
  return [...found].sort((a, b) => (a === 'ROOT' ? -1 : b === 'ROOT' ? 1 : compareText(a, b)));
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

/** Attributes read from a component descriptor or the playbook. */
const MAX_ATTRIBUTES = 300;
const ASCIIDOC_KEY = /^asciidoc:[ \t]*$/;
const ATTRIBUTES_KEY = /^[ \t]{1,8}attributes:[ \t]*$/;
/** `    name: "value"` (or 'value', or bare): a block scalar (`|`, `>`), `false` or `~` (unset) is left out. */
const ATTRIBUTE = /^[ \t]{2,16}([\w-]{1,100}):[ \t]+(?:"([^"]{1,500})"|'([^']{1,500})'|([^\s"'|>#][^#]{0,499}))/;

const componentCache = new WeakMap<RepoSnapshot, AntoraComponent[]>();
const attributeCache = new WeakMap<RepoSnapshot, Map<string, ReadonlyMap<string, string>>>();

/**
 * The AsciiDoc attributes an Antora page is built with: the playbook's `asciidoc.attributes`, then
 * those of the antora.yml of the component the page is in; empty for a file outside the site.
 */
export function antoraAttributesFor(snap: RepoSnapshot, path: string): ReadonlyMap<string, string> {
  let components = componentCache.get(snap);
  if (!components) componentCache.set(snap, (components = antoraComponents(snap)));
  const component = components.find((c) => path.startsWith(c.dir === '' ? 'modules/' : `${c.dir}/modules/`));
  if (!component) return new Map();
  let byDir = attributeCache.get(snap);
  if (!byDir) attributeCache.set(snap, (byDir = new Map()));
  let attrs = byDir.get(component.dir);
  if (!attrs) {
    const merged = new Map<string, string>();
    const playbook = PLAYBOOKS.find((p) => snap.get(p)?.kind === 'file');
    if (playbook) readAttributes(snap, playbook, merged);
    readAttributes(snap, component.dir === '' ? 'antora.yml' : `${component.dir}/antora.yml`, merged);
    byDir.set(component.dir, (attrs = merged));
  }
  return attrs;
}

/** The `asciidoc: attributes:` entries of a small YAML file, into `into`. */
function readAttributes(snap: RepoSnapshot, path: string, into: Map<string, string>): void {
  const r = snap.read(path);
  if (!r.ok) return;
  let state: 'out' | 'asciidoc' | 'attributes' = 'out';
  let n = 0;
  for (const line of r.text.split('\n')) {
    if (++n > MAX_CONFIG_LINES || into.size >= MAX_ATTRIBUTES) break;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (/^\S/.test(line)) state = ASCIIDOC_KEY.test(line) ? 'asciidoc' : 'out';
    else if (state !== 'out' && ATTRIBUTES_KEY.test(line)) state = 'attributes';
    else if (state === 'attributes') {
      const m = ATTRIBUTE.exec(line);
      const value = m ? (m[2] ?? m[3] ?? m[4] ?? '').trim().replace(/@$/, '') : '';
      if (m && value !== '' && value !== 'false' && value !== '~') into.set(m[1], value);
    }
  }
}
