// The result document: the public contract read by organizers and other tools.
// Described by schemas/result.schema.json; bump RESULT_SCHEMA_VERSION on any change.
import type { Level } from '../catalog/catalog.ts';
import type { ControlResult } from '../model/control.ts';
import type { HubComparison } from '../objectives/hub.ts';
import type { NextStep } from '../objectives/next-step.ts';
import type { ObjectiveResult } from '../objectives/types.ts';
import type { Status } from '../model/evidence.ts';

// A control's entry is defined below the objectives, which read it too; it is part of this contract.
export type { ControlResult, Location } from '../model/control.ts';
export type { DisagreementReason, HubComparison, HubDisagreement, HubRequirementRow } from '../objectives/hub.ts';

/** 1.1.0 added `hubComparison` and `location.create`. */
export const RESULT_SCHEMA_VERSION = '1.1.0';

export type StatusCounts = Record<Status, number>;

export interface LevelSummary extends StatusCounts {
  level: Level;
  total: number;
}

/** A finding that is not a Baseline requirement: hardening advice and Security Insights diagnostics. */
export interface ExtraFinding {
  /** Stable rule id, e.g. "workflow/unpinned-action". */
  id: string;
  severity: 'error' | 'warning' | 'note';
  path: string;
  line: number;
  column?: number;
  message: string;
}

export interface SecurityInsightsSummary {
  /** The file used; other candidates are reported as diagnostics. */
  path: string;
  schemaVersion: string | null;
  /** True when the file meets the current 2.x schema (as `cue vet` applies schema.cue). */
  valid: boolean;
  legacy: boolean;
  diagnostics: { severity: 'error' | 'warning' | 'info'; message: string; path: string; line: number; column: number; field?: string }[];
}

export interface ResultDocument {
  schemaVersion: string;
  tool: { name: string; version: string; informationUri: string };
  subject: { repository: string | null; commit: string | null; ref: string | null };
  generatedAt: string;
  catalog: { id: string; version: string };
  level: Level;
  /** What decided the level: the input/flag, the project's configuration file, or the default (1). */
  levelSource: 'input' | 'config' | 'default';
  run: { offline: boolean; hasToken: boolean };
  controls: ControlResult[];
  summary: LevelSummary[];
  objectives: ObjectiveResult[];
  /** The one next step: the first objective in the event's order that is not met, or null. */
  nextStep: NextStep | null;
  /**
   * Our status beside the grc.store hub's for every requirement at the level, the disagreements
   * with their likely reason, and Defender's "published on the hub" verdict. Null when no workflow
   * publishes to the hub with a target that can be read. Since schema 1.1.0; absent before.
   */
  hubComparison: HubComparison | null;
  /** The Security Insights file used, or null when the repository has none. */
  securityInsights: SecurityInsightsSummary | null;
  /** Hardening findings that no requirement covers (e.g. actions not pinned to a commit SHA). */
  findings: ExtraFinding[];
  /** Problems met while reading the repository (skipped files, symlinks not followed). */
  notes: { path: string; detail: string }[];
}
