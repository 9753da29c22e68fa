// OSPS-LE-02.01: The source code is under an OSI-approved or FSF free license.
// The license files at the root are identified (by SPDX-License-Identifier, or by their text
// against the SPDX list; facts/license.ts; a file that opens with a license text and goes on with other notices is read as
// that license, and so is one whose preamble says the license text after it applies (lodash's "The following license applies
// to all parts of this software"), cited at that text's line; the evidence says the rest was not identified): an approved license passes, one that is neither
// OSI-approved nor FSF free fails, as does a Security Insights `repository.license.expression` that
// is not approved, and a text that reserves all rights while granting none (facts/spdx/reserved.ts),
// at the line that says so. No license file at the root fails. Text not identified: attested when
// Security Insights, or else every license field of the root's package manifests (facts/license-version.ts), declares an
// approved expression, else unknown. A root file that names the other license files
// (rustls's LICENSE, "These are included as LICENSE-APACHE, LICENSE-MIT and LICENSE-ISC"), or the licenses they hold (a COPYING
// "dual-licensed under the Unlicense and MIT licenses" beside UNLICENSE and LICENSE-MIT), is said to hand the license to them.
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { fileEvidence } from './helpers/evidence.ts';
import { ADD_LICENSE, declaredExpression, licenseIdOf, manifestDeclared, versionChoiceEvidence, versionChoiceNote } from './helpers/license.ts';
import { attested, fail, type Outcome, pass, unknown } from './types.ts';
import { insightsFile } from './helpers/insights.ts';

export const id = 'OSPS-LE-02.01';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  const root = facts.license.files.filter((f) => f.atRoot);
  if (root.length === 0) return fail([{ kind: 'note', detail: 'no license file at the root to identify' }], ADD_LICENSE);
  const approved: Evidence[] = [];
  const refused: Evidence[] = [];
  const unclear: Evidence[] = [];
  for (const f of root) {
    const m = f.match;
    if (f.reserved) {
      refused.push(fileEvidence(f.path, `reserves all rights ("${f.reserved.text}") and grants no permission to use, change or share the code: not an open source license`, f.reserved.line));
      continue;
    }
    if (f.refersTo) {
      const named = f.refersTo.byLicense ? `the licenses of ${f.refersTo.files.join(', ')}` : `the license files ${f.refersTo.files.join(', ')}`;
      unclear.push(fileEvidence(f.path, `holds no license text of its own: it names ${named}`, f.refersTo.line));
      continue;
    }
    if (!m || !m.spdxId) {
      unclear.push(fileEvidence(f.path, f.unreadable ? `license file cannot be read (${f.unreadable})` : `license text not identified${m?.reason ? ` (${m.reason})` : ''}`, 1));
      continue;
    }
    const how =
      m.method === 'spdx-identifier'
        ? 'by its SPDX-License-Identifier'
        : m.method === 'standard-notice'
          ? 'by its standard license notice (the file does not hold the license text)'
          : m.partial
            ? `by the text ${m.partial.at === 'between' ? 'the file gives after saying that it applies' : `the file ${m.partial.at === 'start' ? 'opens' : 'ends'} with`}, ${Math.round(m.partial.confidence * 100)}% similar (the rest, ${Math.round((1 - m.partial.share) * 100)}% of its words, was not identified: a person should check that it only gives the notices of bundled code)`
            : `by its text, ${Math.round(m.confidence * 100)}% similar`;
    const alt = m.alternatives.length > 0 ? versionChoiceNote(f) : '';
    if (m.approved) {
      const by = [m.osiApproved ? 'OSI-approved' : '', m.fsfLibre ? 'FSF free' : ''].filter(Boolean).join(', ');
      approved.push(fileEvidence(f.path, `identified as ${licenseIdOf(f)} ${how}${alt}; ${by}`, m.line ?? 1), ...versionChoiceEvidence(f));
    } else {
      refused.push(fileEvidence(f.path, `identified as ${licenseIdOf(f)} ${how}${alt}; neither OSI-approved nor FSF free`, m.line ?? 1), ...versionChoiceEvidence(f));
    }
  }
  const declared = declaredExpression(facts, 'repository.license.expression');
  if (refused.length > 0)
    return fail([...refused, ...approved, ...unclear, ...(declared ? [declared.evidence] : [])], 'License the source code under an OSI-approved or FSF free license (for example Apache-2.0 or MIT, with its full text in LICENSE); the license file found is neither.');
  if (declared?.approved === false)
    return fail([declared.evidence, ...approved, ...unclear], `Make repository.license.expression in ${insightsFile(facts)} name the license of the LICENSE file, and license the source under an OSI-approved or FSF free license.`);
  if (approved.length > 0) return pass([...approved, ...unclear, ...(declared ? [declared.evidence] : [])]);
  if (declared?.approved === true)
    return attested(
      [declared.evidence, ...unclear],
      'The license text could not be identified; use the unmodified text of the declared license, or add "SPDX-License-Identifier: <id>" to the license file.',
    );
  // The package manifests' license fields are the project's statement (sidekiq.gemspec's `gem.license = "LGPL-3.0"` beside a
  // LICENSE.txt that only names "the LGPLv3 license" and links its text): attested, as a Security Insights expression is.
  const manifest = manifestDeclared(facts);
  if (manifest?.approved)
    return attested(
      [...manifest.evidence, ...unclear],
      'The license text could not be identified; put the unmodified text of the license the package manifest declares in the license file, or add "SPDX-License-Identifier: <id>" to it.',
    );
  return unknown(
    'the license text could not be matched to a known SPDX license',
    'Use the unmodified text of a standard license, or add a line "SPDX-License-Identifier: <id>" to the license file.',
    [...unclear, ...(manifest?.evidence ?? [])],
  );
}
