// A generator of hostile repository trees: everything a checkout can hold to stall, crash or
// steer an evaluation, or to make it read outside the tree. Outside the tree sits a folder with a
// canary FIFO and a secret; every escape in the tree points there.
import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Canary, mkfifo } from './hostile.ts';

export interface HostileTree {
  root: string;
  outside: string;
  canary: Canary;
  /** The secret kept outside the tree: it must never be reported. */
  outsideSecret: string;
  cleanup(): void;
}

export interface HostileOptions {
  /** Make the tree a git checkout (hostile .git configuration included). */
  git: boolean;
  /** Workflow files added (untracked); 50,000 by default. */
  workflows?: number;
  /** A secret-looking token, made by the caller so that none is written in this repository. */
  token: string;
}

const GiB = 1024 * 1024 * 1024;

function write(root: string, path: string | Buffer, content: string | Buffer): void {
  const abs = typeof path === 'string' ? join(root, path) : Buffer.concat([Buffer.from(root + '/'), path]);
  if (typeof path === 'string') mkdirSync(dirname(abs as string), { recursive: true });
  writeFileSync(abs, content);
}

/** A sparse file of `bytes`: extended, not written (no disk used). */
function sparse(path: string, bytes: number): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, '');
  truncateSync(path, bytes);
}

function aliasBomb(depth: number): string {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < depth; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
  return lines.join('\n') + '\n';
}

function git(root: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Hostile', '-c', 'user.email=hostile@example.com', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
  });
}

export function buildHostileTree(options: HostileOptions): HostileTree {
  const outside = mkdtempSync(join(tmpdir(), 'slam-outside-'));
  const root = mkdtempSync(join(tmpdir(), 'slam-hostile-'));
  const canary = new Canary(join(outside, 'canary'));
  writeFileSync(join(outside, 'secret.txt'), `token = "${options.token}"\n`);
  mkdirSync(join(outside, 'dir'));
  writeFileSync(join(outside, 'dir', 'SECURITY.md'), `# Security\n\nReport to outside@example.org. ${options.token}\n`);

  // Ordinary content, so that there is something to evaluate.
  write(root, 'README.md', '# Hostile\n\nA project whose tree is built to break its evaluator.\n');
  write(root, 'SECURITY.md', '# Security policy\n\nReport vulnerabilities privately to security@example.org; we answer within 3 days.\n');
  write(root, 'LICENSE', 'MIT License\n\nCopyright (c) Hostile\n');
  write(root, '.github/workflows/ci.yml', 'on: pull_request\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n');
  write(root, 'src/app.js', 'export const answer = 42;\n');

  // YAML alias bombs where YAML is parsed, deep nesting where a parser recurses or backtracks.
  write(root, '.github/workflows/bomb.yml', aliasBomb(12));
  write(root, 'security-insights.yml', 'header:\n  schema-version: 2.2.0\n' + aliasBomb(12));
  write(root, '.github/security-slam.yml', aliasBomb(10));
  write(root, '.github/workflows/deep.yml', '['.repeat(200_000));
  write(root, '.github/workflows/keys.yml', 'on: '.repeat(100_000));
  write(root, 'package.json', '['.repeat(200_000));
  write(root, 'docs/deep.md', '> '.repeat(50_000) + 'x\n' + '# a' + ' '.repeat(8000) + 'b\n' + '[a]('.repeat(2500) + '\n');
  write(root, 'CONTRIBUTING.md', `${'- '.repeat(2000)}x\n${'    '.repeat(3000)}- y\n`);
  let deep = '';
  for (let i = 0; i < 150; i++) deep += 'd/';
  write(root, `${deep}leaf.md`, '# leaf\n');

  // Names that are not UTF-8, hold control characters, or are as long as a name can be.
  write(root, Buffer.from([0x62, 0x61, 0x64, 0xff, 0xfe, 0x2e, 0x6d, 0x64]), '# bad name\n');
  write(root, 'ctrl-\x01\x1b[31m.md', '# control characters\n');
  write(root, 'new\nline.md', '# newline\n');
  write(root, 'tab\tname.md', '# tab\n');
  write(root, 'x'.repeat(250) + '.md', '# long name\n');
  write(root, 'docs/invalid-utf8.md', Buffer.from([0x23, 0x20, 0xc3, 0x28, 0xa0, 0xa1, 0x0a, 0xff, 0xfe, 0xfd, 0x0a]));

  if (options.git) {
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'hostile');
    // Configuration that names files outside: overridden, never opened.
    writeFileSync(join(root, '.git', 'config'), `[core]\n\trepositoryformatversion = 0\n\tbare = false\n\texcludesFile = ${canary.path}\n\tattributesFile = ${canary.path}\n\tfsmonitor = cat ${canary.path}\n[mailmap]\n\tfile = ${canary.path}\n[log]\n\tmailmap = true\n`, { flag: 'w' });
    // A tracked file become a sparse 3 GiB file: git grep must not read it whole.
    rmSync(join(root, 'src', 'app.js'));
    sparse(join(root, 'src', 'app.js'), 3 * GiB);
  }

  // Symlinks out of the tree (to the canary, the secret, the folder), and loops.
  symlinkSync(canary.path, join(root, 'docs', 'escape.md'));
  symlinkSync(join(outside, 'dir'), join(root, 'docs', 'escape-dir'));
  symlinkSync(join('..', '..', basename(outside), 'secret.txt'), join(root, 'docs', 'relative-escape.env'));
  symlinkSync(canary.path, join(root, 'GOVERNANCE.md'));
  symlinkSync(join(outside, 'dir'), join(root, '.github', 'ISSUE_TEMPLATE'));
  symlinkSync('loop-b', join(root, 'loop-a'));
  symlinkSync('loop-a', join(root, 'loop-b'));
  symlinkSync('self', join(root, 'self'));
  mkdirSync(join(root, 'dirloop'));
  symlinkSync('..', join(root, 'dirloop', 'up'));

  // FIFOs where files are read.
  mkfifo(join(root, 'fifo.md'));
  mkfifo(join(root, 'SUPPORT.md'));
  mkfifo(join(root, '.github', 'workflows', 'fifo.yml'));
  mkfifo(join(root, 'docs', '.gitattributes'));
  if (!options.git) mkfifo(join(root, '.gitignore'));

  // Sparse multi-GiB files where documents, workflows and code are read.
  sparse(join(root, 'README.txt'), 4 * GiB);
  sparse(join(root, '.github', 'workflows', 'huge.yml'), 3 * GiB);
  sparse(join(root, 'src', 'huge.js'), 2 * GiB);
  sparse(join(root, 'tool.bin'), 5 * GiB);

  // 50,000 workflows.
  const n = options.workflows ?? 50_000;
  const wf = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n';
  // Hard links to one file: a third of the system calls of writing each.
  const template = join(root, '.github', 'workflows', 'w00000.yml');
  if (n > 0) writeFileSync(template, wf);
  for (let i = 1; i < n; i++) linkSync(template, join(root, '.github', 'workflows', `w${String(i).padStart(5, '0')}.yml`));

  return {
    root,
    outside,
    canary,
    outsideSecret: options.token,
    cleanup() {
      canary.stop();
      rmSync(root, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    },
  };
}
