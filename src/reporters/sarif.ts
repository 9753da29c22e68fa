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

function toUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function fingerprint(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 32);
}
