// The one table `npm run bench` ends with: each figure, the floor or peer it is compared with (both
// measured in the same run), the ratio, the goal and whether it holds. Absolute times differ from
// machine to machine; the ratios are what the goals are written in.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface BenchRow {
  figure: string;
  /** What was measured, with its unit ("1.21 s CPU", "96 MiB"). */
  value: string;
  /** The floor or peer, with its figure; '' for an absolute goal. */
  against: string;
  /** value / against, or null for an absolute goal. */
  ratio: number | null;
  /** The goal in words ("≤ 0.3×", "< 120 MiB"). */
  goal: string;
  holds: boolean;
}

const rows: BenchRow[] = [];

export function addRow(row: BenchRow): void {
  rows.push(row);
}

/** A ratio goal: value / against ≤ max. */
export function ratioRow(figure: string, value: number, against: number, format: (n: number) => string, againstLabel: string, max: number): void {
  const ratio = value / Math.max(against, 1e-9);
  addRow({ figure, value: format(value), against: `${againstLabel} ${format(against)}`, ratio, goal: `≤ ${max}×`, holds: ratio <= max });
}

/** An absolute goal: value ≤ max (memory, a count of seconds). */
export function limitRow(figure: string, value: number, max: number, format: (n: number) => string): void {
  addRow({ figure, value: format(value), against: '', ratio: null, goal: `≤ ${format(max)}`, holds: value <= max });
}

export function renderTable(header: string): string {
  const lines = [header, '', '| figure | measured | floor or peer (same run) | ratio | goal | holds |', '| --- | --- | --- | --- | --- | --- |'];
  for (const r of rows) lines.push(`| ${r.figure} | ${r.value} | ${r.against || '—'} | ${r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`} | ${r.goal} | ${r.holds ? 'yes' : '**no**'} |`);
  return lines.join('\n') + '\n';
}

/** Prints the table and keeps a copy (node_modules/.cache/bench/table.md) for the README. */
export function printTable(header: string, file: string): void {
  if (rows.length === 0) return;
  const text = renderTable(header);
  console.log('\n' + text);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`(also written to ${file})`);
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const cpuSeconds = (ms: number) => `${(ms / 1000).toFixed(2)} s CPU`;
export const mebibytes = (mib: number) => `${mib.toFixed(0)} MiB`;
