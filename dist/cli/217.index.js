export const id = 217;
export const ids = [217];
export const modules = {

/***/ 4312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ antoraSiteUrl),
/* harmony export */   Jc: () => (/* binding */ antoraPageDirs),
/* harmony export */   M2: () => (/* binding */ antoraAttributesFor),
/* harmony export */   OX: () => (/* binding */ antoraComponents)
/* harmony export */ });
/* harmony import */ var _model_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6553);

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
function antoraComponents(snap) {
    const dirs = [];
    for (const f of snap.files) {
        if (f.kind !== 'file' || !(f.path === 'antora.yml' || f.path.endsWith('/antora.yml')) || NOT_OWN.test(f.path))
            continue;
        dirs.push(f.path.slice(0, Math.max(0, f.path.length - '/antora.yml'.length)));
    }
    dirs.sort((a, b) => a.split('/').length - b.split('/').length || (0,_model_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n)(a, b));
    const out = [];
    for (const dir of dirs.slice(0, MAX_COMPONENTS)) {
        const modules = modulesWithPages(snap, dir);
        if (modules.length === 0)
            continue;
        out.push({ dir, name: firstMatch(snap, dir === '' ? 'antora.yml' : `${dir}/antora.yml`, NAME), modules });
    }
    return out;
}
/** The site's URL from the playbook's `site.url`, or null. */
function antoraSiteUrl(snap) {
    const playbook = PLAYBOOKS.find((p) => snap.get(p)?.kind === 'file');
    if (!playbook)
        return null;
    const r = snap.read(playbook);
    if (!r.ok)
        return null;
    let inSite = false;
    let n = 0;
    for (const line of r.text.split('\n')) {
        if (++n > MAX_CONFIG_LINES)
            break;
        if (SITE_KEY.test(line))
            inSite = true;
        else if (/^\S/.test(line) && !line.startsWith('#'))
            inSite = false;
        else if (inSite) {
            const url = URL_KEY.exec(line)?.[1];
            if (url)
                return url;
        }
    }
    return null;
}
/** The modules under a component folder that have pages: modules/<name>/pages/. */
function modulesWithPages(snap, dir) {
    const prefix = dir === '' ? 'modules/' : `${dir}/modules/`;
    const found = new Set();
    for (const f of snap.files) {
        if (f.kind !== 'file' || !f.path.startsWith(prefix))
            continue;
        const rest = f.path.slice(prefix.length);
        const slash = rest.indexOf('/');
        if (slash > 0 && rest.startsWith('pages/', slash + 1))
            found.add(rest.slice(0, slash));
    }
    return [...found].sort((a, b) => (a === 'ROOT' ? -1 : b === 'ROOT' ? 1 : (0,_model_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n)(a, b)));
}
/** The first capture of `re` on a line of a small configuration file, or null. */
function firstMatch(snap, path, re) {
    const r = snap.read(path);
    if (!r.ok)
        return null;
    let n = 0;
    for (const line of r.text.split('\n')) {
        if (++n > MAX_CONFIG_LINES)
            break;
        const m = re.exec(line);
        if (m)
            return m[1];
    }
    return null;
}
/** The folders of this tree an Antora component's pages are in. */
function antoraPageDirs(components) {
    return components.flatMap((c) => c.modules.map((m) => `${c.dir === '' ? '' : `${c.dir}/`}modules/${m}/pages`));
}
/** Attributes read from a component descriptor or the playbook. */
const MAX_ATTRIBUTES = 300;
const ASCIIDOC_KEY = /^asciidoc:[ \t]*$/;
const ATTRIBUTES_KEY = /^[ \t]{1,8}attributes:[ \t]*$/;
/** `    name: "value"` (or 'value', or bare): a block scalar (`|`, `>`), `false` or `~` (unset) is left out. */
const ATTRIBUTE = /^[ \t]{2,16}([\w-]{1,100}):[ \t]+(?:"([^"]{1,500})"|'([^']{1,500})'|([^\s"'|>#][^#]{0,499}))/;
const componentCache = new WeakMap();
const attributeCache = new WeakMap();
/**
 * The AsciiDoc attributes an Antora page is built with: the playbook's `asciidoc.attributes`, then
 * those of the antora.yml of the component the page is in; empty for a file outside the site.
 */
function antoraAttributesFor(snap, path) {
    let components = componentCache.get(snap);
    if (!components)
        componentCache.set(snap, (components = antoraComponents(snap)));
    const component = components.find((c) => path.startsWith(c.dir === '' ? 'modules/' : `${c.dir}/modules/`));
    if (!component)
        return new Map();
    let byDir = attributeCache.get(snap);
    if (!byDir)
        attributeCache.set(snap, (byDir = new Map()));
    let attrs = byDir.get(component.dir);
    if (!attrs) {
        const merged = new Map();
        const playbook = PLAYBOOKS.find((p) => snap.get(p)?.kind === 'file');
        if (playbook)
            readAttributes(snap, playbook, merged);
        readAttributes(snap, component.dir === '' ? 'antora.yml' : `${component.dir}/antora.yml`, merged);
        byDir.set(component.dir, (attrs = merged));
    }
    return attrs;
}
/** The `asciidoc: attributes:` entries of a small YAML file, into `into`. */
function readAttributes(snap, path, into) {
    const r = snap.read(path);
    if (!r.ok)
        return;
    let state = 'out';
    let n = 0;
    for (const line of r.text.split('\n')) {
        if (++n > MAX_CONFIG_LINES || into.size >= MAX_ATTRIBUTES)
            break;
        if (line.trim() === '' || line.trimStart().startsWith('#'))
            continue;
        if (/^\S/.test(line))
            state = ASCIIDOC_KEY.test(line) ? 'asciidoc' : 'out';
        else if (state !== 'out' && ATTRIBUTES_KEY.test(line))
            state = 'attributes';
        else if (state === 'attributes') {
            const m = ATTRIBUTE.exec(line);
            const value = m ? (m[2] ?? m[3] ?? m[4] ?? '').trim().replace(/@$/, '') : '';
            if (m && value !== '' && value !== 'false' && value !== '~')
                into.set(m[1], value);
        }
    }
}


/***/ }),

/***/ 3601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ blankComments)
/* harmony export */ });
// HTML and XML comments (`<!-- \u2026 -->`) blanked out of a text, keeping its line and column numbers:
// a POM's commented-out <defaultGoal>, a license header at the top of a contribution guide.
/**
 * `text` with each comment that `blank` accepts (all by default) replaced by spaces, its newlines
 * kept. A comment left open runs to the end of the text. Linear.
 */
function blankComments(text, blank = () => true) {
    let out = '';
    let at = 0;
    for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', at)) {
        const close = text.indexOf('-->', open + 4);
        const end = close < 0 ? text.length : close + 3;
        const comment = text.slice(open, end);
        out += text.slice(at, open) + (blank(comment) ? comment.replace(/[^\n]/g, ' ') : comment);
        at = end;
    }
    return out + text.slice(at);
}


/***/ }),

/***/ 1141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ chooseVersion),
/* harmony export */   eS: () => (/* binding */ manifestLicenses)
/* harmony export */ });
/* unused harmony export versionPair */
/* harmony import */ var _outlines_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);
// Which of two SPDX ids that share one license text a license file is. GPL-2.0-only and
// GPL-2.0-or-later (and the LGPL, AGPL and GFDL versions) have the same text: the choice is made
// where the project declares its license, in a package manifest's license field (pandoc.cabal:5
// `license: GPL-2.0-or-later`) or in a notice ("either version 2 of the License, or (at your
// option) any later version", pandoc's COPYRIGHT:9), or in a preamble above the license's own text
// that keeps to this version (libgit2's COPYING:4). When nothing declares it, both stay possible.

const MAX_DECLARATIONS = 4;
const MAX_TEXT = 120;
/** Characters of a notice read: a notice states the license near its top. */
const MAX_NOTICE_CHARS = 64 * 1024;
/** Characters before an "or later" sentence searched for the license it is about. */
const FAMILY_WINDOW = 300;
/** `<base>-only` and `<base>-or-later`, when the ids are exactly that pair; else null. */
function versionPair(ids) {
    if (ids.length !== 2)
        return null;
    const only = ids.find((i) => i.endsWith('-only'));
    const orLater = ids.find((i) => i.endsWith('-or-later'));
    if (!only || !orLater)
        return null;
    const base = only.slice(0, -'-only'.length);
    return orLater === `${base}-or-later` ? { base, only, orLater } : null;
}
/** The manifests whose license field names an SPDX expression, by file name at the root. */
const MANIFEST = [
    { test: (n) => n === 'package.json' || n === 'composer.json', values: jsonLicense },
    { test: (n) => n === 'Cargo.toml', values: (l) => tomlLicense(l, 'package') },
    { test: (n) => n === 'pyproject.toml', values: (l) => tomlLicense(l, 'project') },
    { test: (n) => n.endsWith('.cabal') && n.length > 6, values: cabalLicense },
    { test: (n) => n.endsWith('.gemspec') && n.length > 8, values: gemspecLicense },
];
/**
 * The license fields of the package manifests at the root (Cargo.toml's `license = "MIT OR Apache-2.0"`), in file order:
 * where the project states how several license files combine.
 */
function manifestLicenses(snap) {
    const out = [];
    for (const f of snap.files) {
        if (f.kind === 'submodule' || f.path.includes('/'))
            continue;
        const manifest = MANIFEST.find((m) => m.test(f.path));
        if (!manifest || out.length >= MAX_DECLARATIONS)
            continue;
        const r = snap.read(f.path);
        if (!r.ok)
            continue;
        const lines = r.text.split('\n');
        for (const v of manifest.values(lines))
            out.push({ path: f.path, line: v.line, value: v.value.trim() });
    }
    return out;
}
const NOTICE = /^(?:copyright|notice)(?:\.(?:md|txt|markdown|rst))?$/i;
const README = /^readme(?:\.(?:md|markdown|txt))?$/i;
/**
 * The version choice for a license file whose text matches `ids` equally (an -only / -or-later
 * pair), from the root's manifests and notices; null when the ids are not such a pair.
 * `licensePaths` are the license files themselves: the GPL's own text holds the "or (at your
 * option) any later version" sentence in its how-to appendix, which declares nothing.
 */
function chooseVersion(snap, ids, licensePaths) {
    const pair = versionPair(ids);
    if (!pair)
        return null;
    const declarations = [];
    const root = snap.files.filter((f) => f.kind !== 'submodule' && !f.path.includes('/') && !licensePaths.has(f.path)).map((f) => f.path);
    for (const path of root) {
        const manifest = MANIFEST.find((m) => m.test(path));
        if (!manifest || declarations.length >= MAX_DECLARATIONS)
            continue;
        const r = snap.read(path);
        if (!r.ok)
            continue;
        const lines = r.text.split('\n');
        for (const v of manifest.values(lines)) {
            const id = choiceInExpression(v.value, pair);
            if (id) {
                declarations.push({ spdxId: id, path, line: v.line, text: short(lines[v.line - 1]) });
                break;
            }
        }
    }
    for (const path of [...root.filter((p) => NOTICE.test(p)), ...root.filter((p) => README.test(p))]) {
        if (declarations.length >= MAX_DECLARATIONS)
            break;
        const r = snap.read(path);
        if (!r.ok)
            continue;
        const lines = r.text.slice(0, MAX_NOTICE_CHARS).split('\n');
        const found = noticeChoice(README.test(path) ? licenseSection(snap, path, lines) : numbered(lines), pair);
        if (found)
            declarations.push({ ...found, path });
    }
    // A preamble above the license's own text that keeps to this version (libgit2's and git's COPYING: "the only valid version
    // of the GPL as far as this project is concerned is _this_ particular version of the license (ie v2, not v2.2 or v3.x").
    for (const path of [...licensePaths].filter((p) => !p.includes('/')).sort()) {
        if (declarations.length >= MAX_DECLARATIONS)
            break;
        const r = snap.read(path);
        if (!r.ok)
            continue;
        const title = LICENSE_TITLE.exec(r.text.slice(0, MAX_NOTICE_CHARS));
        const m = title ? ONLY_THIS_VERSION.exec(r.text.slice(0, title.index)) : null;
        if (m)
            declarations.push({ spdxId: pair.only, path, line: r.text.slice(0, m.index).split('\n').length, text: short(m[0]) });
    }
    const ids2 = new Set(declarations.map((d) => d.spdxId));
    return { candidates: [pair.only, pair.orLater], spdxId: ids2.size === 1 ? declarations[0].spdxId : null, declarations };
}
/** The title line of the GNU licenses' own text, below any preamble of the project's. */
const LICENSE_TITLE = /^[ \t]*GNU (?:(?:LESSER|LIBRARY|AFFERO) )?GENERAL PUBLIC LICENSE[ \t]*$|^[ \t]*GNU FREE DOCUMENTATION LICENSE[ \t]*$/m;
/** A preamble's statement that only this version of the license applies, not a later one. */
const ONLY_THIS_VERSION = /\bonly valid version of the (?:A|L)?GPL\b[^.]{0,200}?[\s_]this_? particular version\b/i;
/** The pair's id an SPDX expression names (`GPL-2.0-or-later`, `GPL-2.0+`, `GPL-2.0-only`), when it names one of them and not both. */
function choiceInExpression(value, pair) {
    const base = pair.base.toLowerCase();
    const named = new Set();
    for (const token of value.toLowerCase().split(/[\s()[\]"',]+/)) {
        if (token === `${base}-or-later` || token === `${base}+`)
            named.add(pair.orLater);
        else if (token === `${base}-only`)
            named.add(pair.only);
    }
    return named.size === 1 ? [...named][0] : null;
}
/** A notice's first declaration of the pair: an SPDX id on a line, or an "or (at your option) any later version" sentence about the license. */
function noticeChoice(lines, pair) {
    for (const l of lines) {
        const id = choiceInExpression(l.text, pair);
        if (id)
            return { spdxId: id, line: l.line, text: short(l.text) };
    }
    // The sentence runs over lines: read the lines as one text, and map the match back to its line.
    const text = lines.map((l) => l.text).join('\n');
    const family = familyOf(pair.base);
    const version = pair.base.slice(pair.base.lastIndexOf('-') + 1);
    if (!family)
        return null;
    const re = new RegExp(OR_LATER.source, 'gi');
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (!sameVersion(m[1], version))
            continue;
        // The sentence goes on from the name of the license: "the GNU General Public License as
        // published by ...; either version 2", "the [GPL], version 2 or later"; a sentence between
        // them ("Requires Python version 3 or later") is about something else.
        const before = text.slice(Math.max(0, m.index - FAMILY_WINDOW), m.index);
        const named = lastFamily(before);
        if (named?.family !== family || /[.!?](?:\s|$)/.test(before.slice(named.end)))
            continue;
        const at = lines[text.slice(0, m.index).split('\n').length - 1];
        return { spdxId: pair.orLater, line: at.line, text: short(m[0]) };
    }
    return null;
}
/**
 * "version 2 of the License, or (at your option) any later version", "Version 1.3 or any later
 * version", "version 2 or later" / "or greater".
 */
const OR_LATER = /\bversion\s+(\d+(?:\.\d+)?)(?:\s+of\s+the\s+license)?,?\s+or\s+(?:\(at\s+your\s+option\)\s+)?(?:any\s+later\s+version|later|greater|newer)\b/;
/** `2` and `2.0` are the same version; `2.1` is not `2`. */
function sameVersion(said, version) {
    const norm = (v) => (v.includes('.') ? v : `${v}.0`);
    return norm(said) === norm(version);
}
function familyOf(base) {
    const m = /^(GPL|LGPL|AGPL|GFDL)-\d/.exec(base);
    return m ? m[1] : null;
}
/** Names of the licenses, for the one an "or later" sentence follows. */
const FAMILY_NAME = /\b(?:GNU\s+)?(?:(affero)\s+|(lesser|library)\s+)?general\s+public\s+license\b|\b(?:GNU\s+)?(free\s+documentation)\s+license\b|\b(A|L)?GPL(?:v\d)?\b|\bG?FDL\b/gi;
/** The license the text names last, and where its name ends: an "or later" sentence right after it is about it. */
function lastFamily(text) {
    let last = null;
    FAMILY_NAME.lastIndex = 0;
    for (let m = FAMILY_NAME.exec(text); m !== null; m = FAMILY_NAME.exec(text)) {
        const prefix = m[4]?.toUpperCase();
        const end = m.index + m[0].length;
        if (m[1] || prefix === 'A')
            last = { family: 'AGPL', end };
        else if (m[2] || prefix === 'L')
            last = { family: 'LGPL', end };
        else if (m[3] || /fdl/i.test(m[0]))
            last = { family: 'GFDL', end };
        else
            last = { family: 'GPL', end };
    }
    return last;
}
/**
 * The lines of a README's first license section, numbered from 1: from the README's outline (the
 * one the documents facts share, which knows code fences and setext headings), up to the next
 * heading of the same or a higher level.
 */
function licenseSection(snap, path, lines) {
    const r = (0,_outlines_js__WEBPACK_IMPORTED_MODULE_0__/* .readOutline */ .p)(snap, path);
    if (!r.ok)
        return [];
    const headings = r.outline.headings;
    const at = headings.findIndex((h) => /licen[cs]/i.test(h.text));
    if (at < 0)
        return [];
    const h = headings[at];
    const end = headings.slice(at + 1).find((n) => n.level <= h.level)?.line ?? lines.length + 1;
    return numbered(lines).slice(h.line, end - 1);
}
function numbered(lines) {
    return lines.map((text, i) => ({ line: i + 1, text }));
}
/** A declaration as quoted in evidence: blanks collapsed, shortened. */
function short(text) {
    const s = text.replace(/\s+/g, ' ').trim();
    return s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 3)}...` : s;
}
/** The top-level `license` of a JSON manifest: a string, or the first of an array (composer.json). */
function jsonLicense(lines) {
    let doc;
    try {
        doc = JSON.parse(lines.join('\n'));
    }
    catch {
        return [];
    }
    const v = doc && typeof doc === 'object' ? doc['license'] : undefined;
    const value = typeof v === 'string' ? v : Array.isArray(v) ? v.filter((x) => typeof x === 'string').join(' OR ') : null;
    if (value === null)
        return [];
    const at = lines.findIndex((l) => /^\s*"license"\s*:/.test(l));
    return [{ line: at < 0 ? 1 : at + 1, value }];
}
/** `license = "..."` (or `license = { text = "..." }`) in a TOML table. */
function tomlLicense(lines, table) {
    let current = '';
    for (let i = 0; i < lines.length; i++) {
        const header = /^\s*\[([^\]]*)\]/.exec(lines[i]);
        if (header) {
            current = header[1].trim();
            continue;
        }
        if (current !== table)
            continue;
        const m = /^\s*license\s*=\s*(?:\{\s*text\s*=\s*)?"([^"]*)"/.exec(lines[i]);
        if (m)
            return [{ line: i + 1, value: m[1] }];
    }
    return [];
}
/** A .cabal file's top-level `license:` field (cabal-version 2.2 and later take an SPDX expression). */
function cabalLicense(lines) {
    for (let i = 0; i < lines.length; i++) {
        const m = /^license\s*:(.*)$/i.exec(lines[i]);
        if (m)
            return [{ line: i + 1, value: m[1] }];
    }
    return [];
}
/** `spec.license = "..."` / `s.licenses = ["...", "..."]` in a gemspec. */
function gemspecLicense(lines) {
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        const m = /\.licen[cs]es?\s*=(.*)$/.exec(lines[i]);
        if (m)
            out.push({ line: i + 1, value: m[1] });
    }
    return out;
}


/***/ }),

/***/ 3049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ gatherLicense)
});

// EXTERNAL MODULE: ./src/facts/license-version.ts
var license_version = __webpack_require__(1141);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/facts/spdx/normalize.ts
// Turns license text into comparable words: the same normalisation is applied to the text under
// test and to every reference text, so anything it throws away is thrown away on both sides.
/** Lines that state a copyright (a year, "(c)", "\u00a9" or a template placeholder right after the word). */
const COPYRIGHT_LINE = /^[ \t>*#_-]*(?:copyright\b[ \t]*(?:\(c\)|\u00a9|&copy;|\d{4}|\[|<|\{|\$)|\(c\)[ \t]*\d|\u00a9).*$/gim;
/** Template placeholders in the SPDX texts and in hand-filled templates: <year>, [yyyy], {{ owner }}. */
const PLACEHOLDERS = /<[^<>\n]{1,80}>|\[[^[\]\n]{1,80}\](?!\()|\{\{[^{}\n]{0,80}\}\}/g;
const MARKDOWN_LINK = /\[([^[\]\n]{1,200})\]\([^()\n]{0,300}\)/g;
const MARKDOWN_AUTOLINK = /<((?:https?|mailto):[^<>\s]{1,300})>/g;
const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]{0,200})?\/?>/gi;
/**
 * British/American and other spelling variants seen in license files, folded word by word so that
 * "Licence" or "authorised" are not counted as differences.
 */
const VARIANTS = (() => {
    const m = new Map();
    for (const suffix of ['e', 'es', 'ed', 'ee', 'ees', 'or', 'ors', 'ing']) {
        m.set(`licenc${suffix}`, `licens${suffix}`);
        m.set(`sublicenc${suffix}`, `sublicens${suffix}`);
    }
    for (const stem of ['authori', 'organi', 'recogni', 'summari', 'characteri', 'utili', 'minimi', 'emphasi', 'reali'])
        for (const suffix of ['se', 'ses', 'sed', 'sing', 'sation', 'sations'])
            m.set(stem + suffix, stem + 'z' + suffix.slice(1));
    const pairs = [
        ['behaviour', 'behavior'], ['behaviours', 'behaviors'], ['favour', 'favor'], ['favourable', 'favorable'],
        ['centre', 'center'], ['acknowledgement', 'acknowledgment'], ['acknowledgements', 'acknowledgments'],
        ['judgement', 'judgment'], ['judgements', 'judgments'], ['labelled', 'labeled'], ['cancelled', 'canceled'],
        ['whilst', 'while'], ['programme', 'program'], ['programmes', 'programs'],
    ];
    for (const [a, b] of pairs)
        m.set(a, b);
    return m;
})();
/** Lower-cased, copyright lines and placeholders removed, markdown and punctuation stripped, words joined by one space. */
function normalizeText(raw) {
    return tokenize(raw).join(' ');
}
/** The words of a license text after normalisation (for diagnostics and tests; matching uses hashes). */
function tokenize(raw) {
    const t = cleanText(raw);
    const words = [];
    let start = -1;
    for (let i = 0; i <= t.length; i++) {
        if (i < t.length && isWordChar(t.charCodeAt(i))) {
            if (start < 0)
                start = i;
        }
        else if (start >= 0) {
            const w = t.slice(start, i);
            words.push(VARIANTS.get(w) ?? w);
            start = -1;
        }
    }
    return words;
}
/**
 * Regex-level normalisation: typographic characters to ASCII, markdown links and HTML tags to their
 * text, copyright lines and template placeholders removed, lower case.
 */
function cleanText(raw) {
    let t = raw;
    if (/[^\x00-\x7f]/.test(t)) {
        t = t.normalize('NFKC');
        t = t.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"');
        t = t.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ');
    }
    if (t.includes(']('))
        t = t.replace(MARKDOWN_LINK, '$1');
    if (t.includes('<'))
        t = t.replace(MARKDOWN_AUTOLINK, '$1').replace(HTML_TAG, ' ');
    t = t.replace(COPYRIGHT_LINE, ' ');
    t = t.toLowerCase();
    if (t.includes('all rights reserved'))
        t = t.replace(/\ball rights reserved\b/g, ' ');
    return t.replace(PLACEHOLDERS, ' ');
}
/**
 * Words are runs of letters and digits; everything else (markdown, punctuation, "&") separates
 * them. Non-ASCII letters count as letters; general punctuation and symbols do not.
 */
function isWordChar(c) {
    if (c < 0xc0)
        return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    return c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xfe30 && c <= 0xfe4f) && !(c >= 0xff00 && c <= 0xff0f) && c !== 0xfffd;
}
// ---- Hashed shingles ------------------------------------------------------------------------
// The reference corpus is 5 MB / 780,000 words; making a string per word costs more than the
// whole time budget on a small machine. Words are therefore hashed while scanning (FNV-1a, 32 bit)
// and compared as numbers. A collision merges two words, which can only move a similarity by a
// hair: with ~10,000 distinct words and bigrams per text, one is unlikely anywhere.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
function hashString(w) {
    let h = FNV_OFFSET;
    for (let i = 0; i < w.length; i++)
        h = Math.imul(h ^ w.charCodeAt(i), FNV_PRIME);
    return unigramKey(h);
}
/** Word keys are even, pair keys odd, and neither is 0 (the empty slot of KeySet). */
function unigramKey(h) {
    return (h & ~1) >>> 0 || 2;
}
function pairKey(a, b) {
    return ((Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(b, 0xc2b2ae35)) | 1) >>> 0;
}
const VARIANT_KEYS = new Map([...VARIANTS].map(([from, to]) => [hashString(from), hashString(to)]));
/** A 4096-bit filter over VARIANT_KEYS: almost every word skips the map lookup. */
const VARIANT_FILTER = new Uint8Array(512);
for (const k of VARIANT_KEYS.keys())
    VARIANT_FILTER[(k >>> 3) & 511] |= 1 << (k & 7);
/** Reused between calls: the key buffer for a text is as long as the text, and is copied out by KeySet. */
let scratch = new Uint32Array(1 << 16);
/**
 * Hashes the words of a cleaned text into word keys and word-pair keys. Pairs make the measure
 * sensitive to wording (BSD-2 vs BSD-3, MIT vs MIT-0); single words keep it tolerant of small edits.
 */
function hashWords(clean, mark) {
    const n = clean.length;
    if (scratch.length < n + 2)
        scratch = new Uint32Array(n + 2);
    const keys = scratch;
    let k = 0;
    let words = 0;
    let markKeys = -1;
    let markWords = 0;
    let h = FNV_OFFSET;
    let inWord = false;
    let prev = 0;
    for (let i = 0; i <= n; i++) {
        if (i === mark) {
            markKeys = k;
            markWords = words;
        }
        const c = i < n ? clean.charCodeAt(i) : 32;
        if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && isWordChar(c))) {
            h = Math.imul(h ^ c, FNV_PRIME);
            inWord = true;
        }
        else if (inWord) {
            let w = (h & ~1) >>> 0 || 2;
            if (VARIANT_FILTER[(w >>> 3) & 511] & (1 << (w & 7)))
                w = VARIANT_KEYS.get(w) ?? w;
            keys[k++] = w;
            if (words > 0)
                keys[k++] = pairKey(prev, w);
            prev = w;
            words++;
            h = FNV_OFFSET;
            inWord = false;
        }
    }
    if (markKeys < 0) {
        markKeys = k;
        markWords = words;
    }
    return { words, keys: keys.subarray(0, k), markKeys, markWords };
}
/** Where the operative terms end ("END OF TERMS AND CONDITIONS" in GPL, LGPL, AGPL, Apache), or -1. */
function termsEnd(clean) {
    const i = clean.indexOf('end of terms and conditions');
    if (i >= 0)
        return i;
    const m = /\bend\W+of\W+terms\W+and\W+conditions\b/.exec(clean);
    return m ? m.index : -1;
}
/** A set of keys: open addressing with linear probing in a power-of-two table; 0 marks an empty slot. */
class KeySet {
    size;
    unique;
    table;
    mask;
    constructor(keys) {
        let cap = 16;
        while (cap < keys.length * 2)
            cap *= 2;
        const table = new Uint32Array(cap);
        const mask = cap - 1;
        const unique = new Uint32Array(keys.length);
        let n = 0;
        for (let i = 0; i < keys.length; i++) {
            const key = keys[i];
            let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
            for (;;) {
                const v = table[slot];
                if (v === 0) {
                    table[slot] = key;
                    unique[n++] = key;
                    break;
                }
                if (v === key)
                    break;
                slot = (slot + 1) & mask;
            }
        }
        this.table = table;
        this.mask = mask;
        this.size = n;
        this.unique = unique.slice(0, n);
    }
    has(key) {
        let slot = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
        for (;;) {
            const v = this.table[slot];
            if (v === key)
                return true;
            if (v === 0)
                return false;
            slot = (slot + 1) & this.mask;
        }
    }
}
/** S\u00f8rensen\u2013Dice coefficient 2|A\u2229B| / (|A|+|B|), probing the larger set with the smaller one. */
function dice(a, b) {
    return a.size <= b.size ? diceWith(b, a.unique, a.size) : diceWith(a, b.unique, b.size);
}
/**
 * The same coefficient between a set and the first n keys of a list of distinct keys (a reference
 * text from the prebuilt index): |A\u2229B| counted from B's side, which is the same number.
 */
function diceWith(a, keys, n) {
    if (a.size + n === 0)
        return 0;
    let common = 0;
    for (let i = 0; i < n; i++)
        if (a.has(keys[i]))
            common++;
    return (2 * common) / (a.size + n);
}
/** Everything the matcher needs from one text. */
function normalize_shingle(raw) {
    const clean = cleanText(raw);
    const end = termsEnd(clean);
    const hw = hashWords(clean, end);
    // The terms set must be built before anything reuses the scratch buffer.
    const hasTerms = end > 0 && hw.markWords > 0;
    const terms = hasTerms ? new KeySet(hw.keys.subarray(0, hw.markKeys)) : null;
    return { words: hw.words, full: new KeySet(hw.keys), terms, termsWords: hasTerms ? hw.markWords : 0 };
}

// EXTERNAL MODULE: ./src/facts/text.ts
var facts_text = __webpack_require__(3928);
// EXTERNAL MODULE: ./src/facts/spdx/expression.ts
var expression = __webpack_require__(6349);
// EXTERNAL MODULE: ./src/facts/spdx/metadata.ts + 1 modules
var metadata = __webpack_require__(6137);
;// CONCATENATED MODULE: ./src/facts/spdx/index-file.ts
// The SPDX reference texts prepared once, so that no reference text is normalised at run time.
// For each license of the list: its id, name, OSI/FSF/deprecated flags, word counts and the
// hashed word and word-pair keys the matcher compares with (normalize.ts shingle). `npm run build`
// writes it beside the bundles as three files, each read only as far as a run needs it:
//   spdx-index.json  one line per license: id, name, flags, counts, and where its keys and its
//                    text lie in the two other files (70 KB, read whole);
//   spdx-keys.txt    one line per license: its distinct keys as base64 of little-endian 32-bit
//                    words, in first-occurrence order (so the operative terms' keys are a prefix);
//                    read by byte range, only for licenses whose size makes them candidates;
//   spdx-texts.json  the texts as one JSON array; only a finalist's text is ever read (for the
//                    words a license file has and the reference lacks), by byte range.
// They are the same bytes on every machine: list order, no timestamps, explicit byte order.
// Running from the sources (tests, dev) without a build, the same index is made in memory from
// the installed spdx-license-list on first use, one tier at a time.




const INDEX_FILE = 'spdx-index.json';
const KEYS_FILE = 'spdx-keys.txt';
const TEXTS_FILE = 'spdx-texts.json';
const FORMAT = 'slam-spdx-index/1';
/** The first line of the keys file (so that no base64 line starts the file and reads as a magic number). */
const KEYS_HEADER = (/* unused pure expression or super */ null && (`${FORMAT} keys: one line per license of ${INDEX_FILE}, base64 of little-endian 32-bit words\n`));
/**
 * Licenses that real projects use: OSI-approved, FSF-free, and the well-known non-free ones.
 * Most license files match one of these, so the other ~500 are compared only when needed.
 */
const COMMON_NON_FREE = new Set(['BUSL-1.1', 'SSPL-1.0', 'Elastic-2.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0', 'CC-BY-NC-ND-4.0', 'CC-BY-ND-4.0', 'PolyForm-Noncommercial-1.0.0', 'PolyForm-Small-Business-1.0.0', 'JSON', 'Commons-Clause', 'CC-BY-NC-3.0', 'CC-BY-NC-SA-3.0', 'Hippocratic-2.1', 'BSL-1.0', 'Unlicense', 'MIT-0']);
function isCommon(id, osi, fsf) {
    return osi || fsf || COMMON_NON_FREE.has(id);
}
/** The licenses of the list that have a text, with their flags, in list order. */
function metaOf(list) {
    const out = [];
    for (const [id, entry] of Object.entries(list)) {
        if (!entry.licenseText)
            continue;
        const osi = entry.osiApproved === true;
        const fsf = (0,metadata/* licenseInfo */.mY)(id)?.fsfLibre ?? metadata/* FSF_LIBRE_IDS */.kf.has(id);
        out.push({ id, name: entry.name, osi, fsf, common: isCommon(id, osi, fsf), text: entry.licenseText });
    }
    return out;
}
/** Normalises and hashes one reference text; null when it has no words. */
function prepare(m) {
    const sh = normalize_shingle(m.text);
    if (sh.words === 0)
        return null;
    const keys = sh.full.unique;
    const termsSize = sh.terms ? sh.terms.size : 0;
    // The terms' distinct keys are the first ones of the whole text's (first-occurrence order).
    for (let i = 0; i < termsSize; i++)
        if (sh.terms.unique[i] !== keys[i])
            throw new Error(`SPDX index: the terms of ${m.id} are not a prefix of its keys`);
    return { id: m.id, name: m.name, osi: m.osi, fsf: m.fsf, deprecated: (0,metadata/* isDeprecated */.oT)(m.id), common: m.common, words: sh.words, size: sh.full.size, termsWords: sh.termsWords, termsSize, keys };
}
function toBase64(keys) {
    const b = Buffer.alloc(keys.length * 4);
    for (let i = 0; i < keys.length; i++)
        b.writeUInt32LE(keys[i], i * 4);
    return b.toString('base64');
}
function fromBase64(s, size) {
    const b = Buffer.from(s, 'base64');
    const n = b.length >>> 2;
    if (n !== size)
        throw new Error(`${KEYS_FILE} does not match ${INDEX_FILE}: rebuild with npm run build`);
    if (isLittleEndian && b.byteOffset % 4 === 0)
        return new Uint32Array(b.buffer, b.byteOffset, n);
    const out = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        out[i] = b.readUInt32LE(i * 4);
    return out;
}
const isLittleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
/** What `npm run build` writes: the three files, as deterministic text. `source` names the list (package@version). */
function buildIndexFiles(list, source) {
    const rows = [];
    const keyLines = [KEYS_HEADER];
    const texts = [];
    let keysAt = Buffer.byteLength(KEYS_HEADER);
    let textAt = Buffer.byteLength('[\n');
    for (const m of metaOf(list)) {
        const p = prepare(m);
        if (!p)
            continue;
        const line = toBase64(p.keys);
        const literal = JSON.stringify(m.text);
        const textLength = Buffer.byteLength(literal);
        rows.push(JSON.stringify([p.id, p.name, Number(p.osi), Number(p.fsf), Number(p.deprecated), Number(p.common), p.words, p.size, p.termsWords, p.termsSize, keysAt, line.length, textAt, textLength]));
        keyLines.push(`${line}\n`);
        texts.push(literal);
        keysAt += line.length + 1;
        textAt += textLength + Buffer.byteLength(',\n');
    }
    return {
        index: `{"format":${JSON.stringify(FORMAT)},"source":${JSON.stringify(source)},"licenses":[\n${rows.join(',\n')}\n]}\n`,
        keys: keyLines.join(''),
        texts: `[\n${texts.join(',\n')}\n]\n`,
    };
}
/** The index of spdx-index.json; keys and texts are read through `read` when first needed. */
function parseIndex(json, read) {
    const doc = JSON.parse(json);
    if (doc.format !== FORMAT || !Array.isArray(doc.licenses))
        throw new Error(`${INDEX_FILE} is not a ${FORMAT} file: rebuild with npm run build`);
    const all = [];
    const where = new Map();
    for (const r of doc.licenses) {
        let decoded = null;
        const [keysAt, keysLength] = [r[10], r[11]];
        const size = r[7];
        all.push({
            id: r[0],
            name: r[1],
            osi: r[2] === 1,
            fsf: r[3] === 1,
            deprecated: r[4] === 1,
            common: r[5] === 1,
            words: r[6],
            size,
            termsWords: r[8],
            termsSize: r[9],
            keys: () => (decoded ??= fromBase64(read(KEYS_FILE, keysAt, keysLength).toString('latin1'), size)),
        });
        where.set(r[0], [r[12], r[13]]);
    }
    const common = all.filter((l) => l.common);
    return {
        tier: (which) => (which === 'common' ? common : all),
        text: (id) => {
            const at = where.get(id);
            return at ? JSON.parse(read(TEXTS_FILE, at[0], at[1]).toString('utf8')) : null;
        },
    };
}
/** The index the build wrote into `dir`: the index file is read whole, the two others by byte range. */
function readIndexFiles(dir) {
    return parseIndex((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, INDEX_FILE), 'utf8'), (file, offset, length) => {
        const fd = (0,external_node_fs_.openSync)((0,external_node_path_.join)(dir, file), 'r');
        try {
            const buf = Buffer.allocUnsafe(length);
            const n = (0,external_node_fs_.readSync)(fd, buf, 0, length, offset);
            if (n !== length)
                throw new Error(`${file} is shorter than ${INDEX_FILE} says: rebuild with npm run build`);
            return buf;
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    });
}
/** The same index made in memory from the list (running from the sources): each tier normalised when first asked for. */
function indexFromList(list) {
    const metas = metaOf(list);
    const texts = new Map(metas.map((m) => [m.id, m.text]));
    const prepared = new Map();
    const tiers = new Map();
    const one = (m) => {
        if (!prepared.has(m.id)) {
            const p = prepare(m);
            prepared.set(m.id, p && { ...p, keys: () => p.keys });
        }
        return prepared.get(m.id) ?? null;
    };
    return {
        tier: (which) => {
            let t = tiers.get(which);
            if (!t) {
                t = [];
                for (const m of metas) {
                    if (which === 'common' && !m.common)
                        continue;
                    const l = one(m);
                    if (l)
                        t.push(l);
                }
                tiers.set(which, t);
            }
            return t;
        },
        text: (id) => texts.get(id) ?? null,
    };
}

;// CONCATENATED MODULE: ./src/facts/spdx/identify.ts
// Which SPDX license is this license file? For OSPS-LE-02.01 ("the license MUST meet the OSI Open
// Source Definition or the FSF Free Software Definition").
//
// 1. An "SPDX-License-Identifier: <expression>" line wins: the author said what the license is.
// 2. Otherwise the text is compared with every license text of the SPDX License List (package
//    spdx-license-list). Both sides are normalised (normalize.ts) and compared as sets of words and
//    word pairs with the S\u00f8rensen\u2013Dice coefficient. The reference side is prepared at build time
//    (index-file.ts: dist/spdx-index.json); only the winner's text is read, for the words it lacks.
// 3. A file that matches nothing as a whole is tried as several licenses one after the other,
//    cut at separator lines and license title lines (e.g. MIT text, then "Apache License").
// 4. A file that is only a license's standard notice ("Licensed under the Apache License, Version
//    2.0 ... You may obtain a copy of the License at ...") names that license as plainly as its text.











/**
 * Minimum S\u00f8rensen\u2013Dice similarity (words and word pairs) for a text match. Real license files
 * differ from the SPDX reference text by a filled-in copyright line, a project name in BSD clause 3,
 * a heading, a reflow, markdown, "Licence": that keeps them at 0.95-1.0 (tests measure it). Close
 * relatives differ by more: BSD-2-Clause vs BSD-3-Clause ~0.85, MIT vs MIT-0 and ISC vs 0BSD below
 * 0.85, GPL-3.0 vs AGPL-3.0 ~0.9 but each matches itself at 1.0, and the best match wins. 0.90 is
 * the point where an edited or unknown text stops being called a standard license; the best score is
 * reported as confidence so callers can ask for more.
 */
const MATCH_THRESHOLD = 0.9;
/**
 * Minimum ratio of word counts (shorter / longer) for a text match. Sets ignore repetition, so a
 * text pasted twice, or a license followed by a long addendum of repeated words, would otherwise
 * still score high.
 */
const MIN_LENGTH_RATIO = 0.8;
/** Only this much of a file is examined: license texts are shorter (AGPL-3.0 is ~34 KB). */
const MAX_TEXT_CHARS = 64 * 1024;
/** Candidates whose size alone bounds their similarity below this are not compared at all. */
const PREFILTER_BOUND = 0.8;
/** Scores closer than this are ties (identical reference texts score exactly the same). */
const TIE_EPSILON = 1e-9;
const MAX_CUTS = 40;
const MAX_PARTS = 4;
const MAX_SPLIT_MATCHES = 120;
const MIN_WORDS = 8;
/** A whole-text match below this similarity is also tried as several concatenated licenses. */
const SPLIT_IF_BELOW = 0.985;
/** Concatenations are less certain than single texts: how the licenses combine is not stated. */
const SPLIT_CONFIDENCE_FACTOR = 0.95;
const MAX_EXTRA_WORDS = 12;
let lastIndexStats = null;
let defaultIndex = null;
/** Milliseconds from a monotonic clock; not `performance`, whose first use loads perf_hooks into an evaluation that needs nothing else of it. */
function nowMs() {
    return Number(process.hrtime.bigint()) / 1e6;
}
/** Timing of the lazy loads, for the performance test and diagnostics. */
function indexStats() {
    return lastIndexStats;
}
/**
 * The index beside the bundles (dist/spdx-index.json, written by npm run build). Running from the
 * sources without it, the same index is made from the installed spdx-license-list; a bundle
 * without it is a broken build, not a reason to normalise 5 MB of texts on every run.
 */
function openDefaultIndex() {
    const t0 = nowMs();
    const self = (0,external_node_url_.fileURLToPath)(import.meta.url);
    const beside = (0,external_node_path_.join)((0,external_node_path_.dirname)(self), '..');
    let index;
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(beside, INDEX_FILE)))
        index = readIndexFiles(beside);
    else if (self.endsWith('.ts'))
        index = indexFromList(JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_module_.createRequire)(import.meta.url).resolve('spdx-license-list/spdx-full.json'), 'utf8')));
    else
        throw new Error(`${INDEX_FILE} is missing beside the bundle (npm run build writes it)`);
    lastIndexStats = { loadMs: nowMs() - t0, indexMs: 0, licenses: 0 };
    return index;
}
function loadTier(tier, source) {
    const index = source ?? (defaultIndex ??= openDefaultIndex());
    const t0 = nowMs();
    const licenses = index.tier(tier);
    if (!source && lastIndexStats)
        lastIndexStats = { ...lastIndexStats, indexMs: lastIndexStats.indexMs + (nowMs() - t0), licenses: Math.max(lastIndexStats.licenses, licenses.length) };
    return licenses;
}
function sizeBound(a, b) {
    return (2 * Math.min(a, b)) / (a + b);
}
function ratio(a, b) {
    return a === 0 || b === 0 ? 0 : Math.min(a, b) / Math.max(a, b);
}
/** All candidates worth comparing, best first. */
/**
 * The licenses scored against the text, best first. With `onlyTop`, only what decides the top and its ties is scored:
 * licenses are taken by their size bound (the best score their size allows), highest first, and the rest are passed over
 * once that bound falls below the best score found (argo-cd's Apache-2.0 LICENSE: one license of the 219 common ones
 * reaches 1.0, and the others' sizes bound them below it). Without it every candidate is scored (closestLicenses).
 */
function rank(p, licenses, onlyTop) {
    const mine = p.terms ?? p.full;
    const mineWords = p.terms ? p.termsWords : p.words;
    const candidates = [];
    for (const lic of licenses) {
        const whole = sizeBound(p.full.size, lic.size);
        const terms = lic.termsSize > 0 ? sizeBound(mine.size, lic.termsSize) : -1;
        if (whole >= PREFILTER_BOUND || terms >= PREFILTER_BOUND)
            candidates.push({ lic, whole, terms, bound: Math.max(whole >= PREFILTER_BOUND ? whole : -1, terms >= PREFILTER_BOUND ? terms : -1) });
    }
    if (onlyTop)
        candidates.sort((x, y) => y.bound - x.bound);
    const out = [];
    let top = -1;
    for (const { lic, whole, terms, bound } of candidates) {
        if (onlyTop && bound < top - TIE_EPSILON)
            break;
        let best = -1;
        let lengthRatio = 0;
        // Whole text against whole text.
        if (whole >= PREFILTER_BOUND) {
            best = diceWith(p.full, lic.keys(), lic.size);
            lengthRatio = ratio(p.words, lic.words);
        }
        // Operative terms only: the how-to-apply appendix of GPL/Apache texts is often left out.
        if (terms >= PREFILTER_BOUND) {
            const s = diceWith(mine, lic.keys(), lic.termsSize);
            if (s > best) {
                best = s;
                lengthRatio = ratio(mineWords, lic.termsWords);
            }
        }
        if (best >= 0)
            out.push({ lic, score: best, lengthRatio });
        if (best > top)
            top = best;
    }
    out.sort((a, b) => b.score - a.score ||
        Number(a.lic.deprecated) - Number(b.lic.deprecated) ||
        suffixRank(a.lic.id) - suffixRank(b.lic.id) ||
        (a.lic.id < b.lic.id ? -1 : a.lic.id > b.lic.id ? 1 : 0));
    return out;
}
/**
 * Among identical texts prefer the plain id, then "-only" (a license file alone grants that version;
 * "or later" is said in per-file notices, not in the license text), then the rest.
 */
function suffixRank(id) {
    if (id.endsWith('-only'))
        return 1;
    if (id.endsWith('-or-later'))
        return 2;
    if (/-with-|-exception/i.test(id))
        return 3;
    return 0;
}
function accepted(s) {
    return s !== undefined && s.score >= MATCH_THRESHOLD && s.lengthRatio >= MIN_LENGTH_RATIO;
}
function alternativesOf(ranked) {
    const best = ranked[0];
    return ranked
        .slice(1)
        .filter((s) => Math.abs(s.score - best.score) <= TIE_EPSILON && !s.lic.deprecated)
        .map((s) => s.lic.id);
}
function none(reason) {
    return { spdxId: null, confidence: 0, method: 'none', alternatives: [], osiApproved: false, fsfLibre: false, approved: false, reason };
}
/** Does the text look like binary data rather than text? */
function looksBinary(text) {
    const sample = text.slice(0, 8192);
    if (sample.includes('\u0000'))
        return true;
    let odd = 0;
    for (let i = 0; i < sample.length; i++) {
        const c = sample.charCodeAt(i);
        if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd)
            odd++;
    }
    return odd > sample.length * 0.02;
}
const SPDX_LINE = /SPDX-License-Identifier:[ \t]*([^\r\n]*)/i;
const COMMENT_CLOSERS = ['*/', '-->', '#}', '%>', '"', "'", ';', ','];
/** The expression without a comment closer (`*` `/`, `-->`, a quote...), trailing dots and blanks. */
function trimIdentifier(rest) {
    let s = rest.trimEnd();
    const closer = COMMENT_CLOSERS.find((c) => s.endsWith(c));
    if (closer)
        s = s.slice(0, -closer.length);
    let end = s.length;
    while (end > 0 && (s[end - 1] === '.' || s[end - 1].trim() === ''))
        end--;
    return s.slice(0, end).trim();
}
function fromIdentifier(text) {
    const m = SPDX_LINE.exec(text);
    if (!m)
        return null;
    // Drop comment closers and trailing punctuation around the expression.
    const raw = trimIdentifier(m[1]);
    const verdict = (0,expression/* evaluateExpression */.O4)(raw);
    if (!verdict)
        return null;
    const single = verdict.ids.length === 1 ? (0,metadata/* licenseInfo */.mY)(verdict.ids[0]) : null;
    const unknown = verdict.unknownIds;
    return {
        spdxId: verdict.expression,
        ...(single ? { name: single.name } : {}),
        confidence: unknown.length === 0 ? 1 : 0.5,
        method: 'spdx-identifier',
        alternatives: [],
        osiApproved: verdict.osiApproved,
        fsfLibre: verdict.fsfLibre,
        approved: verdict.approved,
        ...(unknown.length > 0 ? { reason: `not on the SPDX License List: ${unknown.join(', ')}` } : {}),
    };
}
/**
 * Well-known riders that take a free license's freedoms away while leaving its text intact, so the
 * text still matches the free license. Not on the SPDX License List, hence detected by phrase.
 */
const NON_FREE_RIDERS = [
    {
        ref: 'LicenseRef-Commons-Clause',
        name: 'Commons Clause License Condition',
        test: /commons\s+clause[\s\S]{0,2000}?does\s+not\s+grant\s+to\s+you,?\s+the\s+right\s+to\s+sell/i,
    },
];
/**
 * Candidate cut points (character offsets of line starts) for a file holding several licenses:
 * after separator lines (---, ===, ***), and before title-like lines: a short line after a blank
 * line that names a license, or a short line standing alone between blank lines ("Third party
 * notices").
 */
function cutPoints(text) {
    const cuts = [];
    const lines = text.split('\n');
    let offset = 0;
    for (let i = 0; i < lines.length && cuts.length < MAX_CUTS; i++) {
        const line = lines[i].trim();
        const start = offset;
        offset += lines[i].length + 1;
        if (line.length === 0 || start === 0)
            continue;
        const prevBlank = i === 0 || lines[i - 1].trim().length === 0;
        // Two or more blank lines end a text (jq's COPYING: the MIT text, then the notices of bundled code, each after three).
        if (i >= 2 && prevBlank && lines[i - 2].trim().length === 0) {
            cuts.push(start);
            continue;
        }
        const nextBlank = i + 1 >= lines.length || lines[i + 1].trim().length === 0;
        if (/^(?:[-=*_~#+]\s*){3,}$/.test(line)) {
            cuts.push(offset);
            continue;
        }
        if (!prevBlank || /[.,;:]$/.test(line) || /^(?:copyright|\(c\)|\u00a9)/i.test(line))
            continue;
        const words = line.split(/\s+/).length;
        if ((words <= 12 && /licen[cs]e|copying/i.test(line)) || (words <= 8 && nextBlank))
            cuts.push(start);
    }
    return [...new Set(cuts)].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b);
}
function matchPart(text, index, onlyTop) {
    const sh = normalize_shingle(text);
    if (sh.words < MIN_WORDS)
        return null;
    const ranked = rank(sh, index, onlyTop);
    if (!ranked[0] || !accepted(ranked[0]))
        return null;
    return { best: ranked[0], alternatives: alternativesOf(ranked), words: sh.words };
}
/** Splits the text into consecutive parts that each match a license; null when no split does. */
function splitMatch(text, index, onlyTop) {
    const cuts = cutPoints(text);
    if (cuts.length === 0)
        return null;
    let budget = MAX_SPLIT_MATCHES;
    const bounds = [0, ...cuts, text.length];
    const memo = new Map();
    const part = (a, b) => {
        const key = `${a}:${b}`;
        if (memo.has(key))
            return memo.get(key) ?? null;
        if (budget-- <= 0)
            return null;
        const slice = text.slice(bounds[a], bounds[b]);
        const r = /\S/.test(slice) ? matchPart(slice, index, onlyTop) : null;
        memo.set(key, r);
        return r;
    };
    const solve = (from, depth) => {
        if (from === bounds.length - 1)
            return [];
        if (depth >= MAX_PARTS)
            return null;
        // Try the longest remaining piece first: fewer, bigger parts are the likelier reading.
        for (let to = bounds.length - 1; to > from; to--) {
            if (from === 0 && to === bounds.length - 1)
                continue; // the whole text already failed
            const p = part(from, to);
            if (!p)
                continue;
            const rest = solve(to, depth + 1);
            if (rest)
                return [p, ...rest];
        }
        return null;
    };
    const parts = solve(0, 0);
    return parts && parts.length > 1 ? parts : null;
}
/**
 * The largest single license found in some prefix of the text, else in some suffix, when no full
 * split works. A file that opens with a license text is that project's license, whatever notices
 * of bundled code follow (jq's COPYING: MIT, then the dtoa, ICU and BSD notices): a longer
 * third-party text at the end must not stand for it.
 */
function partialMatch(text, index, totalWords, onlyTop) {
    let budget = MAX_SPLIT_MATCHES / 2;
    const cuts = cutPoints(text);
    for (const side of ['prefix', 'suffix']) {
        let best = null;
        for (const c of cuts) {
            if (budget-- <= 0)
                break;
            const p = matchPart(side === 'prefix' ? text.slice(0, c) : text.slice(c), index, onlyTop);
            if (p && (!best || p.words * p.best.score > best.words * best.best.score))
                best = { ...p, offset: side === 'prefix' ? 0 : c };
        }
        if (best && best.words < totalWords)
            return { ...best, at: side === 'prefix' ? 'start' : 'end' };
    }
    return betweenMatch(text, cuts, index, onlyTop);
}
/**
 * A preamble saying that the license text after it is the project's: lodash's LICENSE, "The following license applies to all parts
 * of this software except as documented below:", then the MIT text between "====" lines, then a CC0 waiver for sample code and a
 * note on vendored code. A text between two cuts is read as the project's license only after such words: without them it is as
 * likely a bundled component's notice.
 */
const LICENSE_APPLIES = /\b(?:following|this) licen[cs]e (?:applies|governs)\b|\blicensed under the following\b|\bunder the terms of the following licen[cs]e\b/i;
const MAX_PREAMBLE_CHARS = 2000;
/** The offset of the first non-blank character at or after `offset`: a cut may fall on the blank line before a text. */
function firstNonBlank(text, offset) {
    const at = text.slice(offset).search(/\S/);
    return at < 0 ? offset : offset + at;
}
/** The license text between two cuts of the file, right after a preamble that says it applies (LICENSE_APPLIES). */
function betweenMatch(text, cuts, index, onlyTop) {
    const from = cuts.findIndex((c) => c <= MAX_PREAMBLE_CHARS && LICENSE_APPLIES.test(text.slice(0, c)));
    if (from < 0)
        return null;
    for (let to = from + 1; to < cuts.length && to <= from + MAX_PARTS; to++) {
        const p = matchPart(text.slice(cuts[from], cuts[to]), index, onlyTop);
        if (p)
            return { ...p, at: 'between', offset: cuts[from] };
    }
    return null;
}
function weightedScore(parts) {
    const totalWords = parts.reduce((sum, p) => sum + p.words, 0);
    return parts.reduce((sum, p) => sum + p.best.score * p.words, 0) / totalWords;
}
function fromParts(parts) {
    const ids = [...new Set(parts.map((p) => p.best.lic.id))];
    const free = (p) => p.best.lic.osi || p.best.lic.fsf;
    return {
        spdxId: ids.join(' AND '),
        confidence: round(weightedScore(parts) * SPLIT_CONFIDENCE_FACTOR),
        method: 'text-match',
        alternatives: [],
        osiApproved: parts.every((p) => p.best.lic.osi),
        fsfLibre: parts.every(free) && parts.some((p) => p.best.lic.fsf),
        approved: parts.every(free),
        reason: `the file holds ${parts.length} license texts one after another (${parts.map((p) => p.best.lic.id).join(', ')}); read as all of them applying`,
        parts: parts.map((p) => ({ spdxId: p.best.lic.id, confidence: round(p.best.score), approved: free(p) })),
    };
}
/**
 * Words of the text that the matched license text does not have (after normalisation, so not the
 * copyright line): a project name in BSD clause 3 is harmless, "may not be used for commercial
 * purposes" is not. Reported in the reason so a reader can judge; at most MAX_EXTRA_WORDS.
 */
function extraWords(text, id, source) {
    const reference = (source ?? defaultIndex)?.text(id) ?? null;
    if (reference === null)
        return [];
    const known = new Set(tokenize(reference));
    const extra = [];
    for (const w of tokenize(text)) {
        if (!known.has(w) && !extra.includes(w)) {
            extra.push(w);
            if (extra.length >= MAX_EXTRA_WORDS)
                break;
        }
    }
    return extra;
}
function fromScored(best, alternatives, extra = []) {
    return {
        ...(extra.length > 0 ? { reason: `words not in the ${best.lic.id} text: ${extra.join(', ')}` } : {}),
        spdxId: best.lic.id,
        name: best.lic.name,
        confidence: round(best.score),
        method: 'text-match',
        alternatives,
        osiApproved: best.lic.osi,
        fsfLibre: best.lic.fsf,
        approved: best.lic.osi || best.lic.fsf,
    };
}
function round(x) {
    return Math.round(x * 1000) / 1000;
}
/**
 * Identifies the SPDX license of a license file's text. Never throws; unidentified texts give
 * spdxId null and a reason. Only the first MAX_TEXT_CHARS characters are examined.
 */
/** `exhaustive` scores every candidate license (tests compare it with the default, which scores only what decides the top). */
function identifyLicense(input, options = {}) {
    try {
        return Promise.resolve(identify(input, options.index, !options.exhaustive));
    }
    catch (e) {
        return Promise.resolve(none(`license identification failed: ${e instanceof Error ? e.message : String(e)}`));
    }
}
function identify(input, source, onlyTop) {
    if (typeof input !== 'string')
        return none('not text');
    const truncated = input.length > MAX_TEXT_CHARS;
    const text = truncated ? input.slice(0, MAX_TEXT_CHARS) : input;
    if (text.trim().length === 0)
        return none('the file is empty');
    if (looksBinary(text))
        return none('the file is not text (binary content)');
    const declared = fromIdentifier(text);
    if (declared)
        return declared;
    const sh = normalize_shingle(text);
    if (sh.words < MIN_WORDS)
        return none(`too little text to identify (${sh.words} words)`);
    // Common licenses first; a clear, whole-text match there needs no other index.
    const common = loadTier('common', source);
    const quick = rank(sh, common, onlyTop);
    if (accepted(quick[0]) && quick[0].score >= SPLIT_IF_BELOW)
        return fromScored(quick[0], alternativesOf(quick), extraWords(text, quick[0].lic.id, source));
    const index = loadTier('all', source);
    const ranked = rank(sh, index, onlyTop);
    const top = ranked[0];
    let result;
    if (top && accepted(top)) {
        result = fromScored(top, alternativesOf(ranked), extraWords(text, top.lic.id, source));
        // A long license can absorb a short one pasted before or after it (MIT then Apache-2.0 still
        // scores ~0.96 as Apache-2.0). When part of the text is unexplained, see whether it splits.
        if (top.score < SPLIT_IF_BELOW) {
            const parts = splitMatch(text, index, onlyTop);
            if (parts && weightedScore(parts) > top.score)
                result = fromParts(parts);
        }
    }
    else {
        const parts = splitMatch(text, index, onlyTop);
        if (parts) {
            result = fromParts(parts);
        }
        else {
            const partial = partialMatch(text, index, sh.words, onlyTop);
            if (partial) {
                const share = partial.words / sh.words;
                result = {
                    ...fromScored(partial.best, partial.alternatives),
                    confidence: round(partial.best.score * Math.min(1, share)),
                    reason: `only part of the file (${Math.round(share * 100)}% of its words) is the ${partial.best.lic.id} text; the rest was not identified`,
                    partial: { at: partial.at, confidence: round(partial.best.score), share: round(Math.min(1, share)) },
                    ...(partial.at === 'start' ? {} : { line: (0,facts_text/* lineAt */.mh)(text, firstNonBlank(text, partial.offset)) }),
                };
            }
            else {
                const notice = fromNotice(text, sh);
                if (notice)
                    return notice;
                if (!top)
                    return none('no SPDX license text of similar length');
                const why = top.score >= MATCH_THRESHOLD ? `its length differs (ratio ${top.lengthRatio.toFixed(2)})` : `${Math.round(top.score * 100)}% similar`;
                return { ...none(`no SPDX license text matches; closest is ${top.lic.id}, ${why}`), confidence: round(top.score) };
            }
        }
    }
    for (const rider of NON_FREE_RIDERS) {
        if (rider.test.test(text)) {
            result = {
                ...result,
                spdxId: `${result.spdxId} AND ${rider.ref}`,
                approved: false,
                osiApproved: false,
                fsfLibre: false,
                reason: `the ${result.spdxId} text is combined with the ${rider.name}, which withholds the right to sell; neither OSI nor FSF accept that`,
            };
        }
    }
    if (truncated)
        result = { ...result, reason: [result.reason, `only the first ${MAX_TEXT_CHARS} characters were examined`].filter(Boolean).join('; ') };
    return result;
}
/**
 * The standard notices (SPDX "standard license header") of licenses whose projects often keep only
 * the notice in LICENSE: it names the license and where its text is, which is what LE-02.01 asks.
 */
const NOTICES = [
    {
        id: 'Apache-2.0',
        start: 'licensed under',
        text: 'Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance with the License. You may obtain a copy of the License at http://www.apache.org/licenses/LICENSE-2.0 Unless required by applicable law or agreed to in writing, software distributed under the License is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the License for the specific language governing permissions and limitations under the License.',
    },
    {
        id: 'MPL-2.0',
        start: 'source code form',
        text: 'This Source Code Form is subject to the terms of the Mozilla Public License, v. 2.0. If a copy of the MPL was not distributed with this file, You can obtain one at http://mozilla.org/MPL/2.0/.',
    },
];
let noticeShingles = null;
/** A file that is one standard notice (a copyright line aside), as a match of its license. */
function fromNotice(text, sh) {
    noticeShingles ??= NOTICES.map((n) => normalize_shingle(n.text));
    for (let i = 0; i < NOTICES.length; i++) {
        const ref = noticeShingles[i];
        const score = dice(sh.full, ref.full);
        if (score < MATCH_THRESHOLD || ratio(sh.words, ref.words) < MIN_LENGTH_RATIO)
            continue;
        const info = (0,metadata/* licenseInfo */.mY)(NOTICES[i].id);
        if (!info)
            continue;
        const lower = text.toLowerCase();
        const at = lower.indexOf(NOTICES[i].start);
        return {
            spdxId: info.id,
            name: info.name,
            confidence: round(score),
            method: 'standard-notice',
            alternatives: [],
            osiApproved: info.osiApproved,
            fsfLibre: info.fsfLibre,
            approved: info.osiApproved || info.fsfLibre,
            reason: `the file holds the standard ${info.id} notice, not the license text`,
            ...(at >= 0 ? { line: (0,facts_text/* lineAt */.mh)(text, at) } : {}),
        };
    }
    return null;
}
/** For tests and diagnostics: the closest reference texts and their scores. */
function closestLicenses(text, count = 5, options = {}) {
    const index = loadTier('all', options.index);
    const ranked = rank(shingle(text.slice(0, MAX_TEXT_CHARS)), index, false);
    return Promise.resolve(ranked.slice(0, count).map((s) => ({ id: s.lic.id, score: round(s.score), lengthRatio: round(s.lengthRatio) })));
}

;// CONCATENATED MODULE: ./src/facts/spdx/reserved.ts
// A license file that is no license: it reserves every right ("All rights reserved", "proprietary
// and confidential", "may not be copied") and grants none. OSPS-LE-02.01 then fails, naming why,
// instead of leaving an unidentified text unknown. Only texts that matched no SPDX license are
// asked (BSD texts say "All rights reserved" and then grant permission). Plain string search on
// lower-cased text: no pattern here can backtrack.
/** Words that reserve rights or forbid use. */
const RESERVES = ['all rights reserved', 'proprietary and confidential', 'strictly prohibited', 'may not be copied', 'may not be used, copied', 'may not be reproduced', 'no part of this', 'without the express written permission', 'without prior written permission', 'not licensed for', 'no license is granted', 'no rights are granted'];
/** Words that grant a permission (any license does one of these). */
const GRANTS = [
    'permission is hereby granted', 'hereby grant', 'grants you', 'is granted to', 'licensed under', 'license, version', 'licence, version',
    'redistribution and use', 'you can redistribute', 'is free software', 'permission to use, copy', 'free of charge',
    'public domain', 'licensed to you', 'subject to the following conditions', 'open source', 'gnu general public license',
    'mozilla public license', 'apache license', 'creative commons', 'spdx-license-identifier', 'unlicense', 'permitted provided',
];
/** "you may use\u2026" grants; "you may not\u2026" does not. */
function maySomething(lower) {
    let i = lower.indexOf('you may ');
    while (i >= 0) {
        if (!lower.startsWith('not ', i + 8) && !lower.startsWith('only ', i + 8))
            return true;
        i = lower.indexOf('you may ', i + 8);
    }
    return false;
}
/** The first line that reserves rights, when the text grants none; null otherwise. */
function reservesAllRights(text) {
    const sample = text.length > 64 * 1024 ? text.slice(0, 64 * 1024) : text;
    const lower = sample.toLowerCase().replace(/\s+/g, ' ');
    if (GRANTS.some((g) => lower.includes(g)) || maySomething(lower))
        return null;
    const lines = sample.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i].toLowerCase().replace(/\s+/g, ' ');
        if (RESERVES.some((r) => l.includes(r))) {
            const t = lines[i].trim();
            return { line: i + 1, text: t.length > 120 ? `${t.slice(0, 117)}...` : t };
        }
    }
    return null;
}

;// CONCATENATED MODULE: ./src/facts/license.ts
// License files: where they are (OSPS-LE-03.01) and which SPDX license their text is (OSPS-LE-02.01).



const LICENSE_NAME = /^(licen[cs]e|copying|unlicense)([._-][A-Za-z0-9._-]*)?$/i;
/** Source files named like licenses (license.ts, license.go) are code, not license texts. */
const CODE_EXT = /\.(ts|tsx|js|jsx|mjs|cjs|py|go|rs|java|kt|rb|php|cs|c|h|cc|cpp|swift|scala|sh|json|ya?ml|toml|xml|tmpl|tpl|css|scss|vue|svelte|dart|ex|exs|lua|pl|sql)$/i;
function isLicenseName(base) {
    return LICENSE_NAME.test(base) && !CODE_EXT.test(base);
}
/**
 * A root license file named for its license first, as Ruby projects name it (rack's and rails' MIT-LICENSE, GitHub's
 * licensee reads it too): the family's name, an optional version, then LICENSE or COPYING. Not THIRD-PARTY-LICENSE.
 */
const NAMED_LICENSE = /^(?:mit|bsd|isc|apache|gpl|lgpl|agpl|mpl|epl|zlib|cc0)(?:[._-]?\d+(?:\.\d+)*)?[_-](?:licen[cs]e|copying)(?:\.(?:md|markdown|txt|rst))?$/i;
const MAX_LICENSE_FILES = 20;
async function gatherLicense(snap) {
    const found = [];
    for (const f of snap.files) {
        if (f.kind === 'submodule')
            continue;
        const slash = f.path.lastIndexOf('/');
        if (slash < 0 && NAMED_LICENSE.test(f.path)) {
            found.push({ path: f.path, atRoot: true });
            continue;
        }
        const first = f.path.charCodeAt(0) | 0x20; // cheap pre-filter on 100,000 paths: l, c, u or a folder named licenses
        const base = f.path.slice(slash + 1);
        const b0 = base.charCodeAt(0) | 0x20;
        if (first !== 0x6c && b0 !== 0x6c && b0 !== 0x63 && b0 !== 0x75)
            continue;
        const parts = f.path.split('/');
        const inRootLicenseDir = parts.length === 2 && /^licen[cs]es?$/i.test(parts[0]);
        if (parts.length === 1 && isLicenseName(base))
            found.push({ path: f.path, atRoot: true });
        else if (inRootLicenseDir && !CODE_EXT.test(base))
            found.push({ path: f.path, atRoot: true });
        else if (parts.length <= 3 && isLicenseName(base) && !/(^|\/)(node_modules|vendor|third_party)\//.test(f.path))
            found.push({ path: f.path, atRoot: false });
    }
    // With a license file at the root, a root LICENSES/ folder is REUSE's: the texts of every license
    // used somewhere in the tree, which .reuse/dep5 or REUSE.toml assigns to parts of it (nlohmann/json's
    // GPL-3.0 text covers one third-party test folder). They are not the project's license.
    const rootFile = found.some((f) => !f.path.includes('/'));
    const project = rootFile ? found.filter((f) => !f.atRoot || !f.path.includes('/')) : found;
    const files = [];
    /** Short texts that matched nothing and name no other file: read again below for the licenses they name. */
    const pointers = new Map();
    for (const { path, atRoot } of project.slice(0, MAX_LICENSE_FILES)) {
        if (!atRoot) {
            files.push({ path, atRoot, match: null });
            continue;
        }
        const r = snap.read(path);
        if (!r.ok)
            files.push({ path, atRoot, match: null, unreadable: r.reason });
        else {
            const match = await identifyLicense(r.text);
            const reserved = match.spdxId ? null : reservesAllRights(r.text);
            const refersTo = match.spdxId || reserved ? null : namedLicenseFiles(r.text, path, found);
            const file = { path, atRoot, match, ...(reserved ? { reserved } : {}), ...(refersTo ? { refersTo } : {}) };
            files.push(file);
            if (!match.spdxId && !reserved && !refersTo && r.text.length <= MAX_POINTER_TEXT)
                pointers.set(file, r.text);
        }
    }
    for (const [file, text] of pointers) {
        const refersTo = namedLicenses(text, file.path, files);
        if (refersTo)
            file.refersTo = refersTo;
    }
    const paths = new Set(found.map((f) => f.path));
    for (const f of files) {
        const m = f.match;
        if (m?.method !== 'text-match' || m.spdxId === null || m.alternatives.length === 0)
            continue;
        const choice = (0,license_version/* chooseVersion */.EH)(snap, [m.spdxId, ...m.alternatives], paths);
        if (!choice)
            continue;
        f.versionChoice = choice;
        if (choice.spdxId !== null && choice.spdxId !== m.spdxId)
            f.match = withId(m, choice.spdxId, choice.candidates);
    }
    if (!files.some((f) => f.atRoot && f.match !== null && f.match.spdxId === null && !f.reserved && !f.refersTo))
        return { files };
    return { files, manifestLicenses: (0,license_version/* manifestLicenses */.eS)(snap) };
}
/** The longest text read as a pointer to other license files, not a license of its own. */
const MAX_POINTER_TEXT = 4000;
/** The other root license files a short text names (by file name), with the line of the first; null when it names none. */
function namedLicenseFiles(text, self, found) {
    if (text.length > MAX_POINTER_TEXT)
        return null;
    const others = found.filter((f) => f.atRoot && !f.path.includes('/') && f.path !== self).map((f) => f.path);
    const at = new Map();
    for (const o of others) {
        const i = nameAt(text, o);
        if (i >= 0)
            at.set(o, i);
    }
    if (at.size === 0)
        return null;
    const first = Math.min(...at.values());
    return { files: [...at.keys()], line: text.slice(0, first).split('\n').length };
}
/**
 * The other root license files whose identified license a short text names by its family, a word of its own (BurntSushi's
 * COPYING: "This project is dual-licensed under the Unlicense and MIT licenses", beside UNLICENSE and LICENSE-MIT), with
 * the line of the first; null when it names none. Every such file must be named: a text naming one of two is no pointer.
 */
function namedLicenses(text, self, files) {
    const others = files.filter((f) => f.atRoot && !f.path.includes('/') && f.path !== self && f.match?.spdxId);
    if (others.length === 0)
        return null;
    const lower = text.toLowerCase();
    const at = new Map();
    for (const o of others) {
        const family = (o.match?.spdxId ?? '').split('-')[0].toLowerCase();
        const i = family.length >= 3 ? wordAt(lower, family) : -1;
        if (i < 0)
            return null;
        at.set(o.path, i);
    }
    const first = Math.min(...at.values());
    return { files: [...at.keys()], line: text.slice(0, first).split('\n').length, byLicense: true };
}
/** Where `word` stands in `text` as a word of its own (MIT, not "MITRE" or "submit"), or -1. */
function wordAt(text, word) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
        if (!/\w/.test(text.charAt(i - 1)) && !/\w/.test(text.charAt(i + word.length)))
            return i;
    }
    return -1;
}
/** Where a file name stands in a text as a whole name (COPYING, not the start of COPYING.LESSER), or -1. */
function nameAt(text, name) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        const next = text.charAt(i + name.length);
        const after = text.charAt(i + name.length + 1);
        if (/[\w-]/.test(next) || (next === '.' && /\w/.test(after)))
            continue;
        return i;
    }
    return -1;
}
/** The match under the id the project declares, the other of the pair its alternative. */
function withId(m, id, pair) {
    const info = (0,metadata/* licenseInfo */.mY)(id);
    if (!info)
        return m;
    return { ...m, spdxId: id, name: info.name, alternatives: pair.filter((p) => p !== id), osiApproved: info.osiApproved, fsfLibre: info.fsfLibre, approved: info.osiApproved || info.fsfLibre };
}


/***/ }),

/***/ 7177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V$: () => (/* binding */ CONVERTED_FENCE),
  GJ: () => (/* binding */ GUIDE_SAMPLE),
  MV: () => (/* binding */ MAX_LINE),
  MC: () => (/* binding */ bodyLineOf),
  ro: () => (/* binding */ codeLineOf),
  rv: () => (/* binding */ findSection),
  Y2: () => (/* binding */ headingAtLine),
  rW: () => (/* binding */ linkTexts),
  Dd: () => (/* binding */ parseMarkdown),
  uz: () => (/* binding */ splitLines),
  Kq: () => (/* binding */ stripTags)
});

// UNUSED EXPORTS: BODY_SAMPLE, CODE_SAMPLE, atxHeading, autolinks, htmlAnchors, inlineLinks, lineBounds

;// CONCATENATED MODULE: ./src/facts/spelled-email.ts
// E-mail addresses spelled out against harvesters: `security at python dot org` (pip's SECURITY.md),
// `security [at] example [dot] org`, `name (at) example (dot) com`, `NAME AT EXAMPLE DOT ORG`.
// Read word by word (no regular expression runs over the line), so that prose does not turn into an
// address: the plain lowercase form needs `dot` before the last part and a well-known top-level
// domain ("look at this dot product" is no address), the bracketed and capital forms any domain.
// A domain written whole after the spelled `at` is read only when the `at` is bracketed
// (`security [at] example.com`), or both parts are quoted alike (referencing's SECURITY.md:
// "`Julian+Security` at `GrayVines.com`") or in one code span and the domain ends in a well-known
// top-level domain: "available at pypi.org" is prose, not an address.
/** Top-level domains the plain lowercase form may end with. */
const PLAIN_TLDS = new Set(['com', 'org', 'net', 'io', 'dev', 'edu', 'gov', 'info', 'co', 'us', 'uk', 'de', 'fr', 'eu', 'ch', 'nl', 'se', 'no', 'fi', 'dk', 'at', 'be', 'it', 'es', 'pl', 'cz', 'jp', 'cn', 'kr', 'in', 'au', 'ca', 'br', 'ru', 'me', 'sh', 'ai', 'app', 'cloud', 'tech']);
const LOCAL = /^[A-Za-z0-9._%+-]{1,64}$/;
const LABEL = /^[A-Za-z0-9-]{1,63}$/;
const MAX_LABELS = 8;
/** 'at' / 'dot' when the word is one of their spellings, with whether it is the strong (bracketed or capital) form. */
function marker(word) {
    const open = word[0];
    const close = word[word.length - 1];
    const bracketed = word.length >= 4 && ((open === '[' && close === ']') || (open === '(' && close === ')') || (open === '{' && close === '}') || (open === '<' && close === '>'));
    const inner = bracketed ? word.slice(1, -1).trim() : word;
    const lower = inner.toLowerCase();
    if (lower !== 'at' && lower !== 'dot')
        return null;
    if (!bracketed && inner !== lower && inner !== lower.toUpperCase())
        return null;
    return { kind: lower, strong: bracketed || inner === 'AT' || inner === 'DOT', bracketed };
}
/** The line's words, with a bracketed marker written against its neighbours (`security[at]example[dot]org`) set apart. */
function wordsOf(line) {
    const out = [];
    let i = 0;
    while (i < line.length) {
        while (i < line.length && (line[i] === ' ' || line[i] === '\t'))
            i++;
        let j = i;
        while (j < line.length && line[j] !== ' ' && line[j] !== '\t')
            j++;
        if (j > i)
            splitMarkers(line.slice(i, j), i + 1, out);
        i = j;
    }
    return out;
}
const BRACKETED = ['[at]', '(at)', '{at}', '<at>', '[dot]', '(dot)', '{dot}', '<dot>'];
function splitMarkers(word, column, out) {
    const lower = word.toLowerCase();
    let start = 0;
    for (let k = 0; k < lower.length; k++) {
        const m = BRACKETED.find((b) => lower.startsWith(b, k));
        if (m === undefined)
            continue;
        if (k > start)
            out.push({ text: word.slice(start, k), column: column + start });
        out.push({ text: word.slice(k, k + m.length), column: column + k });
        start = k + m.length;
        k = start - 1;
    }
    if (start < word.length)
        out.push({ text: word.slice(start), column: column + start });
}
/** Quotes, backticks and punctuation around a word (`security`, "org".) are not part of it. */
function core(word, side) {
    let a = 0;
    let b = word.length;
    const wrap = (c) => c === '`' || c === '"' || c === "'" || c === '*' || c === '_' || c === '(' || c === ')' || c === ',' || c === ';' || c === ':' || c === '.' || c === '!' || c === '?' || c === '<' || c === '>';
    if (side !== 'end')
        while (a < b && wrap(word[a]))
            a++;
    if (side !== 'start')
        while (b > a && wrap(word[b - 1]))
            b--;
    return { text: word.slice(a, b), offset: a };
}
/** Punctuation that may follow a quoted part (`GrayVines.com`.). */
const TRAILING = new Set([',', ';', ':', '.', '!', '?', ')']);
/** The length of a word without the punctuation that follows it. */
function trimmedLength(word) {
    let b = word.length;
    while (b > 0 && TRAILING.has(word[b - 1]))
        b--;
    return b;
}
/**
 * The local part and the domain of `local at domain` written as code or quotes: each part quoted alike (`Julian+Security`
 * at `GrayVines.com`, "sec" at "example.org") or the whole address in one code span (`security at example.com`), with
 * where the quoted text starts and ends (1-based columns, end exclusive); null otherwise.
 */
function quotedParts(before, after) {
    const q = before.text[0];
    if (q !== '`' && q !== '"' && q !== "'")
        return null;
    const lb = trimmedLength(before.text);
    const db = trimmedLength(after.text);
    const localClosed = lb >= 3 && before.text[lb - 1] === q;
    const domainOpened = after.text[0] === q;
    if (db < (domainOpened ? 3 : 1) || after.text[db - 1] !== q)
        return null;
    if (localClosed !== domainOpened || (!localClosed && q !== '`'))
        return null;
    return {
        local: before.text.slice(1, localClosed ? lb - 1 : undefined),
        domain: after.text.slice(domainOpened ? 1 : 0, db - 1),
        first: before.column,
        end: after.column + db,
    };
}
/** A domain written whole (`GrayVines.com`): its labels, or null. */
function wholeDomain(text) {
    const labels = text.split('.');
    if (labels.length < 2 || labels.length > MAX_LABELS || !labels.every((l) => LABEL.test(l)))
        return null;
    return /^[A-Za-z]{2,24}$/.test(labels[labels.length - 1]) ? labels : null;
}
/**
 * `local at domain.tld`, the domain written whole after a spelled `at` that is bracketed or between two parts quoted
 * alike (`Julian+Security` at `GrayVines.com`) or in one code span; not when a spelled `dot` follows (`sec [at] corp.example [dot] com`
 * mixes the two). Null otherwise.
 */
function wholeDomainAddress(line, words, i, bracketed) {
    const before = words[i - 1];
    const after = words[i + 1];
    if (i + 2 < words.length && marker(words[i + 2].text)?.kind === 'dot')
        return null;
    const parts = quotedParts(before, after);
    if (parts) {
        // Code names files and functions too ("`load` at `module.py`"): a well-known top-level domain, as the plain form needs.
        const labels = wholeDomain(parts.domain);
        if (!labels || !PLAIN_TLDS.has(labels[labels.length - 1].toLowerCase()) || !LOCAL.test(parts.local))
            return null;
        return { address: `${parts.local}@${labels.join('.')}`.toLowerCase(), written: line.slice(parts.first - 1, parts.end - 1), column: parts.first };
    }
    if (!bracketed)
        return null;
    const local = core(before.text, 'both');
    const domain = core(after.text, 'both');
    const labels = wholeDomain(domain.text);
    if (!labels || !LOCAL.test(local.text))
        return null;
    const first = before.column + local.offset;
    return { address: `${local.text}@${labels.join('.')}`.toLowerCase(), written: line.slice(first - 1, after.column - 1 + domain.offset + domain.text.length), column: first };
}
/** The spelled-out addresses of one line. */
function spelledEmails(line) {
    // Cheap refusal: every spelling has an "at" in some case.
    if (!/\bat\b/i.test(line))
        return [];
    const words = wordsOf(line);
    const out = [];
    for (let i = 1; i + 1 < words.length; i++) {
        const at = marker(words[i].text);
        if (at?.kind !== 'at')
            continue;
        const local = core(words[i - 1].text, 'start');
        if (marker(local.text))
            continue;
        const whole = wholeDomainAddress(line, words, i, at.bracketed);
        if (whole) {
            out.push(whole);
            i++;
            continue;
        }
        if (!LOCAL.test(local.text))
            continue;
        const labels = [];
        let strong = at.strong;
        let k = i + 1;
        let last = words[k];
        let lastCore = core(last.text, 'end');
        if (!LABEL.test(lastCore.text))
            continue;
        labels.push(lastCore.text);
        while (labels.length < MAX_LABELS && k + 2 < words.length) {
            const dot = marker(words[k + 1].text);
            if (dot?.kind !== 'dot')
                break;
            const next = core(words[k + 2].text, 'end');
            if (!LABEL.test(next.text))
                break;
            strong ||= dot.strong;
            labels.push(next.text);
            last = words[k + 2];
            lastCore = next;
            k += 2;
        }
        if (labels.length < 2)
            continue;
        const tld = labels[labels.length - 1];
        if (!/^[A-Za-z]{2,24}$/.test(tld) || (!strong && !PLAIN_TLDS.has(tld)))
            continue;
        const first = words[i - 1].column + local.offset;
        const end = last.column + lastCore.offset + lastCore.text.length;
        out.push({ address: `${local.text}@${labels.join('.')}`.toLowerCase(), written: line.slice(first - 1, end - 1), column: first });
        i = k;
    }
    return out;
}

// EXTERNAL MODULE: ./src/facts/text.ts
var facts_text = __webpack_require__(3928);
// EXTERNAL MODULE: ./src/facts/placeholder.ts
var placeholder = __webpack_require__(2902);
;// CONCATENATED MODULE: ./src/facts/markdown.ts
// A small Markdown outline reader: headings with the size of their sections, links and
// e-mail addresses, with line numbers. Enough to tell "a section that tells the reader how"
// from a bare mention, in time linear in the document.



const MAX_HEADINGS = 10_000;
const MAX_LINKS = 10_000;
/** Characters of a line read, at most; the converters of other formats (restructuredtext.ts, asciidoc.ts) cut their lines alike. */
const MAX_LINE = 10_000;
/**
 * The fence the converters of other formats write around the code they find: a run of tildes
 * longer than any fence a converted code line is likely to hold, so only their own line closes it.
 */
const CONVERTED_FENCE = '~~~~~~~~~~';
const BODY_SAMPLE = 1500;
/**
 * A contribution guide's sections are read further: its expectations are often one item of a long
 * list (certmagic's "Contributing code" says "**Write tests.**" 2,400 characters in). There are one
 * or two such guides per repository.
 */
const GUIDE_SAMPLE = 6000;
const CODE_SAMPLE = 800;
/** Total sample characters kept per document, so that 5,000 headings cannot cost much memory. */
const SAMPLE_BUDGET = 512 * 1024;
const MAX_TIMEFRAMES = 200;
const TIMEFRAME_CONTEXT = 400;
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty-five|sixty|ninety';
// A number word may carry its numeral in parentheses, as legal prose writes it: scorecard's SECURITY.md,
// "acknowledge the report within three (3) business days".
const TIMEFRAME_RE = new RegExp(`\\b(?:\\d{1,4}|${NUMBER_WORDS})(?: \\(\\d{1,4}\\))?(?:\\s*(?:-|to|\u2013)\\s*(?:\\d{1,4}|${NUMBER_WORDS})(?: \\(\\d{1,4}\\))?)?[\\s-]+(?:business[\\s-]+|working[\\s-]+|calendar[\\s-]+)?(?:hours?|days?|weeks?|months?)\\b`, 'gi');
/** A period stated without a number: "a few business days", "a couple of weeks", "several days". */
const VAGUE_TIMEFRAME_RE = /\b(?:a few|a couple(?: of)?|several)[\s-]+(?:business[\s-]+|working[\s-]+|calendar[\s-]+)?(?:hours|days|weeks|months)\b/gi;
/** Longest link text and target read. */
const MAX_LINK_TEXT = 300;
const MAX_LINK_TARGET = 2000;
const BARE_URL_RE = /(?<![(<"'=\w])(https?:\/\/[^\s)<>\]"'`]{3,2000})/g;
const EMAIL_RE = /(?<![\w.+-])([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24})(?![\w-])/g;
const HTML_HEADING_RE = /^\s*<h([1-6])[^>]*>(.*?)<\/h\1>\s*$/i;
const FENCE_RE = /^\s{0,3}(`{3,}|~{3,})/;
const SETEXT_RE = /^\s{0,3}(=+|-+)\s*$/;
/** Longest front matter read: a page's metadata is a few lines, not a document. */
const MAX_FRONT_MATTER_LINES = 100;
const FRONT_MATTER_KEY = /^[A-Za-z_][\w-]{0,80}\s{0,10}:/;
const FRONT_MATTER_TITLE = /^title\s{0,10}:\s{0,10}\S/;
// Cheap tests that let most lines skip an expression that could not match them (same results).
/** Whether a line's first character after up to three blanks (as \s counts them) is ` or ~: FENCE_RE can match only then. */
function mayOpenFence(line) {
    for (let i = 0; i < line.length && i < 4; i++) {
        const c = line.charCodeAt(i);
        if (c === 0x60 || c === 0x7e)
            return true;
        if (!(0,facts_text/* isSpace */.xC)(c))
            return false;
    }
    return false;
}
/** A link reference definition: `[label]: destination`, indented up to three spaces. */
const LINK_DEFINITION_LINE = /^ {0,3}\[[^[\]]{1,200}\]:\s*\S/;
/** Whether a line's first character that is not \s is = or -: SETEXT_RE can match only then. */
function mayUnderline(line) {
    for (let i = 0; i < line.length; i++) {
        const c = line.charCodeAt(i);
        if (c === 0x3d || c === 0x2d)
            return true;
        if (!(0,facts_text/* isSpace */.xC)(c))
            return false;
    }
    return false;
}
/**
 * Reads a document's outline. The headings, their sections and the prose are read at once; the
 * links, e-mail addresses, placeholders and timeframes are read from the same lines when first
 * asked for (most documents of a large docs/ tree are searched for a section, not for links).
 */
function parseMarkdown(text, options = {}) {
    const lines = splitLines(text);
    const sample = options.bodySample ?? BODY_SAMPLE;
    const headings = [];
    let inFence = null;
    // CommonMark's indented code block: 4 columns in (a tab is 4) after a blank line, outside a list, where
    // libgit2's README keeps `\t# List all build options` (a shell comment, not a heading). Only for Markdown files:
    // converted formats and plain-text changelogs indent their prose.
    let inIndented = false;
    let afterBlank = true;
    let inList = false;
    let proseChars = 0;
    let budget = SAMPLE_BUDGET;
    /** Lines of prose (not code, not a heading, not blank): where links, addresses and timeframes are. */
    const prose = [];
    const addBody = (h, text, lineNo) => {
        if (h.body.length >= sample || budget <= 0)
            return;
        const piece = (0,facts_text/* collapseBlanks */.JE)(text, sample - h.body.length);
        if (!piece)
            return;
        const add = (h.body ? ' ' : '') + piece.slice(0, sample - h.body.length);
        h.bodyLines.push(h.body.length + (h.body ? 1 : 0), lineNo);
        h.body += add;
        budget -= add.length;
    };
    const addCode = (h, text, lineNo) => {
        if (h.code.length >= CODE_SAMPLE || budget <= 0)
            return;
        const piece = (0,facts_text/* collapseBlanks */.JE)(text, CODE_SAMPLE - h.code.length);
        if (!piece)
            return;
        const add = (h.code ? ' ' : '') + piece.slice(0, CODE_SAMPLE - h.code.length);
        h.codeLines.push(h.code.length + (h.code ? 1 : 0), lineNo);
        h.code += add;
        budget -= add.length;
    };
    let current = null;
    let lead = '';
    let leadLine = 0;
    const leadLines = [];
    const bodies = [];
    const openHeading = (level, raw, lineNo) => {
        if (headings.length >= MAX_HEADINGS)
            return;
        const h = { level, text: cleanHeading(raw), line: lineNo, ownChars: 0, sectionChars: 0, linkListOnly: false, body: '', bodyLines: [], code: '', codeLines: [] };
        headings.push(h);
        current = { h, linkLines: 0, otherLines: 0 };
        bodies.push(current);
    };
    // CommonMark's HTML comment block: from a line that starts with `<!--` to the first line holding
    // `-->`. A reader of the page does not see it: a license header (every ASF project's SECURITY.md
    // and CONTRIBUTING.md), an editor's note, a section taken out. In a pull request or issue
    // template it is what the contributor reads while filling it in (`commentsShown`).
    let inComment = false;
    // The content column of the list item open (0: none), and of the one a fence opened in: CommonMark
    // ends such a fence with its item, at the first line indented less (harden-runner's README opens
    // one under `- Add the following code` and never closes it).
    let listContent = 0;
    let fenceList = 0;
    let lastBlank = false;
    const front = frontMatter(lines);
    // The front matter's title is the page's heading as the site shows it (jekyll's docs/_docs/maintaining/becoming-a-maintainer.md,
    // `title: "Becoming a Maintainer"`, whose headings are its steps "1. Use Jekyll" \u2026 "6. Ask!"): a section above the page's own headings.
    if (front.title && front.title.text !== '')
        openHeading(1, front.title.text, front.title.line);
    for (let i = front.end; i < lines.length; i++) {
        let line = lines[i];
        if (line.length > MAX_LINE)
            line = line.slice(0, MAX_LINE);
        const lineNo = i + 1;
        const fence = mayOpenFence(line) ? FENCE_RE.exec(line) : null;
        if (inFence !== null) {
            if (fenceList === 0 || indentColumns(line) >= fenceList || line.trim() === '') {
                if (fence && fence[1][0] === inFence[0] && fence[1].length >= inFence.length)
                    inFence = null;
                else if (current !== null)
                    addCode(current.h, line, lineNo);
                continue;
            }
            // Less indented than its item's content: the item, and the fence in it, have ended.
            inFence = null;
            listContent = 0;
            lastBlank = true;
        }
        if (inComment) {
            inComment = !line.includes('-->');
            continue;
        }
        const opens = options.commentsShown ? -1 : commentOpens(line);
        if (opens >= 0) {
            inComment = !line.includes('-->', opens + 4);
            afterBlank = true;
            continue;
        }
        if (options.indentedCode) {
            const blank = line.trim() === '';
            if (!blank && indentColumns(line) >= 4) {
                if (inIndented || (afterBlank && !inList)) {
                    inIndented = true;
                    afterBlank = false;
                    if (current !== null)
                        addCode(current.h, line, lineNo);
                    continue;
                }
            }
            else if (!blank) {
                inIndented = false;
                inList = LIST_ITEM_RE.test(line);
            }
            // Code may follow a heading directly: only a paragraph's lines continue it.
            afterBlank = blank || (!inList && atxHeading(line) !== null);
        }
        const blankLine = line.trim() === '';
        if (!blankLine) {
            const item = listItemContent(line);
            if (item > 0)
                listContent = item;
            else if (lastBlank && indentColumns(line) < listContent)
                listContent = 0;
        }
        lastBlank = blankLine;
        if (fence) {
            inFence = fence[1];
            fenceList = listContent > 0 && indentColumns(line) >= listContent ? listContent : 0;
            continue;
        }
        const atx = atxHeading(line);
        if (atx) {
            openHeading(atx.level, atx.text, lineNo);
            continue;
        }
        const html = line.includes('<') ? HTML_HEADING_RE.exec(line) : null;
        if (html) {
            openHeading(Number(html[1]), stripTags(html[2]), lineNo);
            continue;
        }
        const next = lines[i + 1];
        if (next !== undefined && mayUnderline(next) && line.trim() !== '' && SETEXT_RE.test(next) && !/^\s*([-*+]|\d+\.)\s/.test(line)) {
            openHeading(next.trim()[0] === '=' ? 1 : 2, line, lineNo);
            i++;
            continue;
        }
        const chars = (0,facts_text/* nonBlankChars */.lN)(line);
        if (chars === 0)
            continue;
        // A link reference definition (`[label]: https://\u2026`) is read for its link, but no reader sees it: it adds no prose
        // (kube-state-metrics' SECURITY.md keeps four long ones under its one-sentence "Supported Versions").
        const definition = line.includes(']:') && LINK_DEFINITION_LINE.test(line);
        const seen = definition ? 0 : chars;
        prose.push(i);
        proseChars += seen;
        if (current === null && lead.length < BODY_SAMPLE) {
            const piece = (0,facts_text/* collapseBlanks */.JE)(line);
            if (leadLine === 0)
                leadLine = lineNo;
            leadLines.push(lead.length + (lead ? 1 : 0), lineNo);
            lead = (lead ? `${lead} ${piece}` : piece).slice(0, BODY_SAMPLE);
        }
        if (current !== null) {
            const c = current;
            const ticks = line.includes('`');
            if (c.h.body.length < sample && budget > 0)
                addBody(c.h, ticks ? proseOfCodeLine(line) : line, lineNo);
            if (ticks)
                for (const m of line.matchAll(/`([^`]{1,200})`/g))
                    addCode(c.h, m[1], lineNo);
            c.h.ownChars += seen;
            if (definition)
                continue;
            if (line.includes('](') && (/^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]*\]\([^)]*\)\s*$/.test(line) || ISSUE_ITEM.test(line) || POINTER_LINE.test(line.trim())))
                c.linkLines++;
            else
                c.otherLines++;
        }
    }
    for (const b of bodies) {
        b.h.linkListOnly = b.linkLines > 0 && b.otherLines === 0;
        const why = (0,placeholder/* templateReason */.b)(b.h.body);
        if (why) {
            b.h.template = why;
            proseChars -= b.h.ownChars;
        }
    }
    // Section sizes: a heading's own chars plus those of every deeper heading that follows it.
    const stack = [];
    for (const h of headings) {
        while (stack.length > 0 && stack[stack.length - 1].level >= h.level)
            stack.pop();
        // Template text is not the project's words: it adds nothing to its section or the ones above.
        const own = h.template === undefined ? h.ownChars : 0;
        for (const parent of stack)
            parent.sectionChars += own;
        h.sectionChars += own;
        stack.push(h);
    }
    const leadTemplate = lead ? (0,placeholder/* templateReason */.b)(lead) : null;
    const leadSection = lead
        ? { level: 0, text: '', line: leadLine, ownChars: lead.length, sectionChars: lead.length, linkListOnly: false, body: lead, bodyLines: leadLines, code: '', codeLines: [], ...(leadTemplate ? { template: leadTemplate } : {}) }
        : undefined;
    return withProseReaders({ headings, lineCount: lines.length, proseChars, lead, leadLine, ...(leadSection ? { leadSection } : {}), ...(front.titled ? { titledInFrontMatter: true } : {}) }, text, Uint32Array.from(prose));
}
/**
 * Where a page's YAML front matter (Jekyll, Hugo, Docusaurus, Eleventy) ends: the index of the
 * first line after it (0 without one), and whether it names the page's title. It is metadata GitHub shows as a table, not prose; read as Markdown,
 * its closing `---` would make its last key a heading ("title: Correct and incorrect code usage").
 * Only a block of keys, list items and indented lines counts, so a thematic break opening a file
 * stays one.
 */
function frontMatter(lines) {
    const none = { end: 0, titled: false };
    if (lines.length < 3 || lines[0].replace(/^\uFEFF/, '').trimEnd() !== '---')
        return none;
    let keys = 0;
    let title;
    for (let i = 1; i < lines.length && i <= MAX_FRONT_MATTER_LINES; i++) {
        const line = lines[i];
        const end = line.trimEnd();
        if (end === '---' || end === '...')
            return keys > 0 ? { end: i + 1, titled: title !== undefined, ...(title ? { title } : {}) } : none;
        if (end === '' || line.startsWith(' ') || line.startsWith('\t') || line.startsWith('- ') || line.startsWith('#'))
            continue;
        if (!FRONT_MATTER_KEY.test(line))
            return none;
        keys++;
        if (title === undefined && FRONT_MATTER_TITLE.test(line))
            title = { text: unquotedTitle(end.slice(end.indexOf(':') + 1)), line: i + 1 };
    }
    return none;
}
/** A front-matter title's value without its quotes (`"Becoming a Maintainer"`). */
function unquotedTitle(value) {
    const t = value.trim();
    return t.length >= 2 && (t[0] === '"' || t[0] === "'") && t.endsWith(t[0]) ? t.slice(1, -1) : t;
}
/**
 * The outline with its lazy readers of the prose lines. They keep only the text (which the snapshot
 * keeps anyway) and the prose line numbers, in a typed array: a document's split lines and the
 * parse's working state are dropped at once instead of living, and being copied by the garbage
 * collector, for the whole run (15% of the parse time over argo-cd's 330 Markdown files).
 */
function withProseReaders(base, text, prose) {
    let found = null;
    let timeframes = null;
    let bounds = null;
    const find = () => (found ??= findInProse(splitLines(text), prose));
    return {
        ...base,
        proseBefore(line, column, chars) {
            // Asked once per link of a long page (release verification reads the prose before each):
            // the lines are cut from where they lie in the text, not by splitting the whole text again.
            const b = (bounds ??= lineBounds(text));
            const lineText = (i) => (i >= 0 && i < b.starts.length ? text.slice(b.starts[i], b.ends[i]) : '');
            const own = lineText(line - 1).slice(0, Math.max(0, column - 1));
            const parts = [own];
            let size = own.length;
            // The prose lines before it (prose holds line indices in order), back to its section's heading.
            let stop = -1;
            for (const h of base.headings)
                if (h.line - 1 < line - 1)
                    stop = h.line - 1;
            for (let k = upperBound(prose, line - 2); k >= 0 && prose[k] > stop && size < chars; k--) {
                const prior = lineText(prose[k]);
                parts.unshift(prior);
                size += prior.length + 1;
            }
            const joined = parts.join(' ');
            return joined.length > chars ? joined.slice(joined.length - chars) : joined;
        },
        get links() {
            return find().links;
        },
        get images() {
            return find().images;
        },
        get emails() {
            return find().emails;
        },
        // Only a security policy's timeframes are asked for: a pass of their own, not one with every link.
        get timeframes() {
            return (timeframes ??= findTimeframes(splitLines(text), prose));
        },
        get placeholders() {
            return find().placeholders;
        },
    };
}
/** The index of the last entry of a sorted array that is at most `value`, or -1. */
function upperBound(sorted, value) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid] <= value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo - 1;
}
/** A document's lines, as every reader of this room splits them (CRLF, CR and LF). */
function splitLines(text) {
    // Most documents have no CR: a split on one character is a fast builtin path, the pattern is not.
    return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}
/** The bounds of the lines splitLines cuts, found with indexOf (a builtin) rather than a loop over every character. */
function lineBounds(text) {
    const starts = [0];
    const ends = [];
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf !== -1 || cr !== -1) {
        const at = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
        ends.push(at);
        const next = at + (at === cr && lf === at + 1 ? 2 : 1);
        starts.push(next);
        if (lf !== -1 && lf < next)
            lf = text.indexOf('\n', next);
        if (cr !== -1 && cr < next)
            cr = text.indexOf('\r', next);
    }
    ends.push(text.length);
    return { starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}
/** Periods of time stated in the prose lines, in line order. */
function findTimeframes(lines, prose) {
    const timeframes = [];
    for (let k = 0; k < prose.length; k++) {
        if (timeframes.length >= MAX_TIMEFRAMES)
            break;
        const i = prose[k];
        let line = lines[i];
        if (line.length > MAX_LINE)
            line = line.slice(0, MAX_LINE);
        if (!/\b(hours?|days?|weeks?|months?)\b/i.test(line))
            continue;
        const before = k > 0 && prose[k - 1] === i - 1 && !/[.!?:]$/.test(lines[i - 1].trimEnd()) ? lines[i - 1].slice(-TIMEFRAME_CONTEXT / 2) : '';
        const context = `${before} ${line}`.trim().slice(0, TIMEFRAME_CONTEXT);
        for (const m of line.matchAll(TIMEFRAME_RE)) {
            if (timeframes.length >= MAX_TIMEFRAMES)
                break;
            timeframes.push({ text: m[0], line: i + 1, column: (m.index ?? 0) + 1, context });
        }
        for (const m of line.matchAll(VAGUE_TIMEFRAME_RE)) {
            if (timeframes.length >= MAX_TIMEFRAMES)
                break;
            timeframes.push({ text: m[0], line: i + 1, column: (m.index ?? 0) + 1, context, vague: true });
        }
    }
    return timeframes;
}
/** Links and e-mail addresses (placeholders set apart) of the prose lines, in line order. */
function findInProse(lines, prose) {
    const links = [];
    const images = [];
    const emails = [];
    const placeholders = [];
    const { defs, at: definitionLines } = definitions(lines, prose);
    // A link whose text wraps onto the next line ("[security\nprocess](https://...)"), as wrapped prose often has.
    let openLink = null;
    let openAnchor = null;
    let previous = -2;
    for (const i of prose) {
        let line = lines[i];
        if (line.length > MAX_LINE)
            line = line.slice(0, MAX_LINE);
        const lineNo = i + 1;
        // Only the line just before may open a link that this line closes.
        const prevOpen = previous === i - 1 ? openLink : null;
        // An HTML anchor's content goes on over the lines that follow its own, up to its '</a>'.
        openAnchor = openAnchor !== null && previous === i - 1 ? continueAnchor(openAnchor, line) : null;
        previous = i;
        if (links.length < MAX_LINKS) {
            const before = links.length;
            const wrapped = links.length;
            if (prevOpen !== null)
                collectWrappedLink(prevOpen, line, links, defs);
            // A definition is not shown to a reader: its target is a link where a reference uses it.
            if (!definitionLines.has(i))
                openAnchor = collectLinks(line, lineNo, links, defs, images) ?? openAnchor;
            // The destination of a link opened on the line before is not a bare link of its own.
            if (links.length > wrapped + 1 && links[wrapped].line !== lineNo) {
                const target = links[wrapped].target;
                const bare = links.findIndex((l, k) => k > wrapped && l.line === lineNo && l.text === target && l.target === target);
                if (bare > 0)
                    links.splice(bare, 1);
            }
            if (links.length > before)
                keepReal(links, before, (l) => l.target, placeholders);
        }
        openLink = unclosedLinkText(line, lineNo);
        if (emails.length < MAX_LINKS && line.includes('@')) {
            const before = emails.length;
            collectEmails(line, lineNo, emails);
            if (emails.length > before)
                keepReal(emails, before, (e) => e.address, placeholders);
        }
        if (emails.length < MAX_LINKS) {
            const before = emails.length;
            for (const e of spelledEmails(line))
                emails.push({ address: e.address, line: lineNo, column: e.column, written: e.written });
            if (emails.length > before)
                keepReal(emails, before, (e) => e.address, placeholders);
        }
    }
    return { links, images, emails, placeholders };
}
/**
 * An ATX heading (`## Title ##`): up to three leading blanks, one to six `#`, then blank or the
 * end of the line; a closing run of `#` after a blank is not part of the text. Read by hand: as one
 * expression (/^\s{0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/) a heading padded with 8,000 blanks
 * before its last word took minutes.
 */
function atxHeading(line) {
    let i = 0;
    while (i < 3 && i < line.length && isBlank(line.charCodeAt(i)))
        i++;
    let level = 0;
    while (i + level < line.length && line.charCodeAt(i + level) === 35 /* # */)
        level++;
    if (level < 1 || level > 6)
        return null;
    const after = i + level;
    if (after < line.length && !isBlank(line.charCodeAt(after)))
        return null;
    let text = line.slice(after).trim();
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === 35)
        end--;
    // `## Title ##` and `## ##` close; `## C#` keeps its '#'.
    if (end === 0 || (end < text.length && isBlank(text.charCodeAt(end - 1))))
        text = text.slice(0, end).trim();
    return { level, text };
}
/**
 * A list item's first line, or an admonition's or content tab's of Python-Markdown (mkdocs: `!!! note`, `??? example`,
 * `=== "Tab"`): its indented lines after a blank line continue it, they are not code (nlohmann/json's API pages).
 */
const LIST_ITEM_RE = /^ {0,3}(?:[-*+]|\d{1,9}[.)]|!!!|\?\?\?\+?|===)(?:[ \t]|$)/;
/** The column where a list item's content starts (after its marker and one blank), or 0 for a line that opens none. */
function listItemContent(line) {
    const c = line.charCodeAt(indentColumns(line) < 4 ? line.length - line.trimStart().length : 0);
    if (!(c === 0x2d || c === 0x2a || c === 0x2b || (c >= 0x30 && c <= 0x39)))
        return 0;
    const m = LIST_ITEM_RE.exec(line);
    return m === null ? 0 : m[0].length;
}
/** The columns of a line's leading spaces and tabs (a tab to the next multiple of 4), counted up to 4. */
function indentColumns(line) {
    let col = 0;
    for (let i = 0; i < line.length && col < 4; i++) {
        const c = line.charCodeAt(i);
        if (c === 32)
            col++;
        else if (c === 9)
            col += 4 - (col % 4);
        else
            break;
    }
    return col;
}
function isBlank(code) {
    return code === 32 || code === 9 || code === 11 || code === 12 || code === 13 || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x3000;
}
/** Where an HTML comment block opens (`<!--` after at most three spaces), or -1. */
function commentOpens(line) {
    const at = line.indexOf('<!--');
    return at >= 0 && at <= 3 && line.slice(0, at).trim() === '' ? at : -1;
}
/** Text without its HTML tags (`a <b>bold</b> word` -> `a bold word`), in one pass. */
function stripTags(s) {
    if (!s.includes('<'))
        return s;
    let out = '';
    let i = 0;
    while (i < s.length) {
        const open = s.indexOf('<', i);
        if (open < 0)
            break;
        const close = s.indexOf('>', open + 1);
        // An unclosed '<' is text, and so is everything after it.
        if (close < 0)
            break;
        out += s.slice(i, open);
        i = close + 1;
    }
    return out + s.slice(i);
}
/** Markdown links replaced by their text (`[guide](docs/x.md)` -> `guide`), in one pass. */
function linkTexts(s) {
    if (!s.includes(']('))
        return s;
    let out = '';
    let i = 0;
    for (;;) {
        const mid = s.indexOf('](', i);
        if (mid < 0)
            break;
        const close = s.indexOf(')', mid + 2);
        // No ')' after this '](' means none after any later one either.
        if (close < 0)
            break;
        // The '[' that opens the text: the nearest before the '](' with no ']' between, after what was read.
        let open = mid - 1;
        while (open >= i && s[open] !== '[' && s[open] !== ']')
            open--;
        if (open < i || s[open] !== '[') {
            out += s.slice(i, mid + 2);
            i = mid + 2;
            continue;
        }
        out += s.slice(i, open) + s.slice(open + 1, mid);
        i = close + 1;
    }
    return out + s.slice(i);
}
/** Moves the placeholders among `list[from..]` (added by the current line) to `out`. */
function keepReal(list, from, text, out) {
    let w = from;
    for (let r = from; r < list.length; r++) {
        const x = list[r];
        const reason = (0,placeholder/* placeholderReason */.E)(text(x));
        if (reason === null)
            list[w++] = x;
        else if (out.length < MAX_LINKS)
            out.push({ text: text(x).slice(0, 200), reason, line: x.line, column: x.column });
    }
    list.length = w;
}
/**
 * A list item that starts with a link to an issue, a pull request or a merge request, whatever
 * follows it ("- [#2142](https://github.com/o/r/issues/2142) - Feature: assess the threat model"):
 * a work item, planned or done elsewhere, not a statement of the section's own.
 */
/**
 * A line that only sends the reader elsewhere: pvtr-github-repo's "GitHub Actions Usage" is "See the
 * [OSPS Security Baseline Scanner](https://github.com/marketplace/...)", no guide of its own.
 */
const POINTER_LINE = /^(?:see|refer to|check out|visit|go to)(?:\s+(?:the|our))?\s+\[[^\]]{0,300}\]\([^)\s]{1,500}\)[.!]?$/i;
const ISSUE_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]{0,300}\]\(https?:\/\/[^\s()]{1,300}?\/(?:issues|pull|pulls|merge_requests)\/\d+(?:[#?][^\s()]{0,200})?\)/;
function cleanHeading(raw) {
    return linkTexts(stripTags(raw))
        // Emphasis and code marks go; a backslash-escaped punctuation character is that character (execa's
        // docs/api.md "### execa\`command\`" is "execa`command`", not "execa\command\").
        .replace(/\\([!-/:-@[-`{-~])|[*_`]/g, (_m, escaped) => escaped ?? '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 300);
}
const HTML_IMAGE_ALT = /^<img\b[^>]{0,300}?\salt\s{0,5}=\s{0,5}(?:"([^"<>]{0,100})"|'([^'<>]{0,100})')/i;
const HTML_IMAGE_ONLY = /^<img\b[^>]{0,1000}>$/i;
/** The alt text of a link text that is only an HTML image (`<img alt="docs.rs" src=\u2026>`), or null. */
function htmlImageAlt(text) {
    const t = text.trim();
    if (!HTML_IMAGE_ONLY.test(t))
        return null;
    const m = HTML_IMAGE_ALT.exec(t);
    return m ? (m[1] ?? m[2] ?? '').trim() : null;
}
function collectLinks(line, lineNo, out, defs = NO_DEFINITIONS, images) {
    // Where the links of the line are: a URL inside one (`[https://x](https://x)`) is its text, not a second link.
    const spans = [];
    for (const l of inlineLinks(line)) {
        spans.push([l.index, l.end]);
        // Images are not links: a badge's image URL is not where it leads. An image of its own is kept apart.
        if (l.index > 0 && line[l.index - 1] === '!') {
            if (images && images.length < MAX_LINKS && !(l.index > 1 && line[l.index - 2] === '['))
                images.push({ text: l.text, target: l.target, line: lineNo, column: l.index, image: true });
            continue;
        }
        // A linked image (a badge), `[![alt](image)](target)` or `[![alt](image)][label]`, is a link to `target` with the alt text.
        if (l.text.startsWith('![')) {
            const target = (targetAt(line, l.end) ?? referenceAfter(line, l.end, defs))?.target ?? null;
            if (target !== null)
                out.push({ text: l.text.slice(2).trim(), target, line: lineNo, column: l.index + 1, image: true });
            continue;
        }
        // A badge written as an HTML image in a Markdown link, `[<img alt="crates.io" src="\u2026">](https://crates.io/crates/x)`
        // (dtolnay's crates and those that copy them): a linked image with its alt text, not a link whose text is the tag.
        const alt = l.text.startsWith('<') ? htmlImageAlt(l.text) : null;
        if (alt !== null)
            out.push({ text: alt, target: l.target, line: lineNo, column: l.index + 1, image: true });
        else
            out.push({ text: l.text, target: l.target, line: lineNo, column: l.index + 1 });
    }
    if (defs.size > 0)
        for (const l of referenceLinks(line, defs)) {
            spans.push([l.index, l.end]);
            out.push({ text: l.text, target: l.target, line: lineNo, column: l.index + 1, ...(l.image ? { image: true } : {}) });
        }
    for (const l of autolinks(line))
        out.push({ text: l.target, target: l.target, line: lineNo, column: l.index + 1 });
    let open = null;
    if (line.includes('<a') || line.includes('<A'))
        for (const l of htmlAnchors(line)) {
            spans.push([l.index, l.end]);
            const link = { text: l.text, target: l.target, line: lineNo, column: l.index + 1, ...(l.image ? { image: true } : {}) };
            out.push(link);
            // Only the line's last anchor can be closed on a later line.
            open = l.open ? { link, inner: line.slice(l.end), lines: 0 } : null;
        }
    if (!line.includes('://'))
        return open;
    spans.sort((a, b) => a[0] - b[0]);
    let s = 0;
    for (const m of line.matchAll(BARE_URL_RE)) {
        const at = m.index ?? 0;
        // Matches come left to right: spans ending before this one never hold a later match.
        while (s < spans.length && spans[s][1] <= at)
            s++;
        if (s < spans.length && spans[s][0] <= at)
            continue;
        const target = (0,facts_text/* trimEnd */.s8)(m[1], '.,;:!?');
        out.push({ text: target, target, line: lineNo, column: at + 1 });
    }
    return open;
}
/**
 * The end of the run of characters from `from` that `inRun` accepts. A run that started earlier
 * ends at the same place, so each run is read once however many links start inside it.
 */
class RunEnds {
    start = -1;
    end = -1;
    text;
    inRun;
    constructor(text, inRun) {
        this.text = text;
        this.inRun = inRun;
    }
    from(i) {
        if (i >= this.start && i < this.end)
            return this.end;
        let e = i;
        while (e < this.text.length && this.inRun(this.text[e]))
            e++;
        if (e > i) {
            this.start = i;
            this.end = e;
        }
        return e;
    }
}
const isBlankChar = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v' || (c > '\x7f' && c.trim() === '');
const inTarget = (c) => c !== ')' && c !== '>' && !isBlankChar(c);
/** The '[' that opens a link text ending at `close`: the nearest one back, within MAX_LINK_TEXT and not before `from`, with no ']' between; -1 when there is none. */
function textOpen(line, close, from) {
    for (let i = close - 1; i >= from && i >= close - 1 - MAX_LINK_TEXT; i--) {
        if (line[i] === ']')
            return -1;
        if (line[i] === '[')
            return i;
    }
    return -1;
}
/**
 * Inline links `[text](target "title")` of a line, left to right, as the expression
 * /\[([^\]]{0,300})\]\(\s*<?([^)\s>]{1,2000})>?(?:\s+"[^"]*")?\s*\)/g finds them, but in linear
 * time: that expression read up to 2,000 characters again from every '[' of a line such as
 * `[a](` repeated.
 */
function inlineLinks(line, max = Number.MAX_SAFE_INTEGER) {
    const out = [];
    const targets = new RunEnds(line, inTarget);
    // What follows a target that ends at a given place: the end of the link, or -1.
    const closeAt = new Map();
    let from = 0;
    while (out.length < max) {
        const mid = line.indexOf('](', from);
        if (mid < 0)
            break;
        // The text: back to the nearest '[' ("[[site](u)]" links "site"), or the '[' before a '!['
        // that opens a linked image ("[![alt](image)](target)").
        const nearest = textOpen(line, mid, from);
        const open = nearest >= from + 2 && line[nearest - 1] === '!' && line[nearest - 2] === '[' ? nearest - 2 : nearest;
        let p = mid + 2;
        while (p < line.length && isBlankChar(line[p]))
            p++;
        if (line[p] === '<')
            p++;
        const e = targets.from(p);
        let end = -1;
        if (open >= 0 && e > p && e - p <= MAX_LINK_TARGET) {
            let cached = closeAt.get(e);
            if (cached === undefined) {
                cached = linkClose(line, e);
                closeAt.set(e, cached);
            }
            end = cached;
        }
        if (end < 0) {
            from = mid + 1;
            continue;
        }
        out.push({ text: line.slice(open + 1, mid).trim(), target: line.slice(p, e), index: open, end });
        from = end;
    }
    return out;
}
// ---- Reference links: `[text][label]`, `[label][]`, `[label]`, with `[label]: target` anywhere in the document ----
const NO_DEFINITIONS = new Map();
/** Characters of a label, at most (CommonMark allows 999). */
const MAX_LABEL = 200;
/** Definitions kept per document, and reference links found per line, at most. */
const MAX_DEFINITIONS = 2000;
const MAX_REFERENCES = 200;
/** A label as CommonMark matches it: case and runs of white space do not matter. */
function normLabel(raw) {
    return raw.trim().split(/[ \t]+/).join(' ').toLowerCase();
}
/** A link reference definition (`[label]: target`, up to three spaces before it), or null. Read by hand: linear. */
function definitionOf(line) {
    let i = 0;
    while (i < 3 && line[i] === ' ')
        i++;
    if (line[i] !== '[')
        return null;
    const close = line.indexOf(']', i + 1);
    if (close < 0 || close - i - 1 > MAX_LABEL || line[close + 1] !== ':')
        return null;
    const raw = line.slice(i + 1, close);
    if (raw.includes('[') || raw.trim() === '' || raw.startsWith('^'))
        return null; // [^1]: a footnote
    const d = destinationAt(line, close + 2);
    return d === null ? null : { label: normLabel(raw), target: line.slice(d.start, d.end) };
}
const NO_LINES = new Set();
/** The document's definitions, by label (the first definition of a label wins, as in CommonMark), and the lines they are on. */
function definitions(lines, prose) {
    let defs = null;
    let at = null;
    for (const i of prose) {
        const line = lines[i];
        if (!line.includes(']:'))
            continue;
        const d = definitionOf(line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line);
        if (d === null)
            continue;
        defs ??= new Map();
        (at ??= new Set()).add(i);
        if (!defs.has(d.label))
            defs.set(d.label, d.target);
        if (defs.size >= MAX_DEFINITIONS)
            break;
    }
    return { defs: defs ?? NO_DEFINITIONS, at: at ?? NO_LINES };
}
/** `[label]` or `[]` right at `at` (after a link's text), resolved: its target and where it ends; null otherwise. */
function referenceAfter(line, at, defs, text = '') {
    if (defs.size === 0 || line[at] !== ']' || line[at + 1] !== '[')
        return null;
    const close = line.indexOf(']', at + 2);
    if (close < 0 || close - at - 2 > MAX_LABEL)
        return null;
    const raw = line.slice(at + 2, close);
    if (raw.includes('['))
        return null;
    const target = defs.get(normLabel(raw.trim() === '' ? text : raw));
    return target === undefined ? null : { target, end: close + 1 };
}
/**
 * The reference links of a line whose labels are defined: full `[text][label]`, collapsed
 * `[text][]` and shortcut `[text]` (not followed by `(`, `[` or `:`), and the linked image
 * `[![alt][image]][label]`. An image reference alone (`![alt][image]`) is not a link. Each ']' is
 * looked at once and the text reaches back at most MAX_LINK_TEXT characters: linear.
 */
function referenceLinks(line, defs) {
    const out = [];
    let from = 0;
    while (out.length < MAX_REFERENCES) {
        const close = line.indexOf(']', from);
        if (close < 0)
            break;
        const open = textOpen(line, close, from);
        const next = line[close + 1];
        // A '[' right after ']' is the label of a reference (or of a linked image) read with its text.
        if (open < 0 || next === '(' || next === ':' || (open > 0 && line[open - 1] === ']')) {
            from = close + 1;
            continue;
        }
        const text = line.slice(open + 1, close);
        let target;
        let end = close + 1;
        if (next === '[') {
            const r = referenceAfter(line, close, defs, text);
            if (r === null) {
                from = close + 1;
                continue;
            }
            target = r.target;
            end = r.end;
        }
        else {
            target = defs.get(normLabel(text));
        }
        if (target === undefined) {
            from = close + 1;
            continue;
        }
        if (open > 0 && line[open - 1] === '!') {
            // An image: a link only as the text of an outer link, `[![alt][image]][label]` or `[![alt][image]](target)`.
            const outer = open >= 2 && line[open - 2] === '[' ? (referenceAfter(line, end, defs) ?? targetAt(line, end)) : null;
            if (outer !== null)
                out.push({ text: text.trim(), target: outer.target, index: open - 2, end: outer.end, image: true });
            from = outer?.end ?? end;
            continue;
        }
        out.push({ text: text.trim(), target, index: open, end });
        from = end;
    }
    return out;
}
/** A link's destination from `from` (after blanks and an optional '<'): where it starts and ends, or null. */
function destinationAt(line, from) {
    let p = from;
    while (p < line.length && isBlankChar(line[p]))
        p++;
    if (line[p] === '<')
        p++;
    let e = p;
    while (e < line.length && e - p <= MAX_LINK_TARGET && inTarget(line[e]))
        e++;
    return e === p || e - p > MAX_LINK_TARGET ? null : { start: p, end: e };
}
/** The target of `](target)` at `at` (what follows a linked image's image), and where the link ends; or null. One link: linear. */
function targetAt(line, at) {
    if (!line.startsWith('](', at))
        return null;
    const d = destinationAt(line, at + 2);
    const end = d === null ? -1 : linkClose(line, d.end);
    return d === null || end < 0 ? null : { target: line.slice(d.start, d.end), end };
}
/** After a link's target: an optional '>', an optional "title", blanks and ')'. The index after ')' or -1. */
function linkClose(line, at) {
    let q = at;
    if (line[q] === '>')
        q++;
    let w = q;
    while (w < line.length && isBlankChar(line[w]))
        w++;
    if (w > q && line[w] === '"') {
        const quote = line.indexOf('"', w + 1);
        if (quote >= 0) {
            let r = quote + 1;
            while (r < line.length && isBlankChar(line[r]))
                r++;
            if (line[r] === ')')
                return r + 1;
        }
    }
    return line[w] === ')' ? w + 1 : -1;
}
/** Autolinks `<https://\u2026>` and `<mailto:\u2026>` of a line, in linear time. */
function autolinks(line) {
    const out = [];
    const runs = new RunEnds(line, (c) => c !== '>' && !isBlankChar(c));
    let from = 0;
    for (;;) {
        const open = line.indexOf('<', from);
        if (open < 0)
            break;
        from = open + 1;
        const scheme = /^(?:https?|mailto):/.exec(line.slice(open + 1, open + 9));
        if (!scheme)
            continue;
        const start = open + 1 + scheme[0].length;
        const e = runs.from(start);
        if (e === start || e - start > MAX_LINK_TARGET || line[e] !== '>')
            continue;
        out.push({ target: line.slice(open + 1, e), text: '', index: open, end: e + 1 });
        from = e + 1;
    }
    return out;
}
/**
 * HTML anchors of a line, `<a href="target">text</a>`, as READMEs often write their badges
 * (`<a href="https://pypi.org/project/black/"><img alt="PyPI" src="..."></a>`): the anchor's text,
 * or the alt text of the image it holds (a linked image). An anchor closed on a later line has no
 * text here and is marked open (continueAnchor reads on). Each '<a' is looked at once: linear.
 */
function htmlAnchors(line) {
    const out = [];
    const lower = line.toLowerCase();
    let from = 0;
    let closed = true;
    while (out.length < MAX_REFERENCES) {
        const open = lower.indexOf('<a', from);
        if (open < 0)
            break;
        from = open + 2;
        if (!isBlankChar(line[open + 2] ?? ''))
            continue;
        const tagEnd = line.indexOf('>', open + 2);
        if (tagEnd < 0)
            break;
        from = tagEnd + 1;
        const href = attribute(line.slice(open + 2, tagEnd), 'href');
        const target = href === null ? null : decodeEntities(href);
        if (target === null || target === '' || target.length > MAX_LINK_TARGET)
            continue;
        // No '</a>' after this anchor means none after a later one either: look once.
        const close = closed ? lower.indexOf('</a>', tagEnd + 1) : -1;
        if (close < 0)
            closed = false;
        const { text, image } = close < 0 ? { text: '', image: false } : anchorText(line.slice(tagEnd + 1, close));
        const end = close < 0 ? tagEnd + 1 : close + 4;
        out.push({ text, target, index: open, end, ...(image ? { image } : {}), ...(close < 0 ? { open: true } : {}) });
        from = end;
    }
    return out;
}
/** What an anchor's content shows: its text, or the alt text of the image it holds (a linked image). */
function anchorText(inner) {
    const text = stripTags(inner).replace(/\s+/g, ' ').trim();
    const img = text === '' ? inner.toLowerCase().indexOf('<img') : -1;
    if (img < 0)
        return { text: text.slice(0, MAX_LINK_TEXT), image: false };
    return { text: (attribute(inner.slice(img + 4), 'alt') ?? '').slice(0, MAX_LINK_TEXT), image: true };
}
/** How many lines after its own an anchor's content may take (httpx's badge: `<a href>`, `<img ...>`, `</a>`). */
const MAX_ANCHOR_LINES = 4;
/**
 * The next line of an anchor left open: when it holds the '</a>', the link takes the anchor's
 * text or its image's alt text (the badge of httpx's README, `<a href="https://pypi.org/project/httpx/">`
 * then `<img src="..." alt="Package version">` then `</a>`); returns the anchor while it stays open.
 */
function continueAnchor(open, line) {
    const close = line.toLowerCase().indexOf('</a>');
    const inner = `${open.inner} ${close < 0 ? line : line.slice(0, close)}`;
    if (close >= 0) {
        const { text, image } = anchorText(inner);
        open.link.text = text;
        if (image)
            open.link.image = true;
        return null;
    }
    // A blank line ends the HTML block; the content is bounded.
    if (line.trim() === '' || open.lines >= MAX_ANCHOR_LINES || inner.length > 4 * MAX_LINK_TEXT)
        return null;
    return { link: open.link, inner, lines: open.lines + 1 };
}
const ENTITY = /&(?:#x([0-9a-f]{1,6})|#(\d{1,7})|(amp|lt|gt|quot|apos));/gi;
const NAMED_ENTITY = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** An attribute's value as the browser reads it: axios's sponsor links write `?utm_source&#x3D;...&amp;...`. */
function decodeEntities(value) {
    if (!value.includes('&'))
        return value;
    return value.replace(ENTITY, (whole, hex, dec, name) => {
        if (name)
            return NAMED_ENTITY[name.toLowerCase()] ?? whole;
        const code = hex ? Number.parseInt(hex, 16) : Number(dec);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}
/** The value of an HTML attribute in a tag's text (quoted or bare), or null. Linear. */
function attribute(tag, name) {
    const lower = tag.toLowerCase();
    let at = lower.indexOf(`${name}=`);
    // The name must start an attribute: `data-href=` is not `href=`.
    while (at > 0 && !isBlankChar(lower[at - 1]))
        at = lower.indexOf(`${name}=`, at + 1);
    if (at < 0)
        return null;
    const p = at + name.length + 1;
    const q = tag[p];
    if (q === '"' || q === "'") {
        const e = tag.indexOf(q, p + 1);
        return e < 0 ? null : tag.slice(p + 1, e).trim();
    }
    let e = p;
    while (e < tag.length && !isBlankChar(tag[e]) && tag[e] !== '>')
        e++;
    return tag.slice(p, e);
}
/** The text after a line's last `[` that no `]` closes, when the link's text may go on on the next line. */
function unclosedLinkText(line, lineNo) {
    // A link whose destination starts on the next line ("[Source Code Audit \u2026](" then the URL,
    // python-tuf's posts), as CommonMark allows.
    const end = line.trimEnd();
    if (end.endsWith('](')) {
        const close = end.length - 2;
        const open = end.lastIndexOf('[', close);
        if (open >= 0 && close - open <= 300)
            return { text: end.slice(open), line: lineNo, column: open + 1 };
        return null;
    }
    let i = line.lastIndexOf('[');
    if (i < 0 || line.indexOf(']', i) >= 0 || line.length - i > 300)
        return null;
    // A badge whose alt text wraps ("[![github\nrelease](image)](target)") opens at the outer '['.
    if (i >= 2 && line[i - 1] === '!' && line[i - 2] === '[')
        i -= 2;
    return { text: line.slice(i), line: lineNo, column: i + 1 };
}
/** A link opened on the previous line and closed on this one; reported at the line and column where it starts. */
function collectWrappedLink(open, line, out, defs) {
    const joined = `${open.text} ${line}`;
    let inline = inlineLinks(joined, 1)[0];
    // The destination alone on this line, its `)` on the next one.
    const dest = line.trim();
    if (inline === undefined && open.text.endsWith('](') && dest !== '' && !/[\s()]/.test(dest))
        inline = inlineLinks(`${open.text}${dest})`, 1)[0];
    // A reference link wrapped the same way (rustup's "please follow the [Rust security\npolicy]."), its label defined in the document.
    const reference = inline?.index === 0 || defs.size === 0 ? undefined : referenceLinks(joined, defs).find((l) => l.index === 0 && !l.image);
    if (reference) {
        out.push({ text: reference.text.replace(/\s+/g, ' ').trim(), target: reference.target, line: open.line, column: open.column });
        return;
    }
    const first = inline;
    if (!first || first.index !== 0)
        return;
    const text = first.text.replace(/\s+/g, ' ').trim();
    if (!text.startsWith('![')) {
        out.push({ text, target: first.target, line: open.line, column: open.column });
        return;
    }
    // A linked image leads to the outer target, not to its image.
    const target = (targetAt(joined, first.end) ?? referenceAfter(joined, first.end, defs))?.target;
    if (target !== undefined)
        out.push({ text: text.slice(2).trim(), target, line: open.line, column: open.column, image: true });
}
/**
 * A line's prose with its code spans blanked (their words are code, not the project's sentences),
 * but for a code span that is a link's whole text: rustls's "(see [`rustls-test/tests/api/`](\u2026))"
 * keeps the path the sentence points to instead of reading "(see )".
 */
function proseOfCodeLine(line) {
    return line.replace(/\[`([^`\]]{1,200})`\]/g, '[$1]').replace(/`[^`]*`/g, ' ');
}
function collectEmails(line, lineNo, out) {
    for (const m of line.matchAll(EMAIL_RE))
        out.push({ address: m[1], line: lineNo, column: (m.index ?? 0) + 1 });
}
/**
 * The first heading whose text matches `pattern` and whose section tells the reader something
 * (at least `minChars` of prose, not just a table of contents).
 */
/** The heading whose section holds a line (the nearest heading above it), or undefined before the first heading. */
function headingAtLine(outline, line) {
    const hs = outline?.headings ?? [];
    let lo = 0;
    let hi = hs.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (hs[mid].line < line)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 ? hs[lo - 1] : undefined;
}
function findSection(outline, pattern, minChars = 40) {
    return outline.headings.find((h) => pattern.test(h.text) && h.sectionChars >= minChars && !(h.linkListOnly && h.sectionChars === h.ownChars) && h.template === undefined);
}
/**
 * Where a sentence starts in a section's prose. A sentence is read with emphasis removed
 * ("- [ ] **Tests added/updated**: New code is covered", envoyproxy/gateway's template), so when
 * its start is not found as written, the first run of four of its words that is found stands for it.
 */
function bodyIndexOf(body, text) {
    const at = body.indexOf(text.slice(0, 60));
    if (at >= 0)
        return at;
    const words = text.split(' ', 14);
    for (let i = 1; i + 4 <= words.length; i++) {
        const k = body.indexOf(words.slice(i, i + 4).join(' '));
        if (k >= 0)
            return k;
    }
    return -1;
}
/** The line of offset `at` of a heading's sample, from its [offset, line] pairs (the heading's own line when `at` is -1). */
function sampleLine(h, pairs, at) {
    let line = h.line;
    for (let i = 0; at >= 0 && i < pairs.length && pairs[i] <= at; i += 2)
        line = pairs[i + 1];
    return line;
}
/** The line a command of a heading's code comes from (the heading's own line when it is not there). */
function codeLineOf(h, command) {
    return sampleLine(h, h.codeLines, command === '' ? -1 : h.code.indexOf(command));
}
/** The line a piece of a heading's body text comes from (the heading's own line when unknown). */
function bodyLineOf(h, text) {
    return sampleLine(h, h.bodyLines, bodyIndexOf(h.body, text));
}


/***/ }),

/***/ 8005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ readOutline)
});

// EXTERNAL MODULE: ./src/facts/markdown.ts + 1 modules
var markdown = __webpack_require__(7177);
// EXTERNAL MODULE: ./src/facts/antora.ts
var antora = __webpack_require__(4312);
// EXTERNAL MODULE: ./src/facts/text.ts
var facts_text = __webpack_require__(3928);
;// CONCATENATED MODULE: ./src/facts/asciidoc.ts
// AsciiDoc, read by the Markdown outline reader, as reStructuredText is (restructuredtext.ts):
// each line of an .adoc file is rewritten, line for line, into the Markdown that means the same to
// the outline. Section titles (`== Title`) become ATX headings, listing and literal blocks
// (`----`, `....`) fenced blocks, `https://host/path[text]`, `link:target[text]` and
// `mailto:address[text]` Markdown links, `image:target[alt]` Markdown images (a badge linked too);
// comments, attribute entries and block attributes are blank lines. Java and Red Hat projects (Strimzi, Keycloak, Quarkus) keep their guides in AsciiDoc.
// Linear: each line is read a bounded number of times.


const MAX_TARGET = 2000;
const MAX_TEXT = 300;
/** A delimiter line: four or more of one block character, and what the block is. */
function delimiter(line) {
    const t = (0,facts_text/* trimEnd */.s8)(line, ' \t');
    if (t.length < 4 || !'-.+/=*_'.includes(t[0]))
        return null;
    for (let i = 1; i < t.length; i++)
        if (t[i] !== t[0])
            return null;
    return { ch: t[0], len: t.length };
}
/** A section title `== Title` (one to six `=`, then a blank): its level and text; null otherwise. */
function sectionTitle(line) {
    let n = 0;
    while (n < line.length && line[n] === '=')
        n++;
    if (n < 1 || n > 6 || (line[n] !== ' ' && line[n] !== '\t'))
        return null;
    let text = line.slice(n).trim();
    // Inline anchors before the title (`== [[appenders]] [[output]] Appenders`, logging-log4j2's) are ids, not words of it.
    while (text.startsWith('[[')) {
        const close = text.indexOf(']]');
        if (close < 0)
            break;
        text = text.slice(close + 2).trim();
    }
    return text === '' ? null : { level: n, text };
}
/** Macros that link: a URL followed by `[text]`, `link:target[text]`, `mailto:address[text]`; and images, `image:target[alt]`. */
const MACRO_START = /(?:https?:\/\/|link:|mailto:|image:)/g;
/**
 * The image macro at `at` (`image:target[alt,link=URL]`, or a block's `image::`) as Markdown, `![alt](target)`, linked when
 * its `link=` attribute says where (`[![alt](target)](URL)`); `end` is just past its `]`. A README's badges are images,
 * alone or as a link's text (logging-log4j2's `https://search.maven.org/artifact/\u2026[image:https://img.shields.io/\u2026[Maven Central]]`).
 */
function imageMacro(line, at) {
    let s = at + 'image:'.length;
    if (line[s] === ':')
        s++;
    let e = s;
    while (e < line.length && e - s <= MAX_TARGET && line[e] !== '[' && line[e] !== ' ' && line[e] !== '\t')
        e++;
    if (e === s || line[e] !== '[')
        return null;
    const close = line.indexOf(']', e + 1);
    if (close < 0 || close - e > MAX_TEXT)
        return null;
    const parts = line.slice(e + 1, close).split(',');
    const unquote = (x) => x.trim().replace(/^"|"$/g, '');
    const alt = unquote(parts[0]);
    const linkAttr = parts.find((x) => x.trim().startsWith('link='));
    const link = linkAttr === undefined ? null : unquote(linkAttr.trim().slice('link='.length)) || null;
    return { image: `![${alt}](${line.slice(s, e)})`, link, end: close + 1 };
}
/**
 * A line's links as Markdown, in one pass: `https://host/path[text]` -> `[text](https://host/path)`,
 * `link:docs/x.adoc[text]` -> `[text](docs/x.adoc)`; cross references (`<<id,text>>`, `xref:x[text]`)
 * become their text. A target ends at a blank or `[`; a text at the first `]`.
 */
function inlineLinks(line) {
    if (!line.includes('[') && !line.includes('<<'))
        return line;
    let out = '';
    let from = 0;
    MACRO_START.lastIndex = 0;
    for (let m = MACRO_START.exec(line); m !== null; m = MACRO_START.exec(line)) {
        const start = m.index;
        if (start < from)
            continue;
        if (m[0] === 'image:') {
            const img = imageMacro(line, start);
            if (img === null)
                continue;
            out += `${line.slice(from, start)}${img.link === null ? img.image : `[${img.image}](${img.link})`}`;
            from = img.end;
            MACRO_START.lastIndex = from;
            continue;
        }
        let e = start + m[0].length;
        while (e < line.length && e - start <= MAX_TARGET && line[e] !== '[' && line[e] !== ' ' && line[e] !== '\t')
            e++;
        if (line[e] !== '[')
            continue;
        const raw = line.slice(start, e);
        const target = raw.startsWith('link:') ? raw.slice(5) : raw;
        // A link whose text is an image (a badge): `https://x[image:badge.svg[alt]]`.
        const inner = line.startsWith('image:', e + 1) ? imageMacro(line, e + 1) : null;
        if (inner !== null && line[inner.end] === ']') {
            out += `${line.slice(from, start)}[${inner.image}](${target})`;
            from = inner.end + 1;
            MACRO_START.lastIndex = from;
            continue;
        }
        const close = line.indexOf(']', e + 1);
        if (close < 0 || close - e > MAX_TEXT)
            continue;
        const text = line.slice(e + 1, close).split(',')[0].replace(/^"|"$/g, '').trim() || target;
        out += `${line.slice(from, start)}[${text}](${target})`;
        from = close + 1;
        MACRO_START.lastIndex = from;
    }
    out += line.slice(from);
    return crossReferences(out);
}
/** `<<id,text>>` and `xref:target[text]` as their text (a reference inside the document or the site). */
function crossReferences(line) {
    let s = line;
    if (s.includes('<<')) {
        let out = '';
        let from = 0;
        for (let open = s.indexOf('<<'); open >= 0; open = s.indexOf('<<', from)) {
            const close = s.indexOf('>>', open + 2);
            if (close < 0 || close - open > MAX_TEXT)
                break;
            const inner = s.slice(open + 2, close);
            const comma = inner.indexOf(',');
            out += s.slice(from, open) + (comma >= 0 ? inner.slice(comma + 1).trim() : inner);
            from = close + 2;
        }
        s = out + s.slice(from);
    }
    if (s.includes('xref:')) {
        let out = '';
        let from = 0;
        for (let at = s.indexOf('xref:'); at >= 0; at = s.indexOf('xref:', from)) {
            const open = s.indexOf('[', at);
            const close = open < 0 ? -1 : s.indexOf(']', open);
            if (close < 0 || open - at > MAX_TARGET)
                break;
            out += s.slice(from, at) + (s.slice(open + 1, close).trim() || s.slice(at + 5, open));
            from = close + 1;
        }
        s = out + s.slice(from);
    }
    return s;
}
/** Rewrites an AsciiDoc document into Markdown with the same lines (see the file's head). */
function asciidocToMarkdown(text, attributes = NO_ATTRIBUTES) {
    const lines = (0,markdown/* splitLines */.uz)(text);
    // The site's attributes, then the document's own entries (`:dist-url: https://...`) as they are met.
    const attrs = new Map(attributes);
    const out = new Array(lines.length).fill('');
    /** The delimiter that opened the verbatim or comment block the line is in, if any. */
    let open = null;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].length > markdown/* MAX_LINE */.MV ? lines[i].slice(0, markdown/* MAX_LINE */.MV) : lines[i];
        const d = delimiter(line);
        if (open !== null) {
            if (d !== null && d.ch === open.ch && d.len === open.len) {
                if (open.ch !== '/')
                    out[i] = markdown/* CONVERTED_FENCE */.V$;
                open = null;
            }
            else if (open.ch !== '/')
                out[i] = line;
            continue;
        }
        if (d !== null) {
            // Listing, literal and passthrough blocks are code; a comment block says nothing; example,
            // sidebar, quote and open blocks hold prose, their delimiters nothing.
            if (d.ch === '-' || d.ch === '.' || d.ch === '+') {
                open = d;
                out[i] = markdown/* CONVERTED_FENCE */.V$;
            }
            else if (d.ch === '/')
                open = d;
            continue;
        }
        if (line.startsWith('//'))
            continue; // a line comment
        // An open block's `--` would underline the line before it in Markdown.
        if ((0,facts_text/* trimEnd */.s8)(line, ' \t') === '--')
            continue;
        const title = line.startsWith('=') ? sectionTitle(line) : null;
        if (title) {
            out[i] = `${'#'.repeat(title.level)} ${inlineLinks(title.text)}`;
            continue;
        }
        const t = line.trim();
        // Attribute entries (`:toc: left`), block attributes and anchors (`[source,bash]`, `[[id]]`), and a block's title (`.Title`) are not prose.
        if (t.startsWith(':') && t.indexOf(':', 1) > 1 && /^:!?[\w-]+!?:/.test(t)) {
            const entry = ATTRIBUTE_ENTRY.exec(t);
            if (entry && attrs.size < MAX_ATTRIBUTES)
                attrs.set(entry[1], substitute(entry[2] ?? '', attrs));
            continue;
        }
        if (t.startsWith('[') && t.endsWith(']') && !t.includes(']('))
            continue;
        if (t.length > 1 && t[0] === '.' && t[1] !== '.' && t[1] !== ' ') {
            out[i] = t.slice(1);
            continue;
        }
        out[i] = inlineLinks(attrs.size > 0 && line.includes('{') ? substitute(line, attrs) : line);
    }
    return out.join('\n');
}
const NO_ATTRIBUTES = new Map();
const MAX_ATTRIBUTES = 500;
const MAX_VALUE = 500;
/** `:name: value`, a set entry (an unset `:name!:` is left out). */
const ATTRIBUTE_ENTRY = /^:([\w-]{1,100}):[ \t]*(\S.{0,499})?$/;
const REFERENCE = /\{([\w-]{1,100})\}/g;
/**
 * `{name}` references replaced by the attributes' values, in one pass (a value is not expanded
 * again), the line kept to MAX_LINE: log4j's download page links
 * `{logging-services-url}/download.html[the Download page]`, its antora.yml sets the URL.
 */
function substitute(line, attrs) {
    const out = line.replace(REFERENCE, (ref, name) => attrs.get(name)?.slice(0, MAX_VALUE) ?? ref);
    return out.length > markdown/* MAX_LINE */.MV ? out.slice(0, markdown/* MAX_LINE */.MV) : out;
}

;// CONCATENATED MODULE: ./src/facts/restructuredtext.ts
// reStructuredText, read by the Markdown outline reader. Python projects (Sphinx) and many others
// keep their contributing guide, security policy and user guides in .rst: read as Markdown, their
// section titles (underlined with ~ ^ " or overlined), `text <url>`_ links and `::` literal blocks
// were invisible. Each line is rewritten, line for line, into the Markdown that means the same to
// the outline: a section title becomes an ATX heading, a literal block or code directive a fenced
// block, a hyperlink a Markdown link, a comment or a markup-only directive a blank line. Line
// numbers stay those of the .rst file. Linear: each line is read a bounded number of times.


const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
/** Directives whose body is code. */
const CODE_DIRECTIVES = new Set(['code-block', 'code', 'sourcecode', 'prompt', 'parsed-literal', 'doctest', 'testcode', 'testoutput', 'testsetup', 'console', 'ipython', 'jupyter-execute', 'command-output', 'program-output']);
/** Directives whose argument is prose (an admonition's title or first words). */
const PROSE_ARGUMENT = new Set(['note', 'warning', 'tip', 'important', 'attention', 'caution', 'danger', 'error', 'hint', 'seealso', 'admonition', 'versionadded', 'versionchanged', 'deprecated', 'topic', 'sidebar', 'rubric', 'centered']);
/** Directives that are markup only: their line and body say nothing to a reader of the source as prose (a table of contents, an image, an include). */
const MARKUP_ONLY = new Set(['toctree', 'image', 'figure', 'include', 'literalinclude', 'raw', 'contents', 'meta', 'highlight', 'index', 'tabularcolumns', 'currentmodule', 'module', 'sectionauthor', 'codeauthor', 'graphviz', 'mermaid', 'uml', 'plantuml', 'autosummary', 'automodule', 'autoclass', 'autofunction', 'autoexception', 'autodata', 'automethod', 'autoattribute', 'autoprogram', 'click', 'argparse', 'default-role', 'role', 'title', 'header', 'footer', 'sectnum', 'target-notes', 'class']);
/** The auto-enumerator of a list item: `#.` or `#)`, then a blank or the end of the line. */
const AUTO_ENUMERATOR = /^#[.)](?:[ \t]|$)/;
/** Roles whose text is code. */
const CODE_ROLES = new Set(['code', 'command', 'file', 'samp', 'program', 'kbd', 'envvar', 'option', 'makevar', 'literal', 'mimetype']);
/** The character of a line that is one punctuation character repeated from column 0 (trailing blanks allowed), and how many; null otherwise. */
function adornment(line) {
    const t = (0,facts_text/* trimEnd */.s8)(line, ' \t');
    if (t.length === 0 || !PUNCTUATION.includes(t[0]))
        return null;
    for (let i = 1; i < t.length; i++)
        if (t[i] !== t[0])
            return null;
    return { ch: t[0], len: t.length };
}
function indentOf(line) {
    let i = 0;
    while (i < line.length && (line[i] === ' ' || line[i] === '\t'))
        i++;
    return i;
}
const isBlankLine = (line) => line === undefined || indentOf(line) === line.length;
/** An underline or overline long enough for a title of this text (docutils warns when shorter; three characters always do). */
const longEnough = (adorn, title) => adorn.len >= 3 || adorn.len >= title.trim().length;
/**
 * The end of an indented body that starts after line `from`: the index of the first non-blank line
 * indented `base` or less (or the line count). `indents` holds each line's indentation, -1 for a
 * blank line. Callers move past the body, so that no line is scanned for more than one body.
 */
function bodyEnd(indents, from, base) {
    let e = from + 1;
    while (e < indents.length && (indents[e] < 0 || indents[e] > base))
        e++;
    return e;
}
/** A bullet or enumerated list item's marker and the blanks after it (`- `, `#. `, `12. `, `(a) `): their width, 0 for none. */
const LIST_MARKER = /^(?:[-*+\u2022]|#[.)]|\d{1,9}[.)]|[a-zA-Z][.)]|\((?:\d{1,9}|[a-zA-Z#])\))[ \t]+/;
function listMarkerWidth(trimmed) {
    return LIST_MARKER.exec(trimmed)?.[0].length ?? 0;
}
function explicitMarkup(rest) {
    // `.. _label: target`, `.. _`label: with colon`: target`, `.. __: target` (anonymous).
    if (rest.startsWith('_')) {
        let label;
        let after;
        if (rest[1] === '`') {
            const close = rest.indexOf('`', 2);
            if (close < 0 || rest[close + 1] !== ':')
                return { kind: 'other' };
            label = rest.slice(2, close);
            after = close + 2;
        }
        else {
            const colon = rest.indexOf(':');
            if (colon < 0)
                return { kind: 'other' };
            label = rest.slice(1, colon);
            after = colon + 1;
        }
        const target = rest.slice(after).trim();
        return label === '_' || label === '' ? { kind: 'other' } : { kind: 'target', label, target };
    }
    if (rest.startsWith('[')) {
        const close = rest.indexOf(']');
        return close < 0 ? { kind: 'other' } : { kind: 'footnote', text: rest.slice(close + 1).trim() };
    }
    if (rest.startsWith('|'))
        return { kind: 'other' }; // a substitution definition
    const sep = rest.indexOf('::');
    if (sep > 0 && sep <= 60) {
        const name = rest.slice(0, sep);
        if (/^[A-Za-z][\w.+:-]*$/.test(name)) {
            const local = name.slice(name.lastIndexOf(':') + 1).toLowerCase();
            return { kind: 'directive', name: local, argument: rest.slice(sep + 2).trim() };
        }
    }
    return { kind: 'other' };
}
/** Longest URI read from a target's lines, and lines read for it: a wrapped URI takes two or three. */
const MAX_URI = 2000;
const MAX_URI_LINES = 4;
/** Longest URI of a badge, and how many badges a document expands: each copies its URIs to where it is shown. */
const MAX_BADGE_URI = 500;
const MAX_BADGES = 100;
/**
 * The URI of a named hyperlink target written on the indented lines right below its name (`.. _label:` alone on its line):
 * those lines, blanks removed, as docutils joins them; '' when the next line is blank or not indented (an internal target).
 * A few lines at most, so that a line is read for a bounded number of targets above it.
 */
function continuedTarget(lines, indents, at) {
    let uri = '';
    for (let k = at + 1; k < lines.length && k - at <= MAX_URI_LINES && indents[k] > indents[at]; k++) {
        if (lines[k].length - indents[k] > MAX_URI - uri.length)
            return '';
        uri += (0,facts_text/* trimEnd */.s8)(lines[k].slice(indents[k]), ' \t');
    }
    return uri;
}
/**
 * A substitution defined as an image (`.. |gitter| image:: https://badges.gitter.im/o/r.svg`), as the Markdown its references
 * stand for: a badge, `[![alt](image)](target)` when its `:target:` option links it, the image alone otherwise. Its options are
 * the indented lines right below that start with a colon; null for any other substitution.
 */
function substitutionBadge(lines, indents, at) {
    const t = lines[at].trim();
    const close = t.indexOf('|', 4);
    if (close < 5)
        return null;
    const name = t.slice(4, close).trim().toLowerCase();
    const rest = t.slice(close + 1).trimStart();
    if (!rest.startsWith('image::'))
        return null;
    const image = rest.slice(7).trim();
    if (image === '' || image.length > MAX_BADGE_URI || /[\s()[\]]/.test(image))
        return null;
    let target = '';
    let alt = name;
    for (let k = at + 1; k < lines.length && indents[k] > indents[at] && k - at <= 20; k++) {
        const o = lines[k].trim();
        if (!o.startsWith(':'))
            break;
        if (o.startsWith(':target:'))
            target = o.slice(8).trim();
        else if (o.startsWith(':alt:'))
            alt = o.slice(5).trim().replace(/[[\]]/g, '');
    }
    const shown = `![${alt.slice(0, 200)}](${image})`;
    if (target === '' || target.length > MAX_BADGE_URI || /[\s()]/.test(target))
        return { name, markdown: shown };
    return { name, markdown: `[${shown}](${target})` };
}
/**
 * Rewrites a reStructuredText document into Markdown with the same lines: what parseMarkdown needs
 * to outline it as it outlines a Markdown file.
 */
function restructuredToMarkdown(text) {
    const lines = (0,markdown/* splitLines */.uz)(text);
    for (let i = 0; i < lines.length; i++)
        if (lines[i].length > markdown/* MAX_LINE */.MV)
            lines[i] = lines[i].slice(0, markdown/* MAX_LINE */.MV);
    const out = new Array(lines.length).fill('');
    const indents = Int32Array.from(lines, (l) => (isBlankLine(l) ? -1 : indentOf(l)));
    const labels = new Set();
    const badges = new Map();
    for (let k = 0; k < lines.length; k++) {
        const t = lines[k].trimStart();
        if (t.startsWith('.. _')) {
            const e = explicitMarkup(t.slice(3));
            if (e.kind === 'target' && (e.target !== '' || continuedTarget(lines, indents, k) !== ''))
                labels.add(e.label.toLowerCase());
        }
        else if (t.startsWith('.. |')) {
            const b = substitutionBadge(lines, indents, k);
            if (b && !badges.has(b.name))
                badges.set(b.name, b.markdown);
        }
    }
    const defined = { labels, badges, expanded: 0 };
    const styles = [];
    const levelOf = (style) => {
        let k = styles.indexOf(style);
        if (k < 0)
            k = styles.push(style) - 1;
        return Math.min(k + 1, 6);
    };
    const carries = new Map();
    const prose = (i, line, from = 0) => {
        const carry = carries.get(i);
        carries.delete(i);
        return inlineMarkup(lines, i, line, carry?.resume ?? from, carry?.prefix ?? '', defined, carries);
    };
    /** Lines from..end-1 as a fenced code block whose opening fence is on line `open` (blank or markup). */
    const fence = (open, end) => {
        out[open] = markdown/* CONVERTED_FENCE */.V$;
        for (let k = open + 1; k < end; k++)
            out[k] = lines[k];
        // Closed on the block's last line: the blank line before the text comes back (or, when there is
        // none, the last line of code, lost). A block that runs to the end needs no close.
        if (end < lines.length && end - 1 > open)
            out[end - 1] = markdown/* CONVERTED_FENCE */.V$;
    };
    let i = 0;
    while (i < lines.length) {
        const line = lines[i];
        if (indents[i] < 0) {
            i++;
            continue;
        }
        const indent = indents[i];
        // `::` alone is the expanded form of a literal block's marker, not a two-character adornment.
        const over = (0,facts_text/* trimEnd */.s8)(line, ' \t') === '::' ? null : adornment(line);
        // An overlined title: adornment, title (may be inset), the same adornment.
        if (over !== null && i + 2 < lines.length) {
            const under = adornment(lines[i + 2]);
            const title = lines[i + 1];
            if (under !== null && under.ch === over.ch && !isBlankLine(title) && adornment(title) === null && longEnough(over, title)) {
                out[i + 1] = `${'#'.repeat(levelOf(`o${over.ch}`))} ${prose(i + 1, title.trim())}`;
                i += 3;
                continue;
            }
        }
        // An underlined title: unindented text at the start of a block, then the adornment.
        if (over === null && indent === 0 && i + 1 < lines.length && (i === 0 || indents[i - 1] < 0) && !line.startsWith('..')) {
            const under = adornment(lines[i + 1]);
            if (under !== null && longEnough(under, line)) {
                out[i] = `${'#'.repeat(levelOf(`u${under.ch}`))} ${prose(i, line.trim())}`;
                i += 2;
                continue;
            }
        }
        // A transition, a table border or a stray adornment: not prose.
        if (over !== null) {
            i++;
            continue;
        }
        const trimmed = line.slice(indent);
        if (trimmed === '..' || trimmed.startsWith('.. ')) {
            const e = explicitMarkup(trimmed.slice(3).trimStart());
            if (e.kind === 'directive' && !CODE_DIRECTIVES.has(e.name) && !MARKUP_ONLY.has(e.name)) {
                if (PROSE_ARGUMENT.has(e.name) && e.argument !== '')
                    out[i] = prose(i, e.argument);
                // The body is prose, read line by line after the options that open it.
                let k = i + 1;
                while (k < lines.length && indents[k] > indent && lines[k].trimStart().startsWith(':'))
                    k++;
                i = k;
                continue;
            }
            if (e.kind === 'footnote') {
                out[i] = ' '.repeat(indent) + prose(i, e.text);
                i++;
                continue;
            }
            // Below, the line's indented body is skipped as a whole: each line is scanned for one body only.
            const end = bodyEnd(indents, i, indent);
            if (e.kind === 'target') {
                // A named hyperlink target is a Markdown definition; an internal target or an alias says nothing. Its URI may be on the
                // lines right below (pluggy's README: `.. _read the docs:`, then `   https://pluggy.readthedocs.io/en/latest/`).
                const target = e.target === '' ? continuedTarget(lines, indents, i) : e.target;
                if (target !== '' && !target.endsWith('_'))
                    out[i] = `[${e.label}]: ${target}`;
                i = end;
                continue;
            }
            if (e.kind === 'directive' && CODE_DIRECTIVES.has(e.name))
                fence(i, end);
            // A code or markup-only directive, or a comment, with its indented body.
            i = end;
            continue;
        }
        // A paragraph ending in `::` introduces the indented literal block after the blank line that follows.
        const body = (0,facts_text/* trimEnd */.s8)(line, ' \t');
        if (body.endsWith('::') && i + 1 < lines.length && indents[i + 1] < 0) {
            let first = i + 1;
            while (first < lines.length && indents[first] < 0)
                first++;
            // In a list item's first line the paragraph starts after the marker: the block indented past it ends where the item's
            // text comes back (pytest's CONTRIBUTING.rst, "#. Clone your fork ...::", the commands, then "   Given we have ...").
            const text = indent + listMarkerWidth(trimmed);
            const end = bodyEnd(indents, i, first < lines.length && indents[first] > text ? text : indent);
            const marker = body === ' '.repeat(indent) + '::' ? '' : body.endsWith(' ::') ? body.slice(0, -3) : body.slice(0, -1);
            out[i] = marker === '' ? '' : prose(i, AUTO_ENUMERATOR.test(trimmed) ? `${marker.slice(0, indent)}1${marker.slice(indent + 1)}` : marker);
            if (first < lines.length && indents[first] > indent) {
                fence(i + 1, end);
                i = end;
            }
            else
                i++;
            continue;
        }
        // An auto-numbered list item (`#. Fork the repository`) is an item of an ordered list, as `1.` is in
        // Markdown: read as text, its `#.` joined it to the item before (urllib3's docs/contributing.rst).
        if (AUTO_ENUMERATOR.test(trimmed))
            out[i] = prose(i, `${line.slice(0, indent)}1${trimmed.slice(1)}`);
        // An indented run of = or - would underline the line before it in Markdown: not prose here.
        else if (adornment(trimmed) === null)
            out[i] = prose(i, line);
        i++;
    }
    return out.join('\n');
}
/** The role that ends `s` (`:doc:`, `:py:class:` -> 'class'), and where it starts; null when none. */
function roleAtEnd(s) {
    if (!s.endsWith(':'))
        return null;
    let j = s.length - 2;
    while (j >= 0 && s.length - j < 60 && (/[\w.+-]/.test(s[j]) || s[j] === ':'))
        j--;
    let start = j + 1;
    while (start < s.length - 1 && s[start] !== ':')
        start++;
    if (start >= s.length - 1)
        return null;
    const inner = s.slice(start + 1, -1);
    const role = inner.slice(inner.lastIndexOf(':') + 1).toLowerCase();
    return role === '' ? null : { role, start };
}
/** `text <target>` split into its parts; the whole as both when there is no target. */
function splitTarget(s) {
    const t = s.trim();
    if (t.endsWith('>')) {
        const lt = t.lastIndexOf('<');
        if (lt >= 0)
            return { text: t.slice(0, lt).trim(), target: t.slice(lt + 1, -1).trim() };
    }
    return { text: t, target: null };
}
/** Interpreted text, a role or a hyperlink reference, as Markdown. */
function rendered(role, span, suffix) {
    const { text, target } = splitTarget(span);
    const shown = (text || target || '').replace(/^[~!]/, '');
    if (role !== null) {
        if (role === 'doc' && !(target ?? text).startsWith('/'))
            return `[${shown}](${target ?? text}.rst)`;
        return CODE_ROLES.has(role) ? `\`${shown}\`` : shown;
    }
    if (suffix === '')
        return shown;
    if (target === null)
        return `[${text}]`;
    if (target.endsWith('_'))
        return `[${shown}][${target.slice(0, -1)}]`;
    return `[${shown}](${target})`;
}
/**
 * A line's inline markup as Markdown, from `from` (after a span carried from the line before),
 * `prefix` first: ``literal`` -> `literal`, `text <url>`_ -> [text](url), `label`_ and label_ ->
 * [label], :role:`text` -> its text. Interpreted text that goes on to the next line is carried
 * there (`carries`), as wrapped prose often has it.
 */
function inlineMarkup(lines, i, line, from, prefix, defined, carries) {
    const { labels, badges } = defined;
    const bars = badges.size > 0 && defined.expanded < MAX_BADGES && line.includes('|');
    if (!line.includes('`') && !line.includes('_') && !bars && from === 0 && prefix === '')
        return line;
    let out = prefix;
    let plainStart = from;
    let p = from;
    while (p < line.length) {
        const c = line[p];
        if (c === '|' && bars) {
            // A substitution reference to a badge (`|gitter|`): the badge, where the text shows it.
            const close = line.indexOf('|', p + 1);
            const badge = close > p + 1 && close - p <= 100 && defined.expanded < MAX_BADGES ? badges.get(line.slice(p + 1, close).trim().toLowerCase()) : undefined;
            if (badge !== undefined) {
                out += badge;
                defined.expanded++;
                p = close + (line[close + 1] === '_' ? 2 : 1);
                plainStart = p;
                continue;
            }
            out += c;
            p++;
            continue;
        }
        if (c === '\\' && p + 1 < line.length) {
            out += line[p + 1];
            p += 2;
            continue;
        }
        if (c === '_' && labels.size > 0 && (p + 1 >= line.length || !/[\w-]/.test(line[p + 1]))) {
            // A simple reference (`CONTRIBUTING_`) to a target this document defines.
            let ws = p;
            while (ws > plainStart && p - ws < 100 && /[\w.-]/.test(line[ws - 1]))
                ws--;
            const word = line.slice(ws, p);
            if (word !== '' && labels.has(word.toLowerCase()) && out.endsWith(word)) {
                out = `${out.slice(0, out.length - word.length)}[${word}]`;
                p++;
                continue;
            }
        }
        if (c !== '`') {
            // Plain text up to the next character that may start markup, copied at once.
            let q = p + 1;
            while (q < line.length && line[q] !== '`' && line[q] !== '_' && line[q] !== '\\' && !(bars && line[q] === '|'))
                q++;
            out += line.slice(p, q);
            p = q;
            continue;
        }
        if (line[p + 1] === '`') {
            const close = line.indexOf('``', p + 2);
            if (close < 0) {
                // A literal that goes on to the next line: plain text on both (a code span does not wrap).
                const next = lines[i + 1];
                const end = next === undefined || isBlankLine(next) ? -1 : next.indexOf('``');
                out += line.slice(p + 2);
                if (end >= 0)
                    carries.set(i + 1, { prefix: next.slice(0, end), resume: end + 2 });
                break;
            }
            out += `\`${line.slice(p + 2, close)}\``;
            p = close + 2;
            plainStart = p;
            continue;
        }
        const r = roleAtEnd(out);
        const role = r?.role ?? null;
        if (r)
            out = out.slice(0, r.start);
        const close = line.indexOf('`', p + 1);
        if (close >= 0) {
            let q = close + 1;
            const suffix = line[q] === '_' ? (line[q + 1] === '_' ? '__' : '_') : '';
            q += suffix.length;
            out += rendered(role, line.slice(p + 1, close), suffix);
            p = q;
            plainStart = p;
            continue;
        }
        // Interpreted text that goes on to the next line: found there, or the backquote is text.
        const next = lines[i + 1];
        const end = next === undefined || isBlankLine(next) ? -1 : next.indexOf('`');
        if (end < 0 || next[end + 1] === '`') {
            out += line.slice(p + 1);
            break;
        }
        const suffix = next[end + 1] === '_' ? (next[end + 2] === '_' ? '__' : '_') : '';
        const head = line.slice(p + 1);
        const tail = next.slice(0, end);
        const whole = rendered(role, `${head} ${tail}`, suffix);
        const resume = end + 1 + suffix.length;
        if (whole.startsWith('[') && whole.includes('](') && !head.includes('<')) {
            // A link whose target is on the next line: its text opens here and closes there, as wrapped Markdown does.
            const tailText = splitTarget(`${head} ${tail}`).text.slice(head.trim().length).trim();
            out += `[${head.trim()}`;
            carries.set(i + 1, { prefix: `${tailText}${whole.slice(whole.indexOf(']('))}`, resume });
        }
        else {
            out += whole;
            carries.set(i + 1, { prefix: '', resume });
        }
        break;
    }
    return out;
}

// EXTERNAL MODULE: ./src/facts/xdoc.ts
var xdoc = __webpack_require__(2793);
;// CONCATENATED MODULE: ./src/facts/outlines.ts
// One outline per document per run: the facts that read the same document (the project's
// documents, the links they follow, a self-assessment) share its read and its parse. A
// reStructuredText, AsciiDoc or Maven xdoc file is outlined as the Markdown its lines mean
// (restructuredtext.ts, asciidoc.ts, xdoc.ts).





const RESTRUCTURED = /\.(rst|rest)$/i;
const ASCIIDOC = /\.(adoc|asciidoc)$/i;
/** Pull request and issue templates: their HTML comments are the instructions a contributor reads. */
const TEMPLATE = /(?:^|\/)(?:pull_request_template(?:\.\w+)?|issue_template(?:\.\w+)?)$|(?:^|\/)(?:PULL_REQUEST_TEMPLATE|ISSUE_TEMPLATE)\//i;
/** A contribution guide (CONTRIBUTING.md, docs/CONTRIBUTING.rst): its sections are read further (GUIDE_SAMPLE). */
const CONTRIBUTION_GUIDE = /(?:^|\/)contributing(?:\.\w+)?$/i;
/** Markdown itself (not MDX, which has no indented code): its indented blocks are code. */
const MARKDOWN = /\.(md|markdown)$/i;
/** The Markdown a document's text means to the outline reader, by its file name. */
function asMarkdown(snap, path, text) {
    if (RESTRUCTURED.test(path))
        return restructuredToMarkdown(text);
    if (xdoc/* XDOC_PAGE */.hH.test(path))
        return (0,xdoc/* xdocToMarkdown */.hV)(text);
    // An Antora page's `{name}` references are set in antora.yml and the playbook.
    return ASCIIDOC.test(path) ? asciidocToMarkdown(text, (0,antora/* antoraAttributesFor */.M2)(snap, path)) : text;
}
const outlines = new WeakMap();
/** A file read through the snapshot and outlined, once per snapshot; or why it could not be read. */
function readOutline(snap, path) {
    const r = snap.read(path);
    if (!r.ok)
        return r;
    let byPath = outlines.get(snap);
    if (!byPath)
        outlines.set(snap, (byPath = new Map()));
    let outline = byPath.get(path);
    if (!outline)
        byPath.set(path, (outline = (0,markdown/* parseMarkdown */.Dd)(asMarkdown(snap, path, r.text), { indentedCode: MARKDOWN.test(path), commentsShown: TEMPLATE.test(path), bodySample: CONTRIBUTION_GUIDE.test(path) ? markdown/* GUIDE_SAMPLE */.GJ : undefined })));
    return { ok: true, text: r.text, outline };
}


/***/ }),

/***/ 2902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ placeholderReason),
/* harmony export */   b: () => (/* binding */ templateReason)
/* harmony export */ });
// Placeholders and template text: what a template or a draft puts where the project's own words
// belong. One detector for every reader of repository text (Security Insights values, e-mail
// addresses and links in documents, document sections), because a placeholder is never evidence.
// Every expression here is linear: bounded repetitions, no nested quantifiers.
/** Values longer than this are read only in part (a placeholder is short). */
const MAX_VALUE = 2000;
/** Hosts reserved for examples and tests (RFC 2606): example.com/.org/.net and the .example, .test and .invalid names. */
function exampleHost(host) {
    const labels = host.toLowerCase().replace(/\.$/, '').split('.');
    const tld = labels[labels.length - 1];
    if (tld === 'example' || tld === 'test' || tld === 'invalid')
        return true;
    return labels.length >= 2 && labels[labels.length - 2] === 'example' && (tld === 'com' || tld === 'org' || tld === 'net');
}
const HOST_IN_URL = /^[a-z][a-z0-9+.-]{0,20}:\/\/(?:[^/?#@\s]{0,200}@)?([^/?#:\s]{1,253})/i;
const HOST_IN_EMAIL = /@([A-Za-z0-9.-]{1,253})$/;
const MARKER = /\b(?:TODO|TBD|FIXME)\b/;
const CHANGE_ME = /\b(?:change[-_ ]?me|replace[-_ ]?me)\b/i;
const ANGLE = /<\s{0,3}(?:your|insert|enter|add|replace|project[-_ ]name|org(?:anization)?(?:[-_ ]name)?|owner|repo(?:sitory)?(?:[-_ ]name)?|e-?mail(?:[-_ ]address)?|maintainer|contact|name)\b[^<>]{0,100}>/i;
const YOUR = /\byour[-_](?:org|organi[sz]ation|name|email|e-mail|project|repo|repository|user(?:name)?|company|domain|team|handle|key)\b|\bYOUR_[A-Z_]{2,40}\b|(?:^|[\s<(:])you@/i;
const BRACKET = /\[\s{0,3}(?:insert|describe|add|enter|replace|fill in|your|todo|tbd|name of|link to|contact method|email address|project name)\b[^\]]{0,200}\](?!\()/i;
const FILLER = /\blorem ipsum\b/i;
/**
 * A template's name to fill in, in braces: `https://github.com/acme/{project-name}/issues` in a CONTRIBUTING.md copied from an
 * organization's template. A URL template's own variables (`{version}`, `{os}`) are not names of the project.
 */
const BRACED = /\{\{?\s{0,3}(?:project|repo(?:sitory)?|org(?:ani[sz]ation)?|owner|user(?:name)?|github[-_ ]?(?:user|org))(?:[-_ ]?name)?\s{0,3}\}\}?/i;
/**
 * Why a value is a placeholder, or null when it is not. For one value such as a Security Insights
 * field, an e-mail address or a link target: our own draft's `TODO-\u2026` names and
 * `https://TODO-\u2026.example` URLs, and the usual ones (`TODO`, `TBD`, `FIXME`, example.com and the
 * reserved .example/.test/.invalid hosts, `changeme`, `<your-email>`, `you@\u2026`, `your-org`,
 * `[INSERT \u2026]`, lorem ipsum).
 */
function placeholderReason(value) {
    const v = value.length > MAX_VALUE ? value.slice(0, MAX_VALUE) : value;
    if (MARKER.test(v))
        return 'a TODO/TBD/FIXME marker';
    const host = HOST_IN_URL.exec(v.trim())?.[1] ?? HOST_IN_EMAIL.exec(v.trim())?.[1];
    if (host && exampleHost(host))
        return `a host reserved for examples (${host.toLowerCase()})`;
    if (CHANGE_ME.test(v))
        return 'a "change me" value';
    if (ANGLE.test(v))
        return 'a <placeholder> to fill in';
    if (YOUR.test(v))
        return 'a "your-\u2026" placeholder';
    if (BRACKET.test(v))
        return 'a bracketed instruction to fill in';
    if (BRACED.test(v))
        return 'a {placeholder} to fill in';
    if (FILLER.test(v))
        return 'filler text (lorem ipsum)';
    return null;
}
// ---- Template text in documents ----
/** A sentence that is an instruction to whoever fills in a template, not a statement of the project. */
const INSTRUCTION = /^(?:use this section to|replace this (?:text|section|paragraph|line)|describe (?:your|the) project here|(?:delete|remove) this (?:section|line|text|paragraph)|this (?:file|document|section) is a template|fill (?:in|out) (?:this|the) (?:section|template)|add (?:your|a) (?:description|content) here|tell them where to go, how often they can expect)/i;
/** A sentence that starts with a marker ("TODO: write this", "TBD.") or is nothing but one ("Coming soon."). */
const MARKER_SENTENCE = /^(?:TODO|TBD|FIXME|XXX)\b|^(?:[Cc]oming soon|[Tt]o be (?:written|added|done|determined))\W{0,3}$/;
/** GitHub's SECURITY.md template table of made-up versions (5.1.x, 5.0.x, 4.0.x). */
const GITHUB_VERSIONS_TABLE = /\b5\.1\.x\b.{0,80}\b5\.0\.x\b.{0,80}\b4\.0\.x\b/i;
/** What placeholderSentence tests each sentence with. */
const SENTENCE_TESTS = [MARKER_SENTENCE, INSTRUCTION, CHANGE_ME, ANGLE, YOUR, BRACKET, FILLER];
/**
 * Text in which no sentence can be a placeholder sentence: the sentence tests joined, without
 * their anchors (^ outside a character class, a final $) and ignoring case, so it matches wherever
 * one of them could match a sentence of the text. Derived, so that a word added to a test is never
 * missing here. Most sections say nothing of the kind and skip the split into sentences.
 */
const MAYBE_PLACEHOLDER = new RegExp(SENTENCE_TESTS.map((re) => `(?:${re.source.replace(/(?<!\[)\^|\$$/g, '')})`).join('|'), 'i');
/** Sentences of a section's prose: split at sentence ends, list items and table cells. */
function sentences(body) {
    return body
        .split(/(?<=[.!?:])\s+|\s\|\s|\s[-*+]\s/)
        .map((s) => s.replace(/^[\s|*_>#-]+/, '').trim())
        .filter((s) => s.length > 0);
}
function placeholderSentence(s) {
    return SENTENCE_TESTS.some((re) => re.test(s));
}
/**
 * Why a section's prose is template text that says nothing about the project, or null. Template
 * text: GitHub's unfilled SECURITY.md, and prose where placeholder lines and bracketed instructions
 * make up half the sentences or leave less than a sentence of the project's own words. A section
 * that mentions a TODO among real statements is not a template.
 */
function templateReason(body) {
    if (!body)
        return null;
    const text = body.length > 4 * MAX_VALUE ? body.slice(0, 4 * MAX_VALUE) : body;
    if (GITHUB_VERSIONS_TABLE.test(text))
        return 'template text not filled in: GitHub\'s SECURITY.md template (versions 5.1.x / 5.0.x / 4.0.x)';
    if (!MAYBE_PLACEHOLDER.test(text))
        return null;
    const all = sentences(text);
    if (all.length === 0)
        return null;
    let marked = 0;
    let ownChars = 0;
    let first = '';
    for (const s of all) {
        if (placeholderSentence(s)) {
            marked++;
            if (!first)
                first = s;
        }
        else
            ownChars += s.replace(/\W/g, '').length;
    }
    if (marked === 0)
        return null;
    if (marked * 2 >= all.length || ownChars < 30)
        return `template text not filled in ("${first.length > 80 ? `${first.slice(0, 79)}\u2026` : first}")`;
    return null;
}


/***/ }),

/***/ 7267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DU: () => (/* binding */ placeholderChecks),
/* harmony export */   Ib: () => (/* binding */ extraChecks),
/* harmony export */   gA: () => (/* binding */ bareRepoPath),
/* harmony export */   hL: () => (/* binding */ githubRepoOf),
/* harmony export */   ig: () => (/* binding */ repoPathCandidates),
/* harmony export */   xn: () => (/* binding */ legacyChecks)
/* harmony export */ });
/* unused harmony export parseDate */
/* harmony import */ var _placeholder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2902);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7607);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8795);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4060);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3928);
// Checks beyond the schema, reported as warnings: stale dates, links into the repository that
// point at missing files, malformed URLs and mailto links, contact lists without a primary.





const DAY_MS = 24 * 60 * 60 * 1000;
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
const MAX_STRINGS = 5000;
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function get(root, field) {
    let cur = root;
    for (const seg of field.split('.')) {
        if (!isObj(cur) || !Object.hasOwn(cur, seg))
            return undefined;
        cur = cur[seg];
    }
    return cur;
}
function diag(ctx, severity, field, message, which = 'value') {
    const p = (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .positionOf */ .df)(ctx.positions, field, which);
    return { severity, message, path: ctx.file, line: p.line, column: p.column, field: field || undefined };
}
/** Parses YYYY-MM-DD as a UTC date, or null. */
function parseDate(v) {
    if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v))
        return null;
    const d = new Date(`${v}T00:00:00Z`);
    return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v ? null : d;
}
function dateChecks(data, ctx) {
    const out = [];
    const now = ctx.now.getTime();
    for (const f of ['header.last-updated', 'header.last-reviewed']) {
        const d = parseDate(get(data, f));
        if (!d)
            continue;
        const ageDays = Math.floor((now - d.getTime()) / DAY_MS);
        if (ageDays > 365) {
            out.push(diag(ctx, 'warning', f, `\`${f}\` is ${ageDays} days old (more than a year); review the file and update the date.`));
        }
        else if (d.getTime() - now > DAY_MS) {
            out.push(diag(ctx, 'warning', f, `\`${f}\` is in the future (${get(data, f)}).`));
        }
    }
    const updated = parseDate(get(data, 'header.last-updated'));
    const reviewed = parseDate(get(data, 'header.last-reviewed'));
    if (updated && reviewed && reviewed.getTime() < updated.getTime()) {
        out.push(diag(ctx, 'info', 'header.last-reviewed', '`header.last-reviewed` is earlier than `header.last-updated`; a review normally follows the last update.'));
    }
    return out;
}
/** Checks on a legacy (1.x) file: its expiration date. */
function legacyChecks(data, ctx) {
    const out = [];
    const raw = get(data, 'header.expiration-date');
    const exp = typeof raw === 'string' ? new Date(raw) : null;
    if (exp && !Number.isNaN(exp.getTime()) && exp.getTime() < ctx.now.getTime()) {
        out.push(diag(ctx, 'warning', 'header.expiration-date', `\`header.expiration-date\` (${(0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(raw)}) is in the past; the file has expired.`));
    }
    return out;
}
/** Every string value in the document with its dot path (bounded). */
function strings(root) {
    const out = [];
    const stack = [{ v: root, field: '', key: '', depth: 0 }];
    while (stack.length > 0 && out.length < MAX_STRINGS) {
        const { v, field, key, depth } = stack.pop();
        if (depth > 64)
            continue;
        if (typeof v === 'string')
            out.push({ field, value: v, key });
        else if (Array.isArray(v))
            v.forEach((x, i) => stack.push({ v: x, field: `${field}[${i}]`, key, depth: depth + 1 }));
        else if (isObj(v))
            for (const k of Object.keys(v))
                stack.push({ v: v[k], field: (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .joinPath */ .uJ)(field, k), key: k, depth: depth + 1 });
    }
    return out.reverse();
}
/** owner/repo of a GitHub URL, lower-cased, or null. */
function githubRepoOf(url) {
    if (typeof url !== 'string')
        return null;
    const m = /^https?:\/\/(?:www\.)?github\.com\/([^/\s]+)\/([^/\s#?]+?)(?:\.git)?\/?(?:[#?].*)?$/i.exec(url);
    return m ? `${m[1]}/${m[2]}`.toLowerCase() : null;
}
/**
 * The repository path a URL points into, when it is a blob/tree/raw URL of the evaluated repository.
 * Returns the candidate paths, best first. GitHub's URLs do not say where the ref ends and the path
 * begins, so the first candidate takes a plain ref (`main`, `v1.2.0`, a commit); later candidates
 * take a ref with slashes, and only when it could be a branch: `release/1.2` yes, but not
 * `main/.github` (a ref component cannot begin with a dot), `main/docs` (a branch `main` excludes
 * branches under `main/`), nor anything under a commit or a version tag. Callers take the first
 * candidate that exists, so a slashed ref is used only when the plain split's path is missing.
 */
function repoPathCandidates(url, repo) {
    let rest = null;
    const gh = /^https?:\/\/(?:www\.)?github\.com\/([^/]+)\/([^/]+)\/(?:blob|tree|raw)\/(.+)$/i.exec(url);
    const raw = /^https?:\/\/raw\.githubusercontent\.com\/([^/]+)\/([^/]+)\/(.+)$/i.exec(url);
    const m = gh ?? raw;
    if (!m || `${m[1]}/${m[2]}`.toLowerCase() !== repo)
        return null;
    rest = (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .cutAt */ .og)(m[3], '#?');
    let segs = rest.split('/').filter((s) => s !== '');
    if (raw && segs[0] === 'refs' && (segs[1] === 'heads' || segs[1] === 'tags'))
        segs = segs.slice(2);
    // A ref component git accepts (git check-ref-format), and a first component that can have others under it.
    const validComponent = (c) => !/^\.|\.lock$|\.$|\.\.|@\{|[\x00-\x20~^:?*[\\\x7f]/.test(c) && c !== '@';
    const leaf = (c) => /^(?:[0-9a-f]{40}|[0-9a-f]{64}|HEAD|main|master|trunk|gh-pages|v?\d+(?:\.\d+)+(?:[-+][\w.]+)?)$/i.test(c);
    const branchLike = (ref) => ref.length === 1 || (!leaf(ref[0]) && ref.every(validComponent));
    // A URL that ends at the ref (`/tree/main`) is the repository's root.
    if (segs.length === 1)
        return [''];
    const out = [];
    for (let i = 1; i < segs.length && i <= 10; i++) {
        if (!branchLike(segs.slice(0, i)))
            continue;
        try {
            out.push(segs.slice(i).map((s) => decodeURIComponent(s)).join('/'));
        }
        catch {
            /* malformed escape: skip this split */
        }
    }
    return out;
}
/** Pages GitHub serves under a repository; a first segment outside them is no GitHub page. */
const REPO_ROUTES = new Set('actions activity agents archive attestations blame blob branches codespaces commit commits community compare contributors custom-properties deployments discussions edit find forks graphs issues labels milestone milestones models network new packages projects pull pulls pulse raw releases rules search security settings stargazers tags tree watchers wiki'.split(' '));
/** A document's or license's file name: what a hand-written link to a file of the repository ends in. */
const FILE_NAME = /\.(?:md|markdown|mdx|rst|txt|adoc|asciidoc|ya?ml|json|html?)$|^(?:LICEN[CS]E|COPYING|NOTICE)$/i;
/**
 * The path a hand-written link of this repository without `blob/<ref>/` means
 * (`https://github.com/o/r/SECURITY.md`, which GitHub answers with a 404): the rest of the URL, when
 * its first segment is not one of GitHub's pages and it ends in a file name. Null for anything else.
 */
function bareRepoPath(url, repo) {
    const m = /^https?:\/\/(?:www\.)?github\.com\/([^/]+)\/([^/]+)\/([^#?]+)/i.exec(url);
    if (!m || `${m[1]}/${m[2]}`.toLowerCase() !== repo)
        return null;
    const segs = m[3].split('/').filter((s) => s !== '');
    if (segs.length === 0 || REPO_ROUTES.has(segs[0].toLowerCase()) || !FILE_NAME.test(segs[segs.length - 1]))
        return null;
    try {
        return segs.map((s) => decodeURIComponent(s)).join('/');
    }
    catch {
        return null;
    }
}
function existsInSnapshot(snapshot, path) {
    const p = (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .trimEnd */ .s8)(path.replace(/^\.\//, ''), '/');
    if (p === '')
        return true;
    if (snapshot.has(p))
        return true;
    const prefix = p + '/';
    return snapshot.files.some((f) => f.path.startsWith(prefix));
}
function linkChecks(data, ctx) {
    const out = [];
    const repo = githubRepoOf(get(data, 'repository.url'));
    for (const { field, value, key } of strings(data)) {
        if (out.length > 100)
            break;
        const v = value.trim();
        if (/^https?:\/\//i.test(v)) {
            let u = null;
            try {
                u = new URL(v);
            }
            catch {
                out.push(diag(ctx, 'warning', field, `\`${field}\` does not parse as a URL: ${(0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(v)}.`));
                continue;
            }
            if (!u.hostname.includes('.') && u.hostname !== 'localhost') {
                out.push(diag(ctx, 'warning', field, `\`${field}\` has a host without a domain (${(0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(u.hostname)}); is the URL complete?`));
            }
            if (/^(localhost|127\.|0\.0\.0\.0|\[::1\])/.test(u.hostname)) {
                out.push(diag(ctx, 'warning', field, `\`${field}\` points at a local address (${(0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(u.hostname)}), which readers cannot open.`));
            }
            if (repo && !v.includes('{')) {
                const cands = repoPathCandidates(v, repo);
                if (cands && cands.length > 0 && !cands.some((c) => existsInSnapshot(ctx.snapshot, c))) {
                    out.push(diag(ctx, 'warning', field, `\`${field}\` links to ${(0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(cands[0])} in this repository, but no such file is in the checked-out tree.`));
                }
            }
        }
        else if (/^mailto:/i.test(v)) {
            const addr = v.slice(7).split('?')[0];
            let decoded = addr;
            try {
                decoded = decodeURIComponent(addr);
            }
            catch {
                /* keep raw */
            }
            if (!EMAIL.test(decoded))
                out.push(diag(ctx, 'warning', field, `\`${field}\` is a mailto link without a valid address: ${(0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(v)}.`));
        }
        else if (key === 'uri' && isRelativePath(v)) {
            if (!existsInSnapshot(ctx.snapshot, v)) {
                out.push(diag(ctx, 'warning', field, `\`${field}\` is a relative path ${(0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(v)}, but no such file is in the repository.`));
            }
        }
    }
    return out;
}
function isRelativePath(v) {
    if (v === '' || v.length > 500 || /\s/.test(v))
        return false;
    if (/^[a-z][a-z0-9+.-]*:/i.test(v))
        return false; // has a scheme (pkg:, oci:, ...)
    if (v.startsWith('/') || v.split('/').includes('..'))
        return false;
    return v.startsWith('./') || v.includes('/') || /\.(md|txt|ya?ml|json|rst|adoc|html)$/i.test(v);
}
function contactChecks(data, ctx) {
    const out = [];
    for (const f of ['project.administrators', 'repository.core-team', 'repository.security.champions']) {
        const list = get(data, f);
        if (!Array.isArray(list) || list.length === 0)
            continue;
        const primaries = list.filter((c) => isObj(c) && c.primary === true).length;
        if (primaries === 0)
            out.push(diag(ctx, 'warning', f, `No entry of \`${f}\` has \`primary: true\`; mark the first point of contact.`, 'key'));
        else if (primaries > 1)
            out.push(diag(ctx, 'warning', f, `${primaries} entries of \`${f}\` have \`primary: true\`; the specification says only one should.`, 'key'));
    }
    const contact = get(data, 'project.vulnerability-reporting.contact');
    if (isObj(contact) && contact.email === undefined && contact.social === undefined) {
        out.push(diag(ctx, 'warning', 'project.vulnerability-reporting.contact', '`project.vulnerability-reporting.contact` has no `email` or `social`; reporters need a way to reach it.', 'key'));
    }
    return out;
}
function structureChecks(data, ctx) {
    const out = [];
    if (!isObj(data))
        return out;
    const child = get(data, 'header.project-si-source') !== undefined;
    if (!child && data.project === undefined) {
        out.push(diag(ctx, 'warning', '', 'The file has no `project` section; the specification requires it in single-repository files and parent files (child files set `header.project-si-source` instead).', 'key'));
    }
    if (child && data.repository === undefined) {
        out.push(diag(ctx, 'warning', '', 'The file sets `header.project-si-source` (a child file) but has no `repository` section, which the specification requires in child files.', 'key'));
    }
    if (child && data.project !== undefined) {
        out.push(diag(ctx, 'info', 'project', 'The file sets `header.project-si-source` and also has a `project` section; the specification says child files omit `project` and inherit it.', 'key'));
    }
    if (!child && data.project !== undefined && data.repository === undefined) {
        out.push(diag(ctx, 'info', '', 'The file has no `repository` section; that is only expected in a parent file of a multi-repository project.', 'key'));
    }
    return out;
}
/** Free-text fields, read sentence by sentence: "TODO: not done yet." is a placeholder, a note that mentions a TODO among real words is not. */
const FREE_TEXT_KEYS = new Set(['comment']);
const MAX_PLACEHOLDER_DIAGNOSTICS = 100;
/** Whether the schema requires `key` in the mapping at `field`'s parent (so an empty string there stands for a missing value). */
function requiredHere(field, key) {
    const parent = field.endsWith(`.${key}`) ? field.slice(0, -key.length - 1) : '';
    return (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .schemaAt */ .lv)((0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .toSchemaPath */ .SI)(parent))?.required?.includes(key) === true;
}
/**
 * Placeholder values (src/facts/placeholder.ts): our own draft's TODO-\u2026 names and
 * https://TODO-\u2026.example URLs, example.com hosts, you@\u2026, <your-email>, changeme; and empty strings
 * where the schema requires a value. A warning per field, on the value's line.
 */
function placeholderChecks(data, ctx) {
    const diagnostics = [];
    const fields = [];
    for (const { field, value, key } of strings(data)) {
        if (fields.length >= MAX_PLACEHOLDER_DIAGNOSTICS)
            break;
        let reason;
        if (value.trim() === '')
            reason = requiredHere(field, key) ? 'empty, where the schema requires a value' : null;
        else if (FREE_TEXT_KEYS.has(key))
            reason = (0,_placeholder_js__WEBPACK_IMPORTED_MODULE_0__/* .templateReason */ .b)(value);
        else if (/^-----BEGIN /.test(value.trim()))
            reason = null;
        else
            reason = (0,_placeholder_js__WEBPACK_IMPORTED_MODULE_0__/* .placeholderReason */ .E)(value);
        if (reason === null)
            continue;
        const d = diag(ctx, 'warning', field, `\`${field}\` is a placeholder (${reason}): ${(0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(value)}. Replace it with the project's real value, or remove the field if it is optional; a placeholder is not evidence.`);
        diagnostics.push(d);
        fields.push({ field, line: d.line, column: d.column, reason });
    }
    return { diagnostics, fields };
}
/** All checks beyond the schema, for a 2.x document. */
function extraChecks(data, ctx) {
    return [...structureChecks(data, ctx), ...dateChecks(data, ctx), ...contactChecks(data, ctx), ...linkChecks(data, ctx)];
}


/***/ }),

/***/ 5148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hy: () => (/* binding */ siField),
/* harmony export */   m_: () => (/* binding */ siEvidence)
/* harmony export */ });
/* unused harmony export parseFieldPath */
/* harmony import */ var _placeholder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2902);

/** Splits 'repository.security.tools[0].name' into ['repository', 'security', 'tools', 0, 'name']. */
function parseFieldPath(field) {
    const out = [];
    for (const part of field.split('.')) {
        const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
        if (!m)
            return null;
        if (m[1] !== '')
            out.push(m[1]);
        else if (m[2] === '')
            return null;
        for (const idx of m[2].match(/\d+/g) ?? [])
            out.push(Number(idx));
    }
    return out;
}
function canonical(segs) {
    let s = '';
    for (const seg of segs)
        s = typeof seg === 'number' ? `${s}[${seg}]` : s === '' ? seg : `${s}.${seg}`;
    return s;
}
function lookup(data, segs) {
    let cur = data;
    for (const seg of segs) {
        if (typeof seg === 'number') {
            if (!Array.isArray(cur) || seg >= cur.length)
                return { found: false, value: undefined };
            cur = cur[seg];
        }
        else {
            if (cur === null || typeof cur !== 'object' || Array.isArray(cur) || !Object.hasOwn(cur, seg))
                return { found: false, value: undefined };
            cur = cur[seg];
        }
    }
    return { found: true, value: cur };
}
function nearest(positions, segs) {
    if (!positions)
        return { line: 0, column: 0 };
    for (let n = segs.length; n >= 0; n--) {
        const key = canonical(segs.slice(0, n));
        if (Object.hasOwn(positions, key))
            return positions[key];
    }
    return { line: 1, column: 1 };
}
/**
 * The value with every placeholder field under `path` left out (undefined when the value itself is
 * one): a placeholder is never evidence, so no reader of the file sees it. Copies only when needed.
 */
function withoutPlaceholders(value, path, placeholders) {
    if (placeholders.length === 0)
        return value;
    const inside = placeholders.filter((p) => p.field === path || p.field.startsWith(`${path}.`) || p.field.startsWith(`${path}[`) || path === '');
    if (inside.length === 0)
        return value;
    if (inside.some((p) => p.field === path))
        return undefined;
    const drop = new Set(inside.map((p) => p.field));
    const walk = (v, at, depth) => {
        if (depth > 64)
            return v;
        if (Array.isArray(v))
            return v.map((x, i) => walk(x, `${at}[${i}]`, depth + 1)).filter((x) => x !== undefined);
        if (v !== null && typeof v === 'object') {
            const out = {};
            for (const [k, x] of Object.entries(v)) {
                const child = at === '' ? k : `${at}.${k}`;
                if (drop.has(child))
                    continue;
                const w = walk(x, child, depth + 1);
                if (w !== undefined)
                    out[k] = w;
            }
            return out;
        }
        return v;
    };
    return walk(value, path, 0);
}
/** A parent file's value with placeholder strings left out (the parent's fields are not listed in `placeholders`). */
function stripPlaceholderStrings(v, depth) {
    if (typeof v === 'string')
        return v.trim() !== '' && (0,_placeholder_js__WEBPACK_IMPORTED_MODULE_0__/* .placeholderReason */ .E)(v) !== null ? undefined : v;
    if (depth > 64 || v === null || typeof v !== 'object')
        return v;
    if (Array.isArray(v))
        return v.map((x) => stripPlaceholderStrings(x, depth + 1)).filter((x) => x !== undefined);
    const out = {};
    for (const [k, x] of Object.entries(v)) {
        if (k === 'comment') {
            out[k] = x;
            continue;
        }
        const w = stripPlaceholderStrings(x, depth + 1);
        if (w !== undefined)
            out[k] = w;
    }
    return out;
}
/**
 * A field of the Security Insights file with its line and column, or undefined when absent or a
 * placeholder (see SecurityInsightsFacts.placeholders).
 * Project fields of a child file come from the loaded parent file when the file has no `project`.
 */
function siField(si, field) {
    const segs = parseFieldPath(field);
    if (!segs || !si.file)
        return undefined;
    const local = lookup(si.data, segs);
    if (local.found) {
        const value = withoutPlaceholders(local.value, canonical(segs), si.placeholders ?? []);
        if (value === undefined)
            return undefined;
        const p = nearest(si.positions, segs);
        return { value, line: p.line, column: p.column, path: si.file.path, fromParent: false };
    }
    const data = si.data;
    const hasLocalProject = data !== null && typeof data === 'object' && Object.hasOwn(data, 'project');
    if (segs[0] === 'project' && !hasLocalProject && si.parent?.state === 'loaded') {
        const inherited = lookup(si.parent.data, segs);
        const value = inherited.found ? stripPlaceholderStrings(inherited.value, 0) : undefined;
        if (value !== undefined) {
            const p = nearest(si.parent.positions, segs);
            return { value, line: p.line, column: p.column, path: si.parent.url, fromParent: true };
        }
    }
    return undefined;
}
/** Evidence of kind 'security-insights' pointing at a field (or at the file when the field is absent). */
function siEvidence(si, field, detail) {
    const f = siField(si, field);
    if (f) {
        if (f.fromParent)
            return { kind: 'security-insights', url: f.path, line: f.line, column: f.column, detail };
        return { kind: 'security-insights', path: f.path, line: f.line, column: f.column, detail };
    }
    const segs = parseFieldPath(field) ?? [];
    const p = nearest(si.file ? si.positions : undefined, segs);
    const ev = { kind: 'security-insights', detail };
    if (si.file) {
        ev.path = si.file.path;
        if (p.line > 0) {
            ev.line = p.line;
            ev.column = p.column;
        }
    }
    return ev;
}


/***/ }),

/***/ 8177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JB: () => (/* reexport */ draftSecurityInsights),
  n5: () => (/* reexport */ gatherSecurityInsights),
  m_: () => (/* reexport */ field/* siEvidence */.m_),
  Hy: () => (/* reexport */ field/* siField */.Hy),
  d$: () => (/* reexport */ writeDraft)
});

// UNUSED EXPORTS: CURRENT_VERSION, KNOWN_VERSIONS, MAX_PARENT_BYTES, SCANNERS, SI_BASELINE_MAP, fieldsForRequirement, parseFieldPath

// EXTERNAL MODULE: ./src/facts/security-insights/checks.ts
var checks = __webpack_require__(7267);
;// CONCATENATED MODULE: ./src/facts/security-insights/locate.ts
/** Directories the specification accepts besides the root: the source forge's folder. */
const FORGE_DIRS = ['.github', '.gitlab', '.forgejo', '.gitea'];
/** The names the specification gives. */
const STANDARD_NAMES = ['security-insights.yml', 'security-insights.yaml'];
/** The 1.0.0 file name (Security Slam 2023). */
const LEGACY_NAME = 'SECURITY-INSIGHTS.yml';
/** Any case, any separator (or none) between the two words, .yml or .yaml. */
const NAME_RE = /^security[-_. ]?insights\.ya?ml$/i;
const MAX_CANDIDATES = 10;
/** Files that look like a Security Insights file, in a stable order (root first, then forge dirs). */
function locateCandidates(snapshot) {
    const out = [];
    for (const dir of ['', ...FORGE_DIRS]) {
        for (const f of snapshot.filesIn(dir, (b) => NAME_RE.test(b))) {
            if (f.kind === 'submodule')
                continue;
            const base = dir === '' ? f.path : f.path.slice(dir.length + 1);
            out.push({ path: f.path, dir, base, atRoot: dir === '', standardName: STANDARD_NAMES.includes(base) });
            if (out.length >= MAX_CANDIDATES)
                return out;
        }
    }
    return out;
}
/** Sort key: lower is preferred. */
function preference(c, gen) {
    const genRank = gen === 'current' ? 0 : gen === 'legacy' ? 2 : 3;
    const nameRank = c.standardName ? 0 : 1;
    const dirRank = c.atRoot ? 0 : 1 + FORGE_DIRS.indexOf(c.dir);
    const extRank = c.base.endsWith('.yml') ? 0 : 1;
    return [genRank + nameRank, dirRank, extRank];
}
function compareCandidates(a, b) {
    const pa = preference(a.c, a.gen);
    const pb = preference(b.c, b.gen);
    for (let i = 0; i < pa.length; i++)
        if (pa[i] !== pb[i])
            return pa[i] - pb[i];
    return a.c.path < b.c.path ? -1 : a.c.path > b.c.path ? 1 : 0;
}
function describeWhy(c, gen) {
    const parts = [];
    parts.push(gen === 'current' ? 'schema 2.x' : gen === 'legacy' ? 'legacy schema 1.x' : 'schema not recognised');
    parts.push(c.standardName ? 'name given by the specification' : 'name not given by the specification');
    parts.push(c.atRoot ? 'at the repository root' : `in ${c.dir}/`);
    return parts.join(', ');
}

// EXTERNAL MODULE: ./src/facts/security-insights/parse.ts
var parse = __webpack_require__(7607);
// EXTERNAL MODULE: ./src/facts/security-insights/schema.ts + 2 modules
var schema = __webpack_require__(8795);
// EXTERNAL MODULE: ./src/facts/security-insights/validate.ts + 1 modules
var validate = __webpack_require__(4060);
;// CONCATENATED MODULE: ./src/facts/security-insights/gather.ts





/** Largest parent file fetched. */
const MAX_PARENT_BYTES = 1024 * 1024;
const DEFAULT_FETCH_TIMEOUT_MS = 10_000;
/** Top-level keys of schema 1.0.0 that 2.x does not have. */
const LEGACY_KEYS = ['project-lifecycle', 'contribution-policy', 'security-contacts', 'security-artifacts', 'security-testing', 'dependencies', 'distribution-points'];
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function schemaVersionOf(data) {
    if (!isObj(data) || !isObj(data.header))
        return null;
    const v = data.header['schema-version'];
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
}
function generationOf(data) {
    if (!isObj(data))
        return 'unknown';
    const v = schemaVersionOf(data);
    if (v !== null) {
        if (/^1(\.|$)/.test(v))
            return 'legacy';
        if (/^2(\.|$)/.test(v))
            return 'current';
    }
    if ((isObj(data.header) && data.header['expiration-date'] !== undefined) || LEGACY_KEYS.some((k) => Object.hasOwn(data, k)) || (isObj(data['vulnerability-reporting']))) {
        return 'legacy';
    }
    if (v === null && (Object.hasOwn(data, 'project') || Object.hasOwn(data, 'repository') || Object.hasOwn(data, 'header')))
        return 'current';
    return 'unknown';
}
function load(snapshot, c) {
    const entry = snapshot.get(c.path);
    const r = snapshot.read(c.path);
    if (!r.ok) {
        const reason = entry?.kind === 'symlink' && /outside|loop/.test(r.reason) ? `a symlink; ${r.reason}` : r.reason;
        return { c, gen: 'unknown', parsed: null, readError: reason };
    }
    let parsed;
    try {
        parsed = (0,parse/* parseYaml */.hN)(r.text, c.path);
    }
    catch (e) {
        // parseYaml catches what it can; this is a last line of defence (e.g. stack exhaustion).
        parsed = {
            ok: false,
            data: null,
            positions: new Map(),
            diagnostics: [{ severity: 'error', message: `YAML cannot be parsed: ${(0,parse/* errorText */.kc)(e)}`, path: c.path, line: 0, column: 0 }],
        };
    }
    if (r.invalidUtf8) {
        parsed.diagnostics.unshift({ severity: 'warning', message: 'The file is not valid UTF-8; invalid bytes were replaced.', path: c.path, line: 0, column: 0 });
    }
    return { c, gen: generationOf(parsed.data), parsed, readError: null };
}
function positionsRecord(map) {
    return Object.fromEntries([...map].map(([k, v]) => [k, v.key]));
}
async function gatherSecurityInsights(snapshot, options) {
    const now = options.now ?? new Date();
    const found = locateCandidates(snapshot);
    const facts = { file: null, candidates: [], diagnostics: [], data: null, positions: {}, parent: null, projectUnknownReason: null, placeholders: [] };
    if (found.length === 0)
        return facts;
    const loaded = found.map((c) => load(snapshot, c)).sort(compareCandidates);
    const chosen = loaded[0];
    const why = (l) => describeWhy(l.c, l.gen) + (l.readError ? `; cannot be read: ${l.readError}` : '');
    facts.candidates = loaded.map((l, i) => ({
        path: l.c.path,
        used: i === 0,
        why: i === 0 ? (loaded.length > 1 ? `used: ${why(l)}; preferred over the others` : `used: ${why(l)}`) : `not used: ${why(l)}; ${chosen.c.path} is preferred`,
    }));
    for (const other of loaded.slice(1)) {
        facts.diagnostics.push({
            severity: 'warning',
            message: `Another Security Insights file was found and ignored: ${other.c.path} (${why(other)}). ${chosen.c.path} is used; remove or merge the other file so readers see one source.`,
            path: other.c.path,
            line: 1,
            column: 1,
        });
    }
    const file = chosen.c.path;
    const diags = facts.diagnostics;
    const version = chosen.parsed ? schemaVersionOf(chosen.parsed.data) : null;
    facts.file = { path: file, schemaVersion: version, legacy: chosen.gen === 'legacy', valid: false, atRoot: chosen.c.atRoot, nameIsStandard: chosen.c.standardName };
    if (chosen.readError !== null || !chosen.parsed) {
        diags.push({ severity: 'error', message: `The Security Insights file cannot be read: ${chosen.readError ?? 'unknown reason'}.`, path: file, line: 0, column: 0 });
        return facts;
    }
    const parsed = chosen.parsed;
    diags.push(...parsed.diagnostics);
    facts.data = parsed.data ?? null;
    facts.positions = positionsRecord(parsed.positions);
    if (!chosen.c.standardName && chosen.gen !== 'legacy') {
        diags.push({
            severity: 'warning',
            message: `The file is named ${chosen.c.base}; the specification names it security-insights.yml (at the root, or in the forge folder such as .github/). Tools that follow the specification will not find it.`,
            path: file,
            line: 1,
            column: 1,
        });
    }
    if (!chosen.c.atRoot) {
        diags.push({
            severity: 'info',
            message: `The file is in ${chosen.c.dir}/, which the specification accepts; the Security Slam asks for it at the repository root.`,
            path: file,
            line: 1,
            column: 1,
        });
    }
    const data = parsed.data;
    if (!isObj(data)) {
        diags.push({
            severity: 'error',
            message: `The document must be a mapping with \`header\`, \`project\` and \`repository\`; found ${(0,validate/* describeValue */.bp)(data)}.`,
            path: file,
            line: 1,
            column: 1,
        });
        return facts;
    }
    const ctx = { file, positions: parsed.positions, snapshot, now };
    if (chosen.gen === 'legacy') {
        const at = (0,validate/* positionOf */.df)(parsed.positions, 'header.schema-version', 'value');
        diags.push({
            severity: 'error',
            message: `This is a Security Insights ${version ? `${version} ` : '1.x '}file, the legacy schema; it does not meet the current schema (2.x, latest ${schema/* CURRENT_VERSION */.V_}). Write a ${schema/* CURRENT_VERSION */.V_} security-insights.yml at the repository root (\`slam insights init\` drafts one).`,
            path: file,
            line: at.line,
            column: at.column,
            field: 'header.schema-version',
        });
        diags.push(...(0,checks/* legacyChecks */.xn)(data, ctx));
        return facts;
    }
    if (version !== null && !schema/* KNOWN_VERSIONS */.AX.includes(version)) {
        const at = (0,validate/* positionOf */.df)(parsed.positions, 'header.schema-version', 'value');
        const newer2 = /^2\.\d+\.\d+$/.test(version);
        diags.push({
            severity: newer2 ? 'warning' : 'error',
            message: newer2
                ? `Schema version ${version} is newer than the versions this tool knows (${schema/* KNOWN_VERSIONS */.AX.join(', ')}); it was checked against the ${schema/* CURRENT_VERSION */.V_} rules.`
                : `Schema version ${JSON.stringify(version)} is not a Security Insights 2.x version (${schema/* KNOWN_VERSIONS */.AX.join(', ')}).`,
            path: file,
            line: at.line,
            column: at.column,
            field: 'header.schema-version',
        });
    }
    const result = (0,validate/* validateInsights */.Eo)(data, { file, positions: parsed.positions, schemaVersion: version });
    diags.push(...result.diagnostics);
    diags.push(...(0,checks/* extraChecks */.Ib)(data, ctx));
    const ph = (0,checks/* placeholderChecks */.DU)(data, ctx);
    facts.placeholders = ph.fields;
    diags.push(...ph.diagnostics);
    const versionOk = version !== null && /^2\.\d+\.\d+$/.test(version);
    facts.file.valid = parsed.ok && result.valid && versionOk && chosen.gen === 'current';
    // A child file inherits its project section from header.project-si-source.
    const header = isObj(data.header) ? data.header : {};
    const source = header['project-si-source'];
    if (typeof source === 'string' && source !== '') {
        facts.parent = await loadParent(source, options, diags);
        if (data.project === undefined && facts.parent.state !== 'loaded') {
            facts.projectUnknownReason = `project-level fields come from the parent file ${source}, which was not read: ${facts.parent.reason ?? 'unknown reason'}`;
        }
    }
    return facts;
}
async function loadParent(url, options, diags) {
    if (!/^https:\/\//i.test(url))
        return { url, state: 'not-followed', reason: 'only HTTPS parent URLs are followed' };
    try {
        new URL(url);
    }
    catch {
        return { url, state: 'not-followed', reason: 'the URL does not parse' };
    }
    if (options.offline)
        return { url, state: 'not-followed', reason: 'running offline; the parent file was not fetched' };
    if (!options.fetchText)
        return { url, state: 'not-followed', reason: 'no way to fetch URLs was provided' };
    const timeoutMs = options.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
    let text;
    let timer;
    try {
        const timeout = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
            timer.unref?.();
        });
        const got = await Promise.race([options.fetchText(url), timeout]);
        if (typeof got !== 'string')
            return { url, state: 'error', reason: 'the fetch returned no text' };
        text = got;
    }
    catch (e) {
        return { url, state: 'error', reason: `fetching failed: ${(0,parse/* errorText */.kc)(e)}` };
    }
    finally {
        if (timer)
            clearTimeout(timer);
    }
    if (Buffer.byteLength(text, 'utf8') > MAX_PARENT_BYTES) {
        return { url, state: 'error', reason: `the parent file is larger than ${MAX_PARENT_BYTES / 1024 / 1024} MiB` };
    }
    if (/^\s*<(!doctype|html)/i.test(text))
        return { url, state: 'error', reason: 'the URL returned an HTML page, not raw YAML' };
    const parsed = (0,parse/* parseYaml */.hN)(text, url);
    const data = parsed.data;
    const positions = positionsRecord(parsed.positions);
    const asWarnings = (ds) => ds.map((d) => ({ ...d, severity: d.severity === 'error' ? 'warning' : d.severity, message: `Parent file: ${d.message}` }));
    diags.push(...asWarnings(parsed.diagnostics));
    if (!isObj(data))
        return { url, state: 'error', reason: 'the parent file is not a YAML mapping' };
    if (!isObj(data.project))
        return { url, state: 'error', reason: 'the parent file has no `project` section', data, positions };
    const result = (0,validate/* validateInsights */.Eo)(data, { file: url, positions: parsed.positions, schemaVersion: schemaVersionOf(data) });
    diags.push(...asWarnings(result.diagnostics));
    return { url, state: 'loaded', data, positions, valid: parsed.ok && result.valid };
}

// EXTERNAL MODULE: ./src/facts/security-insights/field.ts
var field = __webpack_require__(5148);
;// CONCATENATED MODULE: ./src/facts/security-insights/baseline-map.ts
// Which Security Insights fields speak to which OSPS Baseline requirements.
// docs/security-insights.md carries the same table; a test keeps the two in agreement.
const SI_BASELINE_MAP = [
    { field: 'project.vulnerability-reporting', requirements: ['OSPS-VM-01.01', 'OSPS-VM-02.01', 'OSPS-VM-03.01'], meaning: 'How vulnerabilities are reported and handled' },
    { field: 'project.vulnerability-reporting.contact', requirements: ['OSPS-VM-02.01', 'OSPS-VM-03.01'], meaning: 'The security contact for private reports' },
    { field: 'project.vulnerability-reporting.pgp-key', requirements: ['OSPS-VM-03.01'], meaning: 'A key for encrypted, private reports' },
    { field: 'project.vulnerability-reporting.policy', requirements: ['OSPS-VM-01.01'], meaning: 'The disclosure policy, which should state a response time' },
    { field: 'repository.documentation.security-policy', requirements: ['OSPS-VM-01.01', 'OSPS-VM-02.01'], meaning: "The repository's security policy (SECURITY.md)" },
    { field: 'repository.documentation.dependency-management-policy', requirements: ['OSPS-DO-06.01', 'OSPS-VM-05.01', 'OSPS-VM-05.02'], meaning: 'How dependencies are selected, obtained, tracked and remediated' },
    { field: 'repository.documentation.governance', requirements: ['OSPS-GV-01.01', 'OSPS-GV-01.02'], meaning: 'Governance: roles, responsibilities, decision-making' },
    { field: 'project.administrators', requirements: ['OSPS-GV-01.01'], meaning: 'Members with administrative access to project resources' },
    { field: 'repository.core-team', requirements: ['OSPS-GV-01.01'], meaning: 'Core team members (maintainers, approvers) of the repository' },
    { field: 'repository.documentation.contributing-guide', requirements: ['OSPS-GV-03.01', 'OSPS-GV-03.02'], meaning: 'How to contribute and what contributions must meet' },
    { field: 'repository.documentation.review-policy', requirements: ['OSPS-QA-07.01'], meaning: 'How changes are reviewed before they merge' },
    { field: 'repository.security.assessments.self', requirements: ['OSPS-SA-03.01'], meaning: "The project's own security assessment" },
    { field: 'repository.security.assessments.third-party', requirements: ['OSPS-SA-03.01', 'OSPS-SA-03.02'], meaning: 'Security assessments by third parties' },
    { field: 'repository.security.tools', requirements: ['OSPS-VM-05.03', 'OSPS-VM-06.02', 'OSPS-BR-07.01'], meaning: 'Security scanners (SCA, SAST, secret scanning) and where they run' },
    { field: 'repository.release.attestations', requirements: ['OSPS-BR-06.01', 'OSPS-QA-02.02', 'OSPS-VM-04.02'], meaning: 'Signed provenance, SBOM and VEX attestations for releases' },
    { field: 'repository.release.changelog', requirements: ['OSPS-BR-04.01'], meaning: 'Release notes with functional and security changes' },
    { field: 'repository.release.distribution-points', requirements: ['OSPS-BR-03.02'], meaning: 'Where releases are published' },
    { field: 'repository.release.license', requirements: ['OSPS-LE-02.02'], meaning: 'License of released assets when it differs from the source license' },
    { field: 'repository.license', requirements: ['OSPS-LE-02.01', 'OSPS-LE-03.01'], meaning: 'The source license (SPDX expression and link)' },
    { field: 'repository.url', requirements: ['OSPS-QA-01.01'], meaning: 'The public, stable URL of the source repository' },
    { field: 'project.homepage', requirements: ['OSPS-BR-03.01'], meaning: 'An official project channel, which must be served over HTTPS' },
    { field: 'project.repositories', requirements: ['OSPS-QA-04.01'], meaning: 'The codebases that make up a multi-repository project' },
    { field: 'project.documentation.detailed-guide', requirements: ['OSPS-DO-01.01'], meaning: 'User guide for the basic functionality' },
    { field: 'project.documentation.quickstart-guide', requirements: ['OSPS-DO-01.01'], meaning: 'Quickstart for new users' },
    { field: 'project.documentation.design', requirements: ['OSPS-SA-01.01', 'OSPS-SA-02.01'], meaning: "Design documentation: the system's actions, actors and interfaces" },
    { field: 'project.documentation.signature-verification', requirements: ['OSPS-DO-03.01', 'OSPS-DO-03.02'], meaning: 'How to verify release integrity, authenticity and origin' },
    { field: 'project.documentation.support-policy', requirements: ['OSPS-DO-04.01', 'OSPS-DO-05.01'], meaning: 'Scope and duration of support, end of security updates' },
    { field: 'project.documentation.release-process', requirements: ['OSPS-BR-02.01'], meaning: 'How releases are planned, versioned and published' },
];
/** Mappings whose requirements include `id`. */
function fieldsForRequirement(id) {
    return SI_BASELINE_MAP.filter((m) => m.requirements.includes(id));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/facts/text.ts
var facts_text = __webpack_require__(3928);
;// CONCATENATED MODULE: ./src/facts/security-insights/init.ts
// `slam insights init`: draft a schema 2.2.0 security-insights.yml from what the repository shows.
// Every value we cannot determine is a TODO- placeholder (still valid against the schema where
// possible) and is listed in `placeholders`; guesses carry a "TODO: confirm" comment.








// Starts only where a run of address characters starts, so that a long run without '@' is read once.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const EMAIL_FULL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
const URL_RE = /^https?:\/\/[^\s]+$/;
const MAX_WORKFLOWS = 100;
const MAX_SCAN_CHARS = 256 * 1024;
/** Security scanners recognised by a plain text scan of workflow files. */
const SCANNERS = [
    { re: /github\/codeql-action\/(?:init|analyze|autobuild)/i, name: 'CodeQL', type: 'SAST' },
    { re: /ossf\/scorecard-action/i, name: 'OpenSSF Scorecard', type: 'other' },
    { re: /aquasecurity\/trivy-action|\btrivy\s+(?:image|fs|repo|config)\b/i, name: 'Trivy', type: 'container' },
    { re: /anchore\/scan-action|\bgrype\b/i, name: 'Grype', type: 'container' },
    { re: /gitleaks\/gitleaks-action|\bgitleaks\b/i, name: 'Gitleaks', type: 'secret' },
    { re: /trufflesecurity\/trufflehog|\btrufflehog\b/i, name: 'TruffleHog', type: 'secret' },
    { re: /semgrep/i, name: 'Semgrep', type: 'SAST' },
    { re: /securego\/gosec|\bgosec\b/i, name: 'gosec', type: 'SAST' },
    { re: /\bzizmor/i, name: 'zizmor', type: 'SAST' },
    { re: /snyk\/actions/i, name: 'Snyk', type: 'SCA' },
    { re: /google\/osv-scanner|osv-scanner/i, name: 'OSV-Scanner', type: 'SCA' },
    { re: /actions\/dependency-review-action/i, name: 'Dependency Review', type: 'SCA' },
    { re: /\bgovulncheck\b/i, name: 'govulncheck', type: 'SCA' },
    { re: /google\/clusterfuzzlite|oss-fuzz\/infra\/cifuzz/i, name: 'ClusterFuzzLite / CIFuzz', type: 'fuzzing' },
    { re: /revanite-io\/osps-baseline-action|revanite-io\/pvtr-publish-results/i, name: 'OSPS Baseline scan (Privateer)', type: 'other' },
    { re: /security-slam-action/i, name: 'Security Slam action', type: 'other' },
];
const RELEASE_USES = /goreleaser\/goreleaser-action|softprops\/action-gh-release|\bgh release create\b|pypa\/gh-action-pypi-publish|\bnpm publish\b|\bcargo publish\b|docker\/build-push-action|changesets\/action|release-please-action/i;
const PROVENANCE = /actions\/attest-build-provenance|actions\/attest@|slsa-framework\/slsa-github-generator/i;
function firstExisting(snapshot, names) {
    for (const dir of ['', '.github', 'docs']) {
        for (const n of names) {
            const hits = snapshot.getIgnoreCase(dir === '' ? n : `${dir}/${n}`).filter((e) => e.kind !== 'submodule');
            if (hits.length > 0)
                return hits[0].path;
        }
    }
    return null;
}
function readText(snapshot, path) {
    const r = snapshot.read(path);
    return r.ok ? r.text.slice(0, MAX_SCAN_CHARS) : '';
}
function linkTo(repoUrl, branch, path) {
    if (!repoUrl)
        return null;
    const enc = path.split('/').map(encodeURIComponent).join('/');
    if (/^https:\/\/(?:www\.)?github\.com\//i.test(repoUrl))
        return `${repoUrl}/blob/${encodeURIComponent(branch)}/${enc}`;
    if (/^https:\/\/gitlab\.com\//i.test(repoUrl))
        return `${repoUrl}/-/blob/${encodeURIComponent(branch)}/${enc}`;
    return null;
}
function triggers(text) {
    return {
        ci: /\b(?:pull_request|pull_request_target|push|merge_group)\b/.test(text),
        adhoc: /\b(?:schedule|workflow_dispatch)\b/.test(text),
        release: /\brelease\s*:|\btags\s*:/.test(text),
    };
}
function codeownersHandles(snapshot) {
    const path = firstExisting(snapshot, ['CODEOWNERS']);
    if (!path)
        return [];
    const out = [];
    for (const line of readText(snapshot, path).split('\n')) {
        const t = line.replace(/#.*/, '').trim();
        if (!t.startsWith('* ') && !t.startsWith('*\t'))
            continue;
        for (const owner of t.split(/\s+/).slice(1)) {
            const m = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$/.exec(owner);
            if (m && !out.includes(m[1]))
                out.push(m[1]);
        }
    }
    return out.slice(0, 10);
}
/** Writes a draft Security Insights file for the repository. Pure apart from reading the snapshot. */
function draftSecurityInsights(snapshot, facts) {
    const placeholders = [];
    const confirm = [];
    const todo = (path, what, value) => {
        placeholders.push(`${path}: ${what}`);
        return value;
    };
    const guess = (path, what) => {
        placeholders.push(`${path.join('.')}: ${what} (a guess; confirm)`);
        confirm.push(path);
    };
    const now = facts.now ?? new Date();
    const today = now.toISOString().slice(0, 10);
    const repoUrl = facts.repositoryUrl && URL_RE.test(facts.repositoryUrl) ? (0,facts_text/* trimEnd */.s8)(facts.repositoryUrl.replace(/\.git$/, ''), '/') : null;
    const branch = facts.defaultBranch && /^[A-Za-z0-9._/-]{1,100}$/.test(facts.defaultBranch) ? facts.defaultBranch : 'HEAD';
    const gh = (0,checks/* githubRepoOf */.hL)(repoUrl);
    const repoName = repoUrl ? (repoUrl.split('/').pop() ?? '') : '';
    const projectName = facts.projectName?.trim() || repoName || todo('project.name', 'the project name', 'TODO-project-name');
    const repositoryUrl = repoUrl ?? todo('repository.url', 'the https URL of the repository', 'https://TODO-repository-url.example');
    const link = (path) => linkTo(repoUrl, branch, path);
    const header = {
        'schema-version': schema/* CURRENT_VERSION */.V_,
        'last-updated': today,
        'last-reviewed': today,
        url: gh !== null
            ? `https://raw.githubusercontent.com/${repoUrl.split('/').slice(-2).join('/')}/${branch}/security-insights.yml`
            : todo('header.url', 'the raw URL where this file is published', 'https://TODO-raw-url-of-this-file.example/security-insights.yml'),
        comment: 'Drafted by `slam insights init` from what the repository shows. Replace every TODO value and review every "TODO: confirm" comment.',
    };
    // Security policy and contacts.
    const securityPath = firstExisting(snapshot, ['SECURITY.md', 'SECURITY.rst', 'SECURITY.txt', 'SECURITY']);
    const securityText = securityPath ? readText(snapshot, securityPath) : '';
    const emails = [...new Set((securityText.match(EMAIL) ?? []).filter((e) => EMAIL_FULL.test(e) && !/@(example\.(com|org|net)|users\.noreply\.github\.com)$/i.test(e)))];
    const vr = { 'reports-accepted': true, 'bug-bounty-available': false };
    guess(['project', 'vulnerability-reporting', 'reports-accepted'], 'whether vulnerability reports are accepted');
    guess(['project', 'vulnerability-reporting', 'bug-bounty-available'], 'whether a bug bounty is offered');
    if (emails.length > 0) {
        vr.contact = { name: `${projectName} security contact`, email: emails[0], primary: true };
        guess(['project', 'vulnerability-reporting', 'contact', 'name'], `the name behind ${emails[0]} (found in ${securityPath})`);
    }
    else {
        vr.contact = { name: todo('project.vulnerability-reporting.contact.name', 'who receives vulnerability reports', 'TODO-security-contact-name'), primary: true };
        placeholders.push('project.vulnerability-reporting.contact.email: add the address for private reports (none found in SECURITY.md)');
    }
    const securityLink = securityPath ? link(securityPath) : null;
    vr.policy = securityLink ?? todo('project.vulnerability-reporting.policy', 'URL of the disclosure policy (SECURITY.md)', 'https://TODO-security-policy-url.example');
    const projectDocs = {};
    const docLinks = [
        ['code-of-conduct', ['CODE_OF_CONDUCT.md', 'CODE-OF-CONDUCT.md', 'CODE_OF_CONDUCT.rst'], projectDocs],
        ['support-policy', ['SUPPORT.md', 'SUPPORT.rst'], projectDocs],
        ['release-process', ['RELEASE.md', 'RELEASING.md', 'RELEASE_PROCESS.md', 'release-process.md'], projectDocs],
    ];
    const repoDocs = {};
    docLinks.push(['contributing-guide', ['CONTRIBUTING.md', 'CONTRIBUTING.rst', 'CONTRIBUTING'], repoDocs], ['governance', ['GOVERNANCE.md', 'GOVERNANCE.rst'], repoDocs], ['security-policy', securityPath ? [securityPath.split('/').pop()] : [], repoDocs], ['dependency-management-policy', ['DEPENDENCIES.md', 'dependency-management.md', 'DEPENDENCY_POLICY.md'], repoDocs], ['review-policy', ['REVIEWING.md', 'REVIEW_POLICY.md', 'code-review.md'], repoDocs]);
    for (const [key, names, target] of docLinks) {
        const p = firstExisting(snapshot, names);
        const l = p ? link(p) : null;
        if (l)
            target[key] = l;
    }
    const handles = codeownersHandles(snapshot);
    const coreTeam = handles.length > 0
        ? handles.map((h, i) => ({ name: h, social: `https://github.com/${h}`, primary: i === 0 }))
        : [{ name: todo('repository.core-team[0].name', 'a maintainer of the repository (none found in CODEOWNERS)', 'TODO-maintainer-name'), primary: true }];
    const project = {
        name: projectName,
        administrators: [{ name: todo('project.administrators[0].name', 'a person with administrative access to project resources', 'TODO-administrator-name'), primary: true }],
        repositories: [{ name: repoName || projectName, url: repositoryUrl, comment: `The main repository of ${projectName}.` }],
        'vulnerability-reporting': vr,
    };
    if (Object.keys(projectDocs).length > 0)
        project.documentation = projectDocs;
    // License.
    const licensePath = firstExisting(snapshot, ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'COPYING', 'COPYING.md', 'LICENCE']);
    const license = {
        url: (licensePath ? link(licensePath) : null) ?? todo('repository.license.url', 'URL of the license text', 'https://TODO-license-url.example'),
        expression: facts.licenseSpdx?.trim() || todo('repository.license.expression', 'the SPDX license expression, e.g. Apache-2.0', 'TODO-SPDX-expression'),
    };
    // Workflows: scanners and release automation.
    const tools = new Map();
    let releaseAutomated = false;
    let provenance = false;
    const workflows = snapshot.files.filter((f) => /^\.github\/workflows\/[^/]+\.ya?ml$/i.test(f.path)).slice(0, MAX_WORKFLOWS);
    for (const wf of workflows) {
        const text = readText(snapshot, wf.path);
        if (!text)
            continue;
        const t = triggers(text);
        if (RELEASE_USES.test(text) || (t.release && /\bpublish|release\b/i.test(text)))
            releaseAutomated = true;
        if (PROVENANCE.test(text))
            provenance = true;
        for (const s of SCANNERS) {
            if (!s.re.test(text))
                continue;
            const cur = tools.get(s.name) ?? { name: s.name, type: s.type, ci: false, adhoc: false, release: false, from: [] };
            cur.ci ||= t.ci;
            cur.adhoc ||= t.adhoc;
            cur.release ||= t.release;
            cur.from.push(wf.path);
            tools.set(s.name, cur);
        }
    }
    if (firstExisting(snapshot, ['dependabot.yml', 'dependabot.yaml']) && !tools.has('Dependabot')) {
        tools.set('Dependabot', { name: 'Dependabot', type: 'SCA', ci: false, adhoc: true, release: false, from: ['.github/dependabot.yml'] });
    }
    if (firstExisting(snapshot, ['renovate.json', 'renovate.json5', '.renovaterc', '.renovaterc.json'])) {
        tools.set('Renovate', { name: 'Renovate', type: 'SCA', ci: false, adhoc: true, release: false, from: ['renovate configuration'] });
    }
    const security = {
        assessments: {
            self: {
                comment: todo('repository.security.assessments.self.comment', 'describe your self-assessment and link it with `evidence`, or keep saying it is not done', 'TODO: Self assessment has not yet been completed.'),
            },
        },
    };
    if (tools.size > 0) {
        security.tools = [...tools.values()].map((t) => ({
            name: t.name,
            type: t.type,
            rulesets: ['default'],
            integration: { adhoc: t.adhoc, ci: t.ci, release: t.release },
            results: {},
            comment: `Found in ${t.from.slice(0, 3).join(', ')}.`,
        }));
        placeholders.push('repository.security.tools: found by a text scan of workflows; confirm each tool, its rulesets and integration, and add where results are published');
    }
    const changelogPath = firstExisting(snapshot, ['CHANGELOG.md', 'CHANGELOG', 'CHANGES.md', 'HISTORY.md', 'NEWS.md', 'RELEASE_NOTES.md']);
    const distribution = [];
    if (gh)
        distribution.push({ uri: `${repoUrl}/releases`, comment: 'GitHub Releases' });
    const pkg = snapshot.has('package.json') ? readText(snapshot, 'package.json') : '';
    if (pkg) {
        try {
            const parsed = JSON.parse(pkg);
            if (typeof parsed.name === 'string' && parsed.private !== true && /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(parsed.name)) {
                distribution.push({ uri: `pkg:npm/${parsed.name}`, comment: 'npm package' });
            }
        }
        catch {
            /* not JSON: ignore */
        }
    }
    if (distribution.length === 0)
        distribution.push({ uri: todo('repository.release.distribution-points[0].uri', 'where releases are published (URL or package URL)', 'TODO-where-releases-are-published'), comment: 'TODO-describe-this-distribution-point' });
    const release = { 'automated-pipeline': releaseAutomated, 'distribution-points': distribution };
    guess(['repository', 'release', 'automated-pipeline'], releaseAutomated ? 'a release workflow was found' : 'no release workflow was found');
    const changelog = changelogPath ? link(changelogPath) : null;
    if (changelog)
        release.changelog = changelog;
    if (provenance && gh) {
        release.attestations = [{ name: 'Build provenance', location: `${repoUrl}/attestations`, 'predicate-uri': 'https://slsa.dev/provenance/v1', comment: 'Verify with `gh attestation verify`.' }];
    }
    const automated = firstExisting(snapshot, ['dependabot.yml', 'dependabot.yaml', 'renovate.json', 'renovate.json5', '.renovaterc', '.renovaterc.json']) !== null;
    const repository = {
        url: repositoryUrl,
        status: 'active',
        'accepts-change-request': true,
        'accepts-automated-change-request': automated,
        'core-team': coreTeam,
        license,
        release,
        security,
    };
    guess(['repository', 'status'], 'the repostatus.org status');
    guess(['repository', 'accepts-change-request'], 'whether changes are accepted');
    guess(['repository', 'accepts-automated-change-request'], automated ? 'a dependency bot is configured' : 'no dependency bot is configured');
    if (handles.length > 0)
        guess(['repository', 'core-team'], 'taken from the owners of * in CODEOWNERS');
    if (Object.keys(repoDocs).length > 0)
        repository.documentation = repoDocs;
    const doc = new dist/* Document */.yo({ header, project, repository });
    doc.commentBefore = ' Security Insights (https://github.com/ossf/security-insights), schema 2.2.0.\n Drafted by `slam insights init`: replace TODO values and check every "TODO: confirm".';
    for (const p of [['header', 'last-updated'], ['header', 'last-reviewed']]) {
        const n = doc.getIn(p, true);
        if ((0,dist/* isScalar */.jn)(n))
            n.type = 'QUOTE_SINGLE';
    }
    for (const p of confirm) {
        const n = doc.getIn(p, true);
        if ((0,dist/* isScalar */.jn)(n))
            n.comment = ' TODO: confirm';
        else if (n && typeof n === 'object' && 'commentBefore' in n)
            n.commentBefore = ' TODO: confirm';
    }
    const yaml = doc.toString({ lineWidth: 0 });
    // Check our own output.
    const parsed = (0,parse/* parseYaml */.hN)(yaml, 'security-insights.yml');
    const result = (0,validate/* validateInsights */.Eo)(parsed.data, { file: 'security-insights.yml', positions: parsed.positions, schemaVersion: schema/* CURRENT_VERSION */.V_ });
    const problems = [...parsed.diagnostics, ...result.diagnostics].filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.message}`);
    return { yaml, placeholders, problems };
}
/** Writes security-insights.yml at the root; never overwrites an existing file unless `force`. */
function writeDraft(root, yaml, options) {
    const path = (0,external_node_path_.join)(root, 'security-insights.yml');
    let exists = false;
    try {
        (0,external_node_fs_.lstatSync)(path);
        exists = true;
    }
    catch {
        exists = false;
    }
    if (exists && !options.force)
        return { written: false, path, reason: 'security-insights.yml already exists; pass --force to overwrite it' };
    try {
        // Replace rather than write through: an existing symlink is removed, never followed.
        if (exists)
            (0,external_node_fs_.unlinkSync)(path);
        const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | (external_node_fs_.constants.O_NOFOLLOW ?? 0), 0o644);
        try {
            (0,external_node_fs_.writeSync)(fd, yaml);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        return { written: true, path };
    }
    catch (e) {
        return { written: false, path, reason: `cannot write: ${e instanceof Error ? e.message : String(e)}` };
    }
}

;// CONCATENATED MODULE: ./src/facts/security-insights/index.ts







/***/ }),

/***/ 8795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V_: () => (/* binding */ CURRENT_VERSION),
  AX: () => (/* binding */ KNOWN_VERSIONS),
  yx: () => (/* binding */ SCHEMA),
  c5: () => (/* binding */ keyLocations),
  qE: () => (/* binding */ resolveRef),
  lv: () => (/* binding */ schemaAt),
  SI: () => (/* binding */ toSchemaPath),
  Gt: () => (/* binding */ validateDefinition),
  mv: () => (/* binding */ validateDocument)
});

// UNUSED EXPORTS: SCHEMA_ID, splitSchemaPath

// NAMESPACE OBJECT: ./src/validators/security-insights.js
var security_insights_namespaceObject = {};
__webpack_require__.r(security_insights_namespaceObject);
__webpack_require__.d(security_insights_namespaceObject, {
  def_Assessment: () => (def_Assessment),
  def_Attestation: () => (def_Attestation),
  def_Contact: () => (def_Contact),
  def_Date: () => (def_Date),
  def_Email: () => (def_Email),
  def_Header: () => (def_Header),
  def_License: () => (def_License),
  def_Link: () => (def_Link),
  def_Project: () => (def_Project),
  def_ProjectDocumentation: () => (def_ProjectDocumentation),
  def_ProjectRepository: () => (def_ProjectRepository),
  def_ReleaseDetails: () => (def_ReleaseDetails),
  def_Repository: () => (def_Repository),
  def_RepositoryDocumentation: () => (def_RepositoryDocumentation),
  def_SchemaVersion: () => (def_SchemaVersion),
  def_SecurityAssessments: () => (def_SecurityAssessments),
  def_SecurityInsights: () => (def_SecurityInsights),
  def_SecurityPosture: () => (def_SecurityPosture),
  def_SecurityTool: () => (def_SecurityTool),
  def_SecurityToolIntegration: () => (def_SecurityToolIntegration),
  def_SecurityToolResults: () => (def_SecurityToolResults),
  def_URL: () => (def_URL),
  def_VulnerabilityReporting: () => (def_VulnerabilityReporting),
  document: () => (security_insights_document)
});

// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(779);
var formats_namespaceObject = /*#__PURE__*/__webpack_require__.t(formats, 2);
;// CONCATENATED MODULE: ./src/validators/security-insights.js
// Generated by src/dev/compile-schemas.ts from schemas/security-insights-2.x.schema.json (npm run build). Do not edit.
/* eslint-disable */

const __cjs = (ns) => (ns.default !== undefined && ns.default.__esModule ? ns.default : ns);
const security_insights_document = validate0;
const schema0 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://security-slam.dev/schemas/security-insights-2.x.schema.json","title":"OpenSSF Security Insights 2.x","description":"Written by hand for the Security Slam action from the authoritative CUE schema of Security Insights v2.2.0 (schema.cue, #SecurityInsights). It follows what `cue vet` applies: CUE definitions are closed (no unknown keys), and a CUE list written [#X, ...] requires at least one entry and constrains only the first (prefixItems). A field written without `?` whose definition has only optional fields (a tool's `results: #SecurityToolResults`) is not required: when it is absent, CUE unifies it to {}, which is concrete, so `cue vet` accepts the file. Files that declare schema-version 2.0.0 or 2.1.0 are checked against these same rules; see docs/security-insights.md for the differences between versions.","$ref":"#/$defs/SecurityInsights","$defs":{"URL":{"description":"a web URL beginning with http:// or https://","type":"string","pattern":"^https?://[^\\s]+$"},"Email":{"description":"an email address such as security@example.org","type":"string","pattern":"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$"},"Date":{"description":"a date written YYYY-MM-DD (quote it in YAML, e.g. '2025-03-01')","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","format":"date"},"SchemaVersion":{"description":"a version written X.Y.Z, such as 2.2.0","type":"string","pattern":"^[1-9]+\\.[0-9]+\\.[0-9]+$"},"Assessment":{"type":"object","properties":{"comment":{"type":"string"},"name":{"type":"string"},"evidence":{"$ref":"#/$defs/URL"},"date":{"$ref":"#/$defs/Date"}},"required":["comment"],"additionalProperties":false},"Attestation":{"type":"object","properties":{"name":{"type":"string"},"location":{"$ref":"#/$defs/URL"},"predicate-uri":{"type":"string"},"comment":{"type":"string"}},"required":["name","location","predicate-uri"],"additionalProperties":false},"Contact":{"type":"object","properties":{"name":{"type":"string"},"primary":{"type":"boolean"},"affiliation":{"type":"string"},"email":{"$ref":"#/$defs/Email"},"social":{"type":"string"}},"required":["name","primary"],"additionalProperties":false},"License":{"type":"object","properties":{"url":{"$ref":"#/$defs/URL"},"expression":{"type":"string"}},"required":["url","expression"],"additionalProperties":false},"Link":{"type":"object","properties":{"uri":{"type":"string"},"comment":{"type":"string"}},"required":["uri","comment"],"additionalProperties":false},"ProjectRepository":{"type":"object","properties":{"name":{"type":"string"},"comment":{"type":"string"},"url":{"$ref":"#/$defs/URL"}},"required":["name","comment","url"],"additionalProperties":false},"SecurityInsights":{"type":"object","properties":{"header":{"$ref":"#/$defs/Header"},"project":{"$ref":"#/$defs/Project"},"repository":{"$ref":"#/$defs/Repository"}},"required":["header"],"additionalProperties":false},"Header":{"type":"object","properties":{"last-reviewed":{"$ref":"#/$defs/Date"},"last-updated":{"$ref":"#/$defs/Date"},"schema-version":{"$ref":"#/$defs/SchemaVersion"},"url":{"$ref":"#/$defs/URL"},"comment":{"type":"string"},"project-si-source":{"$ref":"#/$defs/URL"}},"required":["last-reviewed","last-updated","schema-version","url"],"additionalProperties":false},"ProjectDocumentation":{"type":"object","properties":{"design":{"$ref":"#/$defs/URL"},"detailed-guide":{"$ref":"#/$defs/URL"},"code-of-conduct":{"$ref":"#/$defs/URL"},"quickstart-guide":{"$ref":"#/$defs/URL"},"release-process":{"$ref":"#/$defs/URL"},"support-policy":{"$ref":"#/$defs/URL"},"signature-verification":{"$ref":"#/$defs/URL"}},"additionalProperties":false},"VulnerabilityReporting":{"type":"object","properties":{"reports-accepted":{"type":"boolean"},"bug-bounty-available":{"type":"boolean"},"bug-bounty-program":{"$ref":"#/$defs/URL"},"contact":{"$ref":"#/$defs/Contact"},"comment":{"type":"string"},"policy":{"$ref":"#/$defs/URL"},"pgp-key":{"type":"string"},"in-scope":{"type":"array","items":{"type":"string"}},"out-of-scope":{"type":"array","items":{"type":"string"}}},"required":["reports-accepted","bug-bounty-available"],"additionalProperties":false},"Project":{"type":"object","properties":{"name":{"type":"string"},"homepage":{"$ref":"#/$defs/URL"},"roadmap":{"$ref":"#/$defs/URL"},"funding":{"$ref":"#/$defs/URL"},"steward":{"$ref":"#/$defs/Link"},"administrators":{"type":"array","minItems":1,"prefixItems":[{"$ref":"#/$defs/Contact"}]},"repositories":{"type":"array","minItems":1,"prefixItems":[{"$ref":"#/$defs/ProjectRepository"}]},"vulnerability-reporting":{"$ref":"#/$defs/VulnerabilityReporting"},"documentation":{"$ref":"#/$defs/ProjectDocumentation"}},"required":["name","administrators","repositories","vulnerability-reporting"],"additionalProperties":false},"SecurityToolIntegration":{"type":"object","properties":{"adhoc":{"type":"boolean"},"ci":{"type":"boolean"},"release":{"type":"boolean"}},"required":["adhoc","ci","release"],"additionalProperties":false},"SecurityToolResults":{"description":"where the tool's scan results are published, by how the scan runs (ad hoc, CI, release)","type":"object","properties":{"adhoc":{"$ref":"#/$defs/Attestation"},"ci":{"$ref":"#/$defs/Attestation"},"release":{"$ref":"#/$defs/Attestation"}},"additionalProperties":false},"SecurityTool":{"type":"object","properties":{"name":{"type":"string"},"type":{"enum":["fuzzing","container","secret","SCA","SAST","other"]},"version":{"type":"string"},"comment":{"type":"string"},"rulesets":{"type":"array","items":{"type":"string"}},"integration":{"$ref":"#/$defs/SecurityToolIntegration"},"results":{"$ref":"#/$defs/SecurityToolResults"}},"required":["name","type","rulesets","integration"],"additionalProperties":false},"SecurityAssessments":{"type":"object","properties":{"self":{"$ref":"#/$defs/Assessment"},"third-party":{"type":"array","items":{"$ref":"#/$defs/Assessment"}}},"required":["self"],"additionalProperties":false},"SecurityPosture":{"type":"object","properties":{"assessments":{"$ref":"#/$defs/SecurityAssessments"},"champions":{"type":"array","items":{"$ref":"#/$defs/Contact"}},"tools":{"type":"array","items":{"$ref":"#/$defs/SecurityTool"}}},"required":["assessments"],"additionalProperties":false},"RepositoryDocumentation":{"type":"object","properties":{"contributing-guide":{"$ref":"#/$defs/URL"},"dependency-management-policy":{"$ref":"#/$defs/URL"},"governance":{"$ref":"#/$defs/URL"},"review-policy":{"$ref":"#/$defs/URL"},"security-policy":{"$ref":"#/$defs/URL"}},"additionalProperties":false},"ReleaseDetails":{"type":"object","properties":{"automated-pipeline":{"type":"boolean"},"distribution-points":{"type":"array","minItems":1,"prefixItems":[{"$ref":"#/$defs/Link"}]},"changelog":{"$ref":"#/$defs/URL"},"license":{"$ref":"#/$defs/License"},"attestations":{"type":"array","items":{"$ref":"#/$defs/Attestation"}}},"required":["automated-pipeline","distribution-points"],"additionalProperties":false},"Repository":{"type":"object","properties":{"status":{"enum":["active","abandoned","concept","inactive","moved","suspended","unsupported","WIP"]},"url":{"$ref":"#/$defs/URL"},"accepts-change-request":{"type":"boolean"},"accepts-automated-change-request":{"type":"boolean"},"bug-fixes-only":{"type":"boolean"},"no-third-party-packages":{"type":"boolean"},"core-team":{"type":"array","minItems":1,"prefixItems":[{"$ref":"#/$defs/Contact"}]},"license":{"$ref":"#/$defs/License"},"security":{"$ref":"#/$defs/SecurityPosture"},"documentation":{"$ref":"#/$defs/RepositoryDocumentation"},"release":{"$ref":"#/$defs/ReleaseDetails"}},"required":["status","url","accepts-change-request","accepts-automated-change-request","core-team","license","security"],"additionalProperties":false}}};
const schema1 = {"type":"object","properties":{"header":{"$ref":"#/$defs/Header"},"project":{"$ref":"#/$defs/Project"},"repository":{"$ref":"#/$defs/Repository"}},"required":["header"],"additionalProperties":false};
const schema2 = {"type":"object","properties":{"last-reviewed":{"$ref":"#/$defs/Date"},"last-updated":{"$ref":"#/$defs/Date"},"schema-version":{"$ref":"#/$defs/SchemaVersion"},"url":{"$ref":"#/$defs/URL"},"comment":{"type":"string"},"project-si-source":{"$ref":"#/$defs/URL"}},"required":["last-reviewed","last-updated","schema-version","url"],"additionalProperties":false};
const schema3 = {"description":"a date written YYYY-MM-DD (quote it in YAML, e.g. '2025-03-01')","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","format":"date"};
const schema5 = {"description":"a version written X.Y.Z, such as 2.2.0","type":"string","pattern":"^[1-9]+\\.[0-9]+\\.[0-9]+$"};
const schema6 = {"description":"a web URL beginning with http:// or https://","type":"string","pattern":"^https?://[^\\s]+$"};
const formats0 = __cjs(formats_namespaceObject).fullFormats.date;
const pattern0 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
const pattern2 = new RegExp("^[1-9]+\\.[0-9]+\\.[0-9]+$", "u");
const pattern3 = new RegExp("^https?://[^\\s]+$", "u");

function validate2(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate2.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["last-reviewed"] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "last-reviewed"},message:"must have required property '"+"last-reviewed"+"'",schema:schema2.required,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data["last-updated"] === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "last-updated"},message:"must have required property '"+"last-updated"+"'",schema:schema2.required,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data["schema-version"] === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema-version"},message:"must have required property '"+"schema-version"+"'",schema:schema2.required,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.url === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema2.required,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "last-reviewed") || (key0 === "last-updated")) || (key0 === "schema-version")) || (key0 === "url")) || (key0 === "comment")) || (key0 === "project-si-source"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data["last-reviewed"] !== undefined){
let data0 = data["last-reviewed"];
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err5 = {instancePath:instancePath+"/last-reviewed",schemaPath:"#/$defs/Date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema3,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(formats0.validate(data0))){
const err6 = {instancePath:instancePath+"/last-reviewed",schemaPath:"#/$defs/Date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema3,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/last-reviewed",schemaPath:"#/$defs/Date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.type,parentSchema:schema3,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data["last-updated"] !== undefined){
let data1 = data["last-updated"];
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err8 = {instancePath:instancePath+"/last-updated",schemaPath:"#/$defs/Date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema3,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(formats0.validate(data1))){
const err9 = {instancePath:instancePath+"/last-updated",schemaPath:"#/$defs/Date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema3,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/last-updated",schemaPath:"#/$defs/Date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.type,parentSchema:schema3,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data["schema-version"] !== undefined){
let data2 = data["schema-version"];
if(typeof data2 === "string"){
if(!pattern2.test(data2)){
const err11 = {instancePath:instancePath+"/schema-version",schemaPath:"#/$defs/SchemaVersion/pattern",keyword:"pattern",params:{pattern: "^[1-9]+\\.[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^[1-9]+\\.[0-9]+\\.[0-9]+$"+"\"",schema:"^[1-9]+\\.[0-9]+\\.[0-9]+$",parentSchema:schema5,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/schema-version",schemaPath:"#/$defs/SchemaVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.type,parentSchema:schema5,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.url !== undefined){
let data3 = data.url;
if(typeof data3 === "string"){
if(!pattern3.test(data3)){
const err13 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.comment !== undefined){
let data4 = data.comment;
if(typeof data4 !== "string"){
const err15 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.properties.comment.type,parentSchema:schema2.properties.comment,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data["project-si-source"] !== undefined){
let data5 = data["project-si-source"];
if(typeof data5 === "string"){
if(!pattern3.test(data5)){
const err16 = {instancePath:instancePath+"/project-si-source",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/project-si-source",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema2.type,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate2.errors = vErrors;
return errors === 0;
}
validate2.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema8 = {"type":"object","properties":{"name":{"type":"string"},"homepage":{"$ref":"#/$defs/URL"},"roadmap":{"$ref":"#/$defs/URL"},"funding":{"$ref":"#/$defs/URL"},"steward":{"$ref":"#/$defs/Link"},"administrators":{"type":"array","minItems":1,"prefixItems":[{"$ref":"#/$defs/Contact"}]},"repositories":{"type":"array","minItems":1,"prefixItems":[{"$ref":"#/$defs/ProjectRepository"}]},"vulnerability-reporting":{"$ref":"#/$defs/VulnerabilityReporting"},"documentation":{"$ref":"#/$defs/ProjectDocumentation"}},"required":["name","administrators","repositories","vulnerability-reporting"],"additionalProperties":false};
const schema12 = {"type":"object","properties":{"uri":{"type":"string"},"comment":{"type":"string"}},"required":["uri","comment"],"additionalProperties":false};
const func0 = Object.prototype.hasOwnProperty;
const schema13 = {"type":"object","properties":{"name":{"type":"string"},"primary":{"type":"boolean"},"affiliation":{"type":"string"},"email":{"$ref":"#/$defs/Email"},"social":{"type":"string"}},"required":["name","primary"],"additionalProperties":false};
const schema14 = {"description":"an email address such as security@example.org","type":"string","pattern":"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$"};
const pattern8 = new RegExp("^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$", "u");

function validate5(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate5.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema13.required,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.primary === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "primary"},message:"must have required property '"+"primary"+"'",schema:schema13.required,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "primary")) || (key0 === "affiliation")) || (key0 === "email")) || (key0 === "social"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.name.type,parentSchema:schema13.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.primary !== undefined){
let data1 = data.primary;
if(typeof data1 !== "boolean"){
const err4 = {instancePath:instancePath+"/primary",schemaPath:"#/properties/primary/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema13.properties.primary.type,parentSchema:schema13.properties.primary,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.affiliation !== undefined){
let data2 = data.affiliation;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/affiliation",schemaPath:"#/properties/affiliation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.affiliation.type,parentSchema:schema13.properties.affiliation,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.email !== undefined){
let data3 = data.email;
if(typeof data3 === "string"){
if(!pattern8.test(data3)){
const err6 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Email/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$"},message:"must match pattern \""+"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$"+"\"",schema:"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$",parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.social !== undefined){
let data4 = data.social;
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/social",schemaPath:"#/properties/social/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.social.type,parentSchema:schema13.properties.social,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate5.errors = vErrors;
return errors === 0;
}
validate5.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema15 = {"type":"object","properties":{"name":{"type":"string"},"comment":{"type":"string"},"url":{"$ref":"#/$defs/URL"}},"required":["name","comment","url"],"additionalProperties":false};

function validate7(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate7.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.comment === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "comment"},message:"must have required property '"+"comment"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.url === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "comment")) || (key0 === "url"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.name.type,parentSchema:schema15.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.comment !== undefined){
let data1 = data.comment;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.comment.type,parentSchema:schema15.properties.comment,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.url !== undefined){
let data2 = data.url;
if(typeof data2 === "string"){
if(!pattern3.test(data2)){
const err6 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate7.errors = vErrors;
return errors === 0;
}
validate7.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema17 = {"type":"object","properties":{"reports-accepted":{"type":"boolean"},"bug-bounty-available":{"type":"boolean"},"bug-bounty-program":{"$ref":"#/$defs/URL"},"contact":{"$ref":"#/$defs/Contact"},"comment":{"type":"string"},"policy":{"$ref":"#/$defs/URL"},"pgp-key":{"type":"string"},"in-scope":{"type":"array","items":{"type":"string"}},"out-of-scope":{"type":"array","items":{"type":"string"}}},"required":["reports-accepted","bug-bounty-available"],"additionalProperties":false};

function validate9(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate9.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["reports-accepted"] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reports-accepted"},message:"must have required property '"+"reports-accepted"+"'",schema:schema17.required,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data["bug-bounty-available"] === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bug-bounty-available"},message:"must have required property '"+"bug-bounty-available"+"'",schema:schema17.required,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema17.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data["reports-accepted"] !== undefined){
let data0 = data["reports-accepted"];
if(typeof data0 !== "boolean"){
const err3 = {instancePath:instancePath+"/reports-accepted",schemaPath:"#/properties/reports-accepted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema17.properties["reports-accepted"].type,parentSchema:schema17.properties["reports-accepted"],data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data["bug-bounty-available"] !== undefined){
let data1 = data["bug-bounty-available"];
if(typeof data1 !== "boolean"){
const err4 = {instancePath:instancePath+"/bug-bounty-available",schemaPath:"#/properties/bug-bounty-available/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema17.properties["bug-bounty-available"].type,parentSchema:schema17.properties["bug-bounty-available"],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data["bug-bounty-program"] !== undefined){
let data2 = data["bug-bounty-program"];
if(typeof data2 === "string"){
if(!pattern3.test(data2)){
const err5 = {instancePath:instancePath+"/bug-bounty-program",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/bug-bounty-program",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.contact !== undefined){
if(!(validate5(data.contact, {instancePath:instancePath+"/contact",parentData:data,parentDataProperty:"contact",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate5.errors : vErrors.concat(validate5.errors);
errors = vErrors.length;
}
}
if(data.comment !== undefined){
let data4 = data.comment;
if(typeof data4 !== "string"){
const err7 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.comment.type,parentSchema:schema17.properties.comment,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.policy !== undefined){
let data5 = data.policy;
if(typeof data5 === "string"){
if(!pattern3.test(data5)){
const err8 = {instancePath:instancePath+"/policy",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/policy",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data["pgp-key"] !== undefined){
let data6 = data["pgp-key"];
if(typeof data6 !== "string"){
const err10 = {instancePath:instancePath+"/pgp-key",schemaPath:"#/properties/pgp-key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties["pgp-key"].type,parentSchema:schema17.properties["pgp-key"],data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data["in-scope"] !== undefined){
let data7 = data["in-scope"];
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 !== "string"){
const err11 = {instancePath:instancePath+"/in-scope/" + i0,schemaPath:"#/properties/in-scope/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties["in-scope"].items.type,parentSchema:schema17.properties["in-scope"].items,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/in-scope",schemaPath:"#/properties/in-scope/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema17.properties["in-scope"].type,parentSchema:schema17.properties["in-scope"],data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data["out-of-scope"] !== undefined){
let data9 = data["out-of-scope"];
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(typeof data10 !== "string"){
const err13 = {instancePath:instancePath+"/out-of-scope/" + i1,schemaPath:"#/properties/out-of-scope/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties["out-of-scope"].items.type,parentSchema:schema17.properties["out-of-scope"].items,data:data10};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/out-of-scope",schemaPath:"#/properties/out-of-scope/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema17.properties["out-of-scope"].type,parentSchema:schema17.properties["out-of-scope"],data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.type,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate9.errors = vErrors;
return errors === 0;
}
validate9.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema20 = {"type":"object","properties":{"design":{"$ref":"#/$defs/URL"},"detailed-guide":{"$ref":"#/$defs/URL"},"code-of-conduct":{"$ref":"#/$defs/URL"},"quickstart-guide":{"$ref":"#/$defs/URL"},"release-process":{"$ref":"#/$defs/URL"},"support-policy":{"$ref":"#/$defs/URL"},"signature-verification":{"$ref":"#/$defs/URL"}},"additionalProperties":false};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate12.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "design") || (key0 === "detailed-guide")) || (key0 === "code-of-conduct")) || (key0 === "quickstart-guide")) || (key0 === "release-process")) || (key0 === "support-policy")) || (key0 === "signature-verification"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.design !== undefined){
let data0 = data.design;
if(typeof data0 === "string"){
if(!pattern3.test(data0)){
const err1 = {instancePath:instancePath+"/design",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/design",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data["detailed-guide"] !== undefined){
let data1 = data["detailed-guide"];
if(typeof data1 === "string"){
if(!pattern3.test(data1)){
const err3 = {instancePath:instancePath+"/detailed-guide",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/detailed-guide",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data["code-of-conduct"] !== undefined){
let data2 = data["code-of-conduct"];
if(typeof data2 === "string"){
if(!pattern3.test(data2)){
const err5 = {instancePath:instancePath+"/code-of-conduct",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/code-of-conduct",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data["quickstart-guide"] !== undefined){
let data3 = data["quickstart-guide"];
if(typeof data3 === "string"){
if(!pattern3.test(data3)){
const err7 = {instancePath:instancePath+"/quickstart-guide",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/quickstart-guide",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data["release-process"] !== undefined){
let data4 = data["release-process"];
if(typeof data4 === "string"){
if(!pattern3.test(data4)){
const err9 = {instancePath:instancePath+"/release-process",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/release-process",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data["support-policy"] !== undefined){
let data5 = data["support-policy"];
if(typeof data5 === "string"){
if(!pattern3.test(data5)){
const err11 = {instancePath:instancePath+"/support-policy",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/support-policy",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data["signature-verification"] !== undefined){
let data6 = data["signature-verification"];
if(typeof data6 === "string"){
if(!pattern3.test(data6)){
const err13 = {instancePath:instancePath+"/signature-verification",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/signature-verification",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}
validate12.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate4(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate4.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema8.required,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.administrators === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "administrators"},message:"must have required property '"+"administrators"+"'",schema:schema8.required,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.repositories === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repositories"},message:"must have required property '"+"repositories"+"'",schema:schema8.required,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data["vulnerability-reporting"] === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vulnerability-reporting"},message:"must have required property '"+"vulnerability-reporting"+"'",schema:schema8.required,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema8.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.name.type,parentSchema:schema8.properties.name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.homepage !== undefined){
let data1 = data.homepage;
if(typeof data1 === "string"){
if(!pattern3.test(data1)){
const err6 = {instancePath:instancePath+"/homepage",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/homepage",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.roadmap !== undefined){
let data2 = data.roadmap;
if(typeof data2 === "string"){
if(!pattern3.test(data2)){
const err8 = {instancePath:instancePath+"/roadmap",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/roadmap",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.funding !== undefined){
let data3 = data.funding;
if(typeof data3 === "string"){
if(!pattern3.test(data3)){
const err10 = {instancePath:instancePath+"/funding",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/funding",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.steward !== undefined){
let data4 = data.steward;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.uri === undefined){
const err12 = {instancePath:instancePath+"/steward",schemaPath:"#/$defs/Link/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'",schema:schema12.required,parentSchema:schema12,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data4.comment === undefined){
const err13 = {instancePath:instancePath+"/steward",schemaPath:"#/$defs/Link/required",keyword:"required",params:{missingProperty: "comment"},message:"must have required property '"+"comment"+"'",schema:schema12.required,parentSchema:schema12,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data4){
if(!((key1 === "uri") || (key1 === "comment"))){
const err14 = {instancePath:instancePath+"/steward",schemaPath:"#/$defs/Link/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.uri !== undefined){
let data5 = data4.uri;
if(typeof data5 !== "string"){
const err15 = {instancePath:instancePath+"/steward/uri",schemaPath:"#/$defs/Link/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.uri.type,parentSchema:schema12.properties.uri,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data4.comment !== undefined){
let data6 = data4.comment;
if(typeof data6 !== "string"){
const err16 = {instancePath:instancePath+"/steward/comment",schemaPath:"#/$defs/Link/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.comment.type,parentSchema:schema12.properties.comment,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/steward",schemaPath:"#/$defs/Link/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.administrators !== undefined){
let data7 = data.administrators;
if(Array.isArray(data7)){
if(data7.length < 1){
const err18 = {instancePath:instancePath+"/administrators",schemaPath:"#/properties/administrators/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema8.properties.administrators,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const len0 = data7.length;
if(len0 > 0){
if(!(validate5(data7[0], {instancePath:instancePath+"/administrators/0",parentData:data7,parentDataProperty:0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate5.errors : vErrors.concat(validate5.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath:instancePath+"/administrators",schemaPath:"#/properties/administrators/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.properties.administrators.type,parentSchema:schema8.properties.administrators,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.repositories !== undefined){
let data9 = data.repositories;
if(Array.isArray(data9)){
if(data9.length < 1){
const err20 = {instancePath:instancePath+"/repositories",schemaPath:"#/properties/repositories/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema8.properties.repositories,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const len1 = data9.length;
if(len1 > 0){
if(!(validate7(data9[0], {instancePath:instancePath+"/repositories/0",parentData:data9,parentDataProperty:0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath:instancePath+"/repositories",schemaPath:"#/properties/repositories/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.properties.repositories.type,parentSchema:schema8.properties.repositories,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data["vulnerability-reporting"] !== undefined){
if(!(validate9(data["vulnerability-reporting"], {instancePath:instancePath+"/vulnerability-reporting",parentData:data,parentDataProperty:"vulnerability-reporting",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate9.errors : vErrors.concat(validate9.errors);
errors = vErrors.length;
}
}
if(data.documentation !== undefined){
if(!(validate12(data.documentation, {instancePath:instancePath+"/documentation",parentData:data,parentDataProperty:"documentation",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.type,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate4.errors = vErrors;
return errors === 0;
}
validate4.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema28 = {"type":"object","properties":{"status":{"enum":["active","abandoned","concept","inactive","moved","suspended","unsupported","WIP"]},"url":{"$ref":"#/$defs/URL"},"accepts-change-request":{"type":"boolean"},"accepts-automated-change-request":{"type":"boolean"},"bug-fixes-only":{"type":"boolean"},"no-third-party-packages":{"type":"boolean"},"core-team":{"type":"array","minItems":1,"prefixItems":[{"$ref":"#/$defs/Contact"}]},"license":{"$ref":"#/$defs/License"},"security":{"$ref":"#/$defs/SecurityPosture"},"documentation":{"$ref":"#/$defs/RepositoryDocumentation"},"release":{"$ref":"#/$defs/ReleaseDetails"}},"required":["status","url","accepts-change-request","accepts-automated-change-request","core-team","license","security"],"additionalProperties":false};
const schema30 = {"type":"object","properties":{"url":{"$ref":"#/$defs/URL"},"expression":{"type":"string"}},"required":["url","expression"],"additionalProperties":false};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate17.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.url === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema30.required,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.expression === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expression"},message:"must have required property '"+"expression"+"'",schema:schema30.required,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "url") || (key0 === "expression"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.url !== undefined){
let data0 = data.url;
if(typeof data0 === "string"){
if(!pattern3.test(data0)){
const err3 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.expression !== undefined){
let data1 = data.expression;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/expression",schemaPath:"#/properties/expression/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.expression.type,parentSchema:schema30.properties.expression,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}
validate17.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema32 = {"type":"object","properties":{"assessments":{"$ref":"#/$defs/SecurityAssessments"},"champions":{"type":"array","items":{"$ref":"#/$defs/Contact"}},"tools":{"type":"array","items":{"$ref":"#/$defs/SecurityTool"}}},"required":["assessments"],"additionalProperties":false};
const schema33 = {"type":"object","properties":{"self":{"$ref":"#/$defs/Assessment"},"third-party":{"type":"array","items":{"$ref":"#/$defs/Assessment"}}},"required":["self"],"additionalProperties":false};
const schema34 = {"type":"object","properties":{"comment":{"type":"string"},"name":{"type":"string"},"evidence":{"$ref":"#/$defs/URL"},"date":{"$ref":"#/$defs/Date"}},"required":["comment"],"additionalProperties":false};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.comment === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "comment"},message:"must have required property '"+"comment"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "comment") || (key0 === "name")) || (key0 === "evidence")) || (key0 === "date"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.comment !== undefined){
let data0 = data.comment;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.comment.type,parentSchema:schema34.properties.comment,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.name.type,parentSchema:schema34.properties.name,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.evidence !== undefined){
let data2 = data.evidence;
if(typeof data2 === "string"){
if(!pattern3.test(data2)){
const err4 = {instancePath:instancePath+"/evidence",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/evidence",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.date !== undefined){
let data3 = data.date;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err6 = {instancePath:instancePath+"/date",schemaPath:"#/$defs/Date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema3,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(formats0.validate(data3))){
const err7 = {instancePath:instancePath+"/date",schemaPath:"#/$defs/Date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema3,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/date",schemaPath:"#/$defs/Date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.type,parentSchema:schema3,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.self === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "self"},message:"must have required property '"+"self"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "self") || (key0 === "third-party"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.self !== undefined){
if(!(validate21(data.self, {instancePath:instancePath+"/self",parentData:data,parentDataProperty:"self",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data["third-party"] !== undefined){
let data1 = data["third-party"];
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate21(data1[i0], {instancePath:instancePath+"/third-party/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/third-party",schemaPath:"#/properties/third-party/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties["third-party"].type,parentSchema:schema33.properties["third-party"],data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema37 = {"type":"object","properties":{"name":{"type":"string"},"type":{"enum":["fuzzing","container","secret","SCA","SAST","other"]},"version":{"type":"string"},"comment":{"type":"string"},"rulesets":{"type":"array","items":{"type":"string"}},"integration":{"$ref":"#/$defs/SecurityToolIntegration"},"results":{"$ref":"#/$defs/SecurityToolResults"}},"required":["name","type","rulesets","integration"],"additionalProperties":false};
const schema38 = {"type":"object","properties":{"adhoc":{"type":"boolean"},"ci":{"type":"boolean"},"release":{"type":"boolean"}},"required":["adhoc","ci","release"],"additionalProperties":false};
const schema39 = {"description":"where the tool's scan results are published, by how the scan runs (ad hoc, CI, release)","type":"object","properties":{"adhoc":{"$ref":"#/$defs/Attestation"},"ci":{"$ref":"#/$defs/Attestation"},"release":{"$ref":"#/$defs/Attestation"}},"additionalProperties":false};
const schema40 = {"type":"object","properties":{"name":{"type":"string"},"location":{"$ref":"#/$defs/URL"},"predicate-uri":{"type":"string"},"comment":{"type":"string"}},"required":["name","location","predicate-uri"],"additionalProperties":false};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.location === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "location"},message:"must have required property '"+"location"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data["predicate-uri"] === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "predicate-uri"},message:"must have required property '"+"predicate-uri"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "location")) || (key0 === "predicate-uri")) || (key0 === "comment"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.name.type,parentSchema:schema40.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.location !== undefined){
let data1 = data.location;
if(typeof data1 === "string"){
if(!pattern3.test(data1)){
const err5 = {instancePath:instancePath+"/location",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/location",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data["predicate-uri"] !== undefined){
let data2 = data["predicate-uri"];
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/predicate-uri",schemaPath:"#/properties/predicate-uri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties["predicate-uri"].type,parentSchema:schema40.properties["predicate-uri"],data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.comment !== undefined){
let data3 = data.comment;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.comment.type,parentSchema:schema40.properties.comment,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "adhoc") || (key0 === "ci")) || (key0 === "release"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.adhoc !== undefined){
if(!(validate28(data.adhoc, {instancePath:instancePath+"/adhoc",parentData:data,parentDataProperty:"adhoc",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.ci !== undefined){
if(!(validate28(data.ci, {instancePath:instancePath+"/ci",parentData:data,parentDataProperty:"ci",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.release !== undefined){
if(!(validate28(data.release, {instancePath:instancePath+"/release",parentData:data,parentDataProperty:"release",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.rulesets === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rulesets"},message:"must have required property '"+"rulesets"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.integration === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "integration"},message:"must have required property '"+"integration"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "name") || (key0 === "type")) || (key0 === "version")) || (key0 === "comment")) || (key0 === "rulesets")) || (key0 === "integration")) || (key0 === "results"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.name.type,parentSchema:schema37.properties.name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(!((((((data1 === "fuzzing") || (data1 === "container")) || (data1 === "secret")) || (data1 === "SCA")) || (data1 === "SAST")) || (data1 === "other"))){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema37.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema37.properties.type.enum,parentSchema:schema37.properties.type,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.version !== undefined){
let data2 = data.version;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.version.type,parentSchema:schema37.properties.version,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.comment !== undefined){
let data3 = data.comment;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.comment.type,parentSchema:schema37.properties.comment,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.rulesets !== undefined){
let data4 = data.rulesets;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 !== "string"){
const err9 = {instancePath:instancePath+"/rulesets/" + i0,schemaPath:"#/properties/rulesets/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.rulesets.items.type,parentSchema:schema37.properties.rulesets.items,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/rulesets",schemaPath:"#/properties/rulesets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.rulesets.type,parentSchema:schema37.properties.rulesets,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.integration !== undefined){
let data6 = data.integration;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.adhoc === undefined){
const err11 = {instancePath:instancePath+"/integration",schemaPath:"#/$defs/SecurityToolIntegration/required",keyword:"required",params:{missingProperty: "adhoc"},message:"must have required property '"+"adhoc"+"'",schema:schema38.required,parentSchema:schema38,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data6.ci === undefined){
const err12 = {instancePath:instancePath+"/integration",schemaPath:"#/$defs/SecurityToolIntegration/required",keyword:"required",params:{missingProperty: "ci"},message:"must have required property '"+"ci"+"'",schema:schema38.required,parentSchema:schema38,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data6.release === undefined){
const err13 = {instancePath:instancePath+"/integration",schemaPath:"#/$defs/SecurityToolIntegration/required",keyword:"required",params:{missingProperty: "release"},message:"must have required property '"+"release"+"'",schema:schema38.required,parentSchema:schema38,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data6){
if(!(((key1 === "adhoc") || (key1 === "ci")) || (key1 === "release"))){
const err14 = {instancePath:instancePath+"/integration",schemaPath:"#/$defs/SecurityToolIntegration/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data6.adhoc !== undefined){
let data7 = data6.adhoc;
if(typeof data7 !== "boolean"){
const err15 = {instancePath:instancePath+"/integration/adhoc",schemaPath:"#/$defs/SecurityToolIntegration/properties/adhoc/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.adhoc.type,parentSchema:schema38.properties.adhoc,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data6.ci !== undefined){
let data8 = data6.ci;
if(typeof data8 !== "boolean"){
const err16 = {instancePath:instancePath+"/integration/ci",schemaPath:"#/$defs/SecurityToolIntegration/properties/ci/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.ci.type,parentSchema:schema38.properties.ci,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data6.release !== undefined){
let data9 = data6.release;
if(typeof data9 !== "boolean"){
const err17 = {instancePath:instancePath+"/integration/release",schemaPath:"#/$defs/SecurityToolIntegration/properties/release/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.release.type,parentSchema:schema38.properties.release,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/integration",schemaPath:"#/$defs/SecurityToolIntegration/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.results !== undefined){
if(!(validate27(data.results, {instancePath:instancePath+"/results",parentData:data,parentDataProperty:"results",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate19.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.assessments === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "assessments"},message:"must have required property '"+"assessments"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "assessments") || (key0 === "champions")) || (key0 === "tools"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.assessments !== undefined){
if(!(validate20(data.assessments, {instancePath:instancePath+"/assessments",parentData:data,parentDataProperty:"assessments",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
if(data.champions !== undefined){
let data1 = data.champions;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate5(data1[i0], {instancePath:instancePath+"/champions/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate5.errors : vErrors.concat(validate5.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/champions",schemaPath:"#/properties/champions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.champions.type,parentSchema:schema32.properties.champions,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.tools !== undefined){
let data3 = data.tools;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(!(validate26(data3[i1], {instancePath:instancePath+"/tools/" + i1,parentData:data3,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.tools.type,parentSchema:schema32.properties.tools,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}
validate19.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema42 = {"type":"object","properties":{"contributing-guide":{"$ref":"#/$defs/URL"},"dependency-management-policy":{"$ref":"#/$defs/URL"},"governance":{"$ref":"#/$defs/URL"},"review-policy":{"$ref":"#/$defs/URL"},"security-policy":{"$ref":"#/$defs/URL"}},"additionalProperties":false};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "contributing-guide") || (key0 === "dependency-management-policy")) || (key0 === "governance")) || (key0 === "review-policy")) || (key0 === "security-policy"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data["contributing-guide"] !== undefined){
let data0 = data["contributing-guide"];
if(typeof data0 === "string"){
if(!pattern3.test(data0)){
const err1 = {instancePath:instancePath+"/contributing-guide",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/contributing-guide",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data["dependency-management-policy"] !== undefined){
let data1 = data["dependency-management-policy"];
if(typeof data1 === "string"){
if(!pattern3.test(data1)){
const err3 = {instancePath:instancePath+"/dependency-management-policy",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/dependency-management-policy",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.governance !== undefined){
let data2 = data.governance;
if(typeof data2 === "string"){
if(!pattern3.test(data2)){
const err5 = {instancePath:instancePath+"/governance",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/governance",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data["review-policy"] !== undefined){
let data3 = data["review-policy"];
if(typeof data3 === "string"){
if(!pattern3.test(data3)){
const err7 = {instancePath:instancePath+"/review-policy",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/review-policy",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data["security-policy"] !== undefined){
let data4 = data["security-policy"];
if(typeof data4 === "string"){
if(!pattern3.test(data4)){
const err9 = {instancePath:instancePath+"/security-policy",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/security-policy",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema48 = {"type":"object","properties":{"automated-pipeline":{"type":"boolean"},"distribution-points":{"type":"array","minItems":1,"prefixItems":[{"$ref":"#/$defs/Link"}]},"changelog":{"$ref":"#/$defs/URL"},"license":{"$ref":"#/$defs/License"},"attestations":{"type":"array","items":{"$ref":"#/$defs/Attestation"}}},"required":["automated-pipeline","distribution-points"],"additionalProperties":false};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["automated-pipeline"] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "automated-pipeline"},message:"must have required property '"+"automated-pipeline"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data["distribution-points"] === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "distribution-points"},message:"must have required property '"+"distribution-points"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "automated-pipeline") || (key0 === "distribution-points")) || (key0 === "changelog")) || (key0 === "license")) || (key0 === "attestations"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data["automated-pipeline"] !== undefined){
let data0 = data["automated-pipeline"];
if(typeof data0 !== "boolean"){
const err3 = {instancePath:instancePath+"/automated-pipeline",schemaPath:"#/properties/automated-pipeline/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.properties["automated-pipeline"].type,parentSchema:schema48.properties["automated-pipeline"],data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data["distribution-points"] !== undefined){
let data1 = data["distribution-points"];
if(Array.isArray(data1)){
if(data1.length < 1){
const err4 = {instancePath:instancePath+"/distribution-points",schemaPath:"#/properties/distribution-points/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema48.properties["distribution-points"],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data1.length;
if(len0 > 0){
let data2 = data1[0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.uri === undefined){
const err5 = {instancePath:instancePath+"/distribution-points/0",schemaPath:"#/$defs/Link/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'",schema:schema12.required,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.comment === undefined){
const err6 = {instancePath:instancePath+"/distribution-points/0",schemaPath:"#/$defs/Link/required",keyword:"required",params:{missingProperty: "comment"},message:"must have required property '"+"comment"+"'",schema:schema12.required,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "uri") || (key1 === "comment"))){
const err7 = {instancePath:instancePath+"/distribution-points/0",schemaPath:"#/$defs/Link/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.uri !== undefined){
let data3 = data2.uri;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/distribution-points/0/uri",schemaPath:"#/$defs/Link/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.uri.type,parentSchema:schema12.properties.uri,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.comment !== undefined){
let data4 = data2.comment;
if(typeof data4 !== "string"){
const err9 = {instancePath:instancePath+"/distribution-points/0/comment",schemaPath:"#/$defs/Link/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.comment.type,parentSchema:schema12.properties.comment,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/distribution-points/0",schemaPath:"#/$defs/Link/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/distribution-points",schemaPath:"#/properties/distribution-points/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties["distribution-points"].type,parentSchema:schema48.properties["distribution-points"],data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.changelog !== undefined){
let data5 = data.changelog;
if(typeof data5 === "string"){
if(!pattern3.test(data5)){
const err12 = {instancePath:instancePath+"/changelog",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/changelog",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.license !== undefined){
if(!(validate17(data.license, {instancePath:instancePath+"/license",parentData:data,parentDataProperty:"license",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.attestations !== undefined){
let data7 = data.attestations;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i0=0; i0<len1; i0++){
if(!(validate28(data7[i0], {instancePath:instancePath+"/attestations/" + i0,parentData:data7,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/attestations",schemaPath:"#/properties/attestations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.attestations.type,parentSchema:schema48.properties.attestations,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate15.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.url === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data["accepts-change-request"] === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "accepts-change-request"},message:"must have required property '"+"accepts-change-request"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data["accepts-automated-change-request"] === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "accepts-automated-change-request"},message:"must have required property '"+"accepts-automated-change-request"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data["core-team"] === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "core-team"},message:"must have required property '"+"core-team"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.license === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "license"},message:"must have required property '"+"license"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.security === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "security"},message:"must have required property '"+"security"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema28.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.status !== undefined){
let data0 = data.status;
if(!((((((((data0 === "active") || (data0 === "abandoned")) || (data0 === "concept")) || (data0 === "inactive")) || (data0 === "moved")) || (data0 === "suspended")) || (data0 === "unsupported")) || (data0 === "WIP"))){
const err8 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema28.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema28.properties.status.enum,parentSchema:schema28.properties.status,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.url !== undefined){
let data1 = data.url;
if(typeof data1 === "string"){
if(!pattern3.test(data1)){
const err9 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data["accepts-change-request"] !== undefined){
let data2 = data["accepts-change-request"];
if(typeof data2 !== "boolean"){
const err11 = {instancePath:instancePath+"/accepts-change-request",schemaPath:"#/properties/accepts-change-request/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties["accepts-change-request"].type,parentSchema:schema28.properties["accepts-change-request"],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data["accepts-automated-change-request"] !== undefined){
let data3 = data["accepts-automated-change-request"];
if(typeof data3 !== "boolean"){
const err12 = {instancePath:instancePath+"/accepts-automated-change-request",schemaPath:"#/properties/accepts-automated-change-request/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties["accepts-automated-change-request"].type,parentSchema:schema28.properties["accepts-automated-change-request"],data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data["bug-fixes-only"] !== undefined){
let data4 = data["bug-fixes-only"];
if(typeof data4 !== "boolean"){
const err13 = {instancePath:instancePath+"/bug-fixes-only",schemaPath:"#/properties/bug-fixes-only/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties["bug-fixes-only"].type,parentSchema:schema28.properties["bug-fixes-only"],data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data["no-third-party-packages"] !== undefined){
let data5 = data["no-third-party-packages"];
if(typeof data5 !== "boolean"){
const err14 = {instancePath:instancePath+"/no-third-party-packages",schemaPath:"#/properties/no-third-party-packages/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties["no-third-party-packages"].type,parentSchema:schema28.properties["no-third-party-packages"],data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data["core-team"] !== undefined){
let data6 = data["core-team"];
if(Array.isArray(data6)){
if(data6.length < 1){
const err15 = {instancePath:instancePath+"/core-team",schemaPath:"#/properties/core-team/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema28.properties["core-team"],data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len0 = data6.length;
if(len0 > 0){
if(!(validate5(data6[0], {instancePath:instancePath+"/core-team/0",parentData:data6,parentDataProperty:0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate5.errors : vErrors.concat(validate5.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/core-team",schemaPath:"#/properties/core-team/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.properties["core-team"].type,parentSchema:schema28.properties["core-team"],data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.license !== undefined){
if(!(validate17(data.license, {instancePath:instancePath+"/license",parentData:data,parentDataProperty:"license",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.security !== undefined){
if(!(validate19(data.security, {instancePath:instancePath+"/security",parentData:data,parentDataProperty:"security",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
if(data.documentation !== undefined){
if(!(validate35(data.documentation, {instancePath:instancePath+"/documentation",parentData:data,parentDataProperty:"documentation",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.release !== undefined){
if(!(validate37(data.release, {instancePath:instancePath+"/release",parentData:data,parentDataProperty:"release",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}
validate15.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate1.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.header === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "header"},message:"must have required property '"+"header"+"'",schema:schema1.required,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "header") || (key0 === "project")) || (key0 === "repository"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.header !== undefined){
if(!(validate2(data.header, {instancePath:instancePath+"/header",parentData:data,parentDataProperty:"header",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
errors = vErrors.length;
}
}
if(data.project !== undefined){
if(!(validate4(data.project, {instancePath:instancePath+"/project",parentData:data,parentDataProperty:"project",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
}
if(data.repository !== undefined){
if(!(validate15(data.repository, {instancePath:instancePath+"/repository",parentData:data,parentDataProperty:"repository",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema1.type,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate1.errors = vErrors;
return errors === 0;
}
validate1.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://security-slam.dev/schemas/security-insights-2.x.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate0.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
validate0.errors = vErrors;
return errors === 0;
}
validate0.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const def_URL = validate43;

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern3.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"dynamicProps":false,"dynamicItems":false};

const def_Email = validate44;

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern8.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$"},message:"must match pattern \""+"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$"+"\"",schema:"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$",parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"dynamicProps":false,"dynamicItems":false};

const def_Date = validate45;

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern0.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(formats0.validate(data))){
const err1 = {instancePath,schemaPath:"#/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.type,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"dynamicProps":false,"dynamicItems":false};

const def_SchemaVersion = validate46;

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern2.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[1-9]+\\.[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^[1-9]+\\.[0-9]+\\.[0-9]+$"+"\"",schema:"^[1-9]+\\.[0-9]+\\.[0-9]+$",parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.type,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"dynamicProps":false,"dynamicItems":false};

const def_Assessment = validate47;

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.comment === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "comment"},message:"must have required property '"+"comment"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "comment") || (key0 === "name")) || (key0 === "evidence")) || (key0 === "date"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.comment !== undefined){
let data0 = data.comment;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.comment.type,parentSchema:schema34.properties.comment,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.name.type,parentSchema:schema34.properties.name,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.evidence !== undefined){
let data2 = data.evidence;
if(typeof data2 === "string"){
if(!pattern3.test(data2)){
const err4 = {instancePath:instancePath+"/evidence",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/evidence",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.date !== undefined){
let data3 = data.date;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err6 = {instancePath:instancePath+"/date",schemaPath:"#/$defs/Date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema3,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(formats0.validate(data3))){
const err7 = {instancePath:instancePath+"/date",schemaPath:"#/$defs/Date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema3,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/date",schemaPath:"#/$defs/Date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.type,parentSchema:schema3,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const def_Attestation = validate48;

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.location === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "location"},message:"must have required property '"+"location"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data["predicate-uri"] === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "predicate-uri"},message:"must have required property '"+"predicate-uri"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "location")) || (key0 === "predicate-uri")) || (key0 === "comment"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.name.type,parentSchema:schema40.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.location !== undefined){
let data1 = data.location;
if(typeof data1 === "string"){
if(!pattern3.test(data1)){
const err5 = {instancePath:instancePath+"/location",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/location",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data["predicate-uri"] !== undefined){
let data2 = data["predicate-uri"];
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/predicate-uri",schemaPath:"#/properties/predicate-uri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties["predicate-uri"].type,parentSchema:schema40.properties["predicate-uri"],data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.comment !== undefined){
let data3 = data.comment;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.comment.type,parentSchema:schema40.properties.comment,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const def_Contact = validate49;

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema13.required,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.primary === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "primary"},message:"must have required property '"+"primary"+"'",schema:schema13.required,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "primary")) || (key0 === "affiliation")) || (key0 === "email")) || (key0 === "social"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.name.type,parentSchema:schema13.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.primary !== undefined){
let data1 = data.primary;
if(typeof data1 !== "boolean"){
const err4 = {instancePath:instancePath+"/primary",schemaPath:"#/properties/primary/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema13.properties.primary.type,parentSchema:schema13.properties.primary,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.affiliation !== undefined){
let data2 = data.affiliation;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/affiliation",schemaPath:"#/properties/affiliation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.affiliation.type,parentSchema:schema13.properties.affiliation,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.email !== undefined){
let data3 = data.email;
if(typeof data3 === "string"){
if(!pattern8.test(data3)){
const err6 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Email/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$"},message:"must match pattern \""+"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$"+"\"",schema:"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$",parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.social !== undefined){
let data4 = data.social;
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/social",schemaPath:"#/properties/social/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.social.type,parentSchema:schema13.properties.social,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const def_License = validate50;

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.url === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema30.required,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.expression === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expression"},message:"must have required property '"+"expression"+"'",schema:schema30.required,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "url") || (key0 === "expression"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.url !== undefined){
let data0 = data.url;
if(typeof data0 === "string"){
if(!pattern3.test(data0)){
const err3 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.expression !== undefined){
let data1 = data.expression;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/expression",schemaPath:"#/properties/expression/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.expression.type,parentSchema:schema30.properties.expression,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const def_Link = validate51;

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.uri === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.comment === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "comment"},message:"must have required property '"+"comment"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "uri") || (key0 === "comment"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.uri !== undefined){
let data0 = data.uri;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.uri.type,parentSchema:schema12.properties.uri,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.comment !== undefined){
let data1 = data.comment;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.comment.type,parentSchema:schema12.properties.comment,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const def_ProjectRepository = validate52;

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.comment === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "comment"},message:"must have required property '"+"comment"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.url === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "comment")) || (key0 === "url"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.name.type,parentSchema:schema15.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.comment !== undefined){
let data1 = data.comment;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.comment.type,parentSchema:schema15.properties.comment,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.url !== undefined){
let data2 = data.url;
if(typeof data2 === "string"){
if(!pattern3.test(data2)){
const err6 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const def_SecurityInsights = validate53;

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.header === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "header"},message:"must have required property '"+"header"+"'",schema:schema1.required,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "header") || (key0 === "project")) || (key0 === "repository"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.header !== undefined){
if(!(validate2(data.header, {instancePath:instancePath+"/header",parentData:data,parentDataProperty:"header",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
errors = vErrors.length;
}
}
if(data.project !== undefined){
if(!(validate4(data.project, {instancePath:instancePath+"/project",parentData:data,parentDataProperty:"project",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
}
if(data.repository !== undefined){
if(!(validate15(data.repository, {instancePath:instancePath+"/repository",parentData:data,parentDataProperty:"repository",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema1.type,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const def_Header = validate57;

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["last-reviewed"] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "last-reviewed"},message:"must have required property '"+"last-reviewed"+"'",schema:schema2.required,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data["last-updated"] === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "last-updated"},message:"must have required property '"+"last-updated"+"'",schema:schema2.required,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data["schema-version"] === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema-version"},message:"must have required property '"+"schema-version"+"'",schema:schema2.required,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.url === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema2.required,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "last-reviewed") || (key0 === "last-updated")) || (key0 === "schema-version")) || (key0 === "url")) || (key0 === "comment")) || (key0 === "project-si-source"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data["last-reviewed"] !== undefined){
let data0 = data["last-reviewed"];
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err5 = {instancePath:instancePath+"/last-reviewed",schemaPath:"#/$defs/Date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema3,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(formats0.validate(data0))){
const err6 = {instancePath:instancePath+"/last-reviewed",schemaPath:"#/$defs/Date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema3,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/last-reviewed",schemaPath:"#/$defs/Date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.type,parentSchema:schema3,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data["last-updated"] !== undefined){
let data1 = data["last-updated"];
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err8 = {instancePath:instancePath+"/last-updated",schemaPath:"#/$defs/Date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema3,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(formats0.validate(data1))){
const err9 = {instancePath:instancePath+"/last-updated",schemaPath:"#/$defs/Date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema3,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/last-updated",schemaPath:"#/$defs/Date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.type,parentSchema:schema3,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data["schema-version"] !== undefined){
let data2 = data["schema-version"];
if(typeof data2 === "string"){
if(!pattern2.test(data2)){
const err11 = {instancePath:instancePath+"/schema-version",schemaPath:"#/$defs/SchemaVersion/pattern",keyword:"pattern",params:{pattern: "^[1-9]+\\.[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^[1-9]+\\.[0-9]+\\.[0-9]+$"+"\"",schema:"^[1-9]+\\.[0-9]+\\.[0-9]+$",parentSchema:schema5,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/schema-version",schemaPath:"#/$defs/SchemaVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.type,parentSchema:schema5,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.url !== undefined){
let data3 = data.url;
if(typeof data3 === "string"){
if(!pattern3.test(data3)){
const err13 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.comment !== undefined){
let data4 = data.comment;
if(typeof data4 !== "string"){
const err15 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.properties.comment.type,parentSchema:schema2.properties.comment,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data["project-si-source"] !== undefined){
let data5 = data["project-si-source"];
if(typeof data5 === "string"){
if(!pattern3.test(data5)){
const err16 = {instancePath:instancePath+"/project-si-source",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/project-si-source",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema2.type,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const def_ProjectDocumentation = validate58;

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "design") || (key0 === "detailed-guide")) || (key0 === "code-of-conduct")) || (key0 === "quickstart-guide")) || (key0 === "release-process")) || (key0 === "support-policy")) || (key0 === "signature-verification"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.design !== undefined){
let data0 = data.design;
if(typeof data0 === "string"){
if(!pattern3.test(data0)){
const err1 = {instancePath:instancePath+"/design",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/design",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data["detailed-guide"] !== undefined){
let data1 = data["detailed-guide"];
if(typeof data1 === "string"){
if(!pattern3.test(data1)){
const err3 = {instancePath:instancePath+"/detailed-guide",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/detailed-guide",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data["code-of-conduct"] !== undefined){
let data2 = data["code-of-conduct"];
if(typeof data2 === "string"){
if(!pattern3.test(data2)){
const err5 = {instancePath:instancePath+"/code-of-conduct",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/code-of-conduct",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data["quickstart-guide"] !== undefined){
let data3 = data["quickstart-guide"];
if(typeof data3 === "string"){
if(!pattern3.test(data3)){
const err7 = {instancePath:instancePath+"/quickstart-guide",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/quickstart-guide",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data["release-process"] !== undefined){
let data4 = data["release-process"];
if(typeof data4 === "string"){
if(!pattern3.test(data4)){
const err9 = {instancePath:instancePath+"/release-process",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/release-process",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data["support-policy"] !== undefined){
let data5 = data["support-policy"];
if(typeof data5 === "string"){
if(!pattern3.test(data5)){
const err11 = {instancePath:instancePath+"/support-policy",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/support-policy",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data["signature-verification"] !== undefined){
let data6 = data["signature-verification"];
if(typeof data6 === "string"){
if(!pattern3.test(data6)){
const err13 = {instancePath:instancePath+"/signature-verification",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/signature-verification",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const def_VulnerabilityReporting = validate59;

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["reports-accepted"] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reports-accepted"},message:"must have required property '"+"reports-accepted"+"'",schema:schema17.required,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data["bug-bounty-available"] === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bug-bounty-available"},message:"must have required property '"+"bug-bounty-available"+"'",schema:schema17.required,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema17.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data["reports-accepted"] !== undefined){
let data0 = data["reports-accepted"];
if(typeof data0 !== "boolean"){
const err3 = {instancePath:instancePath+"/reports-accepted",schemaPath:"#/properties/reports-accepted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema17.properties["reports-accepted"].type,parentSchema:schema17.properties["reports-accepted"],data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data["bug-bounty-available"] !== undefined){
let data1 = data["bug-bounty-available"];
if(typeof data1 !== "boolean"){
const err4 = {instancePath:instancePath+"/bug-bounty-available",schemaPath:"#/properties/bug-bounty-available/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema17.properties["bug-bounty-available"].type,parentSchema:schema17.properties["bug-bounty-available"],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data["bug-bounty-program"] !== undefined){
let data2 = data["bug-bounty-program"];
if(typeof data2 === "string"){
if(!pattern3.test(data2)){
const err5 = {instancePath:instancePath+"/bug-bounty-program",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/bug-bounty-program",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.contact !== undefined){
if(!(validate5(data.contact, {instancePath:instancePath+"/contact",parentData:data,parentDataProperty:"contact",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate5.errors : vErrors.concat(validate5.errors);
errors = vErrors.length;
}
}
if(data.comment !== undefined){
let data4 = data.comment;
if(typeof data4 !== "string"){
const err7 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.comment.type,parentSchema:schema17.properties.comment,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.policy !== undefined){
let data5 = data.policy;
if(typeof data5 === "string"){
if(!pattern3.test(data5)){
const err8 = {instancePath:instancePath+"/policy",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/policy",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data["pgp-key"] !== undefined){
let data6 = data["pgp-key"];
if(typeof data6 !== "string"){
const err10 = {instancePath:instancePath+"/pgp-key",schemaPath:"#/properties/pgp-key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties["pgp-key"].type,parentSchema:schema17.properties["pgp-key"],data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data["in-scope"] !== undefined){
let data7 = data["in-scope"];
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 !== "string"){
const err11 = {instancePath:instancePath+"/in-scope/" + i0,schemaPath:"#/properties/in-scope/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties["in-scope"].items.type,parentSchema:schema17.properties["in-scope"].items,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/in-scope",schemaPath:"#/properties/in-scope/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema17.properties["in-scope"].type,parentSchema:schema17.properties["in-scope"],data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data["out-of-scope"] !== undefined){
let data9 = data["out-of-scope"];
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(typeof data10 !== "string"){
const err13 = {instancePath:instancePath+"/out-of-scope/" + i1,schemaPath:"#/properties/out-of-scope/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties["out-of-scope"].items.type,parentSchema:schema17.properties["out-of-scope"].items,data:data10};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/out-of-scope",schemaPath:"#/properties/out-of-scope/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema17.properties["out-of-scope"].type,parentSchema:schema17.properties["out-of-scope"],data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.type,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const def_Project = validate61;

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema8.required,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.administrators === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "administrators"},message:"must have required property '"+"administrators"+"'",schema:schema8.required,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.repositories === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repositories"},message:"must have required property '"+"repositories"+"'",schema:schema8.required,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data["vulnerability-reporting"] === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vulnerability-reporting"},message:"must have required property '"+"vulnerability-reporting"+"'",schema:schema8.required,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema8.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.name.type,parentSchema:schema8.properties.name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.homepage !== undefined){
let data1 = data.homepage;
if(typeof data1 === "string"){
if(!pattern3.test(data1)){
const err6 = {instancePath:instancePath+"/homepage",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/homepage",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.roadmap !== undefined){
let data2 = data.roadmap;
if(typeof data2 === "string"){
if(!pattern3.test(data2)){
const err8 = {instancePath:instancePath+"/roadmap",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/roadmap",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.funding !== undefined){
let data3 = data.funding;
if(typeof data3 === "string"){
if(!pattern3.test(data3)){
const err10 = {instancePath:instancePath+"/funding",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/funding",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.steward !== undefined){
let data4 = data.steward;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.uri === undefined){
const err12 = {instancePath:instancePath+"/steward",schemaPath:"#/$defs/Link/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'",schema:schema12.required,parentSchema:schema12,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data4.comment === undefined){
const err13 = {instancePath:instancePath+"/steward",schemaPath:"#/$defs/Link/required",keyword:"required",params:{missingProperty: "comment"},message:"must have required property '"+"comment"+"'",schema:schema12.required,parentSchema:schema12,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data4){
if(!((key1 === "uri") || (key1 === "comment"))){
const err14 = {instancePath:instancePath+"/steward",schemaPath:"#/$defs/Link/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.uri !== undefined){
let data5 = data4.uri;
if(typeof data5 !== "string"){
const err15 = {instancePath:instancePath+"/steward/uri",schemaPath:"#/$defs/Link/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.uri.type,parentSchema:schema12.properties.uri,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data4.comment !== undefined){
let data6 = data4.comment;
if(typeof data6 !== "string"){
const err16 = {instancePath:instancePath+"/steward/comment",schemaPath:"#/$defs/Link/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.comment.type,parentSchema:schema12.properties.comment,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/steward",schemaPath:"#/$defs/Link/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.administrators !== undefined){
let data7 = data.administrators;
if(Array.isArray(data7)){
if(data7.length < 1){
const err18 = {instancePath:instancePath+"/administrators",schemaPath:"#/properties/administrators/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema8.properties.administrators,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const len0 = data7.length;
if(len0 > 0){
if(!(validate5(data7[0], {instancePath:instancePath+"/administrators/0",parentData:data7,parentDataProperty:0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate5.errors : vErrors.concat(validate5.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath:instancePath+"/administrators",schemaPath:"#/properties/administrators/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.properties.administrators.type,parentSchema:schema8.properties.administrators,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.repositories !== undefined){
let data9 = data.repositories;
if(Array.isArray(data9)){
if(data9.length < 1){
const err20 = {instancePath:instancePath+"/repositories",schemaPath:"#/properties/repositories/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema8.properties.repositories,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const len1 = data9.length;
if(len1 > 0){
if(!(validate7(data9[0], {instancePath:instancePath+"/repositories/0",parentData:data9,parentDataProperty:0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath:instancePath+"/repositories",schemaPath:"#/properties/repositories/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.properties.repositories.type,parentSchema:schema8.properties.repositories,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data["vulnerability-reporting"] !== undefined){
if(!(validate9(data["vulnerability-reporting"], {instancePath:instancePath+"/vulnerability-reporting",parentData:data,parentDataProperty:"vulnerability-reporting",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate9.errors : vErrors.concat(validate9.errors);
errors = vErrors.length;
}
}
if(data.documentation !== undefined){
if(!(validate12(data.documentation, {instancePath:instancePath+"/documentation",parentData:data,parentDataProperty:"documentation",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.type,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const def_SecurityToolIntegration = validate66;

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.adhoc === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "adhoc"},message:"must have required property '"+"adhoc"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.ci === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ci"},message:"must have required property '"+"ci"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.release === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "release"},message:"must have required property '"+"release"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "adhoc") || (key0 === "ci")) || (key0 === "release"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.adhoc !== undefined){
let data0 = data.adhoc;
if(typeof data0 !== "boolean"){
const err4 = {instancePath:instancePath+"/adhoc",schemaPath:"#/properties/adhoc/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.adhoc.type,parentSchema:schema38.properties.adhoc,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.ci !== undefined){
let data1 = data.ci;
if(typeof data1 !== "boolean"){
const err5 = {instancePath:instancePath+"/ci",schemaPath:"#/properties/ci/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.ci.type,parentSchema:schema38.properties.ci,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.release !== undefined){
let data2 = data.release;
if(typeof data2 !== "boolean"){
const err6 = {instancePath:instancePath+"/release",schemaPath:"#/properties/release/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.release.type,parentSchema:schema38.properties.release,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const def_SecurityToolResults = validate67;

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate67.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "adhoc") || (key0 === "ci")) || (key0 === "release"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.adhoc !== undefined){
if(!(validate28(data.adhoc, {instancePath:instancePath+"/adhoc",parentData:data,parentDataProperty:"adhoc",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.ci !== undefined){
if(!(validate28(data.ci, {instancePath:instancePath+"/ci",parentData:data,parentDataProperty:"ci",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.release !== undefined){
if(!(validate28(data.release, {instancePath:instancePath+"/release",parentData:data,parentDataProperty:"release",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}
validate67.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const def_SecurityTool = validate71;

function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate71.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.rulesets === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rulesets"},message:"must have required property '"+"rulesets"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.integration === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "integration"},message:"must have required property '"+"integration"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "name") || (key0 === "type")) || (key0 === "version")) || (key0 === "comment")) || (key0 === "rulesets")) || (key0 === "integration")) || (key0 === "results"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.name.type,parentSchema:schema37.properties.name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(!((((((data1 === "fuzzing") || (data1 === "container")) || (data1 === "secret")) || (data1 === "SCA")) || (data1 === "SAST")) || (data1 === "other"))){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema37.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema37.properties.type.enum,parentSchema:schema37.properties.type,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.version !== undefined){
let data2 = data.version;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.version.type,parentSchema:schema37.properties.version,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.comment !== undefined){
let data3 = data.comment;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.comment.type,parentSchema:schema37.properties.comment,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.rulesets !== undefined){
let data4 = data.rulesets;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 !== "string"){
const err9 = {instancePath:instancePath+"/rulesets/" + i0,schemaPath:"#/properties/rulesets/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.rulesets.items.type,parentSchema:schema37.properties.rulesets.items,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/rulesets",schemaPath:"#/properties/rulesets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.rulesets.type,parentSchema:schema37.properties.rulesets,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.integration !== undefined){
let data6 = data.integration;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.adhoc === undefined){
const err11 = {instancePath:instancePath+"/integration",schemaPath:"#/$defs/SecurityToolIntegration/required",keyword:"required",params:{missingProperty: "adhoc"},message:"must have required property '"+"adhoc"+"'",schema:schema38.required,parentSchema:schema38,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data6.ci === undefined){
const err12 = {instancePath:instancePath+"/integration",schemaPath:"#/$defs/SecurityToolIntegration/required",keyword:"required",params:{missingProperty: "ci"},message:"must have required property '"+"ci"+"'",schema:schema38.required,parentSchema:schema38,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data6.release === undefined){
const err13 = {instancePath:instancePath+"/integration",schemaPath:"#/$defs/SecurityToolIntegration/required",keyword:"required",params:{missingProperty: "release"},message:"must have required property '"+"release"+"'",schema:schema38.required,parentSchema:schema38,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data6){
if(!(((key1 === "adhoc") || (key1 === "ci")) || (key1 === "release"))){
const err14 = {instancePath:instancePath+"/integration",schemaPath:"#/$defs/SecurityToolIntegration/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data6.adhoc !== undefined){
let data7 = data6.adhoc;
if(typeof data7 !== "boolean"){
const err15 = {instancePath:instancePath+"/integration/adhoc",schemaPath:"#/$defs/SecurityToolIntegration/properties/adhoc/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.adhoc.type,parentSchema:schema38.properties.adhoc,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data6.ci !== undefined){
let data8 = data6.ci;
if(typeof data8 !== "boolean"){
const err16 = {instancePath:instancePath+"/integration/ci",schemaPath:"#/$defs/SecurityToolIntegration/properties/ci/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.ci.type,parentSchema:schema38.properties.ci,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data6.release !== undefined){
let data9 = data6.release;
if(typeof data9 !== "boolean"){
const err17 = {instancePath:instancePath+"/integration/release",schemaPath:"#/$defs/SecurityToolIntegration/properties/release/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.release.type,parentSchema:schema38.properties.release,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/integration",schemaPath:"#/$defs/SecurityToolIntegration/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.results !== undefined){
if(!(validate27(data.results, {instancePath:instancePath+"/results",parentData:data,parentDataProperty:"results",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate71.errors = vErrors;
return errors === 0;
}
validate71.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const def_SecurityAssessments = validate73;

function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate73.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.self === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "self"},message:"must have required property '"+"self"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "self") || (key0 === "third-party"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.self !== undefined){
if(!(validate21(data.self, {instancePath:instancePath+"/self",parentData:data,parentDataProperty:"self",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data["third-party"] !== undefined){
let data1 = data["third-party"];
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate21(data1[i0], {instancePath:instancePath+"/third-party/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/third-party",schemaPath:"#/properties/third-party/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties["third-party"].type,parentSchema:schema33.properties["third-party"],data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate73.errors = vErrors;
return errors === 0;
}
validate73.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const def_SecurityPosture = validate76;

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate76.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.assessments === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "assessments"},message:"must have required property '"+"assessments"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "assessments") || (key0 === "champions")) || (key0 === "tools"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.assessments !== undefined){
if(!(validate20(data.assessments, {instancePath:instancePath+"/assessments",parentData:data,parentDataProperty:"assessments",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
if(data.champions !== undefined){
let data1 = data.champions;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate5(data1[i0], {instancePath:instancePath+"/champions/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate5.errors : vErrors.concat(validate5.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/champions",schemaPath:"#/properties/champions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.champions.type,parentSchema:schema32.properties.champions,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.tools !== undefined){
let data3 = data.tools;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(!(validate26(data3[i1], {instancePath:instancePath+"/tools/" + i1,parentData:data3,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.properties.tools.type,parentSchema:schema32.properties.tools,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate76.errors = vErrors;
return errors === 0;
}
validate76.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const def_RepositoryDocumentation = validate80;

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate80.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "contributing-guide") || (key0 === "dependency-management-policy")) || (key0 === "governance")) || (key0 === "review-policy")) || (key0 === "security-policy"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data["contributing-guide"] !== undefined){
let data0 = data["contributing-guide"];
if(typeof data0 === "string"){
if(!pattern3.test(data0)){
const err1 = {instancePath:instancePath+"/contributing-guide",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/contributing-guide",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data["dependency-management-policy"] !== undefined){
let data1 = data["dependency-management-policy"];
if(typeof data1 === "string"){
if(!pattern3.test(data1)){
const err3 = {instancePath:instancePath+"/dependency-management-policy",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/dependency-management-policy",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.governance !== undefined){
let data2 = data.governance;
if(typeof data2 === "string"){
if(!pattern3.test(data2)){
const err5 = {instancePath:instancePath+"/governance",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/governance",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data["review-policy"] !== undefined){
let data3 = data["review-policy"];
if(typeof data3 === "string"){
if(!pattern3.test(data3)){
const err7 = {instancePath:instancePath+"/review-policy",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/review-policy",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data["security-policy"] !== undefined){
let data4 = data["security-policy"];
if(typeof data4 === "string"){
if(!pattern3.test(data4)){
const err9 = {instancePath:instancePath+"/security-policy",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/security-policy",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate80.errors = vErrors;
return errors === 0;
}
validate80.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const def_ReleaseDetails = validate81;

function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate81.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["automated-pipeline"] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "automated-pipeline"},message:"must have required property '"+"automated-pipeline"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data["distribution-points"] === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "distribution-points"},message:"must have required property '"+"distribution-points"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "automated-pipeline") || (key0 === "distribution-points")) || (key0 === "changelog")) || (key0 === "license")) || (key0 === "attestations"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data["automated-pipeline"] !== undefined){
let data0 = data["automated-pipeline"];
if(typeof data0 !== "boolean"){
const err3 = {instancePath:instancePath+"/automated-pipeline",schemaPath:"#/properties/automated-pipeline/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.properties["automated-pipeline"].type,parentSchema:schema48.properties["automated-pipeline"],data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data["distribution-points"] !== undefined){
let data1 = data["distribution-points"];
if(Array.isArray(data1)){
if(data1.length < 1){
const err4 = {instancePath:instancePath+"/distribution-points",schemaPath:"#/properties/distribution-points/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema48.properties["distribution-points"],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data1.length;
if(len0 > 0){
let data2 = data1[0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.uri === undefined){
const err5 = {instancePath:instancePath+"/distribution-points/0",schemaPath:"#/$defs/Link/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'",schema:schema12.required,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.comment === undefined){
const err6 = {instancePath:instancePath+"/distribution-points/0",schemaPath:"#/$defs/Link/required",keyword:"required",params:{missingProperty: "comment"},message:"must have required property '"+"comment"+"'",schema:schema12.required,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "uri") || (key1 === "comment"))){
const err7 = {instancePath:instancePath+"/distribution-points/0",schemaPath:"#/$defs/Link/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.uri !== undefined){
let data3 = data2.uri;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/distribution-points/0/uri",schemaPath:"#/$defs/Link/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.uri.type,parentSchema:schema12.properties.uri,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.comment !== undefined){
let data4 = data2.comment;
if(typeof data4 !== "string"){
const err9 = {instancePath:instancePath+"/distribution-points/0/comment",schemaPath:"#/$defs/Link/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.comment.type,parentSchema:schema12.properties.comment,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/distribution-points/0",schemaPath:"#/$defs/Link/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/distribution-points",schemaPath:"#/properties/distribution-points/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties["distribution-points"].type,parentSchema:schema48.properties["distribution-points"],data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.changelog !== undefined){
let data5 = data.changelog;
if(typeof data5 === "string"){
if(!pattern3.test(data5)){
const err12 = {instancePath:instancePath+"/changelog",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/changelog",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.license !== undefined){
if(!(validate17(data.license, {instancePath:instancePath+"/license",parentData:data,parentDataProperty:"license",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.attestations !== undefined){
let data7 = data.attestations;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i0=0; i0<len1; i0++){
if(!(validate28(data7[i0], {instancePath:instancePath+"/attestations/" + i0,parentData:data7,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/attestations",schemaPath:"#/properties/attestations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.attestations.type,parentSchema:schema48.properties.attestations,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate81.errors = vErrors;
return errors === 0;
}
validate81.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const def_Repository = validate84;

function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate84.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.url === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data["accepts-change-request"] === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "accepts-change-request"},message:"must have required property '"+"accepts-change-request"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data["accepts-automated-change-request"] === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "accepts-automated-change-request"},message:"must have required property '"+"accepts-automated-change-request"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data["core-team"] === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "core-team"},message:"must have required property '"+"core-team"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.license === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "license"},message:"must have required property '"+"license"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.security === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "security"},message:"must have required property '"+"security"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema28.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.status !== undefined){
let data0 = data.status;
if(!((((((((data0 === "active") || (data0 === "abandoned")) || (data0 === "concept")) || (data0 === "inactive")) || (data0 === "moved")) || (data0 === "suspended")) || (data0 === "unsupported")) || (data0 === "WIP"))){
const err8 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema28.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema28.properties.status.enum,parentSchema:schema28.properties.status,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.url !== undefined){
let data1 = data.url;
if(typeof data1 === "string"){
if(!pattern3.test(data1)){
const err9 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema6,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.type,parentSchema:schema6,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data["accepts-change-request"] !== undefined){
let data2 = data["accepts-change-request"];
if(typeof data2 !== "boolean"){
const err11 = {instancePath:instancePath+"/accepts-change-request",schemaPath:"#/properties/accepts-change-request/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties["accepts-change-request"].type,parentSchema:schema28.properties["accepts-change-request"],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data["accepts-automated-change-request"] !== undefined){
let data3 = data["accepts-automated-change-request"];
if(typeof data3 !== "boolean"){
const err12 = {instancePath:instancePath+"/accepts-automated-change-request",schemaPath:"#/properties/accepts-automated-change-request/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties["accepts-automated-change-request"].type,parentSchema:schema28.properties["accepts-automated-change-request"],data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data["bug-fixes-only"] !== undefined){
let data4 = data["bug-fixes-only"];
if(typeof data4 !== "boolean"){
const err13 = {instancePath:instancePath+"/bug-fixes-only",schemaPath:"#/properties/bug-fixes-only/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties["bug-fixes-only"].type,parentSchema:schema28.properties["bug-fixes-only"],data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data["no-third-party-packages"] !== undefined){
let data5 = data["no-third-party-packages"];
if(typeof data5 !== "boolean"){
const err14 = {instancePath:instancePath+"/no-third-party-packages",schemaPath:"#/properties/no-third-party-packages/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.properties["no-third-party-packages"].type,parentSchema:schema28.properties["no-third-party-packages"],data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data["core-team"] !== undefined){
let data6 = data["core-team"];
if(Array.isArray(data6)){
if(data6.length < 1){
const err15 = {instancePath:instancePath+"/core-team",schemaPath:"#/properties/core-team/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema28.properties["core-team"],data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len0 = data6.length;
if(len0 > 0){
if(!(validate5(data6[0], {instancePath:instancePath+"/core-team/0",parentData:data6,parentDataProperty:0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate5.errors : vErrors.concat(validate5.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/core-team",schemaPath:"#/properties/core-team/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.properties["core-team"].type,parentSchema:schema28.properties["core-team"],data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.license !== undefined){
if(!(validate17(data.license, {instancePath:instancePath+"/license",parentData:data,parentDataProperty:"license",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.security !== undefined){
if(!(validate19(data.security, {instancePath:instancePath+"/security",parentData:data,parentDataProperty:"security",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
if(data.documentation !== undefined){
if(!(validate35(data.documentation, {instancePath:instancePath+"/documentation",parentData:data,parentDataProperty:"documentation",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.release !== undefined){
if(!(validate37(data.release, {instancePath:instancePath+"/release",parentData:data,parentDataProperty:"release",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate84.errors = vErrors;
return errors === 0;
}
validate84.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

;// CONCATENATED MODULE: ./schemas/security-insights-2.x.schema.json
const security_insights_2_x_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://security-slam.dev/schemas/security-insights-2.x.schema.json","title":"OpenSSF Security Insights 2.x","description":"Written by hand for the Security Slam action from the authoritative CUE schema of Security Insights v2.2.0 (schema.cue, #SecurityInsights). It follows what `cue vet` applies: CUE definitions are closed (no unknown keys), and a CUE list written [#X, ...] requires at least one entry and constrains only the first (prefixItems). A field written without `?` whose definition has only optional fields (a tool\'s `results: #SecurityToolResults`) is not required: when it is absent, CUE unifies it to {}, which is concrete, so `cue vet` accepts the file. Files that declare schema-version 2.0.0 or 2.1.0 are checked against these same rules; see docs/security-insights.md for the differences between versions.","$ref":"#/$defs/SecurityInsights","$defs":{"URL":{"description":"a web URL beginning with http:// or https://","type":"string","pattern":"^https?://[^\\\\s]+$"},"Email":{"description":"an email address such as security@example.org","type":"string","pattern":"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\\\.[A-Za-z]{2,}$"},"Date":{"description":"a date written YYYY-MM-DD (quote it in YAML, e.g. \'2025-03-01\')","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","format":"date"},"SchemaVersion":{"description":"a version written X.Y.Z, such as 2.2.0","type":"string","pattern":"^[1-9]+\\\\.[0-9]+\\\\.[0-9]+$"},"Assessment":{"type":"object","properties":{"comment":{"type":"string"},"name":{"type":"string"},"evidence":{"$ref":"#/$defs/URL"},"date":{"$ref":"#/$defs/Date"}},"required":["comment"],"additionalProperties":false},"Attestation":{"type":"object","properties":{"name":{"type":"string"},"location":{"$ref":"#/$defs/URL"},"predicate-uri":{"type":"string"},"comment":{"type":"string"}},"required":["name","location","predicate-uri"],"additionalProperties":false},"Contact":{"type":"object","properties":{"name":{"type":"string"},"primary":{"type":"boolean"},"affiliation":{"type":"string"},"email":{"$ref":"#/$defs/Email"},"social":{"type":"string"}},"required":["name","primary"],"additionalProperties":false},"License":{"type":"object","properties":{"url":{"$ref":"#/$defs/URL"},"expression":{"type":"string"}},"required":["url","expression"],"additionalProperties":false},"Link":{"type":"object","properties":{"uri":{"type":"string"},"comment":{"type":"string"}},"required":["uri","comment"],"additionalProperties":false},"ProjectRepository":{"type":"object","properties":{"name":{"type":"string"},"comment":{"type":"string"},"url":{"$ref":"#/$defs/URL"}},"required":["name","comment","url"],"additionalProperties":false},"SecurityInsights":{"type":"object","properties":{"header":{"$ref":"#/$defs/Header"},"project":{"$ref":"#/$defs/Project"},"repository":{"$ref":"#/$defs/Repository"}},"required":["header"],"additionalProperties":false},"Header":{"type":"object","properties":{"last-reviewed":{"$ref":"#/$defs/Date"},"last-updated":{"$ref":"#/$defs/Date"},"schema-version":{"$ref":"#/$defs/SchemaVersion"},"url":{"$ref":"#/$defs/URL"},"comment":{"type":"string"},"project-si-source":{"$ref":"#/$defs/URL"}},"required":["last-reviewed","last-updated","schema-version","url"],"additionalProperties":false},"ProjectDocumentation":{"type":"object","properties":{"design":{"$ref":"#/$defs/URL"},"detailed-guide":{"$ref":"#/$defs/URL"},"code-of-conduct":{"$ref":"#/$defs/URL"},"quickstart-guide":{"$ref":"#/$defs/URL"},"release-process":{"$ref":"#/$defs/URL"},"support-policy":{"$ref":"#/$defs/URL"},"signature-verification":{"$ref":"#/$defs/URL"}},"additionalProperties":false},"VulnerabilityReporting":{"type":"object","properties":{"reports-accepted":{"type":"boolean"},"bug-bounty-available":{"type":"boolean"},"bug-bounty-program":{"$ref":"#/$defs/URL"},"contact":{"$ref":"#/$defs/Contact"},"comment":{"type":"string"},"policy":{"$ref":"#/$defs/URL"},"pgp-key":{"type":"string"},"in-scope":{"type":"array","items":{"type":"string"}},"out-of-scope":{"type":"array","items":{"type":"string"}}},"required":["reports-accepted","bug-bounty-available"],"additionalProperties":false},"Project":{"type":"object","properties":{"name":{"type":"string"},"homepage":{"$ref":"#/$defs/URL"},"roadmap":{"$ref":"#/$defs/URL"},"funding":{"$ref":"#/$defs/URL"},"steward":{"$ref":"#/$defs/Link"},"administrators":{"type":"array","minItems":1,"prefixItems":[{"$ref":"#/$defs/Contact"}]},"repositories":{"type":"array","minItems":1,"prefixItems":[{"$ref":"#/$defs/ProjectRepository"}]},"vulnerability-reporting":{"$ref":"#/$defs/VulnerabilityReporting"},"documentation":{"$ref":"#/$defs/ProjectDocumentation"}},"required":["name","administrators","repositories","vulnerability-reporting"],"additionalProperties":false},"SecurityToolIntegration":{"type":"object","properties":{"adhoc":{"type":"boolean"},"ci":{"type":"boolean"},"release":{"type":"boolean"}},"required":["adhoc","ci","release"],"additionalProperties":false},"SecurityToolResults":{"description":"where the tool\'s scan results are published, by how the scan runs (ad hoc, CI, release)","type":"object","properties":{"adhoc":{"$ref":"#/$defs/Attestation"},"ci":{"$ref":"#/$defs/Attestation"},"release":{"$ref":"#/$defs/Attestation"}},"additionalProperties":false},"SecurityTool":{"type":"object","properties":{"name":{"type":"string"},"type":{"enum":["fuzzing","container","secret","SCA","SAST","other"]},"version":{"type":"string"},"comment":{"type":"string"},"rulesets":{"type":"array","items":{"type":"string"}},"integration":{"$ref":"#/$defs/SecurityToolIntegration"},"results":{"$ref":"#/$defs/SecurityToolResults"}},"required":["name","type","rulesets","integration"],"additionalProperties":false},"SecurityAssessments":{"type":"object","properties":{"self":{"$ref":"#/$defs/Assessment"},"third-party":{"type":"array","items":{"$ref":"#/$defs/Assessment"}}},"required":["self"],"additionalProperties":false},"SecurityPosture":{"type":"object","properties":{"assessments":{"$ref":"#/$defs/SecurityAssessments"},"champions":{"type":"array","items":{"$ref":"#/$defs/Contact"}},"tools":{"type":"array","items":{"$ref":"#/$defs/SecurityTool"}}},"required":["assessments"],"additionalProperties":false},"RepositoryDocumentation":{"type":"object","properties":{"contributing-guide":{"$ref":"#/$defs/URL"},"dependency-management-policy":{"$ref":"#/$defs/URL"},"governance":{"$ref":"#/$defs/URL"},"review-policy":{"$ref":"#/$defs/URL"},"security-policy":{"$ref":"#/$defs/URL"}},"additionalProperties":false},"ReleaseDetails":{"type":"object","properties":{"automated-pipeline":{"type":"boolean"},"distribution-points":{"type":"array","minItems":1,"prefixItems":[{"$ref":"#/$defs/Link"}]},"changelog":{"$ref":"#/$defs/URL"},"license":{"$ref":"#/$defs/License"},"attestations":{"type":"array","items":{"$ref":"#/$defs/Attestation"}}},"required":["automated-pipeline","distribution-points"],"additionalProperties":false},"Repository":{"type":"object","properties":{"status":{"enum":["active","abandoned","concept","inactive","moved","suspended","unsupported","WIP"]},"url":{"$ref":"#/$defs/URL"},"accepts-change-request":{"type":"boolean"},"accepts-automated-change-request":{"type":"boolean"},"bug-fixes-only":{"type":"boolean"},"no-third-party-packages":{"type":"boolean"},"core-team":{"type":"array","minItems":1,"prefixItems":[{"$ref":"#/$defs/Contact"}]},"license":{"$ref":"#/$defs/License"},"security":{"$ref":"#/$defs/SecurityPosture"},"documentation":{"$ref":"#/$defs/RepositoryDocumentation"},"release":{"$ref":"#/$defs/ReleaseDetails"}},"required":["status","url","accepts-change-request","accepts-automated-change-request","core-team","license","security"],"additionalProperties":false}}}');
;// CONCATENATED MODULE: ./src/facts/security-insights/schema.ts


const SCHEMA = security_insights_2_x_schema_namespaceObject;
const SCHEMA_ID = SCHEMA.$id;
/** Schema versions of the 2.x line this module knows. */
const KNOWN_VERSIONS = ['2.0.0', '2.1.0', '2.2.0'];
const CURRENT_VERSION = '2.2.0';
/** Each definition's validator, by name ("Contact"). */
const DEFINITIONS = new Map(Object.entries(security_insights_namespaceObject)
    .filter(([k]) => k.startsWith('def_'))
    .map(([k, v]) => [k.slice('def_'.length), v]));
/** Validates a parsed document against the 2.x schema. */
function validateDocument(data) {
    const v = security_insights_document;
    return v(data) ? [] : [...(v.errors ?? [])];
}
/** Validates a value against one definition, e.g. "Contact". */
function validateDefinition(name, data) {
    const v = DEFINITIONS.get(name);
    if (!v)
        throw new Error(`unknown definition ${name}`);
    return v(data) ? [] : [...(v.errors ?? [])];
}
function resolveRef(s) {
    let cur = s;
    for (let i = 0; i < 10 && cur.$ref; i++) {
        const m = /^#\/\$defs\/(.+)$/.exec(cur.$ref);
        const next = m ? SCHEMA.$defs?.[m[1]] : undefined;
        if (!next)
            break;
        cur = next;
    }
    return cur;
}
let locations = null;
/** Every (parent, key) pair the schema allows, walking $refs (the schema has no cycles). */
function keyLocations() {
    if (locations)
        return locations;
    const out = [];
    const visit = (s, path, depth) => {
        if (depth > 20)
            return;
        const r = resolveRef(s);
        if (r.properties) {
            for (const [key, child] of Object.entries(r.properties)) {
                const def = child.$ref ? child.$ref.replace('#/$defs/', '') : undefined;
                out.push({ parent: path, key, def });
                visit(child, path === '' ? key : `${path}.${key}`, depth + 1);
            }
        }
        const item = r.prefixItems?.[0] ?? (typeof r.items === 'object' ? r.items : undefined);
        if (item)
            visit(item, `${path}[]`, depth + 1);
    };
    visit(SCHEMA, '', 0);
    locations = out;
    return out;
}
/** The object schema at a schema path ('' root, 'project.administrators[]'), or undefined. */
function schemaAt(schemaPath) {
    let cur = resolveRef(SCHEMA);
    for (const seg of splitSchemaPath(schemaPath)) {
        if (!cur)
            return undefined;
        if (seg === '[]') {
            const item = cur.prefixItems?.[0] ?? (typeof cur.items === 'object' ? cur.items : undefined);
            cur = item ? resolveRef(item) : undefined;
        }
        else {
            const p = cur.properties?.[seg];
            cur = p ? resolveRef(p) : undefined;
        }
    }
    return cur;
}
/** Splits 'a.b[].c' or 'a.b[3].c' into ['a', 'b', '[]', 'c'] (indices become []). */
function splitSchemaPath(path) {
    const out = [];
    for (const part of path.split('.')) {
        if (part === '')
            continue;
        const m = /^([^[]*)((?:\[\d*\])*)$/.exec(part);
        if (!m) {
            out.push(part);
            continue;
        }
        if (m[1])
            out.push(m[1]);
        const brackets = m[2].match(/\[\d*\]/g) ?? [];
        for (let i = 0; i < brackets.length; i++)
            out.push('[]');
    }
    return out;
}
/** The schema path of an instance path: indices replaced by []. */
function toSchemaPath(field) {
    return field.replace(/\[\d+\]/g, '[]');
}


/***/ }),

/***/ 4060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bp: () => (/* binding */ describeValue),
  df: () => (/* binding */ positionOf),
  hD: () => (/* binding */ quote),
  Eo: () => (/* binding */ validateInsights)
});

// UNUSED EXPORTS: MAX_SCHEMA_DIAGNOSTICS, pointerToField

// EXTERNAL MODULE: ./src/facts/security-insights/schema.ts + 2 modules
var schema = __webpack_require__(8795);
// EXTERNAL MODULE: ./src/facts/security-insights/parse.ts
var parse = __webpack_require__(7607);
;// CONCATENATED MODULE: ./src/facts/security-insights/suggest.ts
// "Did you mean" hints: misspelled keys (edit distance) and keys placed at the wrong level.

/** Optimal string alignment distance (Levenshtein plus adjacent transposition), bounded input. */
function editDistance(a, b) {
    a = a.slice(0, 80);
    b = b.slice(0, 80);
    const n = a.length;
    const m = b.length;
    if (n === 0)
        return m;
    if (m === 0)
        return n;
    const d = [];
    for (let i = 0; i <= n; i++)
        d.push(new Array(m + 1).fill(0));
    for (let i = 0; i <= n; i++)
        d[i][0] = i;
    for (let j = 0; j <= m; j++)
        d[0][j] = j;
    for (let i = 1; i <= n; i++) {
        for (let j = 1; j <= m; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                v = Math.min(v, d[i - 2][j - 2] + 1);
            d[i][j] = v;
        }
    }
    return d[n][m];
}
function normalize(k) {
    return k.toLowerCase().replace(/[\s_.]+/g, '-');
}
/** The closest of `candidates` to `word`, when close enough to be a likely typo. */
function closest(word, candidates) {
    const nw = normalize(word);
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        if (c === word)
            continue;
        const d = normalize(c) === nw ? 0 : editDistance(nw, normalize(c));
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    const limit = Math.max(2, Math.floor(nw.length / 4));
    return best !== undefined && bestD <= limit ? best : undefined;
}
function parentOf(schemaPath) {
    if (schemaPath === '')
        return null;
    if (schemaPath.endsWith('[]'))
        return schemaPath.slice(0, -2);
    const i = schemaPath.lastIndexOf('.');
    return i < 0 ? '' : schemaPath.slice(0, i);
}
function show(schemaPath) {
    return schemaPath === '' ? 'the top level' : `\`${schemaPath}\``;
}
/**
 * A hint for an unknown key `key` found in the object at instance path `parentField`
 * ('' for the top level), or undefined when we have nothing useful to say.
 */
function unknownKeyHint(parentField, key) {
    const sp = (0,schema/* toSchemaPath */.SI)(parentField);
    const here = (0,schema/* schemaAt */.lv)(sp);
    const allowed = Object.keys(here?.properties ?? {});
    const typo = closest(key, allowed);
    if (typo)
        return `Did you mean \`${typo}\`?`;
    const nk = normalize(key);
    const places = (0,schema/* keyLocations */.c5)().filter((l) => l.key === key || normalize(l.key) === nk);
    if (places.length === 0) {
        // A misspelled key that also sits at the wrong level.
        const near = (0,schema/* keyLocations */.c5)().filter((l) => editDistance(normalize(l.key), nk) <= 1);
        if (near.length === 1)
            return `Did you mean \`${near[0].key}\` under ${show(near[0].parent)}?`;
        return allowed.length > 0 ? `Allowed here: ${allowed.map((a) => `\`${a}\``).join(', ')}.` : undefined;
    }
    const up = parentOf(sp);
    const rank = (p) => {
        if (p === up)
            return 0; // one level up
        if (parentOf(p) === sp)
            return 1; // one level down
        if (up !== null && parentOf(p) === up)
            return 2; // under a sibling
        return 3;
    };
    const sorted = [...places].sort((a, b) => rank(a.parent) - rank(b.parent) || a.parent.length - b.parent.length);
    const best = rank(sorted[0].parent);
    const chosen = sorted.filter((p) => rank(p.parent) === best).slice(0, 3);
    const where = chosen.map((p) => `${show(p.parent)} (as \`${p.parent === '' ? p.key : `${p.parent}.${p.key}`}\`)`).join(' or ');
    const relation = ['one level up', 'one level down', 'under a sibling', 'elsewhere'][best];
    return `\`${key}\` belongs ${relation}, under ${where}.`;
}

;// CONCATENATED MODULE: ./src/facts/security-insights/validate.ts
// Schema validation with diagnostics a maintainer can act on: line, column, field path,
// what was expected, and "did you mean" hints.



/** Cap on schema diagnostics per file, so a hostile file cannot flood the report. */
const MAX_SCHEMA_DIAGNOSTICS = 200;
/** Converts a JSON pointer into a dot path, using the data to tell array indices from keys. */
function pointerToField(root, pointer, base = '') {
    if (pointer === '')
        return base;
    let field = base;
    let cur = root;
    for (const raw of pointer.split('/').slice(1)) {
        const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(cur)) {
            field = `${field}[${seg}]`;
            cur = cur[Number(seg)];
        }
        else {
            field = (0,parse/* joinPath */.uJ)(field, seg);
            cur = cur && typeof cur === 'object' && Object.hasOwn(cur, seg) ? cur[seg] : undefined;
        }
    }
    return field;
}
/** Position of a field: its key (which: 'key') or its value; falls back to the nearest ancestor. */
function positionOf(positions, field, which) {
    let f = field;
    for (let i = 0; i < 100; i++) {
        const p = positions.get(f);
        if (p)
            return which === 'key' ? p.key : p.value;
        if (f === '')
            break;
        const m = /^(.*)\[\d+\]$/.exec(f);
        if (m)
            f = m[1];
        else {
            const dot = f.lastIndexOf('.');
            f = dot < 0 ? '' : f.slice(0, dot);
        }
    }
    return { line: 1, column: 1 };
}
function describeValue(v) {
    if (v === null || v === undefined)
        return 'nothing (an empty value)';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    if (typeof v === 'string')
        return `the text ${quote(v)}`;
    if (typeof v === 'boolean')
        return `the boolean ${v}`;
    if (typeof v === 'number')
        return `the number ${v}`;
    return typeof v;
}
function quote(s) {
    const t = s.length > 80 ? `${s.slice(0, 77)}...` : s;
    return JSON.stringify(t);
}
const TYPE_WORDS = {
    string: 'text',
    boolean: 'true or false',
    object: 'a mapping of keys to values',
    array: 'a list',
    number: 'a number',
    integer: 'a whole number',
};
function valueAt(root, pointer) {
    let cur = root;
    for (const raw of pointer.split('/').slice(1)) {
        const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, seg))
            return undefined;
        cur = cur[seg];
    }
    return cur;
}
/** Renames between 2.x versions that we tolerate in files declaring the older version. */
const RENAMED_IN_2_2 = [
    { parent: 'project.vulnerability-reporting', old: 'security-policy', now: 'policy' },
];
/** Fields added in 2.2.0 (not in 2.0.0 / 2.1.0). */
const ADDED_IN_2_2 = ['project.documentation.design', 'project.vulnerability-reporting.policy'];
/** Fields added in 2.1.0 (not in 2.0.0). */
const ADDED_IN_2_1 = ['project.steward', 'project.documentation.support-policy'];
function errorsToDiagnostics(errors, root, ctx, severity, base, prefix) {
    const out = [];
    const seen = new Set();
    const patternFields = new Set(errors.filter((e) => e.keyword === 'pattern' || e.keyword === 'type').map((e) => e.instancePath));
    const older = ctx.schemaVersion === '2.0.0' || ctx.schemaVersion === '2.1.0';
    for (const e of errors) {
        // Past the cap, keep counting but skip the work of describing (hints are costly).
        if (out.length > MAX_SCHEMA_DIAGNOSTICS) {
            out.push({ severity, message: '', path: ctx.file, line: 1, column: 1 });
            continue;
        }
        const field = pointerToField(root, e.instancePath, base);
        let message;
        let at;
        let diagField = field;
        let sev = severity;
        const parentSchema = e.parentSchema;
        switch (e.keyword) {
            case 'required': {
                const missing = String(e.params.missingProperty);
                diagField = (0,parse/* joinPath */.uJ)(field, missing);
                const where = field === '' ? 'The document' : `\`${field}\``;
                const child = parentSchema?.properties?.[missing];
                const expected = child ? describeSchema(child) : 'a value';
                message = `${where} is missing the required field \`${missing}\` (expected ${expected}).`;
                at = positionOf(ctx.positions, field, 'key');
                break;
            }
            case 'additionalProperties': {
                const key = String(e.params.additionalProperty);
                diagField = (0,parse/* joinPath */.uJ)(field, key);
                at = positionOf(ctx.positions, diagField, 'key');
                const rename = RENAMED_IN_2_2.find((r) => r.parent === field && r.old === key);
                if (rename && older) {
                    sev = 'info';
                    message = `\`${diagField}\` is the ${ctx.schemaVersion} name; schema 2.2.0 renamed it \`${rename.now}\`. Accepted for a ${ctx.schemaVersion} file; rename it when you move to 2.2.0.`;
                    break;
                }
                const where = field === '' ? 'the top level' : `\`${field}\``;
                const hint = rename ? `Schema 2.2.0 renamed it \`${rename.now}\`.` : unknownKeyHint(field, key);
                message = `\`${key}\` is not a field of ${where}.${hint ? ` ${hint}` : ''}`;
                break;
            }
            case 'type': {
                const v = valueAt(root, e.instancePath);
                const want = String(e.params.type);
                message = `\`${field || '(document)'}\` must be ${TYPE_WORDS[want] ?? want}; found ${describeValue(v)}.`;
                if (want === 'array' && (typeof v === 'string' || typeof v === 'object'))
                    message += ' Write it as a YAML list (lines starting with "- ").';
                if (want === 'string' && (typeof v === 'number' || typeof v === 'boolean'))
                    message += ' Quote the value to make it text.';
                at = positionOf(ctx.positions, field, 'value');
                break;
            }
            case 'pattern':
            case 'format': {
                if (e.keyword === 'format' && patternFields.has(e.instancePath))
                    continue;
                const v = valueAt(root, e.instancePath);
                const desc = parentSchema?.description ?? `text matching ${String(e.params.pattern ?? '')}`;
                const real = e.keyword === 'format' ? 'a real calendar date, written YYYY-MM-DD' : desc;
                message = `\`${field}\` must be ${real}; found ${describeValue(v)}.`;
                at = positionOf(ctx.positions, field, 'value');
                break;
            }
            case 'enum': {
                const v = valueAt(root, e.instancePath);
                const allowed = (e.params.allowedValues ?? []).map(String);
                const ci = typeof v === 'string' ? allowed.find((a) => a.toLowerCase() === v.toLowerCase()) : undefined;
                message = `\`${field}\` must be one of ${allowed.map((a) => `\`${a}\``).join(', ')}; found ${describeValue(v)}.${ci ? ` Did you mean \`${ci}\`?` : ''}`;
                at = positionOf(ctx.positions, field, 'value');
                break;
            }
            case 'minItems':
                message = `\`${field}\` must list at least one entry.`;
                at = positionOf(ctx.positions, field, 'key');
                break;
            default:
                message = `\`${field || '(document)'}\` ${e.message ?? 'does not meet the schema'}.`;
                at = positionOf(ctx.positions, field, 'value');
        }
        const dedupe = `${diagField}|${message}`;
        if (seen.has(dedupe))
            continue;
        seen.add(dedupe);
        out.push({ severity: sev, message: prefix + message, path: ctx.file, line: at.line, column: at.column, field: diagField || undefined });
    }
    return out;
}
function describeSchema(s) {
    const r = (0,schema/* resolveRef */.qE)(s);
    if (r.description)
        return r.description;
    if (r.enum)
        return `one of ${r.enum.map((v) => `\`${String(v)}\``).join(', ')}`;
    if (r.type === 'array')
        return 'a list';
    if (r.type === 'object')
        return 'a mapping';
    return r.type ? (TYPE_WORDS[r.type] ?? r.type) : 'a value';
}
/** Arrays written [#X, ...] in CUE: schema path (no indices) and the item definition. */
function openTupleLists() {
    const out = [];
    const visit = (s, path, depth) => {
        if (depth > 12)
            return;
        const r = (0,schema/* resolveRef */.qE)(s);
        for (const [k, child] of Object.entries(r.properties ?? {})) {
            const p = (0,parse/* joinPath */.uJ)(path, k);
            const c = (0,schema/* resolveRef */.qE)(child);
            if (c.prefixItems?.[0]?.$ref)
                out.push({ field: p, def: c.prefixItems[0].$ref.replace('#/$defs/', '') });
            else if (c.type === 'object' || c.properties)
                visit(child, p, depth + 1);
        }
    };
    visit(schema/* SCHEMA */.yx, '', 0);
    return out;
}
let tupleLists = null;
function getPath(root, field) {
    let cur = root;
    for (const seg of field.split('.')) {
        if (cur === null || typeof cur !== 'object' || Array.isArray(cur) || !Object.hasOwn(cur, seg))
            return undefined;
        cur = cur[seg];
    }
    return cur;
}
/** Validates a parsed 2.x document. */
function validateInsights(data, ctx) {
    const errors = (0,schema/* validateDocument */.mv)(data);
    let diagnostics = errorsToDiagnostics(errors, data, ctx, 'error', '', '');
    const valid = !diagnostics.some((d) => d.severity === 'error');
    // The documented intent that CUE does not enforce: every entry of a [#X, ...] list is an X.
    tupleLists ??= openTupleLists();
    for (const { field, def } of tupleLists) {
        const list = getPath(data, field);
        if (!Array.isArray(list))
            continue;
        for (let i = 1; i < list.length && i < 1000; i++) {
            const errs = (0,schema/* validateDefinition */.Gt)(def, list[i]);
            if (errs.length === 0)
                continue;
            diagnostics.push(...errorsToDiagnostics(errs, list[i], ctx, 'warning', `${field}[${i}]`, `The specification says every entry of \`${field}\` is a ${def} (schema.cue checks only the first, so this does not make the file invalid): `));
        }
    }
    // Version-specific notes for files that declare an older 2.x version.
    if (ctx.schemaVersion === '2.0.0' || ctx.schemaVersion === '2.1.0') {
        const added = ctx.schemaVersion === '2.0.0' ? [...ADDED_IN_2_1, ...ADDED_IN_2_2] : ADDED_IN_2_2;
        for (const f of added) {
            if (getPath(data, f) === undefined)
                continue;
            const p = positionOf(ctx.positions, f, 'key');
            diagnostics.push({
                severity: 'info',
                message: `\`${f}\` is not part of schema ${ctx.schemaVersion}, which the header declares; set \`header.schema-version\` to 2.2.0.`,
                path: ctx.file,
                line: p.line,
                column: p.column,
                field: f,
            });
        }
    }
    if (diagnostics.length > MAX_SCHEMA_DIAGNOSTICS) {
        const dropped = diagnostics.length - MAX_SCHEMA_DIAGNOSTICS;
        diagnostics = diagnostics.slice(0, MAX_SCHEMA_DIAGNOSTICS);
        diagnostics.push({ severity: 'info', message: `${dropped} more schema findings were not listed.`, path: ctx.file, line: 1, column: 1 });
    }
    return { valid, diagnostics };
}


/***/ }),

/***/ 6349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O4: () => (/* binding */ evaluateExpression)
/* harmony export */ });
/* unused harmony exports parseExpression, isApproved */
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6137);
// SPDX license expressions (SPDX spec, annex D): ids, "+", WITH exceptions, AND, OR, parentheses.
// Enough to decide whether an expression as a whole is OSI/FSF acceptable:
//   OR  \u2013 acceptable when any side is (the recipient may choose it),
//   AND \u2013 acceptable when every side is,
//   WITH \u2013 judged by the base license (exceptions only add permissions).

const MAX_EXPRESSION_LENGTH = 1000;
const MAX_DEPTH = 32;
function tokenize(expr) {
    const out = [];
    const re = /\(|\)|[A-Za-z0-9][A-Za-z0-9.+:-]*/y;
    let pos = 0;
    for (;;) {
        while (pos < expr.length && /\s/.test(expr[pos]))
            pos++;
        if (pos >= expr.length)
            break;
        re.lastIndex = pos;
        const m = re.exec(expr);
        if (!m)
            return null;
        pos = re.lastIndex;
        const w = m[0];
        const lw = w.toLowerCase();
        if (w === '(' || w === ')')
            out.push({ t: w });
        else if (lw === 'and' || lw === 'or' || lw === 'with')
            out.push({ t: lw });
        else
            out.push({ t: 'id', v: w });
    }
    return out;
}
/** Parses an SPDX expression; null when it is not one (free text, unbalanced parentheses, ...). */
function parseExpression(expr) {
    if (expr.length === 0 || expr.length > MAX_EXPRESSION_LENGTH)
        return null;
    const tokens = tokenize(expr);
    if (!tokens || tokens.length === 0)
        return null;
    let i = 0;
    const peek = () => tokens[i];
    // or := and ("OR" and)* ; and := with ("AND" with)* ; with := atom ("WITH" id)? ; atom := id | "(" or ")"
    function parseOr(depth) {
        let left = parseAnd(depth);
        while (left && peek()?.t === 'or') {
            i++;
            const right = parseAnd(depth);
            if (!right)
                return null;
            left = { kind: 'or', left, right };
        }
        return left;
    }
    function parseAnd(depth) {
        let left = parseWith(depth);
        while (left && peek()?.t === 'and') {
            i++;
            const right = parseWith(depth);
            if (!right)
                return null;
            left = { kind: 'and', left, right };
        }
        return left;
    }
    function parseWith(depth) {
        const atom = parseAtom(depth);
        if (!atom)
            return null;
        if (peek()?.t === 'with') {
            i++;
            const ex = peek();
            if (atom.kind !== 'license' || !ex || ex.t !== 'id')
                return null;
            i++;
            return { ...atom, exception: ex.v };
        }
        return atom;
    }
    function parseAtom(depth) {
        if (depth > MAX_DEPTH)
            return null;
        const tok = peek();
        if (!tok)
            return null;
        if (tok.t === '(') {
            i++;
            const inner = parseOr(depth + 1);
            if (!inner || peek()?.t !== ')')
                return null;
            i++;
            return inner;
        }
        if (tok.t !== 'id')
            return null;
        i++;
        // "GPL-2.0+" is itself a (deprecated) list id; otherwise a trailing + means "or later".
        const plus = tok.v.endsWith('+') && (0,_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .licenseInfo */ .mY)(tok.v) === null;
        return { kind: 'license', id: plus ? tok.v.slice(0, -1) : tok.v, plus };
    }
    const node = parseOr(0);
    if (!node || i !== tokens.length)
        return null;
    return node;
}
function evaluateNode(node, unknown, ids) {
    if (node.kind === 'license') {
        const info = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .licenseInfo */ .mY)(node.id);
        const id = info?.id ?? node.id;
        ids.push(id);
        if (!info)
            unknown.push(node.id);
        const osi = info?.osiApproved ?? false;
        const fsf = info?.fsfLibre ?? false;
        const text = `${id}${node.plus ? '+' : ''}${node.exception ? ` WITH ${node.exception}` : ''}`;
        return { approved: osi || fsf, osi, fsf, text };
    }
    const l = evaluateNode(node.left, unknown, ids);
    const r = evaluateNode(node.right, unknown, ids);
    const wrap = (e, child) => (child.kind !== 'license' && child.kind !== node.kind ? `(${e.text})` : e.text);
    const text = `${wrap(l, node.left)} ${node.kind.toUpperCase()} ${wrap(r, node.right)}`;
    if (node.kind === 'or')
        return { approved: l.approved || r.approved, osi: l.osi || r.osi, fsf: l.fsf || r.fsf, text };
    return { approved: l.approved && r.approved, osi: l.osi && r.osi, fsf: l.fsf && r.fsf, text };
}
/** Evaluates an SPDX expression for OSI/FSF acceptability; null when the text is not an expression. */
function evaluateExpression(expr) {
    const node = parseExpression(expr.trim());
    if (!node)
        return null;
    const unknownIds = [];
    const ids = [];
    const e = evaluateNode(node, unknownIds, ids);
    return { expression: e.text, approved: e.approved, osiApproved: e.osi, fsfLibre: e.fsf, unknownIds, ids };
}
/**
 * Whether an SPDX id or expression (Security Insights `license.expression`, package.json
 * "license", Cargo "license", ...) is OSI-approved or FSF free. Unknown ids and malformed
 * expressions are not approved.
 */
function isApproved(spdxIdOrExpression) {
    return evaluateExpression(spdxIdOrExpression)?.approved ?? false;
}


/***/ }),

/***/ 6137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kf: () => (/* binding */ FSF_LIBRE_IDS),
  oT: () => (/* binding */ isDeprecated),
  mY: () => (/* binding */ licenseInfo)
});

// UNUSED EXPORTS: DEPRECATED_IDS, canonicalId

// EXTERNAL MODULE: ./node_modules/spdx-license-list/index.js
var spdx_license_list = __webpack_require__(5456);
;// CONCATENATED MODULE: ./src/facts/spdx/fsf-libre.json
const fsf_libre_namespaceObject = /*#__PURE__*/JSON.parse('{"dK":["AGPL-1.0","Apache-1.0","BitTorrent-1.1","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","BSD-3-Clause-Clear","BSD-4-Clause","CC-BY-4.0","CC-BY-SA-4.0","CC0-1.0","CECILL-2.0","CECILL-B","CECILL-C","ClArtistic","Condor-1.1","eCos-2.0","FSFAP","FTL","GFDL-1.1","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3","GFDL-1.3-only","GFDL-1.3-or-later","gnuplot","IJG","iMatix","Imlib2","LPPL-1.2","LPPL-1.3a","NOSL","NPL-1.0","NPL-1.1","Nunit","ODbL-1.0","OFL-1.0","OLDAP-2.3","OLDAP-2.7","OpenSSL","OSL-1.1","Ruby","SGI-B-2.0","SMLNJ","StandardML-NJ","Vim","WTFPL","X11","XFree86-1.1","xinetd","YPL-1.1","Zend-2.0","Zimbra-1.3"]}');
;// CONCATENATED MODULE: ./src/facts/spdx/metadata.ts
// Small, synchronous facts about SPDX ids: known or not, OSI-approved, FSF free, deprecated.
// Uses the metadata-only list of spdx-license-list (about 120 KB, no license texts);
// the texts are prepared at build time (index-file.ts) and read by identify.ts only when needed.


/**
 * Ids the SPDX License List marks isDeprecatedLicenseId (spdx-license-list drops that flag).
 * Source: spdx/license-list-data json/licenses.json.
 */
const DEPRECATED_IDS = new Set([
    'AGPL-1.0', 'AGPL-3.0', 'BSD-2-Clause-FreeBSD', 'BSD-2-Clause-NetBSD', 'bzip2-1.0.5', 'eCos-2.0',
    'GFDL-1.1', 'GFDL-1.2', 'GFDL-1.3', 'GPL-1.0', 'GPL-1.0+', 'GPL-2.0', 'GPL-2.0+',
    'GPL-2.0-with-autoconf-exception', 'GPL-2.0-with-bison-exception', 'GPL-2.0-with-classpath-exception',
    'GPL-2.0-with-font-exception', 'GPL-2.0-with-GCC-exception', 'GPL-3.0', 'GPL-3.0+',
    'GPL-3.0-with-autoconf-exception', 'GPL-3.0-with-GCC-exception', 'LGPL-2.0', 'LGPL-2.0+', 'LGPL-2.1',
    'LGPL-2.1+', 'LGPL-3.0', 'LGPL-3.0+', 'Nunit', 'StandardML-NJ', 'wxWindows',
]);
const FSF_LIBRE_IDS = new Set(fsf_libre_namespaceObject.dK);
const byLowerId = new Map();
for (const id of Object.keys(spdx_license_list))
    byLowerId.set(id.toLowerCase(), id);
/** The canonical spelling of an SPDX license id (ids match case-insensitively), or null if unknown. */
function canonicalId(id) {
    return byLowerId.get(id.trim().toLowerCase()) ?? null;
}
function isDeprecated(id) {
    return DEPRECATED_IDS.has(id) || id.endsWith('+');
}
/** Facts about one SPDX license id, or null when the id is not on the SPDX License List. */
function licenseInfo(id) {
    const canon = canonicalId(id);
    if (!canon)
        return null;
    const entry = spdx_license_list[canon];
    return {
        id: canon,
        name: entry.name,
        osiApproved: entry.osiApproved === true,
        fsfLibre: FSF_LIBRE_IDS.has(canon) || isFsfLibreByFamily(canon),
        deprecated: isDeprecated(canon),
    };
}
/**
 * The FSF judges a license, not SPDX's version-choice spelling of it: when the SPDX list flags the
 * bare id (AGPL-1.0) as FSF free, the -only / -or-later / + spellings of the same text are too.
 */
function isFsfLibreByFamily(id) {
    const m = /^(.*?)(-only|-or-later|\+)$/.exec(id);
    return m !== null && FSF_LIBRE_IDS.has(m[1]);
}


/***/ }),

/***/ 2793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lk: () => (/* binding */ XDOC_TOPIC),
/* harmony export */   hH: () => (/* binding */ XDOC_PAGE),
/* harmony export */   hV: () => (/* binding */ xdocToMarkdown)
/* harmony export */ });
/* harmony import */ var _html_comments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3601);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7177);
// Maven xdoc pages (src/site/xdoc/*.xml, XDOC 2.0), read by the Markdown outline reader as
// reStructuredText and AsciiDoc are: each line is rewritten, line for line, into the Markdown that
// means the same to the outline. `<section name="\u2026">` and `<subsection name="\u2026">` become ATX
// headings (## and ###), `<h1>`\u2026`<h5>` headings one level below their number, the `<title>` of the
// properties the page's title, `<source>` and `<pre>` blocks fenced code (inline `<code>` stays
// prose), `<a href="\u2026">text</a>` Markdown links, `<li>` list items; other tags are dropped and
// entities decoded. Comments are blanked first. Apache Commons keeps its download, issue tracking
// and security pages in xdoc (apache/commons-lang's download_lang.xml: "you must verify the
// integrity of the downloaded files using signatures"). Linear: indexOf scans, each line a bounded
// number of times.


/** A page of the Maven site's xdoc folder (src/site/xdoc/download_lang.xml). */
const XDOC_PAGE = /^src\/site\/xdoc\/[^/]+\.xml$/i;
/**
 * The xdoc pages read, as site pages (documents.ts): those the rules ask for, on downloading and verifying releases, on
 * reporting issues (commons-lang's download_lang.xml, issue-tracking.xml) and the security page that lists the
 * vulnerabilities fixed (commons-io's security.xml, a subsection per CVE), and the pages the site keeps its user guide in
 * (commons-lang's userguide.xml, commons-compress's examples.xml, commons-io's description.xml: each titled "User Guide";
 * OSPS-DO-01.01 counts one only by that title). Not the home page, upgrade notes, articles or the project's original
 * proposal, whose "Using a Mirror" or "Examples" would read as a user guide.
 */
const XDOC_TOPIC = /^src\/site\/xdoc\/(?:download[\w-]{0,40}|issue[-_]?tracking|security|user[-_]?guide|examples|description|usage|getting[-_]?started|quick[-_]?start|tutorial)\.xml$/i;
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
/** Character references decoded: the named few of XML and HTML's &nbsp;, and numeric ones. */
function decode(text) {
    if (!text.includes('&'))
        return text;
    return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,6});/gi, (m, ref) => {
        if (ref[0] !== '#')
            return ENTITIES[ref.toLowerCase()] ?? m;
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    });
}
/** The value of attribute `name` in a start tag's text (`<section name="Overview">`), or null. */
function attribute(tag, name) {
    let at = tag.indexOf(`${name}=`);
    while (at > 0 && !/\s/.test(tag[at - 1]))
        at = tag.indexOf(`${name}=`, at + 1);
    if (at < 0)
        return null;
    const q = tag[at + name.length + 1];
    if (q !== '"' && q !== "'")
        return null;
    const end = tag.indexOf(q, at + name.length + 2);
    return end < 0 ? null : tag.slice(at + name.length + 2, end);
}
/** The tag's name, lower case, without a leading slash: `a` for `<a href=\u2026>`, `section` for `</section>`. */
function tagName(tag) {
    let i = tag[1] === '/' ? 2 : 1;
    const start = i;
    while (i < tag.length && /[\w:-]/.test(tag[i]))
        i++;
    return tag.slice(start, i).toLowerCase();
}
/** Tags that start a block of code, whose lines are kept as they are. */
const CODE_BLOCKS = new Set(['source', 'pre']);
/**
 * One line of prose: links made Markdown, list items marked, headings written, other tags dropped.
 * `heading` is set when the line opens a section (its level and text).
 */
function proseLine(line) {
    let out = '';
    let heading = null;
    let href = null;
    let linkText = '';
    let opensCode = null;
    let opensTag = false;
    let at = 0;
    while (at < line.length) {
        const open = line.indexOf('<', at);
        const textEnd = open < 0 ? line.length : open;
        const text = line.slice(at, textEnd);
        if (href !== null)
            linkText += text;
        else
            out += text;
        if (open < 0)
            break;
        const close = line.indexOf('>', open);
        if (close < 0) {
            // A start tag whose attributes go on to the next line: the rest of this line is inside it.
            opensTag = true;
            break;
        }
        const tag = line.slice(open, close + 1);
        const name = tagName(tag);
        const end = tag[1] === '/';
        at = close + 1;
        if (name === 'section' || name === 'subsection') {
            const title = end ? null : attribute(tag, 'name');
            if (title !== null)
                heading = { level: name === 'section' ? 2 : 3, text: decode(title).trim() };
        }
        else if (/^h[1-5]$/.test(name) && !end) {
            const closeTag = line.indexOf(`</${name}>`, at);
            const inner = line.slice(at, closeTag < 0 ? line.length : closeTag);
            heading = { level: Number(name[1]) + 1, text: decode(inner.replace(/<[^<>]*>/g, '')).trim() };
            at = closeTag < 0 ? line.length : closeTag + name.length + 3;
        }
        else if (name === 'title' && !end) {
            const closeTag = line.indexOf('</title>', at);
            if (closeTag >= 0) {
                heading = { level: 1, text: decode(line.slice(at, closeTag)).trim() };
                at = closeTag + 8;
            }
        }
        else if (name === 'a') {
            if (end) {
                if (href !== null)
                    out += `[${linkText.trim()}](${href})`;
                href = null;
                linkText = '';
            }
            else {
                const target = attribute(tag, 'href');
                if (target !== null && target !== '') {
                    href = decode(target).trim();
                    linkText = '';
                }
            }
        }
        else if (name === 'li' && !end)
            out += ' - ';
        else if (name === 'br' || name === 'p' || name === 'td' || name === 'th' || name === 'dd' || name === 'dt')
            out += ' ';
        else if (CODE_BLOCKS.has(name) && !end) {
            const closeTag = line.indexOf(`</${name}>`, at);
            if (closeTag < 0) {
                opensCode = name;
                break;
            }
            out += `\`${line.slice(at, closeTag).replace(/`/g, "'")}\``;
            at = closeTag + name.length + 3;
        }
    }
    if (href !== null)
        out += `[${linkText.trim()}](${href})`;
    const text = decode(out).replace(/\s+/g, ' ').trim();
    // A line of prose that would read as Markdown syntax of its own (a heading, a quote, a fence) is escaped.
    return { text: /^[#>`~=|]/.test(text) ? `\\${text}` : text, heading, opensCode, opensTag };
}
/** The Markdown an xdoc page means, line for line. */
function xdocToMarkdown(text) {
    const lines = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .splitLines */ .uz)((0,_html_comments_js__WEBPACK_IMPORTED_MODULE_1__/* .blankComments */ .$)(text));
    const out = new Array(lines.length).fill('');
    let inCode = null;
    /** Inside a start tag whose attributes span lines (`<document xmlns=\u2026` then `xsi:schemaLocation=\u2026>`). */
    let inTag = false;
    /** Inside the page's `<properties>`: only its `<title>` is read (the author is no prose of the page). */
    let inProperties = false;
    for (let i = 0; i < lines.length; i++) {
        let line = lines[i].length > _markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_LINE */ .MV ? lines[i].slice(0, _markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_LINE */ .MV) : lines[i];
        if (inTag) {
            const close = line.indexOf('>');
            if (close < 0)
                continue;
            inTag = false;
            line = line.slice(close + 1);
        }
        if (inProperties) {
            if (line.includes('</properties>'))
                inProperties = false;
            const title = proseLine(line).heading;
            if (title?.level === 1 && title.text !== '')
                out[i] = `# ${title.text}`;
            continue;
        }
        if (line.includes('<properties>')) {
            inProperties = !line.includes('</properties>');
            continue;
        }
        if (inCode !== null) {
            const close = line.indexOf(`</${inCode}>`);
            if (close >= 0) {
                out[i] = _markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .CONVERTED_FENCE */ .V$;
                inCode = null;
            }
            else
                out[i] = decode(line);
            continue;
        }
        const p = proseLine(line);
        if (p.heading && p.heading.text !== '')
            out[i] = `${'#'.repeat(Math.min(6, p.heading.level))} ${p.heading.text.replace(/\s+/g, ' ')}`;
        else
            out[i] = p.text;
        // A block of code opened on the line and left open: the fence stands for the line (prose before it on the line is left out).
        if (p.opensCode !== null) {
            inCode = p.opensCode;
            out[i] = _markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .CONVERTED_FENCE */ .V$;
        }
        inTag = p.opensTag;
    }
    return out.join('\n');
}


/***/ }),

/***/ 6553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ compareNatural),
/* harmony export */   n: () => (/* binding */ compareText)
/* harmony export */ });
// Orders of text every room shares, without ICU: a collator costs 7-10 ms to make on a run's first
// comparison (new Intl.Collator, localeCompare), and its order follows the machine's locale; these
// are the same on every machine.
const A = 65;
const Z = 90;
function foldedAt(s, i) {
    const c = s.charCodeAt(i);
    return c >= A && c <= Z ? c + 32 : c;
}
/** ASCII letters compared ignoring case first (`build.gradle` before `Pipfile`), then code unit by code unit. */
function compareText(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const d = foldedAt(a, i) - foldedAt(b, i);
        if (d !== 0)
            return d;
    }
    if (a.length !== b.length)
        return a.length - b.length;
    return a < b ? -1 : a > b ? 1 : 0;
}
function isDigit(c) {
    return c >= 48 && c <= 57;
}
/** compareText with each run of digits compared as a number (`v1.9` before `v1.10`). */
function compareNatural(a, b) {
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        if (isDigit(a.charCodeAt(i)) && isDigit(b.charCodeAt(j))) {
            let ei = i;
            let ej = j;
            while (ei < a.length && isDigit(a.charCodeAt(ei)))
                ei++;
            while (ej < b.length && isDigit(b.charCodeAt(ej)))
                ej++;
            // Leading zeros aside, the longer run is the larger number; runs of a length compare as text.
            let si = i;
            let sj = j;
            while (si < ei - 1 && a.charCodeAt(si) === 48)
                si++;
            while (sj < ej - 1 && b.charCodeAt(sj) === 48)
                sj++;
            const d = ei - si - (ej - sj) || (a.slice(si, ei) < b.slice(sj, ej) ? -1 : a.slice(si, ei) > b.slice(sj, ej) ? 1 : 0);
            if (d !== 0)
                return d;
            i = ei;
            j = ej;
            continue;
        }
        const d = foldedAt(a, i) - foldedAt(b, j);
        if (d !== 0)
            return d;
        i++;
        j++;
    }
    return a.length - i - (b.length - j) || compareText(a, b);
}


/***/ })

};
