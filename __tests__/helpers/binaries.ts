// Small binaries built byte by byte for the executable-format tests: real headers of each format,
// and data files that start like them without being them.

/** A complete x86-64 Linux executable of 132 bytes: one loadable segment whose code calls exit(42). */
export function tinyElf(): Buffer {
  const b = Buffer.alloc(132);
  b.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0], 0); // magic, 64-bit, little-endian, version 1, System V
  b.writeUInt16LE(2, 16); // e_type: executable
  b.writeUInt16LE(0x3e, 18); // e_machine: x86-64
  b.writeUInt32LE(1, 20); // e_version
  b.writeBigUInt64LE(0x400078n, 24); // e_entry: the code below
  b.writeBigUInt64LE(64n, 32); // e_phoff
  b.writeUInt16LE(64, 52); // e_ehsize
  b.writeUInt16LE(56, 54); // e_phentsize
  b.writeUInt16LE(1, 56); // e_phnum
  b.writeUInt32LE(1, 64); // p_type: PT_LOAD
  b.writeUInt32LE(5, 68); // p_flags: read, execute
  b.writeBigUInt64LE(0x400000n, 80); // p_vaddr
  b.writeBigUInt64LE(0x400000n, 88); // p_paddr
  b.writeBigUInt64LE(132n, 96); // p_filesz
  b.writeBigUInt64LE(132n, 104); // p_memsz
  b.writeBigUInt64LE(0x1000n, 112); // p_align
  b.set([0xbf, 42, 0, 0, 0, 0xb8, 60, 0, 0, 0, 0x0f, 0x05], 120); // mov edi, 42; mov eax, 60 (exit); syscall
  return b;
}

/** A PE header of a 64-bit Windows DLL: MZ, e_lfanew, PE\0\0, COFF header, PE32+ optional header. */
export function peHeader(dll = false): Buffer {
  const b = Buffer.alloc(0x80 + 24 + 0xf0);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'latin1');
  b.writeUInt16LE(0x8664, 0x84); // machine: x86-64
  b.writeUInt16LE(1, 0x86); // sections
  b.writeUInt16LE(0xf0, 0x94); // optional header size
  b.writeUInt16LE(dll ? 0x2022 : 0x0022, 0x96); // characteristics
  b.writeUInt16LE(0x20b, 0x98); // PE32+
  return b;
}

/** A 64-bit x86-64 Mach-O header with one load command: an executable, or another file type (1, an object file). */
export function machOHeader(fileType = 2): Buffer {
  const b = Buffer.alloc(32 + 72);
  b.writeUInt32LE(0xfeedfacf, 0);
  b.writeUInt32LE(0x01000007, 4); // CPU x86-64
  b.writeUInt32LE(3, 8);
  b.writeUInt32LE(fileType, 12); // MH_EXECUTE unless told
  b.writeUInt32LE(1, 16); // ncmds
  b.writeUInt32LE(72, 20); // sizeofcmds
  return b;
}

/** A universal Mach-O with two architectures (x86-64 and ARM64). */
export function fatMachO(): Buffer {
  const b = Buffer.alloc(8 + 2 * 20 + 16);
  b.writeUInt32BE(0xcafebabe, 0);
  b.writeUInt32BE(2, 4);
  [0x01000007, 0x0100000c].forEach((cpu, i) => {
    b.writeUInt32BE(cpu, 8 + i * 20);
    b.writeUInt32BE(3, 12 + i * 20);
    b.writeUInt32BE(0x4000 * (i + 1), 16 + i * 20); // offset
    b.writeUInt32BE(0x4000, 20 + i * 20); // size
    b.writeUInt32BE(14, 24 + i * 20); // alignment 2^14
  });
  return b;
}

/** The start of a Java 21 class file: magic, version 0.65, a constant pool whose first entry is a method reference. */
export function javaClass(): Buffer {
  return Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0x00, 0x00, 0x00, 0x41, 0x00, 0x1d, 0x0a, 0x00, 0x02, 0x00, 0x03, 0x07, 0x00, 0x04, 0x00, 0x00]);
}

/** Data that starts with 0xCAFEBABE and is neither a class nor a universal binary (a tag of some file format, then a NUL-padded record). */
export function cafebabeData(): Buffer {
  return Buffer.concat([Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0x00, 0x00, 0x01, 0x00]), Buffer.from('record\0\0\0\0payload', 'latin1')]);
}

/** A protobuf message: field 1 "name" string, field 2 varint 150, field 3 varint 0, field 4 bytes with NULs. */
export function protobufMessage(): Buffer {
  return Buffer.from([0x0a, 0x05, ...Buffer.from('alpha'), 0x10, 0x96, 0x01, 0x18, 0x00, 0x22, 0x04, 0x00, 0x01, 0x00, 0x02]);
}

/** Deterministic pseudo-random bytes (a linear congruential generator), with NULs in them. */
export function randomBytes(n: number, seed = 7): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = i % 17 === 0 ? 0 : x >>> 24;
  }
  return b;
}

/** An ELF relocatable object (.o): the tiny executable's header with e_type 1. */
export function elfObject(): Buffer {
  const b = tinyElf();
  b.writeUInt16LE(1, 16);
  return b;
}

/** An ar member header: name, date, uid, gid, mode, size, then the terminator. */
const arHeader = (name: string, size: number) =>
  Buffer.from(`${name.padEnd(16)}${'0'.padEnd(12)}${'0'.padEnd(6)}${'0'.padEnd(6)}${'644'.padEnd(8)}${String(size).padEnd(10)}\`\n`, 'latin1');

/** A GNU/System V ar: each name ends in a slash in the header's name field ("/" is the symbol table). */
export function gnuArchive(members: [string, Buffer][]): Buffer {
  const parts: Buffer[] = [Buffer.from('!<arch>\n', 'latin1')];
  for (const [name, data] of members) {
    parts.push(arHeader(name === '/' ? '/' : `${name}/`, data.length), data);
    if (data.length % 2) parts.push(Buffer.from('\n'));
  }
  return Buffer.concat(parts);
}

/**
 * A BSD ar, as macOS `ar` and `libtool` write it: the header's name field says `#1/<n>`, and the
 * name, NUL-padded to a multiple of 4, takes the first n bytes of the member (counted in its size).
 */
export function bsdArchive(members: [string, Buffer][]): Buffer {
  const parts: Buffer[] = [Buffer.from('!<arch>\n', 'latin1')];
  for (const [name, data] of members) {
    const stored = Buffer.alloc(Math.ceil((name.length + 1) / 4) * 4);
    stored.write(name, 'latin1');
    parts.push(arHeader(`#1/${stored.length}`, stored.length + data.length), stored, data);
    if ((stored.length + data.length) % 2) parts.push(Buffer.from('\n'));
  }
  return Buffer.concat(parts);
}

/** An ar archive (a static library) whose first member is the GNU symbol table. */
export function staticLibrary(): Buffer {
  return gnuArchive([['/', Buffer.from([0, 0, 0, 0])]]);
}

/** An ar archive of text notes: an archive, not a library. */
export function arOfNotes(): Buffer {
  return gnuArchive([['notes.txt', Buffer.from('hello\n\0', 'latin1')]]);
}

/**
 * A ZIP file of stored entries, as `jar` and `zip` write it: a local header and the data of each entry, then the central
 * directory listing them, then the end-of-central-directory record (with an optional comment).
 */
export function zipOf(entries: [string, string][], comment = ''): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const n = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(10, 4);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    locals.push(local, n, data);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(10, 6);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(data.length, 24);
    cd.writeUInt16LE(n.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, n);
    offset += 30 + n.length + data.length;
  }
  const cdBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(Buffer.byteLength(comment), 20);
  return Buffer.concat([...locals, cdBytes, end, Buffer.from(comment, 'utf8')]);
}

export function hex(b: Buffer): string {
  return b.toString('hex').replace(/(.{32})/g, '$1\n');
}
