// Shell functions of a script, followed where the script calls them. rustup's ci/run.bash runs its
// tests as `build_test test`, whose body calls `target_cargo "${cmd}" …` (cmd="$1"), whose body runs
// `cargo "${cmd}" …`. A call's words are put in place of the positional parameters ($1, "${1}", "$@",
// and variables assigned from them, after any `shift`), so a function's lines count only where the
// script calls it, with the words the call gives: a reference with no known value stays as written,
// and nothing is guessed. Bounded: one pass over the script finds the functions; calls are followed
// a few levels deep (never into a function already being followed), within a budget of lines.
import { commandWords, splitCommands } from './test-runs.ts';

export interface ScriptLine {
  /** The text to read: a script line, or a function's line with the call's words in place. */
  text: string;
  /** 0-based index of the script line it stands for: the call, for a function's lines. */
  index: number;
  /** The functions called to reach it, outermost first; empty for the script's own lines. */
  through: readonly string[];
}

interface ShellFunction {
  /** The body's lines, trimmed. */
  body: string[];
}

const MAX_FUNCTIONS = 200;
const MAX_CALL_DEPTH = 4;
/** Lines added by following calls, per script. */
const MAX_EXPANDED_LINES = 2_000;
const FUNCTION_NAME = /^[A-Za-z_][\w-]{0,60}$/;
/** `cmd="$1"`, `local cmd=${1}`: a variable given a positional parameter. */
const FROM_POSITIONAL = /^(?:(?:local|declare|readonly)\s+)?([A-Za-z_]\w{0,40})=("?)\$\{?([1-9])\}?\2$/;
/** Any other assignment, which makes a variable's recorded value stale. */
const ASSIGNMENT = /^(?:(?:local|declare|readonly|export)\s+)?([A-Za-z_]\w{0,40})=/;
/** Words that open a compound command before the command itself (`then build_test test`). */
const KEYWORDS = new Set(['then', 'else', 'do', '!', '{']);

/** `name() {`, `function name {`, `function name() {`, or the same with `{` on the next line (open false). */
function definition(trimmed: string): { name: string; open: boolean } | null {
  let t = trimmed;
  const keyword = t.startsWith('function ');
  if (keyword) t = t.slice(9).trimStart();
  let name: string;
  let rest: string;
  const paren = t.indexOf('(');
  if (paren >= 0) {
    name = t.slice(0, paren).trimEnd();
    rest = t.slice(paren).replace(/\s+/g, '');
    if (!rest.startsWith('()')) return null;
    rest = rest.slice(2);
  } else if (keyword) {
    const end = t.search(/[\s{]/);
    name = end < 0 ? t : t.slice(0, end);
    rest = end < 0 ? '' : t.slice(end).replace(/\s+/g, '');
  } else return null;
  if (!FUNCTION_NAME.test(name)) return null;
  if (rest === '{') return { name, open: true };
  return rest === '' ? { name, open: false } : null; // a one-line function or something else: not read
}

const indentOf = (line: string): number => line.length - line.trimStart().length;

/** The functions a script defines (the first definition of a name), and the indexes of their lines. */
function shellFunctions(lines: readonly string[]): { functions: Map<string, ShellFunction>; inBody: Set<number> } {
  const functions = new Map<string, ShellFunction>();
  const inBody = new Set<number>();
  for (let i = 0; i < lines.length && functions.size < MAX_FUNCTIONS; i++) {
    const t = lines[i].trim();
    if (!t.includes('(') && !t.startsWith('function ')) continue;
    const d = definition(t);
    if (d === null) continue;
    let start = i + 1;
    if (!d.open) {
      if (lines[start]?.trim() !== '{') continue;
      start++;
    }
    // The body ends at a `}` indented no deeper than the definition.
    const indent = indentOf(lines[i]);
    let end = start;
    while (end < lines.length && !(lines[end].trim().startsWith('}') && indentOf(lines[end]) <= indent)) end++;
    if (end >= lines.length) break; // unclosed: the rest of the script is not read for functions
    if (!functions.has(d.name)) functions.set(d.name, { body: lines.slice(start, end).map((l) => l.trim()) });
    for (let j = start; j < end; j++) inBody.add(j);
    i = end;
  }
  return { functions, inBody };
}

/** A word that can stand in a command as it is: no blanks or quotes. */
const PLAIN_WORD = /^[^\s"'`\\]{1,200}$/;

/** The reference starting at `t[d]` (a `$`): its name and where it ends, or null. */
function reference(t: string, d: number): { name: string; end: number } | null {
  const c = t[d + 1] ?? '';
  if (c === '{') {
    const close = t.indexOf('}', d + 2);
    if (close < 0 || close - d > 64) return null;
    return { name: t.slice(d + 2, close), end: close + 1 };
  }
  if (/^[1-9@*]$/.test(c)) return { name: c, end: d + 2 };
  let e = d + 1;
  while (e < t.length && /\w/.test(t[e])) e++;
  return e === d + 1 ? null : { name: t.slice(d + 1, e), end: e };
}

/** The value a reference has in the call, or null when it has none known here. */
function valueOf(name: string, positional: readonly string[], locals: ReadonlyMap<string, string>): string | null {
  if (name === '@' || name === '*') return positional.every((w) => PLAIN_WORD.test(w)) ? positional.join(' ') : null;
  if (/^[1-9]$/.test(name)) {
    const v = positional[Number(name) - 1];
    return v !== undefined && PLAIN_WORD.test(v) ? v : null;
  }
  return locals.get(name) ?? null;
}

/** A line with the references the call gives values to replaced; a reference alone in double quotes loses them. */
function substitute(t: string, positional: readonly string[], locals: ReadonlyMap<string, string>): string {
  if (!t.includes('$')) return t;
  let out = '';
  let i = 0;
  while (i < t.length) {
    const d = t.indexOf('$', i);
    if (d < 0) {
      out += t.slice(i);
      break;
    }
    const ref = reference(t, d);
    const value = ref === null ? null : valueOf(ref.name, positional, locals);
    if (ref === null || value === null) {
      const end = ref === null ? d + 1 : ref.end;
      out += t.slice(i, end);
      i = end;
    } else if (d > i && t[d - 1] === '"' && t[ref.end] === '"') {
      out += t.slice(i, d - 1) + value;
      i = ref.end + 1;
    } else {
      out += t.slice(i, d) + value;
      i = ref.end;
    }
  }
  return out;
}

/** A function's lines as one call runs them: its words in place of the positional parameters. */
function called(fn: ShellFunction, args: readonly string[]): string[] {
  let positional = args;
  const locals = new Map<string, string>();
  const out: string[] = [];
  for (const t of fn.body) {
    if (t === 'shift' || /^shift\s+[1-9]$/.test(t)) {
      positional = positional.slice(t === 'shift' ? 1 : Number(t.slice(6)));
      continue;
    }
    const p = FROM_POSITIONAL.exec(t);
    if (p) {
      const v = valueOf(p[3], positional, locals);
      if (v === null) locals.delete(p[1]);
      else locals.set(p[1], v);
      continue;
    }
    const a = ASSIGNMENT.exec(t);
    if (a) locals.delete(a[1]);
    out.push(substitute(t, positional, locals));
  }
  return out;
}

const cache = new WeakMap<readonly string[], ScriptLine[]>();

/**
 * The lines of a script to read for the commands it runs: each line, and after a line that calls
 * one of the script's functions (outside any function's body), that function's lines as the call
 * runs them, and so on for the calls among those.
 */
export function withFunctionCalls(lines: readonly string[]): ScriptLine[] {
  const hit = cache.get(lines);
  if (hit) return hit;
  const { functions, inBody } = shellFunctions(lines);
  const out: ScriptLine[] = [];
  let budget = MAX_EXPANDED_LINES;
  const visit = (text: string, index: number, through: readonly string[]): void => {
    out.push({ text, index, through });
    if (functions.size === 0 || through.length >= MAX_CALL_DEPTH || (through.length === 0 && inBody.has(index))) return;
    for (const cmd of splitCommands(text.trim())) {
      let words = commandWords(cmd);
      while (words.length > 0 && KEYWORDS.has(words[0])) words = words.slice(1);
      const name = words[0] ?? '';
      const fn = functions.get(name);
      if (fn === undefined || through.includes(name)) continue;
      for (const l of called(fn, words.slice(1))) {
        if (budget-- <= 0) return;
        visit(l, index, [...through, name]);
      }
    }
  };
  for (let i = 0; i < lines.length; i++) visit(lines[i], i, []);
  cache.set(lines, out);
  return out;
}
