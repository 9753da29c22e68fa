// Sections and documents that only hand their subject to a page elsewhere ("Please see [our support
// policy](https://laravel.com/docs/releases#support-policy) for information on supported versions").
// They state nothing themselves: the page they link is the project's word, for a person to confirm,
// so a rule attests it rather than passing on the heading.
import type { DocumentInfo } from '../../facts/documents.ts';
import type { Heading, Link } from '../../facts/markdown.ts';
import type { Facts } from '../../facts/types.ts';
import { intoThisRepository } from './repository.ts';
import { sectionLinks, subsections } from './sections.ts';
import { sentencesOf } from './statements.ts';

/**
 * A sentence that sends the reader to another page: "Please see …", "To contribute code, please
 * follow the guidelines in …", "The guide can be found in …", "The ADR documents have moved to their own
 * repository" (nats-server), "You can learn about the governance of KEDA [here](…)". Bounded gaps: linear in the text.
 */
const POINTER =
  /^(?:(?:first|also|then|for|to|on|about|in)\b[^,]{0,80},\s*)?(?:please\s+)?(?:you\s+(?:can|may|might|should)\s+(?:want\s+to\s+)?)?(?:see|refer\s+to|read|consult|visit|follow|check(?:\s+out)?|head\s+(?:over\s+)?to|go\s+to|learn\s+(?:more\s+)?about)\b|\b(?:can|may)\s+be\s+(?:found|read|seen|viewed)\b|\bis\s+(?:available|documented|described|kept|maintained|hosted|published)\s+(?:at|on|in)\b|\b(?:have|has)\s+(?:been\s+)?moved\s+(?:to|into)\b/i;

/**
 * Courtesy that states nothing ("Thank you for considering contributing!", "We welcome pull requests with open arms!"),
 * also after a clause on what the project is ("crossplane-runtime is a community driven project and we welcome
 * contributions.").
 */
const COURTESY = /^(?:[^\s.,]+(?:\s+[^\s.,]+){0,3}\s+is\s+an?\s+(?:[^\s.,]+\s+){0,3}project,?\s+and\s+)?(?:thanks?|thank you|we (?:welcome|appreciate|love|encourage)|(?:all |any )?contributions (?:are|of any kind are) (?:very )?(?:welcome|appreciated)|there(?:'s| is) (?:a lot|plenty)|the [\w ]{0,40}guide will help you get started)\b/i;

/** A sentence or two: a longer text says something of its own. */
const MAX_POINTER_CHARS = 300;

/** A Markdown link: its text is a name ("tiangolo.com - Contributing"), read as words, not as sentences of its own. */
const LINK = /\[([^[\]]*)\]\([^()[\]]*\)/g;
const asWords = (_: string, text: string) => text.replace(/[^\w ]+/g, ' ');

/**
 * A link reference definition ("[7]: https://github.com/sigstore/.github/blob/main/CONTRIBUTING.md"), which a README
 * keeps under its last section: where a link of the prose leads, no sentence of its own.
 */
const LINK_DEFINITION = /^\[[^[\]]{1,200}\]:\s*\S/;

/** A sentence that is only a web address (lodash's CHANGELOG, "https://github.com/lodash/lodash/wiki/Changelog"): it sends the reader there. */
const BARE_ADDRESS = /^<?https?:\/\/\S+?>?$/i;

/** Whether every sentence of these bodies points elsewhere (at least one sentence in all). */
function onlyPointers(bodies: string[]): boolean {
  let n = 0;
  for (const b of bodies)
    for (const s of sentencesOf(b.replace(LINK, asWords))) {
      if (COURTESY.test(s) || LINK_DEFINITION.test(s)) continue;
      if (!POINTER.test(s) && !BARE_ADDRESS.test(s.trim())) return false;
      n++;
    }
  return n > 0;
}

/** A page of a GitHub repository's wiki: a git repository of its own, whose pages are not files of this tree. */
const WIKI_PAGE = /^https?:\/\/(?:www\.)?github\.com\/[^/]+\/[^/]+\/wiki(?:[/#?]|$)/i;

/** The first link of these that leads out of this repository (not an image); this repository's wiki is out of it. */
function outLink(facts: Facts, links: Link[]): Link | undefined {
  return links.find((l) => !l.image && /^https?:\/\//i.test(l.target) && (!intoThisRepository(facts, l.target) || WIKI_PAGE.test(l.target)));
}

/** The link out of the repository that a section (subsections included) hands its whole subject to; undefined when it says something itself. */
export function sectionElsewhere(facts: Facts, doc: DocumentInfo, h: Heading): Link | undefined {
  // Link reference definitions add no characters (markdown.ts): no reader sees them.
  if (h.sectionChars > MAX_POINTER_CHARS) return undefined;
  const subs = subsections(doc, h);
  // A subsection without prose may carry its statement in its heading ("### 2.x: until June 2026").
  if (subs.some((x) => x.ownChars === 0) || !onlyPointers([h.body, ...subs.map((x) => x.body)])) return undefined;
  return outLink(facts, sectionLinks(doc, h));
}

/** Prose of a section that only hands its subject over with its link: a sentence or two. */
const MAX_HANDOVER_CHARS = 300;
/** A sentence or two: cobra's README "Commands" says what a command is in three before it links the reference. */
const MAX_HANDOVER_SENTENCES = 2;
/** Code of such a section: a name or two (`Decode`), shorter than a command. */
const MAX_HANDOVER_CODE = 40;
/** A page the reader's own running software serves (fastapi's README "Interactive API docs": http://127.0.0.1:8000/docs), not documentation elsewhere. */
const LOCAL_URL = /^https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?:[:/]|$)/i;

/**
 * Whether a section hands its subject to the documentation a link leads to rather than giving it: a sentence or two, no
 * command (in it or its subsections), and a link out of this repository that `documentation` accepts (go-viper/mapstructure's
 * README "Usage & Example": "For usage and examples see the [documentation](https://pkg.go.dev/…). The `Decode` function has
 * examples associated with it there."). Its sentences need not be pointers (sectionElsewhere): they say nothing of their own.
 */
export function handsOverTo(facts: Facts, doc: DocumentInfo, h: Heading, documentation: (l: Link) => boolean): boolean {
  if (h.sectionChars > MAX_HANDOVER_CHARS || h.code.length >= MAX_HANDOVER_CODE || sentencesOf(h.body).length > MAX_HANDOVER_SENTENCES) return false;
  if (subsections(doc, h).some((x) => x.code !== '')) return false;
  return sectionLinks(doc, h).some((l) => !l.image && /^https?:\/\//i.test(l.target) && !LOCAL_URL.test(l.target) && !intoThisRepository(facts, l.target) && documentation(l));
}

/** `test`, for a section that says its subject itself: one that only hands it to a page elsewhere (sectionElsewhere) is passed over. */
export function saidHere(facts: Facts, test: (h: Heading, doc: DocumentInfo) => boolean): (h: Heading, doc: DocumentInfo) => boolean {
  return (h, doc) => test(h, doc) && sectionElsewhere(facts, doc, h) === undefined;
}

/** The link out of the repository that a whole document hands its subject to (laravel's CONTRIBUTING.md: a title and one sentence). */
export function documentElsewhere(facts: Facts, doc: DocumentInfo): Link | undefined {
  return pointerOnly(doc) ? outLink(facts, doc.outline?.links ?? []) : undefined;
}

/** The link a whole document hands its subject to, out of the repository or to a page of the site built from it; undefined when it says something itself. */
export function documentPointer(doc: DocumentInfo): Link | undefined {
  return pointerOnly(doc) ? (doc.outline?.links ?? []).find((l) => !l.image && /^https?:\/\//i.test(l.target)) : undefined;
}

/** Whether a whole document only sends the reader on, wherever to (argo-cd's CONTRIBUTING.md: "Please refer to [the Contribution Guide](…)"). */
export function pointerOnly(doc: DocumentInfo): boolean {
  const o = doc.outline;
  return o !== null && o.proseChars <= MAX_POINTER_CHARS && onlyPointers([o.lead, ...o.headings.map((h) => h.body)]);
}
