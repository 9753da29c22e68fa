// Security Insights as evidence for Baseline requirements (docs/security-insights.md has the map).
// A declaration no machine can check is `attested` with the field as evidence; a link into the
// repository is checked against the tree; a declaration that the practice is absent is a `fail`.
import { bareRepoPath, githubRepoOf, repoPathCandidates } from '../../facts/security-insights/checks.ts';
import { siEvidence, siField, type SiField } from '../../facts/security-insights/index.ts';
import type { Facts } from '../../facts/types.ts';
import type { Evidence } from '../../model/evidence.ts';

export type Declaration =
  /** The field is absent (or there is no usable file). */
  | { state: 'absent' }
  /** Project-level field of a child file whose parent could not be read. */
  | { state: 'unknown'; reason: string }
  /** The field says the practice is absent (false, empty). */
  | { state: 'negative'; evidence: Evidence }
  /** A link into this repository whose target does not exist. */
  | { state: 'broken-link'; evidence: Evidence; target: string }
  /** A link into this repository whose target exists. */
  | { state: 'in-repo'; evidence: Evidence; path: string }
  /** A declaration (a URL elsewhere, a statement, true) that no machine here can check. */
  | { state: 'declared'; evidence: Evidence; value: unknown };

/**
 * The project's Security Insights file by the path it has (`security-insights.yaml`,
 * `.github/security-insights.yml`), for advice that names it; the standard name when there is no
 * current file to extend (none, or a legacy 1.x file, which advice asks to rewrite).
 */
export function insightsFile(facts: Facts): string {
  const f = facts.securityInsights.file;
  return f && !f.legacy ? f.path : 'security-insights.yml';
}

/** Advice that names files the project has: a sentence, or one written from the facts. */
export type Advice = string | ((facts: Facts) => string);

export function adviceText(advice: Advice, facts: Facts): string {
  return typeof advice === 'string' ? advice : advice(facts);
}

/** Reads one Security Insights field and classifies what it declares. */
export function declaration(facts: Facts, field: string, what: string): Declaration {
  const si = facts.securityInsights;
  if (!si.file || si.file.legacy) return { state: 'absent' };
  if (field.startsWith('project.') && si.projectUnknownReason) return { state: 'unknown', reason: si.projectUnknownReason };
  const f = siField(si, field);
  if (!f || f.value === null || f.value === undefined) return { state: 'absent' };
  const v = f.value;
  if (v === false || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0))
    return { state: 'negative', evidence: siEvidence(si, field, `${what}: ${field} says ${JSON.stringify(v)}`) };
  if (typeof v === 'string') {
    const path = inRepoPath(facts, v);
    if (path === 'missing') return { state: 'broken-link', evidence: siEvidence(si, field, `${what}: ${field} links to a file that is not in the repository`), target: v };
    if (path) return { state: 'in-repo', evidence: siEvidence(si, field, `${what}: ${field} links to ${path}`), path };
    return { state: 'declared', evidence: siEvidence(si, field, `${what}: ${field} declares ${short(v)}`), value: v };
  }
  return { state: 'declared', evidence: siEvidence(si, field, `${what}: declared in ${field}`), value: v };
}

/** The first of several fields that declares something (in-repo links first). */
export function firstDeclaration(facts: Facts, fields: string[], what: string): Declaration {
  const all = fields.map((f) => declaration(facts, f, what));
  return (
    all.find((d) => d.state === 'in-repo') ??
    all.find((d) => d.state === 'declared') ??
    all.find((d) => d.state === 'broken-link') ??
    all.find((d) => d.state === 'negative') ??
    all.find((d) => d.state === 'unknown') ?? { state: 'absent' }
  );
}

/** The raw field, for rules that read structured values (contacts, tools, attestations). */
export function insightsField(facts: Facts, field: string): SiField | undefined {
  const si = facts.securityInsights;
  if (!si.file || si.file.legacy) return undefined;
  return siField(si, field);
}

export function insightsEvidence(facts: Facts, field: string, detail: string): Evidence {
  return siEvidence(facts.securityInsights, field, detail);
}

/**
 * The repository path a link points at: a relative path or a github.com URL of this repository
 * (a blob/tree/raw URL, or a hand-written one without blob/<ref>/).
 * 'missing' when it points into this repository at nothing; null when it points elsewhere.
 */
export function inRepoPath(facts: Facts, link: string): string | 'missing' | null {
  const exists = (p: string) => {
    const clean = p.replace(/^\.?\//, '').replace(/(?<!\/)\/+$/, '');
    return clean === '' || facts.files.some((f) => f.path === clean || f.path.startsWith(clean + '/'));
  };
  if (!/^[a-z][a-z0-9+.-]*:/i.test(link)) {
    const p = link.replace(/[#?][^]*/, '');
    return exists(p) ? p.replace(/^\.?\//, '') : 'missing';
  }
  const repo = ownRepository(facts);
  if (!repo) return null;
  const candidates = repoPathCandidates(link, repo);
  if (candidates === null) {
    // A link without blob/<ref>/ still names a file of this repository: judged against the tree, not taken as a declaration.
    const bare = bareRepoPath(link, repo);
    return bare === null ? null : exists(bare) ? bare : 'missing';
  }
  // The split with a plain ref (`blob/main/<path>`) first; a ref with slashes (`blob/release/1.2/<path>`)
  // only when that path is missing, and only a ref that could be a branch (repoPathCandidates leaves
  // out `main/.github`), so `blob/main/.github/CONTRIBUTING.md` is not found as a root CONTRIBUTING.md.
  const [plain, ...slashed] = candidates;
  if (plain !== undefined && exists(plain)) return plain;
  return slashed.find(exists) ?? 'missing';
}

/**
 * owner/repo of the evaluated repository, lower-cased: as given or read from the git remote, else the
 * Security Insights file's own `repository.url` (a clone whose remote is a local mirror or another
 * host), so the file's links into its repository are still checked against the tree.
 */
function ownRepository(facts: Facts): string | null {
  const known = facts.context.repository;
  if (known) return known.toLowerCase();
  return githubRepoOf(insightsField(facts, 'repository.url')?.value);
}

function short(v: string): string {
  return v.length > 120 ? `"${v.slice(0, 117)}…"` : `"${v}"`;
}
