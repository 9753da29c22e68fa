export const id = 44;
export const ids = [44];
export const modules = {

/***/ 8556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JV: () => (/* binding */ STALE_AFTER_DAYS),
  GV: () => (/* binding */ chosenPublishing),
  ru: () => (/* binding */ fetchHubVerdict),
  gm: () => (/* binding */ gatherGrcHubFacts),
  Ar: () => (/* reexport */ links/* hubPageUrl */.Ar),
  pn: () => (/* reexport */ links/* isOnHub */.pn),
  ny: () => (/* binding */ parseHubTarget)
});

// UNUSED EXPORTS: DEFAULT_HUB_MAX_BYTES, DEFAULT_HUB_TIMEOUT_MS, LINK_REMOVED, hubBaseUrl, withoutForeignLinks

// EXTERNAL MODULE: ./src/facts/workflows/hub-publishing.ts
var hub_publishing = __webpack_require__(7399);
// EXTERNAL MODULE: ./src/facts/read-capped.ts
var read_capped = __webpack_require__(9169);
;// CONCATENATED MODULE: ./src/facts/grc-hub/http.ts
// One careful GET of a JSON document from the grc.store hub's public read API: no token, a
// deadline per attempt that covers the body as well as the headers (a stalled connection ends
// as a timeout), a byte cap, no redirects, one retry on a server or network error, and every
// failure classified into a short reason.

const DEFAULT_HUB_TIMEOUT_MS = 10_000;
const DEFAULT_HUB_MAX_BYTES = 5 * 1024 * 1024;
async function getHubJson(url, options = {}) {
    const timeoutMs = positive(options.timeoutMs, DEFAULT_HUB_TIMEOUT_MS);
    const maxBytes = positive(options.maxBytes, DEFAULT_HUB_MAX_BYTES);
    const attempts = Math.max(1, Math.floor(positive(options.attempts, 2)));
    const delay = options.retryDelayMs !== undefined && options.retryDelayMs >= 0 ? options.retryDelayMs : 500;
    let last;
    for (let n = 1; n <= attempts; n++) {
        last = await once(url, timeoutMs, maxBytes);
        const retryable = !last.ok && (last.kind === 'server-error' || last.kind === 'network');
        if (!retryable)
            return last;
        if (!last.ok && last.kind === 'server-error')
            last = { ...last, reason: `server error after ${n} attempt${n === 1 ? '' : 's'} (last HTTP ${last.status})` };
        if (!last.ok && last.kind === 'network')
            last = { ...last, reason: `network error after ${n} attempt${n === 1 ? '' : 's'}: ${last.reason}` };
        if (n < attempts && delay > 0)
            await new Promise((resolve) => setTimeout(resolve, delay * 2 ** (n - 1)));
    }
    return last ?? { ok: false, kind: 'network', reason: 'no attempt made' };
}
async function once(url, timeoutMs, maxBytes) {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
    }, timeoutMs);
    const timeout = { ok: false, kind: 'timeout', reason: `timed out after ${timeoutMs} ms` };
    try {
        let response;
        try {
            response = await fetch(url, { signal: controller.signal, redirect: 'manual', headers: { accept: 'application/json', 'user-agent': 'security-slam-action' } });
        }
        catch (error) {
            return timedOut ? timeout : { ok: false, kind: 'network', reason: describe(error) };
        }
        const status = response.status;
        if (status !== 200) {
            await response.body?.cancel().catch(() => { });
            if (status === 404)
                return { ok: false, kind: 'not-found', status, reason: 'not found (HTTP 404)' };
            if (status >= 500)
                return { ok: false, kind: 'server-error', status, reason: `HTTP ${status}` };
            if (status >= 300 && status < 400)
                return { ok: false, kind: 'http', status, reason: `HTTP ${status}: redirects are not followed` };
            return { ok: false, kind: 'http', status, reason: `HTTP ${status}` };
        }
        const body = await (0,read_capped/* readCapped */.E)(response, maxBytes);
        if (body.type === 'too-large')
            return { ok: false, kind: 'too-large', status, reason: `response too large (over ${maxBytes} bytes)` };
        if (body.type === 'truncated')
            return timedOut ? timeout : { ok: false, kind: 'truncated', status, reason: 'response cut short' };
        const text = new TextDecoder('utf-8').decode(body.bytes);
        try {
            return { ok: true, status, data: JSON.parse(text) };
        }
        catch {
            return { ok: false, kind: 'not-json', status, reason: 'response was not JSON' };
        }
    }
    finally {
        clearTimeout(timer);
    }
}
function describe(error) {
    if (!(error instanceof Error))
        return 'unknown error';
    const cause = error.cause;
    const code = cause instanceof Error ? cause.code : undefined;
    const text = typeof code === 'string' ? code : cause instanceof Error ? cause.message : error.message;
    return text.length > 160 ? `${text.slice(0, 160)}\u2026` : text;
}
function positive(value, fallback) {
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

// EXTERNAL MODULE: ./src/facts/grc-hub/links.ts
var links = __webpack_require__(4281);
// EXTERNAL MODULE: ./src/catalog/gemara.ts
var gemara = __webpack_require__(5132);
;// CONCATENATED MODULE: ./src/facts/grc-hub/parse.ts

/** The hub answered, but not with the documented shape. */
class HubShapeError extends Error {
}
const MAX_MESSAGE = 300;
const MAX_EVALUATIONS = 1_000;
const MAX_ASSESSMENTS = 5_000;
const MAX_COUNT_KEYS = 20;
/** Namespaces, ids and versions we put back into a URL path: plain names only. */
const COORDINATE = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;
const REQUIREMENT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Strips control and bidirectional-override characters, folds whitespace and cuts to `max`. */
function cleanText(v, max = MAX_MESSAGE) {
    if (typeof v !== 'string')
        return '';
    const s = v.length > max * 4 ? v.slice(0, max * 4) : v;
    const t = s.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ').replace(/\s+/g, ' ').trim();
    return t.length > max ? `${t.slice(0, max - 1)}\u2026` : t;
}
function coordinate(v, what) {
    if (typeof v !== 'string' || !COORDINATE.test(v))
        throw new HubShapeError(`${what} is not a plain name`);
    return v;
}
function isoDate(v) {
    if (typeof v !== 'string' || v.length > 64)
        return null;
    const t = Date.parse(v);
    return Number.isFinite(t) ? new Date(t).toISOString() : null;
}
/** `GET /v1/targets/{namespace}/{id}` -> its newest version's latest result. */
function parseTargetResponse(data) {
    if (!isObj(data))
        throw new HubShapeError('the target is not a JSON object');
    const versions = data.versions;
    if (!Array.isArray(versions))
        throw new HubShapeError('the target has no `versions` list');
    if (versions.length === 0)
        return null;
    const first = versions[0];
    if (!isObj(first))
        throw new HubShapeError('versions[0] is not an object');
    const latest = first.latest;
    if (latest === null || latest === undefined)
        return null;
    if (!isObj(latest))
        throw new HubShapeError('versions[0].latest is not an object');
    if (!(0,gemara/* isGemaraResult */.NJ)(latest.result))
        throw new HubShapeError(`versions[0].latest.result is not a Gemara result (${JSON.stringify(cleanText(String(latest.result), 40))})`);
    const counts = {};
    if (isObj(latest.counts)) {
        for (const [k, v] of Object.entries(latest.counts).slice(0, MAX_COUNT_KEYS)) {
            const key = cleanText(k, 40);
            if (key !== '' && typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1e9)
                counts[key] = v;
        }
    }
    const hasLog = latest.log_namespace !== undefined || latest.log_id !== undefined || latest.log_version !== undefined;
    const log = hasLog
        ? { namespace: coordinate(latest.log_namespace, 'log_namespace'), id: coordinate(latest.log_id, 'log_id'), version: coordinate(latest.log_version, 'log_version') }
        : null;
    const version = typeof first.version === 'string' ? cleanText(first.version, 100) : null;
    return { targetVersion: version || null, result: latest.result, counts, runAt: isoDate(latest.run_at), log };
}
/** The EvaluationLog document, as the hub serves it (bare, in a one-element list, or wrapped). */
function logRoot(data) {
    let d = data;
    if (Array.isArray(d))
        d = d.find((x) => isObj(x) && Array.isArray(x.evaluations));
    if (isObj(d) && !Array.isArray(d.evaluations)) {
        for (const key of ['content', 'document', 'log', 'data']) {
            const inner = d[key];
            if (isObj(inner) && Array.isArray(inner.evaluations))
                return inner;
        }
    }
    if (!isObj(d) || !Array.isArray(d.evaluations))
        throw new HubShapeError('the EvaluationLog has no `evaluations` list');
    return d;
}
function parseEvaluationLog(data) {
    const root = logRoot(data);
    const evaluations = root.evaluations;
    const perRequirement = Object.create(null);
    let truncated = evaluations.length > MAX_EVALUATIONS;
    let seen = 0;
    let evaluatedLevel = null;
    for (const e of evaluations.slice(0, MAX_EVALUATIONS)) {
        if (!isObj(e) || !Array.isArray(e['assessment-logs']))
            continue;
        for (const a of e['assessment-logs']) {
            if (++seen > MAX_ASSESSMENTS) {
                truncated = true;
                break;
            }
            if (!isObj(a) || !isObj(a.requirement))
                continue;
            const id = a.requirement['entry-id'];
            if (typeof id !== 'string' || !REQUIREMENT_ID.test(id))
                continue;
            const result = (0,gemara/* isGemaraResult */.NJ)(a.result) ? a.result : 'Unknown';
            const levels = Array.isArray(a.applicability)
                ? [...new Set(a.applicability.slice(0, 10).map((x) => (typeof x === 'string' ? (0,gemara/* levelOfApplicability */.XB)(x) : null)).filter((l) => l !== null))].sort()
                : [];
            const message = (0,gemara/* isGemaraResult */.NJ)(a.result) ? cleanText(a.message) : `unrecognised result ${JSON.stringify(cleanText(String(a.result), 40))}`;
            const prior = perRequirement[id];
            if (!prior || (0,gemara/* rollUp */.F3)([prior.result, result]) !== prior.result)
                perRequirement[id] = { result, message, levels };
            if (result !== 'Not Run' && levels.length > 0 && (evaluatedLevel === null || levels[0] > evaluatedLevel))
                evaluatedLevel = levels[0];
        }
        if (seen > MAX_ASSESSMENTS)
            break;
    }
    const metadata = isObj(root.metadata) ? root.metadata : {};
    const author = isObj(metadata.author)
        ? { id: cleanText(metadata.author.id, 100), name: cleanText(metadata.author.name, 100), version: typeof metadata.author.version === 'string' ? cleanText(metadata.author.version, 40) : null }
        : null;
    return {
        result: (0,gemara/* isGemaraResult */.NJ)(root.result) ? root.result : null,
        perRequirement: { ...perRequirement },
        evaluatedLevel,
        author,
        date: isoDate(metadata.date),
        truncated,
    };
}

;// CONCATENATED MODULE: ./src/facts/grc-hub/index.ts






/** The hub marks a result older than this stale. */
const STALE_AFTER_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The base URL requests go to, or a reason why there is none. */
function hubBaseUrl(hub, baseUrl = process.env.SLAM_GRC_HUB_URL) {
    if (baseUrl !== undefined && baseUrl.trim() !== '') {
        let u;
        try {
            u = new URL(baseUrl.trim());
        }
        catch {
            return { ok: false, reason: 'SLAM_GRC_HUB_URL is not a URL' };
        }
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            return { ok: false, reason: 'SLAM_GRC_HUB_URL is not an http(s) URL' };
        if (u.username || u.password)
            return { ok: false, reason: 'SLAM_GRC_HUB_URL must not carry credentials' };
        return { ok: true, url: `${u.origin}${u.pathname.replace(/(?<!\/)\/+$/, '')}` };
    }
    if (!Object.hasOwn(hub_publishing/* GRC_HUBS */.QU, hub))
        return { ok: false, reason: `${hub} is not a grc.store hub` };
    return { ok: true, url: `https://${hub}` };
}
const enc = encodeURIComponent;
/**
 * `<namespace>/<id>` or `<namespace>/<id>@<version>` (an event file's hub-target, a workflow's
 * with.target) as a target to ask about; null when it is not plain names. The version is not
 * needed to read the latest result.
 */
function parseHubTarget(text) {
    const t = text.trim();
    const versioned = t.includes('@');
    const parsed = (0,hub_publishing/* parseTarget */.hu)(versioned ? t : `${t}@-`);
    if (!parsed)
        return null;
    return { namespace: parsed.namespace, id: parsed.id, version: versioned ? parsed.version : null };
}
/**
 * The hub's verdict on `target`: its latest result, how old it is, and the EvaluationLog behind
 * it per requirement. Never throws; every failure is an `unknown` answer with its reason.
 */
async function fetchHubVerdict(target, hub, options = {}) {
    const base = hubBaseUrl(hub, options.baseUrl);
    if (!base.ok)
        return { state: 'unknown', reason: base.reason, url: null };
    const name = `${target.namespace}/${target.id}`;
    const url = `${base.url}/v1/targets/${enc(target.namespace)}/${enc(target.id)}`;
    try {
        const answer = await getHubJson(url, options);
        if (!answer.ok) {
            if (answer.kind === 'not-found')
                return { state: 'unknown', reason: `the hub has no target ${name} (HTTP 404)`, url, httpStatus: 404, notPublished: true };
            return { state: 'unknown', reason: `the hub's answer for ${name}: ${answer.reason}`, url, ...(answer.status ? { httpStatus: answer.status } : {}) };
        }
        let latest;
        try {
            latest = parseTargetResponse(answer.data);
        }
        catch (e) {
            if (e instanceof HubShapeError)
                return { state: 'unknown', reason: `the hub's answer for ${name} did not have the documented shape: ${e.message}`, url };
            throw e;
        }
        if (!latest)
            return { state: 'unknown', reason: `the hub has no published result for ${name} yet`, url, notPublished: true };
        const now = options.now ?? new Date();
        const ageDays = latest.runAt ? Math.max(0, Math.floor((now.getTime() - Date.parse(latest.runAt)) / DAY_MS)) : null;
        const stale = latest.runAt === null || now.getTime() - Date.parse(latest.runAt) > STALE_AFTER_DAYS * DAY_MS;
        const log = latest.log ? await readLog(base.url, latest.log, hub, options) : { state: 'unknown', reason: 'the hub named no EvaluationLog for the latest result' };
        return {
            state: 'ok',
            verdict: {
                target,
                hub,
                url,
                targetVersion: latest.targetVersion === null ? null : (0,links/* withoutForeignLinks */.OT)(latest.targetVersion, hub),
                result: latest.result,
                counts: latest.counts,
                runAt: latest.runAt,
                ageDays,
                stale,
                log,
                perRequirement: log.state === 'ok' ? log.data.perRequirement : null,
                evaluatedLevel: log.state === 'ok' ? log.data.evaluatedLevel : null,
            },
        };
    }
    catch (e) {
        // Defensive: nothing the hub sends may sink the run.
        return { state: 'unknown', reason: `reading the hub failed: ${e instanceof Error ? e.message.slice(0, 200) : 'unknown error'}`, url };
    }
}
async function readLog(base, log, hub, options) {
    const url = `${base}/v1/catalogs/${enc(log.namespace)}/${enc(log.id)}/versions/${enc(log.version)}`;
    const answer = await getHubJson(url, options);
    if (!answer.ok)
        return { state: 'unknown', reason: `the EvaluationLog ${log.namespace}/${log.id}@${log.version}: ${answer.reason}`, url };
    try {
        return { state: 'ok', url, data: withoutLinksElsewhere(parseEvaluationLog(answer.data), hub) };
    }
    catch (e) {
        const why = e instanceof HubShapeError ? e.message : 'it could not be read';
        return { state: 'unknown', reason: `the EvaluationLog ${log.namespace}/${log.id}@${log.version} did not have the documented shape: ${why}`, url };
    }
}
/** The log's text with every link that is not https:// on the hub's own host removed (see links.ts). */
function withoutLinksElsewhere(data, hub) {
    const perRequirement = {};
    for (const [id, r] of Object.entries(data.perRequirement))
        perRequirement[id] = { ...r, message: (0,links/* withoutForeignLinks */.OT)(r.message, hub) };
    const author = data.author && {
        id: (0,links/* withoutForeignLinks */.OT)(data.author.id, hub),
        name: (0,links/* withoutForeignLinks */.OT)(data.author.name, hub),
        version: data.author.version === null ? null : (0,links/* withoutForeignLinks */.OT)(data.author.version, hub),
    };
    return { ...data, perRequirement, author };
}
/** The job whose target is asked about: the first that qualifies, else the first with a readable target and hub. */
function chosenPublishing(publishing) {
    return publishing.find((p) => p.qualifies) ?? publishing.find((p) => p.target !== null && p.hub !== null) ?? null;
}
async function gatherGrcHubFacts(options) {
    const p = chosenPublishing(options.publishing);
    if (!p || !p.target || !p.hub) {
        return {
            state: 'not-configured',
            reason: options.publishing.length === 0 ? 'no workflow publishes to grc.store (revanite-io/pvtr-publish-results)' : 'the publishing workflow names no target or hub that can be read',
        };
    }
    const source = { path: p.path, line: p.line, job: p.job };
    if (options.offline)
        return { state: 'unknown', reason: 'offline run', target: p.target, hub: p.hub, url: null, source };
    const answer = await fetchHubVerdict(p.target, p.hub, options);
    if (answer.state === 'ok')
        return { state: 'ok', verdict: answer.verdict, source };
    const out = { state: 'unknown', reason: answer.reason, target: p.target, hub: p.hub, url: answer.url, source };
    if (answer.httpStatus !== undefined)
        out.httpStatus = answer.httpStatus;
    if (answer.notPublished)
        out.notPublished = true;
    return out;
}


/***/ }),

/***/ 9169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readCapped)
/* harmony export */ });
async function readCapped(response, maxBytes) {
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel().catch(() => { });
        return { type: 'too-large' };
    }
    if (!response.body)
        return { type: 'ok', bytes: new Uint8Array(0) };
    const reader = response.body.getReader();
    const chunks = [];
    let total = 0;
    try {
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            total += value.byteLength;
            if (total > maxBytes) {
                await reader.cancel().catch(() => { });
                return { type: 'too-large' };
            }
            chunks.push(value);
        }
    }
    catch {
        // The connection closed before the declared length arrived (or the read was aborted).
        return { type: 'truncated' };
    }
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.byteLength;
    }
    return { type: 'ok', bytes };
}


/***/ }),

/***/ 7425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ satisfaction),
/* harmony export */   VY: () => (/* binding */ helpFor),
/* harmony export */   wZ: () => (/* binding */ controlMap)
/* harmony export */ });
/* unused harmony export attestationLink */
/* harmony import */ var _catalog_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7636);
// What every objective asks of the Baseline results: the controls by id, whether one counts as met
// (pass, not applicable, or attested with a link to real evidence), and its help page.

const URL_RE = /\bhttps?:\/\/[^\s"'<>)]+/i;
const LINKS_TO_RE = /\blinks to ([^\s"']+)/i;
/**
 * The link an attestation gives to real evidence: a URL (API evidence, a Security Insights field
 * whose value is a URL), or a document in the repository. Null for a bare declaration ("true").
 */
function attestationLink(c) {
    for (const e of c.evidence) {
        if (e.url && /^https?:\/\//i.test(e.url))
            return e.url;
        if (e.kind === 'file' && e.path)
            return e.path;
        const u = URL_RE.exec(e.detail);
        if (u)
            return u[0];
        if (e.kind === 'security-insights') {
            const l = LINKS_TO_RE.exec(e.detail);
            if (l)
                return l[1];
        }
    }
    return null;
}
/** Whether a control counts as met for the objectives: pass, not applicable, or attested with a link. */
function satisfaction(c) {
    if (!c)
        return { state: 'missing' };
    switch (c.status) {
        case 'pass':
            return { state: 'ok', how: 'pass' };
        case 'not-applicable':
            return { state: 'ok', how: 'not-applicable' };
        case 'attested': {
            const link = attestationLink(c);
            return link ? { state: 'ok', how: 'attested', link } : { state: 'weak-attestation' };
        }
        case 'fail':
            return { state: 'fail' };
        default:
            return { state: 'unknown' };
    }
}
function controlMap(controls) {
    return new Map(controls.map((c) => [c.id, c]));
}
/** The control's help page: from the result, else from the catalog. */
function helpFor(id, byId) {
    const c = byId.get(id);
    if (c)
        return c.helpUri;
    try {
        return (0,_catalog_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .helpUrl */ .xR)(id);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 2663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mz: () => (/* binding */ judgeHubVerdict),
/* harmony export */   R: () => (/* binding */ evaluateHubPublication)
/* harmony export */ });
/* unused harmony exports HUB_CHECK_ID, PUBLISH_EXAMPLE, DISAGREEMENT_REASONS */
/* harmony import */ var _catalog_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7636);
/* harmony import */ var _facts_grc_hub_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8556);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7425);
// Defender's sub-check "published on the grc.store hub", and our statuses beside the hub's.
//
// Since Fall 2026 the event awards Defender for a passing OSPS Baseline result published on the
// grc.store hub. The sub-check is
//   met      the latest hub result covers every requirement at the project's level with Passed
//            (or Not Applicable), from a scan at that level or above, at most 30 days old, and the
//            publishing workflow qualifies (recurring, called by the hub's tag);
//   partial  published, with what is missing named: which requirements, stale, a lower level, the
//            workflow's problems;
//   unmet    no workflow publishes to the hub;
//   unknown  offline, or the hub could not be read (with the reason).
// It decides nothing else: Defender's status stays that of our own evaluation (defender.ts), the
// one a signed result carries and an organizer can verify offline; which rule the event applies
// is the organizers' `defender:` setting (docs/gemara.md). Everything from the hub is untrusted
// text: it is shown, escaped by the reporters, and never changes a status of ours.



const HUB_CHECK_ID = 'published-on-hub';
const PUBLISH_EXAMPLE = 'revanite-io/pvtr-publish-results/.github/workflows/publish.yml@v1';
/** Why our status and the hub's differ, where we can tell. */
const DISAGREEMENT_REASONS = (/* unused pure expression or super */ null && ([
    /** We read it from the GitHub API (branch rules, settings); the publishing job's token cannot. */
    'hub-token-cannot-read',
    /** We found it in a document or a Security Insights link, which the hub's scanner does not read. */
    'evidence-only-we-read',
    /** We fail it and the hub passes it: our evidence says why we fail it. */
    'we-fail-hub-passes',
    /** The hub's scan did not run it (a lower level, or not in the log). */
    'hub-did-not-run',
    /** The two checks differ and nothing tells us why. */
    'unexplained',
]));
const HUB_OK = new Set(['Passed', 'Not Applicable']);
const MAX_LISTED = 10;
const MAX_DETAIL = 300;
const TITLE = 'Published on the grc.store hub: the latest result passes every requirement at the level and is at most 30 days old (the event\'s rule since Fall 2026; it does not change this objective\'s status)';
function evaluateHubPublication(inputs, controls, level) {
    const { grcHub, publishing } = inputs;
    const p = (0,_facts_grc_hub_index_js__WEBPACK_IMPORTED_MODULE_1__/* .chosenPublishing */ .GV)(publishing);
    if (grcHub.state === 'not-configured') {
        if (publishing.length === 0) {
            const branch = inputs.defaultBranch ?? 'the default branch';
            const missing = `add a workflow that runs on push to ${branch} or on a schedule and calls ${PUBLISH_EXAMPLE} with \`target: <namespace>/<id>@<version>\` and \`id-token: write\`, to publish a Baseline result to grc.store`;
            return { check: { id: HUB_CHECK_ID, title: TITLE, status: 'fail', evidence: [{ kind: 'note', detail: grcHub.reason }], missing }, comparison: null };
        }
        const first = p ?? publishing[0];
        const why = `${grcHub.reason}: ${first.problems[0] ?? 'fix with.target and with.hub'}`;
        return { check: { id: HUB_CHECK_ID, title: TITLE, status: 'unknown', evidence: [workflowEvidence(first)], missing: why }, comparison: null };
    }
    const target = `${grcHub.state === 'ok' ? targetText(grcHub.verdict.target) : targetText(grcHub.target)}`;
    const hub = grcHub.state === 'ok' ? grcHub.verdict.hub : grcHub.hub;
    const page = safePage(hub, grcHub.state === 'ok' ? grcHub.verdict.target : grcHub.target);
    const workflowProblems = p && !p.qualifies ? p.problems : [];
    const base = {
        target,
        hub,
        page,
        source: { path: grcHub.source.path, line: grcHub.source.line, job: grcHub.source.job },
    };
    const evidence = p ? [workflowEvidence(p)] : [];
    if (grcHub.state === 'unknown') {
        const reason = grcHub.reason === 'offline run' ? 'offline run: the hub is not asked' : `the hub could not be read: ${grcHub.reason}`;
        evidence.push({ kind: 'note', detail: reason, ...(page ? { url: page } : {}) });
        const verdict = workflowProblems.length > 0 ? 'partial' : 'unknown';
        const comparison = { ...base, verdict, missing: workflowProblems, reason, result: null, runAt: null, ageDays: null, stale: null, evaluatedLevel: null, requirements: [], disagreements: [] };
        return { check: checkOf(verdict, evidence, verdict === 'partial' ? workflowProblems : [reason]), comparison };
    }
    const v = grcHub.verdict;
    evidence.push({ kind: 'api', detail: verdictLine(v), ...(page ? { url: page } : {}) });
    const judged = judgeHubVerdict(v, level);
    if (judged.reason !== null)
        evidence.push({ kind: 'note', detail: judged.reason });
    const missing = [...judged.missing, ...workflowProblems];
    const reason = judged.reason;
    const rows = [];
    let disagreements = [];
    if (v.perRequirement !== null) {
        const byId = (0,_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .controlMap */ .wZ)(controls);
        for (const r of (0,_catalog_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .requirementsAt */ .Gw)(level))
            rows.push({ id: r.id, ours: byId.get(r.id)?.status ?? 'unknown', hub: v.perRequirement[r.id]?.result ?? null });
        disagreements = compare(rows, v.perRequirement, byId, v.evaluatedLevel);
    }
    const verdict = missing.length > 0 ? 'partial' : reason !== null ? 'unknown' : 'met';
    const comparison = {
        ...base,
        verdict,
        missing,
        reason: verdict === 'unknown' ? reason : null,
        result: v.result,
        runAt: v.runAt,
        ageDays: v.ageDays,
        stale: v.stale,
        evaluatedLevel: v.evaluatedLevel,
        requirements: rows,
        disagreements,
    };
    return { check: checkOf(verdict, evidence, verdict === 'unknown' && reason ? [reason] : missing), comparison };
}
/**
 * Judges the hub's latest result for a project at `level`: met when it covers every requirement
 * at the level with Passed or Not Applicable, from a scan at that level or above, at most 30 days
 * old. Pure; `fetchHubVerdict` (src/facts/grc-hub) gives the verdict. Used by the Defender
 * sub-check and by the organizer tools (`defender: grc-store | either`).
 */
function judgeHubVerdict(v, level) {
    const missing = [];
    let reason = null;
    const notPassed = [];
    let wrongLevel = false;
    if (v.stale) {
        missing.push(v.runAt
            ? `the latest result is stale: ${v.ageDays ?? '?'} days old (run ${v.runAt.slice(0, 10)}), over the hub's ${_facts_grc_hub_index_js__WEBPACK_IMPORTED_MODULE_1__/* .STALE_AFTER_DAYS */ .JV} days; run the publishing workflow again (a schedule keeps it fresh)`
            : 'the latest result is stale: the hub gives no run time, so it cannot be shown to be fresh');
    }
    if (v.perRequirement === null) {
        reason = v.log.state === 'unknown' ? `the hub's EvaluationLog could not be read: ${v.log.reason}` : 'the hub gave no EvaluationLog';
        if (v.result === 'Failed')
            missing.push(`the hub's latest result is Failed`);
    }
    else {
        if (v.evaluatedLevel === null || v.evaluatedLevel < level) {
            wrongLevel = true;
            missing.push(`wrong level: the hub's scan ran at ${v.evaluatedLevel === null ? 'no maturity level' : `Level ${v.evaluatedLevel}`}, below the project's Level ${level}; configure the publishing workflow's scan for Level ${level}`);
        }
        for (const r of (0,_catalog_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .requirementsAt */ .Gw)(level)) {
            const hub = v.perRequirement[r.id]?.result ?? null;
            if (hub === null || !HUB_OK.has(hub))
                notPassed.push({ id: r.id, hub });
        }
        if (notPassed.length > 0) {
            const listed = notPassed.slice(0, MAX_LISTED).map((x) => `${x.id} (${x.hub ?? 'absent'})`).join(', ');
            missing.push(`${notPassed.length} requirement(s) at Level ${level} are not Passed on the hub: ${listed}${notPassed.length > MAX_LISTED ? `, and ${notPassed.length - MAX_LISTED} more` : ''}`);
        }
    }
    const verdict = missing.length > 0 ? 'partial' : reason !== null ? 'unknown' : 'met';
    return { verdict, missing, reason, stale: v.stale, notPassed, wrongLevel };
}
function checkOf(verdict, evidence, missing) {
    const status = verdict === 'met' ? 'pass' : verdict === 'unknown' ? 'unknown' : 'fail';
    const check = { id: HUB_CHECK_ID, title: TITLE, status, evidence };
    if (status !== 'pass' && missing.length > 0)
        check.missing = missing.join('; ');
    return check;
}
/** The hub page, once more checked to be https on the hub's own host. */
function safePage(hub, target) {
    const page = (0,_facts_grc_hub_index_js__WEBPACK_IMPORTED_MODULE_1__/* .hubPageUrl */ .Ar)(hub, target);
    return page && (0,_facts_grc_hub_index_js__WEBPACK_IMPORTED_MODULE_1__/* .isOnHub */ .pn)(page, hub) ? page : null;
}
function targetText(t) {
    return `${t.namespace}/${t.id}${t.version ? `@${t.version}` : ''}`;
}
function workflowEvidence(p) {
    const on = p.recurringReasons.length > 0 ? p.recurringReasons.join(', ') : p.triggers.join(', ') || 'no trigger';
    const what = p.target ? `publishes ${targetText(p.target)} to ${p.hub ?? 'an unreadable hub'}` : `calls the publishing workflow without a target that can be read`;
    return { kind: 'workflow', path: p.path, line: p.line, column: p.column, detail: `job ${p.job} ${what} (${on})` };
}
function verdictLine(v) {
    const when = v.runAt ? `run ${v.runAt.slice(0, 10)}, ${v.ageDays ?? '?'} day(s) ago${v.stale ? ', stale' : ''}` : 'no run time';
    const level = v.evaluatedLevel === null ? 'level not known' : `a Level ${v.evaluatedLevel} scan`;
    const counts = Object.entries(v.counts)
        .slice(0, 8)
        .map(([k, n]) => `${n} ${k.replace(/_/g, ' ')}`)
        .join(', ');
    return `${v.hub} holds ${v.result} for ${targetText(v.target)} (${when}; ${level}${counts ? `; ${counts}` : ''})`;
}
function oursOf(c) {
    const s = (0,_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .satisfaction */ .$l)(c).state;
    return s === 'ok' ? 'ok' : s === 'fail' || s === 'weak-attestation' ? 'fail' : 'unknown';
}
function theirsOf(r) {
    if (r === null || r === 'Not Run')
        return 'not-run';
    if (HUB_OK.has(r))
        return 'ok';
    if (r === 'Failed')
        return 'fail';
    return r === 'Needs Review' ? 'review' : 'unknown';
}
/** The rows where the two verdicts would count differently, each with its likely reason. */
function compare(rows, per, byId, hubLevel) {
    const out = [];
    for (const row of rows) {
        const c = byId.get(row.id);
        const ours = oursOf(c);
        const theirs = theirsOf(row.hub);
        // Where we have no verdict (no token, offline) there is nothing to disagree with: the side by
        // side shows the hub's result for those.
        const differs = (ours === 'ok' && theirs !== 'ok') || (ours === 'fail' && theirs === 'ok');
        if (!differs)
            continue;
        const { reason, detail } = explain(row, c, ours === 'ok' ? 'ok' : 'fail', theirs, hubLevel);
        const d = { ...row, reason, detail: cut(detail) };
        const message = per[row.id]?.message;
        if (message)
            d.hubMessage = cut(message);
        out.push(d);
    }
    return out;
}
function explain(row, c, ours, theirs, hubLevel) {
    const evidence = c?.evidence ?? [];
    if (ours === 'ok') {
        if (theirs === 'not-run') {
            const level = c?.level;
            const detail = hubLevel !== null && level !== undefined && hubLevel < level
                ? `the hub's scan ran at Level ${hubLevel}; ${row.id} applies from Level ${level}`
                : row.hub === null
                    ? `the hub's log has no result for ${row.id}`
                    : `the hub's scan logged ${row.id} Not Run`;
            return { reason: 'hub-did-not-run', detail };
        }
        const api = evidence.find((e) => e.kind === 'api');
        if (api) {
            return {
                reason: 'hub-token-cannot-read',
                detail: `we read it from the GitHub API (${show(api)}); the publishing job's token cannot read branch rules or repository settings, so the hub's scanner ${theirs === 'review' ? 'asks for a review' : theirs === 'fail' ? 'fails it' : 'cannot tell'}`,
            };
        }
        const doc = evidence.find((e) => e.kind === 'file' || e.kind === 'security-insights');
        if (doc && c?.status !== 'not-applicable') {
            return { reason: 'evidence-only-we-read', detail: `we found it in ${show(doc)}; the hub's scanner does not read documents or Security Insights links` };
        }
        return { reason: 'unexplained', detail: `we count it as met (${c?.status ?? 'unknown'}${evidence[0] ? `: ${show(evidence[0])}` : ''}); the hub does not` };
    }
    return { reason: 'we-fail-hub-passes', detail: `our evidence: ${evidence.length > 0 ? evidence.slice(0, 2).map(show).join('; ') : 'none recorded'}` };
}
function show(e) {
    const where = e.path ? `${e.path}${e.line ? `:${e.line}` : ''}: ` : '';
    return `${where}${e.detail}`;
}
function cut(s) {
    const one = s.replace(/\s+/g, ' ').trim();
    return one.length > MAX_DETAIL ? `${one.slice(0, MAX_DETAIL - 1)}\u2026` : one;
}


/***/ })

};
