// This repository evaluated by its own engine, offline at Level 2: what must stay true of the
// project's own documents and workflows. Assertions are on the essentials (the Security Insights
// file, the objectives a repository can meet by itself, the requirements it controls), so that
// rules may get stricter elsewhere without breaking this test. If it fails, fix the project's
// documents or workflows (or the rule), not the test.
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, type Evaluation } from '../src/engine.ts';

const ROOT = resolve(import.meta.dirname, '..');

let evaluation: Evaluation;
beforeAll(async () => {
  evaluation = await evaluate(ROOT, { level: 2, offline: true });
});

const objective = (id: string) => {
  const o = evaluation.result.objectives.find((x) => x.id === id);
  expect(o, `objective ${id} is in the result`).toBeDefined();
  return o!;
};

describe('this repository, evaluated by itself (offline, Level 2)', () => {
  it('has a valid Security Insights file at the root, with no error diagnostics', () => {
    const si = evaluation.result.securityInsights;
    expect(si).not.toBeNull();
    expect(si!.path).toBe('security-insights.yml');
    expect(evaluation.facts.securityInsights.file?.atRoot).toBe(true);
    expect(si!.legacy).toBe(false);
    expect(si!.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(si!.valid).toBe(true);
  });

  it('meets Cleaner', () => {
    const cleaner = objective('cleaner');
    expect(cleaner.missing).toEqual([]);
    expect(cleaner.status).toBe('met');
  });

  it('runs a recurring Baseline scan (Mechanizer at least partial) from .github/workflows/security-slam.yml', () => {
    const mechanizer = objective('mechanizer');
    expect(['met', 'partial']).toContain(mechanizer.status);
    const recurring = mechanizer.checks.find((c) => c.id === 'recurring-scan');
    expect(recurring?.status).toBe('pass');
    expect(recurring?.evidence.map((e) => e.path)).toContain('.github/workflows/security-slam.yml');
    expect(evaluation.facts.workflows.scanners.some((s) => s.recurring && s.path === '.github/workflows/security-slam.yml')).toBe(true);
  });

  it('has its self-assessment found, referenced from Security Insights, with every required section filled', () => {
    const docs = evaluation.facts.assessment.selfAssessments.filter((d) => d.path === 'docs/security/self-assessment.md');
    expect(docs).toHaveLength(1);
    expect(docs[0].foundBy).toContain('security-insights');
    expect(docs[0].requiredNotFilled).toEqual([]);
    expect(objective('inspector').status).not.toBe('unmet');
  });

  it('fails none of the requirements the repository controls by itself', () => {
    const ids = [
      'OSPS-LE-03.01',
      'OSPS-LE-02.01',
      'OSPS-GV-03.01',
      'OSPS-VM-02.01',
      'OSPS-QA-05.01',
      'OSPS-QA-05.02',
      'OSPS-AC-04.01',
      'OSPS-BR-01.01',
      'OSPS-BR-01.03',
    ];
    const byId = new Map(evaluation.result.controls.map((c) => [c.id, c]));
    for (const id of ids) {
      const c = byId.get(id);
      expect(c, `${id} is evaluated at Level 2`).toBeDefined();
      expect(c!.status, `${id}: ${c!.evidence.map((e) => e.detail).join('; ')}`).not.toBe('fail');
    }
  });
});
