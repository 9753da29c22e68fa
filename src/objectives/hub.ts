// Defender's sub-check "published on the grc.store hub", and our statuses beside the hub's.
//
// Since Fall 2026 the event awards Defender for a passing OSPS Baseline result published on the
// grc.store hub. The sub-check is
//   met      the latest hub result covers every requirement at the project's level with Passed
//            (or Not Applicable), from a scan at that level or above, at most 30 days old, and the
//            publishing workflow qualifies (recurring, called by the hub's tag);
//   partial  published, with what is missing named: which requirements, stale, a lower level, the
//            workflow's problems;
//   unmet    no workflow publishes to the hub;
//   unknown  offline, or the hub could not be read (with the reason).
// It decides nothing else: Defender's status stays that of our own evaluation (defender.ts), the
// one a signed result carries and an organizer can verify offline; which rule the event applies
// is the organizers' `defender:` setting (docs/gemara.md). Everything from the hub is untrusted
// text: it is shown, escaped by the reporters, and never changes a status of ours.
import { requirementsAt, type Level } from '../catalog/catalog.ts';
import type { GemaraResult } from '../catalog/gemara.ts';
import { chosenPublishing, hubPageUrl, isOnHub, STALE_AFTER_DAYS, type GrcHubFacts, type HubVerdict } from '../facts/grc-hub/index.ts';
import type { HubPublishingFact } from '../facts/workflows/types.ts';
import type { ControlResult } from '../model/control.ts';
import type { Evidence, Status } from '../model/evidence.ts';
import { controlMap, satisfaction } from './helpers.ts';
import type { ObjectiveCheck, ObjectiveStatus } from './types.ts';

export const HUB_CHECK_ID = 'published-on-hub';
export const PUBLISH_EXAMPLE = 'revanite-io/pvtr-publish-results/.github/workflows/publish.yml@v1';

/** Why our status and the hub's differ, where we can tell. */
export const DISAGREEMENT_REASONS = [
  /** We read it from the GitHub API (branch rules, settings); the publishing job's token cannot. */
  'hub-token-cannot-read',
  /** We found it in a document or a Security Insights link, which the hub's scanner does not read. */
  'evidence-only-we-read',
  /** We fail it and the hub passes it: our evidence says why we fail it. */
  'we-fail-hub-passes',
  /** The hub's scan did not run it (a lower level, or not in the log). */
  'hub-did-not-run',
  /** The two checks differ and nothing tells us why. */
  'unexplained',
] as const;
export type DisagreementReason = (typeof DISAGREEMENT_REASONS)[number];

export interface HubRequirementRow {
  id: string;
  ours: Status;
  /** The hub's result, or null when its log has none for the requirement. */
  hub: GemaraResult | null;
}

export interface HubDisagreement extends HubRequirementRow {
  reason: DisagreementReason;
  /** The likely reason in one sentence, with our evidence where it shows it. */
  detail: string;
  /** The hub's message for the requirement (untrusted text, links elsewhere removed). */
  hubMessage?: string;
}

export interface HubComparison {
  /** `<namespace>/<id>@<version>` as the publishing workflow names it. */
  target: string;
  /** The hub's host: hub.grc.store or hub.preview.grc.store. */
  hub: string;
  /** The target's page on the hub (https on the hub's own host only), or null. */
  page: string | null;
  /** The publishing job. */
  source: { path: string; line: number; job: string };
  /** The sub-check: met, partial, unmet or unknown. */
  verdict: ObjectiveStatus;
  /** What the sub-check misses (partial), in the order to fix it. */
  missing: string[];
  /** Why the hub could not be read or judged (unknown), or null. */
  reason: string | null;
  /** The hub's latest result and its time; null when the hub could not be read. */
  result: GemaraResult | null;
  runAt: string | null;
  ageDays: number | null;
  stale: boolean | null;
  /** The level the hub's scan ran at, read from its log. */
  evaluatedLevel: Level | null;
  /** Every requirement at the project's level: our status and the hub's (empty without the hub's log). */
  requirements: HubRequirementRow[];
  disagreements: HubDisagreement[];
}

export interface HubEvaluation {
  check: ObjectiveCheck;
  /** Null when no publishing workflow names a target and hub that can be asked. */
  comparison: HubComparison | null;
}

export interface HubInputs {
  grcHub: GrcHubFacts;
  publishing: readonly HubPublishingFact[];
  defaultBranch?: string | null;
}

const HUB_OK: ReadonlySet<GemaraResult> = new Set(['Passed', 'Not Applicable']);
const MAX_LISTED = 10;
const MAX_DETAIL = 300;

const TITLE = 'Published on the grc.store hub: the latest result passes every requirement at the level and is at most 30 days old (the event\'s rule since Fall 2026; it does not change this objective\'s status)';

export function evaluateHubPublication(inputs: HubInputs, controls: readonly ControlResult[], level: Level): HubEvaluation {
  const { grcHub, publishing } = inputs;
  const p = chosenPublishing(publishing);
  if (grcHub.state === 'not-configured') {
    if (publishing.length === 0) {
      const branch = inputs.defaultBranch ?? 'the default branch';
      const missing = `add a workflow that runs on push to ${branch} or on a schedule and calls ${PUBLISH_EXAMPLE} with \`target: <namespace>/<id>@<version>\` and \`id-token: write\`, to publish a Baseline result to grc.store`;
      return { check: { id: HUB_CHECK_ID, title: TITLE, status: 'fail', evidence: [{ kind: 'note', detail: grcHub.reason }], missing }, comparison: null };
    }
    const first = p ?? publishing[0];
    const why = `${grcHub.reason}: ${first.problems[0] ?? 'fix with.target and with.hub'}`;
    return { check: { id: HUB_CHECK_ID, title: TITLE, status: 'unknown', evidence: [workflowEvidence(first)], missing: why }, comparison: null };
  }

  const target = `${grcHub.state === 'ok' ? targetText(grcHub.verdict.target) : targetText(grcHub.target)}`;
  const hub = grcHub.state === 'ok' ? grcHub.verdict.hub : grcHub.hub;
  const page = safePage(hub, grcHub.state === 'ok' ? grcHub.verdict.target : grcHub.target);
  const workflowProblems = p && !p.qualifies ? p.problems : [];
  const base = {
    target,
    hub,
    page,
    source: { path: grcHub.source.path, line: grcHub.source.line, job: grcHub.source.job },
  };
  const evidence: Evidence[] = p ? [workflowEvidence(p)] : [];

  if (grcHub.state === 'unknown') {
    const reason = grcHub.reason === 'offline run' ? 'offline run: the hub is not asked' : `the hub could not be read: ${grcHub.reason}`;
    evidence.push({ kind: 'note', detail: reason, ...(page ? { url: page } : {}) });
    const verdict: ObjectiveStatus = workflowProblems.length > 0 ? 'partial' : 'unknown';
    const comparison: HubComparison = { ...base, verdict, missing: workflowProblems, reason, result: null, runAt: null, ageDays: null, stale: null, evaluatedLevel: null, requirements: [], disagreements: [] };
    return { check: checkOf(verdict, evidence, verdict === 'partial' ? workflowProblems : [reason]), comparison };
  }

  const v = grcHub.verdict;
  evidence.push({ kind: 'api', detail: verdictLine(v), ...(page ? { url: page } : {}) });
  const judged = judgeHubVerdict(v, level);
  if (judged.reason !== null) evidence.push({ kind: 'note', detail: judged.reason });
  const missing = [...judged.missing, ...workflowProblems];
  const reason = judged.reason;
  const rows: HubRequirementRow[] = [];
  let disagreements: HubDisagreement[] = [];
  if (v.perRequirement !== null) {
    const byId = controlMap(controls);
    for (const r of requirementsAt(level)) rows.push({ id: r.id, ours: byId.get(r.id)?.status ?? 'unknown', hub: v.perRequirement[r.id]?.result ?? null });
    disagreements = compare(rows, v.perRequirement, byId, v.evaluatedLevel);
  }
  const verdict: ObjectiveStatus = missing.length > 0 ? 'partial' : reason !== null ? 'unknown' : 'met';
  const comparison: HubComparison = {
    ...base,
    verdict,
    missing,
    reason: verdict === 'unknown' ? reason : null,
    result: v.result,
    runAt: v.runAt,
    ageDays: v.ageDays,
    stale: v.stale,
    evaluatedLevel: v.evaluatedLevel,
    requirements: rows,
    disagreements,
  };
  return { check: checkOf(verdict, evidence, verdict === 'unknown' && reason ? [reason] : missing), comparison };
}

/** What the hub's verdict says about a project at `level`, without our evaluation: for the sub-check and for organizers. */
export interface HubJudgement {
  /** met, partial (what is missing is named) or unknown (the log could not be read and nothing is known missing). */
  verdict: Exclude<ObjectiveStatus, 'unmet'>;
  /** What keeps it from met, in the order to fix it. */
  missing: string[];
  /** Why it cannot be judged per requirement (the log could not be read), or null. */
  reason: string | null;
  /** Of the missing: the result is older than 30 days (or has no run time). */
  stale: boolean;
  /** Requirements at the level the hub does not pass (Failed, Needs Review, Not Run, absent...). */
  notPassed: { id: string; hub: GemaraResult | null }[];
  /** The hub's scan ran below the level (or at no maturity level). */
  wrongLevel: boolean;
}

/**
 * Judges the hub's latest result for a project at `level`: met when it covers every requirement
 * at the level with Passed or Not Applicable, from a scan at that level or above, at most 30 days
 * old. Pure; `fetchHubVerdict` (src/facts/grc-hub) gives the verdict. Used by the Defender
 * sub-check and by the organizer tools (`defender: grc-store | either`).
 */
export function judgeHubVerdict(v: HubVerdict, level: Level): HubJudgement {
  const missing: string[] = [];
  let reason: string | null = null;
  const notPassed: HubJudgement['notPassed'] = [];
  let wrongLevel = false;
  if (v.stale) {
    missing.push(
      v.runAt
        ? `the latest result is stale: ${v.ageDays ?? '?'} days old (run ${v.runAt.slice(0, 10)}), over the hub's ${STALE_AFTER_DAYS} days; run the publishing workflow again (a schedule keeps it fresh)`
        : 'the latest result is stale: the hub gives no run time, so it cannot be shown to be fresh',
    );
  }
  if (v.perRequirement === null) {
    reason = v.log.state === 'unknown' ? `the hub's EvaluationLog could not be read: ${v.log.reason}` : 'the hub gave no EvaluationLog';
    if (v.result === 'Failed') missing.push(`the hub's latest result is Failed`);
  } else {
    if (v.evaluatedLevel === null || v.evaluatedLevel < level) {
      wrongLevel = true;
      missing.push(`wrong level: the hub's scan ran at ${v.evaluatedLevel === null ? 'no maturity level' : `Level ${v.evaluatedLevel}`}, below the project's Level ${level}; configure the publishing workflow's scan for Level ${level}`);
    }
    for (const r of requirementsAt(level)) {
      const hub = v.perRequirement[r.id]?.result ?? null;
      if (hub === null || !HUB_OK.has(hub)) notPassed.push({ id: r.id, hub });
    }
    if (notPassed.length > 0) {
      const listed = notPassed.slice(0, MAX_LISTED).map((x) => `${x.id} (${x.hub ?? 'absent'})`).join(', ');
      missing.push(`${notPassed.length} requirement(s) at Level ${level} are not Passed on the hub: ${listed}${notPassed.length > MAX_LISTED ? `, and ${notPassed.length - MAX_LISTED} more` : ''}`);
    }
  }
  const verdict = missing.length > 0 ? 'partial' : reason !== null ? 'unknown' : 'met';
  return { verdict, missing, reason, stale: v.stale, notPassed, wrongLevel };
}

function checkOf(verdict: ObjectiveStatus, evidence: Evidence[], missing: string[]): ObjectiveCheck {
  const status: ObjectiveCheck['status'] = verdict === 'met' ? 'pass' : verdict === 'unknown' ? 'unknown' : 'fail';
  const check: ObjectiveCheck = { id: HUB_CHECK_ID, title: TITLE, status, evidence };
  if (status !== 'pass' && missing.length > 0) check.missing = missing.join('; ');
  return check;
}

/** The hub page, once more checked to be https on the hub's own host. */
function safePage(hub: string, target: { namespace: string; id: string }): string | null {
  const page = hubPageUrl(hub, target);
  return page && isOnHub(page, hub) ? page : null;
}

function targetText(t: { namespace: string; id: string; version: string | null }): string {
  return `${t.namespace}/${t.id}${t.version ? `@${t.version}` : ''}`;
}

function workflowEvidence(p: HubPublishingFact): Evidence {
  const on = p.recurringReasons.length > 0 ? p.recurringReasons.join(', ') : p.triggers.join(', ') || 'no trigger';
  const what = p.target ? `publishes ${targetText(p.target)} to ${p.hub ?? 'an unreadable hub'}` : `calls the publishing workflow without a target that can be read`;
  return { kind: 'workflow', path: p.path, line: p.line, column: p.column, detail: `job ${p.job} ${what} (${on})` };
}

function verdictLine(v: HubVerdict): string {
  const when = v.runAt ? `run ${v.runAt.slice(0, 10)}, ${v.ageDays ?? '?'} day(s) ago${v.stale ? ', stale' : ''}` : 'no run time';
  const level = v.evaluatedLevel === null ? 'level not known' : `a Level ${v.evaluatedLevel} scan`;
  const counts = Object.entries(v.counts)
    .slice(0, 8)
    .map(([k, n]) => `${n} ${k.replace(/_/g, ' ')}`)
    .join(', ');
  return `${v.hub} holds ${v.result} for ${targetText(v.target)} (${when}; ${level}${counts ? `; ${counts}` : ''})`;
}

type Ours = 'ok' | 'fail' | 'unknown';
type Theirs = 'ok' | 'fail' | 'review' | 'unknown' | 'not-run';

function oursOf(c: ControlResult | undefined): Ours {
  const s = satisfaction(c).state;
  return s === 'ok' ? 'ok' : s === 'fail' || s === 'weak-attestation' ? 'fail' : 'unknown';
}

function theirsOf(r: GemaraResult | null): Theirs {
  if (r === null || r === 'Not Run') return 'not-run';
  if (HUB_OK.has(r)) return 'ok';
  if (r === 'Failed') return 'fail';
  return r === 'Needs Review' ? 'review' : 'unknown';
}

/** The rows where the two verdicts would count differently, each with its likely reason. */
function compare(rows: readonly HubRequirementRow[], per: Record<string, { result: GemaraResult; message: string; levels: Level[] }>, byId: Map<string, ControlResult>, hubLevel: Level | null): HubDisagreement[] {
  const out: HubDisagreement[] = [];
  for (const row of rows) {
    const c = byId.get(row.id);
    const ours = oursOf(c);
    const theirs = theirsOf(row.hub);
    // Where we have no verdict (no token, offline) there is nothing to disagree with: the side by
    // side shows the hub's result for those.
    const differs = (ours === 'ok' && theirs !== 'ok') || (ours === 'fail' && theirs === 'ok');
    if (!differs) continue;
    const { reason, detail } = explain(row, c, ours === 'ok' ? 'ok' : 'fail', theirs, hubLevel);
    const d: HubDisagreement = { ...row, reason, detail: cut(detail) };
    const message = per[row.id]?.message;
    if (message) d.hubMessage = cut(message);
    out.push(d);
  }
  return out;
}

function explain(row: HubRequirementRow, c: ControlResult | undefined, ours: Exclude<Ours, 'unknown'>, theirs: Theirs, hubLevel: Level | null): { reason: DisagreementReason; detail: string } {
  const evidence = c?.evidence ?? [];
  if (ours === 'ok') {
    if (theirs === 'not-run') {
      const level = c?.level;
      const detail =
        hubLevel !== null && level !== undefined && hubLevel < level
          ? `the hub's scan ran at Level ${hubLevel}; ${row.id} applies from Level ${level}`
          : row.hub === null
            ? `the hub's log has no result for ${row.id}`
            : `the hub's scan logged ${row.id} Not Run`;
      return { reason: 'hub-did-not-run', detail };
    }
    const api = evidence.find((e) => e.kind === 'api');
    if (api) {
      return {
        reason: 'hub-token-cannot-read',
        detail: `we read it from the GitHub API (${show(api)}); the publishing job's token cannot read branch rules or repository settings, so the hub's scanner ${theirs === 'review' ? 'asks for a review' : theirs === 'fail' ? 'fails it' : 'cannot tell'}`,
      };
    }
    const doc = evidence.find((e) => e.kind === 'file' || e.kind === 'security-insights');
    if (doc && c?.status !== 'not-applicable') {
      return { reason: 'evidence-only-we-read', detail: `we found it in ${show(doc)}; the hub's scanner does not read documents or Security Insights links` };
    }
    return { reason: 'unexplained', detail: `we count it as met (${c?.status ?? 'unknown'}${evidence[0] ? `: ${show(evidence[0])}` : ''}); the hub does not` };
  }
  return { reason: 'we-fail-hub-passes', detail: `our evidence: ${evidence.length > 0 ? evidence.slice(0, 2).map(show).join('; ') : 'none recorded'}` };
}

function show(e: Evidence): string {
  const where = e.path ? `${e.path}${e.line ? `:${e.line}` : ''}: ` : '';
  return `${where}${e.detail}`;
}

function cut(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > MAX_DETAIL ? `${one.slice(0, MAX_DETAIL - 1)}…` : one;
}
