// OSPS-GV: who the project's members are and what they do, where the public discusses changes,
// what contributions must meet, and how people are vetted before they get escalated access.
// Documents are judged by their outlines: a section counts when its heading names the topic and
// its body has prose. Security Insights links into the repository are checked against the tree.
import type { DocumentInfo, DocumentRole } from '../facts/documents.ts';
import { documentsOf } from '../facts/documents.ts';
import type { Heading } from '../facts/markdown.ts';
import type { Facts } from '../facts/types.ts';
import { decideDocs, findSectionWhere, headingIs, sectionIn, siDocs } from './documentation.ts';
import { apiUnknownDetail, capEvidence, fileEvidence, sectionEvidence } from './helpers.ts';
import { insightsEvidence, insightsField } from './insights.ts';
import type { Evidence } from '../model/evidence.ts';
import { fail, pass, unknown, type Outcome, type Rule } from './types.ts';

// OSPS-GV-01.01: members with access to sensitive resources --------------------------------------

const MEMBERS_HEADING = /\b(maintainers?|committers?|members?|owners?|approvers?|reviewers?|admins?|administrators?|core team|team|steering committee|tsc|people|emeritus)\b/i;
const MEMBERS_NOT = /\b(becom\w*|how to|nominat\w*|promot\w*|responsibilit\w*|roles?|duties|expectations|process|election|removal|adding|code of conduct)\b/i;
const PEOPLE_PAGE = /(governance|maintainers?|team|people|community|members|owners|committers)[^/]*$/i;
const PROFILE_LINK = /^https:\/\/github\.com\/[A-Za-z0-9-]{1,39}\/?$/;

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

export const gv0101: Rule = {
  id: 'OSPS-GV-01.01',
  evaluate(facts: Facts): Outcome {
    const found: Evidence[] = [];
    for (const doc of documentsOf(facts.documents, 'maintainers')) {
      const o = doc.outline;
      if (!o || o.proseChars < 10) continue;
      const people = o.emails.length + o.links.filter((l) => PROFILE_LINK.test(l.target)).length;
      found.push(fileEvidence(doc.path, people > 0 ? `list of project members (${people} e-mail address(es) or GitHub profile link(s))` : 'list of project members', 1));
      break;
    }
    for (const doc of documentsOf(facts.documents, 'codeowners')) {
      if (doc.outline && doc.outline.proseChars >= 3) {
        found.push(fileEvidence(doc.path, 'CODEOWNERS names the people and teams whose review is required, by path', 1));
        break;
      }
    }
    // In docs/, only pages about the project's people: "Members" in an API reference is not a team.
    const section =
      findSectionWhere(facts, ['governance', 'readme', 'contributing'], headingIs(MEMBERS_HEADING, MEMBERS_NOT), 10) ??
      findSectionWhere(facts, ['docs'], (h, doc) => PEOPLE_PAGE.test(doc.path) && MEMBERS_HEADING.test(h.text) && !MEMBERS_NOT.test(h.text), 10);
    if (section) found.push(sectionEvidence(section, 'project members listed'));
    for (const field of ['project.administrators', 'repository.core-team']) {
      const f = insightsField(facts, field);
      const names = f ? contactNames(f.value) : [];
      if (names.length > 0) found.push(insightsEvidence(facts, field, `${field} names ${names.length} member(s), e.g. ${JSON.stringify(names[0].slice(0, 80))}`));
    }
    const si = siDocs(facts, ['repository.documentation.governance'], 'governance document', membersSection);
    return decideDocs(found, si, 'repository.documentation.governance', () =>
      fail(
        [{ kind: 'note', detail: 'no MAINTAINERS/OWNERS/CODEOWNERS file, no "Maintainers" section in GOVERNANCE, the README or CONTRIBUTING, and no project.administrators or repository.core-team in Security Insights' }],
        'Add MAINTAINERS.md listing the people with access to sensitive resources (merge rights, release and registry credentials, secrets), with their GitHub handles, and name them in repository.core-team of security-insights.yml.',
      ),
    );
  },
};

// OSPS-GV-01.02: roles and responsibilities -----------------------------------------------------

const ROLES_HEADING = /\b(roles?|responsibilit\w*|duties|contributor ladder|membership( levels?)?|expectations)\b/i;
const ROLE_NAME_HEADING = /^(the )?(project )?(maintainers?|committers?|reviewers?|approvers?|members?|owners?|leads?|admins?|administrators?|steering committee|technical steering committee|tsc|core team|release managers?|security team|emeritus( maintainers?)?)$/i;

function rolesSection(doc: DocumentInfo): Heading | undefined {
  return sectionIn(doc, headingIs(ROLES_HEADING), 60) ?? (doc.role === 'governance' || doc.role === 'docs' ? roleNamesDescribed(doc) : undefined);
}

/** In a governance document, two or more role headings each with a paragraph: the roles are described. */
function roleNamesDescribed(doc: DocumentInfo): Heading | undefined {
  const described = (doc.outline?.headings ?? []).filter((h) => ROLE_NAME_HEADING.test(h.text) && h.ownChars >= 100 && !h.linkListOnly);
  return described.length >= 2 ? described[0] : undefined;
}

export const gv0102: Rule = {
  id: 'OSPS-GV-01.02',
  evaluate(facts: Facts): Outcome {
    const found: Evidence[] = [];
    const roles: DocumentRole[] = ['governance', 'maintainers', 'contributing', 'docs', 'readme'];
    const section = findSectionWhere(facts, roles, headingIs(ROLES_HEADING, /\bcode of conduct\b/i), 60);
    if (section) found.push(sectionEvidence(section, 'roles and responsibilities described'));
    else {
      for (const doc of documentsOf(facts.documents, 'governance')) {
        const h = roleNamesDescribed(doc);
        if (h) {
          found.push(fileEvidence(doc.path, `roles described: section "${h.text}" and others`, h.line));
          break;
        }
      }
    }
    const si = siDocs(facts, ['repository.documentation.governance'], 'governance document', rolesSection);
    return decideDocs(found, si, 'repository.documentation.governance', () =>
      fail(
        [{ kind: 'note', detail: 'no section describing roles and responsibilities in GOVERNANCE, MAINTAINERS, CONTRIBUTING, the README or docs/' }],
        'Add GOVERNANCE.md with a "Roles and responsibilities" section describing each role (e.g. maintainer, reviewer, contributor), what it may do and what it is expected to do, and link it from repository.documentation.governance in security-insights.yml.',
      ),
    );
  },
};

// OSPS-GV-02.01: public discussion ---------------------------------------------------------------

const DISCUSSION_LINK = /(^https?:\/\/([a-z0-9-]+\.)*(slack\.com|discord\.gg|discord\.com|gitter\.im|matrix\.to|zulipchat\.com|groups\.google\.com|groups\.io|discourse\.[a-z.]+|lists\.[a-z0-9.-]+)(\/|$))|^https?:\/\/github\.com\/[^/]+\/[^/]+\/discussions|^https?:\/\/github\.com\/[^/]+\/[^/]+\/issues\/?$|^https?:\/\/github\.com\/orgs\/[^/]+\/discussions|^https?:\/\/[^/]*(forum|community|discuss)[^/]*\/|^https?:\/\/lists\.|\/mailman\/|\/mailing-?lists?\b|^mailto:[^@]+@(lists|groups)\./i;
const DISCUSSION_HEADING = /\b(mailing lists?|slack|discord|gitter|matrix|zulip|chat|forums?|discussions?|communication( channels?)?|community (channels?|meetings?)|get(ting)? in touch|talk to us)\b/i;
const DISCUSSION_ROLES: DocumentRole[] = ['readme', 'contributing', 'support', 'governance', 'code-of-conduct', 'docs'];

export const gv0201: Rule = {
  id: 'OSPS-GV-02.01',
  evaluate(facts: Facts): Outcome {
    const found: Evidence[] = [];
    const repo = facts.github.repo;
    if (repo.state === 'ok') {
      const url = repo.data.htmlUrl;
      if (repo.data.hasIssues === true) found.push({ kind: 'api', url: `${url}/issues`, detail: `GitHub issues are enabled (${repo.source.endpoint}: has_issues true)` });
      if (repo.data.hasDiscussions === true) found.push({ kind: 'api', url: `${url}/discussions`, detail: `GitHub Discussions are enabled (${repo.source.endpoint}: has_discussions true)` });
    }
    const links: Evidence[] = [];
    for (const role of DISCUSSION_ROLES) {
      for (const doc of documentsOf(facts.documents, role)) {
        for (const l of doc.outline?.links ?? []) {
          if (!DISCUSSION_LINK.test(l.target)) continue;
          links.push(fileEvidence(doc.path, `links to a public discussion channel: ${l.target.slice(0, 200)}`, l.line, l.column));
          if (links.length >= 3) break;
        }
        if (links.length >= 3) break;
      }
      if (links.length >= 3) break;
    }
    found.push(...links);
    if (links.length === 0) {
      // Headings only in community documents: "Matrix" or "Chat" in an API reference is not a channel.
      const section = findSectionWhere(facts, ['readme', 'contributing', 'support', 'governance'], headingIs(DISCUSSION_HEADING), 40);
      if (section) found.push(sectionEvidence(section, 'documents a public discussion channel'));
    }
    if (found.length > 0) return pass(capEvidence(found));
    const remediation =
      'Enable GitHub issues or Discussions for the repository, or document a public mailing list or chat (Slack, Discord, Matrix) with a link in the README or CONTRIBUTING.md.';
    if (repo.state === 'unknown')
      return unknown(
        `${apiUnknownDetail(repo, 'whether GitHub issues or Discussions are enabled')}; no document links to a mailing list, chat or forum`,
        remediation,
      );
    return fail(
      [
        { kind: 'api', url: repo.data.htmlUrl, detail: `${repo.source.endpoint}: has_issues ${String(repo.data.hasIssues)}, has_discussions ${String(repo.data.hasDiscussions)}` },
        { kind: 'note', detail: 'no document links to a mailing list, chat or forum' },
      ],
      remediation,
    );
  },
};

// OSPS-GV-03.02: requirements for acceptable contributions --------------------------------------

/** Headings that state what a contribution must meet. */
const REQUIREMENTS_HEADING = /\b(what (a )?good (change|contribution|pull request|patch|commit)s?( looks like)?|good (changes|contributions|pull requests|patches)|coding (standards?|style|conventions|guidelines)|code (style|standards?|conventions|quality|guidelines)|style ?guides?|conventions|lint(ing|ers?)?|formatting|commit (messages?|guidelines|conventions|format|style|requirements)|conventional commits|pull requests?|merge requests?|patch(es)? (guidelines|requirements|submission)|submission|submitting|requirements|checklist|dco|developer certificate|sign[- ]?offs?|signing off|review (process|criteria|guidelines)|code review|acceptance( criteria)?|definition of done|what we look for|before (you )?(submit|open)|guidelines)\b/i;
/** Outside the contribution guide, a heading must say it is about contributions ("requirements" alone is anything). */
const CONTRIBUTION_REQUIREMENTS = /\b(coding (standards?|style|conventions|guidelines)|code (style|standards?|conventions)|style ?guides?|commit (messages?|guidelines|conventions|format|requirements)|conventional commits|pull requests? (guidelines|requirements|checklist|process|rules)|merge requests? (guidelines|requirements|checklist)|submission guidelines|contribution (requirements|guidelines|standards|checklist)|contributor guidelines|dco|developer certificate|sign[- ]?offs?|code review|acceptance criteria|definition of done|what (a )?good (change|contribution|pull request|patch)s?)\b/i;
/** "Tests" sections state requirements only in a contribution guide. */
const TESTS_HEADING = /\b(tests?|testing)\b/i;
/**
 * A heading that says only "Requirements" (or "System / development requirements") is as often
 * about what a developer must install ("Python 3.10 or newer") as about what a contribution must
 * meet: it counts only when its prose speaks of contributions, changes or pull requests.
 */
const BARE_REQUIREMENTS = /^((system|software|development|developer|environment|build|install(ation)?|runtime|minimum|local) )?(requirements|prerequisites)$/i;
const CONTRIBUTION_WORD = /\b(contribution|contributions|pull requests?|PRs?|patch(es)?|commits?|changes? (must|should|need)|merged?|review(ed|ers?)?|submit\w*)\b/i;

function requirementsHeading(h: Heading): boolean {
  if (!REQUIREMENTS_HEADING.test(h.text)) return false;
  return !BARE_REQUIREMENTS.test(h.text.trim()) || CONTRIBUTION_WORD.test(h.body);
}

function requirementsSection(doc: DocumentInfo): Heading | undefined {
  return sectionIn(doc, requirementsHeading, 60) ?? (doc.role === 'contributing' ? sectionIn(doc, headingIs(TESTS_HEADING), 60) : undefined);
}

export const gv0302: Rule = {
  id: 'OSPS-GV-03.02',
  evaluate(facts: Facts): Outcome {
    const found: Evidence[] = [];
    const section =
      findSectionWhere(facts, ['contributing'], requirementsHeading, 60) ??
      findSectionWhere(facts, ['contributing'], headingIs(TESTS_HEADING), 60) ??
      findSectionWhere(facts, ['docs', 'readme'], headingIs(CONTRIBUTION_REQUIREMENTS), 60);
    if (section) found.push(sectionEvidence(section, 'requirements for acceptable contributions'));
    const si = siDocs(facts, ['repository.documentation.contributing-guide'], 'contribution guide', requirementsSection);
    return decideDocs(found, si, 'repository.documentation.contributing-guide', () =>
      fail(
        [{ kind: 'note', detail: 'no section in CONTRIBUTING (or docs/) stating what contributions must meet: coding standards, tests, commit or pull request requirements, sign-off' }],
        'Extend CONTRIBUTING.md with the requirements a contribution must meet: coding standards and linters, the tests to add and run, commit message and pull request rules, and any DCO sign-off; link it from repository.documentation.contributing-guide.',
      ),
    );
  },
};

// OSPS-GV-04.01: vetting before escalated permissions --------------------------------------------

const ROLE = String.raw`(maintainers?|committers?|reviewers?|approvers?|members?|owners?|admins?|administrators?|core team|team members?)`;
const VETTING_HEADING = new RegExp(
  String.raw`\b(becom\w*|how to become|path to|nominat\w*|promot\w*|elect\w*|select\w*|appoint\w*|onboard\w*|adding( new)?|new)\b.*\b${ROLE}|\b${ROLE}(hip)?\b.*\b(promotion|nominations?|elections?|selection|onboarding|criteria|requirements|process|eligibility|lifecycle|vetting|appointment)\b|\bcontributor ladder\b|\b(access|permissions?|privileges?) (policy|control|review|requests?|grants?|management)\b|\b(granting|escalat\w*|elevat\w*) (access|permissions?|privileges?)\b|\bvetting\b`,
  'i',
);

export const gv0401: Rule = {
  id: 'OSPS-GV-04.01',
  evaluate(facts: Facts): Outcome {
    const found: Evidence[] = [];
    const section = findSectionWhere(facts, ['governance', 'maintainers', 'contributing', 'security', 'docs', 'readme'], headingIs(VETTING_HEADING), 80);
    if (section) found.push(sectionEvidence(section, 'policy for reviewing collaborators before granting escalated permissions'));
    const si = siDocs(facts, ['repository.documentation.governance'], 'governance document', (doc) => sectionIn(doc, headingIs(VETTING_HEADING), 80));
    return decideDocs(found, si, 'repository.documentation.governance', () =>
      fail(
        [{ kind: 'note', detail: 'no section on becoming a maintainer or committer, or on granting access, in GOVERNANCE, MAINTAINERS, CONTRIBUTING or docs/' }],
        'Add a "Becoming a maintainer" section to GOVERNANCE.md stating how a contributor is nominated, reviewed and approved (by whom, on what criteria, including confirming their identity) before getting merge rights, release credentials or secrets.',
      ),
    );
  },
};

export const GV_RULES: readonly Rule[] = [gv0101, gv0102, gv0201, gv0302, gv0401];
