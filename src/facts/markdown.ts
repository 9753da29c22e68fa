// A small Markdown outline reader: headings with the size of their sections, links and
// e-mail addresses, with line numbers. Enough to tell "a section that tells the reader how"
// from a bare mention, in time linear in the document.

import { placeholderReason, templateReason } from './placeholder.ts';

export interface Heading {
  level: number;
  text: string;
  line: number;
  /** Non-blank characters of prose between this heading and the next heading of any level. */
  ownChars: number;
  /** Non-blank characters until the next heading of the same or a higher level (subsections included). */
  sectionChars: number;
  /** True when the heading's own body is only a list of links (a table of contents). */
  linkListOnly: boolean;
  /**
   * The start of the heading's own prose (code blocks excluded), whitespace collapsed, at most
   * BODY_SAMPLE characters: enough for a rule to read what a section says, scoped to it.
   */
  body: string;
  /** Where each line of `body` came from: pairs of [offset in body, line number], in order. */
  bodyLines: number[];
  /** The start of the code in the heading's own body (fenced blocks and inline code), at most CODE_SAMPLE characters. */
  code: string;
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
}

export interface Link {
  text: string;
  target: string;
  line: number;
  column: number;
}

export interface Email {
  address: string;
  line: number;
  column: number;
}

export interface MarkdownOutline {
  headings: Heading[];
  links: Link[];
  emails: Email[];
  lineCount: number;
  /** Non-blank characters of prose outside code blocks, template sections excluded. */
  proseChars: number;
  /** E-mail addresses and links that are placeholders (you@example.com, https://your-org.example): never evidence. */
  placeholders: PlaceholderHit[];
  /** Periods of time stated in prose, in order (at most MAX_TIMEFRAMES). */
  timeframes: Timeframe[];
}

const MAX_HEADINGS = 10_000;
const MAX_LINKS = 10_000;
const MAX_LINE = 10_000;
export const BODY_SAMPLE = 1500;
export const CODE_SAMPLE = 800;
/** Total sample characters kept per document, so that 5,000 headings cannot cost much memory. */
const SAMPLE_BUDGET = 512 * 1024;
const MAX_TIMEFRAMES = 200;
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty-five|sixty|ninety';
const TIMEFRAME_RE = new RegExp(`\\b(?:\\d{1,4}|${NUMBER_WORDS})(?:\\s*(?:-|to|–)\\s*(?:\\d{1,4}|${NUMBER_WORDS}))?[\\s-]+(?:business[\\s-]+|working[\\s-]+|calendar[\\s-]+)?(?:hours?|days?|weeks?|months?)\\b`, 'gi');

const LINK_RE = /\[([^\]\n]{0,300})\]\(\s*<?([^)\s>]{1,2000})>?(?:\s+"[^"]*")?\s*\)/g;
const AUTOLINK_RE = /<((?:https?|mailto):[^>\s]{1,2000})>/g;
const BARE_URL_RE = /(?<![(<"'=\w])(https?:\/\/[^\s)<>\]"'`]{3,2000})/g;
const EMAIL_RE = /(?<![\w.+-])([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24})(?![\w-])/g;
const HTML_HEADING_RE = /^\s*<h([1-6])[^>]*>(.*?)<\/h\1>\s*$/i;

export function parseMarkdown(text: string): MarkdownOutline {
  const lines = text.split(/\r\n|\r|\n/);
  const headings: Heading[] = [];
  const links: Link[] = [];
  const emails: Email[] = [];
  const placeholders: PlaceholderHit[] = [];
  // Per line: chars of prose (0 for headings, code, blank), and whether the line is a list item of links.
  let inFence: string | null = null;
  let proseChars = 0;
  let budget = SAMPLE_BUDGET;
  const timeframes: Timeframe[] = [];
  const addBody = (h: Heading, text: string, lineNo: number) => {
    if (h.body.length >= BODY_SAMPLE || budget <= 0) return;
    const piece = text.replace(/\s+/g, ' ').trim();
    if (!piece) return;
    const add = (h.body ? ' ' : '') + piece.slice(0, BODY_SAMPLE - h.body.length);
    h.bodyLines.push(h.body.length + (h.body ? 1 : 0), lineNo);
    h.body += add;
    budget -= add.length;
  };
  const addCode = (h: Heading, text: string) => {
    if (h.code.length >= CODE_SAMPLE || budget <= 0) return;
    const piece = text.replace(/\s+/g, ' ').trim();
    if (!piece) return;
    const add = (h.code ? ' ' : '') + piece.slice(0, CODE_SAMPLE - h.code.length);
    h.code += add;
    budget -= add.length;
  };
  // A link whose text wraps onto the next line ("[security\nprocess](https://...)"), as wrapped prose often has.
  let openLink: OpenLink | null = null;
  let current: { h: Heading; linkLines: number; otherLines: number } | null = null;
  const bodies: { h: Heading; linkLines: number; otherLines: number }[] = [];

  const openHeading = (level: number, raw: string, lineNo: number) => {
    if (headings.length >= MAX_HEADINGS) return;
    const h: Heading = { level, text: cleanHeading(raw), line: lineNo, ownChars: 0, sectionChars: 0, linkListOnly: false, body: '', bodyLines: [], code: '' };
    headings.push(h);
    current = { h, linkLines: 0, otherLines: 0 };
    bodies.push(current);
  };

  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (line.length > MAX_LINE) line = line.slice(0, MAX_LINE);
    const lineNo = i + 1;
    const prevOpen = openLink;
    openLink = null;
    const fence = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (inFence !== null) {
      if (fence && fence[1][0] === inFence[0] && fence[1].length >= inFence.length) inFence = null;
      else if (current !== null) addCode((current as { h: Heading }).h, line);
      continue;
    }
    if (fence) {
      inFence = fence[1];
      continue;
    }
    const atx = /^\s{0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/.exec(line);
    if (atx) {
      openHeading(atx[1].length, atx[2] ?? '', lineNo);
      continue;
    }
    const html = HTML_HEADING_RE.exec(line);
    if (html) {
      openHeading(Number(html[1]), html[2].replace(/<[^>]*>/g, ''), lineNo);
      continue;
    }
    const next = lines[i + 1];
    if (next !== undefined && line.trim() !== '' && /^\s{0,3}(=+|-+)\s*$/.test(next) && !/^\s*([-*+]|\d+\.)\s/.test(line)) {
      openHeading(next.trim()[0] === '=' ? 1 : 2, line, lineNo);
      i++;
      continue;
    }
    if (links.length < MAX_LINKS) {
      const before = links.length;
      if (prevOpen !== null) collectWrappedLink(prevOpen, line, links);
      collectLinks(line, lineNo, links);
      if (links.length > before) keepReal(links, before, (l) => l.target, placeholders);
    }
    openLink = unclosedLinkText(line, lineNo);
    if (emails.length < MAX_LINKS) {
      const before = emails.length;
      collectEmails(line, lineNo, emails);
      if (emails.length > before) keepReal(emails, before, (e) => e.address, placeholders);
    }
    const chars = line.replace(/\s+/g, '').length;
    if (chars === 0) continue;
    proseChars += chars;
    if (timeframes.length < MAX_TIMEFRAMES && /\b(hours?|days?|weeks?|months?)\b/i.test(line)) {
      for (const m of line.matchAll(TIMEFRAME_RE)) {
        if (timeframes.length >= MAX_TIMEFRAMES) break;
        timeframes.push({ text: m[0], line: lineNo, column: (m.index ?? 0) + 1 });
      }
    }
    if (current !== null) {
      const c = current as { h: Heading; linkLines: number; otherLines: number };
      addBody(c.h, line.replace(/`[^`]*`/g, ' '), lineNo);
      for (const m of line.matchAll(/`([^`]{1,200})`/g)) addCode(c.h, m[1]);
      c.h.ownChars += chars;
      if (/^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]*\]\([^)]*\)\s*$/.test(line)) c.linkLines++;
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
  return { headings, links, emails, lineCount: lines.length, proseChars, timeframes, placeholders };
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

function cleanHeading(raw: string): string {
  return raw
    .replace(/<[^>]*>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
}

/** A linked image (a badge): `[![alt](image)](target)`; the link is to `target`, with the alt text as its text. */
const LINKED_IMAGE_RE = /\[!\[([^\]\n]{0,300})\]\(\s*<?[^)\s>]{1,2000}>?(?:\s+"[^"]*")?\s*\)\]\(\s*<?([^)\s>]{1,2000})>?(?:\s+"[^"]*")?\s*\)/g;

function collectLinks(raw: string, lineNo: number, out: Link[]): void {
  let line = raw;
  // Images are not links: a badge's image URL is not where it leads. A linked badge counts as a link to its target.
  if (line.includes('![')) {
    for (const m of line.matchAll(LINKED_IMAGE_RE)) out.push({ text: m[1].trim(), target: m[2], line: lineNo, column: (m.index ?? 0) + 1 });
    line = line.replace(LINKED_IMAGE_RE, (s) => ' '.repeat(s.length));
  }
  for (const m of line.matchAll(LINK_RE)) {
    if ((m.index ?? 0) > 0 && line[(m.index ?? 0) - 1] === '!') continue;
    out.push({ text: m[1].trim(), target: m[2], line: lineNo, column: (m.index ?? 0) + 1 });
  }
  for (const m of line.matchAll(AUTOLINK_RE)) out.push({ text: m[1], target: m[1], line: lineNo, column: (m.index ?? 0) + 1 });
  for (const m of line.matchAll(BARE_URL_RE)) {
    const target = m[1].replace(/[.,;:!?]+$/, '');
    out.push({ text: target, target, line: lineNo, column: (m.index ?? 0) + 1 });
  }
}

interface OpenLink {
  /** The line's text from its last unclosed `[`. */
  text: string;
  line: number;
  column: number;
}

/** The text after a line's last `[` that no `]` closes, when the link's text may go on on the next line. */
function unclosedLinkText(line: string, lineNo: number): OpenLink | null {
  const i = line.lastIndexOf('[');
  if (i < 0 || line.indexOf(']', i) >= 0 || line.length - i > 300) return null;
  return { text: line.slice(i), line: lineNo, column: i + 1 };
}

/** A link opened on the previous line and closed on this one; reported at the line and column where it starts. */
function collectWrappedLink(open: OpenLink, line: string, out: Link[]): void {
  const m = LINK_RE.exec(`${open.text} ${line}`);
  LINK_RE.lastIndex = 0;
  if (m && m.index === 0) out.push({ text: m[1].replace(/\s+/g, ' ').trim(), target: m[2], line: open.line, column: open.column });
}

function collectEmails(line: string, lineNo: number, out: Email[]): void {
  for (const m of line.matchAll(EMAIL_RE)) out.push({ address: m[1], line: lineNo, column: (m.index ?? 0) + 1 });
}

/**
 * The first heading whose text matches `pattern` and whose section tells the reader something
 * (at least `minChars` of prose, not just a table of contents).
 */
export function findSection(outline: MarkdownOutline, pattern: RegExp, minChars = 40): Heading | undefined {
  return outline.headings.find((h) => pattern.test(h.text) && h.sectionChars >= minChars && !(h.linkListOnly && h.sectionChars === h.ownChars) && h.template === undefined);
}

/** The line a piece of a heading's body text comes from (the heading's own line when unknown). */
export function bodyLineOf(h: Heading, text: string): number {
  const at = h.body.indexOf(text.slice(0, 60));
  if (at < 0) return h.line;
  let line = h.line;
  for (let i = 0; i < h.bodyLines.length; i += 2) {
    if (h.bodyLines[i] > at) break;
    line = h.bodyLines[i + 1];
  }
  return line;
}
