// Before git runs in a checkout, its git directory is inspected: git would follow whatever it
// names (a `.git` file's `gitdir:`, `commondir`, alternates, configuration includes) and open
// whatever it holds, a FIFO included, where it would wait for ever. Git runs only when everything
// it would read is a regular file or folder inside the evaluated tree; otherwise the tree is read
// as a plain folder and the reason is noted. Nothing here opens anything but regular files, and
// those without blocking (O_NONBLOCK) and without following a last symlink.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Entries of a git directory checked at most; a larger one is not checked, so git does not run. */
export const MAX_GIT_DIR_ENTRIES = 200_000;
const MAX_SMALL_FILE = 64 * 1024;
const MAX_CONFIG_FILE = 1024 * 1024;
const MAX_INCLUDE_DEPTH = 10;

export type GitDirVerdict =
  /** No `.git` at all: not a repository, git is not asked. */
  | { kind: 'none' }
  /**
   * A git directory git may read: `gitDir` is what GIT_DIR is set to. `originUrl` is
   * remote.origin.url when the configuration was read here with certainty (null: none is set);
   * absent when git must be asked.
   */
  | { kind: 'ok'; gitDir: string; originUrl?: string | null }
  /** A `.git` git must not be run on, and why (for a note). */
  | { kind: 'refused'; reason: string };

/**
 * Where the git directory of `root` (a real path) is and whether git may read it. `runnerTemp`
 * is the one place outside the tree a configuration may include (actions/checkout keeps its
 * credentials configuration there and includes it from .git/config).
 */
export function inspectGitDir(root: string, runnerTemp: string | undefined = process.env.RUNNER_TEMP): GitDirVerdict {
  const dotGit = join(root, '.git');
  let st;
  try {
    st = lstatSync(dotGit);
  } catch {
    return { kind: 'none' };
  }
  // Where git may read: the tree, and a git directory outside it that points back at the tree.
  const areas = [root];
  const inside = (p: string) => areas.some((a) => p === a || p.startsWith(a + sep));
  const show = (p: string) => (p === root || p.startsWith(root + sep) ? relative(root, p) || '.' : p);
  let gitDir: string;
  if (st.isDirectory() || st.isSymbolicLink()) {
    let real: string;
    try {
      real = realpathSync.native(dotGit);
    } catch (e) {
      return { kind: 'refused', reason: `.git is a symlink that cannot be resolved (${code(e)})` };
    }
    if (!inside(real) || real === root) return { kind: 'refused', reason: `.git resolves to ${real}, outside the repository` };
    if (!isDir(real)) return { kind: 'refused', reason: '.git is not a folder' };
    gitDir = real;
  } else if (st.isFile()) {
    const text = readSmall(dotGit, MAX_SMALL_FILE);
    if (text === null) return { kind: 'refused', reason: '.git is a file that cannot be read' };
    const m = /^gitdir:[ \t]*([^\r\n]+)/.exec(text);
    if (!m) return { kind: 'refused', reason: '.git is a file without a "gitdir:" line' };
    const named = resolve(root, m[1].trim());
    let real: string;
    try {
      real = realpathSync.native(named);
    } catch {
      return { kind: 'refused', reason: `.git names the git directory ${m[1].trim()}, which does not exist` };
    }
    if (real === root || !isDir(real)) return { kind: 'refused', reason: `.git names ${show(real)}, which is not a git directory` };
    if (!inside(real)) {
      // Outside the tree, only the git directory of this very work tree: a linked worktree's
      // (its `gitdir` file names this .git) or a submodule's (its core.worktree names this tree).
      // Another repository's git directory does not name this tree, and is not read.
      if (!pointsBack(real, root, dotGit)) return { kind: 'refused', reason: `.git names the git directory ${real}, outside the repository, which is not this work tree's` };
      areas.push(real);
    }
    gitDir = real;
  } else {
    return { kind: 'refused', reason: '.git is neither a folder nor a file (a FIFO or a device)' };
  }

  // A linked worktree's git directory shares the rest through `commondir`.
  const dirs = [gitDir];
  const commonFile = join(gitDir, 'commondir');
  if (exists(commonFile)) {
    const text = readSmall(commonFile, MAX_SMALL_FILE);
    if (text === null) return { kind: 'refused', reason: `${show(commonFile)} is not a readable file` };
    let common: string;
    try {
      common = realpathSync.native(resolve(gitDir, text.trim()));
    } catch {
      return { kind: 'refused', reason: `${show(commonFile)} names a folder that does not exist` };
    }
    // A linked worktree's git directory lives in the common one (.git/worktrees/<name>).
    if (!inside(common) && !(gitDir.startsWith(common + sep) && areas.includes(gitDir))) return { kind: 'refused', reason: `${show(commonFile)} names ${common}, outside the repository` };
    if (!inside(common)) areas.push(common);
    if (common !== gitDir && !common.startsWith(gitDir + sep)) dirs.push(common);
  }

  for (const dir of dirs) {
    const bad = walkGitDir(dir, inside, show);
    if (bad !== null) return { kind: 'refused', reason: bad };
  }

  for (const dir of dirs) {
    const alternates = join(dir, 'objects', 'info', 'alternates');
    if (!exists(alternates)) continue;
    const text = readSmall(alternates, MAX_SMALL_FILE);
    if (text === null) return { kind: 'refused', reason: `${show(alternates)} is not a readable file` };
    for (const line of text.split('\n')) {
      const l = line.trim();
      if (l === '' || l.startsWith('#')) continue;
      const target = resolveOrNull(resolve(join(dir, 'objects'), l));
      if (target === null || !dirs.some((d) => target === d || target.startsWith(d + sep)))
        return { kind: 'refused', reason: `${show(alternates)} borrows objects from ${l}, outside the repository's git directory` };
    }
  }

  const configs = [join(gitDir, 'config'), join(gitDir, 'config.worktree'), ...dirs.slice(1).map((d) => join(d, 'config'))];
  const present = configs.filter(exists);
  let originUrl: string | null | undefined;
  for (const file of present) {
    const text = readSmall(file, MAX_CONFIG_FILE);
    const bad = checkIncludes(file, 0, inside, show, runnerTemp, text);
    if (bad !== null) return { kind: 'refused', reason: bad };
    // With one configuration file and nothing it includes, its remote.origin.url is the answer
    // `git config --get` would give: one git process the fewer.
    if (present.length === 1 && text !== null) originUrl = originUrlOf(text);
  }
  return originUrl === undefined ? { kind: 'ok', gitDir } : { kind: 'ok', gitDir, originUrl };
}

/** Does the git directory `gitDir` (outside the tree) belong to the work tree `root`? */
function pointsBack(gitDir: string, root: string, dotGit: string): boolean {
  const back = readSmall(join(gitDir, 'gitdir'), MAX_SMALL_FILE);
  if (back !== null && resolveOrNull(resolve(gitDir, back.trim())) === resolveOrNull(dotGit)) return true;
  const config = readSmall(join(gitDir, 'config'), MAX_CONFIG_FILE);
  const worktree = config === null ? null : configWorktree(config);
  return worktree !== null && resolveOrNull(resolve(gitDir, worktree)) === root;
}

/** The core.worktree value of a git configuration file, or null. */
function configWorktree(text: string): string | null {
  let found: string | null = null;
  for (const e of configEntries(text)) if (e.section === 'core' && e.subsection === null && e.key === 'worktree') found = e.value;
  return found;
}

/**
 * Every entry of a git directory is a regular file or a folder (or a symlink to a regular file
 * inside the tree): a FIFO, socket or device would make git wait or misbehave when it opens it.
 */
function walkGitDir(dir: string, inside: (p: string) => boolean, show: (p: string) => string): string | null {
  const stack = [dir];
  let seen = 0;
  while (stack.length > 0) {
    const d = stack.pop() as string;
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch (e) {
      return `${show(d)} cannot be read (${code(e)})`;
    }
    for (const ent of entries) {
      if (++seen > MAX_GIT_DIR_ENTRIES) return `the git directory has more than ${MAX_GIT_DIR_ENTRIES} entries and was not checked`;
      const p = join(d, ent.name);
      if (ent.isDirectory()) stack.push(p);
      else if (ent.isSymbolicLink()) {
        const target = resolveOrNull(p);
        if (target === null) return `${show(p)} is a symlink that cannot be resolved`;
        if (!inside(target)) return `${show(p)} is a symlink to ${target}, outside the repository`;
        let st;
        try {
          st = statSync(target);
        } catch {
          return `${show(p)} is a symlink that cannot be resolved`;
        }
        if (!st.isFile()) return `${show(p)} is a symlink to something that is not a regular file`;
      } else if (!ent.isFile()) {
        return `${show(p)} is not a regular file (a FIFO, socket or device)`;
      }
    }
  }
  return null;
}

/**
 * The files a configuration file includes (include.path, includeIf.*.path), recursively: each
 * must be missing (git skips it), or a regular file inside the tree, or one the runner wrote.
 */
function checkIncludes(file: string, depth: number, inside: (p: string) => boolean, show: (p: string) => string, runnerTemp: string | undefined, read?: string | null): string | null {
  if (depth > MAX_INCLUDE_DEPTH) return `${show(file)}: configuration includes nested more than ${MAX_INCLUDE_DEPTH} deep`;
  const text = read !== undefined ? read : readSmall(file, MAX_CONFIG_FILE);
  if (text === null) return `${show(file)} is not a regular file git could read (or is over ${MAX_CONFIG_FILE} bytes)`;
  for (const raw of includePaths(text)) {
    // `~` is the home folder, which git is given empty; `%(prefix)` is git's own installation.
    if (raw === '~' || raw.startsWith('~/')) continue;
    if (raw.startsWith('%(prefix)')) return `${show(file)} includes ${raw}, outside the repository`;
    const target = isAbsolute(raw) ? raw : resolve(dirname(file), raw);
    let st;
    try {
      st = lstatSync(target);
    } catch {
      continue; // missing: git skips it
    }
    const real = resolveOrNull(target);
    const fromRunner = runnerTemp !== undefined && runnerTemp !== '' && real !== null && (real.startsWith(resolveOrNull(runnerTemp) + sep));
    if (real === null || (!inside(real) && !fromRunner)) return `${show(file)} includes ${raw}, outside the repository`;
    if (!st.isFile() && !(st.isSymbolicLink() && isFile(real))) return `${show(file)} includes ${raw}, which is not a regular file (a FIFO would stall git)`;
    const bad = checkIncludes(real, depth + 1, inside, show, runnerTemp);
    if (bad !== null) return bad;
  }
  return null;
}

/** One `key = value` of a git configuration file, with its section. */
interface ConfigEntry {
  /** The section's name, lower case (`remote`, `includeif`). */
  section: string;
  /** The subsection as written (`origin` of `[remote "origin"]`); null when none; undefined when the header is one this reader does not parse (`[remote.origin]`, an escape). */
  subsection: string | null | undefined;
  /** The key, lower case. */
  key: string;
  value: string;
  /** The line ends in a backslash: git reads the value on into the next line, this reader does not. */
  continued: boolean;
}

/** The entries of a git configuration file, in order; a key may follow its header on the same line (`[include] path = x`). */
function configEntries(text: string): ConfigEntry[] {
  const out: ConfigEntry[] = [];
  let section = '';
  let subsection: string | null | undefined = null;
  for (const rawLine of text.split('\n')) {
    let line = rawLine.trim();
    if (line.startsWith('[')) {
      const close = line.indexOf(']');
      const header = (close < 0 ? line.slice(1) : line.slice(1, close)).trim();
      const space = header.search(/[\s".]/); // `[remote "origin"]`, and the old `[remote.origin]`
      section = (space < 0 ? header : header.slice(0, space)).toLowerCase();
      const strict = close < 0 ? null : /^[A-Za-z0-9-]+(?:\s+"([^"\\]*)")?$/.exec(header);
      subsection = strict === null ? undefined : (strict[1] ?? null);
      line = close < 0 ? '' : line.slice(close + 1).trim();
      if (line === '') continue;
    }
    if (line.startsWith('#') || line.startsWith(';')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    out.push({ section, subsection, key: line.slice(0, eq).trim().toLowerCase(), value: configValue(line.slice(eq + 1)), continued: rawLine.trimEnd().endsWith('\\') });
  }
  return out;
}

/** Values of `path` keys in [include] and [includeIf "..."] sections of a git configuration file. */
export function includePaths(text: string): string[] {
  return configEntries(text)
    .filter((e) => (e.section === 'include' || e.section === 'includeif') && e.key === 'path')
    .map((e) => e.value);
}

/**
 * remote.origin.url of one configuration file as `git config --get` answers it (the last value;
 * null when none), or undefined where this reader is not sure to agree with git: an include, a
 * header it does not parse (the old `[remote.origin]` form), a value continued on the next line.
 */
export function originUrlOf(text: string): string | null | undefined {
  let url: string | null = null;
  for (const e of configEntries(text)) {
    if (e.section === 'include' || e.section === 'includeif' || e.continued) return undefined;
    if (e.section !== 'remote') continue;
    if (e.subsection === undefined) return undefined;
    if (e.subsection === 'origin' && e.key === 'url') url = e.value;
  }
  return url;
}

/** A git configuration value: quotes removed, escapes read, a trailing comment dropped. */
function configValue(raw: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\\' && i + 1 < raw.length) {
      const n = raw[++i];
      out += n === 'n' ? '\n' : n === 't' ? '\t' : n === 'b' ? '\b' : n;
    } else if (!quoted && (c === '#' || c === ';')) break;
    else out += c;
  }
  return out.trim();
}

/** Up to `max` bytes of a regular file, opened without blocking and without following a last symlink; null otherwise. */
function readSmall(path: string, max: number): string | null {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return null;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > max) return null;
    const buf = Buffer.alloc(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, buf, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    return buf.subarray(0, off).toString('utf8');
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

function resolveOrNull(p: string): string | null {
  try {
    return realpathSync.native(p);
  } catch {
    return null;
  }
}

function exists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function code(e: unknown): string {
  return e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : String(e);
}
