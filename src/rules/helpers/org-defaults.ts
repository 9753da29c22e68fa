// Default community health files from the owner's `.github` repository, which GitHub shows for a
// repository that has none of its own (SECURITY.md, CONTRIBUTING.md, GOVERNANCE.md, issue templates).
import type { Facts } from '../../facts/types.ts';
import type { Evidence } from '../../model/evidence.ts';

/** Where GitHub looks for a default file in the owner's `.github` repository: its root, `.github/` or `docs/`. */
export const DEFAULT_SECURITY_POLICY = /^(\.github\/|docs\/)?security(\.md|\.rst|\.txt)?$/i;
export const DEFAULT_CONTRIBUTING = /^(\.github\/|docs\/)?contributing(\.md|\.rst|\.txt)?$/i;
export const DEFAULT_GOVERNANCE = /^(\.github\/|docs\/)?governance(\.md|\.rst|\.txt)?$/i;

export interface OrgDefault {
  /** Path in the owner's `.github` repository. */
  path: string;
  evidence: Evidence;
}

/**
 * Default community health files from the owner's `.github` repository, which GitHub shows for a
 * repository that has no file of that type itself (SECURITY.md, CONTRIBUTING.md, issue templates).
 * Callers ask only when the repository has none of its own. Their contents are not read.
 */
export function orgDefaults(facts: Facts, file: RegExp, what: string): OrgDefault[] {
  const answer = facts.github.orgHealthFiles;
  if (answer.state !== 'ok' || !answer.data.exists) return [];
  const repoAnswer = facts.github.repo;
  let origin = 'https://github.com';
  if (repoAnswer.state === 'ok') {
    try {
      origin = new URL(repoAnswer.data.htmlUrl).origin;
    } catch {
      /* keep github.com */
    }
  }
  return answer.data.paths
    .filter((p) => file.test(p))
    .slice(0, 10)
    .map((path) => ({
      path,
      evidence: { kind: 'api', url: `${origin}/${answer.data.repository}/blob/HEAD/${path.split('/').map(encodeURIComponent).join('/')}`, detail: `${what}: ${path} in ${answer.data.repository}, the owner's default for repositories without their own` },
    }));
}

/**
 * Why the owner's defaults could not be told, for a caller that found none (`orgDefaults` empty):
 * the `.github` repository was not read (offline, no token, an API error) or its listing was cut
 * short. Not read is not "none": GitHub may show a default `what` there. Null when the listing
 * was read whole, or the owner has no `.github` repository.
 */
export function orgDefaultsUnread(facts: Facts, what: string): string | null {
  const answer = facts.github.orgHealthFiles;
  const owner = (facts.github.repository || facts.context.repository)?.split('/')[0];
  const where = owner ? `${owner}/.github` : "the owner's .github repository";
  if (answer.state !== 'ok') return `GitHub shows the owner's default ${what} (from ${where}) to a repository without its own, and that repository was not read (${answer.reason})`;
  if (answer.data.exists && answer.data.truncated) return `GitHub shows the owner's default ${what} (from ${where}) to a repository without its own, and the listing of ${answer.data.repository} was cut short before one was found`;
  return null;
}
