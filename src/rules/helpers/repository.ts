// Shared by rules (from quality).
import type { Facts } from '../../facts/types.ts';
import type { Evidence } from '../../model/evidence.ts';
import { fail, type Outcome, unknown } from '../types.ts';
import { apiEvidence, apiUnknownDetail } from './evidence.ts';
import { insightsEvidence, insightsField } from './insights.ts';

// ---- OSPS-QA-01.01 / 01.02: public repository and history ----
// Read from GET /repos/{owner}/{repo}: visibility public → pass with the repository's URL; private
// or internal → fail; no answer → unknown (a checkout cannot tell who may read it). The history
// (01.02) is the git history GitHub serves publicly with each commit's author and date: a public
// repository with commits passes, with the checked-out commit as further evidence.

export function publicRepo(facts: Facts, what: string): { outcome: Outcome | null; evidence: Evidence[] } {
  const repo = facts.github.repo;
  if (repo.state === 'unknown')
    return {
      outcome: unknown(apiUnknownDetail(repo, 'whether the repository is public'), 'Run the evaluation with a GitHub token (the workflow\'s GITHUB_TOKEN is enough) so the repository\'s visibility can be read.'),
      evidence: [],
    };
  const ev = apiEvidence(facts, repo.source.endpoint, `${repo.data.fullName} is ${repo.data.visibility} at ${repo.data.htmlUrl}${repo.data.archived ? ' (archived)' : ''}`);
  if (repo.data.visibility !== 'public' || repo.data.private)
    return { outcome: fail([ev], `Make the repository public so ${what} can be read by anyone (Settings → General → Danger Zone → Change visibility).`), evidence: [] };
  return { outcome: null, evidence: [ev] };
}

// ---- OSPS-QA-04.01 / 04.02: multi-repository projects ----
// The list of codebases is Security Insights `project.repositories`. More than one entry: the list
// is documented (04.01 passes). Exactly one entry that is this repository: a single-repository
// project, so both are not-applicable. Anything else (no file, no field, one entry elsewhere):
// unknown, since a checkout cannot tell whether other repositories belong to the project.
// 04.02 (subprojects as strict as the primary one) cannot be checked from one repository: each
// listed repository needs its own evaluation, so a multi-repository project is unknown.
type Repos = { kind: 'single'; evidence: Evidence } | { kind: 'multi'; evidence: Evidence[]; count: number } | { kind: 'unknown'; why: string; evidence: Evidence[] };

function normRepoUrl(u: string): string {
  return u.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\.git$/, '').replace(/\/+$/, '');
}

export function projectRepositories(facts: Facts): Repos {
  const si = facts.securityInsights;
  if (si.file && !si.file.legacy && si.projectUnknownReason) return { kind: 'unknown', why: si.projectUnknownReason, evidence: [] };
  const f = insightsField(facts, 'project.repositories');
  if (!f || !Array.isArray(f.value) || f.value.length === 0)
    return { kind: 'unknown', why: 'Security Insights does not list the project\'s repositories (project.repositories)', evidence: [] };
  const urls = f.value.map((r) => (r && typeof r === 'object' ? String((r as Record<string, unknown>).url ?? '') : ''));
  const items = urls.map((u, i) => insightsEvidence(facts, `project.repositories[${i}]`, `codebase: ${u || '(no url)'}`));
  if (urls.length > 1) return { kind: 'multi', evidence: items, count: urls.length };
  const here = facts.github.repo.state === 'ok' ? facts.github.repo.data.htmlUrl : facts.context.repository ? `https://github.com/${facts.context.repository}` : null;
  const own = insightsField(facts, 'repository.url');
  const candidates = [here, typeof own?.value === 'string' ? own.value : null].filter((x): x is string => !!x).map(normRepoUrl);
  if (candidates.includes(normRepoUrl(urls[0])))
    return { kind: 'single', evidence: insightsEvidence(facts, 'project.repositories[0]', `the project lists one repository, this one: ${urls[0]}`) };
  return { kind: 'unknown', why: `project.repositories lists one repository (${urls[0]}) that could not be matched to this repository`, evidence: items };
}
