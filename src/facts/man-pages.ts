// Manual pages kept in the repository (roff, man or mdoc macros): jq's jq.1.prebuilt describes its
// command line, options, inputs and outputs, the external interface OSPS-SA-02.01 asks about.
// Only files named as manual pages (name.1 … name.8, also .in and .prebuilt sources) at the root,
// in a man/ or doc/ folder, or beside the sources they document one folder down (libarchive's
// tar/bsdtar.1 and libarchive/archive_read.3, zstd's programs/zstd.1; not a test's or a vendored
// folder's: curl's tests/data/data1705-stdout.1 is a test's expected output) are read, at most
// MAX_MAN_PAGES, and only their first lines: a page must open with its title macro (.TH or .Dt) to
// count, so a data file named "x.1" is not one.
import type { RepoSnapshot } from './snapshot.ts';
import { TEST_DIRS, testNamedFolder } from './test-folders.ts';

export interface ManPage {
  path: string;
  /** The line of the title macro. */
  line: number;
  /** The page's name and section as its title macro gives them ("JQ", "1"). */
  name: string;
  section: string;
}

const MAN_PAGE_PATH = /^(?:(?:man|docs?|documentation)\/(?:man[1-8]?\/)?|([\w.+-]+)\/)?[\w.+-]+\.[1-8](?:\.in|\.prebuilt)?$/i;
/** Source folders whose pages are not the project's: vendored code, a test's material, examples. */
const NOT_OWN_DIRS: ReadonlySet<string> = new Set([...TEST_DIRS, 'vendor', 'third_party', 'third-party', 'thirdparty', 'node_modules', 'external', 'deps', 'example', 'examples']);
const MAX_MAN_PAGES = 5;
/** How many lines may precede the title macro (comments, a preprocessor hint). */
const TITLE_WITHIN_LINES = 30;
/** The title macro: `.TH "JQ" "1" …` (man) or `.Dt LS 1` (mdoc). */
const TITLE = /^\.(?:TH|Dt)[ \t]+"?([\w.+-]{1,60})"?[ \t]+"?([1-8])\b/;

export function readManPages(snap: RepoSnapshot): ManPage[] {
  const out: ManPage[] = [];
  let tried = 0;
  for (const f of snap.files) {
    if (tried >= MAX_MAN_PAGES) break;
    const last = f.path.charCodeAt(f.path.length - 1); // cheap pre-filter on 100,000 paths: a section digit, .in or .prebuilt
    if (f.kind !== 'file' || !((last >= 0x31 && last <= 0x38) || last === 0x6e || last === 0x74)) continue;
    const named = MAN_PAGE_PATH.exec(f.path);
    const folder = named?.[1]?.toLowerCase();
    if (!named || (folder !== undefined && (NOT_OWN_DIRS.has(folder) || testNamedFolder(folder)))) continue;
    tried++;
    const r = snap.read(f.path);
    if (!r.ok) continue;
    const lines = r.text.slice(0, 4096).split('\n', TITLE_WITHIN_LINES);
    for (let i = 0; i < lines.length; i++) {
      const m = TITLE.exec(lines[i]);
      if (m) {
        out.push({ path: f.path, line: i + 1, name: m[1], section: m[2] });
        break;
      }
    }
  }
  return out;
}
