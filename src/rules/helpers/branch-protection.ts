// A merged branch-protection property of the default branch (rulesets and classic protection,
// facts/github/branch.ts) as an outcome: true passes with the endpoints that said so, false fails,
// no answer is unknown naming what would decide it.
import type { DerivedFact } from '../../facts/github/types.ts';
import type { Facts } from '../../facts/types.ts';
import { fail, type Outcome, pass, unknown } from '../types.ts';
import { apiEvidence, apiUnknownDetail } from './evidence.ts';

/** The token permission that would let the branch-protection questions be answered. */
function protectionPermission(facts: Facts): string | undefined {
  const c = facts.github.classicProtection;
  const r = facts.github.branchRules;
  if (c.state === 'unknown' && c.permission) return c.permission;
  if (r.state === 'unknown' && r.permission) return r.permission;
  // Offline, the missing piece is the network, not a permission; without a token, say which one.
  if (facts.context.offline) return undefined;
  return c.state === 'unknown' ? 'administration: read' : undefined;
}

/**
 * A merged branch-protection property as an outcome: true → pass with the endpoints that said so,
 * false → fail, null → unknown saying why and what token would decide it.
 */
export function branchFact(
  facts: Facts,
  fact: DerivedFact<boolean>,
  what: { yes: string; no: string; question: string; remediation: string },
): Outcome {
  const branch = facts.github.branchProtection.branch ?? 'the default branch';
  if (fact.value === true) return pass(fact.sources.map((s) => apiEvidence(facts, s, `${branch}: ${what.yes}`)));
  if (fact.value === false) return fail(fact.sources.map((s) => apiEvidence(facts, s, `${branch}: ${what.no}`)), what.remediation);
  const permission = protectionPermission(facts);
  const answer: { reason: string; permission?: string } = { reason: fact.note || facts.github.skippedReason || 'no answer' };
  if (permission) answer.permission = permission;
  return unknown(apiUnknownDetail(answer, what.question), what.remediation);
}
