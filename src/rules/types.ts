// The vocabulary every rule speaks: a status and the evidence a person can follow.
import type { Facts } from '../facts/types.ts';

export const STATUSES = ['pass', 'fail', 'attested', 'unknown', 'not-applicable'] as const;
export type Status = (typeof STATUSES)[number];

export type EvidenceKind = 'file' | 'workflow' | 'api' | 'security-insights' | 'git' | 'note';

export interface Evidence {
  kind: EvidenceKind;
  /** Repository-relative path (forward slashes) when the evidence lives in a file. */
  path?: string;
  line?: number;
  column?: number;
  /** What was seen, in one sentence. Text from the repository is quoted, never trusted. */
  detail: string;
  /** A URL for API evidence or an external document. */
  url?: string;
}

export interface Outcome {
  status: Status;
  evidence: Evidence[];
  /** What to do about it, when the status is not pass. */
  remediation?: string;
}

/** A rule is a pure function from facts to an outcome: no file system, no network. */
export interface Rule {
  id: string;
  evaluate(facts: Facts): Outcome;
}

export const pass = (evidence: Evidence[]): Outcome => ({ status: 'pass', evidence });
export const fail = (evidence: Evidence[], remediation: string): Outcome => ({ status: 'fail', evidence, remediation });
export const attested = (evidence: Evidence[], remediation?: string): Outcome => ({ status: 'attested', evidence, remediation });
export const unknown = (detail: string, remediation?: string, evidence: Evidence[] = []): Outcome => ({
  status: 'unknown',
  evidence: [...evidence, { kind: 'note', detail }],
  remediation,
});
export const notApplicable = (detail: string, evidence: Evidence[] = []): Outcome => ({
  status: 'not-applicable',
  evidence: [...evidence, { kind: 'note', detail }],
});
