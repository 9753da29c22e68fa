// What a file's first bytes say it is, checked against the structure of each format rather than a
// magic number alone: an executable is a file a machine or a virtual machine would load. A data
// file that happens to start like one (a protobuf message, a blob beginning CAFEBABE) is not.
// Every check reads only fixed offsets of the head it is given (at most a few KiB).

export interface Identified {
  /** 'data': a documented data format a person can read with a common tool (a DER certificate, `openssl x509 -inform der`; a gettext catalog, `msgunfmt`). */
  kind: 'executable' | 'archive' | 'media' | 'data';
  what: string;
}

const u16 = (h: Buffer, at: number, le: boolean) => (at + 2 <= h.length ? (le ? h.readUInt16LE(at) : h.readUInt16BE(at)) : -1);
const u32 = (h: Buffer, at: number, le: boolean) => (at + 4 <= h.length ? (le ? h.readUInt32LE(at) : h.readUInt32BE(at)) : -1);

/** ELF: e_ident (class, data, version 1), e_type, a machine, e_version 1. */
function elf(h: Buffer): string | null {
  if (h.length < 24 || h[0] !== 0x7f || h[1] !== 0x45 || h[2] !== 0x4c || h[3] !== 0x46) return null;
  if ((h[4] !== 1 && h[4] !== 2) || (h[5] !== 1 && h[5] !== 2) || h[6] !== 1) return null;
  const le = h[5] === 1;
  const type = u16(h, 16, le);
  if (u16(h, 18, le) === 0 || u32(h, 20, le) !== 1) return null;
  switch (type) {
    case 1:
      return 'ELF object file';
    case 2:
      return 'ELF executable';
    case 3:
      return 'ELF shared library or position-independent executable';
    case 4:
      return 'ELF core dump';
    default:
      return null;
  }
}

/** PE: an MZ header whose e_lfanew points at `PE\0\0`, a COFF header and an optional header of a known kind. */
function pe(h: Buffer): string | null {
  if (h.length < 64 || h[0] !== 0x4d || h[1] !== 0x5a) return null;
  const at = h.readUInt32LE(0x3c);
  if (at < 0x40 || at + 26 > h.length || h.toString('latin1', at, at + 4) !== 'PE\0\0') return null;
  const optionalSize = h.readUInt16LE(at + 20);
  const characteristics = h.readUInt16LE(at + 22);
  const magic = u16(h, at + 24, true);
  if (optionalSize === 0 || (magic !== 0x10b && magic !== 0x20b && magic !== 0x107)) return null;
  return characteristics & 0x2000 ? 'Windows DLL (PE)' : 'Windows executable (PE)';
}

/** CPU types of Mach-O files (x86, x86-64, ARM, ARM64, ARM64_32, PowerPC, PowerPC64). */
const MACH_CPUS = new Set([7, 0x01000007, 12, 0x0100000c, 0x0200000c, 18, 0x01000012]);

/** Mach-O: magic, a known CPU, a file type, load commands. */
function machO(h: Buffer): string | null {
  if (h.length < 28) return null;
  const be = h.readUInt32BE(0);
  let le: boolean;
  if (be === 0xfeedface || be === 0xfeedfacf) le = false;
  else if (be === 0xcefaedfe || be === 0xcffaedfe) le = true;
  else return null;
  const cpu = u32(h, 4, le);
  const type = u32(h, 12, le);
  const ncmds = u32(h, 16, le);
  if (!MACH_CPUS.has(cpu) || type < 1 || type > 12 || ncmds < 1 || ncmds > 10_000 || u32(h, 20, le) <= 0) return null;
  return type === 1 ? 'Mach-O object file' : type === 6 ? 'Mach-O dynamic library' : 'Mach-O executable';
}

/**
 * 0xCAFEBABE starts both a Java class and a universal (fat) Mach-O: a fat file has a handful of
 * architectures (the next four bytes, at most 20) whose first entry names a known CPU; a class
 * has a major version from 45 (Java 1.1) up and a constant pool that starts with a valid tag.
 */
function cafebabe(h: Buffer): string | null {
  if (h.length < 8) return null;
  const magic = h.readUInt32BE(0);
  if (magic !== 0xcafebabe && magic !== 0xcafebabf) return null;
  const n = h.readUInt32BE(4);
  if (n >= 1 && n <= 20) {
    const entry = magic === 0xcafebabf ? 32 : 20;
    if (h.length < 8 + entry || !MACH_CPUS.has(h.readUInt32BE(8))) return null;
    const offset = magic === 0xcafebabf ? Number(h.readBigUInt64BE(16)) : h.readUInt32BE(16);
    return offset >= 8 + n * entry ? 'Mach-O universal binary' : null;
  }
  if (magic !== 0xcafebabe || h.length < 11) return null;
  const major = h.readUInt16BE(6);
  const constants = h.readUInt16BE(8);
  const firstTag = h[10];
  if (major < 45 || major > 90 || constants < 2 || !CLASS_TAGS.has(firstTag)) return null;
  return 'Java class file';
}

const CLASS_TAGS = new Set([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 20]);

/** WebAssembly: `\0asm`, version 1, then (when present) a known section id. */
function wasm(h: Buffer): string | null {
  if (h.length < 8 || h.readUInt32BE(0) !== 0x0061736d || h.readUInt32LE(4) !== 1) return null;
  return h.length === 8 || h[8] <= 12 ? 'WebAssembly module' : null;
}

/** Dalvik: `dex\n`, three version digits, NUL. */
function dex(h: Buffer): string | null {
  if (h.length < 8 || h.toString('latin1', 0, 4) !== 'dex\n' || h[7] !== 0) return null;
  for (let i = 4; i < 7; i++) if (h[i] < 0x30 || h[i] > 0x39) return null;
  return 'Dalvik bytecode';
}

/**
 * ar: `!<arch>\n` and a first member header that ends in "`\n". A static library starts with a
 * symbol table member or holds object files; a Debian package starts with `debian-binary`.
 */
function ar(h: Buffer): Identified | null {
  if (h.length < 68 || h.toString('latin1', 0, 8) !== '!<arch>\n' || h[66] !== 0x60 || h[67] !== 0x0a) return null;
  const first = firstMember(h);
  if (first === null) return { kind: 'archive', what: 'ar archive' };
  const { name, data } = first;
  if (name === '/' || name === '/SYM64/' || name.startsWith('__.SYMDEF')) return { kind: 'executable', what: 'static library (ar archive of object files)' };
  if (name.startsWith('debian-binary')) return { kind: 'executable', what: 'Debian package' };
  const member = h.subarray(data);
  if (elf(member) || machO(member)) return { kind: 'executable', what: 'static library (ar archive of object files)' };
  return { kind: 'archive', what: 'ar archive' };
}

/** A run of 1 to `max` ASCII digits, space-padded on the right, as a number; null for anything else. */
function decimalField(s: string, max: number): number | null {
  const t = s.trimEnd();
  if (t.length === 0 || t.length > max) return null;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) < 0x30 || t.charCodeAt(i) > 0x39) return null;
  return Number(t);
}

/**
 * The first member's name and the offset of its data. BSD ar (macOS `ar`/`libtool`) writes
 * `#1/<n>` in the name field and stores the NUL-padded name in the member's first n bytes, which
 * the member's size counts; the data follows. Null when that length is malformed, larger than the
 * member, or runs past the head.
 */
function firstMember(h: Buffer): { name: string; data: number } | null {
  const field = h.toString('latin1', 8, 24);
  if (!field.startsWith('#1/')) return { name: field.trimEnd(), data: 68 };
  const n = decimalField(field.slice(3), 5);
  const size = decimalField(h.toString('latin1', 56, 66), 10);
  if (n === null || size === null || n === 0 || n > size || 68 + n > h.length) return null;
  const name = h.toString('latin1', 68, 68 + n);
  const nul = name.indexOf('\0');
  return { name: nul < 0 ? name : name.slice(0, nul), data: 68 + n };
}

/** A DER tag-length header at `at`: where its content starts and how long it is; null when malformed or not minimal. */
function derHeader(h: Buffer, at: number): { start: number; length: number } | null {
  if (at + 2 > h.length) return null;
  const first = h[at + 1];
  if (first < 0x80) return { start: at + 2, length: first };
  const n = first - 0x80;
  if (n < 1 || n > 3 || at + 2 + n > h.length || h[at + 2] === 0) return null;
  let length = 0;
  for (let i = 0; i < n; i++) length = length * 256 + h[at + 2 + i];
  return length < 0x80 ? null : { start: at + 2 + n, length };
}

/**
 * DER (X.509 certificates and CRLs, PKCS#1, PKCS#8 and SEC1 keys, PKCS#12 stores, PKCS#7): one
 * SEQUENCE whose length is exactly the file's `size`, and whose first element is a well-formed
 * SEQUENCE, INTEGER or OBJECT IDENTIFIER inside it. Random data meets that one time in billions.
 */
function der(h: Buffer, size: number): string | null {
  if (h[0] !== 0x30) return null;
  const outer = derHeader(h, 0);
  if (outer === null || outer.start + outer.length !== size || outer.length < 3) return null;
  const tag = h[outer.start];
  const inner = derHeader(h, outer.start);
  if ((tag !== 0x30 && tag !== 0x02 && tag !== 0x06) || inner === null || inner.start + inner.length > outer.start + outer.length) return null;
  const next = inner.start + inner.length < h.length ? h[inner.start + inner.length] : -1;
  if (tag === 0x06) return 'PKCS#7 or CMS data (DER)';
  if (tag === 0x30) return h[inner.start] === 0xa0 ? 'X.509 certificate (DER)' : 'certificate, CRL, request or public key (DER)';
  const version = inner.length === 1 ? h[inner.start] : -1;
  if (version === 3 && next === 0x30) return 'PKCS#12 key store (DER)';
  if (version === 0 && next === 0x30) return 'PKCS#8 private key (DER)';
  if (version === 0 && next === 0x02) return 'RSA private key (DER)';
  if (version === 1 && next === 0x04) return 'EC private key (DER)';
  return 'ASN.1 data (DER)';
}

/** A CryptoAPI RSA key blob at `at`: PUBLICKEYBLOB ("RSA1") or PRIVATEKEYBLOB ("RSA2") and its byte length; null for anything else. */
function rsaBlobLength(h: Buffer, at: number): { private: boolean; length: number } | null {
  if (at + 20 > h.length || h[at + 1] !== 0x02 || h.readUInt16LE(at + 2) !== 0) return null;
  const alg = h.readUInt32LE(at + 4);
  if (alg !== 0x2400 && alg !== 0xa400) return null; // CALG_RSA_SIGN, CALG_RSA_KEYX
  const magic = h.toString('latin1', at + 8, at + 12);
  const bits = h.readUInt32LE(at + 12);
  if (bits < 384 || bits > 16384 || bits % 16 !== 0) return null;
  if (h[at] === 0x06 && magic === 'RSA1') return { private: false, length: 20 + bits / 8 };
  if (h[at] === 0x07 && magic === 'RSA2') return { private: true, length: 20 + (9 * bits) / 16 };
  return null;
}

/**
 * A .NET strong-name key (.snk): a CryptoAPI RSA key blob, the key pair `sn -k` writes or, behind a 12-byte header
 * (signature and hash algorithm, key length), the public key `sn -p` extracts; its length exactly the file's `size`.
 * `openssl rsa -inform MSBLOB` reads the first (Newtonsoft.Json's Src/Newtonsoft.Json/Dynamic.snk).
 */
function strongNameKey(h: Buffer, size: number): string | null {
  const blob = rsaBlobLength(h, 0);
  if (blob) return blob.length === size ? (blob.private ? 'RSA key pair (CryptoAPI key blob, a .NET strong-name key)' : 'RSA public key (CryptoAPI key blob)') : null;
  if (h.length < 32 || h.readUInt32LE(0) !== 0x2400 || h.readUInt32LE(8) !== size - 12) return null;
  const pub = rsaBlobLength(h, 12);
  return pub && !pub.private && pub.length === size - 12 ? 'RSA public key (.NET strong-name public key)' : null;
}

/**
 * A GNU gettext message catalog (a .mo file msgfmt compiles from a .po; django-rest-framework's
 * rest_framework/locale/de/LC_MESSAGES/django.mo): the magic 0x950412de in either byte order, a
 * major revision 0 or 1, and tables of original and translated strings (N entries of 8 bytes each)
 * after the 28-byte header and inside the file. `msgunfmt` prints it back as the .po it came from.
 */
function gettextCatalog(h: Buffer, size: number): string | null {
  if (h.length < 28) return null;
  const le = h.readUInt32LE(0) === 0x950412de;
  if (!le && h.readUInt32BE(0) !== 0x950412de) return null;
  const major = u32(h, 4, le) >>> 16;
  const n = u32(h, 8, le);
  const tables = [u32(h, 12, le), u32(h, 16, le)];
  if (major > 1 || tables.some((at) => at < 28 || at + n * 8 > size)) return null;
  const hashSize = u32(h, 20, le);
  if (hashSize > 0 && u32(h, 24, le) + hashSize * 4 > size) return null;
  return 'GNU gettext message catalog, read with msgunfmt';
}

/**
 * A Java KeyStore: JKS (magic FEEDFEED, version 1 or 2) or JCEKS (CECECECE, version 2), an entry count, then (when there are
 * entries) the first entry's tag (1 a private key, 2 a trusted certificate, 3 a JCEKS secret key) and its alias, a
 * length-prefixed name of printable characters. `keytool -list -v -keystore <file>` reads it (puma's examples/puma/keystore.jks).
 */
function javaKeyStore(h: Buffer): string | null {
  if (h.length < 12) return null;
  const magic = h.readUInt32BE(0);
  const jceks = magic === 0xcececece;
  if (magic !== 0xfeedfeed && !jceks) return null;
  const version = h.readUInt32BE(4);
  const count = h.readUInt32BE(8);
  if ((jceks ? version !== 2 : version !== 1 && version !== 2) || count > 100_000) return null;
  if (count > 0 && h.length >= 18) {
    const tag = h.readUInt32BE(12);
    const alias = h.readUInt16BE(16);
    if (tag < 1 || tag > (jceks ? 3 : 2) || alias === 0) return null;
    for (let i = 18; i < Math.min(18 + alias, h.length); i++) if (h[i] < 0x20 || h[i] === 0x7f) return null;
  }
  return jceks ? 'Java KeyStore (JCEKS)' : 'Java KeyStore (JKS)';
}

/** Whether telling what `h` is needs the whole file's size (DER, a strong-name key, a gettext catalog): only then is it asked. */
export function needsSize(h: Buffer): boolean {
  return (
    h[0] === 0x30 || ((h[0] === 0x06 || h[0] === 0x07) && h[1] === 0x02) || (h[0] === 0x00 && h[1] === 0x24) ||
    (h[0] === 0xde && h[1] === 0x12) || (h[0] === 0x95 && h[1] === 0x04)
  );
}

/** An unencrypted private key in DER (PKCS#1, PKCS#8, SEC1), named as der() names it; null for anything else. */
export function derPrivateKey(h: Buffer, size: number): string | null {
  const what = der(h, size);
  return what?.endsWith(' private key (DER)') ? what : null;
}

/**
 * A wheel whose ABI tag is none and platform tag any (twine-6.2.0-py3-none-any.whl): by the wheel
 * specification (PEP 427, 425) it holds no compiled extension, which any platform could not load.
 */
const PURE_WHEEL = /-none-any\.whl$/i;

/** Packages of compiled code that are ZIP files, unless their whole listing shows none (zipListing). */
const ZIP_PACKAGES: Record<string, string> = {
  jar: 'Java archive', war: 'Java web archive', ear: 'Java enterprise archive', apk: 'Android package', aar: 'Android archive',
  whl: 'Python wheel', nupkg: 'NuGet package', vsix: 'Visual Studio extension', xpi: 'browser extension',
};

/**
 * Entries that are compiled code, or a package that may hold some (a jar inside a war); a file of no extension that
 * is not empty may be an executable too (syft's unknown-readable.jar holds one named "exe").
 */
const COMPILED_ENTRY = new Set(['class', 'dex', 'so', 'dll', 'dylib', 'jnilib', 'pyd', 'exe', 'o', 'a', 'lib', 'node', 'wasm', 'jar', 'war', 'ear', 'aar', 'apk', 'whl', 'egg', 'nupkg']);

function compiledEntry(entry: ZipEntry): boolean {
  const { name, size } = entry;
  if (name.endsWith('/')) return false;
  const dot = name.lastIndexOf('.');
  return dot > name.lastIndexOf('/') ? COMPILED_ENTRY.has(name.slice(dot + 1).toLowerCase()) : size !== 0;
}

export interface ZipEntry {
  name: string;
  /** Its uncompressed size, as the central directory records it. */
  size: number;
}

/** The largest ZIP comment: the end-of-central-directory record is within this many bytes (and its own 22) of the end. */
const MAX_ZIP_COMMENT = 65535;

/**
 * The entries of a ZIP file held whole in `h`, from its central directory; null when `h` is not a whole ZIP file
 * (only the head of a larger one, or a listing that does not add up), whose entries are then not known. Linear: the
 * end record is looked for backwards over at most the comment's length, and each entry is read once.
 */
export function zipListing(h: Buffer): ZipEntry[] | null {
  for (let at = h.length - 22; at >= 0 && at >= h.length - 22 - MAX_ZIP_COMMENT; at--) {
    if (h.readUInt32LE(at) !== 0x06054b50 || at + 22 + h.readUInt16LE(at + 20) !== h.length) continue;
    const count = h.readUInt16LE(at + 10);
    const size = h.readUInt32LE(at + 12);
    const start = h.readUInt32LE(at + 16);
    if (start + size !== at) return null;
    const names: ZipEntry[] = [];
    let p = start;
    for (let i = 0; i < count; i++) {
      if (p + 46 > at || h.readUInt32LE(p) !== 0x02014b50) return null;
      const n = h.readUInt16LE(p + 28);
      const next = p + 46 + n + h.readUInt16LE(p + 30) + h.readUInt16LE(p + 32);
      if (next > at) return null;
      names.push({ name: h.toString('utf8', p + 46, p + 46 + n), size: h.readUInt32LE(p + 24) });
      p = next;
    }
    return p === at ? names : null;
  }
  return null;
}

/**
 * What a file's head is, by structure: an executable (native code, bytecode, a package of it), an
 * archive, media, or data of a documented format; null for anything else (text, or data of no
 * recognised format). `ext` is the lower-case extension, used only where a format has no magic of
 * its own (.pyc) or to name a ZIP; `base` is the file name, whose tags say what a wheel holds.
 * `size` is the whole file's, when the head may be only part of it.
 */
export function identify(h: Buffer, ext: string, size = h.length, base = ''): Identified | null {
  if (h.length === 0) return null;
  const exe = elf(h) ?? pe(h) ?? machO(h) ?? cafebabe(h) ?? wasm(h) ?? dex(h);
  if (exe) return { kind: 'executable', what: exe };
  const a = ar(h);
  if (a) return a;
  if (h.length >= 4 && h.readUInt32BE(0) === 0xedabeedb) return { kind: 'executable', what: 'RPM package' };
  if ((ext === 'pyc' || ext === 'pyo') && h.length >= 16 && h[2] === 0x0d && h[3] === 0x0a) return { kind: 'executable', what: 'Python bytecode' };
  if (isMedia(h)) return { kind: 'media', what: 'media' };
  const archive = archiveOf(h);
  if (archive === 'ZIP archive' && ext === 'whl' && PURE_WHEEL.test(base)) return { kind: 'archive', what: 'Python wheel of pure Python (tags none-any: no compiled code)' };
  if (archive === 'ZIP archive' && ext in ZIP_PACKAGES) {
    const names = zipListing(h);
    if (names !== null && !names.some(compiledEntry)) return { kind: 'archive', what: `${ZIP_PACKAGES[ext]} holding no compiled code (${names.length} entries)` };
    return { kind: 'executable', what: ZIP_PACKAGES[ext] };
  }
  if (archive === 'ZIP archive' && officeDocument(h, ext)) return { kind: 'media', what: 'media' };
  if (archive) return { kind: 'archive', what: archive };
  const data = der(h, size) ?? strongNameKey(h, size) ?? gettextCatalog(h, size) ?? javaKeyStore(h);
  if (data) return { kind: 'data', what: data };
  return null;
}

/** Office documents that are ZIP files and can hold no macros (not .docm, .pptm, .xlsm), by the name of their first entry. */
const OFFICE_DOCUMENTS: Record<string, string> = {
  docx: '[Content_Types].xml', pptx: '[Content_Types].xml', xlsx: '[Content_Types].xml',
  odt: 'mimetype', odp: 'mimetype', ods: 'mimetype', odg: 'mimetype',
};

/**
 * A presentation, a text or a spreadsheet saved by an office suite (chainsaw's .assets/kyverno-chainsaw-logo.pptx, the
 * logo's source): content like a PDF or a design file, which QA-05.02 exempts, not a build output. Told by its name and
 * by its first entry, which Office Open XML writes as [Content_Types].xml and OpenDocument as mimetype.
 */
function officeDocument(h: Buffer, ext: string): boolean {
  const first = Object.hasOwn(OFFICE_DOCUMENTS, ext) ? OFFICE_DOCUMENTS[ext] : undefined;
  if (first === undefined || h.length < 30 || h.readUInt32LE(0) !== 0x04034b50) return false;
  const n = h.readUInt16LE(26);
  return n === first.length && h.toString('latin1', 30, 30 + n) === first;
}

/**
 * Images, fonts, audio, video, PDF and design files (Photoshop's 8BPS, Figma's fig-kiwi, Affinity's
 * 00 FF 4B 41 of .afdesign/.afphoto/.afpub: attrs's docs/_static/"social card.afdesign"): assets
 * QA-05.02 exempts ("graphical images, sound or music files, and similar content").
 */
function isMedia(h: Buffer): boolean {
  const s = h.toString('latin1', 0, Math.min(12, h.length));
  return (
    s.startsWith('\x89PNG') || s.startsWith('\xff\xd8\xff') || s.startsWith('GIF8') || s.startsWith('%PDF') ||
    (s.startsWith('RIFF') && (s.slice(8, 12) === 'WEBP' || s.slice(8, 12) === 'WAVE' || s.slice(8, 12) === 'AVI ')) || s.startsWith('wOFF') ||
    s.startsWith('wOF2') || s.startsWith('OggS') || s.startsWith('ID3') || s.startsWith('\x00\x00\x01\x00') ||
    s.startsWith('\x00\x01\x00\x00') || s.startsWith('OTTO') || s.startsWith('fLaC') || s.slice(4, 8) === 'ftyp' || s.startsWith('\x1aE\xdf\xa3') ||
    s.startsWith('II*\x00') || s.startsWith('MM\x00*') || s.startsWith('8BPS') || s.startsWith('fig-kiwi') || s.startsWith('\x00\xffKA')
  );
}

function archiveOf(h: Buffer): string | null {
  const s = h.toString('latin1', 0, Math.min(8, h.length));
  if (s.startsWith('PK\x03\x04') || s.startsWith('PK\x05\x06')) return 'ZIP archive';
  if (s.startsWith('\x1f\x8b')) return 'gzip archive';
  if (s.startsWith('BZh')) return 'bzip2 archive';
  if (s.startsWith('\xfd7zXZ')) return 'xz archive';
  if (s.startsWith("7z\xbc\xaf'\x1c")) return '7-Zip archive';
  if (s.startsWith('Rar!')) return 'RAR archive';
  if (s.startsWith('\x28\xb5\x2f\xfd')) return 'zstd archive';
  if (h.length >= 262 && h.toString('latin1', 257, 262) === 'ustar') return 'tar archive';
  return null;
}
