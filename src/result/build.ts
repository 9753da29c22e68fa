// Facts + rules -> the result document. The only place that decides which requirements apply.
import { CATALOG_ID, CATALOG_VERSION, helpUrl, LEVELS, requirementsAt, type Level } from '../catalog/catalog.ts';
import { gapReasons, trackGaps } from '../facts/gaps.ts';
import type { FactGap, Facts } from '../facts/types.ts';
import { evaluateObjectives } from '../objectives/index.ts';
import { RULES_BY_ID } from '../rules/index.ts';
import { STATUSES } from '../model/evidence.ts';
import type { Outcome } from '../rules/types.ts';
import { TOOL_NAME, TOOL_URI, TOOL_VERSION } from '../version.ts';
import { fixLocation } from './anchor.ts';
import { RESULT_SCHEMA_VERSION, type ControlResult, type ExtraFinding, type LevelSummary, type Location, type ResultDocument, type SecurityInsightsSummary } from './types.ts';

export interface BuildOptions {
  level: Level;
  levelSource?: ResultDocument['levelSource'];
  now?: Date;
}

export function buildResult(facts: Facts, options: BuildOptions): ResultDocument {
  const fileSet = new Set(facts.files.map((f) => f.path));
  const controls: ControlResult[] = requirementsAt(options.level).map((req) => {
    const outcome = runRule(req.id, facts);
    const c: ControlResult = {
      id: req.id,
      family: req.family,
      level: req.level,
      title: req.title,
      status: outcome.status,
      evidence: outcome.evidence,
      helpUri: helpUrl(req.id),
    };
    if (outcome.remediation && outcome.status !== 'pass') c.remediation = outcome.remediation;
    const loc = locate(outcome, fileSet) ?? fixLocation(req.id, req.family, facts, fileSet);
    if (loc) c.location = loc;
    return c;
  });
  const { objectives, nextStep, hubComparison } = evaluateObjectives(facts, controls, options.level);
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION, informationUri: TOOL_URI },
    subject: { repository: facts.context.repository, commit: facts.git.commit, ref: facts.git.ref },
    generatedAt: (options.now ?? new Date()).toISOString(),
    catalog: { id: CATALOG_ID, version: CATALOG_VERSION },
    level: options.level,
    levelSource: options.levelSource ?? 'input',
    run: { offline: facts.context.offline, hasToken: facts.context.hasToken },
    controls,
    summary: summarize(controls, options.level),
    objectives,
    nextStep,
    hubComparison,
    securityInsights: securityInsightsSummary(facts),
    findings: extraFindings(facts),
    notes: resultNotes(facts),
  };
}

// The result keeps every item a report can name ("N more in the result file"), up to bounds that only a
// hostile tree reaches; a list cut there says so in the notes, with how many there were.
const MAX_NOTES = 2000;
const MAX_DIAGNOSTICS = 2000;
const MAX_FINDINGS = 5000;

function resultNotes(facts: Facts): ResultDocument['notes'] {
  const notes = facts.notes.slice(0, MAX_NOTES).map((n) => ({ path: n.path, detail: n.detail }));
  if (facts.notes.length > MAX_NOTES) notes.push({ path: '.', detail: `${facts.notes.length - MAX_NOTES} more notes not kept in this result (the first ${MAX_NOTES} of ${facts.notes.length} are)` });
  const diagnostics = facts.securityInsights.diagnostics.length;
  if (facts.securityInsights.file && diagnostics > MAX_DIAGNOSTICS)
    notes.push({ path: facts.securityInsights.file.path, detail: `${diagnostics - MAX_DIAGNOSTICS} more Security Insights diagnostics not kept in this result (the first ${MAX_DIAGNOSTICS} of ${diagnostics} are)` });
  const findings = facts.workflows.findings.filter((f) => f.requirement === null).length;
  if (findings > MAX_FINDINGS) notes.push({ path: '.github/workflows', detail: `${findings - MAX_FINDINGS} more hardening findings not kept in this result (the first ${MAX_FINDINGS} of ${findings} are)` });
  return notes;
}

function runRule(id: string, facts: Facts): Outcome {
  const rule = RULES_BY_ID.get(id);
  if (!rule) return { status: 'unknown', evidence: [{ kind: 'note', detail: 'not evaluated yet: this version has no check for it' }] };
  const tracked = trackGaps(facts);
  try {
    return withoutRepeats(withGaps(rule.evaluate(tracked.facts), tracked.read()));
  } catch (e) {
    // A rule bug must not sink the run; say so honestly.
    return { status: 'unknown', evidence: [{ kind: 'note', detail: `the check failed internally: ${e instanceof Error ? e.message : String(e)}` }] };
  }
}

/** The outcome with each piece of evidence once: two finders may cite the same line for the same reason (a README badge and its link). */
function withoutRepeats(outcome: Outcome): Outcome {
  if (outcome.evidence.length < 2) return outcome;
  const seen = new Set<string>();
  const evidence = outcome.evidence.filter((e) => {
    const key = JSON.stringify(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return evidence.length === outcome.evidence.length ? outcome : { ...outcome, evidence };
}

/**
 * A rule's outcome given the gaps in the facts it read: any verdict resting on a fact never read
 * is unknown (its evidence came from placeholder data); a pass or not-applicable resting on a
 * fact whose absences prove nothing is unknown, with its evidence kept.
 */
function withGaps(outcome: Outcome, gaps: FactGap[]): Outcome {
  if (gaps.length === 0) return outcome;
  const unread = gaps.filter((g) => g.kind === 'unread');
  if (unread.length > 0) return { status: 'unknown', evidence: [{ kind: 'note', detail: `not decided: ${gapReasons(unread)}` }], ...(outcome.remediation ? { remediation: outcome.remediation } : {}) };
  if (outcome.status !== 'pass' && outcome.status !== 'not-applicable') return outcome;
  return { status: 'unknown', evidence: [...outcome.evidence, { kind: 'note', detail: `not decided: ${gapReasons(gaps)}` }], ...(outcome.remediation ? { remediation: outcome.remediation } : {}) };
}

export function summarize(controls: ControlResult[], level: Level): LevelSummary[] {
  return LEVELS.filter((l) => l <= level).map((l) => {
    const s = { level: l, total: 0 } as LevelSummary;
    for (const st of STATUSES) s[st] = 0;
    for (const c of controls) {
      if (c.level > l) continue;
      s.total++;
      s[c.status]++;
    }
    return s;
  });
}

/** Where the evidence points, when it names a file of the tree; else fixLocation() decides (anchor.ts). */
function locate(outcome: Outcome, files: Set<string>): Location | undefined {
  for (const e of outcome.evidence) {
    if (e.path && files.has(e.path)) {
      const loc: Location = { path: e.path, line: e.line ?? 1 };
      if (e.column !== undefined) loc.column = e.column;
      return loc;
    }
  }
  return undefined;
}

function securityInsightsSummary(facts: Facts): SecurityInsightsSummary | null {
  const si = facts.securityInsights;
  if (!si.file) return null;
  return {
    path: si.file.path,
    schemaVersion: si.file.schemaVersion,
    valid: si.file.valid,
    legacy: si.file.legacy,
    diagnostics: si.diagnostics.slice(0, MAX_DIAGNOSTICS).map((d) => {
      const out: SecurityInsightsSummary['diagnostics'][number] = { severity: d.severity, message: d.message, path: d.path, line: d.line, column: d.column };
      if (d.field) out.field = d.field;
      return out;
    }),
  };
}

/** Workflow findings that no requirement covers: today, actions not pinned to a full commit SHA. */
function extraFindings(facts: Facts): ExtraFinding[] {
  const out: ExtraFinding[] = [];
  for (const f of facts.workflows.findings) {
    if (f.requirement !== null) continue;
    out.push({ id: `workflow/${f.kind}`, severity: f.severity, path: f.path, line: f.line, column: f.column, message: f.message });
    if (out.length >= MAX_FINDINGS) break;
  }
  return out;
}
