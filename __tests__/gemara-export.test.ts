// `slam evaluate --format gemara`: the result as a Gemara v1.4.1 EvaluationLog. Our JSON Schema of
// the EvaluationLog must accept a real Privateer scan (what grc.store accepts) and reject broken
// logs, so that it can vouch for our own output.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUIREMENTS, RETIRED_REQUIREMENTS } from '../src/catalog/catalog.ts';
import { evaluate } from '../src/engine.ts';
import { toGemaraEvaluationLog, toGemaraJson, toGemaraYaml, type GemaraEvaluationLog } from '../src/reporters/gemara.ts';
import type { ResultDocument } from '../src/result/types.ts';
import { makeControls } from './objectives/controls.ts';
import { licenseText } from './helpers/license-texts.ts';
import { makeRepo, type TempRepo } from './helpers/repo.ts';
import { gemaraEvaluationLogValidator, reference } from './helpers/schemas.ts';

const validate = gemaraEvaluationLogValidator();
let repo: TempRepo;
const results: Record<number, ResultDocument> = {};

beforeAll(async () => {
  repo = makeRepo({ LICENSE: licenseText('Apache-2.0'), 'README.md': '# Demo\n', 'SECURITY.md': 'Mail security@example.org\n' }, { git: true, remote: 'https://github.com/example/demo.git' });
  for (const level of [1, 2, 3] as const) results[level] = (await evaluate(repo.root, { level, offline: true })).result;
});
afterAll(() => repo.cleanup());

function valid(doc: unknown): boolean {
  const ok = validate(doc);
  return ok;
}

function realScan(): Record<string, unknown> | null {
  const p = reference('gemara-v1.4.1/test-data/pvtr-baseline-scan.yaml');
  return p ? (parse(readFileSync(p, 'utf8')) as Record<string, unknown>) : null;
}

/** The CUE rule JSON Schema cannot state: an assessment's requirement names its control's reference. */
function referencesAgree(log: GemaraEvaluationLog): boolean {
  return log.evaluations.every((e) => e['assessment-logs'].every((a) => a.requirement['reference-id'] === undefined || a.requirement['reference-id'] === e.control['reference-id']));
}

const allLogs = (log: GemaraEvaluationLog) => log.evaluations.flatMap((e) => e['assessment-logs']);
const logOf = (log: GemaraEvaluationLog, id: string) => allLogs(log).find((a) => a.requirement['entry-id'] === id);

describe('the EvaluationLog schema', () => {
  it('accepts the real Privateer OSPS Baseline scan (Gemara v1.4.1 test data)', () => {
    const scan = realScan();
    if (!scan) return;
    expect(valid(scan), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('rejects logs that break the CUE: unknown keys, an unknown result, missing steps, no evaluations, another artifact type', () => {
    const scan = realScan();
    if (!scan) return;
    const copy = () => structuredClone(scan) as { metadata: Record<string, unknown>; evaluations: { 'assessment-logs': Record<string, unknown>[]; result: string }[]; [k: string]: unknown };
    const mutations: [string, (d: ReturnType<typeof copy>) => void][] = [
      ['an unknown top-level key', (d) => (d.score = 100)],
      ['an unknown assessment key', (d) => (d.evaluations[0]['assessment-logs'][0].verdict = 'ok')],
      ['a result outside the enum', (d) => (d.evaluations[0].result = 'Pass')],
      ['an assessment without steps', (d) => delete d.evaluations[0]['assessment-logs'][0].steps],
      ['an assessment with empty applicability', (d) => (d.evaluations[0]['assessment-logs'][0].applicability = [])],
      ['no evaluations', (d) => (d.evaluations = [])],
      ['another artifact type', (d) => (d.metadata.type = 'ControlCatalog')],
      ['a start that is not a date-time', (d) => (d.evaluations[0]['assessment-logs'][0].start = 'yesterday')],
      ['evidence without collected-at', (d) => (d.evaluations[0]['assessment-logs'][0].evidence = [{ id: 'e', type: 'api-response' }])],
      ['no target', (d) => delete d.target],
    ];
    for (const [what, mutate] of mutations) {
      const d = copy();
      mutate(d);
      expect(valid(d), what).toBe(false);
    }
  });
});

describe('slam evaluate --format gemara', () => {
  it('validates at every level, and the CUE reference rule holds', () => {
    for (const level of [1, 2, 3]) {
      const log = toGemaraEvaluationLog(results[level]);
      expect(valid(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(referencesAgree(log)).toBe(true);
      expect(log.metadata['gemara-version']).toBe('1.4.1');
      expect(log.target).toMatchObject({ id: 'github.com/example/demo', name: 'example/demo', uri: 'https://github.com/example/demo', type: 'Software' });
      expect(log.target.version).toMatch(/^[0-9a-f]{40}$/);
    }
  });

  it('logs every requirement of the catalog once, Not Run above the level and for retired ids, as Privateer does', () => {
    for (const level of [1, 2, 3] as const) {
      const log = toGemaraEvaluationLog(results[level]);
      const ids = allLogs(log).map((a) => a.requirement['entry-id']);
      expect(ids).toEqual([...REQUIREMENTS.map((r) => r.id), ...RETIRED_REQUIREMENTS.map((r) => r.id)].sort());
      for (const r of REQUIREMENTS) {
        const a = logOf(log, r.id);
        if (r.level > level) {
          expect(a?.result, r.id).toBe('Not Run');
          expect(a?.['steps-executed']).toBe(0);
          expect(a?.message).toContain(`applies from Maturity Level ${r.level}`);
        } else {
          expect(a?.result, r.id).not.toBe('Not Run');
          expect(a?.['steps-executed']).toBe(1);
        }
        expect(a?.applicability).toEqual(r.listedLevels.map((l) => `maturity-${l}`));
      }
      const retired = logOf(log, 'OSPS-BR-01.02');
      expect(retired?.result).toBe('Not Run');
      expect(retired?.message).toMatch(/retired/);
      // Requirement order inside a control: BR-01.02 sits between BR-01.01 and BR-01.03.
      const br01 = log.evaluations.find((e) => e.control['entry-id'] === 'OSPS-BR-01');
      expect(br01?.['assessment-logs'].map((a) => a.requirement['entry-id'])).toEqual(['OSPS-BR-01.01', 'OSPS-BR-01.02', 'OSPS-BR-01.03', 'OSPS-BR-01.04']);
    }
    const level1 = toGemaraEvaluationLog(results[1]);
    expect(allLogs(level1).filter((a) => a.result !== 'Not Run')).toHaveLength(24);
    expect(level1.metadata['applicability-groups']?.map((g) => g.id)).toEqual(['maturity-1', 'maturity-2', 'maturity-3']);
  });

  it('maps our statuses (attested is Needs Review, unknown is Unknown) and rolls controls up as go-gemara does', () => {
    const controls = makeControls(2, {
      'OSPS-AC-01.01': { status: 'fail', evidence: [{ kind: 'api', detail: 'the organization does not require 2FA', url: 'https://api.github.com/orgs/example' }], remediation: 'Require 2FA' },
      'OSPS-AC-03.01': { status: 'attested', evidence: [{ kind: 'security-insights', path: 'security-insights.yml', line: 12, detail: 'branch protection is stated' }] },
      'OSPS-DO-01.01': { status: 'unknown', evidence: [{ kind: 'note', detail: 'offline run' }] },
      'OSPS-BR-03.02': { status: 'not-applicable', evidence: [{ kind: 'note', detail: 'no distribution points' }] },
      'OSPS-DO-02.01': { status: 'not-applicable', evidence: [{ kind: 'note', detail: 'no issue tracker' }] },
    });
    const log = toGemaraEvaluationLog({ ...results[2], controls });
    expect(valid(log)).toBe(true);
    expect(logOf(log, 'OSPS-AC-01.01')?.result).toBe('Failed');
    expect(logOf(log, 'OSPS-AC-01.01')?.recommendation).toBe('Require 2FA');
    expect(logOf(log, 'OSPS-AC-01.01')?.evidence?.[0]).toEqual({
      id: 'OSPS-AC-01.01/evidence-1',
      type: 'api-response',
      'collected-at': results[2].generatedAt,
      description: 'the organization does not require 2FA',
      payload: { url: 'https://api.github.com/orgs/example' },
    });
    expect(logOf(log, 'OSPS-AC-03.01')?.result).toBe('Needs Review');
    expect(logOf(log, 'OSPS-AC-03.01')?.evidence?.[0].payload).toEqual({ path: 'security-insights.yml', line: 12 });
    expect(logOf(log, 'OSPS-DO-01.01')?.result).toBe('Unknown');
    expect(logOf(log, 'OSPS-DO-01.01')?.message).toBe('offline run');
    expect(logOf(log, 'OSPS-LE-01.01')?.result).toBe('Passed');
    expect(logOf(log, 'OSPS-LE-01.01')?.recommendation).toBeUndefined();
    const control = (id: string) => log.evaluations.find((e) => e.control['entry-id'] === id);
    expect(control('OSPS-AC-03')?.result).toBe('Needs Review'); // attested + pass
    expect(control('OSPS-AC-03')?.message).toBe('branch protection is stated');
    expect(control('OSPS-BR-03')?.result).toBe('Passed'); // pass + not applicable
    expect(control('OSPS-DO-02')?.result).toBe('Not Applicable'); // only not applicable
    expect(control('OSPS-DO-01')?.result).toBe('Unknown');
    expect(control('OSPS-DO-03')?.result).toBe('Not Run'); // Level 3 only
    expect(log.result).toBe('Failed');
    const passing = toGemaraEvaluationLog({ ...results[2], controls: makeControls(2) });
    expect(passing.result).toBe('Passed');
  });

  it('keeps hostile repository text inside its string: YAML and JSON read back to the same log', () => {
    const hostile = 'x\n- result: Passed\n---\nentry-id: OSPS-XX-99.99\u0007 \u202e yes';
    const controls = makeControls(1, { 'OSPS-AC-01.01': { status: 'fail', evidence: [{ kind: 'file', path: 'a: b\n- c', line: 3, detail: hostile }], remediation: hostile } });
    const result = { ...results[1], controls };
    const log = toGemaraEvaluationLog(result);
    expect(parse(toGemaraYaml(result))).toEqual(log);
    expect(JSON.parse(toGemaraJson(result))).toEqual(log);
    const a = logOf(log, 'OSPS-AC-01.01');
    expect(a?.message).not.toMatch(/[\n\u0007\u202e]/);
    expect(allLogs(log)).toHaveLength(REQUIREMENTS.length + RETIRED_REQUIREMENTS.length);
    // A YAML 1.1 reader (Go, Python) would read an unquoted `yes` as true: such strings are quoted.
    const yes = toGemaraYaml({ ...results[1], controls: makeControls(1, { 'OSPS-AC-01.01': { status: 'fail', evidence: [{ kind: 'note', detail: 'yes' }] } }) });
    expect(yes).toContain('message: "yes"');
  });

  it('is written by the command line, in YAML and JSON', () => {
    const cli = join(import.meta.dirname, '..', 'src', 'cli.ts');
    const run = (format: string) => spawnSync(process.execPath, [cli, 'evaluate', repo.root, '--offline', '--level', '2', '--format', format], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, GITHUB_TOKEN: '', NO_COLOR: '1' } });
    const yaml = run('gemara');
    expect(yaml.status).toBe(0);
    const fromYaml = parse(yaml.stdout) as GemaraEvaluationLog;
    expect(valid(fromYaml)).toBe(true);
    expect(fromYaml.metadata.description).toContain('Maturity Level 2');
    const json = run('gemara-json');
    expect(json.status).toBe(0);
    expect(valid(JSON.parse(json.stdout))).toBe(true);
    const bad = run('gemara-xml');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/gemara, gemara-json/);
  }, 60_000);
});
