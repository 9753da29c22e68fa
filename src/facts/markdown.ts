// A small Markdown outline reader: headings with the size of their sections, links and
// e-mail addresses, with line numbers. Enough to tell "a section that tells the reader how"
// from a bare mention, in time linear in the document.
import { spelledEmails } from './spelled-email.ts';
import { collapseBlanks, isSpace, nonBlankChars, trimEnd } from './text.ts';

import { placeholderReason, templateReason } from './placeholder.ts';

export interface Heading {
  level: number;
  text: string;
  line: number;
  /** Non-blank characters of prose between this heading and the next heading of any level. */
  ownChars: number;
  /** Non-blank characters until the next heading of the same or a higher level (subsections included). */
  sectionChars: number;
  /** True when the heading's own body is only a list of links (a table of contents), of issues and pull requests (work items), or "See [a page](url)". */
  linkListOnly: boolean;
  /**
   * The start of the heading's own prose (code blocks excluded), whitespace collapsed, at most
   * BODY_SAMPLE characters (GUIDE_SAMPLE in a contribution guide): enough for a rule to read what a section says, scoped to it.
   */
  body: string;
  /** Where each line of `body` came from: pairs of [offset in body, line number], in order. */
  bodyLines: number[];
  /** The start of the code in the heading's own body (fenced blocks and inline code), at most CODE_SAMPLE characters. */
  code: string;
  /** Where each piece of `code` came from: pairs of [offset in code, line number], in order. */
  codeLines: number[];
  /**
   * Set when the heading's own prose is template text that says nothing about the project
   * (placeholders, bracketed instructions, GitHub's unfilled SECURITY.md): why. Such a section is
   * no evidence; src/facts/placeholder.ts decides.
   */
  template?: string;
}

/** A placeholder value met in a document (an e-mail address or link target), left out of `emails` and `links`. */
export interface PlaceholderHit {
  text: string;
  reason: string;
  line: number;
  column: number;
}

/** A stated period of time in prose ("within 3 business days", "90 days"), e.g. for disclosure timelines. */
export interface Timeframe {
  text: string;
  line: number;
  column: number;
  /** A period without a number ("within a few business days"): stated, but not a clear timeframe. */
  vague?: true;
  /**
   * The prose it is said in: its line, after the prose line just before it when that one runs on
   * into it (a hard-wrapped sentence), at most TIMEFRAME_CONTEXT characters; so that a rule can tell
   * "we respond within 3 days" from "an MSRV of about 12 months".
   */
  context: string;
}

export interface Link {
  text: string;
  target: string;
  line: number;
  column: number;
  /** A linked image (a badge): the text is its alt text, which says what the image shows, not where the link leads. */
  image?: true;
}

export interface Email {
  address: string;
  line: number;
  column: number;
  /** How an address spelled out against harvesters was written (`security at python dot org`). */
  written?: string;
}

export interface MarkdownOutline {
  headings: Heading[];
  links: Link[];
  /** Images shown in the prose (`![alt](src)`, not a badge's link), with their alt text as `text`: a design page's diagram. */
  images?: Link[];
  emails: Email[];
  lineCount: number;
  /** Non-blank characters of prose outside code blocks, template sections excluded. */
  proseChars: number;
  /** E-mail addresses and links that are placeholders (you@example.com, https://your-org.example): never evidence. */
  placeholders: PlaceholderHit[];
  /** Periods of time stated in prose, in order (at most MAX_TIMEFRAMES). */
  timeframes: Timeframe[];
  /** The start of the prose before the first heading (a guide of a sentence or two has no heading), at most BODY_SAMPLE characters. */
  lead: string;
  /** Line of the first line of `lead` (0 when there is none). */
  leadLine: number;
  /**
   * The same prose as a section without a heading (level 0, empty text), for the readers of
   * sections: a short guide or a template may have no heading at all. Undefined when there is none.
   */
  leadSection?: Heading;
  /** The page's front matter gives its title (`title: Security`): its first heading is then a section, not the title. */
  titledInFrontMatter?: true;
  /**
   * The prose just before a place, for a rule that reads what introduces it ("the packagers we
   * notify ahead of a release: ..."): the prose lines before line `line` (1-based), nearest last,
   * then that line up to `column`; at most `chars` characters, and never past a heading.
   */
  proseBefore(line: number, column: number, chars: number): string;
}

const MAX_HEADINGS = 10_000;
const MAX_LINKS = 10_000;
/** Characters of a line read, at most; the converters of other formats (restructuredtext.ts, asciidoc.ts) cut their lines alike. */
export const MAX_LINE = 10_000;
/**
 * The fence the converters of other formats write around the code they find: a run of tildes
 * longer than any fence a converted code line is likely to hold, so only their own line closes it.
 */
export const CONVERTED_FENCE = '~~~~~~~~~~';
export const BODY_SAMPLE = 1500;
/**
 * A contribution guide's sections are read further: its expectations are often one item of a long
 * list (certmagic's "Contributing code" says "**Write tests.**" 2,400 characters in). There are one
 * or two such guides per repository.
 */
export const GUIDE_SAMPLE = 6000;
export const CODE_SAMPLE = 800;
/** Total sample characters kept per document, so that 5,000 headings cannot cost much memory. */
const SAMPLE_BUDGET = 512 * 1024;
const MAX_TIMEFRAMES = 200;
const TIMEFRAME_CONTEXT = 400;
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty-five|sixty|ninety';
// A number word may carry its numeral in parentheses, as legal prose writes it: scorecard's SECURITY.md,
// "acknowledge the report within three (3) business days".
const TIMEFRAME_RE = new RegExp(`\\b(?:\\d{1,4}|${NUMBER_WORDS})(?: \\(\\d{1,4}\\))?(?:\\s*(?:-|to|–)\\s*(?:\\d{1,4}|${NUMBER_WORDS})(?: \\(\\d{1,4}\\))?)?[\\s-]+(?:business[\\s-]+|working[\\s-]+|calendar[\\s-]+)?(?:hours?|days?|weeks?|months?)\\b`, 'gi');

/** A period stated without a number: "a few business days", "a couple of weeks", "several days". */
const VAGUE_TIMEFRAME_RE = /\b(?:a few|a couple(?: of)?|several)[\s-]+(?:business[\s-]+|working[\s-]+|calendar[\s-]+)?(?:hours|days|weeks|months)\b/gi;

/** Longest link text and target read. */
const MAX_LINK_TEXT = 300;
const MAX_LINK_TARGET = 2000;
const BARE_URL_RE = /(?<![(<"'=\w])(https?:\/\/[^\s)<>\]"'`]{3,2000})/g;
const EMAIL_RE = /(?<![\w.+-])([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24})(?![\w-])/g;
const HTML_HEADING_RE = /^\s*<h([1-6])[^>]*>(.*?)<\/h\1>\s*$/i;
const FENCE_RE = /^\s{0,3}(`{3,}|~{3,})/;
const SETEXT_RE = /^\s{0,3}(=+|-+)\s*$/;
/** Longest front matter read: a page's metadata is a few lines, not a document. */
const MAX_FRONT_MATTER_LINES = 100;
const FRONT_MATTER_KEY = /^[A-Za-z_][\w-]{0,80}\s{0,10}:/;
const FRONT_MATTER_TITLE = /^title\s{0,10}:\s{0,10}\S/;

// Cheap tests that let most lines skip an expression that could not match them (same results).

/** Whether a line's first character after up to three blanks (as \s counts them) is ` or ~: FENCE_RE can match only then. */
function mayOpenFence(line: string): boolean {
  for (let i = 0; i < line.length && i < 4; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x60 || c === 0x7e) return true;
    if (!isSpace(c)) return false;
  }
  return false;
}

/** A link reference definition: `[label]: destination`, indented up to three spaces. */
const LINK_DEFINITION_LINE = /^ {0,3}\[[^[\]]{1,200}\]:\s*\S/;

/** Whether a line's first character that is not \s is = or -: SETEXT_RE can match only then. */
function mayUnderline(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x3d || c === 0x2d) return true;
    if (!isSpace(c)) return false;
  }
  return false;
}

/**
 * Reads a document's outline. The headings, their sections and the prose are read at once; the
 * links, e-mail addresses, placeholders and timeframes are read from the same lines when first
 * asked for (most documents of a large docs/ tree are searched for a section, not for links).
 */
export function parseMarkdown(text: string, options: { indentedCode?: boolean; commentsShown?: boolean; bodySample?: number } = {}): MarkdownOutline {
  const lines = splitLines(text);
  const sample = options.bodySample ?? BODY_SAMPLE;
  const headings: Heading[] = [];
  let inFence: string | null = null;
  // CommonMark's indented code block: 4 columns in (a tab is 4) after a blank line, outside a list, where
  // libgit2's README keeps `\t# List all build options` (a shell comment, not a heading). Only for Markdown files:
  // converted formats and plain-text changelogs indent their prose.
  let inIndented = false;
  let afterBlank = true;
  let inList = false;
  let proseChars = 0;
  let budget = SAMPLE_BUDGET;
  /** Lines of prose (not code, not a heading, not blank): where links, addresses and timeframes are. */
  const prose: number[] = [];
  const addBody = (h: Heading, text: string, lineNo: number) => {
    if (h.body.length >= sample || budget <= 0) return;
    const piece = collapseBlanks(text, sample - h.body.length);
    if (!piece) return;
    const add = (h.body ? ' ' : '') + piece.slice(0, sample - h.body.length);
    h.bodyLines.push(h.body.length + (h.body ? 1 : 0), lineNo);
    h.body += add;
    budget -= add.length;
  };
  const addCode = (h: Heading, text: string, lineNo: number) => {
    if (h.code.length >= CODE_SAMPLE || budget <= 0) return;
    const piece = collapseBlanks(text, CODE_SAMPLE - h.code.length);
    if (!piece) return;
    const add = (h.code ? ' ' : '') + piece.slice(0, CODE_SAMPLE - h.code.length);
    h.codeLines.push(h.code.length + (h.code ? 1 : 0), lineNo);
    h.code += add;
    budget -= add.length;
  };
  let current: { h: Heading; linkLines: number; otherLines: number } | null = null;
  let lead = '';
  let leadLine = 0;
  const leadLines: number[] = [];
  const bodies: { h: Heading; linkLines: number; otherLines: number }[] = [];

  const openHeading = (level: number, raw: string, lineNo: number) => {
    if (headings.length >= MAX_HEADINGS) return;
    const h: Heading = { level, text: cleanHeading(raw), line: lineNo, ownChars: 0, sectionChars: 0, linkListOnly: false, body: '', bodyLines: [], code: '', codeLines: [] };
    headings.push(h);
    current = { h, linkLines: 0, otherLines: 0 };
    bodies.push(current);
  };

  // CommonMark's HTML comment block: from a line that starts with `<!--` to the first line holding
  // `-->`. A reader of the page does not see it: a license header (every ASF project's SECURITY.md
  // and CONTRIBUTING.md), an editor's note, a section taken out. In a pull request or issue
  // template it is what the contributor reads while filling it in (`commentsShown`).
  let inComment = false;
  // The content column of the list item open (0: none), and of the one a fence opened in: CommonMark
  // ends such a fence with its item, at the first line indented less (harden-runner's README opens
  // one under `- Add the following code` and never closes it).
  let listContent = 0;
  let fenceList = 0;
  let lastBlank = false;
  const front = frontMatter(lines);
  // The front matter's title is the page's heading as the site shows it (jekyll's docs/_docs/maintaining/becoming-a-maintainer.md,
  // `title: "Becoming a Maintainer"`, whose headings are its steps "1. Use Jekyll" … "6. Ask!"): a section above the page's own headings.
  if (front.title && front.title.text !== '') openHeading(1, front.title.text, front.title.line);
  for (let i = front.end; i < lines.length; i++) {
    let line = lines[i];
    if (line.length > MAX_LINE) line = line.slice(0, MAX_LINE);
    const lineNo = i + 1;
    const fence = mayOpenFence(line) ? FENCE_RE.exec(line) : null;
    if (inFence !== null) {
      if (fenceList === 0 || indentColumns(line) >= fenceList || line.trim() === '') {
        if (fence && fence[1][0] === inFence[0] && fence[1].length >= inFence.length) inFence = null;
        else if (current !== null) addCode((current as { h: Heading }).h, line, lineNo);
        continue;
      }
      // Less indented than its item's content: the item, and the fence in it, have ended.
      inFence = null;
      listContent = 0;
      lastBlank = true;
    }
    if (inComment) {
      inComment = !line.includes('-->');
      continue;
    }
    const opens = options.commentsShown ? -1 : commentOpens(line);
    if (opens >= 0) {
      inComment = !line.includes('-->', opens + 4);
      afterBlank = true;
      continue;
    }
    if (options.indentedCode) {
      const blank = line.trim() === '';
      if (!blank && indentColumns(line) >= 4) {
        if (inIndented || (afterBlank && !inList)) {
          inIndented = true;
          afterBlank = false;
          if (current !== null) addCode((current as { h: Heading }).h, line, lineNo);
          continue;
        }
      } else if (!blank) {
        inIndented = false;
        inList = LIST_ITEM_RE.test(line);
      }
      // Code may follow a heading directly: only a paragraph's lines continue it.
      afterBlank = blank || (!inList && atxHeading(line) !== null);
    }
    const blankLine = line.trim() === '';
    if (!blankLine) {
      const item = listItemContent(line);
      if (item > 0) listContent = item;
      else if (lastBlank && indentColumns(line) < listContent) listContent = 0;
    }
    lastBlank = blankLine;
    if (fence) {
      inFence = fence[1];
      fenceList = listContent > 0 && indentColumns(line) >= listContent ? listContent : 0;
      continue;
    }
    const atx = atxHeading(line);
    if (atx) {
      openHeading(atx.level, atx.text, lineNo);
      continue;
    }
    const html = line.includes('<') ? HTML_HEADING_RE.exec(line) : null;
    if (html) {
      openHeading(Number(html[1]), stripTags(html[2]), lineNo);
      continue;
    }
    const next = lines[i + 1];
    if (next !== undefined && mayUnderline(next) && line.trim() !== '' && SETEXT_RE.test(next) && !/^\s*([-*+]|\d+\.)\s/.test(line)) {
      openHeading(next.trim()[0] === '=' ? 1 : 2, line, lineNo);
      i++;
      continue;
    }
    const chars = nonBlankChars(line);
    if (chars === 0) continue;
    // A link reference definition (`[label]: https://…`) is read for its link, but no reader sees it: it adds no prose
    // (kube-state-metrics' SECURITY.md keeps four long ones under its one-sentence "Supported Versions").
    const definition = line.includes(']:') && LINK_DEFINITION_LINE.test(line);
    const seen = definition ? 0 : chars;
    prose.push(i);
    proseChars += seen;
    if (current === null && lead.length < BODY_SAMPLE) {
      const piece = collapseBlanks(line);
      if (leadLine === 0) leadLine = lineNo;
      leadLines.push(lead.length + (lead ? 1 : 0), lineNo);
      lead = (lead ? `${lead} ${piece}` : piece).slice(0, BODY_SAMPLE);
    }
    if (current !== null) {
      const c = current as { h: Heading; linkLines: number; otherLines: number };
      const ticks = line.includes('`');
      if (c.h.body.length < sample && budget > 0) addBody(c.h, ticks ? proseOfCodeLine(line) : line, lineNo);
      if (ticks) for (const m of line.matchAll(/`([^`]{1,200})`/g)) addCode(c.h, m[1], lineNo);
      c.h.ownChars += seen;
      if (definition) continue;
      if (line.includes('](') && (/^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]*\]\([^)]*\)\s*$/.test(line) || ISSUE_ITEM.test(line) || POINTER_LINE.test(line.trim()))) c.linkLines++;
      else c.otherLines++;
    }
  }
  for (const b of bodies) {
    b.h.linkListOnly = b.linkLines > 0 && b.otherLines === 0;
    const why = templateReason(b.h.body);
    if (why) {
      b.h.template = why;
      proseChars -= b.h.ownChars;
    }
  }
  // Section sizes: a heading's own chars plus those of every deeper heading that follows it.
  const stack: Heading[] = [];
  for (const h of headings) {
    while (stack.length > 0 && stack[stack.length - 1].level >= h.level) stack.pop();
    // Template text is not the project's words: it adds nothing to its section or the ones above.
    const own = h.template === undefined ? h.ownChars : 0;
    for (const parent of stack) parent.sectionChars += own;
    h.sectionChars += own;
    stack.push(h);
  }
  const leadTemplate = lead ? templateReason(lead) : null;
  const leadSection: Heading | undefined = lead
    ? { level: 0, text: '', line: leadLine, ownChars: lead.length, sectionChars: lead.length, linkListOnly: false, body: lead, bodyLines: leadLines, code: '', codeLines: [], ...(leadTemplate ? { template: leadTemplate } : {}) }
    : undefined;
  return withProseReaders(
    { headings, lineCount: lines.length, proseChars, lead, leadLine, ...(leadSection ? { leadSection } : {}), ...(front.titled ? { titledInFrontMatter: true as const } : {}) },
    text,
    Uint32Array.from(prose),
  );
}

/**
 * Where a page's YAML front matter (Jekyll, Hugo, Docusaurus, Eleventy) ends: the index of the
 * first line after it (0 without one), and whether it names the page's title. It is metadata GitHub shows as a table, not prose; read as Markdown,
 * its closing `---` would make its last key a heading ("title: Correct and incorrect code usage").
 * Only a block of keys, list items and indented lines counts, so a thematic break opening a file
 * stays one.
 */
function frontMatter(lines: readonly string[]): { end: number; titled: boolean; title?: { text: string; line: number } } {
  const none = { end: 0, titled: false };
  if (lines.length < 3 || lines[0].replace(/^\uFEFF/, '').trimEnd() !== '---') return none;
  let keys = 0;
  let title: { text: string; line: number } | undefined;
  for (let i = 1; i < lines.length && i <= MAX_FRONT_MATTER_LINES; i++) {
    const line = lines[i];
    const end = line.trimEnd();
    if (end === '---' || end === '...') return keys > 0 ? { end: i + 1, titled: title !== undefined, ...(title ? { title } : {}) } : none;
    if (end === '' || line.startsWith(' ') || line.startsWith('\t') || line.startsWith('- ') || line.startsWith('#')) continue;
    if (!FRONT_MATTER_KEY.test(line)) return none;
    keys++;
    if (title === undefined && FRONT_MATTER_TITLE.test(line)) title = { text: unquotedTitle(end.slice(end.indexOf(':') + 1)), line: i + 1 };
  }
  return none;
}

/** A front-matter title's value without its quotes (`"Becoming a Maintainer"`). */
function unquotedTitle(value: string): string {
  const t = value.trim();
  return t.length >= 2 && (t[0] === '"' || t[0] === "'") && t.endsWith(t[0]) ? t.slice(1, -1) : t;
}

/**
 * The outline with its lazy readers of the prose lines. They keep only the text (which the snapshot
 * keeps anyway) and the prose line numbers, in a typed array: a document's split lines and the
 * parse's working state are dropped at once instead of living, and being copied by the garbage
 * collector, for the whole run (15% of the parse time over argo-cd's 330 Markdown files).
 */
function withProseReaders(base: Omit<MarkdownOutline, 'links' | 'images' | 'emails' | 'placeholders' | 'timeframes' | 'proseBefore'>, text: string, prose: Uint32Array): MarkdownOutline {
  let found: Found | null = null;
  let timeframes: Timeframe[] | null = null;
  let bounds: LineBounds | null = null;
  const find = () => (found ??= findInProse(splitLines(text), prose));
  return {
    ...base,
    proseBefore(line: number, column: number, chars: number): string {
      // Asked once per link of a long page (release verification reads the prose before each):
      // the lines are cut from where they lie in the text, not by splitting the whole text again.
      const b = (bounds ??= lineBounds(text));
      const lineText = (i: number) => (i >= 0 && i < b.starts.length ? text.slice(b.starts[i], b.ends[i]) : '');
      const own = lineText(line - 1).slice(0, Math.max(0, column - 1));
      const parts = [own];
      let size = own.length;
      // The prose lines before it (prose holds line indices in order), back to its section's heading.
      let stop = -1;
      for (const h of base.headings) if (h.line - 1 < line - 1) stop = h.line - 1;
      for (let k = upperBound(prose, line - 2); k >= 0 && prose[k] > stop && size < chars; k--) {
        const prior = lineText(prose[k]);
        parts.unshift(prior);
        size += prior.length + 1;
      }
      const joined = parts.join(' ');
      return joined.length > chars ? joined.slice(joined.length - chars) : joined;
    },
    get links() {
      return find().links;
    },
    get images() {
      return find().images;
    },
    get emails() {
      return find().emails;
    },
    // Only a security policy's timeframes are asked for: a pass of their own, not one with every link.
    get timeframes() {
      return (timeframes ??= findTimeframes(splitLines(text), prose));
    },
    get placeholders() {
      return find().placeholders;
    },
  };
}

/** The index of the last entry of a sorted array that is at most `value`, or -1. */
function upperBound(sorted: Uint32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** A document's lines, as every reader of this room splits them (CRLF, CR and LF). */
export function splitLines(text: string): string[] {
  // Most documents have no CR: a split on one character is a fast builtin path, the pattern is not.
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}

/** Where each line of splitLines(text) starts and ends in `text` (the end before its line break). */
interface LineBounds {
  starts: Uint32Array;
  ends: Uint32Array;
}

/** The bounds of the lines splitLines cuts, found with indexOf (a builtin) rather than a loop over every character. */
export function lineBounds(text: string): LineBounds {
  const starts: number[] = [0];
  const ends: number[] = [];
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf !== -1 || cr !== -1) {
    const at = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
    ends.push(at);
    const next = at + (at === cr && lf === at + 1 ? 2 : 1);
    starts.push(next);
    if (lf !== -1 && lf < next) lf = text.indexOf('\n', next);
    if (cr !== -1 && cr < next) cr = text.indexOf('\r', next);
  }
  ends.push(text.length);
  return { starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}

interface Found {
  links: Link[];
  images: Link[];
  emails: Email[];
  placeholders: PlaceholderHit[];
}

/** Periods of time stated in the prose lines, in line order. */
function findTimeframes(lines: string[], prose: Uint32Array): Timeframe[] {
  const timeframes: Timeframe[] = [];
  for (let k = 0; k < prose.length; k++) {
    if (timeframes.length >= MAX_TIMEFRAMES) break;
    const i = prose[k];
    let line = lines[i];
    if (line.length > MAX_LINE) line = line.slice(0, MAX_LINE);
    if (!/\b(hours?|days?|weeks?|months?)\b/i.test(line)) continue;
    const before = k > 0 && prose[k - 1] === i - 1 && !/[.!?:]$/.test(lines[i - 1].trimEnd()) ? lines[i - 1].slice(-TIMEFRAME_CONTEXT / 2) : '';
    const context = `${before} ${line}`.trim().slice(0, TIMEFRAME_CONTEXT);
    for (const m of line.matchAll(TIMEFRAME_RE)) {
      if (timeframes.length >= MAX_TIMEFRAMES) break;
      timeframes.push({ text: m[0], line: i + 1, column: (m.index ?? 0) + 1, context });
    }
    for (const m of line.matchAll(VAGUE_TIMEFRAME_RE)) {
      if (timeframes.length >= MAX_TIMEFRAMES) break;
      timeframes.push({ text: m[0], line: i + 1, column: (m.index ?? 0) + 1, context, vague: true });
    }
  }
  return timeframes;
}

/** Links and e-mail addresses (placeholders set apart) of the prose lines, in line order. */
function findInProse(lines: string[], prose: Uint32Array): Found {
  const links: Link[] = [];
  const images: Link[] = [];
  const emails: Email[] = [];
  const placeholders: PlaceholderHit[] = [];
  const { defs, at: definitionLines } = definitions(lines, prose);
  // A link whose text wraps onto the next line ("[security\nprocess](https://...)"), as wrapped prose often has.
  let openLink: OpenLink | null = null;
  let openAnchor: OpenAnchor | null = null;
  let previous = -2;
  for (const i of prose) {
    let line = lines[i];
    if (line.length > MAX_LINE) line = line.slice(0, MAX_LINE);
    const lineNo = i + 1;
    // Only the line just before may open a link that this line closes.
    const prevOpen = previous === i - 1 ? openLink : null;
    // An HTML anchor's content goes on over the lines that follow its own, up to its '</a>'.
    openAnchor = openAnchor !== null && previous === i - 1 ? continueAnchor(openAnchor, line) : null;
    previous = i;
    if (links.length < MAX_LINKS) {
      const before = links.length;
      const wrapped = links.length;
      if (prevOpen !== null) collectWrappedLink(prevOpen, line, links, defs);
      // A definition is not shown to a reader: its target is a link where a reference uses it.
      if (!definitionLines.has(i)) openAnchor = collectLinks(line, lineNo, links, defs, images) ?? openAnchor;
      // The destination of a link opened on the line before is not a bare link of its own.
      if (links.length > wrapped + 1 && links[wrapped].line !== lineNo) {
        const target = links[wrapped].target;
        const bare = links.findIndex((l, k) => k > wrapped && l.line === lineNo && l.text === target && l.target === target);
        if (bare > 0) links.splice(bare, 1);
      }
      if (links.length > before) keepReal(links, before, (l) => l.target, placeholders);
    }
    openLink = unclosedLinkText(line, lineNo);
    if (emails.length < MAX_LINKS && line.includes('@')) {
      const before = emails.length;
      collectEmails(line, lineNo, emails);
      if (emails.length > before) keepReal(emails, before, (e) => e.address, placeholders);
    }
    if (emails.length < MAX_LINKS) {
      const before = emails.length;
      for (const e of spelledEmails(line)) emails.push({ address: e.address, line: lineNo, column: e.column, written: e.written });
      if (emails.length > before) keepReal(emails, before, (e) => e.address, placeholders);
    }
  }
  return { links, images, emails, placeholders };
}

/**
 * An ATX heading (`## Title ##`): up to three leading blanks, one to six `#`, then blank or the
 * end of the line; a closing run of `#` after a blank is not part of the text. Read by hand: as one
 * expression (/^\s{0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/) a heading padded with 8,000 blanks
 * before its last word took minutes.
 */
export function atxHeading(line: string): { level: number; text: string } | null {
  let i = 0;
  while (i < 3 && i < line.length && isBlank(line.charCodeAt(i))) i++;
  let level = 0;
  while (i + level < line.length && line.charCodeAt(i + level) === 35 /* # */) level++;
  if (level < 1 || level > 6) return null;
  const after = i + level;
  if (after < line.length && !isBlank(line.charCodeAt(after))) return null;
  let text = line.slice(after).trim();
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 35) end--;
  // `## Title ##` and `## ##` close; `## C#` keeps its '#'.
  if (end === 0 || (end < text.length && isBlank(text.charCodeAt(end - 1)))) text = text.slice(0, end).trim();
  return { level, text };
}

/**
 * A list item's first line, or an admonition's or content tab's of Python-Markdown (mkdocs: `!!! note`, `??? example`,
 * `=== "Tab"`): its indented lines after a blank line continue it, they are not code (nlohmann/json's API pages).
 */
const LIST_ITEM_RE = /^ {0,3}(?:[-*+]|\d{1,9}[.)]|!!!|\?\?\?\+?|===)(?:[ \t]|$)/;

/** The column where a list item's content starts (after its marker and one blank), or 0 for a line that opens none. */
function listItemContent(line: string): number {
  const c = line.charCodeAt(indentColumns(line) < 4 ? line.length - line.trimStart().length : 0);
  if (!(c === 0x2d || c === 0x2a || c === 0x2b || (c >= 0x30 && c <= 0x39))) return 0;
  const m = LIST_ITEM_RE.exec(line);
  return m === null ? 0 : m[0].length;
}

/** The columns of a line's leading spaces and tabs (a tab to the next multiple of 4), counted up to 4. */
function indentColumns(line: string): number {
  let col = 0;
  for (let i = 0; i < line.length && col < 4; i++) {
    const c = line.charCodeAt(i);
    if (c === 32) col++;
    else if (c === 9) col += 4 - (col % 4);
    else break;
  }
  return col;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 11 || code === 12 || code === 13 || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x3000;
}

/** Where an HTML comment block opens (`<!--` after at most three spaces), or -1. */
function commentOpens(line: string): number {
  const at = line.indexOf('<!--');
  return at >= 0 && at <= 3 && line.slice(0, at).trim() === '' ? at : -1;
}

/** Text without its HTML tags (`a <b>bold</b> word` -> `a bold word`), in one pass. */
export function stripTags(s: string): string {
  if (!s.includes('<')) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const open = s.indexOf('<', i);
    if (open < 0) break;
    const close = s.indexOf('>', open + 1);
    // An unclosed '<' is text, and so is everything after it.
    if (close < 0) break;
    out += s.slice(i, open);
    i = close + 1;
  }
  return out + s.slice(i);
}

/** Markdown links replaced by their text (`[guide](docs/x.md)` -> `guide`), in one pass. */
export function linkTexts(s: string): string {
  if (!s.includes('](')) return s;
  let out = '';
  let i = 0;
  for (;;) {
    const mid = s.indexOf('](', i);
    if (mid < 0) break;
    const close = s.indexOf(')', mid + 2);
    // No ')' after this '](' means none after any later one either.
    if (close < 0) break;
    // The '[' that opens the text: the nearest before the '](' with no ']' between, after what was read.
    let open = mid - 1;
    while (open >= i && s[open] !== '[' && s[open] !== ']') open--;
    if (open < i || s[open] !== '[') {
      out += s.slice(i, mid + 2);
      i = mid + 2;
      continue;
    }
    out += s.slice(i, open) + s.slice(open + 1, mid);
    i = close + 1;
  }
  return out + s.slice(i);
}

/** Moves the placeholders among `list[from..]` (added by the current line) to `out`. */
function keepReal<T extends { line: number; column: number }>(list: T[], from: number, text: (x: T) => string, out: PlaceholderHit[]): void {
  let w = from;
  for (let r = from; r < list.length; r++) {
    const x = list[r];
    const reason = placeholderReason(text(x));
    if (reason === null) list[w++] = x;
    else if (out.length < MAX_LINKS) out.push({ text: text(x).slice(0, 200), reason, line: x.line, column: x.column });
  }
  list.length = w;
}

/**
 * A list item that starts with a link to an issue, a pull request or a merge request, whatever
 * follows it ("- [#2142](https://github.com/o/r/issues/2142) - Feature: assess the threat model"):
 * a work item, planned or done elsewhere, not a statement of the section's own.
 */
/**
 * A line that only sends the reader elsewhere: pvtr-github-repo's "GitHub Actions Usage" is "See the
 * [OSPS Security Baseline Scanner](https://github.com/marketplace/...)", no guide of its own.
 */
const POINTER_LINE = /^(?:see|refer to|check out|visit|go to)(?:\s+(?:the|our))?\s+\[[^\]]{0,300}\]\([^)\s]{1,500}\)[.!]?$/i;
const ISSUE_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]{0,300}\]\(https?:\/\/[^\s()]{1,300}?\/(?:issues|pull|pulls|merge_requests)\/\d+(?:[#?][^\s()]{0,200})?\)/;

function cleanHeading(raw: string): string {
  return linkTexts(stripTags(raw))
    // Emphasis and code marks go; a backslash-escaped punctuation character is that character (execa's
    // docs/api.md "### execa\`command\`" is "execa`command`", not "execa\command\").
    .replace(/\\([!-/:-@[-`{-~])|[*_`]/g, (_m, escaped: string | undefined) => escaped ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
}

const HTML_IMAGE_ALT = /^<img\b[^>]{0,300}?\salt\s{0,5}=\s{0,5}(?:"([^"<>]{0,100})"|'([^'<>]{0,100})')/i;
const HTML_IMAGE_ONLY = /^<img\b[^>]{0,1000}>$/i;

/** The alt text of a link text that is only an HTML image (`<img alt="docs.rs" src=…>`), or null. */
function htmlImageAlt(text: string): string | null {
  const t = text.trim();
  if (!HTML_IMAGE_ONLY.test(t)) return null;
  const m = HTML_IMAGE_ALT.exec(t);
  return m ? (m[1] ?? m[2] ?? '').trim() : null;
}

function collectLinks(line: string, lineNo: number, out: Link[], defs: ReadonlyMap<string, string> = NO_DEFINITIONS, images?: Link[]): OpenAnchor | null {
  // Where the links of the line are: a URL inside one (`[https://x](https://x)`) is its text, not a second link.
  const spans: Array<[number, number]> = [];
  for (const l of inlineLinks(line)) {
    spans.push([l.index, l.end]);
    // Images are not links: a badge's image URL is not where it leads. An image of its own is kept apart.
    if (l.index > 0 && line[l.index - 1] === '!') {
      if (images && images.length < MAX_LINKS && !(l.index > 1 && line[l.index - 2] === '[')) images.push({ text: l.text, target: l.target, line: lineNo, column: l.index, image: true });
      continue;
    }
    // A linked image (a badge), `[![alt](image)](target)` or `[![alt](image)][label]`, is a link to `target` with the alt text.
    if (l.text.startsWith('![')) {
      const target = (targetAt(line, l.end) ?? referenceAfter(line, l.end, defs))?.target ?? null;
      if (target !== null) out.push({ text: l.text.slice(2).trim(), target, line: lineNo, column: l.index + 1, image: true });
      continue;
    }
    // A badge written as an HTML image in a Markdown link, `[<img alt="crates.io" src="…">](https://crates.io/crates/x)`
    // (dtolnay's crates and those that copy them): a linked image with its alt text, not a link whose text is the tag.
    const alt = l.text.startsWith('<') ? htmlImageAlt(l.text) : null;
    if (alt !== null) out.push({ text: alt, target: l.target, line: lineNo, column: l.index + 1, image: true });
    else out.push({ text: l.text, target: l.target, line: lineNo, column: l.index + 1 });
  }
  if (defs.size > 0)
    for (const l of referenceLinks(line, defs)) {
      spans.push([l.index, l.end]);
      out.push({ text: l.text, target: l.target, line: lineNo, column: l.index + 1, ...(l.image ? { image: true as const } : {}) });
    }
  for (const l of autolinks(line)) out.push({ text: l.target, target: l.target, line: lineNo, column: l.index + 1 });
  let open: OpenAnchor | null = null;
  if (line.includes('<a') || line.includes('<A'))
    for (const l of htmlAnchors(line)) {
      spans.push([l.index, l.end]);
      const link: Link = { text: l.text, target: l.target, line: lineNo, column: l.index + 1, ...(l.image ? { image: true as const } : {}) };
      out.push(link);
      // Only the line's last anchor can be closed on a later line.
      open = l.open ? { link, inner: line.slice(l.end), lines: 0 } : null;
    }
  if (!line.includes('://')) return open;
  spans.sort((a, b) => a[0] - b[0]);
  let s = 0;
  for (const m of line.matchAll(BARE_URL_RE)) {
    const at = m.index ?? 0;
    // Matches come left to right: spans ending before this one never hold a later match.
    while (s < spans.length && spans[s][1] <= at) s++;
    if (s < spans.length && spans[s][0] <= at) continue;
    const target = trimEnd(m[1], '.,;:!?');
    out.push({ text: target, target, line: lineNo, column: at + 1 });
  }
  return open;
}

interface FoundLink {
  text: string;
  target: string;
  /** Where the link starts in the line (its '[' or '<'). */
  index: number;
  /** Where the link ends (after its ')' or '>'). */
  end: number;
}

/**
 * The end of the run of characters from `from` that `inRun` accepts. A run that started earlier
 * ends at the same place, so each run is read once however many links start inside it.
 */
class RunEnds {
  private start = -1;
  private end = -1;
  private readonly text: string;
  private readonly inRun: (c: string) => boolean;

  constructor(text: string, inRun: (c: string) => boolean) {
    this.text = text;
    this.inRun = inRun;
  }

  from(i: number): number {
    if (i >= this.start && i < this.end) return this.end;
    let e = i;
    while (e < this.text.length && this.inRun(this.text[e])) e++;
    if (e > i) {
      this.start = i;
      this.end = e;
    }
    return e;
  }
}

const isBlankChar = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v' || (c > '\x7f' && c.trim() === '');
const inTarget = (c: string) => c !== ')' && c !== '>' && !isBlankChar(c);

/** The '[' that opens a link text ending at `close`: the nearest one back, within MAX_LINK_TEXT and not before `from`, with no ']' between; -1 when there is none. */
function textOpen(line: string, close: number, from: number): number {
  for (let i = close - 1; i >= from && i >= close - 1 - MAX_LINK_TEXT; i--) {
    if (line[i] === ']') return -1;
    if (line[i] === '[') return i;
  }
  return -1;
}

/**
 * Inline links `[text](target "title")` of a line, left to right, as the expression
 * /\[([^\]]{0,300})\]\(\s*<?([^)\s>]{1,2000})>?(?:\s+"[^"]*")?\s*\)/g finds them, but in linear
 * time: that expression read up to 2,000 characters again from every '[' of a line such as
 * `[a](` repeated.
 */
export function inlineLinks(line: string, max = Number.MAX_SAFE_INTEGER): FoundLink[] {
  const out: FoundLink[] = [];
  const targets = new RunEnds(line, inTarget);
  // What follows a target that ends at a given place: the end of the link, or -1.
  const closeAt = new Map<number, number>();
  let from = 0;
  while (out.length < max) {
    const mid = line.indexOf('](', from);
    if (mid < 0) break;
    // The text: back to the nearest '[' ("[[site](u)]" links "site"), or the '[' before a '!['
    // that opens a linked image ("[![alt](image)](target)").
    const nearest = textOpen(line, mid, from);
    const open = nearest >= from + 2 && line[nearest - 1] === '!' && line[nearest - 2] === '[' ? nearest - 2 : nearest;
    let p = mid + 2;
    while (p < line.length && isBlankChar(line[p])) p++;
    if (line[p] === '<') p++;
    const e = targets.from(p);
    let end = -1;
    if (open >= 0 && e > p && e - p <= MAX_LINK_TARGET) {
      let cached = closeAt.get(e);
      if (cached === undefined) {
        cached = linkClose(line, e);
        closeAt.set(e, cached);
      }
      end = cached;
    }
    if (end < 0) {
      from = mid + 1;
      continue;
    }
    out.push({ text: line.slice(open + 1, mid).trim(), target: line.slice(p, e), index: open, end });
    from = end;
  }
  return out;
}

// ---- Reference links: `[text][label]`, `[label][]`, `[label]`, with `[label]: target` anywhere in the document ----

const NO_DEFINITIONS: ReadonlyMap<string, string> = new Map();
/** Characters of a label, at most (CommonMark allows 999). */
const MAX_LABEL = 200;
/** Definitions kept per document, and reference links found per line, at most. */
const MAX_DEFINITIONS = 2000;
const MAX_REFERENCES = 200;

/** A label as CommonMark matches it: case and runs of white space do not matter. */
function normLabel(raw: string): string {
  return raw.trim().split(/[ \t]+/).join(' ').toLowerCase();
}

/** A link reference definition (`[label]: target`, up to three spaces before it), or null. Read by hand: linear. */
function definitionOf(line: string): { label: string; target: string } | null {
  let i = 0;
  while (i < 3 && line[i] === ' ') i++;
  if (line[i] !== '[') return null;
  const close = line.indexOf(']', i + 1);
  if (close < 0 || close - i - 1 > MAX_LABEL || line[close + 1] !== ':') return null;
  const raw = line.slice(i + 1, close);
  if (raw.includes('[') || raw.trim() === '' || raw.startsWith('^')) return null; // [^1]: a footnote
  const d = destinationAt(line, close + 2);
  return d === null ? null : { label: normLabel(raw), target: line.slice(d.start, d.end) };
}

const NO_LINES: ReadonlySet<number> = new Set();

/** The document's definitions, by label (the first definition of a label wins, as in CommonMark), and the lines they are on. */
function definitions(lines: readonly string[], prose: Uint32Array): { defs: ReadonlyMap<string, string>; at: ReadonlySet<number> } {
  let defs: Map<string, string> | null = null;
  let at: Set<number> | null = null;
  for (const i of prose) {
    const line = lines[i];
    if (!line.includes(']:')) continue;
    const d = definitionOf(line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line);
    if (d === null) continue;
    defs ??= new Map();
    (at ??= new Set()).add(i);
    if (!defs.has(d.label)) defs.set(d.label, d.target);
    if (defs.size >= MAX_DEFINITIONS) break;
  }
  return { defs: defs ?? NO_DEFINITIONS, at: at ?? NO_LINES };
}

/** `[label]` or `[]` right at `at` (after a link's text), resolved: its target and where it ends; null otherwise. */
function referenceAfter(line: string, at: number, defs: ReadonlyMap<string, string>, text = ''): { target: string; end: number } | null {
  if (defs.size === 0 || line[at] !== ']' || line[at + 1] !== '[') return null;
  const close = line.indexOf(']', at + 2);
  if (close < 0 || close - at - 2 > MAX_LABEL) return null;
  const raw = line.slice(at + 2, close);
  if (raw.includes('[')) return null;
  const target = defs.get(normLabel(raw.trim() === '' ? text : raw));
  return target === undefined ? null : { target, end: close + 1 };
}

/**
 * The reference links of a line whose labels are defined: full `[text][label]`, collapsed
 * `[text][]` and shortcut `[text]` (not followed by `(`, `[` or `:`), and the linked image
 * `[![alt][image]][label]`. An image reference alone (`![alt][image]`) is not a link. Each ']' is
 * looked at once and the text reaches back at most MAX_LINK_TEXT characters: linear.
 */
function referenceLinks(line: string, defs: ReadonlyMap<string, string>): Array<FoundLink & { image?: boolean }> {
  const out: Array<FoundLink & { image?: boolean }> = [];
  let from = 0;
  while (out.length < MAX_REFERENCES) {
    const close = line.indexOf(']', from);
    if (close < 0) break;
    const open = textOpen(line, close, from);
    const next = line[close + 1];
    // A '[' right after ']' is the label of a reference (or of a linked image) read with its text.
    if (open < 0 || next === '(' || next === ':' || (open > 0 && line[open - 1] === ']')) {
      from = close + 1;
      continue;
    }
    const text = line.slice(open + 1, close);
    let target: string | undefined;
    let end = close + 1;
    if (next === '[') {
      const r = referenceAfter(line, close, defs, text);
      if (r === null) {
        from = close + 1;
        continue;
      }
      target = r.target;
      end = r.end;
    } else {
      target = defs.get(normLabel(text));
    }
    if (target === undefined) {
      from = close + 1;
      continue;
    }
    if (open > 0 && line[open - 1] === '!') {
      // An image: a link only as the text of an outer link, `[![alt][image]][label]` or `[![alt][image]](target)`.
      const outer = open >= 2 && line[open - 2] === '[' ? (referenceAfter(line, end, defs) ?? targetAt(line, end)) : null;
      if (outer !== null) out.push({ text: text.trim(), target: outer.target, index: open - 2, end: outer.end, image: true });
      from = outer?.end ?? end;
      continue;
    }
    out.push({ text: text.trim(), target, index: open, end });
    from = end;
  }
  return out;
}

/** A link's destination from `from` (after blanks and an optional '<'): where it starts and ends, or null. */
function destinationAt(line: string, from: number): { start: number; end: number } | null {
  let p = from;
  while (p < line.length && isBlankChar(line[p])) p++;
  if (line[p] === '<') p++;
  let e = p;
  while (e < line.length && e - p <= MAX_LINK_TARGET && inTarget(line[e])) e++;
  return e === p || e - p > MAX_LINK_TARGET ? null : { start: p, end: e };
}

/** The target of `](target)` at `at` (what follows a linked image's image), and where the link ends; or null. One link: linear. */
function targetAt(line: string, at: number): { target: string; end: number } | null {
  if (!line.startsWith('](', at)) return null;
  const d = destinationAt(line, at + 2);
  const end = d === null ? -1 : linkClose(line, d.end);
  return d === null || end < 0 ? null : { target: line.slice(d.start, d.end), end };
}

/** After a link's target: an optional '>', an optional "title", blanks and ')'. The index after ')' or -1. */
function linkClose(line: string, at: number): number {
  let q = at;
  if (line[q] === '>') q++;
  let w = q;
  while (w < line.length && isBlankChar(line[w])) w++;
  if (w > q && line[w] === '"') {
    const quote = line.indexOf('"', w + 1);
    if (quote >= 0) {
      let r = quote + 1;
      while (r < line.length && isBlankChar(line[r])) r++;
      if (line[r] === ')') return r + 1;
    }
  }
  return line[w] === ')' ? w + 1 : -1;
}

/** Autolinks `<https://…>` and `<mailto:…>` of a line, in linear time. */
export function autolinks(line: string): FoundLink[] {
  const out: FoundLink[] = [];
  const runs = new RunEnds(line, (c) => c !== '>' && !isBlankChar(c));
  let from = 0;
  for (;;) {
    const open = line.indexOf('<', from);
    if (open < 0) break;
    from = open + 1;
    const scheme = /^(?:https?|mailto):/.exec(line.slice(open + 1, open + 9));
    if (!scheme) continue;
    const start = open + 1 + scheme[0].length;
    const e = runs.from(start);
    if (e === start || e - start > MAX_LINK_TARGET || line[e] !== '>') continue;
    out.push({ target: line.slice(open + 1, e), text: '', index: open, end: e + 1 });
    from = e + 1;
  }
  return out;
}

/**
 * HTML anchors of a line, `<a href="target">text</a>`, as READMEs often write their badges
 * (`<a href="https://pypi.org/project/black/"><img alt="PyPI" src="..."></a>`): the anchor's text,
 * or the alt text of the image it holds (a linked image). An anchor closed on a later line has no
 * text here and is marked open (continueAnchor reads on). Each '<a' is looked at once: linear.
 */
export function htmlAnchors(line: string): Array<FoundLink & { image?: boolean; open?: boolean }> {
  const out: Array<FoundLink & { image?: boolean; open?: boolean }> = [];
  const lower = line.toLowerCase();
  let from = 0;
  let closed = true;
  while (out.length < MAX_REFERENCES) {
    const open = lower.indexOf('<a', from);
    if (open < 0) break;
    from = open + 2;
    if (!isBlankChar(line[open + 2] ?? '')) continue;
    const tagEnd = line.indexOf('>', open + 2);
    if (tagEnd < 0) break;
    from = tagEnd + 1;
    const href = attribute(line.slice(open + 2, tagEnd), 'href');
    const target = href === null ? null : decodeEntities(href);
    if (target === null || target === '' || target.length > MAX_LINK_TARGET) continue;
    // No '</a>' after this anchor means none after a later one either: look once.
    const close = closed ? lower.indexOf('</a>', tagEnd + 1) : -1;
    if (close < 0) closed = false;
    const { text, image } = close < 0 ? { text: '', image: false } : anchorText(line.slice(tagEnd + 1, close));
    const end = close < 0 ? tagEnd + 1 : close + 4;
    out.push({ text, target, index: open, end, ...(image ? { image } : {}), ...(close < 0 ? { open: true } : {}) });
    from = end;
  }
  return out;
}

/** What an anchor's content shows: its text, or the alt text of the image it holds (a linked image). */
function anchorText(inner: string): { text: string; image: boolean } {
  const text = stripTags(inner).replace(/\s+/g, ' ').trim();
  const img = text === '' ? inner.toLowerCase().indexOf('<img') : -1;
  if (img < 0) return { text: text.slice(0, MAX_LINK_TEXT), image: false };
  return { text: (attribute(inner.slice(img + 4), 'alt') ?? '').slice(0, MAX_LINK_TEXT), image: true };
}

/** An HTML anchor whose '</a>' is on a later line: the link found on its line, and its content so far. */
interface OpenAnchor {
  link: Link;
  inner: string;
  lines: number;
}

/** How many lines after its own an anchor's content may take (httpx's badge: `<a href>`, `<img ...>`, `</a>`). */
const MAX_ANCHOR_LINES = 4;

/**
 * The next line of an anchor left open: when it holds the '</a>', the link takes the anchor's
 * text or its image's alt text (the badge of httpx's README, `<a href="https://pypi.org/project/httpx/">`
 * then `<img src="..." alt="Package version">` then `</a>`); returns the anchor while it stays open.
 */
function continueAnchor(open: OpenAnchor, line: string): OpenAnchor | null {
  const close = line.toLowerCase().indexOf('</a>');
  const inner = `${open.inner} ${close < 0 ? line : line.slice(0, close)}`;
  if (close >= 0) {
    const { text, image } = anchorText(inner);
    open.link.text = text;
    if (image) open.link.image = true;
    return null;
  }
  // A blank line ends the HTML block; the content is bounded.
  if (line.trim() === '' || open.lines >= MAX_ANCHOR_LINES || inner.length > 4 * MAX_LINK_TEXT) return null;
  return { link: open.link, inner, lines: open.lines + 1 };
}

const ENTITY = /&(?:#x([0-9a-f]{1,6})|#(\d{1,7})|(amp|lt|gt|quot|apos));/gi;
const NAMED_ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An attribute's value as the browser reads it: axios's sponsor links write `?utm_source&#x3D;...&amp;...`. */
function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED_ENTITY[name.toLowerCase()] ?? whole;
    const code = hex ? Number.parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The value of an HTML attribute in a tag's text (quoted or bare), or null. Linear. */
function attribute(tag: string, name: string): string | null {
  const lower = tag.toLowerCase();
  let at = lower.indexOf(`${name}=`);
  // The name must start an attribute: `data-href=` is not `href=`.
  while (at > 0 && !isBlankChar(lower[at - 1])) at = lower.indexOf(`${name}=`, at + 1);
  if (at < 0) return null;
  const p = at + name.length + 1;
  const q = tag[p];
  if (q === '"' || q === "'") {
    const e = tag.indexOf(q, p + 1);
    return e < 0 ? null : tag.slice(p + 1, e).trim();
  }
  let e = p;
  while (e < tag.length && !isBlankChar(tag[e]) && tag[e] !== '>') e++;
  return tag.slice(p, e);
}

interface OpenLink {
  /** The line's text from its last unclosed `[`. */
  text: string;
  line: number;
  column: number;
}

/** The text after a line's last `[` that no `]` closes, when the link's text may go on on the next line. */
function unclosedLinkText(line: string, lineNo: number): OpenLink | null {
  // A link whose destination starts on the next line ("[Source Code Audit …](" then the URL,
  // python-tuf's posts), as CommonMark allows.
  const end = line.trimEnd();
  if (end.endsWith('](')) {
    const close = end.length - 2;
    const open = end.lastIndexOf('[', close);
    if (open >= 0 && close - open <= 300) return { text: end.slice(open), line: lineNo, column: open + 1 };
    return null;
  }
  let i = line.lastIndexOf('[');
  if (i < 0 || line.indexOf(']', i) >= 0 || line.length - i > 300) return null;
  // A badge whose alt text wraps ("[![github\nrelease](image)](target)") opens at the outer '['.
  if (i >= 2 && line[i - 1] === '!' && line[i - 2] === '[') i -= 2;
  return { text: line.slice(i), line: lineNo, column: i + 1 };
}

/** A link opened on the previous line and closed on this one; reported at the line and column where it starts. */
function collectWrappedLink(open: OpenLink, line: string, out: Link[], defs: ReadonlyMap<string, string>): void {
  const joined = `${open.text} ${line}`;
  let inline = inlineLinks(joined, 1)[0];
  // The destination alone on this line, its `)` on the next one.
  const dest = line.trim();
  if (inline === undefined && open.text.endsWith('](') && dest !== '' && !/[\s()]/.test(dest)) inline = inlineLinks(`${open.text}${dest})`, 1)[0];
  // A reference link wrapped the same way (rustup's "please follow the [Rust security\npolicy]."), its label defined in the document.
  const reference = inline?.index === 0 || defs.size === 0 ? undefined : referenceLinks(joined, defs).find((l) => l.index === 0 && !l.image);
  if (reference) {
    out.push({ text: reference.text.replace(/\s+/g, ' ').trim(), target: reference.target, line: open.line, column: open.column });
    return;
  }
  const first = inline;
  if (!first || first.index !== 0) return;
  const text = first.text.replace(/\s+/g, ' ').trim();
  if (!text.startsWith('![')) {
    out.push({ text, target: first.target, line: open.line, column: open.column });
    return;
  }
  // A linked image leads to the outer target, not to its image.
  const target = (targetAt(joined, first.end) ?? referenceAfter(joined, first.end, defs))?.target;
  if (target !== undefined) out.push({ text: text.slice(2).trim(), target, line: open.line, column: open.column, image: true });
}

/**
 * A line's prose with its code spans blanked (their words are code, not the project's sentences),
 * but for a code span that is a link's whole text: rustls's "(see [`rustls-test/tests/api/`](…))"
 * keeps the path the sentence points to instead of reading "(see )".
 */
function proseOfCodeLine(line: string): string {
  return line.replace(/\[`([^`\]]{1,200})`\]/g, '[$1]').replace(/`[^`]*`/g, ' ');
}

function collectEmails(line: string, lineNo: number, out: Email[]): void {
  for (const m of line.matchAll(EMAIL_RE)) out.push({ address: m[1], line: lineNo, column: (m.index ?? 0) + 1 });
}

/**
 * The first heading whose text matches `pattern` and whose section tells the reader something
 * (at least `minChars` of prose, not just a table of contents).
 */
/** The heading whose section holds a line (the nearest heading above it), or undefined before the first heading. */
export function headingAtLine(outline: MarkdownOutline | null | undefined, line: number): Heading | undefined {
  const hs = outline?.headings ?? [];
  let lo = 0;
  let hi = hs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hs[mid].line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? hs[lo - 1] : undefined;
}

export function findSection(outline: MarkdownOutline, pattern: RegExp, minChars = 40): Heading | undefined {
  return outline.headings.find((h) => pattern.test(h.text) && h.sectionChars >= minChars && !(h.linkListOnly && h.sectionChars === h.ownChars) && h.template === undefined);
}

/**
 * Where a sentence starts in a section's prose. A sentence is read with emphasis removed
 * ("- [ ] **Tests added/updated**: New code is covered", envoyproxy/gateway's template), so when
 * its start is not found as written, the first run of four of its words that is found stands for it.
 */
function bodyIndexOf(body: string, text: string): number {
  const at = body.indexOf(text.slice(0, 60));
  if (at >= 0) return at;
  const words = text.split(' ', 14);
  for (let i = 1; i + 4 <= words.length; i++) {
    const k = body.indexOf(words.slice(i, i + 4).join(' '));
    if (k >= 0) return k;
  }
  return -1;
}

/** The line of offset `at` of a heading's sample, from its [offset, line] pairs (the heading's own line when `at` is -1). */
function sampleLine(h: Heading, pairs: readonly number[], at: number): number {
  let line = h.line;
  for (let i = 0; at >= 0 && i < pairs.length && pairs[i] <= at; i += 2) line = pairs[i + 1];
  return line;
}

/** The line a command of a heading's code comes from (the heading's own line when it is not there). */
export function codeLineOf(h: Heading, command: string): number {
  return sampleLine(h, h.codeLines, command === '' ? -1 : h.code.indexOf(command));
}

/** The line a piece of a heading's body text comes from (the heading's own line when unknown). */
export function bodyLineOf(h: Heading, text: string): number {
  return sampleLine(h, h.bodyLines, bodyIndexOf(h.body, text));
}
