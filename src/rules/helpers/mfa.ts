// The project's statement that multi-factor authentication is required (OSPS-AC-01.01, and the CRA
// Readiness objective): a section about MFA whose prose does not deny it, or a sentence in any
// section that says it is required. "Optional", "recommended" or "not required" is not such a
// statement.
import { documentsOf } from '../../facts/documents.ts';
import type { Facts } from '../../facts/types.ts';
import type { Evidence } from '../../model/evidence.ts';
import { fileEvidence } from './evidence.ts';
import { sectionEvidence } from './sections.ts';
import { findStatementIn, negatedIn, quoteSentence, statementEvidence, statementIn } from './statements.ts';

const MFA_HEADING = /two[- ]?factor|\b2fa\b|multi[- ]?factor|\bmfa\b|passkeys?|second factor/i;

const MFA_WORD = /two[- ]?factor|\b2fa\b|multi[- ]?factor|\bmfa\b|\bpasskeys?\b|second factor|two[- ]step (verification|authentication)/i;

/** A sentence that says MFA is required or enforced: the MFA words and a word of obligation. */
const MFA_STATEMENT = new RegExp(
  `^(?=.*(?:${MFA_WORD.source}))(?=.*\\b(must|required?|requires|requiring|enforced?|enforces|enforcing|mandatory|mandated|shall|ha(?:ve|s) to|needs? to|(?:is|are) (?:turned on|enabled|on) for (?:all|every)|(?:all|every|each) (?:\\w+ ){0,3}(?:use|uses|have|has|enable|enabled)\\b))`,
  'i',
);

/**
 * A section listing what a role asks of a person before it is granted: each entry is required. The
 * role may lead the heading (etcd's community-membership.md, after Kubernetes': "Member requirements").
 */
const PREREQUISITES_HEADING = /^(?:(?:member|reviewer|approver|maintainer|committer|contributor|owner|admin|moderator)s?(?:ship)?\s+)?(?:pre-?requisites|requirements|eligibility)$/i;

/** Negations and softenings: "we do not require 2FA", "2FA is optional", "we recommend 2FA". */
const MFA_NOT =
  /\b(not|no(?! exceptions?\b)|never|\w+n[’']t|cannot|without|optional|recommend\w*|encourag\w*|should|may|might|consider|suggest\w*|voluntary|if you (?:want|like|wish))\b/i;

const MFA_ROLES = ['security', 'governance', 'contributing', 'maintainers', 'cra-readiness', 'readme', 'docs'] as const;

/** True when a section's prose about MFA does not require it ("not required", "optional", "we recommend"). */
export function mfaDenied(body: string): boolean {
  return negatedIn(body, MFA_WORD, MFA_NOT) || (!!body && MFA_NOT.test(body) && statementIn(body, MFA_STATEMENT, MFA_NOT) === null);
}

type MfaStatement = { evidence: Evidence; denied?: undefined } | { evidence?: undefined; denied: Evidence } | null;

/** Answers per run: OSPS-AC-01.01 and the CRA Readiness objective ask the same facts, and the search reads every document's sections. */
const answered = new WeakMap<Facts, MfaStatement>();

/**
 * The project's statement that MFA is required: a section about MFA whose prose does not deny it,
 * or a sentence in any section that says so. Shared with the CRA Readiness objective.
 */
export function mfaStatement(facts: Facts): MfaStatement {
  if (answered.has(facts)) return answered.get(facts) ?? null;
  const found = findMfaStatement(facts);
  answered.set(facts, found);
  return found;
}

function findMfaStatement(facts: Facts): MfaStatement {
  const roles = [...MFA_ROLES];
  // Only sections that name MFA are split into sentences (MFA_STATEMENT is tried sentence by sentence: it starts with ^).
  const sentence = findStatementIn(facts, roles, MFA_STATEMENT, { reject: MFA_NOT, section: (h) => MFA_WORD.test(h.body) });
  if (sentence) return { evidence: statementEvidence(sentence, 'the project states a multi-factor authentication requirement') };
  // An entry of a role's pre-requisites is a requirement without a word of obligation (ossf/scorecard's
  // contributor ladder: members' "Pre-requisites" list "Enabled two-factor authentication on their GitHub account").
  const prerequisite = findStatementIn(facts, roles, MFA_WORD, { reject: MFA_NOT, heading: PREREQUISITES_HEADING });
  if (prerequisite) return { evidence: statementEvidence(prerequisite, 'the project states a multi-factor authentication requirement (a pre-requisite)') };
  let denied: Evidence | undefined;
  for (const role of roles)
    for (const doc of documentsOf(facts.documents, role)) {
      // The level of a section about MFA that does not require it: its subsections ("Enabling 2FA" under
      // ossf/scorecard's README "Two-factor Authentication (2FA)", which only recommends it) tell how
      // to turn it on, which is the same advice, not a requirement.
      let deniedLevel = 0;
      for (const h of doc.outline?.headings ?? []) {
        if (deniedLevel > 0 && h.level > deniedLevel) continue;
        deniedLevel = 0;
        if (!MFA_HEADING.test(h.text) || h.sectionChars < 40 || (h.linkListOnly && h.sectionChars === h.ownChars)) continue;
        if (mfaDenied(h.body)) {
          denied ??= fileEvidence(doc.path, `a section about multi-factor authentication does not require it: "${quoteSentence(h.body, 120)}" (section "${h.text}")`, h.line);
          deniedLevel = h.level;
          continue;
        }
        return { evidence: sectionEvidence({ doc, heading: h }, 'the project states a multi-factor authentication policy') };
      }
    }
  return denied ? { denied } : null;
}
