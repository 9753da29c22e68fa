// Placeholders and template text: what a template or a draft puts where the project's own words
// belong. One detector for every reader of repository text (Security Insights values, e-mail
// addresses and links in documents, document sections), because a placeholder is never evidence.
// Every expression here is linear: bounded repetitions, no nested quantifiers.

/** Values longer than this are read only in part (a placeholder is short). */
const MAX_VALUE = 2000;

/** Hosts reserved for examples and tests (RFC 2606): example.com/.org/.net and the .example, .test and .invalid names. */
function exampleHost(host: string): boolean {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const tld = labels[labels.length - 1];
  if (tld === 'example' || tld === 'test' || tld === 'invalid') return true;
  return labels.length >= 2 && labels[labels.length - 2] === 'example' && (tld === 'com' || tld === 'org' || tld === 'net');
}

const HOST_IN_URL = /^[a-z][a-z0-9+.-]{0,20}:\/\/(?:[^/?#@\s]{0,200}@)?([^/?#:\s]{1,253})/i;
const HOST_IN_EMAIL = /@([A-Za-z0-9.-]{1,253})$/;

const MARKER = /\b(?:TODO|TBD|FIXME)\b/;
const CHANGE_ME = /\b(?:change[-_ ]?me|replace[-_ ]?me)\b/i;
const ANGLE = /<\s{0,3}(?:your|insert|enter|add|replace|project[-_ ]name|org(?:anization)?(?:[-_ ]name)?|owner|repo(?:sitory)?(?:[-_ ]name)?|e-?mail(?:[-_ ]address)?|maintainer|contact|name)\b[^<>]{0,100}>/i;
const YOUR = /\byour[-_](?:org|organi[sz]ation|name|email|e-mail|project|repo|repository|user(?:name)?|company|domain|team|handle|key)\b|\bYOUR_[A-Z_]{2,40}\b|(?:^|[\s<(:])you@/i;
const BRACKET = /\[\s{0,3}(?:insert|describe|add|enter|replace|fill in|your|todo|tbd|name of|link to|contact method|email address|project name)\b[^\]]{0,200}\](?!\()/i;
const FILLER = /\blorem ipsum\b/i;
/**
 * A template's name to fill in, in braces: `https://github.com/acme/{project-name}/issues` in a CONTRIBUTING.md copied from an
 * organization's template. A URL template's own variables (`{version}`, `{os}`) are not names of the project.
 */
const BRACED = /\{\{?\s{0,3}(?:project|repo(?:sitory)?|org(?:ani[sz]ation)?|owner|user(?:name)?|github[-_ ]?(?:user|org))(?:[-_ ]?name)?\s{0,3}\}\}?/i;

/**
 * Why a value is a placeholder, or null when it is not. For one value such as a Security Insights
 * field, an e-mail address or a link target: our own draft's `TODO-…` names and
 * `https://TODO-….example` URLs, and the usual ones (`TODO`, `TBD`, `FIXME`, example.com and the
 * reserved .example/.test/.invalid hosts, `changeme`, `<your-email>`, `you@…`, `your-org`,
 * `[INSERT …]`, lorem ipsum).
 */
export function placeholderReason(value: string): string | null {
  const v = value.length > MAX_VALUE ? value.slice(0, MAX_VALUE) : value;
  if (MARKER.test(v)) return 'a TODO/TBD/FIXME marker';
  const host = HOST_IN_URL.exec(v.trim())?.[1] ?? HOST_IN_EMAIL.exec(v.trim())?.[1];
  if (host && exampleHost(host)) return `a host reserved for examples (${host.toLowerCase()})`;
  if (CHANGE_ME.test(v)) return 'a "change me" value';
  if (ANGLE.test(v)) return 'a <placeholder> to fill in';
  if (YOUR.test(v)) return 'a "your-…" placeholder';
  if (BRACKET.test(v)) return 'a bracketed instruction to fill in';
  if (BRACED.test(v)) return 'a {placeholder} to fill in';
  if (FILLER.test(v)) return 'filler text (lorem ipsum)';
  return null;
}

// ---- Template text in documents ----

/** A sentence that is an instruction to whoever fills in a template, not a statement of the project. */
const INSTRUCTION =
  /^(?:use this section to|replace this (?:text|section|paragraph|line)|describe (?:your|the) project here|(?:delete|remove) this (?:section|line|text|paragraph)|this (?:file|document|section) is a template|fill (?:in|out) (?:this|the) (?:section|template)|add (?:your|a) (?:description|content) here|tell them where to go, how often they can expect)/i;
/** A sentence that starts with a marker ("TODO: write this", "TBD.") or is nothing but one ("Coming soon."). */
const MARKER_SENTENCE = /^(?:TODO|TBD|FIXME|XXX)\b|^(?:[Cc]oming soon|[Tt]o be (?:written|added|done|determined))\W{0,3}$/;
/** GitHub's SECURITY.md template table of made-up versions (5.1.x, 5.0.x, 4.0.x). */
const GITHUB_VERSIONS_TABLE = /\b5\.1\.x\b.{0,80}\b5\.0\.x\b.{0,80}\b4\.0\.x\b/i;

/** What placeholderSentence tests each sentence with. */
const SENTENCE_TESTS = [MARKER_SENTENCE, INSTRUCTION, CHANGE_ME, ANGLE, YOUR, BRACKET, FILLER];

/**
 * Text in which no sentence can be a placeholder sentence: the sentence tests joined, without
 * their anchors (^ outside a character class, a final $) and ignoring case, so it matches wherever
 * one of them could match a sentence of the text. Derived, so that a word added to a test is never
 * missing here. Most sections say nothing of the kind and skip the split into sentences.
 */
const MAYBE_PLACEHOLDER = new RegExp(SENTENCE_TESTS.map((re) => `(?:${re.source.replace(/(?<!\[)\^|\$$/g, '')})`).join('|'), 'i');

/** Sentences of a section's prose: split at sentence ends, list items and table cells. */
function sentences(body: string): string[] {
  return body
    .split(/(?<=[.!?:])\s+|\s\|\s|\s[-*+]\s/)
    .map((s) => s.replace(/^[\s|*_>#-]+/, '').trim())
    .filter((s) => s.length > 0);
}

function placeholderSentence(s: string): boolean {
  return SENTENCE_TESTS.some((re) => re.test(s));
}

/**
 * Why a section's prose is template text that says nothing about the project, or null. Template
 * text: GitHub's unfilled SECURITY.md, and prose where placeholder lines and bracketed instructions
 * make up half the sentences or leave less than a sentence of the project's own words. A section
 * that mentions a TODO among real statements is not a template.
 */
export function templateReason(body: string): string | null {
  if (!body) return null;
  const text = body.length > 4 * MAX_VALUE ? body.slice(0, 4 * MAX_VALUE) : body;
  if (GITHUB_VERSIONS_TABLE.test(text)) return 'template text not filled in: GitHub\'s SECURITY.md template (versions 5.1.x / 5.0.x / 4.0.x)';
  if (!MAYBE_PLACEHOLDER.test(text)) return null;
  const all = sentences(text);
  if (all.length === 0) return null;
  let marked = 0;
  let ownChars = 0;
  let first = '';
  for (const s of all) {
    if (placeholderSentence(s)) {
      marked++;
      if (!first) first = s;
    } else ownChars += s.replace(/\W/g, '').length;
  }
  if (marked === 0) return null;
  if (marked * 2 >= all.length || ownChars < 30) return `template text not filled in ("${first.length > 80 ? `${first.slice(0, 79)}…` : first}")`;
  return null;
}
