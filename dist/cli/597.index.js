export const id = 597;
export const ids = [597];
export const modules = {

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

/***/ 9597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  render: () => (/* binding */ render)
});

// UNUSED EXPORTS: FORMATS

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/catalog/catalog.ts + 1 modules
var catalog = __webpack_require__(7636);
// EXTERNAL MODULE: ./src/catalog/gemara.ts
var gemara = __webpack_require__(5132);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
;// CONCATENATED MODULE: ./src/reporters/gemara.ts
// The result as a Gemara EvaluationLog (v1.4.1, stable), the format the Privateer OSPS Baseline
// scanner writes and grc.store accepts: one ControlEvaluation per Baseline control, one
// AssessmentLog per requirement, every requirement of the catalog logged. Requirements above the
// evaluated level and retired ids are logged `Not Run`, as the Privateer scanner logs them, so a
// reader sees the whole catalog. Shape: schemas/gemara-evaluationlog.schema.json; the mapping from
// our statuses is explained in docs/gemara.md.




/** The Gemara version whose schemas the log follows. */
const GEMARA_VERSION = '1.4.1';
/**
 * Our status -> Gemara result. `attested` is Needs Review: the project states it (in Security
 * Insights, with a link), a person can check it, no machine verified it. `unknown` is Unknown:
 * we could not observe it here (no token, offline, an API failure), which says nothing either way.
 */
const GEMARA_RESULT = {
    pass: 'Passed',
    fail: 'Failed',
    attested: 'Needs Review',
    unknown: 'Unknown',
    'not-applicable': 'Not Applicable',
};
/** Evidence kind -> Gemara evidence type (an open enum: short labels for a reader). */
const EVIDENCE_TYPE = {
    file: 'repository-file',
    workflow: 'workflow-file',
    api: 'api-response',
    'security-insights': 'security-insights-field',
    git: 'git-metadata',
    note: 'note',
};
const MAX_EVIDENCE = 20;
const MAX_TEXT = 2000;
const REPOSITORY = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;
function toGemaraEvaluationLog(result) {
    const at = result.generatedAt;
    const byId = new Map(result.controls.map((c) => [c.id, c]));
    const repo = result.subject.repository && REPOSITORY.test(result.subject.repository) ? result.subject.repository : null;
    const commit = result.subject.commit && /^[0-9a-f]{40}$/.test(result.subject.commit) ? result.subject.commit : null;
    const rows = [
        ...catalog/* REQUIREMENTS */.dq.map((r) => ({ id: r.id, control: r.control, log: assessed(r, byId.get(r.id), result.level, at) })),
        ...catalog/* RETIRED_REQUIREMENTS */.hr.map((r) => ({ id: r.id, control: r.control, log: retired(r.id, r.note, at) })),
    ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const byControl = new Map();
    for (const row of rows) {
        const list = byControl.get(row.control) ?? [];
        list.push(row.log);
        byControl.set(row.control, list);
    }
    const evaluations = [...byControl].map(([control, logs]) => {
        const worst = (0,gemara/* rollUp */.F3)(logs.map((l) => l.result));
        // The control's message is that of its first assessment with the rolled-up result, as go-gemara does.
        const message = logs.find((l) => l.result === worst)?.message ?? '';
        return { name: control, result: worst, message, control: { 'reference-id': catalog/* CATALOG_ID */.Kc, 'entry-id': control }, 'assessment-logs': logs };
    });
    const subject = repo ?? 'a local checkout';
    return {
        metadata: {
            id: `security-slam_${repo ? repo.replace('/', '-').toLowerCase() : 'local'}_${catalog/* CATALOG_ID */.Kc}`,
            type: 'EvaluationLog',
            'gemara-version': GEMARA_VERSION,
            version: runVersion(at),
            date: at,
            description: `Security Slam evaluation of ${subject}${commit ? ` at ${commit.slice(0, 12)}` : ''} against OSPS Baseline ${catalog/* CATALOG_VERSION */.$i} at Maturity Level ${result.level}; requirements above Level ${result.level} and retired ids are logged Not Run.`,
            author: { id: 'security-slam', name: result.tool.name, type: 'Software', version: result.tool.version, uri: httpUri(result.tool.informationUri) ?? version/* TOOL_URI */.qH },
            'mapping-references': [
                {
                    id: catalog/* CATALOG_ID */.Kc,
                    title: 'Open Source Project Security Baseline',
                    version: catalog/* CATALOG_VERSION */.$i,
                    url: catalog/* CATALOG_URL */.g2,
                    description: 'The OpenSSF OSPS Baseline control catalog; each control evaluation maps to one of its controls and each assessment to one of its requirements.',
                },
            ],
            'applicability-groups': gemara/* MATURITY_GROUPS */.Jv.map((g) => ({ ...g })),
        },
        target: {
            id: repo ? `github.com/${repo}` : 'local-checkout',
            name: repo ?? 'local checkout',
            type: 'Software',
            ...(commit ? { version: commit } : {}),
            description: `The repository${result.subject.ref ? ` at ${oneLine(result.subject.ref, 200)}` : ''}${commit ? ` (commit ${commit})` : ''}.`,
            ...(repo ? { uri: `https://github.com/${repo}` } : {}),
        },
        result: (0,gemara/* rollUp */.F3)(evaluations.map((e) => e.result)),
        evaluations,
    };
}
function assessed(r, c, level, at) {
    const base = {
        requirement: { 'reference-id': catalog/* CATALOG_ID */.Kc, 'entry-id': r.id },
        description: c?.title ?? r.title,
        applicability: r.listedLevels.map((l) => (0,gemara/* maturityId */.RT)(l)),
        steps: [`security-slam/rules/${r.id}`],
    };
    if (r.level > level) {
        return { ...base, result: 'Not Run', message: `Not evaluated: the requirement applies from Maturity Level ${r.level}; this evaluation is at Level ${level}.`, 'steps-executed': 0, start: at };
    }
    if (!c) {
        return { ...base, result: 'Unknown', message: 'The requirement is missing from the result document.', 'steps-executed': 0, start: at };
    }
    const log = { ...base, result: GEMARA_RESULT[c.status], message: messageOf(c), 'steps-executed': 1, start: at, end: at };
    if (c.remediation && c.status !== 'pass')
        log.recommendation = oneLine(c.remediation, MAX_TEXT);
    const evidence = c.evidence.slice(0, MAX_EVIDENCE).map((e, i) => evidenceOf(c.id, e, i, at));
    if (evidence.length > 0)
        log.evidence = evidence;
    return log;
}
function retired(id, note, at) {
    return {
        requirement: { 'reference-id': catalog/* CATALOG_ID */.Kc, 'entry-id': id },
        description: `Retired requirement identifier (${oneLine(note, 200)}).`,
        result: 'Not Run',
        message: `Not evaluated: ${id} is retired in OSPS Baseline ${catalog/* CATALOG_VERSION */.$i}; logged for visibility only, as the Privateer scanner logs it.`,
        // The Privateer scanner marks retired ids with every level; the catalog marks them `retired`.
        applicability: gemara/* MATURITY_GROUPS */.Jv.map((g) => g.id),
        steps: ['security-slam/retired'],
        'steps-executed': 0,
        start: at,
    };
}
function messageOf(c) {
    const details = c.evidence.map((e) => oneLine(e.detail, 400)).filter((d) => d !== '');
    if (details.length === 0)
        return `${GEMARA_RESULT[c.status]} (${c.status}).`;
    return oneLine(details.slice(0, 3).join('; ') + (details.length > 3 ? `; and ${details.length - 3} more` : ''), MAX_TEXT);
}
function evidenceOf(requirement, e, index, at) {
    const payload = {};
    if (e.path)
        payload.path = oneLine(e.path, 500);
    if (e.line !== undefined)
        payload.line = e.line;
    if (e.column !== undefined)
        payload.column = e.column;
    if (e.url)
        payload.url = oneLine(e.url, 1000);
    const out = { id: `${requirement}/evidence-${index + 1}`, type: EVIDENCE_TYPE[e.kind] ?? 'note', 'collected-at': at, description: oneLine(e.detail, MAX_TEXT) };
    if (Object.keys(payload).length > 0)
        out.payload = payload;
    return out;
}
/** The run's version label: its time in the basic ISO 8601 form grc.store uses in log versions. */
function runVersion(at) {
    const d = new Date(at);
    return Number.isNaN(d.getTime()) ? at : d.toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
}
function httpUri(u) {
    return /^https?:\/\/[^\s]+$/.test(u) ? u : null;
}
/** One line, no control characters, at most `max` characters. */
function oneLine(s, max) {
    const t = s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g, ' ').replace(/\s+/g, ' ').trim();
    return t.length > max ? `${t.slice(0, max - 1)}\u2026` : t;
}
/** YAML, quoted wherever a YAML 1.1 reader (many Go and Python tools) would read a string as something else. */
function toGemaraYaml(result) {
    return (0,dist/* stringify */.As)(toGemaraEvaluationLog(result), { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false });
}
function toGemaraJson(result) {
    return JSON.stringify(toGemaraEvaluationLog(result), null, 2) + '\n';
}

// EXTERNAL MODULE: ./src/facts/text.ts
var facts_text = __webpack_require__(3928);
// EXTERNAL MODULE: ./src/model/web-url.ts
var web_url = __webpack_require__(155);
;// CONCATENATED MODULE: ./src/reporters/escape.ts
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
    let s = cut(escape_oneLine(text), max);
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
function escape_safeUrl(url) {
    const u = url.length > MAX_URL ? null : (0,web_url/* parseWebUrl */.B)(url);
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
    const server = escape_safeUrl((0,facts_text/* trimEnd */.s8)(links.serverUrl, '/') + '/');
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
    const href = escape_safeUrl(url);
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
    for (const seg of segments(escape_oneLine(text).slice(0, 2 * max + 16), withCode)) {
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
            out += escape_safeUrl(seg.value) ? mdLink(textOf(seg.value), seg.value) : unlinked(seg.value);
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
function escape_oneLine(text) {
    return stripControl(text).replace(/\s+/g, ' ').trim();
}
function cut(s, max) {
    return s.length > max ? s.slice(0, Math.max(0, max - 1)) + '\u2026' : s;
}
/** Removes terminal escape sequences and other control characters (for the terminal report). */
function stripControl(text) {
    return text.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, ' ');
}

// EXTERNAL MODULE: ./src/facts/grc-hub/links.ts
var links = __webpack_require__(4281);
;// CONCATENATED MODULE: ./src/reporters/hub-comparison.ts
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
    return c.page && (0,links/* isOnHub */.pn)(c.page, c.hub) ? c.page : null;
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
            lines.push(escapeMarkdown(check.missing, 600), '');
    }
    else {
        const name = `${escapeMarkdown(c.target, 200)} on ${escapeMarkdown(c.hub, 60)}`;
        const link = page(c);
        const head = link ? `[${name}](${link})` : name;
        const run = runLine(c);
        lines.push(`${head}${run ? `: ${escapeMarkdown(run, 200)}` : ''}. Published by job ${escapeMarkdown(c.source.job, 100)} in ${escapeMarkdown(c.source.path, 200)}:${c.source.line}.`, '');
        const todo = verdict === 'unknown' && c.reason ? [c.reason] : c.missing;
        for (const m of todo.slice(0, MAX_MISSING))
            lines.push(`- ${escapeMarkdown(m, 600)}`);
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
    const idText = (id) => (help.has(id) ? id : escapeMarkdown(id, 20));
    if (c.disagreements.length === 0) {
        lines.push(`No disagreement between this evaluation and the hub on the ${c.requirements.length} requirements at Level ${result.level}.`, '');
    }
    else {
        lines.push(`**Where we and the hub disagree** (${c.disagreements.length} of the ${c.requirements.length} requirements at Level ${result.level}):`, '');
        lines.push('| Requirement | This evaluation | Hub | Likely reason |', '| --- | --- | --- | --- |');
        for (const d of c.disagreements.slice(0, MAX_DISAGREEMENTS)) {
            const id = help.has(d.id) ? `[${d.id}](${help.get(d.id)})` : idText(d.id);
            const hub = d.hub === null ? 'absent' : `${HUB_ICON[d.hub] ?? ''} ${escapeMarkdown(d.hub, 20)}`;
            const said = d.hubMessage ? `<br>hub: \u201c${escapeMarkdown(d.hubMessage, 200)}\u201d` : '';
            lines.push(`| ${id} | ${STATUS_ICON[d.ours] ?? ''} ${escapeMarkdown(d.ours, 20)} | ${hub} | **${REASON_TEXT[d.reason] ?? 'the checks differ'}**: ${escapeMarkdown(d.detail, 300)}${said} |`);
        }
        lines.push('');
    }
    const unobserved = unobservedHere(c);
    if (unobserved.length > 0)
        lines.push(`${unobserved.length} requirement(s) we could not observe here have a result on the hub: ${unobserved.map((r) => `${idText(r.id)} (${escapeMarkdown(r.hub ?? '', 20)})`).join(', ')}.`, '');
    lines.push(`<details><summary>Side by side: the ${c.requirements.length} requirements at Level ${result.level}</summary>`, '');
    lines.push('| Requirement | This evaluation | Hub |', '| --- | --- | --- |');
    for (const r of c.requirements)
        lines.push(`| ${idText(r.id)} | ${STATUS_ICON[r.ours] ?? ''} ${escapeMarkdown(r.ours, 20)} | ${r.hub === null ? 'absent' : `${HUB_ICON[r.hub] ?? ''} ${escapeMarkdown(r.hub, 20)}`} |`);
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
    return stripControl(s).replace(/\s+/g, ' ').trim();
}

;// CONCATENATED MODULE: ./src/reporters/counts.ts
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

;// CONCATENATED MODULE: ./src/reporters/markdown.ts




// GitHub refuses job summaries over 1 MiB. Each part after the head stops at its share of the
// budget, which leaves room for the parts after it and for the closing lines (a few hundred bytes).
const BUDGET_BYTES = 900 * 1024;
const ATTENTION_BYTES = BUDGET_BYTES * 0.6;
const TABLE_BYTES = BUDGET_BYTES * 0.75;
const FINDINGS_BYTES = BUDGET_BYTES * 0.9;
const MAX_EVIDENCE_LINES = 8;
const markdown_ICON = {
    pass: '\u2705',
    fail: '\u274c',
    attested: '\ud83d\udcdd',
    unknown: '\u2754',
    'not-applicable': '\u2796',
};
/** Links to files at the evaluated commit, when the result names the repository and a full commit. */
function fileLinks(result, serverUrl, prefix = '') {
    const { repository, commit } = result.subject;
    if (!repository || !commit || !safeUrl(serverUrl))
        return undefined;
    return { serverUrl, repository, commit, prefix };
}
function toMarkdown(result, options = {}) {
    const w = new Writer();
    const ctx = options.files ? { files: options.files } : {};
    const cell = { ...ctx, cell: true };
    const where = `in ${options.resultFile ? mdCode(options.resultFile) : 'the result file'}`;
    const subject = [
        result.subject.repository ? repositoryText(result.subject.repository, options.files) : 'local checkout',
        result.subject.commit ? `commit ${commitText(result.subject.commit, options.files)}` : null,
        `OSPS Baseline ${escapeMarkdown(result.catalog.version)}`,
        `${escapeMarkdown(result.tool.name)} ${escapeMarkdown(result.tool.version)}`,
    ].filter(Boolean);
    // The head is bounded by construction (a few lists of at most 20 short lines); what follows is
    // added while it fits, each part leaving room for the next.
    w.push(`## Security Slam: OSPS Baseline Level ${result.level}`, '', subject.join(' \u00b7 '), '');
    w.push(...objectivesRow(result, ctx, where), '');
    w.push(...nextStepBlock(result, ctx), '');
    w.push(`Level ${result.level} ${LEVEL_SOURCE[result.levelSource]}.`, '');
    w.push(...levelTable(result, ctx), '');
    w.push(...insightsBlock(result, ctx, where), '');
    w.push(...hubMarkdown(result));
    if (!result.run.hasToken || result.run.offline)
        w.push(`> [!NOTE]\n> ${result.run.offline ? 'Offline run' : 'No GitHub token'}: requirements that need the GitHub API are reported unknown.`, '');
    const attention = result.controls.filter((c) => c.status === 'fail' || c.status === 'unknown');
    attention.sort((a, b) => rank(a) - rank(b) || a.level - b.level || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)); // ids are ASCII: OSPS-AC-01.01
    if (attention.length > 0) {
        w.push(`### Needs attention (${attention.length})`, '');
        const fails = attention.filter((c) => c.status === 'fail').length;
        let shown = 0;
        while (shown < attention.length && w.pushWithin(ATTENTION_BYTES, ...controlBlock(attention[shown], ctx, where)))
            shown++;
        if (shown < attention.length)
            w.push(`_${attention.length - shown} more not shown to keep this summary under GitHub's size limit (${attention.slice(shown).map((c) => c.id).join(', ')}); each is ${where} and in the SARIF report._`, '');
        if (fails === 0)
            w.push('Nothing fails; the unknowns above say what would decide them.', '');
    }
    const rest = result.controls.filter((c) => c.status !== 'fail' && c.status !== 'unknown');
    if (rest.length > 0) {
        w.push(`<details><summary>Passing, attested and not applicable (${rest.length})</summary>`, '');
        w.push('| Requirement | Level | Status | Evidence |', '| --- | --- | --- | --- |');
        let shown = 0;
        for (const c of rest) {
            const ev = c.evidence.slice(0, MAX_TABLE_EVIDENCE).map((e) => evidenceText(e, cell));
            if (c.evidence.length > MAX_TABLE_EVIDENCE)
                ev.push(`and ${c.evidence.length - MAX_TABLE_EVIDENCE} more ${where}`);
            if (!w.pushWithin(TABLE_BYTES, `| ${mdLink(c.id, c.helpUri)} ${escapeMarkdown(c.title, 120)} | ${c.level} | ${markdown_ICON[c.status]} ${c.status} | ${ev.join('<br>')} |`))
                break;
            shown++;
        }
        if (shown < rest.length)
            w.push(`| \u2026 | | | ${rest.length - shown} more not shown to stay under the size limit; each is ${where} |`);
        w.push('', '</details>', '');
    }
    if (result.findings.length > 0) {
        w.push(`<details><summary>Hardening findings (${countedList(result.findings.length, countBySeverity(result.findings.map((f) => f.severity)))})</summary>`, '');
        let shown = 0;
        for (const f of result.findings.slice(0, MAX_FINDINGS_SHOWN)) {
            if (!w.pushWithin(FINDINGS_BYTES, `- ${SEVERITY_ICON[f.severity] ?? ''} ${place(f.path, f.line, ctx)}: ${mdRich(f.message, ctx, 300)}`))
                break;
            shown++;
        }
        if (result.findings.length > shown)
            w.push(`- and ${result.findings.length - shown} more ${where} (warnings also in the SARIF report)`);
        w.push('', '</details>', '');
    }
    if (result.notes.length > 0) {
        w.push(`<details><summary>Notes while reading the repository (${result.notes.length})</summary>`, '');
        let shown = 0;
        for (const n of result.notes.slice(0, MAX_NOTES_SHOWN)) {
            if (!w.pushWithin(BUDGET_BYTES, `- ${place(n.path, undefined, ctx)}: ${mdRich(n.detail, ctx, 200)}`))
                break;
            shown++;
        }
        if (result.notes.length > shown)
            w.push(`- and ${result.notes.length - shown} more ${where}`);
        w.push('', '</details>', '');
    }
    return w.lines.join('\n');
}
const MAX_TABLE_EVIDENCE = 3;
const MAX_FINDINGS_SHOWN = 100;
const MAX_NOTES_SHOWN = 50;
const MAX_MISSING_SHOWN = 8;
const SEVERITY_ICON = { error: '\u274c', warning: '\u26a0\ufe0f', note: '\u2139\ufe0f', info: '\u2139\ufe0f' };
/** A place named by evidence: a path of the repository (linked when possible), a URL (linked when https), anything else as code. */
function place(path, line, ctx) {
    if (inRepository(path))
        return mdPath(path, line, ctx);
    if (escape_safeUrl(path))
        return mdRich(path, ctx, 300);
    return mdCode(`${path}${line ? `:${line}` : ''}`, ctx, 200);
}
function repositoryText(repository, files) {
    return files && files.repository === repository ? mdLink(escapeMarkdown(repository), `${(0,facts_text/* trimEnd */.s8)(files.serverUrl, '/')}/${repository}`) : escapeMarkdown(repository);
}
function commitText(commit, files) {
    const short = mdCode(commit.slice(0, 12));
    return files && files.commit === commit ? mdLink(short, `${(0,facts_text/* trimEnd */.s8)(files.serverUrl, '/')}/${files.repository}/commit/${commit}`) : short;
}
/** Lines with a running byte count, so that each part of the summary can stop at its share. */
class Writer {
    lines = [];
    bytes = 0;
    push(...lines) {
        for (const l of lines)
            this.lines.push(l);
        this.bytes += byteLength(lines);
    }
    /** Adds the lines when the summary stays within `limit` bytes with them; false (nothing added) when not. */
    pushWithin(limit, ...lines) {
        const size = byteLength(lines);
        if (this.bytes + size > limit)
            return false;
        this.lines.push(...lines);
        this.bytes += size;
        return true;
    }
}
function levelTable(result, ctx) {
    const rows = ['| Level | Pass | Fail | Unknown | Attested | Not applicable |', '| --- | --- | --- | --- | --- | --- |'];
    for (const s of result.summary) {
        const state = s.fail > 0 ? '\u274c' : s.unknown > 0 ? '\u2754' : '\u2705';
        rows.push(`| ${state} Level ${s.level}: ${s.pass} of ${s.total} pass, ${s.fail} fail, ${s.unknown} unknown | ${s.pass} | ${s.fail} | ${s.unknown} | ${s.attested} | ${s['not-applicable']} |`);
    }
    const byPermission = unknownsByPermission(result);
    if (byPermission.length > 0) {
        rows.push('', '**What would turn unknowns into answers:**', '');
        for (const [what, ids] of byPermission)
            rows.push(`- ${mdRich(what, ctx, 200)}: ${ids.join(', ')}`);
    }
    return rows;
}
/** Groups unknown requirements by what would decide them (a token permission, a token, a deeper checkout). */
function unknownsByPermission(result) {
    const groups = new Map();
    for (const c of result.controls) {
        if (c.status !== 'unknown')
            continue;
        const text = c.evidence.map((e) => e.detail).join(' ');
        let key = null;
        const perm = /a token with (.+?) would decide it/.exec(text);
        if (perm)
            key = `a token with ${perm[1]}`;
        else if (/\b(no token|offline run)\b/.test(text))
            key = result.run.offline ? 'an online run with a token' : 'a GitHub token (the workflow token is enough for public repositories)';
        else if (/fetch-depth: 0/.test(text))
            key = 'a full checkout (`actions/checkout` with `fetch-depth: 0`)';
        if (!key)
            continue;
        const list = groups.get(key) ?? [];
        list.push(c.id);
        groups.set(key, list);
    }
    return [...groups.entries()];
}
const MAX_DIAGNOSTICS_SHOWN = 20;
const LEVEL_SOURCE = {
    input: 'was chosen by the `level` input',
    config: 'comes from the project\'s `security-slam.yml`',
    default: 'is the default: set `level` or add `.github/security-slam.yml` to choose another',
};
const OBJECTIVE_ICON = { met: '\u2705', partial: '\ud83d\udfe1', unmet: '\u274c', unknown: '\u2754' };
/** The six objectives in one row: where the project stands at a glance. */
function objectivesRow(result, ctx, where) {
    if (result.objectives.length === 0)
        return [];
    const head = `| ${result.objectives.map((o) => o.title.split(':')[0]).join(' | ')} |`;
    const sep = `| ${result.objectives.map(() => '---').join(' | ')} |`;
    const hub = hubVerdict(result);
    // Defender's cell also shows the hub's verdict, which the event judges Defender by since Fall 2026.
    const cell = (o) => `${OBJECTIVE_ICON[o.status] ?? ''} ${o.status}${o.id === 'defender' && hub ? `<br>hub: ${OBJECTIVE_ICON[hub]} ${hub}` : ''}`;
    const row = `| ${result.objectives.map(cell).join(' | ')} |`;
    const lines = [head, sep, row];
    const detail = result.objectives.filter((o) => o.status !== 'met' && o.missing.length > 0);
    if (detail.length > 0) {
        lines.push('', '<details><summary>What each objective is missing</summary>', '');
        for (const o of detail) {
            lines.push(`- **${escapeMarkdown(o.title.split(':')[0], 60)}** (${o.status}):`);
            for (const m of o.missing.slice(0, MAX_MISSING_SHOWN))
                lines.push(`  - ${mdRich(m, ctx, 400)}`);
            if (o.missing.length > MAX_MISSING_SHOWN)
                lines.push(`  - and ${o.missing.length - MAX_MISSING_SHOWN} more ${where}`);
        }
        lines.push('', '</details>');
    }
    lines.push('', '_Organizers award badges; this report shows the evidence._');
    return lines;
}
/** Exactly one next step: the first objective in the event's order that is not met. */
function nextStepBlock(result, ctx) {
    const n = result.nextStep;
    if (!n)
        return result.objectives.length > 0 ? ['**Next step:** none: every objective is met.'] : [];
    const lines = [`### Next step: ${escapeMarkdown(n.title.split(':')[0], 80)}`, ''];
    n.actions.forEach((a, i) => {
        const link = a.requirement && a.helpUri ? ` (${mdLink(escapeMarkdown(a.requirement), a.helpUri)})` : '';
        lines.push(`${i + 1}. ${mdRich(a.text, ctx, 500)}${link}`);
    });
    return lines;
}
function insightsBlock(result, ctx, where) {
    const si = result.securityInsights;
    if (!si)
        return ['**Security Insights:** \u274c no `security-insights.yml` found (at the root or in `.github/`). `slam insights init` drafts one.'];
    const counts = countBySeverity(si.diagnostics.map((d) => d.severity));
    const state = si.legacy ? '\u274c legacy schema 1.0.0, does not meet the current 2.x schema' : si.valid ? '\u2705 valid' : '\u274c not valid';
    const version = si.schemaVersion ? `schema ${escapeMarkdown(si.schemaVersion, 40)}` : 'no schema version';
    const lines = [`**Security Insights:** ${place(si.path, undefined, ctx)} (${version}): ${state}; ${severityCounts(counts, true)}`];
    // Errors first, then warnings, then notes.
    const order = { error: 0, warning: 1, info: 2 };
    const shown = [...si.diagnostics].sort((a, b) => order[a.severity] - order[b.severity]).slice(0, MAX_DIAGNOSTICS_SHOWN);
    if (shown.length > 0) {
        lines.push('');
        for (const d of shown)
            lines.push(`- ${SEVERITY_ICON[d.severity]} ${place(d.path, d.line > 0 ? d.line : undefined, ctx)}: ${mdRich(d.message, ctx, 400)}`);
        if (si.diagnostics.length > shown.length)
            lines.push(`- and ${si.diagnostics.length - shown.length} more ${where} (and in the SARIF report)`);
    }
    return lines;
}
function controlBlock(c, ctx, where) {
    const lines = [`#### ${markdown_ICON[c.status]} ${mdLink(c.id, c.helpUri)}: ${escapeMarkdown(c.title, 200)}`, ''];
    for (const e of c.evidence.slice(0, MAX_EVIDENCE_LINES))
        lines.push(`- ${evidenceText(e, ctx)}`);
    if (c.evidence.length > MAX_EVIDENCE_LINES)
        lines.push(`- and ${c.evidence.length - MAX_EVIDENCE_LINES} more ${where}`);
    if (c.remediation)
        lines.push(`- **What to do:** ${mdRich(c.remediation, ctx, 600)}`);
    lines.push('');
    return lines;
}
function evidenceText(e, ctx) {
    const at = e.path ? `${place(e.path, e.line, ctx)}: ` : '';
    // The source's URL is shown as itself (it may come from the repository's own files).
    const source = e.url && escape_safeUrl(e.url) && !e.detail.includes(e.url) ? ` (${mdRich(e.url, ctx, 300)})` : '';
    return `${at}${mdRich(e.detail, ctx, 300)}${source}`;
}
function rank(c) {
    return c.status === 'fail' ? 0 : 1;
}
function byteLength(lines) {
    let n = 0;
    for (const l of lines)
        n += Buffer.byteLength(l) + 1;
    return n;
}

;// CONCATENATED MODULE: ./src/reporters/sarif-help.ts
// The example in each SARIF rule's help: a short snippet of the file the fix touches, to adapt.
// Placeholders are <owner>, <repo>, <commit-sha> and security@example.org, which our own checks
// treat as unfilled, so a snippet pasted as it is never passes. The same shape as the advice snippets
// (a file, and a document section or YAML to add), so that one list can serve both.
const SECURITY_CONTACT = {
    file: 'SECURITY.md',
    language: 'markdown',
    text: `## Reporting a vulnerability

Please do not open a public issue. Report it privately through
[private vulnerability reporting](https://github.com/<owner>/<repo>/security/advisories/new)
or by e-mail to security@example.org. We acknowledge reports within 3 business days.`,
};
const DISCLOSURE = {
    file: 'SECURITY.md',
    language: 'markdown',
    text: `## Coordinated disclosure

Report privately through [private vulnerability reporting](https://github.com/<owner>/<repo>/security/advisories/new).
We acknowledge a report within 3 business days, agree on a fix with the reporter, and publish a
fix and an advisory within 90 days of the report.`,
};
const SUPPORT = {
    file: 'SECURITY.md',
    language: 'markdown',
    text: `## Supported versions

| Version | Support |
| --- | --- |
| 2.x | bug and security fixes |
| 1.x | security fixes until 2026-06-30, then none |`,
};
const INSIGHTS_REPOSITORIES = {
    file: 'security-insights.yml',
    language: 'yaml',
    text: `project:
  homepage: https://<owner>.github.io/<repo>
  repositories:
    - name: <repo>
      url: https://github.com/<owner>/<repo>
      comment: The source code, documentation and releases.`,
};
const INSIGHTS_DISTRIBUTION = {
    file: 'security-insights.yml',
    language: 'yaml',
    text: `repository:
  release:
    automated-pipeline: true
    distribution-points:
      - uri: https://github.com/<owner>/<repo>/releases
        comment: GitHub Releases`,
};
const LEAST_PERMISSIONS = {
    file: '.github/workflows/ci.yml',
    language: 'yaml',
    text: `permissions: {}          # nothing by default
jobs:
  test:
    runs-on: ubuntu-latest
    permissions:
      contents: read       # only what this job needs`,
};
const UNTRUSTED_INPUT = {
    file: '.github/workflows/ci.yml',
    language: 'yaml',
    text: `      - name: Greet
        env:
          TITLE: \${{ github.event.pull_request.title }}
        run: echo "$TITLE"      # never \${{ ... }} inside run:`,
};
const UNPRIVILEGED_PR = {
    file: '.github/workflows/ci.yml',
    language: 'yaml',
    text: `on: pull_request          # not pull_request_target: no secrets, a read-only token
permissions:
  contents: read`,
};
const TESTS_IN_CI = {
    file: '.github/workflows/ci.yml',
    language: 'yaml',
    text: `on: [push, pull_request]
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@<commit-sha> # v4
      - run: make test`,
};
const DEPENDENCY_REVIEW = {
    file: '.github/workflows/dependency-review.yml',
    language: 'yaml',
    text: `on: pull_request
permissions:
  contents: read
jobs:
  dependency-review:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@<commit-sha> # v4
      - uses: actions/dependency-review-action@<commit-sha> # v4
        with:
          fail-on-severity: high`,
};
const SAST = {
    file: '.github/workflows/codeql.yml',
    language: 'yaml',
    text: `on: [push, pull_request]
permissions:
  contents: read
  security-events: write
jobs:
  analyze:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@<commit-sha> # v4
      - uses: github/codeql-action/init@<commit-sha> # v3
      - uses: github/codeql-action/analyze@<commit-sha> # v3`,
};
const section = (file, heading, body) => ({ file, language: 'markdown', text: `## ${heading}\n\n${body}` });
const EXAMPLES = {
    'OSPS-AC-04.01': LEAST_PERMISSIONS,
    'OSPS-AC-04.02': LEAST_PERMISSIONS,
    'OSPS-BR-01.01': UNTRUSTED_INPUT,
    'OSPS-BR-01.03': UNPRIVILEGED_PR,
    'OSPS-BR-01.04': UNTRUSTED_INPUT,
    'OSPS-BR-03.01': INSIGHTS_REPOSITORIES,
    'OSPS-BR-03.02': INSIGHTS_DISTRIBUTION,
    'OSPS-BR-04.01': section('CHANGELOG.md', '1.4.0 (2026-03-01)', '### Security\n\n- Fix path traversal in the archive reader (GHSA-xxxx-xxxx-xxxx).\n\n### Changed\n\n- `--output` accepts a folder.'),
    'OSPS-BR-07.02': section('SECURITY.md', 'Secrets and credentials', 'Publishing tokens and signing keys are GitHub Actions environment secrets. Only maintainers can read or change them; they are rotated every year and whenever a maintainer leaves.'),
    'OSPS-DO-01.01': section('README.md', 'Getting started', 'Install with `npm install -g <repo>`, then run `<repo> --help`. The user guide in docs/guide.md covers configuration.'),
    'OSPS-DO-02.01': section('CONTRIBUTING.md', 'Reporting bugs', 'Open an issue with the bug report template: what you did, what you expected, what happened, and the version. Report security problems as SECURITY.md says, not in an issue.'),
    'OSPS-DO-03.01': section('README.md', 'Verifying releases', 'Each release asset has a Sigstore bundle:\n\n```sh\ncosign verify-blob --bundle <repo>.tar.gz.sigstore.json \\\n  --certificate-identity-regexp "^https://github.com/<owner>/<repo>/" \\\n  --certificate-oidc-issuer https://token.actions.githubusercontent.com <repo>.tar.gz\n```'),
    'OSPS-DO-03.02': section('README.md', 'Who signs releases', 'Releases are built and signed by the release workflow of github.com/<owner>/<repo>; `gh attestation verify <asset> --repo <owner>/<repo>` shows the workflow and commit that produced an asset.'),
    'OSPS-DO-04.01': SUPPORT,
    'OSPS-DO-05.01': SUPPORT,
    'OSPS-DO-06.01': section('CONTRIBUTING.md', 'Dependency management', 'Propose a new dependency in the pull request that adds it, with why it is needed. Dependencies come from the public registry through the lock file; Dependabot opens updates weekly, and a maintainer reviews each one.'),
    'OSPS-DO-07.01': section('CONTRIBUTING.md', 'Building from source', 'You need Go 1.22 or newer and make. Clone the repository and run `make build`; the binary is written to bin/.'),
    'OSPS-GV-01.01': section('MAINTAINERS.md', 'Maintainers', 'These people can merge, release and read the repository secrets:\n\n- Ada Lovelace (@<handle>)\n- Alan Turing (@<handle>)'),
    'OSPS-GV-01.02': section('GOVERNANCE.md', 'Roles and responsibilities', 'Contributors propose changes through pull requests. Reviewers approve changes in the areas they know. Maintainers merge changes, cut releases and decide on the roadmap.'),
    'OSPS-GV-03.01': section('CONTRIBUTING.md', 'How to contribute', 'Open an issue to discuss a larger change first. Fork the repository, make your change on a branch and open a pull request against main; a maintainer reviews it within a week.'),
    'OSPS-GV-03.02': section('CONTRIBUTING.md', 'What a pull request needs', 'Tests for the change, `make lint` passing, one topic per pull request, and a commit message that says what and why. Every commit is signed off (`git commit -s`).'),
    'OSPS-GV-04.01': section('GOVERNANCE.md', 'Becoming a maintainer', 'A contributor with a record of reviewed contributions can be nominated by a maintainer; the maintainers decide by majority, and the new maintainer gets merge rights after a three-month review period.'),
    'OSPS-LE-01.01': section('CONTRIBUTING.md', 'Developer Certificate of Origin', 'Every commit carries a `Signed-off-by:` line (`git commit -s`), certifying the Developer Certificate of Origin (https://developercertificate.org). A check on each pull request enforces it.'),
    'OSPS-LE-02.02': { file: 'security-insights.yml', language: 'yaml', text: 'repository:\n  release:\n    license:\n      url: https://github.com/<owner>/<repo>/blob/main/LICENSE\n      expression: Apache-2.0' },
    'OSPS-QA-04.01': INSIGHTS_REPOSITORIES,
    'OSPS-QA-04.02': INSIGHTS_REPOSITORIES,
    'OSPS-QA-06.01': TESTS_IN_CI,
    'OSPS-QA-06.02': section('CONTRIBUTING.md', 'Running tests', 'Run `make test` before you open a pull request. CI runs the whole test suite on every pull request and on every push to main.'),
    'OSPS-QA-06.03': section('CONTRIBUTING.md', 'Tests', 'A pull request that changes behaviour adds or updates the tests that show it; a pull request without them is not merged.'),
    'OSPS-SA-02.01': section('README.md', 'Interfaces', 'The command line (`<repo> --help`), the configuration file (docs/config.md) and the HTTP API on port 8080 (docs/api.md) are the interfaces of a release.'),
    'OSPS-SA-03.01': section('docs/security/self-assessment.md', 'Self-assessment', 'Follow the OpenSSF security self-assessment template: metadata, overview, actors and actions, goals and non-goals, threats and how the project answers them.'),
    'OSPS-VM-01.01': DISCLOSURE,
    'OSPS-VM-02.01': SECURITY_CONTACT,
    'OSPS-VM-03.01': SECURITY_CONTACT,
    'OSPS-VM-04.01': section('SECURITY.md', 'Where vulnerabilities are published', 'Fixed vulnerabilities are published as GitHub security advisories at https://github.com/<owner>/<repo>/security/advisories, with a CVE when one is warranted.'),
    'OSPS-VM-05.01': section('SECURITY.md', 'Dependency vulnerabilities', 'A critical or high severity vulnerability in a dependency is fixed within 14 days of its advisory, medium within 90 days; an incompatible license is removed before the next release.'),
    'OSPS-VM-05.02': section('SECURITY.md', 'Before a release', 'No release is made while a known critical or high severity vulnerability in a dependency is open, unless a VEX statement shows that it does not affect the project.'),
    'OSPS-VM-05.03': DEPENDENCY_REVIEW,
    'OSPS-VM-06.01': section('SECURITY.md', 'Static analysis findings', 'A finding of high or critical severity blocks the merge until it is fixed; medium findings are fixed within 30 days. A maintainer reviews each false positive before it is dismissed.'),
    'OSPS-VM-06.02': SAST,
};
function helpExample(id) {
    return EXAMPLES[id];
}

;// CONCATENATED MODULE: ./src/reporters/severity.ts
// GitHub code scanning ranks alerts by `security-severity` (0.1-3.9 low, 4-6.9 medium,
// 7-8.9 high, 9+ critical). Our judgement of how directly each requirement guards the project.
const BY_FAMILY = { AC: 7.5, BR: 7.0, DO: 3.0, GV: 3.0, LE: 2.0, QA: 5.0, SA: 4.0, VM: 5.5 };
const BY_ID = {
    'OSPS-AC-01.01': 8.5,
    'OSPS-BR-01.01': 8.5,
    'OSPS-BR-01.03': 8.5,
    'OSPS-BR-07.01': 8.0,
    'OSPS-AC-04.02': 6.5,
    'OSPS-QA-05.01': 6.0,
    'OSPS-VM-02.01': 5.0,
    'OSPS-VM-03.01': 5.0,
};
function securitySeverity(id, family) {
    return (BY_ID[id] ?? BY_FAMILY[family] ?? 5.0).toFixed(1);
}

;// CONCATENATED MODULE: ./src/reporters/sarif.ts



/** Requirements whose evidence lists instances of the problem, each worth its own alert. */
const PER_INSTANCE = new Set(['OSPS-AC-04.01', 'OSPS-AC-04.02', 'OSPS-BR-01.01', 'OSPS-BR-01.03', 'OSPS-BR-01.04', 'OSPS-BR-07.01', 'OSPS-QA-05.01', 'OSPS-QA-05.02']);
function toSarif(result, options = {}) {
    const unknownAsNotes = options.unknownAsNotes ?? true;
    const maxPerRule = options.maxResultsPerRule ?? 50;
    const prefix = normalisePrefix(options.uriPrefix ?? '');
    const uri = (path) => toUri(path, prefix, options.nameBytes);
    const cuts = [];
    const rules = result.controls.map((c) => ruleFor(c));
    const results = [];
    result.controls.forEach((c, ruleIndex) => {
        if (c.status === 'fail')
            results.push(...resultsFor(c, ruleIndex, 'error', maxPerRule, uri, cuts));
        else if (c.status === 'unknown' && unknownAsNotes)
            results.push(...resultsFor(c, ruleIndex, 'note', maxPerRule, uri, cuts));
    });
    for (const extra of extraResults(result, rules.length, uri, cuts)) {
        rules.push(extra.rule);
        results.push(...extra.results);
    }
    finishFingerprints(results);
    const properties = { catalog: `${result.catalog.id}@${result.catalog.version}`, level: result.level, evaluatedPath: prefix === '' ? '.' : prefix.slice(0, -1) };
    if (cuts.length > 0)
        properties.truncated = cuts;
    const run = {
        tool: {
            driver: {
                name: 'Security Slam',
                fullName: 'Security Slam: OSPS Baseline evaluation',
                version: result.tool.version,
                semanticVersion: result.tool.version,
                informationUri: result.tool.informationUri,
                rules,
            },
        },
        automationDetails: { id: `security-slam/${result.catalog.id}/level-${result.level}/` },
        // Code scanning reads a relative URI from the root of the repository; %SRCROOT% is that root,
        // left without an absolute URI so that no machine's path is written here.
        originalUriBaseIds: { [SRCROOT]: { description: { text: 'The root of the repository (where code scanning resolves relative URIs).' } } },
        results,
        properties,
    };
    if (cuts.length > 0) {
        run.invocations = [
            {
                executionSuccessful: true,
                toolExecutionNotifications: cuts.map((c) => ({
                    level: 'note',
                    descriptor: { id: 'results-cut' },
                    associatedRule: { id: c.ruleId },
                    message: { text: `${c.ruleId}: ${c.reported} of ${c.total} results reported here; the result file (JSON) lists every one, and the job summary counts them.` },
                })),
            },
        ];
    }
    return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
}
const SRCROOT = '%SRCROOT%';
function ruleFor(c) {
    const what = c.remediation ? `\n\n**What to do:** ${mdRich(c.remediation, {}, 2000)}` : '';
    const example = helpExample(c.id);
    const sample = example ? `\n\n**Example** (\`${example.file}\`):\n\n${fence(example.text, example.language)}` : '';
    const where = PER_INSTANCE.has(c.id)
        ? 'Each alert is on a file and line where the evidence was found.'
        : 'One alert for the requirement, on the file its fix touches; when that file does not exist yet, on the closest existing file, and the message names the file to add.';
    return {
        id: c.id,
        name: c.id.replace(/[^A-Za-z0-9]/g, ''),
        shortDescription: { text: c.title },
        fullDescription: { text: `${c.id}: ${c.title}.` },
        helpUri: c.helpUri,
        help: {
            text: `${c.title}.\n\nOSPS Baseline requirement ${c.id} (maturity level ${c.level} and above).${c.remediation ? `\n\nWhat to do: ${c.remediation}` : ''}${example ? `\n\nExample (${example.file}):\n\n${example.text}` : ''}\n\nSee ${c.helpUri}`,
            markdown: `**${c.title}.**\n\nOSPS Baseline requirement [${c.id}](${c.helpUri}) applies from maturity level ${c.level}.${what}${sample}\n\n${where}`,
        },
        defaultConfiguration: { level: 'error' },
        properties: {
            tags: ['security', 'osps-baseline', `osps-${c.family.toLowerCase()}`, `level-${c.level}`],
            precision: 'high',
            'problem.severity': 'error',
            'security-severity': securitySeverity(c.id, c.family),
        },
    };
}
/** A fenced code block that no line of `text` can close. */
function fence(text, language) {
    let longest = 2;
    for (const m of text.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    const f = '`'.repeat(longest + 1);
    return `${f}${language}\n${text}\n${f}`;
}
function resultsFor(c, ruleIndex, level, max, uri, cuts) {
    const remediation = c.remediation ? ` ${c.remediation}` : '';
    // Evidence outside the repository (a parent Security Insights file at a URL) is no place for an alert.
    const located = c.evidence.filter((e) => e.path !== undefined && inRepository(e.path));
    if (PER_INSTANCE.has(c.id) && level === 'error' && located.length > 0) {
        if (located.length > max)
            cuts.push({ ruleId: c.id, reported: max, total: located.length });
        return located
            .slice(0, max)
            .map((e) => sarifResult(c.id, ruleIndex, level, `${c.id}: ${e.detail}.${remediation}`, { path: e.path, line: e.line ?? 1, column: e.column }, e.detail, uri));
    }
    if (!c.location)
        return []; // a repository without a single file: nothing to anchor to
    const detail = c.evidence.map((e) => `${e.path && e.path !== c.location?.path ? `${e.path}${e.line ? `:${e.line}` : ''}: ` : ''}${e.detail}`).join('; ');
    const create = c.location.create
        ? ` The fix adds ${c.location.create}, which does not exist yet; code scanning shows an alert only on an existing file, so this one is on ${c.location.path}.`
        : '';
    // One alert per requirement: its fingerprint leaves the file out, so the alert stays one when the fix moves it (README.md to a new SECURITY.md).
    return [sarifResult(c.id, ruleIndex, level, `${c.id}: ${detail}.${remediation}${create}`, c.location, REQUIREMENT, uri, true)];
}
const REQUIREMENT = 'requirement';
const MAX_MESSAGE = 2000;
/** One result on one place in the repository; `key` is what the fingerprint keeps besides the rule (and the file, unless `anyFile`). */
function sarifResult(ruleId, ruleIndex, level, text, where, key, uri, anyFile = false) {
    const region = { startLine: Math.max(1, where.line) };
    if (where.column !== undefined)
        region.startColumn = Math.max(1, where.column);
    return {
        ruleId,
        ruleIndex,
        level,
        message: { text: text.length > MAX_MESSAGE ? text.slice(0, MAX_MESSAGE - 1) + '\u2026' : text },
        locations: [{ physicalLocation: { artifactLocation: { uri: uri(where.path), uriBaseId: SRCROOT }, region } }],
        // Stable across runs: rule, file and what was found, never the line (which moves with edits).
        partialFingerprints: { [FINGERPRINT]: anyFile ? `${ruleId}\u0000${key}` : `${ruleId}\u0000${where.path}\u0000${key.replace(/\d+/g, '#')}` },
    };
}
const FINGERPRINT = 'slamFinding/v1';
/**
 * Hashes each result's fingerprint key; the second and later results with the same key (the same
 * finding twice in one file) get their occurrence number in it, so that code scanning keeps one
 * alert per result instead of merging them.
 */
function finishFingerprints(results) {
    const seen = new Map();
    for (const r of results) {
        const prints = r.partialFingerprints;
        const key = prints[FINGERPRINT];
        const n = seen.get(key) ?? 0;
        seen.set(key, n + 1);
        prints[FINGERPRINT] = fingerprint(n === 0 ? key : `${key}\u0000${n}`);
    }
}
const EXTRA_RULES = {
    'security-insights/error': {
        id: 'security-insights/error',
        title: 'Security Insights file does not meet the specification',
        help: 'The file must validate against the Security Insights 2.x schema (schema.cue). Each result names the field, what was expected and, for misspelled or misplaced keys, what was probably meant.',
        level: 'error',
        severity: '4.0',
        tags: ['security', 'security-insights'],
    },
    'security-insights/warning': {
        id: 'security-insights/warning',
        title: 'Security Insights file needs attention',
        help: 'Valid by the schema, but out of date, pointing at missing files, or against the documented intent of the specification.',
        level: 'warning',
        severity: '2.0',
        tags: ['security', 'security-insights'],
    },
    'security-insights/note': {
        id: 'security-insights/note',
        title: 'Security Insights file: a suggestion',
        help: 'Not a problem with the file: a field that would make it more useful, or how it was read.',
        level: 'note',
        severity: '0.1',
        tags: ['security', 'security-insights'],
    },
    'workflow/unpinned-action': {
        id: 'workflow/unpinned-action',
        title: 'Action not pinned to a full commit SHA',
        help: 'A tag or branch can be moved to malicious code, as in the tj-actions/changed-files compromise; a full commit SHA cannot. Pin the action to the commit SHA and keep the version in a trailing comment (`uses: owner/action@<sha> # v1.2.3`).',
        level: 'warning',
        severity: '5.5',
        tags: ['security', 'supply-chain', 'hardening'],
    },
};
const MAX_EXTRA_PER_RULE = 500;
function extraResults(result, firstIndex, uri, cuts) {
    const groups = new Map();
    const totals = new Map();
    const add = (id, item) => {
        const list = groups.get(id) ?? [];
        if (list.length < MAX_EXTRA_PER_RULE)
            list.push(item);
        groups.set(id, list);
        totals.set(id, (totals.get(id) ?? 0) + 1);
    };
    const si = result.securityInsights;
    if (si) {
        for (const d of si.diagnostics) {
            if (!inRepository(d.path))
                continue; // a parent file at a URL is not in this repository
            const id = d.severity === 'error' ? 'security-insights/error' : d.severity === 'warning' ? 'security-insights/warning' : 'security-insights/note';
            const field = d.field ? ` (${d.field})` : '';
            add(id, { path: d.path, line: Math.max(1, d.line), column: d.column > 0 ? d.column : undefined, message: `${d.message}${field}`, level: d.severity === 'info' ? 'note' : d.severity });
        }
    }
    for (const f of result.findings) {
        if (EXTRA_RULES[f.id] && inRepository(f.path))
            add(f.id, { path: f.path, line: f.line, column: f.column, message: f.message, level: f.severity });
    }
    const out = [];
    for (const [id, items] of groups) {
        const r = EXTRA_RULES[id];
        const ruleIndex = firstIndex + out.length;
        const total = totals.get(id) ?? items.length;
        if (total > items.length)
            cuts.push({ ruleId: id, reported: items.length, total });
        const rule = {
            id: r.id,
            name: r.id.split(/[^A-Za-z0-9]+/).map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(''),
            shortDescription: { text: r.title },
            fullDescription: { text: r.help },
            help: { text: r.help, markdown: r.help },
            defaultConfiguration: { level: r.level },
            properties: { tags: r.tags, precision: 'high', 'problem.severity': r.level === 'note' ? 'recommendation' : r.level, 'security-severity': r.severity },
        };
        const results = items.map((it) => sarifResult(r.id, ruleIndex, it.level, it.message, it, it.message, uri));
        out.push({ rule, results });
    }
    return out;
}
/** '' or a relative folder ending in '/', with no '.' or empty segment; a prefix that leaves the root (never one workTreePrefix gives) counts as none. */
function normalisePrefix(prefix) {
    const segments = prefix.split('/').filter((s) => s !== '' && s !== '.');
    if (segments.length === 0 || segments.some((s) => s === '..') || prefix.startsWith('/'))
        return '';
    return segments.join('/') + '/';
}
// Characters a URI may carry as they are (RFC 3986 unreserved, and the sub-delimiters encodeURIComponent keeps).
const URI_KEEP = /^[A-Za-z0-9\-_.!~*'()]$/;
/**
 * The URI of a path of the evaluated folder, relative to the repository root: each segment
 * percent-encoded from the file name's real bytes. A name that is not valid UTF-8 is kept by the
 * snapshot as bytes (nameBytes) and written in paths with each invalid byte as \xNN; without the
 * snapshot those escapes are read back as the bytes they stand for.
 */
function toUri(path, prefix, nameBytes) {
    const bytes = nameBytes?.(path) ?? pathBytes(path);
    let out = '';
    for (const b of bytes) {
        const ch = String.fromCharCode(b);
        out += ch === '/' || (b < 0x80 && URI_KEEP.test(ch)) ? ch : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return prefix.split('/').filter(Boolean).map(encodeURIComponent).join('/') + (prefix ? '/' : '') + out;
}
/** UTF-8 bytes of a path, with each \xNN escape of an invalid byte (80-ff) read back as that byte. */
function pathBytes(path) {
    if (!path.includes('\\x'))
        return Buffer.from(path, 'utf8');
    const parts = [];
    let i = 0;
    let text = '';
    while (i < path.length) {
        if (path[i] === '\\' && path[i + 1] === 'x' && /^[89a-f][0-9a-f]$/.test(path.slice(i + 2, i + 4))) {
            if (text)
                parts.push(Buffer.from(text, 'utf8'));
            text = '';
            parts.push(Buffer.from([parseInt(path.slice(i + 2, i + 4), 16)]));
            i += 4;
        }
        else {
            text += path[i];
            i++;
        }
    }
    if (text)
        parts.push(Buffer.from(text, 'utf8'));
    return Buffer.concat(parts);
}
function fingerprint(s) {
    // Loaded at the first fingerprint, not with the module: a run that prints text or JSON loads
    // the reporters (render.ts) but needs none of Node's crypto (13 internal modules).
    return process.getBuiltinModule('node:crypto').createHash('sha256').update(s).digest('hex').slice(0, 32);
}

;// CONCATENATED MODULE: ./src/reporters/text.ts



const text_MAX_EVIDENCE = 5;
const MAX_DIAGNOSTICS = 10;
const MAX_FINDINGS = 10;
const MAX_NOTES = 5;
const MORE = 'use --verbose to list them all; --format json keeps every one';
const CODES = { red: 31, green: 32, yellow: 33, blue: 34, dim: 2, bold: 1 };
function toText(result, options) {
    const paint = (code, s) => (options.color ? `\x1b[${CODES[code]}m${s}\x1b[0m` : s);
    const mark = {
        pass: paint('green', 'PASS'),
        fail: paint('red', 'FAIL'),
        attested: paint('blue', 'ATTESTED'),
        unknown: paint('yellow', 'UNKNOWN'),
        'not-applicable': paint('dim', 'N/A'),
    };
    const lines = [];
    const subject = result.subject.repository ?? 'local checkout';
    lines.push(paint('bold', `Security Slam \u00b7 OSPS Baseline ${result.catalog.version} \u00b7 Level ${result.level} \u00b7 ${text_clean(subject)}`));
    if (result.objectives.length > 0) {
        const icon = { met: paint('green', 'met'), partial: paint('yellow', 'partial'), unmet: paint('red', 'unmet'), unknown: paint('dim', 'unknown') };
        lines.push(`  Objectives: ${result.objectives.map((o) => `${o.title.split(':')[0]} ${icon[o.status] ?? o.status}`).join(' \u00b7 ')}`);
        if (result.nextStep) {
            lines.push(paint('bold', `  Next step: ${text_clean(result.nextStep.title.split(':')[0])}`));
            result.nextStep.actions.forEach((a, i) => lines.push(`    ${i + 1}. ${text_clean(a.text)}${a.requirement ? ` (${a.requirement})` : ''}`));
        }
    }
    for (const s of result.summary) {
        lines.push(`  Level ${s.level}: ${s.pass} of ${s.total} pass, ${s.fail} fail, ${s.unknown} unknown` +
            (s.attested ? `, ${s.attested} attested` : '') + (s['not-applicable'] ? `, ${s['not-applicable']} not applicable` : ''));
    }
    const si = result.securityInsights;
    const limit = (n) => (options.verbose ? Infinity : n);
    const more = (total, shown, indent) => {
        if (total > shown)
            lines.push(paint('dim', `${indent}\u2026 and ${total - shown} more (${MORE})`));
    };
    if (si) {
        const counts = countBySeverity(si.diagnostics.map((d) => d.severity));
        const state = si.legacy ? paint('red', 'legacy 1.0.0 schema') : si.valid ? paint('green', 'valid') : paint('red', 'not valid');
        lines.push(`  Security Insights: ${text_clean(si.path)} (${text_clean(si.schemaVersion ?? 'no version')}): ${state}, ${severityCounts(counts, true)}`);
        const order = { error: 0, warning: 1, info: 2 };
        const shown = [...si.diagnostics].sort((a, b) => order[a.severity] - order[b.severity]).slice(0, limit(MAX_DIAGNOSTICS));
        for (const d of shown)
            lines.push(paint('dim', `     ${text_clean(d.path)}${d.line > 0 ? `:${d.line}:${d.column}` : ''}: ${d.severity === 'info' ? 'note' : d.severity}: ${text_clean(d.message)}`));
        more(si.diagnostics.length, shown.length, '     ');
    }
    else {
        lines.push(`  Security Insights: ${paint('red', 'none found')} (slam insights init drafts one)`);
    }
    lines.push(...hubText(result, paint));
    if (result.findings.length > 0) {
        lines.push(`  Hardening findings: ${countedList(result.findings.length, countBySeverity(result.findings.map((f) => f.severity)))}`);
        const shown = result.findings.slice(0, limit(MAX_FINDINGS));
        for (const f of shown)
            lines.push(paint('dim', `     ${text_clean(f.path)}:${f.line}: ${f.severity}: ${text_clean(f.message)}`));
        more(result.findings.length, shown.length, '     ');
    }
    if (result.notes.length > 0) {
        lines.push(`  Notes while reading the repository: ${result.notes.length}`);
        const shown = result.notes.slice(0, limit(MAX_NOTES));
        for (const n of shown)
            lines.push(paint('dim', `     ${text_clean(n.path)}: ${text_clean(n.detail)}`));
        more(result.notes.length, shown.length, '     ');
    }
    lines.push('');
    const order = ['fail', 'unknown', 'attested', 'not-applicable', 'pass'];
    for (const status of order) {
        if (status === 'pass' && !options.verbose)
            continue;
        for (const c of result.controls.filter((x) => x.status === status)) {
            lines.push(`${mark[c.status]} ${c.id} ${text_clean(c.title)}`);
            const evidence = c.evidence.slice(0, limit(text_MAX_EVIDENCE));
            for (const e of evidence) {
                const where = e.path ? `${text_clean(e.path)}${e.line ? `:${e.line}` : ''}: ` : '';
                lines.push(paint('dim', `     ${where}${text_clean(e.detail)}`));
            }
            more(c.evidence.length, evidence.length, '     ');
            if (c.remediation)
                lines.push(`     \u2192 ${text_clean(c.remediation)}`);
        }
    }
    const passing = result.controls.filter((c) => c.status === 'pass').length;
    if (!options.verbose && passing > 0)
        lines.push(paint('dim', `${passing} passing requirement(s) not listed; use --verbose to list them.`));
    return lines.join('\n') + '\n';
}
function text_clean(s) {
    return stripControl(s).replace(/\s+/g, ' ').trim();
}

;// CONCATENATED MODULE: ./src/reporters/render.ts




const FORMATS = (/* unused pure expression or super */ null && (['text', 'json', 'sarif', 'markdown', 'gemara', 'gemara-json']));
function render(result, format, options = {}) {
    switch (format) {
        case 'json':
            return JSON.stringify(result, null, 2) + '\n';
        case 'sarif':
            return JSON.stringify(toSarif(result, { unknownAsNotes: options.unknownAsNotes ?? true, uriPrefix: options.uriPrefix, nameBytes: options.nameBytes }), null, 2) + '\n';
        case 'markdown':
            return toMarkdown(result);
        case 'gemara':
            return toGemaraYaml(result);
        case 'gemara-json':
            return toGemaraJson(result);
        case 'text':
            return toText(result, { color: options.color ?? false, verbose: options.verbose });
    }
}


/***/ })

};
