// OSPS-LE: contributors' assertion of their right to contribute (DCO/CLA), where the license is,
// and whether the source and the released assets are under an open source license.
// Security Insights `repository.license` (url, expression) and `repository.release.license` add
// evidence; a license link into the repository that points at nothing fails, naming the field.
import { evaluateExpression } from '../facts/spdx/expression.ts';
import type { Facts } from '../facts/types.ts';
import { releaseGate } from './documentation.ts';
import { capEvidence, fileEvidence } from './helpers.ts';
import { declaration, insightsEvidence, insightsField } from './insights.ts';
import type { Evidence } from '../model/evidence.ts';
import { attested, fail, pass, unknown, type Outcome, type Rule } from './types.ts';

/** A Security Insights license link into the repository whose target is missing: a contradiction. */
function brokenLicenseLink(facts: Facts, field: string): Evidence | null {
  const d = declaration(facts, field, 'license');
  return d.state === 'broken-link' ? d.evidence : null;
}

/** What a Security Insights license expression field says, judged against the OSI and FSF lists. */
function declaredExpression(facts: Facts, field: string): { approved: boolean | null; evidence: Evidence } | null {
  const f = insightsField(facts, field);
  if (!f || typeof f.value !== 'string' || f.value.trim() === '') return null;
  const v = evaluateExpression(f.value);
  if (!v) return { approved: null, evidence: insightsEvidence(facts, field, `${field} ${JSON.stringify(f.value.slice(0, 100))} is not an SPDX license expression`) };
  if (v.approved) {
    const by = [v.osiApproved ? 'OSI-approved' : '', v.fsfLibre ? 'FSF free' : ''].filter(Boolean).join(', ');
    return { approved: true, evidence: insightsEvidence(facts, field, `${field} declares ${v.expression}; ${by}`) };
  }
  const unk = v.unknownIds.length > 0 ? ` (not on the SPDX License List: ${v.unknownIds.join(', ')})` : '';
  return { approved: false, evidence: insightsEvidence(facts, field, `${field} declares ${v.expression}, neither OSI-approved nor FSF free${unk}`) };
}

const ADD_LICENSE = 'Add a LICENSE (or COPYING) file at the repository root with the full text of an OSI-approved license such as Apache-2.0 or MIT.';

export const le0301: Rule = {
  id: 'OSPS-LE-03.01',
  evaluate(facts: Facts): Outcome {
    const root = facts.license.files.filter((f) => f.atRoot);
    const broken = brokenLicenseLink(facts, 'repository.license.url');
    if (root.length > 0) {
      const evidence = root.map((f) => fileEvidence(f.path, 'license file at the repository root', 1));
      if (broken) return fail([broken, ...evidence], 'Fix repository.license.url in the Security Insights file: point it at the license file in the repository (e.g. the URL of LICENSE on the default branch).');
      const d = declaration(facts, 'repository.license.url', 'license');
      if (d.state === 'in-repo') evidence.push(d.evidence);
      return pass(evidence);
    }
    const elsewhere = facts.license.files.filter((f) => !f.atRoot);
    if (elsewhere.length > 0)
      return fail(
        elsewhere.map((f) => fileEvidence(f.path, 'license file found, but not at the repository root', 1)),
        'Move or copy the license to LICENSE (or COPYING, or a LICENSE/ directory) at the repository root.',
      );
    return fail([{ kind: 'note', detail: 'no LICENSE, COPYING or LICENSE/ directory at the repository root' }], ADD_LICENSE);
  },
};

export const le0201: Rule = {
  id: 'OSPS-LE-02.01',
  evaluate(facts: Facts): Outcome {
    const root = facts.license.files.filter((f) => f.atRoot);
    if (root.length === 0) return fail([{ kind: 'note', detail: 'no license file at the root to identify' }], ADD_LICENSE);
    const approved: Evidence[] = [];
    const refused: Evidence[] = [];
    const unclear: Evidence[] = [];
    for (const f of root) {
      const m = f.match;
      if (!m || !m.spdxId) {
        unclear.push(fileEvidence(f.path, f.unreadable ? `license file cannot be read (${f.unreadable})` : `license text not identified${m?.reason ? ` (${m.reason})` : ''}`, 1));
        continue;
      }
      const how = m.method === 'spdx-identifier' ? 'by its SPDX-License-Identifier' : `by its text, ${Math.round(m.confidence * 100)}% similar`;
      const alt = m.alternatives.length > 0 ? ` (text identical to ${m.alternatives.join(', ')})` : '';
      if (m.approved) {
        const by = [m.osiApproved ? 'OSI-approved' : '', m.fsfLibre ? 'FSF free' : ''].filter(Boolean).join(', ');
        approved.push(fileEvidence(f.path, `identified as ${m.spdxId}${alt} ${how}; ${by}`, 1));
      } else {
        refused.push(fileEvidence(f.path, `identified as ${m.spdxId}${alt} ${how}; neither OSI-approved nor FSF free`, 1));
      }
    }
    const declared = declaredExpression(facts, 'repository.license.expression');
    if (refused.length > 0)
      return fail([...refused, ...approved, ...unclear, ...(declared ? [declared.evidence] : [])], 'License the source code under an OSI-approved or FSF free license; the license found is neither.');
    if (declared?.approved === false)
      return fail([declared.evidence, ...approved, ...unclear], 'Make repository.license.expression in security-insights.yml name the license of the LICENSE file, and license the source under an OSI-approved or FSF free license.');
    if (approved.length > 0) return pass([...approved, ...unclear, ...(declared ? [declared.evidence] : [])]);
    if (declared?.approved === true)
      return attested(
        [declared.evidence, ...unclear],
        'The license text could not be identified; use the unmodified text of the declared license, or add "SPDX-License-Identifier: <id>" to the license file.',
      );
    return unknown(
      'the license text could not be matched to a known SPDX license',
      'Use the unmodified text of a standard license, or add a line "SPDX-License-Identifier: <id>" to the license file.',
      unclear,
    );
  },
};



// OSPS-LE-01.01: contributors assert their right to contribute, on every commit ------------------

const REQUIRE_DCO =
  'Require a Developer Certificate of Origin sign-off on every commit and enforce it with a status check (e.g. the DCO GitHub App with .github/dco.yml, or a workflow that checks Signed-off-by), or require a CLA with a check (CLA Assistant, EasyCLA); say so in CONTRIBUTING.md.';

export const le0101: Rule = {
  id: 'OSPS-LE-01.01',
  evaluate(facts: Facts): Outcome {
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
    if (d.signedOff === d.commitsExamined)
      return pass([
        { kind: 'git', detail: `all ${d.commitsExamined} non-merge commit(s) examined carry a Signed-off-by trailer${scope}; ${d.signedOffByAuthor} signed off by their author` },
        ...(d.dcoFile ? [d.dcoFile] : []),
        ...docs,
      ]);
    return fail(
      capEvidence([
        { kind: 'git', detail: `${d.commitsExamined - d.signedOff} of ${d.commitsExamined} non-merge commit(s) examined have no Signed-off-by trailer${scope}, and no DCO or CLA check is configured` },
        ...d.unsigned,
        ...(d.dcoFile ? [d.dcoFile] : []),
        ...docs,
      ]),
      REQUIRE_DCO,
    );
  },
};

// OSPS-LE-02.02 / 03.02: the license of released assets -------------------------------------------

/** The newest published release's license asset, when the API was read. */
function releaseLicenseAsset(facts: Facts): Evidence | null {
  const rel = facts.github.releases;
  if (rel.state !== 'ok') return null;
  const latest = rel.data.releases.find((r) => !r.draft);
  const asset = latest?.assets.find((a) => a.kinds.includes('license'));
  if (!latest || !asset) return null;
  return { kind: 'api', url: asset.browserDownloadUrl, detail: `release ${latest.tagName} ships a license file alongside its assets: ${asset.name}` };
}

const SOURCE_ARCHIVES = 'the source archives GitHub builds for each release tag contain the repository tree at that tag';

export const le0202: Rule = {
  id: 'OSPS-LE-02.02',
  evaluate(facts: Facts): Outcome {
    const declared = declaredExpression(facts, 'repository.release.license.expression');
    const asset = releaseLicenseAsset(facts);
    if (declared?.approved === false)
      return fail([declared.evidence], 'License the released assets under an OSI-approved or FSF free license, and declare it in repository.release.license.expression.');
    if (declared?.approved === true) return pass([declared.evidence, ...(asset ? [asset] : [])]);
    const root = facts.license.files.filter((f) => f.atRoot);
    const refused = root.filter((f) => f.match?.spdxId && !f.match.approved);
    const approved = root.filter((f) => f.match?.spdxId && f.match.approved);
    const remediation = 'License released assets under an OSI-approved or FSF free license: keep an approved LICENSE at the root (it ships in the source archives of every release) and, when binaries carry a different license, declare it in repository.release.license of security-insights.yml.';
    if (refused.length > 0)
      return fail(refused.map((f) => fileEvidence(f.path, `the source license, ${f.match?.spdxId}, which releases carry unless another is declared, is neither OSI-approved nor FSF free`, 1)), remediation);
    if (approved.length > 0) {
      const evidence: Evidence[] = approved.map((f) =>
        fileEvidence(f.path, `released assets carry the source license ${f.match?.spdxId} (approved): no different license is declared for them (repository.release.license is absent), and ${SOURCE_ARCHIVES}`, 1),
      );
      if (asset) evidence.push(asset);
      if (declared) evidence.push(declared.evidence);
      return pass(evidence);
    }
    if (root.length > 0)
      return unknown('the source license text could not be identified, and no license is declared for released assets (repository.release.license)', remediation, root.map((f) => fileEvidence(f.path, 'license text not identified', 1)));
    return releaseGate(facts, 'no license for released assets: no LICENSE at the root and no repository.release.license in Security Insights', remediation);
  },
};

export const le0302: Rule = {
  id: 'OSPS-LE-03.02',
  evaluate(facts: Facts): Outcome {
    const broken = brokenLicenseLink(facts, 'repository.release.license.url');
    if (broken)
      return fail([broken], 'Fix repository.release.license.url in the Security Insights file: point it at the license shipped with the releases (a file that exists, or the release page).');
    const found: Evidence[] = [];
    const asset = releaseLicenseAsset(facts);
    if (asset) found.push(asset);
    const root = facts.license.files.filter((f) => f.atRoot);
    for (const f of root.slice(0, 3))
      found.push(fileEvidence(f.path, `license file at the root of the checked-out tree; ${SOURCE_ARCHIVES}, so releases cut from this tree include it`, 1));
    const d = declaration(facts, 'repository.release.license.url', 'license of released assets');
    if (d.state === 'in-repo') found.push(d.evidence);
    if (found.length > 0) return pass(found);
    if (d.state === 'declared') return attested([d.evidence], 'Keep a LICENSE file at the repository root so every release\'s source archive contains it.');
    return releaseGate(
      facts,
      'no license file at the root of the tree (so release source archives carry none) and no license file among the latest release\'s assets',
      'Add a LICENSE file at the repository root (it then ships in every release\'s source archive), and attach it to releases that publish binaries.',
    );
  },
};

export const LE_RULES: readonly Rule[] = [le0101, le0301, le0201, le0202, le0302];
