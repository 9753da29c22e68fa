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
export function cutAt(s: string, chars: string): string {
  for (let i = 0; i < s.length; i++) if (chars.includes(s[i])) return s.slice(0, i);
  return s;
}
