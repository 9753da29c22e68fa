// What the Security Insights entry repository.security.assessments.self says: where its evidence
// points, and whether its words say the assessment is not done ("not yet completed", "TODO").
import type { RepoSnapshot } from '../snapshot.ts';
import { resolveReference } from './paths.ts';
import type { SecurityInsightsSelfRef, SelfAssessmentRefInput } from './types.ts';
import { trimEnd } from '../text.ts';

const NOT_DONE: RegExp[] = [
  /\bnot\s+(?:yet\s+)?(?:been\s+)?(?:complete[d]?|done|started|performed|conducted|written|finished|available|published|created)\b/i,
  /\b(?:has|have|is|was)\s*n[o']t\s+(?:yet\s+)?(?:been\s+)?(?:complete[d]?|done|started|performed|conducted|written|finished)\b/i,
  /\bno\s+(?:security\s+)?(?:self[- ]?)?assessments?\b/i,
  /\bnot\s+yet\b/i,
  /\b(?:to\s?do|tbd|to be (?:done|written|completed|determined))\b/i,
  /\b(?:planned|upcoming|coming soon|work in progress|in progress|wip|pending)\b/i,
];
/** Tested against the trimmed comment. */
const BARE_NONE = /^(?:none|n\/?a|no|nothing|-+|\.+|null|tbd|todo)(?:\s*[.!])?$/i;

/** The phrase that says "not done", or null. */
export function notDonePhrase(comment: string | undefined): string | null {
  if (comment === undefined) return null;
  const c = comment.slice(0, 4000);
  if (BARE_NONE.test(c.trim())) return c.trim();
  for (const re of NOT_DONE) {
    const m = re.exec(c);
    if (m) return m[0];
  }
  return null;
}

/** A repository path or URL written inside a comment, when the entry has no evidence field. */
function referenceInComment(comment: string): string | null {
  const url = /https?:\/\/[^\s)<>"'`]+/.exec(comment);
  if (url) return trimEnd(url[0], '.,;:!?');
  const path = /(?:^|[\s(`'"])((?:\.\/)?[\w.-]+(?:\/[\w.-]+)*\.(?:md|markdown|ya?ml|json))\b/i.exec(comment);
  return path ? path[1] : null;
}

export function analyzeSelfRef(snapshot: RepoSnapshot, input: SelfAssessmentRefInput, repositoryUrl?: string): SecurityInsightsSelfRef {
  const value = typeof input.value === 'string' ? input.value : '';
  const comment = typeof input.comment === 'string' ? input.comment : undefined;
  let target = resolveReference(snapshot, value, repositoryUrl);
  if (target.kind === 'none' && comment) {
    const inComment = referenceInComment(comment);
    if (inComment) target = resolveReference(snapshot, inComment, repositoryUrl);
  }
  const phrase = notDonePhrase(comment);
  return {
    value,
    ...(comment !== undefined ? { comment: comment.slice(0, 500) } : {}),
    ...(typeof input.name === 'string' ? { name: input.name.slice(0, 200) } : {}),
    ...(typeof input.date === 'string' ? { date: input.date.slice(0, 40) } : {}),
    ...(input.path !== undefined ? { path: input.path } : {}),
    ...(input.line !== undefined ? { line: input.line } : {}),
    ...(input.column !== undefined ? { column: input.column } : {}),
    target,
    saysNotDone: phrase !== null,
    ...(phrase !== null ? { notDoneReason: phrase.slice(0, 120) } : {}),
  };
}
