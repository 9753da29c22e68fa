// The job summary's part about the signature and the artifact: whether the result was signed (one
// line of why), the artifact and its digest, and the commands that check it. Values that come
// from inputs or the event are escaped; commands are shell-quoted.
import { X509Certificate } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { escapeMarkdown, mdRich } from '../reporters/escape.ts';
import type { Delivery } from './deliver.ts';

/** The reusable workflow whose signatures `slam verify` trusts by default (at a release tag). */
export const OUR_WORKFLOW = 'https://github.com/security-slam/security-slam-action/.github/workflows/slam.yml';

export interface RunFacts {
  /** owner/name (GITHUB_REPOSITORY). */
  repository?: string;
  /** GITHUB_RUN_ID. */
  runId?: string;
}

export interface BundleFacts {
  /** The certificate's SAN: the workflow that signed, with its ref. */
  signer?: string;
  predicateType?: string;
}

/** The signer and predicate type of a bundle we just wrote (best effort: a summary line, not a verification). */
export function bundleFacts(bundlePath: string): BundleFacts {
  try {
    if (statSync(bundlePath).size > 4 * 1024 * 1024) return {};
    const bundle = JSON.parse(readFileSync(bundlePath, 'utf8'));
    const vm = bundle?.verificationMaterial;
    const raw = vm?.certificate?.rawBytes ?? vm?.x509CertificateChain?.certificates?.[0]?.rawBytes;
    const out: BundleFacts = {};
    if (typeof raw === 'string') {
      const san = new X509Certificate(Buffer.from(raw, 'base64')).subjectAltName ?? '';
      const uri = san.split(', ').find((s) => s.startsWith('URI:'));
      if (uri) out.signer = uri.slice(4);
    }
    const payload = bundle?.dsseEnvelope?.payload;
    if (typeof payload === 'string') {
      const type = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'))?.predicateType;
      if (typeof type === 'string') out.predicateType = type;
    }
    return out;
  } catch {
    return {};
  }
}

export function attestationMarkdown(d: Delivery, run: RunFacts, heading = '### Signature and artifact'): string {
  const lines = [heading, '', mdRich(statusLine(d), {}, 600), ''];
  if (d.artifact) {
    lines.push('| artifact | digest | files |', '| --- | --- | --- |');
    lines.push(`| ${escapeMarkdown(d.artifact.name, 260)} (id ${d.artifact.id}) | ${escapeMarkdown(d.artifact.digest, 80)} | ${d.artifact.files.map((f) => escapeMarkdown(basename(f), 200)).join(', ')} |`);
  } else {
    lines.push(mdRich(d.artifactProblem ?? 'Artifact not uploaded.', {}, 600));
  }
  if (!d.signed || !d.bundleFile) return lines.join('\n') + '\n';

  const facts = bundleFacts(d.bundleFile);
  const result = basename(d.bundleFile).replace(/\.sigstore\.json$/, '');
  const bundle = basename(d.bundleFile);
  const dir = d.artifact?.name ?? '.';
  lines.push('', `Signed by ${facts.signer ? escapeMarkdown(facts.signer, 400) : 'the workflow named in the bundle\'s certificate'}. To check it:`, '', '```sh');
  if (d.artifact && run.runId && run.repository) lines.push(`gh run download ${q(run.runId)} --repo ${q(run.repository)} --name ${q(d.artifact.name)} --dir ${q(dir)}`);
  const verify = ['slam verify', q(dir)];
  if (run.repository) verify.push('--repository', q(run.repository));
  if (facts.signer && !facts.signer.startsWith(`${OUR_WORKFLOW}@refs/tags/`)) verify.push('--signer-workflow', q(`^${escapeRegex(facts.signer)}$`));
  lines.push(verify.join(' '));
  const gh = ['gh attestation verify', q(`${dir}/${result}`), '--bundle', q(`${dir}/${bundle}`)];
  if (run.repository) gh.push('--repo', q(run.repository));
  if (facts.signer) gh.push('--signer-workflow', q(facts.signer.replace(/^https:\/\//, '').replace(/@[^@]*$/, '')));
  if (facts.predicateType) gh.push('--predicate-type', q(facts.predicateType));
  lines.push(gh.join(' '), '```');
  return lines.join('\n') + '\n';
}

/** One line: signed, or why not (the decision, or the signing failure). */
export function statusLine(d: Delivery): string {
  if (d.signed) return d.decision.reason.replace(/^Signing\b/, 'Signed');
  if (d.signError) return `Not signed: signing failed: ${d.signError}`;
  return d.decision.reason;
}

/** Single-quotes a value for a POSIX shell unless it is plainly safe; never more than one line. */
function q(v: string): string {
  const one = v.replace(/[\r\n]/g, ' ');
  return /^[\w./:@=+-]+$/.test(one) ? one : `'${one.replace(/'/g, `'\\''`)}'`;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
