export const id = 697;
export const ids = [697];
export const modules = {

/***/ 8697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadEventOrUsage: () => (/* binding */ loadEventOrUsage),
/* harmony export */   requireFolder: () => (/* binding */ requireFolder)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _organizer_event_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7178);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7593);
// What the organizer commands (collect, verify --event, score) share on the command line.



/** The event file, or a usage error listing every problem with its line. */
function loadEventOrUsage(file) {
    try {
        return (0,_organizer_event_js__WEBPACK_IMPORTED_MODULE_1__/* .loadEvent */ .Ds)(file);
    }
    catch (e) {
        if (!(e instanceof _organizer_event_js__WEBPACK_IMPORTED_MODULE_1__/* .EventError */ .PM))
            throw e;
        const n = e.problems.length;
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${file}: ${n === 1 ? 'a problem' : `${n} problems`} to fix:\n${e.message}`);
    }
}
/** DIR must be a folder slam collect wrote (or at least a folder). */
function requireFolder(dir) {
    let ok = false;
    try {
        ok = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory();
    }
    catch {
        ok = false;
    }
    if (!ok)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${dir} is not a folder (give the folder slam collect --out wrote)`);
}


/***/ })

};
