// Whether a shell script only reads git metadata and talks to GitHub: the check that lets a
// privileged job fetch a pull request's commits (`git fetch origin pull/N/head:pr-head`) to read
// their messages (DCO / sign-off / commit-lint jobs) without running them. An allow-list, so that
// anything else (make, a script, `git checkout`, `git show ref:file`) still counts as running it.

/**
 * Commands that neither change the working tree nor run files from it, nor run the text they are
 * given: not awk (`system($0)`) or sed (GNU's `e`), whose programs could run a commit message.
 */
const PLAIN_COMMANDS = new Set([
  'if', 'then', 'else', 'elif', 'fi', 'while', 'until', 'do', 'done', 'for', 'in', 'case', 'esac', '!',
  'break', 'continue', 'exit', 'return', 'true', 'false', 'set', 'shift', 'read', 'local', 'declare',
  'readonly', 'export', 'echo', 'printf', 'test', '[', '[[', ']]', 'grep', 'cut', 'tr', 'head',
  'tail', 'wc', 'sort', 'uniq', 'jq', 'date', 'sleep',
]);

/** git subcommands that read history or refs, never the files of a commit into the working tree. */
const GIT_METADATA = new Set(['log', 'rev-list', 'rev-parse', 'merge-base', 'show', 'fetch', 'config', 'status', 'branch', 'for-each-ref', 'describe', 'shortlog', 'interpret-trailers']);

/** gh subcommands that only comment on, read, approve or merge the pull request through the API: none runs a file of the working tree. */
const GH_PLAIN = /^(?:pr\s+(?:comment|view|edit|review|close|status|checks|merge)|issue\s+(?:comment|edit|view)|api)\b/;

const ASSIGNMENT = /^[A-Za-z_]\w*\+?=\S*/;

/**
 * The simple commands of a script: split at pipes, lists, substitutions and groups, with
 * single-quoted text and `${VAR}` expansions made plain first. Comments are kept, so a `#` makes
 * the script count as running something (never the other way).
 */
function commandsOf(script: string): string[] {
  const text = script.replace(/'[^'\n]*'/g, "''").replace(/\$\{[^{}\n]*\}/g, '$V');
  return text
    .split(/\$\(|<\(|\|\||&&|[|;&`(){}\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function plainCommand(command: string): boolean {
  let words = command.split(/\s+/);
  // Leading assignments (`msg="` of `msg="$(git log …)"`) and keywords (`if !`) are not the command.
  while (words.length > 0 && (ASSIGNMENT.test(words[0]) || ['if', 'then', 'else', 'elif', 'while', 'until', 'do', '!'].includes(words[0]))) words = words.slice(1);
  if (words.length === 0) return true;
  const [name, ...args] = words;
  if (/^["']*$/.test(name) || /^<+$/.test(name)) return true;
  if (name === 'git') {
    const rest = args.join(' ').replace(/^(?:-c\s+\S+\s+)*/, '');
    const sub = rest.split(/\s+/)[0];
    if (!GIT_METADATA.has(sub)) return false;
    // `git show ref:path` prints a file of the commit, which a pipe could run.
    return sub !== 'show' || !rest.replace(/--(?:pretty|format)=\S*/g, '').includes(':');
  }
  if (name === 'gh') return GH_PLAIN.test(args.join(' '));
  return PLAIN_COMMANDS.has(name);
}

/** True when every command of the script is a git metadata read, a gh comment or a text tool. */
export function readsOnlyMetadata(script: string): boolean {
  // Event, env and secret expressions are values the runner puts in before the shell runs; step
  // outputs, $GITHUB_ENV and $GITHUB_PATH could carry data of the commits (a message) into what runs next.
  const text = script.replace(/\$\{\{\s*(?:github|env|secrets)\.[\w.-]*\s*\}\}/g, 'X');
  if (/\$\{\{|GITHUB_(?:ENV|PATH)\b/.test(text)) return false;
  return commandsOf(text).every(plainCommand);
}

/** A `git fetch` line: it brings objects in, the working tree stays the checkout's. */
export function isGitFetch(line: string): boolean {
  return /\bgit\s+(?:-c\s+\S+\s+)*fetch\b/.test(line);
}
