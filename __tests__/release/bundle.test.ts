// What a release promises about dist/ (src/dev/bundle-licenses.ts, check-dist.ts,
// check-reproducible.ts): every bundled package listed with its version and license, nothing
// native, nothing loaded from outside dist/, and two builds compared byte for byte. Fixtures are
// small dist/ folders and packages written here; the last tests scan the committed bundles.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describePackage, packageDirOf, packageDirsFromStats, parseLicenses, renderLicenses, type BundledPackage } from '../../src/dev/bundle-licenses.ts';
import { allowedWasm, checkLicenses, embeddedWasm, packagesNamedInBundle, productionPackages, scanCode, scanFiles } from '../../src/dev/check-dist.ts';
import { compareTrees, treeDigest } from '../../src/dev/check-reproducible.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});
function tree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'slam-bundle-'));
  temps.push(root);
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), content);
  }
  return root;
}

describe('the bundled packages, from webpack stats', () => {
  it('packageDirOf takes the folder of the innermost package, scoped or not', () => {
    expect(packageDirOf('/r/node_modules/yaml/dist/index.js')).toBe('/r/node_modules/yaml');
    expect(packageDirOf('/r/node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js')).toBe('/r/node_modules/@actions/github/node_modules/@actions/http-client');
    expect(packageDirOf('C:\\r\\node_modules\\undici\\index.js')).toBe('C:/r/node_modules/undici');
    expect(packageDirOf('/r/src/cli.ts')).toBeNull();
    expect(packageDirOf('/r/node_modules/@scope')).toBeNull();
  });

  it('packageDirsFromStats reads modules in chunks and the modules concatenated into them, not externals or orphans', () => {
    const stats = {
      modules: [
        { nameForCondition: '/r/src/cli.ts', chunks: [1], modules: [{ nameForCondition: '/r/node_modules/@actions/core/lib/core.js' }, { nameForCondition: '/r/src/args.ts' }] },
        { nameForCondition: null, identifier: 'external "node:fs"', chunks: [1] },
        { identifier: '/r/node_modules/ncc/loaders/ts-loader.js!/r/node_modules/yaml/dist/index.js|abc', chunks: [2] },
        { nameForCondition: '/r/node_modules/left-pad/index.js', chunks: [] },
        { nameForCondition: '/r/node_modules/yaml/dist/compose.js', chunks: [2] },
        // ncc's stand-in for an optional module that is not installed is ncc's code, not a package.
        { nameForCondition: '/r/node_modules/@vercel/ncc/dist/ncc/@@notfound.js?kerberos', chunks: [2] },
      ],
    };
    expect(packageDirsFromStats(stats)).toEqual(['/r/node_modules/@actions/core', '/r/node_modules/yaml']);
  });

  it('describePackage reads name, version, license and license files; a package without a license stops the build', () => {
    const root = tree({
      'a/package.json': JSON.stringify({ name: 'a', version: '1.0.0', license: 'MIT' }),
      'a/LICENSE.md': '\uFEFFMIT License\r\n\r\nCopyright   \r\n',
      'a/NOTICE': 'notice',
      'a/README.md': 'not a license',
      'b/package.json': JSON.stringify({ name: 'b', version: '2.0.0', licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] }),
      'c/package.json': JSON.stringify({ name: 'c', version: '3.0.0' }),
    });
    expect(describePackage(join(root, 'a'))).toEqual({ name: 'a', version: '1.0.0', license: 'MIT', files: [{ name: 'LICENSE.md', text: 'MIT License\n\nCopyright' }, { name: 'NOTICE', text: 'notice' }] });
    expect(describePackage(join(root, 'b'))).toMatchObject({ license: '(MIT OR Apache-2.0)', files: [] });
    expect(() => describePackage(join(root, 'c'))).toThrow(/^c@3\.0\.0 is bundled into dist\/ but declares no license in its package.json/);
    expect(() => describePackage(join(root, 'missing'))).toThrow(/has no package.json/);
  });

  it('renderLicenses lists each name and version once, sorted, whatever the order found, and parseLicenses reads it back', () => {
    const p = (name: string, version: string, files: BundledPackage['files'] = []): BundledPackage => ({ name, version, license: 'MIT', files });
    const pkgs = [p('yaml', '2.9.1', [{ name: 'LICENSE', text: 'ISC text' }]), p('@actions/http-client', '4.0.1'), p('@actions/http-client', '3.0.2'), p('yaml', '2.9.1')];
    const text = renderLicenses(pkgs);
    expect(renderLicenses([...pkgs].reverse())).toBe(text);
    expect(text).toContain('3 packages');
    expect(text).toContain('(The package ships no license file; its package.json declares MIT.)');
    expect(text).toContain('--- LICENSE ---\n\nISC text');
    expect(parseLicenses(text).map((e) => `${e.name}@${e.version} ${e.license}`)).toEqual(['@actions/http-client@3.0.2 MIT', '@actions/http-client@4.0.1 MIT', 'yaml@2.9.1 MIT']);
  });
});

describe('checkLicenses: a bundled package without its entry fails', () => {
  const pkg = (name: string, version: string, license = 'MIT'): BundledPackage => ({ name, version, license, files: [] });
  const production = new Set(['a@1.0.0', 'b@2.0.0']);

  it('passes when every bundled package has an entry and every entry is a production dependency', () => {
    expect(checkLicenses(renderLicenses([pkg('a', '1.0.0'), pkg('b', '2.0.0')]), ['a@1.0.0', 'b@2.0.0', 'a@1.0.0'], production)).toEqual([]);
  });

  it('fails on a bundled package that has no entry, a development package, and an entry without a license', () => {
    const text = renderLicenses([pkg('a', '1.0.0', ''), pkg('vitest', '5.1.1')]);
    expect(checkLicenses(text, ['a@1.0.0', 'b@2.0.0'], production).map((f) => f.message)).toEqual([
      'a@1.0.0 has no license',
      'vitest@5.1.1 is not a production dependency in package-lock.json: a development package is bundled, or the lock file changed',
      'b@2.0.0 is bundled (named in the bundle\'s module comments) but has no license entry',
    ]);
  });

  it('fails on a licenses file that the build did not write (ncc\'s own format)', () => {
    expect(checkLicenses('@actions/github\nMIT\nThe MIT License\n', ['a@1.0.0'], production)).toEqual([
      { file: 'licenses.txt', message: 'lists no package: it was not written by npm run build (src/dev/bundle-licenses.ts)' },
    ]);
  });

  it('productionPackages leaves out what the lock file installs for development only', () => {
    const lock = { packages: { '': { version: '0.1.0' }, 'node_modules/yaml': { version: '2.9.1' }, 'node_modules/vitest': { version: '5.1.1', dev: true }, 'node_modules/a/node_modules/@s/b': { version: '1.0.0' } } };
    expect([...productionPackages(lock)].sort()).toEqual(['@s/b@1.0.0', 'yaml@2.9.1']);
  });

  it('packagesNamedInBundle reads webpack\'s module comments, including the ";"-prefixed ones', () => {
    const root = tree({
      'node_modules/yaml/package.json': JSON.stringify({ name: 'yaml', version: '2.9.1' }),
      'node_modules/@actions/core/package.json': JSON.stringify({ name: '@actions/core', version: '3.0.1' }),
      'dist/x/index.js': ';// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js\n// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js\nvar x = 1; // CONCATENATED MODULE: ./node_modules/not/at-line-start.js\n',
    });
    expect([...packagesNamedInBundle(join(root, 'dist'), root).values()].sort()).toEqual(['@actions/core@3.0.1', 'yaml@2.9.1']);
  });
});

describe('scanCode: nothing is loaded from outside dist/', () => {
  const scan = (code: string, files: Record<string, string> = {}) => {
    const root = tree(files);
    return scanCode(join(root, 'cli', 'index.js'), code, root).map((f) => `${f.line}: ${f.message}`);
  };

  it('allows Node built-ins, ncc\'s chunk loader and literal imports inside dist/', () => {
    const code = [
      'import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";',
      'const fs = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");',
      'const p = (0, m.createRequire)(import.meta.url)("node:path");',
      'await import("./" + __nccwpck_require__.u(chunkId));',
      "await import('./284.index.js');",
      'if (typeof __nccwpck_require__ !== "undefined") __nccwpck_require__.ab = "/x/";',
      '// require(name) and import(x) in a comment do not count',
      'const template = `require("ajv/dist/runtime/equal")`; const s = "import(y)";',
    ].join('\n');
    expect(scan(code)).toEqual([]);
  });

  it('flags computed and package requires, resolves, imports that leave dist/, ncc asset reads and dlopen, with their lines', () => {
    const code = [
      'const a = require(name);',
      'const b = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("left-pad");',
      'const c = createRequire(import.meta.url).resolve("some-package/data.json");',
      'await import(userPath);',
      "await import('../../outside.js');",
      "await import('left-pad');",
      'const addon = __nccwpck_require__.ab + "build/Release/addon.node";',
      'process.dlopen(module, file);',
    ].join('\n');
    expect(scan(code)).toEqual([
      '1: require() of a computed value: what it loads cannot be known before it runs',
      "2: createRequire()() 'left-pad': a module outside dist/ (only Node built-ins may be required)",
      "3: createRequire().resolve() 'some-package/data.json': a module outside dist/ (only Node built-ins may be required)",
      "4: import() of a computed path that is not ncc's chunk loader",
      "5: import('../../outside.js') leaves dist/",
      "6: import('left-pad'): a module outside dist/",
      '7: __nccwpck_require__.ab: loads a relocated asset (how ncc loads .node files)',
      '8: dlopen(): loads a native addon',
    ]);
  });

  it('allows the SPDX list\'s resolve() fallback only while dist/spdx-index.json exists', () => {
    const code = "const p = existsSync(beside) ? beside : (0, m.createRequire)(import.meta.url).resolve('spdx-license-list/spdx-full.json');";
    expect(scan(code, { 'spdx-index.json': '{}' })).toEqual([]);
    expect(scan(code)).toEqual(["1: createRequire().resolve() 'spdx-license-list/spdx-full.json' is a fallback for dist/spdx-index.json, which is missing"]);
  });
});

describe('scanFiles: no native code, no foreign WebAssembly', () => {
  const wasm = Buffer.from([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);

  it('flags native files by name and content, files that are not JavaScript, JSON or text, and WebAssembly embedded in JavaScript', () => {
    const root = tree({
      'index.js': 'export {};\n',
      'licenses.txt': 'text',
      'addon.node': 'x',
      'parser.wasm': wasm,
      'chunk.js': Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.from('rest')]),
      'logo.png': 'x',
      'other.js': `module.exports = Buffer.from('${wasm.toString('base64')}', 'base64');\n`,
    });
    expect(scanFiles(root, new Set()).map((f) => `${f.file}: ${f.message}`)).toEqual([
      'addon.node: native code or WebAssembly by its name',
      'chunk.js: ELF executable by its content',
      'logo.png: not JavaScript, JSON or text: dist/ should hold nothing else',
      `other.js: embedded WebAssembly (${wasm.toString('base64').length} base64 characters) that is not one an allowed package ships (undici's llhttp, @azure/storage-common's CRC-64)`,
      'parser.wasm: native code or WebAssembly by its name',
      'parser.wasm: WebAssembly module by its content',
    ]);
  });

  it('allows undici\'s llhttp and Azure storage\'s CRC-64 exactly as the installed packages ship them', () => {
    const allowed = allowedWasm(ROOT);
    // undici ships llhttp and llhttp_simd; @azure/storage-common one CRC-64 module (the same in its CommonJS and ESM builds).
    expect(allowed.size).toBe(3);
    const [blob] = [...allowed];
    const root = tree({ 'a.js': `x = Buffer.from('${blob}', 'base64')`, 'b.js': `x = Buffer.from('${blob.slice(0, -8)}AAAAAAA=', 'base64')` });
    expect(scanFiles(root, allowed).map((f) => f.file)).toEqual(['b.js']);
    expect(embeddedWasm(`'${blob}' and "AGFzbQEAAAA="`)).toEqual([blob, 'AGFzbQEAAAA=']);
  });
});

describe('the committed bundles', () => {
  it('hold only JavaScript, JSON and text, embed no WebAssembly but undici\'s and Azure storage\'s CRC-64, and load nothing from outside dist/', () => {
    expect(existsSync(join(DIST, 'cli.js')), 'dist/ is committed').toBe(true);
    expect(scanFiles(DIST, allowedWasm(ROOT))).toEqual([]);
    for (const f of ['index.js', 'cli.js', 'action/index.js', 'cli/index.js']) expect(scanCode(join(DIST, f), readFileSync(join(DIST, f), 'utf8'), DIST)).toEqual([]);
  });
});

describe('compareTrees and treeDigest: two builds, byte for byte', () => {
  it('finds nothing in identical trees and gives them the same digest', () => {
    const a = tree({ 'x.js': 'same', 'sub/y.js': 'also' });
    const b = tree({ 'x.js': 'same', 'sub/y.js': 'also' });
    expect(compareTrees(a, b)).toEqual([]);
    expect(treeDigest(a)).toBe(treeDigest(b));
  });

  it('lists files only in one tree, different bytes with the first differing offset, and a different executable bit', () => {
    const a = tree({ 'x.js': 'abcdef', 'only-a.js': '', 'cli.js': '#!' });
    const b = tree({ 'x.js': 'abcXef!', 'only-b.js': '', 'cli.js': '#!' });
    chmodSync(join(a, 'cli.js'), 0o755);
    expect(compareTrees(a, b)).toEqual([
      { path: 'cli.js', what: 'executable in one build only' },
      { path: 'only-a.js', what: 'only in the first build' },
      { path: 'only-b.js', what: 'only in the second build' },
      { path: 'x.js', what: 'different bytes from offset 3 (6 and 7 bytes)' },
    ]);
    expect(treeDigest(a)).not.toBe(treeDigest(b));
  });
});
