import { describe, expect, test } from 'vitest';
import { analyzeWorkflows } from '../../src/facts/workflows/index.ts';
import type { Finding } from '../../src/facts/workflows/index.ts';
import { fixture, memorySource, workflowSource } from './helpers.ts';

/** `kind requirement severity line:column` for each finding, in report order. */
function brief(findings: Finding[]): string[] {
  return findings.map((f) => `${f.kind} ${f.requirement} ${f.severity} ${f.line}:${f.column}`);
}

function findingsOf(name: string, repository: string | null = 'me/repo'): Finding[] {
  const facts = analyzeWorkflows(workflowSource(name), { repository });
  expect(facts.parseErrors).toEqual([]);
  return facts.findings;
}

function inputFindingsIn(files: Record<string, string>): Finding[] {
  const facts = analyzeWorkflows(memorySource(files), { repository: 'me/repo' });
  expect(facts.parseErrors).toEqual([]);
  return facts.findings.filter((f) => f.kind === 'collaborator-input');
}

function inputFindings(workflow: string): Finding[] {
  return inputFindingsIn({ '.github/workflows/x.yml': workflow });
}

/**
 * laravel/framework's releases.yml, cut down: a free-text version, its `v` stripped in a step
 * output, expanded into a sed command (line 26) and an ssh-action script (line 31). `guard` steps
 * go before the uses, `end` steps after them; `versionScript` replaces the stripping script.
 */
function release(parts: { guard?: string[]; end?: string[]; versionScript?: string[] } = {}): string {
  return [
    'name: manual release',
    'on:',
    '  workflow_dispatch:',
    '    inputs:',
    '      version:',
    "        description: 'Version to release'",
    '        required: true',
    'permissions:',
    '  contents: write',
    'jobs:',
    '  release:',
    '    runs-on: ubuntu-24.04',
    '    steps:',
    '      - id: version',
    '        run: |',
    ...(parts.versionScript ?? ['echo "version=${VERSION#v}" >> "$GITHUB_OUTPUT"']).map((l) => `          ${l}`),
    '        env:',
    '          VERSION: ${{ inputs.version }}',
    ...(parts.guard ?? []),
    '      - name: Check if branch and version match',
    '        run: |',
    '          MAJOR_VERSION="${NUMERIC_VERSION%%.*}"',
    '          [ "$MAJOR_VERSION" = "${BRANCH%%.*}" ] || echo "VERSION_MISMATCH=true" >> "$GITHUB_OUTPUT"',
    '        env:',
    '          NUMERIC_VERSION: ${{ steps.version.outputs.version }}',
    '          BRANCH: ${{ github.ref_name }}',
    "      - run: sed -i \"s/const VERSION = '.*';/const VERSION = '${{ steps.version.outputs.version }}';/g\" src/Application.php",
    '      - uses: appleboy/ssh-action@0ff4204d59e8e51228ff73bce53f80d53301dee2 # v1.2.5',
    '        with:',
    '          host: example.com',
    '          script: |',
    '            bash ./bin/release.sh v${{ steps.version.outputs.version }}',
    ...(parts.end ?? []),
  ].join('\n');
}

describe('untrusted input in scripts (OSPS-BR-01.01)', () => {
  test('issue title, comment body, commit message in github-script, whole issue object, head_ref', () => {
    const f = findingsOf('untrusted-input.yml');
    expect(brief(f)).toEqual([
      'untrusted-input OSPS-BR-01.01 error 12:26',
      'untrusted-input OSPS-BR-01.01 error 15:17',
      'untrusted-input OSPS-BR-01.01 error 19:26',
      'untrusted-input OSPS-BR-01.01 error 21:19',
      'untrusted-input OSPS-BR-01.01 error 22:34',
      // The value of `cond && 'a' || x` can be x.
      'untrusted-input OSPS-BR-01.01 error 23:20',
    ]);
    expect(f[0].message).toContain('github.event.issue.title');
    expect(f[0].snippet).toBe('- run: echo "Title ${{ github.event.issue.title }}"');
    expect(f[2].message).toContain('github.event.commits.*.message');
    expect(f[2].message).toContain('with.script');
    expect(f[4].message).toContain('github.head_ref');
  });

  test('near misses: env indirection, trusted contexts, boolean results, commented-out lines', () => {
    expect(findingsOf('untrusted-safe.yml')).toEqual([]);
  });

  test('an aliased job is reported once, where its text is', () => {
    expect(brief(findingsOf('anchors.yml'))).toEqual(['unpinned-action null warning 10:15', 'untrusted-input OSPS-BR-01.01 error 11:20']);
  });

  test('bracket syntax and folded/quoted scripts still find the expression', () => {
    const wf = [
      'on: issues',
      'permissions: {}',
      'jobs:',
      '  a:',
      '    runs-on: x',
      '    steps:',
      "      - run: echo ${{ github.event['issue']['body'] }}",
      '      - run: >',
      '          echo',
      '          ${{ github.event.pull_request.title }}',
      '      - run: "echo \\"${{ github.event.review.body }}\\""',
      '      - run: echo ${{ github.event.pull_request.head.repo.default_branch }}',
      '      - run: echo ${{ github.event.pull_request.user.login }} ${{ github.event_name }}',
    ].join('\n');
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/x.yml': wf }));
    expect(brief(facts.findings)).toEqual([
      'untrusted-input OSPS-BR-01.01 error 7:19',
      'untrusted-input OSPS-BR-01.01 error 10:11',
      'untrusted-input OSPS-BR-01.01 error 11:22',
      'untrusted-input OSPS-BR-01.01 error 12:19',
    ]);
  });
});

describe('collaborator input in scripts (OSPS-BR-01.04)', () => {
  test('free-text inputs and github.event.inputs are flagged; boolean and choice inputs and env use are not', () => {
    const f = findingsOf('collaborator-input.yml');
    expect(brief(f)).toEqual(['collaborator-input OSPS-BR-01.04 warning 19:27', 'collaborator-input OSPS-BR-01.04 warning 20:19']);
    expect(f[0].message).toContain('workflow input (version)');
  });

  test('composite action inputs in run:', () => {
    const facts = analyzeWorkflows(memorySource({ '.github/actions/setup/action.yml': fixture('composite-setup.action.yml') }));
    expect(brief(facts.findings)).toEqual(['unpinned-action null warning 10:13', 'collaborator-input OSPS-BR-01.04 warning 11:40']);
    expect(facts.findings[1].path).toBe('.github/actions/setup/action.yml');
  });

  test('an input laundered through env and a step output reaches run: and ssh-action\'s script (laravel/framework releases.yml)', () => {
    const f = inputFindings(release());
    expect(f.map((x) => x.line)).toEqual([26, 31]);
    expect(f[0].message).toContain('${{ steps.version.outputs.version }} expands a workflow input (version) into run:');
    expect(f[0].message).toContain('steps.version.outputs.version, which carries inputs.version through $VERSION');
    expect(f[1].message).toContain('into with.script of appleboy/ssh-action');
    expect(f[0].snippet).toContain("sed -i \"s/const VERSION = '.*';/const VERSION = '${{ steps.version.outputs.version }}';/g\"");
  });

  test('a step that stops unless the whole value matches a safe pattern sanitises it, wherever in the flow it is checked', () => {
    const check = (script: string[], env = 'V: ${{ steps.version.outputs.version }}') => release({ guard: ['      - env:', `          ${env}`, '        run: |', ...script.map((l) => `          ${l}`)] });
    expect(inputFindings(check(['[[ "$V" =~ ^[0-9]+\\.[0-9]+\\.[0-9]+$ ]] || exit 1']))).toEqual([]);
    expect(inputFindings(check(['if ! [[ $V =~ ^v?[0-9]+(\\.[0-9]+){2}(-rc[0-9]+)?$ ]]; then', '  echo "bad version"', '  exit 1', 'fi']))).toEqual([]);
    expect(inputFindings(check(["re='^[[:digit:]]+[.][0-9]+[.][0-9]+$'", 'if [[ "${V}" =~ $re ]]; then', '  echo ok', 'else', '  exit 2', 'fi']))).toEqual([]);
    expect(inputFindings(check(['[[ ! "$V" =~ ^[0-9.]+$ ]] && { echo "bad"; exit 1; }']))).toEqual([]);
    // The input itself, checked before it is copied, or before it is expanded.
    expect(inputFindings(check(['[[ "$V" =~ ^v?[0-9.]+$ ]] || (echo "bad" && exit 1)'], 'V: ${{ inputs.version }}'))).toEqual([]);
    const direct = (first: string[]) =>
      ['on:', '  workflow_dispatch:', '    inputs:', '      version: {required: true}', 'permissions: {}', 'jobs:', '  a:', '    runs-on: x', '    steps:', ...first, '      - run: ./release.sh ${{ inputs.version }}'].join('\n');
    expect(inputFindings(direct(['      - run: \'[[ "$V" =~ ^[0-9.]+$ ]] || exit 1\'', '        env: {V: "v${{ inputs.version }}"}']))).toEqual([]);
    expect(inputFindings(direct(['      - run: \'[[ "$V" =~ ^[0-9.]+$ ]] || exit 1\'', '        env: {V: "${{ github.event.inputs.version }}"}']))).toEqual([]);
    expect(inputFindings(direct(['      - run: \'[[ "$V" =~ ^[0-9.]+$ ]] || exit 1\'', '        env: {V: "${{ fromJSON(inputs.version).a }}"}']))).toHaveLength(1);
  });

  test('near misses: checks that pass a dangerous value or do not stop the job', () => {
    const check = (script: string[], extra: string[] = []) => release({ guard: ['      - env:', '          V: ${{ steps.version.outputs.version }}', ...extra, '        run: |', ...script.map((l) => `          ${l}`)] });
    const stillFlagged = (script: string[], extra: string[] = []) => expect(inputFindings(check(script, extra)).map((x) => x.line)).toHaveLength(2);
    // laravel's own guard: the major number only.
    stillFlagged(['MAJOR="${V%%.*}"', '[[ "$MAJOR" =~ ^[0-9]+$ ]] || exit 1']);
    // A quoted pattern is matched as a plain string; `.` and a negated class admit anything; no anchors, a top-level `|`.
    stillFlagged(['[[ "$V" =~ "^[0-9.]+$" ]] || exit 1']);
    stillFlagged(['[[ "$V" =~ ^.+$ ]] || exit 1']);
    stillFlagged(['[[ "$V" =~ ^[^;]+$ ]] || exit 1']);
    stillFlagged(['[[ "$V" =~ [0-9]+ ]] || exit 1']);
    stillFlagged(['[[ "$V" =~ ^[0-9]+|x$ ]] || exit 1']);
    stillFlagged(['[[ "$V" =~ ^[0-9a-z/]+$ ]] || exit 1']);
    // grep anchors each line: a second line passes anything.
    stillFlagged(["echo \"$V\" | grep -Eq '^[0-9.]+$' || exit 1"]);
    // Exits that do not fail the job, or a failing branch that does not exit.
    stillFlagged(['[[ "$V" =~ ^[0-9.]+$ ]] || exit 0']);
    stillFlagged(['[[ "$V" =~ ^[0-9.]+$ ]] || echo "bad version"']);
    stillFlagged(['if [[ "$V" =~ ^[0-9.]+$ ]]; then', '  exit 1', 'fi']);
    stillFlagged(['set +e', '[[ "$V" =~ ^[0-9.]+$ ]] || (echo bad && exit 1)']);
    // A check in a step that may be skipped.
    stillFlagged(['[[ "$V" =~ ^[0-9.]+$ ]] || exit 1'], ["        if: github.event_name == 'push'"]);
  });

  test('a check after the use, or of the value before a later rewrite, does not hold for it', () => {
    const after = release({ end: ['      - env:', '          V: ${{ steps.version.outputs.version }}', '        run: \'[[ "$V" =~ ^[0-9.]+$ ]] || exit 1\''] });
    expect(inputFindings(after).map((x) => x.line)).toEqual([26, 31]);
    const rewritten = [
      'on:',
      '  workflow_dispatch:',
      '    inputs:',
      '      version: {required: true}',
      'permissions: {}',
      'jobs:',
      '  release:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "TAG=${TAG_IN}" >> "$GITHUB_ENV"',
      '        env: {TAG_IN: "${{ inputs.version }}"}',
      '      - run: \'[[ "$TAG" =~ ^[0-9.]+$ ]] || exit 1\'',
      '      - run: echo "TAG=${TAG}-${SUFFIX}" >> "$GITHUB_ENV"',
      '        env: {SUFFIX: "${{ inputs.version }}"}',
      '      - run: git tag ${{ env.TAG }}',
    ].join('\n');
    expect(inputFindings(rewritten).map((x) => `${x.line}:${x.column}`)).toEqual(['15:22']);
  });

  test('a check in the script that writes the output sanitises what later steps read, before or after the write', () => {
    const wf = (script: string[]) => inputFindings(release({ versionScript: script }));
    expect(wf(['[[ "$VERSION" =~ ^v?[0-9]+\\.[0-9]+\\.[0-9]+$ ]] || exit 1', 'echo "version=${VERSION#v}" >> "$GITHUB_OUTPUT"'])).toEqual([]);
    expect(wf(['V="${VERSION#v}"', '[[ "$V" =~ ^[0-9.]+$ ]] || exit 1', 'echo "version=$V" >> "$GITHUB_OUTPUT"'])).toEqual([]);
    expect(wf(['echo "version=${VERSION#v}" >> "$GITHUB_OUTPUT"', '[[ "$VERSION" =~ ^v?[0-9.]+$ ]] || exit 1'])).toEqual([]);
    // Another variable checked.
    expect(wf(['[[ "$BRANCH" =~ ^[0-9.x]+$ ]] || exit 1', 'echo "version=${VERSION#v}" >> "$GITHUB_OUTPUT"']).map((x) => x.line)).toEqual([27, 32]);
  });

  test('what a command prints is its own, unless it is a text filter; job outputs and env carry the input on', () => {
    const wf = [
      'on:',
      '  workflow_dispatch:',
      '    inputs:',
      '      tag: {type: string, required: true}',
      '      arch: {type: choice, options: [amd64, arm64]}',
      'permissions: {}',
      'env:',
      '  TAG: ${{ inputs.tag }}',
      '  ARCH: ${{ inputs.ARCH }}',
      'jobs:',
      '  digests:',
      '    runs-on: ubuntu-latest',
      '    outputs:',
      '      stripped: ${{ steps.d.outputs.stripped }}',
      '    steps:',
      '      - id: d',
      '        run: |',
      '          echo "digest=$(crane digest img:$TAG)" >> "$GITHUB_OUTPUT"',
      '          echo "count=$(( ${#TAG} + 1 ))" >> "$GITHUB_OUTPUT"',
      '          echo "stripped=$(echo "$TAG" | sed \'s/^v//\')" >> "$GITHUB_OUTPUT"',
      '      - run: cosign sign img@${{ steps.d.outputs.digest }} ${{ steps.d.outputs.count }} ${{ env.ARCH }}',
      '      - run: echo ${{ env.TAG }}',
      '  publish:',
      '    needs: digests',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: git tag ${{ needs.digests.outputs.stripped }}',
    ].join('\n');
    const f = inputFindings(wf);
    expect(f.map((x) => `${x.line}:${x.column}`)).toEqual(['22:19', '27:22']);
    expect(f[0].message).toContain('(env.tag, which carries inputs.tag)');
    expect(f[1].message).toContain('needs.digests.outputs.stripped, which carries inputs.tag through jobs.digests.outputs.stripped, steps.d.outputs.stripped, $TAG');
  });

  test('an input no trigger declares is never set: GitHub refuses undeclared dispatch inputs (axios publish.yml)', () => {
    const wf = ['on:', '  pull_request:', '    types: [closed]', '  workflow_dispatch:', 'permissions: {}', 'jobs:', '  a:', '    runs-on: x', '    steps:', '      - run: echo ${{ github.event.inputs.tag || github.event.release.tag_name }}'].join('\n');
    expect(inputFindings(wf)).toEqual([]);
    // Declared as free text it is a collaborator's choice.
    expect(inputFindings(wf.replace('  workflow_dispatch:', '  workflow_dispatch:\n    inputs:\n      tag: {required: false}'))).toHaveLength(1);
  });

  test('a step that runs only on another event than workflow_dispatch gets empty inputs: a note (markupsafe publish.yaml)', () => {
    const wf = (cond: string, extra = '') =>
      [
        'on:',
        '  push:',
        "    tags: ['*']",
        '  workflow_dispatch:',
        '    inputs:',
        '      tag: {required: true}',
        extra,
        'permissions: {}',
        'jobs:',
        '  a:',
        '    runs-on: x',
        '    steps:',
        `      - if: ${cond}`,
        '        run: gh release create ${{ inputs.tag || github.ref_name }} dist/*',
        "      - if: github.event_name == 'workflow_dispatch'",
        '        run: gh release upload ${{ inputs.tag || github.ref_name }} dist/*',
      ]
        .filter((l) => l !== '')
        .join('\n');
    for (const cond of ["github.event_name == 'push'", "${{ 'push' == github.event_name && startsWith(github.ref, 'refs/tags/') }}", "github.event_name != 'workflow_dispatch'"]) {
      const f = inputFindings(wf(cond));
      expect(f.map((x) => `${x.severity} ${x.line}`), cond).toEqual(['note 13', 'warning 15']);
      expect(f[0].message).toContain('but the step runs only on');
    }
    // Either event, or the caller's event of a called workflow: the input may be set.
    expect(inputFindings(wf("github.event_name == 'push' || github.event_name == 'workflow_dispatch'")).map((x) => x.severity)).toEqual(['warning', 'warning']);
    expect(inputFindings(wf("github.event_name == 'push'", '  workflow_call:\n    inputs:\n      tag: {type: string}')).map((x) => x.severity)).toEqual(['warning', 'warning']);
  });

  test('a typed input is safe in any case of its name', () => {
    const wf = ['on:', '  workflow_dispatch:', '    inputs:', '      dryRun: {type: boolean}', 'permissions: {}', 'jobs:', '  a:', '    runs-on: x', '    steps:', '      - run: ./release.sh ${{ inputs.dryRun }}'].join('\n');
    expect(inputFindings(wf)).toEqual([]);
  });
});

describe('composite action inputs that every caller in the repository fixes (OSPS-BR-01.04)', () => {
  const action = [
    'name: setup',
    'description: shared setup',
    'inputs:',
    '  framework-version: {default: 13.x-dev}',
    '  composer-command: {default: composer update --no-interaction}',
    'runs:',
    '  using: composite',
    '  steps:',
    '    - run: composer config version "${{ inputs.framework-version }}"',
    '      shell: bash',
    '    - uses: nick-fields/retry@ad984534de44a9489a53aefd81eb77f87c70dc60 # v4',
    '      with:',
    '        command: ${{ inputs.composer-command }}',
  ].join('\n');
  const caller = (withLines: string[], matrix = '[8.3, 8.4]', on = 'push') =>
    [
      `on: ${on}`,
      'permissions: {}',
      'jobs:',
      '  tests:',
      '    runs-on: ubuntu-latest',
      '    strategy:',
      '      matrix:',
      `        php: ${matrix}`,
      '    steps:',
      '      - uses: ./.github/actions/setup-php-project',
      ...(withLines.length > 0 ? ['        with:', ...withLines.map((l) => `          ${l}`)] : []),
    ].join('\n');
  const lines = (files: Record<string, string>, path = '.github/actions/setup-php-project/action.yml') =>
    inputFindingsIn({ [path]: action, ...files }).map((f) => `${f.path}:${f.line}`);

  test('literals, a literal matrix, secrets, or nothing: not collaborator input (laravel/framework setup-php-project)', () => {
    expect(
      lines({
        '.github/workflows/tests.yml': caller(['composer-command: composer update --${{ matrix.php }} --prefer-dist', 'framework-version: 13.x-dev']),
        '.github/workflows/static.yml': caller([]),
        '.github/workflows/secret.yml': caller(['composer-command: composer config token ${{ secrets.TOKEN }} && composer install']),
      }),
    ).toEqual([]);
  });

  test('near misses: one caller passing a value chosen at run time, a matrix from an expression, no caller, or an action for others', () => {
    const A = '.github/actions/setup-php-project/action.yml';
    const dispatch = 'workflow_dispatch:\n    inputs:\n      cmd: {required: true}';
    expect(lines({ '.github/workflows/tests.yml': caller([]), '.github/workflows/manual.yml': caller(['composer-command: ${{ inputs.cmd }}'], '[8.3]', `\n  ${dispatch}`) })).toEqual([`${A}:13`]);
    expect(lines({ '.github/workflows/tests.yml': caller(['framework-version: ${{ github.ref_name }}']) })).toEqual([`${A}:9`]);
    expect(lines({ '.github/workflows/tests.yml': caller(['composer-command: composer ${{ matrix.php }}'], '${{ fromJSON(needs.setup.outputs.php) }}') })).toEqual([`${A}:13`]);
    expect(lines({})).toEqual([`${A}:9`, `${A}:13`]);
    const root = lines({ '.github/workflows/tests.yml': caller([]).replace('./.github/actions/setup-php-project', './') }, 'action.yml');
    expect(root).toEqual(['action.yml:9', 'action.yml:13']);
  });

  test('a composite action\'s own step output carries an input on', () => {
    const laundering = [
      'name: tag',
      'inputs:',
      '  tag: {required: true}',
      'runs:',
      '  using: composite',
      '  steps:',
      '    - id: t',
      '      shell: bash',
      '      run: echo "tag=${TAG#v}" >> "$GITHUB_OUTPUT"',
      '      env:',
      '        TAG: ${{ inputs.tag }}',
      '    - shell: bash',
      '      run: git tag v${{ steps.t.outputs.tag }}',
    ].join('\n');
    const f = inputFindingsIn({ '.github/actions/tag/action.yml': laundering });
    expect(f.map((x) => x.line)).toEqual([13]);
    expect(f[0].message).toContain('a composite action input (tag)');
    expect(f[0].message).toContain('steps.t.outputs.tag, which carries inputs.tag through $TAG');
  });
});

describe('privileged triggers running pull request code (OSPS-BR-01.03)', () => {
  test('pull_request_target checking out the head and running it with secrets', () => {
    const f = findingsOf('prt-checkout-head.yml');
    expect(brief(f)).toEqual(['permissions-missing OSPS-AC-04.01 warning 1:1', 'privileged-untrusted-checkout OSPS-BR-01.03 error 9:16']);
    expect(f[1].message).toContain('pull_request_target');
    expect(f[1].message).toContain('secrets');
    expect(f[1].message).toContain('later steps run it');
  });

  test("a checkout into a subfolder names the step that uses the folder, not any later step (poetry's docs.yaml)", () => {
    const wf = [
      'on:',
      '  pull_request_target:',
      '    types: [labeled, synchronize]',
      'permissions:',
      '  contents: read',
      '  pull-requests: write',
      'jobs:',
      '  deploy:',
      '    if: contains(github.event.pull_request.labels.*.name, \'impact/docs\')',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v6',
      '        with:',
      '          repository: python-poetry/website',
      '      - uses: actions/checkout@v6',
      '        with:',
      '          path: poetry-docs',
      '          ref: ${{ github.event.pull_request.head.sha }}',
      '          sparse-checkout: docs',
      '      - uses: actions/setup-node@v6',
      '      - run: |',
      '          # Rebuild the docs files from the PR checkout.',
      '          poetry run python bin/website build --local ./poetry-docs',
      '          npx hugo --minify',
      '      - uses: amondnet/vercel-action@v42',
      '        with:',
      '          vercel-token: ${{ secrets.VERCEL_TOKEN }}',
      '          working-directory: public',
      '',
    ].join('\n');
    const f = analyzeWorkflows(memorySource({ '.github/workflows/docs.yaml': wf }), { repository: 'python-poetry/poetry' }).findings.filter((x) => x.kind === 'privileged-untrusted-checkout');
    expect(brief(f)).toEqual(['privileged-untrusted-checkout OSPS-BR-01.03 warning 18:16']);
    expect(f[0].message).toContain("(actions/checkout of ${{ github.event.pull_request.head.sha }}) into poetry-docs/; line 23 hands it to `poetry run python bin/website build --local ./poetry-docs`, which may run it; mitigated by");
    expect(f[0].message).not.toContain('later steps run it');
    // The label stays on the pull request while synchronize runs the job on each new commit.
    expect(f[0].message).toContain('needs a label a maintainer sets, which stays on the pull request: commits pushed after it (synchronize) run without another look');
    const labeledOnly = analyzeWorkflows(memorySource({ '.github/workflows/docs.yaml': wf.replace('[labeled, synchronize]', '[labeled]') })).findings.find((x) => x.kind === 'privileged-untrusted-checkout');
    expect(labeledOnly?.message).toMatch(/needs a label a maintainer sets \(line 9\)/);
  });

  test('pull_request_target that checks out only the base is not flagged', () => {
    expect(brief(findingsOf('prt-base-only.yml'))).toEqual(['permissions-broad-write OSPS-AC-04.02 note 5:3']);
  });

  test('workflow_run checking out head_sha without running it is a warning', () => {
    expect(brief(findingsOf('workflow-run-checkout.yml'))).toEqual(['privileged-untrusted-checkout OSPS-BR-01.03 warning 14:16']);
  });

  test('issue_comment with gh pr checkout, followed by make test', () => {
    expect(brief(findingsOf('issue-comment-pr-checkout.yml'))).toEqual(['privileged-untrusted-checkout OSPS-BR-01.03 error 13:11']);
  });

  test("gh approving and merging after `gh pr checkout` runs nothing of the checkout; a Dependabot-author condition gates it (App-vNext/Polly's dependabot-approve.yml)", () => {
    const wf = (cond: string, script: string[]) =>
      [
        'on: pull_request_target',
        'permissions: {}',
        'jobs:',
        '  review:',
        '    runs-on: ubuntu-24.04',
        `    if: ${cond}`,
        '    permissions:',
        '      contents: read',
        '    steps:',
        '      - name: Approve pull request and enable auto-merge',
        '        env:',
        '          GH_TOKEN: ${{ secrets.BOT_TOKEN }}',
        '          PR_URL: ${{ github.event.pull_request.html_url }}',
        '        run: |',
        ...script.map((l) => `          ${l}`),
        '',
      ].join('\n');
    const approve = [
      'gh pr checkout "${PR_URL}"',
      'if [ "$(gh pr status --json reviewDecision -q .currentBranch.reviewDecision)" != "APPROVED" ];',
      'then gh pr review --approve "${PR_URL}" && gh pr merge --auto --squash "${PR_URL}"',
      'fi',
    ];
    const checkouts = (cond: string, script = approve) => analyzeWorkflows(memorySource({ '.github/workflows/x.yml': wf(cond, script) })).findings.filter((f) => f.kind === 'privileged-untrusted-checkout');
    const dependabot = "github.event.repository.fork == false && github.event.pull_request.user.login == 'dependabot[bot]'";
    const gated = checkouts(dependabot);
    expect(gated.map((f) => `${f.severity} ${f.line}`)).toEqual(['note 15']);
    expect(gated[0].message).toContain('admits only pull requests opened by a dependency update bot (pull_request.user.login)');
    expect(gated[0].message).not.toContain('later steps run it');
    // Whoever triggered the run is no author check, and `||` admits more; a build after the checkout still runs it.
    expect(checkouts("github.actor == 'dependabot[bot]'").map((f) => f.severity)).toEqual(['warning']);
    expect(checkouts("github.event.pull_request.user.login == 'dependabot[bot]' || github.event.pull_request.user.login == 'someone'").map((f) => f.severity)).toEqual(['warning']);
    expect(checkouts(dependabot, ['gh pr checkout "${PR_URL}"', 'npm ci']).map((f) => f.severity)).toEqual(['warning']);
    expect(checkouts('true', ['gh pr checkout "${PR_URL}"', 'npm ci']).map((f) => f.severity)).toEqual(['error']);
  });

  test('a same-repository guard lowers the severity', () => {
    const wf = fixture('prt-checkout-head.yml').replace('    runs-on: ubuntu-latest', '    if: github.event.pull_request.head.repo.full_name == github.repository\n    runs-on: ubuntu-latest');
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/x.yml': wf }));
    expect(facts.findings.filter((f) => f.kind === 'privileged-untrusted-checkout').map((f) => f.severity)).toEqual(['warning']);
  });

  test('plain pull_request checking out the head is not privileged', () => {
    const wf = fixture('prt-checkout-head.yml').replace('on: pull_request_target', 'on: pull_request');
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/x.yml': wf }));
    expect(facts.findings.map((f) => f.kind)).toEqual(['permissions-missing']);
  });

  test('a reusable workflow inherits the privileged trigger of its local caller', () => {
    const caller = ['on: pull_request_target', 'permissions: {}', 'jobs:', '  call:', '    uses: ./.github/workflows/build.yml', '    secrets: inherit'].join('\n');
    const callee = [
      'on: workflow_call',
      'permissions: {}',
      'jobs:',
      '  b:',
      '    runs-on: x',
      '    steps:',
      '      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11',
      '        with:',
      '          ref: refs/pull/${{ github.event.number }}/merge',
      '      - run: make',
    ].join('\n');
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/ci.yml': caller, '.github/workflows/build.yml': callee }));
    expect(facts.findings.map((f) => `${f.path} ${f.kind} ${f.line}:${f.column}`)).toEqual(['.github/workflows/build.yml privileged-untrusted-checkout 9:16']);
    expect(facts.workflows.find((w) => w.path.endsWith('build.yml'))?.effectiveEvents).toEqual(['pull_request_target']);
  });
});

describe('permissions (OSPS-AC-04.01, OSPS-AC-04.02)', () => {
  test('missing at the top level and on a job', () => {
    const f = findingsOf('permissions-missing.yml');
    expect(brief(f)).toEqual(['permissions-missing OSPS-AC-04.01 warning 1:1']);
    expect(f[0].message).toContain('job a;');
  });

  test('declared on every job: not flagged', () => {
    expect(findingsOf('permissions-per-job.yml')).toEqual([]);
  });

  test('write-all at workflow and job level', () => {
    expect(brief(findingsOf('permissions-write-all.yml'))).toEqual(['permissions-write-all OSPS-AC-04.02 error 3:14', 'permissions-write-all OSPS-AC-04.02 error 7:18']);
  });

  test('write scopes at the workflow level, one finding per scope', () => {
    const f = findingsOf('permissions-broad-write.yml');
    expect(brief(f)).toEqual(['permissions-broad-write OSPS-AC-04.02 warning 4:3', 'permissions-broad-write OSPS-AC-04.02 warning 5:3']);
    expect(f[0].message).toMatch(/^contents: write/);
  });

  test('a write scope every job uses is a note; one job that does not use it keeps the warning', () => {
    // As BurntSushi/ripgrep's release workflow: every job creates or uploads to the release; one attests.
    const wf = (third: string) =>
      [
        'on: push',
        'permissions:',
        '  contents: write',
        '  id-token: write',
        '  packages: write',
        'jobs:',
        '  create:',
        '    runs-on: x',
        '    steps:',
        '      - run: gh release create $VERSION --draft',
        '  build:',
        '    runs-on: x',
        '    steps:',
        `      - uses: actions/attest-build-provenance@${'a'.repeat(40)}`,
        '      - run: |',
        '          make dist',
        '          gh release upload "$VERSION" dist/*',
        '  deb:',
        '    runs-on: x',
        '    steps:',
        `      - run: ${third}`,
      ].join('\n');
    const f = analyzeWorkflows(memorySource({ '.github/workflows/release.yml': wf('gh release upload "$VERSION" x.deb') })).findings.filter((x) => x.kind === 'permissions-broad-write');
    expect(f.map((x) => `${x.severity} ${x.line}:${x.column}`)).toEqual(['note 3:3', 'warning 4:3', 'warning 5:3']);
    expect(f[0].message).toContain('each of its 3 jobs uses it (create: `gh release create`; build: `gh release upload`; deb: `gh release upload`)');
    const g = analyzeWorkflows(memorySource({ '.github/workflows/release.yml': wf('dpkg-deb --build pkg') })).findings.filter((x) => x.kind === 'permissions-broad-write');
    expect(g.map((x) => x.severity)).toEqual(['warning', 'warning', 'warning']);
  });

  test('security-events: write that every job uploads results with is a note; a job that only sets CodeQL up keeps the warning', () => {
    // As rhysd/actionlint's codeql.yaml: the grant at the top, one job per language, each running codeql-action/analyze.
    const wf = (secondLast: string) =>
      [
        'on: [push, pull_request]',
        'permissions:',
        '  security-events: write',
        'jobs:',
        '  analyze-go:',
        '    runs-on: x',
        '    steps:',
        '      - uses: github/codeql-action/init@v4',
        '      - uses: github/codeql-action/analyze@v4',
        '  analyze-ts:',
        '    runs-on: x',
        '    steps:',
        '      - uses: github/codeql-action/init@v4',
        `      - ${secondLast}`,
      ].join('\n');
    const broad = (text: string) => analyzeWorkflows(memorySource({ '.github/workflows/codeql.yaml': text })).findings.filter((x) => x.kind === 'permissions-broad-write');
    const each = broad(wf('uses: github/codeql-action/analyze@v4'));
    expect(each.map((x) => `${x.severity} ${x.line}:${x.column}`)).toEqual(['note 3:3']);
    expect(each[0].message).toContain('each of its 2 jobs uses it (analyze-go: github/codeql-action/analyze; analyze-ts: github/codeql-action/analyze)');
    expect(broad(wf('run: codeql github upload-results --sarif=out.sarif')).map((x) => x.severity)).toEqual(['note']);
    expect(broad(wf('run: make build')).map((x) => x.severity)).toEqual(['warning']);
  });

  test('a job with its own permissions does not get the workflow-level grant', () => {
    // As mochajs/mocha's release-please.yml: id-token: write at the top, the release-please job
    // declares its own permissions; only the publishing job (npm publish --provenance) gets it.
    const wf = (publishJobOwn: boolean) =>
      [
        'on: push',
        'permissions:',
        '  contents: read',
        '  id-token: write',
        'jobs:',
        '  release:',
        '    runs-on: x',
        '    permissions:',
        '      contents: write',
        '    steps:',
        '      - run: echo release',
        '  lint:',
        '    runs-on: x',
        ...(publishJobOwn ? ['    permissions:', '      contents: read'] : []),
        '    steps:',
        '      - run: npm run lint',
        '  publish:',
        '    runs-on: x',
        '    steps:',
        '      - run: npm publish --provenance',
      ].join('\n');
    const broad = (text: string) => analyzeWorkflows(memorySource({ '.github/workflows/release.yml': text })).findings.filter((x) => x.kind === 'permissions-broad-write');
    const one = broad(wf(true));
    expect(one.map((x) => `${x.severity} ${x.line}:${x.column}`)).toEqual(['note 4:3']);
    expect(one[0].message).toContain('reaches only job publish (the other 2 declare their own permissions)');
    const two = broad(wf(false));
    expect(two.map((x) => x.severity)).toEqual(['warning']);
    expect(two[0].message).toContain('so 2 of its 3 jobs get it (the other 1 declares its own permissions)');
  });

  test('a reusable workflow that every inheriting job calls needs the scope from each', () => {
    // As mochajs/mocha's mocha.yml: the jobs that call npm-script.yml (which asks for id-token: write)
    // inherit the grant; the browser job declares contents: read.
    const text = [
      'on: push',
      'permissions:',
      '  contents: read',
      '  id-token: write',
      'jobs:',
      '  lint:',
      '    uses: ./.github/workflows/npm-script.yml',
      '  tsc:',
      '    uses: ./.github/workflows/npm-script.yml',
      '  browser:',
      '    runs-on: x',
      '    permissions:',
      '      contents: read',
      '    steps:',
      '      - run: npm run test-browser',
    ].join('\n');
    const f = analyzeWorkflows(memorySource({ '.github/workflows/ci.yml': text })).findings.filter((x) => x.kind === 'permissions-broad-write');
    expect(f.map((x) => x.severity)).toEqual(['note']);
    expect(f[0].message).toContain('each of the 2 jobs that get it uses it (lint: calls ./.github/workflows/npm-script.yml; tsc: calls ./.github/workflows/npm-script.yml) (the other 1 declares its own permissions)');
  });

  test('a workflow_call input every caller in the repository fixes is a note; a caller that passes its own free input keeps the warning', () => {
    // As mochajs/mocha's npm-script.yml: `npm run ${{ inputs.npm-script }}`, called with `npm-script: lint`
    // and `test-node:${{ matrix.test-part }}` of a literal matrix.
    const called = ['on:', '  workflow_call:', '    inputs:', '      npm-script:', '        type: string', 'jobs:', '  script:', '    runs-on: x', '    steps:', '      - run: npm run ${{ inputs.npm-script }}'].join('\n');
    const caller = (value: string, dispatch = false) =>
      [
        'on:',
        '  push:',
        ...(dispatch ? ['  workflow_dispatch:', '    inputs:', '      script:', '        type: string'] : []),
        'jobs:',
        '  lint:',
        '    uses: ./.github/workflows/npm-script.yml',
        '    with:',
        '      npm-script: lint',
        '  test:',
        '    uses: ./.github/workflows/npm-script.yml',
        '    strategy:',
        '      matrix:',
        '        part: [unit, integration]',
        '    with:',
        `      npm-script: ${value}`,
      ].join('\n');
    const fixed = inputFindingsIn({ '.github/workflows/npm-script.yml': called, '.github/workflows/ci.yml': caller('test-node:${{ matrix.part }}') });
    expect(fixed.map((f) => `${f.path} ${f.severity} ${f.line}`)).toEqual(['.github/workflows/npm-script.yml note 10']);
    expect(fixed[0].message).toContain('which every job of this repository that calls the workflow fills with a fixed value');
    const free = inputFindingsIn({ '.github/workflows/npm-script.yml': called, '.github/workflows/ci.yml': caller('${{ inputs.script }}', true) });
    expect(free.map((f) => `${f.path} ${f.severity}`)).toEqual(['.github/workflows/npm-script.yml warning']);
    // With no caller here, the input stays open.
    expect(inputFindingsIn({ '.github/workflows/npm-script.yml': called }).map((f) => f.severity)).toEqual(['warning']);
  });

  test('job-level write scopes are not flagged', () => {
    expect(findingsOf('release.yml').map((f) => f.kind)).toEqual(['unpinned-action']);
  });
});

describe('unpinned actions (hardening)', () => {
  test('tags, branches, short SHAs, Docker tags and reusable workflows; pinned, local, same-repo and digests exempt', () => {
    const f = findingsOf('unpinned.yml', 'octo-org/octo-repo');
    expect(brief(f)).toEqual([
      'unpinned-action null warning 9:15',
      'unpinned-action null warning 10:15',
      'unpinned-action null warning 11:15',
      'unpinned-action null warning 12:15',
      'unpinned-action null warning 17:15',
      'unpinned-action null warning 19:11',
    ]);
    expect(f[3].message).toContain('(comment: # v4.0.2)');
    expect(f[2].message).toContain('Docker image docker://alpine:3.19');
  });

  test('without the repository name, a same-repository ref counts as another repository', () => {
    expect(findingsOf('unpinned.yml', null).map((f) => f.line)).toEqual([9, 10, 11, 12, 15, 17, 19]);
  });

  test('step uses facts carry the version comment', () => {
    const facts = analyzeWorkflows(workflowSource('unpinned.yml'));
    const steps = facts.workflows[0].jobs[0].steps;
    expect(steps[4].uses).toMatchObject({ kind: 'action', refKind: 'sha', pinned: true, comment: 'v4.1.1', commentVersion: 'v4.1.1', line: 13, column: 15 });
    expect(steps[3].uses).toMatchObject({ refKind: 'tag', pinned: false, comment: 'v4.0.2' });
  });

  test('Docker actions: runs.image without a digest', () => {
    const action = ['name: d', 'runs:', '  using: docker', '  image: docker://ghcr.io/o/img:1.2'].join('\n');
    const facts = analyzeWorkflows(memorySource({ 'action.yml': action }));
    expect(brief(facts.findings)).toEqual(['unpinned-action null warning 4:10']);
  });
});

describe('near misses for pinning', () => {
  test('SHA with a version comment, local, same repository and Docker digests are not flagged', () => {
    expect(findingsOf('pinned.yml')).toEqual([]);
  });
});

test('a workflow that is only called gets a note, not a warning, for missing permissions', () => {
  const wf = 'on: workflow_call\njobs:\n  a:\n    runs-on: x\n    steps: [{run: echo}]\n';
  const facts = analyzeWorkflows(memorySource({ '.github/workflows/r.yml': wf }));
  expect(brief(facts.findings)).toEqual(['permissions-missing OSPS-AC-04.01 note 1:1']);
});

test.each([
  ['declares its permissions at the top', 'permissions:\n  contents: read\n', []],
  ['declares permissions on every job', '', []],
  ['declares none', null, ['.github/workflows/t.yml permissions-missing OSPS-AC-04.01 warning 1:1', '.github/workflows/callee.yml permissions-missing OSPS-AC-04.01 note 1:1']],
])('a job that calls a workflow of this repository which %s (nodejs/undici\'s triggered-autobahn.yml)', (_name, top, expected) => {
  const callee =
    top === null
      ? 'on: workflow_call\njobs:\n  a:\n    runs-on: x\n    steps: [{run: echo}]\n'
      : top === ''
        ? 'on: workflow_call\njobs:\n  a:\n    runs-on: x\n    permissions: {}\n    steps: [{run: echo}]\n'
        : `on: workflow_call\n${top}jobs:\n  a:\n    runs-on: x\n    steps: [{run: echo}]\n`;
  const caller = 'on: pull_request\njobs:\n  t:\n    uses: ./.github/workflows/callee.yml\n';
  const facts = analyzeWorkflows(memorySource({ '.github/workflows/t.yml': caller, '.github/workflows/callee.yml': callee }));
  expect(facts.findings.filter((f) => f.kind === 'permissions-missing').map((f) => `${f.path} ${brief([f])[0]}`).sort()).toEqual([...expected].sort());
});

test('${{ env.X }} in a script is flagged when X was set from untrusted input; "$X" is not', () => {
  const wf = [
    'on: issues', // 1
    'permissions: {}', // 2
    'env:', // 3
    '  TITLE: ${{ github.event.issue.title }}', // 4
    'jobs:', // 5
    '  a:', // 6
    '    runs-on: x', // 7
    '    env:', // 8
    '      SAFE: ${{ github.sha }}', // 9
    '    steps:', // 10
    '      - run: echo "$TITLE ${{ env.SAFE }}"', // 11
    '      - run: echo "${{ env.TITLE }}"', // 12
    '      - env:', // 13
    '          TITLE: fixed', // 14
    '        run: echo "${{ env.TITLE }}"', // 15
  ].join('\n');
  const facts = analyzeWorkflows(memorySource({ '.github/workflows/e.yml': wf }));
  expect(brief(facts.findings)).toEqual(['untrusted-input OSPS-BR-01.01 error 12:20']);
  expect(facts.findings[0].message).toContain('env.title = ${{ github.event.issue.title }}');
});

test('workflow_run downloading the triggering run artifacts and running a script', () => {
  const wf = [
    'on:', // 1
    '  workflow_run:', // 2
    '    workflows: [CI]', // 3
    '    types: [completed]', // 4
    'permissions: {}', // 5
    'jobs:', // 6
    '  deploy:', // 7
    '    runs-on: x', // 8
    '    steps:', // 9
    '      - uses: actions/download-artifact@fa0a91b85d4f404e444e00e005971372dc801d16 # v4.1.8', // 10
    '        with:', // 11
    '          run-id: ${{ github.event.workflow_run.id }}', // 12
    '      - run: ./dist/deploy.sh', // 13
  ].join('\n');
  const facts = analyzeWorkflows(memorySource({ '.github/workflows/d.yml': wf }));
  expect(brief(facts.findings)).toEqual(['privileged-untrusted-checkout OSPS-BR-01.03 error 12:19']);
});

test('vendored and fixture action files get no findings unless a workflow uses them', () => {
  const action = fixture('composite-setup.action.yml');
  const quiet = analyzeWorkflows(memorySource({ 'node_modules/x/action.yml': action, 'test/fixtures/a/action.yml': action }));
  expect(quiet.actions).toHaveLength(2);
  expect(quiet.findings).toEqual([]);
  const wf = 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: ./test/fixtures/a\n';
  const used = analyzeWorkflows(memorySource({ '.github/workflows/w.yml': wf, 'test/fixtures/a/action.yml': action }));
  expect(used.findings.map((f) => f.path)).toEqual(['test/fixtures/a/action.yml', 'test/fixtures/a/action.yml']);
});

test('action files in test folders that no workflow uses are test inputs: no findings, no parse errors (zizmor test-data/)', () => {
  const action = fixture('composite-setup.action.yml');
  const facts = analyzeWorkflows(
    memorySource({ 'crates/z/tests/integration/test-data/a/action.yml': action, 'crates/z/tests/integration/test-data/invalid/action.yml': 'runs: [\n', '.github/actions/test/action.yml': action }),
  );
  expect(facts.testInputActions.sort()).toEqual(['crates/z/tests/integration/test-data/a/action.yml', 'crates/z/tests/integration/test-data/invalid/action.yml']);
  expect(facts.parseErrors).toEqual([]);
  expect(facts.findings.map((f) => f.path)).toEqual(['.github/actions/test/action.yml', '.github/actions/test/action.yml']);
  const wf = 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: ./crates/z/tests/integration/test-data/a\n';
  const used = analyzeWorkflows(memorySource({ '.github/workflows/w.yml': wf, 'crates/z/tests/integration/test-data/a/action.yml': action }));
  expect(used.testInputActions).toEqual([]);
});

describe('workflow_run artifacts: downloading is not running, a later step that may run them is', () => {
  const job = (later: string[], download = ['      - uses: dawidd6/action-download-artifact@b6e2e70617bc3265edd6dab6c906732b2f1ae151 # v21']) =>
    ['on:', '  workflow_run:', '    workflows: [CI]', '    types: [completed]', 'permissions:', '  statuses: write', 'jobs:', '  up:', '    runs-on: x', '    steps:', '      - run: pip install smokeshow', ...download, ...later].join('\n');
  const severity = (later: string[], download?: string[]) => {
    const f = analyzeWorkflows(memorySource({ '.github/workflows/u.yml': job(later, download) })).findings.filter((x) => x.requirement === 'OSPS-BR-01.03');
    return f.map((x) => x.severity).join(',');
  };
  test.each([
    ['smokeshow upload coverage-html', 'note'],
    ['ls coverage-html && N=$(cat pr/number) && echo "n=$N" >> "$GITHUB_OUTPUT"', 'note'],
    ['unzip pr.zip; for f in dist/*; do echo "$f"; done', 'note'],
    ["IMAGES=$(find archives -name '*.tar.gz' -print0 | xargs -0 -I{} basename {} | jq -R -s -c 'map(select(. != \"\"))')", 'note'],
    ["(cd dist && ./x)", 'error'],
    ["sh -c 'echo hi'", 'error'],
    ['find . -name "*.sh" | xargs -n1 bash', 'error'],
    ["find tmpdist/ -type f -iname 'PyNaCl*' -exec mv {} dist/ \\;", 'note'],
    ["find dist -name '*.whl' -exec sha256sum {} +", 'note'],
    ["find dist -type f -exec {} \\;", 'error'],
    ["find dist -name '*.sh' -exec mv {} . \\; -exec bash {} \\;", 'error'],
    ['./dist/deploy.sh', 'error'],
    ['bash coverage-html/run.sh', 'error'],
    ['if [ -f x ]; then ./x; fi', 'error'],
    ['echo "$(./wheels/tool --version)"', 'error'],
    ['pip install wheels/*.whl', 'error'],
    ['pip install other && other publish', 'error'],
    ['cd coverage-html && make', 'error'],
    ['npm run deploy', 'error'],
    ['python -c "import widget"', 'error'],
    ['"$TOOL" upload', 'error'],
    // `||`, `&&` and `!` inside `[[ ]]` are the test's own: no command follows them (rollup's repl-artefacts-upload.yml).
    ['if [[ -z "$N" || ! "$N" =~ ^[0-9]+$ ]]; then exit 1; fi', 'note'],
    ['[[ -n "$N" && "$N" != 0 ]] && echo "$N"', 'note'],
    ['[[ -n "$N" ]] || ./dist/x', 'error'],
    ['if [[ "$(./dist/x)" == ok || -z "$N" ]]; then exit 1; fi', 'error'],
  ])('run: %s -> %s', (line, expected) => {
    expect(severity([`      - run: ${JSON.stringify(line)}`])).toBe(expected);
  });
  test('an action not known to only read files, a github-script that loads a module, a python shell: each may run it', () => {
    expect(severity(['      - uses: some/deployer@b6e2e70617bc3265edd6dab6c906732b2f1ae151'])).toBe('error');
    expect(severity(['      - uses: aws-actions/configure-aws-credentials@e6de054238d6b7531b4efff3b6587d9aade6a06c'])).toBe('note');
    expect(severity(['      - uses: actions/github-script@98814c53be79b1d30f795b907e553d8679345975', '        with:', "          script: require('./pr/hook.js')"])).toBe('error');
    expect(severity(['      - shell: python {0}', '        run: print(1)'])).toBe('error');
    expect(severity(['      - uses: actions/github-script@98814c53be79b1d30f795b907e553d8679345975', '        with:', "          script: const n = require('fs').readFileSync('./number')"])).toBe('note');
  });
  test('a project runner after a download into a subfolder runs the checkout\'s project: its command is judged (fastapi\'s uv run smokeshow)', () => {
    const into = (path: string) => ['      - uses: dawidd6/action-download-artifact@b6e2e70617bc3265edd6dab6c906732b2f1ae151 # v21', '        with:', `          path: ${path}`];
    expect(severity(['      - run: uv run smokeshow upload htmlcov'], into('htmlcov'))).toBe('note');
    expect(severity(['      - run: uv run smokeshow upload htmlcov'])).toBe('error');
    expect(severity(['      - run: uv run smokeshow upload htmlcov'], into('.'))).toBe('error');
    for (const run of ['cd htmlcov && uv run smokeshow upload .', 'uv run --with htmlcov/x.whl smokeshow upload htmlcov', 'uv run python htmlcov/x.py', 'npx ./htmlcov/x.js'])
      expect([run, severity([`      - run: ${run}`], into('htmlcov'))]).toEqual([run, 'error']);
    expect(severity(['      - run: uv run smokeshow upload htmlcov', '        working-directory: htmlcov'], into('htmlcov'))).toBe('error');
    expect(severity(['      - uses: actions/download-artifact@fa0a91b85d4f404e444e00e005971372dc801d16', '      - run: uv run smokeshow upload htmlcov'], into('htmlcov'))).toBe('error');
  });
  test("after a download into a subfolder, wrangler's pages deploy and a script of the checkout run none of it (fastapi's deploy-docs.yml)", () => {
    const into = ['      - uses: actions/download-artifact@fa0a91b85d4f404e444e00e005971372dc801d16', '        with:', '          path: ./site/', '          run-id: ${{ github.event.workflow_run.id }}'];
    const deploy = (extra: string[] = [], command = 'pages deploy ./site --project-name=docs --branch=${{ env.BRANCH }}') => [
      '      - uses: cloudflare/wrangler-action@ebbaa1584979971c8614a24965b4405ff95890e0 # v4.0.0',
      '        with:',
      '          apiToken: ${{ secrets.CLOUDFLARE_API_TOKEN }}',
      `          command: ${command}`,
      ...extra,
    ];
    const status = ['      - run: uv run ./scripts/deploy_docs_status.py', '        env:', '          STATE: success'];
    expect(severity([...deploy(), ...status], into)).toBe('note');
    expect(severity(['      - run: python scripts/comment.py site/index.html'], into)).toBe('note');
    // Another command, commands of its own, another working folder, or a download into the working folder: the finding stays.
    expect(severity(deploy([], 'deploy'), into)).toBe('error');
    expect(severity(deploy(['          preCommands: ./site/setup.sh']), into)).toBe('error');
    expect(severity(deploy(['          workingDirectory: site']), into)).toBe('error');
    expect(severity(deploy())).toBe('error');
    // A script in the download's folder, or the checkout's pointed at it, runs it.
    for (const run of ['./site/run.sh', 'uv run ./site/x.py', 'python site/x.py', 'PYTHONPATH=site ./scripts/x.py'])
      expect([run, severity([`      - run: ${run}`], into)]).toEqual([run, 'error']);
    expect(severity(['      - run: ./scripts/x.py', '        env:', '          PYTHONPATH: site'], into)).toBe('error');
    expect(severity(['      - run: ./scripts/x.py'])).toBe('error');
  });
  test("a download into the runner's temporary folder leaves the working folder the checkout's: what names no path outside it reads only the checkout (black's diff_shades_comment.yml)", () => {
    const into = (path: string) => ['      - uses: actions/download-artifact@fa0a91b85d4f404e444e00e005971372dc801d16', '        with:', '          run-id: ${{ github.event.workflow_run.id }}', `          path: ${path}`];
    const temp = into('${{ runner.temp }}/arts');
    expect(severity(['      - run: python -m pip install --group comment', '      - run: python scripts/helper.py comment "$pr" "$RUNNER_TEMP/arts/x.md"', '      - run: gh pr comment "$pr" --body-file "$RUNNER_TEMP/arts/x.md"'], temp)).toBe('note');
    expect(severity(['      - run: pip install -r requirements.txt && tool report', '      - uses: peter-evans/find-comment@b30e6a3c0ed37e7c023ccd3f1db5c6c0b0c23aad'], into('/tmp/arts/'))).toBe('note');
    for (const run of [
      'pip install "$RUNNER_TEMP"/arts/*.whl',
      'bash "$RUNNER_TEMP/arts/run.sh"',
      'python -m arts',
      'cd "$RUNNER_TEMP/arts" && make',
      'PYTHONPATH=$RUNNER_TEMP/arts python scripts/helper.py',
      'python ../../_temp/arts/x.py',
      'node /tmp/arts/x.js',
    ])
      expect([run, severity([`      - run: ${JSON.stringify(run)}`], temp)]).toEqual([run, 'error']);
    // A step in the download's folder, an env pointing a program at it, a later download into the working folder.
    expect(severity(['      - run: python scripts/helper.py', '        working-directory: ${{ runner.temp }}/arts'], temp)).toBe('error');
    expect(severity(['      - run: python scripts/helper.py', '        env:', '          PYTHONPATH: ${{ runner.temp }}/arts'], temp)).toBe('error');
    expect(severity(['      - run: echo "$RUNNER_TEMP/arts" >> "$GITHUB_PATH"', '      - run: python -m pip install x'], temp)).toBe('error');
    expect(severity(['      - uses: actions/download-artifact@fa0a91b85d4f404e444e00e005971372dc801d16', '      - run: python -m pip install --group comment'], temp)).toBe('error');
    expect(severity(['      - run: python -m pip install --group comment'], into('${{ github.workspace }}/arts'))).toBe('error');
  });
  test("github-script's downloadArtifact then unzip (nlohmann/json) is a download too", () => {
    const download = ['      - uses: actions/github-script@98814c53be79b1d30f795b907e553d8679345975', '        with:', '          script: |', '            const d = await github.rest.actions.downloadArtifact({ artifact_id: 1, archive_format: "zip" });'];
    expect(severity(['      - run: unzip pr.zip'], download)).toBe('note');
    expect(severity(['      - run: unzip pr.zip && ./pr/run'], download)).toBe('error');
  });
});
