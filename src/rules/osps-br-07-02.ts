// OSPS-BR-07.02: A policy for managing secrets.
// A documentation policy: a section about secrets or credentials (their storage, access, rotation)
// in SECURITY, CONTRIBUTING, GOVERNANCE or docs/ (README last, since a README's "Secrets" section
// is often about the tool's own configuration). Section prose counts too: a sentence about the
// project's secrets or credentials that says how they are stored, who can access them, or that they
// are rotated, revoked or never committed ("Release credentials are stored as GitHub Actions
// secrets, readable only by maintainers, and rotated every year"), in SECURITY, CONTRIBUTING,
// GOVERNANCE, MAINTAINERS or CRA-READINESS, or in a docs/ section about security, releases, CI or
// maintenance. The README's prose is not read for it (it tells users how to configure their own
// keys). Security Insights has no field for it.
import type { Facts } from '../facts/types.ts';
import { findProjectSection, headingIs, sectionEvidence } from './helpers/sections.ts';
import { findStatementIn, statementEvidence } from './helpers/statements.ts';
import { fail, type Outcome, pass } from './types.ts';
import { SECRETS_POLICY, sectionAdvice } from '../model/advice.ts';

const SECRETS_HEADING = /\bsecrets?\b|\bcredentials?\b|key management|\b(api )?keys? (handling|rotation|management|storage)|token (handling|rotation|management|storage)/i;

const SECRET_NOUN =
  String.raw`\bsecrets\b|\bcredentials?\b|\b(?:api|access|deploy|deployment|signing|private|ssh|gpg|pgp|release|publishing|registry|cloud) (?:keys?|tokens?)\b|\b(?:personal access|npm|pypi|github|auth|authentication|publish(?:ing)?|ci) tokens?\b|\bpasswords?\b|\bsecret (?:keys?|tokens?|values?|material|store|manager)\b`;

const SECRET_MANAGEMENT =
  String.raw`\b(?:stor(?:e|ed|es|ing)|kept|keep|held|manag(?:e|ed|es|ing)|rotat\w*|revok\w*|expir\w*|renew\w*|access(?:ible)? (?:to|only|is|by)|only (?:maintainers|administrators|admins|owners)|vaults?|encrypted|(?:never|not) (?:be )?(?:committed|stored|hard[- ]?coded|checked in|shared|logged|printed)|scoped|least privilege|environment secrets|secrets? managers?|key management)\b`;

const SECRETS_STATEMENT = new RegExp(`^(?=.*(?:${SECRET_NOUN}))(?=.*${SECRET_MANAGEMENT})`, 'i');

// A hypothetical ("you'd need to store a token in your repository secrets", "this would require a
// PAT") weighs an option the project did not take; it is not how the project manages its secrets.
const SECRETS_NOT = /\bno (?:formal |written |documented )?(?:policy|process|rules?)\b|\bnot (?:yet )?(?:documented|defined|written down)\b|\b(?:have|has) not (?:yet )?(?:defined|documented)\b|\b(?:you|we|they|it|one)(?:'d| would)\b|\bwould (?:need|have|require|be)\b|\b(?:could|might)\b/i;

const SECRETS_DOCS_SECTION = /secur|secrets?|credentials?|release|publish|\bci\b|continuous|infrastructure|maintain|governance|deploy|signing|access/i;

export const id = 'OSPS-BR-07.02';

export function evaluate(facts: Facts): Outcome {
  const hit = findProjectSection(facts, ['security', 'contributing', 'governance', 'docs', 'readme'], headingIs(SECRETS_HEADING), 80);
  if (hit) return pass([sectionEvidence(hit, 'policy for managing secrets and credentials')]);
  const stated =
    findStatementIn(facts, ['security', 'contributing', 'governance', 'maintainers', 'cra-readiness'], SECRETS_STATEMENT, { reject: SECRETS_NOT }) ??
    findStatementIn(facts, ['docs'], SECRETS_STATEMENT, { reject: SECRETS_NOT, heading: SECRETS_DOCS_SECTION });
  if (stated) return pass([statementEvidence(stated, 'states how secrets and credentials are managed')]);
  return fail(
    [{ kind: 'note', detail: 'no section on managing secrets or credentials in SECURITY, CONTRIBUTING, GOVERNANCE, docs/ or README, and no sentence in their prose saying how secrets are stored, accessed or rotated' }],
    sectionAdvice(SECRETS_POLICY, 'saying where the project\'s secrets are stored (e.g. GitHub Actions secrets), who can access them, and when and how they are rotated'),
  );
}
