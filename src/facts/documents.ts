// The project's documentation as outlines: which well-known documents exist, where, and what
// sections they have. Rules ask "is there a section that tells the reader how to X".
import { parseMarkdown, type MarkdownOutline } from './markdown.ts';
import type { RepoSnapshot } from './snapshot.ts';

export type DocumentRole =
  | 'readme'
  | 'contributing'
  | 'security'
  | 'support'
  | 'governance'
  | 'maintainers'
  | 'codeowners'
  | 'code-of-conduct'
  | 'changelog'
  | 'license'
  | 'issue-template'
  | 'pull-request-template'
  | 'cra-readiness'
  | 'docs';

export interface DocumentInfo {
  path: string;
  role: DocumentRole;
  /** Null when the file could not be read (reason in `unreadable`). */
  outline: MarkdownOutline | null;
  unreadable?: string;
}

export interface DocumentFacts {
  /** Every document read, keyed by path. */
  byPath: Record<string, DocumentInfo>;
  /** Paths by role, best candidate first (root, then .github/, then docs/). */
  roles: Partial<Record<DocumentRole, string[]>>;
}

/** Where GitHub looks for community health files, in its order of preference. */
const COMMUNITY_DIRS = ['', '.github/', 'docs/'];

const ROLE_NAMES: [DocumentRole, RegExp][] = [
  ['readme', /^readme(\.[a-z]+)?$/i],
  ['contributing', /^contributing(\.[a-z]+)?$/i],
  ['security', /^security(\.[a-z]+)?$/i],
  ['support', /^support(\.[a-z]+)?$/i],
  ['governance', /^governance(\.[a-z]+)?$/i],
  ['maintainers', /^(maintainers|owners|committers|codeowners-list)(\.[a-z]+)?$/i],
  ['codeowners', /^codeowners$/i],
  ['code-of-conduct', /^code[_-]of[_-]conduct(\.[a-z]+)?$/i],
  ['changelog', /^(changelog|changes|history|news|releases|release[_-]notes)(\.[a-z]+)?$/i],
  ['cra-readiness', /^cra[-_]?readiness(\.[a-z]+)?$/i],
];

const TEXT_DOC = /\.(md|markdown|mdx|rst|txt|adoc|asciidoc)$/i;
const MAX_DOCS_FILES = 300;

export function gatherDocuments(snap: RepoSnapshot): DocumentFacts {
  const byPath: Record<string, DocumentInfo> = {};
  const roles: Partial<Record<DocumentRole, string[]>> = {};
  const add = (path: string, role: DocumentRole) => {
    if (!byPath[path]) {
      const r = snap.read(path);
      byPath[path] = r.ok ? { path, role, outline: parseMarkdown(r.text) } : { path, role, outline: null, unreadable: r.reason };
    }
    (roles[role] ??= []).push(path);
  };

  for (const dir of COMMUNITY_DIRS) {
    for (const f of snap.filesIn(dir)) {
      if (f.kind === 'submodule') continue;
      const base = f.path.slice(dir.length);
      for (const [role, re] of ROLE_NAMES) {
        if (re.test(base) && (role === 'codeowners' || TEXT_DOC.test(base) || !base.includes('.'))) {
          add(f.path, role);
          break;
        }
      }
    }
  }
  for (const f of snap.files) {
    if (f.kind === 'submodule') continue;
    if (f.path.startsWith('.github/ISSUE_TEMPLATE/') && !f.path.slice(23).includes('/')) add(f.path, 'issue-template');
    else if (/^(\.github\/|docs\/)?pull_request_template\.md$/i.test(f.path) || f.path.startsWith('.github/PULL_REQUEST_TEMPLATE/'))
      add(f.path, 'pull-request-template');
  }
  let docsCount = 0;
  // Other Markdown at the root (BUILDING.md, ARCHITECTURE.md, THREAT_MODEL.md, ...) reads as documentation.
  for (const f of snap.filesIn('', (base) => /\.(md|markdown|mdx)$/i.test(base))) {
    if (docsCount >= MAX_DOCS_FILES) break;
    if (f.kind === 'submodule' || byPath[f.path]) continue;
    add(f.path, 'docs');
    docsCount++;
  }
  for (const f of snap.files) {
    if (docsCount >= MAX_DOCS_FILES) break;
    if (f.kind === 'submodule' || byPath[f.path]) continue;
    if (/^(docs?|documentation|website\/docs|site\/content)\//i.test(f.path) && /\.(md|markdown|mdx)$/i.test(f.path)) {
      add(f.path, 'docs');
      docsCount++;
    }
  }
  return { byPath, roles };
}

/** First readable document of a role. */
export function documentOf(docs: DocumentFacts, role: DocumentRole): DocumentInfo | undefined {
  for (const p of docs.roles[role] ?? []) {
    const d = docs.byPath[p];
    if (d) return d;
  }
  return undefined;
}

export function documentsOf(docs: DocumentFacts, role: DocumentRole): DocumentInfo[] {
  return (docs.roles[role] ?? []).map((p) => docs.byPath[p]).filter((d): d is DocumentInfo => d !== undefined);
}
