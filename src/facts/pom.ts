// A Maven POM as the readers of its elements need it: capped, its comments blanked (newlines kept,
// so offsets still give lines), and told whether an offset lies inside `<profiles>`, whose settings
// apply only when a profile is activated. Used for the POM's `<defaultGoal>` (test-runs.ts) and its
// `<developers>` (pom-developers.ts).
import { blankComments } from './html-comments.ts';

/** A POM longer than this is read up to it. */
const MAX_POM_CHARS = 2_000_000;

export interface PlainPom {
  /** The POM's text, capped, comments blanked. */
  text: string;
  /** Whether `offset` lies inside the `<profiles>` element (to its end, or the end of the text when it is not closed). */
  inProfiles(offset: number): boolean;
}

export function plainPom(raw: string): PlainPom {
  const text = blankComments(raw.length > MAX_POM_CHARS ? raw.slice(0, MAX_POM_CHARS) : raw);
  const start = text.indexOf('<profiles>');
  const end = start < 0 ? -1 : text.indexOf('</profiles>', start);
  return { text, inProfiles: (offset) => start >= 0 && offset > start && (end < 0 || offset < end) };
}
