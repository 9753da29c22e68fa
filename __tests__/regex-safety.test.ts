// Repository text must not make any reader take super-linear time. Each test feeds the exact hostile
// input that once stalled a run (or one of the same shape, large enough that a quadratic reader
// would take many seconds) and checks both the answer and that it came within a second.
import { describe, expect, it } from 'vitest';
import { parseMarkdown, inlineLinks, autolinks, atxHeading } from '../src/facts/markdown.ts';
import { analyzeWorkflows, filterIncludes, globMatch } from '../src/facts/workflows/index.ts';
import { invokedScripts } from '../src/facts/workflows/step-scripts.ts';
import { findPipeInstalls } from '../src/facts/dependencies.ts';
import { cutAt, trimEnd } from '../src/facts/text.ts';
import { memorySource } from './workflows/helpers.ts';

/** Runs `fn` and returns its result with the milliseconds it took. */
function timed<T>(fn: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
}

const scanner = (branches: string[]) => `on:
  push:
    branches: [${branches.map((b) => `"${b}"`).join(', ')}]
jobs:
  slam:
    runs-on: ubuntu-latest
    steps:
      - uses: security-slam/security-slam-action@0123456789012345678901234567890123456789 # v1
`;

describe('GitHub branch filter patterns', () => {
  it('answers five 150-character "???…x" filters at once (59 s each before)', () => {
    const hostile = '?'.repeat(149) + 'x';
    const files: Record<string, string> = {};
    for (let i = 0; i < 5; i++) files[`.github/workflows/w${i}.yml`] = scanner([hostile]);
    const { value, ms } = timed(() => analyzeWorkflows(memorySource(files), { repository: 'o/r', defaultBranch: 'main' }));
    expect(value.scanners).toHaveLength(5);
    // `?` may match nothing, so the pattern means "at most 149 characters, then x": not `main`.
    expect(value.scanners.every((s) => !s.recurring)).toBe(true);
    expect(ms).toBeLessThan(1000);
  });

  it('matches as GitHub\'s cheat sheet says', () => {
    expect(globMatch('main', 'main')).toBe(true);
    expect(globMatch('*', 'feature/x')).toBe(false);
    expect(globMatch('**', 'feature/x')).toBe(true);
    expect(globMatch('feature/*', 'feature/a/b')).toBe(false);
    expect(globMatch('feature/**', 'feature/a/b')).toBe(true);
    expect(globMatch('releases/**-alpha', 'releases/beta/3-alpha')).toBe(true);
    expect(globMatch('Octoc?t', 'Octocat')).toBe(true);
    expect(globMatch('Octoc?t', 'Octoct')).toBe(true);
    expect(globMatch('Octoc?t', 'Octocaat')).toBe(false);
    expect(globMatch('ma+in', 'maaain')).toBe(true);
    expect(globMatch('ma+in', 'min')).toBe(false);
    expect(globMatch('[CB]at', 'Bat')).toBe(true);
    expect(globMatch('[CB]at', 'Rat')).toBe(false);
    expect(globMatch('[1-2]00', '200')).toBe(true);
    expect(globMatch('[1-2]00', '300')).toBe(false);
    expect(globMatch('v\\+1', 'v+1')).toBe(true);
    expect(globMatch('v\\+1', 'vv1')).toBe(false);
    expect(globMatch('(a|b)', '(a|b)')).toBe(true);
    expect(globMatch('[unclosed', '[unclosed')).toBe(true);
    // Later patterns win: a negation excludes what came before it, a later inclusion brings it back.
    expect(filterIncludes(['releases/**', '!releases/**-alpha'], 'releases/3-alpha')).toBe(false);
    expect(filterIncludes(['releases/**', '!releases/**-alpha', 'releases/9-alpha'], 'releases/9-alpha')).toBe(true);
    expect(filterIncludes(['!main'], 'main')).toBe(false);
  });

  it('stays linear on the worst patterns and names', () => {
    const patterns = ['?'.repeat(499) + 'x', '*'.repeat(500), '**a'.repeat(160), 'a+'.repeat(250), '[a-z]?'.repeat(80)];
    const names = ['main', 'a'.repeat(250), 'ab'.repeat(125) + '/x'];
    const { ms } = timed(() => {
      for (const p of patterns) for (const n of names) globMatch(p, n);
    });
    expect(ms).toBeLessThan(1000);
  });
});

describe('Markdown outline', () => {
  it('reads "# a" + 8,000 spaces + "b" as a heading at once (killed after 120 s before)', () => {
    const { value, ms } = timed(() => parseMarkdown('# a' + ' '.repeat(8000) + 'b\n\ntext\n'));
    expect(value.headings.map((h) => h.text)).toEqual(['a b']);
    expect(ms).toBeLessThan(1000);
  });

  it('keeps the CommonMark meaning of a heading', () => {
    expect(atxHeading('## Title ##')).toEqual({ level: 2, text: 'Title' });
    expect(atxHeading('# C#')).toEqual({ level: 1, text: 'C#' });
    expect(atxHeading('   ### x')).toEqual({ level: 3, text: 'x' });
    expect(atxHeading('#')).toEqual({ level: 1, text: '' });
    expect(atxHeading('#foo')).toBeNull();
    expect(atxHeading('####### seven')).toBeNull();
    expect(atxHeading('    ')).toBeNull();
  });

  it('finds links as before, and in linear time on lines built to defeat a regular expression', () => {
    expect(inlineLinks('see [the guide](docs/guide.md "Guide") and [x](<a b>)').map((l) => [l.text, l.target])).toEqual([['the guide', 'docs/guide.md']]);
    expect(inlineLinks('[a](b](c)').map((l) => l.target)).toEqual(['b](c']);
    expect(inlineLinks('[wiki](https://en.wikipedia.org/wiki/A_(b))').map((l) => l.target)).toEqual(['https://en.wikipedia.org/wiki/A_(b']);
    expect(autolinks('<https://example.org/x> <mailto:a@b.c> <ftp:x>').map((l) => l.target)).toEqual(['https://example.org/x', 'mailto:a@b.c']);
    const lines = ['[a]('.repeat(2500), '[a](b "'.repeat(1400), '<http:'.repeat(1600), '['.repeat(10_000), '<'.repeat(10_000), 'a'.repeat(9_999) + '@'];
    const doc = lines.map((l) => `${l}\n`.repeat(10)).join('');
    const { value, ms } = timed(() => parseMarkdown(doc));
    expect(value.lineCount).toBeGreaterThan(60);
    expect(ms).toBeLessThan(1000);
  });
});

describe('workflow scripts', () => {
  it('reads a 30,000-character word after `bash` at once (quadratic before)', () => {
    const { value, ms } = timed(() => invokedScripts('bash ' + 'a'.repeat(30_000)));
    expect(value).toEqual([]);
    expect(ms).toBeLessThan(1000);
  });

  it('still finds the scripts a line runs', () => {
    expect(invokedScripts('bash -e .ci/run && ./hack/verify.sh; python3 tools/check.py x')).toEqual(['.ci/run', 'hack/verify.sh', 'tools/check.py']);
    expect(invokedScripts('sh ../escape.sh; ./a/../b; node $X/y.js; cat docs/x.md')).toEqual([]);
    expect(invokedScripts('scripts/test && CI=1 hack/lint.sh; if true; then ci/run-tests; fi')).toEqual(['scripts/test', 'hack/lint.sh', 'ci/run-tests']);
    expect(invokedScripts('cp dist/a.js build/; git diff --exit-code docs/api.md')).toEqual([]);
  });

  it('detects tools on a long run: line of repeated command words in bounded time', () => {
    const line = 'make '.repeat(40_000) + 'lint';
    const wf = `on: pull_request\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: ${line}\n      - run: ${'gpg '.repeat(40_000)}\n      - run: ${'curl '.repeat(40_000)}| sh\n`;
    const { value, ms } = timed(() => analyzeWorkflows(memorySource({ '.github/workflows/ci.yml': wf })));
    expect(value.detectors.tests.found).toBe(false);
    expect(ms).toBeLessThan(1000);
    const ok = analyzeWorkflows(memorySource({ '.github/workflows/ci.yml': 'on: pull_request\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: make lint && make test\n' }));
    expect(ok.detectors.tests.found).toBe(true);
  });

  it('finds downloads piped into a shell, and reads hostile lines once', () => {
    expect(findPipeInstalls('curl -sSL https://x.sh | sudo -E sh\nwget -qO- y | python3\niwr u | iex\nsh -c "$(curl -fsSL z)"\ncurl a; echo | sh').map((f) => [f.line, f.column])).toEqual([[1, 1], [2, 1], [3, 1], [4, 1]]);
    const { ms } = timed(() => findPipeInstalls(`${'curl '.repeat(800)}\n`.repeat(1000)));
    expect(ms).toBeLessThan(1000);
  });
});

describe('deep YAML nesting', () => {
  it('a workflow of 200,000 "[" is refused before the YAML parser sees it (quadratic there: hours for 2 MB)', () => {
    const { value, ms } = timed(() => analyzeWorkflows(memorySource({ '.github/workflows/deep.yml': '['.repeat(200_000), 'action.yml': '{a: '.repeat(50_000) })));
    expect(value.parseErrors.map((e) => e.message)).toEqual([expect.stringMatching(/nests about \d+ levels deep/), expect.stringMatching(/nests about \d+ levels deep/)]);
    expect(value.workflows[0].valid).toBe(false);
    expect(ms).toBeLessThan(1000);
  });
});

describe('string helpers', () => {
  it('trim and cut in linear time', () => {
    expect(trimEnd('a///', '/')).toBe('a');
    expect(cutAt('x?y#z', '#?')).toBe('x');
    const { ms } = timed(() => {
      trimEnd('/'.repeat(1_000_000) + 'x', '/');
      cutAt('a'.repeat(1_000_000), '#?');
    });
    expect(ms).toBeLessThan(1000);
  });
});
