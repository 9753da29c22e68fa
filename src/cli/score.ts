// `slam score DIR --event FILE --out REPORT`: verifies every collected result itself (offline,
// under the event's trust policy; no verification file is read, so nothing can be edited between
// verifying and scoring) and writes the report folder.
import { stringFlag, UsageError, type ParsedArgs } from './args.ts';
import type { Command } from './command.ts';

export const scoreCommand: Command = {
  name: 'score',
  usage: 'score DIR --event FILE --out REPORT',
  summary: 'verify the collected results and write the event report (organizers)',
  help: `Options for score:
      --event FILE            the event file
      --out REPORT            the report folder: results.json, results.csv, results.md,
                              outcomes.md (the event website's file), verification.json and
                              index.html (self-contained, printable)
      --concurrency N         results verified at a time (default: twice the CPU count)`,
  flags: { values: ['event', 'out', 'concurrency'], switches: [] },
  run,
};

async function run(args: ParsedArgs): Promise<number> {
  if (args.positionals.length !== 1) throw new UsageError('usage: slam score DIR --event FILE --out REPORT (DIR is what slam collect wrote)');
  const dir = args.positionals[0];
  const eventFile = stringFlag(args, 'event');
  const out = stringFlag(args, 'out');
  if (!eventFile) throw new UsageError('score needs --event FILE');
  if (!out) throw new UsageError('score needs --out REPORT');
  const concurrency = stringFlag(args, 'concurrency');
  if (concurrency !== undefined && !/^[1-9][0-9]{0,2}$/.test(concurrency)) throw new UsageError('--concurrency must be a whole number from 1 to 999');
  const { loadEventOrUsage, requireFolder } = await import('./organizer-common.ts');
  const event = loadEventOrUsage(eventFile);
  requireFolder(dir);

  const { verifyCollected } = await import('../organizer/verify-event.ts');
  const { score } = await import('../organizer/score.ts');
  const { writeReport } = await import('../organizer/report-files.ts');
  const { readHubVerdict } = await import('../organizer/hub.ts');
  const verification = await verifyCollected(event, dir, concurrency ? { concurrency: Number(concurrency) } : {});
  const hub = event.defender === 'signed-result' ? undefined : new Map(event.participants.map((p) => [p.name, readHubVerdict(dir, p)]));
  const report = score({ event, outcomes: verification.outcomes, records: verification.records, hub });
  let files: string[];
  try {
    files = writeReport(out, report, verification);
  } catch (e) {
    throw new UsageError(`cannot write the report into ${out}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const t = report.totals;
  process.stdout.write(
    `${event.name}: ${t.verified} result${t.verified === 1 ? '' : 's'} verified, ${t.rejected} rejected (${verification.seconds.toFixed(1)} s); ${t.scored} of ${t.participants} participants scored\n` +
      `objectives met: ${event.objectives.map((id) => `${id} ${t.completed[id] ?? 0}`).join(', ')}\n` +
      `wrote ${files.join(', ')}\n`,
  );
  return 0;
}
