// The shared vocabulary of the result: a status and the evidence a person can follow. Facts build
// evidence, rules and objectives attach it to a status, reporters print it; so it lives below them all.

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
