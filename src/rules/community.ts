// How to contribute (OSPS-GV-03.01) and how to report defects (OSPS-DO-02.01).
import { documentOf, documentsOf } from '../facts/documents.ts';
import type { Facts } from '../facts/types.ts';
import { capEvidence, fileEvidence, findSectionIn, sectionEvidence, substantive } from './helpers.ts';
import { fail, pass, type Evidence, type Outcome, type Rule } from './types.ts';

export const gv0301: Rule = {
  id: 'OSPS-GV-03.01',
  evaluate(facts: Facts): Outcome {
    const guide = documentsOf(facts.documents, 'contributing').find((d) => substantive(d));
    if (guide) return pass([fileEvidence(guide.path, 'contribution guide', 1)]);
    const section = findSectionIn(facts, ['readme', 'docs'], /contribut/i, 60);
    if (section) return pass([sectionEvidence(section, 'contribution process explained')]);
    const empty = documentOf(facts.documents, 'contributing');
    const evidence: Evidence[] = empty
      ? [fileEvidence(empty.path, empty.unreadable ? `contribution guide cannot be read (${empty.unreadable})` : 'contribution guide is nearly empty', 1)]
      : [{ kind: 'note', detail: 'no CONTRIBUTING file and no "Contributing" section in the README' }];
    return fail(evidence, 'Add CONTRIBUTING.md explaining how to propose changes: where to discuss, how to open a pull request, and what review to expect.');
  },
};

const DEFECT_HEADING = /\b(bugs?|defects?|issues?|problems?)\b.*\b(report|file|filing|submit|open)|\b(report|reporting|file|filing|submit|submitting|open|opening)\b.*\b(bugs?|defects?|issues?|problems?)\b|^bug reports?$|^issues?$/i;

export const do0201: Rule = {
  id: 'OSPS-DO-02.01',
  evaluate(facts: Facts): Outcome {
    const templates = documentsOf(facts.documents, 'issue-template').filter((d) => !/\/config\.ya?ml$/i.test(d.path));
    if (templates.length > 0) {
      const bug = templates.filter((d) => /bug|defect|issue|problem/i.test(d.path));
      return pass(capEvidence((bug.length > 0 ? bug : templates).map((d) => fileEvidence(d.path, 'issue template for reporting defects', 1))));
    }
    const section = findSectionIn(facts, ['contributing', 'readme', 'support', 'docs'], DEFECT_HEADING, 40);
    if (section) return pass([sectionEvidence(section, 'explains how to report defects')]);
    return fail(
      [{ kind: 'note', detail: 'no issue templates under .github/ISSUE_TEMPLATE/ and no section on reporting bugs in README, CONTRIBUTING or SUPPORT' }],
      'Add a bug report template (.github/ISSUE_TEMPLATE/bug_report.yml) or a "Reporting bugs" section in CONTRIBUTING.md that says where and how to report a defect.',
    );
  },
};

export const COMMUNITY_RULES: readonly Rule[] = [gv0301, do0201];
