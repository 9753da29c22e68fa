// OSPS-DO: the documentation a project owes its users once it has released: user guides, how to
// verify releases and who made them, support scope and end of security updates, how dependencies
// are managed, and how to build the software.
//
// Documents are judged by their outlines (src/facts/markdown.ts): a section counts when its heading
// names the topic and its body has prose (not an empty heading, not a table of contents). The
// outline keeps the start of each section's prose and code: a heading that is ambiguous
// ("Verification") counts only with a link or code inside its section that names a verification
// technology, and a section that is only a code block counts when the code runs a verification
// command (cosign verify, gpg --verify, sha256sum -c, slsa-verifier, gh attestation verify).
// Release-gated requirements use `releaseState`: evidence found passes whatever the release state;
// without evidence, a released project fails, an unreleased one is not applicable, and one whose
// release state cannot be told is unknown.
import type { DocumentInfo, DocumentRole } from '../facts/documents.ts';
import { documentsOf } from '../facts/documents.ts';
import type { Heading, Link } from '../facts/markdown.ts';
import type { Facts } from '../facts/types.ts';
import { capEvidence, fileEvidence, isTemplateSection, releaseState, sectionEvidence, substantive, type SectionHit } from './helpers.ts';
import { declaration } from './insights.ts';
import type { Evidence } from '../model/evidence.ts';
import { attested, fail, notApplicable, pass, unknown, type Outcome, type Rule } from './types.ts';

// Shared by the DO, GV, LE and community rules ------------------------------------------------

/** Headings examined per document; a README with thousands of headings stays linear and bounded. */
const MAX_HEADINGS_PER_DOC = 5_000;

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

/** A section with prose: not an empty heading, not only a list of links. */
function hasBody(h: Heading, minChars: number): boolean {
  return h.sectionChars >= minChars && !(h.linkListOnly && h.sectionChars === h.ownChars);
}

/**
 * The first section, in documents of the given roles (in order), whose heading passes `test` and
 * whose body has at least `minChars` of prose. `test` may look at the section's links.
 */
export function findSectionWhere(
  facts: Facts,
  roles: DocumentRole[],
  test: (h: Heading, doc: DocumentInfo) => boolean,
  minChars = 40,
): SectionHit | undefined {
  for (const role of roles) {
    for (const doc of documentsOf(facts.documents, role)) {
      const hit = sectionIn(doc, test, minChars);
      if (hit) return { doc, heading: hit };
    }
  }
  return undefined;
}

export function sectionIn(doc: DocumentInfo, test: (h: Heading, doc: DocumentInfo) => boolean, minChars = 40): Heading | undefined {
  const hs = doc.outline?.headings ?? [];
  const n = Math.min(hs.length, MAX_HEADINGS_PER_DOC);
  for (let i = 0; i < n; i++) {
    const h = hs[i];
    if (hasBody(h, minChars) && test(h, doc)) return h;
  }
  return undefined;
}

/** A heading test from a regular expression (and an optional exclusion). */
export function headingIs(re: RegExp, not?: RegExp): (h: Heading) => boolean {
  return (h) => re.test(h.text) && !(not && not.test(h.text));
}

/** What the Security Insights documentation fields say, checked against the tree. */
export interface SiDocs {
  /** Links into the repository whose target is missing, and fields that say "none": contradictions. */
  broken: Evidence[];
  /** In-repository links whose target exists and has a section on the topic. */
  confirmed: Evidence[];
  /** Declarations no machine here can check: URLs elsewhere, or an in-repo file without a recognised section (or not outlined). */
  declared: Evidence[];
  /** Why project-level fields could not be read (child file with an unread parent). */
  unknownReason?: string;
}

/**
 * Reads Security Insights fields that point at documentation. A link into the repository is checked
 * against the tree: a missing target is a contradiction; an outlined target must have a section
 * `check` accepts to be confirmed (otherwise it stays a declaration).
 */
export function siDocs(facts: Facts, fields: string[], what: string, check: (doc: DocumentInfo) => Heading | undefined): SiDocs {
  const out: SiDocs = { broken: [], confirmed: [], declared: [] };
  for (const field of fields) {
    const d = declaration(facts, field, what);
    switch (d.state) {
      case 'absent':
        break;
      case 'unknown':
        out.unknownReason ??= d.reason;
        break;
      case 'negative':
      case 'broken-link':
        out.broken.push(d.evidence);
        break;
      case 'declared':
        out.declared.push(d.evidence);
        break;
      case 'in-repo': {
        const doc = facts.documents.byPath[d.path];
        if (!doc || !doc.outline) {
          out.declared.push(d.evidence, fileEvidence(d.path, 'the linked file exists; its content is not outlined by this check', 1));
          break;
        }
        const h = check(doc);
        if (h) out.confirmed.push(d.evidence, fileEvidence(doc.path, `${what}: section "${h.text}"`, h.line));
        else out.declared.push(d.evidence, fileEvidence(doc.path, `the linked file has no section this check recognises as ${what}`, 1));
        break;
      }
    }
  }
  return out;
}

/** The outcome when nothing was found: fail once released, not applicable before, unknown when it cannot be told. */
export function releaseGate(facts: Facts, missing: string, remediation: string, evidence: Evidence[] = []): Outcome {
  const rs = releaseState(facts);
  if (rs.state === 'released') return fail([...evidence, { kind: 'note', detail: missing }, rs.evidence], remediation);
  if (rs.state === 'none') return notApplicable(`the project has not made a release, so this is not yet required (${missing})`, [...evidence, rs.evidence]);
  return unknown(`${missing}; ${rs.reason}, and this is required only once the project has released`, remediation, evidence);
}

/**
 * The common decision for a documentation requirement: a Security Insights link that contradicts
 * the tree fails; a document section passes; a confirmed in-repo declaration passes; a declaration
 * elsewhere is attested; otherwise `missing()` decides (release gate, or a plain fail).
 */
export function decideDocs(
  found: Evidence[],
  si: SiDocs,
  fixField: string,
  missing: (extra: Evidence[]) => Outcome,
): Outcome {
  if (si.broken.length > 0)
    return fail(capEvidence([...si.broken, ...found, ...si.confirmed]), `Fix ${fixField} in the Security Insights file: point it at a document that exists in the repository (or remove the field).`);
  if (found.length > 0 || si.confirmed.length > 0) return pass(capEvidence([...found, ...si.confirmed]));
  if (si.declared.length > 0) return attested(capEvidence(si.declared));
  if (si.unknownReason) {
    const m = missing([]);
    if (m.status === 'not-applicable') return m;
    return unknown(`no document in the repository, and the project-level Security Insights fields could not be read: ${si.unknownReason}`, m.remediation, m.evidence.filter((e) => e.kind !== 'note'));
  }
  return missing([]);
}

// OSPS-DO-01.01: user guides ------------------------------------------------------------------

const USER_GUIDE_HEADING = /\b(usage|using|use it|how to use|getting started|get started|quick ?start|tutorials?|user(?:'s)? (guide|manual|documentation)|guides?|examples?|walkthrough|first steps|basic use)\b/i;
const USER_GUIDE_NOT = /\b(contribut|develop|hacking|build(ing)? from|internal|release process|maintainer)/i;
const USER_GUIDE_DOC = /(^|\/)(guides?|usage|getting[-_ ]?started|quick[-_ ]?start|tutorials?|user[-_ ]?(guide|manual)|manual|how[-_ ]?to|intro(duction)?|overview|index|readme|install(ation)?|configur(e|ation))[^/]*\.(md|markdown|mdx)$/i;
const DOCS_LINK_TEXT = /^(the )?(full |online |user |project )?(documentation|docs|user guide|user manual|manual|getting started( guide)?|quick ?start( guide)?|tutorials?)$/i;

/** Guides are mostly commands in code blocks, which the outline does not count: a sentence of prose suffices. */
const GUIDE_MIN_CHARS = 30;

function userGuideSection(doc: DocumentInfo): Heading | undefined {
  return sectionIn(doc, headingIs(USER_GUIDE_HEADING, USER_GUIDE_NOT), GUIDE_MIN_CHARS);
}

export const do0101: Rule = {
  id: 'OSPS-DO-01.01',
  evaluate(facts: Facts): Outcome {
    const found: Evidence[] = [];
    const section = findSectionWhere(facts, ['readme', 'docs'], headingIs(USER_GUIDE_HEADING, USER_GUIDE_NOT), GUIDE_MIN_CHARS);
    if (section) found.push(sectionEvidence(section, 'user guide'));
    const guides = documentsOf(facts.documents, 'docs').filter((d) => USER_GUIDE_DOC.test(d.path) && substantive(d, 200));
    for (const g of guides.slice(0, 3)) found.push(fileEvidence(g.path, 'user documentation in the docs folder', 1));
    const si = siDocs(facts, ['project.documentation.quickstart-guide', 'project.documentation.detailed-guide'], 'user guide', userGuideSection);
    const outcome = decideDocs(found, si, 'project.documentation.detailed-guide', () => {
      // A README that sends readers to documentation elsewhere: declared, not observed.
      const external: Evidence[] = [];
      for (const doc of documentsOf(facts.documents, 'readme')) {
        for (const l of doc.outline?.links ?? []) {
          if (/^https?:\/\//i.test(l.target) && DOCS_LINK_TEXT.test(l.text.trim())) external.push(fileEvidence(doc.path, `links to documentation elsewhere: ${l.target}`, l.line, l.column));
          if (external.length >= 3) break;
        }
      }
      if (external.length > 0) return attested(external, 'Add a "Usage" or "Getting started" section to the README (or docs/), or link the guide from project.documentation.detailed-guide in security-insights.yml.');
      return releaseGate(
        facts,
        'no user guide found: no "Usage", "Getting started" or "Quick start" section with text in the README or docs/, and no guide under docs/',
        'Add a "Getting started" / "Usage" section to README.md (or a guide under docs/) explaining how to install, configure and use the basic functionality, and link it from project.documentation.quickstart-guide in security-insights.yml.',
      );
    });
    return outcome;
  },
};

// OSPS-DO-03.01 / 03.02: verifying releases and who made them -----------------------------------

/**
 * How a heading is judged to be about verifying releases. `tech` names a verification technology
 * outright; `generic` words (signatures, keys, ...) count only next to a signing, verifying or
 * release word ("Release signing keys", "Verifying signatures"), so "Function signatures" or
 * "Verify TLS certificates" do not.
 */
interface VerifyWords {
  tech: RegExp;
  generic: RegExp;
  /** Accept "Verify the release/download" headings without naming the technology. */
  releaseObjectSuffices: boolean;
  /** A command in a section's code that verifies releases in this sense. */
  command: RegExp;
}

/** Commands that check a signature or provenance, and so who made the release. */
const SIGNATURE_COMMAND =
  /\bcosign\s+verify(?:-blob|-attestation|-blob-attestation)?\b|\bgpg2?\s[^|;&]{0,200}?--verify\b|\bgpgv\b|\bslsa-verifier\b|\bgh\s+attestation\s+verify\b|\bminisign\s+(?:-\w+\s+)*-V\b|\bsignify(?:-openbsd)?\s+(?:-\w+\s+)*-[VC]\b|\bnotation\s+verify\b|\bsigstore\s+verify\b|\bopenssl\s+dgst\b[^|;]*-verify\b/i;
/** Commands that check a checksum: integrity, not identity. */
const CHECKSUM_COMMAND = /\b(?:sha(?:1|224|256|384|512)sum|shasum|b2sum|md5sum)\s+(?:-\S+\s+)*(?:-c|--check)\b|\bcertutil\s+-hashfile\b|\bGet-FileHash\b/i;

const INTEGRITY: VerifyWords = {
  tech: /\b(cosign|sigstore|slsa|rekor|gpg|pgp|gnupg|minisign|signify|provenance|attestations?|in-toto|checksums?|sha-?(256|512)(sums?)?)\b/i,
  generic: /\b(signatures?|signing|signed|integrity|authenticity)\b/i,
  releaseObjectSuffices: true,
  command: new RegExp(`${SIGNATURE_COMMAND.source}|${CHECKSUM_COMMAND.source}`, 'i'),
};
const IDENTITY: VerifyWords = {
  tech: /\b(cosign|sigstore|slsa|rekor|gpg|pgp|gnupg|minisign|signify|provenance|attestations?|in-toto|signers?|key ids?|fingerprints?)\b/i,
  generic: /\b(signatures?|signing|signed|identity|identities|keys?|certificates?|issuer|oidc)\b/i,
  releaseObjectSuffices: false,
  command: SIGNATURE_COMMAND,
};
const SIGNING_WORD = /\b(signatures?|signing|signed|signers?)\b/i;
const VERIFY_WORD = /\b(verif(y|ying|ication|ied)|validat(e|ing|ion)|authenticat(e|ing))\b/i;
/** Prose saying the release can be verified: "verify the integrity of the release binaries". */
const VERIFY_RELEASE_PROSE = /\bverif(y|ying|ication of)\b[^.]{0,60}\b(integrity|authenticity|signatures?|provenance|origin)\b[^.]{0,60}\b(releases?|binar(y|ies)|downloads?|assets?|artifacts?)\b/i;
const RELEASE_OBJECT = /\b(releases?|artifacts?|downloads?|binar(y|ies)|images?|containers?|packages?|assets?|archives?|tarballs?|bundles?)\b/i;
/** Commit signing and sign-offs are about contributions; "verify the installation" is about the install working. */
const CONTRIBUTION_SIGNING = /\b(commits?|sign[- ]?offs?|dco|pull requests?|tags? signing)\b/i;
const INSTALL_CHECK = /\b(installation|install(ed)?|setup|set[- ]up|it works|works|configuration)\b/i;
const VERIFY_LINK = /sigstore|cosign|slsa|rekor|gnupg|gpg|pgp|minisign|signify|attestation|provenance|checksum|sha256|in-toto|notation|notary/i;

/** Status badges and images: a project's own name in a badge URL is not a link about verification. */
const BADGE_LINK = /\bbadges?\b|shields\.io|\.(svg|png|gif|jpe?g)(\?|#|$)/i;

function linkNames(doc: DocumentInfo, h: Heading, re: RegExp): boolean {
  return re.test(h.code) || sectionLinks(doc, h).some((l) => !BADGE_LINK.test(l.target) && (re.test(l.target) || re.test(l.text)));
}

/**
 * A section whose code runs a verification command, whatever its prose (often none: the section is
 * one code block). "Verify Installation" with `tool --version` runs none, so it does not count.
 */
function verificationCode(doc: DocumentInfo, w: VerifyWords, projectName: RegExp | null = null): { heading: Heading; command: string } | undefined {
  if (isCommandReference(doc)) return undefined;
  const hs = doc.outline?.headings ?? [];
  const n = Math.min(hs.length, MAX_HEADINGS_PER_DOC);
  for (let i = 0; i < n; i++) {
    const h = hs[i];
    if (!h.code || CONTRIBUTION_SIGNING.test(h.text)) continue;
    const m = w.command.exec(h.code);
    if (!m) continue;
    // A signing tool's own command in a usage section ("Verify a container": `cosign verify`)
    // teaches readers to verify their artifacts, not the project's releases.
    // Its heading must then say it is about the project's releases ("Verifying cosign releases").
    const ownTool = projectName !== null && new RegExp(projectName.source, 'i').test(m[0]);
    if (ownTool && !OWN_RELEASE.test(h.text)) continue;
    if (underUsage(doc, h) && !OWN_RELEASE.test(h.text) && !OWN_RELEASE.test(h.body)) continue;
    return { heading: h, command: m[0].replace(/\s+/g, ' ').slice(0, 60) };
  }
  return undefined;
}

/** Per outline: each heading's parent (the nearest earlier heading of a higher level). Computed once. */
const PARENTS = new WeakMap<object, Map<Heading, Heading>>();

function parentOf(doc: DocumentInfo, h: Heading): Heading | undefined {
  const o = doc.outline;
  if (!o) return undefined;
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
  return parents.get(h);
}

/** Sections that teach the tool's use: a signing tool's "Quick start › Verify a container" is about the reader's images, not the project's releases. */
const USAGE_PARENT = /^(quick ?start|usage|detailed usage|basic usage|examples?|tutorials?|how to use|getting started|user guide|working with .*|features|future ideas|roadmap|faq|frequently asked questions|caveats)$/i;
/** Words that tie a section to the project's own releases. */
const OWN_RELEASE = /\b(releases?|released|downloads?|binar(y|ies)|release assets?)\b/i;

function underUsage(doc: DocumentInfo, h: Heading): boolean {
  for (let p = parentOf(doc, h), depth = 0; p && depth < 6; p = parentOf(doc, p), depth++) if (USAGE_PARENT.test(p.text.replace(/[^\w\s'-]/g, '').trim())) return true;
  return false;
}

/** The document's title: its first heading, at the highest level used. It names the project or the page, not a topic. */
function isTitle(doc: DocumentInfo, h: Heading): boolean {
  const hs = doc.outline?.headings ?? [];
  return hs[0] === h && hs.every((x) => x.level >= h.level);
}

/**
 * A generated command reference page (cobra, click, clap docs: "Synopsis", "Options", "SEE ALSO")
 * documents what a command does, e.g. a signing tool's own `verify` command; it is not a guide to
 * verifying the project's releases. Found on sigstore/cosign's doc/cosign_*.md pages.
 */
function isCommandReference(doc: DocumentInfo): boolean {
  const hs = doc.outline?.headings ?? [];
  let seeAlso = false;
  let options = false;
  for (let i = 0; i < hs.length && i < 200; i++) {
    const t = hs[i].text.trim();
    if (/^see also$/i.test(t)) seeAlso = true;
    else if (/^(options|flags|synopsis|usage|options inherited from parent commands)$/i.test(t)) options = true;
  }
  return seeAlso && options;
}

/** A heading about verifying releases; an ambiguous one ("Verification") needs a link in its section naming the technology. */
function verifiesReleases(w: VerifyWords, projectName: RegExp | null) {
  return (h: Heading, doc: DocumentInfo): boolean => {
    // In a signing tool's own documents ("cosign", "Expected cosign version behaviour") the project's
    // name is not the technology being used to verify its releases.
    const t = projectName ? h.text.replace(projectName, ' ').trim() : h.text;
    if (!t) return false;
    if (CONTRIBUTION_SIGNING.test(t)) return false;
    if (isCommandReference(doc)) return false;
    if (underUsage(doc, h) && !OWN_RELEASE.test(t)) return false;
    // A page title that only names things ("cosign download attestation", a command reference) is
    // not a section on verifying; a title that says verify or signing ("Verifying releases") is.
    if (isTitle(doc, h) && !VERIFY_WORD.test(t) && !SIGNING_WORD.test(t)) return false;
    if (w.tech.test(t)) {
      if (VERIFY_WORD.test(t) || SIGNING_WORD.test(t) || RELEASE_OBJECT.test(t) || w.generic.test(t.replace(w.tech, ''))) return true;
      // A heading that only names the technology ("cosign", "Attestation", "Checksums") is the
      // project's title in a signing tool's README or a field in a schema reference unless its
      // section speaks of verifying or of releases, or runs a verification command.
      if (isTitle(doc, h)) return false;
      return VERIFY_WORD.test(h.body) || RELEASE_OBJECT.test(h.body) || w.command.test(h.code);
    }
    if (INSTALL_CHECK.test(t)) return false;
    if (w.generic.test(t)) {
      const signing = SIGNING_WORD.test(t);
      if (signing && VERIFY_WORD.test(t)) return true; // "Verifying signatures"
      // "Release signing", "Image signing": about the project's own artifacts when the prose says
      // so ("releases are signed…", "verify with…"); "Why not use containers/image signing" in a
      // signing tool's FAQ is not.
      if (signing && RELEASE_OBJECT.test(t) && (OWN_RELEASE.test(t) || VERIFY_WORD.test(h.body) || OWN_RELEASE.test(h.body))) return true;
      if (signing && w === IDENTITY && w.generic.test(t.replace(SIGNING_WORD, ''))) return true; // "Signing keys"
      if (RELEASE_OBJECT.test(t)) return true; // "Release integrity", "Release keys"
      // "Signature specification" linking minisign describes a format; it teaches verifying only
      // when its heading or prose speaks of verifying, or of the project's releases.
      return (signing || VERIFY_WORD.test(t)) && linkNames(doc, h, VERIFY_LINK) && (VERIFY_WORD.test(t) || VERIFY_WORD.test(h.body) || OWN_RELEASE.test(h.body));
    }
    if (VERIFY_WORD.test(t) && RELEASE_OBJECT.test(t)) return w.releaseObjectSuffices || linkNames(doc, h, VERIFY_LINK);
    if (VERIFY_WORD.test(t)) return linkNames(doc, h, VERIFY_LINK);
    // "Bundle files in GitHub Release Assets": a section about the release assets whose prose says
    // they are there to verify the release and links the instructions (sigstore/cosign's README).
    if (OWN_RELEASE.test(t) && VERIFY_RELEASE_PROSE.test(h.body) && (w !== IDENTITY || SIGNING_WORD.test(h.body) || w.tech.test(h.body))) return linkNames(doc, h, VERIFY_LINK) || linkNames(doc, h, /^https?:/);
    return false;
  };
}

const VERIFY_ROLES: DocumentRole[] = ['readme', 'docs', 'security', 'support', 'changelog', 'contributing'];

/** The repository's name as a word ("cosign" for sigstore/cosign), when it is one of the verification technologies' names. */
function projectNamePattern(facts: Facts): RegExp | null {
  const name = facts.context.repository?.split('/')[1]?.toLowerCase();
  if (!name || !/^[a-z0-9][a-z0-9_.-]*$/.test(name) || !VERIFY_LINK.test(name)) return null;
  return new RegExp(`\\b${name.replace(/[.]/g, '\\.')}\\b`, 'gi');
}

function verificationRule(id: string, words: VerifyWords, what: string, missing: string, remediation: string): Rule {
  return {
    id,
    evaluate(facts: Facts): Outcome {
      const test = verifiesReleases(words, projectNamePattern(facts));
      const found: Evidence[] = [];
      const section = findSectionWhere(facts, VERIFY_ROLES, test, 30);
      if (section) {
        found.push(sectionEvidence(section, what));
        const links = sectionLinks(section.doc, section.heading)
          .filter((l) => (VERIFY_LINK.test(l.target) || VERIFY_LINK.test(l.text)) && !BADGE_LINK.test(l.target))
          .slice(0, 3);
        for (const l of links) found.push(fileEvidence(section.doc.path, `links to ${l.target}`, l.line, l.column));
      } else {
        // A changelog's examples show new features, not how to verify a release.
        outer: for (const role of VERIFY_ROLES.filter((r) => r !== 'changelog'))
          for (const doc of documentsOf(facts.documents, role)) {
            const code = verificationCode(doc, words, projectNamePattern(facts));
            if (code) {
              found.push(fileEvidence(doc.path, `${what}: section "${code.heading.text}" gives the command \`${code.command}\``, code.heading.line));
              break outer;
            }
          }
      }
      const si = siDocs(facts, ['project.documentation.signature-verification'], what, (doc) => sectionIn(doc, test, 30) ?? verificationCode(doc, words, projectNamePattern(facts))?.heading);
      return decideDocs(found, si, 'project.documentation.signature-verification', () => releaseGate(facts, missing, remediation));
    },
  };
}

export const do0301 = verificationRule(
  'OSPS-DO-03.01',
  INTEGRITY,
  'instructions to verify the integrity and authenticity of release assets',
  'no instructions to verify release assets: no section on verifying signatures, checksums or provenance in the README, docs/ or SECURITY.md (a section on checking that an installation works does not count)',
  'Add a "Verifying releases" section (README.md or docs/) that names the technology (e.g. cosign, GPG, SLSA provenance, SHA256SUMS), gives the commands to run and the expected output, and link it from project.documentation.signature-verification in security-insights.yml.',
);

export const do0302 = verificationRule(
  'OSPS-DO-03.02',
  IDENTITY,
  'instructions to verify the identity of who made a release',
  'no instructions to verify who authored a release: no section on release signatures, signing keys, certificate identities or provenance (checksums alone do not identify the author)',
  'Document the expected signer: the GPG key ID/fingerprint, or the Sigstore certificate identity and OIDC issuer (e.g. cosign verify-blob --certificate-identity ... --certificate-oidc-issuer ...), or the builder identity in SLSA provenance; link it from project.documentation.signature-verification.',
);

// OSPS-DO-04.01 / 05.01: support scope and duration, end of security updates -------------------

const SUPPORT_HEADING = /\b(support(ed)? (policy|lifecycle|life ?cycle|period|duration|window|scope|timeline|matrix|schedule|versions?|releases?|status)|(release|version|maintenance|long[- ]term) (support|lifecycle|life ?cycle|policy|policies)|end[- ]of[- ](life|support)|\beol\b|\blts\b|versioning and support|maintained versions|deprecation policy)\b/i;
const SECURITY_UPDATES_HEADING = /\b(supported versions|supported releases|security (updates|support|fixes|patches|releases)|end[- ]of[- ](life|support)|\beol\b|support (policy|lifecycle|life ?cycle|period|duration|window|timeline|matrix|schedule)|(release|version|maintenance) (support|lifecycle|policy)|long[- ]term support|\blts\b|maintained versions)\b/i;
const SUPPORT_ROLES: DocumentRole[] = ['support', 'security', 'readme', 'docs', 'governance', 'changelog'];

function supportRule(id: string, heading: RegExp, what: string, missing: string, remediation: string): Rule {
  const about = headingIs(heading, /\b(getting support|get support|how to get|contact|commercial support)\b/i);
  // GitHub's SECURITY.md template has a "Supported Versions" section with made-up versions (5.1.x,
  // 5.0.x, 4.0.x): committed unfilled, it states nothing about this project.
  const test = (h: Heading) => about(h) && !isTemplateSection(h);
  return {
    id,
    evaluate(facts: Facts): Outcome {
      const found: Evidence[] = [];
      const section = findSectionWhere(facts, SUPPORT_ROLES, test, 40);
      if (section) found.push(sectionEvidence(section, what));
      const si = siDocs(facts, ['project.documentation.support-policy'], what, (doc) => sectionIn(doc, test, 40));
      if (found.length === 0 && si.confirmed.length === 0 && si.broken.length === 0) {
        const template = findSectionWhere(facts, SUPPORT_ROLES, (h) => about(h) && isTemplateSection(h), 1);
        if (template)
          return fail(
            capEvidence([sectionEvidence(template, 'template text not filled in: GitHub\'s SECURITY.md template ("Use this section to tell people about which versions…", versions 5.1.x / 5.0.x / 4.0.x)'), ...si.declared]),
            `Replace the template text in ${template.doc.path}: list the versions of this project that receive security updates and say until when (or remove the section). ${remediation}`,
          );
      }
      return decideDocs(found, si, 'project.documentation.support-policy', () => releaseGate(facts, missing, remediation));
    },
  };
}

export const do0401 = supportRule(
  'OSPS-DO-04.01',
  SUPPORT_HEADING,
  'scope and duration of support',
  'no statement of support scope and duration: no "Support policy", "Supported versions" or lifecycle section in SUPPORT.md, SECURITY.md, the README or docs/',
  'Add a "Support policy" section (SUPPORT.md or SECURITY.md) saying which releases are supported, for how long, and what support they get (bug fixes, security updates); link it from project.documentation.support-policy in security-insights.yml.',
);

export const do0501 = supportRule(
  'OSPS-DO-05.01',
  SECURITY_UPDATES_HEADING,
  'when versions stop receiving security updates',
  'no statement of when releases stop receiving security updates: no "Supported versions" or end-of-life section in SECURITY.md, SUPPORT.md, the README or docs/',
  'Add a "Supported versions" section to SECURITY.md stating which versions receive security updates and when a version stops receiving them (e.g. "the latest minor release; older releases get no fixes once a new minor is out"); link it from project.documentation.support-policy.',
);

// OSPS-DO-06.01: how dependencies are selected, obtained and tracked -----------------------------

const DEPENDENCY_HEADING = /\bdependenc(y|ies)\b.*\b(manag\w*|polic\w*|select\w*|choos\w*|track\w*|updat\w*|upgrad\w*|adding|vendor\w*|pin\w*|review\w*|approv\w*|lifecycle|hygiene|introduc\w*|bump\w*|renovate|dependabot)|\b(manag\w*|select\w*|choos\w*|track\w*|updat\w*|upgrad\w*|add|adding|vendor\w*|pin\w*|review\w*|introduc\w*|bump\w*)\b.*\bdependenc(y|ies)\b|^(third[- ]party|external) (code|libraries|dependencies)$/i;
/** A bare "Dependencies" heading usually lists prerequisites; it counts only in contributor and security documents. */
const BARE_DEPENDENCIES = /^dependencies$/i;
const DEPENDENCY_DOC = /(^|\/)dependenc(y|ies)([-_ ]?(management|policy|policies|guide))?\.(md|markdown|mdx)$/i;

function dependencySection(doc: DocumentInfo): Heading | undefined {
  return sectionIn(doc, headingIs(DEPENDENCY_HEADING), 80);
}

export const do0601: Rule = {
  id: 'OSPS-DO-06.01',
  evaluate(facts: Facts): Outcome {
    const found: Evidence[] = [];
    const section =
      findSectionWhere(facts, ['contributing', 'security', 'docs', 'governance', 'readme'], headingIs(DEPENDENCY_HEADING), 80) ??
      findSectionWhere(facts, ['contributing', 'security', 'governance'], headingIs(BARE_DEPENDENCIES), 80);
    if (section) found.push(sectionEvidence(section, 'how dependencies are managed'));
    const docs = documentsOf(facts.documents, 'docs').filter((d) => DEPENDENCY_DOC.test(d.path) && substantive(d, 120));
    for (const d of docs.slice(0, 2)) found.push(fileEvidence(d.path, 'dependency management document', 1));
    const si = siDocs(facts, ['repository.documentation.dependency-management-policy'], 'dependency management policy', dependencySection);
    return decideDocs(found, si, 'repository.documentation.dependency-management-policy', () =>
      releaseGate(
        facts,
        'no description of how dependencies are selected, obtained and tracked: no "Dependency management" / "Adding dependencies" section in CONTRIBUTING, SECURITY or docs/',
        'Add a "Dependency management" section (CONTRIBUTING.md or docs/dependencies.md) saying how new dependencies are chosen and reviewed, where they are fetched from (lock files, registries), and how they are tracked and updated (e.g. Dependabot); link it from repository.documentation.dependency-management-policy in security-insights.yml.',
      ),
    );
  },
};

// OSPS-DO-07.01: how to build the software ------------------------------------------------------

const BUILD_HEADING = /\b(build(ing)?|compil(e|ing|ation)|from source|development (setup|environment|steps|instructions)|developer (setup|guide)|dev(elopment)? env(ironment)?|set(ting)?[- ]?up (the |a |your )?(development|dev|local)|local development|hacking|running locally|make targets)\b/i;
/**
 * Headings that can only mean building the software. Searched first, everywhere: in docs/ a bare
 * "Compiling" or "Build" heading is as often about the product's own features ("Compiling and
 * caching" expressions, "Build your first policy"), so the weaker words count only in CONTRIBUTING
 * and the README.
 */
const BUILD_STRONG = /\b(build(ing)? (it |the \w+ )?from source|from source|build(ing)? (instructions|locally|the (project|code|binar(y|ies)|software))|how to build|^building( \S+)?$|^build$|development (setup|environment|steps|instructions)|developer (setup|guide)|dev(elopment)? env(ironment)?|set(ting)?[- ]?up (the |a |your )?(development|dev|local)|local development)\b/i;
/** Commands that build the software, in a section's code. */
const BUILD_COMMAND = /\bmake(?:\s+(?:build|all|install|compile|release|binary|dist))?\b|\bgo\s+(?:build|install)\b|\bcargo\s+build\b|\b(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?build\b|\b(?:mvn|mvnw|gradle|gradlew)\b[^\n]*\b(?:package|install|build|assemble)\b|\bpython3?\s+-m\s+build\b|\bpip3?\s+install\s+(?:-e|--editable)\b|\bcmake\b|\b(?:bazel|bazelisk)\s+build\b|\bdotnet\s+build\b|\bdocker\s+build\b/i;
const BUILD_NOT = /\b(build status|badges?|ci status|built with|built on|build system status)\b/i;
const BUILD_DOC = /(^|\/)(build(ing)?|compil(e|ing)|development|develop(er)?[-_ ]?guide|hacking|dev[-_ ]?setup|from[-_ ]?source)[^/]*\.(md|markdown|mdx)$/i;

export const do0701: Rule = {
  id: 'OSPS-DO-07.01',
  evaluate(facts: Facts): Outcome {
    const section =
      findSectionWhere(facts, ['contributing', 'readme', 'docs'], headingIs(BUILD_STRONG, BUILD_NOT), GUIDE_MIN_CHARS) ??
      findSectionWhere(facts, ['contributing', 'readme'], headingIs(BUILD_HEADING, BUILD_NOT), GUIDE_MIN_CHARS) ??
      findSectionWhere(facts, ['contributing', 'readme', 'docs'], headingIs(/^(development|developing|developer guide|hacking)$/i), GUIDE_MIN_CHARS) ??
      // In a contribution guide, "Setting up" is the development environment.
      findSectionWhere(facts, ['contributing'], headingIs(/^(setting up|set ?up|getting set up|setup|prerequisites|getting started)$/i), GUIDE_MIN_CHARS);
    if (section) return pass([sectionEvidence(section, 'build instructions')]);
    // "Build from source" that is only a code block (git clone, make build): the commands are the instructions.
    const coded = findSectionWhere(facts, ['contributing', 'readme', 'docs'], (h) => BUILD_STRONG.test(h.text) && !BUILD_NOT.test(h.text) && BUILD_COMMAND.test(h.code), 0);
    if (coded) {
      const cmd = BUILD_COMMAND.exec(coded.heading.code)?.[0] ?? '';
      return pass([fileEvidence(coded.doc.path, `build instructions: section "${coded.heading.text}" gives the command \`${cmd}\``, coded.heading.line)]);
    }
    const doc = documentsOf(facts.documents, 'docs').find((d) => BUILD_DOC.test(d.path) && substantive(d, 120));
    if (doc) return pass([fileEvidence(doc.path, 'build / development guide', 1)]);
    const named = facts.files.find((f) => /^(BUILDING|BUILD|DEVELOPMENT|HACKING|INSTALL)(\.(md|markdown|rst|txt|adoc))?$/i.test(f.path) && f.kind === 'file');
    if (named)
      return unknown(
        `${named.path} exists, but this check does not outline files of that name, so whether it gives build instructions was not observed`,
        'Move the build instructions into a "Building from source" section of CONTRIBUTING.md or docs/building.md, where they are read.',
        [fileEvidence(named.path, 'a file whose name suggests build instructions', 1)],
      );
    const evidence: Evidence[] = [{ kind: 'note', detail: 'no "Building", "Build from source" or "Development setup" section with text in CONTRIBUTING, the README or docs/' }];
    return fail(evidence, 'Add a "Building from source" section to CONTRIBUTING.md (or docs/building.md) listing the required toolchain, SDKs and libraries with versions, and the commands that build and test the software.');
  },
};

export const DO_RULES: readonly Rule[] = [do0101, do0301, do0302, do0401, do0501, do0601, do0701];
