// OSPS-SA-01.01: Design documentation of the system's actors and actions.
// A self-assessment whose Actors and Actions sections are filled, an architecture or design
// document under docs/, an Architecture/Design section in docs/, the README or CONTRIBUTING, or a section there that
// shows an architecture diagram beside its prose (hyper's VISION.md "Layers"; not a roadmap's "Design" of changes planned) (not
// design goals, principles, history, advice, questions answered on design choices (a FAQ's "Design"), the design process, a tutorial on a design pattern or a how-to on using components, or how
// a process of the project's people works ("How Sponsorship Works"), which name no actor; not a CPU
// architecture; not AGENTS.md, a prompt for coding agents; not a changelog's "New components"), or Security
// Insights `project.documentation.design` linking into the repository (a link elsewhere is attested, and so is a README link
// named for the design that leads out of it: spire's "[architecture](https://spiffe.io/spire/)"). The trust boundaries of a
// threat model (rustls's SECURITY.md "Boundary: network-originated input") say who acts on the system and how: they count too.
// A design file or diagram found by name (etcd's etcd-internals/diagrams/*.drawio) whose content is not read is unknown. Applies once the project has
// made a release: evidence found passes whatever the release state; without evidence the release
// state decides between fail, not-applicable and unknown (releaseGated, helpers/release.ts).
import { agentInstructions, type DocumentInfo, documentsOf } from '../facts/documents.ts';
import { type Heading, linkTexts, stripTags } from '../facts/markdown.ts';
import type { Facts } from '../facts/types.ts';
import { TEST_DIRS, underFolder } from '../facts/test-folders.ts';
import { intoThisRepository, repositoryName } from './helpers/repository.ts';
import type { Evidence } from '../model/evidence.ts';
import { changelogFile, dedupe, docsNamed, sectionsIn, unreadNamed } from './helpers/assessment.ts';
import type { DocumentRole } from '../facts/documents.ts';
import { capEvidence, fileEvidence } from './helpers/evidence.ts';
import { documentElsewhere } from './helpers/elsewhere.ts';
import { isDecisionRecord } from './helpers/decision-records.ts';
import { declaration } from './helpers/insights.ts';
import { releaseGated } from './helpers/release.ts';
import { inRoadmap } from './helpers/roadmap.ts';
import { ancestors, headingAt, sectionEvidence, substantive } from './helpers/sections.ts';
import { attested, type Outcome, pass, unknown } from './types.ts';

/**
 * "Architectural" with a word for a description of the design (twine's "Architectural overview"); not of decision records
 * (python-tuf's "Architectural Decision Log") or a triage guide's criteria (containerd's "Triage Criteria for Architectural Boundaries").
 */
const DESIGN_HEADING = /\b(architecture|architectural (?:overview|design|description|notes|summary|diagrams?)|design( overview| documentation)?|how (it|\w+) works|how does (it|\w+) work|system overview|components|internals|actors|data ?flow|sequence diagrams?)\b/i;

/**
 * A page named "how-<the system or a part of it>-works" (or "how-does-it-work", attrs's) is a walkthrough of the design (fulcio's
 * docs/how-certificate-issuing-works.md); how a process of the project's people works is not. (Headings keep
 * "how <one word> works": longer ones are as often tutorials, fastapi's "How the importing works".)
 */
const PEOPLE_PROCESS = /\b(?:process|reviews?|reviewing|triage|governance|voting|contribut\w*|maintainers?|community|support|funding|sponsor\w*)\b/i;

/**
 * A heading about how the components are versioned, released or installed is not about the system's design (falcosecurity/falco's
 * "Falco Components Versioning"), nor one about their maturity (opentelemetry-go's CONTRIBUTING "Experimental signals and
 * components": which module a new, unstable component is hosted in).
 */
const NOT_DESIGN = /\b(?:versioning|versions?|releases?|releasing|installation|installing|upgrad\w*|changelog|experimental|unstable|stability|deprecated|deprecations?|incubating)\b/i;

/**
 * Goals, principles and patterns name no actor or action: nlohmann/json's "Design goals" ("Intuitive syntax", "Trivial integration",
 * "Speed"), and a tutorial on a pattern is a user guide (jackson-databind's "Tutorial: Builder design pattern + Jackson"). Nor does
 * advice on designing something else (click's docs/design-opinions.md: how users should design their CLIs) or how designs are
 * proposed (ktor's CONTRIBUTING "Design process", a link to a blog post), or how a user builds one of their own with the
 * product (yargs's docs/advanced.md "Creating a Plugin Architecture": config files that `extends` npm modules), nor the
 * reasons for a choice (quart's docs/discussion/design_choices.rst: why coroutines are preferred to functions), nor what the
 * design comes from (typer's docs/features.md "Design based on FastAPI": "It follows the same design and ideas"). Said of a
 * heading or of a page's file name (docs/home/design_goals.md). Nor is a sample application's architecture, made by others with the
 * product (Polly's docs/community/resources.md "Sample micro-services architecture": Microsoft's eShopOnContainers, which uses Polly).
 */
const NOT_ACTORS =
  /\b(?:(?:samples?|examples?) (?:[\w-]+ ){0,2}architectures?|goals?|principles|philosophy|design patterns?|tutorials?|history|historical|opinions?|guidelines?|advice|tips|best practices|conventions|design (?:process|review)(?:es|s)?|design (?:choices|decisions|rationale)|design (?:based on|inspired by|influenced by|derived from)|(?:propos|review|submitt|writ|draft)ing (?:a |the )?designs?|(?:creat|build|implement|develop|design|writ|mak)ing (?:a|an|your(?: own)?) (?:[\w-]+ )?(?:architecture|design))\b/i;

/** "Actions" beside "Actors" in a heading: the design's sense of both ("Actors and Actions", "Actors and their interactions"). */
const ACTIONS = /\b(?:actions?|interactions?)\b/i;


/** The processor sense of "architecture" (trivy's "Scan Image on a specific Architecture and OS"): a platform, not the system's design. */
const CPU_ARCHITECTURE = /\b(?:specific|target|cpu|processor|hardware|multiple|multi|different|other|host) architectures?\b|\barchitectures? (?:and|or|\/) (?:os|platforms?|operating systems?)\b|\b(?:os|platforms?|operating systems?) (?:and|or|\/) architectures?\b/i;

/** An API or type reference: its entries document the interface, not the design. */
const REFERENCE = /\breference\b/i;

/** Words that may follow "components" in a heading about them ("Components overview"); any other makes them a modifier ("Node Components Vulnerability Scanning"). */
const AFTER_COMPONENTS = new Set(['overview', 'diagram', 'diagrams', 'architecture', 'design', 'interaction', 'interactions', 'and']);

/**
 * Words that make "components" the object of something else ("Limitation on Dependencies by Core Components",
 * jackson-databind's): the design counts only where the components are the heading's subject ("Core components").
 */
const PREPOSITIONS = new Set(['on', 'by', 'for', 'of', 'to', 'with', 'from', 'in', 'into', 'across', 'between', 'among', 'about']);

/**
 * Verbs of a how-to that make "components" their object (starlette's docs/middleware.md "Reusing Starlette components": how a
 * middleware instantiates a `Request`), not the heading's subject.
 */
const HOW_TO_VERBS = new Set(['using', 'reusing', 'writing', 'creating', 'building', 'adding', 'registering', 'extending', 'customizing', 'customising', 'defining', 'importing', 'implementing', 'configuring', 'mounting', 'composing', 'making', 'developing', 'testing']);

/**
 * "How <one word> works" about a process of the project's people, not the system (starlette's docs/sponsorship.md "How
 * Sponsorship Works": sponsorships go through GitHub Sponsors), unless the heading also names the design.
 */
const HOW_WORKS = /\bhow (?:does |do )?\w+ works?\b/i;

/**
 * A heading on using the software, whatever design word it holds (regex's README "Usage: regex internals as a library": a crate
 * that exposes the matching engines, and a link to its API documentation): a how-to, naming no actor or action of the design.
 */
const USAGE_HEADING = /^(?:usage|using|how to use|examples?)\b|\bas an? (?:library|dependency|crate|package|module)\b/i;

/**
 * A heading about the system's design: a design word other than "components", or "components" as the heading's subject (no
 * preposition or how-to verb governs it, no noun follows it); not inside a reference (pandoc's "Element components" under "Lua type reference").
 */
function designHeading(doc: DocumentInfo, h: Heading, design: RegExp): boolean {
  const text = h.text;
  if (NOT_DESIGN.test(text) || NOT_ACTORS.test(text) || CPU_ARCHITECTURE.test(text) || USAGE_HEADING.test(text.trim())) return false;
  if (questionsOnly(doc, h)) return false;
  if (HOW_WORKS.test(text) && PEOPLE_PROCESS.test(text) && !STRONG_DESIGN.test(text)) return false;
  if (ancestors(doc, h).some((a) => REFERENCE.test(a.text))) return false;
  // Under a heading on the design's guidelines, process or goals, a design word names that subject's part (cli's CONTRIBUTING
  // "Design guidelines" > "(core team only) Revewing a design": who triages a design proposal), not the system's design.
  if (ancestors(doc, h).some((a) => NOT_ACTORS.test(a.text) && design.test(a.text))) return false;
  if (h.ownChars < LEAD_ONLY && PRINCIPLES_LEAD.test(h.body)) return false;
  if (design.test(text.replace(/\bcomponents\b/gi, ''))) {
    if (design.test(text.replace(/\b(?:components|actors)\b/gi, ''))) return true;
    // "Actors" alone names a product feature as often as the design's (dapr's virtual actors: dapr-metrics.md's "Actors" lists
    // actor metrics): it counts beside the actions ("Actors and actions") or under a design heading.
    return ACTIONS.test(text) || ancestors(doc, h).some((a) => DESIGN_HEADING.test(a.text.replace(/\bactors\b/gi, '')) && !NOT_ACTORS.test(a.text));
  }
  const words: string[] = text.toLowerCase().slice(0, 200).match(/[a-z]+/g) ?? [];
  const at = words.indexOf('components');
  return at >= 0 && !words.slice(0, at).some((w) => PREPOSITIONS.has(w) || HOW_TO_VERBS.has(w)) && words.slice(at + 1).every((w) => AFTER_COMPONENTS.has(w));
}

/**
 * A design section of questions and answers: zap's FAQ.md "Design", whose subsections ask "Why aren't `Logger` and
 * `SugaredLogger` interfaces?" and "Why include package-global loggers?". Each answer defends a choice of the API; none names the
 * system's actors or the actions between them. Its own prose is at most a line, and every subsection below it is a question.
 */
function questionsOnly(doc: DocumentInfo, h: Heading): boolean {
  const hs = doc.outline?.headings ?? [];
  if (h.ownChars >= QUESTIONS_LEAD) return false;
  const subs: Heading[] = [];
  for (let i = hs.indexOf(h) + 1; i < hs.length && hs[i].level > h.level; i++) if (hs[i].level === h.level + 1) subs.push(hs[i]);
  return subs.length >= 2 && subs.every((x) => x.text.trimEnd().endsWith('?'));
}
const QUESTIONS_LEAD = 200;

/**
 * A design section whose own text only introduces principles (rustls's CONTRIBUTING "Design and Architecture": "Some general
 * concepts about how the library should fit together:", then one subsection a principle): it names no actor either.
 */
const PRINCIPLES_LEAD = /\b(?:general (?:concepts|ideas|principles)|(?:guiding|design|core) principles|principles|philosophy|goals)\b/i;
const LEAD_ONLY = 400;

/**
 * A trust boundary of a threat model (rustls's SECURITY.md "Boundary: network-originated input", "Boundary: cryptography
 * provider"): who acts on the system across it and how, the actors and actions of its design.
 */
const BOUNDARY_HEADING = /\bboundar(?:y|ies)\b/i;
const THREAT_MODEL = /\bthreat[- ]model/i;

/** A page whose file name says it holds goals or principles (design_goals.md), not the actors and actions. */
/**
 * DESIGN_HEADING, and "how <the project> works" in a few words when they name the repository
 * (cli/cli's "How GitHub CLI works"); any "how the importing works" of a tutorial is not the design.
 */
function designHeadingFor(facts: Facts): RegExp {
  const name = repositoryName(facts);
  if (!name || !/^[\w.-]{2,100}$/.test(name)) return DESIGN_HEADING;
  const escaped = name.replace(/[.-]/g, (c) => `\\${c}`);
  return new RegExp(`${DESIGN_HEADING.source}|\\bhow (?:\\w+ ){0,2}${escaped}(?: \\w+){0,2} works\\b`, 'i');
}

const notActorsPage = (path: string) => NOT_ACTORS.test(path.slice(path.lastIndexOf('/') + 1).replace(/[-_.]/g, ' '));

/**
 * Also a page named for how the software processes its input, in phases (jekyll's docs/_docs/rendering-process.md: the phases
 * of a build and the stages each file is rendered through). Not a request's lifecycle: aiohttp's http_request_lifecycle.rst
 * is a guide to using its client session, why and how.
 */
const DESIGN_PATH =
  /(^|\/)(architecture|design|internals|how[-_ ](?:[a-z0-9]+[-_ ]){1,3}works|how[-_ ]does[-_ ](?:[a-z0-9]+[-_ ]){1,2}work\b)[^/]*$|\/(architecture|design)\/|(?:^|[/_-])(?:rendering|processing|execution|compilation)[-_](?:process|pipeline|lifecycle|phases)\.[a-z]+$/i;
const HOW_WORKS_PAGE = /(?:^|\/)how[-_ ][^/]*$/i;

/**
 * A template for design proposals (external-dns's docs/proposal/design-template.md: "Please provide a summary of this
 * proposal"): headings to fill in, which document no design.
 */
const TEMPLATE_PAGE = /(?:^|[-_. /])templates?(?:[-_. /][^/]*)?$/i;

/** A design page by name; a "how-…-works" page only when what works is not a release or a process of the project's people. */
function designPage(path: string): boolean {
  if (notActorsPage(path) || TEMPLATE_PAGE.test(path)) return false;
  const name = path.slice(path.lastIndexOf('/') + 1).replace(/[-_.]/g, ' ');
  return !HOW_WORKS_PAGE.test(path) || !(NOT_DESIGN.test(name) || PEOPLE_PROCESS.test(name));
}

const DESIGN_FILE = /^(docs?\/)?(architecture|design)(\.[a-z]+)?$/i;
/**
 * A component's design document, which no fact reads (opentelemetry-go's log/DESIGN.md, the design of its Logs API): found by
 * name, its content unknown. Not a test's, vendored, example or archived one (allstar's openspec/changes/archive/…/design.md).
 */
const COMPONENT_DESIGN_FILE = /(?:^|\/)(?:architecture|design)\.(?:md|markdown|rst|adoc|txt)$/i;
const NOT_COMPONENT_DIRS: ReadonlySet<string> = new Set([...TEST_DIRS, 'vendor', 'third_party', 'third-party', 'node_modules', 'examples', 'example', 'archive', 'archived', 'attic', 'deprecated', 'historical']);

function componentDesignFiles(facts: Facts): string[] {
  return unreadNamed(facts, COMPONENT_DESIGN_FILE).filter((p) => !DESIGN_FILE.test(p) && !underFolder(p, NOT_COMPONENT_DIRS));
}

/** A diagram's source (draw.io, PlantUML, Mermaid, Excalidraw), or an image in a diagrams/ folder. */
const DIAGRAM = /\.(?:drawio|puml|plantuml|mmd|excalidraw)$|(?:^|\/)diagrams?\/(?:[^/]+\/)*[^/]+\.(?:png|svg)$/i;
/**
 * A folder or file name about the system's design (etcd's Documentation/etcd-internals/), or a diagram named the system's
 * overview (fluxcd's controllers: docs/diagrams/notification-controller-overview.png, shown by the README as "overview").
 */
const DESIGN_WORD = /^(?:architecture|design|internals|overview)$/i;

/** Design diagrams by their path: their content (an image) cannot be read, so they make the verdict unknown, never a pass. */
function designDiagrams(facts: Facts): string[] {
  return facts.files
    .filter((f) => f.kind !== 'submodule' && DIAGRAM.test(f.path) && f.path.split(/[/._-]/).some((w) => DESIGN_WORD.test(w)))
    .map((f) => f.path);
}

/**
 * An image that shows the system's architecture, by its alt text ("architecture diagram") or file name (hyper's
 * docs/vision-arch.svg): a section that shows one beside its prose describes the design (hyper's VISION.md "Layers": the
 * user's runtime and IO, hyper on top of them, the codecs and connection state below the public API).
 */
const ARCHITECTURE_IMAGE_TEXT = /\b(?:architecture|architectural|system design|design) (?:diagram|overview|picture|image|drawing)\b|^architecture$/i;
const ARCHITECTURE_IMAGE_FILE = /(?:^|[-_.])(?:arch|architecture|system[-_]design)(?:[-_.]|$)/i;
/** Prose a section needs beside its diagram: a picture alone says nothing a reader of the text can follow. */
const DIAGRAM_PROSE = 150;
const DIAGRAM_ROLES: DocumentRole[] = ['docs', 'readme', 'contributing'];

/** Sections whose own prose shows an architecture diagram, at most a few. */
function diagramSections(facts: Facts): Evidence[] {
  const out: Evidence[] = [];
  for (const role of DIAGRAM_ROLES)
    for (const doc of documentsOf(facts.documents, role)) {
      if (notActorsPage(doc.path) || isDecisionRecord(doc) || agentInstructions(doc.path)) continue;
      for (const l of doc.outline?.images ?? []) {
        const file = l.target.slice(l.target.lastIndexOf('/') + 1);
        if (!ARCHITECTURE_IMAGE_TEXT.test(l.text.trim()) && !ARCHITECTURE_IMAGE_FILE.test(file)) continue;
        const h = headingAt(doc, l.line);
        if (!h || h.ownChars < DIAGRAM_PROSE || inRoadmap(doc, h) || NOT_ACTORS.test(h.text) || CPU_ARCHITECTURE.test(h.text)) continue;
        out.push(fileEvidence(doc.path, `design documentation: section "${h.text}" shows an architecture diagram (${file.slice(0, 80)}) beside its description`, h.line));
        if (out.length >= 2) return out;
        break;
      }
    }
  return out;
}

/**
 * A link whose whole text names the system's design ("learn about its [architecture](https://spiffe.io/spire/) and design
 * goals", spiffe/spire's README), not a CPU architecture nor design goals or principles.
 */
const DESIGN_LINK_TEXT = /^(?:the |our |its )?(?:system |software |technical )?(?:architecture|design)(?: (?:overview|documentation|docs?|documents?|guide|diagrams?|description))?$/i;
/** The prose before such a link, read for a CPU architecture ("builds for each supported [architecture]") or a design planned. */
const LINK_PROSE = 400;
/**
 * A design not of the software released here: of a next version or a proposal (rekor's README: "learn more about Rekor v2 on
 * the [proposal](…) and [design doc](…)", developed in another repository).
 */
const PLANNED = /\b(?:proposals?|proposed|planned|planning|upcoming|future|next (?:version|release|major)|new version|roadmap)\b/i;

/**
 * A link text without the words saying whose design it is, when that is this project: "architecture docs for grype"
 * (anchore's CONTRIBUTING.md, in repository anchore/grype), "design of the project". Another name is kept.
 */
function withoutOwner(text: string, name: string | null): string {
  const words = text.toLowerCase().split(/\s+/);
  const owner = words.at(-1);
  const article = words.at(-2) === 'the' || words.at(-2) === 'this' ? 1 : 0;
  const by = words.at(-2 - article);
  if (words.length < 3 + article || (by !== 'for' && by !== 'of') || !(owner === 'project' || (name !== null && owner === name))) return text;
  return words.slice(0, -2 - article).join(' ');
}

/**
 * The README's or contribution guide's links named for the design that lead out of the repository: the project says its
 * design is documented there, which this check cannot read (attested). Only the first.
 */
function designLinks(facts: Facts): Evidence[] {
  const name = repositoryName(facts);
  for (const role of ['readme', 'contributing'] as DocumentRole[])
    for (const doc of documentsOf(facts.documents, role)) {
      const o = doc.outline;
      if (!o || agentInstructions(doc.path)) continue;
      for (const l of o.links) {
        if (l.image || !/^https?:\/\//i.test(l.target) || intoThisRepository(facts, l.target) || !DESIGN_LINK_TEXT.test(withoutOwner(l.text.trim(), name))) continue;
        // The prose before the link's opening bracket, then its text: "your operating system and architecture".
        const around = `${o.proseBefore(l.line, l.column, LINK_PROSE).replace(/\[$/, '').trimEnd()} ${l.text.trim()}`;
        if (CPU_ARCHITECTURE.test(around) || PLANNED.test(around)) continue;
        const h = headingAt(doc, l.line);
        if (h && (inRoadmap(doc, h) || NOT_DESIGN.test(h.text))) continue;
        return [fileEvidence(doc.path, `design documentation kept elsewhere: ${h ? `section "${h.text.slice(0, 80)}" ` : ''}links "${l.text.trim().slice(0, 80)}" to ${l.target.slice(0, 200)}`, l.line, l.column)];
      }
    }
  return [];
}

export const id = 'OSPS-SA-01.01';

/**
 * Folders of guides to running the software with a CI service or a host (jekyll's docs/_docs/continuous-integration/buddyworks.md
 * "2. How it works": Buddy's pipeline runs `jekyll build` on every push): a "How it works" or "Components" there is how the
 * integration works, naming the service's actors, not the system's design; and of recipes (vitest's
 * docs/guide/recipes/db-transaction.md "How it works": how the reader's own fixture wraps each test in a transaction), how
 * the reader's code works. Sections named for the design still count.
 */
const GUIDE_DIRS: ReadonlySet<string> = new Set(['continuous-integration', 'ci', 'ci-cd', 'integrations', 'deployment', 'deploying', 'hosting', 'recipes', 'cookbook']);

/** Heading words that name the design itself, not a part of what the software offers. */
const STRONG_DESIGN = /\b(?:architecture|architectural|design|internals|system overview)\b/i;

/** "How rustup works": a how-it-works heading that names the project. */
function namesTheProject(facts: Facts, heading: string): boolean {
  const name = repositoryName(facts);
  return name !== null && name.length >= 3 && /\bhow\b/i.test(heading) && heading.toLowerCase().includes(name.toLowerCase());
}

/**
 * Letters and digits of prose (link texts kept; code, link targets and HTML tags dropped, so an anchor list for a table of
 * contents counts for nothing) that a "How it works" section not naming the project needs, with its subsections: one
 * sentence under it (fast-json-stringify's README: "requires a JSON Schema Draft 7 input to generate a fast stringify
 * function", then benchmark figures) names no actor and no action between them.
 */
const HOW_IT_WORKS_MIN_LETTERS = 100;
const HOW_IT_WORKS = /\bhow (?:it|\w+) works|\bhow does (?:it|\w+) work/i;

function letters(body: string): number {
  let n = 0;
  for (const ch of stripTags(linkTexts(body))) if (/[\p{L}\p{N}]/u.test(ch)) n++;
  return n;
}

function enoughProse(doc: DocumentInfo, h: Heading): boolean {
  if (!HOW_IT_WORKS.test(h.text)) return true;
  const hs = doc.outline?.headings ?? [];
  const at = hs.indexOf(h);
  let n = letters(h.body);
  for (let i = at + 1; at >= 0 && i < hs.length && hs[i].level > h.level && n < HOW_IT_WORKS_MIN_LETTERS; i++) n += letters(hs[i].body);
  return n >= HOW_IT_WORKS_MIN_LETTERS;
}

/**
 * A list whose every item starts with a link out of the repository, a gloss after it: a directory of pages elsewhere (the
 * Apache Commons READMEs' "Apache Commons Components": "+ [List of Apache Commons components](https://commons.apache.org/components.html):
 * homepages and documentation for all components"). Its components are often other projects', and it names no actor of this
 * one; a heading that only says "components" is no design documentation over it. Subsections with prose say more.
 */
const LIST_ITEM = /(?:^|\s)(?:[-*+]|\d{1,2}[.)])\s+/g;
const ITEM_LINK = /\[[^[\]]{0,300}\]\(([^()\s]{1,2000})\)/y;

function linkDirectory(facts: Facts, h: Heading): boolean {
  if (h.sectionChars !== h.ownChars) return false;
  let items = 0;
  for (const m of h.body.matchAll(LIST_ITEM)) {
    // Prose before the first item is a description of its own.
    if (items === 0 && m.index !== 0) return false;
    ITEM_LINK.lastIndex = m.index + m[0].length;
    const target = ITEM_LINK.exec(h.body)?.[1];
    if (target === undefined || !/^https?:\/\//i.test(target) || intoThisRepository(facts, target)) return false;
    items++;
  }
  return items > 0;
}

/** Letters of prose beside its link lists that a design page needs to document something itself: a line or two of introduction does not. */
const DIRECTORY_PROSE_LETTERS = 200;

/**
 * A design page that only lists links to designs kept out of the repository (gatekeeper-library's docs/design/README.md:
 * "Generally, design docs are on Google docs:", then lists of links under "Conventions" and "Implemented"): the first such
 * link, or undefined when the page has code or prose of its own.
 */
function designDirectory(facts: Facts, doc: DocumentInfo): { line: number; target: string } | undefined {
  const o = doc.outline;
  if (!o) return undefined;
  let prose = letters(o.lead);
  let listed: Heading | undefined;
  for (const h of o.headings) {
    if (h.code !== '') return undefined;
    if (linkDirectory(facts, h)) listed ??= h;
    else prose += letters(h.body);
    if (prose >= DIRECTORY_PROSE_LETTERS) return undefined;
  }
  const first = listed ? o.links.find((l) => l.line > listed.line && !l.image && /^https?:\/\//i.test(l.target)) : undefined;
  return first ? { line: first.line, target: first.target } : undefined;
}

export function evaluate(facts: Facts): Outcome {
  const evidence: Evidence[] = [];
  const elsewhere: Evidence[] = [];
  // A self-assessment whose Actors and Actions sections are filled documents exactly this.
  for (const doc of facts.assessment.selfAssessments) {
    const actors = doc.sections.find((s) => s.id === 'actors' && s.state === 'filled');
    const actions = doc.sections.find((s) => s.id === 'actions' && s.state === 'filled');
    if (actors && actions) {
      evidence.push(fileEvidence(doc.path, `self-assessment describes the system's actors: section "${actors.heading ?? actors.title}"`, actors.line));
      evidence.push(fileEvidence(doc.path, `self-assessment describes the system's actions: section "${actions.heading ?? actions.title}"`, actions.line));
    }
  }
  for (const d of docsNamed(facts, DESIGN_PATH).filter((x) => designPage(x.path) && !isDecisionRecord(x))) {
    const listed = designDirectory(facts, d);
    if (listed) elsewhere.push(fileEvidence(d.path, `design documentation kept elsewhere: the page only lists links to designs out of the repository, the first ${listed.target.slice(0, 200)}`, listed.line));
    else evidence.push(fileEvidence(d.path, 'design documentation', 1));
  }
  for (const d of documentsOf(facts.documents, 'design').filter((x) => substantive(x, 200)).slice(0, 3)) evidence.push(fileEvidence(d.path, `design document in ${/^(?:specs?\/)?[^/]+\//i.exec(d.path)?.[0] ?? ''}`, 1));
  // AGENTS.md and its kin are prompts for coding agents (ktor's "Types and API design": "Prefer `internal` by default"), not the project's documentation.
  // A page that only sends the reader to design records elsewhere (nats-server's doc/README.md: "The NATS ADR documents have moved to their own repository") documents nothing here.
  const design = designHeadingFor(facts);
  // Sections named for the design itself ("Internals", "How rustup works") are cited before those a
  // broader word found ("Components" of a user guide, a man page generator's "How it works").
  const weak: Evidence[] = [];
  for (const hit of sectionsIn(facts, ['docs', 'readme', 'contributing'], design)) {
    // A roadmap's "Design" (hyper's docs/ROADMAP-1.0.md) is the design of changes planned, not of the system as it is.
    // A changelog's "New components" lists what a release added (opentelemetry-collector's CHANGELOG-API.md).
    if (!designHeading(hit.doc, hit.heading, design) || notActorsPage(hit.doc.path) || isDecisionRecord(hit.doc) || agentInstructions(hit.doc.path) || inRoadmap(hit.doc, hit.heading) || changelogFile(hit.doc.path)) continue;
    const to = documentElsewhere(facts, hit.doc) ?? designDirectory(facts, hit.doc);
    if (to) elsewhere.push(fileEvidence(hit.doc.path, `design documentation kept elsewhere: section "${hit.heading.text}" only links ${to.target}`, to.line));
    else if (STRONG_DESIGN.test(hit.heading.text) || namesTheProject(facts, hit.heading.text)) evidence.push(sectionEvidence(hit, 'design documentation'));
    else if (enoughProse(hit.doc, hit.heading) && !linkDirectory(facts, hit.heading) && !underFolder(hit.doc.path, GUIDE_DIRS)) weak.push(sectionEvidence(hit, 'design documentation'));
  }
  evidence.push(...weak);
  elsewhere.push(...designLinks(facts));
  evidence.push(...diagramSections(facts));
  for (const hit of sectionsIn(facts, ['security', 'docs'], BOUNDARY_HEADING))
    if ([hit.heading, ...ancestors(hit.doc, hit.heading)].some((a) => THREAT_MODEL.test(a.text)) && !agentInstructions(hit.doc.path))
      evidence.push(sectionEvidence(hit, 'actors and actions across a trust boundary of the threat model'));
  const si = declaration(facts, 'project.documentation.design', 'design documentation');
  if (si.state === 'in-repo') evidence.push(si.evidence);
  if (evidence.length > 0) return pass(capEvidence(dedupe(evidence)));
  if (elsewhere.length > 0) return attested(capEvidence(dedupe(elsewhere)), 'Commit the design documentation (or a summary of its actors and actions) to the repository, or link it from project.documentation.design in Security Insights.');
  if (si.state === 'declared') return attested([si.evidence], 'Commit the design documentation to the repository (for example docs/architecture.md) so it can be checked, and link it from project.documentation.design.');

  const seen: Evidence[] = [];
  if (si.state === 'broken-link') seen.push(si.evidence);
  const unread = [...unreadNamed(facts, DESIGN_FILE), ...componentDesignFiles(facts), ...designDiagrams(facts)];
  const remediation =
    'Add design documentation that names every actor (users, services, subsystems that influence one another) and the actions between them, for example docs/architecture.md or the Actors and Actions sections of a security self-assessment, and link it from Security Insights project.documentation.design.';
  if (unread.length > 0)
    return unknown(
      `${unread[0]}${unread.length > 1 ? ` (and ${unread.length - 1} more)` : ''} looks like design documentation by its name, but its content is not read by this check (only Markdown under docs/ and the well-known community files are)`,
      'Move the design document under docs/ (for example docs/architecture.md) or link it from Security Insights project.documentation.design.',
      [...seen, fileEvidence(unread[0], 'design document found by name, content not read')],
    );
  seen.push({ kind: 'note', detail: 'no design documentation found: no architecture or design document under docs/, no Architecture/Design section, no Actors and Actions sections in a self-assessment, no project.documentation.design in Security Insights' });
  return releaseGated(facts, seen, remediation);
}
