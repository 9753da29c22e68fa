// The one entry point both the action and the command line use: facts, then rules, then the result.
import type { Level } from './catalog/catalog.ts';
import { loadConfig, resolveLevel } from './config/load.ts';
import { gatherFacts, type GatherOptions } from './facts/gather.ts';
import { runWarnings } from './facts/gaps.ts';
import type { Facts } from './facts/types.ts';
import { buildResult } from './result/build.ts';
import type { ResultDocument } from './result/types.ts';

/** Everything gathering takes (offline, token, repository, default branch, API URL, now), plus the level. */
export interface EvaluateOptions extends GatherOptions {
  /** Maturity level; when absent, the project's configuration file decides, else Level 1. */
  level?: Level;
}

export interface Evaluation {
  result: ResultDocument;
  facts: Facts;
  /** Lines a person must read before the report (an empty folder, not a git checkout, the time limit reached). */
  warnings: string[];
  /** The bytes of a file name that is not valid UTF-8, for reports that must name it exactly (SARIF URIs). */
  nameBytes: (path: string) => Buffer | undefined;
}

export async function evaluate(path: string, options: EvaluateOptions): Promise<Evaluation> {
  const { facts, snapshot } = await gatherFacts(path, options);
  const loaded = loadConfig(snapshot);
  const { level, source } = resolveLevel(options.level, loaded.config);
  // Configuration problems are shown where repository-reading problems are.
  for (const d of loaded.diagnostics) facts.notes.push({ path: loaded.path ?? '.', detail: `${d.line > 0 ? `line ${d.line}, column ${d.column}: ` : ''}${d.severity}: ${d.message}` });
  const result = buildResult(facts, { level, levelSource: source, now: options.now });
  return { result, facts, warnings: runWarnings(facts), nameBytes: (p) => snapshot.nameBytes(p) };
}
