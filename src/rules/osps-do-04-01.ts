// OSPS-DO-04.01: The scope and duration of support.
// A "Support policy", "Supported versions", "Support horizon", "Version guidance" (a table of versions and their end of life), lifecycle or end-of-life section in SUPPORT, SECURITY, the README,
// docs/, CONTRIBUTING, governance or the changelog (a RELEASES.md, containerd's release policy, is read as one; not "getting support").
// Under any heading, a sentence bounding the fixes a release line gets ("bug fixes until July 8th 2026", helm's; "fixing
// the backward-compatible bugs for the latest two stable releases", etcd's) counts; one on the versions of a runtime it
// builds or runs with ("Last two major versions of Go are supported", actionlint's) does not.
// GitHub's unfilled SECURITY.md template fails, naming the file. The decision lives in helpers/support-policy.ts, shared with
// OSPS-DO-05.01. A Security Insights link that contradicts the tree fails; a document section passes; a declaration elsewhere
// is attested (decideDocs, helpers/documentation.ts). Nothing found: fail once released, not applicable before, unknown when
// the release state cannot be told (releaseGate, helpers/release.ts).
import type { Facts } from '../facts/types.ts';
import { supportCheck } from './helpers/support-policy.ts';
import type { Outcome } from './types.ts';
import { insightsFile } from './helpers/insights.ts';

const SUPPORT_HEADING = /\b(support(ed)? (policy|lifecycle|life ?cycle|period|duration|window|horizons?|scope|timeline|matrix|schedule|versions?|releases?|status)|(release|version|maintenance|long[- ]term) (support|lifecycle|life ?cycle|policy|policies)|end[- ]of[- ](life|support)|\beol\b|\blts\b|versioning and support|version guidance|maintained versions|deprecation policy|unsupported (release|version)s?( series)?)\b/i;

/**
 * Fixes a release line gets, or its being supported: with a period, a statement of support under any
 * heading ("Patch releases to the previous two MINOR releases may be performed on demand", grpc-go), or support
 * bounded to one release ("the maintainers will only support the latest release", kube-state-metrics' README).
 */
const SUPPORT_STATEMENT =
  /\b(?:bug|security|critical|vulnerability|vulnerabilities)\b[\w ,-]{0,40}?\b(?:fix(?:es|ed)?|patch(?:es|ed)?|updates?|enhancements?|backports?)\b|\bfix(?:es|ing)?\b[\w ,-]{0,40}?\b(?:bugs|vulnerabilities)\b|\b(?:will be|are|is|remains?) (?:supported|maintained)\b|\bonly (?:support|maintain)s?\b|\bpatch releases?\b/i;

export const id = 'OSPS-DO-04.01';

export const evaluate: (facts: Facts) => Outcome = supportCheck(
  SUPPORT_HEADING,
  SUPPORT_STATEMENT,
  'scope and duration of support',
  'no statement of support scope and duration: no "Support policy", "Supported versions" or lifecycle section in SUPPORT.md, SECURITY.md, the README or docs/',
  (facts) => `Add a "Support policy" section (SUPPORT.md or SECURITY.md) saying which releases are supported, for how long, and what support they get (bug fixes, security updates); link it from project.documentation.support-policy in ${insightsFile(facts)}.`,
);
