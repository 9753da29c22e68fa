// The synthetic repository `npm run bench` evaluates: mixed kinds and sizes, some binaries (an ELF
// executable by its structure, PNGs), nested folders, a number of workflows, a README and a
// SECURITY.md, committed to git.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function buildTree(dir: string, files: number, workflows: number): void {
  // An ELF header that is one by its structure (type executable, machine x86-64, version 1).
  const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0, 1, 0, 0, 0]), Buffer.alloc(4000, 7)]);
  const png = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(2000, 1)]);
  const kinds = [
    (i: number) => [`src/m${i % 97}/d${i % 13}/file${i}.ts`, `export const v${i} = ${i};\n`.repeat(1 + (i % 40))] as const,
    (i: number) => [`docs/s${i % 50}/page${i}.md`, `# Page ${i}\n\nSome text about ${i}.\n`.repeat(1 + (i % 10))] as const,
    (i: number) => [`data/t${i % 31}/f${i}.json`, JSON.stringify({ i, list: Array.from({ length: i % 50 }, (_, k) => k) })] as const,
    (i: number) => [`assets/a${i % 20}/img${i}.png`, png] as const,
    (i: number) => [`pkg/p${i % 40}/mod${i}.go`, `package p\n\nfunc F${i}() int { return ${i} }\n`] as const,
    (i: number) => [`misc/x${i % 60}/blob${i}`, i % 500 === 0 ? elf : `plain text ${i}\n`] as const,
  ];
  const made = new Set<string>();
  for (let i = 0; i < files; i++) {
    const [path, content] = kinds[i % kinds.length](i);
    const d = join(dir, path, '..');
    if (!made.has(d)) {
      mkdirSync(d, { recursive: true });
      made.add(d);
    }
    writeFileSync(join(dir, path), content);
  }
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
  for (let w = 0; w < workflows; w++) {
    writeFileSync(
      join(dir, '.github', 'workflows', `wf${w}.yml`),
      `name: wf${w}\non:\n  push:\n    branches: [main]\n  pull_request:\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm test\n      - run: echo "\${{ github.event.pull_request.title }}"\n`,
    );
  }
  writeFileSync(join(dir, 'README.md'), '# Synthetic\n\n## Contributing\n\nOpen a pull request; a maintainer reviews every change.\n');
  writeFileSync(join(dir, 'SECURITY.md'), '# Security\n\nReport to security@example.org.\n');
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@example.com', ...args], { cwd: dir, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'synthetic');
}

