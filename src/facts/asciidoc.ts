// AsciiDoc, read by the Markdown outline reader, as reStructuredText is (restructuredtext.ts):
// each line of an .adoc file is rewritten, line for line, into the Markdown that means the same to
// the outline. Section titles (`== Title`) become ATX headings, listing and literal blocks
// (`----`, `....`) fenced blocks, `https://host/path[text]`, `link:target[text]` and
// `mailto:address[text]` Markdown links, `image:target[alt]` Markdown images (a badge linked too);
// comments, attribute entries and block attributes are blank lines. Java and Red Hat projects (Strimzi, Keycloak, Quarkus) keep their guides in AsciiDoc.
// Linear: each line is read a bounded number of times.
import { CONVERTED_FENCE as FENCE, MAX_LINE, splitLines } from './markdown.ts';
import { trimEnd } from './text.ts';

const MAX_TARGET = 2000;
const MAX_TEXT = 300;

/** A delimiter line: four or more of one block character, and what the block is. */
function delimiter(line: string): { ch: string; len: number } | null {
  const t = trimEnd(line, ' \t');
  if (t.length < 4 || !'-.+/=*_'.includes(t[0])) return null;
  for (let i = 1; i < t.length; i++) if (t[i] !== t[0]) return null;
  return { ch: t[0], len: t.length };
}

/** A section title `== Title` (one to six `=`, then a blank): its level and text; null otherwise. */
function sectionTitle(line: string): { level: number; text: string } | null {
  let n = 0;
  while (n < line.length && line[n] === '=') n++;
  if (n < 1 || n > 6 || (line[n] !== ' ' && line[n] !== '\t')) return null;
  let text = line.slice(n).trim();
  // Inline anchors before the title (`== [[appenders]] [[output]] Appenders`, logging-log4j2's) are ids, not words of it.
  while (text.startsWith('[[')) {
    const close = text.indexOf(']]');
    if (close < 0) break;
    text = text.slice(close + 2).trim();
  }
  return text === '' ? null : { level: n, text };
}

/** Macros that link: a URL followed by `[text]`, `link:target[text]`, `mailto:address[text]`; and images, `image:target[alt]`. */
const MACRO_START = /(?:https?:\/\/|link:|mailto:|image:)/g;

/**
 * The image macro at `at` (`image:target[alt,link=URL]`, or a block's `image::`) as Markdown, `![alt](target)`, linked when
 * its `link=` attribute says where (`[![alt](target)](URL)`); `end` is just past its `]`. A README's badges are images,
 * alone or as a link's text (logging-log4j2's `https://search.maven.org/artifact/…[image:https://img.shields.io/…[Maven Central]]`).
 */
function imageMacro(line: string, at: number): { image: string; link: string | null; end: number } | null {
  let s = at + 'image:'.length;
  if (line[s] === ':') s++;
  let e = s;
  while (e < line.length && e - s <= MAX_TARGET && line[e] !== '[' && line[e] !== ' ' && line[e] !== '\t') e++;
  if (e === s || line[e] !== '[') return null;
  const close = line.indexOf(']', e + 1);
  if (close < 0 || close - e > MAX_TEXT) return null;
  const parts = line.slice(e + 1, close).split(',');
  const unquote = (x: string) => x.trim().replace(/^"|"$/g, '');
  const alt = unquote(parts[0]);
  const linkAttr = parts.find((x) => x.trim().startsWith('link='));
  const link = linkAttr === undefined ? null : unquote(linkAttr.trim().slice('link='.length)) || null;
  return { image: `![${alt}](${line.slice(s, e)})`, link, end: close + 1 };
}

/**
 * A line's links as Markdown, in one pass: `https://host/path[text]` -> `[text](https://host/path)`,
 * `link:docs/x.adoc[text]` -> `[text](docs/x.adoc)`; cross references (`<<id,text>>`, `xref:x[text]`)
 * become their text. A target ends at a blank or `[`; a text at the first `]`.
 */
function inlineLinks(line: string): string {
  if (!line.includes('[') && !line.includes('<<')) return line;
  let out = '';
  let from = 0;
  MACRO_START.lastIndex = 0;
  for (let m = MACRO_START.exec(line); m !== null; m = MACRO_START.exec(line)) {
    const start = m.index;
    if (start < from) continue;
    if (m[0] === 'image:') {
      const img = imageMacro(line, start);
      if (img === null) continue;
      out += `${line.slice(from, start)}${img.link === null ? img.image : `[${img.image}](${img.link})`}`;
      from = img.end;
      MACRO_START.lastIndex = from;
      continue;
    }
    let e = start + m[0].length;
    while (e < line.length && e - start <= MAX_TARGET && line[e] !== '[' && line[e] !== ' ' && line[e] !== '\t') e++;
    if (line[e] !== '[') continue;
    const raw = line.slice(start, e);
    const target = raw.startsWith('link:') ? raw.slice(5) : raw;
    // A link whose text is an image (a badge): `https://x[image:badge.svg[alt]]`.
    const inner = line.startsWith('image:', e + 1) ? imageMacro(line, e + 1) : null;
    if (inner !== null && line[inner.end] === ']') {
      out += `${line.slice(from, start)}[${inner.image}](${target})`;
      from = inner.end + 1;
      MACRO_START.lastIndex = from;
      continue;
    }
    const close = line.indexOf(']', e + 1);
    if (close < 0 || close - e > MAX_TEXT) continue;
    const text = line.slice(e + 1, close).split(',')[0].replace(/^"|"$/g, '').trim() || target;
    out += `${line.slice(from, start)}[${text}](${target})`;
    from = close + 1;
    MACRO_START.lastIndex = from;
  }
  out += line.slice(from);
  return crossReferences(out);
}

/** `<<id,text>>` and `xref:target[text]` as their text (a reference inside the document or the site). */
function crossReferences(line: string): string {
  let s = line;
  if (s.includes('<<')) {
    let out = '';
    let from = 0;
    for (let open = s.indexOf('<<'); open >= 0; open = s.indexOf('<<', from)) {
      const close = s.indexOf('>>', open + 2);
      if (close < 0 || close - open > MAX_TEXT) break;
      const inner = s.slice(open + 2, close);
      const comma = inner.indexOf(',');
      out += s.slice(from, open) + (comma >= 0 ? inner.slice(comma + 1).trim() : inner);
      from = close + 2;
    }
    s = out + s.slice(from);
  }
  if (s.includes('xref:')) {
    let out = '';
    let from = 0;
    for (let at = s.indexOf('xref:'); at >= 0; at = s.indexOf('xref:', from)) {
      const open = s.indexOf('[', at);
      const close = open < 0 ? -1 : s.indexOf(']', open);
      if (close < 0 || open - at > MAX_TARGET) break;
      out += s.slice(from, at) + (s.slice(open + 1, close).trim() || s.slice(at + 5, open));
      from = close + 1;
    }
    s = out + s.slice(from);
  }
  return s;
}

/** Rewrites an AsciiDoc document into Markdown with the same lines (see the file's head). */
export function asciidocToMarkdown(text: string, attributes: ReadonlyMap<string, string> = NO_ATTRIBUTES): string {
  const lines = splitLines(text);
  // The site's attributes, then the document's own entries (`:dist-url: https://...`) as they are met.
  const attrs = new Map(attributes);
  const out: string[] = new Array<string>(lines.length).fill('');
  /** The delimiter that opened the verbatim or comment block the line is in, if any. */
  let open: { ch: string; len: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].length > MAX_LINE ? lines[i].slice(0, MAX_LINE) : lines[i];
    const d = delimiter(line);
    if (open !== null) {
      if (d !== null && d.ch === open.ch && d.len === open.len) {
        if (open.ch !== '/') out[i] = FENCE;
        open = null;
      } else if (open.ch !== '/') out[i] = line;
      continue;
    }
    if (d !== null) {
      // Listing, literal and passthrough blocks are code; a comment block says nothing; example,
      // sidebar, quote and open blocks hold prose, their delimiters nothing.
      if (d.ch === '-' || d.ch === '.' || d.ch === '+') {
        open = d;
        out[i] = FENCE;
      } else if (d.ch === '/') open = d;
      continue;
    }
    if (line.startsWith('//')) continue; // a line comment
    // An open block's `--` would underline the line before it in Markdown.
    if (trimEnd(line, ' \t') === '--') continue;
    const title = line.startsWith('=') ? sectionTitle(line) : null;
    if (title) {
      out[i] = `${'#'.repeat(title.level)} ${inlineLinks(title.text)}`;
      continue;
    }
    const t = line.trim();
    // Attribute entries (`:toc: left`), block attributes and anchors (`[source,bash]`, `[[id]]`), and a block's title (`.Title`) are not prose.
    if (t.startsWith(':') && t.indexOf(':', 1) > 1 && /^:!?[\w-]+!?:/.test(t)) {
      const entry = ATTRIBUTE_ENTRY.exec(t);
      if (entry && attrs.size < MAX_ATTRIBUTES) attrs.set(entry[1], substitute(entry[2] ?? '', attrs));
      continue;
    }
    if (t.startsWith('[') && t.endsWith(']') && !t.includes('](')) continue;
    if (t.length > 1 && t[0] === '.' && t[1] !== '.' && t[1] !== ' ') {
      out[i] = t.slice(1);
      continue;
    }
    out[i] = inlineLinks(attrs.size > 0 && line.includes('{') ? substitute(line, attrs) : line);
  }
  return out.join('\n');
}

const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();
const MAX_ATTRIBUTES = 500;
const MAX_VALUE = 500;
/** `:name: value`, a set entry (an unset `:name!:` is left out). */
const ATTRIBUTE_ENTRY = /^:([\w-]{1,100}):[ \t]*(\S.{0,499})?$/;
const REFERENCE = /\{([\w-]{1,100})\}/g;

/**
 * `{name}` references replaced by the attributes' values, in one pass (a value is not expanded
 * again), the line kept to MAX_LINE: log4j's download page links
 * `{logging-services-url}/download.html[the Download page]`, its antora.yml sets the URL.
 */
function substitute(line: string, attrs: ReadonlyMap<string, string>): string {
  const out = line.replace(REFERENCE, (ref: string, name: string) => attrs.get(name)?.slice(0, MAX_VALUE) ?? ref);
  return out.length > MAX_LINE ? out.slice(0, MAX_LINE) : out;
}
