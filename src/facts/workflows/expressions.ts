// `${{ }}` expressions: finding them in text and telling which context values they read.

export interface Expression {
  /** Offset of `${{` in the text. */
  offset: number;
  /** Full text including `${{` and `}}`. */
  text: string;
  /** The inside, trimmed. */
  body: string;
}

/** Most expressions scanned per text; a script with more is hostile or generated. */
const MAX_EXPRESSIONS = 2000;

/** Finds `${{ ... }}` in text; `}}` inside a single-quoted string literal does not close it. */
export function findExpressions(text: string): Expression[] {
  const out: Expression[] = [];
  let i = text.indexOf('${{');
  while (i >= 0 && out.length < MAX_EXPRESSIONS) {
    let j = i + 3;
    let inString = false;
    let end = -1;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (c === 39 /* ' */) {
        // '' inside a string is an escaped quote and toggles twice.
        inString = !inString;
      } else if (!inString && c === 125 /* } */ && text.charCodeAt(j + 1) === 125) {
        end = j + 2;
        break;
      }
      j++;
    }
    if (end < 0) break;
    out.push({ offset: i, text: text.slice(i, end), body: text.slice(i + 3, end - 2).trim() });
    i = text.indexOf('${{', end);
  }
  return out;
}

/**
 * `text` with each `${{ ... }}` whose body `valueOf` answers replaced by that answer, written as it
 * is (a `$&` or `$'` in a value is text, not a replacement pattern); the others stay as written.
 */
export function replaceExpressions(text: string, valueOf: (body: string) => string | undefined): string {
  if (!text.includes('${{')) return text;
  let out = '';
  let at = 0;
  for (const e of findExpressions(text)) {
    const value = valueOf(e.body);
    if (value === undefined) continue;
    out += text.slice(at, e.offset) + value;
    at = e.offset + e.text.length;
  }
  return at === 0 ? text : out + text.slice(at);
}

/**
 * Context references in an expression body, normalised to dotted paths:
 * `github.event['issue'].title` -> `github.event.issue.title`, `x[0]` / `x[*]` -> `x.*`.
 * String literals are skipped.
 */
export function contextPaths(body: string): string[] {
  // Remove string literals first, but keep bracketed literal keys as `.key`.
  const noBracketKeys = body.replace(/\[\s*'((?:[^']|'')*)'\s*\]/g, (_m, k: string) => '.' + k.replace(/''/g, "'"));
  const noIndexes = noBracketKeys.replace(/\[\s*(?:\*|\d+)\s*\]/g, '.*').replace(/\.\*(?=[A-Za-z_])/g, '.*.');
  const noStrings = noIndexes.replace(/'(?:[^']|'')*'/g, "''");
  const out: string[] = [];
  const re = /(?<![\w.-])([A-Za-z_][\w-]*(?:\.(?:\*|[A-Za-z_][\w-]*))*)(\s*\()?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(noStrings)) !== null) {
    if (m[2]) continue; // a function name: contains(, format(, ...
    const p = m[1];
    if (p === 'true' || p === 'false' || p === 'null') continue;
    out.push(p.toLowerCase());
  }
  return out;
}

/**
 * Event fields an outside contributor controls. `*` matches one path segment.
 * Sources: GitHub's "Security hardening for GitHub Actions" list of untrusted input, extended
 * with the same fields reached through workflow_run and discussions.
 */
export const UNTRUSTED_PATHS: readonly string[] = [
  'github.head_ref',
  'github.event.issue.title',
  'github.event.issue.body',
  'github.event.pull_request.title',
  'github.event.pull_request.body',
  'github.event.pull_request.head.ref',
  'github.event.pull_request.head.label',
  'github.event.pull_request.head.repo.default_branch',
  'github.event.pull_request.head.repo.description',
  'github.event.pull_request.head.repo.homepage',
  'github.event.comment.body',
  'github.event.review.body',
  'github.event.review_comment.body',
  'github.event.discussion.title',
  'github.event.discussion.body',
  'github.event.pages.*.page_name',
  'github.event.commits.*.message',
  'github.event.commits.*.author.email',
  'github.event.commits.*.author.name',
  'github.event.commits.*.committer.email',
  'github.event.commits.*.committer.name',
  'github.event.head_commit.message',
  'github.event.head_commit.author.email',
  'github.event.head_commit.author.name',
  'github.event.head_commit.committer.email',
  'github.event.head_commit.committer.name',
  'github.event.workflow_run.head_branch',
  'github.event.workflow_run.display_title',
  'github.event.workflow_run.head_commit.message',
  'github.event.workflow_run.head_commit.author.email',
  'github.event.workflow_run.head_commit.author.name',
  'github.event.workflow_run.head_commit.committer.email',
  'github.event.workflow_run.head_commit.committer.name',
  'github.event.workflow_run.pull_requests.*.head.ref',
  'github.event.workflow_run.head_repository.description',
];

const UNTRUSTED_SPLIT = UNTRUSTED_PATHS.map((p) => p.split('.'));

function segmentsMatch(path: string[], pattern: string[], n: number): boolean {
  for (let i = 0; i < n; i++) {
    if (pattern[i] !== '*' && path[i] !== '*' && pattern[i] !== path[i]) return false;
  }
  return true;
}

/**
 * True when a context path reads untrusted event data: it is one of UNTRUSTED_PATHS, lies under
 * one, or is an object that contains one (`github.event.issue`, `toJSON(github.event)`).
 * `github` alone and `github.event` alone count: they serialise everything.
 */
export function isUntrustedPath(path: string): boolean {
  const segs = path.split('.');
  for (const pat of UNTRUSTED_SPLIT) {
    if (segs.length >= pat.length) {
      if (segmentsMatch(segs, pat, pat.length)) return true;
    } else if (segmentsMatch(segs, pat, segs.length)) {
      return true;
    }
  }
  return false;
}

/** `inputs.x` or `github.event.inputs.x`: returns the input name ('' for the whole object), else null. */
export function inputName(path: string): string | null {
  if (path === 'inputs' || path === 'github.event.inputs') return '';
  if (path.startsWith('inputs.')) return path.slice('inputs.'.length).split('.')[0];
  if (path.startsWith('github.event.inputs.')) return path.slice('github.event.inputs.'.length).split('.')[0];
  return null;
}

/** The ranges of `s` between top-level (outside parentheses) occurrences of `op`; null when the parentheses do not balance. */
function splitTop(s: string, from: number, to: number, op: '||' | '&&'): Array<[number, number]> | null {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = s[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return null;
    else if (depth === 0 && c === op[0] && s[i + 1] === op[1]) {
      out.push([start, i]);
      start = i + 2;
      i++;
    }
  }
  if (depth !== 0) return null;
  out.push([start, to]);
  return out;
}

const BOOLEAN_CALL = /^(?:contains|startswith|endswith|success|failure|always|cancelled)\s*\(/i;

/** True when an operand (strings masked) is a boolean: a negation, a call that tests, or a comparison outside parentheses. */
function isBooleanOperand(op: string): boolean {
  if (op.startsWith('!') && op[1] !== '=') return true;
  if (BOOLEAN_CALL.test(op) && op.endsWith(')') && splitTop(op, op.indexOf('(') + 1, op.length - 1, '&&') !== null) return true;
  let depth = 0;
  for (let i = 0; i < op.length; i++) {
    const c = op[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && (c === '<' || c === '>' || ((c === '=' || c === '!') && op[i + 1] === '='))) return true;
  }
  return false;
}

/**
 * The ranges of the operands that can be the value of `masked[from, to)`: `a && b` is b (or a
 * falsy a, an empty string at most), `a || b` is a or b, and `(x)` is what x can be. A comparison,
 * a negation or contains() is a boolean, whatever it reads.
 */
function valueRanges(masked: string, from: number, to: number, out: Array<[number, number]>, depth = 0): boolean {
  const alternatives = splitTop(masked, from, to, '||');
  if (alternatives === null || depth > 50) return false;
  for (const [a, b] of alternatives) {
    const chain = splitTop(masked, a, b, '&&');
    if (chain === null) return false;
    let [s, e] = chain[chain.length - 1];
    while (s < e && masked[s] === ' ') s++;
    while (e > s && masked[e - 1] === ' ') e--;
    const op = masked.slice(s, e);
    if (op.startsWith('(') && op.endsWith(')') && splitTop(masked, s + 1, e - 1, '||') !== null) {
      if (!valueRanges(masked, s + 1, e - 1, out, depth + 1)) return false;
    } else if (!isBooleanOperand(op)) out.push([s, e]);
  }
  return true;
}

/**
 * The context paths whose value can become the expression's value (what reaches a script or a
 * command): `cond && 'main' || github.event.workflow_run.head_sha` reads head_branch in cond only
 * to compare it, and yields 'main' or the sha (fastapi's deploy-docs.yml). An expression that
 * cannot be split keeps all its paths.
 */
export function valuePaths(body: string): string[] {
  const masked = body.replace(/'(?:[^']|'')*'/g, (m) => `'${'_'.repeat(m.length - 2)}'`).replace(/\s/g, ' ');
  const ranges: Array<[number, number]> = [];
  if (!valueRanges(masked, 0, masked.length, ranges)) return contextPaths(body);
  return ranges.flatMap(([s, e]) => contextPaths(body.slice(s, e)));
}

const EVENT_IS = /^github\.event_name\s*([!=])=\s*'([\w-]{1,60})'$/i;
const EVENT_IS_REVERSED = /^'([\w-]{1,60})'\s*([!=])=\s*github\.event_name$/i;

/**
 * The `github.event_name` comparisons an `if:` condition requires, each a top-level conjunct
 * (`github.event_name == 'push' && startsWith(github.ref, 'refs/tags/')`): the events it must be
 * (`is`) and must not be (`isNot`), in lower case. A condition with a top-level `||`, or none, requires nothing.
 */
export function requiredEvents(cond: string | null): { is: string[]; isNot: string[] } {
  const out = { is: [] as string[], isNot: [] as string[] };
  if (cond === null) return out;
  let body = cond.trim();
  if (body.startsWith('${{') && body.endsWith('}}') && body.indexOf('${{', 3) < 0) body = body.slice(3, -2).trim();
  if (body.length > 2000) return out;
  const masked = body.replace(/'(?:[^']|'')*'/g, (m) => `'${'_'.repeat(m.length - 2)}'`).replace(/\s/g, ' ');
  // `(a && b)` as a whole reads as a && b.
  let [from, to] = [0, masked.length];
  while (masked[from] === '(' && masked[to - 1] === ')' && splitTop(masked, from + 1, to - 1, '||') !== null) [from, to] = [from + 1, to - 1];
  if ((splitTop(masked, from, to, '||')?.length ?? 2) !== 1) return out;
  for (const [s, e] of splitTop(masked, from, to, '&&') ?? []) {
    const part = body.slice(s, e).trim();
    const m = EVENT_IS.exec(part);
    const r = m ? null : EVENT_IS_REVERSED.exec(part);
    const [op, event] = m ? [m[1], m[2]] : r ? [r[2], r[1]] : [null, null];
    if (op === null || event === null) continue;
    (op === '=' ? out.is : out.isNot).push(event.toLowerCase());
  }
  return out;
}

/** Matrix keys whose values a line is read with, and combinations of them. */
const MAX_MATRIX_KEYS = 3;
const MAX_VARIANTS = 50;

/**
 * The line once per combination of the values of the `${{ matrix.KEY }}` it holds (the job runs it
 * once per combination); a line with another expression keeps it as written. A default
 * (`${{ matrix.command || 'test:only' }}`, rollup's test job) is read only when the matrix gives
 * KEY no value: whether some combination lacks a value that `include` adds is not known here.
 */
export function withMatrixValues(line: string, values: Readonly<Record<string, readonly string[]>>): string[] {
  if (!line.includes('${{')) return [line];
  const keys: string[] = [];
  replaceExpressions(line, (body) => {
    const key = MATRIX_KEY.exec(body.trim())?.[1];
    if (key !== undefined && !keys.includes(key) && keys.length < MAX_MATRIX_KEYS) keys.push(key);
    return undefined;
  });
  const own = (key: string) => (Object.prototype.hasOwnProperty.call(values, key) ? values[key] : []);
  let variants: Array<Record<string, string>> = [{}];
  for (const key of keys) {
    const list = own(key);
    variants = variants.flatMap((v) => (list.length > 0 ? list.map((value) => ({ ...v, [key]: value })) : [v])).slice(0, MAX_VARIANTS);
  }
  const out: string[] = [];
  for (const v of variants) {
    let whole = true;
    const text = replaceExpressions(line, (body) => {
      const m = MATRIX_KEY.exec(body.trim());
      if (m === null) return undefined;
      if (Object.prototype.hasOwnProperty.call(v, m[1])) return v[m[1]];
      if (m[2] !== undefined) return m[2];
      whole = false; // a key without values and without a default: the line is not read
      return undefined;
    });
    if (whole) out.push(text);
  }
  return out;
}

/** `matrix.KEY`, or `matrix.KEY || 'default'` (group 2: the default). */
const MATRIX_KEY = /^matrix\.([A-Za-z_][\w-]{0,60})(?:\s*\|\|\s*'([^']{0,100})')?$/;
