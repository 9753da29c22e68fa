// Default community health files from the owner's `.github` repository, which GitHub shows for a
// repository that has none of its own (SECURITY.md, CONTRIBUTING.md, issue templates).
import type { Facts } from '../../facts/types.ts';
import type { Evidence } from '../../model/evidence.ts';

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
