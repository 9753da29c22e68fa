// Our catalog data must agree with the published OSPS Baseline v2026.02.19 catalog.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CATALOG_VERSION, REQUIREMENTS, RETIRED_REQUIREMENTS, requirementsAt } from '../src/catalog/catalog.ts';
import { reference } from './helpers/schemas.ts';

interface SharedRequirement {
  id: string;
  applicability?: string[];
  state?: string;
}

function sharedCatalog(retired: string[] = []): Map<string, number[]> | null {
  const dir = reference('osps-baseline-v2026.02.19');
  if (!dir) return null;
  const out = new Map<string, number[]>();
  for (const file of readdirSync(dir).filter((f) => /^OSPS-[A-Z]{2}\.yaml$/.test(f))) {
    const doc = parse(readFileSync(join(dir, file), 'utf8')) as { controls: { 'assessment-requirements'?: SharedRequirement[] }[] };
    for (const c of doc.controls) {
      for (const r of c['assessment-requirements'] ?? []) {
        const levels = (r.applicability ?? []).map((a) => /Maturity Level (\d)/.exec(a)?.[1]).filter(Boolean).map(Number);
        if (levels.length === 0) {
          if (r.applicability?.includes('retired')) retired.push(r.id);
          continue; // retired: no maturity level (OSPS-BR-01.02)
        }
        out.set(r.id, levels);
      }
    }
  }
  return out;
}

describe('catalog consistency with the shared OSPS Baseline', () => {
  it('has every active requirement with the same levels, and nothing else', () => {
    const shared = sharedCatalog();
    if (!shared) return;
    expect(shared.size).toBe(64);
    expect(shared.has('OSPS-BR-01.02')).toBe(false);
    const ours = new Map(REQUIREMENTS.map((r) => [r.id, r]));
    for (const [id, levels] of shared) {
      const r = ours.get(id);
      expect(r, `${id} missing from src/catalog`).toBeDefined();
      expect(r?.listedLevels, id).toEqual(levels);
      expect(r?.level, id).toBe(Math.min(...levels));
    }
    for (const id of ours.keys()) expect(shared.has(id), `${id} is not an active requirement`).toBe(true);
  });

  it('lists exactly the retired requirement ids of the shared catalog, none of them active', () => {
    const retired: string[] = [];
    if (!sharedCatalog(retired)) return;
    expect(RETIRED_REQUIREMENTS.map((r) => r.id)).toEqual(retired);
    expect(retired).toEqual(['OSPS-BR-01.02']);
    for (const r of RETIRED_REQUIREMENTS) {
      expect(REQUIREMENTS.some((a) => a.id === r.id)).toBe(false);
      expect(r.id.startsWith(`${r.control}.`)).toBe(true);
    }
  });

  it('applies levels cumulatively: 24, 43 and 64 requirements', () => {
    expect(CATALOG_VERSION).toBe('2026.02.19');
    expect(requirementsAt(1)).toHaveLength(24);
    expect(requirementsAt(2)).toHaveLength(43);
    expect(requirementsAt(3)).toHaveLength(64);
    // Listed only at Level 1 in the catalog, evaluated at every level by the Slam's rule.
    for (const id of ['OSPS-BR-07.01', 'OSPS-VM-02.01']) {
      expect(requirementsAt(3).some((r) => r.id === id)).toBe(true);
      expect(REQUIREMENTS.find((r) => r.id === id)?.listedLevels).toEqual([1]);
    }
  });
});
