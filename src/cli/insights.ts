// `slam insights init [path]`: drafts a security-insights.yml from what the repository shows.
import { UsageError, type ParsedArgs } from './args.ts';
import type { Command } from './command.ts';

export const insightsCommand: Command = {
  name: 'insights',
  usage: 'insights init [path]',
  summary: 'draft a security-insights.yml (schema 2.2.0) from what the repository shows',
  help: `Options for insights init:
      --force                 overwrite an existing security-insights.yml
      --print                 print the draft instead of writing it`,
  flags: { values: [], switches: ['force', 'print'] },
  run,
};

async function run(args: ParsedArgs): Promise<number> {
  const [sub, path = '.', ...rest] = args.positionals;
  if (sub !== 'init') throw new UsageError('usage: slam insights init [path] [--force] [--print]');
  if (rest.length > 0) throw new UsageError('insights init takes at most one path');
  const { draftInsightsFile } = await import('./insights-init.ts');
  const outcome = await draftInsightsFile(path, { force: Boolean(args.flags.force), print: Boolean(args.flags.print) });
  if (outcome.printed !== undefined) process.stdout.write(outcome.printed);
  for (const line of outcome.messages) process.stderr.write(`slam: ${line}\n`);
  // Not written (a file in the way without --force, a path that cannot be written): the user's to fix, not an internal error.
  return outcome.written || outcome.printed !== undefined ? 0 : 2;
}
