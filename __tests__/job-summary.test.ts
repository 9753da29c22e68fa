import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from '../src/engine.ts';
import { escapeMarkdown } from '../src/reporters/escape.ts';
import { toMarkdown } from '../src/reporters/markdown.ts';
import { tinyElf } from './helpers/binaries.ts';
import { mentions, renderGfm } from './helpers/gfm.ts';
import { makeRepo, type TempRepo, type Tree } from './helpers/repo.ts';

/** The only raw HTML the summary writes: its folds and line breaks in table cells. */
const OUR_HTML = new Set(['</details>', '<br>']);
function ours(html: string): boolean {
  return OUR_HTML.has(html) || /^<details><summary>[^<>]*<\/summary>$/.test(html);
}

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()?.cleanup();
});
async function summaryOf(files: Tree, level: 1 | 2 | 3 = 1) {
  const r = makeRepo(files);
  repos.push(r);
  const { result } = await evaluate(r.root, { level, offline: true });
  return { md: toMarkdown(result), result };
}

describe('job summary', () => {
  it('shows each level at a glance, failing requirements first with what to do, the rest folded', async () => {
    const { md } = await summaryOf({ 'README.md': '# x\n' }, 2);
    expect(md).toMatch(/Level 1: \d+ of 24 pass/);
    expect(md).toMatch(/Level 2: \d+ of 43 pass/);
    const firstFail = md.indexOf('❌ [OSPS-');
    const firstUnknown = md.indexOf('❔ [OSPS-');
    expect(firstFail).toBeGreaterThan(0);
    expect(firstFail).toBeLessThan(firstUnknown);
    expect(md).toContain('**What to do:**');
    expect(md).toContain('](https://baseline.openssf.org/versions/2026-02-19#osps-le-03)');
    expect(md).toMatch(/<details><summary>Passing, attested and not applicable \(\d+\)<\/summary>/);
  });

  it('escapes hostile text from the repository so it cannot inject Markdown or HTML', async () => {
    const evil = '<img src=x onerror=alert(1)> [click](javascript:alert(1)) **bold** @everyone | col';
    const { md } = await summaryOf({ 'SECURITY.md': `# Security\n\n## ${evil}\n\nWrite to us at the address below, any time you like, day or night.\n`, [`docs/${'a'.repeat(10)}<script>.md`]: 'x' });
    const r = renderGfm(md);
    expect(r.html.filter((h) => !ours(h))).toEqual([]);
    expect(r.links.filter((l) => !/^https:\/\//.test(l.url))).toEqual([]);
    expect(mentions(r.text)).toEqual([]);
    const escaped = escapeMarkdown(evil);
    expect(escaped).toContain('&lt;img');
    expect(escaped).toContain('\\[click\\]\\(javascript:alert\\(1\\)\\)');
    expect(escaped).toContain('&#124;');
  });

  it('stays under 1 MiB for a repository with thousands of findings', async () => {
    const files: Tree = { 'README.md': '# x' };
    const elf = tinyElf();
    for (let i = 0; i < 3000; i++) files[`bin/${'x'.repeat(150)}-${i}`] = elf;
    const { md, result } = await summaryOf(files, 3);
    expect(result.controls.find((c) => c.id === 'OSPS-QA-05.01')?.status).toBe('fail');
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
  });
});

describe('job summary: unknowns and what would decide them', () => {
  it('says per level how many pass, fail and are unknown, and what would answer the unknowns', async () => {
    const { md } = await summaryOf({ 'README.md': '# x\n' }, 2);
    expect(md).toMatch(/Level 1: \d+ of 24 pass, \d+ fail, \d+ unknown/);
    expect(md).toContain('**What would turn unknowns into answers:**');
    expect(md).toMatch(/- an online run with a token: .*OSPS-AC-03\.01/);
  });

  it('names the token permission when the API refuses one', async () => {
    const { FakeGitHub, forbidden } = await import('./github/fake-github.ts');
    const fake = await FakeGitHub.start();
    try {
      fake.state.rules = [];
      fake.override(fake.repoPath('/branches/main/protection'), { status: 403, body: forbidden() });
      const r = makeRepo({ 'README.md': '# x\n' });
      repos.push(r);
      const { result } = await evaluate(r.root, { level: 1, offline: false, token: 'test-token', repository: `${fake.state.owner}/${fake.state.repo}`, apiUrl: fake.baseUrl, defaultBranch: 'main' });
      const md = toMarkdown(result);
      expect(md).toMatch(/- a token with administration: read: .*OSPS-AC-03\.01/);
      expect(md).not.toContain('test-token');
    } finally {
      await fake.close();
    }
  });
});

describe('job summary: size', () => {
  it('stays under 1 MiB when every list is full of text that escaping makes longer', async () => {
    const { result } = await summaryOf({ 'README.md': '# x\n', '.github/workflows/ci.yml': 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n' }, 3);
    // Each character of this text becomes five or six bytes once escaped; the emoji four.
    const hostile = (n: number) => '|&@<>'.repeat(Math.ceil(n / 5)).slice(0, n);
    const path = `${hostile(300)}/${'😀'.repeat(100)}`;
    result.controls.forEach((c, i) => {
      c.status = i % 2 === 0 ? 'fail' : 'pass';
      c.evidence = Array.from({ length: 100 }, () => ({ kind: 'file' as const, path, line: 1, detail: hostile(2000) }));
      c.remediation = hostile(2000);
    });
    result.findings = Array.from({ length: 500 }, (_, i) => ({ id: 'workflow/unpinned-action', severity: 'warning' as const, path, line: i + 1, message: hostile(2000) }));
    result.notes = Array.from({ length: 200 }, () => ({ path, detail: hostile(2000) }));
    result.securityInsights = { path, schemaVersion: hostile(100), valid: false, legacy: false, diagnostics: Array.from({ length: 200 }, () => ({ severity: 'error' as const, message: hostile(2000), path, line: 1, column: 1 })) };
    for (const o of result.objectives) {
      o.status = 'unmet';
      o.missing = Array.from({ length: 50 }, () => hostile(2000));
    }
    const md = toMarkdown(result);
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
    // The notes and findings say how many there are even when cut.
    expect(md).toContain('Hardening findings (500 warnings)');
  });
});

describe('job summary read as GitHub-flavoured Markdown', () => {
  const HOSTILE = 'a | b `tick` ``two`` <script>alert(1)</script> @org/team [x](javascript:alert(1)) ![i](data:text/html,hi) <https://evil.example> &#64;octocat';
  async function hostileResult() {
    const r = makeRepo({ 'README.md': '# Demo\n', 'SECURITY.md': '# Security\n\nMail security@example.org.\n' }, { git: true });
    repos.push(r);
    const { result } = await evaluate(r.root, { level: 2, offline: true });
    const sha = result.subject.commit ?? '';
    const files = { serverUrl: 'https://github.com', repository: 'octo/demo', commit: sha };
    result.subject.repository = 'octo/demo';
    // Repository text in every field the summary shows, and one well-formed sentence of ours.
    const fail = result.controls.find((c) => c.id === 'OSPS-VM-02.01');
    if (!fail) throw new Error('fixture lacks OSPS-VM-02.01');
    fail.status = 'fail';
    fail.evidence = [
      { kind: 'file', path: 'SECURITY.md', line: 3, detail: 'names a contact; reports go to https://github.com/octo/demo/security/advisories/new, see (https://example.org/a_(b)).' },
      { kind: 'file', path: 'docs/we|ird `name` <b>.md', line: 7, detail: `heading "${HOSTILE}"` },
      { kind: 'api', detail: `quoted ${HOSTILE}`, url: 'javascript:alert(1)' },
    ];
    fail.remediation = 'Run `slam insights init` and fill `project.vulnerability-reporting.contact`; the form is at https://github.com/octo/demo/security/advisories/new.';
    const other = result.controls.find((c) => c.status === 'pass' || c.status === 'not-applicable');
    if (!other) throw new Error('fixture has nothing passing');
    other.evidence = [{ kind: 'file', path: 'a|b`c.md', line: 2, detail: HOSTILE }];
    result.findings = [{ id: 'workflow/unpinned-action', severity: 'warning', path: '.github/workflows/ci.yml', line: 4, message: `uses ${HOSTILE}` }];
    result.notes = [{ path: `x|${HOSTILE}`, detail: HOSTILE }];
    result.securityInsights = { path: 'security-insights.yml', schemaVersion: '2.2.0', valid: false, legacy: false, diagnostics: [{ severity: 'error', message: HOSTILE, path: 'security-insights.yml', line: 5, column: 1 }, { severity: 'info', message: 'a note', path: 'https://example.org/parent.yml', line: 0, column: 0 }] };
    for (const o of result.objectives) o.missing = [`${HOSTILE} and \`code\``];
    if (result.nextStep) result.nextStep.actions = [{ text: `Add ${HOSTILE} to \`SECURITY.md\``, requirement: 'OSPS-VM-02.01', helpUri: 'https://baseline.openssf.org/versions/2026-02-19#osps-vm-02' }];
    return { md: toMarkdown(result, { files, resultFile: 'security-slam-result.json' }), sha };
  }

  it('links go where they should: requirement pages, files at the commit and line, URLs as written', async () => {
    const { md, sha } = await hostileResult();
    const urls = renderGfm(md).links.map((l) => l.url);
    expect(urls).toContain('https://baseline.openssf.org/versions/2026-02-19#osps-vm-02');
    expect(urls).toContain(`https://github.com/octo/demo/blob/${sha}/SECURITY.md#L3`);
    expect(urls).toContain(`https://github.com/octo/demo/blob/${sha}/docs/we%7Cird%20%60name%60%20%3Cb%3E.md#L7`);
    expect(urls).toContain(`https://github.com/octo/demo/blob/${sha}/security-insights.yml#L5`);
    expect(urls).toContain('https://github.com/octo/demo/security/advisories/new');
    expect(urls.map((u) => decodeURI(u))).toContain('https://example.org/a_(b)');
    expect(urls).toContain(`https://github.com/octo/demo/commit/${sha}`);
    // No backslash in any link, no scheme but https; a URL the repository wrote is shown as itself, never behind other words.
    for (const l of renderGfm(md).links) {
      if (l.url.startsWith('mailto:')) {
        expect(l.url).toBe(`mailto:${l.text}`); // GitHub links an address as itself
        continue;
      }
      expect(l.url).toMatch(/^https:\/\//);
      expect(l.url).not.toContain('\\');
      expect(new URL(l.url).protocol).toBe('https:');
      const ours = l.url.startsWith('https://baseline.openssf.org/') || l.url.startsWith('https://github.com/octo/demo/blob/') || l.url.startsWith('https://github.com/octo/demo/commit/') || l.url === 'https://github.com/octo/demo';
      if (!ours) expect(new URL(l.text).href).toBe(new URL(decodeURI(l.url)).href);
    }
  });

  it('code spans show their text, ours and the repository paths, exactly', async () => {
    const { md } = await hostileResult();
    const code = renderGfm(md).code;
    expect(code).toContain('slam insights init');
    expect(code).toContain('project.vulnerability-reporting.contact');
    expect(code).toContain('docs/we|ird `name` <b>.md:7');
    expect(code).toContain('a|b`c.md:2');
    expect(md).not.toContain('\\`slam');
  });

  it('keeps hostile repository text inert: no HTML, no mention, no link of its own, tables whole', async () => {
    const { md } = await hostileResult();
    const r = renderGfm(md);
    expect(r.html.filter((h) => !ours(h))).toEqual([]);
    expect(mentions(r.text)).toEqual([]);
    for (const t of r.tables) expect(new Set(t.cells).size).toBe(1);
    // The words are shown, not interpreted.
    expect(r.text).toContain('<script>alert(1)</script>');
    expect(r.text).toContain('[x](javascript:alert(1))');
  });
});
