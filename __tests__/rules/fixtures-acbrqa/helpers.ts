// Shared by the AC, BR and QA rule tests: evaluate a fixture repository offline or against the
// loopback fake GitHub API, and write Security Insights files.
import { stringify } from 'yaml';
import { evaluate } from '../../../src/engine.ts';
import type { ControlResult } from '../../../src/result/types.ts';
import { defaultState, FakeGitHub, type FakeResponse, type FakeState } from '../../github/fake-github.ts';
import { makeRepo, type TempRepo, type Tree } from '../../helpers/repo.ts';

const repos: TempRepo[] = [];

export function cleanupRepos(): void {
  while (repos.length) repos.pop()?.cleanup();
}

export interface ApiSetup {
  /** Change the fake's canned state. */
  state?: (s: FakeState) => void;
  /** Per-route overrides, keyed by the path suffix after /repos/{owner}/{repo}. */
  overrides?: Record<string, FakeResponse>;
}

/** Evaluates `files` at level 3 and returns the control `id`: offline, or online against a fresh fake GitHub. */
export async function control(files: Tree, id: string, api?: ApiSetup, repoOptions: { git?: boolean; remote?: string; repository?: string; tag?: string } = {}): Promise<ControlResult> {
  const r = makeRepo(files, repoOptions);
  repos.push(r);
  if (!api) {
    const { result } = await evaluate(r.root, { level: 3, offline: true, repository: repoOptions.repository ?? 'octo-org/demo' });
    return find(result.controls, id);
  }
  const fake = await FakeGitHub.start({ state: defaultState() });
  try {
    api.state?.(fake.state);
    for (const [suffix, response] of Object.entries(api.overrides ?? {})) fake.override(fake.repoPath(suffix), response);
    const { result } = await evaluate(r.root, {
      level: 3,
      offline: false,
      token: 'test-token',
      repository: `${fake.state.owner}/${fake.state.repo}`,
      apiUrl: fake.baseUrl,
      defaultBranch: 'main',
    });
    return find(result.controls, id);
  } finally {
    await fake.close();
  }
}

function find(controls: ControlResult[], id: string): ControlResult {
  const c = controls.find((x) => x.id === id);
  if (!c) throw new Error(`${id} missing`);
  return c;
}

/** Every evidence detail joined, for matching. */
export function details(c: ControlResult): string {
  return c.evidence.map((e) => e.detail).join('\n');
}

/** A Security Insights 2.2.0 file for octo-org/demo; `patch` replaces top-level project / repository keys. */
export function insights(patch: { project?: Record<string, unknown>; repository?: Record<string, unknown> } = {}): string {
  const doc = {
    header: { 'schema-version': '2.2.0', 'last-updated': '2026-02-01', 'last-reviewed': '2026-02-01', url: 'https://github.com/octo-org/demo/raw/main/security-insights.yml' },
    project: {
      name: 'Demo',
      administrators: [{ name: 'Ada Admin', primary: true }],
      repositories: [{ name: 'demo', url: 'https://github.com/octo-org/demo', comment: 'The main repository.' }],
      'vulnerability-reporting': { 'reports-accepted': true, 'bug-bounty-available': false },
      ...patch.project,
    },
    repository: {
      url: 'https://github.com/octo-org/demo',
      status: 'active',
      'accepts-change-request': true,
      'accepts-automated-change-request': true,
      'core-team': [{ name: 'Alice', primary: true }],
      license: { url: 'https://github.com/octo-org/demo/blob/main/LICENSE', expression: 'Apache-2.0' },
      security: { assessments: { self: { comment: 'Not done yet.' } } },
      ...patch.repository,
    },
  };
  return stringify(doc);
}

/** Prose long enough to count as a section body. */
export const BODY = 'This section explains the practice in full sentences, with enough detail for a reader to follow it.\n';
