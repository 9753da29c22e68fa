// Objective 3, Inspector: the project documents what it does and how it could be attacked, as a
// Gemara ThreatCatalog with the CapabilityCatalog it references or as a written self-assessment
// following the OpenSSF template, committed to the repository and referenced from Security
// Insights (repository.security.assessments.self). A Security Insights entry that says the
// assessment is not done wins over a file that looks done, and the mismatch is reported.
import type { Evidence } from '../model/evidence.ts';
import type { ObjectiveCheck, ObjectiveResult, ObjectiveStatus } from './types.ts';
import { completeThreatCatalogs, targetCovers } from '../facts/assessment/index.ts';
import type { AssessmentFacts, AssessmentFinding, GemaraCatalog, SelfAssessmentDocument } from '../facts/assessment/index.ts';

/**
 * What the Inspector needs to know about the Security Insights file itself. The entry
 * `repository.security.assessments.self` is analysed in gatherAssessment (AssessmentFacts.securityInsights);
 * this says only whether there is a file at all, so the advice can say "add the file" or "add the entry".
 */
export interface InspectorSecurityInsights {
  /** A Security Insights file was found in the repository. */
  present: boolean;
  /** Its path, for messages (default "security-insights.yml"). */
  path?: string;
  /** Set when the file exists but could not be read or parsed: what it says is unknown. */
  problem?: string;
  /** True for a schema 1.x file: it has no repository.security.assessments, and its fields are not read. */
  legacy?: boolean;
}

const TITLE = 'Inspector: threat model or security self-assessment';
const SI_FIELD = 'repository.security.assessments.self';
const MAX_EVIDENCE = 12;

const fileEvidence = (f: AssessmentFinding): Evidence => ({
  kind: 'file',
  ...(f.path !== undefined ? { path: f.path } : {}),
  ...(f.line !== undefined ? { line: f.line } : {}),
  ...(f.column !== undefined ? { column: f.column } : {}),
  detail: f.detail,
});

function sectionList(ids: string[], doc: SelfAssessmentDocument): string {
  return ids.map((id) => doc.sections.find((s) => s.id === id)?.title ?? id).join(', ');
}

/** One sentence telling what a self-assessment still needs. */
function docAdvice(doc: SelfAssessmentDocument): string {
  if (doc.unreadable) return `${doc.path} could not be read (${doc.unreadable}); make it a readable Markdown file`;
  const parts: string[] = [];
  const by = (state: string) => doc.requiredNotFilled.filter((id) => doc.sections.find((s) => s.id === id)?.state === state);
  const missing = by('missing');
  const empty = [...by('empty'), ...by('toc')];
  const template = by('template');
  if (missing.length) parts.push(`add sections ${sectionList(missing, doc)}`);
  if (empty.length) parts.push(`write the body of ${sectionList(empty, doc)}`);
  if (template.length) parts.push(`replace the template text in ${sectionList(template, doc)}`);
  if (doc.stage && ['incomplete', 'draft', 'obsolete'].includes(doc.stage.normalized)) parts.push(`update its stage (now ${JSON.stringify(doc.stage.value)}) once it is complete`);
  if (doc.stage?.normalized === 'placeholder') parts.push('fill in the Assessment Stage');
  return `complete ${doc.path}: ${parts.join('; ') || 'fill the sections of the OpenSSF self-assessment template'}`;
}

function catalogAdvice(t: GemaraCatalog, a: AssessmentFacts): string {
  const parts: string[] = [];
  if (!t.valid) parts.push(`fix ${t.errors.length} schema error${t.errors.length === 1 ? '' : 's'} (first: ${t.errors[0]?.detail ?? '?'})`);
  const refs = t.capabilityReferences ?? [];
  if (refs.length === 0) parts.push('reference the capabilities each threat affects');
  const missingCatalogs = (t.referencedCatalogs ?? []).filter((r) => r.catalogPath === null).map((r) => r.referenceId);
  if (missingCatalogs.length) parts.push(`commit the CapabilityCatalog ${missingCatalogs.map((m) => JSON.stringify(m)).join(', ')} it references`);
  const invalidCaps = a.gemara.capabilityCatalogs.filter((c) => !c.valid && refs.some((r) => r.catalogPath === c.path));
  for (const c of invalidCaps) parts.push(`fix ${c.path} (${c.errors[0]?.detail ?? 'invalid'})`);
  const unknownCaps = refs.filter((r) => r.catalogPath !== null && !r.found).map((r) => r.capabilityId);
  if (unknownCaps.length) parts.push(`define or correct the capabilities ${[...new Set(unknownCaps)].slice(0, 5).join(', ')}`);
  return `complete ${t.path}: ${parts.join('; ') || 'make it a valid ThreatCatalog with its CapabilityCatalog'}`;
}

export function evaluateInspector(a: AssessmentFacts, si: InspectorSecurityInsights): ObjectiveResult {
  const siPath = si.path ?? 'security-insights.yml';
  const checks: ObjectiveCheck[] = [];
  const missing: string[] = [];
  const ref = a.securityInsights;
  const completeCats = completeThreatCatalogs(a.gemara);
  const completeDocs = a.selfAssessments.filter((d) => d.looksComplete);
  const shapedDocs = a.selfAssessments.filter((d) => d.looksLikeSelfAssessment || d.foundBy.includes('security-insights'));
  const anyDocs = a.selfAssessments;
  const gemaraSeen = a.gemara.threatCatalogs.length > 0 || a.gemara.capabilityCatalogs.length > 0 || a.gemara.findings.length > 0;

  // 1. Gemara catalogs, when the project has any.
  if (gemaraSeen) {
    const evidence: Evidence[] = [];
    for (const t of completeCats) evidence.push({ kind: 'file', path: t.path, line: t.line, detail: `valid Gemara ThreatCatalog ${JSON.stringify(t.id ?? t.title ?? '')} with ${t.entryCount} threat(s), every capability reference resolved` });
    for (const t of a.gemara.threatCatalogs.filter((c) => !completeCats.includes(c))) {
      evidence.push({ kind: 'file', path: t.path, line: t.line, detail: `Gemara ThreatCatalog ${JSON.stringify(t.id ?? t.title ?? '')}: ${t.valid ? 'valid' : `${t.errors.length} schema error(s)`}` });
      for (const e of t.errors.slice(0, 3)) evidence.push(fileEvidence(e));
    }
    for (const c of a.gemara.capabilityCatalogs) {
      evidence.push({ kind: 'file', path: c.path, line: c.line, detail: `Gemara CapabilityCatalog ${JSON.stringify(c.id ?? c.title ?? '')} with ${c.entryCount} capabilities${c.valid ? '' : `, ${c.errors.length} schema error(s)`}` });
      for (const e of c.errors.slice(0, 3)) evidence.push(fileEvidence(e));
    }
    for (const f of a.gemara.findings) evidence.push(fileEvidence(f));
    const pass = completeCats.length > 0;
    const first = a.gemara.threatCatalogs[0];
    const advice = pass
      ? undefined
      : first
        ? catalogAdvice(first, a)
        : 'add the Gemara ThreatCatalog whose threats reference the capabilities in your CapabilityCatalog';
    checks.push({
      id: 'gemara-threat-catalog',
      title: 'Gemara ThreatCatalog with the CapabilityCatalog it references',
      status: pass ? 'pass' : 'fail',
      evidence: evidence.slice(0, MAX_EVIDENCE),
      ...(advice ? { missing: advice } : {}),
    });
  }

  // 2. Self-assessment documents, when the project has any.
  if (anyDocs.length > 0) {
    const evidence: Evidence[] = [];
    for (const d of anyDocs) {
      const filled = d.sections.filter((s) => s.required && s.state === 'filled').length;
      const required = d.sections.filter((s) => s.required).length;
      evidence.push({
        kind: 'file',
        path: d.path,
        detail: d.unreadable
          ? `self-assessment not read: ${d.unreadable}`
          : `self-assessment with ${filled} of ${required} required sections filled${d.stage ? `, stage ${JSON.stringify(d.stage.value)}` : ''}`,
      });
      for (const f of d.findings.filter((x) => x.severity !== 'info').slice(0, 6)) evidence.push(fileEvidence(f));
    }
    const pass = completeDocs.length > 0;
    const best = shapedDocs[0] ?? anyDocs[0];
    checks.push({
      id: 'self-assessment',
      title: 'Security self-assessment with every required section of the OpenSSF template filled',
      status: pass ? 'pass' : 'fail',
      evidence: evidence.slice(0, MAX_EVIDENCE),
      ...(pass ? {} : { missing: docAdvice(best) }),
    });
  }

  // 3. Either form, complete.
  const haveComplete = completeCats.length > 0 || completeDocs.length > 0;
  const docCheck: ObjectiveCheck = {
    id: 'assessment-document',
    title: 'A complete threat catalog or self-assessment is committed',
    status: haveComplete ? 'pass' : 'fail',
    evidence: haveComplete
      ? [
          ...completeCats.map((t): Evidence => ({ kind: 'file', path: t.path, line: t.line, detail: 'complete Gemara ThreatCatalog' })),
          ...completeDocs.map((d): Evidence => ({ kind: 'file', path: d.path, detail: 'self-assessment with every required section filled' })),
        ]
      : [{ kind: 'note', detail: gemaraSeen || anyDocs.length > 0 ? 'assessment documents were found but none is complete' : 'no Gemara ThreatCatalog and no self-assessment document found' }],
  };
  if (!haveComplete) {
    const advice =
      shapedDocs.length > 0
        ? docAdvice(shapedDocs[0])
        : a.gemara.threatCatalogs.length > 0
          ? catalogAdvice(a.gemara.threatCatalogs[0], a)
          : anyDocs.length > 0
            ? docAdvice(anyDocs[0])
            : 'commit a Gemara ThreatCatalog with the CapabilityCatalog it references, or a security self-assessment that follows the OpenSSF template (for example docs/security/self-assessment.md)';
    docCheck.missing = advice;
    missing.push(advice);
  }
  checks.push(docCheck);

  // 4. Referenced from Security Insights.
  const artefacts = [...a.selfAssessments.map((d) => d.path), ...a.gemara.threatCatalogs.map((t) => t.path), ...a.gemara.capabilityCatalogs.map((c) => c.path)];
  const completePaths = [...completeDocs.map((d) => d.path), ...completeCats.map((t) => t.path)];
  const bestPath = completePaths[0] ?? shapedDocs[0]?.path ?? a.gemara.threatCatalogs[0]?.path ?? anyDocs[0]?.path;
  const siEvidence: Evidence[] = ref
    ? [{ kind: 'security-insights', path: ref.path ?? siPath, ...(ref.line !== undefined ? { line: ref.line } : {}), ...(ref.column !== undefined ? { column: ref.column } : {}), detail: `${SI_FIELD}: evidence ${ref.value ? JSON.stringify(ref.value.slice(0, 200)) : 'not set'}${ref.comment ? `, comment ${JSON.stringify(ref.comment.slice(0, 120))}` : ''}` }]
    : [];
  const pointAt = bestPath ? ` pointing at ${bestPath}` : '';
  let refStatus: ObjectiveCheck['status'] = 'fail';
  let refMissing: string | undefined;
  let coversComplete = false;
  if (si.problem) {
    refStatus = 'unknown';
    siEvidence.push({ kind: 'note', detail: `${siPath} could not be read: ${si.problem}` });
    refMissing = `fix ${siPath} so that ${SI_FIELD} can be read`;
  } else if (!si.present) {
    siEvidence.push({ kind: 'note', detail: 'no Security Insights file found' });
    refMissing = `add security-insights.yml with ${SI_FIELD}${pointAt}`;
  } else if (!ref && si.legacy) {
    siEvidence.push({ kind: 'note', detail: `${siPath} is Security Insights schema 1.x, which has no ${SI_FIELD}; its fields are not read` });
    refMissing = `reference the assessment at ${SI_FIELD} in a Security Insights 2.x file (${siPath} is schema 1.x)${pointAt}`;
  } else if (!ref) {
    siEvidence.push({ kind: 'note', detail: `${siPath} has no ${SI_FIELD} entry` });
    refMissing = `reference the assessment from ${siPath} at ${SI_FIELD}${pointAt}`;
  } else if (ref.target.kind === 'none') {
    refMissing = `set evidence in ${siPath} at ${SI_FIELD}${pointAt}`;
  } else if (ref.target.kind === 'external') {
    siEvidence.push({ kind: 'note', detail: `the evidence points outside this repository: ${ref.target.url.slice(0, 200)}` });
    refMissing = `commit the assessment to this repository and point ${SI_FIELD} evidence at it${bestPath ? ` (${bestPath})` : ''}`;
  } else if (!ref.target.exists) {
    siEvidence.push({ kind: 'note', detail: `the evidence names ${ref.target.path}, which is not in the repository` });
    refMissing = `point ${SI_FIELD} evidence at a file that exists${bestPath ? ` (${bestPath})` : ''}`;
  } else {
    const covered = artefacts.filter((p) => targetCovers(ref, p));
    coversComplete = completePaths.some((p) => targetCovers(ref, p));
    if (covered.length > 0) {
      refStatus = 'pass';
      siEvidence.push({ kind: 'file', path: covered[0], detail: `${SI_FIELD} points at this assessment document` });
      if (!coversComplete && completePaths.length > 0) missing.push(`point ${SI_FIELD} evidence at the complete assessment ${completePaths[0]} instead of ${ref.target.path}`);
    } else {
      siEvidence.push({ kind: 'note', detail: `${ref.target.path} is neither a self-assessment nor a Gemara catalog` });
      refMissing = `point ${SI_FIELD} evidence at the assessment document${bestPath ? ` (${bestPath})` : ''}`;
    }
  }
  checks.push({ id: 'security-insights-reference', title: `Referenced from Security Insights ${SI_FIELD}`, status: refStatus, evidence: siEvidence, ...(refMissing ? { missing: refMissing } : {}) });
  if (refMissing) missing.push(refMissing);

  // 5. Security Insights and the repository agree.
  if (ref && !si.problem) {
    const m = a.mismatch;
    const consistent: ObjectiveCheck = {
      id: 'security-insights-consistent',
      title: 'Security Insights and the repository agree on whether the assessment is done',
      status: m ? 'fail' : 'pass',
      evidence: m
        ? [{ kind: 'security-insights', path: m.path ?? siPath, ...(m.line !== undefined ? { line: m.line } : {}), detail: m.detail }]
        : [{ kind: 'security-insights', path: ref.path ?? siPath, ...(ref.line !== undefined ? { line: ref.line } : {}), detail: ref.saysNotDone ? `says the assessment is not done (${JSON.stringify(ref.notDoneReason ?? '')}), and no complete assessment was found` : 'does not say the assessment is unfinished' }],
    };
    if (m) {
      consistent.missing = `update ${SI_FIELD} in ${siPath}: its comment says the assessment is not done (${JSON.stringify(ref.notDoneReason ?? '')}) while ${completePaths[0] ?? 'the document'} looks complete`;
      missing.push(consistent.missing);
    }
    checks.push(consistent);
  }

  const saysNotDone = ref?.saysNotDone === true;
  const anyEvidence = gemaraSeen || anyDocs.length > 0 || (ref !== null && ref.target.kind !== 'none' && !(ref.target.kind === 'local' && !ref.target.exists));
  let status: ObjectiveStatus;
  if (haveComplete && refStatus === 'pass' && coversComplete && !saysNotDone) status = 'met';
  else if (haveComplete && refStatus === 'unknown') status = 'unknown';
  else if (anyEvidence) status = 'partial';
  else status = 'unmet';
  return { id: 'inspector', title: TITLE, status, checks, missing: [...new Set(missing)] };
}
