import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { loadConfig, resolveLevel, MAX_CONFIG_BYTES } from '../../src/config/load.ts';
import { RepoSnapshot } from '../../src/facts/snapshot.ts';
import schema from '../../schemas/slam-config.schema.json' with { type: 'json' };

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function load(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'slam-config-'));
  dirs.push(root);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  return loadConfig(RepoSnapshot.open(root));
}

describe('project configuration', () => {
  it('no file: no config, no diagnostics', () => {
    expect(load({ 'README.md': '# r\n' })).toEqual({ config: null, path: null, diagnostics: [] });
  });

  it('reads level from .github/security-slam.yml, and .security-slam.yml at the root', () => {
    expect(load({ '.github/security-slam.yml': 'level: 2\n' })).toEqual({ config: { level: 2 }, path: '.github/security-slam.yml', diagnostics: [] });
    expect(load({ '.security-slam.yml': "level: '3'\n" }).config).toEqual({ level: 3 });
  });

  it('foundation maturity sets the level by the event rule; level wins, with a warning, when they disagree', () => {
    const c = load({ '.github/security-slam.yml': 'foundation-maturity: incubating\n' });
    expect(resolveLevel(undefined, c.config)).toEqual({ level: 2, source: 'config' });
    const both = load({ '.github/security-slam.yml': 'foundation-maturity: graduated\nlevel: 1\n' });
    expect(both.config).toEqual({ level: 1, foundationMaturity: 'graduated' });
    expect(both.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', line: 2, column: 1, message: expect.stringContaining('differs from foundation-maturity graduated') })]);
    expect(resolveLevel(undefined, both.config).level).toBe(1);
  });

  it('resolveLevel: input wins, then config, then Level 1', () => {
    expect(resolveLevel(3, { level: 1 })).toEqual({ level: 3, source: 'input' });
    expect(resolveLevel(undefined, { level: 2 })).toEqual({ level: 2, source: 'config' });
    expect(resolveLevel(undefined, null)).toEqual({ level: 1, source: 'default' });
    expect(resolveLevel(undefined, {})).toEqual({ level: 1, source: 'default' });
  });

  it('bad values and unknown keys are reported with positions; the good keys still apply', () => {
    const r = load({ '.github/security-slam.yml': '# project settings\nlevl: 2\nlevel: 4\nfoundation-maturity: incubating\n' });
    expect(r.config).toEqual({ foundationMaturity: 'incubating' });
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', line: 2, column: 1, message: expect.stringContaining('did you mean `level`') }));
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', line: 3, column: 1, message: expect.stringContaining('`level` must be one of') }));
  });

  it('hostile input: not a mapping, YAML errors, alias bombs, huge files, deep nesting, a symlink', () => {
    expect(load({ '.github/security-slam.yml': '- 1\n- 2\n' })).toMatchObject({ config: null, diagnostics: [{ severity: 'error', message: expect.stringContaining('must be a mapping') }] });
    expect(load({ '.github/security-slam.yml': '"just a string"\n' }).config).toBeNull();
    const broken = load({ '.github/security-slam.yml': 'level: [2\n' });
    expect(broken.config).toBeNull();
    expect(broken.diagnostics[0]).toMatchObject({ severity: 'error', line: expect.any(Number) });
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x,x]'];
    for (let i = 1; i < 10; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const t0 = Date.now();
    const b = load({ '.github/security-slam.yml': `${bomb.join('\n')}\nlevel: 2\n` });
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(b.config).toBeNull();
    expect(b.diagnostics[0].message).toMatch(/alias/i);
    const huge = load({ '.github/security-slam.yml': `level: 2\n# ${'x'.repeat(MAX_CONFIG_BYTES)}\n` });
    expect(huge).toMatchObject({ config: null, diagnostics: [{ severity: 'error', message: expect.stringContaining('larger than') }] });
    const deep = load({ '.github/security-slam.yml': `level: ${'['.repeat(5000)}${']'.repeat(5000)}\n` });
    expect(deep.config).toBeNull();
    expect(load({ '.github/security-slam.yml': '' })).toMatchObject({ config: {}, diagnostics: [{ severity: 'warning' }] });

    const root = mkdtempSync(join(tmpdir(), 'slam-config-'));
    dirs.push(root);
    mkdirSync(join(root, '.github'));
    symlinkSync('/etc/passwd', join(root, '.github/security-slam.yml'));
    const link = loadConfig(RepoSnapshot.open(root));
    expect(link.config).toBeNull();
    expect(link.diagnostics[0].severity).toBe('error');
  });

  it('two files: the first is read and the other is named in a warning', () => {
    const r = load({ '.github/security-slam.yml': 'level: 2\n', '.security-slam.yml': 'level: 3\n' });
    expect(r.config).toEqual({ level: 2 });
    expect(r.diagnostics[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('.security-slam.yml is ignored') });
  });

  it('the schema is valid JSON Schema 2020-12 and accepts what the loader accepts', () => {
    const validate = new Ajv2020({ strict: true }).compile(schema);
    expect(validate({ level: 2, 'foundation-maturity': 'sandbox' })).toBe(true);
    expect(validate({ level: 0 })).toBe(false);
    expect(validate({ other: 1 })).toBe(false);
  });
});
