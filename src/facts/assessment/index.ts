// The Inspector objective's facts: Gemara catalogs, written self-assessments, and what Security
// Insights says about them. Gathered once from the snapshot; plain JSON data.
import type { RepoSnapshot } from '../snapshot.ts';
import { gatherGemara, quote } from './gemara.ts';
import { gatherSelfAssessments } from './self-assessment.ts';
import { analyzeSelfRef } from './si-ref.ts';
import type { AssessmentFacts, GatherAssessmentOptions, GemaraCatalog, GemaraFacts, SecurityInsightsSelfRef, SelfAssessmentDocument } from './types.ts';

export type * from './types.ts';
export { GEMARA_SCHEMA_VERSION, validateGemaraText } from './gemara.ts';
export { analyzeSelfAssessment, SECTIONS } from './self-assessment.ts';
export { notDonePhrase } from './si-ref.ts';

const MD = /\.(md|markdown|mdx)$/i;
const DATA = /\.(ya?ml|json)$/i;

/**
 * Threat catalogs that meet the objective's Gemara form: valid, with at least one capability
 * reference, and every reference resolved to a valid CapabilityCatalog that defines it.
 */
export function completeThreatCatalogs(g: GemaraFacts): GemaraCatalog[] {
  const validCaps = new Set(g.capabilityCatalogs.filter((c) => c.valid).map((c) => c.path));
  return g.threatCatalogs.filter((t) => {
    const refs = t.capabilityReferences ?? [];
    return t.valid && refs.length > 0 && refs.every((r) => r.found && r.catalogPath !== null && validCaps.has(r.catalogPath));
  });
}

/** Whether a Security Insights target (a file or a directory) covers a given repository path. */
export function targetCovers(si: SecurityInsightsSelfRef | null, path: string): boolean {
  if (!si || si.target.kind !== 'local' || !si.target.exists) return false;
  if (si.target.directory) return si.target.path === '' || path.startsWith(si.target.path + '/');
  return si.target.path === path;
}

export function gatherAssessment(snapshot: RepoSnapshot, options: GatherAssessmentOptions = {}): AssessmentFacts {
  const si = options.selfAssessmentRef ? analyzeSelfRef(snapshot, options.selfAssessmentRef, options.repositoryUrl) : null;
  const siPaths: string[] = [];
  const siData: string[] = [];
  if (si && si.target.kind === 'local' && si.target.exists) {
    if (si.target.directory) {
      const prefix = si.target.path === '' ? '' : si.target.path + '/';
      for (const f of snapshot.files) {
        if (!f.path.startsWith(prefix)) continue;
        const rest = f.path.slice(prefix.length);
        if (rest.includes('/')) continue;
        if (MD.test(rest) && /^(readme|index)\./i.test(rest)) siPaths.push(f.path);
        if (DATA.test(rest)) siData.push(f.path);
      }
    } else if (MD.test(si.target.path)) siPaths.push(si.target.path);
    else if (DATA.test(si.target.path)) siData.push(si.target.path);
  }
  const gemara = gatherGemara(snapshot, { extraPaths: siData, repositoryUrl: options.repositoryUrl });
  const selfAssessments = gatherSelfAssessments(snapshot, siPaths);
  return { gemara, selfAssessments, securityInsights: si, mismatch: findMismatch(si, gemara, selfAssessments) };
}

function findMismatch(si: SecurityInsightsSelfRef | null, gemara: GemaraFacts, docs: SelfAssessmentDocument[]): AssessmentFacts['mismatch'] {
  if (!si || !si.saysNotDone) return null;
  const doneDoc = docs.find((d) => d.looksComplete);
  const doneCatalog = completeThreatCatalogs(gemara)[0];
  const done = doneDoc?.path ?? doneCatalog?.path;
  if (!done) return null;
  return {
    severity: 'error',
    path: si.path,
    line: si.line,
    column: si.column,
    detail: `Security Insights repository.security.assessments.self says the assessment is not done (${quote(si.notDoneReason ?? '')}), but ${done} looks complete; Security Insights wins until it is updated`,
  };
}
