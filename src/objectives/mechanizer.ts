// Objective 4, Mechanizer: a recurring OSPS Baseline scan is wired into the default branch (a
// workflow that runs a Baseline scanner on push to the default branch, on a schedule or on
// release, not only on pull requests; a scanner project may build and run its own scanner), and
// the tool is listed under repository.security.tools in
// Security Insights. A passing score is not required. With a token, the newest successful run on
// the default branch is shown as information; it never decides the objective.
import type { Facts } from '../facts/types.ts';
import { siEvidence } from '../facts/security-insights/field.ts';
import { insightsField } from '../rules/helpers/insights.ts';
import { inlineYaml, RECURRING_SCAN_WORKFLOW, SCANNER_TOOL } from '../model/advice.ts';
import type { Evidence } from '../model/evidence.ts';
import type { CheckAction, ObjectiveCheck, ObjectiveResult, ObjectiveStatus } from './types.ts';

const TOOLS_FIELD = SCANNER_TOOL.field;

/** The tools entry to add (src/model/advice.ts), named after the scanner the workflow runs; `type` is one the schema allows. */
function toolEntry(name: string): string {
  return `- ${inlineYaml({ ...SCANNER_TOOL.value, name })}`;
}
/** Names under which a Baseline scanner may be listed in Security Insights. */
export const SCANNER_NAME_RE = /security[-_ ]?slam|osps[-_ ]?baseline|\bpvtr\b|privateer/i;
const EXAMPLE_WORKFLOW = RECURRING_SCAN_WORKFLOW.file;

export interface MechanizerEvaluation {
  result: ObjectiveResult;
  actions: CheckAction[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function toolText(t: Obj): string {
  const parts: string[] = [];
  for (const k of ['name', 'type', 'comment', 'rulesets', 'version']) if (typeof t[k] === 'string') parts.push(t[k] as string);
  return parts.join(' ');
}

export function evaluateMechanizerDetailed(facts: Facts): MechanizerEvaluation {
  const scanners = facts.workflows.scanners;
  const recurring = scanners.filter((s) => s.recurring);
  const checks: ObjectiveCheck[] = [];
  const actions: CheckAction[] = [];
  const branch = facts.context.defaultBranch ?? facts.github.defaultBranch.name ?? 'the default branch';

  // 1. A recurring scanner.
  if (recurring.length > 0) {
    checks.push({
      id: 'recurring-scan',
      title: 'A Baseline scanner runs on push to the default branch, on a schedule or on release',
      status: 'pass',
      evidence: recurring.slice(0, 5).map((s): Evidence => ({ kind: 'workflow', path: s.path, line: s.line, column: s.column, detail: `${s.uses} runs in job ${s.job} (${s.recurringReasons.join(', ') || s.triggers.join(', ')})` })),
    });
  } else if (scanners.length > 0) {
    const s = scanners[0];
    const text = `add a push trigger for ${branch} or a schedule trigger to ${s.path}: the Baseline scanner there runs only on ${s.triggers.join(', ') || 'no trigger'}`;
    checks.push({
      id: 'recurring-scan',
      title: 'A Baseline scanner runs on push to the default branch, on a schedule or on release',
      status: 'fail',
      evidence: scanners.slice(0, 5).map((x): Evidence => ({ kind: 'workflow', path: x.path, line: x.line, column: x.column, detail: `${x.uses} runs only on ${x.triggers.join(', ') || 'no trigger'}; not recurring${x.recurringReasons.length ? ` (${x.recurringReasons.join(', ')})` : ''}` })),
      missing: text,
    });
    actions.push({ checkId: 'recurring-scan', text, file: s.path });
  } else {
    const broken = facts.workflows.parseErrors.slice(0, 3).map((e): Evidence => ({ kind: 'workflow', path: e.path, line: e.line, column: e.column, detail: `workflow not read: ${e.message}` }));
    const text = `add a workflow (e.g. ${EXAMPLE_WORKFLOW}) that runs the Security Slam action, revanite-io/osps-baseline-action or revanite-io/pvtr-publish-results on push to ${branch} and on a schedule`;
    checks.push({
      id: 'recurring-scan',
      title: 'A Baseline scanner runs on push to the default branch, on a schedule or on release',
      status: 'fail',
      evidence: [{ kind: 'note', detail: `no workflow runs an OSPS Baseline scanner (${facts.workflows.workflows.length} workflow file(s) read)` }, ...broken],
      missing: text,
    });
    actions.push({ checkId: 'recurring-scan', text, file: EXAMPLE_WORKFLOW });
  }

  // 2. Listed in Security Insights.
  const si = facts.securityInsights;
  const siPath = si.file?.path ?? 'security-insights.yml';
  let listed: ObjectiveCheck['status'] = 'fail';
  let listedEvidence: Evidence[];
  let listedMissing: string | undefined;
  const toolName = recurring[0]?.uses.includes('osps-baseline-action') ? 'OSPS Baseline' : recurring[0]?.uses.includes('pvtr') ? 'Privateer (pvtr)' : String(SCANNER_TOOL.value.name);
  if (!si.file) {
    listedEvidence = [{ kind: 'note', detail: 'no Security Insights file' }];
    listedMissing = `add security-insights.yml with the scanner under \`${TOOLS_FIELD}\`: ${toolEntry(toolName)}`;
  } else if (si.file.legacy) {
    listedEvidence = [{ kind: 'security-insights', path: si.file.path, detail: 'the Security Insights file is schema 1.x, which has no repository.security.tools' }];
    listedMissing = `list the scanner under \`${TOOLS_FIELD}\` in a Security Insights 2.x file`;
  } else if (!isObj(si.data)) {
    listed = 'unknown';
    listedEvidence = [{ kind: 'security-insights', path: si.file.path, detail: 'the Security Insights file could not be read as a mapping' }];
    listedMissing = `fix ${si.file.path} so that \`${TOOLS_FIELD}\` can be read`;
  } else {
    const f = insightsField(facts, TOOLS_FIELD);
    const tools = f && Array.isArray(f.value) ? f.value : [];
    // A scanner project scanning itself may list the scanner under its own name.
    const ownName = scanners.some((s) => s.selfBuilt) ? (facts.context.repository?.split('/')[1]?.toLowerCase() ?? null) : null;
    const idx = tools.findIndex((t) => isObj(t) && (SCANNER_NAME_RE.test(toolText(t)) || (ownName !== null && toolText(t).toLowerCase().includes(ownName))));
    if (idx >= 0) {
      listed = 'pass';
      const t = tools[idx] as Obj;
      listedEvidence = [siEvidence(si, `${TOOLS_FIELD}[${idx}]`, `${TOOLS_FIELD} lists ${JSON.stringify(String(t.name ?? '').slice(0, 80))}`)];
    } else {
      listedEvidence = [siEvidence(si, TOOLS_FIELD, tools.length ? `${TOOLS_FIELD} lists ${tools.length} tool(s), none of them an OSPS Baseline scanner` : `no ${TOOLS_FIELD}`)];
      listedMissing = `list the scanner under \`${TOOLS_FIELD}\` in ${siPath}: ${toolEntry(toolName)}`;
    }
  }
  checks.push({ id: 'listed-in-security-insights', title: `The scanner is listed under ${TOOLS_FIELD} in Security Insights`, status: listed, evidence: listedEvidence, ...(listedMissing ? { missing: listedMissing } : {}) });
  if (listedMissing) actions.push({ checkId: 'listed-in-security-insights', text: listedMissing, field: TOOLS_FIELD, file: siPath });

  // 3. Last successful run on the default branch (information only).
  if (recurring.length > 0) {
    const paths = new Set(recurring.map((s) => s.path));
    const runs = facts.github.scannerRuns.filter((r) => paths.has(r.workflow));
    const evidence: Evidence[] = [];
    let status: ObjectiveCheck['status'] = 'unknown';
    let missing: string | undefined;
    let newest: { at: string; url: string; path: string } | null = null;
    const unknownReasons: string[] = [];
    let answered = false;
    for (const r of runs) {
      const a = r.lastSuccess;
      if (a.state === 'unknown') {
        unknownReasons.push(a.reason);
        continue;
      }
      answered = true;
      if (a.data && (!newest || (a.data.createdAt ?? '') > newest.at)) newest = { at: a.data.createdAt ?? a.data.updatedAt ?? '', url: a.data.htmlUrl, path: r.workflow };
    }
    if (newest) {
      status = 'pass';
      evidence.push({ kind: 'api', url: newest.url, detail: `last successful run of ${newest.path} on ${branch}: ${newest.at || 'date not given'}` });
    } else if (answered) {
      status = 'fail';
      evidence.push({ kind: 'api', detail: `no successful run of ${[...paths].join(', ')} on ${branch} yet` });
      missing = `let ${[...paths][0]} run once on ${branch} (information; does not block this objective)`;
    } else {
      const why = unknownReasons[0] ?? facts.github.skippedReason ?? 'the workflow runs were not asked for';
      evidence.push({ kind: 'note', detail: `the last successful run could not be read: ${why}` });
      missing = 'run with a GitHub token (actions: read) to show the last successful run (information; does not block this objective)';
    }
    checks.push({ id: 'last-successful-run', title: 'Last successful run on the default branch (information, does not block)', status, evidence, ...(missing ? { missing } : {}) });
  }

  const recurringOk = checks[0].status === 'pass';
  let status: ObjectiveStatus;
  if (recurringOk && listed === 'pass') status = 'met';
  else if (recurringOk && listed === 'unknown') status = 'unknown';
  else if (scanners.length > 0 || listed === 'pass') status = 'partial';
  else status = 'unmet';
  const missing = checks.filter((c) => c.status !== 'pass' && c.missing && c.id !== 'last-successful-run').map((c) => c.missing as string);
  return { result: { id: 'mechanizer', title: 'Mechanizer: a recurring OSPS Baseline scan on the default branch', status, checks, missing }, actions };
}

export function evaluateMechanizer(facts: Facts): ObjectiveResult {
  return evaluateMechanizerDetailed(facts).result;
}
