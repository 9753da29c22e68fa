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
// configuration unknown.
import type { Facts } from '../facts/types.ts';
import { workflowVerdict } from './helpers/workflows.ts';
import type { Outcome } from './types.ts';

export const id = 'OSPS-BR-01.03';

export function evaluate(facts: Facts): Outcome {
  return workflowVerdict(facts, 'OSPS-BR-01.03', {
    none: 'no privileged trigger (pull_request_target, workflow_run, issue_comment) checks out or runs pull request code',
    remediation:
      'Do not check out or download the pull request\'s code in pull_request_target / workflow_run jobs that hold secrets or a write token; build and test it in a `pull_request` workflow with read-only permissions instead.',
  });
}
