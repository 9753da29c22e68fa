// The self-check (src/dev/self-check.ts): which results stop CI, and how known gaps are reported.
// This repository passing it is in self-evaluation-level-3.test.ts.
import { describe, expect, it } from 'vitest';
import { offlineProblems, type SelfCheckResult } from '../../src/dev/self-check.ts';

function result(over: Partial<SelfCheckResult> = {}): SelfCheckResult {
  return {
    level: 3,
    controls: [
      { id: 'OSPS-GV-01.01', status: 'pass', evidence: [{ detail: 'GOVERNANCE.md' }] },
      { id: 'OSPS-AC-03.01', status: 'unknown', evidence: [{ detail: 'rulesets unknown: offline run' }], remediation: 'Add a ruleset.' },
      { id: 'OSPS-BR-02.02', status: 'unknown', evidence: [{ detail: 'the project has tags but no GitHub releases could be read' }], remediation: 'or run with a token that can read releases.' },
      { id: 'OSPS-SA-03.02', status: 'not-applicable', evidence: [] },
    ],
    objectives: [
      { id: 'cleaner', status: 'met', checks: [{ id: 'schema-valid', status: 'pass' }] },
      { id: 'defender', status: 'unknown', checks: [{ id: 'all-requirements', status: 'unknown' }, { id: 'OSPS-AC-03.01', status: 'unknown' }] },
    ],
    securityInsights: { path: 'security-insights.yml', valid: true },
    ...over,
  };
}

describe('offlineProblems', () => {
  it('passes a result whose only gaps need the GitHub API, and lists those as undecided', () => {
    const r = offlineProblems(result());
    expect(r.problems).toEqual([]);
    expect(r.undecided).toEqual(['OSPS-AC-03.01: rulesets unknown: offline run', 'OSPS-BR-02.02: the project has tags but no GitHub releases could be read']);
    expect(r.counts).toEqual({ pass: 1, unknown: 2, 'not-applicable': 1 });
  });

  it('stops on a failing requirement, with its evidence and remediation, reported once though its objective check fails too', () => {
    const r = offlineProblems(
      result({
        controls: [{ id: 'OSPS-BR-07.02', status: 'fail', evidence: [{ detail: 'no secrets policy' }], remediation: 'Add a section.' }],
        objectives: [{ id: 'defender', status: 'partial', checks: [{ id: 'all-requirements', status: 'fail', missing: 'resolve 1 requirement(s)' }, { id: 'OSPS-BR-07.02', status: 'fail' }] }],
      }),
    );
    expect(r.problems).toEqual(['OSPS-BR-07.02 fails: no secrets policy (to do: Add a section.)', 'objective defender: check all-requirements fails: resolve 1 requirement(s)']);
  });

  it('stops on an unknown that an offline run should have decided', () => {
    const r = offlineProblems(result({ controls: [{ id: 'OSPS-DO-06.01', status: 'unknown', evidence: [{ detail: 'not evaluated yet' }] }] }));
    expect(r.problems).toEqual(['OSPS-DO-06.01 is unknown, and not because the run is offline: not evaluated yet']);
  });

  it('stops on an objective that is unmet or partial, with or without a failing check', () => {
    const r = offlineProblems(
      result({
        objectives: [
          { id: 'inspector', status: 'partial', checks: [{ id: 'self-assessment', status: 'fail', missing: 'fill the Actors section' }] },
          { id: 'mechanizer', status: 'unmet', checks: [{ id: 'recurring-scan', status: 'unknown' }] },
        ],
      }),
    );
    expect(r.problems).toEqual(['objective inspector: check self-assessment fails: fill the Actors section', 'objective mechanizer is unmet without a failing check']);
  });

  it('stops on a missing or invalid Security Insights file', () => {
    expect(offlineProblems(result({ securityInsights: null })).problems).toEqual(['no Security Insights file']);
    expect(offlineProblems(result({ securityInsights: { path: '.github/security-insights.yml', valid: false } })).problems).toEqual(['.github/security-insights.yml is not valid']);
  });

  it('reports a known gap, and what cites it, apart without failing, and fails once the gap passes', () => {
    const failing = result({
      controls: [
        { id: 'OSPS-VM-04.02', status: 'fail', evidence: [{ detail: 'no VEX document' }] },
        { id: 'OSPS-BR-07.02', status: 'fail', evidence: [{ detail: 'no secrets policy' }] },
      ],
      objectives: [{ id: 'defender', status: 'partial', checks: [{ id: 'all-requirements', status: 'fail', missing: 'resolve 2 requirement(s), starting with OSPS-VM-04.02' }] }],
    });
    const gaps = { 'OSPS-VM-04.02': 'no VEX yet' };
    const r = offlineProblems(failing, gaps);
    expect(r.known).toEqual(['OSPS-VM-04.02 fails: no VEX document', 'objective defender: check all-requirements fails: resolve 2 requirement(s), starting with OSPS-VM-04.02']);
    expect(r.problems).toEqual(['OSPS-BR-07.02 fails: no secrets policy']);
    const passing = offlineProblems(result({ controls: [{ id: 'OSPS-VM-04.02', status: 'pass', evidence: [] }] }), gaps);
    expect(passing.problems).toEqual(['OSPS-VM-04.02 is listed as a known gap but is pass now: remove it from KNOWN_GAPS in src/dev/self-check.ts']);
  });
});
