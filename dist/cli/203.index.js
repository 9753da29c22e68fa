export const id = 203;
export const ids = [203,110];
export const modules = {

/***/ 4774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zf: () => (/* binding */ BUNDLE_SUFFIX),
/* harmony export */   v0: () => (/* binding */ LocateError),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _zip_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7397);
// Finds the bundle and its result for one PATH given to `slam verify`: a folder holding a result
// and its bundle, an artifact zip, or a bundle file with the result beside it. Everything read
// here is hostile: sizes are capped, links are not followed, zips go through the bounded reader.



const BUNDLE_SUFFIX = '.sigstore.json';
const MAX_BUNDLE_BYTES = 10 * 1024 * 1024;
const MAX_RESULT_BYTES = 50 * 1024 * 1024;
class LocateError extends Error {
}
async function locate(path) {
    // The PATH itself is the user's choice (followed if a link); what it holds is not.
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
    }
    catch (e) {
        throw new LocateError(`cannot read ${path}: ${e.code ?? String(e)}`);
    }
    if (stat.isDirectory())
        return inFolder(path);
    if (!stat.isFile())
        throw new LocateError(`${path} is neither a file nor a folder`);
    if (isZip(path))
        return inZip(path);
    return besideBundle(path);
}
function isZip(path) {
    if (path.toLowerCase().endsWith('.zip'))
        return true;
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        const head = Buffer.alloc(4);
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, head, 0, 4, 0) === 4 && head.readUInt32LE(0) === 0x04034b50;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Reads a regular file (never through a link) up to `max` bytes; undefined when absent. */
function readCapped(path, max, what, followLink = false) {
    let stat;
    try {
        stat = followLink ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path) : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
    }
    catch {
        return undefined;
    }
    if (stat.isSymbolicLink())
        throw new LocateError(`${what} ${path} is a symbolic link; links are not followed`);
    if (!stat.isFile())
        throw new LocateError(`${what} ${path} is not a regular file`);
    if (stat.size > max)
        throw new LocateError(`${what} ${path} is larger than ${max / 1024 / 1024} MiB`);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
}
function safeBase(name) {
    return name && /^[^/\\\0]{1,255}$/.test(name) && name !== '.' && name !== '..' ? name : undefined;
}
function besideBundle(path, givenByUser = true) {
    const bytes = readCapped(path, MAX_BUNDLE_BYTES, 'bundle', givenByUser);
    if (!bytes)
        throw new LocateError(`cannot read ${path}`);
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path);
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path);
    return {
        bundle: { label: path, bytes },
        result(subjectName) {
            const candidates = [name.endsWith(BUNDLE_SUFFIX) ? name.slice(0, -BUNDLE_SUFFIX.length) : undefined, safeBase(subjectName)];
            for (const c of candidates) {
                if (!c)
                    continue;
                const b = readCapped((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, c), MAX_RESULT_BYTES, 'result');
                if (b)
                    return { label: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, c), bytes: b };
            }
            return undefined;
        },
    };
}
function inFolder(dir) {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir);
    }
    catch (e) {
        throw new LocateError(`cannot read folder ${dir}: ${e.code ?? String(e)}`);
    }
    const bundles = names.filter((n) => n.endsWith(BUNDLE_SUFFIX)).sort();
    if (bundles.length === 0)
        throw new LocateError(`folder ${dir} holds no bundle (*${BUNDLE_SUFFIX})`);
    if (bundles.length > 1)
        throw new LocateError(`folder ${dir} holds ${bundles.length} bundles (${bundles.slice(0, 3).join(', ')}${bundles.length > 3 ? ', \u2026' : ''}): name the bundle file to verify`);
    return besideBundle((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, bundles[0]), false);
}
async function inZip(path) {
    let files;
    try {
        files = await (0,_zip_js__WEBPACK_IMPORTED_MODULE_2__/* .readZip */ .ue)(path, { maxEntryBytes: MAX_RESULT_BYTES });
    }
    catch (e) {
        if (e instanceof _zip_js__WEBPACK_IMPORTED_MODULE_2__/* .ZipError */ .Wz)
            throw new LocateError(`${path}: ${e.message}`);
        throw e;
    }
    const bundles = files.filter((f) => f.name.endsWith(BUNDLE_SUFFIX));
    if (bundles.length === 0)
        throw new LocateError(`zip ${path} holds no bundle (*${BUNDLE_SUFFIX})`);
    if (bundles.length > 1)
        throw new LocateError(`zip ${path} holds ${bundles.length} bundles: one artifact carries one signed result`);
    const bundle = bundles[0];
    if (bundle.data.length > MAX_BUNDLE_BYTES)
        throw new LocateError(`bundle ${path}!${bundle.name} is larger than 10 MiB`);
    const folder = bundle.name.includes('/') ? bundle.name.slice(0, bundle.name.lastIndexOf('/') + 1) : '';
    const byName = new Map(files.map((f) => [f.name, f.data]));
    return {
        bundle: { label: `${path}!${bundle.name}`, bytes: bundle.data },
        result(subjectName) {
            const candidates = [bundle.name.slice(0, -BUNDLE_SUFFIX.length), safeBase(subjectName) ? folder + subjectName : undefined];
            for (const c of candidates) {
                const data = c ? byName.get(c) : undefined;
                if (c && data)
                    return { label: `${path}!${c}`, bytes: data };
            }
            return undefined;
        },
    };
}


/***/ }),

/***/ 7397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JE: () => (/* binding */ extractZip),
/* harmony export */   Wz: () => (/* binding */ ZipError),
/* harmony export */   ue: () => (/* binding */ readZip)
/* harmony export */ });
/* unused harmony export ZIP_LIMITS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(663);
// Reads an artifact zip (a downloaded workflow artifact: hostile input) within bounds.
// yauzl parses the central directory and inflates; on top of it we refuse everything that could
// escape a folder or exhaust memory, and say which entry and why. Nothing is ever written outside
// the target folder, and nothing is written at all unless the whole archive passed the checks.




const ZIP_LIMITS = {
    maxEntryBytes: 50 * 1024 * 1024,
    maxEntries: 1000,
    maxTotalBytes: 200 * 1024 * 1024,
};
class ZipError extends Error {
    /** The entry the problem is about, when there is one. */
    entry;
    constructor(message, entry) {
        super(message);
        this.name = 'ZipError';
        this.entry = entry;
    }
}
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
/**
 * Reads every file of the zip into memory, in central-directory order. Folders are checked and
 * left out. Throws ZipError on the first problem: nothing partial is returned.
 */
async function readZip(source, limits = {}) {
    const max = { ...ZIP_LIMITS, ...limits };
    const zip = await openZip(source);
    try {
        if (zip.entryCount > max.maxEntries)
            throw new ZipError(`zip has ${zip.entryCount} entries; at most ${max.maxEntries} are accepted`);
        const files = [];
        const seen = new Set();
        const folders = new Set();
        let total = 0;
        let count = 0;
        let iterator;
        try {
            iterator = zip.eachEntry();
        }
        catch (e) {
            throw wrap(e);
        }
        for (;;) {
            let next;
            try {
                next = await iterator.next();
            }
            catch (e) {
                throw wrap(e);
            }
            if (next.done)
                break;
            const entry = next.value;
            if (++count > max.maxEntries)
                throw new ZipError(`zip has more than ${max.maxEntries} entries`);
            const name = checkName(entry.fileName);
            const isFolder = name.endsWith('/');
            checkKind(entry, name, isFolder);
            const key = (isFolder ? name.slice(0, -1) : name).toLowerCase();
            if (seen.has(key))
                throw new ZipError(`zip entry "${name}" appears twice (names are compared without case, as some file systems do)`, name);
            seen.add(key);
            // A file may not stand where another entry needs a folder, nor a folder where a file is.
            const parts = key.split('/');
            for (let i = 1; i < parts.length; i++) {
                const prefix = parts.slice(0, i).join('/');
                if (seen.has(prefix) && !folders.has(prefix))
                    throw new ZipError(`zip entry "${name}" lies under "${prefix}", which is a file`, name);
                folders.add(prefix);
            }
            if (isFolder) {
                folders.add(key);
                continue;
            }
            if (folders.has(key))
                throw new ZipError(`zip entry "${name}" is a file where other entries need a folder`, name);
            if (entry.uncompressedSize > max.maxEntryBytes)
                throw new ZipError(`zip entry "${name}" declares ${entry.uncompressedSize} bytes; at most ${max.maxEntryBytes} are accepted per entry`, name);
            total += entry.uncompressedSize;
            if (total > max.maxTotalBytes)
                throw new ZipError(`zip files add up to more than ${max.maxTotalBytes} bytes uncompressed`, name);
            files.push({ name, data: await inflate(zip, entry, name, max.maxEntryBytes) });
        }
        return files;
    }
    finally {
        zip.close();
    }
}
/**
 * Checks the whole zip (as readZip does), then writes its files below `target` (created if
 * needed). Each file is created new (an existing file or link in the way is an error, never
 * followed or overwritten) and every folder is checked to resolve inside `target`.
 * Returns the absolute paths written.
 */
async function extractZip(source, target, limits = {}) {
    const files = await readZip(source, limits);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(target, { recursive: true });
    const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(target);
    const written = [];
    for (const f of files) {
        const dest = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, ...f.name.split('/'));
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dest, '..');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(parent, { recursive: true });
        const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(parent);
        if (!inside(root, real) || !inside(root, dest))
            throw new ZipError(`zip entry "${f.name}" would be written outside ${target}`, f.name);
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(dest, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0), 0o644);
        }
        catch (e) {
            const code = e.code;
            throw new ZipError(`zip entry "${f.name}" cannot be written: ${code === 'EEXIST' ? 'a file is already there' : code ?? String(e)}`, f.name);
        }
        try {
            for (let off = 0; off < f.data.length;)
                off += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, f.data, off);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dest).isFile())
            throw new ZipError(`zip entry "${f.name}" did not land as a plain file`, f.name);
        written.push(dest);
    }
    return written;
}
function inside(root, p) {
    const r = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, p);
    return r === '' || (!r.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && r !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(r));
}
async function openZip(source) {
    const options = { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true, decodeStrings: true };
    try {
        return typeof source === 'string' ? await yauzl__WEBPACK_IMPORTED_MODULE_3__.openPromise(source, options) : await yauzl__WEBPACK_IMPORTED_MODULE_3__.fromBufferPromise(source, options);
    }
    catch (e) {
        const code = e.code;
        if (typeof source === 'string' && code)
            throw new ZipError(`cannot read ${source}: ${code}`);
        throw wrap(e);
    }
}
/** yauzl's messages are precise; say that they are about a damaged or hostile zip. */
function wrap(e) {
    if (e instanceof ZipError)
        return e;
    const message = e instanceof Error ? e.message : String(e);
    if (/absolute path|invalid relative path|invalid characters/.test(message))
        return new ZipError(`zip entry refused: ${message}`);
    return new ZipError(`not a readable zip (damaged, truncated or not a zip): ${message}`);
}
/** The name as a safe relative path, or a ZipError. yauzl already refuses `..`, `/x`, `C:` and `\`. */
function checkName(raw) {
    const shown = JSON.stringify(raw).slice(1, -1);
    if (raw.length === 0)
        throw new ZipError('zip entry with an empty name');
    if (raw.length > 1024)
        throw new ZipError(`zip entry name longer than 1024 characters: "${shown.slice(0, 80)}\u2026"`);
    if (/[\u0000-\u001f\u007f]/.test(raw))
        throw new ZipError(`zip entry name with a control character: "${shown}"`, raw);
    if (raw.includes('\\'))
        throw new ZipError(`zip entry name with a backslash: "${shown}"`, raw);
    if (raw.includes(':'))
        throw new ZipError(`zip entry name with ':' (a drive letter or an alternate data stream): "${shown}"`, raw);
    if (raw.startsWith('/'))
        throw new ZipError(`zip entry with an absolute path: "${shown}"`, raw);
    const parts = (raw.endsWith('/') ? raw.slice(0, -1) : raw).split('/');
    for (const p of parts) {
        if (p === '..')
            throw new ZipError(`zip entry climbs out of its folder: "${shown}"`, raw);
        if (p === '' || p === '.')
            throw new ZipError(`zip entry name with an empty or '.' part: "${shown}"`, raw);
    }
    return raw;
}
/** Only plain files and folders: no links, devices or pipes, nothing encrypted. */
function checkKind(entry, name, isFolder) {
    if (entry.isEncrypted())
        throw new ZipError(`zip entry "${name}" is encrypted`, name);
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
        throw new ZipError(`zip entry "${name}" uses compression method ${entry.compressionMethod}; only stored (0) and deflate (8) are read`, name);
    // The Unix mode sits in the high 16 bits of the external attributes (zip's "version made by" 3).
    // Checked whatever the "made by" says: a hostile zip may claim another system.
    const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
    if (mode === S_IFLNK)
        throw new ZipError(`zip entry "${name}" is a symbolic link`, name);
    if (mode !== 0 && mode !== S_IFREG && mode !== S_IFDIR)
        throw new ZipError(`zip entry "${name}" is not a plain file or folder (mode ${mode.toString(8)})`, name);
    if (mode === S_IFDIR && !isFolder)
        throw new ZipError(`zip entry "${name}" is marked as a folder but its name does not end with '/'`, name);
    if (isFolder && entry.uncompressedSize !== 0)
        throw new ZipError(`zip folder entry "${name}" has content`, name);
}
/** Inflates one entry, counting the bytes as they come: a lying size stops at the limit, not after. */
async function inflate(zip, entry, name, limit) {
    let stream;
    try {
        stream = await zip.openReadStreamPromise(entry);
    }
    catch (e) {
        throw new ZipError(`zip entry "${name}" cannot be read: ${e instanceof Error ? e.message : String(e)}`, name);
    }
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of stream) {
            size += chunk.length;
            if (size > limit || size > entry.uncompressedSize) {
                const why = size > limit ? `more than ${limit} bytes` : `more than the ${entry.uncompressedSize} bytes it declares`;
                throw new ZipError(`zip entry "${name}" inflates to ${why}`, name);
            }
            chunks.push(chunk);
        }
    }
    catch (e) {
        stream.destroy();
        if (e instanceof ZipError)
            throw e;
        const message = e instanceof Error ? e.message : String(e);
        if (/too many bytes/.test(message))
            throw new ZipError(`zip entry "${name}" inflates to more than the ${entry.uncompressedSize} bytes it declares`, name);
        if (/not enough bytes/.test(message))
            throw new ZipError(`zip entry "${name}" holds fewer bytes than the ${entry.uncompressedSize} it declares`, name);
        throw new ZipError(`zip entry "${name}" cannot be read (damaged or truncated): ${message}`, name);
    }
    if (size !== entry.uncompressedSize)
        throw new ZipError(`zip entry "${name}" holds ${size} bytes but declares ${entry.uncompressedSize}`, name);
    const data = Buffer.concat(chunks, size);
    if ((0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.crc32)(data) !== entry.crc32)
        throw new ZipError(`zip entry "${name}" fails its CRC-32 check (damaged)`, name);
    return data;
}


/***/ }),

/***/ 6763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v3: () => (/* binding */ scrubToken),
/* harmony export */   yS: () => (/* binding */ createApiClient)
/* harmony export */ });
/* unused harmony exports DEFAULT_TIMEOUT_MS, DEFAULT_MAX_RESPONSE_BYTES */
/* harmony import */ var _read_capped_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9169);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3928);
// One careful GET against the GitHub REST API: a timeout per attempt, a cap on the body size,
// retries with backoff on server errors, network errors and secondary rate limits, and a
// classification of every failure into a short, honest reason. Octokit (from @actions/github)
// builds URLs and headers (auth, user agent, API version, proxy-aware fetch); our fetch wrapper
// sees the raw response so that nothing it does can read an unbounded body.


const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_RESPONSE_BYTES = 5 * 1024 * 1024;
const DEFAULT_RETRY = { attempts: 3, baseDelayMs: 500, maxDelayMs: 20_000 };
const silentLog = { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } };
async function createApiClient(options) {
    const timeoutMs = positive(options.timeoutMs, DEFAULT_TIMEOUT_MS);
    const maxBytes = positive(options.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES);
    const retry = {
        attempts: Math.max(1, Math.floor(positive(options.retry?.attempts, DEFAULT_RETRY.attempts))),
        baseDelayMs: nonNegative(options.retry?.baseDelayMs, DEFAULT_RETRY.baseDelayMs),
        maxDelayMs: nonNegative(options.retry?.maxDelayMs, DEFAULT_RETRY.maxDelayMs),
    };
    const token = options.token;
    const stop = options.signal;
    const scrub = (text) => scrubToken(text, token);
    const stopped = { ok: false, kind: 'timeout', reason: "not answered before the run's time limit" };
    // Loaded lazily: the CLI must start fast and the bundle should not pay for it when offline.
    const github = await Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 1351));
    const utils = await __webpack_require__.e(/* import() */ 665).then(__webpack_require__.bind(__webpack_require__, 8665));
    const defaultFetch = utils.defaults.request?.fetch;
    const innerFetch = defaultFetch ?? ((url, init) => globalThis.fetch(url, init));
    const octokit = github.getOctokit(token, { baseUrl: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .trimEnd */ .s8)(options.apiUrl, '/'), log: silentLog });
    async function attempt(route, params) {
        const controller = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            controller.abort();
        }, timeoutMs);
        let outcome;
        const wrappedFetch = async (url, init) => {
            const signals = [controller.signal, ...(init?.signal ? [init.signal] : []), ...(stop ? [stop] : [])];
            const signal = signals.length === 1 ? controller.signal : AbortSignal.any(signals);
            let response;
            try {
                response = await innerFetch(url, { ...init, signal });
            }
            catch (error) {
                outcome = timedOut
                    ? { type: 'failure', kind: 'timeout', detail: '' }
                    : { type: 'failure', kind: 'network', detail: scrub(describeNetworkError(error)) };
                throw error;
            }
            const read = await (0,_read_capped_js__WEBPACK_IMPORTED_MODULE_1__/* .readCapped */ .E)(response, maxBytes);
            if (read.type !== 'ok') {
                outcome = timedOut
                    ? { type: 'failure', kind: 'timeout', detail: '' }
                    : { type: 'failure', kind: read.type, detail: '' };
                throw new Error(read.type);
            }
            const text = new TextDecoder('utf-8').decode(read.bytes);
            outcome = { type: 'response', response: { status: response.status, headers: response.headers, text } };
            // Hand Octokit a small, already-read copy; it never touches the network body.
            const headers = new Headers(response.headers);
            headers.delete('content-length');
            headers.delete('content-encoding');
            const nullBody = [101, 103, 204, 205, 304].includes(response.status);
            return new Response(nullBody ? null : read.bytes, {
                status: response.status,
                statusText: response.statusText,
                headers,
            });
        };
        try {
            await octokit.request(route, {
                ...params,
                request: { fetch: wrappedFetch, parseSuccessResponseBody: false },
            });
        }
        catch (error) {
            // Octokit throws for HTTP errors and for whatever our wrapper threw; `outcome` knows which.
            if (!outcome) {
                outcome = timedOut
                    ? { type: 'failure', kind: 'timeout', detail: '' }
                    : { type: 'failure', kind: 'network', detail: scrub(describeNetworkError(error)) };
            }
        }
        finally {
            clearTimeout(timer);
        }
        return outcome ?? { type: 'failure', kind: 'network', detail: 'no response' };
    }
    async function get(route, params) {
        let last;
        for (let n = 1; n <= retry.attempts; n++) {
            if (stop?.aborted)
                return stopped;
            const outcome = await attempt(route, params);
            if (stop?.aborted)
                return stopped;
            const isLast = n === retry.attempts;
            const backoff = Math.min(retry.baseDelayMs * 2 ** (n - 1), retry.maxDelayMs);
            if (outcome.type === 'failure') {
                switch (outcome.kind) {
                    case 'timeout':
                        return { ok: false, kind: 'timeout', reason: `timed out after ${timeoutMs} ms` };
                    case 'too-large':
                        return { ok: false, kind: 'too-large', reason: `response too large (over ${formatBytes(maxBytes)})` };
                    case 'truncated':
                        return { ok: false, kind: 'truncated', reason: 'response truncated' };
                    case 'network':
                        last = {
                            ok: false,
                            kind: 'network',
                            reason: `network error after ${n} attempt${n === 1 ? '' : 's'}${outcome.detail ? `: ${outcome.detail}` : ''}`,
                        };
                        if (isLast)
                            return last;
                        await sleep(backoff, stop);
                        continue;
                }
            }
            const { status, headers, text } = outcome.response;
            if (status >= 200 && status < 300)
                return parseSuccess(status, headers, text);
            const apiMessage = errorMessage(text, scrub);
            const base = { ok: false, status, ...(apiMessage ? { apiMessage } : {}) };
            if (status >= 500) {
                last = { ...base, kind: 'server-error', reason: `server error after ${n} attempt${n === 1 ? '' : 's'} (last HTTP ${status})` };
                if (isLast)
                    return last;
                await sleep(backoff, stop);
                continue;
            }
            if (status === 403 || status === 429) {
                const retryAfter = parseRetryAfter(headers.get('retry-after'));
                const secondary = /secondary rate limit/i.test(apiMessage ?? '') || retryAfter !== null;
                const remaining = headers.get('x-ratelimit-remaining');
                if (!secondary && remaining === '0') {
                    const reset = Number(headers.get('x-ratelimit-reset'));
                    const until = Number.isFinite(reset) && reset > 0 ? `; resets at ${new Date(reset * 1000).toISOString()}` : '';
                    return { ...base, kind: 'rate-limited', reason: `rate limited (HTTP ${status}): API rate limit exhausted${until}` };
                }
                if (secondary || status === 429) {
                    const wait = retryAfter !== null ? retryAfter * 1000 : backoff;
                    if (retryAfter !== null && wait > retry.maxDelayMs) {
                        return {
                            ...base,
                            kind: 'rate-limited',
                            reason: `rate limited (HTTP ${status}, secondary rate limit): GitHub asked to wait ${retryAfter} s, longer than this run waits`,
                        };
                    }
                    last = {
                        ...base,
                        kind: 'rate-limited',
                        reason: `rate limited (HTTP ${status}, secondary rate limit) after ${n} attempt${n === 1 ? '' : 's'}`,
                    };
                    if (isLast)
                        return last;
                    await sleep(Math.min(wait, retry.maxDelayMs), stop);
                    continue;
                }
            }
            return { ...base, kind: 'http', reason: `HTTP ${status}` };
        }
        /* c8 ignore next */
        return last ?? { ok: false, kind: 'network', reason: 'no attempt made' };
    }
    return { get };
}
function parseSuccess(status, headers, text) {
    const hasNextPage = /rel="next"/.test(headers.get('link') ?? '');
    if (status === 204 || text.length === 0)
        return { ok: true, status, data: null, hasNextPage };
    try {
        return { ok: true, status, data: JSON.parse(text), hasNextPage };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : '';
        const trimmed = text.trimStart();
        const looksJson = trimmed.startsWith('{') || trimmed.startsWith('[');
        if (looksJson && /end of JSON input|Unterminated|Expected .* after|Bad control character/i.test(message) && endsEarly(text)) {
            return { ok: false, kind: 'truncated', status, reason: 'response truncated' };
        }
        return { ok: false, kind: 'not-json', status, reason: 'response was not JSON' };
    }
}
/** A JSON document cut short has unbalanced brackets; a malformed complete one usually does not. */
function endsEarly(text) {
    let depth = 0;
    let inString = false;
    let escaped = false;
    for (const ch of text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (ch === '\\')
                escaped = true;
            else if (ch === '"')
                inString = false;
            continue;
        }
        if (ch === '"')
            inString = true;
        else if (ch === '{' || ch === '[')
            depth++;
        else if (ch === '}' || ch === ']')
            depth--;
    }
    return inString || depth > 0;
}
function errorMessage(text, scrub) {
    if (!text)
        return undefined;
    try {
        const parsed = JSON.parse(text);
        if (parsed && typeof parsed === 'object' && typeof parsed.message === 'string') {
            return shorten(scrub(parsed.message));
        }
    }
    catch {
        // not JSON: no message to report
    }
    return undefined;
}
function parseRetryAfter(value) {
    if (value === null || value.trim() === '')
        return null;
    const seconds = Number(value.trim());
    if (Number.isFinite(seconds) && seconds >= 0)
        return seconds;
    const date = Date.parse(value);
    if (Number.isFinite(date))
        return Math.max(0, Math.ceil((date - Date.now()) / 1000));
    return null;
}
function describeNetworkError(error) {
    if (!(error instanceof Error))
        return 'unknown error';
    const cause = error.cause;
    if (cause instanceof Error) {
        const code = cause.code;
        return shorten(typeof code === 'string' ? code : cause.message);
    }
    return shorten(error.message);
}
function scrubToken(text, token) {
    if (!token || token.length < 4)
        return text;
    return text.split(token).join('***');
}
function shorten(text, max = 200) {
    return text.length > max ? `${text.slice(0, max)}\u2026` : text;
}
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0)
        return `${bytes / (1024 * 1024)} MB`;
    return `${bytes} bytes`;
}
function positive(value, fallback) {
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}
function nonNegative(value, fallback) {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}
/** Waits `ms`, or less when `signal` aborts. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    });
}


/***/ }),

/***/ 3203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collect: () => (/* binding */ collect)
});

// UNUSED EXPORTS: contentsProblem, shardRepositories

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/attestation/locate.ts
var locate = __webpack_require__(4774);
// EXTERNAL MODULE: ./src/attestation/zip.ts
var attestation_zip = __webpack_require__(7397);
// EXTERNAL MODULE: ./src/facts/read-capped.ts
var read_capped = __webpack_require__(9169);
// EXTERNAL MODULE: ./src/facts/github/http.ts
var http = __webpack_require__(6763);
;// CONCATENATED MODULE: ./src/organizer/github-api.ts
// The GitHub REST calls `slam collect` makes: JSON pages (repository, artifact listings) and
// artifact zips. Not src/facts/github/http.ts, on purpose: an evaluation must fail fast and
// never wait out a rate limit, while collection from thousands of repositories must pause every
// worker together when GitHub says so (primary or secondary limit) and go on afterwards, and must
// stream zips to disk through a redirect that never carries the token. Shared with http.ts: the
// capped body reader and the token scrubber.




const DEFAULTS = { timeoutMs: 30_000, maxJsonBytes: 8 * 1024 * 1024, maxZipBytes: 256 * 1024 * 1024, attempts: 3, baseDelayMs: 1_000, maxRateLimitWaitMs: 3_600_000 };
/** GitHub's advice when a secondary limit comes without retry-after: wait at least a minute. */
const SECONDARY_DEFAULT_WAIT_MS = 60_000;
const MAX_RATE_LIMIT_WAITS = 20;
class GitHubApi {
    o;
    origin;
    base;
    /** Every request waits until then: one rate limit pauses all workers. */
    pausedUntil = 0;
    constructor(options) {
        this.o = { ...DEFAULTS, ...definedOnly(options) };
        this.base = options.apiUrl.replace(/(?<!\/)\/+$/, '');
        this.origin = new URL(this.base).origin;
    }
    /** GET a JSON document: `path` below the API base (with its query), or a same-origin next-page URL. */
    async json(pathOrUrl) {
        const url = this.resolve(pathOrUrl);
        if (!url)
            return { ok: false, kind: 'redirect', reason: 'a next-page link pointed to another host; not followed' };
        const r = await this.request(url, 'json');
        if (!r.ok)
            return r;
        const body = await this.readBody(r.response, r.abort, this.o.maxJsonBytes);
        if (!body.ok)
            return body;
        try {
            return { ok: true, status: r.response.status, data: JSON.parse(Buffer.from(body.bytes).toString('utf8')), next: nextLink(r.response.headers.get('link'), this.origin) };
        }
        catch {
            return { ok: false, kind: 'not-json', status: r.response.status, reason: 'the answer was not JSON' };
        }
    }
    /**
     * Downloads an artifact zip to `dest`: the API answers 302 with a short-lived URL on another
     * host, fetched without the token. Streams to disk, hashing as it goes, within maxZipBytes.
     */
    async download(path, dest) {
        const first = await this.request(`${this.base}${path}`, 'redirect');
        if (!first.ok)
            return first;
        const status = first.response.status;
        if (status < 300 || status >= 400) {
            await first.response.body?.cancel().catch(() => { });
            // Some servers answer the zip directly; GitHub never does, so refuse rather than guess.
            return { ok: false, kind: 'redirect', status, reason: `expected a redirect to the zip, got HTTP ${status}` };
        }
        const location = first.response.headers.get('location');
        await first.response.body?.cancel().catch(() => { });
        let target;
        try {
            target = new URL(location ?? '', `${this.base}/`);
        }
        catch {
            return { ok: false, kind: 'redirect', status, reason: 'the redirect had no usable location' };
        }
        if (target.protocol !== 'https:' && !(target.protocol === 'http:' && isLoopback(target.hostname))) {
            return { ok: false, kind: 'redirect', status, reason: `the redirect went to ${target.protocol}// (only https is followed)` };
        }
        // Never the token: the URL carries its own short-lived signature.
        const second = await this.request(target.href, 'blob');
        if (!second.ok)
            return second;
        return this.saveBody(second.response, second.abort, dest);
    }
    resolve(pathOrUrl) {
        if (pathOrUrl.startsWith('/'))
            return `${this.base}${pathOrUrl}`;
        try {
            const u = new URL(pathOrUrl);
            return u.origin === this.origin ? u.href : null;
        }
        catch {
            return null;
        }
    }
    /** One request with retries; rate limits pause everyone and do not use up attempts. */
    async request(url, mode) {
        let attempt = 0;
        let rateWaits = 0;
        for (;;) {
            await this.waitForGate();
            attempt++;
            const controller = new AbortController();
            const timer = setTimeout(() => controller.abort(), this.o.timeoutMs);
            let response;
            try {
                response = await fetch(url, {
                    method: 'GET',
                    redirect: mode === 'blob' ? 'follow' : 'manual',
                    signal: controller.signal,
                    headers: mode === 'blob' ? { 'user-agent': 'security-slam-collect' } : this.apiHeaders(),
                });
            }
            catch (e) {
                clearTimeout(timer);
                const kind = controller.signal.aborted ? 'timeout' : 'network';
                if (attempt < this.o.attempts) {
                    await sleep(this.backoff(attempt));
                    continue;
                }
                const reason = kind === 'timeout' ? `no answer within ${this.o.timeoutMs} ms (${attempt} attempts)` : `network error after ${attempt} attempts: ${this.scrub(describe(e))}`;
                return { ok: false, kind, reason };
            }
            clearTimeout(timer);
            if (mode !== 'blob')
                this.observe(response);
            const s = response.status;
            if (s === 403 || s === 429) {
                const wait = await this.rateLimitWait(response);
                if (wait !== null) {
                    if (wait > this.o.maxRateLimitWaitMs || ++rateWaits > MAX_RATE_LIMIT_WAITS) {
                        return { ok: false, kind: 'rate-limited', status: s, reason: `rate limited: GitHub asked to wait ${Math.ceil(wait / 1000)} s, more than this run waits` };
                    }
                    this.pause(wait, s === 429 || response.headers.get('retry-after') ? 'secondary rate limit' : 'rate limit exhausted');
                    attempt--;
                    continue;
                }
                return { ok: false, kind: 'http', status: s, reason: `HTTP ${s}` };
            }
            if (s >= 500) {
                await response.body?.cancel().catch(() => { });
                if (attempt < this.o.attempts) {
                    await sleep(this.backoff(attempt));
                    continue;
                }
                return { ok: false, kind: 'http', status: s, reason: `server error after ${attempt} attempts (last HTTP ${s})` };
            }
            if (s >= 400) {
                await response.body?.cancel().catch(() => { });
                return { ok: false, kind: 'http', status: s, reason: `HTTP ${s}` };
            }
            if (mode === 'json' && s >= 300) {
                await response.body?.cancel().catch(() => { });
                return { ok: false, kind: 'redirect', status: s, reason: `HTTP ${s} redirect not followed` };
            }
            return { ok: true, response, abort: () => controller.abort() };
        }
    }
    apiHeaders() {
        const h = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', 'user-agent': 'security-slam-collect' };
        if (this.o.token)
            h.authorization = `Bearer ${this.o.token}`;
        return h;
    }
    /** A 403/429 that is a rate limit: how long to wait; null for a real refusal. */
    async rateLimitWait(response) {
        const h = response.headers;
        const body = await (0,read_capped/* readCapped */.E)(response, 64 * 1024).catch(() => null);
        const text = body?.type === 'ok' ? Buffer.from(body.bytes).toString('utf8') : '';
        const retryAfter = parseRetryAfter(h.get('retry-after'));
        if (retryAfter !== null)
            return retryAfter * 1000;
        if (h.get('x-ratelimit-remaining') === '0') {
            const reset = Number(h.get('x-ratelimit-reset'));
            return Number.isFinite(reset) && reset > 0 ? Math.max(1000, reset * 1000 - Date.now() + 1000) : SECONDARY_DEFAULT_WAIT_MS;
        }
        if (/rate limit/i.test(text.slice(0, 2000)) || response.status === 429)
            return SECONDARY_DEFAULT_WAIT_MS;
        return null;
    }
    /** A success that used the last request of the hour: pause before the next one fails. */
    observe(response) {
        if (response.status >= 400)
            return;
        if (response.headers.get('x-ratelimit-remaining') !== '0')
            return;
        const reset = Number(response.headers.get('x-ratelimit-reset'));
        if (Number.isFinite(reset) && reset > 0) {
            const wait = reset * 1000 - Date.now() + 1000;
            if (wait > 0 && wait <= this.o.maxRateLimitWaitMs)
                this.pause(wait, 'rate limit exhausted');
        }
    }
    pause(ms, why) {
        const until = Date.now() + ms;
        if (until > this.pausedUntil) {
            this.pausedUntil = until;
            this.o.onRateLimit?.(ms, why);
        }
    }
    async waitForGate() {
        for (let now = Date.now(); now < this.pausedUntil; now = Date.now())
            await sleep(this.pausedUntil - now);
    }
    backoff(attempt) {
        return Math.min(this.o.baseDelayMs * 2 ** (attempt - 1), 30_000);
    }
    scrub(text) {
        return (0,http/* scrubToken */.v3)(text, this.o.token);
    }
    /** A capped body with a stall timer that restarts on every chunk. */
    async readBody(response, abort, max) {
        const idle = new IdleTimer(this.o.timeoutMs, abort);
        try {
            const tapped = idle.tap(response);
            const r = await (0,read_capped/* readCapped */.E)(tapped, max);
            if (idle.fired)
                return { ok: false, kind: 'timeout', status: response.status, reason: `the answer stalled for ${this.o.timeoutMs} ms` };
            if (r.type === 'too-large')
                return { ok: false, kind: 'too-large', status: response.status, reason: `the answer is larger than ${max} bytes` };
            if (r.type === 'truncated')
                return { ok: false, kind: 'network', status: response.status, reason: 'the answer was cut short' };
            return { ok: true, bytes: r.bytes };
        }
        finally {
            idle.stop();
        }
    }
    async saveBody(response, abort, dest) {
        const max = this.o.maxZipBytes;
        const declared = Number(response.headers.get('content-length'));
        if (Number.isFinite(declared) && declared > max) {
            await response.body?.cancel().catch(() => { });
            return { ok: false, kind: 'too-large', status: response.status, reason: `the zip declares ${declared} bytes, more than the ${max} accepted` };
        }
        const out = (0,external_node_fs_.createWriteStream)(dest, { flags: 'wx', mode: 0o600 });
        const opened = new Promise((resolve, reject) => {
            out.once('open', () => resolve());
            out.once('error', reject);
        });
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let bytes = 0;
        let failure = null;
        const reader = response.body?.getReader();
        const idle = new IdleTimer(this.o.timeoutMs, abort);
        try {
            await opened;
            for (;;) {
                if (!reader)
                    break;
                let chunk;
                try {
                    chunk = await reader.read();
                }
                catch {
                    failure = idle.fired ? { ok: false, kind: 'timeout', reason: `the download stalled for ${this.o.timeoutMs} ms` } : { ok: false, kind: 'network', reason: 'the download was cut short' };
                    break;
                }
                if (chunk.done) {
                    if (idle.fired)
                        failure = { ok: false, kind: 'timeout', reason: `the download stalled for ${this.o.timeoutMs} ms` };
                    break;
                }
                idle.kick();
                bytes += chunk.value.byteLength;
                if (bytes > max) {
                    failure = { ok: false, kind: 'too-large', reason: `the zip is larger than the ${max} bytes accepted` };
                    await reader.cancel().catch(() => { });
                    break;
                }
                hash.update(chunk.value);
                if (!out.write(chunk.value))
                    await new Promise((resolve) => out.once('drain', () => resolve()));
            }
        }
        catch (e) {
            failure = { ok: false, kind: 'network', reason: `cannot write the download: ${e.code ?? describe(e)}` };
        }
        finally {
            idle.stop();
            await new Promise((resolve) => out.end(() => resolve()));
        }
        if (failure)
            return failure;
        if (Number.isFinite(declared) && declared > 0 && bytes !== declared)
            return { ok: false, kind: 'network', reason: `the download ended after ${bytes} of ${declared} bytes` };
        return { ok: true, bytes, sha256: hash.digest('hex') };
    }
}
/** A timer restarted by every chunk; when it fires, the body is cancelled. */
class IdleTimer {
    fired = false;
    timer = null;
    ms;
    onFire;
    constructor(ms, onFire) {
        this.ms = ms;
        this.onFire = onFire;
        this.kick();
    }
    kick() {
        if (this.timer)
            clearTimeout(this.timer);
        this.timer = setTimeout(() => {
            this.fired = true;
            this.onFire();
        }, this.ms);
    }
    stop() {
        if (this.timer)
            clearTimeout(this.timer);
        this.timer = null;
    }
    /** The same response with a body that kicks the timer on every chunk. */
    tap(response) {
        if (!response.body)
            return response;
        const kick = () => this.kick();
        const body = response.body.pipeThrough(new TransformStream({
            transform(chunk, controller) {
                kick();
                controller.enqueue(chunk);
            },
        }));
        return new Response(body, { status: response.status, headers: response.headers });
    }
}
/** The rel="next" URL of a Link header, only when it stays on the API's origin. */
function nextLink(header, origin) {
    if (!header || header.length > 8192)
        return null;
    for (const part of header.split(',')) {
        const open = part.indexOf('<');
        const close = part.indexOf('>', open + 1);
        if (open < 0 || close < 0)
            continue;
        const params = part.slice(close + 1).split(';').map((p) => p.trim().toLowerCase());
        if (!params.includes('rel="next"') && !params.includes('rel=next'))
            continue;
        try {
            const u = new URL(part.slice(open + 1, close));
            return u.origin === origin ? u.href : null;
        }
        catch {
            return null;
        }
    }
    return null;
}
function parseRetryAfter(value) {
    if (value === null || value.trim() === '')
        return null;
    const seconds = Number(value.trim());
    if (Number.isFinite(seconds) && seconds >= 0)
        return seconds;
    const date = Date.parse(value);
    return Number.isFinite(date) ? Math.max(0, Math.ceil((date - Date.now()) / 1000)) : null;
}
function isLoopback(host) {
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]' || host === '::1';
}
function describe(e) {
    if (!(e instanceof Error))
        return String(e);
    const cause = e.cause;
    if (cause instanceof Error)
        return cause.code ?? cause.message;
    return e.message;
}
function definedOnly(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

// EXTERNAL MODULE: ./src/organizer/hub.ts
var hub = __webpack_require__(7110);
// EXTERNAL MODULE: ./src/organizer/pool.ts
var pool = __webpack_require__(7239);
// EXTERNAL MODULE: ./src/organizer/records.ts
var records = __webpack_require__(8603);
;// CONCATENATED MODULE: ./src/organizer/collect.ts
// `slam collect`: for each participant repository (this shard's share), the signed-result
// artifacts from the default branch inside the event window, downloaded once and extracted
// safely into OUT (layout in records.ts). Reads the GitHub REST API only, never a repository.
//
// Per repository: GET /repos/{o}/{r} (the default branch), then every page of
// GET /repos/{o}/{r}/actions/artifacts?name=\u2026; an artifact is kept when its run is on the default
// branch of the repository itself (not a fork's branch of the same name), was created inside the
// window, and has not expired. Each kept artifact not already in OUT is downloaded through the
// API's redirect (the token stays with the API), checked against GitHub's digest, read with the
// attestation zip reader's limits, and must hold one bundle with its result beside it.









const PAGE_SIZE = 100;
/** 100 pages of 100: far more than a year of daily runs keeps (artifacts expire after 90 days). */
const MAX_PAGES = 100;
/** The repositories of a shard: every Nth of the event's repositories, in event order. */
function shardRepositories(event, shard) {
    const all = event.participants.flatMap((participant) => participant.repositories.map((repository) => ({ repository, participant })));
    return all.filter((_, i) => i % shard.count === shard.index - 1);
}
async function collect(options) {
    const started = Date.now();
    const { event, out } = options;
    const shard = options.shard ?? { index: 1, count: 1 };
    const concurrency = Math.max(1, Math.min(64, options.concurrency ?? 8));
    const progress = { repositories: 0, listed: 0, toDownload: 0, downloaded: 0, failed: 0, pausedUntil: null };
    let pauses = 0;
    const api = new GitHubApi({
        ...options.api,
        token: options.token,
        apiUrl: options.apiUrl,
        onRateLimit: (ms) => {
            pauses++;
            progress.pausedUntil = Date.now() + ms;
            options.onProgress?.({ ...progress });
        },
    });
    const tell = () => {
        if (progress.pausedUntil !== null && progress.pausedUntil < Date.now())
            progress.pausedUntil = null;
        options.onProgress?.({ ...progress });
    };
    (0,external_node_fs_.mkdirSync)(out, { recursive: true });
    const tmp = (0,external_node_path_.join)(out, records/* TMP_DIR */.Eu, `${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    (0,external_node_fs_.mkdirSync)(tmp, { recursive: true });
    const repos = shardRepositories(event, shard);
    progress.repositories = repos.length;
    let bytes = 0;
    try {
        const work = await (0,pool/* mapPool */.P)(repos, concurrency, async ({ repository, participant }) => {
            const w = await listRepository(api, event, out, repository, participant);
            progress.listed++;
            progress.toDownload += w.tasks.length;
            tell();
            return w;
        });
        const tasks = work.flatMap((w) => w.tasks.map((a) => ({ w, a })));
        await (0,pool/* mapPool */.P)(tasks, concurrency, async ({ w, a }) => {
            const r = await fetchArtifact(api, out, tmp, w, a);
            if (r.ok) {
                bytes += r.bytes;
                progress.downloaded++;
            }
            else
                progress.failed++;
            tell();
        });
        for (const w of work)
            finish(w, event);
        await recordHubVerdicts(options, new Set(repos.map((r) => r.repository)));
        for (const w of work)
            (0,records/* writeRecord */.rh)(out, w.record);
        return { shard, repositories: work.map((w) => w.summary), downloaded: progress.downloaded, bytes, seconds: (Date.now() - started) / 1000, rateLimitPauses: pauses };
    }
    finally {
        (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true });
        const tmpRoot = (0,external_node_path_.join)(out, records/* TMP_DIR */.Eu);
        if ((0,external_node_fs_.existsSync)(tmpRoot) && (0,external_node_fs_.readdirSync)(tmpRoot).length === 0)
            (0,external_node_fs_.rmSync)(tmpRoot, { recursive: true, force: true });
    }
}
async function listRepository(api, event, out, repository, participant) {
    const previous = (0,records/* readRecord */.aE)(out, repository);
    const record = {
        version: 1,
        repository,
        participant: participant.name,
        checkedAt: new Date().toISOString(),
        status: 'error',
        detail: '',
        defaultBranch: previous?.defaultBranch ?? null,
        repositoryId: previous?.repositoryId ?? null,
        fullName: previous?.fullName ?? null,
        artifacts: (previous?.artifacts ?? []).filter((a) => a.state === 'refused' || (0,external_node_fs_.existsSync)((0,records/* artifactDir */.SV)(out, repository, a.id))),
    };
    const summary = { repository, participant: participant.name, status: 'error', detail: '', inWindow: 0, downloaded: 0, alreadyHere: 0, refused: 0, failed: 0 };
    const w = { repository, participant, record, summary, tasks: [], listFailed: false, expiredOnDownload: 0 };
    const [owner, name] = repository.split('/').map(encodeURIComponent);
    const repo = await api.json(`/repos/${owner}/${name}`);
    if (!repo.ok)
        return failed(w, repo, 'the repository');
    const data = repo.data;
    if (typeof data?.default_branch !== 'string' || data.default_branch === '')
        return failed(w, { ok: false, kind: 'not-json', reason: 'GitHub did not say which branch is the default' }, 'the repository');
    record.defaultBranch = data.default_branch;
    record.repositoryId = Number.isSafeInteger(data.id) ? data.id : null;
    record.fullName = typeof data.full_name === 'string' ? data.full_name : null;
    const listed = [];
    let next = `/repos/${owner}/${name}/actions/artifacts?name=${encodeURIComponent(event.artifactName)}&per_page=${PAGE_SIZE}`;
    for (let page = 0; next !== null; page++) {
        if (page === MAX_PAGES) {
            record.detail = `listing stopped after ${MAX_PAGES} pages`;
            break;
        }
        const r = await api.json(next);
        if (!r.ok)
            return failed(w, r, 'the artifact list');
        const items = r.data?.artifacts;
        if (!Array.isArray(items))
            return failed(w, { ok: false, kind: 'not-json', reason: 'the artifact list had no artifacts array' }, 'the artifact list');
        for (const item of items) {
            const a = toListed(item);
            if (a)
                listed.push(a);
        }
        next = r.next;
    }
    const { startMs, endMs } = event.window;
    const named = listed.filter((a) => a.name === event.artifactName);
    const inWindow = named.filter((a) => {
        const t = Date.parse(a.createdAt);
        const ownRepo = a.headRepositoryId === null || record.repositoryId === null || a.headRepositoryId === record.repositoryId;
        return a.headBranch === record.defaultBranch && ownRepo && t >= startMs && t <= endMs;
    });
    const live = inWindow.filter((a) => !a.expired && (a.expiresAt === null || Date.parse(a.expiresAt) > Date.now()));
    summary.inWindow = live.length;
    const have = new Map(record.artifacts.map((a) => [a.id, a]));
    for (const a of live) {
        // Artifacts are immutable: an id seen before (kept or refused) is never downloaded again.
        const h = have.get(a.id);
        if (!h)
            w.tasks.push(a);
        else if (h.state === 'extracted')
            summary.alreadyHere++;
        else
            summary.refused++;
    }
    const branch = record.defaultBranch;
    if (named.length === 0)
        summary.detail = `no artifact named ${event.artifactName}`;
    else if (inWindow.length === 0)
        summary.detail = `${named.length} artifact${s(named.length)} named ${event.artifactName}, none from ${branch} inside the window`;
    else if (live.length === 0)
        summary.detail = `${inWindow.length} artifact${s(inWindow.length)} from ${branch} inside the window, all expired`;
    record.status = live.length === 0 ? (inWindow.length > 0 ? 'expired' : 'none-in-window') : 'collected';
    return w;
}
/** Downloads, checks and extracts one artifact; updates the repository's record as it goes. */
async function fetchArtifact(api, out, tmp, w, a) {
    const [owner, name] = w.repository.split('/').map(encodeURIComponent);
    const zip = (0,external_node_path_.join)(tmp, `${a.id}.zip`);
    const got = await api.download(`/repos/${owner}/${name}/actions/artifacts/${a.id}/zip`, zip);
    if (!got.ok) {
        (0,external_node_fs_.rmSync)(zip, { force: true });
        w.summary.failed++;
        const expired = got.status === 410;
        note(w, expired ? `artifact ${a.id} expired before it was downloaded (HTTP 410)` : `artifact ${a.id}: ${got.reason}`);
        if (expired) {
            w.summary.inWindow--;
            w.expiredOnDownload++;
        }
        return { ok: false };
    }
    const base = {
        id: a.id,
        name: a.name,
        digest: a.digest,
        zipSha256: got.sha256,
        sizeInBytes: got.bytes,
        runId: a.runId,
        headBranch: a.headBranch,
        headSha: a.headSha,
        createdAt: a.createdAt,
        expiresAt: a.expiresAt,
        downloadedAt: new Date().toISOString(),
    };
    const refuse = (detail) => {
        w.summary.refused++;
        note(w, `artifact ${a.id} refused: ${detail}`);
        upsert(w, { ...base, state: 'refused', detail });
        (0,records/* writeRecord */.rh)(out, w.record);
        return { ok: true, bytes: got.bytes };
    };
    try {
        if (a.digest && a.digest.toLowerCase() !== `sha256:${got.sha256}`)
            return refuse(`the zip's SHA-256 (${got.sha256.slice(0, 12)}\u2026) differs from the digest GitHub lists (${a.digest.slice(0, 19)}\u2026)`);
        const staging = (0,external_node_path_.join)(tmp, String(a.id));
        let files;
        try {
            files = (await (0,attestation_zip/* extractZip */.JE)(zip, staging)).map((f) => (0,external_node_path_.relative)(staging, f).split(external_node_path_.sep).join('/'));
        }
        catch (e) {
            (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
            if (e instanceof attestation_zip/* ZipError */.Wz)
                return refuse(e.message);
            throw e;
        }
        const problem = contentsProblem(files);
        if (problem) {
            (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
            return refuse(problem);
        }
        const dest = (0,records/* artifactDir */.SV)(out, w.repository, a.id);
        (0,external_node_fs_.rmSync)(dest, { recursive: true, force: true });
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(dest, '..'), { recursive: true });
        (0,external_node_fs_.renameSync)(staging, dest);
        w.summary.downloaded++;
        upsert(w, { ...base, state: 'extracted', files: files.sort() });
        (0,records/* writeRecord */.rh)(out, w.record);
        return { ok: true, bytes: got.bytes };
    }
    finally {
        (0,external_node_fs_.rmSync)(zip, { force: true });
    }
}
/** An artifact holds one signed result: one bundle, the file it signs beside it, SARIF at most. */
function contentsProblem(files) {
    const bundles = files.filter((f) => f.endsWith(locate/* BUNDLE_SUFFIX */.Zf));
    if (bundles.length === 0)
        return `no Sigstore bundle (*${locate/* BUNDLE_SUFFIX */.Zf}) in the artifact: it holds ${files.length === 0 ? 'nothing' : files.slice(0, 5).join(', ')}`;
    if (bundles.length > 1)
        return `${bundles.length} bundles (${bundles.slice(0, 5).join(', ')}); an artifact holds one signed result`;
    const result = bundles[0].slice(0, -locate/* BUNDLE_SUFFIX */.Zf.length);
    if (!files.includes(result))
        return `the bundle ${bundles[0]} has no ${result} beside it`;
    const others = files.filter((f) => f !== result && f !== bundles[0] && f.endsWith('.json') && !f.endsWith('.sarif.json'));
    if (others.length > 0)
        return `more than one result: ${[result, ...others].slice(0, 5).join(', ')}; an artifact holds one signed result`;
    return null;
}
function finish(w, event) {
    const { record, summary } = w;
    const extracted = record.artifacts.filter((a) => a.state === 'extracted').length;
    if (w.listFailed) {
        if (extracted > 0)
            note(w, `${extracted} result${s(extracted)} kept from earlier runs`);
    }
    else if (extracted > 0) {
        record.status = 'collected';
        const parts = [`${summary.downloaded} downloaded`, `${summary.alreadyHere} already here`];
        if (summary.refused)
            parts.push(`${summary.refused} refused`);
        if (summary.failed)
            parts.push(`${summary.failed} failed`);
        record.detail = [`${extracted} result${s(extracted)} from ${record.defaultBranch} (${parts.join(', ')})`, record.detail].filter(Boolean).join('; ');
    }
    else if (summary.refused > 0) {
        record.status = 'refused';
    }
    else if (summary.failed > 0) {
        record.status = w.expiredOnDownload === summary.failed ? 'expired' : 'error';
    }
    if (!record.detail)
        record.detail = summary.detail || `${event.artifactName}: nothing kept`;
    summary.status = record.status;
    summary.detail = record.detail;
    if (record.httpStatus !== undefined)
        summary.httpStatus = record.httpStatus;
}
function failed(w, f, what) {
    const status = f.status === 404 || f.status === 410 ? 'not-found' : f.status === 403 || f.status === 451 ? 'no-access' : 'error';
    const words = {
        'not-found': f.status === 410 ? 'gone (HTTP 410)' : 'not found (HTTP 404): renamed, deleted or private',
        'no-access': `no access (HTTP ${f.status}): the token cannot read ${what}`,
    };
    w.listFailed = true;
    w.record.status = status;
    w.record.detail = words[status] ?? `${what}: ${f.reason}`;
    if (f.status !== undefined)
        w.record.httpStatus = f.status;
    return w;
}
async function recordHubVerdicts(options, inShard) {
    const { event, out } = options;
    if (event.defender === 'signed-result')
        return;
    const source = options.hub ?? (0,hub/* grcHubReader */.n)();
    for (const p of event.participants) {
        if (!p.hubTarget || !inShard.has(p.repositories[0]))
            continue;
        let verdict;
        try {
            verdict = await source(p.hubTarget, p);
        }
        catch (e) {
            verdict = { state: 'unknown', detail: `the hub could not be read: ${e instanceof Error ? e.message : String(e)}` };
        }
        (0,records/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)((0,records/* repoDir */.wD)(out, p.repositories[0]), records/* HUB_FILE */.n), { ...verdict, target: p.hubTarget, checkedAt: new Date().toISOString() });
    }
}
function upsert(w, a) {
    const i = w.record.artifacts.findIndex((x) => x.id === a.id);
    if (i >= 0)
        w.record.artifacts[i] = a;
    else
        w.record.artifacts.push(a);
    w.record.artifacts.sort((x, y) => x.createdAt.localeCompare(y.createdAt) || x.id - y.id);
}
function note(w, line) {
    w.record.detail = w.record.detail ? `${w.record.detail}; ${line}` : line;
}
/** One entry of GitHub's artifact list, or null when it lacks what we rely on. */
function toListed(item) {
    if (!item || typeof item !== 'object')
        return null;
    const a = item;
    const run = (a.workflow_run && typeof a.workflow_run === 'object' ? a.workflow_run : {});
    if (!Number.isSafeInteger(a.id) || a.id <= 0 || typeof a.name !== 'string' || typeof a.created_at !== 'string' || !Number.isFinite(Date.parse(a.created_at)))
        return null;
    const int = (v) => (Number.isSafeInteger(v) ? v : null);
    const str = (v) => (typeof v === 'string' ? v : null);
    const digest = str(a.digest);
    return {
        id: a.id,
        name: a.name,
        expired: a.expired === true,
        createdAt: a.created_at,
        expiresAt: str(a.expires_at),
        digest: digest && /^sha256:[0-9a-fA-F]{64}$/.test(digest) ? digest : null,
        sizeInBytes: int(a.size_in_bytes) ?? 0,
        runId: int(run.id),
        headBranch: str(run.head_branch),
        headSha: str(run.head_sha),
        headRepositoryId: int(run.head_repository_id),
    };
}
function s(n) {
    return n === 1 ? '' : 's';
}


/***/ }),

/***/ 7110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ grcHubReader),
/* harmony export */   readHubVerdict: () => (/* binding */ readHubVerdict)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _facts_grc_hub_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8556);
/* harmony import */ var _objectives_hub_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2663);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8603);
// The grc.store hub's Defender verdict for a participant (issue 13), when the event's `defender`
// is grc-store or either. Collect asks a HubVerdictSource once per participant (in the shard that
// holds its first repository) and records the answer in that repository's hub.json; score reads
// it back and awards Defender by the event's rule. The reader of the hub itself lives with the
// hub facts (fetchHubVerdict); the judgement is the Defender sub-check's own (judgeHubVerdict).





/**
 * Reads the hub (`hub.grc.store`, or the mirror SLAM_GRC_HUB_URL names) and judges the latest
 * result at the participant's level as Defender's hub sub-check does: met is passed; stale as
 * the only thing missing is stale; anything else missing is failed; undecided is unknown.
 */
function grcHubReader(hubHost = 'hub.grc.store', options = {}) {
    return async (hubTarget, participant) => {
        const target = (0,_facts_grc_hub_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseHubTarget */ .ny)(hubTarget);
        if (!target)
            return { state: 'unknown', detail: `hub-target ${JSON.stringify(hubTarget.slice(0, 100))} is not <namespace>/<id>` };
        const url = (0,_facts_grc_hub_index_js__WEBPACK_IMPORTED_MODULE_2__/* .hubPageUrl */ .Ar)(hubHost, target) ?? undefined;
        const answer = await (0,_facts_grc_hub_index_js__WEBPACK_IMPORTED_MODULE_2__/* .fetchHubVerdict */ .ru)(target, hubHost, options);
        if (answer.state === 'unknown')
            return { state: 'unknown', detail: answer.reason, ...(url ? { url } : {}) };
        const j = (0,_objectives_hub_js__WEBPACK_IMPORTED_MODULE_3__/* .judgeHubVerdict */ .Mz)(answer.verdict, participant.level);
        const state = j.verdict === 'met' ? 'passed' : j.verdict === 'unknown' ? 'unknown' : j.stale && j.missing.length === 1 ? 'stale' : 'failed';
        const detail = j.verdict === 'met' ? `${answer.verdict.result} at Level ${answer.verdict.evaluatedLevel}` : (j.reason ?? j.missing.join('; '));
        return { state, detail, ...(answer.verdict.runAt ? { runAt: answer.verdict.runAt } : {}), ...(url ? { url } : {}) };
    };
}
function readHubVerdict(out, participant) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_records_js__WEBPACK_IMPORTED_MODULE_4__/* .repoDir */ .wD)(out, participant.repositories[0]), _records_js__WEBPACK_IMPORTED_MODULE_4__/* .HUB_FILE */ .n);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return null;
    try {
        const v = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        if (!['passed', 'failed', 'stale', 'unknown'].includes(v?.state) || typeof v.detail !== 'string')
            return null;
        return v;
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 7239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ mapPool)
/* harmony export */ });
// Runs `work` over every item with at most `limit` at a time, in order of start; results keep the
// items' order. A rejection does not stop the others; it is rethrown after all have finished.
async function mapPool(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    let failure = null;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            try {
                results[i] = await work(items[i], i);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failure)
        throw failure.error;
    return results;
}


/***/ }),

/***/ 8603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ TMP_DIR),
/* harmony export */   SV: () => (/* binding */ artifactDir),
/* harmony export */   ZJ: () => (/* binding */ writeJsonAtomic),
/* harmony export */   aE: () => (/* binding */ readRecord),
/* harmony export */   n: () => (/* binding */ HUB_FILE),
/* harmony export */   rh: () => (/* binding */ writeRecord),
/* harmony export */   wD: () => (/* binding */ repoDir),
/* harmony export */   yQ: () => (/* binding */ ARTIFACTS_DIR)
/* harmony export */ });
/* unused harmony export RECORD_FILE */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// The collection folder's layout and its records, shared by collect (writes), verify and score
// (read). One folder per repository, so that shards collected on different machines merge by
// copying folders together:
//
//   OUT/<owner>/<name>/collect.json            what collect saw (status, default branch, artifacts)
//   OUT/<owner>/<name>/artifacts/<id>/\u2026        one extracted artifact: result, bundle, SARIF
//   OUT/<owner>/<name>/hub.json                the grc.store verdict, when the event asks for it
//   OUT/.tmp/                                  downloads in progress (never read by verify)
//
// Owner and name come from the event file (checked: no `.`/`..`, no separators) and are lower-cased,
// as GitHub compares them; artifact ids are checked to be plain integers before they become paths.


const RECORD_FILE = 'collect.json';
const HUB_FILE = 'hub.json';
const ARTIFACTS_DIR = 'artifacts';
const TMP_DIR = '.tmp';
const MAX_RECORD_BYTES = 16 * 1024 * 1024;
/** The repository's folder below OUT. */
function repoDir(out, repository) {
    const [owner, name] = repository.toLowerCase().split('/');
    if (!owner || !name || name === '.' || name === '..' || owner.includes('\\') || name.includes('\\'))
        throw new Error(`not a repository name: ${repository}`);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, owner, name);
}
function artifactDir(out, repository, id) {
    if (!Number.isSafeInteger(id) || id <= 0)
        throw new Error(`not an artifact id: ${id}`);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir(out, repository), ARTIFACTS_DIR, String(id));
}
/** The record collect left, or null when there is none (or it cannot be read as one). */
function readRecord(out, repository) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir(out, repository), RECORD_FILE);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return null;
    try {
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
        if (text.length > MAX_RECORD_BYTES)
            return null;
        const r = JSON.parse(text);
        if (r?.version !== 1 || !Array.isArray(r.artifacts))
            return null;
        return r;
    }
    catch {
        return null;
    }
}
/** Written whole then renamed: an interrupted run leaves the previous record, never half of one. */
function writeJsonAtomic(file, data) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(file, '..'), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, `${JSON.stringify(data, null, 2)}\n`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, file);
}
function writeRecord(out, record) {
    writeJsonAtomic((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir(out, record.repository), RECORD_FILE), record);
}


/***/ })

};
