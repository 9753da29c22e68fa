import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUIREMENTS } from '../src/catalog/catalog.ts';
import { evaluate } from '../src/engine.ts';
import type { ResultDocument } from '../src/result/types.ts';
import { licenseText } from './helpers/license-texts.ts';
import { makeRepo, type TempRepo } from './helpers/repo.ts';
import { resultValidator } from './helpers/schemas.ts';

let repo: TempRepo;
const results: Record<number, ResultDocument> = {};

beforeAll(async () => {
  repo = makeRepo({ LICENSE: licenseText('Apache-2.0'), 'README.md': '# Demo\n', 'SECURITY.md': 'Mail security@example.org\n' }, { git: true, remote: 'https://github.com/example/demo.git' });
  for (const level of [1, 2, 3] as const) results[level] = (await evaluate(repo.root, { level, offline: true })).result;
});
afterAll(() => repo.cleanup());

describe('result document', () => {
  it('validates against schemas/result.schema.json at every level', () => {
    const validate = resultValidator();
    for (const level of [1, 2, 3]) {
      const ok = validate(results[level]);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('lists exactly the requirements of the level, cumulatively: 24, 43, 64', () => {
    expect(results[1].controls).toHaveLength(24);
    expect(results[2].controls).toHaveLength(43);
    expect(results[3].controls).toHaveLength(64);
    const l1 = new Set(results[1].controls.map((c) => c.id));
    const l2 = new Set(results[2].controls.map((c) => c.id));
    for (const id of l1) expect(l2.has(id)).toBe(true);
    expect(results[3].controls.map((c) => c.id).sort()).toEqual(REQUIREMENTS.map((r) => r.id).sort());
    expect(results[3].controls.some((c) => c.id === 'OSPS-BR-01.02')).toBe(false);
  });

  it('summarises each level up to the chosen one, counting by status', () => {
    const s = results[3].summary;
    expect(s.map((x) => x.level)).toEqual([1, 2, 3]);
    expect(s.map((x) => x.total)).toEqual([24, 43, 64]);
    for (const x of s) expect(x.pass + x.fail + x.unknown + x.attested + x['not-applicable']).toBe(x.total);
    expect(results[1].summary).toHaveLength(1);
  });

  it('names the subject from git: repository, commit and ref', () => {
    expect(results[1].subject.repository).toBe('example/demo');
    expect(results[1].subject.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(results[1].subject.ref).toBe('refs/heads/main');
    expect(results[1].catalog).toEqual({ id: 'osps-baseline', version: '2026.02.19' });
  });

  it('rejects a document that breaks the contract', () => {
    const validate = resultValidator();
    const broken = structuredClone(results[1]) as unknown as Record<string, unknown>;
    (broken.controls as { status: string }[])[0].status = 'maybe';
    expect(validate(broken)).toBe(false);
  });

  it('gives every control evidence a person can follow and a location', () => {
    for (const c of results[1].controls) {
      expect(c.evidence.length).toBeGreaterThan(0);
      expect(c.location?.path).toBeTruthy();
    }
  });
});

describe('result document: every part the schema describes', () => {
  it('validates with a Security Insights file with problems, hardening findings, notes and a next step', async () => {
    const rich = makeRepo(
      {
        'README.md': '# Demo\n',
        'security-insights.yml': 'header:\n  schema-version: 2.2.0\n  last-updated: not-a-date\nproject:\n  nmae: demo\n',
        '.github/workflows/ci.yml': 'on: push\npermissions: write-all\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm test\n',
        'big.json': Buffer.from([0xff, 0xfe, 0x00, 0x41]),
      },
      { git: true },
    );
    try {
      const { symlinkSync } = await import('node:fs');
      symlinkSync('/etc/passwd', `${rich.root}/escape.md`);
      const validate = resultValidator();
      for (const level of [1, 2, 3] as const) {
        const { result } = await evaluate(rich.root, { level, offline: true });
        expect(result.securityInsights?.diagnostics.length).toBeGreaterThan(0);
        expect(result.findings.length).toBeGreaterThan(0);
        expect(result.nextStep?.actions.length).toBeGreaterThan(0);
        expect(result.objectives).toHaveLength(6);
        const ok = validate(result);
        expect(validate.errors ?? []).toEqual([]);
        expect(ok).toBe(true);
      }
    } finally {
      rich.cleanup();
    }
  });
});
