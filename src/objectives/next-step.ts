// The one next step: the first objective, in the event's order, that is not met, with the two or
// three most concrete actions (a file to add, a field to fill, a setting to change) and links to the
// Baseline requirement pages. Never a second suggestion; null when every objective is met.
import type { ControlResult } from '../model/control.ts';
import { controlMap, helpFor } from './helpers.ts';
import type { CheckAction, ObjectiveId, ObjectiveResult } from './types.ts';
import { OBJECTIVE_IDS } from './types.ts';

export interface NextStepAction {
  text: string;
  /** OSPS Baseline requirement the action is about, e.g. OSPS-GV-03.01. */
  requirement?: string;
  /** Its page in the published Baseline. */
  helpUri?: string;
  /** Security Insights field to fill, e.g. repository.documentation.contributing-guide. */
  field?: string;
  /** File to add or change. */
  file?: string;
}

export interface NextStep {
  objective: ObjectiveId;
  title: string;
  actions: NextStepAction[];
}

export const MAX_ACTIONS = 3;

const REQ_RE = /\bOSPS-[A-Z]{2}-\d\d\.\d\d\b/;
const FIELD_RE = /`((?:project|repository|header)\.[a-z0-9.[\]-]+)`/;
// A path token ending in .yml, .yaml, .md or LICENSE, read from where the token starts (linear time).
const FILE_RE = /(?<![\w.-])((?:\.github\/|docs\/)?[\w.-]*(?:[\w-]\.(?:ya?ml|md)|LICENSE))\b/;

/** Actions for objectives that give only `missing` sentences (Cleaner, Inspector): fields and files are read from the words. */
export function actionsFromMissing(missing: readonly string[]): CheckAction[] {
  return missing.map((text) => {
    const a: CheckAction = { checkId: '', text };
    const req = REQ_RE.exec(text);
    if (req) a.requirement = req[0];
    const field = FIELD_RE.exec(text) ?? /\b((?:project|repository)\.(?:[a-z-]+\.)+[a-z-]+)\b/.exec(text);
    if (field) a.field = field[1];
    const file = FILE_RE.exec(text);
    if (file) a.file = file[1];
    return a;
  });
}

export function chooseNextStep(
  objectives: readonly ObjectiveResult[],
  actionsByObjective: Partial<Record<ObjectiveId, CheckAction[]>>,
  controls: readonly ControlResult[],
): NextStep | null {
  const byId = controlMap(controls);
  for (const id of OBJECTIVE_IDS) {
    const o = objectives.find((x) => x.id === id);
    if (!o || o.status === 'met') continue;
    const given = actionsByObjective[id];
    // Keep the objective's own order (it lists what to do first, cheapest first), failures before unknowns.
    const failing = new Set(o.checks.filter((c) => c.status === 'fail').map((c) => c.id));
    let candidates = given && given.length > 0 ? given : actionsFromMissing(o.missing);
    if (given && given.length > 0) {
      const fromFails = candidates.filter((a) => failing.has(a.checkId));
      if (fromFails.length > 0) candidates = [...fromFails, ...candidates.filter((a) => !failing.has(a.checkId))];
    }
    const seen = new Set<string>();
    const unique = candidates.filter((a) => (seen.has(a.text) ? false : (seen.add(a.text), true)));
    const ranked = unique.slice(0, MAX_ACTIONS);
    const actions: NextStepAction[] = ranked.map((a) => {
      const out: NextStepAction = { text: a.text };
      if (a.requirement) {
        out.requirement = a.requirement;
        const help = helpFor(a.requirement, byId);
        if (help) out.helpUri = help;
      }
      if (a.field) out.field = a.field;
      if (a.file) out.file = a.file;
      return out;
    });
    if (actions.length === 0) actions.push({ text: `see the ${o.title} objective's checks` });
    return { objective: id, title: o.title, actions };
  }
  return null;
}
