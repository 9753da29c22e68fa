// After a workflow_run job downloads another run's artifacts (built from a pull request's code), does a later step
// of the job run them? Downloading is not running: pydantic's upload-previews.yml downloads coverage HTML and only
// uploads it with `smokeshow`, installed from the package index before the download. A step may run the download
// when it runs a file by its path, runs an interpreter, shell, build or package tool (which read code, scripts or
// configuration from the working folder), installs anything after the download (a wheel, a requirements or
// package file of the download decides what), runs a tool installed after the download, or uses an action that is
// not known to only read files. After a download into a subfolder, a project runner (`uv run`, `bundle exec`,
// `npx`) reads the checkout's project in the working folder, and the command it runs is judged instead; a program or
// script of the checkout run by its relative path outside the download's folder runs the checkout's code, and an action
// that only publishes the folder (wrangler's `pages deploy`) runs none of it. After a
// download outside the working folder (`path: ${{ runner.temp }}/artifacts`, black's diff_shades_comment.yml), the
// working folder stays the checkout: a command that names no path outside it (no variable, no absolute path, no
// `..`, not the download's folder) reads only the checkout, installs included, and an interpreter running a script
// of the checkout by its relative path reads the download as data. A command this file cannot read (a variable, a
// substitution it cannot split) counts as running it: when unclear, the finding stays.
import { shellLines } from './head-flow.ts';
import type { YamlFile } from './parse.ts';
import { commandWords, FILE_HANDLERS, INSTALL_COMMAND, RUNNERS, splitCommands, unwrapRunner } from './test-runs.ts';
import type { Position, StepFact } from './types.ts';
import { usesTarget } from './uses.ts';

/** A later step that may run the download, with the command or action that does. */
export interface ArtifactRun {
  at: Position;
  what: string;
}

/** Actions that only read, move or publish files: they run nothing from the download. */
const READS_ONLY = [
  /^actions\/checkout$/,
  /^actions\/(upload|download)-artifact$/,
  /^actions\/cache(\/.*)?$/,
  /^actions\/labeler$/,
  /^actions\/stale$/,
  /^actions\/upload-pages-artifact$/,
  // Set-up actions install a toolchain from its vendor; a later command that runs it is judged on its own.
  /^actions\/setup-(?:python|node|go|java|dotnet)$/,
  /^dawidd6\/action-download-artifact$/,
  /^peter-evans\/(?:create-or-update-comment|find-comment)$/,
  /^marocchino\/sticky-pull-request-comment$/,
  // Sets cloud credentials for later steps from an OIDC token or secrets; it reads no file of the working folder.
  /^aws-actions\/configure-aws-credentials$/,
];

/**
 * Actions that publish a folder and run nothing of it, when the download is in a subfolder (the working folder, whose
 * project and configuration they read, is the checkout's): `cloudflare/wrangler-action` running `pages deploy <folder>`
 * (fastapi's deploy-docs.yml) uploads the files to Cloudflare Pages; a `_worker.js` there is bundled, not run. Its
 * `preCommands`, `postCommands` or another `workingDirectory` run or read what they name, so they keep the finding.
 */
const PUBLISHES_FOLDER: Array<{ target: RegExp; inputs: ReadonlySet<string>; command: RegExp }> = [
  {
    target: /^cloudflare\/wrangler-action$/,
    inputs: new Set(['apiToken', 'accountId', 'command', 'wranglerVersion', 'packageManager', 'gitHubToken', 'quiet']),
    command: /^pages\s+deploy(?:\s|$)/,
  },
];

/** Whether a step only publishes a subfolder's files with one of PUBLISHES_FOLDER, its inputs all known and its command a deploy. */
function publishesOnly(target: string, step: StepFact): boolean {
  const known = PUBLISHES_FOLDER.find((p) => p.target.test(target));
  if (!known || step.workingDirectory !== null) return false;
  const inputs = Object.keys(step.with);
  return inputs.every((k) => known.inputs.has(k)) && known.command.test((step.with['command']?.value ?? '').trim());
}

/** A github-script that loads or runs code (a module by a path, a process, eval), not only reads files. */
const SCRIPT_RUNS = /\brequire\(\s*['"`][./]|\bimport\(|\beval\(|\bnew\s+Function\b|child_process|\bexec\.(?:exec|getExecOutput)\b/;

/** Programs that run code or read configuration from the working folder: interpreters, shells, build and package tools. */
const RUNS_CODE = new Set([
  'node', 'deno', 'bun', 'tsx', 'ts-node', 'ruby', 'perl', 'php', 'java', 'lua', 'Rscript', 'R',
  'bash', 'sh', 'zsh', 'dash', 'ksh', 'fish', 'pwsh', 'powershell', 'source', '.', 'eval', 'exec',
  'make', 'gmake', 'cmake', 'ninja', 'meson', 'bazel', 'bazelisk', 'scons',
  'npm', 'npx', 'yarn', 'pnpm', 'pnpx', 'uv', 'uvx', 'pipx', 'poetry', 'pdm', 'hatch', 'pipenv', 'tox', 'nox', 'conda', 'mamba',
  'cargo', 'go', 'mvn', 'mvnw', 'gradle', 'gradlew', 'ant', 'sbt', 'dotnet', 'msbuild', 'swift', 'mix', 'gem', 'bundle', 'rake',
  'composer', 'docker', 'podman', 'git', 'dpkg', 'rpm', 'apt', 'apt-get', 'helm', 'terraform', 'pre-commit',
]);
const RUNS_CODE_FAMILY = /^(?:python|pip|pypy)[\d.]*$/;
/** Words that open or continue a shell construct, followed by a command (`then ./run.sh`). */
const SHELL_WORDS = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', '}', 'fi', 'done', 'esac', 'time']);
/** Constructs whose words are not commands (`for f in dist/*`, `case "$x" in`, `[ -f x ]`, `function f`). */
const NOT_COMMANDS = new Set(['for', 'case', 'select', '[', '[[', 'test', 'function', 'cd', 'pushd', 'popd', 'export', 'local', 'declare', 'set', 'shift', 'return', 'exit', 'true', 'false', ':']);

/** Options of xargs that take the next word as their value. */
const XARGS_VALUE = new Set(['-I', '-i', '-n', '-L', '-l', '-P', '-d', '-E', '-e', '-s', '-a', '--arg-file', '--delimiter', '--max-args', '--max-lines', '--max-procs', '--max-chars', '--replace']);

/** The command xargs runs (`xargs -0 -I{} basename {}` runs basename), without xargs and its options. */
function afterXargs(words: string[]): string[] {
  let i = 1;
  while (i < words.length && words[i].startsWith('-')) i += XARGS_VALUE.has(words[i]) ? 2 : 1;
  return words.slice(i);
}

/** Shells `shell:` may name that run the text as a shell script; any other (`python {0}`) runs it as code. */
const SHELL_SHELLS = /^(?:bash|sh|pwsh|powershell|cmd)(?:\s|$)/;

/** Characters of a script examined. */
const MAX_SCRIPT = 20_000;

/** Runners that read their project (pyproject.toml, uv.lock, Gemfile, package.json) from the working folder and run the command after them. */
const PROJECT_RUNNERS = new Set(['uv', 'poetry', 'pdm', 'pipenv', 'hatch', 'bundle', 'npx']);

interface RunState {
  installed: boolean;
  /** The folder the download went into, below the working folder (`path: htmlcov`), while the working folder stays the job's own checkout; else null. */
  subfolder: string | null;
  /** The last folder name of a download outside the working folder (`diff-shades-artifacts`), while the working folder stays the checkout; else null. */
  outside: string | null;
  /** The step's env sets a variable a program reads by itself (PYTHONPATH, PATH, ...) to what may name the download. */
  loaderEnv?: boolean;
}

/** Interpreters that run the script named after their options; a script of the checkout reads what it is given as data. */
const SCRIPT_INTERPRETERS = /^(?:python[\d.]*|pypy[\d.]*|node|ruby|perl|bash|sh|zsh|dash)$/;
/** A relative path below the working folder: `scripts/x.py`, `./ci/run.sh`. */
const CHECKOUT_PATH = /^(?:\.\/)?[\w-][\w.-]*(?:\/[\w-][\w.-]*)*$/;

/**
 * Whether a command may reach a download outside the working folder: it names a variable or a
 * substitution (`$RUNNER_TEMP`, `${{ runner.temp }}`, `$artifact`), an absolute or home path, a `..`, or the
 * download's folder. Read on the command's text, so an assignment before it (`PYTHONPATH=$RUNNER_TEMP/x`) counts.
 */
function reachesOutside(cmd: string, folder: string): boolean {
  if (cmd.includes('$') || cmd.includes('..') || cmd.includes('~') || (folder !== '' && cmd.includes(folder))) return true;
  return cmd.split(/\s+/).some((w) => w.replace(/^['"]+/, '').startsWith('/'));
}

/**
 * `python scripts/helper.py "$file"`: the interpreter runs the checkout's script, whatever its arguments; not
 * with an assignment before it (`PYTHONPATH=$RUNNER_TEMP/x python scripts/helper.py` loads modules from the download).
 */
function runsCheckoutScript(cmd: string, words: string[]): boolean {
  if (!SCRIPT_INTERPRETERS.test(words[0] ?? '')) return false;
  const raw = cmd.trim().split(/\s+/);
  const at = raw.indexOf(words[0]);
  if (at < 0 || raw.slice(0, at).some((w) => w.includes('='))) return false;
  const script = words[1] ?? '';
  return CHECKOUT_PATH.test(script) && script.includes('/') && !script.split('/').includes('..');
}

/**
 * A download into a subfolder leaves the working folder's project files the checkout's: `uv run
 * smokeshow upload htmlcov` (fastapi's smokeshow.yml) reads pyproject.toml and uv.lock from there and
 * runs smokeshow, which is judged as if run alone. Not when a word before the command names the folder.
 */
function projectRunnerCommand(words: string[], state: RunState): string[] | null {
  const sub = state.subfolder;
  if (sub === null || !PROJECT_RUNNERS.has(words[0])) return null;
  const inner = unwrapRunner(words);
  if (inner === words || inner.length === 0) return null;
  const options = words.slice(0, words.length - inner.length);
  return options.some((w) => w.includes(sub)) ? null : inner;
}

/**
 * After a download into a subfolder, a program of the checkout run by its relative path, outside that folder, or an
 * interpreter running such a script: `uv run ./scripts/deploy_docs_status.py` (fastapi's deploy-docs.yml, the download
 * in ./site) runs the checkout's code, which reads the download as data if at all.
 */
function runsCheckoutProgram(cmd: string, words: string[], subfolder: string): boolean {
  const inFolder = (p: string) => {
    const path = p.replace(/^\.\//, '');
    return path === subfolder || path.startsWith(`${subfolder}/`);
  };
  const head = words[0] ?? '';
  const raw = cmd.trim().split(/\s+/);
  const at = raw.indexOf(head);
  // `PYTHONPATH=site ./scripts/x.py` loads modules from the download.
  if (at < 0 || raw.slice(0, at).some((w) => w.includes('='))) return false;
  if (CHECKOUT_PATH.test(head) && head.includes('/') && !head.split('/').includes('..')) return !inFolder(head);
  return runsCheckoutScript(cmd, words) && !inFolder(words[1] ?? '');
}


/** Whether a find runs a command on what it finds: an -exec, -execdir or -ok whose program is not one of FILE_HANDLERS (test-runs.ts). */
function findRuns(words: readonly string[]): boolean {
  for (let i = 1; i < words.length; i++) {
    if (words[i] !== '-exec' && words[i] !== '-execdir' && words[i] !== '-ok' && words[i] !== '-okdir') continue;
    const program = words[i + 1] ?? '';
    if (!FILE_HANDLERS.has(program)) return true;
  }
  return false;
}

/** Why a command may run the download, or null when it only reads it. `installed` is set once anything is installed. */
function commandRuns(cmd: string, state: RunState): string | null {
  let words = commandWords(cmd);
  while (words.length > 0 && SHELL_WORDS.has(words[0])) words = words.slice(1);
  if (words[0] === 'xargs') words = afterXargs(words);
  if (words[0] === 'cd' || words[0] === 'pushd') {
    state.subfolder = null;
    state.outside = null;
  }
  if (state.outside !== null && (!reachesOutside(cmd, state.outside) || runsCheckoutScript(cmd, words))) return null;
  words = projectRunnerCommand(words, state) ?? words;
  if (state.subfolder !== null && !state.installed && !state.loaderEnv && runsCheckoutProgram(cmd, words, state.subfolder)) return null;
  const head = words[0];
  // A find's later -exec after an escaped `\;`, which the command split cut there.
  if (head === '-exec' || head === '-execdir' || head === '-ok' || head === '-okdir') return findRuns(['find', ...words]) ? 'runs commands on the files it finds' : null;
  if (head === undefined || NOT_COMMANDS.has(head) || /^[A-Za-z_]\w*=/.test(head)) return null;
  const command = words.join(' ');
  if (INSTALL_COMMAND.test(command) && head !== 'curl' && head !== 'wget') {
    state.installed = true;
    return 'installs after the download, where its files can decide what is installed';
  }
  if (head.includes('/') || head.includes('$') || head.startsWith('~')) return 'runs a program by its path or a variable';
  if (RUNS_CODE.has(head) || RUNS_CODE_FAMILY.test(head)) return 'runs an interpreter, shell, build or package tool, which reads code from the working folder';
  if (head === 'find' && findRuns(words)) return 'runs commands on the files it finds';
  if (RUNNERS.some((r) => r.re.test(command))) return 'runs a test runner, which loads code from the working folder';
  if (state.installed) return 'runs a tool installed after the download';
  return null;
}

/**
 * The line with the body of each `[[ ... ]]` test emptied: its `||`, `&&` and `!` are the test's own, and the words
 * after them are operands, not commands (`[[ -z "$N" || ! "$N" =~ ^[0-9]+$ ]]` validating a pull request's number).
 * A body with a command substitution is kept: that substitution runs.
 */
function withoutTestBodies(line: string): string {
  let out = '';
  let from = 0;
  for (let open = line.indexOf('[['); open >= 0; open = line.indexOf('[[', from)) {
    const close = line.indexOf(']]', open + 2);
    if (close < 0) break;
    const body = line.slice(open + 2, close);
    out += line.slice(from, open + 2) + (body.includes('$(') || body.includes('`') ? body : ' ');
    from = close;
  }
  return out + line.slice(from);
}

/** The runner's temporary folder, outside the working folder: `${{ runner.temp }}`, `$RUNNER_TEMP`, /tmp. */
const TEMP_ROOT = /^(?:\$\{\{\s*runner\.temp\s*\}\}|\$\{RUNNER_TEMP\}|\$RUNNER_TEMP|\/tmp)(?=\/|$)/;

/**
 * A download's `path:` in the runner's temporary folder, outside the working folder: the name of its
 * last folder (`${{ runner.temp }}/diff-shades-artifacts`: diff-shades-artifacts; '' for the folder itself), else null.
 */
export function downloadOutside(path: string | undefined): string | null {
  const p = (path ?? '').trim();
  const root = TEMP_ROOT.exec(p);
  if (!root) return null;
  let rest = p.slice(root[0].length);
  if (rest.endsWith('/')) rest = rest.slice(0, -1);
  if (rest === '') return '';
  if (!/^(?:\/[\w-][\w.-]*)+$/.test(rest) || rest.split('/').includes('..')) return null;
  return rest.slice(rest.lastIndexOf('/') + 1);
}

/** Variables a program reads by itself (a search path, options, a startup file): set to the download, they reach it unnamed. */
const LOADER_ENV = /^(?:PATH|PYTHON\w*|PIP_\w+|UV_\w+|NODE_\w+|NPM_CONFIG_\w+|LD_\w+|DYLD_\w+|BASH_ENV|ENV|RUBY\w*|GEM_\w+|BUNDLE_\w+|PERL5\w*|CLASSPATH|\w*_OPTIONS|\w*FLAGS)$/i;

/** Whether an env scope sets such a variable to something that may name the download (a variable, an expression, a path outside). */
export function loaderEnv(env: Readonly<Record<string, { value: string }>>, folder: string): boolean {
  return Object.entries(env).some(([k, v]) => LOADER_ENV.test(k) && reachesOutside(v.value, folder));
}

/** A download's `path:` when it is a plain folder below the working folder (`htmlcov`, `./site`), else null. */
export function downloadSubfolder(path: string | undefined): string | null {
  const p = (path ?? '').trim().replace(/^\.\//, '').replace(/\/$/, '');
  return /^[\w-][\w.-]*(?:\/[\w-][\w.-]*)*$/.test(p) && !p.split('/').includes('..') ? p : null;
}

/**
 * The first step of `later` that may run what an earlier step downloaded into `subfolder` (null:
 * into the working folder, or unknown), or null when every one only reads it.
 */
export function artifactRunIn(file: YamlFile, later: readonly StepFact[], subfolder: string | null = null, outside: string | null = null): ArtifactRun | null {
  const state: RunState = { installed: false, subfolder, outside };
  for (const step of later) {
    // Another download, or a step run in another folder: the working folder's files may be the download's.
    if (step.uses && /download-artifact$/.test(usesTarget(step.uses))) {
      if (downloadSubfolder(step.with['path']?.value) === null) state.subfolder = null;
      if (downloadOutside(step.with['path']?.value) === null) state.outside = null;
    }
    // A step that adds to PATH or the env of later steps may point them at the download.
    if (step.run && /GITHUB_(?:PATH|ENV)/.test(file.fullText.get(step.run) ?? step.run.text)) state.outside = null;
    const cwdSubfolder = step.workingDirectory === null ? state.subfolder : null;
    const cwdOutside = step.workingDirectory === null && state.outside !== null && !loaderEnv(step.env, state.outside) ? state.outside : null;
    const stepState: RunState = { installed: state.installed, subfolder: cwdSubfolder, outside: cwdOutside, loaderEnv: cwdSubfolder !== null && loaderEnv(step.env, cwdSubfolder) };
    if (step.uses) {
      if (step.uses.kind !== 'local') {
        const target = usesTarget(step.uses);
        if (READS_ONLY.some((re) => re.test(target))) continue;
        if (stepState.subfolder !== null && publishesOnly(target, step)) continue;
        const script = step.with['script'];
        if (target === 'actions/github-script' && !SCRIPT_RUNS.test(script ? (file.fullText.get(script) ?? script.value) : '')) continue;
      }
      return { at: step.uses, what: `\`uses: ${step.uses.raw.slice(0, 80)}\` may run code from the download` };
    }
    if (!step.run) continue;
    const text = file.fullText.get(step.run) ?? step.run.text;
    if (step.shell !== null && !SHELL_SHELLS.test(step.shell.trim()))
      return { at: step.run, what: `a \`shell: ${step.shell.slice(0, 40)}\` script, which may load code from the download` };
    if (text.length > MAX_SCRIPT || step.run.truncated) return { at: step.run, what: 'a script too long to read' };
    for (const line of shellLines(text)) {
      // Single-quoted text is never run by the shell itself (a jq or sed program; `sh -c '...'` counts by sh).
      // A substitution is a command too: `N=$(cat pr/number)`, `echo "$(./x)"`.
      for (const cmd of splitCommands(withoutTestBodies(line.replace(/'[^']*'/g, "''")).replace(/\$\(|`/g, ';'))) {
        const why = commandRuns(cmd, stepState);
        state.installed = stepState.installed;
        if (why === null) continue;
        const found = file.findInSource(step.run, line) ?? file.findInSource(step.run, line.slice(0, 40));
        return { at: found?.pos ?? step.run, what: `\`${line.length > 80 ? `${line.slice(0, 77)}...` : line}\` ${why}` };
      }
    }
  }
  return null;
}
