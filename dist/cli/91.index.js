export const id = 91;
export const ids = [91];
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


/***/ })

};
