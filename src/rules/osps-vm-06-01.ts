// OSPS-VM-06.01: A policy with thresholds for remediating SAST findings.
// A section whose heading names static analysis (SAST, CodeQL, Semgrep, code scanning) and a policy
// word (a tool's output alone is not a policy), or a sentence that sets a threshold for static
// analysis findings with a remediation or a gate ("high-severity CodeQL alerts block the merge"). A
// static analysis section without thresholds, whose prose speaks of running it (findings, tools, CI), is
// unknown (helpers/remediation-policy.ts).
import type { Facts } from '../facts/types.ts';
import { capEvidence } from './helpers/evidence.ts';
import { DEADLINE, proseStatement, REMEDIATE, REMEDIATION_NOT, SEVERITY } from './helpers/remediation-policy.ts';
import { sectionEvidence } from './helpers/sections.ts';
import { POLICY_ROLES, sectionsIn } from './helpers/security-policy.ts';
import { statementEvidence } from './helpers/statements.ts';
import { fail, type Outcome, pass, unknown } from './types.ts';
import { SAST_POLICY, sectionAdvice } from '../model/advice.ts';

const SAST_WORD = /\bsast\b|static (application security testing|analysis|code analysis)|code scanning|codeql|semgrep|security (scans?|scanning|testing|linting)/i;

// A heading alone must name a policy: "Code Scanning Alerts" or "SAST results" describe a tool's output
// (often in user documentation of a security tool), not how the project remediates its own findings.
const SAST_POLICY_WORD = /polic|remediat|threshold|triage|\bslas?\b|(handling|fixing|addressing|responding to) (of )?(the )?(findings|alerts)/i;

/** SAST: a threshold (severities, findings) with a remediation or a gate, about static analysis. */
const SAST_PROSE = String.raw`\bsast\b|static (?:application security testing|analysis|code analysis)|code scanning|codeql|semgrep|gosec|bandit|brakeman|security (?:scans?|scanning|linters?|linting)`;

const SAST_THRESHOLD = String.raw`${SEVERITY}|\bfindings?\b|\balerts?\b|\bwarnings?\b`;

const SAST_ACTION = String.raw`(?=.*${REMEDIATE}|.*\bdismiss\w*)(?=.*(?:${DEADLINE}|\bmust\b|\bshall\b|\brequired\b))|(?=.*\bblock(?:s|ed|ing)?\b)(?=.*\b(?:merg\w*|releas\w*|pull requests?)\b)`;

const SAST_STATEMENT = new RegExp(`^(?=.*(?:${SAST_PROSE}))(?=.*(?:${SAST_THRESHOLD}))(?:${SAST_ACTION})`, 'i');

const SAST_SECTION_STATEMENT = new RegExp(`^(?=.*(?:${SAST_THRESHOLD}))(?:${SAST_ACTION})`, 'i');

const SAST_NOT = new RegExp(`${REMEDIATION_NOT.source}|\\badvisory only\\b|\\bignored?\\b`, 'i');

const SAST_SECTION = new RegExp(SAST_WORD.source, 'i');

/**
 * Prose about running static analysis on the project's code (its findings, the tools, CI): trivy's principle "Static Analysis
 * (No Runtime Required)" says how the product scans, not how the project checks its own code.
 */
const SAST_RUN = /\b(?:findings?|alerts?|warnings?|results?|runs?|running|ci|workflows?|pull requests?|PRs?|checks?|linters?|linting|tools?|enabled|configured)\b/i;

export const id = 'OSPS-VM-06.01';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  const strong = sectionsIn(facts, POLICY_ROLES, (t) => SAST_WORD.test(t) && SAST_POLICY_WORD.test(t));
  if (strong.length > 0) return pass(capEvidence(strong.map((h) => sectionEvidence(h, 'policy for remediating SAST findings'))));
  const stated = proseStatement(facts, SAST_STATEMENT, SAST_SECTION_STATEMENT, SAST_SECTION, SAST_NOT);
  if (stated) return pass([statementEvidence(stated, 'threshold for remediating SAST findings')]);
  const remediation =
    sectionAdvice(SAST_POLICY, '(or CONTRIBUTING.md) stating the SAST remediation policy: which severities block a merge or must be fixed within what time, how findings are triaged, and how false positives are suppressed');
  const general = sectionsIn(facts, POLICY_ROLES, (t) => SAST_WORD.test(t)).filter((h) => SAST_RUN.test(h.heading.body));
  if (general.length > 0)
    return unknown(
      `a section on static analysis was found ("${general[0].heading.text}" in ${general[0].doc.path}), but neither its heading nor a sentence of its prose sets a remediation threshold for findings`,
      remediation,
      general.slice(0, 5).map((h) => sectionEvidence(h, 'static analysis section')),
    );
  return fail([{ kind: 'note', detail: 'no SAST remediation policy: no section or sentence on static analysis findings in SECURITY.md, CONTRIBUTING, governance, the README or docs/' }], remediation);
}
