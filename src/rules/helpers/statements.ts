// Reading what a section says. The outline carries the start of each section's own prose
// (`Heading.body`, code excluded, whitespace collapsed) and code (`Heading.code`). Rules read
// statements sentence by sentence, in one section at a time, so that words from different places
// never combine into a finding.
import { type DocumentInfo, type DocumentRole, documentsOf } from '../../facts/documents.ts';
import { bodyLineOf, type Heading } from '../../facts/markdown.ts';
import type { Facts } from '../../facts/types.ts';
import type { Evidence } from '../../model/evidence.ts';
import { projectSection, type SectionHit } from './sections.ts';

/**
 * The sentences of a section's prose: split at sentence ends, semicolons, thematic breaks (---), list items and table cells,
 * and where a block quote or a GitHub alert ("> [!NOTE]") begins: vite's "…a trusted element first. > [!NOTE] > Reports that
 * fall outside…" is two sentences.
 */
export function sentencesOf(body: string): string[] {
  // Strong and emphasis marks go, `***both***` too (syft's "Don't forget that ***all commits require a sign-off***").
  const text = body.replace(/\*\*\*?|___?|(?<![\w*])[*_](?=\w)|(?<=\w)[*_](?![\w*])/g, '').replace(/\[([^[\]]*)\]\([^)[\]]*\)/g, '$1');
  return text
    .split(/(?<!\s)\s*>\s*\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*(?:>\s+)?|(?<=[.!?])\s+>\s+|(?<=[.!?])\s+(?=[A-Z0-9"'(\[])|;\s+|(?<!\s)\s+(?:-{3,}|\*{3,}|_{3,})(?=\s|$)|(?<!\s)\s+(?:[-*+]|\d{1,2}[.)])\s+(?:\[[ xX]\]\s+)?|(?<!\s)\s*\|\s*|(?<!\s)\s+-\s+\[[ xX]\]\s+/)
    .map((s) => s.replace(/^>\s+/, '').replace(/^(?:[-*+]|\d{1,2}[.)])\s+(?:\[[ xX]\]\s+)?/, '').trim())
    .filter((s) => s.length > 0);
}

const anchored = new WeakMap<RegExp, boolean>();

/** True when the pattern has a start anchor (^) anywhere, not only at its start; `[^` and `\^` are not anchors. */
function sentenceAnchored(re: RegExp): boolean {
  let a = anchored.get(re);
  if (a === undefined) {
    const src = re.source;
    a = false;
    for (let i = 0; i < src.length && !a; i++) {
      if (src[i] === '\\') i++;
      else if (src[i] === '^' && src[i - 1] !== '[') a = true;
    }
    anchored.set(re, a);
  }
  return a;
}

/**
 * The text with typographic single quotes made straight, for matching: a pattern that spells "I've" or "don't" matches
 * prettier's pull request template, "I’ve added tests to confirm my change works". One character for one, so
 * positions are kept.
 */
function straight(s: string): string {
  return s.replace(/[\u2018\u2019]/g, "'");
}

/** The sentence a link ends: the prose before it, from the last sentence break. */
export function sentenceOf(before: string): string {
  for (let i = before.length - 2; i >= 0; i--) if ('.!?'.includes(before[i]) && /\s/.test(before[i + 1])) return before.slice(i + 1);
  return before;
}

/**
 * The first sentence of `body` that `statement` matches and `reject` does not (a negation or a
 * softening such as "optional", "we do not require"), as written. Null when none. Typographic
 * apostrophes match straight ones.
 */
export function statementIn(body: string, statement: RegExp, reject?: RegExp): string | null {
  // The whole body is tried first, to skip splitting most sections; a pattern with an alternative
  // anchored at the start of a sentence (^) can only be tried sentence by sentence (vite's
  // "- Add accompanying test case." in the middle of its "Pull Request Guidelines").
  if (!body || (!sentenceAnchored(statement) && !statement.test(straight(body)))) return null;
  for (const s of sentencesOf(body)) {
    const t = straight(s);
    if (statement.test(t) && !(reject && reject.test(t))) return s;
  }
  return null;
}

/** True when some sentence of `body` matches `statement` but is rejected (a negated or softened statement). */
export function negatedIn(body: string, statement: RegExp, reject: RegExp): boolean {
  if (!body || !statement.test(straight(body))) return false;
  return sentencesOf(body).some((s) => {
    const t = straight(s);
    return statement.test(t) && reject.test(t);
  });
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
  /** Also read sections that do not speak for the project (findStatementIn reads only those that do: project policies). */
  anySection?: boolean;
  /** Also read the prose before the first heading (a short guide, a template without headings), first. */
  lead?: boolean;
  /** Only sections for which this holds are read (a section that names what the statement is about). */
  section?: (h: Heading, doc: DocumentInfo) => boolean;
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
      const { section } = options;
      const where = (h: Heading) => (options.anySection || projectSection(doc, h)) && (!section || section(h, doc));
      const hit = statementInDoc(doc, statement, { ...options, where });
      if (hit) return hit;
    }
  }
  return undefined;
}

/** The first statement in one document (see findStatementIn). */
export function statementInDoc(doc: DocumentInfo, statement: RegExp, options: StatementOptions & { where?: (h: Heading) => boolean } = {}): StatementHit | undefined {
  const lead = options.lead ? doc.outline?.leadSection : undefined;
  const hs = lead ? [lead, ...(doc.outline?.headings ?? [])] : (doc.outline?.headings ?? []);
  const n = Math.min(hs.length, options.maxHeadings ?? 5_000);
  for (let i = 0; i < n; i++) {
    const h = hs[i];
    if (!h.body || (options.heading && !options.heading.test(h.text)) || isTemplateSection(h) || (options.where && !options.where(h))) continue;
    const sentence = statementIn(h.body, statement, options.reject);
    if (sentence) return { doc, heading: h, sentence: nearMatch(sentence, statement) };
  }
  return undefined;
}

const QUOTE_MAX = 160;

/**
 * A run-on "sentence" (lines without a full stop run together, as in laravel's pull request
 * template comment) whose statement starts past what a quote shows: from two words before it, so
 * the quote and its line show the statement.
 */
function nearMatch(sentence: string, statement: RegExp): string {
  if (sentence.length <= QUOTE_MAX) return sentence;
  let from = straight(sentence).search(statement);
  // Only where the quote would end before the statement begins: a long real sentence is quoted whole.
  if (from < QUOTE_MAX - 40) return sentence;
  for (let k = 0; k < 2 && from > 0; k++) from = sentence.lastIndexOf(' ', from - 2) + 1;
  return sentence.slice(from);
}

/** Evidence for a statement: the line of the sentence, quoted, with its section. */
export function statementEvidence(hit: StatementHit, what: string): Evidence {
  const section = hit.heading.level === 0 ? ' (before any heading)' : ` (section "${hit.heading.text}")`;
  return { kind: 'file', path: hit.doc.path, line: bodyLineOf(hit.heading, hit.sentence.trim()), detail: `${what}: "${quoteSentence(hit.sentence)}"${section}` };
}

export function quoteSentence(s: string, max = QUOTE_MAX): string {
  const one = s.replace(/\s+/g, ' ').replace(/"/g, "'").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/**
 * True when a section's prose is template text (GitHub's unfilled SECURITY.md, placeholder lines,
 * bracketed instructions): the outline marks it (src/facts/placeholder.ts decides).
 */
export function isTemplateSection(h: Heading): boolean {
  return h.template !== undefined;
}
