// The six Security Slam objectives and the one next step, from facts and the Baseline results.
// Pure: no file system, no network, no clock.
import type { Level } from '../catalog/catalog.ts';
import { gapReasons, trackGaps } from '../facts/gaps.ts';
import type { Facts } from '../facts/types.ts';
import type { ControlResult } from '../model/control.ts';
import { evaluateCleaner } from './cleaner.ts';
import { evaluateChroniclerDetailed } from './chronicler.ts';
import { evaluateCraReadinessDetailed } from './cra-readiness.ts';
import { evaluateDefenderDetailed } from './defender.ts';
import { evaluateHubPublication, type HubComparison } from './hub.ts';
import { evaluateInspector } from './inspector.ts';
import { evaluateMechanizerDetailed } from './mechanizer.ts';
import { chooseNextStep, type NextStep } from './next-step.ts';
import type { CheckAction, ObjectiveId, ObjectiveResult } from './types.ts';

export type { HubComparison, HubDisagreement, HubRequirementRow, DisagreementReason } from './hub.ts';
export type { NextStep, NextStepAction } from './next-step.ts';
export type { ObjectiveCheck, ObjectiveId, ObjectiveResult, ObjectiveStatus } from './types.ts';
export { OBJECTIVE_IDS } from './types.ts';

export interface ObjectivesEvaluation {
  objectives: ObjectiveResult[];
  nextStep: NextStep | null;
  /** Our statuses beside the grc.store hub's; null when nothing publishes to the hub. */
  hubComparison: HubComparison | null;
}

/** What could not be evaluated, as an honest unknown rather than a crash. */
function failed(id: ObjectiveId, title: string, e: unknown): ObjectiveResult {
  const detail = `the objective could not be evaluated: ${e instanceof Error ? e.message : String(e)}`;
  return { id, title, status: 'unknown', checks: [{ id: 'internal-error', title: 'Evaluation', status: 'unknown', evidence: [{ kind: 'note', detail }], missing: 'report this as a bug of the Security Slam action' }], missing: [detail] };
}

function guard<T>(id: ObjectiveId, title: string, fn: () => { result: ObjectiveResult; actions?: T }, gaps?: ReturnType<typeof trackGaps>): { result: ObjectiveResult; actions?: T } {
  try {
    gaps?.reset();
    const out = fn();
    // An objective that read a fact never gathered (time limit), or that is met on a fact whose absences prove nothing, is unknown.
    const read = gaps?.read() ?? [];
    const unread = read.filter((g) => g.kind === 'unread');
    if (unread.length > 0 || (read.length > 0 && out.result.status === 'met')) {
      const why = `not decided: ${gapReasons(unread.length > 0 ? unread : read)}`;
      return { ...out, result: { ...out.result, status: 'unknown', missing: [why, ...out.result.missing] } };
    }
    return out;
  } catch (e) {
    return { result: failed(id, title, e) };
  }
}

export function evaluateObjectives(allFacts: Facts, controls: ControlResult[], level: Level): ObjectivesEvaluation {
  const gaps = trackGaps(allFacts);
  const facts = gaps.facts;
  const si = allFacts.securityInsights;
  const cleaner = guard('cleaner', 'Cleaner', () => ({ result: evaluateCleaner(facts.securityInsights) }), gaps);
  const chronicler = guard<CheckAction[]>('chronicler', 'Chronicler', () => evaluateChroniclerDetailed(facts, controls, level), gaps);
  const siProblem = si.file && si.data === null ? (si.diagnostics.find((d) => d.severity === 'error')?.message ?? 'the file could not be parsed') : undefined;
  const inspector = guard('inspector', 'Inspector', () => ({
    result: evaluateInspector(facts.assessment, { present: facts.securityInsights.file !== null, ...(si.file ? { path: si.file.path } : {}), ...(siProblem ? { problem: siProblem } : {}), ...(si.file?.legacy ? { legacy: true } : {}) }),
  }), gaps);
  const mechanizer = guard<CheckAction[]>('mechanizer', 'Mechanizer', () => evaluateMechanizerDetailed(facts), gaps);
  let hubComparison: HubComparison | null = null;
  const defender = guard<CheckAction[]>('defender', 'Defender', () => {
    const hub = evaluateHubPublication({ grcHub: facts.grcHub, publishing: facts.workflows.hubPublishing, defaultBranch: facts.context.defaultBranch ?? facts.github.defaultBranch.name }, controls, level);
    hubComparison = hub.comparison;
    const d = evaluateDefenderDetailed(controls, level, hub.check);
    return {
      result: d.result,
      actions: d.blockers.map((b) => ({ checkId: b.id, text: b.text, requirement: b.id })),
    };
  });
  const cra = guard<CheckAction[]>('cra-readiness', 'CRA Readiness', () => evaluateCraReadinessDetailed(facts, controls), gaps);
  const objectives = [cleaner.result, chronicler.result, inspector.result, mechanizer.result, defender.result, cra.result];
  const nextStep = chooseNextStep(objectives, { chronicler: chronicler.actions, mechanizer: mechanizer.actions, defender: defender.actions, 'cra-readiness': cra.actions }, controls);
  return { objectives, nextStep, hubComparison };
}
