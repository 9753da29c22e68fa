// Counts and lists are honest in every format: a note is not a warning, and a list cut short says
// how many more there are and where they are; --verbose shows all, the JSON result keeps all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../src/engine.ts';
import { toMarkdown } from '../src/reporters/markdown.ts';
import { toText } from '../src/reporters/text.ts';
import { buildResult } from '../src/result/build.ts';
import type { ResultDocument } from '../src/result/types.ts';
import { makeRepo, type TempRepo } from './helpers/repo.ts';

let repo: TempRepo;
let base: ResultDocument;
beforeAll(async () => {
  repo = makeRepo({ 'README.md': '# Demo\n' });
  base = (await evaluate(repo.root, { level: 1, offline: true })).result;
});
afterAll(() => repo.cleanup());

function copy(): ResultDocument {
  return structuredClone(base);
}

describe('a note is not a warning', () => {
  const diagnostics = [
    { severity: 'error' as const, message: 'bad field', path: 'security-insights.yml', line: 3, column: 1 },
    { severity: 'warning' as const, message: 'stale date', path: 'security-insights.yml', line: 4, column: 1 },
    { severity: 'info' as const, message: 'a hint', path: 'security-insights.yml', line: 5, column: 1 },
    { severity: 'info' as const, message: 'another hint', path: 'security-insights.yml', line: 6, column: 1 },
  ];

  it('counts Security Insights info diagnostics as notes in the summary and the terminal', () => {
    const r = copy();
    r.securityInsights = { path: 'security-insights.yml', schemaVersion: '2.2.0', valid: false, legacy: false, diagnostics };
    const md = toMarkdown(r);
    expect(md).toContain('1 error, 1 warning, 2 notes');
    expect(md).not.toMatch(/3 warning/);
    const text = toText(r, { color: false });
    expect(text).toContain('1 error, 1 warning, 2 notes');
    expect(text).toContain('security-insights.yml:5:1: note: a hint');
  });

  it('shows zero warnings when there are only notes', () => {
    const r = copy();
    r.securityInsights = { path: 'security-insights.yml', schemaVersion: '2.2.0', valid: true, legacy: false, diagnostics: diagnostics.slice(2) };
    expect(toMarkdown(r)).toContain('0 errors, 0 warnings, 2 notes');
    expect(toText(r, { color: false })).toContain('0 errors, 0 warnings, 2 notes');
  });

  it('counts findings by severity', () => {
    const r = copy();
    r.findings = [
      { id: 'workflow/unpinned-action', severity: 'warning', path: '.github/workflows/a.yml', line: 3, message: 'x' },
      { id: 'workflow/unpinned-action', severity: 'note', path: '.github/workflows/a.yml', line: 4, message: 'called by tag by design' },
    ];
    expect(toMarkdown(r)).toContain('Hardening findings (2: 1 warning, 1 note)');
    expect(toText(r, { color: false })).toContain('Hardening findings: 2: 1 warning, 1 note');
  });
});

describe('a list cut short says how many more and where', () => {
  function crowded(): ResultDocument {
    const r = copy();
    r.findings = Array.from({ length: 150 }, (_, i) => ({ id: 'workflow/unpinned-action', severity: 'warning' as const, path: `.github/workflows/w${i}.yml`, line: 1, message: `finding ${i}` }));
    r.notes = Array.from({ length: 80 }, (_, i) => ({ path: `f${i}`, detail: `note ${i}` }));
    r.securityInsights = { path: 'security-insights.yml', schemaVersion: '2.2.0', valid: false, legacy: false, diagnostics: Array.from({ length: 30 }, (_, i) => ({ severity: 'error' as const, message: `d${i}`, path: 'security-insights.yml', line: i + 1, column: 1 })) };
    const fail = r.controls.find((c) => c.status === 'fail');
    if (!fail) throw new Error('fixture has no failing requirement');
    fail.evidence = Array.from({ length: 12 }, (_, i) => ({ kind: 'file' as const, path: `x${i}.md`, detail: `evidence ${i}` }));
    return r;
  }

  it('in the job summary, naming the result file', () => {
    const md = toMarkdown(crowded(), { resultFile: 'security-slam-result.json' });
    expect(md).toContain('- and 50 more in `security-slam-result.json` (warnings also in the SARIF report)');
    expect(md).toContain('- and 30 more in `security-slam-result.json`\n'); // notes: 50 shown of 80
    expect(md).toContain('- and 10 more in `security-slam-result.json` (and in the SARIF report)'); // diagnostics: 20 shown
    expect(md).toContain('- and 4 more in `security-slam-result.json`'); // evidence: 8 shown
  });

  it('in the terminal, with --verbose showing all', () => {
    const r = crowded();
    const text = toText(r, { color: false });
    expect(text).toContain('… and 140 more (use --verbose to list them all; --format json keeps every one)');
    expect(text).toContain('… and 75 more (');
    expect(text).toContain('… and 20 more (');
    expect(text).toContain('… and 7 more (');
    const all = toText(r, { color: false, verbose: true });
    expect(all).not.toContain('… and ');
    for (let i = 0; i < 150; i++) expect(all).toContain(`w${i}.yml:1: warning: finding ${i}`);
    for (let i = 0; i < 12; i++) expect(all).toContain(`x${i}.md: evidence ${i}`);
  });

  it('in the JSON result, which keeps every note, diagnostic and finding a report can name', async () => {
    const { facts } = await evaluate(repo.root, { level: 1, offline: true });
    facts.notes = Array.from({ length: 1500 }, (_, i) => ({ path: `f${i}`, detail: `note ${i}` }));
    expect(buildResult(facts, { level: 1 }).notes).toHaveLength(1500);
    // Past a bound only a hostile tree reaches, the cut is said in the notes.
    facts.notes = Array.from({ length: 2500 }, (_, i) => ({ path: `f${i}`, detail: `note ${i}` }));
    const notes = buildResult(facts, { level: 1 }).notes;
    expect(notes).toHaveLength(2001);
    expect(notes[2000].detail).toBe('500 more notes not kept in this result (the first 2000 of 2500 are)');
  });
});

describe('advice names the files the project has', () => {
  const SI = 'header:\n  schema-version: 2.2.0\n  last-updated: "2025-01-01"\n  last-reviewed: "2025-01-01"\n  url: https://example.org/si.yml\n';
  async function remediationFor(tree: Record<string, string>, id: string) {
    const r = makeRepo({ 'README.md': '# Demo\n', ...tree });
    try {
      const { result } = await evaluate(r.root, { level: 2, offline: true });
      return result.controls.find((c) => c.id === id)?.remediation ?? '';
    } finally {
      r.cleanup();
    }
  }

  it.each(['.github/security-insights.yml', 'security-insights.yaml', '.github/security-insights.yaml'])('names %s in remediation, not the standard name', async (path) => {
    const text = await remediationFor({ [path]: SI }, 'OSPS-GV-01.02');
    expect(text).toContain(`in ${path}.`);
    expect(text).not.toMatch(/(?<![\w./-])security-insights\.yml/);
  });

  it('names the security policy where the project keeps it in the CRA advice', async () => {
    const r = makeRepo({ 'README.md': '# Demo\n', '.github/SECURITY.md': '# Security\n\nMail security@demo-project.org.\n' });
    try {
      const { result } = await evaluate(r.root, { level: 1, offline: true });
      const mfa = result.objectives.find((o) => o.id === 'cra-readiness')?.checks.find((c) => c.id === 'mfa-stated');
      expect(mfa?.missing).toContain('state it in .github/SECURITY.md or CONTRIBUTING.md');
    } finally {
      r.cleanup();
    }
  });

  it('names the standard file to create when there is none', async () => {
    expect(await remediationFor({}, 'OSPS-GV-01.02')).toContain('in security-insights.yml.');
  });
});

describe('the next step', () => {
  it('reads full paths from the words', async () => {
    const { actionsFromMissing, fileIn } = await import('../src/objectives/next-step.ts');
    expect(actionsFromMissing(['commit a self-assessment (for example docs/security/self-assessment.md)'])[0].file).toBe('docs/security/self-assessment.md');
    expect(fileIn('Move .github/security-insights.yaml to the root.')).toBe('.github/security-insights.yaml');
    expect(fileIn('see https://github.com/o/r/blob/main/SECURITY.md')).toBeUndefined();
    expect(fileIn('version 2.2.0 of the schema, e.g. LICENSE')).toBe('LICENSE');
  });

  it('never has two actions asking for the same change', async () => {
    // No LICENSE: OSPS-LE-02.01 and OSPS-LE-03.01 both ask for one, and Defender would list both.
    const r = makeRepo({ 'README.md': '# Demo\n' });
    try {
      const { result } = await evaluate(r.root, { level: 1, offline: true });
      const defender = result.objectives.find((o) => o.id === 'defender');
      const { chooseNextStep } = await import('../src/objectives/next-step.ts');
      const { OBJECTIVE_IDS } = await import('../src/objectives/types.ts');
      // Defender first: the objectives before it met.
      const objectives = OBJECTIVE_IDS.map((id) => (id === 'defender' && defender ? defender : { id, title: id, status: 'met' as const, checks: [], missing: [] }));
      const le = (id: string) => result.controls.find((c) => c.id === id);
      expect(le('OSPS-LE-02.01')?.remediation).toBe(le('OSPS-LE-03.01')?.remediation);
      const actions = [
        { checkId: 'OSPS-LE-02.01', text: `OSPS-LE-02.01: ${le('OSPS-LE-02.01')?.remediation}`, requirement: 'OSPS-LE-02.01' },
        { checkId: 'OSPS-LE-03.01', text: `OSPS-LE-03.01: ${le('OSPS-LE-03.01')?.remediation}`, requirement: 'OSPS-LE-03.01' },
        { checkId: 'OSPS-GV-03.01', text: 'OSPS-GV-03.01: add CONTRIBUTING.md', requirement: 'OSPS-GV-03.01' },
      ];
      const step = chooseNextStep(objectives, { defender: actions }, result.controls);
      expect(step?.actions.map((a) => a.requirement)).toEqual(['OSPS-LE-02.01', 'OSPS-GV-03.01']);
      expect(step?.actions[0].text).toMatch(/the same change also meets OSPS-LE-03\.01\)$/);
      // And in the real result, whatever the next step is, no two of its actions ask for one change.
      const texts = (result.nextStep?.actions ?? []).map((a) => a.text.toLowerCase());
      expect(new Set(texts).size).toBe(texts.length);
    } finally {
      r.cleanup();
    }
  });
});
