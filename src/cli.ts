// `slam`: the command line. Each subcommand lives in src/cli/<name>.ts and is listed here once.
// Exit 0 when a command did its work, 1 on an internal error, 2 on bad usage or an unreadable path
// or unwritable output, 3 when `evaluate --fail-on fail` found a failing requirement; errors are
// one line, never a stack trace.
import { parseArgs, UsageError, type FlagSpec, type ParsedArgs } from './cli/args.ts';
import { collectCommand } from './cli/collect.ts';
import type { Command } from './cli/command.ts';
import { evaluateCommand } from './cli/evaluate.ts';
import { insightsCommand } from './cli/insights.ts';
import { scoreCommand } from './cli/score.ts';
import { verifyCommand } from './cli/verify.ts';
import { SnapshotError } from './facts/snapshot.ts';
import { TOOL_NAME, TOOL_VERSION } from './version.ts';

const COMMANDS: readonly Command[] = [evaluateCommand, insightsCommand, verifyCommand, collectCommand, scoreCommand];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  const lines = COMMANDS.map((c) => `  slam ${c.usage.padEnd(width)}   ${c.summary}`);
  return `slam ${TOOL_VERSION}: evaluate a repository against the Security Slam objectives and the OSPS Baseline

Usage:
${lines.join('\n')}
  slam --help | --version

${COMMANDS.map((c) => c.help).join('\n\n')}

Exit status:
  0  the command did its work (evaluate: it ran, whatever it found, unless --fail-on fail;
     verify: every PATH verified)
  1  an internal error, or verify rejected a PATH
  2  bad usage, a path that cannot be read, or an output file that cannot be written (found
     before the evaluation starts)
  3  evaluate --fail-on fail: a requirement fails at the level (the report is still written)
`;
}

export async function main(argv: string[]): Promise<number> {
  const specs: Record<string, FlagSpec> = Object.fromEntries(COMMANDS.map((c) => [c.name, c.flags]));
  let args: ParsedArgs;
  try {
    args = parseArgs(argv, specs);
  } catch (e) {
    return usageError(e);
  }
  if (args.flags.version) {
    process.stdout.write(`${TOOL_NAME} ${TOOL_VERSION}\n`);
    return 0;
  }
  if (args.flags.help || args.command === null || args.command === 'help') {
    process.stdout.write(help());
    return args.command === null && !args.flags.help ? 2 : 0;
  }
  try {
    const command = COMMANDS.find((c) => c.name === args.command);
    if (!command) throw new UsageError(`unknown command "${args.command}" (try --help)`);
    return await command.run(args);
  } catch (e) {
    if (e instanceof UsageError || e instanceof SnapshotError) return usageError(e);
    process.stderr.write(`slam: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

function usageError(e: unknown): number {
  process.stderr.write(`slam: ${e instanceof Error ? e.message : String(e)}\n`);
  return 2;
}

// Run when executed directly (the bundle, or node src/cli.ts), not when imported by tests.
const invoked = process.argv[1] ?? '';
if (/(^|[\\/])(cli|slam)(\.[cm]?[jt]s)?$/.test(invoked) || invoked.endsWith('/cli/index.js')) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`slam: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
