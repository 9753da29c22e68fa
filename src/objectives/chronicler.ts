// Objective 2, Chronicler: the documentation the Baseline requires at the project's level (the
// OSPS-DO family plus the documents other families require: contribution guide OSPS-GV-03,
// disclosure policy and contacts OSPS-VM-01/02/03, governance OSPS-GV-01 at Level 2+), each linked
// from Security Insights where the schema has a field for it.
//
// One check per requirement: the document is there (the control passes, is not applicable, or is
// attested with a link) and, when Security Insights has a field for it, that field links it.
import { requirementsAt, type Level } from '../catalog/catalog.ts';
import type { Facts } from '../facts/types.ts';
import type { ControlResult } from '../model/control.ts';
import { declaration, type Declaration } from '../rules/helpers/insights.ts';
import type { Evidence } from '../model/evidence.ts';
import { controlMap, satisfaction } from './helpers.ts';
import type { CheckAction, ObjectiveCheck, ObjectiveResult, ObjectiveStatus } from './types.ts';

/** Which requirements are documentation requirements for Chronicler. */
export function isChroniclerRequirement(id: string): boolean {
  return /^OSPS-(DO-\d\d|GV-0[13]|VM-0[123])\.\d\d$/.test(id);
}

export interface DocSpec {
  /** What document to add, in words. */
  document: string;
  /** Suggested file. */
  file?: string;
  /** Security Insights fields that link it; the first is the one to suggest. Empty: the schema has none. */
  fields: string[];
}

/** The document each requirement asks for and the Security Insights field that links it (schema 2.x). */
export const DOC_SPECS: Record<string, DocSpec> = {
  'OSPS-DO-01.01': { document: 'a user guide covering the basic functionality', file: 'docs/user-guide.md', fields: ['project.documentation.detailed-guide', 'project.documentation.quickstart-guide'] },
  'OSPS-DO-02.01': { document: 'a guide to reporting defects (a bug report template or a "Reporting bugs" section)', file: '.github/ISSUE_TEMPLATE/bug_report.yml', fields: [] },
  'OSPS-DO-03.01': { document: 'instructions for verifying the integrity and authenticity of releases', file: 'docs/verify-release.md', fields: ['project.documentation.signature-verification'] },
  'OSPS-DO-03.02': { document: 'instructions for verifying who or what produced a release (provenance)', file: 'docs/verify-release.md', fields: ['project.documentation.signature-verification'] },
  'OSPS-DO-04.01': { document: 'a support policy stating the scope and duration of support per release', file: 'SUPPORT.md', fields: ['project.documentation.support-policy'] },
  'OSPS-DO-05.01': { document: 'a statement of when releases stop receiving security updates (end of life)', file: 'SUPPORT.md', fields: ['project.documentation.support-policy'] },
  'OSPS-DO-06.01': { document: 'a dependency management policy (how dependencies are selected, obtained and tracked)', file: 'docs/dependencies.md', fields: ['repository.documentation.dependency-management-policy'] },
  'OSPS-DO-07.01': { document: 'instructions for building the software from source', file: 'CONTRIBUTING.md', fields: [] },
  'OSPS-GV-01.01': { document: 'a list of members with access to sensitive resources', file: 'GOVERNANCE.md', fields: ['repository.documentation.governance'] },
  'OSPS-GV-01.02': { document: 'a description of the roles and responsibilities of members', file: 'GOVERNANCE.md', fields: ['repository.documentation.governance'] },
  'OSPS-GV-03.01': { document: 'a contribution guide explaining the contribution process', file: 'CONTRIBUTING.md', fields: ['repository.documentation.contributing-guide'] },
  'OSPS-GV-03.02': { document: 'a contributor guide setting requirements for acceptable contributions', file: 'CONTRIBUTING.md', fields: ['repository.documentation.contributing-guide'] },
  'OSPS-VM-01.01': { document: 'a coordinated disclosure policy that states a response time', file: 'SECURITY.md', fields: ['project.vulnerability-reporting.policy', 'repository.documentation.security-policy'] },
  'OSPS-VM-02.01': { document: 'the security contacts', file: 'SECURITY.md', fields: ['repository.documentation.security-policy', 'project.vulnerability-reporting.policy', 'project.vulnerability-reporting.contact'] },
  'OSPS-VM-03.01': { document: 'how to report vulnerabilities privately to the security contacts', file: 'SECURITY.md', fields: ['project.vulnerability-reporting.policy', 'repository.documentation.security-policy'] },
};

export interface ChroniclerEvaluation {
  result: ObjectiveResult;
  actions: CheckAction[];
}

const MAX_EVIDENCE = 5;

function linkState(facts: Facts, spec: DocSpec, id: string): { linked: Declaration | null; problem: Declaration | null; unknown: Declaration | null } {
  let problem: Declaration | null = null;
  let unknown: Declaration | null = null;
  for (const field of spec.fields) {
    const d = declaration(facts, field, `${id} document`);
    if (d.state === 'in-repo' || d.state === 'declared') return { linked: d, problem: null, unknown: null };
    if ((d.state === 'broken-link' || d.state === 'negative') && !problem) problem = d;
    if (d.state === 'unknown' && !unknown) unknown = d;
  }
  return { linked: null, problem, unknown };
}

export function evaluateChroniclerDetailed(facts: Facts, controls: readonly ControlResult[], level: Level): ChroniclerEvaluation {
  const byId = controlMap(controls);
  const ids = requirementsAt(level)
    .map((r) => r.id)
    .filter(isChroniclerRequirement);
  const si = facts.securityInsights;
  const siUsable = si.file !== null && !si.file.legacy;
  const siPath = si.file?.path ?? 'security-insights.yml';
  const checks: ObjectiveCheck[] = [];
  const actions: CheckAction[] = [];
  let okDocs = 0;

  for (const id of ids) {
    const c = byId.get(id);
    const spec = DOC_SPECS[id] ?? { document: `the documentation ${id} asks for`, fields: [] };
    const s = satisfaction(c);
    const title = `${id}: ${c?.title ?? spec.document}`;
    const evidence: Evidence[] = (c?.evidence ?? []).slice(0, MAX_EVIDENCE);
    const field = spec.fields[0];
    // A schema 1.x file has none of the 2.x fields: the link goes in a 2.x file, as for a document already there.
    const fieldText = field ? ` and link it from \`${field}\` in ${si.file?.legacy ? `a Security Insights 2.x file (${siPath} is schema 1.x)` : siPath}` : '';
    if (s.state === 'fail' || s.state === 'missing' || s.state === 'weak-attestation') {
      const why =
        s.state === 'weak-attestation'
          ? `${id} is only declared; add ${spec.document}${spec.file ? ` (e.g. ${spec.file})` : ''}${field ? ` and set \`${field}\` to its URL` : ''}`
          : `add ${spec.document}${spec.file ? ` (e.g. ${spec.file})` : ''}${fieldText}`;
      if (s.state === 'missing') evidence.push({ kind: 'note', detail: `${id} is not in the result` });
      checks.push({ id, title, status: 'fail', evidence, missing: why });
      actions.push({ checkId: id, text: why, requirement: id, ...(field ? { field } : {}), ...(spec.file ? { file: spec.file } : {}) });
      continue;
    }
    if (s.state === 'unknown') {
      // Not observable here, but Security Insights links the document: that is an attestation with a link.
      const siLink = siUsable && spec.fields.length > 0 ? linkState(facts, spec, id).linked : null;
      if (siLink && (siLink.state === 'in-repo' || siLink.state === 'declared')) {
        okDocs++;
        checks.push({ id, title, status: 'pass', evidence: [...evidence.slice(0, MAX_EVIDENCE - 1), siLink.evidence] });
        continue;
      }
      const why = c?.evidence.find((e) => e.kind === 'note')?.detail ?? 'could not be observed';
      const text = `${id} could not be decided (${why}); make sure ${spec.document} exists${fieldText}`;
      checks.push({ id, title, status: 'unknown', evidence, missing: text });
      actions.push({ checkId: id, text, requirement: id, ...(field ? { field } : {}), ...(spec.file ? { file: spec.file } : {}) });
      continue;
    }
    okDocs++;
    if (s.how === 'not-applicable' || spec.fields.length === 0) {
      checks.push({ id, title, status: 'pass', evidence });
      continue;
    }
    // The document is there: is it linked from Security Insights?
    const where = s.how === 'attested' ? s.link : documentPath(c);
    const link = siUsable ? linkState(facts, spec, id) : null;
    if (link?.linked) {
      const ev = link.linked.state === 'in-repo' || link.linked.state === 'declared' ? link.linked.evidence : undefined;
      checks.push({ id, title, status: 'pass', evidence: ev ? [...evidence.slice(0, MAX_EVIDENCE - 1), ev] : evidence });
      continue;
    }
    if (link?.unknown && !link.problem) {
      const reason = link.unknown.state === 'unknown' ? link.unknown.reason : '';
      const text = `make the Security Insights parent file readable so \`${field}\` can be read (${reason})`;
      checks.push({ id, title, status: 'unknown', evidence: [...evidence, { kind: 'note', detail: reason }], missing: text });
      actions.push({ checkId: id, text, requirement: id, field });
      continue;
    }
    let text: string;
    if (!si.file) text = `add ${siPath} and link ${where ?? spec.document} from \`${field}\``;
    else if (si.file.legacy) text = `link ${where ?? spec.document} from \`${field}\` in a Security Insights 2.x file (${si.file.path} is schema 1.x)`;
    else if (link?.problem && (link.problem.state === 'broken-link' || link.problem.state === 'negative')) {
      evidence.push(link.problem.evidence);
      text =
        link.problem.state === 'broken-link'
          ? `${siPath} links ${id}'s document to ${link.problem.target}, which is not in the repository, while ${where ?? 'the document'} is; point \`${field}\` at ${where ?? 'it'}`
          : `${siPath} says there is no such document while ${where ?? 'one'} exists; set \`${field}\` to ${where ?? 'its URL'}`;
    } else text = `link ${where ?? spec.document} from \`${field}\` in ${siPath}`;
    checks.push({ id, title, status: 'fail', evidence, missing: text });
    actions.push({ checkId: id, text, requirement: id, field, file: siPath });
  }

  const fails = checks.filter((c) => c.status === 'fail');
  const unknowns = checks.filter((c) => c.status === 'unknown');
  let status: ObjectiveStatus;
  if (fails.length === 0 && unknowns.length === 0) status = 'met';
  else if (fails.length === 0) status = 'unknown';
  else if (okDocs === 0) status = 'unmet';
  else status = 'partial';
  const missing = [...fails, ...unknowns].map((c) => c.missing as string);
  return { result: { id: 'chronicler', title: 'Chronicler: the documentation the Baseline requires, linked from Security Insights', status, checks, missing }, actions };
}

/** The document a passing control points at (its first file evidence). */
function documentPath(c: ControlResult | undefined): string | undefined {
  return c?.evidence.find((e) => e.kind === 'file' && e.path)?.path;
}

export function evaluateChronicler(facts: Facts, controls: readonly ControlResult[], level: Level): ObjectiveResult {
  return evaluateChroniclerDetailed(facts, controls, level).result;
}
