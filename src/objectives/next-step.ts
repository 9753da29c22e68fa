// The one next step: the first objective, in the event's order, that is not met, with the two or
// three most concrete actions (a file to add, a field to fill, a setting to change) and links to the
// Baseline requirement pages. Never a second suggestion; null when every objective is met.
import type { ControlResult } from '../model/control.ts';
import { controlMap, helpFor } from './helpers.ts';
import type { CheckAction, ObjectiveId, ObjectiveResult } from './types.ts';
import { OBJECTIVE_IDS } from './types.ts';
import { trimEnd } from '../facts/text.ts';

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

/** Actions for objectives that give only `missing` sentences (Cleaner, Inspector): fields and files are read from the words. */
export function actionsFromMissing(missing: readonly string[]): CheckAction[] {
  return missing.map((text) => {
    const a: CheckAction = { checkId: '', text };
    const req = REQ_RE.exec(text);
    if (req) a.requirement = req[0];
    const field = FIELD_RE.exec(text) ?? /\b((?:project|repository)\.(?:[a-z-]+\.)+[a-z-]+)\b/.exec(text);
    if (field) a.field = field[1];
    const file = fileIn(text);
    if (file) a.file = file;
    return a;
  });
}

// A file the words name, with its folders (docs/security/self-assessment.md, not self-assessment.md).
// Words are split first and each is matched whole, so no pattern runs over the sentence.
const FILE_NAME = /^(?:[\w.-]+\/)*(?:[\w.-]*[\w-]\.(?:ya?ml|md|json)|LICENSE|COPYING)$/;

/** The first path in `text` that names a Markdown, YAML or JSON file, or a license file. */
export function fileIn(text: string): string | undefined {
  for (const raw of text.split(/[\s"'`(),;:<>[\]{}]+/)) {
    const word = trimEnd(raw, '.!?');
    if (word.length > 0 && word.length <= 300 && !word.startsWith('/') && !word.includes('//') && FILE_NAME.test(word)) return word;
  }
  return undefined;
}

/**
 * What an action asks to change, so that two actions never ask for the same one: its words, and
 * the fix its requirement's remediation names (OSPS-LE-02.01 and OSPS-LE-03.01 both say "add a
 * LICENSE file"), or without one the Security Insights field it fills, or its file for its requirement.
 */
function changesOf(a: CheckAction, byId: Map<string, ControlResult>): string[] {
  const keys = [`words ${normalise(a.text)}`];
  const fix = a.requirement ? byId.get(a.requirement)?.remediation : undefined;
  if (fix) keys.push(`fix ${normalise(fix)}`);
  else if (a.field) keys.push(`field ${a.field}`);
  else if (a.requirement && a.file) keys.push(`file ${a.file} for ${a.requirement}`);
  return keys;
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Actions without a second one asking for the same change; the one kept names the other requirements it also meets. */
function distinctChanges(candidates: CheckAction[], byId: Map<string, ControlResult>): CheckAction[] {
  const kept: { action: CheckAction; also: string[] }[] = [];
  const byKey = new Map<string, (typeof kept)[number]>();
  for (const a of candidates) {
    const keys = changesOf(a, byId);
    const first = keys.map((k) => byKey.get(k)).find((x) => x !== undefined);
    if (first) {
      if (a.requirement && a.requirement !== first.action.requirement && !first.also.includes(a.requirement)) first.also.push(a.requirement);
      continue;
    }
    const entry = { action: a, also: [] };
    kept.push(entry);
    for (const k of keys) byKey.set(k, entry);
  }
  return kept.map(({ action, also }) => (also.length > 0 ? { ...action, text: `${action.text} (the same change also meets ${also.join(', ')})` } : action));
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
    const ranked = distinctChanges(candidates, byId).slice(0, MAX_ACTIONS);
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
