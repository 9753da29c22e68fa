// Merging what rulesets, classic branch protection and the branch itself say about the default
// branch into one summary. A property is true when any readable source enforces it, false only
// when every source that could enforce it was read and none does, and null otherwise.
import type {
  Answer,
  BranchData,
  BranchProtectionSummary,
  BranchRulesData,
  ClassicProtectionData,
  DerivedFact,
} from './types.ts';

interface Evidence {
  /** undefined: this source could not be read. */
  says: boolean | undefined;
  source: string;
  unknownNote?: string;
}

function decide(evidence: Evidence[]): DerivedFact<boolean> {
  const yes = evidence.filter((e) => e.says === true);
  if (yes.length > 0) return { value: true, sources: yes.map((e) => e.source) };
  const unknown = evidence.filter((e) => e.says === undefined);
  if (unknown.length === 0) return { value: false, sources: evidence.map((e) => e.source) };
  return { value: null, sources: [], note: unknown.map((e) => e.unknownNote).filter(Boolean).join('; ') };
}

export function summariseBranchProtection(
  branchName: string | null,
  rules: Answer<BranchRulesData>,
  classic: Answer<ClassicProtectionData>,
  branch: Answer<BranchData>,
): BranchProtectionSummary {
  const rulesNote = rules.state === 'unknown' ? `rulesets unknown: ${rules.reason}` : undefined;
  const classicNote = classic.state === 'unknown' ? `classic branch protection unknown: ${classic.reason}` : undefined;

  const ruleEvidence = (pred: (data: BranchRulesData) => boolean): Evidence =>
    rules.state === 'ok'
      ? { says: pred(rules.data), source: rules.source.endpoint }
      : { says: undefined, source: rules.endpoint ?? 'rulesets', unknownNote: rulesNote };

  // Classic protection: read directly when the token may; otherwise the branch's `protected: false`
  // still proves there is none.
  const classicEvidence = (pred: (data: ClassicProtectionData) => boolean): Evidence => {
    if (classic.state === 'ok') return { says: classic.data.enabled && pred(classic.data), source: classic.source.endpoint };
    if (branch.state === 'ok' && !branch.data.protected) return { says: false, source: branch.source.endpoint };
    return { says: undefined, source: classic.endpoint ?? 'classic protection', unknownNote: classicNote };
  };

  const hasRule = (type: string) => (data: BranchRulesData) => data.rules.some((r) => r.type === type);

  const pullRequestRequired = decide([
    ruleEvidence(hasRule('pull_request')),
    classicEvidence((c) => c.pullRequestReviewsRequired),
  ]);

  const statusEvidence: Evidence[] = [
    ruleEvidence((d) => d.rules.some((r) => r.type === 'required_status_checks' && (r.requiredStatusChecks?.length ?? 0) > 0)),
    classicEvidence((c) => c.statusChecksRequired),
  ];
  if (branch.state === 'ok' && branch.data.statusCheckEnforcement && branch.data.statusCheckEnforcement !== 'off' && branch.data.statusCheckContexts.length > 0) {
    statusEvidence.push({ says: true, source: branch.source.endpoint });
  }
  const statusChecksRequired = decide(statusEvidence);

  const deletionBlocked = decide([ruleEvidence(hasRule('deletion')), classicEvidence((c) => !c.allowDeletions)]);
  const forcePushBlocked = decide([ruleEvidence(hasRule('non_fast_forward')), classicEvidence((c) => !c.allowForcePushes)]);

  return {
    branch: branchName,
    pullRequestRequired,
    requiredApprovals: approvals(pullRequestRequired, rules, classic),
    statusChecksRequired,
    deletionBlocked,
    forcePushBlocked,
  };
}

function approvals(
  pr: DerivedFact<boolean>,
  rules: Answer<BranchRulesData>,
  classic: Answer<ClassicProtectionData>,
): DerivedFact<number> {
  if (pr.value === false) return { value: 0, sources: pr.sources };
  if (pr.value === null) return { value: null, sources: [], note: pr.note };
  const counts: { n: number; source: string }[] = [];
  if (rules.state === 'ok') {
    for (const rule of rules.data.rules) {
      if (rule.type === 'pull_request') counts.push({ n: rule.requiredApprovingReviewCount ?? 0, source: rules.source.endpoint });
    }
  }
  if (classic.state === 'ok' && classic.data.enabled && classic.data.pullRequestReviewsRequired) {
    counts.push({ n: classic.data.requiredApprovingReviewCount, source: classic.source.endpoint });
  }
  const max = Math.max(...counts.map((c) => c.n));
  const sources = [...new Set(counts.filter((c) => c.n === max).map((c) => c.source))];
  const unread = [rules.state === 'unknown' ? 'rulesets' : null, classic.state === 'unknown' ? 'classic branch protection' : null].filter(
    Boolean,
  );
  return unread.length > 0
    ? { value: max, sources, note: `at least ${max}: ${unread.join(' and ')} could not be read` }
    : { value: max, sources };
}
