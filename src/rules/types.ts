// What a rule returns: a status with its evidence, and the constructors rules build it with.
import type { Facts } from '../facts/types.ts';
import type { Evidence, Status } from '../model/evidence.ts';

export interface Outcome {
  status: Status;
  evidence: Evidence[];
  /** What to do about it, when the status is not pass. */
  remediation?: string;
}

/** A rule is a pure function from facts to an outcome: no file system, no network. */
export interface Rule {
  /** The requirement's ID in the catalog, e.g. OSPS-AC-01.01. */
  id: string;
  /** True when the requirement begins "While active": not applicable to a repository that is not active. */
  whileActive?: boolean;
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
