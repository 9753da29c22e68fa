// OSPS-BR-01.03: Privileged pipelines do not run untrusted code.
// Fails on privileged triggers (pull_request_target, workflow_run, issue_comment) that check out or
// run pull request code, as found by the workflow analysis (facts/workflows/findings.ts): the head
// reached directly or through env, step outputs, job outputs or shell variables
// (facts/workflows/head-flow.ts). A gate in front of the checkout (facts/workflows/gates.ts) is the
// mitigation, shown at its line: a members-only condition or a permission check lowers the finding
// one step; an environment does when the GitHub API says it requires reviewers, and leaves the
// requirement unknown when that cannot be read and would decide it. Decided by workflowVerdict
// (helpers/workflows.ts): errors and warnings fail, each with file:line:column; notes (gated cases)
// are shown but do not fail; no workflows at all is not applicable, another CI system's
// configuration unknown. Where nothing fails but a privileged job hands over to another
// repository's reusable workflow, which is not read here, the requirement is unknown, naming it
// (openfga's claude-code-review.yaml, dapr's backport.yaml): its steps run with the caller's token.
import type { Facts } from '../facts/types.ts';
import { PRIVILEGED_TRIGGERS } from '../facts/workflows/findings.ts';
import type { Evidence } from '../model/evidence.ts';
import { capEvidence } from './helpers/evidence.ts';
import { callEvidence, callsElsewhere, workflowVerdict } from './helpers/workflows.ts';
import { type Outcome, unknown } from './types.ts';

export const id = 'OSPS-BR-01.03';

const REMEDIATION =
  'Do not check out or download the pull request\'s code in pull_request_target / workflow_run jobs that hold secrets or a write token; build and test it in a `pull_request` workflow with read-only permissions instead.';

export function evaluate(facts: Facts): Outcome {
  const out = workflowVerdict(facts, 'OSPS-BR-01.03', {
    none: 'no privileged trigger (pull_request_target, workflow_run, issue_comment) checks out or runs pull request code',
    remediation: REMEDIATION,
  });
  if (out.status !== 'pass') return out;
  const delegated = delegatedJobs(facts);
  if (delegated.length === 0) return out;
  return unknown(
    `${delegated.length} job(s) on a privileged trigger call another repository's reusable workflow, which is not read here: whether it checks out or runs the pull request's code is not known`,
    `Read each called workflow (at the ref it is called with, pinned to a commit) and check that it does not check out or run the pull request's code; or call it from a \`pull_request\` workflow. ${REMEDIATION}`,
    capEvidence([...delegated, ...out.evidence]),
  );
}

/** Jobs of privileged workflows that call a reusable workflow of another repository. */
function delegatedJobs(facts: Facts): Evidence[] {
  const out: Evidence[] = [];
  for (const call of callsElsewhere(facts)) {
    const { workflow: wf, job } = call;
    const privileged = wf.effectiveEvents.filter((e) => PRIVILEGED_TRIGGERS.includes(e));
    if (privileged.length === 0) continue;
    const secrets = job.secrets === 'inherit' ? ', with all secrets (secrets: inherit)' : job.secrets && job.secrets.length > 0 ? `, passing secret(s) ${job.secrets.slice(0, 5).join(', ')}` : '';
    out.push(callEvidence(call, privileged, `${secrets}; that workflow is not read here`));
  }
  return out;
}
