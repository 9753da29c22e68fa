export const id = 987;
export const ids = [987];
export const modules = {

/***/ 2987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   score: () => (/* binding */ score)
/* harmony export */ });
/* unused harmony export RESULTS_SCHEMA_VERSION */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1013);

const RESULTS_SCHEMA_VERSION = '1.0.0';
const LEVEL_DEPENDENT = ['chronicler', 'defender'];
const SATISFIED = new Set(['pass', 'attested', 'not-applicable']);
function score(input) {
    const { event } = input;
    const byRepo = new Map();
    for (const o of input.outcomes) {
        const key = o.folderRepository.toLowerCase();
        const list = byRepo.get(key) ?? [];
        list.push(o);
        byRepo.set(key, list);
    }
    const participants = event.participants.map((p) => scoreParticipant(event, p, byRepo, input.records, input.hub?.get(p.name) ?? null));
    const completed = {};
    for (const id of event.objectives)
        completed[id] = participants.filter((p) => p.completed.includes(id)).length;
    return {
        schemaVersion: RESULTS_SCHEMA_VERSION,
        generatedAt: (input.now ?? new Date()).toISOString(),
        tool: { name: _version_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_NAME */ .lH, version: _version_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_VERSION */ .wr },
        event: {
            name: event.name,
            window: { start: event.window.start, end: event.window.end },
            objectives: event.objectives,
            defender: event.defender,
            trust: { signerWorkflow: event.trust.signerWorkflowSource, trustedRoot: event.trust.trustedRoot === 'public-good' ? 'public-good' : 'custom', ...(event.trust.toolVersions ? { toolVersions: event.trust.toolVersions } : {}) },
        },
        totals: {
            participants: participants.length,
            scored: participants.filter((p) => p.scored).length,
            verified: input.outcomes.filter((o) => o.verdict === 'verified').length,
            rejected: input.outcomes.filter((o) => o.verdict === 'rejected').length,
            completed,
        },
        participants,
    };
}
function scoreParticipant(event, p, byRepo, records, hub) {
    const lastResults = new Map();
    const firstResults = new Map();
    const repositories = p.repositories.map((repository) => {
        const outcomes = byRepo.get(repository.toLowerCase()) ?? [];
        const verified = outcomes.filter((o) => o.verdict === 'verified' && o.result).sort((a, b) => (a.signedAt ?? '').localeCompare(b.signedAt ?? '') || a.path.localeCompare(b.path, 'en', { numeric: true }));
        const rejected = outcomes.filter((o) => o.verdict === 'rejected');
        const reasons = new Map();
        for (const r of rejected) {
            const reason = r.reason ?? 'malformed';
            const e = reasons.get(reason);
            if (e)
                e.count++;
            else
                reasons.set(reason, { count: 1, example: r.detail });
        }
        const first = verified[0] ?? null;
        const last = verified[verified.length - 1] ?? null;
        firstResults.set(repository, first?.result ?? null);
        lastResults.set(repository, last?.result ?? null);
        const record = records.get(repository) ?? null;
        return {
            repository,
            url: `https://github.com/${repository}`,
            collect: record ? { status: record.status, detail: record.detail } : { status: 'not-collected', detail: 'slam collect left no record for this repository' },
            verified: verified.length,
            rejected: rejected.length,
            rejections: [...reasons].map(([reason, v]) => ({ reason, ...v })),
            first: first ? toRef(first) : null,
            last: last ? toRef(last) : null,
        };
    });
    const objectives = event.objectives.map((id) => {
        const now = combine(id, p, lastResults);
        const before = [...firstResults.values()].every((r) => r === null) ? null : combine(id, p, firstResults).status;
        const o = { id, status: now.status, first: before, heldBackBy: now.heldBackBy };
        if (id === 'defender')
            applyDefenderRule(event.defender, o, hub);
        return o;
    });
    const completed = objectives.filter((o) => o.status === 'met').map((o) => o.id);
    const gained = objectives.filter((o) => o.status === 'met' && o.first !== null && o.first !== 'met').map((o) => o.id);
    const lost = objectives.filter((o) => o.status !== 'met' && o.first === 'met').map((o) => o.id);
    const requirementsGained = [];
    const requirementsLost = [];
    for (const repository of p.repositories) {
        const a = firstResults.get(repository);
        const b = lastResults.get(repository);
        if (!a || !b || a === b)
            continue;
        const before = new Map(a.controls.filter((c) => c.level <= p.level).map((c) => [c.id, c.status]));
        for (const c of b.controls) {
            if (c.level > p.level)
                continue;
            const from = before.get(c.id);
            if (from === undefined || from === c.status)
                continue;
            const change = { repository, id: c.id, from, to: c.status };
            if (SATISFIED.has(c.status) && !SATISFIED.has(from))
                requirementsGained.push(change);
            else if (!SATISFIED.has(c.status) && SATISFIED.has(from))
                requirementsLost.push(change);
        }
    }
    // The outcomes file's rule: the repository, or for several the owner's URL (the first's owner
    // when they span owners).
    const repoUrl = `https://github.com/${p.repositories.length === 1 ? p.repositories[0] : p.repositories[0].split('/')[0]}`;
    return {
        name: p.name,
        level: p.level,
        ...(p.advisor ? { advisor: p.advisor } : {}),
        ...(p.logo ? { logo: p.logo } : {}),
        repoUrl,
        repositories,
        scored: repositories.every((r) => r.last !== null),
        objectives,
        completed,
        changes: { objectivesGained: gained, objectivesLost: lost, requirementsGained, requirementsLost },
        ...(event.defender !== 'signed-result' ? { hub } : {}),
    };
}
/** One objective across the participant's repositories (the rule is in the header). */
function combine(id, p, results) {
    const per = p.repositories.map((repository) => {
        const r = results.get(repository) ?? null;
        if (!r)
            return { repository, status: 'no-result', why: 'no verified result in the window' };
        if (r.level < p.level && LEVEL_DEPENDENT.includes(id))
            return { repository, status: 'unknown', why: `evaluated at Level ${r.level}; ${p.name} is judged at Level ${p.level}` };
        const o = r.objectives.find((x) => x.id === id);
        if (!o)
            return { repository, status: 'unknown', why: 'the result does not report this objective' };
        return { repository, status: o.status, why: o.status === 'met' ? '' : o.missing[0] ?? o.status };
    });
    const heldBackBy = per.filter((x) => x.status !== 'met');
    let status;
    if (heldBackBy.length === 0)
        status = 'met';
    else if (per.some((x) => x.status === 'met' || x.status === 'partial'))
        status = 'partial';
    else if (per.some((x) => x.status === 'unknown'))
        status = 'unknown';
    else
        status = 'unmet';
    return { status, heldBackBy };
}
/** Defender by the event's rule: the signed result, the grc.store hub's verdict, or either. */
function applyDefenderRule(rule, o, hub) {
    if (rule === 'signed-result')
        return;
    const fromHub = !hub ? 'unknown' : hub.state === 'passed' ? 'met' : hub.state === 'failed' ? 'unmet' : hub.state === 'stale' ? 'partial' : 'unknown';
    const hubLine = hub ? `grc.store hub: ${hub.state}${hub.runAt ? ` (run ${hub.runAt})` : ''}: ${hub.detail}` : 'grc.store hub: no verdict recorded by collect';
    if (rule === 'grc-store') {
        o.status = fromHub;
        o.heldBackBy = fromHub === 'met' ? [] : [{ repository: hub?.target ?? 'grc.store', status: fromHub, why: hubLine }];
    }
    else if (fromHub === 'met') {
        o.status = 'met';
        o.heldBackBy = [];
    }
    else if (o.status !== 'met') {
        const rank = ['unmet', 'unknown', 'partial', 'met'];
        if (rank.indexOf(fromHub) > rank.indexOf(o.status))
            o.status = fromHub;
    }
    o.note = hubLine;
}
function toRef(o) {
    const r = o.result;
    const objectives = {};
    for (const x of r.objectives)
        objectives[x.id] = x.status;
    return {
        path: o.path,
        signedAt: o.signedAt ?? '',
        commit: o.commit ?? '',
        ref: o.ref ?? '',
        runUrl: o.runUrl && /^https:\/\//.test(o.runUrl) ? o.runUrl : null,
        signerWorkflow: o.signerWorkflow ?? '',
        toolVersion: r.tool.version,
        level: r.level,
        objectives,
    };
}


/***/ })

};
