export const id = 80;
export const ids = [80,39];
export const modules = {

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


/***/ }),

/***/ 5080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  writeReport: () => (/* binding */ writeReport)
});

// UNUSED EXPORTS: REPORT_FILES, renderCsv, renderMarkdown, renderOutcomes

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/organizer/report-common.ts
const OBJECTIVE_TITLES = {
    cleaner: 'Cleaner',
    chronicler: 'Chronicler',
    inspector: 'Inspector',
    mechanizer: 'Mechanizer',
    defender: 'Defender',
    'cra-readiness': 'CRA Readiness',
};
/** Participants by objectives met (most first), then by name: the leaderboard's order. */
function leaderboard(report) {
    return [...report.participants].sort((a, b) => b.completed.length - a.completed.length || a.name.localeCompare(b.name));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/organizer/report-html.ts
// index.html: one self-contained page (no script, no external style, font or image), readable
// offline and printable: the leaderboard, a participants \u00d7 objectives grid, before and after per
// participant, and each result's verification line. Every string that came from a result, a
// certificate or the event file is escaped; a Content-Security-Policy that allows only this page's
// own style (by hash) stops anything that slipped through from running or loading.


/** Cell colours; the tests check them in a screenshot. */
const STATUS_COLOURS = { met: '#1a7f37', partial: '#9a6700', unmet: '#cf222e', unknown: '#6e7781' };
const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f2328; background: #ffffff; margin: 0 auto; max-width: 1200px; padding: 24px; }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 21px; margin: 32px 0 8px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
h3 { font-size: 17px; margin: 20px 0 6px; }
p.meta { color: #59636e; margin: 2px 0; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { border: 1px solid #d0d7de; padding: 5px 8px; text-align: left; vertical-align: top; }
thead th { background: #f6f8fa; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.grid td.status { text-align: center; font-weight: 600; color: #ffffff; min-width: 96px; }
${Object.entries(STATUS_COLOURS)
    .map(([s, c]) => `.s-${s} { background: ${c}; }`)
    .join('\n')}
.badge { display: inline-block; border-radius: 10px; padding: 0 8px; margin: 1px 2px; background: ${STATUS_COLOURS.met}; color: #ffffff; font-size: 13px; }
.verdict-verified { color: ${STATUS_COLOURS.met}; font-weight: 600; }
.verdict-rejected { color: ${STATUS_COLOURS.unmet}; font-weight: 600; }
.small { font-size: 13px; color: #59636e; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; word-break: break-all; }
ul.changes { margin: 4px 0 4px 20px; padding: 0; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  .grid td.status, .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  article.participant { break-inside: avoid; }
  section#verification { break-before: page; }
  a { color: inherit; text-decoration: none; }
}
`;
function renderHtml(report, verification) {
    const styleHash = (0,external_node_crypto_.createHash)('sha256').update(STYLE).digest('base64');
    const csp = `default-src 'none'; style-src 'sha256-${styleHash}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
    const ev = report.event;
    const parts = [];
    parts.push(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(ev.name)}: Security Slam results</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(ev.name)}</h1>
<p class="meta">Results signed from ${esc(ev.window.start)} to ${esc(ev.window.end)} on each project's default branch, verified offline.</p>
<p class="meta" id="totals">${report.totals.participants} participants, ${report.totals.scored} with a verified result for every repository; ${report.totals.verified} results verified, ${report.totals.rejected} rejected.</p>
<p class="meta small">Trusted signer: <code>${esc(ev.trust.signerWorkflow)}</code>; trusted root: ${esc(ev.trust.trustedRoot)}${ev.trust.toolVersions ? `; tool versions ${esc(ev.trust.toolVersions)}` : ''}; Defender from ${esc(ev.defender)}. Generated ${esc(report.generatedAt)} by ${esc(report.tool.name)} ${esc(report.tool.version)}.</p>
</header>`);
    parts.push(`<section id="leaderboard">
<h2>Leaderboard</h2>
<table class="board">
<thead><tr><th>#</th><th>Project</th><th>Level</th><th>Objectives met</th><th>Badges</th></tr></thead>
<tbody>`);
    const ids = new Map(report.participants.map((p, i) => [p, `p-${i + 1}`]));
    leaderboard(report).forEach((p, i) => {
        parts.push(`<tr data-participant="${esc(p.name)}"><td class="num">${i + 1}</td><td><a href="#${ids.get(p)}">${esc(p.name)}</a></td><td class="num">${p.level}</td><td class="num completed">${p.completed.length} / ${ev.objectives.length}</td><td>${p.completed.map((id) => `<span class="badge">${esc(OBJECTIVE_TITLES[id])}</span>`).join(' ')}</td></tr>`);
    });
    parts.push('</tbody>\n</table>\n</section>');
    parts.push(`<section id="grid">
<h2>Objectives by participant</h2>
<table class="grid">
<thead><tr><th>Project</th>${ev.objectives.map((id) => `<th>${esc(OBJECTIVE_TITLES[id])}</th>`).join('')}</tr></thead>
<tbody>`);
    for (const p of report.participants) {
        const cells = ev.objectives.map((id) => {
            const o = p.objectives.find((x) => x.id === id);
            const status = o?.status ?? 'unknown';
            const title = o && o.heldBackBy.length > 0 ? `held back by ${o.heldBackBy.map((h) => `${h.repository} (${h.why || h.status})`).join('; ')}` : 'met by every repository';
            return `<td class="status s-${status}" data-objective="${id}" data-status="${status}" title="${esc(title)}">${status}</td>`;
        });
        parts.push(`<tr data-participant="${esc(p.name)}"><th><a href="#${ids.get(p)}">${esc(p.name)}</a></th>${cells.join('')}</tr>`);
    }
    parts.push('</tbody>\n</table>\n</section>');
    parts.push('<section id="before-after">\n<h2>Before and after</h2>');
    for (const p of report.participants)
        parts.push(participantHtml(p, ids.get(p) ?? ""));
    parts.push('</section>');
    parts.push(`<section id="verification">
<h2>Verification</h2>
<p class="small">Every result found in the collected folder, checked offline: signature, certificate chain and transparency log against the trusted root, the signer workflow, the repository and default branch collect recorded, the signing time inside the window, the tool version.</p>
<table class="verify">
<thead><tr><th>Result</th><th>Verdict</th><th>Signed</th><th>What was checked</th></tr></thead>
<tbody>`);
    for (const o of verification.outcomes) {
        const run = safeUrl(o.runUrl);
        parts.push(`<tr class="verify-row" data-verdict="${o.verdict}"><td><code>${esc(o.path)}</code></td><td class="verdict-${o.verdict}">${o.verdict}${o.reason ? ` <code>${esc(o.reason)}</code>` : ''}</td><td>${esc(o.signedAt ?? '')}</td><td>${esc(o.detail)}${o.repository ? `<br><span class="small">${esc(o.repository)} ${esc(o.ref ?? '')} ${esc((o.commit ?? '').slice(0, 12))}${run ? ` \u00b7 <a href="${esc(run)}">run</a>` : ''}</span>` : ''}</td></tr>`);
    }
    if (verification.outcomes.length === 0)
        parts.push('<tr><td colspan="4">No result was found in the collected folder.</td></tr>');
    parts.push('</tbody>\n</table>\n</section>\n</body>\n</html>\n');
    return parts.join('\n');
}
function participantHtml(p, id) {
    const out = [];
    out.push(`<article class="participant" id="${id}" data-participant="${esc(p.name)}">`);
    out.push(`<h3>${esc(p.name)} <span class="small">Level ${p.level}${p.advisor ? ` \u00b7 advisor ${esc(p.advisor)}` : ''}</span></h3>`);
    out.push('<table class="before-after"><thead><tr><th>Objective</th><th>First result</th><th>Last result</th><th>Held back by</th></tr></thead><tbody>');
    for (const o of p.objectives) {
        const held = o.heldBackBy.map((h) => `${esc(h.repository)}: ${esc(h.why || h.status)}`).join('<br>');
        out.push(`<tr data-objective="${o.id}"><td>${esc(OBJECTIVE_TITLES[o.id])}</td><td>${o.first ?? '\u2014'}</td><td>${o.status}</td><td class="small">${held}${o.note ? `${held ? '<br>' : ''}${esc(o.note)}` : ''}</td></tr>`);
    }
    out.push('</tbody></table>');
    const c = p.changes;
    const list = (label, items) => (items.length ? `<p class="small">${label}:</p><ul class="changes">${items.map((x) => `<li>${x}</li>`).join('')}</ul>` : '');
    const changes = [
        list('Objectives gained', c.objectivesGained.map((x) => esc(OBJECTIVE_TITLES[x]))),
        list('Objectives lost', c.objectivesLost.map((x) => esc(OBJECTIVE_TITLES[x]))),
        list('Requirements gained', c.requirementsGained.map((r) => `<code>${esc(r.id)}</code> ${esc(r.from)} \u2192 ${esc(r.to)} <span class="small">(${esc(r.repository)})</span>`)),
        list('Requirements lost', c.requirementsLost.map((r) => `<code>${esc(r.id)}</code> ${esc(r.from)} \u2192 ${esc(r.to)} <span class="small">(${esc(r.repository)})</span>`)),
    ].join('');
    out.push(changes || '<p class="small">No change between the first and the last result.</p>');
    out.push('<table class="repos"><thead><tr><th>Repository</th><th>Collected</th><th>Verified</th><th>Rejected</th><th>First signed</th><th>Last signed</th><th>Proof</th></tr></thead><tbody>');
    for (const r of p.repositories) {
        const run = safeUrl(r.last?.runUrl ?? undefined);
        const rejections = r.rejections.map((x) => `${x.count} ${esc(x.reason)}`).join(', ');
        out.push(`<tr data-repository="${esc(r.repository)}"><td>${esc(r.repository)}</td><td>${esc(r.collect.status)}<br><span class="small">${esc(r.collect.detail)}</span></td><td class="num">${r.verified}</td><td class="num">${r.rejected}${rejections ? `<br><span class="small">${rejections}</span>` : ''}</td><td>${esc(r.first?.signedAt ?? '\u2014')}</td><td>${esc(r.last?.signedAt ?? '\u2014')}</td><td>${run ? `<a href="${esc(run)}">run</a>` : '\u2014'}${r.last ? ` <code>${esc(r.last.commit.slice(0, 12))}</code>` : ''}</td></tr>`);
    }
    out.push('</tbody></table>');
    if (p.hub !== undefined)
        out.push(`<p class="small">grc.store hub: ${p.hub ? `${esc(p.hub.state)}${p.hub.runAt ? ` (run ${esc(p.hub.runAt)})` : ''}: ${esc(p.hub.detail)}` : 'no verdict recorded'}</p>`);
    out.push('</article>');
    return out.join('\n');
}
/** Only https URLs become links. */
function safeUrl(u) {
    if (!u)
        return null;
    try {
        return new URL(u).protocol === 'https:' ? u : null;
    }
    catch {
        return null;
    }
}
function esc(s) {
    return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

// EXTERNAL MODULE: ./src/organizer/verify-event.ts + 1 modules
var verify_event = __webpack_require__(3039);
;// CONCATENATED MODULE: ./src/organizer/report-files.ts
// The report folder `slam score` writes: results.json (schemas/organizer-results.schema.json),
// results.csv, results.md (a table for a blog post), outcomes.md (the event website's outcomes
// file, exactly its format), verification.json (every row the score rests on) and index.html.
// Everything that came from a result or a certificate is untrusted text: escaped for each format.






const REPORT_FILES = ['results.json', 'results.csv', 'results.md', 'outcomes.md', 'verification.json', 'index.html'];
function writeReport(dir, report, verification) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const files = {
        'results.json': `${JSON.stringify(report, null, 2)}\n`,
        'results.csv': renderCsv(report),
        'results.md': renderMarkdown(report),
        'outcomes.md': renderOutcomes(report),
        'verification.json': `${JSON.stringify((0,verify_event.verificationJson)(verification), null, 2)}\n`,
        'index.html': renderHtml(report, verification),
    };
    for (const [name, text] of Object.entries(files))
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, name), text);
    return REPORT_FILES.map((f) => (0,external_node_path_.join)(dir, f));
}
/**
 * The outcomes file of the event website: YAML front matter only, `badges` then `projects`
 * (name, advisor, repoUrl, logoUrl, completed) in the event file's order.
 */
function renderOutcomes(report) {
    const lines = ['---', `badges: [${report.event.objectives.join(', ')}]`, 'projects:'];
    for (const p of report.participants) {
        lines.push(`  - name: ${yamlScalar(p.name)}`);
        if (p.advisor)
            lines.push(`    advisor: ${yamlScalar(p.advisor)}`);
        lines.push(`    repoUrl: ${yamlScalar(p.repoUrl)}`);
        if (p.logo)
            lines.push(`    logoUrl: ${yamlScalar(p.logo)}`);
        lines.push(`    completed: [${p.completed.join(', ')}]`);
    }
    if (report.participants.length === 0)
        lines[lines.length - 1] = 'projects: []';
    lines.push('---');
    return `${lines.join('\n')}\n`;
}
/** A YAML scalar on one line: plain when YAML reads it back as the same string, quoted otherwise. */
function yamlScalar(s) {
    return (0,dist/* stringify */.As)(s, { lineWidth: 0 }).trimEnd();
}
function renderCsv(report) {
    const objectives = report.event.objectives;
    const header = ['participant', 'level', 'repositories', 'completed', ...objectives, 'scored', 'first signed', 'last signed', 'runs', 'held back by'];
    const rows = report.participants.map((p) => {
        const last = p.repositories.map((r) => r.last).filter((r) => r !== null);
        const first = p.repositories.map((r) => r.first).filter((r) => r !== null);
        const held = p.objectives.filter((o) => o.status !== 'met').map((o) => `${o.id}: ${o.heldBackBy.map((h) => h.repository).join(' ')}`);
        return [
            p.name,
            String(p.level),
            p.repositories.map((r) => r.repository).join(' '),
            String(p.completed.length),
            ...objectives.map((id) => p.objectives.find((o) => o.id === id)?.status ?? ''),
            p.scored ? 'yes' : 'no',
            first.map((r) => r.signedAt).sort()[0] ?? '',
            last.map((r) => r.signedAt).sort().pop() ?? '',
            last.map((r) => r.runUrl ?? '').filter(Boolean).join(' '),
            held.join('; '),
        ];
    });
    return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
/** RFC 4180 quoting, and a leading quote for cells a spreadsheet would run as a formula. */
function csvCell(v) {
    const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
const MD_STATUS = { met: '\u2705 met', partial: '\ud83d\udfe1 partial', unmet: '\u274c unmet', unknown: '\u2754 unknown' };
function renderMarkdown(report) {
    const objectives = report.event.objectives;
    const out = [];
    out.push(`# ${md(report.event.name)}: results`, '');
    out.push(`Results signed between ${report.event.window.start} and ${report.event.window.end} on each project's default branch, verified offline (${report.totals.verified} verified, ${report.totals.rejected} rejected). ${report.totals.scored} of ${report.totals.participants} projects have a verified result for every repository.`, '');
    out.push(`| # | Project | Level | ${objectives.map((id) => OBJECTIVE_TITLES[id]).join(' | ')} | Completed |`);
    out.push(`|---:|---|---:|${objectives.map(() => '---').join('|')}|---:|`);
    leaderboard(report).forEach((p, i) => {
        const cells = objectives.map((id) => MD_STATUS[p.objectives.find((o) => o.id === id)?.status ?? 'unknown']);
        const name = p.repoUrl ? `[${md(p.name)}](${p.repoUrl})` : md(p.name);
        out.push(`| ${i + 1} | ${name} | ${p.level} | ${cells.join(' | ')} | ${p.completed.length} |`);
    });
    out.push('');
    const totals = objectives.map((id) => `${OBJECTIVE_TITLES[id]} ${report.totals.completed[id] ?? 0}`).join(', ');
    out.push(`Objectives met: ${totals}.`, '');
    return `${out.join('\n')}\n`;
}
/** Markdown text: every character that could start markup or a link is escaped. */
function md(s) {
    return s.replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');
}


/***/ }),

/***/ 3039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verificationJson: () => (/* binding */ verificationJson),
  verifyCollected: () => (/* binding */ verifyCollected)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./schemas/result.schema.json
const result_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/security-slam/security-slam-action/schemas/result.schema.json","title":"Security Slam evaluation result","description":"One evaluation of a repository against the OSPS Baseline at one maturity level, with the Security Slam objectives. Public contract: read by organizers\' collect, verify and score tools.","type":"object","required":["schemaVersion","tool","subject","generatedAt","catalog","level","levelSource","run","controls","summary","objectives","nextStep","securityInsights","findings","notes"],"additionalProperties":false,"properties":{"schemaVersion":{"type":"string","pattern":"^1\\\\.[0-9]+\\\\.[0-9]+$"},"tool":{"type":"object","required":["name","version"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"version":{"type":"string","minLength":1},"informationUri":{"type":"string","format":"uri"}}},"subject":{"type":"object","required":["repository","commit","ref"],"additionalProperties":false,"properties":{"repository":{"type":["string","null"],"pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"commit":{"type":["string","null"],"pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"ref":{"type":["string","null"]}}},"generatedAt":{"type":"string","format":"date-time"},"catalog":{"type":"object","required":["id","version"],"additionalProperties":false,"properties":{"id":{"const":"osps-baseline"},"version":{"type":"string"}}},"level":{"$ref":"#/$defs/level"},"levelSource":{"enum":["input","config","default"]},"run":{"type":"object","required":["offline","hasToken"],"additionalProperties":false,"properties":{"offline":{"type":"boolean"},"hasToken":{"type":"boolean"}}},"controls":{"type":"array","items":{"$ref":"#/$defs/control"}},"summary":{"type":"array","items":{"$ref":"#/$defs/levelSummary"},"minItems":1,"maxItems":3},"objectives":{"type":"array","items":{"$ref":"#/$defs/objective"}},"nextStep":{"oneOf":[{"type":"null"},{"type":"object","required":["objective","title","actions"],"additionalProperties":false,"properties":{"objective":{"$ref":"#/$defs/objectiveId"},"title":{"type":"string"},"actions":{"type":"array","minItems":1,"maxItems":3,"items":{"type":"object","required":["text"],"additionalProperties":false,"properties":{"text":{"type":"string"},"requirement":{"type":"string"},"helpUri":{"type":"string","format":"uri"},"field":{"type":"string"},"file":{"type":"string"}}}}}}]},"hubComparison":{"description":"Since 1.1.0 (absent before): our status beside the grc.store hub\'s for every requirement at the level, the disagreements with their likely reason, and Defender\'s \'published on the hub\' sub-check. Null when no workflow publishes to the hub with a target that can be read. Text from the hub is untrusted.","oneOf":[{"type":"null"},{"$ref":"#/$defs/hubComparison"}]},"securityInsights":{"oneOf":[{"type":"null"},{"type":"object","required":["path","schemaVersion","valid","legacy","diagnostics"],"additionalProperties":false,"properties":{"path":{"type":"string"},"schemaVersion":{"type":["string","null"]},"valid":{"type":"boolean"},"legacy":{"type":"boolean"},"diagnostics":{"type":"array","items":{"type":"object","required":["severity","message","path","line","column"],"additionalProperties":false,"properties":{"severity":{"enum":["error","warning","info"]},"message":{"type":"string"},"path":{"type":"string"},"line":{"type":"integer","minimum":0},"column":{"type":"integer","minimum":0},"field":{"type":"string"}}}}}}]},"findings":{"type":"array","items":{"type":"object","required":["id","severity","path","line","message"],"additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^[a-z-]+/[a-z-]+$"},"severity":{"enum":["error","warning","note"]},"path":{"type":"string"},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"message":{"type":"string"}}}},"notes":{"type":"array","items":{"type":"object","required":["path","detail"],"additionalProperties":false,"properties":{"path":{"type":"string"},"detail":{"type":"string"}}}}},"$defs":{"level":{"enum":[1,2,3]},"status":{"enum":["pass","fail","attested","unknown","not-applicable"]},"gemaraResult":{"enum":["Not Run","Passed","Failed","Needs Review","Not Applicable","Unknown"]},"hubRow":{"type":"object","required":["id","ours","hub"],"additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^OSPS-[A-Z]{2}-[0-9]{2}\\\\.[0-9]{2}$"},"ours":{"$ref":"#/$defs/status"},"hub":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/gemaraResult"}]}}},"hubComparison":{"type":"object","required":["target","hub","page","source","verdict","missing","reason","result","runAt","ageDays","stale","evaluatedLevel","requirements","disagreements"],"additionalProperties":false,"properties":{"target":{"type":"string","maxLength":300},"hub":{"enum":["hub.grc.store","hub.preview.grc.store"]},"page":{"oneOf":[{"type":"null"},{"type":"string","pattern":"^https://hub\\\\.(preview\\\\.)?grc\\\\.store/"}]},"source":{"type":"object","required":["path","line","job"],"additionalProperties":false,"properties":{"path":{"type":"string"},"line":{"type":"integer","minimum":1},"job":{"type":"string"}}},"verdict":{"enum":["met","partial","unmet","unknown"]},"missing":{"type":"array","items":{"type":"string"}},"reason":{"type":["string","null"]},"result":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/gemaraResult"}]},"runAt":{"oneOf":[{"type":"null"},{"type":"string","format":"date-time"}]},"ageDays":{"type":["integer","null"],"minimum":0},"stale":{"type":["boolean","null"]},"evaluatedLevel":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/level"}]},"requirements":{"type":"array","items":{"$ref":"#/$defs/hubRow"}},"disagreements":{"type":"array","items":{"type":"object","required":["id","ours","hub","reason","detail"],"additionalProperties":false,"properties":{"id":{"type":"string"},"ours":{"$ref":"#/$defs/status"},"hub":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/gemaraResult"}]},"reason":{"enum":["hub-token-cannot-read","evidence-only-we-read","we-fail-hub-passes","hub-did-not-run","unexplained"]},"detail":{"type":"string","maxLength":300},"hubMessage":{"type":"string","maxLength":300}}}}}},"objectiveId":{"enum":["cleaner","chronicler","inspector","mechanizer","defender","cra-readiness"]},"evidence":{"type":"object","required":["kind","detail"],"additionalProperties":false,"properties":{"kind":{"enum":["file","workflow","api","security-insights","git","note"]},"path":{"type":"string"},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"detail":{"type":"string"},"url":{"type":"string"}}},"location":{"type":"object","required":["path","line"],"additionalProperties":false,"properties":{"path":{"type":"string"},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"create":{"type":"string","minLength":1,"description":"The file the fix adds when it does not exist yet; path is then the closest existing file (schema 1.1.0)."}}},"control":{"type":"object","required":["id","family","level","title","status","evidence","helpUri"],"additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^OSPS-[A-Z]{2}-[0-9]{2}\\\\.[0-9]{2}$"},"family":{"enum":["AC","BR","DO","GV","LE","QA","SA","VM"]},"level":{"$ref":"#/$defs/level"},"title":{"type":"string"},"status":{"$ref":"#/$defs/status"},"evidence":{"type":"array","items":{"$ref":"#/$defs/evidence"},"minItems":1},"remediation":{"type":"string"},"location":{"$ref":"#/$defs/location"},"helpUri":{"type":"string","format":"uri"}}},"levelSummary":{"type":"object","required":["level","total","pass","fail","attested","unknown","not-applicable"],"additionalProperties":false,"properties":{"level":{"$ref":"#/$defs/level"},"total":{"type":"integer","minimum":0},"pass":{"type":"integer","minimum":0},"fail":{"type":"integer","minimum":0},"attested":{"type":"integer","minimum":0},"unknown":{"type":"integer","minimum":0},"not-applicable":{"type":"integer","minimum":0}}},"objective":{"type":"object","required":["id","title","status","checks","missing"],"properties":{"id":{"$ref":"#/$defs/objectiveId"},"title":{"type":"string"},"status":{"enum":["met","partial","unmet","unknown"]},"checks":{"type":"array","items":{"type":"object","required":["id","title","status","evidence"],"properties":{"id":{"type":"string"},"title":{"type":"string"},"status":{"enum":["pass","fail","unknown"]},"evidence":{"type":"array","items":{"$ref":"#/$defs/evidence"}},"missing":{"type":"string"}}}},"missing":{"type":"array","items":{"type":"string"}}}}}}');
// EXTERNAL MODULE: ./src/attestation/verify.ts + 6 modules
var verify = __webpack_require__(9685);
// EXTERNAL MODULE: ./src/organizer/event.ts + 1 modules
var organizer_event = __webpack_require__(7178);
// EXTERNAL MODULE: ./src/organizer/pool.ts
var pool = __webpack_require__(7239);
// EXTERNAL MODULE: ./src/organizer/records.ts
var organizer_records = __webpack_require__(8603);
;// CONCATENATED MODULE: ./src/organizer/verify-event.ts
// `slam verify DIR --event FILE`: every result collect placed in DIR, checked offline with the
// one verifier (src/attestation/verify.ts) under the event's trust policy, then with the event's
// own checks, in this order:
//   wrong-repository        the certificate's repository is not the repository whose folder holds
//                           the result (A's genuine result in B's folder), or the result document
//                           is about another repository than the one that signed it
//   wrong-ref               the certificate's ref is not refs/heads/<the default branch collect saw>
//   claims-mismatch         the result's commit, or the run's head commit collect saw, differs from
//                           the certificate's commit
//   outside-window          signed (transparency log / timestamp time, never the predicate's) outside
//                           the event window
//   untrusted-tool-version  the result's tool version is outside trust.tool-versions
//   malformed               the result is JSON but not our result schema
// The reason codes and JSON shape are those of `slam verify PATH\u2026`, plus the two new codes.











let resultValidator = null;
function validateResult() {
    if (!resultValidator) {
        const ajv = new _2020.Ajv2020({ allErrors: false, strict: false });
        dist_default()(ajv);
        resultValidator = ajv.compile(result_schema_namespaceObject);
    }
    return resultValidator;
}
async function verifyCollected(event, dir, options = {}) {
    const started = Date.now();
    const index = (0,organizer_event/* repositoryIndex */.$A)(event);
    const records = new Map();
    for (const { repository } of index.values())
        records.set(repository, (0,organizer_records/* readRecord */.aE)(dir, repository));
    const trust = options.trust ?? (await (0,verify.loadTrustMaterial)(event.trust.trustedRoot));
    const candidates = findCandidates(dir);
    const concurrency = options.concurrency ?? Math.max(2, (0,external_node_os_.availableParallelism)() * 2);
    const outcomes = await (0,pool/* mapPool */.P)(candidates, concurrency, (c) => verifyOne(event, c, index, records, trust));
    outcomes.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
    const verified = outcomes.filter((o) => o.verdict === 'verified').length;
    return { outcomes, verified, rejected: outcomes.length - verified, records, seconds: (Date.now() - started) / 1000 };
}
/** Every DIR/<owner>/<name>/artifacts/<id>/ folder; links and dot-folders are skipped. */
function findCandidates(dir) {
    const found = [];
    const folders = (p) => {
        try {
            return (0,external_node_fs_.readdirSync)(p, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name);
        }
        catch {
            return [];
        }
    };
    for (const owner of folders(dir)) {
        for (const name of folders((0,external_node_path_.join)(dir, owner))) {
            const base = (0,external_node_path_.join)(dir, owner, name, organizer_records/* ARTIFACTS_DIR */.yQ);
            for (const id of folders(base)) {
                const abs = (0,external_node_path_.join)(base, id);
                if ((0,external_node_fs_.lstatSync)(abs).isSymbolicLink())
                    continue;
                found.push({ abs, rel: (0,external_node_path_.relative)(dir, abs).split(external_node_path_.sep).join('/'), folderRepository: `${owner}/${name}`, artifactId: /^[0-9]{1,15}$/.test(id) ? Number(id) : null });
            }
        }
    }
    return found;
}
async function verifyOne(event, c, index, records, trust) {
    const owner = index.get(c.folderRepository.toLowerCase());
    const base = { path: c.rel, verdict: 'rejected', detail: '', folderRepository: owner?.repository ?? c.folderRepository, participant: owner?.participant.name ?? null, artifactId: c.artifactId };
    const reject = (reason, detail, claims) => ({ ...base, ...claimFields(claims), verdict: 'rejected', reason, detail });
    const outcome = await (0,verify.verifyPath)(c.abs, { signerWorkflow: event.trust.signerWorkflow, ...(event.trust.predicateType ? { predicateType: event.trust.predicateType } : {}), allowSelfHosted: event.trust.allowSelfHosted }, trust);
    // The verifier names files by absolute path; the report shows them relative to DIR.
    outcome.detail = outcome.detail.split(`${c.abs}${external_node_path_.sep}`).join('');
    if (outcome.verdict !== 'verified' || !outcome.claims)
        return reject(outcome.reason ?? 'malformed', outcome.detail, outcome.claims);
    const claims = outcome.claims;
    if (!owner)
        return reject('wrong-repository', `found in ${c.folderRepository}/, which is not a participant repository of ${event.name}`, claims);
    const record = records.get(owner.repository) ?? null;
    const signedFor = claims.repository.toLowerCase();
    const accepted = new Set([owner.repository.toLowerCase(), record?.fullName?.toLowerCase()].filter(Boolean));
    if (!accepted.has(signedFor))
        return reject('wrong-repository', `signed for ${claims.repository} but found in the folder of ${owner.repository}`, claims);
    const result = outcome.result;
    const validate = validateResult();
    if (!result || !validate(result)) {
        const e = validate.errors?.[0];
        return reject('malformed', `the result is not a Security Slam result document${e ? ` (${e.instancePath || '/'} ${e.message ?? ''})` : ''}`, claims);
    }
    if (result.subject.repository?.toLowerCase() !== signedFor)
        return reject('wrong-repository', `the result is about ${result.subject.repository ?? 'no repository'} but was signed for ${claims.repository}`, claims);
    if (!record?.defaultBranch)
        return reject('wrong-ref', `collect recorded no default branch for ${owner.repository} (run slam collect for it first)`, claims);
    const ref = `refs/heads/${record.defaultBranch}`;
    if (claims.ref !== ref)
        return reject('wrong-ref', `signed on ${claims.ref}, not on the default branch ${ref} that collect saw`, claims);
    if (result.subject.commit && result.subject.commit !== claims.commit)
        return reject('claims-mismatch', `the result names commit ${result.subject.commit.slice(0, 12)} but the certificate ${claims.commit.slice(0, 12)}`, claims);
    const collected = c.artifactId !== null ? record.artifacts.find((a) => a.id === c.artifactId) : undefined;
    if (collected?.headSha && collected.headSha !== claims.commit)
        return reject('claims-mismatch', `the run collect downloaded it from was at ${collected.headSha.slice(0, 12)}, the certificate says ${claims.commit.slice(0, 12)}`, claims);
    const t = Date.parse(claims.signedAt);
    if (!(t >= event.window.startMs && t <= event.window.endMs))
        return reject('outside-window', `signed at ${claims.signedAt}, outside the window ${event.window.start} to ${event.window.end}`, claims);
    const version = result.tool.version;
    if (event.trust.toolVersions && !(semver_default().valid(version) && semver_default().satisfies(version, event.trust.toolVersions, { includePrerelease: true }))) {
        return { ...reject('untrusted-tool-version', `made by ${result.tool.name} ${version}; the event accepts ${event.trust.toolVersions}`, claims), toolVersion: version };
    }
    return { ...base, ...claimFields(claims), verdict: 'verified', detail: outcome.detail || `signed by ${claims.signerWorkflow} at ${claims.signedAt}`, toolVersion: version, result };
}
function claimFields(claims) {
    if (!claims)
        return {};
    return {
        repository: claims.repository,
        commit: claims.commit,
        ref: claims.ref,
        signerWorkflow: claims.signerWorkflow,
        ...(claims.runUrl ? { runUrl: claims.runUrl } : {}),
        signedAt: claims.signedAt,
    };
}
function verificationJson(v) {
    return {
        results: v.outcomes.map((o) => ({
            path: o.path,
            verdict: o.verdict,
            reason: o.reason ?? null,
            detail: o.detail,
            repository: o.repository ?? null,
            commit: o.commit ?? null,
            ref: o.ref ?? null,
            signerWorkflow: o.signerWorkflow ?? null,
            runUrl: o.runUrl ?? null,
            participant: o.participant,
            folderRepository: o.folderRepository,
            artifactId: o.artifactId,
            signedAt: o.signedAt ?? null,
            toolVersion: o.toolVersion ?? null,
        })),
    };
}


/***/ })

};
