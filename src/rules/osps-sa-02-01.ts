// OSPS-SA-02.01: Descriptions of the external interfaces of released assets.
// An OpenAPI/AsyncAPI description, interface documentation under docs/ (api, reference, cli, usage,
// ...), or an API/Usage/CLI/Reference section in the README or docs/ (not questions and answers);
// whether every interface is described is left to a reviewer. Design documentation declared in
// Security Insights is attested. Applies once the project has made a release: evidence found passes
// whatever the release state; without evidence the release state decides between fail,
// not-applicable and unknown (releaseGated, helpers/release.ts).
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { dedupe, docsNamed, sectionsIn } from './helpers/assessment.ts';
import { capEvidence, fileEvidence } from './helpers/evidence.ts';
import { declaration } from './helpers/insights.ts';
import { releaseGated } from './helpers/release.ts';
import { sectionEvidence } from './helpers/sections.ts';
import { attested, type Outcome, pass } from './types.ts';

const INTERFACE_HEADING = /\b(api|apis|interfaces?|usage|command[- ]line|cli|commands|inputs|outputs|endpoints|(configuration |cli |api |command )?reference|options|flags|arguments|sdk|protocol|webhooks?)\b/i;

const INTERFACE_PATH = /(^|\/)(api|apis|reference|usage|cli|commands|interfaces?|endpoints|sdk|protocol)([-_.][^/]*)?(\/|\.(md|markdown|mdx|rst)$)/i;

const NOT_INTERFACE = /\?|\bquestions?\b|\bfaq\b|troubleshoot|known issues/i;

const INTERFACE_SPEC = /(^|\/)[^/]*(openapi|swagger|asyncapi)[^/]*\.(ya?ml|json)$/i;

export const id = 'OSPS-SA-02.01';

export function evaluate(facts: Facts): Outcome {
  const evidence: Evidence[] = [];
  for (const f of facts.files) {
    if (f.kind !== 'submodule' && INTERFACE_SPEC.test(f.path) && !/(^|\/)(node_modules|vendor|third_party|testdata|fixtures?)\//i.test(f.path))
      evidence.push(fileEvidence(f.path, 'machine-readable interface description (OpenAPI/AsyncAPI)', 1));
  }
  for (const d of docsNamed(facts, INTERFACE_PATH)) evidence.push(fileEvidence(d.path, 'interface documentation', 1));
  for (const hit of sectionsIn(facts, ['readme', 'docs'], INTERFACE_HEADING)) {
    // Questions and answers about usage are not a description of the interface.
    if (NOT_INTERFACE.test(hit.heading.text) || /(^|\/)faq[^/]*$/i.test(hit.doc.path)) continue;
    evidence.push(sectionEvidence(hit, 'describes an external interface'));
  }
  if (evidence.length > 0) {
    evidence.push({ kind: 'note', detail: 'whether every external interface of the released assets is described is for a reviewer to confirm' });
    return pass(capEvidence(dedupe(evidence)));
  }
  const si = declaration(facts, 'project.documentation.design', 'design documentation');
  if (si.state === 'in-repo' || si.state === 'declared')
    return attested([si.evidence], 'Describe every external interface (API, command line, inputs and outputs, file formats) in the repository, for example a "Usage" or "API" section in the README or docs/api.md.');
  const seen: Evidence[] = [{ kind: 'note', detail: 'no description of external interfaces found: no API/Usage/CLI/Reference section in the README or docs/, no docs/api or docs/reference document, no OpenAPI or AsyncAPI file' }];
  return releaseGated(facts, seen, 'Document every external interface of the released software (APIs, command line, inputs and outputs, data formats): a "Usage" or "API" section in the README, or docs/api.md / docs/reference.md.');
}
