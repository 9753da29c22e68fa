// Reads an artifact zip (a downloaded workflow artifact: hostile input) within bounds.
// yauzl parses the central directory and inflates; on top of it we refuse everything that could
// escape a folder or exhaust memory, and say which entry and why. Nothing is ever written outside
// the target folder, and nothing is written at all unless the whole archive passed the checks.
import { lstatSync, mkdirSync, openSync, closeSync, writeSync, realpathSync, constants } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';

export interface ZipLimits {
  /** Largest uncompressed entry, declared or actually inflated. */
  maxEntryBytes: number;
  /** Most entries (files and folders) in the central directory. */
  maxEntries: number;
  /** Largest sum of the files' uncompressed sizes. */
  maxTotalBytes: number;
}

export const ZIP_LIMITS: Readonly<ZipLimits> = {
  maxEntryBytes: 50 * 1024 * 1024,
  maxEntries: 1000,
  maxTotalBytes: 200 * 1024 * 1024,
};

export class ZipError extends Error {
  /** The entry the problem is about, when there is one. */
  readonly entry?: string;
  constructor(message: string, entry?: string) {
    super(message);
    this.name = 'ZipError';
    this.entry = entry;
  }
}

export interface ZipFileEntry {
  /** The entry's name, `/`-separated, relative, checked. */
  name: string;
  data: Buffer;
}

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;

/**
 * Reads every file of the zip into memory, in central-directory order. Folders are checked and
 * left out. Throws ZipError on the first problem: nothing partial is returned.
 */
export async function readZip(source: Buffer | string, limits: Partial<ZipLimits> = {}): Promise<ZipFileEntry[]> {
  const max = { ...ZIP_LIMITS, ...limits };
  const zip = await openZip(source);
  try {
    if (zip.entryCount > max.maxEntries) throw new ZipError(`zip has ${zip.entryCount} entries; at most ${max.maxEntries} are accepted`);
    const files: ZipFileEntry[] = [];
    const seen = new Set<string>();
    const folders = new Set<string>();
    let total = 0;
    let count = 0;
    let iterator: AsyncIterableIterator<yauzl.Entry>;
    try {
      iterator = zip.eachEntry();
    } catch (e) {
      throw wrap(e);
    }
    for (;;) {
      let next: IteratorResult<yauzl.Entry>;
      try {
        next = await iterator.next();
      } catch (e) {
        throw wrap(e);
      }
      if (next.done) break;
      const entry = next.value;
      if (++count > max.maxEntries) throw new ZipError(`zip has more than ${max.maxEntries} entries`);
      const name = checkName(entry.fileName);
      const isFolder = name.endsWith('/');
      checkKind(entry, name, isFolder);
      const key = (isFolder ? name.slice(0, -1) : name).toLowerCase();
      if (seen.has(key)) throw new ZipError(`zip entry "${name}" appears twice (names are compared without case, as some file systems do)`, name);
      seen.add(key);
      // A file may not stand where another entry needs a folder, nor a folder where a file is.
      const parts = key.split('/');
      for (let i = 1; i < parts.length; i++) {
        const prefix = parts.slice(0, i).join('/');
        if (seen.has(prefix) && !folders.has(prefix)) throw new ZipError(`zip entry "${name}" lies under "${prefix}", which is a file`, name);
        folders.add(prefix);
      }
      if (isFolder) {
        folders.add(key);
        continue;
      }
      if (folders.has(key)) throw new ZipError(`zip entry "${name}" is a file where other entries need a folder`, name);
      if (entry.uncompressedSize > max.maxEntryBytes) throw new ZipError(`zip entry "${name}" declares ${entry.uncompressedSize} bytes; at most ${max.maxEntryBytes} are accepted per entry`, name);
      total += entry.uncompressedSize;
      if (total > max.maxTotalBytes) throw new ZipError(`zip files add up to more than ${max.maxTotalBytes} bytes uncompressed`, name);
      files.push({ name, data: await inflate(zip, entry, name, max.maxEntryBytes) });
    }
    return files;
  } finally {
    zip.close();
  }
}

/**
 * Checks the whole zip (as readZip does), then writes its files below `target` (created if
 * needed). Each file is created new (an existing file or link in the way is an error, never
 * followed or overwritten) and every folder is checked to resolve inside `target`.
 * Returns the absolute paths written.
 */
export async function extractZip(source: Buffer | string, target: string, limits: Partial<ZipLimits> = {}): Promise<string[]> {
  const files = await readZip(source, limits);
  mkdirSync(target, { recursive: true });
  const root = realpathSync(target);
  const written: string[] = [];
  for (const f of files) {
    const dest = join(root, ...f.name.split('/'));
    const parent = join(dest, '..');
    mkdirSync(parent, { recursive: true });
    const real = realpathSync(parent);
    if (!inside(root, real) || !inside(root, dest)) throw new ZipError(`zip entry "${f.name}" would be written outside ${target}`, f.name);
    let fd: number;
    try {
      fd = openSync(dest, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o644);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new ZipError(`zip entry "${f.name}" cannot be written: ${code === 'EEXIST' ? 'a file is already there' : code ?? String(e)}`, f.name);
    }
    try {
      for (let off = 0; off < f.data.length; ) off += writeSync(fd, f.data, off);
    } finally {
      closeSync(fd);
    }
    if (!lstatSync(dest).isFile()) throw new ZipError(`zip entry "${f.name}" did not land as a plain file`, f.name);
    written.push(dest);
  }
  return written;
}

function inside(root: string, p: string): boolean {
  const r = relative(root, p);
  return r === '' || (!r.startsWith(`..${sep}`) && r !== '..' && !isAbsolute(r));
}

async function openZip(source: Buffer | string): Promise<yauzl.ZipFile> {
  const options: yauzl.Options = { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true, decodeStrings: true };
  try {
    return typeof source === 'string' ? await yauzl.openPromise(source, options) : await yauzl.fromBufferPromise(source, options);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof source === 'string' && code) throw new ZipError(`cannot read ${source}: ${code}`);
    throw wrap(e);
  }
}

/** yauzl's messages are precise; say that they are about a damaged or hostile zip. */
function wrap(e: unknown): ZipError {
  if (e instanceof ZipError) return e;
  const message = e instanceof Error ? e.message : String(e);
  if (/absolute path|invalid relative path|invalid characters/.test(message)) return new ZipError(`zip entry refused: ${message}`);
  return new ZipError(`not a readable zip (damaged, truncated or not a zip): ${message}`);
}

/** The name as a safe relative path, or a ZipError. yauzl already refuses `..`, `/x`, `C:` and `\`. */
function checkName(raw: string): string {
  const shown = JSON.stringify(raw).slice(1, -1);
  if (raw.length === 0) throw new ZipError('zip entry with an empty name');
  if (raw.length > 1024) throw new ZipError(`zip entry name longer than 1024 characters: "${shown.slice(0, 80)}…"`);
  if (/[\u0000-\u001f\u007f]/.test(raw)) throw new ZipError(`zip entry name with a control character: "${shown}"`, raw);
  if (raw.includes('\\')) throw new ZipError(`zip entry name with a backslash: "${shown}"`, raw);
  if (raw.includes(':')) throw new ZipError(`zip entry name with ':' (a drive letter or an alternate data stream): "${shown}"`, raw);
  if (raw.startsWith('/')) throw new ZipError(`zip entry with an absolute path: "${shown}"`, raw);
  const parts = (raw.endsWith('/') ? raw.slice(0, -1) : raw).split('/');
  for (const p of parts) {
    if (p === '..') throw new ZipError(`zip entry climbs out of its folder: "${shown}"`, raw);
    if (p === '' || p === '.') throw new ZipError(`zip entry name with an empty or '.' part: "${shown}"`, raw);
  }
  return raw;
}

/** Only plain files and folders: no links, devices or pipes, nothing encrypted. */
function checkKind(entry: yauzl.Entry, name: string, isFolder: boolean): void {
  if (entry.isEncrypted()) throw new ZipError(`zip entry "${name}" is encrypted`, name);
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) throw new ZipError(`zip entry "${name}" uses compression method ${entry.compressionMethod}; only stored (0) and deflate (8) are read`, name);
  // The Unix mode sits in the high 16 bits of the external attributes (zip's "version made by" 3).
  // Checked whatever the "made by" says: a hostile zip may claim another system.
  const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
  if (mode === S_IFLNK) throw new ZipError(`zip entry "${name}" is a symbolic link`, name);
  if (mode !== 0 && mode !== S_IFREG && mode !== S_IFDIR) throw new ZipError(`zip entry "${name}" is not a plain file or folder (mode ${mode.toString(8)})`, name);
  if (mode === S_IFDIR && !isFolder) throw new ZipError(`zip entry "${name}" is marked as a folder but its name does not end with '/'`, name);
  if (isFolder && entry.uncompressedSize !== 0) throw new ZipError(`zip folder entry "${name}" has content`, name);
}

/** Inflates one entry, counting the bytes as they come: a lying size stops at the limit, not after. */
async function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry, name: string, limit: number): Promise<Buffer> {
  let stream: Readable;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch (e) {
    throw new ZipError(`zip entry "${name}" cannot be read: ${e instanceof Error ? e.message : String(e)}`, name);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit || size > entry.uncompressedSize) {
        const why = size > limit ? `more than ${limit} bytes` : `more than the ${entry.uncompressedSize} bytes it declares`;
        throw new ZipError(`zip entry "${name}" inflates to ${why}`, name);
      }
      chunks.push(chunk);
    }
  } catch (e) {
    (stream as Readable & { destroy(): void }).destroy();
    if (e instanceof ZipError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    if (/too many bytes/.test(message)) throw new ZipError(`zip entry "${name}" inflates to more than the ${entry.uncompressedSize} bytes it declares`, name);
    if (/not enough bytes/.test(message)) throw new ZipError(`zip entry "${name}" holds fewer bytes than the ${entry.uncompressedSize} it declares`, name);
    throw new ZipError(`zip entry "${name}" cannot be read (damaged or truncated): ${message}`, name);
  }
  if (size !== entry.uncompressedSize) throw new ZipError(`zip entry "${name}" holds ${size} bytes but declares ${entry.uncompressedSize}`, name);
  const data = Buffer.concat(chunks, size);
  if (crc32(data) !== entry.crc32) throw new ZipError(`zip entry "${name}" fails its CRC-32 check (damaged)`, name);
  return data;
}
