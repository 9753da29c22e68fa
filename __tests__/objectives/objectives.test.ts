import { describe, expect, it } from 'vitest';
import { evaluateObjectives } from '../../src/objectives/index.ts';
import { OBJECTIVE_IDS } from '../../src/objectives/types.ts';
import { BLOB, SCAN_RECURRING, SLAM_TOOL, evaluateTree, securityInsights } from './helpers.ts';

const TOC_ONLY = `# Self-assessment

## Table of contents

- [Metadata](#metadata)
- [Overview](#overview)
- [Self-assessment use](#self-assessment-use)
- [Security functions and features](#security-functions-and-features)
- [Project compliance](#project-compliance)
- [Secure development practices](#secure-development-practices)
- [Security issue resolution](#security-issue-resolution)
- [Appendix](#appendix)

## Metadata
## Overview
## Security functions and features
## Secure development practices
## Security issue resolution
## Appendix
`;

describe('evaluateObjectives', () => {
  it('returns the six objectives in the event order and one next step: the first objective not met', async () => {
    const { facts, result } = await evaluateTree({ 'README.md': '# r\n\nA tool.\n' });
    const { objectives, nextStep } = evaluateObjectives(facts, result.controls, 1);
    expect(objectives.map((o) => o.id)).toEqual([...OBJECTIVE_IDS]);
    expect(nextStep?.objective).toBe('cleaner');
    expect(nextStep?.actions.length).toBeGreaterThanOrEqual(1);
    expect(nextStep?.actions.length).toBeLessThanOrEqual(3);
    expect(nextStep?.actions[0].file).toBe('security-insights.yml');
  });

  it('the next step moves on once an objective is met, and links the Baseline pages', async () => {
    const si = securityInsights({ tools: SLAM_TOOL, documentation: { 'contributing-guide': `${BLOB}/CONTRIBUTING.md` } });
    const { facts, result } = await evaluateTree({ 'README.md': '# r\n', 'security-insights.yml': si, '.github/workflows/security-slam.yml': SCAN_RECURRING });
    const { objectives, nextStep } = evaluateObjectives(facts, result.controls, 1);
    const cleaner = objectives[0];
    if (cleaner.status === 'met') {
      expect(nextStep?.objective).toBe('chronicler');
      const withReq = nextStep?.actions.find((a) => a.requirement);
      if (withReq) expect(withReq.helpUri).toMatch(/^https:\/\/baseline\.openssf\.org\//);
    } else expect(nextStep?.objective).toBe('cleaner');
    expect(objectives[3]).toMatchObject({ id: 'mechanizer', status: 'met' });
  });

  it('trap: a self-assessment that is only a table of contents does not meet Inspector', async () => {
    const si = securityInsights({ selfAssessment: `        evidence: ${BLOB}/docs/self-assessment.md\n        comment: Done.` });
    const { facts, result } = await evaluateTree({ 'docs/self-assessment.md': TOC_ONLY, 'security-insights.yml': si });
    const inspector = evaluateObjectives(facts, result.controls, 1).objectives[2];
    expect(inspector.id).toBe('inspector');
    expect(inspector.status).toBe('partial');
    expect(inspector.missing.join(' ')).toMatch(/self-assessment\.md/);
  });

  it('an objective that throws is reported unknown, not a crash', async () => {
    const { facts, result } = await evaluateTree({ 'README.md': '# r\n' });
    const broken = { ...facts, workflows: null as unknown as typeof facts.workflows };
    const { objectives } = evaluateObjectives(broken, result.controls, 1);
    expect(objectives[3]).toMatchObject({ id: 'mechanizer', status: 'unknown', checks: [{ id: 'internal-error' }] });
  });
});

describe('bad input: clear findings in bounded time', () => {
  it('a README with 5,000 headings', async () => {
    const readme = Array.from({ length: 5000 }, (_, i) => `## Heading ${i}\n\ntext [link](#heading-${(i + 1) % 5000})\n`).join('\n');
    const { facts, result } = await evaluateTree({ 'README.md': readme, 'SECURITY.md': '# Security\n\n## Reporting\n\nMail security@example.org please, we coordinate disclosure.\n' });
    const t0 = performance.now();
    const { objectives } = evaluateObjectives(facts, result.controls, 3);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(objectives.find((o) => o.id === 'cra-readiness')?.checks.find((c) => c.id === 'readiness-linked-from-readme')?.status).toBe('fail');
  });

  it('circular links between documents', async () => {
    const { facts, result } = await evaluateTree({
      'SECURITY.md': '# Security\n\nSee [policy](docs/policy.md) and [self](SECURITY.md).\n\n## Reporting\n\nMail security@example.org, we coordinate disclosure.\n',
      'docs/policy.md': '# Policy\n\nBack to [security](../SECURITY.md) and [contributing](../CONTRIBUTING.md).\n\n## Supported versions\n\nThe latest release is supported for a year; then it reaches end of life.\n',
      'CONTRIBUTING.md': '# Contributing\n\n[policy](docs/policy.md) [security](SECURITY.md) [me](CONTRIBUTING.md) and open a pull request please.\n',
    });
    const t0 = performance.now();
    const cra = evaluateObjectives(facts, result.controls, 1).objectives[5];
    expect(performance.now() - t0).toBeLessThan(1000);
    const policy = cra.checks.find((c) => c.id === 'security-policy');
    expect(policy?.evidence).toContainEqual(expect.objectContaining({ path: 'docs/policy.md', detail: expect.stringContaining('Supported versions') }));
    expect(policy?.missing).toMatch(/secure development practices/);
  });

  it('a 20 MB self-assessment', async () => {
    const big = `# Self-assessment\n\n## Overview\n\n${'All work and no play. '.repeat(1_000_000)}\n`;
    const t0 = performance.now();
    const { facts, result } = await evaluateTree({ 'docs/self-assessment.md': big, 'SECURITY-ASSESSMENT.md': big.slice(0, 1000) });
    const { objectives } = evaluateObjectives(facts, result.controls, 1);
    expect(performance.now() - t0).toBeLessThan(15000);
    const inspector = objectives[2];
    expect(inspector.status).not.toBe('met');
    expect(JSON.stringify(inspector)).toMatch(/self-assessment/);
  }, 30000);
});
