export const id = 688;
export const ids = [688];
export const modules = {

/***/ 75688:
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
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
;// CONCATENATED MODULE: ./schemas/result-predicate.schema.json
const result_predicate_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/security-slam/security-slam-action/schemas/result-predicate.schema.json","title":"Security Slam result predicate, v1","description":"The predicate of the in-toto statement (predicateType https://github.com/security-slam/security-slam-action/result/v1) that signs a Security Slam result file. The statement\'s one subject is the result file (name and SHA-256). Repository, id, commit, ref, run and event must agree with the signing certificate\'s extensions. See docs/attestation.md.","type":"object","required":["repository","commit","ref","level","levelSource","tool","catalog","result","objectives","summary","run"],"additionalProperties":false,"properties":{"repository":{"type":"object","required":["name","id","url"],"additionalProperties":false,"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}$","description":"owner/name, as GITHUB_REPOSITORY"},"id":{"type":"integer","minimum":1,"description":"numeric repository id (GITHUB_REPOSITORY_ID); certificate extension 1.3.6.1.4.1.57264.1.15"},"url":{"type":"string","pattern":"^https://[^/\\\\s]+/[^/\\\\s]+/[^/\\\\s]+$","description":"server URL + owner/name; certificate extension 1.3.6.1.4.1.57264.1.12"}}},"commit":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$","description":"the evaluated commit (GITHUB_SHA); extension .13"},"ref":{"type":"string","pattern":"^refs/\\\\S{1,250}$","description":"the full ref (GITHUB_REF); extension .14"},"level":{"enum":[1,2,3],"description":"OSPS Baseline maturity level evaluated"},"levelSource":{"enum":["input","config","default"],"description":"what decided the level"},"tool":{"type":"object","required":["name","version"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"maxLength":100},"version":{"type":"string","minLength":1,"maxLength":100}}},"catalog":{"type":"object","required":["id","version"],"additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"maxLength":100},"version":{"type":"string","minLength":1,"maxLength":100}}},"result":{"type":"object","required":["schemaVersion","generatedAt"],"additionalProperties":false,"properties":{"schemaVersion":{"type":"string","minLength":1,"maxLength":50,"description":"the result document\'s schemaVersion"},"generatedAt":{"type":"string","minLength":1,"maxLength":50,"description":"when the result says it was made (a claim, not a verified time)"}}},"objectives":{"type":"array","maxItems":50,"items":{"type":"object","required":["id","status"],"additionalProperties":false,"properties":{"id":{"enum":["cleaner","chronicler","inspector","mechanizer","defender","cra-readiness"]},"status":{"enum":["met","partial","unmet","unknown"]}}}},"summary":{"type":"array","minItems":1,"maxItems":3,"items":{"type":"object","required":["level","total","pass","fail","attested","unknown","not-applicable"],"additionalProperties":false,"properties":{"level":{"enum":[1,2,3]},"total":{"type":"integer","minimum":0},"pass":{"type":"integer","minimum":0},"fail":{"type":"integer","minimum":0},"attested":{"type":"integer","minimum":0},"unknown":{"type":"integer","minimum":0},"not-applicable":{"type":"integer","minimum":0}}}},"run":{"type":"object","required":["id","attempt","event","url"],"additionalProperties":false,"properties":{"id":{"type":"integer","minimum":1,"description":"GITHUB_RUN_ID"},"attempt":{"type":"integer","minimum":1,"description":"GITHUB_RUN_ATTEMPT"},"event":{"type":"string","pattern":"^[a-z_]{1,64}$","description":"GITHUB_EVENT_NAME; extension .20"},"url":{"type":"string","pattern":"^https://[^/\\\\s]+/[^/\\\\s]+/[^/\\\\s]+/actions/runs/[0-9]+/attempts/[0-9]+$","description":"the run invocation URI; extension .21"},"runnerEnvironment":{"enum":["github-hosted","self-hosted"],"description":"RUNNER_ENVIRONMENT as the job saw it; the certificate\'s extension .11 is what counts"}}}}}');
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
let validator;
/** Problems of a predicate against schemas/result-predicate.schema.json; empty when it is valid. */
function predicateProblems(predicate) {
    validator ??= new _2020.Ajv2020({ allErrors: true, strict: true }).compile(result_predicate_schema_namespaceObject);
    if (validator(predicate))
        return [];
    return (validator.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
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
