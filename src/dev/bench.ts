// `npm run bench`: a benchmark, not a test. Builds a synthetic repository of about 100,000 files
// (mixed kinds and sizes, some binaries, nested folders), then measures a full offline
// `slam evaluate` of the bundle against `git ls-files` on the same tree (the floor), and the
// command line's start-up against a bare `node -e ''`; then signing and `slam verify` throughput
// against the fake Sigstore (src/dev/bench-attestation.ts). Figures are printed as ratios too,
// because only ratios measured in one run are comparable across machines.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RepoSnapshot } from '../facts/snapshot.ts';
import { analyzeWorkflows, isWorkflowPath } from '../facts/workflows/index.ts';
import { benchAttestation } from './bench-attestation.ts';
import { benchOrganizer } from './bench-organizer.ts';

const root = join(import.meta.dirname, '..', '..');
// BENCH_CLI measures another build of the command line (e.g. one bundled from an older commit).
const cli = process.env.BENCH_CLI ?? join(root, 'dist', 'cli.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FILES = Number(process.env.BENCH_FILES ?? 100_000);
const WORKFLOWS = Number(process.env.BENCH_WORKFLOWS ?? 500);

function buildTree(dir: string, files: number): void {
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
  for (let w = 0; w < WORKFLOWS; w++) {
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

/** Wall time in ms and peak RSS in MiB of one command, using GNU time for the RSS. */
function measure(cmd: string, args: string[], cwd: string): { ms: number; rssMiB: number } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const kb = Number(r.stderr.trim().split('\n').pop());
  return { ms, rssMiB: kb / 1024 };
}

function best(n: number, f: () => { ms: number; rssMiB: number }) {
  const runs = Array.from({ length: n }, f);
  runs.sort((a, b) => a.ms - b.ms);
  return { ms: runs[Math.floor(runs.length / 2)].ms, min: runs[0].ms, rssMiB: Math.max(...runs.map((r) => r.rssMiB)) };
}

// BENCH_ONLY=evaluate, attestation or organizer runs one part.
const only = process.env.BENCH_ONLY;
if (!only || only === 'evaluate') await benchEvaluate();
if (!only || only === 'attestation') await benchAttestation(cli);
if (!only || only === 'organizer') await benchOrganizer();

async function benchEvaluate(): Promise<void> {
  // BENCH_DIR keeps the synthetic tree between runs (for profiling); by default it is temporary.
  const keep = process.env.BENCH_DIR;
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'slam-bench-'));
  try {
    const t0 = Date.now();
    if (!keep || !existsSync(join(dir, '.git'))) {
      mkdirSync(dir, { recursive: true });
      buildTree(dir, FILES);
    }
    console.log(`synthetic repository: ${FILES} files + ${WORKFLOWS} workflows in ${dir} (ready in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    const node = process.execPath;
    // Interleaved, so that the floor and the evaluation see the same load from other processes.
    const floors: { ms: number; rssMiB: number }[] = [];
    const evaluations: { ms: number; rssMiB: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      floors.push(measure('git', ['ls-files', '-z'], dir));
      evaluations.push(measure(node, [cli, 'evaluate', '.', '--offline', '--level', '3', '--format', 'json', '--output', '/dev/null'], dir));
    }
    const floor = best(floors.length, () => floors.shift() as { ms: number; rssMiB: number });
    const evalRun = best(evaluations.length, () => evaluations.shift() as { ms: number; rssMiB: number });
    const bare = best(10, () => measure(node, ['-e', ''], dir));
    const help = best(10, () => measure(node, [cli, '--help'], dir));
    const row = (name: string, m: { ms: number; min: number; rssMiB: number }, base?: { ms: number }) =>
      console.log(`${name.padEnd(44)} median ${m.ms.toFixed(0).padStart(6)} ms  min ${m.min.toFixed(0).padStart(6)} ms  peak ${m.rssMiB.toFixed(0).padStart(4)} MiB${base ? `  ${(m.ms / base.ms).toFixed(2)}x baseline` : ''}`);
    console.log(`node ${process.version}, ${FILES} files, ${cli}`);
    row('git ls-files (floor)', floor);
    row('slam evaluate --offline --level 3 (bundle)', evalRun, floor);
    row("node -e '' (start-up floor)", bare);
    row('slam --help (bundle start-up)', help, bare);
    // Workflow analysis alone, in this process, against reading the same workflow files (its floor).
    const snapshot = RepoSnapshot.open(dir);
    const workflowPaths = snapshot.files.filter((f) => isWorkflowPath(f.path)).map((f) => f.path);
    const readTimes: number[] = [];
    const analyseTimes: number[] = [];
    let analysed = 0;
    for (let i = 0; i < 5; i++) {
      let t = performance.now();
      for (const p of workflowPaths) readFileSync(join(dir, p), 'utf8');
      readTimes.push(performance.now() - t);
      t = performance.now();
      analysed = analyzeWorkflows(RepoSnapshot.open(dir)).workflows.length;
      analyseTimes.push(performance.now() - t);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const readMs = median(readTimes);
    const analyseMs = median(analyseTimes);
    console.log(`${`analyzeWorkflows (${analysed} workflows)`.padEnd(44)} median ${analyseMs.toFixed(0).padStart(6)} ms  (reading the same files: ${readMs.toFixed(0)} ms; ${(analyseMs / Math.max(readMs, 0.001)).toFixed(1)}x)`);
    const ok = evalRun.ms < 2000 && evalRun.rssMiB < 300 && help.ms < 150;
    console.log(`targets (evaluate < 2000 ms and < 300 MiB; --help < 150 ms): ${ok ? 'met' : 'NOT met'}`);
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}
