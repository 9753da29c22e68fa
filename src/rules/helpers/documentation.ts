// The common decision for documentation requirements. Security Insights fields that point at
// documentation are checked against the tree: a link to a missing file, or a field that says
// "none", contradicts it and fails; a linked document with a section on the topic confirms it; a
// URL elsewhere is a declaration no machine here can check, so attested.
import { type DocumentInfo, type DocumentRole, documentOf, documentsOf } from '../../facts/documents.ts';
import type { Heading, Link } from '../../facts/markdown.ts';
import type { Facts } from '../../facts/types.ts';
import type { Evidence } from '../../model/evidence.ts';
import { attested, fail, type Outcome, pass, unknown } from '../types.ts';
import { capEvidence, fileEvidence } from './evidence.ts';
import { declaration } from './insights.ts';
import { DEFAULT_CONTRIBUTING, DEFAULT_GOVERNANCE, orgDefaults, orgDefaultsUnread } from './org-defaults.ts';
import { sectionElsewhere } from './elsewhere.ts';
import { intoThisRepository } from './repository.ts';
import { findProjectSection } from './sections.ts';

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

/** Words of a link (its text or target) that name the subject a delegating document hands over. */
const SUBJECT_WORDS: Partial<Record<DocumentRole, RegExp>> = {
  governance: /govern|charter|community/i,
  contributing: /contribut|develop/i,
};

/**
 * A Contributor License Agreement to sign (okio's "[Individual Contributor License Agreement (CLA)]" to a form,
 * https://cla.developers.google.com/): a contributor's "contribut" or a host's "develop", but an agreement, not the guide.
 */
const LICENSE_AGREEMENT = /\blicen[cs]e agreements?\b|\bclas?\b/i;

/** A code of conduct (composer's "released with a [Contributor Code of Conduct](…/CODE_OF_CONDUCT.md)"): how to behave, not how to contribute. */
const CODE_OF_CONDUCT = /\bcode[\s_-]of[\s_-]conduct\b/i;

/**
 * The document a longer page's opening may hand over: GOVERNANCE or CONTRIBUTING itself, not another
 * page of the role (allstar's contributor-ladder.md opens with the ladder it follows, which is no
 * contribution guide).
 */
const CANONICAL_NAME: Record<'governance' | 'contributing', RegExp> = {
  governance: /^governance(?:\.[a-z]+)?$/i,
  contributing: /^contributing(?:\.[a-z]+)?$/i,
};

/** Characters of prose under which a document (or a longer one's opening) only points elsewhere: a sentence or two. */
export const POINTER_PROSE = 400;

/** In the README, where links go everywhere, a link's text must name the document itself ("Project governance", "Contributing guidelines"). */
const README_SUBJECT_WORDS: Record<'governance' | 'contributing', RegExp> = {
  // notation's README: "[Governance for Notary Project](https://github.com/notaryproject/.github/blob/master/GOVERNANCE.md)".
  governance: /^(?:the |our |project |community )*(?:governance|charter)(?: document| model| policy| file)?(?: (?:for|of) (?:the )?[\w.-]+(?: [\w.-]+){0,3})?(?:\.md|\.rst)?$/i,
  // jinja's README: "See our [detailed contributing documentation](https://palletsprojects.com/contributing/)".
  contributing: /^(?:the |our |detailed |full |complete )*(?:contributing|contribution|contributor)(?: guide| guidelines| policy| file| documentation| docs)?(?:\.md|\.rst)?$/i,
};

/**
 * A project document that hands its whole subject to a page outside the repository: a
 * GOVERNANCE.md or CONTRIBUTING.md of a few lines whose link leads to the organization's community
 * repository or the website ("Please refer to the cert-manager organisation governance file"), or
 * a longer one whose few opening lines do so (delegatingIntro); or,
 * where the repository has no such document, a README link that names it (containerd's "[Project
 * governance](https://github.com/containerd/project/blob/main/GOVERNANCE.md)") or, for the contribution guide, a
 * "Contributing" section of the README or docs/ that only hands over (contributingSectionElsewhere). That page is not
 * read here: the link is the project's word, for a person to confirm, not an observation. Links into
 * this repository are followed as documents (doc-links.ts), not here.
 */
function keptElsewhere(facts: Facts, role: 'governance' | 'contributing', what: string): Evidence[] {
  const words = SUBJECT_WORDS[role] as RegExp;
  const out: Evidence[] = [];
  for (const doc of documentsOf(facts.documents, role)) {
    const o = doc.outline;
    if (!o) continue;
    const short = o.proseChars < POINTER_PROSE && o.headings.length <= 3;
    const intro = short || !CANONICAL_NAME[role].test(doc.path.slice(doc.path.lastIndexOf('/') + 1)) ? undefined : delegatingIntro(doc);
    const before = out.length;
    for (const l of short || intro ? o.links : []) {
      if (l.image || !/^https:\/\//i.test(l.target) || intoThisRepository(facts, l.target)) continue;
      if (intro && (l.line < intro.from || l.line >= intro.to || (!words.test(l.text) && !words.test(lastSegment(l.target))))) continue;
      if (!words.test(l.text) && !words.test(l.target)) continue;
      if (LICENSE_AGREEMENT.test(l.text) || LICENSE_AGREEMENT.test(l.target) || CODE_OF_CONDUCT.test(l.text) || CODE_OF_CONDUCT.test(l.target)) continue;
      out.push(fileEvidence(doc.path, `the ${what} is kept outside this repository; links to ${l.target.slice(0, 200)}`, l.line, l.column));
      if (out.length >= 2) return out;
    }
    // A longer document whose opening hands nothing over may still hand its subject over in a section of its own.
    const handed = short || out.length > before ? undefined : handedOverSection(facts, doc, role, words);
    if (handed) out.push(fileEvidence(doc.path, `the ${what} is kept outside this repository; links to ${handed.link.target.slice(0, 200)} (section "${handed.heading.text}")`, handed.link.line, handed.link.column));
    if (out.length >= 2) return out;
  }
  if (documentsOf(facts.documents, role).length === 0) out.push(...readmeLinksElsewhere(facts, README_SUBJECT_WORDS[role], what));
  if (out.length === 0 && role === 'governance' && documentsOf(facts.documents, role).length === 0) out.push(...maintainersLinkGovernance(facts, what));
  if (out.length === 0 && role === 'governance' && documentsOf(facts.documents, role).length === 0) out.push(...governanceSectionElsewhere(facts, what));
  if (out.length === 0 && role === 'contributing' && documentsOf(facts.documents, role).length === 0) out.push(...contributingSectionElsewhere(facts, what));
  return out;
}

/**
 * The headings of a section that is the whole subject of the role ("Contributing", "Developing", "Governance"), not a part of it
 * (guac's CONTRIBUTING "Contributor ladder", which links the ladder on the website, not the guide).
 */
const HANDED_OVER_HEADING: Record<'governance' | 'contributing', RegExp> = {
  contributing: /^(?:how to )?(?:contribut(?:e|ing|ions?)|develop(?:ing|ment)?)(?: (?:code|guide|guidelines|process|to [\w.-]+))?$/i,
  governance: /^(?:project |community )?governance(?: model)?$/i,
};

/**
 * A section of a longer document of the role, named for its subject, that only hands it to a page elsewhere whose link names
 * it: typer's docs/contributing.md "Developing", "To contribute code to the project, please follow the guidelines in
 * [tiangolo.com - Contributing](…)", beside a long section on trying shell completion in a container. The rest of the
 * document does not make the linked page part of the repository: the guide is kept there, as a short document's would be.
 */
function handedOverSection(facts: Facts, doc: DocumentInfo, role: 'governance' | 'contributing', words: RegExp): { heading: Heading; link: Link } | undefined {
  for (const h of doc.outline?.headings ?? []) {
    if (!HANDED_OVER_HEADING[role].test(h.text.trim())) continue;
    const link = sectionElsewhere(facts, doc, h);
    if (link && (words.test(link.text) || words.test(link.target)) && !LICENSE_AGREEMENT.test(link.text) && !LICENSE_AGREEMENT.test(link.target)) return { heading: h, link };
  }
  return undefined;
}

/**
 * Without a governance document of its own, a link of the member list that names the governance: chainsaw's
 * MAINTAINERS.md, "Please refer to the [Project Governance](https://kyverno.io/community/#project-governance) for more
 * information on the responsibilities and privileges of a maintainer".
 */
function maintainersLinkGovernance(facts: Facts, what: string): Evidence[] {
  for (const doc of documentsOf(facts.documents, 'maintainers')) {
    const l = (doc.outline?.links ?? []).find((x) => !x.image && /^https:\/\//i.test(x.target) && !intoThisRepository(facts, x.target) && README_SUBJECT_WORDS.governance.test(x.text.trim()));
    if (l) return [fileEvidence(doc.path, `the ${what} is kept outside this repository; ${doc.path} links to ${l.target.slice(0, 200)}`, l.line, l.column)];
  }
  return [];
}

/** A section named for the governance ("Project governance", "Governance & Policies"), not one on a part of it. */
const GOVERNANCE_SECTION = /^(?:the )?(?:project |community )?governance(?:$|\s*(?:&|and)\s*polic(?:y|ies)$)/i;

/**
 * Without a governance document of its own, a "Governance" section of the README or the contribution guide that only hands
 * the governance to a page elsewhere whose link names it: keda's CONTRIBUTING.md "Project governance", "You can learn about
 * the governance of KEDA [here](https://github.com/kedacore/governance)", the link's text naming nothing.
 */
function governanceSectionElsewhere(facts: Facts, what: string): Evidence[] {
  const words = SUBJECT_WORDS.governance as RegExp;
  const names = (l: Link) => (words.test(l.text) || words.test(l.target)) && !LICENSE_AGREEMENT.test(l.text) && !LICENSE_AGREEMENT.test(l.target);
  const link = (doc: DocumentInfo, h: Heading) => {
    const l = GOVERNANCE_SECTION.test(h.text.trim()) ? sectionElsewhere(facts, doc, h) : undefined;
    return l && names(l) ? l : undefined;
  };
  const hit = findProjectSection(facts, ['contributing', 'readme'], (h, doc) => link(doc, h) !== undefined, 0);
  const l = hit && link(hit.doc, hit.heading);
  return hit && l ? [fileEvidence(hit.doc.path, `the ${what} is kept outside this repository; links to ${l.target.slice(0, 200)} (section "${hit.heading.text}")`, l.line, l.column)] : [];
}

/** A section on contributing; not "Top Contributors", a list of people. */
const CONTRIBUTING_HEADING = /\bcontribut(?:e|ing|ions?)\b|\bcontributor\S{0,2} guide/i;

/**
 * Without a CONTRIBUTING of its own, a "Contributing" section of the README or a docs/ page that only hands the
 * process to a page elsewhere, as GV-03.01 reads it: fastapi's docs/en/docs/contributing.md, "To contribute code to
 * the project, please follow the guidelines in [tiangolo.com - Contributing](…)".
 */
function contributingSectionElsewhere(facts: Facts, what: string): Evidence[] {
  const hit = findProjectSection(facts, ['readme', 'docs'], (h, doc) => CONTRIBUTING_HEADING.test(h.text) && sectionElsewhere(facts, doc, h) !== undefined, 0);
  const l = hit && sectionElsewhere(facts, hit.doc, hit.heading);
  return hit && l ? [fileEvidence(hit.doc.path, `the ${what} is kept outside this repository; links to ${l.target.slice(0, 200)} (section "${hit.heading.text}")`, l.line, l.column)] : [];
}

/**
 * A section on the subject, found by `test`, that only hands it to a page out of this repository (guac's CONTRIBUTING
 * "Contributor ladder": "See the GUAC website for the [contributor ladder](https://guac.sh/contributing/#contributor-ladder)"):
 * it describes nothing itself, so it is the project's word on where the subject is, for a person to confirm, not a pass.
 * `subject` opens the evidence with its verb ("the build instructions are"); [] when no such section.
 */
export function sectionKeptElsewhere(facts: Facts, roles: DocumentRole[], test: (h: Heading, doc: DocumentInfo) => boolean, subject: string): Evidence[] {
  const hit = findProjectSection(facts, roles, (h, doc) => test(h, doc) && sectionElsewhere(facts, doc, h) !== undefined, 0);
  const l = hit && sectionElsewhere(facts, hit.doc, hit.heading);
  return hit && l ? [fileEvidence(hit.doc.path, `${subject} kept outside this repository: section "${hit.heading.text}" links ${l.target.slice(0, 200)}`, l.line, l.column)] : [];
}

/**
 * The last segment of a link's path, where a page's name is: the file (`…/GOVERNANCE.md`) or, on a website, the folder a
 * trailing slash closes (trust-manager's CONTRIBUTING opens "our full contributing guide on [our
 * website](https://cert-manager.io/docs/contributing/)"); without the query or fragment.
 */
function lastSegment(target: string): string {
  let end = target.length;
  for (const c of ['#', '?']) {
    const at = target.indexOf(c);
    if (at >= 0 && at < end) end = at;
  }
  while (end > 0 && target.charAt(end - 1) === '/') end--;
  return target.slice(target.lastIndexOf('/', end - 1) + 1, end);
}

/**
 * The opening of a longer document, before its first section, when it is a few lines: in-toto's
 * GOVERNANCE.md opens "in-toto's [governance](…/community/…/GOVERNANCE.md) and code of conduct are
 * described in the in-toto/community repository", then has a section on this repository's pull
 * requests. Only links there whose text or file name names the subject count.
 */
function delegatingIntro(doc: DocumentInfo): { from: number; to: number } | undefined {
  const hs = doc.outline?.headings ?? [];
  const first = hs[0];
  if (!first || first.level !== 1 || first.ownChars === 0 || first.ownChars >= POINTER_PROSE || hs.length < 2) return undefined;
  return { from: first.line, to: hs[1].line };
}

/** Links of the root README, out of this repository, whose text names a subject (`words`, or a test of the whole link): where the project keeps that document. */
export function readmeLinksElsewhere(facts: Facts, words: RegExp | ((l: Link) => boolean), what: string): Evidence[] {
  const out: Evidence[] = [];
  const names = typeof words === 'function' ? words : (l: Link) => words.test(l.text);
  const readme = documentsOf(facts.documents, 'readme').find((d) => !d.path.includes('/'));
  for (const l of readme?.outline?.links ?? []) {
    if (l.image || !/^https:\/\//i.test(l.target) || intoThisRepository(facts, l.target) || !names(l)) continue;
    out.push(fileEvidence(readme?.path ?? 'README.md', `the ${what} is kept outside this repository; the README links to ${l.target.slice(0, 200)}`, l.line, l.column));
    if (out.length >= 2) break;
  }
  return out;
}

/**
 * What a documentation rule concludes when the repository says nothing on its subject: attested when
 * the document of `role` hands the subject to a page elsewhere (keptElsewhere: `check` says what a
 * person should confirm there), a fail with `note` otherwise.
 */
export function missingUnlessElsewhere(facts: Facts, role: 'governance' | 'contributing', what: string, check: string, note: string, remediation: string): Outcome {
  const elsewhere = keptElsewhere(facts, role, what);
  if (elsewhere.length > 0) return attested(elsewhere, `${check}, or: ${remediation}`);
  return fail([{ kind: 'note', detail: note }], remediation);
}

/**
 * missingUnlessElsewhere for what a contribution guide states (`asks`: "states what contributions must
 * meet"), and, where the repository has no guide of its own, the owner's default CONTRIBUTING.md that
 * GitHub shows it (sigstore/.github's for fulcio), whose text is not read here: attested when the
 * owner has one, unknown when its .github repository was not read, as GV-03.01 decides; otherwise
 * the fail stands.
 */
export function missingUnlessGuideElsewhere(facts: Facts, asks: string, note: string, remediation: string): Outcome {
  return missingUnlessDefaultElsewhere(facts, 'contributing', asks, note, remediation);
}

/**
 * The owner's default file GitHub shows in place of a missing one: its name there, what it is called here, and whether
 * the verdict waits on the owner's .github repository when it was not read (a contribution guide, which most
 * organizations keep there; a default GOVERNANCE.md is rarer, and without the listing the fail stands).
 */
const DEFAULT_FILES: Record<'governance' | 'contributing', { file: RegExp; name: string; what: string; unreadIsUnknown: boolean }> = {
  contributing: { file: DEFAULT_CONTRIBUTING, name: 'CONTRIBUTING.md', what: 'contribution guide', unreadIsUnknown: true },
  governance: { file: DEFAULT_GOVERNANCE, name: 'GOVERNANCE.md', what: 'governance', unreadIsUnknown: false },
};

/**
 * missingUnlessElsewhere, and, where the repository has no document of `role` of its own, the owner's default one that
 * GitHub shows it (GOVERNANCE.md is one of GitHub's default community health files, as CONTRIBUTING.md is), whose text is
 * not read here: attested when the owner has one; for a contribution guide, unknown when its .github repository was not
 * read; otherwise the fail stands. `asks` says what the document should state ("describes each role and its responsibilities").
 */
export function missingUnlessDefaultElsewhere(facts: Facts, role: 'governance' | 'contributing', asks: string, note: string, remediation: string): Outcome {
  const d = DEFAULT_FILES[role];
  const label = role === 'governance' ? 'governance document' : d.what;
  const missing = missingUnlessElsewhere(facts, role, d.what, `Check that the ${label} it links ${asks}`, note, remediation);
  if (missing.status !== 'fail' || documentOf(facts.documents, role)) return missing;
  const inherited = orgDefaults(facts, d.file, label);
  if (inherited.length > 0) return attested([inherited[0].evidence], `Check that the organization's ${d.name} ${asks}, or: ${remediation}`);
  const unread = d.unreadIsUnknown ? orgDefaultsUnread(facts, d.name) : null;
  if (unread) return unknown(`no ${label} in the repository, and ${unread}`, `Run with a GitHub token (contents: read) so the owner's .github repository can be read, or: ${remediation}`, missing.evidence);
  return missing;
}
