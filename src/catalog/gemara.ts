// The Gemara EvaluationLog vocabulary shared by our export (reporters) and the grc.store reader
// (facts): the six results, how they roll up, and the maturity applicability labels.
import type { Level } from './catalog.ts';

export const GEMARA_RESULTS = ['Not Run', 'Passed', 'Failed', 'Needs Review', 'Not Applicable', 'Unknown'] as const;
export type GemaraResult = (typeof GEMARA_RESULTS)[number];

export function isGemaraResult(v: unknown): v is GemaraResult {
  return typeof v === 'string' && (GEMARA_RESULTS as readonly string[]).includes(v);
}

/**
 * Severity for roll-ups, as go-gemara's UpdateAggregateResult orders them: Not Run never
 * overwrites, Failed beats Unknown beats Needs Review beats Passed. One difference: a control
 * whose requirements are all Not Applicable rolls up to Not Applicable here, not Passed.
 */
const SEVERITY: Record<GemaraResult, number> = { 'Not Run': 0, 'Not Applicable': 1, Passed: 2, 'Needs Review': 3, Unknown: 4, Failed: 5 };

/** The most severe of the results (Not Run for none). */
export function rollUp(results: Iterable<GemaraResult>): GemaraResult {
  let worst: GemaraResult = 'Not Run';
  for (const r of results) if (SEVERITY[r] > SEVERITY[worst]) worst = r;
  return worst;
}

/** The applicability id of a maturity level, as the OSPS Baseline metadata names it. */
export function maturityId(level: Level): string {
  return `maturity-${level}`;
}

export const MATURITY_GROUPS: readonly { id: string; title: string; description: string }[] = [
  { id: 'maturity-1', title: 'Maturity Level 1', description: 'for any code or non-code project with any number of maintainers or users' },
  { id: 'maturity-2', title: 'Maturity Level 2', description: 'for any code project that has at least 2 maintainers and a small number of consistent users' },
  { id: 'maturity-3', title: 'Maturity Level 3', description: 'for any code project that has a large number of consistent users' },
];

/**
 * The maturity level an applicability label names: `maturity-2` (current catalogs and Privateer
 * logs) or `Maturity Level 2` (older ones); null for anything else (`retired`, custom groups).
 */
export function levelOfApplicability(label: string): Level | null {
  const m = /^(?:maturity-|maturity level )([123])$/i.exec(label.trim());
  return m ? (Number(m[1]) as Level) : null;
}
