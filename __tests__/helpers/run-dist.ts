// Runs the committed bundles the way users and the runner do.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.js')) || !existsSync(join(DIST, 'cli.js'))) throw new Error('dist/ is missing: run npm run build');
}

export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}) {
  requireDist();
  const env = { ...process.env, GITHUB_TOKEN: '', NO_COLOR: '1', ...options.env };
  const r = spawnSync(process.execPath, [join(DIST, 'cli.js'), ...args], { cwd: options.cwd, env, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

/** The action's source entry point, run by Node's type stripping: tests of src/ need no build. */
export const ACTION_SOURCE = join(import.meta.dirname, '..', '..', 'src', 'action.ts');

/** Runs dist/index.js (or another entry point) as the runner does: INPUT_* variables and the GITHUB_* files. */
export interface RunnerFiles {
  summaryFile: string;
  outputFile: string;
  env: NodeJS.ProcessEnv;
}

/** The runner's environment: INPUT_* variables and the GITHUB_* files, as Actions provides them. */
export function runnerEnvironment(workspace: string, inputs: Record<string, string>, env: Record<string, string>): RunnerFiles {
  const runnerDir = mkdtempSync(join(tmpdir(), 'slam-runner-'));
  const summaryFile = join(runnerDir, 'summary.md');
  const outputFile = join(runnerDir, 'output.txt');
  const eventFile = join(runnerDir, 'event.json');
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  writeFileSync(eventFile, JSON.stringify({ repository: { full_name: 'example/demo', default_branch: 'main' } }));
  const inputEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(inputs)) inputEnv[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_')));
  return {
    summaryFile,
    outputFile,
    env: {
      ...clean,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_OUTPUT: outputFile,
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REPOSITORY: 'example/demo',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: 'a'.repeat(40),
      RUNNER_TEMP: runnerDir,
      ...inputEnv,
      ...env,
    },
  };
}

export function runAction(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}, entry = join(DIST, 'index.js')): ActionRun {
  if (entry.startsWith(DIST)) requireDist();
  const files = runnerEnvironment(workspace, inputs, env);
  const r = spawnSync(process.execPath, [entry], { cwd: workspace, encoding: 'utf8', timeout: 60_000, env: files.env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, summary: readFileSync(files.summaryFile, 'utf8'), outputs: parseOutputs(readFileSync(files.outputFile, 'utf8')) };
}

/** Like runAction, without blocking this process: for a loopback server the test itself runs. */
export async function runActionAsync(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}, entry = join(DIST, 'index.js')): Promise<ActionRun> {
  if (entry.startsWith(DIST)) requireDist();
  const files = runnerEnvironment(workspace, inputs, env);
  const child = spawn(process.execPath, [entry], { cwd: workspace, env: files.env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  return { code, stdout, stderr, summary: readFileSync(files.summaryFile, 'utf8'), outputs: parseOutputs(readFileSync(files.outputFile, 'utf8')) };
}

/** Parses the GITHUB_OUTPUT file format: name<<DELIMITER\nvalue\nDELIMITER. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (m) {
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== m[2]) value.push(lines[i]);
      out[m[1]] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const eq = lines[i].indexOf('=');
      out[lines[i].slice(0, eq)] = lines[i].slice(eq + 1);
    }
  }
  return out;
}
