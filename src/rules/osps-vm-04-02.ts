// OSPS-VM-04.02: VEX for vulnerabilities that do not affect the project.
// A VEX document in the repository (OpenVEX, CycloneDX with analysis, CSAF VEX; facts/vex.ts), or a
// VEX attestation in Security Insights `repository.release.attestations` linking into the
// repository, passes; one linked elsewhere is attested. A document with no statement (kube-state-metrics's
// .openvex/templates/main.openvex.json) accounts for no vulnerability: where a workflow generates the VEX
// document a release carries (the vex detector: openvex/generate-vex, vexctl), that is attested, to confirm on the release;
// otherwise fail, naming the empty documents and the files that looked like VEX but were not valid.
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { capEvidence, fileEvidence } from './helpers/evidence.ts';
import { declaration, insightsField } from './helpers/insights.ts';
import { detectorEvidence } from './helpers/workflows.ts';
import { attested, fail, type Outcome, pass } from './types.ts';

export const id = 'OSPS-VM-04.02';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  const found: Evidence[] = facts.vex.documents.filter((d) => d.statements > 0).map((d) => fileEvidence(d.path, `${d.format} VEX document with ${d.statements} statement(s)`, 1));
  if (found.length > 0) return pass(capEvidence(found));
  const empty = facts.vex.documents.map((d) => fileEvidence(d.path, `${d.format} VEX document with no statement (a template?): it accounts for no vulnerability`, 1));
  const generated = detectorEvidence(facts.workflows.detectors.vex, 'generates a VEX document, published outside the tree');
  if (generated.length > 0)
    return attested(
      capEvidence([...generated, ...empty]),
      'Confirm that each release carries the VEX document the workflow generates, or commit it to the repository (for example vex/project.openvex.json) so that it can be checked.',
    );
  const inRepo: Evidence[] = [];
  const external: Evidence[] = [];
  const broken: Evidence[] = [];
  const f = insightsField(facts, 'repository.release.attestations');
  if (f && Array.isArray(f.value)) {
    f.value.forEach((entry: unknown, i: number) => {
      if (entry === null || typeof entry !== 'object') return;
      const e = entry as Record<string, unknown>;
      const text = [e['predicate-uri'], e.name, e.comment].filter((x) => typeof x === 'string').join(' ');
      if (!/\b(open)?vex\b|openvex|csaf/i.test(text)) return;
      const field = `repository.release.attestations[${i}]`;
      const d = declaration(facts, `${field}.location`, 'VEX attestation');
      if (d.state === 'in-repo') inRepo.push(d.evidence);
      else if (d.state === 'declared') external.push({ ...d.evidence, ...(typeof e.location === 'string' ? { url: e.location } : {}) });
      else if (d.state === 'broken-link') broken.push(d.evidence);
    });
  }
  if (inRepo.length > 0) return pass(capEvidence(inRepo));
  if (external.length > 0) return attested(capEvidence(external), 'Commit the VEX document (for example vex/project.openvex.json) to the repository so that it can be checked.');
  const evidence: Evidence[] = [...broken, ...empty, ...facts.vex.rejected.slice(0, 10).map((r) => fileEvidence(r.path, `not a valid VEX document: ${r.reason}`))];
  if (facts.vex.sniffCapped) evidence.push({ kind: 'note', detail: 'some JSON files were not examined (too many); a VEX document among them would not have been seen' });
  if (evidence.length === 0) evidence.push({ kind: 'note', detail: 'no VEX document (OpenVEX, CycloneDX with analysis, CSAF VEX) in the repository and no VEX attestation in Security Insights repository.release.attestations' });
  return fail(
    evidence,
    'Publish a VEX document that accounts for known vulnerabilities in dependencies that do not affect the project (for example an OpenVEX file such as vex/project.openvex.json, kept current by vexctl), and list it in Security Insights repository.release.attestations with predicate-uri https://openvex.dev/ns.',
  );
}
