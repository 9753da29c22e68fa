// OSPS-BR-07.02: A policy for managing secrets.
// A documentation policy: a section about secrets or credentials in SECURITY, CONTRIBUTING,
// GOVERNANCE or docs/ (README last, since a README's "Secrets" section is often about the tool's
// own configuration) whose heading or prose says how they are stored, accessed, rotated or kept
// out of the code: a heading that only names them is not enough (twine's "Where Twine gets configuration and credentials"
// tells how the tool reads a user's password; dapr's "Secret metrics" lists metrics). Section
// prose counts too: a sentence about the
// project's secrets or credentials that says how they are stored, who can access them, or that they
// are rotated, revoked or never committed ("Release credentials are stored as GitHub Actions
// secrets, readable only by maintainers, and rotated every year"), in SECURITY, CONTRIBUTING,
// GOVERNANCE, MAINTAINERS or CRA-READINESS, or in a docs/ section about security, releases, CI or
// maintenance (not a release note's). The README's prose is not read for it (it tells users how to configure their own
// keys), nor is a threat model's (the product's handling of its users' secrets). Security Insights has no field for it.
import type { Facts } from '../facts/types.ts';
import type { DocumentRole } from '../facts/documents.ts';
import type { Evidence } from '../model/evidence.ts';
import { THREAT_MODEL_PATH } from './helpers/assessment.ts';
import { findProjectSection, sectionEvidence } from './helpers/sections.ts';
import { sectionsIn } from './helpers/security-policy.ts';
import { findStatementIn, statementEvidence, statementIn } from './helpers/statements.ts';
import { fail, type Outcome, pass } from './types.ts';
import { SECRETS_POLICY, sectionAdvice } from '../model/advice.ts';

const SECRETS_HEADING = /\bsecrets?\b|\bcredentials?\b|key management|\b(api )?keys? (handling|rotation|management|storage)|token (handling|rotation|management|storage)/i;

const SECRET_NOUN =
  String.raw`\bsecrets\b|\bcredentials?\b|\b(?:api|access|deploy|deployment|signing|private|ssh|gpg|pgp|release|publishing|registry|cloud) (?:keys?|tokens?)\b|\b(?:personal access|npm|pypi|github|auth|authentication|publish(?:ing)?|ci) tokens?\b|\bpasswords?\b|\bsecret (?:keys?|tokens?|values?|material|store|manager)\b`;

const SECRET_MANAGEMENT =
  String.raw`\b(?:(?<!secrets? )stor(?:e|ed|es|ing)|kept|keep|held|manag(?:e|ed|es|ing)|rotat\w*|revok\w*|expir\w*|renew\w*|access(?:ible)? (?:to|only|is|by)|only (?:maintainers|administrators|admins|owners)|vaults?|encrypted|(?:never|not) (?:be )?(?:committed|stored|hard[- ]?coded|checked in|shared|logged|printed)|scoped|least privilege|environment secrets|secrets? managers?|key management)\b`;

// "store" is a verb here, not the product's "secret store" (dapr's release notes).
const SECRETS_STATEMENT = new RegExp(`^(?=.*(?:${SECRET_NOUN}))(?=.*${SECRET_MANAGEMENT})`, 'i');

/**
 * In a section whose heading names secrets, a sentence on how they are handled suffices: the verbs
 * of SECRET_MANAGEMENT, but not the noun "store" (dapr's "the local secret store component type has
 * been renamed") nor a product's vault.
 */
const HANDLING_STATEMENT =
  /\b(?:stored|storing|kept|held|managed|rotat\w*|revok\w*|expir\w*|renew\w*|access(?:ible)? (?:to|only|is|by)|only (?:maintainers|administrators|admins|owners)|encrypted|(?:never|not) (?:be )?(?:committed|stored|hard[- ]?coded|checked in|shared|logged|printed)|scoped|least privilege|environment secrets)\b/i;
/** A heading that says itself that it is about handling them: "Managing secrets", "Credential rotation", "Secrets policy". */
const HANDLING_HEADING = /\bmanag(?:e|ing|ement)\b|rotat|storage|\bstoring\b|handling|polic|hygiene/i;

// A hypothetical ("you'd need to store a token in your repository secrets", "this would require a
// PAT") weighs an option the project did not take; it is not how the project manages its secrets.
// Nor is an attacker's access (envoyproxy/gateway's EnvoyPatchPolicy warning: "allow users to gain
// access to proxy credentials"): that is a product's threat, not who may access the project's secrets.
// Nor is a reporting channel (gittuf's SECURITY.md: "send an encrypted email to ... using the
// following PGP key"): the key encrypts a report to the project, it is no policy for its secrets.
const SECRETS_NOT = /\bencrypted (?:e-?mails?|messages?|reports?|communications?|submissions?)\b|\b(?:pgp|gpg) keys? (?:to|for) encrypt\w*|\b(?:attack\w*|gain(?:s|ed|ing)? access|malicious)\b|\bno (?:formal |written |documented )?(?:policy|process|rules?)\b|\bnot (?:yet )?(?:documented|defined|written down)\b|\b(?:have|has) not (?:yet )?(?:defined|documented)\b|\b(?:you|we|they|it|one)(?:'d| would)\b|\bwould (?:need|have|require|be)\b|\b(?:could|might)\b/i;

const SECRETS_DOCS_SECTION = /secur|secrets?|credentials?|release|publish|\bci\b|continuous|infrastructure|maintain|governance|deploy|signing|access/i;

/**
 * A release note among the docs (envoyproxy/gateway's site/content/en/news/releases/v1.6.md: "access
 * tokens stored in cookies" under "Security Enhancements"): a change to the product, no policy.
 */
function releaseNote(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return /^v?\d+\.\d/i.test(base) || /(?:^|\/)(?:release[-_]?notes|changelogs?)\//i.test(path);
}

export const id = 'OSPS-BR-07.02';

const SECTION_ROLES: DocumentRole[] = ['security', 'contributing', 'governance', 'docs', 'readme'];

export function evaluate(facts: Facts): Outcome {
  const hit = findProjectSection(facts, SECTION_ROLES, (h, doc) => !releaseNote(doc.path) && SECRETS_HEADING.test(h.text) && (HANDLING_HEADING.test(h.text) || statementIn(h.body, HANDLING_STATEMENT, SECRETS_NOT) !== null), 80);
  if (hit) return pass([sectionEvidence(hit, 'policy for managing secrets and credentials')]);
  // A threat model linked from SECURITY.md (contour's security-threat-model.md: "access to the Contour installation
  // namespace will be tightly controlled, since access to that namespace can eventually equal access to all the secrets
  // Contour can see") weighs the product's handling of its users' secrets, not how the project keeps its own.
  const stated =
    findStatementIn(facts, ['security', 'contributing', 'governance', 'maintainers', 'cra-readiness'], SECRETS_STATEMENT, { reject: SECRETS_NOT, section: (_h, doc) => !THREAT_MODEL_PATH.test(doc.path) }) ??
    findStatementIn(facts, ['docs'], SECRETS_STATEMENT, { reject: SECRETS_NOT, heading: SECRETS_DOCS_SECTION, section: (_h, doc) => !releaseNote(doc.path) && !THREAT_MODEL_PATH.test(doc.path) });
  if (stated) return pass([statementEvidence(stated, 'states how secrets and credentials are managed')]);
  // Sections named for secrets that say nothing of handling them: shown, so that the reader sees why they do not count.
  const named: Evidence[] = sectionsIn(facts, SECTION_ROLES, (t) => SECRETS_HEADING.test(t), 80)
    .slice(0, 3)
    .map((h) => {
      const e = sectionEvidence(h, 'names secrets or credentials');
      return { ...e, detail: `${e.detail}, but its prose does not say how the project's secrets are stored, accessed or rotated` };
    });
  return fail(
    [{ kind: 'note', detail: 'no section on managing secrets or credentials in SECURITY, CONTRIBUTING, GOVERNANCE, docs/ or README, and no sentence in their prose saying how secrets are stored, accessed or rotated' }, ...named],
    sectionAdvice(SECRETS_POLICY, 'saying where the project\'s secrets are stored (e.g. GitHub Actions secrets), who can access them, and when and how they are rotated'),
  );
}
