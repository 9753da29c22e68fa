// The report folder `slam score` writes: results.json (schemas/organizer-results.schema.json),
// results.csv, results.md (a table for a blog post), outcomes.md (the event website's outcomes
// file, exactly its format), verification.json (every row the score rests on) and index.html.
// Everything that came from a result or a certificate is untrusted text: escaped for each format.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { ObjectiveStatus } from '../objectives/types.ts';
import { leaderboard, OBJECTIVE_TITLES } from './report-common.ts';
import { renderHtml } from './report-html.ts';
import type { ScoreReport } from './score.ts';
import { verificationJson, type EventVerification } from './verify-event.ts';

export const REPORT_FILES = ['results.json', 'results.csv', 'results.md', 'outcomes.md', 'verification.json', 'index.html'] as const;

export function writeReport(dir: string, report: ScoreReport, verification: EventVerification): string[] {
  mkdirSync(dir, { recursive: true });
  const files: Record<(typeof REPORT_FILES)[number], string> = {
    'results.json': `${JSON.stringify(report, null, 2)}\n`,
    'results.csv': renderCsv(report),
    'results.md': renderMarkdown(report),
    'outcomes.md': renderOutcomes(report),
    'verification.json': `${JSON.stringify(verificationJson(verification), null, 2)}\n`,
    'index.html': renderHtml(report, verification),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return REPORT_FILES.map((f) => join(dir, f));
}

/**
 * The outcomes file of the event website: YAML front matter only, `badges` then `projects`
 * (name, advisor, repoUrl, logoUrl, completed) in the event file's order.
 */
export function renderOutcomes(report: ScoreReport): string {
  const lines = ['---', `badges: [${report.event.objectives.join(', ')}]`, 'projects:'];
  for (const p of report.participants) {
    lines.push(`  - name: ${yamlScalar(p.name)}`);
    if (p.advisor) lines.push(`    advisor: ${yamlScalar(p.advisor)}`);
    lines.push(`    repoUrl: ${yamlScalar(p.repoUrl)}`);
    if (p.logo) lines.push(`    logoUrl: ${yamlScalar(p.logo)}`);
    lines.push(`    completed: [${p.completed.join(', ')}]`);
  }
  if (report.participants.length === 0) lines[lines.length - 1] = 'projects: []';
  lines.push('---');
  return `${lines.join('\n')}\n`;
}

/** A YAML scalar on one line: plain when YAML reads it back as the same string, quoted otherwise. */
function yamlScalar(s: string): string {
  return stringify(s, { lineWidth: 0 }).trimEnd();
}

export function renderCsv(report: ScoreReport): string {
  const objectives = report.event.objectives;
  const header = ['participant', 'level', 'repositories', 'completed', ...objectives, 'scored', 'first signed', 'last signed', 'runs', 'held back by'];
  const rows = report.participants.map((p) => {
    const last = p.repositories.map((r) => r.last).filter((r) => r !== null);
    const first = p.repositories.map((r) => r.first).filter((r) => r !== null);
    const held = p.objectives.filter((o) => o.status !== 'met').map((o) => `${o.id}: ${o.heldBackBy.map((h) => h.repository).join(' ')}`);
    return [
      p.name,
      String(p.level),
      p.repositories.map((r) => r.repository).join(' '),
      String(p.completed.length),
      ...objectives.map((id) => p.objectives.find((o) => o.id === id)?.status ?? ''),
      p.scored ? 'yes' : 'no',
      first.map((r) => r.signedAt).sort()[0] ?? '',
      last.map((r) => r.signedAt).sort().pop() ?? '',
      last.map((r) => r.runUrl ?? '').filter(Boolean).join(' '),
      held.join('; '),
    ];
  });
  return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** RFC 4180 quoting, and a leading quote for cells a spreadsheet would run as a formula. */
function csvCell(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const MD_STATUS: Record<ObjectiveStatus, string> = { met: '✅ met', partial: '🟡 partial', unmet: '❌ unmet', unknown: '❔ unknown' };

export function renderMarkdown(report: ScoreReport): string {
  const objectives = report.event.objectives;
  const out: string[] = [];
  out.push(`# ${md(report.event.name)}: results`, '');
  out.push(`Results signed between ${report.event.window.start} and ${report.event.window.end} on each project's default branch, verified offline (${report.totals.verified} verified, ${report.totals.rejected} rejected). ${report.totals.scored} of ${report.totals.participants} projects have a verified result for every repository.`, '');
  out.push(`| # | Project | Level | ${objectives.map((id) => OBJECTIVE_TITLES[id]).join(' | ')} | Completed |`);
  out.push(`|---:|---|---:|${objectives.map(() => '---').join('|')}|---:|`);
  leaderboard(report).forEach((p, i) => {
    const cells = objectives.map((id) => MD_STATUS[p.objectives.find((o) => o.id === id)?.status ?? 'unknown']);
    const name = p.repoUrl ? `[${md(p.name)}](${p.repoUrl})` : md(p.name);
    out.push(`| ${i + 1} | ${name} | ${p.level} | ${cells.join(' | ')} | ${p.completed.length} |`);
  });
  out.push('');
  const totals = objectives.map((id) => `${OBJECTIVE_TITLES[id]} ${report.totals.completed[id] ?? 0}`).join(', ');
  out.push(`Objectives met: ${totals}.`, '');
  return `${out.join('\n')}\n`;
}

/** Markdown text: every character that could start markup or a link is escaped. */
function md(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');
}
