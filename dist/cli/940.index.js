export const id = 940;
export const ids = [940];
export const modules = {

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 8697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadEventOrUsage: () => (/* binding */ loadEventOrUsage),
/* harmony export */   requireFolder: () => (/* binding */ requireFolder)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _organizer_event_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4864);
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
