// The repository files a step runs: only commands run them, as the shell reads its lines.
import { describe, expect, test } from 'vitest';
import { invokedScripts, joinContinued, StepScripts } from '../../src/facts/workflows/step-scripts.ts';

/** A reader for which every path is a two-line file. */
const anyFile = (p: string) => `#!/bin/sh\necho ${p}`;
const paths = (lines: string[]) => new StepScripts(anyFile).forStep(lines, '', undefined, null, undefined).map((s) => s.path);

describe('the scripts a step runs', () => {
  test('the arguments on a continued line are no commands (argo-cd: git diff of a lock file)', () => {
    expect(paths(['set -xo pipefail', 'git diff --exit-code -- \\', '.github/workflows/triage.lock.yml \\', 'hack/generated.sh'])).toEqual([]);
  });

  test('a continued command still runs its script, and the next command is read after it', () => {
    expect(paths(['./hack/test.sh \\', '  --race \\', '  --verbose', 'scripts/lint'])).toEqual(['hack/test.sh', 'scripts/lint']);
  });

  test.each([
    ['cat ./VERSION', []],
    ['cp ./build.sh /tmp/ && ls ./out', []],
    ['timeout 10m ./run-tests.sh', ['run-tests.sh']],
    ['xargs -n1 ./hack/check.sh', ['hack/check.sh']],
    ['./config/settings.yml', []],
    ['bash docs/notes.md', []],
    ['sh ./ci/build.sh', ['ci/build.sh']],
  ])('%s', (line, expected) => {
    expect(invokedScripts(line)).toEqual(expected);
  });

  test('a nested script is read as the shell reads it too', () => {
    const files: Record<string, string> = { 'ci/run.sh': 'kubectl apply -f \\\n  deploy/app.yaml \\\n  hack/extra.sh\n./hack/real.sh\n', 'hack/real.sh': 'go test ./...', 'hack/extra.sh': 'x' };
    const scripts = new StepScripts((p) => files[p] ?? null).forStep(['bash ci/run.sh'], '', undefined, null, undefined);
    expect(scripts.map((s) => s.path)).toEqual(['ci/run.sh', 'hack/real.sh']);
  });
});

describe('joinContinued', () => {
  test('joins a backslash-ended line with the next, keeps a comment alone and reads CRLF', () => {
    expect(joinContinued(['a \\', '   b \\\r', ' c', '# note \\', 'd', 'e\\\\', 'f'])).toEqual(['a  b  c', '# note \\', 'd', 'e\\\\', 'f']);
  });
  test('a command left continued at the end is kept, and thousands of continued lines take linear time', () => {
    expect(joinContinued(['x \\'])).toEqual(['x ']);
    const many = Array.from({ length: 20_000 }, () => `${'y'.repeat(200)} \\`);
    const started = Date.now();
    expect(joinContinued(many)).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
