// OSPS-AC-02.01: Least privilege for new collaborators.
// GitHub asks for a role when someone invites a collaborator to an organization repository, but the
// organization's base permission (which every member gets) may be write or admin, and on a personal
// repository every collaborator gets write access. Neither is visible without an owner's token, so
// the rule never passes on assumption: a documented access policy (a section about least privilege,
// access control, or collaborator permissions/roles, or one on onboarding collaborators whose prose
// speaks of the access, team or role given, or a role's privileges in a contributor ladder that say which
// access it is granted) makes it attested; otherwise unknown.
import type { Facts } from '../facts/types.ts';
import type { Heading } from '../facts/markdown.ts';
import { findProjectSection, sectionEvidence } from './helpers/sections.ts';
import { attested, type Outcome, unknown } from './types.ts';

const ACCESS_HEADING =
  /least[- ]privilege|access (control|management|policy|levels?|rights)|(collaborators?|contributors?|maintainers?|members?|committers?|repository|repo)\b.{0,20}\b(access|permissions?|privileges?|roles?)\b|\b(permissions?|privileges?)\b.{0,20}\b(model|policy|levels?|collaborators?|maintainers?)|granting (access|permissions?)|becoming a (maintainer|committer)/i;

/**
 * How a new collaborator is brought in (fastify's CONTRIBUTING "Onboarding Collaborators": "an admin
 * can add the new member to the npm org and the GitHub Team"): an access policy when its prose speaks
 * of the access, team or role given.
 */
const ONBOARDING_HEADING = /\bonboarding\b|\b(?:adding|add|inviting|new) (?:new )?(?:collaborators?|maintainers?|members?|committers?|team members?)\b|\bbecoming an? (?:collaborator|member|team member)\b/i;
const ACCESS_WORD = /\b(?:teams?|roles?|permissions?|access|admins?|administrators?|privileges?|rights)\b/i;

/**
 * A role's privileges in a contributor ladder (Kubernetes' community-membership.md, etcd's: "Member
 * responsibilities and privileges": 'Granted "triage access"'): an access policy when its prose says
 * what access the role is granted.
 */
const ROLE_PRIVILEGES_HEADING = /\b(?:members?|reviewers?|approvers?|maintainers?|committers?|collaborators?|contributors?)\b.{0,40}\bprivileges?\b/i;
const ACCESS_GRANTED = /\b(?:granted|given|gets?|receives?)\b[^.\n]{0,40}\b(?:access|permissions?|rights|role)\b/i;

function accessHeading(h: Heading): boolean {
  if (ACCESS_HEADING.test(h.text)) return true;
  if (ROLE_PRIVILEGES_HEADING.test(h.text) && ACCESS_GRANTED.test(h.body)) return true;
  return ONBOARDING_HEADING.test(h.text) && ACCESS_WORD.test(h.body);
}

export const id = 'OSPS-AC-02.01';

export function evaluate(facts: Facts): Outcome {
  const hit = findProjectSection(facts, ['governance', 'security', 'contributing', 'maintainers', 'docs', 'readme'], accessHeading, 60);
  const remediation =
    'Set the organization\'s base permission to "Read" (or "No permission") so new collaborators get only the role chosen for them, and document in GOVERNANCE.md how access is granted (least privilege, who approves higher roles).';
  if (hit)
    return attested(
      [
        sectionEvidence(hit, 'the project documents how collaborator access is granted'),
        { kind: 'note', detail: 'the organization\'s base permission cannot be read with a repository token; the documented policy is the project\'s statement' },
      ],
      'Keep the organization base permission at "Read" or lower.',
    );
  return unknown(
    'GitHub asks for a role when a collaborator is invited to an organization repository, but the organization\'s base permission (and, for personal repositories, the fixed write access of collaborators) cannot be read without an owner\'s token; no section of GOVERNANCE, SECURITY, CONTRIBUTING or docs/ documents how access is granted',
    remediation,
  );
}
