// `slam verify PATH...`: checks signed results offline. Every PATH is checked, in parallel
// (bounded; large batches across processes), whatever the others give; exit 0 when all are
// verified, 1 when any is rejected.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import type { VerifyOutcome } from '../attestation/verify.ts';
import { stringFlag, UsageError, type ParsedArgs } from './args.ts';
import type { Command } from './command.ts';

const FORMATS = ['text', 'json'] as const;
const CONCURRENCY = 8;

export const verifyCommand: Command = {
  name: 'verify',
  usage: 'verify PATH...',
  summary: 'verify signed results offline (a folder, an artifact zip or a bundle)',
  help: `Options for verify (PATH: a folder with a result and its .sigstore.json bundle, a
downloaded artifact zip, or a bundle file with the result beside it):
      --trusted-root FILE     Sigstore TrustedRoot JSON (default: the public-good root
                              shipped with the tool; no network either way)
      --signer-workflow REGEX the certificate's SAN must match it whole (default: this
                              project's reusable workflow at a release tag)
      --repository OWNER/NAME the repository the result must be signed for
      --ref REF               the ref it must be signed for (refs/heads/main; a bare
                              name means a branch)
      --predicate-type URI    expected predicate type (default: the Security Slam result
                              v1); another type is verified but its predicate not read
      --allow-self-hosted     accept results signed on self-hosted runners
  -f, --format text|json      output format (default: text)
      --event FILE            organizers: slam verify DIR --event FILE checks every result
                              slam collect placed in DIR under the event's trust policy, plus
                              its repository, default branch, window and tool versions
  Exit 0 when every PATH is verified, 1 when any is rejected, 2 on bad usage.`,
  flags: { values: ['trusted-root', 'signer-workflow', 'repository', 'ref', 'predicate-type', 'format', 'event'], switches: ['allow-self-hosted'] },
  run,
};

async function run(args: ParsedArgs): Promise<number> {
  if (stringFlag(args, 'event') !== undefined) return (await import('./verify-event.ts')).runEventVerify(args);
  const paths = args.positionals;
  if (paths.length === 0) throw new UsageError('verify needs at least one PATH (a folder, an artifact zip or a bundle file)');
  const format = (stringFlag(args, 'format') ?? 'text') as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const { DEFAULT_SIGNER_WORKFLOW, loadTrustMaterial, TrustRootError, verifyPath } = await import('../attestation/verify.ts');
  let signerWorkflow = DEFAULT_SIGNER_WORKFLOW;
  const workflowFlag = stringFlag(args, 'signer-workflow');
  if (workflowFlag !== undefined) {
    if (workflowFlag === '' || workflowFlag.length > 1000) throw new UsageError('--signer-workflow needs a regular expression of at most 1000 characters');
    try {
      signerWorkflow = new RegExp(workflowFlag, 'u');
    } catch (e) {
      throw new UsageError(`--signer-workflow is not a valid regular expression: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const repository = stringFlag(args, 'repository');
  if (repository !== undefined && !/^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/.test(repository)) throw new UsageError('--repository must look like owner/name');
  const ref = stringFlag(args, 'ref');
  if (ref !== undefined && !/^[^\s]{1,255}$/.test(ref)) throw new UsageError('--ref must be a ref name without spaces');
  const predicateType = stringFlag(args, 'predicate-type');
  if (predicateType !== undefined && !/^[a-z][a-z0-9+.-]*:[^\s]{1,500}$/i.test(predicateType)) throw new UsageError('--predicate-type must be a URI');
  let trust;
  try {
    trust = await loadTrustMaterial(stringFlag(args, 'trusted-root') ?? 'public-good');
  } catch (e) {
    if (e instanceof TrustRootError) throw new UsageError(e.message);
    throw e;
  }
  const policy = { signerWorkflow, repository, ref, predicateType, allowSelfHosted: Boolean(args.flags['allow-self-hosted']) };
  const verifyHere = async (some: string[]): Promise<Row[]> => {
    const rows = new Array<Row>(some.length);
    let next = 0;
    const worker = async () => {
      while (next < some.length) {
        const i = next++;
        rows[i] = toRow(await verifyPath(some[i], policy, trust));
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, some.length) }, worker));
    return rows;
  };
  const processes = processCount(paths.length);
  const rows = processes > 1 ? await inProcesses(paths, processes, args, verifyHere) : await verifyHere(paths);

  if (format === 'json') {
    process.stdout.write(JSON.stringify({ results: rows }, null, 2) + '\n');
  } else {
    for (const r of rows) process.stdout.write(r.verdict === 'verified' ? `verified  ${r.path}: ${r.detail}\n` : `rejected  ${r.path}: ${r.reason}: ${r.detail}\n`);
    const rejected = rows.filter((r) => r.verdict === 'rejected').length;
    process.stdout.write(`${rows.length - rejected} verified, ${rejected} rejected\n`);
  }
  return rows.every((r) => r.verdict === 'verified') ? 0 : 1;
}

/** One PATH's line of the JSON output. */
interface Row {
  path: string;
  verdict: 'verified' | 'rejected';
  reason: string | null;
  detail: string;
  repository: string | null;
  commit: string | null;
  ref: string | null;
  signerWorkflow: string | null;
  runUrl: string | null;
}

function toRow(o: VerifyOutcome): Row {
  return {
    path: o.path,
    verdict: o.verdict,
    reason: o.reason ?? null,
    detail: o.detail,
    repository: o.claims?.repository ?? null,
    commit: o.claims?.commit ?? null,
    ref: o.claims?.ref ?? null,
    signerWorkflow: o.claims?.signerWorkflow ?? null,
    runUrl: o.claims?.runUrl ?? null,
  };
}

// Verification is CPU-bound and single-threaded: a large batch is split across processes, one
// per core (at most 4), each running this command on its share with --format json. A share whose
// process fails is verified here instead, so every PATH is still checked.
const SPLIT_FROM = 100;
const CHILD = 'SLAM_VERIFY_CHILD';

function processCount(paths: number): number {
  if (process.env[CHILD] === '1') return 1;
  const entry = process.argv[1] ?? '';
  if (!/(^|[\\/])(cli|slam)(\.[cm]?[jt]s)?$/.test(entry) && !entry.endsWith('/cli/index.js')) return 1;
  const forced = Number(process.env.SLAM_VERIFY_PROCESSES);
  if (Number.isInteger(forced) && forced >= 1) return Math.min(forced, 16, paths);
  return paths >= SPLIT_FROM ? Math.min(availableParallelism(), 4) : 1;
}

async function inProcesses(paths: string[], count: number, args: ParsedArgs, fallback: (some: string[]) => Promise<Row[]>): Promise<Row[]> {
  const flags: string[] = [];
  for (const name of ['trusted-root', 'signer-workflow', 'repository', 'ref', 'predicate-type']) {
    const v = stringFlag(args, name);
    if (v !== undefined) flags.push(`--${name}=${v}`);
  }
  if (args.flags['allow-self-hosted']) flags.push('--allow-self-hosted');
  const size = Math.ceil(paths.length / count);
  const shares = Array.from({ length: count }, (_, i) => paths.slice(i * size, (i + 1) * size)).filter((s) => s.length > 0);
  const results = await Promise.all(
    shares.map(async (share) => {
      const rows = await child(share, flags);
      return rows ?? fallback(share);
    }),
  );
  return results.flat();
}

function child(share: string[], flags: string[]): Promise<Row[] | null> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [process.argv[1], 'verify', ...flags, '--format', 'json', '--', ...share], { env: { ...process.env, [CHILD]: '1' }, stdio: ['ignore', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    p.stdout.on('data', (d: Buffer) => chunks.push(d));
    p.on('error', () => resolve(null));
    p.on('close', (code) => {
      if (code !== 0 && code !== 1) return resolve(null);
      try {
        const rows = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { results: Row[] }).results;
        resolve(Array.isArray(rows) && rows.length === share.length && rows.every((r, i) => r.path === share[i]) ? rows : null);
      } catch {
        resolve(null);
      }
    });
  });
}
