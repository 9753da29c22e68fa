// OSPS-DO-03.01: Instructions to verify the integrity and authenticity of release assets.
// A section in the README, docs/, SECURITY, SUPPORT, CONTRIBUTING or the changelog about verifying
// releases (signatures, checksums, provenance; a verification technology named in its heading, its
// links or its code), or a section whose code runs a verification command (cosign verify, gpg
// --verify, sha256sum -c, slsa-verifier, gh attestation verify); checking that an installation
// works does not count. The words and the decision live in helpers/release-verification.ts, shared
// with OSPS-DO-03.02. A Security Insights link that contradicts the tree fails; a document section
// passes; a declaration elsewhere is attested (decideDocs, helpers/documentation.ts). The release
// tool's release-notes template (GoReleaser's release.header/footer) and, when the releases were
// read, the newest release's notes count too. Nothing found: fail once released, not applicable
// before, unknown when the release state cannot be told (releaseGate, helpers/release.ts) or the
// release notes were not read (forgeUnread).
import type { Facts } from '../facts/types.ts';
import { INTEGRITY, verificationCheck } from './helpers/release-verification.ts';
import type { Outcome } from './types.ts';
import { insightsFile } from './helpers/insights.ts';

export const id = 'OSPS-DO-03.01';

export const evaluate: (facts: Facts) => Outcome = verificationCheck(
  INTEGRITY,
  'instructions to verify the integrity and authenticity of release assets',
  'no instructions to verify release assets: no section on verifying signatures, checksums or provenance in the README, docs/ or SECURITY.md (a section on checking that an installation works does not count)',
  (facts) => `Add a "Verifying releases" section (README.md or docs/) that names the technology (e.g. cosign, GPG, SLSA provenance, SHA256SUMS), gives the commands to run and the expected output, and link it from project.documentation.signature-verification in ${insightsFile(facts)}.`,
);
