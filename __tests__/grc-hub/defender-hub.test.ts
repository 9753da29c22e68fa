// Defender's "published on the grc.store hub" sub-check and the side-by-side comparison, through
// the whole engine against the loopback fake hub (and the fake GitHub API where our API facts
// matter): every scenario of issue 13, and a hub that cannot change any verdict of ours.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requirementsAt } from '../../src/catalog/catalog.ts';
import { evaluate, type EvaluateOptions } from '../../src/engine.ts';
import type { ObjectiveCheck } from '../../src/objectives/types.ts';
import { toMarkdown } from '../../src/reporters/markdown.ts';
import { toSarif } from '../../src/reporters/sarif.ts';
import { toText } from '../../src/reporters/text.ts';
import type { ResultDocument } from '../../src/result/types.ts';
import { FakeGitHub } from '../github/fake-github.ts';
import { FakeGrcHub, privateerLog, standardScenarios, type LogOverride, type Scenario } from '../helpers/fake-grc-hub.ts';
import { makeRepo, type TempRepo, type Tree } from '../helpers/repo.ts';
import { resultValidator } from '../helpers/schemas.ts';

const NOW = new Date('2026-10-20T12:00:00Z');
const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

const publish = (target: string, on = "schedule:\n    - cron: '0 6 * * 1'") => `name: Publish
on:
  ${on}
jobs:
  results:
    permissions:
      contents: read
      id-token: write
    uses: revanite-io/pvtr-publish-results/.github/workflows/publish.yml@v1
    with:
      target: ${target}
      license: CC0-1.0
`;

/** Every requirement of the catalog Failed, in a Level 3 scan. */
function allFailed(): Scenario {
  const overrides: Record<string, LogOverride> = {};
  for (const r of requirementsAt(3)) overrides[r.id] = { result: 'Failed', message: `${r.id} failed on the hub` };
  return { kind: 'published', result: 'Failed', runAt: ago(1), log: privateerLog({ level: 3, runAt: ago(1), overrides }) };
}

/** Every requirement of the catalog Passed, in a Level 3 scan. */
function allPassed(): Scenario {
  return { kind: 'published', result: 'Passed', runAt: ago(1), log: privateerLog({ level: 3, runAt: ago(1) }) };
}

const BASE: Tree = {
  'README.md': '# Widget\n\nA widget.\n',
  '.github/ISSUE_TEMPLATE/bug_report.md': '---\nname: Bug report\n---\nDescribe the bug.\n',
};

let hub: FakeGrcHub;
const repos: TempRepo[] = [];
beforeAll(async () => {
  const evil = '<script>alert(1)</script> **bold** @everyone | col \u001b[31mred\u202e [x](https://evil.example/a) www.evil.example/b';
  const hostileSummary: Scenario = { kind: 'published', result: 'Failed', runAt: ago(1), log: privateerLog({ level: 1, runAt: ago(1), overrides: { 'OSPS-DO-02.01': { result: 'Failed', message: evil } } }) };
  hub = await FakeGrcHub.start({ ...standardScenarios(NOW), 'all-failed': allFailed(), 'all-passed': allPassed(), 'hostile-summary': hostileSummary });
});
afterAll(async () => {
  await hub.close();
  for (const r of repos) r.cleanup();
});

function repo(files: Tree): string {
  const r = makeRepo({ ...BASE, ...files });
  repos.push(r);
  return r.root;
}

async function run(target: string | null, options: Partial<EvaluateOptions> & { hubUrl?: string } = {}): Promise<ResultDocument> {
  const root = repo(target === null ? {} : { '.github/workflows/publish.yml': publish(target) });
  const { hubUrl, ...rest } = options;
  const { result } = await evaluate(root, { level: 1, offline: false, repository: 'acme/widget', defaultBranch: 'main', grcHubUrl: hubUrl ?? hub.baseUrl, now: NOW, ...rest });
  expect(resultValidator()(result), JSON.stringify(resultValidator().errors)).toBe(true);
  return result;
}

function defender(r: ResultDocument) {
  const d = r.objectives.find((o) => o.id === 'defender');
  if (!d) throw new Error('no Defender objective');
  return d;
}
function hubCheck(r: ResultDocument): ObjectiveCheck {
  const c = defender(r).checks.find((x) => x.id === 'published-on-hub');
  if (!c) throw new Error('no hub sub-check');
  return c;
}

describe('Defender: published on the grc.store hub', () => {
  it('Passed and fresh: met, the evidence links the target on the hub, and Defender keeps our status', async () => {
    const r = await run('acme/fresh@1.0.0');
    expect(r.schemaVersion).toBe('1.1.0');
    expect(hubCheck(r)).toMatchObject({ status: 'pass' });
    expect(hubCheck(r).missing).toBeUndefined();
    const link = hubCheck(r).evidence.find((e) => e.url);
    expect(link).toMatchObject({ kind: 'api', url: 'https://hub.grc.store/v1/targets/acme/fresh' });
    expect(link?.detail).toMatch(/^hub\.grc\.store holds Passed for acme\/fresh@1\.0\.0 \(run 2026-10-18, 2 day\(s\) ago; a Level 1 scan; 24 passed, 41 not run\)$/);
    expect(hubCheck(r).evidence[0]).toMatchObject({ kind: 'workflow', path: '.github/workflows/publish.yml', line: 10 });
    expect(r.hubComparison).toMatchObject({ target: 'acme/fresh@1.0.0', hub: 'hub.grc.store', page: 'https://hub.grc.store/v1/targets/acme/fresh', verdict: 'met', missing: [], reason: null, result: 'Passed', stale: false, ageDays: 2, evaluatedLevel: 1 });
    expect(r.hubComparison?.source).toEqual({ path: '.github/workflows/publish.yml', line: 10, job: 'results' });
    expect(r.hubComparison?.requirements.map((x) => x.id)).toEqual(requirementsAt(1).map((x) => x.id));
    expect(r.hubComparison?.requirements.every((x) => x.hub === 'Passed')).toBe(true);
    // Our own evaluation of this bare repository fails plenty; the hub's pass changes none of it.
    expect(defender(r).status).not.toBe('met');
    expect(defender(r).checks[0].id).toBe('all-requirements');
    expect(defender(r).checks[1].id).toBe('published-on-hub');
  });

  it('Passed but stale: partial, naming the staleness', async () => {
    const r = await run('acme/stale@1.0.0');
    expect(r.hubComparison?.verdict).toBe('partial');
    expect(r.hubComparison?.missing).toEqual([expect.stringMatching(/^the latest result is stale: 45 days old \(run 2026-09-05\), over the hub's 30 days/)]);
    expect(hubCheck(r).status).toBe('fail');
    expect(hubCheck(r).missing).toMatch(/stale: 45 days old/);
  });

  it('Failed with two requirements: partial naming them; the one we pass from a document is a disagreement, the one we cannot tell is not', async () => {
    const r = await run('acme/failing@1.0.0');
    const c = r.hubComparison;
    expect(c?.verdict).toBe('partial');
    expect(c?.missing).toEqual(['2 requirement(s) at Level 1 are not Passed on the hub: OSPS-DO-02.01 (Failed), OSPS-VM-02.01 (Failed)']);
    const ours = new Map(r.controls.map((x) => [x.id, x.status]));
    expect(ours.get('OSPS-DO-02.01')).toBe('pass');
    const d = c?.disagreements.find((x) => x.id === 'OSPS-DO-02.01');
    expect(d).toMatchObject({ ours: 'pass', hub: 'Failed', reason: 'evidence-only-we-read', hubMessage: 'Repository does not accept vulnerability reports' });
    expect(d?.detail).toMatch(/^we found it in \.github\/ISSUE_TEMPLATE\/bug_report\.md:1: /);
    // Where we fail a requirement the hub passes, our evidence is shown.
    const weFail = c?.disagreements.filter((x) => x.reason === 'we-fail-hub-passes') ?? [];
    expect(weFail.length).toBeGreaterThan(0);
    for (const x of weFail) {
      expect(ours.get(x.id)).toBe('fail');
      expect(x.hub).toBe('Passed');
      expect(x.detail).toMatch(/^our evidence: /);
      expect(x.detail).toContain(r.controls.find((y) => y.id === x.id)?.evidence[0].detail);
    }
    // Where we cannot tell (OSPS-VM-02.01: no SECURITY.md here, and without a token the owner's
    // default one was not read), the hub's Failed is no disagreement.
    expect(ours.get('OSPS-VM-02.01')).toBe('unknown');
    expect(c?.disagreements.some((x) => x.id === 'OSPS-VM-02.01')).toBe(false);
  });

  it('Needs Review on branch protection while our API facts pass it: a disagreement with the token reason', async () => {
    const github = await FakeGitHub.start();
    try {
      const r = await run('acme/review@1.0.0', { level: 2, token: 'test-token', repository: `${github.state.owner}/${github.state.repo}`, apiUrl: github.baseUrl });
      expect(r.controls.find((x) => x.id === 'OSPS-AC-03.01')?.status).toBe('pass');
      const d = r.hubComparison?.disagreements.find((x) => x.id === 'OSPS-AC-03.01');
      expect(d).toMatchObject({ ours: 'pass', hub: 'Needs Review', reason: 'hub-token-cannot-read', hubMessage: 'Branch protection could not be read with the job token' });
      expect(d?.detail).toMatch(/^we read it from the GitHub API \(.*\); the publishing job's token cannot read branch rules or repository settings, so the hub's scanner asks for a review$/);
      expect(r.hubComparison?.missing[0]).toMatch(/OSPS-AC-03\.01 \(Needs Review\)/);
      const md = toMarkdown(r);
      expect(md).toMatch(/\| \[OSPS-AC-03\.01\]\(https:\/\/baseline\.openssf\.org\/[^)]+\) \| ✅ pass \| 📝 Needs Review \| \*\*the hub's job token cannot read branch rules or settings\*\*: we read it from the GitHub API/);
      const text = toText(r, { color: false });
      expect(text).toMatch(/OSPS-AC-03\.01: ours PASS, hub Needs Review: the hub's job token cannot read branch rules or settings: we read it from the GitHub API/);
    } finally {
      await github.close();
    }
  }, 60_000);

  it('a target scanned at a lower level than the project\'s: partial, naming the wrong level', async () => {
    const r = await run('acme/lower@1.0.0', { level: 2 });
    const c = r.hubComparison;
    expect(c?.verdict).toBe('partial');
    expect(c?.evaluatedLevel).toBe(1);
    expect(c?.missing[0]).toBe("wrong level: the hub's scan ran at Level 1, below the project's Level 2; configure the publishing workflow's scan for Level 2");
    expect(c?.missing[1]).toMatch(/^19 requirement\(s\) at Level 2 are not Passed on the hub: OSPS-AC-04\.01 \(Not Run\)/);
    expect(c?.requirements).toHaveLength(requirementsAt(2).length);
    for (const d of c?.disagreements.filter((x) => x.reason === 'hub-did-not-run') ?? []) expect(d.detail).toMatch(/^the hub's scan ran at Level 1; OSPS-[A-Z]{2}-\d\d\.\d\d applies from Level 2$/);
    // A scan at a higher level covers a lower one.
    const higher = await run('acme/level2@1.0.0');
    expect(higher.hubComparison?.verdict).toBe('met');
  });

  it('404, 500, a stalled connection, a 5 MB body, malformed JSON: unknown with the reason, never a crash', async () => {
    const cases: [string, RegExp][] = [
      ['missing', /^the hub could not be read: the hub has no target acme\/missing \(HTTP 404\)$/],
      ['broken', /^the hub could not be read: the hub's answer for acme\/broken: server error after 2 attempts \(last HTTP 500\)$/],
      ['stalled', /^the hub could not be read: the hub's answer for acme\/stalled: timed out after 1500 ms$/],
      ['huge', /^the hub could not be read: the hub's answer for acme\/huge: response too large \(over 5242880 bytes\)$/],
      ['malformed', /^the hub could not be read: the hub's answer for acme\/malformed: response was not JSON$/],
    ];
    for (const [id, reason] of cases) {
      const r = await run(`acme/${id}@1.0.0`, { grcHubTimeoutMs: 1_500 });
      expect(hubCheck(r).status, id).toBe('unknown');
      expect(hubCheck(r).missing, id).toMatch(reason);
      expect(r.hubComparison, id).toMatchObject({ verdict: 'unknown', result: null, requirements: [], disagreements: [], page: `https://hub.grc.store/v1/targets/acme/${id}` });
      expect(r.hubComparison?.reason, id).toMatch(reason);
      expect(hubCheck(r).evidence.find((e) => e.kind === 'note')?.url, id).toBe(`https://hub.grc.store/v1/targets/acme/${id}`);
    }
  }, 60_000);

  it('offline: unknown, and the hub is not asked', async () => {
    const before = hub.requests.length;
    const r = await run('acme/fresh@1.0.0', { offline: true });
    expect(hub.requests.length).toBe(before);
    expect(hubCheck(r)).toMatchObject({ status: 'unknown', missing: 'offline run: the hub is not asked' });
    expect(r.hubComparison).toMatchObject({ verdict: 'unknown', reason: 'offline run: the hub is not asked' });
    // The longest target a workflow can name still makes a valid result (run() validates it).
    const long = await run(`${'n'.repeat(100)}/${'i'.repeat(100)}@${'v'.repeat(98)}`, { offline: true });
    expect(long.hubComparison?.target).toHaveLength(300);
  });

  it('no publishing workflow: unmet, with the workflow to add; no comparison', async () => {
    const r = await run(null);
    expect(r.hubComparison).toBeNull();
    expect(hubCheck(r).status).toBe('fail');
    expect(hubCheck(r).missing).toMatch(/^add a workflow that runs on push to main or on a schedule and calls revanite-io\/pvtr-publish-results\/\.github\/workflows\/publish\.yml@v1 with `target: <namespace>\/<id>@<version>`/);
    expect(toMarkdown(r)).toContain('### Defender on the grc.store hub: ❌ unmet');
    expect(toText(r, { color: false })).toMatch(/grc\.store hub \(Defender since Fall 2026\): unmet: add a workflow/);
  });

  it('a workflow that publishes only on pull requests: partial even when the hub passes, naming the trigger', async () => {
    const root = repo({ '.github/workflows/publish.yml': publish('acme/fresh@1.0.0', 'pull_request:') });
    const { result } = await evaluate(root, { level: 1, offline: false, repository: 'acme/widget', defaultBranch: 'main', grcHubUrl: hub.baseUrl, now: NOW });
    expect(result.hubComparison?.verdict).toBe('partial');
    expect(result.hubComparison?.missing).toEqual([expect.stringMatching(/runs on pull_request only: publish from the default branch/)]);
  });
});

describe('the hub\'s text is untrusted', () => {
  it('is escaped in the job summary and stripped in the terminal; links elsewhere never appear', async () => {
    const r = await run('acme/hostile-summary@1.0.0');
    const d = r.hubComparison?.disagreements.find((x) => x.id === 'OSPS-DO-02.01');
    expect(d?.hubMessage).toBe('<script>alert(1)</script> **bold** @everyone | col [31mred [x]([link removed] [link removed]');
    const md = toMarkdown(r);
    const section = md.slice(md.indexOf('### Defender on the grc.store hub'));
    expect(section).toContain('&lt;script&gt;alert\\(1\\)&lt;/script&gt; \\*\\*bold\\*\\* @&#8203;everyone &#124; col');
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('@everyone');
    expect(md).not.toContain('evil.example');
    expect(md).not.toMatch(/[\u0000-\u0008\u001b\u202e]/);
    // The one link made from hub data is the target's page on the hub's own host.
    const links = [...section.matchAll(/\]\((https?:[^)]+)\)/g)].map((m) => m[1]).filter((u) => !u.startsWith('https://baseline.openssf.org/'));
    expect(links).toEqual(['https://hub.grc.store/v1/targets/acme/hostile-summary']);
    const text = toText(r, { color: false });
    expect(text).toContain('hub: "<script>alert(1)</script> **bold**');
    expect(text).not.toMatch(/[\u0000-\u0008\u001b\u202e]/);
    expect(text).not.toContain('evil.example');
  });

  it('a page that is not https on the hub\'s own host is not shown, even in a result read back', async () => {
    const r = await run('acme/fresh@1.0.0');
    if (!r.hubComparison) throw new Error('no comparison');
    r.hubComparison.page = 'https://evil.example/v1/targets/acme/fresh';
    expect(toMarkdown(r)).not.toContain('evil.example');
    expect(toText(r, { color: false })).not.toContain('evil.example');
    r.hubComparison.page = 'http://hub.grc.store/v1/targets/acme/fresh';
    expect(toMarkdown(r)).not.toContain('http://hub.grc.store');
  });
});

describe('nothing from the hub changes a verdict of ours', () => {
  it('a hub that fails everything and one that passes everything give the same statuses, evidence, objectives, next step and SARIF', async () => {
    // Two hubs answering for the same target, so both evaluations read the same repository.
    const failing = await FakeGrcHub.start({ widget: allFailed() });
    const passing = await FakeGrcHub.start({ widget: allPassed() });
    try {
      const root = repo({ '.github/workflows/publish.yml': publish('acme/widget@1.0.0'), LICENSE: 'MIT License\n' });
      const at = (url: string) => evaluate(root, { level: 3, offline: false, repository: 'acme/widget', defaultBranch: 'main', grcHubUrl: url, now: NOW }).then((e) => e.result);
      const [bad, good] = await Promise.all([at(failing.baseUrl), at(passing.baseUrl)]);
      expect(bad.hubComparison?.verdict).toBe('partial');
      expect(good.hubComparison?.verdict).toBe('met');
      expect(bad.hubComparison?.requirements.every((x) => x.hub === 'Failed')).toBe(true);
      expect(bad.controls).toEqual(good.controls);
      expect(bad.summary).toEqual(good.summary);
      expect(bad.nextStep).toEqual(good.nextStep);
      const withoutHubCheck = (r: ResultDocument) => r.objectives.map((o) => ({ ...o, checks: o.checks.filter((c) => c.id !== 'published-on-hub') }));
      expect(withoutHubCheck(bad)).toEqual(withoutHubCheck(good));
      expect(bad.objectives.map((o) => o.status)).toEqual(good.objectives.map((o) => o.status));
      expect(JSON.stringify(toSarif(bad))).toBe(JSON.stringify(toSarif(good)));
      // And the two differ where they should: the sub-check and the comparison.
      expect(hubCheck(bad).status).toBe('fail');
      expect(hubCheck(good).status).toBe('pass');
    } finally {
      await failing.close();
      await passing.close();
    }
  }, 60_000);
});
