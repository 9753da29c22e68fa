// Reads Markdown the way GitHub renders a job summary: CommonMark with the GFM extensions (tables,
// autolink literals, strikethrough, task lists), through micromark's syntax tree. Tests check what
// a reader would get: the URLs links go to, the text code spans show, raw HTML that survives, and
// the words a mention filter would see.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

interface Node {
  type: string;
  value?: string;
  url?: string;
  children?: Node[];
}

export interface Rendered {
  links: { url: string; text: string }[];
  /** Text shown by each code span. */
  code: string[];
  /** Raw HTML nodes, as written. */
  html: string[];
  /** All text nodes, in links or not, code left out, joined by newlines (what a mention filter reads). */
  text: string;
  tables: { rows: number; cells: number[] }[];
}

export function renderGfm(markdown: string): Rendered {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as Node;
  const out: Rendered = { links: [], code: [], html: [], text: '', tables: [] };
  const texts: string[] = [];
  const walk = (n: Node) => {
    if (n.type === 'link' && n.url !== undefined) out.links.push({ url: n.url, text: plain(n) });
    if (n.type === 'inlineCode' || n.type === 'code') out.code.push(n.value ?? '');
    if (n.type === 'html') out.html.push(n.value ?? '');
    if (n.type === 'text') texts.push(n.value ?? '');
    if (n.type === 'table') out.tables.push({ rows: n.children?.length ?? 0, cells: (n.children ?? []).map((r) => r.children?.length ?? 0) });
    for (const c of n.children ?? []) walk(c);
  };
  walk(tree);
  out.text = texts.join('\n');
  return out;
}

function plain(n: Node): string {
  if (n.type === 'text' || n.type === 'inlineCode') return n.value ?? '';
  return (n.children ?? []).map(plain).join('');
}

/** Mentions GitHub would link in rendered text: `@name` or `@org/team` after a non-word character. */
export function mentions(text: string): string[] {
  return [...text.matchAll(/(?:^|[^A-Za-z0-9_])@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9][A-Za-z0-9_.-]*)?)/g)].map((m) => m[1]);
}
