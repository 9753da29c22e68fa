// OSPS-QA-06.03: A policy that major changes add or update tests.
// A heading that states the policy (Test requirements, Testing policy/guidelines/expectations) in
// CONTRIBUTING or docs/ passes, unless its prose says tests are optional; a how-to heading (Writing
// tests, Adding tests) passes only when its prose obliges ("must have tests"); a pull request template with a section about tests passes too (it asks every change for
// them). Section prose is read as well: a sentence that says changes must add, include or update
// tests ("changes must include tests", "add or update tests", "PRs without tests will not be
// merged", "- [ ] I have added tests") passes, in any section of CONTRIBUTING or the pull request
// template (not a section on filing issues, whose "include your test code" asks for a reproduction),
// and in sections of docs/ or governance about contributing, testing or review. "Tests
// are optional", "you must run the tests" or "see the tests folder" are not such a policy. A plain
// "Testing" section whose prose states none is unknown, for a person to read. With none of that, a
// guide kept elsewhere (a README link, the owner's default CONTRIBUTING.md) is attested, or unknown
// when unread, as for GV-03.02 (missingUnlessGuideElsewhere); otherwise fail.
import { type DocumentInfo, documentsOf } from '../facts/documents.ts';
import type { Heading } from '../facts/markdown.ts';
import type { Facts } from '../facts/types.ts';
import { missingUnlessGuideElsewhere } from './helpers/documentation.ts';
import { fileEvidence } from './helpers/evidence.ts';
import { ancestors, findProjectSection, headingIs, sectionEvidence, subsections } from './helpers/sections.ts';
import { findStatementIn, negatedIn, statementEvidence, statementIn, statementInDoc } from './helpers/statements.ts';
import { type Outcome, pass, unknown } from './types.ts';

const TEST_POLICY_HEADING =
  /\brequir\w*\b.{0,20}\btests?\b|\btest(s|ing)?\b.{0,20}\b(polic\w*|requirements?|guidelines?|expectations?|coverage|conventions?|standards?)\b/i;

/**
 * A how-to heading ("Writing tests", "Adding tests") names the topic, not a policy: rustup's
 * dev-guide "Writing tests" only explains its test helpers, zizmor's says "We can always use more
 * unit tests!". It states the policy only when its prose obliges.
 */
const TEST_HOWTO_HEADING = /\b(writ\w*|add\w*|new|updat\w*)\b.{0,20}\btests?\b/i;
/** An obligation to have tests: "All Rego checks need to have tests", "there shall be a corresponding test function"; not "a unit test must test a single unit". */
const TEST_OBLIGATION = /\b(?:must|shall|should|needs? to|required to|expected to)(?:\s+[\w-]+){1,6}?\s+tests?\b/i;

/**
 * Where a softening is about the policy: adding or writing tests, or tests themselves being optional
 * or required. "Run all tests that do not require root privileges" (containerd) softens nothing.
 */
const TEST_WORD = /\b(?:add|adding|write|writing|include|including|provide|update|updating)\b(?:\s+\S+){0,4}?\s+tests?\b|\btests?\s+(?:are|is)\s+(?:optional|not|welcome|appreciated|encouraged)\b|\btest (?:cases?|coverage)\b/i;

/** Words that may stand between "add" and "tests": "add new unit tests", "include appropriate tests", "have (at least) API-level tests" (rustls), "include one or more tests" (hyper). */
const TEST_GAP = String.raw`(?:\s+(?:\(?at\s+least(?:\s+one)?\)?|a|an|the|one|new|unit|integration|regression|automated|appropriate|relevant|corresponding|matching|sufficient|adequate|e2e|end-to-end|some|more|any|their|its|own|your|or|and|and/or|updated|additional|accompanying|meaningful|good|proper|(?:set|suite)\s+of|[\w-]+-level)){0,4}\s+(?:unit-)?tests?\b(?!\s+(?:pass|passing|green|succeed|run|to pass|folder|directory|dir)\b)`;

const TEST_POLICY_STATEMENT = new RegExp(
  [
    // "changes must include tests", "PRs should come with unit tests", "must be covered by tests",
    // "make sure to add tests for it" (rubocop), "please ensure you have adequate tests for the
    // feature" (cobra), "make sure that you write unit-test for any code that you write" (yargs)
    String.raw`\b(?:must|shall|should|(?:are|is) (?:required|expected) to|needs? to|ha(?:ve|s) to|required to|expected to|(?:make|be) sure(?: to| (?:that )?you)|ensure)\b.{0,80}?\b(?:add|include|update|write|provide|contain|come with|be accompanied by|be covered by|have|extend)${TEST_GAP}`,
    // "PRs are expected to have 100% test coverage for added code" (envoyproxy/gateway)
    String.raw`\b(?:must|shall|should|(?:are|is) (?:required|expected) to|needs? to|ha(?:ve|s) to|required to|expected to)\s+(?:have|maintain|keep|include|provide)\s+(?:(?:\d{1,3}\s?%|full|complete)\s+)?(?:unit\s+)?test coverage\b`,
    // "All submitted code ... must be unit tested", "[contributors] must unit test any new software
    // feature or change" (python-tuf): unit testing as a verb; a bare "must be tested" may mean by hand
    String.raw`\b(?:must|shall|should|(?:are|is) (?:required|expected) to|needs? to|ha(?:ve|s) to|required to|expected to)\s+(?:be\s+)?\[?unit[- ]test(?:ed)?\b`,
    // "Tests are required for all changes"
    String.raw`\btests?\b.{0,30}\b(?:are|is)\s+(?:required|mandatory|expected|needed|a must)\b`,
    // "New features require tests", "bug fixes need a regression test"
    String.raw`\b(?:require|requires|need|needs)${TEST_GAP}`,
    // "add or update tests"
    String.raw`\b(?:add|write|include)\s*(?:or|and|/|and/or)\s*(?:update|modify|extend|add|adjust)${TEST_GAP}`,
    // "PRs without tests will not be merged", "Pull requests without a descriptive title, thorough
    // description, or tests will be closed" (laravel)
    String.raw`\b(?:without|lacking|missing)\b[^.]{0,60}?\btests?\b.{0,60}\b(?:(?:not|won't|cannot|can't)\s+(?:be\s+)?(?:merged|accepted|approved|reviewed)|rejected|declined|closed)`,
    // the reverse order: "New features will **NOT** be accepted without suitable test coverage!" (nats-server)
    String.raw`\b(?:not|won't|cannot|can't)[*_]{0,2}\s+(?:be\s+)?(?:merged|accepted|approved)\s+(?:without|unless they (?:have|include|come with))\b[^.]{0,40}?\btest(?:s|ing|\s+coverage)?\b`,
    // an instruction to contributors: "Write tests.", "1. Include tests for any bug fixes", "Make
    // your change, add tests, and make sure the tests still pass" (actions/checkout), "If you add
    // or change a feature, please also add a unit test" (nlohmann/json)
    String.raw`(?:^\s*(?:\d{1,3}[.)]\s*|[-*]\s+)?(?:please\s+)?|,\s*(?:and\s+)?(?:please\s+)?)(?:also\s+)?(?:add|include|write)${TEST_GAP}`,
    // a request to keep the tests in step with the change: "Please update the tests to reflect your
    // code changes" (axios)
    String.raw`\bplease\s+(?:also\s+)?(?:update|modify|extend|adjust)${TEST_GAP}`,
    // "don't forget to add your own tests and documentation" (phoenix)
    String.raw`\b(?:don[\u2019']t|do not) forget to (?:add|include|write|update)${TEST_GAP}`,
    // a pull request template's checklist: "I have added tests that prove my fix is effective"
    String.raw`\b(?:i have|i've|have you)\s+(?:\w+\s+){0,2}(?:added|updated|written|included|extended)\b${TEST_GAP.replace('{0,4}', '{0,6}')}`,
  ].join('|'),
  'i',
);

const TEST_POLICY_NOT =
  /\boptional\b|\bnot (?:required|necessary|mandatory|needed|expected)\b|\b(?:\w+n[’']t|do not|does not|need not|is not|are not)\s+(?:\w+\s+){0,2}(?:need|have to|require\w*|necessary|expected|mandatory)|\bno need\b|\bencourag\w*|\bwelcome\b|\bappreciat\w*|\bnice to have\b|\bif (?:possible|you (?:can|like|want|wish))\b|\bideally\b|\bat your discretion\b/i;

/**
 * A pull request template's checklist item that the change has tests: "[ ] Unit tests for the changes exist" (pydantic), "[ ] Added tests." (rubocop), "* Tests are provided" (logging-log4j2),
 * "[ ] **Tests added/updated**: New/changed code is covered by appropriate tests" (envoyproxy/gateway), "[ ] Proper tests/regressions
 * included?" (spire), "[ ] All new code is covered by tests" (sigstore/model-transparency).
 */
const TEMPLATE_TEST_ITEM = new RegExp(
  String.raw`^(?:(?:[\w-]+\s+){0,2}tests?\b(?:\s+[\w-]+){0,5}\s+(?:exist|(?:are|were|have been)\s+(?:added|included|updated|written|provided))\b|(?:[\w-]+\s+){0,2}tests?(?:\/[\w-]{1,30})?\s+(?:added|updated|included|written)\b|(?:added|updated|wrote|written|included)${TEST_GAP}|(?:[\w/-]+\s+){0,3}(?:code|changes?|features?|fix(?:es)?|functionality)\s+(?:is|are|has been|have been)\s+(?:fully\s+)?covered\s+by${TEST_GAP})`,
  'i',
);

/** In docs/ and governance, only sections about contributing, testing or review state the policy. */
const TEST_POLICY_SECTION = /contribut|\btest|pull requests?|\bpatch|\breview|development|guidelines?|submitting|submissions?\b|changes/i;

/**
 * A section on filing an issue ("Filing Issues", "I Found a Bug", "Bug reports", "Feature requests"): its
 * "Include your test code or file(s)" (mocha's) asks a reporter for a reproduction, not a change for tests.
 */
const ISSUE_SECTION =
  /\b(?:report(?:ing)?|fil(?:e|ing)|submit(?:ting)?|open(?:ing)?|found|find)\s+(?:an?\s+|the\s+)?(?:bugs?|issues?|defects?)\b|\b(?:bug|issue|defect)\s+reports?\b|\bfeature\s+requests?\b|^(?:bugs?|issues?)$/i;
/** A heading that also speaks of code changes ("Reporting bugs and submitting patches") is about contributions too. */
const CODE_SUBMISSION = /\b(?:pull requests?|PRs?|patch(?:es)?|code|commits?|changes)\b/i;

/** Whether a section (or one it sits in) is about filing issues, not about changes. */
function issueSection(h: Heading, doc: DocumentInfo): boolean {
  return [h, ...ancestors(doc, h)].some((x) => ISSUE_SECTION.test(x.text.trim()) && !CODE_SUBMISSION.test(x.text));
}

export const id = 'OSPS-QA-06.03';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  // A policy is the project's: a user guide's "Test Coverage" tells users how to measure theirs.
  const statedIn = (h: { body: string }) => statementIn(h.body, TEST_POLICY_STATEMENT, TEST_POLICY_NOT);
  const obliges = (h: Heading) => statedIn(h) !== null || statementIn(h.body, TEST_OBLIGATION, TEST_POLICY_NOT) !== null;
  const policyHeading = (h: Heading, doc: DocumentInfo) =>
    TEST_POLICY_HEADING.test(h.text) || (TEST_HOWTO_HEADING.test(h.text) && [h, ...subsections(doc, h)].some(obliges));
  const headed = findProjectSection(facts, ['contributing', 'docs', 'governance'], policyHeading, 40);
  if (headed && (statedIn(headed.heading) || !negatedIn(headed.heading.body, TEST_WORD, TEST_POLICY_NOT)))
    return pass([sectionEvidence(headed, 'states what tests changes must add or update')]);
  const stated =
    // A template's guidance often has no heading (laravel's is one HTML comment).
    findStatementIn(facts, ['contributing', 'pull-request-template'], TEST_POLICY_STATEMENT, { reject: TEST_POLICY_NOT, lead: true, section: (h, doc) => !issueSection(h, doc) }) ??
    findStatementIn(facts, ['governance', 'docs'], TEST_POLICY_STATEMENT, { reject: TEST_POLICY_NOT, heading: TEST_POLICY_SECTION });
  if (stated) return pass([statementEvidence(stated, 'states that changes must add or update tests')]);
  for (const tpl of documentsOf(facts.documents, 'pull-request-template')) {
    const item = statementInDoc(tpl, TEMPLATE_TEST_ITEM, { reject: TEST_POLICY_NOT, lead: true });
    if (item) return pass([statementEvidence(item, 'the pull request template asks every change for tests')]);
    const h = tpl.outline?.headings.find((x) => /\btest(s|ing|ed)?\b/i.test(x.text) && !negatedIn(x.body, TEST_WORD, TEST_POLICY_NOT));
    if (h) return pass([fileEvidence(tpl.path, `the pull request template asks about tests: section "${h.text}"`, h.line)]);
  }
  const remediation =
    'Add a "Tests" policy to CONTRIBUTING.md: every change that adds or changes behaviour must add or update automated tests, and say what counts as a major change; a pull request template with a "Tests" checklist helps.';
  const plain = headed ?? findProjectSection(facts, ['contributing', 'docs'], headingIs(/\btest(s|ing)?\b/i), 40);
  if (plain) {
    const softened = negatedIn(plain.heading.body, TEST_WORD, TEST_POLICY_NOT);
    return unknown(
      softened
        ? 'a section about testing says tests are optional or not required, so it states no policy that changes add or update tests'
        : 'a section about testing exists, but neither its heading nor its prose says that changes must add or update tests',
      remediation,
      [sectionEvidence(plain, 'testing section')],
    );
  }
  // The guide may be kept elsewhere (a README link, the owner's default CONTRIBUTING.md): as GV-03.02 decides.
  return missingUnlessGuideElsewhere(facts, 'asks changes to add or update tests', 'no policy on adding tests in CONTRIBUTING, docs/ or the pull request template', remediation);
}
