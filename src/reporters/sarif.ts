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
  const located = c.evidence.filter((e) => e.path);
  const out: Json[] = [];
  const remediation = c.remediation ? ` ${c.remediation}` : '';
  if (located.length > 0 && level === 'error') {
    for (const e of located.slice(0, max)) {
      out.push(one(c, ruleIndex, level, `${c.id}: ${e.detail}.${remediation}`, e.path as string, e.line ?? 1, e.column, e.detail));
    }
    return out;
  }
  if (!c.location) return out; // a repository without a single file: nothing to anchor to
  const detail = c.evidence.map((e) => e.detail).join('; ');
  out.push(one(c, ruleIndex, level, `${c.id}: ${detail}.${remediation}`, c.location.path, c.location.line, c.location.column, 'requirement'));
  return out;
}

function one(c: ControlResult, ruleIndex: number, level: string, text: string, path: string, line: number, column: number | undefined, key: string): Json {
  const region: Json = { startLine: Math.max(1, line) };
  if (column !== undefined) region.startColumn = Math.max(1, column);
  return {
    ruleId: c.id,
    ruleIndex,
    level,
    message: { text: text.length > 2000 ? text.slice(0, 1999) + '…' : text },
    locations: [{ physicalLocation: { artifactLocation: { uri: toUri(path), uriBaseId: '%SRCROOT%' }, region } }],
    // Stable across runs: rule, file and what was found, never the line (which moves with edits).
    partialFingerprints: { 'slamFinding/v1': fingerprint(`${c.id}\u0000${path}\u0000${key.replace(/\d+/g, '#')}`) },
  };
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
      if (/^[a-z]+:\/\//i.test(d.path)) continue; // a parent file at a URL is not in this repository
      const id = d.severity === 'error' ? 'security-insights/error' : 'security-insights/warning';
      const field = d.field ? ` (${d.field})` : '';
      add(id, { path: d.path, line: Math.max(1, d.line), column: d.column > 0 ? d.column : undefined, message: `${d.message}${field}`, level: d.severity === 'info' ? 'note' : d.severity });
    }
  }
  for (const f of result.findings) {
    if (EXTRA_RULES[f.id]) add(f.id, { path: f.path, line: f.line, column: f.column, message: f.message, level: f.severity });
  }
  const out: { rule: Json; results: Json[] }[] = [];
  for (const [id, items] of groups) {
    const r = EXTRA_RULES[id];
    const ruleIndex = firstIndex + out.length;
    const rule: Json = {
      id: r.id,
      name: r.id.replace(/[^A-Za-z0-9]+(.)/g, (_, c: string) => c.toUpperCase()),
      shortDescription: { text: r.title },
      fullDescription: { text: r.help },
      help: { text: r.help, markdown: r.help },
      defaultConfiguration: { level: r.level },
      properties: { tags: r.tags, precision: 'high', 'problem.severity': r.level === 'note' ? 'recommendation' : r.level, 'security-severity': r.severity },
    };
    const results = items.map((it) => {
      const region: Json = { startLine: it.line };
      if (it.column !== undefined) region.startColumn = it.column;
      return {
        ruleId: r.id,
        ruleIndex,
        level: it.level,
        message: { text: it.message.length > 2000 ? it.message.slice(0, 1999) + '…' : it.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: toUri(it.path), uriBaseId: '%SRCROOT%' }, region } }],
        partialFingerprints: { 'slamFinding/v1': fingerprint(`${r.id}\u0000${it.path}\u0000${it.message.replace(/\d+/g, '#')}`) },
      };
    });
    out.push({ rule, results });
  }
  return out;
}

function toUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function fingerprint(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 32);
}
