// gatherSecurityInsights: find, parse and validate the repository's Security Insights file.
import type { RepoSnapshot } from '../snapshot.ts';
import { extraChecks, legacyChecks, placeholderChecks } from './checks.ts';
import type { Generation, Located } from './locate.ts';
import { compareCandidates, describeWhy, locateCandidates } from './locate.ts';
import type { NodePositions, ParsedYaml } from './parse.ts';
import { errorText, parseYaml } from './parse.ts';
import { CURRENT_VERSION, KNOWN_VERSIONS } from './schema.ts';
import { describeValue, positionOf, validateInsights } from './validate.ts';
import type { Diagnostic, GatherOptions, ParentFacts, Position, SecurityInsightsFacts } from './types.ts';

/** Largest parent file fetched. */
export const MAX_PARENT_BYTES = 1024 * 1024;
export const DEFAULT_FETCH_TIMEOUT_MS = 10_000;

/** Top-level keys of schema 1.0.0 that 2.x does not have. */
const LEGACY_KEYS = ['project-lifecycle', 'contribution-policy', 'security-contacts', 'security-artifacts', 'security-testing', 'dependencies', 'distribution-points'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function schemaVersionOf(data: unknown): string | null {
  if (!isObj(data) || !isObj(data.header)) return null;
  const v = data.header['schema-version'];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
}

export function generationOf(data: unknown): Generation {
  if (!isObj(data)) return 'unknown';
  const v = schemaVersionOf(data);
  if (v !== null) {
    if (/^1(\.|$)/.test(v)) return 'legacy';
    if (/^2(\.|$)/.test(v)) return 'current';
  }
  if ((isObj(data.header) && data.header['expiration-date'] !== undefined) || LEGACY_KEYS.some((k) => Object.hasOwn(data, k)) || (isObj(data['vulnerability-reporting']))) {
    return 'legacy';
  }
  if (v === null && (Object.hasOwn(data, 'project') || Object.hasOwn(data, 'repository') || Object.hasOwn(data, 'header'))) return 'current';
  return 'unknown';
}

interface Loaded {
  c: Located;
  gen: Generation;
  parsed: ParsedYaml | null;
  readError: string | null;
}

function load(snapshot: RepoSnapshot, c: Located): Loaded {
  const entry = snapshot.get(c.path);
  const r = snapshot.read(c.path);
  if (!r.ok) {
    const reason = entry?.kind === 'symlink' && /outside|loop/.test(r.reason) ? `a symlink; ${r.reason}` : r.reason;
    return { c, gen: 'unknown', parsed: null, readError: reason };
  }
  let parsed: ParsedYaml;
  try {
    parsed = parseYaml(r.text, c.path);
  } catch (e) {
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

function positionsRecord(map: Map<string, NodePositions>): Record<string, Position> {
  return Object.fromEntries([...map].map(([k, v]) => [k, v.key]));
}

export async function gatherSecurityInsights(snapshot: RepoSnapshot, options: GatherOptions): Promise<SecurityInsightsFacts> {
  const now = options.now ?? new Date();
  const found = locateCandidates(snapshot);
  const facts: SecurityInsightsFacts = { file: null, candidates: [], diagnostics: [], data: null, positions: {}, parent: null, projectUnknownReason: null, placeholders: [] };
  if (found.length === 0) return facts;

  const loaded = found.map((c) => load(snapshot, c)).sort(compareCandidates);
  const chosen = loaded[0];
  const why = (l: Loaded): string => describeWhy(l.c, l.gen) + (l.readError ? `; cannot be read: ${l.readError}` : '');
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
  if (!isObj(data)) {
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
      message: `This is a Security Insights ${version ? `${version} ` : '1.x '}file, the legacy schema; it does not meet the current schema (2.x, latest ${CURRENT_VERSION}). Write a ${CURRENT_VERSION} security-insights.yml at the repository root (\`slam insights init\` drafts one).`,
      path: file,
      line: at.line,
      column: at.column,
      field: 'header.schema-version',
    });
    diags.push(...legacyChecks(data, ctx));
    return facts;
  }

  if (version !== null && !(KNOWN_VERSIONS as readonly string[]).includes(version)) {
    const at = positionOf(parsed.positions, 'header.schema-version', 'value');
    const newer2 = /^2\.\d+\.\d+$/.test(version);
    diags.push({
      severity: newer2 ? 'warning' : 'error',
      message: newer2
        ? `Schema version ${version} is newer than the versions this tool knows (${KNOWN_VERSIONS.join(', ')}); it was checked against the ${CURRENT_VERSION} rules.`
        : `Schema version ${JSON.stringify(version)} is not a Security Insights 2.x version (${KNOWN_VERSIONS.join(', ')}).`,
      path: file,
      line: at.line,
      column: at.column,
      field: 'header.schema-version',
    });
  }

  const result = validateInsights(data, { file, positions: parsed.positions, schemaVersion: version });
  diags.push(...result.diagnostics);
  diags.push(...extraChecks(data, ctx));
  const ph = placeholderChecks(data, ctx);
  facts.placeholders = ph.fields;
  diags.push(...ph.diagnostics);
  const versionOk = version !== null && /^2\.\d+\.\d+$/.test(version);
  facts.file.valid = parsed.ok && result.valid && versionOk && chosen.gen === 'current';

  // A child file inherits its project section from header.project-si-source.
  const header = isObj(data.header) ? data.header : {};
  const source = header['project-si-source'];
  if (typeof source === 'string' && source !== '') {
    facts.parent = await loadParent(source, options, diags);
    if (data.project === undefined && facts.parent.state !== 'loaded') {
      facts.projectUnknownReason = `project-level fields come from the parent file ${source}, which was not read: ${facts.parent.reason ?? 'unknown reason'}`;
    }
  }
  return facts;
}

async function loadParent(url: string, options: GatherOptions, diags: Diagnostic[]): Promise<ParentFacts> {
  if (!/^https:\/\//i.test(url)) return { url, state: 'not-followed', reason: 'only HTTPS parent URLs are followed' };
  try {
    new URL(url);
  } catch {
    return { url, state: 'not-followed', reason: 'the URL does not parse' };
  }
  if (options.offline) return { url, state: 'not-followed', reason: 'running offline; the parent file was not fetched' };
  if (!options.fetchText) return { url, state: 'not-followed', reason: 'no way to fetch URLs was provided' };
  const timeoutMs = options.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  let text: string;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
      timer.unref?.();
    });
    const got = await Promise.race([options.fetchText(url), timeout]);
    if (typeof got !== 'string') return { url, state: 'error', reason: 'the fetch returned no text' };
    text = got;
  } catch (e) {
    return { url, state: 'error', reason: `fetching failed: ${errorText(e)}` };
  } finally {
    if (timer) clearTimeout(timer);
  }
  if (Buffer.byteLength(text, 'utf8') > MAX_PARENT_BYTES) {
    return { url, state: 'error', reason: `the parent file is larger than ${MAX_PARENT_BYTES / 1024 / 1024} MiB` };
  }
  if (/^\s*<(!doctype|html)/i.test(text)) return { url, state: 'error', reason: 'the URL returned an HTML page, not raw YAML' };
  const parsed = parseYaml(text, url);
  const data = parsed.data;
  const positions = positionsRecord(parsed.positions);
  const asWarnings = (ds: Diagnostic[]): Diagnostic[] =>
    ds.map((d) => ({ ...d, severity: d.severity === 'error' ? 'warning' : d.severity, message: `Parent file: ${d.message}` }));
  diags.push(...asWarnings(parsed.diagnostics));
  if (!isObj(data)) return { url, state: 'error', reason: 'the parent file is not a YAML mapping' };
  if (!isObj(data.project)) return { url, state: 'error', reason: 'the parent file has no `project` section', data, positions };
  const result = validateInsights(data, { file: url, positions: parsed.positions, schemaVersion: schemaVersionOf(data) });
  diags.push(...asWarnings(result.diagnostics));
  return { url, state: 'loaded', data, positions, valid: parsed.ok && result.valid };
}
