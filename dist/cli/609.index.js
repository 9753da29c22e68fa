export const id = 609;
export const ids = [609];
export const modules = {

/***/ 7609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluate: () => (/* binding */ evaluate)
});

;// CONCATENATED MODULE: ./src/facts/artifacts.ts
/** Text files by extension are not sniffed: a repository of 100,000 sources must stay fast. */
const TEXT_EXT = new Set(('md markdown mdx txt rst adoc json jsonc json5 yaml yml toml ini cfg conf xml html htm css scss sass less svg csv tsv ' +
    'js mjs cjs jsx ts mts cts tsx vue svelte py pyi rb go rs c h cc cpp cxx hpp hh java kt kts scala groovy gradle cs fs vb ' +
    'swift m mm php pl pm r jl lua sh bash zsh fish ps1 psm1 bat cmd sql graphql gql proto thrift tf hcl nix dart ex exs erl hrl ' +
    'hs elm clj cljs edn lisp el vim cue rego tmpl tpl j2 mustache hbs ejs erb liquid properties env lock mod sum gitignore ' +
    'gitattributes editorconfig dockerignore npmrc nvmrc tex bib org diff patch log in am ac m4 cmake mk make').split(' '));
const MEDIA_EXT = new Set(('png jpg jpeg gif webp bmp ico icns tif tiff avif heic psd xcf ai eps pdf woff woff2 ttf otf eot mp3 wav ogg flac m4a ' +
    'mp4 webm mov avi mkv').split(' '));
const EXECUTABLE_EXT = {
    exe: 'Windows executable', dll: 'Windows library', so: 'shared library', dylib: 'macOS library', o: 'object file',
    obj: 'object file', a: 'static library', lib: 'static library', class: 'Java class file', pyc: 'Python bytecode',
    pyo: 'Python bytecode', wasm: 'WebAssembly module', jar: 'Java archive', war: 'Java web archive', ear: 'Java archive',
    apk: 'Android package', aar: 'Android archive', dex: 'Dalvik bytecode', elf: 'ELF executable', bin: 'binary image',
    msi: 'Windows installer', deb: 'Debian package', rpm: 'RPM package', nupkg: 'NuGet package', whl: 'Python wheel',
    gem: 'Ruby gem', node: 'Node.js native addon',
};
const ARCHIVE_EXT = {
    zip: 'ZIP archive', tar: 'tar archive', gz: 'gzip archive', tgz: 'gzip archive', bz2: 'bzip2 archive', xz: 'xz archive',
    '7z': '7-Zip archive', rar: 'RAR archive', zst: 'zstd archive', iso: 'disk image', dmg: 'disk image', img: 'disk image',
};
function gatherArtifacts(snap) {
    const executables = [];
    const binaries = [];
    let media = 0;
    let inspected = 0;
    for (const f of snap.files) {
        if (f.kind === 'symlink' || f.kind === 'submodule')
            continue;
        const base = f.path.slice(f.path.lastIndexOf('/') + 1);
        const dot = base.lastIndexOf('.');
        const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
        if (TEXT_EXT.has(ext) && f.kind !== 'executable')
            continue;
        inspected++;
        const found = snap.peek(f.path, (head) => classify(head, ext));
        if (found === null || found === 'text')
            continue;
        if (found === 'media')
            media++;
        else if (found.executable)
            executables.push({ path: f.path, what: found.what });
        else
            binaries.push({ path: f.path, what: found.what });
    }
    return { executables, binaries, media, inspected };
}
function classify(head, ext) {
    if (head.length === 0)
        return 'text';
    const magic = sniffExecutable(head);
    if (magic)
        return { executable: true, what: magic };
    if (!head.includes(0) && !(ext in EXECUTABLE_EXT) && !(ext in ARCHIVE_EXT))
        return 'text';
    if (MEDIA_EXT.has(ext) || sniffMedia(head))
        return 'media';
    if (ext in EXECUTABLE_EXT)
        return { executable: true, what: EXECUTABLE_EXT[ext] };
    const archive = ARCHIVE_EXT[ext] ?? sniffArchive(head);
    return { executable: false, what: archive ?? 'binary file of unrecognised type' };
}
function sniffExecutable(h) {
    if (h.length >= 4 && h[0] === 0x7f && h[1] === 0x45 && h[2] === 0x4c && h[3] === 0x46)
        return 'ELF executable or library';
    if (h.length >= 64 && h[0] === 0x4d && h[1] === 0x5a) {
        const pe = h.readUInt32LE(0x3c);
        if (pe + 4 <= h.length && h.toString('latin1', pe, pe + 4) === 'PE\0\0')
            return 'Windows PE executable or library';
    }
    if (h.length >= 4) {
        const be = h.readUInt32BE(0);
        if (be === 0xfeedface || be === 0xfeedfacf || be === 0xcefaedfe || be === 0xcffaedfe)
            return 'Mach-O executable or library';
        if (be === 0xcafebabe)
            return h.length >= 8 && h.readUInt16BE(6) >= 45 ? 'Java class file' : 'Mach-O universal binary';
        if (be === 0x0061736d)
            return 'WebAssembly module';
        if (be === 0x6465780a)
            return 'Dalvik bytecode';
    }
    if (h.length >= 8 && h.toString('latin1', 0, 8) === '!<arch>\n')
        return 'static library (ar archive)';
    return null;
}
function sniffMedia(h) {
    const s = h.toString('latin1', 0, Math.min(12, h.length));
    return (s.startsWith('\x89PNG') || s.startsWith('\xff\xd8\xff') || s.startsWith('GIF8') || s.startsWith('%PDF') ||
        (s.startsWith('RIFF') && (s.slice(8, 12) === 'WEBP' || s.slice(8, 12) === 'WAVE')) || s.startsWith('wOFF') ||
        s.startsWith('wOF2') || s.startsWith('OggS') || s.startsWith('ID3') || s.startsWith('\x00\x00\x01\x00') ||
        s.startsWith('\x00\x01\x00\x00') || s.startsWith('OTTO'));
}
function sniffArchive(h) {
    const s = h.toString('latin1', 0, Math.min(8, h.length));
    if (s.startsWith('PK\x03\x04'))
        return 'ZIP archive';
    if (s.startsWith('\x1f\x8b'))
        return 'gzip archive';
    if (s.startsWith('BZh'))
        return 'bzip2 archive';
    if (s.startsWith('\xfd7zXZ'))
        return 'xz archive';
    if (s.startsWith("7z\xbc\xaf'\x1c"))
        return '7-Zip archive';
    if (s.startsWith('Rar!'))
        return 'RAR archive';
    return null;
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
var _2020_default = /*#__PURE__*/__webpack_require__.n(_2020);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./schemas/gemara-common.schema.json
const gemara_common_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:security-slam-action:schema:gemara-common:1.4.1","title":"Gemara v1.4.1 shared definitions","description":"Metadata, entities, groups and mappings shared by Gemara catalogs. Written by hand from the Gemara v1.4.1 CUE definitions; CUE definitions are closed, so every object here rejects unknown properties. Cross-references (unique ids, group ids that must exist) cannot be expressed in JSON Schema and are checked in code (src/facts/assessment/gemara.ts).","$defs":{"Datetime":{"description":"RFC 3339 date-time, the CUE layout 2006-01-02T15:04:05Z07:00.","type":"string","format":"date-time"},"Email":{"type":"string","pattern":"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\\\.[A-Za-z]{2,}$"},"HttpUri":{"type":"string","pattern":"^https?://[^\\\\s]+$"},"ArtifactType":{"enum":["CapabilityCatalog","ControlCatalog","GuidanceCatalog","ThreatCatalog","RiskCatalog","Policy","MappingDocument","Lexicon","EvaluationLog","EnforcementLog","VectorCatalog","PrincipleCatalog","AuditLog"]},"EntityType":{"enum":["Human","Software","Software Assisted"]},"Group":{"type":"object","required":["id","title","description"],"properties":{"id":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"}},"additionalProperties":false},"Contact":{"type":"object","required":["name"],"properties":{"name":{"type":"string"},"affiliation":{"type":"string"},"email":{"$ref":"#/$defs/Email"},"social":{"type":"string"}},"additionalProperties":false},"EntityFields":{"description":"Fields of an Entity, open so that Actor and Resource can add their own; each closes itself with propertyNames.","type":"object","required":["id","name","type"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"type":{"$ref":"#/$defs/EntityType"},"version":{"type":"string"},"description":{"type":"string"},"uri":{"$ref":"#/$defs/HttpUri"}}},"Entity":{"$ref":"#/$defs/EntityFields","type":"object","propertyNames":{"enum":["id","name","type","version","description","uri"]}},"Actor":{"$ref":"#/$defs/EntityFields","type":"object","properties":{"contact":{"$ref":"#/$defs/Contact"}},"propertyNames":{"enum":["id","name","type","version","description","uri","contact"]}},"MappingReference":{"type":"object","required":["id","title","version"],"properties":{"id":{"type":"string"},"title":{"type":"string"},"version":{"type":"string"},"description":{"type":"string"},"url":{"type":"string","pattern":"^(https?|file)://[^\\\\s]+$"}},"additionalProperties":false},"ArtifactMapping":{"type":"object","required":["reference-id"],"properties":{"reference-id":{"type":"string"},"remarks":{"type":"string"}},"additionalProperties":false},"MultiEntryMapping":{"type":"object","required":["reference-id","entries"],"properties":{"reference-id":{"type":"string"},"remarks":{"type":"string"},"entries":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/ArtifactMapping"}}},"additionalProperties":false},"EntryMapping":{"type":"object","required":["reference-id","entry-id"],"properties":{"reference-id":{"type":"string"},"entry-id":{"type":"string"},"remarks":{"type":"string"}},"additionalProperties":false},"Metadata":{"type":"object","required":["id","type","gemara-version","description","author"],"properties":{"id":{"type":"string"},"type":{"$ref":"#/$defs/ArtifactType"},"gemara-version":{"type":"string"},"version":{"type":"string"},"date":{"$ref":"#/$defs/Datetime"},"description":{"type":"string"},"author":{"$ref":"#/$defs/Actor"},"mapping-references":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/MappingReference"}},"applicability-groups":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/Group"}},"draft":{"type":"boolean"},"lexicon":{"$ref":"#/$defs/ArtifactMapping"}},"additionalProperties":false},"Catalog":{"description":"Fields every catalog has. Open: each concrete catalog closes it by listing these names and setting additionalProperties to false.","type":"object","required":["title","metadata"],"properties":{"title":{"type":"string"},"metadata":{"$ref":"#/$defs/Metadata"},"groups":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/Group"}},"extends":{"type":"array","items":{"$ref":"#/$defs/ArtifactMapping"}},"imports":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/MultiEntryMapping"}}},"dependentSchemas":{"extends":{"type":"object","properties":{"metadata":{"type":"object","required":["mapping-references"]}}},"imports":{"type":"object","properties":{"metadata":{"type":"object","required":["mapping-references"]}}}}}}}');
;// CONCATENATED MODULE: ./schemas/gemara-threat-catalog.schema.json
const gemara_threat_catalog_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:security-slam-action:schema:gemara-threat-catalog:1.4.1","title":"Gemara v1.4.1 ThreatCatalog","description":"A set of topically-associated threats, each tied to the system capabilities it affects. Written by hand from the Gemara v1.4.1 CUE definitions. Unique threat and group ids and the rule that each threat\'s group exists are checked in code. Properties of the shared Catalog are listed again here as `true` so that additionalProperties can close the object.","$ref":"urn:security-slam-action:schema:gemara-common:1.4.1#/$defs/Catalog","type":"object","properties":{"title":true,"metadata":{"type":"object","properties":{"type":{"const":"ThreatCatalog"}}},"groups":true,"extends":true,"imports":true,"threats":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/Threat"}}},"dependentRequired":{"threats":["groups"]},"additionalProperties":false,"$defs":{"Threat":{"type":"object","required":["id","title","description","group","capabilities"],"properties":{"id":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"group":{"type":"string"},"capabilities":{"type":"array","minItems":1,"items":{"$ref":"urn:security-slam-action:schema:gemara-common:1.4.1#/$defs/MultiEntryMapping"}},"vectors":{"type":"array","minItems":1,"items":{"$ref":"urn:security-slam-action:schema:gemara-common:1.4.1#/$defs/MultiEntryMapping"}},"actors":{"type":"array","minItems":1,"items":{"$ref":"urn:security-slam-action:schema:gemara-common:1.4.1#/$defs/Actor"}}},"additionalProperties":false}}}');
;// CONCATENATED MODULE: ./schemas/gemara-capability-catalog.schema.json
const gemara_capability_catalog_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:security-slam-action:schema:gemara-capability-catalog:1.4.1","title":"Gemara v1.4.1 CapabilityCatalog","description":"A collection of system capabilities (features, components, objects) that threats can refer to. Written by hand from the Gemara v1.4.1 CUE definitions. Unique capability and group ids and the rule that each capability\'s group exists are checked in code. Properties of the shared Catalog are listed again here as `true` so that additionalProperties can close the object.","$ref":"urn:security-slam-action:schema:gemara-common:1.4.1#/$defs/Catalog","type":"object","properties":{"title":true,"metadata":{"type":"object","properties":{"type":{"const":"CapabilityCatalog"}}},"groups":true,"extends":true,"imports":true,"capabilities":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/Capability"}}},"dependentRequired":{"capabilities":["groups"]},"additionalProperties":false,"$defs":{"Capability":{"type":"object","required":["id","title","description","group"],"properties":{"id":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"group":{"type":"string"}},"additionalProperties":false}}}');
;// CONCATENATED MODULE: ./src/facts/assessment/paths.ts
const MAX_REF_LENGTH = 2000;
/** owner/repo (lower case) from https://github.com/owner/repo(.git), or null. */
function repoSlug(repositoryUrl) {
    if (!repositoryUrl)
        return null;
    const m = /^(?:https?:\/\/)?(?:www\.)?github\.com\/([^/\s]+)\/([^/\s#?]+?)(?:\.git)?\/?$/i.exec(repositoryUrl.trim());
    return m ? `${m[1]}/${m[2]}`.toLowerCase() : null;
}
/** Normalises a relative path: drops ./, resolves .., refuses escapes. Null when it leaves the root. */
function normalizeRelative(p, baseDir = '') {
    const parts = (baseDir && !p.startsWith('/') ? `${baseDir}/${p}` : p).split('/');
    const out = [];
    for (const seg of parts) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (out.length === 0)
                return null;
            out.pop();
        }
        else
            out.push(seg);
    }
    return out.join('/');
}
function safeDecode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}
/** True when some file lives under `dir/`. */
function isDirectory(snapshot, dir) {
    if (dir === '')
        return true;
    const prefix = dir.replace(/\/+$/, '') + '/';
    return snapshot.files.some((f) => f.path.startsWith(prefix));
}
function localTarget(snapshot, path) {
    if (snapshot.has(path))
        return { kind: 'local', path, exists: true };
    if (isDirectory(snapshot, path))
        return { kind: 'local', path: path.replace(/\/+$/, ''), exists: true, directory: true };
    return { kind: 'local', path, exists: false };
}
/**
 * Where a reference points. `baseDir` is the directory of the file that contains a relative
 * reference ('' for the repository root).
 */
function resolveReference(snapshot, raw, repositoryUrl, baseDir = '') {
    const value = raw.trim().slice(0, MAX_REF_LENGTH);
    if (value === '')
        return { kind: 'none' };
    const slug = repoSlug(repositoryUrl);
    // https://github.com/<owner>/<repo>/(blob|tree|raw)/<ref...>/<path>
    const gh = /^https?:\/\/(?:www\.)?github\.com\/([^/]+)\/([^/]+)\/(?:blob|tree|raw)\/([^?#]+)/i.exec(value);
    // https://raw.githubusercontent.com/<owner>/<repo>/<ref...>/<path>
    const raw2 = /^https?:\/\/raw\.githubusercontent\.com\/([^/]+)\/([^/]+)\/([^?#]+)/i.exec(value);
    const m = gh ?? raw2;
    if (m) {
        const owner = m[1];
        const repo = m[2].replace(/\.git$/i, '');
        if (slug !== null && `${owner}/${repo}`.toLowerCase() !== slug)
            return { kind: 'external', url: value };
        // The ref may contain slashes (feature/x); try each split point, shortest ref first.
        const rest = m[3].split('/').map(safeDecode);
        for (let i = 1; i <= rest.length; i++) {
            const candidate = rest.slice(i).join('/');
            const norm = normalizeRelative(candidate);
            if (norm === null)
                continue;
            if (norm !== '' && (snapshot.has(norm) || isDirectory(snapshot, norm)))
                return localTarget(snapshot, norm);
        }
        const guess = normalizeRelative(rest.slice(1).join('/'));
        if (slug === null)
            return { kind: 'external', url: value };
        return guess === null || guess === '' ? { kind: 'external', url: value } : { kind: 'local', path: guess, exists: false };
    }
    if (/^file:\/\//i.test(value)) {
        const p = safeDecode(value.replace(/^file:\/\//i, '').replace(/[?#].*$/, ''));
        // file:///abs/path cannot be trusted to mean this checkout; use it only when it names a repo path.
        const norm = p.startsWith('/') ? normalizeRelative(p) : normalizeRelative(p, baseDir);
        return norm === null || norm === '' ? { kind: 'external', url: value } : localTarget(snapshot, norm);
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(value))
        return { kind: 'external', url: value };
    const p = safeDecode(value.replace(/[?#].*$/, ''));
    const norm = p.startsWith('/') ? normalizeRelative(p) : normalizeRelative(p, baseDir);
    if (norm === null || norm === '')
        return { kind: 'external', url: value };
    return localTarget(snapshot, norm);
}

;// CONCATENATED MODULE: ./src/facts/assessment/gemara.ts
// Gemara ThreatCatalog and CapabilityCatalog files: find them, validate them against our JSON
// Schemas plus the cross-reference rules the CUE definitions make, and resolve each threat's
// capability references to a CapabilityCatalog in the repository.







/** Files parsed looking for catalogs, at most. */
const MAX_GEMARA_FILES = 200;
/** Schema and cross-reference errors kept per catalog. */
const MAX_ERRORS = 50;
const MAX_REFERENCES = 2000;
const MAX_IDS = 2000;
const MAX_ENTRIES_WALKED = 10_000;
/** Largest file parsed as a catalog: the YAML parser takes about a second per MiB. */
const MAX_CATALOG_BYTES = 1024 * 1024;
/** Bytes parsed across all candidate files, at most. */
const MAX_TOTAL_BYTES = 8 * 1024 * 1024;
const SKIP_DIRS = /(^|\/)(node_modules|vendor|third_party|\.git|dist|build|testdata|fixtures?)\//i;
const LOCKFILES = /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|yarn\.lock|composer\.lock|Pipfile\.lock)$/i;
const NAME_HINT = /(threat|gemara|catalog|capabilit)/i;
const DIR_HINT = /^(docs?|security|\.gemara)\//i;
const EXT = /\.(ya?ml|json)$/i;
let validators = null;
function getValidators() {
    if (validators)
        return validators;
    const ajv = new _2020.Ajv2020({ allErrors: true, strict: true, strictRequired: false });
    const addFormats = ((dist_default())["default"] ?? (dist_default()));
    addFormats(ajv);
    ajv.addSchema(gemara_common_schema_namespaceObject);
    validators = { threat: ajv.compile(gemara_threat_catalog_schema_namespaceObject), capability: ajv.compile(gemara_capability_catalog_schema_namespaceObject) };
    return validators;
}
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => (typeof v === 'string' ? v : null);
function quote(s, max = 80) {
    const one = s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
    return JSON.stringify(one.length > max ? one.slice(0, max) + '…' : one);
}
/** Parses YAML or JSON text without throwing, with alias expansion and nesting bounded. */
function parseYamlOrJson(text) {
    const lineCounter = new yaml_dist/* LineCounter */.HN();
    let doc;
    try {
        doc = (0,yaml_dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: true, uniqueKeys: true, strict: true });
    }
    catch (e) {
        return { ok: false, detail: `cannot be parsed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` };
    }
    if (doc.errors.length > 0) {
        const err = doc.errors[0];
        const pos = err.linePos?.[0];
        return { ok: false, line: pos?.line, column: pos?.col, detail: `malformed YAML: ${err.message.split('\n')[0].slice(0, 200)}` };
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        return { ok: false, detail: `cannot be read as data: ${e instanceof Error ? e.message.split('\n')[0].slice(0, 200) : String(e)}` };
    }
    const lineOf = (path) => {
        for (let n = path.length; n >= 0; n--) {
            let node;
            try {
                node = doc.getIn(path.slice(0, n), true);
            }
            catch {
                node = undefined;
            }
            if ((0,yaml_dist/* isNode */.Ll)(node) && node.range)
                return lineCounter.linePos(node.range[0]).line;
        }
        return undefined;
    };
    return { ok: true, file: { data, lineOf } };
}
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
function describeError(e) {
    const at = e.instancePath === '' ? 'the document' : e.instancePath;
    switch (e.keyword) {
        case 'required':
            return `${at} is missing required field ${quote(String(e.params.missingProperty))}`;
        case 'additionalProperties':
            return `${at} has a field the schema does not allow: ${quote(String(e.params.additionalProperty))}`;
        case 'unevaluatedProperties':
            return `${at} has a field the schema does not allow: ${quote(String(e.params.unevaluatedProperty))}`;
        case 'dependentRequired':
            return `${at} must have ${quote(String(e.params.missingProperty))} when it has ${quote(String(e.params.property))}`;
        case 'enum':
            return `${at} must be one of ${(e.params.allowedValues ?? []).map((v) => String(v)).join(', ')}`;
        case 'const':
            return `${at} must be ${quote(String(e.params.allowedValue))}`;
        default:
            return `${at} ${e.message ?? 'is invalid'}`;
    }
}
/** Decides whether parsed data is a Gemara threat or capability catalog. */
function catalogKind(data) {
    if (!isObj(data))
        return null;
    const meta = data.metadata;
    const type = isObj(meta) ? meta.type : undefined;
    if (type === 'ThreatCatalog')
        return 'ThreatCatalog';
    if (type === 'CapabilityCatalog')
        return 'CapabilityCatalog';
    if (typeof type === 'string')
        return null;
    const looksLikeEntries = (v) => Array.isArray(v) && v.length > 0 && v.slice(0, 20).some((t) => isObj(t) && typeof t.id === 'string' && ('title' in t || 'group' in t));
    if (looksLikeEntries(data.threats))
        return 'ThreatCatalog';
    if (looksLikeEntries(data.capabilities))
        return 'CapabilityCatalog';
    return null;
}
/** Validates one catalog: schema, then unique ids and group references (what CUE checks beyond shape). */
function validateCatalog(kind, data, lineOf = () => undefined, path) {
    const errors = [];
    const add = (detail, at) => {
        if (errors.length < MAX_ERRORS)
            errors.push({ severity: 'error', path, line: lineOf(at), detail });
    };
    const v = getValidators()[kind === 'ThreatCatalog' ? 'threat' : 'capability'];
    let ok = false;
    try {
        ok = v(data);
    }
    catch (e) {
        add(`could not be validated: ${e instanceof Error ? e.message : String(e)}`, []);
    }
    if (!ok) {
        const seen = new Set();
        for (const e of v.errors ?? []) {
            const detail = describeError(e);
            if (seen.has(detail))
                continue;
            seen.add(detail);
            add(`schema: ${detail}`, pointerToPath(e.instancePath));
        }
    }
    if (!isObj(data))
        return errors;
    const unique = (list, key) => {
        if (!Array.isArray(list))
            return;
        const ids = new Map();
        list.slice(0, MAX_ENTRIES_WALKED).forEach((item, i) => {
            const id = isObj(item) ? str(item.id) : null;
            if (id === null)
                return;
            if (ids.has(id))
                add(`duplicate id ${quote(id)} in ${key.join('.')} (first at index ${ids.get(id)})`, [...key, i, 'id']);
            else
                ids.set(id, i);
        });
    };
    const listKey = kind === 'ThreatCatalog' ? 'threats' : 'capabilities';
    unique(data.groups, ['groups']);
    unique(data[listKey], [listKey]);
    if (isObj(data.metadata)) {
        unique(data.metadata['mapping-references'], ['metadata', 'mapping-references']);
        unique(data.metadata['applicability-groups'], ['metadata', 'applicability-groups']);
    }
    const groupIds = new Set((Array.isArray(data.groups) ? data.groups : []).map((g) => (isObj(g) ? str(g.id) : null)).filter((g) => g !== null));
    if (Array.isArray(data[listKey])) {
        data[listKey].slice(0, MAX_ENTRIES_WALKED).forEach((item, i) => {
            if (!isObj(item))
                return;
            const group = str(item.group);
            if (group !== null && !groupIds.has(group)) {
                add(`${listKey}[${i}] (${quote(str(item.id) ?? '?')}) names group ${quote(group)}, which is not among the catalog's groups`, [listKey, i, 'group']);
            }
        });
    }
    return errors;
}
/**
 * Validates one file's text as a Gemara catalog of the given kind (or whatever kind it declares).
 * For tests and for callers that have the text already.
 */
function validateGemaraText(text, expected) {
    const parsed = parseYamlOrJson(text);
    if (!parsed.ok)
        return { kind: null, valid: false, errors: [{ severity: 'error', line: parsed.line, column: parsed.column, detail: parsed.detail }] };
    const kind = expected ?? catalogKind(parsed.file.data);
    if (kind === null)
        return { kind: null, valid: false, errors: [{ severity: 'error', detail: 'not a Gemara ThreatCatalog or CapabilityCatalog' }] };
    const errors = validateCatalog(kind, parsed.file.data, parsed.file.lineOf);
    return { kind, valid: errors.length === 0, errors };
}
/** Candidate files, likely places first. `extra` (e.g. the Security Insights target) goes first of all. */
function candidates(snapshot, extra) {
    const ranked = [];
    for (const f of snapshot.files) {
        if (f.kind === 'submodule')
            continue;
        const p = f.path;
        if (!EXT.test(p) || SKIP_DIRS.test(p) || LOCKFILES.test(p) || p.startsWith('.github/workflows/'))
            continue;
        const base = p.slice(p.lastIndexOf('/') + 1);
        const rank = NAME_HINT.test(base) ? 1 : DIR_HINT.test(p) ? 2 : 3;
        ranked.push([rank, p]);
    }
    ranked.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    const list = [...new Set([...extra.filter((p) => EXT.test(p) && snapshot.has(p)), ...ranked.map((r) => r[1])])];
    return { list: list.slice(0, MAX_GEMARA_FILES), truncated: list.length > MAX_GEMARA_FILES };
}
const SNIFF = /ThreatCatalog|CapabilityCatalog|(^|\n)\s*"?(threats|capabilities)"?\s*:/;
/** Finds, validates and cross-checks Gemara threat and capability catalogs. */
function gatherGemara(snapshot, options = {}) {
    const { list, truncated } = candidates(snapshot, options.extraPaths ?? []);
    const findings = [];
    const loaded = [];
    let filesParsed = 0;
    let totalBytes = 0;
    for (const path of list) {
        const r = snapshot.read(path);
        if (!r.ok) {
            if (NAME_HINT.test(path) || (options.extraPaths ?? []).includes(path))
                findings.push({ severity: 'warning', path, detail: `not read: ${r.reason}` });
            continue;
        }
        if (!SNIFF.test(r.text))
            continue;
        if (r.size > MAX_CATALOG_BYTES || totalBytes + r.size > MAX_TOTAL_BYTES) {
            if (/ThreatCatalog|CapabilityCatalog/.test(r.text) || NAME_HINT.test(path)) {
                findings.push({
                    severity: 'warning',
                    path,
                    detail: r.size > MAX_CATALOG_BYTES ? `not parsed: ${r.size} bytes is over the ${MAX_CATALOG_BYTES}-byte limit for a catalog` : 'not parsed: the total size of catalog files read reached its limit',
                });
            }
            continue;
        }
        totalBytes += r.size;
        filesParsed++;
        const parsed = parseYamlOrJson(r.text);
        if (!parsed.ok) {
            if (/ThreatCatalog|CapabilityCatalog/.test(r.text) || NAME_HINT.test(path)) {
                findings.push({ severity: 'error', path, line: parsed.line, column: parsed.column, detail: `looks like a Gemara catalog but ${parsed.detail}` });
            }
            continue;
        }
        const kind = catalogKind(parsed.file.data);
        if (kind === null)
            continue;
        const data = parsed.file.data;
        const meta = isObj(data.metadata) ? data.metadata : {};
        const errors = validateCatalog(kind, data, parsed.file.lineOf, path);
        const listKey = kind === 'ThreatCatalog' ? 'threats' : 'capabilities';
        const entries = Array.isArray(data[listKey]) ? data[listKey] : [];
        const catalog = {
            path,
            kind,
            id: str(meta.id),
            title: str(data.title),
            line: parsed.file.lineOf(isObj(data.metadata) ? ['metadata', 'type'] : [listKey]),
            valid: errors.length === 0,
            errors,
            entryCount: entries.length,
        };
        if (kind === 'CapabilityCatalog') {
            catalog.capabilityIds = entries
                .slice(0, MAX_IDS)
                .map((c) => (isObj(c) ? str(c.id) : null))
                .filter((c) => c !== null);
        }
        loaded.push({ catalog, data, file: parsed.file });
    }
    const capabilityCatalogs = loaded.filter((l) => l.catalog.kind === 'CapabilityCatalog');
    for (const l of loaded) {
        if (l.catalog.kind === 'ThreatCatalog')
            resolveCapabilities(snapshot, l, capabilityCatalogs, findings, options.repositoryUrl);
    }
    return {
        threatCatalogs: loaded.filter((l) => l.catalog.kind === 'ThreatCatalog').map((l) => l.catalog),
        capabilityCatalogs: capabilityCatalogs.map((l) => l.catalog),
        findings,
        filesParsed,
        truncated,
    };
}
function resolveCapabilities(snapshot, threat, capCatalogs, findings, repositoryUrl) {
    const { data, file, catalog } = threat;
    const path = catalog.path;
    const baseDir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    const meta = isObj(data.metadata) ? data.metadata : {};
    const mappingRefs = new Map();
    if (Array.isArray(meta['mapping-references'])) {
        for (const m of meta['mapping-references'])
            if (isObj(m) && typeof m.id === 'string' && !mappingRefs.has(m.id))
                mappingRefs.set(m.id, m);
    }
    const resolved = new Map();
    const resolveCatalog = (referenceId, at) => {
        const hit = resolved.get(referenceId);
        if (hit)
            return hit;
        const mr = mappingRefs.get(referenceId);
        let found = null;
        const url = mr ? str(mr.url) ?? undefined : undefined;
        if (!mr) {
            findings.push({ severity: 'warning', path, line: file.lineOf(at), detail: `capability reference-id ${quote(referenceId)} is not declared in metadata.mapping-references` });
        }
        if (url) {
            const t = resolveReference(snapshot, url, repositoryUrl, baseDir);
            if (t.kind === 'local')
                found = capCatalogs.find((c) => c.catalog.path === t.path) ?? null;
        }
        if (!found) {
            const byId = capCatalogs.filter((c) => c.catalog.id === referenceId);
            found = byId.find((c) => c.catalog.valid) ?? byId[0] ?? null;
        }
        if (!found) {
            findings.push({
                severity: 'error',
                path,
                line: file.lineOf(at),
                detail: `threats reference capability catalog ${quote(referenceId)}${url ? ` (${quote(url, 120)})` : ''}, but no CapabilityCatalog with that metadata.id was found in the repository`,
            });
        }
        const entry = { loaded: found, url };
        resolved.set(referenceId, entry);
        return entry;
    };
    const refs = [];
    let missingReported = 0;
    const threats = Array.isArray(data.threats) ? data.threats.slice(0, MAX_ENTRIES_WALKED) : [];
    let walked = 0;
    threats.forEach((t, i) => {
        if (!isObj(t) || !Array.isArray(t.capabilities))
            return;
        const threatId = str(t.id) ?? `threats[${i}]`;
        t.capabilities.forEach((m, j) => {
            if (!isObj(m) || typeof m['reference-id'] !== 'string' || !Array.isArray(m.entries))
                return;
            const referenceId = m['reference-id'];
            const target = resolveCatalog(referenceId, ['threats', i, 'capabilities', j, 'reference-id']);
            m.entries.forEach((e, k) => {
                if (++walked > MAX_ENTRIES_WALKED)
                    return;
                if (!isObj(e) || typeof e['reference-id'] !== 'string')
                    return;
                const capabilityId = e['reference-id'];
                const ids = target.loaded?.catalog.capabilityIds;
                const found = ids !== undefined && ids.includes(capabilityId);
                const line = file.lineOf(['threats', i, 'capabilities', j, 'entries', k, 'reference-id']);
                if (refs.length < MAX_REFERENCES) {
                    refs.push({ threatId, referenceId, capabilityId, line, catalogPath: target.loaded?.catalog.path ?? null, found });
                }
                if (target.loaded && !found && missingReported < MAX_ERRORS) {
                    missingReported++;
                    findings.push({
                        severity: 'error',
                        path,
                        line,
                        detail: `threat ${quote(threatId)} references capability ${quote(capabilityId)}, which ${target.loaded.catalog.path} (${quote(referenceId)}) does not define`,
                    });
                }
            });
        });
    });
    catalog.capabilityReferences = refs;
    catalog.referencedCatalogs = [...resolved.entries()].map(([referenceId, r]) => ({
        referenceId,
        catalogPath: r.loaded?.catalog.path ?? null,
        ...(r.url ? { url: r.url } : {}),
    }));
}

;// CONCATENATED MODULE: ./src/facts/markdown.ts
// A small Markdown outline reader: headings with the size of their sections, links and
// e-mail addresses, with line numbers. Enough to tell "a section that tells the reader how"
// from a bare mention, in time linear in the document.
const MAX_HEADINGS = 10_000;
const MAX_LINKS = 10_000;
const MAX_LINE = 10_000;
const LINK_RE = /\[([^\]\n]{0,300})\]\(\s*<?([^)\s>]{1,2000})>?(?:\s+"[^"]*")?\s*\)/g;
const AUTOLINK_RE = /<((?:https?|mailto):[^>\s]{1,2000})>/g;
const BARE_URL_RE = /(?<![(<"'=\w])(https?:\/\/[^\s)<>\]"'`]{3,2000})/g;
const EMAIL_RE = /(?<![\w.+-])([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24})(?![\w-])/g;
const HTML_HEADING_RE = /^\s*<h([1-6])[^>]*>(.*?)<\/h\1>\s*$/i;
function parseMarkdown(text) {
    const lines = text.split(/\r\n|\r|\n/);
    const headings = [];
    const links = [];
    const emails = [];
    // Per line: chars of prose (0 for headings, code, blank), and whether the line is a list item of links.
    let inFence = null;
    let proseChars = 0;
    let current = null;
    const bodies = [];
    const openHeading = (level, raw, lineNo) => {
        if (headings.length >= MAX_HEADINGS)
            return;
        const h = { level, text: cleanHeading(raw), line: lineNo, ownChars: 0, sectionChars: 0, linkListOnly: false };
        headings.push(h);
        current = { h, linkLines: 0, otherLines: 0 };
        bodies.push(current);
    };
    for (let i = 0; i < lines.length; i++) {
        let line = lines[i];
        if (line.length > MAX_LINE)
            line = line.slice(0, MAX_LINE);
        const lineNo = i + 1;
        const fence = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
        if (inFence !== null) {
            if (fence && fence[1][0] === inFence[0] && fence[1].length >= inFence.length)
                inFence = null;
            continue;
        }
        if (fence) {
            inFence = fence[1];
            continue;
        }
        const atx = /^\s{0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/.exec(line);
        if (atx) {
            openHeading(atx[1].length, atx[2] ?? '', lineNo);
            continue;
        }
        const html = HTML_HEADING_RE.exec(line);
        if (html) {
            openHeading(Number(html[1]), html[2].replace(/<[^>]*>/g, ''), lineNo);
            continue;
        }
        const next = lines[i + 1];
        if (next !== undefined && line.trim() !== '' && /^\s{0,3}(=+|-+)\s*$/.test(next) && !/^\s*([-*+]|\d+\.)\s/.test(line)) {
            openHeading(next.trim()[0] === '=' ? 1 : 2, line, lineNo);
            i++;
            continue;
        }
        if (links.length < MAX_LINKS)
            collectLinks(line, lineNo, links);
        if (emails.length < MAX_LINKS)
            collectEmails(line, lineNo, emails);
        const chars = line.replace(/\s+/g, '').length;
        if (chars === 0)
            continue;
        proseChars += chars;
        if (current !== null) {
            const c = current;
            c.h.ownChars += chars;
            if (/^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]*\]\([^)]*\)\s*$/.test(line))
                c.linkLines++;
            else
                c.otherLines++;
        }
    }
    for (const b of bodies)
        b.h.linkListOnly = b.linkLines > 0 && b.otherLines === 0;
    // Section sizes: a heading's own chars plus those of every deeper heading that follows it.
    const stack = [];
    for (const h of headings) {
        while (stack.length > 0 && stack[stack.length - 1].level >= h.level)
            stack.pop();
        for (const parent of stack)
            parent.sectionChars += h.ownChars;
        h.sectionChars += h.ownChars;
        stack.push(h);
    }
    return { headings, links, emails, lineCount: lines.length, proseChars };
}
function cleanHeading(raw) {
    return raw
        .replace(/<[^>]*>/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*_`]/g, '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 300);
}
function collectLinks(line, lineNo, out) {
    for (const m of line.matchAll(LINK_RE))
        out.push({ text: m[1].trim(), target: m[2], line: lineNo, column: (m.index ?? 0) + 1 });
    for (const m of line.matchAll(AUTOLINK_RE))
        out.push({ text: m[1], target: m[1], line: lineNo, column: (m.index ?? 0) + 1 });
    for (const m of line.matchAll(BARE_URL_RE)) {
        const target = m[1].replace(/[.,;:!?]+$/, '');
        out.push({ text: target, target, line: lineNo, column: (m.index ?? 0) + 1 });
    }
}
function collectEmails(line, lineNo, out) {
    for (const m of line.matchAll(EMAIL_RE))
        out.push({ address: m[1], line: lineNo, column: (m.index ?? 0) + 1 });
}
/**
 * The first heading whose text matches `pattern` and whose section tells the reader something
 * (at least `minChars` of prose, not just a table of contents).
 */
function findSection(outline, pattern, minChars = 40) {
    return outline.headings.find((h) => pattern.test(h.text) && h.sectionChars >= minChars && !(h.linkListOnly && h.sectionChars === h.ownChars));
}

;// CONCATENATED MODULE: ./src/facts/assessment/self-assessment-sections.json
const self_assessment_sections_namespaceObject = /*#__PURE__*/JSON.parse('{"lL":3,"CO":40,"Ns":0.5,"V0":[{"id":"metadata","title":"Metadata","required":true,"match":"^(project )?metadata$"},{"id":"security-links","title":"Security links","required":false,"parent":"metadata","match":"^security (links|documentation)$"},{"id":"overview","title":"Overview","required":true,"match":"^(project )?overview$"},{"id":"background","title":"Background","required":true,"parent":"overview","match":"^background$"},{"id":"actors","title":"Actors","required":true,"parent":"overview","match":"^(system )?actors$"},{"id":"actions","title":"Actions","required":true,"parent":"overview","match":"^actions$"},{"id":"goals","title":"Goals","required":true,"parent":"overview","match":"^(security )?goals$"},{"id":"non-goals","title":"Non-goals","required":true,"parent":"overview","match":"^(security )?non[- ]?goals$"},{"id":"self-assessment-use","title":"Self-assessment use","required":true,"match":"^(self[- ]?assessment|assessment) use$"},{"id":"security-functions","title":"Security functions and features","required":true,"match":"^security functions( and features)?$"},{"id":"project-compliance","title":"Project compliance","required":false,"match":"^(project )?compliance$"},{"id":"secure-development","title":"Secure development practices","required":true,"match":"^secure development( practices)?$"},{"id":"issue-resolution","title":"Security issue resolution","required":true,"match":"^security (issue|incident) resolution$"},{"id":"appendix","title":"Appendix","required":true,"match":"^appendix$"}]}');
;// CONCATENATED MODULE: ./src/facts/assessment/template-fingerprint.json
const template_fingerprint_namespaceObject = /*#__PURE__*/JSON.parse('{"RY":["0031e407","0036fd9e","004f6b90","005dc756","00be58c8","00ccc575","0100de7e","013bc688","018973bf","033ec055","037580b4","038b8110","03a35b1b","03af4329","04718f81","047332b8","04a20fab","04ac38f6","04bdfec9","04fcf0f5","054167e4","0589c89c","05bf4994","060fa694","062c9302","071e13f0","0739d8e5","076e3bae","07ae7700","07c555de","081e6268","081ebe79","08270b38","0833d3c2","084668d9","08d6fd3c","095e5bb1","097ed0ed","09973970","0a266f26","0a78fe9f","0b012083","0b0c105b","0b6b8e7b","0c59e3f4","0cc1890f","0cd2f8d7","0dec53c5","0e171476","0ed479a7","0f48d94f","0f554aac","1048a717","10a0d003","115645bc","117aa495","11acb187","12bcd1e3","12ddc027","13620c59","13a70aed","13b26cfa","13d5b815","13e8055e","14052327","1419dfd2","1459a9e3","148dfcbb","14928572","14b91aa2","14c130ca","1518fc4b","15a92ab8","162d5156","168ed8e8","16da2492","17328bfb","176a3021","183ec94b","185dc388","18aa8b0f","18e49318","18e98769","1912a649","1948f530","1985342d","19d6eb54","1a5e8734","1ab2b7ff","1b15eb8a","1b1961be","1b75ce03","1baae98b","1bdd92ee","1be224cd","1bfbc5a2","1c368fbb","1c62c4db","1cf4688e","1d0bb5e4","1d174d55","1d385bdb","1d5b0453","1dbb8345","1de35174","1e97367c","1ef9a59b","1efb73b2","1f7abc34","202e0ab1","20400467","204c2bb1","208f4794","20cbc1c8","2160698d","217f95d7","21a768fd","21cb61a2","21cdfe7a","21e42c2a","21eb22a4","21ed65a0","21f07e38","220100e1","224093b8","227b6c2c","229292f9","235461c5","2410e0ee","244909e6","24d8b0cd","24dbf0c4","2558a4e9","25807e29","25a3b2cf","25d76483","25e24615","25f0c9a8","260a0ea9","265a5e1c","26a5b55b","26d2f2a4","270cc868","270ddb30","2713a3d2","27367eea","27f45593","27f6dfeb","285ecea5","299a14c8","29cb10c6","2a033b84","2a093597","2a61067f","2a6a6230","2a76b9c1","2ace7cf6","2adb42a2","2b23cd65","2b62d9b9","2b896bfe","2bf92719","2c732182","2c7e0cb4","2cd143bf","2cddb8da","2cebe3e5","2d979509","2dab9c9f","2db83170","2e370d85","2efc03a0","2f524776","2f83dde0","2f946d19","2fac745d","2fdb69ed","30003ffa","3052c380","308167ad","3097daa7","30ce45c9","30dd9818","3144459f","316301f7","31e738b1","31ef54c0","3217518c","322c27d8","323d269d","324d0c43","326457c9","326488f4","326f393f","33062702","333fcf3d","33e46ead","34078216","3446a69e","3457ba05","3491952e","34b2de03","3504a3f9","35a5bbcf","360f8a76","361546e8","362b6ab0","3636d721","37685f41","37bacbe7","37caa8cb","3818aafa","38357989","384e7273","389c1dbf","38c14f28","38c716ba","38e3becd","391ad958","3926acfe","3a372fc9","3a52d662","3a6fb762","3ad8d63f","3b0a0aab","3b2d84af","3b495fcd","3b6913ce","3bd4c9e8","3c07ebd8","3c0d8761","3c9976e8","3cb79bfe","3d24422b","3d4af5e2","3dcf5b00","3e3c2f09","3e40539f","3e75a2a1","3f01f7bc","40009f57","4003e081","40056c9e","402a3c4b","407399a8","407bde8f","41540d8a","41c5a1f5","430b79e2","436af5fd","43dd9730","43e62834","43e935e5","44606af2","44ec7e43","453cce2c","45713c73","4589d54f","46271c69","4665c170","4668af03","46e96bfb","47bd3e92","47bd5ef6","4803716f","48105137","48494ce1","484fb6fd","4854f745","4880f35d","488f70a4","48c79b5e","490c3acc","49152cda","493daa5a","49455355","496bd08d","49804732","4981d89b","4a34d9f6","4a84e95f","4aa34c89","4ae2cffa","4af5ed23","4b1991b3","4b415614","4b9e1fbe","4bd33055","4c3074c7","4c4ff013","4c6e1e9e","4cdce355","4cdff994","4d0b1ecf","4d20398f","4dcd1608","4dcd1d8a","4dfd484a","4e0106ce","4e3211e4","4e65b8bd","4e7f7d64","4e8f9d51","4f21587c","4f64ff3e","4f7baa7a","4f9c243b","4fb05038","4fd56cc5","5042444f","50d92fdb","50f964bc","515b9418","51f59222","5266f71a","52e4b9b9","5315902f","53d2b07a","53da5245","543cc1a5","54579aa7","54d5dc7c","55530794","55661665","556a86ee","55936a1b","55a024d1","55bafa02","562724f5","567e77dc","56b35b45","56c33e46","56e58f40","56fbe973","57b2f58d","57b5defb","589a99e8","58ae1cbb","58f486bc","59533d88","596ff182","5a03a03a","5a087056","5a22618e","5a80c398","5aabca66","5b2df30d","5b33cb6c","5bb8f077","5c99ede4","5caffab7","5ce67db8","5df5bad7","5e0cc36e","5e2713ca","5e61f732","5e806577","5ec73375","5fc80b20","60358b63","606448e3","60db149c","60eaae38","613c1fef","6145e6d8","61619b4f","62488d01","6299fae6","62b251a3","62d8610e","62db70b0","630820d0","635d4a10","636825ae","63e53e56","6439757d","64399c0a","64bfdcd7","64dae5b1","64fec788","65058347","65079e67","6542e525","65731e61","65c387f4","65ce99b7","6626f36c","66409411","664ea85e","66649583","669ae55d","66c462d3","66cbd9f4","67698a8a","6778712a","6811f32b","693d1919","69603947","69651f0d","69673c8a","699e484a","6a105e41","6a8288b8","6ac3e840","6b0dbca2","6b11e58f","6b97646e","6bbd68e1","6be937a7","6bf25e3d","6bf8b66a","6c25661b","6cbf8d79","6ccdd4ea","6cfdd852","6d0e4f48","6d244578","6d493cda","6d4a810c","6d622b93","6daa94a7","6dfaed8c","6e044f02","6ed88178","6ee576ff","6eeb6b74","6eec9fac","6f838488","6fbdf859","6fe9154a","70105379","70234593","70954222","710d8431","714aa8da","7164f12a","71ba22b4","71c01adb","72d8da2a","7345b46d","7396b410","73e2e0e6","743facca","7448debb","7472f3e9","747376a9","7474bb52","747d107c","74acd0fc","74c4ed25","7500225a","76968b71","7721b563","775743bc","7764713a","777bf525","77c229e9","78018e9c","782218c7","787bdeea","7928aabf","79422904","79798dd8","79d42880","79e6803f","79f07a22","7a524f07","7a84eabb","7aacd1b1","7b26ab81","7b428467","7b771876","7b8503a6","7baeb44e","7bb2c33d","7bba0987","7c82041a","7c88fadf","7ce785db","7d215dca","7d6d7543","7d6db0f4","7d7692e0","7d76badf","7dede933","7e5a3731","7ef622a2","7fe7f5e0","7ffcf7c8","804545a4","80da4fa1","811e352c","814a1840","815b2a5b","817fd406","81cbe51a","82128a0d","8248088a","83046383","832060b4","83576197","83769d30","83c62bc8","83f9dd4e","842acd60","84515401","84ed12bc","8507b41e","8524785e","85265ac0","854b8818","85598bde","855d5657","861c9003","86acd810","86c0facb","87de0e90","8835b211","88c98904","890a2cb3","894fdc05","8954a3da","89f25799","8a55f549","8a5f1ac0","8aa351c0","8ae84355","8af2a949","8b2ba6b9","8ba842a8","8bc51792","8d133769","8d72456b","8d726500","8da6a3b4","8e844727","8e868360","8e8f7594","8ed396fa","8f2f7dcb","8fdae422","915b5927","91936e83","91be51a7","921a4600","92485e08","929850ca","929b1ebe","9302acff","931a58d3","93d84cbe","93e6aa7f","940cbdd1","942026fe","9470a784","94bc48f0","94ca3a76","94ea95ba","94f290dc","950ca94b","9511e541","9520236a","95360da8","95b75413","962955bd","97337dd6","97d4f1a2","982a34ee","98765c49","98d4e1da","991285df","99307240","9932efe3","99334584","9937fc15","99468276","99915b14","99ff2b6c","9af2a3ab","9b05482c","9b54c404","9b56eedd","9b6a50c3","9bd3aa7a","9c2ff15c","9c6166ba","9c6eca07","9c94fea1","9ce0cd07","9d2df7b7","9d2f92c0","9d5db9fa","9d769676","9de9b255","9e1a07ef","9e347f31","9e4b5c95","9e53d396","9e5455dc","9e798292","9effa07e","a04e6d02","a08c7d01","a0972a7a","a0ce3db3","a12b0e16","a13ea7d5","a180c5e4","a19194d9","a227eb25","a2597dc5","a2d75126","a31c1a54","a322c43f","a34e2fce","a38f5ecd","a415f098","a4785645","a4a676d4","a51a06e3","a536a620","a54606ef","a54e9c84","a5818350","a5883dd4","a58a801e","a5dfd0be","a608e7d8","a63db6a3","a69a0a9a","a6af8182","a6b835c3","a6bb6979","a6c5096d","a6d5a9f1","a6e0358c","a74bf1fb","a75c5e4d","a7a6fccf","a7ccac94","a7d668c1","a7e3d7a1","a82f9819","a8317d1a","a8403106","a8b712b0","a8d18a3e","a8eb2c61","a92da51b","a941dc27","a96392ec","aa661536","aa88a1a8","aadaa751","ab8f9ed1","aba76765","abbe1f5f","abfbc039","ac29dacd","ac94b7e3","acb352fc","adbb0323","adc5cea1","ae10854a","ae3cb01d","ae953e00","aeeae636","aef5fdbe","b04b4505","b06e4bf0","b0bca189","b12f6216","b170b964","b1a04eea","b223d46d","b22ba0e8","b24466dc","b36eb490","b4024c2d","b5264b14","b5654b0b","b57939bd","b57cc08c","b593fe85","b5d4738e","b708c42d","b73f4b22","b7847d0c","b7c75cbc","b88f86df","b8a1b3ae","b8b25140","b910a829","b923214e","b93109a0","b931e772","b937b97a","b9478479","b96b9107","ba0c47cd","ba1d94b8","ba89509f","bac383a1","baf2be53","baff0ccc","bb29832e","bba1c8c7","bba2167c","bbc48086","bc297e5f","bc7a133d","bc878663","bcef224f","bd658c19","bdf4f44f","bf7c7af6","bfb3a588","bfd1bb18","bff40116","c0e84189","c0eacc70","c0f5eb53","c1b00598","c1df2cc8","c1e5ac62","c217a19e","c23967c9","c25ee9a3","c28e0a35","c2eaba6d","c2fce606","c31761ef","c31ac689","c335f3cf","c34632e6","c3a81a00","c42837d1","c435d0e0","c49cab5a","c4b2051c","c4defa50","c4f2f493","c50c65b8","c569b329","c5cccea8","c629b9f4","c63430ad","c6799ef3","c8102897","c81b9508","c8566a65","c87ecc35","c8bf4f93","c8d423cb","c8e82218","c9750b32","ca15e11c","ca1bdf64","ca7da40f","caa8feb1","cafe9638","cb5fbd66","cba57bc1","cbc9ecb8","cc548801","cc873e7b","cd75975c","cddab8cf","ce2b8820","ce2e89cd","ce312f37","ce91bc38","cee7cb21","cf1f7e1c","cf58b0d8","cf813777","cf83ec82","cfae4f30","d024c334","d0e29bb6","d1562e5a","d1bfed83","d2673e7d","d29af76b","d2c08acb","d35685df","d3a2d5fa","d3c6b869","d405483b","d4296a59","d447a14b","d4704619","d4dedf2b","d53032f6","d578c615","d5a03d56","d5ec6f77","d667e016","d683e304","d6cabd8e","d70140f5","d721248f","d7256cc0","d7302a10","d78c2d6b","d7e4cd3f","d7ee432a","d7fc306f","d82273c6","d8811ae2","d8b7360f","d8f799ff","d9063b9c","d9091f46","d90d3d34","d93168e0","d9a70a52","da2615c5","da7af5dc","db8acb6e","db8b26df","dbb9f511","dbc32292","dbd43723","dc24d174","dc8b655b","dce1cac1","dcf001c7","dd575c2d","dd824a11","de6884a1","de7dc4d6","de9be03c","deea44a7","df179738","df9621f0","e0034f5c","e0227b71","e0351a7b","e0484b3e","e195fdc7","e1f09912","e22b51a3","e33933df","e3b6fc34","e3bc55d0","e3d8a6da","e44cb22f","e44e6efa","e44fd646","e466215f","e49f38b3","e4c032fe","e50db60f","e513f0db","e5b9bac4","e5f57077","e6460578","e669a1e1","e6708ff7","e74036c8","e7a7e2a4","e7df074c","e7e789f8","e7f90848","e936962d","e977f3f4","e9a1609b","e9ac896b","e9bc6626","e9e7d66e","ea0f1417","ea2109a7","ea333bab","ea6b9dbc","eaf4354f","eb337ee8","eb3a5425","eb4457e0","ec0bc89d","ec262723","ec6fc65c","ecd5cdbc","ed476b95","ed52fae1","ed636453","eda686a0","edc50e80","ee206042","ee9f7f5a","eebe8f5d","ef560a42","ef6fc046","efa58d1b","efd14490","eff5acaa","f003257e","f022f5ef","f03cf0b2","f0500fef","f063d29b","f0882bcf","f0f04d40","f0fbbffc","f12cb181","f181efa6","f189b398","f18dd92f","f1a6e7bd","f210e520","f2205f9a","f259da30","f273eb31","f290c8eb","f2a2d051","f2dc881c","f302376c","f304c485","f323d319","f34b2e34","f352a310","f3679bb1","f46a6c12","f48b301a","f5116f5f","f53fb316","f5503d3b","f5660c2a","f5875cbd","f59874fb","f63882cb","f63887e2","f647cc0c","f66134f2","f6d4856a","f6f27b80","f6fafbc6","f70066ce","f701237c","f763c9b6","f78a7384","f7d6df79","f8598119","f95b3965","f9ab8fc0","f9c6410d","fa197299","faaf153d","fafe4229","fb3c459c","fb5de69b","fbc3abb6","fc05433a","fc2e94c2","fca7993a","fccce1fb","fd3d7105","fd42232f","fd449a2b","fd64388f","fddd3038","fde51a05","fe31a9df","fe804b27","fea286ab","fecbfabf","fede0b31","fefa6c94","fefe750b","ff04b7b0","ff0584b4","ff7927c8","ffa57819","ffae7fcc"]}');
;// CONCATENATED MODULE: ./src/facts/assessment/template-fingerprint.ts
// Recognises text copied from the self-assessment template without keeping the template's text:
// we keep only hashes of its four-word runs (shingles). A section whose words are mostly runs
// found in the template is template instructions left in place, not the project's own words.

const SHINGLE_WORDS = 4;
const MAX_WORDS = 50_000;
/** Lower-case letter/digit words of a text, at most MAX_WORDS. */
function words(text) {
    const out = [];
    for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
        out.push(m[0]);
        if (out.length >= MAX_WORDS)
            break;
    }
    return out;
}
/** FNV-1a, 32 bits, as 8 hex digits. */
function fnv1a(s) {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
        h ^= s.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
}
function shingles(ws) {
    const out = [];
    for (let i = 0; i + SHINGLE_WORDS <= ws.length; i++)
        out.push(fnv1a(ws.slice(i, i + SHINGLE_WORDS).join(' ')));
    return out;
}
const TEMPLATE = new Set(template_fingerprint_namespaceObject.RY);
/**
 * Share of a text's words that sit inside runs also found in the template, 0..1.
 * Texts shorter than one shingle count as 0.
 */
function templateShare(text) {
    const ws = words(text);
    if (ws.length < SHINGLE_WORDS)
        return 0;
    const covered = new Uint8Array(ws.length);
    for (let i = 0; i + SHINGLE_WORDS <= ws.length; i++) {
        if (TEMPLATE.has(fnv1a(ws.slice(i, i + SHINGLE_WORDS).join(' '))))
            covered.fill(1, i, i + SHINGLE_WORDS);
    }
    let n = 0;
    for (const c of covered)
        n += c;
    return n / ws.length;
}
/**
 * The fingerprint of a template document: sorted unique shingle hashes of its body text, without
 * headings, the table of contents or HTML comments. Used to build template-fingerprint.json and,
 * in tests, to check that file against the reference template.
 */
function fingerprintOf(markdown) {
    const body = markdown
        .replace(/<!--[\s\S]*?-->/g, ' ')
        .split(/\r?\n/)
        .filter((l) => !/^\s{0,3}#{1,6}\s/.test(l) && !/^\s*[-*+]\s+\[[^\]]*\]\(#[^)]*\)\s*$/.test(l))
        .join('\n');
    // Each paragraph on its own, so runs do not join the end of one instruction to the next.
    const set = new Set();
    for (const para of body.split(/\n\s*\n/))
        for (const h of shingles(words(para)))
            set.add(h);
    return [...set].sort();
}

;// CONCATENATED MODULE: ./src/facts/assessment/self-assessment.ts
// Written self-assessments that follow the OpenSSF template: which of the template's sections
// have a real heading with a body of the project's own words (not a table of contents, not the
// template's instructions left in place), and what stage the document says it is at.




const SECTIONS = self_assessment_sections_namespaceObject.V0.map((s) => ({
    id: s.id,
    title: s.title,
    required: s.required,
    ...('parent' in s && typeof s.parent === 'string' ? { parent: s.parent } : {}),
    match: new RegExp(s.match, 'i'),
}));
const MIN_CHARS = self_assessment_sections_namespaceObject.CO;
const MIN_SECTIONS_FOR_SHAPE = self_assessment_sections_namespaceObject.lL;
const TEMPLATE_RATIO = self_assessment_sections_namespaceObject.Ns;
/** Candidate documents read at most. */
const MAX_SELF_ASSESSMENT_FILES = 20;
const NAME_RE = /(self|security)[-_ ]?assessment/i;
const MD_RE = /\.(md|markdown|mdx)$/i;
const self_assessment_SKIP_DIRS = /(^|\/)(node_modules|vendor|third_party|\.git)\//i;
const MAX_STAGE_LINES = 400;
/** Heading text as compared with the section patterns: no numbering, no trailing punctuation. */
function normalizeHeading(text) {
    return text
        .replace(/^\s*(?:\d+(?:\.\d+)*[.)]?|[ivx]+[.)]|[a-z][.)])\s+/i, '')
        .replace(/[:.\s]+$/, '')
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase();
}
/** Candidate self-assessment documents by file name, in path order. */
function candidatePaths(snapshot) {
    return snapshot.files
        .filter((f) => f.kind !== 'submodule' && MD_RE.test(f.path) && NAME_RE.test(f.path) && !self_assessment_SKIP_DIRS.test(f.path))
        .map((f) => f.path);
}
const STRIP_COMMENTS = (lines) => {
    let inComment = false;
    return lines.map((l) => {
        let out = '';
        let rest = l;
        while (rest.length > 0) {
            if (inComment) {
                const end = rest.indexOf('-->');
                if (end < 0)
                    return out;
                inComment = false;
                rest = rest.slice(end + 3);
            }
            else {
                const start = rest.indexOf('<!--');
                if (start < 0)
                    return out + rest;
                out += rest.slice(0, start);
                inComment = true;
                rest = rest.slice(start + 4);
            }
        }
        return out;
    });
};
function bodyStats(lines, ranges) {
    let letters = 0;
    let tocLines = 0;
    let otherLines = 0;
    const parts = [];
    let fence = null;
    for (const [from, to] of ranges) {
        for (let i = from; i < to && i < lines.length; i++) {
            const line = lines[i];
            const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
            if (fence !== null) {
                if (f && f[1][0] === fence[0])
                    fence = null;
                continue;
            }
            if (f) {
                fence = f[1];
                continue;
            }
            if (/^\s{0,3}(=+|-+)\s*$/.test(line) || /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(line))
                continue;
            const n = line.replace(/[^\p{L}\p{N}]+/gu, '').length;
            if (n === 0)
                continue;
            if (/^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]*\]\([^)]*\)\s*$/.test(line))
                tocLines++;
            else {
                otherLines++;
                letters += n;
                parts.push(line);
            }
        }
    }
    return { letters, tocLines, otherLines, text: parts.join('\n') };
}
function classifyBody(stats, minChars = MIN_CHARS) {
    if (stats.letters === 0)
        return { state: stats.tocLines > 0 ? 'toc' : 'empty', ownChars: 0 };
    const share = templateShare(stats.text);
    const ownChars = Math.round(stats.letters * (1 - share));
    if (share >= TEMPLATE_RATIO && stats.letters >= 20)
        return { state: 'template', ownChars };
    if (ownChars < minChars)
        return { state: stats.tocLines > stats.otherLines ? 'toc' : 'empty', ownChars };
    return { state: 'filled', ownChars };
}
const STAGE_ROW = /^\s*\|?\s*[*_]{0,2}\s*(?:assessment\s+)?stage\s*[*_]{0,2}\s*\|\s*([^|]{1,120}?)\s*(?:\||$)/i;
const STAGE_KV = /^\s*(?:[-*+]\s+)?[*_]{0,2}\s*(?:(?:assessment\s+)?stage|assessment\s+status|status\s+of\s+(?:this\s+)?(?:self[- ]?)?assessment)\s*[*_]{0,2}\s*:\s*[*_]{0,2}\s*(.{1,120})$/i;
function normalizeStage(value) {
    const v = value.toLowerCase().replace(/[*_`]/g, '').trim();
    if (/incomplete\W+complete\W+(or\s+)?obsolete/.test(v))
        return 'placeholder';
    if (/^(not\s+(yet\s+)?complete|incomplete|in[- ]progress|wip|work in progress|ongoing|started|pending|todo|tbd)/.test(v))
        return 'incomplete';
    if (/^draft/.test(v))
        return 'draft';
    if (/review/.test(v))
        return 'in-review';
    if (/^(obsolete|outdated|superseded|deprecated|archived)/.test(v))
        return 'obsolete';
    if (/^(complete|completed|done|final|finished|published|approved)\b/.test(v))
        return 'complete';
    return 'other';
}
function findStage(lines) {
    const stop = Math.min(lines.length, MAX_STAGE_LINES);
    for (let i = 0; i < stop; i++) {
        const line = lines[i].length > 1000 ? lines[i].slice(0, 1000) : lines[i];
        const m = STAGE_ROW.exec(line) ?? STAGE_KV.exec(line);
        if (m) {
            const value = m[1].replace(/[*_`]+/g, '').trim();
            if (value === '')
                continue;
            return { value: value.slice(0, 80), normalized: normalizeStage(value), line: i + 1 };
        }
    }
    return null;
}
/** Analyses one self-assessment document's text. */
function analyzeSelfAssessment(path, text, foundBy = ['name']) {
    const outline = parseMarkdown(text);
    const lines = STRIP_COMMENTS(text.split(/\r\n|\r|\n/));
    const headings = outline.headings;
    const findings = [];
    if (outline.headings.length >= 10_000)
        findings.push({ severity: 'warning', path, detail: 'more than 10,000 headings; only the first 10,000 were read' });
    // First heading matching each section, in document order.
    const matched = new Map();
    const normalized = headings.map((h) => normalizeHeading(h.text));
    for (const def of SECTIONS) {
        const idx = normalized.findIndex((t, i) => def.match.test(t) && ![...matched.values()].includes(i));
        if (idx >= 0)
            matched.set(def.id, idx);
    }
    const matchedIdx = new Set(matched.values());
    // End of a heading's whole section: the next heading of the same or a higher level.
    const sectionEnd = (i) => {
        const h = headings[i];
        for (let j = i + 1; j < headings.length; j++)
            if (headings[j].level <= h.level)
                return headings[j].line - 1;
        return lines.length;
    };
    const bodyRanges = (i) => {
        const end = sectionEnd(i);
        const ranges = [];
        let cursor = headings[i].line; // 0-based index of the line after the heading
        let j = i + 1;
        while (j < headings.length && headings[j].line - 1 < end) {
            if (matchedIdx.has(j)) {
                ranges.push([cursor, headings[j].line - 1]);
                cursor = sectionEnd(j);
                // Skip headings inside the excluded child section.
                while (j < headings.length && headings[j].line - 1 < cursor)
                    j++;
                continue;
            }
            j++;
        }
        ranges.push([cursor, end]);
        return ranges.filter(([a, b]) => b > a);
    };
    const sections = SECTIONS.map((def) => {
        const i = matched.get(def.id);
        if (i === undefined)
            return { id: def.id, title: def.title, required: def.required, state: 'missing', ownChars: 0 };
        const h = headings[i];
        const { state, ownChars } = classifyBody(bodyStats(lines, bodyRanges(i)));
        return { id: def.id, title: def.title, required: def.required, state, heading: h.text, line: h.line, ownChars };
    });
    const stage = findStage(lines);
    const requiredNotFilled = sections.filter((s) => s.required && s.state !== 'filled').map((s) => s.id);
    const present = sections.filter((s) => s.state !== 'missing').length;
    const looksLikeSelfAssessment = present >= MIN_SECTIONS_FOR_SHAPE;
    const stageSaysNotDone = stage !== null && ['incomplete', 'draft', 'obsolete'].includes(stage.normalized);
    const looksComplete = looksLikeSelfAssessment && requiredNotFilled.length === 0 && !stageSaysNotDone;
    for (const s of sections) {
        if (!s.required && s.state === 'missing')
            continue;
        const what = {
            missing: `no "${s.title}" section`,
            empty: `section "${s.title}" has a heading but no body of its own`,
            toc: `section "${s.title}" is only a list of links (a table of contents)`,
            template: `section "${s.title}": template text not filled in`,
        };
        if (s.state !== 'filled')
            findings.push({ severity: s.required ? 'error' : 'info', path, line: s.line, detail: what[s.state] });
    }
    if (stage) {
        if (stage.normalized === 'placeholder')
            findings.push({ severity: 'error', path, line: stage.line, detail: 'assessment stage is still the template placeholder' });
        else if (stageSaysNotDone)
            findings.push({ severity: 'error', path, line: stage.line, detail: `the document says its stage is ${quote(stage.value)}` });
    }
    return { path, foundBy, stage, sections, requiredNotFilled, looksLikeSelfAssessment, looksComplete, findings };
}
/** Reads and analyses the candidate documents plus any paths Security Insights points at. */
function gatherSelfAssessments(snapshot, siPaths = []) {
    const byName = candidatePaths(snapshot);
    const order = [];
    const seen = new Map();
    for (const p of siPaths) {
        if (!seen.has(p)) {
            const fb = byName.includes(p) ? ['security-insights', 'name'] : ['security-insights'];
            seen.set(p, fb);
            order.push({ path: p, foundBy: fb });
        }
    }
    for (const p of byName)
        if (!seen.has(p))
            order.push({ path: p, foundBy: ['name'] });
    const docs = [];
    for (const { path, foundBy } of order.slice(0, MAX_SELF_ASSESSMENT_FILES)) {
        const r = snapshot.read(path);
        if (!r.ok) {
            docs.push({
                path,
                foundBy,
                unreadable: r.reason,
                stage: null,
                sections: [],
                requiredNotFilled: SECTIONS.filter((s) => s.required).map((s) => s.id),
                looksLikeSelfAssessment: false,
                looksComplete: false,
                findings: [{ severity: 'error', path, detail: `self-assessment not read: ${r.reason}` }],
            });
            continue;
        }
        docs.push(analyzeSelfAssessment(path, r.text, foundBy));
    }
    return docs;
}

;// CONCATENATED MODULE: ./src/facts/assessment/si-ref.ts

const NOT_DONE = [
    /\bnot\s+(?:yet\s+)?(?:been\s+)?(?:complete[d]?|done|started|performed|conducted|written|finished|available|published|created)\b/i,
    /\b(?:has|have|is|was)\s*n[o']t\s+(?:yet\s+)?(?:been\s+)?(?:complete[d]?|done|started|performed|conducted|written|finished)\b/i,
    /\bno\s+(?:security\s+)?(?:self[- ]?)?assessments?\b/i,
    /\bnot\s+yet\b/i,
    /\b(?:to\s?do|tbd|to be (?:done|written|completed|determined))\b/i,
    /\b(?:planned|upcoming|coming soon|work in progress|in progress|wip|pending)\b/i,
];
const BARE_NONE = /^\s*(?:none|n\/?a|no|nothing|-+|\.+|null|tbd|todo)\s*[.!]?\s*$/i;
/** The phrase that says "not done", or null. */
function notDonePhrase(comment) {
    if (comment === undefined)
        return null;
    const c = comment.slice(0, 4000);
    if (BARE_NONE.test(c))
        return c.trim();
    for (const re of NOT_DONE) {
        const m = re.exec(c);
        if (m)
            return m[0];
    }
    return null;
}
/** A repository path or URL written inside a comment, when the entry has no evidence field. */
function referenceInComment(comment) {
    const url = /https?:\/\/[^\s)<>"'`]+/.exec(comment);
    if (url)
        return url[0].replace(/[.,;:!?]+$/, '');
    const path = /(?:^|[\s(`'"])((?:\.\/)?[\w.-]+(?:\/[\w.-]+)*\.(?:md|markdown|ya?ml|json))\b/i.exec(comment);
    return path ? path[1] : null;
}
function analyzeSelfRef(snapshot, input, repositoryUrl) {
    const value = typeof input.value === 'string' ? input.value : '';
    const comment = typeof input.comment === 'string' ? input.comment : undefined;
    let target = resolveReference(snapshot, value, repositoryUrl);
    if (target.kind === 'none' && comment) {
        const inComment = referenceInComment(comment);
        if (inComment)
            target = resolveReference(snapshot, inComment, repositoryUrl);
    }
    const phrase = notDonePhrase(comment);
    return {
        value,
        ...(comment !== undefined ? { comment: comment.slice(0, 500) } : {}),
        ...(typeof input.name === 'string' ? { name: input.name.slice(0, 200) } : {}),
        ...(typeof input.date === 'string' ? { date: input.date.slice(0, 40) } : {}),
        ...(input.path !== undefined ? { path: input.path } : {}),
        ...(input.line !== undefined ? { line: input.line } : {}),
        ...(input.column !== undefined ? { column: input.column } : {}),
        target,
        saysNotDone: phrase !== null,
        ...(phrase !== null ? { notDoneReason: phrase.slice(0, 120) } : {}),
    };
}

;// CONCATENATED MODULE: ./src/facts/assessment/index.ts






const MD = /\.(md|markdown|mdx)$/i;
const DATA = /\.(ya?ml|json)$/i;
/**
 * Threat catalogs that meet the objective's Gemara form: valid, with at least one capability
 * reference, and every reference resolved to a valid CapabilityCatalog that defines it.
 */
function completeThreatCatalogs(g) {
    const validCaps = new Set(g.capabilityCatalogs.filter((c) => c.valid).map((c) => c.path));
    return g.threatCatalogs.filter((t) => {
        const refs = t.capabilityReferences ?? [];
        return t.valid && refs.length > 0 && refs.every((r) => r.found && r.catalogPath !== null && validCaps.has(r.catalogPath));
    });
}
/** Whether a Security Insights target (a file or a directory) covers a given repository path. */
function targetCovers(si, path) {
    if (!si || si.target.kind !== 'local' || !si.target.exists)
        return false;
    if (si.target.directory)
        return si.target.path === '' || path.startsWith(si.target.path + '/');
    return si.target.path === path;
}
function gatherAssessment(snapshot, options = {}) {
    const si = options.selfAssessmentRef ? analyzeSelfRef(snapshot, options.selfAssessmentRef, options.repositoryUrl) : null;
    const siPaths = [];
    const siData = [];
    if (si && si.target.kind === 'local' && si.target.exists) {
        if (si.target.directory) {
            const prefix = si.target.path === '' ? '' : si.target.path + '/';
            for (const f of snapshot.files) {
                if (!f.path.startsWith(prefix))
                    continue;
                const rest = f.path.slice(prefix.length);
                if (rest.includes('/'))
                    continue;
                if (MD.test(rest) && /^(readme|index)\./i.test(rest))
                    siPaths.push(f.path);
                if (DATA.test(rest))
                    siData.push(f.path);
            }
        }
        else if (MD.test(si.target.path))
            siPaths.push(si.target.path);
        else if (DATA.test(si.target.path))
            siData.push(si.target.path);
    }
    const gemara = gatherGemara(snapshot, { extraPaths: siData, repositoryUrl: options.repositoryUrl });
    const selfAssessments = gatherSelfAssessments(snapshot, siPaths);
    return { gemara, selfAssessments, securityInsights: si, mismatch: findMismatch(si, gemara, selfAssessments) };
}
function findMismatch(si, gemara, docs) {
    if (!si || !si.saysNotDone)
        return null;
    const doneDoc = docs.find((d) => d.looksComplete);
    const doneCatalog = completeThreatCatalogs(gemara)[0];
    const done = doneDoc?.path ?? doneCatalog?.path;
    if (!done)
        return null;
    return {
        severity: 'error',
        path: si.path,
        line: si.line,
        column: si.column,
        detail: `Security Insights repository.security.assessments.self says the assessment is not done (${quote(si.notDoneReason ?? '')}), but ${done} looks complete; Security Insights wins until it is updated`,
    };
}

// EXTERNAL MODULE: ./src/facts/git.ts + 1 modules
var facts_git = __webpack_require__(8114);
;// CONCATENATED MODULE: ./src/facts/dco.ts

const DEFAULT_MAX_COMMITS = 200;
/** Below this many visible commits in a shallow clone, the sample says nothing about the practice. */
const MIN_SHALLOW_SAMPLE = 10;
const MAX_UNSIGNED_LISTED = 5;
const SIGN_OFF = /^[ \t]*Signed-off-by:[ \t]*([^<\n]*?)[ \t]*<([^>\n]+)>[ \t]*$/gim;
function gatherDco(snapshot, options = {}) {
    const max = Math.max(1, Math.min(5000, Math.floor(options.maxCommits ?? DEFAULT_MAX_COMMITS)));
    const facts = {
        isRepo: false,
        shallow: false,
        commitsVisible: 0,
        commitsExamined: 0,
        signedOff: 0,
        signedOffByAuthor: 0,
        mergeCommitsSkipped: 0,
        unsigned: [],
        dcoFile: findDcoFile(snapshot),
        claOrDcoCheck: findChecks(snapshot),
        docMentions: findDocMentions(snapshot),
        decidable: false,
    };
    const root = snapshot.root;
    if ((0,facts_git/* runGit */.EO)(root, ['rev-parse', '--git-dir']) === null) {
        facts.reason = 'not a git work tree: commit sign-offs cannot be examined';
        return facts;
    }
    facts.isRepo = true;
    facts.shallow = (0,facts_git/* runGit */.EO)(root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
    // --no-show-signature: a hostile repository config (log.showSignature + gpg.program) must not run programs.
    const log = (0,facts_git/* runGit */.EO)(root, ['-c', 'log.showSignature=false', 'log', '--no-show-signature', '--no-color', '-z', '-n', String(max), '--format=%H%x1f%P%x1f%ae%x1f%B', 'HEAD', '--']);
    if (log === null) {
        facts.reason = 'the repository has no commits (or HEAD cannot be read)';
        return facts;
    }
    for (const rec of log.split('\0')) {
        if (!rec.trim())
            continue;
        const [sha, parents, authorEmail] = rec.split('\x1f', 3);
        if (sha === undefined || parents === undefined || authorEmail === undefined)
            continue;
        const body = rec.slice(sha.length + parents.length + authorEmail.length + 3);
        if (!/^[0-9a-f]{40,64}$/.test(sha.trim()))
            continue;
        facts.commitsVisible++;
        if (parents.trim().split(/\s+/).filter(Boolean).length > 1) {
            facts.mergeCommitsSkipped++;
            continue;
        }
        facts.commitsExamined++;
        const emails = [];
        SIGN_OFF.lastIndex = 0;
        for (let m = SIGN_OFF.exec(body); m; m = SIGN_OFF.exec(body))
            emails.push(m[2].trim().toLowerCase());
        if (emails.length > 0) {
            facts.signedOff++;
            if (emails.includes(authorEmail.trim().toLowerCase()))
                facts.signedOffByAuthor++;
        }
        else if (facts.unsigned.length < MAX_UNSIGNED_LISTED) {
            facts.unsigned.push({ kind: 'git', detail: `commit ${sha.trim().slice(0, 12)} has no Signed-off-by trailer` });
        }
    }
    if (facts.commitsVisible === 0) {
        facts.reason = 'the repository has no commits';
    }
    else if (facts.commitsExamined === 0) {
        facts.reason = `all ${facts.commitsVisible} visible commits are merge commits`;
    }
    else if (facts.shallow && facts.commitsVisible < max && facts.commitsVisible < MIN_SHALLOW_SAMPLE) {
        facts.reason = `shallow clone: only ${facts.commitsVisible} commit(s) visible, too few to judge sign-offs; check out with full history (actions/checkout fetch-depth: 0)`;
    }
    else {
        facts.decidable = true;
        if (facts.shallow)
            facts.reason = `shallow clone: ${facts.commitsVisible} commit(s) visible`;
        else if (facts.commitsVisible < max)
            facts.reason = `the whole history (${facts.commitsVisible} commit(s)) was examined`;
    }
    return facts;
}
function findDcoFile(snapshot) {
    for (const dir of ['', '.github', 'docs']) {
        const hits = snapshot.filesIn(dir, (b) => /^dco(\.(md|txt|rst|adoc|markdown))?$/i.test(b));
        for (const f of hits) {
            if (f.kind === 'symlink' || f.kind === 'submodule')
                continue;
            const r = snapshot.read(f.path);
            const real = r.ok && /Developer Certificate of Origin/i.test(r.text);
            return { kind: 'file', path: f.path, detail: real ? 'DCO file with the Developer Certificate of Origin text' : 'file named DCO, without the Developer Certificate of Origin text' };
        }
    }
    return null;
}
const CHECK_CONFIGS = [
    { test: /^\.github\/dco\.ya?ml$/i, detail: 'DCO app (probot/dco) configuration' },
    { test: /^(\.github\/)?\.?clabot$/i, detail: 'CLA bot (clabot) configuration' },
    { test: /^(\.github\/)?\.?cla\.(json|ya?ml)$/i, detail: 'CLA check configuration' },
    { test: /^\.github\/cla-signatures?\.json$|^signatures\/version\d+\/cla\.json$/i, detail: 'CLA signature record (CLA Assistant)' },
    { test: /^\.github\/easycla\.ya?ml$/i, detail: 'EasyCLA configuration' },
];
const WORKFLOW_MARKERS = [
    { re: /cla-assistant|contributor-assistant/i, detail: 'workflow runs CLA Assistant' },
    { re: /easycla/i, detail: 'workflow refers to EasyCLA' },
    { re: /probot\/dco|dcoapp/i, detail: 'workflow refers to the DCO app' },
    { re: /(^|[^a-z0-9])dco([^a-z0-9]|$)/i, detail: 'workflow runs a DCO check' },
    { re: /signed-off-by|--signoff/i, detail: 'workflow checks Signed-off-by trailers' },
];
const MAX_WORKFLOWS = 500;
function findChecks(snapshot) {
    const out = [];
    let workflowsRead = 0;
    for (const f of snapshot.files) {
        if (f.kind === 'symlink' || f.kind === 'submodule')
            continue;
        const cfg = CHECK_CONFIGS.find((c) => c.test.test(f.path));
        if (cfg) {
            out.push({ kind: 'file', path: f.path, detail: cfg.detail });
            continue;
        }
        if (!/^\.github\/workflows\/[^/]+\.ya?ml$/i.test(f.path) || out.length >= 50 || ++workflowsRead > MAX_WORKFLOWS)
            continue;
        const r = snapshot.read(f.path);
        if (!r.ok)
            continue;
        const lines = r.text.split('\n');
        for (let i = 0; i < lines.length; i++) {
            const line = lines[i];
            if (/^\s*#/.test(line) || line.length > 2000)
                continue;
            const hit = WORKFLOW_MARKERS.find((w) => w.re.test(line));
            if (hit) {
                out.push({ kind: 'workflow', path: f.path, line: i + 1, column: line.search(/\S/) + 1, detail: hit.detail });
                break;
            }
        }
    }
    return out;
}
const DOC_MARKERS = [
    { re: /Developer Certificate of Origin/i, detail: 'DCO: mentions the Developer Certificate of Origin' },
    { re: /Signed-off-by/i, detail: 'DCO: mentions Signed-off-by' },
    { re: /(^|[^A-Za-z0-9])DCO([^A-Za-z0-9]|$)/, detail: 'DCO: mentions the DCO' },
    { re: /git commit\s+(-\S*s\b|--signoff)|--signoff/, detail: 'DCO: tells contributors to sign off commits' },
    { re: /Contributor License Agreement/i, detail: 'CLA: mentions a Contributor License Agreement' },
    { re: /(^|[^A-Za-z0-9])CLA([^A-Za-z0-9]|$)/, detail: 'CLA: mentions the CLA' },
];
function findDocMentions(snapshot) {
    const out = [];
    const docs = [];
    for (const dir of ['', '.github', 'docs']) {
        for (const f of snapshot.filesIn(dir, (b) => /^(contributing|pull_request_template)(\.(md|rst|txt|adoc|markdown))?$/i.test(b))) {
            if (f.kind !== 'symlink' && f.kind !== 'submodule')
                docs.push(f.path);
        }
    }
    for (const path of docs) {
        const r = snapshot.read(path);
        if (!r.ok)
            continue;
        const lines = r.text.split('\n');
        const seen = new Set();
        for (let i = 0; i < lines.length && seen.size < DOC_MARKERS.length; i++) {
            for (const d of DOC_MARKERS) {
                if (seen.has(d.detail))
                    continue;
                const m = d.re.exec(lines[i]);
                if (!m)
                    continue;
                seen.add(d.detail);
                const column = m.index + (m[1] !== undefined && m[0].startsWith(m[1]) ? m[1].length : 0) + 1;
                out.push({ kind: 'file', path, line: i + 1, column, detail: d.detail });
            }
        }
    }
    return out;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/facts/dependencies.ts
// Dependency manifests, lockfiles, container base images, submodules and vendored code.
// Feeds OSPS-QA-02.01 (a dependency list exists) and OSPS-BR-05.01 (dependencies come in through
// standard tooling: a package manager's manifest plus lockfile rather than `curl ... | sh`).
// Files are chosen by name from the listing; only those candidates are read, each at most once.


const MAX_MANIFESTS = 5000;
const MAX_SCRIPTS = 5000;
const MAX_PIPE_INSTALLS = 200;
const MAX_FROM_LINES = 2000;
const MAX_SCRIPT_BYTES = 1024 * 1024;
/** Total bytes this module reads; past it, manifests are listed without being read and scripts are not scanned. */
const dependencies_MAX_TOTAL_BYTES = 64 * 1024 * 1024;
/** Size of a listed file without reading it; Infinity when it cannot be stat'ed. */
function sizeOf(snapshot, path) {
    try {
        return (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(snapshot.root, ...path.split('/'))).size;
    }
    catch {
        return Infinity;
    }
}
const exact = (...names) => {
    const set = new Set(names);
    return (base) => set.has(base);
};
const MATCHERS = [
    { ecosystem: 'npm', kind: 'manifest', test: exact('package.json'), declares: npmDeclares },
    { ecosystem: 'npm', kind: 'lockfile', test: exact('package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb') },
    { ecosystem: 'go', kind: 'manifest', test: exact('go.mod'), declares: (t) => /^\s*require\b/m.test(t) },
    { ecosystem: 'go', kind: 'lockfile', test: exact('go.sum') },
    { ecosystem: 'cargo', kind: 'manifest', test: exact('Cargo.toml'), declares: cargoDeclares },
    { ecosystem: 'cargo', kind: 'lockfile', test: exact('Cargo.lock') },
    { ecosystem: 'pypi', kind: 'manifest', test: (b) => /^requirements.*\.(txt|in)$/i.test(b), declares: (t) => requirementLines(t).length > 0 },
    { ecosystem: 'pypi', kind: 'manifest', test: exact('pyproject.toml'), declares: pyprojectDeclares },
    { ecosystem: 'pypi', kind: 'manifest', test: exact('Pipfile'), declares: (t) => tomlSectionHasEntries(t, /^(dev-)?packages$/) },
    { ecosystem: 'pypi', kind: 'manifest', test: exact('setup.py'), declares: (t) => /\binstall_requires\s*=\s*\[\s*[^\]\s]/.test(t) },
    { ecosystem: 'pypi', kind: 'manifest', test: exact('setup.cfg'), declares: (t) => /^\s*install_requires\s*=\s*\S|^\s*install_requires\s*=\s*\n[ \t]+\S/m.test(t) },
    { ecosystem: 'pypi', kind: 'lockfile', test: exact('Pipfile.lock', 'poetry.lock', 'uv.lock', 'pdm.lock', 'pylock.toml') },
    { ecosystem: 'maven', kind: 'manifest', test: exact('pom.xml'), declares: (t) => /<dependency>/.test(t) },
    { ecosystem: 'gradle', kind: 'manifest', test: exact('build.gradle', 'build.gradle.kts'), declares: gradleDeclares },
    { ecosystem: 'gradle', kind: 'manifest', test: exact('libs.versions.toml') },
    { ecosystem: 'gradle', kind: 'lockfile', test: (b) => b === 'gradle.lockfile' || (b.endsWith('.lockfile') && b.startsWith('buildscript-gradle')) },
    { ecosystem: 'rubygems', kind: 'manifest', test: (b) => b === 'Gemfile' || b === 'gems.rb' || b.endsWith('.gemspec'), declares: (t) => /^\s*(gem|s\.add_(runtime_|development_)?dependency|spec\.add_(runtime_|development_)?dependency)\b/m.test(t) },
    { ecosystem: 'rubygems', kind: 'lockfile', test: exact('Gemfile.lock', 'gems.locked') },
    { ecosystem: 'composer', kind: 'manifest', test: exact('composer.json'), declares: composerDeclares },
    { ecosystem: 'composer', kind: 'lockfile', test: exact('composer.lock') },
    { ecosystem: 'nuget', kind: 'manifest', test: (b) => /\.(cs|fs|vb)proj$/.test(b) || b === 'Directory.Packages.props' || b === 'packages.config', declares: (t) => /<(PackageReference|PackageVersion|package)\s/i.test(t) },
    { ecosystem: 'nuget', kind: 'lockfile', test: exact('packages.lock.json') },
    { ecosystem: 'swift', kind: 'manifest', test: exact('Package.swift'), declares: (t) => /\.package\s*\(/.test(t) },
    { ecosystem: 'swift', kind: 'lockfile', test: exact('Package.resolved') },
    { ecosystem: 'pub', kind: 'manifest', test: exact('pubspec.yaml'), declares: (t) => /^(dev_)?dependencies:\s*\n[ \t]+\S/m.test(t) },
    { ecosystem: 'pub', kind: 'lockfile', test: exact('pubspec.lock') },
    { ecosystem: 'hex', kind: 'manifest', test: exact('mix.exs'), declares: (t) => /\{\s*:[a-z_0-9]+\s*,/.test(t) },
    { ecosystem: 'hex', kind: 'lockfile', test: exact('mix.lock') },
    { ecosystem: 'helm', kind: 'manifest', test: exact('Chart.yaml'), declares: (t) => /^dependencies:\s*\n\s*-\s/m.test(t) },
    { ecosystem: 'helm', kind: 'lockfile', test: exact('Chart.lock') },
];
/** Directory names whose content is someone else's code, copied in. */
const VENDOR_DIRS = new Set(['vendor', 'third_party', 'third-party', 'thirdparty', 'node_modules']);
function segments(path) {
    return path.split('/');
}
/** Index of the first vendored directory segment, or -1. */
function vendoredAt(parts) {
    for (let i = 0; i < parts.length - 1; i++)
        if (VENDOR_DIRS.has(parts[i]))
            return i;
    return -1;
}
function isDockerfileName(base) {
    const lower = base.toLowerCase();
    return lower === 'dockerfile' || lower === 'containerfile' || lower.startsWith('dockerfile.') || lower.endsWith('.dockerfile') || lower.endsWith('.containerfile');
}
function isScriptCandidate(path, base, kind) {
    if (isDockerfileName(base))
        return true;
    if (/\.(sh|bash|zsh|ksh|ps1)$/i.test(base))
        return true;
    if (base === 'Makefile' || base === 'makefile' || base === 'GNUmakefile' || base.endsWith('.mk'))
        return true;
    if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path))
        return true;
    if (/^\.github\/actions\/.+\/action\.ya?ml$/.test(path) || base === 'action.yml' || base === 'action.yaml')
        return true;
    // An extension-less executable is usually a script.
    return kind === 'executable' && !base.includes('.');
}
function gatherDependencies(snapshot) {
    const manifests = [];
    const dockerfiles = [];
    const pipeInstalls = [];
    const vendoredCounts = new Map();
    const submodules = [];
    const scripts = [];
    let truncated = false;
    let budget = dependencies_MAX_TOTAL_BYTES;
    /** Reads a file when it fits in the remaining budget. */
    const readText = (path, maxBytes) => {
        const size = sizeOf(snapshot, path);
        if (!Number.isFinite(size) || size > maxBytes)
            return null;
        if (size > budget) {
            truncated = true;
            return null;
        }
        budget -= size;
        const r = snapshot.read(path);
        return r.ok ? r.text : null;
    };
    for (const f of snapshot.files) {
        const parts = segments(f.path);
        const base = parts[parts.length - 1];
        const v = vendoredAt(parts);
        if (v >= 0) {
            const dir = parts.slice(0, v + 1).join('/');
            vendoredCounts.set(dir, (vendoredCounts.get(dir) ?? 0) + 1);
            continue;
        }
        if (f.kind === 'submodule') {
            submodules.push({ path: f.path, url: null, line: null });
            continue;
        }
        if (f.kind === 'symlink')
            continue;
        for (const m of MATCHERS) {
            if (!m.test(base))
                continue;
            if (manifests.length >= MAX_MANIFESTS) {
                truncated = true;
                break;
            }
            let declares = null;
            const text = m.declares ? readText(f.path, Infinity) : null;
            if (m.declares && text !== null) {
                try {
                    declares = m.declares(text);
                }
                catch {
                    declares = null;
                }
            }
            manifests.push({ path: f.path, ecosystem: m.ecosystem, kind: m.kind, declaresDependencies: declares });
            break;
        }
        if (isScriptCandidate(f.path, base, f.kind)) {
            if (scripts.length < MAX_SCRIPTS)
                scripts.push(f.path);
            else
                truncated = true;
        }
    }
    // Submodules as declared in .gitmodules, merged with the index entries.
    const gm = snapshot.get('.gitmodules') ? snapshot.read('.gitmodules') : null;
    if (gm && gm.ok) {
        for (const decl of parseGitmodules(gm.text)) {
            const existing = submodules.find((s) => s.path === decl.path);
            if (existing) {
                existing.url = decl.url;
                existing.line = decl.line;
            }
            else
                submodules.push(decl);
        }
    }
    for (const path of scripts) {
        const base = path.slice(path.lastIndexOf('/') + 1);
        const text = readText(path, MAX_SCRIPT_BYTES);
        if (text === null || text.includes('\0'))
            continue;
        if (isDockerfileName(base)) {
            for (const from of parseDockerfileFroms(text)) {
                if (dockerfiles.length >= MAX_FROM_LINES) {
                    truncated = true;
                    break;
                }
                dockerfiles.push({ path, ...from });
            }
        }
        for (const hit of findPipeInstalls(text)) {
            if (pipeInstalls.length >= MAX_PIPE_INSTALLS) {
                truncated = true;
                break;
            }
            pipeInstalls.push({ kind: path.startsWith('.github/workflows/') ? 'workflow' : 'file', path, line: hit.line, column: hit.column, detail: hit.detail });
        }
    }
    return {
        manifests,
        ecosystems: summarise(manifests, snapshot),
        dockerfiles,
        submodules,
        vendored: [...vendoredCounts].map(([path, files]) => ({ path, files })).sort((a, b) => (a.path < b.path ? -1 : 1)),
        pipeInstalls,
        truncated,
    };
}
function summarise(manifests, snapshot) {
    const by = new Map();
    for (const m of manifests) {
        let e = by.get(m.ecosystem);
        if (!e)
            by.set(m.ecosystem, (e = { name: m.ecosystem, manifests: [], lockfiles: [], pinned: false }));
        (m.kind === 'lockfile' ? e.lockfiles : e.manifests).push(m.path);
    }
    for (const e of by.values()) {
        e.pinned = e.lockfiles.length > 0;
        if (!e.pinned && e.name === 'pypi') {
            // pip-compile style: requirements files where every requirement pins an exact version.
            const reqs = e.manifests.filter((p) => /(^|\/)requirements[^/]*\.txt$/i.test(p));
            if (reqs.length > 0) {
                e.pinned = reqs.every((p) => {
                    const r = snapshot.read(p);
                    if (!r.ok)
                        return false;
                    const lines = requirementLines(r.text);
                    return lines.length > 0 && lines.every((l) => /===?\s*[^\s,;*]+\s*(;.*)?(\s+--hash=\S+)*\s*\\?$/.test(l) || /^-r\s|^--requirement\s|^-c\s/.test(l));
                });
            }
        }
    }
    return [...by.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}
function npmDeclares(text) {
    const j = parseJsonObject(text);
    if (!j)
        return null;
    for (const k of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies', 'bundledDependencies']) {
        const v = j[k];
        if (Array.isArray(v) ? v.length > 0 : v && typeof v === 'object' && Object.keys(v).length > 0)
            return true;
    }
    return false;
}
function composerDeclares(text) {
    const j = parseJsonObject(text);
    if (!j)
        return null;
    for (const k of ['require', 'require-dev']) {
        const v = j[k];
        // "php" and "ext-*" entries are platform requirements, not packages.
        if (v && typeof v === 'object' && Object.keys(v).some((name) => name !== 'php' && !name.startsWith('ext-')))
            return true;
    }
    return false;
}
function parseJsonObject(text) {
    try {
        const v = JSON.parse(text);
        return v && typeof v === 'object' && !Array.isArray(v) ? v : null;
    }
    catch {
        return null;
    }
}
function cargoDeclares(text) {
    return tomlSectionHasEntries(text, /^(workspace\.)?(dev-|build-)?dependencies(\..+)?$|^target\..+\.(dev-|build-)?dependencies(\..+)?$/);
}
function pyprojectDeclares(text) {
    // PEP 621: dependencies = ["x", ...] under [project]; Poetry: [tool.poetry.dependencies] beyond python.
    if (/^\s*dependencies\s*=\s*\[\s*(#[^\n]*\n\s*)*["']/m.test(text))
        return true;
    if (/^\s*\[project\.optional-dependencies\]\s*\n\s*[A-Za-z0-9_.-]+\s*=\s*\[\s*["']/m.test(text))
        return true;
    if (/^\s*\[dependency-groups\]\s*\n\s*[A-Za-z0-9_.-]+\s*=\s*\[\s*["']/m.test(text))
        return true;
    return tomlSectionHasEntries(text, /^tool\.poetry\.(dev-)?dependencies$|^tool\.poetry\.group\..+\.dependencies$/, (key) => key !== 'python');
}
/** True when a TOML table whose name matches `section` has at least one key (optionally filtered). */
function tomlSectionHasEntries(text, section, keep = () => true) {
    let inSection = false;
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const header = /^\[\[?\s*([^\]]+?)\s*\]\]?/.exec(line);
        if (header) {
            const name = header[1].replace(/["']/g, '');
            inSection = section.test(name);
            // [dependencies.foo] is itself a dependency entry.
            if (inSection && /(^|\.)dependencies\.[^.]+$/.test(name))
                return true;
            continue;
        }
        if (inSection) {
            const key = /^["']?([A-Za-z0-9_.-]+)["']?\s*=/.exec(line);
            if (key && keep(key[1]))
                return true;
        }
    }
    return false;
}
function gradleDeclares(text) {
    return /\b(implementation|api|compileOnly|runtimeOnly|testImplementation|testRuntimeOnly|androidTestImplementation|annotationProcessor|kapt|ksp|classpath|compile|testCompile)\s*[('"]/.test(text);
}
/** Requirement lines of a pip requirements file: comments, blanks and pip options removed (except -r/-c includes). */
function requirementLines(text) {
    const out = [];
    for (const raw of text.split('\n')) {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (!line)
            continue;
        if (line.startsWith('-') && !/^(-r|--requirement|-c|--constraint|-e|--editable)\s/.test(line))
            continue;
        if (/^\s*--hash=/.test(line))
            continue;
        out.push(line);
    }
    return out;
}
function parseGitmodules(text) {
    const out = [];
    let current = null;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length && out.length < 10_000; i++) {
        const line = lines[i].trim();
        if (/^\[submodule\b/.test(line)) {
            current = { path: '', url: null, line: i + 1 };
            out.push(current);
            continue;
        }
        if (!current)
            continue;
        const kv = /^(path|url)\s*=\s*(.*)$/.exec(line);
        if (kv) {
            if (kv[1] === 'path')
                current.path = kv[2].trim();
            else
                current.url = kv[2].trim();
        }
    }
    return out.filter((s) => s.path !== '');
}
/** FROM lines of a Dockerfile, following line continuations; stage references and `scratch` are left out. */
function parseDockerfileFroms(text) {
    const out = [];
    const stages = new Set();
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const startLine = i + 1;
        let logical = lines[i];
        while (/\\\s*$/.test(logical) && i + 1 < lines.length && logical.length < 8192) {
            logical = logical.replace(/\\\s*$/, ' ') + lines[++i];
        }
        const m = /^\s*FROM\s+(.*)$/i.exec(logical);
        if (!m)
            continue;
        const words = m[1].trim().split(/\s+/).filter((w) => !w.startsWith('--'));
        const image = words[0];
        if (!image)
            continue;
        const isStageRef = stages.has(image.toLowerCase());
        if (words.length >= 3 && words[1].toLowerCase() === 'as')
            stages.add(words[2].toLowerCase());
        if (image.toLowerCase() === 'scratch' || isStageRef)
            continue;
        out.push({ line: startLine, image, pinnedByDigest: /@sha256:[0-9a-f]{64}\b/i.test(image) });
    }
    return out;
}
const PIPE_INSTALL = /\b(curl|wget)\b[^|\n;&]*\|\s*(sudo\s+(-\S+\s+)*)?(env\s+[^\s=]+=\S*\s+)*(ba|z|da|k)?sh\b|\b(curl|wget|iwr|Invoke-WebRequest|irm|Invoke-RestMethod)\b[^|\n;&]*\|\s*(sudo\s+)?(python3?|perl|ruby|node|iex|Invoke-Expression)\b|\b(ba|z)?sh\s+(-c\s+)?["']?\s*[<$]\(\s*(curl|wget)\b/g;
/** Downloads piped straight into a shell or interpreter. */
function findPipeInstalls(text) {
    const out = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length && out.length < 50; i++) {
        const line = lines[i];
        if (line.length > 4096 || !/curl|wget|iwr|invoke-/i.test(line))
            continue;
        if (/^\s*#(?!!)/.test(line))
            continue; // a comment, in shell, YAML, Dockerfile and make
        PIPE_INSTALL.lastIndex = 0;
        const m = PIPE_INSTALL.exec(line);
        if (!m)
            continue;
        const shown = m[0].length > 120 ? m[0].slice(0, 117) + '...' : m[0];
        out.push({ line: i + 1, column: m.index + 1, detail: `download piped into an interpreter: "${shown}"` });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/facts/documents.ts
// The project's documentation as outlines: which well-known documents exist, where, and what
// sections they have. Rules ask "is there a section that tells the reader how to X".

/** Where GitHub looks for community health files, in its order of preference. */
const COMMUNITY_DIRS = ['', '.github/', 'docs/'];
const ROLE_NAMES = [
    ['readme', /^readme(\.[a-z]+)?$/i],
    ['contributing', /^contributing(\.[a-z]+)?$/i],
    ['security', /^security(\.[a-z]+)?$/i],
    ['support', /^support(\.[a-z]+)?$/i],
    ['governance', /^governance(\.[a-z]+)?$/i],
    ['maintainers', /^(maintainers|owners|committers|codeowners-list)(\.[a-z]+)?$/i],
    ['codeowners', /^codeowners$/i],
    ['code-of-conduct', /^code[_-]of[_-]conduct(\.[a-z]+)?$/i],
    ['changelog', /^(changelog|changes|history|news|releases?|release[_-]notes)(\.[a-z]+)?$/i],
];
const TEXT_DOC = /\.(md|markdown|mdx|rst|txt|adoc|asciidoc)$/i;
const MAX_DOCS_FILES = 300;
function gatherDocuments(snap) {
    const byPath = {};
    const roles = {};
    const add = (path, role) => {
        if (!byPath[path]) {
            const r = snap.read(path);
            byPath[path] = r.ok ? { path, role, outline: parseMarkdown(r.text) } : { path, role, outline: null, unreadable: r.reason };
        }
        (roles[role] ??= []).push(path);
    };
    for (const dir of COMMUNITY_DIRS) {
        for (const f of snap.filesIn(dir)) {
            if (f.kind === 'submodule')
                continue;
            const base = f.path.slice(dir.length);
            for (const [role, re] of ROLE_NAMES) {
                if (re.test(base) && (role === 'codeowners' || TEXT_DOC.test(base) || !base.includes('.'))) {
                    add(f.path, role);
                    break;
                }
            }
        }
    }
    for (const f of snap.files) {
        if (f.kind === 'submodule')
            continue;
        if (f.path.startsWith('.github/ISSUE_TEMPLATE/') && !f.path.slice(23).includes('/'))
            add(f.path, 'issue-template');
        else if (/^(\.github\/|docs\/)?pull_request_template\.md$/i.test(f.path) || f.path.startsWith('.github/PULL_REQUEST_TEMPLATE/'))
            add(f.path, 'pull-request-template');
    }
    let docsCount = 0;
    for (const f of snap.files) {
        if (docsCount >= MAX_DOCS_FILES)
            break;
        if (f.kind === 'submodule' || byPath[f.path])
            continue;
        if (/^(docs?|documentation|website\/docs|site\/content)\//i.test(f.path) && /\.(md|markdown|mdx)$/i.test(f.path)) {
            add(f.path, 'docs');
            docsCount++;
        }
    }
    return { byPath, roles };
}
/** First readable document of a role. */
function documentOf(docs, role) {
    for (const p of docs.roles[role] ?? []) {
        const d = docs.byPath[p];
        if (d)
            return d;
    }
    return undefined;
}
function documentsOf(docs, role) {
    return (docs.roles[role] ?? []).map((p) => docs.byPath[p]).filter((d) => d !== undefined);
}

;// CONCATENATED MODULE: ./src/facts/fetch-text.ts
// HTTPS GET of a small text document (a parent Security Insights file): time- and size-bounded.
async function fetchText(url, options = {}) {
    if (!url.startsWith('https://'))
        throw new Error('only HTTPS URLs are fetched');
    const maxBytes = options.maxBytes ?? 1024 * 1024;
    const res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });
    if (!res.ok)
        throw new Error(`HTTP ${res.status}`);
    const declared = Number(res.headers.get('content-length') ?? '0');
    if (declared > maxBytes)
        throw new Error(`larger than ${maxBytes} bytes`);
    const reader = res.body?.getReader();
    if (!reader)
        return '';
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > maxBytes) {
            await reader.cancel();
            throw new Error(`larger than ${maxBytes} bytes`);
        }
        chunks.push(value);
    }
    return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

;// CONCATENATED MODULE: ./src/facts/github/branch.ts
function decide(evidence) {
    const yes = evidence.filter((e) => e.says === true);
    if (yes.length > 0)
        return { value: true, sources: yes.map((e) => e.source) };
    const unknown = evidence.filter((e) => e.says === undefined);
    if (unknown.length === 0)
        return { value: false, sources: evidence.map((e) => e.source) };
    return { value: null, sources: [], note: unknown.map((e) => e.unknownNote).filter(Boolean).join('; ') };
}
function summariseBranchProtection(branchName, rules, classic, branch) {
    const rulesNote = rules.state === 'unknown' ? `rulesets unknown: ${rules.reason}` : undefined;
    const classicNote = classic.state === 'unknown' ? `classic branch protection unknown: ${classic.reason}` : undefined;
    const ruleEvidence = (pred) => rules.state === 'ok'
        ? { says: pred(rules.data), source: rules.source.endpoint }
        : { says: undefined, source: rules.endpoint ?? 'rulesets', unknownNote: rulesNote };
    // Classic protection: read directly when the token may; otherwise the branch's `protected: false`
    // still proves there is none.
    const classicEvidence = (pred) => {
        if (classic.state === 'ok')
            return { says: classic.data.enabled && pred(classic.data), source: classic.source.endpoint };
        if (branch.state === 'ok' && !branch.data.protected)
            return { says: false, source: branch.source.endpoint };
        return { says: undefined, source: classic.endpoint ?? 'classic protection', unknownNote: classicNote };
    };
    const hasRule = (type) => (data) => data.rules.some((r) => r.type === type);
    const pullRequestRequired = decide([
        ruleEvidence(hasRule('pull_request')),
        classicEvidence((c) => c.pullRequestReviewsRequired),
    ]);
    const statusEvidence = [
        ruleEvidence((d) => d.rules.some((r) => r.type === 'required_status_checks' && (r.requiredStatusChecks?.length ?? 0) > 0)),
        classicEvidence((c) => c.statusChecksRequired),
    ];
    if (branch.state === 'ok' && branch.data.statusCheckEnforcement && branch.data.statusCheckEnforcement !== 'off' && branch.data.statusCheckContexts.length > 0) {
        statusEvidence.push({ says: true, source: branch.source.endpoint });
    }
    const statusChecksRequired = decide(statusEvidence);
    const deletionBlocked = decide([ruleEvidence(hasRule('deletion')), classicEvidence((c) => !c.allowDeletions)]);
    const forcePushBlocked = decide([ruleEvidence(hasRule('non_fast_forward')), classicEvidence((c) => !c.allowForcePushes)]);
    return {
        branch: branchName,
        pullRequestRequired,
        requiredApprovals: approvals(pullRequestRequired, rules, classic),
        statusChecksRequired,
        deletionBlocked,
        forcePushBlocked,
    };
}
function approvals(pr, rules, classic) {
    if (pr.value === false)
        return { value: 0, sources: pr.sources };
    if (pr.value === null)
        return { value: null, sources: [], note: pr.note };
    const counts = [];
    if (rules.state === 'ok') {
        for (const rule of rules.data.rules) {
            if (rule.type === 'pull_request')
                counts.push({ n: rule.requiredApprovingReviewCount ?? 0, source: rules.source.endpoint });
        }
    }
    if (classic.state === 'ok' && classic.data.enabled && classic.data.pullRequestReviewsRequired) {
        counts.push({ n: classic.data.requiredApprovingReviewCount, source: classic.source.endpoint });
    }
    const max = Math.max(...counts.map((c) => c.n));
    const sources = [...new Set(counts.filter((c) => c.n === max).map((c) => c.source))];
    const unread = [rules.state === 'unknown' ? 'rulesets' : null, classic.state === 'unknown' ? 'classic branch protection' : null].filter(Boolean);
    return unread.length > 0
        ? { value: max, sources, note: `at least ${max}: ${unread.join(' and ')} could not be read` }
        : { value: max, sources };
}

;// CONCATENATED MODULE: ./src/facts/github/http.ts
const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_RESPONSE_BYTES = 5 * 1024 * 1024;
const DEFAULT_RETRY = { attempts: 3, baseDelayMs: 500, maxDelayMs: 20_000 };
const silentLog = { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } };
async function createApiClient(options) {
    const timeoutMs = positive(options.timeoutMs, DEFAULT_TIMEOUT_MS);
    const maxBytes = positive(options.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES);
    const retry = {
        attempts: Math.max(1, Math.floor(positive(options.retry?.attempts, DEFAULT_RETRY.attempts))),
        baseDelayMs: nonNegative(options.retry?.baseDelayMs, DEFAULT_RETRY.baseDelayMs),
        maxDelayMs: nonNegative(options.retry?.maxDelayMs, DEFAULT_RETRY.maxDelayMs),
    };
    const token = options.token;
    const scrub = (text) => scrubToken(text, token);
    // Loaded lazily: the CLI must start fast and the bundle should not pay for it when offline.
    const github = await Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 1351));
    const utils = await __webpack_require__.e(/* import() */ 665).then(__webpack_require__.bind(__webpack_require__, 8665));
    const defaultFetch = utils.defaults.request?.fetch;
    const innerFetch = defaultFetch ?? ((url, init) => globalThis.fetch(url, init));
    const octokit = github.getOctokit(token, { baseUrl: options.apiUrl.replace(/\/+$/, ''), log: silentLog });
    async function attempt(route, params) {
        const controller = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            controller.abort();
        }, timeoutMs);
        let outcome;
        const wrappedFetch = async (url, init) => {
            const signal = init?.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal;
            let response;
            try {
                response = await innerFetch(url, { ...init, signal });
            }
            catch (error) {
                outcome = timedOut
                    ? { type: 'failure', kind: 'timeout', detail: '' }
                    : { type: 'failure', kind: 'network', detail: scrub(describeNetworkError(error)) };
                throw error;
            }
            const read = await readCapped(response, maxBytes);
            if (read.type !== 'ok') {
                outcome = timedOut
                    ? { type: 'failure', kind: 'timeout', detail: '' }
                    : { type: 'failure', kind: read.type, detail: '' };
                throw new Error(read.type);
            }
            const text = new TextDecoder('utf-8').decode(read.bytes);
            outcome = { type: 'response', response: { status: response.status, headers: response.headers, text } };
            // Hand Octokit a small, already-read copy; it never touches the network body.
            const headers = new Headers(response.headers);
            headers.delete('content-length');
            headers.delete('content-encoding');
            const nullBody = [101, 103, 204, 205, 304].includes(response.status);
            return new Response(nullBody ? null : read.bytes, {
                status: response.status,
                statusText: response.statusText,
                headers,
            });
        };
        try {
            await octokit.request(route, {
                ...params,
                request: { fetch: wrappedFetch, parseSuccessResponseBody: false },
            });
        }
        catch (error) {
            // Octokit throws for HTTP errors and for whatever our wrapper threw; `outcome` knows which.
            if (!outcome) {
                outcome = timedOut
                    ? { type: 'failure', kind: 'timeout', detail: '' }
                    : { type: 'failure', kind: 'network', detail: scrub(describeNetworkError(error)) };
            }
        }
        finally {
            clearTimeout(timer);
        }
        return outcome ?? { type: 'failure', kind: 'network', detail: 'no response' };
    }
    async function get(route, params) {
        let last;
        for (let n = 1; n <= retry.attempts; n++) {
            const outcome = await attempt(route, params);
            const isLast = n === retry.attempts;
            const backoff = Math.min(retry.baseDelayMs * 2 ** (n - 1), retry.maxDelayMs);
            if (outcome.type === 'failure') {
                switch (outcome.kind) {
                    case 'timeout':
                        return { ok: false, kind: 'timeout', reason: `timed out after ${timeoutMs} ms` };
                    case 'too-large':
                        return { ok: false, kind: 'too-large', reason: `response too large (over ${formatBytes(maxBytes)})` };
                    case 'truncated':
                        return { ok: false, kind: 'truncated', reason: 'response truncated' };
                    case 'network':
                        last = {
                            ok: false,
                            kind: 'network',
                            reason: `network error after ${n} attempt${n === 1 ? '' : 's'}${outcome.detail ? `: ${outcome.detail}` : ''}`,
                        };
                        if (isLast)
                            return last;
                        await sleep(backoff);
                        continue;
                }
            }
            const { status, headers, text } = outcome.response;
            if (status >= 200 && status < 300)
                return parseSuccess(status, headers, text);
            const apiMessage = errorMessage(text, scrub);
            const base = { ok: false, status, ...(apiMessage ? { apiMessage } : {}) };
            if (status >= 500) {
                last = { ...base, kind: 'server-error', reason: `server error after ${n} attempt${n === 1 ? '' : 's'} (last HTTP ${status})` };
                if (isLast)
                    return last;
                await sleep(backoff);
                continue;
            }
            if (status === 403 || status === 429) {
                const retryAfter = parseRetryAfter(headers.get('retry-after'));
                const secondary = /secondary rate limit/i.test(apiMessage ?? '') || retryAfter !== null;
                const remaining = headers.get('x-ratelimit-remaining');
                if (!secondary && remaining === '0') {
                    const reset = Number(headers.get('x-ratelimit-reset'));
                    const until = Number.isFinite(reset) && reset > 0 ? `; resets at ${new Date(reset * 1000).toISOString()}` : '';
                    return { ...base, kind: 'rate-limited', reason: `rate limited (HTTP ${status}): API rate limit exhausted${until}` };
                }
                if (secondary || status === 429) {
                    const wait = retryAfter !== null ? retryAfter * 1000 : backoff;
                    if (retryAfter !== null && wait > retry.maxDelayMs) {
                        return {
                            ...base,
                            kind: 'rate-limited',
                            reason: `rate limited (HTTP ${status}, secondary rate limit): GitHub asked to wait ${retryAfter} s, longer than this run waits`,
                        };
                    }
                    last = {
                        ...base,
                        kind: 'rate-limited',
                        reason: `rate limited (HTTP ${status}, secondary rate limit) after ${n} attempt${n === 1 ? '' : 's'}`,
                    };
                    if (isLast)
                        return last;
                    await sleep(Math.min(wait, retry.maxDelayMs));
                    continue;
                }
            }
            return { ...base, kind: 'http', reason: `HTTP ${status}` };
        }
        /* c8 ignore next */
        return last ?? { ok: false, kind: 'network', reason: 'no attempt made' };
    }
    return { get };
}
function parseSuccess(status, headers, text) {
    const hasNextPage = /rel="next"/.test(headers.get('link') ?? '');
    if (status === 204 || text.length === 0)
        return { ok: true, status, data: null, hasNextPage };
    try {
        return { ok: true, status, data: JSON.parse(text), hasNextPage };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : '';
        const trimmed = text.trimStart();
        const looksJson = trimmed.startsWith('{') || trimmed.startsWith('[');
        if (looksJson && /end of JSON input|Unterminated|Expected .* after|Bad control character/i.test(message) && endsEarly(text)) {
            return { ok: false, kind: 'truncated', status, reason: 'response truncated' };
        }
        return { ok: false, kind: 'not-json', status, reason: 'response was not JSON' };
    }
}
/** A JSON document cut short has unbalanced brackets; a malformed complete one usually does not. */
function endsEarly(text) {
    let depth = 0;
    let inString = false;
    let escaped = false;
    for (const ch of text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (ch === '\\')
                escaped = true;
            else if (ch === '"')
                inString = false;
            continue;
        }
        if (ch === '"')
            inString = true;
        else if (ch === '{' || ch === '[')
            depth++;
        else if (ch === '}' || ch === ']')
            depth--;
    }
    return inString || depth > 0;
}
async function readCapped(response, maxBytes) {
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel().catch(() => { });
        return { type: 'too-large' };
    }
    if (!response.body)
        return { type: 'ok', bytes: new Uint8Array(0) };
    const reader = response.body.getReader();
    const chunks = [];
    let total = 0;
    try {
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            total += value.byteLength;
            if (total > maxBytes) {
                await reader.cancel().catch(() => { });
                return { type: 'too-large' };
            }
            chunks.push(value);
        }
    }
    catch {
        // The connection closed before the declared length arrived (or the read was aborted).
        return { type: 'truncated' };
    }
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.byteLength;
    }
    return { type: 'ok', bytes };
}
function errorMessage(text, scrub) {
    if (!text)
        return undefined;
    try {
        const parsed = JSON.parse(text);
        if (parsed && typeof parsed === 'object' && typeof parsed.message === 'string') {
            return shorten(scrub(parsed.message));
        }
    }
    catch {
        // not JSON: no message to report
    }
    return undefined;
}
function parseRetryAfter(value) {
    if (value === null || value.trim() === '')
        return null;
    const seconds = Number(value.trim());
    if (Number.isFinite(seconds) && seconds >= 0)
        return seconds;
    const date = Date.parse(value);
    if (Number.isFinite(date))
        return Math.max(0, Math.ceil((date - Date.now()) / 1000));
    return null;
}
function describeNetworkError(error) {
    if (!(error instanceof Error))
        return 'unknown error';
    const cause = error.cause;
    if (cause instanceof Error) {
        const code = cause.code;
        return shorten(typeof code === 'string' ? code : cause.message);
    }
    return shorten(error.message);
}
function scrubToken(text, token) {
    if (!token || token.length < 4)
        return text;
    return text.split(token).join('***');
}
function shorten(text, max = 200) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0)
        return `${bytes / (1024 * 1024)} MB`;
    return `${bytes} bytes`;
}
function positive(value, fallback) {
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}
function nonNegative(value, fallback) {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}
function sleep(ms) {
    return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

;// CONCATENATED MODULE: ./src/facts/github/releases.ts
const SIGNATURE_SUFFIXES = ['.sig', '.asc', '.sigstore', '.sigstore.json', '.bundle', '.minisig', '.p7s'];
const CERTIFICATE_SUFFIXES = ['.pem', '.crt', '.cert'];
const SBOM_SUFFIXES = ['.spdx', '.spdx.json', '.spdx.xml', '.spdx.yaml', '.spdx.yml', '.cdx.json', '.cdx.xml'];
const CHECKSUM_SUFFIXES = ['.sha256', '.sha512', '.sha256sum', '.sha512sum', '.sha1', '.md5'];
/** What an asset is, judged by its name only. A signature over a checksum file is a signature. */
function classifyAsset(name) {
    const lower = name.toLowerCase();
    const kinds = [];
    if (SIGNATURE_SUFFIXES.some((s) => lower.endsWith(s)))
        return ['signature'];
    if (CERTIFICATE_SUFFIXES.some((s) => lower.endsWith(s)))
        return ['certificate'];
    if (SBOM_SUFFIXES.some((s) => lower.endsWith(s)) ||
        /(^|[^a-z])s?bom\.(json|xml)$/.test(lower) ||
        /(^|[^a-z])sbom([^a-z]|$)/.test(lower) ||
        lower.includes('cyclonedx')) {
        kinds.push('sbom');
    }
    if (lower.endsWith('.intoto.jsonl') || lower.endsWith('.intoto.json') || lower.includes('provenance')) {
        kinds.push('provenance');
    }
    if (CHECKSUM_SUFFIXES.some((s) => lower.endsWith(s)) ||
        /^(sha(1|256|384|512)|md5)sums?([._-].*)?$/.test(lower) ||
        /(^|[^a-z])checksums?([^a-z]|$)/.test(lower)) {
        kinds.push('checksum');
    }
    if (/(^|[^a-z])(licen[cs]es?|copying|notice)([^a-z]|$)/.test(lower))
        kinds.push('license');
    return kinds;
}
/**
 * The version a tag names: `v1.2.3` → `1.2.3`, `tool-v2.0.0-rc.1` → `2.0.0-rc.1`;
 * a tag without a dotted number is its own version.
 */
function versionFromTag(tag) {
    const match = /\d+(?:\.\d+)+(?:[-+][0-9A-Za-z.-]+)?/.exec(tag);
    return match ? match[0] : tag.replace(/^v(?=\d)/, '');
}
function assetContainsVersion(assetName, tag) {
    const version = versionFromTag(tag);
    if (!version)
        return false;
    return assetName.toLowerCase().includes(version.toLowerCase());
}
const CHANGE_WORDS = /(change ?log|what'?s changed|release notes|breaking|bug ?fix|fix(es|ed)?\b|features?\b|added|removed|deprecat|security|improvements?|full changelog)/i;
/** True when a release body reads like release notes: change words and some structure. */
function looksLikeChangelog(body) {
    const text = body.trim();
    if (text.length < 20)
        return false;
    const bullets = text.split(/\r?\n/).filter((line) => /^\s*([-*+]|\d+\.)\s+\S/.test(line)).length;
    const headings = /^\s{0,3}#{1,6}\s+\S/m.test(text);
    return CHANGE_WORDS.test(text) && (bullets >= 1 || headings || text.length >= 80);
}
function describeRelease(raw) {
    const assets = raw.assets.map((asset) => ({
        name: asset.name,
        size: asset.size,
        browserDownloadUrl: asset.browserDownloadUrl,
        kinds: classifyAsset(asset.name),
        containsVersion: assetContainsVersion(asset.name, raw.tagName),
    }));
    const has = (kind) => assets.some((a) => a.kinds.includes(kind));
    // Signatures, certificates, checksum lists, provenance and licenses are commonly named after
    // the artifact or not versioned at all; the version check is about the artifacts themselves.
    const artifacts = assets.filter((a) => !a.kinds.some((k) => k !== 'sbom'));
    return {
        tagName: raw.tagName,
        name: raw.name,
        draft: raw.draft,
        prerelease: raw.prerelease,
        publishedAt: raw.publishedAt,
        htmlUrl: raw.htmlUrl,
        bodyLength: raw.body.length,
        hasChangelogBody: looksLikeChangelog(raw.body),
        assets,
        hasSignature: has('signature'),
        hasSbom: has('sbom'),
        hasProvenance: has('provenance'),
        hasChecksums: has('checksum'),
        hasLicense: has('license'),
        assetNamesContainVersion: artifacts.length > 0 && artifacts.every((a) => a.containsVersion),
    };
}
/** Derived facts over the published (non-draft) releases. */
function summariseReleases(releases) {
    const published = releases.filter((r) => !r.draft);
    const seen = new Map();
    for (const r of published)
        seen.set(r.tagName, (seen.get(r.tagName) ?? 0) + 1);
    const duplicateTagNames = [...seen].filter(([, count]) => count > 1).map(([tag]) => tag);
    const latest = [...published]
        .filter((r) => r.publishedAt)
        .sort((a, b) => Date.parse(b.publishedAt ?? '') - Date.parse(a.publishedAt ?? ''))[0] ?? published[0];
    const count = (pred) => published.filter(pred).length;
    return {
        publishedCount: published.length,
        releasesExist: published.length > 0,
        uniqueTagNames: duplicateTagNames.length === 0,
        duplicateTagNames,
        latest: latest ? { tagName: latest.tagName, publishedAt: latest.publishedAt, htmlUrl: latest.htmlUrl } : null,
        withAssets: count((r) => r.assets.length > 0),
        withSignatures: count((r) => r.hasSignature),
        withSbom: count((r) => r.hasSbom),
        withProvenance: count((r) => r.hasProvenance),
        withChecksums: count((r) => r.hasChecksums),
        withLicense: count((r) => r.hasLicense),
        withChangelogBody: count((r) => r.hasChangelogBody),
        withVersionedAssetNames: count((r) => r.assetNamesContainVersion),
    };
}

;// CONCATENATED MODULE: ./src/facts/github/gather.ts
// Gathers everything the rules want from the GitHub REST API, once per run, all requests in
// parallel. Without a token, or offline, nothing is sent and every answer says why.




const ENDPOINTS = {
    repo: 'GET /repos/{owner}/{repo}',
    branchRules: 'GET /repos/{owner}/{repo}/rules/branches/{branch}',
    classicProtection: 'GET /repos/{owner}/{repo}/branches/{branch}/protection',
    branch: 'GET /repos/{owner}/{repo}/branches/{branch}',
    releases: 'GET /repos/{owner}/{repo}/releases',
    tags: 'GET /repos/{owner}/{repo}/tags',
    privateVulnerabilityReporting: 'GET /repos/{owner}/{repo}/private-vulnerability-reporting',
    securityAdvisories: 'GET /repos/{owner}/{repo}/security-advisories',
    workflowRuns: 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
};
/** Token permissions (fine-grained / workflow `permissions:` names) each endpoint needs. */
const PERMISSIONS = {
    repo: 'metadata: read',
    branchRules: 'metadata: read',
    classicProtection: 'administration: read',
    branch: 'contents: read',
    releases: 'contents: read',
    tags: 'metadata: read',
    privateVulnerabilityReporting: 'administration: read',
    securityAdvisories: 'repository security advisories: read',
    workflowRuns: 'actions: read',
};
const DEFAULT_API_URL = 'https://api.github.com';
/** Shape problems in a 200 response: the server answered, but not with what GitHub documents. */
class ShapeError extends Error {
}
async function gatherGitHubFacts(options) {
    const apiUrl = (options.apiUrl || process.env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, '');
    const scannerFiles = options.scannerWorkflowFiles ?? [];
    const [owner, repo, ...rest] = options.repository.split('/');
    const hint = options.defaultBranchHint?.trim() || null;
    let skip = null;
    if (options.offline)
        skip = 'offline run';
    else if (!options.token)
        skip = 'no token';
    else if (!owner || !repo || rest.length > 0)
        skip = `repository "${options.repository}" is not in owner/name form`;
    if (skip !== null || !options.token)
        return skipped(options.repository, apiUrl, skip ?? 'no token', scannerFiles, hint);
    const token = options.token;
    let client;
    try {
        client = await createApiClient({
            token,
            apiUrl,
            timeoutMs: options.timeoutMs,
            maxResponseBytes: options.maxResponseBytes,
            retry: options.retry,
        });
    }
    catch (error) {
        const message = scrubToken(error instanceof Error ? error.message : String(error), token);
        return skipped(options.repository, apiUrl, `GitHub client could not be loaded: ${message}`, scannerFiles, hint);
    }
    const base = { owner, repo };
    const ask = async (key, params, parse, special) => {
        const endpoint = ENDPOINTS[key];
        let result;
        try {
            result = await client.get(endpoint, { ...base, ...params });
        }
        catch (error) {
            // Never let one odd request sink the whole gathering.
            return { state: 'unknown', reason: `request failed: ${scrubToken(error instanceof Error ? error.message : String(error), token)}`, endpoint };
        }
        if (!result.ok) {
            const handled = special?.(result);
            if (handled !== undefined)
                return { state: 'ok', data: handled, source: { endpoint } };
            return failureToUnknown(result, endpoint, PERMISSIONS[key]);
        }
        try {
            return { state: 'ok', data: parse(result.data, result.hasNextPage), source: { endpoint } };
        }
        catch (error) {
            if (error instanceof ShapeError) {
                return { state: 'unknown', reason: `response did not have the documented shape: ${error.message}`, endpoint, httpStatus: result.status };
            }
            return { state: 'unknown', reason: `response could not be read: ${error instanceof Error ? error.message : String(error)}`, endpoint, httpStatus: result.status };
        }
    };
    const branchLevel = (branch) => gatherBranchLevel(ask, branch, scannerFiles);
    const repoP = ask('repo', {}, parseRepository);
    const hintedP = hint ? branchLevel(hint) : null;
    const releasesP = ask('releases', { per_page: 100 }, parseReleases);
    const tagsP = ask('tags', { per_page: 100 }, parseTags);
    const pvrP = ask('privateVulnerabilityReporting', {}, parsePrivateVulnerabilityReporting);
    const advisoriesP = ask('securityAdvisories', { state: 'published', per_page: 100 }, parseAdvisories);
    const repoAnswer = await repoP;
    const apiBranch = repoAnswer.state === 'ok' ? repoAnswer.data.defaultBranch : null;
    let defaultBranch;
    let level;
    if (apiBranch && apiBranch !== hint) {
        // No hint, or a wrong one: ask again about the branch GitHub calls the default.
        if (hintedP)
            await hintedP;
        defaultBranch = { name: apiBranch, from: 'api' };
        level = await branchLevel(apiBranch);
    }
    else if (hint && hintedP) {
        defaultBranch = { name: hint, from: apiBranch ? 'api' : 'hint' };
        level = await hintedP;
    }
    else {
        const reason = `default branch unknown (repository metadata: ${repoAnswer.state === 'unknown' ? repoAnswer.reason : 'no default branch'})`;
        defaultBranch = { name: null, from: null };
        level = unknownBranchLevel({ state: 'unknown', reason }, scannerFiles);
    }
    const facts = {
        repository: options.repository,
        apiUrl,
        queried: true,
        skippedReason: null,
        defaultBranch,
        repo: repoAnswer,
        branchRules: level.rules,
        classicProtection: level.classic,
        branch: level.branch,
        branchProtection: summariseBranchProtection(defaultBranch.name, level.rules, level.classic, level.branch),
        releases: await releasesP,
        tags: await tagsP,
        privateVulnerabilityReporting: await pvrP,
        securityAdvisories: await advisoriesP,
        scannerRuns: level.runs,
    };
    // Defence in depth: nothing the server sent back may smuggle the token into the facts.
    return scrubDeep(facts, token);
}
async function gatherBranchLevel(ask, branch, scannerFiles) {
    const rulesP = ask('branchRules', { branch, per_page: 100 }, (data, more) => parseBranchRules(branch, data, more));
    const classicP = ask('classicProtection', { branch }, (data) => parseClassicProtection(branch, data), (failure) => failure.status === 404 && /branch not protected/i.test(failure.apiMessage ?? '') ? notProtected(branch) : undefined);
    const branchP = ask('branch', { branch }, parseBranch);
    const runsP = Promise.all(scannerFiles.map(async (workflow) => ({
        workflow,
        branch,
        lastSuccess: await ask('workflowRuns', { workflow_id: external_node_path_.posix.basename(workflow), status: 'success', branch, per_page: 1 }, parseLastRun),
    })));
    return { rules: await rulesP, classic: await classicP, branch: await branchP, runs: await runsP };
}
function unknownBranchLevel(unknown, scannerFiles) {
    return {
        rules: { ...unknown, endpoint: ENDPOINTS.branchRules },
        classic: { ...unknown, endpoint: ENDPOINTS.classicProtection },
        branch: { ...unknown, endpoint: ENDPOINTS.branch },
        runs: scannerFiles.map((workflow) => ({ workflow, branch: null, lastSuccess: { ...unknown, endpoint: ENDPOINTS.workflowRuns } })),
    };
}
function skipped(repository, apiUrl, reason, scannerFiles, hint) {
    const unknown = (key) => ({ state: 'unknown', reason, endpoint: ENDPOINTS[key] });
    const rules = unknown('branchRules');
    const classic = unknown('classicProtection');
    const branch = unknown('branch');
    return {
        repository,
        apiUrl,
        queried: false,
        skippedReason: reason,
        defaultBranch: { name: hint, from: hint ? 'hint' : null },
        repo: unknown('repo'),
        branchRules: rules,
        classicProtection: classic,
        branch,
        branchProtection: summariseBranchProtection(hint, rules, classic, branch),
        releases: unknown('releases'),
        tags: unknown('tags'),
        privateVulnerabilityReporting: unknown('privateVulnerabilityReporting'),
        securityAdvisories: unknown('securityAdvisories'),
        scannerRuns: scannerFiles.map((workflow) => ({ workflow, branch: hint, lastSuccess: unknown('workflowRuns') })),
    };
}
function failureToUnknown(failure, endpoint, permission) {
    const out = { state: 'unknown', reason: failure.reason, endpoint };
    if (failure.status !== undefined)
        out.httpStatus = failure.status;
    if (failure.kind === 'http') {
        switch (failure.status) {
            case 401:
                out.reason = 'token was rejected (HTTP 401)';
                break;
            case 403:
                out.reason = `token lacks permission (HTTP 403): needs ${permission}`;
                out.permission = permission;
                break;
            case 404:
                // GitHub also answers 404 when the token may not see the resource.
                out.reason = `not found (HTTP 404); a token without ${permission} also gets 404`;
                out.permission = permission;
                break;
            case 410:
                out.reason = 'gone (HTTP 410): the feature is disabled for this repository';
                break;
            default:
                out.reason = `unexpected HTTP ${failure.status ?? 'status'}`;
        }
        if (failure.apiMessage)
            out.reason += ` — GitHub said: "${failure.apiMessage}"`;
    }
    return out;
}
function obj(value, what) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new ShapeError(`${what} is not an object`);
    return value;
}
function arr(value, what) {
    if (!Array.isArray(value))
        throw new ShapeError(`${what} is not an array`);
    return value;
}
function reqStr(o, key, what) {
    const v = o[key];
    if (typeof v !== 'string')
        throw new ShapeError(`${what}.${key} is not a string`);
    return v;
}
function optStr(o, key) {
    const v = o[key];
    return typeof v === 'string' ? v : null;
}
function optBool(o, key) {
    const v = o[key];
    return typeof v === 'boolean' ? v : null;
}
function optNum(o, key) {
    const v = o[key];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
function enabledFlag(o, key) {
    const v = o[key];
    if (v && typeof v === 'object' && typeof v.enabled === 'boolean')
        return v.enabled;
    return null;
}
function parseRepository(data) {
    const o = obj(data, 'repository');
    const isPrivate = optBool(o, 'private');
    if (isPrivate === null)
        throw new ShapeError('repository.private is not a boolean');
    return {
        fullName: reqStr(o, 'full_name', 'repository'),
        visibility: optStr(o, 'visibility') ?? (isPrivate ? 'private' : 'public'),
        private: isPrivate,
        defaultBranch: reqStr(o, 'default_branch', 'repository'),
        hasIssues: optBool(o, 'has_issues'),
        hasDiscussions: optBool(o, 'has_discussions'),
        archived: optBool(o, 'archived') ?? false,
        fork: optBool(o, 'fork') ?? false,
        htmlUrl: reqStr(o, 'html_url', 'repository'),
    };
}
function parseBranchRules(branch, data, more) {
    const rules = arr(data, 'rules').map((item, i) => {
        const o = obj(item, `rules[${i}]`);
        const rule = {
            type: reqStr(o, 'type', `rules[${i}]`),
            rulesetId: optNum(o, 'ruleset_id'),
            rulesetSource: optStr(o, 'ruleset_source'),
            rulesetSourceType: optStr(o, 'ruleset_source_type'),
        };
        const p = o.parameters && typeof o.parameters === 'object' ? o.parameters : {};
        if (rule.type === 'pull_request') {
            rule.requiredApprovingReviewCount = optNum(p, 'required_approving_review_count') ?? 0;
            rule.dismissStaleReviewsOnPush = optBool(p, 'dismiss_stale_reviews_on_push') ?? false;
            rule.requireCodeOwnerReview = optBool(p, 'require_code_owner_review') ?? false;
            rule.requireLastPushApproval = optBool(p, 'require_last_push_approval') ?? false;
        }
        else if (rule.type === 'required_status_checks') {
            const checks = Array.isArray(p.required_status_checks) ? p.required_status_checks : [];
            rule.requiredStatusChecks = checks
                .map((c) => (c && typeof c === 'object' ? optStr(c, 'context') : null))
                .filter((c) => c !== null);
            rule.strictRequiredStatusChecksPolicy = optBool(p, 'strict_required_status_checks_policy') ?? false;
        }
        return rule;
    });
    return { branch, rules, truncated: more };
}
function parseClassicProtection(branch, data) {
    const o = obj(data, 'protection');
    const reviews = o.required_pull_request_reviews && typeof o.required_pull_request_reviews === 'object' ? o.required_pull_request_reviews : null;
    const checksObj = o.required_status_checks && typeof o.required_status_checks === 'object' ? o.required_status_checks : null;
    const contexts = new Set();
    if (checksObj) {
        for (const c of Array.isArray(checksObj.contexts) ? checksObj.contexts : [])
            if (typeof c === 'string')
                contexts.add(c);
        for (const c of Array.isArray(checksObj.checks) ? checksObj.checks : []) {
            const context = c && typeof c === 'object' ? optStr(c, 'context') : null;
            if (context)
                contexts.add(context);
        }
    }
    return {
        branch,
        enabled: true,
        pullRequestReviewsRequired: reviews !== null,
        requiredApprovingReviewCount: reviews ? (optNum(reviews, 'required_approving_review_count') ?? 0) : 0,
        dismissStaleReviews: reviews ? (optBool(reviews, 'dismiss_stale_reviews') ?? false) : false,
        requireCodeOwnerReviews: reviews ? (optBool(reviews, 'require_code_owner_reviews') ?? false) : false,
        statusChecksRequired: contexts.size > 0,
        requiredStatusChecks: [...contexts],
        enforceAdmins: enabledFlag(o, 'enforce_admins') ?? false,
        // Classic protection blocks force pushes and deletions unless explicitly allowed.
        allowForcePushes: enabledFlag(o, 'allow_force_pushes') ?? false,
        allowDeletions: enabledFlag(o, 'allow_deletions') ?? false,
    };
}
function notProtected(branch) {
    return {
        branch,
        enabled: false,
        pullRequestReviewsRequired: false,
        requiredApprovingReviewCount: 0,
        dismissStaleReviews: false,
        requireCodeOwnerReviews: false,
        statusChecksRequired: false,
        requiredStatusChecks: [],
        enforceAdmins: false,
        allowForcePushes: true,
        allowDeletions: true,
    };
}
function parseBranch(data) {
    const o = obj(data, 'branch');
    const isProtected = optBool(o, 'protected');
    if (isProtected === null)
        throw new ShapeError('branch.protected is not a boolean');
    const commit = o.commit && typeof o.commit === 'object' ? optStr(o.commit, 'sha') : null;
    const protection = o.protection && typeof o.protection === 'object' ? o.protection : null;
    const checks = protection?.required_status_checks && typeof protection.required_status_checks === 'object' ? protection.required_status_checks : null;
    const contexts = new Set();
    if (checks) {
        for (const c of Array.isArray(checks.contexts) ? checks.contexts : [])
            if (typeof c === 'string')
                contexts.add(c);
        for (const c of Array.isArray(checks.checks) ? checks.checks : []) {
            const context = c && typeof c === 'object' ? optStr(c, 'context') : null;
            if (context)
                contexts.add(context);
        }
    }
    return {
        name: reqStr(o, 'name', 'branch'),
        commitSha: commit,
        protected: isProtected,
        statusCheckEnforcement: checks ? optStr(checks, 'enforcement_level') : null,
        statusCheckContexts: [...contexts],
    };
}
function parseReleases(data, more) {
    const raws = arr(data, 'releases').map((item, i) => {
        const o = obj(item, `releases[${i}]`);
        const assets = Array.isArray(o.assets) ? o.assets : [];
        return {
            tagName: reqStr(o, 'tag_name', `releases[${i}]`),
            name: optStr(o, 'name'),
            draft: optBool(o, 'draft') ?? false,
            prerelease: optBool(o, 'prerelease') ?? false,
            publishedAt: optStr(o, 'published_at'),
            htmlUrl: optStr(o, 'html_url') ?? '',
            body: optStr(o, 'body') ?? '',
            assets: assets.map((a, j) => {
                const ao = obj(a, `releases[${i}].assets[${j}]`);
                return {
                    name: reqStr(ao, 'name', `releases[${i}].assets[${j}]`),
                    size: optNum(ao, 'size') ?? 0,
                    browserDownloadUrl: optStr(ao, 'browser_download_url') ?? '',
                };
            }),
        };
    });
    const releases = raws.map(describeRelease);
    return { releases, truncated: more, summary: summariseReleases(releases) };
}
function parseTags(data, more) {
    const names = arr(data, 'tags').map((item, i) => reqStr(obj(item, `tags[${i}]`), 'name', `tags[${i}]`));
    return { names, truncated: more };
}
function parsePrivateVulnerabilityReporting(data) {
    const o = obj(data, 'private vulnerability reporting');
    const enabled = optBool(o, 'enabled');
    if (enabled === null)
        throw new ShapeError('enabled is not a boolean');
    return { enabled };
}
function parseAdvisories(data, more) {
    const advisories = arr(data, 'advisories').map((item, i) => {
        const o = obj(item, `advisories[${i}]`);
        return {
            ghsaId: reqStr(o, 'ghsa_id', `advisories[${i}]`),
            cveId: optStr(o, 'cve_id'),
            htmlUrl: optStr(o, 'html_url') ?? '',
            severity: optStr(o, 'severity'),
            summary: optStr(o, 'summary'),
            publishedAt: optStr(o, 'published_at'),
        };
    });
    return { count: advisories.length, advisories, truncated: more };
}
function parseLastRun(data) {
    const o = obj(data, 'workflow runs');
    const runs = arr(o.workflow_runs, 'workflow_runs');
    if (runs.length === 0)
        return null;
    const run = obj(runs[0], 'workflow_runs[0]');
    const id = optNum(run, 'id');
    if (id === null)
        throw new ShapeError('workflow_runs[0].id is not a number');
    return {
        id,
        htmlUrl: reqStr(run, 'html_url', 'workflow_runs[0]'),
        event: optStr(run, 'event'),
        headSha: optStr(run, 'head_sha'),
        createdAt: optStr(run, 'created_at'),
        updatedAt: optStr(run, 'updated_at'),
    };
}
function scrubDeep(value, token) {
    if (token.length < 4)
        return value;
    const walk = (v) => {
        if (typeof v === 'string')
            return v.includes(token) ? scrubToken(v, token) : v;
        if (Array.isArray(v))
            return v.map(walk);
        if (v && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
        return v;
    };
    return walk(value);
}

;// CONCATENATED MODULE: ./src/facts/github/index.ts
// GitHub REST API facts: see gather.ts. Import types from here; the gatherer loads
// @actions/github lazily so importing this module stays cheap.




;// CONCATENATED MODULE: ./src/facts/spdx/normalize.ts
// Turns license text into comparable words: the same normalisation is applied to the text under
// test and to every reference text, so anything it throws away is thrown away on both sides.
/** Lines that state a copyright (a year, "(c)", "©" or a template placeholder right after the word). */
const COPYRIGHT_LINE = /^[ \t>*#_-]*(?:copyright\b[ \t]*(?:\(c\)|©|&copy;|\d{4}|\[|<|\{|\$)|\(c\)[ \t]*\d|©).*$/gim;
/** Template placeholders in the SPDX texts and in hand-filled templates: <year>, [yyyy], {{ owner }}. */
const PLACEHOLDERS = /<[^<>\n]{1,80}>|\[[^[\]\n]{1,80}\](?!\()|\{\{[^{}\n]{0,80}\}\}/g;
const MARKDOWN_LINK = /\[([^[\]\n]{1,200})\]\([^()\n]{0,300}\)/g;
const MARKDOWN_AUTOLINK = /<((?:https?|mailto):[^<>\s]{1,300})>/g;
const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]{0,200})?\/?>/gi;
/**
 * British/American and other spelling variants seen in license files, folded word by word so that
 * "Licence" or "authorised" are not counted as differences.
 */
const VARIANTS = (() => {
    const m = new Map();
    for (const suffix of ['e', 'es', 'ed', 'ee', 'ees', 'or', 'ors', 'ing']) {
        m.set(`licenc${suffix}`, `licens${suffix}`);
        m.set(`sublicenc${suffix}`, `sublicens${suffix}`);
    }
    for (const stem of ['authori', 'organi', 'recogni', 'summari', 'characteri', 'utili', 'minimi', 'emphasi', 'reali'])
        for (const suffix of ['se', 'ses', 'sed', 'sing', 'sation', 'sations'])
            m.set(stem + suffix, stem + 'z' + suffix.slice(1));
    const pairs = [
        ['behaviour', 'behavior'], ['behaviours', 'behaviors'], ['favour', 'favor'], ['favourable', 'favorable'],
        ['centre', 'center'], ['acknowledgement', 'acknowledgment'], ['acknowledgements', 'acknowledgments'],
        ['judgement', 'judgment'], ['judgements', 'judgments'], ['labelled', 'labeled'], ['cancelled', 'canceled'],
        ['whilst', 'while'], ['programme', 'program'], ['programmes', 'programs'],
    ];
    for (const [a, b] of pairs)
        m.set(a, b);
    return m;
})();
/** Lower-cased, copyright lines and placeholders removed, markdown and punctuation stripped, words joined by one space. */
function normalizeText(raw) {
    return tokenize(raw).join(' ');
}
/** The words of a license text after normalisation (for diagnostics and tests; matching uses hashes). */
function tokenize(raw) {
    const t = cleanText(raw);
    const words = [];
    let start = -1;
    for (let i = 0; i <= t.length; i++) {
        if (i < t.length && isWordChar(t.charCodeAt(i))) {
            if (start < 0)
                start = i;
        }
        else if (start >= 0) {
            const w = t.slice(start, i);
            words.push(VARIANTS.get(w) ?? w);
            start = -1;
        }
    }
    return words;
}
/**
 * Regex-level normalisation: typographic characters to ASCII, markdown links and HTML tags to their
 * text, copyright lines and template placeholders removed, lower case.
 */
function cleanText(raw) {
    let t = raw;
    if (/[^\x00-\x7f]/.test(t)) {
        t = t.normalize('NFKC');
        t = t.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"');
        t = t.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ');
    }
    if (t.includes(']('))
        t = t.replace(MARKDOWN_LINK, '$1');
    if (t.includes('<'))
        t = t.replace(MARKDOWN_AUTOLINK, '$1').replace(HTML_TAG, ' ');
    t = t.replace(COPYRIGHT_LINE, ' ');
    t = t.toLowerCase();
    if (t.includes('all rights reserved'))
        t = t.replace(/\ball rights reserved\b/g, ' ');
    return t.replace(PLACEHOLDERS, ' ');
}
/**
 * Words are runs of letters and digits; everything else (markdown, punctuation, "&") separates
 * them. Non-ASCII letters count as letters; general punctuation and symbols do not.
 */
function isWordChar(c) {
    if (c < 0xc0)
        return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    return c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xfe30 && c <= 0xfe4f) && !(c >= 0xff00 && c <= 0xff0f) && c !== 0xfffd;
}
// ---- Hashed shingles ------------------------------------------------------------------------
// The reference corpus is 5 MB / 780,000 words; making a string per word costs more than the
// whole time budget on a small machine. Words are therefore hashed while scanning (FNV-1a, 32 bit)
// and compared as numbers. A collision merges two words, which can only move a similarity by a
// hair: with ~10,000 distinct words and bigrams per text, one is unlikely anywhere.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
function hashString(w) {
    let h = FNV_OFFSET;
    for (let i = 0; i < w.length; i++)
        h = Math.imul(h ^ w.charCodeAt(i), FNV_PRIME);
    return unigramKey(h);
}
/** Word keys are even, pair keys odd, and neither is 0 (the empty slot of KeySet). */
function unigramKey(h) {
    return (h & ~1) >>> 0 || 2;
}
function pairKey(a, b) {
    return ((Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(b, 0xc2b2ae35)) | 1) >>> 0;
}
const VARIANT_KEYS = new Map([...VARIANTS].map(([from, to]) => [hashString(from), hashString(to)]));
/** A 4096-bit filter over VARIANT_KEYS: almost every word skips the map lookup. */
const VARIANT_FILTER = new Uint8Array(512);
for (const k of VARIANT_KEYS.keys())
    VARIANT_FILTER[(k >>> 3) & 511] |= 1 << (k & 7);
/** Reused between calls: the key buffer for a text is as long as the text, and is copied out by KeySet. */
let scratch = new Uint32Array(1 << 16);
/**
 * Hashes the words of a cleaned text into word keys and word-pair keys. Pairs make the measure
 * sensitive to wording (BSD-2 vs BSD-3, MIT vs MIT-0); single words keep it tolerant of small edits.
 */
function hashWords(clean, mark) {
    const n = clean.length;
    if (scratch.length < n + 2)
        scratch = new Uint32Array(n + 2);
    const keys = scratch;
    let k = 0;
    let words = 0;
    let markKeys = -1;
    let markWords = 0;
    let h = FNV_OFFSET;
    let inWord = false;
    let prev = 0;
    for (let i = 0; i <= n; i++) {
        if (i === mark) {
            markKeys = k;
            markWords = words;
        }
        const c = i < n ? clean.charCodeAt(i) : 32;
        if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && isWordChar(c))) {
            h = Math.imul(h ^ c, FNV_PRIME);
            inWord = true;
        }
        else if (inWord) {
            let w = (h & ~1) >>> 0 || 2;
            if (VARIANT_FILTER[(w >>> 3) & 511] & (1 << (w & 7)))
                w = VARIANT_KEYS.get(w) ?? w;
            keys[k++] = w;
            if (words > 0)
                keys[k++] = pairKey(prev, w);
            prev = w;
            words++;
            h = FNV_OFFSET;
            inWord = false;
        }
    }
    if (markKeys < 0) {
        markKeys = k;
        markWords = words;
    }
    return { words, keys: keys.subarray(0, k), markKeys, markWords };
}
/** Where the operative terms end ("END OF TERMS AND CONDITIONS" in GPL, LGPL, AGPL, Apache), or -1. */
function termsEnd(clean) {
    const i = clean.indexOf('end of terms and conditions');
    if (i >= 0)
        return i;
    const m = /\bend\W+of\W+terms\W+and\W+conditions\b/.exec(clean);
    return m ? m.index : -1;
}
/** A set of keys: open addressing with linear probing in a power-of-two table; 0 marks an empty slot. */
class KeySet {
    size;
    unique;
    table;
    mask;
    constructor(keys) {
        let cap = 16;
        while (cap < keys.length * 2)
            cap *= 2;
        const table = new Uint32Array(cap);
        const mask = cap - 1;
        const unique = new Uint32Array(keys.length);
        let n = 0;
        for (let i = 0; i < keys.length; i++) {
            const key = keys[i];
            let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
            for (;;) {
                const v = table[slot];
                if (v === 0) {
                    table[slot] = key;
                    unique[n++] = key;
                    break;
                }
                if (v === key)
                    break;
                slot = (slot + 1) & mask;
            }
        }
        this.table = table;
        this.mask = mask;
        this.size = n;
        this.unique = unique.slice(0, n);
    }
    has(key) {
        let slot = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
        for (;;) {
            const v = this.table[slot];
            if (v === key)
                return true;
            if (v === 0)
                return false;
            slot = (slot + 1) & this.mask;
        }
    }
}
/** Sørensen–Dice coefficient 2|A∩B| / (|A|+|B|), probing the larger set with the smaller one. */
function dice(a, b) {
    if (a.size + b.size === 0)
        return 0;
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    const keys = small.unique;
    let common = 0;
    for (let i = 0; i < keys.length; i++)
        if (large.has(keys[i]))
            common++;
    return (2 * common) / (a.size + b.size);
}
/** Everything the matcher needs from one text. */
function normalize_shingle(raw) {
    const clean = cleanText(raw);
    const end = termsEnd(clean);
    const hw = hashWords(clean, end);
    // The terms set must be built before anything reuses the scratch buffer.
    const hasTerms = end > 0 && hw.markWords > 0;
    const terms = hasTerms ? new KeySet(hw.keys.subarray(0, hw.markKeys)) : null;
    return { words: hw.words, full: new KeySet(hw.keys), terms, termsWords: hasTerms ? hw.markWords : 0 };
}

// EXTERNAL MODULE: ./node_modules/spdx-license-list/index.js
var spdx_license_list = __webpack_require__(5456);
;// CONCATENATED MODULE: ./src/facts/spdx/fsf-libre.json
const fsf_libre_namespaceObject = /*#__PURE__*/JSON.parse('{"dK":["AGPL-1.0","Apache-1.0","BitTorrent-1.1","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","BSD-3-Clause-Clear","BSD-4-Clause","CC-BY-4.0","CC-BY-SA-4.0","CC0-1.0","CECILL-2.0","CECILL-B","CECILL-C","ClArtistic","Condor-1.1","eCos-2.0","FSFAP","FTL","GFDL-1.1","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3","GFDL-1.3-only","GFDL-1.3-or-later","gnuplot","IJG","iMatix","Imlib2","LPPL-1.2","LPPL-1.3a","NOSL","NPL-1.0","NPL-1.1","Nunit","ODbL-1.0","OFL-1.0","OLDAP-2.3","OLDAP-2.7","OpenSSL","OSL-1.1","Ruby","SGI-B-2.0","SMLNJ","StandardML-NJ","Vim","WTFPL","X11","XFree86-1.1","xinetd","YPL-1.1","Zend-2.0","Zimbra-1.3"]}');
;// CONCATENATED MODULE: ./src/facts/spdx/metadata.ts
// Small, synchronous facts about SPDX ids: known or not, OSI-approved, FSF free, deprecated.
// Uses the metadata-only list of spdx-license-list (about 120 KB, no license texts);
// the 5 MB list with texts is loaded lazily by identify.ts only.


/**
 * Ids the SPDX License List marks isDeprecatedLicenseId (spdx-license-list drops that flag).
 * Source: spdx/license-list-data json/licenses.json.
 */
const DEPRECATED_IDS = new Set([
    'AGPL-1.0', 'AGPL-3.0', 'BSD-2-Clause-FreeBSD', 'BSD-2-Clause-NetBSD', 'bzip2-1.0.5', 'eCos-2.0',
    'GFDL-1.1', 'GFDL-1.2', 'GFDL-1.3', 'GPL-1.0', 'GPL-1.0+', 'GPL-2.0', 'GPL-2.0+',
    'GPL-2.0-with-autoconf-exception', 'GPL-2.0-with-bison-exception', 'GPL-2.0-with-classpath-exception',
    'GPL-2.0-with-font-exception', 'GPL-2.0-with-GCC-exception', 'GPL-3.0', 'GPL-3.0+',
    'GPL-3.0-with-autoconf-exception', 'GPL-3.0-with-GCC-exception', 'LGPL-2.0', 'LGPL-2.0+', 'LGPL-2.1',
    'LGPL-2.1+', 'LGPL-3.0', 'LGPL-3.0+', 'Nunit', 'StandardML-NJ', 'wxWindows',
]);
const FSF_LIBRE_IDS = new Set(fsf_libre_namespaceObject.dK);
const byLowerId = new Map();
for (const id of Object.keys(spdx_license_list))
    byLowerId.set(id.toLowerCase(), id);
/** The canonical spelling of an SPDX license id (ids match case-insensitively), or null if unknown. */
function canonicalId(id) {
    return byLowerId.get(id.trim().toLowerCase()) ?? null;
}
function isDeprecated(id) {
    return DEPRECATED_IDS.has(id) || id.endsWith('+');
}
/** Facts about one SPDX license id, or null when the id is not on the SPDX License List. */
function licenseInfo(id) {
    const canon = canonicalId(id);
    if (!canon)
        return null;
    const entry = spdx_license_list[canon];
    return {
        id: canon,
        name: entry.name,
        osiApproved: entry.osiApproved === true,
        fsfLibre: FSF_LIBRE_IDS.has(canon) || isFsfLibreByFamily(canon),
        deprecated: isDeprecated(canon),
    };
}
/**
 * The FSF judges a license, not SPDX's version-choice spelling of it: when the SPDX list flags the
 * bare id (AGPL-1.0) as FSF free, the -only / -or-later / + spellings of the same text are too.
 */
function isFsfLibreByFamily(id) {
    const m = /^(.*?)(-only|-or-later|\+)$/.exec(id);
    return m !== null && FSF_LIBRE_IDS.has(m[1]);
}

;// CONCATENATED MODULE: ./src/facts/spdx/expression.ts
// SPDX license expressions (SPDX spec, annex D): ids, "+", WITH exceptions, AND, OR, parentheses.
// Enough to decide whether an expression as a whole is OSI/FSF acceptable:
//   OR  – acceptable when any side is (the recipient may choose it),
//   AND – acceptable when every side is,
//   WITH – judged by the base license (exceptions only add permissions).

const MAX_EXPRESSION_LENGTH = 1000;
const MAX_DEPTH = 32;
function expression_tokenize(expr) {
    const out = [];
    const re = /\s*(\(|\)|[A-Za-z0-9][A-Za-z0-9.+:-]*)/y;
    let pos = 0;
    while (pos < expr.length) {
        if (/^\s*$/.test(expr.slice(pos)))
            break;
        re.lastIndex = pos;
        const m = re.exec(expr);
        if (!m)
            return null;
        pos = re.lastIndex;
        const w = m[1];
        const lw = w.toLowerCase();
        if (w === '(' || w === ')')
            out.push({ t: w });
        else if (lw === 'and' || lw === 'or' || lw === 'with')
            out.push({ t: lw });
        else
            out.push({ t: 'id', v: w });
    }
    return out;
}
/** Parses an SPDX expression; null when it is not one (free text, unbalanced parentheses, ...). */
function parseExpression(expr) {
    if (expr.length === 0 || expr.length > MAX_EXPRESSION_LENGTH)
        return null;
    const tokens = expression_tokenize(expr);
    if (!tokens || tokens.length === 0)
        return null;
    let i = 0;
    const peek = () => tokens[i];
    // or := and ("OR" and)* ; and := with ("AND" with)* ; with := atom ("WITH" id)? ; atom := id | "(" or ")"
    function parseOr(depth) {
        let left = parseAnd(depth);
        while (left && peek()?.t === 'or') {
            i++;
            const right = parseAnd(depth);
            if (!right)
                return null;
            left = { kind: 'or', left, right };
        }
        return left;
    }
    function parseAnd(depth) {
        let left = parseWith(depth);
        while (left && peek()?.t === 'and') {
            i++;
            const right = parseWith(depth);
            if (!right)
                return null;
            left = { kind: 'and', left, right };
        }
        return left;
    }
    function parseWith(depth) {
        const atom = parseAtom(depth);
        if (!atom)
            return null;
        if (peek()?.t === 'with') {
            i++;
            const ex = peek();
            if (atom.kind !== 'license' || !ex || ex.t !== 'id')
                return null;
            i++;
            return { ...atom, exception: ex.v };
        }
        return atom;
    }
    function parseAtom(depth) {
        if (depth > MAX_DEPTH)
            return null;
        const tok = peek();
        if (!tok)
            return null;
        if (tok.t === '(') {
            i++;
            const inner = parseOr(depth + 1);
            if (!inner || peek()?.t !== ')')
                return null;
            i++;
            return inner;
        }
        if (tok.t !== 'id')
            return null;
        i++;
        // "GPL-2.0+" is itself a (deprecated) list id; otherwise a trailing + means "or later".
        const plus = tok.v.endsWith('+') && licenseInfo(tok.v) === null;
        return { kind: 'license', id: plus ? tok.v.slice(0, -1) : tok.v, plus };
    }
    const node = parseOr(0);
    if (!node || i !== tokens.length)
        return null;
    return node;
}
function evaluateNode(node, unknown, ids) {
    if (node.kind === 'license') {
        const info = licenseInfo(node.id);
        const id = info?.id ?? node.id;
        ids.push(id);
        if (!info)
            unknown.push(node.id);
        const osi = info?.osiApproved ?? false;
        const fsf = info?.fsfLibre ?? false;
        const text = `${id}${node.plus ? '+' : ''}${node.exception ? ` WITH ${node.exception}` : ''}`;
        return { approved: osi || fsf, osi, fsf, text };
    }
    const l = evaluateNode(node.left, unknown, ids);
    const r = evaluateNode(node.right, unknown, ids);
    const wrap = (e, child) => (child.kind !== 'license' && child.kind !== node.kind ? `(${e.text})` : e.text);
    const text = `${wrap(l, node.left)} ${node.kind.toUpperCase()} ${wrap(r, node.right)}`;
    if (node.kind === 'or')
        return { approved: l.approved || r.approved, osi: l.osi || r.osi, fsf: l.fsf || r.fsf, text };
    return { approved: l.approved && r.approved, osi: l.osi && r.osi, fsf: l.fsf && r.fsf, text };
}
/** Evaluates an SPDX expression for OSI/FSF acceptability; null when the text is not an expression. */
function evaluateExpression(expr) {
    const node = parseExpression(expr.trim());
    if (!node)
        return null;
    const unknownIds = [];
    const ids = [];
    const e = evaluateNode(node, unknownIds, ids);
    return { expression: e.text, approved: e.approved, osiApproved: e.osi, fsfLibre: e.fsf, unknownIds, ids };
}
/**
 * Whether an SPDX id or expression (Security Insights `license.expression`, package.json
 * "license", Cargo "license", ...) is OSI-approved or FSF free. Unknown ids and malformed
 * expressions are not approved.
 */
function isApproved(spdxIdOrExpression) {
    return evaluateExpression(spdxIdOrExpression)?.approved ?? false;
}

;// CONCATENATED MODULE: ./src/facts/spdx/identify.ts
// Which SPDX license is this license file? For OSPS-LE-02.01 ("the license MUST meet the OSI Open
// Source Definition or the FSF Free Software Definition").
//
// 1. An "SPDX-License-Identifier: <expression>" line wins: the author said what the license is.
// 2. Otherwise the text is compared with every license text of the SPDX License List (package
//    spdx-license-list, loaded lazily: 5 MB, not wanted at CLI start-up). Both sides are normalised
//    (normalize.ts) and compared as sets of words and word pairs with the Sørensen–Dice coefficient.
// 3. A file that matches nothing as a whole is tried as several licenses one after the other,
//    cut at separator lines and license title lines (e.g. MIT text, then "Apache License").





/**
 * Minimum Sørensen–Dice similarity (words and word pairs) for a text match. Real license files
 * differ from the SPDX reference text by a filled-in copyright line, a project name in BSD clause 3,
 * a heading, a reflow, markdown, "Licence": that keeps them at 0.95-1.0 (tests measure it). Close
 * relatives differ by more: BSD-2-Clause vs BSD-3-Clause ~0.85, MIT vs MIT-0 and ISC vs 0BSD below
 * 0.85, GPL-3.0 vs AGPL-3.0 ~0.9 but each matches itself at 1.0, and the best match wins. 0.90 is
 * the point where an edited or unknown text stops being called a standard license; the best score is
 * reported as confidence so callers can ask for more.
 */
const MATCH_THRESHOLD = 0.9;
/**
 * Minimum ratio of word counts (shorter / longer) for a text match. Sets ignore repetition, so a
 * text pasted twice, or a license followed by a long addendum of repeated words, would otherwise
 * still score high.
 */
const MIN_LENGTH_RATIO = 0.8;
/** Only this much of a file is examined: license texts are shorter (AGPL-3.0 is ~34 KB). */
const MAX_TEXT_CHARS = 64 * 1024;
/** Candidates whose size alone bounds their similarity below this are not compared at all. */
const PREFILTER_BOUND = 0.8;
/** Scores closer than this are ties (identical reference texts score exactly the same). */
const TIE_EPSILON = 1e-9;
const MAX_CUTS = 40;
const MAX_PARTS = 4;
const MAX_SPLIT_MATCHES = 120;
const MIN_WORDS = 8;
/** A whole-text match below this similarity is also tried as several concatenated licenses. */
const SPLIT_IF_BELOW = 0.985;
/** Concatenations are less certain than single texts: how the licenses combine is not stated. */
const SPLIT_CONFIDENCE_FACTOR = 0.95;
const MAX_EXTRA_WORDS = 12;
let loadedIndex = null;
function referenceText(id) {
    return loadedIndex?.texts.get(id) ?? null;
}
let indexPromise = null;
let lastIndexStats = null;
/** Timing of the first (lazy) load, for the performance test and diagnostics. */
function indexStats() {
    return lastIndexStats;
}
function loadIndex() {
    indexPromise ??= (async () => {
        const t0 = performance.now();
        // Dynamic import: the bundler puts the 5 MB list in its own chunk, read on first use only.
        const mod = await __webpack_require__.e(/* import() */ 403).then(__webpack_require__.t.bind(__webpack_require__, 8403, 19));
        const list = mod.default;
        const t1 = performance.now();
        const licenses = [];
        const texts = new Map();
        for (const [id, entry] of Object.entries(list)) {
            if (!entry.licenseText)
                continue;
            texts.set(id, entry.licenseText);
            const sh = normalize_shingle(entry.licenseText);
            if (sh.words === 0)
                continue;
            licenses.push({
                id,
                name: entry.name,
                osi: entry.osiApproved === true,
                fsf: licenseInfo(id)?.fsfLibre ?? FSF_LIBRE_IDS.has(id),
                deprecated: isDeprecated(id),
                full: sh.full,
                fullWords: sh.words,
                terms: sh.terms,
                termsWords: sh.termsWords,
            });
        }
        lastIndexStats = { loadMs: t1 - t0, indexMs: performance.now() - t1, licenses: licenses.length };
        loadedIndex = { licenses, texts };
        return loadedIndex;
    })();
    return indexPromise;
}
function sizeBound(a, b) {
    return (2 * Math.min(a, b)) / (a + b);
}
function ratio(a, b) {
    return a === 0 || b === 0 ? 0 : Math.min(a, b) / Math.max(a, b);
}
/** All candidates worth comparing, best first. */
function rank(p, index) {
    const out = [];
    for (const lic of index.licenses) {
        let best = -1;
        let lengthRatio = 0;
        // Whole text against whole text.
        if (sizeBound(p.full.size, lic.full.size) >= PREFILTER_BOUND) {
            best = dice(p.full, lic.full);
            lengthRatio = ratio(p.words, lic.fullWords);
        }
        // Operative terms only: the how-to-apply appendix of GPL/Apache texts is often left out.
        if (lic.terms) {
            const mine = p.terms ?? p.full;
            const mineWords = p.terms ? p.termsWords : p.words;
            if (sizeBound(mine.size, lic.terms.size) >= PREFILTER_BOUND) {
                const s = dice(mine, lic.terms);
                if (s > best) {
                    best = s;
                    lengthRatio = ratio(mineWords, lic.termsWords);
                }
            }
        }
        if (best >= 0)
            out.push({ lic, score: best, lengthRatio });
    }
    out.sort((a, b) => b.score - a.score ||
        Number(a.lic.deprecated) - Number(b.lic.deprecated) ||
        suffixRank(a.lic.id) - suffixRank(b.lic.id) ||
        (a.lic.id < b.lic.id ? -1 : a.lic.id > b.lic.id ? 1 : 0));
    return out;
}
/**
 * Among identical texts prefer the plain id, then "-only" (a license file alone grants that version;
 * "or later" is said in per-file notices, not in the license text), then the rest.
 */
function suffixRank(id) {
    if (id.endsWith('-only'))
        return 1;
    if (id.endsWith('-or-later'))
        return 2;
    if (/-with-|-exception/i.test(id))
        return 3;
    return 0;
}
function accepted(s) {
    return s !== undefined && s.score >= MATCH_THRESHOLD && s.lengthRatio >= MIN_LENGTH_RATIO;
}
function alternativesOf(ranked) {
    const best = ranked[0];
    return ranked
        .slice(1)
        .filter((s) => Math.abs(s.score - best.score) <= TIE_EPSILON && !s.lic.deprecated)
        .map((s) => s.lic.id);
}
function none(reason) {
    return { spdxId: null, confidence: 0, method: 'none', alternatives: [], osiApproved: false, fsfLibre: false, approved: false, reason };
}
/** Does the text look like binary data rather than text? */
function looksBinary(text) {
    const sample = text.slice(0, 8192);
    if (sample.includes('\u0000'))
        return true;
    let odd = 0;
    for (let i = 0; i < sample.length; i++) {
        const c = sample.charCodeAt(i);
        if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd)
            odd++;
    }
    return odd > sample.length * 0.02;
}
const SPDX_LINE = /SPDX-License-Identifier:[ \t]*([^\r\n]*)/i;
function fromIdentifier(text) {
    const m = SPDX_LINE.exec(text);
    if (!m)
        return null;
    // Drop comment closers and trailing punctuation around the expression.
    const raw = m[1].replace(/(\*\/|-->|#\}|%>|"|'|;|,)\s*$/g, '').replace(/[.\s]+$/, '').trim();
    const verdict = evaluateExpression(raw);
    if (!verdict)
        return null;
    const single = verdict.ids.length === 1 ? licenseInfo(verdict.ids[0]) : null;
    const unknown = verdict.unknownIds;
    return {
        spdxId: verdict.expression,
        ...(single ? { name: single.name } : {}),
        confidence: unknown.length === 0 ? 1 : 0.5,
        method: 'spdx-identifier',
        alternatives: [],
        osiApproved: verdict.osiApproved,
        fsfLibre: verdict.fsfLibre,
        approved: verdict.approved,
        ...(unknown.length > 0 ? { reason: `not on the SPDX License List: ${unknown.join(', ')}` } : {}),
    };
}
/**
 * Well-known riders that take a free license's freedoms away while leaving its text intact, so the
 * text still matches the free license. Not on the SPDX License List, hence detected by phrase.
 */
const NON_FREE_RIDERS = [
    {
        ref: 'LicenseRef-Commons-Clause',
        name: 'Commons Clause License Condition',
        test: /commons\s+clause[\s\S]{0,2000}?does\s+not\s+grant\s+to\s+you,?\s+the\s+right\s+to\s+sell/i,
    },
];
/**
 * Candidate cut points (character offsets of line starts) for a file holding several licenses:
 * after separator lines (---, ===, ***), and before title-like lines: a short line after a blank
 * line that names a license, or a short line standing alone between blank lines ("Third party
 * notices").
 */
function cutPoints(text) {
    const cuts = [];
    const lines = text.split('\n');
    let offset = 0;
    for (let i = 0; i < lines.length && cuts.length < MAX_CUTS; i++) {
        const line = lines[i].trim();
        const start = offset;
        offset += lines[i].length + 1;
        if (line.length === 0 || start === 0)
            continue;
        const prevBlank = i === 0 || lines[i - 1].trim().length === 0;
        const nextBlank = i + 1 >= lines.length || lines[i + 1].trim().length === 0;
        if (/^(?:[-=*_~#+]\s*){3,}$/.test(line)) {
            cuts.push(offset);
            continue;
        }
        if (!prevBlank || /[.,;:]$/.test(line) || /^(?:copyright|\(c\)|©)/i.test(line))
            continue;
        const words = line.split(/\s+/).length;
        if ((words <= 12 && /licen[cs]e|copying/i.test(line)) || (words <= 8 && nextBlank))
            cuts.push(start);
    }
    return [...new Set(cuts)].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b);
}
function matchPart(text, index) {
    const sh = normalize_shingle(text);
    if (sh.words < MIN_WORDS)
        return null;
    const ranked = rank(sh, index);
    if (!ranked[0] || !accepted(ranked[0]))
        return null;
    return { best: ranked[0], alternatives: alternativesOf(ranked), words: sh.words };
}
/** Splits the text into consecutive parts that each match a license; null when no split does. */
function splitMatch(text, index) {
    const cuts = cutPoints(text);
    if (cuts.length === 0)
        return null;
    let budget = MAX_SPLIT_MATCHES;
    const bounds = [0, ...cuts, text.length];
    const memo = new Map();
    const part = (a, b) => {
        const key = `${a}:${b}`;
        if (memo.has(key))
            return memo.get(key) ?? null;
        if (budget-- <= 0)
            return null;
        const slice = text.slice(bounds[a], bounds[b]);
        const r = /\S/.test(slice) ? matchPart(slice, index) : null;
        memo.set(key, r);
        return r;
    };
    const solve = (from, depth) => {
        if (from === bounds.length - 1)
            return [];
        if (depth >= MAX_PARTS)
            return null;
        // Try the longest remaining piece first: fewer, bigger parts are the likelier reading.
        for (let to = bounds.length - 1; to > from; to--) {
            if (from === 0 && to === bounds.length - 1)
                continue; // the whole text already failed
            const p = part(from, to);
            if (!p)
                continue;
            const rest = solve(to, depth + 1);
            if (rest)
                return [p, ...rest];
        }
        return null;
    };
    const parts = solve(0, 0);
    return parts && parts.length > 1 ? parts : null;
}
/** The largest single license found in some prefix or suffix of the text, when no full split works. */
function partialMatch(text, index, totalWords) {
    let best = null;
    let budget = MAX_SPLIT_MATCHES / 2;
    for (const c of cutPoints(text)) {
        for (const slice of [text.slice(0, c), text.slice(c)]) {
            if (budget-- <= 0)
                return best;
            const p = matchPart(slice, index);
            if (p && (!best || p.words * p.best.score > best.words * best.best.score))
                best = p;
        }
    }
    return best && best.words < totalWords ? best : null;
}
function weightedScore(parts) {
    const totalWords = parts.reduce((sum, p) => sum + p.words, 0);
    return parts.reduce((sum, p) => sum + p.best.score * p.words, 0) / totalWords;
}
function fromParts(parts) {
    const ids = [...new Set(parts.map((p) => p.best.lic.id))];
    const free = (p) => p.best.lic.osi || p.best.lic.fsf;
    return {
        spdxId: ids.join(' AND '),
        confidence: round(weightedScore(parts) * SPLIT_CONFIDENCE_FACTOR),
        method: 'text-match',
        alternatives: [],
        osiApproved: parts.every((p) => p.best.lic.osi),
        fsfLibre: parts.every(free) && parts.some((p) => p.best.lic.fsf),
        approved: parts.every(free),
        reason: `the file holds ${parts.length} license texts one after another (${parts.map((p) => p.best.lic.id).join(', ')}); read as all of them applying`,
        parts: parts.map((p) => ({ spdxId: p.best.lic.id, confidence: round(p.best.score), approved: free(p) })),
    };
}
/**
 * Words of the text that the matched license text does not have (after normalisation, so not the
 * copyright line): a project name in BSD clause 3 is harmless, "may not be used for commercial
 * purposes" is not. Reported in the reason so a reader can judge; at most MAX_EXTRA_WORDS.
 */
function extraWords(text, id) {
    const reference = referenceText(id);
    if (reference === null)
        return [];
    const known = new Set(tokenize(reference));
    const extra = [];
    for (const w of tokenize(text)) {
        if (!known.has(w) && !extra.includes(w)) {
            extra.push(w);
            if (extra.length >= MAX_EXTRA_WORDS)
                break;
        }
    }
    return extra;
}
function fromScored(best, alternatives, extra = []) {
    return {
        ...(extra.length > 0 ? { reason: `words not in the ${best.lic.id} text: ${extra.join(', ')}` } : {}),
        spdxId: best.lic.id,
        name: best.lic.name,
        confidence: round(best.score),
        method: 'text-match',
        alternatives,
        osiApproved: best.lic.osi,
        fsfLibre: best.lic.fsf,
        approved: best.lic.osi || best.lic.fsf,
    };
}
function round(x) {
    return Math.round(x * 1000) / 1000;
}
/**
 * Identifies the SPDX license of a license file's text. Never throws; unidentified texts give
 * spdxId null and a reason. Only the first MAX_TEXT_CHARS characters are examined.
 */
async function identifyLicense(input) {
    try {
        return await identify(input);
    }
    catch (e) {
        return none(`license identification failed: ${e instanceof Error ? e.message : String(e)}`);
    }
}
async function identify(input) {
    if (typeof input !== 'string')
        return none('not text');
    const truncated = input.length > MAX_TEXT_CHARS;
    const text = truncated ? input.slice(0, MAX_TEXT_CHARS) : input;
    if (text.trim().length === 0)
        return none('the file is empty');
    if (looksBinary(text))
        return none('the file is not text (binary content)');
    const declared = fromIdentifier(text);
    if (declared)
        return declared;
    const index = await loadIndex();
    const sh = normalize_shingle(text);
    if (sh.words < MIN_WORDS)
        return none(`too little text to identify (${sh.words} words)`);
    const ranked = rank(sh, index);
    const top = ranked[0];
    let result;
    if (top && accepted(top)) {
        result = fromScored(top, alternativesOf(ranked), extraWords(text, top.lic.id));
        // A long license can absorb a short one pasted before or after it (MIT then Apache-2.0 still
        // scores ~0.96 as Apache-2.0). When part of the text is unexplained, see whether it splits.
        if (top.score < SPLIT_IF_BELOW) {
            const parts = splitMatch(text, index);
            if (parts && weightedScore(parts) > top.score)
                result = fromParts(parts);
        }
    }
    else {
        const parts = splitMatch(text, index);
        if (parts) {
            result = fromParts(parts);
        }
        else {
            const partial = partialMatch(text, index, sh.words);
            if (partial) {
                const share = partial.words / sh.words;
                result = {
                    ...fromScored(partial.best, partial.alternatives),
                    confidence: round(partial.best.score * Math.min(1, share)),
                    reason: `only part of the file (${Math.round(share * 100)}% of its words) is the ${partial.best.lic.id} text; the rest was not identified`,
                };
            }
            else if (top) {
                const why = top.score >= MATCH_THRESHOLD ? `its length differs (ratio ${top.lengthRatio.toFixed(2)})` : `${Math.round(top.score * 100)}% similar`;
                return { ...none(`no SPDX license text matches; closest is ${top.lic.id}, ${why}`), confidence: round(top.score) };
            }
            else {
                return none('no SPDX license text of similar length');
            }
        }
    }
    for (const rider of NON_FREE_RIDERS) {
        if (rider.test.test(text)) {
            result = {
                ...result,
                spdxId: `${result.spdxId} AND ${rider.ref}`,
                approved: false,
                osiApproved: false,
                fsfLibre: false,
                reason: `the ${result.spdxId} text is combined with the ${rider.name}, which withholds the right to sell; neither OSI nor FSF accept that`,
            };
        }
    }
    if (truncated)
        result = { ...result, reason: [result.reason, `only the first ${MAX_TEXT_CHARS} characters were examined`].filter(Boolean).join('; ') };
    return result;
}
/** For tests and diagnostics: the closest reference texts and their scores. */
async function closestLicenses(text, count = 5) {
    const index = await loadIndex();
    const ranked = rank(shingle(text.slice(0, MAX_TEXT_CHARS)), index);
    return ranked.slice(0, count).map((s) => ({ id: s.lic.id, score: round(s.score), lengthRatio: round(s.lengthRatio) }));
}

;// CONCATENATED MODULE: ./src/facts/license.ts

const LICENSE_NAME = /^(licen[cs]e|copying|unlicense)([._-][A-Za-z0-9._-]*)?$/i;
/** Source files named like licenses (license.ts, license.go) are code, not license texts. */
const CODE_EXT = /\.(ts|tsx|js|jsx|mjs|cjs|py|go|rs|java|kt|rb|php|cs|c|h|cc|cpp|swift|scala|sh|json|ya?ml|toml|xml|tmpl|tpl|css|scss|vue|svelte|dart|ex|exs|lua|pl|sql)$/i;
function isLicenseName(base) {
    return LICENSE_NAME.test(base) && !CODE_EXT.test(base);
}
const MAX_LICENSE_FILES = 20;
async function gatherLicense(snap) {
    const found = [];
    for (const f of snap.files) {
        if (f.kind === 'submodule')
            continue;
        const first = f.path.charCodeAt(0) | 0x20; // cheap pre-filter on 100,000 paths: l, c, u or a folder named licenses
        const base = f.path.slice(f.path.lastIndexOf('/') + 1);
        const b0 = base.charCodeAt(0) | 0x20;
        if (first !== 0x6c && b0 !== 0x6c && b0 !== 0x63 && b0 !== 0x75)
            continue;
        const parts = f.path.split('/');
        const inRootLicenseDir = parts.length === 2 && /^licen[cs]es?$/i.test(parts[0]);
        if (parts.length === 1 && isLicenseName(base))
            found.push({ path: f.path, atRoot: true });
        else if (inRootLicenseDir && !CODE_EXT.test(base))
            found.push({ path: f.path, atRoot: true });
        else if (parts.length <= 3 && isLicenseName(base) && !/(^|\/)(node_modules|vendor|third_party)\//.test(f.path))
            found.push({ path: f.path, atRoot: false });
    }
    const files = [];
    for (const { path, atRoot } of found.slice(0, MAX_LICENSE_FILES)) {
        if (!atRoot) {
            files.push({ path, atRoot, match: null });
            continue;
        }
        const r = snap.read(path);
        if (!r.ok)
            files.push({ path, atRoot, match: null, unreadable: r.reason });
        else
            files.push({ path, atRoot, match: await identifyLicense(r.text) });
    }
    return { files };
}

;// CONCATENATED MODULE: ./src/facts/secrets.ts
// Unencrypted secrets committed to the tree (OSPS-BR-07.01).
// The tree is hostile and may be huge: files are filtered by name first, read directly (not
// through the snapshot's cache, so memory stays bounded), binaries and files over 1 MiB are
// skipped, and scanning stops after a total byte budget. A secret is never copied into the
// facts: a finding carries its kind, place and a preview of its first four characters.
//
// Findings under test, fixture, example and documentation directories are still reported, with
// severity 'note' instead of 'error': projects often commit throwaway keys for tests on purpose,
// but a real key there is just as leaked, so the rule can decide what to do and a person can look.


const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
const DEFAULT_MAX_TOTAL_BYTES = 64 * 1024 * 1024;
const DEFAULT_MAX_FINDINGS = 500;
const MAX_FINDINGS_PER_FILE = 20;
const MAX_SKIPPED_LISTED = 500;
/** Extensions of files that are binary by format; never read. */
const BINARY_EXT = new Set(('png jpg jpeg gif bmp ico icns webp tif tiff psd ai eps pdf zip gz tgz bz2 xz zst 7z rar lz lz4 jar war ear aar apk ipa class ' +
    'so dll dylib exe o a lib obj pdb wasm woff woff2 ttf otf eot mp3 mp4 m4a mov avi mkv wav ogg flac webm pyc pyo ' +
    'bin dat db sqlite sqlite3 parquet npy npz pkl pt onnx h5 tflite deb rpm msi dmg iso img snap whl gem nupkg crx xpi').split(' '));
/** Key-container files judged by name only: they are binary or their encryption cannot be told from text. */
const KEY_CONTAINER_EXT = new Set(['p12', 'pfx', 'jks', 'keystore', 'bks']);
const SSH_KEY_NAMES = new Set(['id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519', 'id_ecdsa_sk', 'id_ed25519_sk']);
const TEST_DIRS = new Set(['test', 'tests', '__tests__', 'testdata', 'test-data', 'test_data', 'testing', 'fixtures', 'fixture', '__fixtures__', 'spec', 'specs', 'example', 'examples', 'sample', 'samples', 'mock', 'mocks', 'docs', 'doc', 'e2e']);
function isTestPath(path) {
    const parts = path.split('/');
    for (let i = 0; i < parts.length - 1; i++)
        if (TEST_DIRS.has(parts[i].toLowerCase()))
            return true;
    return /(^|[._-])(test|tests|spec|example|sample|fixture)([._-]|$)/i.test(parts[parts.length - 1]);
}
const B = '(?<![A-Za-z0-9_])';
const E = '(?![A-Za-z0-9_])';
const TOKEN_RULES = [
    { kind: 'github-token', literal: ['gh'], re: new RegExp(`${B}(gh[pousr]_[A-Za-z0-9]{36})${E}`, 'g'), detail: 'GitHub token' },
    { kind: 'github-token', literal: ['github_pat_'], re: new RegExp(`${B}(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})${E}`, 'g'), detail: 'GitHub fine-grained personal access token' },
    { kind: 'gitlab-token', literal: ['glpat-'], re: new RegExp(`${B}(glpat-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])`, 'g'), detail: 'GitLab personal access token' },
    { kind: 'slack-token', literal: ['xox'], re: new RegExp(`${B}(xox[baprs]-[0-9]{6,}-[0-9A-Za-z-]{8,})(?![A-Za-z0-9-])`, 'g'), detail: 'Slack token' },
    { kind: 'slack-webhook', literal: ['hooks.slack.com'], re: /(https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{6,}\/B[A-Z0-9]{6,}\/[A-Za-z0-9]{16,})/g, detail: 'Slack incoming webhook URL' },
    { kind: 'google-api-key', literal: ['AIza'], re: new RegExp(`${B}(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])`, 'g'), detail: 'Google API key' },
    { kind: 'stripe-secret-key', literal: ['_live_'], re: new RegExp(`${B}((?:sk|rk)_live_[0-9A-Za-z]{24,})${E}`, 'g'), detail: 'Stripe live secret key' },
    { kind: 'npm-token', literal: ['npm_'], re: new RegExp(`${B}(npm_[A-Za-z0-9]{36})${E}`, 'g'), detail: 'npm access token' },
    { kind: 'pypi-token', literal: ['pypi-AgEIcHlwaS5vcmc'], re: /(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})/g, detail: 'PyPI API token' },
    { kind: 'aws-access-key-id', literal: ['AKIA', 'ASIA'], re: new RegExp(`${B}((?:AKIA|ASIA)[0-9A-Z]{16})${E}`, 'g'), detail: 'AWS access key ID' },
    {
        kind: 'aws-secret-access-key',
        literal: ['ecret', 'ECRET'],
        re: /(?:aws_?secret_?access_?key|aws_?secret_?key|secretaccesskey)["']?\s*[:=]+\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
        detail: 'AWS secret access key',
    },
];
const PEM_BEGIN = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |SSH2 ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----/g;
const PLACEHOLDER_WORDS = /example|xxxx|placeholder|dummy|your[_-]?|redacted|changeme|sample|fake|insert|replace|<|>|\$\{|\*\*\*|1234567|abcdefg/i;
/** True for values that are obviously not real secrets: documentation examples, masks, one repeated character. */
function looksLikePlaceholder(value, prefixLength = 0) {
    const body = value.slice(prefixLength);
    if (body.length === 0)
        return true;
    if (PLACEHOLDER_WORDS.test(body))
        return true;
    const distinct = new Set(body).size;
    return distinct <= Math.min(5, Math.max(1, Math.floor(body.length / 4)));
}
function preview(secret) {
    return secret.slice(0, 4) + '…';
}
/** Maps offsets in a text to 1-based lines and columns. */
class LineIndex {
    starts = null;
    text;
    constructor(text) {
        this.text = text;
    }
    at(offset) {
        if (!this.starts) {
            const s = [0];
            for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1))
                s.push(i + 1);
            this.starts = s;
        }
        const s = this.starts;
        let lo = 0;
        let hi = s.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (s[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - s[lo] + 1 };
    }
}
/** Scans one file's text for secrets. Exported for tests and for callers that already hold text. */
function scanText(path, text) {
    const out = [];
    const idx = new LineIndex(text);
    const severity = isTestPath(path) ? 'note' : 'error';
    const add = (kind, offset, secret, confidence, detail) => {
        if (out.length >= MAX_FINDINGS_PER_FILE)
            return;
        const { line, column } = idx.at(offset);
        out.push({ kind, path, line, column, preview: preview(secret), confidence, severity, detail });
    };
    if (text.includes('PRIVATE KEY')) {
        PEM_BEGIN.lastIndex = 0;
        let judged = 0;
        for (let m = PEM_BEGIN.exec(text); m && judged++ < 100; m = PEM_BEGIN.exec(text)) {
            const label = m[1];
            const verdict = judgePrivateKey(label, text, m.index + m[0].length);
            if (verdict.finding)
                add('private-key', m.index, verdict.body, verdict.confidence, `${label} (${verdict.why})`);
        }
    }
    const awsIds = [];
    const awsSecrets = [];
    for (const rule of TOKEN_RULES) {
        if (!rule.literal.some((l) => text.includes(l)))
            continue;
        rule.re.lastIndex = 0;
        for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
            const secret = m[1] ?? m[0];
            const offset = m.index + m[0].indexOf(secret);
            const prefix = /^[a-z]+_(live_)?|^[A-Za-z]{3,4}[-_]|^AIza|^AKIA|^ASIA/.exec(secret)?.[0].length ?? 0;
            if (looksLikePlaceholder(secret, prefix))
                continue;
            if (rule.kind === 'aws-access-key-id') {
                if (awsIds.length >= MAX_FINDINGS_PER_FILE)
                    break;
                awsIds.push({ offset, line: idx.at(offset).line });
                continue;
            }
            if (rule.kind === 'aws-secret-access-key')
                awsSecrets.push({ offset, line: idx.at(offset).line });
            add(rule.kind, offset, secret, 'high', rule.detail);
            if (out.length >= MAX_FINDINGS_PER_FILE)
                break;
        }
    }
    // An access key ID alone identifies a key but is not the secret; with a secret key within five
    // lines it is a usable credential pair.
    for (const id of awsIds) {
        const paired = awsSecrets.some((s) => Math.abs(s.line - id.line) <= 5) || hasAwsSecretNear(text, id.offset);
        const secret = text.slice(id.offset, id.offset + 20);
        add('aws-access-key-id', id.offset, secret, paired ? 'high' : 'low', paired ? 'AWS access key ID with a secret access key nearby' : 'AWS access key ID (no secret key seen nearby)');
    }
    return out;
}
/** A 40-character base64-ish string on a line near the offset that is not the ID itself. */
function hasAwsSecretNear(text, offset) {
    let start = offset;
    for (let n = 0; n < 5 && start > 0; n++)
        start = text.lastIndexOf('\n', start - 2) + 1;
    let end = offset;
    for (let n = 0; n < 6 && end >= 0 && end < text.length; n++) {
        const next = text.indexOf('\n', end + 1);
        end = next < 0 ? text.length : next;
    }
    const window = text.slice(start, Math.min(end, start + 4096));
    const re = /(?<![A-Za-z0-9/+])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/g;
    for (let m = re.exec(window); m; m = re.exec(window)) {
        const v = m[1];
        if (/[a-z]/.test(v) && /[A-Z]/.test(v) && /[0-9/+]/.test(v) && !looksLikePlaceholder(v))
            return true;
    }
    return false;
}
/** Decides whether a PEM/PGP/OpenSSH private key block holds an unencrypted key. */
function judgePrivateKey(label, text, afterHeader) {
    const no = (why) => ({ finding: false, confidence: 'low', why, body: '' });
    if (label.startsWith('ENCRYPTED') || label.startsWith('SSH2 ENCRYPTED'))
        return no('encrypted');
    // The body runs to the next armour line (END, or another BEGIN), within 64 KiB.
    const window = text.slice(afterHeader, afterHeader + 65536);
    const endAt = window.indexOf('-----');
    const block = endAt < 0 ? window.slice(0, 16384) : window.slice(0, endAt);
    // Headers (Proc-Type, DEK-Info, Version, Comment) come before a blank line in PEM/PGP armour.
    if (/Proc-Type:\s*4\s*,\s*ENCRYPTED/i.test(block) || /DEK-Info:/i.test(block))
        return no('encrypted PEM');
    // Keys pasted into code or JSON: literal \n escapes, quotes and concatenation around each line.
    const bodyLines = block
        .replace(/\\n/g, '\n')
        .split('\n')
        .map((l) => {
        const t = l.trim();
        const q = /^[+\s]*["'`]([^"'`]*)["'`]/.exec(t);
        return q ? q[1].trim() : t;
    })
        .filter((l) => l !== '' && !/^[A-Za-z-]+:\s/.test(l) && /^[A-Za-z0-9+/=]+$/.test(l));
    const body = bodyLines.join('');
    if (body.length < 64)
        return no('no key material');
    if (looksLikePlaceholder(body.slice(0, 64)))
        return no('placeholder');
    let bytes;
    try {
        bytes = Buffer.from(body.replace(/=[A-Za-z0-9+/]{4}$/, ''), 'base64');
    }
    catch {
        return { finding: true, confidence: 'low', why: 'undecodable body', body };
    }
    if (label === 'OPENSSH PRIVATE KEY') {
        const cipher = opensshCipher(bytes);
        if (cipher === null)
            return { finding: true, confidence: 'low', why: 'unrecognised OpenSSH key body', body };
        return cipher === 'none' ? { finding: true, confidence: 'high', why: 'not encrypted', body } : no(`encrypted with ${cipher}`);
    }
    if (label === 'PGP PRIVATE KEY BLOCK') {
        const s2k = pgpS2kUsage(bytes);
        if (s2k === null)
            return { finding: true, confidence: 'low', why: 'PGP secret key; protection not determined', body };
        return s2k === 0 ? { finding: true, confidence: 'high', why: 'PGP secret key without passphrase protection', body } : no('passphrase-protected PGP key');
    }
    // PKCS#1 / SEC1 / PKCS#8: DER starts with a SEQUENCE (0x30).
    if (bytes.length > 0 && bytes[0] !== 0x30)
        return { finding: true, confidence: 'low', why: 'body is not DER', body };
    return { finding: true, confidence: 'high', why: 'not encrypted', body };
}
/** The cipher name of an openssh-key-v1 body, or null when it is not one. */
function opensshCipher(b) {
    const magic = 'openssh-key-v1\0';
    if (b.length < magic.length + 4 || b.toString('latin1', 0, magic.length) !== magic)
        return null;
    const len = b.readUInt32BE(magic.length);
    if (len > 64 || magic.length + 4 + len > b.length)
        return null;
    return b.toString('latin1', magic.length + 4, magic.length + 4 + len);
}
/** The S2K usage octet of the first PGP secret-key packet (0 = unprotected), or null when unparseable. */
function pgpS2kUsage(b) {
    if (b.length < 2 || (b[0] & 0x80) === 0)
        return null;
    let tag;
    let p;
    if (b[0] & 0x40) {
        tag = b[0] & 0x3f;
        const l0 = b[1];
        p = l0 < 192 ? 2 : l0 < 224 ? 3 : l0 === 255 ? 6 : 2;
    }
    else {
        tag = (b[0] >> 2) & 0x0f;
        const lt = b[0] & 0x03;
        p = 1 + (lt === 0 ? 1 : lt === 1 ? 2 : lt === 2 ? 4 : 0);
    }
    if (tag !== 5)
        return null; // secret-key packet
    const version = b[p];
    if (version !== 4 && version !== 5 && version !== 6)
        return null;
    p += 1 + 4; // version, creation time
    const algo = b[p++];
    if (version >= 5)
        p += 4; // public key material length
    const mpi = () => {
        if (p + 2 > b.length)
            return false;
        const bits = b.readUInt16BE(p);
        p += 2 + Math.ceil(bits / 8);
        return p <= b.length;
    };
    const oid = () => {
        if (p >= b.length)
            return false;
        p += 1 + b[p];
        return p <= b.length;
    };
    let ok;
    switch (algo) {
        case 1:
        case 2:
        case 3:
            ok = mpi() && mpi();
            break;
        case 16:
        case 20:
            ok = mpi() && mpi() && mpi();
            break;
        case 17:
            ok = mpi() && mpi() && mpi() && mpi();
            break;
        case 19:
        case 22:
            ok = oid() && mpi();
            break;
        case 18:
            ok = oid() && mpi() && p < b.length && (p += 1 + b[p]) <= b.length;
            break;
        default:
            return null;
    }
    if (!ok || p >= b.length)
        return null;
    return b[p];
}
const ENV_SECRET_NAME = /(SECRET|TOKEN|PASSWORD|PASSWD|PASSPHRASE|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL|AUTH_?KEY|CLIENT_?SECRET|_PWD$|^PWD$)/i;
const ENV_PLACEHOLDER = /^(changeme|change_me|secret|password|passw0rd|token|none|null|nil|undefined|true|false|yes|no|test|testing|dev|development|local|localhost|admin|root|todo|tbd|empty|default)$/i;
function isEnvFile(base) {
    if (base !== '.env' && !base.startsWith('.env.') && !base.endsWith('.env'))
        return false;
    return !/(example|sample|template|dist|defaults?|tmpl|tpl|schema)$/i.test(base);
}
/** KEY=value lines of a dotenv file whose key names a secret and whose value looks real. */
function scanEnvFile(path, text) {
    const out = [];
    const severity = isTestPath(path) ? 'note' : 'error';
    const lines = text.split('\n');
    for (let i = 0; i < lines.length && out.length < MAX_FINDINGS_PER_FILE; i++) {
        const m = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(lines[i]);
        if (!m || !ENV_SECRET_NAME.test(m[2]))
            continue;
        let value = m[3].trim();
        const quoted = /^(["'])(.*)\1/.exec(value);
        value = quoted ? quoted[2] : value.replace(/\s+#.*$/, '');
        if (value.length < 8 || ENV_PLACEHOLDER.test(value) || looksLikePlaceholder(value) || value.toLowerCase() === m[2].toLowerCase())
            continue;
        if (/^\$|^%|^\{\{/.test(value))
            continue; // a reference to another variable or a template
        const column = m[0].indexOf(value, m[1].length + m[2].length) + 1;
        const strong = value.length >= 16 && /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value);
        out.push({ kind: 'env-secret', path, line: i + 1, column, preview: preview(value), confidence: strong ? 'high' : 'low', severity, detail: `dotenv variable ${m[2]} holds a value` });
    }
    return out;
}
/** Reads a regular file inside the root, without following symlinks and without caching. */
class DirectReader {
    root;
    dirOk = new Map();
    constructor(root) {
        this.root = root;
    }
    read(path, maxBytes) {
        if (path.startsWith('/') || path.split('/').some((s) => s === '..' || s === '' || s === '.'))
            return { ok: false, reason: 'not a path inside the repository' };
        const abs = (0,external_node_path_.join)(this.root, ...path.split('/'));
        const slash = path.lastIndexOf('/');
        const dir = slash < 0 ? '' : path.slice(0, slash);
        let inside = this.dirOk.get(dir);
        if (inside === undefined) {
            try {
                const real = (0,external_node_fs_.realpathSync)(dir === '' ? this.root : (0,external_node_path_.join)(this.root, ...dir.split('/')));
                inside = real === this.root || real.startsWith(this.root + external_node_path_.sep);
            }
            catch {
                inside = false;
            }
            this.dirOk.set(dir, inside);
        }
        if (!inside)
            return { ok: false, reason: 'directory outside the repository or missing; not followed' };
        let fd;
        try {
            const st = (0,external_node_fs_.lstatSync)(abs);
            if (!st.isFile())
                return { ok: false, reason: st.isSymbolicLink() ? 'symlink; not followed' : 'not a regular file' };
            if (st.size > maxBytes)
                return { ok: false, reason: `skipped: ${st.size} bytes is over the ${maxBytes}-byte scan limit`, tooLarge: true };
            fd = (0,external_node_fs_.openSync)(abs, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0));
        }
        catch (e) {
            return { ok: false, reason: `cannot be read: ${e.code ?? 'error'}` };
        }
        try {
            const st = (0,external_node_fs_.fstatSync)(fd);
            if (!st.isFile())
                return { ok: false, reason: 'not a regular file' };
            const size = Math.min(st.size, maxBytes);
            const buf = Buffer.alloc(size);
            let off = 0;
            while (off < size) {
                const n = (0,external_node_fs_.readSync)(fd, buf, off, size - off, off);
                if (n === 0)
                    break;
                off += n;
            }
            return { ok: true, bytes: buf.subarray(0, off) };
        }
        catch (e) {
            return { ok: false, reason: `cannot be read: ${e.code ?? 'error'}` };
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
}
function scanSecrets(snapshot, options = {}) {
    const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const maxTotal = options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES;
    const maxFindings = options.maxFindings ?? DEFAULT_MAX_FINDINGS;
    const reader = new DirectReader(snapshot.root);
    const decoder = new TextDecoder('utf-8', { fatal: false });
    const findings = [];
    const skipped = [];
    let skippedBinary = 0;
    let scannedFiles = 0;
    let scannedBytes = 0;
    let capped = false;
    const skip = (path, reason) => {
        if (skipped.length < MAX_SKIPPED_LISTED)
            skipped.push({ path, reason });
    };
    // The project's own files first, so that a large vendored tree cannot use up the byte budget.
    const vendored = (p) => /(^|\/)(node_modules|vendor|third_party|third-party|thirdparty)\//.test(p);
    const ordered = [...snapshot.files.filter((f) => !vendored(f.path)), ...snapshot.files.filter((f) => vendored(f.path))];
    for (const f of ordered) {
        if (findings.length >= maxFindings) {
            capped = true;
            break;
        }
        if (f.kind === 'symlink' || f.kind === 'submodule')
            continue;
        const slash = f.path.lastIndexOf('/');
        const base = f.path.slice(slash + 1);
        const dot = base.lastIndexOf('.');
        const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
        const severity = isTestPath(f.path) ? 'note' : 'error';
        if (KEY_CONTAINER_EXT.has(ext)) {
            findings.push({ kind: 'key-file-name', path: f.path, line: 1, column: 1, preview: '', confidence: 'low', severity, detail: `a .${ext} key store; whether it is password-protected cannot be told` });
            continue;
        }
        if (BINARY_EXT.has(ext)) {
            skippedBinary++;
            continue;
        }
        if (scannedBytes >= maxTotal) {
            capped = true;
            break;
        }
        const r = reader.read(f.path, maxFileBytes);
        if (!r.ok) {
            skip(f.path, r.reason);
            continue;
        }
        const head = r.bytes.subarray(0, 8192);
        if (head.includes(0)) {
            skippedBinary++;
            if (ext === 'key' || SSH_KEY_NAMES.has(base)) {
                findings.push({ kind: 'key-file-name', path: f.path, line: 1, column: 1, preview: '', confidence: 'low', severity, detail: `binary file named like a private key` });
            }
            continue;
        }
        if (scannedBytes + r.bytes.length > maxTotal) {
            capped = true;
            break;
        }
        scannedBytes += r.bytes.length;
        scannedFiles++;
        const text = decoder.decode(r.bytes);
        const found = scanText(f.path, text);
        if (isEnvFile(base))
            found.push(...scanEnvFile(f.path, text));
        if (found.length === 0 && (ext === 'key' || SSH_KEY_NAMES.has(base)) && text.trim() !== '' && !/ENCRYPTED|Proc-Type|PUBLIC KEY|CERTIFICATE/.test(text)) {
            found.push({ kind: 'key-file-name', path: f.path, line: 1, column: 1, preview: '', confidence: 'low', severity, detail: 'file named like a private key; no unencrypted key block recognised in it' });
        }
        for (const x of found) {
            if (findings.length >= maxFindings) {
                capped = true;
                break;
            }
            findings.push(x);
        }
    }
    if (capped)
        snapshot.note('.', `secret scan stopped early: ${scannedBytes} bytes in ${scannedFiles} files scanned`);
    return { findings, scannedFiles, scannedBytes, skipped, skippedBinary, capped };
}

;// CONCATENATED MODULE: ./src/facts/security-insights/parse.ts
// YAML parsing with source positions, hardened against hostile input.

/** Largest text we parse as a Security Insights file; real files are a few KiB. */
const MAX_PARSE_BYTES = 2 * 1024 * 1024;
/** Alias expansions allowed before the document is treated as an alias bomb. */
const MAX_ALIAS_COUNT = 100;
/** Positions recorded per document. */
const MAX_POSITIONS = 20_000;
const parse_MAX_DEPTH = 64;
/** Nesting beyond this is refused before parsing (the parser recurses). */
const MAX_NESTING = 200;
/** A cheap upper estimate of nesting: flow brackets, and block indicators/indentation per line. */
function nestingEstimate(text) {
    let max = 0;
    let flow = 0;
    let quote = null;
    let lineStart = true;
    let lead = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\n') {
            lineStart = true;
            lead = 0;
            quote = null;
            continue;
        }
        if (lineStart) {
            if (c === ' ') {
                lead += 0.5;
                continue;
            }
            if ((c === '-' || c === '?' || c === ':') && (text[i + 1] === ' ' || text[i + 1] === '\n')) {
                lead += 1;
                i++;
                continue;
            }
            lineStart = false;
            if (lead > max)
                max = Math.ceil(lead);
        }
        if (quote) {
            if (c === quote)
                quote = null;
            continue;
        }
        if (c === '"' || c === "'")
            quote = c;
        else if (c === '#') {
            while (i + 1 < text.length && text[i + 1] !== '\n')
                i++;
        }
        else if (c === '[' || c === '{') {
            flow++;
            if (flow > max)
                max = flow;
        }
        else if ((c === ']' || c === '}') && flow > 0)
            flow--;
    }
    return Math.max(max, Math.ceil(lead));
}
function joinPath(parent, key) {
    return parent === '' ? key : `${parent}.${key}`;
}
function parse_parseYaml(text, file) {
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
    const lc = new yaml_dist/* LineCounter */.HN();
    let doc;
    try {
        doc = (0,yaml_dist/* parseDocument */.Tp)(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, strict: true });
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
        if (!node || depth > parse_MAX_DEPTH || (0,yaml_dist/* isAlias */.Vj)(node))
            continue;
        if ((0,yaml_dist/* isMap */.jh)(node)) {
            for (const pair of node.items) {
                if (!(0,yaml_dist/* isPair */.tO)(pair))
                    continue;
                const k = pair.key;
                const keyText = (0,yaml_dist/* isScalar */.jn)(k) ? String(k.value) : k ? String(k) : '';
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
        else if ((0,yaml_dist/* isSeq */.oP)(node)) {
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

;// CONCATENATED MODULE: ./schemas/security-insights-2.x.schema.json
const security_insights_2_x_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://security-slam.dev/schemas/security-insights-2.x.schema.json","title":"OpenSSF Security Insights 2.x","description":"Written by hand for the Security Slam action from the authoritative CUE schema of Security Insights v2.2.0 (schema.cue, #SecurityInsights). It follows what `cue vet` applies: CUE definitions are closed (no unknown keys), and a CUE list written [#X, ...] requires at least one entry and constrains only the first (prefixItems). Files that declare schema-version 2.0.0 or 2.1.0 are checked against these same rules; see docs/security-insights.md for the differences between versions.","$ref":"#/$defs/SecurityInsights","$defs":{"URL":{"description":"a web URL beginning with http:// or https://","type":"string","pattern":"^https?://[^\\\\s]+$"},"Email":{"description":"an email address such as security@example.org","type":"string","pattern":"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\\\.[A-Za-z]{2,}$"},"Date":{"description":"a date written YYYY-MM-DD (quote it in YAML, e.g. \'2025-03-01\')","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","format":"date"},"SchemaVersion":{"description":"a version written X.Y.Z, such as 2.2.0","type":"string","pattern":"^[1-9]+\\\\.[0-9]+\\\\.[0-9]+$"},"Assessment":{"type":"object","properties":{"comment":{"type":"string"},"name":{"type":"string"},"evidence":{"$ref":"#/$defs/URL"},"date":{"$ref":"#/$defs/Date"}},"required":["comment"],"additionalProperties":false},"Attestation":{"type":"object","properties":{"name":{"type":"string"},"location":{"$ref":"#/$defs/URL"},"predicate-uri":{"type":"string"},"comment":{"type":"string"}},"required":["name","location","predicate-uri"],"additionalProperties":false},"Contact":{"type":"object","properties":{"name":{"type":"string"},"primary":{"type":"boolean"},"affiliation":{"type":"string"},"email":{"$ref":"#/$defs/Email"},"social":{"type":"string"}},"required":["name","primary"],"additionalProperties":false},"License":{"type":"object","properties":{"url":{"$ref":"#/$defs/URL"},"expression":{"type":"string"}},"required":["url","expression"],"additionalProperties":false},"Link":{"type":"object","properties":{"uri":{"type":"string"},"comment":{"type":"string"}},"required":["uri","comment"],"additionalProperties":false},"ProjectRepository":{"type":"object","properties":{"name":{"type":"string"},"comment":{"type":"string"},"url":{"$ref":"#/$defs/URL"}},"required":["name","comment","url"],"additionalProperties":false},"SecurityInsights":{"type":"object","properties":{"header":{"$ref":"#/$defs/Header"},"project":{"$ref":"#/$defs/Project"},"repository":{"$ref":"#/$defs/Repository"}},"required":["header"],"additionalProperties":false},"Header":{"type":"object","properties":{"last-reviewed":{"$ref":"#/$defs/Date"},"last-updated":{"$ref":"#/$defs/Date"},"schema-version":{"$ref":"#/$defs/SchemaVersion"},"url":{"$ref":"#/$defs/URL"},"comment":{"type":"string"},"project-si-source":{"$ref":"#/$defs/URL"}},"required":["last-reviewed","last-updated","schema-version","url"],"additionalProperties":false},"ProjectDocumentation":{"type":"object","properties":{"design":{"$ref":"#/$defs/URL"},"detailed-guide":{"$ref":"#/$defs/URL"},"code-of-conduct":{"$ref":"#/$defs/URL"},"quickstart-guide":{"$ref":"#/$defs/URL"},"release-process":{"$ref":"#/$defs/URL"},"support-policy":{"$ref":"#/$defs/URL"},"signature-verification":{"$ref":"#/$defs/URL"}},"additionalProperties":false},"VulnerabilityReporting":{"type":"object","properties":{"reports-accepted":{"type":"boolean"},"bug-bounty-available":{"type":"boolean"},"bug-bounty-program":{"$ref":"#/$defs/URL"},"contact":{"$ref":"#/$defs/Contact"},"comment":{"type":"string"},"policy":{"$ref":"#/$defs/URL"},"pgp-key":{"type":"string"},"in-scope":{"type":"array","items":{"type":"string"}},"out-of-scope":{"type":"array","items":{"type":"string"}}},"required":["reports-accepted","bug-bounty-available"],"additionalProperties":false},"Project":{"type":"object","properties":{"name":{"type":"string"},"homepage":{"$ref":"#/$defs/URL"},"roadmap":{"$ref":"#/$defs/URL"},"funding":{"$ref":"#/$defs/URL"},"steward":{"$ref":"#/$defs/Link"},"administrators":{"type":"array","minItems":1,"prefixItems":[{"$ref":"#/$defs/Contact"}]},"repositories":{"type":"array","minItems":1,"prefixItems":[{"$ref":"#/$defs/ProjectRepository"}]},"vulnerability-reporting":{"$ref":"#/$defs/VulnerabilityReporting"},"documentation":{"$ref":"#/$defs/ProjectDocumentation"}},"required":["name","administrators","repositories","vulnerability-reporting"],"additionalProperties":false},"SecurityToolIntegration":{"type":"object","properties":{"adhoc":{"type":"boolean"},"ci":{"type":"boolean"},"release":{"type":"boolean"}},"required":["adhoc","ci","release"],"additionalProperties":false},"SecurityToolResults":{"type":"object","properties":{"adhoc":{"$ref":"#/$defs/Attestation"},"ci":{"$ref":"#/$defs/Attestation"},"release":{"$ref":"#/$defs/Attestation"}},"additionalProperties":false},"SecurityTool":{"type":"object","properties":{"name":{"type":"string"},"type":{"enum":["fuzzing","container","secret","SCA","SAST","other"]},"version":{"type":"string"},"comment":{"type":"string"},"rulesets":{"type":"array","items":{"type":"string"}},"integration":{"$ref":"#/$defs/SecurityToolIntegration"},"results":{"$ref":"#/$defs/SecurityToolResults"}},"required":["name","type","rulesets","integration","results"],"additionalProperties":false},"SecurityAssessments":{"type":"object","properties":{"self":{"$ref":"#/$defs/Assessment"},"third-party":{"type":"array","items":{"$ref":"#/$defs/Assessment"}}},"required":["self"],"additionalProperties":false},"SecurityPosture":{"type":"object","properties":{"assessments":{"$ref":"#/$defs/SecurityAssessments"},"champions":{"type":"array","items":{"$ref":"#/$defs/Contact"}},"tools":{"type":"array","items":{"$ref":"#/$defs/SecurityTool"}}},"required":["assessments"],"additionalProperties":false},"RepositoryDocumentation":{"type":"object","properties":{"contributing-guide":{"$ref":"#/$defs/URL"},"dependency-management-policy":{"$ref":"#/$defs/URL"},"governance":{"$ref":"#/$defs/URL"},"review-policy":{"$ref":"#/$defs/URL"},"security-policy":{"$ref":"#/$defs/URL"}},"additionalProperties":false},"ReleaseDetails":{"type":"object","properties":{"automated-pipeline":{"type":"boolean"},"distribution-points":{"type":"array","minItems":1,"prefixItems":[{"$ref":"#/$defs/Link"}]},"changelog":{"$ref":"#/$defs/URL"},"license":{"$ref":"#/$defs/License"},"attestations":{"type":"array","items":{"$ref":"#/$defs/Attestation"}}},"required":["automated-pipeline","distribution-points"],"additionalProperties":false},"Repository":{"type":"object","properties":{"status":{"enum":["active","abandoned","concept","inactive","moved","suspended","unsupported","WIP"]},"url":{"$ref":"#/$defs/URL"},"accepts-change-request":{"type":"boolean"},"accepts-automated-change-request":{"type":"boolean"},"bug-fixes-only":{"type":"boolean"},"no-third-party-packages":{"type":"boolean"},"core-team":{"type":"array","minItems":1,"prefixItems":[{"$ref":"#/$defs/Contact"}]},"license":{"$ref":"#/$defs/License"},"security":{"$ref":"#/$defs/SecurityPosture"},"documentation":{"$ref":"#/$defs/RepositoryDocumentation"},"release":{"$ref":"#/$defs/ReleaseDetails"}},"required":["status","url","accepts-change-request","accepts-automated-change-request","core-team","license","security"],"additionalProperties":false}}}');
;// CONCATENATED MODULE: ./src/facts/security-insights/schema.ts
// Our JSON Schema for Security Insights 2.x (written from schema.cue), compiled once,
// plus an index of where each key is allowed, used for "did you mean" hints.



const SCHEMA = security_insights_2_x_schema_namespaceObject;
const SCHEMA_ID = SCHEMA.$id;
/** Schema versions of the 2.x line this module knows. */
const KNOWN_VERSIONS = ['2.0.0', '2.1.0', '2.2.0'];
const schema_CURRENT_VERSION = '2.2.0';
let compiled = null;
function schema_validators() {
    if (compiled)
        return compiled;
    // strictTuples is off because CUE's [#X, ...] is an open tuple: one constrained entry, any number after it.
    const ajv = new (_2020_default())({ allErrors: true, strict: true, strictTuples: false, verbose: true });
    dist_default()(ajv, ['date']);
    ajv.addSchema(SCHEMA);
    const document = ajv.getSchema(SCHEMA_ID);
    if (!document)
        throw new Error('Security Insights schema failed to compile');
    const defs = new Map();
    for (const name of Object.keys(SCHEMA.$defs ?? {})) {
        const v = ajv.getSchema(`${SCHEMA_ID}#/$defs/${name}`);
        if (v)
            defs.set(name, v);
    }
    compiled = { document, defs };
    return compiled;
}
/** Validates a parsed document against the 2.x schema. */
function validateDocument(data) {
    const v = schema_validators().document;
    return v(data) ? [] : [...(v.errors ?? [])];
}
/** Validates a value against one definition, e.g. "Contact". */
function validateDefinition(name, data) {
    const v = schema_validators().defs.get(name);
    if (!v)
        throw new Error(`unknown definition ${name}`);
    return v(data) ? [] : [...(v.errors ?? [])];
}
function resolveRef(s) {
    let cur = s;
    for (let i = 0; i < 10 && cur.$ref; i++) {
        const m = /^#\/\$defs\/(.+)$/.exec(cur.$ref);
        const next = m ? SCHEMA.$defs?.[m[1]] : undefined;
        if (!next)
            break;
        cur = next;
    }
    return cur;
}
let locations = null;
/** Every (parent, key) pair the schema allows, walking $refs (the schema has no cycles). */
function keyLocations() {
    if (locations)
        return locations;
    const out = [];
    const visit = (s, path, depth) => {
        if (depth > 20)
            return;
        const r = resolveRef(s);
        if (r.properties) {
            for (const [key, child] of Object.entries(r.properties)) {
                const def = child.$ref ? child.$ref.replace('#/$defs/', '') : undefined;
                out.push({ parent: path, key, def });
                visit(child, path === '' ? key : `${path}.${key}`, depth + 1);
            }
        }
        const item = r.prefixItems?.[0] ?? (typeof r.items === 'object' ? r.items : undefined);
        if (item)
            visit(item, `${path}[]`, depth + 1);
    };
    visit(SCHEMA, '', 0);
    locations = out;
    return out;
}
/** The object schema at a schema path ('' root, 'project.administrators[]'), or undefined. */
function schemaAt(schemaPath) {
    let cur = resolveRef(SCHEMA);
    for (const seg of splitSchemaPath(schemaPath)) {
        if (!cur)
            return undefined;
        if (seg === '[]') {
            const item = cur.prefixItems?.[0] ?? (typeof cur.items === 'object' ? cur.items : undefined);
            cur = item ? resolveRef(item) : undefined;
        }
        else {
            const p = cur.properties?.[seg];
            cur = p ? resolveRef(p) : undefined;
        }
    }
    return cur;
}
/** Splits 'a.b[].c' or 'a.b[3].c' into ['a', 'b', '[]', 'c'] (indices become []). */
function splitSchemaPath(path) {
    const out = [];
    for (const part of path.split('.')) {
        if (part === '')
            continue;
        const m = /^([^[]*)((?:\[\d*\])*)$/.exec(part);
        if (!m) {
            out.push(part);
            continue;
        }
        if (m[1])
            out.push(m[1]);
        const brackets = m[2].match(/\[\d*\]/g) ?? [];
        for (let i = 0; i < brackets.length; i++)
            out.push('[]');
    }
    return out;
}
/** The schema path of an instance path: indices replaced by []. */
function toSchemaPath(field) {
    return field.replace(/\[\d+\]/g, '[]');
}

;// CONCATENATED MODULE: ./src/facts/security-insights/suggest.ts
// "Did you mean" hints: misspelled keys (edit distance) and keys placed at the wrong level.

/** Optimal string alignment distance (Levenshtein plus adjacent transposition), bounded input. */
function editDistance(a, b) {
    a = a.slice(0, 80);
    b = b.slice(0, 80);
    const n = a.length;
    const m = b.length;
    if (n === 0)
        return m;
    if (m === 0)
        return n;
    const d = [];
    for (let i = 0; i <= n; i++)
        d.push(new Array(m + 1).fill(0));
    for (let i = 0; i <= n; i++)
        d[i][0] = i;
    for (let j = 0; j <= m; j++)
        d[0][j] = j;
    for (let i = 1; i <= n; i++) {
        for (let j = 1; j <= m; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                v = Math.min(v, d[i - 2][j - 2] + 1);
            d[i][j] = v;
        }
    }
    return d[n][m];
}
function normalize(k) {
    return k.toLowerCase().replace(/[\s_.]+/g, '-');
}
/** The closest of `candidates` to `word`, when close enough to be a likely typo. */
function closest(word, candidates) {
    const nw = normalize(word);
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        if (c === word)
            continue;
        const d = normalize(c) === nw ? 0 : editDistance(nw, normalize(c));
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    const limit = Math.max(2, Math.floor(nw.length / 4));
    return best !== undefined && bestD <= limit ? best : undefined;
}
function parentOf(schemaPath) {
    if (schemaPath === '')
        return null;
    if (schemaPath.endsWith('[]'))
        return schemaPath.slice(0, -2);
    const i = schemaPath.lastIndexOf('.');
    return i < 0 ? '' : schemaPath.slice(0, i);
}
function show(schemaPath) {
    return schemaPath === '' ? 'the top level' : `\`${schemaPath}\``;
}
/**
 * A hint for an unknown key `key` found in the object at instance path `parentField`
 * ('' for the top level), or undefined when we have nothing useful to say.
 */
function unknownKeyHint(parentField, key) {
    const sp = toSchemaPath(parentField);
    const here = schemaAt(sp);
    const allowed = Object.keys(here?.properties ?? {});
    const typo = closest(key, allowed);
    if (typo)
        return `Did you mean \`${typo}\`?`;
    const nk = normalize(key);
    const places = keyLocations().filter((l) => l.key === key || normalize(l.key) === nk);
    if (places.length === 0) {
        // A misspelled key that also sits at the wrong level.
        const near = keyLocations().filter((l) => editDistance(normalize(l.key), nk) <= 1);
        if (near.length === 1)
            return `Did you mean \`${near[0].key}\` under ${show(near[0].parent)}?`;
        return allowed.length > 0 ? `Allowed here: ${allowed.map((a) => `\`${a}\``).join(', ')}.` : undefined;
    }
    const up = parentOf(sp);
    const rank = (p) => {
        if (p === up)
            return 0; // one level up
        if (parentOf(p) === sp)
            return 1; // one level down
        if (up !== null && parentOf(p) === up)
            return 2; // under a sibling
        return 3;
    };
    const sorted = [...places].sort((a, b) => rank(a.parent) - rank(b.parent) || a.parent.length - b.parent.length);
    const best = rank(sorted[0].parent);
    const chosen = sorted.filter((p) => rank(p.parent) === best).slice(0, 3);
    const where = chosen.map((p) => `${show(p.parent)} (as \`${p.parent === '' ? p.key : `${p.parent}.${p.key}`}\`)`).join(' or ');
    const relation = ['one level up', 'one level down', 'under a sibling', 'elsewhere'][best];
    return `\`${key}\` belongs ${relation}, under ${where}.`;
}

;// CONCATENATED MODULE: ./src/facts/security-insights/validate.ts
// Schema validation with diagnostics a maintainer can act on: line, column, field path,
// what was expected, and "did you mean" hints.



/** Cap on schema diagnostics per file, so a hostile file cannot flood the report. */
const MAX_SCHEMA_DIAGNOSTICS = 200;
/** Converts a JSON pointer into a dot path, using the data to tell array indices from keys. */
function pointerToField(root, pointer, base = '') {
    if (pointer === '')
        return base;
    let field = base;
    let cur = root;
    for (const raw of pointer.split('/').slice(1)) {
        const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(cur)) {
            field = `${field}[${seg}]`;
            cur = cur[Number(seg)];
        }
        else {
            field = joinPath(field, seg);
            cur = cur && typeof cur === 'object' && Object.hasOwn(cur, seg) ? cur[seg] : undefined;
        }
    }
    return field;
}
/** Position of a field: its key (which: 'key') or its value; falls back to the nearest ancestor. */
function positionOf(positions, field, which) {
    let f = field;
    for (let i = 0; i < 100; i++) {
        const p = positions.get(f);
        if (p)
            return which === 'key' ? p.key : p.value;
        if (f === '')
            break;
        const m = /^(.*)\[\d+\]$/.exec(f);
        if (m)
            f = m[1];
        else {
            const dot = f.lastIndexOf('.');
            f = dot < 0 ? '' : f.slice(0, dot);
        }
    }
    return { line: 1, column: 1 };
}
function describeValue(v) {
    if (v === null || v === undefined)
        return 'nothing (an empty value)';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    if (typeof v === 'string')
        return `the text ${validate_quote(v)}`;
    if (typeof v === 'boolean')
        return `the boolean ${v}`;
    if (typeof v === 'number')
        return `the number ${v}`;
    return typeof v;
}
function validate_quote(s) {
    const t = s.length > 80 ? `${s.slice(0, 77)}...` : s;
    return JSON.stringify(t);
}
const TYPE_WORDS = {
    string: 'text',
    boolean: 'true or false',
    object: 'a mapping of keys to values',
    array: 'a list',
    number: 'a number',
    integer: 'a whole number',
};
function valueAt(root, pointer) {
    let cur = root;
    for (const raw of pointer.split('/').slice(1)) {
        const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, seg))
            return undefined;
        cur = cur[seg];
    }
    return cur;
}
/** Renames between 2.x versions that we tolerate in files declaring the older version. */
const RENAMED_IN_2_2 = [
    { parent: 'project.vulnerability-reporting', old: 'security-policy', now: 'policy' },
];
/** Fields added in 2.2.0 (not in 2.0.0 / 2.1.0). */
const ADDED_IN_2_2 = ['project.documentation.design', 'project.vulnerability-reporting.policy'];
/** Fields added in 2.1.0 (not in 2.0.0). */
const ADDED_IN_2_1 = ['project.steward', 'project.documentation.support-policy'];
function errorsToDiagnostics(errors, root, ctx, severity, base, prefix) {
    const out = [];
    const seen = new Set();
    const patternFields = new Set(errors.filter((e) => e.keyword === 'pattern' || e.keyword === 'type').map((e) => e.instancePath));
    const older = ctx.schemaVersion === '2.0.0' || ctx.schemaVersion === '2.1.0';
    for (const e of errors) {
        // Past the cap, keep counting but skip the work of describing (hints are costly).
        if (out.length > MAX_SCHEMA_DIAGNOSTICS) {
            out.push({ severity, message: '', path: ctx.file, line: 1, column: 1 });
            continue;
        }
        const field = pointerToField(root, e.instancePath, base);
        let message;
        let at;
        let diagField = field;
        let sev = severity;
        const parentSchema = e.parentSchema;
        switch (e.keyword) {
            case 'required': {
                const missing = String(e.params.missingProperty);
                diagField = joinPath(field, missing);
                const where = field === '' ? 'The document' : `\`${field}\``;
                const child = parentSchema?.properties?.[missing];
                const expected = child ? describeSchema(child) : 'a value';
                message = `${where} is missing the required field \`${missing}\` (expected ${expected}).`;
                at = positionOf(ctx.positions, field, 'key');
                break;
            }
            case 'additionalProperties': {
                const key = String(e.params.additionalProperty);
                diagField = joinPath(field, key);
                at = positionOf(ctx.positions, diagField, 'key');
                const rename = RENAMED_IN_2_2.find((r) => r.parent === field && r.old === key);
                if (rename && older) {
                    sev = 'info';
                    message = `\`${diagField}\` is the ${ctx.schemaVersion} name; schema 2.2.0 renamed it \`${rename.now}\`. Accepted for a ${ctx.schemaVersion} file; rename it when you move to 2.2.0.`;
                    break;
                }
                const where = field === '' ? 'the top level' : `\`${field}\``;
                const hint = rename ? `Schema 2.2.0 renamed it \`${rename.now}\`.` : unknownKeyHint(field, key);
                message = `\`${key}\` is not a field of ${where}.${hint ? ` ${hint}` : ''}`;
                break;
            }
            case 'type': {
                const v = valueAt(root, e.instancePath);
                const want = String(e.params.type);
                message = `\`${field || '(document)'}\` must be ${TYPE_WORDS[want] ?? want}; found ${describeValue(v)}.`;
                if (want === 'array' && (typeof v === 'string' || typeof v === 'object'))
                    message += ' Write it as a YAML list (lines starting with "- ").';
                if (want === 'string' && (typeof v === 'number' || typeof v === 'boolean'))
                    message += ' Quote the value to make it text.';
                at = positionOf(ctx.positions, field, 'value');
                break;
            }
            case 'pattern':
            case 'format': {
                if (e.keyword === 'format' && patternFields.has(e.instancePath))
                    continue;
                const v = valueAt(root, e.instancePath);
                const desc = parentSchema?.description ?? `text matching ${String(e.params.pattern ?? '')}`;
                const real = e.keyword === 'format' ? 'a real calendar date, written YYYY-MM-DD' : desc;
                message = `\`${field}\` must be ${real}; found ${describeValue(v)}.`;
                at = positionOf(ctx.positions, field, 'value');
                break;
            }
            case 'enum': {
                const v = valueAt(root, e.instancePath);
                const allowed = (e.params.allowedValues ?? []).map(String);
                const ci = typeof v === 'string' ? allowed.find((a) => a.toLowerCase() === v.toLowerCase()) : undefined;
                message = `\`${field}\` must be one of ${allowed.map((a) => `\`${a}\``).join(', ')}; found ${describeValue(v)}.${ci ? ` Did you mean \`${ci}\`?` : ''}`;
                at = positionOf(ctx.positions, field, 'value');
                break;
            }
            case 'minItems':
                message = `\`${field}\` must list at least one entry.`;
                at = positionOf(ctx.positions, field, 'key');
                break;
            default:
                message = `\`${field || '(document)'}\` ${e.message ?? 'does not meet the schema'}.`;
                at = positionOf(ctx.positions, field, 'value');
        }
        const dedupe = `${diagField}|${message}`;
        if (seen.has(dedupe))
            continue;
        seen.add(dedupe);
        out.push({ severity: sev, message: prefix + message, path: ctx.file, line: at.line, column: at.column, field: diagField || undefined });
    }
    return out;
}
function describeSchema(s) {
    const r = resolveRef(s);
    if (r.description)
        return r.description;
    if (r.enum)
        return `one of ${r.enum.map((v) => `\`${String(v)}\``).join(', ')}`;
    if (r.type === 'array')
        return 'a list';
    if (r.type === 'object')
        return 'a mapping';
    return r.type ? (TYPE_WORDS[r.type] ?? r.type) : 'a value';
}
/** Arrays written [#X, ...] in CUE: schema path (no indices) and the item definition. */
function openTupleLists() {
    const out = [];
    const visit = (s, path, depth) => {
        if (depth > 12)
            return;
        const r = resolveRef(s);
        for (const [k, child] of Object.entries(r.properties ?? {})) {
            const p = joinPath(path, k);
            const c = resolveRef(child);
            if (c.prefixItems?.[0]?.$ref)
                out.push({ field: p, def: c.prefixItems[0].$ref.replace('#/$defs/', '') });
            else if (c.type === 'object' || c.properties)
                visit(child, p, depth + 1);
        }
    };
    visit(SCHEMA, '', 0);
    return out;
}
let tupleLists = null;
function getPath(root, field) {
    let cur = root;
    for (const seg of field.split('.')) {
        if (cur === null || typeof cur !== 'object' || Array.isArray(cur) || !Object.hasOwn(cur, seg))
            return undefined;
        cur = cur[seg];
    }
    return cur;
}
/** Validates a parsed 2.x document. */
function validate_validateInsights(data, ctx) {
    const errors = validateDocument(data);
    let diagnostics = errorsToDiagnostics(errors, data, ctx, 'error', '', '');
    const valid = !diagnostics.some((d) => d.severity === 'error');
    // The documented intent that CUE does not enforce: every entry of a [#X, ...] list is an X.
    tupleLists ??= openTupleLists();
    for (const { field, def } of tupleLists) {
        const list = getPath(data, field);
        if (!Array.isArray(list))
            continue;
        for (let i = 1; i < list.length && i < 1000; i++) {
            const errs = validateDefinition(def, list[i]);
            if (errs.length === 0)
                continue;
            diagnostics.push(...errorsToDiagnostics(errs, list[i], ctx, 'warning', `${field}[${i}]`, `The specification says every entry of \`${field}\` is a ${def} (schema.cue checks only the first, so this does not make the file invalid): `));
        }
    }
    // Version-specific notes for files that declare an older 2.x version.
    if (ctx.schemaVersion === '2.0.0' || ctx.schemaVersion === '2.1.0') {
        const added = ctx.schemaVersion === '2.0.0' ? [...ADDED_IN_2_1, ...ADDED_IN_2_2] : ADDED_IN_2_2;
        for (const f of added) {
            if (getPath(data, f) === undefined)
                continue;
            const p = positionOf(ctx.positions, f, 'key');
            diagnostics.push({
                severity: 'info',
                message: `\`${f}\` is not part of schema ${ctx.schemaVersion}, which the header declares; set \`header.schema-version\` to 2.2.0.`,
                path: ctx.file,
                line: p.line,
                column: p.column,
                field: f,
            });
        }
    }
    if (diagnostics.length > MAX_SCHEMA_DIAGNOSTICS) {
        const dropped = diagnostics.length - MAX_SCHEMA_DIAGNOSTICS;
        diagnostics = diagnostics.slice(0, MAX_SCHEMA_DIAGNOSTICS);
        diagnostics.push({ severity: 'info', message: `${dropped} more schema findings were not listed.`, path: ctx.file, line: 1, column: 1 });
    }
    return { valid, diagnostics };
}

;// CONCATENATED MODULE: ./src/facts/security-insights/checks.ts


const DAY_MS = 24 * 60 * 60 * 1000;
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
const MAX_STRINGS = 5000;
const checks_isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function get(root, field) {
    let cur = root;
    for (const seg of field.split('.')) {
        if (!checks_isObj(cur) || !Object.hasOwn(cur, seg))
            return undefined;
        cur = cur[seg];
    }
    return cur;
}
function diag(ctx, severity, field, message, which = 'value') {
    const p = positionOf(ctx.positions, field, which);
    return { severity, message, path: ctx.file, line: p.line, column: p.column, field: field || undefined };
}
/** Parses YYYY-MM-DD as a UTC date, or null. */
function parseDate(v) {
    if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v))
        return null;
    const d = new Date(`${v}T00:00:00Z`);
    return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v ? null : d;
}
function dateChecks(data, ctx) {
    const out = [];
    const now = ctx.now.getTime();
    for (const f of ['header.last-updated', 'header.last-reviewed']) {
        const d = parseDate(get(data, f));
        if (!d)
            continue;
        const ageDays = Math.floor((now - d.getTime()) / DAY_MS);
        if (ageDays > 365) {
            out.push(diag(ctx, 'warning', f, `\`${f}\` is ${ageDays} days old (more than a year); review the file and update the date.`));
        }
        else if (d.getTime() - now > DAY_MS) {
            out.push(diag(ctx, 'warning', f, `\`${f}\` is in the future (${get(data, f)}).`));
        }
    }
    const updated = parseDate(get(data, 'header.last-updated'));
    const reviewed = parseDate(get(data, 'header.last-reviewed'));
    if (updated && reviewed && reviewed.getTime() < updated.getTime()) {
        out.push(diag(ctx, 'info', 'header.last-reviewed', '`header.last-reviewed` is earlier than `header.last-updated`; a review normally follows the last update.'));
    }
    return out;
}
/** Checks on a legacy (1.x) file: its expiration date. */
function legacyChecks(data, ctx) {
    const out = [];
    const raw = get(data, 'header.expiration-date');
    const exp = typeof raw === 'string' ? new Date(raw) : null;
    if (exp && !Number.isNaN(exp.getTime()) && exp.getTime() < ctx.now.getTime()) {
        out.push(diag(ctx, 'warning', 'header.expiration-date', `\`header.expiration-date\` (${validate_quote(raw)}) is in the past; the file has expired.`));
    }
    return out;
}
/** Every string value in the document with its dot path (bounded). */
function strings(root) {
    const out = [];
    const stack = [{ v: root, field: '', key: '', depth: 0 }];
    while (stack.length > 0 && out.length < MAX_STRINGS) {
        const { v, field, key, depth } = stack.pop();
        if (depth > 64)
            continue;
        if (typeof v === 'string')
            out.push({ field, value: v, key });
        else if (Array.isArray(v))
            v.forEach((x, i) => stack.push({ v: x, field: `${field}[${i}]`, key, depth: depth + 1 }));
        else if (checks_isObj(v))
            for (const k of Object.keys(v))
                stack.push({ v: v[k], field: joinPath(field, k), key: k, depth: depth + 1 });
    }
    return out.reverse();
}
/** owner/repo of a GitHub URL, lower-cased, or null. */
function checks_githubRepoOf(url) {
    if (typeof url !== 'string')
        return null;
    const m = /^https?:\/\/(?:www\.)?github\.com\/([^/\s]+)\/([^/\s#?]+?)(?:\.git)?\/?(?:[#?].*)?$/i.exec(url);
    return m ? `${m[1]}/${m[2]}`.toLowerCase() : null;
}
/**
 * The repository path a URL points into, when it is a blob/tree/raw URL of the evaluated repository.
 * Returns the candidate paths (a ref may contain slashes, so each split is a candidate).
 */
function repoPathCandidates(url, repo) {
    let rest = null;
    const gh = /^https?:\/\/(?:www\.)?github\.com\/([^/]+)\/([^/]+)\/(?:blob|tree|raw)\/(.+)$/i.exec(url);
    const raw = /^https?:\/\/raw\.githubusercontent\.com\/([^/]+)\/([^/]+)\/(.+)$/i.exec(url);
    const m = gh ?? raw;
    if (!m || `${m[1]}/${m[2]}`.toLowerCase() !== repo)
        return null;
    rest = m[3].replace(/[#?].*$/, '');
    let segs = rest.split('/').filter((s) => s !== '');
    if (raw && segs[0] === 'refs' && (segs[1] === 'heads' || segs[1] === 'tags'))
        segs = segs.slice(2);
    const out = [];
    for (let i = 1; i < segs.length && i <= 10; i++) {
        try {
            out.push(segs.slice(i).map((s) => decodeURIComponent(s)).join('/'));
        }
        catch {
            /* malformed escape: skip this split */
        }
    }
    return out;
}
function existsInSnapshot(snapshot, path) {
    const p = path.replace(/^\.\//, '').replace(/\/+$/, '');
    if (p === '')
        return true;
    if (snapshot.has(p))
        return true;
    const prefix = p + '/';
    return snapshot.files.some((f) => f.path.startsWith(prefix));
}
function linkChecks(data, ctx) {
    const out = [];
    const repo = checks_githubRepoOf(get(data, 'repository.url'));
    for (const { field, value, key } of strings(data)) {
        if (out.length > 100)
            break;
        const v = value.trim();
        if (/^https?:\/\//i.test(v)) {
            let u = null;
            try {
                u = new URL(v);
            }
            catch {
                out.push(diag(ctx, 'warning', field, `\`${field}\` does not parse as a URL: ${validate_quote(v)}.`));
                continue;
            }
            if (!u.hostname.includes('.') && u.hostname !== 'localhost') {
                out.push(diag(ctx, 'warning', field, `\`${field}\` has a host without a domain (${validate_quote(u.hostname)}); is the URL complete?`));
            }
            if (/^(localhost|127\.|0\.0\.0\.0|\[::1\])/.test(u.hostname)) {
                out.push(diag(ctx, 'warning', field, `\`${field}\` points at a local address (${validate_quote(u.hostname)}), which readers cannot open.`));
            }
            if (repo && !v.includes('{')) {
                const cands = repoPathCandidates(v, repo);
                if (cands && cands.length > 0 && !cands.some((c) => existsInSnapshot(ctx.snapshot, c))) {
                    out.push(diag(ctx, 'warning', field, `\`${field}\` links to ${validate_quote(cands[0])} in this repository, but no such file is in the checked-out tree.`));
                }
            }
        }
        else if (/^mailto:/i.test(v)) {
            const addr = v.slice(7).split('?')[0];
            let decoded = addr;
            try {
                decoded = decodeURIComponent(addr);
            }
            catch {
                /* keep raw */
            }
            if (!EMAIL.test(decoded))
                out.push(diag(ctx, 'warning', field, `\`${field}\` is a mailto link without a valid address: ${validate_quote(v)}.`));
        }
        else if (key === 'uri' && isRelativePath(v)) {
            if (!existsInSnapshot(ctx.snapshot, v)) {
                out.push(diag(ctx, 'warning', field, `\`${field}\` is a relative path ${validate_quote(v)}, but no such file is in the repository.`));
            }
        }
    }
    return out;
}
function isRelativePath(v) {
    if (v === '' || v.length > 500 || /\s/.test(v))
        return false;
    if (/^[a-z][a-z0-9+.-]*:/i.test(v))
        return false; // has a scheme (pkg:, oci:, ...)
    if (v.startsWith('/') || v.split('/').includes('..'))
        return false;
    return v.startsWith('./') || v.includes('/') || /\.(md|txt|ya?ml|json|rst|adoc|html)$/i.test(v);
}
function contactChecks(data, ctx) {
    const out = [];
    for (const f of ['project.administrators', 'repository.core-team', 'repository.security.champions']) {
        const list = get(data, f);
        if (!Array.isArray(list) || list.length === 0)
            continue;
        const primaries = list.filter((c) => checks_isObj(c) && c.primary === true).length;
        if (primaries === 0)
            out.push(diag(ctx, 'warning', f, `No entry of \`${f}\` has \`primary: true\`; mark the first point of contact.`, 'key'));
        else if (primaries > 1)
            out.push(diag(ctx, 'warning', f, `${primaries} entries of \`${f}\` have \`primary: true\`; the specification says only one should.`, 'key'));
    }
    const contact = get(data, 'project.vulnerability-reporting.contact');
    if (checks_isObj(contact) && contact.email === undefined && contact.social === undefined) {
        out.push(diag(ctx, 'warning', 'project.vulnerability-reporting.contact', '`project.vulnerability-reporting.contact` has no `email` or `social`; reporters need a way to reach it.', 'key'));
    }
    return out;
}
function structureChecks(data, ctx) {
    const out = [];
    if (!checks_isObj(data))
        return out;
    const child = get(data, 'header.project-si-source') !== undefined;
    if (!child && data.project === undefined) {
        out.push(diag(ctx, 'warning', '', 'The file has no `project` section; the specification requires it in single-repository files and parent files (child files set `header.project-si-source` instead).', 'key'));
    }
    if (child && data.repository === undefined) {
        out.push(diag(ctx, 'warning', '', 'The file sets `header.project-si-source` (a child file) but has no `repository` section, which the specification requires in child files.', 'key'));
    }
    if (child && data.project !== undefined) {
        out.push(diag(ctx, 'info', 'project', 'The file sets `header.project-si-source` and also has a `project` section; the specification says child files omit `project` and inherit it.', 'key'));
    }
    if (!child && data.project !== undefined && data.repository === undefined) {
        out.push(diag(ctx, 'info', '', 'The file has no `repository` section; that is only expected in a parent file of a multi-repository project.', 'key'));
    }
    return out;
}
/** All checks beyond the schema, for a 2.x document. */
function extraChecks(data, ctx) {
    return [...structureChecks(data, ctx), ...dateChecks(data, ctx), ...contactChecks(data, ctx), ...linkChecks(data, ctx)];
}

;// CONCATENATED MODULE: ./src/facts/security-insights/locate.ts
/** Directories the specification accepts besides the root: the source forge's folder. */
const FORGE_DIRS = ['.github', '.gitlab', '.forgejo', '.gitea'];
/** The names the specification gives. */
const STANDARD_NAMES = ['security-insights.yml', 'security-insights.yaml'];
/** The 1.0.0 file name (Security Slam 2023). */
const LEGACY_NAME = 'SECURITY-INSIGHTS.yml';
/** Any case, any separator (or none) between the two words, .yml or .yaml. */
const locate_NAME_RE = /^security[-_. ]?insights\.ya?ml$/i;
const MAX_CANDIDATES = 10;
/** Files that look like a Security Insights file, in a stable order (root first, then forge dirs). */
function locateCandidates(snapshot) {
    const out = [];
    for (const dir of ['', ...FORGE_DIRS]) {
        for (const f of snapshot.filesIn(dir, (b) => locate_NAME_RE.test(b))) {
            if (f.kind === 'submodule')
                continue;
            const base = dir === '' ? f.path : f.path.slice(dir.length + 1);
            out.push({ path: f.path, dir, base, atRoot: dir === '', standardName: STANDARD_NAMES.includes(base) });
            if (out.length >= MAX_CANDIDATES)
                return out;
        }
    }
    return out;
}
/** Sort key: lower is preferred. */
function preference(c, gen) {
    const genRank = gen === 'current' ? 0 : gen === 'legacy' ? 2 : 3;
    const nameRank = c.standardName ? 0 : 1;
    const dirRank = c.atRoot ? 0 : 1 + FORGE_DIRS.indexOf(c.dir);
    const extRank = c.base.endsWith('.yml') ? 0 : 1;
    return [genRank + nameRank, dirRank, extRank];
}
function compareCandidates(a, b) {
    const pa = preference(a.c, a.gen);
    const pb = preference(b.c, b.gen);
    for (let i = 0; i < pa.length; i++)
        if (pa[i] !== pb[i])
            return pa[i] - pb[i];
    return a.c.path < b.c.path ? -1 : a.c.path > b.c.path ? 1 : 0;
}
function describeWhy(c, gen) {
    const parts = [];
    parts.push(gen === 'current' ? 'schema 2.x' : gen === 'legacy' ? 'legacy schema 1.x' : 'schema not recognised');
    parts.push(c.standardName ? 'name given by the specification' : 'name not given by the specification');
    parts.push(c.atRoot ? 'at the repository root' : `in ${c.dir}/`);
    return parts.join(', ');
}

;// CONCATENATED MODULE: ./src/facts/security-insights/gather.ts





/** Largest parent file fetched. */
const MAX_PARENT_BYTES = 1024 * 1024;
const DEFAULT_FETCH_TIMEOUT_MS = 10_000;
/** Top-level keys of schema 1.0.0 that 2.x does not have. */
const LEGACY_KEYS = ['project-lifecycle', 'contribution-policy', 'security-contacts', 'security-artifacts', 'security-testing', 'dependencies', 'distribution-points'];
const gather_isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function schemaVersionOf(data) {
    if (!gather_isObj(data) || !gather_isObj(data.header))
        return null;
    const v = data.header['schema-version'];
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
}
function generationOf(data) {
    if (!gather_isObj(data))
        return 'unknown';
    const v = schemaVersionOf(data);
    if (v !== null) {
        if (/^1(\.|$)/.test(v))
            return 'legacy';
        if (/^2(\.|$)/.test(v))
            return 'current';
    }
    if ((gather_isObj(data.header) && data.header['expiration-date'] !== undefined) || LEGACY_KEYS.some((k) => Object.hasOwn(data, k)) || (gather_isObj(data['vulnerability-reporting']))) {
        return 'legacy';
    }
    if (v === null && (Object.hasOwn(data, 'project') || Object.hasOwn(data, 'repository') || Object.hasOwn(data, 'header')))
        return 'current';
    return 'unknown';
}
function load(snapshot, c) {
    const entry = snapshot.get(c.path);
    const r = snapshot.read(c.path);
    if (!r.ok) {
        const reason = entry?.kind === 'symlink' && /outside|loop/.test(r.reason) ? `a symlink; ${r.reason}` : r.reason;
        return { c, gen: 'unknown', parsed: null, readError: reason };
    }
    let parsed;
    try {
        parsed = parse_parseYaml(r.text, c.path);
    }
    catch (e) {
        // parseYaml catches what it can; this is a last line of defence (e.g. stack exhaustion).
        parsed = {
            ok: false,
            data: null,
            positions: new Map(),
            diagnostics: [{ severity: 'error', message: `YAML cannot be parsed: ${errorText(e)}`, path: c.path, line: 0, column: 0 }],
        };
    }
    if (r.invalidUtf8) {
        parsed.diagnostics.unshift({ severity: 'warning', message: 'The file is not valid UTF-8; invalid bytes were replaced.', path: c.path, line: 0, column: 0 });
    }
    return { c, gen: generationOf(parsed.data), parsed, readError: null };
}
function positionsRecord(map) {
    return Object.fromEntries([...map].map(([k, v]) => [k, v.key]));
}
async function gatherSecurityInsights(snapshot, options) {
    const now = options.now ?? new Date();
    const found = locateCandidates(snapshot);
    const facts = { file: null, candidates: [], diagnostics: [], data: null, positions: {}, parent: null, projectUnknownReason: null };
    if (found.length === 0)
        return facts;
    const loaded = found.map((c) => load(snapshot, c)).sort(compareCandidates);
    const chosen = loaded[0];
    const why = (l) => describeWhy(l.c, l.gen) + (l.readError ? `; cannot be read: ${l.readError}` : '');
    facts.candidates = loaded.map((l, i) => ({
        path: l.c.path,
        used: i === 0,
        why: i === 0 ? (loaded.length > 1 ? `used: ${why(l)}; preferred over the others` : `used: ${why(l)}`) : `not used: ${why(l)}; ${chosen.c.path} is preferred`,
    }));
    for (const other of loaded.slice(1)) {
        facts.diagnostics.push({
            severity: 'warning',
            message: `Another Security Insights file was found and ignored: ${other.c.path} (${why(other)}). ${chosen.c.path} is used; remove or merge the other file so readers see one source.`,
            path: other.c.path,
            line: 1,
            column: 1,
        });
    }
    const file = chosen.c.path;
    const diags = facts.diagnostics;
    const version = chosen.parsed ? schemaVersionOf(chosen.parsed.data) : null;
    facts.file = { path: file, schemaVersion: version, legacy: chosen.gen === 'legacy', valid: false, atRoot: chosen.c.atRoot, nameIsStandard: chosen.c.standardName };
    if (chosen.readError !== null || !chosen.parsed) {
        diags.push({ severity: 'error', message: `The Security Insights file cannot be read: ${chosen.readError ?? 'unknown reason'}.`, path: file, line: 0, column: 0 });
        return facts;
    }
    const parsed = chosen.parsed;
    diags.push(...parsed.diagnostics);
    facts.data = parsed.data ?? null;
    facts.positions = positionsRecord(parsed.positions);
    if (!chosen.c.standardName && chosen.gen !== 'legacy') {
        diags.push({
            severity: 'warning',
            message: `The file is named ${chosen.c.base}; the specification names it security-insights.yml (at the root, or in the forge folder such as .github/). Tools that follow the specification will not find it.`,
            path: file,
            line: 1,
            column: 1,
        });
    }
    if (!chosen.c.atRoot) {
        diags.push({
            severity: 'info',
            message: `The file is in ${chosen.c.dir}/, which the specification accepts; the Security Slam asks for it at the repository root.`,
            path: file,
            line: 1,
            column: 1,
        });
    }
    const data = parsed.data;
    if (!gather_isObj(data)) {
        diags.push({
            severity: 'error',
            message: `The document must be a mapping with \`header\`, \`project\` and \`repository\`; found ${describeValue(data)}.`,
            path: file,
            line: 1,
            column: 1,
        });
        return facts;
    }
    const ctx = { file, positions: parsed.positions, snapshot, now };
    if (chosen.gen === 'legacy') {
        const at = positionOf(parsed.positions, 'header.schema-version', 'value');
        diags.push({
            severity: 'error',
            message: `This is a Security Insights ${version ? `${version} ` : '1.x '}file, the legacy schema; it does not meet the current schema (2.x, latest ${schema_CURRENT_VERSION}). Write a ${schema_CURRENT_VERSION} security-insights.yml at the repository root (\`slam insights init\` drafts one).`,
            path: file,
            line: at.line,
            column: at.column,
            field: 'header.schema-version',
        });
        diags.push(...legacyChecks(data, ctx));
        return facts;
    }
    if (version !== null && !KNOWN_VERSIONS.includes(version)) {
        const at = positionOf(parsed.positions, 'header.schema-version', 'value');
        const newer2 = /^2\.\d+\.\d+$/.test(version);
        diags.push({
            severity: newer2 ? 'warning' : 'error',
            message: newer2
                ? `Schema version ${version} is newer than the versions this tool knows (${KNOWN_VERSIONS.join(', ')}); it was checked against the ${schema_CURRENT_VERSION} rules.`
                : `Schema version ${JSON.stringify(version)} is not a Security Insights 2.x version (${KNOWN_VERSIONS.join(', ')}).`,
            path: file,
            line: at.line,
            column: at.column,
            field: 'header.schema-version',
        });
    }
    const result = validate_validateInsights(data, { file, positions: parsed.positions, schemaVersion: version });
    diags.push(...result.diagnostics);
    diags.push(...extraChecks(data, ctx));
    const versionOk = version !== null && /^2\.\d+\.\d+$/.test(version);
    facts.file.valid = parsed.ok && result.valid && versionOk && chosen.gen === 'current';
    // A child file inherits its project section from header.project-si-source.
    const header = gather_isObj(data.header) ? data.header : {};
    const source = header['project-si-source'];
    if (typeof source === 'string' && source !== '') {
        facts.parent = await loadParent(source, options, diags);
        if (data.project === undefined && facts.parent.state !== 'loaded') {
            facts.projectUnknownReason = `project-level fields come from the parent file ${source}, which was not read: ${facts.parent.reason ?? 'unknown reason'}`;
        }
    }
    return facts;
}
async function loadParent(url, options, diags) {
    if (!/^https:\/\//i.test(url))
        return { url, state: 'not-followed', reason: 'only HTTPS parent URLs are followed' };
    try {
        new URL(url);
    }
    catch {
        return { url, state: 'not-followed', reason: 'the URL does not parse' };
    }
    if (options.offline)
        return { url, state: 'not-followed', reason: 'running offline; the parent file was not fetched' };
    if (!options.fetchText)
        return { url, state: 'not-followed', reason: 'no way to fetch URLs was provided' };
    const timeoutMs = options.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
    let text;
    let timer;
    try {
        const timeout = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
            timer.unref?.();
        });
        const got = await Promise.race([options.fetchText(url), timeout]);
        if (typeof got !== 'string')
            return { url, state: 'error', reason: 'the fetch returned no text' };
        text = got;
    }
    catch (e) {
        return { url, state: 'error', reason: `fetching failed: ${errorText(e)}` };
    }
    finally {
        if (timer)
            clearTimeout(timer);
    }
    if (Buffer.byteLength(text, 'utf8') > MAX_PARENT_BYTES) {
        return { url, state: 'error', reason: `the parent file is larger than ${MAX_PARENT_BYTES / 1024 / 1024} MiB` };
    }
    if (/^\s*<(!doctype|html)/i.test(text))
        return { url, state: 'error', reason: 'the URL returned an HTML page, not raw YAML' };
    const parsed = parse_parseYaml(text, url);
    const data = parsed.data;
    const positions = positionsRecord(parsed.positions);
    const asWarnings = (ds) => ds.map((d) => ({ ...d, severity: d.severity === 'error' ? 'warning' : d.severity, message: `Parent file: ${d.message}` }));
    diags.push(...asWarnings(parsed.diagnostics));
    if (!gather_isObj(data))
        return { url, state: 'error', reason: 'the parent file is not a YAML mapping' };
    if (!gather_isObj(data.project))
        return { url, state: 'error', reason: 'the parent file has no `project` section', data, positions };
    const result = validate_validateInsights(data, { file: url, positions: parsed.positions, schemaVersion: schemaVersionOf(data) });
    diags.push(...asWarnings(result.diagnostics));
    return { url, state: 'loaded', data, positions, valid: parsed.ok && result.valid };
}

;// CONCATENATED MODULE: ./src/facts/security-insights/field.ts
/** Splits 'repository.security.tools[0].name' into ['repository', 'security', 'tools', 0, 'name']. */
function parseFieldPath(field) {
    const out = [];
    for (const part of field.split('.')) {
        const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
        if (!m)
            return null;
        if (m[1] !== '')
            out.push(m[1]);
        else if (m[2] === '')
            return null;
        for (const idx of m[2].match(/\d+/g) ?? [])
            out.push(Number(idx));
    }
    return out;
}
function canonical(segs) {
    let s = '';
    for (const seg of segs)
        s = typeof seg === 'number' ? `${s}[${seg}]` : s === '' ? seg : `${s}.${seg}`;
    return s;
}
function lookup(data, segs) {
    let cur = data;
    for (const seg of segs) {
        if (typeof seg === 'number') {
            if (!Array.isArray(cur) || seg >= cur.length)
                return { found: false, value: undefined };
            cur = cur[seg];
        }
        else {
            if (cur === null || typeof cur !== 'object' || Array.isArray(cur) || !Object.hasOwn(cur, seg))
                return { found: false, value: undefined };
            cur = cur[seg];
        }
    }
    return { found: true, value: cur };
}
function nearest(positions, segs) {
    if (!positions)
        return { line: 0, column: 0 };
    for (let n = segs.length; n >= 0; n--) {
        const key = canonical(segs.slice(0, n));
        if (Object.hasOwn(positions, key))
            return positions[key];
    }
    return { line: 1, column: 1 };
}
/**
 * A field of the Security Insights file with its line and column, or undefined when absent.
 * Project fields of a child file come from the loaded parent file when the file has no `project`.
 */
function field_siField(si, field) {
    const segs = parseFieldPath(field);
    if (!segs || !si.file)
        return undefined;
    const local = lookup(si.data, segs);
    if (local.found) {
        const p = nearest(si.positions, segs);
        return { value: local.value, line: p.line, column: p.column, path: si.file.path, fromParent: false };
    }
    const data = si.data;
    const hasLocalProject = data !== null && typeof data === 'object' && Object.hasOwn(data, 'project');
    if (segs[0] === 'project' && !hasLocalProject && si.parent?.state === 'loaded') {
        const inherited = lookup(si.parent.data, segs);
        if (inherited.found) {
            const p = nearest(si.parent.positions, segs);
            return { value: inherited.value, line: p.line, column: p.column, path: si.parent.url, fromParent: true };
        }
    }
    return undefined;
}
/** Evidence of kind 'security-insights' pointing at a field (or at the file when the field is absent). */
function field_siEvidence(si, field, detail) {
    const f = field_siField(si, field);
    if (f) {
        if (f.fromParent)
            return { kind: 'security-insights', url: f.path, line: f.line, column: f.column, detail };
        return { kind: 'security-insights', path: f.path, line: f.line, column: f.column, detail };
    }
    const segs = parseFieldPath(field) ?? [];
    const p = nearest(si.file ? si.positions : undefined, segs);
    const ev = { kind: 'security-insights', detail };
    if (si.file) {
        ev.path = si.file.path;
        if (p.line > 0) {
            ev.line = p.line;
            ev.column = p.column;
        }
    }
    return ev;
}

;// CONCATENATED MODULE: ./src/facts/security-insights/cleaner.ts


const cleaner_isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const nonEmptyString = (v) => typeof v === 'string' && v.trim() !== '';
function check(id, title, status, evidence, missing) {
    return status === 'pass' ? { id, title, status, evidence } : { id, title, status, evidence, missing };
}
function contactsCheck(si) {
    const title = 'Names at least one security contact';
    const contact = siField(si, 'project.vulnerability-reporting.contact');
    if (contact && cleaner_isObj(contact.value) && nonEmptyString(contact.value.name)) {
        const c = contact.value;
        const how = nonEmptyString(c.email) ? ` <${c.email}>` : '';
        return check('security-contacts', title, 'pass', [siEvidence(si, 'project.vulnerability-reporting.contact', `Security contact: ${String(c.name)}${how}`)]);
    }
    const champions = siField(si, 'repository.security.champions');
    if (champions && Array.isArray(champions.value) && champions.value.some((c) => cleaner_isObj(c) && nonEmptyString(c.name))) {
        return check('security-contacts', title, 'pass', [siEvidence(si, 'repository.security.champions', `${champions.value.length} security champion(s) listed`)]);
    }
    if (si.projectUnknownReason)
        return check('security-contacts', title, 'unknown', [{ kind: 'note', detail: si.projectUnknownReason }], 'Make the parent file readable, or add `project.vulnerability-reporting.contact` to it.');
    return check('security-contacts', title, 'fail', [siEvidence(si, 'project.vulnerability-reporting', 'No security contact is named')], 'Add `project.vulnerability-reporting.contact` (name, email, primary: true) naming who receives vulnerability reports.');
}
function reportingCheck(si) {
    const title = 'Describes the vulnerability reporting process';
    const vr = siField(si, 'project.vulnerability-reporting');
    if (!vr || !cleaner_isObj(vr.value)) {
        if (si.projectUnknownReason)
            return check('vulnerability-reporting', title, 'unknown', [{ kind: 'note', detail: si.projectUnknownReason }], 'Make the parent file readable.');
        return check('vulnerability-reporting', title, 'fail', [siEvidence(si, 'project', 'No `project.vulnerability-reporting` section')], 'Add `project.vulnerability-reporting` with `reports-accepted: true` and `policy` linking to your disclosure policy (SECURITY.md).');
    }
    const v = vr.value;
    const policyField = nonEmptyString(v.policy) ? 'project.vulnerability-reporting.policy' : nonEmptyString(v['security-policy']) ? 'project.vulnerability-reporting.security-policy' : null;
    const repoPolicy = siField(si, 'repository.documentation.security-policy');
    const evidence = [];
    if (v['reports-accepted'] !== true) {
        return check('vulnerability-reporting', title, 'fail', [siEvidence(si, 'project.vulnerability-reporting.reports-accepted', '`reports-accepted` is not true')], 'Set `project.vulnerability-reporting.reports-accepted: true` and describe how reports are made.');
    }
    evidence.push(siEvidence(si, 'project.vulnerability-reporting.reports-accepted', 'Vulnerability reports are accepted'));
    if (policyField) {
        evidence.push(siEvidence(si, policyField, `Disclosure policy: ${String(v.policy ?? v['security-policy'])}`));
        return check('vulnerability-reporting', title, 'pass', evidence);
    }
    if (repoPolicy && nonEmptyString(repoPolicy.value)) {
        evidence.push(siEvidence(si, 'repository.documentation.security-policy', `Security policy: ${repoPolicy.value}`));
        return check('vulnerability-reporting', title, 'pass', evidence);
    }
    return check('vulnerability-reporting', title, 'fail', evidence, 'Link the disclosure policy: set `project.vulnerability-reporting.policy` (or `repository.documentation.security-policy`) to your SECURITY.md.');
}
function releaseCheck(si) {
    const title = 'Describes build and release practices';
    const evidence = [];
    const dp = siField(si, 'repository.release.distribution-points');
    if (dp && Array.isArray(dp.value) && dp.value.length > 0)
        evidence.push(siEvidence(si, 'repository.release.distribution-points', `${dp.value.length} distribution point(s)`));
    const cl = siField(si, 'repository.release.changelog');
    if (cl && nonEmptyString(cl.value))
        evidence.push(siEvidence(si, 'repository.release.changelog', `Changelog: ${cl.value}`));
    const at = siField(si, 'repository.release.attestations');
    if (at && Array.isArray(at.value) && at.value.length > 0)
        evidence.push(siEvidence(si, 'repository.release.attestations', `${at.value.length} release attestation(s)`));
    if (evidence.length > 0)
        return check('release-practices', title, 'pass', evidence);
    return check('release-practices', title, 'fail', [siEvidence(si, 'repository.release', 'No release distribution points, changelog or attestations')], 'Add `repository.release` with `distribution-points` (where releases are published), a `changelog` URL, and any `attestations` (provenance, SBOM).');
}
/** Legacy 1.x files: the same questions, answered from the 1.0.0 fields, as evidence only. */
function cleaner_legacyChecks(si) {
    const d = cleaner_isObj(si.data) ? si.data : {};
    const contacts = Array.isArray(d['security-contacts']) && d['security-contacts'].length > 0;
    const vr = cleaner_isObj(d['vulnerability-reporting']) ? d['vulnerability-reporting'] : null;
    const dist = Array.isArray(d['distribution-points']) && d['distribution-points'].length > 0;
    const migrate = `(in the ${CURRENT_VERSION} file you write)`;
    return [
        check('security-contacts', 'Names at least one security contact', contacts ? 'pass' : 'fail', [siEvidence(si, 'security-contacts', contacts ? 'Legacy `security-contacts` lists contacts' : 'No legacy `security-contacts`')], `Add \`project.vulnerability-reporting.contact\` ${migrate}.`),
        check('vulnerability-reporting', 'Describes the vulnerability reporting process', vr ? 'pass' : 'fail', [siEvidence(si, 'vulnerability-reporting', vr ? 'Legacy `vulnerability-reporting` section' : 'No legacy `vulnerability-reporting`')], `Add \`project.vulnerability-reporting\` ${migrate}.`),
        check('release-practices', 'Describes build and release practices', dist ? 'pass' : 'fail', [siEvidence(si, 'distribution-points', dist ? 'Legacy `distribution-points` listed' : 'No legacy `distribution-points`')], `Add \`repository.release\` ${migrate}.`),
    ];
}
function evaluateCleaner(si) {
    const title = 'Cleaner';
    if (!si.file) {
        const missing = `Add security-insights.yml (schema ${CURRENT_VERSION}) at the repository root; \`slam insights init\` drafts one from what the repository shows.`;
        return {
            id: 'cleaner',
            title,
            status: 'unmet',
            checks: [check('file-present', 'A Security Insights file exists', 'fail', [{ kind: 'note', detail: 'No security-insights.yml at the root or in .github/' }], missing)],
            missing: [missing],
        };
    }
    const f = si.file;
    const checks = [check('file-present', 'A Security Insights file exists', 'pass', [{ kind: 'security-insights', path: f.path, line: 1, column: 1, detail: `Found ${f.path}` }])];
    const errors = si.diagnostics.filter((d) => d.severity === 'error' && d.path === f.path);
    if (f.legacy) {
        checks.push(check('schema-valid', `Meets the current schema (${CURRENT_VERSION})`, 'fail', [siEvidence(si, 'header.schema-version', `Schema ${f.schemaVersion ?? '1.x'} is the legacy format`)], `Rewrite the file in the ${CURRENT_VERSION} format as security-insights.yml at the root (\`slam insights init\` drafts one); schema 1.0.0 does not meet the current schema.`));
        checks.push(...cleaner_legacyChecks(si));
    }
    else if (f.valid) {
        checks.push(check('schema-valid', `Meets the current schema (${CURRENT_VERSION})`, 'pass', [siEvidence(si, 'header.schema-version', `Validates as schema ${f.schemaVersion ?? ''}`.trim())]));
    }
    else {
        const ev = errors.slice(0, 5).map((d) => ({ kind: 'security-insights', path: d.path, line: d.line || undefined, column: d.column || undefined, detail: d.message }));
        if (ev.length === 0)
            ev.push({ kind: 'security-insights', path: f.path, detail: 'The file does not validate' });
        const more = errors.length > 5 ? ` (${errors.length} errors in all)` : '';
        checks.push(check('schema-valid', `Meets the current schema (${CURRENT_VERSION})`, 'fail', ev, `Fix the schema errors in ${f.path}${more}; each is reported with its line and column.`));
    }
    if (!f.legacy)
        checks.push(contactsCheck(si), reportingCheck(si), releaseCheck(si));
    // Advisory: the event asks for the file at the root; the specification also accepts .github/.
    const rootMissing = f.atRoot ? undefined : `Move ${f.path} to security-insights.yml at the repository root, where the Security Slam looks for it (advisory; does not block this objective).`;
    checks.push(check('at-root', 'File is at the repository root (advisory, does not block)', f.atRoot && f.nameIsStandard ? 'pass' : 'fail', [{ kind: 'security-insights', path: f.path, detail: f.atRoot ? `At the root as ${f.path}` : `Found at ${f.path}, not at the root` }], rootMissing ?? `Rename ${f.path} to security-insights.yml (advisory; does not block this objective).`));
    const blocking = checks.filter((c) => c.id !== 'at-root');
    const anyFail = blocking.some((c) => c.status === 'fail');
    const anyUnknown = blocking.some((c) => c.status === 'unknown');
    const status = anyFail ? 'partial' : anyUnknown ? 'unknown' : 'met';
    const missing = checks.filter((c) => c.status !== 'pass' && c.missing).map((c) => c.missing);
    return { id: 'cleaner', title, status, checks, missing };
}

;// CONCATENATED MODULE: ./src/facts/security-insights/baseline-map.ts
// Which Security Insights fields speak to which OSPS Baseline requirements.
// docs/security-insights.md carries the same table; a test keeps the two in agreement.
const SI_BASELINE_MAP = [
    { field: 'project.vulnerability-reporting', requirements: ['OSPS-VM-01.01', 'OSPS-VM-02.01', 'OSPS-VM-03.01'], meaning: 'How vulnerabilities are reported and handled' },
    { field: 'project.vulnerability-reporting.contact', requirements: ['OSPS-VM-02.01', 'OSPS-VM-03.01'], meaning: 'The security contact for private reports' },
    { field: 'project.vulnerability-reporting.pgp-key', requirements: ['OSPS-VM-03.01'], meaning: 'A key for encrypted, private reports' },
    { field: 'project.vulnerability-reporting.policy', requirements: ['OSPS-VM-01.01'], meaning: 'The disclosure policy, which should state a response time' },
    { field: 'repository.documentation.security-policy', requirements: ['OSPS-VM-01.01', 'OSPS-VM-02.01'], meaning: "The repository's security policy (SECURITY.md)" },
    { field: 'repository.documentation.dependency-management-policy', requirements: ['OSPS-DO-06.01', 'OSPS-VM-05.01', 'OSPS-VM-05.02'], meaning: 'How dependencies are selected, obtained, tracked and remediated' },
    { field: 'repository.documentation.governance', requirements: ['OSPS-GV-01.01', 'OSPS-GV-01.02'], meaning: 'Governance: roles, responsibilities, decision-making' },
    { field: 'project.administrators', requirements: ['OSPS-GV-01.01'], meaning: 'Members with administrative access to project resources' },
    { field: 'repository.core-team', requirements: ['OSPS-GV-01.01'], meaning: 'Core team members (maintainers, approvers) of the repository' },
    { field: 'repository.documentation.contributing-guide', requirements: ['OSPS-GV-03.01', 'OSPS-GV-03.02'], meaning: 'How to contribute and what contributions must meet' },
    { field: 'repository.documentation.review-policy', requirements: ['OSPS-QA-07.01'], meaning: 'How changes are reviewed before they merge' },
    { field: 'repository.security.assessments.self', requirements: ['OSPS-SA-03.01'], meaning: "The project's own security assessment" },
    { field: 'repository.security.assessments.third-party', requirements: ['OSPS-SA-03.01', 'OSPS-SA-03.02'], meaning: 'Security assessments by third parties' },
    { field: 'repository.security.tools', requirements: ['OSPS-VM-05.03', 'OSPS-VM-06.02', 'OSPS-BR-07.01'], meaning: 'Security scanners (SCA, SAST, secret scanning) and where they run' },
    { field: 'repository.release.attestations', requirements: ['OSPS-BR-06.01', 'OSPS-QA-02.02', 'OSPS-VM-04.02'], meaning: 'Signed provenance, SBOM and VEX attestations for releases' },
    { field: 'repository.release.changelog', requirements: ['OSPS-BR-04.01'], meaning: 'Release notes with functional and security changes' },
    { field: 'repository.release.distribution-points', requirements: ['OSPS-BR-03.02'], meaning: 'Where releases are published' },
    { field: 'repository.release.license', requirements: ['OSPS-LE-02.02'], meaning: 'License of released assets when it differs from the source license' },
    { field: 'repository.license', requirements: ['OSPS-LE-02.01', 'OSPS-LE-03.01'], meaning: 'The source license (SPDX expression and link)' },
    { field: 'repository.url', requirements: ['OSPS-QA-01.01'], meaning: 'The public, stable URL of the source repository' },
    { field: 'project.homepage', requirements: ['OSPS-BR-03.01'], meaning: 'An official project channel, which must be served over HTTPS' },
    { field: 'project.repositories', requirements: ['OSPS-QA-04.01'], meaning: 'The codebases that make up a multi-repository project' },
    { field: 'project.documentation.detailed-guide', requirements: ['OSPS-DO-01.01'], meaning: 'User guide for the basic functionality' },
    { field: 'project.documentation.quickstart-guide', requirements: ['OSPS-DO-01.01'], meaning: 'Quickstart for new users' },
    { field: 'project.documentation.design', requirements: ['OSPS-SA-01.01', 'OSPS-SA-02.01'], meaning: "Design documentation: the system's actions, actors and interfaces" },
    { field: 'project.documentation.signature-verification', requirements: ['OSPS-DO-03.01', 'OSPS-DO-03.02'], meaning: 'How to verify release integrity, authenticity and origin' },
    { field: 'project.documentation.support-policy', requirements: ['OSPS-DO-04.01', 'OSPS-DO-05.01'], meaning: 'Scope and duration of support, end of security updates' },
    { field: 'project.documentation.release-process', requirements: ['OSPS-BR-02.01'], meaning: 'How releases are planned, versioned and published' },
];
/** Mappings whose requirements include `id`. */
function fieldsForRequirement(id) {
    return SI_BASELINE_MAP.filter((m) => m.requirements.includes(id));
}

;// CONCATENATED MODULE: ./src/facts/security-insights/init.ts
// `slam insights init`: draft a schema 2.2.0 security-insights.yml from what the repository shows.
// Every value we cannot determine is a TODO- placeholder (still valid against the schema where
// possible) and is listed in `placeholders`; guesses carry a "TODO: confirm" comment.







const init_EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const EMAIL_FULL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
const URL_RE = /^https?:\/\/[^\s]+$/;
const init_MAX_WORKFLOWS = 100;
const MAX_SCAN_CHARS = (/* unused pure expression or super */ null && (256 * 1024));
/** Security scanners recognised by a plain text scan of workflow files. */
const SCANNERS = [
    { re: /github\/codeql-action\/(?:init|analyze|autobuild)/i, name: 'CodeQL', type: 'SAST' },
    { re: /ossf\/scorecard-action/i, name: 'OpenSSF Scorecard', type: 'other' },
    { re: /aquasecurity\/trivy-action|\btrivy\s+(?:image|fs|repo|config)\b/i, name: 'Trivy', type: 'container' },
    { re: /anchore\/scan-action|\bgrype\b/i, name: 'Grype', type: 'container' },
    { re: /gitleaks\/gitleaks-action|\bgitleaks\b/i, name: 'Gitleaks', type: 'secret' },
    { re: /trufflesecurity\/trufflehog|\btrufflehog\b/i, name: 'TruffleHog', type: 'secret' },
    { re: /semgrep/i, name: 'Semgrep', type: 'SAST' },
    { re: /securego\/gosec|\bgosec\b/i, name: 'gosec', type: 'SAST' },
    { re: /\bzizmor/i, name: 'zizmor', type: 'SAST' },
    { re: /snyk\/actions/i, name: 'Snyk', type: 'SCA' },
    { re: /google\/osv-scanner|osv-scanner/i, name: 'OSV-Scanner', type: 'SCA' },
    { re: /actions\/dependency-review-action/i, name: 'Dependency Review', type: 'SCA' },
    { re: /\bgovulncheck\b/i, name: 'govulncheck', type: 'SCA' },
    { re: /google\/clusterfuzzlite|oss-fuzz\/infra\/cifuzz/i, name: 'ClusterFuzzLite / CIFuzz', type: 'fuzzing' },
    { re: /revanite-io\/osps-baseline-action|revanite-io\/pvtr-publish-results/i, name: 'OSPS Baseline scan (Privateer)', type: 'other' },
    { re: /security-slam-action/i, name: 'Security Slam action', type: 'other' },
];
const RELEASE_USES = /goreleaser\/goreleaser-action|softprops\/action-gh-release|\bgh release create\b|pypa\/gh-action-pypi-publish|\bnpm publish\b|\bcargo publish\b|docker\/build-push-action|changesets\/action|release-please-action/i;
const PROVENANCE = /actions\/attest-build-provenance|actions\/attest@|slsa-framework\/slsa-github-generator/i;
function firstExisting(snapshot, names) {
    for (const dir of ['', '.github', 'docs']) {
        for (const n of names) {
            const hits = snapshot.getIgnoreCase(dir === '' ? n : `${dir}/${n}`).filter((e) => e.kind !== 'submodule');
            if (hits.length > 0)
                return hits[0].path;
        }
    }
    return null;
}
function readText(snapshot, path) {
    const r = snapshot.read(path);
    return r.ok ? r.text.slice(0, MAX_SCAN_CHARS) : '';
}
function linkTo(repoUrl, branch, path) {
    if (!repoUrl)
        return null;
    const enc = path.split('/').map(encodeURIComponent).join('/');
    if (/^https:\/\/(?:www\.)?github\.com\//i.test(repoUrl))
        return `${repoUrl}/blob/${encodeURIComponent(branch)}/${enc}`;
    if (/^https:\/\/gitlab\.com\//i.test(repoUrl))
        return `${repoUrl}/-/blob/${encodeURIComponent(branch)}/${enc}`;
    return null;
}
function triggers(text) {
    return {
        ci: /\b(?:pull_request|pull_request_target|push|merge_group)\b/.test(text),
        adhoc: /\b(?:schedule|workflow_dispatch)\b/.test(text),
        release: /\brelease\s*:|\btags\s*:/.test(text),
    };
}
function codeownersHandles(snapshot) {
    const path = firstExisting(snapshot, ['CODEOWNERS']);
    if (!path)
        return [];
    const out = [];
    for (const line of readText(snapshot, path).split('\n')) {
        const t = line.replace(/#.*/, '').trim();
        if (!t.startsWith('* ') && !t.startsWith('*\t'))
            continue;
        for (const owner of t.split(/\s+/).slice(1)) {
            const m = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$/.exec(owner);
            if (m && !out.includes(m[1]))
                out.push(m[1]);
        }
    }
    return out.slice(0, 10);
}
/** Writes a draft Security Insights file for the repository. Pure apart from reading the snapshot. */
function draftSecurityInsights(snapshot, facts) {
    const placeholders = [];
    const confirm = [];
    const todo = (path, what, value) => {
        placeholders.push(`${path}: ${what}`);
        return value;
    };
    const guess = (path, what) => {
        placeholders.push(`${path.join('.')}: ${what} (a guess; confirm)`);
        confirm.push(path);
    };
    const now = facts.now ?? new Date();
    const today = now.toISOString().slice(0, 10);
    const repoUrl = facts.repositoryUrl && URL_RE.test(facts.repositoryUrl) ? facts.repositoryUrl.replace(/\.git$/, '').replace(/\/+$/, '') : null;
    const branch = facts.defaultBranch && /^[A-Za-z0-9._/-]{1,100}$/.test(facts.defaultBranch) ? facts.defaultBranch : 'HEAD';
    const gh = githubRepoOf(repoUrl);
    const repoName = repoUrl ? (repoUrl.split('/').pop() ?? '') : '';
    const projectName = facts.projectName?.trim() || repoName || todo('project.name', 'the project name', 'TODO-project-name');
    const repositoryUrl = repoUrl ?? todo('repository.url', 'the https URL of the repository', 'https://TODO-repository-url.example');
    const link = (path) => linkTo(repoUrl, branch, path);
    const header = {
        'schema-version': CURRENT_VERSION,
        'last-updated': today,
        'last-reviewed': today,
        url: gh !== null
            ? `https://raw.githubusercontent.com/${repoUrl.split('/').slice(-2).join('/')}/${branch}/security-insights.yml`
            : todo('header.url', 'the raw URL where this file is published', 'https://TODO-raw-url-of-this-file.example/security-insights.yml'),
        comment: 'Drafted by `slam insights init` from what the repository shows. Replace every TODO value and review every "TODO: confirm" comment.',
    };
    // Security policy and contacts.
    const securityPath = firstExisting(snapshot, ['SECURITY.md', 'SECURITY.rst', 'SECURITY.txt', 'SECURITY']);
    const securityText = securityPath ? readText(snapshot, securityPath) : '';
    const emails = [...new Set((securityText.match(init_EMAIL) ?? []).filter((e) => EMAIL_FULL.test(e) && !/@(example\.(com|org|net)|users\.noreply\.github\.com)$/i.test(e)))];
    const vr = { 'reports-accepted': true, 'bug-bounty-available': false };
    guess(['project', 'vulnerability-reporting', 'reports-accepted'], 'whether vulnerability reports are accepted');
    guess(['project', 'vulnerability-reporting', 'bug-bounty-available'], 'whether a bug bounty is offered');
    if (emails.length > 0) {
        vr.contact = { name: `${projectName} security contact`, email: emails[0], primary: true };
        guess(['project', 'vulnerability-reporting', 'contact', 'name'], `the name behind ${emails[0]} (found in ${securityPath})`);
    }
    else {
        vr.contact = { name: todo('project.vulnerability-reporting.contact.name', 'who receives vulnerability reports', 'TODO-security-contact-name'), primary: true };
        placeholders.push('project.vulnerability-reporting.contact.email: add the address for private reports (none found in SECURITY.md)');
    }
    const securityLink = securityPath ? link(securityPath) : null;
    vr.policy = securityLink ?? todo('project.vulnerability-reporting.policy', 'URL of the disclosure policy (SECURITY.md)', 'https://TODO-security-policy-url.example');
    const projectDocs = {};
    const docLinks = [
        ['code-of-conduct', ['CODE_OF_CONDUCT.md', 'CODE-OF-CONDUCT.md', 'CODE_OF_CONDUCT.rst'], projectDocs],
        ['support-policy', ['SUPPORT.md', 'SUPPORT.rst'], projectDocs],
        ['release-process', ['RELEASE.md', 'RELEASING.md', 'RELEASE_PROCESS.md', 'release-process.md'], projectDocs],
    ];
    const repoDocs = {};
    docLinks.push(['contributing-guide', ['CONTRIBUTING.md', 'CONTRIBUTING.rst', 'CONTRIBUTING'], repoDocs], ['governance', ['GOVERNANCE.md', 'GOVERNANCE.rst'], repoDocs], ['security-policy', securityPath ? [securityPath.split('/').pop()] : [], repoDocs], ['dependency-management-policy', ['DEPENDENCIES.md', 'dependency-management.md', 'DEPENDENCY_POLICY.md'], repoDocs], ['review-policy', ['REVIEWING.md', 'REVIEW_POLICY.md', 'code-review.md'], repoDocs]);
    for (const [key, names, target] of docLinks) {
        const p = firstExisting(snapshot, names);
        const l = p ? link(p) : null;
        if (l)
            target[key] = l;
    }
    const handles = codeownersHandles(snapshot);
    const coreTeam = handles.length > 0
        ? handles.map((h, i) => ({ name: h, social: `https://github.com/${h}`, primary: i === 0 }))
        : [{ name: todo('repository.core-team[0].name', 'a maintainer of the repository (none found in CODEOWNERS)', 'TODO-maintainer-name'), primary: true }];
    const project = {
        name: projectName,
        administrators: [{ name: todo('project.administrators[0].name', 'a person with administrative access to project resources', 'TODO-administrator-name'), primary: true }],
        repositories: [{ name: repoName || projectName, url: repositoryUrl, comment: `The main repository of ${projectName}.` }],
        'vulnerability-reporting': vr,
    };
    if (Object.keys(projectDocs).length > 0)
        project.documentation = projectDocs;
    // License.
    const licensePath = firstExisting(snapshot, ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'COPYING', 'COPYING.md', 'LICENCE']);
    const license = {
        url: (licensePath ? link(licensePath) : null) ?? todo('repository.license.url', 'URL of the license text', 'https://TODO-license-url.example'),
        expression: facts.licenseSpdx?.trim() || todo('repository.license.expression', 'the SPDX license expression, e.g. Apache-2.0', 'TODO-SPDX-expression'),
    };
    // Workflows: scanners and release automation.
    const tools = new Map();
    let releaseAutomated = false;
    let provenance = false;
    const workflows = snapshot.files.filter((f) => /^\.github\/workflows\/[^/]+\.ya?ml$/i.test(f.path)).slice(0, init_MAX_WORKFLOWS);
    for (const wf of workflows) {
        const text = readText(snapshot, wf.path);
        if (!text)
            continue;
        const t = triggers(text);
        if (RELEASE_USES.test(text) || (t.release && /\bpublish|release\b/i.test(text)))
            releaseAutomated = true;
        if (PROVENANCE.test(text))
            provenance = true;
        for (const s of SCANNERS) {
            if (!s.re.test(text))
                continue;
            const cur = tools.get(s.name) ?? { name: s.name, type: s.type, ci: false, adhoc: false, release: false, from: [] };
            cur.ci ||= t.ci;
            cur.adhoc ||= t.adhoc;
            cur.release ||= t.release;
            cur.from.push(wf.path);
            tools.set(s.name, cur);
        }
    }
    if (firstExisting(snapshot, ['dependabot.yml', 'dependabot.yaml']) && !tools.has('Dependabot')) {
        tools.set('Dependabot', { name: 'Dependabot', type: 'SCA', ci: false, adhoc: true, release: false, from: ['.github/dependabot.yml'] });
    }
    if (firstExisting(snapshot, ['renovate.json', 'renovate.json5', '.renovaterc', '.renovaterc.json'])) {
        tools.set('Renovate', { name: 'Renovate', type: 'SCA', ci: false, adhoc: true, release: false, from: ['renovate configuration'] });
    }
    const security = {
        assessments: {
            self: {
                comment: todo('repository.security.assessments.self.comment', 'describe your self-assessment and link it with `evidence`, or keep saying it is not done', 'TODO: Self assessment has not yet been completed.'),
            },
        },
    };
    if (tools.size > 0) {
        security.tools = [...tools.values()].map((t) => ({
            name: t.name,
            type: t.type,
            rulesets: ['default'],
            integration: { adhoc: t.adhoc, ci: t.ci, release: t.release },
            results: {},
            comment: `Found in ${t.from.slice(0, 3).join(', ')}.`,
        }));
        placeholders.push('repository.security.tools: found by a text scan of workflows; confirm each tool, its rulesets and integration, and add where results are published');
    }
    const changelogPath = firstExisting(snapshot, ['CHANGELOG.md', 'CHANGELOG', 'CHANGES.md', 'HISTORY.md', 'NEWS.md', 'RELEASE_NOTES.md']);
    const distribution = [];
    if (gh)
        distribution.push({ uri: `${repoUrl}/releases`, comment: 'GitHub Releases' });
    const pkg = snapshot.has('package.json') ? readText(snapshot, 'package.json') : '';
    if (pkg) {
        try {
            const parsed = JSON.parse(pkg);
            if (typeof parsed.name === 'string' && parsed.private !== true && /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(parsed.name)) {
                distribution.push({ uri: `pkg:npm/${parsed.name}`, comment: 'npm package' });
            }
        }
        catch {
            /* not JSON: ignore */
        }
    }
    if (distribution.length === 0)
        distribution.push({ uri: todo('repository.release.distribution-points[0].uri', 'where releases are published (URL or package URL)', 'TODO-where-releases-are-published'), comment: 'TODO-describe-this-distribution-point' });
    const release = { 'automated-pipeline': releaseAutomated, 'distribution-points': distribution };
    guess(['repository', 'release', 'automated-pipeline'], releaseAutomated ? 'a release workflow was found' : 'no release workflow was found');
    const changelog = changelogPath ? link(changelogPath) : null;
    if (changelog)
        release.changelog = changelog;
    if (provenance && gh) {
        release.attestations = [{ name: 'Build provenance', location: `${repoUrl}/attestations`, 'predicate-uri': 'https://slsa.dev/provenance/v1', comment: 'Verify with `gh attestation verify`.' }];
    }
    const automated = firstExisting(snapshot, ['dependabot.yml', 'dependabot.yaml', 'renovate.json', 'renovate.json5', '.renovaterc', '.renovaterc.json']) !== null;
    const repository = {
        url: repositoryUrl,
        status: 'active',
        'accepts-change-request': true,
        'accepts-automated-change-request': automated,
        'core-team': coreTeam,
        license,
        release,
        security,
    };
    guess(['repository', 'status'], 'the repostatus.org status');
    guess(['repository', 'accepts-change-request'], 'whether changes are accepted');
    guess(['repository', 'accepts-automated-change-request'], automated ? 'a dependency bot is configured' : 'no dependency bot is configured');
    if (handles.length > 0)
        guess(['repository', 'core-team'], 'taken from the owners of * in CODEOWNERS');
    if (Object.keys(repoDocs).length > 0)
        repository.documentation = repoDocs;
    const doc = new Document({ header, project, repository });
    doc.commentBefore = ' Security Insights (https://github.com/ossf/security-insights), schema 2.2.0.\n Drafted by `slam insights init`: replace TODO values and check every "TODO: confirm".';
    for (const p of [['header', 'last-updated'], ['header', 'last-reviewed']]) {
        const n = doc.getIn(p, true);
        if (isScalar(n))
            n.type = 'QUOTE_SINGLE';
    }
    for (const p of confirm) {
        const n = doc.getIn(p, true);
        if (isScalar(n))
            n.comment = ' TODO: confirm';
        else if (n && typeof n === 'object' && 'commentBefore' in n)
            n.commentBefore = ' TODO: confirm';
    }
    const yaml = doc.toString({ lineWidth: 0 });
    // Check our own output.
    const parsed = parseYaml(yaml, 'security-insights.yml');
    const result = validateInsights(parsed.data, { file: 'security-insights.yml', positions: parsed.positions, schemaVersion: CURRENT_VERSION });
    const problems = [...parsed.diagnostics, ...result.diagnostics].filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.message}`);
    return { yaml, placeholders, problems };
}
/** Writes security-insights.yml at the root; never overwrites an existing file unless `force`. */
function writeDraft(root, yaml, options) {
    const path = join(root, 'security-insights.yml');
    let exists = false;
    try {
        lstatSync(path);
        exists = true;
    }
    catch {
        exists = false;
    }
    if (exists && !options.force)
        return { written: false, path, reason: 'security-insights.yml already exists; pass --force to overwrite it' };
    try {
        // Replace rather than write through: an existing symlink is removed, never followed.
        if (exists)
            unlinkSync(path);
        const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o644);
        try {
            writeSync(fd, yaml);
        }
        finally {
            closeSync(fd);
        }
        return { written: true, path };
    }
    catch (e) {
        return { written: false, path, reason: `cannot write: ${e instanceof Error ? e.message : String(e)}` };
    }
}

;// CONCATENATED MODULE: ./src/facts/security-insights/index.ts







// EXTERNAL MODULE: ./src/facts/snapshot.ts
var facts_snapshot = __webpack_require__(1055);
;// CONCATENATED MODULE: ./src/facts/vex.ts
// VEX (Vulnerability Exploitability eXchange) documents committed to the tree (OSPS-VM-04.02):
// OpenVEX, CycloneDX with vulnerability analysis, and CSAF VEX.
// Candidates come from names and directories; other JSON files (and CycloneDX-named XML) are only sniffed (first 8 KiB)
// when they are small in number, and only parsed when that head mentions a VEX marker.

const MAX_SNIFF = 2000;
const vex_MAX_CANDIDATES = 500;
/** Total bytes of candidates parsed; the rest are listed as rejected (not read). */
const vex_MAX_TOTAL_BYTES = 64 * 1024 * 1024;
const vex_SKIP_DIRS = new Set(['node_modules', 'vendor', 'third_party', 'third-party', '.git']);
const VEX_DIRS = new Set(['vex', '.vex', '.openvex', 'openvex', 'csaf']);
const NOT_VEX_NAMES = new Set(['package.json', 'package-lock.json', 'tsconfig.json', 'composer.json', 'composer.lock', 'packages.lock.json', 'renovate.json', '.eslintrc.json', 'jsconfig.json', 'deno.json', 'tslint.json', 'lerna.json', 'nx.json', 'project.json', 'app.json', 'manifest.json']);
function isNamedCandidate(path) {
    const parts = path.split('/');
    const base = parts[parts.length - 1].toLowerCase();
    const dirs = parts.slice(0, -1).map((d) => d.toLowerCase());
    const dataExt = /\.(json|ya?ml|xml)$/.test(base);
    if (dirs.some((d) => VEX_DIRS.has(d)) && dataExt)
        return true;
    if (/(^|[._-])(open)?vex([._-]|$)/.test(base) && (dataExt || base.endsWith('.openvex') || base.endsWith('.vex')))
        return true;
    if (base === '.openvex' || base.endsWith('.openvex'))
        return true;
    return /(^|[._-])csaf([._-]|$)/.test(base) && base.endsWith('.json');
}
const MARKER = /openvex|csaf_vex|"analysis"\s*:\s*\{[^}]*"state"|"bomFormat"\s*:\s*"CycloneDX"[\s\S]*"vulnerabilities"|"vulnerabilities"[\s\S]*"bomFormat"\s*:\s*"CycloneDX"|<analysis>\s*<state>/;
function findVex(snapshot) {
    const documents = [];
    const rejected = [];
    const candidates = [];
    let sniffed = 0;
    let sniffCapped = false;
    for (const f of snapshot.files) {
        if (f.kind !== 'file' && f.kind !== 'executable')
            continue;
        const parts = f.path.split('/');
        if (parts.some((p, i) => i < parts.length - 1 && vex_SKIP_DIRS.has(p)))
            continue;
        if (isNamedCandidate(f.path)) {
            if (candidates.length < vex_MAX_CANDIDATES)
                candidates.push(f.path);
            continue;
        }
        const base = parts[parts.length - 1];
        const lowerBase = base.toLowerCase();
        const cdxXml = lowerBase.endsWith('.xml') && /(^|[._-])(cdx|bom|sbom|cyclonedx)([._-]|$)/.test(lowerBase);
        if ((!lowerBase.endsWith('.json') && !cdxXml) || NOT_VEX_NAMES.has(base))
            continue;
        if (sniffed >= MAX_SNIFF) {
            sniffCapped = true;
            continue;
        }
        sniffed++;
        const head = snapshot.head(f.path);
        if (!head || head.includes(0))
            continue;
        if (MARKER.test(head.toString('utf8')) && candidates.length < vex_MAX_CANDIDATES)
            candidates.push(f.path);
    }
    let bytes = 0;
    for (const path of candidates) {
        if (bytes >= vex_MAX_TOTAL_BYTES) {
            rejected.push({ path, reason: 'not read: the VEX scan byte budget was spent' });
            continue;
        }
        const r = snapshot.read(path);
        if (r.ok)
            bytes += r.size;
        if (!r.ok) {
            rejected.push({ path, reason: r.reason });
            continue;
        }
        const verdict = vex_classify(path, r.text);
        if ('format' in verdict)
            documents.push({ path, ...verdict });
        else
            rejected.push({ path, reason: verdict.reason });
    }
    return { documents, rejected, sniffCapped };
}
/** Recognises one VEX document from its text. */
function vex_classify(path, text) {
    const lower = path.toLowerCase();
    if (lower.endsWith('.xml')) {
        if (!/<bom\b[^>]*cyclonedx/i.test(text))
            return { reason: 'XML that is not a CycloneDX BOM' };
        const states = text.match(/<analysis>\s*<state>\s*[a-z_]+\s*<\/state>/g) ?? [];
        return states.length > 0 ? { format: 'cyclonedx-xml', statements: states.length } : { reason: 'CycloneDX BOM without vulnerability analysis' };
    }
    let doc;
    try {
        doc = /\.ya?ml$/.test(lower) ? (0,yaml_dist/* parse */.qg)(text, { maxAliasCount: 100 }) : JSON.parse(text);
    }
    catch {
        return { reason: 'not valid JSON or YAML' };
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        return { reason: 'not a JSON object' };
    const o = doc;
    const context = o['@context'];
    const contexts = Array.isArray(context) ? context : [context];
    if (contexts.some((c) => typeof c === 'string' && /openvex/i.test(c))) {
        const statements = Array.isArray(o.statements) ? o.statements.filter(isOpenVexStatement).length : 0;
        return { format: 'openvex', statements };
    }
    const document = o.document;
    if (document && typeof document === 'object' && document.category === 'csaf_vex') {
        return { format: 'csaf', statements: Array.isArray(o.vulnerabilities) ? o.vulnerabilities.length : 0 };
    }
    if (o.bomFormat === 'CycloneDX') {
        const vulns = Array.isArray(o.vulnerabilities) ? o.vulnerabilities : [];
        const analysed = vulns.filter((v) => {
            const a = v && typeof v === 'object' ? v.analysis : null;
            return !!a && typeof a === 'object' && typeof a.state === 'string';
        }).length;
        return analysed > 0 ? { format: 'cyclonedx', statements: analysed } : { reason: 'CycloneDX BOM without vulnerability analysis' };
    }
    if (document && typeof document === 'object')
        return { reason: 'CSAF document that is not of category csaf_vex' };
    return { reason: 'no OpenVEX context, CSAF VEX category or CycloneDX analysis' };
}
const OPENVEX_STATUS = new Set(['not_affected', 'affected', 'fixed', 'under_investigation']);
function isOpenVexStatement(s) {
    return !!s && typeof s === 'object' && OPENVEX_STATUS.has(String(s.status));
}

;// CONCATENATED MODULE: ./src/facts/workflows/expressions.ts
// `${{ }}` expressions: finding them in text and telling which context values they read.
/** Most expressions scanned per text; a script with more is hostile or generated. */
const MAX_EXPRESSIONS = 2000;
/** Finds `${{ ... }}` in text; `}}` inside a single-quoted string literal does not close it. */
function findExpressions(text) {
    const out = [];
    let i = text.indexOf('${{');
    while (i >= 0 && out.length < MAX_EXPRESSIONS) {
        let j = i + 3;
        let inString = false;
        let end = -1;
        while (j < text.length) {
            const c = text.charCodeAt(j);
            if (c === 39 /* ' */) {
                // '' inside a string is an escaped quote and toggles twice.
                inString = !inString;
            }
            else if (!inString && c === 125 /* } */ && text.charCodeAt(j + 1) === 125) {
                end = j + 2;
                break;
            }
            j++;
        }
        if (end < 0)
            break;
        out.push({ offset: i, text: text.slice(i, end), body: text.slice(i + 3, end - 2).trim() });
        i = text.indexOf('${{', end);
    }
    return out;
}
/**
 * Context references in an expression body, normalised to dotted paths:
 * `github.event['issue'].title` -> `github.event.issue.title`, `x[0]` / `x[*]` -> `x.*`.
 * String literals are skipped.
 */
function contextPaths(body) {
    // Remove string literals first, but keep bracketed literal keys as `.key`.
    const noBracketKeys = body.replace(/\[\s*'((?:[^']|'')*)'\s*\]/g, (_m, k) => '.' + k.replace(/''/g, "'"));
    const noIndexes = noBracketKeys.replace(/\[\s*(?:\*|\d+)\s*\]/g, '.*').replace(/\.\*(?=[A-Za-z_])/g, '.*.');
    const noStrings = noIndexes.replace(/'(?:[^']|'')*'/g, "''");
    const out = [];
    const re = /(?<![\w.-])([A-Za-z_][\w-]*(?:\.(?:\*|[A-Za-z_][\w-]*))*)(\s*\()?/g;
    let m;
    while ((m = re.exec(noStrings)) !== null) {
        if (m[2])
            continue; // a function name: contains(, format(, ...
        const p = m[1];
        if (p === 'true' || p === 'false' || p === 'null')
            continue;
        out.push(p.toLowerCase());
    }
    return out;
}
/**
 * Event fields an outside contributor controls. `*` matches one path segment.
 * Sources: GitHub's "Security hardening for GitHub Actions" list of untrusted input, extended
 * with the same fields reached through workflow_run and discussions.
 */
const UNTRUSTED_PATHS = [
    'github.head_ref',
    'github.event.issue.title',
    'github.event.issue.body',
    'github.event.pull_request.title',
    'github.event.pull_request.body',
    'github.event.pull_request.head.ref',
    'github.event.pull_request.head.label',
    'github.event.pull_request.head.repo.default_branch',
    'github.event.pull_request.head.repo.description',
    'github.event.pull_request.head.repo.homepage',
    'github.event.comment.body',
    'github.event.review.body',
    'github.event.review_comment.body',
    'github.event.discussion.title',
    'github.event.discussion.body',
    'github.event.pages.*.page_name',
    'github.event.commits.*.message',
    'github.event.commits.*.author.email',
    'github.event.commits.*.author.name',
    'github.event.commits.*.committer.email',
    'github.event.commits.*.committer.name',
    'github.event.head_commit.message',
    'github.event.head_commit.author.email',
    'github.event.head_commit.author.name',
    'github.event.head_commit.committer.email',
    'github.event.head_commit.committer.name',
    'github.event.workflow_run.head_branch',
    'github.event.workflow_run.display_title',
    'github.event.workflow_run.head_commit.message',
    'github.event.workflow_run.head_commit.author.email',
    'github.event.workflow_run.head_commit.author.name',
    'github.event.workflow_run.head_commit.committer.email',
    'github.event.workflow_run.head_commit.committer.name',
    'github.event.workflow_run.pull_requests.*.head.ref',
    'github.event.workflow_run.head_repository.description',
];
const UNTRUSTED_SPLIT = UNTRUSTED_PATHS.map((p) => p.split('.'));
function segmentsMatch(path, pattern, n) {
    for (let i = 0; i < n; i++) {
        if (pattern[i] !== '*' && path[i] !== '*' && pattern[i] !== path[i])
            return false;
    }
    return true;
}
/**
 * True when a context path reads untrusted event data: it is one of UNTRUSTED_PATHS, lies under
 * one, or is an object that contains one (`github.event.issue`, `toJSON(github.event)`).
 * `github` alone and `github.event` alone count: they serialise everything.
 */
function isUntrustedPath(path) {
    const segs = path.split('.');
    for (const pat of UNTRUSTED_SPLIT) {
        if (segs.length >= pat.length) {
            if (segmentsMatch(segs, pat, pat.length))
                return true;
        }
        else if (segmentsMatch(segs, pat, segs.length)) {
            return true;
        }
    }
    return false;
}
/** `inputs.x` or `github.event.inputs.x`: returns the input name ('' for the whole object), else null. */
function inputName(path) {
    if (path === 'inputs' || path === 'github.event.inputs')
        return '';
    if (path.startsWith('inputs.'))
        return path.slice('inputs.'.length).split('.')[0];
    if (path.startsWith('github.event.inputs.'))
        return path.slice('github.event.inputs.'.length).split('.')[0];
    return null;
}
/**
 * True when the expression's value is a boolean whatever its operands are: a comparison or
 * contains/startsWith/endsWith without `&&`/`||` (which return an operand) or a ternary-like form.
 */
function isBooleanExpression(body) {
    const noStrings = body.replace(/'(?:[^']|'')*'/g, "''");
    if (noStrings.includes('&&') || noStrings.includes('||'))
        return false;
    if (/^!/.test(noStrings.trim()))
        return true;
    if (/==|!=|<=|>=|<|>/.test(noStrings))
        return true;
    return /^\s*(contains|startswith|endswith|success|failure|always|cancelled)\s*\(/i.test(noStrings);
}

;// CONCATENATED MODULE: ./src/facts/workflows/uses.ts
const FULL_SHA = /^[0-9a-f]{40}$/i;
const SHA256_DIGEST = /^sha256:[0-9a-f]{64}$/i;
/** v1, v1.2, v1.2.3, 1.0, v2.0.0-beta.1, v1.2.3+build: a version, optionally with a pre-release or build suffix. */
const TAG_LIKE = /^v?\d+(\.\d+)*([-+][0-9A-Za-z][0-9A-Za-z.-]*)?$/;
const NAME = /^[A-Za-z0-9_.-]+$/;
const WORKFLOW_PATH = /^\.github\/workflows\/[^/]+\.ya?ml$/i;
/** Kind of a git ref written after `@`. */
function refKind(ref) {
    if (ref === null || ref === '')
        return 'none';
    if (FULL_SHA.test(ref))
        return 'sha';
    if (TAG_LIKE.test(ref))
        return 'tag';
    return 'branch';
}
function base(raw) {
    return {
        raw,
        kind: 'invalid',
        isWorkflow: false,
        owner: null,
        repo: null,
        path: null,
        ref: null,
        refKind: 'none',
        image: null,
        pinned: false,
        problem: null,
    };
}
/**
 * Classifies a `uses:` value.
 * @param value the value as written (surrounding spaces are ignored)
 * @param repository owner/name of the repository under evaluation, when known: refs to it are
 *   `same-repository` and count as pinned (they move with the code that calls them)
 */
function classifyUses(value, repository) {
    const raw = typeof value === 'string' ? value : String(value);
    const v = raw.trim();
    const out = base(raw);
    if (v === '') {
        out.problem = 'empty uses';
        return out;
    }
    if (v.includes('${{')) {
        out.kind = 'expression';
        out.problem = 'expressions are not evaluated in uses:';
        return out;
    }
    if (v.startsWith('./') || v === '.') {
        out.kind = 'local';
        out.pinned = true;
        const p = v === '.' ? '' : v.slice(2).replace(/\/+$/, '');
        out.path = p;
        out.isWorkflow = WORKFLOW_PATH.test(p);
        return out;
    }
    if (/^docker:\/\//i.test(v)) {
        out.kind = 'docker';
        let img = v.slice('docker://'.length);
        const at = img.indexOf('@');
        if (at >= 0) {
            const digest = img.slice(at + 1);
            img = img.slice(0, at);
            out.ref = digest;
            if (SHA256_DIGEST.test(digest)) {
                out.refKind = 'sha';
                out.pinned = true;
            }
            else {
                out.refKind = 'branch';
                out.problem = 'digest is not sha256:<64 hex>';
            }
        }
        // A tag follows the last ':' after the last '/', so registry ports (host:5000/img) stay in the name.
        const slash = img.lastIndexOf('/');
        const colon = img.indexOf(':', slash + 1);
        if (colon >= 0) {
            const tag = img.slice(colon + 1);
            img = img.slice(0, colon);
            if (out.ref === null) {
                out.ref = tag;
                out.refKind = TAG_LIKE.test(tag) ? 'tag' : 'branch';
            }
        }
        out.image = img;
        if (img === '') {
            out.kind = 'invalid';
            out.problem = 'docker:// without an image';
            out.pinned = false;
        }
        return out;
    }
    const at = v.lastIndexOf('@');
    const target = at >= 0 ? v.slice(0, at) : v;
    const ref = at >= 0 ? v.slice(at + 1) : null;
    const parts = target.split('/');
    if (parts.length < 2 || !NAME.test(parts[0]) || !NAME.test(parts[1]) || parts.slice(2).some((p) => p === '')) {
        out.problem = 'not owner/repo[/path]@ref';
        out.ref = ref;
        out.refKind = refKind(ref);
        return out;
    }
    out.owner = parts[0];
    out.repo = parts[1];
    out.path = parts.length > 2 ? parts.slice(2).join('/') : null;
    out.ref = ref;
    out.refKind = refKind(ref);
    out.isWorkflow = out.path !== null && WORKFLOW_PATH.test(out.path);
    const same = typeof repository === 'string' && repository.toLowerCase() === `${out.owner}/${out.repo}`.toLowerCase();
    if (same) {
        out.kind = 'same-repository';
        out.pinned = true;
    }
    else {
        out.kind = out.isWorkflow ? 'reusable-workflow' : 'action';
        out.pinned = out.refKind === 'sha';
    }
    if (ref === null || ref === '') {
        // GitHub requires a ref for remote actions and workflows.
        out.problem = 'no @ref';
        if (!same)
            out.kind = 'invalid';
    }
    return out;
}
/** `owner/repo` lower-cased for action / reusable-workflow / same-repository refs, else null. */
function uses_repoSlug(u) {
    return u.owner !== null && u.repo !== null ? `${u.owner}/${u.repo}`.toLowerCase() : null;
}
/** `owner/repo/path` lower-cased without the ref, for matching tool names. */
function usesTarget(u) {
    if (u.kind === 'docker')
        return `docker://${u.image ?? ''}`.toLowerCase();
    if (u.owner !== null && u.repo !== null)
        return [u.owner, u.repo, ...(u.path ? [u.path] : [])].join('/').toLowerCase();
    return u.raw.trim().toLowerCase();
}
/** Version in a trailing comment: `v4.1.1`, `tag=v4.1.1`, `pin@v4.1.1`, `4.1.1`. */
function versionFromComment(comment) {
    if (comment === null)
        return null;
    const m = /(?:^|[\s=@:])(v?\d+(?:\.\d+)*(?:[-+][0-9A-Za-z.-]+)?)\b/.exec(comment);
    return m ? m[1] : null;
}

;// CONCATENATED MODULE: ./src/facts/workflows/findings.ts
// Findings: places in workflows and composite actions that are evidence against an OSPS Baseline
// requirement (or, with requirement null, hardening advice).


/** Findings kept in total; past this, `findingsTruncated` is set. */
const MAX_FINDINGS = 5_000;
/** Triggers that run with the base repository's secrets and a write-capable token while handling outside input. */
const PRIVILEGED_TRIGGERS = ['pull_request_target', 'workflow_run', 'issue_comment'];
/**
 * `with:` inputs that are scripts. Expressions are expanded before the action sees the text, so
 * `${{ }}` there is an injection just as in `run:`. `actions/github-script`'s `script` is the
 * common case; the generic names cover ssh / retry / shell-runner actions.
 */
const SCRIPT_INPUTS = ['script', 'run', 'command', 'commands', 'cmd', 'shell-script', 'inline-script'];
/** Input types whose values GitHub constrains (not free text): not flagged when used in a script. */
const SAFE_INPUT_TYPES = new Set(['boolean', 'number', 'choice', 'environment']);
class FindingSink {
    findings = [];
    truncated = false;
    /** path, line, column and kind already reported: an aliased job or step is reported once, where its text is. */
    seen = new Set();
    add(file, kind, requirement, severity, at, message) {
        const key = `${file.path}\0${at.line}\0${at.column}\0${kind}`;
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        if (this.findings.length >= MAX_FINDINGS) {
            this.truncated = true;
            return;
        }
        const snippet = file.lineAt(at.line);
        const f = { kind, requirement, severity, path: file.path, line: at.line, column: at.column, message };
        if (snippet)
            f.snippet = snippet;
        this.findings.push(f);
    }
}
function findings_short(s, n = 120) {
    const one = s.replace(/\s+/g, ' ').trim();
    return one.length > n ? one.slice(0, n - 3) + '...' : one;
}
/** Scripts of a step: `run:` and script-like `with:` inputs. */
function scriptsOf(step) {
    const out = [];
    if (step.run)
        out.push({ fact: step.run, label: 'run:', at: step.run });
    if (step.uses) {
        const isGithubScript = uses_repoSlug(step.uses) === 'actions/github-script';
        for (const [k, v] of Object.entries(step.with)) {
            const key = k.toLowerCase();
            if ((isGithubScript && key === 'script') || SCRIPT_INPUTS.includes(key))
                out.push({ fact: v, label: `with.${k} of ${findings_short(step.uses.raw, 60)}`, at: v });
        }
    }
    return out;
}
function inputIsConstrained(scope, name) {
    if (scope.kind === 'action' || name === '')
        return false;
    const found = scope.decls.filter((d) => Object.prototype.hasOwnProperty.call(d, name));
    // Declared in every trigger that has it, with a constrained type.
    return found.length > 0 && found.every((d) => SAFE_INPUT_TYPES.has(d[name].type.toLowerCase()));
}
/**
 * `env.NAME` paths whose value (looked up step, job, workflow) expands untrusted input:
 * `${{ env.TITLE }}` in a script is as unsafe as the expression TITLE was set from.
 */
function taintedEnv(file, paths, chain) {
    const out = [];
    for (const p of paths) {
        if (!p.startsWith('env.'))
            continue;
        const name = p.slice(4).split('.')[0];
        for (const env of chain) {
            const key = Object.keys(env).find((k) => k.toLowerCase() === name);
            if (key === undefined)
                continue;
            const v = env[key];
            const text = file.fullText.get(v) ?? v.value;
            if (findExpressions(text).some((e) => !isBooleanExpression(e.body) && contextPaths(e.body).some(isUntrustedPath)))
                out.push(`${p} = ${findings_short(v.value, 60)}`);
            break;
        }
    }
    return out;
}
function checkScripts(sink, file, steps, scope, outer = []) {
    for (const step of steps) {
        const chain = [step.env, ...outer];
        for (const script of scriptsOf(step)) {
            const text = file.fullText.get(script.fact) ?? '';
            let cursor = 0;
            for (const expr of findExpressions(text)) {
                const found = file.findInSource(script.fact, expr.text, cursor);
                if (found)
                    cursor = found.offset + expr.text.length;
                const at = found?.pos ?? script.at;
                if (isBooleanExpression(expr.body))
                    continue;
                const paths = contextPaths(expr.body);
                const untrusted = [...paths.filter(isUntrustedPath), ...taintedEnv(file, paths, chain)];
                if (untrusted.length > 0) {
                    sink.add(file, 'untrusted-input', 'OSPS-BR-01.01', 'error', at, `${findings_short(expr.text)} expands untrusted input (${untrusted.join(', ')}) into ${script.label}; anyone who can open an issue or pull request controls it. Pass it through env: and quote "$VAR" instead.`);
                    continue;
                }
                const inputs = paths.map(inputName).filter((n) => n !== null && !inputIsConstrained(scope, n));
                if (inputs.length > 0) {
                    const what = scope.kind === 'action' ? 'composite action input' : 'workflow input';
                    sink.add(file, 'collaborator-input', 'OSPS-BR-01.04', 'warning', at, `${findings_short(expr.text)} expands a ${what} (${inputs.map((n) => n || '(all inputs)').join(', ')}) into ${script.label} without validation. Pass it through env: and quote "$VAR", or give it a boolean/number/choice type.`);
                }
            }
        }
    }
}
// ---- Privileged triggers running pull request code (OSPS-BR-01.03) ----
/** Context paths that name the pull request's head (its code), not the base. */
const PR_HEAD_PATHS = [
    'github.head_ref',
    'github.event.pull_request.head.sha',
    'github.event.pull_request.head.ref',
    'github.event.pull_request.head.repo.full_name',
    'github.event.pull_request.merge_commit_sha',
    'github.event.workflow_run.head_sha',
    'github.event.workflow_run.head_branch',
    'github.event.workflow_run.head_commit.id',
    'github.event.workflow_run.head_repository.full_name',
    'github.event.workflow_run.pull_requests.*.head.sha',
    'github.event.workflow_run.pull_requests.*.head.ref',
];
function isPrHeadPath(p) {
    const segs = p.split('.');
    return PR_HEAD_PATHS.some((h) => {
        const hs = h.split('.');
        return hs.length === segs.length && hs.every((s, i) => s === '*' || segs[i] === '*' || s === segs[i]);
    });
}
function mentionsPrHead(text) {
    if (/refs\/pull\/|(?:^|[\s:'"/])pull\/[^\s/]+\/(?:head|merge)\b/.test(text))
        return true;
    return findExpressions(text).some((e) => contextPaths(e.body).some(isPrHeadPath));
}
const GIT_FETCH_PR = /\bgit\s+(?:-c\s+\S+\s+)*(?:fetch|checkout|pull|switch|clone|worktree\s+add)\b/;
/** Where a step brings the pull request's code into the job, or null. */
function untrustedCheckout(file, step) {
    if (step.uses && uses_repoSlug(step.uses) === 'actions/checkout') {
        const ref = step.with['ref'];
        const repo = step.with['repository'];
        for (const v of [ref, repo]) {
            if (v && mentionsPrHead(file.fullText.get(v) ?? v.value))
                return { at: v, how: `actions/checkout of ${findings_short(v.value, 80)}` };
        }
        return null;
    }
    if (step.run) {
        const text = file.fullText.get(step.run) ?? step.run.text;
        for (const line of text.split('\n')) {
            const t = line.trim();
            if (t.startsWith('#'))
                continue;
            if (/\bgh\s+pr\s+checkout\b/.test(t) || (GIT_FETCH_PR.test(t) && mentionsPrHead(t))) {
                const found = file.findInSource(step.run, t);
                return { at: found?.pos ?? step.run, how: `\`${findings_short(t, 80)}\`` };
            }
        }
    }
    return null;
}
/**
 * workflow_run only: artifacts of the triggering run were built from the pull request's code
 * (artifact poisoning), so downloading them brings that code in as well.
 */
function untrustedArtifact(file, wf, step) {
    if (!wf.effectiveEvents.includes('workflow_run') || !step.uses)
        return null;
    const slug = uses_repoSlug(step.uses);
    if (slug === 'dawidd6/action-download-artifact')
        return { at: step.uses, how: `${findings_short(step.uses.raw, 80)} (artifacts of another run)` };
    if (slug === 'actions/download-artifact') {
        const runId = step.with['run-id'];
        if (runId && /workflow_run\.id/.test(file.fullText.get(runId) ?? runId.value))
            return { at: runId, how: 'actions/download-artifact of the triggering run' };
    }
    return null;
}
/** Actions that do not execute the checked-out code. */
const NON_EXECUTING = [
    /^actions\/checkout$/,
    /^actions\/(upload|download)-artifact$/,
    /^actions\/cache(\/.*)?$/,
    /^actions\/github-script$/,
    /^actions\/labeler$/,
    /^actions\/stale$/,
    /^peter-evans\/create-or-update-comment$/,
    /^marocchino\/sticky-pull-request-comment$/,
];
function executesCode(step) {
    if (step.run)
        return true;
    if (!step.uses)
        return false;
    if (step.uses.kind === 'local')
        return true;
    const target = usesTarget(step.uses);
    return !NON_EXECUTING.some((re) => re.test(target));
}
/** Guards that keep fork pull requests out (same-repository check, label gate, author association). */
const GUARD = /head\.repo\.full_name\s*==|==\s*github\.repository\b|head\.repo\.fork\s*==\s*false|!\s*github\.event\.pull_request\.head\.repo\.fork|author_association|labels\.\*\.name|github\.event\.label\.name/;
function jobUsesSecrets(file, wf, job) {
    if (job.secrets !== null)
        return true;
    const texts = [];
    for (const v of [...Object.values(wf.env), ...Object.values(job.env)])
        texts.push(file.fullText.get(v) ?? v.value);
    for (const s of job.steps) {
        for (const v of [...Object.values(s.with), ...Object.values(s.env)])
            texts.push(file.fullText.get(v) ?? v.value);
        if (s.run)
            texts.push(file.fullText.get(s.run) ?? s.run.text);
    }
    return texts.some((t) => findExpressions(t).some((e) => contextPaths(e.body).some((p) => p.startsWith('secrets.') && p !== 'secrets.github_token')));
}
function tokenDescription(wf, job) {
    const p = job.permissions.kind !== 'absent' ? job.permissions : wf.permissions;
    if (p.kind === 'absent')
        return 'the default GITHUB_TOKEN (write unless the repository default is read-only)';
    if (p.kind === 'write-all')
        return 'a write-all GITHUB_TOKEN';
    if (p.kind === 'map') {
        const writes = Object.entries(p.scopes).filter(([, v]) => v === 'write').map(([k]) => k);
        return writes.length > 0 ? `a GITHUB_TOKEN with write on ${writes.join(', ')}` : 'a read-only GITHUB_TOKEN';
    }
    return 'a read-only GITHUB_TOKEN';
}
function checkPrivileged(sink, file, wf) {
    const privileged = wf.effectiveEvents.filter((e) => PRIVILEGED_TRIGGERS.includes(e));
    if (privileged.length === 0)
        return;
    for (const job of wf.jobs) {
        for (let i = 0; i < job.steps.length; i++) {
            const hit = untrustedCheckout(file, job.steps[i]) ?? untrustedArtifact(file, wf, job.steps[i]);
            if (!hit)
                continue;
            const runsLater = job.steps.slice(i + 1).some(executesCode);
            const guarded = GUARD.test(`${job.if ?? ''}\n${job.steps[i].if ?? ''}`);
            let severity = runsLater ? 'error' : 'warning';
            if (guarded)
                severity = severity === 'error' ? 'warning' : 'note';
            const exposure = `${jobUsesSecrets(file, wf, job) ? 'secrets and ' : ''}${tokenDescription(wf, job)}`;
            sink.add(file, 'privileged-untrusted-checkout', 'OSPS-BR-01.03', severity, hit.at, `job ${job.id} runs on ${privileged.join(', ')} with ${exposure} and brings in the pull request's code (${hit.how})` +
                (runsLater ? '; later steps run it' : '') +
                (guarded ? '; a condition limits which pull requests reach it' : '') +
                '. Run untrusted code in a pull_request workflow without secrets instead.');
            break;
        }
    }
}
// ---- Permissions (OSPS-AC-04.01, OSPS-AC-04.02) ----
//
// Interpretation, for GitHub Actions:
// - OSPS-AC-04.01 ("tasks with no permissions specified get the lowest permissions"): the token a
//   job gets when nothing is declared comes from a repository / organisation setting that a
//   checkout cannot see, and was read-write by default for older repositories. A workflow whose
//   top level has no `permissions:` while some job also has none is therefore evidence against
//   04.01 ('permissions-missing', warning; a note for a workflow triggered only by workflow_call,
//   whose token is bounded by its caller's). Declaring `permissions:` (even `{}` or `read-all`)
//   at the top level, or on every job, makes the workflow independent of that setting.
// - OSPS-AC-04.02 ("only the minimum privileges necessary"): `write-all` anywhere is never minimal
//   ('permissions-write-all', error). A write scope at the workflow level is granted to every job,
//   including jobs that do not need it ('permissions-broad-write', warning; a note when the
//   workflow has a single job, where workflow and job level are the same). Write scopes on a job
//   are taken as needed: a checkout cannot tell what a job needs.
function checkPermissions(sink, file, wf) {
    const rootAt = file.nodePos(file.root);
    if (wf.permissions.kind === 'absent' && wf.jobs.length > 0) {
        const missing = wf.jobs.filter((j) => j.permissions.kind === 'absent').map((j) => j.id);
        if (missing.length > 0) {
            const names = missing.length > 10 ? `${missing.slice(0, 10).join(', ')} and ${missing.length - 10} more` : missing.join(', ');
            // A workflow that is only ever called (workflow_call) gets at most its caller's token, so
            // the caller decides; still worth a note, since the caller may not restrict it.
            const onlyCalled = wf.triggers.events.length > 0 && wf.triggers.events.every((e) => e === 'workflow_call');
            sink.add(file, 'permissions-missing', 'OSPS-AC-04.01', onlyCalled ? 'note' : 'warning', rootAt, `no top-level permissions: and none on job${missing.length > 1 ? 's' : ''} ${names}; ${missing.length > 1 ? 'they get' : 'it gets'} ${onlyCalled ? "the calling workflow's GITHUB_TOKEN permissions" : "the repository's default GITHUB_TOKEN permissions, which may be read-write"}. Add \`permissions: {}\` or \`contents: read\` at the top and grant more per job.`);
        }
    }
    if (wf.permissions.kind === 'write-all' && wf.permissions.position) {
        sink.add(file, 'permissions-write-all', 'OSPS-AC-04.02', 'error', wf.permissions.position, 'permissions: write-all gives every job write access to everything; grant only the scopes each job needs.');
    }
    for (const job of wf.jobs) {
        if (job.permissions.kind === 'write-all' && job.permissions.position) {
            sink.add(file, 'permissions-write-all', 'OSPS-AC-04.02', 'error', job.permissions.position, `job ${job.id} has permissions: write-all; grant only the scopes it needs.`);
        }
    }
    if (wf.permissions.kind === 'map') {
        const single = wf.jobs.length === 1;
        for (const [scope, level] of Object.entries(wf.permissions.scopes)) {
            if (level !== 'write')
                continue;
            sink.add(file, 'permissions-broad-write', 'OSPS-AC-04.02', single ? 'note' : 'warning', wf.permissions.scopePositions[scope], single
                ? `${scope}: write is granted at the workflow level; the workflow has one job, but moving it to that job keeps new jobs read-only.`
                : `${scope}: write is granted at the workflow level, so all ${wf.jobs.length} jobs get it; grant it only on the job that needs it.`);
        }
    }
}
// ---- Pinning (hardening) ----
function checkPinned(sink, file, u) {
    if (!u || u.pinned)
        return;
    if (u.kind !== 'action' && u.kind !== 'reusable-workflow' && u.kind !== 'docker')
        return;
    const what = u.kind === 'docker' ? `Docker image ${findings_short(u.raw, 100)}` : findings_short(u.raw, 100);
    const by = u.kind === 'docker'
        ? u.refKind === 'none'
            ? 'has no tag or digest'
            : `is pinned to a tag (${u.ref}), not a sha256 digest`
        : u.refKind === 'tag'
            ? `is pinned to a tag (${u.ref}), not a full commit SHA`
            : u.refKind === 'branch'
                ? `follows a branch or short ref (${u.ref}), not a full commit SHA`
                : 'has no ref';
    const comment = u.comment !== null ? ` (comment: # ${findings_short(u.comment, 60)})` : '';
    sink.add(file, 'unpinned-action', null, 'warning', u, `${what} ${by}${comment}; a moved tag or branch changes the code that runs.`);
}
function workflowFindings(sink, p) {
    const { file, workflow: wf } = p;
    if (!wf.valid)
        return;
    const scope = {
        kind: 'workflow',
        decls: [
            ...(wf.triggers.events.includes('workflow_dispatch') ? [wf.triggers.dispatchInputs] : []),
            ...(wf.triggers.events.includes('workflow_call') ? [wf.triggers.callInputs] : []),
        ],
    };
    for (const job of wf.jobs)
        checkScripts(sink, file, job.steps, scope, [job.env, wf.env]);
    checkPrivileged(sink, file, wf);
    checkPermissions(sink, file, wf);
    for (const job of wf.jobs) {
        checkPinned(sink, file, job.uses);
        for (const s of job.steps)
            checkPinned(sink, file, s.uses);
    }
}
function actionFindings(sink, p, repository) {
    const { file, action } = p;
    if (!action.valid)
        return;
    checkScripts(sink, file, action.steps, { kind: 'action', decls: [] });
    for (const s of action.steps)
        checkPinned(sink, file, s.uses);
    const img = action.image;
    if (img && /^docker:\/\//i.test(img.value.trim())) {
        checkPinned(sink, file, { ...classifyUses(img.value, repository), line: img.line, column: img.column, comment: null, commentVersion: null });
    }
}

;// CONCATENATED MODULE: ./src/facts/workflows/detectors.ts

const withIs = (key, re) => (s) => re.test(s.with[key]?.value ?? '');
const TEST_RULES = [
    { tool: 'npm/pnpm/yarn/bun test', run: /\b(?:npm|pnpm|yarn|bun)\s+(?:run\s+|run-script\s+)?(?:-\S+\s+)*(?:test|t)(?::[\w:-]+)?(?:\s|$|;|&|\|)/ },
    { tool: 'npm test', run: /\bnpm\s+(?:-\S+\s+)*(?:cit|install-test|it)\b/ },
    { tool: 'js test runner', run: /\b(?:npx\s+|pnpm\s+exec\s+|yarn\s+)?(?:vitest|jest|mocha|ava|playwright\s+test|cypress\s+run|karma\s+start)\b/ },
    { tool: 'deno test', run: /\bdeno\s+test\b/ },
    { tool: 'go test', run: /\bgo\s+test\b|\bgotestsum\b|\bginkgo\b/ },
    { tool: 'cargo test', run: /\bcargo\s+(?:\+\S+\s+)?(?:test|nextest)\b/ },
    { tool: 'pytest', run: /\bpytest\b|\bpython[\d.]*\s+-m\s+(?:pytest|unittest)\b|\bnose2?\b/ },
    { tool: 'tox/nox', run: /\b(?:tox|nox)\b(?!\.ini)/ },
    { tool: 'hatch test', run: /\bhatch\s+(?:test|run\s+(?:\S+:)?test)\b/ },
    { tool: 'maven', run: /\b(?:mvn|mvnw|maven)\b[^\n#]*\s(?:test|verify|install)\b/ },
    { tool: 'gradle', run: /\b(?:gradle|gradlew)\b[^\n#]*\s(?:test|check|build)\b/ },
    { tool: 'make test', run: /\bmake\b[^\n#]*\s(?:test|tests|check|unit-test|test-unit|unittest)\b/ },
    { tool: 'ctest', run: /\bctest\b|\bmeson\s+test\b|\bninja\b[^\n#]*\stest\b/ },
    { tool: 'dotnet test', run: /\bdotnet\s+test\b/ },
    { tool: 'ruby tests', run: /\b(?:bundle\s+exec\s+)?(?:rspec|rake\s+(?:test|spec))\b/ },
    { tool: 'php tests', run: /\bphpunit\b|\bcomposer\s+(?:run(?:-script)?\s+)?test\b|\bpest\b/ },
    { tool: 'swift/dart/flutter/mix test', run: /\b(?:swift|dart|flutter|mix|stack|cabal|sbt|lein|zig\s+build|bazel|bazelisk)\s+test\b/ },
    { tool: 'R CMD check', run: /\bR\s+CMD\s+check\b|\bdevtools::test\b|\btestthat\b/ },
    { tool: 'julia tests', uses: /^julia-actions\/julia-runtest$/ },
    { tool: 'cypress', uses: /^cypress-io\/github-action$/ },
];
const SAST_RULES = [
    { tool: 'codeql', uses: /^github\/codeql-action\/analyze$/ },
    { tool: 'codeql', run: /\bcodeql\s+database\s+analyze\b/ },
    { tool: 'semgrep', uses: /^(?:semgrep|returntocorp)\/semgrep-action$|^docker:\/\/(?:semgrep|returntocorp)\/semgrep$/ },
    { tool: 'semgrep', run: /\bsemgrep\b(?:\s+(?:ci|scan|--config))?/ },
    { tool: 'gosec', uses: /^securego\/gosec$/, run: /\bgosec\b/ },
    { tool: 'bandit', uses: /bandit/, run: /\bbandit\s/ },
    { tool: 'zizmor', uses: /^zizmorcore\/zizmor-action$|^woodruffw\/zizmor/, run: /\bzizmor\b/ },
    { tool: 'sonarqube', uses: /^sonarsource\/(?:sonarcloud-github-action|sonarqube-scan-action)$/ },
    { tool: 'snyk code', uses: /^snyk\/actions(?:\/.*)?$/, when: withIs('command', /\bcode\s+test\b/) },
    { tool: 'snyk code', run: /\bsnyk\s+code\s+test\b/ },
    { tool: 'brakeman', run: /\bbrakeman\b/ },
    { tool: 'njsscan', uses: /njsscan/, run: /\bnjsscan\b/ },
    { tool: 'flawfinder', uses: /flawfinder/, run: /\bflawfinder\b/ },
    { tool: 'bearer', uses: /^bearer\/bearer-action$/, run: /\bbearer\s+scan\b/ },
    { tool: 'checkov', uses: /^bridgecrewio\/checkov-action$/, run: /\bcheckov\b/ },
    { tool: 'tfsec', uses: /^aquasecurity\/tfsec-(?:action|sarif-action)$/, run: /\btfsec\b/ },
    { tool: 'horusec', run: /\bhorusec\s+start\b/ },
    { tool: 'kics', uses: /^checkmarx\/kics-github-action$/ },
];
const DEPENDENCY_RULES = [
    { tool: 'dependency-review', uses: /^actions\/dependency-review-action$/ },
    { tool: 'osv-scanner', uses: /^google\/osv-scanner-action(?:\/.*)?$/, run: /\bosv-scanner\b/ },
    { tool: 'trivy', uses: /^aquasecurity\/trivy-action$/, run: /\btrivy\s+(?:fs|filesystem|image|repo|repository|sbom|rootfs|config)\b/ },
    { tool: 'grype', uses: /^anchore\/scan-action$/, run: /\bgrype\b/ },
    { tool: 'snyk', uses: /^snyk\/actions(?:\/.*)?$/, when: (s) => !/\bcode\s+test\b/.test(s.with['command']?.value ?? '') },
    { tool: 'snyk', run: /\bsnyk\s+test\b/ },
    { tool: 'npm audit', run: /\b(?:npm|pnpm)\s+audit\b|\byarn\s+(?:npm\s+)?audit\b|\bbun\s+audit\b/ },
    { tool: 'govulncheck', uses: /^golang\/govulncheck-action$/, run: /\bgovulncheck\b/ },
    { tool: 'cargo audit/deny', uses: /^rustsec\/audit-check$|^actions-rust-lang\/audit$|^embarkstudios\/cargo-deny-action$/, run: /\bcargo[\s-](?:audit|deny)\b/ },
    { tool: 'pip-audit', uses: /^pypa\/gh-action-pip-audit$/, run: /\bpip-audit\b|\bsafety\s+(?:check|scan)\b/ },
    { tool: 'bundler-audit', run: /\bbundle(?:r)?[\s-]audit\b/ },
    { tool: 'composer audit', run: /\bcomposer\s+audit\b/ },
    { tool: 'dotnet vulnerable', run: /\bdotnet\s+list\b[^\n#]*--vulnerable\b/ },
    { tool: 'owasp dependency-check', uses: /^dependency-check\/dependency-check_action$/, run: /\bdependency-check(?:\.sh)?\b|dependency-check-maven|dependencyCheckAnalyze/ },
    { tool: 'nancy', uses: /^sonatype-nexus-community\/nancy-github-action$/, run: /\bnancy\s+sleuth\b/ },
    { tool: 'socket', uses: /^socketdev\//, run: /\bsocket\s+(?:ci|scan)\b/ },
];
const SECRET_RULES = [
    { tool: 'gitleaks', uses: /^gitleaks\/gitleaks-action$|^docker:\/\/(?:zricethezav|ghcr\.io\/gitleaks)\/gitleaks$/, run: /\bgitleaks\b/ },
    { tool: 'trufflehog', uses: /^trufflesecurity\/trufflehog(?:\/.*)?$/, run: /\btrufflehog\b/ },
    { tool: 'detect-secrets', uses: /detect-secrets/, run: /\bdetect-secrets(?:-hook)?\b/ },
    { tool: 'ggshield', uses: /^gitguardian\/ggshield(?:-action|\/.*)$/, run: /\bggshield\b/ },
    { tool: 'git-secrets', run: /\bgit[\s-]secrets\s+--scan\b/ },
    { tool: 'noseyparker', run: /\bnoseyparker\b/ },
];
const SIGNING_RULES = [
    { tool: 'cosign', uses: /^sigstore\/cosign-installer$/ },
    { tool: 'cosign', run: /\bcosign\s+(?:sign|sign-blob|attest|attest-blob)\b/ },
    { tool: 'sigstore', uses: /^sigstore\/gh-action-sigstore-python$/, run: /\bsigstore\s+sign\b|\bpython[\d.]*\s+-m\s+sigstore\s+sign\b/ },
    { tool: 'attest-build-provenance', uses: /^actions\/attest-build-provenance$|^actions\/attest$/ },
    { tool: 'slsa-github-generator', uses: /^slsa-framework\/slsa-github-generator(?:\/.*)?$/ },
    { tool: 'gpg', uses: /^crazy-max\/ghaction-import-gpg$/ },
    { tool: 'gpg', run: /\bgpg2?\b[^\n#]*\s(?:--detach-sign|--clearsign|--sign|-[a-z]*[sb][a-z]*)\b|gpg:sign\b|\bsignArchives\b/ },
    { tool: 'minisign/signify', run: /\bminisign\s+-S\b|\bsignify\s+-S\b/ },
    { tool: 'goreleaser signs', uses: /^goreleaser\/goreleaser-action$/, when: (_s, ctx) => ctx.goreleaser.signs },
    { tool: 'goreleaser signs', run: /\bgoreleaser\s+release\b/, when: (_s, ctx) => ctx.goreleaser.signs },
];
const SBOM_RULES = [
    { tool: 'syft', uses: /^anchore\/sbom-action(?:\/.*)?$/, run: /\bsyft\b/ },
    { tool: 'attest-sbom', uses: /^actions\/attest-sbom$/ },
    { tool: 'cyclonedx', uses: /^cyclonedx\//, run: /\bcyclonedx[\w-]*\b|\bcdxgen\b/ },
    { tool: 'spdx', run: /\bspdx-sbom-generator\b|\bspdx-tools?\b/ },
    { tool: 'trivy sbom', uses: /^aquasecurity\/trivy-action$/, when: withIs('format', /cyclonedx|spdx/i) },
    { tool: 'trivy sbom', run: /\btrivy\b[^\n#]*--format\s+(?:cyclonedx|spdx)/ },
    { tool: 'sbom-tool', uses: /sbom-tool|^advanced-security\/sbom-generator-action$/, run: /\bsbom-tool\s+generate\b/ },
    { tool: 'bom', run: /\bbom\s+generate\b|\bnpm\s+sbom\b/ },
    { tool: 'docker buildx sbom', uses: /^docker\/build-push-action$/, when: withIs('sbom', /^\s*true\s*$/) },
    { tool: 'goreleaser sboms', uses: /^goreleaser\/goreleaser-action$/, when: (_s, ctx) => ctx.goreleaser.sboms },
    { tool: 'goreleaser sboms', run: /\bgoreleaser\s+release\b/, when: (_s, ctx) => ctx.goreleaser.sboms },
];
const PROVENANCE_RULES = [
    { tool: 'attest-build-provenance', uses: /^actions\/attest-build-provenance$|^actions\/attest$/ },
    { tool: 'slsa-github-generator', uses: /^slsa-framework\/slsa-github-generator(?:\/.*)?$/ },
    { tool: 'npm provenance', run: /\b(?:npm|pnpm|yarn\s+npm)\s+publish\b[^\n#]*--provenance\b/ },
    { tool: 'npm provenance', run: /NPM_CONFIG_PROVENANCE\s*[:=]\s*['"]?true/i },
    // Trusted publishing to PyPI attaches attestations unless turned off (gh-action-pypi-publish >= 1.11).
    { tool: 'pypi attestations', uses: /^pypa\/gh-action-pypi-publish$/, when: (s) => !/^\s*false\s*$/i.test(s.with['attestations']?.value ?? '') },
    { tool: 'cosign attest', run: /\bcosign\s+attest(?:-blob)?\b/ },
    { tool: 'docker buildx provenance', uses: /^docker\/build-push-action$/, when: withIs('provenance', /mode=max|^\s*true\s*$/) },
    { tool: 'witness/in-toto', uses: /^testifysec\/witness-run-action$/, run: /\bwitness\s+run\b|\bin-toto-run\b/ },
];
const PUBLISH_RULES = [
    { tool: 'github release', uses: /^softprops\/action-gh-release$|^ncipollo\/release-action$|^actions\/create-release$|^svenstaro\/upload-release-action$/ },
    { tool: 'github release', run: /\bgh\s+release\s+(?:create|upload)\b/ },
    { tool: 'goreleaser', uses: /^goreleaser\/goreleaser-action$/, run: /\bgoreleaser\s+release\b/ },
    { tool: 'pypi', uses: /^pypa\/gh-action-pypi-publish$/, run: /\btwine\s+upload\b|\b(?:poetry|uv|flit|hatch|pdm)\s+publish\b/ },
    { tool: 'npm publish', uses: /^js-devtools\/npm-publish$|^changesets\/action$/, run: /\b(?:npm|pnpm|yarn(?:\s+npm)?|bun)\s+publish\b/ },
    { tool: 'container push', uses: /^docker\/build-push-action$/, when: withIs('push', /^\s*true\s*$/) },
    { tool: 'container push', run: /\b(?:docker|podman)\s+(?:image\s+)?push\b|\bko\s+(?:build|publish|resolve)\b/ },
    { tool: 'cargo publish', run: /\bcargo\s+publish\b/ },
    { tool: 'maven/gradle publish', run: /\bmvnw?\b[^\n#]*\sdeploy\b|\bgradlew?\b[^\n#]*\spublish\w*\b/ },
    { tool: 'nuget/gem/helm push', run: /\bdotnet\s+nuget\s+push\b|\bnuget\s+push\b|\bgem\s+push\b|\bhelm\s+push\b/ },
    { tool: 'release-please', uses: /^(?:google-github-actions|googleapis)\/release-please-action$/ },
];
/** Names of this project's own action: a `uses:` whose repository ends with or contains these is a Baseline scanner. */
const SLAM_ACTION_NAMES = ['security-slam-action'];
const SLAM_NAME_FRAGMENT = 'security-slam';
/** Other OSPS Baseline scanners, as `owner/repo` (lower case). */
const OTHER_BASELINE_SCANNERS = ['revanite-io/osps-baseline-action', 'revanite-io/pvtr-publish-results'];
function isBaselineScannerRepo(slug) {
    if (!slug)
        return false;
    const s = slug.toLowerCase();
    const repo = s.slice(s.indexOf('/') + 1);
    return SLAM_ACTION_NAMES.some((n) => repo.endsWith(n)) || s.includes(SLAM_NAME_FRAGMENT) || OTHER_BASELINE_SCANNERS.includes(s);
}
const PR_EVENTS = ['pull_request', 'pull_request_target', 'merge_group'];
const CHANGE_EVENTS = ['pull_request', 'pull_request_target', 'merge_group', 'push'];
const RELEASE_EVENTS = ['release', 'push', 'workflow_dispatch', 'workflow_call', 'repository_dispatch'];
const notOnlyPr = (ev) => ev.some((e) => !PR_EVENTS.includes(e));
const SPECS = [
    { name: 'tests', rules: TEST_RULES, requires: 'a trigger on pull_request, pull_request_target or merge_group', qualifies: (ev) => ev.some((e) => PR_EVENTS.includes(e)) },
    { name: 'sast', rules: SAST_RULES, requires: 'a trigger on pull_request, pull_request_target, merge_group or push', qualifies: (ev) => ev.some((e) => CHANGE_EVENTS.includes(e)) },
    { name: 'dependencyChecks', rules: DEPENDENCY_RULES, requires: 'a trigger on pull_request, pull_request_target, merge_group or push', qualifies: (ev) => ev.some((e) => CHANGE_EVENTS.includes(e)) },
    { name: 'secretScanning', rules: SECRET_RULES, requires: 'any trigger', qualifies: (ev) => ev.length > 0 },
    { name: 'signing', rules: SIGNING_RULES, requires: 'a trigger other than pull requests (release, push, dispatch, schedule)', qualifies: notOnlyPr },
    { name: 'sbom', rules: SBOM_RULES, requires: 'a trigger other than pull requests (release, push, dispatch, schedule)', qualifies: notOnlyPr },
    { name: 'provenance', rules: PROVENANCE_RULES, requires: 'a trigger other than pull requests (release, push, dispatch, schedule)', qualifies: notOnlyPr },
    { name: 'releases', rules: PUBLISH_RULES, requires: 'a trigger on release, push (tags or branches), workflow_dispatch, workflow_call or repository_dispatch', qualifies: (ev) => ev.some((e) => RELEASE_EVENTS.includes(e)) },
];
const MAX_COMPOSITE_DEPTH = 4;
function normDir(p) {
    return p
        .split('/')
        .filter((s) => s !== '' && s !== '.')
        .join('/');
}
function* visitSteps(wf, actionsByDir) {
    for (const job of wf.workflow.jobs) {
        const stack = [
            { file: wf.file, steps: job.steps, depth: 0, seen: new Set() },
        ];
        while (stack.length > 0) {
            const cur = stack.pop();
            for (const step of cur.steps) {
                yield { file: cur.file, workflow: wf.workflow, job, step };
                if (step.uses?.kind === 'local' && !step.uses.isWorkflow && cur.depth < MAX_COMPOSITE_DEPTH) {
                    const dir = normDir(step.uses.path ?? '');
                    const act = actionsByDir.get(dir);
                    if (act && act.action.valid && act.action.using === 'composite' && !cur.seen.has(dir)) {
                        const seen = new Set(cur.seen);
                        seen.add(dir);
                        stack.push({ file: act.file, steps: act.action.steps, depth: cur.depth + 1, seen });
                    }
                }
            }
        }
    }
}
/** First non-comment line of a script file matching `re`, with its 1-based position. */
function matchScript(re, lines) {
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i].replace(/\r$/, '');
        const t = raw.trim();
        if (t === '' || t.startsWith('#') || t.startsWith('//') || t.startsWith('echo '))
            continue;
        if (re.test(t))
            return { text: t.length > 160 ? t.slice(0, 157) + '...' : t, line: i + 1, column: raw.length - raw.trimStart().length + 1 };
    }
    return null;
}
function stepTarget(step) {
    const u = step.uses;
    return u && u.kind !== 'expression' && u.kind !== 'invalid' ? usesTarget(u) : null;
}
function scriptLines(file, step) {
    if (!step.run)
        return [];
    const text = file.fullText.get(step.run) ?? step.run.text;
    return text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
}
function matchRule(rule, ctx, file, step, target, lines) {
    if (rule.when && !rule.when(step, ctx))
        return null;
    if (rule.uses && step.uses && target !== null && rule.uses.test(target)) {
        return { via: 'uses', text: step.uses.raw.trim(), line: step.uses.line, column: step.uses.column };
    }
    if (rule.run && step.run) {
        for (const l of lines) {
            if (!rule.run.test(l))
                continue;
            const found = file.findInSource(step.run, l);
            const at = found?.pos ?? step.run;
            return { via: 'run', text: l.length > 160 ? l.slice(0, 157) + '...' : l, line: at.line, column: at.column };
        }
    }
    return null;
}
/** Does a GitHub branch filter pattern match `name`? Supports *, **, ?, + and [...]. */
function globMatch(pattern, name) {
    let re = '^';
    for (let i = 0; i < pattern.length && i < 500; i++) {
        const c = pattern[i];
        if (c === '*') {
            if (pattern[i + 1] === '*') {
                re += '.*';
                i++;
            }
            else
                re += '[^/]*';
        }
        else if (c === '?')
            re += '.?';
        else if (c === '+')
            re += '+';
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 1);
            if (end < 0)
                re += '\\[';
            else {
                re += '[' + pattern.slice(i + 1, end).replace(/\\/g, '\\\\') + ']';
                i = end;
            }
        }
        else
            re += c.replace(/[.^$|(){}\\]/g, '\\$&');
    }
    try {
        return new RegExp(re + '$').test(name);
    }
    catch {
        return false;
    }
}
/** Applies include patterns in order, with `!pattern` excluding again, as GitHub does. */
function filterIncludes(patterns, name) {
    let included = false;
    for (const p of patterns) {
        if (p.startsWith('!')) {
            if (globMatch(p.slice(1), name))
                included = false;
        }
        else if (globMatch(p, name))
            included = true;
    }
    return included;
}
/** Reasons a workflow's own triggers make it recurring (push to the default branch, schedule, release). */
function ownRecurringReasons(wf, defaultBranches) {
    const out = [];
    const t = wf.triggers;
    if (t.events.includes('push')) {
        const f = t.filters['push'];
        if (!f)
            out.push(`push to ${defaultBranches[0]}`);
        else if (f.branches !== null) {
            const b = defaultBranches.find((d) => filterIncludes(f.branches ?? [], d));
            if (b)
                out.push(`push to ${b}${f.paths || f.pathsIgnore ? ' (paths filtered)' : ''}`);
        }
        else if (f.branchesIgnore !== null) {
            const b = defaultBranches.find((d) => !filterIncludes(f.branchesIgnore ?? [], d));
            if (b)
                out.push(`push to ${b}${f.paths || f.pathsIgnore ? ' (paths filtered)' : ''}`);
        }
        else if (f.tags !== null || f.tagsIgnore !== null) {
            // Only tag filters: branch pushes do not trigger it, tag pushes (releases) do.
            out.push('push of tags (release)');
        }
        else
            out.push(`push to ${defaultBranches[0]}${f.paths || f.pathsIgnore ? ' (paths filtered)' : ''}`);
    }
    if (t.events.includes('schedule'))
        out.push('schedule');
    if (t.events.includes('release'))
        out.push('release');
    return out;
}
/** Script files followed per analysis, and lines read from each. */
const detectors_MAX_SCRIPTS = 200;
const MAX_SCRIPT_LINES = 5_000;
/**
 * Repository paths a script line runs: `bash .ci/run`, `sh scripts/test.sh`, `./hack/verify.sh`,
 * `python tools/check.py`. Paths with variables or `..` are ignored.
 */
function invokedScripts(line) {
    const out = [];
    const re = /(?:^|[\s;&|(])(?:(?:bash|sh|zsh|dash|pwsh|python[\d.]*|node|ruby|perl)\s+(?:-\S+\s+)*)?((?:\.\/)?[\w.-]*[\w-][\w.-]*(?:\/[\w.-]+)+|\.\/[\w.-]+)(?=$|[\s;&|)])/g;
    let m;
    while ((m = re.exec(line)) !== null && out.length < 5) {
        const raw = m[1];
        const explicit = /^(?:bash|sh|zsh|dash|pwsh|python|node|ruby|perl)/.test(m[0].trim()) || raw.startsWith('./');
        if (!explicit)
            continue;
        const p = raw.replace(/^\.\//, '');
        if (p.split('/').some((seg) => seg === '..' || seg === ''))
            continue;
        out.push(p);
    }
    return out;
}
function runDetectors(workflows, actions, options) {
    const ctx = { goreleaser: options.goreleaser };
    const actionsByDir = new Map();
    for (const a of actions)
        if (!actionsByDir.has(normDir(a.action.dir)))
            actionsByDir.set(normDir(a.action.dir), a);
    const detectors = {};
    for (const spec of SPECS)
        detectors[spec.name] = { found: false, requires: spec.requires, hits: [] };
    const scanners = [];
    const defaultBranches = options.defaultBranch ? [options.defaultBranch] : ['main', 'master'];
    const reasons = propagateRecurring(workflows, defaultBranches);
    // `uses: ./` runs the repository's own root action: a scanner when the repository is this
    // project (by name), or, when the name is unknown, when the root action.yml is named Security Slam.
    const rootAction = actionsByDir.get('');
    const selfIsScanner = options.repository
        ? isBaselineScannerRepo(options.repository)
        : !!rootAction && rootAction.action.valid && /security[\s_-]*slam/i.test(rootAction.action.name ?? '');
    const scriptCache = new Map();
    const scriptLinesOf = (path) => {
        if (scriptCache.has(path))
            return scriptCache.get(path) ?? null;
        if (scriptCache.size >= detectors_MAX_SCRIPTS || !options.readScript)
            return null;
        let text = null;
        try {
            text = options.readScript(path);
        }
        catch {
            text = null;
        }
        const lines = text === null ? null : text.split('\n', MAX_SCRIPT_LINES);
        scriptCache.set(path, lines);
        return lines;
    };
    for (const wf of workflows) {
        if (!wf.workflow.valid)
            continue;
        const triggers = wf.workflow.effectiveEvents;
        const recurringReasons = reasons.get(wf.workflow.path) ?? [];
        const addScanner = (file, job, u) => {
            const isScanner = isBaselineScannerRepo(uses_repoSlug(u)) || (selfIsScanner && u.kind === 'local' && normDir(u.path ?? '') === '');
            if (!isScanner)
                return;
            scanners.push({ path: file.path, line: u.line, column: u.column, job: job.id, uses: u.raw.trim(), triggers, recurring: recurringReasons.length > 0, recurringReasons });
        };
        for (const job of wf.workflow.jobs)
            if (job.uses)
                addScanner(wf.file, job, job.uses);
        for (const v of visitSteps(wf, actionsByDir)) {
            if (v.step.uses)
                addScanner(v.file, v.job, v.step.uses);
            const lines = scriptLines(v.file, v.step);
            const target = stepTarget(v.step);
            // Scripts in the repository that the step runs, scanned line by line with the same rules.
            const scripts = [];
            for (const l of lines) {
                for (const p of invokedScripts(l)) {
                    const sl = scriptLinesOf(p);
                    if (sl && !scripts.some((x) => x.path === p))
                        scripts.push({ path: p, lines: sl });
                }
            }
            for (const spec of SPECS) {
                const seenTools = new Set();
                for (const rule of spec.rules) {
                    if (seenTools.has(rule.tool))
                        continue;
                    let m = matchRule(rule, ctx, v.file, v.step, target, lines);
                    if (!m && rule.run && (!rule.when || rule.when(v.step, ctx))) {
                        for (const sc of scripts) {
                            const found = matchScript(rule.run, sc.lines);
                            if (found) {
                                m = { via: 'script', path: sc.path, ...found };
                                break;
                            }
                        }
                    }
                    if (!m)
                        continue;
                    seenTools.add(rule.tool);
                    const hit = {
                        path: m.path ?? v.file.path,
                        workflow: wf.workflow.path,
                        job: v.job.id,
                        tool: rule.tool,
                        via: m.via,
                        text: m.text,
                        line: m.line,
                        column: m.column,
                        triggers,
                        qualifies: spec.qualifies(triggers),
                    };
                    const d = detectors[spec.name];
                    if (d.hits.length < 1000)
                        d.hits.push(hit);
                    if (hit.qualifies)
                        d.found = true;
                }
            }
        }
        // Reusable workflows called from a job (`jobs.<id>.uses`) can be tools too (slsa-github-generator, osv-scanner).
        for (const job of wf.workflow.jobs) {
            if (!job.uses || job.uses.kind !== 'reusable-workflow')
                continue;
            const fakeStep = { index: -1, line: job.uses.line, column: job.uses.column, id: null, name: null, if: null, uses: job.uses, run: null, shell: null, with: job.with, env: {} };
            for (const spec of SPECS) {
                for (const rule of spec.rules) {
                    if (!rule.uses)
                        continue;
                    const m = matchRule({ ...rule, run: undefined }, ctx, wf.file, fakeStep, stepTarget(fakeStep), []);
                    if (!m)
                        continue;
                    const hit = { path: wf.file.path, workflow: wf.workflow.path, job: job.id, tool: rule.tool, via: 'uses', text: m.text, line: m.line, column: m.column, triggers, qualifies: spec.qualifies(triggers) };
                    const d = detectors[spec.name];
                    if (d.hits.length < 1000)
                        d.hits.push(hit);
                    if (hit.qualifies)
                        d.found = true;
                    break;
                }
            }
        }
    }
    return { detectors, scanners };
}
/** Local reusable-workflow calls: caller path -> callee paths. */
function localCalls(workflows) {
    const out = new Map();
    for (const wf of workflows) {
        if (!wf.workflow.valid)
            continue;
        for (const job of wf.workflow.jobs) {
            if (job.uses?.kind === 'local' && job.uses.isWorkflow && job.uses.path) {
                const callee = normDir(job.uses.path);
                const list = out.get(wf.workflow.path) ?? [];
                if (!list.includes(callee))
                    list.push(callee);
                out.set(wf.workflow.path, list);
            }
        }
    }
    return out;
}
/**
 * Sets `effectiveEvents` on every workflow: its own events, plus the events of local workflows
 * that call it through `workflow_call` (transitively). `workflow_call` stays listed only when no
 * local caller was found (it may be called from another repository).
 */
function computeEffectiveEvents(workflows) {
    const calls = localCalls(workflows);
    const byPath = new Map(workflows.map((w) => [w.workflow.path, w.workflow]));
    const eff = new Map();
    for (const w of workflows)
        eff.set(w.workflow.path, new Set(w.workflow.triggers.events));
    const called = new Set();
    // Fixpoint, bounded by the number of workflows (each round adds at least one event or stops).
    for (let round = 0; round <= workflows.length; round++) {
        let changed = false;
        for (const [caller, callees] of calls) {
            const from = eff.get(caller);
            if (!from)
                continue;
            for (const callee of callees) {
                const target = byPath.get(callee);
                if (!target || !target.triggers.events.includes('workflow_call'))
                    continue;
                called.add(callee);
                const to = eff.get(callee);
                for (const e of from) {
                    if (e !== 'workflow_call' && !to.has(e)) {
                        to.add(e);
                        changed = true;
                    }
                }
            }
        }
        if (!changed)
            break;
    }
    for (const w of workflows) {
        const set = eff.get(w.workflow.path);
        const events = [...set];
        w.workflow.effectiveEvents = called.has(w.workflow.path) && events.length > 1 ? events.filter((e) => e !== 'workflow_call') : events;
    }
}
function propagateRecurring(workflows, defaultBranches) {
    const calls = localCalls(workflows);
    const out = new Map();
    for (const w of workflows)
        out.set(w.workflow.path, w.workflow.valid ? ownRecurringReasons(w.workflow, defaultBranches) : []);
    for (let round = 0; round <= workflows.length; round++) {
        let changed = false;
        for (const [caller, callees] of calls) {
            const from = out.get(caller) ?? [];
            for (const callee of callees) {
                const to = out.get(callee);
                if (!to)
                    continue;
                for (const r of from) {
                    const tagged = r.includes('via ') ? r : `${r} via ${caller}`;
                    if (!to.some((x) => x === tagged)) {
                        to.push(tagged);
                        changed = true;
                    }
                }
            }
        }
        if (!changed)
            break;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/facts/workflows/parse.ts
// YAML -> workflow and action models with 1-based positions. The file is hostile input: every
// loop is bounded, aliases are resolved by hand under a budget, and nothing here throws.


/** Alias resolutions allowed per file. Anchors are legal in workflows; thousands of them are not normal. */
const MAX_ALIASES = 5_000;
/** Jobs kept per workflow and steps kept per job. */
const MAX_JOBS = 10_000;
const MAX_STEPS = 1_000;
/** Entries read from one mapping (with:, env:, inputs:). */
const MAX_ENTRIES = 1_000;
/** Characters of a script kept in the facts (the analysis itself reads all of it). */
const MAX_STORED_TEXT = 16 * 1024;
/** Characters kept of a non-scalar value rendered as text. */
const MAX_VALUE_TEXT = 1024;
/** One parsed file: source, positions and a guarded alias resolver. */
class YamlFile {
    path;
    text;
    errors = [];
    doc;
    /** Full script text per RunFact / with-value, keyed by the fact object (facts store a truncated copy). */
    fullText = new WeakMap();
    /** Source range of the node behind a fact, for finding expression positions. */
    ranges = new WeakMap();
    lc = new yaml_dist/* LineCounter */.HN();
    anchors = new Map();
    keyIndexes = new WeakMap();
    aliasBudget = MAX_ALIASES;
    aliasLimitHit = false;
    constructor(path, text) {
        this.path = path;
        this.text = text;
        let doc = null;
        try {
            doc = (0,yaml_dist/* parseDocument */.Tp)(text, { lineCounter: this.lc, prettyErrors: false, uniqueKeys: false, keepSourceTokens: false });
        }
        catch (e) {
            this.error('yaml', 0, `YAML parser failed: ${e instanceof Error ? e.message : String(e)}`);
        }
        this.doc = doc;
        if (!doc)
            return;
        for (const e of doc.errors) {
            this.error('yaml', e.pos?.[0] ?? 0, firstLine(e.message));
        }
        try {
            const record = (node) => {
                const range = node.range;
                if (node.anchor && range) {
                    const list = this.anchors.get(node.anchor);
                    const def = { start: range[0], node };
                    if (list)
                        list.push(def);
                    else
                        this.anchors.set(node.anchor, [def]);
                }
            };
            (0,yaml_dist/* visit */.YR)(doc, {
                Map: (_k, map) => {
                    record(map);
                    // Duplicate keys make GitHub reject the file. The parser's own check is quadratic, so check here with a set.
                    const seen = new Set();
                    for (const pair of map.items) {
                        const k = pair.key;
                        if (!k || !(0,yaml_dist/* isScalar */.jn)(k))
                            continue;
                        const ks = k;
                        const key = typeof ks.value === 'string' ? ks.value : typeof ks.source === 'string' ? ks.source : String(ks.value);
                        if (seen.has(key))
                            this.error('yaml', k.range?.[0] ?? 0, 'Map keys must be unique');
                        else
                            seen.add(key);
                    }
                },
                Seq: (_k, seq) => record(seq),
                Scalar: (_k, scalar) => record(scalar),
            });
        }
        catch {
            /* a visit failure only loses aliases */
        }
    }
    get root() {
        return this.doc ? this.resolve(this.doc.contents) : null;
    }
    error(kind, offset, message) {
        if (this.errors.length >= 100)
            return;
        const p = this.pos(offset);
        this.errors.push({ path: this.path, kind, line: p.line, column: p.column, message });
    }
    pos(offset) {
        const lp = this.lc.linePos(Math.max(0, Math.min(offset, this.text.length)));
        return { line: lp.line, column: lp.col };
    }
    nodePos(node) {
        const r = node?.range;
        return r ? this.pos(r[0]) : { line: 1, column: 1 };
    }
    /** Follows an alias to its anchored node, spending the budget; null when out of budget or unknown. */
    resolve(node) {
        if (node === null || node === undefined)
            return null;
        if (!(0,yaml_dist/* isAlias */.Vj)(node))
            return node;
        if (this.aliasBudget <= 0) {
            if (!this.aliasLimitHit) {
                this.aliasLimitHit = true;
                this.error('limit', node.range?.[0] ?? 0, `more than ${MAX_ALIASES} alias uses; the rest were ignored`);
            }
            return null;
        }
        this.aliasBudget--;
        const list = this.anchors.get(node.source);
        const at = node.range?.[0] ?? Number.MAX_SAFE_INTEGER;
        if (!list)
            return null;
        // The nearest anchor defined before the alias (anchors may be redefined).
        let lo = 0;
        let hi = list.length - 1;
        let found = null;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (list[mid].start < at) {
                found = list[mid];
                lo = mid + 1;
            }
            else
                hi = mid - 1;
        }
        const target = found?.node ?? null;
        // An alias of an alias cannot happen in valid YAML, but do not trust it.
        return target && !(0,yaml_dist/* isAlias */.Vj)(target) ? target : null;
    }
    /** A scalar as a string (numbers and booleans as written); null for anything else. */
    str(node) {
        const n = this.resolve(node);
        if (!n || !(0,yaml_dist/* isScalar */.jn)(n))
            return null;
        const s = n;
        if (typeof s.value === 'string')
            return s.value;
        if (s.value === null || s.value === undefined)
            return '';
        return typeof s.source === 'string' ? s.source : String(s.value);
    }
    /** A value as text: the scalar, or the source of a collection (shortened). */
    textOf(node) {
        const n = this.resolve(node);
        if (!n)
            return '';
        const s = this.str(n);
        if (s !== null)
            return s;
        const r = n.range;
        return r ? this.text.slice(r[0], Math.min(r[1], r[0] + MAX_VALUE_TEXT)) : '';
    }
    /** Mapping entries with string keys; null when the node is not a mapping. */
    entries(node, limit = MAX_ENTRIES) {
        const n = this.resolve(node);
        if (!n || !(0,yaml_dist/* isMap */.jh)(n))
            return null;
        const out = [];
        for (const pair of n.items) {
            if (out.length >= limit)
                break;
            const keyNode = pair.key;
            if (!keyNode || !(0,yaml_dist/* isScalar */.jn)(keyNode))
                continue;
            const ks = keyNode;
            const key = typeof ks.value === 'string' ? ks.value : typeof ks.source === 'string' ? ks.source : String(ks.value);
            out.push({ key, keyNode, value: pair.value ?? null });
        }
        return out;
    }
    /** Key -> value of a mapping (first occurrence wins), built once per mapping. */
    keyIndex(node) {
        const n = this.resolve(node);
        if (!n || !(0,yaml_dist/* isMap */.jh)(n))
            return null;
        let index = this.keyIndexes.get(n);
        if (!index) {
            index = new Map();
            for (const e of this.entries(n, Number.MAX_SAFE_INTEGER) ?? [])
                if (!index.has(e.key))
                    index.set(e.key, e.value);
            this.keyIndexes.set(n, index);
        }
        return index;
    }
    get(node, key) {
        return this.keyIndex(node)?.get(key) ?? null;
    }
    has(node, key) {
        return this.keyIndex(node)?.has(key) ?? false;
    }
    /** Sequence items; a lone scalar counts as a one-item list. Null for anything else. */
    list(node, limit = MAX_ENTRIES) {
        const n = this.resolve(node);
        if (!n)
            return null;
        if ((0,yaml_dist/* isSeq */.oP)(n))
            return n.items.slice(0, limit);
        if ((0,yaml_dist/* isScalar */.jn)(n))
            return [n];
        return null;
    }
    strings(node) {
        const l = this.list(node);
        if (!l)
            return null;
        const out = [];
        for (const item of l) {
            const s = this.str(item);
            if (s !== null)
                out.push(s);
        }
        return out;
    }
    value(node, keyNode) {
        const n = this.resolve(node);
        const p = n ? this.nodePos(n) : this.nodePos(keyNode);
        const full = this.textOf(n);
        const v = { ...p, value: full.length > MAX_STORED_TEXT ? full.slice(0, MAX_STORED_TEXT) : full };
        this.fullText.set(v, full);
        if (n?.range)
            this.ranges.set(v, [n.range[0], n.range[1]]);
        return v;
    }
    valueMap(node) {
        const out = {};
        for (const e of this.entries(node) ?? []) {
            if (Object.prototype.hasOwnProperty.call(out, e.key) || e.key === '__proto__')
                continue;
            out[e.key] = this.value(e.value, e.keyNode);
        }
        return out;
    }
    /** The comment after a scalar on the same line, without '#'. */
    trailingComment(node) {
        const n = this.resolve(node);
        const end = n?.range?.[1];
        if (end === undefined)
            return null;
        let eol = this.text.indexOf('\n', end);
        if (eol < 0)
            eol = this.text.length;
        const rest = this.text.slice(end, Math.min(eol, end + 500));
        const m = /^[ \t]*#(.*)$/.exec(rest.replace(/\r$/, ''));
        return m ? m[1].trim() : null;
    }
    /** Position of `needle` inside the source of a fact's node, searching from `from`; null when absent. */
    findInSource(fact, needle, from = 0) {
        const r = this.ranges.get(fact);
        if (!r)
            return null;
        const start = Math.max(r[0], from);
        const i = this.text.indexOf(needle, start);
        if (i < 0 || i + needle.length > r[1])
            return null;
        return { offset: i, pos: this.pos(i) };
    }
    /** The trimmed source line at a position, shortened. */
    lineAt(line) {
        const start = this.lc.lineStarts[line - 1];
        if (start === undefined)
            return '';
        let end = this.text.indexOf('\n', start);
        if (end < 0)
            end = this.text.length;
        const s = this.text.slice(start, Math.min(end, start + 400)).trim();
        return s.length > 200 ? s.slice(0, 197) + '...' : s;
    }
}
function firstLine(s) {
    const l = s.split('\n')[0].trim();
    return l.length > 300 ? l.slice(0, 297) + '...' : l;
}
function emptyPermissions() {
    return { kind: 'absent', position: null, scopes: {}, scopePositions: {} };
}
function parsePermissions(f, present, node) {
    if (!present)
        return emptyPermissions();
    const n = f.resolve(node);
    const out = emptyPermissions();
    out.position = n ? f.nodePos(n) : null;
    const s = f.str(n);
    if (s !== null) {
        const v = s.trim();
        out.kind = v === 'read-all' ? 'read-all' : v === 'write-all' ? 'write-all' : 'invalid';
        return out;
    }
    const es = f.entries(n);
    if (!es) {
        out.kind = 'invalid';
        return out;
    }
    if (es.length === 0) {
        out.kind = 'none';
        return out;
    }
    out.kind = 'map';
    for (const e of es) {
        if (e.key === '__proto__')
            continue;
        out.scopes[e.key] = (f.str(e.value) ?? '').trim();
        out.scopePositions[e.key] = f.nodePos(e.keyNode);
    }
    return out;
}
function emptyFilter() {
    return { branches: null, branchesIgnore: null, tags: null, tagsIgnore: null, paths: null, pathsIgnore: null, types: null };
}
function parseInputs(f, node) {
    const out = {};
    for (const e of f.entries(node) ?? []) {
        if (e.key === '__proto__')
            continue;
        const type = f.str(f.get(e.value, 'type'))?.trim() || 'string';
        const required = (f.str(f.get(e.value, 'required')) ?? '').trim() === 'true';
        out[e.key] = { type, required };
    }
    return out;
}
function parseTriggers(f, present, node) {
    const out = { events: [], filters: {}, schedules: [], dispatchInputs: {}, callInputs: {}, position: null };
    if (!present)
        return out;
    const n = f.resolve(node);
    out.position = n ? f.nodePos(n) : null;
    const s = f.str(n);
    if (s !== null) {
        if (s.trim())
            out.events.push(s.trim());
        return out;
    }
    if (n && (0,yaml_dist/* isSeq */.oP)(n)) {
        for (const item of f.list(n) ?? []) {
            const e = f.str(item)?.trim();
            if (e && !out.events.includes(e))
                out.events.push(e);
        }
        return out;
    }
    for (const e of f.entries(n) ?? []) {
        const ev = e.key.trim();
        if (!ev || ev === '__proto__' || out.events.includes(ev))
            continue;
        out.events.push(ev);
        if (ev === 'schedule') {
            for (const item of f.list(e.value) ?? []) {
                const cron = f.str(f.get(item, 'cron'));
                if (cron !== null)
                    out.schedules.push(cron);
            }
            continue;
        }
        if (ev === 'workflow_dispatch')
            out.dispatchInputs = parseInputs(f, f.get(e.value, 'inputs'));
        if (ev === 'workflow_call')
            out.callInputs = parseInputs(f, f.get(e.value, 'inputs'));
        if (f.entries(e.value)) {
            const fl = emptyFilter();
            fl.branches = f.has(e.value, 'branches') ? f.strings(f.get(e.value, 'branches')) ?? [] : null;
            fl.branchesIgnore = f.has(e.value, 'branches-ignore') ? f.strings(f.get(e.value, 'branches-ignore')) ?? [] : null;
            fl.tags = f.has(e.value, 'tags') ? f.strings(f.get(e.value, 'tags')) ?? [] : null;
            fl.tagsIgnore = f.has(e.value, 'tags-ignore') ? f.strings(f.get(e.value, 'tags-ignore')) ?? [] : null;
            fl.paths = f.has(e.value, 'paths') ? f.strings(f.get(e.value, 'paths')) ?? [] : null;
            fl.pathsIgnore = f.has(e.value, 'paths-ignore') ? f.strings(f.get(e.value, 'paths-ignore')) ?? [] : null;
            fl.types = f.has(e.value, 'types') ? f.strings(f.get(e.value, 'types')) ?? [] : null;
            out.filters[ev] = fl;
        }
    }
    return out;
}
function parseUses(f, node, repository) {
    const n = f.resolve(node);
    if (!n)
        return null;
    const s = f.str(n) ?? f.textOf(n);
    const comment = f.trailingComment(n);
    return { ...classifyUses(s, repository), ...f.nodePos(n), comment, commentVersion: versionFromComment(comment) };
}
function parseRun(f, node) {
    const n = f.resolve(node);
    if (!n)
        return null;
    const full = f.textOf(n);
    const r = { ...f.nodePos(n), text: full.length > MAX_STORED_TEXT ? full.slice(0, MAX_STORED_TEXT) : full, truncated: full.length > MAX_STORED_TEXT };
    f.fullText.set(r, full);
    if (n.range)
        f.ranges.set(r, [n.range[0], n.range[1]]);
    return r;
}
function parse_optStr(f, node) {
    if (node === null)
        return null;
    return f.textOf(node);
}
function parseSteps(f, node, repository, where) {
    const out = [];
    const items = f.list(node, MAX_STEPS);
    if (node !== null && items === null)
        f.error('structure', node.range?.[0] ?? 0, `${where}: steps is not a list`);
    for (const [index, item] of (items ?? []).entries()) {
        const n = f.resolve(item);
        if (!n || !(0,yaml_dist/* isMap */.jh)(n)) {
            f.error('structure', item?.range?.[0] ?? 0, `${where}: step ${index + 1} is not a mapping`);
            continue;
        }
        const get = (k) => f.get(n, k);
        out.push({
            index,
            ...f.nodePos(n),
            id: f.has(n, 'id') ? f.str(get('id')) : null,
            name: f.has(n, 'name') ? f.textOf(get('name')) : null,
            if: f.has(n, 'if') ? parse_optStr(f, get('if')) : null,
            uses: f.has(n, 'uses') ? parseUses(f, get('uses'), repository) : null,
            run: f.has(n, 'run') ? parseRun(f, get('run')) : null,
            shell: f.has(n, 'shell') ? f.str(get('shell')) : null,
            with: f.valueMap(get('with')),
            env: f.valueMap(get('env')),
        });
    }
    const all = f.list(node, Number.MAX_SAFE_INTEGER);
    if (all && all.length > MAX_STEPS)
        f.error('limit', node?.range?.[0] ?? 0, `${where}: only the first ${MAX_STEPS} steps were read`);
    return out;
}
function parseWorkflow(path, text, repository) {
    const f = new YamlFile(path, text);
    const wf = {
        path,
        name: null,
        valid: f.errors.length === 0,
        triggers: parseTriggers(f, false, null),
        effectiveEvents: [],
        permissions: emptyPermissions(),
        env: {},
        jobs: [],
        jobsTruncated: false,
    };
    const root = f.root;
    if (!f.doc || f.errors.length > 0) {
        wf.valid = false;
    }
    if (!root || !(0,yaml_dist/* isMap */.jh)(root)) {
        if (f.errors.length === 0)
            f.error('structure', root?.range?.[0] ?? 0, root ? 'workflow is not a mapping' : 'workflow file is empty');
        wf.valid = false;
        return { file: f, workflow: wf };
    }
    const errorsBefore = f.errors.length;
    wf.name = f.has(root, 'name') ? f.textOf(f.get(root, 'name')) : null;
    if (!f.has(root, 'on'))
        f.error('structure', root.range?.[0] ?? 0, 'workflow has no `on:` triggers');
    wf.triggers = parseTriggers(f, f.has(root, 'on'), f.get(root, 'on'));
    wf.permissions = parsePermissions(f, f.has(root, 'permissions'), f.get(root, 'permissions'));
    wf.env = f.valueMap(f.get(root, 'env'));
    const jobsNode = f.get(root, 'jobs');
    const jobs = f.entries(jobsNode, MAX_JOBS + 1);
    if (!f.has(root, 'jobs'))
        f.error('structure', root.range?.[0] ?? 0, 'workflow has no `jobs:`');
    else if (!jobs)
        f.error('structure', jobsNode?.range?.[0] ?? root.range?.[0] ?? 0, '`jobs:` is not a mapping');
    for (const e of jobs ?? []) {
        if (wf.jobs.length >= MAX_JOBS) {
            wf.jobsTruncated = true;
            f.error('limit', e.keyNode.range?.[0] ?? 0, `only the first ${MAX_JOBS} jobs were read`);
            break;
        }
        const j = f.resolve(e.value);
        if (!j || !(0,yaml_dist/* isMap */.jh)(j)) {
            f.error('structure', e.keyNode.range?.[0] ?? 0, `job ${e.key} is not a mapping`);
            continue;
        }
        const get = (k) => f.get(j, k);
        let secrets = null;
        if (f.has(j, 'secrets')) {
            const sv = f.str(get('secrets'));
            secrets = sv !== null && sv.trim() === 'inherit' ? 'inherit' : (f.entries(get('secrets')) ?? []).map((x) => x.key);
        }
        wf.jobs.push({
            id: e.key,
            ...f.nodePos(e.keyNode),
            name: f.has(j, 'name') ? f.textOf(get('name')) : null,
            if: f.has(j, 'if') ? parse_optStr(f, get('if')) : null,
            runsOn: f.has(j, 'runs-on') ? f.textOf(get('runs-on')) : null,
            needs: f.strings(get('needs')) ?? [],
            permissions: parsePermissions(f, f.has(j, 'permissions'), get('permissions')),
            uses: f.has(j, 'uses') ? parseUses(f, get('uses'), repository) : null,
            with: f.valueMap(get('with')),
            secrets,
            env: f.valueMap(get('env')),
            steps: parseSteps(f, f.has(j, 'steps') ? get('steps') : null, repository, `job ${e.key}`),
        });
    }
    if (f.errors.slice(errorsBefore).some((e) => e.kind === 'structure'))
        wf.valid = false;
    return { file: f, workflow: wf };
}
function parseAction(path, text, repository) {
    const f = new YamlFile(path, text);
    const slash = path.lastIndexOf('/');
    const action = {
        path,
        dir: slash >= 0 ? path.slice(0, slash) : '',
        name: null,
        valid: f.errors.length === 0,
        using: null,
        image: null,
        inputs: {},
        steps: [],
    };
    const root = f.root;
    if (!root || !(0,yaml_dist/* isMap */.jh)(root)) {
        if (f.errors.length === 0)
            f.error('structure', root?.range?.[0] ?? 0, root ? 'action metadata is not a mapping' : 'action metadata file is empty');
        action.valid = false;
        return { file: f, action };
    }
    action.name = f.has(root, 'name') ? f.textOf(f.get(root, 'name')) : null;
    for (const e of f.entries(f.get(root, 'inputs')) ?? []) {
        if (e.key === '__proto__')
            continue;
        const decl = {
            required: (f.str(f.get(e.value, 'required')) ?? '').trim() === 'true',
            default: f.has(e.value, 'default') ? f.textOf(f.get(e.value, 'default')) : null,
        };
        action.inputs[e.key] = decl;
    }
    const runs = f.get(root, 'runs');
    action.using = f.str(f.get(runs, 'using'))?.trim() ?? null;
    if (f.has(runs, 'image')) {
        const img = f.get(runs, 'image');
        action.image = f.value(img, img ?? root);
    }
    if (action.using === 'composite')
        action.steps = parseSteps(f, f.get(runs, 'steps'), repository, 'composite action');
    return { file: f, action };
}

;// CONCATENATED MODULE: ./src/facts/workflows/index.ts








/** Workflow files and action metadata files read at most. */
const MAX_WORKFLOW_FILES = 2_000;
const MAX_ACTION_FILES = 2_000;
/**
 * Largest workflow or action file parsed, in characters. Real workflows are a few KiB; the YAML
 * parser takes about a second per MiB, so a larger file is reported instead of parsed.
 */
const MAX_YAML_CHARS = 2 * 1024 * 1024;
/** Largest repository script followed from a `run:` line (`bash .ci/run`). */
const MAX_SCRIPT_CHARS = 512 * 1024;
const WORKFLOW_FILE = /^\.github\/workflows\/[^/]+\.ya?ml$/;
const ACTION_FILE = /(?:^|\/)action\.ya?ml$/;
const GORELEASER_FILE = /^\.?goreleaser\.ya?ml$/;
function isWorkflowPath(path) {
    return WORKFLOW_FILE.test(path);
}
function isActionMetadataPath(path) {
    return ACTION_FILE.test(path);
}
/** Directories whose action files get no findings unless a workflow runs them. */
const THIRD_PARTY_DIRS = new Set(['node_modules', 'vendor', 'third_party', 'testdata', 'fixtures', '__fixtures__']);
/** Directories of local actions that workflow steps use (`uses: ./dir`). */
function referencedActionDirs(workflows) {
    const out = new Set();
    for (const w of workflows) {
        for (const j of w.workflow.jobs) {
            for (const st of j.steps) {
                if (st.uses?.kind === 'local' && !st.uses.isWorkflow)
                    out.add((st.uses.path ?? '').split('/').filter((x) => x !== '' && x !== '.').join('/'));
            }
        }
    }
    return out;
}
function unreadable(path, message) {
    return { path, kind: 'unreadable', line: 1, column: 1, message };
}
function emptyWorkflow(path) {
    return {
        path,
        name: null,
        valid: false,
        triggers: { events: [], filters: {}, schedules: [], dispatchInputs: {}, callInputs: {}, position: null },
        effectiveEvents: [],
        permissions: { kind: 'absent', position: null, scopes: {}, scopePositions: {} },
        env: {},
        jobs: [],
        jobsTruncated: false,
    };
}
function readGoreleaser(source) {
    const out = { signs: false, sboms: false };
    for (const f of source.files) {
        if (f.path.includes('/') || !GORELEASER_FILE.test(f.path) || f.kind === 'submodule')
            continue;
        const r = safeRead(source, f.path);
        if (!r.ok)
            continue;
        if (/^(?:signs|docker_signs|binary_signs)\s*:/m.test(r.text))
            out.signs = true;
        if (/^sboms\s*:/m.test(r.text))
            out.sboms = true;
    }
    return out;
}
function safeRead(source, path) {
    try {
        return source.read(path);
    }
    catch (e) {
        return { ok: false, reason: `cannot be read: ${e instanceof Error ? e.message : String(e)}` };
    }
}
function compareFindings(a, b) {
    return a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);
}
/** Analyses every workflow and action metadata file of the snapshot. */
function analyzeWorkflows(source, options = {}) {
    const repository = options.repository ?? null;
    const parseErrors = [];
    const parsedWorkflows = [];
    const parsedActions = [];
    const unreadableWorkflows = [];
    const knownFiles = new Set(source.files.filter((f) => f.kind !== 'submodule').map((f) => f.path));
    const workflowFiles = source.files.filter((f) => f.kind !== 'submodule' && WORKFLOW_FILE.test(f.path));
    const actionFiles = source.files.filter((f) => f.kind !== 'submodule' && ACTION_FILE.test(f.path));
    if (workflowFiles.length > MAX_WORKFLOW_FILES)
        parseErrors.push({ path: '.github/workflows', kind: 'limit', line: 1, column: 1, message: `only the first ${MAX_WORKFLOW_FILES} of ${workflowFiles.length} workflow files were read` });
    if (actionFiles.length > MAX_ACTION_FILES)
        parseErrors.push({ path: '.', kind: 'limit', line: 1, column: 1, message: `only the first ${MAX_ACTION_FILES} of ${actionFiles.length} action metadata files were read` });
    for (const f of workflowFiles.slice(0, MAX_WORKFLOW_FILES)) {
        const r = safeRead(source, f.path);
        if (!r.ok) {
            parseErrors.push(unreadable(f.path, r.reason));
            unreadableWorkflows.push(emptyWorkflow(f.path));
            continue;
        }
        if (r.text.length > MAX_YAML_CHARS) {
            parseErrors.push({ path: f.path, kind: 'limit', line: 1, column: 1, message: `not parsed: ${r.text.length} characters is over the ${MAX_YAML_CHARS} limit` });
            unreadableWorkflows.push(emptyWorkflow(f.path));
            continue;
        }
        try {
            const p = parseWorkflow(f.path, r.text, repository);
            parseErrors.push(...p.file.errors);
            parsedWorkflows.push(p);
        }
        catch (e) {
            // Defensive: the parser is written not to throw; if it does, the file counts as broken.
            parseErrors.push({ path: f.path, kind: 'structure', line: 1, column: 1, message: `analysis failed: ${e instanceof Error ? e.message : String(e)}` });
            unreadableWorkflows.push(emptyWorkflow(f.path));
        }
    }
    for (const f of actionFiles.slice(0, MAX_ACTION_FILES)) {
        const r = safeRead(source, f.path);
        if (!r.ok) {
            parseErrors.push(unreadable(f.path, r.reason));
            continue;
        }
        if (r.text.length > MAX_YAML_CHARS) {
            parseErrors.push({ path: f.path, kind: 'limit', line: 1, column: 1, message: `not parsed: ${r.text.length} characters is over the ${MAX_YAML_CHARS} limit` });
            continue;
        }
        try {
            const p = parseAction(f.path, r.text, repository);
            parseErrors.push(...p.file.errors);
            parsedActions.push(p);
        }
        catch (e) {
            parseErrors.push({ path: f.path, kind: 'structure', line: 1, column: 1, message: `analysis failed: ${e instanceof Error ? e.message : String(e)}` });
        }
    }
    computeEffectiveEvents(parsedWorkflows);
    const sink = new FindingSink();
    for (const p of parsedWorkflows) {
        try {
            workflowFindings(sink, p);
        }
        catch (e) {
            parseErrors.push({ path: p.workflow.path, kind: 'structure', line: 1, column: 1, message: `analysis failed: ${e instanceof Error ? e.message : String(e)}` });
        }
    }
    const referenced = referencedActionDirs(parsedWorkflows);
    for (const p of parsedActions) {
        // Vendored and test-fixture action files are not the project's CI unless a workflow uses them.
        if (p.action.path.split('/').some((seg) => THIRD_PARTY_DIRS.has(seg)) && !referenced.has(p.action.dir))
            continue;
        try {
            actionFindings(sink, p, repository);
        }
        catch (e) {
            parseErrors.push({ path: p.action.path, kind: 'structure', line: 1, column: 1, message: `analysis failed: ${e instanceof Error ? e.message : String(e)}` });
        }
    }
    sink.findings.sort(compareFindings);
    const { detectors, scanners } = runDetectors(parsedWorkflows, parsedActions, {
        repository,
        defaultBranch: options.defaultBranch ?? null,
        goreleaser: readGoreleaser(source),
        readScript: (path) => {
            if (!knownFiles.has(path))
                return null;
            const r = safeRead(source, path);
            return r.ok && r.text.length <= MAX_SCRIPT_CHARS ? r.text : null;
        },
    });
    const workflows = [...parsedWorkflows.map((p) => p.workflow), ...unreadableWorkflows].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return {
        workflows,
        actions: parsedActions.map((p) => p.action),
        parseErrors,
        findings: sink.findings,
        detectors,
        scanners,
        findingsTruncated: sink.truncated,
    };
}

;// CONCATENATED MODULE: ./src/facts/gather.ts
// Gathers every fact once, before any rule runs. Local facts are read from the snapshot; the
// GitHub API and a parent Security Insights file are asked concurrently with them.














async function gatherFacts(path, options) {
    const snapshot = facts_snapshot/* RepoSnapshot */.xC.open(path);
    const git = (0,facts_git/* gatherGitFacts */.Vs)(snapshot.root);
    const repository = options.repository ?? git.repository;
    const branchFromRef = git.ref?.startsWith('refs/heads/') ? git.ref.slice('refs/heads/'.length) : null;
    const defaultBranch = options.defaultBranch ?? branchFromRef;
    const workflows = analyzeWorkflows(snapshot, { repository, defaultBranch });
    const githubPromise = gatherGitHubFacts({
        repository: repository ?? '',
        token: options.token,
        apiUrl: options.apiUrl,
        offline: options.offline,
        defaultBranchHint: defaultBranch ?? undefined,
        scannerWorkflowFiles: [...new Set(workflows.scanners.map((s) => s.path))],
    });
    const siPromise = gatherSecurityInsights(snapshot, { offline: options.offline, now: options.now, fetchText: (url) => fetchText(url) });
    const license = await gatherLicense(snapshot);
    const documents = gatherDocuments(snapshot);
    const artifacts = gatherArtifacts(snapshot);
    const dependencies = gatherDependencies(snapshot);
    const secrets = scanSecrets(snapshot);
    const vex = findVex(snapshot);
    const dco = gatherDco(snapshot);
    const securityInsights = await siPromise;
    const repositoryUrl = repository ? `https://github.com/${repository}` : undefined;
    const assessment = gatherAssessment(snapshot, { selfAssessmentRef: selfRef(securityInsights), repositoryUrl });
    const github = await githubPromise;
    const facts = {
        root: snapshot.root,
        files: snapshot.files,
        notes: snapshot.notes,
        git,
        context: {
            offline: options.offline,
            hasToken: Boolean(options.token),
            repository,
            defaultBranch: github.defaultBranch.name ?? defaultBranch,
        },
        license,
        documents,
        artifacts,
        workflows,
        securityInsights,
        github,
        dependencies,
        secrets,
        vex,
        dco,
        assessment,
    };
    return { facts, snapshot };
}
/** The Security Insights `repository.security.assessments.self` entry, as the assessment facts take it. */
function selfRef(si) {
    const entry = field_siField(si, 'repository.security.assessments.self');
    if (!entry || typeof entry.value !== 'object' || entry.value === null)
        return undefined;
    const v = entry.value;
    const str = (x) => (typeof x === 'string' ? x : undefined);
    return { value: str(v.evidence) ?? '', comment: str(v.comment), name: str(v.name), date: str(v.date), path: entry.path, line: entry.line, column: entry.column };
}

;// CONCATENATED MODULE: ./src/catalog/osps-baseline-2026.02.19.json
const osps_baseline_2026_02_19_namespaceObject = /*#__PURE__*/JSON.parse('{"U$":"osps-baseline","rE":"2026.02.19","dd":"https://baseline.openssf.org/versions/2026-02-19","TJ":{"AC":"Access Control","BR":"Build and Release","DO":"Documentation","GV":"Governance","LE":"Legal","QA":"Quality","SA":"Security Assessment","VM":"Vulnerability Management"},"Ln":[{"id":"OSPS-AC-01.01","control":"OSPS-AC-01","family":"AC","level":1,"listedLevels":[1,2,3],"title":"Multi-factor authentication is required to read or change sensitive resources"},{"id":"OSPS-AC-02.01","control":"OSPS-AC-02","family":"AC","level":1,"listedLevels":[1,2,3],"title":"New collaborators start with the least privilege or manual assignment"},{"id":"OSPS-AC-03.01","control":"OSPS-AC-03","family":"AC","level":1,"listedLevels":[1,2,3],"title":"Direct pushes to the primary branch are blocked"},{"id":"OSPS-AC-03.02","control":"OSPS-AC-03","family":"AC","level":1,"listedLevels":[1,2,3],"title":"Deleting the primary branch is prevented or needs explicit confirmation"},{"id":"OSPS-AC-04.01","control":"OSPS-AC-04","family":"AC","level":2,"listedLevels":[2,3],"title":"CI jobs without declared permissions get the lowest permissions"},{"id":"OSPS-AC-04.02","control":"OSPS-AC-04","family":"AC","level":3,"listedLevels":[3],"title":"CI jobs are given only the permissions they need"},{"id":"OSPS-BR-01.01","control":"OSPS-BR-01","family":"BR","level":1,"listedLevels":[1,2,3],"title":"Untrusted metadata is sanitized before CI uses it"},{"id":"OSPS-BR-01.03","control":"OSPS-BR-01","family":"BR","level":1,"listedLevels":[1,2,3],"title":"CI running untrusted code has no access to privileged credentials"},{"id":"OSPS-BR-01.04","control":"OSPS-BR-01","family":"BR","level":3,"listedLevels":[3],"title":"Collaborator input to CI is sanitized before use"},{"id":"OSPS-BR-02.01","control":"OSPS-BR-02","family":"BR","level":2,"listedLevels":[2,3],"title":"Each release has a unique version identifier"},{"id":"OSPS-BR-02.02","control":"OSPS-BR-02","family":"BR","level":3,"listedLevels":[3],"title":"Every release asset is tied to the release identifier"},{"id":"OSPS-BR-03.01","control":"OSPS-BR-03","family":"BR","level":1,"listedLevels":[1,2,3],"title":"Official project channels are served only over encrypted connections"},{"id":"OSPS-BR-03.02","control":"OSPS-BR-03","family":"BR","level":1,"listedLevels":[1,2,3],"title":"Official distribution channels are authenticated against tampering in transit"},{"id":"OSPS-BR-04.01","control":"OSPS-BR-04","family":"BR","level":2,"listedLevels":[2,3],"title":"Releases carry a log of functional and security changes"},{"id":"OSPS-BR-05.01","control":"OSPS-BR-05","family":"BR","level":2,"listedLevels":[2,3],"title":"The build ingests dependencies with standard tooling"},{"id":"OSPS-BR-06.01","control":"OSPS-BR-06","family":"BR","level":2,"listedLevels":[2,3],"title":"Releases are signed or listed in a signed manifest of hashes"},{"id":"OSPS-BR-07.01","control":"OSPS-BR-07","family":"BR","level":1,"listedLevels":[1],"title":"Secrets are kept out of version control"},{"id":"OSPS-BR-07.02","control":"OSPS-BR-07","family":"BR","level":3,"listedLevels":[3],"title":"A policy governs how secrets and credentials are managed"},{"id":"OSPS-DO-01.01","control":"OSPS-DO-01","family":"DO","level":1,"listedLevels":[1,2,3],"title":"User guides cover the basic functionality"},{"id":"OSPS-DO-02.01","control":"OSPS-DO-02","family":"DO","level":1,"listedLevels":[1,2,3],"title":"Documentation explains how to report defects"},{"id":"OSPS-DO-03.01","control":"OSPS-DO-03","family":"DO","level":3,"listedLevels":[3],"title":"Documentation explains how to verify release integrity and authenticity"},{"id":"OSPS-DO-03.02","control":"OSPS-DO-03","family":"DO","level":3,"listedLevels":[3],"title":"Documentation explains how to verify who or what produced a release"},{"id":"OSPS-DO-04.01","control":"OSPS-DO-04","family":"DO","level":3,"listedLevels":[3],"title":"Documentation states the scope and duration of support per release"},{"id":"OSPS-DO-05.01","control":"OSPS-DO-05","family":"DO","level":3,"listedLevels":[3],"title":"Documentation states when releases stop receiving security updates"},{"id":"OSPS-DO-06.01","control":"OSPS-DO-06","family":"DO","level":2,"listedLevels":[2,3],"title":"Documentation explains how dependencies are selected, obtained and tracked"},{"id":"OSPS-DO-07.01","control":"OSPS-DO-07","family":"DO","level":2,"listedLevels":[2,3],"title":"Documentation explains how to build the software from source"},{"id":"OSPS-GV-01.01","control":"OSPS-GV-01","family":"GV","level":2,"listedLevels":[2,3],"title":"Members with access to sensitive resources are listed"},{"id":"OSPS-GV-01.02","control":"OSPS-GV-01","family":"GV","level":2,"listedLevels":[2,3],"title":"Roles and responsibilities of members are described"},{"id":"OSPS-GV-02.01","control":"OSPS-GV-02","family":"GV","level":1,"listedLevels":[1,2,3],"title":"There is a public place to discuss changes and usage problems"},{"id":"OSPS-GV-03.01","control":"OSPS-GV-03","family":"GV","level":1,"listedLevels":[1,2,3],"title":"The contribution process is explained"},{"id":"OSPS-GV-03.02","control":"OSPS-GV-03","family":"GV","level":2,"listedLevels":[2,3],"title":"A contributor guide sets requirements for acceptable contributions"},{"id":"OSPS-GV-04.01","control":"OSPS-GV-04","family":"GV","level":3,"listedLevels":[3],"title":"Collaborators are reviewed before they get escalated permissions"},{"id":"OSPS-LE-01.01","control":"OSPS-LE-01","family":"LE","level":2,"listedLevels":[2,3],"title":"Contributors assert their right to contribute on every commit"},{"id":"OSPS-LE-02.01","control":"OSPS-LE-02","family":"LE","level":1,"listedLevels":[1,2,3],"title":"The source code license is OSI- or FSF-approved"},{"id":"OSPS-LE-02.02","control":"OSPS-LE-02","family":"LE","level":1,"listedLevels":[1,2,3],"title":"The license of released assets is OSI- or FSF-approved"},{"id":"OSPS-LE-03.01","control":"OSPS-LE-03","family":"LE","level":1,"listedLevels":[1,2,3],"title":"The license is kept in a LICENSE or COPYING file or LICENSE directory"},{"id":"OSPS-LE-03.02","control":"OSPS-LE-03","family":"LE","level":1,"listedLevels":[1,2,3],"title":"Released assets include the license"},{"id":"OSPS-QA-01.01","control":"OSPS-QA-01","family":"QA","level":1,"listedLevels":[1,2,3],"title":"The source repository is publicly readable at a stable URL"},{"id":"OSPS-QA-01.02","control":"OSPS-QA-01","family":"QA","level":1,"listedLevels":[1,2,3],"title":"Version control keeps a public record of who changed what and when"},{"id":"OSPS-QA-02.01","control":"OSPS-QA-02","family":"QA","level":1,"listedLevels":[1,2,3],"title":"The repository lists its direct dependencies"},{"id":"OSPS-QA-02.02","control":"OSPS-QA-02","family":"QA","level":3,"listedLevels":[3],"title":"Compiled release assets ship with an SBOM"},{"id":"OSPS-QA-03.01","control":"OSPS-QA-03","family":"QA","level":2,"listedLevels":[2,3],"title":"Status checks pass, or are bypassed by hand, before commits reach the primary branch"},{"id":"OSPS-QA-04.01","control":"OSPS-QA-04","family":"QA","level":1,"listedLevels":[1,2,3],"title":"A multi-repository project lists its codebases"},{"id":"OSPS-QA-04.02","control":"OSPS-QA-04","family":"QA","level":3,"listedLevels":[3],"title":"Subprojects enforce security requirements at least as strict"},{"id":"OSPS-QA-05.01","control":"OSPS-QA-05","family":"QA","level":1,"listedLevels":[1,2,3],"title":"No generated executables are committed"},{"id":"OSPS-QA-05.02","control":"OSPS-QA-05","family":"QA","level":1,"listedLevels":[1,2,3],"title":"No unreviewable binaries are committed"},{"id":"OSPS-QA-06.01","control":"OSPS-QA-06","family":"QA","level":2,"listedLevels":[2,3],"title":"An automated test suite runs before changes are accepted"},{"id":"OSPS-QA-06.02","control":"OSPS-QA-06","family":"QA","level":3,"listedLevels":[3],"title":"Documentation says when and how tests run"},{"id":"OSPS-QA-06.03","control":"OSPS-QA-06","family":"QA","level":3,"listedLevels":[3],"title":"A policy asks major changes to add or update tests"},{"id":"OSPS-QA-07.01","control":"OSPS-QA-07","family":"QA","level":3,"listedLevels":[3],"title":"Changes to the primary branch need a non-author approval"},{"id":"OSPS-SA-01.01","control":"OSPS-SA-01","family":"SA","level":2,"listedLevels":[2,3],"title":"Design documentation shows the system\'s actions and actors"},{"id":"OSPS-SA-02.01","control":"OSPS-SA-02","family":"SA","level":2,"listedLevels":[2,3],"title":"External software interfaces of released software are described"},{"id":"OSPS-SA-03.01","control":"OSPS-SA-03","family":"SA","level":2,"listedLevels":[2,3],"title":"A security assessment of likely and impactful problems is done"},{"id":"OSPS-SA-03.02","control":"OSPS-SA-03","family":"SA","level":3,"listedLevels":[3],"title":"A threat model and attack surface analysis is done"},{"id":"OSPS-VM-01.01","control":"OSPS-VM-01","family":"VM","level":2,"listedLevels":[2,3],"title":"A coordinated disclosure policy states a response time"},{"id":"OSPS-VM-02.01","control":"OSPS-VM-02","family":"VM","level":1,"listedLevels":[1],"title":"Security contacts are documented"},{"id":"OSPS-VM-03.01","control":"OSPS-VM-03","family":"VM","level":2,"listedLevels":[2,3],"title":"Vulnerabilities can be reported privately to the security contacts"},{"id":"OSPS-VM-04.01","control":"OSPS-VM-04","family":"VM","level":2,"listedLevels":[2,3],"title":"Data about discovered vulnerabilities is published"},{"id":"OSPS-VM-04.02","control":"OSPS-VM-04","family":"VM","level":3,"listedLevels":[3],"title":"Vulnerabilities that do not affect the project are stated in VEX"},{"id":"OSPS-VM-05.01","control":"OSPS-VM-05","family":"VM","level":3,"listedLevels":[3],"title":"A policy sets a remediation threshold for SCA findings"},{"id":"OSPS-VM-05.02","control":"OSPS-VM-05","family":"VM","level":3,"listedLevels":[3],"title":"A policy requires SCA violations to be addressed before release"},{"id":"OSPS-VM-05.03","control":"OSPS-VM-05","family":"VM","level":3,"listedLevels":[3],"title":"Every change is checked for malicious and vulnerable dependencies"},{"id":"OSPS-VM-06.01","control":"OSPS-VM-06","family":"VM","level":3,"listedLevels":[3],"title":"A policy sets a remediation threshold for SAST findings"},{"id":"OSPS-VM-06.02","control":"OSPS-VM-06","family":"VM","level":3,"listedLevels":[3],"title":"Every change is checked for security weaknesses and blocked on violations"}]}');
;// CONCATENATED MODULE: ./src/catalog/catalog.ts
// The OSPS Baseline catalog as data: IDs, levels and our own short titles.

const LEVELS = [1, 2, 3];
const CATALOG_ID = osps_baseline_2026_02_19_namespaceObject.U$;
const CATALOG_VERSION = osps_baseline_2026_02_19_namespaceObject.rE;
const FAMILIES = osps_baseline_2026_02_19_namespaceObject.TJ;
const REQUIREMENTS = osps_baseline_2026_02_19_namespaceObject.Ln;
const byId = new Map(REQUIREMENTS.map((r) => [r.id, r]));
function requirement(id) {
    const r = byId.get(id);
    if (!r)
        throw new Error(`unknown requirement ${id}`);
    return r;
}
/** Requirements that apply at `level`, cumulative. */
function requirementsAt(level) {
    return REQUIREMENTS.filter((r) => r.level <= level);
}
/** The requirement's page in the published Baseline (anchors are per control). */
function helpUrl(id) {
    const control = requirement(id).control.toLowerCase();
    return `${osps_baseline_2026_02_19_namespaceObject.dd}#${control}`;
}

;// CONCATENATED MODULE: ./src/rules/helpers.ts
// Small helpers shared by rules: finding documents and sections, capping evidence lists.

const MAX_EVIDENCE = 25;
/** Caps a list of evidence, adding a line that says how many were left out. */
function capEvidence(items, max = MAX_EVIDENCE) {
    if (items.length <= max)
        return items;
    return [...items.slice(0, max), { kind: 'note', detail: `and ${items.length - max} more` }];
}
/**
 * The first section, in documents of the given roles (in order), whose heading matches and whose
 * body tells the reader something (not an empty heading, not a table of contents).
 */
function findSectionIn(facts, roles, heading, minChars = 40) {
    for (const role of roles) {
        for (const doc of documentsOf(facts.documents, role)) {
            const h = doc.outline?.headings.find((x) => heading.test(x.text) && x.sectionChars >= minChars && !(x.linkListOnly && x.sectionChars === x.ownChars));
            if (h)
                return { doc, heading: h };
        }
    }
    return undefined;
}
function sectionEvidence(hit, what) {
    return { kind: 'file', path: hit.doc.path, line: hit.heading.line, detail: `${what}: section "${hit.heading.text}"` };
}
function fileEvidence(path, detail, line, column) {
    const e = { kind: 'file', path, detail };
    if (line !== undefined)
        e.line = line;
    if (column !== undefined)
        e.column = column;
    return e;
}
/** A document with enough prose to say something (more than a title). */
function substantive(doc, minChars = 80) {
    return doc.outline !== null && doc.outline.proseChars >= minChars;
}

;// CONCATENATED MODULE: ./src/rules/types.ts
const STATUSES = ['pass', 'fail', 'attested', 'unknown', 'not-applicable'];
const pass = (evidence) => ({ status: 'pass', evidence });
const fail = (evidence, remediation) => ({ status: 'fail', evidence, remediation });
const attested = (evidence, remediation) => ({ status: 'attested', evidence, remediation });
const unknown = (detail, remediation, evidence = []) => ({
    status: 'unknown',
    evidence: [...evidence, { kind: 'note', detail }],
    remediation,
});
const notApplicable = (detail, evidence = []) => ({
    status: 'not-applicable',
    evidence: [...evidence, { kind: 'note', detail }],
});

;// CONCATENATED MODULE: ./src/rules/artifacts.ts


function verdict(found, facts, none, remediation) {
    if (found.length === 0)
        return pass([{ kind: 'note', detail: `${none}: ${facts.artifacts.inspected} of ${facts.files.length} files inspected by content (the rest are text by extension)` }]);
    return fail(capEvidence(found.map((f) => fileEvidence(f.path, f.what))), remediation);
}
const qa0501 = {
    id: 'OSPS-QA-05.01',
    evaluate: (facts) => verdict(facts.artifacts.executables, facts, 'no generated executables', 'Remove compiled executables, libraries and bytecode from the repository; build them in CI and publish them as release assets.'),
};
const qa0502 = {
    id: 'OSPS-QA-05.02',
    evaluate: (facts) => verdict(facts.artifacts.binaries, facts, 'no unreviewable binaries', 'Remove archives and opaque binary files from the repository, or replace them with the sources and a script that produces them.'),
};

;// CONCATENATED MODULE: ./src/rules/community.ts
// First documentation checks: how to contribute (OSPS-GV-03.01), how to report defects
// (OSPS-DO-02.01), who the security contacts are (OSPS-VM-02.01).



const gv0301 = {
    id: 'OSPS-GV-03.01',
    evaluate(facts) {
        const guide = documentsOf(facts.documents, 'contributing').find((d) => substantive(d));
        if (guide)
            return pass([fileEvidence(guide.path, 'contribution guide', 1)]);
        const section = findSectionIn(facts, ['readme', 'docs'], /contribut/i, 60);
        if (section)
            return pass([sectionEvidence(section, 'contribution process explained')]);
        const empty = documentOf(facts.documents, 'contributing');
        const evidence = empty
            ? [fileEvidence(empty.path, empty.unreadable ? `contribution guide cannot be read (${empty.unreadable})` : 'contribution guide is nearly empty', 1)]
            : [{ kind: 'note', detail: 'no CONTRIBUTING file and no "Contributing" section in the README' }];
        return fail(evidence, 'Add CONTRIBUTING.md explaining how to propose changes: where to discuss, how to open a pull request, and what review to expect.');
    },
};
const DEFECT_HEADING = /\b(bugs?|defects?|issues?|problems?)\b.*\b(report|file|filing|submit|open)|\b(report|reporting|file|filing|submit|submitting|open|opening)\b.*\b(bugs?|defects?|issues?|problems?)\b|^bug reports?$|^issues?$/i;
const do0201 = {
    id: 'OSPS-DO-02.01',
    evaluate(facts) {
        const templates = documentsOf(facts.documents, 'issue-template').filter((d) => !/\/config\.ya?ml$/i.test(d.path));
        if (templates.length > 0) {
            const bug = templates.filter((d) => /bug|defect|issue|problem/i.test(d.path));
            return pass(capEvidence((bug.length > 0 ? bug : templates).map((d) => fileEvidence(d.path, 'issue template for reporting defects', 1))));
        }
        const section = findSectionIn(facts, ['contributing', 'readme', 'support', 'docs'], DEFECT_HEADING, 40);
        if (section)
            return pass([sectionEvidence(section, 'explains how to report defects')]);
        return fail([{ kind: 'note', detail: 'no issue templates under .github/ISSUE_TEMPLATE/ and no section on reporting bugs in README, CONTRIBUTING or SUPPORT' }], 'Add a bug report template (.github/ISSUE_TEMPLATE/bug_report.yml) or a "Reporting bugs" section in CONTRIBUTING.md that says where and how to report a defect.');
    },
};
const ADVISORY_LINK = /\/security\/advisories(\/new)?\/?$|\/security\/policy/i;
const CONTACT_HEADING = /contact|report(ing)? (a )?(security|vulnerabilit)|security (team|contacts?|response)|disclos/i;
const vm0201 = {
    id: 'OSPS-VM-02.01',
    evaluate(facts) {
        const policies = documentsOf(facts.documents, 'security');
        const contacts = [];
        for (const doc of policies) {
            const o = doc.outline;
            if (!o)
                continue;
            for (const e of o.emails)
                contacts.push(fileEvidence(doc.path, `security contact e-mail address ${e.address}`, e.line, e.column));
            for (const l of o.links) {
                if (l.target.startsWith('mailto:'))
                    continue; // counted as an e-mail above
                if (ADVISORY_LINK.test(l.target))
                    contacts.push(fileEvidence(doc.path, 'link to private vulnerability reporting', l.line, l.column));
            }
        }
        if (contacts.length > 0)
            return pass(capEvidence(dedupe(contacts)));
        const section = findSectionIn(facts, ['security'], CONTACT_HEADING, 60);
        if (section)
            return pass([sectionEvidence(section, 'security contact section')]);
        const evidence = policies.length > 0
            ? policies.map((d) => fileEvidence(d.path, d.unreadable ? `security policy cannot be read (${d.unreadable})` : 'security policy names no contact: no e-mail address or reporting link', 1))
            : [{ kind: 'note', detail: 'no SECURITY.md at the root, in .github/ or in docs/' }];
        return fail(evidence, 'Add SECURITY.md naming who to contact about vulnerabilities: a security e-mail address, or a link to the repository\'s private vulnerability reporting form.');
    },
};
function dedupe(items) {
    const seen = new Set();
    return items.filter((e) => {
        const k = `${e.path}:${e.line}:${e.detail}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/rules/legal.ts


const ADD_LICENSE = 'Add a LICENSE (or COPYING) file at the repository root with the full text of an OSI-approved license such as Apache-2.0 or MIT.';
const le0301 = {
    id: 'OSPS-LE-03.01',
    evaluate(facts) {
        const root = facts.license.files.filter((f) => f.atRoot);
        if (root.length > 0)
            return pass(root.map((f) => fileEvidence(f.path, 'license file at the repository root', 1)));
        const elsewhere = facts.license.files.filter((f) => !f.atRoot);
        if (elsewhere.length > 0)
            return fail(elsewhere.map((f) => fileEvidence(f.path, 'license file found, but not at the repository root', 1)), 'Move or copy the license to LICENSE (or COPYING, or a LICENSE/ directory) at the repository root.');
        return fail([{ kind: 'note', detail: 'no LICENSE, COPYING or LICENSE/ directory at the repository root' }], ADD_LICENSE);
    },
};
const le0201 = {
    id: 'OSPS-LE-02.01',
    evaluate(facts) {
        const root = facts.license.files.filter((f) => f.atRoot);
        if (root.length === 0)
            return fail([{ kind: 'note', detail: 'no license file at the root to identify' }], ADD_LICENSE);
        const approved = [];
        const refused = [];
        const unclear = [];
        for (const f of root) {
            const m = f.match;
            if (!m || !m.spdxId) {
                unclear.push(fileEvidence(f.path, f.unreadable ? `license file cannot be read (${f.unreadable})` : `license text not identified${m?.reason ? ` (${m.reason})` : ''}`, 1));
                continue;
            }
            const how = m.method === 'spdx-identifier' ? 'by its SPDX-License-Identifier' : `by its text, ${Math.round(m.confidence * 100)}% similar`;
            const alt = m.alternatives.length > 0 ? ` (text identical to ${m.alternatives.join(', ')})` : '';
            if (m.approved) {
                const by = [m.osiApproved ? 'OSI-approved' : '', m.fsfLibre ? 'FSF free' : ''].filter(Boolean).join(', ');
                approved.push(fileEvidence(f.path, `identified as ${m.spdxId}${alt} ${how}; ${by}`, 1));
            }
            else {
                refused.push(fileEvidence(f.path, `identified as ${m.spdxId}${alt} ${how}; neither OSI-approved nor FSF free`, 1));
            }
        }
        if (refused.length > 0)
            return fail([...refused, ...approved, ...unclear], 'License the source code under an OSI-approved or FSF free license; the license found is neither.');
        if (approved.length > 0)
            return pass([...approved, ...unclear]);
        return unknown('the license text could not be matched to a known SPDX license', 'Use the unmodified text of a standard license, or add a line "SPDX-License-Identifier: <id>" to the license file.', unclear);
    },
};

;// CONCATENATED MODULE: ./src/rules/index.ts
// Every rule, by requirement ID. Requirements without a rule are reported unknown, never guessed.



const RULES = [le0301, le0201, gv0301, do0201, vm0201, qa0501, qa0502];
const RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));

// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
;// CONCATENATED MODULE: ./src/result/types.ts
const RESULT_SCHEMA_VERSION = '1.0.0';

;// CONCATENATED MODULE: ./src/result/build.ts
// Facts + rules -> the result document. The only place that decides which requirements apply.





function buildResult(facts, options) {
    const anchor = anchorFile(facts);
    const fileSet = new Set(facts.files.map((f) => f.path));
    const controls = requirementsAt(options.level).map((req) => {
        const outcome = runRule(req.id, facts);
        const c = {
            id: req.id,
            family: req.family,
            level: req.level,
            title: req.title,
            status: outcome.status,
            evidence: outcome.evidence,
            helpUri: helpUrl(req.id),
        };
        if (outcome.remediation && outcome.status !== 'pass')
            c.remediation = outcome.remediation;
        const loc = locate(outcome, fileSet, anchor);
        if (loc)
            c.location = loc;
        return c;
    });
    return {
        schemaVersion: RESULT_SCHEMA_VERSION,
        tool: { name: version/* TOOL_NAME */.lH, version: version/* TOOL_VERSION */.wr, informationUri: version/* TOOL_URI */.qH },
        subject: { repository: facts.context.repository, commit: facts.git.commit, ref: facts.git.ref },
        generatedAt: (options.now ?? new Date()).toISOString(),
        catalog: { id: CATALOG_ID, version: CATALOG_VERSION },
        level: options.level,
        run: { offline: facts.context.offline, hasToken: facts.context.hasToken },
        controls,
        summary: summarize(controls, options.level),
        objectives: [],
        notes: facts.notes.slice(0, 200).map((n) => ({ path: n.path, detail: n.detail })),
    };
}
function runRule(id, facts) {
    const rule = RULES_BY_ID.get(id);
    if (!rule)
        return { status: 'unknown', evidence: [{ kind: 'note', detail: 'not evaluated yet: this version has no check for it' }] };
    try {
        return rule.evaluate(facts);
    }
    catch (e) {
        // A rule bug must not sink the run; say so honestly.
        return { status: 'unknown', evidence: [{ kind: 'note', detail: `the check failed internally: ${e instanceof Error ? e.message : String(e)}` }] };
    }
}
function summarize(controls, level) {
    return LEVELS.filter((l) => l <= level).map((l) => {
        const s = { level: l, total: 0 };
        for (const st of STATUSES)
            s[st] = 0;
        for (const c of controls) {
            if (c.level > l)
                continue;
            s.total++;
            s[c.status]++;
        }
        return s;
    });
}
/** The file a repository-wide finding is anchored to: the README, else the first root file. */
function anchorFile(facts) {
    const readme = facts.documents.roles.readme?.find((p) => !p.includes('/'));
    if (readme)
        return readme;
    const rootFile = facts.files.find((f) => !f.path.includes('/') && f.kind !== 'submodule' && f.kind !== 'symlink');
    return rootFile?.path ?? facts.files[0]?.path ?? null;
}
function locate(outcome, files, anchor) {
    for (const e of outcome.evidence) {
        if (e.path && files.has(e.path)) {
            const loc = { path: e.path, line: e.line ?? 1 };
            if (e.column !== undefined)
                loc.column = e.column;
            return loc;
        }
    }
    return anchor ? { path: anchor, line: 1 } : undefined;
}

;// CONCATENATED MODULE: ./src/engine.ts


async function evaluate(path, options) {
    const { facts } = await gatherFacts(path, { offline: options.offline, token: options.token, repository: options.repository, defaultBranch: options.defaultBranch, apiUrl: options.apiUrl, now: options.now });
    const result = buildResult(facts, { level: options.level, now: options.now });
    return { result, facts };
}


/***/ })

};
