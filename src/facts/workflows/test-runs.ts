// Does a CI command run tests? A command is followed to what it runs: `make <target>` through the
// Makefile's recipes and prerequisites, `npm|pnpm|yarn|bun run <script>` through package.json,
// `tox -e` / `nox -s` by their environment names, maven and gradle by their goals (a bare `mvn` by
// the POM's default goal), a bare `rake` by the Rakefile's default task; then the test
// runners are recognised (go test, pytest, vitest, cargo test, ctest, bats, chart-testing, ...).
// A repository script run from a make recipe or a package script (`./scripts/coverage.sh`) is read
// and its lines followed the same way.
// A target or script that can be read and runs no tests is not a test run (`make lint`, a `test`
// script that only runs eslint); one that cannot be read counts by its name, as before. Every
// step is bounded: files read through the caller (once each), recursion through targets and
// scripts by depth and by a budget of visits.
import { plainPom } from '../pom.ts';
import { lineAt } from '../text.ts';
import { expandMake, makeCall, type Makefile, MakefileCache } from './makefile.ts';
import { readTaskfile, type Task, TASKFILE_NAMES } from './taskfile.ts';
import { type Justfile, JUSTFILE_NAMES, readJustfile } from './justfile.ts';
import { CAKE_BOOTSTRAPPER, CAKE_SCRIPTS, cakeTargetArgument, cakeTests } from './cake.ts';

export interface TestRun {
  /** The runner and how it was reached, e.g. `make test-cov → go test (Makefile:12)`. */
  tool: string;
}

/** What a command is, for the tests detector. */
export type Verdict = { kind: 'tests'; tool: string } | { kind: 'no-tests'; why: string } | null;

export interface ResolveContext {
  /** A repository file's text, or null when absent, unreadable or too large. */
  read(path: string): string | null;
  /** Makefiles already parsed for this analysis (read through `read` when absent). */
  makefiles?: MakefileCache;
}

/**
 * `source` as a command word: not part of another word or a path segment's name (containerd's
 * `script/setup/install-gotestsum`, pydantic's `pytest-speed`, `--ginkgo.skip`). Before it: the line's
 * start, a blank, a quote, `(` or `/` (`./node_modules/.bin/jest`); after it: the end, a blank, a
 * quote, `)`, `;`, `&`, `|`, `:` (`rake test:unit`) or `@` (`go run gotest.tools/gotestsum@v1.12.0`). With
 * a script or program suffix only as the last segment of a path (`node node_modules/jest/bin/jest.js`): a bare
 * `mocha.js` is a file (mocha's `rimraf mocha.js mocha.js.map` removes its build output, it runs no tests).
 */
function asCommand(source: string): RegExp {
  return new RegExp(`(?:(?<![^\\s"'\`(/])(?:${source})|(?<=/)(?:${source})\\.(?:[cm]?js|exe))(?![^\\s"'\`);&|:@])`);
}

/** Test runners recognised in a command (after the command has been followed to what it runs). */
export const RUNNERS: Array<{ tool: string; re: RegExp }> = [
  { tool: 'js test runner', re: asCommand(/vitest|jest|mocha|ava|tap|tape|uvu|borp|tstyche|jasmine|qunit|karma\s+start|playwright\s+test|cypress\s+run|wdio|web-test-runner|wtr|[a-z][\w-]{0,40}-scripts\s+test|tsdx\s+test|aegir\s+test|ng\s+test|vue-cli-service\s+test\S*/.source) },
  { tool: 'node --test', re: asCommand(/(?:node|tsx)\s+(?:--\S+\s+)*--test/.source) },
  { tool: 'bun/deno test', re: asCommand(/(?:bun|deno)\s+test/.source) },
  // `node test` runs test.js or test/index.js (node-addon-api's `npm test`).
  { tool: 'node test', re: /(?:^|\s)node\s+(?:\.\/)?tests?(?:\/(?:index\.[cm]?js)?)?(?=\s|$)/ },
  { tool: 'go test', re: asCommand(/go\s+test|richgo\s+test|gotestsum|ginkgo/.source) },
  // cargo-hack's and Miri's test runs (log's `cargo hack test --feature-powerset`), and the coverage runners, which run the tests.
  { tool: 'cargo test', re: asCommand(/(?:cargo|cross)\s+(?:\+\S+\s+)?(?:(?:hack|miri)(?:\s+--?[\w-]+){0,6}\s+)?(?:test|nextest)|cargo\s+(?:\+\S+\s+)?(?:llvm-cov(?!\s+(?:report|clean|show-env|run)\b)|tarpaulin)/.source) },
  { tool: 'pytest', re: asCommand(/pytest|python[\d.]*\s+-m\s+(?:pytest|unittest)|nose2?/.source) },
  { tool: 'hatch test', re: asCommand(/hatch\s+(?:test|run\s+(?:\S+:)?test)/.source) },
  { tool: 'ctest', re: asCommand(/ctest|meson\s+test|ninja\b[^\n#]*\stest/.source) },
  { tool: 'dotnet test', re: asCommand(/dotnet\s+test/.source) },
  // A rake task after options and variable assignments (jekyll's script/test: `rake TESTOPTS=$testopts test`).
  { tool: 'ruby tests', re: asCommand(/rspec|rake(?:\s+(?:-\S+|[A-Z_][A-Z\d_]*=\S*))*\s+(?:test|spec)/.source) },
  { tool: 'php tests', re: asCommand(/(?:simple-)?phpunit|composer\s+(?:run(?:-script)?\s+)?test|pest/.source) },
  // One label per ecosystem: the evidence names the runner the project uses (pandoc's `cabal test`).
  { tool: 'swift test', re: asCommand(/swift\s+test/.source) },
  { tool: 'dart/flutter test', re: asCommand(/(?:dart|flutter)\s+test/.source) },
  { tool: 'mix test', re: asCommand(/mix\s+test/.source) },
  { tool: 'cabal/stack test', re: asCommand(/(?:stack|cabal)\s+test/.source) },
  { tool: 'sbt/lein test', re: asCommand(/(?:sbt|lein)\s+test/.source) },
  { tool: 'zig build test', re: asCommand(/zig\s+build\s+test/.source) },
  { tool: 'bazel test', re: asCommand(/(?:bazel|bazelisk)\s+test/.source) },
  // Mage targets in the test namespace or named test (trivy's `mage test:unit`), counted by name as make's are.
  { tool: 'mage test', re: asCommand(/mage\s+(?:-\S+\s+)*test/.source) },
  // R's runners are called inside an expression (`Rscript -e 'devtools::test()'`).
  { tool: 'R CMD check', re: /\bR\s+CMD\s+check\b|\bdevtools::test\b|\btestthat\b/ },
  // bats as a command (bats, ./test/bats/bin/bats), not bats-core in a path or a package name.
  { tool: 'bats', re: /(?:^|[\s/])bats(?=\s|$)/ },
  { tool: 'chart-testing', re: asCommand(/ct\s+(?:lint|install|lint-and-install)|helm\s+(?:unittest|test)/.source) },
];

/**
 * The test runner a command runs, or null. An indexed loop: the run's baseline-compiled code would
 * allocate an iterator result per runner for `for…of`, for each command of every script.
 */
export function runnerTool(cmd: string): string | null {
  for (let i = 0; i < RUNNERS.length; i++) {
    if (!RUNNERS[i].re.test(cmd)) continue;
    const tool = RUNNERS[i].tool;
    // `go test -c` and `cargo test --no-run` only compile the tests (cilium/ebpf's ci.yml, cc-rs's main.yml).
    return (tool === 'go test' || tool === 'cargo test') && COMPILE_ONLY.test(cmd) ? null : tool;
  }
  return null;
}

/** A test runner's flag that builds the tests without running them. */
const COMPILE_ONLY = /\s(?:-c|--no-run)(?=\s|$)/;

/** Commands that install, remove or fetch software: the tools they name are not run. */
export const INSTALL_COMMAND =
  /^(?:sudo\s+)?(?:(?:python[\d.]*\s+-m\s+)?pip[\d.]*\s+(?:un)?install|uv\s+(?:pip\s+(?:un)?install|add|remove|tool\s+(?:un)?install)|pipx\s+(?:un)?install|poetry\s+(?:add|remove)|(?:conda|mamba|micromamba)\s+(?:install|remove|uninstall)|(?:npm|pnpm|yarn|bun)\s+(?:install|i|ci|add|uninstall|remove|rm|un)|go\s+(?:install|get)|cargo\s+(?:install|binstall)|gem\s+install|brew\s+install|(?:apt|apt-get|dnf|yum|apk|zypper|choco|scoop|winget)\s+(?:-\S+\s+)*(?:install|add)|curl|wget)(?:\s|$)/;

/** `bash path/to/install.sh`: an installer script run by a shell. */
function runsInstaller(words: string[]): boolean {
  const script = words[1] ?? '';
  return (words[0] === 'bash' || words[0] === 'sh') && script.endsWith('.sh') && script.slice(script.lastIndexOf('/') + 1).includes('install');
}

/** Shells whose script argument is followed: `bash -e scripts/test.sh`. */
const SHELLS = new Set(['bash', 'sh', 'zsh', 'dash']);
/** A repository path of a script: word characters, dots and dashes between slashes, no variables. */
const SCRIPT_PATH = /^[\w.-]+(?:\/[\w.-]+)*$/;

/**
 * The repository script a simple command runs, relative to its folder: `./scripts/coverage.sh`,
 * `scripts/test` (a command word with a slash is run as a path), `bash -e hack/test.sh`,
 * `sh test.sh`; null for anything else (`bash -c '...'` runs a string).
 */
function scriptOf(words: string[]): string | null {
  const head = words[0] ?? '';
  let path: string;
  if (SHELLS.has(head)) {
    let j = 1;
    for (; j < words.length && words[j].startsWith('-'); j++) if (/^-[a-z]*c/.test(words[j])) return null;
    path = words[j] ?? '';
    if (!path.includes('/') && !path.endsWith('.sh')) return null;
  } else if (head.includes('/')) path = head;
  else return null;
  if (path.startsWith('./')) path = path.slice(2);
  return SCRIPT_PATH.test(path) ? path : null;
}

/**
 * A script line with the idioms by which a script names its own folder (`cd "$(dirname "$0")/.."`)
 * or the repository's root (`$GITHUB_WORKSPACE`) written as the paths `here` and `root`.
 */
export function scriptFolders(line: string, here: string, root: string): string {
  if (!line.includes('$')) return line;
  let out = line;
  for (const idiom of ['"$(dirname "$0")"', '"$(dirname -- "$0")"', '$(dirname "$0")', '$(dirname -- "$0")', '$(dirname $0)', '"${0%/*}"', '${0%/*}', '$(cd "$(dirname "$0")" && pwd)']) out = out.split(idiom).join(here);
  for (const idiom of ['"$(git rev-parse --show-toplevel)"', '$(git rev-parse --show-toplevel)', '"$GITHUB_WORKSPACE"', '$GITHUB_WORKSPACE', '${GITHUB_WORKSPACE}']) out = out.split(idiom).join(root);
  return out;
}

/**
 * Programs that read, write, move, list or hash the files they are given and run none of them: a `./file` named to
 * one is not a script a step runs (`cat ./VERSION`), and `find … -exec mv {} dist/ \\;` runs nothing it finds. Not sed
 * or awk, which can take a program from a file (`-f`).
 */
export const FILE_HANDLERS: ReadonlySet<string> = new Set([
  'cat', 'head', 'tail', 'less', 'cp', 'mv', 'rm', 'ls', 'ln', 'diff', 'cmp', 'grep', 'egrep', 'fgrep', 'rg', 'tee', 'touch', 'mkdir', 'wc', 'sort', 'du',
  'jq', 'yq', 'git', 'echo', 'printf', 'test', '[', '[[', 'chmod', 'chown', 'stat', 'file', 'basename', 'dirname', 'tar', 'zip', 'unzip', 'gzip',
  'gunzip', 'sha1sum', 'sha256sum', 'sha512sum', 'shasum', 'md5sum', 'b2sum', 'base64', 'install',
]);

/** `just` options followed by a value (`-f ci.just`, `--set python 3.12` takes two). */
const JUST_VALUE_OPTIONS: ReadonlySet<string> = new Set(['--chooser', '--color', '--command-color', '--dotenv-filename', '--dotenv-path', '-E', '--list-heading', '--list-prefix', '--shell', '--shell-arg', '--timestamp-format']);

/** `task` options followed by a value (`-C 4`, `--output group`). */
const TASK_VALUE_OPTIONS: ReadonlySet<string> = new Set(['-C', '--concurrency', '-o', '--output', '-I', '--interval', '--output-group-begin', '--output-group-end']);

/**
 * Make targets that count by their name when the Makefile cannot be read or hands them to a program
 * (syft's `%:` rule runs `go run -C .make .`, whose "unit" and "integration" are go test runs).
 */
const MAKE_TEST_NAME = /^(?:test|tests|check|unit|unit-tests?|test-unit|unittests?|integration|integration-tests?|test-integration)$/;
/**
 * CMake targets, whose definitions are not read, count by their name: `check`, or a name with a
 * test word (`test`, `test-ci`, curl's `curl-pytest-ci`) and no word saying it builds or prepares
 * (`build-tests`, `test-deps`; curl's `testdeps` is one word).
 */
const TARGET_TEST_WORD = /^(?:tests?|unit-?tests?|pytest|ctest|e2e)$/;
const TARGET_OTHER_WORD = /^(?:deps|build|tools|install|clean|lint|docs?|format|fmt|style|headers|license|images?|data|fixtures|examples?|setup|prepare|bin|binaries|generate|gen)$/;
export function testTargetName(name: string): boolean {
  if (name === 'check') return true;
  if (name.includes('$')) return false; // cut from an expression (`ci_test_${{ matrix.compiler }}`): not the target's name
  const words = name.toLowerCase().split(/[-_.:]+/);
  return words.some((w) => TARGET_TEST_WORD.test(w)) && !words.some((w) => TARGET_OTHER_WORD.test(w));
}

/**
 * `nix build .#checks.x86_64-linux.test` or `nix run .#e2e` (crossplane's CI): a flake output of this
 * repository (`.#`, `#`, `./path#`), which flake.nix defines in the Nix language and is not read,
 * counts by the name of its last attribute, as a CMake target does. `nix flake check` builds every
 * check, which may be only linters: it is not counted.
 */
function nixOutput(args: string[]): Verdict {
  if (args[0] !== 'build' && args[0] !== 'run') return null;
  for (const a of args.slice(1)) {
    if (a === '--') break; // the arguments of the program `nix run` starts
    const hash = a.indexOf('#');
    if (a.startsWith('-') || hash < 0) continue;
    const ref = a.slice(0, hash);
    if (ref !== '' && ref !== '.' && !ref.startsWith('./') && !ref.startsWith('path:.')) continue; // another repository's flake
    const attr = a.slice(hash + 1);
    const last = attr.slice(attr.lastIndexOf('.') + 1);
    if (last !== '' && testTargetName(last)) return { kind: 'tests', tool: `nix ${args[0]} ${a}` };
  }
  return null;
}

/** `cmake --build <dir> --target <names>`: a target counted by its name (above). */
function cmakeBuild(args: string[]): Verdict {
  if (!args.includes('--build')) return null;
  const targets: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('--target=')) targets.push(a.slice(9));
    else if (a === '--target' || a === '-t') for (; i + 1 < args.length && !args[i + 1].startsWith('-'); i++) targets.push(args[i + 1]);
  }
  const t = targets.flatMap((n) => n.split(',')).find(testTargetName);
  return t === undefined ? null : { kind: 'tests', tool: `cmake --build --target ${t}` };
}

/**
 * Commands that name a tool without running it: `[[ "$STEPS" = *'pytest'* ]]`, `echo pytest`,
 * `which gotestsum`, and file commands (containerd's `cp "${GOPATH}/bin/gotestsum" /usr/local/bin/`).
 */
const NAMES_ONLY = new Set(['[', '[[', 'test', 'echo', 'printf', 'which', 'type', 'hash', 'grep', 'export', 'command', 'cp', 'mv', 'ln', 'rm', 'chmod', 'chown', 'mkdir', 'touch', 'cat', 'ls', 'install']);
/** Package scripts that count by their name when package.json cannot be read. */
const SCRIPT_TEST_NAME = /^(?:test|tests|t)(?::[\w:-]+)?$/;
/** tox / nox environments that are not tests. */
const NOT_TEST_ENV = /^(?:lint|linters?|flake8|pylint|ruff|mypy|typing|types|type|pyright|docs?|format|fmt|black|isort|pre-commit|precommit|build|release|publish|dist|clean|bandit|safety|audit|spell\w*|check-manifest|package|vendoring)$/;
/** Words of a compound environment name that say it is not tests ("prepare-release", "build_docs"), unless another word says it is ("docs-test"). */
const NOT_TEST_WORD = /^(?:release|publish|vendor\w*|docs?|lint\w*|format|fmt|typing|mypy|build|upload|changelog|news|bump|prepare|clean|sdist|wheel|lock|deps)$/;
const TEST_WORD = /^(?:tests?|testing|unit|integration|e2e|functional|py\d*|pypy\d*|cov\w*)$/;

/** Whether a tox or nox environment name says it runs no tests. */
function notTestEnv(name: string): boolean {
  if (NOT_TEST_ENV.test(name)) return true;
  const words = name.toLowerCase().split(/[-_.:]+/);
  return words.length > 1 && !words.some((w) => TEST_WORD.test(w)) && words.some((w) => NOT_TEST_WORD.test(w));
}

/** Targets read per root task file for rootTestTargets, and the names read: a word, `:` for a namespace (`test:unit`), no path or pattern. */
const MAX_ROOT_TARGETS = 60;
const TARGET_NAME = /^[A-Za-z0-9][\w:-]{0,59}$/;

/** Commands followed per line (recursion through targets and scripts), and depth. */
const MAX_VISITS = 200;
const MAX_DEPTH = 8;
/** Characters of a command examined. */
const MAX_COMMAND = 2_000;
/** Scripts followed per resolver, and lines read from each. */
const MAX_SCRIPTS = 200;
const MAX_SCRIPT_LINES = 5_000;

/** A script line cut into simple commands at `&&`, `||`, `;` and `|` (quotes are not parsed). */
export function splitCommands(line: string, quoted = false): string[] {
  const out: string[] = [];
  const s = line.length > MAX_COMMAND ? line.slice(0, MAX_COMMAND) : line;
  const push = (cmd: string) => {
    const t = cmd.trim();
    if (t !== '') out.push(t);
  };
  let start = 0;
  // `quoted`: a `;` or `|` in quotes is a value's (stamina's `uvx --with "tomli; python_version<'3.11'" nox`). Callers
  // that cut at command substitutions (artifact-runs.ts turns `$(` into `;`) split everywhere.
  let quote = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote !== '') {
      if (c === quote) quote = '';
      continue;
    }
    if (quoted && (c === '"' || c === "'")) quote = c;
    else if (c === ';' || c === '|' || (c === '&' && s[i + 1] === '&')) {
      push(s.slice(start, i));
      if ((c === '&' || c === '|') && s[i + 1] === c) i++;
      start = i + 1;
    }
  }
  push(s.slice(start));
  return out;
}

/** Words split at blanks outside quotes, each with its quotes: `--with "a; b<'3'"` is two words. */
function quotedWords(cmd: string): string[] {
  const out: string[] = [];
  let start = -1;
  let quote = '';
  for (let i = 0; i < cmd.length; i++) {
    const c = cmd[i];
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (start >= 0) out.push(cmd.slice(start, i));
      start = -1;
      continue;
    } else if (c === '"' || c === "'") quote = c;
    if (start < 0) start = i;
  }
  if (start >= 0) out.push(cmd.slice(start));
  return out;
}

/** sudo's options that take no value (-u and -g take one, below). */
const SUDO_FLAGS = new Set(['-E', '-H', '-n', '-S', '--preserve-env']);

/**
 * The index after an assignment's value, which a make function left unexpanded spreads over several words (keda's Makefile:
 * `GOBIN=$(shell pwd)/bin go install gotest.tools/gotestsum@latest`, whose command is `go install`, not `pwd)/bin`): up to the
 * word that closes its parentheses, at most a few words on.
 */
function afterValue(words: string[], i: number): number {
  let open = 0;
  for (let j = i; j < words.length && j < i + 8; j++) {
    for (const c of words[j]) open += c === '(' ? 1 : c === ')' ? -1 : 0;
    if (open <= 0) return j + 1;
  }
  return i + 1;
}

/** Words of a simple command, quotes removed; leading `VAR=x`, sudo (and its options), time, env and the like dropped. */
export function commandWords(cmd: string): string[] {
  const words = (cmd.includes('"') || cmd.includes("'") ? quotedWords(cmd) : cmd.split(/\s+/)).map(unwrap).filter((w) => w !== '');
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    // `command -v gotestsum` looks a tool up (dapr's test-deps); `command gotestsum` runs it.
    const lookup = w === 'command' && (words[i + 1] === '-v' || words[i + 1] === '-V');
    if (/^[A-Za-z_]\w*=/.test(w)) i = afterValue(words, i);
    else if (w === 'sudo' || w === 'time' || w === 'env' || w === 'exec' || w === 'xvfb-run' || (w === 'command' && !lookup) || SUDO_FLAGS.has(w)) i++;
    // `sudo -E PATH="$PATH" -- make localunittest` (runc's CI): the end of the prefix's options.
    else if (w === '--' && i > 0) i++;
    else if ((w === 'timeout' || ((w === '-u' || w === '-g') && i > 0)) && i + 1 < words.length) i += 2;
    else break;
  }
  return words.slice(i);
}

/** Tools that run another command: `pipx run tox`, `uv run nox`, `python -m tox`, `npx make`, `bundle exec rake`. */
// corepack runs the package manager named after it (nodejs/corepack's CI: `corepack yarn test`).
const WRAPPERS: Record<string, string[]> = { pipx: ['run'], uv: ['run'], poetry: ['run'], pdm: ['run'], pipenv: ['run'], hatch: ['run'], bundle: ['exec'], uvx: [], npx: [], corepack: [] };

/**
 * Tools that run the command written after their own options, whose values a word list cannot tell
 * from that command: coverage and environment wrappers (`nyc --reporter text npm test`,
 * `c8 npm run test:unit`, `cross-env CI=1 yarn test`). The command starts at the first word that
 * is a command this file follows.
 */
const PREFIX_TOOLS = new Set(['nyc', 'c8', 'cross-env', 'cross-env-shell', 'dotenv', 'env-cmd']);
const FOLLOWED = new Set(['npm', 'pnpm', 'yarn', 'bun', 'npx', 'make', 'gmake', 'tox', 'nox', 'mvn', 'mvnw', 'gradle', 'gradlew']);

/** The command a wrapper runs, without the wrapper (and its options); the words themselves otherwise. */
/**
 * Options of those tools that take a value in the next word (`uv run --group dev tox run`), so the
 * value is not taken for the command. An option written `--group=dev` is one word.
 */
const RUNNER_VALUE_OPTIONS = new Set(['--group', '--only-group', '--no-group', '--extra', '--no-extra', '--with', '-w', '--with-editable', '--with-requirements', '--python', '-p', '--package', '--directory', '-C', '--project', '-P', '--env-file', '--index', '--index-url', '--default-index', '--extra-index-url', '--config-file', '--cache-dir', '--spec', '--pip-args', '--gemfile', '-c', '--call']);

export function unwrapRunner(words: string[]): string[] {
  let w = words;
  for (let guard = 0; guard < 4 && w.length > 1; guard++) {
    const head = w[0].slice(w[0].lastIndexOf('/') + 1);
    let i: number;
    if (/^python[\d.]*$/.test(head) && w[1] === '-m') i = 2;
    else if (head in WRAPPERS && (WRAPPERS[head].length === 0 || WRAPPERS[head].includes(w[1]))) i = WRAPPERS[head].length === 0 ? 1 : 2;
    else break;
    while (i < w.length && w[i].startsWith('-')) i += RUNNER_VALUE_OPTIONS.has(w[i]) ? 2 : 1;
    if (i >= w.length) break;
    w = w.slice(i);
  }
  return w;
}

/** A word without the quotes and parentheses around it. */
function unwrap(w: string): string {
  let a = 0;
  let b = w.length;
  while (a < b && (w[a] === '"' || w[a] === "'" || w[a] === '(')) a++;
  while (b > a && (w[b - 1] === '"' || w[b - 1] === "'" || w[b - 1] === ')')) b--;
  return w.slice(a, b);
}

/** `rel` inside `dir`, as a repository path; null when it leaves the repository or names a variable. */
export function normalise(dir: string, rel: string): string | null {
  if (rel.includes('$') || rel.startsWith('/') || rel.startsWith('~')) return null;
  const parts = dir === '' ? [] : dir.split('/');
  for (const p of rel.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(p);
  }
  return parts.join('/');
}

const join = (dir: string, name: string) => (dir === '' ? name : `${dir}/${name}`);

interface State {
  ctx: ResolveContext;
  visits: number;
  makefiles: Map<string, { file: string; mk: Makefile } | null>;
  taskfiles: Map<string, { path: string; tasks: Map<string, Task> } | null>;
  justfiles: Map<string, { path: string; just: Justfile } | null>;
  packages: Map<string, Record<string, string> | null>;
  scripts: Map<string, string[] | null>;
  /** Verdicts of scripts already read, by folder and path. */
  scriptVerdicts: Map<string, Verdict>;
}

/** Lines whose answers one resolver keeps. */
const MAX_ANSWERS = 5_000;

/**
 * Resolves the test runs in a line of a CI script run in folder `cwd` ('' for the repository
 * root); `cwd` follows `cd dir` within the line. The first test run found wins; otherwise a
 * command resolved to no tests is reported as such, else null.
 */
export class TestRunResolver {
  private readonly state: State;

  /** Makefiles parsed once per analysis, shared with whoever else reads them (ctx.makefiles). */
  private readonly makefiles: MakefileCache;

  constructor(ctx: ResolveContext) {
    this.state = { ctx, visits: 0, makefiles: new Map(), taskfiles: new Map(), justfiles: new Map(), packages: new Map(), scripts: new Map(), scriptVerdicts: new Map() };
    this.makefiles = ctx.makefiles ?? new MakefileCache((path) => ctx.read(path), normalise);
  }

  /** Answers of line(), by folder and line: the same command recurs across steps and workflows (`make test`). */
  private readonly answers = new Map<string | null, Map<string, { verdict: Verdict; cwd: string | null }>>();
  private answered = 0;

  /** The verdict for a line of a run: step in `cwd`; the new working folder after it (a `cd`). */
  line(line: string, cwd: string | null): { verdict: Verdict; cwd: string | null } {
    let inFolder = this.answers.get(cwd);
    const known = inFolder?.get(line);
    if (known) return known;
    const answer = this.resolveLine(line, cwd);
    if (this.answered < MAX_ANSWERS) {
      if (!inFolder) this.answers.set(cwd, (inFolder = new Map()));
      inFolder.set(line, answer);
      this.answered++;
    }
    return answer;
  }

  /**
   * The targets of the root Makefile, Taskfile and justfile (at most MAX_ROOT_TARGETS of each, in file order) whose run
   * reaches a test run, as the command that runs them (`task ci`) and the way it gets there (`task ci → task test → go
   * test (Taskfile.yml:45)`): what a guide's `task ci` does, which no workflow may run as written (goreleaser's CI runs
   * `task test`). Pattern rules, special targets and paths are left out.
   */
  rootTestTargets(): Array<{ command: string; tool: string }> {
    const commands: string[] = [];
    const named = (runner: string, names: Iterable<string>) => {
      let n = 0;
      for (const name of names) {
        if (n >= MAX_ROOT_TARGETS) break;
        if (!TARGET_NAME.test(name)) continue;
        commands.push(`${runner} ${name}`);
        n++;
      }
    };
    const mk = this.makefile('', null);
    if (mk) named('make', mk.mk.rules.keys());
    const tf = this.taskfile('', null);
    if (tf) named('task', tf.tasks.keys());
    const jf = this.justfile('', null);
    if (jf) named('just', jf.just.recipes.keys());
    const out: Array<{ command: string; tool: string }> = [];
    for (const command of commands) {
      const v = this.line(command, '').verdict;
      if (v?.kind === 'tests') out.push({ command, tool: v.tool });
    }
    return out;
  }

  private resolveLine(line: string, cwd: string | null): { verdict: Verdict; cwd: string | null } {
    this.state.visits = 0;
    let dir = cwd;
    let verdict: Verdict = null;
    for (const cmd of splitCommands(line, true)) {
      const words = commandWords(cmd);
      if (words[0] === 'cd') {
        dir = dir === null || words[1] === undefined ? null : normalise(dir, words[1]);
        continue;
      }
      const v = this.command(cmd, words, dir, 0);
      if (v?.kind === 'tests') return { verdict: v, cwd: dir };
      if (v && verdict === null) verdict = v;
    }
    return { verdict, cwd: dir };
  }

  private command(cmd: string, allWords: string[], cwd: string | null, depth: number): Verdict {
    if (depth > MAX_DEPTH || ++this.state.visits > MAX_VISITS) return null;
    const words = unwrapRunner(allWords);
    const head = words[0] ?? '';
    const base = head.slice(head.lastIndexOf('/') + 1);
    if (PREFIX_TOOLS.has(base)) {
      const at = words.findIndex((w, i) => i > 0 && FOLLOWED.has(w.slice(w.lastIndexOf('/') + 1)));
      if (at > 0) return this.command(words.slice(at).join(' '), words.slice(at), cwd, depth + 1);
    }
    // `bash -c "npm test"`: the shell runs the quoted command line, whose commands are resolved here.
    if (SHELLS.has(base) && words[1] === '-c' && words[2] !== undefined) {
      let found: Verdict = null;
      for (const inner of splitCommands(words[2], true)) {
        const v = this.command(inner, commandWords(inner), cwd, depth + 1);
        if (v?.kind === 'tests') return v;
        found ??= v;
      }
      return found;
    }
    if (base === 'make' || base === 'gmake') return this.make(words.slice(1), cwd, depth);
    if (base === 'task' || base === 'go-task') return this.task(words.slice(1), cwd, depth);
    if (base === 'just') return this.just(words.slice(1), cwd, depth);
    if (base === 'npm' || base === 'pnpm' || base === 'yarn' || base === 'bun') return this.packageManager(base, words.slice(1), cmd, cwd, depth);
    if (base === 'tox' || base === 'nox') return envRunner(base, words.slice(1));
    if (base === 'mvn' || base === 'mvnw' || base === 'maven') return mavenGoals(words.slice(1)).length > 0 ? maven(words.slice(1)) : this.mavenDefault(words.slice(1), cwd);
    if (base === 'gradle' || base === 'gradlew') return gradle(words.slice(1));
    if (base === 'rake' && words.slice(1).every((w) => w.startsWith('-'))) return this.rakeDefault(cwd);
    if (base === 'nix') {
      // `nix develop -c make test` runs its command in the flake's shell.
      const c = words[1] === 'develop' || words[1] === 'shell' ? words.findIndex((w) => w === '-c' || w === '--command') : -1;
      if (c > 0 && c + 1 < words.length) return this.command(words.slice(c + 1).join(' '), words.slice(c + 1), cwd, depth + 1);
      return nixOutput(words.slice(1));
    }
    // A test tool named by an install or a download is installed, not run (`pip install pytest`, gatekeeper's bats-core install.sh).
    // `scripts/test` is a repository script, not the `test` builtin.
    if (INSTALL_COMMAND.test(words.join(' ')) || runsInstaller(words) || (NAMES_ONLY.has(base) && (head === base || head.startsWith('/')))) return null;
    if (base === 'cmake') {
      const v = cmakeBuild(words.slice(1));
      if (v) return v;
    }
    // A Cake build's bootstrapper (`./build.ps1`) or `dotnet cake` runs a target of the Cake script (cake.ts).
    const cake = this.cake(words, base, cwd);
    if (cake) return cake;
    // A script run from a make recipe or a package script (helm: `make test-coverage` runs
    // ./scripts/coverage.sh, which runs go test). Scripts a workflow runs are read by the caller.
    const script = depth > 0 && cwd !== null ? scriptOf(words) : null;
    const path = script === null ? null : normalise(cwd ?? '', script);
    // `vendor/bin/phpunit` is no file of the repository: the runner is recognised below.
    if (path !== null && (words[0].startsWith('./') || this.scriptLines(path) !== null)) return this.script(path, cwd ?? '', depth);
    const tool = runnerTool(cmd);
    return tool === null ? null : { kind: 'tests', tool };
  }

  // ---- cake ----

  /**
   * The tests a Cake build runs: `./build.ps1` (a bootstrapper that names Cake, beside build.cake or cake.cs), `dotnet cake
   * [script]` or `dotnet cake.cs`, with the target given on the line or else the script's default (App-vNext/Polly's CI).
   */
  private cake(words: string[], base: string, cwd: string | null): Verdict {
    if (cwd === null) return null;
    let scripts: string[];
    const boot = scriptOf(words);
    if (boot !== null && CAKE_BOOTSTRAPPER.test(boot.slice(boot.lastIndexOf('/') + 1))) {
      const path = normalise(cwd, boot);
      const text = path === null ? null : this.state.ctx.read(path);
      if (path === null || text === null || !/\bcake\b/i.test(text)) return null;
      const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
      scripts = CAKE_SCRIPTS.map((n) => (dir === '' ? n : `${dir}/${n}`));
    } else if (base === 'dotnet' && (words[1] === 'cake' || /\.(?:cake|cs)$/.test(words[1] ?? ''))) {
      const named = [words[1], words[2]].find((w) => w !== undefined && /\.(?:cake|cs)$/.test(w));
      const path = normalise(cwd, named ?? 'build.cake');
      if (path === null) return null;
      scripts = [path];
    } else return null;
    const target = cakeTargetArgument(words.slice(1));
    for (const path of scripts) {
      const text = this.state.ctx.read(path);
      const r = text === null ? null : cakeTests(text, target);
      if (r === null) continue;
      if (r.kind === 'tests') return { kind: 'tests', tool: `cake → target ${r.target} → task ${r.task} (${r.call}, ${path}:${r.line})` };
      return { kind: 'no-tests', why: `${path}: the Cake target ${r.target} runs no task that calls a test runner` };
    }
    return null;
  }

  // ---- repository scripts ----

  private scriptLines(path: string): string[] | null {
    if (this.state.scripts.has(path)) return this.state.scripts.get(path) ?? null;
    if (this.state.scripts.size >= MAX_SCRIPTS) return null;
    const text = this.state.ctx.read(path);
    const lines = text === null ? null : text.split('\n', MAX_SCRIPT_LINES);
    this.state.scripts.set(path, lines);
    return lines;
  }

  /**
   * The first test run among the lines of the script at `path`, run in folder `cwd`; null when
   * there is none or it cannot be read. A script is read once, with a budget of its own: a long
   * setup script (gateway's create-cluster.sh, 179 lines) before a target's `go test` would
   * otherwise use up the visits of the whole command.
   */
  private script(path: string, cwd: string, depth: number): Verdict {
    const key = `${cwd}\0${path}`;
    if (this.state.scriptVerdicts.has(key)) return this.state.scriptVerdicts.get(key) ?? null;
    this.state.scriptVerdicts.set(key, null); // a script that runs itself finds nothing more
    const before = this.state.visits;
    this.state.visits = 0;
    const v = this.scriptRun(path, cwd, depth);
    this.state.visits = before + 1;
    this.state.scriptVerdicts.set(key, v);
    return v;
  }

  private scriptRun(path: string, cwd: string, depth: number): Verdict {
    const lines = this.scriptLines(path);
    if (lines === null) return null;
    // The script's own folder and the repository's root, as paths from the folder it runs in.
    const root = cwd === '' ? '.' : cwd.split('/').map(() => '..').join('/');
    const here = `${root}/${path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.'}`;
    let dir: string | null = cwd;
    for (let i = 0; i < lines.length; i++) {
      const t = lines[i].trim();
      if (t === '' || t.startsWith('#') || t.startsWith('echo ')) continue;
      for (const cmd of splitCommands(scriptFolders(t, here, root))) {
        const words = commandWords(cmd);
        if (words[0] === 'cd') {
          dir = dir === null || words[1] === undefined ? null : normalise(dir, words[1]);
          continue;
        }
        if (this.state.visits > MAX_VISITS) return null;
        const v = this.command(cmd, words, dir, depth + 1);
        if (v?.kind === 'tests') return { kind: 'tests', tool: `${path} → ${v.tool.includes('(') ? v.tool : `${v.tool} (${path}:${i + 1})`}` };
      }
    }
    return null;
  }

  // ---- rake ----

  /** `rake` with no task runs the Rakefile's default task: sinatra's CI runs `bundle exec rake`, and its Rakefile says `task default: :test`. */
  private rakeDefault(cwd: string | null): Verdict {
    if (cwd === null) return null;
    for (const name of ['Rakefile', 'rakefile', 'Rakefile.rb']) {
      const path = normalise(cwd, name);
      const text = path === null ? null : this.state.ctx.read(path);
      if (path === null || text === null) continue;
      const task = defaultTask(text);
      if (task === null) return null;
      const test = task.names.find((n) => RAKE_TEST_TASK.test(n));
      return test !== undefined
        ? { kind: 'tests', tool: `rake → default task ${test} (${path}:${task.line})` }
        : { kind: 'no-tests', why: `${path}:${task.line} default task runs ${task.names.join(', ').slice(0, 80) || 'nothing'}` };
    }
    return null;
  }

  // ---- maven ----

  /**
   * `mvn` with no goal runs the POM's `<build><defaultGoal>`: apache/commons-lang's CI runs a bare
   * `mvn`, and its pom.xml says `<defaultGoal>clean verify apache-rat:check …</defaultGoal>`. A
   * default goal inherited from a parent POM is not seen: no verdict.
   */
  private mavenDefault(args: string[], cwd: string | null): Verdict {
    if (cwd === null) return null;
    const file = valueOf(args, ['-f', '--file']);
    const path = normalise(cwd, file === undefined ? 'pom.xml' : file.endsWith('.xml') ? file : `${file}/pom.xml`);
    const text = path === null ? null : this.state.ctx.read(path);
    if (path === null || text === null) return null;
    const goal = defaultGoal(text);
    if (goal === null) return null;
    const v = maven([...goal.goals, ...args]);
    if (v?.kind === 'tests') return { kind: 'tests', tool: `maven → default goal ${goal.goals.join(' ').slice(0, 80)} (${path}:${goal.line})` };
    return v ?? { kind: 'no-tests', why: `${path}:${goal.line} default goal runs ${goal.goals.join(' ').slice(0, 80)}` };
  }

  // ---- make ----

  private makefile(dir: string, file: string | null): { file: string; mk: Makefile } | null {
    const key = `${dir}\0${file ?? ''}`;
    if (this.state.makefiles.has(key)) return this.state.makefiles.get(key) ?? null;
    let found: { file: string; mk: Makefile } | null = null;
    for (const name of file !== null ? [file] : ['GNUmakefile', 'makefile', 'Makefile']) {
      const parsed = this.makefiles.get(dir, name);
      if (parsed !== null) {
        found = { file: parsed.path, mk: parsed.mk };
        break;
      }
    }
    this.state.makefiles.set(key, found);
    return found;
  }

  private make(args: string[], cwd: string | null, depth: number): Verdict {
    const { dirs, file, targets } = makeCall(args);
    let dir = cwd;
    for (const d of dirs) dir = dir === null || d === null ? null : normalise(dir, d);
    const byName = (t: string): Verdict => (MAKE_TEST_NAME.test(t) ? { kind: 'tests', tool: `make ${t}` } : null);
    const mk = dir === null ? null : this.makefile(dir, file);
    if (!mk) {
      for (const t of targets) {
        const v = byName(t);
        if (v) return v;
      }
      return null;
    }
    const goals = targets.length > 0 ? targets : mk.mk.first ? [mk.mk.first] : [];
    let none: Verdict = null;
    for (const t of goals) {
      let v = this.target(mk, t, dir ?? '', depth + 1, new Set());
      if (v === 'unknown') v = this.forwarded(mk, t, dir ?? '', depth + 1);
      if (v === 'unknown') {
        const n = byName(t);
        if (n) return n;
        continue;
      }
      if (v.kind === 'tests') return { kind: 'tests', tool: `make ${t} → ${v.tool}` };
      none ??= { kind: 'no-tests', why: `make ${t}: ${v.why}` };
    }
    return none;
  }

  /**
   * A goal the Makefile does not define but hands to another make: a wrapper rule whose recipe runs
   * `$(MAKE) -f tools/make/common.mk $(MAKECMDGOALS)` (envoyproxy/gateway's root Makefile), or the
   * match-anything rule `%: ; $(MAKE) -C build $@`. Only a recipe line that runs make is followed.
   */
  private forwarded(mk: { file: string; mk: Makefile }, goal: string, dir: string, depth: number): Verdict & object | 'unknown' {
    const lines: Array<{ text: string; line: number; file?: string }> = [];
    for (const rule of mk.mk.rules.values()) for (const r of rule.recipe) if (r.text.includes('MAKECMDGOALS')) lines.push(r);
    for (const r of mk.mk.anything?.recipe ?? []) lines.push({ ...r, text: r.text.split('$@').join(goal) });
    const vars = new Map(mk.mk.vars).set('MAKECMDGOALS', goal);
    for (const r of lines) {
      for (const cmd of splitCommands(expandMake(r.text, vars))) {
        const words = commandWords(cmd);
        const head = words[0] ?? '';
        if (head !== 'make' && head !== 'gmake') continue;
        const v = this.command(cmd, words, dir, depth + 1);
        if (v?.kind === 'tests') return { kind: 'tests', tool: `${r.file ?? mk.file}:${r.line} ${v.tool}` };
        if (v) return v;
      }
    }
    return 'unknown';
  }

  /** What a target runs, through its prerequisites and recipe; 'unknown' when the Makefile does not define it. */
  private target(mk: { file: string; mk: Makefile }, name: string, dir: string, depth: number, seen: Set<string>): Verdict & object | 'unknown' {
    const rule = mk.mk.rules.get(name);
    if (!rule) return 'unknown';
    if (seen.has(name) || depth > MAX_DEPTH) return { kind: 'no-tests', why: 'a cycle' };
    seen.add(name);
    // The target's own recipe first: prerequisites that generate, download and lint (helm-controller's `test` has eight)
    // can use up the visits before the recipe's `go test` is read. Either way make runs both.
    for (const r of rule.recipe) {
      const text = expandMake(r.text, mk.mk.vars);
      const at = `${r.file ?? mk.file}:${r.line}`;
      for (const cmd of splitCommands(text)) {
        const words = commandWords(cmd);
        const v = this.command(cmd, words, dir, depth + 1);
        if (v?.kind === 'tests') return { kind: 'tests', tool: v.tool.includes('(') ? v.tool : `${v.tool} (${at})` };
      }
    }
    for (const p of rule.prereqs) {
      if (++this.state.visits > MAX_VISITS) break;
      const v = this.target(mk, p, dir, depth + 1, seen);
      if (v !== 'unknown' && v.kind === 'tests') return v;
    }
    return { kind: 'no-tests', why: `the recipe in ${rule.file ?? mk.file}:${rule.line} runs no tests` };
  }

  // ---- go-task ----

  /** The Taskfile `task` reads in `dir` (or the one `-t` names), parsed once. */
  private taskfile(dir: string, file: string | null): { path: string; tasks: Map<string, Task> } | null {
    const key = `${dir}\0${file ?? ''}`;
    if (this.state.taskfiles.has(key)) return this.state.taskfiles.get(key) ?? null;
    let found: { path: string; tasks: Map<string, Task> } | null = null;
    for (const name of file !== null ? [file] : TASKFILE_NAMES) {
      const path = normalise(dir, name);
      const text = path === null ? null : this.state.ctx.read(path);
      if (path !== null && text !== null) {
        found = { path, tasks: readTaskfile(path, text) };
        break;
      }
    }
    this.state.taskfiles.set(key, found);
    return found;
  }

  /**
   * `task test`, `task -d sub ci`, `task` (the default task): the tasks named, followed through
   * their deps, the tasks they call and their commands (goreleaser's `task test` runs `go test`).
   * A task the Taskfile does not define (one of an included Taskfile) counts by its name, as a make
   * target does when the Makefile cannot be read.
   */
  private task(args: string[], cwd: string | null, depth: number): Verdict {
    let dir = cwd;
    let file: string | null = null;
    const names: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '--') break; // the rest are CLI_ARGS for the task
      if (a === '-d' || a === '--dir') dir = dir === null || args[i + 1] === undefined ? null : normalise(dir, args[++i]);
      else if (a.startsWith('--dir=')) dir = dir === null ? null : normalise(dir, a.slice(6));
      else if (a === '-t' || a === '--taskfile') file = args[++i] ?? null;
      else if (a.startsWith('--taskfile=')) file = a.slice(11);
      else if (TASK_VALUE_OPTIONS.has(a)) i++;
      else if (!a.startsWith('-') && !a.includes('=')) names.push(a);
    }
    if (dir === null) return null;
    const tf = this.taskfile(dir, file);
    const goals = names.length > 0 ? names : ['default'];
    let none: Verdict = null;
    for (const name of goals) {
      const v = tf === null ? 'unknown' : this.taskRun(tf, name, dir, depth + 1, new Set());
      if (v === 'unknown') {
        if (MAKE_TEST_NAME.test(name)) return { kind: 'tests', tool: `task ${name}` };
        continue;
      }
      if (v.kind === 'tests') return { kind: 'tests', tool: `task ${name} → ${v.tool}` };
      none ??= { kind: 'no-tests', why: `task ${name}: ${v.why}` };
    }
    return none;
  }

  private taskRun(tf: { path: string; tasks: Map<string, Task> }, name: string, dir: string, depth: number, seen: Set<string>): (Verdict & object) | 'unknown' {
    const task = tf.tasks.get(name);
    if (!task) return 'unknown';
    if (seen.has(name) || depth > MAX_DEPTH) return { kind: 'no-tests', why: 'a cycle' };
    seen.add(name);
    // Commands run in the task's dir: (relative to the Taskfile's folder), else there.
    const here = task.dir === null || task.dir.includes('{{') ? dir : normalise(dir, task.dir);
    for (const st of task.steps) {
      if (++this.state.visits > MAX_VISITS) break;
      if (st.kind === 'task') {
        const v = this.taskRun(tf, st.name, dir, depth + 1, seen);
        if (v !== 'unknown' && v.kind === 'tests') return v;
        continue;
      }
      for (const cmd of splitCommands(st.text)) {
        const v = here === null ? null : this.command(cmd, commandWords(cmd), here, depth + 1);
        if (v?.kind === 'tests') return { kind: 'tests', tool: v.tool.includes('(') ? v.tool : `${v.tool} (${tf.path}:${st.line})` };
      }
    }
    return { kind: 'no-tests', why: `the task in ${tf.path}:${task.line} runs no tests` };
  }

  // ---- just ----

  /** The justfile `just` reads for `dir` (or the one `-f` names): in it or the nearest folder above, parsed once. */
  private justfile(dir: string, file: string | null): { path: string; just: Justfile } | null {
    const key = `${dir}\0${file ?? ''}`;
    if (this.state.justfiles.has(key)) return this.state.justfiles.get(key) ?? null;
    let found: { path: string; just: Justfile } | null = null;
    const candidates: string[] = [];
    if (file !== null) {
      const path = normalise(dir, file);
      if (path !== null) candidates.push(path);
    } else {
      for (let d: string | null = dir; d !== null; d = d === '' ? null : d.includes('/') ? d.slice(0, d.lastIndexOf('/')) : '') for (const name of JUSTFILE_NAMES) candidates.push(join(d, name));
    }
    for (const path of candidates) {
      const text = this.state.ctx.read(path);
      if (text !== null) {
        found = { path, just: readJustfile(text) };
        break;
      }
    }
    this.state.justfiles.set(key, found);
    return found;
  }

  /**
   * `just test`, `just python=3.12 cov`, `just -f ci.just check`, `just` (the first recipe): the
   * recipes named, each taking the words after it its parameters ask for, followed through their
   * dependencies and body lines (cattrs' `just cov` runs `coverage run -m pytest`). A recipe the
   * justfile does not define (a module's `sub::test`) counts by its name, as a make target does.
   */
  private just(args: string[], cwd: string | null, depth: number): Verdict {
    let dir = cwd;
    let file: string | null = null;
    const words: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (words.length > 0) words.push(a);
      else if (a === '-f' || a === '--justfile') file = args[++i] ?? null;
      else if (a.startsWith('--justfile=')) file = a.slice(11);
      else if (a === '-d' || a === '--working-directory') i++;
      else if (a === '--set') i += 2;
      else if (JUST_VALUE_OPTIONS.has(a)) i++;
      else if (a.startsWith('-')) {
        if (a === '-l' || a === '--list' || a === '--summary' || a === '--show' || a === '-s' || a === '--dump' || a === '--evaluate' || a === '--fmt' || a === '--init' || a === '--edit' || a === '--variables') return null;
      } else if (!a.includes('=')) words.push(a);
    }
    if (dir === null) return null;
    // `just sub/test` reads sub's justfile.
    if (file === null && words[0]?.includes('/')) {
      const slash = words[0].lastIndexOf('/');
      dir = normalise(dir, words[0].slice(0, slash));
      words[0] = words[0].slice(slash + 1);
      if (dir === null) return null;
    }
    const jf = this.justfile(dir, file);
    const goals: string[] = [];
    if (jf === null) goals.push(...words.slice(0, 1));
    else if (words.length === 0) {
      if (jf.just.first !== null) goals.push(jf.just.first);
    } else {
      for (let i = 0; i < words.length; i++) {
        const name = jf.just.aliases.get(words[i]) ?? words[i];
        goals.push(name);
        i += Math.min(jf.just.recipes.get(name)?.params ?? 0, words.length);
      }
    }
    // Recipes run in the justfile's folder.
    const here = jf === null ? dir : jf.path.includes('/') ? jf.path.slice(0, jf.path.lastIndexOf('/')) : '';
    let none: Verdict = null;
    for (const name of goals) {
      const v = jf === null ? 'unknown' : this.recipeRun(jf, name, here, depth + 1, new Set());
      if (v === 'unknown') {
        if (MAKE_TEST_NAME.test(name.slice(name.lastIndexOf(':') + 1))) return { kind: 'tests', tool: `just ${name}` };
        continue;
      }
      if (v.kind === 'tests') return { kind: 'tests', tool: `just ${name} → ${v.tool}` };
      none ??= { kind: 'no-tests', why: `just ${name}: ${v.why}` };
    }
    return none;
  }

  private recipeRun(jf: { path: string; just: Justfile }, name: string, dir: string, depth: number, seen: Set<string>): (Verdict & object) | 'unknown' {
    const recipe = jf.just.recipes.get(jf.just.aliases.get(name) ?? name);
    if (!recipe) return 'unknown';
    if (seen.has(name) || depth > MAX_DEPTH) return { kind: 'no-tests', why: 'a cycle' };
    seen.add(name);
    for (const dep of recipe.deps) {
      if (++this.state.visits > MAX_VISITS) break;
      const v = this.recipeRun(jf, dep.text, dir, depth + 1, seen);
      if (v !== 'unknown' && v.kind === 'tests') return v;
    }
    for (const b of recipe.body) {
      for (const cmd of splitCommands(b.text)) {
        const v = this.command(cmd, commandWords(cmd), dir, depth + 1);
        if (v?.kind === 'tests') return { kind: 'tests', tool: v.tool.includes('(') ? v.tool : `${v.tool} (${jf.path}:${b.line})` };
      }
    }
    return { kind: 'no-tests', why: `the recipe in ${jf.path}:${recipe.line} runs no tests` };
  }

  // ---- npm, pnpm, yarn, bun ----

  private scripts(dir: string): Record<string, string> | null {
    if (this.state.packages.has(dir)) return this.state.packages.get(dir) ?? null;
    let scripts: Record<string, string> | null = null;
    const text = this.state.ctx.read(join(dir, 'package.json'));
    if (text !== null) {
      try {
        const pkg = JSON.parse(text) as unknown;
        const s = pkg && typeof pkg === 'object' ? (pkg as { scripts?: unknown }).scripts : undefined;
        scripts = {};
        if (s && typeof s === 'object' && !Array.isArray(s)) {
          for (const [k, v] of Object.entries(s as Record<string, unknown>)) if (typeof v === 'string') scripts[k] = v;
        }
      } catch {
        scripts = null;
      }
    }
    this.state.packages.set(dir, scripts);
    return scripts;
  }

  private packageManager(pm: string, args: string[], cmd: string, cwd: string | null, depth: number): Verdict {
    // `yarn add -D jest@^27` installs the runner (enhanced-resolve's test.yml); a script of that name is never run.
    if (INSTALL_COMMAND.test(`${pm} ${args.join(' ')}`)) return null;
    let dir = cwd;
    let delegated = false; // workspaces, recursive runs, filters: the scripts are in other package.json files
    const rest: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '--prefix' || a === '-C' || a === '--dir' || a === '--cwd') dir = dir === null || args[i + 1] === undefined ? null : normalise(dir, args[++i]);
      else if (a.startsWith('--prefix=') || a.startsWith('--dir=') || a.startsWith('--cwd=')) dir = dir === null ? null : normalise(dir, a.slice(a.indexOf('=') + 1));
      else if (a === '-w' || a === '--workspace' || a === '--filter' || a === '-F') {
        delegated = true;
        i++;
      } else if (a === '-r' || a === '--recursive' || a === '--workspaces' || a.startsWith('--workspace=') || a.startsWith('--filter=') || a === 'workspaces' || a === 'foreach') delegated = true;
      else if (a === '--') break;
      else if (a.startsWith('-') && rest.length === 0) continue;
      else rest.push(a);
    }
    const sub = rest[0];
    let script: string | null = null;
    if (sub === undefined) return null;
    if (sub === 'test' || sub === 't' || sub === 'tst') {
      if (pm === 'bun') return { kind: 'tests', tool: 'bun test' };
      script = 'test';
    } else if (sub === 'it' || sub === 'cit' || sub === 'install-test' || sub === 'install-ci-test') script = 'test';
    else if (sub === 'run' || sub === 'run-script') script = rest[1] ?? null;
    else if (sub === 'exec' || sub === 'dlx' || sub === 'x' || pm === 'bun') {
      const tool = runnerTool(cmd);
      return tool === null ? null : { kind: 'tests', tool };
    } else if (pm !== 'npm') script = sub; // pnpm and yarn run a script by its name
    if (script === null) return null;
    const label = `${pm} ${sub === 'run' || sub === 'run-script' ? 'run ' : ''}${script}`;
    const byName = (): Verdict => (SCRIPT_TEST_NAME.test(script) ? { kind: 'tests', tool: 'npm/pnpm/yarn/bun test' } : null);
    if (delegated || dir === null) return byName();
    const scripts = this.scripts(dir);
    const body = scripts?.[script];
    if (body === undefined) {
      // pnpm and yarn also run a binary by its name when no script has it: `yarn jest`.
      const tool = pm !== 'npm' && scripts !== null ? runnerTool(cmd) : null;
      if (tool !== null) return { kind: 'tests', tool };
      return byName();
    }
    const where = `${join(dir, 'package.json')} script "${script}"`;
    for (const part of [scripts?.[`pre${script}`], body, scripts?.[`post${script}`]]) {
      if (part === undefined) continue;
      for (const c of splitCommands(part)) {
        const words = commandWords(c);
        // npm-run-all / run-s / run-p run other scripts by name.
        const runAll = words[0] === 'npm-run-all' || words[0] === 'run-s' || words[0] === 'run-p';
        const v = runAll ? this.runAll(pm, words.slice(1), dir, depth) : this.command(c, words, dir, depth + 1);
        if (v?.kind === 'tests') return { kind: 'tests', tool: `${label} → ${v.tool.includes(' → ') ? v.tool : `${v.tool} (${where})`}` };
      }
    }
    return { kind: 'no-tests', why: `${where} runs no tests: ${JSON.stringify(body.length > 80 ? body.slice(0, 77) + '...' : body)}` };
  }

  private runAll(pm: string, names: string[], dir: string, depth: number): Verdict {
    const scripts = this.scripts(dir) ?? {};
    for (const n of names) {
      if (n.startsWith('-')) continue;
      const pattern = n.endsWith('*') ? n.slice(0, -1) : null;
      for (const s of pattern !== null ? Object.keys(scripts).filter((k) => k.startsWith(pattern)) : [n]) {
        const v = this.packageManager(pm, ['run', s], `${pm} run ${s}`, dir, depth + 1);
        if (v?.kind === 'tests') return v;
      }
    }
    return null;
  }
}

/** Rake tasks that run tests: test, spec, and their namespaced forms (test:unit, spec:models). */
const RAKE_TEST_TASK = /^(?:tests?|specs?)(?::[\w:]+)?$/;

/**
 * The tasks a Rakefile's default task runs (`task default: :test`, `task :default => %w[spec
 * rubocop]`, `task default: [:test]`) and its line, or null when no line defines it.
 */
function defaultTask(text: string): { names: string[]; line: number } | null {
  const lines = text.split('\n', 20_000);
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].trim();
    if (!t.startsWith('task') || t.length > MAX_COMMAND) continue;
    const rest = t.slice(4).replace(/^[\s(]+/, '');
    let deps: string | null = null;
    if (rest.startsWith('default:')) deps = rest.slice('default:'.length);
    else {
      const m = /^(?::default|'default'|"default")\s*=>/.exec(rest);
      if (m) deps = rest.slice(m[0].length);
    }
    if (deps === null) continue;
    const names = [...deps.replace(/%[wi]/g, ' ').replace(/\bdo\b.*$/, '').matchAll(/[\w:]+/g)].map((m) => m[0].replace(/^:+/, '')).filter((n) => n !== '');
    return { names, line: i + 1 };
  }
  return null;
}

/** Options naming environments: tox's `-e`/`--env`, nox's `-s`/`--session(s)` (and its alias `-e`). */
const ENV_OPTIONS = new Set(['-e', '--env', '-s', '--session', '--sessions']);

/**
 * The environments a tox or nox command names (`-e lint,type`, `-elint`, `--env=lint`, `-s tests`)
 * and the tox labels it runs (`-m lint`): read here for the verdict on tests and by tox.ts for
 * the commands of each environment.
 */
export function runnerEnvironments(args: readonly string[], tool: 'tox' | 'nox' = 'tox'): { envs: string[]; labels: string[] } {
  const envs: string[] = [];
  const labels: string[] = [];
  const names = (v: string | undefined) => (v ?? '').split(',').map((e) => e.trim()).filter((e) => e !== '');
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') break;
    const eq = a.startsWith('-') ? a.indexOf('=') : -1;
    const option = eq > 0 ? a.slice(0, eq) : a;
    const value = () => (eq > 0 ? a.slice(eq + 1) : args[++i]);
    if (ENV_OPTIONS.has(option)) envs.push(...names(value()));
    else if (option === '-m') labels.push(...names(value()));
    // tox's factors (`tox run -f lint`, `-f py312-tests`): the environments holding each, read as labels; nox's -f is its noxfile.
    else if (tool === 'tox' && (option === '-f' || option === '--factors')) {
      const given = eq > 0 ? [a.slice(eq + 1)] : [];
      while (eq < 0 && i + 1 < args.length && !args[i + 1].startsWith('-')) given.push(args[++i]);
      for (const g of given) labels.push(...g.split('-').filter((p) => p !== ''));
    }
    else if (a.startsWith('-e') && a.length > 2) envs.push(...names(a.slice(2)));
  }
  return { envs, labels };
}

function envRunner(tool: 'tox' | 'nox', args: string[]): Verdict {
  if (args[0] === '--version' || args[0] === '--help' || args[0] === '-l' || args[0] === '--list' || args[0] === '--list-sessions') return null;
  // `tox --notest` only creates the environments (h11's ci.yml installs them, then runs them on the next line).
  if (tool === 'tox' && args.includes('--notest')) return null;
  const { envs, labels } = runnerEnvironments(args, tool);
  const named = [...envs, ...labels];
  if (named.length > 0 && named.every(notTestEnv)) return { kind: 'no-tests', why: `${tool} runs only ${named.join(', ')}` };
  return { kind: 'tests', tool: 'tox/nox' };
}

/** Maven options whose value is the next word (`-pl core`, `-P release`, `-f sub/pom.xml`). */
const MAVEN_VALUE_OPTIONS = new Set(['-f', '--file', '-s', '--settings', '-gs', '--global-settings', '-t', '--toolchains', '-T', '--threads', '-P', '--activate-profiles', '-pl', '--projects', '-rf', '--resume-from', '-l', '--log-file', '-D', '--define', '-b', '--builder', '-gt', '--global-toolchains']);

/** The goals and phases of a maven command line: its words that are neither options nor their values. */
function mavenGoals(args: string[]): string[] {
  return args.filter((a, i) => !a.startsWith('-') && !MAVEN_VALUE_OPTIONS.has(args[i - 1] ?? ''));
}

/** The value of the first of `names` given as its own word followed by the value, or as `name=value`. */
function valueOf(args: string[], names: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (names.includes(args[i])) return args[i + 1];
    const eq = args[i].indexOf('=');
    if (eq > 0 && names.includes(args[i].slice(0, eq))) return args[i].slice(eq + 1);
  }
  return undefined;
}

/**
 * The POM's own `<defaultGoal>` (outside comments and `<profiles>`, which apply only when
 * activated), its goals and line; null when it has none.
 */
function defaultGoal(pom: string): { goals: string[]; line: number } | null {
  const { text, inProfiles } = plainPom(pom);
  for (let at = text.indexOf('<defaultGoal>'); at >= 0; at = text.indexOf('<defaultGoal>', at + 1)) {
    if (inProfiles(at)) continue;
    const end = text.indexOf('</defaultGoal>', at);
    if (end < 0) return null;
    const goals = text.slice(at + '<defaultGoal>'.length, end).split(/\s+/).filter(Boolean).slice(0, 50);
    return goals.length > 0 ? { goals, line: lineAt(text, at) } : null;
  }
  return null;
}

function maven(args: string[]): Verdict {
  const goals = mavenGoals(args);
  if (!goals.some((g) => /^(?:test|verify|install|deploy|integration-test)$/.test(g) || g.endsWith(':test'))) return null;
  if (args.some((a) => a === '-DskipTests' || a.startsWith('-DskipTests=true') || a.startsWith('-Dmaven.test.skip=true'))) return { kind: 'no-tests', why: 'maven with tests skipped' };
  return { kind: 'tests', tool: 'maven' };
}

function gradle(args: string[]): Verdict {
  const tasks = args.filter((a) => !a.startsWith('-'));
  const excluded = new Set<string>();
  for (let i = 0; i < args.length; i++) if ((args[i] === '-x' || args[i] === '--exclude-task') && args[i + 1]) excluded.add(args[i + 1]);
  const runs = tasks.filter((t) => !excluded.has(t) && /(?:^|:)(?:test|check|build|\w*Test)$/.test(t));
  if (runs.length > 0 && !excluded.has('test')) return { kind: 'tests', tool: 'gradle' };
  return runs.length > 0 || excluded.has('test') ? { kind: 'no-tests', why: 'gradle with the test task excluded' } : null;
}
