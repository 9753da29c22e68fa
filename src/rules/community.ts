// First documentation checks: how to contribute (OSPS-GV-03.01), how to report defects
// (OSPS-DO-02.01), who the security contacts are (OSPS-VM-02.01).
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

const ADVISORY_LINK = /\/security\/advisories(\/new)?\/?$|\/security\/policy/i;
const CONTACT_HEADING = /contact|report(ing)? (a )?(security|vulnerabilit)|security (team|contacts?|response)|disclos/i;

export const vm0201: Rule = {
  id: 'OSPS-VM-02.01',
  evaluate(facts: Facts): Outcome {
    const policies = documentsOf(facts.documents, 'security');
    const contacts: Evidence[] = [];
    for (const doc of policies) {
      const o = doc.outline;
      if (!o) continue;
      for (const e of o.emails) contacts.push(fileEvidence(doc.path, `security contact e-mail address ${e.address}`, e.line, e.column));
      for (const l of o.links) {
        if (l.target.startsWith('mailto:')) continue; // counted as an e-mail above
        if (ADVISORY_LINK.test(l.target)) contacts.push(fileEvidence(doc.path, 'link to private vulnerability reporting', l.line, l.column));
      }
    }
    if (contacts.length > 0) return pass(capEvidence(dedupe(contacts)));
    const section = findSectionIn(facts, ['security'], CONTACT_HEADING, 60);
    if (section) return pass([sectionEvidence(section, 'security contact section')]);
    const evidence: Evidence[] = policies.length > 0
      ? policies.map((d) => fileEvidence(d.path, d.unreadable ? `security policy cannot be read (${d.unreadable})` : 'security policy names no contact: no e-mail address or reporting link', 1))
      : [{ kind: 'note', detail: 'no SECURITY.md at the root, in .github/ or in docs/' }];
    return fail(evidence, 'Add SECURITY.md naming who to contact about vulnerabilities: a security e-mail address, or a link to the repository\'s private vulnerability reporting form.');
  },
};

function dedupe(items: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return items.filter((e) => {
    const k = `${e.path}:${e.line}:${e.detail}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
