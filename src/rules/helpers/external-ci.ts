// CI outside GitHub Actions, for OSPS-QA-06.01: the configuration files of other CI systems in the
// tree (not analysed), Prow (whose jobs live in another repository, kubernetes/test-infra), and a
// project's own statement that its tests run on pull requests in such a CI (etcd's contributor
// guide: "When a pull request is submitted, ... uses Prow to run the tests").
import type { Facts } from '../../facts/types.ts';
import { bodyLineOf } from '../../facts/markdown.ts';
import type { Evidence } from '../../model/evidence.ts';
import { fileEvidence } from './evidence.ts';
import { findSectionWhere } from './sections.ts';
import { findStatementIn, quoteSentence, sentencesOf, type StatementHit } from './statements.ts';

/**
 * The configuration of a CI system other than GitHub Actions, at its usual place in the tree.
 * TeamCity's is any file under .teamcity/ (Kotlin DSL or XML settings) or the build parameters it
 * reads from the checkout's root, teamcity.default.properties (ktor, whose tests run on TeamCity).
 */
const OTHER_CI_CONFIG =
  /^(?:\.gitlab-ci\.ya?ml|\.circleci\/config\.ya?ml|Jenkinsfile|\.travis\.ya?ml|azure-pipelines\.ya?ml|\.azure-pipelines\/[^/]+\.ya?ml|\.buildkite\/[^/]+\.ya?ml|\.cirrus\.(?:ya?ml|star)|\.?zuul\.ya?ml|\.?zuul\.d\/[^/]+\.ya?ml|\.prow\.ya?ml|\.prow\/[^/]+\.ya?ml|\.drone\.ya?ml|\.woodpecker\.ya?ml|\.woodpecker\/[^/]+\.ya?ml|\.?appveyor\.ya?ml|bitbucket-pipelines\.ya?ml|\.semaphore\/semaphore\.ya?ml|\.teamcity\/.+|teamcity\.default\.properties|\.tekton\/[^/]+\.ya?ml)$/;

/** The CI configuration files of other systems in the tree, root first. */
export function otherCiConfigs(facts: Facts): string[] {
  return facts.files.filter((f) => f.kind !== 'submodule' && OTHER_CI_CONFIG.test(f.path)).map((f) => f.path);
}

/**
 * OWNERS_ALIASES at the root is Prow's (the Kubernetes owners plugin): the repository is run by
 * Prow, whose jobs are configured in another repository. A plain OWNERS file is not enough (helm's
 * lists maintainers for people to read).
 */
export function prowOwners(facts: Facts): string | undefined {
  return facts.files.find((f) => f.path === 'OWNERS_ALIASES')?.path;
}

/** A CI system other than GitHub Actions, by name. */
export const EXTERNAL_CI =
  /\b(?:prow|jenkins|buildkite|circle ?ci|teamcity|azure (?:pipelines|devops)|gitlab[- ]ci|travis(?:[- ]ci)?|cirrus[- ]ci|zuul|tekton|drone ci|woodpecker ci|appveyor|semaphore ?ci|concourse|kokoro|openshift[- ]ci|buildbot|bitbucket pipelines|(?:google )?cloud build|codebuild)\b/i;

// A sentence saying tests run before a change is merged: tests, a pull request or the time before
// merging, and a verb of running or checking. "Tests" after a slash or hyphen is part of a name
// (kubernetes/test-infra, needs-ok-to-test).
const TESTS = String.raw`(?<![\w/-])(?:tests|testing|test[- ]suites?|test jobs?|e2e)(?![\w/-])`;
const BEFORE_MERGE = String.raw`\b(?:pull[- ]requests?|PRs?|merge requests?|pre-?merge|pre-?submits?|(?:before|prior to) (?:\w+ ){0,4}(?:merg|accept|land)\w*)\b`;
const RUNS = String.raw`\b(?:run|runs|ran|running|execut\w+|trigger\w*|verif\w+|ensur\w+|validat\w+|checks?|checked|tested|pass|passes|passed|passing)\b`;
const TESTS_BEFORE_MERGE = new RegExp(`^(?=.*${TESTS})(?=.*${BEFORE_MERGE})(?=.*${RUNS})`, 'i');

/**
 * Not a statement that CI runs them: an instruction to run tests yourself ("please run the tests
 * locally before opening a pull request"), a possibility ("can be triggered"), a negation, or jobs
 * that run after merging or on a schedule.
 */
const NOT_CI_BEFORE_MERGE =
  /\b(?:you|contributors?) (?:\w+ ){0,2}(?:run|should|must|need|needs|have to|can|may)\b|\b(?:please|make sure|locally|manually|yourself|can|could|may|might|not|never|no longer|optional\w*|post-?submits?|periodic\w*|nightly)\b|\Bn['’]t\b|\bafter (?:\w+ ){0,4}merg\w*/i;

/**
 * The project's statement, in a section that names a CI system other than GitHub Actions, that its
 * tests run on pull requests or before merging (kind's "CI" section, which names Prow: "We ensure
 * that the tests continue to work in the kind repo before merging any code changes").
 */
export function statedExternalTests(facts: Facts): StatementHit | undefined {
  return findStatementIn(facts, ['contributing', 'docs', 'governance', 'maintainers', 'readme'], TESTS_BEFORE_MERGE, {
    reject: NOT_CI_BEFORE_MERGE,
    section: (h) => EXTERNAL_CI.test(h.text) || EXTERNAL_CI.test(h.body),
  });
}

/** A heading about the project's tests themselves ("Testing", "Unit tests", "Running the tests"). */
const TESTS_HEADING = /^(?:(?:unit|integration|end-to-end|e2e|automated) )?(?:tests?|testing|test suites?)$|^running (?:the )?tests$/i;

/** Every pull request, not one ("before submitting a PR, run `make test`" is an instruction to the contributor). */
const EVERY_PULL_REQUEST = new RegExp(String.raw`^(?=.*\b(?:every|each|all) (?:incoming |new |open )?(?:pull[- ]requests?|PRs?)\b)(?=.*${RUNS})`, 'i');

/**
 * In a repository whose CI the tree shows is elsewhere (Prow), the project's own section on its tests saying they run on
 * every pull request, without naming the CI (trust-manager's README "Testing": "trust-manager has various categories of
 * tests. All categories are run against every PR, along with other checks."): the tests the section is about, in that CI.
 */
export function statedTestsOnEveryPullRequest(facts: Facts): StatementHit | undefined {
  return findStatementIn(facts, ['contributing', 'docs', 'readme'], EVERY_PULL_REQUEST, { reject: NOT_CI_BEFORE_MERGE, heading: TESTS_HEADING });
}

/** A section on the project's CI: "Continuous Integration", "CI". */
const CI_HEADING = /^(?:continuous integration|ci)(?: (?:and|&) [\w ]{1,40})?$/i;
/** CI run on the company's own systems, which no file of the repository configures: "We use Google's internal systems". */
const INTERNAL_CI = /\b(?:internal(?:ly)?|in-house)\b/i;

/**
 * The project's section on its CI saying the CI runs outside GitHub Actions, on systems no file of the tree configures or
 * on another CI by name (googletest's README "Continuous Integration": "We use Google's internal systems for continuous
 * integration", beside its ci/linux-presubmit.sh): whether tests run there on each change cannot be read. Not a section that
 * names GitHub Actions, which the tool reads.
 */
export function statedCiElsewhere(facts: Facts): Evidence | undefined {
  const said = (body: string) => sentencesOf(body).find((x) => INTERNAL_CI.test(x) || EXTERNAL_CI.test(x));
  const hit = findSectionWhere(facts, ['readme', 'contributing', 'docs'], (h) => CI_HEADING.test(h.text.trim()) && !/\bgithub actions\b/i.test(h.body) && said(h.body) !== undefined, 0);
  if (!hit) return undefined;
  const sentence = said(hit.heading.body) ?? '';
  return fileEvidence(hit.doc.path, `says the project's CI runs outside GitHub Actions: "${quoteSentence(sentence)}" (section "${hit.heading.text}")`, bodyLineOf(hit.heading, sentence));
}
