export const id = 208;
export const ids = [208];
export const modules = {

/***/ 4774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zf: () => (/* binding */ BUNDLE_SUFFIX),
/* harmony export */   v0: () => (/* binding */ LocateError),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _zip_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7397);
// Finds the bundle and its result for one PATH given to `slam verify`: a folder holding a result
// and its bundle, an artifact zip, or a bundle file with the result beside it. Everything read
// here is hostile: sizes are capped, links are not followed, zips go through the bounded reader.



const BUNDLE_SUFFIX = '.sigstore.json';
const MAX_BUNDLE_BYTES = 10 * 1024 * 1024;
const MAX_RESULT_BYTES = 50 * 1024 * 1024;
class LocateError extends Error {
}
async function locate(path) {
    // The PATH itself is the user's choice (followed if a link); what it holds is not.
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
    }
    catch (e) {
        throw new LocateError(`cannot read ${path}: ${e.code ?? String(e)}`);
    }
    if (stat.isDirectory())
        return inFolder(path);
    if (!stat.isFile())
        throw new LocateError(`${path} is neither a file nor a folder`);
    if (isZip(path))
        return inZip(path);
    return besideBundle(path);
}
function isZip(path) {
    if (path.toLowerCase().endsWith('.zip'))
        return true;
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        const head = Buffer.alloc(4);
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, head, 0, 4, 0) === 4 && head.readUInt32LE(0) === 0x04034b50;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Reads a regular file (never through a link) up to `max` bytes; undefined when absent. */
function readCapped(path, max, what, followLink = false) {
    let stat;
    try {
        stat = followLink ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path) : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
    }
    catch {
        return undefined;
    }
    if (stat.isSymbolicLink())
        throw new LocateError(`${what} ${path} is a symbolic link; links are not followed`);
    if (!stat.isFile())
        throw new LocateError(`${what} ${path} is not a regular file`);
    if (stat.size > max)
        throw new LocateError(`${what} ${path} is larger than ${max / 1024 / 1024} MiB`);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
}
function safeBase(name) {
    return name && /^[^/\\\0]{1,255}$/.test(name) && name !== '.' && name !== '..' ? name : undefined;
}
function besideBundle(path, givenByUser = true) {
    const bytes = readCapped(path, MAX_BUNDLE_BYTES, 'bundle', givenByUser);
    if (!bytes)
        throw new LocateError(`cannot read ${path}`);
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path);
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path);
    return {
        bundle: { label: path, bytes },
        result(subjectName) {
            const candidates = [name.endsWith(BUNDLE_SUFFIX) ? name.slice(0, -BUNDLE_SUFFIX.length) : undefined, safeBase(subjectName)];
            for (const c of candidates) {
                if (!c)
                    continue;
                const b = readCapped((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, c), MAX_RESULT_BYTES, 'result');
                if (b)
                    return { label: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, c), bytes: b };
            }
            return undefined;
        },
    };
}
function inFolder(dir) {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir);
    }
    catch (e) {
        throw new LocateError(`cannot read folder ${dir}: ${e.code ?? String(e)}`);
    }
    const bundles = names.filter((n) => n.endsWith(BUNDLE_SUFFIX)).sort();
    if (bundles.length === 0)
        throw new LocateError(`folder ${dir} holds no bundle (*${BUNDLE_SUFFIX})`);
    if (bundles.length > 1)
        throw new LocateError(`folder ${dir} holds ${bundles.length} bundles (${bundles.slice(0, 3).join(', ')}${bundles.length > 3 ? ', \u2026' : ''}): name the bundle file to verify`);
    return besideBundle((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, bundles[0]), false);
}
async function inZip(path) {
    let files;
    try {
        files = await (0,_zip_js__WEBPACK_IMPORTED_MODULE_2__/* .readZip */ .ue)(path, { maxEntryBytes: MAX_RESULT_BYTES });
    }
    catch (e) {
        if (e instanceof _zip_js__WEBPACK_IMPORTED_MODULE_2__/* .ZipError */ .Wz)
            throw new LocateError(`${path}: ${e.message}`);
        throw e;
    }
    const bundles = files.filter((f) => f.name.endsWith(BUNDLE_SUFFIX));
    if (bundles.length === 0)
        throw new LocateError(`zip ${path} holds no bundle (*${BUNDLE_SUFFIX})`);
    if (bundles.length > 1)
        throw new LocateError(`zip ${path} holds ${bundles.length} bundles: one artifact carries one signed result`);
    const bundle = bundles[0];
    if (bundle.data.length > MAX_BUNDLE_BYTES)
        throw new LocateError(`bundle ${path}!${bundle.name} is larger than 10 MiB`);
    const folder = bundle.name.includes('/') ? bundle.name.slice(0, bundle.name.lastIndexOf('/') + 1) : '';
    const byName = new Map(files.map((f) => [f.name, f.data]));
    return {
        bundle: { label: `${path}!${bundle.name}`, bytes: bundle.data },
        result(subjectName) {
            const candidates = [bundle.name.slice(0, -BUNDLE_SUFFIX.length), safeBase(subjectName) ? folder + subjectName : undefined];
            for (const c of candidates) {
                const data = c ? byName.get(c) : undefined;
                if (c && data)
                    return { label: `${path}!${c}`, bytes: data };
            }
            return undefined;
        },
    };
}


/***/ }),

/***/ 3208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_SIGNER_WORKFLOW: () => (/* binding */ DEFAULT_SIGNER_WORKFLOW),
  TrustRootError: () => (/* reexport */ TrustRootError),
  loadTrustMaterial: () => (/* reexport */ loadTrustMaterial),
  verifyPath: () => (/* binding */ verifyPath)
});

// UNUSED EXPORTS: DEFAULT_SIGNER_WORKFLOW_PATTERN, REJECT_REASONS, normalizeRef, verifyBundle

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(1040);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(3917);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(4187);
;// CONCATENATED MODULE: ./src/attestation/certificate.ts
// What a Fulcio certificate for a GitHub Actions OIDC token says, decoded from its extensions
// (sigstore/fulcio docs/oid-info.md). Extensions .8 and later hold a DER UTF8String, .1-.6 raw
// bytes: compare decoded strings, never raw bytes. Only meaningful after the certificate chain
// has been verified: before that, anyone could have written these values.

const PREFIX = '1.3.6.1.4.1.57264.1.';
const FULCIO_OIDS = {
    issuerV1: `${PREFIX}1`,
    issuer: `${PREFIX}8`,
    buildSignerUri: `${PREFIX}9`,
    buildSignerDigest: `${PREFIX}10`,
    runnerEnvironment: `${PREFIX}11`,
    sourceRepositoryUri: `${PREFIX}12`,
    sourceRepositoryDigest: `${PREFIX}13`,
    sourceRepositoryRef: `${PREFIX}14`,
    sourceRepositoryIdentifier: `${PREFIX}15`,
    sourceRepositoryOwnerUri: `${PREFIX}16`,
    buildConfigUri: `${PREFIX}18`,
    buildTrigger: `${PREFIX}20`,
    runInvocationUri: `${PREFIX}21`,
};
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
class CertificateClaimError extends Error {
}
/** Decodes the claims; throws CertificateClaimError when an extension is not what Fulcio writes. */
function certificateClaims(cert) {
    const claims = {};
    const san = cert.subjectAltName;
    if (san !== undefined)
        claims.subjectAlternativeName = san;
    const seen = new Set();
    for (const ext of cert.extensions) {
        const oid = ext.subs[0]?.toOID();
        if (oid === undefined || !oid.startsWith(PREFIX))
            continue;
        if (seen.has(oid))
            throw new CertificateClaimError(`certificate repeats extension ${oid}`);
        seen.add(oid);
    }
    const v1Issuer = cert.extension(FULCIO_OIDS.issuerV1)?.value;
    const issuer = utf8Extension(cert, FULCIO_OIDS.issuer) ?? (v1Issuer ? v1Issuer.toString('utf8') : undefined);
    if (issuer !== undefined)
        claims.issuer = issuer;
    const fields = [
        ['buildSignerUri', FULCIO_OIDS.buildSignerUri],
        ['buildSignerDigest', FULCIO_OIDS.buildSignerDigest],
        ['runnerEnvironment', FULCIO_OIDS.runnerEnvironment],
        ['sourceRepositoryUri', FULCIO_OIDS.sourceRepositoryUri],
        ['sourceRepositoryDigest', FULCIO_OIDS.sourceRepositoryDigest],
        ['sourceRepositoryRef', FULCIO_OIDS.sourceRepositoryRef],
        ['sourceRepositoryIdentifier', FULCIO_OIDS.sourceRepositoryIdentifier],
        ['buildConfigUri', FULCIO_OIDS.buildConfigUri],
        ['buildTrigger', FULCIO_OIDS.buildTrigger],
        ['runInvocationUri', FULCIO_OIDS.runInvocationUri],
    ];
    for (const [key, oid] of fields) {
        const v = utf8Extension(cert, oid);
        if (v !== undefined)
            claims[key] = v;
    }
    const repo = claims.sourceRepositoryUri ? repositoryFromUri(claims.sourceRepositoryUri) : undefined;
    if (repo)
        claims.sourceRepository = repo;
    return claims;
}
/** owner/name from https://host/owner/name, or undefined. */
function repositoryFromUri(uri) {
    const m = /^https:\/\/[^/\s]+\/([A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100})$/.exec(uri);
    return m?.[1];
}
function utf8Extension(cert, oid) {
    const ext = cert.extension(oid);
    if (!ext)
        return undefined;
    let obj;
    try {
        obj = core_dist.ASN1Obj.parseBuffer(ext.value);
    }
    catch {
        throw new CertificateClaimError(`certificate extension ${oid} is not DER`);
    }
    // UTF8String, tag 0x0C, universal and primitive.
    if (obj.tag.number !== 0x0c || obj.tag.constructed || !obj.tag.isUniversal())
        throw new CertificateClaimError(`certificate extension ${oid} is not a UTF8String`);
    const text = obj.value.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(obj.value))
        throw new CertificateClaimError(`certificate extension ${oid} is not valid UTF-8`);
    return text;
}

;// CONCATENATED MODULE: ./src/attestation/claims.ts
/** The first disagreement between predicate and certificate, as a sentence; null when they agree. */
function claimsDisagreement(p, cert) {
    const same = (a, b) => a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
    if (!cert.sourceRepository)
        return 'the certificate names no source repository';
    if (!same(p.repository.name, cert.sourceRepository))
        return `the predicate names repository ${p.repository.name}, the certificate ${cert.sourceRepository}`;
    if (cert.sourceRepositoryUri !== undefined && !same(p.repository.url, cert.sourceRepositoryUri))
        return `the predicate's repository URL is ${p.repository.url}, the certificate's ${cert.sourceRepositoryUri}`;
    if (cert.sourceRepositoryIdentifier !== undefined && String(p.repository.id) !== cert.sourceRepositoryIdentifier)
        return `the predicate's repository id is ${p.repository.id}, the certificate's ${cert.sourceRepositoryIdentifier}`;
    if (p.commit !== cert.sourceRepositoryDigest)
        return `the predicate's commit is ${p.commit}, the certificate's ${cert.sourceRepositoryDigest ?? '(none)'}`;
    if (p.ref !== cert.sourceRepositoryRef)
        return `the predicate's ref is ${p.ref}, the certificate's ${cert.sourceRepositoryRef ?? '(none)'}`;
    if (cert.runInvocationUri !== undefined && p.run.url !== cert.runInvocationUri)
        return `the predicate's run is ${p.run.url}, the certificate's ${cert.runInvocationUri}`;
    if (cert.buildTrigger !== undefined && p.run.event !== cert.buildTrigger)
        return `the predicate's event is ${p.run.event}, the certificate's ${cert.buildTrigger}`;
    if (cert.runnerEnvironment !== undefined && p.run.runnerEnvironment !== undefined && p.run.runnerEnvironment !== cert.runnerEnvironment)
        return `the predicate's runner is ${p.run.runnerEnvironment}, the certificate's ${cert.runnerEnvironment}`;
    return null;
}

// EXTERNAL MODULE: ./src/attestation/locate.ts
var locate = __webpack_require__(4774);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
var ucs2length_namespaceObject = /*#__PURE__*/__webpack_require__.t(ucs2length, 2);
;// CONCATENATED MODULE: ./src/validators/result-predicate.js
// Generated by src/dev/compile-schemas.ts from schemas/result-predicate.schema.json (npm run build). Do not edit.
/* eslint-disable */

const __cjs = (ns) => (ns.default !== undefined && ns.default.__esModule ? ns.default : ns);
const result_predicate_predicate = validate0;
const schema0 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/security-slam/security-slam-action/schemas/result-predicate.schema.json","title":"Security Slam result predicate, v1","description":"The predicate of the in-toto statement (predicateType https://github.com/security-slam/security-slam-action/result/v1) that signs a Security Slam result file. The statement's one subject is the result file (name and SHA-256). Repository, id, commit, ref, run and event must agree with the signing certificate's extensions. See docs/attestation.md.","type":"object","required":["repository","commit","ref","level","levelSource","tool","catalog","result","objectives","summary","run"],"additionalProperties":false,"properties":{"repository":{"type":"object","required":["name","id","url"],"additionalProperties":false,"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}$","description":"owner/name, as GITHUB_REPOSITORY"},"id":{"type":"integer","minimum":1,"description":"numeric repository id (GITHUB_REPOSITORY_ID); certificate extension 1.3.6.1.4.1.57264.1.15"},"url":{"type":"string","pattern":"^https://[^/\\s]+/[^/\\s]+/[^/\\s]+$","description":"server URL + owner/name; certificate extension 1.3.6.1.4.1.57264.1.12"}}},"commit":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$","description":"the evaluated commit (GITHUB_SHA); extension .13"},"ref":{"type":"string","pattern":"^refs/\\S{1,250}$","description":"the full ref (GITHUB_REF); extension .14"},"level":{"enum":[1,2,3],"description":"OSPS Baseline maturity level evaluated"},"levelSource":{"enum":["input","config","default"],"description":"what decided the level"},"tool":{"type":"object","required":["name","version"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"maxLength":100},"version":{"type":"string","minLength":1,"maxLength":100}}},"catalog":{"type":"object","required":["id","version"],"additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":100},"version":{"type":"string","minLength":1,"maxLength":100}}},"result":{"type":"object","required":["schemaVersion","generatedAt"],"additionalProperties":false,"properties":{"schemaVersion":{"type":"string","minLength":1,"maxLength":50,"description":"the result document's schemaVersion"},"generatedAt":{"type":"string","minLength":1,"maxLength":50,"description":"when the result says it was made (a claim, not a verified time)"}}},"objectives":{"type":"array","maxItems":50,"items":{"type":"object","required":["id","status"],"additionalProperties":false,"properties":{"id":{"enum":["cleaner","chronicler","inspector","mechanizer","defender","cra-readiness"]},"status":{"enum":["met","partial","unmet","unknown"]}}}},"summary":{"type":"array","minItems":1,"maxItems":3,"items":{"type":"object","required":["level","total","pass","fail","attested","unknown","not-applicable"],"additionalProperties":false,"properties":{"level":{"enum":[1,2,3]},"total":{"type":"integer","minimum":0},"pass":{"type":"integer","minimum":0},"fail":{"type":"integer","minimum":0},"attested":{"type":"integer","minimum":0},"unknown":{"type":"integer","minimum":0},"not-applicable":{"type":"integer","minimum":0}}}},"run":{"type":"object","required":["id","attempt","event","url"],"additionalProperties":false,"properties":{"id":{"type":"integer","minimum":1,"description":"GITHUB_RUN_ID"},"attempt":{"type":"integer","minimum":1,"description":"GITHUB_RUN_ATTEMPT"},"event":{"type":"string","pattern":"^[a-z_]{1,64}$","description":"GITHUB_EVENT_NAME; extension .20"},"url":{"type":"string","pattern":"^https://[^/\\s]+/[^/\\s]+/[^/\\s]+/actions/runs/[0-9]+/attempts/[0-9]+$","description":"the run invocation URI; extension .21"},"runnerEnvironment":{"enum":["github-hosted","self-hosted"],"description":"RUNNER_ENVIRONMENT as the job saw it; the certificate's extension .11 is what counts"}}}}};
const func0 = Object.prototype.hasOwnProperty;
const func1 = __cjs(ucs2length_namespaceObject).default;
const pattern0 = new RegExp("^[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}$", "u");
const pattern1 = new RegExp("^https://[^/\\s]+/[^/\\s]+/[^/\\s]+$", "u");
const pattern2 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
const pattern3 = new RegExp("^refs/\\S{1,250}$", "u");
const pattern4 = new RegExp("^[a-z_]{1,64}$", "u");
const pattern5 = new RegExp("^https://[^/\\s]+/[^/\\s]+/[^/\\s]+/actions/runs/[0-9]+/attempts/[0-9]+$", "u");

function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://github.com/security-slam/security-slam-action/schemas/result-predicate.schema.json" */;
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
if(data.repository === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.commit === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "commit"},message:"must have required property '"+"commit"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.ref === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.level === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.levelSource === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "levelSource"},message:"must have required property '"+"levelSource"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.tool === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tool"},message:"must have required property '"+"tool"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.catalog === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "catalog"},message:"must have required property '"+"catalog"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.result === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.objectives === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "objectives"},message:"must have required property '"+"objectives"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.summary === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.run === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema0.properties, key0))){
const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.repository !== undefined){
let data0 = data.repository;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.name === undefined){
const err12 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data0.id === undefined){
const err13 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data0.url === undefined){
const err14 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data0){
if(!(((key1 === "name") || (key1 === "id")) || (key1 === "url"))){
const err15 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data0.name !== undefined){
let data1 = data0.name;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err16 = {instancePath:instancePath+"/repository/name",schemaPath:"#/properties/repository/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}$"+"\""};
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
const err17 = {instancePath:instancePath+"/repository/name",schemaPath:"#/properties/repository/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data0.id !== undefined){
let data2 = data0.id;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err18 = {instancePath:instancePath+"/repository/id",schemaPath:"#/properties/repository/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err19 = {instancePath:instancePath+"/repository/id",schemaPath:"#/properties/repository/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data0.url !== undefined){
let data3 = data0.url;
if(typeof data3 === "string"){
if(!pattern1.test(data3)){
const err20 = {instancePath:instancePath+"/repository/url",schemaPath:"#/properties/repository/properties/url/pattern",keyword:"pattern",params:{pattern: "^https://[^/\\s]+/[^/\\s]+/[^/\\s]+$"},message:"must match pattern \""+"^https://[^/\\s]+/[^/\\s]+/[^/\\s]+$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/repository/url",schemaPath:"#/properties/repository/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.commit !== undefined){
let data4 = data.commit;
if(typeof data4 === "string"){
if(!pattern2.test(data4)){
const err23 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"},message:"must match pattern \""+"^[0-9a-f]{40}([0-9a-f]{24})?$"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.ref !== undefined){
let data5 = data.ref;
if(typeof data5 === "string"){
if(!pattern3.test(data5)){
const err25 = {instancePath:instancePath+"/ref",schemaPath:"#/properties/ref/pattern",keyword:"pattern",params:{pattern: "^refs/\\S{1,250}$"},message:"must match pattern \""+"^refs/\\S{1,250}$"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/ref",schemaPath:"#/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.level !== undefined){
let data6 = data.level;
if(!(((data6 === 1) || (data6 === 2)) || (data6 === 3))){
const err27 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/enum",keyword:"enum",params:{allowedValues: schema0.properties.level.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.levelSource !== undefined){
let data7 = data.levelSource;
if(!(((data7 === "input") || (data7 === "config")) || (data7 === "default"))){
const err28 = {instancePath:instancePath+"/levelSource",schemaPath:"#/properties/levelSource/enum",keyword:"enum",params:{allowedValues: schema0.properties.levelSource.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.tool !== undefined){
let data8 = data.tool;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.name === undefined){
const err29 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data8.version === undefined){
const err30 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key2 in data8){
if(!((key2 === "name") || (key2 === "version"))){
const err31 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data8.name !== undefined){
let data9 = data8.name;
if(typeof data9 === "string"){
if(func1(data9) > 100){
const err32 = {instancePath:instancePath+"/tool/name",schemaPath:"#/properties/tool/properties/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(func1(data9) < 1){
const err33 = {instancePath:instancePath+"/tool/name",schemaPath:"#/properties/tool/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/tool/name",schemaPath:"#/properties/tool/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data8.version !== undefined){
let data10 = data8.version;
if(typeof data10 === "string"){
if(func1(data10) > 100){
const err35 = {instancePath:instancePath+"/tool/version",schemaPath:"#/properties/tool/properties/version/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(func1(data10) < 1){
const err36 = {instancePath:instancePath+"/tool/version",schemaPath:"#/properties/tool/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/tool/version",schemaPath:"#/properties/tool/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.catalog !== undefined){
let data11 = data.catalog;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.id === undefined){
const err39 = {instancePath:instancePath+"/catalog",schemaPath:"#/properties/catalog/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data11.version === undefined){
const err40 = {instancePath:instancePath+"/catalog",schemaPath:"#/properties/catalog/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key3 in data11){
if(!((key3 === "id") || (key3 === "version"))){
const err41 = {instancePath:instancePath+"/catalog",schemaPath:"#/properties/catalog/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data11.id !== undefined){
let data12 = data11.id;
if(typeof data12 === "string"){
if(func1(data12) > 100){
const err42 = {instancePath:instancePath+"/catalog/id",schemaPath:"#/properties/catalog/properties/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(func1(data12) < 1){
const err43 = {instancePath:instancePath+"/catalog/id",schemaPath:"#/properties/catalog/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err44 = {instancePath:instancePath+"/catalog/id",schemaPath:"#/properties/catalog/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data11.version !== undefined){
let data13 = data11.version;
if(typeof data13 === "string"){
if(func1(data13) > 100){
const err45 = {instancePath:instancePath+"/catalog/version",schemaPath:"#/properties/catalog/properties/version/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(func1(data13) < 1){
const err46 = {instancePath:instancePath+"/catalog/version",schemaPath:"#/properties/catalog/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/catalog/version",schemaPath:"#/properties/catalog/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/catalog",schemaPath:"#/properties/catalog/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.result !== undefined){
let data14 = data.result;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.schemaVersion === undefined){
const err49 = {instancePath:instancePath+"/result",schemaPath:"#/properties/result/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data14.generatedAt === undefined){
const err50 = {instancePath:instancePath+"/result",schemaPath:"#/properties/result/required",keyword:"required",params:{missingProperty: "generatedAt"},message:"must have required property '"+"generatedAt"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key4 in data14){
if(!((key4 === "schemaVersion") || (key4 === "generatedAt"))){
const err51 = {instancePath:instancePath+"/result",schemaPath:"#/properties/result/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data14.schemaVersion !== undefined){
let data15 = data14.schemaVersion;
if(typeof data15 === "string"){
if(func1(data15) > 50){
const err52 = {instancePath:instancePath+"/result/schemaVersion",schemaPath:"#/properties/result/properties/schemaVersion/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(func1(data15) < 1){
const err53 = {instancePath:instancePath+"/result/schemaVersion",schemaPath:"#/properties/result/properties/schemaVersion/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/result/schemaVersion",schemaPath:"#/properties/result/properties/schemaVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data14.generatedAt !== undefined){
let data16 = data14.generatedAt;
if(typeof data16 === "string"){
if(func1(data16) > 50){
const err55 = {instancePath:instancePath+"/result/generatedAt",schemaPath:"#/properties/result/properties/generatedAt/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(func1(data16) < 1){
const err56 = {instancePath:instancePath+"/result/generatedAt",schemaPath:"#/properties/result/properties/generatedAt/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/result/generatedAt",schemaPath:"#/properties/result/properties/generatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/result",schemaPath:"#/properties/result/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.objectives !== undefined){
let data17 = data.objectives;
if(Array.isArray(data17)){
if(data17.length > 50){
const err59 = {instancePath:instancePath+"/objectives",schemaPath:"#/properties/objectives/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
const len0 = data17.length;
for(let i0=0; i0<len0; i0++){
let data18 = data17[i0];
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.id === undefined){
const err60 = {instancePath:instancePath+"/objectives/" + i0,schemaPath:"#/properties/objectives/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data18.status === undefined){
const err61 = {instancePath:instancePath+"/objectives/" + i0,schemaPath:"#/properties/objectives/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
for(const key5 in data18){
if(!((key5 === "id") || (key5 === "status"))){
const err62 = {instancePath:instancePath+"/objectives/" + i0,schemaPath:"#/properties/objectives/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data18.id !== undefined){
let data19 = data18.id;
if(!((((((data19 === "cleaner") || (data19 === "chronicler")) || (data19 === "inspector")) || (data19 === "mechanizer")) || (data19 === "defender")) || (data19 === "cra-readiness"))){
const err63 = {instancePath:instancePath+"/objectives/" + i0+"/id",schemaPath:"#/properties/objectives/items/properties/id/enum",keyword:"enum",params:{allowedValues: schema0.properties.objectives.items.properties.id.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data18.status !== undefined){
let data20 = data18.status;
if(!((((data20 === "met") || (data20 === "partial")) || (data20 === "unmet")) || (data20 === "unknown"))){
const err64 = {instancePath:instancePath+"/objectives/" + i0+"/status",schemaPath:"#/properties/objectives/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema0.properties.objectives.items.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/objectives/" + i0,schemaPath:"#/properties/objectives/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/objectives",schemaPath:"#/properties/objectives/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.summary !== undefined){
let data21 = data.summary;
if(Array.isArray(data21)){
if(data21.length > 3){
const err67 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data21.length < 1){
const err68 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
const len1 = data21.length;
for(let i1=0; i1<len1; i1++){
let data22 = data21[i1];
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.level === undefined){
const err69 = {instancePath:instancePath+"/summary/" + i1,schemaPath:"#/properties/summary/items/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data22.total === undefined){
const err70 = {instancePath:instancePath+"/summary/" + i1,schemaPath:"#/properties/summary/items/required",keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data22.pass === undefined){
const err71 = {instancePath:instancePath+"/summary/" + i1,schemaPath:"#/properties/summary/items/required",keyword:"required",params:{missingProperty: "pass"},message:"must have required property '"+"pass"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data22.fail === undefined){
const err72 = {instancePath:instancePath+"/summary/" + i1,schemaPath:"#/properties/summary/items/required",keyword:"required",params:{missingProperty: "fail"},message:"must have required property '"+"fail"+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data22.attested === undefined){
const err73 = {instancePath:instancePath+"/summary/" + i1,schemaPath:"#/properties/summary/items/required",keyword:"required",params:{missingProperty: "attested"},message:"must have required property '"+"attested"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data22.unknown === undefined){
const err74 = {instancePath:instancePath+"/summary/" + i1,schemaPath:"#/properties/summary/items/required",keyword:"required",params:{missingProperty: "unknown"},message:"must have required property '"+"unknown"+"'"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data22["not-applicable"] === undefined){
const err75 = {instancePath:instancePath+"/summary/" + i1,schemaPath:"#/properties/summary/items/required",keyword:"required",params:{missingProperty: "not-applicable"},message:"must have required property '"+"not-applicable"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
for(const key6 in data22){
if(!(((((((key6 === "level") || (key6 === "total")) || (key6 === "pass")) || (key6 === "fail")) || (key6 === "attested")) || (key6 === "unknown")) || (key6 === "not-applicable"))){
const err76 = {instancePath:instancePath+"/summary/" + i1,schemaPath:"#/properties/summary/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data22.level !== undefined){
let data23 = data22.level;
if(!(((data23 === 1) || (data23 === 2)) || (data23 === 3))){
const err77 = {instancePath:instancePath+"/summary/" + i1+"/level",schemaPath:"#/properties/summary/items/properties/level/enum",keyword:"enum",params:{allowedValues: schema0.properties.summary.items.properties.level.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data22.total !== undefined){
let data24 = data22.total;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err78 = {instancePath:instancePath+"/summary/" + i1+"/total",schemaPath:"#/properties/summary/items/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 0 || isNaN(data24)){
const err79 = {instancePath:instancePath+"/summary/" + i1+"/total",schemaPath:"#/properties/summary/items/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
if(data22.pass !== undefined){
let data25 = data22.pass;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err80 = {instancePath:instancePath+"/summary/" + i1+"/pass",schemaPath:"#/properties/summary/items/properties/pass/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 < 0 || isNaN(data25)){
const err81 = {instancePath:instancePath+"/summary/" + i1+"/pass",schemaPath:"#/properties/summary/items/properties/pass/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
if(data22.fail !== undefined){
let data26 = data22.fail;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err82 = {instancePath:instancePath+"/summary/" + i1+"/fail",schemaPath:"#/properties/summary/items/properties/fail/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 0 || isNaN(data26)){
const err83 = {instancePath:instancePath+"/summary/" + i1+"/fail",schemaPath:"#/properties/summary/items/properties/fail/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
if(data22.attested !== undefined){
let data27 = data22.attested;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err84 = {instancePath:instancePath+"/summary/" + i1+"/attested",schemaPath:"#/properties/summary/items/properties/attested/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 0 || isNaN(data27)){
const err85 = {instancePath:instancePath+"/summary/" + i1+"/attested",schemaPath:"#/properties/summary/items/properties/attested/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
if(data22.unknown !== undefined){
let data28 = data22.unknown;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err86 = {instancePath:instancePath+"/summary/" + i1+"/unknown",schemaPath:"#/properties/summary/items/properties/unknown/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 0 || isNaN(data28)){
const err87 = {instancePath:instancePath+"/summary/" + i1+"/unknown",schemaPath:"#/properties/summary/items/properties/unknown/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
if(data22["not-applicable"] !== undefined){
let data29 = data22["not-applicable"];
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err88 = {instancePath:instancePath+"/summary/" + i1+"/not-applicable",schemaPath:"#/properties/summary/items/properties/not-applicable/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 0 || isNaN(data29)){
const err89 = {instancePath:instancePath+"/summary/" + i1+"/not-applicable",schemaPath:"#/properties/summary/items/properties/not-applicable/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
}
else {
const err90 = {instancePath:instancePath+"/summary/" + i1,schemaPath:"#/properties/summary/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data.run !== undefined){
let data30 = data.run;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.id === undefined){
const err92 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(data30.attempt === undefined){
const err93 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "attempt"},message:"must have required property '"+"attempt"+"'"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(data30.event === undefined){
const err94 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data30.url === undefined){
const err95 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
for(const key7 in data30){
if(!(((((key7 === "id") || (key7 === "attempt")) || (key7 === "event")) || (key7 === "url")) || (key7 === "runnerEnvironment"))){
const err96 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data30.id !== undefined){
let data31 = data30.id;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err97 = {instancePath:instancePath+"/run/id",schemaPath:"#/properties/run/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 < 1 || isNaN(data31)){
const err98 = {instancePath:instancePath+"/run/id",schemaPath:"#/properties/run/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
if(data30.attempt !== undefined){
let data32 = data30.attempt;
if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){
const err99 = {instancePath:instancePath+"/run/attempt",schemaPath:"#/properties/run/properties/attempt/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 < 1 || isNaN(data32)){
const err100 = {instancePath:instancePath+"/run/attempt",schemaPath:"#/properties/run/properties/attempt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
if(data30.event !== undefined){
let data33 = data30.event;
if(typeof data33 === "string"){
if(!pattern4.test(data33)){
const err101 = {instancePath:instancePath+"/run/event",schemaPath:"#/properties/run/properties/event/pattern",keyword:"pattern",params:{pattern: "^[a-z_]{1,64}$"},message:"must match pattern \""+"^[a-z_]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/run/event",schemaPath:"#/properties/run/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data30.url !== undefined){
let data34 = data30.url;
if(typeof data34 === "string"){
if(!pattern5.test(data34)){
const err103 = {instancePath:instancePath+"/run/url",schemaPath:"#/properties/run/properties/url/pattern",keyword:"pattern",params:{pattern: "^https://[^/\\s]+/[^/\\s]+/[^/\\s]+/actions/runs/[0-9]+/attempts/[0-9]+$"},message:"must match pattern \""+"^https://[^/\\s]+/[^/\\s]+/[^/\\s]+/actions/runs/[0-9]+/attempts/[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/run/url",schemaPath:"#/properties/run/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data30.runnerEnvironment !== undefined){
let data35 = data30.runnerEnvironment;
if(!((data35 === "github-hosted") || (data35 === "self-hosted"))){
const err105 = {instancePath:instancePath+"/run/runnerEnvironment",schemaPath:"#/properties/run/properties/runnerEnvironment/enum",keyword:"enum",params:{allowedValues: schema0.properties.run.properties.runnerEnvironment.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
else {
const err106 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
validate0.errors = vErrors;
return errors === 0;
}
validate0.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/attestation/context.ts
// The run that signs: read once from the runner's GITHUB_* variables and the event payload.
// These values go into the predicate; Fulcio states the same ones in the certificate from the
// OIDC token, and the verifier requires the two to agree.

class ContextError extends (/* unused pure expression or super */ null && (Error)) {
}
const MAX_EVENT_BYTES = (/* unused pure expression or super */ null && (25 * 1024 * 1024));
/** Reads the run context; throws ContextError naming the first variable missing or malformed. */
function readRunContext(env = process.env) {
    const need = (name, ok, what) => {
        const v = env[name];
        if (v === undefined || v === '')
            throw new ContextError(`${name} is not set: signing needs the GitHub Actions run context`);
        if (!ok(v))
            throw new ContextError(`${name} is not ${what}: ${JSON.stringify(v.slice(0, 100))}`);
        return v;
    };
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/(?<!\/)\/+$/, '');
    if (!/^https:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(serverUrl))
        throw new ContextError(`GITHUB_SERVER_URL is not an https origin: ${JSON.stringify(serverUrl.slice(0, 100))}`);
    const repository = need('GITHUB_REPOSITORY', (v) => /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/.test(v), 'owner/name');
    const sha = need('GITHUB_SHA', (v) => /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(v), 'a full commit SHA');
    const ref = need('GITHUB_REF', (v) => /^refs\/[^\s]{1,250}$/.test(v), 'a full ref (refs/...)');
    const runId = Number(need('GITHUB_RUN_ID', positive, 'a positive integer'));
    const runAttempt = Number(need('GITHUB_RUN_ATTEMPT', positive, 'a positive integer'));
    const eventName = need('GITHUB_EVENT_NAME', (v) => /^[a-z_]{1,64}$/.test(v), 'an event name');
    const event = readEvent(env.GITHUB_EVENT_PATH);
    const idFromEnv = env.GITHUB_REPOSITORY_ID;
    const repositoryId = idFromEnv && positive(idFromEnv) ? Number(idFromEnv) : event.repositoryId;
    const runner = env.RUNNER_ENVIRONMENT;
    return {
        serverUrl,
        repository,
        ...(repositoryId !== undefined ? { repositoryId } : {}),
        sha,
        ref,
        runId,
        runAttempt,
        eventName,
        ...(event.defaultBranch !== undefined ? { defaultBranch: event.defaultBranch } : {}),
        ...(runner === 'github-hosted' || runner === 'self-hosted' ? { runnerEnvironment: runner } : {}),
    };
}
/** The run's URL as Fulcio writes it in the run invocation URI extension. */
function context_runUrl(ctx) {
    return `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}/attempts/${ctx.runAttempt}`;
}
function positive(v) {
    return /^[1-9][0-9]{0,15}$/.test(v) && Number.isSafeInteger(Number(v));
}
/** The parts of the event payload we use; a missing or unreadable payload gives none of them. */
function readEvent(file) {
    if (!file)
        return {};
    try {
        if (statSync(file).size > MAX_EVENT_BYTES)
            return {};
        const event = JSON.parse(readFileSync(file, 'utf8'));
        const b = event.repository?.default_branch;
        const id = event.repository?.id;
        return {
            ...(typeof b === 'string' && b.length > 0 && b.length < 256 ? { defaultBranch: b } : {}),
            ...(typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? { repositoryId: id } : {}),
        };
    }
    catch {
        return {};
    }
}

;// CONCATENATED MODULE: ./src/attestation/statement.ts
// The in-toto Statement we sign: one subject (the result file, by name and SHA-256 of its exact
// bytes) and our predicate, which repeats what an organizer needs to score without opening the
// result, plus the run that made it. Everything the certificate also states (repository, id,
// commit, ref, run, event) must agree with it; the verifier checks that.



const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/** The DSSE payload type of an in-toto statement. */
const PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** Our predicate type; documented in docs/attestation.md. A breaking change gets a new version. */
const PREDICATE_TYPE = 'https://github.com/security-slam/security-slam-action/result/v1';
class StatementError extends (/* unused pure expression or super */ null && (Error)) {
}
/** Problems of a predicate against schemas/result-predicate.schema.json; empty when it is valid. */
function predicateProblems(predicate) {
    if (result_predicate_predicate(predicate))
        return [];
    return (result_predicate_predicate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
function sha256Hex(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
/**
 * Builds the statement for a result file's exact bytes. The result must be a result document
 * about the run's repository, commit and ref (where it names them): signing a result about
 * anything else would make the signature vouch for a claim the certificate contradicts.
 */
function buildStatement(fileName, bytes, ctx) {
    let doc;
    try {
        doc = JSON.parse(bytes.toString('utf8'));
    }
    catch (e) {
        throw new StatementError(`${fileName} is not JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        throw new StatementError(`${fileName} is not a result document (not a JSON object)`);
    if (ctx.repositoryId === undefined)
        throw new StatementError('the repository id is unknown (GITHUB_REPOSITORY_ID is not set and the event names none)');
    const subject = doc.subject ?? { repository: null, commit: null, ref: null };
    if (subject.repository && subject.repository.toLowerCase() !== ctx.repository.toLowerCase())
        throw new StatementError(`${fileName} is about ${subject.repository}, but this run is in ${ctx.repository}`);
    if (subject.commit && subject.commit !== ctx.sha)
        throw new StatementError(`${fileName} is about commit ${subject.commit}, but this run is at ${ctx.sha}`);
    if (subject.ref && subject.ref !== ctx.ref)
        throw new StatementError(`${fileName} is about ${subject.ref}, but this run is on ${ctx.ref}`);
    const predicate = {
        repository: { name: ctx.repository, id: ctx.repositoryId, url: `${ctx.serverUrl}/${ctx.repository}` },
        commit: ctx.sha,
        ref: ctx.ref,
        level: doc.level,
        levelSource: doc.levelSource,
        tool: { name: doc.tool?.name, version: doc.tool?.version },
        catalog: { id: doc.catalog?.id, version: doc.catalog?.version },
        result: { schemaVersion: doc.schemaVersion, generatedAt: doc.generatedAt },
        objectives: Array.isArray(doc.objectives) ? doc.objectives.map((o) => ({ id: o?.id, status: o?.status })) : doc.objectives,
        summary: doc.summary,
        run: {
            id: ctx.runId,
            attempt: ctx.runAttempt,
            event: ctx.eventName,
            url: runUrl(ctx),
            ...(ctx.runnerEnvironment ? { runnerEnvironment: ctx.runnerEnvironment } : {}),
        },
    };
    const problems = predicateProblems(predicate);
    if (problems.length > 0)
        throw new StatementError(`${fileName} is not a result document this version can sign: ${problems.join('; ')}`);
    return {
        _type: STATEMENT_TYPE,
        subject: [{ name: fileName, digest: { sha256: sha256Hex(bytes) } }],
        predicateType: PREDICATE_TYPE,
        predicate,
    };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(9654);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/seeds.json
var seeds = __webpack_require__(8032);
;// CONCATENATED MODULE: ./src/attestation/trust.ts
// The trusted root, loaded once and shared by every verification: the public-good root shipped
// inside @sigstore/tuf (its seeds.json, so no network), or a Sigstore TrustedRoot JSON file.





const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';
const MAX_ROOT_BYTES = 5 * 1024 * 1024;
class TrustRootError extends Error {
}
/** Loads the trust root; throws TrustRootError with one sentence when it cannot be used. */
async function loadTrustMaterial(root) {
    tuneDerEncoding();
    let json;
    if (root === 'public-good') {
        const target = seeds/* https://tuf-repo-cdn.sigstore.dev */.T?.targets?.['trusted_root.json'];
        if (!target)
            throw new TrustRootError('the public-good trusted root is missing from @sigstore/tuf');
        json = JSON.parse(Buffer.from(target, 'base64').toString('utf8'));
    }
    else {
        try {
            if ((0,external_node_fs_.statSync)(root).size > MAX_ROOT_BYTES)
                throw new TrustRootError(`trusted root ${root} is larger than 5 MiB`);
            json = JSON.parse((0,external_node_fs_.readFileSync)(root, 'utf8'));
        }
        catch (e) {
            if (e instanceof TrustRootError)
                throw e;
            const code = e.code;
            throw new TrustRootError(`cannot read trusted root ${root}: ${code ?? (e instanceof Error ? e.message : String(e))}`);
        }
    }
    const mediaType = json?.mediaType;
    if (mediaType !== TRUSTED_ROOT_MEDIA_TYPE)
        throw new TrustRootError(`${root} is not a Sigstore trusted root (mediaType ${JSON.stringify(mediaType)}, expected ${TRUSTED_ROOT_MEDIA_TYPE})`);
    let material;
    try {
        material = (0,verify_dist/* toTrustMaterial */.jO)(protobuf_specs_dist.TrustedRoot.fromJSON(json));
    }
    catch (e) {
        throw new TrustRootError(`trusted root ${root} is invalid: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (material.certificateAuthorities.length === 0)
        throw new TrustRootError(`trusted root ${root} lists no certificate authority`);
    const requiresTlog = material.tlogs.length > 0;
    // Every bundle needs one trusted time (a log entry with its SET, or an RFC 3161 timestamp), an
    // SCT for its certificate and, when the root has a log, a verified entry in it.
    const verifier = new verify_dist/* Verifier */.BL(material, { tlogThreshold: requiresTlog ? 1 : 0, ctlogThreshold: material.ctlogs.length > 0 ? 1 : 0, timestampThreshold: 1 });
    return { source: root, material, requiresTlog, verifier };
}
/**
 * @sigstore/verify re-encodes certificates to DER many times per bundle (chain building compares
 * certificates by their encoding), and @sigstore/core's ByteStream starts every encoding with a
 * 1 KiB block, zero-filled and copied: about half the CPU time of a verification. A 64-byte first
 * block changes only how the buffer grows, never the bytes (a test checks encodings stay
 * byte-identical), and halves the time per bundle (`npm run bench`).
 */
const DER_BLOCK_SIZE = 64;
function tuneDerEncoding() {
    // A private static in @sigstore/core's typings, a plain public one at run time; when a version
    // drops it, this does nothing and verification is merely slower.
    const stream = core_dist.ByteStream;
    if (typeof stream.BLOCK_SIZE === 'number' && stream.BLOCK_SIZE > DER_BLOCK_SIZE)
        stream.BLOCK_SIZE = DER_BLOCK_SIZE;
}

;// CONCATENATED MODULE: ./src/attestation/verify.ts
// THE verifier of signed results, offline. Order of checks (the first failure is the reason):
//   malformed            the bundle, statement or result cannot be read as what they must be
//   bad-signature        certificate chain at signing time, SCT, log inclusion + SET or trusted
//                        timestamp, DSSE signature (all by @sigstore/verify against the root)
//   untrusted-signer     issuer is not GitHub Actions, or the SAN is not the signer workflow
//   self-hosted-runner   the certificate's runner environment is not github-hosted
//   wrong-repository     the certificate's source repository is not the one asked for
//   wrong-ref            the certificate's source ref is not the one asked for
//   wrong-predicate-type the statement's predicate type is not the one asked for
//   digest-mismatch      the statement's subject digest is not the result file's SHA-256
//   claims-mismatch      the predicate (or the result) says other than the certificate
// Only the certificate and the verified times are facts; the predicate is trusted only because
// the signer is our workflow, and only where it agrees with the certificate.








const REJECT_REASONS = (/* unused pure expression or super */ null && (['malformed', 'bad-signature', 'untrusted-signer', 'self-hosted-runner', 'wrong-repository', 'wrong-ref', 'digest-mismatch', 'claims-mismatch', 'wrong-predicate-type']));
/** Our reusable workflow at a release tag (as written in docs/attestation.md and for cosign). */
const DEFAULT_SIGNER_WORKFLOW_PATTERN = '^https://github\\.com/security-slam/security-slam-action/\\.github/workflows/slam\\.yml@refs/tags/v[0-9]+(\\.[0-9]+){0,2}$';
const DEFAULT_SIGNER_WORKFLOW = new RegExp(DEFAULT_SIGNER_WORKFLOW_PATTERN);
class Rejection extends Error {
    reason;
    constructor(reason, detail) {
        super(detail);
        this.reason = reason;
    }
}
const anchored = new WeakMap();
/** The expression as a whole-string match; flags g and y (stateful) are dropped. */
function verify_anchor(re) {
    let a = anchored.get(re);
    if (!a) {
        a = new RegExp(`^(?:${re.source})$`, re.flags.replace(/[gy]/g, ''));
        anchored.set(re, a);
    }
    return a;
}
function normalizeRef(ref) {
    return ref.startsWith('refs/') ? ref : `refs/heads/${ref}`;
}
/** Verifies one PATH: a folder with a result and its bundle, an artifact zip, or a bundle file. Never throws. */
async function verifyPath(path, policy, trust) {
    try {
        const located = await (0,locate/* locate */.x5)(path);
        return { path, ...verifyBundle(located.bundle, (name) => located.result(name), policy, trust) };
    }
    catch (e) {
        if (e instanceof locate/* LocateError */.v0)
            return { path, verdict: 'rejected', reason: 'malformed', detail: e.message };
        return { path, verdict: 'rejected', reason: 'malformed', detail: `cannot verify: ${e instanceof Error ? e.message : String(e)}` };
    }
}
/**
 * Verifies a bundle already in memory; `resultFor(subjectName)` supplies the result bytes.
 * For callers that hold the files themselves (the organizer's collector).
 */
function verifyBundle(bundle, resultFor, policy, trust) {
    let resultFile;
    try {
        const parsed = parseBundle(bundle);
        const cert = cryptographicCheck(parsed, trust);
        const claims = identityCheck(cert, policy);
        const statement = parseStatement(parsed);
        const predicateType = policy.predicateType ?? PREDICATE_TYPE;
        if (statement.predicateType !== predicateType)
            throw new Rejection('wrong-predicate-type', `the statement's predicate type is ${JSON.stringify(statement.predicateType)}, not ${predicateType}`);
        const result = resultFor(statement.subjectName);
        if (!result)
            throw new Rejection('malformed', `the result file the bundle signs (${statement.subjectName ?? 'unnamed'}) is missing beside ${bundle.label}`);
        resultFile = result.label;
        const digest = sha256Hex(result.bytes);
        if (digest !== statement.digest)
            throw new Rejection('digest-mismatch', `${result.label} has SHA-256 ${digest}, but the statement signs ${statement.digest}: the file was changed after signing, or is another file`);
        const verified = {
            repository: claims.sourceRepository,
            ...(claims.sourceRepositoryIdentifier ? { repositoryId: claims.sourceRepositoryIdentifier } : {}),
            commit: claims.sourceRepositoryDigest,
            ref: claims.sourceRepositoryRef,
            signerWorkflow: claims.subjectAlternativeName,
            ...(claims.runInvocationUri ? { runUrl: claims.runInvocationUri } : {}),
            ...(claims.runnerEnvironment ? { runnerEnvironment: claims.runnerEnvironment } : {}),
            ...(claims.buildTrigger ? { event: claims.buildTrigger } : {}),
            signedAt: signedAt(parsed).toISOString(),
        };
        if (predicateType !== PREDICATE_TYPE) {
            return { verdict: 'verified', detail: `signed by ${verified.signerWorkflow} for ${verified.repository} at ${verified.ref}; predicate ${predicateType} verified but not interpreted (not a Security Slam result)`, claims: verified, resultFile };
        }
        const document = ourPredicateCheck(statement.predicate, claims, result);
        return { verdict: 'verified', detail: `signed by ${verified.signerWorkflow} for ${verified.repository} at ${verified.ref} (${verified.commit.slice(0, 12)}) on ${verified.signedAt}`, claims: verified, resultFile, result: document };
    }
    catch (e) {
        if (e instanceof Rejection)
            return { verdict: 'rejected', reason: e.reason, detail: e.message, ...(resultFile ? { resultFile } : {}) };
        return { verdict: 'rejected', reason: 'malformed', detail: `cannot verify: ${e instanceof Error ? e.message : String(e)}`, ...(resultFile ? { resultFile } : {}) };
    }
}
/** Bundle v0.3, in its current and its first (legacy) media type spelling. */
const V03_MEDIA_TYPES = [dist/* BUNDLE_V03_MEDIA_TYPE */.HM, dist/* BUNDLE_V03_LEGACY_MEDIA_TYPE */.ZZ];
function parseBundle(file) {
    let json;
    try {
        json = JSON.parse(file.bytes.toString('utf8'));
    }
    catch (e) {
        throw new Rejection('malformed', `${file.label} is not JSON (${e instanceof Error ? e.message : String(e)})`);
    }
    const b = json;
    if (typeof b !== 'object' || b === null || Array.isArray(b))
        throw new Rejection('malformed', `${file.label} is not a Sigstore bundle (not a JSON object)`);
    if (!V03_MEDIA_TYPES.includes(b.mediaType))
        throw new Rejection('malformed', `${file.label} is not a Sigstore bundle v0.3 (mediaType ${JSON.stringify(b.mediaType)?.slice(0, 80)})`);
    if (!b.dsseEnvelope || b.messageSignature)
        throw new Rejection('malformed', `${file.label} holds no DSSE envelope (only attestations are accepted)`);
    const sigs = b.dsseEnvelope.signatures;
    if (!Array.isArray(sigs) || sigs.length !== 1)
        throw new Rejection('malformed', `${file.label} has ${Array.isArray(sigs) ? sigs.length : 'no'} signatures; exactly one is accepted`);
    const vm = b.verificationMaterial;
    if (!vm || typeof vm !== 'object')
        throw new Rejection('malformed', `${file.label} has no verification material`);
    // Protobuf JSON leaves an empty list out: absent means none.
    if (vm.tlogEntries !== undefined && !Array.isArray(vm.tlogEntries))
        throw new Rejection('malformed', `${file.label}: verificationMaterial.tlogEntries is not a list`);
    const tvd = vm.timestampVerificationData;
    if (tvd !== undefined && (typeof tvd !== 'object' || tvd === null || (tvd.rfc3161Timestamps !== undefined && !Array.isArray(tvd.rfc3161Timestamps))))
        throw new Rejection('malformed', `${file.label}: verificationMaterial.timestampVerificationData is not a list of timestamps`);
    const kinds = ['certificate', 'x509CertificateChain', 'publicKey'].filter((k) => vm[k] !== undefined);
    if (kinds.length !== 1)
        throw new Rejection('malformed', `${file.label} carries ${kinds.length === 0 ? 'no certificate' : `both ${kinds.join(' and ')}`}; exactly one certificate is accepted`);
    if (kinds[0] === 'x509CertificateChain')
        throw new Rejection('malformed', `${file.label} carries a certificate chain; a v0.3 bundle carries exactly one certificate`);
    if (kinds[0] === 'publicKey')
        throw new Rejection('untrusted-signer', `${file.label} is signed with a key, not a keyless certificate naming a workflow`);
    let bundle;
    try {
        bundle = (0,dist/* bundleFromJSON */.vw)(json);
        (0,dist/* assertBundleLatest */._M)(bundle);
    }
    catch (e) {
        const fields = e.fields;
        throw new Rejection('malformed', `${file.label} is not a valid bundle${fields?.length ? ` (${fields.slice(0, 3).join(', ')})` : ''}: ${e instanceof Error ? e.message : String(e)}`);
    }
    return bundle;
}
function cryptographicCheck(bundle, trust) {
    let entity;
    try {
        entity = (0,verify_dist/* toSignedEntity */.DC)(bundle);
    }
    catch (e) {
        throw new Rejection('malformed', `the bundle's certificate, log entry or timestamp cannot be parsed: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (entity.key.$case !== 'certificate')
        throw new Rejection('untrusted-signer', 'the bundle is signed with a key, not a keyless certificate naming a workflow');
    try {
        trust.verifier.verify(entity);
    }
    catch (e) {
        if (e instanceof verify_dist/* VerificationError */.mk)
            throw new Rejection('bad-signature', `${describeVerificationError(e)} (${e.code}: ${e.message})`);
        throw new Rejection('malformed', `the bundle cannot be verified: ${e instanceof Error ? e.message : String(e)}`);
    }
    return entity.key.certificate;
}
function describeVerificationError(e) {
    switch (e.code) {
        case 'SIGNATURE_ERROR':
            return 'the DSSE signature does not verify';
        case 'CERTIFICATE_ERROR':
            return 'the certificate does not chain to the trusted root, or was not valid when signed';
        case 'TIMESTAMP_ERROR':
            return 'a timestamp does not verify for this signature, or there is no trusted time (no log entry with a SET, no trusted timestamp)';
        case 'TLOG_BODY_ERROR':
            return 'the transparency log entry is not for this signature';
        default:
            return 'the transparency log entry does not verify';
    }
}
function identityCheck(cert, policy) {
    let claims;
    try {
        claims = certificateClaims(cert);
    }
    catch (e) {
        if (e instanceof CertificateClaimError)
            throw new Rejection('malformed', e.message);
        throw e;
    }
    const san = claims.subjectAlternativeName ?? '(none)';
    if (claims.issuer !== GITHUB_ACTIONS_ISSUER)
        throw new Rejection('untrusted-signer', `the certificate's issuer is ${claims.issuer ?? '(none)'}, not ${GITHUB_ACTIONS_ISSUER}`);
    if (claims.subjectAlternativeName === undefined || san.length > 1024 || !verify_anchor(policy.signerWorkflow).test(san))
        throw new Rejection('untrusted-signer', `signed by ${san}, which does not match the signer workflow ${policy.signerWorkflow.source.replaceAll('\\/', '/')}`);
    if (!claims.sourceRepository || !claims.sourceRepositoryDigest || !claims.sourceRepositoryRef)
        throw new Rejection('untrusted-signer', 'the certificate does not state the source repository, commit and ref');
    if (claims.runnerEnvironment !== 'github-hosted' && !policy.allowSelfHosted)
        throw new Rejection('self-hosted-runner', `signed on a ${claims.runnerEnvironment ?? 'runner of unstated kind'}, not a GitHub-hosted runner (--allow-self-hosted accepts it)`);
    if (policy.repository !== undefined && policy.repository.toLowerCase() !== claims.sourceRepository.toLowerCase())
        throw new Rejection('wrong-repository', `signed for ${claims.sourceRepository}, not ${policy.repository}`);
    if (policy.ref !== undefined && normalizeRef(policy.ref) !== claims.sourceRepositoryRef)
        throw new Rejection('wrong-ref', `signed for ${claims.sourceRepositoryRef}, not ${normalizeRef(policy.ref)}`);
    return claims;
}
function parseStatement(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new Rejection('malformed', 'no DSSE envelope');
    const payloadType = bundle.content.dsseEnvelope.payloadType;
    if (payloadType !== PAYLOAD_TYPE)
        throw new Rejection('malformed', `the signed payload is of type ${JSON.stringify(payloadType).slice(0, 80)}, not an in-toto statement (${PAYLOAD_TYPE})`);
    let s;
    try {
        s = JSON.parse(bundle.content.dsseEnvelope.payload.toString('utf8'));
    }
    catch {
        throw new Rejection('malformed', 'the signed payload is not JSON');
    }
    if (typeof s !== 'object' || s === null || Array.isArray(s))
        throw new Rejection('malformed', 'the signed payload is not an in-toto statement');
    if (s._type !== STATEMENT_TYPE)
        throw new Rejection('malformed', `the signed payload is not an in-toto Statement v1 (_type ${JSON.stringify(s._type)?.slice(0, 80)})`);
    const subjects = s.subject;
    if (!Array.isArray(subjects) || subjects.length !== 1)
        throw new Rejection('malformed', `the statement has ${Array.isArray(subjects) ? subjects.length : 'no'} subjects; exactly one (the result file) is accepted`);
    const subject = subjects[0];
    const digest = subject?.digest?.sha256;
    if (typeof digest !== 'string' || !/^[0-9a-f]{64}$/.test(digest))
        throw new Rejection('malformed', "the statement's subject has no SHA-256 digest");
    return { predicateType: s.predicateType, subjectName: typeof subject?.name === 'string' ? subject.name : undefined, digest, predicate: s.predicate };
}
/** Our predicate: valid against its schema and agreeing with the certificate; the result document agrees with both. */
function ourPredicateCheck(predicate, cert, result) {
    const problems = predicateProblems(predicate);
    if (problems.length > 0)
        throw new Rejection('malformed', `the predicate does not match the ${PREDICATE_TYPE} schema: ${problems.join('; ')}`);
    const p = predicate;
    const disagreement = claimsDisagreement(p, cert);
    if (disagreement)
        throw new Rejection('claims-mismatch', disagreement);
    let doc;
    try {
        doc = JSON.parse(result.bytes.toString('utf8'));
    }
    catch {
        throw new Rejection('malformed', `${result.label} is not JSON`);
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        throw new Rejection('malformed', `${result.label} is not a result document`);
    const subject = (doc.subject ?? {});
    const differs = (a, b, caseless = false) => a !== null && a !== undefined && (typeof a !== 'string' || (caseless ? a.toLowerCase() !== b.toLowerCase() : a !== b));
    if (differs(subject.repository, p.repository.name, true))
        throw new Rejection('claims-mismatch', `the result is about ${String(subject.repository)}, the certificate says ${cert.sourceRepository}`);
    if (differs(subject.commit, p.commit))
        throw new Rejection('claims-mismatch', `the result is about commit ${String(subject.commit)}, the certificate says ${p.commit}`);
    if (differs(subject.ref, p.ref))
        throw new Rejection('claims-mismatch', `the result is about ${String(subject.ref)}, the certificate says ${p.ref}`);
    if (doc.level !== p.level || JSON.stringify(doc.summary) !== JSON.stringify(p.summary))
        throw new Rejection('claims-mismatch', "the predicate's level or summary differs from the result's");
    return doc;
}
/** The earliest verified time: an RFC 3161 timestamp, or a log entry's integrated time backed by its SET. */
function signedAt(bundle) {
    const times = [];
    for (const t of bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? [])
        times.push(core_dist.RFC3161Timestamp.parse(t.signedTimestamp).signingTime);
    for (const e of bundle.verificationMaterial.tlogEntries)
        if (e.inclusionPromise)
            times.push(new Date(Number(e.integratedTime) * 1000));
    if (times.length === 0)
        throw new Rejection('bad-signature', 'no trusted time');
    return new Date(Math.min(...times.map((d) => d.getTime())));
}


/***/ }),

/***/ 7397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JE: () => (/* binding */ extractZip),
/* harmony export */   Wz: () => (/* binding */ ZipError),
/* harmony export */   ue: () => (/* binding */ readZip)
/* harmony export */ });
/* unused harmony export ZIP_LIMITS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(663);
// Reads an artifact zip (a downloaded workflow artifact: hostile input) within bounds.
// yauzl parses the central directory and inflates; on top of it we refuse everything that could
// escape a folder or exhaust memory, and say which entry and why. Nothing is ever written outside
// the target folder, and nothing is written at all unless the whole archive passed the checks.




const ZIP_LIMITS = {
    maxEntryBytes: 50 * 1024 * 1024,
    maxEntries: 1000,
    maxTotalBytes: 200 * 1024 * 1024,
};
class ZipError extends Error {
    /** The entry the problem is about, when there is one. */
    entry;
    constructor(message, entry) {
        super(message);
        this.name = 'ZipError';
        this.entry = entry;
    }
}
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
/**
 * Reads every file of the zip into memory, in central-directory order. Folders are checked and
 * left out. Throws ZipError on the first problem: nothing partial is returned.
 */
async function readZip(source, limits = {}) {
    const max = { ...ZIP_LIMITS, ...limits };
    const zip = await openZip(source);
    try {
        if (zip.entryCount > max.maxEntries)
            throw new ZipError(`zip has ${zip.entryCount} entries; at most ${max.maxEntries} are accepted`);
        const files = [];
        const seen = new Set();
        const folders = new Set();
        let total = 0;
        let count = 0;
        let iterator;
        try {
            iterator = zip.eachEntry();
        }
        catch (e) {
            throw wrap(e);
        }
        for (;;) {
            let next;
            try {
                next = await iterator.next();
            }
            catch (e) {
                throw wrap(e);
            }
            if (next.done)
                break;
            const entry = next.value;
            if (++count > max.maxEntries)
                throw new ZipError(`zip has more than ${max.maxEntries} entries`);
            const name = checkName(entry.fileName);
            const isFolder = name.endsWith('/');
            checkKind(entry, name, isFolder);
            const key = (isFolder ? name.slice(0, -1) : name).toLowerCase();
            if (seen.has(key))
                throw new ZipError(`zip entry "${name}" appears twice (names are compared without case, as some file systems do)`, name);
            seen.add(key);
            // A file may not stand where another entry needs a folder, nor a folder where a file is.
            const parts = key.split('/');
            for (let i = 1; i < parts.length; i++) {
                const prefix = parts.slice(0, i).join('/');
                if (seen.has(prefix) && !folders.has(prefix))
                    throw new ZipError(`zip entry "${name}" lies under "${prefix}", which is a file`, name);
                folders.add(prefix);
            }
            if (isFolder) {
                folders.add(key);
                continue;
            }
            if (folders.has(key))
                throw new ZipError(`zip entry "${name}" is a file where other entries need a folder`, name);
            if (entry.uncompressedSize > max.maxEntryBytes)
                throw new ZipError(`zip entry "${name}" declares ${entry.uncompressedSize} bytes; at most ${max.maxEntryBytes} are accepted per entry`, name);
            total += entry.uncompressedSize;
            if (total > max.maxTotalBytes)
                throw new ZipError(`zip files add up to more than ${max.maxTotalBytes} bytes uncompressed`, name);
            files.push({ name, data: await inflate(zip, entry, name, max.maxEntryBytes) });
        }
        return files;
    }
    finally {
        zip.close();
    }
}
/**
 * Checks the whole zip (as readZip does), then writes its files below `target` (created if
 * needed). Each file is created new (an existing file or link in the way is an error, never
 * followed or overwritten) and every folder is checked to resolve inside `target`.
 * Returns the absolute paths written.
 */
async function extractZip(source, target, limits = {}) {
    const files = await readZip(source, limits);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(target, { recursive: true });
    const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(target);
    const written = [];
    for (const f of files) {
        const dest = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, ...f.name.split('/'));
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dest, '..');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(parent, { recursive: true });
        const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(parent);
        if (!inside(root, real) || !inside(root, dest))
            throw new ZipError(`zip entry "${f.name}" would be written outside ${target}`, f.name);
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(dest, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0), 0o644);
        }
        catch (e) {
            const code = e.code;
            throw new ZipError(`zip entry "${f.name}" cannot be written: ${code === 'EEXIST' ? 'a file is already there' : code ?? String(e)}`, f.name);
        }
        try {
            for (let off = 0; off < f.data.length;)
                off += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, f.data, off);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dest).isFile())
            throw new ZipError(`zip entry "${f.name}" did not land as a plain file`, f.name);
        written.push(dest);
    }
    return written;
}
function inside(root, p) {
    const r = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, p);
    return r === '' || (!r.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && r !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(r));
}
async function openZip(source) {
    const options = { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true, decodeStrings: true };
    try {
        return typeof source === 'string' ? await yauzl__WEBPACK_IMPORTED_MODULE_3__.openPromise(source, options) : await yauzl__WEBPACK_IMPORTED_MODULE_3__.fromBufferPromise(source, options);
    }
    catch (e) {
        const code = e.code;
        if (typeof source === 'string' && code)
            throw new ZipError(`cannot read ${source}: ${code}`);
        throw wrap(e);
    }
}
/** yauzl's messages are precise; say that they are about a damaged or hostile zip. */
function wrap(e) {
    if (e instanceof ZipError)
        return e;
    const message = e instanceof Error ? e.message : String(e);
    if (/absolute path|invalid relative path|invalid characters/.test(message))
        return new ZipError(`zip entry refused: ${message}`);
    return new ZipError(`not a readable zip (damaged, truncated or not a zip): ${message}`);
}
/** The name as a safe relative path, or a ZipError. yauzl already refuses `..`, `/x`, `C:` and `\`. */
function checkName(raw) {
    const shown = JSON.stringify(raw).slice(1, -1);
    if (raw.length === 0)
        throw new ZipError('zip entry with an empty name');
    if (raw.length > 1024)
        throw new ZipError(`zip entry name longer than 1024 characters: "${shown.slice(0, 80)}\u2026"`);
    if (/[\u0000-\u001f\u007f]/.test(raw))
        throw new ZipError(`zip entry name with a control character: "${shown}"`, raw);
    if (raw.includes('\\'))
        throw new ZipError(`zip entry name with a backslash: "${shown}"`, raw);
    if (raw.includes(':'))
        throw new ZipError(`zip entry name with ':' (a drive letter or an alternate data stream): "${shown}"`, raw);
    if (raw.startsWith('/'))
        throw new ZipError(`zip entry with an absolute path: "${shown}"`, raw);
    const parts = (raw.endsWith('/') ? raw.slice(0, -1) : raw).split('/');
    for (const p of parts) {
        if (p === '..')
            throw new ZipError(`zip entry climbs out of its folder: "${shown}"`, raw);
        if (p === '' || p === '.')
            throw new ZipError(`zip entry name with an empty or '.' part: "${shown}"`, raw);
    }
    return raw;
}
/** Only plain files and folders: no links, devices or pipes, nothing encrypted. */
function checkKind(entry, name, isFolder) {
    if (entry.isEncrypted())
        throw new ZipError(`zip entry "${name}" is encrypted`, name);
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
        throw new ZipError(`zip entry "${name}" uses compression method ${entry.compressionMethod}; only stored (0) and deflate (8) are read`, name);
    // The Unix mode sits in the high 16 bits of the external attributes (zip's "version made by" 3).
    // Checked whatever the "made by" says: a hostile zip may claim another system.
    const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
    if (mode === S_IFLNK)
        throw new ZipError(`zip entry "${name}" is a symbolic link`, name);
    if (mode !== 0 && mode !== S_IFREG && mode !== S_IFDIR)
        throw new ZipError(`zip entry "${name}" is not a plain file or folder (mode ${mode.toString(8)})`, name);
    if (mode === S_IFDIR && !isFolder)
        throw new ZipError(`zip entry "${name}" is marked as a folder but its name does not end with '/'`, name);
    if (isFolder && entry.uncompressedSize !== 0)
        throw new ZipError(`zip folder entry "${name}" has content`, name);
}
/** Inflates one entry, counting the bytes as they come: a lying size stops at the limit, not after. */
async function inflate(zip, entry, name, limit) {
    let stream;
    try {
        stream = await zip.openReadStreamPromise(entry);
    }
    catch (e) {
        throw new ZipError(`zip entry "${name}" cannot be read: ${e instanceof Error ? e.message : String(e)}`, name);
    }
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of stream) {
            size += chunk.length;
            if (size > limit || size > entry.uncompressedSize) {
                const why = size > limit ? `more than ${limit} bytes` : `more than the ${entry.uncompressedSize} bytes it declares`;
                throw new ZipError(`zip entry "${name}" inflates to ${why}`, name);
            }
            chunks.push(chunk);
        }
    }
    catch (e) {
        stream.destroy();
        if (e instanceof ZipError)
            throw e;
        const message = e instanceof Error ? e.message : String(e);
        if (/too many bytes/.test(message))
            throw new ZipError(`zip entry "${name}" inflates to more than the ${entry.uncompressedSize} bytes it declares`, name);
        if (/not enough bytes/.test(message))
            throw new ZipError(`zip entry "${name}" holds fewer bytes than the ${entry.uncompressedSize} it declares`, name);
        throw new ZipError(`zip entry "${name}" cannot be read (damaged or truncated): ${message}`, name);
    }
    if (size !== entry.uncompressedSize)
        throw new ZipError(`zip entry "${name}" holds ${size} bytes but declares ${entry.uncompressedSize}`, name);
    const data = Buffer.concat(chunks, size);
    if ((0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.crc32)(data) !== entry.crc32)
        throw new ZipError(`zip entry "${name}" fails its CRC-32 check (damaged)`, name);
    return data;
}


/***/ })

};
