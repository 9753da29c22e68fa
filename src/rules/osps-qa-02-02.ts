// OSPS-QA-02.02: An SBOM with compiled release assets.
// Gated on a release. Pass when the latest official release carries an SBOM asset, or a release
// workflow generates one (syft, cyclonedx, spdx-sbom-generator, …). Not-applicable when the latest
// release uploads no assets and no distribution point is declared (no compiled assets released).
// Security Insights `repository.release.attestations` naming an SBOM (SPDX / CycloneDX) is
// attested.
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { externalReleaseEvidence } from './helpers/delegated-release.ts';
import { capEvidence } from './helpers/evidence.ts';
import { insightsEvidence, insightsField } from './helpers/insights.ts';
import { forgeUnread, officialLatest, releaseState } from './helpers/release.ts';
import { attested, fail, notApplicable, type Outcome, pass, unknown } from './types.ts';

function sbomAttestation(facts: Facts): Evidence | null {
  const att = insightsField(facts, 'repository.release.attestations');
  if (!att || !Array.isArray(att.value)) return null;
  for (let i = 0; i < att.value.length; i++) {
    const a = att.value[i] as Record<string, unknown> | null;
    const text = a && typeof a === 'object' ? `${String(a.name ?? '')} ${String(a['predicate-uri'] ?? '')} ${String(a.location ?? '')}` : '';
    if (/sbom|spdx|cyclonedx/i.test(text)) return insightsEvidence(facts, `repository.release.attestations[${i}]`, `SBOM attestation declared: ${String(a?.name ?? '')}`);
  }
  return null;
}

export const id = 'OSPS-QA-02.02';

export function evaluate(facts: Facts): Outcome {
  const rs = releaseState(facts);
  if (rs.state === 'none') return notApplicable('the project has made no release', [rs.evidence]);
  const latest = officialLatest(facts);
  const evidence: Evidence[] = [];
  if (latest) {
    const sboms = latest.assets.filter((a) => a.kinds.includes('sbom'));
    if (sboms.length > 0)
      return pass(sboms.slice(0, 10).map((a): Evidence => ({ kind: 'api', url: a.browserDownloadUrl, detail: `release ${latest.tagName} carries SBOM ${a.name}` })));
    evidence.push({ kind: 'api', url: latest.htmlUrl, detail: `release ${latest.tagName}: ${latest.assets.length} asset(s), none an SBOM` });
  }
  const hits = facts.workflows.detectors.sbom.hits.filter((h) => h.qualifies);
  if (hits.length > 0)
    return pass(capEvidence([...hits.map((h): Evidence => ({ kind: 'workflow', path: h.path, line: h.line, column: h.column, detail: `generates an SBOM: ${h.tool} in ${h.workflow}, runs on ${h.triggers.join(', ')}` })), ...evidence]));
  // A release cut by goreleaser outside GitHub Actions (fulcio's Cloud Build) whose configuration has sboms:.
  const external = externalReleaseEvidence(facts, 'sboms');
  if (external.length > 0) return pass(capEvidence([...external, ...evidence]));
  const declared = sbomAttestation(facts);
  if (declared) return attested([declared, ...evidence]);
  const points = insightsField(facts, 'repository.release.distribution-points');
  const hasPoints = points !== undefined && Array.isArray(points.value) && points.value.length > 0;
  if (latest && latest.assets.length === 0 && !hasPoints)
    return notApplicable('the latest release uploads no compiled assets (only GitHub\'s source archives) and no other distribution point is declared', evidence);
  if (rs.state === 'unknown') return unknown(rs.reason, 'Run with a GitHub token (contents: read) so releases can be read.', evidence);
  const unread = forgeUnread(
    facts,
    'no SBOM generation in a release workflow and no SBOM attestation in Security Insights',
    'an SBOM uploaded with a release',
    'Generate an SBOM at build time in the release workflow (e.g. anchore/sbom-action or syft, SPDX or CycloneDX) and attach it to each release.',
    evidence,
  );
  if (unread) return unread;
  return fail(
    evidence.length > 0 ? evidence : [{ kind: 'note', detail: 'no SBOM asset on releases, no SBOM generation in a release workflow, no SBOM attestation in Security Insights' }],
    'Generate an SBOM at build time in the release workflow (e.g. anchore/sbom-action or syft, SPDX or CycloneDX) and attach it to each release.',
  );
}
