// Writes a git checkout with one commit of a tree of files, the way `git init && git add -A &&
// git commit` leaves it (loose objects, a version 2 index with the files' real stat data, a
// branch, HEAD and a config), without starting a process: a process costs 20 to 60 ms of CPU
// on the test machines, and the suite builds hundreds of these. Real git reads the result; the
// fixture-repo test checks that git sees exactly what its own commands would have made. Trees
// that git itself would treat specially (.gitignore, .gitattributes, names git refuses or
// rewrites) are not written here: `needsRealGit` says so and the caller runs git instead.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

export interface CommitIdentity {
  name: string;
  email: string;
}

// A path segment git adds as it is: no .git-like names (git refuses them, and NTFS protection
// refuses look-alikes such as GIT~1 or ".git."), no names ignored or rewritten by git's own
// files, nothing outside a conservative character set.
const PLAIN_SEGMENT = /^[\w.@+,=-][\w@+,=. -]*$/;
const SPECIAL = /^(?:\.git(?:ignore|attributes|modules)?|git~\d+|\.\.?)$/i;

/** Whether `git add -A` could store something other than these files as they are. */
export function needsRealGit(paths: string[]): boolean {
  return paths.some((p) =>
    p.split('/').some((s) => !PLAIN_SEGMENT.test(s) || SPECIAL.test(s) || s.endsWith('.') || s.endsWith(' ')),
  );
}

function writeObject(gitDir: string, type: string, body: Buffer): Buffer {
  const raw = Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]);
  const id = createHash('sha1').update(raw).digest();
  const hex = id.toString('hex');
  const dir = join(gitDir, 'objects', hex.slice(0, 2));
  const file = join(dir, hex.slice(2));
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, deflateSync(raw), { mode: 0o444 });
  }
  return id;
}

interface Dir {
  files: Map<string, Buffer>;
  dirs: Map<string, Dir>;
}

function writeTree(gitDir: string, dir: Dir): Buffer {
  // Git orders tree entries by name, a directory's name compared as if it ended in '/'.
  const entries: { key: Buffer; line: Buffer }[] = [];
  for (const [name, id] of dir.files) entries.push({ key: Buffer.from(name), line: Buffer.concat([Buffer.from(`100644 ${name}\0`), id]) });
  for (const [name, sub] of dir.dirs) entries.push({ key: Buffer.from(`${name}/`), line: Buffer.concat([Buffer.from(`40000 ${name}\0`), writeTree(gitDir, sub)]) });
  entries.sort((a, b) => Buffer.compare(a.key, b.key));
  return writeObject(gitDir, 'tree', Buffer.concat(entries.map((e) => e.line)));
}

/** The index (version 2) git would write after adding `paths` (already on disk under `root`). */
function indexFile(root: string, blobs: Map<string, Buffer>): Buffer {
  const names = [...blobs.keys()].map((p) => ({ p, bytes: Buffer.from(p) })).sort((a, b) => Buffer.compare(a.bytes, b.bytes));
  const parts: Buffer[] = [];
  const header = Buffer.alloc(12);
  header.write('DIRC', 0, 'latin1');
  header.writeUInt32BE(2, 4);
  header.writeUInt32BE(names.length, 8);
  parts.push(header);
  const u32 = (n: bigint) => Number(n & 0xffffffffn);
  for (const { p, bytes } of names) {
    const st = statSync(join(root, p), { bigint: true });
    const fixed = Buffer.alloc(62);
    fixed.writeUInt32BE(u32(st.ctimeNs / 1_000_000_000n), 0);
    fixed.writeUInt32BE(u32(st.ctimeNs % 1_000_000_000n), 4);
    fixed.writeUInt32BE(u32(st.mtimeNs / 1_000_000_000n), 8);
    fixed.writeUInt32BE(u32(st.mtimeNs % 1_000_000_000n), 12);
    fixed.writeUInt32BE(u32(st.dev), 16);
    fixed.writeUInt32BE(u32(st.ino), 20);
    fixed.writeUInt32BE(0o100644, 24);
    fixed.writeUInt32BE(u32(st.uid), 28);
    fixed.writeUInt32BE(u32(st.gid), 32);
    fixed.writeUInt32BE(u32(st.size), 36);
    blobs.get(p)!.copy(fixed, 40);
    fixed.writeUInt16BE(Math.min(bytes.length, 0xfff), 60);
    // Each entry is NUL-padded (at least one NUL) to a multiple of eight bytes.
    const pad = 8 - ((62 + bytes.length) % 8);
    parts.push(fixed, bytes, Buffer.alloc(pad));
  }
  const body = Buffer.concat(parts);
  return Buffer.concat([body, createHash('sha1').update(body).digest()]);
}

/**
 * Makes `root` (holding exactly the files `paths`, already written) a git checkout on branch
 * main with one commit of all of them, and optionally a remote named origin and a lightweight tag.
 */
export function writeGitCheckout(root: string, paths: string[], options: { identity: CommitIdentity; remote?: string; tag?: string; message?: string }): string {
  const gitDir = join(root, '.git');
  for (const d of ['objects/info', 'objects/pack', 'refs/heads', 'refs/tags', 'info']) mkdirSync(join(gitDir, d), { recursive: true });
  writeFileSync(join(gitDir, 'HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(join(gitDir, 'description'), "Unnamed repository; edit this file 'description' to name the repository.\n");
  writeFileSync(join(gitDir, 'info', 'exclude'), '');
  let config = '[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n\tlogallrefupdates = true\n';
  if (options.remote) config += `[remote "origin"]\n\turl = ${options.remote}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n`;
  writeFileSync(join(gitDir, 'config'), config);

  const top: Dir = { files: new Map(), dirs: new Map() };
  const blobs = new Map<string, Buffer>();
  for (const p of paths) {
    const id = writeObject(gitDir, 'blob', readFileSync(join(root, p)));
    blobs.set(p, id);
    const segments = p.split('/');
    let dir = top;
    for (const s of segments.slice(0, -1)) {
      let next = dir.dirs.get(s);
      if (!next) dir.dirs.set(s, (next = { files: new Map(), dirs: new Map() }));
      dir = next;
    }
    dir.files.set(segments[segments.length - 1], id);
  }
  const tree = writeTree(gitDir, top).toString('hex');
  const who = `${options.identity.name} <${options.identity.email}> ${Math.floor(Date.now() / 1000)} +0000`;
  const commit = writeObject(gitDir, 'commit', Buffer.from(`tree ${tree}\nauthor ${who}\ncommitter ${who}\n\n${options.message ?? 'initial'}\n`)).toString('hex');
  writeFileSync(join(gitDir, 'refs', 'heads', 'main'), `${commit}\n`);
  if (options.tag) writeFileSync(join(gitDir, 'refs', 'tags', options.tag), `${commit}\n`);
  // Written last, so that every file is older than the index (as after `git add`).
  writeFileSync(join(gitDir, 'index'), indexFile(root, blobs));
  return commit;
}
