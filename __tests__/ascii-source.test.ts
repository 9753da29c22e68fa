// The bundles are written in ASCII (src/dev/ascii-source.ts): the rewritten code must compute what
// the original computes, the places where an escape would change the meaning must be refused, and
// the committed bundles must be ASCII.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { asciiSource } from '../src/dev/ascii-source.ts';

/** What a script's last expression evaluates to, as JSON. */
function run(js: string): string {
  return JSON.stringify(vm.runInNewContext(js));
}

describe('asciiSource', () => {
  const programs: Array<[string, string]> = [
    ['a string', `'a … b — “c”'`],
    ['a string with a character beyond the BMP', `'ship 🚀 it'.length + ':' + 'ship 🚀 it'`],
    ['a regular expression', `[/[–—]/.test('a–b'), /é+/.exec('cafééé')[0], 'a…b…'.replace(/…/g, '.')]`],
    // The source text of an expression shows the escape; one built from it matches the same.
    ['an expression built from another one\'s source', `const dash = /[–—]/; const both = new RegExp(dash.source + '|…', 'i'); [both.test('a—b'), both.test('…'), both.test('a-b')]`],
    ['a regular expression with the u flag and an astral character', `[/^🚀$/u.test('🚀'), /[😀-🙏]/u.test('🙂'), /🚀/.test('🚀')]`],
    ['an untagged template', 'const x = 1; `x → ${x} ✓`'],
    ['an identifier', 'const café = 2; const ñ = café * 3; ñ'],
    ['a comment', '// naïve — “quoted”\n/* … */ 42'],
    ['a no-break space between tokens', 'const o = null;\n(o ||\u00a0{ a: 1 }).a'],
    ['a line separator between tokens', 'const a = 1\u2028const b = 2; a + b'],
    ['a line separator ending a comment', '// note\u2028 7 * 6'],
    ['JSON parsed from a string', `JSON.parse('{"name":"Zürich → Genève"}').name`],
  ];
  for (const [name, js] of programs) {
    it(`computes what the original computes: ${name}`, () => {
      const ascii = asciiSource(js, 'test.js');
      expect(ascii).toMatch(/^[\x00-\x7f]*$/);
      expect(run(ascii)).toBe(run(js));
    });
  }

  it('leaves ASCII code as it is', () => {
    const js = 'const a = "plain"; a';
    expect(asciiSource(js, 'test.js')).toBe(js);
  });

  it("refuses a tagged template's raw text, which would see the escape", () => {
    expect(() => asciiSource('String.raw`a…b`', 'dist/x.js')).toThrow(/dist\/x\.js:1:\d+: .*tagged template/);
  });

  it('refuses a character right after a backslash, which would become a literal escape', () => {
    expect(() => asciiSource("'a\\é'", 'dist/x.js')).toThrow(/dist\/x\.js:1:\d+: .*after a backslash/);
  });

  it('keeps an escaped backslash before a character as it is', () => {
    const js = "'a\\\\é'";
    expect(run(asciiSource(js, 'test.js'))).toBe(run(js));
  });

  it('the committed bundles are ASCII', () => {
    const dist = join(import.meta.dirname, '..', 'dist');
    const files = ['cli.js', 'index.js', ...['cli', 'action', 'launch'].flatMap((d) => readdirSync(join(dist, d)).filter((n) => n.endsWith('.js')).map((n) => join(d, n)))];
    const wide = files.filter((f) => /[^\x00-\x7f]/.test(readFileSync(join(dist, f), 'utf8')));
    expect(wide).toEqual([]);
    expect(files.length).toBeGreaterThan(10);
  });
});
