export const id = 284;
export const ids = [284];
export const modules = {

/***/ 4284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   draftInsightsFile: () => (/* binding */ draftInsightsFile)
/* harmony export */ });
/* harmony import */ var _facts_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9480);
/* harmony import */ var _facts_license_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3049);
/* harmony import */ var _facts_license_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1141);
/* harmony import */ var _facts_security_insights_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8177);
/* harmony import */ var _facts_snapshot_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1055);
// `slam insights init`: a draft security-insights.yml from the facts the repository shows.





async function draftInsightsFile(path, options) {
    const snapshot = _facts_snapshot_js__WEBPACK_IMPORTED_MODULE_4__/* .RepoSnapshot */ .xC.open(path);
    const git = (0,_facts_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gatherGitFacts */ .Vs)(snapshot.root);
    const license = await (0,_facts_license_js__WEBPACK_IMPORTED_MODULE_1__/* .gatherLicense */ .$)(snapshot);
    // A text the same for -only and -or-later that the project does not choose between is left TODO, not guessed.
    const identified = license.files.filter((f) => f.atRoot && f.match?.spdxId);
    const ids = [...new Set(identified.map((f) => f.match?.spdxId ?? ''))];
    const spdx = identified.some((f) => f.versionChoice?.spdxId === null) ? undefined : ids.length === 1 ? ids[0] : ids.length > 1 ? combined((0,_facts_license_version_js__WEBPACK_IMPORTED_MODULE_2__/* .manifestLicenses */ .eS)(snapshot), ids) : undefined;
    const branch = git.ref?.startsWith('refs/heads/') ? git.ref.slice('refs/heads/'.length) : undefined;
    const draft = (0,_facts_security_insights_index_js__WEBPACK_IMPORTED_MODULE_3__/* .draftSecurityInsights */ .JB)(snapshot, {
        repositoryUrl: git.repository ? `https://github.com/${git.repository}` : undefined,
        licenseSpdx: spdx,
        projectName: git.repository?.split('/')[1],
        defaultBranch: branch,
    });
    const messages = [];
    if (draft.placeholders.length > 0)
        messages.push(`${draft.placeholders.length} value(s) could not be determined and are marked TODO: ${draft.placeholders.join(', ')}`);
    for (const p of draft.problems)
        messages.push(`draft problem: ${p}`);
    if (options.print)
        return { written: false, printed: draft.yaml, messages };
    const w = (0,_facts_security_insights_index_js__WEBPACK_IMPORTED_MODULE_3__/* .writeDraft */ .d$)(snapshot.root, draft.yaml, { force: options.force });
    if (w.written)
        messages.unshift(`wrote ${w.path}; review every TODO before committing it`);
    else
        messages.unshift(`${w.reason ?? 'not written'} (use --force to overwrite, or --print to see the draft)`);
    return { written: w.written, messages };
}
/**
 * Several license files (LICENSE-APACHE and LICENSE-MIT): how they combine is the project's to say, in a manifest's
 * license field that names exactly those licenses (Cargo.toml's `license = "MIT OR Apache-2.0"`; Cargo's old
 * `Unlicense/MIT` means OR). Without one it is left TODO: the first file's license alone would drop the others.
 */
function combined(declared, ids) {
    const want = new Set(ids.map((i) => i.toLowerCase()));
    for (const d of declared) {
        const expression = d.value.split('/').map((p) => p.trim()).join(' OR ');
        const tokens = expression.split(/[\s()]+/).filter((t) => t !== '');
        const named = new Set(tokens.filter((t, i) => !/^(?:and|or|with)$/i.test(t) && !/^with$/i.test(tokens[i - 1] ?? '')).map((t) => t.replace(/\+$/, '').toLowerCase()));
        if (named.size === want.size && [...named].every((t) => want.has(t)))
            return expression;
    }
    return undefined;
}


/***/ })

};
