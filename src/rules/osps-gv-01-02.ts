// OSPS-GV-01.02: Roles and responsibilities of members.
// A "Roles and responsibilities" (duties, contributor ladder, membership) section in GOVERNANCE,
// MAINTAINERS, CONTRIBUTING, docs/ or the README, or a governance document describing two or more
// roles under their own headings with a paragraph each, or a governance section titled for a role
// holder (in GOVERNANCE or MAINTAINERS, any team: lodash's "Release Team") whose prose says what the role is expected or has the authority to do. Codes of conduct,
// instructions to coding agents and threat models are not read: their "responsibilities" and
// "roles" are the Contributor Covenant's boilerplate, the agent's persona and the software's. A Security Insights link that
// contradicts the tree fails; a document section passes; a declaration elsewhere is attested
// (decideDocs, helpers/documentation.ts); a roles section that only links a page out of the repository (guac's
// "Contributor ladder": "See the GUAC website") is attested, not passed, and so is a role holders' section that sends the
// reader elsewhere for the role (opentelemetry-go's "Maintainers": "For more information about the maintainer role, see …"). A repository without a governance document of its own
// has the owner's default GOVERNANCE.md, which GitHub shows it: attested (missingUnlessDefaultElsewhere). Otherwise fail.
import { agentInstructions, type DocumentInfo, type DocumentRole, documentsOf } from '../facts/documents.ts';
import type { Heading } from '../facts/markdown.ts';
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { decideDocs, missingUnlessDefaultElsewhere, sectionKeptElsewhere, siDocs } from './helpers/documentation.ts';
import { saidHere } from './helpers/elsewhere.ts';
import { fileEvidence } from './helpers/evidence.ts';
import { inRoadmap } from './helpers/roadmap.ts';
import { ancestors, findProjectSection, headingAt, projectSection, sectionEvidence, sectionIn } from './helpers/sections.ts';
import { intoThisRepository } from './helpers/repository.ts';
import { statementIn } from './helpers/statements.ts';
import { attested, type Outcome, unknown } from './types.ts';
import { ROLES, sectionAdvice } from '../model/advice.ts';
import { insightsFile } from './helpers/insights.ts';

const ROLES_HEADING = /\b(roles?|responsibilit\w*|duties|contributor ladder|membership( levels?)?|expectations)\b/i;

/**
 * "Expectations" alone is as often what is expected of every contributor's behaviour (fastify's "Ground Rules &
 * Expectations": "Be respectful and thoughtful", "We have a Code of Conduct"): it names roles only with a role holder
 * ("Maintainer expectations", "Expectations of reviewers").
 */
const EXPECTATIONS_ONLY = /^(?!.*\b(?:roles?|responsibilit\w*|duties|contributor ladder|membership)\b).*\bexpectations\b/i;
/**
 * "Membership" of a mailing list (projectcontour/contour's security-process.md "Early Disclosure to Contour Distributors
 * List" › "Membership Criteria": who may join the private distributors list): its subscribers, not the project's members
 * and their roles. Said of a heading that names no role, under a heading that names the list.
 */
const MEMBERSHIP_ONLY = /^(?!.*\b(?:roles?|responsibilit\w*|duties|contributor ladder)\b).*\bmembership\b/i;
const LIST_HEADING = /\b(?:mailing[- ]lists?|distributors?|vendors?|(?:announce|disclosure|security|private)[- ]lists?)\b/i;
const WEB_ADDRESS = /\bhttps?:\/\/\S+/gi;
/**
 * The levels of access of a governance document (puma's GOVERNANCE.md "Access Levels": "Gem Release Access", who may cut a
 * release, and "Commit Bit (\"Maintainers\" or \"Core Team\")", who may merge to main): each level is a role and what it may do.
 * Only there, or in MAINTAINERS: in a product's documentation they are its users' permissions.
 */
const ACCESS_LEVELS = /\b(?:access|permission|privilege) levels\b|\blevels of (?:access|permissions?|privileges?)\b/i;
const ROLE_HOLDER = /\b(?:maintainers?|committers?|reviewers?|approvers?|members?|owners?|leads?|team|moderators?|triagers?|admins?|administrators?|steering|chairs?|collaborators?)\b/i;

/**
 * A heading that names the members' roles (ROLES_HEADING), "expectations" only of a role holder, named by the heading or
 * by a heading above it (cli's docs/triage.md "Triage role" > "Expectations for community pull requests").
 */
function rolesHeading(h: Heading, doc: DocumentInfo): boolean {
  // A word of a web address is not the heading's topic: a Prow OWNERS file's comment "# See
  // https://github.com/kubernetes/community/blob/master/community-membership.md" (kustomize's) outlines as a heading.
  const text = h.text.replace(WEB_ADDRESS, ' ');
  if (ACCESS_LEVELS.test(text) && (doc.role === 'governance' || doc.role === 'maintainers')) return true;
  if (!ROLES_HEADING.test(text)) return false;
  if (MEMBERSHIP_ONLY.test(text) && [h, ...ancestors(doc, h)].some((a) => LIST_HEADING.test(a.text))) return false;
  if (!EXPECTATIONS_ONLY.test(text)) return true;
  return [h, ...ancestors(doc, h)].some((a) => ROLE_HOLDER.test(a.text) || /\broles?\b/i.test(a.text));
}

const ROLE_NAME_HEADING = /^(the )?(project )?(maintainers?|committers?|reviewers?|approvers?|members?|owners?|leads?|admins?|administrators?|steering committee|technical steering committee|tsc|core team|release managers?|security team|emeritus( maintainers?)?)$/i;

/**
 * Documents whose roles are not the project members': a code of conduct ("Our Responsibilities": "Project maintainers are responsible
 * for clarifying the standards of acceptable behavior", nlohmann/json's, in thousands of repositories), a prompt for coding agents
 * (osv-scanner's AGENTS.md "Persona & Role": "You are acting as an AI contributor") and a threat model (containerd's "containerd's
 * role is to execute the container specification").
 */
const NOT_MEMBERS_DOC = /code[-_ ]of[-_ ]conduct|threat[-_ ]?model/i;

const NOT_MEMBERS_HEADING = /\b(?:code of conduct|contributor covenant)\b/i;

/** People a roles section speaks of, where the document is not about the project's people by its kind. */
const PEOPLE_WORDS = /\b(?:core (?:developers?|devs?)|maintainers?|contributors?|committers?|reviewers?|approvers?|members?|owners?|people|persons?|team|leads?|chairs?|steering|moderators?|triagers?|admins?|administrators?|emeritus|shepherds?|managers?|volunteers?|champions?)\b/i;

/**
 * A section that may describe the members' roles: not in a document of the kinds above, nor under a
 * code-of-conduct heading; in docs/ or the README, only one whose prose speaks of people (argo-cd's
 * architecture page "Responsibility": "a brief description of Argo CD components and its main
 * responsibilities").
 */
function aboutMembers(doc: DocumentInfo, h: Heading): boolean {
  // A roadmap item on roles ("Support For Different Hats (Roles)", gittuf's) plans a product feature.
  if (NOT_MEMBERS_DOC.test(doc.path) || agentInstructions(doc.path) || inRoadmap(doc, h)) return false;
  if ((doc.role === 'docs' || doc.role === 'readme') && !PEOPLE_WORDS.test(h.text) && !PEOPLE_WORDS.test(h.body) && !subheadingsName(doc, h, PEOPLE_WORDS)) return false;
  return !NOT_MEMBERS_HEADING.test(h.text) && !ancestors(doc, h).some((a) => NOT_MEMBERS_HEADING.test(a.text));
}

/** Whether a heading's subsections are titled with such words: "Roles and Responsibilities" over "Users", "Committers", "Reviewers" (eslint's governance page). */
function subheadingsName(doc: DocumentInfo, h: Heading, words: RegExp): boolean {
  const hs = doc.outline?.headings ?? [];
  const at = hs.indexOf(h);
  for (let i = at + 1; at >= 0 && i < hs.length && i <= at + 50 && hs[i].level > h.level; i++) if (words.test(hs[i].text)) return true;
  return false;
}

function rolesSection(doc: DocumentInfo): Heading | undefined {
  return sectionIn(doc, (h) => rolesHeading(h, doc), 60) ?? (doc.role === 'governance' || doc.role === 'docs' ? roleNamesDescribed(doc) : undefined);
}

/** In a governance document, two or more role headings each with a paragraph: the roles are described. */
function roleNamesDescribed(doc: DocumentInfo): Heading | undefined {
  const described = (doc.outline?.headings ?? []).filter((h) => ROLE_NAME_HEADING.test(h.text) && h.ownChars >= 100 && !h.linkListOnly);
  return described.length >= 2 ? described[0] : undefined;
}

/**
 * A "Membership" section that only lists members with a title each (rustls's README "Project Membership": "Dirkjan Ochtman
 * (@djc, Co-maintainer)"): it names roles but describes no responsibility, so it is for a person to judge, not a pass.
 */
const MEMBERSHIP_HEADING = /\bmembership\b/i;
const DESCRIBED_HEADING = /\b(?:roles?|responsibilit\w*|duties|contributor ladder|levels?|expectations)\b/i;
const DUTY_WORDS = /\b(?:responsib\w*|duties|dut(?:y|ies)|expected to|review\w*|merg\w*|approv\w*|triag\w*|releas\w*|decid\w*|decision\w*|vot\w*|maintains?|owns?|leads?|oversees?|manages?)\b/i;

function titlesOnly(h: Heading): boolean {
  return MEMBERSHIP_HEADING.test(h.text) && !DESCRIBED_HEADING.test(h.text) && h.sectionChars === h.ownChars && !DUTY_WORDS.test(h.body);
}

/** Pages named for governance or roles are read first, before other pages that speak of a responsibility. */
const GOVERNANCE_PAGE = /(?:^|\/)[^/]*(?:governance|roles|maintainers|membership|community-membership)[^/]*$/i;

/**
 * A guide to a members' role, titled for it, that says it sets out the role's responsibilities
 * (axios's COLLABORATOR_GUIDE.md: "# Collaborator Guide", "This guide will help you understand your
 * role and the responsibilities that come with being a collaborator", then the duties in a list).
 */
const ROLE_GUIDE_TITLE = /^(?:the\s+)?(?:collaborators?|maintainers?|committers?|reviewers?|triagers?)(?:['\u2019]s?)?\s+(?:guide|handbook)$/i;
const ROLE_GUIDE_INTRO = /\b(?:responsibilit\w*|duties)\b/i;

function roleGuide(doc: DocumentInfo): Heading | undefined {
  const title = doc.outline?.headings[0];
  return doc.kind === 'project' && title?.level === 1 && ROLE_GUIDE_TITLE.test(title.text) && ROLE_GUIDE_INTRO.test(title.body) ? title : undefined;
}

/**
 * A governance or maintainers section titled for a role holder whose prose says what the role does
 * (python-tuf's "Maintainership and Consensus Builder": "A maintainer is expected to (1) submit and
 * review GitHub pull requests ... A maintainer has the authority to approve or reject pull requests").
 */
const ROLE_HOLDER_HEADING = /\b(?:maintainers?(?:hip)?|committers?|reviewers?|approvers?|owners?|leads?|moderators?|triagers?|steering committee|core team|core (?:developers?|devs?|contributors?)|consensus builder)\b/i;
/**
 * In a governance or maintainers document, any team is a group of members (lodash's GOVERNANCE.md "Security Triage Team",
 * "Release Team": "The Release Team is solely responsible for publishing new versions of Lodash to npm"); in docs/ a
 * "Team settings" page is the product's.
 */
const TEAM_HEADING = /\bteam\b/i;
/** How much of the duty is the holder's: "is solely responsible for", "are jointly responsible for". */
const ROLE_DUTY =
  /\b(?:maintainers?|committers?|reviewers?|approvers?|owners?|leads?|moderators?|triagers?|members?|builder|team|committee|chairs?)\s+(?:(?:is|are)\s+(?:(?:solely|jointly|collectively|primarily|mainly|ultimately|also)\s+)?(?:expected|responsible|required)\s+(?:to|for)|(?:has|have)\s+the\s+(?:authority|right|duty|responsibility)\s+to|(?:is|are)\s+in\s+charge\s+of)\b/i;

/**
 * The role holders doing their duties, said plainly (rubocop's docs/…/about/team.adoc "The Core Team": "This group of
 * long-term contributors manages releases, evaluates pull-requests, and does a lot of the groundwork"): a duty verb with
 * what it acts on, a few words after the holder. "The maintainers are Jane Doe and Joe Bloggs" names no duty.
 */
const ROLE_DOES =
  /\b(?:maintainers?|committers?|reviewers?|approvers?|owners?|moderators?|triagers?|members?|team|group|committee)\b(?:\s+[\w'-]+){0,5}?\s+(?:manages?|reviews?|evaluates?|merges?|approves?|triages?|cuts?|publish(?:es)?|decides?|oversees?|steers?)\s+(?:the\s+)?(?:releases?|pull[- ]requests?|prs|changes|patches|issues|contributions)\b/i;

/**
 * The access the role holders have, which is what the role may do (sphinx's doc/internals/organization.rst "Core developers":
 * "The core developers of Sphinx have write access to the main repository. They can commit changes, accept/reject pull
 * requests"): under a heading titled for the role, it describes the role.
 */
const ROLE_ACCESS =
  /\b(?:maintainers?|committers?|reviewers?|approvers?|owners?|members?|team|developers?|devs?|contributors?)\b(?:\s+[\w'-]+){0,4}?\s+(?:has|have|hold|holds|(?:is|are)\s+given)\s+(?:write|commit|merge|push|admin(?:istrator)?|maintain)\s+(?:access|rights|permissions?|privileges?|bits?)\b/i;

/** In docs/, only a section whose heading speaks for the project (projectSection): a product's "Owners" role is not the project's. */
function dutySection(h: Heading, doc: DocumentInfo): boolean {
  return (
    (doc.role === 'governance' || doc.role === 'maintainers' || doc.role === 'docs') &&
    (ROLE_HOLDER_HEADING.test(h.text) || (doc.role !== 'docs' && TEAM_HEADING.test(h.text))) &&
    (statementIn(h.body, ROLE_DUTY) !== null || statementIn(h.body, ROLE_DOES) !== null || statementIn(h.body, ROLE_ACCESS) !== null) &&
    aboutMembers(doc, h)
  );
}

/**
 * A role holders' section whose prose sends the reader elsewhere for what the role is (opentelemetry-go's CONTRIBUTING
 * "Maintainers": the list of maintainers, then "For more information about the maintainer role, see the [community
 * repository](https://github.com/open-telemetry/community/…/membership.md#maintainer)"): the project says where its roles are
 * described, which is not read here. The prose before the link names the role and sends the reader on.
 */
const ROLE_NAMED = /\b(?:the|each|this|that|their|these)\s+(?:[\w-]+\s+)?roles?\b|\bresponsibilities\b/i;
const SENDS_ON = /\b(?:see|read|refer to|described|defined|explained|(?:more )?information|details)\b/i;
const POINTER_PROSE = 160;

function rolePointer(facts: Facts, roles: DocumentRole[]): Evidence[] {
  for (const role of roles)
    for (const doc of documentsOf(facts.documents, role)) {
      const o = doc.outline;
      if (!o) continue;
      for (const l of o.links) {
        if (l.image || !/^https:\/\//i.test(l.target) || intoThisRepository(facts, l.target)) continue;
        const h = headingAt(doc, l.line);
        if (!h || !(ROLE_NAME_HEADING.test(h.text.trim()) || rolesHeading(h, doc)) || !aboutMembers(doc, h) || !projectSection(doc, h)) continue;
        const before = o.proseBefore(l.line, l.column, POINTER_PROSE);
        if (ROLE_NAMED.test(before) && SENDS_ON.test(before))
          return [fileEvidence(doc.path, `the description of the roles is kept outside this repository: section "${h.text.slice(0, 80)}" sends the reader to ${l.target.slice(0, 200)} for the role`, l.line, l.column)];
      }
    }
  return [];
}

export const id = 'OSPS-GV-01.02';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  const found: Evidence[] = [];
  const roles: DocumentRole[] = ['governance', 'maintainers', 'contributing', 'docs', 'readme'];
  // A roles section that only links a page elsewhere describes no role here: attested below (sectionKeptElsewhere).
  const rolesHere = (h: Heading, doc: DocumentInfo) => rolesHeading(h, doc) && aboutMembers(doc, h);
  const own = saidHere(facts, (h, doc) => rolesHere(h, doc) && !titlesOnly(h));
  const section = findProjectSection(facts, roles, own, 60, GOVERNANCE_PAGE) ?? findProjectSection(facts, ['governance', 'maintainers', 'docs'], dutySection, 60, GOVERNANCE_PAGE);
  const titled = section ? null : findProjectSection(facts, roles, (h, doc) => titlesOnly(h) && aboutMembers(doc, h), 60, GOVERNANCE_PAGE);
  if (section) found.push(sectionEvidence(section, 'roles and responsibilities described'));
  else {
    for (const doc of documentsOf(facts.documents, 'governance')) {
      const h = roleNamesDescribed(doc);
      if (h) {
        found.push(fileEvidence(doc.path, `roles described: section "${h.text}" and others`, h.line));
        break;
      }
    }
    const guide = found.length ? undefined : roles.flatMap((r) => documentsOf(facts.documents, r)).map((doc) => ({ doc, h: roleGuide(doc) })).find((g) => g.h);
    if (guide?.h) found.push(fileEvidence(guide.doc.path, `a guide to a members' role and its responsibilities: "${guide.h.text}"`, guide.h.line));
  }
  const si = siDocs(facts, ['repository.documentation.governance'], 'governance document', rolesSection);
  const remediation = `${sectionAdvice(ROLES, 'describing each role (e.g. maintainer, reviewer, contributor), what it may do and what it is expected to do')}. Link it from repository.documentation.governance in ${insightsFile(facts)}.`;
  return decideDocs(found, si, 'repository.documentation.governance', () => {
    const away = sectionKeptElsewhere(facts, roles, rolesHere, 'the description of the roles is');
    if (away.length > 0) return attested(away, `Check that the page it links describes each role and its responsibilities, or: ${remediation}`);
    const pointer = rolePointer(facts, roles);
    if (pointer.length > 0) return attested(pointer, `Check that the page it links describes each role and its responsibilities, or: ${remediation}`);
    return titled
      ? unknown(
          `"${titled.heading.text.slice(0, 80)}" lists the members with a title each, but describes no responsibilities`,
          remediation,
          [sectionEvidence(titled, 'members listed with a role title, no responsibilities described')],
        )
      : missingUnlessDefaultElsewhere(facts, 'governance', 'describes each role and its responsibilities', 'no section describing roles and responsibilities in GOVERNANCE, MAINTAINERS, CONTRIBUTING, the README or docs/', remediation);
  });
}
