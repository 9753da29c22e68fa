// Text from the evaluated repository is hostile: it must not inject Markdown or HTML into the job
// summary, mention people, break a table or put a link of its choosing there. Each piece is escaped
// for the context it lands in, because what is safe prose breaks a link and what is safe in a link
// shows as noise in prose:
//   text       Markdown punctuation, HTML, `@` mentions and table pipes neutralised (mdText)
//   code span  shown exactly: a fence longer than any backtick run inside, nothing escaped (mdCode)
//   link       https:/http: only (percent-encoded) or a path in the repository; else shown as text (mdLink)
// Our own sentences mix the three (`slam insights init`, https://… links); mdRich splits them.
import { trimEnd } from '../facts/text.ts';
import { parseWebUrl } from '../model/web-url.ts';

/** Where a piece of Markdown lands. */
export interface MdContext {
  /** Inside a GFM table cell, where an unescaped pipe ends the cell (code spans must write `\|`). */
  cell?: boolean;
  /** Links to files of the repository; without it paths are shown as code. */
  files?: FileLinks;
}

/** How a path of the evaluated folder becomes a link to the file on the forge. */
export interface FileLinks {
  /** e.g. https://github.com */
  serverUrl: string;
  /** owner/name */
  repository: string;
  /** The commit the files are read at (a full SHA), so that a link never moves. */
  commit: string;
  /** The evaluated folder inside the repository ('' or ending in '/'), for a monorepo subfolder. */
  prefix?: string;
}

const MD_SPECIAL = /[\\`*_{}[\]()#+\-.!|~<>&$]/g;
const ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '|': '&#124;' };
// GitHub links @user and @org/team in the rendered text, after entities are decoded, when the `@`
// follows a non-word character; a zero-width space after the `@` leaves nothing to link.
const MENTION = /(?<![A-Za-z0-9_])@/g;
const ZWSP = '&#8203;';

/**
 * Prose, on one line, at most `max` characters: nothing in it is Markdown, HTML or a mention.
 * An https:// or http:// URL in it becomes a link to itself (escaping its dots would break it,
 * because GitHub's autolinker takes the backslashes into the link); any other URL is shown as code.
 */
export function mdText(text: string, max = 500): string {
  return renderSegments(text, {}, max, false);
}

/** The old name of mdText, kept for callers that escape prose. */
export const escapeMarkdown = mdText;

function textOf(s: string): string {
  return s.replace(MD_SPECIAL, (c) => ENTITY[c] ?? `\\${c}`).replace(MENTION, `@${ZWSP}`);
}

/** A code span that shows `text` exactly (on one line, at most `max` characters). */
export function mdCode(text: string, ctx: MdContext = {}, max = 300): string {
  let s = cut(oneLine(text), max);
  if (s === '') return '';
  if (ctx.cell) {
    // In a table cell a pipe is escaped as `\|`; after a backslash that would read `\\|`, which a
    // table splits at. Such text is shown as prose, where the pipe is an entity.
    if (s.includes('\\|')) return textOf(s);
    s = s.replace(/\|/g, '\\|');
  }
  let longest = 0;
  let run = 0;
  for (const ch of s) {
    run = ch === '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  const fence = '`'.repeat(longest + 1);
  // A span that starts or ends with a backtick (or with spaces at both ends) needs one space of padding, which is not shown.
  const pad = s.startsWith('`') || s.endsWith('`') || (s.startsWith(' ') && s.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}

const MAX_URL = 2000;
// Characters a link destination must not carry raw: they end it, balance it, escape in it or split a table cell.
const URL_UNSAFE = /[\s()<>"'`\\|[\]{}^]/g;

/** The href for an https: or http: URL, percent-encoded so that nothing in it ends the link; null for any other scheme. */
export function safeUrl(url: string): string | null {
  const u = url.length > MAX_URL ? null : parseWebUrl(url);
  if (u === null) return null;
  // Entity references are decoded in a link destination; a backslash keeps `&` literal.
  return u.href.replace(URL_UNSAFE, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')).replace(/&/g, '\\&');
}

/** A path relative to the repository root: no URL, no absolute or drive path, no '..' segment, no control character. */
export function inRepository(path: string): boolean {
  if (path === '' || /^[a-z][a-z0-9+.-]*:|^[/\\]/i.test(path)) return false;
  if (/[\x00-\x1f\x7f]/.test(path)) return false;
  return !path.split(/[/\\]/).some((seg) => seg === '..');
}

/** The link to a file of the evaluated folder at the evaluated commit (and line), or null. */
export function fileUrl(path: string, line: number | undefined, links: FileLinks | undefined): string | null {
  if (!links || !inRepository(path) || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(links.commit) || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(links.repository)) return null;
  const full = `${links.prefix ?? ''}${path}`;
  const server = safeUrl(trimEnd(links.serverUrl, '/') + '/');
  if (!server) return null;
  const encoded = full.split('/').map(encodePathSegment).join('/');
  return `${server}${links.repository}/blob/${links.commit}/${encoded}${line && line > 0 ? `#L${line}` : ''}`;
}

/** encodeURIComponent, and the few characters it leaves that a Markdown destination or a table would read. */
export function encodePathSegment(seg: string): string {
  return encodeURIComponent(seg).replace(/[()'!*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** `[label](url)` when the URL is allowed, else the label alone. `labelMd` is Markdown already escaped. */
export function mdLink(labelMd: string, url: string): string {
  const href = safeUrl(url);
  return href ? `[${labelMd}](${href})` : labelMd;
}

/** A path of the evaluated folder (with its line): a link to the file when links are known, else code. */
export function mdPath(path: string, line: number | undefined, ctx: MdContext = {}, max = 200): string {
  const shown = mdCode(`${path}${line && line > 0 ? `:${line}` : ''}`, ctx, max);
  const url = fileUrl(path, line, ctx.files);
  return url ? `[${shown}](${url})` : shown;
}

/**
 * A URL that must not become a link (cut, or not one we allow), as text: a zero-width space inside
 * its `://` keeps GitHub's autolinker from making a link of it, backslashes and all.
 */
function unlinked(url: string): string {
  return textOf(url).replace('://', `:/${ZWSP}/`);
}

type Segment = { kind: 'text' | 'code' | 'url'; value: string };

/**
 * Our sentences, which quote repository text: `code` spans become code spans, https:// and http://
 * URLs become links, everything else is prose. Whatever the input, every character lands in one of
 * the three escapers, so a stray backtick or a `javascript:` URL from the repository stays inert.
 */
export function mdRich(text: string, ctx: MdContext = {}, max = 500): string {
  return renderSegments(text, ctx, max, true);
}

function renderSegments(text: string, ctx: MdContext, max: number, withCode: boolean): string {
  let budget = max;
  let out = '';
  // Nothing past twice the limit can be shown; cutting first keeps the scan below linear in `max`.
  for (const seg of segments(oneLine(text).slice(0, 2 * max + 16), withCode)) {
    if (budget <= 0) break;
    if (seg.value.length > budget) {
      // The piece that crosses the limit is cut; a cut URL is no link.
      const part = seg.value.slice(0, budget - 1) + '…';
      out += seg.kind === 'text' ? textOf(part) : seg.kind === 'code' ? mdCode(part, ctx, budget) : unlinked(part);
      break;
    }
    budget -= seg.value.length;
    if (seg.kind === 'code') out += mdCode(seg.value, ctx, Infinity);
    else if (seg.kind === 'url') out += safeUrl(seg.value) ? mdLink(textOf(seg.value), seg.value) : unlinked(seg.value);
    else out += textOf(seg.value);
  }
  return out;
}

/** Splits one line into prose, code spans (matched backtick runs) and URLs, in one pass. */
function segments(s: string, withCode: boolean): Segment[] {
  const out: Segment[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ kind: 'text', value: text });
    text = '';
  };
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '`' && withCode) {
      let n = 1;
      while (s[i + n] === '`') n++;
      const close = closingRun(s, i + n, n);
      if (close < 0) {
        text += s.slice(i, i + n);
        i += n;
        continue;
      }
      flush();
      const inner = s.slice(i + n, close);
      // CommonMark strips one space of padding on both sides.
      const value = inner.length > 2 && inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== '' ? inner.slice(1, -1) : inner;
      out.push({ kind: 'code', value });
      i = close + n;
      continue;
    }
    if ((ch === 'h' || ch === 'H') && (i === 0 || !/[A-Za-z0-9]/.test(s[i - 1]))) {
      const end = urlEnd(s, i);
      if (end > i) {
        flush();
        out.push({ kind: 'url', value: s.slice(i, end) });
        i = end;
        continue;
      }
    }
    text += ch;
    i++;
  }
  flush();
  return out;
}

/** Index of the next run of exactly `n` backticks from `from`, or -1. */
function closingRun(s: string, from: number, n: number): number {
  let i = s.indexOf('`', from);
  while (i >= 0) {
    let m = 1;
    while (s[i + m] === '`') m++;
    if (m === n) return i;
    i = s.indexOf('`', i + m);
  }
  return -1;
}

/** The end of an http(s) URL starting at `i` (trailing punctuation and unbalanced brackets left out), or `i` when there is none. */
function urlEnd(s: string, i: number): number {
  const head = s.slice(i, i + 8).toLowerCase();
  const scheme = head.startsWith('https://') ? 8 : head.startsWith('http://') ? 7 : 0;
  if (scheme === 0) return i;
  let end = i + scheme;
  while (end < s.length && !/[\s<>"`]/.test(s[end])) end++;
  // Trailing sentence punctuation and closing brackets that do not belong to the URL (counted once, then kept up to date).
  const open = { ')': 0, ']': 0 };
  const close = { ')': 0, ']': 0 };
  for (let k = i; k < end; k++) {
    const c = s[k];
    if (c === '(') open[')']++;
    else if (c === '[') open[']']++;
    else if (c === ')' || c === ']') close[c]++;
  }
  for (;;) {
    const last = s[end - 1];
    if (/[.,;:!?'*_]/.test(last)) end--;
    else if ((last === ')' || last === ']') && open[last] < close[last]) {
      close[last]--;
      end--;
    } else break;
  }
  return end > i + scheme ? end : i;
}

function oneLine(text: string): string {
  return stripControl(text).replace(/\s+/g, ' ').trim();
}

function cut(s: string, max: number): string {
  return s.length > max ? s.slice(0, Math.max(0, max - 1)) + '…' : s;
}

/** Removes terminal escape sequences and other control characters (for the terminal report). */
export function stripControl(text: string): string {
  return text.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, ' ');
}
