// A policy that changes add or update tests, as a sentence states it: QA-06.03 reads it as the test policy, GV-03.02 as a
// requirement a contribution must meet ("make sure that you write unit-test for any code that you write").
import type { DocumentInfo } from '../../facts/documents.ts';
import type { Heading } from '../../facts/markdown.ts';
import { ancestors } from './sections.ts';
import { statementIn } from './statements.ts';

/** Words that may stand between "add" and "tests": "add new unit tests", "include appropriate tests", "have (at least) API-level tests" (rustls), "include one or more tests" (hyper). */
export const TEST_GAP = String.raw`(?:\s+(?:\(?at\s+least(?:\s+one)?\)?|a|an|the|one|new|unit|integration|regression|automated|appropriate|relevant|corresponding|matching|sufficient|adequate|e2e|end-to-end|some|more|any|their|its|own|your|or|and|and/or|updated|additional|accompanying|meaningful|good|proper|(?:set|suite)\s+of|[\w-]+-level)){0,4}\s+(?:unit-)?tests?\b(?!\s+(?:pass|passing|green|succeed|run|to pass|folder|directory|dir)\b)`;

/**
 * "test" as the modifier of another noun: "Provide test instructions or details" (the pull request template HashiCorp's
 * repositories share, under "How Has This Been Tested?"), "include test steps": a description of how the change was
 * tested, not tests added to the suite.
 */
const NOT_TESTS = String.raw`(?!\s+(?:instructions?|details?|steps?|plans?|procedures?|notes?|evidence|environments?|descriptions?|commands?)\b)`;

export const TEST_POLICY_STATEMENT = new RegExp(
  [
    // "changes must include tests", "PRs should come with unit tests", "must be covered by tests",
    // "make sure to add tests for it" (rubocop), "please ensure you have adequate tests for the
    // feature" (cobra), "make sure that you write unit-test for any code that you write" (yargs), "Ensure that your code
    // has an appropriate set of unit tests which all pass" (googletest's "Contributing A Patch")
    String.raw`\b(?:must|shall|should|(?:are|is) (?:required|expected) to|needs? to|ha(?:ve|s) to|required to|expected to|(?:make|be) sure(?: to| (?:that )?you)|ensure)\b.{0,80}?\b(?:add|include|update|write|provide|contain|come with|be accompanied by|be covered by|have|has|extend)${TEST_GAP}`,
    // "PRs are expected to have 100% test coverage for added code" (envoyproxy/gateway)
    String.raw`\b(?:must|shall|should|(?:are|is) (?:required|expected) to|needs? to|ha(?:ve|s) to|required to|expected to)\s+(?:have|maintain|keep|include|provide)\s+(?:(?:\d{1,3}\s?%|full|complete)\s+)?(?:unit\s+)?test coverage\b`,
    // a contribution rule that is a coverage figure on its own: pino's ground rules for contributors, "1. 100% code
    // coverage" (not "we have 100% code coverage", a fact about the code, nor "report the test coverage")
    String.raw`^(?:\d{1,3}\s?%|full|complete)\s+(?:code\s+|test\s+|unit\s+test\s+)?coverage(?:\s+(?:is\s+)?(?:required|mandatory|expected))?[.!]?$`,
    // "All submitted code ... must be unit tested", "[contributors] must unit test any new software
    // feature or change" (python-tuf): unit testing as a verb; a bare "must be tested" may mean by hand
    String.raw`\b(?:must|shall|should|(?:are|is) (?:required|expected) to|needs? to|ha(?:ve|s) to|required to|expected to)\s+(?:be\s+)?\[?unit[- ]test(?:ed)?\b`,
    // a change as the subject that tests what it brings: "Pull requests that introduce code must test all new behavior they
    // introduce" (pyca/pyopenssl's CONTRIBUTING.rst); not "you should test your changes" (maybe by hand) nor "a unit test must
    // test a single unit"
    String.raw`\b(?:pull requests?|PRs?|patch(?:es)?|changes?|contributions?|commits?)(?:\s+(?:that|which)(?:\s+[^\s.,;]+){1,10}?)?\s+(?:must|shall|should|(?:are|is) (?:required|expected) to|needs? to|ha(?:ve|s) to)\s+(?:also\s+)?test\s+(?:all|any|every|each|the|their|its)\s+(?:(?:new|changed|added|modified)\s+)?(?:behaviou?rs?|code|functionality|features?|changes?)\b`,
    // "Tests are required for all changes"
    String.raw`\btests?\b.{0,30}\b(?:are|is)\s+(?:required|mandatory|expected|needed|a must)\b`,
    // "New features require tests", "bug fixes need a regression test"
    String.raw`\b(?:require|requires|need|needs)${TEST_GAP}`,
    // "add or update tests", "you have to also add or fix at least one test" (h11's CONTRIBUTING.md "Contributor responsibilities")
    String.raw`\b(?:add|write|include)\s*(?:or|and|/|and/or)\s*(?:update|modify|extend|add|adjust|fix|correct|amend)${TEST_GAP}`,
    // "PRs without tests will not be merged", "Pull requests without a descriptive title, thorough
    // description, or tests will be closed" (laravel)
    String.raw`\b(?:without|lacking|missing)\b[^.]{0,60}?\btests?\b.{0,60}\b(?:(?:not|won't|cannot|can't)\s+(?:be\s+)?(?:merged|accepted|approved|reviewed)|rejected|declined|closed)`,
    // the reverse order: "New features will **NOT** be accepted without suitable test coverage!" (nats-server)
    String.raw`\b(?:not|won't|cannot|can't)[*_]{0,2}\s+(?:be\s+)?(?:merged|accepted|approved)\s+(?:without|unless they (?:have|include|come with))\b[^.]{0,40}?\btest(?:s|ing|\s+coverage)?\b`,
    // an instruction to contributors: "Write tests.", "1. Include tests for any bug fixes", "Make
    // your change, add tests, and make sure the tests still pass" (actions/checkout), "If you add
    // or change a feature, please also add a unit test" (nlohmann/json), "Always try to include a test case!" (google/uuid,
    // whose next sentence asks the pull request to explain why when there is none)
    String.raw`(?:^\s*(?:\d{1,3}[.)]\s*|[-*]\s+)?(?:please\s+)?|,\s*(?:and\s+)?(?:please\s+)?)(?:also\s+)?(?:always\s+(?:try\s+to\s+)?)?(?:add|include|write)${TEST_GAP}${NOT_TESTS}`,
    // the same instruction with "provide" or "submit": "Provide tests that cover your changes and run the tests locally first." (tox's
    // "Submitting pull requests"), "Submit unit tests for your changes." (runc's CONTRIBUTING.md, from Docker's); not a
    // reporter's "provide a test case" (a reproduction), nor "provide test data" or "submit test results"
    String.raw`(?:^\s*(?:\d{1,3}[.)]\s*|[-*]\s+)?(?:please\s+)?|,\s*(?:and\s+)?(?:please\s+)?)(?:also\s+)?(?:provide|submit)${TEST_GAP}(?!\s+(?:cases?|programs?|files?|scripts?|data|results?|reports?|logs?|outputs?|repos?|repositor(?:y|ies))\b)${NOT_TESTS}`,
    // a request to keep the tests in step with the change: "Please update the tests to reflect your
    // code changes" (axios)
    String.raw`\bplease\s+(?:also\s+)?(?:update|modify|extend|adjust)${TEST_GAP}`,
    // the tests asked for beside the change: "Please open a new GitHub pull request with the change, along with new
    // tests" (python-jsonschema's "Fixing a Bug?"); not "the fix was released along with new tests"
    String.raw`\bplease\b.{0,100}?\b(?:along|together) with${TEST_GAP}`,
    // "don't forget to add your own tests and documentation" (phoenix)
    String.raw`\b(?:don[\u2019']t|do not) forget to (?:add|include|write|update)${TEST_GAP}`,
    // a pull request template's checklist: "I have added tests that prove my fix is effective"
    String.raw`\b(?:i have|i've|have you)\s+(?:\w+\s+){0,2}(?:added|updated|written|included|extended)\b${TEST_GAP.replace('{0,4}', '{0,6}')}`,
  ].join('|'),
  'i',
);

export const TEST_POLICY_NOT =
  /\boptional\b|\bnot (?:required|necessary|mandatory|needed|expected)\b|\b(?:\w+n[’']t|do not|does not|need not|is not|are not)\s+(?:\w+\s+){0,2}(?:need|have to|require\w*|necessary|expected|mandatory)|\bno need\b|\bencourag\w*|\bwelcome\b|\bappreciat\w*|\bnice to have\b|\bif (?:possible|you (?:can|like|want|wish))\b|\bideally\b|\bat your discretion\b/i;

/** A section on the code coverage of the tests ("Coverage", "Code coverage", "Test coverage requirements"). */
const COVERAGE_HEADING = /^(?:(?:code|test|unit test|line|branch) )?coverage(?: (?:requirements?|polic(?:y|ies)|gates?|rules?))?$/i;
/**
 * A coverage every change must keep: full ("must reach 100%", "must stay at 100 %") or never lower ("must not decrease"). New
 * code is then covered only by tests added with it: every change adds or updates them. A lower figure ("at least 80%") leaves
 * room for untested code, and "we have 100%" is a fact about the code, not a rule.
 */
const COVERAGE_KEPT =
  /\b(?:must|shall|needs? to|ha(?:s|ve) to|(?:is|are) required to)\s+(?:reach|be|stay|remain|keep|hit|maintain|meet)\s+(?:(?:at|to)\s+)?(?:100\s?%|full\b)|\b(?:must|shall|may|should)\s+(?:not|never)\s+(?:decrease|drop|fall|go down|regress)\b/i;

/**
 * The sentence of a section on coverage that states the coverage every change must keep (filelock's CONTRIBUTING "Coverage":
 * "Every environment in the matrix must reach 100%, and so must the combined report."); null for any other section.
 */
export function coverageRule(h: Heading): string | null {
  return COVERAGE_HEADING.test(h.text.trim()) ? statementIn(h.body, COVERAGE_KEPT, TEST_POLICY_NOT) : null;
}

/**
 * A section on filing an issue ("Filing Issues", "I Found a Bug", "Bug reports", "Feature requests", libarchive's "Bugs and
 * other Issues"): its "Include your test code or file(s)" (mocha's) asks a reporter for a reproduction, not a change for tests.
 */
const ISSUE_SECTION =
  /\b(?:report(?:ing)?|fil(?:e|ing)|submit(?:ting)?|open(?:ing)?|found|find)\s+(?:an?\s+|the\s+)?(?:bugs?|issues?|defects?)\b|\b(?:bug|issue|defect)\s+reports?\b|\bfeature\s+requests?\b|^(?:bugs?|issues?)(?:\s+(?:and|&)\s+(?:other\s+)?(?:bugs?|issues?|problems?|questions?))?$/i;
/** A heading that also speaks of code changes ("Reporting bugs and submitting patches") is about contributions too. */
const CODE_SUBMISSION = /\b(?:pull requests?|PRs?|patch(?:es)?|code|commits?|changes)\b/i;

/** Whether a section (or one it sits in) is about filing issues, not about changes. */
export function issueSection(h: Heading, doc: DocumentInfo): boolean {
  return [h, ...ancestors(doc, h)].some((x) => ISSUE_SECTION.test(x.text.trim()) && !CODE_SUBMISSION.test(x.text));
}
