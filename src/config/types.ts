// The project's configuration file for the Security Slam action.
import type { Level } from '../catalog/catalog.ts';

export type FoundationMaturity = 'sandbox' | 'incubating' | 'graduated';

export interface SlamConfig {
  /** OSPS Baseline maturity level, as written in the file. */
  level?: Level;
  /** CNCF/OpenSSF maturity: sandbox 1, incubating 2, graduated 3 (used when `level` is absent). */
  foundationMaturity?: FoundationMaturity;
}

export interface ConfigDiagnostic {
  severity: 'error' | 'warning';
  message: string;
  /** 1-based; 0 when the problem has no position. */
  line: number;
  column: number;
}

export interface LoadedConfig {
  config: SlamConfig | null;
  /** The file read, or null when there is none. */
  path: string | null;
  diagnostics: ConfigDiagnostic[];
}

export type LevelSource = 'input' | 'config' | 'default';
