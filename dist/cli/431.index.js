export const id = 431;
export const ids = [431];
export const modules = {

/***/ 7636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kc: () => (/* binding */ CATALOG_ID),
  g2: () => (/* binding */ CATALOG_URL),
  $i: () => (/* binding */ CATALOG_VERSION),
  A_: () => (/* binding */ LEVELS),
  dq: () => (/* binding */ REQUIREMENTS),
  hr: () => (/* binding */ RETIRED_REQUIREMENTS),
  xR: () => (/* binding */ helpUrl),
  Gw: () => (/* binding */ requirementsAt)
});

// UNUSED EXPORTS: FAMILIES, requirement

;// CONCATENATED MODULE: ./src/catalog/osps-baseline-2026.02.19.json
const osps_baseline_2026_02_19_namespaceObject = /*#__PURE__*/JSON.parse('{"U$":"osps-baseline","rE":"2026.02.19","dd":"https://baseline.openssf.org/versions/2026-02-19","TJ":{"AC":"Access Control","BR":"Build and Release","DO":"Documentation","GV":"Governance","LE":"Legal","QA":"Quality","SA":"Security Assessment","VM":"Vulnerability Management"},"Ln":[{"id":"OSPS-AC-01.01","control":"OSPS-AC-01","family":"AC","level":1,"listedLevels":[1,2,3],"title":"Multi-factor authentication is required to read or change sensitive resources"},{"id":"OSPS-AC-02.01","control":"OSPS-AC-02","family":"AC","level":1,"listedLevels":[1,2,3],"title":"New collaborators start with the least privilege or manual assignment"},{"id":"OSPS-AC-03.01","control":"OSPS-AC-03","family":"AC","level":1,"listedLevels":[1,2,3],"title":"Direct pushes to the primary branch are blocked"},{"id":"OSPS-AC-03.02","control":"OSPS-AC-03","family":"AC","level":1,"listedLevels":[1,2,3],"title":"Deleting the primary branch is prevented or needs explicit confirmation"},{"id":"OSPS-AC-04.01","control":"OSPS-AC-04","family":"AC","level":2,"listedLevels":[2,3],"title":"CI jobs without declared permissions get the lowest permissions"},{"id":"OSPS-AC-04.02","control":"OSPS-AC-04","family":"AC","level":3,"listedLevels":[3],"title":"CI jobs are given only the permissions they need"},{"id":"OSPS-BR-01.01","control":"OSPS-BR-01","family":"BR","level":1,"listedLevels":[1,2,3],"title":"Untrusted metadata is sanitized before CI uses it"},{"id":"OSPS-BR-01.03","control":"OSPS-BR-01","family":"BR","level":1,"listedLevels":[1,2,3],"title":"CI running untrusted code has no access to privileged credentials"},{"id":"OSPS-BR-01.04","control":"OSPS-BR-01","family":"BR","level":3,"listedLevels":[3],"title":"Collaborator input to CI is sanitized before use"},{"id":"OSPS-BR-02.01","control":"OSPS-BR-02","family":"BR","level":2,"listedLevels":[2,3],"title":"Each release has a unique version identifier"},{"id":"OSPS-BR-02.02","control":"OSPS-BR-02","family":"BR","level":3,"listedLevels":[3],"title":"Every release asset is tied to the release identifier"},{"id":"OSPS-BR-03.01","control":"OSPS-BR-03","family":"BR","level":1,"listedLevels":[1,2,3],"title":"Official project channels are served only over encrypted connections"},{"id":"OSPS-BR-03.02","control":"OSPS-BR-03","family":"BR","level":1,"listedLevels":[1,2,3],"title":"Official distribution channels are authenticated against tampering in transit"},{"id":"OSPS-BR-04.01","control":"OSPS-BR-04","family":"BR","level":2,"listedLevels":[2,3],"title":"Releases carry a log of functional and security changes"},{"id":"OSPS-BR-05.01","control":"OSPS-BR-05","family":"BR","level":2,"listedLevels":[2,3],"title":"The build ingests dependencies with standard tooling"},{"id":"OSPS-BR-06.01","control":"OSPS-BR-06","family":"BR","level":2,"listedLevels":[2,3],"title":"Releases are signed or listed in a signed manifest of hashes"},{"id":"OSPS-BR-07.01","control":"OSPS-BR-07","family":"BR","level":1,"listedLevels":[1],"title":"Secrets are kept out of version control"},{"id":"OSPS-BR-07.02","control":"OSPS-BR-07","family":"BR","level":3,"listedLevels":[3],"title":"A policy governs how secrets and credentials are managed"},{"id":"OSPS-DO-01.01","control":"OSPS-DO-01","family":"DO","level":1,"listedLevels":[1,2,3],"title":"User guides cover the basic functionality"},{"id":"OSPS-DO-02.01","control":"OSPS-DO-02","family":"DO","level":1,"listedLevels":[1,2,3],"title":"Documentation explains how to report defects"},{"id":"OSPS-DO-03.01","control":"OSPS-DO-03","family":"DO","level":3,"listedLevels":[3],"title":"Documentation explains how to verify release integrity and authenticity"},{"id":"OSPS-DO-03.02","control":"OSPS-DO-03","family":"DO","level":3,"listedLevels":[3],"title":"Documentation explains how to verify who or what produced a release"},{"id":"OSPS-DO-04.01","control":"OSPS-DO-04","family":"DO","level":3,"listedLevels":[3],"title":"Documentation states the scope and duration of support per release"},{"id":"OSPS-DO-05.01","control":"OSPS-DO-05","family":"DO","level":3,"listedLevels":[3],"title":"Documentation states when releases stop receiving security updates"},{"id":"OSPS-DO-06.01","control":"OSPS-DO-06","family":"DO","level":2,"listedLevels":[2,3],"title":"Documentation explains how dependencies are selected, obtained and tracked"},{"id":"OSPS-DO-07.01","control":"OSPS-DO-07","family":"DO","level":2,"listedLevels":[2,3],"title":"Documentation explains how to build the software from source"},{"id":"OSPS-GV-01.01","control":"OSPS-GV-01","family":"GV","level":2,"listedLevels":[2,3],"title":"Members with access to sensitive resources are listed"},{"id":"OSPS-GV-01.02","control":"OSPS-GV-01","family":"GV","level":2,"listedLevels":[2,3],"title":"Roles and responsibilities of members are described"},{"id":"OSPS-GV-02.01","control":"OSPS-GV-02","family":"GV","level":1,"listedLevels":[1,2,3],"title":"There is a public place to discuss changes and usage problems"},{"id":"OSPS-GV-03.01","control":"OSPS-GV-03","family":"GV","level":1,"listedLevels":[1,2,3],"title":"The contribution process is explained"},{"id":"OSPS-GV-03.02","control":"OSPS-GV-03","family":"GV","level":2,"listedLevels":[2,3],"title":"A contributor guide sets requirements for acceptable contributions"},{"id":"OSPS-GV-04.01","control":"OSPS-GV-04","family":"GV","level":3,"listedLevels":[3],"title":"Collaborators are reviewed before they get escalated permissions"},{"id":"OSPS-LE-01.01","control":"OSPS-LE-01","family":"LE","level":2,"listedLevels":[2,3],"title":"Contributors assert their right to contribute on every commit"},{"id":"OSPS-LE-02.01","control":"OSPS-LE-02","family":"LE","level":1,"listedLevels":[1,2,3],"title":"The source code license is OSI- or FSF-approved"},{"id":"OSPS-LE-02.02","control":"OSPS-LE-02","family":"LE","level":1,"listedLevels":[1,2,3],"title":"The license of released assets is OSI- or FSF-approved"},{"id":"OSPS-LE-03.01","control":"OSPS-LE-03","family":"LE","level":1,"listedLevels":[1,2,3],"title":"The license is kept in a LICENSE or COPYING file or LICENSE directory"},{"id":"OSPS-LE-03.02","control":"OSPS-LE-03","family":"LE","level":1,"listedLevels":[1,2,3],"title":"Released assets include the license"},{"id":"OSPS-QA-01.01","control":"OSPS-QA-01","family":"QA","level":1,"listedLevels":[1,2,3],"title":"The source repository is publicly readable at a stable URL"},{"id":"OSPS-QA-01.02","control":"OSPS-QA-01","family":"QA","level":1,"listedLevels":[1,2,3],"title":"Version control keeps a public record of who changed what and when"},{"id":"OSPS-QA-02.01","control":"OSPS-QA-02","family":"QA","level":1,"listedLevels":[1,2,3],"title":"The repository lists its direct dependencies"},{"id":"OSPS-QA-02.02","control":"OSPS-QA-02","family":"QA","level":3,"listedLevels":[3],"title":"Compiled release assets ship with an SBOM"},{"id":"OSPS-QA-03.01","control":"OSPS-QA-03","family":"QA","level":2,"listedLevels":[2,3],"title":"Status checks pass, or are bypassed by hand, before commits reach the primary branch"},{"id":"OSPS-QA-04.01","control":"OSPS-QA-04","family":"QA","level":1,"listedLevels":[1,2,3],"title":"A multi-repository project lists its codebases"},{"id":"OSPS-QA-04.02","control":"OSPS-QA-04","family":"QA","level":3,"listedLevels":[3],"title":"Subprojects enforce security requirements at least as strict"},{"id":"OSPS-QA-05.01","control":"OSPS-QA-05","family":"QA","level":1,"listedLevels":[1,2,3],"title":"No generated executables are committed"},{"id":"OSPS-QA-05.02","control":"OSPS-QA-05","family":"QA","level":1,"listedLevels":[1,2,3],"title":"No unreviewable binaries are committed"},{"id":"OSPS-QA-06.01","control":"OSPS-QA-06","family":"QA","level":2,"listedLevels":[2,3],"title":"An automated test suite runs before changes are accepted"},{"id":"OSPS-QA-06.02","control":"OSPS-QA-06","family":"QA","level":3,"listedLevels":[3],"title":"Documentation says when and how tests run"},{"id":"OSPS-QA-06.03","control":"OSPS-QA-06","family":"QA","level":3,"listedLevels":[3],"title":"A policy asks major changes to add or update tests"},{"id":"OSPS-QA-07.01","control":"OSPS-QA-07","family":"QA","level":3,"listedLevels":[3],"title":"Changes to the primary branch need a non-author approval"},{"id":"OSPS-SA-01.01","control":"OSPS-SA-01","family":"SA","level":2,"listedLevels":[2,3],"title":"Design documentation shows the system\'s actions and actors"},{"id":"OSPS-SA-02.01","control":"OSPS-SA-02","family":"SA","level":2,"listedLevels":[2,3],"title":"External software interfaces of released software are described"},{"id":"OSPS-SA-03.01","control":"OSPS-SA-03","family":"SA","level":2,"listedLevels":[2,3],"title":"A security assessment of likely and impactful problems is done"},{"id":"OSPS-SA-03.02","control":"OSPS-SA-03","family":"SA","level":3,"listedLevels":[3],"title":"A threat model and attack surface analysis is done"},{"id":"OSPS-VM-01.01","control":"OSPS-VM-01","family":"VM","level":2,"listedLevels":[2,3],"title":"A coordinated disclosure policy states a response time"},{"id":"OSPS-VM-02.01","control":"OSPS-VM-02","family":"VM","level":1,"listedLevels":[1],"title":"Security contacts are documented"},{"id":"OSPS-VM-03.01","control":"OSPS-VM-03","family":"VM","level":2,"listedLevels":[2,3],"title":"Vulnerabilities can be reported privately to the security contacts"},{"id":"OSPS-VM-04.01","control":"OSPS-VM-04","family":"VM","level":2,"listedLevels":[2,3],"title":"Data about discovered vulnerabilities is published"},{"id":"OSPS-VM-04.02","control":"OSPS-VM-04","family":"VM","level":3,"listedLevels":[3],"title":"Vulnerabilities that do not affect the project are stated in VEX"},{"id":"OSPS-VM-05.01","control":"OSPS-VM-05","family":"VM","level":3,"listedLevels":[3],"title":"A policy sets a remediation threshold for SCA findings"},{"id":"OSPS-VM-05.02","control":"OSPS-VM-05","family":"VM","level":3,"listedLevels":[3],"title":"A policy requires SCA violations to be addressed before release"},{"id":"OSPS-VM-05.03","control":"OSPS-VM-05","family":"VM","level":3,"listedLevels":[3],"title":"Every change is checked for malicious and vulnerable dependencies"},{"id":"OSPS-VM-06.01","control":"OSPS-VM-06","family":"VM","level":3,"listedLevels":[3],"title":"A policy sets a remediation threshold for SAST findings"},{"id":"OSPS-VM-06.02","control":"OSPS-VM-06","family":"VM","level":3,"listedLevels":[3],"title":"Every change is checked for security weaknesses and blocked on violations"}],"IO":[{"id":"OSPS-BR-01.02","control":"OSPS-BR-01","family":"BR","note":"Retired in https://github.com/ossf/security-baseline/pull/443"}]}');
;// CONCATENATED MODULE: ./src/catalog/catalog.ts
// The OSPS Baseline catalog as data: IDs, levels and our own short titles.

const LEVELS = [1, 2, 3];
const CATALOG_ID = osps_baseline_2026_02_19_namespaceObject.U$;
const CATALOG_VERSION = osps_baseline_2026_02_19_namespaceObject.rE;
/** The published catalog of this version (each requirement's page is an anchor in it). */
const CATALOG_URL = osps_baseline_2026_02_19_namespaceObject.dd;
const FAMILIES = osps_baseline_2026_02_19_namespaceObject.TJ;
const REQUIREMENTS = osps_baseline_2026_02_19_namespaceObject.Ln;
/** Retired ids: never evaluated, but other tools (the Privateer scanner) still log them as Not Run. */
const RETIRED_REQUIREMENTS = osps_baseline_2026_02_19_namespaceObject.IO;
const byId = new Map(REQUIREMENTS.map((r) => [r.id, r]));
function requirement(id) {
    const r = byId.get(id);
    if (!r)
        throw new Error(`unknown requirement ${id}`);
    return r;
}
/** Requirements that apply at `level`, cumulative. */
function requirementsAt(level) {
    return REQUIREMENTS.filter((r) => r.level <= level);
}
/** The requirement's page in the published Baseline (anchors are per control). */
function helpUrl(id) {
    const control = requirement(id).control.toLowerCase();
    return `${osps_baseline_2026_02_19_namespaceObject.dd}#${control}`;
}


/***/ }),

/***/ 5132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ rollUp),
/* harmony export */   Jv: () => (/* binding */ MATURITY_GROUPS),
/* harmony export */   NJ: () => (/* binding */ isGemaraResult),
/* harmony export */   RT: () => (/* binding */ maturityId),
/* harmony export */   XB: () => (/* binding */ levelOfApplicability)
/* harmony export */ });
/* unused harmony export GEMARA_RESULTS */
const GEMARA_RESULTS = ['Not Run', 'Passed', 'Failed', 'Needs Review', 'Not Applicable', 'Unknown'];
function isGemaraResult(v) {
    return typeof v === 'string' && GEMARA_RESULTS.includes(v);
}
/**
 * Severity for roll-ups, as go-gemara's UpdateAggregateResult orders them: Not Run never
 * overwrites, Failed beats Unknown beats Needs Review beats Passed. One difference: a control
 * whose requirements are all Not Applicable rolls up to Not Applicable here, not Passed.
 */
const SEVERITY = { 'Not Run': 0, 'Not Applicable': 1, Passed: 2, 'Needs Review': 3, Unknown: 4, Failed: 5 };
/** The most severe of the results (Not Run for none). */
function rollUp(results) {
    let worst = 'Not Run';
    for (const r of results)
        if (SEVERITY[r] > SEVERITY[worst])
            worst = r;
    return worst;
}
/** The applicability id of a maturity level, as the OSPS Baseline metadata names it. */
function maturityId(level) {
    return `maturity-${level}`;
}
const MATURITY_GROUPS = [
    { id: 'maturity-1', title: 'Maturity Level 1', description: 'for any code or non-code project with any number of maintainers or users' },
    { id: 'maturity-2', title: 'Maturity Level 2', description: 'for any code project that has at least 2 maintainers and a small number of consistent users' },
    { id: 'maturity-3', title: 'Maturity Level 3', description: 'for any code project that has a large number of consistent users' },
];
/**
 * The maturity level an applicability label names: `maturity-2` (current catalogs and Privateer
 * logs) or `Maturity Level 2` (older ones); null for anything else (`retired`, custom groups).
 */
function levelOfApplicability(label) {
    const m = /^(?:maturity-|maturity level )([123])$/i.exec(label.trim());
    return m ? Number(m[1]) : null;
}


/***/ }),

/***/ 3431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GEMARA_RESULT: () => (/* binding */ GEMARA_RESULT),
/* harmony export */   GEMARA_VERSION: () => (/* binding */ GEMARA_VERSION),
/* harmony export */   toGemaraEvaluationLog: () => (/* binding */ toGemaraEvaluationLog),
/* harmony export */   toGemaraJson: () => (/* binding */ toGemaraJson),
/* harmony export */   toGemaraYaml: () => (/* binding */ toGemaraYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _catalog_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7636);
/* harmony import */ var _catalog_gemara_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5132);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1013);
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
        ..._catalog_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .REQUIREMENTS */ .dq.map((r) => ({ id: r.id, control: r.control, log: assessed(r, byId.get(r.id), result.level, at) })),
        ..._catalog_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .RETIRED_REQUIREMENTS */ .hr.map((r) => ({ id: r.id, control: r.control, log: retired(r.id, r.note, at) })),
    ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const byControl = new Map();
    for (const row of rows) {
        const list = byControl.get(row.control) ?? [];
        list.push(row.log);
        byControl.set(row.control, list);
    }
    const evaluations = [...byControl].map(([control, logs]) => {
        const worst = (0,_catalog_gemara_js__WEBPACK_IMPORTED_MODULE_2__/* .rollUp */ .F3)(logs.map((l) => l.result));
        // The control's message is that of its first assessment with the rolled-up result, as go-gemara does.
        const message = logs.find((l) => l.result === worst)?.message ?? '';
        return { name: control, result: worst, message, control: { 'reference-id': _catalog_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .CATALOG_ID */ .Kc, 'entry-id': control }, 'assessment-logs': logs };
    });
    const subject = repo ?? 'a local checkout';
    return {
        metadata: {
            id: `security-slam_${repo ? repo.replace('/', '-').toLowerCase() : 'local'}_${_catalog_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .CATALOG_ID */ .Kc}`,
            type: 'EvaluationLog',
            'gemara-version': GEMARA_VERSION,
            version: runVersion(at),
            date: at,
            description: `Security Slam evaluation of ${subject}${commit ? ` at ${commit.slice(0, 12)}` : ''} against OSPS Baseline ${_catalog_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .CATALOG_VERSION */ .$i} at Maturity Level ${result.level}; requirements above Level ${result.level} and retired ids are logged Not Run.`,
            author: { id: 'security-slam', name: result.tool.name, type: 'Software', version: result.tool.version, uri: httpUri(result.tool.informationUri) ?? _version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_URI */ .qH },
            'mapping-references': [
                {
                    id: _catalog_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .CATALOG_ID */ .Kc,
                    title: 'Open Source Project Security Baseline',
                    version: _catalog_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .CATALOG_VERSION */ .$i,
                    url: _catalog_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .CATALOG_URL */ .g2,
                    description: 'The OpenSSF OSPS Baseline control catalog; each control evaluation maps to one of its controls and each assessment to one of its requirements.',
                },
            ],
            'applicability-groups': _catalog_gemara_js__WEBPACK_IMPORTED_MODULE_2__/* .MATURITY_GROUPS */ .Jv.map((g) => ({ ...g })),
        },
        target: {
            id: repo ? `github.com/${repo}` : 'local-checkout',
            name: repo ?? 'local checkout',
            type: 'Software',
            ...(commit ? { version: commit } : {}),
            description: `The repository${result.subject.ref ? ` at ${oneLine(result.subject.ref, 200)}` : ''}${commit ? ` (commit ${commit})` : ''}.`,
            ...(repo ? { uri: `https://github.com/${repo}` } : {}),
        },
        result: (0,_catalog_gemara_js__WEBPACK_IMPORTED_MODULE_2__/* .rollUp */ .F3)(evaluations.map((e) => e.result)),
        evaluations,
    };
}
function assessed(r, c, level, at) {
    const base = {
        requirement: { 'reference-id': _catalog_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .CATALOG_ID */ .Kc, 'entry-id': r.id },
        description: c?.title ?? r.title,
        applicability: r.listedLevels.map((l) => (0,_catalog_gemara_js__WEBPACK_IMPORTED_MODULE_2__/* .maturityId */ .RT)(l)),
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
        requirement: { 'reference-id': _catalog_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .CATALOG_ID */ .Kc, 'entry-id': id },
        description: `Retired requirement identifier (${oneLine(note, 200)}).`,
        result: 'Not Run',
        message: `Not evaluated: ${id} is retired in OSPS Baseline ${_catalog_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .CATALOG_VERSION */ .$i}; logged for visibility only, as the Privateer scanner logs it.`,
        // The Privateer scanner marks retired ids with every level; the catalog marks them `retired`.
        applicability: _catalog_gemara_js__WEBPACK_IMPORTED_MODULE_2__/* .MATURITY_GROUPS */ .Jv.map((g) => g.id),
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
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(toGemaraEvaluationLog(result), { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false });
}
function toGemaraJson(result) {
    return JSON.stringify(toGemaraEvaluationLog(result), null, 2) + '\n';
}


/***/ })

};
