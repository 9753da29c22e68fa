// The six Security Slam objectives, in the event's order: each builds on the ones before.
import type { Evidence } from '../model/evidence.ts';

export const OBJECTIVE_IDS = ['cleaner', 'chronicler', 'inspector', 'mechanizer', 'defender', 'cra-readiness'] as const;
export type ObjectiveId = (typeof OBJECTIVE_IDS)[number];
export type ObjectiveStatus = 'met' | 'partial' | 'unmet' | 'unknown';

export interface ObjectiveCheck {
  /** Stable id of the sub-check, e.g. "schema-valid". */
  id: string;
  title: string;
  status: 'pass' | 'fail' | 'unknown';
  evidence: Evidence[];
  /** What is missing, phrased as something to do, when status is not pass. */
  missing?: string;
}

export interface ObjectiveResult {
  id: ObjectiveId;
  title: string;
  status: ObjectiveStatus;
  checks: ObjectiveCheck[];
  /** Everything missing, in the order a maintainer should do it. */
  missing: string[];
}

/** A structured action behind a check (the check it fixes, a requirement, field or file), for the next step. */
export interface CheckAction {
  checkId: string;
  text: string;
  requirement?: string;
  field?: string;
  file?: string;
}
