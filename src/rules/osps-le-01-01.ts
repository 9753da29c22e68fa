// OSPS-LE-01.01: Contributors assert their right to contribute, on every commit.
// A configured DCO or CLA check (the DCO app's configuration, a workflow that checks sign-offs, a
// CLA assistant) passes; else every non-merge commit examined carries a Signed-off-by trailer
// (pass) or some do not (fail, naming them); unsigned commits by GitHub App bots (Renovate, the Copilot coding agent,
// Dependabot) are set aside and said so, as the DCO app exempts bots; unless the contribution guide asks for a CLA or a
// workflow reports a CLA app's status in the merge queue (trivy's license/cla), or the guide names a
// DCO bot or app on pull requests (dapr's "DCO-bot") and most commits carry a sign-off: such a
// check lives on the organization (attested). A shallow checkout or unreadable history is unknown:
// too few commits to tell (facts/dco.ts).
import type { Facts } from '../facts/types.ts';
import { capEvidence } from './helpers/evidence.ts';
import { attested, fail, type Outcome, pass, unknown } from './types.ts';

const REQUIRE_DCO =
  'Require a Developer Certificate of Origin sign-off on every commit and enforce it with a status check (e.g. the DCO GitHub App with .github/dco.yml, or a workflow that checks Signed-off-by), or require a CLA with a check (CLA Assistant, EasyCLA); say so in CONTRIBUTING.md.';

export const id = 'OSPS-LE-01.01';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  const d = facts.dco;
  const docs = d.docMentions.slice(0, 3);
  if (d.claOrDcoCheck.length > 0) return pass(capEvidence([...d.claOrDcoCheck, ...(d.dcoFile ? [d.dcoFile] : []), ...docs]));
  if (!d.decidable) {
    const why = d.shallow
      ? `the checkout is shallow (${d.commitsVisible} commit(s) visible), too few to tell whether every commit is signed off; actions/checkout with fetch-depth: 0 would decide it`
      : `commit sign-offs could not be examined: ${d.reason ?? 'no history'}`;
    return unknown(`${why}; no DCO or CLA check is configured in the repository`, REQUIRE_DCO, [...(d.dcoFile ? [d.dcoFile] : []), ...docs]);
  }
  const scope = d.reason ? ` (${d.reason})` : '';
  // Commits by GitHub Apps (Renovate, Dependabot) are no one's assertion: set aside, and said so.
  const people = d.commitsExamined - d.unsignedByBots;
  const botsAside =
    d.unsignedByBots > 0 ? `; ${d.unsignedByBots} more commit(s) by GitHub App bots (${d.bots.join(', ')}) have none and are set aside: an app cannot certify the DCO or sign a CLA` : '';
  if (people === 0)
    return unknown(`all ${d.commitsExamined} non-merge commit(s) examined are unsigned commits by GitHub App bots (${d.bots.join(', ')}); no person's commit shows whether contributors sign off${scope}`, REQUIRE_DCO, [
      ...(d.dcoFile ? [d.dcoFile] : []),
      ...docs,
    ]);
  if (d.signedOff === people)
    return pass([
      { kind: 'git', detail: `all ${people} non-merge commit(s) examined carry a Signed-off-by trailer${scope}; ${d.signedOffByAuthor} signed off by their author${botsAside}` },
      ...(d.dcoFile ? [d.dcoFile] : []),
      ...docs,
    ]);
  const missing = `${people - d.signedOff} of ${people} non-merge commit(s) examined have no Signed-off-by trailer${scope}${botsAside}`;
  // A CLA covers every contribution without a trailer; the guide asks for one (osv-scanner's Google CLA),
  // and the app that checks it is configured on the organization, out of the tree's sight.
  if (d.claMentions.length > 0) {
    const asks = d.claMentions.some((e) => e.kind === 'file') ? 'the contribution guide asks for a Contributor License Agreement' : "a workflow stands in for a CLA app's required status, so a Contributor License Agreement is asked for";
    return attested(
      capEvidence([...d.claMentions, { kind: 'git', detail: `${missing}; ${asks} instead, whose check is not configured in the repository` }]),
      'Confirm that a CLA check (e.g. cla/google, EasyCLA, CLA Assistant) is a required status check on pull requests to the default branch; a workflow in the repository that runs it would let this be verified.',
    );
  }
  // A DCO app checks the commits of each pull request; a squash merge made by GitHub can drop their
  // trailers. The guide's word stands when most commits carry a sign-off, as they would with the check.
  if (d.dcoCheckMentions.length > 0 && d.signedOff * 2 > people) {
    return attested(
      capEvidence([
        ...d.dcoCheckMentions,
        { kind: 'git', detail: `${missing}; the contribution guide names a DCO check on pull requests, whose configuration (the DCO app on the organization) is not in the repository` },
        ...d.unsigned,
      ]),
      'Confirm that the DCO check is a required status check on pull requests to the default branch; a .github/dco.yml or a workflow that checks Signed-off-by would let this be verified.',
    );
  }
  return fail(
    capEvidence([
      { kind: 'git', detail: `${missing}, and no DCO or CLA check is configured` },
      ...d.unsigned,
      ...(d.dcoFile ? [d.dcoFile] : []),
      ...docs,
    ]),
    REQUIRE_DCO,
  );
}
