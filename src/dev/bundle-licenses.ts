// Which third-party packages the bundles contain, and dist/licenses.txt listing each with its
// name, version, declared license and license text. The list comes from webpack's own record of
// the modules it bundled (ncc --stats-out), not from ncc's --license output, which leaves out
// packages whose license file it does not recognise (@actions/core's LICENSE.md, for one) and
// names no versions. Sorted by name and version, so the file is the same on every machine.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BundledPackage {
  name: string;
  version: string;
  /** The SPDX expression from package.json (`license`, or the legacy `licenses` list). */
  license: string;
  /** License, copying and notice files of the package, with their text. */
  files: { name: string; text: string }[];
}

/** The parts of webpack's stats that say which files were bundled. */
interface StatsModule {
  nameForCondition?: string | null;
  identifier?: string;
  chunks?: unknown[];
  modules?: StatsModule[];
}

const SEP = '/node_modules/';

/** The package folder a bundled file belongs to: the part up to the last node_modules/<name>. */
export function packageDirOf(resource: string): string | null {
  const path = resource.replace(/\\/g, '/');
  const at = path.lastIndexOf(SEP);
  if (at < 0) return null;
  const rest = path.slice(at + SEP.length).split('/');
  const depth = rest[0].startsWith('@') ? 2 : 1;
  if (rest.length <= depth) return null;
  return path.slice(0, at + SEP.length) + rest.slice(0, depth).join('/');
}

/** The resource (file path) of a stats module: nameForCondition, else the identifier after its loaders. */
function resourceOf(m: StatsModule): string | null {
  if (m.nameForCondition) return m.nameForCondition;
  if (!m.identifier) return null;
  const last = m.identifier.slice(m.identifier.lastIndexOf('!') + 1);
  const bar = last.indexOf('|');
  return bar >= 0 ? last.slice(0, bar) : last;
}

const NOT_FOUND = /\/@vercel\/ncc\/dist\/ncc\/@@notfound\.js(\?|$)/;

/** Package folders of every module webpack put in a chunk, including modules concatenated into others. */
export function packageDirsFromStats(stats: { modules?: StatsModule[] }): string[] {
  const dirs = new Set<string>();
  const visit = (m: StatsModule) => {
    const r = resourceOf(m);
    // ncc's stand-in for an optional module that is not installed (`@@notfound.js?kerberos`): it
    // throws "not found" at run time and is ncc's own code, not a bundled package.
    const dir = r && !NOT_FOUND.test(r.replace(/\\/g, '/')) ? packageDirOf(r) : null;
    if (dir) dirs.add(dir);
    for (const inner of m.modules ?? []) visit(inner);
  };
  for (const m of stats.modules ?? []) if (!Array.isArray(m.chunks) || m.chunks.length > 0) visit(m);
  return [...dirs].sort();
}

const LICENSE_FILE = /^(licen[cs]e|copying|notice)([.\-_].*)?$/i;

function declaredLicense(pkg: Record<string, unknown>): string | null {
  if (typeof pkg.license === 'string' && pkg.license.trim()) return pkg.license.trim();
  if (pkg.license && typeof pkg.license === 'object' && typeof (pkg.license as { type?: unknown }).type === 'string') return (pkg.license as { type: string }).type;
  if (Array.isArray(pkg.licenses)) {
    const types = pkg.licenses.map((l) => (l && typeof l === 'object' ? (l as { type?: unknown }).type : l)).filter((t): t is string => typeof t === 'string' && t.trim() !== '');
    if (types.length > 0) return types.length === 1 ? types[0] : `(${types.join(' OR ')})`;
  }
  return null;
}

/**
 * Packages whose published tarball declares no license although their source repository does.
 * Each entry says where the license was read, and carries its text for dist/licenses.txt.
 */
const UPSTREAM_LICENSES: Record<string, { license: string; source: string; text: string }> = {
  // A dependency of @actions/artifact (unzip-stream -> binary -> buffers); the LICENSE file was
  // added to github.com/substack/node-buffers after 0.1.1, the only version ever published.
  'buffers@0.1.1': {
    license: 'MIT',
    source: 'https://github.com/substack/node-buffers/blob/master/LICENSE',
    text: `(The MIT License)

Copyright (c) 2010 James Halliday (mail@substack.net)

Permission is hereby granted, free of charge, to any person obtaining
a copy of this software and associated documentation files (the
"Software"), to deal in the Software without restriction, including
without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to
permit persons to whom the Software is furnished to do so, subject to
the following conditions:

The above copyright notice and this permission notice shall be
included in all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND,
EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE
LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION
OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION
WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`,
  },
};

/** Reads a bundled package's name, version, license and license files; throws when it declares no license. */
export function describePackage(dir: string): BundledPackage {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) throw new Error(`${dir}: bundled, but has no package.json to say its name, version and license`);
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>;
  const name = typeof pkg.name === 'string' ? pkg.name : null;
  const version = typeof pkg.version === 'string' ? pkg.version : null;
  if (!name || !version) throw new Error(`${manifest}: no name or version`);
  const upstream = UPSTREAM_LICENSES[`${name}@${version}`];
  if (upstream && !declaredLicense(pkg)) return { name, version, license: upstream.license, files: [{ name: `LICENSE (from ${upstream.source})`, text: upstream.text }] };
  const license = declaredLicense(pkg);
  if (!license) throw new Error(`${name}@${version} is bundled into dist/ but declares no license in its package.json (${manifest})`);
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && LICENSE_FILE.test(e.name))
    .map((e) => e.name)
    .sort()
    .map((f) => ({ name: f, text: normalizeText(readFileSync(join(dir, f), 'utf8')) }));
  return { name, version, license, files };
}

function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();
}

/**
 * One entry per name and version (the same package can sit in several folders), sorted. Of two
 * copies the one with more license files wins, then the first by content: the same whatever the order found.
 */
export function uniquePackages(pkgs: BundledPackage[]): BundledPackage[] {
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const sorted = [...pkgs].sort((a, b) => cmp(a.name, b.name) || cmp(a.version, b.version) || b.files.length - a.files.length || cmp(JSON.stringify(a), JSON.stringify(b)));
  return sorted.filter((p, i) => i === 0 || p.name !== sorted[i - 1].name || p.version !== sorted[i - 1].version);
}

const RULE = '='.repeat(80);

export function renderLicenses(pkgs: BundledPackage[]): string {
  const sorted = uniquePackages(pkgs);
  const head = [
    'Third-party software bundled into dist/ by `npm run build`.',
    `${sorted.length} packages, each with its version, the license its package.json declares and the`,
    'license files it ships. Generated from the modules webpack bundled; do not edit.',
  ].join('\n');
  const blocks = sorted.map((p) => {
    const lines = [RULE, `Package: ${p.name}`, `Version: ${p.version}`, `License: ${p.license}`];
    if (p.files.length === 0) lines.push('', `(The package ships no license file; its package.json declares ${p.license}.)`);
    for (const f of p.files) lines.push('', `--- ${f.name} ---`, '', f.text);
    return lines.join('\n');
  });
  return `${head}\n\n${blocks.join('\n\n')}\n`;
}

export interface LicenseEntry {
  name: string;
  version: string;
  license: string;
  line: number;
}

/** The entries of a licenses.txt written by renderLicenses: the three header lines after each rule. */
export function parseLicenses(text: string): LicenseEntry[] {
  const lines = text.split('\n');
  const out: LicenseEntry[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== RULE) continue;
    const field = (k: string, at: number) => (lines[at]?.startsWith(`${k}: `) ? lines[at].slice(k.length + 2).trim() : '');
    out.push({ name: field('Package', i + 1), version: field('Version', i + 2), license: field('License', i + 3), line: i + 2 });
  }
  return out;
}
