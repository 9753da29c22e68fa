// What every `slam` subcommand module exports; src/cli.ts lists them in one place.
import type { FlagSpec, ParsedArgs } from './args.ts';

export interface Command {
  /** The command word, e.g. `evaluate`. */
  name: string;
  /** The command's words after `slam`, e.g. `evaluate [path]`. */
  usage: string;
  /** One line for `slam --help`. */
  summary: string;
  /** The usage line(s) and options shown by `slam --help`. */
  help: string;
  flags: FlagSpec;
  /** Returns the exit status; throws UsageError for bad usage (exit 2). */
  run(args: ParsedArgs): Promise<number>;
}
