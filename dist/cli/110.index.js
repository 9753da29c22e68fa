export const id = 110;
export const ids = [110];
export const modules = {

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
