export const id = 144;
export const ids = [144];
export const modules = {

/***/ 6144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   render: () => (/* binding */ render)
/* harmony export */ });
/* unused harmony export FORMATS */
const FORMATS = (/* unused pure expression or super */ null && (['text', 'json', 'sarif', 'markdown', 'gemara', 'gemara-json']));
async function render(result, format, options = {}) {
    switch (format) {
        case 'json':
            return JSON.stringify(result, null, 2) + '\n';
        case 'sarif': {
            const { toSarif } = await __webpack_require__.e(/* import() */ 108).then(__webpack_require__.bind(__webpack_require__, 3108));
            return JSON.stringify(toSarif(result, { unknownAsNotes: options.unknownAsNotes ?? true, uriPrefix: options.uriPrefix, nameBytes: options.nameBytes }), null, 2) + '\n';
        }
        case 'markdown':
            return (await Promise.all(/* import() */[__webpack_require__.e(696), __webpack_require__.e(369)]).then(__webpack_require__.bind(__webpack_require__, 4369))).toMarkdown(result);
        case 'gemara':
            return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(431)]).then(__webpack_require__.bind(__webpack_require__, 3431))).toGemaraYaml(result);
        case 'gemara-json':
            return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(431)]).then(__webpack_require__.bind(__webpack_require__, 3431))).toGemaraJson(result);
        case 'text':
            return (await Promise.all(/* import() */[__webpack_require__.e(696), __webpack_require__.e(955)]).then(__webpack_require__.bind(__webpack_require__, 955))).toText(result, { color: options.color ?? false, verbose: options.verbose });
    }
}


/***/ })

};
