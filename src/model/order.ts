// Orders of text every room shares, without ICU: a collator costs 7-10 ms to make on a run's first
// comparison (new Intl.Collator, localeCompare), and its order follows the machine's locale; these
// are the same on every machine.

const A = 65;
const Z = 90;

function foldedAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= A && c <= Z ? c + 32 : c;
}

/** ASCII letters compared ignoring case first (`build.gradle` before `Pipfile`), then code unit by code unit. */
export function compareText(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = foldedAt(a, i) - foldedAt(b, i);
    if (d !== 0) return d;
  }
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** compareText with each run of digits compared as a number (`v1.9` before `v1.10`). */
export function compareNatural(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (isDigit(a.charCodeAt(i)) && isDigit(b.charCodeAt(j))) {
      let ei = i;
      let ej = j;
      while (ei < a.length && isDigit(a.charCodeAt(ei))) ei++;
      while (ej < b.length && isDigit(b.charCodeAt(ej))) ej++;
      // Leading zeros aside, the longer run is the larger number; runs of a length compare as text.
      let si = i;
      let sj = j;
      while (si < ei - 1 && a.charCodeAt(si) === 48) si++;
      while (sj < ej - 1 && b.charCodeAt(sj) === 48) sj++;
      const d = ei - si - (ej - sj) || (a.slice(si, ei) < b.slice(sj, ej) ? -1 : a.slice(si, ei) > b.slice(sj, ej) ? 1 : 0);
      if (d !== 0) return d;
      i = ei;
      j = ej;
      continue;
    }
    const d = foldedAt(a, i) - foldedAt(b, j);
    if (d !== 0) return d;
    i++;
    j++;
  }
  return a.length - i - (b.length - j) || compareText(a, b);
}
