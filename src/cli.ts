// `slam`: the command line. Exit 0 when the evaluation ran (whatever it found), 2 on bad usage
// or an unreadable path, 1 on an internal error; errors are one line, never a stack trace.
import { writeFileSync } from 'node:fs';
import type { Level } from './catalog/catalog.ts';
import { parseArgs, UsageError, type ParsedArgs } from './cli/args.ts';
import { SnapshotError } from './facts/snapshot.ts';
import { TOOL_NAME, TOOL_VERSION } from './version.ts';

const HELP = `slam ${TOOL_VERSION}: evaluate a repository against the Security Slam objectives and the OSPS Baseline

Usage:
  slam evaluate [path]        evaluate the repository at path (default: .)
  slam insights init [path]   draft a security-insights.yml (schema 2.2.0) from what the repository shows
  slam --help | --version

Options for evaluate:
  -l, --level 1|2|3           OSPS Baseline maturity level (default: the level in
                              .github/security-slam.yml, else 1)
  -f, --format FORMAT         text (default), json, sarif or markdown
  -o, --output FILE           write the report to FILE instead of standard output
      --offline               do not call the GitHub API; API-only requirements become unknown
      --token TOKEN           GitHub token (default: $GITHUB_TOKEN); never printed
      --repo OWNER/NAME       repository on GitHub (default: from the git remote)
      --no-unknown-notes      SARIF: leave unknown requirements out instead of reporting notes
  -v, --verbose               text: also list passing requirements

Options for insights init:
      --force                 overwrite an existing security-insights.yml
      --print                 print the draft instead of writing it

Exit status: 0 when the evaluation ran, whatever it found; 2 on bad usage or a path that
cannot be read or written; 1 on an internal error.
`;

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

const KNOWN_FLAGS = new Set(['help', 'version', 'level', 'format', 'output', 'offline', 'token', 'repo', 'verbose', 'no-unknown-notes', 'force', 'print']);

export async function main(argv: string[]): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseArgs(argv, KNOWN_FLAGS);
  } catch (e) {
    return usageError(e);
  }
  if (args.flags.version) {
    process.stdout.write(`${TOOL_NAME} ${TOOL_VERSION}\n`);
    return 0;
  }
  if (args.flags.help || args.command === null || args.command === 'help') {
    process.stdout.write(HELP);
    return args.command === null && !args.flags.help ? 2 : 0;
  }
  try {
    switch (args.command) {
      case 'evaluate':
        return await evaluateCommand(args);
      case 'insights':
        return await insightsCommand(args);
      default:
        throw new UsageError(`unknown command "${args.command}" (try --help)`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof SnapshotError) return usageError(e);
    process.stderr.write(`slam: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

async function evaluateCommand(args: ParsedArgs): Promise<number> {
  if (args.positionals.length > 1) throw new UsageError('evaluate takes at most one path');
  const path = args.positionals[0] ?? '.';
  const level = parseLevel(args.flags.level);
  const format = (args.flags.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const repo = stringFlag(args, 'repo');
  if (repo !== undefined && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo)) throw new UsageError('--repo must look like owner/name');
  const token = stringFlag(args, 'token') ?? process.env.GITHUB_TOKEN ?? undefined;
  const output = stringFlag(args, 'output');

  const { evaluate } = await import('./engine.ts');
  const { result } = await evaluate(path, { level, offline: Boolean(args.flags.offline), token: token || undefined, repository: repo });
  const { render } = await import('./reporters/render.ts');
  const color = format === 'text' && output === undefined && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const text = render(result, format, { color, verbose: Boolean(args.flags.verbose), unknownAsNotes: !args.flags['no-unknown-notes'] });
  if (output !== undefined) {
    try {
      writeFileSync(output, text);
    } catch (e) {
      throw new UsageError(`cannot write ${output}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
  } else {
    process.stdout.write(text);
  }
  return 0;
}

async function insightsCommand(args: ParsedArgs): Promise<number> {
  const [sub, path = '.', ...rest] = args.positionals;
  if (sub !== 'init') throw new UsageError('usage: slam insights init [path] [--force] [--print]');
  if (rest.length > 0) throw new UsageError('insights init takes at most one path');
  const { draftInsightsFile } = await import('./cli/insights-init.ts');
  const outcome = await draftInsightsFile(path, { force: Boolean(args.flags.force), print: Boolean(args.flags.print) });
  if (outcome.printed !== undefined) process.stdout.write(outcome.printed);
  for (const line of outcome.messages) process.stderr.write(`slam: ${line}\n`);
  // Not written (a file in the way without --force, a path that cannot be written): the user's to fix, not an internal error.
  return outcome.written || outcome.printed !== undefined ? 0 : 2;
}

function parseLevel(v: string | true | undefined): Level | undefined {
  if (v === undefined) return undefined;
  if (v === '1' || v === '2' || v === '3') return Number(v) as Level;
  throw new UsageError('--level must be 1, 2 or 3');
}

function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  return typeof v === 'string' ? v : undefined;
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
