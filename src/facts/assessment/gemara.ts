// Gemara ThreatCatalog and CapabilityCatalog files: find them, validate them against our JSON
// Schemas plus the cross-reference rules the CUE definitions make, and resolve each threat's
// capability references to a CapabilityCatalog in the repository.
import type { ErrorObject } from 'ajv';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { MAX_NESTING, nestingEstimate, withoutStacks } from '../security-insights/parse.ts';
import * as validators from '../../validators/gemara.js';
import type { RepoSnapshot } from '../snapshot.ts';
import { resolveReference } from './paths.ts';
import type { AssessmentFinding, CapabilityReference, GemaraCatalog, GemaraFacts, GemaraKind } from './types.ts';

/** Files parsed looking for catalogs, at most. */
export const MAX_GEMARA_FILES = 200;
/** Schema and cross-reference errors kept per catalog. */
export const MAX_ERRORS = 50;
const MAX_REFERENCES = 2000;
const MAX_IDS = 2000;
const MAX_ENTRIES_WALKED = 10_000;
/** Largest file parsed as a catalog: the YAML parser takes about a second per MiB. */
export const MAX_CATALOG_BYTES = 1024 * 1024;
/** Bytes parsed across all candidate files, at most. */
const MAX_TOTAL_BYTES = 8 * 1024 * 1024;

const SKIP_DIRS = /(^|\/)(node_modules|vendor|third_party|\.git|dist|build|testdata|fixtures?)\//i;
const LOCKFILES = /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|yarn\.lock|composer\.lock|Pipfile\.lock)$/i;
const NAME_HINT = /(threat|gemara|catalog|capabilit)/i;
const DIR_HINT = /^(docs?|security|\.gemara)\//i;
const EXT = /\.(ya?ml|json)$/i;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function quote(s: string, max = 80): string {
  const one = s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return JSON.stringify(one.length > max ? one.slice(0, max) + '…' : one);
}

/** A parsed YAML/JSON file with a way to find the line of any value in it. */
export interface ParsedFile {
  data: unknown;
  lineOf(path: (string | number)[]): number | undefined;
}

export type ParseOutcome = { ok: true; file: ParsedFile } | { ok: false; line?: number; column?: number; detail: string };

/** Parses YAML or JSON text without throwing, with alias expansion and nesting bounded. */
export function parseYamlOrJson(text: string): ParseOutcome {
  const lineCounter = new LineCounter();
  // The YAML parser is quadratic on deep flow nesting: refused before it runs.
  const depth = nestingEstimate(text);
  if (depth > MAX_NESTING) return { ok: false, line: 1, column: 1, detail: `nests about ${depth} levels deep (more than ${MAX_NESTING}); not parsed` };
  let doc: Document.Parsed;
  try {
    // Not prettyErrors: it copies the whole line for every error (quadratic on a long line of them).
    doc = withoutStacks(() => parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true }));
  } catch (e) {
    return { ok: false, detail: `cannot be parsed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` };
  }
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const pos = err.pos[0] >= 0 ? lineCounter.linePos(err.pos[0]) : undefined;
    return { ok: false, line: pos?.line, column: pos?.col, detail: `malformed YAML: ${err.message.split('\n')[0].slice(0, 200)}` };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { ok: false, detail: `cannot be read as data: ${e instanceof Error ? e.message.split('\n')[0].slice(0, 200) : String(e)}` };
  }
  const lineOf = (path: (string | number)[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      let node: unknown;
      try {
        node = doc.getIn(path.slice(0, n), true);
      } catch {
        node = undefined;
      }
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return { ok: true, file: { data, lineOf } };
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function describeError(e: ErrorObject): string {
  const at = e.instancePath === '' ? 'the document' : e.instancePath;
  switch (e.keyword) {
    case 'required':
      return `${at} is missing required field ${quote(String((e.params as { missingProperty: string }).missingProperty))}`;
    case 'additionalProperties':
      return `${at} has a field the schema does not allow: ${quote(String((e.params as { additionalProperty: string }).additionalProperty))}`;
    case 'unevaluatedProperties':
      return `${at} has a field the schema does not allow: ${quote(String((e.params as { unevaluatedProperty: string }).unevaluatedProperty))}`;
    case 'dependentRequired':
      return `${at} must have ${quote(String((e.params as { missingProperty: string }).missingProperty))} when it has ${quote(String((e.params as { property: string }).property))}`;
    case 'enum':
      return `${at} must be one of ${((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map((v) => String(v)).join(', ')}`;
    case 'const':
      return `${at} must be ${quote(String((e.params as { allowedValue: unknown }).allowedValue))}`;
    default:
      return `${at} ${e.message ?? 'is invalid'}`;
  }
}

/** Decides whether parsed data is a Gemara threat or capability catalog. */
export function catalogKind(data: unknown): GemaraKind | null {
  if (!isObj(data)) return null;
  const meta = data.metadata;
  const type = isObj(meta) ? meta.type : undefined;
  if (type === 'ThreatCatalog') return 'ThreatCatalog';
  if (type === 'CapabilityCatalog') return 'CapabilityCatalog';
  if (typeof type === 'string') return null;
  const looksLikeEntries = (v: unknown) => Array.isArray(v) && v.length > 0 && v.slice(0, 20).some((t) => isObj(t) && typeof t.id === 'string' && ('title' in t || 'group' in t));
  if (looksLikeEntries(data.threats)) return 'ThreatCatalog';
  if (looksLikeEntries(data.capabilities)) return 'CapabilityCatalog';
  return null;
}

/** The Gemara version whose ThreatCatalog and CapabilityCatalog schemas the catalogs are validated against. */
export const GEMARA_SCHEMA_VERSION = '1.4.1';

/** Top-level fields of a threat catalog before Gemara v1, which v1 moved out (capabilities) or merged into `imports`. */
const PRE_V1_FIELDS = ['capabilities', 'imported-capabilities', 'imported-threats'];

/**
 * Why a ThreatCatalog is in the layout of Gemara before v1, or null: it has none of v1's marks
 * (metadata.type, metadata.gemara-version, `imports`, `groups`) and at least one field of the
 * older layout, where capabilities and imported lists lived in the threat catalog.
 */
export function olderGemaraLayout(data: unknown): string | null {
  if (!isObj(data)) return null;
  const meta = isObj(data.metadata) ? data.metadata : {};
  if ('type' in meta || 'gemara-version' in meta || 'imports' in data || 'groups' in data) return null;
  const old = PRE_V1_FIELDS.filter((k) => k in data);
  if (old.length === 0) return null;
  return `top-level ${old.map((k) => JSON.stringify(k)).join(', ')} and no metadata.type or metadata.gemara-version`;
}

/** Validates one catalog: schema, then unique ids and group references (what CUE checks beyond shape). */
export function validateCatalog(kind: GemaraKind, data: unknown, lineOf: ParsedFile['lineOf'] = () => undefined, path?: string): AssessmentFinding[] {
  const errors: AssessmentFinding[] = [];
  const add = (detail: string, at: (string | number)[]) => {
    if (errors.length < MAX_ERRORS) errors.push({ severity: 'error', path, line: lineOf(at), detail });
  };
  const v = validators[kind === 'ThreatCatalog' ? 'threat' : 'capability'];
  let ok = false;
  try {
    ok = v(data) as boolean;
  } catch (e) {
    add(`could not be validated: ${e instanceof Error ? e.message : String(e)}`, []);
  }
  if (!ok) {
    const seen = new Set<string>();
    for (const e of v.errors ?? []) {
      const detail = describeError(e);
      if (seen.has(detail)) continue;
      seen.add(detail);
      add(`schema: ${detail}`, pointerToPath(e.instancePath));
    }
  }
  if (!isObj(data)) return errors;
  const unique = (list: unknown, key: string[]) => {
    if (!Array.isArray(list)) return;
    const ids = new Map<string, number>();
    list.slice(0, MAX_ENTRIES_WALKED).forEach((item, i) => {
      const id = isObj(item) ? str(item.id) : null;
      if (id === null) return;
      if (ids.has(id)) add(`duplicate id ${quote(id)} in ${key.join('.')} (first at index ${ids.get(id)})`, [...key, i, 'id']);
      else ids.set(id, i);
    });
  };
  const listKey = kind === 'ThreatCatalog' ? 'threats' : 'capabilities';
  unique(data.groups, ['groups']);
  unique(data[listKey], [listKey]);
  if (isObj(data.metadata)) {
    unique(data.metadata['mapping-references'], ['metadata', 'mapping-references']);
    unique(data.metadata['applicability-groups'], ['metadata', 'applicability-groups']);
  }
  const groupIds = new Set((Array.isArray(data.groups) ? data.groups : []).map((g) => (isObj(g) ? str(g.id) : null)).filter((g): g is string => g !== null));
  if (Array.isArray(data[listKey])) {
    (data[listKey] as Json[]).slice(0, MAX_ENTRIES_WALKED).forEach((item, i) => {
      if (!isObj(item)) return;
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
export function validateGemaraText(text: string, expected?: GemaraKind): { kind: GemaraKind | null; valid: boolean; errors: AssessmentFinding[] } {
  const parsed = parseYamlOrJson(text);
  if (!parsed.ok) return { kind: null, valid: false, errors: [{ severity: 'error', line: parsed.line, column: parsed.column, detail: parsed.detail }] };
  const kind = expected ?? catalogKind(parsed.file.data);
  if (kind === null) return { kind: null, valid: false, errors: [{ severity: 'error', detail: 'not a Gemara ThreatCatalog or CapabilityCatalog' }] };
  const errors = validateCatalog(kind, parsed.file.data, parsed.file.lineOf);
  return { kind, valid: errors.length === 0, errors };
}

/** Candidate files, likely places first. `extra` (e.g. the Security Insights target) goes first of all. */
function candidates(snapshot: RepoSnapshot, extra: string[]): { list: string[]; truncated: boolean } {
  const ranked: [number, string][] = [];
  for (const f of snapshot.files) {
    if (f.kind === 'submodule') continue;
    const p = f.path;
    if (!EXT.test(p) || SKIP_DIRS.test(p) || LOCKFILES.test(p) || p.startsWith('.github/workflows/')) continue;
    const base = p.slice(p.lastIndexOf('/') + 1);
    const rank = NAME_HINT.test(base) ? 1 : DIR_HINT.test(p) ? 2 : 3;
    ranked.push([rank, p]);
  }
  ranked.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const list = [...new Set([...extra.filter((p) => EXT.test(p) && snapshot.has(p)), ...ranked.map((r) => r[1])])];
  return { list: list.slice(0, MAX_GEMARA_FILES), truncated: list.length > MAX_GEMARA_FILES };
}

const SNIFF = /ThreatCatalog|CapabilityCatalog|^[ \t]*"?(?:threats|capabilities)"?[ \t]*:/m;
const KIND_NAME = /ThreatCatalog|CapabilityCatalog/;
/** Lines SNIFF accepts for their key; which of them are top-level keys is decided by looksLikeCatalogHead. */
const LIST_KEY_LINE = /^([ \t]*)"?(?:threats|capabilities)"?[ \t]*:/gm;

/**
 * Whether the head of a file (its first 8 KiB, snapshot.readWhen) shows a catalog's own shape,
 * before anything is parsed: the metadata.type a catalog declares (ThreatCatalog or
 * CapabilityCatalog), or a top-level `threats` or `capabilities` key (the list catalogKind looks
 * for when there is no type). Kubernetes manifests hold `capabilities:` too, but nested in a
 * container's securityContext: megabytes of them are read no further than their head.
 */
export function looksLikeCatalogHead(head: string): boolean {
  if (KIND_NAME.test(head)) return true;
  if (!SNIFF.test(head)) return false;
  // Where the document starts: the first line that is not blank, a comment, a directive or a document marker.
  let start = 0;
  for (;;) {
    const eol = head.indexOf('\n', start);
    const line = head.slice(start, eol < 0 ? head.length : eol);
    const t = line.trim();
    if (t !== '' && !t.startsWith('#') && !t.startsWith('%') && !t.startsWith('---')) break;
    if (eol < 0) return false;
    start = eol + 1;
  }
  const indent = head.length - head.slice(start).trimStart().length - start;
  const flow = head.charCodeAt(start + indent) === 0x7b; // '{': JSON, or a YAML flow mapping
  LIST_KEY_LINE.lastIndex = 0;
  for (const m of head.matchAll(LIST_KEY_LINE)) {
    if (m.index < start) continue;
    if (flow ? depthAt(head, start + indent, m.index + m[1].length) === 1 : m[1].length === indent) return true;
  }
  return false;
}

/**
 * Nesting depth of brackets at `end`, scanning from `from` and skipping quoted strings (JSON and
 * YAML flow). A quote opens a string only where a value or key starts (after { [ , : or at the
 * start), as in YAML, where don't in a plain scalar is no string.
 */
function depthAt(text: string, from: number, end: number): number {
  let depth = 0;
  let prev = 0x7b; // the last character that is not a blank
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
    const opens = prev === 0x7b || prev === 0x5b || prev === 0x2c || prev === 0x3a;
    if (c === 0x22 /* " */ && opens) {
      for (i++; i < end && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c /* backslash */) i++;
    } else if (c === 0x27 /* ' */ && opens) {
      // YAML single quotes: '' inside is a quote.
      for (i++; i < end; i++) if (text.charCodeAt(i) === 0x27 && text.charCodeAt(++i) !== 0x27) break;
      i--;
    } else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
    prev = c;
  }
  return depth;
}

interface Loaded {
  catalog: GemaraCatalog;
  data: Obj;
  file: ParsedFile;
}

/** Finds, validates and cross-checks Gemara threat and capability catalogs. */
export function gatherGemara(snapshot: RepoSnapshot, options: { extraPaths?: string[]; repositoryUrl?: string } = {}): GemaraFacts {
  const { list, truncated } = candidates(snapshot, options.extraPaths ?? []);
  const findings: AssessmentFinding[] = [];
  const loaded: Loaded[] = [];
  let filesParsed = 0;
  let totalBytes = 0;
  for (const path of list) {
    // A file named like a catalog, or named by Security Insights, is read whole; any other must
    // show a catalog's shape in its head first.
    const named = NAME_HINT.test(path) || (options.extraPaths ?? []).includes(path);
    const r = named ? snapshot.read(path) : snapshot.readWhen(path, looksLikeCatalogHead);
    if (r === null) continue;
    if (!r.ok) {
      if (named) findings.push({ severity: 'warning', path, detail: `not read: ${r.reason}` });
      continue;
    }
    if (!SNIFF.test(r.text)) continue;
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
    if (kind === null) continue;
    const data = parsed.file.data as Obj;
    const meta = isObj(data.metadata) ? data.metadata : {};
    const errors = validateCatalog(kind, data, parsed.file.lineOf, path);
    const listKey = kind === 'ThreatCatalog' ? 'threats' : 'capabilities';
    const entries = Array.isArray(data[listKey]) ? (data[listKey] as Json[]) : [];
    const catalog: GemaraCatalog = {
      path,
      kind,
      id: str(meta.id),
      title: str(data.title),
      line: parsed.file.lineOf(isObj(data.metadata) ? ['metadata', 'type'] : [listKey]),
      valid: errors.length === 0,
      errors,
      entryCount: entries.length,
    };
    const older = kind === 'ThreatCatalog' ? olderGemaraLayout(data) : null;
    if (older !== null) catalog.olderGemara = older;
    if (kind === 'CapabilityCatalog') {
      catalog.capabilityIds = entries
        .slice(0, MAX_IDS)
        .map((c) => (isObj(c) ? str(c.id) : null))
        .filter((c): c is string => c !== null);
    }
    loaded.push({ catalog, data, file: parsed.file });
  }

  const capabilityCatalogs = loaded.filter((l) => l.catalog.kind === 'CapabilityCatalog');
  for (const l of loaded) {
    if (l.catalog.kind === 'ThreatCatalog') resolveCapabilities(snapshot, l, capabilityCatalogs, findings, options.repositoryUrl);
  }
  return {
    threatCatalogs: loaded.filter((l) => l.catalog.kind === 'ThreatCatalog').map((l) => l.catalog),
    capabilityCatalogs: capabilityCatalogs.map((l) => l.catalog),
    findings,
    filesParsed,
    truncated,
  };
}

function resolveCapabilities(snapshot: RepoSnapshot, threat: Loaded, capCatalogs: Loaded[], findings: AssessmentFinding[], repositoryUrl?: string): void {
  const { data, file, catalog } = threat;
  const path = catalog.path;
  const baseDir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  const meta = isObj(data.metadata) ? data.metadata : {};
  const mappingRefs = new Map<string, Obj>();
  if (Array.isArray(meta['mapping-references'])) {
    for (const m of meta['mapping-references']) if (isObj(m) && typeof m.id === 'string' && !mappingRefs.has(m.id)) mappingRefs.set(m.id, m);
  }
  const resolved = new Map<string, { loaded: Loaded | null; url?: string }>();
  const resolveCatalog = (referenceId: string, at: (string | number)[]) => {
    const hit = resolved.get(referenceId);
    if (hit) return hit;
    const mr = mappingRefs.get(referenceId);
    let found: Loaded | null = null;
    const url = mr ? str(mr.url) ?? undefined : undefined;
    if (!mr) {
      findings.push({ severity: 'warning', path, line: file.lineOf(at), detail: `capability reference-id ${quote(referenceId)} is not declared in metadata.mapping-references` });
    }
    if (url) {
      const t = resolveReference(snapshot, url, repositoryUrl, baseDir);
      if (t.kind === 'local') found = capCatalogs.find((c) => c.catalog.path === t.path) ?? null;
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

  const refs: CapabilityReference[] = [];
  let missingReported = 0;
  const threats = Array.isArray(data.threats) ? data.threats.slice(0, MAX_ENTRIES_WALKED) : [];
  let walked = 0;
  threats.forEach((t, i) => {
    if (!isObj(t) || !Array.isArray(t.capabilities)) return;
    const threatId = str(t.id) ?? `threats[${i}]`;
    t.capabilities.forEach((m, j) => {
      if (!isObj(m) || typeof m['reference-id'] !== 'string' || !Array.isArray(m.entries)) return;
      const referenceId = m['reference-id'];
      const target = resolveCatalog(referenceId, ['threats', i, 'capabilities', j, 'reference-id']);
      m.entries.forEach((e, k) => {
        if (++walked > MAX_ENTRIES_WALKED) return;
        if (!isObj(e) || typeof e['reference-id'] !== 'string') return;
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
