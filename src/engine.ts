// The one entry point both the action and the command line use: facts, then rules, then the result.
import type { Level } from './catalog/catalog.ts';
import { loadConfig, resolveLevel } from './config/load.ts';
import { gatherFacts } from './facts/gather.ts';
import type { Facts } from './facts/types.ts';
import { buildResult } from './result/build.ts';
import type { ResultDocument } from './result/types.ts';

export interface EvaluateOptions {
  /** Maturity level; when absent, the project's configuration file decides, else Level 1. */
  level?: Level;
  offline: boolean;
  /** GitHub token; used for API facts only, never stored in facts or results. */
  token?: string;
  /** owner/name, when the git remote does not say (or to override it). */
  repository?: string;
  /** Default branch, when the caller knows it (the Actions event payload). */
  defaultBranch?: string;
  /** GitHub API base URL (GitHub Enterprise); defaults to GITHUB_API_URL. */
  apiUrl?: string;
  now?: Date;
}

export interface Evaluation {
  result: ResultDocument;
  facts: Facts;
}

export async function evaluate(path: string, options: EvaluateOptions): Promise<Evaluation> {
  const { facts, snapshot } = await gatherFacts(path, { offline: options.offline, token: options.token, repository: options.repository, defaultBranch: options.defaultBranch, apiUrl: options.apiUrl, now: options.now });
  const loaded = loadConfig(snapshot);
  const { level, source } = resolveLevel(options.level, loaded.config);
  // Configuration problems are shown where repository-reading problems are.
  for (const d of loaded.diagnostics) facts.notes.push({ path: loaded.path ?? '.', detail: `${d.line > 0 ? `line ${d.line}, column ${d.column}: ` : ''}${d.severity}: ${d.message}` });
  const result = buildResult(facts, { level, levelSource: source, now: options.now });
  return { result, facts };
}
