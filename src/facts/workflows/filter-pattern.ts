// GitHub's branch and tag filter patterns (the "filter pattern cheat sheet" of the workflow syntax):
//   *   zero or more characters, not `/`       **  zero or more of any character
//   ?   zero or one character                  +   one or more of the preceding character
//   []  one character listed or in a range (a-z, A-Z, 0-9)
//   \x  the character x itself                 !   at the start: negates the patterns before it
// A pattern comes from the repository, so it is matched by simulating all positions in the pattern
// at once (time pattern length x name length), never compiled to a backtracking regular
// expression: `?` repeated 150 times then `x` took a minute as /^.?.?…x$/. Glob libraries
// (picomatch, minimatch) mean something else by `?` (exactly one character), `+` (extglob) and
// `**` (a whole path segment only), so none of them answers as GitHub does.

/** Longest pattern read; GitHub's own limit on a ref name is far below it. */
const MAX_PATTERN = 500;

interface Token {
  /** Does this token consume the character? */
  test: (c: string) => boolean;
  /** May match no character at all (`*`, `**`, `?`). */
  optional: boolean;
  /** May match again after matching once (`*`, `**`, or followed by `+`). */
  repeat: boolean;
}

const anyChar = () => true;
const notSlash = (c: string) => c !== '/';

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  const p = pattern.length > MAX_PATTERN ? pattern.slice(0, MAX_PATTERN) : pattern;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '*') {
      const double = p[i + 1] === '*';
      if (double) i++;
      tokens.push({ test: double ? anyChar : notSlash, optional: true, repeat: true });
    } else if (c === '?') {
      tokens.push({ test: anyChar, optional: true, repeat: false });
    } else if (c === '+' && tokens.length > 0) {
      tokens[tokens.length - 1].repeat = true;
    } else if (c === '[' && p.indexOf(']', i + 1) > i + 1) {
      const end = p.indexOf(']', i + 1);
      tokens.push({ test: charClass(p.slice(i + 1, end)), optional: false, repeat: false });
      i = end;
    } else {
      const lit = c === '\\' && i + 1 < p.length ? p[++i] : c;
      tokens.push({ test: (x) => x === lit, optional: false, repeat: false });
    }
  }
  return tokens;
}

/** The inside of `[...]`: single characters and ranges such as a-z. */
function charClass(body: string): (c: string) => boolean {
  const singles = new Set<string>();
  const ranges: [number, number][] = [];
  for (let i = 0; i < body.length; i++) {
    if (i + 2 < body.length && body[i + 1] === '-') {
      ranges.push([body.charCodeAt(i), body.charCodeAt(i + 2)]);
      i += 2;
    } else singles.add(body[i]);
  }
  return (c) => {
    if (singles.has(c)) return true;
    const code = c.charCodeAt(0);
    return ranges.some(([lo, hi]) => code >= lo && code <= hi);
  };
}

/** Does a GitHub filter pattern match `name` (a branch or tag)? */
export function globMatch(pattern: string, name: string): boolean {
  const tokens = tokenize(pattern);
  const n = tokens.length;
  let current = new Uint8Array(n + 1);
  let next = new Uint8Array(n + 1);
  const close = (set: Uint8Array) => {
    // Optional tokens may be skipped; states only move forward, so one pass closes the set.
    for (let i = 0; i < n; i++) if (set[i] && tokens[i].optional) set[i + 1] = 1;
  };
  current[0] = 1;
  close(current);
  for (const ch of name) {
    next.fill(0);
    let any = false;
    for (let i = 0; i < n; i++) {
      if (!current[i] || !tokens[i].test(ch)) continue;
      next[i + 1] = 1;
      if (tokens[i].repeat) next[i] = 1;
      any = true;
    }
    if (!any) return false;
    close(next);
    [current, next] = [next, current];
  }
  return current[n] === 1;
}

/** Applies include patterns in order, `!pattern` excluding again what came before, as GitHub does. */
export function filterIncludes(patterns: readonly string[], name: string): boolean {
  let included = false;
  for (const p of patterns) {
    if (p.startsWith('!')) {
      if (globMatch(p.slice(1), name)) included = false;
    } else if (globMatch(p, name)) included = true;
  }
  return included;
}
