// `slam verify DIR --event FILE [--format text|json]`: the organizer's mode of `slam verify`
// (src/cli/verify.ts hands over when --event is given). Every result collect placed in DIR, in
// parallel, offline, under the event's trust policy and its own checks (src/organizer/verify-event.ts).
// Exit 0 when every result is verified, 1 when any is rejected, 2 on bad usage.
import { stringFlag, UsageError, type ParsedArgs } from './args.ts';

/** Flags of `slam verify PATH…` that the event file decides instead. */
const EVENT_DECIDES = ['trusted-root', 'signer-workflow', 'repository', 'ref', 'predicate-type', 'allow-self-hosted'];

export async function runEventVerify(args: ParsedArgs): Promise<number> {
  const clash = EVENT_DECIDES.find((f) => args.flags[f] !== undefined);
  if (clash) throw new UsageError(`--${clash} cannot be used with --event: the event file's trust section decides it`);
  if (args.positionals.length !== 1) throw new UsageError('usage: slam verify DIR --event FILE [--format text|json] (DIR is what slam collect wrote)');
  const format = stringFlag(args, 'format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format must be one of text, json');
  const eventFile = stringFlag(args, 'event') as string;
  const { loadEventOrUsage, requireFolder } = await import('./organizer-common.ts');
  const event = loadEventOrUsage(eventFile);
  const dir = args.positionals[0];
  requireFolder(dir);
  const { verifyCollected, verificationJson } = await import('../organizer/verify-event.ts');
  const v = await verifyCollected(event, dir);
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(verificationJson(v), null, 2)}\n`);
  } else {
    for (const o of v.outcomes) process.stdout.write(o.verdict === 'verified' ? `verified  ${o.path}: ${o.detail}\n` : `rejected  ${o.path}: ${o.reason}: ${o.detail}\n`);
    process.stdout.write(`${v.verified} verified, ${v.rejected} rejected (${v.seconds.toFixed(1)} s)\n`);
  }
  return v.rejected === 0 ? 0 : 1;
}
