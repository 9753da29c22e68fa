// OSPS-BR-06.01: Releases are signed or carry signed provenance.
// Observed when the latest official release has a signature asset (.sig, .asc, .sigstore.json,
// .bundle, …) or signed provenance (.intoto.jsonl); or a workflow that runs on release / push /
// dispatch signs or attests what it builds (cosign, actions/attest-build-provenance, SLSA
// generator, …), with the step as evidence; a test workflow or job (e2e, conformance, ...) signs
// what the test makes, and is noted, not counted. A checksum list alone is not signed and does not count.
// Security Insights `repository.release.attestations` without either is attested.
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { capEvidence } from './helpers/evidence.ts';
import { insightsEvidence, insightsField } from './helpers/insights.ts';
import { forgeUnread, gate, officialLatest, releaseEvidence } from './helpers/release.ts';
import { detectorEvidence, inTestWorkflow } from './helpers/workflows.ts';
import { attested, fail, type Outcome, pass } from './types.ts';

export const id = 'OSPS-BR-06.01';

export function evaluate(facts: Facts): Outcome {
  const gated = gate(facts, 'signing releases');
  if (gated?.status === 'not-applicable') return gated;
  const latest = officialLatest(facts);
  const evidence: Evidence[] = [];
  if (latest) {
    const sigs = latest.assets.filter((a) => a.kinds.includes('signature') || a.kinds.includes('provenance'));
    if (sigs.length > 0)
      return pass(capEvidence([releaseEvidence(latest, 'the release carries signatures or signed provenance'), ...sigs.map((a): Evidence => ({ kind: 'api', url: a.browserDownloadUrl, detail: `${a.kinds.join(', ')}: ${a.name}` }))]));
    evidence.push(releaseEvidence(latest, latest.hasChecksums ? 'checksums but no signature or provenance asset' : 'no signature or provenance asset'));
  }
  // A workflow or job that tests the software signs what the test makes (a demo image, the
  // README), not a release: its steps are noted, not counted.
  const { signing, provenance } = facts.workflows.detectors;
  const wf = [
    ...detectorEvidence(signing, 'signs', signing.hits.filter((h) => !inTestWorkflow(h))),
    ...detectorEvidence(provenance, 'attests provenance', provenance.hits.filter((h) => !inTestWorkflow(h))),
  ];
  const inTests = [...signing.hits, ...provenance.hits].filter((h) => h.qualifies && inTestWorkflow(h));
  if (inTests.length > 0) {
    const where = [...new Set(inTests.map((h) => `${h.workflow}${h.job ? ` (job ${h.job})` : ''}`))].slice(0, 3).join(', ');
    evidence.push({ kind: 'note', detail: `${inTests.length} signing or attestation step(s) in test workflows or jobs sign what the tests make, not releases, and are not counted: ${where}` });
  }
  if (wf.length > 0) return pass(capEvidence([...wf, ...evidence]));
  const att = insightsField(facts, 'repository.release.attestations');
  if (att && Array.isArray(att.value) && att.value.length > 0)
    return attested([insightsEvidence(facts, 'repository.release.attestations', `${att.value.length} release attestation(s) declared`), ...evidence]);
  if (gated) return { ...gated, evidence: [...evidence, ...gated.evidence] };
  const unread = forgeUnread(
    facts,
    'no signing or provenance step in a release workflow and no release attestation in Security Insights',
    'signatures or provenance uploaded with a release',
    'Sign release assets in the release workflow (e.g. cosign sign-blob, or actions/attest-build-provenance) and publish the signatures or a signed checksum manifest with each release.',
    evidence,
  );
  if (unread) return unread;
  return fail(
    evidence.length > 0 ? evidence : [{ kind: 'note', detail: 'no signature or provenance on releases and no signing step in a release workflow' }],
    'Sign release assets in the release workflow (e.g. cosign sign-blob, or actions/attest-build-provenance) and publish the signatures or a signed checksum manifest with each release.',
  );
}
