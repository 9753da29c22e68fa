// The result as a Gemara EvaluationLog (v1.4.1, stable), the format the Privateer OSPS Baseline
// scanner writes and grc.store accepts: one ControlEvaluation per Baseline control, one
// AssessmentLog per requirement, every requirement of the catalog logged. Requirements above the
// evaluated level and retired ids are logged `Not Run`, as the Privateer scanner logs them, so a
// reader sees the whole catalog. Shape: schemas/gemara-evaluationlog.schema.json; the mapping from
// our statuses is explained in docs/gemara.md.
import { stringify } from 'yaml';
import { CATALOG_ID, CATALOG_URL, CATALOG_VERSION, REQUIREMENTS, RETIRED_REQUIREMENTS, type Level } from '../catalog/catalog.ts';
import { MATURITY_GROUPS, maturityId, rollUp, type GemaraResult } from '../catalog/gemara.ts';
import type { ControlResult, ResultDocument } from '../result/types.ts';
import type { Evidence, Status } from '../model/evidence.ts';
import { TOOL_URI } from '../version.ts';

/** The Gemara version whose schemas the log follows. */
export const GEMARA_VERSION = '1.4.1';

/**
 * Our status -> Gemara result. `attested` is Needs Review: the project states it (in Security
 * Insights, with a link), a person can check it, no machine verified it. `unknown` is Unknown:
 * we could not observe it here (no token, offline, an API failure), which says nothing either way.
 */
export const GEMARA_RESULT: Record<Status, GemaraResult> = {
  pass: 'Passed',
  fail: 'Failed',
  attested: 'Needs Review',
  unknown: 'Unknown',
  'not-applicable': 'Not Applicable',
};

/** Evidence kind -> Gemara evidence type (an open enum: short labels for a reader). */
const EVIDENCE_TYPE: Record<Evidence['kind'], string> = {
  file: 'repository-file',
  workflow: 'workflow-file',
  api: 'api-response',
  'security-insights': 'security-insights-field',
  git: 'git-metadata',
  note: 'note',
};

const MAX_EVIDENCE = 20;
const MAX_TEXT = 2000;

export interface GemaraEvidence {
  id: string;
  type: string;
  'collected-at': string;
  payload?: Record<string, string | number>;
  description: string;
}

export interface GemaraAssessmentLog {
  requirement: { 'reference-id': string; 'entry-id': string };
  description: string;
  result: GemaraResult;
  message: string;
  applicability: string[];
  steps: string[];
  'steps-executed': number;
  start: string;
  end?: string;
  recommendation?: string;
  evidence?: GemaraEvidence[];
}

export interface GemaraControlEvaluation {
  name: string;
  result: GemaraResult;
  message: string;
  control: { 'reference-id': string; 'entry-id': string };
  'assessment-logs': GemaraAssessmentLog[];
}

export interface GemaraEvaluationLog {
  metadata: {
    id: string;
    type: 'EvaluationLog';
    'gemara-version': string;
    version: string;
    date: string;
    description: string;
    author: { id: string; name: string; type: 'Software'; version: string; uri: string };
    'mapping-references': { id: string; title: string; version: string; url: string; description: string }[];
    'applicability-groups': { id: string; title: string; description: string }[];
  };
  target: { id: string; name: string; type: 'Software'; version?: string; description: string; uri?: string };
  result: GemaraResult;
  evaluations: GemaraControlEvaluation[];
}

const REPOSITORY = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;

export function toGemaraEvaluationLog(result: ResultDocument): GemaraEvaluationLog {
  const at = result.generatedAt;
  const byId = new Map(result.controls.map((c) => [c.id, c]));
  const repo = result.subject.repository && REPOSITORY.test(result.subject.repository) ? result.subject.repository : null;
  const commit = result.subject.commit && /^[0-9a-f]{40}$/.test(result.subject.commit) ? result.subject.commit : null;

  const rows = [
    ...REQUIREMENTS.map((r) => ({ id: r.id, control: r.control, log: assessed(r, byId.get(r.id), result.level, at) })),
    ...RETIRED_REQUIREMENTS.map((r) => ({ id: r.id, control: r.control, log: retired(r.id, r.note, at) })),
  ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byControl = new Map<string, GemaraAssessmentLog[]>();
  for (const row of rows) {
    const list = byControl.get(row.control) ?? [];
    list.push(row.log);
    byControl.set(row.control, list);
  }
  const evaluations: GemaraControlEvaluation[] = [...byControl].map(([control, logs]) => {
    const worst = rollUp(logs.map((l) => l.result));
    // The control's message is that of its first assessment with the rolled-up result, as go-gemara does.
    const message = logs.find((l) => l.result === worst)?.message ?? '';
    return { name: control, result: worst, message, control: { 'reference-id': CATALOG_ID, 'entry-id': control }, 'assessment-logs': logs };
  });

  const subject = repo ?? 'a local checkout';
  return {
    metadata: {
      id: `security-slam_${repo ? repo.replace('/', '-').toLowerCase() : 'local'}_${CATALOG_ID}`,
      type: 'EvaluationLog',
      'gemara-version': GEMARA_VERSION,
      version: runVersion(at),
      date: at,
      description: `Security Slam evaluation of ${subject}${commit ? ` at ${commit.slice(0, 12)}` : ''} against OSPS Baseline ${CATALOG_VERSION} at Maturity Level ${result.level}; requirements above Level ${result.level} and retired ids are logged Not Run.`,
      author: { id: 'security-slam', name: result.tool.name, type: 'Software', version: result.tool.version, uri: httpUri(result.tool.informationUri) ?? TOOL_URI },
      'mapping-references': [
        {
          id: CATALOG_ID,
          title: 'Open Source Project Security Baseline',
          version: CATALOG_VERSION,
          url: CATALOG_URL,
          description: 'The OpenSSF OSPS Baseline control catalog; each control evaluation maps to one of its controls and each assessment to one of its requirements.',
        },
      ],
      'applicability-groups': MATURITY_GROUPS.map((g) => ({ ...g })),
    },
    target: {
      id: repo ? `github.com/${repo}` : 'local-checkout',
      name: repo ?? 'local checkout',
      type: 'Software',
      ...(commit ? { version: commit } : {}),
      description: `The repository${result.subject.ref ? ` at ${oneLine(result.subject.ref, 200)}` : ''}${commit ? ` (commit ${commit})` : ''}.`,
      ...(repo ? { uri: `https://github.com/${repo}` } : {}),
    },
    result: rollUp(evaluations.map((e) => e.result)),
    evaluations,
  };
}

function assessed(r: (typeof REQUIREMENTS)[number], c: ControlResult | undefined, level: Level, at: string): GemaraAssessmentLog {
  const base = {
    requirement: { 'reference-id': CATALOG_ID, 'entry-id': r.id },
    description: c?.title ?? r.title,
    applicability: r.listedLevels.map((l) => maturityId(l)),
    steps: [`security-slam/rules/${r.id}`],
  };
  if (r.level > level) {
    return { ...base, result: 'Not Run', message: `Not evaluated: the requirement applies from Maturity Level ${r.level}; this evaluation is at Level ${level}.`, 'steps-executed': 0, start: at };
  }
  if (!c) {
    return { ...base, result: 'Unknown', message: 'The requirement is missing from the result document.', 'steps-executed': 0, start: at };
  }
  const log: GemaraAssessmentLog = { ...base, result: GEMARA_RESULT[c.status], message: messageOf(c), 'steps-executed': 1, start: at, end: at };
  if (c.remediation && c.status !== 'pass') log.recommendation = oneLine(c.remediation, MAX_TEXT);
  const evidence = c.evidence.slice(0, MAX_EVIDENCE).map((e, i) => evidenceOf(c.id, e, i, at));
  if (evidence.length > 0) log.evidence = evidence;
  return log;
}

function retired(id: string, note: string, at: string): GemaraAssessmentLog {
  return {
    requirement: { 'reference-id': CATALOG_ID, 'entry-id': id },
    description: `Retired requirement identifier (${oneLine(note, 200)}).`,
    result: 'Not Run',
    message: `Not evaluated: ${id} is retired in OSPS Baseline ${CATALOG_VERSION}; logged for visibility only, as the Privateer scanner logs it.`,
    // The Privateer scanner marks retired ids with every level; the catalog marks them `retired`.
    applicability: MATURITY_GROUPS.map((g) => g.id),
    steps: ['security-slam/retired'],
    'steps-executed': 0,
    start: at,
  };
}

function messageOf(c: ControlResult): string {
  const details = c.evidence.map((e) => oneLine(e.detail, 400)).filter((d) => d !== '');
  if (details.length === 0) return `${GEMARA_RESULT[c.status]} (${c.status}).`;
  return oneLine(details.slice(0, 3).join('; ') + (details.length > 3 ? `; and ${details.length - 3} more` : ''), MAX_TEXT);
}

function evidenceOf(requirement: string, e: Evidence, index: number, at: string): GemaraEvidence {
  const payload: Record<string, string | number> = {};
  if (e.path) payload.path = oneLine(e.path, 500);
  if (e.line !== undefined) payload.line = e.line;
  if (e.column !== undefined) payload.column = e.column;
  if (e.url) payload.url = oneLine(e.url, 1000);
  const out: GemaraEvidence = { id: `${requirement}/evidence-${index + 1}`, type: EVIDENCE_TYPE[e.kind] ?? 'note', 'collected-at': at, description: oneLine(e.detail, MAX_TEXT) };
  if (Object.keys(payload).length > 0) out.payload = payload;
  return out;
}

/** The run's version label: its time in the basic ISO 8601 form grc.store uses in log versions. */
function runVersion(at: string): string {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? at : d.toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
}

function httpUri(u: string): string | null {
  return /^https?:\/\/[^\s]+$/.test(u) ? u : null;
}

/** One line, no control characters, at most `max` characters. */
function oneLine(s: string, max: number): string {
  const t = s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g, ' ').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** YAML, quoted wherever a YAML 1.1 reader (many Go and Python tools) would read a string as something else. */
export function toGemaraYaml(result: ResultDocument): string {
  return stringify(toGemaraEvaluationLog(result), { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false });
}

export function toGemaraJson(result: ResultDocument): string {
  return JSON.stringify(toGemaraEvaluationLog(result), null, 2) + '\n';
}
