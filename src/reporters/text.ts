// The terminal report: short, readable, coloured only on a terminal.
import type { ControlResult, ResultDocument } from '../result/types.ts';
import { stripControl } from './escape.ts';
import { hubText } from './hub-comparison.ts';

export interface TextOptions {
  color: boolean;
  /** Also list passing requirements. */
  verbose?: boolean;
}

const CODES = { red: 31, green: 32, yellow: 33, blue: 34, dim: 2, bold: 1 } as const;

export function toText(result: ResultDocument, options: TextOptions): string {
  const paint = (code: keyof typeof CODES, s: string) => (options.color ? `\x1b[${CODES[code]}m${s}\x1b[0m` : s);
  const mark: Record<ControlResult['status'], string> = {
    pass: paint('green', 'PASS'),
    fail: paint('red', 'FAIL'),
    attested: paint('blue', 'ATTESTED'),
    unknown: paint('yellow', 'UNKNOWN'),
    'not-applicable': paint('dim', 'N/A'),
  };
  const lines: string[] = [];
  const subject = result.subject.repository ?? 'local checkout';
  lines.push(paint('bold', `Security Slam · OSPS Baseline ${result.catalog.version} · Level ${result.level} · ${clean(subject)}`));
  if (result.objectives.length > 0) {
    const icon: Record<string, string> = { met: paint('green', 'met'), partial: paint('yellow', 'partial'), unmet: paint('red', 'unmet'), unknown: paint('dim', 'unknown') };
    lines.push(`  Objectives: ${result.objectives.map((o) => `${o.title.split(':')[0]} ${icon[o.status] ?? o.status}`).join(' · ')}`);
    if (result.nextStep) {
      lines.push(paint('bold', `  Next step: ${clean(result.nextStep.title.split(':')[0])}`));
      result.nextStep.actions.forEach((a, i) => lines.push(`    ${i + 1}. ${clean(a.text)}${a.requirement ? ` (${a.requirement})` : ''}`));
    }
  }
  for (const s of result.summary) {
    lines.push(`  Level ${s.level}: ${s.pass} of ${s.total} pass, ${s.fail} fail, ${s.unknown} unknown` +
      (s.attested ? `, ${s.attested} attested` : '') + (s['not-applicable'] ? `, ${s['not-applicable']} not applicable` : ''));
  }
  const si = result.securityInsights;
  if (si) {
    const errors = si.diagnostics.filter((d) => d.severity === 'error').length;
    const state = si.legacy ? paint('red', 'legacy 1.0.0 schema') : si.valid ? paint('green', 'valid') : paint('red', 'not valid');
    lines.push(`  Security Insights: ${clean(si.path)} (${clean(si.schemaVersion ?? 'no version')}): ${state}, ${errors} error(s), ${si.diagnostics.length - errors} warning(s)`);
    for (const d of si.diagnostics.slice(0, 10)) lines.push(paint('dim', `     ${clean(d.path)}${d.line > 0 ? `:${d.line}:${d.column}` : ''}: ${d.severity}: ${clean(d.message)}`));
  } else {
    lines.push(`  Security Insights: ${paint('red', 'none found')} (slam insights init drafts one)`);
  }
  lines.push(...hubText(result, paint));
  lines.push('');
  const order: ControlResult['status'][] = ['fail', 'unknown', 'attested', 'not-applicable', 'pass'];
  for (const status of order) {
    if (status === 'pass' && !options.verbose) continue;
    for (const c of result.controls.filter((x) => x.status === status)) {
      lines.push(`${mark[c.status]} ${c.id} ${clean(c.title)}`);
      for (const e of c.evidence.slice(0, 5)) {
        const where = e.path ? `${clean(e.path)}${e.line ? `:${e.line}` : ''}: ` : '';
        lines.push(paint('dim', `     ${where}${clean(e.detail)}`));
      }
      if (c.remediation) lines.push(`     → ${clean(c.remediation)}`);
    }
  }
  const passing = result.controls.filter((c) => c.status === 'pass').length;
  if (!options.verbose && passing > 0) lines.push(paint('dim', `${passing} passing requirement(s) not listed; use --verbose to list them.`));
  return lines.join('\n') + '\n';
}

function clean(s: string): string {
  return stripControl(s).replace(/\s+/g, ' ').trim();
}
