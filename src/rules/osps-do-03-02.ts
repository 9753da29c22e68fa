// OSPS-DO-03.02: Instructions to verify who made a release.
// As OSPS-DO-03.01, with the identity words: release signatures, signing keys, signers, certificate
// identities, OIDC issuers or provenance, and only signature commands (checksums alone do not
// identify the author); or a download page's section that says to verify the download's signature and links the keys
// that sign the releases (a Maven site's download page and its KEYS file). The words and the decision live in
// helpers/release-verification.ts. A
// Security Insights link that contradicts the tree fails; a document section passes; a declaration
// elsewhere is attested (decideDocs, helpers/documentation.ts). The release-notes template and the
// newest release's notes count as for OSPS-DO-03.01. Nothing found: fail once released, not
// applicable before, unknown when the release state cannot be told (releaseGate,
// helpers/release.ts) or the release notes were not read (forgeUnread).
import type { Facts } from '../facts/types.ts';
import { IDENTITY, verificationCheck } from './helpers/release-verification.ts';
import type { Outcome } from './types.ts';

export const id = 'OSPS-DO-03.02';

export const evaluate: (facts: Facts) => Outcome = verificationCheck(
  IDENTITY,
  'instructions to verify the identity of who made a release',
  'no instructions to verify who authored a release: no section on release signatures, signing keys, certificate identities or provenance (checksums alone do not identify the author)',
  'Document the expected signer: the GPG key ID/fingerprint, or the Sigstore certificate identity and OIDC issuer (e.g. cosign verify-blob --certificate-identity ... --certificate-oidc-issuer ...), or the builder identity in SLSA provenance; link it from project.documentation.signature-verification.',
);
