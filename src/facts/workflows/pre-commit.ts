// What `pre-commit run` runs: the hooks of .pre-commit-config.yaml, so that a scanner run as a hook
// in CI (pydantic's pre-commit/action runs the zizmor hook) counts where the step that runs
// pre-commit counts. Read by plain line rules, no YAML parse: each `- id:` starts a hook, its
// `entry:` is the command of a local hook, and a hook whose `stages:` leave out the commit stage
// does not run by default. pre-commit.ci (the `ci:` key) is a service outside GitHub Actions and is
// not read here.
import { commandWords, splitCommands, unwrapRunner } from './test-runs.ts';

const MAX_HOOKS = 200;

/** pre-commit and its drop-in reimplementation. */
const RUNNERS = new Set(['pre-commit', 'prek']);

/**
 * The hooks a line runs: `pre-commit run --all-files` all of them (an empty list), `pre-commit run
 * zizmor --all-files` the ones it names; null when the line runs no pre-commit.
 */
export function preCommitHooksRun(line: string): string[] | null {
  for (const cmd of splitCommands(line)) {
    const words = unwrapRunner(commandWords(cmd));
    // An assignment alone (`branch="bump-pre-commit-hooks"`, fastapi's) has no command word.
    const head = words[0];
    if (head === undefined || !RUNNERS.has(head.slice(head.lastIndexOf('/') + 1)) || words[1] !== 'run') continue;
    return namedHooks(words.slice(2));
  }
  return null;
}

/** Options of `pre-commit run` whose value is the next word. */
const VALUE_OPTIONS = new Set(['--files', '--from-ref', '--to-ref', '--source', '--origin', '-s', '-o', '--hook-stage', '--config', '-c', '--commit-msg-filename', '--remote-branch', '--local-branch', '--remote-name', '--remote-url', '--checkout-type', '--is-squash-merge', '--rewrite-command']);

/** The positional words of `pre-commit run`'s arguments: the hook ids it is limited to. */
export function namedHooks(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--files') break; // the rest are file names
    if (VALUE_OPTIONS.has(a)) i++;
    else if (!a.startsWith('-') && !a.includes('$') && out.length < 20) out.push(a);
  }
  return out;
}

/**
 * The lines of .pre-commit-config.yaml with each hook that runs (all, or those `only` names) written
 * as the command it stands for, at the line and column of its id (or of a local hook's `entry:`):
 * `zizmor .` for the zizmor hook, the entry of a local hook. Every other line is blank; null when no
 * hook runs.
 */
export function preCommitScript(lines: readonly string[], only: readonly string[] = []): string[] | null {
  const out: string[] = lines.map(() => '');
  let kept = 0;
  let hooks = 0;
  for (let i = 0; i < lines.length && hooks < MAX_HOOKS; i++) {
    const hook = hookAt(lines[i]);
    if (hook === null) continue;
    hooks++;
    // The hook's block: the lines after its id, indented deeper than its dash, up to the next item.
    let entry: { line: number; column: number; text: string } | null = null;
    let runs = true;
    for (let j = i + 1; j < lines.length && j < i + 100; j++) {
      const raw = lines[j].replace(/\r$/, '');
      const indent = raw.length - raw.trimStart().length;
      if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
      if (indent <= hook.dash) break;
      const t = raw.trim();
      if (t.startsWith('entry:')) {
        const value = unquote(t.slice(6).trim());
        if (value !== '') entry = { line: j, column: raw.indexOf(value, indent + 6), text: value };
      } else if (t.startsWith('stages:')) runs = commitStage(t.slice(7));
    }
    if (!runs || (only.length > 0 && !only.includes(hook.id))) continue;
    const at = entry ?? { line: i, column: hook.column, text: `${hook.id} .` };
    out[at.line] = ' '.repeat(Math.max(0, at.column)) + at.text;
    kept++;
  }
  return kept > 0 ? out : null;
}

/** `- id: zizmor` (a hook's first key): the id, its column and its dash's. */
function hookAt(raw: string): { id: string; column: number; dash: number } | null {
  const line = raw.replace(/\r$/, '');
  const dash = line.length - line.trimStart().length;
  const t = line.trim();
  if (!t.startsWith('-')) return null;
  const rest = t.slice(1).trimStart();
  if (!rest.startsWith('id:')) return null;
  const id = unquote(cutComment(rest.slice(3)).trim());
  if (!/^[\w.-]{1,80}$/.test(id)) return null;
  return { id, column: line.indexOf(id, dash), dash };
}

/** A `stages:` list (inline) that includes the stage hooks run in by default. */
function commitStage(value: string): boolean {
  const v = cutComment(value);
  if (!v.includes('[')) return true; // a block list below: not read, taken as running
  return /\b(?:pre-commit|commit)\b/.test(v.replace(/pre-commit-msg|commit-msg|post-commit/g, ' '));
}

function cutComment(v: string): string {
  const hash = v.indexOf(' #');
  return hash >= 0 ? v.slice(0, hash) : v;
}

function unquote(v: string): string {
  const t = cutComment(v).trim();
  return (t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'")) ? t.slice(1, -1) : t;
}
