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
});

describe('privileged triggers running pull request code (OSPS-BR-01.03)', () => {
  test('pull_request_target checking out the head and running it with secrets', () => {
    const f = findingsOf('prt-checkout-head.yml');
    expect(brief(f)).toEqual(['permissions-missing OSPS-AC-04.01 warning 1:1', 'privileged-untrusted-checkout OSPS-BR-01.03 error 9:16']);
    expect(f[1].message).toContain('pull_request_target');
    expect(f[1].message).toContain('secrets');
    expect(f[1].message).toContain('later steps run it');
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
  ])('run: %s -> %s', (line, expected) => {
    expect(severity([`      - run: ${JSON.stringify(line)}`])).toBe(expected);
  });
  test('an action not known to only read files, a github-script that loads a module, a python shell: each may run it', () => {
    expect(severity(['      - uses: some/deployer@b6e2e70617bc3265edd6dab6c906732b2f1ae151'])).toBe('error');
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
  test("github-script's downloadArtifact then unzip (nlohmann/json) is a download too", () => {
    const download = ['      - uses: actions/github-script@98814c53be79b1d30f795b907e553d8679345975', '        with:', '          script: |', '            const d = await github.rest.actions.downloadArtifact({ artifact_id: 1, archive_format: "zip" });'];
    expect(severity(['      - run: unzip pr.zip'], download)).toBe('note');
    expect(severity(['      - run: unzip pr.zip && ./pr/run'], download)).toBe('error');
  });
});
