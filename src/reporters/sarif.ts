// SARIF 2.1.0 for GitHub code scanning: one run, one rule per requirement, results on the
// file and line the fix touches, fingerprints that stay stable from run to run.
import { createHash } from 'node:crypto';
import type { ControlResult, ResultDocument } from '../result/types.ts';
import { securitySeverity } from './severity.ts';

export interface SarifOptions {
  /** Report `unknown` requirements as notes (default true). */
  unknownAsNotes?: boolean;
  /** Most results per rule, so that one noisy finding cannot drown the others. */
  maxResultsPerRule?: number;
}

type Json = Record<string, unknown>;

export function toSarif(result: ResultDocument, options: SarifOptions = {}): Json {
  const unknownAsNotes = options.unknownAsNotes ?? true;
  const maxPerRule = options.maxResultsPerRule ?? 50;
  const rules = result.controls.map((c) => ruleFor(c));
  const results: Json[] = [];
  result.controls.forEach((c, ruleIndex) => {
    if (c.status === 'fail') results.push(...resultsFor(c, ruleIndex, 'error', maxPerRule));
    else if (c.status === 'unknown' && unknownAsNotes) results.push(...resultsFor(c, ruleIndex, 'note', 1));
  });
  for (const extra of extraResults(result, rules.length)) {
    rules.push(extra.rule);
    results.push(...extra.results);
  }
  finishFingerprints(results);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
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
        results,
        properties: { catalog: `${result.catalog.id}@${result.catalog.version}`, level: result.level },
      },
    ],
  };
}

function ruleFor(c: ControlResult): Json {
  const help = `${c.title}.\n\nOSPS Baseline requirement ${c.id} (maturity level ${c.level} and above).`;
  return {
    id: c.id,
    name: c.id.replace(/[^A-Za-z0-9]/g, ''),
    shortDescription: { text: c.title },
    fullDescription: { text: `${c.id}: ${c.title}.` },
    helpUri: c.helpUri,
    help: {
      text: `${help}\n\nSee ${c.helpUri}`,
      markdown: `**${c.title}.**\n\nOSPS Baseline requirement [${c.id}](${c.helpUri}) applies from maturity level ${c.level}.`,
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

function resultsFor(c: ControlResult, ruleIndex: number, level: 'error' | 'note', max: number): Json[] {
  // Evidence outside the repository (a parent Security Insights file at a URL) is no place for an alert.
  const located = c.evidence.filter((e) => e.path !== undefined && inRepository(e.path));
  const out: Json[] = [];
  const remediation = c.remediation ? ` ${c.remediation}` : '';
  if (located.length > 0 && level === 'error') {
    for (const e of located.slice(0, max)) {
      out.push(sarifResult(c.id, ruleIndex, level, `${c.id}: ${e.detail}.${remediation}`, { path: e.path as string, line: e.line ?? 1, column: e.column }, e.detail));
    }
    return out;
  }
  if (!c.location) return out; // a repository without a single file: nothing to anchor to
  const detail = c.evidence.map((e) => e.detail).join('; ');
  out.push(sarifResult(c.id, ruleIndex, level, `${c.id}: ${detail}.${remediation}`, c.location, 'requirement'));
  return out;
}

const MAX_MESSAGE = 2000;

/** One result on one place in the repository; `key` is what the fingerprint keeps besides rule and file. */
function sarifResult(ruleId: string, ruleIndex: number, level: string, text: string, where: { path: string; line: number; column?: number }, key: string): Json {
  const region: Json = { startLine: Math.max(1, where.line) };
  if (where.column !== undefined) region.startColumn = Math.max(1, where.column);
  return {
    ruleId,
    ruleIndex,
    level,
    message: { text: text.length > MAX_MESSAGE ? text.slice(0, MAX_MESSAGE - 1) + '…' : text },
    locations: [{ physicalLocation: { artifactLocation: { uri: toUri(where.path), uriBaseId: '%SRCROOT%' }, region } }],
    // Stable across runs: rule, file and what was found, never the line (which moves with edits).
    partialFingerprints: { [FINGERPRINT]: `${ruleId}\u0000${where.path}\u0000${key.replace(/\d+/g, '#')}` },
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
  'workflow/unpinned-action': {
    id: 'workflow/unpinned-action',
    title: 'Action not pinned to a full commit SHA',
    help: 'A tag or branch can be moved to malicious code, as in the tj-actions/changed-files compromise; a full commit SHA cannot. Pin the action to the commit SHA and keep the version in a trailing comment (`uses: owner/action@<sha> # v1.2.3`).',
    level: 'warning',
    severity: '5.5',
    tags: ['security', 'supply-chain', 'hardening'],
  },
};

function extraResults(result: ResultDocument, firstIndex: number): { rule: Json; results: Json[] }[] {
  const groups = new Map<string, { path: string; line: number; column?: number; message: string; level: string }[]>();
  const add = (id: string, item: { path: string; line: number; column?: number; message: string; level: string }) => {
    const list = groups.get(id) ?? [];
    if (list.length < 500) list.push(item);
    groups.set(id, list);
  };
  const si = result.securityInsights;
  if (si) {
    for (const d of si.diagnostics) {
      if (!inRepository(d.path)) continue; // a parent file at a URL is not in this repository
      const id = d.severity === 'error' ? 'security-insights/error' : 'security-insights/warning';
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
    const rule: Json = {
      id: r.id,
      name: r.id.split(/[^A-Za-z0-9]+/).map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(''),
      shortDescription: { text: r.title },
      fullDescription: { text: r.help },
      help: { text: r.help, markdown: r.help },
      defaultConfiguration: { level: r.level },
      properties: { tags: r.tags, precision: 'high', 'problem.severity': r.level === 'note' ? 'recommendation' : r.level, 'security-severity': r.severity },
    };
    const results = items.map((it) => sarifResult(r.id, ruleIndex, it.level, it.message, it, it.message));
    out.push({ rule, results });
  }
  return out;
}

/** A path relative to the repository root: no URL, no absolute or drive path, no '..' segment. */
function inRepository(path: string): boolean {
  return path !== '' && !/^[a-z][a-z0-9+.-]*:|^[/\\]|(^|[/\\])\.\.([/\\]|$)/i.test(path);
}

function toUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function fingerprint(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 32);
}
