// Publishing to grc.store through revanite-io/pvtr-publish-results: recognised with its target and
// hub (and their lines), counted only when it runs from the default branch, and never reported as
// an unpinned action, since the hub refuses a SHA-pinned call.
import { describe, expect, it } from 'vitest';
import { analyzeWorkflows, parseTarget, hubHost } from '../../src/facts/workflows/index.ts';
import { memorySource } from './helpers.ts';

const PUBLISH = `name: Publish OSPS Baseline results
on:
  push:
    branches: [main]
  schedule:
    - cron: '0 6 * * 1'
permissions: {}
jobs:
  results:
    permissions:
      contents: read
      id-token: write
    uses: revanite-io/pvtr-publish-results/.github/workflows/publish.yml@v1
    with:
      config: .pvtr/config.yml
      target: acme/widget@1.4.0
      license: CC0-1.0
`;

const analyze = (text: string, repository: string | null = 'acme/widget') => analyzeWorkflows(memorySource({ '.github/workflows/publish.yml': text }), { repository, defaultBranch: 'main' });

describe('detecting grc.store publishing', () => {
  it('a tagged call on push and schedule: target, default hub and lines; not an unpinned action', () => {
    const facts = analyze(PUBLISH);
    expect(facts.hubPublishing).toHaveLength(1);
    const p = facts.hubPublishing[0];
    expect(p).toMatchObject({
      path: '.github/workflows/publish.yml',
      line: 13,
      job: 'results',
      ref: 'v1',
      refKind: 'tag',
      target: { namespace: 'acme', id: 'widget', version: '1.4.0' },
      targetText: 'acme/widget@1.4.0',
      targetLine: 16,
      hub: 'hub.grc.store',
      hubLine: null,
      recurring: true,
      qualifies: true,
      problems: [],
    });
    expect(p.recurringReasons).toEqual(['push to main', 'schedule']);
    expect(facts.findings.filter((f) => f.kind === 'unpinned-action')).toEqual([]);
    const note = facts.findings.find((f) => f.kind === 'tag-pinned-by-design');
    expect(note).toMatchObject({ severity: 'note', requirement: null, line: 13 });
    expect(note?.message).toMatch(/refs\/tags\/v1.*refuses a SHA-pinned call/);
    // It is also the Baseline scanner Mechanizer looks for.
    expect(facts.scanners.map((s) => s.uses)).toEqual(['revanite-io/pvtr-publish-results/.github/workflows/publish.yml@v1']);
  });

  it('the preview tag with the preview hub, given as a URL, with its line', () => {
    const text = PUBLISH.replace('@v1', '@v1.0.0-rc').replace('      license: CC0-1.0\n', '      license: CC0-1.0\n      hub: https://hub.preview.grc.store\n');
    const [p] = analyze(text).hubPublishing;
    expect(p).toMatchObject({ ref: 'v1.0.0-rc', hub: 'hub.preview.grc.store', hubLine: 18, qualifies: true, problems: [] });
    expect(analyze(text).findings.filter((f) => f.kind === 'unpinned-action')).toEqual([]);
  });

  it('a workflow that runs only on pull requests does not count', () => {
    const text = PUBLISH.replace(/on:\n[\s\S]*?permissions: \{\}/, 'on:\n  pull_request:\npermissions: {}');
    const [p] = analyze(text).hubPublishing;
    expect(p).toMatchObject({ recurring: false, qualifies: false, triggers: ['pull_request'] });
    expect(p.problems.join(' ')).toMatch(/runs on pull_request only/);
  });

  it('a release-only workflow counts; a workflow_call callee inherits its caller\'s push', () => {
    const release = PUBLISH.replace(/on:\n[\s\S]*?permissions: \{\}/, 'on:\n  release:\n    types: [published]\npermissions: {}');
    expect(analyze(release).hubPublishing[0]).toMatchObject({ recurring: true, qualifies: true, recurringReasons: ['release'] });
    const callee = PUBLISH.replace(/on:\n[\s\S]*?permissions: \{\}/, 'on:\n  workflow_call:\npermissions: {}');
    const caller = 'on:\n  push:\n    branches: [main]\njobs:\n  publish:\n    uses: ./.github/workflows/publish.yml\n';
    const facts = analyzeWorkflows(memorySource({ '.github/workflows/publish.yml': callee, '.github/workflows/ci.yml': caller }), { repository: 'acme/widget', defaultBranch: 'main' });
    expect(facts.hubPublishing[0]).toMatchObject({ recurring: true, qualifies: true });
    expect(facts.hubPublishing[0].recurringReasons[0]).toMatch(/push to main via \.github\/workflows\/ci\.yml/);
  });

  it('a SHA pin, a branch, a tag the hub does not accept and a mismatched hub are problems, not unpinned warnings', () => {
    const sha = analyze(PUBLISH.replace('@v1', '@0123456789abcdef0123456789abcdef01234567 # v1'));
    expect(sha.hubPublishing[0]).toMatchObject({ refKind: 'sha', qualifies: false });
    expect(sha.hubPublishing[0].problems[0]).toMatch(/refuses a SHA-pinned call/);
    const branch = analyze(PUBLISH.replace('@v1', '@main'));
    expect(branch.hubPublishing[0].qualifies).toBe(false);
    expect(branch.findings.filter((f) => f.kind === 'unpinned-action')).toHaveLength(1); // a branch is not the tag it must be
    const minor = analyze(PUBLISH.replace('@v1', '@v1.2.0'));
    expect(minor.hubPublishing[0].problems).toContain('hub.grc.store accepts results only from @v1, not @v1.2.0');
    const mismatch = analyze(PUBLISH.replace('@v1', '@v1.0.0-rc'));
    expect(mismatch.hubPublishing[0].problems).toContain('hub.grc.store accepts results only from @v1, not @v1.0.0-rc');
    const other = analyze(PUBLISH.replace('      license: CC0-1.0\n', '      license: CC0-1.0\n      hub: https://evil.example\n'));
    expect(other.hubPublishing[0]).toMatchObject({ hub: null, qualifies: false });
    expect(other.hubPublishing[0].problems.join(' ')).toMatch(/refuses any other hub/);
  });

  it('reads targets with the repository filled in, and refuses ones it cannot read', () => {
    const filled = analyze(PUBLISH.replace('acme/widget@1.4.0', '${{ github.repository }}@${{ github.ref_name }}'));
    expect(filled.hubPublishing[0]).toMatchObject({ target: { namespace: 'acme', id: 'widget', version: null }, qualifies: true });
    const owner = analyze(PUBLISH.replace('acme/widget@1.4.0', '${{ github.repository_owner }}/widget-docs@2'));
    expect(owner.hubPublishing[0].target).toEqual({ namespace: 'acme', id: 'widget-docs', version: '2' });
    const unknown = analyze(PUBLISH.replace('acme/widget@1.4.0', '${{ vars.TARGET }}'));
    expect(unknown.hubPublishing[0]).toMatchObject({ target: null, qualifies: false });
    const missing = analyze(PUBLISH.replace('      target: acme/widget@1.4.0\n', ''));
    expect(missing.hubPublishing[0].problems[0]).toMatch(/no `with.target`/);
    const dry = analyze(PUBLISH.replace('      license: CC0-1.0\n', '      license: CC0-1.0\n      dry-run: true\n'));
    expect(dry.hubPublishing[0].problems).toContain('dry-run: true publishes nothing');
  });

  it('parses targets and hubs strictly', () => {
    expect(parseTarget('acme/widget@1.4.0')).toEqual({ namespace: 'acme', id: 'widget', version: '1.4.0' });
    for (const bad of ['acme@1', 'acme/widget', 'a/b/c@1', '../x@1', 'acme/wid get@1', 'acme/widget@', `${'a'.repeat(120)}/x@1`]) expect(parseTarget(bad), bad).toBeNull();
    expect(hubHost('https://hub.grc.store/')).toBe('hub.grc.store');
    expect(hubHost('HUB.PREVIEW.GRC.STORE')).toBe('hub.preview.grc.store');
    for (const bad of ['http://hub.grc.store', 'https://hub.grc.store.evil.example', 'https://127.0.0.1', '__proto__', 'constructor']) expect(hubHost(bad), bad).toBeNull();
  });

  it('exempts the SLSA generator\'s reusable workflows called by tag, but not its actions or other reusable workflows', () => {
    const text = `on: { push: { tags: ['v*'] } }
jobs:
  provenance:
    uses: slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@v2.1.0
  other:
    uses: octo-org/shared/.github/workflows/build.yml@v3
  steps:
    runs-on: ubuntu-latest
    steps:
      - uses: slsa-framework/slsa-github-generator/actions/delegator/setup-generic@v2.1.0
`;
    const facts = analyze(text);
    expect(facts.findings.filter((f) => f.kind === 'tag-pinned-by-design').map((f) => f.line)).toEqual([4]);
    expect(facts.findings.filter((f) => f.kind === 'unpinned-action').map((f) => f.line)).toEqual([6, 10]);
    expect(facts.hubPublishing).toEqual([]);
  });
});
