// TODO header
import type { Facts } from '../facts/types.ts';
import { INTEGRITY, verificationCheck } from './helpers/release-verification.ts';
import type { Outcome } from './types.ts';

export const id = 'OSPS-DO-03.01';

export const evaluate: (facts: Facts) => Outcome = verificationCheck(
  INTEGRITY,
  'instructions to verify the integrity and authenticity of release assets',
  'no instructions to verify release assets: no section on verifying signatures, checksums or provenance in the README, docs/ or SECURITY.md (a section on checking that an installation works does not count)',
  'Add a "Verifying releases" section (README.md or docs/) that names the technology (e.g. cosign, GPG, SLSA provenance, SHA256SUMS), gives the commands to run and the expected output, and link it from project.documentation.signature-verification in security-insights.yml.',
);
