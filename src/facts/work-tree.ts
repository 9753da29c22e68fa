// Where the evaluated folder sits in the git work tree that holds it, so that reports can name files
// from the repository root (code scanning resolves SARIF URIs from there, and links to the forge
// start there) when the evaluated folder is a monorepo subfolder. Found by looking for `.git` in the
// folder and its parents with lstat alone: nothing is opened and git does not run, so a hostile
// repository's configuration has no say.
import { lstatSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

/**
 * The path from the work tree's top to `folder`, with forward slashes and a trailing slash ('' at
 * the top, 'services/api/' below it); null when no `.git` is found up to `stopAt` (inclusive) or
 * the file system root.
 */
export function workTreePrefix(folder: string, stopAt?: string): string | null {
  const start = resolve(folder);
  const stop = stopAt === undefined ? null : resolve(stopAt);
  if (stop !== null && start !== stop && !start.startsWith(stop.endsWith(sep) ? stop : stop + sep)) return null;
  let dir = start;
  for (;;) {
    if (hasGit(dir)) {
      const rel = relative(dir, start).split(sep).join('/');
      return rel === '' ? '' : `${rel}/`;
    }
    if (dir === stop) return null;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function hasGit(dir: string): boolean {
  try {
    const s = lstatSync(resolve(dir, '.git'));
    return s.isDirectory() || s.isFile();
  } catch {
    return false;
  }
}
