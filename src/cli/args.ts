// Command-line parsing without dependencies: small, strict, with one-line errors.

export class UsageError extends Error {}

export interface ParsedArgs {
  command: string | null;
  positionals: string[];
  flags: Record<string, string | true>;
}

/** What a command accepts: flags that take a value, and boolean switches. */
export interface FlagSpec {
  values: readonly string[];
  switches: readonly string[];
}

const SHORT: Record<string, string> = { h: 'help', V: 'version', l: 'level', f: 'format', o: 'output', v: 'verbose' };

/**
 * Finds the command word (the first argument that is neither a flag nor a flag's value, for any
 * command's value flags), then parses the rest with the flags that command accepts.
 */
export function parseArgs(argv: string[], specs: Readonly<Record<string, FlagSpec>>): ParsedArgs {
  const anyValue = new Set(Object.values(specs).flatMap((s) => s.values));
  let first = -1;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const a = argv[i];
    if (!a.startsWith('-') || a === '-') {
      first = i;
      break;
    }
    const name = a.startsWith('--') ? a.slice(2) : SHORT[a.slice(1)] ?? a.slice(1);
    if (!name.includes('=') && anyValue.has(name)) i++;
  }
  const command = first >= 0 ? argv[first] : null;
  const rest = command === null ? argv : [...argv.slice(0, first), ...argv.slice(first + 1)];
  const spec = (command !== null ? specs[command] : undefined) ?? { values: [...anyValue], switches: Object.values(specs).flatMap((s) => s.switches) };
  const values = new Set(spec.values);
  const known = new Set([...spec.values, ...spec.switches, 'help', 'version']);
  const positionals: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--') {
      positionals.push(...rest.slice(i + 1));
      break;
    }
    if (a.startsWith('--') || (a.startsWith('-') && a.length === 2)) {
      let name = a.startsWith('--') ? a.slice(2) : SHORT[a.slice(1)] ?? a.slice(1);
      let value: string | undefined;
      const eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.slice(eq + 1);
        name = name.slice(0, eq);
      }
      if (!known.has(name)) throw new UsageError(`unknown option --${name}${command ? ` for ${command}` : ''}`);
      if (values.has(name)) {
        if (value === undefined) {
          value = rest[++i];
          if (value === undefined) throw new UsageError(`option --${name} needs a value`);
        }
        flags[name] = value;
      } else {
        if (value !== undefined) throw new UsageError(`option --${name} takes no value`);
        flags[name] = true;
      }
    } else {
      positionals.push(a);
    }
  }
  return { command, positionals, flags };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  return typeof v === 'string' ? v : undefined;
}
