// TODO header
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
