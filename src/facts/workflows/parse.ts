// YAML -> workflow and action models with 1-based positions. The file is hostile input: every
// loop is bounded, aliases are resolved by hand under a budget, and nothing here throws.
// Each file is parsed once into a light tree (yaml-tree.ts) that every reader of it shares.
import { LineCounter, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import { nestingEstimate, withoutStacks } from '../security-insights/parse.ts';
import { classifyUses, versionFromComment } from './uses.ts';
import { readPlainYaml, UNKNOWN_END } from './yaml-fast.ts';
import { fromYamlNode, type AnchorMap, type YMap, type YNode, type YScalar } from './yaml-tree.ts';
import type {
  ActionFact,
  ActionInputDecl,
  BranchFilter,
  InputDecl,
  JobFact,
  PermissionsFact,
  Position,
  RunFact,
  StepFact,
  TriggersFact,
  UsesFact,
  ValueFact,
  WorkflowFact,
  WorkflowParseError,
} from './types.ts';

/** Alias resolutions allowed per file. Anchors are legal in workflows; thousands of them are not normal. */
export const MAX_ALIASES = 5_000;
/** Jobs kept per workflow and steps kept per job. */
export const MAX_JOBS = 10_000;
export const MAX_STEPS = 1_000;
/** Entries read from one mapping (with:, env:, inputs:). */
export const MAX_ENTRIES = 1_000;
/** Characters of a script kept in the facts (the analysis itself reads all of it). */
export const MAX_STORED_TEXT = 16 * 1024;
/**
 * Nesting beyond this is refused before parsing: the YAML parser takes quadratic time on deep
 * flow nesting ('[' repeated 100,000 times took 10 s; a 2 MB file would take hours). Real
 * workflows nest about ten levels.
 */
export const MAX_YAML_NESTING = 100;
/** Characters kept of a non-scalar value rendered as text. */
const MAX_VALUE_TEXT = 1024;

const isMap = (n: YNode | null): n is YMap => n?.kind === 'map';
const isSeq = (n: YNode | null): n is Extract<YNode, { kind: 'seq' }> => n?.kind === 'seq';
const isScalar = (n: YNode | null): n is YScalar => n?.kind === 'scalar';

export interface ReadOptions {
  /** False: the `yaml` library reads the file even when the fast reader could. */
  fastYaml?: boolean;
}

/** One parsed file: source, positions and a guarded alias resolver. */
export class YamlFile {
  readonly path: string;
  readonly text: string;
  readonly errors: WorkflowParseError[] = [];
  /** False when the file could not be parsed at all (too deep, or the parser failed). */
  readonly parsed: boolean;
  /** Full script text per RunFact / with-value, keyed by the fact object (facts store a truncated copy). */
  readonly fullText = new WeakMap<object, string>();
  /** Source range of the node behind a fact, for finding expression positions. */
  readonly ranges = new WeakMap<object, [number, number]>();
  private readonly lc = new LineCounter();
  private readonly tree: YNode | null = null;
  private readonly anchors: AnchorMap = new Map();
  private readonly keyIndexes = new WeakMap<YMap, Map<string, YNode | null>>();
  private aliasBudget = MAX_ALIASES;
  private aliasLimitHit = false;
  /** Ends of the block collections, from the library's reading, when the fast reader read the file and one was asked for. */
  private libraryEnds: Map<string, number> | null = null;

  /** `fastYaml: false` has the library read even plain YAML (tests compare the two readings). */
  constructor(path: string, text: string, options: ReadOptions = {}) {
    this.path = path;
    this.text = text;
    const depth = nestingEstimate(text);
    if (depth > MAX_YAML_NESTING) {
      this.errors.push({ path, kind: 'limit', line: 1, column: 1, message: `not parsed: the YAML nests about ${depth} levels deep (more than ${MAX_YAML_NESTING})` });
      this.parsed = false;
      return;
    }
    // Plain workflow YAML is read by the fast reader; anything else by the library.
    const plain = options.fastYaml === false ? null : readPlainYaml(text);
    if (plain) {
      for (const start of plain.lineStarts) this.lc.addNewLine(start);
      this.tree = plain.tree;
      this.parsed = true;
      this.checkUniqueKeys();
      return;
    }
    let doc = null;
    try {
      doc = withoutStacks(() => parseDocument(text, { lineCounter: this.lc, prettyErrors: false, uniqueKeys: false, keepSourceTokens: false }));
    } catch (e) {
      this.error('yaml', 0, `YAML parser failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    this.parsed = doc !== null;
    if (!doc) return;
    for (const e of doc.errors) {
      this.error('yaml', e.pos?.[0] ?? 0, firstLine(e.message));
    }
    try {
      this.tree = fromYamlNode(doc.contents as Node | null, this.anchors);
    } catch {
      /* a conversion failure leaves an empty file (the parser is written not to build such a document) */
    }
    this.checkUniqueKeys();
  }

  /** Duplicate keys make GitHub reject the file. The parser's own check is quadratic, so check here with a set, every mapping in document order. */
  private checkUniqueKeys(): void {
    const stack: YNode[] = this.tree ? [this.tree] : [];
    while (stack.length > 0) {
      const n = stack.pop() as YNode;
      const children: YNode[] = [];
      if (n.kind === 'map') {
        const seen = new Set<string>();
        for (const pair of n.items) {
          const k = pair.key;
          if (k?.kind === 'scalar') {
            if (seen.has(k.key)) this.error('yaml', k.start, 'Map keys must be unique');
            else seen.add(k.key);
          }
          if (pair.key) children.push(pair.key);
          if (pair.value) children.push(pair.value);
        }
      } else if (n.kind === 'seq') {
        for (const item of n.items) if (item) children.push(item);
      }
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }

  /** Where a node's value ends; for a block collection the fast reader read, as the library reads it. */
  endOfNode(n: YNode): number {
    return this.endOf(n);
  }

  private endOf(n: YNode): number {
    if (n.end !== UNKNOWN_END) return n.end;
    if (this.libraryEnds === null) {
      const ends = new Map<string, number>();
      try {
        const doc = withoutStacks(() => parseDocument(this.text, { prettyErrors: false, uniqueKeys: false, keepSourceTokens: false }));
        const stack: YNode[] = [];
        const top = fromYamlNode(doc.contents as Node | null, new Map());
        if (top) stack.push(top);
        while (stack.length > 0) {
          const x = stack.pop() as YNode;
          if (x.kind === 'map') {
            ends.set(`map ${x.start}`, x.end);
            for (const pair of x.items) for (const c of [pair.key, pair.value]) if (c) stack.push(c);
          } else if (x.kind === 'seq') {
            ends.set(`seq ${x.start}`, x.end);
            for (const c of x.items) if (c) stack.push(c);
          }
        }
      } catch {
        /* the library read the file without error before; if it fails now, a collection shows its first line */
      }
      this.libraryEnds = ends;
    }
    return this.libraryEnds.get(`${n.kind} ${n.start}`) ?? n.start;
  }

  get root(): YNode | null {
    return this.resolve(this.tree);
  }

  error(kind: WorkflowParseError['kind'], offset: number, message: string): void {
    if (this.errors.length >= 100) return;
    const p = this.pos(offset);
    this.errors.push({ path: this.path, kind, line: p.line, column: p.column, message });
  }

  pos(offset: number): Position {
    const lp = this.lc.linePos(Math.max(0, Math.min(offset, this.text.length)));
    return { line: lp.line, column: lp.col };
  }

  nodePos(node: YNode | null | undefined): Position {
    return node ? this.pos(node.start) : { line: 1, column: 1 };
  }

  /** Follows an alias to its anchored node, spending the budget; null when out of budget or unknown. */
  resolve(node: YNode | null | undefined): YNode | null {
    if (node === null || node === undefined) return null;
    if (node.kind !== 'alias') return node;
    if (this.aliasBudget <= 0) {
      if (!this.aliasLimitHit) {
        this.aliasLimitHit = true;
        this.error('limit', node.start, `more than ${MAX_ALIASES} alias uses; the rest were ignored`);
      }
      return null;
    }
    this.aliasBudget--;
    const list = this.anchors.get(node.name);
    const at = node.start;
    if (!list) return null;
    // The nearest anchor defined before the alias (anchors may be redefined).
    let lo = 0;
    let hi = list.length - 1;
    let found: { start: number; node: YNode } | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start < at) {
        found = list[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const target = found?.node ?? null;
    // An alias of an alias cannot happen in valid YAML, but do not trust it.
    return target && target.kind !== 'alias' ? target : null;
  }

  /** A scalar as a string (numbers and booleans as written); null for anything else. */
  str(node: YNode | null | undefined): string | null {
    const n = this.resolve(node);
    return isScalar(n) ? n.text : null;
  }

  /** A value as text: the scalar, or the source of a collection (shortened). */
  textOf(node: YNode | null | undefined): string {
    const n = this.resolve(node);
    if (!n) return '';
    if (isScalar(n)) return n.text;
    return this.text.slice(n.start, Math.min(this.endOf(n), n.start + MAX_VALUE_TEXT));
  }

  /** Mapping entries with string keys; null when the node is not a mapping. */
  entries(node: YNode | null | undefined, limit = MAX_ENTRIES): Array<{ key: string; keyNode: YNode; value: YNode | null }> | null {
    const n = this.resolve(node);
    if (!isMap(n)) return null;
    const out: Array<{ key: string; keyNode: YNode; value: YNode | null }> = [];
    for (const pair of n.items) {
      if (out.length >= limit) break;
      const keyNode = pair.key;
      if (!isScalar(keyNode)) continue;
      out.push({ key: keyNode.key, keyNode, value: pair.value });
    }
    return out;
  }

  /** Key -> value of a mapping (first occurrence wins), built once per mapping. */
  private keyIndex(node: YNode | null | undefined): Map<string, YNode | null> | null {
    const n = this.resolve(node);
    if (!isMap(n)) return null;
    let index = this.keyIndexes.get(n);
    if (!index) {
      index = new Map();
      for (const e of this.entries(n, Number.MAX_SAFE_INTEGER) ?? []) if (!index.has(e.key)) index.set(e.key, e.value);
      this.keyIndexes.set(n, index);
    }
    return index;
  }

  get(node: YNode | null | undefined, key: string): YNode | null {
    return this.keyIndex(node)?.get(key) ?? null;
  }

  has(node: YNode | null | undefined, key: string): boolean {
    return this.keyIndex(node)?.has(key) ?? false;
  }

  /** Sequence items; a lone scalar counts as a one-item list. Null for anything else. */
  list(node: YNode | null | undefined, limit = MAX_ENTRIES): (YNode | null)[] | null {
    const n = this.resolve(node);
    if (!n) return null;
    if (isSeq(n)) return n.items.slice(0, limit);
    if (isScalar(n)) return [n];
    return null;
  }

  strings(node: YNode | null | undefined): string[] | null {
    const l = this.list(node);
    if (!l) return null;
    const out: string[] = [];
    for (const item of l) {
      const s = this.str(item);
      if (s !== null) out.push(s);
    }
    return out;
  }

  value(node: YNode | null | undefined, keyNode: YNode): ValueFact {
    const n = this.resolve(node);
    const p = n ? this.nodePos(n) : this.nodePos(keyNode);
    const full = this.textOf(n);
    const v: ValueFact = { ...p, value: full.length > MAX_STORED_TEXT ? full.slice(0, MAX_STORED_TEXT) : full };
    this.fullText.set(v, full);
    if (n) this.ranges.set(v, [n.start, this.endOf(n)]);
    return v;
  }

  valueMap(node: YNode | null | undefined): Record<string, ValueFact> {
    const out: Record<string, ValueFact> = {};
    for (const e of this.entries(node) ?? []) {
      if (Object.prototype.hasOwnProperty.call(out, e.key) || e.key === '__proto__') continue;
      out[e.key] = this.value(e.value, e.keyNode);
    }
    return out;
  }

  /** The comment after a scalar on the same line, without '#'. */
  trailingComment(node: YNode | null | undefined): string | null {
    const n = this.resolve(node);
    if (!n) return null;
    const end = this.endOf(n);
    let eol = this.text.indexOf('\n', end);
    if (eol < 0) eol = this.text.length;
    const rest = this.text.slice(end, Math.min(eol, end + 500));
    const m = /^[ \t]*#(.*)$/.exec(rest.replace(/\r$/, ''));
    return m ? m[1].trim() : null;
  }

  /** Position of `needle` inside the source of a fact's node, searching from `from`; null when absent. */
  findInSource(fact: object, needle: string, from = 0): { offset: number; pos: Position } | null {
    const r = this.ranges.get(fact);
    if (!r) return null;
    const start = Math.max(r[0], from);
    const i = this.text.indexOf(needle, start);
    if (i < 0 || i + needle.length > r[1]) return null;
    return { offset: i, pos: this.pos(i) };
  }

  /** The trimmed source line at a position, shortened. */
  lineAt(line: number): string {
    const start = this.lc.lineStarts[line - 1];
    if (start === undefined) return '';
    let end = this.text.indexOf('\n', start);
    if (end < 0) end = this.text.length;
    const s = this.text.slice(start, Math.min(end, start + 400)).trim();
    return s.length > 200 ? s.slice(0, 197) + '...' : s;
  }
}

function firstLine(s: string): string {
  const l = s.split('\n')[0].trim();
  return l.length > 300 ? l.slice(0, 297) + '...' : l;
}

function emptyPermissions(): PermissionsFact {
  return { kind: 'absent', position: null, scopes: {}, scopePositions: {} };
}

export function parsePermissions(f: YamlFile, present: boolean, node: YNode | null): PermissionsFact {
  if (!present) return emptyPermissions();
  const n = f.resolve(node);
  const out = emptyPermissions();
  out.position = n ? f.nodePos(n) : null;
  const s = f.str(n);
  if (s !== null) {
    const v = s.trim();
    out.kind = v === 'read-all' ? 'read-all' : v === 'write-all' ? 'write-all' : 'invalid';
    return out;
  }
  const es = f.entries(n);
  if (!es) {
    out.kind = 'invalid';
    return out;
  }
  if (es.length === 0) {
    out.kind = 'none';
    return out;
  }
  out.kind = 'map';
  for (const e of es) {
    if (e.key === '__proto__') continue;
    out.scopes[e.key] = (f.str(e.value) ?? '').trim();
    out.scopePositions[e.key] = f.nodePos(e.keyNode);
  }
  return out;
}

function emptyFilter(): BranchFilter {
  return { branches: null, branchesIgnore: null, tags: null, tagsIgnore: null, paths: null, pathsIgnore: null, types: null };
}

function parseInputs(f: YamlFile, node: YNode | null): Record<string, InputDecl> {
  const out: Record<string, InputDecl> = {};
  for (const e of f.entries(node) ?? []) {
    if (e.key === '__proto__') continue;
    const type = f.str(f.get(e.value, 'type'))?.trim() || 'string';
    const required = (f.str(f.get(e.value, 'required')) ?? '').trim() === 'true';
    out[e.key] = { type, required };
  }
  return out;
}

export function parseTriggers(f: YamlFile, present: boolean, node: YNode | null): TriggersFact {
  const out: TriggersFact = { events: [], filters: {}, schedules: [], dispatchInputs: {}, callInputs: {}, position: null };
  if (!present) return out;
  const n = f.resolve(node);
  out.position = n ? f.nodePos(n) : null;
  const s = f.str(n);
  if (s !== null) {
    if (s.trim()) out.events.push(s.trim());
    return out;
  }
  if (n && isSeq(n)) {
    for (const item of f.list(n) ?? []) {
      const e = f.str(item)?.trim();
      if (e && !out.events.includes(e)) out.events.push(e);
    }
    return out;
  }
  for (const e of f.entries(n) ?? []) {
    const ev = e.key.trim();
    if (!ev || ev === '__proto__' || out.events.includes(ev)) continue;
    out.events.push(ev);
    if (ev === 'schedule') {
      for (const item of f.list(e.value) ?? []) {
        const cron = f.str(f.get(item, 'cron'));
        if (cron !== null) out.schedules.push(cron);
      }
      continue;
    }
    if (ev === 'workflow_dispatch') out.dispatchInputs = parseInputs(f, f.get(e.value, 'inputs'));
    if (ev === 'workflow_call') out.callInputs = parseInputs(f, f.get(e.value, 'inputs'));
    if (f.entries(e.value)) {
      const fl = emptyFilter();
      fl.branches = f.has(e.value, 'branches') ? f.strings(f.get(e.value, 'branches')) ?? [] : null;
      fl.branchesIgnore = f.has(e.value, 'branches-ignore') ? f.strings(f.get(e.value, 'branches-ignore')) ?? [] : null;
      fl.tags = f.has(e.value, 'tags') ? f.strings(f.get(e.value, 'tags')) ?? [] : null;
      fl.tagsIgnore = f.has(e.value, 'tags-ignore') ? f.strings(f.get(e.value, 'tags-ignore')) ?? [] : null;
      fl.paths = f.has(e.value, 'paths') ? f.strings(f.get(e.value, 'paths')) ?? [] : null;
      fl.pathsIgnore = f.has(e.value, 'paths-ignore') ? f.strings(f.get(e.value, 'paths-ignore')) ?? [] : null;
      fl.types = f.has(e.value, 'types') ? f.strings(f.get(e.value, 'types')) ?? [] : null;
      out.filters[ev] = fl;
    }
  }
  return out;
}

function parseUses(f: YamlFile, node: YNode | null, repository: string | null): UsesFact | null {
  const n = f.resolve(node);
  if (!n) return null;
  const s = f.str(n) ?? f.textOf(n);
  const comment = f.trailingComment(n);
  return { ...classifyUses(s, repository), ...f.nodePos(n), comment, commentVersion: versionFromComment(comment) };
}

function parseRun(f: YamlFile, node: YNode | null): RunFact | null {
  const n = f.resolve(node);
  if (!n) return null;
  const full = f.textOf(n);
  const r: RunFact = { ...f.nodePos(n), text: full.length > MAX_STORED_TEXT ? full.slice(0, MAX_STORED_TEXT) : full, truncated: full.length > MAX_STORED_TEXT };
  f.fullText.set(r, full);
  f.ranges.set(r, [n.start, f.endOfNode(n)]);
  return r;
}

function optStr(f: YamlFile, node: YNode | null): string | null {
  if (node === null) return null;
  return f.textOf(node);
}

export function parseSteps(f: YamlFile, node: YNode | null, repository: string | null, where: string): StepFact[] {
  const out: StepFact[] = [];
  const items = f.list(node, MAX_STEPS);
  if (node !== null && items === null) f.error('structure', node.start ?? 0, `${where}: steps is not a list`);
  for (const [index, item] of (items ?? []).entries()) {
    const n = f.resolve(item);
    if (!n || !isMap(n)) {
      f.error('structure', item?.start ?? 0, `${where}: step ${index + 1} is not a mapping`);
      continue;
    }
    const get = (k: string) => f.get(n, k);
    out.push({
      index,
      ...f.nodePos(n),
      id: f.has(n, 'id') ? f.str(get('id')) : null,
      name: f.has(n, 'name') ? f.textOf(get('name')) : null,
      if: f.has(n, 'if') ? optStr(f, get('if')) : null,
      ifAt: f.has(n, 'if') ? f.nodePos(f.resolve(get('if')) ?? n) : null,
      uses: f.has(n, 'uses') ? parseUses(f, get('uses'), repository) : null,
      run: f.has(n, 'run') ? parseRun(f, get('run')) : null,
      shell: f.has(n, 'shell') ? f.str(get('shell')) : null,
      with: f.valueMap(get('with')),
      env: f.valueMap(get('env')),
      workingDirectory: f.has(n, 'working-directory') ? f.str(get('working-directory')) : null,
    });
  }
  const all = f.list(node, Number.MAX_SAFE_INTEGER);
  if (all && all.length > MAX_STEPS) f.error('limit', node?.start ?? 0, `${where}: only the first ${MAX_STEPS} steps were read`);
  return out;
}

/** `defaults.run.working-directory` of a workflow or job mapping, or null. */
function defaultWorkingDirectory(f: YamlFile, node: YNode): string | null {
  const run = f.get(f.get(node, 'defaults'), 'run');
  return f.has(run, 'working-directory') ? f.str(f.get(run, 'working-directory')) : null;
}

/** Keys and values a literal matrix gives its jobs; each bounded. */
const MAX_MATRIX_KEYS = 20;
const MAX_MATRIX_VALUES = 50;

/** A literal matrix's values by key: the key's own list, then what each `include` entry sets it to. */
function matrixValues(f: YamlFile, node: YNode | null): Record<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (key: string, value: string) => {
    const list = out.get(key) ?? [];
    if (!out.has(key) && out.size >= MAX_MATRIX_KEYS) return;
    if (list.length < MAX_MATRIX_VALUES && !list.includes(value)) list.push(value);
    out.set(key, list);
  };
  for (const e of f.entries(node) ?? []) {
    if (e.key === 'include' || e.key === 'exclude') continue;
    for (const v of f.strings(e.value) ?? []) add(e.key, v);
  }
  for (const item of f.list(f.get(node, 'include')) ?? []) {
    for (const e of f.entries(item) ?? []) {
      const v = f.str(e.value);
      if (v !== null) add(e.key, v);
    }
  }
  return Object.fromEntries(out);
}

/** Whether a scalar in the value (keys included) holds a `${{ }}` expression; past MAX_ENTRIES nodes, as if one did. */
function holdsExpression(f: YamlFile, node: YNode | null): boolean {
  const stack: YNode[] = [];
  const top = f.resolve(node);
  if (top) stack.push(top);
  for (let seen = 0; stack.length > 0; seen++) {
    if (seen >= MAX_ENTRIES) return true;
    const n = stack.pop() as YNode;
    if (n.kind === 'scalar') {
      if (n.text.includes('${{')) return true;
    } else if (n.kind === 'map') {
      for (const pair of n.items) for (const c of [pair.key, pair.value]) if (c) stack.push(f.resolve(c) ?? c);
    } else if (n.kind === 'seq') {
      for (const c of n.items) if (c) stack.push(f.resolve(c) ?? c);
    }
  }
  return false;
}

/** `environment: name` or `environment: { name: ..., url: ... }`: the name, with its position. */
function parseEnvironment(f: YamlFile, node: YNode | null): ValueFact | null {
  const n = f.resolve(node);
  if (!n) return null;
  if (isMap(n)) {
    const name = f.get(n, 'name');
    return name ? f.value(name, n) : null;
  }
  return f.str(n) !== null ? f.value(n, n) : null;
}

export function parseWorkflow(path: string, text: string, repository: string | null, options: ReadOptions = {}): { file: YamlFile; workflow: WorkflowFact } {
  const f = new YamlFile(path, text, options);
  const wf: WorkflowFact = {
    path,
    name: null,
    valid: f.errors.length === 0,
    triggers: parseTriggers(f, false, null),
    effectiveEvents: [],
    permissions: emptyPermissions(),
    env: {},
    workingDirectory: null,
    jobs: [],
    jobsTruncated: false,
  };
  const root = f.root;
  if (!f.parsed || f.errors.length > 0) {
    wf.valid = false;
  }
  if (!root || !isMap(root)) {
    if (f.errors.length === 0) f.error('structure', root?.start ?? 0, root ? 'workflow is not a mapping' : 'workflow file is empty');
    wf.valid = false;
    return { file: f, workflow: wf };
  }
  const errorsBefore = f.errors.length;
  wf.name = f.has(root, 'name') ? f.textOf(f.get(root, 'name')) : null;
  if (!f.has(root, 'on')) f.error('structure', root.start ?? 0, 'workflow has no `on:` triggers');
  wf.triggers = parseTriggers(f, f.has(root, 'on'), f.get(root, 'on'));
  wf.permissions = parsePermissions(f, f.has(root, 'permissions'), f.get(root, 'permissions'));
  wf.env = f.valueMap(f.get(root, 'env'));
  wf.workingDirectory = defaultWorkingDirectory(f, root);
  const jobsNode = f.get(root, 'jobs');
  const jobs = f.entries(jobsNode, MAX_JOBS + 1);
  if (!f.has(root, 'jobs')) f.error('structure', root.start ?? 0, 'workflow has no `jobs:`');
  else if (!jobs) f.error('structure', jobsNode?.start ?? root.start ?? 0, '`jobs:` is not a mapping');
  for (const e of jobs ?? []) {
    if (wf.jobs.length >= MAX_JOBS) {
      wf.jobsTruncated = true;
      f.error('limit', e.keyNode.start ?? 0, `only the first ${MAX_JOBS} jobs were read`);
      break;
    }
    const j = f.resolve(e.value);
    if (!j || !isMap(j)) {
      f.error('structure', e.keyNode.start ?? 0, `job ${e.key} is not a mapping`);
      continue;
    }
    const get = (k: string) => f.get(j, k);
    let secrets: JobFact['secrets'] = null;
    if (f.has(j, 'secrets')) {
      const sv = f.str(get('secrets'));
      secrets = sv !== null && sv.trim() === 'inherit' ? 'inherit' : (f.entries(get('secrets')) ?? []).map((x) => x.key);
    }
    const matrixNode = f.get(get('strategy'), 'matrix');
    const matrix: JobFact['matrix'] = f.has(get('strategy'), 'matrix') ? (holdsExpression(f, matrixNode) ? 'expression' : 'literal') : null;
    wf.jobs.push({
      id: e.key,
      ...f.nodePos(e.keyNode),
      name: f.has(j, 'name') ? f.textOf(get('name')) : null,
      if: f.has(j, 'if') ? optStr(f, get('if')) : null,
      ifAt: f.has(j, 'if') ? f.nodePos(f.resolve(get('if')) ?? j) : null,
      runsOn: f.has(j, 'runs-on') ? f.textOf(get('runs-on')) : null,
      needs: f.strings(get('needs')) ?? [],
      permissions: parsePermissions(f, f.has(j, 'permissions'), get('permissions')),
      uses: f.has(j, 'uses') ? parseUses(f, get('uses'), repository) : null,
      with: f.valueMap(get('with')),
      secrets,
      env: f.valueMap(get('env')),
      steps: parseSteps(f, f.has(j, 'steps') ? get('steps') : null, repository, `job ${e.key}`),
      outputs: f.valueMap(get('outputs')),
      environment: parseEnvironment(f, get('environment')),
      workingDirectory: defaultWorkingDirectory(f, j),
      matrix,
      ...(matrix === 'literal' ? { matrixValues: matrixValues(f, matrixNode) } : {}),
    });
  }
  if (f.errors.slice(errorsBefore).some((e) => e.kind === 'structure')) wf.valid = false;
  return { file: f, workflow: wf };
}

/** The `inputs:` and `outputs:` of action metadata, each read for a non-empty `description:`; undefined when there are none. */
function actionInterface(f: YamlFile, root: YNode): ActionFact['interface'] {
  let at: YNode | null = null;
  let inputs = 0;
  let outputs = 0;
  const undescribed: string[] = [];
  for (const top of f.entries(root) ?? []) {
    if (top.key !== 'inputs' && top.key !== 'outputs') continue;
    const declared = f.entries(top.value) ?? [];
    if (declared.length === 0) continue;
    if (at === null || top.key === 'inputs') at = top.keyNode;
    for (const e of declared) {
      if (top.key === 'inputs') inputs++;
      else outputs++;
      if ((f.str(f.get(e.value, 'description')) ?? '').trim() === '') undescribed.push(`${top.key}.${e.key}`);
    }
  }
  if (at === null) return undefined;
  const { line, column } = f.nodePos(at);
  return { line, column, inputs, outputs, undescribed };
}

export function parseAction(path: string, text: string, repository: string | null, options: ReadOptions = {}): { file: YamlFile; action: ActionFact } {
  const f = new YamlFile(path, text, options);
  const slash = path.lastIndexOf('/');
  const action: ActionFact = {
    path,
    dir: slash >= 0 ? path.slice(0, slash) : '',
    name: null,
    valid: f.errors.length === 0,
    using: null,
    image: null,
    inputs: {},
    steps: [],
  };
  const root = f.root;
  if (!root || !isMap(root)) {
    if (f.errors.length === 0) f.error('structure', root?.start ?? 0, root ? 'action metadata is not a mapping' : 'action metadata file is empty');
    action.valid = false;
    return { file: f, action };
  }
  action.name = f.has(root, 'name') ? f.textOf(f.get(root, 'name')) : null;
  for (const e of f.entries(f.get(root, 'inputs')) ?? []) {
    if (e.key === '__proto__') continue;
    const decl: ActionInputDecl = {
      required: (f.str(f.get(e.value, 'required')) ?? '').trim() === 'true',
      default: f.has(e.value, 'default') ? f.textOf(f.get(e.value, 'default')) : null,
    };
    action.inputs[e.key] = decl;
  }
  action.interface = actionInterface(f, root);
  const runs = f.get(root, 'runs');
  action.using = f.str(f.get(runs, 'using'))?.trim() ?? null;
  if (f.has(runs, 'image')) {
    const img = f.get(runs, 'image');
    action.image = f.value(img, img ?? root);
  }
  if (action.using === 'composite') action.steps = parseSteps(f, f.get(runs, 'steps'), repository, 'composite action');
  return { file: f, action };
}
