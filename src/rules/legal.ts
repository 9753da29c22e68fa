// OSPS-LE: where the license is and whether it is an open source license.
import type { Facts } from '../facts/types.ts';
import { fileEvidence } from './helpers.ts';
import { fail, pass, unknown, type Evidence, type Outcome, type Rule } from './types.ts';

const ADD_LICENSE = 'Add a LICENSE (or COPYING) file at the repository root with the full text of an OSI-approved license such as Apache-2.0 or MIT.';

export const le0301: Rule = {
  id: 'OSPS-LE-03.01',
  evaluate(facts: Facts): Outcome {
    const root = facts.license.files.filter((f) => f.atRoot);
    if (root.length > 0) return pass(root.map((f) => fileEvidence(f.path, 'license file at the repository root', 1)));
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
    if (refused.length > 0)
      return fail([...refused, ...approved, ...unclear], 'License the source code under an OSI-approved or FSF free license; the license found is neither.');
    if (approved.length > 0) return pass([...approved, ...unclear]);
    return unknown(
      'the license text could not be matched to a known SPDX license',
      'Use the unmodified text of a standard license, or add a line "SPDX-License-Identifier: <id>" to the license file.',
      unclear,
    );
  },
};

export const LE_RULES: readonly Rule[] = [le0301, le0201];
