// Scoring: from verified results only (verify-event.ts), one entry per participant with what its
// last verified result in the window shows at the participant's level, what changed since its
// first, and the run that proves it. Pure: no file system, no network.
//
// How repositories combine (a project of several repositories): an objective is met when the last
// verified result of EVERY repository meets it; otherwise it is partial when some repository
// meets it or has it partial, unknown when none says more than unknown, unmet otherwise; the
// repositories that hold it back are named. A repository without a verified result holds back
// every objective.
//
// Levels: a result evaluated at the participant's level or above counts as it stands (levels are
// cumulative, so a higher level is at least as strict). A result below the participant's level
// counts for the objectives that do not depend on the level (Cleaner, Inspector, Mechanizer, CRA
// Readiness, which asks for Level 1 only); Chronicler and Defender are then unknown, with the reason.
import type { Level } from '../catalog/catalog.ts';
import type { ObjectiveId, ObjectiveStatus } from '../objectives/types.ts';
import type { ResultDocument } from '../result/types.ts';
import { TOOL_NAME, TOOL_VERSION } from '../version.ts';
import type { DefenderRule, Participant, SlamEvent } from './event.ts';
import type { HubVerdict } from './hub.ts';
import type { RepoRecord, RepoStatus } from './records.ts';
import type { EventOutcome, EventRejectReason } from './verify-event.ts';

export const RESULTS_SCHEMA_VERSION = '1.0.0';
const LEVEL_DEPENDENT: readonly ObjectiveId[] = ['chronicler', 'defender'];
const SATISFIED = new Set(['pass', 'attested', 'not-applicable']);

export interface ResultRef {
  path: string;
  signedAt: string;
  commit: string;
  ref: string;
  runUrl: string | null;
  signerWorkflow: string;
  toolVersion: string;
  level: Level;
  objectives: Partial<Record<ObjectiveId, ObjectiveStatus>>;
}

export interface RepositoryScore {
  repository: string;
  url: string;
  collect: { status: RepoStatus | 'not-collected'; detail: string };
  verified: number;
  rejected: number;
  rejections: { reason: EventRejectReason; count: number; example: string }[];
  first: ResultRef | null;
  last: ResultRef | null;
}

export interface ObjectiveScore {
  id: ObjectiveId;
  status: ObjectiveStatus;
  /** The status in the first verified results, combined the same way; null with no first result. */
  first: ObjectiveStatus | null;
  heldBackBy: { repository: string; status: ObjectiveStatus | 'no-result'; why: string }[];
  /** For Defender under grc-store or either: what the hub said. */
  note?: string;
}

export interface RequirementChange {
  repository: string;
  id: string;
  from: string;
  to: string;
}

export interface ParticipantScore {
  name: string;
  level: Level;
  advisor?: string;
  logo?: string;
  repoUrl: string;
  repositories: RepositoryScore[];
  /** Every repository has a verified result in the window. */
  scored: boolean;
  objectives: ObjectiveScore[];
  /** Met objectives, in the event's order. */
  completed: ObjectiveId[];
  changes: {
    objectivesGained: ObjectiveId[];
    objectivesLost: ObjectiveId[];
    requirementsGained: RequirementChange[];
    requirementsLost: RequirementChange[];
  };
  hub?: HubVerdict | null;
}

export interface ScoreReport {
  schemaVersion: string;
  generatedAt: string;
  tool: { name: string; version: string };
  event: {
    name: string;
    window: { start: string; end: string };
    objectives: ObjectiveId[];
    defender: DefenderRule;
    trust: { signerWorkflow: string; trustedRoot: string; toolVersions?: string };
  };
  totals: { participants: number; scored: number; verified: number; rejected: number; completed: Partial<Record<ObjectiveId, number>> };
  participants: ParticipantScore[];
}

export interface ScoreInput {
  event: SlamEvent;
  outcomes: EventOutcome[];
  records: Map<string, RepoRecord | null>;
  hub?: Map<string, HubVerdict | null>;
  now?: Date;
}

export function score(input: ScoreInput): ScoreReport {
  const { event } = input;
  const byRepo = new Map<string, EventOutcome[]>();
  for (const o of input.outcomes) {
    const key = o.folderRepository.toLowerCase();
    const list = byRepo.get(key) ?? [];
    list.push(o);
    byRepo.set(key, list);
  }
  const participants = event.participants.map((p) => scoreParticipant(event, p, byRepo, input.records, input.hub?.get(p.name) ?? null));
  const completed: Partial<Record<ObjectiveId, number>> = {};
  for (const id of event.objectives) completed[id] = participants.filter((p) => p.completed.includes(id)).length;
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    generatedAt: (input.now ?? new Date()).toISOString(),
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    event: {
      name: event.name,
      window: { start: event.window.start, end: event.window.end },
      objectives: event.objectives,
      defender: event.defender,
      trust: { signerWorkflow: event.trust.signerWorkflowSource, trustedRoot: event.trust.trustedRoot === 'public-good' ? 'public-good' : 'custom', ...(event.trust.toolVersions ? { toolVersions: event.trust.toolVersions } : {}) },
    },
    totals: {
      participants: participants.length,
      scored: participants.filter((p) => p.scored).length,
      verified: input.outcomes.filter((o) => o.verdict === 'verified').length,
      rejected: input.outcomes.filter((o) => o.verdict === 'rejected').length,
      completed,
    },
    participants,
  };
}

function scoreParticipant(event: SlamEvent, p: Participant, byRepo: Map<string, EventOutcome[]>, records: Map<string, RepoRecord | null>, hub: HubVerdict | null): ParticipantScore {
  const lastResults = new Map<string, ResultDocument | null>();
  const firstResults = new Map<string, ResultDocument | null>();
  const repositories = p.repositories.map((repository): RepositoryScore => {
    const outcomes = byRepo.get(repository.toLowerCase()) ?? [];
    const verified = outcomes.filter((o) => o.verdict === 'verified' && o.result).sort((a, b) => (a.signedAt ?? '').localeCompare(b.signedAt ?? '') || a.path.localeCompare(b.path, 'en', { numeric: true }));
    const rejected = outcomes.filter((o) => o.verdict === 'rejected');
    const reasons = new Map<EventRejectReason, { count: number; example: string }>();
    for (const r of rejected) {
      const reason = r.reason ?? 'malformed';
      const e = reasons.get(reason);
      if (e) e.count++;
      else reasons.set(reason, { count: 1, example: r.detail });
    }
    const first = verified[0] ?? null;
    const last = verified[verified.length - 1] ?? null;
    firstResults.set(repository, first?.result ?? null);
    lastResults.set(repository, last?.result ?? null);
    const record = records.get(repository) ?? null;
    return {
      repository,
      url: `https://github.com/${repository}`,
      collect: record ? { status: record.status, detail: record.detail } : { status: 'not-collected', detail: 'slam collect left no record for this repository' },
      verified: verified.length,
      rejected: rejected.length,
      rejections: [...reasons].map(([reason, v]) => ({ reason, ...v })),
      first: first ? toRef(first) : null,
      last: last ? toRef(last) : null,
    };
  });

  const objectives = event.objectives.map((id): ObjectiveScore => {
    const now = combine(id, p, lastResults);
    const before = [...firstResults.values()].every((r) => r === null) ? null : combine(id, p, firstResults).status;
    const o: ObjectiveScore = { id, status: now.status, first: before, heldBackBy: now.heldBackBy };
    if (id === 'defender') applyDefenderRule(event.defender, o, hub);
    return o;
  });
  const completed = objectives.filter((o) => o.status === 'met').map((o) => o.id);
  const gained = objectives.filter((o) => o.status === 'met' && o.first !== null && o.first !== 'met').map((o) => o.id);
  const lost = objectives.filter((o) => o.status !== 'met' && o.first === 'met').map((o) => o.id);
  const requirementsGained: RequirementChange[] = [];
  const requirementsLost: RequirementChange[] = [];
  for (const repository of p.repositories) {
    const a = firstResults.get(repository);
    const b = lastResults.get(repository);
    if (!a || !b || a === b) continue;
    const before = new Map(a.controls.filter((c) => c.level <= p.level).map((c) => [c.id, c.status]));
    for (const c of b.controls) {
      if (c.level > p.level) continue;
      const from = before.get(c.id);
      if (from === undefined || from === c.status) continue;
      const change = { repository, id: c.id, from, to: c.status };
      if (SATISFIED.has(c.status) && !SATISFIED.has(from)) requirementsGained.push(change);
      else if (!SATISFIED.has(c.status) && SATISFIED.has(from)) requirementsLost.push(change);
    }
  }
  // The outcomes file's rule: the repository, or for several the owner's URL (the first's owner
  // when they span owners).
  const repoUrl = `https://github.com/${p.repositories.length === 1 ? p.repositories[0] : p.repositories[0].split('/')[0]}`;
  return {
    name: p.name,
    level: p.level,
    ...(p.advisor ? { advisor: p.advisor } : {}),
    ...(p.logo ? { logo: p.logo } : {}),
    repoUrl,
    repositories,
    scored: repositories.every((r) => r.last !== null),
    objectives,
    completed,
    changes: { objectivesGained: gained, objectivesLost: lost, requirementsGained, requirementsLost },
    ...(event.defender !== 'signed-result' ? { hub } : {}),
  };
}

/** One objective across the participant's repositories (the rule is in the header). */
function combine(id: ObjectiveId, p: Participant, results: Map<string, ResultDocument | null>): { status: ObjectiveStatus; heldBackBy: ObjectiveScore['heldBackBy'] } {
  const per = p.repositories.map((repository) => {
    const r = results.get(repository) ?? null;
    if (!r) return { repository, status: 'no-result' as const, why: 'no verified result in the window' };
    if (r.level < p.level && LEVEL_DEPENDENT.includes(id)) return { repository, status: 'unknown' as const, why: `evaluated at Level ${r.level}; ${p.name} is judged at Level ${p.level}` };
    const o = r.objectives.find((x) => x.id === id);
    if (!o) return { repository, status: 'unknown' as const, why: 'the result does not report this objective' };
    return { repository, status: o.status, why: o.status === 'met' ? '' : o.missing[0] ?? o.status };
  });
  const heldBackBy = per.filter((x) => x.status !== 'met');
  let status: ObjectiveStatus;
  if (heldBackBy.length === 0) status = 'met';
  else if (per.some((x) => x.status === 'met' || x.status === 'partial')) status = 'partial';
  else if (per.some((x) => x.status === 'unknown')) status = 'unknown';
  else status = 'unmet';
  return { status, heldBackBy };
}

/** Defender by the event's rule: the signed result, the grc.store hub's verdict, or either. */
function applyDefenderRule(rule: DefenderRule, o: ObjectiveScore, hub: HubVerdict | null): void {
  if (rule === 'signed-result') return;
  const fromHub: ObjectiveStatus = !hub ? 'unknown' : hub.state === 'passed' ? 'met' : hub.state === 'failed' ? 'unmet' : hub.state === 'stale' ? 'partial' : 'unknown';
  const hubLine = hub ? `grc.store hub: ${hub.state}${hub.runAt ? ` (run ${hub.runAt})` : ''}: ${hub.detail}` : 'grc.store hub: no verdict recorded by collect';
  if (rule === 'grc-store') {
    o.status = fromHub;
    o.heldBackBy = fromHub === 'met' ? [] : [{ repository: hub?.target ?? 'grc.store', status: fromHub, why: hubLine }];
  } else if (fromHub === 'met') {
    o.status = 'met';
    o.heldBackBy = [];
  } else if (o.status !== 'met') {
    const rank: ObjectiveStatus[] = ['unmet', 'unknown', 'partial', 'met'];
    if (rank.indexOf(fromHub) > rank.indexOf(o.status)) o.status = fromHub;
  }
  o.note = hubLine;
}

function toRef(o: EventOutcome): ResultRef {
  const r = o.result as ResultDocument;
  const objectives: Partial<Record<ObjectiveId, ObjectiveStatus>> = {};
  for (const x of r.objectives) objectives[x.id] = x.status;
  return {
    path: o.path,
    signedAt: o.signedAt ?? '',
    commit: o.commit ?? '',
    ref: o.ref ?? '',
    runUrl: o.runUrl && /^https:\/\//.test(o.runUrl) ? o.runUrl : null,
    signerWorkflow: o.signerWorkflow ?? '',
    toolVersion: r.tool.version,
    level: r.level,
    objectives,
  };
}
