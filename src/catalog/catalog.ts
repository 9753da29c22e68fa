// The OSPS Baseline catalog as data: IDs, levels and our own short titles.
import data from './osps-baseline-2026.02.19.json' with { type: 'json' };

export type Level = 1 | 2 | 3;
export const LEVELS: readonly Level[] = [1, 2, 3];

export interface Requirement {
  id: string;
  control: string;
  family: string;
  /** Lowest maturity level that includes it; levels are cumulative. */
  level: Level;
  /** Levels as the catalog lists them (BR-07.01 and VM-02.01 list only Level 1). */
  listedLevels: Level[];
  title: string;
}

export const CATALOG_ID = data.catalog;
export const CATALOG_VERSION = data.version;
/** The published catalog of this version (each requirement's page is an anchor in it). */
export const CATALOG_URL: string = data.helpBase;
export const FAMILIES: Record<string, string> = data.families;
export const REQUIREMENTS: readonly Requirement[] = data.requirements as Requirement[];

/** A requirement id the catalog still lists but no longer applies at any level (e.g. OSPS-BR-01.02). */
export interface RetiredRequirement {
  id: string;
  control: string;
  family: string;
  /** The catalog's own text, e.g. the pull request that retired it. */
  note: string;
}

/** Retired ids: never evaluated, but other tools (the Privateer scanner) still log them as Not Run. */
export const RETIRED_REQUIREMENTS: readonly RetiredRequirement[] = data.retired;

const byId = new Map(REQUIREMENTS.map((r) => [r.id, r]));

export function requirement(id: string): Requirement {
  const r = byId.get(id);
  if (!r) throw new Error(`unknown requirement ${id}`);
  return r;
}

/** Requirements that apply at `level`, cumulative. */
export function requirementsAt(level: Level): Requirement[] {
  return REQUIREMENTS.filter((r) => r.level <= level);
}

/** The requirement's page in the published Baseline (anchors are per control). */
export function helpUrl(id: string): string {
  const control = requirement(id).control.toLowerCase();
  return `${data.helpBase}#${control}`;
}
