// Command-line parsing without dependencies: small, strict, with one-line errors.

export class UsageError extends Error {}

export interface ParsedArgs {
  command: string | null;
  positionals: string[];
  flags: Record<string, string | true>;
}

/** Flags that take a value; every other flag is a boolean switch. */
const VALUE_FLAGS = new Set(['level', 'format', 'output', 'token', 'repo', 'config']);
const SHORT: Record<string, string> = { h: 'help', V: 'version', l: 'level', f: 'format', o: 'output', v: 'verbose' };

export function parseArgs(argv: string[], known: Set<string>): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
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
      if (!known.has(name)) throw new UsageError(`unknown option --${name}`);
      if (VALUE_FLAGS.has(name)) {
        if (value === undefined) {
          value = argv[++i];
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
  const command = positionals.shift() ?? null;
  return { command, positionals, flags };
}
