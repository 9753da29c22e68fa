// Objective 6, CRA Readiness: voluntary readiness for the EU Cyber Resilience Act as the event's
// guide defines it, eight items plus the readiness document:
//   (1) a security and vulnerability management policy covering secure development practices,
//       risk handling, security contacts, reporting/fixing/coordinated disclosure, and the support
//       period with its end of life; (2) contributing guidance that links to the secure development
//       practices; (3) release documentation; (4) a bug-reporting guide distinct from security
//       reporting; (5) MFA enforced for contributors, stated by the project; (6) branch protection
//       or rulesets on the default branch; (7) a LICENSE or COPYING file, ideally OSI-approved;
//       (8) OSPS Baseline Level 1. The readiness document (CRA-READINESS.md), linked from the
//       README, carries a disclaimer that the maintainers take on no CRA obligations and give no
//       compliance assurance.
// Documents are read as outlines (headings with the size of their sections, links, and the start of
// each section's prose): a topic counts when a heading names it and its section has a body, or when
// a sentence of a section's prose states it ("We follow secure development practices: ...", "The
// maintainers take on no CRA obligations"). A sentence that denies it ("we have no threat model")
// does not count, and neither does GitHub's unfilled SECURITY.md template.
import { requirementsAt } from '../catalog/catalog.ts';
import { documentsOf, type DocumentInfo } from '../facts/documents.ts';
import { findSection, type Heading, type Link } from '../facts/markdown.ts';
import { repoPathCandidates } from '../facts/security-insights/checks.ts';
import type { Facts } from '../facts/types.ts';
import type { ControlResult } from '../model/control.ts';
import { declaration } from '../rules/helpers/insights.ts';
import { isTemplateSection, quoteSentence, statementInDoc } from '../rules/helpers/statements.ts';
import { mfaDenied, mfaStatement } from '../rules/helpers/mfa.ts';
import type { Evidence } from '../model/evidence.ts';
import { controlMap, satisfaction } from './helpers.ts';
import type { CheckAction, ObjectiveCheck, ObjectiveResult, ObjectiveStatus } from './types.ts';
import { normalizeRelative } from '../facts/assessment/paths.ts';

export interface CraEvaluation {
  result: ObjectiveResult;
  actions: CheckAction[];
}

/** The five points the policy must cover, each found by a heading with a body or a sentence of prose. */
export const POLICY_TOPICS: { id: string; name: string; heading: RegExp; prose: RegExp; suggest: string }[] = [
  {
    id: 'secure-development',
    name: 'secure development practices',
    heading: /secure[- ](software[- ])?(development|coding|design|by[- ]design|engineering)|security[- ](development )?practices|development[- ]practices|\bssdf\b|supply[- ]chain security|hardening/i,
    prose: /\bsecure[- ](?:software[- ])?(?:development|coding|design|engineering)\b|\bsecurity (?:development )?practices\b|\bssdf\b|\bsecure[- ]by[- ](?:design|default)\b|\b(?:all|every) (?:changes?|pull requests?|commits?|contributions?) (?:are|is|must be|get) (?:\w+ )?reviewed\b.*\b(?:codeql|sast|static analysis|fuzz\w*|dependency review|scorecard|signed|pinned)\b/i,
    suggest: 'Secure development practices',
  },
  {
    id: 'risk-handling',
    name: 'how project risks are handled',
    heading: /\brisks?\b|threat[- ]model|security[- ](self-)?assessment|incident[- ]response|security[- ]model/i,
    prose: /\bthreat[- ]model\w*|\brisk (?:assessments?|analysis|management|register|treatment)\b|\bsecurity (?:self-)?assessments?\b|\bincident[- ]response\b|\b(?:security )?risks? (?:are|is) (?:assessed|reviewed|tracked|handled|managed|triaged)\b/i,
    suggest: 'Handling security risks',
  },
  {
    id: 'contacts',
    name: 'security contact information',
    heading: /contact|security[- ]team|who to (contact|report)|security[- ](response )?(team|committee)|maintainers/i,
    prose: /\b(?:contact|reach|e-?mail|write to|notify)\b.{0,60}\b(?:security team|security contacts?|security response|maintainers)\b|\bsecurity (?:team|contacts?) (?:is|are|can be)\b/i,
    suggest: 'Security contacts',
  },
  {
    id: 'disclosure',
    name: 'reporting, fixing and coordinated disclosure of vulnerabilities',
    heading: /report|disclos|vulnerabilit(y|ies)[- ](handling|management|process|response)|embargo|advisor|security (fix|patch|release)|response process|triage/i,
    prose: /\bcoordinated (?:vulnerability )?disclosure\b|\bresponsible disclosure\b|\bembargo\w*|\breport (?:a |any |suspected )?(?:security )?(?:vulnerabilit\w*|issues?) (?:privately|to|via|through|by)\b|\bvulnerabilit(?:y|ies) (?:reports? )?(?:are|is) (?:handled|triaged|fixed|disclosed|assessed)\b/i,
    suggest: 'Reporting and coordinated disclosure',
  },
  {
    id: 'support-period',
    name: 'the support period and its end-of-life process',
    heading: /support(ed)?[- ](period|versions?|releases?|policy|lifecycle|window|timeline)|end[- ]of[- ](life|support)|\beol\b|lifecycle|maintenance[- ](policy|period)|security updates/i,
    prose: /\bsupported (?:versions?|releases?)\b|\bsecurity (?:updates|fixes|patches) (?:are|will be) (?:provided|backported|released|made)\b|\bend[- ]of[- ](?:life|support)\b|\beol\b|\breceives? security (?:updates|fixes|patches)\b|\b(?:supported|maintained) (?:for|until) (?:\d|one|two|three|six|twelve|eighteen|twenty)/i,
    suggest: 'Supported versions and end of life',
  },
];

const SECURE_DEV_LINK = /secure[-_ ]?(software[-_ ]?)?(development|coding|design)|security[-_ ]?(development[-_ ]?)?(practices|guide|guidelines)|\bssdf\b/i;
const MFA_HEADING = /\b(mfa|2fa|multi[- ]?factor|two[- ]?factor|two[- ]step)\b/i;
const DISCLAIMER_HEADING = /disclaimer|no (cra |legal |compliance )?obligations?|no (compliance |legal )?(assurance|guarantee|warrant(y|ies))|not (a )?(legal|compliance) (advice|statement|guarantee)|limitations?|legal notice/i;
/** A sentence that disclaims: no CRA obligations, no compliance assurance, not a statement of conformity. */
const DISCLAIMER_STATEMENT =
  /\bno (?:cra |legal |compliance |regulatory |contractual )?obligations?\b|\b(?:take|takes|taking|assume|assumes|accept|accepts) (?:on )?no\b.{0,40}\b(?:obligations?|liabilit\w*|responsibilit\w*)|\bno (?:compliance |legal |regulatory |cra )?(?:assurances?|guarantees?|warrant(?:y|ies)|representations?)\b|\bnot (?:a |an )?(?:legal|compliance|regulatory) (?:advice|statement|guarantee|assurance|opinion)\b|\bnot (?:a |an )?(?:statement|declaration|claim|certificate) of (?:conformity|compliance)\b|\b(?:does|do|is|are) not (?:constitute|represent|imply|create|establish|provide|make)\b.{0,60}\b(?:conformity|compliance|obligations?|assurances?|guarantees?|warrant(?:y|ies)|declaration)\b|\bwithout (?:any )?(?:warranty|warranties|guarantee|assurance)\b/i;
/** "We have no threat model", "there is no formal process": a topic denied, not covered. */
const TOPIC_DENIED =
  /\b(?:no|not|never|without|\w+n[’']t)\s+(?:\w+\s+){0,2}(?:define\w*|have|has|document\w*|provide\w*|offer\w*|polic\w*|process\w*|guarantee\w*|plan\w*|formal|follow\w*|perform\w*|maintain\w*|keep|handle\w*|accept\w*|exist\w*|yet)\b|\bno (?:formal |defined |documented |written )?(?:policy|process|period|plan|team|model|practices)\b/i;
const READINESS_NAME = /^(?:|docs\/|\.github\/)cra[-_]?readiness(?:\.(?:md|markdown|mdx|rst|txt|adoc))?$/i;
const MAX_FOLLOW = 20;

function fileEv(path: string, detail: string, line?: number): Evidence {
  return line !== undefined ? { kind: 'file', path, line, detail } : { kind: 'file', path, detail };
}

function sectionEv(doc: DocumentInfo, h: Heading, what: string): Evidence {
  return fileEv(doc.path, `${what}: section "${h.text}"`, h.line);
}

/** A section on a topic: its heading names it, it has a body, it is not GitHub's unfilled template. */
function findTopicSection(doc: DocumentInfo, heading: RegExp, minChars: number): Heading | undefined {
  const o = doc.outline;
  if (!o) return undefined;
  const first = findSection(o, heading, minChars);
  if (!first || !isTemplateSection(first)) return first;
  return o.headings.find((h) => heading.test(h.text) && h.sectionChars >= minChars && !(h.linkListOnly && h.sectionChars === h.ownChars) && !isTemplateSection(h));
}

export type LinkTarget = { kind: 'repo'; path: string; anchor: string | null } | { kind: 'external'; url: string } | { kind: 'other' };

/** Where a Markdown link in `from` points: a path in this repository, or an external URL. */
export function resolveLink(facts: Facts, from: string, target: string): LinkTarget {
  const t = target.trim();
  if (/^mailto:/i.test(t)) return { kind: 'other' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(t)) {
    const repo = facts.context.repository?.toLowerCase();
    const candidates = repo ? repoPathCandidates(t, repo) : null;
    if (candidates) {
      const hit = candidates.find((p) => facts.files.some((f) => f.path === p));
      const anchor = /#([^]*)/.exec(t)?.[1] ?? null;
      if (hit) return { kind: 'repo', path: hit, anchor };
    }
    return /^https?:/i.test(t) ? { kind: 'external', url: t } : { kind: 'other' };
  }
  const hashAt = t.indexOf('#');
  const anchor = hashAt >= 0 ? t.slice(hashAt + 1) : null;
  let p = (hashAt >= 0 ? t.slice(0, hashAt) : t).replace(/\?[^]*/, '');
  try {
    p = decodeURIComponent(p);
  } catch {
    /* keep as written */
  }
  if (p === '') return { kind: 'repo', path: from, anchor };
  const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
  const joined = p.startsWith('/') ? p.slice(1) : dir ? `${dir}/${p}` : p;
  const n = normalizeRelative(joined);
  return n === null ? { kind: 'other' } : { kind: 'repo', path: n.replace(/(?<!\/)\/+$/, ''), anchor };
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to dashes. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

function headingFor(doc: DocumentInfo, anchor: string | null): Heading | undefined {
  if (!anchor || !doc.outline) return undefined;
  const a = anchor.toLowerCase();
  return doc.outline.headings.find((h) => slug(h.text) === a);
}

function statusOf(checks: ObjectiveCheck[]): { fails: number; unknowns: number; passes: number } {
  return {
    fails: checks.filter((c) => c.status === 'fail').length,
    unknowns: checks.filter((c) => c.status === 'unknown').length,
    passes: checks.filter((c) => c.status === 'pass').length,
  };
}

/** The security policy: the document Security Insights links, else SECURITY.md (root, .github/, docs/). */
function policyDocument(facts: Facts): { doc: DocumentInfo; via: Evidence | null } | null {
  for (const field of ['project.vulnerability-reporting.policy', 'repository.documentation.security-policy']) {
    const d = declaration(facts, field, 'security policy');
    if (d.state === 'in-repo') {
      const doc = facts.documents.byPath[d.path];
      if (doc) return { doc, via: d.evidence };
    }
  }
  const doc = documentsOf(facts.documents, 'security')[0];
  return doc ? { doc, via: null } : null;
}

function policyCheck(facts: Facts, actions: CheckAction[]): ObjectiveCheck {
  const id = 'security-policy';
  const title = '(1) A security and vulnerability management policy covering its five points';
  const found = policyDocument(facts);
  if (!found) {
    const missing = `add SECURITY.md with sections on ${POLICY_TOPICS.map((t) => t.name).join('; ')}`;
    actions.push({ checkId: id, text: missing, file: 'SECURITY.md' });
    return { id, title, status: 'fail', evidence: [{ kind: 'note', detail: 'no SECURITY.md (root, .github/ or docs/) and no policy linked from Security Insights' }], missing };
  }
  const { doc } = found;
  if (!doc.outline) {
    const missing = `make ${doc.path} readable (${doc.unreadable ?? 'not read'})`;
    return { id, title, status: 'unknown', evidence: [fileEv(doc.path, `the policy could not be read: ${doc.unreadable ?? 'not read'}`)], missing };
  }
  // The policy document, then in-repository documents it links to (one hop; cycles cannot loop).
  const docs: DocumentInfo[] = [doc];
  const seen = new Set([doc.path]);
  for (const l of doc.outline.links) {
    if (docs.length > MAX_FOLLOW) break;
    const t = resolveLink(facts, doc.path, l.target);
    if (t.kind !== 'repo' || seen.has(t.path)) continue;
    seen.add(t.path);
    const linked = facts.documents.byPath[t.path];
    if (linked?.outline) docs.push(linked);
  }
  const evidence: Evidence[] = found.via ? [found.via] : [];
  const missingTopics: string[] = [];
  for (const topic of POLICY_TOPICS) {
    let hit: { d: DocumentInfo; h: Heading; sentence?: string } | undefined;
    for (const d of docs) {
      const h = d.outline ? findTopicSection(d, topic.heading, 40) : undefined;
      if (h) {
        hit = { d, h };
        break;
      }
    }
    for (const d of hit ? [] : docs) {
      const said = statementInDoc(d, topic.prose, { reject: TOPIC_DENIED });
      if (said) {
        hit = { d, h: said.heading, sentence: said.sentence };
        break;
      }
    }
    // Contacts: an e-mail address or a private reporting link in the policy also names a contact.
    if (!hit && topic.id === 'contacts' && doc.outline) {
      const email = doc.outline.emails[0];
      const pvr = doc.outline.links.find((l) => /\/security\/advisories\/new\b/i.test(l.target));
      if (email) evidence.push(fileEv(doc.path, `security contacts: e-mail address ${email.address}`, email.line));
      else if (pvr) evidence.push(fileEv(doc.path, 'security contacts: link to private vulnerability reporting', pvr.line));
      if (email || pvr) continue;
    }
    if (hit?.sentence) evidence.push(fileEv(hit.d.path, `${topic.name}: "${quoteSentence(hit.sentence)}" (section "${hit.h.text}")`, hit.h.line));
    else if (hit) evidence.push(sectionEv(hit.d, hit.h, topic.name));
    else missingTopics.push(topic.name);
  }
  if (missingTopics.length === 0) return { id, title, status: 'pass', evidence };
  const suggest = POLICY_TOPICS.filter((t) => missingTopics.includes(t.name)).map((t) => `"${t.suggest}"`);
  const missing = `${doc.path} does not cover ${missingTopics.join('; ')}: add a section for each (headed e.g. ${suggest.join(', ')}; a section is recognised by its heading, or by a sentence of its prose that states the point)`;
  evidence.push(fileEv(doc.path, `policy read as ${doc.outline.headings.length} heading(s); not covered: ${missingTopics.join('; ')}`, 1));
  actions.push({ checkId: id, text: missing, file: doc.path });
  return { id, title, status: 'fail', evidence, missing };
}

/** Headings that name security themselves; a plain "Development practices" heading does not. */
const SECURITY_HEADING_WORD = /secur|\bssdf\b|hardening|supply[- ]chain/i;
const SECURITY_PROSE_WORD = /\b(secur\w*|vulnerab\w*|codeql|sast|static analysis|fuzz\w*|signed|signing|signatures?|2fa|mfa|two[- ]factor|dependabot|scorecard|threats?|least privilege|secrets?|credentials?)\b/i;

/**
 * A section on secure development practices: its heading names them ("Secure development"), or it
 * is a "Development practices" section whose prose is about security. A contribution guide's
 * "Development practices" that asks for private APIs, consistent flags and debug logging is not.
 */
function secureDevSection(h: Heading, minChars: number): boolean {
  if (!POLICY_TOPICS[0].heading.test(h.text) || h.sectionChars < minChars || (h.linkListOnly && h.sectionChars === h.ownChars)) return false;
  return SECURITY_HEADING_WORD.test(h.text) || SECURITY_PROSE_WORD.test(h.body) || SECURITY_PROSE_WORD.test(h.code);
}

function contributingCheck(facts: Facts, actions: CheckAction[]): ObjectiveCheck {
  const id = 'contributing-links-secure-development';
  const title = '(2) The contributing guide links to the secure development practices';
  const guides = documentsOf(facts.documents, 'contributing').filter((d) => d.outline);
  if (guides.length === 0) {
    const missing = 'add CONTRIBUTING.md with a link to your secure development practices (e.g. the section in SECURITY.md)';
    actions.push({ checkId: id, text: missing, file: 'CONTRIBUTING.md' });
    return { id, title, status: 'fail', evidence: [{ kind: 'note', detail: 'no readable CONTRIBUTING file (root, .github/ or docs/)' }], missing };
  }
  const secureDev = POLICY_TOPICS[0].heading;
  for (const g of guides) {
    const outline = g.outline!;
    for (const l of outline.links) {
      const t = resolveLink(facts, g.path, l.target);
      if (t.kind === 'external') {
        if (SECURE_DEV_LINK.test(l.text) || SECURE_DEV_LINK.test(l.target)) return { id, title, status: 'pass', evidence: [fileEv(g.path, `links to secure development practices: ${l.target.slice(0, 200)}`, l.line)] };
        continue;
      }
      if (t.kind !== 'repo') continue;
      const target = facts.documents.byPath[t.path];
      if (!target?.outline) {
        if (SECURE_DEV_LINK.test(t.path) && facts.files.some((f) => f.path === t.path)) return { id, title, status: 'pass', evidence: [fileEv(g.path, `links to ${t.path}`, l.line)] };
        continue;
      }
      const anchored = headingFor(target, t.anchor);
      if (anchored && secureDev.test(anchored.text)) return { id, title, status: 'pass', evidence: [fileEv(g.path, `links to section "${anchored.text}" of ${t.path}`, l.line), fileEv(t.path, 'secure development practices', anchored.line)] };
      const section = target.outline.headings.find((h) => secureDevSection(h, 40));
      if (section && (SECURE_DEV_LINK.test(l.text) || /secur/i.test(l.text) || !t.anchor)) return { id, title, status: 'pass', evidence: [fileEv(g.path, `links to ${t.path}`, l.line), fileEv(t.path, `secure development practices: section "${section.text}"`, section.line)] };
    }
    const own = outline.headings.find((h) => secureDevSection(h, 40));
    if (own) return { id, title, status: 'pass', evidence: [fileEv(g.path, `describes secure development practices itself: section "${own.text}"`, own.line)] };
  }
  const g = guides[0];
  const missing = `link the secure development practices from ${g.path} (a link to a "Secure development practices" section or document)`;
  actions.push({ checkId: id, text: missing, file: g.path });
  return { id, title, status: 'fail', evidence: [fileEv(g.path, `no link to secure development practices among ${g.outline!.links.length} link(s)`, 1)], missing };
}

function releaseDocsCheck(facts: Facts, actions: CheckAction[]): ObjectiveCheck {
  const id = 'release-documentation';
  const title = '(3) Release documentation: a changelog or release notes';
  const evidence: Evidence[] = [];
  const changelog = documentsOf(facts.documents, 'changelog').find((d) => d.outline && d.outline.proseChars >= 40);
  if (changelog) {
    const sec = changelog.outline!.headings.find((h) => /secur/i.test(h.text));
    evidence.push(fileEv(changelog.path, `changelog with ${changelog.outline!.headings.length} heading(s)${sec ? `, including "${sec.text}"` : ''}`, 1));
  }
  const rel = facts.github.releases;
  if (rel.state === 'ok' && rel.data.summary.withChangelogBody > 0)
    evidence.push({ kind: 'api', url: rel.data.summary.latest?.htmlUrl, detail: `${rel.data.summary.withChangelogBody} of ${rel.data.summary.publishedCount} release(s) carry release notes` });
  const si = declaration(facts, 'repository.release.changelog', 'changelog');
  if (si.state === 'in-repo' || si.state === 'declared') evidence.push(si.evidence);
  if (evidence.length > 0) return { id, title, status: 'pass', evidence };
  const missing = 'add CHANGELOG.md (with security fixes called out), or release notes on each release, and link it from `repository.release.changelog`';
  actions.push({ checkId: id, text: missing, file: 'CHANGELOG.md', field: 'repository.release.changelog' });
  if (rel.state === 'unknown') {
    return { id, title, status: 'unknown', evidence: [{ kind: 'note', detail: `no changelog file and no repository.release.changelog; release notes could not be read (${rel.reason})` }], missing };
  }
  return { id, title, status: 'fail', evidence: [{ kind: 'note', detail: rel.data.summary.publishedCount ? `no changelog file and none of ${rel.data.summary.publishedCount} release(s) carries release notes` : 'no changelog file and no releases' }], missing };
}

function bugReportingCheck(facts: Facts, byId: Map<string, ControlResult>, actions: CheckAction[]): ObjectiveCheck {
  const id = 'bug-reporting-guide';
  const title = '(4) A bug-reporting guide distinct from security reporting';
  const c = byId.get('OSPS-DO-02.01');
  const securityDocs = new Set(facts.documents.roles.security ?? []);
  const missing = 'add a bug report template (.github/ISSUE_TEMPLATE/bug_report.yml) or a "Reporting bugs" section in CONTRIBUTING.md, separate from SECURITY.md';
  const s = satisfaction(c);
  if (s.state === 'ok' && s.how !== 'not-applicable') {
    const places = (c?.evidence ?? []).filter((e) => e.path);
    const distinct = places.filter((e) => !securityDocs.has(e.path as string));
    if (distinct.length > 0) return { id, title, status: 'pass', evidence: distinct.slice(0, 3) };
    if (places.length > 0) {
      actions.push({ checkId: id, text: missing, requirement: 'OSPS-DO-02.01', file: '.github/ISSUE_TEMPLATE/bug_report.yml' });
      return { id, title, status: 'fail', evidence: places.slice(0, 3), missing: `bugs are explained only in ${places[0].path}, the security policy; ${missing}` };
    }
    if (s.how === 'attested') return { id, title, status: 'pass', evidence: (c?.evidence ?? []).slice(0, 3) };
  }
  if (s.state === 'unknown' || s.state === 'missing') return { id, title, status: 'unknown', evidence: (c?.evidence ?? [{ kind: 'note', detail: 'OSPS-DO-02.01 is not in the result' }]).slice(0, 3), missing };
  actions.push({ checkId: id, text: missing, requirement: 'OSPS-DO-02.01', file: '.github/ISSUE_TEMPLATE/bug_report.yml' });
  return { id, title, status: 'fail', evidence: (c?.evidence ?? []).slice(0, 3), missing };
}

function mfaCheck(facts: Facts, byId: Map<string, ControlResult>, actions: CheckAction[]): ObjectiveCheck {
  const id = 'mfa-stated';
  const title = '(5) MFA is enforced for contributors, as stated by the project';
  const c = byId.get('OSPS-AC-01.01');
  const s = satisfaction(c);
  const evidence: Evidence[] = [];
  if (s.state === 'ok' && s.how !== 'not-applicable') evidence.push(...(c?.evidence ?? []).slice(0, 3));
  // The project's statement: a sentence that MFA is required, or a section about MFA (whose prose
  // does not say it is optional or not required), in the policy documents or CRA-READINESS.md.
  const stated = mfaStatement(facts);
  let statement: Evidence | undefined = stated?.evidence ? { ...stated.evidence, detail: stated.evidence.detail.replace(/^the project states an? /, 'states ') } : undefined;
  for (const role of statement ? [] : (['security', 'contributing', 'governance', 'cra-readiness', 'readme', 'docs'] as const)) {
    for (const d of documentsOf(facts.documents, role)) {
      const h = d.outline?.headings.find((x) => MFA_HEADING.test(x.text) && x.sectionChars >= 20 && !(x.linkListOnly && x.sectionChars === x.ownChars) && !mfaDenied(x.body));
      if (h) {
        statement = sectionEv(d, h, 'states multi-factor authentication');
        break;
      }
    }
    if (statement) break;
  }
  if (statement) evidence.push(statement);
  if (evidence.length > 0 && s.state !== 'fail') return { id, title, status: 'pass', evidence };
  // The project's own security policy by its path (.github/SECURITY.md), or the file to add.
  const policy = documentsOf(facts.documents, 'security')[0]?.path ?? 'SECURITY.md';
  const missing = `require two-factor authentication in the organization settings and state it in ${policy} or CONTRIBUTING.md, e.g. under a heading such as "Multi-factor authentication" or in a sentence such as "All maintainers must use two-factor authentication"`;
  actions.push({ checkId: id, text: missing, requirement: 'OSPS-AC-01.01', file: policy });
  if (s.state === 'fail') return { id, title, status: 'fail', evidence: [...(c?.evidence ?? []).slice(0, 3), ...evidence], missing };
  if (s.state === 'unknown' || s.state === 'missing')
    return { id, title, status: 'unknown', evidence: [...(c?.evidence ?? [{ kind: 'note', detail: 'OSPS-AC-01.01 is not in the result' }]).slice(0, 3), { kind: 'note', detail: 'no document has a section or sentence stating that multi-factor authentication is required' }], missing };
  return { id, title, status: 'fail', evidence: [{ kind: 'note', detail: 'no document has a section or sentence stating that multi-factor authentication is required' }, ...(c?.evidence ?? []).slice(0, 2)], missing };
}

function branchProtectionCheck(facts: Facts, byId: Map<string, ControlResult>, actions: CheckAction[]): ObjectiveCheck {
  const id = 'branch-protection';
  const title = '(6) Branch protection or rulesets on the default branch';
  const gh = facts.github;
  const bp = gh.branchProtection;
  const branch = bp.branch ?? gh.defaultBranch.name ?? facts.context.defaultBranch ?? 'the default branch';
  const evidence: Evidence[] = [];
  if (gh.branchRules.state === 'ok' && gh.branchRules.data.rules.length > 0)
    evidence.push({ kind: 'api', detail: `${gh.branchRules.data.rules.length} ruleset rule(s) on ${branch}: ${[...new Set(gh.branchRules.data.rules.map((r) => r.type))].slice(0, 6).join(', ')} (${gh.branchRules.source.endpoint})` });
  if (gh.classicProtection.state === 'ok' && gh.classicProtection.data.enabled) evidence.push({ kind: 'api', detail: `classic branch protection on ${branch} (${gh.classicProtection.source.endpoint})` });
  if (gh.branch.state === 'ok' && gh.branch.data.protected && evidence.length === 0) evidence.push({ kind: 'api', detail: `${branch} is marked protected (${gh.branch.source.endpoint})` });
  for (const [name, f] of [['pull requests required', bp.pullRequestRequired], ['force pushes blocked', bp.forcePushBlocked], ['deletion blocked', bp.deletionBlocked]] as const) {
    if (f.value === true && evidence.length < 4) evidence.push({ kind: 'api', detail: `${name} on ${branch} (${f.sources.join(', ')})` });
  }
  const c = byId.get('OSPS-AC-03.01');
  if (evidence.length > 0) return { id, title, status: 'pass', evidence };
  if (c && c.status === 'pass') return { id, title, status: 'pass', evidence: c.evidence.slice(0, 3) };
  const missing = `protect ${branch} with a ruleset or branch protection (require pull requests, block force pushes and deletion)`;
  actions.push({ checkId: id, text: missing, requirement: 'OSPS-AC-03.01' });
  const known = gh.branch.state === 'ok' || gh.branchRules.state === 'ok' || gh.classicProtection.state === 'ok';
  if (!known) {
    const why = gh.skippedReason ?? (gh.branchRules.state === 'unknown' ? gh.branchRules.reason : 'the branch rules could not be read');
    return { id, title, status: 'unknown', evidence: [{ kind: 'note', detail: `branch protection could not be read: ${why}` }], missing: `run with a GitHub token to check this; ${missing}` };
  }
  return { id, title, status: 'fail', evidence: [{ kind: 'api', detail: `no ruleset rules and no branch protection on ${branch}` }], missing };
}

function licenseCheck(byId: Map<string, ControlResult>, actions: CheckAction[]): ObjectiveCheck {
  const id = 'license';
  const title = '(7) A LICENSE or COPYING file, ideally OSI-approved';
  const file = byId.get('OSPS-LE-03.01');
  const osi = byId.get('OSPS-LE-02.01');
  const fs = satisfaction(file);
  const evidence: Evidence[] = (file?.evidence ?? []).slice(0, 3);
  if (fs.state === 'ok') {
    if (osi?.status === 'pass') evidence.push(...osi.evidence.slice(0, 2));
    else evidence.push({ kind: 'note', detail: `license approval: ${osi ? osi.status : 'not evaluated'} (OSI approval is recommended, not required)` });
    return { id, title, status: 'pass', evidence };
  }
  const missing = file?.remediation ?? 'add a LICENSE file with an OSI-approved license at the repository root';
  actions.push({ checkId: id, text: missing, requirement: 'OSPS-LE-03.01', file: 'LICENSE' });
  if (fs.state === 'unknown' || fs.state === 'missing') return { id, title, status: 'unknown', evidence: evidence.length ? evidence : [{ kind: 'note', detail: 'OSPS-LE-03.01 is not in the result' }], missing };
  return { id, title, status: 'fail', evidence, missing };
}

function levelOneCheck(byId: Map<string, ControlResult>, actions: CheckAction[]): ObjectiveCheck {
  const id = 'baseline-level-1';
  const title = '(8) OSPS Baseline Level 1: every Level 1 requirement is met';
  const l1 = requirementsAt(1);
  const failing: string[] = [];
  const unknown: string[] = [];
  for (const r of l1) {
    const s = satisfaction(byId.get(r.id));
    if (s.state === 'ok') continue;
    if (s.state === 'unknown' || s.state === 'missing') unknown.push(r.id);
    else failing.push(r.id);
  }
  const met = l1.length - failing.length - unknown.length;
  const evidence: Evidence[] = [{ kind: 'note', detail: `${met} of ${l1.length} Level 1 requirements met${failing.length ? `; not met: ${failing.join(', ')}` : ''}${unknown.length ? `; could not be observed: ${unknown.join(', ')}` : ''}` }];
  if (failing.length === 0 && unknown.length === 0) return { id, title, status: 'pass', evidence };
  const first = failing[0] ?? unknown[0];
  const missing = failing.length
    ? `meet the Level 1 requirements ${failing.join(', ')} (see the Defender objective for what each needs)`
    : `decide the Level 1 requirements that could not be observed: ${unknown.join(', ')}`;
  actions.push({ checkId: id, text: missing, requirement: first });
  return { id, title, status: failing.length ? 'fail' : 'unknown', evidence, missing };
}

function readinessDocument(facts: Facts): string | undefined {
  const hits = facts.files.filter((f) => f.kind !== 'submodule' && READINESS_NAME.test(f.path));
  hits.sort((a, b) => a.path.split('/').length - b.path.split('/').length);
  return hits[0]?.path;
}

function readinessChecks(facts: Facts, actions: CheckAction[]): ObjectiveCheck[] {
  const path = readinessDocument(facts);
  const out: ObjectiveCheck[] = [];
  if (!path) {
    const missing = 'add CRA-READINESS.md describing how the project meets these items, with a disclaimer that the maintainers take on no CRA obligations and give no compliance assurance, and link it from the README';
    actions.push({ checkId: 'readiness-document', text: missing, file: 'CRA-READINESS.md' });
    out.push({ id: 'readiness-document', title: 'A CRA readiness document with a disclaimer', status: 'fail', evidence: [{ kind: 'note', detail: 'no CRA-READINESS.md at the root, in docs/ or in .github/' }], missing });
    out.push({ id: 'readiness-linked-from-readme', title: 'The readiness document is linked from the README', status: 'fail', evidence: [{ kind: 'note', detail: 'no readiness document to link' }], missing: 'link CRA-READINESS.md from the README' });
    return out;
  }
  const doc = facts.documents.byPath[path];
  if (!doc?.outline) {
    out.push({
      id: 'readiness-document',
      title: 'A CRA readiness document with a disclaimer',
      status: 'unknown',
      evidence: [fileEv(path, doc?.unreadable ? `readiness document found but not readable (${doc.unreadable})` : 'readiness document found; its text is not read by this version, so the disclaimer cannot be checked')],
      missing: `make sure ${path} has a "Disclaimer" section saying the maintainers take on no CRA obligations and give no compliance assurance`,
    });
  } else {
    const h = findSection(doc.outline, DISCLAIMER_HEADING, 20);
    const said = h ? undefined : statementInDoc(doc, DISCLAIMER_STATEMENT);
    if (h) out.push({ id: 'readiness-document', title: 'A CRA readiness document with a disclaimer', status: 'pass', evidence: [sectionEv(doc, h, 'disclaimer')] });
    else if (said)
      out.push({ id: 'readiness-document', title: 'A CRA readiness document with a disclaimer', status: 'pass', evidence: [fileEv(doc.path, `disclaimer: "${quoteSentence(said.sentence)}" (section "${said.heading.text}")`, said.heading.line)] });
    else {
      const missing = `add a "Disclaimer" section to ${path} saying the maintainers take on no CRA obligations and give no compliance assurance (recognised by such a heading, or by a sentence such as "The maintainers take on no CRA obligations and give no assurance of compliance")`;
      actions.push({ checkId: 'readiness-document', text: missing, file: path });
      out.push({ id: 'readiness-document', title: 'A CRA readiness document with a disclaimer', status: 'fail', evidence: [fileEv(path, `readiness document with ${doc.outline.headings.length} heading(s), none a disclaimer`, 1)], missing });
    }
  }
  // Linked from the README.
  const readmes = documentsOf(facts.documents, 'readme').filter((d) => !d.path.includes('/') && d.outline);
  let link: { d: DocumentInfo; l: Link } | undefined;
  for (const d of readmes) {
    const l = d.outline!.links.find((x) => {
      const t = resolveLink(facts, d.path, x.target);
      return t.kind === 'repo' && t.path.toLowerCase() === path.toLowerCase();
    });
    if (l) {
      link = { d, l };
      break;
    }
  }
  if (link) out.push({ id: 'readiness-linked-from-readme', title: 'The readiness document is linked from the README', status: 'pass', evidence: [fileEv(link.d.path, `links to ${path}`, link.l.line)] });
  else {
    const readme = readmes[0]?.path ?? 'README.md';
    const missing = `link ${path} from ${readme} (a relative link such as [CRA readiness](${path}))`;
    actions.push({ checkId: 'readiness-linked-from-readme', text: missing, file: readme });
    out.push({ id: 'readiness-linked-from-readme', title: 'The readiness document is linked from the README', status: 'fail', evidence: [{ kind: 'note', detail: readmes.length ? `${readme} has no link that resolves to ${path}` : 'no README at the root' }], missing });
  }
  return out;
}

export function evaluateCraReadinessDetailed(facts: Facts, controls: readonly ControlResult[]): CraEvaluation {
  const byId = controlMap(controls);
  const actions: CheckAction[] = [];
  const checks: ObjectiveCheck[] = [
    policyCheck(facts, actions),
    contributingCheck(facts, actions),
    releaseDocsCheck(facts, actions),
    bugReportingCheck(facts, byId, actions),
    mfaCheck(facts, byId, actions),
    branchProtectionCheck(facts, byId, actions),
    licenseCheck(byId, actions),
    levelOneCheck(byId, actions),
    ...readinessChecks(facts, actions),
  ];
  const { fails, unknowns, passes } = statusOf(checks);
  let status: ObjectiveStatus;
  if (fails === 0 && unknowns === 0) status = 'met';
  else if (fails === 0) status = 'unknown';
  else if (passes === 0) status = 'unmet';
  else status = 'partial';
  const missing = [...checks.filter((c) => c.status === 'fail'), ...checks.filter((c) => c.status === 'unknown')].map((c) => c.missing).filter((m): m is string => !!m);
  return { result: { id: 'cra-readiness', title: 'CRA Readiness: voluntary readiness for the EU Cyber Resilience Act', status, checks, missing }, actions };
}

export function evaluateCraReadiness(facts: Facts, controls: readonly ControlResult[]): ObjectiveResult {
  return evaluateCraReadinessDetailed(facts, controls).result;
}
