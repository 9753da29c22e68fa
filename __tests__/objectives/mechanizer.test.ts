import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateMechanizer } from '../../src/objectives/mechanizer.ts';
import { FakeGitHub } from '../github/fake-github.ts';
import { SCAN_COMMENTED, SCAN_PR_ONLY, SCAN_RECURRING, SLAM_TOOL, evaluateTree, securityInsights } from './helpers.ts';

const check = (r: ReturnType<typeof evaluateMechanizer>, id: string) => r.checks.find((c) => c.id === id);

describe('Mechanizer objective', () => {
  let fake: FakeGitHub;
  beforeAll(async () => {
    fake = await FakeGitHub.start({ state: { owner: 'o', repo: 'r' } });
    fake.state.workflowRuns = { 'security-slam.yml': fake.state.workflowRuns['slam.yml'] ?? [] };
  });
  afterAll(async () => {
    await fake.close();
  });

  it('met offline: a recurring scanner listed in Security Insights; the last run is unknown without a token and does not block', async () => {
    const { facts } = await evaluateTree({ '.github/workflows/security-slam.yml': SCAN_RECURRING, 'security-insights.yml': securityInsights({ tools: SLAM_TOOL }) });
    const r = evaluateMechanizer(facts);
    expect(r.status).toBe('met');
    expect(r.missing).toEqual([]);
    expect(check(r, 'recurring-scan')?.evidence[0]).toMatchObject({ kind: 'workflow', path: '.github/workflows/security-slam.yml', line: 14 });
    expect(check(r, 'listed-in-security-insights')?.evidence[0]).toMatchObject({ kind: 'security-insights', path: 'security-insights.yml' });
    const last = check(r, 'last-successful-run');
    expect(last?.status).toBe('unknown');
    expect(last?.evidence[0].detail).toMatch(/offline|token/);
  });

  it('with a token: the last successful run on the default branch is shown with its date and link', async () => {
    const { facts } = await evaluateTree(
      { '.github/workflows/security-slam.yml': SCAN_RECURRING, 'security-insights.yml': securityInsights({ tools: SLAM_TOOL }) },
      1,
      { offline: false, token: 't', apiUrl: fake.baseUrl, defaultBranch: 'main' },
    );
    const r = evaluateMechanizer(facts);
    expect(r.status).toBe('met');
    const last = check(r, 'last-successful-run');
    expect(last?.status).toBe('pass');
    expect(last?.evidence[0]).toMatchObject({ kind: 'api', url: expect.stringContaining('/actions/runs/'), detail: expect.stringContaining('2026-03-02') });
  });

  it('partial: a scanner that runs only on pull requests; the advice is to add a push or schedule trigger', async () => {
    const { facts } = await evaluateTree({ '.github/workflows/security-slam.yml': SCAN_PR_ONLY, 'security-insights.yml': securityInsights({ tools: SLAM_TOOL }) });
    const r = evaluateMechanizer(facts);
    expect(r.status).toBe('partial');
    expect(check(r, 'recurring-scan')?.status).toBe('fail');
    expect(r.missing[0]).toMatch(/add a push trigger for .* or a schedule trigger to \.github\/workflows\/security-slam\.yml/);
    expect(check(r, 'last-successful-run')).toBeUndefined();
  });

  it('partial: a recurring scanner not listed in Security Insights', async () => {
    const { facts } = await evaluateTree({ '.github/workflows/security-slam.yml': SCAN_RECURRING, 'security-insights.yml': securityInsights() });
    const r = evaluateMechanizer(facts);
    expect(r.status).toBe('partial');
    expect(r.missing).toEqual([expect.stringContaining('`repository.security.tools`')]);
  });

  it('unmet: a scan that is commented out is no scanner', async () => {
    const { facts } = await evaluateTree({ '.github/workflows/security-slam.yml': SCAN_COMMENTED });
    const r = evaluateMechanizer(facts);
    expect(r.status).toBe('unmet');
    expect(check(r, 'recurring-scan')?.evidence[0].detail).toMatch(/no workflow runs an OSPS Baseline scanner/);
  });
});
