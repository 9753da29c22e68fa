export const id = 643;
export const ids = [643];
export const modules = {

/***/ 2643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   workTreePrefix: () => (/* binding */ workTreePrefix)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Where the evaluated folder sits in the git work tree that holds it, so that reports can name files
// from the repository root (code scanning resolves SARIF URIs from there, and links to the forge
// start there) when the evaluated folder is a monorepo subfolder. Found by looking for `.git` in the
// folder and its parents with lstat alone: nothing is opened and git does not run, so a hostile
// repository's configuration has no say.


/**
 * The path from the work tree's top to `folder`, with forward slashes and a trailing slash ('' at
 * the top, 'services/api/' below it); null when no `.git` is found up to `stopAt` (inclusive) or
 * the file system root.
 */
function workTreePrefix(folder, stopAt) {
    const start = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(folder);
    const stop = stopAt === undefined ? null : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(stopAt);
    if (stop !== null && start !== stop && !start.startsWith(stop.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? stop : stop + node_path__WEBPACK_IMPORTED_MODULE_1__.sep))
        return null;
    let dir = start;
    for (;;) {
        if (hasGit(dir)) {
            const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(dir, start).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
            return rel === '' ? '' : `${rel}/`;
        }
        if (dir === stop)
            return null;
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (parent === dir)
            return null;
        dir = parent;
    }
}
function hasGit(dir) {
    try {
        const s = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, '.git'));
        return s.isDirectory() || s.isFile();
    }
    catch {
        return false;
    }
}


/***/ })

};
