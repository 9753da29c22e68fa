export const id = 680;
export const ids = [680];
export const modules = {

/***/ 32680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  signResultFile: () => (/* binding */ signResultFile)
});

// UNUSED EXPORTS: DEFAULT_RETRY, SIGNING_CONFIG_MEDIA_TYPE, SigningError, canRequestOidcToken, githubOidcProvider, loadSigningConfig

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(15179);
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

;// CONCATENATED MODULE: ./src/attestation/public-good-signing-config.json
const public_good_signing_config_namespaceObject = /*#__PURE__*/JSON.parse('{"mediaType":"application/vnd.dev.sigstore.signingconfig.v0.2+json","caUrls":[{"url":"https://fulcio.sigstore.dev","majorApiVersion":1,"validFor":{"start":"2023-04-14T21:38:40Z"},"operator":"sigstore.dev"}],"oidcUrls":[{"url":"https://oauth2.sigstore.dev/auth","majorApiVersion":1,"validFor":{"start":"2025-04-16T00:00:00Z"},"operator":"sigstore.dev"}],"rekorTlogUrls":[{"url":"https://rekor.sigstore.dev","majorApiVersion":1,"validFor":{"start":"2021-01-12T11:53:27Z"},"operator":"sigstore.dev"}],"tsaUrls":[{"url":"https://timestamp.sigstore.dev/api/v1/timestamp","majorApiVersion":1,"validFor":{"start":"2025-07-04T00:00:00Z"},"operator":"sigstore.dev"}],"rekorTlogConfig":{"selector":"ANY"},"tsaConfig":{"selector":"ANY"}}');
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
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

// EXTERNAL MODULE: ./src/attestation/context.ts
var context = __webpack_require__(66557);
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
class StatementError extends Error {
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
            url: (0,context/* runUrl */.Vp)(ctx),
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

;// CONCATENATED MODULE: ./src/attestation/sign.ts
// Signs a result file: in-toto statement -> DSSE envelope -> Fulcio certificate from the job's
// GitHub OIDC token -> witnessed as the SigningConfig says (Rekor entry and/or RFC 3161
// timestamp) -> `<result file>.sigstore.json` (bundle v0.3). Works on an existing result file,
// so the reusable workflow's sign job (which never reads the repository) uses it as is.










const SIGNING_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json';
const MAX_RESULT_BYTES = 50 * 1024 * 1024;
const MAX_CONFIG_BYTES = 1024 * 1024;
class SigningError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.name = 'SigningError';
        this.kind = kind;
    }
}
const DEFAULT_RETRY = { retries: 4, minTimeoutMs: 1000, maxTimeoutMs: 15_000 };
/** Reads and checks a SigningConfig: `public-good` or a file path. */
function loadSigningConfig(spec) {
    let json;
    if (spec === 'public-good') {
        json = public_good_signing_config_namespaceObject;
    }
    else {
        try {
            if ((0,external_node_fs_.statSync)(spec).size > MAX_CONFIG_BYTES)
                throw new SigningError('config', `signing config ${spec} is larger than 1 MiB`);
            json = JSON.parse((0,external_node_fs_.readFileSync)(spec, 'utf8'));
        }
        catch (e) {
            if (e instanceof SigningError)
                throw e;
            const code = e.code;
            throw new SigningError('config', `cannot read signing config ${spec}: ${code ?? (e instanceof Error ? e.message : String(e))}`);
        }
    }
    const mediaType = json?.mediaType;
    if (mediaType !== SIGNING_CONFIG_MEDIA_TYPE)
        throw new SigningError('config', `signing config ${spec} is not a ${SIGNING_CONFIG_MEDIA_TYPE} document (mediaType ${JSON.stringify(mediaType)})`);
    let config;
    try {
        config = protobuf_specs_dist.SigningConfig.fromJSON(json);
    }
    catch (e) {
        throw new SigningError('config', `signing config ${spec} is invalid: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (config.caUrls.length === 0)
        throw new SigningError('config', `signing config ${spec} names no certificate authority (caUrls)`);
    if (!config.rekorTlogConfig && !config.tsaConfig)
        throw new SigningError('config', `signing config ${spec} names neither a transparency log nor a timestamp authority: the signature would have no trusted time`);
    for (const s of [...config.caUrls, ...config.rekorTlogUrls, ...config.tsaUrls]) {
        if (!/^https?:\/\//.test(s.url))
            throw new SigningError('config', `signing config ${spec} has a service URL that is not http(s): ${JSON.stringify(s.url)}`);
    }
    return config;
}
/** True when the job can ask for an OIDC token (it has `permissions: id-token: write`). */
function canRequestOidcToken(env = process.env) {
    return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}
/** The job's GitHub OIDC token for audience `sigstore`, retried with backoff. The token is never logged. */
function githubOidcProvider(env = process.env, retry = DEFAULT_RETRY, timeoutMs = 15_000) {
    return {
        async getToken() {
            const endpoint = env.ACTIONS_ID_TOKEN_REQUEST_URL;
            const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
            if (!endpoint || !bearer)
                throw new SigningError('no-oidc', 'no OIDC token: the job needs "permissions: id-token: write" (ACTIONS_ID_TOKEN_REQUEST_URL is not set; pull requests from forks never get one)');
            const url = new URL(endpoint);
            url.searchParams.set('audience', 'sigstore');
            return withRetry(retry, async () => {
                let response;
                try {
                    response = await fetch(url, { headers: { Authorization: `bearer ${bearer}`, Accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
                }
                catch (e) {
                    throw new Transient(`OIDC token request failed: ${e instanceof Error ? e.message : String(e)}`);
                }
                if (!response.ok) {
                    const message = `OIDC token request answered HTTP ${response.status}`;
                    throw response.status >= 500 || response.status === 429 || response.status === 408 ? new Transient(message) : new SigningError('no-oidc', message);
                }
                const body = (await response.json().catch(() => null));
                if (typeof body?.value !== 'string' || body.value.split('.').length !== 3)
                    throw new SigningError('no-oidc', 'OIDC token answer holds no token');
                return body.value;
            });
        },
    };
}
class Transient extends Error {
}
async function withRetry(retry, f) {
    for (let attempt = 0;; attempt++) {
        try {
            return await f();
        }
        catch (e) {
            if (!(e instanceof Transient) || attempt >= retry.retries)
                throw e instanceof Transient ? new SigningError('no-oidc', `${e.message} (after ${attempt + 1} tries)`) : e;
            const wait = Math.min(retry.maxTimeoutMs, retry.minTimeoutMs * 2 ** attempt);
            await new Promise((r) => setTimeout(r, wait * (0.5 + Math.random() / 2)));
        }
    }
}
/**
 * Signs `resultPath` and writes its bundle. Throws SigningError (never writes a partial
 * bundle): `no-oidc`, `config`, `result` (not a result about this run), `service` (Fulcio,
 * Rekor or the TSA failed after retries), `claims` (the certificate disagrees with the run).
 */
async function signResultFile(resultPath, options) {
    const retry = options.retry ?? DEFAULT_RETRY;
    const signingConfig = loadSigningConfig(options.signingConfig);
    let bytes;
    try {
        if ((0,external_node_fs_.statSync)(resultPath).size > MAX_RESULT_BYTES)
            throw new SigningError('result', `${resultPath} is larger than 50 MiB`);
        bytes = (0,external_node_fs_.readFileSync)(resultPath);
    }
    catch (e) {
        if (e instanceof SigningError)
            throw e;
        throw new SigningError('result', `cannot read ${resultPath}: ${e.code ?? String(e)}`);
    }
    let statement;
    try {
        statement = buildStatement((0,external_node_path_.basename)(resultPath), bytes, options.context);
    }
    catch (e) {
        if (e instanceof StatementError)
            throw new SigningError('result', e.message);
        throw e;
    }
    const identity = options.identity ?? githubOidcProvider(options.env ?? process.env, retry, options.timeoutMs);
    const builder = (0,sign_dist/* bundleBuilderFromSigningConfig */.zL)({
        signingConfig,
        identityProvider: identity,
        bundleType: 'dsseEnvelope',
        fetchOptions: {
            timeout: options.timeoutMs ?? 15_000,
            retry: { retries: retry.retries, factor: 2, minTimeout: retry.minTimeoutMs, maxTimeout: retry.maxTimeoutMs, randomize: true },
        },
    });
    let bundle;
    try {
        bundle = (0,dist.bundleToJSON)(await builder.create({ data: Buffer.from(JSON.stringify(statement)), type: PAYLOAD_TYPE }));
    }
    catch (e) {
        throw serviceError(e);
    }
    // The certificate states the run as GitHub saw it; a predicate that disagrees would be rejected
    // by every verifier, so say it now instead of publishing it.
    const raw = bundle.verificationMaterial.certificate?.rawBytes;
    if (!raw)
        throw new SigningError('service', 'the certificate authority returned no certificate');
    const disagreement = claimsDisagreement(statement.predicate, certificateClaims(core_dist.X509Certificate.parse(Buffer.from(raw, 'base64'))));
    if (disagreement)
        throw new SigningError('claims', `the signing certificate disagrees with this run: ${disagreement}`);
    const bundlePath = options.bundlePath ?? `${resultPath}.sigstore.json`;
    (0,external_node_fs_.writeFileSync)(bundlePath, JSON.stringify(bundle, null, 2) + '\n');
    return { bundlePath, bundle, statement };
}
function serviceError(e) {
    if (e instanceof SigningError)
        return e;
    const cause = e.cause;
    if (cause instanceof SigningError)
        return cause;
    const message = e instanceof Error ? e.message : String(e);
    const code = e.code;
    if (code === 'IDENTITY_TOKEN_READ_ERROR' || code === 'IDENTITY_TOKEN_PARSE_ERROR')
        return new SigningError('no-oidc', `${message}${cause instanceof Error ? `: ${cause.message}` : ''}`);
    const where = {
        CA_CREATE_SIGNING_CERTIFICATE_ERROR: 'certificate authority (Fulcio)',
        TLOG_CREATE_ENTRY_ERROR: 'transparency log (Rekor)',
        TLOG_FETCH_ENTRY_ERROR: 'transparency log (Rekor)',
        TSA_CREATE_TIMESTAMP_ERROR: 'timestamp authority',
    };
    const detail = cause instanceof Error && cause.message && !message.includes(cause.message) ? `${message}: ${cause.message}` : message;
    return new SigningError('service', `${code && where[code] ? `${where[code]} failed` : 'signing failed'}: ${detail}`);
}


/***/ })

};
