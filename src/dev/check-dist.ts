// `node src/dev/check-dist.ts [dist]`: what a release promises about dist/, checked on the files.
//
// - Only JavaScript, JSON and text: no native addon (.node, ELF, PE, Mach-O), no .wasm file, and
//   no WebAssembly embedded in the JavaScript except undici's llhttp parser and the CRC-64 of
//   @azure/storage-common (bundled by @actions/artifact), compared byte for byte with the copies in
//   the installed packages (a new blob fails until it is reviewed).
// - Nothing loaded from outside dist/: every require() and module resolution names a Node
//   built-in, every import() is a literal path or ncc's own chunk loader, and ncc's relocated
//   asset base (__nccwpck_require__.ab, how ncc loads .node files) is never used. The code is
//   parsed (TypeScript's parser), so comments and strings that merely mention require() do not count.
// - dist/licenses.txt names every bundled package with its version and license: every package
//   the bundle's module comments name, each of them a production dependency in package-lock.json.
// Exits 1 and lists every problem, or prints a one-line summary.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { packageDirOf, parseLicenses } from './bundle-licenses.ts';

export interface Finding {
  file: string;
  line?: number;
  message: string;
}

/** Module resolutions that are allowed although they name a package, and why. */
const ALLOWED_RESOLUTIONS: Record<string, string> = {
  // src/facts/spdx/identify.ts: the fallback used when running from the sources; the bundle reads
  // dist/spdx-index.json, which this check requires, so the fallback is never taken from dist/.
  'spdx-license-list/spdx-full.json': 'spdx-index.json',
};

const TEXT_EXTENSIONS = /\.(js|json|txt)$/;
const NATIVE_EXTENSIONS = /\.(node|wasm|so|dll|dylib|exe)$/i;
const MAGIC: [string, Buffer][] = [
  ['WebAssembly module', Buffer.from([0x00, 0x61, 0x73, 0x6d])],
  ['ELF executable', Buffer.from([0x7f, 0x45, 0x4c, 0x46])],
  ['Windows executable', Buffer.from('MZ')],
  ['Mach-O binary', Buffer.from([0xcf, 0xfa, 0xed, 0xfe])],
  ['Mach-O binary', Buffer.from([0xce, 0xfa, 0xed, 0xfe])],
  ['Mach-O universal binary', Buffer.from([0xca, 0xfe, 0xba, 0xbe])],
];
/** "\0asm" in base64, the start of an embedded WebAssembly module. */
const WASM_BASE64 = 'AGFzbQ';

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out.sort();
}

/** Base64 WebAssembly payloads in a text: each run of base64 characters starting with "\0asm". */
export function embeddedWasm(text: string): string[] {
  const out: string[] = [];
  for (let at = text.indexOf(WASM_BASE64); at >= 0; at = text.indexOf(WASM_BASE64, at + 1)) {
    let end = at;
    while (end < text.length && /[A-Za-z0-9+/=]/.test(text[end])) end++;
    out.push(text.slice(at, end));
    at = end - 1;
  }
  return out;
}

/**
 * The only WebAssembly the bundle may embed, byte for byte as the installed packages ship it (as
 * base64 inside their JavaScript, never as a .wasm file): undici's llhttp HTTP parser, and the
 * CRC-64 of @azure/storage-common, which @actions/artifact's blob upload bundles. Each is a
 * published build of open source code that the real clients need; anything else is refused.
 */
const ALLOWED_WASM_SOURCES: readonly { dir: string[]; file: (name: string) => boolean }[] = [
  { dir: ['undici', 'lib', 'llhttp'], file: (n) => n.endsWith('-wasm.js') },
  { dir: ['@azure', 'storage-common', 'dist', 'commonjs'], file: (n) => n === 'crc64.js' },
  { dir: ['@azure', 'storage-common', 'dist', 'esm'], file: (n) => n === 'crc64.js' },
];

export function allowedWasm(root: string): Set<string> {
  const out = new Set<string>();
  for (const source of ALLOWED_WASM_SOURCES) {
    const dir = join(root, 'node_modules', ...source.dir);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter(source.file)) for (const w of embeddedWasm(readFileSync(join(dir, f), 'utf8'))) out.add(w);
  }
  return out;
}

function isLiteral(n: ts.Node | undefined): n is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral {
  return n !== undefined && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n));
}

/** `createRequire(...)` or webpack's `__WEBPACK_EXTERNAL_createRequire(...)`, possibly as `(0, x.createRequire)(...)`. */
function isCreateRequireCall(n: ts.Node): boolean {
  if (!ts.isCallExpression(n)) return false;
  let callee: ts.Node = n.expression;
  while (ts.isParenthesizedExpression(callee)) callee = callee.expression;
  if (ts.isBinaryExpression(callee) && callee.operatorToken.kind === ts.SyntaxKind.CommaToken) callee = callee.right;
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
  return name === 'createRequire' || name === '__WEBPACK_EXTERNAL_createRequire';
}

/** ncc's chunk loader: `import("./" + __nccwpck_require__.u(chunkId))`, which loads a sibling chunk. */
function isChunkLoader(arg: ts.Node): boolean {
  if (!ts.isBinaryExpression(arg) || arg.operatorToken.kind !== ts.SyntaxKind.PlusToken) return false;
  const call = arg.right;
  return (
    isLiteral(arg.left) &&
    arg.left.text === './' &&
    ts.isCallExpression(call) &&
    ts.isPropertyAccessExpression(call.expression) &&
    ts.isIdentifier(call.expression.expression) &&
    call.expression.expression.text === '__nccwpck_require__' &&
    call.expression.name.text === 'u'
  );
}

/** Every way the code in one file of dist/ loads something: require, resolve, import(), ncc's asset base, dlopen. */
export function scanCode(path: string, text: string, dist: string): Finding[] {
  const file = relative(dist, path);
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const findings: Finding[] = [];
  const at = (n: ts.Node, message: string) => findings.push({ file, line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1, message });
  const checkSpecifier = (n: ts.Node, arg: ts.Node | undefined, how: string) => {
    if (!isLiteral(arg)) return at(n, `${how} of a computed value: what it loads cannot be known before it runs`);
    if (isBuiltin(arg.text)) return;
    const besides = ALLOWED_RESOLUTIONS[arg.text];
    if (besides !== undefined) {
      if (!existsSync(join(dist, besides))) at(n, `${how} '${arg.text}' is a fallback for dist/${besides}, which is missing`);
      return;
    }
    at(n, `${how} '${arg.text}': a module outside dist/ (only Node built-ins may be required)`);
  };
  const stack: ts.Node[] = [sf];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (ts.isCallExpression(n)) {
      const callee = n.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword) {
        const arg = n.arguments[0];
        if (isLiteral(arg)) {
          if (!arg.text.startsWith('./') && !arg.text.startsWith('../') && !isBuiltin(arg.text)) at(n, `import('${arg.text}'): a module outside dist/`);
          else if (!isBuiltin(arg.text) && relative(dist, resolve(path, '..', arg.text)).startsWith('..')) at(n, `import('${arg.text}') leaves dist/`);
        } else if (!(arg && isChunkLoader(arg))) at(n, 'import() of a computed path that is not ncc\'s chunk loader');
      } else if (ts.isIdentifier(callee) && callee.text === 'require') checkSpecifier(n, n.arguments[0], 'require()');
      else if (isCreateRequireCall(callee)) checkSpecifier(n, n.arguments[0], 'createRequire()()');
      else if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'resolve' && isCreateRequireCall(callee.expression)) checkSpecifier(n, n.arguments[0], 'createRequire().resolve()');
      else if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'dlopen') at(n, 'dlopen(): loads a native addon');
    } else if (ts.isPropertyAccessExpression(n) && n.name.text === 'ab' && ts.isIdentifier(n.expression) && n.expression.text === '__nccwpck_require__') {
      // Defined by ncc's runtime in every bundle; only a read means an asset is loaded from it.
      const parent = n.parent;
      const isDefinition = ts.isBinaryExpression(parent) && parent.left === n && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
      if (!isDefinition) at(n, '__nccwpck_require__.ab: loads a relocated asset (how ncc loads .node files)');
    }
    ts.forEachChild(n, (c) => {
      stack.push(c);
    });
  }
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Files that are not JavaScript, JSON or text, native code by name or content, and foreign WebAssembly. */
export function scanFiles(dist: string, allowed: Set<string>): Finding[] {
  const findings: Finding[] = [];
  for (const path of listFiles(dist)) {
    const file = relative(dist, path);
    if (NATIVE_EXTENSIONS.test(file)) findings.push({ file, message: 'native code or WebAssembly by its name' });
    else if (!TEXT_EXTENSIONS.test(file)) findings.push({ file, message: 'not JavaScript, JSON or text: dist/ should hold nothing else' });
    const bytes = readFileSync(path);
    for (const [what, magic] of MAGIC) if (bytes.subarray(0, magic.length).equals(magic)) findings.push({ file, message: `${what} by its content` });
    if (file.endsWith('.js'))
      for (const w of embeddedWasm(bytes.toString('utf8')))
        if (!allowed.has(w)) findings.push({ file, message: `embedded WebAssembly (${w.length} base64 characters) that is not one an allowed package ships (undici's llhttp, @azure/storage-common's CRC-64)` });
  }
  return findings;
}

/** The packages the bundles name in webpack's module comments ("// CONCATENATED MODULE: ./node_modules/x/..."). */
export function packagesNamedInBundle(dist: string, root: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /^;?\/\/ (?:CONCATENATED|EXTERNAL) MODULE: (\.\/node_modules\/[^\s]+)/gm;
  for (const path of listFiles(dist).filter((p) => p.endsWith('.js'))) {
    for (const m of readFileSync(path, 'utf8').matchAll(re)) {
      const dir = packageDirOf(join(root, m[1]));
      if (!dir || out.has(dir)) continue;
      const manifest = join(dir, 'package.json');
      if (!existsSync(manifest)) continue;
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      out.set(dir, `${pkg.name}@${pkg.version}`);
    }
  }
  return out;
}

interface LockFile {
  packages?: Record<string, { version?: string; dev?: boolean; name?: string }>;
}

/** name@version of every package the lock file installs for production (not only for development). */
export function productionPackages(lock: LockFile): Set<string> {
  const out = new Set<string>();
  for (const [key, p] of Object.entries(lock.packages ?? {})) {
    if (!key || p.dev === true) continue;
    const at = key.lastIndexOf('node_modules/');
    const name = p.name ?? key.slice(at + 'node_modules/'.length);
    out.add(`${name}@${p.version}`);
  }
  return out;
}

export function checkLicenses(licensesText: string, named: Iterable<string>, production: Set<string>): Finding[] {
  const file = 'licenses.txt';
  const findings: Finding[] = [];
  const entries = parseLicenses(licensesText);
  if (entries.length === 0) return [{ file, message: 'lists no package: it was not written by npm run build (src/dev/bundle-licenses.ts)' }];
  const listed = new Set<string>();
  for (const e of entries) {
    const key = `${e.name}@${e.version}`;
    if (!e.name || !e.version) findings.push({ file, line: e.line, message: 'an entry without a package name or version' });
    else if (listed.has(key)) findings.push({ file, line: e.line, message: `${key} is listed twice` });
    if (!e.license) findings.push({ file, line: e.line, message: `${key} has no license` });
    if (e.name && !production.has(key)) findings.push({ file, line: e.line, message: `${key} is not a production dependency in package-lock.json: a development package is bundled, or the lock file changed` });
    listed.add(key);
  }
  for (const key of new Set(named)) if (!listed.has(key)) findings.push({ file, message: `${key} is bundled (named in the bundle's module comments) but has no license entry` });
  return findings;
}

export function checkDist(dist: string, root: string): Finding[] {
  const findings = scanFiles(dist, allowedWasm(root));
  for (const path of listFiles(dist).filter((p) => p.endsWith('.js'))) findings.push(...scanCode(path, readFileSync(path, 'utf8'), dist));
  const licenses = join(dist, 'licenses.txt');
  if (!existsSync(licenses)) findings.push({ file: 'licenses.txt', message: 'missing' });
  else {
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as LockFile;
    findings.push(...checkLicenses(readFileSync(licenses, 'utf8'), packagesNamedInBundle(dist, root).values(), productionPackages(lock)));
  }
  return findings;
}

if (import.meta.main) {
  const root = resolve(import.meta.dirname, '..', '..');
  const dist = resolve(process.argv[2] ?? join(root, 'dist'));
  const findings = checkDist(dist, root);
  if (findings.length > 0) {
    console.error(`dist/ breaks ${findings.length} promise(s) of a release:`);
    for (const f of findings) console.error(`  dist/${f.file}${f.line ? `:${f.line}` : ''}: ${f.message}`);
    process.exit(1);
  }
  const count = parseLicenses(readFileSync(join(dist, 'licenses.txt'), 'utf8')).length;
  console.log(`dist/ holds only JavaScript, JSON and text, loads nothing from outside dist/, and licenses.txt lists all ${count} bundled packages`);
}
