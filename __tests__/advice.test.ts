// Our advice must be valid: every snippet in src/model/advice.ts, filled in as a project would, is
// applied to a minimal repository (temp dir + git init), which is evaluated again. The Security
// Insights file must still validate with no placeholders left, nothing new may be flagged in the
// workflow, and the check the snippet is for must go from not passing to passing. Left unfilled, a
// snippet's fill-ins are placeholders, so pasting it blindly never passes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { evaluate } from '../src/engine.ts';
import { fillSnippet, type Snippet, SNIPPETS, SCANNER_TOOL, RECURRING_SCAN_WORKFLOW, type SnippetValues } from '../src/model/advice.ts';
import { validateDefinition } from '../src/facts/security-insights/schema.ts';
import { makeRepo, type TempRepo } from './helpers/repo.ts';
import { sharedEvaluations } from './helpers/shared-evaluations.ts';

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()?.cleanup();
});

const VALUES: SnippetValues = { owner: 'acme', repo: 'widget', ref: '8f4b7f84a3b9c1d2e5f60718293a4b5c6d7e8f90', email: 'security@acme-widget.dev' };

/** A valid Security Insights file that lacks every part a snippet adds. */
function baseInsights(): Record<string, unknown> {
  return {
    header: { 'schema-version': '2.2.0', 'last-updated': new Date().toISOString().slice(0, 10), 'last-reviewed': new Date().toISOString().slice(0, 10), url: 'https://raw.githubusercontent.com/acme/widget/main/security-insights.yml' },
    project: {
      name: 'Widget',
      administrators: [{ name: 'Ada Admin', primary: true }],
      repositories: [{ name: 'widget', url: 'https://github.com/acme/widget', comment: 'The main repository.' }],
      'vulnerability-reporting': { 'reports-accepted': true, 'bug-bounty-available': false },
    },
    repository: {
      url: 'https://github.com/acme/widget',
      status: 'active',
      'accepts-change-request': true,
      'accepts-automated-change-request': false,
      'core-team': [{ name: 'Alice Maintainer', primary: true }],
      license: { url: 'https://github.com/acme/widget/blob/main/LICENSE', expression: 'Apache-2.0' },
      security: { assessments: { self: { comment: 'Not done yet.' } } },
    },
  };
}

function setIn(doc: Record<string, unknown>, field: string, value: unknown, append: boolean): void {
  const segs = field.split('.');
  let cur = doc;
  for (const s of segs.slice(0, -1)) cur = (cur[s] ??= {}) as Record<string, unknown>;
  const last = segs[segs.length - 1];
  if (append) ((cur[last] ??= []) as unknown[]).push(value);
  else cur[last] = value;
}

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function apply(root: string, s: Snippet): void {
  if (s.kind === 'security-insights') {
    const doc = parse(readFileSync(join(root, 'security-insights.yml'), 'utf8')) as Record<string, unknown>;
    setIn(doc, s.field, s.value, s.append);
    writeFileSync(join(root, 'security-insights.yml'), stringify(doc));
  } else if (s.kind === 'workflow') write(root, s.file, s.text);
  else {
    let before = '';
    try {
      before = readFileSync(join(root, s.file), 'utf8');
    } catch {
      before = `# ${s.file.replace(/\.md$/, '')}\n`;
    }
    write(root, s.file, `${before}\n## ${s.heading}\n\n${s.body}\n`);
  }
}

/** The status of what the snippet is for: a requirement's status, or an objective check's. */
async function target(root: string, s: Snippet) {
  const { result, facts } = await evaluate(root, { level: 3, offline: true, repository: 'acme/widget' });
  let status: string | undefined;
  if (s.for.startsWith('OSPS-')) status = result.controls.find((c) => c.id === s.for)?.status;
  else {
    const [objective, check] = s.for.split('/');
    status = result.objectives.find((o) => o.id === objective)?.checks.find((c) => c.id === check)?.status;
  }
  return { status, facts };
}

/** The status of what the snippet is for in the minimal repository, before it is applied (one evaluation per distinct minimal repository). */
async function statusBefore(s: Snippet): Promise<string | undefined> {
  const result = await evaluateOnce(minimalFiles(s), 'minimal', async (files) => {
    const r = makeRepo(files, { git: true });
    repos.push(r);
    return (await evaluate(r.root, { level: 3, offline: true, repository: 'acme/widget' })).result;
  });
  if (s.for.startsWith('OSPS-')) return result.controls.find((c) => c.id === s.for)?.status;
  const [objective, check] = s.for.split('/');
  return result.objectives.find((o) => o.id === objective)?.checks.find((c) => c.id === check)?.status;
}
const evaluateOnce = sharedEvaluations();

function minimalRepo(s: Snippet): TempRepo {
  const r = makeRepo(minimalFiles(s), { git: true });
  repos.push(r);
  return r;
}

function minimalFiles(s: Snippet): Record<string, string> {
  const files: Record<string, string> = {
    'README.md': '# Widget\n\nWidget turns YAML files into status pages.\n',
    LICENSE: 'Apache License\nVersion 2.0, January 2004\n',
    'security-insights.yml': stringify(baseInsights()),
  };
  // The scanner entry is judged next to a scanner that runs; the workflow next to a file without the entry.
  if (s.id === SCANNER_TOOL.id) files[RECURRING_SCAN_WORKFLOW.file] = fillSnippet(RECURRING_SCAN_WORKFLOW, VALUES).text;
  return files;
}

describe('every snippet we suggest, applied to a minimal repository', () => {
  it('covers the three kinds of advice', () => {
    expect(new Set(SNIPPETS.map((s) => s.kind))).toEqual(new Set(['security-insights', 'workflow', 'document']));
    expect(new Set(SNIPPETS.map((s) => s.id)).size).toBe(SNIPPETS.length);
  });

  it.each(SNIPPETS.map((s) => [s.id, s] as const))('%s: validates, and the check it is for then passes', async (_id, raw) => {
    const r = minimalRepo(raw);
    expect(await statusBefore(raw), `${raw.for} before the snippet`).not.toBe('pass');

    apply(r.root, fillSnippet(raw, VALUES));
    const after = await target(r.root, raw);
    const si = after.facts.securityInsights;
    expect(si.file?.valid, si.diagnostics.map((d) => d.message).join('\n')).toBe(true);
    expect(si.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(si.placeholders).toEqual([]);
    if (raw.kind === 'workflow') {
      const findings = after.facts.workflows.findings.filter((f) => f.path === raw.file && f.severity !== 'note');
      expect(findings.map((f) => `${f.line}: ${f.message}`)).toEqual([]);
    }
    expect(after.status, `${raw.for} after the snippet`).toBe('pass');
  });

  it('left unfilled, the fill-ins are placeholders: the pasted entry is no evidence', async () => {
    for (const raw of SNIPPETS.filter((s) => s.kind === 'security-insights' && /<owner>|example\.org/.test(JSON.stringify(s)))) {
      const r = minimalRepo(raw);
      apply(r.root, raw);
      const { result, facts } = await evaluate(r.root, { level: 3, offline: true, repository: 'acme/widget' });
      expect(facts.securityInsights.placeholders.length, raw.id).toBeGreaterThan(0);
      expect(result.objectives.find((o) => o.id === 'cleaner')?.status, raw.id).toBe('unmet');
    }
  });

  it('the Mechanizer advice text carries the same tools entry, and it is a SecurityTool the schema accepts', async () => {
    const r = minimalRepo(SCANNER_TOOL);
    const { result } = await evaluate(r.root, { level: 3, offline: true, repository: 'acme/widget' });
    const missing = result.objectives.find((o) => o.id === 'mechanizer')?.checks.find((c) => c.id === 'listed-in-security-insights')?.missing ?? '';
    const entry = /: - (\{.*\})$/.exec(missing)?.[1];
    expect(entry, missing).toBeDefined();
    const tool = parse(entry ?? '') as Record<string, unknown>;
    expect(tool.type).toBe('other');
    expect(validateDefinition('SecurityTool', tool)).toEqual([]);
  });
});
