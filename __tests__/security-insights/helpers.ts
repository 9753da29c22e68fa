// Shared helpers for the Security Insights tests: temporary fixture repositories and the reference folder.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RepoSnapshot } from '../../src/facts/snapshot.ts';

export const REFERENCE = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/reference/security-insights-v2.2.0');
export const haveReference = existsSync(join(REFERENCE, 'schema.cue'));

/** Fails (CI) or explains the skip (local) when the reference folder is missing. */
export function requireReference(): boolean {
  if (haveReference) return true;
  const msg = `Security Insights reference folder is missing: ${REFERENCE} (expected ../shared/reference/security-insights-v2.2.0 next to the repository)`;
  if (process.env.CI) throw new Error(msg);
  console.warn(`skipping reference tests: ${msg}`);
  return false;
}

export function readReference(name: string): string {
  return readFileSync(join(REFERENCE, name), 'utf8');
}

export function makeRepo(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'si-test-'));
  for (const [path, content] of Object.entries(files)) {
    const abs = join(dir, ...path.split('/'));
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return dir;
}

export function snap(files: Record<string, string | Buffer>): RepoSnapshot {
  return RepoSnapshot.open(makeRepo(files));
}

/** A minimal valid 2.2.0 file (our own, so tests work without the reference folder). */
export const MINIMAL = `header:
  schema-version: 2.2.0
  last-updated: '2025-03-01'
  last-reviewed: '2025-04-01'
  url: https://github.com/acme/widget/raw/main/security-insights.yml
project:
  name: Widget
  administrators:
    - name: Ada Admin
      primary: true
  repositories:
    - name: widget
      url: https://github.com/acme/widget
      comment: The main repository.
  vulnerability-reporting:
    reports-accepted: true
    bug-bounty-available: false
    contact:
      name: Widget security team
      email: security@acme.dev
      primary: true
    policy: https://github.com/acme/widget/blob/main/SECURITY.md
repository:
  url: https://github.com/acme/widget
  status: active
  accepts-change-request: true
  accepts-automated-change-request: true
  core-team:
    - name: Alice
      primary: true
  license:
    url: https://github.com/acme/widget/blob/main/LICENSE
    expression: Apache-2.0
  release:
    automated-pipeline: true
    distribution-points:
      - uri: https://github.com/acme/widget/releases
        comment: GitHub Releases
  security:
    assessments:
      self:
        comment: Not done yet.
`;

export const NOW = new Date('2025-06-01T00:00:00Z');
