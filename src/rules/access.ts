// OSPS-AC rules: multi-factor authentication, collaborator permissions, protection of the primary
// branch, and the permissions of CI/CD tasks. Also exports two helpers the BR and QA rules share:
// `workflowVerdict` (workflow findings for one requirement) and `branchFact` (a merged
// branch-protection property as an outcome).
import type { DerivedFact } from '../facts/github/types.ts';
import type { Facts } from '../facts/types.ts';
import type { Finding } from '../facts/workflows/types.ts';
import { documentsOf } from '../facts/documents.ts';
import { apiUnknownDetail, capEvidence, fileEvidence, findSectionIn, findStatementIn, negatedIn, quoteSentence, sectionEvidence, statementEvidence, statementIn } from './helpers.ts';
import { attested, fail, notApplicable, pass, unknown, type Evidence, type Outcome, type Rule } from './types.ts';

// ---- Shared helpers (used by build-release.ts and quality.ts too) ----

/** The concrete API URL of a templated endpoint such as `GET /repos/{owner}/{repo}/branches/{branch}`. */
export function endpointUrl(facts: Facts, endpoint: string): string {
  const [owner = '', repo = ''] = (facts.github.repository || facts.context.repository || '').split('/');
  const branch = facts.github.branchProtection.branch ?? facts.github.defaultBranch.name ?? facts.context.defaultBranch ?? '';
  const path = endpoint
    .replace(/^[A-Z]+\s+/, '')
    .replace('{owner}', encodeURIComponent(owner))
    .replace('{repo}', encodeURIComponent(repo))
    .replace('{branch}', encodeURIComponent(branch));
  return `${facts.github.apiUrl.replace(/(?<!\/)\/+$/, '')}${path}`;
}

export function apiEvidence(facts: Facts, endpoint: string, detail: string): Evidence {
  return { kind: 'api', url: endpointUrl(facts, endpoint), detail: `${detail} (${endpoint})` };
}

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

/** CI systems other than GitHub Actions, whose pipelines this action does not analyse. */
const OTHER_CI = /^(\.gitlab-ci\.ya?ml|\.circleci\/config\.ya?ml|Jenkinsfile|\.travis\.ya?ml|azure-pipelines\.ya?ml|\.drone\.ya?ml|bitbucket-pipelines\.ya?ml|\.buildkite\/.+\.ya?ml|\.woodpecker(\.ya?ml|\/.+\.ya?ml)|\.cirrus\.ya?ml|appveyor\.ya?ml|\.forgejo\/workflows\/.+\.ya?ml|\.gitea\/workflows\/.+\.ya?ml)$/;

export function otherCiFiles(facts: Facts): string[] {
  return facts.files.filter((f) => OTHER_CI.test(f.path)).map((f) => f.path);
}

function findingEvidence(f: Finding): Evidence {
  const snippet = f.snippet ? ` — "${f.snippet}"` : '';
  return { kind: 'workflow', path: f.path, line: f.line, column: f.column, detail: `${f.severity}: ${f.message}${snippet}` };
}

/**
 * Workflow findings for one requirement as an outcome.
 * - no GitHub Actions workflows or actions: not-applicable, or unknown when another CI system's
 *   configuration is present (not analysed);
 * - findings of severity error or warning: fail, each with file:line:column;
 * - findings of severity note only (a guarded or called-only case the analysis judged low risk):
 *   pass, with the notes as evidence for a person to review;
 * - files GitHub would run but that could not be analysed (size limit, unreadable), or findings cut
 *   at their cap: unknown, unless something already fails.
 */
export function workflowVerdict(facts: Facts, id: string, text: { none: string; remediation: string }): Outcome {
  const wf = facts.workflows;
  const own = wf.findings.filter((f) => f.requirement === id);
  const failing = own.filter((f) => f.severity !== 'note');
  const notes = own.filter((f) => f.severity === 'note');
  const valid = wf.workflows.filter((w) => w.valid);
  const actions = wf.actions.filter((a) => a.valid && a.using === 'composite');
  if (failing.length > 0) return fail(capEvidence([...failing, ...notes].map(findingEvidence)), text.remediation);

  const unanalysed = wf.parseErrors.filter((e) => e.kind === 'limit' || e.kind === 'unreadable');
  const broken = wf.parseErrors.filter((e) => e.kind === 'yaml' || e.kind === 'structure');
  if (wf.workflows.length === 0 && wf.parseErrors.length === 0) {
    const other = otherCiFiles(facts);
    if (other.length > 0)
      return unknown(
        `no GitHub Actions workflows; CI configuration of another system is present (${other.slice(0, 5).join(', ')}) and is not analysed`,
        'Review those pipelines by hand for this requirement, or move CI to GitHub Actions where it can be checked.',
      );
    return notApplicable('no CI/CD pipelines: no GitHub Actions workflows in .github/workflows and no other CI configuration');
  }
  const scope = `${valid.length} workflow(s)${actions.length > 0 ? ` and ${actions.length} composite action(s)` : ''} analysed`;
  const evidence: Evidence[] = [{ kind: 'note', detail: `${scope}, ${text.none}` }, ...notes.map(findingEvidence)];
  for (const e of broken)
    evidence.push({ kind: 'workflow', path: e.path, line: e.line, column: e.column, detail: `not analysed: ${e.message} (GitHub does not run a workflow it cannot parse)` });
  if (unanalysed.length > 0)
    return unknown(
      `${unanalysed.length} workflow file(s) GitHub may run could not be analysed`,
      'Split or shorten the workflow files named so that they can be analysed.',
      [...evidence, ...unanalysed.map((e): Evidence => ({ kind: 'workflow', path: e.path, line: e.line, column: e.column, detail: `not analysed: ${e.message}` }))],
    );
  if (wf.findingsTruncated)
    return unknown('workflow findings were cut at their cap before every file was analysed', 'Fix the findings reported and run the evaluation again.', evidence);
  if (valid.length === 0 && actions.length === 0)
    return notApplicable('no workflow that GitHub can run: every workflow file fails to parse', evidence);
  return pass(capEvidence(evidence));
}

// ---- OSPS-AC-01.01: multi-factor authentication ----
// No token a workflow gets can read whether the organization requires two-factor authentication
// (`two_factor_requirement_enabled` needs an organization owner's token), and Security Insights has
// no field for it. So the rule cannot pass: the project's own statement makes it attested, either a
// section about two-factor / 2FA / MFA / passkeys, or a sentence in any section's prose that says it
// is required ("All maintainers must use two-factor authentication", "the organization requires
// 2FA"). A statement that it is not required, optional or only recommended does not count, and a
// section about MFA whose prose says so is not taken either. Otherwise unknown, naming what would count.
const MFA_HEADING = /two[- ]?factor|\b2fa\b|multi[- ]?factor|\bmfa\b|passkeys?|second factor/i;
const MFA_WORD = /two[- ]?factor|\b2fa\b|multi[- ]?factor|\bmfa\b|\bpasskeys?\b|second factor|two[- ]step (verification|authentication)/i;
/** A sentence that says MFA is required or enforced: the MFA words and a word of obligation. */
const MFA_STATEMENT = new RegExp(
  `^(?=.*(?:${MFA_WORD.source}))(?=.*\\b(must|required?|requires|requiring|enforced?|enforces|enforcing|mandatory|mandated|shall|ha(?:ve|s) to|needs? to|(?:is|are) (?:turned on|enabled|on) for (?:all|every)|(?:all|every|each) (?:\\w+ ){0,3}(?:use|uses|have|has|enable|enabled)\\b))`,
  'i',
);
/** Negations and softenings: "we do not require 2FA", "2FA is optional", "we recommend 2FA". */
const MFA_NOT =
  /\b(not|no(?! exceptions?\b)|never|\w+n[’']t|cannot|without|optional|recommend\w*|encourag\w*|should|may|might|consider|suggest\w*|voluntary|if you (?:want|like|wish))\b/i;
const MFA_ROLES = ['security', 'governance', 'contributing', 'maintainers', 'cra-readiness', 'readme', 'docs'] as const;

/** True when a section's prose about MFA does not require it ("not required", "optional", "we recommend"). */
export function mfaDenied(body: string): boolean {
  return negatedIn(body, MFA_WORD, MFA_NOT) || (!!body && MFA_NOT.test(body) && statementIn(body, MFA_STATEMENT, MFA_NOT) === null);
}

/**
 * The project's statement that MFA is required: a section about MFA whose prose does not deny it,
 * or a sentence in any section that says so. Shared with the CRA Readiness objective.
 */
export function mfaStatement(facts: Facts): { evidence: Evidence; denied?: undefined } | { evidence?: undefined; denied: Evidence } | null {
  const roles = [...MFA_ROLES];
  const sentence = findStatementIn(facts, roles, MFA_STATEMENT, { reject: MFA_NOT });
  if (sentence) return { evidence: statementEvidence(sentence, 'the project states a multi-factor authentication requirement') };
  let denied: Evidence | undefined;
  for (const role of roles)
    for (const doc of documentsOf(facts.documents, role))
      for (const h of doc.outline?.headings ?? []) {
        if (!MFA_HEADING.test(h.text) || h.sectionChars < 40 || (h.linkListOnly && h.sectionChars === h.ownChars)) continue;
        if (mfaDenied(h.body)) {
          denied ??= fileEvidence(doc.path, `a section about multi-factor authentication does not require it: "${quoteSentence(h.body, 120)}" (section "${h.text}")`, h.line);
          continue;
        }
        return { evidence: sectionEvidence({ doc, heading: h }, 'the project states a multi-factor authentication policy') };
      }
  return denied ? { denied } : null;
}

export const ac0101: Rule = {
  id: 'OSPS-AC-01.01',
  evaluate(facts: Facts): Outcome {
    const stated = mfaStatement(facts);
    const remediation =
      'Require two-factor authentication for the GitHub organization (Settings → Authentication security), and state it in a "Two-factor authentication" section of SECURITY.md or GOVERNANCE.md.';
    if (stated?.evidence)
      return attested(
        [stated.evidence, { kind: 'note', detail: 'whether GitHub enforces it cannot be read with a repository token; the statement is the project\'s' }],
        'Keep the organization setting "Require two-factor authentication" on; organizers may ask for a screenshot of it.',
      );
    return unknown(
      'whether multi-factor authentication is required cannot be read with a repository token (the organization setting needs an owner\'s token); no section of SECURITY, GOVERNANCE, CONTRIBUTING, CRA-READINESS, README or docs/ states that MFA / two-factor authentication is required, which would count as the project\'s statement',
      remediation,
      stated?.denied ? [stated.denied] : [],
    );
  },
};

// ---- OSPS-AC-02.01: least privilege for new collaborators ----
// GitHub asks for a role when someone invites a collaborator to an organization repository, but
// the organization's base permission (which every member gets) may be write or admin, and on a
// personal repository every collaborator gets write access. Neither is visible without an owner's
// token, so the rule never passes on assumption: a documented access policy (a section about
// least privilege, access control, or collaborator permissions/roles) makes it attested; otherwise unknown.
const ACCESS_HEADING =
  /least[- ]privilege|access (control|management|policy|levels?|rights)|(collaborators?|contributors?|maintainers?|members?|committers?|repository|repo)\b.{0,20}\b(access|permissions?|privileges?|roles?)\b|\b(permissions?|privileges?)\b.{0,20}\b(model|policy|levels?|collaborators?|maintainers?)|granting (access|permissions?)|becoming a (maintainer|committer)/i;

export const ac0201: Rule = {
  id: 'OSPS-AC-02.01',
  evaluate(facts: Facts): Outcome {
    const hit = findSectionIn(facts, ['governance', 'security', 'contributing', 'maintainers', 'docs', 'readme'], ACCESS_HEADING, 60);
    const remediation =
      'Set the organization\'s base permission to "Read" (or "No permission") so new collaborators get only the role chosen for them, and document in GOVERNANCE.md how access is granted (least privilege, who approves higher roles).';
    if (hit)
      return attested(
        [
          sectionEvidence(hit, 'the project documents how collaborator access is granted'),
          { kind: 'note', detail: 'the organization\'s base permission cannot be read with a repository token; the documented policy is the project\'s statement' },
        ],
        'Keep the organization base permission at "Read" or lower.',
      );
    return unknown(
      'GitHub asks for a role when a collaborator is invited to an organization repository, but the organization\'s base permission (and, for personal repositories, the fixed write access of collaborators) cannot be read without an owner\'s token; no section of GOVERNANCE, SECURITY, CONTRIBUTING or docs/ documents how access is granted',
      remediation,
    );
  },
};

// ---- OSPS-AC-03.01 / 03.02: the primary branch ----
// Direct commits are prevented when a pull request is required (ruleset `pull_request` rule or
// classic "require a pull request before merging"); blocking force pushes alone does not stop a
// direct commit, so it is shown as evidence but does not decide. Deletion: a `deletion` rule or
// classic protection with deletions not allowed. Rulesets' bypass lists are not visible to a
// read-only token; classic protection that does not apply to administrators is noted.

export const ac0301: Rule = {
  id: 'OSPS-AC-03.01',
  evaluate(facts: Facts): Outcome {
    const bp = facts.github.branchProtection;
    const out = branchFact(facts, bp.pullRequestRequired, {
      yes: 'changes must come through a pull request (direct pushes are refused)',
      no: 'no rule requires a pull request, so direct commits are accepted',
      question: 'whether direct commits to the default branch are blocked',
      remediation:
        'Add a branch ruleset (or classic branch protection) on the default branch with "Require a pull request before merging", and block force pushes.',
    });
    if (out.status === 'pass') {
      if (bp.forcePushBlocked.value === true) out.evidence.push(...bp.forcePushBlocked.sources.map((s) => apiEvidence(facts, s, 'force pushes are blocked')));
      const c = facts.github.classicProtection;
      if (c.state === 'ok' && c.data.enabled && c.data.pullRequestReviewsRequired && !c.data.enforceAdmins && !bp.pullRequestRequired.sources.some((s) => s.includes('/rules/')))
        out.evidence.push({ kind: 'note', detail: 'classic protection does not apply to administrators ("Do not allow bypassing the above settings" is off)' });
    }
    return out;
  },
};

export const ac0302: Rule = {
  id: 'OSPS-AC-03.02',
  evaluate: (facts) =>
    branchFact(facts, facts.github.branchProtection.deletionBlocked, {
      yes: 'deletion of the branch is blocked',
      no: 'nothing blocks deleting the branch',
      question: 'whether deleting the default branch is blocked',
      remediation: 'Add a branch ruleset on the default branch with "Restrict deletions" (or classic branch protection, which blocks deletion unless "Allow deletions" is ticked).',
    }),
};

// ---- OSPS-AC-04.01 / 04.02: CI/CD permissions ----
// 04.01 is about tasks with no permissions declared: the repository's "Workflow permissions"
// default decides what they get and is not visible to this action, so a workflow is compliant
// when it declares `permissions:` at the top level or on every job (facts/workflows/findings.ts).
// 04.02: `write-all` anywhere, or write scopes at the workflow level of a multi-job workflow.
// Findings of severity note (a called-only workflow, a single-job workflow) do not fail.

export const ac0401: Rule = {
  id: 'OSPS-AC-04.01',
  evaluate(facts: Facts): Outcome {
    const out = workflowVerdict(facts, 'OSPS-AC-04.01', {
      none: 'each declares permissions: at the top level or on every job',
      remediation: 'Add `permissions: {}` (or `contents: read`) at the top of each workflow named, and grant more per job; also set Settings → Actions → Workflow permissions to "Read repository contents".',
    });
    if (out.status === 'pass') {
      const declared = facts.workflows.workflows
        .filter((w) => w.valid && w.permissions.position)
        .map((w): Evidence => ({ kind: 'workflow', path: w.path, line: w.permissions.position!.line, column: w.permissions.position!.column, detail: `top-level permissions: ${w.permissions.kind}` }));
      out.evidence = capEvidence([...out.evidence, ...declared]);
    }
    return out;
  },
};

export const ac0402: Rule = {
  id: 'OSPS-AC-04.02',
  evaluate: (facts) =>
    workflowVerdict(facts, 'OSPS-AC-04.02', {
      none: 'no permissions: write-all and no write scope granted to every job of a multi-job workflow',
      remediation: 'Replace `write-all` with the scopes each job needs, and move write scopes from the workflow level to the job that needs them.',
    }),
};

export const AC_RULES: readonly Rule[] = [ac0101, ac0201, ac0301, ac0302, ac0401, ac0402];
