// The report file a command writes: checked before the work starts, so that a typo in --output
// costs nothing, and any failure said in words ("it is a folder"), never as an errno code.
import { closeSync, lstatSync, openSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Why `file` cannot be written, in words; null when it can. Leaves the file as it was. */
export function outputProblem(file: string): string | null {
  if (file === '') return 'no file name was given';
  let exists = true;
  try {
    if (statSync(file).isDirectory()) return 'it is a folder';
  } catch (e) {
    const code = errorCode(e);
    if (code !== 'ENOENT') return inWords(code, file);
    exists = false;
  }
  try {
    if (exists) {
      // Opening for writing without truncating tells whether the file can be written, and changes nothing.
      closeSync(openSync(file, 'r+'));
      return null;
    }
    const folder = dirname(resolve(file));
    try {
      if (!statSync(folder).isDirectory()) return `${folder} is a file, not a folder`;
    } catch (e) {
      return errorCode(e) === 'ENOENT' ? `its folder ${folder} does not exist` : inWords(errorCode(e), file);
    }
    // Creating the file (and removing it again) is the one test that sees permissions, read-only
    // file systems and quotas as the write will.
    closeSync(openSync(file, 'wx'));
    unlinkSync(file);
    return null;
  } catch (e) {
    const code = errorCode(e);
    // A symbolic link to a file not yet there: the write creates its target.
    if (code === 'EEXIST' && isSymlink(file)) return null;
    return inWords(code, file);
  }
}

/** Writes the report, or throws an Error whose message says in words why it could not. */
export function writeOutput(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (e) {
    throw new Error(`cannot write ${file}: ${inWords(errorCode(e), file)}`);
  }
}

function inWords(code: string, file: string): string {
  switch (code) {
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOENT':
      return `its folder ${dirname(resolve(file))} does not exist`;
    case 'ENOTDIR': {
      const blocker = fileOnPath(file);
      return blocker ? `${blocker} is a file, not a folder` : 'a part of its path is a file, not a folder';
    }
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'no space is left on the device';
    case 'ENAMETOOLONG':
      return 'its name is too long';
    case 'ELOOP':
      return 'its path goes round a loop of symbolic links';
    case 'ETXTBSY':
      return 'it is a program that is running';
    case 'EBUSY':
      return 'it is in use';
    case 'EIO':
      return 'the device could not be written (input/output error)';
    default:
      return `the system refused (${code || 'unknown error'})`;
  }
}

/** The nearest folder on the path of `file` that is in fact a file, if any. */
function fileOnPath(file: string): string | null {
  let dir = dirname(resolve(file));
  for (;;) {
    try {
      return statSync(dir).isDirectory() ? null : dir;
    } catch {
      const parent = dirname(dir);
      if (parent === dir) return null;
      dir = parent;
    }
  }
}

function isSymlink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function errorCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : '';
}
