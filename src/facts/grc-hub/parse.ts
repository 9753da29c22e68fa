// What the hub says, checked before anything trusts it: a target's latest result and the Gemara
// EvaluationLog behind it. Extra fields are ignored; every string kept is cut to a short length
// and stripped of control characters; numbers must be finite; walks over lists are bounded.
import type { Level } from '../../catalog/catalog.ts';
import { isGemaraResult, levelOfApplicability, rollUp, type GemaraResult } from '../../catalog/gemara.ts';

/** The hub answered, but not with the documented shape. */
export class HubShapeError extends Error {}

export const MAX_MESSAGE = 300;
const MAX_EVALUATIONS = 1_000;
const MAX_ASSESSMENTS = 5_000;
const MAX_COUNT_KEYS = 20;
/** Namespaces, ids and versions we put back into a URL path: plain names only. */
const COORDINATE = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;
const REQUIREMENT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export interface HubLatest {
  /** The target version the latest result belongs to, when the hub names it. */
  targetVersion: string | null;
  result: GemaraResult;
  /** Counts the hub keeps per result (keys as the hub names them, e.g. `passed`). */
  counts: Record<string, number>;
  /** ISO 8601, or null when absent or not a date. */
  runAt: string | null;
  /** Where the EvaluationLog is, or null when the hub did not say. */
  log: { namespace: string; id: string; version: string } | null;
}

export interface HubRequirementResult {
  result: GemaraResult;
  message: string;
  /** Maturity levels of its applicability (`maturity-2` or `Maturity Level 2`). */
  levels: Level[];
}

export interface HubLog {
  result: GemaraResult | null;
  /** One entry per requirement id; a repeated id keeps its most severe result. */
  perRequirement: Record<string, HubRequirementResult>;
  /**
   * The level the scan ran at: the highest lowest-applicable level among requirements it ran
   * (anything but Not Run). Null when it ran nothing with a maturity applicability.
   */
  evaluatedLevel: Level | null;
  author: { id: string; name: string; version: string | null } | null;
  date: string | null;
  /** True when the log had more evaluations or assessments than are read. */
  truncated: boolean;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Strips control and bidirectional-override characters, folds whitespace and cuts to `max`. */
export function cleanText(v: unknown, max = MAX_MESSAGE): string {
  if (typeof v !== 'string') return '';
  const s = v.length > max * 4 ? v.slice(0, max * 4) : v;
  const t = s.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function coordinate(v: unknown, what: string): string {
  if (typeof v !== 'string' || !COORDINATE.test(v)) throw new HubShapeError(`${what} is not a plain name`);
  return v;
}

function isoDate(v: unknown): string | null {
  if (typeof v !== 'string' || v.length > 64) return null;
  const t = Date.parse(v);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

/** `GET /v1/targets/{namespace}/{id}` -> its newest version's latest result. */
export function parseTargetResponse(data: unknown): HubLatest | null {
  if (!isObj(data)) throw new HubShapeError('the target is not a JSON object');
  const versions = data.versions;
  if (!Array.isArray(versions)) throw new HubShapeError('the target has no `versions` list');
  if (versions.length === 0) return null;
  const first = versions[0];
  if (!isObj(first)) throw new HubShapeError('versions[0] is not an object');
  const latest = first.latest;
  if (latest === null || latest === undefined) return null;
  if (!isObj(latest)) throw new HubShapeError('versions[0].latest is not an object');
  if (!isGemaraResult(latest.result)) throw new HubShapeError(`versions[0].latest.result is not a Gemara result (${JSON.stringify(cleanText(String(latest.result), 40))})`);
  const counts: Record<string, number> = {};
  if (isObj(latest.counts)) {
    for (const [k, v] of Object.entries(latest.counts).slice(0, MAX_COUNT_KEYS)) {
      const key = cleanText(k, 40);
      if (key !== '' && typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1e9) counts[key] = v;
    }
  }
  const hasLog = latest.log_namespace !== undefined || latest.log_id !== undefined || latest.log_version !== undefined;
  const log = hasLog
    ? { namespace: coordinate(latest.log_namespace, 'log_namespace'), id: coordinate(latest.log_id, 'log_id'), version: coordinate(latest.log_version, 'log_version') }
    : null;
  const version = typeof first.version === 'string' ? cleanText(first.version, 100) : null;
  return { targetVersion: version || null, result: latest.result, counts, runAt: isoDate(latest.run_at), log };
}

/** The EvaluationLog document, as the hub serves it (bare, in a one-element list, or wrapped). */
function logRoot(data: unknown): Obj {
  let d = data;
  if (Array.isArray(d)) d = d.find((x) => isObj(x) && Array.isArray(x.evaluations));
  if (isObj(d) && !Array.isArray(d.evaluations)) {
    for (const key of ['content', 'document', 'log', 'data']) {
      const inner = d[key];
      if (isObj(inner) && Array.isArray(inner.evaluations)) return inner;
    }
  }
  if (!isObj(d) || !Array.isArray(d.evaluations)) throw new HubShapeError('the EvaluationLog has no `evaluations` list');
  return d;
}

export function parseEvaluationLog(data: unknown): HubLog {
  const root = logRoot(data);
  const evaluations = root.evaluations as unknown[];
  const perRequirement: Record<string, HubRequirementResult> = Object.create(null) as Record<string, HubRequirementResult>;
  let truncated = evaluations.length > MAX_EVALUATIONS;
  let seen = 0;
  let evaluatedLevel: Level | null = null;
  for (const e of evaluations.slice(0, MAX_EVALUATIONS)) {
    if (!isObj(e) || !Array.isArray(e['assessment-logs'])) continue;
    for (const a of e['assessment-logs'] as unknown[]) {
      if (++seen > MAX_ASSESSMENTS) {
        truncated = true;
        break;
      }
      if (!isObj(a) || !isObj(a.requirement)) continue;
      const id = a.requirement['entry-id'];
      if (typeof id !== 'string' || !REQUIREMENT_ID.test(id)) continue;
      const result: GemaraResult = isGemaraResult(a.result) ? a.result : 'Unknown';
      const levels = Array.isArray(a.applicability)
        ? [...new Set(a.applicability.slice(0, 10).map((x) => (typeof x === 'string' ? levelOfApplicability(x) : null)).filter((l): l is Level => l !== null))].sort()
        : [];
      const message = isGemaraResult(a.result) ? cleanText(a.message) : `unrecognised result ${JSON.stringify(cleanText(String(a.result), 40))}`;
      const prior = perRequirement[id];
      if (!prior || rollUp([prior.result, result]) !== prior.result) perRequirement[id] = { result, message, levels };
      if (result !== 'Not Run' && levels.length > 0 && (evaluatedLevel === null || levels[0] > evaluatedLevel)) evaluatedLevel = levels[0];
    }
    if (seen > MAX_ASSESSMENTS) break;
  }
  const metadata = isObj(root.metadata) ? root.metadata : {};
  const author = isObj(metadata.author)
    ? { id: cleanText(metadata.author.id, 100), name: cleanText(metadata.author.name, 100), version: typeof metadata.author.version === 'string' ? cleanText(metadata.author.version, 40) : null }
    : null;
  return {
    result: isGemaraResult(root.result) ? root.result : null,
    perRequirement: { ...perRequirement },
    evaluatedLevel,
    author,
    date: isoDate(metadata.date),
    truncated,
  };
}
