// `node src/dev/check-reproducible.ts [--ref REF] [--keep]`: proves that dist/ is reproducible.
// Clones the repository twice (a local git clone, at REF, default HEAD: committed files only) into
// folders of different names and depths, so that an absolute path leaking into the bundle shows;
// runs `npm ci` and `npm run build` in each (sharing the user's npm cache, so the second install
// downloads nothing), and compares the two dist/ folders byte for byte, mode bits included.
// Lists every file that differs and exits 1; exits 0 with the digest of the tree when identical.
// Takes minutes (two installs, two builds), so CI runs it in the release workflow only.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export interface TreeDifference {
  path: string;
  what: string;
}

function listFiles(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p, base));
    else out.push(relative(base, p));
  }
  return out;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Where two trees differ: files only in one, different bytes (with the first differing offset), different executable bits. */
export function compareTrees(a: string, b: string): TreeDifference[] {
  const inA = new Set(listFiles(a));
  const inB = new Set(listFiles(b));
  const out: TreeDifference[] = [];
  for (const p of [...new Set([...inA, ...inB])].sort()) {
    if (!inB.has(p)) out.push({ path: p, what: 'only in the first build' });
    else if (!inA.has(p)) out.push({ path: p, what: 'only in the second build' });
    else {
      const x = readFileSync(join(a, p));
      const y = readFileSync(join(b, p));
      if (!x.equals(y)) {
        let at = 0;
        while (at < x.length && at < y.length && x[at] === y[at]) at++;
        out.push({ path: p, what: `different bytes from offset ${at} (${x.length} and ${y.length} bytes)` });
      }
      const exec = (f: string) => (statSync(f).mode & 0o111) !== 0;
      if (exec(join(a, p)) !== exec(join(b, p))) out.push({ path: p, what: 'executable in one build only' });
    }
  }
  return out;
}

/** One digest for a whole tree: the sorted paths with the digests of their contents. */
export function treeDigest(dir: string): string {
  const lines = listFiles(dir)
    .sort()
    .map((p) => `${sha256(readFileSync(join(dir, p)))}  ${p}`);
  return sha256(Buffer.from(lines.join('\n') + '\n'));
}

function run(cmd: string, args: string[], cwd: string): void {
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
}

function buildClone(source: string, commit: string, dir: string): number {
  const t0 = Date.now();
  run('git', ['clone', '--quiet', '--no-checkout', source, dir], tmpdir());
  run('git', ['-c', 'advice.detachedHead=false', 'checkout', '--quiet', '--detach', commit], dir);
  // npm: the one npm runs this script (npm_execpath), else the one on the PATH.
  const npm = process.env.npm_execpath;
  const npmCmd = npm ? process.execPath : 'npm';
  const npmArgs = (args: string[]) => (npm ? [npm, ...args] : args);
  run(npmCmd, npmArgs(['ci', '--prefer-offline']), dir);
  run(npmCmd, npmArgs(['run', '-s', 'build']), dir);
  return Date.now() - t0;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const ref = args.includes('--ref') ? args[args.indexOf('--ref') + 1] : 'HEAD';
  const keep = args.includes('--keep');
  const root = join(import.meta.dirname, '..', '..');
  const commit = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();
  const work = mkdtempSync(join(tmpdir(), 'slam-repro-'));
  // Different names and depths: an absolute path in the output cannot be the same in both.
  const first = join(work, 'a');
  const second = join(work, 'second-clone', 'of-the-repository');
  mkdirSync(join(work, 'second-clone'));
  let failed = false;
  try {
    console.log(`building dist/ of ${commit.slice(0, 12)} in two clean clones under ${work}`);
    const ms1 = buildClone(root, commit, first);
    console.log(`  first clone built in ${(ms1 / 1000).toFixed(0)} s`);
    const ms2 = buildClone(root, commit, second);
    console.log(`  second clone built in ${(ms2 / 1000).toFixed(0)} s`);
    const diffs = compareTrees(join(first, 'dist'), join(second, 'dist'));
    if (diffs.length > 0) {
      failed = true;
      console.error(`dist/ is not reproducible: ${diffs.length} file(s) differ between the two builds`);
      for (const d of diffs) console.error(`  dist/${d.path}: ${d.what}`);
    } else {
      const files = listFiles(join(first, 'dist')).length;
      console.log(`dist/ is reproducible: ${files} files, byte for byte the same in both clones (tree digest ${treeDigest(join(first, 'dist'))})`);
    }
  } finally {
    if (keep) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}
