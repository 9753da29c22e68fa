// Where a contribution guide speaks of taking on dependencies, anywhere in its text. A Markdown
// outline keeps only the start of each section's prose, and such a policy is often one item of a
// long list (grpc-go's CONTRIBUTING.md "PR Contents", line 116: "If your contribution introduces new
// dependencies, you will need a discussion with gRPC-Go maintainers"): OSPS-DO-06.01 reads these.
// One pass over the lines, each paragraph capped.

const MAX_DEPENDENCY_PARAGRAPHS = 5;
/** Words of taking on a dependency: a paragraph that names dependencies without them is about installing the project's. */
const NEW_DEPENDENCY_WORD = /\b(?:new|adds?|adding|added|introduc\w*)\b/i;
const MAX_PARAGRAPH_CHARS = 800;
const LIST_ITEM = /^\s{0,6}(?:[-*+]|\d{1,2}[.)])\s/;
const FENCE = /^\s{0,6}(?:```|~~~)/;

/** The first few paragraphs or list items of a text that name dependencies (see DocumentInfo.dependencyParagraphs); code blocks are skipped. */
export function dependencyParagraphsIn(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  const lines = text.split('\n');
  let start = -1;
  let parts: string[] = [];
  let chars = 0;
  let fenced = false;
  const flush = () => {
    const para = parts.join(' ').replace(/\s+/g, ' ').trim();
    if (start >= 0 && /dependenc/i.test(para) && NEW_DEPENDENCY_WORD.test(para)) out.push({ text: para, line: start + 1 });
    start = -1;
    parts = [];
    chars = 0;
  };
  for (let i = 0; i < lines.length && out.length < MAX_DEPENDENCY_PARAGRAPHS; i++) {
    const l = lines[i];
    if (FENCE.test(l)) {
      flush();
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    if (l.trim() === '' || LIST_ITEM.test(l) || l.trimStart().startsWith('#')) flush();
    if (l.trim() === '' || l.trimStart().startsWith('#')) continue;
    if (start < 0) start = i;
    if (chars < MAX_PARAGRAPH_CHARS) {
      const piece = l.slice(0, MAX_PARAGRAPH_CHARS - chars);
      parts.push(piece);
      chars += piece.length;
    }
  }
  if (out.length < MAX_DEPENDENCY_PARAGRAPHS) flush();
  return out;
}
