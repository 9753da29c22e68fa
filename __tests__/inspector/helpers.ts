import { mkdtempSync, mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { RepoSnapshot } from '../../src/facts/snapshot.ts';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A throwaway repository (plain directory, no git) with the given files. */
export function makeRepo(files: Record<string, string | Buffer>): RepoSnapshot {
  const dir = mkdtempSync(join(tmpdir(), 'inspector-'));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    const abs = join(dir, ...path.split('/'));
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return RepoSnapshot.open(dir);
}

/**
 * A folder of /work/shared/reference (../shared/reference from the repository root). When it is
 * missing, tests must fail in CI and skip elsewhere, both with a clear message.
 */
export function reference(sub: string): { path: string; skip: boolean; missingMessage: string | null } {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const path = resolve(root, '../shared/reference', sub);
  if (existsSync(path)) return { path, skip: false, missingMessage: null };
  const msg = `reference data missing: ${path} (expected ../shared/reference/${sub} relative to ${root})`;
  if (!process.env.CI) console.warn(`skipping tests that need ${msg}`);
  return { path, skip: true, missingMessage: process.env.CI ? msg : null };
}

export const COMPLETE_SELF_ASSESSMENT = `# Widgetd security self-assessment

| | |
| -- | -- |
| Assessment Stage | Complete |
| Software | https://github.com/acme/widgetd |

## Metadata

Widgetd is written in Go and ships as a single static binary. Its software bill of materials is
attached to every GitHub release as an SPDX document produced by the release workflow.

### Security links

| Doc | url |
| -- | -- |
| Security policy | https://github.com/acme/widgetd/blob/main/SECURITY.md |

## Overview

Widgetd is a small daemon that schedules widget rendering jobs for a fleet of kiosks and keeps
their configuration in sync with a central store.

### Background

Kiosk operators run hundreds of unattended screens. Widgetd replaces ad hoc shell scripts that
copied configuration over SSH with a pull-based agent that verifies what it downloads.

### Actors

The agent runs on each kiosk with a dedicated unprivileged account. The control server stores
signed configuration bundles. Operators use a command line client that talks only to the server.

### Actions

The agent polls the server every minute, downloads the newest bundle, checks its signature
against a pinned key and applies it atomically; failures leave the previous bundle in place.

### Goals

Only bundles signed by the operator key are ever applied, and a compromised kiosk cannot alter
the configuration of any other kiosk.

### Non-goals

Widgetd does not protect kiosks against someone with physical access to the hardware, and it
does not hide the content of bundles from other kiosks in the same fleet.

## Self-assessment use

The widgetd maintainers wrote this document to review their own design. It is not an audit and
does not replace an independent review; it tells users where security documentation lives.

## Security functions and features

Critical: bundle signature verification with a pinned ed25519 key, and atomic application of
bundles. Security relevant: the polling interval, TLS settings and the agent's service account.

## Secure development practices

Every change needs one approving review from a maintainer, CI runs unit tests, go vet and
govulncheck, and releases are built by a workflow that publishes provenance attestations.
Maintainers talk on the widgetd-dev list; users reach us through GitHub issues and discussions.

## Security issue resolution

Reports go to security@acme.example or GitHub private vulnerability reporting. A maintainer
acknowledges within three days, prepares a fix in a private fork and publishes an advisory.

## Appendix

No vulnerabilities have been reported so far. The project holds the OpenSSF Best Practices
passing badge. A regional transport company runs widgetd on 400 ticket kiosks.
`;

export const THREAT_CATALOG = `metadata:
  id: WIDGETD-THREATS
  type: ThreatCatalog
  gemara-version: "1.4.1"
  description: Threats to widgetd
  author:
    id: maintainers
    name: Widgetd maintainers
    type: Human
  mapping-references:
    - id: WIDGETD-CAPS
      title: Widgetd capabilities
      version: "1.0.0"
title: Widgetd threat catalog
groups:
  - id: tampering
    title: Tampering
    description: Changing data or code without authorisation
threats:
  - id: TH-01
    title: Forged configuration bundle
    description: An attacker serves a bundle that was not signed by the operator.
    group: tampering
    capabilities:
      - reference-id: WIDGETD-CAPS
        entries:
          - reference-id: CAP-SYNC
  - id: TH-02
    title: Rollback to an old bundle
    description: An attacker replays an older signed bundle.
    group: tampering
    capabilities:
      - reference-id: WIDGETD-CAPS
        entries:
          - reference-id: CAP-SYNC
          - reference-id: CAP-APPLY
`;

export const CAPABILITY_CATALOG = `metadata:
  id: WIDGETD-CAPS
  type: CapabilityCatalog
  gemara-version: "1.4.1"
  description: What widgetd does
  author:
    id: maintainers
    name: Widgetd maintainers
    type: Human
title: Widgetd capabilities
groups:
  - id: agent
    title: Agent
    description: Runs on each kiosk
capabilities:
  - id: CAP-SYNC
    title: Bundle download
    description: Downloads configuration bundles from the server.
    group: agent
  - id: CAP-APPLY
    title: Bundle application
    description: Applies a verified bundle atomically.
    group: agent
`;
