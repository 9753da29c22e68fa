// Small helpers shared by rules: finding documents and sections, capping evidence lists.
import { documentsOf, type DocumentInfo, type DocumentRole } from '../facts/documents.ts';
import { bodyLineOf, type Heading } from '../facts/markdown.ts';
import { siEvidence, siField } from '../facts/security-insights/index.ts';
import type { Facts } from '../facts/types.ts';
import { notApplicable, type Evidence, type Outcome } from './types.ts';

export const MAX_EVIDENCE = 25;

/** Caps a list of evidence, adding a line that says how many were left out. */
export function capEvidence(items: Evidence[], max = MAX_EVIDENCE): Evidence[] {
  if (items.length <= max) return items;
  return [...items.slice(0, max), { kind: 'note', detail: `and ${items.length - max} more` }];
}

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
        (x) => heading.test(x.text) && x.sectionChars >= minChars && !(x.linkListOnly && x.sectionChars === x.ownChars),
      );
      if (h) return { doc, heading: h };
    }
  }
  return undefined;
}

export function sectionEvidence(hit: SectionHit, what: string): Evidence {
  return { kind: 'file', path: hit.doc.path, line: hit.heading.line, detail: `${what}: section "${hit.heading.text}"` };
}

export function fileEvidence(path: string, detail: string, line?: number, column?: number): Evidence {
  const e: Evidence = { kind: 'file', path, detail };
  if (line !== undefined) e.line = line;
  if (column !== undefined) e.column = column;
  return e;
}

/** A document with enough prose to say something (more than a title). */
export function substantive(doc: DocumentInfo, minChars = 80): boolean {
  return doc.outline !== null && doc.outline.proseChars >= minChars;
}

/** Turns an unknown API answer into the words of an `unknown` outcome: what failed and what would decide it. */
export function apiUnknownDetail(answer: { reason: string; permission?: string }, what: string): string {
  const perm = answer.permission ? `; a token with ${answer.permission} would decide it` : '';
  return `${what} could not be read from the GitHub API: ${answer.reason}${perm}`;
}

export type ReleaseState =
  | { state: 'released'; evidence: Evidence }
  | { state: 'none'; evidence: Evidence }
  | { state: 'unknown'; reason: string };

/**
 * Whether the project has made a release: the API's releases first, then tags in the checkout.
 * Release-gated requirements are not applicable without a release, unknown when it cannot be told.
 */
export function releaseState(facts: Facts): ReleaseState {
  const rel = facts.github.releases;
  if (rel.state === 'ok') {
    const s = rel.data.summary;
    if (s.releasesExist && s.latest)
      return { state: 'released', evidence: { kind: 'api', url: s.latest.htmlUrl, detail: `${s.publishedCount} published release(s); latest ${s.latest.tagName}` } };
    const tags = facts.github.tags;
    if (tags.state === 'ok' && tags.data.names.length > 0)
      return { state: 'released', evidence: { kind: 'api', detail: `no GitHub releases, but ${tags.data.names.length} tag(s), e.g. ${tags.data.names[0]}` } };
    if (tags.state === 'ok') return { state: 'none', evidence: { kind: 'api', detail: 'the repository has no releases and no tags' } };
  }
  if (facts.git.tags.length > 0)
    return { state: 'released', evidence: { kind: 'git', detail: `${facts.git.tags.length} tag(s) in the checkout, e.g. ${facts.git.tags[facts.git.tags.length - 1]}` } };
  const why = rel.state === 'unknown' ? rel.reason : 'tags could not be read';
  return { state: 'unknown', reason: `whether the project has made a release could not be told (${why}; no tags in the checkout)` };
}

// ---- Reading what a section says ----------------------------------------------------------------
// The outline carries the start of each section's own prose (`Heading.body`, code excluded,
// whitespace collapsed) and code (`Heading.code`). Rules read statements sentence by sentence, in
// one section at a time, so that words from different places never combine into a finding.

/** The sentences of a section's prose: split at sentence ends, semicolons, list items and table cells. */
export function sentencesOf(body: string): string[] {
  const text = body.replace(/\*\*|__|(?<![\w*])[*_](?=\w)|(?<=\w)[*_](?![\w*])/g, '').replace(/\[([^[\]]*)\]\([^)[\]]*\)/g, '$1');
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"'(\[])|;\s+|(?<!\s)\s+(?:[-*+]|\d{1,2}[.)])\s+(?:\[[ xX]\]\s+)?|(?<!\s)\s*\|\s*|(?<!\s)\s+-\s+\[[ xX]\]\s+/)
    .map((s) => s.replace(/^(?:[-*+]|\d{1,2}[.)])\s+(?:\[[ xX]\]\s+)?/, '').trim())
    .filter((s) => s.length > 0);
}

/**
 * The first sentence of `body` that `statement` matches and `reject` does not (a negation or a
 * softening such as "optional", "we do not require"). Null when none.
 */
export function statementIn(body: string, statement: RegExp, reject?: RegExp): string | null {
  if (!body || !statement.test(body)) return null;
  for (const s of sentencesOf(body)) if (statement.test(s) && !(reject && reject.test(s))) return s;
  return null;
}

/** True when some sentence of `body` matches `statement` but is rejected (a negated or softened statement). */
export function negatedIn(body: string, statement: RegExp, reject: RegExp): boolean {
  if (!body || !statement.test(body)) return false;
  return sentencesOf(body).some((s) => statement.test(s) && reject.test(s));
}

export interface StatementHit extends SectionHit {
  /** The sentence that states it, as written (shortened for evidence). */
  sentence: string;
}

export interface StatementOptions {
  /** Only sections whose heading matches are read (a section about the topic). */
  heading?: RegExp;
  /** Sentences that match this are not statements of the policy (negations, "optional"). */
  reject?: RegExp;
  /** Headings examined per document (bounded work on documents with thousands of headings). */
  maxHeadings?: number;
}

/**
 * The first section, in documents of the given roles (in order), whose own prose contains a
 * sentence stating `statement` (and not rejected). Template sections are skipped.
 */
export function findStatementIn(facts: Facts, roles: DocumentRole[], statement: RegExp, options: StatementOptions = {}): StatementHit | undefined {
  const seen = new Set<string>();
  for (const role of roles) {
    for (const doc of documentsOf(facts.documents, role)) {
      if (seen.has(doc.path)) continue;
      seen.add(doc.path);
      const hit = statementInDoc(doc, statement, options);
      if (hit) return hit;
    }
  }
  return undefined;
}

/** The first statement in one document (see findStatementIn). */
export function statementInDoc(doc: DocumentInfo, statement: RegExp, options: StatementOptions = {}): StatementHit | undefined {
  const hs = doc.outline?.headings ?? [];
  const n = Math.min(hs.length, options.maxHeadings ?? 5_000);
  for (let i = 0; i < n; i++) {
    const h = hs[i];
    if (!h.body || (options.heading && !options.heading.test(h.text)) || isTemplateSection(h)) continue;
    const sentence = statementIn(h.body, statement, options.reject);
    if (sentence) return { doc, heading: h, sentence };
  }
  return undefined;
}

/** Evidence for a statement: the line of the sentence, quoted, with its section. */
export function statementEvidence(hit: StatementHit, what: string): Evidence {
  return { kind: 'file', path: hit.doc.path, line: bodyLineOf(hit.heading, hit.sentence.trim()), detail: `${what}: "${quoteSentence(hit.sentence)}" (section "${hit.heading.text}")` };
}

export function quoteSentence(s: string, max = 160): string {
  const one = s.replace(/\s+/g, ' ').replace(/"/g, "'").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

// GitHub's SECURITY.md template ("Security Policy" from the repository's Security tab), committed
// without being filled in: its sections have bodies but say nothing about the project.
const TEMPLATE_PROSE =
  /use this section to tell people (about which versions of your project are currently being supported|how to report a vulnerability)|tell them where to go, how often they can expect to get an update/i;
const TEMPLATE_TABLE = /\b5\.1\.x\b.{0,80}\b5\.0\.x\b.{0,80}\b4\.0\.x\b/i;

/** True when a section's prose is GitHub's unfilled SECURITY.md template text. */
export function isTemplateSection(h: Heading): boolean {
  return !!h.body && (TEMPLATE_PROSE.test(h.body) || TEMPLATE_TABLE.test(h.body));
}

// ---- Repositories that are not active ------------------------------------------------------------
// Most Baseline requirements begin "While active": they do not apply to a repository that is no
// longer maintained. Security Insights repository.status takes repostatus.org values; 'active',
// 'WIP' (in development) and 'concept' (being designed) are active work, while 'inactive',
// 'abandoned', 'suspended', 'unsupported' and 'moved' say maintenance has stopped or moved away.
const NOT_ACTIVE = new Set(['inactive', 'abandoned', 'suspended', 'unsupported', 'moved']);

/**
 * Why a "While active" requirement does not apply: Security Insights says the repository is not
 * active. Null when it says nothing of the kind (or the file is absent, legacy or unreadable).
 */
export function inactiveReason(facts: Facts): { detail: string; evidence: Evidence } | null {
  const si = facts.securityInsights;
  if (!si.file || si.file.legacy) return null;
  const f = siField(si, 'repository.status');
  if (!f || typeof f.value !== 'string') return null;
  const status = f.value.trim().toLowerCase();
  if (!NOT_ACTIVE.has(status)) return null;
  return {
    detail: `the repository is not active (Security Insights repository.status is "${status}"), and this requirement applies only while a project is active`,
    evidence: siEvidence(si, 'repository.status', `Security Insights declares the repository status "${f.value.trim().slice(0, 40)}"`),
  };
}

/** Requirements whose text begins "While active" in OSPS Baseline v2026.02.19. */
export const WHILE_ACTIVE: ReadonlySet<string> = new Set([
  'OSPS-GV-01.01', 'OSPS-GV-01.02', 'OSPS-GV-02.01', 'OSPS-GV-03.01', 'OSPS-GV-03.02', 'OSPS-GV-04.01',
  'OSPS-LE-01.01', 'OSPS-LE-02.01', 'OSPS-LE-02.02', 'OSPS-LE-03.01', 'OSPS-LE-03.02',
  'OSPS-QA-01.01', 'OSPS-QA-05.01', 'OSPS-QA-05.02', 'OSPS-QA-06.02', 'OSPS-QA-06.03',
  'OSPS-VM-01.01', 'OSPS-VM-02.01', 'OSPS-VM-03.01', 'OSPS-VM-04.01', 'OSPS-VM-04.02',
  'OSPS-VM-05.01', 'OSPS-VM-05.02', 'OSPS-VM-05.03', 'OSPS-VM-06.01', 'OSPS-VM-06.02',
]);

/** Not applicable when the repository is not active; null otherwise (the rule then decides). */
export function whileActive(facts: Facts): Outcome | null {
  const r = inactiveReason(facts);
  return r ? notApplicable(r.detail, [r.evidence]) : null;
}

export interface OrgDefault {
  /** Path in the owner's `.github` repository. */
  path: string;
  evidence: Evidence;
}

/**
 * Default community health files from the owner's `.github` repository, which GitHub shows for a
 * repository that has no file of that type itself (SECURITY.md, CONTRIBUTING.md, issue templates).
 * Callers ask only when the repository has none of its own. Their contents are not read.
 */
export function orgDefaults(facts: Facts, file: RegExp, what: string): OrgDefault[] {
  const answer = facts.github.orgHealthFiles;
  if (answer.state !== 'ok' || !answer.data.exists) return [];
  const repoAnswer = facts.github.repo;
  let origin = 'https://github.com';
  if (repoAnswer.state === 'ok') {
    try {
      origin = new URL(repoAnswer.data.htmlUrl).origin;
    } catch {
      /* keep github.com */
    }
  }
  return answer.data.paths
    .filter((p) => file.test(p))
    .slice(0, 10)
    .map((path) => ({
      path,
      evidence: { kind: 'api', url: `${origin}/${answer.data.repository}/blob/HEAD/${path.split('/').map(encodeURIComponent).join('/')}`, detail: `${what}: ${path} in ${answer.data.repository}, the owner's default for repositories without their own` },
    }));
}
