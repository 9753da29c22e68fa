// Evidence every rule builds: capped lists, file and API evidence, the words of an unknown API
// answer.
import type { Facts } from '../../facts/types.ts';
import type { Evidence } from '../../model/evidence.ts';
import { compareText } from '../../model/order.ts';

/** The concrete API URL of a templated endpoint such as `GET /repos/{owner}/{repo}/branches/{branch}`. */
export function endpointUrl(facts: Facts, endpoint: string): string {
  const [owner = '', repo = ''] = (facts.github.repository || facts.context.repository || '').split('/');
  const branch = facts.github.branchProtection.branch ?? facts.github.defaultBranch.name ?? facts.context.defaultBranch ?? '';
  const path = endpoint
    .replace(/^[A-Z]+\s+/, '')
    .replace('{owner}', encodeURIComponent(owner))
    .replace('{repo}', encodeURIComponent(repo))
    .replace('{branch}', encodeURIComponent(branch));
  return `${facts.github.apiUrl.replace(/(?<!\/)\/+$/, '')}${path}`;
}

export function apiEvidence(facts: Facts, endpoint: string, detail: string): Evidence {
  return { kind: 'api', url: endpointUrl(facts, endpoint), detail: `${detail} (${endpoint})` };
}

function depth(path: string): number {
  let n = 0;
  for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) n++;
  return n;
}

/** Paths nearest the root first (the project's own manifest before those of sub-packages). */
export function shallowestFirst(paths: string[]): string[] {
  return paths
    .map((path) => ({ path, depth: depth(path) }))
    .sort((a, b) => a.depth - b.depth || compareText(a.path, b.path))
    .map((p) => p.path);
}

// The result keeps the evidence the reports point to ("N more in the result file"); only a list past
// this bound, which a hostile tree reaches, is cut, with a line that says so.
export const MAX_EVIDENCE = 200;

/** Caps a list of evidence, adding a line that says how many were left out. */
export function capEvidence(items: Evidence[], max = MAX_EVIDENCE): Evidence[] {
  if (items.length <= max) return items;
  return [...items.slice(0, max), { kind: 'note', detail: `and ${items.length - max} more, not kept in the result (the first ${max} of ${items.length} are)` }];
}

export function fileEvidence(path: string, detail: string, line?: number, column?: number): Evidence {
  const e: Evidence = { kind: 'file', path, detail };
  if (line !== undefined) e.line = line;
  if (column !== undefined) e.column = column;
  return e;
}

/** A link as evidence reads it: `"text" → target`, or the target alone when the text is the URL itself (a bare or self-titled link) or empty. */
export function linkShown(text: string, target: string, maxText = Infinity, maxTarget = Infinity): string {
  const t = target.slice(0, maxTarget);
  // A badge without alt text (`[![](https://…/badge.svg)](https://crates.io/crates/x)`) shows no words to quote.
  return text.trim() === '' || text.trim() === target.trim() ? t : `"${text.slice(0, maxText)}" → ${t}`;
}

/** Turns an unknown API answer into the words of an `unknown` outcome: what failed and what would decide it. */
export function apiUnknownDetail(answer: { reason: string; permission?: string }, what: string): string {
  const perm = answer.permission ? `; a token with ${answer.permission} would decide it` : '';
  return `${what} could not be read from the GitHub API: ${answer.reason}${perm}`;
}
