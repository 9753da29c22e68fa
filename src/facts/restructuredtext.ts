// reStructuredText, read by the Markdown outline reader. Python projects (Sphinx) and many others
// keep their contributing guide, security policy and user guides in .rst: read as Markdown, their
// section titles (underlined with ~ ^ " or overlined), `text <url>`_ links and `::` literal blocks
// were invisible. Each line is rewritten, line for line, into the Markdown that means the same to
// the outline: a section title becomes an ATX heading, a literal block or code directive a fenced
// block, a hyperlink a Markdown link, a comment or a markup-only directive a blank line. Line
// numbers stay those of the .rst file. Linear: each line is read a bounded number of times.
import { CONVERTED_FENCE as FENCE, MAX_LINE, splitLines } from './markdown.ts';
import { trimEnd } from './text.ts';

const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/** Directives whose body is code. */
const CODE_DIRECTIVES = new Set(['code-block', 'code', 'sourcecode', 'prompt', 'parsed-literal', 'doctest', 'testcode', 'testoutput', 'testsetup', 'console', 'ipython', 'jupyter-execute', 'command-output', 'program-output']);
/** Directives whose argument is prose (an admonition's title or first words). */
const PROSE_ARGUMENT = new Set(['note', 'warning', 'tip', 'important', 'attention', 'caution', 'danger', 'error', 'hint', 'seealso', 'admonition', 'versionadded', 'versionchanged', 'deprecated', 'topic', 'sidebar', 'rubric', 'centered']);
/** Directives that are markup only: their line and body say nothing to a reader of the source as prose (a table of contents, an image, an include). */
const MARKUP_ONLY = new Set(['toctree', 'image', 'figure', 'include', 'literalinclude', 'raw', 'contents', 'meta', 'highlight', 'index', 'tabularcolumns', 'currentmodule', 'module', 'sectionauthor', 'codeauthor', 'graphviz', 'mermaid', 'uml', 'plantuml', 'autosummary', 'automodule', 'autoclass', 'autofunction', 'autoexception', 'autodata', 'automethod', 'autoattribute', 'autoprogram', 'click', 'argparse', 'default-role', 'role', 'title', 'header', 'footer', 'sectnum', 'target-notes', 'class']);
/** The auto-enumerator of a list item: `#.` or `#)`, then a blank or the end of the line. */
const AUTO_ENUMERATOR = /^#[.)](?:[ \t]|$)/;
/** Roles whose text is code. */
const CODE_ROLES = new Set(['code', 'command', 'file', 'samp', 'program', 'kbd', 'envvar', 'option', 'makevar', 'literal', 'mimetype']);

/** The character of a line that is one punctuation character repeated from column 0 (trailing blanks allowed), and how many; null otherwise. */
function adornment(line: string): { ch: string; len: number } | null {
  const t = trimEnd(line, ' \t');
  if (t.length === 0 || !PUNCTUATION.includes(t[0])) return null;
  for (let i = 1; i < t.length; i++) if (t[i] !== t[0]) return null;
  return { ch: t[0], len: t.length };
}

function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return i;
}

const isBlankLine = (line: string | undefined) => line === undefined || indentOf(line) === line.length;

/** An underline or overline long enough for a title of this text (docutils warns when shorter; three characters always do). */
const longEnough = (adorn: { len: number }, title: string) => adorn.len >= 3 || adorn.len >= title.trim().length;

/**
 * The end of an indented body that starts after line `from`: the index of the first non-blank line
 * indented `base` or less (or the line count). `indents` holds each line's indentation, -1 for a
 * blank line. Callers move past the body, so that no line is scanned for more than one body.
 */
function bodyEnd(indents: Int32Array, from: number, base: number): number {
  let e = from + 1;
  while (e < indents.length && (indents[e] < 0 || indents[e] > base)) e++;
  return e;
}

/** A bullet or enumerated list item's marker and the blanks after it (`- `, `#. `, `12. `, `(a) `): their width, 0 for none. */
const LIST_MARKER = /^(?:[-*+\u2022]|#[.)]|\d{1,9}[.)]|[a-zA-Z][.)]|\((?:\d{1,9}|[a-zA-Z#])\))[ \t]+/;
function listMarkerWidth(trimmed: string): number {
  return LIST_MARKER.exec(trimmed)?.[0].length ?? 0;
}

/** An explicit markup line (`.. something`) at its indentation: what it is. */
type Explicit =
  | { kind: 'target'; label: string; target: string }
  | { kind: 'footnote'; text: string }
  | { kind: 'directive'; name: string; argument: string }
  | { kind: 'other' };

function explicitMarkup(rest: string): Explicit {
  // `.. _label: target`, `.. _`label: with colon`: target`, `.. __: target` (anonymous).
  if (rest.startsWith('_')) {
    let label: string;
    let after: number;
    if (rest[1] === '`') {
      const close = rest.indexOf('`', 2);
      if (close < 0 || rest[close + 1] !== ':') return { kind: 'other' };
      label = rest.slice(2, close);
      after = close + 2;
    } else {
      const colon = rest.indexOf(':');
      if (colon < 0) return { kind: 'other' };
      label = rest.slice(1, colon);
      after = colon + 1;
    }
    const target = rest.slice(after).trim();
    return label === '_' || label === '' ? { kind: 'other' } : { kind: 'target', label, target };
  }
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    return close < 0 ? { kind: 'other' } : { kind: 'footnote', text: rest.slice(close + 1).trim() };
  }
  if (rest.startsWith('|')) return { kind: 'other' }; // a substitution definition
  const sep = rest.indexOf('::');
  if (sep > 0 && sep <= 60) {
    const name = rest.slice(0, sep);
    if (/^[A-Za-z][\w.+:-]*$/.test(name)) {
      const local = name.slice(name.lastIndexOf(':') + 1).toLowerCase();
      return { kind: 'directive', name: local, argument: rest.slice(sep + 2).trim() };
    }
  }
  return { kind: 'other' };
}

/** Longest URI read from a target's lines, and lines read for it: a wrapped URI takes two or three. */
const MAX_URI = 2000;
const MAX_URI_LINES = 4;
/** Longest URI of a badge, and how many badges a document expands: each copies its URIs to where it is shown. */
const MAX_BADGE_URI = 500;
const MAX_BADGES = 100;

/**
 * The URI of a named hyperlink target written on the indented lines right below its name (`.. _label:` alone on its line):
 * those lines, blanks removed, as docutils joins them; '' when the next line is blank or not indented (an internal target).
 * A few lines at most, so that a line is read for a bounded number of targets above it.
 */
function continuedTarget(lines: readonly string[], indents: Int32Array, at: number): string {
  let uri = '';
  for (let k = at + 1; k < lines.length && k - at <= MAX_URI_LINES && indents[k] > indents[at]; k++) {
    if (lines[k].length - indents[k] > MAX_URI - uri.length) return '';
    uri += trimEnd(lines[k].slice(indents[k]), ' \t');
  }
  return uri;
}

/**
 * A substitution defined as an image (`.. |gitter| image:: https://badges.gitter.im/o/r.svg`), as the Markdown its references
 * stand for: a badge, `[![alt](image)](target)` when its `:target:` option links it, the image alone otherwise. Its options are
 * the indented lines right below that start with a colon; null for any other substitution.
 */
function substitutionBadge(lines: readonly string[], indents: Int32Array, at: number): { name: string; markdown: string } | null {
  const t = lines[at].trim();
  const close = t.indexOf('|', 4);
  if (close < 5) return null;
  const name = t.slice(4, close).trim().toLowerCase();
  const rest = t.slice(close + 1).trimStart();
  if (!rest.startsWith('image::')) return null;
  const image = rest.slice(7).trim();
  if (image === '' || image.length > MAX_BADGE_URI || /[\s()[\]]/.test(image)) return null;
  let target = '';
  let alt = name;
  for (let k = at + 1; k < lines.length && indents[k] > indents[at] && k - at <= 20; k++) {
    const o = lines[k].trim();
    if (!o.startsWith(':')) break;
    if (o.startsWith(':target:')) target = o.slice(8).trim();
    else if (o.startsWith(':alt:')) alt = o.slice(5).trim().replace(/[[\]]/g, '');
  }
  const shown = `![${alt.slice(0, 200)}](${image})`;
  if (target === '' || target.length > MAX_BADGE_URI || /[\s()]/.test(target)) return { name, markdown: shown };
  return { name, markdown: `[${shown}](${target})` };
}

/** What the document defines for its inline references: hyperlink target labels, and badges by substitution name. */
interface Defined {
  labels: ReadonlySet<string>;
  badges: ReadonlyMap<string, string>;
  /** Badges expanded so far in the document (at most MAX_BADGES: a badge row has a few, a hostile text thousands). */
  expanded: number;
}

/** Interpreted text continued on the next line: what the next line's start becomes, and where its own text resumes. */
interface Carry {
  prefix: string;
  resume: number;
}

/**
 * Rewrites a reStructuredText document into Markdown with the same lines: what parseMarkdown needs
 * to outline it as it outlines a Markdown file.
 */
export function restructuredToMarkdown(text: string): string {
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) if (lines[i].length > MAX_LINE) lines[i] = lines[i].slice(0, MAX_LINE);
  const out: string[] = new Array<string>(lines.length).fill('');
  const indents = Int32Array.from(lines, (l) => (isBlankLine(l) ? -1 : indentOf(l)));
  const labels = new Set<string>();
  const badges = new Map<string, string>();
  for (let k = 0; k < lines.length; k++) {
    const t = lines[k].trimStart();
    if (t.startsWith('.. _')) {
      const e = explicitMarkup(t.slice(3));
      if (e.kind === 'target' && (e.target !== '' || continuedTarget(lines, indents, k) !== '')) labels.add(e.label.toLowerCase());
    } else if (t.startsWith('.. |')) {
      const b = substitutionBadge(lines, indents, k);
      if (b && !badges.has(b.name)) badges.set(b.name, b.markdown);
    }
  }
  const defined: Defined = { labels, badges, expanded: 0 };
  const styles: string[] = [];
  const levelOf = (style: string) => {
    let k = styles.indexOf(style);
    if (k < 0) k = styles.push(style) - 1;
    return Math.min(k + 1, 6);
  };
  const carries = new Map<number, Carry>();
  const prose = (i: number, line: string, from = 0) => {
    const carry = carries.get(i);
    carries.delete(i);
    return inlineMarkup(lines, i, line, carry?.resume ?? from, carry?.prefix ?? '', defined, carries);
  };
  /** Lines from..end-1 as a fenced code block whose opening fence is on line `open` (blank or markup). */
  const fence = (open: number, end: number) => {
    out[open] = FENCE;
    for (let k = open + 1; k < end; k++) out[k] = lines[k];
    // Closed on the block's last line: the blank line before the text comes back (or, when there is
    // none, the last line of code, lost). A block that runs to the end needs no close.
    if (end < lines.length && end - 1 > open) out[end - 1] = FENCE;
  };

  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (indents[i] < 0) {
      i++;
      continue;
    }
    const indent = indents[i];
    // `::` alone is the expanded form of a literal block's marker, not a two-character adornment.
    const over = trimEnd(line, ' \t') === '::' ? null : adornment(line);
    // An overlined title: adornment, title (may be inset), the same adornment.
    if (over !== null && i + 2 < lines.length) {
      const under = adornment(lines[i + 2]);
      const title = lines[i + 1];
      if (under !== null && under.ch === over.ch && !isBlankLine(title) && adornment(title) === null && longEnough(over, title)) {
        out[i + 1] = `${'#'.repeat(levelOf(`o${over.ch}`))} ${prose(i + 1, title.trim())}`;
        i += 3;
        continue;
      }
    }
    // An underlined title: unindented text at the start of a block, then the adornment.
    if (over === null && indent === 0 && i + 1 < lines.length && (i === 0 || indents[i - 1] < 0) && !line.startsWith('..')) {
      const under = adornment(lines[i + 1]);
      if (under !== null && longEnough(under, line)) {
        out[i] = `${'#'.repeat(levelOf(`u${under.ch}`))} ${prose(i, line.trim())}`;
        i += 2;
        continue;
      }
    }
    // A transition, a table border or a stray adornment: not prose.
    if (over !== null) {
      i++;
      continue;
    }
    const trimmed = line.slice(indent);
    if (trimmed === '..' || trimmed.startsWith('.. ')) {
      const e = explicitMarkup(trimmed.slice(3).trimStart());
      if (e.kind === 'directive' && !CODE_DIRECTIVES.has(e.name) && !MARKUP_ONLY.has(e.name)) {
        if (PROSE_ARGUMENT.has(e.name) && e.argument !== '') out[i] = prose(i, e.argument);
        // The body is prose, read line by line after the options that open it.
        let k = i + 1;
        while (k < lines.length && indents[k] > indent && lines[k].trimStart().startsWith(':')) k++;
        i = k;
        continue;
      }
      if (e.kind === 'footnote') {
        out[i] = ' '.repeat(indent) + prose(i, e.text);
        i++;
        continue;
      }
      // Below, the line's indented body is skipped as a whole: each line is scanned for one body only.
      const end = bodyEnd(indents, i, indent);
      if (e.kind === 'target') {
        // A named hyperlink target is a Markdown definition; an internal target or an alias says nothing. Its URI may be on the
        // lines right below (pluggy's README: `.. _read the docs:`, then `   https://pluggy.readthedocs.io/en/latest/`).
        const target = e.target === '' ? continuedTarget(lines, indents, i) : e.target;
        if (target !== '' && !target.endsWith('_')) out[i] = `[${e.label}]: ${target}`;
        i = end;
        continue;
      }
      if (e.kind === 'directive' && CODE_DIRECTIVES.has(e.name)) fence(i, end);
      // A code or markup-only directive, or a comment, with its indented body.
      i = end;
      continue;
    }
    // A paragraph ending in `::` introduces the indented literal block after the blank line that follows.
    const body = trimEnd(line, ' \t');
    if (body.endsWith('::') && i + 1 < lines.length && indents[i + 1] < 0) {
      let first = i + 1;
      while (first < lines.length && indents[first] < 0) first++;
      // In a list item's first line the paragraph starts after the marker: the block indented past it ends where the item's
      // text comes back (pytest's CONTRIBUTING.rst, "#. Clone your fork ...::", the commands, then "   Given we have ...").
      const text = indent + listMarkerWidth(trimmed);
      const end = bodyEnd(indents, i, first < lines.length && indents[first] > text ? text : indent);
      const marker = body === ' '.repeat(indent) + '::' ? '' : body.endsWith(' ::') ? body.slice(0, -3) : body.slice(0, -1);
      out[i] = marker === '' ? '' : prose(i, AUTO_ENUMERATOR.test(trimmed) ? `${marker.slice(0, indent)}1${marker.slice(indent + 1)}` : marker);
      if (first < lines.length && indents[first] > indent) {
        fence(i + 1, end);
        i = end;
      } else i++;
      continue;
    }
    // An auto-numbered list item (`#. Fork the repository`) is an item of an ordered list, as `1.` is in
    // Markdown: read as text, its `#.` joined it to the item before (urllib3's docs/contributing.rst).
    if (AUTO_ENUMERATOR.test(trimmed)) out[i] = prose(i, `${line.slice(0, indent)}1${trimmed.slice(1)}`);
    // An indented run of = or - would underline the line before it in Markdown: not prose here.
    else if (adornment(trimmed) === null) out[i] = prose(i, line);
    i++;
  }
  return out.join('\n');
}

/** The role that ends `s` (`:doc:`, `:py:class:` -> 'class'), and where it starts; null when none. */
function roleAtEnd(s: string): { role: string; start: number } | null {
  if (!s.endsWith(':')) return null;
  let j = s.length - 2;
  while (j >= 0 && s.length - j < 60 && (/[\w.+-]/.test(s[j]) || s[j] === ':')) j--;
  let start = j + 1;
  while (start < s.length - 1 && s[start] !== ':') start++;
  if (start >= s.length - 1) return null;
  const inner = s.slice(start + 1, -1);
  const role = inner.slice(inner.lastIndexOf(':') + 1).toLowerCase();
  return role === '' ? null : { role, start };
}

/** `text <target>` split into its parts; the whole as both when there is no target. */
function splitTarget(s: string): { text: string; target: string | null } {
  const t = s.trim();
  if (t.endsWith('>')) {
    const lt = t.lastIndexOf('<');
    if (lt >= 0) return { text: t.slice(0, lt).trim(), target: t.slice(lt + 1, -1).trim() };
  }
  return { text: t, target: null };
}

/** Interpreted text, a role or a hyperlink reference, as Markdown. */
function rendered(role: string | null, span: string, suffix: string): string {
  const { text, target } = splitTarget(span);
  const shown = (text || target || '').replace(/^[~!]/, '');
  if (role !== null) {
    if (role === 'doc' && !(target ?? text).startsWith('/')) return `[${shown}](${target ?? text}.rst)`;
    return CODE_ROLES.has(role) ? `\`${shown}\`` : shown;
  }
  if (suffix === '') return shown;
  if (target === null) return `[${text}]`;
  if (target.endsWith('_')) return `[${shown}][${target.slice(0, -1)}]`;
  return `[${shown}](${target})`;
}

/**
 * A line's inline markup as Markdown, from `from` (after a span carried from the line before),
 * `prefix` first: ``literal`` -> `literal`, `text <url>`_ -> [text](url), `label`_ and label_ ->
 * [label], :role:`text` -> its text. Interpreted text that goes on to the next line is carried
 * there (`carries`), as wrapped prose often has it.
 */
function inlineMarkup(lines: readonly string[], i: number, line: string, from: number, prefix: string, defined: Defined, carries: Map<number, Carry>): string {
  const { labels, badges } = defined;
  const bars = badges.size > 0 && defined.expanded < MAX_BADGES && line.includes('|');
  if (!line.includes('`') && !line.includes('_') && !bars && from === 0 && prefix === '') return line;
  let out = prefix;
  let plainStart = from;
  let p = from;
  while (p < line.length) {
    const c = line[p];
    if (c === '|' && bars) {
      // A substitution reference to a badge (`|gitter|`): the badge, where the text shows it.
      const close = line.indexOf('|', p + 1);
      const badge = close > p + 1 && close - p <= 100 && defined.expanded < MAX_BADGES ? badges.get(line.slice(p + 1, close).trim().toLowerCase()) : undefined;
      if (badge !== undefined) {
        out += badge;
        defined.expanded++;
        p = close + (line[close + 1] === '_' ? 2 : 1);
        plainStart = p;
        continue;
      }
      out += c;
      p++;
      continue;
    }
    if (c === '\\' && p + 1 < line.length) {
      out += line[p + 1];
      p += 2;
      continue;
    }
    if (c === '_' && labels.size > 0 && (p + 1 >= line.length || !/[\w-]/.test(line[p + 1]))) {
      // A simple reference (`CONTRIBUTING_`) to a target this document defines.
      let ws = p;
      while (ws > plainStart && p - ws < 100 && /[\w.-]/.test(line[ws - 1])) ws--;
      const word = line.slice(ws, p);
      if (word !== '' && labels.has(word.toLowerCase()) && out.endsWith(word)) {
        out = `${out.slice(0, out.length - word.length)}[${word}]`;
        p++;
        continue;
      }
    }
    if (c !== '`') {
      // Plain text up to the next character that may start markup, copied at once.
      let q = p + 1;
      while (q < line.length && line[q] !== '`' && line[q] !== '_' && line[q] !== '\\' && !(bars && line[q] === '|')) q++;
      out += line.slice(p, q);
      p = q;
      continue;
    }
    if (line[p + 1] === '`') {
      const close = line.indexOf('``', p + 2);
      if (close < 0) {
        // A literal that goes on to the next line: plain text on both (a code span does not wrap).
        const next = lines[i + 1];
        const end = next === undefined || isBlankLine(next) ? -1 : next.indexOf('``');
        out += line.slice(p + 2);
        if (end >= 0) carries.set(i + 1, { prefix: next.slice(0, end), resume: end + 2 });
        break;
      }
      out += `\`${line.slice(p + 2, close)}\``;
      p = close + 2;
      plainStart = p;
      continue;
    }
    const r = roleAtEnd(out);
    const role = r?.role ?? null;
    if (r) out = out.slice(0, r.start);
    const close = line.indexOf('`', p + 1);
    if (close >= 0) {
      let q = close + 1;
      const suffix = line[q] === '_' ? (line[q + 1] === '_' ? '__' : '_') : '';
      q += suffix.length;
      out += rendered(role, line.slice(p + 1, close), suffix);
      p = q;
      plainStart = p;
      continue;
    }
    // Interpreted text that goes on to the next line: found there, or the backquote is text.
    const next = lines[i + 1];
    const end = next === undefined || isBlankLine(next) ? -1 : next.indexOf('`');
    if (end < 0 || next[end + 1] === '`') {
      out += line.slice(p + 1);
      break;
    }
    const suffix = next[end + 1] === '_' ? (next[end + 2] === '_' ? '__' : '_') : '';
    const head = line.slice(p + 1);
    const tail = next.slice(0, end);
    const whole = rendered(role, `${head} ${tail}`, suffix);
    const resume = end + 1 + suffix.length;
    if (whole.startsWith('[') && whole.includes('](') && !head.includes('<')) {
      // A link whose target is on the next line: its text opens here and closes there, as wrapped Markdown does.
      const tailText = splitTarget(`${head} ${tail}`).text.slice(head.trim().length).trim();
      out += `[${head.trim()}`;
      carries.set(i + 1, { prefix: `${tailText}${whole.slice(whole.indexOf(']('))}`, resume });
    } else {
      out += whole;
      carries.set(i + 1, { prefix: '', resume });
    }
    break;
  }
  return out;
}
