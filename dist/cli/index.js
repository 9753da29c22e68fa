import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8114:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Vs: () => (/* binding */ gatherGitFacts),
  EO: () => (/* binding */ runGit)
});

// UNUSED EXPORTS: parseRepository

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/facts/git.ts
// Git, asked read-only questions about the checkout. The repository is hostile input:
// never let its configuration run programs (fsmonitor, hooks do not run for these commands).


const GIT_SAFE_ARGS = ['-c', 'core.fsmonitor=false', '-c', 'core.untrackedCache=false', '-c', 'safe.directory=*'];
/** Runs git in `root` when `root` is the top of a work tree; null when it is not or git fails. */
function runGit(root, args, maxBuffer = 512 * 1024 * 1024) {
    if (!isWorkTreeTop(root))
        return null;
    return rawGit(root, args, maxBuffer);
}
const topCache = new Map();
function isWorkTreeTop(root) {
    const cached = topCache.get(root);
    if (cached !== undefined)
        return cached;
    const top = rawGit(root, ['rev-parse', '--show-toplevel'])?.trim();
    let ok = false;
    if (top) {
        try {
            ok = (0,external_node_fs_.realpathSync)(top) === root;
        }
        catch {
            ok = false;
        }
    }
    topCache.set(root, ok);
    return ok;
}
function rawGit(cwd, args, maxBuffer = 64 * 1024 * 1024) {
    try {
        return (0,external_node_child_process_namespaceObject.execFileSync)('git', [...GIT_SAFE_ARGS, ...args], {
            cwd,
            encoding: 'utf8',
            maxBuffer,
            stdio: ['ignore', 'pipe', 'ignore'],
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
        });
    }
    catch {
        return null;
    }
}
function gatherGitFacts(root) {
    const isRepo = runGit(root, ['rev-parse', '--git-dir']) !== null;
    if (!isRepo)
        return { isRepo: false, commit: null, ref: null, remoteUrl: null, repository: null, shallow: false, tags: [] };
    const commit = runGit(root, ['rev-parse', '--verify', '-q', 'HEAD'])?.trim() || null;
    const ref = runGit(root, ['symbolic-ref', '-q', 'HEAD'])?.trim() || null;
    const remoteUrl = runGit(root, ['config', '--get', 'remote.origin.url'])?.trim() || null;
    const shallow = runGit(root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
    const tags = (runGit(root, ['tag', '--list'])?.split('\n') ?? []).filter(Boolean).slice(0, 10_000);
    return { isRepo, commit, ref, remoteUrl, repository: remoteUrl ? parseRepository(remoteUrl) : null, shallow, tags };
}
/** owner/name from https://github.com/o/n(.git), git@github.com:o/n.git, ssh://git@host/o/n. */
function parseRepository(url) {
    const m = /^(?:[a-z+]+:\/\/)?(?:[^@/]+@)?[^/:]+[:/]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url.trim());
    return m ? `${m[1]}/${m[2]}` : null;
}


/***/ }),

/***/ 1055:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JC: () => (/* binding */ SnapshotError),
/* harmony export */   xC: () => (/* binding */ RepoSnapshot)
/* harmony export */ });
/* unused harmony exports formatBytes, errorCode */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8114);
// A read-only, hostile-input-safe view of the checked-out repository.
// Every other fact is built on it: it lists files once, reads each file at most once,
// never follows a symlink out of the root, and skips files that are too large.



const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const DEFAULT_MAX_FILES = 1_000_000;
const HEAD_BYTES = 8192;
const headBuffer = Buffer.alloc(HEAD_BYTES);
class RepoSnapshot {
    root;
    files;
    fromGit;
    notes = [];
    byPath = new Map();
    byLowerPath = null;
    byDir = null;
    texts = new Map();
    maxFileBytes;
    constructor(root, files, fromGit, maxFileBytes) {
        this.root = root;
        this.files = files;
        this.fromGit = fromGit;
        this.maxFileBytes = maxFileBytes;
        for (const f of files)
            this.byPath.set(f.path, f);
    }
    /** Opens a snapshot of `dir`. Throws SnapshotError when `dir` is not a readable directory. */
    static open(dir, options = {}) {
        let root;
        try {
            root = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(dir);
        }
        catch {
            throw new SnapshotError(`path does not exist: ${dir}`);
        }
        let isDir = false;
        try {
            isDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(root).isDirectory();
        }
        catch {
            /* handled below */
        }
        if (!isDir)
            throw new SnapshotError(`path is not a directory: ${dir}`);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(root);
        }
        catch {
            throw new SnapshotError(`directory cannot be read: ${dir}`);
        }
        const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
        const notes = [];
        const listed = listFromGit(root) ?? null;
        const files = listed ?? walk(root, maxFiles, notes);
        files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        const snap = new RepoSnapshot(root, files, listed !== null, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
        snap.notes.push(...notes);
        return snap;
    }
    get(path) {
        return this.byPath.get(path);
    }
    has(path) {
        return this.byPath.has(path);
    }
    /** Entries whose path equals `path` ignoring case (README.md vs readme.md). */
    getIgnoreCase(path) {
        if (this.byLowerPath === null) {
            this.byLowerPath = new Map();
            for (const f of this.files) {
                const lower = f.path.toLowerCase();
                const list = this.byLowerPath.get(lower);
                if (list)
                    list.push(f);
                else
                    this.byLowerPath.set(lower, [f]);
            }
        }
        return this.byLowerPath.get(path.toLowerCase()) ?? [];
    }
    /** Files directly inside `dir` ('' for the root), matching an optional test on the base name. */
    filesIn(dir, test) {
        if (this.byDir === null) {
            this.byDir = new Map();
            for (const f of this.files) {
                const slash = f.path.lastIndexOf('/');
                const d = slash < 0 ? '' : f.path.slice(0, slash);
                const list = this.byDir.get(d);
                if (list)
                    list.push(f);
                else
                    this.byDir.set(d, [f]);
            }
        }
        const entries = this.byDir.get(dir.replace(/\/+$/, '')) ?? [];
        if (!test)
            return entries.slice();
        return entries.filter((f) => test(f.path.slice(f.path.lastIndexOf('/') + 1)));
    }
    /** Reads a file as UTF-8 text, once. Refuses symlinks that leave the root and files over the cap. */
    read(path) {
        const cached = this.texts.get(path);
        if (cached)
            return cached;
        const result = this.readUncached(path);
        this.texts.set(path, result);
        if (!result.ok)
            this.note(path, result.reason);
        else if (result.invalidUtf8)
            this.note(path, 'not valid UTF-8; invalid bytes were replaced');
        return result;
    }
    /**
     * The first bytes of a file (up to 8 KiB), for content sniffing: binary, executable magic.
     * Null when unreadable. Not cached: each caller sniffs a file once, and 100,000 cached heads
     * would cost hundreds of MiB.
     */
    head(path) {
        const fd = this.openInside(path);
        if (typeof fd !== 'number')
            return null;
        try {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, headBuffer, 0, HEAD_BYTES, 0);
            return Buffer.from(headBuffer.subarray(0, n));
        }
        catch {
            return null;
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
    /** Calls `fn` with the first bytes of a file without copying them; `fn` must not keep the buffer. */
    peek(path, fn) {
        const fd = this.openInside(path);
        if (typeof fd !== 'number')
            return null;
        try {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, headBuffer, 0, HEAD_BYTES, 0);
            return fn(headBuffer.subarray(0, n));
        }
        catch {
            return null;
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
    /** Binary by content: a NUL byte in the first 8 KiB, as git decides. */
    isBinary(path) {
        const h = this.head(path);
        return h !== null && h.includes(0);
    }
    note(path, detail) {
        if (!this.notes.some((n) => n.path === path && n.detail === detail))
            this.notes.push({ path, detail });
    }
    readUncached(path) {
        const fd = this.openInside(path);
        if (typeof fd !== 'number')
            return { ok: false, reason: fd };
        try {
            const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size;
            if (size > this.maxFileBytes) {
                return { ok: false, reason: `skipped: ${formatBytes(size)} is over the ${formatBytes(this.maxFileBytes)} read limit` };
            }
            const buf = Buffer.alloc(size);
            let off = 0;
            while (off < size) {
                const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, off, size - off, off);
                if (n === 0)
                    break;
                off += n;
            }
            const bytes = buf.subarray(0, off);
            let text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
            let invalidUtf8 = false;
            if (text.includes('\uFFFD')) {
                try {
                    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
                }
                catch {
                    invalidUtf8 = true;
                }
            }
            if (text.charCodeAt(0) === 0xfeff)
                text = text.slice(1);
            return { ok: true, text, size: off, invalidUtf8 };
        }
        catch (e) {
            return { ok: false, reason: `cannot be read: ${errorCode(e)}` };
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
    /** Opens a regular file inside the root, or returns why not. */
    openInside(path) {
        if (path.split('/').some((s) => s === '..' || s === '') || path.startsWith('/'))
            return 'not a path inside the repository';
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, ...path.split('/'));
        const entry = this.byPath.get(path);
        let target = abs;
        if (!entry || entry.kind === 'symlink') {
            // Unlisted paths and symlinks: resolve fully and refuse anything that lands outside the root.
            try {
                target = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(abs);
            }
            catch (e) {
                const code = errorCode(e);
                return code === 'ELOOP' ? 'symlink loop; not followed' : code === 'ENOENT' ? 'missing from the working tree' : `cannot be resolved: ${code}`;
            }
            if (target !== this.root && !target.startsWith(this.root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep))
                return 'symlink to a target outside the repository; not followed';
        }
        // Listed regular files: git never checks a path out beneath a symlinked folder and the walk
        // never descends into one, so refusing a symlink in the last component (O_NOFOLLOW) suffices.
        try {
            const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(target, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
            if (!st.isFile()) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
                return st.isDirectory() ? 'a directory, not a file' : 'not a regular file';
            }
            return fd;
        }
        catch (e) {
            const code = errorCode(e);
            return code === 'ELOOP' ? 'a symlink where a file was listed; not followed' : code === 'ENOENT' ? 'missing from the working tree' : `cannot be read: ${code}`;
        }
    }
}
class SnapshotError extends Error {
}
function listFromGit(root) {
    const staged = (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .runGit */ .EO)(root, ['ls-files', '-z', '--stage']);
    if (staged === null)
        return null;
    const files = [];
    for (const rec of staged.split('\0')) {
        if (!rec)
            continue;
        // "<mode> <object> <stage>\t<path>"
        const tab = rec.indexOf('\t');
        if (tab < 0)
            continue;
        const mode = rec.slice(0, 6);
        const path = rec.slice(tab + 1);
        const kind = mode === '120000' ? 'symlink' : mode === '160000' ? 'submodule' : mode === '100755' ? 'executable' : 'file';
        files.push({ path, kind, tracked: true });
    }
    // Drop duplicate entries of a conflicted merge (stages 1-3).
    const seen = new Set();
    const unique = files.filter((f) => (seen.has(f.path) ? false : (seen.add(f.path), true)));
    const others = (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .runGit */ .EO)(root, ['ls-files', '-z', '--others', '--exclude-standard']);
    if (others) {
        for (const path of others.split('\0')) {
            if (!path || seen.has(path))
                continue;
            let kind = 'file';
            try {
                const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path));
                if (st.isSymbolicLink())
                    kind = 'symlink';
                else if (st.mode & 0o111)
                    kind = 'executable';
            }
            catch {
                continue;
            }
            unique.push({ path, kind, tracked: false });
        }
    }
    return unique;
}
function walk(root, maxFiles, notes) {
    const out = [];
    const stack = [''];
    while (stack.length > 0) {
        const rel = stack.pop();
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(rel === '' ? root : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel), { withFileTypes: true });
        }
        catch (e) {
            notes.push({ path: rel || '.', detail: `directory cannot be read: ${errorCode(e)}` });
            continue;
        }
        for (const ent of entries) {
            const path = rel === '' ? ent.name : `${rel}/${ent.name}`;
            if (ent.isDirectory()) {
                if (ent.name !== '.git')
                    stack.push(path);
            }
            else if (ent.isSymbolicLink()) {
                out.push({ path, kind: 'symlink', tracked: true });
            }
            else if (ent.isFile()) {
                let kind = 'file';
                if (ent.name.indexOf('.') < 0) {
                    // Only extension-less files are likely executables; avoid a stat per file otherwise.
                    try {
                        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path)).mode & 0o111)
                            kind = 'executable';
                    }
                    catch {
                        /* listed anyway */
                    }
                }
                out.push({ path, kind, tracked: true });
            }
            if (out.length >= maxFiles) {
                notes.push({ path: '.', detail: `listing stopped at ${maxFiles} files` });
                return out;
            }
        }
    }
    return out;
}
function formatBytes(n) {
    if (n >= 1024 * 1024 * 1024)
        return `${(n / (1024 * 1024 * 1024)).toFixed(1)} GiB`;
    if (n >= 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    return `${n} B`;
}
function errorCode(e) {
    if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string')
        return e.code;
    return e instanceof Error ? e.message : String(e);
}


/***/ }),

/***/ 1013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  lH: () => (/* binding */ TOOL_NAME),
  qH: () => (/* binding */ TOOL_URI),
  wr: () => (/* binding */ TOOL_VERSION)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts
// The tool's identity, from package.json so that there is one place to bump it.

const TOOL_NAME = 'security-slam-action';
const TOOL_VERSION = package_namespaceObject.rE;
const TOOL_URI = 'https://github.com/security-slam/security-slam-action';


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 5881:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/cli/args.ts
// Command-line parsing without dependencies: small, strict, with one-line errors.
class UsageError extends Error {
}
/** Flags that take a value; every other flag is a boolean switch. */
const VALUE_FLAGS = new Set(['level', 'format', 'output', 'token', 'repo', 'config']);
const SHORT = { h: 'help', V: 'version', l: 'level', f: 'format', o: 'output', v: 'verbose' };
function parseArgs(argv, known) {
    const positionals = [];
    const flags = {};
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (a.startsWith('--') || (a.startsWith('-') && a.length === 2)) {
            let name = a.startsWith('--') ? a.slice(2) : SHORT[a.slice(1)] ?? a.slice(1);
            let value;
            const eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.slice(eq + 1);
                name = name.slice(0, eq);
            }
            if (!known.has(name))
                throw new UsageError(`unknown option --${name}`);
            if (VALUE_FLAGS.has(name)) {
                if (value === undefined) {
                    value = argv[++i];
                    if (value === undefined)
                        throw new UsageError(`option --${name} needs a value`);
                }
                flags[name] = value;
            }
            else {
                if (value !== undefined)
                    throw new UsageError(`option --${name} takes no value`);
                flags[name] = true;
            }
        }
        else {
            positionals.push(a);
        }
    }
    const command = positionals.shift() ?? null;
    return { command, positionals, flags };
}

// EXTERNAL MODULE: ./src/facts/snapshot.ts
var snapshot = __nccwpck_require__(1055);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __nccwpck_require__(1013);
;// CONCATENATED MODULE: ./src/cli.ts
// `slam`: the command line. Exit 0 when the evaluation ran (whatever it found), 2 on bad usage
// or an unreadable path, 1 on an internal error; errors are one line, never a stack trace.




const HELP = `slam ${version/* TOOL_VERSION */.wr}: evaluate a repository against the Security Slam objectives and the OSPS Baseline

Usage:
  slam evaluate [path]        evaluate the repository at path (default: .)
  slam insights init [path]   draft a security-insights.yml (schema 2.2.0) from what the repository shows
  slam --help | --version

Options for evaluate:
  -l, --level 1|2|3           OSPS Baseline maturity level (default: 1)
  -f, --format FORMAT         text (default), json, sarif or markdown
  -o, --output FILE           write the report to FILE instead of standard output
      --offline               do not call the GitHub API; API-only requirements become unknown
      --token TOKEN           GitHub token (default: $GITHUB_TOKEN); never printed
      --repo OWNER/NAME       repository on GitHub (default: from the git remote)
      --no-unknown-notes      SARIF: leave unknown requirements out instead of reporting notes
  -v, --verbose               text: also list passing requirements

Options for insights init:
      --force                 overwrite an existing security-insights.yml
      --print                 print the draft instead of writing it

Exit status: 0 when the evaluation ran, whatever it found; 2 on bad usage or an unreadable path.
`;
const FORMATS = ['text', 'json', 'sarif', 'markdown'];
const KNOWN_FLAGS = new Set(['help', 'version', 'level', 'format', 'output', 'offline', 'token', 'repo', 'verbose', 'no-unknown-notes', 'force', 'print']);
async function main(argv) {
    let args;
    try {
        args = parseArgs(argv, KNOWN_FLAGS);
    }
    catch (e) {
        return usageError(e);
    }
    if (args.flags.version) {
        process.stdout.write(`${version/* TOOL_NAME */.lH} ${version/* TOOL_VERSION */.wr}\n`);
        return 0;
    }
    if (args.flags.help || args.command === null || args.command === 'help') {
        process.stdout.write(HELP);
        return args.command === null && !args.flags.help ? 2 : 0;
    }
    try {
        switch (args.command) {
            case 'evaluate':
                return await evaluateCommand(args);
            case 'insights':
                return await insightsCommand(args);
            default:
                throw new UsageError(`unknown command "${args.command}" (try --help)`);
        }
    }
    catch (e) {
        if (e instanceof UsageError || e instanceof snapshot/* SnapshotError */.JC)
            return usageError(e);
        process.stderr.write(`slam: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
        return 1;
    }
}
async function evaluateCommand(args) {
    if (args.positionals.length > 1)
        throw new UsageError('evaluate takes at most one path');
    const path = args.positionals[0] ?? '.';
    const level = parseLevel(args.flags.level);
    const format = (args.flags.format ?? 'text');
    if (!FORMATS.includes(format))
        throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    const repo = stringFlag(args, 'repo');
    if (repo !== undefined && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo))
        throw new UsageError('--repo must look like owner/name');
    const token = stringFlag(args, 'token') ?? process.env.GITHUB_TOKEN ?? undefined;
    const output = stringFlag(args, 'output');
    const { evaluate } = await Promise.all(/* import() */[__nccwpck_require__.e(577), __nccwpck_require__.e(787), __nccwpck_require__.e(62)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4062));
    const { result } = await evaluate(path, { level, offline: Boolean(args.flags.offline), token: token || undefined, repository: repo });
    const { render } = await __nccwpck_require__.e(/* import() */ 559).then(__nccwpck_require__.bind(__nccwpck_require__, 8559));
    const color = format === 'text' && output === undefined && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    const text = render(result, format, { color, verbose: Boolean(args.flags.verbose), unknownAsNotes: !args.flags['no-unknown-notes'] });
    if (output !== undefined) {
        try {
            (0,external_node_fs_.writeFileSync)(output, text);
        }
        catch (e) {
            throw new UsageError(`cannot write ${output}: ${e.code ?? String(e)}`);
        }
    }
    else {
        process.stdout.write(text);
    }
    return 0;
}
async function insightsCommand(args) {
    const [sub, path = '.', ...rest] = args.positionals;
    if (sub !== 'init')
        throw new UsageError('usage: slam insights init [path] [--force] [--print]');
    if (rest.length > 0)
        throw new UsageError('insights init takes at most one path');
    const { draftInsightsFile } = await Promise.all(/* import() */[__nccwpck_require__.e(577), __nccwpck_require__.e(787), __nccwpck_require__.e(284)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4284));
    const outcome = await draftInsightsFile(path, { force: Boolean(args.flags.force), print: Boolean(args.flags.print) });
    if (outcome.printed !== undefined)
        process.stdout.write(outcome.printed);
    for (const line of outcome.messages)
        process.stderr.write(`slam: ${line}\n`);
    return outcome.written || outcome.printed !== undefined ? 0 : 1;
}
function parseLevel(v) {
    if (v === undefined)
        return 1;
    if (v === '1' || v === '2' || v === '3')
        return Number(v);
    throw new UsageError('--level must be 1, 2 or 3');
}
function stringFlag(args, name) {
    const v = args.flags[name];
    return typeof v === 'string' ? v : undefined;
}
function usageError(e) {
    process.stderr.write(`slam: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
}
// Run when executed directly (the bundle, or node src/cli.ts), not when imported by tests.
const invoked = process.argv[1] ?? '';
if (/(^|[\\/])(cli|slam)(\.[cm]?[jt]s)?$/.test(invoked) || invoked.endsWith('/cli/index.js')) {
    main(process.argv.slice(2)).then((code) => {
        process.exitCode = code;
    }, (e) => {
        process.stderr.write(`slam: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = 1;
    });
}

var __webpack_exports__main = __webpack_exports__.i;
export { __webpack_exports__main as main };
