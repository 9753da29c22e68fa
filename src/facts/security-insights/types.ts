// Plain, JSON-serialisable facts about the repository's Security Insights file.

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  message: string;
  /** Repository-relative path of the file, or the URL of a fetched parent file. */
  path: string;
  /** 1-based; 0 when the problem has no position (e.g. the file cannot be read). */
  line: number;
  column: number;
  /** Dot path of the field, e.g. "project.vulnerability-reporting.contact". */
  field?: string;
}

export interface Position {
  line: number;
  column: number;
}

export interface SecurityInsightsFile {
  path: string;
  /** header.schema-version as written, or null when absent or not a string. */
  schemaVersion: string | null;
  /** True for a schema 1.x file (SECURITY-INSIGHTS.yml of 2023). */
  legacy: boolean;
  /** True when the file parses and meets the current 2.x schema (as `cue vet` applies it). */
  valid: boolean;
  atRoot: boolean;
  /** True when the name is the one the specification gives (security-insights.yml, or .yaml). */
  nameIsStandard: boolean;
}

export interface Candidate {
  path: string;
  used: boolean;
  why: string;
}

export type ParentState = 'loaded' | 'not-followed' | 'error';

export interface ParentFacts {
  url: string;
  state: ParentState;
  /** Why the parent was not followed or failed to load; absent when loaded. */
  reason?: string;
  /** The parent's parsed document, when loaded. */
  data?: unknown;
  /** Positions in the parent file, when loaded. */
  positions?: Record<string, Position>;
  /** True when the parent meets the schema. */
  valid?: boolean;
}

/** A field whose value is a placeholder (TODO-…, https://TODO-….example, you@example.com) or empty where the schema requires a value. */
export interface PlaceholderField {
  /** Dot path, e.g. "project.administrators[0].name". */
  field: string;
  line: number;
  column: number;
  /** Why it is a placeholder, in words. */
  reason: string;
}

export interface SecurityInsightsFacts {
  file: SecurityInsightsFile | null;
  candidates: Candidate[];
  diagnostics: Diagnostic[];
  /** The parsed document, or null. */
  data: unknown;
  /** Dot path → position of the key (map entries) or of the item (sequence entries). '' is the document. */
  positions: Record<string, Position>;
  /** Set when header.project-si-source names a parent file. */
  parent: ParentFacts | null;
  /**
   * Set when project-level fields cannot be known: a child file whose parent was not loaded.
   * Rules report project-level fields as unknown with this reason.
   */
  projectUnknownReason: string | null;
  /**
   * Fields of the file (not of a parent) whose values are placeholders, in document order. Each also
   * has a warning diagnostic; `siField` never returns a placeholder value, so nothing passes on one.
   */
  placeholders: PlaceholderField[];
}

export interface GatherOptions {
  offline: boolean;
  /** "Today", for date checks; defaults to the current time. */
  now?: Date;
  /** Fetches a URL as text; only used when online and for HTTPS URLs. */
  fetchText?: (url: string) => Promise<string>;
  /** Time limit for fetching the parent file, in milliseconds (default 10 s). */
  fetchTimeoutMs?: number;
}
