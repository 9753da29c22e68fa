// The repository as the GitHub API and Security Insights describe it: whether it is public
// (OSPS-QA-01.01 / 01.02) and which repositories make up the project (OSPS-QA-04.01 / 04.02).
import { sitePathCandidates } from '../../facts/doc-site.ts';
import type { DocumentInfo } from '../../facts/documents.ts';
import type { Facts } from '../../facts/types.ts';
import type { Evidence } from '../../model/evidence.ts';
import { fail, type Outcome, unknown } from '../types.ts';
import { apiEvidence, apiUnknownDetail } from './evidence.ts';
import { insightsEvidence, insightsField } from './insights.ts';

/**
 * What may come before `github.com/` in a URL of GitHub itself: a scheme, `//`, `www.`. Not another site's path
 * (pkg.go.dev/github.com/o/r/v2, goreportcard.com/report/github.com/o/r/: pages that name the module path).
 */
const GITHUB_PREFIX = /^(?:(?:https?:)?\/\/)?(?:www\.)?$/;

/**
 * Whether a URL leads into this repository: its blob, tree or issue pages on GitHub (false when the
 * repository is not known), or a page of its documentation site whose source file was read here.
 */
export function intoThisRepository(facts: Facts, url: string): boolean {
  const repo = facts.context.repository;
  if (repo !== null && repo !== undefined && repo !== '') {
    const u = url.toLowerCase();
    const at = u.indexOf(`github.com/${repo.toLowerCase()}/`);
    if (at >= 0 && GITHUB_PREFIX.test(u.slice(0, at))) return true;
  }
  const site = facts.documents.site;
  return site !== undefined && (sitePathCandidates(site, url) ?? []).some((p) => facts.documents.byPath[p] !== undefined);
}

/** The repository's name, lower case ("cosign" for sigstore/cosign), or null when it is not known. */
export function repositoryName(facts: Facts): string | null {
  return facts.context.repository?.split('/')[1]?.toLowerCase() || null;
}

/** The document of this tree a page of the project's documentation site is built from, when that file was read. */
export function siteSource(facts: Facts, url: string): DocumentInfo | undefined {
  const site = facts.documents.site;
  if (site === undefined) return undefined;
  for (const p of sitePathCandidates(site, url) ?? []) if (facts.documents.byPath[p]) return facts.documents.byPath[p];
  return undefined;
}

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

type Repos = { kind: 'single'; evidence: Evidence } | { kind: 'multi'; evidence: Evidence[]; count: number } | { kind: 'unknown'; why: string; evidence: Evidence[] };

function normRepoUrl(u: string): string {
  return u.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\.git$/, '').replace(/(?<!\/)\/+$/, '');
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

/** The last segment of an http(s) URL's path ("MAINTAINERS.md", "security.html"), or "" for anything else. */
export function urlFileName(target: string): string {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return '';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return '';
  return url.pathname.split('/').filter((s) => s !== '').at(-1) ?? '';
}

/** A relative link's repository path from the document it is in, or null (another site, climbing out of the root). */
export function relativeTarget(from: string, target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) return null;
  const parts = target.startsWith('/') || !from.includes('/') ? [] : from.slice(0, from.lastIndexOf('/')).split('/');
  for (const s of target.split(/[#?]/)[0].split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(s);
  }
  return parts.length > 0 ? parts.join('/') : null;
}
