import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSelfAssessment, SECTIONS } from '../../src/facts/assessment/index.ts';
import { normalizeHeading, normalizeStage } from '../../src/facts/assessment/self-assessment.ts';
import { fingerprintOf, templateShare } from '../../src/facts/assessment/template-fingerprint.ts';
import fingerprint from '../../src/facts/assessment/template-fingerprint.json' with { type: 'json' };
import { COMPLETE_SELF_ASSESSMENT, reference } from './helpers.ts';

const ref = reference('ossf-security-assessments');

describe.skipIf(ref.skip)('section data agrees with the OpenSSF template', () => {
  const template = ref.skip ? '' : readFileSync(join(ref.path, 'self-assessment.md'), 'utf8');
  it('the template fingerprint was built from this template', () => {
    expect(fingerprintOf(template)).toEqual(fingerprint.hashes);
  });
  it('every section we look for is a heading of the template, and every template section is one we look for', () => {
    const doc = analyzeSelfAssessment('self-assessment.md', template);
    for (const s of doc.sections) expect(s.state, s.id).not.toBe('missing');
    const ours = new Set(doc.sections.map((s) => s.heading));
    const templateHeadings = [...template.matchAll(/^#{3,4} (.+)$/gm)].map((m) => m[1]).filter((h) => h !== 'Table of contents');
    expect(templateHeadings.filter((h) => !ours.has(h))).toEqual([]);
  });
  it('the unchanged template fills no section and is not complete', () => {
    const doc = analyzeSelfAssessment('self-assessment.md', template);
    expect(doc.looksLikeSelfAssessment).toBe(true);
    expect(doc.looksComplete).toBe(false);
    expect(doc.sections.filter((s) => s.state === 'filled').map((s) => s.id)).toEqual([]);
    expect(doc.sections.find((s) => s.id === 'actors')?.state).toBe('template');
    expect(doc.stage?.normalized).toBe('placeholder');
    expect(doc.findings.map((f) => f.detail)).toContain('section "Actors": template text not filled in');
  });
});
if (ref.missingMessage) it('reference template is present', () => expect.fail(ref.missingMessage as string));

describe('analyzeSelfAssessment', () => {
  it('a complete self-assessment has every required section filled', () => {
    const doc = analyzeSelfAssessment('docs/self-assessment.md', COMPLETE_SELF_ASSESSMENT);
    expect(doc.requiredNotFilled).toEqual([]);
    expect(doc.looksComplete).toBe(true);
    expect(doc.stage).toEqual({ value: 'Complete', normalized: 'complete', line: 5 });
    expect(doc.sections.find((s) => s.id === 'project-compliance')).toMatchObject({ required: false, state: 'missing' });
    expect(doc.sections.find((s) => s.id === 'goals')).toMatchObject({ state: 'filled', line: 39 });
  });

  it('a table of contents alone fills nothing', () => {
    const toc = ['# Self-assessment', '', '## Table of contents', '', ...SECTIONS.map((s) => `* [${s.title}](#${s.id})`), ''].join('\n');
    const doc = analyzeSelfAssessment('SELF-ASSESSMENT.md', toc);
    expect(doc.looksLikeSelfAssessment).toBe(false);
    expect(doc.looksComplete).toBe(false);
    expect(doc.sections.every((s) => s.state === 'missing')).toBe(true);
  });

  it('headings whose bodies are links only count as a table of contents', () => {
    const text = COMPLETE_SELF_ASSESSMENT.replace(/## Appendix\n[\s\S]*$/, '## Appendix\n\n- [Advisories](https://example.com/a)\n- [Badge](https://example.com/b)\n');
    const doc = analyzeSelfAssessment('x.md', text);
    expect(doc.sections.find((s) => s.id === 'appendix')?.state).toBe('toc');
    expect(doc.requiredNotFilled).toEqual(['appendix']);
  });

  it('headings with empty bodies, TODO bodies, or copied template text are not filled', () => {
    const text = [
      '# Self-assessment',
      '## Metadata',
      '## Overview',
      'TODO',
      '### Actors',
      'These are the individual parts of your system that interact to provide the',
      'desired functionality.  Actors only need to be separate, if they are isolated',
      'in some way.',
      '### Goals',
      '',
    ].join('\n');
    const doc = analyzeSelfAssessment('self-assessment.md', text);
    const state = (id: string) => doc.sections.find((s) => s.id === id)?.state;
    expect(state('metadata')).toBe('empty');
    expect(state('overview')).toBe('empty');
    expect(state('actors')).toBe('template');
    expect(state('goals')).toBe('empty');
    expect(doc.looksLikeSelfAssessment).toBe(true);
    expect(doc.looksComplete).toBe(false);
  });

  it('a parent section does not borrow the text of its children', () => {
    const text = COMPLETE_SELF_ASSESSMENT.replace(/(## Overview\n\n)[^#]*/, '$1');
    const doc = analyzeSelfAssessment('x.md', text);
    expect(doc.sections.find((s) => s.id === 'overview')?.state).toBe('empty');
    expect(doc.sections.find((s) => s.id === 'background')?.state).toBe('filled');
  });

  it('own words that quote a template phrase still count', () => {
    expect(templateShare('Widgetd maintainers review every pull request, and a second maintainer must approve changes to the signing code before merge.')).toBeLessThan(0.3);
  });

  it('a stage of draft or incomplete keeps an otherwise full document from looking complete', () => {
    const doc = analyzeSelfAssessment('x.md', COMPLETE_SELF_ASSESSMENT.replace('| Assessment Stage | Complete |', '| Assessment Stage | Incomplete |'));
    expect(doc.requiredNotFilled).toEqual([]);
    expect(doc.looksComplete).toBe(false);
    expect(doc.findings.map((f) => f.detail)).toContain('the document says its stage is "Incomplete"');
    const kv = analyzeSelfAssessment('x.md', COMPLETE_SELF_ASSESSMENT.replace(/\| \| \|\n\| -- \| -- \|\n\| Assessment Stage \| Complete \|/, 'Stage: **draft**'));
    expect(kv.stage).toMatchObject({ value: 'draft', normalized: 'draft' });
  });

  it('normalises headings and stages', () => {
    expect(normalizeHeading('3. Security Issue Resolution:')).toBe('security issue resolution');
    expect(normalizeHeading('1.2 Non-Goals')).toBe('non-goals');
    expect(normalizeStage('Incomplete, Complete, or Obsolete. Status of this file may change over time.')).toBe('placeholder');
    expect(normalizeStage('Completed (2025-03)')).toBe('complete');
    expect(normalizeStage('Under review')).toBe('in-review');
  });
});
