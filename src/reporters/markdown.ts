// The job summary a maintainer reads: where each level stands, what fails and what to do,
// the rest folded away. Every string that came from the repository is escaped.
import type { ControlResult, ResultDocument } from '../result/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { escapeMarkdown } from './escape.ts';

// GitHub refuses job summaries over 1 MiB. Each part after the head stops at its share of the
// budget, which leaves room for the parts after it and for the closing lines (a few hundred bytes).
const BUDGET_BYTES = 900 * 1024;
const ATTENTION_BYTES = BUDGET_BYTES * 0.6;
const TABLE_BYTES = BUDGET_BYTES * 0.75;
const FINDINGS_BYTES = BUDGET_BYTES * 0.9;
const MAX_EVIDENCE_LINES = 8;

const ICON: Record<ControlResult['status'], string> = {
  pass: '✅',
  fail: '❌',
  attested: '📝',
  unknown: '❔',
  'not-applicable': '➖',
};

export function toMarkdown(result: ResultDocument): string {
  const w = new Writer();
  const subject = [
    result.subject.repository ? escapeMarkdown(result.subject.repository) : 'local checkout',
    result.subject.commit ? `commit ${result.subject.commit.slice(0, 12)}` : null,
    `OSPS Baseline ${escapeMarkdown(result.catalog.version)}`,
    `${escapeMarkdown(result.tool.name)} ${escapeMarkdown(result.tool.version)}`,
  ].filter(Boolean);
  // The head is bounded by construction (a few lists of at most 20 short lines); what follows is
  // added while it fits, each part leaving room for the next.
  w.push(`## Security Slam: OSPS Baseline Level ${result.level}`, '', subject.join(' · '), '');
  w.push(...objectivesRow(result), '');
  w.push(...nextStepBlock(result), '');
  w.push(`Level ${result.level} ${LEVEL_SOURCE[result.levelSource]}.`, '');
  w.push(...levelTable(result), '');
  w.push(...insightsBlock(result), '');
  if (!result.run.hasToken || result.run.offline)
    w.push(`> [!NOTE]\n> ${result.run.offline ? 'Offline run' : 'No GitHub token'}: requirements that need the GitHub API are reported unknown.`, '');

  const attention = result.controls.filter((c) => c.status === 'fail' || c.status === 'unknown');
  attention.sort((a, b) => rank(a) - rank(b) || a.level - b.level || a.id.localeCompare(b.id));
  if (attention.length > 0) {
    w.push(`### Needs attention (${attention.length})`, '');
    const fails = attention.filter((c) => c.status === 'fail').length;
    let shown = 0;
    while (shown < attention.length && w.pushWithin(ATTENTION_BYTES, ...controlBlock(attention[shown]))) shown++;
    if (shown < attention.length) w.push(`_${attention.length - shown} more not shown to keep this summary under GitHub's size limit; see the result file._`, '');
    if (fails === 0) w.push('Nothing fails; the unknowns above say what would decide them.', '');
  }

  const rest = result.controls.filter((c) => c.status !== 'fail' && c.status !== 'unknown');
  if (rest.length > 0) {
    w.push(`<details><summary>Passing, attested and not applicable (${rest.length})</summary>`, '');
    w.push('| Requirement | Level | Status | Evidence |', '| --- | --- | --- | --- |');
    for (const c of rest) {
      const ev = c.evidence.slice(0, 3).map(evidenceText).join('<br>');
      if (!w.pushWithin(TABLE_BYTES, `| [${c.id}](${c.helpUri}) ${escapeMarkdown(c.title, 120)} | ${c.level} | ${ICON[c.status]} ${c.status} | ${ev} |`)) {
        w.push('| … | | | truncated to stay under the size limit |');
        break;
      }
    }
    w.push('', '</details>', '');
  }
  if (result.findings.length > 0) {
    w.push(`<details><summary>Hardening findings (${result.findings.length})</summary>`, '');
    let shown = 0;
    for (const f of result.findings.slice(0, 100)) {
      if (!w.pushWithin(FINDINGS_BYTES, `- ${escapeMarkdown(f.path, 200)}:${f.line}: ${escapeMarkdown(f.message, 300)}`)) break;
      shown++;
    }
    if (result.findings.length > shown) w.push(`- and ${result.findings.length - shown} more in the SARIF report`);
    w.push('', '</details>', '');
  }
  if (result.notes.length > 0) {
    w.push(`<details><summary>Notes while reading the repository (${result.notes.length})</summary>`, '');
    let shown = 0;
    for (const n of result.notes.slice(0, 50)) {
      if (!w.pushWithin(BUDGET_BYTES, `- ${escapeMarkdown(n.path, 200)}: ${escapeMarkdown(n.detail, 200)}`)) break;
      shown++;
    }
    if (result.notes.length > shown) w.push(`- and ${result.notes.length - shown} more in the result file`);
    w.push('', '</details>', '');
  }
  return w.lines.join('\n');
}

/** Lines with a running byte count, so that each part of the summary can stop at its share. */
class Writer {
  readonly lines: string[] = [];
  private bytes = 0;

  push(...lines: string[]): void {
    for (const l of lines) this.lines.push(l);
    this.bytes += byteLength(lines);
  }

  /** Adds the lines when the summary stays within `limit` bytes with them; false (nothing added) when not. */
  pushWithin(limit: number, ...lines: string[]): boolean {
    const size = byteLength(lines);
    if (this.bytes + size > limit) return false;
    this.lines.push(...lines);
    this.bytes += size;
    return true;
  }
}

function levelTable(result: ResultDocument): string[] {
  const rows = ['| Level | Pass | Fail | Unknown | Attested | Not applicable |', '| --- | --- | --- | --- | --- | --- |'];
  for (const s of result.summary) {
    const state = s.fail > 0 ? '❌' : s.unknown > 0 ? '❔' : '✅';
    rows.push(`| ${state} Level ${s.level}: ${s.pass} of ${s.total} pass, ${s.fail} fail, ${s.unknown} unknown | ${s.pass} | ${s.fail} | ${s.unknown} | ${s.attested} | ${s['not-applicable']} |`);
  }
  const byPermission = unknownsByPermission(result);
  if (byPermission.length > 0) {
    rows.push('', '**What would turn unknowns into answers:**', '');
    for (const [what, ids] of byPermission) rows.push(`- ${escapeMarkdown(what, 200)}: ${ids.join(', ')}`);
  }
  return rows;
}

/** Groups unknown requirements by what would decide them (a token permission, a token, a deeper checkout). */
function unknownsByPermission(result: ResultDocument): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const c of result.controls) {
    if (c.status !== 'unknown') continue;
    const text = c.evidence.map((e) => e.detail).join(' ');
    let key: string | null = null;
    const perm = /a token with (.+?) would decide it/.exec(text);
    if (perm) key = `a token with ${perm[1]}`;
    else if (/\b(no token|offline run)\b/.test(text)) key = result.run.offline ? 'an online run with a token' : 'a GitHub token (the workflow token is enough for public repositories)';
    else if (/fetch-depth: 0/.test(text)) key = 'a full checkout (actions/checkout with fetch-depth: 0)';
    if (!key) continue;
    const list = groups.get(key) ?? [];
    list.push(c.id);
    groups.set(key, list);
  }
  return [...groups.entries()];
}

const MAX_DIAGNOSTICS_SHOWN = 20;

const LEVEL_SOURCE: Record<ResultDocument['levelSource'], string> = {
  input: 'was chosen by the `level` input',
  config: 'comes from the project\'s `security-slam.yml`',
  default: 'is the default: set `level` or add `.github/security-slam.yml` to choose another',
};

const OBJECTIVE_ICON: Record<string, string> = { met: '✅', partial: '🟡', unmet: '❌', unknown: '❔' };

/** The six objectives in one row: where the project stands at a glance. */
function objectivesRow(result: ResultDocument): string[] {
  if (result.objectives.length === 0) return [];
  const head = `| ${result.objectives.map((o) => o.title.split(':')[0]).join(' | ')} |`;
  const sep = `| ${result.objectives.map(() => '---').join(' | ')} |`;
  const row = `| ${result.objectives.map((o) => `${OBJECTIVE_ICON[o.status] ?? ''} ${o.status}`).join(' | ')} |`;
  const lines = [head, sep, row];
  const detail = result.objectives.filter((o) => o.status !== 'met' && o.missing.length > 0);
  if (detail.length > 0) {
    lines.push('', '<details><summary>What each objective is missing</summary>', '');
    for (const o of detail) {
      lines.push(`- **${escapeMarkdown(o.title.split(':')[0], 60)}** (${o.status}):`);
      for (const m of o.missing.slice(0, 8)) lines.push(`  - ${escapeMarkdown(m, 400)}`);
      if (o.missing.length > 8) lines.push(`  - and ${o.missing.length - 8} more in the result file`);
    }
    lines.push('', '</details>');
  }
  lines.push('', '_Organizers award badges; this report shows the evidence._');
  return lines;
}

/** Exactly one next step: the first objective in the event's order that is not met. */
function nextStepBlock(result: ResultDocument): string[] {
  const n = result.nextStep;
  if (!n) return result.objectives.length > 0 ? ['**Next step:** none: every objective is met.'] : [];
  const lines = [`### Next step: ${escapeMarkdown(n.title.split(':')[0], 80)}`, ''];
  n.actions.forEach((a, i) => {
    const link = a.requirement && a.helpUri ? ` ([${a.requirement}](${a.helpUri}))` : '';
    lines.push(`${i + 1}. ${escapeMarkdown(a.text, 500)}${link}`);
  });
  return lines;
}

function insightsBlock(result: ResultDocument): string[] {
  const si = result.securityInsights;
  if (!si) return ['**Security Insights:** ❌ no `security-insights.yml` found (at the root or in `.github/`). `slam insights init` drafts one.'];
  const errors = si.diagnostics.filter((d) => d.severity === 'error');
  const warnings = si.diagnostics.filter((d) => d.severity !== 'error');
  const state = si.legacy ? '❌ legacy schema 1.0.0, does not meet the current 2.x schema' : si.valid ? '✅ valid' : '❌ not valid';
  const version = si.schemaVersion ? `schema ${escapeMarkdown(si.schemaVersion, 40)}` : 'no schema version';
  const lines = [`**Security Insights:** ${escapeMarkdown(si.path, 200)} (${version}): ${state}; ${errors.length} error(s), ${warnings.length} warning(s)`];
  const shown = [...errors, ...warnings].slice(0, MAX_DIAGNOSTICS_SHOWN);
  if (shown.length > 0) {
    lines.push('');
    for (const d of shown) {
      const where = d.line > 0 ? `${escapeMarkdown(d.path, 200)}:${d.line}:${d.column}` : escapeMarkdown(d.path, 200);
      lines.push(`- ${d.severity === 'error' ? '❌' : '⚠️'} ${where}: ${escapeMarkdown(d.message, 400)}`);
    }
    if (si.diagnostics.length > shown.length) lines.push(`- and ${si.diagnostics.length - shown.length} more in the result file`);
  }
  return lines;
}

function controlBlock(c: ControlResult): string[] {
  const lines = [`#### ${ICON[c.status]} [${c.id}](${c.helpUri}): ${escapeMarkdown(c.title, 200)}`, ''];
  for (const e of c.evidence.slice(0, MAX_EVIDENCE_LINES)) lines.push(`- ${evidenceText(e)}`);
  if (c.evidence.length > MAX_EVIDENCE_LINES) lines.push(`- and ${c.evidence.length - MAX_EVIDENCE_LINES} more in the result file`);
  if (c.remediation) lines.push(`- **What to do:** ${escapeMarkdown(c.remediation, 600)}`);
  lines.push('');
  return lines;
}

function evidenceText(e: Evidence): string {
  const where = e.path ? `${escapeMarkdown(e.path, 200)}${e.line ? `:${e.line}` : ''}: ` : '';
  return `${where}${escapeMarkdown(e.detail, 300)}`;
}

function rank(c: ControlResult): number {
  return c.status === 'fail' ? 0 : 1;
}

function byteLength(lines: string[]): number {
  let n = 0;
  for (const l of lines) n += Buffer.byteLength(l) + 1;
  return n;
}

