// When a run signs its result: every event, branch, fork and OIDC case, for each `sign` mode.
import { describe, expect, it } from 'vitest';
import { decideSigning, parseSignMode, signFactsFrom, type SignFacts, type SignMode } from '../../src/attestation/when.ts';

const MAIN: SignFacts = { eventName: 'push', ref: 'refs/heads/main', defaultBranch: 'main', fork: false, oidc: true };

type Row = [string, SignMode, Partial<SignFacts>, { sign: boolean; fail: boolean; reason: RegExp }];
const rows: Row[] = [
  ['auto: push to the default branch', 'auto', {}, { sign: true, fail: false, reason: /^Signing: push run of refs\/heads\/main, the default branch\.$/ }],
  ['auto: schedule', 'auto', { eventName: 'schedule' }, { sign: true, fail: false, reason: /^Signing: schedule run/ }],
  ['auto: workflow_dispatch on the default branch', 'auto', { eventName: 'workflow_dispatch' }, { sign: true, fail: false, reason: /^Signing: workflow_dispatch/ }],
  ['auto: workflow_dispatch on another branch', 'auto', { eventName: 'workflow_dispatch', ref: 'refs/heads/dev' }, { sign: false, fail: false, reason: /^Not signed: refs\/heads\/dev is not the default branch \(refs\/heads\/main\)\.$/ }],
  ['auto: release of the default branch', 'auto', { eventName: 'release', ref: 'refs/tags/v1.0.0', releaseTarget: 'main' }, { sign: true, fail: false, reason: /^Signing: release run of refs\/tags\/v1\.0\.0/ }],
  ['auto: release naming refs/heads/main', 'auto', { eventName: 'release', ref: 'refs/tags/v1.0.0', releaseTarget: 'refs/heads/main' }, { sign: true, fail: false, reason: /^Signing:/ }],
  ['auto: release of another branch', 'auto', { eventName: 'release', ref: 'refs/tags/v1.0.0', releaseTarget: 'maint-1.x' }, { sign: false, fail: false, reason: /^Not signed: the release targets maint-1\.x, not the default branch main\.$/ }],
  ['auto: release without a target', 'auto', { eventName: 'release', ref: 'refs/tags/v1.0.0' }, { sign: false, fail: false, reason: /release targets an unknown commit/ }],
  ['auto: push to another branch', 'auto', { ref: 'refs/heads/feature' }, { sign: false, fail: false, reason: /^Not signed: refs\/heads\/feature is not the default branch/ }],
  ['auto: push of a tag', 'auto', { ref: 'refs/tags/v2' }, { sign: false, fail: false, reason: /refs\/tags\/v2 is not the default branch/ }],
  ['auto: pull request', 'auto', { eventName: 'pull_request', ref: 'refs/pull/7/merge', oidc: false }, { sign: false, fail: false, reason: /^Not signed: pull_request runs are not signed \(`sign: auto` signs push, schedule, workflow_dispatch and release runs of the default branch\)\.$/ }],
  ['auto: pull_request_target even with OIDC on the default branch', 'auto', { eventName: 'pull_request_target', ref: 'refs/heads/main' }, { sign: false, fail: false, reason: /pull_request_target runs are not signed/ }],
  ['auto: merge_group', 'auto', { eventName: 'merge_group' }, { sign: false, fail: false, reason: /merge_group runs are not signed/ }],
  ['auto: workflow_run', 'auto', { eventName: 'workflow_run' }, { sign: false, fail: false, reason: /workflow_run runs are not signed/ }],
  ['auto: a fork pushing to its default branch', 'auto', { fork: true }, { sign: false, fail: false, reason: /^Not signed: this repository is a fork/ }],
  ['auto: no default branch in the payload', 'auto', { defaultBranch: undefined }, { sign: false, fail: false, reason: /^Not signed: the event payload does not name the default branch\.$/ }],
  ['auto: no id-token permission', 'auto', { oidc: false }, { sign: false, fail: false, reason: /^Not signed: no OIDC token can be requested \(the job needs `permissions: id-token: write`/ }],
  ['auto: no event name', 'auto', { eventName: '' }, { sign: false, fail: false, reason: /^Not signed: runs without an event name are not signed/ }],
  ['true: push to the default branch', 'true', {}, { sign: true, fail: false, reason: /^Signing \(`sign: true`\): push run of refs\/heads\/main\.$/ }],
  ['true: pull request with OIDC', 'true', { eventName: 'pull_request', ref: 'refs/pull/7/merge' }, { sign: true, fail: false, reason: /^Signing \(`sign: true`\): pull_request run of refs\/pull\/7\/merge\.$/ }],
  ['true: a fork', 'true', { fork: true, ref: 'refs/heads/x' }, { sign: true, fail: false, reason: /^Signing/ }],
  ['true: no OIDC fails the step', 'true', { oidc: false }, { sign: false, fail: true, reason: /^Cannot sign \(`sign: true`\): no OIDC token can be requested/ }],
  ['true: fork pull request without OIDC fails the step', 'true', { eventName: 'pull_request', oidc: false }, { sign: false, fail: true, reason: /^Cannot sign/ }],
  ['false: the default branch', 'false', {}, { sign: false, fail: false, reason: /^Not signed: `sign` is false\.$/ }],
  ['false: a pull request', 'false', { eventName: 'pull_request', oidc: false }, { sign: false, fail: false, reason: /^Not signed: `sign` is false\.$/ }],
];

describe('decideSigning', () => {
  it.each(rows)('%s', (_name, mode, change, expected) => {
    const d = decideSigning(mode, { ...MAIN, ...change });
    expect(d.sign).toBe(expected.sign);
    expect(d.fail).toBe(expected.fail);
    expect(d.reason).toMatch(expected.reason);
    expect(d.reason).not.toContain('\n');
  });

  it('keeps hostile event values to one short line', () => {
    const d = decideSigning('auto', { ...MAIN, ref: `refs/heads/${'x'.repeat(300)}\n::error::injected\x1b[31m` });
    expect(d.reason).not.toMatch(/[\n\x1b]/);
    expect(d.reason.length).toBeLessThan(300);
  });
});

describe('parseSignMode', () => {
  it.each([
    ['', 'auto'],
    ['auto', 'auto'],
    ['true', 'true'],
    ['TRUE', 'true'],
    ['False', 'false'],
  ])('%j -> %s', (input, mode) => expect(parseSignMode(input)).toBe(mode));
  it('rejects anything else with a clear error', () => expect(() => parseSignMode('yes')).toThrow('sign must be "auto", "true" or "false", not "yes"'));
});

describe('signFactsFrom', () => {
  const env = { GITHUB_EVENT_NAME: 'release', GITHUB_REF: 'refs/tags/v1', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' };
  it('reads the event payload fields it needs', () => {
    expect(signFactsFrom(env, { repository: { default_branch: 'main', fork: false }, release: { target_commitish: 'main' } })).toEqual({
      eventName: 'release',
      ref: 'refs/tags/v1',
      defaultBranch: 'main',
      fork: false,
      releaseTarget: 'main',
      oidc: true,
    });
  });
  it('needs both OIDC variables', () => {
    expect(signFactsFrom({ ...env, ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' }, {}).oidc).toBe(false);
    expect(signFactsFrom({ ...env, ACTIONS_ID_TOKEN_REQUEST_URL: undefined }, {}).oidc).toBe(false);
  });
  it.each([null, 'text', [1], { repository: 'x' }, { repository: { default_branch: 7, fork: 'yes' }, release: [] }])('ignores a payload of the wrong shape: %j', (event) => {
    const f = signFactsFrom(env, event);
    expect(f.defaultBranch).toBeUndefined();
    expect(f.fork).toBeUndefined();
    expect(f.releaseTarget).toBeUndefined();
    expect(decideSigning('auto', f).sign).toBe(false);
  });
});
