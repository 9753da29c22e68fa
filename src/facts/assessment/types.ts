// Facts about the project's own security assessment (the Inspector objective): Gemara threat and
// capability catalogs, written self-assessments following the OpenSSF template, and what the
// Security Insights entry `repository.security.assessments.self` says. Plain JSON data only.

export type FindingSeverity = 'error' | 'warning' | 'info';

/** One thing seen about an assessment artefact, with where it was seen. */
export interface AssessmentFinding {
  severity: FindingSeverity;
  /** Repository-relative path of the file the finding is about. */
  path?: string;
  line?: number;
  column?: number;
  /** One sentence; text from the repository is quoted and shortened. */
  detail: string;
}

export type GemaraKind = 'ThreatCatalog' | 'CapabilityCatalog';

/** A reference from one threat to one capability: threats[].capabilities[].entries[]. */
export interface CapabilityReference {
  threatId: string;
  /** threats[].capabilities[].reference-id: the id of a metadata.mapping-references entry. */
  referenceId: string;
  /** threats[].capabilities[].entries[].reference-id: the capability id. */
  capabilityId: string;
  line?: number;
  /** Path of the CapabilityCatalog this resolved to, or null when no catalog in the repository matches. */
  catalogPath: string | null;
  /** True when the catalog was found and defines this capability. */
  found: boolean;
}

export interface GemaraCatalog {
  path: string;
  kind: GemaraKind;
  /** metadata.id, when it is a string. */
  id: string | null;
  title: string | null;
  /** Line of metadata.type (or of the top-level list that made us recognise it). */
  line?: number;
  /** True when the file passes our JSON Schema and the cross-reference checks the CUE makes. */
  valid: boolean;
  /** Schema and cross-reference problems, at most MAX_ERRORS, with lines where known. */
  errors: AssessmentFinding[];
  /**
   * A ThreatCatalog in the layout of Gemara before v1: what says so (capabilities and imported
   * lists inside the threat catalog, no metadata.type or gemara-version). Absent otherwise.
   */
  olderGemara?: string;
  /** Number of threats (ThreatCatalog) or capabilities (CapabilityCatalog). */
  entryCount: number;
  /** Capability ids a CapabilityCatalog defines (capped). */
  capabilityIds?: string[];
  /** Threat catalogs: every capability reference and how it resolved (capped). */
  capabilityReferences?: CapabilityReference[];
  /** Threat catalogs: the mapping-references used by threats' capabilities and where they led. */
  referencedCatalogs?: { referenceId: string; catalogPath: string | null; url?: string }[];
}

export interface GemaraFacts {
  threatCatalogs: GemaraCatalog[];
  capabilityCatalogs: GemaraCatalog[];
  /** Problems outside one catalog's own validity: unresolved references, unreadable or malformed files. */
  findings: AssessmentFinding[];
  /** Files whose content was parsed looking for catalogs. */
  filesParsed: number;
  /** True when the candidate list was cut at the cap. */
  truncated: boolean;
}

export type SectionState =
  /** Heading present and its body has prose of the project's own. */
  | 'filled'
  /** No heading for this section. */
  | 'missing'
  /** Heading present, body empty or too short to say anything. */
  | 'empty'
  /** Heading present, body is only a list of links (a table of contents). */
  | 'toc'
  /** Heading present, body is the template's instruction text copied nearly verbatim. */
  | 'template';

export interface SectionFacts {
  id: string;
  title: string;
  required: boolean;
  state: SectionState;
  /** Heading text as written, when present. */
  heading?: string;
  line?: number;
  /** Non-blank characters of the body that are the project's own (template text excluded). */
  ownChars: number;
}

export type AssessmentStage = 'complete' | 'incomplete' | 'draft' | 'in-review' | 'obsolete' | 'placeholder' | 'other';

export interface SelfAssessmentDocument {
  path: string;
  /** How it was found: by its file name, or because Security Insights points at it. */
  foundBy: ('name' | 'security-insights')[];
  /** Why the file could not be read (too large, symlink out of the repository...). */
  unreadable?: string;
  /** What the document says its stage is, when it says. */
  stage: { value: string; normalized: AssessmentStage; line: number } | null;
  sections: SectionFacts[];
  /** Ids of required sections that are not filled, in template order. */
  requiredNotFilled: string[];
  /** At least a few template section headings are present: it is shaped like a self-assessment. */
  looksLikeSelfAssessment: boolean;
  /** Every required section filled, and the document does not call itself incomplete or obsolete. */
  looksComplete: boolean;
  findings: AssessmentFinding[];
}

export type RefTarget =
  | { kind: 'local'; path: string; exists: boolean; directory?: boolean }
  | { kind: 'external'; url: string }
  | { kind: 'none' };

/** What `repository.security.assessments.self` says, as analysed here. */
export interface SecurityInsightsSelfRef {
  /** The evidence URL or path as written ('' when the entry has none). */
  value: string;
  comment?: string;
  name?: string;
  date?: string;
  /** Where the entry is in the Security Insights file. */
  path?: string;
  line?: number;
  column?: number;
  target: RefTarget;
  /** The entry says the assessment is not done (comment like "not yet completed", "TODO", "none"). */
  saysNotDone: boolean;
  /** The words that made us read it as "not done". */
  notDoneReason?: string;
}

export interface AssessmentFacts {
  gemara: GemaraFacts;
  selfAssessments: SelfAssessmentDocument[];
  /** Null when the caller passed no Security Insights self entry. */
  securityInsights: SecurityInsightsSelfRef | null;
  /**
   * Security Insights says the assessment is not done while a document in the repository looks
   * done. Security Insights wins; this records the disagreement.
   */
  mismatch: AssessmentFinding | null;
}

/** The Security Insights entry, as the caller read it from `repository.security.assessments.self`. */
export interface SelfAssessmentRefInput {
  /** The entry's `evidence` URL (or a path); '' when the entry has no evidence. */
  value: string;
  comment?: string;
  name?: string;
  date?: string;
  /** Location of the entry in the Security Insights file, for evidence. */
  path?: string;
  line?: number;
  column?: number;
}

export interface GatherAssessmentOptions {
  selfAssessmentRef?: SelfAssessmentRefInput;
  /** https://github.com/<owner>/<repo> of the repository under evaluation, to map blob URLs to paths. */
  repositoryUrl?: string;
}
