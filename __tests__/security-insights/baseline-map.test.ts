import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REQUIREMENTS } from '../../src/catalog/catalog.ts';
import { SI_BASELINE_MAP, fieldsForRequirement } from '../../src/facts/security-insights/index.ts';
import { keyLocations } from '../../src/facts/security-insights/schema.ts';

const DOC = join(dirname(fileURLToPath(import.meta.url)), '../../docs/security-insights.md');

describe('Security Insights → OSPS Baseline map', () => {
  it('names only fields that exist in the schema', () => {
    const fields = new Set(keyLocations().map((l) => (l.parent === '' ? l.key : `${l.parent}.${l.key}`)));
    for (const m of SI_BASELINE_MAP) expect(fields.has(m.field), m.field).toBe(true);
  });

  it('names only requirements in the catalog', () => {
    const ids = new Set(REQUIREMENTS.map((r) => r.id));
    for (const m of SI_BASELINE_MAP) {
      expect(m.requirements.length).toBeGreaterThan(0);
      for (const id of m.requirements) expect(ids.has(id), `${m.field} → ${id}`).toBe(true);
    }
  });

  it('covers the mappings the project asked for', () => {
    const get = (f: string) => SI_BASELINE_MAP.find((m) => m.field === f)?.requirements ?? [];
    expect(get('project.vulnerability-reporting')).toEqual(expect.arrayContaining(['OSPS-VM-01.01', 'OSPS-VM-02.01', 'OSPS-VM-03.01']));
    expect(get('repository.documentation.dependency-management-policy')).toContain('OSPS-DO-06.01');
    expect(get('repository.documentation.governance')).toContain('OSPS-GV-01.01');
    expect(get('repository.security.assessments.self')).toContain('OSPS-SA-03.01');
    expect(get('repository.release.attestations')).toContain('OSPS-BR-06.01');
    expect(get('repository.core-team')).toContain('OSPS-GV-01.01');
    expect(get('project.administrators')).toContain('OSPS-GV-01.01');
    expect(fieldsForRequirement('OSPS-SA-03.01').map((m) => m.field)).toContain('repository.security.assessments.self');
  });

  it('agrees with the table in docs/security-insights.md', () => {
    const text = readFileSync(DOC, 'utf8');
    const section = text.slice(text.indexOf('## Security Insights fields and OSPS Baseline requirements'));
    const rows = section
      .split('\n')
      .filter((l) => l.startsWith('| `'))
      .map((l) => l.split('|').map((c) => c.trim()))
      .map((c) => ({ field: c[1].replace(/`/g, ''), requirements: c[2].split(',').map((s) => s.trim()), meaning: c[3] }));
    expect(rows).toEqual(SI_BASELINE_MAP.map((m) => ({ ...m })));
  });
});
