// Text from the evaluated repository is hostile: it must not inject Markdown or HTML into
// the job summary, nor mention people, nor break a table.

const MD_SPECIAL = /[\\`*_{}[\]()#+\-.!|~<>&@]/g;
const ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '@': '&#64;', '|': '&#124;' };

/** Escapes text for Markdown and inline HTML, on one line, at most `max` characters. */
export function escapeMarkdown(text: string, max = 500): string {
  const oneLine = stripControl(text).replace(/\s+/g, ' ').trim();
  const cut = oneLine.length > max ? oneLine.slice(0, max - 1) + '…' : oneLine;
  return cut.replace(MD_SPECIAL, (c) => ENTITY[c] ?? `\\${c}`);
}

/** Removes terminal escape sequences and other control characters (for the terminal report). */
export function stripControl(text: string): string {
  return text.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, ' ');
}
