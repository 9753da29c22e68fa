import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { RepoSnapshot } from '../../src/facts/snapshot.ts';
import { analyzeWorkflows, MAX_ALIASES } from '../../src/facts/workflows/index.ts';
import { fixture, memorySource, workflowSource } from './helpers.ts';

const one = (text: string, path = '.github/workflows/w.yml') => analyzeWorkflows(memorySource({ [path]: text }));

describe('workflow model', () => {
  test('name, triggers with filters, schedules, inputs, permissions and positions', () => {
    const wf = [
      'name: CI', // 1
      'on:', // 2
      '  push:', // 3
      '    branches: [main, "release/**"]', // 4
      '    tags: ["v*"]', // 5
      '  pull_request:', // 6
      '    branches: main', // 7
      '    paths-ignore: ["docs/**"]', // 8
      '  schedule:', // 9
      '    - cron: "0 3 * * *"', // 10
      '  workflow_dispatch:', // 11
      '    inputs:', // 12
      '      debug: {type: boolean}', // 13
      '      name: {required: true}', // 14
      'permissions: read-all', // 15
      'env:', // 16
      '  A: ${{ github.sha }}', // 17
      'jobs:', // 18
      '  build:', // 19
      '    name: Build', // 20
      '    runs-on: [self-hosted, linux]', // 21
      '    needs: [lint]', // 22
      '    if: github.event_name == \'push\'', // 23
      '    permissions:', // 24
      '      contents: read', // 25
      '      packages: write', // 26
      '    steps:', // 27
      '      - id: co', // 28
      '        name: Checkout', // 29
      '        uses: actions/checkout@v4', // 30
      '        with:', // 31
      '          fetch-depth: 0', // 32
      '          python-version: 3.10', // 33
      '      - run: make', // 34
      '        shell: bash', // 35
      '        env: {X: "1"}', // 36
      '  lint:', // 37
      '    uses: ./.github/workflows/lint.yml', // 38
      '    secrets: inherit', // 39
      '    with: {strict: true}', // 40
    ].join('\n');
    const facts = one(wf);
    expect(facts.parseErrors).toEqual([]);
    const w = facts.workflows[0];
    expect(w.valid).toBe(true);
    expect(w.name).toBe('CI');
    expect(w.triggers.events).toEqual(['push', 'pull_request', 'schedule', 'workflow_dispatch']);
    expect(w.triggers.position).toEqual({ line: 3, column: 3 });
    expect(w.triggers.filters.push).toMatchObject({ branches: ['main', 'release/**'], tags: ['v*'], branchesIgnore: null });
    expect(w.triggers.filters.pull_request).toMatchObject({ branches: ['main'], pathsIgnore: ['docs/**'] });
    expect(w.triggers.schedules).toEqual(['0 3 * * *']);
    expect(w.triggers.dispatchInputs).toEqual({ debug: { type: 'boolean', required: false }, name: { type: 'string', required: true } });
    expect(w.permissions).toMatchObject({ kind: 'read-all', position: { line: 15, column: 14 } });
    expect(w.env.A).toEqual({ value: '${{ github.sha }}', line: 17, column: 6 });
    const [build, lint] = w.jobs;
    expect(build).toMatchObject({ id: 'build', line: 19, column: 3, name: 'Build', needs: ['lint'], if: "github.event_name == 'push'", secrets: null, uses: null });
    expect(build.permissions).toEqual({
      kind: 'map',
      position: { line: 25, column: 7 },
      scopes: { contents: 'read', packages: 'write' },
      scopePositions: { contents: { line: 25, column: 7 }, packages: { line: 26, column: 7 } },
    });
    expect(build.steps[0]).toMatchObject({ index: 0, line: 28, column: 9, id: 'co', name: 'Checkout', run: null });
    expect(build.steps[0].uses).toMatchObject({ raw: 'actions/checkout@v4', line: 30, column: 15, comment: null });
    expect(build.steps[0].with['fetch-depth']).toEqual({ value: '0', line: 32, column: 24 });
    expect(build.steps[0].with['python-version'].value).toBe('3.10');
    expect(build.steps[1]).toMatchObject({ index: 1, shell: 'bash', run: { text: 'make', line: 34, column: 14, truncated: false } });
    expect(build.steps[1].env.X.value).toBe('1');
    expect(lint).toMatchObject({ id: 'lint', secrets: 'inherit', steps: [] });
    expect(lint.uses).toMatchObject({ kind: 'local', isWorkflow: true, line: 38, column: 11 });
    expect(lint.with.strict.value).toBe('true');
  });

  test('on: as a string and as a list; permissions {} and invalid', () => {
    expect(one('on: push\npermissions: {}\njobs: {}\n').workflows[0]).toMatchObject({ triggers: { events: ['push'] }, permissions: { kind: 'none' } });
    expect(one('on: [push, pull_request]\npermissions: write\njobs: {}\n').workflows[0]).toMatchObject({
      triggers: { events: ['push', 'pull_request'] },
      permissions: { kind: 'invalid' },
    });
  });

  test('a %YAML 1.1 document keeps `on` as a key', () => {
    const facts = one('%YAML 1.1\n---\non: push\njobs:\n  a:\n    runs-on: x\n    steps: [{run: echo}]\n');
    expect(facts.workflows[0].triggers.events).toEqual(['push']);
  });

  test('composite and Docker action metadata', () => {
    const facts = analyzeWorkflows(memorySource({ '.github/actions/setup/action.yml': fixture('composite-setup.action.yml'), 'action.yaml': 'name: root\nruns:\n  using: node20\n  main: index.js\n' }));
    expect(facts.actions.map((a) => [a.path, a.dir, a.using, a.steps.length])).toEqual([
      ['.github/actions/setup/action.yml', '.github/actions/setup', 'composite', 3],
      ['action.yaml', '', 'node20', 0],
    ]);
    expect(facts.actions[0].inputs).toEqual({ version: { required: true, default: null } });
  });
});

describe('broken and hostile files', () => {
  test('invalid YAML', () => {
    const facts = analyzeWorkflows(workflowSource('invalid-yaml.yml'));
    expect(facts.parseErrors).toEqual([
      { path: '.github/workflows/invalid-yaml.yml', kind: 'yaml', line: 6, column: 1, message: 'Flow sequence in block collection must be sufficiently indented and end with a ]' },
    ]);
    expect(facts.workflows[0].valid).toBe(false);
    expect(facts.findings).toEqual([]);
  });

  test('not a mapping, empty, duplicate keys, no on:, jobs not a mapping, step not a mapping', () => {
    expect(analyzeWorkflows(workflowSource('not-mapping.yml')).parseErrors).toMatchObject([{ kind: 'structure', line: 1, column: 1, message: 'workflow is not a mapping' }]);
    expect(analyzeWorkflows(workflowSource('empty.yml')).parseErrors).toMatchObject([{ kind: 'structure', message: 'workflow file is empty' }]);
    expect(analyzeWorkflows(workflowSource('duplicate-keys.yml')).parseErrors).toMatchObject([{ kind: 'yaml', line: 3, column: 1, message: 'Map keys must be unique' }]);
    expect(one('jobs:\n  a:\n    runs-on: x\n').parseErrors).toMatchObject([{ kind: 'structure', line: 1, column: 1, message: 'workflow has no `on:` triggers' }]);
    expect(one('on: push\njobs: [a]\n').parseErrors).toMatchObject([{ kind: 'structure', line: 2, column: 7, message: '`jobs:` is not a mapping' }]);
    const f = one('on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: ok\n      - just a string\n');
    expect(f.parseErrors).toMatchObject([{ kind: 'structure', line: 7, column: 9, message: 'job a: step 2 is not a mapping' }]);
    expect(f.workflows[0].valid).toBe(false);
  });

  test('unreadable workflow files are reported, not thrown', () => {
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/a.yml': { unreadable: 'skipped: 6.0 MiB is over the 5.0 MiB read limit' } }));
    expect(facts.parseErrors).toEqual([{ path: '.github/workflows/a.yml', kind: 'unreadable', line: 1, column: 1, message: 'skipped: 6.0 MiB is over the 5.0 MiB read limit' }]);
    expect(facts.workflows).toMatchObject([{ path: '.github/workflows/a.yml', valid: false }]);
  });

  test('a read() that throws is contained', () => {
    const facts = analyzeWorkflows({
      files: [{ path: '.github/workflows/a.yml', kind: 'file', tracked: true }],
      read: () => {
        throw new Error('boom');
      },
    });
    expect(facts.parseErrors[0]).toMatchObject({ kind: 'unreadable', message: 'cannot be read: boom' });
  });

  test('only top-level .yml/.yaml files in .github/workflows are workflows', () => {
    const wf = 'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    steps: [{run: echo}]\n';
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/a.yaml': wf, '.github/workflows/sub/b.yml': wf, '.github/workflows/c.json': wf, 'workflows/d.yml': wf }));
    expect(facts.workflows.map((w) => w.path)).toEqual(['.github/workflows/a.yaml']);
  });

  test('anchors and aliases are followed', () => {
    const facts = analyzeWorkflows(workflowSource('anchors.yml'));
    expect(facts.parseErrors).toEqual([]);
    const jobs = facts.workflows[0].jobs;
    expect(jobs.map((j) => [j.id, j.steps.length])).toEqual([
      ['one', 2],
      ['two', 2],
      ['three', 1],
    ]);
    expect(jobs[2].steps[0].uses).toMatchObject({ raw: 'actions/checkout@v4', line: 10, column: 15 });
  });

  test('an alias bomb stays bounded', () => {
    const lines = ['on: push', 'x0: &a0 [run, run, run, run, run, run, run, run, run, run]'];
    for (let i = 1; i <= 9; i++) lines.push(`x${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    lines.push('jobs:', '  a:', '    runs-on: x', '    steps: *a9');
    const started = performance.now();
    const facts = one(lines.join('\n'));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(facts.workflows[0].jobs[0].steps).toEqual([]);
  });

  test('the alias budget is enforced', () => {
    const lines = ['on: push', 'permissions: {}', 'jobs:', '  j0: &j', '    runs-on: x', '    steps: [{run: echo}]'];
    for (let i = 1; i <= MAX_ALIASES + 5; i++) lines.push(`  j${i}: *j`);
    const facts = one(lines.join('\n'));
    expect(facts.parseErrors.some((e) => e.kind === 'limit' && e.message.includes('alias'))).toBe(true);
  });

  test('10,000 jobs in bounded time', () => {
    const lines = ['on: push', 'jobs:'];
    for (let i = 0; i < 10_000; i++) lines.push(`  job${i}:`, '    runs-on: ubuntu-latest', '    steps:', `      - uses: actions/checkout@v4`, `      - run: echo ${i}`);
    const started = performance.now();
    const facts = one(lines.join('\n'));
    const ms = performance.now() - started;
    console.log(`10,000 jobs analysed in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(30_000);
    expect(facts.workflows[0].jobs).toHaveLength(10_000);
    expect(facts.findings.filter((f) => f.kind === 'unpinned-action')).toHaveLength(5_000 - 1);
    expect(facts.findingsTruncated).toBe(true);
  });

  test('odd whitespace: CRLF, tabs inside values, trailing spaces, a BOM-less unicode name', () => {
    const wf = 'name: "ci \u00e9"\r\non: push\r\npermissions: {}\r\njobs:\r\n  a:\r\n    runs-on: x   \r\n    steps:\r\n      - uses: actions/checkout@v4 \t# v4.1.1\r\n      - run: echo "${{ github.event.head_commit.message }}"\r\n';
    const facts = one(wf);
    expect(facts.parseErrors).toEqual([]);
    expect(facts.workflows[0].jobs[0].steps[0].uses).toMatchObject({ raw: 'actions/checkout@v4', comment: 'v4.1.1', line: 8, column: 15 });
    expect(facts.findings.map((f) => `${f.kind} ${f.line}:${f.column}`)).toEqual(['unpinned-action 8:15', 'untrusted-input 9:20']);
  });

  test('tab indentation is a YAML error', () => {
    expect(one('on: push\njobs:\n\ta: {}\n').parseErrors[0]).toMatchObject({ kind: 'yaml' });
  });

  test('expressions in uses: are classified, not reported as unpinned', () => {
    const facts = one('on: push\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: ${{ matrix.action }}\n');
    expect(facts.workflows[0].jobs[0].steps[0].uses).toMatchObject({ kind: 'expression' });
    expect(facts.findings).toEqual([]);
  });

  test('long scripts are stored truncated but analysed whole', () => {
    const script = 'echo x\n'.repeat(5000) + 'echo "${{ github.event.issue.body }}"\n';
    const wf = `on: issues\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: |\n${script
      .split('\n')
      .map((l) => '          ' + l)
      .join('\n')}`;
    const facts = one(wf);
    expect(facts.workflows[0].jobs[0].steps[0].run?.truncated).toBe(true);
    expect(facts.findings.map((f) => `${f.kind} ${f.line}:${f.column}`)).toEqual(['untrusted-input 5008:17']);
  });

  test('facts are plain JSON', () => {
    const facts = analyzeWorkflows(workflowSource('untrusted-input.yml'));
    expect(JSON.parse(JSON.stringify(facts))).toEqual(facts);
  });
});

describe('with RepoSnapshot', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slam-wf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('reads workflows from disk, refuses a symlink out of the root', () => {
    mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(dir, '.github', 'workflows', 'ci.yml'), fixture('tests-on-pr.yml'));
    const outside = mkdtempSync(join(tmpdir(), 'slam-wf-outside-'));
    writeFileSync(join(outside, 'evil.yml'), fixture('untrusted-input.yml'));
    symlinkSync(join(outside, 'evil.yml'), join(dir, '.github', 'workflows', 'evil.yml'));
    try {
      const facts = analyzeWorkflows(RepoSnapshot.open(dir));
      expect(facts.detectors.tests.found).toBe(true);
      expect(facts.parseErrors).toMatchObject([{ path: '.github/workflows/evil.yml', kind: 'unreadable' }]);
      expect(facts.findings).toEqual([]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
