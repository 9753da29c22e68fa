export const id = 955;
export const ids = [955];
export const modules = {

/***/ 955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   toText: () => (/* binding */ toText)
/* harmony export */ });
/* harmony import */ var _counts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9496);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2875);
/* harmony import */ var _hub_comparison_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7559);



const MAX_EVIDENCE = 5;
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
    lines.push(paint('bold', `Security Slam \u00b7 OSPS Baseline ${result.catalog.version} \u00b7 Level ${result.level} \u00b7 ${clean(subject)}`));
    if (result.objectives.length > 0) {
        const icon = { met: paint('green', 'met'), partial: paint('yellow', 'partial'), unmet: paint('red', 'unmet'), unknown: paint('dim', 'unknown') };
        lines.push(`  Objectives: ${result.objectives.map((o) => `${o.title.split(':')[0]} ${icon[o.status] ?? o.status}`).join(' \u00b7 ')}`);
        if (result.nextStep) {
            lines.push(paint('bold', `  Next step: ${clean(result.nextStep.title.split(':')[0])}`));
            result.nextStep.actions.forEach((a, i) => lines.push(`    ${i + 1}. ${clean(a.text)}${a.requirement ? ` (${a.requirement})` : ''}`));
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
        const counts = (0,_counts_js__WEBPACK_IMPORTED_MODULE_2__/* .countBySeverity */ .Ot)(si.diagnostics.map((d) => d.severity));
        const state = si.legacy ? paint('red', 'legacy 1.0.0 schema') : si.valid ? paint('green', 'valid') : paint('red', 'not valid');
        lines.push(`  Security Insights: ${clean(si.path)} (${clean(si.schemaVersion ?? 'no version')}): ${state}, ${(0,_counts_js__WEBPACK_IMPORTED_MODULE_2__/* .severityCounts */ .ur)(counts, true)}`);
        const order = { error: 0, warning: 1, info: 2 };
        const shown = [...si.diagnostics].sort((a, b) => order[a.severity] - order[b.severity]).slice(0, limit(MAX_DIAGNOSTICS));
        for (const d of shown)
            lines.push(paint('dim', `     ${clean(d.path)}${d.line > 0 ? `:${d.line}:${d.column}` : ''}: ${d.severity === 'info' ? 'note' : d.severity}: ${clean(d.message)}`));
        more(si.diagnostics.length, shown.length, '     ');
    }
    else {
        lines.push(`  Security Insights: ${paint('red', 'none found')} (slam insights init drafts one)`);
    }
    lines.push(...(0,_hub_comparison_js__WEBPACK_IMPORTED_MODULE_1__/* .hubText */ .HG)(result, paint));
    if (result.findings.length > 0) {
        lines.push(`  Hardening findings: ${(0,_counts_js__WEBPACK_IMPORTED_MODULE_2__/* .countedList */ .zF)(result.findings.length, (0,_counts_js__WEBPACK_IMPORTED_MODULE_2__/* .countBySeverity */ .Ot)(result.findings.map((f) => f.severity)))}`);
        const shown = result.findings.slice(0, limit(MAX_FINDINGS));
        for (const f of shown)
            lines.push(paint('dim', `     ${clean(f.path)}:${f.line}: ${f.severity}: ${clean(f.message)}`));
        more(result.findings.length, shown.length, '     ');
    }
    if (result.notes.length > 0) {
        lines.push(`  Notes while reading the repository: ${result.notes.length}`);
        const shown = result.notes.slice(0, limit(MAX_NOTES));
        for (const n of shown)
            lines.push(paint('dim', `     ${clean(n.path)}: ${clean(n.detail)}`));
        more(result.notes.length, shown.length, '     ');
    }
    lines.push('');
    const order = ['fail', 'unknown', 'attested', 'not-applicable', 'pass'];
    for (const status of order) {
        if (status === 'pass' && !options.verbose)
            continue;
        for (const c of result.controls.filter((x) => x.status === status)) {
            lines.push(`${mark[c.status]} ${c.id} ${clean(c.title)}`);
            const evidence = c.evidence.slice(0, limit(MAX_EVIDENCE));
            for (const e of evidence) {
                const where = e.path ? `${clean(e.path)}${e.line ? `:${e.line}` : ''}: ` : '';
                lines.push(paint('dim', `     ${where}${clean(e.detail)}`));
            }
            more(c.evidence.length, evidence.length, '     ');
            if (c.remediation)
                lines.push(`     \u2192 ${clean(c.remediation)}`);
        }
    }
    const passing = result.controls.filter((c) => c.status === 'pass').length;
    if (!options.verbose && passing > 0)
        lines.push(paint('dim', `${passing} passing requirement(s) not listed; use --verbose to list them.`));
    return lines.join('\n') + '\n';
}
function clean(s) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .stripControl */ .kU)(s).replace(/\s+/g, ' ').trim();
}


/***/ })

};
