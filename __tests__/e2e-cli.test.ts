// The bundled command line, as a maintainer runs it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo, type TempRepo } from './helpers/repo.ts';
import { runCli } from './helpers/run-dist.ts';
import { gemaraEvaluationLogValidator, resultValidator } from './helpers/schemas.ts';

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()?.cleanup();
});
function repo() {
  const r = makeRepo({ 'README.md': '# Demo\n', 'SECURITY.md': 'Contact security@example.org\n' });
  repos.push(r);
  return r.root;
}

describe('dist/cli.js', () => {
  it('prints help and version', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('slam evaluate [path]');
    const v = runCli(['--version']);
    expect(v.stdout).toMatch(/^security-slam-action \d+\.\d+\.\d+\n$/);
  });

  it('evaluates a repository in every format, exiting 0 whatever it finds', () => {
    const root = repo();
    const text = runCli(['evaluate', root, '--offline']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Level 1: \d+ of 24 pass/);
    expect(text.stdout).not.toContain('\x1b['); // no colour when not a terminal
    const json = runCli(['evaluate', root, '--format', 'json', '--level', '3', '--offline']);
    const doc = JSON.parse(json.stdout);
    expect(resultValidator()(doc)).toBe(true);
    expect(doc.controls).toHaveLength(64);
    const sarif = JSON.parse(runCli(['evaluate', root, '-f', 'sarif', '--offline']).stdout);
    expect(sarif.version).toBe('2.1.0');
    const md = runCli(['evaluate', root, '--format=markdown', '--offline']);
    expect(md.stdout).toContain('## Security Slam');
    // The bundle carries the Gemara export (YAML), which our EvaluationLog schema accepts.
    const gemara = runCli(['evaluate', root, '--format', 'gemara', '--level', '2', '--offline']);
    expect(gemara.code).toBe(0);
    expect(gemaraEvaluationLogValidator()(parseYaml(gemara.stdout))).toBe(true);
  });

  it('writes --output to a file', () => {
    const root = repo();
    const out = join(root, 'report.json');
    const r = runCli(['evaluate', root, '-f', 'json', '-o', out, '--offline']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).level).toBe(1);
  });

  it('exits 2 with a one-line error on bad usage or an unreadable path', () => {
    const cases: [string[], RegExp][] = [
      [['evaluate', '/no/such/path'], /^slam: path does not exist: \/no\/such\/path\n$/],
      [['evaluate', '--level', '4'], /^slam: --level must be 1, 2 or 3\n$/],
      [['evaluate', '--format', 'xml'], /^slam: --format must be one of text, json, sarif, markdown, gemara, gemara-json\n$/],
      [['evaluate', '--bogus'], /^slam: unknown option --bogus for evaluate\n$/],
      [['frobnicate'], /^slam: unknown command "frobnicate"/],
      [['evaluate', '--level'], /^slam: option --level needs a value\n$/],
      [['evaluate', join(repo(), 'README.md')], /^slam: path is not a directory: /],
    ];
    for (const [args, err] of cases) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(err);
      expect(r.stderr.split('\n').length).toBe(2);
    }
  });

  it('evaluates the current directory by default', () => {
    const root = repo();
    const r = runCli(['evaluate', '--offline', '-f', 'json'], { cwd: root });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).controls).toHaveLength(24);
  });
});

describe('dist/cli.js in scripts', () => {
  it('exits 3 with --fail-on fail when a requirement fails, and says in words why an output cannot be written', () => {
    const root = repo();
    const three = runCli(['evaluate', root, '--offline', '--fail-on', 'fail']);
    expect(three.code).toBe(3);
    expect(three.stderr).toMatch(/^slam: \d+ requirement\(s\) fail at Level 1: OSPS-[A-Z]{2}-\d\d\.\d\d/m);
    expect(three.stdout).toMatch(/Level 1: \d+ of 24 pass/);
    const folder = runCli(['evaluate', root, '--offline', '-o', root]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe(`slam: cannot write ${root}: it is a folder\n`);
    expect(runCli(['--help']).stdout).toMatch(/3 {2}evaluate --fail-on fail/);
  });
});
