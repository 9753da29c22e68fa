// A small, safe reader of Makefiles: explicit rules (targets, prerequisites, recipe lines with their
// line numbers) and simple variables, enough to tell what `make <target>` runs. `include`d files are
// read in place through the caller (envoyproxy/gateway keeps every target in tools/make/*.mk);
// pattern rules (but for the match-anything `%:`), conditionals and functions are not evaluated. The file is repository text: lines are cut with
// indexOf, variables are expanded under a depth and length budget, and nothing here can backtrack.
import { unquoted } from '../text.ts';

export interface MakeRecipeLine {
  text: string;
  line: number;
  /** The included file the line is in; absent for the Makefile itself. */
  file?: string;
}

export interface MakeRule {
  prereqs: string[];
  recipe: MakeRecipeLine[];
  line: number;
  /** The included file the rule is in; absent for the Makefile itself. */
  file?: string;
}

export interface Makefile {
  rules: Map<string, MakeRule>;
  /** The default goal: the first explicit target that is not special (`.PHONY`) or a pattern. */
  first: string | null;
  vars: Map<string, string>;
  /** The match-anything rule (`%: ; $(MAKE) -C build $@`), which makes any other goal. */
  anything: MakeRule | null;
}

/** What a `make` command asks, read from its arguments (the words after `make`). */
export interface MakeCall {
  /** The folders of its -C options, in order, each relative to the one before; null for an option without one. */
  dirs: Array<string | null>;
  /** Another makefile (-f), or null for the folder's own. */
  file: string | null;
  targets: string[];
  /** Its variable assignments (`ARGS=--help`), in order: they override the Makefile's own, in every make it starts. */
  assignments: Array<[string, string]>;
}

/** A variable's name as make takes it from the command line. */
const MAKE_VARIABLE = /^[A-Za-z_][\w.-]*$/;

/** The folders, makefile, goals and assignments of a `make` command's arguments; other options are passed over. */
export function makeCall(args: readonly string[]): MakeCall {
  const dirs: Array<string | null> = [];
  let file: string | null = null;
  const targets: string[] = [];
  const assignments: Array<[string, string]> = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-C' || a === '--directory') dirs.push(args[++i] ?? null);
    else if (a.startsWith('-C') && a.length > 2) dirs.push(a.slice(2));
    else if (a.startsWith('--directory=')) dirs.push(a.slice(12));
    else if (a === '-f' || a === '--file' || a === '--makefile') file = args[++i] ?? null;
    else if (a.startsWith('--file=') || a.startsWith('--makefile=')) file = a.slice(a.indexOf('=') + 1);
    else if (a.startsWith('-f') && a.length > 2) file = a.slice(2);
    else if (a === '-j' || a === '-l' || a === '-o' || a === '-W') i++;
    else if (a.startsWith('-')) continue;
    else if (a.includes('=')) {
      const eq = a.indexOf('=');
      const name = a.slice(0, a[eq - 1] === ':' ? eq - 1 : eq);
      // The shell's quotes around a value (`ARGS="--help"`) are not part of it.
      if (MAKE_VARIABLE.test(name)) assignments.push([name, unquoted(a.slice(eq + 1))]);
    } else targets.push(a);
  }
  return { dirs, file, targets, assignments };
}

/** An included file's repository path and text, or null when it is absent or cannot be read. */
export type IncludeReader = (name: string) => { path: string; text: string } | null;

/** Lines read from one Makefile. */
const MAX_LINES = 20_000;
/** Rules kept, and recipe lines kept per rule. */
const MAX_RULES = 5_000;
const MAX_RECIPE = 200;
/** Nested `$(VAR)` expansions, and characters an expansion may grow to. */
const MAX_EXPAND_DEPTH = 6;
const MAX_EXPANDED = 4_000;
/** Files included into one Makefile, and how deep includes nest. */
const MAX_INCLUDES = 50;
const MAX_INCLUDE_DEPTH = 4;

/** Logical lines: `\`-continued lines joined, each with the number of its first physical line. */
function logicalLines(text: string): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  const raw = text.split('\n', MAX_LINES);
  let pending: { text: string; line: number } | null = null;
  for (let i = 0; i < raw.length; i++) {
    let l = raw[i];
    if (l.endsWith('\r')) l = l.slice(0, -1);
    const cont = l.endsWith('\\') && !l.endsWith('\\\\');
    const piece = cont ? l.slice(0, -1) : l;
    if (pending) pending.text += ' ' + piece.trimStart();
    else pending = { text: piece, line: i + 1 };
    if (!cont) {
      out.push(pending);
      pending = null;
    }
  }
  if (pending) out.push(pending);
  return out;
}

/** The text before an unescaped `#`. */
function stripComment(s: string): string {
  let i = s.indexOf('#');
  while (i > 0 && s[i - 1] === '\\') i = s.indexOf('#', i + 1);
  return i < 0 ? s : s.slice(0, i);
}

const CONDITIONALS = new Set(['ifeq', 'ifneq', 'ifdef', 'ifndef', 'else', 'endif']);
const INCLUDES = new Set(['include', '-include', 'sinclude']);
const DIRECTIVES = new Set(['export', 'unexport', 'override', 'vpath', 'undefine']);

/** The state of one parse, shared by the Makefile and the files it includes. */
interface Parse {
  rules: Map<string, MakeRule>;
  vars: Map<string, string>;
  first: string | null;
  anything: MakeRule | null;
  include: IncludeReader | null;
  included: Set<string>;
}

/** The Makefile `text`; `include` reads the files it includes (by the name written, variables expanded). */
export function parseMakefile(text: string, include?: IncludeReader): Makefile {
  const p: Parse = { rules: new Map(), vars: new Map(), first: null, anything: null, include: include ?? null, included: new Set() };
  parseInto(p, text, undefined, 0);
  const goal = p.vars.get('.DEFAULT_GOAL');
  if (goal && p.rules.has(goal.trim())) p.first = goal.trim();
  return { rules: p.rules, first: p.first, vars: p.vars, anything: p.anything };
}

/** Each file an include line names, read once; names with wildcards or unknown variables are skipped. */
function includeFiles(p: Parse, names: string, depth: number): void {
  if (p.include === null || depth >= MAX_INCLUDE_DEPTH) return;
  for (const name of expandMake(names, p.vars).trim().split(/\s+/)) {
    if (name === '' || name.includes('$') || name.includes('*') || name.includes('?') || p.included.size >= MAX_INCLUDES) continue;
    const got = p.include(name);
    if (got === null || p.included.has(got.path)) continue;
    p.included.add(got.path);
    parseInto(p, got.text, got.path, depth + 1);
  }
}

function parseInto(p: Parse, text: string, file: string | undefined, depth: number): void {
  const { rules, vars } = p;
  let current: MakeRule[] = [];
  let inDefine = false;
  for (const { text: raw, line } of logicalLines(text)) {
    if (inDefine) {
      if (raw.trim() === 'endef') inDefine = false;
      continue;
    }
    if (raw.startsWith('\t')) {
      // A recipe line of the rule(s) above; `@`, `-` and `+` only change how make echoes or fails.
      let t = raw.slice(1).trim();
      while (t.startsWith('@') || t.startsWith('-') || t.startsWith('+')) t = t.slice(1).trimStart();
      if (t !== '' && !t.startsWith('#')) for (const r of current) if (r.recipe.length < MAX_RECIPE) r.recipe.push(file === undefined ? { text: t, line } : { text: t, line, file });
      continue;
    }
    const s = stripComment(raw).trim();
    if (s === '') continue;
    if (s.startsWith('define ') || s === 'define') {
      inDefine = true;
      current = [];
      continue;
    }
    const eq = s.indexOf('=');
    const colon = s.indexOf(':');
    const assigns = eq >= 0 && (colon < 0 || eq < colon || s.startsWith(':=', colon) || s.startsWith('::=', colon));
    if (assigns) {
      assign(vars, s.startsWith('export ') ? s.slice(7) : s, eq - (s.startsWith('export ') ? 7 : 0));
      current = [];
      continue;
    }
    const word = s.split(/\s/, 1)[0];
    if (CONDITIONALS.has(word)) continue; // a rule's recipe goes on across conditionals
    if (INCLUDES.has(word)) {
      current = [];
      includeFiles(p, s.slice(word.length), depth);
      continue;
    }
    if (DIRECTIVES.has(word)) {
      current = [];
      continue;
    }
    if (colon <= 0) {
      current = [];
      continue;
    }
    // targets : prerequisites [; recipe]   (a `::` rule is read the same way)
    // Make expands targets and prerequisites as it reads them: `$(BIN): main.go`.
    const targets = expandMake(s.slice(0, colon), vars).trim().split(/\s+/);
    let rest = s.slice(colon + 1);
    if (rest.startsWith(':')) rest = rest.slice(1);
    if (rest.includes('=')) {
      current = []; // a target-specific variable, not a rule
      continue;
    }
    let inline: string | null = null;
    const semi = rest.indexOf(';');
    if (semi >= 0) {
      inline = rest.slice(semi + 1).trim();
      rest = rest.slice(0, semi);
    }
    const prereqs = expandMake(rest.split('|').join(' '), vars).trim().split(/\s+/).filter((p) => p !== '');
    current = [];
    for (const t of targets) {
      if (t === '%') {
        p.anything ??= { prereqs, recipe: [], line, ...(file === undefined ? {} : { file }) };
        if (inline) p.anything.recipe.push(file === undefined ? { text: inline, line } : { text: inline, line, file });
        current.push(p.anything);
      }
      if (t === '' || t.includes('%') || rules.size >= MAX_RULES) continue;
      // .PHONY and the other special targets, and suffix rules (`.c.o`); a stamp file (actionlint's
      // `.linttimestamp`, which runs govulncheck for `lint`) is a target, though never the default goal.
      if (t.startsWith('.') && (SPECIAL_TARGET.test(t) || suffixRule(t))) continue;
      let r = rules.get(t);
      if (!r) {
        r = { prereqs: [], recipe: [], line, ...(file === undefined ? {} : { file }) };
        rules.set(t, r);
      }
      r.prereqs.push(...prereqs.filter((q) => !r.prereqs.includes(q)));
      if (inline) r.recipe.push(file === undefined ? { text: inline, line } : { text: inline, line, file });
      current.push(r);
      if (!t.startsWith('.') || t.includes('/')) p.first ??= t;
    }
  }
}

/** make's special targets: a dot and capitals (.PHONY, .SUFFIXES, .DEFAULT_GOAL, .ONESHELL). */
const SPECIAL_TARGET = /^\.[A-Z_]+$/;
/** make's default suffixes: a target made of one or two of them is a suffix rule. */
const SUFFIXES = new Set(['.out', '.a', '.ln', '.o', '.c', '.cc', '.C', '.cpp', '.p', '.f', '.F', '.m', '.r', '.y', '.l', '.ym', '.yl', '.s', '.S', '.mod', '.sym', '.def', '.h', '.info', '.dvi', '.tex', '.texinfo', '.texi', '.txinfo', '.w', '.ch', '.web', '.sh', '.elc', '.el']);

function suffixRule(t: string): boolean {
  const second = t.indexOf('.', 1);
  return second < 0 ? SUFFIXES.has(t) : SUFFIXES.has(t.slice(0, second)) && SUFFIXES.has(t.slice(second));
}

function assign(vars: Map<string, string>, s: string, eq: number): void {
  let name = s.slice(0, eq);
  let op = '=';
  for (const o of ['::', ':', '?', '+', '!']) {
    if (name.endsWith(o)) {
      op = o + '=';
      name = name.slice(0, -o.length);
      break;
    }
  }
  name = name.trim();
  if (name === '' || name.includes(' ')) return;
  const value = s.slice(eq + 1).trim();
  if (op === '?=' && vars.has(name)) return;
  if (op === '+=') vars.set(name, `${vars.get(name) ?? ''} ${value}`.trim());
  else if (op !== '!=') vars.set(name, value);
}

/** `$(NAME)` / `${NAME}` / `$X` replaced by the variables known; `$(MAKE)` is `make`; others are left. */
export function expandMake(text: string, vars: Map<string, string>, depth = 0): string {
  if (depth >= MAX_EXPAND_DEPTH || !text.includes('$')) return text;
  let out = '';
  let i = 0;
  while (i < text.length && out.length < MAX_EXPANDED) {
    const d = text.indexOf('$', i);
    if (d < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, d);
    const open = text[d + 1];
    if (open === '$') {
      out += '$';
      i = d + 2;
      continue;
    }
    let name: string | null = null;
    let end = d + 1;
    if (open === '(' || open === '{') {
      const close = text.indexOf(open === '(' ? ')' : '}', d + 2);
      if (close > 0) {
        name = text.slice(d + 2, close);
        end = close + 1;
      }
    } else if (open !== undefined && /\w/.test(open)) {
      name = open;
      end = d + 2;
    }
    if (name === null || name.includes(' ') || name.includes(':')) {
      out += text.slice(d, end > d + 1 ? end : d + 1);
      i = end > d + 1 ? end : d + 1;
      continue;
    }
    if (name === 'MAKE') out += 'make';
    else if (vars.has(name)) out += expandMake(vars.get(name) as string, vars, depth + 1);
    else out += text.slice(d, end);
    i = end;
  }
  return out.length > MAX_EXPANDED ? out.slice(0, MAX_EXPANDED) : out;
}

/** A Makefile as MakefileCache keeps it: its path, its rules and variables, and its number of lines. */
export interface ParsedMakefile {
  path: string;
  mk: Makefile;
  lineCount: number;
}

function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * The Makefiles of one analysis, each parsed once for every reader (the test-run resolver follows
 * `make test`, the step scripts scan the recipes of `make lint`): by the folder make runs in and the
 * file's name there, with the files it includes, whose names make reads from that folder.
 */
export class MakefileCache {
  private readonly parsed = new Map<string, ParsedMakefile | null>();
  private readonly read: (path: string) => string | null;
  private readonly join: (dir: string, name: string) => string | null;

  /** `join(dir, name)`: a repository path, or null for one outside the repository or with a variable. */
  constructor(read: (path: string) => string | null, join: (dir: string, name: string) => string | null) {
    this.read = read;
    this.join = join;
  }

  /** The Makefile `name` as make run in `dir` reads it; null when absent or unreadable. */
  get(dir: string, name: string): ParsedMakefile | null {
    const key = `${dir}\0${name}`;
    const known = this.parsed.get(key);
    if (known !== undefined) return known;
    const path = this.join(dir, name);
    const text = path === null ? null : this.read(path);
    const include: IncludeReader = (included) => {
      const at = this.join(dir, included);
      const body = at === null ? null : this.read(at);
      return at === null || body === null ? null : { path: at, text: body };
    };
    const found = path === null || text === null ? null : { path, mk: parseMakefile(text, include), lineCount: lineCount(text) };
    this.parsed.set(key, found);
    return found;
  }
}
