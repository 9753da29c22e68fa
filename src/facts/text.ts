// Small string operations in linear time. A regular expression such as /\/+$/ or /[?#].*$/ is
// tried at every start position and rescans the run each time: quadratic on a long run of the
// character, which repository text (a path, a URL, a line) can supply at will.

/** `s` without the run of characters from `chars` at its end ('a//' -> 'a' for '/'). */
export function trimEnd(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1])) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** `s` without the run of characters from `chars` at its start. */
export function trimStart(s: string, chars: string): string {
  let start = 0;
  while (start < s.length && chars.includes(s[start])) start++;
  return start === 0 ? s : s.slice(start);
}

/** `s` up to (not including) the first character from `chars`, or all of it ('a?b#c' -> 'a' for '?#'). */
/** A text without one pair of quotes around it, trimmed: `"Docs"`, `'--help'`, “Docs”. */
export function unquoted(text: string): string {
  const t = text.trim();
  return t.length >= 2 && /^["'“‘]/.test(t) && /["'”’]$/.test(t) ? t.slice(1, -1).trim() : t;
}

export function cutAt(s: string, chars: string): string {
  for (let i = 0; i < s.length; i++) if (chars.includes(s[i])) return s.slice(0, i);
  return s;
}

/** What /\s/ matches: ECMAScript white space and line terminators. */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Any character \s matches except the plain space. */
const OTHER_BLANK = /[^\S ]/;

/**
 * line.replace(/\s+/g, '').length without the copy. Most lines hold no blank but the space: those
 * count their spaces with indexOf, a builtin, instead of testing every character in JavaScript.
 */
export function nonBlankChars(line: string): number {
  let n = line.length;
  if (OTHER_BLANK.test(line)) {
    for (let i = 0; i < line.length; i++) if (isSpace(line.charCodeAt(i))) n--;
    return n;
  }
  for (let i = line.indexOf(' '); i !== -1; i = line.indexOf(' ', i + 1)) n--;
  return n;
}

/** A run of blanks that is not one plain space. */
const UNTIDY_BLANKS = /\s\s|[^\S ]/;

/**
 * text.replace(/\s+/g, ' ').trim(), without building a new string when only the ends change, or
 * nothing. With `max`, only the first `max` characters of that are sure to be right (a caller that
 * keeps no more): a long line is collapsed from a head twice as long when that gives more than `max`.
 */
export function collapseBlanks(text: string, max = Infinity): string {
  if (text.length > 2 * max + 2) {
    // The head's collapse agrees with the whole's up to its last character, which is not a blank.
    const head = collapseBlanks(text.slice(0, 2 * max + 2));
    if (head.length > max) return head;
  }
  const trimmed = text.trim();
  return UNTIDY_BLANKS.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

/** The 1-based line of `offset` in `text`: one indexOf per line before it. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
