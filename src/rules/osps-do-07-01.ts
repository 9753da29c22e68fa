// OSPS-DO-07.01: Instructions to build the software.
// A "Building from source", "Development setup", "Install for development" or similar section in
// CONTRIBUTING, the README or docs/ (weaker headings such as "Compiling" only in CONTRIBUTING and the README, since docs/ uses
// them for product features; a bare "Development" (or a README's "How to develop X?") when it speaks of building, or its subsections list the toolchain and give commands); a "Build from source" section that is only a code block running a
// build command; a README "Building" section whose prose says what building takes and names the tool (commons-io's "run
// `mvn`"), before a contribution guide's "Getting Started" (not one whose code only runs git); a "Get the source code" section whose code then runs a named build or `pip install .`
// (requests's docs/user/install.rst), or an "Installation" section that says to install from source or a clone and runs a named
// build (bandit's `python setup.py install`), or whose code runs one under a comment that says so (gitleaks's "# From Source", `make build`); or a build guide under docs/ (or a development folder's getting-started page, packaging's
// docs/development/getting-started.rst) that speaks of building (not one that only points to other pages). A root BUILDING.md or INSTALL file, which is not
// outlined, is unknown rather than a guessed pass; a sentence on building and a named build command in a README without
// headings (zlib's plain text); a README "Building" section whose subsection runs a named build (cJSON's "Building" > "CMake"); a contribution guide's step that says to build and names a build script the tree holds
// (`build.ps1`, `./build.sh`); a project document's "Packaging" section whose code runs a named build (sinatra's
// RELEASING.md); last, a "Building" section with a named build command in the README of
// a part of the software in its own top-level folder (hyper's capi/README.md). A build section that only links a page
// elsewhere (oras's README "Development Environment Setup") is attested, not passed. Otherwise attested when the contribution
// guide is kept outside the repository (missingUnlessElsewhere), else fail (not release-gated).
import { type DocumentInfo, documentsOf } from '../facts/documents.ts';
import type { Facts } from '../facts/types.ts';
import { fileEvidence } from './helpers/evidence.ts';
import { bodyLineOf, codeLineOf, type Heading } from '../facts/markdown.ts';
import { ancestors, codePieces, findProjectSection, findSectionWhere, forAgents, forPeople, GUIDE_MIN_CHARS, headingIs, headinglessReadme, sectionEvidence, subsections, substantive, titledContributionGuide } from './helpers/sections.ts';
import { quoteSentence, sentencesOf } from './helpers/statements.ts';
import { attested, type Outcome, pass, unknown } from './types.ts';
import { saidHere } from './helpers/elsewhere.ts';
import { scriptsNamedIn } from './helpers/named-scripts.ts';
import { missingUnlessElsewhere, sectionKeptElsewhere } from './helpers/documentation.ts';
import { BUILD_FROM_SOURCE, sectionAdvice } from '../model/advice.ts';

/**
 * Weaker headings, read in CONTRIBUTING and the README. Not "Hacking": regex's README "Hacking" says where the internals live
 * and links a blog post, no build; it counts as a bare "Development" does, when it speaks of building (below).
 */
const BUILD_HEADING = /\b(build(ing)?|compil(e|ing|ation)|from source|development (setup|environment|steps|instructions)|developer (setup|guide)|dev(elopment)? env(ironment)?|set(ting)?[- ]?up (the |a |your )?(development|dev|local)|local development|running locally|make targets)\b/i;

/**
 * Headings that can only mean building the software. Searched first, everywhere: in docs/ a bare
 * "Compiling" or "Build" heading is as often about the product's own features ("Compiling and
 * caching" expressions, "Build your first policy"), so the weaker words count only in CONTRIBUTING
 * and the README. "From source" includes a source distribution or tarball and a git clone or checkout (libexpat's
 * README: "Building from a Git Clone", "Building from a Source Distribution"), not a bare "distribution" (a Linux distribution's package),
 * and a "source build" (pynacl's INSTALL.rst "Linux source build": the bundled C library or the system's, and make).
 */
const BUILD_STRONG = /\b(build(ing)? (it |the \w+ )?from source|(?<!open )source builds?|from (a |the )?(sources?( (code|distribution|tarball|archive|package|release))?|git (clone|check-?out|repository)|clone|check-?out)|build(ing)? (instructions|locally|the (project|code|binar(y|ies)|software))|how to build|build(ing)? (the )?sources?( code)?|^building( \S+)?$|^build$|^build(ing)? (and|&) test(ing)?$|development (setup|environment|steps|instructions)|developer (setup|guide)|dev(elopment)? env(ironment)?|set(ting)?[- ]?up (the |a |your )?(development|dev|local)|local development|install(ing|ation)? for development|(development|editable) install(ation)?)\b/i;

/** Commands that build the software, in a section's code. */
const BUILD_COMMAND = /\bmake(?:\s+(?:build|all|install|compile|release|binary|dist))?\b|\bgo\s+(?:build|install)\b|\bcargo\s+(?:build|rustc|cbuild)\b|\b(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?build\b|\b(?:mvn|mvnw|gradle|gradlew)\b[^\n]*\b(?:package|install|build|assemble|check|verify|compile)\b|\bpython3?\s+-m\s+build\b|\bpython3?\s+setup\.py\s+(?:install|build|develop|sdist|bdist_wheel)\b|\bpip3?\s+install\s+(?:-e|--editable)\b|\bpip3?\s+install\s+\.(?:\[[\w,-]{0,100}\])?(?!\S)|\bcmake\s+--build\b|\bcmake\b|\b(?:bazel|bazelisk)\s+build\b|\bdotnet\s+build\b|\bdocker\s+build\b|\bgem\s+build\b|\brake\s+(?:build|package|compile)\b/i;

// A section on failing CI builds (httpx's "Resolving Build / CI Failures") diagnoses CI jobs, it does not say how to build.
const BUILD_NOT = /\b(build status|badges?|ci status|built with|built on|build system status|build(?:ing)? (?:the )?(?:docs|documentation|website|site)|builds? (?:\/ ?ci )?(?:failures?|failing|fails|errors?|breaks?|breakages?)|broken builds?|ci failures?)\b/i;

/**
 * What a section under a weak heading ("Development", "Prerequisites") says when it is about building:
 * a build, an installation, a toolchain, sources to clone. nlohmann/json's "Prerequisites" is
 * about opening an issue; helm's AGENTS.md "Development" about backward compatibility.
 */
const BUILD_WORDS = /\b(?:build\w*|compil\w*|install\w*|toolchains?|sdks?|clone|compilers?|dependencies)\b/i;

/**
 * A sentence that only sends the reader to another page for the build: cni's CONTRIBUTING "Getting Started", "Read the
 * README for build and test instructions". That page is read on its own; the sentence says nothing of how to build.
 */
const POINTS_ELSEWHERE = /^(?:please\s+)?(?:read|see|refer\s+to|consult|check(?:\s+out)?|look\s+at|visit)\s[^.]{0,120}?\bfor\b/i;

/**
 * A heading on the documentation itself, or on building it: a section under it builds the docs, not the software
 * (a CONTRIBUTING.md "Building Docs Locally" > "Production Build", next to "Development" and its `pnpm build`).
 */
const DOCS_HEADING = /^(?:the )?(?:docs|documentation|website|docs? site|documentation site)$/i;
function underDocs(doc: DocumentInfo, h: Heading): boolean {
  return ancestors(doc, h).some((a) => BUILD_NOT.test(a.text) || (a.level > 1 && DOCS_HEADING.test(a.text.trim())));
}

/**
 * A page of the product's documentation speaks of its own features, and a strong heading there can name something else:
 * pydantic's docs/integrations/datamodel_code_generator.md "Catching drift from the source schema" is about a generated
 * model's upstream schema, no build. In such a page the section, or one of its subsections, must speak of building (a
 * build or an installation, a toolchain, a command); the project's own documents are read on their heading.
 */
function productPageBuilds(doc: DocumentInfo, h: Heading): boolean {
  if (doc.kind !== 'product') return true;
  return developmentSpeaksOfBuilding(h) || subsections(doc, h).some(developmentSpeaksOfBuilding);
}

/** A weak heading's section that speaks of building (not only to point elsewhere for it), or gives commands. */
const speaksOfBuilding = (h: { body: string; code: string }) => h.code !== '' || sentencesOf(h.body).some((x) => BUILD_WORDS.test(x) && !POINTS_ELSEWHERE.test(x));

/**
 * speaksOfBuilding for a bare "Development" heading, where code counts only as a command (a tool with arguments, or a build
 * tool): rich's CONTRIBUTING "Developing" names `black` in "Format the code using `black`", a convention before committing,
 * while its "Prerequisites" installs the toolchain and runs `poetry install`.
 */
const developmentSpeaksOfBuilding = (h: Pick<Heading, 'body' | 'code' | 'codeLines'>) =>
  codePieces(h).some((x) => /\S\s+\S/.test(x)) || buildTool(h.code) !== null || speaksOfBuilding({ body: h.body, code: '' });

/** A line of code that only runs git, or changes folder: `git checkout -b feature`, `git push origin feature`, `cd widget`. */
const GIT_OR_CD = /^(?:\$\s*)?(?:git|cd)(?:\s|$)/;

/**
 * Code whose commands (a tool with arguments) only run git or change folder, and that names no build tool: the contribution
 * workflow, no build. A word alone in backticks is a name (protobom's "against the `main` branch").
 */
function gitOnly(h: Pick<Heading, 'code' | 'codeLines'>): boolean {
  const commands = codePieces(h)
    .map((x) => x.trim())
    .filter((x) => /\S\s+\S/.test(x));
  return commands.length > 0 && commands.every((x) => GIT_OR_CD.test(x)) && buildTool(h.code) === null;
}

/**
 * A bare "Development" heading, or in the README and the contribution guide one that asks how to develop the project
 * (mockito's README "How to develop Mockito?": "To build locally", `./gradlew build`); in docs/ "How to develop plugins"
 * is as often a feature of the software.
 */
const DEVELOPMENT_HEADING = /^(?:development|developing|developer guide|hacking)$/i;
const HOW_TO_DEVELOP = /^how to (?:develop|hack on|work on)(?: [\w.-]{1,40})?\??$/i;
function developmentHeading(doc: DocumentInfo, h: Heading): boolean {
  const text = h.text.trim();
  return DEVELOPMENT_HEADING.test(text) || (doc.role !== 'docs' && HOW_TO_DEVELOP.test(text));
}

/** A subsection that lists what development takes: the toolchain, before the steps. */
const PREREQUISITES_HEADING = /^(?:prerequisites|requirements|dependencies|tools|toolchain|what you(?:'ll| will)? need)$/i;

/**
 * A weak heading's subsections that list the toolchain and then give the commands (flagd's CONTRIBUTING "Development":
 * "Prerequisites" Go, make and docker; "Workspace Initialization" `make workspace-init`; a `go run` of the daemon).
 */
function developmentSteps(doc: DocumentInfo, h: Heading): boolean {
  const subs = subsections(doc, h);
  return subs.some((x) => PREREQUISITES_HEADING.test(x.text.trim()) && x.ownChars > 0) && subs.some((x) => x.code !== '');
}

/**
 * A section on getting the sources ("Get the Source Code", "Cloning the repository"): build
 * instructions only when its code also runs a named build or installs what was cloned (requests's
 * docs/user/install.rst: `git clone`, then `python -m pip install .`); a clone alone is not.
 */
const SOURCE_HEADING = /\b(?:get(?:ting)?|obtain(?:ing)?|download(?:ing)?|clon(?:e|ing)) (?:the )?(?:source(?:s| code)?|code|repository)\b/i;

/**
 * An installation section ("Installation", "Getting started") that installs from the sources, in a sentence, and whose code
 * then runs a named build: bandit's doc/source/start.rst "Bandit can also be installed from source. To do so, either clone the
 * repository or download the source tarball from PyPI, then install it", `python setup.py install`; a Go library's
 * docs "Clone this repository and run the following command", `go install ./examples/…`. An installation from a registry
 * (`pip install tool`) is not a build.
 */
const INSTALL_HEADING = /^(?:install(?:ation|ing)?|getting started|quick ?start)\b/i;
const FROM_SOURCES = /\bfrom (?:the )?sources?(?: code)?\b|\bclon(?:e|ing) (?:this|the) (?:repository|repo)\b|\bsource (?:tarball|archive|distribution)\b/i;

/**
 * A comment in an installation section's code that heads the way to install from the sources, and the named build run under
 * it, before the next comment (gitleaks's README "Installing": `# MacOS`, `brew install …`, then `# From Source (make sure
 * `go` is installed)`, `git clone …`, `cd gitleaks`, `make build`): the comment and the build. A clone alone is no build.
 */
const CODE_COMMENT = /^(?:#|\/\/)/;
function commentedFromSources(h: Pick<Heading, 'code' | 'codeLines'>): { comment: string; build: string } | undefined {
  const pieces = codePieces(h).map((x) => x.trim());
  for (let i = 0; i < pieces.length; i++) {
    if (!CODE_COMMENT.test(pieces[i]) || !FROM_SOURCES.test(pieces[i])) continue;
    const way: string[] = [];
    for (let j = i + 1; j < pieces.length && !CODE_COMMENT.test(pieces[j]); j++) way.push(pieces[j]);
    const build = namedBuild(way.join('\n'));
    if (build !== null) return { comment: pieces[i], build };
  }
  return undefined;
}

/**
 * A page named for building, or the first page of a development guide's folder (packaging's docs/development/getting-started.rst:
 * "Working on packaging requires the installation of a small number of development dependencies", then how to run the tests).
 */
const BUILD_DOC = /(^|\/)(build(ing)?|compil(e|ing)|development|develop(er)?[-_ ]?guide|hacking|dev[-_ ]?setup|from[-_ ]?source)[^/]*$|(?:^|\/)(?:development|developers?|hacking)\/(?:getting[-_]?started|set[-_]?up|setting[-_]up|environment)\.[a-z]+$/i;

/**
 * A page named for building that speaks of it (a build, an installation, a toolchain, or commands) in its lead or a section:
 * pytest's doc/en/development_guide.rst only says where the contribution guide and the release procedure are.
 */
function buildPage(d: DocumentInfo): boolean {
  const o = d.outline;
  return o !== null && (speaksOfBuilding({ body: o.lead, code: '' }) || o.headings.some(speaksOfBuilding));
}

/**
 * The build command in a section's code when it says what it builds (`npm run build`, `cargo
 * build`, `gradlew clean check`): a bare `make` could be any target, and a bare tool name is as
 * often a file or another tool (falco's "`.cmake`", "`cmake-format`").
 */
function namedBuild(code: string | Pick<Heading, 'code' | 'codeLines'>): string | null {
  // A section's code is its spans and lines joined by blanks: a command is read within one (assertj's CONTRIBUTING gives
  // `./mvnw spotless:apply` and, on the next line, `./mvnw clean verify`; not "mvnw spotless:apply ./mvnw clean verify").
  const text = typeof code === 'string' ? code : codePieces(code).join('\n');
  for (const m of text.matchAll(BUILD_COMMANDS)) if (/\s/.test(m[0].trim())) return m[0];
  return null;
}
const BUILD_COMMANDS = new RegExp(BUILD_COMMAND.source, 'gi');

/** A named build typed after a shell prompt in an indented block, which the outline keeps in the prose: libgit2's "$ cmake --build .". */
function promptedBuild(body: string): string | null {
  for (const m of body.matchAll(BUILD_COMMANDS)) if (/\s/.test(m[0].trim()) && body.slice(Math.max(0, m.index - 2), m.index) === '$ ') return m[0];
  return null;
}

/** A build tool named in a section's code, alone (commons-io's README: "run `mvn` without arguments"). */
const BUILD_TOOL = /(?:^|\s)(\.\/mvnw|\.\/gradlew|mvn|mvnw|gradle|gradlew|make|cmake|meson|ninja|cargo|go|npm|pnpm|yarn|bazel|bazelisk|dotnet|ant|sbt)(?=\s|$)/;

function buildTool(code: string): string | null {
  return BUILD_TOOL.exec(code)?.[1] ?? null;
}

/** A heading on building the packages of a release ("Packaging", "Building packages"). */
const PACKAGING_HEADING = /^(?:packaging|packages|build(?:ing)? (?:the )?(?:packages|gems|artifacts))\b/i;

/** A sentence that speaks of building the software ("To compile all files", "Building requires"). */
const BUILDING = /\b(?:build|builds|building|compile|compiles|compiling|compilation)\b/i;

/**
 * The repository's build script named in a section's code (`build.ps1`, `./build.sh`, `build.cmd`: the Cake and NUKE
 * bootstrappers of .NET projects, and many others'), with the path it has in the tree, whose case may differ
 * (serilog's CONTRIBUTING names `build.ps1` for its root Build.ps1): null when no such file is in the tree.
 */
const BUILD_SCRIPT = /(?:^|\/)build\.(?:sh|ps1|cmd|bat)$/;

function buildScript(facts: Facts, code: string): { named: string; path: string } | null {
  if (!/build\./i.test(code)) return null;
  for (const s of scriptsNamedIn(code)) {
    const file = BUILD_SCRIPT.test(s.path) ? facts.files.find((f) => f.kind === 'file' && f.path.toLowerCase() === s.path) : undefined;
    if (file) return { named: s.named, path: file.path };
  }
  return null;
}

export const id = 'OSPS-DO-07.01';

export function evaluate(facts: Facts): Outcome {
  // Instructions to coding agents (AGENTS.md) count last (forAgents, below).
  // A section that only sends the reader to a page elsewhere (oras's README "Development Environment Setup": "Refer to the
  // [development guide](https://oras.land/…)") gives no instructions itself: it is the project's word, attested below.
  const section =
    findProjectSection(facts, ['contributing', 'readme', 'docs'], saidHere(facts, forPeople((h, doc) => headingIs(BUILD_STRONG, BUILD_NOT)(h) && !underDocs(doc, h) && productPageBuilds(doc, h))), GUIDE_MIN_CHARS) ??
    findProjectSection(facts, ['contributing', 'readme'], saidHere(facts, (h, doc) => headingIs(BUILD_HEADING, BUILD_NOT)(h) && !underDocs(doc, h)), GUIDE_MIN_CHARS) ??
    findProjectSection(facts, ['contributing', 'readme', 'docs'], forPeople((h, doc) => developmentHeading(doc, h) && (developmentSpeaksOfBuilding(h) || developmentSteps(doc, h))), GUIDE_MIN_CHARS);
  if (section) return pass([sectionEvidence(section, 'build instructions')]);
  // "Build from source" that is only a code block (git clone, make build): the commands are the instructions.
  const coded = findProjectSection(facts, ['contributing', 'readme', 'docs'], (h, doc) => BUILD_STRONG.test(h.text) && !BUILD_NOT.test(h.text) && !underDocs(doc, h) && BUILD_COMMAND.test(h.code), 0);
  if (coded) {
    const cmd = BUILD_COMMAND.exec(coded.heading.code)?.[0] ?? '';
    return pass([fileEvidence(coded.doc.path, `build instructions: section "${coded.heading.text}" gives the command \`${cmd}\``, codeLineOf(coded.heading, cmd))]);
  }
  // A section on getting the sources whose code then builds or installs them, in the user documentation too
  // (requests's docs/user/install.rst "Get the Source Code": `git clone`, then `python -m pip install .`).
  const fetched = findSectionWhere(facts, ['contributing', 'readme', 'docs'], (h) => SOURCE_HEADING.test(h.text) && namedBuild(h) !== null, 0);
  if (fetched) return pass([fileEvidence(fetched.doc.path, `build instructions: section "${fetched.heading.text}" gives the command \`${namedBuild(fetched.heading)}\``, codeLineOf(fetched.heading, namedBuild(fetched.heading) ?? ''))]);
  // An installation section that installs from a clone or a source tarball and runs a named build (bandit's "Installation").
  // A lead-in to a code block ends in a colon, and the next one follows it in the prose: each is read on its own.
  const fromSources = (h: Heading) =>
    INSTALL_HEADING.test(h.text.trim()) && namedBuild(h) !== null ? sentencesOf(h.body).flatMap((x) => x.split(/:\s+(?=[A-Z])/)).find((x) => FROM_SOURCES.test(x)) : undefined;
  const installed = findSectionWhere(facts, ['contributing', 'readme', 'docs'], (h) => fromSources(h) !== undefined, 0);
  const said = installed ? fromSources(installed.heading) : undefined;
  if (installed && said)
    return pass([fileEvidence(installed.doc.path, `build instructions: section "${installed.heading.text}" says "${quoteSentence(said)}" and gives the command \`${namedBuild(installed.heading)}\``, bodyLineOf(installed.heading, said))]);
  // Or whose code says so in a comment above a named build (gitleaks's "# From Source", then `make build`).
  const commented = findSectionWhere(facts, ['contributing', 'readme', 'docs'], (h) => INSTALL_HEADING.test(h.text.trim()) && commentedFromSources(h) !== undefined, 0);
  const underComment = commented ? commentedFromSources(commented.heading) : undefined;
  if (commented && underComment)
    return pass([
      fileEvidence(commented.doc.path, `build instructions: section "${commented.heading.text}" gives, under the comment "${quoteSentence(underComment.comment, 100)}", the command \`${underComment.build}\``, codeLineOf(commented.heading, underComment.comment)),
    ]);
  // A README section headed just "Building" or "Build" (not a project-type heading) whose code runs a
  // named build: libgit2's "Building" gives `cmake ..` and `cmake --build .`.
  const readmeBuild = (h: Heading) => namedBuild(h) ?? promptedBuild(h.body);
  const readme = findSectionWhere(facts, ['readme'], (h) => BUILD_STRONG.test(h.text) && !BUILD_NOT.test(h.text) && readmeBuild(h) !== null, 0);
  if (readme) return pass([fileEvidence(readme.doc.path, `build instructions: section "${readme.heading.text}" gives the command \`${readmeBuild(readme.heading)}\``, codeLineOf(readme.heading, readmeBuild(readme.heading) ?? ''))]);
  // Or in its subsections, one a way to build (cJSON's README "Building" > "CMake": `cmake ..`, then `make install`).
  const builtIn = (doc: DocumentInfo, h: Heading) => subsections(doc, h).find((x) => !BUILD_NOT.test(x.text) && readmeBuild(x) !== null);
  const parted = findSectionWhere(facts, ['readme'], (h, doc) => BUILD_STRONG.test(h.text) && !BUILD_NOT.test(h.text) && builtIn(doc, h) !== undefined, 0);
  const way = parted ? builtIn(parted.doc, parted.heading) : undefined;
  if (parted && way)
    return pass([fileEvidence(parted.doc.path, `build instructions: section "${parted.heading.text}", its subsection "${way.text}" gives the command \`${readmeBuild(way)}\``, way.line)]);
  // A README "Building" section whose prose says what building takes and names the tool it runs (commons-io's "Building
  // requires a Java JDK and Apache Maven", "run `mvn` without arguments"): after the sections that give a build command, before a contribution guide's "Getting Started".
  const told = findSectionWhere(facts, ['readme'], (h) => BUILD_STRONG.test(h.text) && !BUILD_NOT.test(h.text) && buildTool(h.code) !== null && sentencesOf(h.body).some((x) => BUILDING.test(x)), GUIDE_MIN_CHARS);
  if (told) return pass([fileEvidence(told.doc.path, `build instructions: section "${told.heading.text}" says how to build and names \`${buildTool(told.heading.code)}\``, codeLineOf(told.heading, buildTool(told.heading.code) ?? ''))]);
  // In a contribution guide, "Setting up" is the development environment, and "Required Tooling" what it takes (witness's:
  // git, make and "Go v1.19 ... in order to compile and run the source code"); so is the cookiecutter template's "Get
  // Started!" ("Here's how to set up cattrs for local development", then its commands: cattrs' CONTRIBUTING.md).
  // Its code counts unless it only forks, branches and pushes with git (protobom's "Getting Started": `git checkout -b`,
  // `git push origin`, then "Open a pull request"): that is the contribution workflow, not a build.
  const setup = findProjectSection(
    facts,
    ['contributing'],
    (h) => /^(setting up|set ?up|getting set up|setup|prerequisites|get(ting)? started|(repository|repo|project|local) set ?up|required (tooling|tools))!?$/i.test(h.text) && speaksOfBuilding({ body: h.body, code: gitOnly(h) ? '' : h.code }),
    GUIDE_MIN_CHARS,
  );
  if (setup) return pass([sectionEvidence(setup, 'build instructions')]);
  // A README without headings (zlib's plain text) is all lead: a sentence on building or compiling, and a named build in its
  // prose ("To compile all files and run the test program, follow the instructions given at the top of Makefile.in. In
  // short "./configure; make test", and if that goes well, "make install" should work").
  const plain = headinglessReadme(facts);
  const built = plain ? namedBuild(plain.heading.body) : null;
  const building = plain && built ? sentencesOf(plain.heading.body).find((x) => BUILDING.test(x)) : undefined;
  if (plain && built && building)
    return pass([fileEvidence(plain.doc.path, `build instructions: "${quoteSentence(building)}" (a README without headings), and gives \`${built}\``, bodyLineOf(plain.heading, building))]);
  // A contribution guide's steps that run the build (actions/checkout's "Submitting a pull request":
  // `npm install`, then `npm run build`); last, a page titled as one (rustup's dev-guide
  // "Contributing to rustup": `cargo build`).
  const stepped = findProjectSection(facts, ['contributing'], (h) => namedBuild(h) !== null, 0);
  if (stepped)
    return pass([fileEvidence(stepped.doc.path, `build instructions: the contribution guide's section "${stepped.heading.text}" gives the command \`${namedBuild(stepped.heading)}\``, codeLineOf(stepped.heading, namedBuild(stepped.heading) ?? ''))]);
  // A contribution guide's section that says to build and names the repository's build script ("Run the build and tests.
  // Windows platforms can use the `build.ps1` script"): the script is the instructions, when it is in the tree.
  const scripted = findProjectSection(facts, ['contributing'], (h) => buildScript(facts, h.code) !== null && sentencesOf(h.body).some((x) => BUILDING.test(x)), 0);
  if (scripted) {
    const script = buildScript(facts, scripted.heading.code);
    const said = sentencesOf(scripted.heading.body).find((x) => BUILDING.test(x)) ?? '';
    return pass([
      fileEvidence(
        scripted.doc.path,
        `build instructions: the contribution guide's section "${scripted.heading.text}" says "${quoteSentence(said)}" and names the build script \`${script?.named}\`${script && script.path !== script.named ? ` (${script.path} in the tree)` : ''}`,
        bodyLineOf(scripted.heading, said),
      ),
    ]);
  }
  // A project document's "Packaging" section whose code runs a named build (sinatra's RELEASING.md: `bundle exec rake
  // package:sinatra` builds each gem from the tree); in a product page, packaging may be a feature of the software.
  const packaged = findSectionWhere(facts, ['contributing', 'docs'], (h, d) => d.kind === 'project' && PACKAGING_HEADING.test(h.text) && !BUILD_NOT.test(h.text) && namedBuild(h) !== null, 0);
  if (packaged)
    return pass([fileEvidence(packaged.doc.path, `build instructions: section "${packaged.heading.text}" gives the command \`${namedBuild(packaged.heading)}\``, codeLineOf(packaged.heading, namedBuild(packaged.heading) ?? ''))]);
  // The README of a part of the software in its own folder (hyper's capi/README.md "Building": `cargo rustc … --crate-type cdylib`).
  const part = findSectionWhere(facts, ['folder-readme'], (h) => BUILD_STRONG.test(h.text) && !BUILD_NOT.test(h.text) && h.sectionChars >= GUIDE_MIN_CHARS && namedBuild(h) !== null, 0);
  if (part)
    return pass([fileEvidence(part.doc.path, `build instructions for ${part.doc.path.slice(0, part.doc.path.indexOf('/'))}/: section "${part.heading.text}" gives the command \`${namedBuild(part.heading)}\``, codeLineOf(part.heading, namedBuild(part.heading) ?? ''))]);
  const doc = documentsOf(facts.documents, 'docs').find((d) => BUILD_DOC.test(d.path) && substantive(d, 120) && buildPage(d));
  if (doc) return pass([fileEvidence(doc.path, 'build / development guide', 1)]);
  const titled = findProjectSection(facts, ['docs'], (h, d) => titledContributionGuide(d) && namedBuild(h) !== null, 0);
  if (titled)
    return pass([fileEvidence(titled.doc.path, `build instructions: the contribution guide's section "${titled.heading.text}" gives the command \`${namedBuild(titled.heading)}\``, codeLineOf(titled.heading, namedBuild(titled.heading) ?? ''))]);
  // Last, the instructions for coding agents (aiohttp's AGENTS.md "Build"): they give the commands, but to an agent.
  const agents = findProjectSection(facts, ['docs'], forAgents((h) => (BUILD_STRONG.test(h.text) || BUILD_HEADING.test(h.text)) && !BUILD_NOT.test(h.text)), GUIDE_MIN_CHARS);
  if (agents) return pass([sectionEvidence(agents, 'build instructions, in the instructions for coding agents')]);
  const named = facts.files.find((f) => /^(BUILDING|BUILD|DEVELOPMENT|HACKING|INSTALL)(\.(md|markdown|rst|txt|adoc))?$/i.test(f.path) && f.kind === 'file');
  if (named)
    return unknown(
      `${named.path} exists, but this check does not outline files of that name, so whether it gives build instructions was not observed`,
      'Move the build instructions into a "Building from source" section of CONTRIBUTING.md or docs/building.md, where they are read.',
      [fileEvidence(named.path, 'a file whose name suggests build instructions', 1)],
    );
  // A build section that hands the instructions to a page elsewhere: the project's word, for a person to confirm.
  const away = sectionKeptElsewhere(facts, ['contributing', 'readme', 'docs'], forPeople((h, d) => (BUILD_STRONG.test(h.text) || (d.role !== 'docs' && BUILD_HEADING.test(h.text))) && !BUILD_NOT.test(h.text)), 'the build instructions are');
  if (away.length > 0)
    return attested(
      away,
      `Check that the page it links explains how to build the software from source, or: ${sectionAdvice(BUILD_FROM_SOURCE, '(or docs/building.md) listing the required toolchain, SDKs and libraries with versions, and the commands that build and test the software')}`,
    );
  // A contribution guide kept elsewhere (cert-manager's CONTRIBUTING.md: "Please refer to the cert-manager Contributing
  // guide" on its website) is where build instructions usually are: the project's word, for a person to confirm.
  return missingUnlessElsewhere(
    facts,
    'contributing',
    'contribution guide',
    'Check that the contribution guide it links explains how to build the software from source',
    'no "Building", "Build from source" or "Development setup" section with text in CONTRIBUTING, the README or docs/',
    sectionAdvice(BUILD_FROM_SOURCE, '(or docs/building.md) listing the required toolchain, SDKs and libraries with versions, and the commands that build and test the software'),
  );
}
