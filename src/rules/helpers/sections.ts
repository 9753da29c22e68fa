// Finding sections in documents. Documents are judged by their outlines (src/facts/markdown.ts): a
// section counts when its heading names the topic and its body has prose (not an empty heading, not
// a table of contents); headings examined per document are bounded.
import { agentInstructions, type DocumentInfo, type DocumentRole, documentsOf } from '../../facts/documents.ts';
import { type Email, type Heading, headingAtLine, type Link } from '../../facts/markdown.ts';
import type { Facts } from '../../facts/types.ts';
import type { Evidence } from '../../model/evidence.ts';

/** Headings examined per document; a README with thousands of headings stays linear and bounded. */
export const MAX_HEADINGS_PER_DOC = 5_000;

/** Per outline: for each heading, the line of the next heading of the same or a higher level. Computed once, in one pass. */
const SECTION_ENDS = new WeakMap<object, Map<Heading, number>>();

/** The line after the last line of a heading's section (next heading of the same or a higher level). */
function sectionEnd(doc: DocumentInfo, h: Heading): number {
  const o = doc.outline;
  if (!o) return Number.MAX_SAFE_INTEGER;
  let ends = SECTION_ENDS.get(o);
  if (!ends) {
    ends = new Map();
    const open: Heading[] = [];
    for (const x of o.headings) {
      while (open.length > 0 && open[open.length - 1].level >= x.level) ends.set(open.pop() as Heading, x.line);
      open.push(x);
    }
    SECTION_ENDS.set(o, ends);
  }
  return ends.get(h) ?? Number.MAX_SAFE_INTEGER;
}

/** E-mail addresses written inside a heading's section (subsections included). */
export function sectionEmails(doc: DocumentInfo, h: Heading): Email[] {
  const end = sectionEnd(doc, h);
  return (doc.outline?.emails ?? []).filter((e) => e.line > h.line && e.line < end);
}

/** Links written inside a heading's section (subsections included); links are in line order. */
export function sectionLinks(doc: DocumentInfo, h: Heading): Link[] {
  const links = doc.outline?.links ?? [];
  const end = sectionEnd(doc, h);
  let lo = 0;
  let hi = links.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (links[mid].line <= h.line) lo = mid + 1;
    else hi = mid;
  }
  const out: Link[] = [];
  for (let i = lo; i < links.length && links[i].line < end; i++) out.push(links[i]);
  return out;
}

/** The headings inside a heading's section (deeper levels, up to the next heading of the same or a higher level). */
export function subsections(doc: DocumentInfo, h: Heading): Heading[] {
  const hs = doc.outline?.headings ?? [];
  const end = sectionEnd(doc, h);
  return hs.filter((x) => x.line > h.line && x.line < end);
}

/** A section with prose: not an empty heading, not only a list of links, not template text. */
function hasBody(h: Heading, minChars: number): boolean {
  return h.sectionChars >= minChars && !(h.linkListOnly && h.sectionChars === h.ownChars) && h.template === undefined;
}

/**
 * The first section left as template text (see Heading.template) whose heading passes `test`, in
 * documents of the given roles: no evidence, but worth naming when the requirement fails.
 */
export function templateSectionWhere(facts: Facts, roles: DocumentRole[], test: (h: Heading) => boolean): SectionHit | undefined {
  for (const role of roles)
    for (const doc of documentsOf(facts.documents, role))
      for (const h of (doc.outline?.headings ?? []).slice(0, MAX_HEADINGS_PER_DOC)) if (h.template !== undefined && test(h)) return { doc, heading: h };
  return undefined;
}

/**
 * The first section, in documents of the given roles (in order), whose heading passes `test` and
 * whose body has at least `minChars` of prose. `test` may look at the section's links. Documents
 * whose path matches `prefer` are read first, in every role: a docs/ tree's governance.md speaks of
 * roles before its ai-policy.md does ("Human Responsibility", eslint's).
 */
export function findSectionWhere(
  facts: Facts,
  roles: DocumentRole[],
  test: (h: Heading, doc: DocumentInfo) => boolean,
  minChars = 40,
  prefer?: RegExp,
): SectionHit | undefined {
  // With `prefer`, two passes over the roles: the preferred pages of every role, then the rest.
  for (const pass of prefer ? [true, false] : [undefined]) {
    for (const role of roles) {
      for (const doc of documentsOf(facts.documents, role)) {
        if (pass !== undefined && prefer !== undefined && prefer.test(doc.path) !== pass) continue;
        const hit = sectionIn(doc, test, minChars);
        if (hit) return { doc, heading: hit };
      }
    }
  }
  return undefined;
}

export function sectionIn(doc: DocumentInfo, test: (h: Heading, doc: DocumentInfo) => boolean, minChars = 40): Heading | undefined {
  const hs = doc.outline?.headings ?? [];
  const n = Math.min(hs.length, MAX_HEADINGS_PER_DOC);
  for (let i = readmeTitle(doc) ? 1 : 0; i < n; i++) {
    const h = hs[i];
    if (hasBody(h, minChars) && test(h, doc)) return h;
  }
  return undefined;
}

/**
 * The first section, in documents of the given roles (in order), whose heading passes `test`, even when its body is only
 * a list of links or has little prose: for lists whose links are the content (a "Maintainers" list of GitHub profiles,
 * bat's README), which hasBody takes for a table of contents. `test` must check the links. Template sections are skipped.
 */
export function findListWhere(facts: Facts, roles: DocumentRole[], test: (h: Heading, doc: DocumentInfo) => boolean): SectionHit | undefined {
  for (const role of roles) {
    for (const doc of documentsOf(facts.documents, role)) {
      const hs = doc.outline?.headings ?? [];
      const n = Math.min(hs.length, MAX_HEADINGS_PER_DOC);
      for (let i = readmeTitle(doc) ? 1 : 0; i < n; i++) if (hs[i].template === undefined && test(hs[i], doc)) return { doc, heading: hs[i] };
    }
  }
  return undefined;
}

/**
 * A README without a single heading (a plain-text README, zlib's): its lead, the text before the first heading, is the
 * whole document, which no section search reads. Returned as a section (level 0), for sentence-level reading.
 */
export function headinglessReadme(facts: Facts): SectionHit | undefined {
  for (const doc of documentsOf(facts.documents, 'readme')) {
    const o = doc.outline;
    if (o && o.headings.length === 0 && o.leadSection && o.leadSection.template === undefined) return { doc, heading: o.leadSection };
  }
  return undefined;
}

/**
 * Whether the README opens with a title: a first heading of level 1 names the project or says
 * what it is ("Dependency Management for PHP", composer's), and its section is the whole README,
 * not a section on that topic.
 */
function readmeTitle(doc: DocumentInfo): boolean {
  return doc.role === 'readme' && doc.outline?.headings[0]?.level === 1;
}

/** A heading test from a regular expression (and an optional exclusion). */
export function headingIs(re: RegExp, not?: RegExp): (h: Heading) => boolean {
  return (h) => re.test(h.text) && !(not && not.test(h.text));
}

/**
 * A section's code piece by piece, each a line of a fenced block or one inline span: the heading joins them with a space, and
 * two names in backticks (regex's "Hacking": `regex-syntax`, `regex-automata`) are no command with arguments.
 */
export function codePieces(h: Pick<Heading, 'code' | 'codeLines'>): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < h.codeLines.length; i += 2) pieces.push(h.code.slice(h.codeLines[i], i + 2 < h.codeLines.length ? h.codeLines[i + 2] - 1 : h.code.length));
  return pieces;
}

/** Guides are mostly commands in code blocks, which the outline does not count: a sentence of prose suffices. */
export const GUIDE_MIN_CHARS = 30;

export interface SectionHit {
  doc: DocumentInfo;
  heading: Heading;
}

/**
 * The first section, in documents of the given roles (in order), whose heading matches and whose
 * body tells the reader something (not an empty heading, not a table of contents).
 */
export function findSectionIn(facts: Facts, roles: DocumentRole[], heading: RegExp, minChars = 40): SectionHit | undefined {
  for (const role of roles) {
    for (const doc of documentsOf(facts.documents, role)) {
      const h = doc.outline?.headings.find(
        (x, i) => !(i === 0 && readmeTitle(doc)) && heading.test(x.text) && hasBody(x, minChars),
      );
      if (h) return { doc, heading: h };
    }
  }
  return undefined;
}

export function sectionEvidence(hit: SectionHit, what: string): Evidence {
  return { kind: 'file', path: hit.doc.path, line: hit.heading.line, detail: `${what}: section "${hit.heading.text}" (${kindWords(hit.doc, hit.heading)})${linkedFrom(hit.doc)}` };
}

/** " (linked from CONTRIBUTING.md:5)" for a document reached by a link, else ''. */
export function linkedFrom(doc: DocumentInfo): string {
  return doc.via ? ` (linked from ${doc.via.path}:${doc.via.line})` : '';
}

/**
 * Which kind of document evidence came from, in words (the result's evidence carries it in its
 * detail). A section of a product document is called project-level only when it is one.
 */
export function kindWords(doc: DocumentInfo, h?: Heading): string {
  if (doc.role === 'readme') return 'project section of the README';
  if (doc.role === 'release-notes') return 'release-notes template, written into every GitHub release';
  if (doc.kind === 'project') return 'project document';
  return h === undefined || projectSection(doc, h) ? 'product document, project-level section' : 'product document';
}

/**
 * Headings that speak for the project rather than the product, in any document. A "maintenance policy" is how the
 * project maintains its releases (logging-log4j2's "Versioning and maintenance policy" page). Building "from source" includes
 * from a source distribution and from a git clone (libexpat's README: "Building from a Git Clone"), and a "source build"
 * (pynacl's INSTALL.rst "Linux source build"), as OSPS-DO-07.01 reads it. "Core developers" and a page titled "Organization of
 * the Sphinx project" (sphinx's doc/internals/organization.rst) are about the project's people.
 */
const PROJECT_HEADING =
  /\b(?:governance|maintainers?|maintainership|committers?|contribut\w*|community|project (?:roles|team|members|structure|organi[sz]ation|leadership|governance|management|policies)|steering|tsc|core team|core (?:developers?|devs?|contributors?)|organi[sz]ation of the (?:[\w.-]+ )?project|team members|security (?:policy|team|contacts?|response|process)|reporting (?:a )?(?:security|vulnerabilit\w*)|vulnerabilit\w* (?:reporting|disclosure|management)|disclosure|support (?:policy|lifecycle)|maintenance polic(?:y|ies)|supported versions|long[- ]term support|getting support|release (?:process|policy|cadence|schedule)|releasing|code of conduct|development|developing|how to (?:develop|hack on|work on)|developer (?:setup|guide)|from (?:a |the )?(?:sources?(?: (?:code|distribution|tarball|archive|package|release))?|git (?:clone|check-?out|repository)|clone|check-?out)|build(?:ing)? instructions|(?<!open )source builds?|how to build|hacking|decision[- ]making|roles and responsibilities|membership|becoming an? (?:maintainer|committer|reviewer|member)|contributor ladder|who we are|our team)\b/i;

/** Per outline: each heading's parent heading (the nearest earlier heading of a lower level). */
const PARENTS = new WeakMap<object, Map<Heading, Heading>>();

/** The headings above `h` in its document, nearest first, at most six (its section's context). */
export function ancestors(doc: DocumentInfo, h: Heading): Heading[] {
  const o = doc.outline;
  if (!o) return [];
  let parents = PARENTS.get(o);
  if (!parents) {
    parents = new Map();
    const open: Heading[] = [];
    for (const x of o.headings) {
      while (open.length > 0 && open[open.length - 1].level >= x.level) open.pop();
      if (open.length > 0) parents.set(x, open[open.length - 1]);
      open.push(x);
    }
    PARENTS.set(o, parents);
  }
  const out: Heading[] = [];
  for (let p = parents.get(h); p && out.length < 6; p = parents.get(p)) out.push(p);
  return out;
}

/**
 * A design proposal's folder (docs/rfcs/0042/README.md, docs/proposals/, gittuf's docs/gaps/1/README.md, its
 * "gittuf Augmentation Proposals"): a change argued for maintainers, not a guide for users, nor instructions to verify
 * releases (oras's docs/proposals/formatted-output.md "Verify local files"), nor the description of the released interface.
 */
export const PROPOSAL_DIR = /(?:^|\/)(?:rfcs?|proposals?|enhancements|keps|peps|geps|gaps|design[-_]?(?:docs?|proposals?)?)\//i;

/**
 * A proposal itself, in a proposals folder: not the folder's README or index, which states the project's process for
 * proposals (gittuf's docs/gaps/README.md: what its maintainers are responsible for).
 */
export function proposalDocument(path: string): boolean {
  const m = PROPOSAL_DIR.exec(path);
  if (!m) return false;
  const rest = path.slice(m.index + m[0].length);
  return rest.includes('/') || !FOLDER_INDEX_NAME.test(rest);
}

const FOLDER_INDEX_NAME = /^(?:readme|_?index)\.[a-z]+$/i;

/**
 * True when a section speaks for the project: any section of a project document other than the
 * README; in the README or a product document, a section whose heading (or a heading above it) is
 * project-level ("Governance", "Contributing", "Security policy", "Building from source"). So
 * "IAM Role for Service Account" in an operator guide is not the project's roles.
 */
export function projectSection(doc: DocumentInfo, h: Heading): boolean {
  // A proposal argues for a change; its sections (cluster-api's "etcd membership", its secrets "requirement") are not the project's policy.
  if (proposalDocument(doc.path)) return false;
  if (doc.kind === 'project' && doc.role !== 'readme') return true;
  return underProjectHeading(doc, h);
}

/**
 * True when a section's heading, or one above it, is project-level, whatever the document: a component's README
 * (packages/x/README.md) speaks for the project's work on that component only there ("Contributing" > "Development commands").
 */
export function underProjectHeading(doc: DocumentInfo, h: Heading): boolean {
  return projectHeading(h.text) || ancestors(doc, h).some((a) => projectHeading(a.text));
}

/**
 * A heading about the reader's own work, which the product serves: a tutorial's "Setting up your project and development
 * environment" (sphinx's doc/tutorial: a new folder and `pip install sphinx`), a "Plugin Developer Guide" (flake8's docs index:
 * how to write and distribute a plugin). Its "development" is the user's, not the project's.
 */
const READERS_WORK =
  /\byour (?:own )?(?:projects?|apps?|applications?|sites?|websites?|docs|documentation|plugins?|extensions?|themes?|packages?|libraries|library|services?)\b|\b(?:plugins?|extensions?|themes?|add-?ons?|integrations?|apps?)[- ](?:development|developers?(?:['’]s?)? guide|developers?|authors?)\b/i;

function projectHeading(text: string): boolean {
  return PROJECT_HEADING.test(text) && !READERS_WORK.test(text);
}

/**
 * A how-to for cutting releases, by its file name (RELEASING.md, docs/release-process.md, kubescape's KREW_RELEASE.md): its
 * "Testing the Template" or "Manual Release Testing" tests the release pipeline, not the project's code.
 */
export function releaseHowTo(doc: DocumentInfo): boolean {
  return /releas(?:e|ing)/i.test(doc.path.slice(doc.path.lastIndexOf('/') + 1));
}

/** The heading whose section holds a line (the nearest heading above it), or undefined before the first heading. */
export function headingAt(doc: DocumentInfo, line: number): Heading | undefined {
  return headingAtLine(doc.outline, line);
}

/** True when a line of a document speaks for the project: a project document, or a project-level section of the README or a product document. */
export function projectLine(doc: DocumentInfo, line: number): boolean {
  if (doc.kind === 'project' && doc.role !== 'readme') return true;
  if (doc.role === 'readme') return true;
  const h = headingAt(doc, line);
  return h !== undefined && projectSection(doc, h);
}

/** findSectionWhere for governance-type requirements: only sections that speak for the project (see projectSection). */
export function findProjectSection(facts: Facts, roles: DocumentRole[], test: (h: Heading, doc: DocumentInfo) => boolean, minChars = 40, prefer?: RegExp): SectionHit | undefined {
  return findSectionWhere(facts, roles, (h, doc) => test(h, doc) && projectSection(doc, h), minChars, prefer);
}

/** The title of a contribution guide: "Contributing to rustup", "How to contribute", "Contributor guide". */
const CONTRIBUTION_GUIDE_TITLE = /^(?:contributing\b|how to contribute\b|contribut(?:ion|ors?)(?:[’']s)? guide)/i;

/**
 * A contribution guide not named CONTRIBUTING: a project document titled as one
 * (rust-lang/rustup's doc/dev-guide/src/index.md, "# Contributing to rustup", gives the steps).
 */
export function titledContributionGuide(doc: DocumentInfo): boolean {
  const first = doc.outline?.headings[0];
  return doc.kind === 'project' && first !== undefined && first.level === 1 && CONTRIBUTION_GUIDE_TITLE.test(first.text);
}

/** A document with enough prose to say something (more than a title). */
export function substantive(doc: DocumentInfo, minChars = 80): boolean {
  return doc.outline !== null && doc.outline.proseChars >= minChars;
}

/**
 * A section test for the documents written for people: instructions to coding agents (AGENTS.md and its kin) are
 * left out, for a rule that reads them last, if at all (QA-06.02, DO-07.01).
 */
export function forPeople(test: (h: Heading, doc: DocumentInfo) => boolean): (h: Heading, doc: DocumentInfo) => boolean {
  return (h, doc) => !agentInstructions(doc.path) && test(h, doc);
}

/** The same test for the instructions to coding agents alone. */
export function forAgents(test: (h: Heading, doc: DocumentInfo) => boolean): (h: Heading, doc: DocumentInfo) => boolean {
  return (h, doc) => agentInstructions(doc.path) && test(h, doc);
}
