// How to contribute (OSPS-GV-03.01) and how to report defects (OSPS-DO-02.01).
// A Security Insights contributing-guide link that points at a missing file fails GV-03.01 (the
// file contradicts the tree); DO-02.01 is release-gated like the other DO requirements.
import { documentOf, documentsOf, type DocumentInfo } from '../facts/documents.ts';
import type { Heading } from '../facts/markdown.ts';
import type { Facts } from '../facts/types.ts';
import { decideDocs, releaseGate, sectionIn, siDocs } from './documentation.ts';
import { capEvidence, fileEvidence, findSectionIn, orgDefaults, sectionEvidence, substantive } from './helpers.ts';
import type { Evidence } from '../model/evidence.ts';
import { attested, fail, pass, type Outcome, type Rule } from './types.ts';

/** A linked contribution guide: a substantive document, or one with a "Contributing" section. */
function contributionGuide(doc: DocumentInfo): Heading | undefined {
  const first = doc.outline?.headings[0];
  if (first && substantive(doc)) return first;
  return sectionIn(doc, (h) => /contribut/i.test(h.text), 60);
}

export const gv0301: Rule = {
  id: 'OSPS-GV-03.01',
  evaluate(facts: Facts): Outcome {
    const found: Evidence[] = [];
    const guide = documentsOf(facts.documents, 'contributing').find((d) => substantive(d));
    if (guide) found.push(fileEvidence(guide.path, 'contribution guide', 1));
    else {
      const section = findSectionIn(facts, ['readme', 'docs'], /contribut/i, 60);
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
  },
};

const DEFECT_HEADING = /\b(bugs?|defects?|issues?|problems?)\b.*\b(report|file|filing|submit|open)|\b(report|reporting|file|filing|submit|submitting|open|opening)\b.*\b(bugs?|defects?|issues?|problems?)\b|^bug reports?$|^issues?$/i;

const DEFECT_TEMPLATE = /bug|defect|problem|crash|regression|error|issue|broken/i;

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export const do0201: Rule = {
  id: 'OSPS-DO-02.01',
  evaluate(facts: Facts): Outcome {
    const templates = documentsOf(facts.documents, 'issue-template').filter((d) => !/\/config\.ya?ml$/i.test(d.path));
    // Judged by the template's own file name: every template sits under .github/ISSUE_TEMPLATE/, so
    // the folder says nothing, and a feature-request or proposal template is not a defect guide.
    const bug = templates.filter((d) => DEFECT_TEMPLATE.test(baseName(d.path)));
    if (bug.length > 0) return pass(capEvidence(bug.map((d) => fileEvidence(d.path, 'issue template for reporting defects', 1))));
    const section = findSectionIn(facts, ['contributing', 'readme', 'support', 'docs'], DEFECT_HEADING, 40);
    if (section) return pass([sectionEvidence(section, 'explains how to report defects')]);
    // GitHub uses the owner's default issue templates only when this repository has no
    // .github/ISSUE_TEMPLATE/ files at all (a config.yml alone counts as having some).
    const ownTemplateFiles = facts.files.some((f) => f.path.startsWith('.github/ISSUE_TEMPLATE/'));
    const inherited = ownTemplateFiles
      ? []
      : orgDefaults(facts, /^(\.github\/)?ISSUE_TEMPLATE\/[^/]+$/i, 'issue template').filter((d) => DEFECT_TEMPLATE.test(baseName(d.path)));
    if (inherited.length > 0) return pass(inherited.map((d) => d.evidence));
    const others = templates.slice(0, 5).map((d) => fileEvidence(d.path, 'issue template whose name does not say it is for reporting defects (bug, defect, problem, issue)', 1));
    return releaseGate(
      facts,
      templates.length > 0
        ? `no issue template for reporting defects under .github/ISSUE_TEMPLATE/ (${templates.length} other template(s)) and no section on reporting bugs in README, CONTRIBUTING or SUPPORT`
        : 'no issue templates under .github/ISSUE_TEMPLATE/ and no section on reporting bugs in README, CONTRIBUTING or SUPPORT',
      'Add a bug report template (.github/ISSUE_TEMPLATE/bug_report.yml) or a "Reporting bugs" section in CONTRIBUTING.md that says where and how to report a defect.',
      others,
    );
  },
};

export const COMMUNITY_RULES: readonly Rule[] = [gv0301, do0201];
