// docs/organizer-workflow.yml earns what this project checks: every `uses:` pinned to a full commit
// SHA with a version comment, least-privilege tokens, no caller input in a script; and its matrix
// agrees with the shard count it passes to slam collect. Checked by this tool's own evaluation too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { evaluate } from '../../src/engine.ts';
import { makeRepo } from '../helpers/repo.ts';

const FILE = join(import.meta.dirname, '..', '..', 'docs', 'organizer-workflow.yml');
const text = readFileSync(FILE, 'utf8');
const wf = parse(text) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  env: { SHARDS: number };
  jobs: Record<string, { permissions: Record<string, string>; strategy?: { matrix: { shard: number[] } }; steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] }>;
};

describe('docs/organizer-workflow.yml', () => {
  it('runs on a schedule, collects in a matrix of shards that matches --shard I/N, then merges, scores and publishes', () => {
    expect(Object.keys(wf.on)).toEqual(['schedule', 'workflow_dispatch']);
    const shards = wf.jobs.collect.strategy!.matrix.shard;
    expect(shards).toEqual(Array.from({ length: wf.env.SHARDS }, (_, i) => i + 1));
    expect(wf.jobs.collect.steps.map((s) => s.run ?? '').join('\n')).toContain('collect --event event.yml --out collected --shard "$SHARD/$SHARDS"');
    const score = wf.jobs.score.steps;
    expect(score.find((s) => s.uses?.startsWith('actions/download-artifact@'))?.with).toMatchObject({ pattern: 'slam-collected-*', 'merge-multiple': true });
    expect(score.map((s) => s.run ?? '').join('\n')).toContain('score collected --event event.yml --out report');
    expect(score.find((s) => s.uses?.startsWith('actions/upload-artifact@'))?.with).toMatchObject({ name: 'slam-report', path: 'report' });
  });

  it('pins every action to a full commit SHA with a version comment, and grants only contents: read', () => {
    const uses = [...text.matchAll(/uses:\s*(\S+)([^\S\n].*)?$/gm)];
    expect(uses.length).toBeGreaterThanOrEqual(8);
    for (const [, ref, rest] of uses) {
      expect(ref, ref).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+@[0-9a-f]{40}$/);
      expect(rest, ref).toMatch(/^ # v[0-9]+\.[0-9]+\.[0-9]+$/);
    }
    expect(wf.permissions).toEqual({});
    for (const job of Object.values(wf.jobs)) expect(job.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(wf.jobs)) for (const s of job.steps) if (s.uses?.startsWith('actions/checkout@')) expect(s.with?.['persist-credentials']).toBe(false);
    // No expression inside a script: values reach scripts through env.
    for (const job of Object.values(wf.jobs)) for (const s of job.steps) expect(s.run ?? '').not.toMatch(/\$\{\{/);
  });

  it("this tool's own evaluation finds nothing to fix in it", async () => {
    const repo = makeRepo({ '.github/workflows/slam-results.yml': text, 'README.md': '# Event\n' }, { git: true });
    try {
      const { result } = await evaluate(repo.root, { offline: true });
      expect(result.findings.filter((f) => f.path === '.github/workflows/slam-results.yml')).toEqual([]);
    } finally {
      repo.cleanup();
    }
  });
});
