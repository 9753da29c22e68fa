import { describe, expect, it } from 'vitest';
import { gatherSecurityInsights, siField, siEvidence } from '../../src/facts/security-insights/index.ts';
import { evaluateCleaner } from '../../src/objectives/cleaner.ts';
import { MINIMAL, NOW, snap } from './helpers.ts';

const PARENT_URL = 'https://raw.githubusercontent.com/acme/.github/main/security-insights.yml';
const CHILD = `header:
  schema-version: 2.2.0
  last-updated: '2025-03-01'
  last-reviewed: '2025-04-01'
  url: https://github.com/acme/gadget/raw/main/security-insights.yml
  project-si-source: ${PARENT_URL}
repository:
  url: https://github.com/acme/gadget
  status: active
  accepts-change-request: true
  accepts-automated-change-request: true
  core-team:
    - name: Alice
      primary: true
  license:
    url: https://github.com/acme/gadget/blob/main/LICENSE
    expression: MIT
  release:
    automated-pipeline: true
    distribution-points:
      - uri: https://github.com/acme/gadget/releases
        comment: GitHub Releases
  security:
    assessments:
      self:
        comment: Not done yet.
`;

const child = (source = PARENT_URL) => snap({ 'security-insights.yml': CHILD.replace(PARENT_URL, source), LICENSE: 'MIT' });

describe('following header.project-si-source', () => {
  it('offline: not followed, project fields unknown with the reason', async () => {
    let called = false;
    const f = await gatherSecurityInsights(child(), { offline: true, now: NOW, fetchText: async () => ((called = true), MINIMAL) });
    expect(called).toBe(false);
    expect(f.parent).toMatchObject({ url: PARENT_URL, state: 'not-followed', reason: expect.stringMatching(/offline/) });
    expect(f.projectUnknownReason).toMatch(/offline/);
    expect(f.file?.valid).toBe(true);
    const cleaner = evaluateCleaner(f);
    expect(cleaner.status).toBe('unknown');
    expect(cleaner.checks.find((c) => c.id === 'security-contacts')?.status).toBe('unknown');
    expect(cleaner.checks.find((c) => c.id === 'release-practices')?.status).toBe('pass');
  });

  it('online with a fetcher: loaded, and project fields come from the parent with its positions', async () => {
    const urls: string[] = [];
    const f = await gatherSecurityInsights(child(), { offline: false, now: NOW, fetchText: async (u) => (urls.push(u), MINIMAL) });
    expect(urls).toEqual([PARENT_URL]);
    expect(f.parent).toMatchObject({ url: PARENT_URL, state: 'loaded', valid: true });
    expect(f.projectUnknownReason).toBeNull();
    const email = siField(f, 'project.vulnerability-reporting.contact.email');
    expect(email).toMatchObject({ value: 'security@acme.dev', path: PARENT_URL, fromParent: true, line: 20, column: 7 });
    expect(siEvidence(f, 'project.vulnerability-reporting.contact', 'contact')).toMatchObject({ kind: 'security-insights', url: PARENT_URL, line: 18 });
    expect(evaluateCleaner(f).status).toBe('met');
  });

  it('only HTTPS is followed', async () => {
    let called = false;
    const f = await gatherSecurityInsights(child('http://example.org/si.yml'), { offline: false, now: NOW, fetchText: async () => ((called = true), MINIMAL) });
    expect(called).toBe(false);
    expect(f.parent).toMatchObject({ state: 'not-followed', reason: expect.stringMatching(/HTTPS/) });
  });

  it('no fetcher: not followed', async () => {
    const f = await gatherSecurityInsights(child(), { offline: false, now: NOW });
    expect(f.parent?.state).toBe('not-followed');
    expect(f.projectUnknownReason).toMatch(/no way to fetch/);
  });

  it('fetch failures, oversize and slow parents become errors, not crashes', async () => {
    const failing = await gatherSecurityInsights(child(), { offline: false, now: NOW, fetchText: async () => Promise.reject(new Error('HTTP 404')) });
    expect(failing.parent).toMatchObject({ state: 'error', reason: expect.stringMatching(/HTTP 404/) });
    const huge = await gatherSecurityInsights(child(), { offline: false, now: NOW, fetchText: async () => 'a'.repeat(1024 * 1024 + 1) });
    expect(huge.parent).toMatchObject({ state: 'error', reason: expect.stringMatching(/larger than 1 MiB/) });
    const t = Date.now();
    const slow = await gatherSecurityInsights(child(), { offline: false, now: NOW, fetchTimeoutMs: 100, fetchText: () => new Promise(() => {}) });
    expect(Date.now() - t).toBeLessThan(2000);
    expect(slow.parent).toMatchObject({ state: 'error', reason: expect.stringMatching(/timed out/) });
    const html = await gatherSecurityInsights(child(), { offline: false, now: NOW, fetchText: async () => '<!DOCTYPE html><html></html>' });
    expect(html.parent).toMatchObject({ state: 'error', reason: expect.stringMatching(/HTML/) });
    const noProject = await gatherSecurityInsights(child(), { offline: false, now: NOW, fetchText: async () => CHILD });
    expect(noProject.parent).toMatchObject({ state: 'error', reason: expect.stringMatching(/no `project` section/) });
    expect(noProject.projectUnknownReason).toMatch(/no `project` section/);
  });

  it('parent problems are reported against the parent URL as warnings', async () => {
    const f = await gatherSecurityInsights(child(), { offline: false, now: NOW, fetchText: async () => MINIMAL.replace('bug-bounty-available: false', 'bug-bounty-available: nope') });
    const d = f.diagnostics.find((x) => x.path === PARENT_URL);
    expect(d).toMatchObject({ severity: 'warning', field: 'project.vulnerability-reporting.bug-bounty-available' });
    expect(d?.message).toMatch(/^Parent file: /);
    expect(f.file?.valid).toBe(true);
  });
});
