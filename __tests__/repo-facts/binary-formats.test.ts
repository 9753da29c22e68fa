// Executables are what their format says (OSPS-QA-05.01): headers are checked by structure, and
// data that only starts like an executable — a protobuf file, random bytes, a blob beginning
// CAFEBABE — is not one.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rootCertificates } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { gatherArtifacts } from '../../src/facts/artifacts.ts';
import { identify } from '../../src/facts/binary-formats.ts';
import { RepoSnapshot } from '../../src/facts/snapshot.ts';
import {
  arOfNotes,
  bsdArchive,
  cafebabeData,
  elfObject,
  fatMachO,
  gnuArchive,
  javaClass,
  machOHeader,
  peHeader,
  protobufMessage,
  randomBytes,
  staticLibrary,
  tinyElf,
  zipOf,
} from '../helpers/binaries.ts';
import { makeRepo } from '../helpers/repo.ts';

describe('identify: executables by their structure', () => {
  it.each([
    ['a tiny ELF executable', tinyElf(), '', 'ELF executable'],
    ['a PE executable', peHeader(), 'exe', 'Windows executable (PE)'],
    ['a PE DLL', peHeader(true), 'dll', 'Windows DLL (PE)'],
    ['a Mach-O executable', machOHeader(), '', 'Mach-O executable'],
    ['a universal Mach-O', fatMachO(), '', 'Mach-O universal binary'],
    ['a Java class', javaClass(), 'class', 'Java class file'],
    ['a WebAssembly module', Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 5, 1, 0x60, 0, 0]), 'wasm', 'WebAssembly module'],
    ['Dalvik bytecode', Buffer.concat([Buffer.from('dex\n035\0', 'latin1'), Buffer.alloc(8)]), 'dex', 'Dalvik bytecode'],
    ['a static library', staticLibrary(), 'a', 'static library (ar archive of object files)'],
    ['Python bytecode', Buffer.concat([Buffer.from([0xcb, 0x0d, 0x0d, 0x0a]), Buffer.alloc(16)]), 'pyc', 'Python bytecode'],
    ['a jar', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(30)]), 'jar', 'Java archive'],
  ])('%s', (_name, bytes, ext, what) => {
    expect(identify(bytes, ext)).toEqual({ kind: 'executable', what });
  });

  it.each([
    ['a protobuf message named .bin', protobufMessage(), 'bin'],
    ['random bytes named .bin', randomBytes(4096), 'bin'],
    ['data that starts with CAFEBABE', cafebabeData(), 'bin'],
    ['CAFEBABE with a sane version but no constant pool', Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 61, 0, 0, 0, 0]), 'class'],
    ['an ELF magic with no machine and no type', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(64)]), ''],
    ['MZ whose e_lfanew points at nothing', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x41)]), 'exe'],
    ['\\0asm of another version', Buffer.from([0, 0x61, 0x73, 0x6d, 2, 0, 0, 0]), 'wasm'],
    ['a Mach-O magic with an unknown CPU', Buffer.concat([Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 0x99, 0, 0, 0]), Buffer.alloc(32)]), ''],
  ])('not an executable: %s', (_name, bytes, ext) => {
    expect(identify(bytes, ext)?.kind).not.toBe('executable');
  });

  it('archives and media are told apart, and a zip is a package only by its name', () => {
    expect(identify(arOfNotes(), '')).toEqual({ kind: 'archive', what: 'ar archive' });
    expect(identify(Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(30)]), 'zip')).toEqual({ kind: 'archive', what: 'ZIP archive' });
    expect(identify(Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(8)]), 'bin')).toEqual({ kind: 'media', what: 'media' });
    expect(identify(Buffer.from('#!/bin/sh\necho hi\n'), '')).toBeNull();
  });

  it("a jar whose whole listing holds no compiled code is an archive (commons-io's src/test/resources/…/test.jar: a manifest and text files)", () => {
    const texts = zipOf([['META-INF/', ''], ['META-INF/MANIFEST.MF', 'Manifest-Version: 1.0\n'], ['dir1/f1', ''], ['file1.txt', 'hello\n']], 'a comment');
    expect(identify(texts, 'jar')).toEqual({ kind: 'archive', what: 'Java archive holding no compiled code (4 entries)' });
    // A class file, a native library or a nested package among the entries keeps it a package of code.
    for (const code of ['org/x/A.class', 'lib/native.so', 'WEB-INF/lib/dep.jar', 'classes.dex', 'exe'])
      expect(identify(zipOf([['META-INF/MANIFEST.MF', 'Manifest-Version: 1.0\n'], [code, 'x']]), 'jar')).toEqual({ kind: 'executable', what: 'Java archive' });
    // Only the head of a larger file: its listing is not there to read.
    expect(identify(texts.subarray(0, texts.length - 40), 'jar')).toEqual({ kind: 'executable', what: 'Java archive' });
    const r = makeRepo({ 'src/test/resources/org/x/test.jar': texts });
    try {
      const a = gatherArtifacts(RepoSnapshot.open(r.root));
      expect([a.executables, a.testData]).toEqual([[], [{ path: 'src/test/resources/org/x/test.jar', what: 'Java archive holding no compiled code (4 entries)' }]]);
    } finally {
      r.cleanup();
    }
  });
  it("a wheel tagged none-any holds no compiled code (twine's tests/fixtures/twine-6.2.0-py3-none-any.whl); a platform wheel is a package of it", () => {
    const zip = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(30)]);
    expect(identify(zip, 'whl', zip.length, 'twine-6.2.0-py3-none-any.whl')).toEqual({ kind: 'archive', what: 'Python wheel of pure Python (tags none-any: no compiled code)' });
    expect(identify(zip, 'whl', zip.length, 'six-1.16.0-py2.py3-none-any.whl')?.kind).toBe('archive');
    expect(identify(zip, 'whl', zip.length, 'numpy-2.1.0-cp312-cp312-manylinux_2_17_x86_64.whl')).toEqual({ kind: 'executable', what: 'Python wheel' });
    expect(identify(zip, 'whl', zip.length, 'cffi-1.17.1-cp313-none-win_amd64.whl')).toEqual({ kind: 'executable', what: 'Python wheel' });
    const r = makeRepo({ 'tests/fixtures/twine-4.0.2-py3-none-any.whl': zip, 'dist/ext-1.0-cp312-abi3-macosx_11_0_arm64.whl': zip });
    try {
      const a = gatherArtifacts(RepoSnapshot.open(r.root));
      expect(a.executables).toEqual([{ path: 'dist/ext-1.0-cp312-abi3-macosx_11_0_arm64.whl', what: 'Python wheel' }]);
      expect(a.testData.map((f) => f.path)).toEqual(['tests/fixtures/twine-4.0.2-py3-none-any.whl']);
    } finally {
      r.cleanup();
    }
  });

  it('a Figma design file (fig-kiwi) is a graphic asset, not data of no recognised format', () => {
    // vite's docs/images/diagrams.fig, the source of the SVG diagrams beside it.
    const fig = Buffer.concat([Buffer.from('fig-kiwi', 'latin1'), Buffer.from([0x0f, 0, 0, 0, 0xcf, 0x2b, 0, 0]), randomBytes(64)]);
    expect(identify(fig, 'fig')).toEqual({ kind: 'media', what: 'media' });
  });

  it('an Affinity design file (00 FF 4B 41) is a graphic asset, not data of no recognised format', () => {
    // attrs's docs/_static/"social card.afdesign", the source of its social card image.
    const af = Buffer.concat([Buffer.from([0x00, 0xff, 0x4b, 0x41, 0x0b, 0x00, 0x04, 0x00]), Buffer.from('nsrP#Inf', 'latin1'), randomBytes(64)]);
    expect(identify(af, 'afdesign')).toEqual({ kind: 'media', what: 'media' });
  });

  it('an office document (Office Open XML, OpenDocument) is content like a PDF, not an archive of build output', () => {
    // chainsaw's .assets/kyverno-chainsaw-logo.pptx, the source of the logo beside it.
    const pptx = zipOf([['[Content_Types].xml', '<Types/>'], ['_rels/.rels', '<Relationships/>'], ['ppt/presentation.xml', '<p:presentation/>']]);
    expect(identify(pptx, 'pptx')).toEqual({ kind: 'media', what: 'media' });
    // Only its head: the first entry is enough.
    expect(identify(pptx.subarray(0, 64), 'pptx')).toEqual({ kind: 'media', what: 'media' });
    const odt = zipOf([['mimetype', 'application/vnd.oasis.opendocument.text'], ['content.xml', '<office:document-content/>']]);
    expect(identify(odt, 'odt')).toEqual({ kind: 'media', what: 'media' });
    // Another ZIP named .pptx, and a macro-enabled presentation, stay archives.
    expect(identify(zipOf([['payload.bin', 'x']]), 'pptx')).toEqual({ kind: 'archive', what: 'ZIP archive' });
    expect(identify(pptx, 'pptm')).toEqual({ kind: 'archive', what: 'ZIP archive' });
  });

  it('the tiny ELF is a real program: Linux on x86-64 runs it and it exits 42', () => {
    if (process.platform !== 'linux' || process.arch !== 'x64') return;
    const dir = mkdtempSync(join(tmpdir(), 'slam-elf-'));
    try {
      const path = join(dir, 'tiny');
      writeFileSync(path, tinyElf());
      chmodSync(path, 0o755);
      let status: number | null = null;
      try {
        execFileSync(path, { stdio: 'ignore' });
        status = 0;
      } catch (e) {
        status = (e as { status: number | null }).status;
      }
      expect(status).toBe(42);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('identify: DER certificates and keys are data of a documented format', () => {
  // A real X.509 certificate (one of Node's root CAs) and real keys, in DER.
  const cert = Buffer.from(rootCertificates[0].replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
  const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const seq = (...parts: Buffer[]) => {
    const body = Buffer.concat(parts);
    return Buffer.concat([Buffer.from(body.length < 0x80 ? [0x30, body.length] : body.length < 0x100 ? [0x30, 0x81, body.length] : [0x30, 0x82, body.length >> 8, body.length & 0xff]), body]);
  };
  const oid = Buffer.from([0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01]);

  it.each([
    ['an X.509 certificate', cert, 'der', 'X.509 certificate (DER)'],
    ['a PKCS#8 private key', rsa.privateKey.export({ type: 'pkcs8', format: 'der' }), 'der', 'PKCS#8 private key (DER)'],
    ['a PKCS#1 RSA private key', rsa.privateKey.export({ type: 'pkcs1', format: 'der' }), 'key', 'RSA private key (DER)'],
    ['a SEC1 EC private key', ec.privateKey.export({ type: 'sec1', format: 'der' }), 'der', 'EC private key (DER)'],
    ['a public key', rsa.publicKey.export({ type: 'spki', format: 'der' }), 'der', 'certificate, CRL, request or public key (DER)'],
    ['a PKCS#12 store', seq(Buffer.from([0x02, 0x01, 0x03]), seq(oid, Buffer.alloc(200, 0x41))), 'p12', 'PKCS#12 key store (DER)'],
  ])('%s', (_name, bytes, ext, what) => {
    expect(identify(bytes, ext)).toEqual({ kind: 'data', what });
  });

  it('only when the SEQUENCE covers exactly the whole file, and holds a well-formed first element', () => {
    expect(identify(cert.subarray(0, 4096), 'der', cert.length)).toEqual({ kind: 'data', what: 'X.509 certificate (DER)' });
    expect(identify(Buffer.concat([cert, Buffer.from([0])]), 'der')).toBeNull();
    expect(identify(cert.subarray(0, cert.length - 1), 'der')).toBeNull();
    expect(identify(Buffer.concat([Buffer.from([0x30, 0x82, 0x01, 0x00]), Buffer.alloc(256, 0x41)]), 'bin')).toBeNull();
    expect(identify(Buffer.concat([Buffer.from([0x30, 0x82, 0x01, 0x00, 0x30, 0x82, 0x02, 0x00]), Buffer.alloc(252)]), 'bin')).toBeNull();
  });

  it('gatherArtifacts lists DER files as reviewable, not as binaries of no recognised format', () => {
    const r = makeRepo({ 'benches/data/cert-github.0.der': cert, 'assets/seed.bin': randomBytes(512) });
    try {
      const a = gatherArtifacts(RepoSnapshot.open(r.root));
      expect(a.reviewable).toEqual([{ path: 'benches/data/cert-github.0.der', what: 'X.509 certificate (DER)' }]);
      expect(a.binaries.map((f) => f.path)).toEqual(['assets/seed.bin']);
    } finally {
      r.cleanup();
    }
  });
});

describe('identify: .NET strong-name keys are data of a documented format (openssl rsa -inform MSBLOB)', () => {
  // A CryptoAPI key blob built from a real key: header, "RSA1"/"RSA2", bit length, exponent, then the numbers little-endian.
  const jwk = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'jwk' });
  const le = (b64: string | undefined, bytes: number) => {
    const be = Buffer.from(b64 ?? '', 'base64url');
    return Buffer.concat([Buffer.alloc(bytes - be.length), be]).reverse();
  };
  const header = (type: number, magic: string) => {
    const h = Buffer.alloc(20);
    h.writeUInt8(type, 0);
    h.writeUInt8(0x02, 1);
    h.writeUInt32LE(0x2400, 4);
    h.write(magic, 8, 'latin1');
    h.writeUInt32LE(1024, 12);
    h.writeUInt32LE(65537, 16);
    return h;
  };
  const pair = Buffer.concat([header(0x07, 'RSA2'), le(jwk.n, 128), le(jwk.p, 64), le(jwk.q, 64), le(jwk.dp, 64), le(jwk.dq, 64), le(jwk.qi, 64), le(jwk.d, 128)]);
  const publicBlob = Buffer.concat([header(0x06, 'RSA1'), le(jwk.n, 128)]);
  const snPrefix = Buffer.alloc(12);
  snPrefix.writeUInt32LE(0x2400, 0);
  snPrefix.writeUInt32LE(0x8004, 4);
  snPrefix.writeUInt32LE(publicBlob.length, 8);

  it.each([
    ['the key pair sn -k writes', pair, 'RSA key pair (CryptoAPI key blob, a .NET strong-name key)'],
    ['a public key blob', publicBlob, 'RSA public key (CryptoAPI key blob)'],
    ['the public key sn -p extracts', Buffer.concat([snPrefix, publicBlob]), 'RSA public key (.NET strong-name public key)'],
  ])('%s', (_name, bytes, what) => {
    expect(identify(bytes, 'snk')).toEqual({ kind: 'data', what });
  });
  it('only when the blob is exactly the whole file', () => {
    expect(identify(Buffer.concat([pair, Buffer.from([0])]), 'snk')).toBeNull();
    expect(identify(pair.subarray(0, 64), 'snk', pair.length)).toEqual({ kind: 'data', what: 'RSA key pair (CryptoAPI key blob, a .NET strong-name key)' });
    expect(identify(pair.subarray(0, 64), 'snk', pair.length - 1)).toBeNull();
  });
  it('gatherArtifacts lists a committed .snk as reviewable, not as binary data of no recognised format', () => {
    const r = makeRepo({ 'src/Widget/Dynamic.snk': pair, 'assets/seed.bin': randomBytes(512) });
    try {
      const a = gatherArtifacts(RepoSnapshot.open(r.root));
      expect(a.reviewable).toEqual([{ path: 'src/Widget/Dynamic.snk', what: 'RSA key pair (CryptoAPI key blob, a .NET strong-name key)' }]);
      expect(a.binaries.map((f) => f.path)).toEqual(['assets/seed.bin']);
    } finally {
      r.cleanup();
    }
  });
});

describe('identify: GNU gettext message catalogs are data of a documented format (msgunfmt)', () => {
  // The layout msgfmt writes: a 28-byte header, the tables of original and translated strings (length and offset of each),
  // no hash table, then the strings, each ending in NUL.
  const catalog = (pairs: [string, string][], le = true) => {
    const n = pairs.length;
    const header = Buffer.alloc(28 + n * 16);
    const w = (v: number, at: number) => (le ? header.writeUInt32LE(v, at) : header.writeUInt32BE(v, at));
    w(0x950412de, 0);
    w(n, 8);
    w(28, 12);
    w(28 + n * 8, 16);
    const strings: Buffer[] = [];
    let at = header.length;
    pairs.forEach(([id, str], i) => {
      for (const [table, s] of [[28, id], [28 + n * 8, str]] as const) {
        w(Buffer.byteLength(s), table + i * 8);
        w(at, table + i * 8 + 4);
        strings.push(Buffer.from(`${s}\0`));
        at += Buffer.byteLength(s) + 1;
      }
    });
    return Buffer.concat([header, ...strings]);
  };
  const de = catalog([['', 'Content-Type: text/plain; charset=UTF-8\n'], ['Not found.', 'Nicht gefunden.']]);

  it.each([
    ['little-endian, as msgfmt writes on most machines', de],
    ['big-endian', catalog([['Not found.', 'Introuvable.']], false)],
  ])('%s', (_name, bytes) => {
    expect(identify(bytes, 'mo')).toEqual({ kind: 'data', what: 'GNU gettext message catalog, read with msgunfmt' });
  });

  it('only when its string tables lie inside the file and the revision is one msgfmt writes', () => {
    expect(identify(de.subarray(0, 40), 'mo', de.length)).toEqual({ kind: 'data', what: 'GNU gettext message catalog, read with msgunfmt' });
    expect(identify(de.subarray(0, 40), 'mo')).toBeNull();
    const future = Buffer.from(de);
    future.writeUInt32LE(0x00020000, 4);
    expect(identify(future, 'mo')).toBeNull();
    expect(identify(Buffer.concat([Buffer.from([0xde, 0x12, 0x04, 0x95]), randomBytes(60)]), 'mo')).toBeNull();
  });

  it("gatherArtifacts lists a committed .mo as reviewable, compiled from the .po beside it (django-rest-framework's locale/)", () => {
    const r = makeRepo({
      'rest_framework/locale/de/LC_MESSAGES/django.mo': de,
      'rest_framework/locale/de/LC_MESSAGES/django.po': 'msgid "Not found."\nmsgstr "Nicht gefunden."\n',
      'locale/fr.mo': catalog([['Not found.', 'Introuvable.']]),
      'assets/seed.bin': randomBytes(512),
    });
    try {
      const a = gatherArtifacts(RepoSnapshot.open(r.root));
      expect(a.reviewable).toEqual([
        { path: 'locale/fr.mo', what: 'GNU gettext message catalog, read with msgunfmt' },
        { path: 'rest_framework/locale/de/LC_MESSAGES/django.mo', what: 'GNU gettext message catalog, read with msgunfmt, compiled from django.po beside it' },
      ]);
      expect(a.binaries.map((f) => f.path)).toEqual(['assets/seed.bin']);
    } finally {
      r.cleanup();
    }
  });
});

describe('identify: Java KeyStores are data of a documented format (keytool -list)', () => {
  /** A JKS or JCEKS head: magic, version, entry count, then the first entry's tag and alias (puma's examples/puma/keystore.jks: one private key, "puma"). */
  const store = (magic: number, version: number, count: number, tag: number, alias: string) => {
    const h = Buffer.alloc(18 + alias.length + 8);
    h.writeUInt32BE(magic, 0);
    h.writeUInt32BE(version, 4);
    h.writeUInt32BE(count, 8);
    h.writeUInt32BE(tag, 12);
    h.writeUInt16BE(alias.length, 16);
    h.write(alias, 18, 'latin1');
    return Buffer.concat([h, randomBytes(256)]);
  };
  it.each([
    ['a JKS store with a private key', store(0xfeedfeed, 2, 1, 1, 'puma'), 'Java KeyStore (JKS)'],
    ['a JKS trust store', store(0xfeedfeed, 2, 3, 2, 'ca'), 'Java KeyStore (JKS)'],
    ['a JCEKS store with a secret key', store(0xcececece, 2, 1, 3, 'aes key'), 'Java KeyStore (JCEKS)'],
  ])('%s', (_name, bytes, what) => {
    expect(identify(bytes, 'jks')).toEqual({ kind: 'data', what });
  });
  it('not data that only starts with the magic', () => {
    expect(identify(store(0xfeedfeed, 7, 1, 1, 'puma'), 'jks')).toBeNull();
    expect(identify(store(0xfeedfeed, 2, 1, 9, 'puma'), 'jks')).toBeNull();
    expect(identify(store(0xfeedfeed, 2, 1, 1, 'pu\u0000a'), 'jks')).toBeNull();
    expect(identify(store(0xfeedfeed, 2, 0x01000000, 1, 'puma'), 'jks')).toBeNull();
  });
  it('gatherArtifacts lists a committed key store as reviewable, not as binary data of no recognised format', () => {
    const r = makeRepo({ 'examples/server/keystore.jks': store(0xfeedfeed, 2, 1, 1, 'puma'), 'assets/seed.bin': randomBytes(512) });
    try {
      const a = gatherArtifacts(RepoSnapshot.open(r.root));
      expect(a.reviewable).toEqual([{ path: 'examples/server/keystore.jks', what: 'Java KeyStore (JKS)' }]);
      expect(a.binaries.map((f) => f.path)).toEqual(['assets/seed.bin']);
    } finally {
      r.cleanup();
    }
  });
});

describe('identify: static libraries in both ar dialects', () => {
  const library = { kind: 'executable', what: 'static library (ar archive of object files)' };
  const symdef = Buffer.alloc(8); // a BSD ranlib table with no entries and no strings

  it.each([
    ['GNU ar: the symbol table, then an ELF object', gnuArchive([['/', Buffer.alloc(4)], ['curl.o', elfObject()]])],
    ['GNU ar: an ELF object first (no symbol table)', gnuArchive([['curl.o', elfObject()]])],
    // macOS ar/libtool: the header says "#1/20" and the name follows it (ktor's macosArm64/libcurl.a).
    ['BSD ar: "__.SYMDEF SORTED" stored after the header, then a Mach-O object', bsdArchive([['__.SYMDEF SORTED', symdef], ['curl.o', machOHeader(1)]])],
    ['BSD ar: a Mach-O object first (no symbol table), its name stored after the header', bsdArchive([['easy.o', machOHeader(1)]])],
  ])('%s', (_name, bytes) => {
    expect(identify(bytes, 'a')).toEqual(library);
  });

  it('a BSD ar of text notes is an archive, not a library', () => {
    expect(identify(bsdArchive([['notes.txt', Buffer.from('hello\n')]]), 'a')).toEqual({ kind: 'archive', what: 'ar archive' });
  });

  it('a hostile BSD name length is an archive, never a read past the head', () => {
    const lib = bsdArchive([['__.SYMDEF SORTED', symdef]]);
    const withName = (field: string, size = '28') => {
      const b = Buffer.from(lib);
      b.write(field.padEnd(16), 8, 'latin1');
      b.write(size.padEnd(10), 56, 'latin1');
      return b;
    };
    for (const b of [
      withName('#1/99999'), // longer than the member and the head
      withName('#1/20', '12'), // longer than the member's size
      withName('#1/0'),
      withName('#1/'),
      withName('#1/2x'),
      withName('#1/20', 'abc'),
      withName('#1/123456789012'),
      lib.subarray(0, 80), // the name cut off by the end of the head
    ]) {
      expect(identify(b, 'a')).toEqual({ kind: 'archive', what: 'ar archive' });
    }
  });
});

describe('gatherArtifacts: executables, binaries and test data apart', () => {
  it("lists scripts committed with their source map beside them as generated (axios's dist/), not a test's input or a lone script", () => {
    const r = makeRepo({
      'lib/axios.js': 'export default function axios() {}\n',
      'dist/axios.min.js': '/*! Axios v1.7.9 */\n!function(e,t){module.exports=t()}(this,function(){});\n//# sourceMappingURL=axios.min.js.map\n',
      'dist/axios.min.js.map': '{"version":3,"sources":["../lib/axios.js"],"mappings":"AAAA"}\n',
      'dist/node/axios.cjs': "'use strict';\n",
      'dist/node/axios.cjs.map': '{"version":3,"sources":["../../lib/axios.js"],"mappings":"AAAA"}\n',
      'test/fixtures/input.js': 'console.log(1);\n',
      'test/fixtures/input.js.map': '{"version":3,"sources":["input.ts"],"mappings":"AAAA"}\n',
      'node_modules/left-pad/index.js': 'module.exports = 1;\n',
      'node_modules/left-pad/index.js.map': '{}\n',
    });
    try {
      const a = gatherArtifacts(RepoSnapshot.open(r.root));
      expect(a.bundles).toEqual([
        { path: 'dist/axios.min.js', what: 'minified JavaScript built by a bundler or compiler, its source map dist/axios.min.js.map beside it' },
        { path: 'dist/node/axios.cjs', what: 'JavaScript built by a bundler or compiler, its source map dist/node/axios.cjs.map beside it' },
      ]);
      expect(a.executables).toEqual([]);
    } finally {
      r.cleanup();
    }
  });

  it('sorts a tree by content, not by name', () => {
    const r = makeRepo({
      'tools/helper': tinyElf(),
      'bin/run.sh': '#!/bin/sh\nexec node cli.js "$@"\n',
      'internal/wire/testdata/request.bin': protobufMessage(),
      'internal/wire/testdata/magic.bin': cafebabeData(),
      'assets/seed.bin': randomBytes(512),
      'vendor.zip': Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(30)]),
      'test/fixtures/probe': tinyElf(),
      'logo.png': Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(8)]),
      'release/helm-linux-amd64.tar.gz.sha256': `${'0'.repeat(64)}  helm-linux-amd64.tar.gz\n`,
      // A binary key named as if it were armoured text: sniffed, and found binary.
      'release/KEYS.asc': randomBytes(256),
    });
    try {
      chmodSync(join(r.root, 'bin/run.sh'), 0o755);
      const a = gatherArtifacts(RepoSnapshot.open(r.root));
      expect(a.executables).toEqual([
        { path: 'test/fixtures/probe', what: 'ELF executable, in a test-data folder' },
        { path: 'tools/helper', what: 'ELF executable' },
      ]);
      expect(a.binaries).toEqual([
        { path: 'assets/seed.bin', what: 'binary data of no recognised format' },
        { path: 'release/KEYS.asc', what: 'binary data of no recognised format' },
        { path: 'vendor.zip', what: 'ZIP archive' },
      ]);
      expect(a.testData.map((f) => f.path)).toEqual(['internal/wire/testdata/magic.bin', 'internal/wire/testdata/request.bin']);
      expect(a.media).toBe(1);
      // Sniffed: the eight files without a text extension; not the script (a plain walk marks only
      // extension-less files executable) or the checksum list.
      expect(a.inspected).toBe(8);
    } finally {
      r.cleanup();
    }
  });

  it("a folder named for tests in a compound (rustls's test-ca/) or whose README says it holds test material holds test inputs", () => {
    const r = makeRepo({
      'test-ca/rsa-2048/ca.bin': randomBytes(64),
      'rustls-test/benches/data/chain.bin': randomBytes(64),
      'bogo/README.md': '# BoGo\n\n[BoGo](https://github.com/google/boringssl/tree/master/ssl/test) is the TLS test suite for boringssl, which we run against rustls as well.\n',
      'bogo/keys/blob.bin': randomBytes(64),
      'hack/ca/README.md': '# Certificate Test Data\n\nThe Makefile in this directory generates certificates.\n',
      'hack/ca/root.bin': randomBytes(64),
      'tools/probe/README.md': '# Probe\n\nA helper binary.\n\n## Testing\n\nUsed by the integration tests.\n',
      'tools/probe/blob.bin': randomBytes(64),
      'contest/blob.bin': randomBytes(64),
      'test-ca/helper': tinyElf(),
    });
    try {
      const a = gatherArtifacts(RepoSnapshot.open(r.root));
      expect(a.testData.map((f) => f.path)).toEqual(['bogo/keys/blob.bin', 'hack/ca/root.bin', 'rustls-test/benches/data/chain.bin', 'test-ca/rsa-2048/ca.bin']);
      expect(a.binaries.map((f) => f.path)).toEqual(['contest/blob.bin', 'tools/probe/blob.bin']);
      // An executable stays one, wherever it is.
      expect(a.executables).toEqual([{ path: 'test-ca/helper', what: 'ELF executable, in a test-data folder' }]);
    } finally {
      r.cleanup();
    }
  });

  it("binary data in a fuzzer's inputs below a fuzzing folder (regex's fuzz/regressions/, cargo-fuzz's fuzz/artifacts/) is the tests' input; the fuzz/ folder itself is not", () => {
    const r = makeRepo({
      'fuzz/regressions/clusterfuzz-testcase-minimized-fuzz_regex-4596093180313600': randomBytes(64),
      'fuzz/artifacts/fuzz_parse/crash-0a1b2c': randomBytes(64),
      'fuzz/blob.bin': randomBytes(64),
      'regressions/blob.bin': randomBytes(64),
    });
    try {
      const a = gatherArtifacts(RepoSnapshot.open(r.root));
      expect(a.testData.map((f) => [f.path, f.what.endsWith(", a fuzzer's input")])).toEqual([
        ['fuzz/artifacts/fuzz_parse/crash-0a1b2c', true],
        ['fuzz/regressions/clusterfuzz-testcase-minimized-fuzz_regex-4596093180313600', true],
      ]);
      expect(a.binaries.map((f) => f.path)).toEqual(['fuzz/blob.bin', 'regressions/blob.bin']);
    } finally {
      r.cleanup();
    }
  });

  it("binary data named as test data (brotli's integration/test_data.zip, fuzz_data.zip) is the tests' input; latest.bin is not", () => {
    const zip = Buffer.concat([Buffer.from('PK\x05\x06', 'latin1'), Buffer.alloc(18)]);
    const r = makeRepo({
      'java/org/x/integration/test_data.zip': zip,
      'java/org/x/integration/fuzz_data.zip': zip,
      'js/testdata.tar.gz': zip,
      'java/org/x/integration/fuzz.zip': zip,
      'assets/latest.bin': randomBytes(64),
      'assets/contest-data.zip': zip,
      'tools/test_runner': tinyElf(),
    });
    try {
      const a = gatherArtifacts(RepoSnapshot.open(r.root));
      expect(a.testData).toEqual([
        { path: 'java/org/x/integration/fuzz_data.zip', what: 'ZIP archive, named as test data' },
        { path: 'java/org/x/integration/test_data.zip', what: 'ZIP archive, named as test data' },
        { path: 'js/testdata.tar.gz', what: 'ZIP archive, named as test data' },
      ]);
      expect(a.binaries.map((f) => f.path)).toEqual(['assets/contest-data.zip', 'assets/latest.bin', 'java/org/x/integration/fuzz.zip']);
      // An executable stays one, whatever its name.
      expect(a.executables.map((f) => f.path)).toEqual(['tools/test_runner']);
    } finally {
      r.cleanup();
    }
  });
  it('fuzz corpora (OSS-Fuzz names them corpora/) and Gradle test-resources/ folders hold test inputs', () => {
    const r = makeRepo({
      // libgit2 keeps its libFuzzer seeds in fuzzers/corpora/<fuzzer>/; ktor its test inputs in <module>/jvm/test-resources/.
      'fuzzers/corpora/objects/5b2b9a5c0f1d': randomBytes(64),
      'server/jvm/test-resources/public.zip': Buffer.concat([Buffer.from('PK\x05\x06', 'latin1'), Buffer.alloc(18)]),
      'server/jvm/test-resources/testjar.jar': Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(30)]),
      'app/src/testResources/blob.bin': randomBytes(32),
      'stores/ini/test_resources/blob.bin': randomBytes(32),
    });
    try {
      const a = gatherArtifacts(RepoSnapshot.open(r.root));
      expect(a.binaries).toEqual([]);
      expect(a.testData.map((f) => f.path)).toEqual([
        'app/src/testResources/blob.bin',
        'fuzzers/corpora/objects/5b2b9a5c0f1d',
        'server/jvm/test-resources/public.zip',
        'stores/ini/test_resources/blob.bin',
      ]);
      expect(a.executables).toEqual([{ path: 'server/jvm/test-resources/testjar.jar', what: 'Java archive, in a test-data folder' }]);
    } finally {
      r.cleanup();
    }
  });
});
