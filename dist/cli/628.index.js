export const id = 628;
export const ids = [628];
export const modules = {

/***/ 3628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runEventVerify: () => (/* binding */ runEventVerify)
/* harmony export */ });
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7593);
// `slam verify DIR --event FILE [--format text|json]`: the organizer's mode of `slam verify`
// (src/cli/verify.ts hands over when --event is given). Every result collect placed in DIR, in
// parallel, offline, under the event's trust policy and its own checks (src/organizer/verify-event.ts).
// Exit 0 when every result is verified, 1 when any is rejected, 2 on bad usage.

/** Flags of `slam verify PATH\u2026` that the event file decides instead. */
const EVENT_DECIDES = ['trusted-root', 'signer-workflow', 'repository', 'ref', 'predicate-type', 'allow-self-hosted'];
async function runEventVerify(args) {
    const clash = EVENT_DECIDES.find((f) => args.flags[f] !== undefined);
    if (clash)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--${clash} cannot be used with --event: the event file's trust section decides it`);
    if (args.positionals.length !== 1)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('usage: slam verify DIR --event FILE [--format text|json] (DIR is what slam collect wrote)');
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .stringFlag */ .AM)(args, 'format') ?? 'text';
    if (format !== 'text' && format !== 'json')
        throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('--format must be one of text, json');
    const eventFile = (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .stringFlag */ .AM)(args, 'event');
    const { loadEventOrUsage, requireFolder } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(780), __webpack_require__.e(607), __webpack_require__.e(864), __webpack_require__.e(940)]).then(__webpack_require__.bind(__webpack_require__, 8697));
    const event = loadEventOrUsage(eventFile);
    const dir = args.positionals[0];
    requireFolder(dir);
    const { verifyCollected, verificationJson } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(663), __webpack_require__.e(928), __webpack_require__.e(780), __webpack_require__.e(607), __webpack_require__.e(208), __webpack_require__.e(864), __webpack_require__.e(58)]).then(__webpack_require__.bind(__webpack_require__, 3058));
    const v = await verifyCollected(event, dir);
    if (format === 'json') {
        process.stdout.write(`${JSON.stringify(verificationJson(v), null, 2)}\n`);
    }
    else {
        for (const o of v.outcomes)
            process.stdout.write(o.verdict === 'verified' ? `verified  ${o.path}: ${o.detail}\n` : `rejected  ${o.path}: ${o.reason}: ${o.detail}\n`);
        process.stdout.write(`${v.verified} verified, ${v.rejected} rejected (${v.seconds.toFixed(1)} s)\n`);
    }
    return v.rejected === 0 ? 0 : 1;
}


/***/ })

};
