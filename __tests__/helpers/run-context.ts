// The run context of a push to acme/widget's main branch on a GitHub-hosted runner, as the
// attestation tests sign for it.
import type { RunContext } from '../../src/attestation/context.ts';

export const SAMPLE_RUN_CONTEXT: RunContext = {
  serverUrl: 'https://github.com',
  repository: 'acme/widget',
  repositoryId: 4242,
  sha: 'c'.repeat(40),
  ref: 'refs/heads/main',
  runId: 99,
  runAttempt: 2,
  eventName: 'push',
  defaultBranch: 'main',
  runnerEnvironment: 'github-hosted',
};
