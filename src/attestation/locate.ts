// Finds the bundle and its result for one PATH given to `slam verify`: a folder holding a result
// and its bundle, an artifact zip, or a bundle file with the result beside it. Everything read
// here is hostile: sizes are capped, links are not followed, zips go through the bounded reader.
import { closeSync, lstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readZip, ZipError } from './zip.ts';

export const BUNDLE_SUFFIX = '.sigstore.json';
const MAX_BUNDLE_BYTES = 10 * 1024 * 1024;
const MAX_RESULT_BYTES = 50 * 1024 * 1024;

export class LocateError extends Error {}

export interface NamedBytes {
  /** Shown to people: a path, or `archive.zip!entry`. */
  label: string;
  bytes: Buffer;
}

export interface Located {
  bundle: NamedBytes;
  /** The result for the bundle: `<bundle minus .sigstore.json>`, else the statement's subject name, beside the bundle. */
  result(subjectName: string | undefined): NamedBytes | undefined;
}

export async function locate(path: string): Promise<Located> {
  // The PATH itself is the user's choice (followed if a link); what it holds is not.
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    throw new LocateError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  if (stat.isDirectory()) return inFolder(path);
  if (!stat.isFile()) throw new LocateError(`${path} is neither a file nor a folder`);
  if (isZip(path)) return inZip(path);
  return besideBundle(path);
}

function isZip(path: string): boolean {
  if (path.toLowerCase().endsWith('.zip')) return true;
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(4);
    return readSync(fd, head, 0, 4, 0) === 4 && head.readUInt32LE(0) === 0x04034b50;
  } finally {
    closeSync(fd);
  }
}

/** Reads a regular file (never through a link) up to `max` bytes; undefined when absent. */
function readCapped(path: string, max: number, what: string, followLink = false): Buffer | undefined {
  let stat;
  try {
    stat = followLink ? statSync(path) : lstatSync(path);
  } catch {
    return undefined;
  }
  if (stat.isSymbolicLink()) throw new LocateError(`${what} ${path} is a symbolic link; links are not followed`);
  if (!stat.isFile()) throw new LocateError(`${what} ${path} is not a regular file`);
  if (stat.size > max) throw new LocateError(`${what} ${path} is larger than ${max / 1024 / 1024} MiB`);
  return readFileSync(path);
}

function safeBase(name: string | undefined): string | undefined {
  return name && /^[^/\\\0]{1,255}$/.test(name) && name !== '.' && name !== '..' ? name : undefined;
}

function besideBundle(path: string, givenByUser = true): Located {
  const bytes = readCapped(path, MAX_BUNDLE_BYTES, 'bundle', givenByUser);
  if (!bytes) throw new LocateError(`cannot read ${path}`);
  const dir = dirname(path);
  const name = basename(path);
  return {
    bundle: { label: path, bytes },
    result(subjectName) {
      const candidates = [name.endsWith(BUNDLE_SUFFIX) ? name.slice(0, -BUNDLE_SUFFIX.length) : undefined, safeBase(subjectName)];
      for (const c of candidates) {
        if (!c) continue;
        const b = readCapped(join(dir, c), MAX_RESULT_BYTES, 'result');
        if (b) return { label: join(dir, c), bytes: b };
      }
      return undefined;
    },
  };
}

function inFolder(dir: string): Located {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    throw new LocateError(`cannot read folder ${dir}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const bundles = names.filter((n) => n.endsWith(BUNDLE_SUFFIX)).sort();
  if (bundles.length === 0) throw new LocateError(`folder ${dir} holds no bundle (*${BUNDLE_SUFFIX})`);
  if (bundles.length > 1) throw new LocateError(`folder ${dir} holds ${bundles.length} bundles (${bundles.slice(0, 3).join(', ')}${bundles.length > 3 ? ', …' : ''}): name the bundle file to verify`);
  return besideBundle(join(dir, bundles[0]), false);
}

async function inZip(path: string): Promise<Located> {
  let files;
  try {
    files = await readZip(path, { maxEntryBytes: MAX_RESULT_BYTES });
  } catch (e) {
    if (e instanceof ZipError) throw new LocateError(`${path}: ${e.message}`);
    throw e;
  }
  const bundles = files.filter((f) => f.name.endsWith(BUNDLE_SUFFIX));
  if (bundles.length === 0) throw new LocateError(`zip ${path} holds no bundle (*${BUNDLE_SUFFIX})`);
  if (bundles.length > 1) throw new LocateError(`zip ${path} holds ${bundles.length} bundles: one artifact carries one signed result`);
  const bundle = bundles[0];
  if (bundle.data.length > MAX_BUNDLE_BYTES) throw new LocateError(`bundle ${path}!${bundle.name} is larger than 10 MiB`);
  const folder = bundle.name.includes('/') ? bundle.name.slice(0, bundle.name.lastIndexOf('/') + 1) : '';
  const byName = new Map(files.map((f) => [f.name, f.data]));
  return {
    bundle: { label: `${path}!${bundle.name}`, bytes: bundle.data },
    result(subjectName) {
      const candidates = [bundle.name.slice(0, -BUNDLE_SUFFIX.length), safeBase(subjectName) ? folder + subjectName : undefined];
      for (const c of candidates) {
        const data = c ? byName.get(c) : undefined;
        if (c && data) return { label: `${path}!${c}`, bytes: data };
      }
      return undefined;
    },
  };
}
