// The repository files a workflow step runs, with their lines: the scripts its commands name
// (`bash .ci/run`, `./hack/verify.sh`), the commands of the tox environments it runs (tox.ts), the
// pre-commit hooks it runs (pre-commit.ts) and the recipes of the Makefile targets it makes
// (`make lint`: sigstore-python's Makefile runs bandit there). Each file is read once per analysis through the
// source's reader, within bounds; the detectors scan what is here with their rules.
import { expandMake, makeCall, type Makefile, MakefileCache } from './makefile.ts';
import { namedHooks, preCommitHooksRun, preCommitScript } from './pre-commit.ts';
import { FILE_HANDLERS, normalise } from './test-runs.ts';
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
  /** The recipes of a Makefile's targets (the test-run resolver reads `make` commands itself). */
  make?: true;
}

/** The pre-commit configuration, and the action that runs its hooks. */
const PRE_COMMIT_CONFIG = '.pre-commit-config.yaml';
const PRE_COMMIT_ACTION = 'pre-commit/action';

/** Targets followed from one `make` command, prerequisites and `$(MAKE) target` lines of their recipes included. */
const MAX_MAKE_TARGETS = 20;
const MAKE_PROGRAMS = new Set(['make', 'gmake']);

/**
 * The targets a line makes, with the folder (`-C dir`) each command runs in: `make lint`, `make -C
 * tools check`, `$(MAKE) vet` in a recipe. Options and assignments are passed over; another
 * Makefile (`-f`) or a target with a variable is not followed. Null when the line makes nothing.
 */
export function madeTargets(line: string): Array<{ dir: string; targets: string[]; assignments: Array<[string, string]> }> | null {
  if (!line.includes('make') && !line.includes('MAKE')) return null;
  // `$(MAKE)` as one word: the shell's word split would cut it at its parentheses.
  const { words, commands } = shellWords(line.replaceAll('$(MAKE)', 'make').replaceAll('${MAKE}', 'make'));
  const out: Array<{ dir: string; targets: string[]; assignments: Array<[string, string]> }> = [];
  for (let i = 0; i < words.length; i++) {
    if (!commands[i] || !MAKE_PROGRAMS.has(words[i])) continue;
    let j = i + 1;
    // An assignment (`V=1`) leaves the next word a command word to the shell's reading, not to make's.
    while (j < words.length && (!commands[j] || words[j - 1].includes('='))) j++;
    const call = makeCall(words.slice(i + 1, j));
    i = j - 1;
    // Another makefile is not followed; each -C folder must be a plain relative path.
    const parts = call.dirs.map((d) => (d === null ? null : d.replace(/^\.\//, '').replace(/\/$/, '')));
    if (call.file !== null || call.targets.length === 0 || parts.some((d) => d === null || !/^[\w.\/-]*$/.test(d) || d.split('/').includes('..'))) continue;
    const dir = (parts as string[]).filter((d) => d !== '' && d !== '.').join('/');
    out.push({ dir, targets: call.targets.filter((t) => /^[\w.\/-]+$/.test(t)), assignments: call.assignments });
  }
  return out.length > 0 ? out : null;
}

/** Levels of scripts followed below what a step runs itself, and scripts taken from each one. */
const MAX_NESTING = 2;
const MAX_NESTED_PER_SCRIPT = 10;

/** Script files followed per analysis, and lines read from each. */
const MAX_SCRIPTS = 200;
const MAX_SCRIPT_LINES = 5_000;

/**
 * Repository paths a script line runs: `bash .ci/run`, `sh scripts/test.sh`, `./hack/verify.sh`,
 * `python tools/check.py`, and `scripts/test` as a command (the shell runs a command word with a
 * slash as a path). Paths with variables or `..` are ignored, and so are data files (a `.yml` named
 * on a continued `git diff` line) and the `./file` a command only reads or moves (`cat ./VERSION`).
 */
export function invokedScripts(line: string): string[] {
  const out: string[] = [];
  // Words of the line, split where a shell splits commands and words (no regular expression runs
  // over the whole line, which may be long), each marked when it stands where a command does.
  const { words, commands, heads } = shellWords(line);
  for (let i = 0; i < words.length && out.length < 5; i++) {
    let candidate = words[i];
    if (INTERPRETER.test(candidate)) {
      // `bash -e -x scripts/test.sh`: the options, then the script.
      let j = i + 1;
      while (j < words.length && words[j].startsWith('-')) j++;
      if (j >= words.length) break;
      candidate = words[j];
      i = j;
    } else if (commands[i] ? !candidate.includes('/') : !candidate.startsWith('./') || FILE_HANDLERS.has(heads[i])) continue;
    if (!SCRIPT_PATH.test(candidate) || DATA_FILE.test(candidate)) continue;
    const p = candidate.startsWith('./') ? candidate.slice(2) : candidate;
    const segments = p.split('/');
    if (segments.some((seg) => seg === '..' || seg === '' || seg === '.') || /^\.+$/.test(segments[0])) continue;
    out.push(p);
  }
  return out;
}

/**
 * The lines of a script as the shell reads its commands: a line ending in a backslash goes on with
 * the next (`git diff -- \` then `.github/workflows/x.lock.yml \`: arguments, not commands).
 */
export function joinContinued(lines: readonly string[]): string[] {
  const out: string[] = [];
  // Parts of the command being continued, joined once it ends (no string grows line by line).
  let parts: string[] = [];
  for (const raw of lines) {
    const l = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const part = parts.length === 0 ? l : l.trimStart();
    // A comment's last backslash continues nothing.
    if (l.endsWith('\\') && !l.endsWith('\\\\') && !(parts.length === 0 && l.trimStart().startsWith('#'))) parts.push(part.slice(0, -1));
    else {
      parts.push(part);
      out.push(parts.length === 1 ? part : parts.join(' '));
      parts = [];
    }
  }
  if (parts.length > 0) out.push(parts.join(' '));
  return out;
}

/**
 * The non-empty words of a line, whether each stands where a command does (after `;`, `&`, `|`,
 * `(`, a keyword or an assignment), and the command word of the command each belongs to.
 */
function shellWords(line: string): { words: string[]; commands: boolean[]; heads: string[] } {
  const words: string[] = [];
  const commands: boolean[] = [];
  const heads: string[] = [];
  let atCommand = true;
  let head = '';
  let start = 0;
  for (let k = 0; k <= line.length; k++) {
    const end = k === line.length;
    const code = end ? 0 : line.charCodeAt(k);
    // A table for ASCII: a regular expression per character was most of this reading's time.
    if (!end && !(code < 128 ? ASCII_SEPARATOR[code] === 1 : WORD_SEPARATORS.test(line[k]))) continue;
    const w = line.slice(start, k);
    start = k + 1;
    if (w !== '') {
      words.push(w);
      commands.push(atCommand);
      if (atCommand) head = w;
      heads.push(head);
      atCommand = COMMAND_PREFIX.has(w) || ASSIGNMENT.test(w);
    }
    if (!end && code !== 32 && code !== 9) atCommand = true;
  }
  return { words, commands, heads };
}

/** Files by their extension that hold data or text, never a program a step runs. */
// Sources of compiled languages are no scripts either: kube-state-metrics' e2e.sh runs `go test ./tests/e2e/auth-filter_test.go`,
// whose `// nolint:gosec` comment is no gosec run.
const DATA_FILE = /\.(?:ya?ml|json|jsonc|toml|ini|cfg|conf|lock|md|markdown|rst|txt|xml|html?|css|csv|svg|png|jpe?g|gif|ico|sum|mod|go|rs|c|h|cc|cpp|hpp|java|kt|scala|cs|swift)$/i;

/** Words after which the next word is still a command: `then scripts/test`, `time scripts/test`. */
const COMMAND_PREFIX = new Set(['then', 'do', 'else', 'if', 'elif', 'while', 'until', '!', 'time', 'exec', 'env', 'sudo']);
/** `CI=1 scripts/test`: an assignment before the command. */
const ASSIGNMENT = /^\w+=/;
/** Where a shell splits a line into words and commands. */
export const WORD_SEPARATORS = /[\s;&|()]/;
/** WORD_SEPARATORS for the ASCII characters, by code: 1 where it matches. */
const ASCII_SEPARATOR = Uint8Array.from({ length: 128 }, (_, c) => (WORD_SEPARATORS.test(String.fromCharCode(c)) ? 1 : 0));
const INTERPRETER = /^(?:bash|sh|zsh|dash|pwsh|python[\d.]*|node|ruby|perl)$/;
/** `dir/file`, `./dir/file` or `./file`: word characters, dots and dashes between slashes. */
export const SCRIPT_PATH = /^(?:\.\/)?[\w.-]+(?:\/[\w.-]+)+$|^\.\/[\w.-]+$/;

/** The files the steps of one analysis run, each read and cut once. */
export class StepScripts {
  private readonly lines = new Map<string, string[] | null>();
  private readonly toxInis = new Map<string, ToxIni | null>();
  private readonly toxEnvLines = new Map<string, string[] | null>();
  private readonly hookLines = new Map<string, string[] | null>();
  private readonly makeLines = new Map<string, StepScript[]>();
  private readonly nested = new Map<string, StepScript[]>();

  private readonly read: ((path: string) => string | null) | undefined;
  private readonly makefiles: MakefileCache;

  /** `makefiles`: those the analysis has parsed already (the test-run resolver's), else read here. */
  constructor(read?: (path: string) => string | null, makefiles?: MakefileCache) {
    this.read = read;
    this.makefiles = makefiles ?? new MakefileCache((path) => this.linesOf(path)?.join('\n') ?? null, normalise);
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
    for (const l of joinContinued(lines)) {
      for (const p of invokedScripts(l)) {
        const sl = this.linesOf(p);
        if (sl) add({ path: p, lines: sl });
      }
      // `tox -e lint` runs the commands of [testenv:lint] in tox.ini (in-toto's bandit).
      if (l.includes('tox')) for (const sc of this.toxScripts(l, cwd, matrix)) add(sc);
      // `pre-commit run` runs the hooks of .pre-commit-config.yaml.
      const hooks = l.includes('pre-commit') || l.includes('prek') ? preCommitHooksRun(l) : null;
      if (hooks !== null) for (const sc of this.hookScripts(hooks)) add(sc);
      // `make lint` runs the recipes of the target and of its prerequisites.
      const made = cwd === null ? null : madeTargets(l);
      if (made !== null && cwd !== null) for (const m of made) for (const sc of this.makeScripts(cwd === '' ? m.dir : m.dir === '' ? cwd : `${cwd}/${m.dir}`, m.targets, m.assignments)) add(sc);
    }
    // pre-commit/action runs them too: all, or those its extra_args name (pydantic's zizmor hook).
    if (uses === PRE_COMMIT_ACTION) for (const sc of this.hookScripts(namedHooks((extraArgs ?? '').split(/\s+/).filter((w) => w !== '')))) add(sc);
    // What those run in turn, two levels down: fastapi's scripts/test-cov.sh runs scripts/test.sh
    // (pytest); a make recipe runs hack/verify-gosec.sh.
    for (let i = 0, depth = 0, level = out.length; i < out.length && depth < MAX_NESTING; i++) {
      for (const sc of this.nestedScripts(out[i])) add(sc);
      if (i + 1 === level) {
        depth++;
        level = out.length;
      }
    }
    return out;
  }

  /** The repository scripts the lines of a script (or a tox environment, a hook, a recipe) name, once per script. */
  private nestedScripts(sc: StepScript): StepScript[] {
    const key = `${sc.path}\0${sc.key ?? ''}`;
    let found = this.nested.get(key);
    if (found === undefined) {
      found = [];
      for (const l of joinContinued(sc.lines)) {
        if (found.length >= MAX_NESTED_PER_SCRIPT) break;
        if (l === '' || !l.includes('/')) continue;
        for (const p of invokedScripts(l)) {
          if (p === sc.path || found.some((x) => x.path === p)) continue;
          const lines = this.linesOf(p);
          if (lines) found.push({ path: p, lines });
        }
      }
      this.nested.set(key, found);
    }
    return found;
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

  /**
   * The recipe lines `make <targets>` runs in folder `dir`: the targets', their prerequisites' and
   * those of `$(MAKE) target` lines, with variables expanded, at their lines of the Makefile (every
   * other line left blank), and those of the files it includes at their lines there (buf's
   * make/go/go.mk runs govulncheck for `make lint`). The Makefile is parsed once per analysis
   * (MakefileCache).
   */
  private makeScripts(dir: string, targets: string[], assignments: Array<[string, string]> = []): StepScript[] {
    const parsed = this.makefiles.get(dir, 'Makefile');
    if (parsed === null) return [];
    const key = `${parsed.path}\0${targets.join(' ')}${assignmentsKey(assignments)}`;
    if (!this.makeLines.has(key)) {
      const byFile = recipeScript(parsed.mk, targets, parsed.lineCount, assignments, parsed.path);
      this.makeLines.set(key, [...byFile].map(([path, lines]) => ({ path, key: path === parsed.path ? key : `${key}\0${path}`, lines, make: true as const })));
    }
    return this.makeLines.get(key) ?? [];
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

/** Variables set on make command lines, as part of a cache key: `\0ARGS=--help`. */
function assignmentsKey(assignments: ReadonlyArray<[string, string]>): string {
  return assignments.map(([n, v]) => `\0${n}=${v}`).join('');
}

/**
 * The lines of the Makefile (`path`) and of each file it includes, blank but for the recipe lines
 * of `targets` and what they make; no file when none is a target. Variables set on a make command
 * line (`$(MAKE) run ARGS="--help"`) override the Makefile's in that make and the ones it starts;
 * a recipe reached with different values keeps each expansion, joined on its line by ` ; `.
 */
function recipeScript(mk: Makefile, targets: string[], lineCount: number, assignments: Array<[string, string]> = [], path = 'Makefile'): Map<string, string[]> {
  const files = new Map<string, string[]>();
  // An included file's lines are known up to the last recipe line kept of it.
  const linesOf = (file: string | undefined): string[] => {
    const at = file ?? path;
    let lines = files.get(at);
    if (!lines) files.set(at, (lines = file === undefined ? new Array<string>(lineCount).fill('') : []));
    return lines;
  };
  const seen = new Set<string>();
  const varsOf = (over: Array<[string, string]>) => (over.length === 0 ? mk.vars : new Map([...mk.vars, ...over]));
  const queue = targets.map((t) => ({ t, over: assignments }));
  let kept = 0;
  while (queue.length > 0 && seen.size < MAX_MAKE_TARGETS) {
    const { t, over } = queue.shift()!;
    const key = `${t}${assignmentsKey(over)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const rule = mk.rules.get(t);
    if (!rule) continue;
    queue.push(...rule.prereqs.map((p) => ({ t: p, over })));
    const vars = varsOf(over);
    for (const r of rule.recipe) {
      if (r.line < 1 || (r.file === undefined && r.line > lineCount) || r.line > MAX_INCLUDED_LINE) continue;
      const text = expandMake(r.text, vars);
      const lines = linesOf(r.file);
      while (lines.length < r.line) lines.push('');
      const before = lines[r.line - 1];
      lines[r.line - 1] = before === '' || before === text ? text : `${before} ; ${text}`;
      kept++;
      for (const m of madeTargets(text) ?? []) if (m.dir === '') queue.push(...m.targets.map((sub) => ({ t: sub, over: [...over, ...m.assignments] })));
    }
  }
  return kept > 0 ? files : new Map();
}

/** Lines of an included Makefile a recipe may stand at (make's own files are bounded by the parser). */
const MAX_INCLUDED_LINE = 20_000;
