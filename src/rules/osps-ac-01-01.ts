// OSPS-AC-01.01: Multi-factor authentication is required.
// No token a workflow gets can read whether the organization requires two-factor authentication
// (`two_factor_requirement_enabled` needs an organization owner's token), and Security Insights has
// no field for it. So the rule cannot pass: the project's own statement makes it attested, either a
// section about two-factor / 2FA / MFA / passkeys, or a sentence in any section's prose that says
// it is required ("All maintainers must use two-factor authentication", "the organization requires
// 2FA"), or an entry of a role's "Pre-requisites" list that names it. A statement that it is not
// required, optional or only recommended does not count, and a section about MFA whose prose says
// so is not taken either, nor its subsections (helpers/mfa.ts). Otherwise unknown, naming what
// would count.
import type { Facts } from '../facts/types.ts';
import { mfaStatement } from './helpers/mfa.ts';
import { attested, type Outcome, unknown } from './types.ts';

export const id = 'OSPS-AC-01.01';

export function evaluate(facts: Facts): Outcome {
  const stated = mfaStatement(facts);
  const remediation =
    'Require two-factor authentication for the GitHub organization (Settings → Authentication security), and state it in a "Two-factor authentication" section of SECURITY.md or GOVERNANCE.md.';
  if (stated?.evidence)
    return attested(
      [stated.evidence, { kind: 'note', detail: 'whether GitHub enforces it cannot be read with a repository token; the statement is the project\'s' }],
      'Keep the organization setting "Require two-factor authentication" on; organizers may ask for a screenshot of it.',
    );
  return unknown(
    'whether multi-factor authentication is required cannot be read with a repository token (the organization setting needs an owner\'s token); no section of SECURITY, GOVERNANCE, CONTRIBUTING, CRA-READINESS, README or docs/ states that MFA / two-factor authentication is required, which would count as the project\'s statement',
    remediation,
    stated?.denied ? [stated.denied] : [],
  );
}
