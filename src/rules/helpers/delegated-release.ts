// Release jobs handed to another repository's reusable workflow, which is not read here: privateer's
// release.yaml calls github-community-projects/ospo-reusable-workflows/.github/workflows/release.yaml
// with `create-attestation: true` and grants `attestations: write`. Whether that workflow signs or
// attests is not seen, but the call is what a person should check, not "no signing step".
import type { Facts } from '../../facts/types.ts';
import type { Evidence } from '../../model/evidence.ts';
import { callsElsewhere } from './workflows.ts';

/** An input that asks the called workflow to sign or attest: create-attestation, sign, attest-provenance, slsa. */
const SIGNING_INPUT = /(?:^|[-_])(?:attest\w*|provenance|sign|signing|signed|slsa|cosign)(?:[-_]|$)/i;
const OFF = /^(?:false|no|off|0|''|"")?$/i;
const MAX_CALLS = 3;

/** Jobs calling another repository's reusable workflow with a signing or attestation input turned on, or with attestations: write. */
export function delegatedSigning(facts: Facts): Evidence[] {
  const out: Evidence[] = [];
  for (const { workflow: wf, job, uses: u } of callsElsewhere(facts)) {
    if (out.length >= MAX_CALLS) break;
    const called = `${u.owner ?? ''}/${u.repo ?? ''}/${u.path ?? ''}${u.ref ? `@${u.ref.slice(0, 12)}` : ''}`;
    const input = Object.entries(job.with).find(([k, v]) => SIGNING_INPUT.test(k) && !OFF.test(v.value.trim()));
    const grant = job.permissions.kind === 'map' && job.permissions.scopes.attestations === 'write';
    if (!input && !grant) continue;
    const asked = [input ? `with ${input[0]}: ${input[1].value.slice(0, 60)}` : '', grant ? 'granting attestations: write' : ''].filter(Boolean).join(', ');
    const at = input ? input[1] : u;
    out.push({ kind: 'workflow', path: wf.path, line: at.line, column: at.column, detail: `job ${job.id} of ${wf.path} calls another repository's reusable workflow ${called}, ${asked}; that workflow is not read here, so whether it signs or attests the release is not seen` });
  }
  return out;
}

/**
 * A release cut by goreleaser from a CI configuration outside GitHub Actions (fulcio's
 * release/cloudbuild.yaml runs `make release`, which runs `goreleaser release`), when the
 * goreleaser configuration signs the files (`signs`) or generates SBOMs (`sboms`): the pipeline
 * line and the configuration key, both in the tree.
 */
export function externalReleaseEvidence(facts: Facts, what: 'signs' | 'sboms'): Evidence[] {
  const out: Evidence[] = [];
  for (const r of (facts.workflows.externalReleases ?? []).slice(0, MAX_CALLS)) {
    const at = r[what];
    if (!at) continue;
    const does = what === 'signs' ? 'signs the release\'s files' : 'generates SBOMs';
    out.push({ kind: 'file', path: r.path, line: r.line, detail: `release pipeline outside GitHub Actions runs ${r.via || r.text}; the goreleaser configuration ${does} (${at.path}:${at.line} \`${what}:\`)` });
    if (out.length === 1) out.push({ kind: 'file', path: at.path, line: at.line, detail: `goreleaser \`${what}:\` — ${does} in every goreleaser release` });
  }
  return out;
}
