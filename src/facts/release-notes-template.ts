// The release notes a release tool writes into every GitHub release, read from its configuration:
// GoReleaser's `release.header` and `release.footer` (sops's hold its verification instructions).
// GitHub shows them as Markdown; they are outlined at the configuration file's own line numbers,
// so evidence points at the template's line.
import { parseMarkdown, type MarkdownOutline } from './markdown.ts';
import type { RepoSnapshot } from './snapshot.ts';

/** GoReleaser's configuration at the root, as GoReleaser looks for it. */
const GORELEASER_FILE = /^\.?goreleaser\.ya?ml$/;

const RELEASE_KEY = /^release:[ \t]*(?:#.*)?$/;
/** `header: |` (or `>`, with chomping and indentation indicators): a block scalar; a one-line string holds no sections. */
const NOTES_KEY = /^([ \t]+)(?:header|footer):[ \t]*[|>][-+0-9]{0,2}[ \t]*(?:#.*)?$/;

const indentOf = (line: string) => line.length - line.trimStart().length;

/**
 * The text of the `release.header` and `release.footer` block scalars, each line at its own line in
 * the file and every other line blank (so an outline's line numbers are the file's); null when
 * there are none.
 */
export function goreleaserNotesText(text: string): string | null {
  const lines = text.split(/\r?\n/);
  const out = lines.map(() => '');
  let inRelease = false;
  let found = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() !== '' && indentOf(line) === 0 && !line.startsWith('#')) inRelease = RELEASE_KEY.test(line);
    if (!inRelease) continue;
    const key = NOTES_KEY.exec(line);
    if (!key) continue;
    // The block runs while lines are blank or indented deeper than its key.
    const keyIndent = key[1].length;
    let blockIndent = -1;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j];
      if (l.trim() === '') continue;
      const n = indentOf(l);
      if (n <= keyIndent) break;
      if (blockIndent < 0) blockIndent = n;
      out[j] = l.slice(Math.min(n, blockIndent));
      found = true;
    }
    i = j - 1;
  }
  return found ? out.join('\n') : null;
}

/** The release-notes template of the root GoReleaser configuration, outlined; null when there is none. */
export function readReleaseNotesTemplate(snap: RepoSnapshot): { path: string; outline: MarkdownOutline } | null {
  const file = snap.filesIn('', (base) => GORELEASER_FILE.test(base)).find((f) => f.kind === 'file');
  if (!file) return null;
  const r = snap.read(file.path);
  if (!r.ok) return null;
  const notes = goreleaserNotesText(r.text);
  return notes === null ? null : { path: file.path, outline: parseMarkdown(notes) };
}
