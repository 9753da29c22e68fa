// This repository's own workflows earn what the action checks in others: every `uses:` pinned to
// a full commit SHA with a version comment, least-privilege tokens per job, no expression of
// caller input or event data inside a `run:` script; and the reusable workflow keeps its trust
// model (docs/signed-results.md): evaluate reads and cannot sign, sign signs and never checks out
// the caller's repository, and signs only the file evaluate produced.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const DIR = join(import.meta.dirname, '..', '.github', 'workflows');
const FILES = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string> | string;
  uses?: string;
  steps?: Step[];
  with?: Record<string, unknown>;
}
interface Workflow {
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}
const workflows = new Map(FILES.map((f) => [f, parse(readFileSync(join(DIR, f), 'utf8')) as Workflow]));

/**
 * Reusable workflows that may be called by tag: the SAN of their signing certificate names the
 * ref, and verifiers trust release tags of it (docs/signed-results.md, "Why by tag").
 */
const TAG_ONLY = [/^security-slam\/security-slam-action\/\.github\/workflows\/slam\.yml@v\d+(\.\d+){0,2}$/];

/** The only write scopes any job holds, and why. */
const WRITES: Record<string, Record<string, string>> = {
  'codeql.yml:analyze': { 'security-events': 'upload CodeQL results' },
  'security-slam.yml:code-scanning': { 'security-events': 'upload the SARIF of the signed artifact' },
  'security-slam.yml:slam': { 'id-token': 'granted to slam.yml, whose sign job alone requests it' },
  'slam.yml:sign': { 'id-token': 'the OIDC token of the signing certificate' },
  'release.yml:attest': { 'id-token': 'the OIDC token of the provenance certificate', attestations: 'store the attestations' },
  'release.yml:release': { contents: 'create the release and move the major tag' },
};

function scopes(p: Job['permissions']): Record<string, string> {
  if (p === undefined) return {};
  if (typeof p === 'string') throw new Error(`permissions: ${p} is not least privilege; list scopes`);
  return p ?? {};
}

describe('this repository\'s workflows', () => {
  it('exist and parse', () => {
    expect(FILES).toEqual(expect.arrayContaining(['ci.yml', 'codeql.yml', 'security-slam.yml', 'slam.yml']));
  });

  it.each(FILES)('%s: every uses: is local, or pinned to a full commit SHA with a version comment (tag-only reusable workflows excepted)', (file) => {
    const lines = readFileSync(join(DIR, file), 'utf8').split('\n');
    let seen = 0;
    lines.forEach((line, i) => {
      const m = /^\s*(?:-\s+)?uses:\s*(\S+)(\s.*)?$/.exec(line);
      if (!m) return;
      seen++;
      const [, ref, rest] = m;
      const where = `${file}:${i + 1} ${ref}`;
      if (ref.startsWith('./')) return;
      if (TAG_ONLY.some((re) => re.test(ref))) return;
      expect(ref, where).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/);
      expect(rest, `${where}: version comment`).toMatch(/^\s+# v\d+(\.\d+){0,2}\s*$/);
    });
    const parsed = workflows.get(file)!;
    const expected = Object.values(parsed.jobs).reduce((n, j) => n + (j.uses ? 1 : 0) + (j.steps ?? []).filter((s) => s.uses).length, 0);
    expect(seen, `${file}: every uses: was read line by line`).toBe(expected);
  });

  it.each(FILES)('%s: read-only by default; each write scope is one the job needs', (file) => {
    const wf = workflows.get(file)!;
    const top = scopes(wf.permissions);
    expect(wf.permissions, `${file}: top-level permissions are declared`).toBeDefined();
    for (const [scope, level] of Object.entries(top)) expect(`${scope}: ${level}`, file).toMatch(/: (read|none)$/);
    for (const [id, job] of Object.entries(wf.jobs)) {
      const effective = job.permissions === undefined ? top : scopes(job.permissions);
      const allowed = WRITES[`${file}:${id}`] ?? {};
      for (const [scope, level] of Object.entries(effective)) {
        if (level === 'write') expect(allowed[scope], `${file} job ${id}: ${scope}: write is not one it needs`).toBeDefined();
      }
      for (const scope of Object.keys(allowed)) expect(effective[scope], `${file} job ${id} lists ${scope}`).toBe('write');
    }
  });

  it.each(FILES)('%s: no expression of caller input or event data inside a run: script', (file) => {
    for (const [id, job] of Object.entries(workflows.get(file)!.jobs)) {
      for (const step of job.steps ?? []) {
        if (typeof step.run !== 'string') continue;
        expect(step.run, `${file} job ${id}`).not.toMatch(/\$\{\{\s*(inputs\.|github\.event\.|github\.head_ref|needs\.)/);
        // In the reusable workflow nothing is interpolated into a script: values arrive through env.
        if (file === 'slam.yml') expect(step.run, `${file} job ${id}`).not.toContain('${{');
      }
    }
  });

  it.each(FILES)('%s: every checkout leaves no credentials behind', (file) => {
    for (const job of Object.values(workflows.get(file)!.jobs)) {
      for (const step of job.steps ?? []) if (step.uses?.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials'], file).toBe(false);
    }
  });
});

describe('.github/workflows/slam.yml keeps its trust model', () => {
  const slam = workflows.get('slam.yml')!;
  const on = (slam as unknown as { on: { workflow_call: { inputs: Record<string, unknown> } } }).on;
  const evaluate = slam.jobs.evaluate;
  const sign = slam.jobs.sign;
  const usesOf = (job: Job) => (job.steps ?? []).map((s) => s.uses ?? 'run');
  const checkouts = (job: Job) => (job.steps ?? []).filter((s) => s.uses?.startsWith('actions/checkout@'));
  const ownCheckout = (s: Step) => s.with?.repository === '${{ job.workflow_repository }}' && s.with?.ref === '${{ job.workflow_sha }}';

  it('is called with the inputs the README documents, and has exactly two jobs', () => {
    expect(Object.keys(on.workflow_call.inputs)).toEqual(expect.arrayContaining(['level', 'path', 'sign', 'fail-on', 'artifact-name']));
    expect(Object.keys(slam.jobs)).toEqual(['evaluate', 'sign']);
    expect(slam.permissions).toEqual({});
  });

  it('evaluate reads only: contents read, no id-token; the caller at github.sha, this action at the workflow\'s own commit', () => {
    expect(evaluate.permissions).toEqual({ contents: 'read' });
    const [project, action] = checkouts(evaluate);
    expect(project.with).toMatchObject({ ref: '${{ github.sha }}', path: 'project', 'persist-credentials': false });
    expect(project.with?.repository).toBeUndefined();
    expect(ownCheckout(action)).toBe(true);
    const run = evaluate.steps!.find((s) => s.uses === './slam-action')!;
    expect(run.with).toMatchObject({ sign: 'false', upload: 'false', 'github-token': '${{ github.token }}', path: 'project/${{ inputs.path }}' });
    // The path input is checked to stay inside the checkout before the action runs.
    const guard = evaluate.steps!.findIndex((s) => typeof s.run === 'string' && s.run.includes('realpath -e'));
    expect(guard).toBeGreaterThan(-1);
    expect(guard).toBeLessThan(evaluate.steps!.indexOf(run));
  });

  it('sign holds id-token: write and nothing else, checks out only this action, and signs only the file evaluate produced', () => {
    expect(sign.permissions).toEqual({ 'id-token': 'write' });
    expect(checkouts(sign).length).toBe(1);
    expect(checkouts(sign).every(ownCheckout)).toBe(true);
    expect(usesOf(sign).map((u) => u.replace(/@.*/, ''))).toEqual(['actions/checkout', 'actions/download-artifact', 'run', './slam-action', 'run']);
    const check = sign.steps![2];
    expect(check.run).toContain('sha256sum --check --strict');
    expect(check.env).toEqual({ RESULT_SHA256: '${{ needs.evaluate.outputs.result-sha256 }}', SARIF_SHA256: '${{ needs.evaluate.outputs.sarif-sha256 }}' });
    expect(sign.steps![3].with).toMatchObject({ mode: 'sign-only', sign: '${{ inputs.sign }}', 'artifact-name': '${{ inputs.artifact-name }}', 'github-token': '' });
    expect((sign as unknown as { needs: string }).needs).toBe('evaluate');
  });

  it('the artifact handed from evaluate to sign is the one sign downloads, and its digests are job outputs', () => {
    const upload = evaluate.steps!.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    const download = sign.steps!.find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
    expect(upload.with?.name).toBe(download.with?.name);
    expect((evaluate as unknown as { outputs: Record<string, string> }).outputs).toMatchObject({ 'result-sha256': '${{ steps.digest.outputs.result }}', 'sarif-sha256': '${{ steps.digest.outputs.sarif }}' });
  });

  it('this repository calls it for its own signed result', () => {
    const self = workflows.get('security-slam.yml')!;
    expect(self.jobs.slam.uses).toBe('./.github/workflows/slam.yml');
    expect(self.jobs.slam.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
  });
});
