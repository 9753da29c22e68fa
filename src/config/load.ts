// Loads the project's Security Slam configuration: `.github/security-slam.yml` (or `.yaml`), else
// `.security-slam.yml` at the root. The file is small and optional:
//
//   level: 2                         # OSPS Baseline maturity level, 1-3
//   foundation-maturity: incubating  # sandbox | incubating | graduated (used when level is absent)
//
// Hostile input (huge files, alias bombs, deep nesting, a list or a string instead of a mapping,
// unknown keys) gives diagnostics with a line and column, never an exception.
import type { ErrorObject } from 'ajv';
import type { Level } from '../catalog/catalog.ts';
import { nestingEstimate, parseYaml } from '../facts/security-insights/parse.ts';
import type { RepoSnapshot } from '../facts/snapshot.ts';
import { config as validateConfig } from '../validators/slam-config.js';
import type { ConfigDiagnostic, FoundationMaturity, LevelSource, LoadedConfig, SlamConfig } from './types.ts';

export type { ConfigDiagnostic, FoundationMaturity, LevelSource, LoadedConfig, SlamConfig } from './types.ts';

/** Where the file is looked for, in order. */
export const CONFIG_PATHS = ['.github/security-slam.yml', '.github/security-slam.yaml', '.security-slam.yml', '.security-slam.yaml'] as const;
/** A real configuration is a few lines; anything larger is refused unparsed. */
export const MAX_CONFIG_BYTES = 64 * 1024;
const MAX_NESTING = 20;
const MAX_DIAGNOSTICS = 20;

export const MATURITY_LEVELS: Record<FoundationMaturity, Level> = { sandbox: 1, incubating: 2, graduated: 3 };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function errorMessage(e: ErrorObject, path: string): string {
  const where = e.instancePath ? `\`${e.instancePath.slice(1).replace(/\//g, '.')}\`` : 'the file';
  if (e.keyword === 'additionalProperties') {
    const key = String((e.params as { additionalProperty?: string }).additionalProperty ?? '');
    const known = ['level', 'foundation-maturity'];
    const norm = key.toLowerCase().replace(/[-_ ]/g, '');
    const hint = known.find((k) => k.replace(/-/g, '') === norm || (key.length <= 40 && editDistance(k, key.toLowerCase()) <= 2));
    return `${path}: unknown key \`${key}\`${hint ? `; did you mean \`${hint}\`?` : ` (known keys: ${known.join(', ')})`}`;
  }
  if (e.keyword === 'enum') {
    const allowed = ((e.params as { allowedValues?: unknown[] }).allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ');
    return `${path}: ${where} must be one of ${allowed}`;
  }
  if (e.keyword === 'type') return `${path}: ${where} must be ${(e.params as { type?: string }).type === 'object' ? 'a mapping' : `of type ${(e.params as { type?: string }).type}`}`;
  return `${path}: ${where} ${e.message ?? 'is not valid'}`;
}

/** Levenshtein distance, for "did you mean" on short keys. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

export function loadConfig(snapshot: RepoSnapshot): LoadedConfig {
  const found = CONFIG_PATHS.filter((p) => snapshot.has(p));
  if (found.length === 0) return { config: null, path: null, diagnostics: [] };
  const path = found[0];
  const diagnostics: ConfigDiagnostic[] = [];
  const diag = (severity: ConfigDiagnostic['severity'], message: string, line = 0, column = 0) => {
    if (diagnostics.length < MAX_DIAGNOSTICS) diagnostics.push({ severity, message, line, column });
  };
  for (const other of found.slice(1)) diag('warning', `${other} is ignored: ${path} is read first; keep one configuration file`);
  const entry = snapshot.get(path);
  if (entry && (entry.kind === 'symlink' || entry.kind === 'submodule')) {
    diag('error', `${path} is a ${entry.kind}; it was not read`);
    return { config: null, path, diagnostics };
  }
  const read = snapshot.read(path);
  if (!read.ok) {
    diag('error', `${path} could not be read: ${read.reason}`);
    return { config: null, path, diagnostics };
  }
  if (read.size > MAX_CONFIG_BYTES) {
    diag('error', `${path} is ${Math.round(read.size / 1024)} KiB, larger than the ${MAX_CONFIG_BYTES / 1024} KiB read; a configuration is a few lines`, 1, 1);
    return { config: null, path, diagnostics };
  }
  const depth = nestingEstimate(read.text);
  if (depth > MAX_NESTING) {
    diag('error', `${path} nests about ${depth} levels deep; it was not parsed (the configuration is a flat mapping)`, 1, 1);
    return { config: null, path, diagnostics };
  }
  const parsed = parseYaml(read.text, path);
  for (const d of parsed.diagnostics) diag(d.severity === 'error' ? 'error' : 'warning', d.message.startsWith(path) ? d.message : `${path}: ${d.message}`, d.line, d.column);
  // A file with YAML errors sets nothing: a half-read file must not change the level.
  if (!parsed.ok) return { config: null, path, diagnostics };
  const data = parsed.data;
  const pos = (key: string) => parsed.positions.get(key)?.key ?? parsed.positions.get('')?.value ?? { line: 1, column: 1 };
  if (data === null || data === undefined) {
    diag('warning', `${path} is empty; the default level applies`, 1, 1);
    return { config: {}, path, diagnostics };
  }
  if (!isObj(data)) {
    const p = pos('');
    diag('error', `${path} must be a mapping (for example \`level: 2\`), not ${Array.isArray(data) ? 'a list' : `a ${typeof data}`}`, p.line, p.column);
    return { config: null, path, diagnostics };
  }
  const v = validateConfig;
  const bad = new Set<string>();
  if (!v(data)) {
    for (const e of v.errors ?? []) {
      const key = e.keyword === 'additionalProperties' ? String((e.params as { additionalProperty?: string }).additionalProperty ?? '') : e.instancePath.slice(1).split('/')[0] ?? '';
      bad.add(key);
      const p = pos(key);
      diag(e.keyword === 'additionalProperties' ? 'warning' : 'error', errorMessage(e, path), p.line, p.column);
    }
  }
  const config: SlamConfig = {};
  if (!bad.has('level') && data.level !== undefined) config.level = Number(data.level) as Level;
  const fm = data['foundation-maturity'];
  if (!bad.has('foundation-maturity') && typeof fm === 'string') config.foundationMaturity = fm as FoundationMaturity;
  if (config.level !== undefined && config.foundationMaturity && MATURITY_LEVELS[config.foundationMaturity] !== config.level) {
    const p = pos('level');
    diag('warning', `${path}: level ${config.level} differs from foundation-maturity ${config.foundationMaturity} (Level ${MATURITY_LEVELS[config.foundationMaturity]} by the event's rule); level ${config.level} is used`, p.line, p.column);
  }
  return { config, path, diagnostics };
}

/** The level from the configuration: `level`, else the foundation maturity; undefined when neither. */
export function configLevel(config: SlamConfig | null): Level | undefined {
  if (!config) return undefined;
  if (config.level !== undefined) return config.level;
  if (config.foundationMaturity) return MATURITY_LEVELS[config.foundationMaturity];
  return undefined;
}

/** The level to evaluate at: the explicit input wins, then the configuration file, then Level 1. */
export function resolveLevel(input: Level | undefined, config: SlamConfig | null): { level: Level; source: LevelSource } {
  if (input !== undefined) return { level: input, source: 'input' };
  const fromConfig = configLevel(config);
  if (fromConfig !== undefined) return { level: fromConfig, source: 'config' };
  return { level: 1, source: 'default' };
}
