// Repository settings declared in the tree (.asf.yaml, .github/settings.yml): what is read, on
// which lines, and files that cannot be read recorded with the reason instead of throwing.
import { afterAll, describe, expect, it } from 'vitest';
import { gatherRepoSettings } from '../../src/facts/repo-settings.ts';
import { RepoSnapshot } from '../../src/facts/snapshot.ts';
import { cleanup, makeTree } from './helpers.ts';

afterAll(cleanup);

const settingsOf = (files: Record<string, string>) => gatherRepoSettings(RepoSnapshot.open(makeTree(files)));

// Modelled on logging-log4j2's .asf.yaml: features, and two protected branches with `checks:`.
const ASF = `notifications:
  commits: commits@logging.apache.org
github:
  features:
    issues: true
    discussions: true
    wiki: false
  protected_branches:
    2.x:
      required_conversation_resolution: true
      required_status_checks:
        checks:
          - app_id: 15368
            context: "build / build (ubuntu-latest)"
          - app_id: 57789
            context: "CodeQL"
      required_pull_request_reviews:
        dismiss_stale_reviews: true
        required_approving_review_count: 1
    1.0:
      required_status_checks:
        contexts: [ci]
`;

describe('gatherRepoSettings', () => {
  it('reads .asf.yaml features and protected branches, each on its line', () => {
    const { files } = settingsOf({ '.asf.yaml': ASF });
    expect(files).toHaveLength(1);
    const f = files[0];
    expect(f).toMatchObject({ path: '.asf.yaml', state: 'ok' });
    expect(f.appliedBy).toMatch(/ASF infrastructure/);
    expect(f.features).toEqual({ issues: { value: true, line: 5 }, discussions: { value: true, line: 6 }, wiki: { value: false, line: 7 } });
    expect(f.branches).toEqual([
      {
        name: '2.x',
        line: 9,
        checks: [
          { value: 'build / build (ubuntu-latest)', line: 14 },
          { value: 'CodeQL', line: 16 },
        ],
        approvals: { value: 1, line: 19 },
        dismissStale: { value: true, line: 18 },
        pullRequest: { value: true, line: 17 },
        allowDeletions: null,
      },
      // A plain 1.0 is a number to YAML: the name is kept as written.
      { name: '1.0', line: 20, checks: [{ value: 'ci', line: 22 }], approvals: null, dismissStale: null, pullRequest: null, allowDeletions: null },
    ]);
  });

  it('reads probot\'s .github/settings.yml: repository.has_* and branches[].protection', () => {
    const { files } = settingsOf({
      '.github/settings.yml': `repository:
  has_issues: true
  has_projects: false
branches:
  - name: main
    protection:
      required_pull_request_reviews:
        required_approving_review_count: 2
      required_status_checks:
        strict: true
        contexts: ["test", "lint"]
  - name: old
    protection: null
`,
    });
    expect(files[0]).toMatchObject({ path: '.github/settings.yml', state: 'ok', features: { issues: { value: true, line: 2 }, projects: { value: false, line: 3 } } });
    expect(files[0].appliedBy).toMatch(/Settings app/);
    expect(files[0].branches).toEqual([{ name: 'main', line: 5, checks: [{ value: 'test', line: 11 }, { value: 'lint', line: 11 }], approvals: { value: 2, line: 8 }, dismissStale: null, pullRequest: { value: true, line: 7 }, allowDeletions: null }]);
  });

  it('records a file that does not parse, too large or too deep, with the reason, and never throws', () => {
    const broken = settingsOf({ '.asf.yaml': 'github:\n  features:\n    issues: [true\n' }).files[0];
    expect(broken.state).toBe('unreadable');
    expect(broken.reason).toMatch(/^YAML error at line \d+/);
    expect(broken.branches).toEqual([]);
    const large = settingsOf({ '.asf.yaml': `# ${'x'.repeat(300 * 1024)}\n` }).files[0];
    expect([large.state, large.reason]).toEqual(['unreadable', expect.stringMatching(/larger than the 256 KiB/)]);
    const deep = settingsOf({ '.asf.yaml': `${'['.repeat(500)}${']'.repeat(500)}\n` }).files[0];
    expect([deep.state, deep.reason]).toEqual(['unreadable', expect.stringMatching(/nests more than/)]);
  });

  it('ignores values of the wrong kind and aliases without expanding them', () => {
    const f = settingsOf({
      '.asf.yaml': `x: &a {issues: true}
github:
  features: *a
  protected_branches:
    main:
      required_status_checks:
        checks: [{context: {nested: 1}}, 7, {context: ok}]
      required_pull_request_reviews:
        required_approving_review_count: "1"
        dismiss_stale_reviews: yes
`,
    }).files[0];
    expect(f.state).toBe('ok');
    expect(f.features).toEqual({});
    expect(f.branches).toEqual([{ name: 'main', line: 5, checks: [{ value: 'ok', line: 7 }], approvals: null, dismissStale: null, pullRequest: { value: true, line: 8 }, allowDeletions: null }]);
    expect(settingsOf({ '.asf.yaml': '- just\n- a list\n' }).files[0]).toMatchObject({ state: 'ok', branches: [], features: {} });
    expect(settingsOf({ 'README.md': '# x\n' }).files).toEqual([]);
  });
});
