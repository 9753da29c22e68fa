import { describe, expect, it } from 'vitest';
import { gatherAssessment } from '../../src/facts/assessment/index.ts';
import { evaluateInspector } from '../../src/objectives/inspector.ts';
import { COMPLETE_SELF_ASSESSMENT, CAPABILITY_CATALOG, makeRepo } from './helpers.ts';

const SI = { present: true };

describe('Inspector on hostile input', () => {
  it('a 20 MB self-assessment is refused by the snapshot and reported clearly', () => {
    const big = COMPLETE_SELF_ASSESSMENT + 'x'.repeat(80) + '\n'.repeat(1) + ('All work and no play. '.repeat(40) + '\n').repeat(23_000);
    expect(big.length).toBeGreaterThan(20_000_000);
    const facts = gatherAssessment(makeRepo({ 'docs/self-assessment.md': big }), { selfAssessmentRef: { value: 'docs/self-assessment.md', comment: 'done' } });
    const doc = facts.selfAssessments[0];
    expect(doc.unreadable).toMatch(/over the 5.0 MiB read limit/);
    expect(doc.looksComplete).toBe(false);
    const r = evaluateInspector(facts, SI);
    expect(r.status).toBe('partial');
    expect(r.missing[0]).toMatch(/^docs\/self-assessment.md could not be read \(skipped: .* over the 5.0 MiB read limit\)/);
  });

  it('5,000 headings are analysed in bounded time', () => {
    const lines: string[] = ['# Self-assessment'];
    for (let i = 0; i < 5000; i++) lines.push(`${'#'.repeat((i % 6) + 1)} ${['Metadata', 'Overview', 'Actors', 'Goals', 'Appendix', 'Heading'][i % 6]} ${i}`, 'Some words here.');
    lines.push(...COMPLETE_SELF_ASSESSMENT.split('\n'));
    const start = performance.now();
    const facts = gatherAssessment(makeRepo({ 'self-assessment.md': lines.join('\n') }));
    expect(performance.now() - start).toBeLessThan(3000);
    expect(facts.selfAssessments[0].looksLikeSelfAssessment).toBe(true);
  });

  it('5,000 headings that all match sections, deeply nested, stay bounded', () => {
    const lines: string[] = [];
    for (let i = 0; i < 5000; i++) lines.push(`${'#'.repeat((i % 6) + 1)} Appendix`, 'x');
    const start = performance.now();
    const facts = gatherAssessment(makeRepo({ 'security-assessment.md': lines.join('\n') }));
    expect(performance.now() - start).toBeLessThan(3000);
    // The first Appendix heading's section holds all the deeper ones (not themselves sections we look for).
    expect(facts.selfAssessments[0].sections.find((s) => s.id === 'appendix')?.line).toBe(1);
  });

  it('documents that link to each other in a circle are read once each, links are not followed', () => {
    const a = COMPLETE_SELF_ASSESSMENT + '\nSee [the other one](self-assessment-b.md).\n';
    const b = '# B\n\nSee [the first one](self-assessment-a.md) and [me](self-assessment-b.md).\n';
    const facts = gatherAssessment(makeRepo({ 'self-assessment-a.md': a, 'self-assessment-b.md': b }), { selfAssessmentRef: { value: 'self-assessment-b.md', comment: 'see b' } });
    expect(facts.selfAssessments.map((d) => d.path).sort()).toEqual(['self-assessment-a.md', 'self-assessment-b.md']);
    // Security Insights points at b, which is not the complete one: not met, and it says so.
    const r = evaluateInspector(facts, SI);
    expect(r.status).toBe('partial');
    expect(r.missing).toContain('point repository.security.assessments.self evidence at the complete assessment self-assessment-a.md instead of self-assessment-b.md');
  });

  it('malformed YAML catalogs, alias bombs and deep nesting do not crash', () => {
    const bomb = ['metadata: {type: ThreatCatalog}', 'a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 9; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill('*' + String.fromCharCode(97 + i)).join(',')}]`);
    const deep = 'threats: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n';
    const files = {
      'threat-catalog.yaml': 'metadata:\n  type: ThreatCatalog\n  id: [\n',
      'gemara/bomb.yaml': bomb.join('\n') + '\n',
      'gemara/deep.yaml': deep,
      'gemara/dupkeys.yaml': 'metadata:\n  type: CapabilityCatalog\n  type: ThreatCatalog\n',
      'gemara/tabs.json': '{"metadata": {"type": "CapabilityCatalog"}, "capabilities": [',
      'capabilities.yaml': CAPABILITY_CATALOG,
      'docs/catalog.yaml': '\u0000\u0001binary ThreatCatalog',
    };
    const start = performance.now();
    const facts = gatherAssessment(makeRepo(files));
    expect(performance.now() - start).toBeLessThan(5000);
    expect(facts.gemara.capabilityCatalogs.map((c) => c.path)).toEqual(['capabilities.yaml']);
    const bad = facts.gemara.findings.map((f) => f.path);
    expect(bad).toContain('threat-catalog.yaml');
    expect(bad).toContain('gemara/bomb.yaml');
    expect(bad).toContain('gemara/dupkeys.yaml');
    expect(bad).toContain('gemara/deep.yaml');
    expect(bad).toContain('gemara/tabs.json');
    const r = evaluateInspector(facts, { present: false });
    expect(r.status).toBe('partial');
  });

  it('a catalog with very many threats and references is capped', () => {
    const threats = ['metadata:', '  id: T', '  type: ThreatCatalog', '  gemara-version: "1"', '  description: d', '  author: {id: a, name: A, type: Human}', '  mapping-references: [{id: C, title: C, version: "1"}]', 'title: t', 'groups: [{id: g, title: g, description: g}]', 'threats:'];
    for (let i = 0; i < 5000; i++) threats.push(`  - {id: T${i}, title: t, description: d, group: g, capabilities: [{reference-id: C, entries: [{reference-id: X${i}}]}]}`);
    const caps = CAPABILITY_CATALOG.replace('id: WIDGETD-CAPS', 'id: C');
    const start = performance.now();
    const facts = gatherAssessment(makeRepo({ 'threats.yaml': threats.join('\n'), 'caps.yaml': caps }));
    expect(performance.now() - start).toBeLessThan(10_000);
    const t = facts.gemara.threatCatalogs[0];
    expect(t.entryCount).toBe(5000);
    expect(t.capabilityReferences?.length).toBeLessThanOrEqual(2000);
    expect(facts.gemara.findings.length).toBeLessThanOrEqual(60);
  });

  it('a catalog file over the size limit is not parsed, and says so', () => {
    const huge = CAPABILITY_CATALOG + '# ' + 'padding '.repeat(150_000) + '\n';
    const facts = gatherAssessment(makeRepo({ 'capabilities.yaml': huge }));
    expect(facts.gemara.capabilityCatalogs).toEqual([]);
    expect(facts.gemara.findings[0].detail).toMatch(/^not parsed: \d+ bytes is over the 1048576-byte limit for a catalog/);
  });
});
