// Remediation policies for dependency and static-analysis findings (OSPS-VM-05.01, 05.02, 06.01):
// the words of thresholds, remediations and deadlines, and the sentence search that reads them in
// context.
import type { Facts } from '../../facts/types.ts';
import { type Declaration, declaration } from './insights.ts';
import { POLICY_ROLES } from './security-policy.ts';
import { findStatementIn, type StatementHit } from './statements.ts';

export const DEP_WORD = /dependenc|third[- ]party|\bsca\b|software composition|supply[- ]chain|vulnerable (packages|libraries|components)|\blibrar(y|ies)\b|\bpackages?\b/i;

export const THRESHOLD_WORD = /polic|remediat|vulnerab|threshold|\bslas?\b|triage|licen[cs]|severity|cve/i;

/**
 * The words of THRESHOLD_WORD that set a threshold by themselves, in a heading that names
 * dependencies ("Dependency remediation SLA"). "Policy", "vulnerabilities" and "CVE" do not:
 * openfga's "Dependencies Policy" sets none, nor does dapr's release note "Potential DoS in avro
 * dependency (CVE-2023-37475)".
 */
export const THRESHOLD_HEADING_WORD = /remediat|threshold|\bslas?\b|triage|licen[cs]|severity/i;

export const GENERAL_DEP_POLICY = /dependenc\w* (management|updates?|policy|handling|maintenance)|managing dependencies|updating dependencies/i;

const DEP_POLICY_FIELD = 'repository.documentation.dependency-management-policy';

// Remediation policies stated in prose. A sentence counts when it sets a threshold or a gate
// (severities and a time limit, "before merge", "block the release") and is about the topic: it
// names dependencies / SCA (or static analysis for SAST) itself, or stands in a section whose
// heading does. "Critical and high findings in dependencies are fixed within 30 days"; "releases
// are blocked on known vulnerabilities"; "SAST findings of high severity must be fixed before merge".
// Best-effort wording, "not blocked" and "no formal SLA" are not policies.
export const SEVERITY = String.raw`\b(?:critical|high|medium|moderate|low)(?:[- ]severity)?\b|\bseverit(?:y|ies)\b|\bcvss\b|\bthresholds?\b`;

export const REMEDIATE = String.raw`\b(?:fix(?:ed|es|ing)?|remediat\w*|patch(?:ed|es|ing)?|address(?:ed|es|ing)?|resolv\w*|upgrad\w*|updat(?:e|ed|es|ing)|mitigat\w*|replac\w*|remov\w*)\b`;

export const DEADLINE = String.raw`\bwithin\s+(?:\d+|one|two|three|five|seven|ten|fourteen|thirty|sixty|ninety)\b|\b(?:before|prior to)\s+(?:(?:the|a|any|each|every|next|it|they|is|are|can be|being)\s+)*(?:releas\w*|merg\w*|tag\w*|publish\w*|ship\w*|accepted)|\bblock(?:s|ed|ing)?\b|\bgat(?:e|ed|es|ing)\b|\bin the next (?:patch |minor |major )?releases?\b|\b(?:must|shall|need to|needs to|have to|has to|are required to|is required to) (?:be )?(?:\w+ )?(?:fixed|remediated|addressed|resolved|patched|upgraded|updated|mitigated|triaged)`;

export const REMEDIATION_NOT =
  /\b(?:not|never|no)\s+(?:\w+\s+){0,2}(?:fix\w*|remediat\w*|address\w*|block\w*|gat\w*|requir\w*|guarantee\w*)|\b\w+n[’']t\s+(?:\w+\s+){0,2}(?:fix\w*|remediat\w*|address\w*|block\w*|gat\w*|requir\w*|guarantee\w*)|\bbest[- ]effort\b|\bno (?:formal |fixed |set )?(?:policy|slas?|timelines?|thresholds?|deadlines?)\b|\bwhen (?:we|maintainers) (?:can|have time)\b|\boptional\b|\binformational\b/i;

/** A statement in prose: a sentence on the topic, or a sentence in a section about the topic. */
export function proseStatement(facts: Facts, onTopic: RegExp, inSection: RegExp, section: RegExp, reject: RegExp): StatementHit | undefined {
  return findStatementIn(facts, POLICY_ROLES, onTopic, { reject }) ?? findStatementIn(facts, POLICY_ROLES, inSection, { reject, heading: section });
}

export function depPolicy(facts: Facts): Declaration {
  return declaration(facts, DEP_POLICY_FIELD, 'dependency management policy');
}
