// Repositories that are not active. Most Baseline requirements begin "While active": they do not
// apply to a repository that is no longer maintained. Security Insights repository.status takes
// repostatus.org values; 'active', 'WIP' (in development) and 'concept' (being designed) are active
// work, while 'inactive', 'abandoned', 'suspended', 'unsupported' and 'moved' say maintenance has
// stopped or moved away. A rule file declares `whileActive = true`; the registry applies the gate.
import { siEvidence, siField } from '../../facts/security-insights/index.ts';
import type { Facts } from '../../facts/types.ts';
import type { Evidence } from '../../model/evidence.ts';
import { notApplicable, type Outcome } from '../types.ts';

const NOT_ACTIVE = new Set(['inactive', 'abandoned', 'suspended', 'unsupported', 'moved']);

/**
 * Why a "While active" requirement does not apply: Security Insights says the repository is not
 * active. Null when it says nothing of the kind (or the file is absent, legacy or unreadable).
 */
export function inactiveReason(facts: Facts): { detail: string; evidence: Evidence } | null {
  const si = facts.securityInsights;
  if (!si.file || si.file.legacy) return null;
  const f = siField(si, 'repository.status');
  if (!f || typeof f.value !== 'string') return null;
  const status = f.value.trim().toLowerCase();
  if (!NOT_ACTIVE.has(status)) return null;
  return {
    detail: `the repository is not active (Security Insights repository.status is "${status}"), and this requirement applies only while a project is active`,
    evidence: siEvidence(si, 'repository.status', `Security Insights declares the repository status "${f.value.trim().slice(0, 40)}"`),
  };
}

/** Not applicable when the repository is not active; null otherwise (the rule then decides). */
export function whileActive(facts: Facts): Outcome | null {
  const r = inactiveReason(facts);
  return r ? notApplicable(r.detail, [r.evidence]) : null;
}
