// Security Insights fact module: public API.
export type { Candidate, Diagnostic, GatherOptions, ParentFacts, ParentState, PlaceholderField, Position, SecurityInsightsFacts, SecurityInsightsFile, Severity } from './types.ts';
export { gatherSecurityInsights, MAX_PARENT_BYTES } from './gather.ts';
export { siField, siEvidence, parseFieldPath } from './field.ts';
export type { SiField } from './field.ts';
export { SI_BASELINE_MAP, fieldsForRequirement } from './baseline-map.ts';
export type { BaselineMapping } from './baseline-map.ts';
export { CURRENT_VERSION, KNOWN_VERSIONS } from './schema.ts';
export { draftSecurityInsights, writeDraft, SCANNERS } from './init.ts';
export type { Draft, DraftFacts, WriteResult } from './init.ts';
