// Scans that evaluate every change before it lands (OSPS-VM-05.03 dependency scans, OSPS-VM-06.02
// SAST): the workflow detector's hits on pre-merge triggers, whether a required status check makes
// them block (from the API, or else as the tree declares it: helpers/declared-settings.ts), and
// tools declared in Security Insights. No scan seen, but a pull request job calls another repository's
// reusable workflow that looks like a scan (not read here): unknown, not fail.
import type { Facts } from '../../facts/types.ts';
import { type Detector, type DetectorHit, SAST_IAC_FILES } from '../../facts/workflows/types.ts';
import type { Evidence } from '../../model/evidence.ts';
import { attested, fail, type Outcome, pass, unknown } from '../types.ts';
import { declaredDefaultBranch, declaredEvidence, NOT_OBSERVED } from './declared-settings.ts';
import { capEvidence } from './evidence.ts';
import { insightsEvidence, insightsField } from './insights.ts';
import { baseOnlyOnPullRequestTarget, callEvidence, callsElsewhere, pathFilters, PRE_MERGE } from './workflows.ts';

interface ScanSpec {
  detector: Detector;
  /** SecurityTool.type values that mean this kind of tool. */
  siType: RegExp;
  what: string;
  remediation: string;
  /**
   * When a pre-merge trigger's `paths` filter still sees every change the scan is about, what it sees (a dependency scan
   * filtered to the manifests and lockfiles, when they are all of the repository's: no change adds a dependency unseen);
   * null when it does not. Without it, a paths filter leaves the scan undecided.
   */
  filterCovers?: (facts: Facts, paths: string[]) => string | null;
  /** Words that name a scan of this kind (own) and of the other (other) in a called workflow of another repository. */
  calls?: { own: RegExp; other: RegExp };
}

/**
 * A scan that runs on a trigger that evaluates a change before it lands. A scan that runs only on push evaluates a change
 * after it is merged (or only on branches of this repository, never on a fork's pull request), so
 * it cannot block the change as the requirement asks.
 */
function beforeMerge(h: DetectorHit): boolean {
  return h.qualifies && h.triggers.some((t) => PRE_MERGE.has(t));
}

/**
 * A scan command run on the checked-out tree whose only pre-merge trigger is pull_request_target, in a job that checks
 * out the base branch (workflows.ts baseOnlyOnPullRequestTarget): it scans the code already merged, not the change. An
 * action that reads the change from the API (dependency-review-action) is not judged so.
 */
function scansBaseOnly(facts: Facts, h: DetectorHit): boolean {
  return h.via !== 'uses' && baseOnlyOnPullRequestTarget(facts, h);
}

function hitEvidence(h: DetectorHit, qualifies: boolean): Evidence {
  const where = h.path === h.workflow ? `${h.workflow} job ${h.job}` : `${h.path} (from ${h.workflow} job ${h.job})`;
  const when = h.triggers.length ? h.triggers.join(', ') : 'no trigger';
  const detail = qualifies
    ? `${h.tool} runs on every change (${when}) in ${where}`
    : h.qualifies
      ? `${h.tool} runs only on ${when} in ${where}, after a change lands: no pull_request or merge_group trigger, so it cannot block a change`
      : `${h.tool} runs only on ${when} in ${where}, not on every change`;
  return { kind: 'workflow', path: h.path, line: h.line, column: h.column, detail };
}

/** A pre-merge scan that does not evaluate every change to the code: it analyses other files, or runs only when some paths change. */
function partialEvidence(h: DetectorHit, paths: string[] | null): Evidence {
  const base = hitEvidence(h, true).detail;
  const why = h.covers
    ? `but it analyses only ${h.covers}, not the project's code`
    : `but only on changes to ${(paths ?? []).slice(0, 5).join(', ')} (the workflow's paths filter), not on every change`;
  return { kind: 'workflow', path: h.path, line: h.line, column: h.column, detail: `${base}, ${why}` };
}

export function perChange(facts: Facts, spec: ScanSpec): Outcome {
  const baseOnly = spec.detector.hits.filter((h) => beforeMerge(h) && scansBaseOnly(facts, h));
  const preMerge = spec.detector.hits.filter((h) => beforeMerge(h) && !baseOnly.includes(h));
  const filtered = new Map(preMerge.map((h) => [h, h.covers ? null : pathFilters(facts, h)] as const));
  const seen = new Map<DetectorHit, string>();
  for (const h of preMerge) {
    const paths = h.covers ? null : filtered.get(h);
    const covered = paths && spec.filterCovers?.(facts, paths);
    if (paths && covered) seen.set(h, `its paths filter (${paths.slice(0, 5).join(', ')}) ${covered}`);
  }
  const qualifying = preMerge.filter((h) => !h.covers && (filtered.get(h) === null || seen.has(h)));
  const partial = preMerge.filter((h) => !qualifying.includes(h)).map((h) => partialEvidence(h, filtered.get(h) ?? null));
  const blocking = facts.github.branchProtection.statusChecksRequired;
  if (qualifying.length > 0) {
    const evidence = qualifying.map((h) => {
      const e = hitEvidence(h, true);
      const why = seen.get(h);
      return why ? { ...e, detail: `${e.detail}, ${why}` } : e;
    });
    if (blocking.value === false)
      return fail(
        [...evidence, { kind: 'api', detail: `the default branch requires no status checks (${blocking.sources.join(', ')}), so a failing ${spec.what} does not block a merge` }],
        `Require the ${spec.what} job as a status check on the default branch (a ruleset or branch protection rule), so that violations block the change.`,
      );
    if (blocking.value === true) {
      evidence.push({ kind: 'api', detail: `the default branch requires status checks (${blocking.sources.join(', ')})` });
      return pass(capEvidence(evidence));
    }
    // The requirement asks that violations block the change: a scan seen running is half of it,
    // as QA-03.01 and QA-07.01 leave a branch-protection question they cannot read unknown. The
    // other half may be declared in the tree: the project's word, so attested.
    const required = declaredScanChecks(facts, qualifying);
    if (required.length > 0)
      return attested(
        capEvidence([...evidence, ...required, { kind: 'note', detail: NOT_OBSERVED }]),
        `Run with a token that can read branch protection (administration: read) to confirm that the ${spec.what}'s check is required.`,
      );
    return unknown(
      `a ${spec.what} runs on every change, but whether its check is required before merging could not be read${blocking.note ? ` (${blocking.note})` : ''}`,
      `Require the ${spec.what} job as a status check on the default branch, and run with a token that can read branch protection (administration: read) so that it can be confirmed.`,
      capEvidence(evidence),
    );
  }
  const tools = insightsField(facts, 'repository.security.tools');
  const declared: { name: string; evidence: Evidence }[] = [];
  const notCi: Evidence[] = [];
  if (tools && Array.isArray(tools.value)) {
    tools.value.forEach((t: unknown, i: number) => {
      if (t === null || typeof t !== 'object') return;
      const o = t as Record<string, unknown>;
      if (typeof o.type !== 'string' || !spec.siType.test(o.type)) return;
      const name = typeof o.name === 'string' ? o.name.slice(0, 80) : 'unnamed tool';
      const integration = o.integration && typeof o.integration === 'object' ? (o.integration as Record<string, unknown>) : {};
      const field = `repository.security.tools[${i}]`;
      if (integration.ci === true)
        declared.push({ name, evidence: insightsEvidence(facts, `${field}.integration.ci`, `Security Insights declares ${spec.what} tool ${JSON.stringify(name)} (type ${JSON.stringify(o.type)}) integrated in CI`) });
      else notCi.push(insightsEvidence(facts, `${field}.integration`, `Security Insights lists ${spec.what} tool ${JSON.stringify(name)}, but not as integrated in CI`));
    });
  }
  const baseEvidence = (h: DetectorHit): Evidence => {
    const e = hitEvidence(h, true);
    return { ...e, detail: `${e.detail}, but only on pull_request_target in a job that checks out the base branch (actions/checkout without ref:): it scans the code already merged, not the change` };
  };
  const others = [...partial, ...baseOnly.map(baseEvidence), ...spec.detector.hits.filter((h) => !preMerge.includes(h) && !baseOnly.includes(h)).map((h) => hitEvidence(h, false))];
  // A declared tool the workflows show running only on a schedule (or by hand) contradicts "ci: true";
  // a declared tool not seen in any workflow (a GitHub app, an external service) is the project's word.
  const seenTools = spec.detector.hits.map((h) => h.tool.toLowerCase());
  const uncontradicted = declared.filter((d) => !seenTools.some((t) => sameTool(t, d.name)));
  if (uncontradicted.length > 0)
    return attested(capEvidence([...uncontradicted.map((d) => d.evidence), ...others]), `Run the ${spec.what} tool in a workflow on pull_request (or require the check its app reports) so that it can be observed, or keep the Security Insights entry current.`);
  const evidence: Evidence[] = [...others, ...declared.map((d) => ({ ...d.evidence, detail: `${d.evidence.detail}, but the workflow that runs it does not run on every change` })), ...notCi];
  if (evidence.length === 0) evidence.push({ kind: 'note', detail: `no ${spec.what} tool found in any workflow, and none declared in Security Insights repository.security.tools` });
  // After the reason: a file that does not parse is one GitHub does not run either, so it hides no scan.
  const broken = [...new Set(facts.workflows.parseErrors.map((e) => e.path))];
  if (broken.length > 0)
    evidence.push({ kind: 'note', detail: `${broken.length} workflow or action file(s) could not be parsed; GitHub would not run them either (${broken.slice(0, 3).join(', ')}${broken.length > 3 ? ', ...' : ''})` });
  // A scan of infrastructure code is a scan of the codebase when that is what the project is, and a
  // paths filter may cover all of its code: neither is decided from here.
  const undecided = preMerge.filter((h) => h.covers === SAST_IAC_FILES || (!h.covers && filtered.get(h) !== null));
  if (undecided.length > 0)
    return unknown(
      `a ${spec.what} runs before merging, but only on some files (${undecided.map((h) => h.tool).filter((t, i, a) => a.indexOf(t) === i).join(', ')}); whether that is every change to the project's code is not decided here`,
      spec.remediation,
      capEvidence(evidence),
    );
  // A scan may be in a workflow of another repository that a pull request job calls: not read here, it decides nothing.
  const delegated = spec.calls ? delegatedScans(facts, spec.calls) : [];
  if (delegated.length > 0)
    return unknown(
      `no ${spec.what} found in this repository's workflows, but ${delegated.length} job(s) on pull requests call another repository's reusable workflow that looks like a scan, which is not read here: whether it runs a ${spec.what} is not known`,
      `Check that the called workflow runs a ${spec.what} and that its check is required before merging, and list the tool in Security Insights repository.security.tools (integration.ci: true) so that it is stated here; or: ${spec.remediation}`,
      capEvidence([...delegated, ...evidence]),
    );
  const late = spec.detector.hits.some((h) => !preMerge.includes(h));
  return fail(capEvidence(evidence), late ? `Run the ${spec.what} on every change: add pull_request (and push) triggers to the workflow that runs it, and require its status check before merging.` : spec.remediation);
}

/** Words of a called workflow's path, or of the calling job's id or name, that name a scan of either kind. */
const SCAN_CALL = /scan|security/i;
/** ...that name a SAST scan, or a dependency (SCA) scan. */
export const SAST_CALL = /codeql|sast|semgrep|gosec|static[-_]?analysis/i;
export const SCA_CALL = /vuln|audit|osv|trivy|snyk|grype|fossa|dependenc|deps/i;

/**
 * Jobs on a pre-merge trigger that call another repository's reusable workflow which looks like a scan of this kind: its
 * path or the job names one (an organization's shared `code-scan.yaml`), or the job may upload code scanning results
 * (`security-events: write`), and nothing names the other kind (a shared `codeql.yaml` is no dependency scan).
 */
function delegatedScans(facts: Facts, words: { own: RegExp; other: RegExp }): Evidence[] {
  const out: Evidence[] = [];
  for (const call of callsElsewhere(facts)) {
    const { workflow: wf, job, uses: u } = call;
    const triggers = wf.effectiveEvents.filter((e) => PRE_MERGE.has(e));
    if (triggers.length === 0) continue;
    const named = `${u.path ?? ''} ${job.id} ${job.name ?? ''}`;
    const uploads = job.permissions.scopes['security-events'] === 'write';
    if (!words.own.test(named) && (words.other.test(named) || !(uploads || SCAN_CALL.test(named)))) continue;
    out.push(callEvidence(call, triggers, ', which is not read here'));
  }
  return out;
}

/**
 * Status checks declared required on the default branch that are a qualifying scan's: its job's
 * check (the job's name or id; a matrix adds " (...)", a reusable workflow's jobs " / ...") or the
 * check code scanning reports under the tool's name ("CodeQL").
 */
function declaredScanChecks(facts: Facts, hits: DetectorHit[]): Evidence[] {
  const out: Evidence[] = [];
  for (const { file, branch } of declaredDefaultBranch(facts)) {
    for (const check of branch.checks) {
      const hit = hits.find((h) => checkOf(facts, h, check.value));
      if (hit) out.push(declaredEvidence(file, check.line, `status check ${JSON.stringify(check.value)}, the scan's in ${hit.workflow} job ${hit.job}, declared required before merging to ${branch.name}`));
    }
  }
  return out;
}

function checkOf(facts: Facts, h: DetectorHit, context: string): boolean {
  if (context.toLowerCase() === h.tool.split(/[\s/(]/)[0].toLowerCase()) return true;
  const job = facts.workflows.workflows.find((w) => w.path === h.workflow)?.jobs.find((j) => j.id === h.job);
  if (!job) return false;
  const named = job.name ?? job.id;
  // A name built from an expression is known up to its first `${{`.
  const cut = named.indexOf('${{');
  if (cut >= 0) return cut >= 3 && context.startsWith(named.slice(0, cut));
  return context === named || context.startsWith(`${named} (`) || context.startsWith(`${named} / `);
}

/** A detector's tool name ('osv-scanner', 'codeql') and a Security Insights tool name ('OSV-Scanner', 'CodeQL analysis'). */
function sameTool(detected: string, declaredName: string): boolean {
  const norm = (x: string) => x.toLowerCase().replace(/[^a-z0-9]/g, '');
  const a = norm(detected.split(/[\s/]/)[0]);
  const b = norm(declaredName);
  return a.length >= 3 && b.length >= 3 && (b.includes(a) || a.includes(b));
}

export function dedupe(items: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return items.filter((e) => {
    const k = `${e.path}:${e.line}:${e.detail}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
