export const id = 696;
export const ids = [696];
export const modules = {

/***/ 4281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ar: () => (/* binding */ hubPageUrl),
/* harmony export */   OT: () => (/* binding */ withoutForeignLinks),
/* harmony export */   pn: () => (/* binding */ isOnHub)
/* harmony export */ });
/* unused harmony export LINK_REMOVED */
/* harmony import */ var _workflows_hub_publishing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7399);
// Links and the hub: the one page we point people to (the target on the hub's own host), and what
// happens to links inside the hub's text. The hub's messages are untrusted; a link in them is kept
// only when it is https:// on the hub's own host, so a hostile log cannot place a link to anywhere
// else in a job summary (GitHub turns bare URLs and www. names into links).

/** What replaces a link that is not on the hub's own host. */
const LINK_REMOVED = '[link removed]';
const NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;
/**
 * The hub's page of the target, `https://<hub>/v1/targets/<namespace>/<id>`: on one of the two
 * grc.store hosts only (never a mirror named by SLAM_GRC_HUB_URL, nor repository text), and only
 * for plain names. Null otherwise.
 */
function hubPageUrl(hub, target) {
    if (!Object.hasOwn(_workflows_hub_publishing_js__WEBPACK_IMPORTED_MODULE_0__/* .GRC_HUBS */ .QU, hub) || !NAME.test(target.namespace) || !NAME.test(target.id))
        return null;
    return `https://${hub}/v1/targets/${target.namespace}/${target.id}`;
}
/** True for an https:// URL without credentials or port whose host is `hub`, one of the grc.store hubs. */
function isOnHub(url, hub) {
    if (!Object.hasOwn(_workflows_hub_publishing_js__WEBPACK_IMPORTED_MODULE_0__/* .GRC_HUBS */ .QU, hub) || url.length > 2048)
        return false;
    // Most links in hostile text are elsewhere: say no before the (slower) URL parser is asked.
    if (!url.slice(0, 8 + hub.length).toLowerCase().startsWith(`https://${hub}`))
        return false;
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return false;
    }
    return u.protocol === 'https:' && u.hostname === hub && u.port === '' && u.username === '' && u.password === '';
}
const SCHEME_CHAR = /^[A-Za-z0-9+.-]$/;
const isSpace = (c) => c.trim() === '';
const MAX_SCHEME = 32;
/**
 * `text` with every link that is not https:// on `hub` replaced by LINK_REMOVED: anything of the
 * form `scheme://\u2026` and `www.\u2026` up to the next space (trailing punctuation aside when judging the
 * host). One pass over the `://` and `www.` occurrences, each scheme looked back for at most 32
 * characters; no regular expression runs over the untrusted text.
 */
function withoutForeignLinks(text, hub) {
    const spans = [];
    const lower = text.toLowerCase();
    let from = 0;
    // The next occurrence of each, searched again only once passed (-1: none left), so the text is
    // scanned a bounded number of times whatever it holds.
    let sep = lower.indexOf('://');
    let www = lower.indexOf('www.');
    for (;;) {
        if (sep >= 0 && sep < from)
            sep = lower.indexOf('://', from);
        if (www >= 0 && www < from)
            www = lower.indexOf('www.', from);
        if (sep < 0 && www < 0)
            break;
        let start;
        if (sep >= 0 && (www < 0 || sep < www)) {
            start = sep;
            while (start > 0 && sep - start < MAX_SCHEME && SCHEME_CHAR.test(text[start - 1]))
                start--;
        }
        else {
            start = www;
        }
        let end = start;
        while (end < text.length && !isSpace(text[end]))
            end++;
        spans.push([start, end]);
        from = end;
    }
    if (spans.length === 0)
        return text;
    let out = '';
    let at = 0;
    for (const [s, e] of spans) {
        const link = text.slice(s, e);
        out += text.slice(at, s) + (isOnHub(trimTrailing(link), hub) ? link : LINK_REMOVED);
        at = e;
    }
    return out + text.slice(at);
}
const TRAILING = new Set([')', ',', '.', ';', ':', '!', '?', "'", '"', ']']);
function trimTrailing(link) {
    let end = link.length;
    while (end > 0 && TRAILING.has(link[end - 1]))
        end--;
    return link.slice(0, end);
}


/***/ }),

/***/ 7399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QU: () => (/* binding */ GRC_HUBS),
/* harmony export */   _3: () => (/* binding */ tagRequiredReason),
/* harmony export */   ct: () => (/* binding */ hubPublishingOf),
/* harmony export */   hu: () => (/* binding */ parseTarget)
/* harmony export */ });
/* unused harmony exports PUBLISH_WORKFLOW, DEFAULT_HUB, hubHost */
/* harmony import */ var _uses_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3516);

const PUBLISH_WORKFLOW = 'revanite-io/pvtr-publish-results/.github/workflows/publish.yml';
/** The two hubs the workflow accepts, each with the one tag whose certificate it trusts. */
const GRC_HUBS = { 'hub.grc.store': 'v1', 'hub.preview.grc.store': 'v1.0.0-rc' };
const DEFAULT_HUB = 'hub.grc.store';
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const VERSION = /^[^\s@]{1,100}$/;
const MAX_TEXT = 200;
/** A reusable workflow that must be called by tag; the reason, or null for any other `uses:`. */
function tagRequiredReason(u) {
    if (u.kind !== 'reusable-workflow' || u.refKind !== 'tag')
        return null;
    const target = (0,_uses_js__WEBPACK_IMPORTED_MODULE_0__/* .usesTarget */ .OW)(u);
    if (target === PUBLISH_WORKFLOW) {
        return `${short(u.raw)} is called by tag on purpose: grc.store accepts a result only when its signing certificate names this workflow at refs/tags/v1 (v1.0.0-rc for the preview hub), and refuses a SHA-pinned call; not reported as an unpinned action.`;
    }
    if (target.startsWith('slsa-framework/slsa-github-generator/.github/workflows/')) {
        return `${short(u.raw)} is called by tag on purpose: the SLSA generator's reusable workflows verify their own release tag and fail when called at a commit SHA; not reported as an unpinned action.`;
    }
    return null;
}
/** The publishing call of a job, or null when the job does not call the publish workflow. */
function hubPublishingOf(job, ctx) {
    const u = job.uses;
    if (!u || u.kind !== 'reusable-workflow' || (0,_uses_js__WEBPACK_IMPORTED_MODULE_0__/* .usesTarget */ .OW)(u) !== PUBLISH_WORKFLOW)
        return null;
    const problems = [];
    const targetValue = job.with['target'] ?? null;
    const resolved = targetValue ? resolveExpressions(targetValue.value, ctx.repository) : null;
    const target = resolved !== null ? parseTarget(resolved) : null;
    if (!targetValue)
        problems.push('no `with.target`: the workflow requires `<namespace>/<id>@<version>`');
    else if (!target)
        problems.push(`with.target ${JSON.stringify(short(targetValue.value))} is not \`<namespace>/<id>@<version>\` (or uses an expression that cannot be read here)`);
    const hubValue = job.with['hub'] ?? null;
    let hub = DEFAULT_HUB;
    if (hubValue) {
        hub = hubHost(hubValue.value);
        if (hub === null) {
            problems.push(hubValue.value.includes('${{')
                ? 'with.hub is an expression: which hub it publishes to cannot be read here'
                : `with.hub ${JSON.stringify(short(hubValue.value))} is not https://hub.grc.store or https://hub.preview.grc.store; the workflow refuses any other hub`);
        }
    }
    const ref = u.ref;
    const tagOk = refProblem(u.refKind, ref, hub, problems);
    const recurring = ctx.recurringReasons.length > 0;
    if (!recurring) {
        const on = ctx.triggers.length > 0 ? ctx.triggers.join(', ') : 'no trigger';
        problems.push(`the workflow runs on ${on} only: publish from the default branch on push, on a schedule or on release`);
    }
    const dryRun = job.with['dry-run'];
    if (dryRun && /^\s*true\s*$/i.test(dryRun.value))
        problems.push('dry-run: true publishes nothing');
    return {
        path: ctx.path,
        line: u.line,
        column: u.column,
        job: job.id,
        uses: short(u.raw.trim()),
        ref,
        refKind: u.refKind,
        target: target ?? null,
        targetText: targetValue ? short(targetValue.value) : null,
        targetLine: targetValue?.line ?? null,
        hub,
        hubLine: hubValue?.line ?? null,
        triggers: ctx.triggers,
        recurring,
        recurringReasons: ctx.recurringReasons,
        qualifies: recurring && tagOk && target !== null && hub !== null && problems.length === 0,
        problems,
    };
}
function refProblem(kind, ref, hub, problems) {
    if (kind === 'sha') {
        problems.push('called at a commit SHA: the hub checks that the signing certificate names refs/tags/v1 and refuses a SHA-pinned call; call it by tag (@v1)');
        return false;
    }
    if (kind !== 'tag' || ref === null) {
        problems.push(`called at ${ref ? `"${short(ref)}"` : 'no ref'}: call it by tag (@v1, or @v1.0.0-rc for the preview hub)`);
        return false;
    }
    if (hub !== null && GRC_HUBS[hub] !== ref) {
        problems.push(`${hub} accepts results only from @${GRC_HUBS[hub]}, not @${short(ref)}`);
        return false;
    }
    return true;
}
/** `https://hub.grc.store`, `hub.grc.store/`: the host, when it is one of the two hubs; else null. */
function hubHost(value) {
    const v = value.trim().toLowerCase().replace(/^https:\/\//, '').replace(/(?<!\/)\/+$/, '');
    return Object.hasOwn(GRC_HUBS, v) ? v : null;
}
/** `<namespace>/<id>@<version>`; the version may be an expression (null), namespace and id may not. */
function parseTarget(text) {
    const t = text.trim();
    if (t.length > 300)
        return null;
    const at = t.indexOf('@');
    const path = at >= 0 ? t.slice(0, at) : t;
    const version = at >= 0 ? t.slice(at + 1) : '';
    const parts = path.split('/');
    if (parts.length !== 2 || !NAME.test(parts[0]) || !NAME.test(parts[1]))
        return null;
    if (at < 0 || version === '')
        return null;
    return { namespace: parts[0], id: parts[1], version: VERSION.test(version) && !version.includes('${{') ? version : null };
}
/** Fills the expressions whose value is known before the run: the repository and its owner. */
function resolveExpressions(text, repository) {
    if (!text.includes('${{'))
        return text;
    const [owner, name] = repository?.split('/') ?? [];
    const values = { repository: repository ?? undefined, repository_owner: owner, 'event.repository.name': name };
    let unresolved = false;
    const at = text.indexOf('@');
    const head = at >= 0 ? text.slice(0, at) : text;
    const filled = head.replace(/\$\{\{\s*github\.([a-z_.]{1,40})\s*\}\}/g, (whole, key) => {
        const v = values[key];
        if (v === undefined)
            unresolved = true;
        return v ?? whole;
    });
    if (unresolved || filled.includes('${{'))
        return null;
    return at >= 0 ? filled + text.slice(at) : filled;
}
function short(s) {
    const one = s.replace(/\s+/g, ' ').trim();
    return one.length > MAX_TEXT ? `${one.slice(0, MAX_TEXT - 1)}\u2026` : one;
}


/***/ }),

/***/ 3516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E6: () => (/* binding */ normDir),
/* harmony export */   OW: () => (/* binding */ usesTarget),
/* harmony export */   e: () => (/* binding */ versionFromComment),
/* harmony export */   mr: () => (/* binding */ repoSlug),
/* harmony export */   tN: () => (/* binding */ classifyUses)
/* harmony export */ });
/* unused harmony export refKind */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3928);

const FULL_SHA = /^[0-9a-f]{40}$/i;
const SHA256_DIGEST = /^sha256:[0-9a-f]{64}$/i;
/** v1, v1.2, v1.2.3, 1.0, v2.0.0-beta.1, v1.2.3+build: a version, optionally with a pre-release or build suffix. */
const TAG_LIKE = /^v?\d+(\.\d+)*([-+][0-9A-Za-z][0-9A-Za-z.-]*)?$/;
const NAME = /^[A-Za-z0-9_.-]+$/;
const WORKFLOW_PATH = /^\.github\/workflows\/[^/]+\.ya?ml$/i;
/** Kind of a git ref written after `@`. */
function refKind(ref) {
    if (ref === null || ref === '')
        return 'none';
    if (FULL_SHA.test(ref))
        return 'sha';
    if (TAG_LIKE.test(ref))
        return 'tag';
    return 'branch';
}
function base(raw) {
    return {
        raw,
        kind: 'invalid',
        isWorkflow: false,
        owner: null,
        repo: null,
        path: null,
        ref: null,
        refKind: 'none',
        image: null,
        pinned: false,
        problem: null,
    };
}
/**
 * Classifies a `uses:` value.
 * @param value the value as written (surrounding spaces are ignored)
 * @param repository owner/name of the repository under evaluation, when known: refs to it are
 *   `same-repository` and count as pinned (they move with the code that calls them)
 */
function classifyUses(value, repository) {
    const raw = typeof value === 'string' ? value : String(value);
    const v = raw.trim();
    const out = base(raw);
    if (v === '') {
        out.problem = 'empty uses';
        return out;
    }
    if (v.includes('${{')) {
        out.kind = 'expression';
        out.problem = 'expressions are not evaluated in uses:';
        return out;
    }
    if (v.startsWith('./') || v === '.') {
        out.kind = 'local';
        out.pinned = true;
        const p = v === '.' ? '' : (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .trimEnd */ .s8)(v.slice(2), '/');
        out.path = p;
        out.isWorkflow = WORKFLOW_PATH.test(p);
        return out;
    }
    if (/^docker:\/\//i.test(v)) {
        out.kind = 'docker';
        let img = v.slice('docker://'.length);
        const at = img.indexOf('@');
        if (at >= 0) {
            const digest = img.slice(at + 1);
            img = img.slice(0, at);
            out.ref = digest;
            if (SHA256_DIGEST.test(digest)) {
                out.refKind = 'sha';
                out.pinned = true;
            }
            else {
                out.refKind = 'branch';
                out.problem = 'digest is not sha256:<64 hex>';
            }
        }
        // A tag follows the last ':' after the last '/', so registry ports (host:5000/img) stay in the name.
        const slash = img.lastIndexOf('/');
        const colon = img.indexOf(':', slash + 1);
        if (colon >= 0) {
            const tag = img.slice(colon + 1);
            img = img.slice(0, colon);
            if (out.ref === null) {
                out.ref = tag;
                out.refKind = TAG_LIKE.test(tag) ? 'tag' : 'branch';
            }
        }
        out.image = img;
        if (img === '') {
            out.kind = 'invalid';
            out.problem = 'docker:// without an image';
            out.pinned = false;
        }
        return out;
    }
    const at = v.lastIndexOf('@');
    const target = at >= 0 ? v.slice(0, at) : v;
    const ref = at >= 0 ? v.slice(at + 1) : null;
    const parts = target.split('/');
    if (parts.length < 2 || !NAME.test(parts[0]) || !NAME.test(parts[1]) || parts.slice(2).some((p) => p === '')) {
        out.problem = 'not owner/repo[/path]@ref';
        out.ref = ref;
        out.refKind = refKind(ref);
        return out;
    }
    out.owner = parts[0];
    out.repo = parts[1];
    out.path = parts.length > 2 ? parts.slice(2).join('/') : null;
    out.ref = ref;
    out.refKind = refKind(ref);
    out.isWorkflow = out.path !== null && WORKFLOW_PATH.test(out.path);
    const same = typeof repository === 'string' && repository.toLowerCase() === `${out.owner}/${out.repo}`.toLowerCase();
    if (same) {
        out.kind = 'same-repository';
        out.pinned = true;
    }
    else {
        out.kind = out.isWorkflow ? 'reusable-workflow' : 'action';
        out.pinned = out.refKind === 'sha';
    }
    if (ref === null || ref === '') {
        // GitHub requires a ref for remote actions and workflows.
        out.problem = 'no @ref';
        if (!same)
            out.kind = 'invalid';
    }
    return out;
}
/** `owner/repo` lower-cased for action / reusable-workflow / same-repository refs, else null. */
function repoSlug(u) {
    return u.owner !== null && u.repo !== null ? `${u.owner}/${u.repo}`.toLowerCase() : null;
}
/** A folder path in the repository as `uses: ./x` and an action's `dir` compare: no `.`, empty or trailing segments. */
function normDir(p) {
    return p
        .split('/')
        .filter((s) => s !== '' && s !== '.')
        .join('/');
}
/** `owner/repo/path` lower-cased without the ref, for matching tool names. */
function usesTarget(u) {
    if (u.kind === 'docker')
        return `docker://${u.image ?? ''}`.toLowerCase();
    if (u.owner !== null && u.repo !== null)
        return [u.owner, u.repo, ...(u.path ? [u.path] : [])].join('/').toLowerCase();
    return u.raw.trim().toLowerCase();
}
/** Version in a trailing comment: `v4.1.1`, `tag=v4.1.1`, `pin@v4.1.1`, `4.1.1`. */
function versionFromComment(comment) {
    if (comment === null)
        return null;
    const m = /(?:^|[\s=@:])(v?\d+(?:\.\d+)*(?:[-+][0-9A-Za-z.-]+)?)\b/.exec(comment);
    return m ? m[1] : null;
}


/***/ }),

/***/ 155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseWebUrl)
/* harmony export */ });
// One reading of a web link, for every room that meets one in hostile text (a document's link, a
// report's href): an http: or https: URL that parses, or null. The prefix test runs first so that
// most text never reaches the (slower) URL parser.
function parseWebUrl(text) {
    if (!/^https?:\/\//i.test(text))
        return null;
    let u;
    try {
        u = new URL(text);
    }
    catch {
        return null;
    }
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
}


/***/ }),

/***/ 9496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   ur: () => (/* binding */ severityCounts),
/* harmony export */   zF: () => (/* binding */ countedList)
/* harmony export */ });
// Counting diagnostics and findings by severity, the same way in every report: an error is an
// error, a warning a warning, and an info or note is a note, never counted as a warning.
function countBySeverity(severities) {
    const c = { error: 0, warning: 0, note: 0 };
    for (const s of severities) {
        if (s === 'error')
            c.error++;
        else if (s === 'warning')
            c.warning++;
        else
            c.note++;
    }
    return c;
}
/** "1 error, 2 warnings, 3 notes"; kinds with none are left out unless `all` (then errors and warnings always show). */
function severityCounts(c, all = false) {
    const parts = [];
    const add = (n, one, many, always) => {
        if (n > 0 || always)
            parts.push(`${n} ${n === 1 ? one : many}`);
    };
    add(c.error, 'error', 'errors', all);
    add(c.warning, 'warning', 'warnings', all);
    add(c.note, 'note', 'notes', false);
    return parts.length > 0 ? parts.join(', ') : '0';
}
/** "500 warnings" when the list holds one kind, else "3: 2 warnings, 1 note". */
function countedList(total, c) {
    const kinds = [c.error, c.warning, c.note].filter((n) => n > 0).length;
    return kinds <= 1 ? severityCounts(c) : `${total}: ${severityCounts(c)}`;
}


/***/ }),

/***/ 2875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Jz: () => (/* binding */ mdPath),
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   SZ: () => (/* binding */ mdRich),
/* harmony export */   YF: () => (/* binding */ mdLink),
/* harmony export */   kU: () => (/* binding */ stripControl),
/* harmony export */   xs: () => (/* binding */ mdCode),
/* harmony export */   yJ: () => (/* binding */ inRepository)
/* harmony export */ });
/* unused harmony exports mdText, fileUrl, encodePathSegment */
/* harmony import */ var _facts_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3928);
/* harmony import */ var _model_web_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(155);
// Text from the evaluated repository is hostile: it must not inject Markdown or HTML into the job
// summary, mention people, break a table or put a link of its choosing there. Each piece is escaped
// for the context it lands in, because what is safe prose breaks a link and what is safe in a link
// shows as noise in prose:
//   text       Markdown punctuation, HTML, `@` mentions and table pipes neutralised (mdText)
//   code span  shown exactly: a fence longer than any backtick run inside, nothing escaped (mdCode)
//   link       https:/http: only (percent-encoded) or a path in the repository; else shown as text (mdLink)
// Our own sentences mix the three (`slam insights init`, https://\u2026 links); mdRich splits them.


const MD_SPECIAL = /[\\`*_{}[\]()#+\-.!|~<>&$]/g;
const ENTITY = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '|': '&#124;' };
// GitHub links @user and @org/team in the rendered text, after entities are decoded, when the `@`
// follows a non-word character; a zero-width space after the `@` leaves nothing to link.
const MENTION = /(?<![A-Za-z0-9_])@/g;
const ZWSP = '&#8203;';
/**
 * Prose, on one line, at most `max` characters: nothing in it is Markdown, HTML or a mention.
 * An https:// or http:// URL in it becomes a link to itself (escaping its dots would break it,
 * because GitHub's autolinker takes the backslashes into the link); any other URL is shown as code.
 */
function mdText(text, max = 500) {
    return renderSegments(text, {}, max, false);
}
/** The old name of mdText, kept for callers that escape prose. */
const escapeMarkdown = mdText;
function textOf(s) {
    return s.replace(MD_SPECIAL, (c) => ENTITY[c] ?? `\\${c}`).replace(MENTION, `@${ZWSP}`);
}
/** A code span that shows `text` exactly (on one line, at most `max` characters). */
function mdCode(text, ctx = {}, max = 300) {
    let s = cut(oneLine(text), max);
    if (s === '')
        return '';
    if (ctx.cell) {
        // In a table cell a pipe is escaped as `\|`; after a backslash that would read `\\|`, which a
        // table splits at. Such text is shown as prose, where the pipe is an entity.
        if (s.includes('\\|'))
            return textOf(s);
        s = s.replace(/\|/g, '\\|');
    }
    let longest = 0;
    let run = 0;
    for (const ch of s) {
        run = ch === '`' ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    const fence = '`'.repeat(longest + 1);
    // A span that starts or ends with a backtick (or with spaces at both ends) needs one space of padding, which is not shown.
    const pad = s.startsWith('`') || s.endsWith('`') || (s.startsWith(' ') && s.endsWith(' ')) ? ' ' : '';
    return `${fence}${pad}${s}${pad}${fence}`;
}
const MAX_URL = 2000;
// Characters a link destination must not carry raw: they end it, balance it, escape in it or split a table cell.
const URL_UNSAFE = /[\s()<>"'`\\|[\]{}^]/g;
/** The href for an https: or http: URL, percent-encoded so that nothing in it ends the link; null for any other scheme. */
function safeUrl(url) {
    const u = url.length > MAX_URL ? null : (0,_model_web_url_js__WEBPACK_IMPORTED_MODULE_0__/* .parseWebUrl */ .B)(url);
    if (u === null)
        return null;
    // Entity references are decoded in a link destination; a backslash keeps `&` literal.
    return u.href.replace(URL_UNSAFE, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')).replace(/&/g, '\\&');
}
/** A path relative to the repository root: no URL, no absolute or drive path, no '..' segment, no control character. */
function inRepository(path) {
    if (path === '' || /^[a-z][a-z0-9+.-]*:|^[/\\]/i.test(path))
        return false;
    if (/[\x00-\x1f\x7f]/.test(path))
        return false;
    return !path.split(/[/\\]/).some((seg) => seg === '..');
}
/** The link to a file of the evaluated folder at the evaluated commit (and line), or null. */
function fileUrl(path, line, links) {
    if (!links || !inRepository(path) || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(links.commit) || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(links.repository))
        return null;
    const full = `${links.prefix ?? ''}${path}`;
    const server = safeUrl((0,_facts_text_js__WEBPACK_IMPORTED_MODULE_1__/* .trimEnd */ .s8)(links.serverUrl, '/') + '/');
    if (!server)
        return null;
    const encoded = full.split('/').map(encodePathSegment).join('/');
    return `${server}${links.repository}/blob/${links.commit}/${encoded}${line && line > 0 ? `#L${line}` : ''}`;
}
/** encodeURIComponent, and the few characters it leaves that a Markdown destination or a table would read. */
function encodePathSegment(seg) {
    return encodeURIComponent(seg).replace(/[()'!*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
/** `[label](url)` when the URL is allowed, else the label alone. `labelMd` is Markdown already escaped. */
function mdLink(labelMd, url) {
    const href = safeUrl(url);
    return href ? `[${labelMd}](${href})` : labelMd;
}
/** A path of the evaluated folder (with its line): a link to the file when links are known, else code. */
function mdPath(path, line, ctx = {}, max = 200) {
    const shown = mdCode(`${path}${line && line > 0 ? `:${line}` : ''}`, ctx, max);
    const url = fileUrl(path, line, ctx.files);
    return url ? `[${shown}](${url})` : shown;
}
/**
 * A URL that must not become a link (cut, or not one we allow), as text: a zero-width space inside
 * its `://` keeps GitHub's autolinker from making a link of it, backslashes and all.
 */
function unlinked(url) {
    return textOf(url).replace('://', `:/${ZWSP}/`);
}
/**
 * Our sentences, which quote repository text: `code` spans become code spans, https:// and http://
 * URLs become links, everything else is prose. Whatever the input, every character lands in one of
 * the three escapers, so a stray backtick or a `javascript:` URL from the repository stays inert.
 */
function mdRich(text, ctx = {}, max = 500) {
    return renderSegments(text, ctx, max, true);
}
function renderSegments(text, ctx, max, withCode) {
    let budget = max;
    let out = '';
    // Nothing past twice the limit can be shown; cutting first keeps the scan below linear in `max`.
    for (const seg of segments(oneLine(text).slice(0, 2 * max + 16), withCode)) {
        if (budget <= 0)
            break;
        if (seg.value.length > budget) {
            // The piece that crosses the limit is cut; a cut URL is no link.
            const part = seg.value.slice(0, budget - 1) + '\u2026';
            out += seg.kind === 'text' ? textOf(part) : seg.kind === 'code' ? mdCode(part, ctx, budget) : unlinked(part);
            break;
        }
        budget -= seg.value.length;
        if (seg.kind === 'code')
            out += mdCode(seg.value, ctx, Infinity);
        else if (seg.kind === 'url')
            out += safeUrl(seg.value) ? mdLink(textOf(seg.value), seg.value) : unlinked(seg.value);
        else
            out += textOf(seg.value);
    }
    return out;
}
/** Splits one line into prose, code spans (matched backtick runs) and URLs, in one pass. */
function segments(s, withCode) {
    const out = [];
    let text = '';
    const flush = () => {
        if (text)
            out.push({ kind: 'text', value: text });
        text = '';
    };
    let i = 0;
    while (i < s.length) {
        const ch = s[i];
        if (ch === '`' && withCode) {
            let n = 1;
            while (s[i + n] === '`')
                n++;
            const close = closingRun(s, i + n, n);
            if (close < 0) {
                text += s.slice(i, i + n);
                i += n;
                continue;
            }
            flush();
            const inner = s.slice(i + n, close);
            // CommonMark strips one space of padding on both sides.
            const value = inner.length > 2 && inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== '' ? inner.slice(1, -1) : inner;
            out.push({ kind: 'code', value });
            i = close + n;
            continue;
        }
        if ((ch === 'h' || ch === 'H') && (i === 0 || !/[A-Za-z0-9]/.test(s[i - 1]))) {
            const end = urlEnd(s, i);
            if (end > i) {
                flush();
                out.push({ kind: 'url', value: s.slice(i, end) });
                i = end;
                continue;
            }
        }
        text += ch;
        i++;
    }
    flush();
    return out;
}
/** Index of the next run of exactly `n` backticks from `from`, or -1. */
function closingRun(s, from, n) {
    let i = s.indexOf('`', from);
    while (i >= 0) {
        let m = 1;
        while (s[i + m] === '`')
            m++;
        if (m === n)
            return i;
        i = s.indexOf('`', i + m);
    }
    return -1;
}
/** The end of an http(s) URL starting at `i` (trailing punctuation and unbalanced brackets left out), or `i` when there is none. */
function urlEnd(s, i) {
    const head = s.slice(i, i + 8).toLowerCase();
    const scheme = head.startsWith('https://') ? 8 : head.startsWith('http://') ? 7 : 0;
    if (scheme === 0)
        return i;
    let end = i + scheme;
    while (end < s.length && !/[\s<>"`]/.test(s[end]))
        end++;
    // Trailing sentence punctuation and closing brackets that do not belong to the URL (counted once, then kept up to date).
    const open = { ')': 0, ']': 0 };
    const close = { ')': 0, ']': 0 };
    for (let k = i; k < end; k++) {
        const c = s[k];
        if (c === '(')
            open[')']++;
        else if (c === '[')
            open[']']++;
        else if (c === ')' || c === ']')
            close[c]++;
    }
    for (;;) {
        const last = s[end - 1];
        if (/[.,;:!?'*_]/.test(last))
            end--;
        else if ((last === ')' || last === ']') && open[last] < close[last]) {
            close[last]--;
            end--;
        }
        else
            break;
    }
    return end > i + scheme ? end : i;
}
function oneLine(text) {
    return stripControl(text).replace(/\s+/g, ' ').trim();
}
function cut(s, max) {
    return s.length > max ? s.slice(0, Math.max(0, max - 1)) + '\u2026' : s;
}
/** Removes terminal escape sequences and other control characters (for the terminal report). */
function stripControl(text) {
    return text.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, ' ');
}


/***/ }),

/***/ 7559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ hubMarkdown),
/* harmony export */   HG: () => (/* binding */ hubText),
/* harmony export */   Xb: () => (/* binding */ hubVerdict)
/* harmony export */ });
/* unused harmony export REASON_TEXT */
/* harmony import */ var _facts_grc_hub_links_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4281);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2875);
// The grc.store hub beside our evaluation, for the job summary and the terminal: Defender's
// "published on the hub" verdict, what it misses, and the requirements where we and the hub
// disagree with the likely reason. Everything from the hub is untrusted text, escaped here like
// repository text; the only link shown is the target's page, https on the hub's own host.


const HUB_CHECK_ID = 'published-on-hub';
/** Defender's "published on the hub" verdict, from the comparison or, without one, the sub-check. */
function hubVerdict(result) {
    if (result.hubComparison)
        return result.hubComparison.verdict;
    const check = result.objectives.find((o) => o.id === 'defender')?.checks.find((c) => c.id === HUB_CHECK_ID);
    if (!check)
        return null;
    return check.status === 'pass' ? 'met' : check.status === 'fail' ? 'unmet' : 'unknown';
}
const REASON_TEXT = {
    'hub-token-cannot-read': "the hub's job token cannot read branch rules or settings",
    'evidence-only-we-read': 'evidence only this evaluation reads (documents, Security Insights links)',
    'we-fail-hub-passes': 'we fail it, the hub passes it',
    'hub-did-not-run': "the hub's scan did not run it",
    unexplained: 'the checks differ',
};
const ICON = { met: '\u2705', partial: '\ud83d\udfe1', unmet: '\u274c', unknown: '\u2754' };
const STATUS_ICON = { pass: '\u2705', fail: '\u274c', attested: '\ud83d\udcdd', unknown: '\u2754', 'not-applicable': '\u2796' };
const HUB_ICON = { Passed: '\u2705', 'Not Applicable': '\u2796', Failed: '\u274c', 'Needs Review': '\ud83d\udcdd', Unknown: '\u2754', 'Not Run': '\u23f8\ufe0f' };
const MAX_MISSING = 8;
const MAX_DISAGREEMENTS = 64;
/** The target's page when it is https on the hub's own host; null otherwise. */
function page(c) {
    return c.page && (0,_facts_grc_hub_links_js__WEBPACK_IMPORTED_MODULE_0__/* .isOnHub */ .pn)(c.page, c.hub) ? c.page : null;
}
function runLine(c) {
    if (c.result === null)
        return '';
    const when = c.runAt ? `run ${c.runAt.slice(0, 10)}${c.ageDays !== null ? `, ${c.ageDays} day(s) ago` : ''}${c.stale ? ', stale' : ''}` : 'no run time';
    const level = c.evaluatedLevel === null ? 'level not known' : `Level ${c.evaluatedLevel} scan`;
    return `${c.result} (${when}; ${level})`;
}
/** The job summary's section; empty when the result has no hub sub-check (older documents). */
function hubMarkdown(result) {
    const verdict = hubVerdict(result);
    if (verdict === null)
        return [];
    const defender = result.objectives.find((o) => o.id === 'defender');
    const check = defender?.checks.find((c) => c.id === HUB_CHECK_ID);
    const c = result.hubComparison;
    const lines = [`### Defender on the grc.store hub: ${ICON[verdict]} ${verdict}`, ''];
    if (!c) {
        if (check?.missing)
            lines.push((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(check.missing, 600), '');
    }
    else {
        const name = `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(c.target, 200)} on ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(c.hub, 60)}`;
        const link = page(c);
        const head = link ? `[${name}](${link})` : name;
        const run = runLine(c);
        lines.push(`${head}${run ? `: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(run, 200)}` : ''}. Published by job ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(c.source.job, 100)} in ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(c.source.path, 200)}:${c.source.line}.`, '');
        const todo = verdict === 'unknown' && c.reason ? [c.reason] : c.missing;
        for (const m of todo.slice(0, MAX_MISSING))
            lines.push(`- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(m, 600)}`);
        if (todo.length > MAX_MISSING)
            lines.push(`- and ${todo.length - MAX_MISSING} more in the result file`);
        if (todo.length > 0)
            lines.push('');
    }
    lines.push(`_Defender's status above is this evaluation's, the one the signed result carries; since Fall 2026 the event judges Defender by the hub's published result, shown here._`, '');
    if (!c || c.requirements.length === 0)
        return lines;
    // Requirement ids of our own result are catalog ids; anything else is escaped like any text.
    const help = new Map(result.controls.map((x) => [x.id, x.helpUri]));
    const idText = (id) => (help.has(id) ? id : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(id, 20));
    if (c.disagreements.length === 0) {
        lines.push(`No disagreement between this evaluation and the hub on the ${c.requirements.length} requirements at Level ${result.level}.`, '');
    }
    else {
        lines.push(`**Where we and the hub disagree** (${c.disagreements.length} of the ${c.requirements.length} requirements at Level ${result.level}):`, '');
        lines.push('| Requirement | This evaluation | Hub | Likely reason |', '| --- | --- | --- | --- |');
        for (const d of c.disagreements.slice(0, MAX_DISAGREEMENTS)) {
            const id = help.has(d.id) ? `[${d.id}](${help.get(d.id)})` : idText(d.id);
            const hub = d.hub === null ? 'absent' : `${HUB_ICON[d.hub] ?? ''} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(d.hub, 20)}`;
            const said = d.hubMessage ? `<br>hub: \u201c${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(d.hubMessage, 200)}\u201d` : '';
            lines.push(`| ${id} | ${STATUS_ICON[d.ours] ?? ''} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(d.ours, 20)} | ${hub} | **${REASON_TEXT[d.reason] ?? 'the checks differ'}**: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(d.detail, 300)}${said} |`);
        }
        lines.push('');
    }
    const unobserved = unobservedHere(c);
    if (unobserved.length > 0)
        lines.push(`${unobserved.length} requirement(s) we could not observe here have a result on the hub: ${unobserved.map((r) => `${idText(r.id)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(r.hub ?? '', 20)})`).join(', ')}.`, '');
    lines.push(`<details><summary>Side by side: the ${c.requirements.length} requirements at Level ${result.level}</summary>`, '');
    lines.push('| Requirement | This evaluation | Hub |', '| --- | --- | --- |');
    for (const r of c.requirements)
        lines.push(`| ${idText(r.id)} | ${STATUS_ICON[r.ours] ?? ''} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(r.ours, 20)} | ${r.hub === null ? 'absent' : `${HUB_ICON[r.hub] ?? ''} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(r.hub, 20)}`} |`);
    lines.push('', '</details>', '');
    return lines;
}
/** The terminal report's lines; empty when the result has no hub sub-check. */
function hubText(result, paint) {
    const verdict = hubVerdict(result);
    if (verdict === null)
        return [];
    const colour = verdict === 'met' ? 'green' : verdict === 'unknown' ? 'dim' : verdict === 'partial' ? 'yellow' : 'red';
    const c = result.hubComparison;
    const check = result.objectives.find((o) => o.id === 'defender')?.checks.find((x) => x.id === HUB_CHECK_ID);
    if (!c)
        return [`  grc.store hub (Defender since Fall 2026): ${paint(colour, verdict)}${check?.missing ? `: ${clean(check.missing)}` : ''}`];
    const link = page(c);
    const run = runLine(c);
    const lines = [`  grc.store hub (Defender since Fall 2026): ${paint(colour, verdict)} \u00b7 ${clean(c.target)} on ${clean(c.hub)}${run ? `: ${clean(run)}` : ''}${link ? ` \u00b7 ${link}` : ''}`];
    const todo = verdict === 'unknown' && c.reason ? [c.reason] : c.missing;
    for (const m of todo.slice(0, MAX_MISSING))
        lines.push(`     - ${clean(m)}`);
    if (c.requirements.length > 0) {
        lines.push(`     ${c.disagreements.length} disagreement(s) with the hub on the ${c.requirements.length} requirements at Level ${result.level}${c.disagreements.length > 0 ? ':' : ''}`);
        for (const d of c.disagreements.slice(0, MAX_DISAGREEMENTS)) {
            lines.push(`     ${d.id}: ours ${d.ours.toUpperCase()}, hub ${clean(d.hub ?? 'absent')}: ${REASON_TEXT[d.reason] ?? 'the checks differ'}: ${clean(d.detail)}`);
            if (d.hubMessage)
                lines.push(paint('dim', `       hub: "${clean(d.hubMessage)}"`));
        }
        const unobserved = unobservedHere(c);
        if (unobserved.length > 0)
            lines.push(`     ${unobserved.length} we could not observe here have a result on the hub: ${unobserved.map((r) => `${clean(r.id)} (${clean(r.hub ?? '')})`).join(', ')}`);
    }
    return lines;
}
/** Requirements we could not observe (no token, offline) that the hub's scan ran. */
function unobservedHere(c) {
    return c.requirements.filter((r) => r.ours === 'unknown' && r.hub !== null && r.hub !== 'Not Run');
}
function clean(s) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .stripControl */ .kU)(s).replace(/\s+/g, ' ').trim();
}


/***/ })

};
