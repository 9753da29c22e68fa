// index.html: one self-contained page (no script, no external style, font or image), readable
// offline and printable: the leaderboard, a participants × objectives grid, before and after per
// participant, and each result's verification line. Every string that came from a result, a
// certificate or the event file is escaped; a Content-Security-Policy that allows only this page's
// own style (by hash) stops anything that slipped through from running or loading.
import { createHash } from 'node:crypto';
import type { ObjectiveStatus } from '../objectives/types.ts';
import { leaderboard, OBJECTIVE_TITLES } from './report-common.ts';
import type { ParticipantScore, ScoreReport } from './score.ts';
import type { EventVerification } from './verify-event.ts';

/** Cell colours; the tests check them in a screenshot. */
export const STATUS_COLOURS: Record<ObjectiveStatus, string> = { met: '#1a7f37', partial: '#9a6700', unmet: '#cf222e', unknown: '#6e7781' };

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f2328; background: #ffffff; margin: 0 auto; max-width: 1200px; padding: 24px; }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 21px; margin: 32px 0 8px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
h3 { font-size: 17px; margin: 20px 0 6px; }
p.meta { color: #59636e; margin: 2px 0; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { border: 1px solid #d0d7de; padding: 5px 8px; text-align: left; vertical-align: top; }
thead th { background: #f6f8fa; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.grid td.status { text-align: center; font-weight: 600; color: #ffffff; min-width: 96px; }
${Object.entries(STATUS_COLOURS)
  .map(([s, c]) => `.s-${s} { background: ${c}; }`)
  .join('\n')}
.badge { display: inline-block; border-radius: 10px; padding: 0 8px; margin: 1px 2px; background: ${STATUS_COLOURS.met}; color: #ffffff; font-size: 13px; }
.verdict-verified { color: ${STATUS_COLOURS.met}; font-weight: 600; }
.verdict-rejected { color: ${STATUS_COLOURS.unmet}; font-weight: 600; }
.small { font-size: 13px; color: #59636e; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; word-break: break-all; }
ul.changes { margin: 4px 0 4px 20px; padding: 0; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  .grid td.status, .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  article.participant { break-inside: avoid; }
  section#verification { break-before: page; }
  a { color: inherit; text-decoration: none; }
}
`;

export function renderHtml(report: ScoreReport, verification: EventVerification): string {
  const styleHash = createHash('sha256').update(STYLE).digest('base64');
  const csp = `default-src 'none'; style-src 'sha256-${styleHash}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
  const ev = report.event;
  const parts: string[] = [];
  parts.push(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(ev.name)}: Security Slam results</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(ev.name)}</h1>
<p class="meta">Results signed from ${esc(ev.window.start)} to ${esc(ev.window.end)} on each project's default branch, verified offline.</p>
<p class="meta" id="totals">${report.totals.participants} participants, ${report.totals.scored} with a verified result for every repository; ${report.totals.verified} results verified, ${report.totals.rejected} rejected.</p>
<p class="meta small">Trusted signer: <code>${esc(ev.trust.signerWorkflow)}</code>; trusted root: ${esc(ev.trust.trustedRoot)}${ev.trust.toolVersions ? `; tool versions ${esc(ev.trust.toolVersions)}` : ''}; Defender from ${esc(ev.defender)}. Generated ${esc(report.generatedAt)} by ${esc(report.tool.name)} ${esc(report.tool.version)}.</p>
</header>`);

  parts.push(`<section id="leaderboard">
<h2>Leaderboard</h2>
<table class="board">
<thead><tr><th>#</th><th>Project</th><th>Level</th><th>Objectives met</th><th>Badges</th></tr></thead>
<tbody>`);
  const ids = new Map(report.participants.map((p, i) => [p, `p-${i + 1}`]));
  leaderboard(report).forEach((p, i) => {
    parts.push(`<tr data-participant="${esc(p.name)}"><td class="num">${i + 1}</td><td><a href="#${ids.get(p)}">${esc(p.name)}</a></td><td class="num">${p.level}</td><td class="num completed">${p.completed.length} / ${ev.objectives.length}</td><td>${p.completed.map((id) => `<span class="badge">${esc(OBJECTIVE_TITLES[id])}</span>`).join(' ')}</td></tr>`);
  });
  parts.push('</tbody>\n</table>\n</section>');

  parts.push(`<section id="grid">
<h2>Objectives by participant</h2>
<table class="grid">
<thead><tr><th>Project</th>${ev.objectives.map((id) => `<th>${esc(OBJECTIVE_TITLES[id])}</th>`).join('')}</tr></thead>
<tbody>`);
  for (const p of report.participants) {
    const cells = ev.objectives.map((id) => {
      const o = p.objectives.find((x) => x.id === id);
      const status = o?.status ?? 'unknown';
      const title = o && o.heldBackBy.length > 0 ? `held back by ${o.heldBackBy.map((h) => `${h.repository} (${h.why || h.status})`).join('; ')}` : 'met by every repository';
      return `<td class="status s-${status}" data-objective="${id}" data-status="${status}" title="${esc(title)}">${status}</td>`;
    });
    parts.push(`<tr data-participant="${esc(p.name)}"><th><a href="#${ids.get(p)}">${esc(p.name)}</a></th>${cells.join('')}</tr>`);
  }
  parts.push('</tbody>\n</table>\n</section>');

  parts.push('<section id="before-after">\n<h2>Before and after</h2>');
  for (const p of report.participants) parts.push(participantHtml(p, ids.get(p) ?? ""));
  parts.push('</section>');

  parts.push(`<section id="verification">
<h2>Verification</h2>
<p class="small">Every result found in the collected folder, checked offline: signature, certificate chain and transparency log against the trusted root, the signer workflow, the repository and default branch collect recorded, the signing time inside the window, the tool version.</p>
<table class="verify">
<thead><tr><th>Result</th><th>Verdict</th><th>Signed</th><th>What was checked</th></tr></thead>
<tbody>`);
  for (const o of verification.outcomes) {
    const run = safeUrl(o.runUrl);
    parts.push(
      `<tr class="verify-row" data-verdict="${o.verdict}"><td><code>${esc(o.path)}</code></td><td class="verdict-${o.verdict}">${o.verdict}${o.reason ? ` <code>${esc(o.reason)}</code>` : ''}</td><td>${esc(o.signedAt ?? '')}</td><td>${esc(o.detail)}${o.repository ? `<br><span class="small">${esc(o.repository)} ${esc(o.ref ?? '')} ${esc((o.commit ?? '').slice(0, 12))}${run ? ` · <a href="${esc(run)}">run</a>` : ''}</span>` : ''}</td></tr>`,
    );
  }
  if (verification.outcomes.length === 0) parts.push('<tr><td colspan="4">No result was found in the collected folder.</td></tr>');
  parts.push('</tbody>\n</table>\n</section>\n</body>\n</html>\n');
  return parts.join('\n');
}

function participantHtml(p: ParticipantScore, id: string): string {
  const out: string[] = [];
  out.push(`<article class="participant" id="${id}" data-participant="${esc(p.name)}">`);
  out.push(`<h3>${esc(p.name)} <span class="small">Level ${p.level}${p.advisor ? ` · advisor ${esc(p.advisor)}` : ''}</span></h3>`);
  out.push('<table class="before-after"><thead><tr><th>Objective</th><th>First result</th><th>Last result</th><th>Held back by</th></tr></thead><tbody>');
  for (const o of p.objectives) {
    const held = o.heldBackBy.map((h) => `${esc(h.repository)}: ${esc(h.why || h.status)}`).join('<br>');
    out.push(`<tr data-objective="${o.id}"><td>${esc(OBJECTIVE_TITLES[o.id])}</td><td>${o.first ?? '—'}</td><td>${o.status}</td><td class="small">${held}${o.note ? `${held ? '<br>' : ''}${esc(o.note)}` : ''}</td></tr>`);
  }
  out.push('</tbody></table>');
  const c = p.changes;
  const list = (label: string, items: string[]) => (items.length ? `<p class="small">${label}:</p><ul class="changes">${items.map((x) => `<li>${x}</li>`).join('')}</ul>` : '');
  const changes = [
    list('Objectives gained', c.objectivesGained.map((x) => esc(OBJECTIVE_TITLES[x]))),
    list('Objectives lost', c.objectivesLost.map((x) => esc(OBJECTIVE_TITLES[x]))),
    list('Requirements gained', c.requirementsGained.map((r) => `<code>${esc(r.id)}</code> ${esc(r.from)} → ${esc(r.to)} <span class="small">(${esc(r.repository)})</span>`)),
    list('Requirements lost', c.requirementsLost.map((r) => `<code>${esc(r.id)}</code> ${esc(r.from)} → ${esc(r.to)} <span class="small">(${esc(r.repository)})</span>`)),
  ].join('');
  out.push(changes || '<p class="small">No change between the first and the last result.</p>');
  out.push('<table class="repos"><thead><tr><th>Repository</th><th>Collected</th><th>Verified</th><th>Rejected</th><th>First signed</th><th>Last signed</th><th>Proof</th></tr></thead><tbody>');
  for (const r of p.repositories) {
    const run = safeUrl(r.last?.runUrl ?? undefined);
    const rejections = r.rejections.map((x) => `${x.count} ${esc(x.reason)}`).join(', ');
    out.push(
      `<tr data-repository="${esc(r.repository)}"><td>${esc(r.repository)}</td><td>${esc(r.collect.status)}<br><span class="small">${esc(r.collect.detail)}</span></td><td class="num">${r.verified}</td><td class="num">${r.rejected}${rejections ? `<br><span class="small">${rejections}</span>` : ''}</td><td>${esc(r.first?.signedAt ?? '—')}</td><td>${esc(r.last?.signedAt ?? '—')}</td><td>${run ? `<a href="${esc(run)}">run</a>` : '—'}${r.last ? ` <code>${esc(r.last.commit.slice(0, 12))}</code>` : ''}</td></tr>`,
    );
  }
  out.push('</tbody></table>');
  if (p.hub !== undefined) out.push(`<p class="small">grc.store hub: ${p.hub ? `${esc(p.hub.state)}${p.hub.runAt ? ` (run ${esc(p.hub.runAt)})` : ''}: ${esc(p.hub.detail)}` : 'no verdict recorded'}</p>`);
  out.push('</article>');
  return out.join('\n');
}

/** Only https URLs become links. */
function safeUrl(u: string | undefined | null): string | null {
  if (!u) return null;
  try {
    return new URL(u).protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
