export const id = 862;
export const ids = [862];
export const modules = {

/***/ 1862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ gapReasons),
/* harmony export */   f: () => (/* binding */ trackGaps),
/* harmony export */   runWarnings: () => (/* binding */ runWarnings)
/* harmony export */ });
/**
 * A view of `facts` that records each fact with a gap it is asked for. Rules and objectives read
 * facts through it unchanged; afterwards `read()` says which gaps their verdict may rest on.
 */
function trackGaps(facts) {
    const gaps = facts.gaps ?? {};
    const seen = new Set();
    if (Object.keys(gaps).length === 0)
        return { facts, read: () => [], reset: () => { } };
    const view = new Proxy(facts, {
        get(target, key, receiver) {
            if (typeof key === 'string' && Object.prototype.hasOwnProperty.call(gaps, key))
                seen.add(key);
            return Reflect.get(target, key, receiver);
        },
    });
    return {
        facts: view,
        read: () => [...seen].map((k) => gaps[k]).filter((g) => g !== undefined),
        reset: () => seen.clear(),
    };
}
/** The reasons of a set of gaps, once each, joined for one sentence. */
function gapReasons(gaps) {
    return [...new Set(gaps.map((g) => g.reason))].join('; ');
}
/** Lines a person must read before the report: shown as warnings by the command line and the action. */
function runWarnings(facts) {
    const out = [];
    if (facts.listing === 'empty')
        out.push(`${facts.root} holds no files: requirements that depend on the file list are reported unknown`);
    else if (facts.listing === 'walk')
        out.push(`${facts.root} is not a git checkout (or git could not be used on it): its files were listed from the folder, and requirements that depend on what is in version control or on history are reported unknown`);
    const unread = Object.values(facts.gaps ?? {}).filter((g) => g?.kind === 'unread');
    if (unread.length > 0)
        out.push(`${unread[0]?.reason}: requirements that depend on what was not read are reported unknown`);
    return out;
}


/***/ })

};
