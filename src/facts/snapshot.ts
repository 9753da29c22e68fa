// A read-only, hostile-input-safe view of the checked-out repository.
// Every other fact is built on it: it lists files once, reads each file at most once,
// never follows a symlink out of the root, and skips files that are too large.
import { closeSync, fstatSync, lstatSync, openSync, readSync, readdirSync, realpathSync, constants } from 'node:fs';
import { join, sep } from 'node:path';
import { runGit } from './git.ts';

export type EntryKind = 'file' | 'executable' | 'symlink' | 'submodule';

export interface FileEntry {
  /** Path relative to the root, with forward slashes. */
  path: string;
  kind: EntryKind;
  /** True when git tracks the file; a plain directory walk marks every file tracked. */
  tracked: boolean;
}

export interface SnapshotNote {
  path: string;
  detail: string;
}

export type ReadResult =
  | { ok: true; text: string; size: number; invalidUtf8: boolean }
  | { ok: false; reason: string };

export interface SnapshotOptions {
  /** Largest file read as text, in bytes. */
  maxFileBytes?: number;
  /** Stop listing after this many files (a plain walk of a huge tree). */
  maxFiles?: number;
}

const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const DEFAULT_MAX_FILES = 1_000_000;
const HEAD_BYTES = 8192;
const headBuffer = Buffer.alloc(HEAD_BYTES);

export class RepoSnapshot {
  readonly root: string;
  readonly files: readonly FileEntry[];
  readonly fromGit: boolean;
  readonly notes: SnapshotNote[] = [];
  private readonly byPath = new Map<string, FileEntry>();
  private byLowerPath: Map<string, FileEntry[]> | null = null;
  private byDir: Map<string, FileEntry[]> | null = null;
  private readonly texts = new Map<string, ReadResult>();
  private readonly maxFileBytes: number;

  private constructor(root: string, files: FileEntry[], fromGit: boolean, maxFileBytes: number) {
    this.root = root;
    this.files = files;
    this.fromGit = fromGit;
    this.maxFileBytes = maxFileBytes;
    for (const f of files) this.byPath.set(f.path, f);
  }

  /** Opens a snapshot of `dir`. Throws SnapshotError when `dir` is not a readable directory. */
  static open(dir: string, options: SnapshotOptions = {}): RepoSnapshot {
    let root: string;
    try {
      root = realpathSync.native(dir);
    } catch {
      throw new SnapshotError(`path does not exist: ${dir}`);
    }
    let isDir = false;
    try {
      isDir = lstatSync(root).isDirectory();
    } catch {
      /* handled below */
    }
    if (!isDir) throw new SnapshotError(`path is not a directory: ${dir}`);
    try {
      readdirSync(root);
    } catch {
      throw new SnapshotError(`directory cannot be read: ${dir}`);
    }
    const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
    const notes: SnapshotNote[] = [];
    const listed = listFromGit(root) ?? null;
    const files = listed ?? walk(root, maxFiles, notes);
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const snap = new RepoSnapshot(root, files, listed !== null, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
    snap.notes.push(...notes);
    return snap;
  }

  get(path: string): FileEntry | undefined {
    return this.byPath.get(path);
  }

  has(path: string): boolean {
    return this.byPath.has(path);
  }

  /** Entries whose path equals `path` ignoring case (README.md vs readme.md). */
  getIgnoreCase(path: string): FileEntry[] {
    if (this.byLowerPath === null) {
      this.byLowerPath = new Map();
      for (const f of this.files) {
        const lower = f.path.toLowerCase();
        const list = this.byLowerPath.get(lower);
        if (list) list.push(f);
        else this.byLowerPath.set(lower, [f]);
      }
    }
    return this.byLowerPath.get(path.toLowerCase()) ?? [];
  }

  /** Files directly inside `dir` ('' for the root), matching an optional test on the base name. */
  filesIn(dir: string, test?: (base: string) => boolean): FileEntry[] {
    if (this.byDir === null) {
      this.byDir = new Map();
      for (const f of this.files) {
        const slash = f.path.lastIndexOf('/');
        const d = slash < 0 ? '' : f.path.slice(0, slash);
        const list = this.byDir.get(d);
        if (list) list.push(f);
        else this.byDir.set(d, [f]);
      }
    }
    const entries = this.byDir.get(dir.replace(/\/+$/, '')) ?? [];
    if (!test) return entries.slice();
    return entries.filter((f) => test(f.path.slice(f.path.lastIndexOf('/') + 1)));
  }

  /** Reads a file as UTF-8 text, once. Refuses symlinks that leave the root and files over the cap. */
  read(path: string): ReadResult {
    const cached = this.texts.get(path);
    if (cached) return cached;
    const result = this.readUncached(path);
    this.texts.set(path, result);
    if (!result.ok) this.note(path, result.reason);
    else if (result.invalidUtf8) this.note(path, 'not valid UTF-8; invalid bytes were replaced');
    return result;
  }

  /**
   * The first bytes of a file (up to 8 KiB), for content sniffing: binary, executable magic.
   * Null when unreadable. Not cached: each caller sniffs a file once, and 100,000 cached heads
   * would cost hundreds of MiB.
   */
  head(path: string): Buffer | null {
    const fd = this.openInside(path);
    if (typeof fd !== 'number') return null;
    try {
      const n = readSync(fd, headBuffer, 0, HEAD_BYTES, 0);
      return Buffer.from(headBuffer.subarray(0, n));
    } catch {
      return null;
    } finally {
      closeSync(fd);
    }
  }

  /** Calls `fn` with the first bytes of a file without copying them; `fn` must not keep the buffer. */
  peek<T>(path: string, fn: (head: Buffer) => T): T | null {
    const fd = this.openInside(path);
    if (typeof fd !== 'number') return null;
    try {
      const n = readSync(fd, headBuffer, 0, HEAD_BYTES, 0);
      return fn(headBuffer.subarray(0, n));
    } catch {
      return null;
    } finally {
      closeSync(fd);
    }
  }

  /** Binary by content: a NUL byte in the first 8 KiB, as git decides. */
  isBinary(path: string): boolean {
    const h = this.head(path);
    return h !== null && h.includes(0);
  }

  note(path: string, detail: string): void {
    if (!this.notes.some((n) => n.path === path && n.detail === detail)) this.notes.push({ path, detail });
  }

  private readUncached(path: string): ReadResult {
    const fd = this.openInside(path);
    if (typeof fd !== 'number') return { ok: false, reason: fd };
    try {
      const size = fstatSync(fd).size;
      if (size > this.maxFileBytes) {
        return { ok: false, reason: `skipped: ${formatBytes(size)} is over the ${formatBytes(this.maxFileBytes)} read limit` };
      }
      const buf = Buffer.alloc(size);
      let off = 0;
      while (off < size) {
        const n = readSync(fd, buf, off, size - off, off);
        if (n === 0) break;
        off += n;
      }
      const bytes = buf.subarray(0, off);
      let text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
      let invalidUtf8 = false;
      if (text.includes('\uFFFD')) {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          invalidUtf8 = true;
        }
      }
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      return { ok: true, text, size: off, invalidUtf8 };
    } catch (e) {
      return { ok: false, reason: `cannot be read: ${errorCode(e)}` };
    } finally {
      closeSync(fd);
    }
  }

  /** Opens a regular file inside the root, or returns why not. */
  private openInside(path: string): number | string {
    if (path.split('/').some((s) => s === '..' || s === '') || path.startsWith('/')) return 'not a path inside the repository';
    const abs = join(this.root, ...path.split('/'));
    const entry = this.byPath.get(path);
    let target = abs;
    if (!entry || entry.kind === 'symlink') {
      // Unlisted paths and symlinks: resolve fully and refuse anything that lands outside the root.
      try {
        target = realpathSync.native(abs);
      } catch (e) {
        const code = errorCode(e);
        return code === 'ELOOP' ? 'symlink loop; not followed' : code === 'ENOENT' ? 'missing from the working tree' : `cannot be resolved: ${code}`;
      }
      if (target !== this.root && !target.startsWith(this.root + sep)) return 'symlink to a target outside the repository; not followed';
    }
    // Listed regular files: git never checks a path out beneath a symlinked folder and the walk
    // never descends into one, so refusing a symlink in the last component (O_NOFOLLOW) suffices.
    try {
      const fd = openSync(target, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
      const st = fstatSync(fd);
      if (!st.isFile()) {
        closeSync(fd);
        return st.isDirectory() ? 'a directory, not a file' : 'not a regular file';
      }
      return fd;
    } catch (e) {
      const code = errorCode(e);
      return code === 'ELOOP' ? 'a symlink where a file was listed; not followed' : code === 'ENOENT' ? 'missing from the working tree' : `cannot be read: ${code}`;
    }
  }
}

export class SnapshotError extends Error {}

function listFromGit(root: string): FileEntry[] | null {
  const staged = runGit(root, ['ls-files', '-z', '--stage']);
  if (staged === null) return null;
  const files: FileEntry[] = [];
  for (const rec of staged.split('\0')) {
    if (!rec) continue;
    // "<mode> <object> <stage>\t<path>"
    const tab = rec.indexOf('\t');
    if (tab < 0) continue;
    const mode = rec.slice(0, 6);
    const path = rec.slice(tab + 1);
    const kind: EntryKind = mode === '120000' ? 'symlink' : mode === '160000' ? 'submodule' : mode === '100755' ? 'executable' : 'file';
    files.push({ path, kind, tracked: true });
  }
  // Drop duplicate entries of a conflicted merge (stages 1-3).
  const seen = new Set<string>();
  const unique = files.filter((f) => (seen.has(f.path) ? false : (seen.add(f.path), true)));
  const others = runGit(root, ['ls-files', '-z', '--others', '--exclude-standard']);
  if (others) {
    for (const path of others.split('\0')) {
      if (!path || seen.has(path)) continue;
      let kind: EntryKind = 'file';
      try {
        const st = lstatSync(join(root, path));
        if (st.isSymbolicLink()) kind = 'symlink';
        else if (st.mode & 0o111) kind = 'executable';
      } catch {
        continue;
      }
      unique.push({ path, kind, tracked: false });
    }
  }
  return unique;
}

function walk(root: string, maxFiles: number, notes: SnapshotNote[]): FileEntry[] {
  const out: FileEntry[] = [];
  const stack: string[] = [''];
  while (stack.length > 0) {
    const rel = stack.pop() as string;
    let entries;
    try {
      entries = readdirSync(rel === '' ? root : join(root, rel), { withFileTypes: true });
    } catch (e) {
      notes.push({ path: rel || '.', detail: `directory cannot be read: ${errorCode(e)}` });
      continue;
    }
    for (const ent of entries) {
      const path = rel === '' ? ent.name : `${rel}/${ent.name}`;
      if (ent.isDirectory()) {
        if (ent.name !== '.git') stack.push(path);
      } else if (ent.isSymbolicLink()) {
        out.push({ path, kind: 'symlink', tracked: true });
      } else if (ent.isFile()) {
        let kind: EntryKind = 'file';
        if (ent.name.indexOf('.') < 0) {
          // Only extension-less files are likely executables; avoid a stat per file otherwise.
          try {
            if (lstatSync(join(root, path)).mode & 0o111) kind = 'executable';
          } catch {
            /* listed anyway */
          }
        }
        out.push({ path, kind, tracked: true });
      }
      if (out.length >= maxFiles) {
        notes.push({ path: '.', detail: `listing stopped at ${maxFiles} files` });
        return out;
      }
    }
  }
  return out;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 * 1024) return `${(n / (1024 * 1024 * 1024)).toFixed(1)} GiB`;
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}

export function errorCode(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') return (e as { code: string }).code;
  return e instanceof Error ? e.message : String(e);
}
