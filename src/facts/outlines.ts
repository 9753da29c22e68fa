// One outline per document per run: the facts that read the same document (the project's
// documents, the links they follow, a self-assessment) share its read and its parse. A
// reStructuredText, AsciiDoc or Maven xdoc file is outlined as the Markdown its lines mean
// (restructuredtext.ts, asciidoc.ts, xdoc.ts).
import { GUIDE_SAMPLE, parseMarkdown, type MarkdownOutline } from './markdown.ts';
import { antoraAttributesFor } from './antora.ts';
import { asciidocToMarkdown } from './asciidoc.ts';
import { restructuredToMarkdown } from './restructuredtext.ts';
import { XDOC_PAGE, xdocToMarkdown } from './xdoc.ts';
import type { RepoSnapshot } from './snapshot.ts';

export type OutlineResult = { ok: true; text: string; outline: MarkdownOutline } | { ok: false; reason: string };

const RESTRUCTURED = /\.(rst|rest)$/i;
const ASCIIDOC = /\.(adoc|asciidoc)$/i;
/** Pull request and issue templates: their HTML comments are the instructions a contributor reads. */
const TEMPLATE = /(?:^|\/)(?:pull_request_template(?:\.\w+)?|issue_template(?:\.\w+)?)$|(?:^|\/)(?:PULL_REQUEST_TEMPLATE|ISSUE_TEMPLATE)\//i;
/** A contribution guide (CONTRIBUTING.md, docs/CONTRIBUTING.rst): its sections are read further (GUIDE_SAMPLE). */
const CONTRIBUTION_GUIDE = /(?:^|\/)contributing(?:\.\w+)?$/i;
/** Markdown itself (not MDX, which has no indented code): its indented blocks are code. */
const MARKDOWN = /\.(md|markdown)$/i;

/** The Markdown a document's text means to the outline reader, by its file name. */
function asMarkdown(snap: RepoSnapshot, path: string, text: string): string {
  if (RESTRUCTURED.test(path)) return restructuredToMarkdown(text);
  if (XDOC_PAGE.test(path)) return xdocToMarkdown(text);
  // An Antora page's `{name}` references are set in antora.yml and the playbook.
  return ASCIIDOC.test(path) ? asciidocToMarkdown(text, antoraAttributesFor(snap, path)) : text;
}

const outlines = new WeakMap<RepoSnapshot, Map<string, MarkdownOutline>>();

/** A file read through the snapshot and outlined, once per snapshot; or why it could not be read. */
export function readOutline(snap: RepoSnapshot, path: string): OutlineResult {
  const r = snap.read(path);
  if (!r.ok) return r;
  let byPath = outlines.get(snap);
  if (!byPath) outlines.set(snap, (byPath = new Map()));
  let outline = byPath.get(path);
  if (!outline) byPath.set(path, (outline = parseMarkdown(asMarkdown(snap, path, r.text), { indentedCode: MARKDOWN.test(path), commentsShown: TEMPLATE.test(path), bodySample: CONTRIBUTION_GUIDE.test(path) ? GUIDE_SAMPLE : undefined })));
  return { ok: true, text: r.text, outline };
}
