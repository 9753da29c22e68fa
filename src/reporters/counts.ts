// Counting diagnostics and findings by severity, the same way in every report: an error is an
// error, a warning a warning, and an info or note is a note, never counted as a warning.

export interface SeverityCounts {
  error: number;
  warning: number;
  note: number;
}

export function countBySeverity(severities: Iterable<string>): SeverityCounts {
  const c: SeverityCounts = { error: 0, warning: 0, note: 0 };
  for (const s of severities) {
    if (s === 'error') c.error++;
    else if (s === 'warning') c.warning++;
    else c.note++;
  }
  return c;
}

/** "1 error, 2 warnings, 3 notes"; kinds with none are left out unless `all` (then errors and warnings always show). */
export function severityCounts(c: SeverityCounts, all = false): string {
  const parts: string[] = [];
  const add = (n: number, one: string, many: string, always: boolean) => {
    if (n > 0 || always) parts.push(`${n} ${n === 1 ? one : many}`);
  };
  add(c.error, 'error', 'errors', all);
  add(c.warning, 'warning', 'warnings', all);
  add(c.note, 'note', 'notes', false);
  return parts.length > 0 ? parts.join(', ') : '0';
}

/** "500 warnings" when the list holds one kind, else "3: 2 warnings, 1 note". */
export function countedList(total: number, c: SeverityCounts): string {
  const kinds = [c.error, c.warning, c.note].filter((n) => n > 0).length;
  return kinds <= 1 ? severityCounts(c) : `${total}: ${severityCounts(c)}`;
}
