// One Baseline requirement's entry in the result: the rule's status and evidence with the
// catalog's words around it. Objectives read these entries and the result document lists them,
// so the type lives below both; src/result/types.ts re-exports it as part of the public contract.
import type { Level } from '../catalog/catalog.ts';
import type { Evidence, Status } from './evidence.ts';

export interface Location {
  path: string;
  line: number;
  column?: number;
  /**
   * The file the fix adds, when it does not exist yet: `path` is then the closest existing file
   * (code scanning shows an alert only on a file that exists). Absent when the fix goes in `path`.
   */
  create?: string;
}

export interface ControlResult {
  id: string;
  family: string;
  level: Level;
  title: string;
  status: Status;
  evidence: Evidence[];
  remediation?: string;
  /** Where a person should look or make the fix; repository-wide findings point at a real file, line 1. */
  location?: Location;
  helpUri: string;
}
