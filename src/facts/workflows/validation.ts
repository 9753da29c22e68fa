// A check of a whole value in a shell script: the shell variable a line matches against an
// anchored pattern of safe characters, stopping the job when it does not match. This is what ends
// the flow of a manual input to a script (findings.ts, OSPS-BR-01.04):
// `[[ "$VERSION" =~ ^v?[0-9]+\.[0-9]+\.[0-9]+$ ]] || exit 1`, or the same test in an `if` whose
// failing branch exits.
//
// Only bash's `[[ =~ ]]` counts. Its `^` and `$` hold for the whole value; grep's hold for each
// line, so `echo "$V" | grep -E '^[0-9.]+$'` passes a value with a second line of anything. A
// quoted pattern is matched as a plain string, and one that admits `.` or a negated class admits
// every character, so neither counts either. The lines come from shellLines (head-flow.ts):
// comments dropped, continuations joined, each at most a few thousand characters; nothing here
// uses a regular expression that can backtrack.

/** Named classes of a bracket expression that hold only letters and digits. */
const SAFE_CLASSES = new Set(['digit', 'alnum', 'alpha', 'lower', 'upper', 'xdigit']);
const isDigit = (c: string) => c >= '0' && c <= '9';
const isLower = (c: string) => c >= 'a' && c <= 'z';
const isUpper = (c: string) => c >= 'A' && c <= 'Z';
const isAlnum = (c: string) => isDigit(c) || isLower(c) || isUpper(c);
/** Characters a checked value may hold besides letters and digits: none that a shell, sed or a quote reads. */
const isSafePunct = (c: string) => c === '.' || c === '_' || c === '+' || c === '-';

/**
 * The end (after `]`) of the bracket expression that starts at `re[at]`, when every character it
 * admits is safe; -1 otherwise (negated, a backslash, another character, unclosed).
 */
function safeBracket(re: string, at: number): number {
  let j = at + 1;
  if (re[j] === '^' || re[j] === ']') return -1;
  while (j < re.length && re[j] !== ']') {
    if (re.startsWith('[:', j)) {
      const end = re.indexOf(':]', j + 2);
      if (end < 0 || !SAFE_CLASSES.has(re.slice(j + 2, end))) return -1;
      j = end + 2;
      continue;
    }
    const c = re[j];
    if (re[j + 1] === '-' && j + 2 < re.length && re[j + 2] !== ']') {
      const hi = re[j + 2];
      const sameClass = (isDigit(c) && isDigit(hi)) || (isLower(c) && isLower(hi)) || (isUpper(c) && isUpper(hi));
      if (!sameClass || c > hi) return -1;
      j += 3;
      continue;
    }
    if (!isAlnum(c) && !isSafePunct(c)) return -1;
    j++;
  }
  return j < re.length ? j + 1 : -1;
}

/**
 * Whether an extended regular expression matches only whole values made of letters, digits and
 * `.` `_` `+` `-`: anchored by `^` and `$` with no top-level alternation, no `.` wildcard, no
 * negated class, and no escape but `\.` `\_` `\+` `\-`.
 */
export function safeWholePattern(re: string): boolean {
  if (re.length < 2 || !re.startsWith('^') || !re.endsWith('$') || re.endsWith('\\$')) return false;
  const body = re.slice(1, -1);
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      if (!isSafePunct(body[i + 1] ?? '')) return false;
      i++;
    } else if (c === '[') {
      const end = safeBracket(body, i);
      if (end < 0) return false;
      i = end - 1;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      if (--depth < 0) return false;
    } else if (c === '|') {
      // `^a|b$` is `(^a)|(b$)`: only alternation inside a group keeps both anchors.
      if (depth === 0) return false;
    } else if (c === '{') {
      const end = body.indexOf('}', i);
      if (end < 0 || !/^\d{1,4}(?:,\d{0,4})?$/.test(body.slice(i + 1, end))) return false;
      i = end;
    } else if (!(c === '?' || c === '*' || c === '+' || isAlnum(c) || c === '_' || c === '-')) {
      return false;
    }
  }
  return depth === 0;
}

/**
 * The value of a shell assignment's right-hand side when it is a literal (no expansion): `'…'`,
 * `"…"` without an expansion or a backquote, or a bare word; null otherwise.
 */
export function literalValue(v: string): string | null {
  const t = v.trim();
  if (t.length >= 2 && t.startsWith("'") && t.endsWith("'")) {
    const inner = t.slice(1, -1);
    return inner.includes("'") ? null : inner;
  }
  const double = t.length >= 2 && t.startsWith('"') && t.endsWith('"');
  const inner = double ? t.slice(1, -1) : t;
  let out = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    // A `$` that starts nothing (the pattern's closing anchor) is itself.
    const expands = c === '$' && i + 1 < inner.length && /[\w{(@*#?!$-]/.test(inner[i + 1]);
    if (expands || c === '`' || c === '"' || c === "'" || (!double && (c === ' ' || c === '\t' || c === ';' || c === '&' || c === '|'))) return null;
    if (c === '\\') {
      const next = inner[i + 1] ?? '';
      // Inside double quotes a backslash escapes only $ ` " \; unquoted, it escapes any character.
      if (!double || next === '\\') {
        out += next;
        i++;
        continue;
      }
    }
    out += c;
  }
  return out;
}

/** `"$NAME"`, `$NAME`, `"${NAME}"` or `${NAME}`: NAME, else null. */
function variableOf(token: string): string | null {
  let t = token;
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) t = t.slice(1, -1);
  if (!t.startsWith('$')) return null;
  t = t.slice(1);
  if (t.startsWith('{') && t.endsWith('}')) t = t.slice(1, -1);
  return /^[A-Za-z_]\w{0,100}$/.test(t) ? t : null;
}

/** The pattern of `=~`'s right-hand side: a bare word, or `$RE` assigned a literal earlier; a quoted one is a plain string. */
function patternOf(token: string, patterns: ReadonlyMap<string, string>): string | null {
  if (token.includes('"') || token.includes("'")) return null;
  if (token.startsWith('$')) {
    const name = variableOf(token);
    return name !== null ? (patterns.get(name) ?? null) : null;
  }
  return token;
}

/** `[[ "$X" =~ RE ]]` at the start of `text`, with an optional `!` before or inside: X, whether it is negated, and where the test ends. */
function wholeValueTest(text: string, patterns: ReadonlyMap<string, string>): { name: string; negated: boolean; end: number } | null {
  let t = text.trimStart();
  let negated = false;
  if (t.startsWith('! ')) {
    negated = true;
    t = t.slice(2).trimStart();
  }
  if (!t.startsWith('[[ ')) return null;
  const close = t.indexOf(' ]]', 2);
  if (close < 0) return null;
  const tokens = t
    .slice(3, close)
    .split(' ')
    .filter((x) => x !== '');
  let k = 0;
  if (tokens[0] === '!') {
    negated = !negated;
    k = 1;
  }
  if (tokens.length !== k + 3 || tokens[k + 1] !== '=~') return null;
  const name = variableOf(tokens[k]);
  const pattern = patternOf(tokens[k + 2], patterns);
  if (name === null || pattern === null || !safeWholePattern(pattern)) return null;
  return { name, negated, end: text.length - t.length + close + 3 };
}

/** The exit status of a statement that is `exit N` (N, or null for a bare `exit`), or undefined for any other statement. */
function exitStatus(statement: string): number | null | undefined {
  const s = statement.trim();
  if (s === 'exit') return null;
  if (!s.startsWith('exit ')) return undefined;
  const n = s.slice(5).trim();
  return /^\d{1,3}$/.test(n) ? Number(n) : undefined;
}

/** The statements of text, cut at `;`, `&&`, `||`, `{`, `}`, `(` and `)` outside quotes. */
function statements(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quote = '';
  const cut = (end: number, next: number) => {
    const s = text.slice(start, end).trim();
    if (s !== '') out.push(s);
    start = next;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === ';' || c === '{' || c === '}' || c === '(' || c === ')') {
      cut(i, i + 1);
    } else if ((c === '&' || c === '|') && text[i + 1] === c) {
      cut(i, i + 2);
      i++;
    }
  }
  cut(text.length, text.length);
  return out;
}

/**
 * Whether the command list after `||` (or `&&` after a negated test) stops the job: an `exit` with
 * a status other than 0 (a bare `exit` right after `||` exits with the failed test's 1). Inside
 * `( … )` the exit ends only a subshell, whose failure stops the job under `set -e`.
 */
function tailStops(tail: string, bareExits: boolean, errexit: boolean): boolean {
  const t = tail.trimStart();
  if (t.startsWith('(') && !errexit) return false;
  return statements(t).some((s, i) => {
    const status = exitStatus(s);
    return status === null ? bareExits && i === 0 : status !== undefined && status !== 0;
  });
}

/** Words that open and close a compound command, for the depth of a statement in an `if`. */
const OPENERS = new Set(['if', 'for', 'while', 'until', 'case', 'select']);
const CLOSERS = new Set(['fi', 'done', 'esac']);
/** Statements of one `if` read for its branches, and of all of a script's. */
const MAX_BLOCK_STATEMENTS = 200;
const MAX_SCRIPT_STATEMENTS = 20_000;

/** Whether a `set` line turns `set -e` on (true), off (false), or leaves it (null). */
function errexitOf(line: string): boolean | null {
  if (!line.startsWith('set ')) return null;
  let on: boolean | null = null;
  const flags = line.slice(4).split(' ');
  for (const [j, flag] of flags.entries()) {
    const option = flags[j + 1] === 'errexit';
    if ((/^-[a-zA-Z]{0,10}$/.test(flag) && flag.includes('e')) || (flag === '-o' && option)) on = true;
    else if ((/^\+[a-zA-Z]{0,10}$/.test(flag) && flag.includes('e')) || (flag === '+o' && option)) on = false;
  }
  return on;
}

/**
 * The checks of one script (its lines from shellLines, head-flow.ts). Each line is cut into
 * statements once, and an `if` is read for at most MAX_BLOCK_STATEMENTS of them (a script for at
 * most MAX_SCRIPT_STATEMENTS), so that a script is read in time linear in its size.
 */
export class ScriptChecks {
  private readonly lines: readonly string[];
  private readonly cut = new Map<number, string[]>();
  /** Whether `set -e` is in force at each line. */
  private readonly errexit: boolean[] = [];
  /** Statements read for `if` branches so far: past MAX_SCRIPT_STATEMENTS, no more `if` is taken for a check. */
  private read = 0;

  /** `shell` is the step's `shell:`: GitHub runs bash and sh with `set -e`, a shell given by command line without it. */
  constructor(lines: readonly string[], shell: string | null) {
    this.lines = lines;
    const s = shell?.trim() ?? null;
    let on = s === null || s === '' || s === 'bash' || s === 'sh';
    for (const line of lines) {
      this.errexit.push(on);
      on = errexitOf(line) ?? on;
    }
  }

  private statementsOf(k: number, from: number): string[] {
    if (from > 0) return statements(this.lines[k].slice(from));
    let list = this.cut.get(k);
    if (!list) {
      list = statements(this.lines[k]);
      this.cut.set(k, list);
    }
    return list;
  }

  /**
   * Whether the branch of the `if` at line `i` (from offset `from`) that runs when the test fails
   * exits with a status other than 0 at its own level: the `then` branch of a negated test, the
   * `else` branch (with no `elif`) of a plain one.
   */
  private failingBranchExits(i: number, from: number, negated: boolean): boolean {
    let branch: 'test' | 'then' | 'else' | 'other' = 'test';
    let depth = 0;
    let read = 0;
    for (let k = i; k < this.lines.length; k++) {
      for (let s of this.statementsOf(k, k === i ? from : 0)) {
        if (++read > MAX_BLOCK_STATEMENTS || ++this.read > MAX_SCRIPT_STATEMENTS) return false;
        const word = s.split(' ', 1)[0];
        if (depth === 0 && (word === 'then' || word === 'else' || word === 'elif')) {
          if (word === 'elif') return false;
          branch = word === 'then' ? (branch === 'test' ? 'then' : 'other') : 'else';
          s = s.slice(word.length).trim();
          if (s === '') continue;
        }
        const first = s.split(' ', 1)[0];
        if (CLOSERS.has(first)) {
          if (depth === 0) return false;
          depth--;
          continue;
        }
        if (OPENERS.has(first)) {
          depth++;
          continue;
        }
        const status = depth === 0 ? exitStatus(s) : undefined;
        if (status !== undefined && status !== null && status !== 0 && branch === (negated ? 'then' : 'else')) return true;
      }
    }
    return false;
  }

  /**
   * The shell variable whose whole value line `i` checks against a safe anchored pattern,
   * stopping the job on a mismatch, or null. `patterns` holds the script's variables assigned a
   * literal before the line (`re='^[0-9]+$'` for `[[ $V =~ $re ]]`).
   */
  checkedAt(i: number, patterns: ReadonlyMap<string, string>): string | null {
    const line = this.lines[i];
    if (line.startsWith('if ')) {
      const test = wholeValueTest(line.slice(3), patterns);
      return test && this.failingBranchExits(i, 3 + test.end, test.negated) ? test.name : null;
    }
    if (!line.startsWith('[[ ') && !line.startsWith('! ')) return null;
    const test = wholeValueTest(line, patterns);
    if (!test) return null;
    const rest = line.slice(test.end).trimStart();
    const op = test.negated ? '&&' : '||';
    return rest.startsWith(op) && tailStops(rest.slice(2), !test.negated, this.errexit[i]) ? test.name : null;
  }
}
