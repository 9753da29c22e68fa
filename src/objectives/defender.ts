// Objective 5, Defender: every Baseline requirement at the project's level passes; requirements no
// machine can observe are attested with a link to real evidence (a document, a settings page, a
// release), never a bare "yes". The action's own signed result is the published, checkable result.
//
// Blockers are listed in order of effort, so a maintainer starts with the cheapest change:
//   1. documentation or configuration in the repository (a policy, a guide, a Security Insights link)
//   2. repository or organization settings (MFA, branch rules, private vulnerability reporting)
//   3. CI workflow changes (permissions, untrusted input, scanners, tests)
//   4. release changes (signatures, SBOMs, changelogs, versioned assets)
// Within a tier, catalog order. Unknowns (could not be observed) come after every failure.
import { requirementsAt, type Level } from '../catalog/catalog.ts';
import type { ControlResult } from '../model/control.ts';
import type { Evidence } from '../model/evidence.ts';
import { controlMap, helpFor, satisfaction } from './helpers.ts';
import type { ObjectiveCheck, ObjectiveResult, ObjectiveStatus } from './types.ts';

export type EffortTier = 1 | 2 | 3 | 4;

export const EFFORT_LABELS: Record<EffortTier, string> = {
  1: 'documentation or configuration change',
  2: 'repository or organization setting',
  3: 'CI workflow change',
  4: 'release change',
};

/** Effort per requirement (the longest matching prefix wins); anything unlisted is tier 1. */
const EFFORT_BY_PREFIX: [string, EffortTier][] = [
  ['OSPS-AC-01', 2],
  ['OSPS-AC-02', 2],
  ['OSPS-AC-03', 2],
  ['OSPS-AC-04', 3],
  ['OSPS-BR-01', 3],
  ['OSPS-BR-02', 4],
  ['OSPS-BR-03.01', 2],
  ['OSPS-BR-03.02', 4],
  ['OSPS-BR-04', 4],
  ['OSPS-BR-05', 3],
  ['OSPS-BR-06', 4],
  ['OSPS-BR-07.01', 1],
  ['OSPS-BR-07.02', 1],
  ['OSPS-DO', 1],
  ['OSPS-GV-04', 1],
  ['OSPS-GV', 1],
  ['OSPS-LE-01', 2],
  ['OSPS-LE-02.01', 1],
  ['OSPS-LE-02.02', 4],
  ['OSPS-LE-03.01', 1],
  ['OSPS-LE-03.02', 4],
  ['OSPS-QA-01', 2],
  ['OSPS-QA-02.01', 1],
  ['OSPS-QA-02.02', 4],
  ['OSPS-QA-03', 2],
  ['OSPS-QA-04', 1],
  ['OSPS-QA-05', 1],
  ['OSPS-QA-06.01', 3],
  ['OSPS-QA-06', 1],
  ['OSPS-QA-07', 2],
  ['OSPS-SA', 1],
  ['OSPS-VM-01', 1],
  ['OSPS-VM-02', 1],
  ['OSPS-VM-03', 2],
  ['OSPS-VM-04', 4],
  ['OSPS-VM-05.03', 3],
  ['OSPS-VM-05', 1],
  ['OSPS-VM-06.02', 3],
  ['OSPS-VM-06', 1],
];

export function effortOf(id: string): EffortTier {
  let best: [string, EffortTier] | undefined;
  for (const e of EFFORT_BY_PREFIX) if (id.startsWith(e[0]) && (!best || e[0].length > best[0].length)) best = e;
  return best ? best[1] : 1;
}

const MAX_EVIDENCE = 6;

function firstSentence(s: string, max = 240): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export interface Blocker {
  id: string;
  tier: EffortTier;
  kind: 'fail' | 'weak-attestation' | 'unknown';
  text: string;
  helpUri?: string;
}

export interface DefenderEvaluation {
  result: ObjectiveResult;
  /** Failures and weak attestations by effort, then unknowns. */
  blockers: Blocker[];
}

export function evaluateDefenderDetailed(controls: readonly ControlResult[], level: Level): DefenderEvaluation {
  const byId = controlMap(controls);
  const reqs = requirementsAt(level);
  const blockers: Blocker[] = [];
  const okIds: string[] = [];
  const counts = { pass: 0, 'not-applicable': 0, attested: 0 };
  for (const r of reqs) {
    const c = byId.get(r.id);
    const s = satisfaction(c);
    const tier = effortOf(r.id);
    const help = helpFor(r.id, byId);
    if (s.state === 'ok') {
      okIds.push(r.id);
      counts[s.how]++;
      continue;
    }
    const title = c?.title ?? r.title;
    let kind: Blocker['kind'];
    let text: string;
    if (s.state === 'fail') {
      kind = 'fail';
      text = `${r.id} (${title}): ${firstSentence(c?.remediation ?? 'fix what the evidence shows')}`;
    } else if (s.state === 'weak-attestation') {
      kind = 'weak-attestation';
      text = `${r.id} (${title}): the attestation is a bare declaration; link real evidence (a document, a settings page or a release URL) from Security Insights`;
    } else {
      kind = 'unknown';
      const why = c?.evidence.find((e) => e.kind === 'note')?.detail ?? (c ? 'could not be observed' : 'not in the result');
      text = `${r.id} (${title}): could not be observed (${firstSentence(why, 160)})${c?.remediation ? `; ${firstSentence(c.remediation, 160)}` : ''}`;
    }
    blockers.push({ id: r.id, tier, kind, text, ...(help ? { helpUri: help } : {}) });
  }
  const order = new Map(reqs.map((r, i) => [r.id, i]));
  const rank = (b: Blocker) => (b.kind === 'unknown' ? 10 : 0) + b.tier;
  blockers.sort((a, b) => rank(a) - rank(b) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));

  const checks: ObjectiveCheck[] = [];
  const failing = blockers.filter((b) => b.kind !== 'unknown');
  const unknowns = blockers.filter((b) => b.kind === 'unknown');
  const summaryEvidence: Evidence[] = [
    {
      kind: 'note',
      detail: `${okIds.length} of ${reqs.length} requirements at Level ${level} are met (${counts.pass} pass, ${counts.attested} attested with a link, ${counts['not-applicable']} not applicable); ${failing.length} blocking, ${unknowns.length} could not be observed`,
    },
  ];
  checks.push({
    id: 'all-requirements',
    title: `Every OSPS Baseline requirement at Level ${level} passes, is not applicable, or is attested with a link to real evidence`,
    status: failing.length > 0 ? 'fail' : unknowns.length > 0 ? 'unknown' : 'pass',
    evidence: summaryEvidence,
    ...(blockers.length > 0 ? { missing: `resolve ${blockers.length} requirement(s), starting with ${blockers[0].id}` } : {}),
  });
  for (const b of blockers) {
    const c = byId.get(b.id);
    const evidence: Evidence[] = (c?.evidence ?? [{ kind: 'note', detail: 'the requirement is not in the result' }]).slice(0, MAX_EVIDENCE);
    checks.push({
      id: b.id,
      title: `${b.id}: ${c?.title ?? ''} (${EFFORT_LABELS[b.tier]})`.replace(': (', ' ('),
      status: b.kind === 'unknown' ? 'unknown' : 'fail',
      evidence,
      missing: b.text,
    });
  }

  let status: ObjectiveStatus;
  if (failing.length === 0 && unknowns.length === 0) status = 'met';
  else if (failing.length === 0) status = 'unknown';
  else if (okIds.length === 0) status = 'unmet';
  else status = 'partial';
  return {
    result: { id: 'defender', title: 'Defender: every Baseline requirement at the level is met', status, checks, missing: blockers.map((b) => b.text) },
    blockers,
  };
}

export function evaluateDefender(controls: readonly ControlResult[], level: Level): ObjectiveResult {
  return evaluateDefenderDetailed(controls, level).result;
}
