export const id = 607;
export const ids = [607];
export const modules = {

/***/ 7607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ withoutStacks),
/* harmony export */   M1: () => (/* binding */ MAX_NESTING),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   kc: () => (/* binding */ errorText),
/* harmony export */   tp: () => (/* binding */ nestingEstimate),
/* harmony export */   uJ: () => (/* binding */ joinPath)
/* harmony export */ });
/* unused harmony exports MAX_PARSE_BYTES, MAX_ALIAS_COUNT, MAX_POSITIONS */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _yaml_data_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6229);
/* harmony import */ var _workflows_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7240);
// YAML parsing with source positions, hardened against hostile input.



/** Largest text we parse as a Security Insights file; real files are a few KiB. */
const MAX_PARSE_BYTES = 2 * 1024 * 1024;
/** Alias expansions allowed before the document is treated as an alias bomb. */
const MAX_ALIAS_COUNT = 100;
/** Positions recorded per document. */
const MAX_POSITIONS = 20_000;
const MAX_DEPTH = 64;
/** Nesting beyond this is refused before parsing (the parser recurses). */
const MAX_NESTING = 200;
/**
 * Runs a YAML parse with no stack traces captured: the parser makes an Error object per problem
 * (one per character of a line of stray ']'), and capturing each one's stack triples the time.
 */
function withoutStacks(parse) {
    const saved = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        return parse();
    }
    finally {
        Error.stackTraceLimit = saved;
    }
}
const code = (ch) => ch.charCodeAt(0);
const [NL, CR, TAB, SPACE] = [code('\n'), code('\r'), code('\t'), code(' ')];
const [DASH, QUESTION, COLON, HASH] = [code('-'), code('?'), code(':'), code('#')];
const [DQUOTE, SQUOTE] = [code('"'), code("'")];
const [LBRACKET, RBRACKET, LBRACE, RBRACE] = [code('['), code(']'), code('{'), code('}')];
/** The characters the estimate acts on once a line's indentation is read. */
const SIGNIFICANT = /[\n"'#[\]{}:]/g;
/**
 * A cheap upper estimate of nesting: flow brackets, block indicators and indentation per line, and
 * keys on one line (`a: b: c:` nests a mapping per key, and the YAML parser takes quadratic time
 * on a long line of them). It runs on every YAML file before it is parsed, so after a line's
 * indentation it jumps from one significant character to the next with a regular expression, and
 * over a quoted string or a comment with indexOf, instead of stepping through every character.
 */
function nestingEstimate(text) {
    const length = text.length;
    let max = 0;
    let flow = 0;
    let lead = 0;
    let keys = 0;
    let lineStart = true;
    let lineEnd = -1;
    let i = 0;
    while (i < length) {
        if (lineStart) {
            // Indentation (half a level a space) and block indicators ('- ', '? ', ': ', a level each).
            const c = text.charCodeAt(i);
            if (c === NL) {
                lead = 0;
                keys = 0;
                i++;
                continue;
            }
            if (c === SPACE) {
                lead += 0.5;
                i++;
                continue;
            }
            if (c === DASH || c === QUESTION || c === COLON) {
                const n = text.charCodeAt(i + 1);
                if (n === SPACE || n === NL) {
                    lead += 1;
                    i += 2;
                    continue;
                }
            }
            lineStart = false;
            if (lead > max)
                max = Math.ceil(lead);
        }
        SIGNIFICANT.lastIndex = i;
        const found = SIGNIFICANT.exec(text);
        if (found === null)
            break;
        i = found.index;
        const c = text.charCodeAt(i);
        if (c === NL) {
            lineStart = true;
            lead = 0;
            keys = 0;
            i++;
        }
        else if (c === DQUOTE || c === SQUOTE || c === HASH) {
            // A quoted string ends at its quote or at the line's end; a comment at the line's end. The
            // end of a line is looked for once per line: a line of many quoted strings stays linear.
            if (lineEnd < i) {
                const eol = text.indexOf('\n', i);
                lineEnd = eol < 0 ? length : eol;
            }
            if (c === HASH)
                i = lineEnd;
            else {
                const close = text.indexOf(c === DQUOTE ? '"' : "'", i + 1);
                i = close >= 0 && close < lineEnd ? close + 1 : lineEnd;
            }
        }
        else {
            if (c === LBRACKET || c === LBRACE) {
                flow++;
                if (flow > max)
                    max = flow;
            }
            else if ((c === RBRACKET || c === RBRACE) && flow > 0)
                flow--;
            else if (c === COLON && flow === 0) {
                const n = text.charCodeAt(i + 1);
                if (i + 1 >= length || n === SPACE || n === TAB || n === NL || n === CR) {
                    keys++;
                    if (Math.ceil(lead) + keys > max)
                        max = Math.ceil(lead) + keys;
                }
            }
            i++;
        }
    }
    return Math.max(max, Math.ceil(lead));
}
function joinPath(parent, key) {
    return parent === '' ? key : `${parent}.${key}`;
}
function parseYaml(text, file, options = {}) {
    const diagnostics = [];
    const positions = new Map();
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_PARSE_BYTES) {
        diagnostics.push({
            severity: 'error',
            message: `The file is ${Math.round(bytes / 1024)} KiB, larger than the ${MAX_PARSE_BYTES / 1024 / 1024} MiB this tool parses; a Security Insights file is normally a few KiB.`,
            path: file,
            line: 0,
            column: 0,
        });
        return { ok: false, data: null, diagnostics, positions };
    }
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    const depth = nestingEstimate(text);
    if (depth > MAX_NESTING) {
        diagnostics.push({
            severity: 'error',
            message: `The YAML nests about ${depth} levels deep (more than ${MAX_NESTING}); it was not parsed. A Security Insights file nests fewer than 10 levels.`,
            path: file,
            line: 1,
            column: 1,
        });
        return { ok: false, data: null, diagnostics, positions };
    }
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const pos = (offset) => {
        if (offset === undefined)
            return { line: 1, column: 1 };
        const p = lc.linePos(offset);
        return { line: p.line, column: p.col };
    };
    const tabWarning = () => {
        if (!/^\t/m.test(text))
            return;
        const p = pos(text.search(/^\t/m));
        diagnostics.push({ severity: 'warning', message: 'A line starts with a tab; YAML indentation must use spaces.', path: file, line: p.line, column: p.column });
    };
    // Plain YAML (nearly every Security Insights file) is read without the library: its values are the same.
    const plain = options.library ? null : (0,_yaml_data_js__WEBPACK_IMPORTED_MODULE_1__/* .readPlainData */ .BR)(text);
    if (plain) {
        for (const start of plain.lineStarts)
            lc.addNewLine(start);
        tabWarning();
        recordPositions(plain.tree, pos, positions, file, diagnostics);
        return { ok: true, data: plain.data, diagnostics, positions };
    }
    let doc;
    try {
        doc = withoutStacks(() => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, strict: true }));
    }
    catch (e) {
        diagnostics.push({ severity: 'error', message: `YAML cannot be parsed: ${errorText(e)}`, path: file, line: 0, column: 0 });
        return { ok: false, data: null, diagnostics, positions };
    }
    let ok = true;
    for (const e of doc.errors) {
        ok = false;
        const p = pos(e.pos[0]);
        diagnostics.push({ severity: 'error', message: `YAML error (${e.code}): ${cleanYamlMessage(e.message)}`, path: file, line: p.line, column: p.column });
    }
    for (const w of doc.warnings) {
        const p = pos(w.pos[0]);
        diagnostics.push({ severity: 'warning', message: `YAML warning (${w.code}): ${cleanYamlMessage(w.message)}`, path: file, line: p.line, column: p.column });
    }
    if (!doc.errors.some((e) => e.code === 'TAB_AS_INDENT'))
        tabWarning();
    let data = null;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (e) {
        const msg = errorText(e);
        const bomb = /alias/i.test(msg);
        diagnostics.push({
            severity: 'error',
            message: bomb
                ? `The YAML expands aliases too many times (${msg}); the file was not read further.`
                : `The YAML cannot be turned into data: ${msg}`,
            path: file,
            line: 1,
            column: 1,
        });
        return { ok: false, data: null, diagnostics, positions };
    }
    recordPositions((0,_workflows_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .fromYamlNode */ .g)(doc.contents, new Map()), pos, positions, file, diagnostics);
    return { ok, data, diagnostics, positions };
}
/**
 * Records where each key and item is, walking the node tree (not the data), so aliases are never
 * expanded. A scalar key is named by its text as written.
 */
function recordPositions(root, pos, positions, file, diagnostics) {
    positions.set('', { key: pos(root?.start ?? 0), value: pos(root?.start ?? 0) });
    const stack = [{ node: root, path: '', depth: 0 }];
    let capped = false;
    while (stack.length > 0 && !capped) {
        const { node, path, depth } = stack.pop();
        if (!node || depth > MAX_DEPTH)
            continue;
        if (node.kind === 'map') {
            for (const pair of node.items) {
                const k = pair.key;
                const childPath = joinPath(path, k?.kind === 'scalar' ? k.key : '');
                const keyPos = pos(k?.start);
                const valuePos = pair.value ? pos(pair.value.start) : keyPos;
                if (!positions.has(childPath)) {
                    if (positions.size >= MAX_POSITIONS) {
                        capped = true;
                        break;
                    }
                    positions.set(childPath, { key: keyPos, value: valuePos });
                }
                stack.push({ node: pair.value, path: childPath, depth: depth + 1 });
            }
        }
        else if (node.kind === 'seq') {
            for (let i = 0; i < node.items.length && !capped; i++) {
                const it = node.items[i];
                if (positions.size >= MAX_POSITIONS)
                    capped = true;
                else {
                    const childPath = `${path}[${i}]`;
                    // An empty item is placed where its sequence is.
                    const at = it ? pos(it.start) : (positions.get(path)?.value ?? { line: 1, column: 1 });
                    positions.set(childPath, { key: at, value: at });
                    stack.push({ node: it, path: childPath, depth: depth + 1 });
                }
            }
        }
    }
    if (capped) {
        diagnostics.push({
            severity: 'warning',
            message: `The document has more than ${MAX_POSITIONS} nodes; positions were recorded for the first ${MAX_POSITIONS} only.`,
            path: file,
            line: 1,
            column: 1,
        });
    }
}
function cleanYamlMessage(msg) {
    // yaml appends " at line N, column M" and a source excerpt; we give the position separately.
    return msg.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
}
function errorText(e) {
    if (e instanceof Error)
        return e.message.split('\n')[0];
    return String(e);
}


/***/ }),

/***/ 8186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ readPlainYaml),
/* harmony export */   n: () => (/* binding */ UNKNOWN_END)
/* harmony export */ });
/** The end of a block collection, unknown to the fast reader. */
const UNKNOWN_END = -1;
/** Thrown inside the reader when the text is not plain workflow YAML. */
class NotPlain extends Error {
}
const NOT_PLAIN = new NotPlain();
/** Characters that make the fast reader give up wherever they are. */
const FORBIDDEN = /[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\u2028\u2029]/;
/** Characters a plain scalar may not start with (an indicator or a reserved character). */
const PLAIN_START_STOP = new Set(['#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
/** Longest implicit key the library accepts (it says 1024). */
const MAX_KEY = 1000;
const MAX_DEPTH = 200;
const ESCAPES = {
    '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
    N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};
/** The tree of `text`, or null when it is not plain workflow YAML. */
function readPlainYaml(text) {
    if (FORBIDDEN.test(text))
        return null;
    try {
        return new Reader(text).read();
    }
    catch (e) {
        if (e === NOT_PLAIN)
            return null;
        throw e;
    }
}
function scalar(start, end, source, plain) {
    return { kind: 'scalar', start, end, text: plain && NULLS.has(source) ? '' : source, key: source };
}
class Reader {
    text;
    starts = [0];
    ends = [];
    /** Per line: leading spaces, and -1 for a blank or comment-only line. */
    indents = [];
    line = 0;
    depth = 0;
    constructor(text) {
        this.text = text;
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            this.ends.push(i);
            this.starts.push(i + 1);
        }
        this.ends.push(text.length);
        for (let l = 0; l < this.starts.length; l++) {
            let p = this.starts[l];
            const end = this.ends[l];
            while (p < end && text.charCodeAt(p) === 32)
                p++;
            this.indents.push(p === end || text.charCodeAt(p) === 35 ? -1 : p - this.starts[l]);
        }
    }
    read() {
        this.skipEmpty();
        if (this.line >= this.starts.length || this.indents[this.line] !== 0)
            throw NOT_PLAIN;
        let first = this.starts[this.line];
        // A first `---` (alone, or with a comment) starts the one document; any other marker or a directive is left to the library.
        if (this.text.startsWith('---', first)) {
            this.restOfLine(first + 3, this.ends[this.line]);
            this.line++;
            this.skipEmpty();
            if (this.line >= this.starts.length || this.indents[this.line] !== 0)
                throw NOT_PLAIN;
            first = this.starts[this.line];
        }
        if (this.text.startsWith('---', first) || this.text.startsWith('...', first) || this.text[first] === '%')
            throw NOT_PLAIN;
        const tree = this.blockMap(this.line, 0);
        this.skipEmpty();
        if (this.line < this.starts.length)
            throw NOT_PLAIN;
        return { tree, lineStarts: this.starts };
    }
    /** Moves past blank and comment-only lines (a tab in them is left to the library). */
    skipEmpty() {
        while (this.line < this.starts.length && this.indents[this.line] < 0) {
            if (this.text.slice(this.starts[this.line], this.ends[this.line]).includes('\t'))
                throw NOT_PLAIN;
            this.line++;
        }
    }
    /** The first line at or after `from` that is neither blank nor a comment, or the line count. */
    nextContent(from) {
        let l = from;
        while (l < this.starts.length && this.indents[l] < 0)
            l++;
        return l;
    }
    enter() {
        if (++this.depth > MAX_DEPTH)
            throw NOT_PLAIN;
    }
    /** A block mapping whose first key is at `col` of line `l` (a compact mapping in a sequence item starts mid-line). */
    blockMap(l, col) {
        this.enter();
        const items = [];
        const map = { kind: 'map', start: this.starts[l] + col, end: UNKNOWN_END, items };
        this.line = l;
        let at = this.starts[l] + col;
        for (;;) {
            items.push(this.entry(at, col));
            this.skipEmpty();
            if (this.line >= this.starts.length)
                break;
            const indent = this.indents[this.line];
            if (indent < col)
                break;
            if (indent > col)
                throw NOT_PLAIN;
            at = this.starts[this.line] + col;
            if (this.isSeqItem(at))
                throw NOT_PLAIN;
        }
        this.depth--;
        return map;
    }
    /** A block sequence whose dashes are at `col`. */
    blockSeq(l, col) {
        this.enter();
        const items = [];
        const seq = { kind: 'seq', start: this.starts[l] + col, end: UNKNOWN_END, items };
        this.line = l;
        for (;;) {
            const dash = this.starts[this.line] + col;
            if (!this.isSeqItem(dash))
                throw NOT_PLAIN;
            items.push(this.seqItem(dash, col));
            this.skipEmpty();
            if (this.line >= this.starts.length)
                break;
            const indent = this.indents[this.line];
            if (indent < col)
                break;
            if (indent > col)
                throw NOT_PLAIN;
            // A mapping key at the dashes' column ends an indentless sequence (its parent mapping goes on).
            if (!this.isSeqItem(this.starts[this.line] + col))
                break;
        }
        this.depth--;
        return seq;
    }
    isSeqItem(p) {
        const t = this.text;
        return t[p] === '-' && (p + 1 >= t.length || t[p + 1] === ' ' || t[p + 1] === '\n');
    }
    /** One sequence item from its dash at `dash` (column `col`); leaves `line` after it. */
    seqItem(dash, col) {
        const t = this.text;
        const l = this.line;
        const eol = this.ends[l];
        let p = dash + 1;
        while (p < eol && t[p] === ' ')
            p++;
        if (p >= eol || t[p] === '#') {
            if (t[p] === '#' && p === dash + 1)
                throw NOT_PLAIN;
            return this.valueBelow(l, p, col, false);
        }
        const c = t[p];
        if (c === '-' && (p + 1 >= eol || t[p + 1] === ' '))
            throw NOT_PLAIN;
        // `- key: value`: a compact mapping at the key's column.
        if (this.keyEnd(p, eol) >= 0)
            return this.blockMap(l, p - this.starts[l]);
        return this.inlineValue(p, eol, col);
    }
    /** A mapping entry whose key starts at `at` (column `col`); leaves `line` after it. */
    entry(at, col) {
        const t = this.text;
        const l = this.line;
        const eol = this.ends[l];
        const colon = this.keyEnd(at, eol);
        if (colon < 0)
            throw NOT_PLAIN;
        let key;
        if (t[at] === '"' || t[at] === "'") {
            key = this.quoted(at, eol);
            if (key.end !== colon)
                throw NOT_PLAIN;
        }
        else {
            const source = t.slice(at, colon);
            if (source.length > MAX_KEY || source.endsWith(' ') || source.endsWith(':') || this.badPlainStart(at, eol, false))
                throw NOT_PLAIN;
            key = scalar(at, colon, source, true);
        }
        let p = colon + 1;
        while (p < eol && t[p] === ' ')
            p++;
        if (p >= eol || t[p] === '#') {
            if (t[p] === '#' && p === colon + 1)
                throw NOT_PLAIN;
            return { key, value: this.valueBelow(l, p, col, true) };
        }
        const c = t[p];
        if (c === '-' && (p + 1 >= eol || t[p + 1] === ' '))
            throw NOT_PLAIN;
        // `a: b: c` is a mapping in a compact mapping: an error the library reports.
        if (this.keyEnd(p, eol) >= 0)
            throw NOT_PLAIN;
        return { key, value: this.inlineValue(p, eol, col) };
    }
    /**
     * The value of a key or dash with nothing after it on its line (`at` is where the line's spaces
     * end: a comment or the line's end): a block collection on the following lines, or null there.
     */
    valueBelow(l, at, col, inMap) {
        const next = this.nextContent(l + 1);
        for (let i = l + 1; i < next; i++)
            if (this.text.slice(this.starts[i], this.ends[i]).includes('\t'))
                throw NOT_PLAIN;
        if (next < this.starts.length) {
            const indent = this.indents[next];
            const p = this.starts[next] + indent;
            if (indent > col) {
                this.line = next;
                if (this.isSeqItem(p))
                    return this.blockSeq(next, indent);
                if (this.keyEnd(p, this.ends[next]) >= 0)
                    return this.blockMap(next, indent);
                // A one-line value on a line of its own (a block scalar there is left to the library).
                if (this.text[p] === '|' || this.text[p] === '>')
                    throw NOT_PLAIN;
                return this.inlineValue(p, this.ends[next], col);
            }
            // A sequence may sit at its key's own column.
            if (inMap && indent === col && this.isSeqItem(p))
                return this.blockSeq(next, indent);
        }
        this.line = l + 1;
        return scalar(at, at, '', true);
    }
    /** After a one-line value: the next content line must not be more indented (a continuation the library would read). */
    noContinuation(col) {
        const next = this.nextContent(this.line);
        if (next < this.starts.length && this.indents[next] > col)
            throw NOT_PLAIN;
    }
    /**
     * Where the `:` of an implicit key starting at `p` is (followed by a space or the line's end),
     * or -1 when the line holds no key there. A quoted key ends at its closing quote.
     */
    keyEnd(p, eol) {
        const t = this.text;
        if (t[p] === '"' || t[p] === "'") {
            const close = this.quoteEnd(p, eol);
            if (close < 0)
                return -1;
            return t[close + 1] === ':' && (close + 2 >= eol || t[close + 2] === ' ') ? close + 1 : -1;
        }
        if (t[p] === '[' || t[p] === '{' || t[p] === '|' || t[p] === '>' || t[p] === '#')
            return -1;
        for (let i = p; i < eol; i++) {
            const c = t[i];
            if (c === ':' && (i + 1 >= eol || t[i + 1] === ' '))
                return i;
            if (c === '#' && i > p && t[i - 1] === ' ')
                return -1;
            if (c === '\t')
                throw NOT_PLAIN;
        }
        return -1;
    }
    /** True when a plain scalar may not start at `p` (in a flow collection, flow indicators follow too). */
    badPlainStart(p, eol, flow) {
        const t = this.text;
        const c = t[p];
        if (PLAIN_START_STOP.has(c))
            return true;
        if (c === '-' || c === '?' || c === ':') {
            const n = t[p + 1];
            if (p + 1 >= eol || n === ' ' || (flow && (n === ',' || n === '[' || n === ']' || n === '{' || n === '}')))
                return true;
        }
        return false;
    }
    /**
     * A value that starts at `p` on the current line (ending at `eol`), in a collection at column
     * `col`: a scalar or a one-line flow collection, or a block scalar that runs on; leaves `line`
     * after it.
     */
    inlineValue(p, eol, col) {
        if (this.text[p] === '|' || this.text[p] === '>')
            return this.blockScalar(p, eol, col);
        const node = this.oneLineValue(p, eol);
        this.line++;
        this.noContinuation(col);
        return node;
    }
    /** A scalar or flow collection that starts at `p` and ends on its line. */
    oneLineValue(p, eol) {
        const t = this.text;
        const c = t[p];
        let node;
        let end;
        if (c === '"' || c === "'") {
            node = this.quoted(p, eol);
            end = node.end;
        }
        else if (c === '[') {
            node = this.flowSeq(p, eol);
            end = node.end;
        }
        else if (c === '{') {
            node = this.flowMap(p, eol);
            end = node.end;
        }
        else {
            if (this.badPlainStart(p, eol, false))
                throw NOT_PLAIN;
            // A plain scalar runs to a comment (` #`) or the line's end, trailing spaces left out.
            let stop = eol;
            for (let i = p + 1; i < eol; i++) {
                if (t[i] === '#' && t[i - 1] === ' ') {
                    stop = i;
                    break;
                }
                if (t[i] === '\t')
                    throw NOT_PLAIN;
            }
            end = stop;
            while (end > p && t[end - 1] === ' ')
                end--;
            const source = t.slice(p, end);
            if (source.endsWith(':'))
                throw NOT_PLAIN;
            return scalar(p, end, source, true);
        }
        this.restOfLine(end, eol);
        return node;
    }
    /** After a value: only spaces, then a comment after at least one of them, to the line's end. */
    restOfLine(from, eol) {
        const t = this.text;
        let i = from;
        while (i < eol && t[i] === ' ')
            i++;
        if (i < eol && !(t[i] === '#' && i > from))
            throw NOT_PLAIN;
    }
    /** Where the closing quote of a quoted scalar opening at `p` is, on its line; -1 when not there. */
    quoteEnd(p, eol) {
        const t = this.text;
        const q = t[p];
        let end = t.indexOf(q, p + 1);
        if (q === "'") {
            while (end !== -1 && t[end + 1] === "'")
                end = t.indexOf("'", end + 2);
        }
        else {
            while (end !== -1) {
                let n = 0;
                while (t[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = t.indexOf('"', end + 1);
            }
        }
        return end === -1 || end >= eol ? -1 : end;
    }
    /** A one-line quoted scalar at `p`, read as the library reads it (escapes, '' in single quotes). */
    quoted(p, eol) {
        const t = this.text;
        const close = this.quoteEnd(p, eol);
        if (close < 0)
            throw NOT_PLAIN;
        const inner = t.slice(p + 1, close);
        if (inner.includes('\t'))
            throw NOT_PLAIN;
        let value;
        if (t[p] === "'") {
            value = inner.replaceAll("''", "'");
        }
        else {
            value = '';
            for (let i = 0; i < inner.length; i++) {
                const ch = inner[i];
                if (ch !== '\\') {
                    value += ch;
                    continue;
                }
                const next = inner[++i];
                const cc = ESCAPES[next];
                if (cc !== undefined)
                    value += cc;
                else if (next === 'x' || next === 'u' || next === 'U') {
                    const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                    const hex = inner.substr(i + 1, length);
                    if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex))
                        throw NOT_PLAIN;
                    const code = parseInt(hex, 16);
                    if (code > 0x10ffff)
                        throw NOT_PLAIN;
                    value += String.fromCodePoint(code);
                    i += length;
                }
                else
                    throw NOT_PLAIN;
            }
        }
        return { kind: 'scalar', start: p, end: close + 1, text: value, key: value };
    }
    /**
     * A scalar in a one-line flow collection starting at `i`: quoted, or plain up to a flow
     * indicator (trailing spaces left out); `key` when it is a mapping key, which ends at `: `.
     */
    flowScalar(i, eol, key) {
        const t = this.text;
        const c = t[i];
        if (c === '"' || c === "'")
            return this.quoted(i, eol);
        if (this.badPlainStart(i, eol, true))
            throw NOT_PLAIN;
        let end = i;
        let k = i;
        for (; k < eol; k++) {
            const ch = t[k];
            if (ch === ',' || ch === ']' || ch === '[' || ch === '{' || ch === '}')
                break;
            if (ch === ':' && (k + 1 >= eol || ' ,[]{}'.includes(t[k + 1]))) {
                if (key && t[k + 1] === ' ')
                    break;
                throw NOT_PLAIN;
            }
            if (ch === '#' && t[k - 1] === ' ')
                throw NOT_PLAIN;
            if (ch === '\t')
                throw NOT_PLAIN;
            if (ch !== ' ')
                end = k + 1;
        }
        return scalar(i, end, t.slice(i, end), true);
    }
    /** Where the next non-space character is, from `i`. */
    skipSpaces(i, eol) {
        while (i < eol && this.text[i] === ' ')
            i++;
        return i;
    }
    /** A one-line flow sequence of scalars at `p` (`[a, "b"]`, `[]`). */
    flowSeq(p, eol) {
        const t = this.text;
        const items = [];
        let i = this.skipSpaces(p + 1, eol);
        if (t[i] === ']')
            return { kind: 'seq', start: p, end: i + 1, items };
        for (;;) {
            i = this.skipSpaces(i, eol);
            if (i >= eol)
                throw NOT_PLAIN;
            const item = this.flowScalar(i, eol, false);
            items.push(item);
            i = this.skipSpaces(item.end, eol);
            if (t[i] === ',') {
                i = this.skipSpaces(i + 1, eol);
                // A trailing comma, or two in a row, is left to the library.
                if (t[i] === ']' || t[i] === ',')
                    throw NOT_PLAIN;
                continue;
            }
            if (t[i] === ']')
                return { kind: 'seq', start: p, end: i + 1, items };
            throw NOT_PLAIN;
        }
    }
    /** A one-line flow mapping at `p` of scalar keys and scalar or flow-sequence values (`{a: b, c: [d]}`, `{}`). */
    flowMap(p, eol) {
        const t = this.text;
        const items = [];
        let i = this.skipSpaces(p + 1, eol);
        if (t[i] === '}')
            return { kind: 'map', start: p, end: i + 1, items };
        for (;;) {
            i = this.skipSpaces(i, eol);
            if (i >= eol)
                throw NOT_PLAIN;
            const key = this.flowScalar(i, eol, true);
            if (t[key.end] !== ':' || t[key.end + 1] !== ' ')
                throw NOT_PLAIN;
            i = this.skipSpaces(key.end + 2, eol);
            let value;
            if (t[i] === ',' || t[i] === '}')
                value = scalar(i, i, '', true);
            else if (t[i] === '[')
                value = this.flowSeq(i, eol);
            else
                value = this.flowScalar(i, eol, false);
            items.push({ key, value });
            i = this.skipSpaces(value.end, eol);
            if (t[i] === ',') {
                i = this.skipSpaces(i + 1, eol);
                if (t[i] === '}' || t[i] === ',')
                    throw NOT_PLAIN;
                continue;
            }
            if (t[i] === '}')
                return { kind: 'map', start: p, end: i + 1, items };
            throw NOT_PLAIN;
        }
    }
    /**
     * A block scalar whose header (`|`, `>`, with a chomping indicator) is at `p`, in a collection
     * at column `col`. Its extent is the library lexer's (parseBlockScalar), its value the library
     * composer's (resolveBlockScalar); an explicit indentation indicator is left to the library.
     */
    blockScalar(p, eol, col) {
        const t = this.text;
        const folded = t[p] === '>';
        let h = p + 1;
        let keep = false;
        let chomp = '';
        while (h < eol && (t[h] === '-' || t[h] === '+')) {
            if (chomp)
                throw NOT_PLAIN;
            chomp = t[h];
            keep = t[h] === '+';
            h++;
        }
        if (h < eol && t[h] !== ' ')
            throw NOT_PLAIN;
        this.restOfLine(h, eol);
        const headerLine = this.line;
        if (headerLine + 1 >= this.starts.length)
            throw NOT_PLAIN;
        const pos = this.starts[headerLine + 1];
        // The lexer: how far the scalar runs.
        const indentNext = col + 1;
        let nl = pos - 1;
        let indent = 0;
        let i = pos;
        for (; i < t.length; i++) {
            const ch = t[i];
            if (ch === ' ')
                indent += 1;
            else if (ch === '\n') {
                nl = i;
                indent = 0;
            }
            else
                break;
        }
        if (i < t.length && t[i] === '\t')
            throw NOT_PLAIN;
        if (indent >= indentNext) {
            const contentIndent = indent;
            do {
                const cs = this.continueScalar(nl + 1, contentIndent);
                if (cs === -1)
                    break;
                nl = t.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1)
                nl = t.length;
        }
        let j = nl + 1;
        while (t[j] === ' ')
            j++;
        if (t[j] === '\t')
            throw NOT_PLAIN;
        if (!keep) {
            for (;;) {
                let k = nl - 1;
                const lastChar = k;
                while (t[k] === ' ')
                    k--;
                if (t[k] === '\n' && k >= pos && k + 1 + indent > lastChar)
                    nl = k;
                else
                    break;
            }
        }
        const sourceEnd = Math.min(nl + 1, t.length);
        const source = t.slice(pos, sourceEnd);
        if (source.includes('\t'))
            throw NOT_PLAIN;
        const value = resolveBlock(source, col, folded, chomp);
        // Lines of the scalar are done; the reader goes on after them.
        let after = headerLine + 1;
        while (after < this.starts.length && this.starts[after] < sourceEnd)
            after++;
        this.line = after;
        this.noContinuation(col);
        return { kind: 'scalar', start: p, end: sourceEnd, text: value, key: value };
    }
    /** The lexer's continueScalar for a block scalar's lines (indentNext > 0, at the end of the text). */
    continueScalar(offset, indentNext) {
        const t = this.text;
        let n = 0;
        let ch = t[offset];
        while (ch === ' ')
            ch = t[++n + offset];
        return ch === '\n' || n >= indentNext ? offset + n : -1;
    }
}
/**
 * resolveBlockScalar of yaml 2 for a header without indentation indicator, on a source without
 * tabs or carriage returns; anything it would report as an error makes the reader give up.
 */
function resolveBlock(source, scalarIndent, folded, chomp) {
    const lines = splitLines(source);
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        if (lines[i][1] === '')
            chompStart = i;
        else
            break;
    }
    // Empty contents, an unusual case, are left to the library.
    if (chompStart === 0)
        throw NOT_PLAIN;
    let trimIndent = scalarIndent;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '') {
            if (indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent)
                throw NOT_PLAIN;
            trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0)
                throw NOT_PLAIN;
            break;
        }
    }
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content && indent.length < trimIndent)
            throw NOT_PLAIN;
        if (!folded) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent) {
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    if (chomp === '+') {
        for (let i = chompStart; i < lines.length; ++i)
            value += '\n' + lines[i][0].slice(trimIndent);
        if (value[value.length - 1] !== '\n')
            value += '\n';
    }
    else if (chomp !== '-')
        value += '\n';
    return value;
}
/** The source's lines as [indent, content] (yaml 2's splitLines, without a regular expression). */
function splitLines(source) {
    const out = [];
    let start = 0;
    for (;;) {
        const nl = source.indexOf('\n', start);
        const line = nl < 0 ? source.slice(start) : source.slice(start, nl);
        let n = 0;
        while (n < line.length && line.charCodeAt(n) === 32)
            n++;
        out.push([line.slice(0, n), line.slice(n)]);
        if (nl < 0)
            break;
        start = nl + 1;
    }
    return out;
}


/***/ }),

/***/ 7240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ fromYamlNode)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// The YAML of a workflow as the facts read it: mappings, sequences and scalars with the place of
// each in the text, and nothing else (no tags, comments or JavaScript values). Built once per file,
// either from the `yaml` library's document or by the fast reader (yaml-fast.ts), which must give
// the very same tree for every file it accepts.

/** What a key or value scalar of the `yaml` library reads as (see YScalar). */
function scalarStrings(s) {
    const v = s.value;
    if (typeof v === 'string')
        return { text: v, key: v };
    const source = typeof s.source === 'string' ? s.source : null;
    return { text: v === null || v === undefined ? '' : (source ?? String(v)), key: source ?? String(v) };
}
/**
 * The tree of a `yaml` library document node, and its anchors recorded in document order (a node
 * before its children, a key before its value). Nodes of no known kind (a bare Pair) become null.
 */
function fromYamlNode(node, anchors) {
    if (node === null || node === undefined)
        return null;
    const r = node.range;
    const start = r ? r[0] : 0;
    const end = r ? r[1] : 0;
    let out;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
        const { text, key } = scalarStrings(node);
        out = { kind: 'scalar', start, end, text, key };
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
        return { kind: 'alias', start, end, name: node.source };
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        const items = [];
        out = { kind: 'map', start, end, items };
        record(out, node, anchors);
        for (const pair of node.items)
            items.push({ key: fromYamlNode(pair.key, anchors), value: fromYamlNode(pair.value, anchors) });
        return out;
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
        const items = [];
        out = { kind: 'seq', start, end, items };
        record(out, node, anchors);
        for (const item of node.items)
            items.push(fromYamlNode(item, anchors));
        return out;
    }
    else {
        return null;
    }
    record(out, node, anchors);
    return out;
}
function record(out, node, anchors) {
    if (!node.anchor || !node.range)
        return;
    out.anchor = node.anchor;
    const list = anchors.get(node.anchor);
    const def = { start: node.range[0], node: out };
    if (list)
        list.push(def);
    else
        anchors.set(node.anchor, [def]);
}


/***/ }),

/***/ 6229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ readPlainData),
/* harmony export */   Um: () => (/* binding */ scalarValue),
/* harmony export */   dJ: () => (/* binding */ valueEnd)
/* harmony export */ });
/* harmony import */ var _workflows_yaml_fast_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8186);
// Small configuration files (a Security Insights file, an issue template chooser) as data, read by
// the fast reader of plain YAML (workflows/yaml-fast.ts) when it accepts the text. The `yaml`
// library reads anything else. Its first parse of a run is cold code: argo-cd's 5 KiB
// SECURITY-INSIGHTS.yml took 15-25 ms that way, the fast reader under 2 ms. The values are the
// library's: plain scalars resolve by the YAML 1.2 core schema, as the library's default does.

// The core schema's tests, as the library writes them (yaml 2, schema/core).
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** A plain scalar's value by the core schema (the library's order of tests). */
function resolvePlain(source) {
    if (NULL.test(source))
        return null;
    if (BOOL.test(source))
        return source[0] === 't' || source[0] === 'T';
    if (INT_OCT.test(source))
        return parseInt(source.slice(2), 8);
    if (INT.test(source))
        return parseInt(source, 10);
    if (INT_HEX.test(source))
        return parseInt(source.slice(2), 16);
    if (FLOAT_NAN.test(source))
        return source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? -Infinity : Infinity;
    if (FLOAT_EXP.test(source) || FLOAT.test(source))
        return parseFloat(source);
    return source;
}
/** The value of a scalar of `text`: quoted and block scalars are strings, plain ones resolve. */
function scalarValue(s, text) {
    const first = text[s.start];
    if (s.end > s.start && (first === '"' || first === "'" || first === '|' || first === '>'))
        return s.text;
    return resolvePlain(s.key);
}
/** Thrown inside toData when the library's reading could differ (left to the library). */
const DECLINE = Symbol('decline');
function toData(node, text) {
    if (node === null)
        return null;
    if (node.kind === 'scalar')
        return scalarValue(node, text);
    if (node.kind === 'seq')
        return node.items.map((item) => toData(item, text));
    if (node.kind === 'alias')
        throw DECLINE;
    const out = {};
    const seen = new Set();
    for (const pair of node.items) {
        const k = pair.key;
        // Only string keys: the library turns others into strings its own way, and `<<` may merge.
        if (k === null || k.kind !== 'scalar')
            throw DECLINE;
        const key = scalarValue(k, text);
        if (typeof key !== 'string' || key === '<<' || seen.has(key))
            throw DECLINE;
        seen.add(key);
        const value = toData(pair.value, text);
        // As the library does: a key Object.prototype has (`__proto__`, `constructor`) becomes an own property.
        if (key in out)
            Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
        else
            out[key] = value;
    }
    return out;
}
/**
 * The data of `text` when it is plain YAML whose every mapping key is a string met once, else null
 * (the library then reads it, and says what is wrong).
 */
function readPlainData(text) {
    const plain = (0,_workflows_yaml_fast_js__WEBPACK_IMPORTED_MODULE_0__/* .readPlainYaml */ .g)(text);
    if (plain === null)
        return null;
    try {
        return { data: toData(plain.tree, text), tree: plain.tree, lineStarts: plain.lineStarts };
    }
    catch (e) {
        if (e === DECLINE)
            return null;
        throw e;
    }
}
/** Where a node's value ends: a block collection's end is its last value's. */
function valueEnd(node) {
    if (node.kind === 'map') {
        const last = node.items[node.items.length - 1];
        const n = last ? (last.value ?? last.key) : null;
        return n ? valueEnd(n) : node.end;
    }
    if (node.kind === 'seq') {
        const last = node.items[node.items.length - 1];
        return last ? valueEnd(last) : node.end;
    }
    return node.end;
}


/***/ })

};
