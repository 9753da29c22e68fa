// OSPS-BR-07.01: Secrets are kept out of version control.
// Fails on each high-confidence secret outside test/fixture/example/docs paths (severity error),
// with file:line:column and a 4-character preview. Low-confidence matches and those under test
// paths are shown for review but do not fail by themselves (projects commit throwaway test keys; a
// person should look). Passing needs a complete scan with nothing decisive; a secret scanner in CI
// is shown as evidence but not required (GitHub's own secret scanning is not visible to a
// repository token). A scan cut short by its byte budget is unknown unless a scanner runs in CI.
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { capEvidence, fileEvidence } from './helpers/evidence.ts';
import { insightsEvidence, insightsField } from './helpers/insights.ts';
import { detectorEvidence } from './helpers/workflows.ts';
import { fail, type Outcome, pass, unknown } from './types.ts';

export const id = 'OSPS-BR-07.01';

export function evaluate(facts: Facts): Outcome {
  const s = facts.secrets;
  const ev = (f: (typeof s.findings)[number], prefix: string): Evidence => fileEvidence(f.path, `${prefix}${f.kind} (${f.preview}): ${f.detail}`, f.line, f.column);
  const decisive = s.findings.filter((f) => f.confidence === 'high' && f.severity === 'error');
  const review = s.findings.filter((f) => !(f.confidence === 'high' && f.severity === 'error'));
  const reviewEv = review.slice(0, 10).map((f) => ev(f, 'to review, not decisive: '));
  if (decisive.length > 0)
    return fail(
      capEvidence([...decisive.map((f) => ev(f, '')), ...reviewEv]),
      'Remove each secret named from the repository, rotate it (it is leaked: it stays in git history), keep secrets in the CI secret store, and add a secret scanner (gitleaks, GitHub push protection) to stop new ones.',
    );
  const scanners = detectorEvidence(facts.workflows.detectors.secretScanning, 'secret scanning in CI');
  const tools = insightsField(facts, 'repository.security.tools');
  const siTools: Evidence[] = [];
  if (tools && Array.isArray(tools.value))
    tools.value.forEach((t, i) => {
      if (t && typeof t === 'object' && (t as Record<string, unknown>).type === 'secret')
        siTools.push(insightsEvidence(facts, `repository.security.tools[${i}]`, `secret scanner declared: ${String((t as Record<string, unknown>).name)}`));
    });
  const scanNote: Evidence = { kind: 'note', detail: `${s.scannedFiles} file(s) scanned, no high-confidence secret outside test and example paths${s.capped ? ' (scan stopped early at its budget)' : ''}` };
  const gitignore = facts.files.some((f) => f.path === '.gitignore') ? [fileEvidence('.gitignore', '.gitignore present', 1)] : [];
  const all = capEvidence([scanNote, ...scanners, ...siTools, ...gitignore, ...reviewEv]);
  if (s.capped && scanners.length === 0)
    return unknown('the secret scan stopped at its byte budget before reading every file, and no secret scanner runs in CI', 'Add a secret scanner (gitleaks, trufflehog) to CI so every commit is checked.', all);
  return pass(all);
}
