// HTML and XML comments (`<!-- … -->`) blanked out of a text, keeping its line and column numbers:
// a POM's commented-out <defaultGoal>, a license header at the top of a contribution guide.

/**
 * `text` with each comment that `blank` accepts (all by default) replaced by spaces, its newlines
 * kept. A comment left open runs to the end of the text. Linear.
 */
export function blankComments(text: string, blank: (comment: string) => boolean = () => true): string {
  let out = '';
  let at = 0;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', at)) {
    const close = text.indexOf('-->', open + 4);
    const end = close < 0 ? text.length : close + 3;
    const comment = text.slice(open, end);
    out += text.slice(at, open) + (blank(comment) ? comment.replace(/[^\n]/g, ' ') : comment);
    at = end;
  }
  return out + text.slice(at);
}
