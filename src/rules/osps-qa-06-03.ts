// OSPS-QA-06.03: A policy that major changes add or update tests.
// A heading that states the policy (Test requirements, Testing policy/guidelines/expectations) in
// CONTRIBUTING or docs/ passes, unless its prose says tests are optional; a how-to heading (Writing
// tests, Adding tests) passes only when its prose obliges ("must have tests"); a pull request template with a section about tests passes too (it asks every change for
// them), unless the section asks how the change was tested ("How Has This Been Tested?"), which may be by hand: that is unknown. Section prose is read as well: a sentence that says changes must add, include or update
// tests ("changes must include tests", "add or update tests", "PRs without tests will not be
// merged", "- [ ] I have added tests") passes, in any section of CONTRIBUTING or the pull request
// template (not a section on filing issues, whose "include your test code" asks for a reproduction),
// and in sections of docs/ or governance about contributing, testing or review (or under a "Contributing" heading). "Tests
// are optional", "you must run the tests" or "see the tests folder" are not such a policy. A plain
// "Testing" section whose prose states none is unknown, for a person to read. With none of that, a
// guide kept elsewhere (a README link, the owner's default CONTRIBUTING.md) is attested, or unknown
// when unread, as for GV-03.02 (missingUnlessGuideElsewhere); otherwise fail.
import { type DocumentInfo, documentsOf } from '../facts/documents.ts';
import { bodyLineOf, type Heading } from '../facts/markdown.ts';
import type { Facts } from '../facts/types.ts';
import { missingUnlessGuideElsewhere } from './helpers/documentation.ts';
import { fileEvidence } from './helpers/evidence.ts';
import { ancestors, findProjectSection, headingIs, releaseHowTo, sectionEvidence, subsections } from './helpers/sections.ts';
import { findStatementIn, negatedIn, quoteSentence, statementEvidence, statementIn, statementInDoc } from './helpers/statements.ts';
import { coverageRule, issueSection, TEST_GAP, TEST_POLICY_NOT, TEST_POLICY_STATEMENT } from './helpers/test-policy.ts';
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

/**
 * A pull request template's checklist item that the change has tests: "[ ] Unit tests for the changes exist" (pydantic), "[ ] Added tests." (rubocop), "* Tests are provided" (logging-log4j2),
 * "[ ] **Tests added/updated**: New/changed code is covered by appropriate tests" (envoyproxy/gateway), "[ ] Proper tests/regressions
 * included?" (spire), "[ ] All new code is covered by tests" (sigstore/model-transparency), "[ ] Testing changes if needed" (witness's
 * "Acceptance Criteria Met", beside "Docs changes if needed": changes to the tests, as the major change needs them),
 * "[ ] ensured there are test(s) validating the fix" (the checklist tox-dev's projects share).
 */
const TEMPLATE_TEST_ITEM = new RegExp(
  String.raw`^(?:(?:[\w-]+\s+){0,2}tests?\b(?:\s+[\w-]+){0,5}\s+(?:exist|(?:are|were|have been)\s+(?:added|included|updated|written|provided))\b|(?:[\w-]+\s+){0,2}tests?(?:\/[\w-]{1,30})?\s+(?:added|updated|included|written)\b|(?:added|updated|wrote|written|included)${TEST_GAP}|(?:[\w/-]+\s+){0,3}(?:code|changes?|features?|fix(?:es)?|functionality)\s+(?:is|are|has been|have been)\s+(?:fully\s+)?covered\s+by${TEST_GAP}|(?:tests?|testing)\s+(?:changes|updates)(?:\s+(?:if|when|where|as)\s+(?:needed|necessary|required|applicable|appropriate)\b|\s*[.!]?$)|(?:ensured?|confirmed?|verified|checked|made\s+sure)\s+(?:that\s+)?there\s+(?:are|is)${TEST_GAP})`,
  'i',
);

/**
 * A pull request template's heading that asks how the change was tested ("How Has This Been Tested?", "Test plan", "Testing
 * instructions", "Steps to test"): the answer may be a manual check, so it asks for no tests in the suite.
 */
const TESTED_HOW_HEADING = /\btested\b|\bhow to test\b|\bsteps? to test\b|\btest(?:ing)? (?:plan|instructions?|steps?|done|performed|notes?|results?|environment|evidence|strategy)\b/i;

/** In docs/ and governance, only sections about contributing, testing or review state the policy. */
const TEST_POLICY_SECTION = /contribut|\btest|pull requests?|\bpatch|\breview|development|guidelines?|submitting|submissions?\b|changes/i;

/**
 * A how-to under a section on contributing states the policy in its steps too (gosec's DEVELOPMENT.md "Contributing: adding
 * rules and analyzers" > "Add an AST rule": "5. Add tests and samples"); a broader word of an enclosing heading
 * ("Plugin development") may head a guide for users.
 */
const CONTRIBUTING_SECTION = /contribut/i;

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
    findStatementIn(facts, ['governance', 'docs'], TEST_POLICY_STATEMENT, { reject: TEST_POLICY_NOT, section: (h, doc) => TEST_POLICY_SECTION.test(h.text) || ancestors(doc, h).some((x) => CONTRIBUTING_SECTION.test(x.text)) });
  if (stated) return pass([statementEvidence(stated, 'states that changes must add or update tests')]);
  // A coverage that every change must keep (100%, or never lower) asks each change for the tests that cover it.
  const covered = findProjectSection(facts, ['contributing', 'docs', 'governance'], (h) => coverageRule(h) !== null, 40);
  const rule = covered ? coverageRule(covered.heading) : null;
  if (covered && rule !== null)
    return pass([
      fileEvidence(covered.doc.path, `states the coverage every change must keep, so changes must add or update the tests that cover them: "${quoteSentence(rule)}", section "${covered.heading.text}"`, bodyLineOf(covered.heading, rule)),
    ]);
  let askedHow: { path: string; heading: Heading } | null = null;
  for (const tpl of documentsOf(facts.documents, 'pull-request-template')) {
    const item = statementInDoc(tpl, TEMPLATE_TEST_ITEM, { reject: TEST_POLICY_NOT, lead: true });
    if (item) return pass([statementEvidence(item, 'the pull request template asks every change for tests')]);
    const about = tpl.outline?.headings.filter((x) => /\btest(s|ing|ed)?\b/i.test(x.text) && !negatedIn(x.body, TEST_WORD, TEST_POLICY_NOT)) ?? [];
    const h = about.find((x) => !TESTED_HOW_HEADING.test(x.text));
    if (h) return pass([fileEvidence(tpl.path, `the pull request template asks about tests: section "${h.text}"`, h.line)]);
    if (about.length > 0) askedHow ??= { path: tpl.path, heading: about[0] };
  }
  const remediation =
    'Add a "Tests" policy to CONTRIBUTING.md: every change that adds or changes behaviour must add or update automated tests, and say what counts as a major change; a pull request template with a "Tests" checklist helps.';
  // Not a release how-to's "Testing the Template" (kubescape's KREW_RELEASE.md): it tests the release, not the code.
  const plain = headed ?? findProjectSection(facts, ['contributing', 'docs'], (h, doc) => headingIs(/\btest(s|ing)?\b/i)(h) && !releaseHowTo(doc), 40);
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
  const missing = missingUnlessGuideElsewhere(facts, 'asks changes to add or update tests', 'no policy on adding tests in CONTRIBUTING, docs/ or the pull request template', remediation);
  if (!askedHow || missing.status === 'attested') return missing;
  // A template that asks how each change was tested, which may be by hand, is for a person to read, not a policy that it add tests.
  const asked = fileEvidence(askedHow.path, `the pull request template's section "${askedHow.heading.text}" asks how the change was tested, which may be by hand, not that it add or update tests`, askedHow.heading.line);
  return { status: 'unknown', evidence: [asked, ...missing.evidence], remediation: missing.remediation };
}
