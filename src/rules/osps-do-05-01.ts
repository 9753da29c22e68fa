// OSPS-DO-05.01: When releases stop receiving security updates.
// A "Supported versions", "Security updates", "Support horizon", "Version guidance" or end-of-life section in SECURITY, SUPPORT, the README, docs/, CONTRIBUTING,
// governance or the changelog, whose prose bounds which releases get them (supported, latest, previous, until, a version number; a bare "release" does not); under any heading, a sentence bounding the security fixes a
// release line gets ("Security enhancements will still be applied until November 11th 2026", helm's) counts. GitHub's
// unfilled SECURITY.md template fails, naming the file. The decision lives in helpers/support-policy.ts, shared with
// OSPS-DO-04.01. A Security Insights link that contradicts the tree fails; a document section passes; a declaration elsewhere
// is attested (decideDocs, helpers/documentation.ts). Nothing found: fail once released, not applicable before, unknown when
// the release state cannot be told (releaseGate, helpers/release.ts).
import type { Facts } from '../facts/types.ts';
import { supportCheck } from './helpers/support-policy.ts';
import type { Outcome } from './types.ts';

const SECURITY_UPDATES_HEADING = /\b(supported versions|supported releases|security (updates|support|fixes|patches|releases)|end[- ]of[- ](life|support)|\beol\b|support (policy|lifecycle|life ?cycle|period|duration|window|horizons?|timeline|matrix|schedule)|(release|version|maintenance) (support|lifecycle|policy)|long[- ]term support|\blts\b|version guidance|maintained versions|unsupported (release|version)s?( series)?)\b/i;

/**
 * Security fixes a release line gets: with a period, a statement of when they stop under any heading. Patch releases made
 * for security problems say it too ("Patch releases to the previous two MINOR releases may be performed on demand or if
 * serious security problems are discovered", grpc-go's Documentation/versioning.md).
 */
const SECURITY_STATEMENT =
  /\bsecurity\b[\w ,-]{0,40}?\b(?:fix(?:es|ed)?|patch(?:es|ed)?|updates?|enhancements?|backports?|support)\b|\bvulnerabilit(?:y|ies)\b[\w ,-]{0,40}?\b(?:fixed|patched)\b|\bpatch releases?\b[\w ,-]{0,100}?\bsecurity (?:problems?|issues?|vulnerabilit(?:y|ies)|bugs?|flaws?)\b/i;

/**
 * Words that bound which releases get security fixes: "only ... for the most recent major release" (cobra's)
 * ends them for a line when the next one is out; "current" of a release ("the current and previous minor series"), not
 * of the users (cJSON's "Supported Versions": "to minimize attacks against current users"). Not a bare "release" or "version": openfga's
 * RELEASES.md "Security Updates and Bugfixes" says a fix "will trigger a release", which says nothing
 * of when a version stops getting them.
 */
const SUPPORT_TERMS =
  /\b(?:supported|unsupported|supports?|maintained|until|end[- ]of[- ](?:life|support)|eol|lts|latest|last|most recent|newest|older|previous|current(?=\s+(?:and\s+\w+\s+)?(?:(?:stable|major|minor|patch)\s+)?(?:releases?|versions?|major|minor|series|branch(?:es)?|lines?|stable|lts)\b)|branch(?:es)?|series)\b|\b\d{1,4}\.\d/i;

export const id = 'OSPS-DO-05.01';

export const evaluate: (facts: Facts) => Outcome = supportCheck(
  SECURITY_UPDATES_HEADING,
  SECURITY_STATEMENT,
  'when versions stop receiving security updates',
  'no statement of when releases stop receiving security updates: no "Supported versions" or end-of-life section in SECURITY.md, SUPPORT.md, the README or docs/',
  'Add a "Supported versions" section to SECURITY.md stating which versions receive security updates and when a version stops receiving them (e.g. "the latest minor release; older releases get no fixes once a new minor is out"); link it from project.documentation.support-policy.',
  // "Supported Versions: there is no supportability commitment" names no release and no end: it does not say when updates stop.
  SUPPORT_TERMS,
);
