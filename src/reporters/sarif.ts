// SARIF 2.1.0 for GitHub code scanning: one run, one rule per requirement, and one alert per
// requirement on the file its fix touches (result/anchor.ts); requirements whose evidence is a list of
// instances (committed executables, unsafe workflow lines, secrets) get one alert per instance.
// Fingerprints stay stable from run to run; URIs are relative to the repository root, which is where
// code scanning resolves them, also when the evaluated folder is a monorepo subfolder.
import type { ControlResult, ResultDocument } from '../result/types.ts';
import { inRepository, mdRich } from './escape.ts';
import { helpExample } from './sarif-help.ts';
import { securitySeverity } from './severity.ts';

export interface SarifOptions {
  /** Report `unknown` requirements as notes (default true). */
  unknownAsNotes?: boolean;
  /** Most results per rule, so that one noisy finding cannot drown the others. */
  maxResultsPerRule?: number;
  /** The evaluated folder inside the repository ('' or 'services/api/'), put in front of every URI. */
  uriPrefix?: string;
  /** The bytes of a file name that is not valid UTF-8 (the snapshot keeps them), for its URI. */
  nameBytes?: (path: string) => Buffer | undefined;
}

type Json = Record<string, unknown>;

/** Requirements whose evidence lists instances of the problem, each worth its own alert. */
const PER_INSTANCE = new Set(['OSPS-AC-04.01', 'OSPS-AC-04.02', 'OSPS-BR-01.01', 'OSPS-BR-01.03', 'OSPS-BR-01.04', 'OSPS-BR-07.01', 'OSPS-QA-05.01', 'OSPS-QA-05.02']);

interface Cut {
  ruleId: string;
  reported: number;
  total: number;
}

export function toSarif(result: ResultDocument, options: SarifOptions = {}): Json {
  const unknownAsNotes = options.unknownAsNotes ?? true;
  const maxPerRule = options.maxResultsPerRule ?? 50;
  const prefix = normalisePrefix(options.uriPrefix ?? '');
  const uri = (path: string) => toUri(path, prefix, options.nameBytes);
  const cuts: Cut[] = [];
  const rules = result.controls.map((c) => ruleFor(c));
  const results: Json[] = [];
  result.controls.forEach((c, ruleIndex) => {
    if (c.status === 'fail') results.push(...resultsFor(c, ruleIndex, 'error', maxPerRule, uri, cuts));
    else if (c.status === 'unknown' && unknownAsNotes) results.push(...resultsFor(c, ruleIndex, 'note', maxPerRule, uri, cuts));
  });
  for (const extra of extraResults(result, rules.length, uri, cuts)) {
    rules.push(extra.rule);
    results.push(...extra.results);
  }
  finishFingerprints(results);
  const properties: Json = { catalog: `${result.catalog.id}@${result.catalog.version}`, level: result.level, evaluatedPath: prefix === '' ? '.' : prefix.slice(0, -1) };
  if (cuts.length > 0) properties.truncated = cuts;
  const run: Json = {
    tool: {
      driver: {
        name: 'Security Slam',
        fullName: 'Security Slam: OSPS Baseline evaluation',
        version: result.tool.version,
        semanticVersion: result.tool.version,
        informationUri: result.tool.informationUri,
        rules,
      },
    },
    automationDetails: { id: `security-slam/${result.catalog.id}/level-${result.level}/` },
    // Code scanning reads a relative URI from the root of the repository; %SRCROOT% is that root,
    // left without an absolute URI so that no machine's path is written here.
    originalUriBaseIds: { [SRCROOT]: { description: { text: 'The root of the repository (where code scanning resolves relative URIs).' } } },
    results,
    properties,
  };
  if (cuts.length > 0) {
    run.invocations = [
      {
        executionSuccessful: true,
        toolExecutionNotifications: cuts.map((c) => ({
          level: 'note',
          descriptor: { id: 'results-cut' },
          associatedRule: { id: c.ruleId },
          message: { text: `${c.ruleId}: ${c.reported} of ${c.total} results reported here; the result file (JSON) lists every one, and the job summary counts them.` },
        })),
      },
    ];
  }
  return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
}

const SRCROOT = '%SRCROOT%';

function ruleFor(c: ControlResult): Json {
  const what = c.remediation ? `\n\n**What to do:** ${mdRich(c.remediation, {}, 2000)}` : '';
  const example = helpExample(c.id);
  const sample = example ? `\n\n**Example** (\`${example.file}\`):\n\n${fence(example.text, example.language)}` : '';
  const where = PER_INSTANCE.has(c.id)
    ? 'Each alert is on a file and line where the evidence was found.'
    : 'One alert for the requirement, on the file its fix touches; when that file does not exist yet, on the closest existing file, and the message names the file to add.';
  return {
    id: c.id,
    name: c.id.replace(/[^A-Za-z0-9]/g, ''),
    shortDescription: { text: c.title },
    fullDescription: { text: `${c.id}: ${c.title}.` },
    helpUri: c.helpUri,
    help: {
      text: `${c.title}.\n\nOSPS Baseline requirement ${c.id} (maturity level ${c.level} and above).${c.remediation ? `\n\nWhat to do: ${c.remediation}` : ''}${example ? `\n\nExample (${example.file}):\n\n${example.text}` : ''}\n\nSee ${c.helpUri}`,
      markdown: `**${c.title}.**\n\nOSPS Baseline requirement [${c.id}](${c.helpUri}) applies from maturity level ${c.level}.${what}${sample}\n\n${where}`,
    },
    defaultConfiguration: { level: 'error' },
    properties: {
      tags: ['security', 'osps-baseline', `osps-${c.family.toLowerCase()}`, `level-${c.level}`],
      precision: 'high',
      'problem.severity': 'error',
      'security-severity': securitySeverity(c.id, c.family),
    },
  };
}

/** A fenced code block that no line of `text` can close. */
function fence(text: string, language: string): string {
  let longest = 2;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const f = '`'.repeat(longest + 1);
  return `${f}${language}\n${text}\n${f}`;
}

function resultsFor(c: ControlResult, ruleIndex: number, level: 'error' | 'note', max: number, uri: (p: string) => string, cuts: Cut[]): Json[] {
  const remediation = c.remediation ? ` ${c.remediation}` : '';
  // Evidence outside the repository (a parent Security Insights file at a URL) is no place for an alert.
  const located = c.evidence.filter((e) => e.path !== undefined && inRepository(e.path));
  if (PER_INSTANCE.has(c.id) && level === 'error' && located.length > 0) {
    if (located.length > max) cuts.push({ ruleId: c.id, reported: max, total: located.length });
    return located
      .slice(0, max)
      .map((e) => sarifResult(c.id, ruleIndex, level, `${c.id}: ${e.detail}.${remediation}`, { path: e.path as string, line: e.line ?? 1, column: e.column }, e.detail, uri));
  }
  if (!c.location) return []; // a repository without a single file: nothing to anchor to
  const detail = c.evidence.map((e) => `${e.path && e.path !== c.location?.path ? `${e.path}${e.line ? `:${e.line}` : ''}: ` : ''}${e.detail}`).join('; ');
  const create = c.location.create
    ? ` The fix adds ${c.location.create}, which does not exist yet; code scanning shows an alert only on an existing file, so this one is on ${c.location.path}.`
    : '';
  // One alert per requirement: its fingerprint leaves the file out, so the alert stays one when the fix moves it (README.md to a new SECURITY.md).
  return [sarifResult(c.id, ruleIndex, level, `${c.id}: ${detail}.${remediation}${create}`, c.location, REQUIREMENT, uri, true)];
}

const REQUIREMENT = 'requirement';
const MAX_MESSAGE = 2000;

/** One result on one place in the repository; `key` is what the fingerprint keeps besides the rule (and the file, unless `anyFile`). */
function sarifResult(ruleId: string, ruleIndex: number, level: string, text: string, where: { path: string; line: number; column?: number }, key: string, uri: (p: string) => string, anyFile = false): Json {
  const region: Json = { startLine: Math.max(1, where.line) };
  if (where.column !== undefined) region.startColumn = Math.max(1, where.column);
  return {
    ruleId,
    ruleIndex,
    level,
    message: { text: text.length > MAX_MESSAGE ? text.slice(0, MAX_MESSAGE - 1) + '…' : text },
    locations: [{ physicalLocation: { artifactLocation: { uri: uri(where.path), uriBaseId: SRCROOT }, region } }],
    // Stable across runs: rule, file and what was found, never the line (which moves with edits).
    partialFingerprints: { [FINGERPRINT]: anyFile ? `${ruleId}\u0000${key}` : `${ruleId}\u0000${where.path}\u0000${key.replace(/\d+/g, '#')}` },
  };
}

const FINGERPRINT = 'slamFinding/v1';

/**
 * Hashes each result's fingerprint key; the second and later results with the same key (the same
 * finding twice in one file) get their occurrence number in it, so that code scanning keeps one
 * alert per result instead of merging them.
 */
function finishFingerprints(results: Json[]): void {
  const seen = new Map<string, number>();
  for (const r of results) {
    const prints = r.partialFingerprints as Record<string, string>;
    const key = prints[FINGERPRINT];
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    prints[FINGERPRINT] = fingerprint(n === 0 ? key : `${key}\u0000${n}`);
  }
}

interface ExtraRule {
  id: string;
  title: string;
  help: string;
  level: 'error' | 'warning' | 'note';
  severity: string;
  tags: string[];
}

const EXTRA_RULES: Record<string, ExtraRule> = {
  'security-insights/error': {
    id: 'security-insights/error',
    title: 'Security Insights file does not meet the specification',
    help: 'The file must validate against the Security Insights 2.x schema (schema.cue). Each result names the field, what was expected and, for misspelled or misplaced keys, what was probably meant.',
    level: 'error',
    severity: '4.0',
    tags: ['security', 'security-insights'],
  },
  'security-insights/warning': {
    id: 'security-insights/warning',
    title: 'Security Insights file needs attention',
    help: 'Valid by the schema, but out of date, pointing at missing files, or against the documented intent of the specification.',
    level: 'warning',
    severity: '2.0',
    tags: ['security', 'security-insights'],
  },
  'security-insights/note': {
    id: 'security-insights/note',
    title: 'Security Insights file: a suggestion',
    help: 'Not a problem with the file: a field that would make it more useful, or how it was read.',
    level: 'note',
    severity: '0.1',
    tags: ['security', 'security-insights'],
  },
  'workflow/unpinned-action': {
    id: 'workflow/unpinned-action',
    title: 'Action not pinned to a full commit SHA',
    help: 'A tag or branch can be moved to malicious code, as in the tj-actions/changed-files compromise; a full commit SHA cannot. Pin the action to the commit SHA and keep the version in a trailing comment (`uses: owner/action@<sha> # v1.2.3`).',
    level: 'warning',
    severity: '5.5',
    tags: ['security', 'supply-chain', 'hardening'],
  },
};

const MAX_EXTRA_PER_RULE = 500;

function extraResults(result: ResultDocument, firstIndex: number, uri: (p: string) => string, cuts: Cut[]): { rule: Json; results: Json[] }[] {
  const groups = new Map<string, { path: string; line: number; column?: number; message: string; level: string }[]>();
  const totals = new Map<string, number>();
  const add = (id: string, item: { path: string; line: number; column?: number; message: string; level: string }) => {
    const list = groups.get(id) ?? [];
    if (list.length < MAX_EXTRA_PER_RULE) list.push(item);
    groups.set(id, list);
    totals.set(id, (totals.get(id) ?? 0) + 1);
  };
  const si = result.securityInsights;
  if (si) {
    for (const d of si.diagnostics) {
      if (!inRepository(d.path)) continue; // a parent file at a URL is not in this repository
      const id = d.severity === 'error' ? 'security-insights/error' : d.severity === 'warning' ? 'security-insights/warning' : 'security-insights/note';
      const field = d.field ? ` (${d.field})` : '';
      add(id, { path: d.path, line: Math.max(1, d.line), column: d.column > 0 ? d.column : undefined, message: `${d.message}${field}`, level: d.severity === 'info' ? 'note' : d.severity });
    }
  }
  for (const f of result.findings) {
    if (EXTRA_RULES[f.id] && inRepository(f.path)) add(f.id, { path: f.path, line: f.line, column: f.column, message: f.message, level: f.severity });
  }
  const out: { rule: Json; results: Json[] }[] = [];
  for (const [id, items] of groups) {
    const r = EXTRA_RULES[id];
    const ruleIndex = firstIndex + out.length;
    const total = totals.get(id) ?? items.length;
    if (total > items.length) cuts.push({ ruleId: id, reported: items.length, total });
    const rule: Json = {
      id: r.id,
      name: r.id.split(/[^A-Za-z0-9]+/).map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(''),
      shortDescription: { text: r.title },
      fullDescription: { text: r.help },
      help: { text: r.help, markdown: r.help },
      defaultConfiguration: { level: r.level },
      properties: { tags: r.tags, precision: 'high', 'problem.severity': r.level === 'note' ? 'recommendation' : r.level, 'security-severity': r.severity },
    };
    const results = items.map((it) => sarifResult(r.id, ruleIndex, it.level, it.message, it, it.message, uri));
    out.push({ rule, results });
  }
  return out;
}

/** '' or a relative folder ending in '/', with no '.' or empty segment; a prefix that leaves the root (never one workTreePrefix gives) counts as none. */
function normalisePrefix(prefix: string): string {
  const segments = prefix.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.length === 0 || segments.some((s) => s === '..') || prefix.startsWith('/')) return '';
  return segments.join('/') + '/';
}

// Characters a URI may carry as they are (RFC 3986 unreserved, and the sub-delimiters encodeURIComponent keeps).
const URI_KEEP = /^[A-Za-z0-9\-_.!~*'()]$/;

/**
 * The URI of a path of the evaluated folder, relative to the repository root: each segment
 * percent-encoded from the file name's real bytes. A name that is not valid UTF-8 is kept by the
 * snapshot as bytes (nameBytes) and written in paths with each invalid byte as \xNN; without the
 * snapshot those escapes are read back as the bytes they stand for.
 */
function toUri(path: string, prefix: string, nameBytes?: (path: string) => Buffer | undefined): string {
  const bytes = nameBytes?.(path) ?? pathBytes(path);
  let out = '';
  for (const b of bytes) {
    const ch = String.fromCharCode(b);
    out += ch === '/' || (b < 0x80 && URI_KEEP.test(ch)) ? ch : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return prefix.split('/').filter(Boolean).map(encodeURIComponent).join('/') + (prefix ? '/' : '') + out;
}

/** UTF-8 bytes of a path, with each \xNN escape of an invalid byte (80-ff) read back as that byte. */
function pathBytes(path: string): Buffer {
  if (!path.includes('\\x')) return Buffer.from(path, 'utf8');
  const parts: Buffer[] = [];
  let i = 0;
  let text = '';
  while (i < path.length) {
    if (path[i] === '\\' && path[i + 1] === 'x' && /^[89a-f][0-9a-f]$/.test(path.slice(i + 2, i + 4))) {
      if (text) parts.push(Buffer.from(text, 'utf8'));
      text = '';
      parts.push(Buffer.from([parseInt(path.slice(i + 2, i + 4), 16)]));
      i += 4;
    } else {
      text += path[i];
      i++;
    }
  }
  if (text) parts.push(Buffer.from(text, 'utf8'));
  return Buffer.concat(parts);
}

function fingerprint(s: string): string {
  // Loaded at the first fingerprint, not with the module: a run that prints text or JSON loads
  // the reporters (render.ts) but needs none of Node's crypto (13 internal modules).
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(s).digest('hex').slice(0, 32);
}
