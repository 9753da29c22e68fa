export const id = 58;
export const ids = [58];
export const modules = {

/***/ 7239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ mapPool)
/* harmony export */ });
// Runs `work` over every item with at most `limit` at a time, in order of start; results keep the
// items' order. A rejection does not stop the others; it is rethrown after all have finished.
async function mapPool(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    let failure = null;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            try {
                results[i] = await work(items[i], i);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failure)
        throw failure.error;
    return results;
}


/***/ }),

/***/ 8603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ TMP_DIR),
/* harmony export */   SV: () => (/* binding */ artifactDir),
/* harmony export */   ZJ: () => (/* binding */ writeJsonAtomic),
/* harmony export */   aE: () => (/* binding */ readRecord),
/* harmony export */   n: () => (/* binding */ HUB_FILE),
/* harmony export */   rh: () => (/* binding */ writeRecord),
/* harmony export */   wD: () => (/* binding */ repoDir),
/* harmony export */   yQ: () => (/* binding */ ARTIFACTS_DIR)
/* harmony export */ });
/* unused harmony export RECORD_FILE */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// The collection folder's layout and its records, shared by collect (writes), verify and score
// (read). One folder per repository, so that shards collected on different machines merge by
// copying folders together:
//
//   OUT/<owner>/<name>/collect.json            what collect saw (status, default branch, artifacts)
//   OUT/<owner>/<name>/artifacts/<id>/\u2026        one extracted artifact: result, bundle, SARIF
//   OUT/<owner>/<name>/hub.json                the grc.store verdict, when the event asks for it
//   OUT/.tmp/                                  downloads in progress (never read by verify)
//
// Owner and name come from the event file (checked: no `.`/`..`, no separators) and are lower-cased,
// as GitHub compares them; artifact ids are checked to be plain integers before they become paths.


const RECORD_FILE = 'collect.json';
const HUB_FILE = 'hub.json';
const ARTIFACTS_DIR = 'artifacts';
const TMP_DIR = '.tmp';
const MAX_RECORD_BYTES = 16 * 1024 * 1024;
/** The repository's folder below OUT. */
function repoDir(out, repository) {
    const [owner, name] = repository.toLowerCase().split('/');
    if (!owner || !name || name === '.' || name === '..' || owner.includes('\\') || name.includes('\\'))
        throw new Error(`not a repository name: ${repository}`);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, owner, name);
}
function artifactDir(out, repository, id) {
    if (!Number.isSafeInteger(id) || id <= 0)
        throw new Error(`not an artifact id: ${id}`);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir(out, repository), ARTIFACTS_DIR, String(id));
}
/** The record collect left, or null when there is none (or it cannot be read as one). */
function readRecord(out, repository) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir(out, repository), RECORD_FILE);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return null;
    try {
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
        if (text.length > MAX_RECORD_BYTES)
            return null;
        const r = JSON.parse(text);
        if (r?.version !== 1 || !Array.isArray(r.artifacts))
            return null;
        return r;
    }
    catch {
        return null;
    }
}
/** Written whole then renamed: an interrupted run leaves the previous record, never half of one. */
function writeJsonAtomic(file, data) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(file, '..'), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, `${JSON.stringify(data, null, 2)}\n`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, file);
}
function writeRecord(out, record) {
    writeJsonAtomic((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir(out, record.repository), RECORD_FILE), record);
}


/***/ }),

/***/ 3058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verificationJson: () => (/* binding */ verificationJson),
  verifyCollected: () => (/* binding */ verifyCollected)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
var ucs2length_namespaceObject = /*#__PURE__*/__webpack_require__.t(ucs2length, 2);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(779);
var formats_namespaceObject = /*#__PURE__*/__webpack_require__.t(formats, 2);
;// CONCATENATED MODULE: ./src/validators/result.js
// Generated by src/dev/compile-schemas.ts from schemas/result.schema.json (npm run build). Do not edit.
/* eslint-disable */


const __cjs = (ns) => (ns.default !== undefined && ns.default.__esModule ? ns.default : ns);
const result_result = validate0;
const schema0 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/security-slam/security-slam-action/schemas/result.schema.json","title":"Security Slam evaluation result","description":"One evaluation of a repository against the OSPS Baseline at one maturity level, with the Security Slam objectives. Public contract: read by organizers' collect, verify and score tools.","type":"object","required":["schemaVersion","tool","subject","generatedAt","catalog","level","levelSource","run","controls","summary","objectives","nextStep","securityInsights","findings","notes"],"additionalProperties":false,"properties":{"schemaVersion":{"type":"string","pattern":"^1\\.[0-9]+\\.[0-9]+$"},"tool":{"type":"object","required":["name","version"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"version":{"type":"string","minLength":1},"informationUri":{"type":"string","format":"uri"}}},"subject":{"type":"object","required":["repository","commit","ref"],"additionalProperties":false,"properties":{"repository":{"type":["string","null"],"pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"commit":{"type":["string","null"],"pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"ref":{"type":["string","null"]}}},"generatedAt":{"type":"string","format":"date-time"},"catalog":{"type":"object","required":["id","version"],"additionalProperties":false,"properties":{"id":{"const":"osps-baseline"},"version":{"type":"string"}}},"level":{"$ref":"#/$defs/level"},"levelSource":{"enum":["input","config","default"]},"run":{"type":"object","required":["offline","hasToken"],"additionalProperties":false,"properties":{"offline":{"type":"boolean"},"hasToken":{"type":"boolean"}}},"controls":{"type":"array","items":{"$ref":"#/$defs/control"}},"summary":{"type":"array","items":{"$ref":"#/$defs/levelSummary"},"minItems":1,"maxItems":3},"objectives":{"type":"array","items":{"$ref":"#/$defs/objective"}},"nextStep":{"oneOf":[{"type":"null"},{"type":"object","required":["objective","title","actions"],"additionalProperties":false,"properties":{"objective":{"$ref":"#/$defs/objectiveId"},"title":{"type":"string"},"actions":{"type":"array","minItems":1,"maxItems":3,"items":{"type":"object","required":["text"],"additionalProperties":false,"properties":{"text":{"type":"string"},"requirement":{"type":"string"},"helpUri":{"type":"string","format":"uri"},"field":{"type":"string"},"file":{"type":"string"}}}}}}]},"hubComparison":{"description":"Since 1.1.0 (absent before): our status beside the grc.store hub's for every requirement at the level, the disagreements with their likely reason, and Defender's 'published on the hub' sub-check. Null when no workflow publishes to the hub with a target that can be read. Text from the hub is untrusted.","oneOf":[{"type":"null"},{"$ref":"#/$defs/hubComparison"}]},"securityInsights":{"oneOf":[{"type":"null"},{"type":"object","required":["path","schemaVersion","valid","legacy","diagnostics"],"additionalProperties":false,"properties":{"path":{"type":"string"},"schemaVersion":{"type":["string","null"]},"valid":{"type":"boolean"},"legacy":{"type":"boolean"},"diagnostics":{"type":"array","items":{"type":"object","required":["severity","message","path","line","column"],"additionalProperties":false,"properties":{"severity":{"enum":["error","warning","info"]},"message":{"type":"string"},"path":{"type":"string"},"line":{"type":"integer","minimum":0},"column":{"type":"integer","minimum":0},"field":{"type":"string"}}}}}}]},"findings":{"type":"array","items":{"type":"object","required":["id","severity","path","line","message"],"additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^[a-z-]+/[a-z-]+$"},"severity":{"enum":["error","warning","note"]},"path":{"type":"string"},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"message":{"type":"string"}}}},"notes":{"type":"array","items":{"type":"object","required":["path","detail"],"additionalProperties":false,"properties":{"path":{"type":"string"},"detail":{"type":"string"}}}}},"$defs":{"level":{"enum":[1,2,3]},"status":{"enum":["pass","fail","attested","unknown","not-applicable"]},"gemaraResult":{"enum":["Not Run","Passed","Failed","Needs Review","Not Applicable","Unknown"]},"hubRow":{"type":"object","required":["id","ours","hub"],"additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^OSPS-[A-Z]{2}-[0-9]{2}\\.[0-9]{2}$"},"ours":{"$ref":"#/$defs/status"},"hub":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/gemaraResult"}]}}},"hubComparison":{"type":"object","required":["target","hub","page","source","verdict","missing","reason","result","runAt","ageDays","stale","evaluatedLevel","requirements","disagreements"],"additionalProperties":false,"properties":{"target":{"type":"string","maxLength":300},"hub":{"enum":["hub.grc.store","hub.preview.grc.store"]},"page":{"oneOf":[{"type":"null"},{"type":"string","pattern":"^https://hub\\.(preview\\.)?grc\\.store/"}]},"source":{"type":"object","required":["path","line","job"],"additionalProperties":false,"properties":{"path":{"type":"string"},"line":{"type":"integer","minimum":1},"job":{"type":"string"}}},"verdict":{"enum":["met","partial","unmet","unknown"]},"missing":{"type":"array","items":{"type":"string"}},"reason":{"type":["string","null"]},"result":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/gemaraResult"}]},"runAt":{"oneOf":[{"type":"null"},{"type":"string","format":"date-time"}]},"ageDays":{"type":["integer","null"],"minimum":0},"stale":{"type":["boolean","null"]},"evaluatedLevel":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/level"}]},"requirements":{"type":"array","items":{"$ref":"#/$defs/hubRow"}},"disagreements":{"type":"array","items":{"type":"object","required":["id","ours","hub","reason","detail"],"additionalProperties":false,"properties":{"id":{"type":"string"},"ours":{"$ref":"#/$defs/status"},"hub":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/gemaraResult"}]},"reason":{"enum":["hub-token-cannot-read","evidence-only-we-read","we-fail-hub-passes","hub-did-not-run","unexplained"]},"detail":{"type":"string","maxLength":300},"hubMessage":{"type":"string","maxLength":300}}}}}},"objectiveId":{"enum":["cleaner","chronicler","inspector","mechanizer","defender","cra-readiness"]},"evidence":{"type":"object","required":["kind","detail"],"additionalProperties":false,"properties":{"kind":{"enum":["file","workflow","api","security-insights","git","note"]},"path":{"type":"string"},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"detail":{"type":"string"},"url":{"type":"string"}}},"location":{"type":"object","required":["path","line"],"additionalProperties":false,"properties":{"path":{"type":"string"},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"create":{"type":"string","minLength":1,"description":"The file the fix adds when it does not exist yet; path is then the closest existing file (schema 1.1.0)."}}},"control":{"type":"object","required":["id","family","level","title","status","evidence","helpUri"],"additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^OSPS-[A-Z]{2}-[0-9]{2}\\.[0-9]{2}$"},"family":{"enum":["AC","BR","DO","GV","LE","QA","SA","VM"]},"level":{"$ref":"#/$defs/level"},"title":{"type":"string"},"status":{"$ref":"#/$defs/status"},"evidence":{"type":"array","items":{"$ref":"#/$defs/evidence"},"minItems":1},"remediation":{"type":"string"},"location":{"$ref":"#/$defs/location"},"helpUri":{"type":"string","format":"uri"}}},"levelSummary":{"type":"object","required":["level","total","pass","fail","attested","unknown","not-applicable"],"additionalProperties":false,"properties":{"level":{"$ref":"#/$defs/level"},"total":{"type":"integer","minimum":0},"pass":{"type":"integer","minimum":0},"fail":{"type":"integer","minimum":0},"attested":{"type":"integer","minimum":0},"unknown":{"type":"integer","minimum":0},"not-applicable":{"type":"integer","minimum":0}}},"objective":{"type":"object","required":["id","title","status","checks","missing"],"properties":{"id":{"$ref":"#/$defs/objectiveId"},"title":{"type":"string"},"status":{"enum":["met","partial","unmet","unknown"]},"checks":{"type":"array","items":{"type":"object","required":["id","title","status","evidence"],"properties":{"id":{"type":"string"},"title":{"type":"string"},"status":{"enum":["pass","fail","unknown"]},"evidence":{"type":"array","items":{"$ref":"#/$defs/evidence"}},"missing":{"type":"string"}}}},"missing":{"type":"array","items":{"type":"string"}}}}}};
const schema1 = {"enum":[1,2,3]};
const schema10 = {"enum":["cleaner","chronicler","inspector","mechanizer","defender","cra-readiness"]};
const func0 = Object.prototype.hasOwnProperty;
const func1 = __cjs(ucs2length_namespaceObject).default;
const pattern0 = new RegExp("^1\\.[0-9]+\\.[0-9]+$", "u");
const pattern1 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
const pattern2 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
const pattern6 = new RegExp("^[a-z-]+/[a-z-]+$", "u");
const formats0 = __cjs(formats_namespaceObject).fullFormats.uri;
const formats2 = __cjs(formats_namespaceObject).fullFormats["date-time"];
const schema2 = {"type":"object","required":["id","family","level","title","status","evidence","helpUri"],"additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^OSPS-[A-Z]{2}-[0-9]{2}\\.[0-9]{2}$"},"family":{"enum":["AC","BR","DO","GV","LE","QA","SA","VM"]},"level":{"$ref":"#/$defs/level"},"title":{"type":"string"},"status":{"$ref":"#/$defs/status"},"evidence":{"type":"array","items":{"$ref":"#/$defs/evidence"},"minItems":1},"remediation":{"type":"string"},"location":{"$ref":"#/$defs/location"},"helpUri":{"type":"string","format":"uri"}}};
const schema4 = {"enum":["pass","fail","attested","unknown","not-applicable"]};
const schema5 = {"type":"object","required":["kind","detail"],"additionalProperties":false,"properties":{"kind":{"enum":["file","workflow","api","security-insights","git","note"]},"path":{"type":"string"},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"detail":{"type":"string"},"url":{"type":"string"}}};
const schema6 = {"type":"object","required":["path","line"],"additionalProperties":false,"properties":{"path":{"type":"string"},"line":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"create":{"type":"string","minLength":1,"description":"The file the fix adds when it does not exist yet; path is then the closest existing file (schema 1.1.0)."}}};
const pattern3 = new RegExp("^OSPS-[A-Z]{2}-[0-9]{2}\\.[0-9]{2}$", "u");

function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate1.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.id === undefined) && (missing0 = "id")) || ((data.family === undefined) && (missing0 = "family"))) || ((data.level === undefined) && (missing0 = "level"))) || ((data.title === undefined) && (missing0 = "title"))) || ((data.status === undefined) && (missing0 = "status"))) || ((data.evidence === undefined) && (missing0 = "evidence"))) || ((data.helpUri === undefined) && (missing0 = "helpUri"))){
validate1.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func0.call(schema2.properties, key0))){
validate1.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern3.test(data0)){
validate1.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^OSPS-[A-Z]{2}-[0-9]{2}\\.[0-9]{2}$"},message:"must match pattern \""+"^OSPS-[A-Z]{2}-[0-9]{2}\\.[0-9]{2}$"+"\""}];
return false;
}
}
else {
validate1.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.family !== undefined){
let data1 = data.family;
const _errs4 = errors;
if(!((((((((data1 === "AC") || (data1 === "BR")) || (data1 === "DO")) || (data1 === "GV")) || (data1 === "LE")) || (data1 === "QA")) || (data1 === "SA")) || (data1 === "VM"))){
validate1.errors = [{instancePath:instancePath+"/family",schemaPath:"#/properties/family/enum",keyword:"enum",params:{allowedValues: schema2.properties.family.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.level !== undefined){
let data2 = data.level;
const _errs5 = errors;
if(!(((data2 === 1) || (data2 === 2)) || (data2 === 3))){
validate1.errors = [{instancePath:instancePath+"/level",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema1.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
const _errs7 = errors;
if(typeof data.title !== "string"){
validate1.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data4 = data.status;
const _errs9 = errors;
if(!(((((data4 === "pass") || (data4 === "fail")) || (data4 === "attested")) || (data4 === "unknown")) || (data4 === "not-applicable"))){
validate1.errors = [{instancePath:instancePath+"/status",schemaPath:"#/$defs/status/enum",keyword:"enum",params:{allowedValues: schema4.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.evidence !== undefined){
let data5 = data.evidence;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data5)){
if(data5.length < 1){
validate1.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid3 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing1;
if(((data6.kind === undefined) && (missing1 = "kind")) || ((data6.detail === undefined) && (missing1 = "detail"))){
validate1.errors = [{instancePath:instancePath+"/evidence/" + i0,schemaPath:"#/$defs/evidence/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs16 = errors;
for(const key1 in data6){
if(!((((((key1 === "kind") || (key1 === "path")) || (key1 === "line")) || (key1 === "column")) || (key1 === "detail")) || (key1 === "url"))){
validate1.errors = [{instancePath:instancePath+"/evidence/" + i0,schemaPath:"#/$defs/evidence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs16 === errors){
if(data6.kind !== undefined){
let data7 = data6.kind;
const _errs17 = errors;
if(!((((((data7 === "file") || (data7 === "workflow")) || (data7 === "api")) || (data7 === "security-insights")) || (data7 === "git")) || (data7 === "note"))){
validate1.errors = [{instancePath:instancePath+"/evidence/" + i0+"/kind",schemaPath:"#/$defs/evidence/properties/kind/enum",keyword:"enum",params:{allowedValues: schema5.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid5 = _errs17 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.path !== undefined){
const _errs18 = errors;
if(typeof data6.path !== "string"){
validate1.errors = [{instancePath:instancePath+"/evidence/" + i0+"/path",schemaPath:"#/$defs/evidence/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs18 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.line !== undefined){
let data9 = data6.line;
const _errs20 = errors;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
validate1.errors = [{instancePath:instancePath+"/evidence/" + i0+"/line",schemaPath:"#/$defs/evidence/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs20){
if(typeof data9 == "number"){
if(data9 < 1 || isNaN(data9)){
validate1.errors = [{instancePath:instancePath+"/evidence/" + i0+"/line",schemaPath:"#/$defs/evidence/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid5 = _errs20 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.column !== undefined){
let data10 = data6.column;
const _errs22 = errors;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
validate1.errors = [{instancePath:instancePath+"/evidence/" + i0+"/column",schemaPath:"#/$defs/evidence/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs22){
if(typeof data10 == "number"){
if(data10 < 1 || isNaN(data10)){
validate1.errors = [{instancePath:instancePath+"/evidence/" + i0+"/column",schemaPath:"#/$defs/evidence/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid5 = _errs22 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.detail !== undefined){
const _errs24 = errors;
if(typeof data6.detail !== "string"){
validate1.errors = [{instancePath:instancePath+"/evidence/" + i0+"/detail",schemaPath:"#/$defs/evidence/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs24 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.url !== undefined){
const _errs26 = errors;
if(typeof data6.url !== "string"){
validate1.errors = [{instancePath:instancePath+"/evidence/" + i0+"/url",schemaPath:"#/$defs/evidence/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs26 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
}
}
}
}
else {
validate1.errors = [{instancePath:instancePath+"/evidence/" + i0,schemaPath:"#/$defs/evidence/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs13 === errors;
if(!valid3){
break;
}
}
}
}
else {
validate1.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.remediation !== undefined){
const _errs28 = errors;
if(typeof data.remediation !== "string"){
validate1.errors = [{instancePath:instancePath+"/remediation",schemaPath:"#/properties/remediation/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.location !== undefined){
let data14 = data.location;
const _errs30 = errors;
const _errs31 = errors;
if(errors === _errs31){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
let missing2;
if(((data14.path === undefined) && (missing2 = "path")) || ((data14.line === undefined) && (missing2 = "line"))){
validate1.errors = [{instancePath:instancePath+"/location",schemaPath:"#/$defs/location/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs33 = errors;
for(const key2 in data14){
if(!((((key2 === "path") || (key2 === "line")) || (key2 === "column")) || (key2 === "create"))){
validate1.errors = [{instancePath:instancePath+"/location",schemaPath:"#/$defs/location/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs33 === errors){
if(data14.path !== undefined){
const _errs34 = errors;
if(typeof data14.path !== "string"){
validate1.errors = [{instancePath:instancePath+"/location/path",schemaPath:"#/$defs/location/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs34 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data14.line !== undefined){
let data16 = data14.line;
const _errs36 = errors;
if(!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))){
validate1.errors = [{instancePath:instancePath+"/location/line",schemaPath:"#/$defs/location/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs36){
if(typeof data16 == "number"){
if(data16 < 1 || isNaN(data16)){
validate1.errors = [{instancePath:instancePath+"/location/line",schemaPath:"#/$defs/location/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid7 = _errs36 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data14.column !== undefined){
let data17 = data14.column;
const _errs38 = errors;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
validate1.errors = [{instancePath:instancePath+"/location/column",schemaPath:"#/$defs/location/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs38){
if(typeof data17 == "number"){
if(data17 < 1 || isNaN(data17)){
validate1.errors = [{instancePath:instancePath+"/location/column",schemaPath:"#/$defs/location/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid7 = _errs38 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data14.create !== undefined){
let data18 = data14.create;
const _errs40 = errors;
if(errors === _errs40){
if(typeof data18 === "string"){
if(func1(data18) < 1){
validate1.errors = [{instancePath:instancePath+"/location/create",schemaPath:"#/$defs/location/properties/create/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate1.errors = [{instancePath:instancePath+"/location/create",schemaPath:"#/$defs/location/properties/create/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs40 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
}
}
else {
validate1.errors = [{instancePath:instancePath+"/location",schemaPath:"#/$defs/location/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.helpUri !== undefined){
let data19 = data.helpUri;
const _errs42 = errors;
if(errors === _errs42){
if(errors === _errs42){
if(typeof data19 === "string"){
if(!(formats0(data19))){
validate1.errors = [{instancePath:instancePath+"/helpUri",schemaPath:"#/properties/helpUri/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate1.errors = [{instancePath:instancePath+"/helpUri",schemaPath:"#/properties/helpUri/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs42 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate1.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate1.errors = vErrors;
return errors === 0;
}
validate1.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema7 = {"type":"object","required":["level","total","pass","fail","attested","unknown","not-applicable"],"additionalProperties":false,"properties":{"level":{"$ref":"#/$defs/level"},"total":{"type":"integer","minimum":0},"pass":{"type":"integer","minimum":0},"fail":{"type":"integer","minimum":0},"attested":{"type":"integer","minimum":0},"unknown":{"type":"integer","minimum":0},"not-applicable":{"type":"integer","minimum":0}}};

function validate3(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate3.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.level === undefined) && (missing0 = "level")) || ((data.total === undefined) && (missing0 = "total"))) || ((data.pass === undefined) && (missing0 = "pass"))) || ((data.fail === undefined) && (missing0 = "fail"))) || ((data.attested === undefined) && (missing0 = "attested"))) || ((data.unknown === undefined) && (missing0 = "unknown"))) || ((data["not-applicable"] === undefined) && (missing0 = "not-applicable"))){
validate3.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "level") || (key0 === "total")) || (key0 === "pass")) || (key0 === "fail")) || (key0 === "attested")) || (key0 === "unknown")) || (key0 === "not-applicable"))){
validate3.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.level !== undefined){
let data0 = data.level;
const _errs2 = errors;
if(!(((data0 === 1) || (data0 === 2)) || (data0 === 3))){
validate3.errors = [{instancePath:instancePath+"/level",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema1.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.total !== undefined){
let data1 = data.total;
const _errs4 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
validate3.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
validate3.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pass !== undefined){
let data2 = data.pass;
const _errs6 = errors;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
validate3.errors = [{instancePath:instancePath+"/pass",schemaPath:"#/properties/pass/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if(typeof data2 == "number"){
if(data2 < 0 || isNaN(data2)){
validate3.errors = [{instancePath:instancePath+"/pass",schemaPath:"#/properties/pass/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fail !== undefined){
let data3 = data.fail;
const _errs8 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
validate3.errors = [{instancePath:instancePath+"/fail",schemaPath:"#/properties/fail/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if(typeof data3 == "number"){
if(data3 < 0 || isNaN(data3)){
validate3.errors = [{instancePath:instancePath+"/fail",schemaPath:"#/properties/fail/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.attested !== undefined){
let data4 = data.attested;
const _errs10 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
validate3.errors = [{instancePath:instancePath+"/attested",schemaPath:"#/properties/attested/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if(typeof data4 == "number"){
if(data4 < 0 || isNaN(data4)){
validate3.errors = [{instancePath:instancePath+"/attested",schemaPath:"#/properties/attested/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unknown !== undefined){
let data5 = data.unknown;
const _errs12 = errors;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
validate3.errors = [{instancePath:instancePath+"/unknown",schemaPath:"#/properties/unknown/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if(typeof data5 == "number"){
if(data5 < 0 || isNaN(data5)){
validate3.errors = [{instancePath:instancePath+"/unknown",schemaPath:"#/properties/unknown/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["not-applicable"] !== undefined){
let data6 = data["not-applicable"];
const _errs14 = errors;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
validate3.errors = [{instancePath:instancePath+"/not-applicable",schemaPath:"#/properties/not-applicable/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs14){
if(typeof data6 == "number"){
if(data6 < 0 || isNaN(data6)){
validate3.errors = [{instancePath:instancePath+"/not-applicable",schemaPath:"#/properties/not-applicable/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate3.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate3.errors = vErrors;
return errors === 0;
}
validate3.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema9 = {"type":"object","required":["id","title","status","checks","missing"],"properties":{"id":{"$ref":"#/$defs/objectiveId"},"title":{"type":"string"},"status":{"enum":["met","partial","unmet","unknown"]},"checks":{"type":"array","items":{"type":"object","required":["id","title","status","evidence"],"properties":{"id":{"type":"string"},"title":{"type":"string"},"status":{"enum":["pass","fail","unknown"]},"evidence":{"type":"array","items":{"$ref":"#/$defs/evidence"}},"missing":{"type":"string"}}}},"missing":{"type":"array","items":{"type":"string"}}}};

function validate5(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate5.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.id === undefined) && (missing0 = "id")) || ((data.title === undefined) && (missing0 = "title"))) || ((data.status === undefined) && (missing0 = "status"))) || ((data.checks === undefined) && (missing0 = "checks"))) || ((data.missing === undefined) && (missing0 = "missing"))){
validate5.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if(!((((((data0 === "cleaner") || (data0 === "chronicler")) || (data0 === "inspector")) || (data0 === "mechanizer")) || (data0 === "defender")) || (data0 === "cra-readiness"))){
validate5.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/objectiveId/enum",keyword:"enum",params:{allowedValues: schema10.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
const _errs3 = errors;
if(typeof data.title !== "string"){
validate5.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data2 = data.status;
const _errs5 = errors;
if(!((((data2 === "met") || (data2 === "partial")) || (data2 === "unmet")) || (data2 === "unknown"))){
validate5.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema9.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.checks !== undefined){
let data3 = data.checks;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data3)){
var valid2 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs8 = errors;
if(errors === _errs8){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if(((((data4.id === undefined) && (missing1 = "id")) || ((data4.title === undefined) && (missing1 = "title"))) || ((data4.status === undefined) && (missing1 = "status"))) || ((data4.evidence === undefined) && (missing1 = "evidence"))){
validate5.errors = [{instancePath:instancePath+"/checks/" + i0,schemaPath:"#/properties/checks/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data4.id !== undefined){
const _errs10 = errors;
if(typeof data4.id !== "string"){
validate5.errors = [{instancePath:instancePath+"/checks/" + i0+"/id",schemaPath:"#/properties/checks/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs10 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.title !== undefined){
const _errs12 = errors;
if(typeof data4.title !== "string"){
validate5.errors = [{instancePath:instancePath+"/checks/" + i0+"/title",schemaPath:"#/properties/checks/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.status !== undefined){
let data7 = data4.status;
const _errs14 = errors;
if(!(((data7 === "pass") || (data7 === "fail")) || (data7 === "unknown"))){
validate5.errors = [{instancePath:instancePath+"/checks/" + i0+"/status",schemaPath:"#/properties/checks/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema9.properties.checks.items.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.evidence !== undefined){
let data8 = data4.evidence;
const _errs15 = errors;
if(errors === _errs15){
if(Array.isArray(data8)){
var valid4 = true;
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing2;
if(((data9.kind === undefined) && (missing2 = "kind")) || ((data9.detail === undefined) && (missing2 = "detail"))){
validate5.errors = [{instancePath:instancePath+"/checks/" + i0+"/evidence/" + i1,schemaPath:"#/$defs/evidence/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs20 = errors;
for(const key0 in data9){
if(!((((((key0 === "kind") || (key0 === "path")) || (key0 === "line")) || (key0 === "column")) || (key0 === "detail")) || (key0 === "url"))){
validate5.errors = [{instancePath:instancePath+"/checks/" + i0+"/evidence/" + i1,schemaPath:"#/$defs/evidence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs20 === errors){
if(data9.kind !== undefined){
let data10 = data9.kind;
const _errs21 = errors;
if(!((((((data10 === "file") || (data10 === "workflow")) || (data10 === "api")) || (data10 === "security-insights")) || (data10 === "git")) || (data10 === "note"))){
validate5.errors = [{instancePath:instancePath+"/checks/" + i0+"/evidence/" + i1+"/kind",schemaPath:"#/$defs/evidence/properties/kind/enum",keyword:"enum",params:{allowedValues: schema5.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid6 = _errs21 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.path !== undefined){
const _errs22 = errors;
if(typeof data9.path !== "string"){
validate5.errors = [{instancePath:instancePath+"/checks/" + i0+"/evidence/" + i1+"/path",schemaPath:"#/$defs/evidence/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs22 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.line !== undefined){
let data12 = data9.line;
const _errs24 = errors;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
validate5.errors = [{instancePath:instancePath+"/checks/" + i0+"/evidence/" + i1+"/line",schemaPath:"#/$defs/evidence/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs24){
if(typeof data12 == "number"){
if(data12 < 1 || isNaN(data12)){
validate5.errors = [{instancePath:instancePath+"/checks/" + i0+"/evidence/" + i1+"/line",schemaPath:"#/$defs/evidence/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid6 = _errs24 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.column !== undefined){
let data13 = data9.column;
const _errs26 = errors;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
validate5.errors = [{instancePath:instancePath+"/checks/" + i0+"/evidence/" + i1+"/column",schemaPath:"#/$defs/evidence/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs26){
if(typeof data13 == "number"){
if(data13 < 1 || isNaN(data13)){
validate5.errors = [{instancePath:instancePath+"/checks/" + i0+"/evidence/" + i1+"/column",schemaPath:"#/$defs/evidence/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid6 = _errs26 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.detail !== undefined){
const _errs28 = errors;
if(typeof data9.detail !== "string"){
validate5.errors = [{instancePath:instancePath+"/checks/" + i0+"/evidence/" + i1+"/detail",schemaPath:"#/$defs/evidence/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs28 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data9.url !== undefined){
const _errs30 = errors;
if(typeof data9.url !== "string"){
validate5.errors = [{instancePath:instancePath+"/checks/" + i0+"/evidence/" + i1+"/url",schemaPath:"#/$defs/evidence/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs30 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
}
}
else {
validate5.errors = [{instancePath:instancePath+"/checks/" + i0+"/evidence/" + i1,schemaPath:"#/$defs/evidence/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs17 === errors;
if(!valid4){
break;
}
}
}
else {
validate5.errors = [{instancePath:instancePath+"/checks/" + i0+"/evidence",schemaPath:"#/properties/checks/items/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data4.missing !== undefined){
const _errs32 = errors;
if(typeof data4.missing !== "string"){
validate5.errors = [{instancePath:instancePath+"/checks/" + i0+"/missing",schemaPath:"#/properties/checks/items/properties/missing/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs32 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
else {
validate5.errors = [{instancePath:instancePath+"/checks/" + i0,schemaPath:"#/properties/checks/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs8 === errors;
if(!valid2){
break;
}
}
}
else {
validate5.errors = [{instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.missing !== undefined){
let data17 = data.missing;
const _errs34 = errors;
if(errors === _errs34){
if(Array.isArray(data17)){
var valid7 = true;
const len2 = data17.length;
for(let i2=0; i2<len2; i2++){
const _errs36 = errors;
if(typeof data17[i2] !== "string"){
validate5.errors = [{instancePath:instancePath+"/missing/" + i2,schemaPath:"#/properties/missing/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs36 === errors;
if(!valid7){
break;
}
}
}
else {
validate5.errors = [{instancePath:instancePath+"/missing",schemaPath:"#/properties/missing/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate5.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate5.errors = vErrors;
return errors === 0;
}
validate5.evaluated = {"props":{"id":true,"title":true,"status":true,"checks":true,"missing":true},"dynamicProps":false,"dynamicItems":false};

const schema13 = {"type":"object","required":["target","hub","page","source","verdict","missing","reason","result","runAt","ageDays","stale","evaluatedLevel","requirements","disagreements"],"additionalProperties":false,"properties":{"target":{"type":"string","maxLength":300},"hub":{"enum":["hub.grc.store","hub.preview.grc.store"]},"page":{"oneOf":[{"type":"null"},{"type":"string","pattern":"^https://hub\\.(preview\\.)?grc\\.store/"}]},"source":{"type":"object","required":["path","line","job"],"additionalProperties":false,"properties":{"path":{"type":"string"},"line":{"type":"integer","minimum":1},"job":{"type":"string"}}},"verdict":{"enum":["met","partial","unmet","unknown"]},"missing":{"type":"array","items":{"type":"string"}},"reason":{"type":["string","null"]},"result":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/gemaraResult"}]},"runAt":{"oneOf":[{"type":"null"},{"type":"string","format":"date-time"}]},"ageDays":{"type":["integer","null"],"minimum":0},"stale":{"type":["boolean","null"]},"evaluatedLevel":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/level"}]},"requirements":{"type":"array","items":{"$ref":"#/$defs/hubRow"}},"disagreements":{"type":"array","items":{"type":"object","required":["id","ours","hub","reason","detail"],"additionalProperties":false,"properties":{"id":{"type":"string"},"ours":{"$ref":"#/$defs/status"},"hub":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/gemaraResult"}]},"reason":{"enum":["hub-token-cannot-read","evidence-only-we-read","we-fail-hub-passes","hub-did-not-run","unexplained"]},"detail":{"type":"string","maxLength":300},"hubMessage":{"type":"string","maxLength":300}}}}}};
const schema14 = {"enum":["Not Run","Passed","Failed","Needs Review","Not Applicable","Unknown"]};
const pattern4 = new RegExp("^https://hub\\.(preview\\.)?grc\\.store/", "u");
const schema16 = {"type":"object","required":["id","ours","hub"],"additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^OSPS-[A-Z]{2}-[0-9]{2}\\.[0-9]{2}$"},"ours":{"$ref":"#/$defs/status"},"hub":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/gemaraResult"}]}}};

function validate8(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate8.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.id === undefined) && (missing0 = "id")) || ((data.ours === undefined) && (missing0 = "ours"))) || ((data.hub === undefined) && (missing0 = "hub"))){
validate8.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "id") || (key0 === "ours")) || (key0 === "hub"))){
validate8.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern3.test(data0)){
validate8.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^OSPS-[A-Z]{2}-[0-9]{2}\\.[0-9]{2}$"},message:"must match pattern \""+"^OSPS-[A-Z]{2}-[0-9]{2}\\.[0-9]{2}$"+"\""}];
return false;
}
}
else {
validate8.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ours !== undefined){
let data1 = data.ours;
const _errs4 = errors;
if(!(((((data1 === "pass") || (data1 === "fail")) || (data1 === "attested")) || (data1 === "unknown")) || (data1 === "not-applicable"))){
validate8.errors = [{instancePath:instancePath+"/ours",schemaPath:"#/$defs/status/enum",keyword:"enum",params:{allowedValues: schema4.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.hub !== undefined){
let data2 = data.hub;
const _errs6 = errors;
const _errs7 = errors;
let valid2 = false;
let passing0 = null;
const _errs8 = errors;
if(data2 !== null){
const err0 = {instancePath:instancePath+"/hub",schemaPath:"#/properties/hub/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs10 = errors;
if(!((((((data2 === "Not Run") || (data2 === "Passed")) || (data2 === "Failed")) || (data2 === "Needs Review")) || (data2 === "Not Applicable")) || (data2 === "Unknown"))){
const err1 = {instancePath:instancePath+"/hub",schemaPath:"#/$defs/gemaraResult/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs10 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err2 = {instancePath:instancePath+"/hub",schemaPath:"#/properties/hub/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate8.errors = vErrors;
return false;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate8.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate8.errors = vErrors;
return errors === 0;
}
validate8.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate7(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate7.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((((((data.target === undefined) && (missing0 = "target")) || ((data.hub === undefined) && (missing0 = "hub"))) || ((data.page === undefined) && (missing0 = "page"))) || ((data.source === undefined) && (missing0 = "source"))) || ((data.verdict === undefined) && (missing0 = "verdict"))) || ((data.missing === undefined) && (missing0 = "missing"))) || ((data.reason === undefined) && (missing0 = "reason"))) || ((data.result === undefined) && (missing0 = "result"))) || ((data.runAt === undefined) && (missing0 = "runAt"))) || ((data.ageDays === undefined) && (missing0 = "ageDays"))) || ((data.stale === undefined) && (missing0 = "stale"))) || ((data.evaluatedLevel === undefined) && (missing0 = "evaluatedLevel"))) || ((data.requirements === undefined) && (missing0 = "requirements"))) || ((data.disagreements === undefined) && (missing0 = "disagreements"))){
validate7.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func0.call(schema13.properties, key0))){
validate7.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.target !== undefined){
let data0 = data.target;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) > 300){
validate7.errors = [{instancePath:instancePath+"/target",schemaPath:"#/properties/target/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"}];
return false;
}
}
else {
validate7.errors = [{instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.hub !== undefined){
let data1 = data.hub;
const _errs4 = errors;
if(!((data1 === "hub.grc.store") || (data1 === "hub.preview.grc.store"))){
validate7.errors = [{instancePath:instancePath+"/hub",schemaPath:"#/properties/hub/enum",keyword:"enum",params:{allowedValues: schema13.properties.hub.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.page !== undefined){
let data2 = data.page;
const _errs5 = errors;
const _errs6 = errors;
let valid1 = false;
let passing0 = null;
const _errs7 = errors;
if(data2 !== null){
const err0 = {instancePath:instancePath+"/page",schemaPath:"#/properties/page/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err1 = {instancePath:instancePath+"/page",schemaPath:"#/properties/page/oneOf/1/pattern",keyword:"pattern",params:{pattern: "^https://hub\\.(preview\\.)?grc\\.store/"},message:"must match pattern \""+"^https://hub\\.(preview\\.)?grc\\.store/"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/page",schemaPath:"#/properties/page/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err3 = {instancePath:instancePath+"/page",schemaPath:"#/properties/page/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate7.errors = vErrors;
return false;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data3 = data.source;
const _errs11 = errors;
if(errors === _errs11){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if((((data3.path === undefined) && (missing1 = "path")) || ((data3.line === undefined) && (missing1 = "line"))) || ((data3.job === undefined) && (missing1 = "job"))){
validate7.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs13 = errors;
for(const key1 in data3){
if(!(((key1 === "path") || (key1 === "line")) || (key1 === "job"))){
validate7.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs13 === errors){
if(data3.path !== undefined){
const _errs14 = errors;
if(typeof data3.path !== "string"){
validate7.errors = [{instancePath:instancePath+"/source/path",schemaPath:"#/properties/source/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.line !== undefined){
let data5 = data3.line;
const _errs16 = errors;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
validate7.errors = [{instancePath:instancePath+"/source/line",schemaPath:"#/properties/source/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs16){
if(typeof data5 == "number"){
if(data5 < 1 || isNaN(data5)){
validate7.errors = [{instancePath:instancePath+"/source/line",schemaPath:"#/properties/source/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid2 = _errs16 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.job !== undefined){
const _errs18 = errors;
if(typeof data3.job !== "string"){
validate7.errors = [{instancePath:instancePath+"/source/job",schemaPath:"#/properties/source/properties/job/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate7.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.verdict !== undefined){
let data7 = data.verdict;
const _errs20 = errors;
if(!((((data7 === "met") || (data7 === "partial")) || (data7 === "unmet")) || (data7 === "unknown"))){
validate7.errors = [{instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema13.properties.verdict.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.missing !== undefined){
let data8 = data.missing;
const _errs21 = errors;
if(errors === _errs21){
if(Array.isArray(data8)){
var valid3 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
const _errs23 = errors;
if(typeof data8[i0] !== "string"){
validate7.errors = [{instancePath:instancePath+"/missing/" + i0,schemaPath:"#/properties/missing/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs23 === errors;
if(!valid3){
break;
}
}
}
else {
validate7.errors = [{instancePath:instancePath+"/missing",schemaPath:"#/properties/missing/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reason !== undefined){
let data10 = data.reason;
const _errs25 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
validate7.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: schema13.properties.reason.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.result !== undefined){
let data11 = data.result;
const _errs27 = errors;
const _errs28 = errors;
let valid4 = false;
let passing1 = null;
const _errs29 = errors;
if(data11 !== null){
const err4 = {instancePath:instancePath+"/result",schemaPath:"#/properties/result/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs29 === errors;
if(_valid1){
valid4 = true;
passing1 = 0;
}
const _errs31 = errors;
if(!((((((data11 === "Not Run") || (data11 === "Passed")) || (data11 === "Failed")) || (data11 === "Needs Review")) || (data11 === "Not Applicable")) || (data11 === "Unknown"))){
const err5 = {instancePath:instancePath+"/result",schemaPath:"#/$defs/gemaraResult/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid1 = _errs31 === errors;
if(_valid1 && valid4){
valid4 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid4 = true;
passing1 = 1;
}
}
if(!valid4){
const err6 = {instancePath:instancePath+"/result",schemaPath:"#/properties/result/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
validate7.errors = vErrors;
return false;
}
else {
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.runAt !== undefined){
let data12 = data.runAt;
const _errs33 = errors;
const _errs34 = errors;
let valid6 = false;
let passing2 = null;
const _errs35 = errors;
if(data12 !== null){
const err7 = {instancePath:instancePath+"/runAt",schemaPath:"#/properties/runAt/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid2 = _errs35 === errors;
if(_valid2){
valid6 = true;
passing2 = 0;
}
const _errs37 = errors;
if(errors === _errs37){
if(errors === _errs37){
if(typeof data12 === "string"){
if(!(formats2.validate(data12))){
const err8 = {instancePath:instancePath+"/runAt",schemaPath:"#/properties/runAt/oneOf/1/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/runAt",schemaPath:"#/properties/runAt/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
var _valid2 = _errs37 === errors;
if(_valid2 && valid6){
valid6 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid6 = true;
passing2 = 1;
}
}
if(!valid6){
const err10 = {instancePath:instancePath+"/runAt",schemaPath:"#/properties/runAt/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
validate7.errors = vErrors;
return false;
}
else {
errors = _errs34;
if(vErrors !== null){
if(_errs34){
vErrors.length = _errs34;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ageDays !== undefined){
let data13 = data.ageDays;
const _errs39 = errors;
if((!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))) && (data13 !== null)){
validate7.errors = [{instancePath:instancePath+"/ageDays",schemaPath:"#/properties/ageDays/type",keyword:"type",params:{type: schema13.properties.ageDays.type},message:"must be integer,null"}];
return false;
}
if(errors === _errs39){
if(typeof data13 == "number"){
if(data13 < 0 || isNaN(data13)){
validate7.errors = [{instancePath:instancePath+"/ageDays",schemaPath:"#/properties/ageDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stale !== undefined){
let data14 = data.stale;
const _errs41 = errors;
if((typeof data14 !== "boolean") && (data14 !== null)){
validate7.errors = [{instancePath:instancePath+"/stale",schemaPath:"#/properties/stale/type",keyword:"type",params:{type: schema13.properties.stale.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.evaluatedLevel !== undefined){
let data15 = data.evaluatedLevel;
const _errs43 = errors;
const _errs44 = errors;
let valid7 = false;
let passing3 = null;
const _errs45 = errors;
if(data15 !== null){
const err11 = {instancePath:instancePath+"/evaluatedLevel",schemaPath:"#/properties/evaluatedLevel/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid3 = _errs45 === errors;
if(_valid3){
valid7 = true;
passing3 = 0;
}
const _errs47 = errors;
if(!(((data15 === 1) || (data15 === 2)) || (data15 === 3))){
const err12 = {instancePath:instancePath+"/evaluatedLevel",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema1.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid3 = _errs47 === errors;
if(_valid3 && valid7){
valid7 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid7 = true;
passing3 = 1;
}
}
if(!valid7){
const err13 = {instancePath:instancePath+"/evaluatedLevel",schemaPath:"#/properties/evaluatedLevel/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
validate7.errors = vErrors;
return false;
}
else {
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs43 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requirements !== undefined){
let data16 = data.requirements;
const _errs49 = errors;
if(errors === _errs49){
if(Array.isArray(data16)){
var valid9 = true;
const len1 = data16.length;
for(let i1=0; i1<len1; i1++){
const _errs51 = errors;
if(!(validate8(data16[i1], {instancePath:instancePath+"/requirements/" + i1,parentData:data16,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
errors = vErrors.length;
}
var valid9 = _errs51 === errors;
if(!valid9){
break;
}
}
}
else {
validate7.errors = [{instancePath:instancePath+"/requirements",schemaPath:"#/properties/requirements/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs49 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.disagreements !== undefined){
let data18 = data.disagreements;
const _errs52 = errors;
if(errors === _errs52){
if(Array.isArray(data18)){
var valid10 = true;
const len2 = data18.length;
for(let i2=0; i2<len2; i2++){
let data19 = data18[i2];
const _errs54 = errors;
if(errors === _errs54){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
let missing2;
if((((((data19.id === undefined) && (missing2 = "id")) || ((data19.ours === undefined) && (missing2 = "ours"))) || ((data19.hub === undefined) && (missing2 = "hub"))) || ((data19.reason === undefined) && (missing2 = "reason"))) || ((data19.detail === undefined) && (missing2 = "detail"))){
validate7.errors = [{instancePath:instancePath+"/disagreements/" + i2,schemaPath:"#/properties/disagreements/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs56 = errors;
for(const key2 in data19){
if(!((((((key2 === "id") || (key2 === "ours")) || (key2 === "hub")) || (key2 === "reason")) || (key2 === "detail")) || (key2 === "hubMessage"))){
validate7.errors = [{instancePath:instancePath+"/disagreements/" + i2,schemaPath:"#/properties/disagreements/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs56 === errors){
if(data19.id !== undefined){
const _errs57 = errors;
if(typeof data19.id !== "string"){
validate7.errors = [{instancePath:instancePath+"/disagreements/" + i2+"/id",schemaPath:"#/properties/disagreements/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs57 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data19.ours !== undefined){
let data21 = data19.ours;
const _errs59 = errors;
if(!(((((data21 === "pass") || (data21 === "fail")) || (data21 === "attested")) || (data21 === "unknown")) || (data21 === "not-applicable"))){
validate7.errors = [{instancePath:instancePath+"/disagreements/" + i2+"/ours",schemaPath:"#/$defs/status/enum",keyword:"enum",params:{allowedValues: schema4.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid11 = _errs59 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data19.hub !== undefined){
let data22 = data19.hub;
const _errs61 = errors;
const _errs62 = errors;
let valid13 = false;
let passing4 = null;
const _errs63 = errors;
if(data22 !== null){
const err14 = {instancePath:instancePath+"/disagreements/" + i2+"/hub",schemaPath:"#/properties/disagreements/items/properties/hub/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid4 = _errs63 === errors;
if(_valid4){
valid13 = true;
passing4 = 0;
}
const _errs65 = errors;
if(!((((((data22 === "Not Run") || (data22 === "Passed")) || (data22 === "Failed")) || (data22 === "Needs Review")) || (data22 === "Not Applicable")) || (data22 === "Unknown"))){
const err15 = {instancePath:instancePath+"/disagreements/" + i2+"/hub",schemaPath:"#/$defs/gemaraResult/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid4 = _errs65 === errors;
if(_valid4 && valid13){
valid13 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid13 = true;
passing4 = 1;
}
}
if(!valid13){
const err16 = {instancePath:instancePath+"/disagreements/" + i2+"/hub",schemaPath:"#/properties/disagreements/items/properties/hub/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
validate7.errors = vErrors;
return false;
}
else {
errors = _errs62;
if(vErrors !== null){
if(_errs62){
vErrors.length = _errs62;
}
else {
vErrors = null;
}
}
}
var valid11 = _errs61 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data19.reason !== undefined){
let data23 = data19.reason;
const _errs67 = errors;
if(!(((((data23 === "hub-token-cannot-read") || (data23 === "evidence-only-we-read")) || (data23 === "we-fail-hub-passes")) || (data23 === "hub-did-not-run")) || (data23 === "unexplained"))){
validate7.errors = [{instancePath:instancePath+"/disagreements/" + i2+"/reason",schemaPath:"#/properties/disagreements/items/properties/reason/enum",keyword:"enum",params:{allowedValues: schema13.properties.disagreements.items.properties.reason.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid11 = _errs67 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data19.detail !== undefined){
let data24 = data19.detail;
const _errs68 = errors;
if(errors === _errs68){
if(typeof data24 === "string"){
if(func1(data24) > 300){
validate7.errors = [{instancePath:instancePath+"/disagreements/" + i2+"/detail",schemaPath:"#/properties/disagreements/items/properties/detail/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"}];
return false;
}
}
else {
validate7.errors = [{instancePath:instancePath+"/disagreements/" + i2+"/detail",schemaPath:"#/properties/disagreements/items/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs68 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data19.hubMessage !== undefined){
let data25 = data19.hubMessage;
const _errs70 = errors;
if(errors === _errs70){
if(typeof data25 === "string"){
if(func1(data25) > 300){
validate7.errors = [{instancePath:instancePath+"/disagreements/" + i2+"/hubMessage",schemaPath:"#/properties/disagreements/items/properties/hubMessage/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"}];
return false;
}
}
else {
validate7.errors = [{instancePath:instancePath+"/disagreements/" + i2+"/hubMessage",schemaPath:"#/properties/disagreements/items/properties/hubMessage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs70 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
}
}
}
}
else {
validate7.errors = [{instancePath:instancePath+"/disagreements/" + i2,schemaPath:"#/properties/disagreements/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid10 = _errs54 === errors;
if(!valid10){
break;
}
}
}
else {
validate7.errors = [{instancePath:instancePath+"/disagreements",schemaPath:"#/properties/disagreements/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate7.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate7.errors = vErrors;
return errors === 0;
}
validate7.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://github.com/security-slam/security-slam-action/schemas/result.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate0.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((((((((data.schemaVersion === undefined) && (missing0 = "schemaVersion")) || ((data.tool === undefined) && (missing0 = "tool"))) || ((data.subject === undefined) && (missing0 = "subject"))) || ((data.generatedAt === undefined) && (missing0 = "generatedAt"))) || ((data.catalog === undefined) && (missing0 = "catalog"))) || ((data.level === undefined) && (missing0 = "level"))) || ((data.levelSource === undefined) && (missing0 = "levelSource"))) || ((data.run === undefined) && (missing0 = "run"))) || ((data.controls === undefined) && (missing0 = "controls"))) || ((data.summary === undefined) && (missing0 = "summary"))) || ((data.objectives === undefined) && (missing0 = "objectives"))) || ((data.nextStep === undefined) && (missing0 = "nextStep"))) || ((data.securityInsights === undefined) && (missing0 = "securityInsights"))) || ((data.findings === undefined) && (missing0 = "findings"))) || ((data.notes === undefined) && (missing0 = "notes"))){
validate0.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func0.call(schema0.properties, key0))){
validate0.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.schemaVersion !== undefined){
let data0 = data.schemaVersion;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
validate0.errors = [{instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/pattern",keyword:"pattern",params:{pattern: "^1\\.[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^1\\.[0-9]+\\.[0-9]+$"+"\""}];
return false;
}
}
else {
validate0.errors = [{instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool !== undefined){
let data1 = data.tool;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if(((data1.name === undefined) && (missing1 = "name")) || ((data1.version === undefined) && (missing1 = "version"))){
validate0.errors = [{instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key1 in data1){
if(!(((key1 === "name") || (key1 === "version")) || (key1 === "informationUri"))){
validate0.errors = [{instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data1.name !== undefined){
let data2 = data1.name;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(func1(data2) < 1){
validate0.errors = [{instancePath:instancePath+"/tool/name",schemaPath:"#/properties/tool/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate0.errors = [{instancePath:instancePath+"/tool/name",schemaPath:"#/properties/tool/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.version !== undefined){
let data3 = data1.version;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data3 === "string"){
if(func1(data3) < 1){
validate0.errors = [{instancePath:instancePath+"/tool/version",schemaPath:"#/properties/tool/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate0.errors = [{instancePath:instancePath+"/tool/version",schemaPath:"#/properties/tool/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.informationUri !== undefined){
let data4 = data1.informationUri;
const _errs11 = errors;
if(errors === _errs11){
if(errors === _errs11){
if(typeof data4 === "string"){
if(!(formats0(data4))){
validate0.errors = [{instancePath:instancePath+"/tool/informationUri",schemaPath:"#/properties/tool/properties/informationUri/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate0.errors = [{instancePath:instancePath+"/tool/informationUri",schemaPath:"#/properties/tool/properties/informationUri/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
else {
validate0.errors = [{instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.subject !== undefined){
let data5 = data.subject;
const _errs13 = errors;
if(errors === _errs13){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing2;
if((((data5.repository === undefined) && (missing2 = "repository")) || ((data5.commit === undefined) && (missing2 = "commit"))) || ((data5.ref === undefined) && (missing2 = "ref"))){
validate0.errors = [{instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs15 = errors;
for(const key2 in data5){
if(!(((key2 === "repository") || (key2 === "commit")) || (key2 === "ref"))){
validate0.errors = [{instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs15 === errors){
if(data5.repository !== undefined){
let data6 = data5.repository;
const _errs16 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate0.errors = [{instancePath:instancePath+"/subject/repository",schemaPath:"#/properties/subject/properties/repository/type",keyword:"type",params:{type: schema0.properties.subject.properties.repository.type},message:"must be string,null"}];
return false;
}
if(errors === _errs16){
if(typeof data6 === "string"){
if(!pattern1.test(data6)){
validate0.errors = [{instancePath:instancePath+"/subject/repository",schemaPath:"#/properties/subject/properties/repository/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\""}];
return false;
}
}
}
var valid2 = _errs16 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data5.commit !== undefined){
let data7 = data5.commit;
const _errs18 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
validate0.errors = [{instancePath:instancePath+"/subject/commit",schemaPath:"#/properties/subject/properties/commit/type",keyword:"type",params:{type: schema0.properties.subject.properties.commit.type},message:"must be string,null"}];
return false;
}
if(errors === _errs18){
if(typeof data7 === "string"){
if(!pattern2.test(data7)){
validate0.errors = [{instancePath:instancePath+"/subject/commit",schemaPath:"#/properties/subject/properties/commit/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"},message:"must match pattern \""+"^[0-9a-f]{40}([0-9a-f]{24})?$"+"\""}];
return false;
}
}
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data5.ref !== undefined){
let data8 = data5.ref;
const _errs20 = errors;
if((typeof data8 !== "string") && (data8 !== null)){
validate0.errors = [{instancePath:instancePath+"/subject/ref",schemaPath:"#/properties/subject/properties/ref/type",keyword:"type",params:{type: schema0.properties.subject.properties.ref.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate0.errors = [{instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.generatedAt !== undefined){
let data9 = data.generatedAt;
const _errs22 = errors;
if(errors === _errs22){
if(errors === _errs22){
if(typeof data9 === "string"){
if(!(formats2.validate(data9))){
validate0.errors = [{instancePath:instancePath+"/generatedAt",schemaPath:"#/properties/generatedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate0.errors = [{instancePath:instancePath+"/generatedAt",schemaPath:"#/properties/generatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.catalog !== undefined){
let data10 = data.catalog;
const _errs24 = errors;
if(errors === _errs24){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing3;
if(((data10.id === undefined) && (missing3 = "id")) || ((data10.version === undefined) && (missing3 = "version"))){
validate0.errors = [{instancePath:instancePath+"/catalog",schemaPath:"#/properties/catalog/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs26 = errors;
for(const key3 in data10){
if(!((key3 === "id") || (key3 === "version"))){
validate0.errors = [{instancePath:instancePath+"/catalog",schemaPath:"#/properties/catalog/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs26 === errors){
if(data10.id !== undefined){
const _errs27 = errors;
if("osps-baseline" !== data10.id){
validate0.errors = [{instancePath:instancePath+"/catalog/id",schemaPath:"#/properties/catalog/properties/id/const",keyword:"const",params:{allowedValue: "osps-baseline"},message:"must be equal to constant"}];
return false;
}
var valid3 = _errs27 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data10.version !== undefined){
const _errs28 = errors;
if(typeof data10.version !== "string"){
validate0.errors = [{instancePath:instancePath+"/catalog/version",schemaPath:"#/properties/catalog/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs28 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
validate0.errors = [{instancePath:instancePath+"/catalog",schemaPath:"#/properties/catalog/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.level !== undefined){
let data13 = data.level;
const _errs30 = errors;
if(!(((data13 === 1) || (data13 === 2)) || (data13 === 3))){
validate0.errors = [{instancePath:instancePath+"/level",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema1.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.levelSource !== undefined){
let data14 = data.levelSource;
const _errs32 = errors;
if(!(((data14 === "input") || (data14 === "config")) || (data14 === "default"))){
validate0.errors = [{instancePath:instancePath+"/levelSource",schemaPath:"#/properties/levelSource/enum",keyword:"enum",params:{allowedValues: schema0.properties.levelSource.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.run !== undefined){
let data15 = data.run;
const _errs33 = errors;
if(errors === _errs33){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing4;
if(((data15.offline === undefined) && (missing4 = "offline")) || ((data15.hasToken === undefined) && (missing4 = "hasToken"))){
validate0.errors = [{instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs35 = errors;
for(const key4 in data15){
if(!((key4 === "offline") || (key4 === "hasToken"))){
validate0.errors = [{instancePath:instancePath+"/run",schemaPath:"#/properties/run/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs35 === errors){
if(data15.offline !== undefined){
const _errs36 = errors;
if(typeof data15.offline !== "boolean"){
validate0.errors = [{instancePath:instancePath+"/run/offline",schemaPath:"#/properties/run/properties/offline/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid5 = _errs36 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data15.hasToken !== undefined){
const _errs38 = errors;
if(typeof data15.hasToken !== "boolean"){
validate0.errors = [{instancePath:instancePath+"/run/hasToken",schemaPath:"#/properties/run/properties/hasToken/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid5 = _errs38 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
else {
validate0.errors = [{instancePath:instancePath+"/run",schemaPath:"#/properties/run/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.controls !== undefined){
let data18 = data.controls;
const _errs40 = errors;
if(errors === _errs40){
if(Array.isArray(data18)){
var valid6 = true;
const len0 = data18.length;
for(let i0=0; i0<len0; i0++){
const _errs42 = errors;
if(!(validate1(data18[i0], {instancePath:instancePath+"/controls/" + i0,parentData:data18,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
var valid6 = _errs42 === errors;
if(!valid6){
break;
}
}
}
else {
validate0.errors = [{instancePath:instancePath+"/controls",schemaPath:"#/properties/controls/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs40 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.summary !== undefined){
let data20 = data.summary;
const _errs43 = errors;
if(errors === _errs43){
if(Array.isArray(data20)){
if(data20.length > 3){
validate0.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"}];
return false;
}
else {
if(data20.length < 1){
validate0.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid7 = true;
const len1 = data20.length;
for(let i1=0; i1<len1; i1++){
const _errs45 = errors;
if(!(validate3(data20[i1], {instancePath:instancePath+"/summary/" + i1,parentData:data20,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
var valid7 = _errs45 === errors;
if(!valid7){
break;
}
}
}
}
}
else {
validate0.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs43 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.objectives !== undefined){
let data22 = data.objectives;
const _errs46 = errors;
if(errors === _errs46){
if(Array.isArray(data22)){
var valid8 = true;
const len2 = data22.length;
for(let i2=0; i2<len2; i2++){
const _errs48 = errors;
if(!(validate5(data22[i2], {instancePath:instancePath+"/objectives/" + i2,parentData:data22,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate5.errors : vErrors.concat(validate5.errors);
errors = vErrors.length;
}
var valid8 = _errs48 === errors;
if(!valid8){
break;
}
}
}
else {
validate0.errors = [{instancePath:instancePath+"/objectives",schemaPath:"#/properties/objectives/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs46 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nextStep !== undefined){
let data24 = data.nextStep;
const _errs49 = errors;
const _errs50 = errors;
let valid9 = false;
let passing0 = null;
const _errs51 = errors;
if(data24 !== null){
const err0 = {instancePath:instancePath+"/nextStep",schemaPath:"#/properties/nextStep/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs51 === errors;
if(_valid0){
valid9 = true;
passing0 = 0;
}
const _errs53 = errors;
if(errors === _errs53){
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
let missing5;
if((((data24.objective === undefined) && (missing5 = "objective")) || ((data24.title === undefined) && (missing5 = "title"))) || ((data24.actions === undefined) && (missing5 = "actions"))){
const err1 = {instancePath:instancePath+"/nextStep",schemaPath:"#/properties/nextStep/oneOf/1/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
const _errs55 = errors;
for(const key5 in data24){
if(!(((key5 === "objective") || (key5 === "title")) || (key5 === "actions"))){
const err2 = {instancePath:instancePath+"/nextStep",schemaPath:"#/properties/nextStep/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
break;
}
}
if(_errs55 === errors){
if(data24.objective !== undefined){
let data25 = data24.objective;
const _errs56 = errors;
if(!((((((data25 === "cleaner") || (data25 === "chronicler")) || (data25 === "inspector")) || (data25 === "mechanizer")) || (data25 === "defender")) || (data25 === "cra-readiness"))){
const err3 = {instancePath:instancePath+"/nextStep/objective",schemaPath:"#/$defs/objectiveId/enum",keyword:"enum",params:{allowedValues: schema10.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid10 = _errs56 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data24.title !== undefined){
const _errs58 = errors;
if(typeof data24.title !== "string"){
const err4 = {instancePath:instancePath+"/nextStep/title",schemaPath:"#/properties/nextStep/oneOf/1/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid10 = _errs58 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data24.actions !== undefined){
let data27 = data24.actions;
const _errs60 = errors;
if(errors === _errs60){
if(Array.isArray(data27)){
if(data27.length > 3){
const err5 = {instancePath:instancePath+"/nextStep/actions",schemaPath:"#/properties/nextStep/oneOf/1/properties/actions/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
if(data27.length < 1){
const err6 = {instancePath:instancePath+"/nextStep/actions",schemaPath:"#/properties/nextStep/oneOf/1/properties/actions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
var valid12 = true;
const len3 = data27.length;
for(let i3=0; i3<len3; i3++){
let data28 = data27[i3];
const _errs62 = errors;
if(errors === _errs62){
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
let missing6;
if((data28.text === undefined) && (missing6 = "text")){
const err7 = {instancePath:instancePath+"/nextStep/actions/" + i3,schemaPath:"#/properties/nextStep/oneOf/1/properties/actions/items/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
const _errs64 = errors;
for(const key6 in data28){
if(!(((((key6 === "text") || (key6 === "requirement")) || (key6 === "helpUri")) || (key6 === "field")) || (key6 === "file"))){
const err8 = {instancePath:instancePath+"/nextStep/actions/" + i3,schemaPath:"#/properties/nextStep/oneOf/1/properties/actions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
break;
}
}
if(_errs64 === errors){
if(data28.text !== undefined){
const _errs65 = errors;
if(typeof data28.text !== "string"){
const err9 = {instancePath:instancePath+"/nextStep/actions/" + i3+"/text",schemaPath:"#/properties/nextStep/oneOf/1/properties/actions/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid13 = _errs65 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data28.requirement !== undefined){
const _errs67 = errors;
if(typeof data28.requirement !== "string"){
const err10 = {instancePath:instancePath+"/nextStep/actions/" + i3+"/requirement",schemaPath:"#/properties/nextStep/oneOf/1/properties/actions/items/properties/requirement/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid13 = _errs67 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data28.helpUri !== undefined){
let data31 = data28.helpUri;
const _errs69 = errors;
if(errors === _errs69){
if(errors === _errs69){
if(typeof data31 === "string"){
if(!(formats0(data31))){
const err11 = {instancePath:instancePath+"/nextStep/actions/" + i3+"/helpUri",schemaPath:"#/properties/nextStep/oneOf/1/properties/actions/items/properties/helpUri/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
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
const err12 = {instancePath:instancePath+"/nextStep/actions/" + i3+"/helpUri",schemaPath:"#/properties/nextStep/oneOf/1/properties/actions/items/properties/helpUri/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
var valid13 = _errs69 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data28.field !== undefined){
const _errs71 = errors;
if(typeof data28.field !== "string"){
const err13 = {instancePath:instancePath+"/nextStep/actions/" + i3+"/field",schemaPath:"#/properties/nextStep/oneOf/1/properties/actions/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid13 = _errs71 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data28.file !== undefined){
const _errs73 = errors;
if(typeof data28.file !== "string"){
const err14 = {instancePath:instancePath+"/nextStep/actions/" + i3+"/file",schemaPath:"#/properties/nextStep/oneOf/1/properties/actions/items/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid13 = _errs73 === errors;
}
else {
var valid13 = true;
}
}
}
}
}
}
}
}
else {
const err15 = {instancePath:instancePath+"/nextStep/actions/" + i3,schemaPath:"#/properties/nextStep/oneOf/1/properties/actions/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var valid12 = _errs62 === errors;
if(!valid12){
break;
}
}
}
}
}
else {
const err16 = {instancePath:instancePath+"/nextStep/actions",schemaPath:"#/properties/nextStep/oneOf/1/properties/actions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var valid10 = _errs60 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/nextStep",schemaPath:"#/properties/nextStep/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var _valid0 = _errs53 === errors;
if(_valid0 && valid9){
valid9 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid9 = true;
passing0 = 1;
}
}
if(!valid9){
const err18 = {instancePath:instancePath+"/nextStep",schemaPath:"#/properties/nextStep/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
validate0.errors = vErrors;
return false;
}
else {
errors = _errs50;
if(vErrors !== null){
if(_errs50){
vErrors.length = _errs50;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs49 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.hubComparison !== undefined){
let data34 = data.hubComparison;
const _errs75 = errors;
const _errs76 = errors;
let valid14 = false;
let passing1 = null;
const _errs77 = errors;
if(data34 !== null){
const err19 = {instancePath:instancePath+"/hubComparison",schemaPath:"#/properties/hubComparison/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid1 = _errs77 === errors;
if(_valid1){
valid14 = true;
passing1 = 0;
}
const _errs79 = errors;
if(!(validate7(data34, {instancePath:instancePath+"/hubComparison",parentData:data,parentDataProperty:"hubComparison",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
errors = vErrors.length;
}
var _valid1 = _errs79 === errors;
if(_valid1 && valid14){
valid14 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid14 = true;
passing1 = 1;
}
}
if(!valid14){
const err20 = {instancePath:instancePath+"/hubComparison",schemaPath:"#/properties/hubComparison/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
validate0.errors = vErrors;
return false;
}
else {
errors = _errs76;
if(vErrors !== null){
if(_errs76){
vErrors.length = _errs76;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs75 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.securityInsights !== undefined){
let data35 = data.securityInsights;
const _errs80 = errors;
const _errs81 = errors;
let valid15 = false;
let passing2 = null;
const _errs82 = errors;
if(data35 !== null){
const err21 = {instancePath:instancePath+"/securityInsights",schemaPath:"#/properties/securityInsights/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid2 = _errs82 === errors;
if(_valid2){
valid15 = true;
passing2 = 0;
}
const _errs84 = errors;
if(errors === _errs84){
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
let missing7;
if((((((data35.path === undefined) && (missing7 = "path")) || ((data35.schemaVersion === undefined) && (missing7 = "schemaVersion"))) || ((data35.valid === undefined) && (missing7 = "valid"))) || ((data35.legacy === undefined) && (missing7 = "legacy"))) || ((data35.diagnostics === undefined) && (missing7 = "diagnostics"))){
const err22 = {instancePath:instancePath+"/securityInsights",schemaPath:"#/properties/securityInsights/oneOf/1/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
const _errs86 = errors;
for(const key7 in data35){
if(!(((((key7 === "path") || (key7 === "schemaVersion")) || (key7 === "valid")) || (key7 === "legacy")) || (key7 === "diagnostics"))){
const err23 = {instancePath:instancePath+"/securityInsights",schemaPath:"#/properties/securityInsights/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
break;
}
}
if(_errs86 === errors){
if(data35.path !== undefined){
const _errs87 = errors;
if(typeof data35.path !== "string"){
const err24 = {instancePath:instancePath+"/securityInsights/path",schemaPath:"#/properties/securityInsights/oneOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var valid16 = _errs87 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data35.schemaVersion !== undefined){
let data37 = data35.schemaVersion;
const _errs89 = errors;
if((typeof data37 !== "string") && (data37 !== null)){
const err25 = {instancePath:instancePath+"/securityInsights/schemaVersion",schemaPath:"#/properties/securityInsights/oneOf/1/properties/schemaVersion/type",keyword:"type",params:{type: schema0.properties.securityInsights.oneOf[1].properties.schemaVersion.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var valid16 = _errs89 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data35.valid !== undefined){
const _errs91 = errors;
if(typeof data35.valid !== "boolean"){
const err26 = {instancePath:instancePath+"/securityInsights/valid",schemaPath:"#/properties/securityInsights/oneOf/1/properties/valid/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var valid16 = _errs91 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data35.legacy !== undefined){
const _errs93 = errors;
if(typeof data35.legacy !== "boolean"){
const err27 = {instancePath:instancePath+"/securityInsights/legacy",schemaPath:"#/properties/securityInsights/oneOf/1/properties/legacy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var valid16 = _errs93 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data35.diagnostics !== undefined){
let data40 = data35.diagnostics;
const _errs95 = errors;
if(errors === _errs95){
if(Array.isArray(data40)){
var valid17 = true;
const len4 = data40.length;
for(let i4=0; i4<len4; i4++){
let data41 = data40[i4];
const _errs97 = errors;
if(errors === _errs97){
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
let missing8;
if((((((data41.severity === undefined) && (missing8 = "severity")) || ((data41.message === undefined) && (missing8 = "message"))) || ((data41.path === undefined) && (missing8 = "path"))) || ((data41.line === undefined) && (missing8 = "line"))) || ((data41.column === undefined) && (missing8 = "column"))){
const err28 = {instancePath:instancePath+"/securityInsights/diagnostics/" + i4,schemaPath:"#/properties/securityInsights/oneOf/1/properties/diagnostics/items/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
const _errs99 = errors;
for(const key8 in data41){
if(!((((((key8 === "severity") || (key8 === "message")) || (key8 === "path")) || (key8 === "line")) || (key8 === "column")) || (key8 === "field"))){
const err29 = {instancePath:instancePath+"/securityInsights/diagnostics/" + i4,schemaPath:"#/properties/securityInsights/oneOf/1/properties/diagnostics/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
break;
}
}
if(_errs99 === errors){
if(data41.severity !== undefined){
let data42 = data41.severity;
const _errs100 = errors;
if(!(((data42 === "error") || (data42 === "warning")) || (data42 === "info"))){
const err30 = {instancePath:instancePath+"/securityInsights/diagnostics/" + i4+"/severity",schemaPath:"#/properties/securityInsights/oneOf/1/properties/diagnostics/items/properties/severity/enum",keyword:"enum",params:{allowedValues: schema0.properties.securityInsights.oneOf[1].properties.diagnostics.items.properties.severity.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var valid18 = _errs100 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data41.message !== undefined){
const _errs101 = errors;
if(typeof data41.message !== "string"){
const err31 = {instancePath:instancePath+"/securityInsights/diagnostics/" + i4+"/message",schemaPath:"#/properties/securityInsights/oneOf/1/properties/diagnostics/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var valid18 = _errs101 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data41.path !== undefined){
const _errs103 = errors;
if(typeof data41.path !== "string"){
const err32 = {instancePath:instancePath+"/securityInsights/diagnostics/" + i4+"/path",schemaPath:"#/properties/securityInsights/oneOf/1/properties/diagnostics/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var valid18 = _errs103 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data41.line !== undefined){
let data45 = data41.line;
const _errs105 = errors;
if(!((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45)))){
const err33 = {instancePath:instancePath+"/securityInsights/diagnostics/" + i4+"/line",schemaPath:"#/properties/securityInsights/oneOf/1/properties/diagnostics/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(errors === _errs105){
if(typeof data45 == "number"){
if(data45 < 0 || isNaN(data45)){
const err34 = {instancePath:instancePath+"/securityInsights/diagnostics/" + i4+"/line",schemaPath:"#/properties/securityInsights/oneOf/1/properties/diagnostics/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
var valid18 = _errs105 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data41.column !== undefined){
let data46 = data41.column;
const _errs107 = errors;
if(!((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46)))){
const err35 = {instancePath:instancePath+"/securityInsights/diagnostics/" + i4+"/column",schemaPath:"#/properties/securityInsights/oneOf/1/properties/diagnostics/items/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(errors === _errs107){
if(typeof data46 == "number"){
if(data46 < 0 || isNaN(data46)){
const err36 = {instancePath:instancePath+"/securityInsights/diagnostics/" + i4+"/column",schemaPath:"#/properties/securityInsights/oneOf/1/properties/diagnostics/items/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
var valid18 = _errs107 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data41.field !== undefined){
const _errs109 = errors;
if(typeof data41.field !== "string"){
const err37 = {instancePath:instancePath+"/securityInsights/diagnostics/" + i4+"/field",schemaPath:"#/properties/securityInsights/oneOf/1/properties/diagnostics/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var valid18 = _errs109 === errors;
}
else {
var valid18 = true;
}
}
}
}
}
}
}
}
}
else {
const err38 = {instancePath:instancePath+"/securityInsights/diagnostics/" + i4,schemaPath:"#/properties/securityInsights/oneOf/1/properties/diagnostics/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
var valid17 = _errs97 === errors;
if(!valid17){
break;
}
}
}
else {
const err39 = {instancePath:instancePath+"/securityInsights/diagnostics",schemaPath:"#/properties/securityInsights/oneOf/1/properties/diagnostics/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
var valid16 = _errs95 === errors;
}
else {
var valid16 = true;
}
}
}
}
}
}
}
}
else {
const err40 = {instancePath:instancePath+"/securityInsights",schemaPath:"#/properties/securityInsights/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
var _valid2 = _errs84 === errors;
if(_valid2 && valid15){
valid15 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid15 = true;
passing2 = 1;
}
}
if(!valid15){
const err41 = {instancePath:instancePath+"/securityInsights",schemaPath:"#/properties/securityInsights/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
validate0.errors = vErrors;
return false;
}
else {
errors = _errs81;
if(vErrors !== null){
if(_errs81){
vErrors.length = _errs81;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs80 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.findings !== undefined){
let data48 = data.findings;
const _errs111 = errors;
if(errors === _errs111){
if(Array.isArray(data48)){
var valid19 = true;
const len5 = data48.length;
for(let i5=0; i5<len5; i5++){
let data49 = data48[i5];
const _errs113 = errors;
if(errors === _errs113){
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
let missing9;
if((((((data49.id === undefined) && (missing9 = "id")) || ((data49.severity === undefined) && (missing9 = "severity"))) || ((data49.path === undefined) && (missing9 = "path"))) || ((data49.line === undefined) && (missing9 = "line"))) || ((data49.message === undefined) && (missing9 = "message"))){
validate0.errors = [{instancePath:instancePath+"/findings/" + i5,schemaPath:"#/properties/findings/items/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"}];
return false;
}
else {
const _errs115 = errors;
for(const key9 in data49){
if(!((((((key9 === "id") || (key9 === "severity")) || (key9 === "path")) || (key9 === "line")) || (key9 === "column")) || (key9 === "message"))){
validate0.errors = [{instancePath:instancePath+"/findings/" + i5,schemaPath:"#/properties/findings/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs115 === errors){
if(data49.id !== undefined){
let data50 = data49.id;
const _errs116 = errors;
if(errors === _errs116){
if(typeof data50 === "string"){
if(!pattern6.test(data50)){
validate0.errors = [{instancePath:instancePath+"/findings/" + i5+"/id",schemaPath:"#/properties/findings/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z-]+/[a-z-]+$"},message:"must match pattern \""+"^[a-z-]+/[a-z-]+$"+"\""}];
return false;
}
}
else {
validate0.errors = [{instancePath:instancePath+"/findings/" + i5+"/id",schemaPath:"#/properties/findings/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid20 = _errs116 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data49.severity !== undefined){
let data51 = data49.severity;
const _errs118 = errors;
if(!(((data51 === "error") || (data51 === "warning")) || (data51 === "note"))){
validate0.errors = [{instancePath:instancePath+"/findings/" + i5+"/severity",schemaPath:"#/properties/findings/items/properties/severity/enum",keyword:"enum",params:{allowedValues: schema0.properties.findings.items.properties.severity.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid20 = _errs118 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data49.path !== undefined){
const _errs119 = errors;
if(typeof data49.path !== "string"){
validate0.errors = [{instancePath:instancePath+"/findings/" + i5+"/path",schemaPath:"#/properties/findings/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid20 = _errs119 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data49.line !== undefined){
let data53 = data49.line;
const _errs121 = errors;
if(!((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53)))){
validate0.errors = [{instancePath:instancePath+"/findings/" + i5+"/line",schemaPath:"#/properties/findings/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs121){
if(typeof data53 == "number"){
if(data53 < 1 || isNaN(data53)){
validate0.errors = [{instancePath:instancePath+"/findings/" + i5+"/line",schemaPath:"#/properties/findings/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid20 = _errs121 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data49.column !== undefined){
let data54 = data49.column;
const _errs123 = errors;
if(!((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54)))){
validate0.errors = [{instancePath:instancePath+"/findings/" + i5+"/column",schemaPath:"#/properties/findings/items/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs123){
if(typeof data54 == "number"){
if(data54 < 1 || isNaN(data54)){
validate0.errors = [{instancePath:instancePath+"/findings/" + i5+"/column",schemaPath:"#/properties/findings/items/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid20 = _errs123 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data49.message !== undefined){
const _errs125 = errors;
if(typeof data49.message !== "string"){
validate0.errors = [{instancePath:instancePath+"/findings/" + i5+"/message",schemaPath:"#/properties/findings/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid20 = _errs125 === errors;
}
else {
var valid20 = true;
}
}
}
}
}
}
}
}
}
else {
validate0.errors = [{instancePath:instancePath+"/findings/" + i5,schemaPath:"#/properties/findings/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid19 = _errs113 === errors;
if(!valid19){
break;
}
}
}
else {
validate0.errors = [{instancePath:instancePath+"/findings",schemaPath:"#/properties/findings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs111 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.notes !== undefined){
let data56 = data.notes;
const _errs127 = errors;
if(errors === _errs127){
if(Array.isArray(data56)){
var valid21 = true;
const len6 = data56.length;
for(let i6=0; i6<len6; i6++){
let data57 = data56[i6];
const _errs129 = errors;
if(errors === _errs129){
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
let missing10;
if(((data57.path === undefined) && (missing10 = "path")) || ((data57.detail === undefined) && (missing10 = "detail"))){
validate0.errors = [{instancePath:instancePath+"/notes/" + i6,schemaPath:"#/properties/notes/items/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"}];
return false;
}
else {
const _errs131 = errors;
for(const key10 in data57){
if(!((key10 === "path") || (key10 === "detail"))){
validate0.errors = [{instancePath:instancePath+"/notes/" + i6,schemaPath:"#/properties/notes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs131 === errors){
if(data57.path !== undefined){
const _errs132 = errors;
if(typeof data57.path !== "string"){
validate0.errors = [{instancePath:instancePath+"/notes/" + i6+"/path",schemaPath:"#/properties/notes/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid22 = _errs132 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data57.detail !== undefined){
const _errs134 = errors;
if(typeof data57.detail !== "string"){
validate0.errors = [{instancePath:instancePath+"/notes/" + i6+"/detail",schemaPath:"#/properties/notes/items/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid22 = _errs134 === errors;
}
else {
var valid22 = true;
}
}
}
}
}
else {
validate0.errors = [{instancePath:instancePath+"/notes/" + i6,schemaPath:"#/properties/notes/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid21 = _errs129 === errors;
if(!valid21){
break;
}
}
}
else {
validate0.errors = [{instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs127 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate0.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate0.errors = vErrors;
return errors === 0;
}
validate0.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

// EXTERNAL MODULE: ./src/attestation/verify.ts + 6 modules
var verify = __webpack_require__(3208);
// EXTERNAL MODULE: ./src/organizer/event.ts + 1 modules
var organizer_event = __webpack_require__(4864);
// EXTERNAL MODULE: ./src/organizer/pool.ts
var pool = __webpack_require__(7239);
// EXTERNAL MODULE: ./src/organizer/records.ts
var organizer_records = __webpack_require__(8603);
;// CONCATENATED MODULE: ./src/organizer/verify-event.ts
// `slam verify DIR --event FILE`: every result collect placed in DIR, checked offline with the
// one verifier (src/attestation/verify.ts) under the event's trust policy, then with the event's
// own checks, in this order:
//   wrong-repository        the certificate's repository is not the repository whose folder holds
//                           the result (A's genuine result in B's folder), or the result document
//                           is about another repository than the one that signed it
//   wrong-ref               the certificate's ref is not refs/heads/<the default branch collect saw>
//   claims-mismatch         the result's commit, or the run's head commit collect saw, differs from
//                           the certificate's commit
//   outside-window          signed (transparency log / timestamp time, never the predicate's) outside
//                           the event window
//   untrusted-tool-version  the result's tool version is outside trust.tool-versions
//   malformed               the result is JSON but not our result schema
// The reason codes and JSON shape are those of `slam verify PATH\u2026`, plus the two new codes.









async function verifyCollected(event, dir, options = {}) {
    const started = Date.now();
    const index = (0,organizer_event/* repositoryIndex */.$A)(event);
    const records = new Map();
    for (const { repository } of index.values())
        records.set(repository, (0,organizer_records/* readRecord */.aE)(dir, repository));
    const trust = options.trust ?? (await (0,verify.loadTrustMaterial)(event.trust.trustedRoot));
    const candidates = findCandidates(dir);
    const concurrency = options.concurrency ?? Math.max(2, (0,external_node_os_.availableParallelism)() * 2);
    const outcomes = await (0,pool/* mapPool */.P)(candidates, concurrency, (c) => verifyOne(event, c, index, records, trust));
    outcomes.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
    const verified = outcomes.filter((o) => o.verdict === 'verified').length;
    return { outcomes, verified, rejected: outcomes.length - verified, records, seconds: (Date.now() - started) / 1000 };
}
/** Every DIR/<owner>/<name>/artifacts/<id>/ folder; links and dot-folders are skipped. */
function findCandidates(dir) {
    const found = [];
    const folders = (p) => {
        try {
            return (0,external_node_fs_.readdirSync)(p, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name);
        }
        catch {
            return [];
        }
    };
    for (const owner of folders(dir)) {
        for (const name of folders((0,external_node_path_.join)(dir, owner))) {
            const base = (0,external_node_path_.join)(dir, owner, name, organizer_records/* ARTIFACTS_DIR */.yQ);
            for (const id of folders(base)) {
                const abs = (0,external_node_path_.join)(base, id);
                if ((0,external_node_fs_.lstatSync)(abs).isSymbolicLink())
                    continue;
                found.push({ abs, rel: (0,external_node_path_.relative)(dir, abs).split(external_node_path_.sep).join('/'), folderRepository: `${owner}/${name}`, artifactId: /^[0-9]{1,15}$/.test(id) ? Number(id) : null });
            }
        }
    }
    return found;
}
async function verifyOne(event, c, index, records, trust) {
    const owner = index.get(c.folderRepository.toLowerCase());
    const base = { path: c.rel, verdict: 'rejected', detail: '', folderRepository: owner?.repository ?? c.folderRepository, participant: owner?.participant.name ?? null, artifactId: c.artifactId };
    const reject = (reason, detail, claims) => ({ ...base, ...claimFields(claims), verdict: 'rejected', reason, detail });
    const outcome = await (0,verify.verifyPath)(c.abs, { signerWorkflow: event.trust.signerWorkflow, ...(event.trust.predicateType ? { predicateType: event.trust.predicateType } : {}), allowSelfHosted: event.trust.allowSelfHosted }, trust);
    // The verifier names files by absolute path; the report shows them relative to DIR.
    outcome.detail = outcome.detail.split(`${c.abs}${external_node_path_.sep}`).join('');
    if (outcome.verdict !== 'verified' || !outcome.claims)
        return reject(outcome.reason ?? 'malformed', outcome.detail, outcome.claims);
    const claims = outcome.claims;
    if (!owner)
        return reject('wrong-repository', `found in ${c.folderRepository}/, which is not a participant repository of ${event.name}`, claims);
    const record = records.get(owner.repository) ?? null;
    const signedFor = claims.repository.toLowerCase();
    const accepted = new Set([owner.repository.toLowerCase(), record?.fullName?.toLowerCase()].filter(Boolean));
    if (!accepted.has(signedFor))
        return reject('wrong-repository', `signed for ${claims.repository} but found in the folder of ${owner.repository}`, claims);
    const result = outcome.result;
    if (!result || !result_result(result)) {
        const e = result_result.errors?.[0];
        return reject('malformed', `the result is not a Security Slam result document${e ? ` (${e.instancePath || '/'} ${e.message ?? ''})` : ''}`, claims);
    }
    if (result.subject.repository?.toLowerCase() !== signedFor)
        return reject('wrong-repository', `the result is about ${result.subject.repository ?? 'no repository'} but was signed for ${claims.repository}`, claims);
    if (!record?.defaultBranch)
        return reject('wrong-ref', `collect recorded no default branch for ${owner.repository} (run slam collect for it first)`, claims);
    const ref = `refs/heads/${record.defaultBranch}`;
    if (claims.ref !== ref)
        return reject('wrong-ref', `signed on ${claims.ref}, not on the default branch ${ref} that collect saw`, claims);
    if (result.subject.commit && result.subject.commit !== claims.commit)
        return reject('claims-mismatch', `the result names commit ${result.subject.commit.slice(0, 12)} but the certificate ${claims.commit.slice(0, 12)}`, claims);
    const collected = c.artifactId !== null ? record.artifacts.find((a) => a.id === c.artifactId) : undefined;
    if (collected?.headSha && collected.headSha !== claims.commit)
        return reject('claims-mismatch', `the run collect downloaded it from was at ${collected.headSha.slice(0, 12)}, the certificate says ${claims.commit.slice(0, 12)}`, claims);
    const t = Date.parse(claims.signedAt);
    if (!(t >= event.window.startMs && t <= event.window.endMs))
        return reject('outside-window', `signed at ${claims.signedAt}, outside the window ${event.window.start} to ${event.window.end}`, claims);
    const version = result.tool.version;
    if (event.trust.toolVersions && !(semver_default().valid(version) && semver_default().satisfies(version, event.trust.toolVersions, { includePrerelease: true }))) {
        return { ...reject('untrusted-tool-version', `made by ${result.tool.name} ${version}; the event accepts ${event.trust.toolVersions}`, claims), toolVersion: version };
    }
    return { ...base, ...claimFields(claims), verdict: 'verified', detail: outcome.detail || `signed by ${claims.signerWorkflow} at ${claims.signedAt}`, toolVersion: version, result };
}
function claimFields(claims) {
    if (!claims)
        return {};
    return {
        repository: claims.repository,
        commit: claims.commit,
        ref: claims.ref,
        signerWorkflow: claims.signerWorkflow,
        ...(claims.runUrl ? { runUrl: claims.runUrl } : {}),
        signedAt: claims.signedAt,
    };
}
function verificationJson(v) {
    return {
        results: v.outcomes.map((o) => ({
            path: o.path,
            verdict: o.verdict,
            reason: o.reason ?? null,
            detail: o.detail,
            repository: o.repository ?? null,
            commit: o.commit ?? null,
            ref: o.ref ?? null,
            signerWorkflow: o.signerWorkflow ?? null,
            runUrl: o.runUrl ?? null,
            participant: o.participant,
            folderRepository: o.folderRepository,
            artifactId: o.artifactId,
            signedAt: o.signedAt ?? null,
            toolVersion: o.toolVersion ?? null,
        })),
    };
}


/***/ })

};
