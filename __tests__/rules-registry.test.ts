import { describe, expect, it } from 'vitest';
import { REQUIREMENTS } from '../src/catalog/catalog.ts';
import { RULES } from '../src/rules/index.ts';

describe('rule registry', () => {
  it('has at most one rule per requirement, each for a requirement in the catalog', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const catalog = new Set(REQUIREMENTS.map((r) => r.id));
    for (const id of ids) expect(catalog.has(id), id).toBe(true);
  });
});
