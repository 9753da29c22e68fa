// A read-only, hostile-input-safe view of the checked-out repository.
// Every other fact is built on it: it lists files once, reads each file at most once,
// never follows a symlink out of the root, and skips files that are too large.
import { closeSync, existsSync, fstatSync, lstatSync, openSync, readSync, readdirSync, realpathSync, constants } from 'node:fs';
import { join, sep } from 'node:path';
import { gitRefusal, runGitAsync, runGitStatus, type GitOutput } from './git.ts';
import { trimEnd } from './text.ts';

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

/** Bytes of a file read without caching; `size` is the file's size when it is known. */
export type BytesResult =
  | { ok: true; bytes: Buffer; size: number }
  | { ok: false; reason: string; size?: number };

export interface SnapshotOptions {
  /** Largest file read as text, in bytes. */
  maxFileBytes?: number;
  /** Stop listing after this many files (a plain walk of a huge tree). */
  maxFiles?: number;
  /** Stops the git listings (their processes are killed); what was not listed is then walked or noted. */
  signal?: AbortSignal;
}

/**
 * What in the work tree would make git wait or read outside it, found on the folders that hold
 * tracked files (a few lstat calls per folder, before git reads them).
 */
export interface TreeHazards {
  /** `.gitignore` files that are not regular files (a FIFO): git ls-files --others would wait on them. */
  ignoreFiles: string[];
  /** `.gitattributes` files that are not regular files: git grep would wait on them. */
  attributeFiles: string[];
  /** Folders of tracked files that are symlinks in the work tree: git grep would follow them out. */
  symlinkedDirs: string[];
}

const NO_HAZARDS: TreeHazards = { ignoreFiles: [], attributeFiles: [], symlinkedDirs: [] };

const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
// git prints file names as bytes: read byte for byte, each is decoded here (names need not be UTF-8).
const LIST_TRACKED = ['ls-files', '-z', '-v', '--stage'];
const LIST_OTHERS = ['ls-files', '-z', '--others', '--exclude-standard'];
const LIST_MAX_BUFFER = 512 * 1024 * 1024;
const AS_BYTES = { encoding: 'latin1' } as const;
/**
 * The untracked listing walks the work tree and reads each folder's .gitignore: one that is a
 * FIFO in an untracked folder (not found beforehand) would stall it, so it gets less time than the
 * tracked listing, and its failure costs only the untracked files.
 */
const UNTRACKED_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_FILES = 1_000_000;
const HEAD_BYTES = 8192;
const headBuffer = Buffer.alloc(HEAD_BYTES);
/** readWhen's head: one byte order mark longer, since the head is counted after it. */
const sniffBuffer = Buffer.alloc(HEAD_BYTES + 3);

export class RepoSnapshot {
  readonly root: string;
  readonly files: readonly FileEntry[];
  readonly fromGit: boolean;
  readonly notes: SnapshotNote[] = [];
  /** Work-tree hazards for git found while listing (empty for a plain walk). */
  hazards: TreeHazards = NO_HAZARDS;
  /** True when the listing was stopped (options.signal) before git listed anything: `files` is empty. */
  stopped = false;
  /**
   * Tracked files git itself reads from the index instead of the work tree (marked
   * assume-unchanged or skip-worktree): what git says of their content may not be what is checked out.
   */
  gitReadsIndex: ReadonlySet<string> = new Set();
  private readonly byPath = new Map<string, FileEntry>();
  private byLowerPath: Map<string, FileEntry[]> | null = null;
  private byDir: Map<string, FileEntry[]> | null = null;
  /**
   * Every read of a file's content so far (read, readWhen, readBytes, peek): how many times it was
   * opened for its bytes and how many bytes were read. What "each file at most once" is tested on.
   */
  readonly reads = new Map<string, { times: number; bytes: number }>();
  private readonly texts = new Map<string, ReadResult>();
  /** Cached texts that are their file's bytes exactly (valid UTF-8, no byte order mark): knownBytes serves their bytes. */
  private readonly exactTexts = new Set<string>();
  private readonly noted = new Set<string>();
  private readonly dirOk = new Map<string, boolean>();
  private readonly maxFileBytes: number;
  /** The bytes of each listed name that is not UTF-8 (its path shows them as \xNN). */
  private readonly rawNames: ReadonlyMap<string, Buffer>;

  private constructor(root: string, files: FileEntry[], fromGit: boolean, maxFileBytes: number, rawNames: ReadonlyMap<string, Buffer>) {
    this.root = root;
    this.files = files;
    this.fromGit = fromGit;
    this.maxFileBytes = maxFileBytes;
    this.rawNames = rawNames;
    for (const f of files) this.byPath.set(f.path, f);
  }

  /** A snapshot of `dir` that lists no file: what facts are gathered from when the files were not listed in time. */
  static empty(dir: string): RepoSnapshot {
    return new RepoSnapshot(checkRoot(dir), [], false, DEFAULT_MAX_FILE_BYTES, new Map());
  }

  /** Opens a snapshot of `dir`. Throws SnapshotError when `dir` is not a readable directory. */
  static open(dir: string, options: SnapshotOptions = {}): RepoSnapshot {
    const root = checkRoot(dir);
    const limits = { ...AS_BYTES, signal: options.signal };
    const staged = listing(runGitStatus(root, LIST_TRACKED, LIST_MAX_BUFFER, limits));
    const hazards = staged === null ? NO_HAZARDS : findHazards(root, staged);
    const others = staged === null || hazards.ignoreFiles.length > 0 ? null : listing(runGitStatus(root, LIST_OTHERS, LIST_MAX_BUFFER, { ...limits, timeoutMs: UNTRACKED_TIMEOUT_MS }));
    return RepoSnapshot.build(root, staged, others, hazards, options);
  }

  /**
   * open(), with git's two listings (tracked, and untracked but not ignored) started at the same
   * time; the untracked one is stopped when a tracked folder holds a .gitignore git would wait on.
   */
  static async openAsync(dir: string, options: SnapshotOptions = {}): Promise<RepoSnapshot> {
    const root = checkRoot(dir);
    const stopOthers = new AbortController();
    const othersSignal = options.signal ? AbortSignal.any([options.signal, stopOthers.signal]) : stopOthers.signal;
    const stagedP = runGitAsync(root, LIST_TRACKED, LIST_MAX_BUFFER, { ...AS_BYTES, signal: options.signal });
    const othersP = runGitAsync(root, LIST_OTHERS, LIST_MAX_BUFFER, { ...AS_BYTES, signal: othersSignal, timeoutMs: UNTRACKED_TIMEOUT_MS });
    const staged = listing(await stagedP);
    const hazards = staged === null ? NO_HAZARDS : findHazards(root, staged);
    if (staged === null || hazards.ignoreFiles.length > 0) stopOthers.abort();
    const others = listing(await othersP);
    return RepoSnapshot.build(root, staged, staged === null ? null : others, hazards, options);
  }

  private static build(root: string, staged: string | null, others: string | null, hazards: TreeHazards, options: SnapshotOptions): RepoSnapshot {
    const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
    const notes: SnapshotNote[] = [];
    const fromIndex = new Set<string>();
    const names = new NameDecoder(root);
    const listed = staged === null ? null : listFromGit(names, staged, others, fromIndex, maxFiles, notes);
    const refusal = gitRefusal(root);
    if (refusal !== null) {
      notes.push({ path: '.git', detail: `git was not run: ${refusal}; the folder was listed as a plain folder instead, ignored files included` });
    } else if (listed === null && existsSync(join(root, '.git'))) {
      notes.push({ path: '.git', detail: 'git could not list the files (not a work tree top, a broken .git, or no answer in time): the folder was listed instead, ignored files included' });
    }
    if (listed !== null && others === null) {
      const why = hazards.ignoreFiles.length > 0 ? `${hazards.ignoreFiles[0]} is not a regular file (git would wait on it)` : options.signal?.aborted ? 'the run was stopped first (time limit)' : 'git gave no answer in time';
      notes.push({ path: hazards.ignoreFiles[0] ?? '.', detail: `untracked files were not listed: ${why}; only the files git tracks were read` });
    }
    for (const d of hazards.symlinkedDirs.slice(0, 20)) notes.push({ path: d, detail: 'a tracked folder that is a symlink in the work tree; not followed' });
    // Stopped (the run's time limit) before git listed the files: no walk either, the list is empty.
    const stopped = listed === null && options.signal?.aborted === true;
    if (stopped) notes.push({ path: '.', detail: 'the files were not listed: the run was stopped first (time limit)' });
    const files = sortByPath(listed ?? (stopped ? [] : walk(names, maxFiles, notes)));
    if (names.raw.size > 0) notes.push({ path: '.', detail: `${names.raw.size} file name(s) are not valid UTF-8: each invalid byte is shown as \\xNN` });
    const snap = new RepoSnapshot(root, files, listed !== null, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, names.raw);
    snap.notes.push(...notes);
    snap.gitReadsIndex = fromIndex;
    snap.hazards = listed !== null ? hazards : NO_HAZARDS;
    snap.stopped = stopped;
    return snap;
  }

  get(path: string): FileEntry | undefined {
    return this.byPath.get(path);
  }

  has(path: string): boolean {
    return this.byPath.has(path);
  }

  /** The bytes of a listed name that is not valid UTF-8 (its path shows each invalid byte as \xNN); undefined for every other name. */
  nameBytes(path: string): Buffer | undefined {
    return this.rawNames.get(path);
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
      // The listing is sorted, so files of one folder mostly come in runs: test the run's folder before slicing.
      let dir = '';
      let run: FileEntry[] | null = null;
      for (const f of this.files) {
        const slash = f.path.lastIndexOf('/');
        if (run !== null && (slash < 0 ? dir === '' : slash === dir.length && f.path.startsWith(dir))) {
          run.push(f);
          continue;
        }
        dir = slash < 0 ? '' : f.path.slice(0, slash);
        run = this.byDir.get(dir) ?? null;
        if (run) run.push(f);
        else this.byDir.set(dir, (run = [f]));
      }
    }
    const entries = this.byDir.get(trimEnd(dir, '/')) ?? [];
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
   * read(), for a file whose head passes `test`: the first 8 KiB of its text (after a byte order
   * mark) are read and shown to `test`, and the rest is read, in the same pass, only when it says
   * yes. A sniff over many files thus reads each of them once and most no further than their head.
   * A file read before is tested on the same head of its text. Null when the head says no (nothing
   * is cached, so a later read() reads it); a file that cannot be read gives read()'s refusal.
   */
  readWhen(path: string, test: (head: string) => boolean): ReadResult | null {
    const cached = this.texts.get(path);
    if (cached) return !cached.ok || test(textHead(cached.text)) ? cached : null;
    const result = this.readUncached(path, test);
    if (result === null) return null;
    this.texts.set(path, result);
    if (!result.ok) this.note(path, result.reason);
    else if (result.invalidUtf8) this.note(path, 'not valid UTF-8; invalid bytes were replaced');
    return result;
  }

  /**
   * Calls `fn` with the first bytes of a file (up to 8 KiB, for content sniffing) without copying
   * them; `fn` must not keep the buffer. Null when the file cannot be read. Nothing is cached: a
   * sniff of every file must not keep 100,000 heads.
   */
  peek<T>(path: string, fn: (head: Buffer) => T): T | null {
    const known = this.knownBytes(path, HEAD_BYTES);
    if (known) return fn(known.bytes);
    const fd = this.openInside(path);
    if (typeof fd !== 'number') return null;
    try {
      const n = readSync(fd, headBuffer, 0, HEAD_BYTES, 0);
      this.counted(path, n);
      return fn(headBuffer.subarray(0, n));
    } catch {
      return null;
    } finally {
      closeSync(fd);
    }
  }

  /**
   * A whole file's bytes, uncached (a scan of every file must not keep them), with the same
   * refusals as read(): never through a symlink out of the root, never a non-regular file. A file
   * over `maxBytes` is not read: the result says so, with its size.
   */
  readBytes(path: string, maxBytes: number): BytesResult {
    return this.readBytesUpTo(path, maxBytes, Infinity);
  }

  /**
   * readBytes() that reads only the first `headBytes` bytes (a copy, the caller may keep it):
   * the same refusals, the same answer for a file over `maxBytes`, and the whole file's size.
   */
  readHead(path: string, maxBytes: number, headBytes = HEAD_BYTES): BytesResult {
    return this.readBytesUpTo(path, maxBytes, headBytes);
  }

  /**
   * The first `upTo` bytes of a file already read as text that is its bytes exactly, and the
   * file's size; null otherwise. Every reader of bytes asks here first, so that a file read as
   * text is never opened again.
   */
  private knownBytes(path: string, upTo: number): { bytes: Buffer; size: number } | null {
    const cached = this.exactTexts.has(path) ? this.texts.get(path) : undefined;
    if (!cached?.ok) return null;
    // Each UTF-16 unit is at least one byte, so `upTo` units hold the bytes asked for; one more
    // keeps a surrogate pair whole. Encoded, then cut, as a read of the head may end inside a character.
    const text = upTo >= cached.size ? cached.text : cached.text.slice(0, upTo + 1);
    const bytes = Buffer.from(text, 'utf8');
    return { bytes: bytes.length > upTo ? bytes.subarray(0, upTo) : bytes, size: cached.size };
  }

  private readBytesUpTo(path: string, maxBytes: number, upTo: number): BytesResult {
    const known = this.knownBytes(path, upTo);
    if (known) {
      if (known.size > maxBytes) return { ok: false, reason: `skipped: ${formatBytes(known.size)} is over the ${formatBytes(maxBytes)} read limit`, size: known.size };
      return { ok: true, bytes: known.bytes, size: known.size };
    }
    const fd = this.openInside(path);
    if (typeof fd !== 'number') return { ok: false, reason: fd };
    try {
      const size = fstatSync(fd).size;
      if (size > maxBytes) return { ok: false, reason: `skipped: ${formatBytes(size)} is over the ${formatBytes(maxBytes)} read limit`, size };
      const bytes = readFd(fd, Math.min(size, upTo));
      this.counted(path, bytes.length);
      return { ok: true, bytes, size };
    } catch (e) {
      return { ok: false, reason: `cannot be read: ${errorCode(e)}` };
    } finally {
      closeSync(fd);
    }
  }

  /** A file's size without reading it, with the same refusals as read(); null when it cannot be read. */
  size(path: string): number | null {
    const fd = this.openInside(path);
    if (typeof fd !== 'number') return null;
    try {
      return fstatSync(fd).size;
    } catch {
      return null;
    } finally {
      closeSync(fd);
    }
  }

  note(path: string, detail: string): void {
    const key = `${path}\0${detail}`;
    if (this.noted.has(key)) return;
    this.noted.add(key);
    this.notes.push({ path, detail });
  }

  private counted(path: string, bytes: number): void {
    const r = this.reads.get(path);
    if (r) {
      r.times++;
      r.bytes += bytes;
    } else this.reads.set(path, { times: 1, bytes });
  }

  private readUncached(path: string): ReadResult;
  private readUncached(path: string, headTest: (head: string) => boolean): ReadResult | null;
  private readUncached(path: string, headTest?: (head: string) => boolean): ReadResult | null {
    const fd = this.openInside(path);
    if (typeof fd !== 'number') return { ok: false, reason: fd };
    try {
      const size = fstatSync(fd).size;
      if (size > this.maxFileBytes) {
        return { ok: false, reason: `skipped: ${formatBytes(size)} is over the ${formatBytes(this.maxFileBytes)} read limit` };
      }
      let bytes: Buffer;
      if (headTest) {
        const headEnd = Math.min(size, HEAD_BYTES + BOM.length);
        const got = readFdInto(fd, sniffBuffer, 0, headEnd);
        if (!headTest(bytesHead(sniffBuffer.subarray(0, got)))) {
          this.counted(path, got);
          return null;
        }
        // The rest of the file after the head (unless the file shrank under us), into a buffer of its size.
        const buf = Buffer.allocUnsafe(size);
        sniffBuffer.copy(buf, 0, 0, got);
        bytes = buf.subarray(0, got === headEnd ? readFdInto(fd, buf, got, size) : got);
      } else bytes = readFd(fd, size);
      this.counted(path, bytes.length);
      const off = bytes.length;
      let text = LENIENT_UTF8.decode(bytes);
      let invalidUtf8 = false;
      if (text.includes('\uFFFD')) {
        try {
          STRICT_UTF8.decode(bytes);
        } catch {
          invalidUtf8 = true;
        }
      }
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (!invalidUtf8 && text.length > 0 && !bytes.subarray(0, BOM.length).equals(BOM)) this.exactTexts.add(path);
      return { ok: true, text, size: off, invalidUtf8 };
    } catch (e) {
      return { ok: false, reason: `cannot be read: ${errorCode(e)}` };
    } finally {
      closeSync(fd);
    }
  }

  /** True when the folder holding a listed path resolves inside the root (checked once per folder). */
  private dirInside(path: string): boolean {
    const slash = path.lastIndexOf('/');
    if (slash < 0) return true;
    const dir = path.slice(0, slash);
    let inside = this.dirOk.get(dir);
    if (inside === undefined) {
      const raw = this.rawNames.get(path);
      try {
        inside = this.resolvesInside(raw ? this.fsPath(dir, raw.subarray(0, raw.lastIndexOf(0x2f))) : this.fsPath(dir)).inside;
      } catch {
        inside = true; // a missing folder: the open below says so
      }
      this.dirOk.set(dir, inside);
    }
    return inside;
  }

  /** Where a listed path is on disk: its bytes when its name is not UTF-8. */
  private fsPath(path: string, raw?: Buffer): string | Buffer {
    if (raw) return Buffer.concat([Buffer.from(this.root + sep), raw]);
    return this.root + sep + (sep === '/' ? path : path.replaceAll('/', sep));
  }

  /** The real path of `abs` and whether it is the root or inside it; throws what realpath throws. */
  private resolvesInside(abs: string | Buffer): { target: string | Buffer; inside: boolean } {
    if (typeof abs === 'string') {
      const target = realpathSync.native(abs);
      return { target, inside: target === this.root || target.startsWith(this.root + sep) };
    }
    const target = realpathSync.native(abs, { encoding: 'buffer' });
    const root = Buffer.from(this.root);
    const under = target.length > root.length && target[root.length] === sep.charCodeAt(0);
    return { target, inside: target.subarray(0, root.length).equals(root) && (target.length === root.length || under) };
  }

  /** Opens a regular file inside the root, or returns why not. */
  private openInside(path: string): number | string {
    if (!isRelativeInside(path)) return 'not a path inside the repository';
    const abs = this.fsPath(path, this.rawNames.get(path));
    const entry = this.byPath.get(path);
    let target = abs;
    if (!entry || entry.kind === 'symlink') {
      // Unlisted paths and symlinks: resolve fully and refuse anything that lands outside the root.
      let inside: boolean;
      try {
        ({ target, inside } = this.resolvesInside(abs));
      } catch (e) {
        const code = errorCode(e);
        return code === 'ELOOP' ? 'symlink loop; not followed' : code === 'ENOENT' ? 'missing from the working tree' : `cannot be resolved: ${code}`;
      }
      if (!inside) return 'symlink to a target outside the repository; not followed';
    } else if (!this.dirInside(path)) {
      return 'in a folder that resolves outside the repository; not followed';
    }
    // Listed regular files: git never checks a path out beneath a symlinked folder and the walk
    // never descends into one; a folder replaced by a symlink since is caught by dirInside (once
    // per folder), and a symlink in the last component is refused by O_NOFOLLOW.
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

/** The real path of `dir`; throws SnapshotError when it is not a readable directory. */
export function checkRoot(dir: string): string {
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
  return root;
}

const byPathOrder = (a: FileEntry, b: FileEntry) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * Sorts entries by path, one entry per path. git lists tracked files already in order: only the
 * untracked ones after them are sorted, then merged in.
 */
function sortByPath(files: FileEntry[]): FileEntry[] {
  let n = 1;
  while (n < files.length && files[n - 1].path < files[n].path) n++;
  if (n >= files.length) return files;
  const head = files.slice(0, n);
  const tail = files.slice(n).sort(byPathOrder);
  const out: FileEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < head.length || j < tail.length) {
    const next = j >= tail.length || (i < head.length && head[i].path <= tail[j].path) ? head[i++] : tail[j++];
    // A path listed twice (git lists none twice) is kept once, first as listed.
    if (out.length === 0 || out[out.length - 1].path !== next.path) out.push(next);
  }
  return out;
}

/** Reads up to `size` bytes from the start of an open file (fewer when it shrank). */
function readFd(fd: number, size: number): Buffer {
  const buf = Buffer.allocUnsafe(size);
  return buf.subarray(0, readFdInto(fd, buf, 0, size));
}

/** Fills `buf` from offset `from` up to `end` (the same offsets in the file); returns where it stopped (earlier when the file shrank). */
function readFdInto(fd: number, buf: Buffer, from: number, end: number): number {
  let off = from;
  while (off < end) {
    const n = readSync(fd, buf, off, end - off, off);
    if (n === 0) break;
    off += n;
  }
  return off;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const HEAD_DECODER = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** The text of the first HEAD_BYTES bytes after a byte order mark (a character cut at the end is dropped). */
function bytesHead(bytes: Buffer): string {
  const start = bytes.subarray(0, BOM.length).equals(BOM) ? BOM.length : 0;
  let end = Math.min(bytes.length, start + HEAD_BYTES);
  // Back off to a character boundary when the cut falls inside a UTF-8 sequence.
  if (end < bytes.length) while (end > start && (bytes[end] & 0xc0) === 0x80) end--;
  return HEAD_DECODER.decode(bytes.subarray(start, end));
}

/** The same head of a text already read (its byte order mark already dropped). */
function textHead(text: string): string {
  return bytesHead(Buffer.from(text.slice(0, HEAD_BYTES), 'utf8'));
}

/** A relative path with no empty, '..' or (on Windows) backslash-hidden segments. */
function isRelativeInside(path: string): boolean {
  if (path === '' || path.charCodeAt(0) === 47 || path.charCodeAt(path.length - 1) === 47 || path.includes('//')) return false;
  if (sep !== '/' && (path.includes(sep) || path.includes(':'))) return false;
  if (path.includes('..')) {
    for (const s of path.split('/')) if (s === '..') return false;
  }
  return true;
}

/** git's output when it listed the files, else null. */
function listing(r: GitOutput | null): string | null {
  return r !== null && r.status === 0 ? r.stdout : null;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Decodes a file's text, a byte-order mark left out; one decoder for every file (making one costs as much as decoding). */
const LENIENT_UTF8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const NON_ASCII = /[\x80-\xff]/;

/**
 * A file name read byte for byte (one latin1 character a byte, as git and readdir give it) as a
 * path: UTF-8 decoded, and when it is not valid UTF-8, each invalid byte written \xNN (so that two
 * such names stay two paths) and the bytes kept to open the file by.
 */
export function decodeFileName(latin1: string): { path: string; bytes?: Buffer } {
  if (!NON_ASCII.test(latin1)) return { path: latin1 };
  const bytes = Buffer.from(latin1, 'latin1');
  try {
    return { path: STRICT_UTF8.decode(bytes) };
  } catch {
    return { path: escapeInvalidUtf8(bytes), bytes };
  }
}

function escapeInvalidUtf8(bytes: Buffer): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len > 0 && i + len <= bytes.length) {
      try {
        out += STRICT_UTF8.decode(bytes.subarray(i, i + len));
        i += len;
        continue;
      } catch {
        /* not a valid sequence: escaped below */
      }
    }
    out += `\\x${b.toString(16).padStart(2, '0')}`;
    i++;
  }
  return out;
}

/** Decodes listed names, keeping the bytes of those that are not UTF-8 to reach them on disk. */
class NameDecoder {
  readonly raw = new Map<string, Buffer>();
  private readonly root: string;
  private readonly rootBytes: Buffer;

  constructor(root: string) {
    this.root = root;
    this.rootBytes = Buffer.from(root);
  }

  path(latin1: string): string {
    const d = decodeFileName(latin1);
    if (d.bytes) this.raw.set(d.path, d.bytes);
    return d.path;
  }

  /**
   * The absolute name of a relative one read byte for byte: a string when the name is ASCII (the
   * same bytes, and cheaper for the file system calls of a large tree), else the bytes.
   */
  onDisk(latin1: string): string | Buffer {
    if (!NON_ASCII.test(latin1)) return latin1 === '' ? this.root : `${this.root}/${latin1}`;
    return Buffer.concat([this.rootBytes, SLASH, Buffer.from(latin1, 'latin1')]);
  }
}

/** `name` inside the folder `onDisk` (as NameDecoder.onDisk gives it). */
function inFolder(onDisk: string | Buffer, name: string): string | Buffer {
  return typeof onDisk === 'string' ? `${onDisk}/${name}` : Buffer.concat([onDisk, Buffer.from('/' + name)]);
}

const SLASH = Buffer.from('/');

/**
 * Looks, in every folder that holds tracked files (and their parents), for what git would wait on
 * or follow out of the tree: a .gitignore or .gitattributes that is not a regular file, a folder
 * that is a symlink. Parents come before children, and nothing below a symlinked folder is looked
 * at (that would reach outside the tree).
 */
export function findHazards(root: string, staged: string): TreeHazards {
  const dirs = new Set<string>(['']);
  for (const rec of staged.split('\0')) {
    const tab = rec.indexOf('\t');
    if (tab < 0) continue;
    let slash = rec.lastIndexOf('/');
    while (slash > tab) {
      const dir = rec.slice(tab + 1, slash);
      if (dirs.has(dir)) break;
      dirs.add(dir);
      slash = rec.lastIndexOf('/', slash - 1);
    }
  }
  const out: TreeHazards = { ignoreFiles: [], attributeFiles: [], symlinkedDirs: [] };
  const names = new NameDecoder(root);
  const linked: string[] = [];
  // Most folders hold neither file: an absent one is answered without an exception (they cost
  // more than the lstat itself, thousands of times in a large tree).
  const NO_THROW = { throwIfNoEntry: false } as const;
  for (const dir of [...dirs].sort()) {
    if (linked.length > 0 && linked.some((l) => dir.startsWith(l + '/'))) continue;
    const onDisk = names.onDisk(dir);
    let st;
    try {
      st = lstatSync(onDisk, NO_THROW);
    } catch {
      continue;
    }
    if (st === undefined) continue;
    if (st.isSymbolicLink()) {
      linked.push(dir);
      out.symlinkedDirs.push(names.path(dir));
      continue;
    }
    if (!st.isDirectory()) continue;
    for (const [name, list] of [['.gitignore', out.ignoreFiles], ['.gitattributes', out.attributeFiles]] as const) {
      try {
        const f = lstatSync(inFolder(onDisk, name), NO_THROW);
        if (f !== undefined && !f.isFile()) list.push(names.path(dir === '' ? name : `${dir}/${name}`));
      } catch {
        /* unreadable (not a folder on the way): nothing git would read */
      }
    }
  }
  return out;
}

function listFromGit(names: NameDecoder, staged: string, others: string | null, fromIndex: Set<string>, maxFiles: number, notes: SnapshotNote[]): FileEntry[] {
  const files: FileEntry[] = [];
  const full = () => {
    if (files.length < maxFiles) return false;
    notes.push({ path: '.', detail: `listing stopped at ${maxFiles} files` });
    return true;
  };
  for (const rec of staged.split('\0')) {
    if (!rec) continue;
    // "<tag> <mode> <object> <stage>\t<path>"; the tag is H, or S for skip-worktree, lower case when assume-unchanged.
    const tab = rec.indexOf('\t');
    if (tab < 0) continue;
    const tagged = rec.charCodeAt(1) === 32;
    const path = names.path(rec.slice(tab + 1));
    // Duplicate entries of a conflicted merge (stages 1-3) are adjacent in index order; keep the first.
    if (files.length > 0 && files[files.length - 1].path === path) continue;
    if (full()) return files;
    const mode = tagged ? rec.slice(2, 8) : rec.slice(0, 6);
    const kind: EntryKind = mode === '120000' ? 'symlink' : mode === '160000' ? 'submodule' : mode === '100755' ? 'executable' : 'file';
    files.push({ path, kind, tracked: true });
    if (tagged && rec[0] !== 'H' && rec[0] !== 'M') fromIndex.add(path);
  }
  if (others) {
    for (const name of others.split('\0')) {
      if (!name) continue;
      if (full()) return files;
      const path = names.path(name);
      let kind: EntryKind = 'file';
      try {
        const st = lstatSync(names.onDisk(name));
        if (st.isSymbolicLink()) kind = 'symlink';
        else if (st.mode & 0o111) kind = 'executable';
      } catch {
        continue;
      }
      files.push({ path, kind, tracked: false });
    }
  }
  return files;
}

/** Lists the folder without git; names are read as bytes, as git gives them. */
function walk(names: NameDecoder, maxFiles: number, notes: SnapshotNote[]): FileEntry[] {
  const out: FileEntry[] = [];
  const stack: string[] = [''];
  while (stack.length > 0) {
    const rel = stack.pop() as string;
    let entries;
    try {
      entries = readdirSync(names.onDisk(rel), { withFileTypes: true, encoding: 'buffer' });
    } catch (e) {
      notes.push({ path: names.path(rel) || '.', detail: `directory cannot be read: ${errorCode(e)}` });
      continue;
    }
    for (const ent of entries) {
      const name = ent.name.toString('latin1');
      const rawPath = rel === '' ? name : `${rel}/${name}`;
      // git's own data (a folder, or a file naming a git directory elsewhere) is not content.
      if (name === '.git') continue;
      if (ent.isDirectory()) {
        stack.push(rawPath);
      } else if (ent.isSymbolicLink()) {
        out.push({ path: names.path(rawPath), kind: 'symlink', tracked: true });
      } else if (ent.isFile()) {
        let kind: EntryKind = 'file';
        if (name.indexOf('.') < 0) {
          // Only extension-less files are likely executables; avoid a stat per file otherwise.
          try {
            if (lstatSync(names.onDisk(rawPath)).mode & 0o111) kind = 'executable';
          } catch {
            /* listed anyway */
          }
        }
        out.push({ path: names.path(rawPath), kind, tracked: true });
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
