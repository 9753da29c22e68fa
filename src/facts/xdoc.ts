// Maven xdoc pages (src/site/xdoc/*.xml, XDOC 2.0), read by the Markdown outline reader as
// reStructuredText and AsciiDoc are: each line is rewritten, line for line, into the Markdown that
// means the same to the outline. `<section name="…">` and `<subsection name="…">` become ATX
// headings (## and ###), `<h1>`…`<h5>` headings one level below their number, the `<title>` of the
// properties the page's title, `<source>` and `<pre>` blocks fenced code (inline `<code>` stays
// prose), `<a href="…">text</a>` Markdown links, `<li>` list items; other tags are dropped and
// entities decoded. Comments are blanked first. Apache Commons keeps its download, issue tracking
// and security pages in xdoc (apache/commons-lang's download_lang.xml: "you must verify the
// integrity of the downloaded files using signatures"). Linear: indexOf scans, each line a bounded
// number of times.
import { blankComments } from './html-comments.ts';
import { CONVERTED_FENCE as FENCE, MAX_LINE, splitLines } from './markdown.ts';

/** A page of the Maven site's xdoc folder (src/site/xdoc/download_lang.xml). */
export const XDOC_PAGE = /^src\/site\/xdoc\/[^/]+\.xml$/i;

/**
 * The xdoc pages read, as site pages (documents.ts): those the rules ask for, on downloading and verifying releases, on
 * reporting issues (commons-lang's download_lang.xml, issue-tracking.xml) and the security page that lists the
 * vulnerabilities fixed (commons-io's security.xml, a subsection per CVE), and the pages the site keeps its user guide in
 * (commons-lang's userguide.xml, commons-compress's examples.xml, commons-io's description.xml: each titled "User Guide";
 * OSPS-DO-01.01 counts one only by that title). Not the home page, upgrade notes, articles or the project's original
 * proposal, whose "Using a Mirror" or "Examples" would read as a user guide.
 */
export const XDOC_TOPIC = /^src\/site\/xdoc\/(?:download[\w-]{0,40}|issue[-_]?tracking|security|user[-_]?guide|examples|description|usage|getting[-_]?started|quick[-_]?start|tutorial)\.xml$/i;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Character references decoded: the named few of XML and HTML's &nbsp;, and numeric ones. */
function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,6});/gi, (m, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()] ?? m;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** The value of attribute `name` in a start tag's text (`<section name="Overview">`), or null. */
function attribute(tag: string, name: string): string | null {
  let at = tag.indexOf(`${name}=`);
  while (at > 0 && !/\s/.test(tag[at - 1])) at = tag.indexOf(`${name}=`, at + 1);
  if (at < 0) return null;
  const q = tag[at + name.length + 1];
  if (q !== '"' && q !== "'") return null;
  const end = tag.indexOf(q, at + name.length + 2);
  return end < 0 ? null : tag.slice(at + name.length + 2, end);
}

/** The tag's name, lower case, without a leading slash: `a` for `<a href=…>`, `section` for `</section>`. */
function tagName(tag: string): string {
  let i = tag[1] === '/' ? 2 : 1;
  const start = i;
  while (i < tag.length && /[\w:-]/.test(tag[i])) i++;
  return tag.slice(start, i).toLowerCase();
}

/** Tags that start a block of code, whose lines are kept as they are. */
const CODE_BLOCKS = new Set(['source', 'pre']);

/**
 * One line of prose: links made Markdown, list items marked, headings written, other tags dropped.
 * `heading` is set when the line opens a section (its level and text).
 */
function proseLine(line: string): { text: string; heading: { level: number; text: string } | null; opensCode: string | null; opensTag: boolean } {
  let out = '';
  let heading: { level: number; text: string } | null = null;
  let href: string | null = null;
  let linkText = '';
  let opensCode: string | null = null;
  let opensTag = false;
  let at = 0;
  while (at < line.length) {
    const open = line.indexOf('<', at);
    const textEnd = open < 0 ? line.length : open;
    const text = line.slice(at, textEnd);
    if (href !== null) linkText += text;
    else out += text;
    if (open < 0) break;
    const close = line.indexOf('>', open);
    if (close < 0) {
      // A start tag whose attributes go on to the next line: the rest of this line is inside it.
      opensTag = true;
      break;
    }
    const tag = line.slice(open, close + 1);
    const name = tagName(tag);
    const end = tag[1] === '/';
    at = close + 1;
    if (name === 'section' || name === 'subsection') {
      const title = end ? null : attribute(tag, 'name');
      if (title !== null) heading = { level: name === 'section' ? 2 : 3, text: decode(title).trim() };
    } else if (/^h[1-5]$/.test(name) && !end) {
      const closeTag = line.indexOf(`</${name}>`, at);
      const inner = line.slice(at, closeTag < 0 ? line.length : closeTag);
      heading = { level: Number(name[1]) + 1, text: decode(inner.replace(/<[^<>]*>/g, '')).trim() };
      at = closeTag < 0 ? line.length : closeTag + name.length + 3;
    } else if (name === 'title' && !end) {
      const closeTag = line.indexOf('</title>', at);
      if (closeTag >= 0) {
        heading = { level: 1, text: decode(line.slice(at, closeTag)).trim() };
        at = closeTag + 8;
      }
    } else if (name === 'a') {
      if (end) {
        if (href !== null) out += `[${linkText.trim()}](${href})`;
        href = null;
        linkText = '';
      } else {
        const target = attribute(tag, 'href');
        if (target !== null && target !== '') {
          href = decode(target).trim();
          linkText = '';
        }
      }
    } else if (name === 'li' && !end) out += ' - ';
    else if (name === 'br' || name === 'p' || name === 'td' || name === 'th' || name === 'dd' || name === 'dt') out += ' ';
    else if (CODE_BLOCKS.has(name) && !end) {
      const closeTag = line.indexOf(`</${name}>`, at);
      if (closeTag < 0) {
        opensCode = name;
        break;
      }
      out += `\`${line.slice(at, closeTag).replace(/`/g, "'")}\``;
      at = closeTag + name.length + 3;
    }
  }
  if (href !== null) out += `[${linkText.trim()}](${href})`;
  const text = decode(out).replace(/\s+/g, ' ').trim();
  // A line of prose that would read as Markdown syntax of its own (a heading, a quote, a fence) is escaped.
  return { text: /^[#>`~=|]/.test(text) ? `\\${text}` : text, heading, opensCode, opensTag };
}

/** The Markdown an xdoc page means, line for line. */
export function xdocToMarkdown(text: string): string {
  const lines = splitLines(blankComments(text));
  const out: string[] = new Array<string>(lines.length).fill('');
  let inCode: string | null = null;
  /** Inside a start tag whose attributes span lines (`<document xmlns=…` then `xsi:schemaLocation=…>`). */
  let inTag = false;
  /** Inside the page's `<properties>`: only its `<title>` is read (the author is no prose of the page). */
  let inProperties = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].length > MAX_LINE ? lines[i].slice(0, MAX_LINE) : lines[i];
    if (inTag) {
      const close = line.indexOf('>');
      if (close < 0) continue;
      inTag = false;
      line = line.slice(close + 1);
    }
    if (inProperties) {
      if (line.includes('</properties>')) inProperties = false;
      const title = proseLine(line).heading;
      if (title?.level === 1 && title.text !== '') out[i] = `# ${title.text}`;
      continue;
    }
    if (line.includes('<properties>')) {
      inProperties = !line.includes('</properties>');
      continue;
    }
    if (inCode !== null) {
      const close = line.indexOf(`</${inCode}>`);
      if (close >= 0) {
        out[i] = FENCE;
        inCode = null;
      } else out[i] = decode(line);
      continue;
    }
    const p = proseLine(line);
    if (p.heading && p.heading.text !== '') out[i] = `${'#'.repeat(Math.min(6, p.heading.level))} ${p.heading.text.replace(/\s+/g, ' ')}`;
    else out[i] = p.text;
    // A block of code opened on the line and left open: the fence stands for the line (prose before it on the line is left out).
    if (p.opensCode !== null) {
      inCode = p.opensCode;
      out[i] = FENCE;
    }
    inTag = p.opensTag;
  }
  return out.join('\n');
}
