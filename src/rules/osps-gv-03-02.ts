// OSPS-GV-03.02: Requirements for acceptable contributions.
// A section of the contribution guide that states what a contribution must meet: coding standards,
// tests, commit or pull request rules, review criteria, sign-off or a CLA to sign (a bare "Requirements" heading
// only when its prose speaks of contributions, and so a bare "Guidelines"; a "Tests" section counts in CONTRIBUTING unless
// its prose only encourages running them), or such a
// section in docs/ or the README whose heading says it is about contributions, or a docs/ section on pull requests that
// states what one must meet before it is merged (sidekiq's docs/sdlc.md "Pull Requests") (not AGENTS.md and its
// kin: argo-cd's "Argo CD Contribution Requirements" there is a prompt for coding agents, not the
// project's guide to its contributors). A guide's title ("Contribution Guidelines") whose own text states no requirement is cited only when no section or sentence
// below it states requirements; last, a pull request template's checklist of what every change must meet (witness's
// "Acceptance Criteria Met"). A Security Insights
// link that contradicts the tree fails; a document section passes; a declaration elsewhere is
// attested (decideDocs, helpers/documentation.ts); with no guide of its own, the owner's default
// guide is attested, or unknown when unread (missingUnlessGuideElsewhere). Otherwise fail.
import { agentInstructions, type DocumentInfo, documentsOf } from '../facts/documents.ts';
import type { Heading } from '../facts/markdown.ts';
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { decideDocs, missingUnlessGuideElsewhere, sectionKeptElsewhere, siDocs } from './helpers/documentation.ts';
import { saidHere } from './helpers/elsewhere.ts';
import { findProjectSection, findSectionWhere, sectionEvidence, sectionIn, titledContributionGuide } from './helpers/sections.ts';
import { statementEvidence, statementInDoc } from './helpers/statements.ts';
import { coverageRule, issueSection, TEST_POLICY_NOT, TEST_POLICY_STATEMENT } from './helpers/test-policy.ts';
import { attested, type Outcome } from './types.ts';

/**
 * Headings that state what a contribution must meet, a pull request by its short name too (clap's "Preparing the PR":
 * the checks every PR goes through, atomic commits that build and pass tests); a changelog entry too (bat's CONTRIBUTING "Add an entry to the
 * changelog": "Please update the changelog if your contribution contains changes regarding … the behavior of `bat`"); "Code Submissions"
 * (libarchive's: the best submissions follow the code style and include a test case).
 */
const REQUIREMENTS_HEADING = /\b(what (a )?good (change|contribution|pull request|patch|commit)s?( looks like)?|good (changes|contributions|pull requests|patches)|coding (standards?|style|conventions|guidelines)|code (style|standards?|conventions|quality|guidelines)|style ?guides?|conventions|lint(ing|ers?)?|formatting|commit (messages?|guidelines|conventions|format|style|requirements)|conventional commits|pull requests?|PRs?|merge requests?|patch(es)? (guidelines|requirements|submission)|submissions?|submitting|requirements|checklist|dco|developer(?:['’]s)? certificate|sign[- ]?offs?|signing off|review (process|criteria|guidelines)|code reviews?|acceptance( criteria)?|definition of done|what we look for|before (you )?(submit|open)|guidelines)\b/i;

/**
 * A changelog entry asked of each contribution (bat's CONTRIBUTING "Add an entry to the changelog": "Please update the
 * changelog if your contribution contains changes regarding … the behavior of `bat`"): a requirement when its prose asks
 * for one, not when it says none is needed ("You do not need to add a changelog entry; we write them at release time").
 */
const CHANGELOG_HEADING = /\bchangelog entr(?:y|ies)\b|\bentr(?:y|ies) (?:to|in) the changelog\b|\bnews (?:entries|fragments?)\b/i;
const ENTRY_NOT_NEEDED = /\b(?:do not|don't|does not|doesn't|no)\s+(?:need|have)\s+to\s+(?:add|write|update|include)\b|\bno need to\b/i;

/** Outside the contribution guide, a heading must say it is about contributions ("requirements" alone is anything). */
const CONTRIBUTION_REQUIREMENTS = /\b(coding (standards?|style|conventions|guidelines)|code (style|standards?|conventions)|style ?guides?|commit (messages?|guidelines|conventions|format|requirements)|conventional commits|pull requests? (guidelines|requirements|checklist|process|rules)|merge requests? (guidelines|requirements|checklist)|submission guidelines|submitting (?:a |your )?(?:pull requests?|patch(?:es)?|changes|contributions?)|contribution (requirements|guidelines|standards|checklist)|contributor guidelines|dco|developer(?:['’]s)? certificate|sign[- ]?offs?|code reviews?|acceptance criteria|definition of done|what (a )?good (change|contribution|pull request|patch)s?)\b/i;

/**
 * A docs/ page's section on pull requests whose prose sets the bar a change must clear before it is merged (sidekiq's
 * docs/sdlc.md, its development lifecycle, "Pull Requests": "A PR will not be merged until all automated checks pass and it has
 * been approved by at least one maintainer. All PRs require a review."): the project's requirements, under a heading that
 * names pull requests alone. Its prose must state one (REQUIREMENT_STATEMENT or a condition of merging).
 */
const PR_HEADING = /^(?:(?:the|our|submitting|opening)\s+)?(?:pull requests?|merge requests?|PRs?|code reviews?)$/i;
const MERGE_CONDITION =
  /\b(?:PRs?|pull requests?|merge requests?|patch(?:es)?|changes|contributions?)\s+(?:will|can|may|is|are)\s+(?:not|never|only)\s+(?:be\s+)?(?:merged|accepted)\s+(?:until|unless|if|when|after|once)\b|\b(?:all|every|each)\s+(?:PRs?|pull requests?|merge requests?|changes|contributions?)\s+(?:requires?|needs?|must (?:have|get|receive))\s+(?:a |an |at least one |one |two )?(?:reviews?|approvals?|approving reviews?)\b/i;

/** How a reviewer tries someone's pull request out (external-dns's "How to test a PR": `gh pr checkout`, run it): not what it must meet. */
const TRYING_A_PR = /\bhow to (?:test|try|run|check ?out|fetch) (?:out )?(?:a |an |the |someone's )?(?:PR|pull request|merge request|patch)\b/i;

/**
 * An invitation to review others' pull requests ("Reviewing PRs": add your name to the reviewers' list, then say yes or no to a
 * request) is for reviewers, not what a contribution must meet, unless the heading names what the review asks for.
 */
/**
 * The pull requests a bot sends (slsa-verifier's docs/CONTRIBUTING.md "Renovate-Bot PRs": Renovate's dependency updates, and
 * the workflow a maintainer runs to rebuild them; "Dependabot pull requests"): how maintainers handle the bot's changes,
 * not what a contributor's change must meet.
 */
const BOT_PULL_REQUESTS = /\b(?:renovate|dependabot|greenkeeper|bots?)\b[^.]{0,20}\b(?:PRs?|pull requests?|merge requests?)\b/i;

const REVIEWING_OTHERS = /^(?:reviewing|how to review|becoming a reviewer)\b/i;

/** What happens once a change is in (h11's "After you submit a PR": a review, pings): nothing the change must meet. */
const AFTER_SUBMITTING = /^(?:after|once|when) (?:you(?:['’]ve| have)? )?(?:submit|submitted|open|opened|send|sent|file|filed|create|created)\b/i;
const REVIEW_ASKS = /\b(?:criteria|checklist|guidelines|requirements|what we look for)\b/i;

/** "Tests" sections state requirements only in a contribution guide. */
const TESTS_HEADING = /\b(tests?|testing)\b/i;

/**
 * A "Tests" section whose prose only encourages running them states no requirement: serde's "Running the test suite"
 * says "We encourage you to check that the test suite passes locally before submitting a pull request", and how.
 */
const TESTS_ENCOURAGED = /\b(?:encourag\w*|optional(?:ly)?|welcome|appreciated|if you (?:like|want|wish))\b/i;
/**
 * Words that oblige. "ensure" only as asked of the reader ("Please ensure", "Ensure that…", "you should ensure"), not as
 * what tests do: bat's "Regression tests … ensure that your contribution will never completely stop working" obliges no one.
 */
const TESTS_OBLIGED = /\b(?:must|shall|should|required?|requires|needs? to|ha(?:ve|s) to|make sure|be sure|expected to|please)\b|(?:^|[.!?:;]\s{1,5}|\b(?:and|to|you|then)\s{1,5})ensure\b/i;

/**
 * What running the tests needs, which obliges no contributor: serde_json's "The test suite requires a nightly compiler", beside
 * its "We encourage you to check that the test suite passes". A change that requires tests still obliges ("each fix requires a test").
 */
const TESTS_PREREQUISITE = /\b(?:test suite|tests?|testing|suite)\s(?:also\s)?requires?\b/gi;

/**
 * A "Tests" section counts unless it sits under a section on filing issues: libarchive's "Test Failures", under "Bugs and other
 * Issues", asks a reporter to "please include" the names of the failing tests and their logs, nothing of a contribution.
 */
function testsSection(h: Heading, doc: DocumentInfo): boolean {
  // A coverage every change must keep ("Coverage": "must reach 100%") asks each contribution for its tests.
  if (coverageRule(h) !== null) return true;
  return TESTS_HEADING.test(h.text) && !issueSection(h, doc) && !TRYING_A_PR.test(h.text) && (!TESTS_ENCOURAGED.test(h.body) || TESTS_OBLIGED.test(h.body.replace(TESTS_PREREQUISITE, ' ')));
}

/**
 * A heading that says only "Requirements" (or "System / development requirements") is as often
 * about what a developer must install ("Python 3.10 or newer") as about what a contribution must
 * meet: it counts only when its prose speaks of contributions, changes or pull requests. So does a
 * bare "Rules" (fastify's "There are a few basic ground rules for contributors: ... must approve
 * pull requests before merging").
 */
const BARE_REQUIREMENTS = /^((system|software|development|developer|environment|build|install(ation)?|runtime|minimum|local) )?(requirements|prerequisites)$/i;
const BARE_RULES = /^(?:(?:basic|ground|house|contribution|contributor) )?rules$/i;

/**
 * "Guidelines" alone (gittuf's "Other Guidelines": abide by the code of conduct, ask the steering
 * committee) names no subject: it counts only when its prose speaks of contributions, as a bare
 * "Requirements" does.
 */
const BARE_GUIDELINES = /^(?:(?:other|general|more|additional|further|some|misc(?:ellaneous)?) )?guidelines$/i;
/** What guidelines ask of a change (sops's "changes that fix a bug should have a regression test"): they are about contributions. */
const CHANGE_WORD = /\b(?:changes?|features?|fix(?:es)?|tests?|tested)\b/i;
/**
 * A bare "Code Contributions" (or "Contributions") heading: requirements when its prose obliges and speaks of the change
 * (okhttp's CONTRIBUTING: "Get working code on a personal branch with tests passing before you submit a PR", "Please make
 * every effort to follow existing conventions and style"), and so a "Contributing Code" heading (flake8's contribution guide
 * page: "Merge requests should: Fix one issue and fix it well", "Have descriptive titles", "Have commits that follow this style").
 */
const BARE_CONTRIBUTIONS = /^(?:(?:code |source )?contributions|contributing (?:code|changes|patches))$/i;

const CONTRIBUTION_WORD = /\b(contribution|contributions|pull requests?|PRs?|patch(es)?|commits?|changes? (must|should|need)|merged?|review(ed|ers?)?|submit\w*)\b/i;

/**
 * "Submitting bug reports and feature requests" (serde's), "Before submitting a suggested enhancement" (poetry's, from the
 * common Atom-derived template): how to open an issue, not what a code contribution must meet.
 */
const ISSUE_SUBMISSION = /\b(bug reports?|feature requests?|issues?|questions?|ideas?|enhancements?|suggestions?|suggested)\b/i;
const CODE_SUBMISSION = /\b(pull requests?|merge requests?|patch(es)?|code|changes?|commits?|PRs?)\b/i;

/**
 * A sentence of the contribution guide that sets a requirement, whatever its heading, or with none
 * (fmt's guide is a title and "All C++ code must adhere to Google C++ Style Guide"; nlohmann/json's
 * "Before creating a pull request, execute `make pretty`", under "Files to change"; a list before
 * any heading whose item says "All git commits must have [DCO](…)"; syft's guide, otherwise links to a website, says
 * "Don't forget that all commits require a [sign-off](…)"); a Contributor License Agreement to sign, as a sign-off is
 * (retrofit's guide, a title and its prose: "Before your code can be accepted into the project you must also sign the
 * Individual Contributor License Agreement (CLA)"; Google's template: "Contributions to this project must be accompanied by
 * a Contributor License Agreement (CLA)"); an instruction to sign off, which each commit must then carry (the Prometheus
 * repositories' guide, a title and a list: "Be sure to sign off on the [DCO](…)"; "Please sign off your commits").
 */
const REQUIREMENT_STATEMENT =
  /\b(?:(?:code|changes|contributions?|pull requests?|PRs|patch(?:es)?|commits?|submissions?|documentation)\s+(?:(?:must|shall|needs? to|are required to|is required to|ha(?:s|ve) to)\s+(?:adhere|follow|conform|comply|pass|include|contain|meet|be (?:signed|formatted|tested|accompanied|reviewed|rebased|squashed|covered)|(?:have|carry|bear) (?:a |an |the )?\[?(?:DCO|sign[- ]?offs?|Signed-off-by|developer(?:['’]s)? certificate))|requires? (?:a |an |the )?\[?(?:DCO|sign[- ]?offs?|Signed-off-by|developer(?:['’]s)? certificate))|before (?:you )?(?:creat|submit|open|send)\w* (?:a |the |your )?(?:pull requests?|PRs?|patch(?:es)?|merge requests?)\b(?=[^.]{0,200}\b(?:make sure|ensure|run|execute|check|verify)\b)|(?:(?:must|needs? to|are required to|is required to|ha(?:s|ve) to)\s+(?:also\s+|first\s+)?|requires? that you (?:first )?)(?:sign|be accompanied by|be covered by)\b[^.]{0,80}?\b(?:CLA|contributor licen[cs]e agreement)|\b(?:be sure|make sure|remember|please)\s+(?:to\s+)?(?:also\s+)?sign[- ]?off\b)/i;
/**
 * "You do not have to follow …", "optional": not a requirement. "Don't forget that …" (syft's "Don't forget that all
 * commits require a sign-off") stresses the requirement, it does not lift it.
 */
const NOT_REQUIRED = /\b(?:not|never|no need|optional(?:ly)?|don't|do not)\b(?!\s+forget\b)/i;

/**
 * A page of a contribution guide kept in docs/: one titled as one, or a project page in a folder named for
 * contributing (black's docs/contributing/the_basics.md, which its CONTRIBUTING.md hands readers to on
 * Read the Docs: "Before submitting pull requests, run lints and tests"). It is read as CONTRIBUTING is.
 */
const CONTRIBUTION_FOLDER = /(?:^|\/)contribut[\w-]*\//i;

function contributionGuidePage(doc: DocumentInfo): boolean {
  return !agentInstructions(doc.path) && (titledContributionGuide(doc) || (doc.kind === 'project' && CONTRIBUTION_FOLDER.test(doc.path)));
}

/**
 * The first requirement sentence of a contribution guide, in its sections or in text before any heading; else its first
 * sentence asking every change for tests, as QA-06.03 reads it (yargs's contributing.md, a numbered list under "Contributing":
 * "make sure that you write unit-test for any code that you write for yargs"), outside a section on filing issues, where
 * "include your test code" asks a reporter for a reproduction.
 */
function requirementStatement(facts: Facts): Evidence | undefined {
  const guides = [...documentsOf(facts.documents, 'contributing'), ...documentsOf(facts.documents, 'docs').filter(contributionGuidePage)];
  for (const doc of guides) {
    const hit = statementInDoc(doc, REQUIREMENT_STATEMENT, { reject: NOT_REQUIRED, lead: true });
    if (hit) return statementEvidence(hit, 'requirements for acceptable contributions');
  }
  for (const doc of guides) {
    const hit = statementInDoc(doc, TEST_POLICY_STATEMENT, { reject: TEST_POLICY_NOT, lead: true, where: (h) => !issueSection(h, doc) });
    if (hit) return statementEvidence(hit, 'requirements for acceptable contributions: changes must come with tests');
  }
  return undefined;
}

function requirementsHeading(h: Heading): boolean {
  const text = h.text.trim();
  if (TRYING_A_PR.test(text) || BOT_PULL_REQUESTS.test(text) || AFTER_SUBMITTING.test(text)) return false;
  if (REVIEWING_OTHERS.test(text) && !REVIEW_ASKS.test(text)) return false;
  if (CHANGELOG_HEADING.test(text)) return TESTS_OBLIGED.test(h.body) && !ENTRY_NOT_NEEDED.test(h.body);
  if (BARE_RULES.test(text)) return CONTRIBUTION_WORD.test(h.body);
  if (BARE_GUIDELINES.test(text)) return CONTRIBUTION_WORD.test(h.body) || CHANGE_WORD.test(h.body);
  if (BARE_CONTRIBUTIONS.test(text)) return (TESTS_OBLIGED.test(h.body) || /\bbefore you submit\b/i.test(h.body)) && (CHANGE_WORD.test(h.body) || CONTRIBUTION_WORD.test(h.body));
  if (!REQUIREMENTS_HEADING.test(text)) return false;
  if (ISSUE_SUBMISSION.test(text) && !CODE_SUBMISSION.test(text)) return false;
  return !BARE_REQUIREMENTS.test(text) || CONTRIBUTION_WORD.test(h.body);
}

function requirementsSection(doc: DocumentInfo): Heading | undefined {
  return sectionIn(doc, requirementsHeading, 60) ?? (doc.role === 'contributing' ? sectionIn(doc, testsSection, 60) : undefined);
}

/** In docs/, the pages on contributing and pull requests are read first: their requirements apply to every change (eslint's pull-requests.md before its ai-policy.md). */
const CONTRIBUTION_PAGE = /(?:contribut|pull[-_]?requests?)[^/]*$/i;

/**
 * A pull request template's checklist of what every change must meet, under a heading that says so: witness's "Acceptance
 * Criteria Met" ("Docs changes if needed", "Testing changes if needed", "All workflow checks passing", "DCO Sign-off"), a
 * "PR Checklist". Every author of a pull request is shown it: the project's requirements for a contribution, read after the
 * guide's own sections and sentences. Two boxes at least: one is a single reminder.
 */
const TEMPLATE_CHECKLIST_HEADING = /\b(?:checklist|acceptance criteria|requirements|definition of done|before (?:you )?(?:submit|merg)\w*)\b/i;
const CHECKBOX = /\[[ xX]\]/g;
/** A line of prose that is a list item (`* `, `- `, `+ `, `1. `): a checklist may be a plain list (logging-log4j2's "Checklist": "* Tests are provided"). */
const LIST_ITEM = /^(?:[-*+]|\d{1,3}[.)])\s/;

function listItems(h: Heading): number {
  let n = 0;
  for (let i = 0; i < h.bodyLines.length; i += 2) if (LIST_ITEM.test(h.body.slice(h.bodyLines[i], h.bodyLines[i] + 5))) n++;
  return n;
}

function templateChecklist(h: Heading): boolean {
  return TEMPLATE_CHECKLIST_HEADING.test(h.text) && Math.max(h.body.match(CHECKBOX)?.length ?? 0, listItems(h)) >= 2;
}

export const id = 'OSPS-GV-03.02';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

/**
 * The title of a guide with sections under it ("# Contribution Guidelines"): it names the whole guide, so a section
 * below it that states requirements (requests's "Good Pull Requests") is cited first.
 */
function guideTitle(h: Heading, doc: DocumentInfo): boolean {
  const hs = doc.outline?.headings ?? [];
  return h === hs[0] && h.level === 1 && hs.length > 1 && hs.slice(1).every((x) => x.level > 1);
}

export function evaluate(facts: Facts): Outcome {
  const found: Evidence[] = [];
  // A section that only hands its subject to a page elsewhere (kubewarden's CONTRIBUTING "Code conventions": one sentence
  // linking the organization's guide) states no requirement itself: attested below.
  const section =
    findSectionWhere(facts, ['contributing'], saidHere(facts, (h, doc) => !guideTitle(h, doc) && requirementsHeading(h)), 60) ??
    findSectionWhere(facts, ['contributing'], saidHere(facts, (h) => requirementsHeading(h) && REQUIREMENT_STATEMENT.test(h.body)), 60) ??
    findSectionWhere(facts, ['contributing'], saidHere(facts, testsSection), 60) ??
    findProjectSection(facts, ['docs', 'readme'], saidHere(facts, (h, doc) => CONTRIBUTION_REQUIREMENTS.test(h.text) && !agentInstructions(doc.path)), 60, CONTRIBUTION_PAGE) ??
    findProjectSection(facts, ['docs'], saidHere(facts, (h, doc) => PR_HEADING.test(h.text.trim()) && !agentInstructions(doc.path) && (REQUIREMENT_STATEMENT.test(h.body) || MERGE_CONDITION.test(h.body))), 60, CONTRIBUTION_PAGE) ??
    findSectionWhere(facts, ['docs'], saidHere(facts, (h, doc) => contributionGuidePage(doc) && !guideTitle(h, doc) && (requirementsHeading(h) || testsSection(h, doc))), 60);
  // The guide's title ("# Contributing Guidelines") names the whole guide: unless its own text states a requirement, a sentence below it that does
  // (Kubernetes' template: "Kubernetes projects require that you sign a Contributor License Agreement (CLA) before we can
  // accept your pull requests", under "Getting Started") is the evidence before the title.
  const stated = section ? undefined : requirementStatement(facts);
  const titled = section || stated ? undefined : findSectionWhere(facts, ['contributing'], saidHere(facts, requirementsHeading), 60);
  if (section) found.push(sectionEvidence(section, 'requirements for acceptable contributions'));
  else if (stated) found.push(stated);
  else if (titled) found.push(sectionEvidence(titled, 'requirements for acceptable contributions'));
  else {
    const checklist = findSectionWhere(facts, ['pull-request-template'], templateChecklist, 0);
    if (checklist) found.push(sectionEvidence(checklist, 'requirements for acceptable contributions, in the pull request template\'s checklist'));
  }
  const si = siDocs(facts, ['repository.documentation.contributing-guide'], 'contribution guide', requirementsSection);
  const remediation = 'Extend CONTRIBUTING.md with the requirements a contribution must meet: coding standards and linters, the tests to add and run, commit message and pull request rules, and any DCO sign-off; link it from repository.documentation.contributing-guide.';
  return decideDocs(found, si, 'repository.documentation.contributing-guide', () => {
    const away = sectionKeptElsewhere(facts, ['contributing'], (h) => requirementsHeading(h), 'the requirements for contributions are');
    if (away.length > 0) return attested(away, `Check that the page it links states what contributions must meet, or: ${remediation}`);
    return missingUnlessGuideElsewhere(facts, 'states what contributions must meet', 'no section in CONTRIBUTING (or docs/) stating what contributions must meet: coding standards, tests, commit or pull request requirements, sign-off', remediation);
  });
}
