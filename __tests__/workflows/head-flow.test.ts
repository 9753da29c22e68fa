// Data flow of a pull request's head into a privileged checkout (OSPS-BR-01.03): through job
// outputs, step outputs, env and shell variables, and the gates that keep outsiders out.
import { describe, expect, test } from 'vitest';
import { analyzeWorkflows } from '../../src/facts/workflows/index.ts';
import type { Finding } from '../../src/facts/workflows/index.ts';
import { assignmentOf, shellLines, shellVars, withoutCommandOutputs, writeOf } from '../../src/facts/workflows/head-flow.ts';
import { literalValue, safeWholePattern, ScriptChecks } from '../../src/facts/workflows/validation.ts';
import { memorySource } from './helpers.ts';

const SHA = 'b4ffde65f46336ab88eb53be808477a3936bae11';

function checkouts(yaml: string): Finding[] {
  const facts = analyzeWorkflows(memorySource({ '.github/workflows/x.yml': yaml }), { repository: 'me/repo' });
  expect(facts.parseErrors).toEqual([]);
  return facts.findings.filter((f) => f.kind === 'privileged-untrusted-checkout');
}

const brief = (fs: Finding[]) => fs.map((f) => `${f.severity} ${f.line}:${f.column}`);

/** A two-job pull_request_target workflow: `prep` computes a ref, `build` checks it out and runs make. */
function throughJobOutput(source: string, extra = { prepIf: '', buildIf: '', buildSteps: '' }): string {
  return [
    'on: pull_request_target',
    'permissions: {}',
    'jobs:',
    '  prep:',
    ...(extra.prepIf ? [`    if: ${extra.prepIf}`] : []),
    '    runs-on: ubuntu-latest',
    '    outputs:',
    '      ref: ${{ steps.pr.outputs.sha }}',
    '    steps:',
    '      - id: pr',
    `        run: echo "sha=${source}" >> "$GITHUB_OUTPUT"`,
    '  build:',
    '    needs: prep',
    ...(extra.buildIf ? [`    if: ${extra.buildIf}`] : []),
    '    runs-on: ubuntu-latest',
    '    steps:',
    ...(extra.buildSteps ? [extra.buildSteps] : []),
    `      - uses: actions/checkout@${SHA} # v4.1.1`,
    '        with:',
    '          ref: ${{ needs.prep.outputs.ref }}',
    '      - run: make test',
  ].join('\n');
}

describe('the head reaches the checkout indirectly', () => {
  test('through a job output set from a step output written to $GITHUB_OUTPUT', () => {
    const f = checkouts(throughJobOutput('${{ github.event.pull_request.head.sha }}'));
    expect(brief(f)).toEqual(['error 17:16']);
    expect(f[0].message).toContain('needs.prep.outputs.ref');
    expect(f[0].message).toContain('which carries github.event.pull_request.head.sha through jobs.prep.outputs.ref, steps.pr.outputs.sha');
    expect(f[0].gate).toBeUndefined();
  });

  test('near miss: the base commit through the same outputs is not a finding', () => {
    expect(checkouts(throughJobOutput('${{ github.event.pull_request.base.sha }}'))).toEqual([]);
    expect(checkouts(throughJobOutput('${{ github.sha }}'))).toEqual([]);
  });

  test('through a step output from the API (issue_comment: gh pr view … headRefOid)', () => {
    const wf = [
      'on:',
      '  issue_comment:',
      '    types: [created]',
      'permissions:',
      '  contents: read',
      'jobs:',
      '  test:',
      '    if: github.event.issue.pull_request',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - id: head',
      '        run: |',
      '          sha=$(gh pr view ${{ github.event.issue.number }} --json headRefOid -q .headRefOid)',
      '          echo "sha=$sha" >> $GITHUB_OUTPUT',
      `      - uses: actions/checkout@${SHA} # v4.1.1`,
      '        with:',
      '          ref: ${{ steps.head.outputs.sha }}',
      '      - run: npm ci && npm test',
    ].join('\n');
    const f = checkouts(wf);
    expect(brief(f)).toEqual(['error 17:16']);
    expect(f[0].message).toContain('steps.head.outputs.sha');
    expect(f[0].message).toContain("an API answer about the pull request's head");
  });

  test('through an action whose outputs are the head of the commented pull request', () => {
    const wf = [
      'on: issue_comment',
      'permissions: {}',
      'jobs:',
      '  t:',
      '    runs-on: x',
      '    steps:',
      `      - uses: xt0rted/pull-request-comment-branch@${SHA}`,
      '        id: branch',
      `      - uses: actions/checkout@${SHA}`,
      '        with:',
      '          ref: ${{ steps.branch.outputs.head_sha }}',
    ].join('\n');
    expect(brief(checkouts(wf))).toEqual(['warning 11:16']);
  });

  test('through actions/github-script: only the outputs whose value may be the head', () => {
    // As ossf/scorecard's scdiff workflow: one script sets the base and the head; the base's checkout runs trusted code.
    const wf = (script: string[], ref: string) =>
      [
        'on: issue_comment',
        'permissions: read-all',
        'jobs:',
        '  t:',
        '    runs-on: x',
        '    steps:',
        `      - uses: actions/github-script@${SHA}`,
        '        id: config',
        '        with:',
        '          script: |',
        '            const response = await github.rest.pulls.get({ owner: context.repo.owner, repo: context.repo.repo, pull_number: context.issue.number })',
        ...script.map((l) => `            ${l}`),
        `      - uses: actions/checkout@${SHA}`,
        '        with:',
        `          ref: \${{ steps.config.outputs.${ref} }}`,
        '      - run: make test',
        '        env:',
        '          TOKEN: ${{ secrets.GH_AUTH_TOKEN }}',
      ].join('\n');
    /** The finding at the checkout's ref line, for this script and output. */
    const at = (script: string[], ref: string) => {
      const text = wf(script, ref);
      return [`error ${text.split('\n').findIndex((l) => l.includes('ref: ${{')) + 1}:16`];
    };
    const both = ["core.setOutput('base', response.data.base.sha)", "core.setOutput('head', response.data.head.sha)", "core.setOutput('mode', 'full');"];
    expect(checkouts(wf(both, 'base'))).toEqual([]);
    expect(checkouts(wf(both, 'mode'))).toEqual([]);
    const head = checkouts(wf(both, 'head'));
    expect(brief(head)).toEqual(at(both, 'head'));
    expect(head[0].message).toContain("core.setOutput('head', …) of actions/github-script reading a pull request head");
    // A value we cannot read as the base or a literal may be the head.
    const viaVariable = ['const sha = response.data.head.sha', "core.setOutput('sha', sha)"];
    expect(brief(checkouts(wf(viaVariable, 'sha')))).toEqual(at(viaVariable, 'sha'));
    // The returned value is the `result` output.
    expect(brief(checkouts(wf(['return response.data.head.ref'], 'result')))).toEqual(at(['return response.data.head.ref'], 'result'));
    // An output named by a variable: every output may be the head.
    const unnamed = ["for (const [k, v] of Object.entries({ base: response.data.base.sha, head: response.data.head.sha })) core.setOutput(k, v)"];
    expect(brief(checkouts(wf(unnamed, 'base')))).toEqual(at(unnamed, 'base'));
    const templateName = [...both, 'core.setOutput(`x`, 1)'];
    expect(brief(checkouts(wf(templateName, 'base')))).toEqual(at(templateName, 'base'));
  });

  test('through env at the workflow, job and step level', () => {
    const at = (level: 'workflow' | 'job' | 'step') =>
      [
        'on: pull_request_target',
        'permissions: {}',
        ...(level === 'workflow' ? ['env:', '  HEAD_REF: ${{ github.event.pull_request.head.ref }}'] : []),
        'jobs:',
        '  b:',
        '    runs-on: x',
        ...(level === 'job' ? ['    env:', '      HEAD_REF: ${{ github.event.pull_request.head.ref }}'] : []),
        '    steps:',
        `      - uses: actions/checkout@${SHA}`,
        ...(level === 'step' ? ['        env:', '          HEAD_REF: ${{ github.event.pull_request.head.ref }}'] : []),
        '        with:',
        '          ref: ${{ env.HEAD_REF }}',
        '      - run: ./build.sh',
      ].join('\n');
    for (const level of ['workflow', 'job', 'step'] as const) {
      const f = checkouts(at(level));
      expect(f.map((x) => x.severity), level).toEqual(['error']);
      expect(f[0].message).toContain('actions/checkout of ${{ env.HEAD_REF }}, which carries github.event.pull_request.head.ref');
    }
  });

  test('through $GITHUB_ENV written by an earlier step and a shell variable in git fetch (workflow_run)', () => {
    const wf = [
      'on:',
      '  workflow_run:',
      '    workflows: [CI]',
      '    types: [completed]',
      'permissions: {}',
      'jobs:',
      '  b:',
      '    runs-on: x',
      '    steps:',
      '      - run: echo "HEAD_SHA=${{ github.event.workflow_run.head_sha }}" >> $GITHUB_ENV',
      '      - run: |',
      '          git fetch origin "$HEAD_SHA"',
      '          git checkout FETCH_HEAD',
      '      - run: make',
    ].join('\n');
    const f = checkouts(wf);
    expect(brief(f)).toEqual(['error 12:11']);
    expect(f[0].message).toContain('$GITHUB_ENV HEAD_SHA');
  });

  test('through a shell variable assigned in the same script', () => {
    const wf = [
      'on: pull_request_target',
      'permissions: {}',
      'jobs:',
      '  b:',
      '    runs-on: x',
      '    steps:',
      '      - run: |',
      '          REF="${{ github.event.pull_request.head.ref }}"',
      '          git fetch origin "$REF" && git switch "$REF"',
      '          make test',
    ].join('\n');
    expect(brief(checkouts(wf))).toEqual(['error 9:11']);
  });

  test('near miss: a shell variable from the base, and $GITHUB_ENV written after the checkout', () => {
    const wf = [
      'on: pull_request_target',
      'permissions: {}',
      'jobs:',
      '  b:',
      '    runs-on: x',
      '    steps:',
      '      - run: |',
      '          REF="${{ github.event.pull_request.base.ref }}"',
      '          git fetch origin "$REF"',
      '      - run: git checkout "$LATER"',
      '      - run: echo "LATER=${{ github.event.pull_request.head.sha }}" >> $GITHUB_ENV',
      '      - run: make',
    ].join('\n');
    expect(checkouts(wf)).toEqual([]);
  });

  /** nats-server's pull-requests.yml, cut down: a sign-off job fetching the head into a ref to read its commit messages. */
  function signoffs(afterFetch: string[], check: string[]): string {
    return [
      'on: pull_request_target',
      'permissions: { contents: read, pull-requests: write }',
      'jobs:',
      '  signoffs:',
      '    runs-on: x',
      '    env:',
      '      PR_NUMBER: ${{ github.event.pull_request.number }}',
      '      BASE_SHA: ${{ github.event.pull_request.base.sha }}',
      '    steps:',
      `      - uses: actions/checkout@${SHA}`,
      '      - run: |',
      '          set -euo pipefail',
      '          git fetch --no-tags origin "$BASE_SHA" "pull/${PR_NUMBER}/head:pr-head"',
      ...afterFetch.map((l) => `          ${l}`),
      '      - run: |',
      ...check.map((l) => `          ${l}`),
    ].join('\n');
  }
  const readMessages = [
    'range="${BASE_SHA}..pr-head"',
    'while read -r c; do',
    '  msg="$(git log -1 --pretty=%B "$c")"',
    "  if ! printf '%s\\n' \"$msg\" | grep -q '^Signed-off-by:'; then",
    '    missing_list+=$\'\\n- \'"$c"',
    '  fi',
    'done < <(git rev-list --no-merges "$range")',
    'body="$(printf \'see `CONTRIBUTING.md`:\\n%s\' "$missing_list")"',
    'gh pr comment "$PR_NUMBER" --repo "$GITHUB_REPOSITORY" --body "$body"',
  ];

  test('a fetch of the head into a ref whose later steps only read commit messages is a note (nats-server sign-offs)', () => {
    const f = checkouts(signoffs([], readMessages));
    expect(brief(f)).toEqual(['note 13:11']);
    expect(f[0].message).toContain('only fetches the commits');
  });

  test('near miss: the fetched ref checked out, built, or a file of it printed, still runs it', () => {
    expect(brief(checkouts(signoffs(['git checkout pr-head'], readMessages)))).toEqual(['error 13:11']);
    expect(brief(checkouts(signoffs([], ['git switch pr-head', 'make'])))).toEqual(['error 13:11']);
    expect(brief(checkouts(signoffs([], ['git show pr-head:ci.sh | bash'])))).toEqual(['error 13:11']);
    expect(brief(checkouts(signoffs([], ['./scripts/check-signoffs.sh pr-head'])))).toEqual(['error 13:11']);
    expect(brief(checkouts(signoffs([], ['echo "MSG=$(git log -1 --pretty=%B pr-head)" >> "$GITHUB_ENV"'])))).toEqual(['error 13:11']);
    expect(brief(checkouts(signoffs(['git fetch origin pr-head && git checkout FETCH_HEAD'], [])))).toEqual(['error 13:11']);
    // awk and sed can run the text they read (a commit message): not taken as reading metadata only.
    expect(brief(checkouts(signoffs([], ["git log --pretty=%B pr-head | awk '{ system($0) }'"])))).toEqual(['error 13:11']);
    expect(brief(checkouts(signoffs([], ["git log --pretty=%B pr-head | sed -n 's/^run: //e'"])))).toEqual(['error 13:11']);
  });

  test('a cycle of job outputs ends the search', () => {
    const wf = [
      'on: pull_request_target',
      'permissions: {}',
      'jobs:',
      '  a:',
      '    needs: b',
      '    runs-on: x',
      '    outputs: { r: "${{ needs.b.outputs.r }}" }',
      '    steps: [{ run: "true" }]',
      '  b:',
      '    needs: a',
      '    runs-on: x',
      '    outputs: { r: "${{ needs.a.outputs.r }}" }',
      '    steps:',
      `      - uses: actions/checkout@${SHA}`,
      '        with: { ref: "${{ needs.a.outputs.r }}" }',
    ].join('\n');
    expect(checkouts(wf)).toEqual([]);
  });
});

describe('gates in front of the checkout are the mitigation', () => {
  test('an author-association condition on the job lowers the finding and names its line', () => {
    const wf = throughJobOutput('${{ github.event.pull_request.head.sha }}', {
      prepIf: '',
      buildIf: "contains(fromJSON('[\"OWNER\", \"MEMBER\", \"COLLABORATOR\"]'), github.event.pull_request.author_association)",
      buildSteps: '',
    });
    const f = checkouts(wf);
    expect(brief(f)).toEqual(['warning 18:16']);
    expect(f[0].gate).toMatchObject({ kind: 'condition', line: 13 });
    expect(f[0].message).toContain('mitigated by job build\'s condition admits only owners, members or collaborators (author_association) (line 13)');
  });

  test('a gate in a job this one needs counts; a job that runs always() is not gated by it', () => {
    const gated = checkouts(throughJobOutput('${{ github.event.pull_request.head.sha }}', { prepIf: "github.event.pull_request.author_association == 'MEMBER'", buildIf: '', buildSteps: '' }));
    expect(brief(gated)).toEqual(['warning 18:16']);
    expect(gated[0].gate?.detail).toContain('in job prep, which job build needs');
    expect(gated[0].gate?.line).toBe(5);
    const always = checkouts(throughJobOutput('${{ github.event.pull_request.head.sha }}', { prepIf: "github.event.pull_request.author_association == 'MEMBER'", buildIf: 'always()', buildSteps: '' }));
    expect(brief(always)).toEqual(['error 19:16']);
  });

  test('near miss: a condition that does not admit only members is no gate', () => {
    const f = checkouts(throughJobOutput('${{ github.event.pull_request.head.sha }}', { prepIf: '', buildIf: "github.event.pull_request.author_association != 'NONE'", buildSteps: '' }));
    expect(brief(f)).toEqual(['error 18:16']);
    expect(f[0].gate).toBeUndefined();
  });

  test('a permission check through the API before the checkout (action, or gh api)', () => {
    const action = [
      `      - uses: actions-cool/check-user-permission@${SHA}`,
      '        with:',
      '          require: write',
    ].join('\n');
    const f = checkouts(throughJobOutput('${{ github.event.pull_request.head.sha }}', { prepIf: '', buildIf: '', buildSteps: action }));
    expect(f.map((x) => [x.severity, x.gate?.kind, x.gate?.line])).toEqual([['warning', 'permission-check', 15]]);
    const gh = '      - run: gh api "repos/${{ github.repository }}/collaborators/${{ github.actor }}/permission" --jq .permission | grep -qE "admin|write"';
    const g = checkouts(throughJobOutput('${{ github.event.pull_request.head.sha }}', { prepIf: '', buildIf: '', buildSteps: gh }));
    expect(g.map((x) => [x.severity, x.gate?.kind])).toEqual([['warning', 'permission-check']]);
  });

  test("a script that admits only members by the author association and fails the job otherwise", () => {
    const script = [
      `      - uses: actions/github-script@${SHA}`,
      '        name: members only',
      '        with:',
      '          script: |',
      '            const allowed = ["COLLABORATOR", "MEMBER", "OWNER"];',
      "            if (!allowed.includes('${{ github.event.pull_request.author_association }}')) {",
      '              core.setFailed("not a member");',
      '              return;',
      '            }',
    ].join('\n');
    const f = checkouts(throughJobOutput('${{ github.event.pull_request.head.sha }}', { prepIf: '', buildIf: '', buildSteps: script }));
    expect(f.map((x) => [x.severity, x.gate?.kind, x.gate?.line])).toEqual([['warning', 'permission-check', 15]]);
    expect(f[0].gate?.detail).toContain('admits only owners, members or collaborators (author_association) and fails the job otherwise (step "members only")');
    const shell = '      - run: case "${{ github.event.pull_request.author_association }}" in OWNER|MEMBER) ;; *) exit 1 ;; esac';
    expect(checkouts(throughJobOutput('${{ github.event.pull_request.head.sha }}', { prepIf: '', buildIf: '', buildSteps: shell })).map((x) => x.gate?.kind)).toEqual(['permission-check']);
    // Near misses: a script that only reads the association, and a checkout that runs even when the check failed.
    const logs = script.replace('core.setFailed("not a member");', 'core.info("not a member");');
    expect(checkouts(throughJobOutput('${{ github.event.pull_request.head.sha }}', { prepIf: '', buildIf: '', buildSteps: logs })).map((x) => x.gate)).toEqual([undefined]);
    const always = throughJobOutput('${{ github.event.pull_request.head.sha }}', { prepIf: '', buildIf: '', buildSteps: script }).replace(
      `      - uses: actions/checkout@${SHA} # v4.1.1`,
      `      - uses: actions/checkout@${SHA} # v4.1.1\n        if: always()`,
    );
    expect(checkouts(always).map((x) => [x.severity, x.gate])).toEqual([['error', undefined]]);
  });

  test('a permission check after the checkout does not gate it', () => {
    const wf = throughJobOutput('${{ github.event.pull_request.head.sha }}').replace(
      '      - run: make test',
      `      - uses: actions-cool/check-user-permission@${SHA}\n      - run: make test`,
    );
    expect(checkouts(wf).map((x) => x.gate)).toEqual([undefined]);
  });

  test('an environment is recorded as the gate; the severity waits for the API', () => {
    const wf = throughJobOutput('${{ github.event.pull_request.head.sha }}').replace('  build:\n    needs: prep', '  build:\n    needs: prep\n    environment: external-prs');
    const f = checkouts(wf);
    expect(f.map((x) => [x.severity, x.gatedSeverity, x.gate?.kind, x.gate?.environment, x.gate?.line])).toEqual([['error', 'warning', 'environment', 'external-prs', 13]]);
    const named = throughJobOutput('${{ github.event.pull_request.head.sha }}').replace('  build:\n    needs: prep', '  build:\n    needs: prep\n    environment:\n      name: review');
    expect(checkouts(named)[0].gate?.environment).toBe('review');
  });
});

describe('script reading, linear and without regular expressions that backtrack', () => {
  test('writes to $GITHUB_OUTPUT and $GITHUB_ENV', () => {
    expect(writeOf('echo "sha=${{ x }}" >> "$GITHUB_OUTPUT"')).toEqual({ target: 'output', name: 'sha', value: '${{ x }}' });
    expect(writeOf("printf 'ref=%s\\n' \"$R\" >> $GITHUB_OUTPUT")).toMatchObject({ target: 'output', name: 'ref' });
    expect(writeOf('echo "A=1" | tee -a $GITHUB_ENV')).toEqual({ target: 'env', name: 'A', value: '1' });
    expect(writeOf('echo "::set-output name=ref::${{ y }}"')).toEqual({ target: 'output', name: 'ref', value: '${{ y }}"' });
    expect(writeOf('echo "body<<EOF" >> $GITHUB_OUTPUT')).toMatchObject({ name: 'body', value: '\0heredoc' });
    expect(writeOf('cat $GITHUB_OUTPUT')).toBeNull();
  });

  test('assignments, variables and continued lines', () => {
    expect(assignmentOf('export REF="${{ a }}"')).toEqual({ name: 'REF', value: '"${{ a }}"' });
    expect(assignmentOf('declare -r X=1')).toEqual({ name: 'X', value: '1' });
    expect(assignmentOf('git fetch a=b')).toBeNull();
    expect(shellVars('git fetch "$A" ${B} $A')).toEqual(['A', 'B']);
    expect(shellLines('a \\\n  b\n# c\n\nd')).toEqual(['a    b', 'd']);
  });

  test('a hostile script stays fast', () => {
    const long = `echo "${'$'.repeat(50_000)}${'${{'.repeat(20_000)}=" >> $GITHUB_OUTPUT\n` + 'x=$y\n'.repeat(5_000);
    const wf = ['on: pull_request_target', 'permissions: {}', 'jobs:', '  b:', '    runs-on: x', '    outputs: { r: "${{ steps.s.outputs.x }}" }', '    steps:', '      - id: s', '        run: |', ...long.split('\n').map((l) => `          ${l}`), `      - uses: actions/checkout@${SHA}`, '        with: { ref: "${{ steps.s.outputs.x }}" }'].join('\n');
    const started = performance.now();
    checkouts(wf);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('checks of a whole value (validation.ts) and what a command prints', () => {
  const checked = (script: string, shell: string | null = null, patterns: Record<string, string> = {}) => {
    const lines = shellLines(script);
    const reader = new ScriptChecks(lines, shell);
    return lines.map((_, i) => reader.checkedAt(i, new Map(Object.entries(patterns)))).filter((x) => x !== null);
  };

  test('patterns that admit only letters, digits and . _ + - in the whole value', () => {
    for (const re of ['^[0-9]+\\.[0-9]+\\.[0-9]+$', '^v?[0-9]+(\\.[0-9]+){2}(-(rc|beta)\\.[0-9]+)?$', '^[[:alnum:]._-]+$', '^[a-fA-F0-9]{40}$', '^$'])
      expect(safeWholePattern(re), re).toBe(true);
    for (const re of ['^.*$', '[0-9]+', '^[0-9]+', '^[^;]+$', '^a|b$', '^[0-9/]+$', '^[0-9 ]+$', '^\\d+$', '^[[:print:]]+$', '^[+-.]+$', '^[0-9]+\\$', '^(a$'])
      expect(safeWholePattern(re), re).toBe(false);
  });

  test('the forms that stop the job on a mismatch', () => {
    expect(checked('[[ "$V" =~ ^[0-9.]+$ ]] || exit 1')).toEqual(['V']);
    expect(checked('[[ $V =~ ^[0-9.]+$ ]] || exit')).toEqual(['V']);
    expect(checked('[[ "${V}" =~ ^[0-9.]+$ ]] || { echo "bad: $V"; exit 3; }')).toEqual(['V']);
    expect(checked('! [[ "$V" =~ ^[0-9.]+$ ]] && exit 1')).toEqual(['V']);
    expect(checked('[[ "$V" =~ $re ]] || exit 1', null, { re: '^[0-9.]+$' })).toEqual(['V']);
    expect(checked('if [[ ! "$V" =~ ^[0-9.]+$ ]]; then echo bad; exit 1; fi')).toEqual(['V']);
    expect(checked('if [[ "$V" =~ ^[0-9.]+$ ]]\nthen\n  if [ -n "$X" ]; then exit 1; fi\n  echo ok\nelse\n  exit 1\nfi')).toEqual(['V']);
    // A subshell's exit stops the job only under set -e, which GitHub gives bash and sh.
    expect(checked('[[ "$V" =~ ^[0-9.]+$ ]] || (echo bad && exit 1)')).toEqual(['V']);
    expect(checked('[[ "$V" =~ ^[0-9.]+$ ]] || (echo bad && exit 1)', 'bash {0}')).toEqual([]);
    expect(checked('set +o errexit\n[[ "$V" =~ ^[0-9.]+$ ]] || (echo bad && exit 1)')).toEqual([]);
  });

  test('near misses: no stop, exit 0, a bare exit after a command that succeeded, an exit only in a nested branch', () => {
    expect(checked('[[ "$V" =~ ^[0-9.]+$ ]] && echo ok')).toEqual([]);
    expect(checked('[[ "$V" =~ ^[0-9.]+$ ]] || exit 0')).toEqual([]);
    expect(checked('[[ "$V" =~ ^[0-9.]+$ ]] || { echo bad; exit; }')).toEqual([]);
    expect(checked('[[ ! "$V" =~ ^[0-9.]+$ ]] && exit')).toEqual([]);
    expect(checked('if ! [[ "$V" =~ ^[0-9.]+$ ]]; then\n  if [ -z "$F" ]; then exit 1; fi\nfi')).toEqual([]);
    expect(checked('if [[ "$V" =~ ^[0-9.]+$ ]]; then echo ok; elif true; then exit 1; fi')).toEqual([]);
    expect(checked("[[ \"$V\" =~ '^[0-9.]+$' ]] || exit 1")).toEqual([]);
    expect(checked('[[ "$V" =~ ^[0-9.]+$ && -n "$W" ]] || exit 1')).toEqual([]);
  });

  test('a pattern held in a variable is read from a literal assignment only', () => {
    expect(literalValue("'^[0-9]+\\.[0-9]+$'")).toBe('^[0-9]+\\.[0-9]+$');
    expect(literalValue('"^[0-9]+\\.[0-9]+$"')).toBe('^[0-9]+\\.[0-9]+$');
    // Unquoted, the shell drops the backslash: the pattern is `^[0-9]+.[0-9]+$`, whose `.` admits anything.
    expect(literalValue('^[0-9]+\\.[0-9]+$')).toBe('^[0-9]+.[0-9]+$');
    expect(literalValue('"^${PREFIX}[0-9]+$"')).toBeNull();
  });

  test('a command substitution is kept only when its output is made of its input', () => {
    expect(withoutCommandOutputs('d=$(crane digest img:$TAG)')).toBe('d= ');
    expect(withoutCommandOutputs('n=$(( ${#TAG} + 1 )) `git rev-parse $REF`')).toBe('n=   ');
    expect(withoutCommandOutputs('v=$(echo "$TAG" | sed \'s/^v//\')')).toBe('v=$(echo "$TAG" | sed \'s/^v//\')');
    expect(withoutCommandOutputs('v=$(VERSION=$V make publish; printf %s "$W")')).toBe('v=$(VERSION=$V make publish; printf %s "$W")');
    expect(withoutCommandOutputs('v=$(echo "$(git rev-parse $REF)-$TAG")')).toBe('v=$(echo " -$TAG")');
  });

  test('hostile scripts stay fast', () => {
    const ifs = `if [[ "$V" =~ ^[0-9]+$ ]]; then ${';'.repeat(2_000)}\n`.repeat(5_000);
    const subs = '$('.repeat(10_000) + 'x' + ')'.repeat(10_000) + ' $(a) `b`'.repeat(5_000);
    const started = performance.now();
    expect(checked(ifs)).toEqual([]);
    withoutCommandOutputs(subs);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
