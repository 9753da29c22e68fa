// OSPS-GV-04.01: Collaborators are vetted before they get escalated permissions.
// A section on becoming, joining, nominating, electing or onboarding maintainers or committers in
// governance, MAINTAINERS, CONTRIBUTING, SECURITY, docs/ or the README, or a sentence of the
// governance, MAINTAINERS, CONTRIBUTING or a project page of docs/ saying how new committers (or
// another role) are nominated or elected, or how contributors are given commit access (or that
// access is granted to those who have earned trust or shown a track record). A
// Security Insights link that contradicts the tree fails; a document section passes; a
// declaration elsewhere is attested (decideDocs, helpers/documentation.ts), and so is a vetting section that only links a
// page out of the repository (guac's "Contributor ladder"). A repository without a governance document of its own
// has the owner's default GOVERNANCE.md, which GitHub shows it: attested (missingUnlessDefaultElsewhere). Otherwise fail.
// A "Membership Criteria" section on a mailing list (a security process's distributors list) chooses who reads
// embargoed reports, not who gets access: not counted.
import type { DocumentRole } from '../facts/documents.ts';
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { decideDocs, missingUnlessDefaultElsewhere, sectionKeptElsewhere, siDocs } from './helpers/documentation.ts';
import { sectionElsewhere } from './helpers/elsewhere.ts';
import { findProjectSection, sectionEvidence, sectionIn } from './helpers/sections.ts';
import { findStatementIn, statementEvidence } from './helpers/statements.ts';
import { attested, type Outcome } from './types.ts';

/** Collaborator and triager are GitHub's own names for people with write and triage access (hyper's governance). */
const ROLE = String.raw`(maintainers?|committers?|collaborators?|triagers?|reviewers?|approvers?|members?|owners?|admins?|administrators?|core team|team members?)`;

const VETTING_HEADING = new RegExp(
  String.raw`\b(becom\w*|how to become|path to|nominat\w*|promot\w*|elect\w*|select\w*|appoint\w*|onboard\w*)\b.*\b${ROLE}|\b${ROLE}(hip)?\b.*\b(promotion|nominations?|elections?|selection|onboarding|criteria|requirements|process|eligibility|lifecycle|vetting|appointment)\b|\bcontributor ladder\b|\bvetting\b`,
  'i',
);

/**
 * "Access policy", "Granting elevated permissions": about collaborators only when its prose names
 * people; envoyproxy/gateway's design note "Escalated Privilege" is about the proxy's CAP_NET_ADMIN.
 */
const ACCESS_HEADING = /\b(?:access|permissions?|privileges?) (?:policy|control|review|requests?|grants?|management)\b|\b(?:granting|escalat\w*|elevat\w*) (?:access|permissions?|privileges?)\b/i;
const PEOPLE = new RegExp(String.raw`\b(?:${ROLE}|contributors?|collaborators?|people|persons?|individuals?)\b`, 'i');

/**
 * "Joining the Core Team" (rubocop) says how one is vetted only when its prose names a step or a
 * track record: eslint's "Joining the Maintainer Team" only asks people to introduce themselves,
 * and twine's "Adding a maintainer" is a checklist of settings and PyPI roles, no review. The team
 * may be named for its work (pytest's "Joining the Development Team": commit access is an invitation
 * extended once a contributor has shown a sense for the project).
 */
const JOINING_HEADING = new RegExp(String.raw`\b(joining|adding( new)?|new)\b.*\b(?:${ROLE}|(?:development|developer|dev|maintenance|project) team)`, 'i');
const VETTING_WORDS = /\b(?:invit\w*|nominat\w*|vot(?:e|es|ed|ing)|approv\w*|criteria|track record|consistent(?:ly)?|over (?:a|an) (?:extended |long |sustained )?period)\b/i;

/**
 * A sentence of the governance saying how contributors are given escalated access, under any
 * heading: nodejs/undici's "Collaborators": "Individuals making significant and valuable
 * contributions are made Collaborators and given commit-access to the project." The active voice
 * too: puma's GOVERNANCE.md "We give commit bit if you make significant contributions ... consistently over time."
 */
const ACCESS_STATEMENT = /\b(?:give[sn]?|giving|granted|grant(?:s|ing)?|receive[sd]?|gets?|obtain(?:s|ed)?)\b[^.]{0,40}\b(?:commit|write|merge|push|maintainer|admin(?:istrator)?|elevated|escalated)[- ](?:access|rights|permissions?|privileges?|bits?)\b/i;
/**
 * The same in the active voice, hyper's "How to become:" list: "Any collaborator may nominate a
 * contributor who has been around for some time", "Another collaborator must second the nomination."
 */
const ACTIVE_NOMINATION = String.raw`\b(?:any|another|an existing|existing|two|other)\s+${ROLE}\s+(?:can|may|must|will|shall)\s+(?:nominate|second)\s+(?:a|an|the|new|another|contributors?|people|individuals?)\b`;
/**
 * The present tense, containernetworking/cni's "Changes in Maintainership": "New maintainers are proposed by an
 * existing maintainer and are elected by a 2/3 majority organization vote." Not "are invited": "Members are
 * invited to the community call" chooses no one.
 */
const PRESENT_NOMINATION = String.raw`are\s+(?:only\s+)?(?:nominated|elected|appointed|proposed|voted in)`;
/**
 * A sentence saying how new members of a role are chosen, under any heading: eslint's governance
 * page, after "To become a Committer:": "New Committers can be nominated by any existing Committer.
 * Once they have been nominated, there will be a vote by the TSC members."
 */
const NOMINATION_STATEMENT = new RegExp(
  String.raw`\b${ROLE}\s+(?:(?:can|may|will|must|shall)\s+(?:only\s+)?be\s+(?:nominated|elected|appointed|proposed|voted in|invited)|${PRESENT_NOMINATION})\b|${ACTIVE_NOMINATION}`,
  'i',
);
/**
 * The passive voice, with the track record it asks for: mocha's MAINTAINERS.md "About Owners" says of
 * org admin rights and npm publishing, "This level of access will be granted by the current owners to
 * those maintainers who have earned the project's trust"; "Commit access is given to contributors who
 * have demonstrated ...".
 */
const EARNED_ACCESS =
  /\b(?:access|rights|permissions?|privileges?)\s+(?:is|are|will be|may be|can be|shall be)\s+(?:only\s+)?(?:granted|given|extended)\b[^.]{0,80}?\b(?:who|that)\s+(?:have|has)\s+(?:earned|demonstrated|shown|proven|established)\b/i;
/** "Contributors do not get commit access" is not a way to get it. */
const NOT_GRANTED = /\b(?:not|never|no one|nobody|cannot|can't|won't)\b/i;

/**
 * "Membership Criteria" under a security process's "Early Disclosure to … Distributors List" (contour's, Kubernetes'):
 * who may read embargoed reports on a mailing list, not who gets access to the project's repositories.
 */
const LIST_MEMBERSHIP_HEADING = /\bmembership\b/i;
/** A role named in the heading itself ("Maintainer membership"): then the section is about that role. */
const NAMED_ROLE = new RegExp(String.raw`\b${ROLE}\b`, 'i');
const MAILING_LIST = /\bmailing[- ]lists?\b|\bdistributors?[- ](?:announce|list)\b/i;

/** A section on vetting collaborators, by its heading (and, for an access heading, its prose). */
function vetting(h: { text: string; body: string }): boolean {
  if (LIST_MEMBERSHIP_HEADING.test(h.text) && !NAMED_ROLE.test(h.text) && MAILING_LIST.test(h.body)) return false;
  return VETTING_HEADING.test(h.text) || (ACCESS_HEADING.test(h.text) && PEOPLE.test(h.body));
}

export const id = 'OSPS-GV-04.01';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  const found: Evidence[] = [];
  const vettingRoles: DocumentRole[] = ['governance', 'maintainers', 'contributing', 'security', 'docs', 'readme'];
  // A vetting section that only links a page elsewhere ("See the GUAC website for the contributor ladder") says nothing
  // here of how collaborators are vetted: attested below (sectionKeptElsewhere).
  const section = findProjectSection(facts, vettingRoles, (h, doc) => (vetting(h) || (JOINING_HEADING.test(h.text) && VETTING_WORDS.test(h.body))) && sectionElsewhere(facts, doc, h) === undefined, 80);
  if (section) found.push(sectionEvidence(section, 'policy for reviewing collaborators before granting escalated permissions'));
  else {
    // A governance page may sit in a documentation site (eslint's docs/src/contribute/governance.md).
    const roles: DocumentRole[] = ['governance', 'maintainers', 'contributing', 'docs'];
    const nominated = findStatementIn(facts, roles, NOMINATION_STATEMENT, { reject: NOT_GRANTED });
    const stated = nominated ? undefined : (findStatementIn(facts, roles, ACCESS_STATEMENT, { reject: NOT_GRANTED }) ?? findStatementIn(facts, roles, EARNED_ACCESS, { reject: NOT_GRANTED }));
    if (nominated) found.push(statementEvidence(nominated, 'says how new collaborators with escalated permissions are chosen'));
    else if (stated) found.push(statementEvidence(stated, 'says how contributors are given escalated permissions'));
  }
  const si = siDocs(facts, ['repository.documentation.governance'], 'governance document', (doc) => sectionIn(doc, vetting, 80));
  const remediation = 'Add a "Becoming a maintainer" section to GOVERNANCE.md stating how a contributor is nominated, reviewed and approved (by whom, on what criteria, including confirming their identity) before getting merge rights, release credentials or secrets.';
  return decideDocs(found, si, 'repository.documentation.governance', () => {
    const away = sectionKeptElsewhere(facts, vettingRoles, (h) => vetting(h), 'the process for vetting collaborators is');
    if (away.length > 0) return attested(away, `Check that the page it links says how contributors are reviewed before they get escalated permissions, or: ${remediation}`);
    const out = missingUnlessDefaultElsewhere(facts, 'governance', 'says how contributors are reviewed before they get escalated permissions', 'no section on becoming a maintainer or committer, or on granting access, in GOVERNANCE, MAINTAINERS, CONTRIBUTING or docs/', remediation);
    // Show the section read and why it did not count, so the maintainer sees what to add to it.
    const unvetted = out.status === 'fail' ? findProjectSection(facts, ['governance', 'maintainers', 'contributing', 'security', 'docs', 'readme'], (h) => JOINING_HEADING.test(h.text), 80) : undefined;
    if (unvetted) out.evidence.unshift(sectionEvidence(unvetted, 'names no review step (nomination, vote, approval, criteria or track record) before the permissions are granted'));
    return out;
  });
}
