// casey/just's justfile (https://just.systems): what `just test` runs, for the test-run resolver
// (cattrs' CI runs `just cov`, whose recipe runs `coverage run -m pytest`). A recipe's parameters
// (which consume the words after its name on the command line), its dependencies and its body lines
// are kept at their lines; `{{ name }}` is replaced by a variable's or a parameter's literal value,
// any other interpolation by nothing. Imported justfiles and modules (`just sub::test`) are not read.
// Read by hand, one line at a time, without regular expressions over the file's lines.

export interface JustLine {
  text: string;
  line: number;
}

export interface Recipe {
  line: number;
  /** How many words after the name it takes: its parameters; Infinity for a variadic one (`*args`, `+files`). */
  params: number;
  /** The recipes it depends on (before and after `&&`), in order. */
  deps: JustLine[];
  /** Its body lines with `@`/`-` prefixes removed and interpolations replaced; empty for a script in another language. */
  body: JustLine[];
}

export interface Justfile {
  recipes: Map<string, Recipe>;
  /** The recipe `just` runs without arguments: the one marked `[default]`, else the first. */
  first: string | null;
  /** Aliases (`alias t := test`). */
  aliases: Map<string, string>;
}

/** The names `just` looks for in a folder, in its order (it matches case-insensitively; these are the spellings used). */
export const JUSTFILE_NAMES: readonly string[] = ['justfile', 'Justfile', 'JUSTFILE', '.justfile'];

const MAX_RECIPES = 1_000;
const MAX_BODY = 200;
const MAX_LINES = 20_000;
/** Interpreters whose script recipe (`#!/usr/bin/env bash`) is read line by line as commands. */
const SHELL_SCRIPT = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh']);

const isIdentStart = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isIdent = (c: string) => isIdentStart(c) || (c >= '0' && c <= '9') || c === '-';

/** The identifier at `i` of `s`, or ''. */
function identAt(s: string, i: number): string {
  if (i >= s.length || !isIdentStart(s[i])) return '';
  let j = i + 1;
  while (j < s.length && isIdent(s[j])) j++;
  return s.slice(i, j);
}

/** A quoted string literal's contents (`"x"`, `'x'`), or null for an expression. */
function literal(s: string): string | null {
  const t = s.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t.endsWith(t[0]) && !t.slice(1, -1).includes(t[0])) return t.slice(1, -1);
  return null;
}

/** The index of the first `ch` of `s` outside quotes, parentheses and braces at or after `from`; -1 when none. */
function outside(s: string, ch: string, from = 0): number {
  let quote = '';
  let nest = 0;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '{') nest++;
    else if ((c === ')' || c === '}') && nest > 0) nest--;
    else if (nest === 0 && c === ch) return i;
  }
  return -1;
}

/** A line with its `{{ … }}` interpolations replaced: a known name by its value, anything else by nothing. */
function interpolate(text: string, values: ReadonlyMap<string, string>): string {
  if (!text.includes('{{')) return text;
  let out = '';
  let i = 0;
  for (;;) {
    const open = text.indexOf('{{', i);
    if (open < 0) return out + text.slice(i);
    if (text.startsWith('{{{{', open)) {
      out += text.slice(i, open) + '{{';
      i = open + 4;
      continue;
    }
    const close = text.indexOf('}}', open + 2);
    if (close < 0) return out + text.slice(i);
    const expr = text.slice(open + 2, close).trim();
    out += text.slice(i, open) + (identAt(expr, 0) === expr ? (values.get(expr) ?? '') : '');
    i = close + 2;
  }
}

/** The parameters of a recipe header (the text between its name and its colon): how many words it takes, and their literal defaults. */
function parameters(text: string, defaults: Map<string, string>): number {
  let count = 0;
  let i = 0;
  while (i < text.length) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
    if (i >= text.length) break;
    let variadic = false;
    if (text[i] === '$') i++;
    if (text[i] === '*' || text[i] === '+') {
      variadic = true;
      i++;
    }
    if (text[i] === '$') i++;
    const name = identAt(text, i);
    if (name === '') return count; // not a parameter list just accepts: stop counting
    i += name.length;
    if (text[i] === '=') {
      // The default: a string, a backtick, a parenthesised expression or a bare word, up to the next blank outside them.
      const start = i + 1;
      let end = start;
      let quote = '';
      let nest = 0;
      for (; end < text.length; end++) {
        const c = text[end];
        if (quote !== '') {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'" || c === '`') quote = c;
        else if (c === '(') nest++;
        else if (c === ')' && nest > 0) nest--;
        else if (nest === 0 && (c === ' ' || c === '\t')) break;
      }
      const value = literal(text.slice(start, end));
      if (value !== null) defaults.set(name, value);
      i = end;
    }
    count = variadic ? Infinity : count + 1;
  }
  return count;
}

/** The dependencies after a recipe's colon: names and `(name args)` groups, `&&` between. */
function dependencies(text: string, line: number): JustLine[] {
  const deps: JustLine[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '#') break; // a comment closes the line
    if (c === '(') {
      const close = outside(text, ')', i + 1);
      let j = i + 1;
      while (text[j] === ' ' || text[j] === '\t') j++;
      const name = identAt(text, j);
      if (name !== '') deps.push({ text: name, line });
      if (close < 0) break;
      i = close + 1;
      continue;
    }
    const name = identAt(text, i);
    if (name !== '') {
      deps.push({ text: name, line });
      i += name.length;
    } else i++;
  }
  return deps;
}

/** A justfile's recipes; an empty one when nothing in it reads as a recipe. */
export function readJustfile(text: string): Justfile {
  const recipes = new Map<string, Recipe>();
  const aliases = new Map<string, string>();
  const values = new Map<string, string>();
  const lines = text.split('\n', MAX_LINES);
  let first: string | null = null;
  let markedDefault = false;
  let current: { name: string; recipe: Recipe; defaults: Map<string, string>; script: boolean | null } | null = null;
  let pending = '';
  let pendingLine = 0;
  const flush = () => {
    if (current && pending !== '' && current.recipe.body.length < MAX_BODY && current.script !== false) {
      const vals = new Map([...values, ...current.defaults]);
      let body = pending.trim();
      while (body.startsWith('@') || body.startsWith('-')) body = body.slice(1);
      current.recipe.body.push({ text: interpolate(body, vals), line: pendingLine });
    }
    pending = '';
  };
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n].endsWith('\r') ? lines[n].slice(0, -1) : lines[n];
    const indented = raw.startsWith(' ') || raw.startsWith('\t');
    if (current && indented && raw.trim() !== '') {
      const t = raw.trim();
      if (current.script === null) {
        // The first body line: a shebang makes the body one script, read as commands only for a shell.
        if (t.startsWith('#!')) {
          const words = t.slice(2).trim().split(/\s+/);
          const prog = words[0]?.endsWith('/env') ? (words.find((w, i) => i > 0 && !w.startsWith('-')) ?? '') : (words[0] ?? '');
          current.script = SHELL_SCRIPT.has(prog.slice(prog.lastIndexOf('/') + 1));
          continue;
        }
        current.script = true;
      }
      if (pending === '') pendingLine = n + 1;
      // A line ending in a backslash continues on the next.
      if (t.endsWith('\\')) pending += `${t.slice(0, -1)} `;
      else {
        pending += t;
        flush();
      }
      continue;
    }
    if (raw.trim() === '') continue; // blank lines do not end a recipe
    flush();
    current = null;
    if (indented || raw.startsWith('#')) continue;
    if (raw.startsWith('[')) {
      if (raw.startsWith('[default]')) markedDefault = true;
      continue;
    }
    let s = raw;
    for (const kw of ['export ', 'set ', 'alias ', 'import ', 'mod ', 'unexport ']) {
      if (s.startsWith(kw)) {
        if (kw === 'alias ') {
          const eq = s.indexOf(':=');
          if (eq > 0 && aliases.size < MAX_RECIPES) aliases.set(s.slice(6, eq).trim(), s.slice(eq + 2).trim());
        }
        s = kw === 'export ' ? s.slice(kw.length) : '';
        break;
      }
    }
    const quiet = s.startsWith('@') ? 1 : 0;
    const name = identAt(s, quiet);
    if (name === '') continue;
    const rest = s.slice(quiet + name.length);
    if (rest.trimStart().startsWith(':=')) {
      // A variable: its literal value is interpolated into bodies.
      const value = literal(rest.trimStart().slice(2));
      if (value !== null && values.size < MAX_RECIPES) values.set(name, value);
      continue;
    }
    const colon = outside(rest, ':');
    if (colon < 0 || rest[colon + 1] === '=' || recipes.size >= MAX_RECIPES) continue;
    const defaults = new Map<string, string>();
    const recipe: Recipe = { line: n + 1, params: parameters(rest.slice(0, colon), defaults), deps: dependencies(rest.slice(colon + 1), n + 1), body: [] };
    if (!recipes.has(name)) recipes.set(name, recipe);
    if (first === null || markedDefault) first = name;
    markedDefault = false;
    current = { name, recipe, defaults, script: null };
  }
  flush();
  return { recipes, first, aliases };
}
