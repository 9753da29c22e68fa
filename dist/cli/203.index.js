export const id = 203;
export const ids = [203];
export const modules = {

/***/ 203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluate: () => (/* binding */ evaluate)
});

;// CONCATENATED MODULE: ./src/facts/artifacts.ts
/** Text files by extension are not sniffed: a repository of 100,000 sources must stay fast. */
const TEXT_EXT = new Set(('md markdown mdx txt rst adoc json jsonc json5 yaml yml toml ini cfg conf xml html htm css scss sass less svg csv tsv ' +
    'js mjs cjs jsx ts mts cts tsx vue svelte py pyi rb go rs c h cc cpp cxx hpp hh java kt kts scala groovy gradle cs fs vb ' +
    'swift m mm php pl pm r jl lua sh bash zsh fish ps1 psm1 bat cmd sql graphql gql proto thrift tf hcl nix dart ex exs erl hrl ' +
    'hs elm clj cljs edn lisp el vim cue rego tmpl tpl j2 mustache hbs ejs erb liquid properties env lock mod sum gitignore ' +
    'gitattributes editorconfig dockerignore npmrc nvmrc tex bib org diff patch log in am ac m4 cmake mk make').split(' '));
const MEDIA_EXT = new Set(('png jpg jpeg gif webp bmp ico icns tif tiff avif heic psd xcf ai eps pdf woff woff2 ttf otf eot mp3 wav ogg flac m4a ' +
    'mp4 webm mov avi mkv').split(' '));
const EXECUTABLE_EXT = {
    exe: 'Windows executable', dll: 'Windows library', so: 'shared library', dylib: 'macOS library', o: 'object file',
    obj: 'object file', a: 'static library', lib: 'static library', class: 'Java class file', pyc: 'Python bytecode',
    pyo: 'Python bytecode', wasm: 'WebAssembly module', jar: 'Java archive', war: 'Java web archive', ear: 'Java archive',
    apk: 'Android package', aar: 'Android archive', dex: 'Dalvik bytecode', elf: 'ELF executable', bin: 'binary image',
    msi: 'Windows installer', deb: 'Debian package', rpm: 'RPM package', nupkg: 'NuGet package', whl: 'Python wheel',
    gem: 'Ruby gem', node: 'Node.js native addon',
};
const ARCHIVE_EXT = {
    zip: 'ZIP archive', tar: 'tar archive', gz: 'gzip archive', tgz: 'gzip archive', bz2: 'bzip2 archive', xz: 'xz archive',
    '7z': '7-Zip archive', rar: 'RAR archive', zst: 'zstd archive', iso: 'disk image', dmg: 'disk image', img: 'disk image',
};
function gatherArtifacts(snap) {
    const executables = [];
    const binaries = [];
    let media = 0;
    let inspected = 0;
    for (const f of snap.files) {
        if (f.kind === 'symlink' || f.kind === 'submodule')
            continue;
        const base = f.path.slice(f.path.lastIndexOf('/') + 1);
        const dot = base.lastIndexOf('.');
        const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
        if (TEXT_EXT.has(ext) && f.kind !== 'executable')
            continue;
        inspected++;
        const found = snap.peek(f.path, (head) => classify(head, ext));
        if (found === null || found === 'text')
            continue;
        if (found === 'media')
            media++;
        else if (found.executable)
            executables.push({ path: f.path, what: found.what });
        else
            binaries.push({ path: f.path, what: found.what });
    }
    return { executables, binaries, media, inspected };
}
function classify(head, ext) {
    if (head.length === 0)
        return 'text';
    const magic = sniffExecutable(head);
    if (magic)
        return { executable: true, what: magic };
    if (!head.includes(0) && !(ext in EXECUTABLE_EXT) && !(ext in ARCHIVE_EXT))
        return 'text';
    if (MEDIA_EXT.has(ext) || sniffMedia(head))
        return 'media';
    if (ext in EXECUTABLE_EXT)
        return { executable: true, what: EXECUTABLE_EXT[ext] };
    const archive = ARCHIVE_EXT[ext] ?? sniffArchive(head);
    return { executable: false, what: archive ?? 'binary file of unrecognised type' };
}
function sniffExecutable(h) {
    if (h.length >= 4 && h[0] === 0x7f && h[1] === 0x45 && h[2] === 0x4c && h[3] === 0x46)
        return 'ELF executable or library';
    if (h.length >= 64 && h[0] === 0x4d && h[1] === 0x5a) {
        const pe = h.readUInt32LE(0x3c);
        if (pe + 4 <= h.length && h.toString('latin1', pe, pe + 4) === 'PE\0\0')
            return 'Windows PE executable or library';
    }
    if (h.length >= 4) {
        const be = h.readUInt32BE(0);
        if (be === 0xfeedface || be === 0xfeedfacf || be === 0xcefaedfe || be === 0xcffaedfe)
            return 'Mach-O executable or library';
        if (be === 0xcafebabe)
            return h.length >= 8 && h.readUInt16BE(6) >= 45 ? 'Java class file' : 'Mach-O universal binary';
        if (be === 0x0061736d)
            return 'WebAssembly module';
        if (be === 0x6465780a)
            return 'Dalvik bytecode';
    }
    if (h.length >= 8 && h.toString('latin1', 0, 8) === '!<arch>\n')
        return 'static library (ar archive)';
    return null;
}
function sniffMedia(h) {
    const s = h.toString('latin1', 0, Math.min(12, h.length));
    return (s.startsWith('\x89PNG') || s.startsWith('\xff\xd8\xff') || s.startsWith('GIF8') || s.startsWith('%PDF') ||
        (s.startsWith('RIFF') && (s.slice(8, 12) === 'WEBP' || s.slice(8, 12) === 'WAVE')) || s.startsWith('wOFF') ||
        s.startsWith('wOF2') || s.startsWith('OggS') || s.startsWith('ID3') || s.startsWith('\x00\x00\x01\x00') ||
        s.startsWith('\x00\x01\x00\x00') || s.startsWith('OTTO'));
}
function sniffArchive(h) {
    const s = h.toString('latin1', 0, Math.min(8, h.length));
    if (s.startsWith('PK\x03\x04'))
        return 'ZIP archive';
    if (s.startsWith('\x1f\x8b'))
        return 'gzip archive';
    if (s.startsWith('BZh'))
        return 'bzip2 archive';
    if (s.startsWith('\xfd7zXZ'))
        return 'xz archive';
    if (s.startsWith("7z\xbc\xaf'\x1c"))
        return '7-Zip archive';
    if (s.startsWith('Rar!'))
        return 'RAR archive';
    return null;
}

;// CONCATENATED MODULE: ./src/facts/markdown.ts
// A small Markdown outline reader: headings with the size of their sections, links and
// e-mail addresses, with line numbers. Enough to tell "a section that tells the reader how"
// from a bare mention, in time linear in the document.
const MAX_HEADINGS = 10_000;
const MAX_LINKS = 10_000;
const MAX_LINE = 10_000;
const LINK_RE = /\[([^\]\n]{0,300})\]\(\s*<?([^)\s>]{1,2000})>?(?:\s+"[^"]*")?\s*\)/g;
const AUTOLINK_RE = /<((?:https?|mailto):[^>\s]{1,2000})>/g;
const BARE_URL_RE = /(?<![(<"'=\w])(https?:\/\/[^\s)<>\]"'`]{3,2000})/g;
const EMAIL_RE = /(?<![\w.+-])([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24})(?![\w-])/g;
const HTML_HEADING_RE = /^\s*<h([1-6])[^>]*>(.*?)<\/h\1>\s*$/i;
function parseMarkdown(text) {
    const lines = text.split(/\r\n|\r|\n/);
    const headings = [];
    const links = [];
    const emails = [];
    // Per line: chars of prose (0 for headings, code, blank), and whether the line is a list item of links.
    let inFence = null;
    let proseChars = 0;
    let current = null;
    const bodies = [];
    const openHeading = (level, raw, lineNo) => {
        if (headings.length >= MAX_HEADINGS)
            return;
        const h = { level, text: cleanHeading(raw), line: lineNo, ownChars: 0, sectionChars: 0, linkListOnly: false };
        headings.push(h);
        current = { h, linkLines: 0, otherLines: 0 };
        bodies.push(current);
    };
    for (let i = 0; i < lines.length; i++) {
        let line = lines[i];
        if (line.length > MAX_LINE)
            line = line.slice(0, MAX_LINE);
        const lineNo = i + 1;
        const fence = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
        if (inFence !== null) {
            if (fence && fence[1][0] === inFence[0] && fence[1].length >= inFence.length)
                inFence = null;
            continue;
        }
        if (fence) {
            inFence = fence[1];
            continue;
        }
        const atx = /^\s{0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/.exec(line);
        if (atx) {
            openHeading(atx[1].length, atx[2] ?? '', lineNo);
            continue;
        }
        const html = HTML_HEADING_RE.exec(line);
        if (html) {
            openHeading(Number(html[1]), html[2].replace(/<[^>]*>/g, ''), lineNo);
            continue;
        }
        const next = lines[i + 1];
        if (next !== undefined && line.trim() !== '' && /^\s{0,3}(=+|-+)\s*$/.test(next) && !/^\s*([-*+]|\d+\.)\s/.test(line)) {
            openHeading(next.trim()[0] === '=' ? 1 : 2, line, lineNo);
            i++;
            continue;
        }
        if (links.length < MAX_LINKS)
            collectLinks(line, lineNo, links);
        if (emails.length < MAX_LINKS)
            collectEmails(line, lineNo, emails);
        const chars = line.replace(/\s+/g, '').length;
        if (chars === 0)
            continue;
        proseChars += chars;
        if (current !== null) {
            const c = current;
            c.h.ownChars += chars;
            if (/^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]*\]\([^)]*\)\s*$/.test(line))
                c.linkLines++;
            else
                c.otherLines++;
        }
    }
    for (const b of bodies)
        b.h.linkListOnly = b.linkLines > 0 && b.otherLines === 0;
    // Section sizes: a heading's own chars plus those of every deeper heading that follows it.
    const stack = [];
    for (const h of headings) {
        while (stack.length > 0 && stack[stack.length - 1].level >= h.level)
            stack.pop();
        for (const parent of stack)
            parent.sectionChars += h.ownChars;
        h.sectionChars += h.ownChars;
        stack.push(h);
    }
    return { headings, links, emails, lineCount: lines.length, proseChars };
}
function cleanHeading(raw) {
    return raw
        .replace(/<[^>]*>/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*_`]/g, '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 300);
}
function collectLinks(line, lineNo, out) {
    for (const m of line.matchAll(LINK_RE))
        out.push({ text: m[1].trim(), target: m[2], line: lineNo, column: (m.index ?? 0) + 1 });
    for (const m of line.matchAll(AUTOLINK_RE))
        out.push({ text: m[1], target: m[1], line: lineNo, column: (m.index ?? 0) + 1 });
    for (const m of line.matchAll(BARE_URL_RE)) {
        const target = m[1].replace(/[.,;:!?]+$/, '');
        out.push({ text: target, target, line: lineNo, column: (m.index ?? 0) + 1 });
    }
}
function collectEmails(line, lineNo, out) {
    for (const m of line.matchAll(EMAIL_RE))
        out.push({ address: m[1], line: lineNo, column: (m.index ?? 0) + 1 });
}
/**
 * The first heading whose text matches `pattern` and whose section tells the reader something
 * (at least `minChars` of prose, not just a table of contents).
 */
function findSection(outline, pattern, minChars = 40) {
    return outline.headings.find((h) => pattern.test(h.text) && h.sectionChars >= minChars && !(h.linkListOnly && h.sectionChars === h.ownChars));
}

;// CONCATENATED MODULE: ./src/facts/documents.ts
// The project's documentation as outlines: which well-known documents exist, where, and what
// sections they have. Rules ask "is there a section that tells the reader how to X".

/** Where GitHub looks for community health files, in its order of preference. */
const COMMUNITY_DIRS = ['', '.github/', 'docs/'];
const ROLE_NAMES = [
    ['readme', /^readme(\.[a-z]+)?$/i],
    ['contributing', /^contributing(\.[a-z]+)?$/i],
    ['security', /^security(\.[a-z]+)?$/i],
    ['support', /^support(\.[a-z]+)?$/i],
    ['governance', /^governance(\.[a-z]+)?$/i],
    ['maintainers', /^(maintainers|owners|committers|codeowners-list)(\.[a-z]+)?$/i],
    ['codeowners', /^codeowners$/i],
    ['code-of-conduct', /^code[_-]of[_-]conduct(\.[a-z]+)?$/i],
    ['changelog', /^(changelog|changes|history|news|releases?|release[_-]notes)(\.[a-z]+)?$/i],
];
const TEXT_DOC = /\.(md|markdown|mdx|rst|txt|adoc|asciidoc)$/i;
const MAX_DOCS_FILES = 300;
function gatherDocuments(snap) {
    const byPath = {};
    const roles = {};
    const add = (path, role) => {
        if (!byPath[path]) {
            const r = snap.read(path);
            byPath[path] = r.ok ? { path, role, outline: parseMarkdown(r.text) } : { path, role, outline: null, unreadable: r.reason };
        }
        (roles[role] ??= []).push(path);
    };
    for (const dir of COMMUNITY_DIRS) {
        for (const f of snap.filesIn(dir)) {
            if (f.kind === 'submodule')
                continue;
            const base = f.path.slice(dir.length);
            for (const [role, re] of ROLE_NAMES) {
                if (re.test(base) && (role === 'codeowners' || TEXT_DOC.test(base) || !base.includes('.'))) {
                    add(f.path, role);
                    break;
                }
            }
        }
    }
    for (const f of snap.files) {
        if (f.kind === 'submodule')
            continue;
        if (f.path.startsWith('.github/ISSUE_TEMPLATE/') && !f.path.slice(23).includes('/'))
            add(f.path, 'issue-template');
        else if (/^(\.github\/|docs\/)?pull_request_template\.md$/i.test(f.path) || f.path.startsWith('.github/PULL_REQUEST_TEMPLATE/'))
            add(f.path, 'pull-request-template');
    }
    let docsCount = 0;
    for (const f of snap.files) {
        if (docsCount >= MAX_DOCS_FILES)
            break;
        if (f.kind === 'submodule' || byPath[f.path])
            continue;
        if (/^(docs?|documentation|website\/docs|site\/content)\//i.test(f.path) && /\.(md|markdown|mdx)$/i.test(f.path)) {
            add(f.path, 'docs');
            docsCount++;
        }
    }
    return { byPath, roles };
}
/** First readable document of a role. */
function documentOf(docs, role) {
    for (const p of docs.roles[role] ?? []) {
        const d = docs.byPath[p];
        if (d)
            return d;
    }
    return undefined;
}
function documentsOf(docs, role) {
    return (docs.roles[role] ?? []).map((p) => docs.byPath[p]).filter((d) => d !== undefined);
}

// EXTERNAL MODULE: ./src/facts/git.ts + 1 modules
var facts_git = __webpack_require__(114);
;// CONCATENATED MODULE: ./src/facts/spdx/normalize.ts
// Turns license text into comparable words: the same normalisation is applied to the text under
// test and to every reference text, so anything it throws away is thrown away on both sides.
/** Lines that state a copyright (a year, "(c)", "©" or a template placeholder right after the word). */
const COPYRIGHT_LINE = /^[ \t>*#_-]*(?:copyright\b[ \t]*(?:\(c\)|©|&copy;|\d{4}|\[|<|\{|\$)|\(c\)[ \t]*\d|©).*$/gim;
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
/** Sørensen–Dice coefficient 2|A∩B| / (|A|+|B|), probing the larger set with the smaller one. */
function dice(a, b) {
    if (a.size + b.size === 0)
        return 0;
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    const keys = small.unique;
    let common = 0;
    for (let i = 0; i < keys.length; i++)
        if (large.has(keys[i]))
            common++;
    return (2 * common) / (a.size + b.size);
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

// EXTERNAL MODULE: ./node_modules/spdx-license-list/index.js
var spdx_license_list = __webpack_require__(456);
;// CONCATENATED MODULE: ./src/facts/spdx/fsf-libre.json
const fsf_libre_namespaceObject = /*#__PURE__*/JSON.parse('{"dK":["AGPL-1.0","Apache-1.0","BitTorrent-1.1","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","BSD-3-Clause-Clear","BSD-4-Clause","CC-BY-4.0","CC-BY-SA-4.0","CC0-1.0","CECILL-2.0","CECILL-B","CECILL-C","ClArtistic","Condor-1.1","eCos-2.0","FSFAP","FTL","GFDL-1.1","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3","GFDL-1.3-only","GFDL-1.3-or-later","gnuplot","IJG","iMatix","Imlib2","LPPL-1.2","LPPL-1.3a","NOSL","NPL-1.0","NPL-1.1","Nunit","ODbL-1.0","OFL-1.0","OLDAP-2.3","OLDAP-2.7","OpenSSL","OSL-1.1","Ruby","SGI-B-2.0","SMLNJ","StandardML-NJ","Vim","WTFPL","X11","XFree86-1.1","xinetd","YPL-1.1","Zend-2.0","Zimbra-1.3"]}');
;// CONCATENATED MODULE: ./src/facts/spdx/metadata.ts
// Small, synchronous facts about SPDX ids: known or not, OSI-approved, FSF free, deprecated.
// Uses the metadata-only list of spdx-license-list (about 120 KB, no license texts);
// the 5 MB list with texts is loaded lazily by identify.ts only.


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

;// CONCATENATED MODULE: ./src/facts/spdx/expression.ts
// SPDX license expressions (SPDX spec, annex D): ids, "+", WITH exceptions, AND, OR, parentheses.
// Enough to decide whether an expression as a whole is OSI/FSF acceptable:
//   OR  – acceptable when any side is (the recipient may choose it),
//   AND – acceptable when every side is,
//   WITH – judged by the base license (exceptions only add permissions).

const MAX_EXPRESSION_LENGTH = 1000;
const MAX_DEPTH = 32;
function expression_tokenize(expr) {
    const out = [];
    const re = /\s*(\(|\)|[A-Za-z0-9][A-Za-z0-9.+:-]*)/y;
    let pos = 0;
    while (pos < expr.length) {
        if (/^\s*$/.test(expr.slice(pos)))
            break;
        re.lastIndex = pos;
        const m = re.exec(expr);
        if (!m)
            return null;
        pos = re.lastIndex;
        const w = m[1];
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
    const tokens = expression_tokenize(expr);
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
        const plus = tok.v.endsWith('+') && licenseInfo(tok.v) === null;
        return { kind: 'license', id: plus ? tok.v.slice(0, -1) : tok.v, plus };
    }
    const node = parseOr(0);
    if (!node || i !== tokens.length)
        return null;
    return node;
}
function evaluateNode(node, unknown, ids) {
    if (node.kind === 'license') {
        const info = licenseInfo(node.id);
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

;// CONCATENATED MODULE: ./src/facts/spdx/identify.ts
// Which SPDX license is this license file? For OSPS-LE-02.01 ("the license MUST meet the OSI Open
// Source Definition or the FSF Free Software Definition").
//
// 1. An "SPDX-License-Identifier: <expression>" line wins: the author said what the license is.
// 2. Otherwise the text is compared with every license text of the SPDX License List (package
//    spdx-license-list, loaded lazily: 5 MB, not wanted at CLI start-up). Both sides are normalised
//    (normalize.ts) and compared as sets of words and word pairs with the Sørensen–Dice coefficient.
// 3. A file that matches nothing as a whole is tried as several licenses one after the other,
//    cut at separator lines and license title lines (e.g. MIT text, then "Apache License").





/**
 * Minimum Sørensen–Dice similarity (words and word pairs) for a text match. Real license files
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
let loadedIndex = null;
function referenceText(id) {
    return loadedIndex?.texts.get(id) ?? null;
}
let indexPromise = null;
let lastIndexStats = null;
/** Timing of the first (lazy) load, for the performance test and diagnostics. */
function indexStats() {
    return lastIndexStats;
}
function loadIndex() {
    indexPromise ??= (async () => {
        const t0 = performance.now();
        // Dynamic import: the bundler puts the 5 MB list in its own chunk, read on first use only.
        const mod = await __webpack_require__.e(/* import() */ 403).then(__webpack_require__.t.bind(__webpack_require__, 403, 19));
        const list = mod.default;
        const t1 = performance.now();
        const licenses = [];
        const texts = new Map();
        for (const [id, entry] of Object.entries(list)) {
            if (!entry.licenseText)
                continue;
            texts.set(id, entry.licenseText);
            const sh = normalize_shingle(entry.licenseText);
            if (sh.words === 0)
                continue;
            licenses.push({
                id,
                name: entry.name,
                osi: entry.osiApproved === true,
                fsf: licenseInfo(id)?.fsfLibre ?? FSF_LIBRE_IDS.has(id),
                deprecated: isDeprecated(id),
                full: sh.full,
                fullWords: sh.words,
                terms: sh.terms,
                termsWords: sh.termsWords,
            });
        }
        lastIndexStats = { loadMs: t1 - t0, indexMs: performance.now() - t1, licenses: licenses.length };
        loadedIndex = { licenses, texts };
        return loadedIndex;
    })();
    return indexPromise;
}
function sizeBound(a, b) {
    return (2 * Math.min(a, b)) / (a + b);
}
function ratio(a, b) {
    return a === 0 || b === 0 ? 0 : Math.min(a, b) / Math.max(a, b);
}
/** All candidates worth comparing, best first. */
function rank(p, index) {
    const out = [];
    for (const lic of index.licenses) {
        let best = -1;
        let lengthRatio = 0;
        // Whole text against whole text.
        if (sizeBound(p.full.size, lic.full.size) >= PREFILTER_BOUND) {
            best = dice(p.full, lic.full);
            lengthRatio = ratio(p.words, lic.fullWords);
        }
        // Operative terms only: the how-to-apply appendix of GPL/Apache texts is often left out.
        if (lic.terms) {
            const mine = p.terms ?? p.full;
            const mineWords = p.terms ? p.termsWords : p.words;
            if (sizeBound(mine.size, lic.terms.size) >= PREFILTER_BOUND) {
                const s = dice(mine, lic.terms);
                if (s > best) {
                    best = s;
                    lengthRatio = ratio(mineWords, lic.termsWords);
                }
            }
        }
        if (best >= 0)
            out.push({ lic, score: best, lengthRatio });
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
function fromIdentifier(text) {
    const m = SPDX_LINE.exec(text);
    if (!m)
        return null;
    // Drop comment closers and trailing punctuation around the expression.
    const raw = m[1].replace(/(\*\/|-->|#\}|%>|"|'|;|,)\s*$/g, '').replace(/[.\s]+$/, '').trim();
    const verdict = evaluateExpression(raw);
    if (!verdict)
        return null;
    const single = verdict.ids.length === 1 ? licenseInfo(verdict.ids[0]) : null;
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
        const nextBlank = i + 1 >= lines.length || lines[i + 1].trim().length === 0;
        if (/^(?:[-=*_~#+]\s*){3,}$/.test(line)) {
            cuts.push(offset);
            continue;
        }
        if (!prevBlank || /[.,;:]$/.test(line) || /^(?:copyright|\(c\)|©)/i.test(line))
            continue;
        const words = line.split(/\s+/).length;
        if ((words <= 12 && /licen[cs]e|copying/i.test(line)) || (words <= 8 && nextBlank))
            cuts.push(start);
    }
    return [...new Set(cuts)].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b);
}
function matchPart(text, index) {
    const sh = normalize_shingle(text);
    if (sh.words < MIN_WORDS)
        return null;
    const ranked = rank(sh, index);
    if (!ranked[0] || !accepted(ranked[0]))
        return null;
    return { best: ranked[0], alternatives: alternativesOf(ranked), words: sh.words };
}
/** Splits the text into consecutive parts that each match a license; null when no split does. */
function splitMatch(text, index) {
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
        const r = /\S/.test(slice) ? matchPart(slice, index) : null;
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
/** The largest single license found in some prefix or suffix of the text, when no full split works. */
function partialMatch(text, index, totalWords) {
    let best = null;
    let budget = MAX_SPLIT_MATCHES / 2;
    for (const c of cutPoints(text)) {
        for (const slice of [text.slice(0, c), text.slice(c)]) {
            if (budget-- <= 0)
                return best;
            const p = matchPart(slice, index);
            if (p && (!best || p.words * p.best.score > best.words * best.best.score))
                best = p;
        }
    }
    return best && best.words < totalWords ? best : null;
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
function extraWords(text, id) {
    const reference = referenceText(id);
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
async function identifyLicense(input) {
    try {
        return await identify(input);
    }
    catch (e) {
        return none(`license identification failed: ${e instanceof Error ? e.message : String(e)}`);
    }
}
async function identify(input) {
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
    const index = await loadIndex();
    const sh = normalize_shingle(text);
    if (sh.words < MIN_WORDS)
        return none(`too little text to identify (${sh.words} words)`);
    const ranked = rank(sh, index);
    const top = ranked[0];
    let result;
    if (top && accepted(top)) {
        result = fromScored(top, alternativesOf(ranked), extraWords(text, top.lic.id));
        // A long license can absorb a short one pasted before or after it (MIT then Apache-2.0 still
        // scores ~0.96 as Apache-2.0). When part of the text is unexplained, see whether it splits.
        if (top.score < SPLIT_IF_BELOW) {
            const parts = splitMatch(text, index);
            if (parts && weightedScore(parts) > top.score)
                result = fromParts(parts);
        }
    }
    else {
        const parts = splitMatch(text, index);
        if (parts) {
            result = fromParts(parts);
        }
        else {
            const partial = partialMatch(text, index, sh.words);
            if (partial) {
                const share = partial.words / sh.words;
                result = {
                    ...fromScored(partial.best, partial.alternatives),
                    confidence: round(partial.best.score * Math.min(1, share)),
                    reason: `only part of the file (${Math.round(share * 100)}% of its words) is the ${partial.best.lic.id} text; the rest was not identified`,
                };
            }
            else if (top) {
                const why = top.score >= MATCH_THRESHOLD ? `its length differs (ratio ${top.lengthRatio.toFixed(2)})` : `${Math.round(top.score * 100)}% similar`;
                return { ...none(`no SPDX license text matches; closest is ${top.lic.id}, ${why}`), confidence: round(top.score) };
            }
            else {
                return none('no SPDX license text of similar length');
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
/** For tests and diagnostics: the closest reference texts and their scores. */
async function closestLicenses(text, count = 5) {
    const index = await loadIndex();
    const ranked = rank(shingle(text.slice(0, MAX_TEXT_CHARS)), index);
    return ranked.slice(0, count).map((s) => ({ id: s.lic.id, score: round(s.score), lengthRatio: round(s.lengthRatio) }));
}

;// CONCATENATED MODULE: ./src/facts/license.ts

const LICENSE_NAME = /^(licen[cs]e|copying|unlicense)([._-][A-Za-z0-9._-]*)?$/i;
/** Source files named like licenses (license.ts, license.go) are code, not license texts. */
const CODE_EXT = /\.(ts|tsx|js|jsx|mjs|cjs|py|go|rs|java|kt|rb|php|cs|c|h|cc|cpp|swift|scala|sh|json|ya?ml|toml|xml|tmpl|tpl|css|scss|vue|svelte|dart|ex|exs|lua|pl|sql)$/i;
function isLicenseName(base) {
    return LICENSE_NAME.test(base) && !CODE_EXT.test(base);
}
const MAX_LICENSE_FILES = 20;
async function gatherLicense(snap) {
    const found = [];
    for (const f of snap.files) {
        if (f.kind === 'submodule')
            continue;
        const first = f.path.charCodeAt(0) | 0x20; // cheap pre-filter on 100,000 paths: l, c, u or a folder named licenses
        const base = f.path.slice(f.path.lastIndexOf('/') + 1);
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
    const files = [];
    for (const { path, atRoot } of found.slice(0, MAX_LICENSE_FILES)) {
        if (!atRoot) {
            files.push({ path, atRoot, match: null });
            continue;
        }
        const r = snap.read(path);
        if (!r.ok)
            files.push({ path, atRoot, match: null, unreadable: r.reason });
        else
            files.push({ path, atRoot, match: await identifyLicense(r.text) });
    }
    return { files };
}

// EXTERNAL MODULE: ./src/facts/snapshot.ts + 1 modules
var facts_snapshot = __webpack_require__(661);
;// CONCATENATED MODULE: ./src/facts/gather.ts
// Gathers every fact once, before any rule runs.





async function gatherFacts(path, options) {
    const snapshot = facts_snapshot/* RepoSnapshot */.xC.open(path);
    const git = (0,facts_git/* gatherGitFacts */.Vs)(snapshot.root);
    const repository = options.repository ?? git.repository;
    const facts = {
        root: snapshot.root,
        files: snapshot.files,
        notes: snapshot.notes,
        git,
        context: { offline: options.offline, hasToken: Boolean(options.token), repository },
        license: await gatherLicense(snapshot),
        documents: gatherDocuments(snapshot),
        artifacts: gatherArtifacts(snapshot),
    };
    return { facts, snapshot };
}

;// CONCATENATED MODULE: ./src/catalog/osps-baseline-2026.02.19.json
const osps_baseline_2026_02_19_namespaceObject = /*#__PURE__*/JSON.parse('{"U$":"osps-baseline","rE":"2026.02.19","dd":"https://baseline.openssf.org/versions/2026-02-19","TJ":{"AC":"Access Control","BR":"Build and Release","DO":"Documentation","GV":"Governance","LE":"Legal","QA":"Quality","SA":"Security Assessment","VM":"Vulnerability Management"},"Ln":[{"id":"OSPS-AC-01.01","control":"OSPS-AC-01","family":"AC","level":1,"listedLevels":[1,2,3],"title":"Multi-factor authentication is required to read or change sensitive resources"},{"id":"OSPS-AC-02.01","control":"OSPS-AC-02","family":"AC","level":1,"listedLevels":[1,2,3],"title":"New collaborators start with the least privilege or manual assignment"},{"id":"OSPS-AC-03.01","control":"OSPS-AC-03","family":"AC","level":1,"listedLevels":[1,2,3],"title":"Direct pushes to the primary branch are blocked"},{"id":"OSPS-AC-03.02","control":"OSPS-AC-03","family":"AC","level":1,"listedLevels":[1,2,3],"title":"Deleting the primary branch is prevented or needs explicit confirmation"},{"id":"OSPS-AC-04.01","control":"OSPS-AC-04","family":"AC","level":2,"listedLevels":[2,3],"title":"CI jobs without declared permissions get the lowest permissions"},{"id":"OSPS-AC-04.02","control":"OSPS-AC-04","family":"AC","level":3,"listedLevels":[3],"title":"CI jobs are given only the permissions they need"},{"id":"OSPS-BR-01.01","control":"OSPS-BR-01","family":"BR","level":1,"listedLevels":[1,2,3],"title":"Untrusted metadata is sanitized before CI uses it"},{"id":"OSPS-BR-01.03","control":"OSPS-BR-01","family":"BR","level":1,"listedLevels":[1,2,3],"title":"CI running untrusted code has no access to privileged credentials"},{"id":"OSPS-BR-01.04","control":"OSPS-BR-01","family":"BR","level":3,"listedLevels":[3],"title":"Collaborator input to CI is sanitized before use"},{"id":"OSPS-BR-02.01","control":"OSPS-BR-02","family":"BR","level":2,"listedLevels":[2,3],"title":"Each release has a unique version identifier"},{"id":"OSPS-BR-02.02","control":"OSPS-BR-02","family":"BR","level":3,"listedLevels":[3],"title":"Every release asset is tied to the release identifier"},{"id":"OSPS-BR-03.01","control":"OSPS-BR-03","family":"BR","level":1,"listedLevels":[1,2,3],"title":"Official project channels are served only over encrypted connections"},{"id":"OSPS-BR-03.02","control":"OSPS-BR-03","family":"BR","level":1,"listedLevels":[1,2,3],"title":"Official distribution channels are authenticated against tampering in transit"},{"id":"OSPS-BR-04.01","control":"OSPS-BR-04","family":"BR","level":2,"listedLevels":[2,3],"title":"Releases carry a log of functional and security changes"},{"id":"OSPS-BR-05.01","control":"OSPS-BR-05","family":"BR","level":2,"listedLevels":[2,3],"title":"The build ingests dependencies with standard tooling"},{"id":"OSPS-BR-06.01","control":"OSPS-BR-06","family":"BR","level":2,"listedLevels":[2,3],"title":"Releases are signed or listed in a signed manifest of hashes"},{"id":"OSPS-BR-07.01","control":"OSPS-BR-07","family":"BR","level":1,"listedLevels":[1],"title":"Secrets are kept out of version control"},{"id":"OSPS-BR-07.02","control":"OSPS-BR-07","family":"BR","level":3,"listedLevels":[3],"title":"A policy governs how secrets and credentials are managed"},{"id":"OSPS-DO-01.01","control":"OSPS-DO-01","family":"DO","level":1,"listedLevels":[1,2,3],"title":"User guides cover the basic functionality"},{"id":"OSPS-DO-02.01","control":"OSPS-DO-02","family":"DO","level":1,"listedLevels":[1,2,3],"title":"Documentation explains how to report defects"},{"id":"OSPS-DO-03.01","control":"OSPS-DO-03","family":"DO","level":3,"listedLevels":[3],"title":"Documentation explains how to verify release integrity and authenticity"},{"id":"OSPS-DO-03.02","control":"OSPS-DO-03","family":"DO","level":3,"listedLevels":[3],"title":"Documentation explains how to verify who or what produced a release"},{"id":"OSPS-DO-04.01","control":"OSPS-DO-04","family":"DO","level":3,"listedLevels":[3],"title":"Documentation states the scope and duration of support per release"},{"id":"OSPS-DO-05.01","control":"OSPS-DO-05","family":"DO","level":3,"listedLevels":[3],"title":"Documentation states when releases stop receiving security updates"},{"id":"OSPS-DO-06.01","control":"OSPS-DO-06","family":"DO","level":2,"listedLevels":[2,3],"title":"Documentation explains how dependencies are selected, obtained and tracked"},{"id":"OSPS-DO-07.01","control":"OSPS-DO-07","family":"DO","level":2,"listedLevels":[2,3],"title":"Documentation explains how to build the software from source"},{"id":"OSPS-GV-01.01","control":"OSPS-GV-01","family":"GV","level":2,"listedLevels":[2,3],"title":"Members with access to sensitive resources are listed"},{"id":"OSPS-GV-01.02","control":"OSPS-GV-01","family":"GV","level":2,"listedLevels":[2,3],"title":"Roles and responsibilities of members are described"},{"id":"OSPS-GV-02.01","control":"OSPS-GV-02","family":"GV","level":1,"listedLevels":[1,2,3],"title":"There is a public place to discuss changes and usage problems"},{"id":"OSPS-GV-03.01","control":"OSPS-GV-03","family":"GV","level":1,"listedLevels":[1,2,3],"title":"The contribution process is explained"},{"id":"OSPS-GV-03.02","control":"OSPS-GV-03","family":"GV","level":2,"listedLevels":[2,3],"title":"A contributor guide sets requirements for acceptable contributions"},{"id":"OSPS-GV-04.01","control":"OSPS-GV-04","family":"GV","level":3,"listedLevels":[3],"title":"Collaborators are reviewed before they get escalated permissions"},{"id":"OSPS-LE-01.01","control":"OSPS-LE-01","family":"LE","level":2,"listedLevels":[2,3],"title":"Contributors assert their right to contribute on every commit"},{"id":"OSPS-LE-02.01","control":"OSPS-LE-02","family":"LE","level":1,"listedLevels":[1,2,3],"title":"The source code license is OSI- or FSF-approved"},{"id":"OSPS-LE-02.02","control":"OSPS-LE-02","family":"LE","level":1,"listedLevels":[1,2,3],"title":"The license of released assets is OSI- or FSF-approved"},{"id":"OSPS-LE-03.01","control":"OSPS-LE-03","family":"LE","level":1,"listedLevels":[1,2,3],"title":"The license is kept in a LICENSE or COPYING file or LICENSE directory"},{"id":"OSPS-LE-03.02","control":"OSPS-LE-03","family":"LE","level":1,"listedLevels":[1,2,3],"title":"Released assets include the license"},{"id":"OSPS-QA-01.01","control":"OSPS-QA-01","family":"QA","level":1,"listedLevels":[1,2,3],"title":"The source repository is publicly readable at a stable URL"},{"id":"OSPS-QA-01.02","control":"OSPS-QA-01","family":"QA","level":1,"listedLevels":[1,2,3],"title":"Version control keeps a public record of who changed what and when"},{"id":"OSPS-QA-02.01","control":"OSPS-QA-02","family":"QA","level":1,"listedLevels":[1,2,3],"title":"The repository lists its direct dependencies"},{"id":"OSPS-QA-02.02","control":"OSPS-QA-02","family":"QA","level":3,"listedLevels":[3],"title":"Compiled release assets ship with an SBOM"},{"id":"OSPS-QA-03.01","control":"OSPS-QA-03","family":"QA","level":2,"listedLevels":[2,3],"title":"Status checks pass, or are bypassed by hand, before commits reach the primary branch"},{"id":"OSPS-QA-04.01","control":"OSPS-QA-04","family":"QA","level":1,"listedLevels":[1,2,3],"title":"A multi-repository project lists its codebases"},{"id":"OSPS-QA-04.02","control":"OSPS-QA-04","family":"QA","level":3,"listedLevels":[3],"title":"Subprojects enforce security requirements at least as strict"},{"id":"OSPS-QA-05.01","control":"OSPS-QA-05","family":"QA","level":1,"listedLevels":[1,2,3],"title":"No generated executables are committed"},{"id":"OSPS-QA-05.02","control":"OSPS-QA-05","family":"QA","level":1,"listedLevels":[1,2,3],"title":"No unreviewable binaries are committed"},{"id":"OSPS-QA-06.01","control":"OSPS-QA-06","family":"QA","level":2,"listedLevels":[2,3],"title":"An automated test suite runs before changes are accepted"},{"id":"OSPS-QA-06.02","control":"OSPS-QA-06","family":"QA","level":3,"listedLevels":[3],"title":"Documentation says when and how tests run"},{"id":"OSPS-QA-06.03","control":"OSPS-QA-06","family":"QA","level":3,"listedLevels":[3],"title":"A policy asks major changes to add or update tests"},{"id":"OSPS-QA-07.01","control":"OSPS-QA-07","family":"QA","level":3,"listedLevels":[3],"title":"Changes to the primary branch need a non-author approval"},{"id":"OSPS-SA-01.01","control":"OSPS-SA-01","family":"SA","level":2,"listedLevels":[2,3],"title":"Design documentation shows the system\'s actions and actors"},{"id":"OSPS-SA-02.01","control":"OSPS-SA-02","family":"SA","level":2,"listedLevels":[2,3],"title":"External software interfaces of released software are described"},{"id":"OSPS-SA-03.01","control":"OSPS-SA-03","family":"SA","level":2,"listedLevels":[2,3],"title":"A security assessment of likely and impactful problems is done"},{"id":"OSPS-SA-03.02","control":"OSPS-SA-03","family":"SA","level":3,"listedLevels":[3],"title":"A threat model and attack surface analysis is done"},{"id":"OSPS-VM-01.01","control":"OSPS-VM-01","family":"VM","level":2,"listedLevels":[2,3],"title":"A coordinated disclosure policy states a response time"},{"id":"OSPS-VM-02.01","control":"OSPS-VM-02","family":"VM","level":1,"listedLevels":[1],"title":"Security contacts are documented"},{"id":"OSPS-VM-03.01","control":"OSPS-VM-03","family":"VM","level":2,"listedLevels":[2,3],"title":"Vulnerabilities can be reported privately to the security contacts"},{"id":"OSPS-VM-04.01","control":"OSPS-VM-04","family":"VM","level":2,"listedLevels":[2,3],"title":"Data about discovered vulnerabilities is published"},{"id":"OSPS-VM-04.02","control":"OSPS-VM-04","family":"VM","level":3,"listedLevels":[3],"title":"Vulnerabilities that do not affect the project are stated in VEX"},{"id":"OSPS-VM-05.01","control":"OSPS-VM-05","family":"VM","level":3,"listedLevels":[3],"title":"A policy sets a remediation threshold for SCA findings"},{"id":"OSPS-VM-05.02","control":"OSPS-VM-05","family":"VM","level":3,"listedLevels":[3],"title":"A policy requires SCA violations to be addressed before release"},{"id":"OSPS-VM-05.03","control":"OSPS-VM-05","family":"VM","level":3,"listedLevels":[3],"title":"Every change is checked for malicious and vulnerable dependencies"},{"id":"OSPS-VM-06.01","control":"OSPS-VM-06","family":"VM","level":3,"listedLevels":[3],"title":"A policy sets a remediation threshold for SAST findings"},{"id":"OSPS-VM-06.02","control":"OSPS-VM-06","family":"VM","level":3,"listedLevels":[3],"title":"Every change is checked for security weaknesses and blocked on violations"}]}');
;// CONCATENATED MODULE: ./src/catalog/catalog.ts
// The OSPS Baseline catalog as data: IDs, levels and our own short titles.

const LEVELS = [1, 2, 3];
const CATALOG_ID = osps_baseline_2026_02_19_namespaceObject.U$;
const CATALOG_VERSION = osps_baseline_2026_02_19_namespaceObject.rE;
const FAMILIES = osps_baseline_2026_02_19_namespaceObject.TJ;
const REQUIREMENTS = osps_baseline_2026_02_19_namespaceObject.Ln;
const byId = new Map(REQUIREMENTS.map((r) => [r.id, r]));
function requirement(id) {
    const r = byId.get(id);
    if (!r)
        throw new Error(`unknown requirement ${id}`);
    return r;
}
/** Requirements that apply at `level`, cumulative. */
function requirementsAt(level) {
    return REQUIREMENTS.filter((r) => r.level <= level);
}
/** The requirement's page in the published Baseline (anchors are per control). */
function helpUrl(id) {
    const control = requirement(id).control.toLowerCase();
    return `${osps_baseline_2026_02_19_namespaceObject.dd}#${control}`;
}

;// CONCATENATED MODULE: ./src/rules/helpers.ts
// Small helpers shared by rules: finding documents and sections, capping evidence lists.

const MAX_EVIDENCE = 25;
/** Caps a list of evidence, adding a line that says how many were left out. */
function capEvidence(items, max = MAX_EVIDENCE) {
    if (items.length <= max)
        return items;
    return [...items.slice(0, max), { kind: 'note', detail: `and ${items.length - max} more` }];
}
/**
 * The first section, in documents of the given roles (in order), whose heading matches and whose
 * body tells the reader something (not an empty heading, not a table of contents).
 */
function findSectionIn(facts, roles, heading, minChars = 40) {
    for (const role of roles) {
        for (const doc of documentsOf(facts.documents, role)) {
            const h = doc.outline?.headings.find((x) => heading.test(x.text) && x.sectionChars >= minChars && !(x.linkListOnly && x.sectionChars === x.ownChars));
            if (h)
                return { doc, heading: h };
        }
    }
    return undefined;
}
function sectionEvidence(hit, what) {
    return { kind: 'file', path: hit.doc.path, line: hit.heading.line, detail: `${what}: section "${hit.heading.text}"` };
}
function fileEvidence(path, detail, line, column) {
    const e = { kind: 'file', path, detail };
    if (line !== undefined)
        e.line = line;
    if (column !== undefined)
        e.column = column;
    return e;
}
/** A document with enough prose to say something (more than a title). */
function substantive(doc, minChars = 80) {
    return doc.outline !== null && doc.outline.proseChars >= minChars;
}

;// CONCATENATED MODULE: ./src/rules/types.ts
const STATUSES = ['pass', 'fail', 'attested', 'unknown', 'not-applicable'];
const pass = (evidence) => ({ status: 'pass', evidence });
const fail = (evidence, remediation) => ({ status: 'fail', evidence, remediation });
const attested = (evidence, remediation) => ({ status: 'attested', evidence, remediation });
const unknown = (detail, remediation, evidence = []) => ({
    status: 'unknown',
    evidence: [...evidence, { kind: 'note', detail }],
    remediation,
});
const notApplicable = (detail, evidence = []) => ({
    status: 'not-applicable',
    evidence: [...evidence, { kind: 'note', detail }],
});

;// CONCATENATED MODULE: ./src/rules/artifacts.ts


function verdict(found, facts, none, remediation) {
    if (found.length === 0)
        return pass([{ kind: 'note', detail: `${none}: ${facts.artifacts.inspected} of ${facts.files.length} files inspected by content (the rest are text by extension)` }]);
    return fail(capEvidence(found.map((f) => fileEvidence(f.path, f.what))), remediation);
}
const qa0501 = {
    id: 'OSPS-QA-05.01',
    evaluate: (facts) => verdict(facts.artifacts.executables, facts, 'no generated executables', 'Remove compiled executables, libraries and bytecode from the repository; build them in CI and publish them as release assets.'),
};
const qa0502 = {
    id: 'OSPS-QA-05.02',
    evaluate: (facts) => verdict(facts.artifacts.binaries, facts, 'no unreviewable binaries', 'Remove archives and opaque binary files from the repository, or replace them with the sources and a script that produces them.'),
};

;// CONCATENATED MODULE: ./src/rules/community.ts
// First documentation checks: how to contribute (OSPS-GV-03.01), how to report defects
// (OSPS-DO-02.01), who the security contacts are (OSPS-VM-02.01).



const gv0301 = {
    id: 'OSPS-GV-03.01',
    evaluate(facts) {
        const guide = documentsOf(facts.documents, 'contributing').find((d) => substantive(d));
        if (guide)
            return pass([fileEvidence(guide.path, 'contribution guide', 1)]);
        const section = findSectionIn(facts, ['readme', 'docs'], /contribut/i, 60);
        if (section)
            return pass([sectionEvidence(section, 'contribution process explained')]);
        const empty = documentOf(facts.documents, 'contributing');
        const evidence = empty
            ? [fileEvidence(empty.path, empty.unreadable ? `contribution guide cannot be read (${empty.unreadable})` : 'contribution guide is nearly empty', 1)]
            : [{ kind: 'note', detail: 'no CONTRIBUTING file and no "Contributing" section in the README' }];
        return fail(evidence, 'Add CONTRIBUTING.md explaining how to propose changes: where to discuss, how to open a pull request, and what review to expect.');
    },
};
const DEFECT_HEADING = /\b(bugs?|defects?|issues?|problems?)\b.*\b(report|file|filing|submit|open)|\b(report|reporting|file|filing|submit|submitting|open|opening)\b.*\b(bugs?|defects?|issues?|problems?)\b|^bug reports?$|^issues?$/i;
const do0201 = {
    id: 'OSPS-DO-02.01',
    evaluate(facts) {
        const templates = documentsOf(facts.documents, 'issue-template').filter((d) => !/\/config\.ya?ml$/i.test(d.path));
        if (templates.length > 0) {
            const bug = templates.filter((d) => /bug|defect|issue|problem/i.test(d.path));
            return pass(capEvidence((bug.length > 0 ? bug : templates).map((d) => fileEvidence(d.path, 'issue template for reporting defects', 1))));
        }
        const section = findSectionIn(facts, ['contributing', 'readme', 'support', 'docs'], DEFECT_HEADING, 40);
        if (section)
            return pass([sectionEvidence(section, 'explains how to report defects')]);
        return fail([{ kind: 'note', detail: 'no issue templates under .github/ISSUE_TEMPLATE/ and no section on reporting bugs in README, CONTRIBUTING or SUPPORT' }], 'Add a bug report template (.github/ISSUE_TEMPLATE/bug_report.yml) or a "Reporting bugs" section in CONTRIBUTING.md that says where and how to report a defect.');
    },
};
const ADVISORY_LINK = /\/security\/advisories(\/new)?\/?$|\/security\/policy/i;
const CONTACT_HEADING = /contact|report(ing)? (a )?(security|vulnerabilit)|security (team|contacts?|response)|disclos/i;
const vm0201 = {
    id: 'OSPS-VM-02.01',
    evaluate(facts) {
        const policies = documentsOf(facts.documents, 'security');
        const contacts = [];
        for (const doc of policies) {
            const o = doc.outline;
            if (!o)
                continue;
            for (const e of o.emails)
                contacts.push(fileEvidence(doc.path, `security contact e-mail address ${e.address}`, e.line, e.column));
            for (const l of o.links) {
                if (l.target.startsWith('mailto:'))
                    continue; // counted as an e-mail above
                if (ADVISORY_LINK.test(l.target))
                    contacts.push(fileEvidence(doc.path, 'link to private vulnerability reporting', l.line, l.column));
            }
        }
        if (contacts.length > 0)
            return pass(capEvidence(dedupe(contacts)));
        const section = findSectionIn(facts, ['security'], CONTACT_HEADING, 60);
        if (section)
            return pass([sectionEvidence(section, 'security contact section')]);
        const evidence = policies.length > 0
            ? policies.map((d) => fileEvidence(d.path, d.unreadable ? `security policy cannot be read (${d.unreadable})` : 'security policy names no contact: no e-mail address or reporting link', 1))
            : [{ kind: 'note', detail: 'no SECURITY.md at the root, in .github/ or in docs/' }];
        return fail(evidence, 'Add SECURITY.md naming who to contact about vulnerabilities: a security e-mail address, or a link to the repository\'s private vulnerability reporting form.');
    },
};
function dedupe(items) {
    const seen = new Set();
    return items.filter((e) => {
        const k = `${e.path}:${e.line}:${e.detail}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/rules/legal.ts


const ADD_LICENSE = 'Add a LICENSE (or COPYING) file at the repository root with the full text of an OSI-approved license such as Apache-2.0 or MIT.';
const le0301 = {
    id: 'OSPS-LE-03.01',
    evaluate(facts) {
        const root = facts.license.files.filter((f) => f.atRoot);
        if (root.length > 0)
            return pass(root.map((f) => fileEvidence(f.path, 'license file at the repository root', 1)));
        const elsewhere = facts.license.files.filter((f) => !f.atRoot);
        if (elsewhere.length > 0)
            return fail(elsewhere.map((f) => fileEvidence(f.path, 'license file found, but not at the repository root', 1)), 'Move or copy the license to LICENSE (or COPYING, or a LICENSE/ directory) at the repository root.');
        return fail([{ kind: 'note', detail: 'no LICENSE, COPYING or LICENSE/ directory at the repository root' }], ADD_LICENSE);
    },
};
const le0201 = {
    id: 'OSPS-LE-02.01',
    evaluate(facts) {
        const root = facts.license.files.filter((f) => f.atRoot);
        if (root.length === 0)
            return fail([{ kind: 'note', detail: 'no license file at the root to identify' }], ADD_LICENSE);
        const approved = [];
        const refused = [];
        const unclear = [];
        for (const f of root) {
            const m = f.match;
            if (!m || !m.spdxId) {
                unclear.push(fileEvidence(f.path, f.unreadable ? `license file cannot be read (${f.unreadable})` : `license text not identified${m?.reason ? ` (${m.reason})` : ''}`, 1));
                continue;
            }
            const how = m.method === 'spdx-identifier' ? 'by its SPDX-License-Identifier' : `by its text, ${Math.round(m.confidence * 100)}% similar`;
            const alt = m.alternatives.length > 0 ? ` (text identical to ${m.alternatives.join(', ')})` : '';
            if (m.approved) {
                const by = [m.osiApproved ? 'OSI-approved' : '', m.fsfLibre ? 'FSF free' : ''].filter(Boolean).join(', ');
                approved.push(fileEvidence(f.path, `identified as ${m.spdxId}${alt} ${how}; ${by}`, 1));
            }
            else {
                refused.push(fileEvidence(f.path, `identified as ${m.spdxId}${alt} ${how}; neither OSI-approved nor FSF free`, 1));
            }
        }
        if (refused.length > 0)
            return fail([...refused, ...approved, ...unclear], 'License the source code under an OSI-approved or FSF free license; the license found is neither.');
        if (approved.length > 0)
            return pass([...approved, ...unclear]);
        return unknown('the license text could not be matched to a known SPDX license', 'Use the unmodified text of a standard license, or add a line "SPDX-License-Identifier: <id>" to the license file.', unclear);
    },
};

;// CONCATENATED MODULE: ./src/rules/index.ts
// Every rule, by requirement ID. Requirements without a rule are reported unknown, never guessed.



const RULES = [le0301, le0201, gv0301, do0201, vm0201, qa0501, qa0502];
const RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));

// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(13);
;// CONCATENATED MODULE: ./src/result/types.ts
const RESULT_SCHEMA_VERSION = '1.0.0';

;// CONCATENATED MODULE: ./src/result/build.ts
// Facts + rules -> the result document. The only place that decides which requirements apply.





function buildResult(facts, options) {
    const anchor = anchorFile(facts);
    const fileSet = new Set(facts.files.map((f) => f.path));
    const controls = requirementsAt(options.level).map((req) => {
        const outcome = runRule(req.id, facts);
        const c = {
            id: req.id,
            family: req.family,
            level: req.level,
            title: req.title,
            status: outcome.status,
            evidence: outcome.evidence,
            helpUri: helpUrl(req.id),
        };
        if (outcome.remediation && outcome.status !== 'pass')
            c.remediation = outcome.remediation;
        const loc = locate(outcome, fileSet, anchor);
        if (loc)
            c.location = loc;
        return c;
    });
    return {
        schemaVersion: RESULT_SCHEMA_VERSION,
        tool: { name: version/* TOOL_NAME */.lH, version: version/* TOOL_VERSION */.wr, informationUri: version/* TOOL_URI */.qH },
        subject: { repository: facts.context.repository, commit: facts.git.commit, ref: facts.git.ref },
        generatedAt: (options.now ?? new Date()).toISOString(),
        catalog: { id: CATALOG_ID, version: CATALOG_VERSION },
        level: options.level,
        run: { offline: facts.context.offline, hasToken: facts.context.hasToken },
        controls,
        summary: summarize(controls, options.level),
        objectives: [],
        notes: facts.notes.slice(0, 200).map((n) => ({ path: n.path, detail: n.detail })),
    };
}
function runRule(id, facts) {
    const rule = RULES_BY_ID.get(id);
    if (!rule)
        return { status: 'unknown', evidence: [{ kind: 'note', detail: 'not evaluated yet: this version has no check for it' }] };
    try {
        return rule.evaluate(facts);
    }
    catch (e) {
        // A rule bug must not sink the run; say so honestly.
        return { status: 'unknown', evidence: [{ kind: 'note', detail: `the check failed internally: ${e instanceof Error ? e.message : String(e)}` }] };
    }
}
function summarize(controls, level) {
    return LEVELS.filter((l) => l <= level).map((l) => {
        const s = { level: l, total: 0 };
        for (const st of STATUSES)
            s[st] = 0;
        for (const c of controls) {
            if (c.level > l)
                continue;
            s.total++;
            s[c.status]++;
        }
        return s;
    });
}
/** The file a repository-wide finding is anchored to: the README, else the first root file. */
function anchorFile(facts) {
    const readme = facts.documents.roles.readme?.find((p) => !p.includes('/'));
    if (readme)
        return readme;
    const rootFile = facts.files.find((f) => !f.path.includes('/') && f.kind !== 'submodule' && f.kind !== 'symlink');
    return rootFile?.path ?? facts.files[0]?.path ?? null;
}
function locate(outcome, files, anchor) {
    for (const e of outcome.evidence) {
        if (e.path && files.has(e.path)) {
            const loc = { path: e.path, line: e.line ?? 1 };
            if (e.column !== undefined)
                loc.column = e.column;
            return loc;
        }
    }
    return anchor ? { path: anchor, line: 1 } : undefined;
}

;// CONCATENATED MODULE: ./src/engine.ts


async function evaluate(path, options) {
    const { facts } = await gatherFacts(path, { offline: options.offline, token: options.token, repository: options.repository });
    const result = buildResult(facts, { level: options.level, now: options.now });
    return { result, facts };
}


/***/ })

};
