// Maps a reference written by the project (a relative path, a file:// URL, or a GitHub URL into
// this repository) to a path in the snapshot. Never touches the network.
import type { RepoSnapshot } from '../snapshot.ts';
import type { RefTarget } from './types.ts';
import { cutAt, trimEnd } from '../text.ts';

const MAX_REF_LENGTH = 2000;

/** owner/repo (lower case) from https://github.com/owner/repo(.git), or null. */
export function repoSlug(repositoryUrl: string | undefined): string | null {
  if (!repositoryUrl) return null;
  const m = /^(?:https?:\/\/)?(?:www\.)?github\.com\/([^/\s]+)\/([^/\s#?]+?)(?:\.git)?\/?$/i.exec(repositoryUrl.trim());
  return m ? `${m[1]}/${m[2]}`.toLowerCase() : null;
}

/** Normalises a relative path: drops ./, resolves .., refuses escapes. Null when it leaves the root. */
export function normalizeRelative(p: string, baseDir = ''): string | null {
  const parts = (baseDir && !p.startsWith('/') ? `${baseDir}/${p}` : p).split('/');
  const out: string[] = [];
  for (const seg of parts) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(seg);
  }
  return out.join('/');
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** True when some file lives under `dir/`. */
function isDirectory(snapshot: RepoSnapshot, dir: string): boolean {
  if (dir === '') return true;
  const prefix = trimEnd(dir, '/') + '/';
  return snapshot.files.some((f) => f.path.startsWith(prefix));
}

function localTarget(snapshot: RepoSnapshot, path: string): RefTarget {
  if (snapshot.has(path)) return { kind: 'local', path, exists: true };
  if (isDirectory(snapshot, path)) return { kind: 'local', path: trimEnd(path, '/'), exists: true, directory: true };
  return { kind: 'local', path, exists: false };
}

/**
 * Where a reference points. `baseDir` is the directory of the file that contains a relative
 * reference ('' for the repository root).
 */
export function resolveReference(snapshot: RepoSnapshot, raw: string, repositoryUrl?: string, baseDir = ''): RefTarget {
  const value = raw.trim().slice(0, MAX_REF_LENGTH);
  if (value === '') return { kind: 'none' };
  const slug = repoSlug(repositoryUrl);

  // https://github.com/<owner>/<repo>/(blob|tree|raw)/<ref...>/<path>
  const gh = /^https?:\/\/(?:www\.)?github\.com\/([^/]+)\/([^/]+)\/(?:blob|tree|raw)\/([^?#]+)/i.exec(value);
  // https://raw.githubusercontent.com/<owner>/<repo>/<ref...>/<path>
  const raw2 = /^https?:\/\/raw\.githubusercontent\.com\/([^/]+)\/([^/]+)\/([^?#]+)/i.exec(value);
  const m = gh ?? raw2;
  if (m) {
    const owner = m[1];
    const repo = m[2].replace(/\.git$/i, '');
    if (slug !== null && `${owner}/${repo}`.toLowerCase() !== slug) return { kind: 'external', url: value };
    // The ref may contain slashes (feature/x); try each split point, shortest ref first.
    const rest = m[3].split('/').map(safeDecode);
    for (let i = 1; i <= rest.length; i++) {
      const candidate = rest.slice(i).join('/');
      const norm = normalizeRelative(candidate);
      if (norm === null) continue;
      if (norm !== '' && (snapshot.has(norm) || isDirectory(snapshot, norm))) return localTarget(snapshot, norm);
    }
    const guess = normalizeRelative(rest.slice(1).join('/'));
    if (slug === null) return { kind: 'external', url: value };
    return guess === null || guess === '' ? { kind: 'external', url: value } : { kind: 'local', path: guess, exists: false };
  }
  if (/^file:\/\//i.test(value)) {
    const p = safeDecode(cutAt(value.replace(/^file:\/\//i, ''), '?#'));
    // file:///abs/path cannot be trusted to mean this checkout; use it only when it names a repo path.
    const norm = p.startsWith('/') ? normalizeRelative(p) : normalizeRelative(p, baseDir);
    return norm === null || norm === '' ? { kind: 'external', url: value } : localTarget(snapshot, norm);
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return { kind: 'external', url: value };
  const p = safeDecode(cutAt(value, '?#'));
  const norm = p.startsWith('/') ? normalizeRelative(p) : normalizeRelative(p, baseDir);
  if (norm === null || norm === '') return { kind: 'external', url: value };
  return localTarget(snapshot, norm);
}
