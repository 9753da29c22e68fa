import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateCraReadiness, resolveLink } from '../../src/objectives/cra-readiness.ts';
import { FakeGitHub } from '../github/fake-github.ts';
import { evaluateTree, makeControls, withControls } from './helpers.ts';

const SECURITY = `# Security policy

## Secure development practices

Every change is reviewed by a maintainer, CI runs tests, CodeQL and dependency review, and actions are pinned.

## Handling security risks

We keep a threat model in docs/threat-model.md and review it at every minor release.

## Security contacts

E-mail security@acme.dev; the security team is listed in MAINTAINERS.md.

## Reporting, fixing and coordinated disclosure

Report privately; we confirm within three days, fix, and publish an advisory on a coordinated date.

## Supported versions and end of life

The latest minor release gets security fixes for twelve months; older ones reach end of life.

## Multi-factor authentication

Every member of the organization must use two-factor authentication; the organization enforces it.
`;
const CONTRIBUTING = '# Contributing\n\nOpen a pull request against main. Please read our [secure development practices](SECURITY.md#secure-development-practices) first.\n';
const CRA = '# CRA readiness\n\nHow this project meets the Security Slam CRA checklist.\n\n## Disclaimer\n\nThe maintainers take on no obligations under the CRA and give no assurance of compliance.\n';
const FULL = {
  'README.md': '# r\n\nA tool. See [CRA readiness](docs/CRA-READINESS.md).\n',
  'SECURITY.md': SECURITY,
  'CONTRIBUTING.md': CONTRIBUTING,
  'CHANGELOG.md': '# Changelog\n\n## 1.0.0\n\n### Security\n\n- Fixed a path traversal in archive extraction.\n',
  'docs/CRA-READINESS.md': CRA,
  '.github/ISSUE_TEMPLATE/bug_report.yml': 'name: Bug report\ndescription: Report a defect\nbody:\n  - type: textarea\n    attributes:\n      label: What happened?\n',
};
const l1 = () =>
  makeControls(1, {
    'OSPS-DO-02.01': { status: 'pass', evidence: [{ kind: 'file', path: '.github/ISSUE_TEMPLATE/bug_report.yml', line: 1, detail: 'issue template' }] },
    'OSPS-LE-03.01': { status: 'pass', evidence: [{ kind: 'file', path: 'LICENSE', line: 1, detail: 'license file' }] },
  });
const check = (r: ReturnType<typeof evaluateCraReadiness>, id: string) => r.checks.find((c) => c.id === id);

describe('CRA Readiness objective', () => {
  let fake: FakeGitHub;
  beforeAll(async () => {
    fake = await FakeGitHub.start({ state: { owner: 'o', repo: 'r' } });
  });
  afterAll(async () => {
    await fake.close();
  });

  it('met with a token: every item and the readiness document with its disclaimer, linked from the README', async () => {
    const { facts } = await evaluateTree(FULL, 1, { offline: false, token: 't', apiUrl: fake.baseUrl, defaultBranch: 'main' });
    const r = evaluateCraReadiness(facts, l1());
    expect(r.checks.filter((c) => c.status !== 'pass').map((c) => [c.id, c.missing])).toEqual([]);
    expect(r.status).toBe('met');
    expect(r.checks.map((c) => c.id)).toEqual([
      'security-policy',
      'contributing-links-secure-development',
      'release-documentation',
      'bug-reporting-guide',
      'mfa-stated',
      'branch-protection',
      'license',
      'baseline-level-1',
      'readiness-document',
      'readiness-linked-from-readme',
    ]);
    expect(check(r, 'security-policy')?.evidence).toHaveLength(5);
    expect(check(r, 'contributing-links-secure-development')?.evidence[0]).toMatchObject({ path: 'CONTRIBUTING.md', line: 3, detail: expect.stringContaining('Secure development practices') });
    expect(check(r, 'branch-protection')?.evidence[0]).toMatchObject({ kind: 'api', detail: expect.stringContaining('ruleset') });
    expect(check(r, 'readiness-document')?.evidence[0]).toMatchObject({ path: 'docs/CRA-READINESS.md', line: 5 });
  });

  it('unknown without a token: branch protection (and so Level 1) cannot be observed', async () => {
    const { facts } = await evaluateTree(FULL);
    const r = evaluateCraReadiness(facts, withControls(l1(), { 'OSPS-AC-03.01': { status: 'unknown', evidence: [{ kind: 'note', detail: 'offline run' }] } }));
    expect(r.checks.filter((c) => c.status !== 'pass').map((c) => c.id)).toEqual(['branch-protection', 'baseline-level-1']);
    expect(r.status).toBe('unknown');
    expect(check(r, 'branch-protection')).toMatchObject({ status: 'unknown', evidence: [{ kind: 'note', detail: expect.stringContaining('offline') }] });
  });

  it('partial: names the policy points that are missing, the missing link and the missing disclaimer', async () => {
    const { facts } = await evaluateTree({
      ...FULL,
      'SECURITY.md': '# Security\n\n## Reporting a vulnerability\n\nE-mail security@acme.dev and we will coordinate disclosure with you.\n',
      'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request against main and wait for a review from a maintainer.\n',
      'docs/CRA-READINESS.md': '# CRA readiness\n\nWe are ready. The maintainers promise nothing, but that sentence is body text.\n',
      'README.md': '# r\n\nA tool.\n',
    });
    const r = evaluateCraReadiness(facts, withControls(l1(), { 'OSPS-AC-01.01': { status: 'unknown', evidence: [{ kind: 'note', detail: 'needs an owner token' }] } }));
    expect(r.status).toBe('partial');
    expect(check(r, 'security-policy')?.missing).toMatch(/does not cover secure development practices; how project risks are handled; the support period/);
    expect(check(r, 'contributing-links-secure-development')?.status).toBe('fail');
    expect(check(r, 'readiness-document')?.missing).toMatch(/Disclaimer.*heading/);
    expect(check(r, 'readiness-linked-from-readme')?.missing).toMatch(/link docs\/CRA-READINESS\.md from README\.md/);
    expect(check(r, 'mfa-stated')?.status).toBe('unknown');
  });

  it('reads policy points, the MFA statement and the disclaimer from prose too', async () => {
    const { facts } = await evaluateTree({
      ...FULL,
      'SECURITY.md': `# Security policy

How we keep this project secure. We follow secure development practices: every change is reviewed and CI runs CodeQL.

## Our process

Project risks are tracked in a threat model that we review at every minor release. Report a vulnerability privately via GitHub's form and we coordinate disclosure with you. Only the latest minor release receives security fixes; older releases reach end of life when a new minor ships.

## Contact

E-mail security@acme.dev.
`,
      'docs/CRA-READINESS.md': '# CRA readiness\n\nHow this project meets the checklist.\n\n## Accounts\n\nAll maintainers must use two-factor authentication on GitHub.\n\n## Scope\n\nThis document is not a statement of conformity, and the maintainers take on no CRA obligations.\n',
    });
    const r = evaluateCraReadiness(facts, withControls(l1(), { 'OSPS-AC-01.01': { status: 'unknown', evidence: [{ kind: 'note', detail: 'needs an owner token' }] } }));
    const policy = check(r, 'security-policy');
    expect(policy?.status).toBe('pass');
    expect(policy?.evidence.map((e) => e.detail).join('\n')).toMatch(/secure development practices: "We follow secure development practices/);
    expect(policy?.evidence.find((e) => /how project risks are handled/.test(e.detail))).toMatchObject({ path: 'SECURITY.md', line: 5 });
    const mfa = check(r, 'mfa-stated');
    expect(mfa?.status).toBe('pass');
    expect(mfa?.evidence.find((e) => e.path === 'docs/CRA-READINESS.md')).toMatchObject({ line: 7, detail: expect.stringContaining('All maintainers must use two-factor authentication') });
    expect(check(r, 'readiness-document')).toMatchObject({ status: 'pass', evidence: [{ path: 'docs/CRA-READINESS.md', line: 9, detail: expect.stringContaining('not a statement of conformity') }] });
  });

  it('does not take denials, recommendations or the unfilled GitHub template as covering a point', async () => {
    const template = '# Security Policy\n\n## Supported Versions\n\nUse this section to tell people about which versions of your project are\ncurrently being supported with security updates.\n\n| Version | Supported          |\n| ------- | ------------------ |\n| 5.1.x   | :white_check_mark: |\n| 5.0.x   | :x:                |\n| 4.0.x   | :white_check_mark: |\n\n## Notes\n\nWe do not have a threat model yet. We recommend two-factor authentication for maintainers.\n';
    const { facts } = await evaluateTree({
      ...FULL,
      'SECURITY.md': template,
      'docs/CRA-READINESS.md': '# CRA readiness\n\nThis document describes our CRA obligations and how we guarantee compliance.\n',
    });
    const r = evaluateCraReadiness(facts, withControls(l1(), { 'OSPS-AC-01.01': { status: 'unknown', evidence: [{ kind: 'note', detail: 'needs an owner token' }] } }));
    expect(check(r, 'security-policy')?.missing).toMatch(/how project risks are handled;.*the support period/);
    expect(check(r, 'mfa-stated')?.status).toBe('unknown');
    expect(check(r, 'readiness-document')?.status).toBe('fail');
  });

  it('unmet-ish: an empty repository fails each item it can observe, and a bug guide only in SECURITY.md is not distinct', async () => {
    const { facts } = await evaluateTree({ 'main.c': 'int main(void) { return 0; }\n' });
    const controls = withControls(makeControls(1, {}, 'fail'), { 'OSPS-DO-02.01': { status: 'pass', evidence: [{ kind: 'file', path: 'SECURITY.md', line: 3, detail: 'explains how to report defects' }] } });
    const r = evaluateCraReadiness({ ...facts, documents: { ...facts.documents, roles: { ...facts.documents.roles, security: ['SECURITY.md'] } } }, controls);
    expect(r.status).toBe('unmet');
    expect(check(r, 'bug-reporting-guide')?.missing).toMatch(/only in SECURITY\.md/);
    expect(check(r, 'readiness-document')?.status).toBe('fail');
  });

  it('Level 1 is computed from the Level 1 controls even at a higher level', async () => {
    const { facts } = await evaluateTree(FULL);
    const controls = makeControls(3, { 'OSPS-BR-06.01': { status: 'fail' } });
    expect(check(evaluateCraReadiness(facts, controls), 'baseline-level-1')?.status).toBe('pass');
    const l1fail = withControls(controls, { 'OSPS-QA-05.01': { status: 'fail' } });
    expect(check(evaluateCraReadiness(facts, l1fail), 'baseline-level-1')?.missing).toContain('OSPS-QA-05.01');
  });

  it('a readiness document at the root that this version does not read is unknown, not a pass', async () => {
    const tree: Record<string, string> = { ...FULL, 'CRA-READINESS.md': CRA, 'README.md': '# r\n\n[CRA](./CRA-READINESS.md)\n' };
    delete tree['docs/CRA-READINESS.md'];
    const { facts } = await evaluateTree(tree);
    const r = evaluateCraReadiness(facts, l1());
    expect(check(r, 'readiness-linked-from-readme')?.status).toBe('pass');
    const doc = check(r, 'readiness-document');
    if (facts.documents.byPath['CRA-READINESS.md']) expect(doc?.status).toBe('pass');
    else expect(doc).toMatchObject({ status: 'unknown', evidence: [{ path: 'CRA-READINESS.md', detail: expect.stringContaining('not read') }] });
  });

  it('resolves links relative to the document, with anchors, GitHub URLs of the repository, and refuses escapes', async () => {
    const { facts } = await evaluateTree(FULL);
    expect(resolveLink(facts, 'docs/a.md', '../SECURITY.md#secure-development-practices')).toEqual({ kind: 'repo', path: 'SECURITY.md', anchor: 'secure-development-practices' });
    expect(resolveLink(facts, 'README.md', 'https://github.com/o/r/blob/main/SECURITY.md#x')).toEqual({ kind: 'repo', path: 'SECURITY.md', anchor: 'x' });
    expect(resolveLink(facts, 'README.md', '../../etc/passwd')).toEqual({ kind: 'other' });
    expect(resolveLink(facts, 'README.md', 'https://acme.dev/x')).toEqual({ kind: 'external', url: 'https://acme.dev/x' });
  });
});
