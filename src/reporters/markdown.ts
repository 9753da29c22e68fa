// The job summary a maintainer reads: where each level stands, what fails and what to do,
// the rest folded away. Every string is escaped for where it lands (escape.ts): prose, code, a link,
// a table cell; paths link to the file at the evaluated commit when the forge is known. A list cut
// short says how many more there are and where they are.
import type { ControlResult, ResultDocument } from '../result/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { trimEnd } from '../facts/text.ts';
import { escapeMarkdown, inRepository, mdCode, mdLink, mdPath, mdRich, safeUrl, type FileLinks, type MdContext } from './escape.ts';
import { hubMarkdown, hubVerdict } from './hub-comparison.ts';
import { countBySeverity, countedList, severityCounts } from './counts.ts';

export interface MarkdownOptions {
  /** Where paths link to: the forge, repository and commit (the action knows them; the command line does not). */
  files?: FileLinks;
  /** How the result file is named to the reader, for "N more in …". */
  resultFile?: string;
}

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

/** Links to files at the evaluated commit, when the result names the repository and a full commit. */
export function fileLinks(result: ResultDocument, serverUrl: string, prefix = ''): FileLinks | undefined {
  const { repository, commit } = result.subject;
  if (!repository || !commit || !safeUrl(serverUrl)) return undefined;
  return { serverUrl, repository, commit, prefix };
}

export function toMarkdown(result: ResultDocument, options: MarkdownOptions = {}): string {
  const w = new Writer();
  const ctx: MdContext = options.files ? { files: options.files } : {};
  const cell: MdContext = { ...ctx, cell: true };
  const where = `in ${options.resultFile ? mdCode(options.resultFile) : 'the result file'}`;
  const subject = [
    result.subject.repository ? repositoryText(result.subject.repository, options.files) : 'local checkout',
    result.subject.commit ? `commit ${commitText(result.subject.commit, options.files)}` : null,
    `OSPS Baseline ${escapeMarkdown(result.catalog.version)}`,
    `${escapeMarkdown(result.tool.name)} ${escapeMarkdown(result.tool.version)}`,
  ].filter(Boolean);
  // The head is bounded by construction (a few lists of at most 20 short lines); what follows is
  // added while it fits, each part leaving room for the next.
  w.push(`## Security Slam: OSPS Baseline Level ${result.level}`, '', subject.join(' · '), '');
  w.push(...objectivesRow(result, ctx, where), '');
  w.push(...nextStepBlock(result, ctx), '');
  w.push(`Level ${result.level} ${LEVEL_SOURCE[result.levelSource]}.`, '');
  w.push(...levelTable(result, ctx), '');
  w.push(...insightsBlock(result, ctx, where), '');
  w.push(...hubMarkdown(result));
  if (!result.run.hasToken || result.run.offline)
    w.push(`> [!NOTE]\n> ${result.run.offline ? 'Offline run' : 'No GitHub token'}: requirements that need the GitHub API are reported unknown.`, '');

  const attention = result.controls.filter((c) => c.status === 'fail' || c.status === 'unknown');
  attention.sort((a, b) => rank(a) - rank(b) || a.level - b.level || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)); // ids are ASCII: OSPS-AC-01.01
  if (attention.length > 0) {
    w.push(`### Needs attention (${attention.length})`, '');
    const fails = attention.filter((c) => c.status === 'fail').length;
    let shown = 0;
    while (shown < attention.length && w.pushWithin(ATTENTION_BYTES, ...controlBlock(attention[shown], ctx, where))) shown++;
    if (shown < attention.length) w.push(`_${attention.length - shown} more not shown to keep this summary under GitHub's size limit (${attention.slice(shown).map((c) => c.id).join(', ')}); each is ${where} and in the SARIF report._`, '');
    if (fails === 0) w.push('Nothing fails; the unknowns above say what would decide them.', '');
  }

  const rest = result.controls.filter((c) => c.status !== 'fail' && c.status !== 'unknown');
  if (rest.length > 0) {
    w.push(`<details><summary>Passing, attested and not applicable (${rest.length})</summary>`, '');
    w.push('| Requirement | Level | Status | Evidence |', '| --- | --- | --- | --- |');
    let shown = 0;
    for (const c of rest) {
      const ev = c.evidence.slice(0, MAX_TABLE_EVIDENCE).map((e) => evidenceText(e, cell));
      if (c.evidence.length > MAX_TABLE_EVIDENCE) ev.push(`and ${c.evidence.length - MAX_TABLE_EVIDENCE} more ${where}`);
      if (!w.pushWithin(TABLE_BYTES, `| ${mdLink(c.id, c.helpUri)} ${escapeMarkdown(c.title, 120)} | ${c.level} | ${ICON[c.status]} ${c.status} | ${ev.join('<br>')} |`)) break;
      shown++;
    }
    if (shown < rest.length) w.push(`| … | | | ${rest.length - shown} more not shown to stay under the size limit; each is ${where} |`);
    w.push('', '</details>', '');
  }
  if (result.findings.length > 0) {
    w.push(`<details><summary>Hardening findings (${countedList(result.findings.length, countBySeverity(result.findings.map((f) => f.severity)))})</summary>`, '');
    let shown = 0;
    for (const f of result.findings.slice(0, MAX_FINDINGS_SHOWN)) {
      if (!w.pushWithin(FINDINGS_BYTES, `- ${SEVERITY_ICON[f.severity] ?? ''} ${place(f.path, f.line, ctx)}: ${mdRich(f.message, ctx, 300)}`)) break;
      shown++;
    }
    if (result.findings.length > shown) w.push(`- and ${result.findings.length - shown} more ${where} (warnings also in the SARIF report)`);
    w.push('', '</details>', '');
  }
  if (result.notes.length > 0) {
    w.push(`<details><summary>Notes while reading the repository (${result.notes.length})</summary>`, '');
    let shown = 0;
    for (const n of result.notes.slice(0, MAX_NOTES_SHOWN)) {
      if (!w.pushWithin(BUDGET_BYTES, `- ${place(n.path, undefined, ctx)}: ${mdRich(n.detail, ctx, 200)}`)) break;
      shown++;
    }
    if (result.notes.length > shown) w.push(`- and ${result.notes.length - shown} more ${where}`);
    w.push('', '</details>', '');
  }
  return w.lines.join('\n');
}

const MAX_TABLE_EVIDENCE = 3;
const MAX_FINDINGS_SHOWN = 100;
const MAX_NOTES_SHOWN = 50;
const MAX_MISSING_SHOWN = 8;
const SEVERITY_ICON: Record<string, string> = { error: '❌', warning: '⚠️', note: 'ℹ️', info: 'ℹ️' };

/** A place named by evidence: a path of the repository (linked when possible), a URL (linked when https), anything else as code. */
function place(path: string, line: number | undefined, ctx: MdContext): string {
  if (inRepository(path)) return mdPath(path, line, ctx);
  if (safeUrl(path)) return mdRich(path, ctx, 300);
  return mdCode(`${path}${line ? `:${line}` : ''}`, ctx, 200);
}

function repositoryText(repository: string, files: FileLinks | undefined): string {
  return files && files.repository === repository ? mdLink(escapeMarkdown(repository), `${trimEnd(files.serverUrl, '/')}/${repository}`) : escapeMarkdown(repository);
}

function commitText(commit: string, files: FileLinks | undefined): string {
  const short = mdCode(commit.slice(0, 12));
  return files && files.commit === commit ? mdLink(short, `${trimEnd(files.serverUrl, '/')}/${files.repository}/commit/${commit}`) : short;
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

function levelTable(result: ResultDocument, ctx: MdContext): string[] {
  const rows = ['| Level | Pass | Fail | Unknown | Attested | Not applicable |', '| --- | --- | --- | --- | --- | --- |'];
  for (const s of result.summary) {
    const state = s.fail > 0 ? '❌' : s.unknown > 0 ? '❔' : '✅';
    rows.push(`| ${state} Level ${s.level}: ${s.pass} of ${s.total} pass, ${s.fail} fail, ${s.unknown} unknown | ${s.pass} | ${s.fail} | ${s.unknown} | ${s.attested} | ${s['not-applicable']} |`);
  }
  const byPermission = unknownsByPermission(result);
  if (byPermission.length > 0) {
    rows.push('', '**What would turn unknowns into answers:**', '');
    for (const [what, ids] of byPermission) rows.push(`- ${mdRich(what, ctx, 200)}: ${ids.join(', ')}`);
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
    else if (/fetch-depth: 0/.test(text)) key = 'a full checkout (`actions/checkout` with `fetch-depth: 0`)';
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
function objectivesRow(result: ResultDocument, ctx: MdContext, where: string): string[] {
  if (result.objectives.length === 0) return [];
  const head = `| ${result.objectives.map((o) => o.title.split(':')[0]).join(' | ')} |`;
  const sep = `| ${result.objectives.map(() => '---').join(' | ')} |`;
  const hub = hubVerdict(result);
  // Defender's cell also shows the hub's verdict, which the event judges Defender by since Fall 2026.
  const cell = (o: ResultDocument['objectives'][number]) => `${OBJECTIVE_ICON[o.status] ?? ''} ${o.status}${o.id === 'defender' && hub ? `<br>hub: ${OBJECTIVE_ICON[hub]} ${hub}` : ''}`;
  const row = `| ${result.objectives.map(cell).join(' | ')} |`;
  const lines = [head, sep, row];
  const detail = result.objectives.filter((o) => o.status !== 'met' && o.missing.length > 0);
  if (detail.length > 0) {
    lines.push('', '<details><summary>What each objective is missing</summary>', '');
    for (const o of detail) {
      lines.push(`- **${escapeMarkdown(o.title.split(':')[0], 60)}** (${o.status}):`);
      for (const m of o.missing.slice(0, MAX_MISSING_SHOWN)) lines.push(`  - ${mdRich(m, ctx, 400)}`);
      if (o.missing.length > MAX_MISSING_SHOWN) lines.push(`  - and ${o.missing.length - MAX_MISSING_SHOWN} more ${where}`);
    }
    lines.push('', '</details>');
  }
  lines.push('', '_Organizers award badges; this report shows the evidence._');
  return lines;
}

/** Exactly one next step: the first objective in the event's order that is not met. */
function nextStepBlock(result: ResultDocument, ctx: MdContext): string[] {
  const n = result.nextStep;
  if (!n) return result.objectives.length > 0 ? ['**Next step:** none: every objective is met.'] : [];
  const lines = [`### Next step: ${escapeMarkdown(n.title.split(':')[0], 80)}`, ''];
  n.actions.forEach((a, i) => {
    const link = a.requirement && a.helpUri ? ` (${mdLink(escapeMarkdown(a.requirement), a.helpUri)})` : '';
    lines.push(`${i + 1}. ${mdRich(a.text, ctx, 500)}${link}`);
  });
  return lines;
}

function insightsBlock(result: ResultDocument, ctx: MdContext, where: string): string[] {
  const si = result.securityInsights;
  if (!si) return ['**Security Insights:** ❌ no `security-insights.yml` found (at the root or in `.github/`). `slam insights init` drafts one.'];
  const counts = countBySeverity(si.diagnostics.map((d) => d.severity));
  const state = si.legacy ? '❌ legacy schema 1.0.0, does not meet the current 2.x schema' : si.valid ? '✅ valid' : '❌ not valid';
  const version = si.schemaVersion ? `schema ${escapeMarkdown(si.schemaVersion, 40)}` : 'no schema version';
  const lines = [`**Security Insights:** ${place(si.path, undefined, ctx)} (${version}): ${state}; ${severityCounts(counts, true)}`];
  // Errors first, then warnings, then notes.
  const order = { error: 0, warning: 1, info: 2 } as const;
  const shown = [...si.diagnostics].sort((a, b) => order[a.severity] - order[b.severity]).slice(0, MAX_DIAGNOSTICS_SHOWN);
  if (shown.length > 0) {
    lines.push('');
    for (const d of shown) lines.push(`- ${SEVERITY_ICON[d.severity]} ${place(d.path, d.line > 0 ? d.line : undefined, ctx)}: ${mdRich(d.message, ctx, 400)}`);
    if (si.diagnostics.length > shown.length) lines.push(`- and ${si.diagnostics.length - shown.length} more ${where} (and in the SARIF report)`);
  }
  return lines;
}

function controlBlock(c: ControlResult, ctx: MdContext, where: string): string[] {
  const lines = [`#### ${ICON[c.status]} ${mdLink(c.id, c.helpUri)}: ${escapeMarkdown(c.title, 200)}`, ''];
  for (const e of c.evidence.slice(0, MAX_EVIDENCE_LINES)) lines.push(`- ${evidenceText(e, ctx)}`);
  if (c.evidence.length > MAX_EVIDENCE_LINES) lines.push(`- and ${c.evidence.length - MAX_EVIDENCE_LINES} more ${where}`);
  if (c.remediation) lines.push(`- **What to do:** ${mdRich(c.remediation, ctx, 600)}`);
  lines.push('');
  return lines;
}

function evidenceText(e: Evidence, ctx: MdContext): string {
  const at = e.path ? `${place(e.path, e.line, ctx)}: ` : '';
  // The source's URL is shown as itself (it may come from the repository's own files).
  const source = e.url && safeUrl(e.url) && !e.detail.includes(e.url) ? ` (${mdRich(e.url, ctx, 300)})` : '';
  return `${at}${mdRich(e.detail, ctx, 300)}${source}`;
}

function rank(c: ControlResult): number {
  return c.status === 'fail' ? 0 : 1;
}

function byteLength(lines: string[]): number {
  let n = 0;
  for (const l of lines) n += Buffer.byteLength(l) + 1;
  return n;
}

