// OSPS-GV-01.02: Roles and responsibilities of members.
// A "Roles and responsibilities" (duties, contributor ladder, membership) section in GOVERNANCE,
// MAINTAINERS, CONTRIBUTING, docs/ or the README, or a governance document describing two or more
// roles under their own headings with a paragraph each. A Security Insights link that contradicts
// the tree fails; a document section passes; a declaration elsewhere is attested (decideDocs,
// helpers/documentation.ts). Otherwise fail.
import { type DocumentInfo, type DocumentRole, documentsOf } from '../facts/documents.ts';
import type { Heading } from '../facts/markdown.ts';
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { decideDocs, missingUnlessElsewhere, siDocs } from './helpers/documentation.ts';
import { fileEvidence } from './helpers/evidence.ts';
import { findProjectSection, headingIs, sectionEvidence, sectionIn } from './helpers/sections.ts';
import type { Outcome } from './types.ts';
import { ROLES, sectionAdvice } from '../model/advice.ts';
import { insightsFile } from './helpers/insights.ts';

const ROLES_HEADING = /\b(roles?|responsibilit\w*|duties|contributor ladder|membership( levels?)?|expectations)\b/i;

const ROLE_NAME_HEADING = /^(the )?(project )?(maintainers?|committers?|reviewers?|approvers?|members?|owners?|leads?|admins?|administrators?|steering committee|technical steering committee|tsc|core team|release managers?|security team|emeritus( maintainers?)?)$/i;

function rolesSection(doc: DocumentInfo): Heading | undefined {
  return sectionIn(doc, headingIs(ROLES_HEADING), 60) ?? (doc.role === 'governance' || doc.role === 'docs' ? roleNamesDescribed(doc) : undefined);
}

/** In a governance document, two or more role headings each with a paragraph: the roles are described. */
function roleNamesDescribed(doc: DocumentInfo): Heading | undefined {
  const described = (doc.outline?.headings ?? []).filter((h) => ROLE_NAME_HEADING.test(h.text) && h.ownChars >= 100 && !h.linkListOnly);
  return described.length >= 2 ? described[0] : undefined;
}

export const id = 'OSPS-GV-01.02';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  const found: Evidence[] = [];
  const roles: DocumentRole[] = ['governance', 'maintainers', 'contributing', 'docs', 'readme'];
  const section = findProjectSection(facts, roles, headingIs(ROLES_HEADING, /\bcode of conduct\b/i), 60);
  if (section) found.push(sectionEvidence(section, 'roles and responsibilities described'));
  else {
    for (const doc of documentsOf(facts.documents, 'governance')) {
      const h = roleNamesDescribed(doc);
      if (h) {
        found.push(fileEvidence(doc.path, `roles described: section "${h.text}" and others`, h.line));
        break;
      }
    }
  }
  const si = siDocs(facts, ['repository.documentation.governance'], 'governance document', rolesSection);
  const remediation = `${sectionAdvice(ROLES, 'describing each role (e.g. maintainer, reviewer, contributor), what it may do and what it is expected to do')}. Link it from repository.documentation.governance in ${insightsFile(facts)}.`;
  return decideDocs(found, si, 'repository.documentation.governance', () =>
    missingUnlessElsewhere(facts, 'governance', 'governance', 'Check that the governance document it links describes each role and its responsibilities', 'no section describing roles and responsibilities in GOVERNANCE, MAINTAINERS, CONTRIBUTING, the README or docs/', remediation),
  );
}
