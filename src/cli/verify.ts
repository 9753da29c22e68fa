// `slam verify PATH...`: checks signed results offline. Every PATH is checked, in parallel
// (bounded), whatever the others give; exit 0 when all are verified, 1 when any is rejected.
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
  const outcomes = new Array<Awaited<ReturnType<typeof verifyPath>>>(paths.length);
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const i = next++;
      outcomes[i] = await verifyPath(paths[i], policy, trust);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, paths.length) }, worker));

  if (format === 'json') {
    const results = outcomes.map((o) => ({
      path: o.path,
      verdict: o.verdict,
      reason: o.reason ?? null,
      detail: o.detail,
      repository: o.claims?.repository ?? null,
      commit: o.claims?.commit ?? null,
      ref: o.claims?.ref ?? null,
      signerWorkflow: o.claims?.signerWorkflow ?? null,
      runUrl: o.claims?.runUrl ?? null,
    }));
    process.stdout.write(JSON.stringify({ results }, null, 2) + '\n');
  } else {
    for (const o of outcomes) process.stdout.write(o.verdict === 'verified' ? `verified  ${o.path}: ${o.detail}\n` : `rejected  ${o.path}: ${o.reason}: ${o.detail}\n`);
    const rejected = outcomes.filter((o) => o.verdict === 'rejected').length;
    process.stdout.write(`${outcomes.length - rejected} verified, ${rejected} rejected\n`);
  }
  return outcomes.every((o) => o.verdict === 'verified') ? 0 : 1;
}
