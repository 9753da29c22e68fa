// The rule registry against the rules folder, the catalog and the tests: one file per requirement,
// registered once, sorted by ID, with a header saying how it decides and tests that name it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REQUIREMENTS } from '../src/catalog/catalog.ts';
import { RULES, RULES_BY_ID, WHILE_ACTIVE } from '../src/rules/index.ts';

const RULES_DIR = join(import.meta.dirname, '..', 'src', 'rules');
const TESTS_DIR = import.meta.dirname;
const ruleFiles = readdirSync(RULES_DIR).filter((f) => /^osps-.*\.ts$/.test(f)).sort();
/** osps-ac-01-01.ts <-> OSPS-AC-01.01 */
const idOfFile = (f: string) => f.replace(/\.ts$/, '').toUpperCase().replace(/^(OSPS-[A-Z]{2}-\d\d)-(\d\d)$/, '$1.$2');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'fixtures' || e.name === 'node_modules') return [];
    const p = join(dir, e.name);
    return e.isDirectory() ? testFiles(p) : /\.test\.ts$/.test(e.name) && p !== import.meta.filename ? [p] : [];
  });
}

describe('rule registry', () => {
  it('has at most one rule per requirement, each for a requirement in the catalog', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const catalog = new Set(REQUIREMENTS.map((r) => r.id));
    for (const id of ids) expect(catalog.has(id), id).toBe(true);
  });

  it('has a rule for each of the catalog\'s 64 requirements, sorted by ID', () => {
    expect(REQUIREMENTS).toHaveLength(64);
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual(REQUIREMENTS.map((r) => r.id).sort());
  });

  it('registers exactly the rule files of src/rules/, each named after the ID it exports', () => {
    expect(ruleFiles.map(idOfFile)).toEqual(RULES.map((r) => r.id));
    const index = readFileSync(join(RULES_DIR, 'index.ts'), 'utf8');
    for (const f of ruleFiles) {
      expect(index, `${f} is imported once by src/rules/index.ts`).toContain(`from './${f}';`);
      expect(readFileSync(join(RULES_DIR, f), 'utf8'), f).toContain(`export const id = '${idOfFile(f)}';`);
    }
  });

  it('opens every rule file with a comment naming its requirement and how it decides', () => {
    for (const f of ruleFiles) {
      const text = readFileSync(join(RULES_DIR, f), 'utf8');
      const header = text.slice(0, text.indexOf('\nimport '));
      expect(header.startsWith(`// ${idOfFile(f)}: `), f).toBe(true);
      expect(header.split('\n').length, `${f}: a line for the title and at least one for how it decides`).toBeGreaterThanOrEqual(2);
    }
  });

  it('gates exactly the rule files that declare whileActive', () => {
    const declared = ruleFiles.filter((f) => /^export const whileActive = true;$/m.test(readFileSync(join(RULES_DIR, f), 'utf8'))).map(idOfFile);
    expect([...WHILE_ACTIVE].sort()).toEqual(declared);
    for (const id of declared) expect(RULES_BY_ID.get(id)?.whileActive, id).toBe(true);
  });

  it('finds tests for every rule: a test file that names its ID, or a fixture folder', () => {
    const texts = testFiles(TESTS_DIR).map((p) => ({ p: p.slice(TESTS_DIR.length + 1), text: readFileSync(p, 'utf8') }));
    const fixtures = new Set(readdirSync(join(TESTS_DIR, 'fixtures')).map(idOfFile));
    // Where to look for a rule's tests: the table a newcomer needs, printed once.
    const table = RULES.map((r) => {
      const files = texts.filter((t) => t.text.includes(`'${r.id}'`) || t.text.includes(`${r.id}:`) || t.text.includes(`${r.id} `)).map((t) => t.p);
      if (fixtures.has(r.id)) files.push(`fixtures/${r.id.toLowerCase().replace('.', '-')}/`);
      return { id: r.id, files };
    });
    const missing = table.filter((row) => row.files.length === 0).map((row) => row.id);
    expect(missing).toEqual([]);
    console.log(table.map((row) => `${row.id}: ${row.files.slice(0, 4).join(', ')}`).join('\n'));
  });
});
