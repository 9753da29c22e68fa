// OSPS-BR-07.01: Secrets are kept out of version control.
// Fails on each high-confidence secret outside test/fixture/example/docs paths (severity error),
// with file:line:column and a 4-character preview. Low-confidence matches and those under test
// paths are shown for review but do not fail by themselves (projects commit throwaway test keys; a
// person should look). Passing needs a complete scan with nothing decisive; a secret scanner in CI
// is shown as evidence but not required (GitHub's own secret scanning is not visible to a
// repository token). A scan cut short by its byte budget is unknown unless a scanner runs in CI.
// A key the project's documentation declares a development or test key, in a section that names
// its file and folder (fulcio's docs/ctlog.md "Test secrets": "test secrets in `ctfe` for
// DEVELOPMENT ONLY ... -out privkey.pem", of config/ctfe/privkey.pem), is not decisive either:
// with no other secret the requirement is attested, the project's word for a person to confirm. So is a value on a line
// whose comment tells secret scanners it is no secret (`// gitleaks:allow`, `# nosec`, `# pragma: allowlist secret`).
import { documentsOf, type DocumentRole } from '../facts/documents.ts';
import { bodyLineOf } from '../facts/markdown.ts';
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { capEvidence, fileEvidence } from './helpers/evidence.ts';
import { insightsEvidence, insightsField } from './helpers/insights.ts';
import { detectorEvidence } from './helpers/workflows.ts';
import { attested, fail, type Outcome, pass, unknown } from './types.ts';

export const id = 'OSPS-BR-07.01';

/** A statement that keys are for tests or development only ("Test secrets", "for DEVELOPMENT ONLY", "not for production"). */
const TEST_KEY_STATEMENT =
  /\b(?:test|testing|development|dev|dummy|throwaway|insecure)\s+(?:(?:private|signing)\s+)?(?:secrets?|keys?|keypairs?|credentials?)\b|\b(?:for|in)\s+(?:local\s+)?(?:development|testing|tests?)\s+only\b|\bdevelopment[- ]only\b|\bnot (?:for|to be used in) production\b/i;

const STATEMENT_ROLES: DocumentRole[] = ['readme', 'docs', 'contributing', 'security'];

interface TestKeyStatement {
  path: string;
  heading: string;
  stated: string;
  line: number;
  /** The section's heading, prose and code, lower case: where the key's file and folder are named. */
  text: string;
}

/** Sections of the README, docs, CONTRIBUTING and SECURITY whose heading or prose says keys are for tests or development only. */
function testKeyStatements(facts: Facts): TestKeyStatement[] {
  const out: TestKeyStatement[] = [];
  for (const role of STATEMENT_ROLES)
    for (const doc of documentsOf(facts.documents, role))
      for (const h of doc.outline?.headings ?? []) {
        const inBody = TEST_KEY_STATEMENT.exec(h.body);
        const stated = inBody ?? TEST_KEY_STATEMENT.exec(h.text);
        if (stated) out.push({ path: doc.path, heading: h.text, stated: stated[0], line: inBody ? bodyLineOf(h, stated[0]) : h.line, text: `${h.text} ${h.body} ${h.code}`.toLowerCase() });
      }
  return out;
}

/**
 * Where the documentation declares a committed key a development or test key: a section whose
 * heading or prose says so and whose text names the key's file and the folder it is in (or its
 * whole path, for a file at the root).
 */
function declaredTestKey(statements: TestKeyStatement[], path: string): Evidence | null {
  const parts = path.toLowerCase().split('/');
  const base = parts[parts.length - 1];
  // A folder name too short to be told apart from other words ("a", "k8") does not name it.
  const folder = parts.length > 1 && parts[parts.length - 2].length >= 3 ? parts[parts.length - 2] : null;
  const s = statements.find((x) => x.text.includes(path.toLowerCase()) || (folder !== null && x.text.includes(base) && x.text.includes(folder)));
  return s ? fileEvidence(s.path, `declares ${path} a development or test key: section "${s.heading}" says "${s.stated}"`, s.line) : null;
}

export function evaluate(facts: Facts): Outcome {
  const s = facts.secrets;
  const ev = (f: (typeof s.findings)[number], prefix: string): Evidence => fileEvidence(f.path, `${prefix}${f.kind} (${f.preview}): ${f.detail}`, f.line, f.column);
  const strong = s.findings.filter((f) => f.confidence === 'high' && f.severity === 'error');
  const declared = new Map<string, Evidence | null>();
  const statements = strong.length > 0 ? testKeyStatements(facts) : [];
  for (const f of strong) if (!declared.has(f.path)) declared.set(f.path, declaredTestKey(statements, f.path));
  // A match on a line whose comment tells secret scanners it is no secret (gitleaks's own rule tests: `// gitleaks:allow`)
  // is the project's word: shown for a person to confirm, as a declared test key is.
  const allowed = strong.filter((f) => f.allowedBy !== undefined && declared.get(f.path) === null);
  const decisive = strong.filter((f) => declared.get(f.path) === null && f.allowedBy === undefined);
  const testKeys = [...strong.filter((f) => declared.get(f.path) !== null), ...allowed];
  const testKeyEv = testKeys.flatMap((f) =>
    f.allowedBy !== undefined && declared.get(f.path) === null
      ? [ev(f, f.allowedBy === 'a gitleaks configuration' ? 'in a gitleaks configuration, whose values are patterns and allowlisted samples, not decisive: ' : `marked as no secret by the comment "${f.allowedBy}" on its line, not decisive: `)]
      : [ev(f, 'declared a test key, not decisive: '), declared.get(f.path) as Evidence],
  );
  const review = s.findings.filter((f) => !(f.confidence === 'high' && f.severity === 'error'));
  const reviewEv = [...testKeyEv, ...review.slice(0, 10).map((f) => ev(f, 'to review, not decisive: '))];
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
  const scanNote: Evidence = { kind: 'note', detail: `${s.scannedFiles} file(s) scanned, no ${testKeys.length > 0 ? 'other ' : ''}high-confidence secret outside test and example paths${s.capped ? ' (scan stopped early at its budget)' : ''}` };
  const gitignore = facts.files.some((f) => f.path === '.gitignore') ? [fileEvidence('.gitignore', '.gitignore present', 1)] : [];
  const all = capEvidence([scanNote, ...scanners, ...siTools, ...gitignore, ...reviewEv]);
  if (s.capped && scanners.length === 0)
    return unknown('the secret scan stopped at its byte budget before reading every file, and no secret scanner runs in CI', 'Add a secret scanner (gitleaks, trufflehog) to CI so every commit is checked.', all);
  if (testKeys.length > 0)
    return attested(
      capEvidence([...testKeyEv, scanNote, ...scanners, ...siTools, ...gitignore, ...reviewEv.slice(testKeyEv.length)]),
      allowed.length === testKeys.length
        ? `Confirm that the values marked as no secret in ${[...new Set(allowed.map((f) => f.path))].slice(0, 5).join(', ')} are samples that grant no access; generating them in the tests instead of committing them removes the question.`
        : `Confirm that ${[...new Set(testKeys.map((f) => f.path))].join(', ')} serves local development and tests only and protects nothing deployed; generating it at setup time instead of committing it removes the question.`,
    );
  return pass(all);
}
