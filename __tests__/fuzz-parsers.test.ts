// Properties every reader of repository text keeps, whatever the text: it never throws, it answers
// in bounded time (inputs are shaped to defeat regular expressions: long runs of one character,
// deep nesting, alias bombs, control characters and invalid UTF-8), and what it answers keeps its
// own invariants and, where we have one, validates against our schema.
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.ts';
import { evaluate } from '../src/engine.ts';
import { findPipeInstalls, parseDockerfileFroms, parseGitmodules } from '../src/facts/dependencies.ts';
import { parseMarkdown } from '../src/facts/markdown.ts';
import { restructuredToMarkdown } from '../src/facts/restructuredtext.ts';
import { asciidocToMarkdown } from '../src/facts/asciidoc.ts';
import { scanEnvFile, scanText } from '../src/facts/secrets.ts';
import { gatherSecurityInsights } from '../src/facts/security-insights/index.ts';
import { RepoSnapshot } from '../src/facts/snapshot.ts';
import { evaluateExpression, identifyLicense } from '../src/facts/spdx/identify.ts';
import { analyzeWorkflows, findExpressions, globMatch } from '../src/facts/workflows/index.ts';
import { invokedScripts, joinContinued, madeTargets } from '../src/facts/workflows/step-scripts.ts';
import { gosecInGolangci } from '../src/facts/workflows/golangci.ts';
import { makeScansIn } from '../src/facts/workflows/make-scans.ts';
import { parseMakefile } from '../src/facts/workflows/makefile.ts';
import { readJustfile } from '../src/facts/workflows/justfile.ts';
import { preCommitHooksRun, preCommitScript } from '../src/facts/workflows/pre-commit.ts';
import { readToxIni, toxEnvironments } from '../src/facts/workflows/tox.ts';
import { contactLinksIn, defectPromptIn, templateNameIn } from '../src/facts/issue-config.ts';
import { prowAliasesIn, prowOwnersIn } from '../src/facts/prow-owners.ts';
import { securityContactsIn } from '../src/facts/security-contacts.ts';
import { spelledEmails } from '../src/facts/spelled-email.ts';
import { classify as classifyVex } from '../src/facts/vex.ts';
import { toMarkdown } from '../src/reporters/markdown.ts';
import { toSarif } from '../src/reporters/sarif.ts';
import { resultValidator, sarifValidator } from './helpers/schemas.ts';
import { memorySource } from './workflows/helpers.ts';

/**
 * One parser call may take this long on an input of up to 12,000 characters: far more than a
 * linear reader needs (the YAML parser, the slowest, reads about a MiB a second), far less than a
 * quadratic one takes on the shapes below (seconds to minutes).
 */
const BOUND_MS = 2500;
const MAX_INPUT = 12_000;
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

// The first identification of an unusual text loads the whole SPDX index: not a cost of any input.
beforeAll(async () => {
  await identifyLicense('This software is provided under the terms of a license that grants permission to use, copy, modify and distribute it. '.repeat(3));
}, 60_000);

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'slam-fuzz-'));
  dirs.push(d);
  return d;
}

// ---- Generators ----------------------------------------------------------------------------------

/** Pieces that regular expressions over Markdown, YAML, shell and URLs trip on when repeated. */
const TOKENS = [' ', '\t', '\n', '\r\n', '#', '# ', '[', ']', '](', '[a](', '(', ')', '<', '>', '<http:', 'http://', 'https://x.', '@', 'a@', '.', '-', '- ', '--', '*', '**', '_', '`', '```', '|', '| ', ':', ': ', '"', "'", '\\', '?', '+', '=', '==', ';', '&', '/', '//', 'a', 'a-', 'a.', '1', '1 ', '1 - ', '${{', '}}', 'run: ', 'on: ', 'make ', 'gpg ', 'curl ', 'bash ', 'npm test', '- uses: ', '&a ', '*a ', '<<: ', '{', '}', '\u0000', '\u0007', '\u001b[31m', '\uFFFD', '\u00e9', '\u200b', 'SPDX-License-Identifier: ', 'Signed-off-by: ', 'ghp_', 'AKIA', '<a ', '<a href="', 'href=', '</a>', '<img alt="'];

/** Long runs of hostile tokens, the shape that turns a backtracking expression quadratic. */
const runs = fc.array(fc.tuple(fc.constantFrom(...TOKENS), fc.integer({ min: 1, max: 4000 })), { minLength: 1, maxLength: 6 }).map((parts) => parts.map(([t, n]) => t.repeat(n)).join('').slice(0, MAX_INPUT));

/** Text from any of the structured shapes below, or plain noise. */
const hostileText: fc.Arbitrary<string> = fc.oneof(
  runs,
  fc.string({ unit: 'binary', maxLength: 3000 }),
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 400 }).map((a) => a.join('')),
  fc.integer({ min: 1, max: MAX_INPUT }).map((n) => '['.repeat(n)),
  fc.integer({ min: 1, max: 3000 }).map((n) => '- '.repeat(n) + 'x'),
  fc.integer({ min: 1, max: 3000 }).map((n) => Array.from({ length: n }, (_, i) => ' '.repeat(i % 200) + 'a:').join('\n')),
  fc.integer({ min: 2, max: 14 }).map(aliasBomb),
).map((s) => s.slice(0, MAX_INPUT));

/** reStructuredText markup repeated: backquotes, roles, targets, directives, adornments, indentation. */
const RST_TOKENS = ['`', '``', '`_', '`__', '<', '>`_', ':', '::', ':doc:`', ':py:class:`', '_', 'a_', '.. ', '.. _a: ', '.. code-block::', '.. note::', '\n', '\n\n', '   ', '=', '~', '^', '-', 'Title\n=====\n', '\\', '|', 'a', ' '];
const rstText = fc
  .array(fc.tuple(fc.constantFrom(...RST_TOKENS), fc.integer({ min: 1, max: 3000 })), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.map(([t, n]) => t.repeat(n)).join('').slice(0, MAX_INPUT));

/** AsciiDoc markup repeated: titles, delimiters, macros, cross references, attributes. */
const ADOC_TOKENS = ['=', '== ', '----', '....', '////', '--', '\n', 'https://', 'link:', 'mailto:', '[', ']', ',', '<<', '>>', 'xref:', ':toc:', '.', 'a', ' '];
const adocText = fc
  .array(fc.tuple(fc.constantFrom(...ADOC_TOKENS), fc.integer({ min: 1, max: 3000 })), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.map(([t, n]) => t.repeat(n)).join('').slice(0, MAX_INPUT));

/** A billion-laughs document: each anchor repeats the previous one ten times. */
function aliasBomb(depth: number): string {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < depth; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
  return lines.join('\n') + '\n';
}

/** Runs `fn`, asserting it neither throws nor takes longer than the bound. */
function bounded<T>(name: string, fn: () => T): T {
  const started = performance.now();
  let out: T;
  try {
    out = fn();
  } catch (e) {
    throw new Error(`${name} threw: ${e instanceof Error ? e.stack : String(e)}`);
  }
  const ms = performance.now() - started;
  if (ms > BOUND_MS) throw new Error(`${name} took ${ms.toFixed(0)} ms`);
  return out;
}

async function boundedAsync<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  let out: T;
  try {
    out = await fn();
  } catch (e) {
    throw new Error(`${name} threw: ${e instanceof Error ? e.stack : String(e)}`);
  }
  const ms = performance.now() - started;
  if (ms > BOUND_MS) throw new Error(`${name} took ${ms.toFixed(0)} ms`);
  return out;
}

// ---- Parsers of repository text --------------------------------------------------------------------

describe('fuzzing the readers of repository text', () => {
  it('Markdown outline: never throws, bounded, positions inside the document', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const o = bounded('parseMarkdown', () => parseMarkdown(text));
        for (const h of o.headings) {
          expect(h.level).toBeGreaterThanOrEqual(1);
          expect(h.level).toBeLessThanOrEqual(6);
          expect(h.line).toBeGreaterThanOrEqual(1);
          expect(h.line).toBeLessThanOrEqual(o.lineCount);
        }
        for (const l of o.links) expect(l.column).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: RUNS * 2, seed: SEED },
    );
  });

  it('reStructuredText: never throws, bounded, the same lines as the document', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, rstText), (text) => {
        const md = bounded('restructuredToMarkdown', () => restructuredToMarkdown(text));
        expect(md.split('\n').length).toBe(text.split(/\r\n|\r|\n/).length);
        const o = bounded('parseMarkdown of reStructuredText', () => parseMarkdown(md));
        for (const h of o.headings) expect(h.line).toBeLessThanOrEqual(o.lineCount);
      }),
      { numRuns: RUNS * 2, seed: SEED },
    );
  });

  it('AsciiDoc: never throws, bounded, the same lines as the document', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, adocText), (text) => {
        const md = bounded('asciidocToMarkdown', () => asciidocToMarkdown(text));
        expect(md.split('\n').length).toBe(text.split(/\r\n|\r|\n/).length);
        const o = bounded('parseMarkdown of AsciiDoc', () => parseMarkdown(md));
        for (const h of o.headings) expect(h.line).toBeLessThanOrEqual(o.lineCount);
      }),
      { numRuns: RUNS * 2, seed: SEED },
    );
  });

  it('workflows and action metadata: never throw, bounded, findings positioned, facts serialisable', () => {
    fc.assert(
      fc.property(hostileText, fc.constantFrom('on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: ', 'on:\n  push:\n    branches: ["', ''), (text, prefix) => {
        const facts = bounded('analyzeWorkflows', () => analyzeWorkflows(memorySource({ '.github/workflows/w.yml': prefix + text, 'a/action.yml': text }), { repository: 'o/r', defaultBranch: 'main' }));
        expect(() => JSON.stringify(facts)).not.toThrow();
        for (const f of facts.findings) expect(f.line).toBeGreaterThanOrEqual(1);
        for (const e of facts.parseErrors) expect(e.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('Security Insights: never throws, bounded, a file without errors is a valid one', async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(hostileText, fc.constantFrom('', 'header:\n  schema-version: 2.2.0\n', 'header:\n  schema-version: '), async (text, prefix) => {
        writeFileSync(join(dir, 'security-insights.yml'), prefix + text);
        const snapshot = RepoSnapshot.open(dir);
        const f = await boundedAsync('gatherSecurityInsights', () => gatherSecurityInsights(snapshot, { offline: true, now: new Date('2025-01-01T00:00:00Z') }));
        expect(() => JSON.stringify(f)).not.toThrow();
        const errors = f.diagnostics.filter((d) => d.severity === 'error');
        if (f.file?.valid) expect(errors).toEqual([]);
        for (const d of f.diagnostics) expect(d.line).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('license text: never throws, bounded, an SPDX id when it claims one', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, fc.constantFrom('', 'MIT License\n\nPermission is hereby granted', 'SPDX-License-Identifier: ', 'Apache License\nVersion 2.0, January 2004\n'), async (text, prefix) => {
        const m = await boundedAsync('identifyLicense', () => identifyLicense(prefix + text));
        expect(() => JSON.stringify(m)).not.toThrow();
        if (m.spdxId !== null) expect(typeof m.spdxId).toBe('string');
        bounded('evaluateExpression', () => evaluateExpression((prefix + text).slice(0, 2000)));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('the configuration file: never throws, bounded, a config only with a level 1-3 and a known maturity', () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.github'));
    fc.assert(
      fc.property(hostileText, fc.constantFrom('', 'level: ', 'foundation-maturity: ', 'level: 2\n'), (text, prefix) => {
        writeFileSync(join(dir, '.github', 'security-slam.yml'), prefix + text);
        const loaded = bounded('loadConfig', () => loadConfig(RepoSnapshot.open(dir)));
        if (loaded.config?.level !== undefined) expect([1, 2, 3]).toContain(loaded.config.level);
        if (loaded.config?.foundationMaturity !== undefined) expect(['sandbox', 'incubating', 'graduated']).toContain(loaded.config.foundationMaturity);
        for (const d of loaded.diagnostics) expect(d.line).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('the smaller readers (secrets, dependencies, Dockerfiles, submodules, VEX, expressions, scripts, branch patterns): never throw, bounded', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        bounded('scanText', () => scanText('src/a.js', text));
        bounded('scanEnvFile', () => scanEnvFile('.env', text));
        bounded('parseDockerfileFroms', () => parseDockerfileFroms(text));
        bounded('parseGitmodules', () => parseGitmodules(text));
        bounded('findPipeInstalls', () => findPipeInstalls(text));
        bounded('classifyVex', () => classifyVex('vex.json', text));
        bounded('findExpressions', () => findExpressions(text));
        bounded('invokedScripts', () => text.split('\n').slice(0, 2000).forEach((l) => invokedScripts(l)));
        bounded('joinContinued', () => joinContinued(text.split('\n')).forEach((l) => invokedScripts(l)));
        bounded('globMatch', () => globMatch(text.slice(0, 500), 'main') || globMatch('**', text.slice(0, 300)));
        const lines = text.split('\n').slice(0, 2000);
        bounded('line readers (make, tox, pre-commit, spelled addresses)', () =>
          lines.forEach((l) => {
            madeTargets(l);
            toxEnvironments(l, { env: ['a', 'b'] });
            preCommitHooksRun(l);
            spelledEmails(l);
          }),
        );
        bounded('tox.ini and pre-commit configuration', () => readToxIni(lines) && preCommitScript(lines));
        bounded('golangci-lint configuration', () => gosecInGolangci('.golangci.yml', text));
        bounded('Makefile dependency scans', () => makeScansIn('Makefile', parseMakefile(text)));
        bounded('justfile', () => readJustfile(text));
        bounded('issue templates', () => [contactLinksIn(text), defectPromptIn(text), templateNameIn(text)]);
        bounded('Prow OWNERS and aliases', () => prowOwnersIn(text, prowAliasesIn(text)));
        bounded('SECURITY_CONTACTS', () => securityContactsIn(text));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

// ---- A whole evaluation ------------------------------------------------------------------------------

const NAMES = ['Makefile', 'justfile', 'tox.ini', '.pre-commit-config.yaml', '.golangci.yml', 'OWNERS', 'OWNERS_ALIASES', 'SECURITY_CONTACTS', 'MAINTAINERS', 'jq.1', 'README.md', 'SECURITY.md', 'CONTRIBUTING.md', 'LICENSE', 'security-insights.yml', '.github/security-slam.yml', '.github/workflows/ci.yml', 'action.yml', 'package.json', 'Dockerfile', 'go.mod', 'requirements.txt', 'docs/security/self-assessment.md', '.gitmodules', '.env', 'CONTRIBUTING.rst', 'docs/index.rst', 'GOVERNANCE.md', '.github/ISSUE_TEMPLATE.md', 'design/proposal.md', 'docs/guide.adoc'];

describe('fuzzing a whole evaluation', () => {
  it('any repository content: the result validates against our schema, SARIF against SARIF 2.1.0, the summary renders', async () => {
    const validate = resultValidator();
    const sarif = sarifValidator();
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...NAMES), hostileText, { minKeys: 1, maxKeys: 6 }), async (files) => {
        const root = tempDir();
        for (const [path, text] of Object.entries(files)) {
          mkdirSync(dirname(join(root, path)), { recursive: true });
          writeFileSync(join(root, path), text);
        }
        const { result } = await evaluate(root, { offline: true, level: 3, timeLimitSeconds: 60 });
        expect(validate(result), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
        const s = toSarif(result, { unknownAsNotes: true });
        if (sarif) expect(sarif(s), JSON.stringify(sarif.errors?.slice(0, 3))).toBe(true);
        expect(typeof toMarkdown(result)).toBe('string');
        rmSync(root, { recursive: true, force: true });
      }),
      { numRuns: Math.max(8, Math.round(RUNS / 5)) },
    );
  }, 240_000);
});
