// OSPS-DO-04.01 / 05.01: support scope and duration, end of security updates -------------------
import type { Facts } from '../facts/types.ts';
import { supportCheck } from './helpers/support-policy.ts';
import type { Outcome } from './types.ts';

const SUPPORT_HEADING = /\b(support(ed)? (policy|lifecycle|life ?cycle|period|duration|window|scope|timeline|matrix|schedule|versions?|releases?|status)|(release|version|maintenance|long[- ]term) (support|lifecycle|life ?cycle|policy|policies)|end[- ]of[- ](life|support)|\beol\b|\blts\b|versioning and support|maintained versions|deprecation policy)\b/i;

export const id = 'OSPS-DO-04.01';

export const evaluate: (facts: Facts) => Outcome = supportCheck(
  SUPPORT_HEADING,
  'scope and duration of support',
  'no statement of support scope and duration: no "Support policy", "Supported versions" or lifecycle section in SUPPORT.md, SECURITY.md, the README or docs/',
  'Add a "Support policy" section (SUPPORT.md or SECURITY.md) saying which releases are supported, for how long, and what support they get (bug fixes, security updates); link it from project.documentation.support-policy in security-insights.yml.',
);
