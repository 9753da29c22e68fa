// Which periods of time in a security policy are about responding to reports (OSPS-VM-01.01).
// A policy states many durations: how long releases are supported, how old the minimum
// compiler may be, how long a token lives. Only a duration said where the policy speaks of
// reports (a disclosure or response section) or in a sentence about acknowledging, answering or
// fixing reports is a response timeframe: rustls's "our MSRV will be ... approximately 12 months"
// is not.
import type { Heading, MarkdownOutline, Timeframe } from '../../facts/markdown.ts';

/** A section about reporting, disclosure or response. */
export const DISCLOSURE_HEADING = /disclos|vulnerabilit|report(ing)?\b|respon(se|d)|handling|what to expect|embargo|\bcvd\b/i;

/** A heading about response timing by its words: "Response timeline", "SLA", "Timeframes". */
const RESPONSE_TIME_WORDS = /\b(response|disclosure|remediation|fix|acknowledg\w*|triage|resolution) (times?|timelines?|windows?|periods?|targets?|slas?)\b|\btimelines?\b|\bsla\b|service[- ]level|time ?frames?/i;
/** A heading that states a duration: "Disclosure within 90 days" (about response only when it also says so). */
const DURATION_HEADING = /\b\d+\s*(business |working |calendar )?(hours?|days?|weeks?|months?)\b/i;
/** The timing of something other than responding: releases, support windows, deprecation. */
const OTHER_TIMING_HEADING = /releas|support|maintenance|\blts\b|deprecat|msrv|end[- ]of[- ]life|\beol\b|schedule|cadence|roadmap/i;

/** Answering a report: "we will respond", "acknowledge", "you will hear back", "disclosed after". */
const RESPONSE_PROSE = /\b(?:respon(?:d|ds|ded|ding|se|ses)|acknowledg|repl(?:y|ies|ied)|triag|get back|hear back|disclos|embargo|coordinat)/i;
/** Fixing, said of a report or a vulnerability: "we aim to fix reported vulnerabilities within 90 days". */
const FIX_PROSE = /\b(?:fix|patch|remediat|resolv|mitigat|address)/i;
const REPORT_PROSE = /\b(?:report|vulnerab|issue|bug|finding|cve)/i;
/** Sentences about how long releases are supported, which also speak of fixes and bugs. */
const SUPPORT_PROSE = /\b(?:support(?:ed|s)?|maintain(?:ed)?|backport|released? (?:less|more|within|in the last)|msrv|lts|end[- ]of[- ]life|eol)\b/i;

/** A heading about the timing of responses; a bare duration only under (or together with) words about reports. */
export function isResponseTimeHeading(text: string, underDisclosure: boolean): boolean {
  if (RESPONSE_TIME_WORDS.test(text) && !OTHER_TIMING_HEADING.test(text)) return true;
  return DURATION_HEADING.test(text) && !OTHER_TIMING_HEADING.test(text) && (underDisclosure || DISCLOSURE_HEADING.test(text));
}

/** Whether a sentence speaks of answering or fixing reports, wherever it stands. */
export function responseSentence(context: string): boolean {
  if (RESPONSE_PROSE.test(context)) return true;
  return FIX_PROSE.test(context) && REPORT_PROSE.test(context) && !SUPPORT_PROSE.test(context);
}

export interface PlacedTimeframe {
  timeframe: Timeframe;
  /** The innermost heading it is under, if any. */
  section?: Heading;
}

/**
 * The document's title: its only level-1 heading, first, with sections under it. Being under
 * "# Vulnerability Policy" says nothing of a line in its "## Supported versions" section.
 */
function titleOf(headings: Heading[]): Heading | undefined {
  const [first, second] = headings;
  if (first?.level !== 1 || second === undefined) return undefined;
  return headings.some((h, i) => i > 0 && h.level === 1) ? undefined : first;
}

/** Per heading (by index): whether it, or a section around it, is about responding to reports, and whether it is about their timing. */
function sectionTree(headings: Heading[]): { about: boolean[]; timing: boolean[] } {
  const title = titleOf(headings);
  const about: boolean[] = [];
  const timing: boolean[] = [];
  const open: number[] = [];
  headings.forEach((h, i) => {
    while (open.length > 0 && headings[open[open.length - 1]].level >= h.level) open.pop();
    const up = open.length > 0 ? open[open.length - 1] : -1;
    const outer = up >= 0 && about[up];
    timing.push(h !== title && isResponseTimeHeading(h.text, outer));
    about.push(h !== title && (outer || DISCLOSURE_HEADING.test(h.text) || timing[i]));
    open.push(i);
  });
  return { about, timing };
}

/** The headings of the policy that are about the timing of responses ("Response timeline", "Disclosure within 90 days" under "Reporting"). */
export function responseTimeHeadings(outline: MarkdownOutline): Heading[] {
  const { timing } = sectionTree(outline.headings);
  return outline.headings.filter((_, i) => timing[i]);
}

/**
 * The policy's timeframes, split into those about responding to reports and those set aside. The
 * headings and the timeframes are both in line order, so one walk finds each one's section.
 */
export function responseTimeframes(outline: MarkdownOutline, timeframes: Timeframe[]): { kept: PlacedTimeframe[]; setAside: PlacedTimeframe[] } {
  const kept: PlacedTimeframe[] = [];
  const setAside: PlacedTimeframe[] = [];
  const headings = outline.headings;
  const { about } = sectionTree(headings);
  let at = -1;
  for (const t of timeframes) {
    while (at + 1 < headings.length && headings[at + 1].line < t.line) at++;
    const section = at >= 0 ? headings[at] : undefined;
    // A policy without headings, or with a title alone, is all about what it says.
    const whole = headings.length === 0 || (headings.length === 1 && at === 0);
    if (whole || (at >= 0 && about[at])) kept.push({ timeframe: t, section });
    else if (responseSentence(t.context)) kept.push({ timeframe: t, section });
    else setAside.push({ timeframe: t, section });
  }
  return { kept, setAside };
}
