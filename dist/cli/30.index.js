export const id = 30;
export const ids = [30];
export const modules = {

/***/ 5030:
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
var gemara = __webpack_require__(2751);
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
    return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
/** YAML, quoted wherever a YAML 1.1 reader (many Go and Python tools) would read a string as something else. */
function toGemaraYaml(result) {
    return (0,dist/* stringify */.As)(toGemaraEvaluationLog(result), { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false });
}
function toGemaraJson(result) {
    return JSON.stringify(toGemaraEvaluationLog(result), null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/reporters/escape.ts
// Text from the evaluated repository is hostile: it must not inject Markdown or HTML into
// the job summary, nor mention people, nor break a table.
const MD_SPECIAL = /[\\`*_{}[\]()#+\-.!|~<>&@]/g;
const ENTITY = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '@': '&#64;', '|': '&#124;' };
/** Escapes text for Markdown and inline HTML, on one line, at most `max` characters. */
function escapeMarkdown(text, max = 500) {
    const oneLine = stripControl(text).replace(/\s+/g, ' ').trim();
    const cut = oneLine.length > max ? oneLine.slice(0, max - 1) + '…' : oneLine;
    return cut.replace(MD_SPECIAL, (c) => ENTITY[c] ?? `\\${c}`);
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
const ICON = { met: '✅', partial: '🟡', unmet: '❌', unknown: '❔' };
const STATUS_ICON = { pass: '✅', fail: '❌', attested: '📝', unknown: '❔', 'not-applicable': '➖' };
const HUB_ICON = { Passed: '✅', 'Not Applicable': '➖', Failed: '❌', 'Needs Review': '📝', Unknown: '❔', 'Not Run': '⏸️' };
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
            const said = d.hubMessage ? `<br>hub: “${escapeMarkdown(d.hubMessage, 200)}”` : '';
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
    const lines = [`  grc.store hub (Defender since Fall 2026): ${paint(colour, verdict)} · ${clean(c.target)} on ${clean(c.hub)}${run ? `: ${clean(run)}` : ''}${link ? ` · ${link}` : ''}`];
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

;// CONCATENATED MODULE: ./src/reporters/markdown.ts


// GitHub refuses job summaries over 1 MiB. Each part after the head stops at its share of the
// budget, which leaves room for the parts after it and for the closing lines (a few hundred bytes).
const BUDGET_BYTES = 900 * 1024;
const ATTENTION_BYTES = BUDGET_BYTES * 0.6;
const TABLE_BYTES = BUDGET_BYTES * 0.75;
const FINDINGS_BYTES = BUDGET_BYTES * 0.9;
const MAX_EVIDENCE_LINES = 8;
const markdown_ICON = {
    pass: '✅',
    fail: '❌',
    attested: '📝',
    unknown: '❔',
    'not-applicable': '➖',
};
function toMarkdown(result) {
    const w = new Writer();
    const subject = [
        result.subject.repository ? escapeMarkdown(result.subject.repository) : 'local checkout',
        result.subject.commit ? `commit ${result.subject.commit.slice(0, 12)}` : null,
        `OSPS Baseline ${escapeMarkdown(result.catalog.version)}`,
        `${escapeMarkdown(result.tool.name)} ${escapeMarkdown(result.tool.version)}`,
    ].filter(Boolean);
    // The head is bounded by construction (a few lists of at most 20 short lines); what follows is
    // added while it fits, each part leaving room for the next.
    w.push(`## Security Slam: OSPS Baseline Level ${result.level}`, '', subject.join(' · '), '');
    w.push(...objectivesRow(result), '');
    w.push(...nextStepBlock(result), '');
    w.push(`Level ${result.level} ${LEVEL_SOURCE[result.levelSource]}.`, '');
    w.push(...levelTable(result), '');
    w.push(...insightsBlock(result), '');
    w.push(...hubMarkdown(result));
    if (!result.run.hasToken || result.run.offline)
        w.push(`> [!NOTE]\n> ${result.run.offline ? 'Offline run' : 'No GitHub token'}: requirements that need the GitHub API are reported unknown.`, '');
    const attention = result.controls.filter((c) => c.status === 'fail' || c.status === 'unknown');
    attention.sort((a, b) => rank(a) - rank(b) || a.level - b.level || a.id.localeCompare(b.id));
    if (attention.length > 0) {
        w.push(`### Needs attention (${attention.length})`, '');
        const fails = attention.filter((c) => c.status === 'fail').length;
        let shown = 0;
        while (shown < attention.length && w.pushWithin(ATTENTION_BYTES, ...controlBlock(attention[shown])))
            shown++;
        if (shown < attention.length)
            w.push(`_${attention.length - shown} more not shown to keep this summary under GitHub's size limit; see the result file._`, '');
        if (fails === 0)
            w.push('Nothing fails; the unknowns above say what would decide them.', '');
    }
    const rest = result.controls.filter((c) => c.status !== 'fail' && c.status !== 'unknown');
    if (rest.length > 0) {
        w.push(`<details><summary>Passing, attested and not applicable (${rest.length})</summary>`, '');
        w.push('| Requirement | Level | Status | Evidence |', '| --- | --- | --- | --- |');
        for (const c of rest) {
            const ev = c.evidence.slice(0, 3).map(evidenceText).join('<br>');
            if (!w.pushWithin(TABLE_BYTES, `| [${c.id}](${c.helpUri}) ${escapeMarkdown(c.title, 120)} | ${c.level} | ${markdown_ICON[c.status]} ${c.status} | ${ev} |`)) {
                w.push('| … | | | truncated to stay under the size limit |');
                break;
            }
        }
        w.push('', '</details>', '');
    }
    if (result.findings.length > 0) {
        w.push(`<details><summary>Hardening findings (${result.findings.length})</summary>`, '');
        let shown = 0;
        for (const f of result.findings.slice(0, 100)) {
            if (!w.pushWithin(FINDINGS_BYTES, `- ${escapeMarkdown(f.path, 200)}:${f.line}: ${escapeMarkdown(f.message, 300)}`))
                break;
            shown++;
        }
        if (result.findings.length > shown)
            w.push(`- and ${result.findings.length - shown} more in the SARIF report`);
        w.push('', '</details>', '');
    }
    if (result.notes.length > 0) {
        w.push(`<details><summary>Notes while reading the repository (${result.notes.length})</summary>`, '');
        let shown = 0;
        for (const n of result.notes.slice(0, 50)) {
            if (!w.pushWithin(BUDGET_BYTES, `- ${escapeMarkdown(n.path, 200)}: ${escapeMarkdown(n.detail, 200)}`))
                break;
            shown++;
        }
        if (result.notes.length > shown)
            w.push(`- and ${result.notes.length - shown} more in the result file`);
        w.push('', '</details>', '');
    }
    return w.lines.join('\n');
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
function levelTable(result) {
    const rows = ['| Level | Pass | Fail | Unknown | Attested | Not applicable |', '| --- | --- | --- | --- | --- | --- |'];
    for (const s of result.summary) {
        const state = s.fail > 0 ? '❌' : s.unknown > 0 ? '❔' : '✅';
        rows.push(`| ${state} Level ${s.level}: ${s.pass} of ${s.total} pass, ${s.fail} fail, ${s.unknown} unknown | ${s.pass} | ${s.fail} | ${s.unknown} | ${s.attested} | ${s['not-applicable']} |`);
    }
    const byPermission = unknownsByPermission(result);
    if (byPermission.length > 0) {
        rows.push('', '**What would turn unknowns into answers:**', '');
        for (const [what, ids] of byPermission)
            rows.push(`- ${escapeMarkdown(what, 200)}: ${ids.join(', ')}`);
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
            key = 'a full checkout (actions/checkout with fetch-depth: 0)';
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
const OBJECTIVE_ICON = { met: '✅', partial: '🟡', unmet: '❌', unknown: '❔' };
/** The six objectives in one row: where the project stands at a glance. */
function objectivesRow(result) {
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
            for (const m of o.missing.slice(0, 8))
                lines.push(`  - ${escapeMarkdown(m, 400)}`);
            if (o.missing.length > 8)
                lines.push(`  - and ${o.missing.length - 8} more in the result file`);
        }
        lines.push('', '</details>');
    }
    lines.push('', '_Organizers award badges; this report shows the evidence._');
    return lines;
}
/** Exactly one next step: the first objective in the event's order that is not met. */
function nextStepBlock(result) {
    const n = result.nextStep;
    if (!n)
        return result.objectives.length > 0 ? ['**Next step:** none: every objective is met.'] : [];
    const lines = [`### Next step: ${escapeMarkdown(n.title.split(':')[0], 80)}`, ''];
    n.actions.forEach((a, i) => {
        const link = a.requirement && a.helpUri ? ` ([${a.requirement}](${a.helpUri}))` : '';
        lines.push(`${i + 1}. ${escapeMarkdown(a.text, 500)}${link}`);
    });
    return lines;
}
function insightsBlock(result) {
    const si = result.securityInsights;
    if (!si)
        return ['**Security Insights:** ❌ no `security-insights.yml` found (at the root or in `.github/`). `slam insights init` drafts one.'];
    const errors = si.diagnostics.filter((d) => d.severity === 'error');
    const warnings = si.diagnostics.filter((d) => d.severity !== 'error');
    const state = si.legacy ? '❌ legacy schema 1.0.0, does not meet the current 2.x schema' : si.valid ? '✅ valid' : '❌ not valid';
    const version = si.schemaVersion ? `schema ${escapeMarkdown(si.schemaVersion, 40)}` : 'no schema version';
    const lines = [`**Security Insights:** ${escapeMarkdown(si.path, 200)} (${version}): ${state}; ${errors.length} error(s), ${warnings.length} warning(s)`];
    const shown = [...errors, ...warnings].slice(0, MAX_DIAGNOSTICS_SHOWN);
    if (shown.length > 0) {
        lines.push('');
        for (const d of shown) {
            const where = d.line > 0 ? `${escapeMarkdown(d.path, 200)}:${d.line}:${d.column}` : escapeMarkdown(d.path, 200);
            lines.push(`- ${d.severity === 'error' ? '❌' : '⚠️'} ${where}: ${escapeMarkdown(d.message, 400)}`);
        }
        if (si.diagnostics.length > shown.length)
            lines.push(`- and ${si.diagnostics.length - shown.length} more in the result file`);
    }
    return lines;
}
function controlBlock(c) {
    const lines = [`#### ${markdown_ICON[c.status]} [${c.id}](${c.helpUri}): ${escapeMarkdown(c.title, 200)}`, ''];
    for (const e of c.evidence.slice(0, MAX_EVIDENCE_LINES))
        lines.push(`- ${evidenceText(e)}`);
    if (c.evidence.length > MAX_EVIDENCE_LINES)
        lines.push(`- and ${c.evidence.length - MAX_EVIDENCE_LINES} more in the result file`);
    if (c.remediation)
        lines.push(`- **What to do:** ${escapeMarkdown(c.remediation, 600)}`);
    lines.push('');
    return lines;
}
function evidenceText(e) {
    const where = e.path ? `${escapeMarkdown(e.path, 200)}${e.line ? `:${e.line}` : ''}: ` : '';
    return `${where}${escapeMarkdown(e.detail, 300)}`;
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
// SARIF 2.1.0 for GitHub code scanning: one run, one rule per requirement, results on the
// file and line the fix touches, fingerprints that stay stable from run to run.


function toSarif(result, options = {}) {
    const unknownAsNotes = options.unknownAsNotes ?? true;
    const maxPerRule = options.maxResultsPerRule ?? 50;
    const rules = result.controls.map((c) => ruleFor(c));
    const results = [];
    result.controls.forEach((c, ruleIndex) => {
        if (c.status === 'fail')
            results.push(...resultsFor(c, ruleIndex, 'error', maxPerRule));
        else if (c.status === 'unknown' && unknownAsNotes)
            results.push(...resultsFor(c, ruleIndex, 'note', 1));
    });
    for (const extra of extraResults(result, rules.length)) {
        rules.push(extra.rule);
        results.push(...extra.results);
    }
    finishFingerprints(results);
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
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
                results,
                properties: { catalog: `${result.catalog.id}@${result.catalog.version}`, level: result.level },
            },
        ],
    };
}
function ruleFor(c) {
    const help = `${c.title}.\n\nOSPS Baseline requirement ${c.id} (maturity level ${c.level} and above).`;
    return {
        id: c.id,
        name: c.id.replace(/[^A-Za-z0-9]/g, ''),
        shortDescription: { text: c.title },
        fullDescription: { text: `${c.id}: ${c.title}.` },
        helpUri: c.helpUri,
        help: {
            text: `${help}\n\nSee ${c.helpUri}`,
            markdown: `**${c.title}.**\n\nOSPS Baseline requirement [${c.id}](${c.helpUri}) applies from maturity level ${c.level}.`,
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
function resultsFor(c, ruleIndex, level, max) {
    // Evidence outside the repository (a parent Security Insights file at a URL) is no place for an alert.
    const located = c.evidence.filter((e) => e.path !== undefined && inRepository(e.path));
    const out = [];
    const remediation = c.remediation ? ` ${c.remediation}` : '';
    if (located.length > 0 && level === 'error') {
        for (const e of located.slice(0, max)) {
            out.push(sarifResult(c.id, ruleIndex, level, `${c.id}: ${e.detail}.${remediation}`, { path: e.path, line: e.line ?? 1, column: e.column }, e.detail));
        }
        return out;
    }
    if (!c.location)
        return out; // a repository without a single file: nothing to anchor to
    const detail = c.evidence.map((e) => e.detail).join('; ');
    out.push(sarifResult(c.id, ruleIndex, level, `${c.id}: ${detail}.${remediation}`, c.location, 'requirement'));
    return out;
}
const MAX_MESSAGE = 2000;
/** One result on one place in the repository; `key` is what the fingerprint keeps besides rule and file. */
function sarifResult(ruleId, ruleIndex, level, text, where, key) {
    const region = { startLine: Math.max(1, where.line) };
    if (where.column !== undefined)
        region.startColumn = Math.max(1, where.column);
    return {
        ruleId,
        ruleIndex,
        level,
        message: { text: text.length > MAX_MESSAGE ? text.slice(0, MAX_MESSAGE - 1) + '…' : text },
        locations: [{ physicalLocation: { artifactLocation: { uri: toUri(where.path), uriBaseId: '%SRCROOT%' }, region } }],
        // Stable across runs: rule, file and what was found, never the line (which moves with edits).
        partialFingerprints: { [FINGERPRINT]: `${ruleId}\u0000${where.path}\u0000${key.replace(/\d+/g, '#')}` },
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
    'workflow/unpinned-action': {
        id: 'workflow/unpinned-action',
        title: 'Action not pinned to a full commit SHA',
        help: 'A tag or branch can be moved to malicious code, as in the tj-actions/changed-files compromise; a full commit SHA cannot. Pin the action to the commit SHA and keep the version in a trailing comment (`uses: owner/action@<sha> # v1.2.3`).',
        level: 'warning',
        severity: '5.5',
        tags: ['security', 'supply-chain', 'hardening'],
    },
};
function extraResults(result, firstIndex) {
    const groups = new Map();
    const add = (id, item) => {
        const list = groups.get(id) ?? [];
        if (list.length < 500)
            list.push(item);
        groups.set(id, list);
    };
    const si = result.securityInsights;
    if (si) {
        for (const d of si.diagnostics) {
            if (!inRepository(d.path))
                continue; // a parent file at a URL is not in this repository
            const id = d.severity === 'error' ? 'security-insights/error' : 'security-insights/warning';
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
        const rule = {
            id: r.id,
            name: r.id.split(/[^A-Za-z0-9]+/).map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(''),
            shortDescription: { text: r.title },
            fullDescription: { text: r.help },
            help: { text: r.help, markdown: r.help },
            defaultConfiguration: { level: r.level },
            properties: { tags: r.tags, precision: 'high', 'problem.severity': r.level === 'note' ? 'recommendation' : r.level, 'security-severity': r.severity },
        };
        const results = items.map((it) => sarifResult(r.id, ruleIndex, it.level, it.message, it, it.message));
        out.push({ rule, results });
    }
    return out;
}
/** A path relative to the repository root: no URL, no absolute or drive path, no '..' segment. */
function inRepository(path) {
    return path !== '' && !/^[a-z][a-z0-9+.-]*:|^[/\\]|(^|[/\\])\.\.([/\\]|$)/i.test(path);
}
function toUri(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
function fingerprint(s) {
    return (0,external_node_crypto_.createHash)('sha256').update(s).digest('hex').slice(0, 32);
}

;// CONCATENATED MODULE: ./src/reporters/text.ts


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
    lines.push(paint('bold', `Security Slam · OSPS Baseline ${result.catalog.version} · Level ${result.level} · ${text_clean(subject)}`));
    if (result.objectives.length > 0) {
        const icon = { met: paint('green', 'met'), partial: paint('yellow', 'partial'), unmet: paint('red', 'unmet'), unknown: paint('dim', 'unknown') };
        lines.push(`  Objectives: ${result.objectives.map((o) => `${o.title.split(':')[0]} ${icon[o.status] ?? o.status}`).join(' · ')}`);
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
    if (si) {
        const errors = si.diagnostics.filter((d) => d.severity === 'error').length;
        const state = si.legacy ? paint('red', 'legacy 1.0.0 schema') : si.valid ? paint('green', 'valid') : paint('red', 'not valid');
        lines.push(`  Security Insights: ${text_clean(si.path)} (${text_clean(si.schemaVersion ?? 'no version')}): ${state}, ${errors} error(s), ${si.diagnostics.length - errors} warning(s)`);
        for (const d of si.diagnostics.slice(0, 10))
            lines.push(paint('dim', `     ${text_clean(d.path)}${d.line > 0 ? `:${d.line}:${d.column}` : ''}: ${d.severity}: ${text_clean(d.message)}`));
    }
    else {
        lines.push(`  Security Insights: ${paint('red', 'none found')} (slam insights init drafts one)`);
    }
    lines.push(...hubText(result, paint));
    lines.push('');
    const order = ['fail', 'unknown', 'attested', 'not-applicable', 'pass'];
    for (const status of order) {
        if (status === 'pass' && !options.verbose)
            continue;
        for (const c of result.controls.filter((x) => x.status === status)) {
            lines.push(`${mark[c.status]} ${c.id} ${text_clean(c.title)}`);
            for (const e of c.evidence.slice(0, 5)) {
                const where = e.path ? `${text_clean(e.path)}${e.line ? `:${e.line}` : ''}: ` : '';
                lines.push(paint('dim', `     ${where}${text_clean(e.detail)}`));
            }
            if (c.remediation)
                lines.push(`     → ${text_clean(c.remediation)}`);
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
            return JSON.stringify(toSarif(result, { unknownAsNotes: options.unknownAsNotes ?? true }), null, 2) + '\n';
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
