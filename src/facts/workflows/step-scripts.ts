// The repository files a workflow step runs, with their lines: the scripts its commands name
// (`bash .ci/run`, `./hack/verify.sh`), the commands of the tox environments it runs (tox.ts) and the
// pre-commit hooks it runs (pre-commit.ts). Each file is read once per analysis through the
// source's reader, within bounds; the detectors scan what is here with their rules.
import { namedHooks, preCommitHooksRun, preCommitScript } from './pre-commit.ts';
import { readToxIni, toxDefaultEnvironments, toxEnvironments, toxEnvScript, type ToxIni } from './tox.ts';

/**
 * A repository file a step runs, with its lines: a script, or the commands of one tox environment
 * (tox.ini's lines, only that environment's commands left; `key` tells the environments apart).
 */
export interface StepScript {
  path: string;
  lines: string[];
  key?: string;
  /** For a script reached through a caller's command: that command's origin. */
  from?: string;
}

/** The pre-commit configuration, and the action that runs its hooks. */
const PRE_COMMIT_CONFIG = '.pre-commit-config.yaml';
const PRE_COMMIT_ACTION = 'pre-commit/action';

/** Script files followed per analysis, and lines read from each. */
const MAX_SCRIPTS = 200;
const MAX_SCRIPT_LINES = 5_000;

/**
 * Repository paths a script line runs: `bash .ci/run`, `sh scripts/test.sh`, `./hack/verify.sh`,
 * `python tools/check.py`, and `scripts/test` as a command (the shell runs a command word with a
 * slash as a path). Paths with variables or `..` are ignored.
 */
export function invokedScripts(line: string): string[] {
  const out: string[] = [];
  // Words of the line, split where a shell splits commands and words (no regular expression runs
  // over the whole line, which may be long), each marked when it stands where a command does.
  const { words, commands } = shellWords(line);
  for (let i = 0; i < words.length && out.length < 5; i++) {
    let candidate = words[i];
    if (INTERPRETER.test(candidate)) {
      // `bash -e -x scripts/test.sh`: the options, then the script.
      let j = i + 1;
      while (j < words.length && words[j].startsWith('-')) j++;
      if (j >= words.length) break;
      candidate = words[j];
      i = j;
    } else if (!candidate.startsWith('./') && !(commands[i] && candidate.includes('/'))) continue;
    if (!SCRIPT_PATH.test(candidate)) continue;
    const p = candidate.startsWith('./') ? candidate.slice(2) : candidate;
    const segments = p.split('/');
    if (segments.some((seg) => seg === '..' || seg === '' || seg === '.') || /^\.+$/.test(segments[0])) continue;
    out.push(p);
  }
  return out;
}

/** The non-empty words of a line, and whether each stands where a command does (after `;`, `&`, `|`, `(`, a keyword or an assignment). */
function shellWords(line: string): { words: string[]; commands: boolean[] } {
  const words: string[] = [];
  const commands: boolean[] = [];
  let atCommand = true;
  let start = 0;
  for (let k = 0; k <= line.length; k++) {
    const c = line[k];
    const end = k === line.length;
    if (!end && !WORD_SEPARATORS.test(c)) continue;
    const w = line.slice(start, k);
    start = k + 1;
    if (w !== '') {
      words.push(w);
      commands.push(atCommand);
      atCommand = COMMAND_PREFIX.has(w) || ASSIGNMENT.test(w);
    }
    if (!end && c !== ' ' && c !== '\t') atCommand = true;
  }
  return { words, commands };
}

/** Words after which the next word is still a command: `then scripts/test`, `time scripts/test`. */
const COMMAND_PREFIX = new Set(['then', 'do', 'else', 'if', 'elif', 'while', 'until', '!', 'time', 'exec', 'env', 'sudo']);
/** `CI=1 scripts/test`: an assignment before the command. */
const ASSIGNMENT = /^\w+=/;
/** Where a shell splits a line into words and commands. */
export const WORD_SEPARATORS = /[\s;&|()]/;
const INTERPRETER = /^(?:bash|sh|zsh|dash|pwsh|python[\d.]*|node|ruby|perl)$/;
/** `dir/file`, `./dir/file` or `./file`: word characters, dots and dashes between slashes. */
export const SCRIPT_PATH = /^(?:\.\/)?[\w.-]+(?:\/[\w.-]+)+$|^\.\/[\w.-]+$/;

/** The files the steps of one analysis run, each read and cut once. */
export class StepScripts {
  private readonly lines = new Map<string, string[] | null>();
  private readonly toxInis = new Map<string, ToxIni | null>();
  private readonly toxEnvLines = new Map<string, string[] | null>();
  private readonly hookLines = new Map<string, string[] | null>();

  private readonly read: ((path: string) => string | null) | undefined;

  constructor(read?: (path: string) => string | null) {
    this.read = read;
  }

  /** A repository file's lines (up to MAX_SCRIPT_LINES), or null when absent, unreadable or past MAX_SCRIPTS files. */
  linesOf(path: string): string[] | null {
    if (this.lines.has(path)) return this.lines.get(path) ?? null;
    if (this.lines.size >= MAX_SCRIPTS || !this.read) return null;
    let text: string | null = null;
    try {
      text = this.read(path);
    } catch {
      text = null;
    }
    const lines = text === null ? null : text.split('\n', MAX_SCRIPT_LINES);
    this.lines.set(path, lines);
    return lines;
  }

  /**
   * What a step runs: the scripts its lines name, the tox environments and pre-commit hooks they
   * run (in folder `cwd`, null when an expression decides it; a `${{ matrix.KEY }}` read with
   * `matrix`), and the hooks pre-commit/action runs when it is the step's action (`uses`, its `extra_args`).
   */
  forStep(lines: readonly string[], cwd: string | null, matrix: Readonly<Record<string, readonly string[]>> | undefined, uses: string | null, extraArgs: string | undefined): StepScript[] {
    const out: StepScript[] = [];
    const add = (sc: StepScript) => {
      if (!out.some((x) => x.path === sc.path && x.key === sc.key)) out.push(sc);
    };
    for (const l of lines) {
      for (const p of invokedScripts(l)) {
        const sl = this.linesOf(p);
        if (sl) add({ path: p, lines: sl });
      }
      // `tox -e lint` runs the commands of [testenv:lint] in tox.ini (in-toto's bandit).
      if (l.includes('tox')) for (const sc of this.toxScripts(l, cwd, matrix)) add(sc);
      // `pre-commit run` runs the hooks of .pre-commit-config.yaml.
      const hooks = l.includes('pre-commit') || l.includes('prek') ? preCommitHooksRun(l) : null;
      if (hooks !== null) for (const sc of this.hookScripts(hooks)) add(sc);
    }
    // pre-commit/action runs them too: all, or those its extra_args name (pydantic's zizmor hook).
    if (uses === PRE_COMMIT_ACTION) for (const sc of this.hookScripts(namedHooks((extraArgs ?? '').split(/\s+/).filter((w) => w !== '')))) add(sc);
    return out;
  }

  /** The commands of the tox environments a line runs: tox.ini read once per folder, each environment's lines once. */
  private toxScripts(line: string, cwd: string | null, matrix: Readonly<Record<string, readonly string[]>> | undefined): StepScript[] {
    if (cwd === null) return [];
    const envs = toxEnvironments(line, matrix);
    if (envs !== null && envs.length === 0) return [];
    const path = cwd === '' ? 'tox.ini' : `${cwd}/tox.ini`;
    if (!this.toxInis.has(path)) {
      const lines = this.linesOf(path);
      this.toxInis.set(path, lines === null ? null : readToxIni(lines));
    }
    const ini = this.toxInis.get(path);
    if (!ini) return [];
    const out: StepScript[] = [];
    for (const env of envs ?? toxDefaultEnvironments(ini)) {
      const key = `${path}\0${env}`;
      if (!this.toxEnvLines.has(key)) this.toxEnvLines.set(key, toxEnvScript(ini, env));
      const envLines = this.toxEnvLines.get(key);
      if (envLines) out.push({ path, key, lines: envLines });
    }
    return out;
  }

  /** The pre-commit hooks run (`only` those named; none named: all), once per set named. */
  private hookScripts(only: string[]): StepScript[] {
    const key = `${PRE_COMMIT_CONFIG}\0${only.join(',')}`;
    if (!this.hookLines.has(key)) {
      const config = this.linesOf(PRE_COMMIT_CONFIG);
      this.hookLines.set(key, config === null ? null : preCommitScript(config, only));
    }
    const lines = this.hookLines.get(key);
    return lines ? [{ path: PRE_COMMIT_CONFIG, key, lines }] : [];
  }
}
