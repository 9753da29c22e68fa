// OSPS-GV-01.01: A list of members with access to sensitive resources.
// A MAINTAINERS/OWNERS file with content (a Prow OWNERS file counts its approvers and reviewers,
// aliases expanded, not its emeritus lists; one naming only former members lists no one with
// access), CODEOWNERS naming a person, a "Maintainers"/"Team" section (or an
// "Authors" or "Credits" section with GitHub profiles or e-mail addresses, not those it credits with an idea, a logo or thanks,
// or with a person its prose says maintains the project, by any link, not former members; a members section that is only a list of GitHub profile
// links, bat's README "Maintainers") in GOVERNANCE, the README or
// CONTRIBUTING (in docs/, only on a page about the project's people, or an Authors/Credits section on the docs' front page), a section under any heading whose own prose speaks of
// the core team or the maintainers and names three or more of them by e-mail or GitHub profile (pytest's doc/en/contact.rst
// "Mail"; in docs/, only on a page about people or contacts), or members named in
// Security Insights `project.administrators` or `repository.core-team`. A CODEOWNERS of GitHub
// teams only, a members section or a MAINTAINERS file that names no one but links a list in another repository, is
// a list kept elsewhere; one that names no one and sends the reader to another member file of this tree (spire's MAINTAINERS.md
// to CODEOWNERS) is no list itself, and that file is read on its own. The governance
// link in Security Insights is checked against the tree. A Security Insights link that contradicts
// the tree fails; a document section passes; a declaration elsewhere, or a README link to the
// member list kept in another repository, or the developers a Maven POM names, is attested (decideDocs, helpers/documentation.ts).
// Otherwise fail.
import { agentInstructions, type DocumentInfo, documentsOf } from '../facts/documents.ts';
import type { Heading, Link } from '../facts/markdown.ts';
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { decideDocs, POINTER_PROSE, readmeLinksElsewhere, siDocs } from './helpers/documentation.ts';
import { fileEvidence } from './helpers/evidence.ts';
import { insightsFile, insightsEvidence, insightsField } from './helpers/insights.ts';
import { intoThisRepository, urlFileName } from './helpers/repository.ts';
import { findListWhere, findSectionWhere, headingIs, sectionEmails, sectionEvidence, sectionIn, sectionLinks, underProjectHeading } from './helpers/sections.ts';
import { attested, fail, type Outcome } from './types.ts';

const MEMBERS_HEADING = /\b(maintainers?|committers?|members?|owners?|approvers?|reviewers?|admins?|administrators?|core team|team|steering committee|tsc|people)\b/i;

/**
 * Headings about what members do or how one becomes one, not who they are: cli/cli's CONTRIBUTING
 * "(core team only) Reviewing a design" is a process that names nobody, and pytest's CONTRIBUTING
 * "Joining the Development Team" says how commit access is offered. Nor former members: goreleaser's
 * maintainers page "Emeritus" ("These people helped along the way, but have now moved on") names people
 * who no longer have access.
 */
const MEMBERS_NOT = /\b(emerit\w*|former|alumni|retired|past (?:maintainers|members|committers)|becom\w*|join\w*|how to|guides?|guidelines?|handbook|nominat\w*|promot\w*|responsibilit\w*|roles?|duties|expectations|process|election|removal|adding|code of conduct|only|review(?:ing)?|triag\w*|design|workflow|onboarding|offboarding)\b/i;

/** A docs/ page about the project's people: its governance, team or members, or its authors (hatch's docs/meta/authors.md, "Maintainers" and "Contributors"). */
const PEOPLE_PAGE = /(governance|maintainers?|team|people|community|members|owners|committers|authors?)[^/]*$/i;

const PROFILE_LINK = /^https:\/\/github\.com\/[A-Za-z0-9-]{1,39}\/?$/;

const AUTHORS_HEADING = /^(?:authors?|credits|core authors)$/i;

/**
 * "Membership" may head a list of the members (rustls's README "Project Membership": four people with their GitHub
 * profiles) or how one becomes a member (a governance "Community membership" of roles): it counts when it names people.
 */
const MEMBERSHIP_HEADING = /\bmembership\b/i;

/** A heading that names the people behind the project only when its section reaches them (an "Authors" or "Membership" list). */
const peopleHeading = (text: string): boolean => AUTHORS_HEADING.test(text.trim()) || (MEMBERSHIP_HEADING.test(text) && !MEMBERS_NOT.test(text));

/**
 * Prose that opens by thanking: vitest's README "Credits" is "Thanks to:" the Jest team, @lukeed for uvu, @pi0 for an idea,
 * @patak-dev for the package name. People thanked are not members with access.
 */
const THANKS = /^(?:(?:special|many|big|huge|heartfelt)\s+)?thanks\b|^thank\s+you\b|^(?:we|i)\s+(?:would\s+like\s+to\s+|want\s+to\s+)?thank\b/i;

/**
 * Words before a person's link, in its sentence, that credit them with something other than a place in the project:
 * structlog's README "Credits", "The idea of bound loggers is inspired by previous work by [Jean-Paul
 * Calderone](https://github.com/exarkun) and [David Reid](https://github.com/dreid)"; the original author of a fork (go-viper/mapstructure's
 * "originally created by [@mitchellh](https://github.com/mitchellh)", who archived it); a logo, thanks, funding.
 */
const CREDITED_FOR = /\b(?:inspir\w*|based on|original(?:ly)?|thanks?|thank you|grateful|logo|artwork|illustrat\w*|sponsor\w*|fund\w*|donat\w*|idea)\b/i;
/** Words before a link, in its sentence, that make its target the project's maintainer: "is written and maintained by [Hynek Schlawack](https://hynek.me/)". */
const MAINTAINED_BY = /\bmaintained by\b/i;
/** Link text that names an organization, not a person: "maintained by [Example Corporation](…)" lists no member. */
const ORGANIZATION_TEXT = /\b(?:inc|corp\w*|company|gmbh|ag|llc|ltd|team|developers|community|foundation|organi[sz]ation|group|contributors)\b/i;

/** The words of a link's sentence before it (its section's prose, never past a heading). */
function sentenceBefore(doc: DocumentInfo, l: Link): string {
  const before = doc.outline?.proseBefore(l.line, l.column, 300) ?? '';
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  return cut >= 0 ? before.slice(cut + 2) : before;
}

/**
 * Words that present the people after them as former members: pipx's docs/index.rst "Credits", after its maintainers,
 * "Emeritus maintainers, who shaped earlier releases:" and four GitHub profiles, who have no access.
 */
const FORMER = /\b(?:emerit\w*|former|retired|alumni|past (?:maintainers|members|committers))\b/i;

/** Whether a link's sentence presents it as a former member's: a former word after the sentence's last "maintained by". */
function formerIn(sentence: string): boolean {
  const at = sentence.toLowerCase().lastIndexOf('maintained by');
  return FORMER.test(at < 0 ? sentence : sentence.slice(at));
}

/**
 * The people an "Authors" or "Credits" section names: its GitHub profile links not credited with an idea, a logo or thanks, a
 * link to a person its sentence says maintains the project (a personal site), and its e-mail addresses; not former members,
 * nor a profile the section also lists among them (pipx's creator, "It was created by [Chad Smith]", now emeritus).
 */
function authorsIn(doc: DocumentInfo, h: Heading): { count: number; maintainers: Link[] } {
  let count = sectionEmails(doc, h).length;
  const maintainers: Link[] = [];
  const links = sectionLinks(doc, h)
    .filter((l) => !l.image)
    .map((l) => ({ l, sentence: sentenceBefore(doc, l) }));
  const profile = (l: Link) => l.target.toLowerCase().replace(/\/$/, '');
  const former = new Set(links.filter((x) => formerIn(x.sentence)).map((x) => profile(x.l)));
  for (const { l, sentence } of links) {
    if (former.has(profile(l))) continue;
    if (MAINTAINED_BY.test(sentence) && !ORGANIZATION_TEXT.test(l.text)) maintainers.push(l);
    else if (PROFILE_LINK.test(l.target) && !CREDITED_FOR.test(sentence)) count++;
  }
  return { count: count + maintainers.length, maintainers };
}

/** The front page of the documentation (docs/index.rst, doc/en/index.rst): where a docs site credits its maintainers. */
const DOCS_FRONT_PAGE = /^(?:docs?|documentation)\/(?:(?:source|src|en)\/)?index\.(?:rst|md|mdx|adoc|txt)$/i;

/** An "Authors" or "Membership" section that names people, unless it thanks them. */
const peopleSection = (h: Heading, doc: DocumentInfo): boolean => peopleHeading(h.text) && !THANKS.test(h.body.trimStart()) && authorsIn(doc, h).count > 0;

/** A README link to the member list kept elsewhere: its text says it is the list ("Maintainers", "Project owners", "Core team"). */
const MEMBERS_LINK = /^(?:the |our |project |list of )*(?:maintainers|owners|committers|core team|team members)(?: list| file)?(?:\.md)?$/i;
/**
 * Or a link to a member file whose text speaks of members: sops's README, "now under the stewardship
 * of a [new group of maintainers](https://github.com/getsops/community/blob/main/MAINTAINERS.md)".
 */
const MEMBERS_FILE = /^(?:maintainers|owners|committers)(?:\.(?:md|markdown|rst|txt))?$/i;
const MEMBERS_WORD = /\b(?:maintainers?|owners?|committers?|team)\b/i;

function membersLink(l: Link): boolean {
  return MEMBERS_LINK.test(l.text) || (MEMBERS_WORD.test(l.text) && MEMBERS_FILE.test(urlFileName(l.target)));
}

/** GitHub profile links and e-mail addresses written in a heading's section. */
function peopleIn(doc: DocumentInfo, h: Heading): number {
  return sectionLinks(doc, h).filter((l) => PROFILE_LINK.test(l.target)).length + sectionEmails(doc, h).length;
}

/**
 * Prose that presents the people listed with it as the project's team: pytest's doc/en/contact.rst "Mail", "Mails sent there
 * will be distributed among the members in the pytest core team, who can also be contacted individually:" and six names, each
 * with an e-mail address.
 */
const TEAM_PROSE = /\b(?:core[- ]team|core developers|maintainers|committers|team members)\b/i;

/**
 * Distinct people a section names by e-mail address or GitHub profile link in its own text, before any subsection: pytest's
 * TIDELIFT.rst speaks of "the core team" in its lead, and its subsection "Funds" lists who is paid, not who has access.
 */
function distinctPeople(doc: DocumentInfo, h: Heading): number {
  const hs = doc.outline?.headings ?? [];
  const end = hs[hs.indexOf(h) + 1]?.line ?? Number.MAX_SAFE_INTEGER;
  const profiles = sectionLinks(doc, h).filter((l) => l.line < end && PROFILE_LINK.test(l.target)).map((l) => l.target.toLowerCase().replace(/\/$/, ''));
  return new Set([...profiles, ...sectionEmails(doc, h).filter((e) => e.line < end).map((e) => e.address.toLowerCase())]).size;
}

/** A page of docs/ about the project's people or how to contact them; not a blog post's acknowledgments (vite's "Vite team members"). */
const CONTACT_PAGE = /contacts?[^/]*$/i;

/** Headings on what a member must meet (etcd's "Maintainer requirements", with the maintainers' mailing lists): no list of who they are. */
const REQUIREMENTS = /\b(?:requirements?|criteria|eligibility)\b/i;

/**
 * A section, under any heading but one on becoming a member, whose own prose speaks of the team and names at least three
 * people (a team address and two members): in governance, the README, CONTRIBUTING or a docs/ page about people or contacts.
 */
const teamContacts = (facts: Facts) =>
  findSectionWhere(
    facts,
    ['governance', 'readme', 'contributing', 'docs'],
    (h, doc) =>
      (doc.role !== 'docs' || PEOPLE_PAGE.test(doc.path) || CONTACT_PAGE.test(doc.path)) &&
      !MEMBERS_NOT.test(h.text) &&
      !REQUIREMENTS.test(h.text) &&
      TEAM_PROSE.test(h.body) &&
      distinctPeople(doc, h) >= 3 &&
      !agentInstructions(doc.path),
    10,
  );

/** Heading words that name the project's people whatever the document. "Members", "Owners" or "People" may be the product's. */
const PEOPLE_WORD = /\b(?:maintainers?|committers?|approvers?|reviewers?|core team|team|steering committee|tsc)\b/i;

/**
 * A README section headed only by a word the product uses too ("Members", "Owners"): the JSON objects' members of cJSON's
 * README "Duplicate Object Members", under "Usage". It lists the project's members when it names someone (a GitHub profile,
 * an e-mail address, an @handle) or stands under a project-level heading ("Project Members", "Community" > "Members").
 */
function readmeTopic(doc: DocumentInfo, h: Heading): boolean {
  if (doc.role !== 'readme' || PEOPLE_WORD.test(h.text)) return false;
  return !underProjectHeading(doc, h) && peopleIn(doc, h) === 0 && !HANDLE.test(h.body);
}

function membersSection(doc: DocumentInfo): Heading | undefined {
  return sectionIn(doc, headingIs(MEMBERS_HEADING, MEMBERS_NOT), 10);
}

/** Names of people in a Security Insights contact list (project.administrators, repository.core-team). */
function contactNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((c) => (c && typeof c === 'object' && typeof (c as Record<string, unknown>).name === 'string' ? ((c as Record<string, unknown>).name as string).trim() : ''))
    .filter((n) => n !== '');
}

export const id = 'OSPS-GV-01.01';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

/** A GitHub handle written in prose ("@alice"): a member named without a profile link. */
const HANDLE = /(?:^|[\s(,])@[A-Za-z0-9][A-Za-z0-9-]{0,38}\b/;

/** A label over former members in a plain-text member file ("Retired maintainers:"): the names after it have no access. */
const FORMER_LABEL = /\b(?:retired|former|emeritus|past|alumni)\s+(?:maintainers|members|committers|approvers|reviewers|owners)\s*:/i;
/** A label over a list of members ("Maintainers:", "Current committers:"). */
const MEMBERS_LABEL = /\b(?:maintainers|members|committers|approvers|reviewers|owners)\s*:/i;

/**
 * The prose of a member file without a closing list of former members: flux's helm-controller MAINTAINERS, a text file
 * with no heading, says where the maintainers chat and that it "shares maintainers from the main Flux v2 git repository,
 * as listed in https://github.com/fluxcd/flux2/blob/main/MAINTAINERS", then "Retired maintainers:" and one name.
 */
function currentProse(o: NonNullable<DocumentInfo['outline']>): number {
  const m = o.headings.length === 0 ? FORMER_LABEL.exec(o.lead) : null;
  if (!m || MEMBERS_LABEL.test(o.lead.slice(m.index + m[0].length))) return o.proseChars;
  return Math.max(0, o.proseChars - (o.lead.length - m.index));
}

/**
 * The link of a member file that names no one and hands the list to another repository or site: kyverno's MAINTAINERS.md,
 * "The list of maintainers for Kyverno and its sub-projects is managed at: https://github.com/kyverno/community/blob/main/MAINTAINERS.md".
 */
function handedOut(facts: Facts, doc: DocumentInfo): Link | undefined {
  const o = doc.outline;
  if (!o || currentProse(o) >= POINTER_PROSE || o.emails.length > 0 || o.links.some((l) => PROFILE_LINK.test(l.target))) return undefined;
  const bodies = [o.lead, ...o.headings.map((h) => h.body)];
  if (bodies.some((b) => HANDLE.test(b))) return undefined;
  return o.links.find((l) => /^https:\/\//i.test(l.target) && !intoThisRepository(facts, l.target) && (membersLink(l) || MEMBERS_FILE.test(urlFileName(l.target))));
}

/** Words before a link that present it as where the members are listed ("For a list of active SPIRE maintainers, please see"). */
const LIST_WORDS = /\b(?:list|listed|names?|named)\b/i;

/**
 * The link of a member file that names no one and sends the reader to another member file of this tree for the list: spire's
 * MAINTAINERS.md holds its maintainership guidelines and says "For a list of active SPIRE maintainers, please see the
 * [CODEOWNERS](CODEOWNERS) file". The list is that file's, not this one's.
 */
function pointsInside(facts: Facts, doc: DocumentInfo): Link | undefined {
  const o = doc.outline;
  if (!o || o.emails.length > 0 || o.links.some((l) => PROFILE_LINK.test(l.target))) return undefined;
  if ([o.lead, ...o.headings.map((h) => h.body)].some((b) => HANDLE.test(b))) return undefined;
  const own = doc.path.slice(doc.path.lastIndexOf('/') + 1).toLowerCase();
  return o.links.find((l) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(l.target) && !intoThisRepository(facts, l.target)) return false;
    const path = l.target.split(/[?#]/)[0];
    const name = path.slice(path.lastIndexOf('/') + 1);
    return name.toLowerCase() !== own && (MEMBERS_FILE.test(name) || /^codeowners$/i.test(name)) && LIST_WORDS.test(`${o.proseBefore(l.line, l.column, 120)} ${l.text}`);
  });
}

export function evaluate(facts: Facts): Outcome {
  const found: Evidence[] = [];
  // Member lists this tree points to but does not hold: GitHub teams, another repository's file.
  const kept: Evidence[] = [];
  // Member files that name no one and send the reader to another file of this tree, which is read on its own.
  const pointers: Evidence[] = [];
  for (const doc of documentsOf(facts.documents, 'maintainers')) {
    const o = doc.outline;
    if (!o || o.proseChars < 10) continue;
    const out = handedOut(facts, doc);
    if (out) {
      kept.push(fileEvidence(doc.path, `${doc.path} names no member; it links the list kept outside this repository: ${out.target.slice(0, 200)}`, out.line, out.column));
      continue;
    }
    const inside = pointsInside(facts, doc);
    if (inside) {
      pointers.push(fileEvidence(doc.path, `${doc.path} names no member; it sends the reader to ${inside.target.slice(0, 200)} for the list`, inside.line, inside.column));
      continue;
    }
    const prow = doc.prowOwners;
    if (prow) {
      // Prow's OWNERS: its approvers and reviewers have access; its emeritus lists name former members, who have none.
      if (prow.people.length === 0) continue;
      const via = prow.aliases.length > 0 ? `, ${prow.aliases.length} alias(es) of OWNERS_ALIASES expanded` : '';
      const former = prow.emeritus > 0 ? `; ${prow.emeritus} emeritus entr${prow.emeritus === 1 ? 'y' : 'ies'}, former members, not counted` : '';
      found.push(fileEvidence(doc.path, `Prow OWNERS: ${prow.people.length} approver(s) and reviewer(s)${via}${former}`, prow.line));
      break;
    }
    const people = o.emails.length + o.links.filter((l) => PROFILE_LINK.test(l.target)).length;
    found.push(fileEvidence(doc.path, people > 0 ? `list of project members (${people} e-mail address(es) or GitHub profile link(s))` : 'list of project members', 1));
    break;
  }
  for (const doc of documentsOf(facts.documents, 'codeowners')) {
    const owners = doc.codeOwners;
    if (!owners || owners.people.length + owners.teams.length === 0) continue;
    if (owners.people.length > 0) found.push(fileEvidence(doc.path, `CODEOWNERS names ${owners.people.length} person(s) whose review is required, e.g. ${owners.people[0]}`, owners.line));
    else kept.push(fileEvidence(doc.path, `CODEOWNERS names only GitHub team(s) (${owners.teams.slice(0, 3).join(', ')}), whose members are listed on GitHub, not in this tree`, owners.line));
    break;
  }
  // In docs/, only pages about the project's people: "Members" in an API reference is not a team.
  const section =
    findSectionWhere(facts, ['governance', 'readme', 'contributing'], (h, doc) => headingIs(MEMBERS_HEADING, MEMBERS_NOT)(h) && !readmeTopic(doc, h), 10) ??
    findSectionWhere(facts, ['docs'], (h, doc) => PEOPLE_PAGE.test(doc.path) && MEMBERS_HEADING.test(h.text) && !MEMBERS_NOT.test(h.text), 10);
  // dapr's GOVERNANCE.md "Project Maintainers" names no one: "[Project maintainers](https://github.com/dapr/community/blob/master/MAINTAINERS.md) are responsible for ...".
  const linkedOut = section && peopleIn(section.doc, section.heading) === 0 ? sectionLinks(section.doc, section.heading).find((l) => membersLink(l) && /^https:\/\//i.test(l.target) && !intoThisRepository(facts, l.target)) : undefined;
  if (section && linkedOut) kept.push(fileEvidence(section.doc.path, `section "${section.heading.text}" names no member; it links the list kept outside this repository: ${linkedOut.target.slice(0, 200)}`, linkedOut.line, linkedOut.column));
  // A role heading that names no one (hyper's GOVERNANCE "Maintainer": "Maintainers are the project
  // admins") adds nothing to a member list already found.
  else if (section && !(found.length > 0 && peopleIn(section.doc, section.heading) === 0)) found.push(sectionEvidence(section, 'project members listed'));
  else {
    // "Authors" names the people behind the project when it reaches them: composer's README lists
    // its two maintainers with their GitHub profiles and e-mail addresses.
    // A "Maintainers" section that is only a list of GitHub profile links (bat's README: four `- [handle](https://github.com/handle)`)
    // names its members by their links, though the outline takes such a list for a table of contents.
    const authors =
      findSectionWhere(facts, ['readme', 'governance', 'contributing'], peopleSection, 10) ??
      // The docs site's front page, as the README (pipx's docs/index.rst "Credits": "pipx is maintained by a team of volunteers").
      findSectionWhere(facts, ['docs'], (h, doc) => DOCS_FRONT_PAGE.test(doc.path) && peopleSection(h, doc), 10) ??
      findListWhere(facts, ['governance', 'readme', 'contributing'], (h, doc) => (headingIs(MEMBERS_HEADING, MEMBERS_NOT)(h) && peopleIn(doc, h) > 0) || peopleSection(h, doc));
    if (authors) {
      const named = peopleHeading(authors.heading.text) ? authorsIn(authors.doc, authors.heading) : { count: peopleIn(authors.doc, authors.heading), maintainers: [] };
      const others = named.count - named.maintainers.length;
      const parts = named.maintainers.length > 0 ? [`maintained by ${named.maintainers.slice(0, 3).map((l) => JSON.stringify(l.text.slice(0, 80))).join(', ')}`] : [];
      if (others > 0 || parts.length === 0) parts.push(`${others} GitHub profile link(s) or e-mail address(es)`);
      found.push(sectionEvidence(authors, `project members listed (${parts.join('; ')})`));
    } else {
      const team = teamContacts(facts);
      if (team) found.push(sectionEvidence(team, `members of the team named with ${distinctPeople(team.doc, team.heading)} distinct e-mail address(es) or GitHub profile link(s)`));
    }
  }
  for (const field of ['project.administrators', 'repository.core-team']) {
    const f = insightsField(facts, field);
    const names = f ? contactNames(f.value) : [];
    if (names.length > 0) found.push(insightsEvidence(facts, field, `${field} names ${names.length} member(s), e.g. ${JSON.stringify(names[0].slice(0, 80))}`));
  }
  const si = siDocs(facts, ['repository.documentation.governance'], 'governance document', membersSection);
  if (found.length > 0) found.push(...pointers);
  return decideDocs(found, si, 'repository.documentation.governance', () => {
    // containerd's README: "[Maintainers](https://github.com/containerd/project/blob/main/MAINTAINERS)", kept for the whole organization.
    const elsewhere = [...kept, ...readmeLinksElsewhere(facts, membersLink, 'list of members')];
    // The POM's developers (apache/commons-lang's) are the people the project publishes with each release; whether they are the
    // members with access today (a list kept for years may name people long gone) is the project's word, not observed.
    const pom = facts.documents.pomDevelopers;
    if (pom) elsewhere.push(fileEvidence(pom.path, `the POM's <developers> names ${pom.count} person(s), e.g. ${JSON.stringify(pom.first.slice(0, 80))}: the project's word on its members, not a list of who has access`, pom.line));
    if (elsewhere.length > 0) return attested(elsewhere, 'Check that the list it links (or the GitHub teams CODEOWNERS names, or the POM\'s developers) names the people with access to this repository\'s sensitive resources, or list them in MAINTAINERS.md here.');
    return fail(
      [...pointers, { kind: 'note', detail: 'no MAINTAINERS/OWNERS/CODEOWNERS file that names a member, no "Maintainers" section in GOVERNANCE, the README or CONTRIBUTING, and no project.administrators or repository.core-team in Security Insights' }],
      `Add MAINTAINERS.md listing the people with access to sensitive resources (merge rights, release and registry credentials, secrets), with their GitHub handles, and name them in repository.core-team of ${insightsFile(facts)}.`,
    );
  });
}
