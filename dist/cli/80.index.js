export const id = 80;
export const ids = [80];
export const modules = {

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
var verify_event = __webpack_require__(3058);
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


/***/ })

};
