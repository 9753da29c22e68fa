export const id = 864;
export const ids = [864];
export const modules = {

/***/ 7607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ withoutStacks),
/* harmony export */   M1: () => (/* binding */ MAX_NESTING),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   kc: () => (/* binding */ errorText),
/* harmony export */   tp: () => (/* binding */ nestingEstimate),
/* harmony export */   uJ: () => (/* binding */ joinPath)
/* harmony export */ });
/* unused harmony exports MAX_PARSE_BYTES, MAX_ALIAS_COUNT, MAX_POSITIONS */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// YAML parsing with source positions, hardened against hostile input.

/** Largest text we parse as a Security Insights file; real files are a few KiB. */
const MAX_PARSE_BYTES = 2 * 1024 * 1024;
/** Alias expansions allowed before the document is treated as an alias bomb. */
const MAX_ALIAS_COUNT = 100;
/** Positions recorded per document. */
const MAX_POSITIONS = 20_000;
const MAX_DEPTH = 64;
/** Nesting beyond this is refused before parsing (the parser recurses). */
const MAX_NESTING = 200;
/**
 * Runs a YAML parse with no stack traces captured: the parser makes an Error object per problem
 * (one per character of a line of stray ']'), and capturing each one's stack triples the time.
 */
function withoutStacks(parse) {
    const saved = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        return parse();
    }
    finally {
        Error.stackTraceLimit = saved;
    }
}
const code = (ch) => ch.charCodeAt(0);
const [NL, CR, TAB, SPACE] = [code('\n'), code('\r'), code('\t'), code(' ')];
const [DASH, QUESTION, COLON, HASH] = [code('-'), code('?'), code(':'), code('#')];
const [DQUOTE, SQUOTE] = [code('"'), code("'")];
const [LBRACKET, RBRACKET, LBRACE, RBRACE] = [code('['), code(']'), code('{'), code('}')];
/** The characters the estimate acts on once a line's indentation is read. */
const SIGNIFICANT = /[\n"'#[\]{}:]/g;
/**
 * A cheap upper estimate of nesting: flow brackets, block indicators and indentation per line, and
 * keys on one line (`a: b: c:` nests a mapping per key, and the YAML parser takes quadratic time
 * on a long line of them). It runs on every YAML file before it is parsed, so after a line's
 * indentation it jumps from one significant character to the next with a regular expression, and
 * over a quoted string or a comment with indexOf, instead of stepping through every character.
 */
function nestingEstimate(text) {
    const length = text.length;
    let max = 0;
    let flow = 0;
    let lead = 0;
    let keys = 0;
    let lineStart = true;
    let lineEnd = -1;
    let i = 0;
    while (i < length) {
        if (lineStart) {
            // Indentation (half a level a space) and block indicators ('- ', '? ', ': ', a level each).
            const c = text.charCodeAt(i);
            if (c === NL) {
                lead = 0;
                keys = 0;
                i++;
                continue;
            }
            if (c === SPACE) {
                lead += 0.5;
                i++;
                continue;
            }
            if (c === DASH || c === QUESTION || c === COLON) {
                const n = text.charCodeAt(i + 1);
                if (n === SPACE || n === NL) {
                    lead += 1;
                    i += 2;
                    continue;
                }
            }
            lineStart = false;
            if (lead > max)
                max = Math.ceil(lead);
        }
        SIGNIFICANT.lastIndex = i;
        const found = SIGNIFICANT.exec(text);
        if (found === null)
            break;
        i = found.index;
        const c = text.charCodeAt(i);
        if (c === NL) {
            lineStart = true;
            lead = 0;
            keys = 0;
            i++;
        }
        else if (c === DQUOTE || c === SQUOTE || c === HASH) {
            // A quoted string ends at its quote or at the line's end; a comment at the line's end. The
            // end of a line is looked for once per line: a line of many quoted strings stays linear.
            if (lineEnd < i) {
                const eol = text.indexOf('\n', i);
                lineEnd = eol < 0 ? length : eol;
            }
            if (c === HASH)
                i = lineEnd;
            else {
                const close = text.indexOf(c === DQUOTE ? '"' : "'", i + 1);
                i = close >= 0 && close < lineEnd ? close + 1 : lineEnd;
            }
        }
        else {
            if (c === LBRACKET || c === LBRACE) {
                flow++;
                if (flow > max)
                    max = flow;
            }
            else if ((c === RBRACKET || c === RBRACE) && flow > 0)
                flow--;
            else if (c === COLON && flow === 0) {
                const n = text.charCodeAt(i + 1);
                if (i + 1 >= length || n === SPACE || n === TAB || n === NL || n === CR) {
                    keys++;
                    if (Math.ceil(lead) + keys > max)
                        max = Math.ceil(lead) + keys;
                }
            }
            i++;
        }
    }
    return Math.max(max, Math.ceil(lead));
}
function joinPath(parent, key) {
    return parent === '' ? key : `${parent}.${key}`;
}
function parseYaml(text, file) {
    const diagnostics = [];
    const positions = new Map();
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_PARSE_BYTES) {
        diagnostics.push({
            severity: 'error',
            message: `The file is ${Math.round(bytes / 1024)} KiB, larger than the ${MAX_PARSE_BYTES / 1024 / 1024} MiB this tool parses; a Security Insights file is normally a few KiB.`,
            path: file,
            line: 0,
            column: 0,
        });
        return { ok: false, data: null, diagnostics, positions };
    }
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    const depth = nestingEstimate(text);
    if (depth > MAX_NESTING) {
        diagnostics.push({
            severity: 'error',
            message: `The YAML nests about ${depth} levels deep (more than ${MAX_NESTING}); it was not parsed. A Security Insights file nests fewer than 10 levels.`,
            path: file,
            line: 1,
            column: 1,
        });
        return { ok: false, data: null, diagnostics, positions };
    }
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    let doc;
    try {
        doc = withoutStacks(() => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, strict: true }));
    }
    catch (e) {
        diagnostics.push({ severity: 'error', message: `YAML cannot be parsed: ${errorText(e)}`, path: file, line: 0, column: 0 });
        return { ok: false, data: null, diagnostics, positions };
    }
    const pos = (offset) => {
        if (offset === undefined)
            return { line: 1, column: 1 };
        const p = lc.linePos(offset);
        return { line: p.line, column: p.col };
    };
    let ok = true;
    for (const e of doc.errors) {
        ok = false;
        const p = pos(e.pos[0]);
        diagnostics.push({ severity: 'error', message: `YAML error (${e.code}): ${cleanYamlMessage(e.message)}`, path: file, line: p.line, column: p.column });
    }
    for (const w of doc.warnings) {
        const p = pos(w.pos[0]);
        diagnostics.push({ severity: 'warning', message: `YAML warning (${w.code}): ${cleanYamlMessage(w.message)}`, path: file, line: p.line, column: p.column });
    }
    if (/^\t/m.test(text) && !doc.errors.some((e) => e.code === 'TAB_AS_INDENT')) {
        const idx = text.search(/^\t/m);
        const p = pos(idx);
        diagnostics.push({ severity: 'warning', message: 'A line starts with a tab; YAML indentation must use spaces.', path: file, line: p.line, column: p.column });
    }
    let data = null;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (e) {
        const msg = errorText(e);
        const bomb = /alias/i.test(msg);
        diagnostics.push({
            severity: 'error',
            message: bomb
                ? `The YAML expands aliases too many times (${msg}); the file was not read further.`
                : `The YAML cannot be turned into data: ${msg}`,
            path: file,
            line: 1,
            column: 1,
        });
        return { ok: false, data: null, diagnostics, positions };
    }
    // Record positions by walking the node tree (not the data), so aliases are never expanded.
    const stack = [{ node: doc.contents, path: '', depth: 0 }];
    positions.set('', { key: pos(doc.contents?.range?.[0] ?? 0), value: pos(doc.contents?.range?.[0] ?? 0) });
    let capped = false;
    while (stack.length > 0) {
        const { node, path, depth } = stack.pop();
        if (!node || depth > MAX_DEPTH || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
            continue;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            for (const pair of node.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(pair))
                    continue;
                const k = pair.key;
                const keyText = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(k) ? String(k.value) : k ? String(k) : '';
                const childPath = joinPath(path, keyText);
                const v = pair.value;
                const keyPos = pos(k?.range?.[0]);
                const valuePos = v?.range ? pos(v.range[0]) : keyPos;
                if (!positions.has(childPath)) {
                    if (positions.size >= MAX_POSITIONS) {
                        capped = true;
                        break;
                    }
                    positions.set(childPath, { key: keyPos, value: valuePos });
                }
                stack.push({ node: v, path: childPath, depth: depth + 1 });
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            node.items.forEach((item, i) => {
                const childPath = `${path}[${i}]`;
                const it = item;
                const p = it?.range ? pos(it.range[0]) : positions.get(path)?.value ?? { line: 1, column: 1 };
                if (positions.size >= MAX_POSITIONS) {
                    capped = true;
                    return;
                }
                positions.set(childPath, { key: p, value: p });
                stack.push({ node: it, path: childPath, depth: depth + 1 });
            });
        }
        if (capped)
            break;
    }
    if (capped) {
        diagnostics.push({
            severity: 'warning',
            message: `The document has more than ${MAX_POSITIONS} nodes; positions were recorded for the first ${MAX_POSITIONS} only.`,
            path: file,
            line: 1,
            column: 1,
        });
    }
    return { ok, data, diagnostics, positions };
}
function cleanYamlMessage(msg) {
    // yaml appends " at line N, column M" and a source excerpt; we give the position separately.
    return msg.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
}
function errorText(e) {
    if (e instanceof Error)
        return e.message.split('\n')[0];
    return String(e);
}


/***/ }),

/***/ 1525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ OBJECTIVE_IDS)
/* harmony export */ });
const OBJECTIVE_IDS = ['cleaner', 'chronicler', 'inspector', 'mechanizer', 'defender', 'cra-readiness'];


/***/ }),

/***/ 4864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PM: () => (/* binding */ EventError),
  Ds: () => (/* binding */ loadEvent),
  $A: () => (/* binding */ repositoryIndex)
});

// UNUSED EXPORTS: DEFAULT_ARTIFACT_NAME, MAX_EVENT_BYTES, parseEvent

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/facts/security-insights/parse.ts
var parse = __webpack_require__(7607);
// EXTERNAL MODULE: ./src/objectives/types.ts
var types = __webpack_require__(1525);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
var ucs2length_namespaceObject = /*#__PURE__*/__webpack_require__.t(ucs2length, 2);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(4951);
var equal_namespaceObject = /*#__PURE__*/__webpack_require__.t(equal, 2);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(779);
var formats_namespaceObject = /*#__PURE__*/__webpack_require__.t(formats, 2);
;// CONCATENATED MODULE: ./src/validators/event.js
// Generated by src/dev/compile-schemas.ts from schemas/event.schema.json (npm run build). Do not edit.
/* eslint-disable */



const __cjs = (ns) => (ns.default !== undefined && ns.default.__esModule ? ns.default : ns);
const event_event = validate0;
const schema0 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/security-slam/security-slam-action/schemas/event.schema.json","title":"Security Slam event file","description":"What the organizers' tools (slam collect, verify, score) need to know about one event: its window, whose signed results they trust, and the participants with their repositories and levels. Checks that a schema cannot express (a participant or repository listed twice, a window that ends before it starts, a regular expression that does not compile) are made by the loader, with the line.","type":"object","required":["name","window","trust","participants"],"additionalProperties":false,"properties":{"name":{"description":"The event's name, shown in every report.","type":"string","minLength":1,"maxLength":200},"window":{"description":"Results count only when signed inside this window (times from the transparency log or timestamp authority, never from the result).","type":"object","required":["start","end"],"additionalProperties":false,"properties":{"start":{"type":"string","format":"date-time"},"end":{"type":"string","format":"date-time"}}},"artifact-name":{"description":"The workflow artifact that holds a signed result (default security-slam-result).","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"},"objectives":{"description":"The objectives (badges) this event awards, in the event's order (default: all six).","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["cleaner","chronicler","inspector","mechanizer","defender","cra-readiness"]}},"defender":{"description":"What awards Defender: the signed result's own Defender objective (signed-result, default), the grc.store hub's published verdict (grc-store), or either of them.","enum":["signed-result","grc-store","either"]},"trust":{"type":"object","required":["signer-workflow"],"additionalProperties":false,"properties":{"signer-workflow":{"description":"Anchored regular expression (^\u2026$) the certificate's signer workflow (SAN) must match: the reusable workflow at a release tag.","type":"string","minLength":2,"maxLength":1000},"trusted-root":{"description":"public-good (default: the root shipped with the tool, no network) or a path to a Sigstore TrustedRoot JSON, relative to the event file.","type":"string","minLength":1},"tool-versions":{"description":"Optional semver range of accepted tool versions, e.g. '>=0.2.0'.","type":"string","minLength":1},"predicate-type":{"description":"The in-toto predicate type a result must carry (default: the tool's own).","type":"string","format":"uri"},"allow-self-hosted":{"description":"Accept results signed on self-hosted runners (default false).","type":"boolean"}}},"participants":{"type":"array","minItems":1,"maxItems":100000,"items":{"type":"object","required":["name","repositories","level"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"maxLength":200},"repositories":{"description":"owner/name on GitHub; a project can be several repositories.","type":"array","minItems":1,"maxItems":100,"items":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$"}},"level":{"description":"OSPS Baseline maturity level the project is judged at.","enum":[1,2,3]},"logo":{"description":"Logo URL or site path, carried to the outcomes file as logoUrl.","type":"string","minLength":1,"maxLength":2000},"advisor":{"description":"Carried to the outcomes file.","type":"string","minLength":1,"maxLength":200},"hub-target":{"description":"The project's grc.store hub target (namespace/id), read when defender is grc-store or either.","type":"string","pattern":"^[A-Za-z0-9._-]{1,100}/[A-Za-z0-9._-]{1,100}$"}}}}}};
const func0 = __cjs(ucs2length_namespaceObject).default;
const func2 = __cjs(equal_namespaceObject).default;
const formats0 = __cjs(formats_namespaceObject).fullFormats["date-time"];
const formats4 = __cjs(formats_namespaceObject).fullFormats.uri;
const pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "u");
const pattern1 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$", "u");
const pattern2 = new RegExp("^[A-Za-z0-9._-]{1,100}/[A-Za-z0-9._-]{1,100}$", "u");

function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://github.com/security-slam/security-slam-action/schemas/event.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate0.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.window === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "window"},message:"must have required property '"+"window"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.trust === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "trust"},message:"must have required property '"+"trust"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.participants === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "participants"},message:"must have required property '"+"participants"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "name") || (key0 === "window")) || (key0 === "artifact-name")) || (key0 === "objectives")) || (key0 === "defender")) || (key0 === "trust")) || (key0 === "participants"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func0(data0) > 200){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func0(data0) < 1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.window !== undefined){
let data1 = data.window;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.start === undefined){
const err8 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1.end === undefined){
const err9 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "start") || (key1 === "end"))){
const err10 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.start !== undefined){
let data2 = data1.start;
if(typeof data2 === "string"){
if(!(formats0.validate(data2))){
const err11 = {instancePath:instancePath+"/window/start",schemaPath:"#/properties/window/properties/start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/window/start",schemaPath:"#/properties/window/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.end !== undefined){
let data3 = data1.end;
if(typeof data3 === "string"){
if(!(formats0.validate(data3))){
const err13 = {instancePath:instancePath+"/window/end",schemaPath:"#/properties/window/properties/end/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/window/end",schemaPath:"#/properties/window/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data["artifact-name"] !== undefined){
let data4 = data["artifact-name"];
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err16 = {instancePath:instancePath+"/artifact-name",schemaPath:"#/properties/artifact-name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/artifact-name",schemaPath:"#/properties/artifact-name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.objectives !== undefined){
let data5 = data.objectives;
if(Array.isArray(data5)){
if(data5.length < 1){
const err18 = {instancePath:instancePath+"/objectives",schemaPath:"#/properties/objectives/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(!((((((data6 === "cleaner") || (data6 === "chronicler")) || (data6 === "inspector")) || (data6 === "mechanizer")) || (data6 === "defender")) || (data6 === "cra-readiness"))){
const err19 = {instancePath:instancePath+"/objectives/" + i0,schemaPath:"#/properties/objectives/items/enum",keyword:"enum",params:{allowedValues: schema0.properties.objectives.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
let i1 = data5.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func2(data5[i1], data5[j0])){
const err20 = {instancePath:instancePath+"/objectives",schemaPath:"#/properties/objectives/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err21 = {instancePath:instancePath+"/objectives",schemaPath:"#/properties/objectives/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.defender !== undefined){
let data7 = data.defender;
if(!(((data7 === "signed-result") || (data7 === "grc-store")) || (data7 === "either"))){
const err22 = {instancePath:instancePath+"/defender",schemaPath:"#/properties/defender/enum",keyword:"enum",params:{allowedValues: schema0.properties.defender.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.trust !== undefined){
let data8 = data.trust;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8["signer-workflow"] === undefined){
const err23 = {instancePath:instancePath+"/trust",schemaPath:"#/properties/trust/required",keyword:"required",params:{missingProperty: "signer-workflow"},message:"must have required property '"+"signer-workflow"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key2 in data8){
if(!(((((key2 === "signer-workflow") || (key2 === "trusted-root")) || (key2 === "tool-versions")) || (key2 === "predicate-type")) || (key2 === "allow-self-hosted"))){
const err24 = {instancePath:instancePath+"/trust",schemaPath:"#/properties/trust/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data8["signer-workflow"] !== undefined){
let data9 = data8["signer-workflow"];
if(typeof data9 === "string"){
if(func0(data9) > 1000){
const err25 = {instancePath:instancePath+"/trust/signer-workflow",schemaPath:"#/properties/trust/properties/signer-workflow/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(func0(data9) < 2){
const err26 = {instancePath:instancePath+"/trust/signer-workflow",schemaPath:"#/properties/trust/properties/signer-workflow/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/trust/signer-workflow",schemaPath:"#/properties/trust/properties/signer-workflow/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data8["trusted-root"] !== undefined){
let data10 = data8["trusted-root"];
if(typeof data10 === "string"){
if(func0(data10) < 1){
const err28 = {instancePath:instancePath+"/trust/trusted-root",schemaPath:"#/properties/trust/properties/trusted-root/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/trust/trusted-root",schemaPath:"#/properties/trust/properties/trusted-root/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data8["tool-versions"] !== undefined){
let data11 = data8["tool-versions"];
if(typeof data11 === "string"){
if(func0(data11) < 1){
const err30 = {instancePath:instancePath+"/trust/tool-versions",schemaPath:"#/properties/trust/properties/tool-versions/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/trust/tool-versions",schemaPath:"#/properties/trust/properties/tool-versions/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data8["predicate-type"] !== undefined){
let data12 = data8["predicate-type"];
if(typeof data12 === "string"){
if(!(formats4(data12))){
const err32 = {instancePath:instancePath+"/trust/predicate-type",schemaPath:"#/properties/trust/properties/predicate-type/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/trust/predicate-type",schemaPath:"#/properties/trust/properties/predicate-type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data8["allow-self-hosted"] !== undefined){
if(typeof data8["allow-self-hosted"] !== "boolean"){
const err34 = {instancePath:instancePath+"/trust/allow-self-hosted",schemaPath:"#/properties/trust/properties/allow-self-hosted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/trust",schemaPath:"#/properties/trust/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.participants !== undefined){
let data14 = data.participants;
if(Array.isArray(data14)){
if(data14.length > 100000){
const err36 = {instancePath:instancePath+"/participants",schemaPath:"#/properties/participants/maxItems",keyword:"maxItems",params:{limit: 100000},message:"must NOT have more than 100000 items"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data14.length < 1){
const err37 = {instancePath:instancePath+"/participants",schemaPath:"#/properties/participants/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
const len1 = data14.length;
for(let i2=0; i2<len1; i2++){
let data15 = data14[i2];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.name === undefined){
const err38 = {instancePath:instancePath+"/participants/" + i2,schemaPath:"#/properties/participants/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data15.repositories === undefined){
const err39 = {instancePath:instancePath+"/participants/" + i2,schemaPath:"#/properties/participants/items/required",keyword:"required",params:{missingProperty: "repositories"},message:"must have required property '"+"repositories"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data15.level === undefined){
const err40 = {instancePath:instancePath+"/participants/" + i2,schemaPath:"#/properties/participants/items/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key3 in data15){
if(!((((((key3 === "name") || (key3 === "repositories")) || (key3 === "level")) || (key3 === "logo")) || (key3 === "advisor")) || (key3 === "hub-target"))){
const err41 = {instancePath:instancePath+"/participants/" + i2,schemaPath:"#/properties/participants/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data15.name !== undefined){
let data16 = data15.name;
if(typeof data16 === "string"){
if(func0(data16) > 200){
const err42 = {instancePath:instancePath+"/participants/" + i2+"/name",schemaPath:"#/properties/participants/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(func0(data16) < 1){
const err43 = {instancePath:instancePath+"/participants/" + i2+"/name",schemaPath:"#/properties/participants/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/participants/" + i2+"/name",schemaPath:"#/properties/participants/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data15.repositories !== undefined){
let data17 = data15.repositories;
if(Array.isArray(data17)){
if(data17.length > 100){
const err45 = {instancePath:instancePath+"/participants/" + i2+"/repositories",schemaPath:"#/properties/participants/items/properties/repositories/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data17.length < 1){
const err46 = {instancePath:instancePath+"/participants/" + i2+"/repositories",schemaPath:"#/properties/participants/items/properties/repositories/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
const len2 = data17.length;
for(let i3=0; i3<len2; i3++){
let data18 = data17[i3];
if(typeof data18 === "string"){
if(!pattern1.test(data18)){
const err47 = {instancePath:instancePath+"/participants/" + i2+"/repositories/" + i3,schemaPath:"#/properties/participants/items/properties/repositories/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$"+"\""};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/participants/" + i2+"/repositories/" + i3,schemaPath:"#/properties/participants/items/properties/repositories/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/participants/" + i2+"/repositories",schemaPath:"#/properties/participants/items/properties/repositories/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data15.level !== undefined){
let data19 = data15.level;
if(!(((data19 === 1) || (data19 === 2)) || (data19 === 3))){
const err50 = {instancePath:instancePath+"/participants/" + i2+"/level",schemaPath:"#/properties/participants/items/properties/level/enum",keyword:"enum",params:{allowedValues: schema0.properties.participants.items.properties.level.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data15.logo !== undefined){
let data20 = data15.logo;
if(typeof data20 === "string"){
if(func0(data20) > 2000){
const err51 = {instancePath:instancePath+"/participants/" + i2+"/logo",schemaPath:"#/properties/participants/items/properties/logo/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(func0(data20) < 1){
const err52 = {instancePath:instancePath+"/participants/" + i2+"/logo",schemaPath:"#/properties/participants/items/properties/logo/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/participants/" + i2+"/logo",schemaPath:"#/properties/participants/items/properties/logo/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data15.advisor !== undefined){
let data21 = data15.advisor;
if(typeof data21 === "string"){
if(func0(data21) > 200){
const err54 = {instancePath:instancePath+"/participants/" + i2+"/advisor",schemaPath:"#/properties/participants/items/properties/advisor/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(func0(data21) < 1){
const err55 = {instancePath:instancePath+"/participants/" + i2+"/advisor",schemaPath:"#/properties/participants/items/properties/advisor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/participants/" + i2+"/advisor",schemaPath:"#/properties/participants/items/properties/advisor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data15["hub-target"] !== undefined){
let data22 = data15["hub-target"];
if(typeof data22 === "string"){
if(!pattern2.test(data22)){
const err57 = {instancePath:instancePath+"/participants/" + i2+"/hub-target",schemaPath:"#/properties/participants/items/properties/hub-target/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]{1,100}/[A-Za-z0-9._-]{1,100}$"},message:"must match pattern \""+"^[A-Za-z0-9._-]{1,100}/[A-Za-z0-9._-]{1,100}$"+"\""};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/participants/" + i2+"/hub-target",schemaPath:"#/properties/participants/items/properties/hub-target/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/participants/" + i2,schemaPath:"#/properties/participants/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/participants",schemaPath:"#/properties/participants/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
validate0.errors = vErrors;
return errors === 0;
}
validate0.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

;// CONCATENATED MODULE: ./src/organizer/event.ts
// The event file: one YAML document that tells `slam collect`, `verify` and `score` the window,
// whose signatures to trust and who takes part (schemas/event.schema.json, docs/event-example.yml).
// Every mistake is reported with its line and what to write instead, all of them at once, so an
// organizer fixes the file in one pass; nothing half-read is ever used.






const DEFAULT_ARTIFACT_NAME = 'security-slam-result';
/** An event file of 100,000 participants is a few MiB; anything larger is refused unread. */
const MAX_EVENT_BYTES = 2 * 1024 * 1024;
const MAX_NESTING = 12;
const MAX_PROBLEMS = 50;
class EventError extends Error {
    file;
    problems;
    constructor(file, problems) {
        super(problems.map((p) => `${file}:${p.line}:${p.column}: ${p.message}`).join('\n'));
        this.name = 'EventError';
        this.file = file;
        this.problems = problems;
    }
}
const EXAMPLE_SIGNER = String.raw `^https://github\.com/security-slam/security-slam-action/\.github/workflows/slam\.yml@refs/tags/v1(\.[0-9]+){0,2}$`;
/** Reads and checks an event file; throws EventError listing every problem with its line. */
function loadEvent(file) {
    const path = (0,external_node_path_.resolve)(file);
    let text;
    try {
        const size = (0,external_node_fs_.statSync)(path).size;
        if (size > MAX_EVENT_BYTES)
            throw new EventError(file, [{ line: 1, column: 1, message: `the file is ${Math.round(size / 1024)} KiB, more than the ${MAX_EVENT_BYTES / 1024 / 1024} MiB read; an event file lists participants, not their results` }]);
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (e) {
        if (e instanceof EventError)
            throw e;
        throw new EventError(file, [{ line: 0, column: 0, message: `cannot read the event file: ${e.code ?? String(e)}` }]);
    }
    return parseEvent(text, file, (0,external_node_path_.dirname)(path));
}
/** Checks event-file text; `baseDir` resolves a relative trusted-root path. */
function parseEvent(text, file, baseDir = process.cwd()) {
    const problems = [];
    const add = (line, column, message) => {
        if (problems.length < MAX_PROBLEMS)
            problems.push({ line, column, message });
    };
    if ((0,parse/* nestingEstimate */.tp)(text) > MAX_NESTING)
        throw new EventError(file, [{ line: 1, column: 1, message: `the YAML nests deeper than ${MAX_NESTING} levels; an event file is a mapping with one list of participants` }]);
    const parsed = (0,parse/* parseYaml */.hN)(text, file);
    for (const d of parsed.diagnostics)
        if (d.severity === 'error')
            add(d.line, d.column, d.message);
    if (!parsed.ok)
        throw new EventError(file, problems);
    const at = (path, which = 'key') => parsed.positions.get(path)?.[which] ?? { line: 1, column: 1 };
    const data = parsed.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new EventError(file, [{ line: 1, column: 1, message: 'an event file is a mapping (name, window, trust, participants); see docs/event-example.yml' }]);
    }
    const v = event_event;
    if (!v(data)) {
        for (const e of v.errors ?? []) {
            const path = pointerToPath(e.instancePath);
            const key = e.keyword === 'additionalProperties' ? joinKey(path, String(e.params.additionalProperty)) : path;
            const p = at(key);
            add(p.line, p.column, schemaMessage(e, path));
        }
        throw new EventError(file, dedupe(problems));
    }
    const raw = data;
    const startMs = Date.parse(raw.window.start);
    const endMs = Date.parse(raw.window.end);
    if (!(endMs > startMs)) {
        const p = at('window.end', 'value');
        add(p.line, p.column, `window.end (${raw.window.end}) is not after window.start (${raw.window.start}); write an end later than the start, e.g. end: ${new Date(startMs + 28 * 86_400_000).toISOString().replace('.000Z', 'Z')}`);
    }
    const source = raw.trust['signer-workflow'];
    let signerWorkflow = /$^/;
    {
        const p = at('trust.signer-workflow', 'value');
        try {
            signerWorkflow = new RegExp(source, 'u');
            if (!source.startsWith('^') || !source.endsWith('$'))
                add(p.line, p.column, `trust.signer-workflow must be anchored (start with ^ and end with $) so that no other workflow can match part of it; write for example '${EXAMPLE_SIGNER}'`);
        }
        catch (e) {
            add(p.line, p.column, `trust.signer-workflow is not a valid regular expression (${e instanceof Error ? e.message.replace(/^Invalid regular expression: /, '') : String(e)}); write an anchored pattern such as '${EXAMPLE_SIGNER}'`);
        }
    }
    const toolVersions = raw.trust['tool-versions'];
    if (toolVersions !== undefined && semver_default().validRange(toolVersions) === null) {
        const p = at('trust.tool-versions', 'value');
        add(p.line, p.column, `trust.tool-versions "${toolVersions}" is not a semver range; write for example '>=0.2.0' or '^1.0.0'`);
    }
    const rootSetting = raw.trust['trusted-root'] ?? 'public-good';
    const trustedRoot = rootSetting === 'public-good' ? rootSetting : (0,external_node_path_.resolve)(baseDir, rootSetting);
    // Names and repositories are compared without case, as GitHub does.
    const names = new Map();
    const owners = new Map();
    const participants = raw.participants.map((rp, i) => {
        const base = `participants[${i}]`;
        const line = at(base).line;
        const key = rp.name.trim().toLowerCase();
        const first = names.get(key);
        if (first !== undefined) {
            const p = at(`${base}.name`, 'value');
            add(p.line, p.column, `participant "${rp.name}" is listed twice (lines ${first} and ${p.line}); keep one entry and put every repository of the project under its repositories`);
        }
        else
            names.set(key, at(`${base}.name`, 'value').line);
        rp.repositories.forEach((repo, j) => {
            const p = at(`${base}.repositories[${j}]`);
            const name = repo.split('/')[1];
            if (name === '.' || name === '..') {
                add(p.line, p.column, `repository "${repo}" is not a repository name; write owner/name as in https://github.com/owner/name`);
                return;
            }
            const other = owners.get(repo.toLowerCase());
            if (other) {
                const where = other.participant === rp.name ? `twice under "${rp.name}" (lines ${other.line} and ${p.line}); list it once` : `under "${other.participant}" (line ${other.line}) and "${rp.name}" (line ${p.line}); a repository belongs to one participant: remove it from one of them`;
                add(p.line, p.column, `repository ${repo} is listed ${where}`);
            }
            else
                owners.set(repo.toLowerCase(), { participant: rp.name, line: p.line });
        });
        return {
            name: rp.name,
            repositories: rp.repositories,
            level: rp.level,
            ...(rp.logo !== undefined ? { logo: rp.logo } : {}),
            ...(rp.advisor !== undefined ? { advisor: rp.advisor } : {}),
            ...(rp['hub-target'] !== undefined ? { hubTarget: rp['hub-target'] } : {}),
            line,
        };
    });
    const defender = raw.defender ?? 'signed-result';
    if (defender === 'grc-store') {
        for (const [i, rp] of raw.participants.entries()) {
            if (rp['hub-target'] === undefined) {
                const p = at(`participants[${i}]`);
                add(p.line, p.column, `participant "${rp.name}" has no hub-target, but defender is ${defender}: add hub-target: <namespace>/<id> (the target the project publishes to on grc.store)`);
                if (problems.length >= MAX_PROBLEMS)
                    break;
            }
        }
    }
    if (problems.length > 0)
        throw new EventError(file, problems);
    return {
        path: (0,external_node_path_.resolve)(baseDir, file),
        name: raw.name,
        window: { start: new Date(startMs).toISOString(), end: new Date(endMs).toISOString(), startMs, endMs },
        artifactName: raw['artifact-name'] ?? DEFAULT_ARTIFACT_NAME,
        objectives: raw.objectives ?? [...types/* OBJECTIVE_IDS */.Z],
        defender,
        trust: {
            signerWorkflow,
            signerWorkflowSource: source,
            trustedRoot,
            ...(toolVersions !== undefined ? { toolVersions } : {}),
            ...(raw.trust['predicate-type'] !== undefined ? { predicateType: raw.trust['predicate-type'] } : {}),
            allowSelfHosted: raw.trust['allow-self-hosted'] ?? false,
        },
        participants,
    };
}
/** The participant that owns a repository (compared without case), and the repository as written. */
function repositoryIndex(event) {
    const index = new Map();
    for (const p of event.participants)
        for (const r of p.repositories)
            index.set(r.toLowerCase(), { participant: p, repository: r });
    return index;
}
/** `/participants/2/level` \u2192 `participants[2].level`, the key parseYaml records positions under. */
function pointerToPath(pointer) {
    let out = '';
    for (const part of pointer.split('/').slice(1)) {
        const seg = part.replace(/~1/g, '/').replace(/~0/g, '~');
        out = /^[0-9]+$/.test(seg) ? `${out}[${seg}]` : out === '' ? seg : `${out}.${seg}`;
    }
    return out;
}
function joinKey(path, key) {
    return path === '' ? key : `${path}.${key}`;
}
const KNOWN_KEYS = {
    '': ['name', 'window', 'artifact-name', 'objectives', 'defender', 'trust', 'participants'],
    window: ['start', 'end'],
    trust: ['signer-workflow', 'trusted-root', 'tool-versions', 'predicate-type', 'allow-self-hosted'],
    participant: ['name', 'repositories', 'level', 'logo', 'advisor', 'hub-target'],
};
function schemaMessage(e, path) {
    const where = path === '' ? 'the event file' : path;
    const params = e.params;
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const known = KNOWN_KEYS[/^participants\[[0-9]+\]$/.test(path) ? 'participant' : path] ?? [];
            const hint = known.find((k) => editDistance(k, key.toLowerCase().replace(/_/g, '-')) <= 2);
            return `unknown key "${key}" in ${where}; ${hint ? `did you mean "${hint}"?` : `write one of: ${known.join(', ')}`}`;
        }
        case 'required':
            return `${where} needs "${String(params.missingProperty)}"${REQUIRED_HINT[String(params.missingProperty)] ?? ''}`;
        case 'enum': {
            if (path.endsWith('.level'))
                return `${path} must be 1, 2 or 3 (the OSPS Baseline maturity level: Sandbox 1, Incubating 2, Graduated 3)`;
            const allowed = (params.allowedValues ?? []).map((x) => String(x)).join(', ');
            return `${where} must be one of: ${allowed}`;
        }
        case 'format':
            return `${where} must be a date and time with a time zone, e.g. 2027-02-20T00:00:00Z`;
        case 'pattern':
            if (path.includes('.repositories['))
                return `${where} must be owner/name, as in https://github.com/owner/name (no URL, no .git)`;
            if (path.endsWith('.hub-target'))
                return `${where} must be <namespace>/<id>, as in the workflow's with.target (without @version)`;
            if (path === 'artifact-name')
                return 'artifact-name must be a workflow artifact name: letters, digits, dot, dash and underscore';
            return `${where} ${e.message ?? 'is not valid'}`;
        case 'type':
            return `${where} must be ${params.type === 'object' ? 'a mapping' : params.type === 'array' ? 'a list' : `a ${String(params.type)}`}`;
        case 'minItems':
            return `${where} must not be empty`;
        case 'uniqueItems':
            return `${where} lists an objective twice; list each once, in the event's order`;
        default:
            return `${where} ${e.message ?? 'is not valid'}`;
    }
}
const REQUIRED_HINT = {
    name: ' (e.g. name: Security Slam Spring 2027)',
    window: ' (e.g. window: { start: 2027-02-20T00:00:00Z, end: 2027-03-20T23:59:59Z })',
    trust: " (at least trust: { signer-workflow: '^https://github\\.com/\u2026/slam\\.yml@refs/tags/v1(\\.[0-9]+){0,2}$' })",
    'signer-workflow': ' (an anchored regular expression for the reusable workflow that signs results)',
    participants: ' (a list of { name, repositories, level })',
    repositories: ' (e.g. repositories: [acme/widget])',
    level: ' (1, 2 or 3)',
    start: ' (e.g. start: 2027-02-20T00:00:00Z)',
    end: ' (e.g. end: 2027-03-20T23:59:59Z)',
};
function dedupe(problems) {
    const seen = new Set();
    return problems.filter((p) => {
        const k = `${p.line}:${p.message}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
function editDistance(a, b) {
    if (Math.abs(a.length - b.length) > 2 || b.length > 40)
        return 99;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++)
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
    }
    return prev[b.length];
}


/***/ })

};
