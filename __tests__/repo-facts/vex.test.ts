import { afterAll, describe, expect, it } from 'vitest';
import { RepoSnapshot } from '../../src/facts/snapshot.ts';
import { classify, findVex } from '../../src/facts/vex.ts';
import { cleanup, makeTree } from './helpers.ts';

afterAll(cleanup);

const openvex = {
  '@context': 'https://openvex.dev/ns/v0.2.0',
  '@id': 'https://example.com/vex/1',
  author: 'x',
  timestamp: '2026-01-01T00:00:00Z',
  version: 1,
  statements: [
    { vulnerability: { name: 'CVE-2024-0001' }, products: [{ '@id': 'pkg:npm/x@1' }], status: 'not_affected', justification: 'vulnerable_code_not_present' },
    { vulnerability: { name: 'CVE-2024-0002' }, products: [{ '@id': 'pkg:npm/x@1' }], status: 'fixed' },
    { vulnerability: { name: 'CVE-2024-0003' }, status: 'bogus' },
  ],
};

const cyclonedx = {
  bomFormat: 'CycloneDX',
  specVersion: '1.5',
  vulnerabilities: [
    { id: 'CVE-2024-0001', analysis: { state: 'not_affected', justification: 'code_not_reachable' } },
    { id: 'CVE-2024-0002' },
  ],
};

const csafVex = { document: { category: 'csaf_vex', title: 't', publisher: {} }, vulnerabilities: [{ cve: 'CVE-2024-0001' }, { cve: 'CVE-2024-0002' }] };

describe('findVex', () => {
  const root = makeTree({
    'security/x.vex.json': JSON.stringify(openvex),
    'reports/analysis.json': JSON.stringify(cyclonedx, null, 2),
    'advisories/2024-001.json': JSON.stringify(csafVex),
    'csaf/advisory.json': JSON.stringify({ document: { category: 'csaf_security_advisory' } }),
    '.vex/main.openvex.yaml': `"@context": https://openvex.dev/ns/v0.2.0\nstatements:\n  - vulnerability: {name: CVE-1}\n    status: under_investigation\n`,
    'sbom/bom.cdx.xml': '<?xml version="1.0"?><bom xmlns="http://cyclonedx.org/schema/bom/1.5"><vulnerabilities><vulnerability><analysis>\n<state>not_affected</state></analysis></vulnerability></vulnerabilities></bom>',
    'sbom/app.cdx.json': JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.5', components: [] }),
    'broken.vex.json': '{ nope',
    'docs/notes.json': JSON.stringify({ description: 'we may publish openvex documents later' }),
    // A JSON Schema named for VEX (witness's docs/attestors/vex.json) is no near-miss.
    'docs/attestors/vex.json': JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', $ref: '#/$defs/Attestor', $defs: { Attestor: { properties: { vexDocument: {} } } } }),
    'node_modules/pkg/x.vex.json': JSON.stringify(openvex),
    'package.json': JSON.stringify({ name: 'x', keywords: ['openvex'] }),
  });
  const facts = findVex(RepoSnapshot.open(root));

  it('finds OpenVEX, CycloneDX, CSAF VEX and YAML/XML documents by name, directory or content', () => {
    expect(facts.documents).toEqual([
      { path: '.vex/main.openvex.yaml', format: 'openvex', statements: 1 },
      { path: 'advisories/2024-001.json', format: 'csaf', statements: 2 },
      { path: 'reports/analysis.json', format: 'cyclonedx', statements: 1 },
      { path: 'sbom/bom.cdx.xml', format: 'cyclonedx-xml', statements: 1 },
      { path: 'security/x.vex.json', format: 'openvex', statements: 2 },
    ]);
  });

  it('rejects near-misses with a reason and ignores node_modules and unrelated JSON', () => {
    const rejected = Object.fromEntries(facts.rejected.map((r) => [r.path, r.reason]));
    expect(rejected).toEqual({
      'broken.vex.json': 'not valid JSON or YAML',
      'csaf/advisory.json': 'CSAF document that is not of category csaf_vex',
      'docs/notes.json': 'no OpenVEX context, CSAF VEX category or CycloneDX analysis',
    });
    expect(facts.sniffCapped).toBe(false);
  });

  it('classifies a CycloneDX SBOM without analysis as not VEX', () => {
    expect(classify('bom.json', JSON.stringify({ bomFormat: 'CycloneDX', vulnerabilities: [{ id: 'CVE-1' }] }))).toEqual({ reason: 'CycloneDX BOM without vulnerability analysis' });
    expect(classify('x.json', '[1,2]')).toEqual({ reason: 'not a JSON object' });
  });

  it('returns nothing for a tree without VEX', () => {
    expect(findVex(RepoSnapshot.open(makeTree({ 'a.json': '{}' })))).toEqual({ documents: [], rejected: [], sniffCapped: false });
  });
});
