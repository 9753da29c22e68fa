// What `tox -e lint` runs: the commands of that environment in tox.ini, so that a scanner run there
// (in-toto's `[testenv:lint]` runs `bandit -r in_toto`) counts where the step that runs tox counts.
// Only tox.ini is read, by plain line rules (no interpolation of `{posargs}` or `{[section]key}`):
// an environment's own `commands`, else those of `[testenv]`; factor-conditional lines
// (`lint: bandit -r src`) are kept when a factor of the environment's name is theirs.
import { withMatrixValues } from './expressions.ts';
import { commandWords, runnerEnvironments, splitCommands, unwrapRunner } from './test-runs.ts';

/** Environments one step may name, and lines kept per environment. */
const MAX_ENVS = 20;
const MAX_COMMAND_LINES = 200;

/**
 * The tox environments a line runs: `tox -e lint,type`, `tox run -e lint`, `python -m tox -e lint`;
 * `null` for the default list (`tox` alone, `tox run`); an empty list when the line runs no tox. A
 * `${{ matrix.KEY }}` in an environment's name is each of the matrix's values of KEY (`values`).
 */
export function toxEnvironments(line: string, values: Readonly<Record<string, readonly string[]>> = {}): string[] | null {
  const out: string[] = [];
  let all = false;
  for (const cmd of withMatrixValues(line, values).flatMap((l) => splitCommands(l))) {
    const words = unwrapRunner(commandWords(cmd));
    // A line that only sets a variable (`TOXENV=py312`) has no command word; it threw before.
    const head = words[0];
    if (head === undefined || head.slice(head.lastIndexOf('/') + 1) !== 'tox') continue;
    const args = words.slice(1);
    if (args[0] === 'list' || args[0] === 'l' || args.some((a) => a === '--version' || a === '--help' || a === '-l' || a === '--listenvs')) continue;
    const { envs: named, labels } = runnerEnvironments(args);
    // `tox -m lint` runs the environments labelled so in tox.ini, which are not read here.
    if (labels.length > 0) continue;
    if (named.length === 0) all = true;
    for (const n of named) if (!n.includes('${{')) out.push(n);
  }
  return all && out.length === 0 ? null : [...new Set(out)].slice(0, MAX_ENVS);
}

interface IniSection {
  name: string;
  /** The lines of its `commands`, `commands_pre` and `commands_post`: 0-based line index, text and where the text starts. */
  commands: Array<{ index: number; text: string; at: number }>;
  envlist: string | null;
}

/** tox.ini read once: its lines, and the sections that matter here. */
export interface ToxIni {
  lines: readonly string[];
  sections: Map<string, IniSection>;
}

/** tox.ini's lines read into its sections: `[name]`, `key = value` and indented continuation lines. */
export function readToxIni(lines: readonly string[]): ToxIni {
  return { lines, sections: sections(lines) };
}

function sections(lines: readonly string[]): Map<string, IniSection> {
  const out = new Map<string, IniSection>();
  let current: IniSection | null = null;
  let key: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\r$/, '');
    const t = raw.trim();
    if (t.startsWith('[') && t.endsWith(']')) {
      const name = t.slice(1, -1).trim();
      current = out.get(name) ?? { name, commands: [], envlist: null };
      out.set(name, current);
      key = null;
      continue;
    }
    if (current === null || t === '' || t.startsWith('#') || t.startsWith(';')) continue;
    const continued = raw.startsWith(' ') || raw.startsWith('\t');
    if (!continued) {
      const eq = t.indexOf('=');
      key = eq > 0 ? t.slice(0, eq).trim() : null;
      const value = eq > 0 ? t.slice(eq + 1).trim() : '';
      if (key === 'envlist' || key === 'env_list') current.envlist = value;
      else if (value !== '' && isCommandsKey(key)) add(current, i, value, raw.length - raw.trimStart().length + t.indexOf(value, eq + 1));
      continue;
    }
    if (key === 'envlist' || key === 'env_list') current.envlist = `${current.envlist ?? ''},${t}`;
    else if (isCommandsKey(key)) add(current, i, t, raw.length - raw.trimStart().length);
  }
  return out;
}

function isCommandsKey(key: string | null): boolean {
  return key === 'commands' || key === 'commands_pre' || key === 'commands_post';
}

function add(section: IniSection, index: number, text: string, at: number): void {
  if (section.commands.length < MAX_COMMAND_LINES) section.commands.push({ index, text, at });
}

/** `lint,py: bandit -r src`: the factors a line is conditional on, and the command. */
const FACTOR_PREFIX = /^([\w.-]{1,40}(?:,[\w.-]{1,40}){0,20}):\s+(\S.*)$/;

/**
 * The lines of tox.ini with only the commands environment `env` runs left, each at its column (every
 * other line blank, so that positions stay those of the file); null when tox.ini defines none for it.
 */
export function toxEnvScript(ini: ToxIni, env: string): string[] | null {
  const own = ini.sections.get(`testenv:${env}`);
  const section = own && own.commands.length > 0 ? own : ini.sections.get('testenv');
  if (!section || section.commands.length === 0) return null;
  const factors = new Set(env.split('-'));
  const out: string[] = ini.lines.map(() => '');
  let kept = 0;
  for (const c of section.commands) {
    const m = FACTOR_PREFIX.exec(c.text);
    if (m && !m[1].split(',').some((f) => factors.has(f))) continue;
    // The command where it stands in the file (its key and factors blanked), so that columns are the file's.
    const command = m ? m[2] : c.text;
    out[c.index] = ' '.repeat(c.at + c.text.length - command.length) + command;
    kept++;
  }
  return kept > 0 ? out : null;
}

/** The environments tox runs by default (`envlist`), without the generated ones (`py{38,39}`), which run `[testenv]`. */
export function toxDefaultEnvironments(ini: ToxIni): string[] {
  const list = ini.sections.get('tox')?.envlist ?? '';
  const out = new Set<string>();
  for (const part of splitOutsideBraces(list)) {
    const name = part.trim();
    if (name === '') continue;
    out.add(name.includes('{') ? '' : name);
    if (out.size >= MAX_ENVS) break;
  }
  return [...out];
}

/** `lint,py{38,39},type` into its names, commas inside braces kept. */
function splitOutsideBraces(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if ((c === ',' || c === '\n') && depth === 0) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out;
}
