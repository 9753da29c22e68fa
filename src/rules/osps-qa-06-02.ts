// OSPS-QA-06.02: Documentation says when and how tests run.
// A section about testing (Testing, Running tests, Tests) in CONTRIBUTING, docs/ or the README that
// says how the tests are run: a test command in its code or prose ("npm test", "go test ./...") or
// a sentence about running them ("run the tests with…", "tests run on every pull request"); or any
// section of a contribution guide (CONTRIBUTING, or a page titled "Contributing to …") or project-level section of the
// README ("Development") or of a monorepo component's README ("Contributing" > "Development commands") that gives a test
// command (a table of make targets before a pull request); or any section of the README or a contribution guide
// that says a bare build-tool run (`mvn`, `make`) runs all the tests (commons-lang's README "Building"); a contribution
// guide's step that says to run the tests, or its section on the tests ("Testing"), that names a script CI runs them with
// (serilog's `build.ps1`, go-containerregistry's `./hack/presubmit.sh`); last, a section of
// the test suite's own README (test/e2e/README.md) that runs a test command or the suite's script (notation's); or, in a README
// without headings (zlib's plain text), a sentence on running the tests and a test command. A
// testing heading whose section says neither ("Testing the Template" in a release how-to) does not
// count. A product document (a user guide under docs/) speaks for the project's tests only in a
// project-level section or when its path names them (docs/tests/, runtests.md): "Testing Flask
// Applications" teaches users to test their own code. Nor does a README's question for its users ("How do I test a
// browser library that uses this?"), unless it asks how the tests are run, nor a README usage section where testing is only a
// word of the heading and no test command is given (afero's "Testing Made Simple", on testing the reader's code), nor a README
// section that advises the reader on testing their own work without running the tests (syn's "Testing": "your macro").
// A README sentence on running the tests whose `go test` names this repository's own package (pflag's "Run tests by running:"
// `go test github.com/spf13/pflag`, under "Installation") counts under any heading, before a section merely named after the test tool.
// A section whose heading is about the tests themselves ("Running Tests") is cited before one where they are only a
// word ("Debugging Errors in Vitest Tests"), and such a section only when it gives a test command, before a contribution
// guide's section that gives one (bandit's "Pull Requests", `tox`, before its "Vulnerability Tests" on the product's checks).
// A section on the benchmarks ("Running the benchmark", `go test -bench`) measures speed and does not count.
// A testing section of a product document under docs/ speaks for the project's tests when its command is a task runner's
// target CI runs the tests with (in-toto/attestation's docs/testing.md "Running the Go tests": `make go_test`, which its
// workflow runs): the repository's own Makefile target, not the reader's test runner.
// Last of all, a pull request template's checklist item that the test command passes (node-gyp's "[ ] `npm install && npm run
// lint && npm test` passes"): how the tests run, and when, before each change is submitted; a runner's name alone does not count.
// Nothing on tests while the contribution guide is kept outside the repository: attested; with no guide of its own, the
// owner's default CONTRIBUTING.md GitHub shows it counts as for GV-03.02 and QA-06.03: attested, unknown when unread
// (missingUnlessGuideElsewhere).
import { type DocumentInfo, documentsOf } from '../facts/documents.ts';
import { bodyLineOf, codeLineOf, type Heading } from '../facts/markdown.ts';
import type { Facts } from '../facts/types.ts';
import type { DetectorHit } from '../facts/workflows/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { testTargetName } from '../facts/workflows/test-runs.ts';
import { codePieces, findSectionWhere, forAgents, forPeople, headinglessReadme, projectSection, releaseHowTo, sectionEvidence, titledContributionGuide, underProjectHeading } from './helpers/sections.ts';
import { isTemplateSection, quoteSentence, sentencesOf } from './helpers/statements.ts';
import { fail, type Outcome, pass } from './types.ts';
import { fileEvidence } from './helpers/evidence.ts';
import { scriptsNamedIn } from './helpers/named-scripts.ts';
import { missingUnlessGuideElsewhere } from './helpers/documentation.ts';
import { RUNNING_TESTS as RUNNING_TESTS_SECTION, sectionAdvice } from '../model/advice.ts';

const TESTING_HEADING = /\btest(s|ing)?\b|\btest suite\b/i;
const TESTS_WORD = /\btest(?:s|ing)\b/i;

/**
 * A make target named for the tests (`make test`, `make e2e-test`, `make go_test`); not one that builds a tool named a tester
 * (policy-controller's README "Policy Testing": `make policy-tester` builds a program that checks the reader's policies).
 */
const TEST_COMMAND = /\b(npm|pnpm|yarn|bun) (run )?test\b|\bgo test\b|\bcargo (test|nextest|hack test|miri test|llvm-cov|tarpaulin)\b|\bpytest\b|\btox\b|\bnox\b|\bmake ([\w-]{0,30}test(?!ers?\b)[\w-]{0,30}|check)\b|\bmvnw? (clean )?(test|verify)\b|\bgradlew? (test|check)\b|\bctest\b|\bdotnet test\b|\brspec\b|\bphpunit\b|\bvitest\b|\bjest\b|\bmocha\b|\bunittest\b|\bbats\b|\bct (lint|install)\b|\bhelm (unittest|test)\b|\b(swift|dart|flutter|mix|stack|cabal|sbt|lein|deno|bazel|bazelisk|meson|zig build) test\b|\brake (test|spec)\b|\bmage test\b/i;

const RUNNING_TESTS = /\b(run|runs|ran|running|execute|executes|executing)\b[^.]{0,60}\b(tests?|test suite)\b|\b(tests?|test suite)\b[^.]{0,40}\b(are run|run|runs|execute)\b/i;

/** A document path that names the project's own test suite. */
const PROJECT_TESTS_DOC = /(?:^|\/)(?:tests?|testing)\/|(?:^|\/|[-_])(?:run[-_]?tests|test[-_]?suite|running[-_]tests)[^/]*$/i;

/**
 * A question the README answers for its users (ky's FAQ "How do I test a browser library that uses this?", "How do I mock
 * Ky in tests?"): the tests are the reader's, unless it asks how the tests are run ("How do I run the tests?").
 */
function readersQuestion(h: Heading, doc: DocumentInfo): boolean {
  return doc.role === 'readme' && h.text.trimEnd().endsWith('?') && !RUNNING_TESTS.test(h.text) && !projectSection(doc, h);
}

/**
 * A README section where testing is only a word of a usage heading, outside a project-level section, that gives no test
 * command (afero's "Real-World Use Cases" > "Testing Made Simple": a test of the reader's code with the library, "tests run
 * in memory"): the tests are the reader's. A heading about the tests themselves ("Testing", "Running tests") still speaks
 * for the project's.
 */
function readersTesting(h: Heading, doc: DocumentInfo): boolean {
  return doc.role === 'readme' && TESTING_HEADING.test(h.text) && !aboutTests(h.text) && !projectSection(doc, h) && !testCode(h.code) && !testCommand(h.body);
}

/** The reader's own work, as a README speaks to its users: "your macro", "your own code", "your application". */
const READERS_WORK = /\byour (?:own )?(?:macros?|code|crates?|librar(?:y|ies)|applications?|apps?|programs?|projects?|services?|components?|handlers?|functions?|modules?|plugins?|tests?)\b/i;

/**
 * A README section outside a project-level heading that advises the reader on testing their own work, and neither runs
 * the tests nor gives a command (syn's "Testing": "Consider using the trybuild crate to write tests for errors that are
 * emitted by your macro"): advice to users, even under a heading about the tests, not the project's testing section.
 */
function readersAdvice(h: Heading, doc: DocumentInfo): boolean {
  return doc.role === 'readme' && !projectSection(doc, h) && READERS_WORK.test(h.body) && !RUNNING_TESTS.test(h.body) && !testCode(h.code) && !testCommand(h.body);
}

/** Whether a section may speak about the project's own tests: any but a product document's, which must say it does, or a README's answer to a user's question, usage section or advice on the reader's tests. */
function aboutProjectTests(h: Heading, doc: DocumentInfo): boolean {
  if (readersQuestion(h, doc) || readersTesting(h, doc) || readersAdvice(h, doc)) return false;
  return doc.kind === 'project' || projectSection(doc, h) || PROJECT_TESTS_DOC.test(doc.path);
}

/**
 * A Gradle test task by its name, which TEST_COMMAND (case-insensitive) cannot tell from another
 * word: `./gradlew jvmTest` (ktor), `:core:allTests`, `connectedCheck`. Case-sensitive, so that
 * `latest` or `contest` is not a task ending in Test. Lifecycle tasks may come first, as `clean`
 * does before Maven's goals: `./gradlew clean check` (okio's CONTRIBUTING); not an option (`-x test`
 * excludes the tests).
 */
const GRADLE_TEST_TASK = /\bgradlew? (?:(?:clean|assemble|build) ){0,3}:?(?:[\w-]{1,40}:){0,4}(?:test|check|[a-z]\w{0,40}(?:Tests?|Check))\b/;

/**
 * A Nix flake output of the project run or built (crossplane: `./nix.sh run .#test`, `nix build
 * .#checks.x86_64-linux.test-apis`) counts by its last attribute's name, as in CI (facts/workflows/
 * test-runs.ts); `nix flake check` may run only linters and does not count.
 */
const NIX_OUTPUT = /\bnix(?:\.sh)? (?:run|build) (?:\.|\.\/[\w./-]{0,60})?#([\w.-]{1,120})/gi;

function nixTestOutput(text: string): boolean {
  if (!text.includes('#')) return false;
  for (const m of text.matchAll(NIX_OUTPUT)) {
    let attr = m[1];
    while (attr.endsWith('.')) attr = attr.slice(0, -1); // a sentence's full stop
    if (testTargetName(attr.slice(attr.lastIndexOf('.') + 1))) return true;
  }
  return false;
}

const TEST_COMMANDS = new RegExp(TEST_COMMAND.source, 'gi');
/** Right before a runner's name: an import of it (`import pytest`, `from 'vitest'`) or a decorator (`@pytest.fixture`). */
const IMPORTED_BEFORE = /(?:\bimport|\bfrom|\brequire\()\s{0,3}['"]?$|@$/;

/**
 * A test command in a section's text: a runner's name used as a library in code is not a run of it. lru-cache's README
 * "Testing" tells users how to mock its clock in their own tests (`// e.g. jest.useFakeTimers()`): a member of the runner
 * (`jest.fn`, `pytest.raises`, `unittest.mock`) or a file named after it (`pytest.ini`), an import or a decorator says
 * nothing of how this project's tests are run.
 */
function runnerCommand(text: string): boolean {
  if (!TEST_COMMAND.test(text)) return false;
  for (const m of text.matchAll(TEST_COMMANDS)) {
    const after = text.charAt(m.index + m[0].length);
    if (after === '(' || (after === '.' && /\w/.test(text.charAt(m.index + m[0].length + 1)))) continue;
    if (IMPORTED_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    return true;
  }
  return false;
}

const testCommand = (text: string): boolean => runnerCommand(text) || GRADLE_TEST_TASK.test(text) || nixTestOutput(text);

/**
 * A `just` recipe named for the tests, in a section's code only (cattrs' CONTRIBUTING.md: `just lint`, `just test`): in prose
 * "just test it" is an adverb. Named as `make test` is; what the recipe runs is QA-06.01's business.
 */
const JUST_TEST = /(?:^|[\s;&|(`$])just [\w-]{0,30}test[\w-]{0,30}\b/im;

/** A test command in a section's code blocks: a runner's, or a `just` recipe's. */
const testCode = (code: string): boolean => testCommand(code) || JUST_TEST.test(code);

/** The first piece of a section's code (a code span, a line of a block) that runs the tests, trimmed; undefined when none does. */
function testCodePiece(h: Heading): string | undefined {
  return codePieces(h)
    .map((piece) => piece.trim())
    .find(testCode);
}

function saysHowTestsRun(h: { text: string; body: string; code: string }): boolean {
  return RUNNING_TESTS.test(h.text) || testCode(h.code) || testCommand(h.body) || RUNNING_TESTS.test(h.body);
}

/**
 * A build tool run as a whole, in a section's code: commons-lang's README "Building" runs a bare `mvn`, whose default goal
 * runs the tests (QA-06.01 reads the POM's `<defaultGoal>`).
 */
const BUILD_TOOL = /(?:^|\s)(?:\.\/)?(?:mvnw?|gradlew?|make|ant|sbt)(?:\s|$)/i;
/**
 * Prose that says that run runs the tests: "run `mvn` without arguments to invoke the default Maven goal to run all tests
 * and checks", "make sure your changes don't break any existing tests by running `mvn`" (the command, code, is not in the
 * prose). Not "Run tests in your IDE": the tests are run, not by the command.
 */
const RUNS_ALL_TESTS = /\b(?:to|which|that|will|and|it) runs? (?:all (?:the )?|the |every )(?:unit |integration )?tests\b|\btests by running\b/i;

/** A script of the test suite run from its folder (`./run.sh`, `./e2e.sh`). */
const SCRIPT_RUN = /(?:^|\s)\.\/[\w-]{1,60}\.(?:sh|bash|ps1|py)\b/;

/**
 * A script named in a section's code that CI runs the tests with: a test run the workflows reach through that script
 * (facts/workflows/test-runs.ts), the path compared without case (serilog's CONTRIBUTING names `build.ps1`, its CI runs
 * Build.ps1, whose `dotnet test` runs the tests).
 */
function scriptRunningTests(facts: Facts, code: string): { named: string; hit: DetectorHit } | null {
  if (code === '') return null;
  const scripts = facts.workflows.detectors.tests.hits.filter((x) => x.via === 'script');
  if (scripts.length === 0) return null;
  for (const s of scriptsNamedIn(code)) {
    const hit = scripts.find((x) => x.path.toLowerCase() === s.path);
    if (hit) return { named: s.named, hit };
  }
  return null;
}

/** Task runners whose targets the repository defines (its Makefile, justfile, Taskfile, magefile): a run of one is this project's. */
const TASK_RUNNERS = new Set(['make', 'just', 'task', 'mage']);

/** A command line as words, a shell prompt (`$ `) left out; empty for a line of more than twelve words. */
function shownCommandWords(line: string): string[] {
  const words = line.trim().split(/\s+/).filter((w) => w !== '');
  if (words[0] === '$') words.shift();
  return words.length <= 12 ? words : [];
}

/**
 * A task runner's command in a section's code (`make go_test`) that a workflow runs the tests with, as a whole command of
 * its `run:` line (`make go_test`, or after `cd x &&`): the command as written and the workflow's hit.
 */
function ciTaskCommand(facts: Facts, code: string): { command: string; hit: DetectorHit } | null {
  if (code === '') return null;
  const runs = facts.workflows.detectors.tests.hits.filter((x) => x.via === 'run' && x.qualifies);
  if (runs.length === 0) return null;
  const ciCommands = runs.flatMap((hit) => hit.text.split(/&&|;/).map((part) => ({ words: shownCommandWords(part).join(' '), hit })));
  for (const line of code.split('\n').slice(0, 40)) {
    const words = shownCommandWords(line);
    if (words.length < 2 || !TASK_RUNNERS.has(words[0])) continue;
    const found = ciCommands.find((c) => c.words === words.join(' '));
    if (found) return { command: line.trim().replace(/^\$\s+/, ''), hit: found.hit };
  }
  return null;
}

/**
 * A task runner's command in a section's code that runs a target of the root Makefile, Taskfile or justfile whose run reaches
 * the tests (facts.workflows.testTargets): goreleaser's CONTRIBUTING gives `task ci`, whose `task: test` runs `go test`, while
 * its CI runs `task test`. The command as written and the way it reaches the tests.
 */
function testTargetCommand(facts: Facts, h: Heading): { command: string; tool: string } | null {
  const targets = facts.workflows.testTargets ?? [];
  if (h.code === '' || targets.length === 0) return null;
  // Each piece of the section's code (a code span, a line of a block), as testCodePiece reads them.
  for (const line of codePieces(h).slice(0, 40)) {
    const words = shownCommandWords(line);
    if (words.length !== 2 || !TASK_RUNNERS.has(words[0])) continue;
    const found = targets.find((t) => t.command === words.join(' '));
    if (found) return { command: line.trim().replace(/^\$\s+/, ''), tool: found.tool };
  }
  return null;
}

/** `go test` and its options, right before the package it tests (the text ends there). */
const GO_TEST_BEFORE = /\bgo test(?: -{1,2}[\w.=-]{1,40}){0,6}$/;

/**
 * A README sentence that says to run the tests, in a section whose `go test` names this repository's own package by its
 * github.com path (`go test github.com/spf13/pflag`, `go test -v github.com/o/r/...`): the project's tests, not the reader's.
 */
function ownTestRun(facts: Facts): Evidence | null {
  const repository = (facts.github.repository || facts.context.repository)?.toLowerCase();
  if (!repository) return null;
  const own = `github.com/${repository}`;
  const namesOwn = (text: string) => {
    const t = text.toLowerCase();
    for (let at = t.indexOf(own); at >= 0; at = t.indexOf(own, at + 1)) {
      const next = t.charAt(at + own.length);
      if ((next === '' || !/[\w.-]/.test(next)) && GO_TEST_BEFORE.test(t.slice(Math.max(0, at - 120), at).replace(/\s+/g, ' ').trimEnd())) return true;
    }
    return false;
  };
  // By clause: "Install by running:" and "Run tests by running:" are one sentence once the code between them is set aside.
  const runLine = (body: string) => sentencesOf(body).flatMap((x) => x.split(/:\s+/)).find((x) => RUNNING_TESTS.test(x));
  const found = findSectionWhere(facts, ['readme'], (h) => runLine(h.body) !== undefined && (namesOwn(h.code) || namesOwn(h.body)), 0);
  if (!found) return null;
  const said = runLine(found.heading.body) ?? '';
  return fileEvidence(found.doc.path, `documents how tests are run: "${quoteSentence(said)}", section "${found.heading.text}", whose test command names this repository's package (${own})`, bodyLineOf(found.heading, said));
}

const PASSES = /\b(?:pass|passes|passed|passing|succeeds?)\b/i;

/**
 * A pull request template's item whose code is the command that runs the tests (not a runner used as a library), or whose
 * sentence gives it: the template, its line, and the command.
 */
function pullRequestTemplateRun(facts: Facts): Evidence | undefined {
  const what = 'documents how tests are run: the pull request template asks that';
  for (const tpl of documentsOf(facts.documents, 'pull-request-template')) {
    const o = tpl.outline;
    for (const h of o?.leadSection ? [o.leadSection, ...o.headings] : (o?.headings ?? [])) {
      if (isTemplateSection(h)) continue;
      const section = h.level === 0 ? '' : ` (section "${h.text}")`;
      const cmd = testCode(h.code) ? (h.code.split('\n').find((x) => testCode(x)) ?? '') : undefined;
      if (cmd !== undefined) return fileEvidence(tpl.path, `${what} \`${quoteSentence(cmd, 100)}\` pass before each change is submitted${section}`, codeLineOf(h, cmd));
      // In prose, the command with a word of running or passing: "Added tests (pytest)" names the runner, not a run.
      const said = testCommand(h.body) ? sentencesOf(h.body).find((x) => testCommand(x) && (RUNNING_TESTS.test(x) || PASSES.test(x))) : undefined;
      if (said !== undefined) return fileEvidence(tpl.path, `${what} "${quoteSentence(said)}"${section}`, bodyLineOf(h, said));
    }
  }
  return undefined;
}

export const id = 'OSPS-QA-06.02';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

/**
 * A heading whose subject is the tests themselves ("Testing", "Unit tests", "Running Tests", "Step 5: Run the Tests"),
 * not one where they are only a word ("Debugging Errors in Vitest Tests Using Playwright", vite's, before its "Running
 * Tests"): such a section is cited first, wherever it stands.
 */
const TESTS_SUBJECT = /^(?:(?:unit|integration|end-to-end|e2e|functional|acceptance|automated) )?(?:tests?|testing|test suite)$/i;

function aboutTests(text: string): boolean {
  return TESTS_SUBJECT.test(text.trim()) || RUNNING_TESTS.test(text);
}

/**
 * A section on the benchmarks, not the tests ("Running the benchmark", logr's benchmark/README.md, which its contribution guide
 * links): its `go test -bench` or `cargo bench` measures speed; it says nothing of how the test suite runs. A heading that
 * names the tests too ("Tests and benchmarks") is about them.
 */
const BENCHMARK_HEADING = /\bbench(?:mark(?:s|ing)?)?\b|\bperformance\b/i;
const benchmarksOnly = (h: Heading): boolean => BENCHMARK_HEADING.test(h.text) && !TESTING_HEADING.test(h.text);

export function evaluate(facts: Facts): Outcome {
  const saysHow = (h: Heading, doc: DocumentInfo) => TESTING_HEADING.test(h.text) && (h.sectionChars >= 20 || h.code !== '') && saysHowTestsRun(h) && aboutProjectTests(h, doc);
  // Instructions to coding agents (AGENTS.md) count last: the contribution guide is what a person reads (vitest's
  // AGENTS.md "Testing" came before its CONTRIBUTING's "Repo Setup", which gives `pnpm run test`).
  const documents = forPeople(saysHow);
  // A section where tests are only a word of the heading ("Vulnerability Tests", a scanner's checks, whose prose speaks of "a
  // test run" of them) is cited after a contribution guide's section that gives the test command.
  const commanded = forPeople((h: Heading, doc: DocumentInfo) => saysHow(h, doc) && (testCode(h.code) || testCommand(h.body)));
  const about = findSectionWhere(facts, ['contributing', 'docs', 'readme'], (h, doc) => aboutTests(h.text) && documents(h, doc), 0);
  if (about) return pass([sectionEvidence(about, 'documents how tests are run')]);
  // A README sentence on running the tests whose command names this repository's own package (pflag's "Installation": "Run
  // tests by running:" `go test github.com/spf13/pflag`) runs the project's tests, under any heading; it comes before a section
  // named after the test tool ("Using pflag with go test", on parsing the test tool's flags in the user's program).
  const own = ownTestRun(facts);
  if (own) return pass([own]);
  const hit = findSectionWhere(facts, ['contributing', 'docs', 'readme'], commanded, 0);
  if (hit) return pass([sectionEvidence(hit, 'documents how tests are run')]);
  // A contribution guide may give the commands under another heading ("What to do before submitting a pull request").
  const gives = (h: Heading) => !benchmarksOnly(h) && (testCode(h.code) || (testCommand(h.body) && RUNNING_TESTS.test(h.body)));
  // So may the README's section for the project's developers ("Development", "Hacking", "Building from source") when it says
  // the command runs the tests: viper's "Development" ("Run the test suite:" `make test`), fd's ("# Run unit tests and
  // integration tests", `cargo test`); not a bare `make check` among build steps (jq's). Only a project-level section: a
  // usage section's command runs the user's tests (a test runner's README), not the project's.
  const saysRun = (h: Heading) => !benchmarksOnly(h) && (testCode(h.code) || testCommand(h.body)) && (RUNNING_TESTS.test(h.body) || RUNNING_TESTS.test(h.code));
  const given =
    findSectionWhere(facts, ['contributing'], gives, 0) ??
    findSectionWhere(facts, ['docs'], (h, doc) => titledContributionGuide(doc) && gives(h), 0) ??
    findSectionWhere(facts, ['readme'], (h, doc) => projectSection(doc, h) && saysRun(h), 0) ??
    // A monorepo's component README, in a project-level section: eslint/js's packages/eslint-visitor-keys/README.md,
    // "Contributing" > "Development commands": "`npm test` runs tests and measures code coverage."
    findSectionWhere(facts, ['component-readme'], (h, doc) => underProjectHeading(doc, h) && (saysRun(h) || (TESTING_HEADING.test(h.text) && saysHowTestsRun(h))), 0) ??
    findSectionWhere(facts, ['contributing', 'docs', 'readme'], documents, 0);
  if (given) {
    // Under the document's title, which names the whole guide, the line that gives the command (assertj's guide: "Contributing"
    // at line 1, `./mvnw clean verify` at line 21); a section's own heading says what it is about.
    const piece = given.heading.level <= 1 ? testCodePiece(given.heading) : undefined;
    if (piece === undefined) return pass([sectionEvidence(given, 'documents how tests are run')]);
    return pass([{ ...sectionEvidence(given, `documents how tests are run: \`${quoteSentence(piece, 100)}\``), line: codeLineOf(given.heading, piece) }]);
  }
  // A contribution guide's step that says to run the tests and names the script CI runs them with (serilog's "Run the build
  // and tests", `build.ps1`), or its section on the tests that names that script (go-containerregistry's "Testing": "Ensure
  // the following passes:" `./hack/presubmit.sh`): what the script does is read from the workflows, not guessed from its name.
  const scripted = findSectionWhere(facts, ['contributing'], (h) => (RUNNING_TESTS.test(h.body) || aboutTests(h.text)) && scriptRunningTests(facts, h.code) !== null, 0);
  const script = scripted ? scriptRunningTests(facts, scripted.heading.code) : null;
  if (scripted && script) {
    const said = sentencesOf(scripted.heading.body).find((x) => RUNNING_TESTS.test(x));
    const ci = `names \`${script.named}\`, which runs the tests in CI (${script.hit.path}:${script.hit.line}: ${script.hit.tool})`;
    return pass([
      said === undefined
        ? fileEvidence(scripted.doc.path, `documents how tests are run: the contribution guide's section "${scripted.heading.text}" ${ci}`, scripted.heading.line)
        : fileEvidence(scripted.doc.path, `documents how tests are run: the contribution guide's section "${scripted.heading.text}" says "${quoteSentence(said)}" and ${ci}`, bodyLineOf(scripted.heading, said)),
    ]);
  }
  // A README without headings (zlib's plain-text README) is all lead: a sentence on running the tests and the test command
  // ("To compile all files and run the test program, follow the instructions given at the top of Makefile.in. In short
  // "./configure; make test"").
  const plain = headinglessReadme(facts);
  const running = plain && testCommand(plain.heading.body) ? sentencesOf(plain.heading.body).find((x) => RUNNING_TESTS.test(x)) : undefined;
  if (plain && running) {
    const cmd = TEST_COMMAND.exec(plain.heading.body)?.[0] ?? '';
    return pass([fileEvidence(plain.doc.path, `documents how tests are run: "${quoteSentence(running)}" (a README without headings)${cmd ? `, and gives \`${cmd}\`` : ''}`, bodyLineOf(plain.heading, running))]);
  }
  // Under any heading of the README or a contribution guide: the build tool's run that runs the tests (commons-lang's "Building").
  const byTool = findSectionWhere(facts, ['readme', 'contributing'], (h, doc) => aboutProjectTests(h, doc) && BUILD_TOOL.test(h.code) && RUNS_ALL_TESTS.test(h.body), 0);
  if (byTool) return pass([sectionEvidence(byTool, `documents how tests are run: \`${BUILD_TOOL.exec(byTool.heading.code)?.[0].trim() ?? ''}\` runs them`)]);
  // Last, the README of the project's own test suite: a section that runs its tests (notation's test/e2e/README.md
  // "Local environment": `cd ./test/e2e`, then `./run.sh <absolute_path_to_notation_binary>`).
  const suite = findSectionWhere(facts, ['test-readme'], (h) => !benchmarksOnly(h) && (testCode(h.code) || SCRIPT_RUN.test(h.code)), 0);
  if (suite) {
    const cmd = SCRIPT_RUN.exec(suite.heading.code)?.[0] ?? TEST_COMMAND.exec(suite.heading.code)?.[0] ?? JUST_TEST.exec(suite.heading.code)?.[0] ?? '';
    return pass([fileEvidence(suite.doc.path, `documents how the tests in ${suite.doc.path.slice(0, suite.doc.path.lastIndexOf('/'))}/ are run: section "${suite.heading.text}" gives \`${cmd.trim()}\``, codeLineOf(suite.heading, cmd.trim()))]);
  }
  // A testing section of a docs/ page whose command is a task runner's target CI runs the tests with (`make go_test`).
  const ciRun = findSectionWhere(facts, ['docs'], (h) => TESTING_HEADING.test(h.text) && !benchmarksOnly(h) && ciTaskCommand(facts, h.code) !== null, 0);
  const ciCommand = ciRun ? ciTaskCommand(facts, ciRun.heading.code) : null;
  if (ciRun && ciCommand) {
    const { command, hit: ci } = ciCommand;
    return pass([fileEvidence(ciRun.doc.path, `documents how tests are run: section "${ciRun.heading.text}" gives \`${command}\`, the command CI runs the tests with (${ci.path}:${ci.line}: ${ci.tool})`, codeLineOf(ciRun.heading, command))]);
  }
  // A testing section of the contribution guide or docs/ (not AGENTS.md, read below) whose command runs a root target that
  // reaches the tests, as read from the task file (goreleaser's CONTRIBUTING "Testing your changes": "we suggest you run:" `task ci`).
  const targeted = findSectionWhere(facts, ['contributing', 'docs'], forPeople((h, doc) => TESTING_HEADING.test(h.text) && !benchmarksOnly(h) && aboutProjectTests(h, doc) && testTargetCommand(facts, h) !== null), 0);
  const target = targeted ? testTargetCommand(facts, targeted.heading) : null;
  if (targeted && target) {
    return pass([fileEvidence(targeted.doc.path, `documents how tests are run: section "${targeted.heading.text}" gives \`${target.command}\`, which runs the tests (${target.tool})`, codeLineOf(targeted.heading, target.command))]);
  }
  // Their testing section, or another that gives the test command and says it runs the tests (Polly's AGENTS.md "Build
  // Commands": "# Run all tests", `dotnet test`, before a "Testing patterns" section on xUnit and FsCheck without one).
  const agents = findSectionWhere(facts, ['docs'], forAgents(saysHow), 0) ?? findSectionWhere(facts, ['docs'], forAgents((h, doc) => aboutProjectTests(h, doc) && saysRun(h)), 0);
  if (agents) return pass([sectionEvidence(agents, 'documents how tests are run, in the instructions for coding agents')]);
  // Last, the pull request template's checklist, which every contributor fills in: an item that the test command passes
  // (node-gyp's "[ ] `npm install && npm run lint && npm test` passes") says how the tests run, and that they run before
  // each pull request is submitted.
  const templated = pullRequestTemplateRun(facts);
  if (templated) return pass([templated]);
  // A release how-to's "Testing the Template" (kubescape's KREW_RELEASE.md) tests the release, not the code: not the project's
  // testing section, which would keep a contribution guide kept elsewhere from speaking for the project below.
  const vague = findSectionWhere(facts, ['contributing', 'docs', 'readme'], (h, doc) => TESTING_HEADING.test(h.text) && aboutProjectTests(h, doc) && !releaseHowTo(doc), 60);
  // The contribution guide may speak of tests under another heading without saying how to run them
  // (gittuf's "Contributor Workflow": "Pull requests must include tests ... undergo automated testing"): shown, not counted.
  const mentioned = vague ? undefined : findSectionWhere(facts, ['contributing'], (h) => TESTS_WORD.test(h.body), 60);
  const remediation = sectionAdvice(RUNNING_TESTS_SECTION, 'giving the command to run the tests locally, and which tests CI runs on each pull request');
  // Nothing on tests here, and the contribution guide is kept elsewhere (cert-manager's website) or is the owner's default
  // CONTRIBUTING.md (its .github repository): the project's word, to confirm there; unknown when that repository was not read.
  if (!vague && !mentioned)
    return missingUnlessGuideElsewhere(facts, 'says how and when the tests run', 'no section about running tests in CONTRIBUTING, docs/ or README', remediation);
  return fail(
    vague
      ? [sectionEvidence(vague, 'a section about testing, but it gives no test command and does not say when or how the tests run')]
      : mentioned
        ? [sectionEvidence(mentioned, 'the contribution guide speaks of tests here, but gives no command to run them and does not say how they are run'), { kind: 'note', detail: 'no section about running tests in CONTRIBUTING, docs/ or README' }]
        : [{ kind: 'note', detail: 'no section about running tests in CONTRIBUTING, docs/ or README' }],
    remediation,
  );
}
