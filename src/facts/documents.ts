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

/**
 * Who a document speaks for. Project documents say how the project works: governance,
 * contributing, security policy, maintainers, support, release process, code of conduct, templates,
 * the README (whose project sections count; rules judge its sections by heading), and pages under
 * docs/ whose names say they are about the project (docs/governance.md, docs/contributing/...).
 * Product documents describe the software: user guides, API references, operator manuals, blog
 * posts, anything else under docs/. Governance-type requirements take evidence from project
 * documents, and from a product document only in a section under a project-level heading.
 */
export type DocumentKind = 'project' | 'product';

export interface DocumentInfo {
  path: string;
  role: DocumentRole;
  kind: DocumentKind;
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

/** A docs/ page (or root Markdown file) whose path names a project topic, not a product one. */
const PROJECT_DOC_PATH =
  /(?:^|[/_-])(?:governance|contribut\w*|security|maintainers?|maintainership|owners|committers|support|releases?|releasing|release[-_]process|code[-_]of[-_]conduct|community|charter|steering|roadmap|development|developing|developer[-_]guide|hacking|building|build[-_]from[-_]source|dev[-_]setup)(?:[/_.-]|$)/i;

/** The kind of a document of a role at a path (see DocumentKind). */
export function documentKind(role: DocumentRole, path: string): DocumentKind {
  if (role !== 'docs') return 'project';
  return PROJECT_DOC_PATH.test(path) ? 'project' : 'product';
}
const MAX_DOCS_FILES = 300;

export function gatherDocuments(snap: RepoSnapshot): DocumentFacts {
  const byPath: Record<string, DocumentInfo> = {};
  const roles: Partial<Record<DocumentRole, string[]>> = {};
  const add = (path: string, role: DocumentRole) => {
    if (!byPath[path]) {
      const r = snap.read(path);
      const kind = documentKind(role, path);
      byPath[path] = r.ok ? { path, role, kind, outline: parseMarkdown(r.text) } : { path, role, kind, outline: null, unreadable: r.reason };
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
