// Every file is read at most once per run (RepoSnapshot.reads counts each content read): the
// license, the documents and the links they follow, a self-assessment that is also a document, the
// Gemara catalogs and the files sniffed for them share one read each, and a Markdown file that two
// facts need is parsed once (src/facts/outlines.ts).
import { afterAll, describe, expect, it } from 'vitest';
import { gatherAssessment } from '../src/facts/assessment/index.ts';
import { gatherDocuments } from '../src/facts/documents.ts';
import { gatherFacts } from '../src/facts/gather.ts';
import { gatherLicense } from '../src/facts/license.ts';
import { readOutline } from '../src/facts/outlines.ts';
import { RepoSnapshot } from '../src/facts/snapshot.ts';
import { CAPABILITY_CATALOG, COMPLETE_SELF_ASSESSMENT, THREAT_CATALOG } from './inspector/helpers.ts';
import { licenseText } from './helpers/license-texts.ts';
import { makeRepo, type TempRepo } from './helpers/repo.ts';

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

describe('one read per file', () => {
  it('the license, documents, linked documents, a self-assessment under docs/ and Gemara catalogs are each read once', async () => {
    const r = makeRepo({
      LICENSE: licenseText('Apache-2.0'),
      'README.md': '# Widgetd\n\nSee the [security policy](SECURITY.md) and the [design](docs/design.md).\n',
      'SECURITY.md': '# Security\n\nOur process is in [the security process](docs/security/process.md).\n',
      'docs/security/process.md': '# Reporting\n\nWrite to security@widgetd.dev; we answer within 3 days.\n',
      'docs/design.md': '# Design\n\nActors and actions of widgetd, described at length for the reader.\n',
      'docs/security/self-assessment.md': COMPLETE_SELF_ASSESSMENT,
      'docs/threats.yaml': THREAT_CATALOG,
      'docs/capabilities.yaml': CAPABILITY_CATALOG,
      'deploy/manifest.yaml': 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - securityContext:\n        capabilities:\n          drop: [ALL]\n',
    });
    repos.push(r);
    const snap = RepoSnapshot.open(r.root);
    const license = await gatherLicense(snap);
    const documents = gatherDocuments(snap, { repository: 'example/widgetd' });
    const assessment = gatherAssessment(snap);

    expect(license.files[0].match?.spdxId).toBe('Apache-2.0');
    expect(documents.byPath['docs/security/process.md']?.via?.path).toBe('SECURITY.md');
    expect(documents.byPath['docs/security/self-assessment.md']?.outline).not.toBeNull();
    expect(assessment.selfAssessments.map((d) => [d.path, d.looksComplete])).toEqual([['docs/security/self-assessment.md', true]]);
    expect(assessment.gemara.threatCatalogs.map((c) => c.path)).toEqual(['docs/threats.yaml']);

    expect(snap.reads.size).toBeGreaterThanOrEqual(9);
    for (const [path, read] of snap.reads) expect(read.times, path).toBe(1);
    // Documents and the self-assessment share one parse of the file.
    const again = readOutline(snap, 'docs/security/self-assessment.md');
    expect(again.ok && again.outline).toBe(documents.byPath['docs/security/self-assessment.md']?.outline);
  });

  it('a whole gathering reads each file once: a manifest, a document or a file git grep flagged is not opened again to sniff or scan it', async () => {
    const r = makeRepo(
      {
        LICENSE: licenseText('MIT'),
        'README.md': '# Widgetd\n\nBuild with `make`. Tokens look like ghp_ followed by 36 characters; never commit one.\n',
        CODEOWNERS: '* @widgetd/maintainers\n',
        Dockerfile: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
        Makefile: 'test:\n\tgo test ./...\n',
        'go.mod': 'module example.com/widgetd\n\ngo 1.22\n',
        'scripts/release': '#!/bin/sh\nnpm install -g widget-cli\n',
        '.github/workflows/ci.yml': 'on: push\npermissions: {}\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n',
      },
      { git: true },
    );
    repos.push(r);
    const { snapshot } = await gatherFacts(r.root, { offline: true });
    for (const p of ['LICENSE', 'README.md', 'CODEOWNERS', 'Dockerfile', 'Makefile']) expect(snapshot.reads.get(p)?.times, p).toBe(1);
    for (const [path, read] of snapshot.reads) expect(read.times, path).toBe(1);
  });
});
