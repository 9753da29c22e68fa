import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  tB: () => (/* binding */ CACHED_FLAGS),
  Ni: () => (/* binding */ NO_RELAUNCH_ENV),
  yH: () => (/* binding */ RELAUNCHED_ENV),
  xE: () => (/* binding */ TUNED_FLAGS),
  sk: () => (/* binding */ TUNED_MALLOC),
  pp: () => (/* binding */ cacheCompiledCode),
  Jr: () => (/* binding */ compileCacheDir),
  uc: () => (/* binding */ keepsCompileCache),
  bm: () => (/* binding */ relaunch),
  O$: () => (/* binding */ relaunchArgs),
  iN: () => (/* binding */ relaunchEnv)
});

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/launch.ts
// The entry files (dist/cli.js, dist/index.js) call this before loading a bundle. An evaluation is
// a short batch job: V8's defaults are tuned for long-lived servers, so it spends over a tenth of our
// CPU compiling optimised code that runs once, grows a young generation of up to 16 MiB whose pages
// it faults in again after each scavenge, hands small tasks to helper threads, and marks the heap in
// small steps between our own work, a saving of pause times a batch job has no use for (the steps
// and the write barrier they need cost more than marking in one go). With an 8 MiB young
// generation (garbage collection on argo-cd: 107 ms with 1 MiB, 99 with 4, 85 with 8, 81 with 16;
// 8 costs 11 MiB more than 1), the baseline compiler as the highest tier, no helper threads, no incremental marking
// and each regular expression compiled once to machine code (V8 first interprets a pattern, then
// compiles it again at its second use, which nearly all of ours get), argo-cd evaluates in 0.70x
// the CPU and 0.60x the memory, the 100,000-file tree in 0.94x the CPU and 0.55x the memory, the
// second start of Node included (README, Performance). Those flags must be set when V8 starts:
// set later with v8.setFlagsFromString, the young generation and the top tier stay as they were
// (argo-cd: 1.24 s of CPU instead of 0.97 s), and GitHub runs an action as `node dist/index.js`.
// So the process replaces itself once with process.execve: same PID, same file descriptors,
// nothing left resident. Where execve is missing (Node before 22.15, Windows) the run goes on in
// this process with the defaults.



// And no full collection before the old generation holds 64 MiB: V8 first marks at about 20 MiB,
// which on argo-cd is one 14 ms mark-compact of a heap that is nearly all live (0.52 -> 0.51 s of
// CPU, 13 pairs, 1-2 MiB more).
const TUNED_FLAGS = ['--max-semi-space-size=8', '--max-opt=1', '--single-threaded', '--no-incremental-marking', '--no-regexp-tier-up', '--initial-old-space-size=64'];
// glibc's allocator gets the same treatment, through the environment of the relaunched process
// (GLIBC_TUNABLES; other C libraries ignore it, and git, started by the run, inherits it). Node
// reads files into malloc'd buffers: glibc maps each large one afresh and unmaps it when it is
// freed, trims its heap back to the system, and grows it a 4 KiB page at a time, each page a fault,
// which a virtual machine makes costly. Transparent huge pages where the kernel offers them on
// request (hugetlb=1), large buffers from the heap (mmap_threshold 32 MiB) and no trimming below
// 256 MiB: argo-cd evaluates with 13,300 page faults instead of 17,900 and in 0.92x the CPU
// (0.89 s instead of 0.96 s, 7 pairs; each setting alone gives about half of it), this repository
// in 0.89x, the 100,000-file tree in 0.95x, with 2 to 5 MiB more memory.
const TUNED_MALLOC = 'glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=268435456';
// With a compile cache (the command line's, below), V8 also compiles every function of a bundle
// when it loads it, not each on its first call: Node writes a module's compiled code to the cache
// right after compiling it, so a function compiled lazily later is compiled again on every run, and
// an evaluation calls thousands. Eagerly compiled, they come from the cache: argo-cd evaluates in
// 0.59 s of CPU instead of 0.63 s (13 pairs) with 8 MiB more memory. Without a cache it would only
// cost: the same on argo-cd, 0.04 s more on a small repository; so not for the action.
const CACHED_FLAGS = ['--no-lazy'];
/** Set in the relaunched process, so it never relaunches again. */
const RELAUNCHED_ENV = 'SLAM_RELAUNCHED';
/** Set (to anything) to keep Node's defaults and skip the relaunch. */
const NO_RELAUNCH_ENV = 'SLAM_NO_RELAUNCH';
/** The commands worth a relaunch: a one-off evaluation. `slam --help` or `verify` start faster without it. */
const TUNED_COMMANDS = new Set(['evaluate']);
/** The argv of the tuned process, or null when this one should simply go on. */
function relaunchArgs(entry, state) {
    if (state.env[RELAUNCHED_ENV] !== undefined || state.env[NO_RELAUNCH_ENV] !== undefined)
        return null;
    // Someone chose V8 settings of their own (node --max-opt=3 dist/cli.js ..., or in NODE_OPTIONS,
    // which the command line would override): theirs stand.
    const name = (flag) => flag.split('=')[0];
    const given = [...state.execArgv, ...(state.env.NODE_OPTIONS ?? '').split(/\s+/)];
    const own = (flag) => given.some((a) => name(a) === name(flag));
    if (TUNED_FLAGS.some(own))
        return null;
    const script = state.argv[1];
    if (script === undefined)
        return null;
    const args = state.argv.slice(2);
    if (entry === 'cli' && !TUNED_COMMANDS.has(args.find((a) => !a.startsWith('-')) ?? ''))
        return null;
    const cached = entry === 'cli' && keepsCompileCache(state.env, state.home ?? '');
    return [state.execPath, ...TUNED_FLAGS, ...(cached ? CACHED_FLAGS : []), ...state.execArgv, script, ...args];
}
/** The environment of the tuned process: marked as relaunched, and glibc tuned unless the user set tunables of their own. */
function relaunchEnv(env) {
    return { ...env, [RELAUNCHED_ENV]: '1', ...(env.GLIBC_TUNABLES === undefined ? { GLIBC_TUNABLES: TUNED_MALLOC } : {}) };
}
/** Replace this process with the tuned one when that is possible; otherwise return and run here. */
function relaunch(entry) {
    const execve = process.execve;
    if (typeof execve !== 'function')
        return;
    const args = relaunchArgs(entry, { execPath: process.execPath, argv: process.argv, execArgv: process.execArgv, env: process.env, home: homeFolder() });
    if (args === null)
        return;
    try {
        execve.call(process, process.execPath, args, relaunchEnv(process.env));
    }
    catch {
        // execve refused (a sandbox, a binary that moved): the defaults are slower, not wrong.
    }
}
// The command line keeps V8's compiled code of its bundle between runs, in Node's compile cache:
// compiling the 2.4 MB of chunks an evaluation loads costs argo-cd 57 ms of a 0.85 s run, a warm
// cache about nothing (4 profiles each). The cache lives in the user's own cache folder, not in the
// shared temporary folder Node would choose, where another user could plant compiled code for us
// to run. Node checks each entry against the source it was made from, so a rebuilt bundle simply
// writes new ones. The action does not keep one: a runner starts cold every job, and writing the
// cache would only cost it time. NODE_COMPILE_CACHE (a folder of the user's choice) and
// NODE_DISABLE_COMPILE_CACHE are Node's own and are obeyed.
/** Where the command line keeps compiled code: $XDG_CACHE_HOME, or ~/.cache, under our name; null without a home. */
function compileCacheDir(env, home) {
    const xdg = env.XDG_CACHE_HOME;
    // The XDG specification ignores a relative path; so does this.
    const base = xdg && (0,external_node_path_namespaceObject.isAbsolute)(xdg) ? xdg : home && (0,external_node_path_namespaceObject.isAbsolute)(home) ? (0,external_node_path_namespaceObject.join)(home, '.cache') : null;
    return base === null ? null : (0,external_node_path_namespaceObject.join)(base, 'security-slam-action', 'compile-cache');
}
/** Whether the command line will keep a compile cache: Node's switch is not off, and it has a folder. */
function keepsCompileCache(env, home) {
    if (env.NODE_DISABLE_COMPILE_CACHE !== undefined)
        return false;
    return !!env.NODE_COMPILE_CACHE || compileCacheDir(env, home) !== null;
}
function homeFolder() {
    try {
        return (0,external_node_os_namespaceObject.homedir)();
    }
    catch {
        return '';
    }
}
/** Turns on Node's compile cache for the command line (Node 22.1 and later); nothing for the action. */
function cacheCompiledCode(entry) {
    // Read off the namespace: Node 20 has no such export, and a named import of it would not link.
    const enable = external_node_module_namespaceObject.enableCompileCache;
    if (entry !== 'cli' || typeof enable !== 'function')
        return;
    // No home folder: $XDG_CACHE_HOME or nothing.
    const dir = process.env.NODE_COMPILE_CACHE ? undefined : compileCacheDir(process.env, homeFolder());
    if (dir === null)
        return;
    try {
        // Failing to make or write the folder only costs the saving; Node says so nowhere, as wanted.
        enable(dir);
    }
    catch {
        /* an older Node without the function's options: the defaults are slower, not wrong */
    }
}

var __webpack_exports__CACHED_FLAGS = __webpack_exports__.tB;
var __webpack_exports__NO_RELAUNCH_ENV = __webpack_exports__.Ni;
var __webpack_exports__RELAUNCHED_ENV = __webpack_exports__.yH;
var __webpack_exports__TUNED_FLAGS = __webpack_exports__.xE;
var __webpack_exports__TUNED_MALLOC = __webpack_exports__.sk;
var __webpack_exports__cacheCompiledCode = __webpack_exports__.pp;
var __webpack_exports__compileCacheDir = __webpack_exports__.Jr;
var __webpack_exports__keepsCompileCache = __webpack_exports__.uc;
var __webpack_exports__relaunch = __webpack_exports__.bm;
var __webpack_exports__relaunchArgs = __webpack_exports__.O$;
var __webpack_exports__relaunchEnv = __webpack_exports__.iN;
export { __webpack_exports__CACHED_FLAGS as CACHED_FLAGS, __webpack_exports__NO_RELAUNCH_ENV as NO_RELAUNCH_ENV, __webpack_exports__RELAUNCHED_ENV as RELAUNCHED_ENV, __webpack_exports__TUNED_FLAGS as TUNED_FLAGS, __webpack_exports__TUNED_MALLOC as TUNED_MALLOC, __webpack_exports__cacheCompiledCode as cacheCompiledCode, __webpack_exports__compileCacheDir as compileCacheDir, __webpack_exports__keepsCompileCache as keepsCompileCache, __webpack_exports__relaunch as relaunch, __webpack_exports__relaunchArgs as relaunchArgs, __webpack_exports__relaunchEnv as relaunchEnv };
