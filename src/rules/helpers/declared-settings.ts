// Settings the tree declares for the repository (facts/repo-settings.ts: `.asf.yaml`,
// `.github/settings.yml`), used where the GitHub API gave no answer. A declaration is the project's
// word about its settings, read from a file a machine applies but not seen in GitHub here, so what
// rests on it is attested, never pass, and only a positive declaration counts: a setting the file
// leaves out may still be set in GitHub.
import type { DeclaredBranch, Feature, SettingsFile } from '../../facts/repo-settings.ts';
import type { Facts } from '../../facts/types.ts';
import type { Evidence } from '../../model/evidence.ts';
import { attested, type Outcome } from '../types.ts';
import { fileEvidence } from './evidence.ts';

/** Readable files whose declarations apply to this repository: `.asf.yaml` only to the ASF's own (apache/*). */
function applying(facts: Facts): SettingsFile[] {
  const owner = facts.context.repository?.split('/')[0]?.toLowerCase();
  return facts.repoSettings.files.filter((f) => f.state === 'ok' && (f.path !== '.asf.yaml' || owner === undefined || owner === 'apache'));
}

/** The protection each settings file declares for the default branch. */
export function declaredDefaultBranch(facts: Facts): { file: SettingsFile; branch: DeclaredBranch }[] {
  const name = facts.context.defaultBranch;
  if (!name) return [];
  return applying(facts).flatMap((file) => file.branches.filter((b) => b.name === name).map((branch) => ({ file, branch })));
}

/** A feature each settings file declares enabled (`features: issues: true`, `has_issues: true`). */
export function declaredFeature(facts: Facts, feature: Feature): { file: SettingsFile; line: number }[] {
  return applying(facts).flatMap((file) => {
    const d = file.features[feature];
    return d?.value === true ? [{ file, line: d.line }] : [];
  });
}

/** Evidence for a declaration: its line, what it says, and who applies it. */
export function declaredEvidence(file: SettingsFile, line: number, what: string): Evidence {
  return fileEvidence(file.path, `${what} (${file.appliedBy})`, line);
}

/** Settings files that could not be read, as notes for an unknown that they might have decided. */
export function unreadableSettings(facts: Facts): Evidence[] {
  return facts.repoSettings.files.filter((f) => f.state === 'unreadable').map((f) => fileEvidence(f.path, `the repository settings file could not be read: ${f.reason ?? 'no reason given'}`));
}

/** Why a declaration is attested rather than passed. */
export const NOT_OBSERVED = 'declared in the tree, not confirmed in GitHub\'s settings here: the project\'s word';

/**
 * An unknown that a declaration may settle: attested with the declaration's evidence and the
 * unknown's reason, or the unknown itself with any unreadable settings file beside its reason.
 */
export function orDeclared(facts: Facts, unknownOutcome: Outcome, declared: Evidence[], remediation?: string): Outcome {
  if (unknownOutcome.status !== 'unknown') return unknownOutcome;
  if (declared.length > 0) return attested([...declared, { kind: 'note', detail: NOT_OBSERVED }, ...unknownOutcome.evidence], remediation ?? unknownOutcome.remediation);
  const unreadable = unreadableSettings(facts);
  return unreadable.length > 0 ? { ...unknownOutcome, evidence: [...unreadable, ...unknownOutcome.evidence] } : unknownOutcome;
}
