import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AM: () => (/* binding */ stringFlag),
/* harmony export */   Zy: () => (/* binding */ parseArgs),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
// Command-line parsing without dependencies: small, strict, with one-line errors.
class UsageError extends Error {
}
const SHORT = { h: 'help', V: 'version', l: 'level', f: 'format', o: 'output', v: 'verbose' };
/**
 * Finds the command word (the first argument that is neither a flag nor a flag's value, for any
 * command's value flags), then parses the rest with the flags that command accepts.
 */
function parseArgs(argv, specs) {
    const anyValue = new Set(Object.values(specs).flatMap((s) => s.values));
    let first = -1;
    for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
        const a = argv[i];
        if (!a.startsWith('-') || a === '-') {
            first = i;
            break;
        }
        const name = a.startsWith('--') ? a.slice(2) : SHORT[a.slice(1)] ?? a.slice(1);
        if (!name.includes('=') && anyValue.has(name))
            i++;
    }
    const command = first >= 0 ? argv[first] : null;
    const rest = command === null ? argv : [...argv.slice(0, first), ...argv.slice(first + 1)];
    const spec = (command !== null ? specs[command] : undefined) ?? { values: [...anyValue], switches: Object.values(specs).flatMap((s) => s.switches) };
    const values = new Set(spec.values);
    const known = new Set([...spec.values, ...spec.switches, 'help', 'version']);
    const positionals = [];
    const flags = {};
    for (let i = 0; i < rest.length; i++) {
        const a = rest[i];
        if (a === '--') {
            positionals.push(...rest.slice(i + 1));
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
                throw new UsageError(`unknown option --${name}${command ? ` for ${command}` : ''}`);
            if (values.has(name)) {
                if (value === undefined) {
                    value = rest[++i];
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
    return { command, positionals, flags };
}
function stringFlag(args, name) {
    const v = args.flags[name];
    return typeof v === 'string' ? v : undefined;
}


/***/ }),

/***/ 2258:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   YU: () => (/* binding */ gatherOne),
/* harmony export */   __: () => (/* binding */ Budget),
/* harmony export */   ct: () => (/* binding */ DEFAULT_TIME_LIMIT_SECONDS),
/* harmony export */   fL: () => (/* binding */ parseSeconds)
/* harmony export */ });
// The whole run's time budget. When it ends, whatever is still being gathered is given up on: its
// git processes are killed and its requests aborted through `signal`, and `race` hands back
// "not in time" so that gathering goes on with what it has and says what it could not read.
const DEFAULT_TIME_LIMIT_SECONDS = 300;
/** A time limit written as seconds (a positive number, decimals allowed, at most a day), or null when it is not one. */
function parseSeconds(v) {
    const t = v.trim();
    const n = /^\d{1,6}(?:\.\d{1,3})?$/.test(t) ? Number(t) : NaN;
    return n > 0 && n <= 86_400 ? n : null;
}
class Budget {
    seconds;
    signal;
    controller = new AbortController();
    timer;
    ended;
    deadline;
    /** `seconds` from now (Infinity: no limit); `outer` ends it early too. */
    constructor(seconds, outer) {
        this.seconds = seconds;
        this.deadline = Date.now() + seconds * 1000;
        this.signal = outer ? AbortSignal.any([this.controller.signal, outer]) : this.controller.signal;
        this.timer = Number.isFinite(seconds) ? setTimeout(() => this.controller.abort(), Math.max(0, seconds * 1000)) : null;
        // Let a run that is done exit: the timer alone does not keep the process alive.
        this.timer?.unref();
        // Resolved a macrotask after the end, so that work already finished when the budget ends wins the race.
        this.ended = new Promise((resolve) => {
            const end = () => setImmediate(() => resolve({ ok: false }));
            if (this.signal.aborted)
                end();
            else
                this.signal.addEventListener('abort', end, { once: true });
        });
    }
    /**
     * True once the budget has ended. Read by the clock too: a long synchronous step keeps the
     * timer from firing, and its late result must not count as read in time.
     */
    get expired() {
        return this.signal.aborted || Date.now() >= this.deadline;
    }
    /** The promise's value, or { ok: false } when the budget ends first. */
    race(p) {
        if (this.expired) {
            p.catch(() => { });
            return Promise.resolve({ ok: false });
        }
        return Promise.race([p.then((value) => ({ ok: true, value })), this.ended]);
    }
    /** Why something is missing: "time limit of 300 s reached before <what> was read". */
    reason(what) {
        return `time limit of ${formatSeconds(this.seconds)} s reached before ${what}`;
    }
    dispose() {
        if (this.timer)
            clearTimeout(this.timer);
    }
}
/**
 * One fact gathered within the budget, or given up on: the placeholder (told why) when the budget
 * ends first, or when gathering it throws. A thrown error is a defect of this tool, not of the
 * repository: the fact becomes a gap saying so, the requirements that read it are reported unknown,
 * and the rest of the run goes on instead of ending in an internal error.
 */
async function gatherOne(budget, what, gather, placeholder, gap) {
    let r;
    try {
        r = budget.expired ? { ok: false } : await budget.race(Promise.resolve().then(gather));
    }
    catch (e) {
        const why = `an internal error (${(e instanceof Error ? e.message : String(e)).slice(0, 200)}) stopped the run before ${what}; please report it`;
        gap(why);
        return await placeholder(why);
    }
    // Done after the budget ended means done by being stopped (git killed, requests aborted): not an answer.
    if (r.ok && !budget.expired)
        return r.value;
    const why = budget.reason(what);
    gap(why);
    return await placeholder(why);
}
function formatSeconds(s) {
    return Number.isInteger(s) ? String(s) : s.toFixed(1);
}


/***/ }),

/***/ 9480:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Vs: () => (/* binding */ gatherGitFacts),
  xJ: () => (/* binding */ gatherGitFactsAsync),
  Xr: () => (/* binding */ gitRefusal),
  BO: () => (/* binding */ noGitFacts),
  Sf: () => (/* binding */ runGitAsync),
  WQ: () => (/* binding */ runGitStatus),
  HZ: () => (/* binding */ runGitText)
});

// UNUSED EXPORTS: killAllGit, parseRepository, runGit

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/facts/git-dir.ts
// Before git runs in a checkout, its git directory is inspected: git would follow whatever it
// names (a `.git` file's `gitdir:`, `commondir`, alternates, configuration includes) and open
// whatever it holds, a FIFO included, where it would wait for ever. Git runs only when everything
// it would read is a regular file or folder inside the evaluated tree; otherwise the tree is read
// as a plain folder and the reason is noted. Nothing here opens anything but regular files, and
// those without blocking (O_NONBLOCK) and without following a last symlink.


/** Entries of a git directory checked at most; a larger one is not checked, so git does not run. */
const MAX_GIT_DIR_ENTRIES = 200_000;
const MAX_SMALL_FILE = 64 * 1024;
const MAX_CONFIG_FILE = 1024 * 1024;
const MAX_INCLUDE_DEPTH = 10;
/**
 * Where the git directory of `root` (a real path) is and whether git may read it. `runnerTemp`
 * is the one place outside the tree a configuration may include (actions/checkout keeps its
 * credentials configuration there and includes it from .git/config).
 */
function inspectGitDir(root, runnerTemp = process.env.RUNNER_TEMP) {
    const dotGit = (0,external_node_path_.join)(root, '.git');
    let st;
    try {
        st = (0,external_node_fs_.lstatSync)(dotGit);
    }
    catch {
        return { kind: 'none' };
    }
    // Where git may read: the tree, and a git directory outside it that points back at the tree.
    const areas = [root];
    const inside = (p) => areas.some((a) => p === a || p.startsWith(a + external_node_path_.sep));
    const show = (p) => (p === root || p.startsWith(root + external_node_path_.sep) ? (0,external_node_path_.relative)(root, p) || '.' : p);
    let gitDir;
    if (st.isDirectory() || st.isSymbolicLink()) {
        let real;
        try {
            real = external_node_fs_.realpathSync.native(dotGit);
        }
        catch (e) {
            return { kind: 'refused', reason: `.git is a symlink that cannot be resolved (${code(e)})` };
        }
        if (!inside(real) || real === root)
            return { kind: 'refused', reason: `.git resolves to ${real}, outside the repository` };
        if (!isDir(real))
            return { kind: 'refused', reason: '.git is not a folder' };
        gitDir = real;
    }
    else if (st.isFile()) {
        const text = readSmall(dotGit, MAX_SMALL_FILE);
        if (text === null)
            return { kind: 'refused', reason: '.git is a file that cannot be read' };
        const m = /^gitdir:[ \t]*([^\r\n]+)/.exec(text);
        if (!m)
            return { kind: 'refused', reason: '.git is a file without a "gitdir:" line' };
        const named = (0,external_node_path_.resolve)(root, m[1].trim());
        let real;
        try {
            real = external_node_fs_.realpathSync.native(named);
        }
        catch {
            return { kind: 'refused', reason: `.git names the git directory ${m[1].trim()}, which does not exist` };
        }
        if (real === root || !isDir(real))
            return { kind: 'refused', reason: `.git names ${show(real)}, which is not a git directory` };
        if (!inside(real)) {
            // Outside the tree, only the git directory of this very work tree: a linked worktree's
            // (its `gitdir` file names this .git) or a submodule's (its core.worktree names this tree).
            // Another repository's git directory does not name this tree, and is not read.
            if (!pointsBack(real, root, dotGit))
                return { kind: 'refused', reason: `.git names the git directory ${real}, outside the repository, which is not this work tree's` };
            areas.push(real);
        }
        gitDir = real;
    }
    else {
        return { kind: 'refused', reason: '.git is neither a folder nor a file (a FIFO or a device)' };
    }
    // A linked worktree's git directory shares the rest through `commondir`.
    const dirs = [gitDir];
    const commonFile = (0,external_node_path_.join)(gitDir, 'commondir');
    if (exists(commonFile)) {
        const text = readSmall(commonFile, MAX_SMALL_FILE);
        if (text === null)
            return { kind: 'refused', reason: `${show(commonFile)} is not a readable file` };
        let common;
        try {
            common = external_node_fs_.realpathSync.native((0,external_node_path_.resolve)(gitDir, text.trim()));
        }
        catch {
            return { kind: 'refused', reason: `${show(commonFile)} names a folder that does not exist` };
        }
        // A linked worktree's git directory lives in the common one (.git/worktrees/<name>).
        if (!inside(common) && !(gitDir.startsWith(common + external_node_path_.sep) && areas.includes(gitDir)))
            return { kind: 'refused', reason: `${show(commonFile)} names ${common}, outside the repository` };
        if (!inside(common))
            areas.push(common);
        if (common !== gitDir && !common.startsWith(gitDir + external_node_path_.sep))
            dirs.push(common);
    }
    for (const dir of dirs) {
        const bad = walkGitDir(dir, inside, show);
        if (bad !== null)
            return { kind: 'refused', reason: bad };
    }
    for (const dir of dirs) {
        const alternates = (0,external_node_path_.join)(dir, 'objects', 'info', 'alternates');
        if (!exists(alternates))
            continue;
        const text = readSmall(alternates, MAX_SMALL_FILE);
        if (text === null)
            return { kind: 'refused', reason: `${show(alternates)} is not a readable file` };
        for (const line of text.split('\n')) {
            const l = line.trim();
            if (l === '' || l.startsWith('#'))
                continue;
            const target = resolveOrNull((0,external_node_path_.resolve)((0,external_node_path_.join)(dir, 'objects'), l));
            if (target === null || !dirs.some((d) => target === d || target.startsWith(d + external_node_path_.sep)))
                return { kind: 'refused', reason: `${show(alternates)} borrows objects from ${l}, outside the repository's git directory` };
        }
    }
    const configs = [(0,external_node_path_.join)(gitDir, 'config'), (0,external_node_path_.join)(gitDir, 'config.worktree'), ...dirs.slice(1).map((d) => (0,external_node_path_.join)(d, 'config'))];
    const present = configs.filter(exists);
    let originUrl;
    for (const file of present) {
        const text = readSmall(file, MAX_CONFIG_FILE);
        const bad = checkIncludes(file, 0, inside, show, runnerTemp, text);
        if (bad !== null)
            return { kind: 'refused', reason: bad };
        // With one configuration file and nothing it includes, its remote.origin.url is the answer
        // `git config --get` would give: one git process the fewer.
        if (present.length === 1 && text !== null)
            originUrl = originUrlOf(text);
    }
    return originUrl === undefined ? { kind: 'ok', gitDir } : { kind: 'ok', gitDir, originUrl };
}
/** Does the git directory `gitDir` (outside the tree) belong to the work tree `root`? */
function pointsBack(gitDir, root, dotGit) {
    const back = readSmall((0,external_node_path_.join)(gitDir, 'gitdir'), MAX_SMALL_FILE);
    if (back !== null && resolveOrNull((0,external_node_path_.resolve)(gitDir, back.trim())) === resolveOrNull(dotGit))
        return true;
    const config = readSmall((0,external_node_path_.join)(gitDir, 'config'), MAX_CONFIG_FILE);
    const worktree = config === null ? null : configWorktree(config);
    return worktree !== null && resolveOrNull((0,external_node_path_.resolve)(gitDir, worktree)) === root;
}
/** The core.worktree value of a git configuration file, or null. */
function configWorktree(text) {
    let found = null;
    for (const e of configEntries(text))
        if (e.section === 'core' && e.subsection === null && e.key === 'worktree')
            found = e.value;
    return found;
}
/**
 * Every entry of a git directory is a regular file or a folder (or a symlink to a regular file
 * inside the tree): a FIFO, socket or device would make git wait or misbehave when it opens it.
 */
function walkGitDir(dir, inside, show) {
    const stack = [dir];
    let seen = 0;
    while (stack.length > 0) {
        const d = stack.pop();
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(d, { withFileTypes: true });
        }
        catch (e) {
            return `${show(d)} cannot be read (${code(e)})`;
        }
        for (const ent of entries) {
            if (++seen > MAX_GIT_DIR_ENTRIES)
                return `the git directory has more than ${MAX_GIT_DIR_ENTRIES} entries and was not checked`;
            const p = (0,external_node_path_.join)(d, ent.name);
            if (ent.isDirectory())
                stack.push(p);
            else if (ent.isSymbolicLink()) {
                const target = resolveOrNull(p);
                if (target === null)
                    return `${show(p)} is a symlink that cannot be resolved`;
                if (!inside(target))
                    return `${show(p)} is a symlink to ${target}, outside the repository`;
                let st;
                try {
                    st = (0,external_node_fs_.statSync)(target);
                }
                catch {
                    return `${show(p)} is a symlink that cannot be resolved`;
                }
                if (!st.isFile())
                    return `${show(p)} is a symlink to something that is not a regular file`;
            }
            else if (!ent.isFile()) {
                return `${show(p)} is not a regular file (a FIFO, socket or device)`;
            }
        }
    }
    return null;
}
/**
 * The files a configuration file includes (include.path, includeIf.*.path), recursively: each
 * must be missing (git skips it), or a regular file inside the tree, or one the runner wrote.
 */
function checkIncludes(file, depth, inside, show, runnerTemp, read) {
    if (depth > MAX_INCLUDE_DEPTH)
        return `${show(file)}: configuration includes nested more than ${MAX_INCLUDE_DEPTH} deep`;
    const text = read !== undefined ? read : readSmall(file, MAX_CONFIG_FILE);
    if (text === null)
        return `${show(file)} is not a regular file git could read (or is over ${MAX_CONFIG_FILE} bytes)`;
    for (const raw of includePaths(text)) {
        // `~` is the home folder, which git is given empty; `%(prefix)` is git's own installation.
        if (raw === '~' || raw.startsWith('~/'))
            continue;
        if (raw.startsWith('%(prefix)'))
            return `${show(file)} includes ${raw}, outside the repository`;
        const target = (0,external_node_path_.isAbsolute)(raw) ? raw : (0,external_node_path_.resolve)((0,external_node_path_.dirname)(file), raw);
        let st;
        try {
            st = (0,external_node_fs_.lstatSync)(target);
        }
        catch {
            continue; // missing: git skips it
        }
        const real = resolveOrNull(target);
        const fromRunner = runnerTemp !== undefined && runnerTemp !== '' && real !== null && (real.startsWith(resolveOrNull(runnerTemp) + external_node_path_.sep));
        if (real === null || (!inside(real) && !fromRunner))
            return `${show(file)} includes ${raw}, outside the repository`;
        if (!st.isFile() && !(st.isSymbolicLink() && isFile(real)))
            return `${show(file)} includes ${raw}, which is not a regular file (a FIFO would stall git)`;
        const bad = checkIncludes(real, depth + 1, inside, show, runnerTemp);
        if (bad !== null)
            return bad;
    }
    return null;
}
/** The entries of a git configuration file, in order; a key may follow its header on the same line (`[include] path = x`). */
function configEntries(text) {
    const out = [];
    let section = '';
    let subsection = null;
    for (const rawLine of text.split('\n')) {
        let line = rawLine.trim();
        if (line.startsWith('[')) {
            const close = line.indexOf(']');
            const header = (close < 0 ? line.slice(1) : line.slice(1, close)).trim();
            const space = header.search(/[\s".]/); // `[remote "origin"]`, and the old `[remote.origin]`
            section = (space < 0 ? header : header.slice(0, space)).toLowerCase();
            const strict = close < 0 ? null : /^[A-Za-z0-9-]+(?:\s+"([^"\\]*)")?$/.exec(header);
            subsection = strict === null ? undefined : (strict[1] ?? null);
            line = close < 0 ? '' : line.slice(close + 1).trim();
            if (line === '')
                continue;
        }
        if (line.startsWith('#') || line.startsWith(';'))
            continue;
        const eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        out.push({ section, subsection, key: line.slice(0, eq).trim().toLowerCase(), value: configValue(line.slice(eq + 1)), continued: rawLine.trimEnd().endsWith('\\') });
    }
    return out;
}
/** Values of `path` keys in [include] and [includeIf "..."] sections of a git configuration file. */
function includePaths(text) {
    return configEntries(text)
        .filter((e) => (e.section === 'include' || e.section === 'includeif') && e.key === 'path')
        .map((e) => e.value);
}
/**
 * remote.origin.url of one configuration file as `git config --get` answers it (the last value;
 * null when none), or undefined where this reader is not sure to agree with git: an include, a
 * header it does not parse (the old `[remote.origin]` form), a value continued on the next line.
 */
function originUrlOf(text) {
    let url = null;
    for (const e of configEntries(text)) {
        if (e.section === 'include' || e.section === 'includeif' || e.continued)
            return undefined;
        if (e.section !== 'remote')
            continue;
        if (e.subsection === undefined)
            return undefined;
        if (e.subsection === 'origin' && e.key === 'url')
            url = e.value;
    }
    return url;
}
/** A git configuration value: quotes removed, escapes read, a trailing comment dropped. */
function configValue(raw) {
    let out = '';
    let quoted = false;
    for (let i = 0; i < raw.length; i++) {
        const c = raw[i];
        if (c === '"')
            quoted = !quoted;
        else if (c === '\\' && i + 1 < raw.length) {
            const n = raw[++i];
            out += n === 'n' ? '\n' : n === 't' ? '\t' : n === 'b' ? '\b' : n;
        }
        else if (!quoted && (c === '#' || c === ';'))
            break;
        else
            out += c;
    }
    return out.trim();
}
/** Up to `max` bytes of a regular file, opened without blocking and without following a last symlink; null otherwise. */
function readSmall(path, max) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0) | (external_node_fs_.constants.O_NOFOLLOW ?? 0));
    }
    catch {
        return null;
    }
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile() || st.size > max)
            return null;
        const buf = Buffer.alloc(st.size);
        let off = 0;
        while (off < st.size) {
            const n = (0,external_node_fs_.readSync)(fd, buf, off, st.size - off, off);
            if (n === 0)
                break;
            off += n;
        }
        return buf.subarray(0, off).toString('utf8');
    }
    catch {
        return null;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function resolveOrNull(p) {
    try {
        return external_node_fs_.realpathSync.native(p);
    }
    catch {
        return null;
    }
}
function exists(p) {
    try {
        (0,external_node_fs_.lstatSync)(p);
        return true;
    }
    catch {
        return false;
    }
}
function isDir(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
function isFile(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}
function code(e) {
    return e && typeof e === 'object' && 'code' in e ? String(e.code) : String(e);
}

;// CONCATENATED MODULE: ./src/facts/git.ts
// Git, asked read-only questions about the checkout. The repository is hostile input: never let its
// configuration run programs (fsmonitor; hooks, filters, textconv, pagers and gpg do not run for
// these commands and options), open files outside the tree, change the shape of an answer, or hang
// the run. Three layers keep it so:
//  - before git runs, its git directory is inspected (git-dir.ts): a `.git` that names another
//    repository, a FIFO, a symlink or an include outside the tree means git does not run at all;
//  - git runs with no system or global configuration (HOME and XDG_CONFIG_HOME empty), GIT_DIR and
//    GIT_WORK_TREE set to what was inspected, and every setting that names a file or a program
//    overridden on the command line (command-line settings win over the repository's);
//  - every git is time-bounded, stoppable through an AbortSignal, and started in its own process
//    group, which is killed whole on a time limit, an abort, and when this process exits or is
//    told to stop (SIGTERM, SIGINT, SIGHUP).





// Command-line settings win over the repository's: no fsmonitor program, no signature checks
// (gpg.program), tags one to a line, history in UTF-8 whatever i18n.logOutputEncoding says; no
// file outside the tree through core.excludesFile, core.attributesFile or mailmap.file (an empty
// path is no file); no remote contacted (a partial clone would fetch missing objects).
const GIT_SAFE_ARGS = [
    '--no-pager',
    '-c', 'core.fsmonitor=false', '-c', 'core.untrackedCache=false', '-c', 'safe.directory=*',
    '-c', 'log.showSignature=false', '-c', 'column.ui=never', '-c', 'i18n.logOutputEncoding=UTF-8',
    '-c', 'core.excludesFile=', '-c', 'core.attributesFile=', '-c', 'mailmap.file=', '-c', 'mailmap.blob=', '-c', 'log.mailmap=false',
    '-c', 'protocol.allow=never', '-c', 'credential.helper=', '-c', 'gc.auto=0', '-c', 'maintenance.auto=false', '-c', 'color.ui=never',
];
// Pathspecs keep their documented meaning (':(exclude,literal)path') whatever the caller's
// environment says; no configuration but the repository's own (inspected) and the command line's;
// no replacement objects rewriting history; no lazy fetch of a partial clone's missing objects.
const GIT_OWN_ENV = {
    GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_LITERAL_PATHSPECS: '0', GIT_GLOB_PATHSPECS: '0', GIT_NOGLOB_PATHSPECS: '0', GIT_ICASE_PATHSPECS: '0',
    GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_SYSTEM: external_node_os_.devNull, GIT_CONFIG_GLOBAL: external_node_os_.devNull, GIT_ATTR_NOSYSTEM: '1',
    GIT_NO_REPLACE_OBJECTS: '1', GIT_NO_LAZY_FETCH: '1', HOME: external_node_os_.devNull, XDG_CONFIG_HOME: external_node_os_.devNull,
};
/**
 * The caller's environment without its GIT_* variables (a git hook or an alias that runs the
 * evaluation sets GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE or GIT_CONFIG_PARAMETERS, which would
 * point git at another repository or bring back settings the arguments above turn off), with git
 * pointed at the inspected git directory and work tree.
 */
function gitEnv(root, gitDir, extra = {}) {
    const env = {};
    for (const [k, v] of Object.entries(process.env))
        if (!k.toUpperCase().startsWith('GIT_'))
            env[k] = v;
    return { ...env, ...extra, ...GIT_OWN_ENV, GIT_DIR: gitDir, GIT_WORK_TREE: root, GIT_CEILING_DIRECTORIES: (0,external_node_path_.dirname)(root) };
}
/**
 * Every git command is time-bounded. The first question, whether the root is a work tree, is
 * small; a listing of a very large tree gets longer.
 */
const PROBE_TIMEOUT_MS = 10_000;
/** How long a stopped git is waited for after it is killed, at most. */
const KILL_WAIT_MS = 1_000;
const DEFAULT_TIMEOUT_MS = 120_000;
/** Runs git in `root` when `root` is the top of a work tree; null when it is not or git fails. */
function runGit(root, args, maxBuffer = 512 * 1024 * 1024) {
    const info = workTreeInfo(root);
    if (info === null)
        return null;
    const known = knownAnswer(info, args);
    if (known !== undefined)
        return known;
    const r = rawGitSync(root, info.gitDir, args, maxBuffer);
    return r !== null && r.status === 0 ? r.stdout : null;
}
/** runGit without blocking, stoppable through `limits.signal`. */
async function runGitText(root, args, limits = {}, maxBuffer = 512 * 1024 * 1024) {
    const info = await workTreeInfoAsync(root, limits.signal);
    if (info === null)
        return null;
    const known = knownAnswer(info, args);
    if (known !== undefined)
        return known;
    const r = await rawGitAsync(root, info.gitDir, args, maxBuffer, limits);
    return r !== null && r.status === 0 ? r.stdout : null;
}
/** Answers already known from the one rev-parse that checked the work tree top. */
function knownAnswer(info, args) {
    if (args.length === 2 && args[0] === 'rev-parse') {
        if (args[1] === '--git-dir')
            return info.gitDirLine;
        if (args[1] === '--is-shallow-repository')
            return info.shallow;
    }
    return undefined;
}
/** Like runGit, but reports any exit status (null only when git cannot run, times out or `root` is not a work tree top). */
function runGitStatus(root, args, maxBuffer = 64 * 1024 * 1024, limits = {}) {
    const info = workTreeInfo(root);
    if (info === null)
        return null;
    return rawGitSync(root, info.gitDir, args, maxBuffer, limits);
}
/** runGitStatus without blocking: the JavaScript thread works on while git runs. */
async function runGitAsync(root, args, maxBuffer = 64 * 1024 * 1024, limits = {}) {
    const info = await workTreeInfoAsync(root, limits.signal);
    if (info === null)
        return null;
    return rawGitAsync(root, info.gitDir, args, maxBuffer, limits);
}
/** Why git was not run on `root` (its .git is not contained in the tree), or null. */
function gitRefusal(root) {
    return refusals.get(root) ?? null;
}
const infoCache = new Map();
const pendingInfo = new Map();
const refusals = new Map();
/** remote.origin.url as read from the configuration while it was inspected (null: none), where that was certain. */
const origins = new Map();
const PROBE = ['rev-parse', '--is-shallow-repository', '--git-dir', '--show-toplevel'];
/**
 * The probe that also asks where HEAD is and what the tags are, in the same process (one git the
 * fewer to start): HEAD's commit, its full ref name ('HEAD' when detached), then every tag's name
 * as `git tag --list` prints it (`--symbolic`: a tag named like a branch is not refused as
 * ambiguous, as it is by full name); `--` keeps a file named HEAD from making the question
 * ambiguous. When it fails (HEAD has no commit yet, or `root` is not the top of a work tree) the
 * plain probe is asked, and the tags are asked of `git tag` with the other facts.
 */
const PROBE_WITH_HEAD = [...PROBE, 'HEAD', '--symbolic-full-name', 'HEAD', '--symbolic', '--tags', '--'];
/** The inspected git directory of `root`, or null (and the reason kept) when git may not read it. */
function contained(root) {
    const verdict = inspectGitDir(root);
    if (verdict.kind === 'ok') {
        if (verdict.originUrl !== undefined)
            origins.set(root, verdict.originUrl);
        return verdict.gitDir;
    }
    if (verdict.kind === 'refused')
        refusals.set(root, verdict.reason);
    return null;
}
/** One rev-parse answers whether `root` is a work tree top, where its git directory is, whether it is shallow and where HEAD is. */
function workTreeInfo(root) {
    const cached = infoCache.get(root);
    if (cached !== undefined)
        return cached;
    const gitDir = contained(root);
    const limits = { timeoutMs: PROBE_TIMEOUT_MS };
    let info = null;
    if (gitDir !== null) {
        const withHead = rawGitSync(root, gitDir, PROBE_WITH_HEAD, undefined, limits);
        info = (withHead?.status === 0 ? probeAnswer(root, gitDir, withHead, true) : null) ?? probeAnswer(root, gitDir, rawGitSync(root, gitDir, PROBE, undefined, limits), false);
    }
    infoCache.set(root, info);
    return info;
}
async function workTreeInfoAsync(root, signal) {
    const cached = infoCache.get(root);
    if (cached !== undefined)
        return cached;
    let pending = pendingInfo.get(root);
    if (!pending) {
        pending = (async () => {
            const gitDir = contained(root);
            if (gitDir === null) {
                infoCache.set(root, null);
                return null;
            }
            const limits = { timeoutMs: PROBE_TIMEOUT_MS, signal };
            const withHead = await rawGitAsync(root, gitDir, PROBE_WITH_HEAD, undefined, limits);
            const info = (withHead?.status === 0 ? probeAnswer(root, gitDir, withHead, true) : null) ?? (signal?.aborted ? null : probeAnswer(root, gitDir, await rawGitAsync(root, gitDir, PROBE, undefined, limits), false));
            // An aborted probe decides nothing: the next caller asks again.
            if (!signal?.aborted)
                infoCache.set(root, info);
            return info;
        })().finally(() => pendingInfo.delete(root));
        pendingInfo.set(root, pending);
    }
    return pending;
}
function probeAnswer(root, gitDir, r, withHead) {
    if (r === null || r.status !== 0)
        return null;
    let out = r.stdout;
    let head = null;
    let tags = null;
    if (withHead) {
        // The top level is `root` when the probe is right (checked below), so it takes as many lines
        // as `root` has; then come a commit, a ref name and the tags (none holds a newline) and '--'.
        const lines = out.replace(/\n$/, '').split('\n');
        const at = 2 + root.split('\n').length;
        const [commit, ref] = [lines[at], lines[at + 1]];
        if (lines.length < at + 3 || lines[lines.length - 1] !== '--' || !/^[0-9a-f]{40,64}$/.test(commit ?? ''))
            return null;
        head = { commit, ref: ref === 'HEAD' || ref === '' ? null : ref };
        tags = lines.slice(at + 2, -1);
        out = lines.slice(0, at).join('\n') + '\n';
    }
    // The first two answers hold no newline; the top level (a path) takes the rest.
    const a = out.indexOf('\n');
    const b = a < 0 ? -1 : out.indexOf('\n', a + 1);
    const top = b < 0 ? '' : out.slice(b + 1).replace(/\n$/, '');
    let ok = false;
    if (top) {
        try {
            ok = (0,external_node_fs_.realpathSync)(top) === root;
        }
        catch {
            ok = false;
        }
    }
    return ok ? { gitDir, shallow: out.slice(0, a + 1), gitDirLine: out.slice(a + 1, b + 1), head, tags } : null;
}
function rawGitSync(root, gitDir, args, maxBuffer = 64 * 1024 * 1024, limits = {}) {
    if (limits.signal?.aborted)
        return null;
    const r = (0,external_node_child_process_.spawnSync)('git', [...GIT_SAFE_ARGS, ...args], {
        cwd: root,
        maxBuffer,
        timeout: limits.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        killSignal: 'SIGKILL',
        stdio: ['ignore', 'pipe', 'ignore'],
        env: gitEnv(root, gitDir, limits.env),
    });
    if (r.error || r.status === null || r.signal)
        return null;
    // Bytes, handed on whole (a streaming reader takes them as one chunk) or decoded.
    if (limits.onStdout) {
        limits.onStdout(r.stdout);
        return { status: r.status, stdout: '' };
    }
    return { status: r.status, stdout: r.stdout.toString(limits.encoding ?? 'utf8') };
}
// ---- Child processes that cannot outlive the run ----------------------------------------------
/** Running git processes, each the leader of its own process group (POSIX). */
const live = new Set();
const GROUPS = process.platform !== 'win32';
const STOP_SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'];
let armed = false;
/** Kills a child and, on POSIX, every process it started (its process group). */
function killTree(child) {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null)
        return;
    try {
        if (GROUPS)
            process.kill(-child.pid, 'SIGKILL');
        else
            child.kill('SIGKILL');
    }
    catch {
        try {
            child.kill('SIGKILL');
        }
        catch {
            /* already gone */
        }
    }
}
/** Kills every running git (and what it started); called on exit and on a stop signal. */
function killAllGit() {
    for (const c of live)
        killTree(c);
}
function onStopSignal(signal) {
    killAllGit();
    disarm();
    // Then do what the signal would have done had we not listened (unless someone else listens).
    if (process.listenerCount(signal) === 0)
        process.kill(process.pid, signal);
}
function arm() {
    if (armed)
        return;
    armed = true;
    process.on('exit', killAllGit);
    for (const s of STOP_SIGNALS)
        process.on(s, onStopSignal);
}
function disarm() {
    if (!armed)
        return;
    armed = false;
    process.off('exit', killAllGit);
    for (const s of STOP_SIGNALS)
        process.off(s, onStopSignal);
}
function rawGitAsync(root, gitDir, args, maxBuffer = 64 * 1024 * 1024, limits = {}) {
    const signal = limits.signal;
    if (signal?.aborted)
        return Promise.resolve(null);
    return new Promise((resolve) => {
        let child;
        try {
            child = (0,external_node_child_process_.spawn)('git', [...GIT_SAFE_ARGS, ...args], { cwd: root, env: gitEnv(root, gitDir, limits.env), stdio: ['ignore', 'pipe', 'ignore'], detached: GROUPS });
        }
        catch {
            resolve(null);
            return;
        }
        live.add(child);
        arm();
        const chunks = [];
        let size = 0;
        let done = false;
        const settle = (out) => {
            live.delete(child);
            if (live.size === 0)
                disarm();
            resolve(out);
        };
        // `gone`: the child has exited (its 'close') or never started (its 'error'). Otherwise it is
        // killed and the answer waits for it to be gone, up to KILL_WAIT_MS, so that no git stopped
        // here outlives the question (a listing stopped on a FIFO is still being torn down otherwise).
        const finish = (out, gone) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            signal?.removeEventListener('abort', stop);
            killTree(child);
            if (gone || child.exitCode !== null || child.signalCode !== null)
                return settle(out);
            const cap = setTimeout(() => settle(out), KILL_WAIT_MS);
            child.once('exit', () => {
                clearTimeout(cap);
                settle(out);
            });
        };
        const stop = () => finish(null, false);
        const timer = setTimeout(stop, limits.timeoutMs ?? DEFAULT_TIMEOUT_MS);
        signal?.addEventListener('abort', stop, { once: true });
        const onStdout = limits.onStdout;
        child.stdout?.on('data', (chunk) => {
            size += chunk.length;
            if (size > maxBuffer)
                stop();
            else if (onStdout)
                onStdout(chunk);
            else
                chunks.push(chunk);
        });
        child.on('error', () => finish(null, true));
        child.on('close', (status, sig) => {
            // A number is the exit status; anything else (a signal) is a failure.
            finish(typeof status === 'number' && !sig ? { status, stdout: Buffer.concat(chunks).toString(limits.encoding ?? 'utf8') } : null, true);
        });
    });
}
const NOT_A_REPO = { isRepo: false, commit: null, ref: null, remoteUrl: null, repository: null, shallow: false, tags: [] };
const FACT_QUERIES = [['rev-parse', '--verify', '-q', 'HEAD'], ['symbolic-ref', '-q', 'HEAD'], ['config', '--get', 'remote.origin.url'], ['tag', '--list']];
/** The git facts of a folder git was not asked about. */
function noGitFacts() {
    return { ...NOT_A_REPO, tags: [] };
}
/** The one question the probe that told where HEAD is leaves open: the remote's URL. */
const REMOTE_QUERY = FACT_QUERIES[2];
function gatherGitFacts(root) {
    const info = workTreeInfo(root);
    if (info === null)
        return { ...NOT_A_REPO };
    if (info.head && info.tags)
        return gitFacts(root, info.head.commit, info.head.ref, origins.has(root) ? (origins.get(root) ?? null) : runGit(root, REMOTE_QUERY), info.tags);
    const [head, symbolic, remote, tagList] = FACT_QUERIES.map((q) => runGit(root, q));
    return gitFacts(root, head, symbolic, remote, nonEmptyLines(tagList));
}
/** gatherGitFacts with its git questions asked at the same time, stoppable through `signal`. */
async function gatherGitFactsAsync(root, signal) {
    const info = await workTreeInfoAsync(root, signal);
    if (info === null)
        return { ...NOT_A_REPO };
    const ask = async (q) => {
        const a = await runGitAsync(root, q, 64 * 1024 * 1024, { signal });
        return a !== null && a.status === 0 ? a.stdout : null;
    };
    if (info.head && info.tags)
        return gitFacts(root, info.head.commit, info.head.ref, origins.has(root) ? (origins.get(root) ?? null) : await ask(REMOTE_QUERY), info.tags);
    const [head, symbolic, remote, tagList] = await Promise.all(FACT_QUERIES.map(ask));
    return gitFacts(root, head, symbolic, remote, nonEmptyLines(tagList));
}
function nonEmptyLines(out) {
    return (out?.split('\n') ?? []).filter(Boolean);
}
/** The facts from git's answers (printed answers keep their newline; a missing one is null). */
function gitFacts(root, head, symbolic, remote, tags) {
    const commit = head?.trim() || null;
    const ref = symbolic?.trim() || null;
    const remoteUrl = remote?.trim() || null;
    const shallow = infoCache.get(root)?.shallow.trim() === 'true';
    return { isRepo: true, commit, ref, remoteUrl, repository: remoteUrl ? parseRepository(remoteUrl) : null, shallow, tags: tags.slice(0, 10_000) };
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
/* harmony export */   d9: () => (/* binding */ checkRoot),
/* harmony export */   qL: () => (/* binding */ decodeFileName),
/* harmony export */   xC: () => (/* binding */ RepoSnapshot)
/* harmony export */ });
/* unused harmony exports findHazards, formatBytes, errorCode */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9480);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3928);
// A read-only, hostile-input-safe view of the checked-out repository.
// Every other fact is built on it: it lists files once, reads each file at most once,
// never follows a symlink out of the root, and skips files that are too large.




const NO_HAZARDS = { ignoreFiles: [], attributeFiles: [], symlinkedDirs: [] };
const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
// git prints file names as bytes: read byte for byte, each is decoded here (names need not be UTF-8).
const LIST_TRACKED = ['ls-files', '-z', '-v', '--stage'];
const LIST_OTHERS = ['ls-files', '-z', '--others', '--exclude-standard'];
const LIST_MAX_BUFFER = 512 * 1024 * 1024;
const AS_BYTES = { encoding: 'latin1' };
/**
 * The untracked listing walks the work tree and reads each folder's .gitignore: one that is a
 * FIFO in an untracked folder (not found beforehand) would stall it, so it gets less time than the
 * tracked listing, and its failure costs only the untracked files.
 */
const UNTRACKED_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_FILES = 1_000_000;
const HEAD_BYTES = 8192;
const headBuffer = Buffer.alloc(HEAD_BYTES);
/** readWhen's head: one byte order mark longer, since the head is counted after it. */
const sniffBuffer = Buffer.alloc(HEAD_BYTES + 3);
class RepoSnapshot {
    root;
    files;
    fromGit;
    notes = [];
    /** Work-tree hazards for git found while listing (empty for a plain walk). */
    hazards = NO_HAZARDS;
    /** True when the listing was stopped (options.signal) before git listed anything: `files` is empty. */
    stopped = false;
    /**
     * Tracked files git itself reads from the index instead of the work tree (marked
     * assume-unchanged or skip-worktree): what git says of their content may not be what is checked out.
     */
    gitReadsIndex = new Set();
    byPath = new Map();
    byLowerPath = null;
    byDir = null;
    /**
     * Every read of a file's content so far (read, readWhen, readBytes, peek): how many times it was
     * opened for its bytes and how many bytes were read. What "each file at most once" is tested on.
     */
    reads = new Map();
    texts = new Map();
    /** Cached texts that are their file's bytes exactly (valid UTF-8, no byte order mark): knownBytes serves their bytes. */
    exactTexts = new Set();
    noted = new Set();
    dirOk = new Map();
    maxFileBytes;
    /** The bytes of each listed name that is not UTF-8 (its path shows them as \xNN). */
    rawNames;
    constructor(root, files, fromGit, maxFileBytes, rawNames) {
        this.root = root;
        this.files = files;
        this.fromGit = fromGit;
        this.maxFileBytes = maxFileBytes;
        this.rawNames = rawNames;
        for (const f of files)
            this.byPath.set(f.path, f);
    }
    /** A snapshot of `dir` that lists no file: what facts are gathered from when the files were not listed in time. */
    static empty(dir) {
        return new RepoSnapshot(checkRoot(dir), [], false, DEFAULT_MAX_FILE_BYTES, new Map());
    }
    /** Opens a snapshot of `dir`. Throws SnapshotError when `dir` is not a readable directory. */
    static open(dir, options = {}) {
        const root = checkRoot(dir);
        const limits = { ...AS_BYTES, signal: options.signal };
        const staged = listing((0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .runGitStatus */ .WQ)(root, LIST_TRACKED, LIST_MAX_BUFFER, limits));
        const hazards = staged === null ? NO_HAZARDS : findHazards(root, staged);
        const others = staged === null || hazards.ignoreFiles.length > 0 ? null : listing((0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .runGitStatus */ .WQ)(root, LIST_OTHERS, LIST_MAX_BUFFER, { ...limits, timeoutMs: UNTRACKED_TIMEOUT_MS }));
        return RepoSnapshot.build(root, staged, others, hazards, options);
    }
    /**
     * open(), with git's two listings (tracked, and untracked but not ignored) started at the same
     * time; the untracked one is stopped when a tracked folder holds a .gitignore git would wait on.
     */
    static async openAsync(dir, options = {}) {
        const root = checkRoot(dir);
        const stopOthers = new AbortController();
        const othersSignal = options.signal ? AbortSignal.any([options.signal, stopOthers.signal]) : stopOthers.signal;
        const stagedP = (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .runGitAsync */ .Sf)(root, LIST_TRACKED, LIST_MAX_BUFFER, { ...AS_BYTES, signal: options.signal });
        const othersP = (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .runGitAsync */ .Sf)(root, LIST_OTHERS, LIST_MAX_BUFFER, { ...AS_BYTES, signal: othersSignal, timeoutMs: UNTRACKED_TIMEOUT_MS });
        const staged = listing(await stagedP);
        const hazards = staged === null ? NO_HAZARDS : findHazards(root, staged);
        if (staged === null || hazards.ignoreFiles.length > 0)
            stopOthers.abort();
        const others = listing(await othersP);
        return RepoSnapshot.build(root, staged, staged === null ? null : others, hazards, options);
    }
    static build(root, staged, others, hazards, options) {
        const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
        const notes = [];
        const fromIndex = new Set();
        const names = new NameDecoder(root);
        const listed = staged === null ? null : listFromGit(names, staged, others, fromIndex, maxFiles, notes);
        const refusal = (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .gitRefusal */ .Xr)(root);
        if (refusal !== null) {
            notes.push({ path: '.git', detail: `git was not run: ${refusal}; the folder was listed as a plain folder instead, ignored files included` });
        }
        else if (listed === null && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, '.git'))) {
            notes.push({ path: '.git', detail: 'git could not list the files (not a work tree top, a broken .git, or no answer in time): the folder was listed instead, ignored files included' });
        }
        if (listed !== null && others === null) {
            const why = hazards.ignoreFiles.length > 0 ? `${hazards.ignoreFiles[0]} is not a regular file (git would wait on it)` : options.signal?.aborted ? 'the run was stopped first (time limit)' : 'git gave no answer in time';
            notes.push({ path: hazards.ignoreFiles[0] ?? '.', detail: `untracked files were not listed: ${why}; only the files git tracks were read` });
        }
        for (const d of hazards.symlinkedDirs.slice(0, 20))
            notes.push({ path: d, detail: 'a tracked folder that is a symlink in the work tree; not followed' });
        // Stopped (the run's time limit) before git listed the files: no walk either, the list is empty.
        const stopped = listed === null && options.signal?.aborted === true;
        if (stopped)
            notes.push({ path: '.', detail: 'the files were not listed: the run was stopped first (time limit)' });
        const files = sortByPath(listed ?? (stopped ? [] : walk(names, maxFiles, notes)));
        if (names.raw.size > 0)
            notes.push({ path: '.', detail: `${names.raw.size} file name(s) are not valid UTF-8: each invalid byte is shown as \\xNN` });
        const snap = new RepoSnapshot(root, files, listed !== null, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, names.raw);
        snap.notes.push(...notes);
        snap.gitReadsIndex = fromIndex;
        snap.hazards = listed !== null ? hazards : NO_HAZARDS;
        snap.stopped = stopped;
        return snap;
    }
    get(path) {
        return this.byPath.get(path);
    }
    has(path) {
        return this.byPath.has(path);
    }
    /** The bytes of a listed name that is not valid UTF-8 (its path shows each invalid byte as \xNN); undefined for every other name. */
    nameBytes(path) {
        return this.rawNames.get(path);
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
            // The listing is sorted, so files of one folder mostly come in runs: test the run's folder before slicing.
            let dir = '';
            let run = null;
            for (const f of this.files) {
                const slash = f.path.lastIndexOf('/');
                if (run !== null && (slash < 0 ? dir === '' : slash === dir.length && f.path.startsWith(dir))) {
                    run.push(f);
                    continue;
                }
                dir = slash < 0 ? '' : f.path.slice(0, slash);
                run = this.byDir.get(dir) ?? null;
                if (run)
                    run.push(f);
                else
                    this.byDir.set(dir, (run = [f]));
            }
        }
        const entries = this.byDir.get((0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .trimEnd */ .s8)(dir, '/')) ?? [];
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
     * read(), for a file whose head passes `test`: the first 8 KiB of its text (after a byte order
     * mark) are read and shown to `test`, and the rest is read, in the same pass, only when it says
     * yes. A sniff over many files thus reads each of them once and most no further than their head.
     * A file read before is tested on the same head of its text. Null when the head says no (nothing
     * is cached, so a later read() reads it); a file that cannot be read gives read()'s refusal.
     */
    readWhen(path, test) {
        const cached = this.texts.get(path);
        if (cached)
            return !cached.ok || test(textHead(cached.text)) ? cached : null;
        const result = this.readUncached(path, test);
        if (result === null)
            return null;
        this.texts.set(path, result);
        if (!result.ok)
            this.note(path, result.reason);
        else if (result.invalidUtf8)
            this.note(path, 'not valid UTF-8; invalid bytes were replaced');
        return result;
    }
    /**
     * Calls `fn` with the first bytes of a file (up to 8 KiB, for content sniffing) without copying
     * them; `fn` must not keep the buffer. Null when the file cannot be read. Nothing is cached: a
     * sniff of every file must not keep 100,000 heads.
     */
    peek(path, fn) {
        const known = this.knownBytes(path, HEAD_BYTES);
        if (known)
            return fn(known.bytes);
        const fd = this.openInside(path);
        if (typeof fd !== 'number')
            return null;
        try {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, headBuffer, 0, HEAD_BYTES, 0);
            this.counted(path, n);
            return fn(headBuffer.subarray(0, n));
        }
        catch {
            return null;
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
    /**
     * A whole file's bytes, uncached (a scan of every file must not keep them), with the same
     * refusals as read(): never through a symlink out of the root, never a non-regular file. A file
     * over `maxBytes` is not read: the result says so, with its size.
     */
    readBytes(path, maxBytes) {
        return this.readBytesUpTo(path, maxBytes, Infinity);
    }
    /**
     * readBytes() that reads only the first `headBytes` bytes (a copy, the caller may keep it):
     * the same refusals, the same answer for a file over `maxBytes`, and the whole file's size.
     */
    readHead(path, maxBytes, headBytes = HEAD_BYTES) {
        return this.readBytesUpTo(path, maxBytes, headBytes);
    }
    /**
     * The first `upTo` bytes of a file already read as text that is its bytes exactly, and the
     * file's size; null otherwise. Every reader of bytes asks here first, so that a file read as
     * text is never opened again.
     */
    knownBytes(path, upTo) {
        const cached = this.exactTexts.has(path) ? this.texts.get(path) : undefined;
        if (!cached?.ok)
            return null;
        // Each UTF-16 unit is at least one byte, so `upTo` units hold the bytes asked for; one more
        // keeps a surrogate pair whole. Encoded, then cut, as a read of the head may end inside a character.
        const text = upTo >= cached.size ? cached.text : cached.text.slice(0, upTo + 1);
        const bytes = Buffer.from(text, 'utf8');
        return { bytes: bytes.length > upTo ? bytes.subarray(0, upTo) : bytes, size: cached.size };
    }
    readBytesUpTo(path, maxBytes, upTo) {
        const known = this.knownBytes(path, upTo);
        if (known) {
            if (known.size > maxBytes)
                return { ok: false, reason: `skipped: ${formatBytes(known.size)} is over the ${formatBytes(maxBytes)} read limit`, size: known.size };
            return { ok: true, bytes: known.bytes, size: known.size };
        }
        const fd = this.openInside(path);
        if (typeof fd !== 'number')
            return { ok: false, reason: fd };
        try {
            const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size;
            if (size > maxBytes)
                return { ok: false, reason: `skipped: ${formatBytes(size)} is over the ${formatBytes(maxBytes)} read limit`, size };
            const bytes = readFd(fd, Math.min(size, upTo));
            this.counted(path, bytes.length);
            return { ok: true, bytes, size };
        }
        catch (e) {
            return { ok: false, reason: `cannot be read: ${errorCode(e)}` };
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
    /** A file's size without reading it, with the same refusals as read(); null when it cannot be read. */
    size(path) {
        const fd = this.openInside(path);
        if (typeof fd !== 'number')
            return null;
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size;
        }
        catch {
            return null;
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
    note(path, detail) {
        const key = `${path}\0${detail}`;
        if (this.noted.has(key))
            return;
        this.noted.add(key);
        this.notes.push({ path, detail });
    }
    counted(path, bytes) {
        const r = this.reads.get(path);
        if (r) {
            r.times++;
            r.bytes += bytes;
        }
        else
            this.reads.set(path, { times: 1, bytes });
    }
    readUncached(path, headTest) {
        const fd = this.openInside(path);
        if (typeof fd !== 'number')
            return { ok: false, reason: fd };
        try {
            const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size;
            if (size > this.maxFileBytes) {
                return { ok: false, reason: `skipped: ${formatBytes(size)} is over the ${formatBytes(this.maxFileBytes)} read limit` };
            }
            let bytes;
            if (headTest) {
                const headEnd = Math.min(size, HEAD_BYTES + BOM.length);
                const got = readFdInto(fd, sniffBuffer, 0, headEnd);
                if (!headTest(bytesHead(sniffBuffer.subarray(0, got)))) {
                    this.counted(path, got);
                    return null;
                }
                // The rest of the file after the head (unless the file shrank under us), into a buffer of its size.
                const buf = Buffer.allocUnsafe(size);
                sniffBuffer.copy(buf, 0, 0, got);
                bytes = buf.subarray(0, got === headEnd ? readFdInto(fd, buf, got, size) : got);
            }
            else
                bytes = readFd(fd, size);
            this.counted(path, bytes.length);
            const off = bytes.length;
            let text = LENIENT_UTF8.decode(bytes);
            let invalidUtf8 = false;
            if (text.includes('\uFFFD')) {
                try {
                    STRICT_UTF8.decode(bytes);
                }
                catch {
                    invalidUtf8 = true;
                }
            }
            if (text.charCodeAt(0) === 0xfeff)
                text = text.slice(1);
            if (!invalidUtf8 && text.length > 0 && !bytes.subarray(0, BOM.length).equals(BOM))
                this.exactTexts.add(path);
            return { ok: true, text, size: off, invalidUtf8 };
        }
        catch (e) {
            return { ok: false, reason: `cannot be read: ${errorCode(e)}` };
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
    /** True when the folder holding a listed path resolves inside the root (checked once per folder). */
    dirInside(path) {
        const slash = path.lastIndexOf('/');
        if (slash < 0)
            return true;
        const dir = path.slice(0, slash);
        let inside = this.dirOk.get(dir);
        if (inside === undefined) {
            const raw = this.rawNames.get(path);
            try {
                inside = this.resolvesInside(raw ? this.fsPath(dir, raw.subarray(0, raw.lastIndexOf(0x2f))) : this.fsPath(dir)).inside;
            }
            catch {
                inside = true; // a missing folder: the open below says so
            }
            this.dirOk.set(dir, inside);
        }
        return inside;
    }
    /** Where a listed path is on disk: its bytes when its name is not UTF-8. */
    fsPath(path, raw) {
        if (raw)
            return Buffer.concat([Buffer.from(this.root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep), raw]);
        return this.root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep + (node_path__WEBPACK_IMPORTED_MODULE_1__.sep === '/' ? path : path.replaceAll('/', node_path__WEBPACK_IMPORTED_MODULE_1__.sep));
    }
    /** The real path of `abs` and whether it is the root or inside it; throws what realpath throws. */
    resolvesInside(abs) {
        if (typeof abs === 'string') {
            const target = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(abs);
            return { target, inside: target === this.root || target.startsWith(this.root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep) };
        }
        const target = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(abs, { encoding: 'buffer' });
        const root = Buffer.from(this.root);
        const under = target.length > root.length && target[root.length] === node_path__WEBPACK_IMPORTED_MODULE_1__.sep.charCodeAt(0);
        return { target, inside: target.subarray(0, root.length).equals(root) && (target.length === root.length || under) };
    }
    /** Opens a regular file inside the root, or returns why not. */
    openInside(path) {
        if (!isRelativeInside(path))
            return 'not a path inside the repository';
        const abs = this.fsPath(path, this.rawNames.get(path));
        const entry = this.byPath.get(path);
        let target = abs;
        if (!entry || entry.kind === 'symlink') {
            // Unlisted paths and symlinks: resolve fully and refuse anything that lands outside the root.
            let inside;
            try {
                ({ target, inside } = this.resolvesInside(abs));
            }
            catch (e) {
                const code = errorCode(e);
                return code === 'ELOOP' ? 'symlink loop; not followed' : code === 'ENOENT' ? 'missing from the working tree' : `cannot be resolved: ${code}`;
            }
            if (!inside)
                return 'symlink to a target outside the repository; not followed';
        }
        else if (!this.dirInside(path)) {
            return 'in a folder that resolves outside the repository; not followed';
        }
        // Listed regular files: git never checks a path out beneath a symlinked folder and the walk
        // never descends into one; a folder replaced by a symlink since is caught by dirInside (once
        // per folder), and a symlink in the last component is refused by O_NOFOLLOW.
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
/** The real path of `dir`; throws SnapshotError when it is not a readable directory. */
function checkRoot(dir) {
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
    return root;
}
const byPathOrder = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
/**
 * Sorts entries by path, one entry per path. git lists tracked files already in order: only the
 * untracked ones after them are sorted, then merged in.
 */
function sortByPath(files) {
    let n = 1;
    while (n < files.length && files[n - 1].path < files[n].path)
        n++;
    if (n >= files.length)
        return files;
    const head = files.slice(0, n);
    const tail = files.slice(n).sort(byPathOrder);
    const out = [];
    let i = 0;
    let j = 0;
    while (i < head.length || j < tail.length) {
        const next = j >= tail.length || (i < head.length && head[i].path <= tail[j].path) ? head[i++] : tail[j++];
        // A path listed twice (git lists none twice) is kept once, first as listed.
        if (out.length === 0 || out[out.length - 1].path !== next.path)
            out.push(next);
    }
    return out;
}
/** Reads up to `size` bytes from the start of an open file (fewer when it shrank). */
function readFd(fd, size) {
    const buf = Buffer.allocUnsafe(size);
    return buf.subarray(0, readFdInto(fd, buf, 0, size));
}
/** Fills `buf` from offset `from` up to `end` (the same offsets in the file); returns where it stopped (earlier when the file shrank). */
function readFdInto(fd, buf, from, end) {
    let off = from;
    while (off < end) {
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, off, end - off, off);
        if (n === 0)
            break;
        off += n;
    }
    return off;
}
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const HEAD_DECODER = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
/** The text of the first HEAD_BYTES bytes after a byte order mark (a character cut at the end is dropped). */
function bytesHead(bytes) {
    const start = bytes.subarray(0, BOM.length).equals(BOM) ? BOM.length : 0;
    let end = Math.min(bytes.length, start + HEAD_BYTES);
    // Back off to a character boundary when the cut falls inside a UTF-8 sequence.
    if (end < bytes.length)
        while (end > start && (bytes[end] & 0xc0) === 0x80)
            end--;
    return HEAD_DECODER.decode(bytes.subarray(start, end));
}
/** The same head of a text already read (its byte order mark already dropped). */
function textHead(text) {
    return bytesHead(Buffer.from(text.slice(0, HEAD_BYTES), 'utf8'));
}
/** A relative path with no empty, '..' or (on Windows) backslash-hidden segments. */
function isRelativeInside(path) {
    if (path === '' || path.charCodeAt(0) === 47 || path.charCodeAt(path.length - 1) === 47 || path.includes('//'))
        return false;
    if (node_path__WEBPACK_IMPORTED_MODULE_1__.sep !== '/' && (path.includes(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) || path.includes(':')))
        return false;
    if (path.includes('..')) {
        for (const s of path.split('/'))
            if (s === '..')
                return false;
    }
    return true;
}
/** git's output when it listed the files, else null. */
function listing(r) {
    return r !== null && r.status === 0 ? r.stdout : null;
}
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Decodes a file's text, a byte-order mark left out; one decoder for every file (making one costs as much as decoding). */
const LENIENT_UTF8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const NON_ASCII = /[\x80-\xff]/;
/**
 * A file name read byte for byte (one latin1 character a byte, as git and readdir give it) as a
 * path: UTF-8 decoded, and when it is not valid UTF-8, each invalid byte written \xNN (so that two
 * such names stay two paths) and the bytes kept to open the file by.
 */
function decodeFileName(latin1) {
    if (!NON_ASCII.test(latin1))
        return { path: latin1 };
    const bytes = Buffer.from(latin1, 'latin1');
    try {
        return { path: STRICT_UTF8.decode(bytes) };
    }
    catch {
        return { path: escapeInvalidUtf8(bytes), bytes };
    }
}
function escapeInvalidUtf8(bytes) {
    let out = '';
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
        if (len > 0 && i + len <= bytes.length) {
            try {
                out += STRICT_UTF8.decode(bytes.subarray(i, i + len));
                i += len;
                continue;
            }
            catch {
                /* not a valid sequence: escaped below */
            }
        }
        out += `\\x${b.toString(16).padStart(2, '0')}`;
        i++;
    }
    return out;
}
/** Decodes listed names, keeping the bytes of those that are not UTF-8 to reach them on disk. */
class NameDecoder {
    raw = new Map();
    root;
    rootBytes;
    constructor(root) {
        this.root = root;
        this.rootBytes = Buffer.from(root);
    }
    path(latin1) {
        const d = decodeFileName(latin1);
        if (d.bytes)
            this.raw.set(d.path, d.bytes);
        return d.path;
    }
    /**
     * The absolute name of a relative one read byte for byte: a string when the name is ASCII (the
     * same bytes, and cheaper for the file system calls of a large tree), else the bytes.
     */
    onDisk(latin1) {
        if (!NON_ASCII.test(latin1))
            return latin1 === '' ? this.root : `${this.root}/${latin1}`;
        return Buffer.concat([this.rootBytes, SLASH, Buffer.from(latin1, 'latin1')]);
    }
}
/** `name` inside the folder `onDisk` (as NameDecoder.onDisk gives it). */
function inFolder(onDisk, name) {
    return typeof onDisk === 'string' ? `${onDisk}/${name}` : Buffer.concat([onDisk, Buffer.from('/' + name)]);
}
const SLASH = Buffer.from('/');
/**
 * Looks, in every folder that holds tracked files (and their parents), for what git would wait on
 * or follow out of the tree: a .gitignore or .gitattributes that is not a regular file, a folder
 * that is a symlink. Parents come before children, and nothing below a symlinked folder is looked
 * at (that would reach outside the tree).
 */
function findHazards(root, staged) {
    const dirs = new Set(['']);
    for (const rec of staged.split('\0')) {
        const tab = rec.indexOf('\t');
        if (tab < 0)
            continue;
        let slash = rec.lastIndexOf('/');
        while (slash > tab) {
            const dir = rec.slice(tab + 1, slash);
            if (dirs.has(dir))
                break;
            dirs.add(dir);
            slash = rec.lastIndexOf('/', slash - 1);
        }
    }
    const out = { ignoreFiles: [], attributeFiles: [], symlinkedDirs: [] };
    const names = new NameDecoder(root);
    const linked = [];
    // Most folders hold neither file: an absent one is answered without an exception (they cost
    // more than the lstat itself, thousands of times in a large tree).
    const NO_THROW = { throwIfNoEntry: false };
    for (const dir of [...dirs].sort()) {
        if (linked.length > 0 && linked.some((l) => dir.startsWith(l + '/')))
            continue;
        const onDisk = names.onDisk(dir);
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(onDisk, NO_THROW);
        }
        catch {
            continue;
        }
        if (st === undefined)
            continue;
        if (st.isSymbolicLink()) {
            linked.push(dir);
            out.symlinkedDirs.push(names.path(dir));
            continue;
        }
        if (!st.isDirectory())
            continue;
        for (const [name, list] of [['.gitignore', out.ignoreFiles], ['.gitattributes', out.attributeFiles]]) {
            try {
                const f = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(inFolder(onDisk, name), NO_THROW);
                if (f !== undefined && !f.isFile())
                    list.push(names.path(dir === '' ? name : `${dir}/${name}`));
            }
            catch {
                /* unreadable (not a folder on the way): nothing git would read */
            }
        }
    }
    return out;
}
function listFromGit(names, staged, others, fromIndex, maxFiles, notes) {
    const files = [];
    const full = () => {
        if (files.length < maxFiles)
            return false;
        notes.push({ path: '.', detail: `listing stopped at ${maxFiles} files` });
        return true;
    };
    for (const rec of staged.split('\0')) {
        if (!rec)
            continue;
        // "<tag> <mode> <object> <stage>\t<path>"; the tag is H, or S for skip-worktree, lower case when assume-unchanged.
        const tab = rec.indexOf('\t');
        if (tab < 0)
            continue;
        const tagged = rec.charCodeAt(1) === 32;
        const path = names.path(rec.slice(tab + 1));
        // Duplicate entries of a conflicted merge (stages 1-3) are adjacent in index order; keep the first.
        if (files.length > 0 && files[files.length - 1].path === path)
            continue;
        if (full())
            return files;
        const mode = tagged ? rec.slice(2, 8) : rec.slice(0, 6);
        const kind = mode === '120000' ? 'symlink' : mode === '160000' ? 'submodule' : mode === '100755' ? 'executable' : 'file';
        files.push({ path, kind, tracked: true });
        if (tagged && rec[0] !== 'H' && rec[0] !== 'M')
            fromIndex.add(path);
    }
    if (others) {
        for (const name of others.split('\0')) {
            if (!name)
                continue;
            if (full())
                return files;
            const path = names.path(name);
            let kind = 'file';
            try {
                const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(names.onDisk(name));
                if (st.isSymbolicLink())
                    kind = 'symlink';
                else if (st.mode & 0o111)
                    kind = 'executable';
            }
            catch {
                continue;
            }
            files.push({ path, kind, tracked: false });
        }
    }
    return files;
}
/** Lists the folder without git; names are read as bytes, as git gives them. */
function walk(names, maxFiles, notes) {
    const out = [];
    const stack = [''];
    while (stack.length > 0) {
        const rel = stack.pop();
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(names.onDisk(rel), { withFileTypes: true, encoding: 'buffer' });
        }
        catch (e) {
            notes.push({ path: names.path(rel) || '.', detail: `directory cannot be read: ${errorCode(e)}` });
            continue;
        }
        for (const ent of entries) {
            const name = ent.name.toString('latin1');
            const rawPath = rel === '' ? name : `${rel}/${name}`;
            // git's own data (a folder, or a file naming a git directory elsewhere) is not content.
            if (name === '.git')
                continue;
            if (ent.isDirectory()) {
                stack.push(rawPath);
            }
            else if (ent.isSymbolicLink()) {
                out.push({ path: names.path(rawPath), kind: 'symlink', tracked: true });
            }
            else if (ent.isFile()) {
                let kind = 'file';
                if (name.indexOf('.') < 0) {
                    // Only extension-less files are likely executables; avoid a stat per file otherwise.
                    try {
                        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(names.onDisk(rawPath)).mode & 0o111)
                            kind = 'executable';
                    }
                    catch {
                        /* listed anyway */
                    }
                }
                out.push({ path: names.path(rawPath), kind, tracked: true });
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

/***/ 3928:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JE: () => (/* binding */ collapseBlanks),
/* harmony export */   lN: () => (/* binding */ nonBlankChars),
/* harmony export */   mh: () => (/* binding */ lineAt),
/* harmony export */   og: () => (/* binding */ cutAt),
/* harmony export */   qZ: () => (/* binding */ unquoted),
/* harmony export */   s8: () => (/* binding */ trimEnd),
/* harmony export */   xC: () => (/* binding */ isSpace)
/* harmony export */ });
/* unused harmony export trimStart */
// Small string operations in linear time. A regular expression such as /\/+$/ or /[?#].*$/ is
// tried at every start position and rescans the run each time: quadratic on a long run of the
// character, which repository text (a path, a URL, a line) can supply at will.
/** `s` without the run of characters from `chars` at its end ('a//' -> 'a' for '/'). */
function trimEnd(s, chars) {
    let end = s.length;
    while (end > 0 && chars.includes(s[end - 1]))
        end--;
    return end === s.length ? s : s.slice(0, end);
}
/** `s` without the run of characters from `chars` at its start. */
function trimStart(s, chars) {
    let start = 0;
    while (start < s.length && chars.includes(s[start]))
        start++;
    return start === 0 ? s : s.slice(start);
}
/** `s` up to (not including) the first character from `chars`, or all of it ('a?b#c' -> 'a' for '?#'). */
/** A text without one pair of quotes around it, trimmed: `"Docs"`, `'--help'`, \u201cDocs\u201d. */
function unquoted(text) {
    const t = text.trim();
    return t.length >= 2 && /^["'\u201c\u2018]/.test(t) && /["'\u201d\u2019]$/.test(t) ? t.slice(1, -1).trim() : t;
}
function cutAt(s, chars) {
    for (let i = 0; i < s.length; i++)
        if (chars.includes(s[i]))
            return s.slice(0, i);
    return s;
}
/** What /\s/ matches: ECMAScript white space and line terminators. */
function isSpace(c) {
    if (c < 0x80)
        return c === 0x20 || (c >= 0x09 && c <= 0x0d);
    return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** Any character \s matches except the plain space. */
const OTHER_BLANK = /[^\S ]/;
/**
 * line.replace(/\s+/g, '').length without the copy. Most lines hold no blank but the space: those
 * count their spaces with indexOf, a builtin, instead of testing every character in JavaScript.
 */
function nonBlankChars(line) {
    let n = line.length;
    if (OTHER_BLANK.test(line)) {
        for (let i = 0; i < line.length; i++)
            if (isSpace(line.charCodeAt(i)))
                n--;
        return n;
    }
    for (let i = line.indexOf(' '); i !== -1; i = line.indexOf(' ', i + 1))
        n--;
    return n;
}
/** A run of blanks that is not one plain space. */
const UNTIDY_BLANKS = /\s\s|[^\S ]/;
/**
 * text.replace(/\s+/g, ' ').trim(), without building a new string when only the ends change, or
 * nothing. With `max`, only the first `max` characters of that are sure to be right (a caller that
 * keeps no more): a long line is collapsed from a head twice as long when that gives more than `max`.
 */
function collapseBlanks(text, max = Infinity) {
    if (text.length > 2 * max + 2) {
        // The head's collapse agrees with the whole's up to its last character, which is not a blank.
        const head = collapseBlanks(text.slice(0, 2 * max + 2));
        if (head.length > max)
            return head;
    }
    const trimmed = text.trim();
    return UNTIDY_BLANKS.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}
/** The 1-based line of `offset` in `text`: one indexOf per line before it. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
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
const package_namespaceObject = {"rE":"0.2.0"};
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

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

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

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

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

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 4649:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
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

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 5574:
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

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

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

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __nccwpck_require__(7593);
;// CONCATENATED MODULE: ./src/cli/collect.ts
// `slam collect --event FILE --out DIR [--shard I/N] [--concurrency N]`: downloads the signed
// results of every participant repository (this shard's share) into DIR.

const collectCommand = {
    name: 'collect',
    usage: 'collect --event FILE --out DIR',
    summary: "download the participants' signed results into DIR (organizers)",
    help: `Options for collect:
      --event FILE            the event file (docs/event-example.yml shows one)
      --out DIR               where results go: DIR/<owner>/<name>/\u2026; a second run downloads
                              only what DIR does not have yet
      --shard I/N             take every Nth repository, starting with the Ith (1-based), so
                              that N machines collect in parallel (a GitHub Actions matrix)
      --concurrency N         requests at a time (default 8, at most 64)
                              The token comes from $GITHUB_TOKEN (never printed), the API from
                              $GITHUB_API_URL (default https://api.github.com).`,
    flags: { values: ['event', 'out', 'shard', 'concurrency'], switches: [] },
    run,
};
async function run(args) {
    if (args.positionals.length > 0)
        throw new cli_args/* UsageError */.eb(`collect takes no positional argument (got "${args.positionals[0]}")`);
    const eventFile = (0,cli_args/* stringFlag */.AM)(args, 'event');
    const out = (0,cli_args/* stringFlag */.AM)(args, 'out');
    if (!eventFile)
        throw new cli_args/* UsageError */.eb('collect needs --event FILE');
    if (!out)
        throw new cli_args/* UsageError */.eb('collect needs --out DIR');
    const shard = parseShard((0,cli_args/* stringFlag */.AM)(args, 'shard'));
    const concurrency = parseConcurrency((0,cli_args/* stringFlag */.AM)(args, 'concurrency'));
    const token = process.env.GITHUB_TOKEN ?? '';
    if (!token)
        throw new cli_args/* UsageError */.eb('collect needs a token in GITHUB_TOKEN that can read the repositories\' Actions artifacts (it is never printed)');
    const apiUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
    try {
        new URL(apiUrl);
    }
    catch {
        throw new cli_args/* UsageError */.eb(`GITHUB_API_URL is not a URL: ${apiUrl}`);
    }
    const { loadEventOrUsage } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(780), __nccwpck_require__.e(607), __nccwpck_require__.e(864), __nccwpck_require__.e(940)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8697));
    const event = loadEventOrUsage(eventFile);
    const { collect } = await Promise.all(/* import() */[__nccwpck_require__.e(663), __nccwpck_require__.e(91), __nccwpck_require__.e(44), __nccwpck_require__.e(203)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3203));
    const { renderCollectTable, ProgressLine } = await __nccwpck_require__.e(/* import() */ 290).then(__nccwpck_require__.bind(__nccwpck_require__, 7290));
    const line = new ProgressLine(process.stderr);
    const report = await collect({ event, out, token, apiUrl, shard, concurrency, onProgress: (p) => line.update(p) });
    line.done();
    process.stdout.write(renderCollectTable(report, concurrency));
    return 0;
}
function parseShard(v) {
    if (v === undefined)
        return undefined;
    const m = /^([0-9]{1,4})\/([0-9]{1,4})$/.exec(v);
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || count < 1 || index < 1 || index > count)
        throw new cli_args/* UsageError */.eb(`--shard must be I/N with 1 <= I <= N, e.g. --shard 2/4 (got "${v}")`);
    return { index, count };
}
function parseConcurrency(v) {
    if (v === undefined)
        return 8;
    const n = /^[0-9]{1,3}$/.test(v) ? Number(v) : NaN;
    if (!(n >= 1 && n <= 64))
        throw new cli_args/* UsageError */.eb(`--concurrency must be a whole number from 1 to 64 (got "${v}")`);
    return n;
}

// EXTERNAL MODULE: ./src/facts/budget.ts
var budget = __nccwpck_require__(2258);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/cli/output.ts
// The report file a command writes: checked before the work starts, so that a typo in --output
// costs nothing, and any failure said in words ("it is a folder"), never as an errno code.


/** Why `file` cannot be written, in words; null when it can. Leaves the file as it was. */
function outputProblem(file) {
    if (file === '')
        return 'no file name was given';
    let exists = true;
    try {
        if ((0,external_node_fs_.statSync)(file).isDirectory())
            return 'it is a folder';
    }
    catch (e) {
        const code = errorCode(e);
        if (code !== 'ENOENT')
            return inWords(code, file);
        exists = false;
    }
    try {
        if (exists) {
            // Opening for writing without truncating tells whether the file can be written, and changes nothing.
            (0,external_node_fs_.closeSync)((0,external_node_fs_.openSync)(file, 'r+'));
            return null;
        }
        const folder = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(file));
        try {
            if (!(0,external_node_fs_.statSync)(folder).isDirectory())
                return `${folder} is a file, not a folder`;
        }
        catch (e) {
            return errorCode(e) === 'ENOENT' ? `its folder ${folder} does not exist` : inWords(errorCode(e), file);
        }
        // Creating the file (and removing it again) is the one test that sees permissions, read-only
        // file systems and quotas as the write will.
        (0,external_node_fs_.closeSync)((0,external_node_fs_.openSync)(file, 'wx'));
        (0,external_node_fs_.unlinkSync)(file);
        return null;
    }
    catch (e) {
        const code = errorCode(e);
        // A symbolic link to a file not yet there: the write creates its target.
        if (code === 'EEXIST' && isSymlink(file))
            return null;
        return inWords(code, file);
    }
}
/** Writes the report, or throws an Error whose message says in words why it could not. */
function writeOutput(file, text) {
    try {
        (0,external_node_fs_.writeFileSync)(file, text);
    }
    catch (e) {
        throw new Error(`cannot write ${file}: ${inWords(errorCode(e), file)}`);
    }
}
function inWords(code, file) {
    switch (code) {
        case 'EISDIR':
            return 'it is a folder';
        case 'ENOENT':
            return `its folder ${(0,external_node_path_.dirname)((0,external_node_path_.resolve)(file))} does not exist`;
        case 'ENOTDIR': {
            const blocker = fileOnPath(file);
            return blocker ? `${blocker} is a file, not a folder` : 'a part of its path is a file, not a folder';
        }
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EROFS':
            return 'the file system is read-only';
        case 'ENOSPC':
        case 'EDQUOT':
            return 'no space is left on the device';
        case 'ENAMETOOLONG':
            return 'its name is too long';
        case 'ELOOP':
            return 'its path goes round a loop of symbolic links';
        case 'ETXTBSY':
            return 'it is a program that is running';
        case 'EBUSY':
            return 'it is in use';
        case 'EIO':
            return 'the device could not be written (input/output error)';
        default:
            return `the system refused (${code || 'unknown error'})`;
    }
}
/** The nearest folder on the path of `file` that is in fact a file, if any. */
function fileOnPath(file) {
    let dir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(file));
    for (;;) {
        try {
            return (0,external_node_fs_.statSync)(dir).isDirectory() ? null : dir;
        }
        catch {
            const parent = (0,external_node_path_.dirname)(dir);
            if (parent === dir)
                return null;
            dir = parent;
        }
    }
}
function isSymlink(file) {
    try {
        return (0,external_node_fs_.lstatSync)(file).isSymbolicLink();
    }
    catch {
        return false;
    }
}
function errorCode(e) {
    const code = e?.code;
    return typeof code === 'string' ? code : '';
}

;// CONCATENATED MODULE: ./src/cli/evaluate.ts



/** The exit status of `slam evaluate --fail-on fail` when a requirement fails. */
const EXIT_FAILING = 3;
// Kept here rather than imported so that `slam --help` does not load the reporters.
const FORMATS = ['text', 'json', 'sarif', 'markdown', 'gemara', 'gemara-json'];
const evaluateCommand = {
    name: 'evaluate',
    usage: 'evaluate [path]',
    summary: 'evaluate the repository at path (default: .)',
    help: `Options for evaluate:
  -l, --level 1|2|3           OSPS Baseline maturity level (default: the level in
                              .github/security-slam.yml, else 1)
  -f, --format FORMAT         text (default), json, sarif, markdown, or gemara (a Gemara
                              EvaluationLog in YAML, as grc.store reads it; gemara-json
                              for the same in JSON)
  -o, --output FILE           write the report to FILE instead of standard output (checked
                              before the evaluation starts)
      --fail-on fail|none     fail: exit 3 when a requirement fails at the level (default: none,
                              exit 0 whatever the evaluation found)
      --offline               do not call the GitHub API; API-only requirements become unknown
      --token TOKEN           GitHub token (default: $GITHUB_TOKEN); never printed
      --repo OWNER/NAME       repository on GitHub (default: from the git remote)
      --no-unknown-notes      SARIF: leave unknown requirements out instead of reporting notes
      --time-limit SECONDS    stop reading after SECONDS (default 300); what was not read
                              by then is reported unknown, and the report is still written
  -v, --verbose               text: also list passing requirements`,
    flags: { values: ['level', 'format', 'output', 'token', 'repo', 'time-limit', 'fail-on'], switches: ['offline', 'no-unknown-notes', 'verbose'] },
    run: evaluate_run,
};
async function evaluate_run(args) {
    if (args.positionals.length > 1)
        throw new cli_args/* UsageError */.eb('evaluate takes at most one path');
    const path = args.positionals[0] ?? '.';
    const level = parseLevel(args.flags.level);
    const format = (args.flags.format ?? 'text');
    if (!FORMATS.includes(format))
        throw new cli_args/* UsageError */.eb(`--format must be one of ${FORMATS.join(', ')}`);
    const repo = (0,cli_args/* stringFlag */.AM)(args, 'repo');
    if (repo !== undefined && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo))
        throw new cli_args/* UsageError */.eb('--repo must look like owner/name');
    const token = (0,cli_args/* stringFlag */.AM)(args, 'token') ?? process.env.GITHUB_TOKEN ?? undefined;
    const failOn = args.flags['fail-on'] ?? 'none';
    if (failOn !== 'none' && failOn !== 'fail')
        throw new cli_args/* UsageError */.eb('--fail-on must be fail or none');
    const output = (0,cli_args/* stringFlag */.AM)(args, 'output');
    const timeLimitSeconds = parseTimeLimit((0,cli_args/* stringFlag */.AM)(args, 'time-limit'), '--time-limit');
    // A report that cannot be written is found now, not after the evaluation.
    const problem = output === undefined ? null : outputProblem(output);
    if (problem)
        throw new cli_args/* UsageError */.eb(`cannot write ${output}: ${problem}`);
    const { evaluate } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(878), __nccwpck_require__.e(607), __nccwpck_require__.e(91), __nccwpck_require__.e(44), __nccwpck_require__.e(217), __nccwpck_require__.e(521)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5521));
    const { workTreePrefix } = await __nccwpck_require__.e(/* import() */ 643).then(__nccwpck_require__.bind(__nccwpck_require__, 2643));
    const { result, warnings, nameBytes } = await evaluate(path, { level, offline: Boolean(args.flags.offline), token: token || undefined, repository: repo, timeLimitSeconds });
    const { render } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(91), __nccwpck_require__.e(597)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9597));
    const color = format === 'text' && output === undefined && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    const text = render(result, format, {
        color,
        verbose: Boolean(args.flags.verbose),
        unknownAsNotes: !args.flags['no-unknown-notes'],
        uriPrefix: workTreePrefix(path) ?? '',
        nameBytes,
    });
    if (output !== undefined) {
        try {
            writeOutput(output, text);
        }
        catch (e) {
            throw new cli_args/* UsageError */.eb(e.message);
        }
    }
    else {
        process.stdout.write(text);
    }
    // After the report, so that a failure to write it stays the one line on standard error.
    for (const w of warnings)
        process.stderr.write(`warning: ${w}\n`);
    const failing = result.controls.filter((c) => c.status === 'fail');
    if (failOn === 'fail' && failing.length > 0) {
        process.stderr.write(`slam: ${failing.length} requirement(s) fail at Level ${result.level}: ${failing.map((c) => c.id).join(', ')}\n`);
        return EXIT_FAILING;
    }
    return 0;
}
function parseTimeLimit(v, name) {
    if (v === undefined)
        return undefined;
    const n = (0,budget/* parseSeconds */.fL)(v);
    if (n === null)
        throw new cli_args/* UsageError */.eb(`${name} must be a number of seconds above 0 and at most 86400, not "${v}"`);
    return n;
}
function parseLevel(v) {
    if (v === undefined)
        return undefined;
    if (v === '1' || v === '2' || v === '3')
        return Number(v);
    throw new cli_args/* UsageError */.eb('--level must be 1, 2 or 3');
}

;// CONCATENATED MODULE: ./src/cli/insights.ts
// `slam insights init [path]`: drafts a security-insights.yml from what the repository shows.

const insightsCommand = {
    name: 'insights',
    usage: 'insights init [path]',
    summary: 'draft a security-insights.yml (schema 2.2.0) from what the repository shows',
    help: `Options for insights init:
      --force                 overwrite an existing security-insights.yml
      --print                 print the draft instead of writing it`,
    flags: { values: [], switches: ['force', 'print'] },
    run: insights_run,
};
async function insights_run(args) {
    const [sub, path = '.', ...rest] = args.positionals;
    if (sub !== 'init')
        throw new cli_args/* UsageError */.eb('usage: slam insights init [path] [--force] [--print]');
    if (rest.length > 0)
        throw new cli_args/* UsageError */.eb('insights init takes at most one path');
    const { draftInsightsFile } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(878), __nccwpck_require__.e(607), __nccwpck_require__.e(217), __nccwpck_require__.e(284)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4284));
    const outcome = await draftInsightsFile(path, { force: Boolean(args.flags.force), print: Boolean(args.flags.print) });
    if (outcome.printed !== undefined)
        process.stdout.write(outcome.printed);
    for (const line of outcome.messages)
        process.stderr.write(`slam: ${line}\n`);
    // Not written (a file in the way without --force, a path that cannot be written): the user's to fix, not an internal error.
    return outcome.written || outcome.printed !== undefined ? 0 : 2;
}

;// CONCATENATED MODULE: ./src/cli/score.ts
// `slam score DIR --event FILE --out REPORT`: verifies every collected result itself (offline,
// under the event's trust policy; no verification file is read, so nothing can be edited between
// verifying and scoring) and writes the report folder.

const scoreCommand = {
    name: 'score',
    usage: 'score DIR --event FILE --out REPORT',
    summary: 'verify the collected results and write the event report (organizers)',
    help: `Options for score:
      --event FILE            the event file
      --out REPORT            the report folder: results.json, results.csv, results.md,
                              outcomes.md (the event website's file), verification.json and
                              index.html (self-contained, printable)
      --concurrency N         results verified at a time (default: twice the CPU count)`,
    flags: { values: ['event', 'out', 'concurrency'], switches: [] },
    run: score_run,
};
async function score_run(args) {
    if (args.positionals.length !== 1)
        throw new cli_args/* UsageError */.eb('usage: slam score DIR --event FILE --out REPORT (DIR is what slam collect wrote)');
    const dir = args.positionals[0];
    const eventFile = (0,cli_args/* stringFlag */.AM)(args, 'event');
    const out = (0,cli_args/* stringFlag */.AM)(args, 'out');
    if (!eventFile)
        throw new cli_args/* UsageError */.eb('score needs --event FILE');
    if (!out)
        throw new cli_args/* UsageError */.eb('score needs --out REPORT');
    const concurrency = (0,cli_args/* stringFlag */.AM)(args, 'concurrency');
    if (concurrency !== undefined && !/^[1-9][0-9]{0,2}$/.test(concurrency))
        throw new cli_args/* UsageError */.eb('--concurrency must be a whole number from 1 to 999');
    const { loadEventOrUsage, requireFolder } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(780), __nccwpck_require__.e(607), __nccwpck_require__.e(864), __nccwpck_require__.e(940)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8697));
    const event = loadEventOrUsage(eventFile);
    requireFolder(dir);
    const { verifyCollected } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(663), __nccwpck_require__.e(928), __nccwpck_require__.e(780), __nccwpck_require__.e(607), __nccwpck_require__.e(208), __nccwpck_require__.e(864), __nccwpck_require__.e(58)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3058));
    const { score } = await __nccwpck_require__.e(/* import() */ 987).then(__nccwpck_require__.bind(__nccwpck_require__, 2987));
    const { writeReport } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(663), __nccwpck_require__.e(928), __nccwpck_require__.e(780), __nccwpck_require__.e(607), __nccwpck_require__.e(208), __nccwpck_require__.e(864), __nccwpck_require__.e(58), __nccwpck_require__.e(80)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5080));
    const { readHubVerdict } = await Promise.all(/* import() */[__nccwpck_require__.e(91), __nccwpck_require__.e(44), __nccwpck_require__.e(110)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7110));
    const verification = await verifyCollected(event, dir, concurrency ? { concurrency: Number(concurrency) } : {});
    const hub = event.defender === 'signed-result' ? undefined : new Map(event.participants.map((p) => [p.name, readHubVerdict(dir, p)]));
    const report = score({ event, outcomes: verification.outcomes, records: verification.records, hub });
    let files;
    try {
        files = writeReport(out, report, verification);
    }
    catch (e) {
        throw new cli_args/* UsageError */.eb(`cannot write the report into ${out}: ${e.code ?? String(e)}`);
    }
    const t = report.totals;
    process.stdout.write(`${event.name}: ${t.verified} result${t.verified === 1 ? '' : 's'} verified, ${t.rejected} rejected (${verification.seconds.toFixed(1)} s); ${t.scored} of ${t.participants} participants scored\n` +
        `objectives met: ${event.objectives.map((id) => `${id} ${t.completed[id] ?? 0}`).join(', ')}\n` +
        `wrote ${files.join(', ')}\n`);
    return 0;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/cli/verify.ts
// `slam verify PATH...`: checks signed results offline. Every PATH is checked, in parallel
// (bounded; large batches across processes), whatever the others give; exit 0 when all are
// verified, 1 when any is rejected.



const verify_FORMATS = ['text', 'json'];
const CONCURRENCY = 8;
const verifyCommand = {
    name: 'verify',
    usage: 'verify PATH...',
    summary: 'verify signed results offline (a folder, an artifact zip or a bundle)',
    help: `Options for verify (PATH: a folder with a result and its .sigstore.json bundle, a
downloaded artifact zip, or a bundle file with the result beside it):
      --trusted-root FILE     Sigstore TrustedRoot JSON (default: the public-good root
                              shipped with the tool; no network either way)
      --signer-workflow REGEX the certificate's SAN must match it whole (default: this
                              project's reusable workflow at a release tag)
      --repository OWNER/NAME the repository the result must be signed for
      --ref REF               the ref it must be signed for (refs/heads/main; a bare
                              name means a branch)
      --predicate-type URI    expected predicate type (default: the Security Slam result
                              v1); another type is verified but its predicate not read
      --allow-self-hosted     accept results signed on self-hosted runners
  -f, --format text|json      output format (default: text)
      --event FILE            organizers: slam verify DIR --event FILE checks every result
                              slam collect placed in DIR under the event's trust policy, plus
                              its repository, default branch, window and tool versions
  Exit 0 when every PATH is verified, 1 when any is rejected, 2 on bad usage.`,
    flags: { values: ['trusted-root', 'signer-workflow', 'repository', 'ref', 'predicate-type', 'format', 'event'], switches: ['allow-self-hosted'] },
    run: verify_run,
};
async function verify_run(args) {
    if ((0,cli_args/* stringFlag */.AM)(args, 'event') !== undefined)
        return (await __nccwpck_require__.e(/* import() */ 628).then(__nccwpck_require__.bind(__nccwpck_require__, 3628))).runEventVerify(args);
    const paths = args.positionals;
    if (paths.length === 0)
        throw new cli_args/* UsageError */.eb('verify needs at least one PATH (a folder, an artifact zip or a bundle file)');
    const format = ((0,cli_args/* stringFlag */.AM)(args, 'format') ?? 'text');
    if (!verify_FORMATS.includes(format))
        throw new cli_args/* UsageError */.eb(`--format must be one of ${verify_FORMATS.join(', ')}`);
    const { DEFAULT_SIGNER_WORKFLOW, loadTrustMaterial, TrustRootError, verifyPath } = await Promise.all(/* import() */[__nccwpck_require__.e(663), __nccwpck_require__.e(928), __nccwpck_require__.e(208)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3208));
    let signerWorkflow = DEFAULT_SIGNER_WORKFLOW;
    const workflowFlag = (0,cli_args/* stringFlag */.AM)(args, 'signer-workflow');
    if (workflowFlag !== undefined) {
        if (workflowFlag === '' || workflowFlag.length > 1000)
            throw new cli_args/* UsageError */.eb('--signer-workflow needs a regular expression of at most 1000 characters');
        try {
            signerWorkflow = new RegExp(workflowFlag, 'u');
        }
        catch (e) {
            throw new cli_args/* UsageError */.eb(`--signer-workflow is not a valid regular expression: ${e instanceof Error ? e.message : String(e)}`);
        }
    }
    const repository = (0,cli_args/* stringFlag */.AM)(args, 'repository');
    if (repository !== undefined && !/^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/.test(repository))
        throw new cli_args/* UsageError */.eb('--repository must look like owner/name');
    const ref = (0,cli_args/* stringFlag */.AM)(args, 'ref');
    if (ref !== undefined && !/^[^\s]{1,255}$/.test(ref))
        throw new cli_args/* UsageError */.eb('--ref must be a ref name without spaces');
    const predicateType = (0,cli_args/* stringFlag */.AM)(args, 'predicate-type');
    if (predicateType !== undefined && !/^[a-z][a-z0-9+.-]*:[^\s]{1,500}$/i.test(predicateType))
        throw new cli_args/* UsageError */.eb('--predicate-type must be a URI');
    let trust;
    try {
        trust = await loadTrustMaterial((0,cli_args/* stringFlag */.AM)(args, 'trusted-root') ?? 'public-good');
    }
    catch (e) {
        if (e instanceof TrustRootError)
            throw new cli_args/* UsageError */.eb(e.message);
        throw e;
    }
    const policy = { signerWorkflow, repository, ref, predicateType, allowSelfHosted: Boolean(args.flags['allow-self-hosted']) };
    const verifyHere = async (some) => {
        const rows = new Array(some.length);
        let next = 0;
        const worker = async () => {
            while (next < some.length) {
                const i = next++;
                rows[i] = toRow(await verifyPath(some[i], policy, trust));
            }
        };
        await Promise.all(Array.from({ length: Math.min(CONCURRENCY, some.length) }, worker));
        return rows;
    };
    const processes = processCount(paths.length);
    const rows = processes > 1 ? await inProcesses(paths, processes, args, verifyHere) : await verifyHere(paths);
    if (format === 'json') {
        process.stdout.write(JSON.stringify({ results: rows }, null, 2) + '\n');
    }
    else {
        for (const r of rows)
            process.stdout.write(r.verdict === 'verified' ? `verified  ${r.path}: ${r.detail}\n` : `rejected  ${r.path}: ${r.reason}: ${r.detail}\n`);
        const rejected = rows.filter((r) => r.verdict === 'rejected').length;
        process.stdout.write(`${rows.length - rejected} verified, ${rejected} rejected\n`);
    }
    return rows.every((r) => r.verdict === 'verified') ? 0 : 1;
}
function toRow(o) {
    return {
        path: o.path,
        verdict: o.verdict,
        reason: o.reason ?? null,
        detail: o.detail,
        repository: o.claims?.repository ?? null,
        commit: o.claims?.commit ?? null,
        ref: o.claims?.ref ?? null,
        signerWorkflow: o.claims?.signerWorkflow ?? null,
        runUrl: o.claims?.runUrl ?? null,
    };
}
// Verification is CPU-bound and single-threaded: a large batch is split across processes, one
// per core (at most 4), each running this command on its share with --format json. A share whose
// process fails is verified here instead, so every PATH is still checked.
const SPLIT_FROM = 100;
const CHILD = 'SLAM_VERIFY_CHILD';
function processCount(paths) {
    if (process.env[CHILD] === '1')
        return 1;
    const entry = process.argv[1] ?? '';
    if (!/(^|[\\/])(cli|slam)(\.[cm]?[jt]s)?$/.test(entry) && !entry.endsWith('/cli/index.js'))
        return 1;
    const forced = Number(process.env.SLAM_VERIFY_PROCESSES);
    if (Number.isInteger(forced) && forced >= 1)
        return Math.min(forced, 16, paths);
    return paths >= SPLIT_FROM ? Math.min((0,external_node_os_.availableParallelism)(), 4) : 1;
}
async function inProcesses(paths, count, args, fallback) {
    const flags = [];
    for (const name of ['trusted-root', 'signer-workflow', 'repository', 'ref', 'predicate-type']) {
        const v = (0,cli_args/* stringFlag */.AM)(args, name);
        if (v !== undefined)
            flags.push(`--${name}=${v}`);
    }
    if (args.flags['allow-self-hosted'])
        flags.push('--allow-self-hosted');
    const size = Math.ceil(paths.length / count);
    const shares = Array.from({ length: count }, (_, i) => paths.slice(i * size, (i + 1) * size)).filter((s) => s.length > 0);
    const results = await Promise.all(shares.map(async (share) => {
        const rows = await child(share, flags);
        return rows ?? fallback(share);
    }));
    return results.flat();
}
function child(share, flags) {
    return new Promise((resolve) => {
        const p = (0,external_node_child_process_.spawn)(process.execPath, [process.argv[1], 'verify', ...flags, '--format', 'json', '--', ...share], { env: { ...process.env, [CHILD]: '1' }, stdio: ['ignore', 'pipe', 'ignore'] });
        const chunks = [];
        p.stdout.on('data', (d) => chunks.push(d));
        p.on('error', () => resolve(null));
        p.on('close', (code) => {
            if (code !== 0 && code !== 1)
                return resolve(null);
            try {
                const rows = JSON.parse(Buffer.concat(chunks).toString('utf8')).results;
                resolve(Array.isArray(rows) && rows.length === share.length && rows.every((r, i) => r.path === share[i]) ? rows : null);
            }
            catch {
                resolve(null);
            }
        });
    });
}

// EXTERNAL MODULE: ./src/facts/snapshot.ts
var snapshot = __nccwpck_require__(1055);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __nccwpck_require__(1013);
;// CONCATENATED MODULE: ./src/cli.ts
// `slam`: the command line. Each subcommand lives in src/cli/<name>.ts and is listed here once.
// Exit 0 when a command did its work, 1 on an internal error, 2 on bad usage or an unreadable path
// or unwritable output, 3 when `evaluate --fail-on fail` found a failing requirement; errors are
// one line, never a stack trace.








const COMMANDS = [evaluateCommand, insightsCommand, verifyCommand, collectCommand, scoreCommand];
function help() {
    const width = Math.max(...COMMANDS.map((c) => c.usage.length));
    const lines = COMMANDS.map((c) => `  slam ${c.usage.padEnd(width)}   ${c.summary}`);
    return `slam ${version/* TOOL_VERSION */.wr}: evaluate a repository against the Security Slam objectives and the OSPS Baseline

Usage:
${lines.join('\n')}
  slam --help | --version

${COMMANDS.map((c) => c.help).join('\n\n')}

Exit status:
  0  the command did its work (evaluate: it ran, whatever it found, unless --fail-on fail;
     verify: every PATH verified)
  1  an internal error, or verify rejected a PATH
  2  bad usage, a path that cannot be read, or an output file that cannot be written (found
     before the evaluation starts)
  3  evaluate --fail-on fail: a requirement fails at the level (the report is still written)
`;
}
async function main(argv) {
    const specs = Object.fromEntries(COMMANDS.map((c) => [c.name, c.flags]));
    let args;
    try {
        args = (0,cli_args/* parseArgs */.Zy)(argv, specs);
    }
    catch (e) {
        return usageError(e);
    }
    if (args.flags.version) {
        process.stdout.write(`${version/* TOOL_NAME */.lH} ${version/* TOOL_VERSION */.wr}\n`);
        return 0;
    }
    if (args.flags.help || args.command === null || args.command === 'help') {
        process.stdout.write(help());
        return args.command === null && !args.flags.help ? 2 : 0;
    }
    try {
        const command = COMMANDS.find((c) => c.name === args.command);
        if (!command)
            throw new cli_args/* UsageError */.eb(`unknown command "${args.command}" (try --help)`);
        return await command.run(args);
    }
    catch (e) {
        if (e instanceof cli_args/* UsageError */.eb || e instanceof snapshot/* SnapshotError */.JC)
            return usageError(e);
        process.stderr.write(`slam: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
        return 1;
    }
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
