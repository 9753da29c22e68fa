// Which Security Insights fields speak to which OSPS Baseline requirements.
// docs/security-insights.md carries the same table; a test keeps the two in agreement.

export interface BaselineMapping {
  /** Dot path of the Security Insights 2.x field. */
  field: string;
  /** OSPS Baseline requirement IDs (catalog v2026.02.19). */
  requirements: string[];
  /** What the field says towards those requirements. */
  meaning: string;
}

export const SI_BASELINE_MAP: readonly BaselineMapping[] = [
  { field: 'project.vulnerability-reporting', requirements: ['OSPS-VM-01.01', 'OSPS-VM-02.01', 'OSPS-VM-03.01'], meaning: 'How vulnerabilities are reported and handled' },
  { field: 'project.vulnerability-reporting.contact', requirements: ['OSPS-VM-02.01', 'OSPS-VM-03.01'], meaning: 'The security contact for private reports' },
  { field: 'project.vulnerability-reporting.pgp-key', requirements: ['OSPS-VM-03.01'], meaning: 'A key for encrypted, private reports' },
  { field: 'project.vulnerability-reporting.policy', requirements: ['OSPS-VM-01.01'], meaning: 'The disclosure policy, which should state a response time' },
  { field: 'repository.documentation.security-policy', requirements: ['OSPS-VM-01.01', 'OSPS-VM-02.01'], meaning: "The repository's security policy (SECURITY.md)" },
  { field: 'repository.documentation.dependency-management-policy', requirements: ['OSPS-DO-06.01', 'OSPS-VM-05.01', 'OSPS-VM-05.02'], meaning: 'How dependencies are selected, obtained, tracked and remediated' },
  { field: 'repository.documentation.governance', requirements: ['OSPS-GV-01.01', 'OSPS-GV-01.02'], meaning: 'Governance: roles, responsibilities, decision-making' },
  { field: 'project.administrators', requirements: ['OSPS-GV-01.01'], meaning: 'Members with administrative access to project resources' },
  { field: 'repository.core-team', requirements: ['OSPS-GV-01.01'], meaning: 'Core team members (maintainers, approvers) of the repository' },
  { field: 'repository.documentation.contributing-guide', requirements: ['OSPS-GV-03.01', 'OSPS-GV-03.02'], meaning: 'How to contribute and what contributions must meet' },
  { field: 'repository.documentation.review-policy', requirements: ['OSPS-QA-07.01'], meaning: 'How changes are reviewed before they merge' },
  { field: 'repository.security.assessments.self', requirements: ['OSPS-SA-03.01'], meaning: "The project's own security assessment" },
  { field: 'repository.security.assessments.third-party', requirements: ['OSPS-SA-03.01', 'OSPS-SA-03.02'], meaning: 'Security assessments by third parties' },
  { field: 'repository.security.tools', requirements: ['OSPS-VM-05.03', 'OSPS-VM-06.02', 'OSPS-BR-07.01'], meaning: 'Security scanners (SCA, SAST, secret scanning) and where they run' },
  { field: 'repository.release.attestations', requirements: ['OSPS-BR-06.01', 'OSPS-QA-02.02', 'OSPS-VM-04.02'], meaning: 'Signed provenance, SBOM and VEX attestations for releases' },
  { field: 'repository.release.changelog', requirements: ['OSPS-BR-04.01'], meaning: 'Release notes with functional and security changes' },
  { field: 'repository.release.distribution-points', requirements: ['OSPS-BR-03.02'], meaning: 'Where releases are published' },
  { field: 'repository.release.license', requirements: ['OSPS-LE-02.02'], meaning: 'License of released assets when it differs from the source license' },
  { field: 'repository.license', requirements: ['OSPS-LE-02.01', 'OSPS-LE-03.01'], meaning: 'The source license (SPDX expression and link)' },
  { field: 'repository.url', requirements: ['OSPS-QA-01.01'], meaning: 'The public, stable URL of the source repository' },
  { field: 'project.homepage', requirements: ['OSPS-BR-03.01'], meaning: 'An official project channel, which must be served over HTTPS' },
  { field: 'project.repositories', requirements: ['OSPS-QA-04.01'], meaning: 'The codebases that make up a multi-repository project' },
  { field: 'project.documentation.detailed-guide', requirements: ['OSPS-DO-01.01'], meaning: 'User guide for the basic functionality' },
  { field: 'project.documentation.quickstart-guide', requirements: ['OSPS-DO-01.01'], meaning: 'Quickstart for new users' },
  { field: 'project.documentation.design', requirements: ['OSPS-SA-01.01', 'OSPS-SA-02.01'], meaning: "Design documentation: the system's actions, actors and interfaces" },
  { field: 'project.documentation.signature-verification', requirements: ['OSPS-DO-03.01', 'OSPS-DO-03.02'], meaning: 'How to verify release integrity, authenticity and origin' },
  { field: 'project.documentation.support-policy', requirements: ['OSPS-DO-04.01', 'OSPS-DO-05.01'], meaning: 'Scope and duration of support, end of security updates' },
  { field: 'project.documentation.release-process', requirements: ['OSPS-BR-02.01'], meaning: 'How releases are planned, versioned and published' },
];

/** Mappings whose requirements include `id`. */
export function fieldsForRequirement(id: string): BaselineMapping[] {
  return SI_BASELINE_MAP.filter((m) => m.requirements.includes(id));
}
