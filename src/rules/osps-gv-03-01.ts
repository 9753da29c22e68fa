// OSPS-GV-03.01: A contribution guide.
// A CONTRIBUTING document with some prose, or a "Contributing" section in the README or docs/; the
// Security Insights contributing-guide link is checked against the tree and a link to a missing
// file fails. Without a guide of its own, the owner's default CONTRIBUTING.md (.github repository)
// is attested, since GitHub shows it but its text is not read here. A Security Insights link that
// contradicts the tree fails; a document section passes; a declaration elsewhere is attested
// (decideDocs, helpers/documentation.ts). Otherwise fail.
import { type DocumentInfo, documentOf, documentsOf } from '../facts/documents.ts';
import type { Heading } from '../facts/markdown.ts';
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { decideDocs, siDocs } from './helpers/documentation.ts';
import { fileEvidence } from './helpers/evidence.ts';
import { orgDefaults } from './helpers/org-defaults.ts';
import { findProjectSection, headingIs, sectionEvidence, sectionIn, substantive } from './helpers/sections.ts';
import { attested, fail, type Outcome } from './types.ts';

/** A linked contribution guide: a substantive document, or one with a "Contributing" section. */
function contributionGuide(doc: DocumentInfo): Heading | undefined {
  const first = doc.outline?.headings[0];
  if (first && substantive(doc)) return first;
  return sectionIn(doc, (h) => /contribut/i.test(h.text), 60);
}

export const id = 'OSPS-GV-03.01';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  const found: Evidence[] = [];
  const guide = documentsOf(facts.documents, 'contributing').find((d) => substantive(d));
  if (guide) found.push(fileEvidence(guide.path, 'contribution guide', 1));
  else {
    const section = findProjectSection(facts, ['readme', 'docs'], headingIs(/contribut/i), 60);
    if (section) found.push(sectionEvidence(section, 'contribution process explained'));
  }
  const si = siDocs(facts, ['repository.documentation.contributing-guide'], 'contribution guide', contributionGuide);
  return decideDocs(found, si, 'repository.documentation.contributing-guide', () => {
    const empty = documentOf(facts.documents, 'contributing');
    // No guide of its own: GitHub shows the owner's default CONTRIBUTING.md, whose text is not read here.
    const inherited = empty ? [] : orgDefaults(facts, /^(\.github\/|docs\/)?contributing(\.md|\.rst|\.txt)?$/i, 'contribution guide');
    if (inherited.length > 0)
      return attested([inherited[0].evidence], 'Check that the organization\'s CONTRIBUTING.md explains how to contribute to this repository, or add a CONTRIBUTING.md here.');
    const evidence: Evidence[] = empty
      ? [fileEvidence(empty.path, empty.unreadable ? `contribution guide cannot be read (${empty.unreadable})` : 'contribution guide is nearly empty', 1)]
      : [{ kind: 'note', detail: 'no CONTRIBUTING file and no "Contributing" section in the README' }];
    return fail(evidence, 'Add CONTRIBUTING.md explaining how to propose changes: where to discuss, how to open a pull request, and what review to expect.');
  });
}
