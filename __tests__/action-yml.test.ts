// action.yml declares exactly the inputs src/action.ts reads and the outputs it sets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }>; outputs: Record<string, unknown> };
const source = readFileSync(join(root, 'src', 'action.ts'), 'utf8');
const literal = (fn: string) => [...source.matchAll(new RegExp(`${fn}\\('([a-z0-9-]+)'`, 'g'))].map((m) => m[1]);

describe('action.yml', () => {
  it('declares every input the action reads, and reads every input it declares', () => {
    const read = new Set([...literal('core.getInput'), ...literal('booleanInput')]);
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('declares every output the action sets (level-N and objective-<id> by pattern)', () => {
    const set = new Set(literal('core.setOutput'));
    for (const name of set) expect(Object.keys(action.outputs)).toContain(name);
    for (const name of ['signed', 'bundle-file', 'artifact-id', 'artifact-digest', 'result-file', 'sarif-file']) expect(set.has(name), name).toBe(true);
  });

  it('defaults the signing inputs as the README documents them', () => {
    expect(action.inputs.sign.default).toBe('auto');
    expect(action.inputs['signing-config'].default).toBe('public-good');
    expect(action.inputs['artifact-name'].default).toBe('security-slam-result');
    expect(action.inputs.mode.default).toBe('evaluate');
  });
});
