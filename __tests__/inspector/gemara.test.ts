import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateGemaraText } from '../../src/facts/assessment/index.ts';
import { gatherGemara, looksLikeCatalogHead } from '../../src/facts/assessment/gemara.ts';
import { CAPABILITY_CATALOG, THREAT_CATALOG, makeRepo, reference } from './helpers.ts';

const ref = reference('gemara-v1.4.1/test-data');

describe.skipIf(ref.skip)('Gemara schemas against the reference test data', () => {
  const files = ref.skip ? [] : readdirSync(ref.path).filter((f) => /(threat|capability)/.test(f));
  it('has good and bad threat and capability examples', () => {
    expect(files.filter((f) => f.startsWith('good-')).length).toBeGreaterThanOrEqual(2);
    expect(files.filter((f) => f.startsWith('bad-')).length).toBeGreaterThanOrEqual(2);
  });
  for (const f of files) {
    it(`${f} is ${f.startsWith('good-') ? 'valid' : 'invalid'}`, () => {
      const r = validateGemaraText(readFileSync(join(ref.path, f), 'utf8'));
      expect(r.kind).toBe(/threat/.test(f) ? 'ThreatCatalog' : 'CapabilityCatalog');
      if (f.startsWith('good-')) expect(r.errors).toEqual([]);
      else {
        expect(r.valid).toBe(false);
        expect(r.errors[0].line).toBeGreaterThan(1);
      }
    });
  }
});
if (ref.missingMessage) it('reference data for the Gemara schemas is present', () => expect.fail(ref.missingMessage as string));

describe('Gemara schema validation', () => {
  it('accepts our own fixtures', () => {
    expect(validateGemaraText(THREAT_CATALOG).errors).toEqual([]);
    expect(validateGemaraText(CAPABILITY_CATALOG).errors).toEqual([]);
  });

  it('reports missing fields, unknown fields and bad types with lines', () => {
    const text = THREAT_CATALOG.replace('    description: An attacker serves a bundle that was not signed by the operator.\n', '    colour: red\n').replace('type: Human', 'type: Robot');
    const r = validateGemaraText(text);
    expect(r.valid).toBe(false);
    const details = r.errors.map((e) => e.detail).join('\n');
    expect(details).toMatch(/\/threats\/0 is missing required field "description"/);
    expect(details).toMatch(/\/threats\/0 has a field the schema does not allow: "colour"/);
    expect(details).toMatch(/\/metadata\/author\/type must be one of Human, Software, Software Assisted/);
    const author = r.errors.find((e) => e.detail.includes('author/type'));
    expect(author?.line).toBe(9);
  });

  it('requires groups when there are threats, and unique ids', () => {
    const noGroups = THREAT_CATALOG.replace(/groups:\n(?:  .*\n)+/, '');
    expect(validateGemaraText(noGroups).errors.map((e) => e.detail).join('\n')).toMatch(/must have "groups" when it has "threats"/);
    const dup = THREAT_CATALOG.replace('id: TH-02', 'id: TH-01');
    expect(validateGemaraText(dup).errors.map((e) => e.detail).join('\n')).toMatch(/duplicate id "TH-01" in threats/);
  });

  it('requires mapping-references when the catalog imports or extends', () => {
    const text = CAPABILITY_CATALOG + 'extends:\n  - reference-id: OTHER\n';
    expect(validateGemaraText(text).errors.map((e) => e.detail).join('\n')).toMatch(/metadata is missing required field "mapping-references"/);
  });

  it('rejects a date that is not RFC 3339 and an e-mail that is not one', () => {
    const text = CAPABILITY_CATALOG.replace('  description: What widgetd does', '  description: What widgetd does\n  date: "yesterday"').replace(
      '    type: Human\n',
      '    type: Human\n    contact:\n      name: Sec\n      email: not-an-email\n',
    );
    const details = validateGemaraText(text).errors.map((e) => e.detail).join('\n');
    expect(details).toMatch(/\/metadata\/date must match format "date-time"/);
    expect(details).toMatch(/\/metadata\/author\/contact\/email must match pattern/);
  });

  it('reports malformed YAML with its line instead of throwing', () => {
    const r = validateGemaraText('metadata:\n  type: ThreatCatalog\n  id: [unclosed\n');
    expect(r.valid).toBe(false);
    expect(r.errors[0].detail).toMatch(/malformed YAML/);
    expect(r.errors[0].line).toBeGreaterThan(0);
  });
});

describe('gatherGemara', () => {
  it('finds catalogs and resolves capability references by metadata.id', () => {
    const snap = makeRepo({ 'security/threats.yaml': THREAT_CATALOG, 'security/capabilities.yaml': CAPABILITY_CATALOG, 'package.json': '{"name":"x"}' });
    const g = gatherGemara(snap);
    expect(g.threatCatalogs.map((t) => t.path)).toEqual(['security/threats.yaml']);
    expect(g.capabilityCatalogs.map((t) => t.path)).toEqual(['security/capabilities.yaml']);
    expect(g.findings).toEqual([]);
    expect(g.threatCatalogs[0].capabilityReferences?.every((r) => r.found && r.catalogPath === 'security/capabilities.yaml')).toBe(true);
    expect(g.threatCatalogs[0].capabilityReferences?.length).toBe(3);
  });

  it('resolves through a mapping-reference url to a file in the repository', () => {
    const threats = THREAT_CATALOG.replace('      version: "1.0.0"\n', '      version: "1.0.0"\n      url: file://./caps/catalog.json\n');
    const caps = JSON.stringify({ ...JSON.parse('{}'), metadata: { id: 'OTHER-ID', type: 'CapabilityCatalog', 'gemara-version': '1.4.1', description: 'd', author: { id: 'a', name: 'A', type: 'Human' } }, title: 'Caps', groups: [{ id: 'g', title: 'G', description: 'g' }], capabilities: [{ id: 'CAP-SYNC', title: 's', description: 's', group: 'g' }, { id: 'CAP-APPLY', title: 'a', description: 'a', group: 'g' }] });
    const g = gatherGemara(makeRepo({ 'docs/threat-model.yaml': threats, 'docs/caps/catalog.json': caps }));
    expect(g.findings).toEqual([]);
    expect(g.threatCatalogs[0].referencedCatalogs).toEqual([{ referenceId: 'WIDGETD-CAPS', catalogPath: 'docs/caps/catalog.json', url: 'file://./caps/catalog.json' }]);
  });

  it('reports capabilities that do not exist in the referenced catalog, and missing catalogs', () => {
    const threats = THREAT_CATALOG.replace('- reference-id: CAP-APPLY', '- reference-id: CAP-TELEPORT');
    const g = gatherGemara(makeRepo({ 'threats.yaml': threats, 'capabilities.yaml': CAPABILITY_CATALOG }));
    expect(g.findings).toHaveLength(1);
    expect(g.findings[0]).toMatchObject({ severity: 'error', path: 'threats.yaml', line: 36 });
    expect(g.findings[0].detail).toMatch(/"TH-02" references capability "CAP-TELEPORT", which capabilities.yaml/);

    const alone = gatherGemara(makeRepo({ 'threats.yaml': THREAT_CATALOG }));
    expect(alone.findings.map((f) => f.detail).join('\n')).toMatch(/no CapabilityCatalog with that metadata.id was found/);
    expect(alone.threatCatalogs[0].capabilityReferences?.every((r) => !r.found && r.catalogPath === null)).toBe(true);
  });

  it('recognises a catalog without metadata.type by its threats list, and reports the schema error', () => {
    const text = THREAT_CATALOG.replace('  type: ThreatCatalog\n', '');
    const g = gatherGemara(makeRepo({ 'model.yml': text, 'caps.yml': CAPABILITY_CATALOG }));
    expect(g.threatCatalogs).toHaveLength(1);
    expect(g.threatCatalogs[0].valid).toBe(false);
    expect(g.threatCatalogs[0].errors[0].detail).toMatch(/missing required field "type"/);
  });

  it('reports a malformed catalog file as a finding and keeps going', () => {
    const g = gatherGemara(makeRepo({ 'threat-catalog.yaml': 'metadata:\n  type: ThreatCatalog\n  id: "unterminated\n', 'caps.yml': CAPABILITY_CATALOG }));
    expect(g.threatCatalogs).toHaveLength(0);
    expect(g.capabilityCatalogs).toHaveLength(1);
    expect(g.findings[0]).toMatchObject({ severity: 'error', path: 'threat-catalog.yaml' });
    expect(g.findings[0].detail).toMatch(/looks like a Gemara catalog but malformed YAML/);
  });

  it('ignores YAML that is not a catalog', () => {
    const g = gatherGemara(makeRepo({ 'docs/mkdocs.yml': 'site_name: x\nnav:\n  - threats: threats.md\n', 'docs/other.json': '{"threats": 3}' }));
    expect(g.threatCatalogs).toEqual([]);
    expect(g.findings).toEqual([]);
  });
});

describe('the catalog sniff: a catalog\'s shape in the first 8 KiB before anything is parsed', () => {
  /** A Kubernetes Deployment: `capabilities:` nested in a container's securityContext, as argo-cd's manifests have hundreds of. */
  const deployment = (i: number) =>
    `---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: example/app:${i}\n          securityContext:\n            capabilities:\n              drop:\n                - ALL\n            readOnlyRootFilesystem: true\n`;

  it('reads a 2 MB Kubernetes manifest no further than its head, and never parses it', () => {
    let manifest = '';
    for (let i = 0; manifest.length < 2 * 1024 * 1024; i++) manifest += deployment(i);
    const snap = makeRepo({ 'manifests/install.yaml': manifest, 'security/capabilities.yaml': CAPABILITY_CATALOG });
    const g = gatherGemara(snap);
    expect(g.capabilityCatalogs.map((c) => c.path)).toEqual(['security/capabilities.yaml']);
    expect(g.filesParsed).toBe(1);
    expect(g.findings).toEqual([]);
    expect(snap.reads.get('manifests/install.yaml')).toEqual({ times: 1, bytes: 8192 + 3 });
    expect(snap.reads.get('security/capabilities.yaml')).toEqual({ times: 1, bytes: CAPABILITY_CATALOG.length });
  });

  it('never reports a malformed tail after the head of a file that does not look like a catalog there', () => {
    // Under the 1 MiB catalog limit, with the type name and broken YAML only after the first 8 KiB:
    // parsed before, and reported as "looks like a Gemara catalog but malformed".
    let manifest = '';
    for (let i = 0; manifest.length < 64 * 1024; i++) manifest += deployment(i);
    manifest += '---\nmetadata: {type: ThreatCatalog\nthreats: [\n';
    const snap = makeRepo({ 'deploy/all.yaml': manifest });
    const g = gatherGemara(snap);
    expect(g.findings).toEqual([]);
    expect(g.filesParsed).toBe(0);
    expect(snap.reads.get('deploy/all.yaml')?.bytes).toBe(8192 + 3);
  });

  it('still reads whole, and reports, a file named like a catalog whose head shows nothing', () => {
    const padded = '# notes\n'.repeat(2000) + 'metadata: {type: ThreatCatalog\n';
    const g = gatherGemara(makeRepo({ 'docs/threat-model.yaml': padded }));
    expect(g.findings.map((f) => [f.path, f.detail.slice(0, 40)])).toEqual([['docs/threat-model.yaml', 'looks like a Gemara catalog but malforme']]);
  });

  it('finds catalogs by their type or their top-level list, in YAML and JSON, each file read once', () => {
    const caps = JSON.parse(JSON.stringify({ metadata: { id: 'C', type: 'CapabilityCatalog', 'gemara-version': '1.4.1', description: 'd', author: { id: 'a', name: 'A', type: 'Human' } }, title: 'Caps', groups: [{ id: 'g', title: 'G', description: 'g' }], capabilities: [{ id: 'CAP-1', title: 's', description: 's', group: 'g' }] })) as Record<string, unknown>;
    const untyped = { ...caps, metadata: { ...(caps.metadata as object), type: undefined } };
    const snap = makeRepo({
      'a/model.yml': '# the threats we know of\n---\n' + THREAT_CATALOG.replace('  type: ThreatCatalog\n', ''),
      'b/one.json': JSON.stringify(caps),
      'c/pretty.json': JSON.stringify(untyped, null, 2),
      'd/k8s.json': JSON.stringify({ kind: 'Pod', spec: { containers: [{ securityContext: { capabilities: { drop: ['ALL'] } } }] } }, null, 2),
    });
    const g = gatherGemara(snap);
    expect(g.threatCatalogs.map((c) => c.path)).toEqual(['a/model.yml']);
    expect(g.capabilityCatalogs.map((c) => c.path)).toEqual(['b/one.json', 'c/pretty.json']);
    expect(g.filesParsed).toBe(3);
    for (const [path, r] of snap.reads) expect(r.times, path).toBe(1);
  });
});

describe('looksLikeCatalogHead', () => {
  it('accepts a declared type or a top-level threats/capabilities key; refuses the same keys nested', () => {
    expect(looksLikeCatalogHead('metadata:\n  type: CapabilityCatalog\n')).toBe(true);
    expect(looksLikeCatalogHead('title: x\nthreats:\n  - id: T\n')).toBe(true);
    expect(looksLikeCatalogHead('  title: x\n  capabilities:\n    - id: C\n')).toBe(true); // an indented document
    expect(looksLikeCatalogHead('spec:\n  securityContext:\n    capabilities:\n      drop: [ALL]\n')).toBe(false);
    expect(looksLikeCatalogHead('{\n  "title": "x",\n  "threats": [\n')).toBe(true);
    expect(looksLikeCatalogHead('{\n  "spec": {\n    "capabilities": {\n')).toBe(false);
    expect(looksLikeCatalogHead('{\n  "a": "{[{[",\n  "b": \'it\'\'s\',\n  "capabilities": [\n')).toBe(true);
    expect(looksLikeCatalogHead('{a: don\'t,\ncapabilities: [\n')).toBe(true);
    expect(looksLikeCatalogHead('site_name: x\nnav:\n  - threats: threats.md\n')).toBe(false);
    expect(looksLikeCatalogHead('# only a comment\n')).toBe(false);
  });
});
