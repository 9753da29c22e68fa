// GitHub's issue template chooser (.github/ISSUE_TEMPLATE/config.yml): its contact links are shown
// to everyone who opens an issue, and projects name their security contact there (fastapi's
// "Security Contact": "Please report security vulnerabilities to security@tiangolo.com").
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { withoutStacks } from './security-insights/parse.ts';
import { readPlainData, scalarValue, valueEnd } from './yaml-data.ts';
import type { YNode } from './workflows/yaml-tree.ts';

export interface ContactLink {
  name: string;
  about: string;
  url: string;
  /** First and last line of the entry: the outline's addresses and links on them are its own. */
  line: number;
  endLine: number;
}

const MAX_CONTACT_LINKS = 30;
const MAX_FIELD = 500;

/** The contact links of an issue template chooser, in order; none when it cannot be parsed. */
export function contactLinksIn(text: string, options: { library?: boolean } = {}): ContactLink[] {
  // Plain YAML (nearly every chooser) is read without the library, whose first parse of a run is cold code.
  const plain = options.library ? null : readPlainData(text);
  return plain ? plainContactLinks(text, plain.tree, plain.lineStarts) : libraryContactLinks(text);
}

function plainContactLinks(text: string, tree: YNode | null, lineStarts: number[]): ContactLink[] {
  const lc = new LineCounter();
  for (const start of lineStarts) lc.addNewLine(start);
  const seq = tree?.kind === 'map' ? tree.items.find((p) => p.key?.kind === 'scalar' && scalarValue(p.key, text) === 'contact_links')?.value : undefined;
  if (seq?.kind !== 'seq') return [];
  const out: ContactLink[] = [];
  for (const item of seq.items.slice(0, MAX_CONTACT_LINKS)) {
    if (item?.kind !== 'map') continue;
    const field = (key: string) => {
      const v = item.items.find((p) => p.key?.kind === 'scalar' && scalarValue(p.key, text) === key)?.value;
      const value = v?.kind === 'scalar' ? scalarValue(v, text) : undefined;
      return typeof value === 'string' ? value.slice(0, MAX_FIELD) : '';
    };
    out.push({ name: field('name'), about: field('about'), url: field('url'), line: lc.linePos(item.start).line, endLine: lc.linePos(Math.max(item.start, valueEnd(item) - 1)).line });
  }
  return out;
}

function libraryContactLinks(text: string): ContactLink[] {
  const lc = new LineCounter();
  let doc;
  try {
    doc = withoutStacks(() => parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: false, keepSourceTokens: false }));
  } catch {
    return [];
  }
  if (doc.errors.length > 0) return [];
  const seq = isMap(doc.contents) ? doc.contents.get('contact_links', true) : undefined;
  if (!isSeq(seq)) return [];
  const out: ContactLink[] = [];
  for (const item of seq.items.slice(0, MAX_CONTACT_LINKS)) {
    if (!isMap(item) || !item.range) continue;
    const field = (key: string) => {
      const v = item.get(key, true);
      return isScalar(v) && typeof v.value === 'string' ? v.value.slice(0, MAX_FIELD) : '';
    };
    out.push({ name: field('name'), about: field('about'), url: field('url'), line: lc.linePos(item.range[0]).line, endLine: lc.linePos(Math.max(item.range[0], item.range[1] - 1)).line });
  }
  return out;
}

/**
 * The name an issue template shows in GitHub's chooser: the top-level `name:` of a form
 * (.github/ISSUE_TEMPLATE/issue.yml, gittuf's "Discussion / Feature Request") or of a Markdown
 * template's front matter. Read line by line, from the first 40 lines; undefined when none.
 */
export function templateNameIn(text: string): string | undefined {
  const lines = text.split('\n', 40);
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    if (!line.startsWith('name:')) continue;
    let v = line.slice(5).trim();
    if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v.endsWith(v[0])) v = v.slice(1, -1).trim();
    return v ? v.slice(0, MAX_FIELD) : undefined;
  }
  return undefined;
}

/** Where an issue template asks what a defect report needs (defectPromptIn). */
export interface DefectPrompt {
  line: number;
  /** The prompt, as written (shortened). */
  text: string;
}

/** Asks how to reproduce the problem: "Steps to reproduce", "Minimal reproduction", "How to reproduce". */
const REPRODUCE = /\b(?:steps to reproduce|reproduction steps|steps for reproduction|how to reproduce|minimal reproduc\w+|reproducible example|reproduction (?:repo\w*|link|case))\b/i;
/** Asks what the reporter expected: "Expected behavior", "Expected output", "What did you expect to happen?". */
const EXPECTED = /\bexpected (?:behaviou?rs?|output|outcomes?|results?)\b|\bexpect(?:ed)? to happen\b/i;
/** Asks what happened instead: "Actual behavior", "Current behaviour", or an "Output:" label of its own (prettier's "**Output:**"). */
const ACTUAL = /\b(?:actual|current|observed) (?:behaviou?rs?|output|outcomes?|results?)\b|^[\s#*_>-]*(?:output|what happened\??)[\s*_:]*$/i;

const MAX_TEMPLATE_LINES = 300;
const MAX_LINE = 300;

/**
 * The line where an issue template asks for what a defect report needs, whatever the template is called: the steps to
 * reproduce, or the expected behaviour together with what happened instead. prettier's "⚙ Integration" template asks for
 * "Steps to reproduce", "Expected behavior" and "Actual behavior"; its "✨ Formatting" template for the "Output" and the
 * "Expected output". Read line by line, from the first 300 lines; undefined when it asks for neither.
 */
export function defectPromptIn(text: string): DefectPrompt | undefined {
  const lines = text.split('\n', MAX_TEMPLATE_LINES);
  let expected: DefectPrompt | undefined;
  let actual = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].slice(0, MAX_LINE).replace(/\r$/, '');
    const prompt = () => ({ line: i + 1, text: promptText(line) });
    if (REPRODUCE.test(line)) return prompt();
    if (!expected && EXPECTED.test(line)) expected = prompt();
    if (ACTUAL.test(line)) actual = true;
    if (expected && actual) return expected;
  }
  return undefined;
}

/** A prompt line without its Markdown marks, a form's `label:` and its closing colon: "**Expected behavior:**" is "Expected behavior". */
function promptText(line: string): string {
  let t = line.replace(/^[\s#*_>-]*(?:label:\s*)?/i, '');
  let end = t.length;
  while (end > 0 && ' \t*_:"\''.includes(t[end - 1])) end--;
  t = t.slice(0, end);
  if (t.length >= 1 && (t[0] === '"' || t[0] === "'")) t = t.slice(1);
  return t.slice(0, 80);
}
