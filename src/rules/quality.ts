// OSPS-QA rules (QA-05 lives in artifacts.ts): a public repository with its history, dependency
// lists, SBOMs, required status checks, multi-repository projects, tests, and required review.
import { documentsOf } from '../facts/documents.ts';
import { findSectionWhere } from './documentation.ts';
import type { Facts } from '../facts/types.ts';
import { apiEvidence, branchFact } from './access.ts';
import { officialLatest, shallowestFirst } from './build-release.ts';
import { apiUnknownDetail, capEvidence, fileEvidence, findSectionIn, findStatementIn, negatedIn, releaseState, sectionEvidence, statementEvidence, statementIn } from './helpers.ts';
import { insightsEvidence, insightsField } from './insights.ts';
import { attested, fail, notApplicable, pass, unknown, type Evidence, type Outcome, type Rule } from './types.ts';

// ---- Code languages (shared with BR-05.01) ----

export interface CodeLanguage {
  name: string;
  /** The language has a standard package manager with a dependency list (OSPS-QA-02.01's "when supported"). */
  packageManager: boolean;
  files: number;
  example: string;
}

const LANGUAGES: { name: string; exts: string[]; packageManager: boolean }[] = [
  { name: 'JavaScript/TypeScript', exts: ['js', 'mjs', 'cjs', 'jsx', 'ts', 'tsx', 'mts', 'cts'], packageManager: true },
  { name: 'Python', exts: ['py'], packageManager: true },
  { name: 'Go', exts: ['go'], packageManager: true },
  { name: 'Rust', exts: ['rs'], packageManager: true },
  { name: 'Java/Kotlin/Scala', exts: ['java', 'kt', 'kts', 'scala'], packageManager: true },
  { name: 'Ruby', exts: ['rb'], packageManager: true },
  { name: 'PHP', exts: ['php'], packageManager: true },
  { name: 'C#/F#', exts: ['cs', 'fs'], packageManager: true },
  { name: 'Swift', exts: ['swift'], packageManager: true },
  { name: 'Dart', exts: ['dart'], packageManager: true },
  { name: 'Elixir', exts: ['ex', 'exs'], packageManager: true },
  { name: 'C/C++', exts: ['c', 'h', 'cc', 'cpp', 'cxx', 'hpp', 'hh'], packageManager: false },
  { name: 'Shell', exts: ['sh', 'bash', 'zsh', 'ps1'], packageManager: false },
];
const LANGUAGE_BY_EXT = new Map(LANGUAGES.flatMap((l) => l.exts.map((e) => [e, l] as const)));

/** Directories whose code is not the project's own (vendored, fixtures, generated). */
const NOT_OWN = /(^|\/)(node_modules|vendor|third[_-]?party|testdata|fixtures?|examples?|dist|build)\//i;

/** Computed once per facts object: three rules ask, and a repository can have 100,000 files. */
const LANGUAGE_CACHE = new WeakMap<Facts, CodeLanguage[]>();

/** Languages of the project's own source files, by extension (config files like *.config.js count too). */
export function codeLanguages(facts: Facts): CodeLanguage[] {
  const cached = LANGUAGE_CACHE.get(facts);
  if (cached) return cached.map((l) => ({ ...l }));
  const out = new Map<string, CodeLanguage>();
  for (const f of facts.files) {
    if (f.kind === 'submodule') continue;
    const dot = f.path.lastIndexOf('.');
    if (dot < 0 || dot < f.path.lastIndexOf('/')) continue; // no extension: no language by extension
    if (NOT_OWN.test(f.path)) continue;
    const lang = LANGUAGE_BY_EXT.get(f.path.slice(dot + 1).toLowerCase());
    if (!lang) continue;
    const cur = out.get(lang.name);
    if (cur) cur.files++;
    else out.set(lang.name, { name: lang.name, packageManager: lang.packageManager, files: 1, example: f.path });
  }
  const langs = [...out.values()];
  LANGUAGE_CACHE.set(facts, langs);
  return langs.map((l) => ({ ...l }));
}

// ---- OSPS-QA-01.01 / 01.02: public repository and history ----
// Read from GET /repos/{owner}/{repo}: visibility public → pass with the repository's URL; private
// or internal → fail; no answer → unknown (a checkout cannot tell who may read it). The history
// (01.02) is the git history GitHub serves publicly with each commit's author and date: a public
// repository with commits passes, with the checked-out commit as further evidence.

function publicRepo(facts: Facts, what: string): { outcome: Outcome | null; evidence: Evidence[] } {
  const repo = facts.github.repo;
  if (repo.state === 'unknown')
    return {
      outcome: unknown(apiUnknownDetail(repo, 'whether the repository is public'), 'Run the evaluation with a GitHub token (the workflow\'s GITHUB_TOKEN is enough) so the repository\'s visibility can be read.'),
      evidence: [],
    };
  const ev = apiEvidence(facts, repo.source.endpoint, `${repo.data.fullName} is ${repo.data.visibility} at ${repo.data.htmlUrl}${repo.data.archived ? ' (archived)' : ''}`);
  if (repo.data.visibility !== 'public' || repo.data.private)
    return { outcome: fail([ev], `Make the repository public so ${what} can be read by anyone (Settings → General → Danger Zone → Change visibility).`), evidence: [] };
  return { outcome: null, evidence: [ev] };
}

export const qa0101: Rule = {
  id: 'OSPS-QA-01.01',
  evaluate(facts: Facts): Outcome {
    const { outcome, evidence } = publicRepo(facts, 'its source code');
    if (outcome) {
      const url = insightsField(facts, 'repository.url');
      if (outcome.status === 'unknown' && url && typeof url.value === 'string')
        outcome.evidence.unshift(insightsEvidence(facts, 'repository.url', `the project declares its repository at ${url.value}`));
      return outcome;
    }
    return pass(evidence);
  },
};

export const qa0102: Rule = {
  id: 'OSPS-QA-01.02',
  evaluate(facts: Facts): Outcome {
    const { outcome, evidence } = publicRepo(facts, 'its history of changes');
    if (outcome) return outcome;
    const git: Evidence[] = facts.git.commit
      ? [{ kind: 'git', detail: `git history with author and date per commit; checked-out commit ${facts.git.commit}${facts.git.shallow ? ' (shallow checkout; the full history is on GitHub)' : ''}` }]
      : [{ kind: 'note', detail: 'the public repository is a git repository: every commit records its author, committer and date' }];
    return pass([...evidence, ...git]);
  },
};

// ---- OSPS-QA-02.01: a dependency list ----
// Pass when a recognised manifest exists (listing ecosystems and paths). Without one: fail when the
// project has code in a language whose package manager supports a dependency list (the catalog's
// "when the package management system supports it"); not-applicable when it has no such code (only
// C/C++, shell, or no code), since no standard dependency list exists there. Security Insights
// `repository.no-third-party-packages: true` without a manifest is attested.
export const qa0201: Rule = {
  id: 'OSPS-QA-02.01',
  evaluate(facts: Facts): Outcome {
    const eco = facts.dependencies.ecosystems.filter((e) => e.manifests.length > 0);
    if (eco.length > 0)
      return pass(capEvidence(eco.flatMap((e) => shallowestFirst(e.manifests).slice(0, 3).map((m) => fileEvidence(m, `${e.name} dependency list`, 1)))));
    const langs = codeLanguages(facts).filter((l) => l.packageManager);
    const none = insightsField(facts, 'repository.no-third-party-packages');
    if (langs.length > 0) {
      if (none?.value === true)
        return attested([insightsEvidence(facts, 'repository.no-third-party-packages', 'the project declares it uses no third-party packages')]);
      return fail(
        langs.map((l) => fileEvidence(l.example, `${l.files} ${l.name} file(s) but no dependency manifest`)),
        `Add the ecosystem's dependency manifest listing the direct dependencies (${langs.map((l) => MANIFEST_HINT[l.name] ?? 'its manifest').join(', ')}).`,
      );
    }
    const other = codeLanguages(facts);
    return notApplicable(
      other.length > 0
        ? `no dependency manifest, and the code (${other.map((l) => l.name).join(', ')}) has no standard package manager with a dependency list`
        : 'no source code in a language with a package manager, and no dependency manifest',
    );
  },
};

const MANIFEST_HINT: Record<string, string> = {
  'JavaScript/TypeScript': 'package.json',
  Python: 'pyproject.toml or requirements.txt',
  Go: 'go.mod',
  Rust: 'Cargo.toml',
  'Java/Kotlin/Scala': 'pom.xml or build.gradle',
  Ruby: 'Gemfile',
  PHP: 'composer.json',
  'C#/F#': 'a .csproj with PackageReference',
  Swift: 'Package.swift',
  Dart: 'pubspec.yaml',
  Elixir: 'mix.exs',
};

// ---- OSPS-QA-02.02: SBOM with compiled release assets ----
// Gated on a release. Pass when the latest official release carries an SBOM asset, or a release
// workflow generates one (syft, cyclonedx, spdx-sbom-generator, …). Not-applicable when the latest
// release uploads no assets and no distribution point is declared (no compiled assets released).
// Security Insights `repository.release.attestations` naming an SBOM (SPDX / CycloneDX) is attested.
function sbomAttestation(facts: Facts): Evidence | null {
  const att = insightsField(facts, 'repository.release.attestations');
  if (!att || !Array.isArray(att.value)) return null;
  for (let i = 0; i < att.value.length; i++) {
    const a = att.value[i] as Record<string, unknown> | null;
    const text = a && typeof a === 'object' ? `${String(a.name ?? '')} ${String(a['predicate-uri'] ?? '')} ${String(a.location ?? '')}` : '';
    if (/sbom|spdx|cyclonedx/i.test(text)) return insightsEvidence(facts, `repository.release.attestations[${i}]`, `SBOM attestation declared: ${String(a?.name ?? '')}`);
  }
  return null;
}

export const qa0202: Rule = {
  id: 'OSPS-QA-02.02',
  evaluate(facts: Facts): Outcome {
    const rs = releaseState(facts);
    if (rs.state === 'none') return notApplicable('the project has made no release', [rs.evidence]);
    const latest = officialLatest(facts);
    const evidence: Evidence[] = [];
    if (latest) {
      const sboms = latest.assets.filter((a) => a.kinds.includes('sbom'));
      if (sboms.length > 0)
        return pass(sboms.slice(0, 10).map((a): Evidence => ({ kind: 'api', url: a.browserDownloadUrl, detail: `release ${latest.tagName} carries SBOM ${a.name}` })));
      evidence.push({ kind: 'api', url: latest.htmlUrl, detail: `release ${latest.tagName}: ${latest.assets.length} asset(s), none an SBOM` });
    }
    const hits = facts.workflows.detectors.sbom.hits.filter((h) => h.qualifies);
    if (hits.length > 0)
      return pass(capEvidence([...hits.map((h): Evidence => ({ kind: 'workflow', path: h.path, line: h.line, column: h.column, detail: `generates an SBOM: ${h.tool} in ${h.workflow}, runs on ${h.triggers.join(', ')}` })), ...evidence]));
    const declared = sbomAttestation(facts);
    if (declared) return attested([declared, ...evidence]);
    const points = insightsField(facts, 'repository.release.distribution-points');
    const hasPoints = points !== undefined && Array.isArray(points.value) && points.value.length > 0;
    if (latest && latest.assets.length === 0 && !hasPoints)
      return notApplicable('the latest release uploads no compiled assets (only GitHub\'s source archives) and no other distribution point is declared', evidence);
    if (rs.state === 'unknown') return unknown(rs.reason, 'Run with a GitHub token (contents: read) so releases can be read.', evidence);
    return fail(
      evidence.length > 0 ? evidence : [{ kind: 'note', detail: 'no SBOM asset on releases, no SBOM generation in a release workflow, no SBOM attestation in Security Insights' }],
      'Generate an SBOM at build time in the release workflow (e.g. anchore/sbom-action or syft, SPDX or CycloneDX) and attach it to each release.',
    );
  },
};

// ---- OSPS-QA-03.01: required status checks ----
export const qa0301: Rule = {
  id: 'OSPS-QA-03.01',
  evaluate: (facts) =>
    branchFact(facts, facts.github.branchProtection.statusChecksRequired, {
      yes: 'status checks must pass before merging',
      no: 'no status check is required before merging',
      question: 'whether status checks are required on the default branch',
      remediation: 'Add a branch ruleset on the default branch with "Require status checks to pass" and select the CI checks (tests, lint) that must pass.',
    }),
};

// ---- OSPS-QA-04.01 / 04.02: multi-repository projects ----
// The list of codebases is Security Insights `project.repositories`. More than one entry: the list
// is documented (04.01 passes). Exactly one entry that is this repository: a single-repository
// project, so both are not-applicable. Anything else (no file, no field, one entry elsewhere):
// unknown, since a checkout cannot tell whether other repositories belong to the project.
// 04.02 (subprojects as strict as the primary one) cannot be checked from one repository: each
// listed repository needs its own evaluation, so a multi-repository project is unknown.
type Repos = { kind: 'single'; evidence: Evidence } | { kind: 'multi'; evidence: Evidence[]; count: number } | { kind: 'unknown'; why: string; evidence: Evidence[] };

function normRepoUrl(u: string): string {
  return u.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\.git$/, '').replace(/(?<!\/)\/+$/, '');
}

function projectRepositories(facts: Facts): Repos {
  const si = facts.securityInsights;
  if (si.file && !si.file.legacy && si.projectUnknownReason) return { kind: 'unknown', why: si.projectUnknownReason, evidence: [] };
  const f = insightsField(facts, 'project.repositories');
  if (!f || !Array.isArray(f.value) || f.value.length === 0)
    return { kind: 'unknown', why: 'Security Insights does not list the project\'s repositories (project.repositories)', evidence: [] };
  const urls = f.value.map((r) => (r && typeof r === 'object' ? String((r as Record<string, unknown>).url ?? '') : ''));
  const items = urls.map((u, i) => insightsEvidence(facts, `project.repositories[${i}]`, `codebase: ${u || '(no url)'}`));
  if (urls.length > 1) return { kind: 'multi', evidence: items, count: urls.length };
  const here = facts.github.repo.state === 'ok' ? facts.github.repo.data.htmlUrl : facts.context.repository ? `https://github.com/${facts.context.repository}` : null;
  const own = insightsField(facts, 'repository.url');
  const candidates = [here, typeof own?.value === 'string' ? own.value : null].filter((x): x is string => !!x).map(normRepoUrl);
  if (candidates.includes(normRepoUrl(urls[0])))
    return { kind: 'single', evidence: insightsEvidence(facts, 'project.repositories[0]', `the project lists one repository, this one: ${urls[0]}`) };
  return { kind: 'unknown', why: `project.repositories lists one repository (${urls[0]}) that could not be matched to this repository`, evidence: items };
}

export const qa0401: Rule = {
  id: 'OSPS-QA-04.01',
  evaluate(facts: Facts): Outcome {
    const r = projectRepositories(facts);
    if (r.kind === 'multi') return pass(capEvidence([{ kind: 'note', detail: `${r.count} codebases listed in project.repositories` }, ...r.evidence]));
    if (r.kind === 'single') return notApplicable('single-repository project', [r.evidence]);
    return unknown(
      `whether the project has more than one repository could not be told: ${r.why}`,
      'List every repository of the project in security-insights.yml under project.repositories (name, url, comment); a single-repository project lists just this one.',
      r.evidence,
    );
  },
};

export const qa0402: Rule = {
  id: 'OSPS-QA-04.02',
  evaluate(facts: Facts): Outcome {
    const r = projectRepositories(facts);
    if (r.kind === 'single') return notApplicable('single-repository project', [r.evidence]);
    const rs = releaseState(facts);
    if (rs.state === 'none') return notApplicable('the project has made no release', [rs.evidence]);
    if (r.kind === 'multi')
      return unknown(
        `the project lists ${r.count} repositories; whether each enforces requirements as strict as this one can only be told by evaluating each of them`,
        'Run this action in every repository listed in project.repositories at the same level, and link each result from its security-insights.yml.',
        capEvidence(r.evidence),
      );
    return unknown(
      `whether the release comprises several repositories could not be told: ${r.why}`,
      'List every repository of the project in security-insights.yml under project.repositories; a single-repository project lists just this one.',
      r.evidence,
    );
  },
};

// ---- OSPS-QA-06.01: automated tests before a change is accepted ----
// A test step (npm test, go test, pytest, cargo test, …) in a workflow that runs on pull_request,
// pull_request_target or merge_group. Tests that run only after merging (push) are shown but fail,
// since they do not run before the commit is accepted. No workflows with tests at all: fail.
export const qa0601: Rule = {
  id: 'OSPS-QA-06.01',
  evaluate(facts: Facts): Outcome {
    const d = facts.workflows.detectors.tests;
    const ev = (h: (typeof d.hits)[number]): Evidence => ({ kind: 'workflow', path: h.path, line: h.line, column: h.column, detail: `runs tests: ${h.tool} (${h.text}) in ${h.workflow} on ${h.triggers.join(', ')}` });
    const good = d.hits.filter((h) => h.qualifies);
    if (good.length > 0) return pass(capEvidence(good.map(ev)));
    const remediation = 'Add a workflow that runs the test suite `on: pull_request` (and merge_group if you use a merge queue), and make it a required status check.';
    if (d.hits.length > 0) return fail(capEvidence([{ kind: 'note', detail: `tests run in CI, but not on pull requests (needs ${d.requires})` }, ...d.hits.map(ev)]), remediation);
    if (facts.workflows.workflows.length === 0) {
      const other = facts.files.filter((f) => /^(\.gitlab-ci\.ya?ml|\.circleci\/config\.ya?ml|Jenkinsfile|\.travis\.ya?ml|azure-pipelines\.ya?ml)$/.test(f.path));
      if (other.length > 0)
        return unknown(`no GitHub Actions workflows; the CI configuration of another system (${other.map((f) => f.path).join(', ')}) is not analysed`, remediation);
    }
    return fail([{ kind: 'note', detail: `${facts.workflows.workflows.length} workflow(s) analysed; none runs a recognised test command` }], remediation);
  },
};

// ---- OSPS-QA-06.02: documentation says when and how tests run ----
// A section about testing (Testing, Running tests, Tests) in CONTRIBUTING, docs/ or the README that
// says how the tests are run: a test command in its code or prose ("npm test", "go test ./...") or a
// sentence about running them ("run the tests with…", "tests run on every pull request"). A testing
// heading whose section says neither ("Testing the Template" in a release how-to) does not count.
const TESTING_HEADING = /\btest(s|ing)?\b|\btest suite\b/i;
const TEST_COMMAND = /\b(npm|pnpm|yarn|bun) (run )?test\b|\bgo test\b|\bcargo (test|nextest)\b|\bpytest\b|\btox\b|\bnox\b|\bmake (test|check)\b|\bmvn (test|verify)\b|\bgradlew? (test|check)\b|\bctest\b|\bdotnet test\b|\brspec\b|\bphpunit\b|\bvitest\b|\bjest\b|\bmocha\b|\bunittest\b/i;
const RUNNING_TESTS = /\b(run|running|execute|executing)\b[^.]{0,60}\b(tests?|test suite)\b|\b(tests?|test suite)\b[^.]{0,40}\b(are run|run|runs|execute)\b/i;

function saysHowTestsRun(h: { text: string; body: string; code: string }): boolean {
  return RUNNING_TESTS.test(h.text) || TEST_COMMAND.test(h.code) || TEST_COMMAND.test(h.body) || RUNNING_TESTS.test(h.body);
}

export const qa0602: Rule = {
  id: 'OSPS-QA-06.02',
  evaluate(facts: Facts): Outcome {
    const hit = findSectionWhere(facts, ['contributing', 'docs', 'readme'], (h) => TESTING_HEADING.test(h.text) && (h.sectionChars >= 20 || h.code !== '') && saysHowTestsRun(h), 0);
    if (hit) return pass([sectionEvidence(hit, 'documents how tests are run')]);
    const vague = findSectionIn(facts, ['contributing', 'docs', 'readme'], TESTING_HEADING, 60);
    return fail(
      vague
        ? [sectionEvidence(vague, 'a section about testing, but it gives no test command and does not say when or how the tests run')]
        : [{ kind: 'note', detail: 'no section about running tests in CONTRIBUTING, docs/ or README' }],
      'Add a "Running tests" section to CONTRIBUTING.md: the command to run the tests locally, and which tests CI runs on each pull request.',
    );
  },
};

// ---- OSPS-QA-06.03: policy that major changes add or update tests ----
// A heading that states the policy (Writing tests, Adding tests, Test requirements, Testing
// policy/guidelines/expectations) in CONTRIBUTING or docs/ passes, unless its prose says tests are
// optional; a pull request template with a section about tests passes too (it asks every change for
// them). Section prose is read as well: a sentence that says changes must add, include or update tests
// ("changes must include tests", "add or update tests", "PRs without tests will not be merged",
// "- [ ] I have added tests") passes, in any section of CONTRIBUTING or the pull request template, and
// in sections of docs/ or governance about contributing, testing or review. "Tests are optional",
// "you must run the tests" or "see the tests folder" are not such a policy. A plain "Testing" section
// whose prose states none is unknown, for a person to read.
const TEST_POLICY_HEADING =
  /\b(writ\w*|add\w*|new|updat\w*|requir\w*)\b.{0,20}\btests?\b|\btest(s|ing)?\b.{0,20}\b(polic\w*|requirements?|guidelines?|expectations?|coverage|conventions?|standards?)\b/i;
const TEST_WORD = /\btests?\b|\btest (cases?|coverage)\b/i;
/** Words that may stand between "add" and "tests": "add new unit tests", "include appropriate tests". */
const TEST_GAP = String.raw`(?:\s+(?:a|an|the|new|unit|integration|regression|automated|appropriate|relevant|corresponding|matching|sufficient|adequate|e2e|end-to-end|some|more|any|their|its|own|your|or|and|and/or|updated|additional|accompanying|meaningful|good|proper|[\w-]+-level)){0,4}\s+tests?\b(?!\s+(?:pass|passing|green|succeed|run|to pass|folder|directory|dir)\b)`;
const TEST_POLICY_STATEMENT = new RegExp(
  [
    // "changes must include tests", "PRs should come with unit tests", "must be covered by tests"
    String.raw`\b(?:must|shall|should|(?:are|is) (?:required|expected) to|needs? to|ha(?:ve|s) to|required to|expected to)\b.{0,80}?\b(?:add|include|update|write|provide|contain|come with|be accompanied by|be covered by|have|extend)${TEST_GAP}`,
    // "Tests are required for all changes"
    String.raw`\btests?\b.{0,30}\b(?:are|is)\s+(?:required|mandatory|expected|needed|a must)\b`,
    // "New features require tests", "bug fixes need a regression test"
    String.raw`\b(?:require|requires|need|needs)${TEST_GAP}`,
    // "add or update tests"
    String.raw`\b(?:add|write|include)\s*(?:or|and|/|and/or)\s*(?:update|modify|extend|add|adjust)${TEST_GAP}`,
    // "PRs without tests will not be merged"
    String.raw`\b(?:without|lacking|missing)(?:\s+\w+){0,2}\s+tests?\b.{0,60}\b(?:(?:not|won't|cannot|can't)\s+(?:be\s+)?(?:merged|accepted|approved|reviewed)|rejected|declined)`,
    // a pull request template's checklist: "I have added tests that prove my fix is effective"
    String.raw`\b(?:i have|i've|have you)\s+(?:\w+\s+){0,2}(?:added|updated|written|included|extended)\b${TEST_GAP.replace('{0,4}', '{0,6}')}`,
  ].join('|'),
  'i',
);
const TEST_POLICY_NOT =
  /\boptional\b|\bnot (?:required|necessary|mandatory|needed|expected)\b|\b(?:\w+n[’']t|do not|does not|need not|is not|are not)\s+(?:\w+\s+){0,2}(?:need|have to|require\w*|necessary|expected|mandatory)|\bno need\b|\bencourag\w*|\bwelcome\b|\bappreciat\w*|\bnice to have\b|\bif (?:possible|you (?:can|like|want|wish))\b|\bideally\b|\bat your discretion\b/i;
/** In docs/ and governance, only sections about contributing, testing or review state the policy. */
const TEST_POLICY_SECTION = /contribut|\btest|pull requests?|\bpatch|\breview|development|guidelines?|submitting|changes/i;

export const qa0603: Rule = {
  id: 'OSPS-QA-06.03',
  evaluate(facts: Facts): Outcome {
    const headed = findSectionIn(facts, ['contributing', 'docs', 'governance'], TEST_POLICY_HEADING, 40);
    const statedIn = (h: { body: string }) => statementIn(h.body, TEST_POLICY_STATEMENT, TEST_POLICY_NOT);
    if (headed && (statedIn(headed.heading) || !negatedIn(headed.heading.body, TEST_WORD, TEST_POLICY_NOT)))
      return pass([sectionEvidence(headed, 'states what tests changes must add or update')]);
    const stated =
      findStatementIn(facts, ['contributing', 'pull-request-template'], TEST_POLICY_STATEMENT, { reject: TEST_POLICY_NOT }) ??
      findStatementIn(facts, ['governance', 'docs'], TEST_POLICY_STATEMENT, { reject: TEST_POLICY_NOT, heading: TEST_POLICY_SECTION });
    if (stated) return pass([statementEvidence(stated, 'states that changes must add or update tests')]);
    for (const tpl of documentsOf(facts.documents, 'pull-request-template')) {
      const h = tpl.outline?.headings.find((x) => /\btest(s|ing|ed)?\b/i.test(x.text) && !negatedIn(x.body, TEST_WORD, TEST_POLICY_NOT));
      if (h) return pass([fileEvidence(tpl.path, `the pull request template asks about tests: section "${h.text}"`, h.line)]);
    }
    const remediation =
      'Add a "Tests" policy to CONTRIBUTING.md: every change that adds or changes behaviour must add or update automated tests, and say what counts as a major change; a pull request template with a "Tests" checklist helps.';
    const plain = headed ?? findSectionIn(facts, ['contributing', 'docs'], /\btest(s|ing)?\b/i, 40);
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
    return fail([{ kind: 'note', detail: 'no policy on adding tests in CONTRIBUTING, docs/ or the pull request template' }], remediation);
  },
};

// ---- OSPS-QA-07.01: at least one approval before merging ----
// A pull request is required and at least one approving review (rulesets or classic protection).
// GitHub never counts the author's own approval, so any required approval is a non-author's.
export const qa0701: Rule = {
  id: 'OSPS-QA-07.01',
  evaluate(facts: Facts): Outcome {
    const bp = facts.github.branchProtection;
    const remediation =
      'Add a branch ruleset on the default branch with "Require a pull request before merging" and "Required approvals" set to 1 or more.';
    const pr = branchFact(facts, bp.pullRequestRequired, {
      yes: 'a pull request is required',
      no: 'no pull request is required, so changes can merge without review',
      question: 'whether approvals are required on the default branch',
      remediation,
    });
    if (pr.status !== 'pass') {
      const policy = insightsField(facts, 'repository.documentation.review-policy');
      if (pr.status === 'unknown' && policy && typeof policy.value === 'string')
        pr.evidence.unshift(insightsEvidence(facts, 'repository.documentation.review-policy', `the project documents its review policy at ${policy.value}`));
      return pr;
    }
    const n = bp.requiredApprovals;
    if (n.value === null) return unknown(apiUnknownDetail({ reason: n.note ?? 'no answer' }, 'the number of required approvals'), remediation, pr.evidence);
    const ev = n.sources.map((s) => apiEvidence(facts, s, `${n.value} approving review(s) required${n.note ? ` (${n.note})` : ''}`));
    if (n.value >= 1) return pass([...ev, ...pr.evidence]);
    return fail([...ev, ...pr.evidence], remediation);
  },
};

export const QA_RULES: readonly Rule[] = [qa0101, qa0102, qa0201, qa0202, qa0301, qa0401, qa0402, qa0601, qa0602, qa0603, qa0701];
