// Repository settings declared as code in the tree: the `github:` section of `.asf.yaml`, which the
// Apache Software Foundation's infrastructure applies to every apache/* repository's GitHub
// settings (an ASF project has no admin rights of its own, so this file is how it sets them), and
// probot's `.github/settings.yml`, which the Settings app applies when it is installed. They say
// what the settings are meant to be, not what GitHub reports: the rules use them only where the API
// gave no answer. Both files are read once, with a size cap; one that cannot be parsed is recorded
// with the reason, never thrown.
import { type Document, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { nestingEstimate, withoutStacks } from './security-insights/parse.ts';
import type { RepoSnapshot } from './snapshot.ts';

/** A declared value and the line that declares it. */
export interface Declared<T> {
  value: T;
  line: number;
}

export interface DeclaredBranch {
  /** The branch's name as written. */
  name: string;
  line: number;
  /** Contexts of the status checks that must pass before merging. */
  checks: Declared<string>[];
  /** `required_approving_review_count`, when declared. */
  approvals: Declared<number> | null;
  /** `dismiss_stale_reviews`, when declared. */
  dismissStale: Declared<boolean> | null;
  /** `required_pull_request_reviews` as a mapping: a pull request is required before merging (on the key's line). */
  pullRequest: Declared<boolean> | null;
  /** `allow_deletions`, when declared: protection blocks deleting the branch unless it is true. */
  allowDeletions: Declared<boolean> | null;
}

export type Feature = 'issues' | 'discussions' | 'wiki' | 'projects';

export interface SettingsFile {
  path: string;
  /** Who turns the file into GitHub settings, in words for evidence. */
  appliedBy: string;
  /** `unreadable`: too large, or not YAML this reader takes; `reason` says why. */
  state: 'ok' | 'unreadable';
  reason?: string;
  branches: DeclaredBranch[];
  features: Partial<Record<Feature, Declared<boolean>>>;
}

export interface RepoSettingsFacts {
  files: SettingsFile[];
}

/** Real files are a few KiB; anything larger is not a settings file worth parsing. */
const MAX_BYTES = 256 * 1024;
const MAX_NESTING = 40;
const MAX_BRANCHES = 50;
const MAX_CHECKS = 100;
const MAX_TEXT = 200;

const SOURCES: { path: string; appliedBy: string; read: (doc: Document, lc: LineCounter) => Pick<SettingsFile, 'branches' | 'features'> }[] = [
  { path: '.asf.yaml', appliedBy: 'the ASF infrastructure applies it to the repository\'s GitHub settings', read: readAsf },
  { path: '.github/settings.yml', appliedBy: 'the Settings app (probot) applies it when the app is installed', read: readProbot },
];

export function gatherRepoSettings(snapshot: RepoSnapshot): RepoSettingsFacts {
  const files: SettingsFile[] = [];
  for (const source of SOURCES) {
    if (!snapshot.has(source.path)) continue;
    files.push({ path: source.path, appliedBy: source.appliedBy, ...parseSettings(snapshot, source.path, source.read) });
  }
  return { files };
}

function parseSettings(snapshot: RepoSnapshot, path: string, read: (doc: Document, lc: LineCounter) => Pick<SettingsFile, 'branches' | 'features'>): Omit<SettingsFile, 'path' | 'appliedBy'> {
  const none = (reason: string) => ({ state: 'unreadable' as const, reason, branches: [], features: {} });
  const size = snapshot.size(path);
  if (size === null) return none('the file could not be read');
  if (size > MAX_BYTES) return none(`the file is ${Math.round(size / 1024)} KiB, larger than the ${MAX_BYTES / 1024} KiB read as a settings file`);
  const r = snapshot.read(path);
  if (!r.ok) return none(r.reason);
  const text = r.text.charCodeAt(0) === 0xfeff ? r.text.slice(1) : r.text;
  if (nestingEstimate(text) > MAX_NESTING) return none(`the YAML nests more than ${MAX_NESTING} levels deep; it was not parsed`);
  const lc = new LineCounter();
  try {
    const doc = withoutStacks(() => parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: false, keepSourceTokens: false }));
    const error = doc.errors[0];
    if (error) return none(`YAML error at line ${lc.linePos(error.pos[0]).line}: ${error.message.split('\n')[0].slice(0, MAX_TEXT)}`);
    return { state: 'ok', ...read(doc, lc) };
  } catch (e) {
    return none(`YAML cannot be parsed: ${e instanceof Error ? e.message.slice(0, MAX_TEXT) : 'unknown error'}`);
  }
}

/** A YAML node as the document API gives it; every reader checks its kind. */
type Node = unknown;

function lineOf(node: unknown, lc: LineCounter): number {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? lc.linePos(range[0]).line : 1;
}

/** A mapping's entry as a node (aliases and non-maps give undefined). */
function child(node: Node, key: string): Node {
  return isMap(node) ? node.get(key, true) : undefined;
}

function bool(node: Node, lc: LineCounter): Declared<boolean> | null {
  return isScalar(node) && typeof node.value === 'boolean' ? { value: node.value, line: lineOf(node, lc) } : null;
}

function count(node: Node, lc: LineCounter): Declared<number> | null {
  return isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) ? { value: node.value, line: lineOf(node, lc) } : null;
}

function text(node: Node): string | null {
  if (!isScalar(node) || node.value === null || typeof node.value === 'object') return null;
  // A plain `1.0` is read as a number: the source keeps the name as written.
  return (node.source ?? String(node.value)).slice(0, MAX_TEXT);
}

/** GitHub's protection settings, in the shape both files share with the REST API. */
function protection(name: string, line: number, node: Node, lc: LineCounter): DeclaredBranch {
  const checks: Declared<string>[] = [];
  const status = child(node, 'required_status_checks');
  // `contexts: [..]` (the REST API's older form) and `checks: [{context, app_id}]`.
  const contexts = child(status, 'contexts');
  if (isSeq(contexts))
    for (const item of contexts.items.slice(0, MAX_CHECKS)) {
      const c = text(item as Node);
      if (c) checks.push({ value: c, line: lineOf(item, lc) });
    }
  const listed = child(status, 'checks');
  if (isSeq(listed))
    for (const item of listed.items.slice(0, MAX_CHECKS)) {
      const c = text(child(item as Node, 'context'));
      if (c) checks.push({ value: c, line: lineOf(child(item as Node, 'context'), lc) });
    }
  const reviews = child(node, 'required_pull_request_reviews');
  // The key's line: the mapping's own range starts at its first entry.
  const reviewsKey = isMap(node) && isMap(reviews) ? node.items.find((p) => p.value === reviews)?.key : undefined;
  return {
    name,
    line,
    checks,
    approvals: count(child(reviews, 'required_approving_review_count'), lc),
    dismissStale: bool(child(reviews, 'dismiss_stale_reviews'), lc),
    pullRequest: isMap(reviews) ? { value: true, line: lineOf(reviewsKey ?? reviews, lc) } : null,
    allowDeletions: bool(child(node, 'allow_deletions'), lc),
  };
}

/** `.asf.yaml`: `github.features` and `github.protected_branches.<name>`. */
function readAsf(doc: Document, lc: LineCounter): Pick<SettingsFile, 'branches' | 'features'> {
  const github = child(doc.contents as Node, 'github');
  const features: SettingsFile['features'] = {};
  const f = child(github, 'features');
  for (const key of ['issues', 'discussions', 'wiki', 'projects'] as const) {
    const v = bool(child(f, key), lc);
    if (v) features[key] = v;
  }
  const branches: DeclaredBranch[] = [];
  const protectedBranches = child(github, 'protected_branches');
  if (isMap(protectedBranches))
    for (const pair of protectedBranches.items.slice(0, MAX_BRANCHES)) {
      const name = text(pair.key as Node);
      if (name) branches.push(protection(name, lineOf(pair.key, lc), pair.value as Node, lc));
    }
  return { branches, features };
}

/** probot's `.github/settings.yml`: `repository.has_*` and `branches: [{name, protection}]`. */
function readProbot(doc: Document, lc: LineCounter): Pick<SettingsFile, 'branches' | 'features'> {
  const repository = child(doc.contents as Node, 'repository');
  const features: SettingsFile['features'] = {};
  for (const key of ['issues', 'discussions', 'wiki', 'projects'] as const) {
    const v = bool(child(repository, `has_${key}`), lc);
    if (v) features[key] = v;
  }
  const branches: DeclaredBranch[] = [];
  const list = child(doc.contents as Node, 'branches');
  if (isSeq(list))
    for (const item of list.items.slice(0, MAX_BRANCHES)) {
      const nameNode = child(item as Node, 'name');
      const name = text(nameNode);
      const p = child(item as Node, 'protection');
      // `protection: null` removes the branch's protection.
      if (name && isMap(p)) branches.push(protection(name, lineOf(nameNode, lc), p, lc));
    }
  return { branches, features };
}
