// OSPS-AC-04.01: CI/CD tasks without declared permissions get the lowest permissions.
// What an undeclared task gets is the repository's "Workflow permissions" setting (read, or read
// and write), which only the GitHub API shows, and only to a token with administration: read.
// A workflow that declares `permissions:` at the top level or on every job does not depend on it,
// a job that calls a workflow of this repository counting as declared when that workflow declares
// its own (facts/workflows/findings.ts). So: every workflow declares → pass (workflowVerdict,
// helpers/workflows.ts; notes, such as a called-only workflow, do not fail); some declare nothing
// → the setting decides: read passes, read and write fails, unread is unknown, with the workflows
// that would get it as evidence. A pass lists each workflow's top-level permissions.
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { apiUnknownDetail, capEvidence } from './helpers/evidence.ts';
import { workflowVerdict } from './helpers/workflows.ts';
import { fail, type Outcome, pass, unknown } from './types.ts';

export const id = 'OSPS-AC-04.01';

const REMEDIATION =
  'Add `permissions: {}` (or `contents: read`) at the top of each workflow named, and grant more per job; also set Settings → Actions → Workflow permissions to "Read repository contents".';

export function evaluate(facts: Facts): Outcome {
  const out = workflowVerdict(facts, 'OSPS-AC-04.01', {
    none: 'each declares permissions: at the top level or on every job (or calls a workflow of this repository that does)',
    remediation: REMEDIATION,
  });
  if (out.status === 'pass') {
    out.evidence = capEvidence([...out.evidence, ...declared(facts)]);
    return out;
  }
  if (out.status !== 'fail') return out;
  // Only workflows that declare nothing fail this requirement: the setting they fall back on decides.
  const setting = facts.github.workflowPermissions;
  if (setting.state === 'unknown') {
    return unknown(
      `${apiUnknownDetail(setting, "the repository's default workflow permissions (Settings → Actions → Workflow permissions)")}; the workflows below declare none, so their jobs get that default`,
      `${REMEDIATION} Or run with a token that has administration: read, so that the setting can be read.`,
      out.evidence,
    );
  }
  const api: Evidence = {
    kind: 'api',
    detail: `the repository's default workflow permissions are ${setting.data.defaultPermissions === 'read' ? 'read (contents and packages)' : 'read and write'} (${setting.source.endpoint})`,
  };
  if (setting.data.defaultPermissions === 'read') return pass(capEvidence([api, ...out.evidence.map(asReadDefault), ...declared(facts)]));
  return fail(capEvidence([api, ...out.evidence]), REMEDIATION);
}

/** Each workflow's top-level `permissions:`. */
function declared(facts: Facts): Evidence[] {
  return facts.workflows.workflows
    .filter((w) => w.valid && w.permissions.position)
    .map((w): Evidence => ({ kind: 'workflow', path: w.path, line: w.permissions.position!.line, column: w.permissions.position!.column, detail: `top-level permissions: ${w.permissions.kind}` }));
}

/** A finding about an undeclared workflow, told as what it is once the default is known to be read. */
function asReadDefault(e: Evidence): Evidence {
  return e.detail.startsWith('warning: ') ? { ...e, detail: `note: ${e.detail.slice('warning: '.length)} The default is read (GitHub API).` } : e;
}
