// Recognises text copied from the self-assessment template without keeping the template's text:
// we keep only hashes of its four-word runs (shingles). A section whose words are mostly runs
// found in the template is template instructions left in place, not the project's own words.
import data from './template-fingerprint.json' with { type: 'json' };

export const SHINGLE_WORDS = 4;
const MAX_WORDS = 50_000;

/** Lower-case letter/digit words of a text, at most MAX_WORDS. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    out.push(m[0]);
    if (out.length >= MAX_WORDS) break;
  }
  return out;
}

/** FNV-1a, 32 bits, as 8 hex digits. */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function shingles(ws: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= ws.length; i++) out.push(fnv1a(ws.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

const TEMPLATE = new Set<string>(data.hashes);

/**
 * Share of a text's words that sit inside runs also found in the template, 0..1.
 * Texts shorter than one shingle count as 0.
 */
export function templateShare(text: string): number {
  const ws = words(text);
  if (ws.length < SHINGLE_WORDS) return 0;
  const covered = new Uint8Array(ws.length);
  for (let i = 0; i + SHINGLE_WORDS <= ws.length; i++) {
    if (TEMPLATE.has(fnv1a(ws.slice(i, i + SHINGLE_WORDS).join(' ')))) covered.fill(1, i, i + SHINGLE_WORDS);
  }
  let n = 0;
  for (const c of covered) n += c;
  return n / ws.length;
}

/**
 * The fingerprint of a template document: sorted unique shingle hashes of its body text, without
 * headings, the table of contents or HTML comments. Used to build template-fingerprint.json and,
 * in tests, to check that file against the reference template.
 */
export function fingerprintOf(markdown: string): string[] {
  const body = markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .split(/\r?\n/)
    .filter((l) => !/^\s{0,3}#{1,6}\s/.test(l) && !/^\s*[-*+]\s+\[[^\]]*\]\(#[^)]*\)\s*$/.test(l))
    .join('\n');
  // Each paragraph on its own, so runs do not join the end of one instruction to the next.
  const set = new Set<string>();
  for (const para of body.split(/\n\s*\n/)) for (const h of shingles(words(para))) set.add(h);
  return [...set].sort();
}
