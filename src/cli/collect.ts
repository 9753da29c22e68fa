// `slam collect --event FILE --out DIR [--shard I/N] [--concurrency N]`: downloads the signed
// results of every participant repository (this shard's share) into DIR.
import { stringFlag, UsageError, type ParsedArgs } from './args.ts';
import type { Command } from './command.ts';

export const collectCommand: Command = {
  name: 'collect',
  usage: 'collect --event FILE --out DIR',
  summary: "download the participants' signed results into DIR (organizers)",
  help: `Options for collect:
      --event FILE            the event file (docs/event-example.yml shows one)
      --out DIR               where results go: DIR/<owner>/<name>/…; a second run downloads
                              only what DIR does not have yet
      --shard I/N             take every Nth repository, starting with the Ith (1-based), so
                              that N machines collect in parallel (a GitHub Actions matrix)
      --concurrency N         requests at a time (default 8, at most 64)
                              The token comes from $GITHUB_TOKEN (never printed), the API from
                              $GITHUB_API_URL (default https://api.github.com).`,
  flags: { values: ['event', 'out', 'shard', 'concurrency'], switches: [] },
  run,
};

async function run(args: ParsedArgs): Promise<number> {
  if (args.positionals.length > 0) throw new UsageError(`collect takes no positional argument (got "${args.positionals[0]}")`);
  const eventFile = stringFlag(args, 'event');
  const out = stringFlag(args, 'out');
  if (!eventFile) throw new UsageError('collect needs --event FILE');
  if (!out) throw new UsageError('collect needs --out DIR');
  const shard = parseShard(stringFlag(args, 'shard'));
  const concurrency = parseConcurrency(stringFlag(args, 'concurrency'));
  const token = process.env.GITHUB_TOKEN ?? '';
  if (!token) throw new UsageError('collect needs a token in GITHUB_TOKEN that can read the repositories\' Actions artifacts (it is never printed)');
  const apiUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
  try {
    new URL(apiUrl);
  } catch {
    throw new UsageError(`GITHUB_API_URL is not a URL: ${apiUrl}`);
  }

  const { loadEventOrUsage } = await import('./organizer-common.ts');
  const event = loadEventOrUsage(eventFile);
  const { collect } = await import('../organizer/collect.ts');
  const { renderCollectTable, ProgressLine } = await import('../organizer/collect-report.ts');
  const line = new ProgressLine(process.stderr);
  const report = await collect({ event, out, token, apiUrl, shard, concurrency, onProgress: (p) => line.update(p) });
  line.done();
  process.stdout.write(renderCollectTable(report, concurrency));
  return 0;
}

function parseShard(v: string | undefined): { index: number; count: number } | undefined {
  if (v === undefined) return undefined;
  const m = /^([0-9]{1,4})\/([0-9]{1,4})$/.exec(v);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard must be I/N with 1 <= I <= N, e.g. --shard 2/4 (got "${v}")`);
  return { index, count };
}

function parseConcurrency(v: string | undefined): number {
  if (v === undefined) return 8;
  const n = /^[0-9]{1,3}$/.test(v) ? Number(v) : NaN;
  if (!(n >= 1 && n <= 64)) throw new UsageError(`--concurrency must be a whole number from 1 to 64 (got "${v}")`);
  return n;
}
