// Written self-assessments that follow the OpenSSF template: which of the template's sections
// have a real heading with a body of the project's own words (not a table of contents, not the
// template's instructions left in place), and what stage the document says it is at.
import { parseMarkdown, type Heading, type MarkdownOutline } from '../markdown.ts';
import { readOutline } from '../outlines.ts';
import type { RepoSnapshot } from '../snapshot.ts';
import sectionData from './self-assessment-sections.json' with { type: 'json' };
import { templateShare } from './template-fingerprint.ts';
import { quote } from './gemara.ts';
import type { AssessmentFinding, AssessmentStage, SectionFacts, SectionState, SelfAssessmentDocument } from './types.ts';

export interface SectionDefinition {
  id: string;
  title: string;
  required: boolean;
  parent?: string;
  match: RegExp;
}

export const SECTIONS: readonly SectionDefinition[] = sectionData.sections.map((s) => ({
  id: s.id,
  title: s.title,
  required: s.required,
  ...('parent' in s && typeof s.parent === 'string' ? { parent: s.parent } : {}),
  match: new RegExp(s.match, 'i'),
}));
const MIN_CHARS: number = sectionData.minChars;
const MIN_SECTIONS_FOR_SHAPE: number = sectionData.minSectionsForShape;
const TEMPLATE_RATIO: number = sectionData.templateCopyRatio;

/** Candidate documents read at most. */
export const MAX_SELF_ASSESSMENT_FILES = 20;
const NAME_RE = /(self|security)[-_ ]?assessment/i;
const MD_RE = /\.(md|markdown|mdx)$/i;
const SKIP_DIRS = /(^|\/)(node_modules|vendor|third_party|\.git)\//i;
const MAX_STAGE_LINES = 400;

/** Trailing ':', '.' and blanks (whitespace already collapsed to single spaces). */
const TRAILING_PUNCTUATION = /(?<![:. ])[:. ]+$/;

/** Heading text as compared with the section patterns: no numbering, no trailing punctuation. */
export function normalizeHeading(text: string): string {
  return text
    .replace(/^\s*(?:\d+(?:\.\d+)*[.)]?|[ivx]+[.)]|[a-z][.)])\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(TRAILING_PUNCTUATION, '')
    .toLowerCase();
}

/** Candidate self-assessment documents by file name, in path order. */
export function candidatePaths(snapshot: RepoSnapshot): string[] {
  return snapshot.files
    .filter((f) => f.kind !== 'submodule' && MD_RE.test(f.path) && NAME_RE.test(f.path) && !SKIP_DIRS.test(f.path))
    .map((f) => f.path);
}

interface BodyStats {
  letters: number;
  tocLines: number;
  otherLines: number;
  text: string;
}

const STRIP_COMMENTS = (lines: string[]): string[] => {
  let inComment = false;
  return lines.map((l) => {
    let out = '';
    let rest = l;
    while (rest.length > 0) {
      if (inComment) {
        const end = rest.indexOf('-->');
        if (end < 0) return out;
        inComment = false;
        rest = rest.slice(end + 3);
      } else {
        const start = rest.indexOf('<!--');
        if (start < 0) return out + rest;
        out += rest.slice(0, start);
        inComment = true;
        rest = rest.slice(start + 4);
      }
    }
    return out;
  });
};

function bodyStats(lines: string[], ranges: [number, number][]): BodyStats {
  let letters = 0;
  let tocLines = 0;
  let otherLines = 0;
  const parts: string[] = [];
  let fence: string | null = null;
  for (const [from, to] of ranges) {
    for (let i = from; i < to && i < lines.length; i++) {
      const line = lines[i];
      const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
      if (fence !== null) {
        if (f && f[1][0] === fence[0]) fence = null;
        continue;
      }
      if (f) {
        fence = f[1];
        continue;
      }
      // Setext underlines and table separator rows (| --- | :-: |) are not content.
      if (/^\s{0,3}(?:=+|-+)\s*$/.test(line) || (/^[\s|:-]*$/.test(line) && line.includes('--'))) continue;
      const n = line.replace(/[^\p{L}\p{N}]+/gu, '').length;
      if (n === 0) continue;
      if (/^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]*\]\([^)]*\)\s*$/.test(line)) tocLines++;
      else {
        otherLines++;
        letters += n;
        parts.push(line);
      }
    }
  }
  return { letters, tocLines, otherLines, text: parts.join('\n') };
}

export function classifyBody(stats: BodyStats, minChars = MIN_CHARS): { state: SectionState; ownChars: number } {
  if (stats.letters === 0) return { state: stats.tocLines > 0 ? 'toc' : 'empty', ownChars: 0 };
  const share = templateShare(stats.text);
  const ownChars = Math.round(stats.letters * (1 - share));
  if (share >= TEMPLATE_RATIO && stats.letters >= 20) return { state: 'template', ownChars };
  if (ownChars < minChars) return { state: stats.tocLines > stats.otherLines ? 'toc' : 'empty', ownChars };
  return { state: 'filled', ownChars };
}

// `| **Stage** | Draft |` and `- Stage: Draft`. Blanks, emphasis and table bars around the words are
// one character class each, so that no two quantifiers compete for the same blanks.
const STAGE_ROW = /^[\s|*_]*(?:assessment\s+)?stage[\s*_]*\|\s*([^\s|][^|]{0,119})(?:\||$)/i;
const STAGE_KV = /^[\s*_+-]*(?:(?:assessment\s+)?stage|assessment\s+status|status\s+of\s+(?:this\s+)?(?:self[- ]?)?assessment)[\s*_]*:[\s*_]*([^\s*_].{0,119})$/i;

export function normalizeStage(value: string): AssessmentStage {
  const v = value.toLowerCase().replace(/[*_`]/g, '').trim();
  if (/incomplete\W+complete\W+(or\s+)?obsolete/.test(v)) return 'placeholder';
  if (/^(not\s+(yet\s+)?complete|incomplete|in[- ]progress|wip|work in progress|ongoing|started|pending|todo|tbd)/.test(v)) return 'incomplete';
  if (/^draft/.test(v)) return 'draft';
  if (/review/.test(v)) return 'in-review';
  if (/^(obsolete|outdated|superseded|deprecated|archived)/.test(v)) return 'obsolete';
  if (/^(complete|completed|done|final|finished|published|approved)\b/.test(v)) return 'complete';
  return 'other';
}

function findStage(lines: string[]): SelfAssessmentDocument['stage'] {
  const stop = Math.min(lines.length, MAX_STAGE_LINES);
  for (let i = 0; i < stop; i++) {
    const line = lines[i].length > 1000 ? lines[i].slice(0, 1000) : lines[i];
    const m = STAGE_ROW.exec(line) ?? STAGE_KV.exec(line);
    if (m) {
      const value = m[1].replace(/[*_`]+/g, '').trim();
      if (value === '') continue;
      return { value: value.slice(0, 80), normalized: normalizeStage(value), line: i + 1 };
    }
  }
  return null;
}

/** Analyses one self-assessment document's text. */
export function analyzeSelfAssessment(path: string, text: string, foundBy: SelfAssessmentDocument['foundBy'] = ['name'], outline: MarkdownOutline = parseMarkdown(text)): SelfAssessmentDocument {
  const lines = STRIP_COMMENTS(text.split(/\r\n|\r|\n/));
  const headings = outline.headings;
  const findings: AssessmentFinding[] = [];
  if (outline.headings.length >= 10_000) findings.push({ severity: 'warning', path, detail: 'more than 10,000 headings; only the first 10,000 were read' });

  // First heading matching each section, in document order.
  const matched = new Map<string, number>();
  const normalized = headings.map((h) => normalizeHeading(h.text));
  for (const def of SECTIONS) {
    const idx = normalized.findIndex((t, i) => def.match.test(t) && ![...matched.values()].includes(i));
    if (idx >= 0) matched.set(def.id, idx);
  }
  const matchedIdx = new Set(matched.values());
  // End of a heading's whole section: the next heading of the same or a higher level.
  const sectionEnd = (i: number): number => {
    const h = headings[i];
    for (let j = i + 1; j < headings.length; j++) if (headings[j].level <= h.level) return headings[j].line - 1;
    return lines.length;
  };
  const bodyRanges = (i: number): [number, number][] => {
    const end = sectionEnd(i);
    const ranges: [number, number][] = [];
    let cursor = headings[i].line; // 0-based index of the line after the heading
    let j = i + 1;
    while (j < headings.length && headings[j].line - 1 < end) {
      if (matchedIdx.has(j)) {
        ranges.push([cursor, headings[j].line - 1]);
        cursor = sectionEnd(j);
        // Skip headings inside the excluded child section.
        while (j < headings.length && headings[j].line - 1 < cursor) j++;
        continue;
      }
      j++;
    }
    ranges.push([cursor, end]);
    return ranges.filter(([a, b]) => b > a);
  };

  const sections: SectionFacts[] = SECTIONS.map((def) => {
    const i = matched.get(def.id);
    if (i === undefined) return { id: def.id, title: def.title, required: def.required, state: 'missing', ownChars: 0 };
    const h: Heading = headings[i];
    const { state, ownChars } = classifyBody(bodyStats(lines, bodyRanges(i)));
    return { id: def.id, title: def.title, required: def.required, state, heading: h.text, line: h.line, ownChars };
  });

  const stage = findStage(lines);
  const requiredNotFilled = sections.filter((s) => s.required && s.state !== 'filled').map((s) => s.id);
  const present = sections.filter((s) => s.state !== 'missing').length;
  const looksLikeSelfAssessment = present >= MIN_SECTIONS_FOR_SHAPE;
  const stageSaysNotDone = stage !== null && ['incomplete', 'draft', 'obsolete'].includes(stage.normalized);
  const looksComplete = looksLikeSelfAssessment && requiredNotFilled.length === 0 && !stageSaysNotDone;

  for (const s of sections) {
    if (!s.required && s.state === 'missing') continue;
    const what: Record<Exclude<SectionState, 'filled'>, string> = {
      missing: `no "${s.title}" section`,
      empty: `section "${s.title}" has a heading but no body of its own`,
      toc: `section "${s.title}" is only a list of links (a table of contents)`,
      template: `section "${s.title}": template text not filled in`,
    };
    if (s.state !== 'filled') findings.push({ severity: s.required ? 'error' : 'info', path, line: s.line, detail: what[s.state] });
  }
  if (stage) {
    if (stage.normalized === 'placeholder') findings.push({ severity: 'error', path, line: stage.line, detail: 'assessment stage is still the template placeholder' });
    else if (stageSaysNotDone) findings.push({ severity: 'error', path, line: stage.line, detail: `the document says its stage is ${quote(stage.value)}` });
  }
  return { path, foundBy, stage, sections, requiredNotFilled, looksLikeSelfAssessment, looksComplete, findings };
}

/** Reads and analyses the candidate documents plus any paths Security Insights points at. */
export function gatherSelfAssessments(snapshot: RepoSnapshot, siPaths: string[] = []): SelfAssessmentDocument[] {
  const byName = candidatePaths(snapshot);
  const order: { path: string; foundBy: SelfAssessmentDocument['foundBy'] }[] = [];
  const seen = new Map<string, SelfAssessmentDocument['foundBy']>();
  for (const p of siPaths) {
    if (!seen.has(p)) {
      const fb: SelfAssessmentDocument['foundBy'] = byName.includes(p) ? ['security-insights', 'name'] : ['security-insights'];
      seen.set(p, fb);
      order.push({ path: p, foundBy: fb });
    }
  }
  for (const p of byName) if (!seen.has(p)) order.push({ path: p, foundBy: ['name'] });
  const docs: SelfAssessmentDocument[] = [];
  for (const { path, foundBy } of order.slice(0, MAX_SELF_ASSESSMENT_FILES)) {
    const r = readOutline(snapshot, path);
    if (!r.ok) {
      docs.push({
        path,
        foundBy,
        unreadable: r.reason,
        stage: null,
        sections: [],
        requiredNotFilled: SECTIONS.filter((s) => s.required).map((s) => s.id),
        looksLikeSelfAssessment: false,
        looksComplete: false,
        findings: [{ severity: 'error', path, detail: `self-assessment not read: ${r.reason}` }],
      });
      continue;
    }
    docs.push(analyzeSelfAssessment(path, r.text, foundBy, r.outline));
  }
  return docs;
}
