// The grc.store hub beside our evaluation, for the job summary and the terminal: Defender's
// "published on the hub" verdict, what it misses, and the requirements where we and the hub
// disagree with the likely reason. Everything from the hub is untrusted text, escaped here like
// repository text; the only link shown is the target's page, https on the hub's own host.
import { isOnHub } from '../facts/grc-hub/links.ts';
import type { ObjectiveStatus } from '../objectives/types.ts';
import type { DisagreementReason, HubComparison, ResultDocument } from '../result/types.ts';
import { escapeMarkdown, stripControl } from './escape.ts';

const HUB_CHECK_ID = 'published-on-hub';

/** Defender's "published on the hub" verdict, from the comparison or, without one, the sub-check. */
export function hubVerdict(result: ResultDocument): ObjectiveStatus | null {
  if (result.hubComparison) return result.hubComparison.verdict;
  const check = result.objectives.find((o) => o.id === 'defender')?.checks.find((c) => c.id === HUB_CHECK_ID);
  if (!check) return null;
  return check.status === 'pass' ? 'met' : check.status === 'fail' ? 'unmet' : 'unknown';
}

export const REASON_TEXT: Record<DisagreementReason, string> = {
  'hub-token-cannot-read': "the hub's job token cannot read branch rules or settings",
  'evidence-only-we-read': 'evidence only this evaluation reads (documents, Security Insights links)',
  'we-fail-hub-passes': 'we fail it, the hub passes it',
  'hub-did-not-run': "the hub's scan did not run it",
  unexplained: 'the checks differ',
};

const ICON: Record<string, string> = { met: '✅', partial: '🟡', unmet: '❌', unknown: '❔' };
const STATUS_ICON: Record<string, string> = { pass: '✅', fail: '❌', attested: '📝', unknown: '❔', 'not-applicable': '➖' };
const HUB_ICON: Record<string, string> = { Passed: '✅', 'Not Applicable': '➖', Failed: '❌', 'Needs Review': '📝', Unknown: '❔', 'Not Run': '⏸️' };

const MAX_MISSING = 8;
const MAX_DISAGREEMENTS = 64;

/** The target's page when it is https on the hub's own host; null otherwise. */
function page(c: HubComparison): string | null {
  return c.page && isOnHub(c.page, c.hub) ? c.page : null;
}

function runLine(c: HubComparison): string {
  if (c.result === null) return '';
  const when = c.runAt ? `run ${c.runAt.slice(0, 10)}${c.ageDays !== null ? `, ${c.ageDays} day(s) ago` : ''}${c.stale ? ', stale' : ''}` : 'no run time';
  const level = c.evaluatedLevel === null ? 'level not known' : `Level ${c.evaluatedLevel} scan`;
  return `${c.result} (${when}; ${level})`;
}

/** The job summary's section; empty when the result has no hub sub-check (older documents). */
export function hubMarkdown(result: ResultDocument): string[] {
  const verdict = hubVerdict(result);
  if (verdict === null) return [];
  const defender = result.objectives.find((o) => o.id === 'defender');
  const check = defender?.checks.find((c) => c.id === HUB_CHECK_ID);
  const c = result.hubComparison;
  const lines = [`### Defender on the grc.store hub: ${ICON[verdict]} ${verdict}`, ''];
  if (!c) {
    if (check?.missing) lines.push(escapeMarkdown(check.missing, 600), '');
  } else {
    const name = `${escapeMarkdown(c.target, 200)} on ${escapeMarkdown(c.hub, 60)}`;
    const link = page(c);
    const head = link ? `[${name}](${link})` : name;
    const run = runLine(c);
    lines.push(`${head}${run ? `: ${escapeMarkdown(run, 200)}` : ''}. Published by job ${escapeMarkdown(c.source.job, 100)} in ${escapeMarkdown(c.source.path, 200)}:${c.source.line}.`, '');
    const todo = verdict === 'unknown' && c.reason ? [c.reason] : c.missing;
    for (const m of todo.slice(0, MAX_MISSING)) lines.push(`- ${escapeMarkdown(m, 600)}`);
    if (todo.length > MAX_MISSING) lines.push(`- and ${todo.length - MAX_MISSING} more in the result file`);
    if (todo.length > 0) lines.push('');
  }
  lines.push(`_Defender's status above is this evaluation's, the one the signed result carries; since Fall 2026 the event judges Defender by the hub's published result, shown here._`, '');
  if (!c || c.requirements.length === 0) return lines;
  // Requirement ids of our own result are catalog ids; anything else is escaped like any text.
  const help = new Map(result.controls.map((x) => [x.id, x.helpUri]));
  const idText = (id: string) => (help.has(id) ? id : escapeMarkdown(id, 20));
  if (c.disagreements.length === 0) {
    lines.push(`No disagreement between this evaluation and the hub on the ${c.requirements.length} requirements at Level ${result.level}.`, '');
  } else {
    lines.push(`**Where we and the hub disagree** (${c.disagreements.length} of the ${c.requirements.length} requirements at Level ${result.level}):`, '');
    lines.push('| Requirement | This evaluation | Hub | Likely reason |', '| --- | --- | --- | --- |');
    for (const d of c.disagreements.slice(0, MAX_DISAGREEMENTS)) {
      const id = help.has(d.id) ? `[${d.id}](${help.get(d.id)})` : idText(d.id);
      const hub = d.hub === null ? 'absent' : `${HUB_ICON[d.hub] ?? ''} ${escapeMarkdown(d.hub, 20)}`;
      const said = d.hubMessage ? `<br>hub: “${escapeMarkdown(d.hubMessage, 200)}”` : '';
      lines.push(`| ${id} | ${STATUS_ICON[d.ours] ?? ''} ${escapeMarkdown(d.ours, 20)} | ${hub} | **${REASON_TEXT[d.reason] ?? 'the checks differ'}**: ${escapeMarkdown(d.detail, 300)}${said} |`);
    }
    lines.push('');
  }
  const unobserved = unobservedHere(c);
  if (unobserved.length > 0) lines.push(`${unobserved.length} requirement(s) we could not observe here have a result on the hub: ${unobserved.map((r) => `${idText(r.id)} (${escapeMarkdown(r.hub ?? '', 20)})`).join(', ')}.`, '');
  lines.push(`<details><summary>Side by side: the ${c.requirements.length} requirements at Level ${result.level}</summary>`, '');
  lines.push('| Requirement | This evaluation | Hub |', '| --- | --- | --- |');
  for (const r of c.requirements) lines.push(`| ${idText(r.id)} | ${STATUS_ICON[r.ours] ?? ''} ${escapeMarkdown(r.ours, 20)} | ${r.hub === null ? 'absent' : `${HUB_ICON[r.hub] ?? ''} ${escapeMarkdown(r.hub, 20)}`} |`);
  lines.push('', '</details>', '');
  return lines;
}

/** The terminal report's lines; empty when the result has no hub sub-check. */
export function hubText(result: ResultDocument, paint: (code: 'red' | 'green' | 'yellow' | 'dim' | 'bold', s: string) => string): string[] {
  const verdict = hubVerdict(result);
  if (verdict === null) return [];
  const colour = verdict === 'met' ? 'green' : verdict === 'unknown' ? 'dim' : verdict === 'partial' ? 'yellow' : 'red';
  const c = result.hubComparison;
  const check = result.objectives.find((o) => o.id === 'defender')?.checks.find((x) => x.id === HUB_CHECK_ID);
  if (!c) return [`  grc.store hub (Defender since Fall 2026): ${paint(colour, verdict)}${check?.missing ? `: ${clean(check.missing)}` : ''}`];
  const link = page(c);
  const run = runLine(c);
  const lines = [`  grc.store hub (Defender since Fall 2026): ${paint(colour, verdict)} · ${clean(c.target)} on ${clean(c.hub)}${run ? `: ${clean(run)}` : ''}${link ? ` · ${link}` : ''}`];
  const todo = verdict === 'unknown' && c.reason ? [c.reason] : c.missing;
  for (const m of todo.slice(0, MAX_MISSING)) lines.push(`     - ${clean(m)}`);
  if (c.requirements.length > 0) {
    lines.push(`     ${c.disagreements.length} disagreement(s) with the hub on the ${c.requirements.length} requirements at Level ${result.level}${c.disagreements.length > 0 ? ':' : ''}`);
    for (const d of c.disagreements.slice(0, MAX_DISAGREEMENTS)) {
      lines.push(`     ${d.id}: ours ${d.ours.toUpperCase()}, hub ${clean(d.hub ?? 'absent')}: ${REASON_TEXT[d.reason] ?? 'the checks differ'}: ${clean(d.detail)}`);
      if (d.hubMessage) lines.push(paint('dim', `       hub: "${clean(d.hubMessage)}"`));
    }
    const unobserved = unobservedHere(c);
    if (unobserved.length > 0) lines.push(`     ${unobserved.length} we could not observe here have a result on the hub: ${unobserved.map((r) => `${clean(r.id)} (${clean(r.hub ?? '')})`).join(', ')}`);
  }
  return lines;
}

/** Requirements we could not observe (no token, offline) that the hub's scan ran. */
function unobservedHere(c: HubComparison) {
  return c.requirements.filter((r) => r.ours === 'unknown' && r.hub !== null && r.hub !== 'Not Run');
}

function clean(s: string): string {
  return stripControl(s).replace(/\s+/g, ' ').trim();
}
