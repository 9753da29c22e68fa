export const id = 284;
export const ids = [284];
export const modules = {

/***/ 4284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   draftInsightsFile: () => (/* binding */ draftInsightsFile)
/* harmony export */ });
/* harmony import */ var _facts_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9480);
/* harmony import */ var _facts_license_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7091);
/* harmony import */ var _facts_security_insights_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8177);
/* harmony import */ var _facts_snapshot_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1055);
// `slam insights init`: a draft security-insights.yml from the facts the repository shows.




async function draftInsightsFile(path, options) {
    const snapshot = _facts_snapshot_js__WEBPACK_IMPORTED_MODULE_3__/* .RepoSnapshot */ .xC.open(path);
    const git = (0,_facts_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gatherGitFacts */ .Vs)(snapshot.root);
    const license = await (0,_facts_license_js__WEBPACK_IMPORTED_MODULE_1__/* .gatherLicense */ .$)(snapshot);
    // A text the same for -only and -or-later that the project does not choose between is left TODO, not guessed.
    const first = license.files.find((f) => f.atRoot && f.match?.spdxId);
    const spdx = first?.versionChoice?.spdxId === null ? undefined : (first?.match?.spdxId ?? undefined);
    const branch = git.ref?.startsWith('refs/heads/') ? git.ref.slice('refs/heads/'.length) : undefined;
    const draft = (0,_facts_security_insights_index_js__WEBPACK_IMPORTED_MODULE_2__/* .draftSecurityInsights */ .JB)(snapshot, {
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
    const w = (0,_facts_security_insights_index_js__WEBPACK_IMPORTED_MODULE_2__/* .writeDraft */ .d$)(snapshot.root, draft.yaml, { force: options.force });
    if (w.written)
        messages.unshift(`wrote ${w.path}; review every TODO before committing it`);
    else
        messages.unshift(`${w.reason ?? 'not written'} (use --force to overwrite, or --print to see the draft)`);
    return { written: w.written, messages };
}


/***/ })

};
