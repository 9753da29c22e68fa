// The people a Maven POM names as the project's developers (`<developers><developer><name>`):
// apache/commons-lang's pom.xml lists its committers with their ids and roles, the list Maven
// Central publishes with each release. Only the root pom.xml; comments and `<profiles>` left out.
// An entry that names only its organization (google/gson's `<id>google</id><organization>Google</organization>`,
// no name or e-mail) is the company behind the project, not a member: it is not counted.
// Linear: indexOf over the text, bounded.
import { plainPom } from './pom.ts';
import type { RepoSnapshot } from './snapshot.ts';
import { lineAt } from './text.ts';

export interface PomDevelopers {
  path: string;
  /** The line of `<developers>`. */
  line: number;
  /** How many `<developer>` entries have a name or an id that is not only their organization's. */
  count: number;
  /** The first entry's name (or id). */
  first: string;
}

const MAX_DEVELOPERS = 500;

/** A name reduced to its letters and digits, lower case: "Google" and "google" are one. */
const bare = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** The text of the first `<tag>…</tag>` inside `block`, trimmed; '' when none. */
function element(block: string, tag: string): string {
  const open = block.indexOf(`<${tag}>`);
  if (open < 0) return '';
  const close = block.indexOf(`</${tag}>`, open);
  return close < 0 ? '' : block.slice(open + tag.length + 2, close).trim().slice(0, 200);
}

export function readPomDevelopers(snap: RepoSnapshot): PomDevelopers | null {
  if (snap.get('pom.xml')?.kind !== 'file') return null;
  const r = snap.read('pom.xml');
  if (!r.ok) return null;
  const { text: plain, inProfiles } = plainPom(r.text);
  const at = plain.indexOf('<developers>');
  // A `<developers>` inside a profile applies only when it is activated.
  if (at < 0 || inProfiles(at)) return null;
  const end = plain.indexOf('</developers>', at);
  if (end < 0) return null;
  let count = 0;
  let first = '';
  for (let d = plain.indexOf('<developer>', at); d >= 0 && d < end && count < MAX_DEVELOPERS; d = plain.indexOf('<developer>', d + 1)) {
    const close = plain.indexOf('</developer>', d);
    if (close < 0 || close > end) break;
    const entry = plain.slice(d, close);
    const who = element(entry, 'name') || element(entry, 'id');
    if (who === '') continue;
    // `<id>google</id><organization>Google</organization>` and no e-mail: the company, not a person.
    const org = element(entry, 'organization');
    if (org !== '' && bare(who) === bare(org) && element(entry, 'email') === '') continue;
    count++;
    if (first === '') first = who;
  }
  if (count === 0) return null;
  return { path: 'pom.xml', line: lineAt(plain, at), count, first };
}
