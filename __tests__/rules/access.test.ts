// OSPS-AC rules: fixtures that pass, fail, and are unknown / attested / not applicable.
import { afterEach, describe, expect, it } from 'vitest';
import { gatherFacts } from '../../src/facts/gather.ts';
import { mfaStatement } from '../../src/rules/helpers/mfa.ts';
import { forbidden } from '../github/fake-github.ts';
import { cleanup, makeTree } from '../repo-facts/helpers.ts';
import { BODY, cleanupRepos, control, details } from './fixtures-acbrqa/helpers.ts';

afterEach(cleanupRepos);
afterEach(cleanup);

const CI_OK = `name: ci
on: [push, pull_request]
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm test
`;

// Modelled on npm's template-oss .github/settings.yml: classic protection of main with reviews.
const PROBOT_PROTECTION = `branches:
  - name: main
    protection:
      required_status_checks: null
      enforce_admins: true
      required_pull_request_reviews:
        required_approving_review_count: 1
`;

const CI_NO_PERMISSIONS = `name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm test
`;

describe('OSPS-AC-01.01 multi-factor authentication', () => {
  it('is attested when SECURITY.md states a two-factor policy, pointing at the section', async () => {
    const c = await control({ 'SECURITY.md': `# Security\n\n## Two-factor authentication\n\n${BODY}` }, 'OSPS-AC-01.01');
    expect(c.status).toBe('attested');
    expect(c.evidence[0]).toMatchObject({ path: 'SECURITY.md', line: 3 });
  });
  it('is unknown without a statement, saying what would count', async () => {
    const c = await control({ 'README.md': `# Demo\n\n## Usage\n\n${BODY}` }, 'OSPS-AC-01.01');
    expect(c.status).toBe('unknown');
    expect(details(c)).toMatch(/MFA|two-factor/);
  });
  it('does not take a bare heading without a body', async () => {
    const c = await control({ 'SECURITY.md': '# Security\n\n## MFA\n\n## Other\n' }, 'OSPS-AC-01.01');
    expect(c.status).toBe('unknown');
  });
  it('is attested from a sentence in a section\'s prose, quoting it on its own line', async () => {
    const c = await control({ 'GOVERNANCE.md': '# Governance\n\n## Maintainers\n\nAll maintainers must use two-factor authentication on their GitHub accounts.\n' }, 'OSPS-AC-01.01');
    expect(c.status).toBe('attested');
    expect(c.evidence[0]).toMatchObject({ path: 'GOVERNANCE.md', line: 5 });
    expect(c.evidence[0].detail).toMatch(/All maintainers must use two-factor authentication/);
  });
  it('reads "the GitHub organization requires 2FA" in CRA-READINESS.md', async () => {
    const c = await control({ 'CRA-READINESS.md': '# CRA readiness\n\n## Accounts\n\nThe GitHub organization requires 2FA for every member.\n' }, 'OSPS-AC-01.01');
    expect(c.status).toBe('attested');
    expect(c.evidence[0]).toMatchObject({ path: 'CRA-READINESS.md', line: 5 });
  });
  it.each([
    ['a denial', 'We do not require 2FA for contributors.'],
    ['an option', 'Two-factor authentication is optional but welcome.'],
    ['a recommendation', 'We recommend that maintainers enable two-factor authentication.'],
    ['a mention', 'Passkeys are a kind of credential supported by GitHub.'],
  ])('stays unknown on %s in prose', async (_what, sentence) => {
    const c = await control({ 'SECURITY.md': `# Security\n\n## Accounts\n\n${sentence}\n` }, 'OSPS-AC-01.01');
    expect(c.status).toBe('unknown');
  });
  it('is searched for once per run: the CRA Readiness objective takes the same answer', async () => {
    const { facts } = await gatherFacts(makeTree({ 'SECURITY.md': `# Security\n\n## Two-factor authentication\n\n${BODY}` }), { offline: true });
    const first = mfaStatement(facts);
    expect(first?.evidence).toMatchObject({ path: 'SECURITY.md', line: 3 });
    expect(mfaStatement(facts)).toBe(first);
    // Other facts are searched on their own.
    const { facts: other } = await gatherFacts(makeTree({ 'README.md': '# Demo\n' }), { offline: true });
    expect(mfaStatement(other)).toBeNull();
  });
  it('does not take a section about 2FA whose prose says it is not required', async () => {
    const c = await control({ 'SECURITY.md': '# Security\n\n## Two-factor authentication\n\nTwo-factor authentication is not required for maintainers of this project at the moment.\n' }, 'OSPS-AC-01.01');
    expect(c.status).toBe('unknown');
    expect(c.evidence[0]).toMatchObject({ path: 'SECURITY.md', line: 3 });
    expect(c.evidence[0].detail).toMatch(/does not require it/);
  });
  it("is attested on a role's pre-requisites that list 2FA, a requirement without a word of obligation (ossf/scorecard's CONTRIBUTOR_LADDER.md)", async () => {
    const ladder =
      '# Governance\n\n## Community Members\n\nCommunity Members are active contributors in the community.\n\n### Pre-requisites\n\n- Enabled two-factor authentication on their GitHub account\n- Have made multiple contributions to the project or community.\n  Contributions may include, but are not limited to, reviews.\n';
    const c = await control({ 'GOVERNANCE.md': ladder }, 'OSPS-AC-01.01');
    expect(c.status).toBe('attested');
    expect(c.evidence[0]).toMatchObject({ path: 'GOVERNANCE.md', line: 9, detail: expect.stringMatching(/pre-requisite.*"Enabled two-factor authentication on their GitHub account"/) });
    const recommended = await control({ 'GOVERNANCE.md': ladder.replace('Enabled two-factor authentication', 'Two-factor authentication is recommended') }, 'OSPS-AC-01.01');
    expect(recommended.status).toBe('unknown');
  });
  it("is attested on a role's requirements named after the role (etcd's community-membership.md \"Member requirements\"), not on a product's", async () => {
    const doc =
      '# Community membership\n\n## Member\n\nMembers are continuously active contributors to the community.\n\n### Member requirements\n\n- Enabled [two-factor authentication] on their GitHub account\n- Have made multiple contributions to the project or community.  Contribution may include, but is not limited to:\n  - Authoring or reviewing PRs on GitHub.\n\n[two-factor authentication]: https://help.github.com/articles/about-two-factor-authentication\n';
    const c = await control({ 'README.md': '# Widget\n\nA server.\n', 'docs/contributor-guide/community-membership.md': doc }, 'OSPS-AC-01.01');
    expect(c.status).toBe('attested');
    expect(c.evidence[0]).toMatchObject({ path: 'docs/contributor-guide/community-membership.md', line: 9, detail: expect.stringMatching(/pre-requisite.*"Enabled \[two-factor authentication\] on their GitHub account" \(section "Member requirements"\)/) });
    const product = await control({ 'README.md': '# Widget\n\nA server.\n', 'docs/install.md': doc.replace('### Member requirements', '### System requirements') }, 'OSPS-AC-01.01');
    expect(product.status).toBe('unknown');
  });
  it("does not take how-to subsections of a section that only recommends 2FA (ossf/scorecard's README \"Enabling 2FA\")", async () => {
    const readme =
      '# Scorecard\n\n## Other Important Recommendations\n\n### Two-factor Authentication (2FA)\n\nWe strongly recommend that you enable 2FA on any important accounts where it is available.\n\n#### Enabling 2FA\n\n##### For users\n\nFollow the steps described at Configuring two-factor authentication. If possible, use a physical security key.\n\n##### For an organization\n\n1. Prepare to require 2FA in your organization.\n\n## License\n\nApache-2.0, see the LICENSE file for the full text.\n';
    const c = await control({ 'README.md': readme }, 'OSPS-AC-01.01');
    expect(c.status).toBe('unknown');
    expect(c.evidence[0]).toMatchObject({ path: 'README.md', line: 5 });
    expect(c.evidence[0].detail).toMatch(/does not require it/);
  });
});

describe('OSPS-AC-02.01 collaborator permissions', () => {
  it("is attested with a section on onboarding collaborators that says who grants which access (fastify's \"Onboarding Collaborators\"), not with one that does not", async () => {
    const onboarding = '# Contributing\n\n### Onboarding Collaborators\n\nWelcome to the team! Choose which team to join based on how you want to help. The person who does the onboarding must open a pull request to the org-admin repository so an admin can add the new member to the npm org and the GitHub Team.\n';
    const c = await control({ 'CONTRIBUTING.md': onboarding }, 'OSPS-AC-02.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['attested', { path: 'CONTRIBUTING.md', line: 3 }]);
    const welcome = await control({ 'CONTRIBUTING.md': '# Contributing\n\n### Onboarding\n\nRead the tutorial, clone the repository, run the test suite and pick an issue labelled good first issue to start with.\n' }, 'OSPS-AC-02.01');
    expect(welcome.status).toBe('unknown');
  });
  it("is attested with a contributor ladder's role privileges that say which access is granted (etcd's \"Member responsibilities and privileges\"), not with duties alone", async () => {
    const ladder = (body: string) => `# Community membership\n\n## Member\n\nMembers are continuously active contributors to the community.\n\n### Member responsibilities and privileges\n\n${body}`;
    const c = await control({ 'docs/community-membership.md': ladder('- Responsive to issues and PRs assigned to them\n- Granted "triage access" to the project\n') }, 'OSPS-AC-02.01');
    expect([c.status, c.evidence[0]]).toMatchObject(['attested', { path: 'docs/community-membership.md', line: 7 }]);
    const duties = await control({ 'docs/community-membership.md': ladder('- Responsive to issues and PRs assigned to them\n- Active owner of code they have contributed\n') }, 'OSPS-AC-02.01');
    expect(duties.status).toBe('unknown');
  });
  it('is attested from a documented access policy', async () => {
    const c = await control({ 'GOVERNANCE.md': `# Governance\n\n## Repository access\n\n${BODY}` }, 'OSPS-AC-02.01');
    expect(c.status).toBe('attested');
    expect(c.evidence[0]).toMatchObject({ path: 'GOVERNANCE.md', line: 3 });
  });
  it('is unknown, not a guessed pass, without one', async () => {
    const c = await control({ 'README.md': '# Demo\n' }, 'OSPS-AC-02.01');
    expect(c.status).toBe('unknown');
    expect(details(c)).toMatch(/base permission/);
  });
});

describe('OSPS-AC-03.01 direct commits to the primary branch', () => {
  it('passes when a ruleset requires pull requests, with the endpoint as evidence', async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-AC-03.01', {});
    expect(c.status).toBe('pass');
    expect(c.evidence.some((e) => e.kind === 'api' && /\/repos\/octo-org\/demo\/rules\/branches\/main$/.test(e.url ?? ''))).toBe(true);
  });
  it('fails when nothing protects the branch', async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-AC-03.01', {
      state: (s) => {
        s.rules = [];
        s.protection = null;
        s.branch = { ...s.branch, protected: false, protection: { enabled: false, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } } };
      },
    });
    expect(c.status).toBe('fail');
    expect(c.remediation).toMatch(/Require a pull request/);
  });
  it('fails when only force pushes are blocked', async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-AC-03.01', {
      state: (s) => {
        s.rules = s.rules.filter((r) => r.type === 'non_fast_forward');
        s.protection = { ...s.protection, required_pull_request_reviews: undefined };
      },
    });
    expect(c.status).toBe('fail');
  });
  it('is unknown offline, saying why', async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-AC-03.01');
    expect(c.status).toBe('unknown');
    expect(details(c)).toMatch(/offline/);
    // offline, a token permission would not help: the detail must not suggest one
    expect(details(c)).not.toMatch(/a token with/);
  });
  it('is attested offline by the pull request .github/settings.yml requires on the default branch, on its line', async () => {
    const c = await control({ '.github/settings.yml': PROBOT_PROTECTION }, 'OSPS-AC-03.01', undefined, { git: true });
    expect([c.status, c.evidence[0]?.path, c.evidence[0]?.line]).toEqual(['attested', '.github/settings.yml', 6]);
    expect(details(c)).toMatch(/pull request with reviews declared required before merging to main/);
    // Protection without required reviews does not require a pull request.
    const checksOnly = await control({ '.github/settings.yml': PROBOT_PROTECTION.replace(/ {6}required_pull_request_reviews:\n.*\n/, '') }, 'OSPS-AC-03.01', undefined, { git: true });
    expect(checksOnly.status).toBe('unknown');
  });
  it('is unknown with the permission that would decide it when protection is forbidden', async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-AC-03.01', {
      state: (s) => {
        s.rules = [];
      },
      overrides: { '/branches/main/protection': { status: 403, body: forbidden() } },
    });
    expect(c.status).toBe('unknown');
    expect(details(c)).toMatch(/administration: read/);
  });
});

describe('OSPS-AC-03.02 deleting the primary branch', () => {
  it('passes when a deletion rule exists', async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-AC-03.02', {});
    expect(c.status).toBe('pass');
    expect(details(c)).toMatch(/deletion of the branch is blocked/);
  });
  it('fails when classic protection allows deletions and no ruleset blocks it', async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-AC-03.02', {
      state: (s) => {
        s.rules = [];
        s.protection = { ...s.protection, allow_deletions: { enabled: true } };
      },
    });
    expect(c.status).toBe('fail');
  });
  it('is attested offline by protection .github/settings.yml declares for the default branch, unless it allows deletions', async () => {
    const c = await control({ '.github/settings.yml': PROBOT_PROTECTION }, 'OSPS-AC-03.02', undefined, { git: true });
    expect([c.status, c.evidence[0]?.path, c.evidence[0]?.line]).toEqual(['attested', '.github/settings.yml', 2]);
    const allowed = await control({ '.github/settings.yml': `${PROBOT_PROTECTION}      allow_deletions: true\n` }, 'OSPS-AC-03.02', undefined, { git: true });
    expect(allowed.status).toBe('unknown');
  });
});

describe('OSPS-AC-04.01 default CI permissions', () => {
  it('passes when every workflow declares permissions, pointing at the declaration', async () => {
    const c = await control({ '.github/workflows/ci.yml': CI_OK }, 'OSPS-AC-04.01');
    expect(c.status).toBe('pass');
    // the position of the permissions value: the first scope of the mapping
    expect(c.evidence.find((e) => e.kind === 'workflow')).toMatchObject({ path: '.github/workflows/ci.yml', line: 4 });
    expect(details(c)).toMatch(/1 workflow\(s\) analysed/);
  });
  const MIXED = { '.github/workflows/ci.yml': CI_OK, '.github/workflows/other.yml': CI_NO_PERMISSIONS };
  it('is unknown offline for a workflow without permissions: the repository default decides, and it is unread', async () => {
    const c = await control(MIXED, 'OSPS-AC-04.01');
    expect(c.status).toBe('unknown');
    expect(c.evidence[0]).toMatchObject({ kind: 'workflow', path: '.github/workflows/other.yml', line: 1 });
    expect(details(c)).toMatch(/default workflow permissions .*could not be read from the GitHub API: offline run/);
  });
  it('fails with file and line when the API says the default is read and write', async () => {
    const c = await control(MIXED, 'OSPS-AC-04.01', { state: (s) => (s.workflowPermissions.default_workflow_permissions = 'write') });
    expect(c.status).toBe('fail');
    expect(c.evidence[0]).toMatchObject({ kind: 'api', detail: expect.stringMatching(/default workflow permissions are read and write \(GET \/repos\/\{owner\}\/\{repo\}\/actions\/permissions\/workflow\)/) });
    expect(c.evidence[1]).toMatchObject({ kind: 'workflow', path: '.github/workflows/other.yml', line: 1 });
  });
  it('passes when the API says the default is read, keeping the undeclared workflow as a note', async () => {
    const c = await control(MIXED, 'OSPS-AC-04.01', { state: (s) => (s.workflowPermissions.default_workflow_permissions = 'read') });
    expect(c.status).toBe('pass');
    expect(c.evidence[0].detail).toMatch(/default workflow permissions are read \(contents and packages\)/);
    expect(c.evidence.find((e) => e.path === '.github/workflows/other.yml')?.detail).toMatch(/^note: .*The default is read \(GitHub API\)\.$/);
  });
  it('is unknown when the token may not read the setting, naming the permission', async () => {
    const c = await control(MIXED, 'OSPS-AC-04.01', { overrides: { '/actions/permissions/workflow': { status: 403, body: forbidden() } } });
    expect(c.status).toBe('unknown');
    expect(details(c)).toMatch(/needs administration: read/);
    expect(c.evidence[0]).toMatchObject({ path: '.github/workflows/other.yml', line: 1 });
  });
  it('is unknown when the answer does not have the documented shape', async () => {
    const c = await control(MIXED, 'OSPS-AC-04.01', { state: (s) => (s.workflowPermissions.default_workflow_permissions = 'admin') });
    expect(c.status).toBe('unknown');
    expect(details(c)).toMatch(/neither "read" nor "write"/);
  });
  it('passes without asking when every workflow declares permissions, whatever the default', async () => {
    const c = await control({ '.github/workflows/ci.yml': CI_OK }, 'OSPS-AC-04.01', { state: (s) => (s.workflowPermissions.default_workflow_permissions = 'write') });
    expect(c.status).toBe('pass');
  });
  it('does not fail on a note: a workflow only ever called by another', async () => {
    const called = `on: workflow_call\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n`;
    const c = await control({ '.github/workflows/ci.yml': CI_OK, '.github/workflows/called.yml': called }, 'OSPS-AC-04.01');
    expect(c.status).toBe('pass');
    expect(c.evidence.some((e) => e.path === '.github/workflows/called.yml' && /^note:/.test(e.detail))).toBe(true);
  });
  it('is not applicable without any CI', async () => {
    const c = await control({ 'README.md': '# x' }, 'OSPS-AC-04.01');
    expect(c.status).toBe('not-applicable');
  });
  it('is unknown when only another CI system is configured', async () => {
    const c = await control({ '.gitlab-ci.yml': 'test:\n  script: make test\n' }, 'OSPS-AC-04.01');
    expect(c.status).toBe('unknown');
    expect(details(c)).toMatch(/\.gitlab-ci\.yml/);
  });
});

describe('OSPS-AC-04.02 least CI privileges', () => {
  it('passes for read-only workflows', async () => {
    const c = await control({ '.github/workflows/ci.yml': CI_OK }, 'OSPS-AC-04.02');
    expect(c.status).toBe('pass');
  });
  it('fails on permissions: write-all with its position', async () => {
    const wf = CI_OK.replace('permissions:\n  contents: read', 'permissions: write-all');
    const c = await control({ '.github/workflows/ci.yml': wf }, 'OSPS-AC-04.02');
    expect(c.status).toBe('fail');
    expect(c.evidence[0]).toMatchObject({ path: '.github/workflows/ci.yml', line: 3, column: 14 });
  });
  it('fails on a write scope given to every job of a multi-job workflow, not on a single-job one', async () => {
    const broad = `on: push\npermissions:\n  contents: write\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo a\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo b\n`;
    const fails = await control({ '.github/workflows/rel.yml': broad }, 'OSPS-AC-04.02');
    expect(fails.status).toBe('fail');
    expect(fails.evidence[0]).toMatchObject({ path: '.github/workflows/rel.yml', line: 3 });
    const single = `on: push\npermissions:\n  contents: write\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo a\n`;
    expect((await control({ '.github/workflows/rel.yml': single }, 'OSPS-AC-04.02')).status).toBe('pass');
  });
});
