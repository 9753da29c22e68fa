// Defender's "published on the hub" sub-check and the comparison, from hand-built hub facts: the
// edges the engine tests do not reach (an unreadable log, a preview hub, every disagreement reason,
// rows that are not disagreements).
import { describe, expect, it } from 'vitest';
import { requirementsAt, type Level } from '../../src/catalog/catalog.ts';
import type { GemaraResult } from '../../src/catalog/gemara.ts';
import type { GrcHubFacts, HubRequirementResult, HubVerdict } from '../../src/facts/grc-hub/index.ts';
import { analyzeWorkflows } from '../../src/facts/workflows/index.ts';
import { evaluateDefender } from '../../src/objectives/defender.ts';
import { evaluateHubPublication, type HubEvaluation } from '../../src/objectives/hub.ts';
import { memorySource } from '../workflows/helpers.ts';
import { makeControls, type ControlOverride } from './controls.ts';

const publishing = (target = 'acme/widget@1.0.0', extra = '') =>
  analyzeWorkflows(
    memorySource({ '.github/workflows/publish.yml': `on:\n  push:\n    branches: [main]\njobs:\n  results:\n    uses: revanite-io/pvtr-publish-results/.github/workflows/publish.yml@v1${extra}\n    with:\n      target: ${target}\n` }),
    { repository: 'acme/widget', defaultBranch: 'main' },
  ).hubPublishing;

const SOURCE = { path: '.github/workflows/publish.yml', line: 6, job: 'results' };

function verdict(o: Partial<HubVerdict> & { per?: Record<string, GemaraResult> | null; level?: Level | null } = {}): GrcHubFacts {
  const per: Record<string, HubRequirementResult> | null =
    o.per === null ? null : Object.fromEntries(requirementsAt(3).map((r) => [r.id, { result: o.per?.[r.id] ?? 'Passed', message: `hub says ${r.id}`, levels: [r.level] }]));
  const v: HubVerdict = {
    target: { namespace: 'acme', id: 'widget', version: '1.0.0' },
    hub: 'hub.grc.store',
    url: 'http://127.0.0.1:1/v1/targets/acme/widget',
    targetVersion: '1.0.0',
    result: 'Passed',
    counts: { passed: 64 },
    runAt: '2026-10-18T00:00:00.000Z',
    ageDays: 2,
    stale: false,
    log: per ? { state: 'ok', url: 'http://127.0.0.1:1/log', data: { result: 'Passed', perRequirement: per, evaluatedLevel: o.level === undefined ? 3 : o.level, author: null, date: null, truncated: false } } : { state: 'unknown', reason: 'not found (HTTP 404)' },
    perRequirement: per,
    evaluatedLevel: per ? (o.level === undefined ? 3 : o.level) : null,
    ...o,
  };
  return { state: 'ok', verdict: v, source: SOURCE };
}

const evaluateWith = (grcHub: GrcHubFacts, controls: Record<string, ControlOverride> = {}, level: Level = 1, pub = publishing()): HubEvaluation =>
  evaluateHubPublication({ grcHub, publishing: pub, defaultBranch: 'main' }, makeControls(level, controls), level);

describe('published on the hub: the verdict', () => {
  it('met: every requirement Passed, fresh, a scan at or above the level', () => {
    const e = evaluateWith(verdict(), {}, 2);
    expect(e.check).toMatchObject({ id: 'published-on-hub', status: 'pass' });
    expect(e.comparison).toMatchObject({ verdict: 'met', missing: [], reason: null, page: 'https://hub.grc.store/v1/targets/acme/widget', disagreements: [] });
    expect(e.comparison?.requirements).toHaveLength(requirementsAt(2).length);
  });

  it('Not Applicable on the hub counts like Passed', () => {
    expect(evaluateWith(verdict({ per: { 'OSPS-BR-02.01': 'Not Applicable' } })).comparison?.verdict).toBe('met');
  });

  it('lists at most ten requirements the hub does not pass, then how many more', () => {
    const per = Object.fromEntries(requirementsAt(1).map((r) => [r.id, 'Failed' as const]));
    const e = evaluateWith(verdict({ per }), {}, 1);
    expect(e.comparison?.missing[0]).toMatch(/^24 requirement\(s\) at Level 1 are not Passed on the hub: (OSPS-[A-Z]{2}-\d\d\.\d\d \(Failed\), ){9}OSPS-[A-Z]{2}-\d\d\.\d\d \(Failed\), and 14 more$/);
  });

  it('the log could not be read: unknown when the hub passes, partial when it fails or is stale', () => {
    const passed = evaluateWith(verdict({ per: null }));
    expect(passed.comparison).toMatchObject({ verdict: 'unknown', reason: "the hub's EvaluationLog could not be read: not found (HTTP 404)", requirements: [] });
    expect(passed.check.status).toBe('unknown');
    const failed = evaluateWith(verdict({ per: null, result: 'Failed' }));
    expect(failed.comparison).toMatchObject({ verdict: 'partial', missing: ["the hub's latest result is Failed"], reason: null });
    const stale = evaluateWith(verdict({ per: null, stale: true, ageDays: 40 }));
    expect(stale.comparison?.verdict).toBe('partial');
  });

  it('a result without a run time is stale', () => {
    const e = evaluateWith(verdict({ runAt: null, ageDays: null, stale: true }));
    expect(e.comparison?.missing).toEqual(['the latest result is stale: the hub gives no run time, so it cannot be shown to be fresh']);
  });

  it('a scan that ran no maturity level is the wrong level', () => {
    const e = evaluateWith(verdict({ level: null }));
    expect(e.comparison?.missing[0]).toMatch(/^wrong level: the hub's scan ran at no maturity level, below the project's Level 1/);
  });

  it('the preview hub: its own page', () => {
    const pub = publishing('acme/widget@1.0.0', '.0.0-rc').map((p) => p);
    const facts = verdict();
    if (facts.state === 'ok') facts.verdict.hub = 'hub.preview.grc.store';
    expect(evaluateWith(facts, {}, 1, pub).comparison?.page).toBe('https://hub.preview.grc.store/v1/targets/acme/widget');
  });

  it('a publishing workflow whose target cannot be read: unknown, naming the problem; no comparison', () => {
    const pub = publishing('${{ vars.TARGET }}');
    const e = evaluateHubPublication({ grcHub: { state: 'not-configured', reason: 'the publishing workflow names no target or hub that can be read' }, publishing: pub }, makeControls(1), 1);
    expect(e.comparison).toBeNull();
    expect(e.check.status).toBe('unknown');
    expect(e.check.missing).toMatch(/^the publishing workflow names no target or hub that can be read: with\.target "\$\{\{ vars\.TARGET \}\}" is not/);
    expect(e.check.evidence[0]).toMatchObject({ kind: 'workflow', path: '.github/workflows/publish.yml', line: 6 });
  });

  it('an unreadable hub with a workflow that does not qualify: partial, naming the workflow\'s problem', () => {
    const pub = publishing().map((p) => ({ ...p, qualifies: false, problems: ['dry-run: true publishes nothing'] }));
    const e = evaluateHubPublication(
      { grcHub: { state: 'unknown', reason: "the hub's answer for acme/widget: HTTP 503", target: { namespace: 'acme', id: 'widget', version: '1.0.0' }, hub: 'hub.grc.store', url: null, source: SOURCE }, publishing: pub },
      makeControls(1),
      1,
    );
    expect(e.comparison).toMatchObject({ verdict: 'partial', missing: ['dry-run: true publishes nothing'] });
    expect(e.check).toMatchObject({ status: 'fail', missing: 'dry-run: true publishes nothing' });
  });

  it('Defender lists the sub-check second and keeps its own status whatever the hub says', () => {
    const controls = makeControls(1, { 'OSPS-LE-03.01': { status: 'fail' } });
    const alone = evaluateDefender(controls, 1);
    for (const hubFacts of [verdict(), verdict({ per: Object.fromEntries(requirementsAt(3).map((r) => [r.id, 'Failed' as const])) })]) {
      const e = evaluateHubPublication({ grcHub: hubFacts, publishing: publishing() }, controls, 1);
      const withHub = evaluateDefender(controls, 1, e.check);
      expect(withHub.status).toBe(alone.status);
      expect(withHub.missing).toEqual(alone.missing);
      expect(withHub.checks.map((c) => c.id)).toEqual([alone.checks[0].id, 'published-on-hub', ...alone.checks.slice(1).map((c) => c.id)]);
    }
  });
});

describe('side by side: disagreements and their likely reasons', () => {
  const reasons = (e: HubEvaluation) => Object.fromEntries((e.comparison?.disagreements ?? []).map((d) => [d.id, d.reason]));

  it('one reason each, where we can tell', () => {
    const e = evaluateWith(
      verdict({
        per: {
          'OSPS-AC-03.01': 'Needs Review',
          'OSPS-AC-03.02': 'Failed',
          'OSPS-VM-02.01': 'Failed',
          'OSPS-AC-01.01': 'Needs Review',
          'OSPS-BR-02.01': 'Failed',
          'OSPS-GV-02.01': 'Unknown',
        },
      }),
      {
        'OSPS-AC-03.01': { status: 'pass', evidence: [{ kind: 'api', url: 'https://api.github.com/repos/acme/widget/rules/branches/main', detail: 'main: changes must come through a pull request' }] },
        'OSPS-AC-03.02': { status: 'pass', evidence: [{ kind: 'api', detail: 'deletion is blocked' }] },
        'OSPS-VM-02.01': { status: 'pass', evidence: [{ kind: 'file', path: 'SECURITY.md', line: 3, detail: 'names security contacts' }] },
        'OSPS-AC-01.01': { status: 'attested', evidence: [{ kind: 'security-insights', path: 'security-insights.yml', line: 9, detail: 'MFA: links to https://github.com/orgs/acme/settings/security' }] },
        'OSPS-BR-02.01': { status: 'not-applicable', evidence: [{ kind: 'note', detail: 'no release yet' }] },
        'OSPS-LE-03.01': { status: 'fail', evidence: [{ kind: 'note', detail: 'no LICENSE at the root' }] },
        'OSPS-GV-02.01': { status: 'unknown' },
      },
      2,
    );
    expect(reasons(e)).toMatchObject({
      'OSPS-AC-03.01': 'hub-token-cannot-read',
      'OSPS-AC-03.02': 'hub-token-cannot-read',
      'OSPS-VM-02.01': 'evidence-only-we-read',
      'OSPS-AC-01.01': 'evidence-only-we-read',
      'OSPS-BR-02.01': 'unexplained',
      'OSPS-LE-03.01': 'we-fail-hub-passes',
    });
    const by = Object.fromEntries((e.comparison?.disagreements ?? []).map((d) => [d.id, d]));
    expect(by['OSPS-AC-03.01'].detail).toBe("we read it from the GitHub API (main: changes must come through a pull request); the publishing job's token cannot read branch rules or repository settings, so the hub's scanner asks for a review");
    expect(by['OSPS-AC-03.02'].detail).toMatch(/so the hub's scanner fails it$/);
    expect(by['OSPS-VM-02.01'].detail).toBe("we found it in SECURITY.md:3: names security contacts; the hub's scanner does not read documents or Security Insights links");
    expect(by['OSPS-LE-03.01']).toMatchObject({ ours: 'fail', hub: 'Passed', detail: 'our evidence: no LICENSE at the root', hubMessage: 'hub says OSPS-LE-03.01' });
    // Our unknown is no disagreement (nothing to disagree with); the side by side still has both.
    expect(by['OSPS-GV-02.01']).toBeUndefined();
    expect(e.comparison?.requirements.find((r) => r.id === 'OSPS-GV-02.01')).toEqual({ id: 'OSPS-GV-02.01', ours: 'unknown', hub: 'Unknown' });
  });

  it('where both would not count it, there is no disagreement (we fail, the hub fails or asks for a review)', () => {
    const e = evaluateWith(verdict({ per: { 'OSPS-LE-03.01': 'Failed', 'OSPS-LE-02.01': 'Needs Review' } }), { 'OSPS-LE-03.01': { status: 'fail' }, 'OSPS-LE-02.01': { status: 'fail' } });
    expect(e.comparison?.disagreements).toEqual([]);
  });

  it('a requirement missing from the hub\'s log, or Not Run in a lower scan', () => {
    const facts = verdict({ level: 1 });
    if (facts.state === 'ok' && facts.verdict.perRequirement) {
      delete facts.verdict.perRequirement['OSPS-BR-01.01'];
      facts.verdict.perRequirement['OSPS-AC-04.01'] = { result: 'Not Run', message: '', levels: [2, 3] };
    }
    const e = evaluateWith(facts, {}, 2);
    const by = Object.fromEntries((e.comparison?.disagreements ?? []).map((d) => [d.id, d]));
    expect(by['OSPS-BR-01.01']).toMatchObject({ hub: null, reason: 'hub-did-not-run', detail: "the hub's log has no result for OSPS-BR-01.01" });
    expect(by['OSPS-AC-04.01']).toMatchObject({ hub: 'Not Run', reason: 'hub-did-not-run', detail: "the hub's scan ran at Level 1; OSPS-AC-04.01 applies from Level 2" });
    expect(by['OSPS-AC-04.01'].hubMessage).toBeUndefined();
  });

  it('details are cut to 300 characters', () => {
    const e = evaluateWith(verdict({ per: { 'OSPS-LE-03.01': 'Passed' } }), { 'OSPS-LE-03.01': { status: 'fail', evidence: [{ kind: 'note', detail: 'x'.repeat(2000) }] } });
    expect(e.comparison?.disagreements[0].detail.length).toBe(300);
  });
});
